import json
from pathlib import Path

from assistant import cli
from assistant.cli import main

PROFILES = Path(__file__).parent / "profiles"


def test_schema_is_printed(capsys) -> None:
    assert main(["match", "--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ProjectProfile" and "annual_kwh" in schema["properties"]


def test_a_bad_profile_names_the_field_and_exits_2(tmp_path, capsys) -> None:
    bad = tmp_path / "profile.json"
    bad.write_text('{"dairy_cows": "many"}', encoding="utf-8")
    assert main(["match", "--profile", str(bad)]) == 2
    assert "dairy_cows:" in capsys.readouterr().err
    assert main(["match", "--profile", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the profile" in capsys.readouterr().err


def test_match_prints_the_table_and_the_json(assistant, monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "_load", lambda settings: assistant)
    profile = str(PROFILES / "data_centre.json")
    assert main(["match", "--profile", profile]) == 0
    out = capsys.readouterr().out
    assert "[符合] 蒙西电网战略性新兴产业电价  7100000–11100000 元（每年）" in out
    assert "就高不重复：保留 region-little-giant-award" in out
    assert main(["match", "--profile", profile, "--json"]) == 0
    dumped = json.loads(capsys.readouterr().out)
    saving = next(p for p in dumped["provisions"] if p["id"] == "strategic-industry-power-price")
    assert saving["status"] == "eligible" and saving["amount"]["per"] == "year"
    assert (saving["amount"]["low"], saving["amount"]["high"]) == ("7100000", "11100000")
    assert dumped["totals"]["year"] == {"low": "9100000", "high": "13100000"}


def test_service_match_takes_a_json_object(assistant) -> None:
    result = assistant.match({"sector": "奶业", "dairy_cows": 3000, "construction_started_on": "2020-03-01"})
    scale = next(p for p in result.provisions if p.id == "dairy-farm-scale-subsidy")
    assert scale.status == "eligible" and scale.amount.low == "6000000"
