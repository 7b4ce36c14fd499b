"""The scope of a question against a small hand-built index: what the question names wins
over the history and the filters, and a scope the index does not hold is declined. In ms."""

from __future__ import annotations

import pytest

from assistant.corpus import Corpus
from assistant.scope import ScopeCheck
from assistant.understand import Lookup, QueryParser
from rightsdesk.domain import Paragraph
from tests.test_understand import _doc

ROMA = "What did the committee say about Roma children in Tajikistan?"
ANSWER = "- [1] \u201cThe Committee regrets ...\u201d (CRC/C/OPSC/TJK/CO/1, para. 24)"


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1", n=38),
            _doc("crc-opsc-tkm-co-1", "Turkmenistan", symbol="CRC/C/OPSC/TKM/CO/1", n=47),
            _doc(
                "a-hrc-50-33-add-1",
                "Tajikistan",
                "special_rapporteur_report",
                "A/HRC/50/33/Add.1",
                n=92,
                body="Special Rapporteur on trafficking in persons, especially women and children",
            ),
        ]
    )


def _ask(corpus: Corpus, question: str, *earlier: str):  # type: ignore[no-untyped-def]
    history = []
    for q in earlier:
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": ANSWER}]
    query = QueryParser(corpus).parse(question, history)
    return ScopeCheck(corpus).check(query)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What did the committee say about Roma in Mongolia?", "do not cover Mongolia"),
        ("and what about Uzbekistan?", "do not cover Uzbekistan"),
        ("and in Armenia?", "do not cover Armenia"),
        ("What did the Human Rights Committee say about this?", "nothing from the Human Rights"),
        ("And CEDAW?", "Discrimination against Women"),
        ("What did the Special Rapporteur on torture say?", "Special Rapporteur on torture"),
        ("What did the Special Rapporteur say about Turkmenistan?", "no Special Rapporteur report"),
        ("What did the 2010 concluding observations say about this?", "nothing from 2010"),
        ("Is this in the 2013-2017 plan?", "no national plan of action on Tajikistan"),
        ("What does CRC/C/TJK/CO/2 say about this?", "do not include CRC/C/TJK/CO/2"),
        # as people type them: lower case, adjectives and demonyms (data, not a list here)
        ("and mongolia?", "do not cover Mongolia"),
        ("what about the democratic republic of the congo", "the Democratic Republic of the Congo"),
        ("What did the Nepali government do about it?", "do not cover Nepal"),
        ("and for palestinian children?", "do not cover the State of Palestine"),
        # other names, capitals, misspellings and accents (data files, not a list here)
        ("and in Bishkek?", "do not cover Kyrgyzstan"),
        ("and what about street children in Lahore?", "do not cover Pakistan"),  # a city
        ("I run a shelter in Cape Town. Has the UN said anything about it?", "South Africa"),
        ("what about Burma?", "do not cover Myanmar"),
        ("and Kyrgystan?", "do not cover Kyrgyzstan"),
        ("and in the US?", "do not cover the United States"),
        ("and in Cote d'Ivoire?", "do not cover C\u00f4te d'Ivoire"),
        ("and Guinea Bissau?", "do not cover Guinea-Bissau"),
        # a decade, a review by its year, a body outside the UN (data, not a list here)
        ("What did the committee say back in the 1990s?", "nothing from the 1990s"),
        ("What did the ILO Committee of Experts say about it?", "nothing from the ILO Committee"),
    ],
)
def test_a_scope_the_index_does_not_hold_is_declined_after_any_history(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain
    # ... and the same without history: the decision does not depend on what came before
    assert _ask(corpus, question).abstain is not None or question.startswith("and")


@pytest.mark.parametrize("question", ["And in Dushanbe?", "what about Tajikstan?"])
def test_a_capital_or_a_misspelling_of_a_covered_country_moves_to_it(
    corpus: Corpus, question: str
) -> None:
    scope = _ask(corpus, question, "Does Turkmenistan have a child helpline?")
    assert scope.abstain is None and scope.query.countries == ("Tajikistan",)


def test_a_kind_the_history_carried_gives_way_to_the_country_named(corpus: Corpus) -> None:
    """A bare "Turkmenistan?" after a Special Rapporteur question: Turkmenistan has no such report, so
    its other documents answer, with a notice; naming the kind in the question still declines."""
    earlier = "What did the Special Rapporteur say about labour migrants in Tajikistan?"
    scope = _ask(corpus, "Turkmenistan?", earlier)
    assert scope.abstain is None and scope.query.countries == ("Turkmenistan",)
    assert scope.query.kinds == ()
    assert any("no Special Rapporteur report on Turkmenistan" in n for n in scope.notices)
    named = _ask(corpus, "And what did the Special Rapporteur say about Turkmenistan?", earlier)
    assert named.abstain is not None and "no Special Rapporteur report" in named.abstain


def test_the_question_country_replaces_the_carried_one(corpus: Corpus) -> None:
    scope = _ask(corpus, "And what about Turkmenistan?", ROMA)
    assert scope.abstain is None and scope.query.countries == ("Turkmenistan",)
    assert {"roma", "children"} <= set(scope.query.topic_terms)


def test_that_document_is_the_one_the_last_answer_quoted(corpus: Corpus) -> None:
    scope = _ask(corpus, "paragraph 99 of that document", ROMA)
    assert scope.query.doc_ids == ("crc-opsc-tjk-co-1",)
    assert scope.query.lookups == (Lookup("paragraph", "99"),)


def test_a_bare_number_is_of_the_document_in_hand(corpus: Corpus) -> None:
    # "paragraph 75?" names no document: the one the last answer quoted, not any that has a 75
    scope = _ask(corpus, "paragraph 75?", ROMA)
    assert scope.query.doc_ids == ("crc-opsc-tjk-co-1",) and scope.query.follow_up


def test_a_symbol_only_a_plan_implements_is_not_answered_from_the_plan(corpus: Corpus) -> None:
    plan = _doc("tjk-npa-2018-crc", "Tajikistan", "national_plan", n=5)
    crc = {"body": "Committee on the Rights of the Child"}
    held = Corpus(
        [
            *(corpus.document(i).model_copy(update=crc) for i in corpus.docs),
            plan.model_copy(update={"implements": "CRC/C/TJK/CO/3-5"}),
        ]
    )
    scope = _ask(held, "What does CRC/C/TJK/CO/3-5 say about birth registration?", ROMA)
    assert scope.abstain is not None and "do not include CRC/C/TJK/CO/3-5" in scope.abstain
    assert "implements its recommendations" in scope.abstain
    # asked of the plan, the symbol names what the plan implements: not declined
    scope = _ask(held, "Which activities of the plan implement CRC/C/TJK/CO/3-5?")
    assert scope.abstain is None


def test_a_covered_year_narrows_to_its_documents(corpus: Corpus) -> None:
    scope = _ask(
        corpus, "What did the committee say in its 2017 concluding observations on Tajikistan?"
    )
    assert scope.abstain is None and scope.query.doc_ids == ("crc-opsc-tjk-co-1",)


def test_a_comparison_with_one_uncovered_country_says_so(corpus: Corpus) -> None:
    scope = _ask(corpus, "Compare Roma children in Tajikistan and Mongolia")
    assert scope.abstain is None and scope.query.countries == ("Tajikistan",)
    assert any("do not cover Mongolia" in n for n in scope.notices)


def test_a_filter_the_question_contradicts_yields_with_a_notice(corpus: Corpus) -> None:
    check, parser = ScopeCheck(corpus), QueryParser(corpus)
    own = parser.parse(ROMA)
    query, notices = check.apply_filters(own, own, "Turkmenistan", None)
    assert query.countries == ("Tajikistan",)
    assert notices and "Country filter is set to Turkmenistan" in notices[0]
    query, notices = check.apply_filters(own, own, None, "crc-opsc-tkm-co-1")
    assert query.doc_ids == () and "Document filter" in notices[0]
    # A question that names no country takes the filter, over the history's country.
    bare = parser.parse("What about birth registration?")
    query, notices = check.apply_filters(bare, bare, "Turkmenistan", None)
    assert query.countries == ("Turkmenistan",) and notices == []


def test_a_protocol_the_documents_are_not_under_is_declined(corpus: Corpus) -> None:
    # documents are under a protocol by their symbol or title (instruments.json), not a list here
    scope = _ask(corpus, "And what did the OPAC concluding observations on Turkmenistan say?", ROMA)
    assert (
        scope.abstain is not None and "nothing under the Optional Protocol on the" in scope.abstain
    )
    held = _ask(corpus, "What did the committee say under the OPSC about Turkmenistan?")
    assert held.abstain is None and held.query.doc_ids == ("crc-opsc-tkm-co-1",)
    # a protocol asked about as a topic is not a scope
    assert _ask(corpus, "Has Turkmenistan ratified OPAC?").abstain is None


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("And what did UNICEF say?", True),
        ("According to the OSCE, what is missing?", True),
        ("Did the European Court of Human Rights rule on this?", True),
        ("What did the Independent Expert on Tajikistan say?", True),
        # organisations the documents talk about are not authors
        ("What support do victims get from IOM?", False),
        ("What did the Special Rapporteur say about cooperation with UNHCR?", False),
    ],
)
def test_organisations_count_only_as_the_speaker(
    corpus: Corpus, question: str, declined: bool
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert (scope.abstain is not None and "nothing from" in scope.abstain) is declined


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("What did the CRPD say about this?", True),
        ("What did the Committee on the Rights of Persons with Disabilities recommend?", True),
        # a treaty to ratify is a topic, not a body the documents must come from
        (
            "Was Tajikistan asked to ratify the Convention on the Rights of Persons with Disabilities?",
            False,
        ),
        ("Did the committee recommend ratifying the CRPD?", False),
    ],
)
def test_a_treaty_to_ratify_is_not_a_body_scope(
    corpus: Corpus, question: str, declined: bool
) -> None:
    scope = _ask(corpus, question)
    assert (scope.abstain is not None and "nothing from" in scope.abstain) is declined


