"""English words the glossary lacks, reached through CC-CEDICT, restricted to the guide's words."""

from assistant.search.dictionary import FUNCTION_WORDS, EnglishDictionary
from assistant.search.glossary import default_glossary, english_words

ENTRIES = [
    ("现金", ["cash"]),
    ("兑现", ["to cash", "to honor (a commitment)"]),
    ("货车", ["truck", "van", "CL:輛|辆[liang4]"]),
    ("面包车", ["van", "minibus"]),  # not in the texts below
    ("什么", ["what"]),
    ("配送", ["distribution (logistics)", "delivery of goods, esp. to retail outlets or the final customer"]),
]


def test_only_words_the_texts_contain_are_offered_shortest_sense_first() -> None:
    texts = ["现金补贴和兑现奖励。", "配送货车优先通行，现金。"]
    dictionary = EnglishDictionary.for_guide(texts, ENTRIES)
    assert dictionary.terms(["cash"]) == ["现金", "兑现"]  # the one-word sense first, then the more frequent
    assert dictionary.terms(["van"]) == ["货车"]  # 面包车 is not in the texts
    assert dictionary.terms(["what", "the"]) == []  # function words carry no subject
    assert dictionary.terms(["distribution"]) == ["配送"]
    assert dictionary.terms(["delivery"]) == []  # a long explanation is not a translation
    assert "what" in FUNCTION_WORDS


def test_the_glossary_reports_the_words_it_does_not_cover() -> None:
    terms, unknown = default_glossary().translate("What is the electricity price for delivery vans?")
    assert "电价" in terms
    assert "delivery" in unknown and "electricity" not in unknown
    assert english_words("Hotels' vans") == ["hotel", "van"]
    # British and American spellings are one word: the glossary's entries meet the asker's either way
    assert english_words("standardisation centres organised programme") == ["standardization", "center", "organized", "program"]
    assert english_words("enterprise exercise raise our hour") == ["enterprise", "exercise", "raise", "our", "hour"]
    assert default_glossary().groups("newly recognised")[0][1] == default_glossary().groups("newly recognized")[0][1] != []


def test_words_ending_in_s_that_are_no_plural_keep_it() -> None:
    # "this" stemmed as "thi" used to reach the dictionary's 本市 in every question that said "this"
    assert english_words("this focus versus bonus analysis") == ["this", "focus", "versus", "bonus", "analysis"]
    assert english_words("taxis buses businesses classes") == ["taxi", "bus", "business", "class"]


def test_the_glossary_gives_the_guides_word_where_the_dictionarys_first_sense_is_another(retriever) -> None:
    # the guide writes 高校 (universities), 民营 (private firms), 研究生院 (graduate schools)
    broad = retriever.translated("Universities and private investors setting up a graduate school", broad=True).split()
    assert {"高校", "民营", "研究生院"} <= set(broad) and "秘密" not in broad
    assert "本市" not in retriever.translated("Which department handles this?", broad=True).split()


def test_the_real_dictionary_reaches_guide_words_the_glossary_lacks_for_search_only(retriever) -> None:
    question = "Will hotels accept cash, and can they set up foreign-currency exchange?"
    broad = retriever.translated(question, broad=True).split()
    assert "现金" in broad and "外币" in broad  # "foreign currency" is the glossary's: 外币, as the guide writes it
    dictionary_words = set(broad) - set(retriever.translated(question).split())
    assert "现金" in dictionary_words  # the glossary alone does not give it: terms a provision must share stay curated
    for word in dictionary_words:
        assert any(word in c.text for c in retriever.corpus.clauses), word


def test_a_direct_line_is_named_by_the_headings_english_title_before_the_glossarys() -> None:
    from assistant.search.glossary import english_label, heading_label, reader_label

    assert reader_label("工业用电") == heading_label("工业用电") != ""
    assert reader_label("不是指南的标题") == english_label("不是指南的标题")


def test_rendering_names_things_by_long_senses_and_keeps_the_askers_chinese() -> None:
    from assistant.search.glossary import default_glossary

    rendered = default_glossary().render("A model cooperative passed IP-management standard (贯标) checks in the city.")
    assert "合作社" in rendered and "知识产权" in rendered  # every sense a word of three characters or more
    assert "贯标" in rendered  # the guide's word as the asker writes it
    assert "市级" not in rendered and "city" in rendered  # "city": a short, loose sense names nothing


def test_the_region_before_a_noun_is_rendered_as_its_level() -> None:
    from assistant.search.glossary import default_glossary

    glossary = default_glossary()
    assert "自治区级 中小企业" in glossary.render("an autonomous-region SME cluster")
    assert "自治区级" not in glossary.render("The autonomous region gives the award")  # the place itself
    assert "自治区级" not in glossary.render("companies in the autonomous region")


def test_a_counted_grade_is_rendered_as_the_guides_grade() -> None:
    from assistant.search.glossary import default_glossary

    rendered = default_glossary().render("one senior, two intermediate and three junior social workers")
    assert "1个高级" in rendered and "2个中级" in rendered and "3个初级" in rendered
    assert "高级" not in default_glossary().render("a senior official visits")  # a grade only as a count's item


def test_a_year_after_a_preposition_is_no_count_of_what_follows() -> None:
    rendered = default_glossary().render("How many key labs will be built by 2025 (field stations included)? We keep 2025 sheep.")
    before, after = rendered.split("keep")
    assert "2025个" not in before  # "by 2025": a year
    assert "2025个" in after  # "2025 sheep": a count


def test_an_article_before_a_numbered_class_is_no_lettered_class() -> None:
    from assistant.answer.compose import asked_talent_class

    glossary = default_glossary()
    groups = dict(glossary.groups("A Class 4 talent's team"))
    assert ("class", "4") in groups and ("a", "class") not in groups
    assert "四类人才" in glossary.render("A Class 4 team") and "A类" not in glossary.render("A Class 4 team")
    assert "A类" in glossary.render("an A-class talent") and "B类" in glossary.render("a class B talent")
    assert asked_talent_class("A Class 4 talent's team") == "四" and asked_talent_class("A category 3 team") == "三"
    assert asked_talent_class("an A-class talent") == "A"


def test_a_place_in_a_ranking_is_rendered_as_the_guide_writes_it_not_as_a_count() -> None:
    rendered = default_glossary().render("two of our Holstein bulls ranked in China's top 50 and one ranked 70")
    assert "前50名" in rendered and "50个" not in rendered and "70个" not in rendered and "2个" in rendered


def test_words_the_dictionary_reads_in_another_sense_have_the_guides_words() -> None:
    groups = dict(default_glossary().groups("industrial coupling models, low-altitude policing pilots, oil fields and gas fields"))
    assert "模式" in groups[("model",)] and "标杆" not in groups[("model",)]  # a way of doing things, not a benchmark
    assert "警务" in groups[("policing",)]
    assert groups[("oil", "field")] == ["油田"] and groups[("gas", "field")] == ["气田"]  # not 粮油 or 天然气


def test_a_question_in_those_words_finds_the_clause_that_states_them(assistant) -> None:
    # "在呼和浩特市、包头市、鄂尔多斯市等地区探索实施低空警务试点"
    policing = assistant.ask("Where in Inner Mongolia are low-altitude policing pilots being explored?")
    assert "低空警务" in policing.parts[0].answer_line
    # "重点发展钢化联产、炼化一体化、林浆纸一体化、以化固碳等产业耦合模式"
    coupling = assistant.ask("Which industrial coupling models does the national guidance on green manufacturing want regions to develop?")
    assert "耦合" in coupling.parts[0].answer_line
