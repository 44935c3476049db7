"""Prompt templates live as files in ``prompts/``; this module loads them by name and holds the
named sentences that tests assert on."""

from __future__ import annotations

from functools import lru_cache

from assistant.settings import resources_dir

PROMPT_DIR = resources_dir() / "prompts"

# The refusal sentences: what the assistant says when the guide is silent.
REFUSAL = {
    "zh": "抱歉，《伊金霍洛旗投资政策指南》中没有找到与该问题直接相关的规定。",
    "en": "The Ejin Horo investment-policy guide does not cover this question.",
}
# Leads of the closest-topics suggestion that follows a refusal.
SUGGESTION_LEAD = {"zh": "指南涉及的相近主题有：", "en": "Related topics the guide does cover:"}
EXPIRED_NOTE = {
    "zh": "注意：条款[{marker}]所在政策的执行期已于{until}结束，请向责任部门确认是否延续。",
    "en": "Note: the policy period of [{marker}] ended on {until}; check with the responsible department whether it continues.",
}


class PromptNotFound(LookupError):
    pass


@lru_cache(maxsize=32)
def load_prompt(name: str) -> str:
    """The template ``prompts/<name>.txt``."""
    path = PROMPT_DIR / f"{name}.txt"
    if not path.is_file():
        raise PromptNotFound(f"no prompt named {name!r} in {PROMPT_DIR}")
    return path.read_text(encoding="utf-8")