def test_a_symbol_typed_in_lower_case_names_its_document(corpus: Corpus) -> None:
    scope = _ask(corpus, "What does crc/c/opsc/tkm/co/1 say about this?", ROMA)
    assert scope.abstain is None and scope.query.doc_ids == ("crc-opsc-tkm-co-1",)
    assert _ask(corpus, "what does crc/c/mng/co/5 say?", ROMA).abstain is not None


def test_a_review_is_dated_by_the_year_before_it(corpus: Corpus) -> None:
    query = QueryParser(corpus).parse("Which recommendations came out of the 2008 UPR?")
    assert query.years == ((2008, 2008),)


@pytest.mark.parametrize(
    "question",
    [
        "and the trafficking rapporteur on NGOs in Tajikistan?",  # the held mandate, then a topic
        "And where did Tajikistan stand on the CRPD?",  # the treaty, not its committee
        "Did the committee say anything about the 2000s?",  # a decade as a topic, not a scope
    ],
)
def test_a_held_mandate_or_a_treaty_named_as_a_topic_is_not_declined(
    corpus: Corpus, question: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is None, scope.abstain


def test_a_held_body_asked_about_a_country_it_has_no_document_on_is_declined() -> None:
    """CERD is held (on Brazil), but not on Tajikistan: "what did CERD recommend to Tajikistan"
    is declined, not answered from Tajikistan's other documents; CERD on Brazil is answered."""
    corpus = Corpus(
        [
            _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1", n=38),
            _doc(
                "cerd-bra-co-18-20",
                "Brazil",
                symbol="CERD/C/BRA/CO/18-20",
                body="Committee on the Elimination of Racial Discrimination",
            ),
        ]
    )
    declined = _ask(corpus, "What did CERD recommend to Tajikistan about Roma?")
    assert declined.abstain is not None
    assert "nothing from the Committee on the Elimination of Racial Discrimination" in (
        declined.abstain
    )
    assert "Tajikistan" in declined.abstain
    assert _ask(corpus, "What did CERD recommend to Brazil about quilombola?").abstain is None
    # beside a body that has documents there, the silent one is said in a notice, not declined
    crc = "Committee on the Rights of the Child"
    tjk = _doc("crc-opsc-tjk-co-1", "Tajikistan", symbol="CRC/C/OPSC/TJK/CO/1", n=38, body=crc)
    cerd = "Committee on the Elimination of Racial Discrimination"
    bra = _doc("cerd-bra-co-18-20", "Brazil", symbol="CERD/C/BRA/CO/18-20", body=cerd)
    with_crc = Corpus([tjk, bra])
    both = _ask(with_crc, "CERD told Brazil to act. Was Tajikistan asked the same by the CRC?")
    assert both.abstain is None
    assert any("Racial Discrimination on Tajikistan" in n for n in both.notices)


@pytest.mark.parametrize(
    ("question", "earlier", "reason"),
    [
        # the body named wins over "its review" (the last answer's document)
        ("And what did CERD say in its review of Tajikistan?", ROMA, "Racial Discrimination"),
        # a year before a hyphenated document word
        ("What did her 2025 follow-up report say?", "Did the Special Rapporteur visit?", "2025"),
    ],
)
def test_what_the_follow_up_names_wins_over_its_back_reference(
    corpus: Corpus, question: str, earlier: str, reason: str
) -> None:
    scope = _ask(corpus, question, earlier)
    assert scope.abstain is not None and reason in scope.abstain


def test_a_plan_as_the_topic_is_not_the_plan_document(corpus: Corpus) -> None:
    """'Did Tajikistan have a national plan on trafficking?' asks what the documents say about
    such a plan; 'Tajikistan's national plan' is the plan of action held (or not)."""
    parser = QueryParser(corpus)
    assert "national_plan" not in parser.parse("Did Turkmenistan have a national plan?").kinds
    assert "national_plan" in parser.parse("What does Turkmenistan's national plan say?").kinds


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # a group of States is its members (data file); none held: declined
        ("and the Baltic states?", "do not cover Estonia, Latvia and Lithuania"),
        ("What was recommended to the EU member states?", "Austria, Belgium"),
        # a Council session is in an A/HRC symbol
        ("What did she tell the Council at its fifty-third session?", "fifty-third session"),
    ],
)
def test_groups_of_states_and_sessions_not_held_are_declined(
    corpus: Corpus, question: str, reason: str
) -> None:
    earlier = "Did the Special Rapporteur on trafficking find a hotline?"
    history = [
        {"role": "user", "content": earlier},
        {"role": "assistant", "content": "Yes (A/HRC/50/33/Add.1, para. 77)."},
    ]
    scope = ScopeCheck(corpus).check(QueryParser(corpus).parse(question, history))
    assert scope.abstain is not None and reason in scope.abstain, scope.abstain


