"""Qt item models over the domain services."""
