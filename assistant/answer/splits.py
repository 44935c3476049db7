"""Splits: the part of a computed amount each government paying it bears.

"Our hydrogen station filled 100,000 kg in 2024… How much operating subsidy do we get, and how is it split?" over
"2022-2025 年分别按照30 元/公斤、18 元/公斤、11 元/公斤…补贴资金由市级和加氢站属地旗区按照 1:1 比例承担" is
110万元, of which 市级 55万元 and 旗区 55万元; "自治区、盟市各承担 50%" splits alike. "保费20万元，中央和自治区分别补
多少，一共补多少？" over "中央和自治区分别承担 45%和 30%的保险费补贴" is 中央 9万元 (45% of the premium) and 自治区
6万元 (30%), 15万元 in all.

The principle: when a question asks how an amount is shared among the parties paying it, all of them at once
("怎么分担", "市里和旗区各出多少", "中央和自治区分别补多少", "how is it split between the region and the league?"),
and the provision the amount is computed from states how its payers share it, each party's part is computed. A
ratio or equal shares divide the amount computed; shares listed party by party ("分别承担 45%和 30%") are of the
base a share computed from their sum is of, and divide nothing else (a premium's shares are no shares of a subsidy).
Provisions of the clause splitting differently leave it unsaid: which one is meant would be a guess. A question
naming one party only asks that party's share (``ShareCalculator.borne_of``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.parties import BEARS, LISTED, LISTED_SHARES, NAME_EN, PARTIES
from assistant.answer.question import Question, asks_total
from assistant.models import Calculation, Clause
from assistant.quantities import money_text, normalise, plain

# "由市级和加氢站属地旗区按照 1:1 比例承担": a ratio, its parties named before it in its stretch
_RATIO_SPLIT = re.compile(rf"(?<![\d.])(?P<a>\d{{1,2}})\s*[:：∶]\s*(?P<b>\d{{1,2}})(?![\d.])\s*的?\s*比例\s*(?:{BEARS})")
# "自治区、盟市各承担 50%"
_EQUAL_SPLIT = re.compile(rf"(?P<parties>{LISTED})\s*各自?(?:{BEARS})\s*(?P<share>\d+(?:\.\d+)?)\s*[%％]")
_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_STRETCH_START = re.compile(r"[，,；;。：:]")

# A split asked: two or more governments named before "各 / 分别 … 多少", or how it is shared asked outright.
_ASKED_PARTY = r"(?:中央|国家|自治区|区里|盟市|市里|市级|市|旗里|旗区|旗级|旗县|旗)"
_SPLIT_ASKED = re.compile(
    rf"{_ASKED_PARTY}[^，,。？?和、与及跟]{{0,3}}(?:[和、与及跟][^，,。？?和、与及跟]{{0,2}}{_ASKED_PARTY}[^，,。？?和、与及跟]{{0,3}})+"
    r"(?:各自?|分别)[^，,。？?]{0,2}(?:出|承担|负担|掏|补|给|付|拿|配套)[^，,。？?]{0,4}多少|"
    r"怎么分(?:担|摊)|如何分(?:担|摊)|分担比例|怎么分配|如何分配"
)
_SPLIT_ASKED_EN = re.compile(
    r"\bhow (?:is|was|are|were|will|would|does|do)\s+(?:it|that|this|they|the\s+[a-z\s-]{0,40}?)\s+(?:be\s+)?"
    r"(?:split|shared|divided|apportioned)\b|\bwho pays what\b|\bhow much (?:does|do|will) each\b|"
    r"\b(?:what|how) is the (?:cost[- ]|funding[- ])?split\b|"
    r"\bhow much (?:do|does|will) (?:the\s+)?[a-z\s-]{1,40}? and (?:the\s+)?[a-z\s-]{1,40}? each\b",
    re.IGNORECASE,
)


def asks_split(text: str) -> bool:
    """Does ``text`` ask how an amount is shared among the governments paying it?"""
    return bool(_SPLIT_ASKED.search(text) or _SPLIT_ASKED_EN.search(text))


@dataclass(frozen=True)
class Split:
    """How the parties paying an amount share it: each party's fraction, as the guide writes it."""

    parties: tuple[str, ...]  # "市级", "旗区"
    fractions: tuple[Decimal, ...]  # of 1
    written: tuple[str, ...]  # "50%（1:1）", "45%"
    listed: bool  # shares listed party by party ("分别承担 45%和 30%"): of a base, not of the amount paid


def _core(party: str) -> str:
    """The government a party's words name: "市级财政" → 市."""
    return party.removesuffix("财政").removesuffix("级") or party


