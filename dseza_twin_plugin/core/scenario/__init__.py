"""Development scenarios: demand and capacity of the networks (more to come with the scenario store)."""
