"""Deterministic subsidy and cost arithmetic; every parameter traced to a quoted clause."""

from assistant.calculators.catalogue import CalculatorError, Catalogue, default_catalogue

__all__ = ["Catalogue", "CalculatorError", "default_catalogue"]
