from assistant.guide.text import paragraphs, physical_lines, raw_squashed, squash, tidy_spaces


def test_page_numbers_and_page_break_spaces_are_dropped(raw_guide: str) -> None:
    lines = physical_lines(raw_guide)
    assert not [line.text for line in lines if line.text.isdigit() and len(line.text) <= 3]
    assert all(line.text == line.text.strip() for line in lines)
    # the page-break artefact " 补 700 万元。" joins its sentence without a space
    texts = [p.text for p in paragraphs(raw_guide)]
    assert any("通过认定再奖补 700 万元。" in t for t in texts)


def test_wrapped_lines_join_without_spaces_between_chinese(raw_guide: str) -> None:
    texts = [p.text for p in paragraphs(raw_guide)]
    joined = "\n".join(texts)
    assert "每亩保险金额 500 元，保险费率 6%，每亩保费 30 元" in joined
    assert "推动产业结构优化升级" in joined  # justification space inside a printed line removed
    assert "保险期限 单位保额 拟定费率 单位保费" in joined  # table columns keep their separators


def test_tidy_spaces_keeps_spaces_next_to_numbers() -> None:
    assert tidy_spaces("0.401 元/度") == "0.401 元/度"
    assert tidy_spaces("产业结构 优化") == "产业结构优化"
    assert tidy_spaces("2024 年 底") == "2024 年底"


def test_paragraph_spans_point_at_their_text(raw_guide: str) -> None:
    for para in paragraphs(raw_guide):
        assert raw_squashed(raw_guide, para.start, para.end) == squash(para.text)
