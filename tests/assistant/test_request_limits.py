import json

import pytest

from assistant.request_limits import BodyProblem, check_json
from assistant.settings import Settings


def test_the_largest_request_the_limits_allow_fits_the_body_limit() -> None:
    s = Settings()
    history = [{"role": "assistant", "content": "电" * s.max_turn_chars}] * s.max_history_turns
    largest = {"question": "电" * s.max_question_chars, "history": history, "mode": "extractive", "draft": True}
    assert len(json.dumps(largest, ensure_ascii=True).encode()) < s.max_body_bytes  # every character escaped as \uXXXX
    check_json(json.dumps(largest).encode(), s.max_json_depth, s.max_list_items)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"k": NaN}', "NaN"),
        (b'{"k": -Infinity}', "-Infinity"),
        (b'{"q": "\\ud83d"}', "surrogate"),
        (b'{"q": "\xc3\x28"}', "UTF-8"),
        (b"[" * 50 + b"]" * 50, "nested deeper"),
        (b'{"a": [' + b"1," * 500 + b"1]}", "at most 100"),
        (b'{"q": "x"', "not valid JSON"),
    ],
)
def test_bodies_no_reply_could_encode_are_refused_with_a_reason(body: bytes, words: str) -> None:
    with pytest.raises(BodyProblem) as caught:
        check_json(body, 16, 100)
    assert caught.value.status == 422 and words in caught.value.detail


def test_ordinary_bodies_pass() -> None:
    check_json(b"", 16, 100)
    check_json('{"question": "110千伏工业电价多少？", "k": 5, "level": ["旗级"]}'.encode(), 16, 100)
    check_json(b'{"q": "\\ud83d\\ude00"}', 16, 100)  # a surrogate pair is one character
