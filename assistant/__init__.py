"""The Ejin Horo investment-policy assistant."""

__version__ = "0.1.0"