def splits(text: str) -> list[Split]:
    """Every split among paying governments ``text`` states."""
    text = normalise(text)
    out: list[Split] = []
    for m in _RATIO_SPLIT.finditer(text):
        start = max((s.end() for s in _STRETCH_START.finditer(text, 0, m.start())), default=0)
        parties = PARTIES.findall(text[start : m.start()])
        a, b = int(m.group("a")), int(m.group("b"))
        if len(parties) != 2 or len({_core(p) for p in parties}) != 2 or not a + b:
            continue
        ratio = f"{a}:{b}"
        fractions = (Decimal(a) / (a + b), Decimal(b) / (a + b))
        out.append(Split(tuple(parties), fractions, tuple(f"{_percent(f)}（{ratio}）" for f in fractions), False))
    for m in _EQUAL_SPLIT.finditer(text):
        parties = PARTIES.findall(m.group("parties"))
        share = Decimal(m.group("share"))
        if share * len(parties) <= 100:
            out.append(Split(tuple(parties), tuple(share / 100 for _ in parties), tuple(f"{plain(share)}%" for _ in parties), False))
    for m in LISTED_SHARES.finditer(text):
        parties = PARTIES.findall(m.group("parties"))
        shares = [Decimal(s) for s in _SHARE.findall(m.group("shares"))]
        if len(parties) == len(shares) and sum(shares) <= 100:
            out.append(Split(tuple(parties), tuple(s / 100 for s in shares), tuple(f"{plain(s)}%" for s in shares), True))
    return out


def _percent(fraction: Decimal) -> str:
    """A fraction as a percentage, to two places when it does not come out whole ("33.33%")."""
    value = fraction * 100
    return f"{plain(value)}%" if value == value.to_integral_value() else f"{plain(value.quantize(Decimal('0.01')))}%"


# A Chinese part asking what one government pays ("…中央补多少", "自治区出多少"), as "中央和自治区分别补多少" is parsed.
_ONE_PAYER_ASKED = re.compile(
    r"(中央|自治区|区里|盟市|市|旗区|旗县|旗)[^，,。？?]{0,4}(?:出|承担|负担|掏|补|给|付|拿|配套)[^，,。？?]{0,4}多少"
)


def _payer_asked(text: str, lang: str) -> str | None:
    """The one government a part asks the payment of, as the guide's core (市, 旗, 自治区…), or None."""
    if lang != "zh":
        return None  # (an English part names governments in its story too: "covered by the city's demonstration awards")
    asked = {"自治区" if m.group(1) == "区里" else m.group(1) for m in _ONE_PAYER_ASKED.finditer(text)}
    return asked.pop() if len(asked) == 1 else None


def _names(named: str, party: str) -> bool:
    """Is ``party`` (as the guide writes it) the government ``named`` (旗 is 旗区 or 旗县)?"""
    core = _core(party)
    return core == named or (core.startswith(named) and named == "旗") or (named.startswith(core) and core == "旗")


class PaymentSplit:
    """Each paying government's part of the amount a question computed, when it asks how that amount is shared."""

    def __call__(self, calculation: Calculation, question: Question, clauses: Sequence[Clause]) -> list[Calculation]:
        """The calculation followed by each party's part, each noted with the part of the question naming that party
        alone, else the part asking the split; or nothing when no split is asked or the provision states none (or
        states two that differ)."""
        if calculation.unit != "元" or not isinstance(calculation.result, str) or calculation.part is not None:
            return []
        asking = next((i for i, p in enumerate(question.parts) if asks_split(p.text)), None)
        if asking is None and not asks_split(question.text):
            return []
        stated = [s for c in clauses if c.clause_id in calculation.clause_ids for s in splits(c.text)]
        base = calculation.inputs.get("base") if calculation.tool == "share" else None
        percent = calculation.inputs.get("percent") if calculation.tool == "share" else None
        if base is not None and percent is not None and any(s.listed for s in stated):
            # a share computed from the sum of the parties' listed shares: each party's is of the same base
            found = [s for s in stated if s.listed and sum(s.fractions) * 100 == Decimal(str(percent))]
            amount = Decimal(str(base))
        else:
            found = [s for s in stated if not s.listed]
            amount = Decimal(calculation.result)
        if not found or any((s.parties, s.fractions) != (found[0].parties, found[0].fractions) for s in found[1:]):
            return []
        split = found[0]
        lang = question.lang
        alone = [(i, named) for i, p in enumerate(question.parts) if (named := _payer_asked(p.text, lang)) is not None]
        out: list[Calculation] = []
        apart = False
        for party, fraction, written in zip(split.parties, split.fractions, split.written):
            value = amount * fraction
            if value != value.to_integral_value():
                value = value.quantize(Decimal("0.01"))
            own = next((i for i, named in alone if _names(named, party)), None)
            apart = apart or own is not None
            who = party if lang == "zh" else f"{NAME_EN.get(_core(party), party)} ({party})"
            times = f"{money_text(amount)} × {written.split('（')[0]} = {money_text(value)}"
            step = f"{who}承担 {written}：{times}" if lang == "zh" else f"{who} bears {written}: {times}"
            out.append(Calculation(
                tool="split",
                inputs={"amount": plain(amount), "party": party, "share": plain(fraction * 100)},
                steps=[step],
                result=plain(value),
                unit="元",
                clause_ids=list(calculation.clause_ids),
                part=own if own is not None else asking,
            ))
        whole = calculation
        total = next((i for i, p in enumerate(question.parts) if asks_total(p.text) and _payer_asked(p.text, lang) is None), None)
        if apart and total is not None:
            # "中央和自治区分别补多少，一共补多少？": the amount computed answers the part adding them up
            whole = calculation.model_copy(update={"part": total})
        return [whole, *out]
