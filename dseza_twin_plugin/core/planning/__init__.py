"""Planning checks: rule packs, lot measures, verdicts, zone indicators, environmental buffers."""
