"""The zone inspector's computations on rows (no store, no Qt)."""
