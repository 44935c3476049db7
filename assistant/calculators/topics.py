"""The topic a calculator belongs to, for people looking for one: land and utilities,
agriculture, industry and trade, talent, science and technology, tax.

A calculator's topic is the part of the guide its first clause stands in, except for a tax
saving or payable (tax, wherever it is stated) and for a few rewards whose subject is another
topic than the part that states them (a patent reward stated among the talent measures is a
science-and-technology one). A calculator in no topic is an error, so a new part of the guide
cannot be left out silently.
"""

from __future__ import annotations

import re

TOPICS = ("land_utilities", "agriculture", "industry", "talent", "science_technology", "tax")
# The part of the guide a calculator's first clause is in ("p3.s1" before "p3"), and its topic.
_PART_TOPICS = {
    "p1": "land_utilities", "p2": "industry", "p3.s1": "agriculture", "p3.s2": "industry", "p3.s3": "industry",
    "p4": "talent", "p5": "science_technology", "p6": "tax",
}  # fmt: skip
# Calculators whose subject is another topic than the part of the guide that states them.
_TOPIC_OF = {
    "standard_setting_reward": "science_technology", "clinical_trial_institution_reward": "science_technology",
    "biomedical_incubator_reward": "science_technology", "invention_patent_reward": "science_technology",
    "innovative_sme_matching_fund": "science_technology",
}  # fmt: skip
_TAX = re.compile(r"(^|_)tax(_|$)")


def calculator_topic(name: str, clause_ids: list[str]) -> str:
    """The topic of the calculator ``name`` whose parameters are quoted from ``clause_ids``."""
    if name in _TOPIC_OF:
        return _TOPIC_OF[name]
    if _TAX.search(name):
        return "tax"
    clause = clause_ids[0] if clause_ids else ""
    for prefix in sorted(_PART_TOPICS, key=len, reverse=True):
        if clause == prefix or clause.startswith(prefix + "."):
            return _PART_TOPICS[prefix]
    raise ValueError(f"calculator {name!r} (clause {clause!r}) is in no topic")
