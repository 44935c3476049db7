"""Incentive matching: an investor's project profile against the guide's provisions.

- :class:`ProjectProfile` (``profile.py``): what the investor says about the project; every field optional.
- :class:`Provision` and :func:`load_provisions` (``provisions.py``): the conditions as data, ``corpus/incentives.json``,
  each condition quoted verbatim from its clause; :func:`check_provisions` proves the quotes against the guide.
- :func:`match` (``matching.py``): the provisions that apply, with conditions met / not met / unknown, amounts from the
  calculators, validity, departments, questions to ask, and totals that respect the guide's no-stacking rules.
- :func:`render_html` and :func:`render_pdf` (``report.py``): the report an officer hands over, Chinese or English.
"""

from assistant.incentives.matching import MatchResult, ProvisionMatch, match
from assistant.incentives.profile import ProfileError, ProjectProfile, parse_profile
from assistant.incentives.provisions import IncentiveCatalogue, Provision, ProvisionError, check_provisions, load_provisions
from assistant.incentives.report import render_html, render_pdf

__all__ = [
    "IncentiveCatalogue",
    "MatchResult",
    "ProfileError",
    "ProjectProfile",
    "Provision",
    "ProvisionError",
    "ProvisionMatch",
    "check_provisions",
    "load_provisions",
    "match",
    "parse_profile",
    "render_html",
    "render_pdf",
]
