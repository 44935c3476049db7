import pytest

from assistant.incentives.profile import QUESTIONS, ProfileError, ProjectProfile, known_path, parse_profile, profile_schema, question_for
from assistant.incentives.provisions import default_provisions


def test_every_field_is_optional_described_and_has_a_question() -> None:
    schema = profile_schema()
    assert schema.get("required", []) == []
    for name, prop in schema["properties"].items():
        assert prop.get("description"), name
        assert name in QUESTIONS, name
    assert ProjectProfile().model_dump(exclude_none=True) == {}


def test_every_field_the_provisions_read_has_a_question() -> None:
    for provision in default_provisions().provisions:
        fields = [c.field for c in provision.conditions] + (provision.amount.fields() if provision.amount else [])
        for field in fields:
            assert known_path(field), (provision.id, field)
            zh, en = question_for(field)
            assert zh.endswith("？") and "{" not in zh and en.endswith("?") and "{" not in en


def test_questions_about_table_entries_name_the_entry() -> None:
    assert question_for("crop_areas_mu.苜蓿") == ("苜蓿种植多少亩？", "How many mu of alfalfa are planted?")
    assert "A—F" in question_for("talents")[0]


def test_a_bad_profile_names_each_field() -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile({"dairy_cows": "many", "voltage": "35千伏", "colour": "red"})
    text = str(caught.value)
    assert "dairy_cows:" in text and "voltage:" in text and "colour: not a profile field" in text
    with pytest.raises(ProfileError, match="not JSON"):
        parse_profile("{oops")
    with pytest.raises(ProfileError, match="JSON object"):
        parse_profile("[1, 2]")


def test_tables_take_only_the_guide_categories() -> None:
    assert parse_profile({"talents": {"D": 1}}).talents == {"D": 1}
    with pytest.raises(ProfileError, match="talents.Z"):
        parse_profile({"talents": {"Z": 1}})
