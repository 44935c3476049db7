from assistant.answer.markers import normalise_markers, renumber
from assistant.models import Citation


def test_marker_variants_real_models_write_become_one_form() -> None:
    cases = {
        "电价为0.401元/度【1】。": "电价为0.401元/度[1]。",
        "电价为0.401元/度［2］。": "电价为0.401元/度[2]。",
        "电价为0.401元/度[1, 2]。": "电价为0.401元/度[1][2]。",
        "电价为0.401元/度[1、3]。": "电价为0.401元/度[1][3]。",
        "The price is 0.401 yuan/kWh [clause 1].": "The price is 0.401 yuan/kWh [1].",
        "见[条款2]。": "见[2]。",
        "电价为0.401元/度（1）。": "电价为0.401元/度[1]。",
        "as stated (2).": "as stated[2].",
        "电价为0.401元/度[1][2]。": "电价为0.401元/度[1][2]。",
    }
    for written, expected in cases.items():
        assert normalise_markers(written, 5) == expected


def test_the_guides_own_enumerations_and_out_of_range_numbers_are_left_alone() -> None:
    assert normalise_markers("（1）对新认定的企业给予奖励。", 5) == "（1）对新认定的企业给予奖励。"
    assert normalise_markers("电价（9）。", 5) == "电价（9）。"  # no clause 9: not a marker
    assert normalise_markers("电价[7]。", 5) == "电价[7]。"  # left for verification to remove and name


def test_renumbering_follows_first_use_and_drops_unused_citations() -> None:
    citations = [Citation(marker=m, clause_id=f"c{m}", title_path=[], text="") for m in (1, 3, 4)]
    text, renumbered = renumber("甲[3]。乙[1][3]。", citations)
    assert text == "甲[1]。乙[2][1]。"
    assert [(c.marker, c.clause_id) for c in renumbered] == [(1, "c3"), (2, "c1")]
