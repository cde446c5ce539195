"""Planning checks: compliance of lots, zone indicators, environmental buffers."""
