"""Question understanding: filters, lookups, coverage intent and follow-up rewriting."""

from __future__ import annotations

import pytest

from assistant.corpus import Corpus
from assistant.understand import Lookup, QueryParser, kind_owners
from rightsdesk.domain import Document, Paragraph, PlanRow


def _doc(
    doc_id: str,
    country: str,
    kind: str = "concluding_observations",
    symbol: str | None = None,
    n: int = 3,
    body: str = "b",
) -> Document:
    paras = tuple(
        Paragraph(
            doc_id=doc_id,
            number=str(i),
            text=f"Text {i}.",
            role="recommendation" if i % 2 else "concern",  # concern, then recommendation
        )
        for i in range(1, n + 1)
    )
    rows: tuple[PlanRow, ...] = ()
    if kind == "national_plan":
        rows = tuple(
            PlanRow(
                doc_id=doc_id,
                number=str(i),
                summary="s",
                recommendations=("1",),
                activities=("a",),
                period="2018",
                agencies=(),
                results="r",
            )
            for i in range(1, n + 1)
        )
        paras = ()
    return Document(
        id=doc_id,
        symbol=symbol,
        title=doc_id,
        body=body,
        country=country,
        year=2017,
        kind=kind,  # type: ignore[arg-type]
        short_name=symbol or doc_id,
        paragraphs=paras,
        rows=rows,
        implements="CRC/C/OPSC/TJK/CO/1"
        if doc_id.endswith("opsc") and kind == "national_plan"
        else None,
    )


@pytest.fixture
def parser() -> QueryParser:
    docs = [
        _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1", n=38),
        _doc("crc-opsc-tkm-co-1", "Turkmenistan", symbol="CRC/C/OPSC/TKM/CO/1", n=47),
        _doc("crc-opsc-kaz-co-1", "Kazakhstan", symbol="CRC/C/OPSC/KAZ/CO/1", n=32),
        _doc(
            "a-hrc-50-33-add-1",
            "Tajikistan",
            "special_rapporteur_report",
            "A/HRC/50/33/Add.1",
            n=92,
        ),
        _doc("tjk-npa-2018-opsc", "Tajikistan", "national_plan", n=11),
    ]
    return QueryParser(Corpus(docs))


@pytest.mark.parametrize(
    ("question", "countries", "unknown", "kinds"),
    [
        (
            "What did the committee say about Roma children in Tajikistan?",
            ("Tajikistan",),
            (),
            ("concluding_observations",),
        ),
        ("Kazakh street children", ("Kazakhstan",), (), ()),
        (
            "What does the Special Rapporteur say about Turkmen migrants?",
            ("Turkmenistan",),
            (),
            ("special_rapporteur_report",),
        ),
        (
            "What did the committee say about Uzbekistan?",
            (),
            ("Uzbekistan",),
            ("concluding_observations",),
        ),
        ("What does the national plan foresee on birth registration?", (), (), ("national_plan",)),
    ],
)
def test_filters_from_question(
    parser: QueryParser,
    question: str,
    countries: tuple[str, ...],
    unknown: tuple[str, ...],
    kinds: tuple[str, ...],
) -> None:
    q = parser.parse(question)
    assert q.countries == countries
    assert q.unknown_countries == unknown
    assert q.kinds == kinds


@pytest.mark.parametrize(
    ("question", "lookup"),
    [
        (
            "What does paragraph 13 of the Turkmenistan concluding observations say?",
            Lookup("paragraph", "13"),
        ),
        ("Show para. 33 (b) of CRC/C/OPSC/TJK/CO/1", Lookup("paragraph", "33", "b")),
        ("What does the plan do about recommendation 25?", Lookup("recommendation", "25")),
        ("row 10 of the OPSC plan", Lookup("row", "10")),
    ],
)
def test_explicit_lookups(parser: QueryParser, question: str, lookup: Lookup) -> None:
    assert parser.parse(question).lookups == (lookup,)


@pytest.mark.parametrize(
    ("question", "lookups", "flavour"),
    [
        ("The first row of the armed-conflict table - what does it say?", ("row", "1"), "opac"),
        ("What is the 12th paragraph of the sale-of-children review?", ("paragraph", "12"), "opsc"),
        ("What is the last paragraph of the armed-conflict plan?", ("paragraph", "last"), "opac"),
        ("What's the very last row of the OPSC table?", ("row", "last"), "opsc"),
        ("Quote its first paragraph, please.", None, None),  # of something the history names
        ("Was the last paragraph you quoted a recommendation?", None, None),  # the answer's
        ("What does the first paragraph of section D say?", None, None),  # of a section
    ],
)
def test_a_unit_named_by_its_ordinal(
    parser: QueryParser, question: str, lookups: tuple[str, str] | None, flavour: str | None
) -> None:
    q = parser.parse(question)
    assert q.lookups == ((Lookup(*lookups),) if lookups else ())
    assert q.plan_flavour == flavour


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("What is the next paragraph of her report about?", "11"),
        ("And the paragraph before that?", "9"),
        ("What does the following paragraph say?", "11"),
        ("And the paragraph straight after the State events one - what's that about?", "11"),
    ],
)
def test_the_paragraph_beside_the_one_last_quoted(
    parser: QueryParser, question: str, number: str
) -> None:
    history = [
        {"role": "user", "content": "What did the Special Rapporteur say about State events?"},
        {
            "role": "assistant",
            "content": 'She "has received accounts" (A/HRC/50/33/Add.1, para. 10).',
        },
    ]
    q = parser.parse(question, history)
    assert q.lookups == (Lookup("paragraph", number),)
    assert q.doc_ids == ("a-hrc-50-33-add-1",)
    assert q.follow_up