def test_a_group_of_states_partly_held_answers_for_the_members_held(corpus: Corpus) -> None:
    scope = _ask(corpus, "What about child labour in Central Asia?")
    assert scope.abstain is None
    assert set(scope.query.countries) == {"Tajikistan", "Turkmenistan"}
    assert any("Kazakhstan" in n and "Uzbekistan" in n for n in scope.notices)


def test_the_session_held_is_answered(corpus: Corpus) -> None:
    assert (
        _ask(corpus, "What did the Special Rapporteur report at the fiftieth session?").abstain
        is None
    )


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # the papers of a review the index does not hold, named as the source
        ("What did Tajikistan itself write in its initial report?", "no State party report"),
        (
            "Which questions did the committee put to Turkmenistan in its list of issues?",
            "list of issues",
        ),
        # a country set aside: the question is about the other one
        (
            "Has Mongolia been reviewed? Its own observations, not what is said in Tajikistan.",
            "Mongolia",
        ),
        # a group of States as context; the country named outright is what is asked
        ("Contrasting Central Asia with Africa: what was Chad told?", "do not cover Chad"),
    ],
)
def test_review_papers_negation_and_named_countries_over_groups(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain, scope.abstain


def test_when_the_initial_report_was_considered_is_answered(corpus: Corpus) -> None:
    assert _ask(corpus, "When was Tajikistan's initial report considered?").abstain is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Can you give me the same for the whole of Europe?", "Albania, Andorra"),
        ("Did the Holy See's review say the same?", "Holy See"),
        ("What does UNICEF's own situation analysis say about it?", "UNICEF"),
        ("Can you show me the text of that UNHCR advisory?", "UNHCR"),
        ("What does general comment No. 24 itself say about the age?", "no general comment"),
        (
            "Which Human Rights Council resolution set up her mandate, and what does it ask?",
            "no resolution",
        ),
        ("Had the committee said anything to Tajikistan before 2000?", "nothing from before 2000"),
    ],
)
def test_other_places_papers_and_periods_are_declined(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain, scope.abstain


def test_the_council_of_europe_is_not_europe(corpus: Corpus) -> None:
    query = QueryParser(corpus).parse("What did the Council of Europe say about Tajikistan?")
    assert query.countries == ("Tajikistan",) and not query.unknown_countries


def test_the_place_of_the_last_answer_carries_over(corpus: Corpus) -> None:
    """A question without a country, answered from one country's documents: a follow-up that
    names none stays there, never in another country's documents."""
    history = [
        {"role": "user", "content": "Does the report mention a hotline?"},
        {"role": "assistant", "content": "Yes (A/HRC/50/33/Add.1, para. 77)."},
    ]
    query = QueryParser(corpus).parse("And what did the committee say about that?", history)
    assert query.countries == ("Tajikistan",)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what about lebannon, any report on street kids there?", "do not cover Lebanon"),
        ("k. whats the committee said to DE and FR about minors?", "Germany and France"),
        (
            "Could you pull three lines from the committee's general comment No. 25?",
            "general comment",
        ),
        ("What did the Committee say to Tajikistan in June 2003?", "nothing from 2003"),
        ("What did the NGO coalition say in its alternative report?", "alternative (NGO) report"),
        ("Can you quote article 20 of that law itself?", "text of a law"),
        ("For the Kyrgyz-Tajik border: in the Kyrgyz review, what was recommended?", "Kyrgyzstan"),
        # round 24: general data and rules, each written for a wording, not a document
        ("And the same for CAR: what was it told about child soldiers?", "Central African"),
        ("Our project runs in Puntland: anything on displaced children there?", "Somalia"),
        ("comparative slide: what were the southern cone countries told?", "Argentina"),
        ("Do you have the decree itself? I need its operative wording.", "decree"),
        ("ok now the 2011 obs on turkmenistan", "2011"),
        ("What does Tajikistan's voluntary national review say on trafficking?", "voluntary"),
        ("what did she say on air about the shelter in her radio interview?", "interview"),
        ("whats under C.9?", "no section C.9"),
        (
            "Tajikistan was told that. Is it stricter than what the Bulgarian government got?",
            "Bulg",
        ),
        ("has the UN housing rapporteur looked at that rule?", "housing"),
        ("what does girlsnotbrides.org give as the child marriage rate?", "girlsnotbrides.org"),
        ("i'm at a legal aid clinic in tel aviv - what should we do for our client?", "Israel"),
        ("Has the European Committee of Social Rights said anything comparable?", "Social Rights"),
        ("has turkmenistan since sent in that report? what does it say?", "State party report"),
        ("can you show me the previous plan itself, the 2018-2021 one?", "earlier national plan"),
        ("how many victims were identified in Tajikistan in 2031?", "report on 2031"),
        ("ok now pull up a slash hrc slash 47 slash 34, what does it say?", "A/HRC/47/34"),
        ("Did the committee's latest session take up Tajikistan?", "later or upcoming session"),
        ("what did the ngo coalition say about shelters there?", "ngo coalition"),
        # round 28: general data and rules, each written for a wording, not a document
        ("Has the Committee said anything to the East African Community?", "Kenya"),
        ("Would you kindly fetch me the rules from adilet.zan.kz?", "adilet.zan.kz"),
        ("Had the Committee looked at Turkmenistan's street children already in 2004?", "2004"),
        ("What does that Law say, in its own terms, about the age of work?", "text of a law"),
        ("Would you quote article 3 of that Convention as it stands?", "text of a law"),
        ("Might you send me those statistical reports themselves?", "statistical reports"),
        ("Do you hold the indictments in any of those cases?", "indictments"),
        ("whats in P29 itself - the article on remedies?", "P29"),
    ],
)
def test_misspellings_codes_papers_and_owners_are_declined(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain, scope.abstain


def test_a_lower_case_misspelling_of_a_covered_country_moves_to_it(corpus: Corpus) -> None:
    history = [
        {"role": "user", "content": "whats the problem with double criminality in tajikistan"},
        {"role": "assistant", "content": "(CRC/C/OPSC/TJK/CO/1, para. 30)"},
    ]
    query = QueryParser(corpus).parse("did turkmenistn get told to drop it too?", history)
    assert query.countries == ("Turkmenistan",) and query.follow_up
    assert "turkmenistn" not in query.topic_terms


def test_words_near_a_country_name_are_not_read_as_it() -> None:
    from rightsdesk.countries import find_countries

    for text in ("Write your surname here", "a grenade was found", "Siberia", "a bonfire"):
        assert find_countries(text, any_case=True) == [], text
    # a letter left out of a longer name, in lower case; six-letter words that are words stay so
    assert find_countries("and albnia? anything there", any_case=True) == ["Albania"]
    for text in ("Romani children", "an inland region", "hungry children", "Olivia said"):
        assert find_countries(text, any_case=True) == [], text
    assert find_countries("And in Columbia?", any_case=True) == ["Colombia"]
    assert find_countries("What about HR and CO?", any_case=True) == []


@pytest.fixture
def worded(corpus: Corpus) -> Corpus:
    """The small index with words in one paragraph: what the documents hold is read from them."""
    tjk = corpus.document("crc-opsc-tjk-co-1")
    first = tjk.paragraphs[0].model_copy(
        update={
            "text": "The Ombudsman for Children visited shelters in Dushanbe and used information "
            "and communication technologies."
        }
    )
    return Corpus(
        [
            tjk.model_copy(update={"paragraphs": (first, *tjk.paragraphs[1:])}),
            *(corpus.document(i) for i in corpus.docs if i != "crc-opsc-tjk-co-1"),
        ]
    )


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What did the Lanzarote Committee say about Tajikistan?", "Lanzarote Committee"),
        ("Did the Istanbul Convention come up for Turkmenistan?", "Istanbul Convention"),
        ("What did the Zorbian Ombudsman recommend?", "Zorbian Ombudsman"),
        ("What did Mr. Smith recommend to Tajikistan?", "Smith"),
        ("I'd like to know what the CAHENF said about shelters.", "CAHENF"),
        ("and what about street children in Zorbograd?", "Zorbograd"),  # a place no data has
        # a name in a clause about the asker is still asked about when the clause quotes it
        (
            "And that Ofelia Calcetas my granddaughter keeps quoting - what did she write?",
            "Ofelia Calcetas",
        ),
    ],
)
def test_a_name_no_document_holds_is_declined(worded: Corpus, question: str, name: str) -> None:
    """A capitalised name that no document, place or vocabulary has is something the documents
    cannot speak for: declined by name, after any history, and nothing else is read into it."""
    for earlier in ((), (ROMA,)):
        scope = _ask(worded, question, *earlier)
        assert scope.abstain is not None and f"do not mention \u201c{name}\u201d" in scope.abstain


