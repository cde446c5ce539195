"""Development scenarios: simulate a scenario against the live twin, compare scenarios side by side."""