@pytest.mark.parametrize(
    "question", ["What does the last paragraph say?", "What does the first row say?"]
)
def test_a_unit_named_by_its_place_is_no_speaker(parser: QueryParser, question: str) -> None:
    q = parser.parse(question)
    assert not q.unknown_bodies and not q.unknown_names
    assert len(q.lookups) == 1 and not q.topic_terms


def test_a_document_is_not_a_country_doing_something(parser: QueryParser) -> None:
    q = parser.parse("What's paragraph 32 of the Kazakhstan document about?")
    assert q.coverage is None
    assert parser.parse("What is Kazakhstan doing about hotlines?").coverage == "implementation"


def test_no_paragraph_beside_the_last_one(parser: QueryParser) -> None:
    history = [
        {"role": "user", "content": "What is the last paragraph of the Kazakhstan review?"},
        {"role": "assistant", "content": '"..." (CRC/C/OPSC/KAZ/CO/1, para. 32).'},
    ]
    assert parser.parse("And the next paragraph?", history).lookups != (Lookup("paragraph", "33"),)


def test_symbol_names_the_document(parser: QueryParser) -> None:
    assert parser.parse("para. 33 (b) of CRC/C/OPSC/TJK/CO/1").doc_ids == ("crc-opsc-tjk-co-1",)


def test_follow_up_swaps_country_and_keeps_topic(parser: QueryParser) -> None:
    history = [
        {
            "role": "user",
            "content": "What did the committee say about Roma children in Tajikistan?",
        },
        {
            "role": "assistant",
            "content": "The Committee regrets ... (CRC/C/OPSC/TJK/CO/1, para. 24)",
        },
    ]
    q = parser.parse("And what about Turkmenistan?", history)
    assert q.follow_up
    assert q.countries == ("Turkmenistan",)
    assert {"roma", "children"} <= set(q.topic_terms)
    assert "Tajikistan" not in q.text and "Roma" in q.text


def test_what_the_plan_does_about_it_means_the_recommendations_just_cited(
    parser: QueryParser,
) -> None:
    roma = "What did the committee say about Roma children in Tajikistan?"
    answer = (
        "- [1] \u201cThe Committee regrets ...\u201d (CRC/C/OPSC/TJK/CO/1, para. 24)\n"
        "- [2] \u201cThe Committee recommends ...\u201d (CRC/C/OPSC/TJK/CO/1, para. 25)"
    )
    history = [{"role": "user", "content": roma}, {"role": "assistant", "content": answer}]
    q = parser.parse("And what does the national plan do about it?", history)
    assert q.follow_up and q.question == "And what does the national plan do about it?"
    # 24 is the concern, 25 the recommendation: only the recommendation has plan rows
    assert q.lookups == (Lookup("recommendation", "25"),)
    assert q.doc_ids == ("crc-opsc-tjk-co-1",) and "national_plan" in q.kinds
    # A question with a topic of its own is not about "it"; nor is one without a pronoun.
    other = parser.parse("What does the national plan do about child labour?", history)
    assert other.lookups == () and "labour" in other.text
    assert parser.parse("And the national plan?", history).lookups == ()


def test_new_topic_is_not_a_follow_up(parser: QueryParser) -> None:
    history = [
        {"role": "user", "content": "What did the committee say about Roma children in Tajikistan?"}
    ]
    q = parser.parse(
        "What does the Special Rapporteur say about forced labour in the cotton harvest?", history
    )
    assert not q.follow_up
    assert q.countries == ()


def test_coverage_intent(parser: QueryParser) -> None:
    q = parser.parse("Which OPSC recommendations have no activity in the national plan?")
    assert q.coverage == "unimplemented"
    assert q.plan_flavour == "opsc"


@pytest.mark.parametrize(
    ("question", "tag", "word"),
    [
        ("Are kids who beg on the streets protected?", "children-in-street-situations", None),
        ("Do middlemen get punished?", "justice", "intermediaries"),
        ("Who goes after the exploiters?", "trafficking", "traffickers"),
        ("Do officials get paid off?", None, "corruption"),
    ],
)
def test_everyday_words_reach_the_treaty_words(
    parser: QueryParser, question: str, tag: str | None, word: str | None
) -> None:
    """Issue 12: the domain vocabulary (assistant/vocab/everyday.json) tags the question and
    adds the documents' words to the keyword query."""
    q = parser.parse(question)
    if tag:
        assert tag in q.tags
    if word:
        assert word in q.keyword_text