@pytest.mark.parametrize(
    "question",
    [
        "What did the Ombudsman for Children say about shelters?",  # words the documents have
        "What did the committee say about the Ombudsman's shelters in Dushanbe?",
        "And in Khatlon?",  # a province of a country the index holds
        "For our UNDAF workshop, what did the committee say about shelters in Tajikistan?",
        "I am preparing a note for the Zhambyl akimat. What did the committee say about it?",
        "What Did The Committee Say About Zorbian Shelters In Tajikistan?",  # Title Case
        "What did the committee say about NGOs and COVID-19 in Tajikistan?",  # vocabulary
        "Thanks! What did CRC/C/OPSC/TJK/CO/1 say on Monday's topic, shelters?",
        "What did the committee say about ICT in Tajikistan?",  # initials of words it has
        "And in TJ?",  # the code of a country the index holds
        "what did the government of tajikistan report on shelters?",  # speakers held, lower case
        "what did the special rapporteur report on shelters?",
    ],
)
def test_names_the_documents_places_or_the_asker_account_for_are_not_declined(
    worded: Corpus, question: str
) -> None:
    scope = _ask(worded, question, ROMA)
    assert not scope.query.unknown_names, scope.query.unknown_names
    assert scope.abstain is None


def test_a_country_code_alone_is_read_only_for_a_country_the_index_holds(corpus: Corpus) -> None:
    scope = _ask(
        corpus, "TJ too? what did the committee want done", "Does Turkmenistan have a helpline?"
    )
    assert scope.abstain is None and scope.query.countries == ("Tajikistan",)
    scope = _ask(corpus, "What about the TV campaign?", "Does Turkmenistan have a helpline?")
    assert scope.query.countries == ("Turkmenistan",)  # "TV" is Tuvalu's code, not held


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Is there a Supreme Court judgment on this that I could cite?", "court judgment"),
        ("Did the Committee later send Tajikistan a follow-up letter on this?", "letter"),
        ("what did deputies say in the parliament debate? is there a transcript", "parliamentary"),
        ("How many orphans does the 2019 statistical yearbook give?", "statistical yearbook"),
        ("Was there a press release about it?", "press release"),
        (
            "What did the Government write in its combined third to fifth periodic report?",
            "State party report",
        ),
    ],
)
def test_papers_of_kinds_no_document_has_are_declined(
    corpus: Corpus, question: str, kind: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and kind in scope.abstain


@pytest.mark.parametrize(
    "question",
    [
        "What did the committee say about court rulings on child marriage in Tajikistan?",
        "Did the committee recommend publishing statistics on child victims in Tajikistan?",
    ],
)
def test_the_same_words_as_a_topic_are_not_a_kind(corpus: Corpus, question: str) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is None
    assert not {"judgment", "statistics"} & set(scope.query.kinds)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            "What did the Commissioner for Children's Rights say in its own annual report?",
            "nothing from the Commissioner for Children's Rights",
        ),
        ("For the training I'd like the Guidelines' own wording on this.", "the Guidelines"),
        ("did hrw write anyting on that?", "Human Rights Watch"),  # an acronym in lower case
        (
            "I work with the Children's Commissioner for England. Has that office published guidance?",
            "do not cover the United Kingdom",  # a part of a State not held
        ),
    ],
)
def test_own_papers_lower_case_acronyms_and_parts_of_states(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain


@pytest.mark.parametrize(
    "question",
    [
        "What were the committee's own words on this?",
        "Did she say in her own report that this was a problem?",
        "what did the committee say about the cat and mouse games of recruiters?",  # not CAT
    ],
)
def test_own_words_of_a_held_author_and_instrument_cities_are_answered(
    corpus: Corpus, question: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is None and not scope.query.unknown_bodies


def test_a_province_of_a_held_country_moves_to_it(corpus: Corpus) -> None:
    scope = _ask(
        corpus, "And what about children in Khatlon?", "Does Turkmenistan have a helpline?"
    )
    assert scope.abstain is None and scope.query.countries == ("Tajikistan",)


def test_a_session_a_document_was_adopted_at_is_read_from_its_text(corpus: Corpus) -> None:
    from ingest.metadata import adopted_sessions

    footnote = "* Adopted by the Committee at its sixty-eighth session (12-30 January 2015)."
    assert adopted_sessions(footnote) == (68,)
    assert adopted_sessions("** Adopted by the Committee at its 108th session (2022).") == (108,)
    tkm = corpus.document("crc-opsc-tkm-co-1").model_copy(update={"sessions": (68,)})
    held = Corpus([tkm])
    earlier = "What did the committee say about Turkmenistan's helpline?"
    scope = _ask(held, "what about the sixty-ninth session - did turkmenistan come up?", earlier)
    assert scope.abstain is not None and "sixty-ninth" in scope.abstain
    assert _ask(held, "and at its sixty-eighth session?", earlier).abstain is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("the yogyakarta principles - which principle covers this? need the wording", "Yogyakarta"),
        ("Did the committee mention the Lanzarote Convention?", "Lanzarote Convention"),
        ("did the committee check on this during covid, 2020-21?", "2020-2021"),
        ("What is in the section for the communications procedure protocol?", "OPIC"),
        ("What do the concluding observations from the next periodic report say?", "later"),
        ("are the minutes of the commission's meetings public?", "minutes"),
        ("Do the travaux préparatoires of the Protocol explain this?", "drafting history"),
        (
            "Can you quote what the National Programme of Measures for Roma itself says?",
            "Programme",
        ),
        ("Does that Interagency Commission publish reports of its own?", "Interagency Commission"),
        ("Could you show me one of those leaflets?", "leaflets"),
        ("What does C189 itself require on weekly rest? Need the article.", "Domestic Workers"),
        ("what about interpol - has it flagged these networks?", "INTERPOL"),
        (  # the covered country only in what the asker says of themselves
            "How does that compare with what Belgium was told? I already have Tajikistan's.",
            "do not cover Belgium",
        ),
    ],
)
def test_texts_sessions_and_parts_the_index_does_not_hold_are_declined(
    corpus: Corpus, question: str, reason: str
) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and reason in scope.abstain, scope.abstain


