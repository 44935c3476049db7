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


def test_match_writes_the_html_and_pdf_reports(assistant, monkeypatch, capsys, tmp_path) -> None:
    import io

    from pypdf import PdfReader

    monkeypatch.setattr(cli, "_load", lambda settings: assistant)
    html_file, pdf_file = tmp_path / "report.html", tmp_path / "report.pdf"
    profile = str(PROFILES / "data_centre.json")
    assert main(["match", "--profile", profile, "--html", str(html_file), "--pdf", str(pdf_file)]) == 0
    captured = capsys.readouterr()
    assert "[符合] 蒙西电网战略性新兴产业电价" in captured.out  # the table is still printed
    assert f"wrote the PDF report to {pdf_file}" in captured.err
    page = html_file.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "9,100,000–13,100,000 元（910万–1310万元）" in page
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_file.read_bytes())).pages)
    assert "蒙西电网战略性新兴产业电价" in text and "p6.d1.i1" in text
    assert main(["match", "--profile", profile, "--json", "--html", str(html_file), "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["once"] == {"low": "4200000", "high": "4200000"}  # stdout stays JSON
    assert '<html lang="en">' in html_file.read_text(encoding="utf-8")


def test_match_report_to_an_unwritable_place_exits_2(assistant, monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setattr(cli, "_load", lambda settings: assistant)
    target = tmp_path / "no-such-dir" / "report.pdf"
    assert main(["match", "--profile", str(PROFILES / "dairy_farm.json"), "--pdf", str(target)]) == 2
    assert "cannot write the report" in capsys.readouterr().err


def test_service_match_report(assistant) -> None:
    import html

    import pytest

    from assistant.service import ProfileError, RequestError

    profile = {"sector": "奶业", "dairy_cows": 3000}
    page = assistant.match_report(profile, fmt="html", lang="en")
    assert isinstance(page, str) and all(html.escape(p.title_en) in page for p in assistant.match(profile).provisions)
    pdf = assistant.match_report({"sector": "奶业"}, fmt="pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    with pytest.raises(ProfileError, match="dairy_cows"):
        assistant.match_report({"dairy_cows": "many"}, fmt="html")
    with pytest.raises(RequestError):
        assistant.match_report({}, fmt="docx")  # type: ignore[arg-type]
    with pytest.raises(RequestError):
        assistant.match_report({}, fmt="html", lang="fr")  # type: ignore[arg-type]