def _cited_naively(corpus: Corpus, answer: str) -> list[str]:
    """Documents named in `answer` by symbol or short name, by first mention (a plain scan)."""
    found: dict[str, int] = {}
    for doc in corpus.docs.values():
        names = [n for n in (doc.symbol, doc.short_name) if n]
        pos = min((answer.find(n) for n in names if n in answer), default=-1)
        if pos >= 0:
            found[doc.id] = pos
    return sorted(found, key=found.__getitem__)


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "Nothing cited here.",
        "CRC/C/OPSC/TKM/CO/1, para. 12 and CRC/C/OPSC/TJK/CO/1, para. 3",
        "CRC/C/OPSC/TJK/CO/1/X5, para. 3, then CRC/C/OPSC/TJK/CO/1, para. 4",  # a name inside another
        "tjk-npa-2018-opsc, row 2; A/HRC/50/33/Add.1, para. 9; tjk-npa-2018-opsc, row 3",
        "crc/c/opsc/kaz/co/1 (lower case) and CRC/C/OPSC/KAZ/CO/1",
    ],
)
def test_documents_cited_finds_what_a_scan_finds(answer: str) -> None:
    docs = [
        _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1"),
        _doc("crc-opsc-tjk-co-1-x5", "Mongolia-5", symbol="CRC/C/OPSC/TJK/CO/1/X5"),
        _doc("crc-opsc-tkm-co-1", "Turkmenistan", symbol="CRC/C/OPSC/TKM/CO/1"),
        _doc("crc-opsc-kaz-co-1", "Kazakhstan", symbol="CRC/C/OPSC/KAZ/CO/1"),
        _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1"),
        _doc("tjk-npa-2018-opsc", "Tajikistan", "national_plan"),
    ]
    corpus = Corpus(docs)
    assert QueryParser(corpus).documents_cited(answer) == _cited_naively(corpus, answer)


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("the combined 18th-20th periodic reports", "eighteenth to twentieth"),
        ("its 2nd and 3rd reports", "second and third"),
        ("at the 46th session", "forty-sixth"),
        ("the 21st report", "twenty-first"),
        ("the 30th meeting", "thirtieth"),
    ],
)
def test_ordinals_are_read_as_documents_write_them(
    parser: QueryParser, question: str, spelt: str
) -> None:
    """Documents spell ordinals out ("combined eighteenth to twentieth periodic reports"), so a
    question's "18th" must reach the same words, for the keyword search and the topic."""
    q = parser.parse(question)
    assert spelt in q.text
    assert q.question == question  # shown to the user as typed
    assert "th" not in q.topic_terms


def test_a_hyphenated_word_counts_as_its_parts_and_a_period_stays_whole() -> None:
    """'awareness-raising' in a question meets 'raise awareness' in a paragraph (and the
    keyword index, which splits on hyphens, reads them alike); '2013-2017' stays one period."""
    from rightsdesk.words import terms

    assert sorted(terms("awareness-raising")) == sorted(terms("raising awareness"))
    assert "2013-2017" in terms("the 2013-2017 programme")


def test_eras_back_references_and_bare_recommendation_numbers(parser: QueryParser) -> None:
    """A UPR cycle and a decade are periods any year of which will do; "that third National
    Plan" points back at the document in hand; "And 133.102?" asks for that recommendation."""
    assert parser.parse("What was it told in its third-cycle UPR?").eras == ((2017, 2022),)
    assert parser.parse("and in the second cycle of the UPR?").eras == ((2012, 2017),)
    assert parser.parse("What did the committee say in the 1990s?").eras == ((1990, 1999),)
    assert parser.parse("a third cycle of training").eras == ()  # not the UPR's
    back = parser.parse("What does that third National Plan to Combat Trafficking contain?")
    assert back.doc_back_reference
    assert not parser.parse("Was the same concern raised in the report?").doc_back_reference
    assert parser.parse("Anything in that same table about weapons?").doc_back_reference
    assert parser.parse("And 133.102?").lookups == (Lookup("recommendation", "133.102"),)
    assert parser.parse("Which of 2020.5 million?").lookups == ()


def test_under_that_protocol_carries_the_instrument(parser: QueryParser) -> None:
    history = [
        {"role": "user", "content": "Does the OPAC plan address coordination?"},
        {"role": "assistant", "content": "Yes (row 2)."},
    ]
    first = parser.parse(history[0]["content"])
    q = parser.parse("And Kazakhstan's observations under that protocol?", history)
    assert first.instruments and q.instruments == first.instruments


def test_verbs_of_saying_are_not_the_subject(parser: QueryParser) -> None:
    q = parser.parse("Kazakhstan - what was it told about cooperation with other countries?")
    assert "told" not in q.topic_terms and "cooper" in q.topic_terms


@pytest.mark.parametrize(
    ("question", "plan_held"),
    [
        ("Is that in the Tajik plan?", True),
        ("What does the NAP say on birth registration?", True),
        ("Did Kazakhstan and Tajikistan have national anti-trafficking action plans?", False),
        ("Did Tajikistan adopt a new national plan on trafficking?", False),
    ],
)
def test_a_plan_named_as_the_source_is_the_plan_held_one_asked_about_is_a_topic(
    parser: QueryParser, question: str, plan_held: bool
) -> None:
    assert ("national_plan" in parser.parse(question).kinds) is plan_held


def test_the_same_law_carries_the_topic_over(parser: QueryParser) -> None:
    history = [
        {
            "role": "user",
            "content": "What did the Committee say about NGO registration in Kazakhstan?",
        },
        {"role": "assistant", "content": "\u201c...\u201d (CRC/C/OPSC/KAZ/CO/1, para. 5)"},
    ]
    query = parser.parse("Did the Committee raise the same law with Turkmenistan?", history)
    assert query.follow_up and query.countries == ("Turkmenistan",)
    assert "registr" in query.topic_terms  # the previous question's subject, carried