def test_an_instrument_the_documents_name_otherwise_is_searched_by_their_name() -> None:
    """'The Palermo Protocol' is the Trafficking in Persons Protocol of the documents: answered
    from them, not declined; an acronym they write out is searched as they write it."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", n=2)
    first = doc.paragraphs[0].model_copy(
        update={"text": "Under the Trafficking in Persons Protocol, gender-based violence ..."}
    )
    held = Corpus([doc.model_copy(update={"paragraphs": (first, *doc.paragraphs[1:])})])
    scope = _ask(held, "Is Tajikistan's law in line with the Palermo Protocol?")
    assert scope.abstain is None and "Trafficking in Persons Protocol" in scope.query.expansion
    query = QueryParser(held).parse("What did she say about GBV in Tajikistan?")
    assert "gender-based violence" in query.text and "gbv" not in query.topic_terms
    # ... and counts as the subject's words when passages are checked for addressing it
    assert ("GBV", ("gender-based violence",)) in query.everyday_words


def test_a_city_that_names_an_instrument_is_not_its_country(corpus: Corpus) -> None:
    scope = _ask(corpus, "Does the national institution comply with the Paris Principles?", ROMA)
    assert scope.query.unknown_countries == () and "France" not in (scope.abstain or "")


def test_a_sub_paragraph_of_a_paragraph_is_looked_up_as_that(corpus: Corpus) -> None:
    scope = _ask(corpus, "For the handout I need sub-paragraph (d) of paragraph 3.", ROMA)
    assert scope.query.lookups == (Lookup("paragraph", "3", "d"),)


@pytest.mark.parametrize(
    "question",
    [
        "sorry, I meant Turkmenistan",
        "Thanks. Is the picture the same in Turkmenistan?",
        "For my slides I also need Turkmenistan - same point.",
        "Turkmenistan's turn: same question",
    ],
)
def test_words_of_the_conversation_itself_are_no_topic(corpus: Corpus, question: str) -> None:
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is None and scope.query.countries == ("Turkmenistan",)
    assert {"roma", "children"} <= set(scope.query.topic_terms)


def test_a_view_asked_for_in_the_askers_own_words_is_still_asked(corpus: Corpus) -> None:
    scope = _ask(corpus, "For my slides I also need the Lanzarote Committee's view.", ROMA)
    assert scope.abstain is not None and "Lanzarote Committee" in scope.abstain


@pytest.mark.parametrize(
    "question",
    [
        "any word from UNHCR?",
        "Did the OSCE ever weigh in?",
        "and hrw?",
        "The ILO's take?",
        "Is there a report by IOM on this?",
        "has the Council of Europe looked at this?",
        "what's the UN Secretary-General's position on it",
    ],
)
def test_an_organisation_asked_in_the_ways_people_ask_is_declined(
    corpus: Corpus, question: str
) -> None:
    """Organisations documents often mention are asked about only when the question has them
    speak; these are the everyday ways of asking it."""
    scope = _ask(corpus, question, ROMA)
    assert scope.abstain is not None and "nothing from" in scope.abstain


@pytest.mark.parametrize(
    "question",
    [
        "Are there programmes funded by the EU in Tajikistan?",
        "Did the government cooperate with IOM on returns?",
    ],
)
def test_an_organisation_as_the_topic_is_not_asked(corpus: Corpus, question: str) -> None:
    assert not _ask(corpus, question, ROMA).query.unknown_bodies


def test_a_place_people_came_from_is_not_the_scope() -> None:
    """ "children brought back from Iraq", asked of the Rapporteur's report, which mentions Iraq:
    where they came from, not a country asked about (the documents must mention it)."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1")
    said = Paragraph(doc_id=doc.id, number="1", text="84 children were returned from Iraq.")
    held = Corpus([doc.model_copy(update={"paragraphs": (said,)})])
    moved = QueryParser(held).parse(
        "What did the rapporteur say about kids brought back from Iraq?"
    )
    assert not moved.unknown_countries
    named = QueryParser(held).parse("What did the rapporteur say about children in Iraq?")
    assert named.unknown_countries == ("Iraq",)


