from assistant.answer.sentences import split_provisions, split_sentences

TIERED = (
    "6.建立优良品种奖励机制，对具有自主知识产权的马铃薯优质新品种，年推广面积在 10 万亩以上的一次性奖补 500 万元；"
    "年推广面积在 30 万亩以上的一次性奖补 1000 万元。对通过国家审定的玉米、大豆等品种每个一次性奖励 10 万元。\n〔责任单位：自治区农牧厅〕"
)


def test_offsets_index_the_text() -> None:
    for pieces in (split_sentences(TIERED), split_provisions(TIERED, 150), split_provisions(TIERED, 40)):
        assert all(TIERED[p.start : p.end] == p.text for p in pieces)


def test_tiers_of_one_provision_stay_together() -> None:
    texts = [p.text for p in split_provisions(TIERED, 150)]
    assert texts[0].endswith("500 万元；年推广面积在 30 万亩以上的一次性奖补 1000 万元。")
    assert texts[1:] == ["对通过国家审定的玉米、大豆等品种每个一次性奖励 10 万元。", "〔责任单位：自治区农牧厅〕"]
    assert len(split_sentences(TIERED)) == 4


def test_a_long_sentence_is_split_at_semicolons() -> None:
    texts = [p.text for p in split_provisions(TIERED, 40)]
    assert texts[0].endswith("500 万元；") and texts[1] == "年推广面积在 30 万亩以上的一次性奖补 1000 万元。"