def test_a_theme_question_s_framing_is_no_topic_or_tag(parser: QueryParser) -> None:
    query = parser.parse(
        "I'm preparing a training on forced marriage: everything, country by country"
    )
    assert "train" not in query.topic_terms and "prepar" not in query.topic_terms
    assert "training" not in query.tags and "marriag" in query.topic_terms


def test_a_period_counted_back_from_today_scopes_the_documents(parser: QueryParser) -> None:
    from datetime import date

    query = parser.parse("Has the committee looked at it again in the last five years?")
    assert query.eras == ((date.today().year - 5, date.today().year),)


def test_a_subject_pronoun_makes_a_follow_up(parser: QueryParser) -> None:
    history = [
        {
            "role": "user",
            "content": "What did the Committee say about coordination in Turkmenistan?",
        },
        {"role": "assistant", "content": "\u201c...\u201d (CRC/C/OPSC/TKM/CO/1, para. 12)"},
    ]
    query = parser.parse("What sort of body did it want set up instead?", history)
    assert query.follow_up and query.countries == ("Turkmenistan",)
    assert query.prior == ("crc-opsc-tkm-co-1::12",)
    # a topic of its own, but "it" is the Committee of the last turn: its country carries over
    own = parser.parse("Did it find gaps in birth registration and helplines?", history)
    assert own.follow_up and own.countries == ("Turkmenistan",)


def test_sr_alone_is_the_special_rapporteur_but_not_in_a_symbol(parser: QueryParser) -> None:
    assert parser.parse("what did the SR say about shelters?").kinds == (
        "special_rapporteur_report",
    )
    assert "special_rapporteur_report" not in parser.parse("what is in CRC/C/SR.2251?").kinds


def _parser_of(text: str) -> QueryParser:
    """A parser over one Special Rapporteur report of one paragraph, `text`."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1")
    paragraph = Paragraph(doc_id=doc.id, number="1", text=text, role="concern")
    return QueryParser(Corpus([doc.model_copy(update={"paragraphs": (paragraph,)})]))


@pytest.mark.parametrize(
    ("question", "unheld"),
    [
        ("How many victims were identified in January-March 2022?", ("January-March 2022",)),
        ("And in the first quarter of 2021?", ("first quarter of 2021",)),
        ("What happened between March and May 2022?", ()),  # a unit names March 2022
        ("Figures for Q1 2022 please", ("Q1 2022",)),
        ("What happened in March 2022?", ()),  # a single month: an event's date, not a period
    ],
)
def test_a_period_of_months_no_document_names_is_not_held(question: str, unheld: tuple) -> None:
    parser = _parser_of("Registration resumed in March 2022, after a pause in 2021.")
    query = parser.parse(question)
    assert query.unknown_names == unheld


def test_a_general_comment_no_document_mentions_is_not_held() -> None:
    parser = _parser_of(
        "in line with general comment No. 24 (2019) on children's rights in the child justice system"
    )
    asked = "Quote the definition from the joint general recommendation No. 31 / general comment No. 18."
    assert parser.parse(asked).unknown_names == (
        "general recommendation No. 31",
        "general comment No. 18",
    )
    assert parser.parse("Which paragraph cites general comment No. 24?").unknown_names == ()


@pytest.mark.parametrize(
    ("question", "countries", "unknown"),
    [
        (
            "what did the committee tell San Marino about kids online, like the same stuff as Tajikistan?",
            (),
            ("San Marino",),
        ),
        (
            "Was San Marino told the same as Tajikistan and what did Tajikistan do about it?",
            ("Tajikistan",),
            ("San Marino",),
        ),  # Tajikistan is also asked about
        ("Was Kazakhstan told the same as Tajikistan?", ("Kazakhstan", "Tajikistan"), ()),
    ],
)
def test_a_covered_country_named_as_a_yardstick_gives_way(
    parser: QueryParser, question: str, countries: tuple, unknown: tuple
) -> None:
    q = parser.parse(question)
    assert set(q.countries) == set(countries)
    assert q.unknown_countries == unknown


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Has the International Court of Justice ever ruled on double criminality?", "ICJ"),
        ("Give me the World Food Programme's own school-feeding figures for Tajikistan.", "WFP"),
        (
            "Defence for Children International keeps a glossary. What does DCI itself say about"
            " child-friendly justice?",
            "DCI",
        ),
    ],
)
def test_organisations_the_index_has_nothing_from(
    parser: QueryParser, question: str, body: str
) -> None:
    assert any(f"({body})" in b for b in parser.parse(question).unknown_bodies)


def test_after_a_preamble_the_question_is_what_follows_the_colon(parser: QueryParser) -> None:
    q = parser.parse(
        "The same patron wants the Tajikistan equivalent: to whom should the 2017 recommendations"
        " be transmitted?"
    )
    assert q.topic_terms == ("transmit",)  # the year dates the documents (q.years)
    assert q.years == ((2017, 2017),)
    assert q.countries == ("Tajikistan",) and q.text.endswith("transmitted? Tajikistan")


def test_words_quoted_from_a_document_name_no_source(parser: QueryParser) -> None:
    q = parser.parse(
        "In the Tajik plan some points only say 'we will look at it in the UPR'. Which are they?"
    )
    assert not q.unknown_bodies and "upr_report" not in q.kinds
    assert parser.parse("What did the UPR recommend to Tajikistan?").unknown_bodies


def test_the_askers_purpose_names_no_kind(parser: QueryParser) -> None:
    q = parser.parse(
        "For the committee's briefing note: how long was the UN trafficking envoy in Tajikistan?"
    )
    assert q.kinds == ("special_rapporteur_report",)
    assert parser.parse("What did the committee say about Tajikistan?").kinds == (
        "concluding_observations",
    )


def test_a_word_is_read_in_the_spelling_the_documents_use() -> None:
    """'Defence' is searched as 'Defense' when only that spelling is written; a word the
    documents have as typed is left alone."""
    parser = _parser_of("MOD (Ministry of Defense) and the labour inspectorate.")
    q = parser.parse("What does the Ministry of Defence do about labor inspections?")
    assert "defens" in q.topic_terms and "labour" in q.topic_terms
    assert "defenc" not in q.topic_terms and "labor" not in q.topic_terms


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Does that security committee come up anywhere else in her report?", False),
        ("What did the State Committee for National Security do?", False),
        ("What did the youth committee do?", False),
        ("What did the committee recommend?", True),
        ("What did the UN committee recommend?", True),
    ],
)
def test_a_national_committee_is_no_treaty_body(question: str, kind: bool) -> None:
    q = _parser_of("The State Committee of National Security.").parse(question)
    assert ("concluding_observations" in q.kinds) is kind


def test_a_sub_section_no_document_has_is_named_as_missing() -> None:
    """'sub-section G of part II' when part II has sub-sections A and B only; one it has is not."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1")
    paras = tuple(
        Paragraph(
            doc_id=doc.id,
            number=str(i),
            text=f"Text {i}.",
            role="concern",
            section_path=("II. Context", f"{letter}. Heading {letter}"),
        )
        for i, letter in ((1, "A"), (2, "B"))
    )
    parser = QueryParser(Corpus([doc.model_copy(update={"paragraphs": paras})]))
    assert parser.parse("What's in sub-section G of part II?").unknown_sections == ("II.G",)
    assert parser.parse("What's in part II, section B?").unknown_sections == ()
    assert parser.parse("Is there a II.G after para. 2? Its heading?").unknown_sections == ("II.G",)