def test_a_people_the_documents_write_about_is_no_country_asked_about() -> None:
    """ "Afghan refugees", in documents that write about Afghans: a group to answer about."""
    doc = _doc("a-hrc-50-33-add-1", "Tajikistan", "special_rapporteur_report", "A/HRC/50/33/Add.1")
    said = Paragraph(doc_id=doc.id, number="1", text="Afghan refugees face restrictions.")
    held = Corpus([doc.model_copy(update={"paragraphs": (said,)})])
    query = QueryParser(held).parse("what did the rapporteur say about Afghan refugees?")
    assert not query.unknown_countries
    assert QueryParser(held).parse("what about Mongolian refugees?").unknown_countries


def test_the_countries_of_the_asking_sentence_are_the_ones_asked_about(corpus: Corpus) -> None:
    parser = QueryParser(corpus)
    query = parser.parse("Turkmenistan never said what it spends. Does Tajikistan say more?")
    assert query.countries == ("Tajikistan",)
    tagged = parser.parse(
        "did the committee push tajikistan that way, or is that only for turkmenistan?"
    )
    assert tagged.countries == ("Tajikistan",)
    both = parser.parse("Compare Tajikistan and Turkmenistan on helplines.")
    assert set(both.countries) == {"Tajikistan", "Turkmenistan"}


def test_a_mistyped_country_code_with_the_country_named_is_that_document(corpus: Corpus) -> None:
    """ "CRC/C/OPSC/TM/CO/1, the Turkmenistan one": said in a notice, answered from it; another
    document of the series ("CO/2") stays declined."""
    typo = _ask(corpus, "Does CRC/C/OPSC/TM/CO/1, the Turkmenistan one, say that?")
    assert typo.abstain is None and typo.query.doc_ids == ("crc-opsc-tkm-co-1",)
    assert any("CRC/C/OPSC/TM/CO/1" in n for n in typo.notices)
    later = _ask(corpus, "Does CRC/C/OPSC/TKM/CO/2 say that?")
    assert later.abstain is not None
