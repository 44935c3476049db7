"""The governments that pay for a provision, as the guide names them and as English askers do: one vocabulary for the
shares a party bears (``shares``) and for how an amount is split among them (``splits``)."""

from __future__ import annotations

import re

# A paying government's name as the guide writes it ("自治区", "盟市", "旗区"; 市 not of 城市 or 都市).
GOVERNMENT = r"中央|自治区|盟市|旗区|旗县|(?<![城都])市|旗"
GOVERNMENTS = re.compile(GOVERNMENT)
# ...with the level or the budget written after it ("市级", "自治区财政", "加氢站属地旗区" → 旗区).
PARTY = rf"(?:{GOVERNMENT})级?(?:财政)?"
PARTIES = re.compile(PARTY)
# Parties listed together ("中央和自治区", "市级、旗区"), and what a party does with its part ("承担", "配套").
LISTED = rf"{PARTY}(?:\s*[和、及与]\s*{PARTY})+"
BEARS = r"承担|负担|分担|出资|配套|安排"
# "中央和自治区分别承担 45%和 30%": the shares the parties bear, in the order named.
LISTED_SHARES = re.compile(
    rf"(?P<parties>{LISTED})\s*分别(?:{BEARS})\s*"
    r"(?P<shares>\d+(?:\.\d+)?\s*[%％](?:\s*[和、及与]\s*\d+(?:\.\d+)?\s*[%％])+)"
)
# A government's name in English, for a line shown in English ("市" → "city").
NAME_EN = {"中央": "central government", "自治区": "autonomous region", "盟市": "league/city", "市": "city",
           "旗区": "banner", "旗县": "banner", "旗": "banner"}
# The governments an English question names, in the guide's words: as asked of ("paid by the banner"), and as named
# beside a subsidy ("the central and regional subsidies").
NAME_ZH = {"banner": "旗", "city": "市", "autonomous region": "自治区", "region": "自治区", "league": "盟市",
           "central government": "中央", "state": "中央",
           "central": "中央", "regional": "自治区", "autonomous": "自治区", "municipal": "市"}
# The governments an English question may ask of ("paid by the banner", "does the city pay").
PARTY_EN = r"banner|city|autonomous region|region|league|central government|state"