def test_a_year_that_dates_the_documents_is_no_topic_word() -> None:
    q = _parser_of("Legal persons cannot be liable.").parse(
        "Can companies be held liable, per the 2006 review?"
    )
    assert q.years == ((2006, 2006),) and "2006" not in q.topic_terms
    kept = _parser_of("Legal persons.").parse("Who was the troika for Tajikistan's 2014 UPR?")
    assert "2014" in kept.topic_terms  # the review's date may be what its paragraph says


def test_the_state_a_body_spoke_to_is_the_scope_not_a_group_named_in_the_topic() -> None:
    """'tell the Russian Federation about the children of Tajik migrants' asks for the Russian
    Federation's documents, which the index does not hold: Tajikistan is no scope of it."""
    q = _parser_of("Children of migrant workers.").parse(
        "What did the Committee tell the Russian Federation about the children of Tajik migrant"
        " workers?"
    )
    assert q.unknown_countries == ("Russian Federation",) and q.countries == ()


def test_a_kind_of_document_is_tied_to_the_country_whose_it_is_said_to_be() -> None:
    """ "Tajikistan's plan ..., and what was Turkmenistan told?": the plan is Tajikistan's only."""
    question = (
        "Is Tajikistan's plan doing anything with apps, and what kind of helpline was"
        " Turkmenistan told to set up?"
    )
    assert kind_owners(question, ("national_plan",)) == {"Tajikistan"}
    assert kind_owners("What does the plan say about apps?", ("national_plan",)) == set()


def test_a_place_people_came_back_from_that_the_documents_name_is_no_scope() -> None:
    """'came home from those camps in Syria' where the documents write 'the Syrian Arab
    Republic': where the children came from, not a country asked about; 'God knows' names
    nothing."""
    parser = _parser_of("Children repatriated from camps in Iraq and the Syrian Arab Republic.")
    q = parser.parse(
        "The grandchildren came home from those camps in Syria, God knows what they saw. What is"
        " planned for children like them in Tajikistan?"
    )
    assert q.unknown_countries == () and q.unknown_names == ()
    assert q.countries == ("Tajikistan",)
    # the asking sentence names no country: only the rule writes Syria off
    alone = parser.parse("The grandchildren came home from those camps in Syria. What is planned?")
    assert alone.unknown_countries == ()


@pytest.mark.parametrize(
    ("question", "sessions"),
    [
        ("What about HRC38? Anything from this mandate tabled there?", (38,)),
        ("Was it presented at the fiftieth session?", (50,)),
        ("What does A/HRC/50/33/Add.1 say?", ()),
    ],
)
def test_a_council_session_is_read_as_people_abbreviate_it(
    question: str, sessions: tuple[int, ...]
) -> None:
    assert _parser_of("Text.").parse(question).sessions == sessions


def test_a_school_textbook_asked_for_is_a_kind_of_document() -> None:
    q = _parser_of("Make the Protocol known through school curricula.").parse(
        "Is there an actual school textbook among what you hold - the page on the Protocol?"
    )
    assert "textbook" in q.kinds


