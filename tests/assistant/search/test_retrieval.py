from datetime import date

import pytest

from assistant.search.index import IndexProblem
from assistant.search.retrieval import Retriever, SearchFilters, canonical_level
from assistant.settings import Settings


def ids(hits):
    return [h.clause.clause_id for h in hits]


def test_industrial_power_price_comes_first(retriever) -> None:
    hits = retriever.search("110千伏工业电价多少？", k=5)
    assert "110KV：0.401 元/度" in hits[0].clause.text


def test_english_question_finds_the_chinese_clause(retriever) -> None:
    hits = retriever.search("What is the insurance premium per mu for irrigated corn?", k=5)
    assert any("水地玉米每亩保险金额 500 元" in h.clause.text for h in hits)


def test_results_are_ordered_and_bounded(retriever) -> None:
    hits = retriever.search("奶酪项目设备投资补贴", k=7)
    assert len(hits) == 7
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(set(ids(hits))) == 7


def test_level_filter(retriever) -> None:
    hits = retriever.search("人才购房补贴", k=10, filters=SearchFilters(levels=("旗级",)))
    assert hits and all(h.clause.level == "旗级" for h in hits)


def test_current_only_filter_drops_expired_clauses(retriever) -> None:
    question = "伊金霍洛旗肉牛保险每头保费多少"
    everything = retriever.search(question, k=10)
    assert any(h.clause.valid_until == date(2024, 12, 31) for h in everything)
    current = retriever.search(question, k=10, filters=SearchFilters(valid_on=date(2026, 11, 28)))
    assert current and all(h.clause.valid_until is None or h.clause.valid_until >= date(2026, 11, 28) for h in current)


def test_document_filter(retriever) -> None:
    hits = retriever.search("补贴", k=5, filters=SearchFilters(doc_title="奶产业"))
    assert hits and all("奶产业" in h.clause.doc_title for h in hits)


def test_level_aliases() -> None:
    assert canonical_level("banner") == "旗级"
    assert canonical_level("自治区") == "自治区级"
    with pytest.raises(ValueError, match="unknown level"):
        canonical_level("province")


def test_modes_differ_and_each_works(retriever) -> None:
    question = "禁牧补助每亩多少钱"
    ranked: dict[str, list[str]] = {}
    for mode in ("vector", "keyword", "hybrid"):
        retriever.mode = mode
        try:
            hits = retriever.search(question, k=100)
        finally:
            retriever.mode = "hybrid"
        assert any("7.45" in h.clause.text for h in hits[:5]), mode
        ranked[mode] = [h.clause.clause_id for h in hits]
    assert ranked["vector"][:5] != ranked["keyword"][:5]  # two different views of the guide

    # hybrid is the reciprocal-rank fusion of the other two, computed here from their rankings,
    # the keyword ranking counted with its weight
    rrf_k = retriever.settings.rrf_k
    weight = {"vector": 1.0, "keyword": retriever.settings.keyword_weight}
    fused: dict[str, float] = {}
    for mode in ("vector", "keyword"):
        for rank, cid in enumerate(ranked[mode], 1):
            fused[cid] = fused.get(cid, 0.0) + weight[mode] / (rrf_k + rank)
    expected = sorted(fused, key=lambda cid: (-fused[cid], retriever.corpus.order[cid]))
    assert ranked["hybrid"] == expected
    assert ranked["hybrid"][:5] not in (ranked["vector"][:5], ranked["keyword"][:5])


def test_another_embedder_is_a_clear_error(index_settings) -> None:
    class Other:
        model_id = "someone/else"
        dimension = 384

    with pytest.raises(IndexProblem, match="re|ingest"):
        Retriever.load(index_settings, embedder=Other())  # type: ignore[arg-type]


def test_missing_index_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(IndexProblem, match="policy-assistant ingest"):
        Retriever.load(Settings(data_dir=tmp_path))


def test_colloquial_words_reach_the_guide_terms(retriever) -> None:
    from assistant.search.glossary import guide_terms

    assert guide_terms("办公楼冬天供暖费多少钱？") == ["供热"]
    assert guide_terms("工业用电电价多少？") == []
    assert guide_terms("酒店能拒绝外国客人入住吗？") == ["境外人员"]
    assert retriever.translated("养牛羊的圈舍用地按什么地管理？") == "养殖设施 肉牛"
    ids = [h.clause.clause_id for h in retriever.search("写字楼冬天的暖气费怎么收？", k=5)]
    assert "p1.i2.i2.i2" in ids  # ——非居民供热：29.5 元/平方米


def test_a_long_query_embeds_its_start_and_its_end() -> None:
    from assistant.search.retrieval import embedded_start

    question = "110千伏工业电价多少？"
    assert embedded_start(question, 160) == question  # real questions are embedded whole
    long_follow_up = "我们是一家准备在伊金霍洛旗落地的制造企业，" * 14 + "110千伏工业电价多少？ 那10千伏呢？"
    embedded = embedded_start(long_follow_up, 160)
    assert embedded.endswith("那10千伏呢？") and embedded.startswith("我们是一家")
    assert sum(1 for c in embedded if "\u4e00" <= c <= "\u9fff") <= 160
    english = "What is the " + "very " * 200 + "price?"
    assert len(embedded_start(english, 160)) <= 4 * 160 + 1  # four other characters count as one


def test_the_embedded_store_is_ranked_exactly_and_the_same_every_time(retriever) -> None:
    import numpy as np

    vector = retriever.embedder.embed_queries(["新建天然气管道接驳费多少？"])[0]
    ranking = retriever.vector_ranking(vector, len(retriever.corpus), SearchFilters())
    scores = [s for _, s in ranking]
    assert len(ranking) == len(retriever.corpus) and scores == sorted(scores, reverse=True)
    ids, matrix = retriever._stored_vectors()
    best = int(np.argmax(matrix @ (vector / np.linalg.norm(vector))))
    assert ranking[0][0] == ids[best]  # the true nearest clause, not an approximation of it
    # the approximate search agrees on the clear leaders
    approx = retriever.collection.query(query_embeddings=[vector.tolist()], n_results=3, include=["distances"])["ids"][0]
    assert ranking[0][0] == approx[0]
    city = retriever.vector_ranking(vector, 10, SearchFilters(levels=("市级",)))
    assert city and all(retriever.corpus.get(cid).level == "市级" for cid, _ in city)


def test_an_english_question_s_own_vector_counts_less_than_its_translation(retriever) -> None:
    from assistant.search.retrieval import SearchFilters

    question = "What is the grazing-ban subsidy per mu?"
    seen: list[list[float]] = []
    fuse = retriever.fuse

    def spy(rankings, vector_lists, weights=None):  # noqa: ANN001, ANN202 - records the weights given
        seen.append(list(weights or []))
        return fuse(rankings, vector_lists=vector_lists, weights=weights)

    retriever.fuse = spy
    try:
        retriever.search(question, k=5, filters=SearchFilters())
        retriever.search("禁牧补助每亩多少钱", k=5, filters=SearchFilters())
    finally:
        del retriever.fuse
    settings = retriever.settings
    assert seen[0] == [settings.english_vector_weight, 1.0, settings.keyword_weight]
    assert seen[1] == [1.0, settings.keyword_weight]
