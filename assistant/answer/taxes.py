"""Taxes by name: a relief of one tax says nothing of another.

"Up to what monthly sales are small-scale taxpayers exempt from VAT?" is not answered by "对月销售额不超过
3万元的小规模纳税人免征房产税、城镇土地使用税": the figures may be the same, but the tax is another, and the guide
does not say the VAT threshold. A sentence naming taxes answers a question naming one only when it names that one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.quantities import normalise

# A document a question is put under names the taxes of its title, not the one asked ("Under the Western Development
# corporate income tax announcement, what VAT reduction…?" asks of VAT); so does a title in 《》.
_DOCUMENT_NAMED = re.compile(
    r"\b(?:under|according to|per|in|by)\s+the\s+[^,?;:]*?\b(?:announcement|notice|circular|policy|policies|measures|opinions?|"
    r"documents?|guide|guidelines?)\b|《[^》]*》",
    re.IGNORECASE,
)


def taxes_asked(question: str) -> str:
    """``question`` without the documents it names as where to look (whose titles name their own taxes)."""
    return _DOCUMENT_NAMED.sub(" ", question)


# The taxes the guide names, the longer names first (土地增值税 is no 增值税; 企业所得税 is an 所得税).
_TAX = re.compile(
    r"土地增值税|增值税|企业所得税|个人所得税|所得税|城镇土地使用税|土地使用税|房产税|印花税|车船税|耕地占用税|资源税|契税|关税|消费税|"
    r"环境保护税|城市维护建设税|教育费附加|地方教育附加"
)
# A tax and the names that are the same tax, or of which it is one kind ("所得税" asked is either 企业所得税 or 个人所得税).
_SAME_TAX = {
    "城镇土地使用税": {"城镇土地使用税", "土地使用税"},
    "土地使用税": {"城镇土地使用税", "土地使用税"},
    "所得税": {"所得税", "企业所得税", "个人所得税"},
    "企业所得税": {"企业所得税", "所得税"},
    "个人所得税": {"个人所得税", "所得税"},
}


def taxes_named(text: str) -> set[str]:
    """The taxes ``text`` names ("增值税", "企业所得税")."""
    return set(_TAX.findall(re.sub(r"\s+", "", normalise(text))))


def _others_only(named: set[str], asked: set[str]) -> bool:
    """Are the taxes ``named`` (some) none of those ``asked`` (some), a kind of income tax being 所得税 too?"""
    return bool(named) and bool(asked) and not any(named & _SAME_TAX.get(tax, {tax}) for tax in asked)


def of_another_tax(text: str, asked: set[str]) -> bool:
    """Is ``text`` of taxes other than every one asked ("the threshold for VAT exemption" of "对月销售额不超过 3万元…的
    小规模纳税人免征房产税、城镇土地使用税")? Income tax (所得税) is either kind of it; a text naming no tax may be of any."""
    return _others_only(taxes_named(text), asked)


def another_tax_only(asked: str, quoted: Iterable[str]) -> bool:
    """Do the ``quoted`` sentences name taxes, none of them one ``asked`` (a question in the guide's words) names?"""
    return _others_only(set().union(*(taxes_named(text) for text in quoted)), taxes_named(asked))