def test_a_follow_up_pointing_back_keeps_its_topic_whoever_tells_the_story() -> None:
    """'My sister's grandson lives in Kazakhstan. Did the Committee make the same point there?':
    the asking sentence points back, so the family words are no topic of its own."""
    parser = _parser_of("Children living with HIV/AIDS.")
    history = [
        {"role": "user", "content": "Is anything done for children with HIV in Tajikistan?"},
        {"role": "assistant", "content": "\u201c...\u201d (A/HRC/50/33/Add.1, para. 1)"},
    ]
    q = parser.parse(
        "My sister's grandson lives in Tajikistan. Did the Committee make the same point there?",
        history,
    )
    assert q.follow_up and "hiv" in q.topic_terms and "grandson" not in q.topic_terms


def test_a_one_word_label_before_a_colon_is_the_subject() -> None:
    """'Cybercrime: which bodies ...?' is about cybercrime; 'Kazakhstan next: ...' and a
    preamble telling who asks add nothing to the topic."""
    parser = _parser_of("Two entities are responsible for addressing cybercrime.")
    q = parser.parse(
        "Cybercrime: which bodies or treaties do the documents mention for Tajikistan?"
    )
    assert "cybercrim" in q.topic_terms
    q = parser.parse("Tajikistan next: can companies be held liable there for these offences?")
    assert "next" not in q.topic_terms


def test_the_same_law_is_the_one_the_previous_answer_named() -> None:
    parser = _parser_of("The amendments to the Law on Public Associations may undermine NGOs.")
    history = [
        {"role": "user", "content": "What did the Special Rapporteur say about the NGO law?"},
        {
            "role": "assistant",
            "content": '"the amendments to the Law on Public Associations, adopted in July 2015'
            ' ..." (A/HRC/50/33/Add.1, para. 1)',
        },
    ]
    q = parser.parse("Did the Committee raise the same law with Tajikistan?", history)
    assert {"public", "associ"} <= set(q.topic_terms)
    assert "Law on Public Associations" in q.text


def test_how_that_works_for_a_new_group_keeps_the_earlier_topic() -> None:
    parser = _parser_of("Early identification of victims, with reasonable accommodation.")
    history = [
        {"role": "user", "content": "Why does early identification of victims matter?"},
        {"role": "assistant", "content": "\u201c...\u201d (A/HRC/50/33/Add.1, para. 1)"},
    ]
    q = parser.parse("Does she say how that works for people with disabilities?", history)
    assert {"disabl", "identif"} <= set(q.topic_terms)


def test_a_capital_letter_after_the_sub_section_just_quoted_is_read_in_its_part() -> None:
    """'Is there an F after it?' after a passage of II.B: II.F, missing; 'a B after it' is held."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1")
    paras = tuple(
        Paragraph(
            doc_id=doc.id,
            number=str(i),
            text=f"Text {i}.",
            role="concern",
            section_path=(part, f"{letter}. Heading {letter}"),
        )
        for i, part, letter in (
            (1, "II. Context", "A"),
            (2, "II. Context", "B"),
            (3, "III. X", "F"),
        )
    )
    parser = QueryParser(Corpus([doc.model_copy(update={"paragraphs": paras})]))
    history = [
        {"role": "user", "content": "Which part covers context?"},
        {"role": "assistant", "content": '"Text 2." (A/HRC/50/33/Add.1, para. 2)'},
    ]
    # part III has an F, but the passage just quoted is in part II
    assert parser.parse("Is there an F after it?", history).unknown_sections == ("II.F",)
    assert parser.parse("Is there a B after it?", history).unknown_sections == ()
    # "a part B to that section": of the section just quoted, also with words of its own
    asked = "Is there a part F to that section, on children in court? Quote it."
    assert parser.parse(asked, history).unknown_sections == ("II.F",)
    assert parser.parse("Is there a part B to that section?", history).unknown_sections == ()


def test_the_last_sub_paragraph_mentioned_is_the_one_asked(parser: QueryParser) -> None:
    history = [
        {"role": "user", "content": "What gaps did she find?"},
        {"role": "assistant", "content": '"Text 23." (A/HRC/50/33/Add.1, para. 23)'},
    ]
    q = parser.parse("You give (a) and (b). Is there a (c) in that list?", history)
    assert q.lookups == (Lookup("paragraph", "23", "c"),)


def test_a_country_the_question_names_outweighs_a_rewrite_from_the_history(
    parser: QueryParser,
) -> None:
    """'the next row reads NRU': Nauru, by its code, is what is asked; no 'next paragraph'."""
    history = [
        {"role": "user", "content": "Any procedures at Tajik borders?"},
        {"role": "assistant", "content": '"Text 32." (CRC/C/OPSC/TJK/CO/1, para. 32)'},
    ]
    q = parser.parse(
        "The next row reads NRU. Does the Committee have observations on NRU?", history
    )
    assert q.unknown_countries == ("Nauru",) and q.lookups == ()


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Do you hold the hotline's poster itself, to pin up?", "the hotline's poster"),
        ("Have you got the register itself - names and addresses?", "the register"),
        (
            "Do you have the Migration Service's actual course handouts?",
            "the Migration Service's course handouts",
        ),
        (
            "Do you have the shelter's own leaflet or house rules?",
            "the shelter's leaflet or house rules",
        ),
        ("Do you have the Committee's own words on it?", None),  # its words are what it holds
        ("Do you hold the report itself?", None),  # a kind the index holds
        ("Do you have the poster on Tajikistan?", None),  # not asked for itself
        # a kind of paper under a name no passage writes, asked for without "itself"
        (
            "Do you have the programme or the rehearsal schedule for those State events?",
            "the programme or the rehearsal schedule for those State events",
        ),
        (
            "Do you hold a standard employment contract that those agencies use?",
            "a standard employment contract that those agencies use",
        ),
        (
            "Do you have the national referral mechanism's forms?",
            "the national referral mechanism's forms",
        ),
        ("Do you have anything on posters in Tajikistan?", None),
    ],
)
def test_a_thing_asked_for_itself_that_no_document_is(
    parser: QueryParser, question: str, thing: str | None
) -> None:
    assert parser.parse(question).objects_asked == ((thing,) if thing else ())


def test_an_article_asked_word_for_word_is_a_legal_text_not_held() -> None:
    """'its article 8 word for word' asks for the Covenant's text; the index holds none (its
    documents' titles name other articles: 'under article 12')."""
    doc = _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1")
    title = "Concluding observations on the report submitted under article 12 (1)"
    parser = QueryParser(Corpus([doc.model_copy(update={"title": title})]))
    q = parser.parse("Then give me its article 8 word for word.")
    assert "law_text" in q.kinds
    assert "law_text" in parser.parse("What sentence does article 130.1 itself set?").kinds
    assert "law_text" not in parser.parse("What does article 8 of the report say?").kinds
    assert "law_text" not in parser.parse("Give me its article 12 word for word.").kinds


