"""Questions asked of UPR reports, against a small hand-built index: the position and
recommending-State filters, the State under review, lookups of "124.15". In ms."""

from __future__ import annotations

import pytest

from assistant.corpus import Corpus
from assistant.understand import Lookup, QueryParser
from assistant.upr import UprAnswerer, positions, recommenders
from ingest.classify import tag
from rightsdesk.domain import Document, Paragraph
from tests.test_understand import _doc

ITEMS = [
    (
        "124.1",
        "Criminalize torture in line with international standards (Mexico)",
        ("Mexico",),
        "supported",
    ),
    (
        "124.2",
        "Ratify the Optional Protocol to the Convention against Torture (Brazil)",
        ("Brazil",),
        "supported",
    ),
    ("125.1", "Abolish the death penalty (Sweden)", ("Sweden",), "supported"),
    (
        "126.1",
        "Ratify the Second Optional Protocol on the death penalty (France, Brazil)",
        ("France", "Brazil"),
        "noted",
    ),
    ("126.2", "Eliminate child labour in the cotton harvest (Namibia)", ("Namibia",), "noted"),
]


def _upr() -> Document:
    paras = [Paragraph(doc_id="a-hrc-28-10", number="1", text="The review was held.")]
    paras += [
        Paragraph(
            doc_id="a-hrc-28-10",
            number=n,
            text=t,
            role="recommendation",
            tags=tag(t),  # as ingest annotates every unit
            recommended_by=by,
            position=pos,  # type: ignore[arg-type]
        )
        for n, t, by, pos in ITEMS
    ]
    return Document(
        id="a-hrc-28-10",
        symbol="A/HRC/28/10",
        title="Report of the Working Group on the Universal Periodic Review: Kazakhstan",
        body="Human Rights Council",
        country="Kazakhstan",
        year=2014,
        kind="upr_report",
        short_name="A/HRC/28/10",
        paragraphs=tuple(paras),
    )


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [_upr(), _doc("crc-opsc-kaz-co-1", "Kazakhstan", symbol="CRC/C/OPSC/KAZ/CO/1", n=32)]
    )


def _listed(corpus: Corpus, question: str) -> list[str] | None:
    upr = UprAnswerer(corpus)
    found = upr.answer(upr.read(QueryParser(corpus).parse(question)))
    return None if found is None else sorted(e.view.unit.number for e in found)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Kazakhstan accept on torture?", ("supported",)),
        ("Which recommendations on child labour did Kazakhstan only note?", ("noted",)),
        ("Which recommendations are still pending?", ("pending",)),
        ("Was Kazakhstan asked to abolish the death penalty, and did it agree?", ()),
        ("Which did it support and which did it only note?", ("noted", "supported")),
        # "a note" is a paper, not the position; "the position each State took" asks for it
        ("For a briefing note: what did Kazakhstan accept on torture?", ("supported",)),
        ("Recommendations it accepted or noted on torture, with the position each took.", ()),
        # asked without "did": the position is asked, not filtered on
        ("What did Mexico recommend to Kazakhstan, and Kazakhstan agreed or not?", ()),
        ("Were there recommendations on torture? Who gave them, and Kazakhstan accepted?", ()),
    ],
)
def test_positions_read_from_the_question(question: str, expected: tuple[str, ...]) -> None:
    assert positions(question) == expected


def test_recommending_states_are_told_from_the_state_under_review() -> None:
    states = ["Brazil", "France"]
    assert recommenders(
        "Did Brazil recommend anything to Kazakhstan?", ["Brazil", "Kazakhstan"], states
    ) == ("Brazil",)
    assert (
        recommenders("What did Slovenia's 2025 UPR recommend on Roma?", ["Slovenia"], ["Slovenia"])
        == ()
    )
    assert recommenders("recommendations made by France", ["France"], states) == ("France",)
    # a State the index writes under another name: "Turkey" for Türkiye
    assert recommenders(
        "What did Turkey recommend to Kazakhstan?", ["Türkiye", "Kazakhstan"], ["Türkiye"]
    ) == ("Türkiye",)


def test_who_asks_is_no_topic_of_the_recommendations(corpus: Corpus) -> None:
    """A sentence telling who asks names no subject: every item of the State named is listed,
    unless the question points back at that sentence."""
    story = "I drive a taxi at night and many of my passengers follow politics closely. "
    assert _listed(corpus, story + "What did Sweden recommend to Kazakhstan?") == ["125.1"]
    pointing = "Passengers say the death penalty is back. Who recommended to abolish that?"
    assert _listed(corpus, pointing) == ["125.1", "126.1"]


def test_filters_and_topic_select_every_item_that_answers(corpus: Corpus) -> None:
    assert _listed(corpus, "What did Kazakhstan accept on torture?") == ["124.1", "124.2"]
    assert _listed(corpus, "Which recommendations on child labour did Kazakhstan only note?") == [
        "126.2"
    ]
    assert _listed(corpus, "Did Brazil recommend anything to Kazakhstan?") == ["124.2", "126.1"]
    assert _listed(corpus, "Which States asked Kazakhstan to ratify an optional protocol?") == [
        "124.2",
        "126.1",
    ]
    # a protocol named by its treaty: the items on that protocol only, whatever "note" it is for
    asked = (
        "For a note on the Optional Protocol to the Convention against Torture: list every "
        "recommendation to ratify it at its UPR, with the position each State took."
    )
    assert _listed(corpus, asked) == ["124.2"]
    # when no item writes the protocol so (an acronym, say), the items on the subject stand
    other = "Which States asked Kazakhstan to ratify the Optional Protocol to the United Nations Convention against Torture?"
    assert _listed(corpus, other) == ["124.2"]
    # not a UPR question, or asked of the committee: the ordinary retrieval answers
    assert _listed(corpus, "What did the committee note about child labour in Kazakhstan?") is None
    assert _listed(corpus, "What did the committee say about the sale of children?") is None