def test_per_the_rapporteur_names_no_mandate(parser: QueryParser) -> None:
    q = parser.parse("And in Tajikistan, per the Rapporteur: can a victim get free legal aid?")
    assert q.unknown_bodies == ()


def test_a_head_that_asks_is_part_of_the_question(parser: QueryParser) -> None:
    """'How does the Protocol stand in national law: was ...?' asks in its head too; 'For my
    thesis: was ...?' only says why it is asked."""
    asked = parser.parse(
        "Pharmacist again. How does the Protocol stand in national law: was Kazakhstan's law said"
        " to put it first, and how far had Turkmenistan brought it into its own laws?"
    )
    assert "stand" in asked.topic_terms  # the head's own words stay the topic
    why = parser.parse(
        "For my thesis on the Protocol in national law: was Kazakhstan's law said to put it first,"
        " and how far had Turkmenistan brought it into its own laws?"
    )
    assert "thesi" not in why.topic_terms


def _plan_history(parser: QueryParser) -> list[dict[str, str]]:
    doc = parser.corpus.docs["tjk-npa-2018-opsc"]
    return [
        {"role": "user", "content": "Does the plan have a row on birth registration?"},
        {"role": "assistant", "content": f'"s" ({doc.short_name}, row 7)'},
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What is the row's own deadline?",
        "Do you have the plan's own timeline for it?",
        "Which agencies are responsible for that row?",
    ],
)
def test_a_field_of_the_row_just_quoted_is_asked_of_that_row(
    parser: QueryParser, question: str
) -> None:
    """A row's timeline, deadline or agencies are no subject of their own: the row quoted."""
    q = parser.parse(question, _plan_history(parser))
    assert q.prior == ("tjk-npa-2018-opsc::7",) and q.objects_asked == ()


def test_the_nth_one_under_a_row_is_an_activity_of_that_row(parser: QueryParser) -> None:
    q = parser.parse("And the fourth one under row 7?", _plan_history(parser))
    assert q.lookups == (Lookup("row", "7", "4"),)


def test_an_article_asked_in_its_own_words_is_a_legal_text_not_held(parser: QueryParser) -> None:
    q = parser.parse("Could you give me article 12 of that Law in its own words?")
    assert q.kinds == ("law_text",)
    # a text set aside is not asked for
    listing = "Every law the documents name, leaving out the Criminal Code and the law itself."
    assert "law_text" not in parser.parse(listing).kinds


@pytest.mark.parametrize(
    "question",
    [
        "An Afghan couple I know was sent away at the border. Is that a known problem?",
        "The cousin of an Afghan bride fears being pushed back. Does the report say anything?",
    ],
)
def test_people_named_by_a_nationality_the_documents_write_are_no_country_asked(
    question: str,
) -> None:
    parser = _parser_of("Afghan refugees were pushed back at the border.")
    assert parser.parse(question).unknown_countries == ()
    # ... but where no passage writes them, the country stays asked
    other = _parser_of("Refugees were pushed back at the border.")
    assert other.parse(question).unknown_countries == ("Afghanistan",)


def test_where_people_went_for_work_is_no_country_asked_when_the_documents_write_it() -> None:
    parser = _parser_of("Migrants leave for the United Arab Emirates and Turkey.")
    question = "My cousins are off to wait tables in Dubai or Istanbul. Does the report warn them?"
    assert parser.parse(question).unknown_countries == ()
    assert _parser_of("Migrants leave.").parse(question).unknown_countries != ()


def test_a_place_before_a_landform_is_not_the_city_of_that_name(parser: QueryParser) -> None:
    assert (
        parser.parse("Beekeeper, Rasht valley. Is there a plan on schools?").unknown_countries == ()
    )
    assert parser.parse("Did the Rapporteur visit Rasht?").unknown_countries == ("Iran",)


def test_a_numbered_convention_no_document_mentions_is_not_held() -> None:
    parser = _parser_of("ILO Worst Forms of Child Labour Convention, 1999 (No. 182).")
    asked = "Has Tajikistan ratified the ILO Home Work Convention, No. 177?"
    assert parser.parse(asked).unknown_names == ("the ILO Home Work Convention, No. 177",)
    assert parser.parse("Has it ratified ILO Convention No. 182?").unknown_names == ()


def test_the_un_expert_on_a_subject_is_a_special_rapporteur(parser: QueryParser) -> None:
    q = parser.parse("Did that UN trafficking expert go to Kazakhstan as well?")
    assert q.kinds == ("special_rapporteur_report",) and q.countries == ("Kazakhstan",)


def test_the_index_own_documents_are_no_speaker_it_lacks(parser: QueryParser) -> None:
    q = parser.parse("maternal health - what do the four new documents say, country by country?")
    assert q.unknown_bodies == ()
    assert parser.parse("what did the internet watch foundation report?").unknown_bodies != ()


def test_what_they_ask_the_government_to_do_is_no_question_of_implementation(
    parser: QueryParser,
) -> None:
    assert (
        parser.parse("What are they asking the government to do about that law?").coverage is None
    )
    assert parser.parse("What is the government doing about that law?").coverage == "implementation"


def test_a_treaty_to_ratify_is_no_body_asked(parser: QueryParser) -> None:
    asked = (
        "For a note on the Optional Protocol to the International Covenant on Economic, Social and "
        "Cultural Rights: list every recommendation to ratify it."
    )
    assert parser.parse(asked).unknown_bodies == ()
    said = "What did the Committee on Economic, Social and Cultural Rights say about water?"
    assert parser.parse(said).unknown_bodies != ()


def test_a_pronoun_for_the_earlier_subject_carries_it_over(parser: QueryParser) -> None:
    history = [
        {"role": "user", "content": "What did the delegation claim about prisons?"},
        {"role": "assistant", "content": '"Text 5." (CRC/C/OPSC/TJK/CO/1, para. 5)'},
    ]
    q = parser.parse("and what did they recommend about living conditions inside them?", history)
    assert "prison" in q.topic_terms and "deleg" not in q.topic_terms
    # a pronoun for the question's own words carries nothing over
    own = parser.parse("Which term is used for street children, and what for them?", history)
    assert "prison" not in own.topic_terms


def test_the_governments_own_plan_picking_that_up_is_a_follow_up_on_the_plan(
    parser: QueryParser,
) -> None:
    history = [
        {"role": "user", "content": "Did the committee want Tajikistan to work with neighbours?"},
        {"role": "assistant", "content": '"Text 34." (CRC/C/OPSC/TJK/CO/1, para. 34)'},
    ]
    q = parser.parse("Does the government's own plan pick that up anywhere?", history)
    assert q.follow_up and q.kinds == ("national_plan",)


def test_a_plan_table_named_by_its_treaty_narrows_to_that_table() -> None:
    plans = [
        _doc(f"tjk-npa-2018-{f}", "Tajikistan", "national_plan", n=9)
        for f in ("crc", "opsc", "opac")
    ]
    parser = QueryParser(Corpus([*plans, _doc("crc-opsc-tjk-co-1", "Tajikistan", n=5)]))
    q = parser.parse("In the sale-of-children table of Tajikistan's plan, what is on awareness?")
    assert q.doc_ids == ("tjk-npa-2018-opsc",)
    history = [
        {"role": "user", "content": "data in the opsc table of the plan?"},
        {"role": "assistant", "content": '"s" (tjk-npa-2018-opsc, row 1)'},
    ]
    moved = parser.parse("and in the armed conflict table?", history)
    assert moved.doc_ids == ("tjk-npa-2018-opac",)
    assert "data" in moved.topic_terms  # the words name the table; the subject is carried
    # "the one on the Convention", no protocol named: the Convention's own table
    row = parser.parse("What does row 8 of the plan's table on the Convention contain?")
    assert row.plan_flavour == "crc"


def test_a_national_committee_by_its_name_is_no_treaty_body(parser: QueryParser) -> None:
    asked = "Which activities is the Committee on Women and Family Affairs responsible for?"
    assert "concluding_observations" not in parser.parse(asked).kinds
    said = "What did the Committee on the Rights of the Child say about Roma children?"
    assert "concluding_observations" in parser.parse(said).kinds


@pytest.mark.parametrize(
    ("question", "left_out", "kept"),
    [
        # the asker's tie to a place is their story, not the subject
        (
            "Is the help for young victims any broader in Turkmenistan, where my horses were bred?",
            {"hors", "bred"},
            {"victim"},
        ),
        (
            "And what of Tajikistan, where my best mares were foaled - was a study asked for?",
            {"mare", "foal"},
            {"studi"},
        ),
        # an adverb pointing back is no subject
        ("Was Turkmenistan likewise urged to tackle poverty?", {"likewis"}, {"poverti"}),
    ],
)
def test_the_askers_story_and_back_pointing_words_are_no_topic(
    parser: QueryParser, question: str, left_out: set[str], kept: set[str]
) -> None:
    topic = set(parser.parse(question).topic_terms)
    assert not topic & left_out and kept <= topic, topic