def test_a_recommendation_is_looked_up_by_its_printed_number(corpus: Corpus) -> None:
    q = QueryParser(corpus).parse("recommendation 124.2 of A/HRC/28/10")
    assert q.lookups == (Lookup("recommendation", "124.2"),) and q.doc_ids == ("a-hrc-28-10",)
    assert corpus.view("a-hrc-28-10", "124.2") is not None
    assert _upr().reference("124.2") == "A/HRC/28/10, rec. 124.2"


def test_the_upr_counts_as_held_when_a_report_is_indexed(corpus: Corpus) -> None:
    parser = QueryParser(corpus)
    assert parser.parse("What did the UPR recommend to Kazakhstan on torture?").unknown_bodies == ()
    bare = QueryParser(Corpus([_doc("crc-opsc-kaz-co-1", "Kazakhstan", n=3)]))
    assert bare.parse("What did the UPR recommend to Kazakhstan?").unknown_bodies == (
        "Universal Periodic Review",
    )


def test_briefing_shows_recommendation_numbers_positions_and_states(corpus: Corpus) -> None:
    from assistant.briefing import Briefing, BriefingGroup
    from assistant.present import briefing_markdown

    views = [corpus.view("a-hrc-28-10", n) for n in ("126.1", "124.2")]
    group = BriefingGroup("a-hrc-28-10", "UPR", "Kazakhstan", "A/HRC/28/10")
    group.recommendations = [v for v in views if v is not None]
    text = briefing_markdown(Briefing("optional protocols", ["Kazakhstan"], [group]))
    assert "**A/HRC/28/10, rec. 126.1** (noted; France, Brazil):" in text
    assert "**A/HRC/28/10, rec. 124.2** (supported; Brazil):" in text


def test_a_recommending_state_in_a_follow_up_keeps_the_place(corpus: Corpus) -> None:
    # "what did France recommend on this?" names who recommended, not where: Kazakhstan carries
    from assistant.scope import ScopeCheck

    earlier = "Which recommendations on the death penalty did Kazakhstan receive?"
    history = [{"role": "user", "content": earlier}, {"role": "assistant", "content": "..."}]
    upr = UprAnswerer(corpus)
    query = upr.read(QueryParser(corpus).parse("What did France recommend on this?", history))
    assert query.countries == ("Kazakhstan",) and query.recommended_by == ("France",)
    assert query.unknown_countries == ()
    assert sorted(e.view.unit.number for e in upr.answer(query) or []) == ["126.1"]
    # ... and of a country with no UPR report, nothing is France's: declined, nothing quoted
    held = [corpus.document(i) for i in corpus.docs]
    tjk = Corpus([*held, _doc("crc-opsc-tjk-co-1", "Tajikistan", n=3)])
    history[0]["content"] = "What did the committee say about Roma children in Tajikistan?"
    query = UprAnswerer(tjk).read(
        QueryParser(tjk).parse("What did France recommend on this?", history)
    )
    scope = ScopeCheck(tjk).check(query)
    assert scope.abstain is not None and "no recommendation made by France" in scope.abstain


def _counted(corpus: Corpus, question: str) -> str | None:
    upr = UprAnswerer(corpus)
    return upr.count(upr.read(QueryParser(corpus).parse(question)))


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "How many recommendations did Kazakhstan receive in its last review?",
            "lists 5 recommendations: 3 supported, 2 noted.",
        ),
        ("how many recs did kazakhstan get", "lists 5 recommendations: 3 supported, 2 noted."),
        (
            "How many recommendations did Kazakhstan reject?",
            "lists 5 recommendations; 2 of them noted (3 supported, 2 noted).",
        ),
        (
            "How many recommendations on the death penalty did Kazakhstan receive?",
            "lists 2 recommendations on this subject: 1 supported, 1 noted.",
        ),
        (
            "How many recommendations did Brazil make to Kazakhstan?",
            "lists 2 recommendations made by Brazil: 1 supported, 1 noted.",
        ),
    ],
)
def test_a_count_is_counted_from_the_report(corpus: Corpus, question: str, figures: str) -> None:
    said = _counted(corpus, question)
    assert said is not None and said.startswith(f"A/HRC/28/10 (Kazakhstan) {figures}")


@pytest.mark.parametrize(
    "question",
    [
        "Which recommendations did Kazakhstan note?",  # a listing: the items themselves
        "How many children were trafficked from Kazakhstan?",  # not about recommendations
        "How many recommendations did the committee make in paragraph 12?",  # a lookup
    ],
)
def test_only_a_count_of_recommendations_is_counted(corpus: Corpus, question: str) -> None:
    assert _counted(corpus, question) is None


def test_a_count_on_a_subject_no_recommendation_treats_is_left_to_the_listing(
    corpus: Corpus,
) -> None:
    assert _counted(corpus, "How many recommendations on fisheries did Kazakhstan get?") is None
