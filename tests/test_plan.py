"""The bundled national plan of action through PlanParser: tables, rows, activities, agencies."""

from __future__ import annotations

import re
from functools import cache

import pytest

from ingest.plan import PlanParser, is_plan, recommendation_numbers
from rightsdesk.domain import Document, PlanRow
from rightsdesk.settings import BUNDLED_CORPUS

PLAN_FILE = BUNDLED_CORPUS / "tjk-npa-2018_national-plan-of-action.txt"


@cache
def plan_text() -> str:
    """The plan file as bundled."""
    return PLAN_FILE.read_text(encoding="utf-8")


@cache
def plans() -> dict[str, Document]:
    """The three plan documents by id."""
    return {d.id: d for d in PlanParser().parse(plan_text(), PLAN_FILE.name)}


def row(doc_id: str, number: str) -> PlanRow:
    """One row of one plan."""
    return next(r for r in plans()[doc_id].rows if r.number == number)


def abbreviation_list() -> dict[str, str]:
    """The file's own 'ABBR- Full name' list, keyed without hyphens."""
    tail = plan_text().split("Abbreviations:", 1)[1]
    pairs = re.findall(r"^([A-Z-]+)- (.+)$", tail, re.M)
    return {a.replace("-", ""): n.strip() for a, n in pairs}


def test_three_documents_with_their_identity() -> None:
    docs = PlanParser().parse(plan_text(), PLAN_FILE.name)
    assert [d.id for d in docs] == ["tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"]
    assert [d.short_name for d in docs] == [
        "National Plan of Action 2018-2022 (CRC)",
        "National Plan of Action 2018-2022 (OPSC)",
        "National Plan of Action 2018-2022 (OPAC)",
    ]
    assert [d.implements for d in docs] == [
        "CRC/C/TJK/CO/3-5",
        "CRC/C/OPSC/TJK/CO/1",
        "CRC/C/OPAC/TJK/CO/1",
    ]
    for doc in docs:
        assert (doc.kind, doc.symbol, doc.country, doc.year) == (
            "national_plan",
            None,
            "Tajikistan",
            2018,
        )
        assert doc.body == "Government of Tajikistan"
        assert doc.source == PLAN_FILE.name
        assert doc.title.startswith("National Plan of Action for the implementation of")
    assert "third to fifth periodic reports" in docs[0].title
    assert "sale of children" in docs[1].title
    assert "armed conflict" in docs[2].title


@pytest.mark.parametrize(
    ("doc_id", "count"),
    [("tjk-npa-2018-crc", 35), ("tjk-npa-2018-opsc", 11), ("tjk-npa-2018-opac", 10)],
)
def test_rows_numbered_once_each(doc_id: str, count: int) -> None:
    doc = plans()[doc_id]
    assert [r.number for r in doc.rows] == [str(n) for n in range(1, count + 1)]
    assert all(r.doc_id == doc_id for r in doc.rows)
    assert all(r.summary and r.activities and r.recommendations for r in doc.rows)


@pytest.mark.parametrize(
    ("doc_id", "number", "recommendations"),
    [
        ("tjk-npa-2018-crc", "1", ("1",)),
        ("tjk-npa-2018-crc", "16", ("20", "21", "22")),
        ("tjk-npa-2018-crc", "22", ("32", "33")),
        ("tjk-npa-2018-crc", "30", ("42",)),
        ("tjk-npa-2018-crc", "34", ("46", "47", "48")),
        ("tjk-npa-2018-opsc", "2", ("9", "26", "31", "34")),
        ("tjk-npa-2018-opsc", "3", ("11",)),
        ("tjk-npa-2018-opsc", "10", ("25",)),
        ("tjk-npa-2018-opac", "1", ("7", "21", "23")),
    ],
)
def test_recommendation_numbers(doc_id: str, number: str, recommendations: tuple[str, ...]) -> None:
    assert row(doc_id, number).recommendations == recommendations


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Recommendations 20-22", ("20", "21", "22")),
        ("Rec. 25", ("25",)),
        ("Recommendations 9, 26, 31 and 34", ("9", "26", "31", "34")),
        ("Recommendations 46, 47 and 48", ("46", "47", "48")),
        ("Recommendations 32 and 33", ("32", "33")),
        ("recommendation 1", ("1",)),
        ("Recommendations 24\u201326", ("24", "25", "26")),
    ],
)
def test_recommendation_number_forms(text: str, numbers: tuple[str, ...]) -> None:
    assert recommendation_numbers(text) == numbers


def test_crc_row_30_national_minorities() -> None:
    r = row("tjk-npa-2018-crc", "30")
    assert r.summary == "Measures to protect children of national minorities"
    assert len(r.activities) == 1
    assert "Roma/ Jugi" in r.activities[0]
    assert r.period == "regularly"
    assert [(a.abbreviation, a.name) for a in r.agencies[:2]] == [
        ("MOHSPP", "Ministry of Health and Social Protection of the Population"),
        ("MLMEP", "Ministry of Labour, Migration and Employment of the Population"),
    ]
    assert all(a.name for a in r.agencies)
    assert r.results == "The issue is reviewed and specific measures are taken."


def test_crc_row_32_fragment_joins_activity_and_agencies() -> None:
    r = row("tjk-npa-2018-crc", "32")
    assert len(r.activities) == 2
    assert r.activities[1].startswith("Provide social assistance")
    assert r.activities[1].endswith("take measures to return them to families")
    assert [a.abbreviation for a in r.agencies][-4:] == ["MEDT", "CWFA", "COYS", "LA"]
    assert len({a.abbreviation for a in r.agencies}) == len(r.agencies)


def test_activities_lose_their_numbering_and_periods_are_distinct() -> None:
    r = row("tjk-npa-2018-crc", "1")
    assert r.activities[0].startswith("Conduct a comprehensive review")
    assert r.activities[1].startswith("Develop and adopt the necessary bylaws")
    assert r.period == "2018-2019; 2018-2020"
    assert row("tjk-npa-2018-crc", "6").period == "regularly"
    assert row("tjk-npa-2018-crc", "16").period == "regularly"
    assert row("tjk-npa-2018-crc", "18").period == "regularly; 2018-2022; 2018-2020"
    assert len(row("tjk-npa-2018-crc", "16").activities) == 5  # blank line inside the row
    assert len(row("tjk-npa-2018-crc", "27").activities) == 8
    for doc in plans().values():
        for r in doc.rows:
            assert not any(re.match(r"\d+\.\s", a) for a in r.activities), (doc.id, r.number)


def test_summary_without_recommendation_part() -> None:
    for doc in plans().values():
        for r in doc.rows:
            assert "ecommendation" not in r.summary and "(Rec" not in r.summary


def test_agency_names_from_the_abbreviation_list() -> None:
    names = abbreviation_list()
    assert len(names) == 34
    used = {a.abbreviation: a.name for d in plans().values() for r in d.rows for a in r.agencies}
    for abbreviation, name in used.items():
        key = abbreviation.replace("-", "")
        if key in names:
            assert name == names[key], abbreviation
        else:
            assert name is None, abbreviation
    assert used["AG-SUPRT"] == "Agency on Government Service under the President of RT"
    assert (
        used["COR-RTR"]
        == used["CORRTR"]
        == "Committee on Religion, Regulating Traditions and Rituals"
    )
    assert used["MFA"] is None  # used in OPAC row 9, absent from the list


def test_nothing_leaks_into_rows() -> None:
    leaks = ("NATIONAL PLAN OF ACTION", "for the implementation of recommendations on",
             "Summary and recommendation number", "List of activities", "Abbreviations",
             "MOES- Ministry", "AOS- Agency")  # fmt: skip
    for doc in plans().values():
        for r in doc.rows:
            fields = [r.summary, r.period, r.results, *r.activities, *r.recommendations]
            fields += [a.abbreviation for a in r.agencies]
            for value in fields:
                assert "\t" not in value and "\n" not in value, (doc.id, r.number, value)
                assert value == value.strip() and "  " not in value
                assert not any(leak in value for leak in leaks), (doc.id, r.number, value)
                assert not re.fullmatch(r"\d+(\s\d+)+", value)  # the column-number line


def test_last_rows_stop_before_abbreviations() -> None:
    last = plans()["tjk-npa-2018-opac"].rows[-1]
    assert last.number == "10"
    assert last.activities == ("Examination of the issue of accession to this Protocol",)
    assert last.results == ""


def test_is_plan() -> None:
    assert is_plan(plan_text())
    other = (BUNDLED_CORPUS / "crc-opsc-tjk-co-1_tajikistan_2017.txt").read_text(encoding="utf-8")
    assert not is_plan(other)
    assert not is_plan("NATIONAL PLAN OF ACTION\n\nsome prose only")


def test_generic_layout_another_plan() -> None:
    text = (
        "NATIONAL PLAN OF ACTION\n\n"
        "for the implementation of recommendations on the second periodic report of the "
        "Republic of Kyrgyzstan on the implementation of the Convention on the Rights of the "
        "Child for 2020-2024\n\n"
        "#\tSummary and recommendation number\tList of activities\tImplementation period"
        "\tImplementing agency\tResults of implementation\n"
        "1\t2\t3\t4\t5\t7\n"
        "1.\tData (Recommendations 5-6)\t1. Collect data\t2020\tMOJ, XYZ\tDone.\n"
        "\n"
        "\t\t2. Publish data\t2021\tMOJ\tPublished.\n"
        "2.\tBudget (Rec. 8)\tAllocate resources\tregularly\tMOF\t\n\n"
        "Abbreviations:\nMOJ- Ministry of Justice\nMOF- Ministry of Finance\n"
    )
    assert is_plan(text)
    (doc,) = PlanParser().parse(text, "kgz.txt")
    assert (doc.id, doc.country, doc.year) == ("kgz-npa-2020-crc", "Kyrgyzstan", 2020)
    assert doc.implements == "CRC/C/KGZ/CO/2"
    assert doc.short_name == "National Plan of Action 2020-2024 (CRC)"
    first, second = doc.rows
    assert first.recommendations == ("5", "6")
    assert first.activities == ("Collect data", "Publish data")
    assert first.period == "2020; 2021"
    assert [(a.abbreviation, a.name) for a in first.agencies] == [
        ("MOJ", "Ministry of Justice"),
        ("XYZ", None),
    ]
    assert first.results == "Done. Published."
    assert (second.recommendations, second.results) == (("8",), "")


def test_a_question_naming_an_agency_gets_every_row_that_lists_it() -> None:
    """'Which activities list the Ministry of Defence?': every row naming MOD, in all three
    tables (the plan writes 'Defense'; its abbreviation list gives the name); the question's
    other words narrow the rows when some have them; no agency named, no rows."""
    from assistant.agencies import agency_rows
    from assistant.corpus import Corpus
    from assistant.understand import QueryParser

    docs = list(plans().values())
    corpus = Corpus(docs)
    parser = QueryParser(corpus)
    expected = {
        f"{d.id}::{r.number}"
        for d in docs
        for r in d.rows
        if any(a.abbreviation == "MOD" for a in r.agencies)
    }
    q = parser.parse(
        "Which activities of the plan list the Ministry of Defence, in all three tables?"
    )
    assert {e.view.key for e in agency_rows(corpus, q)} == expected and len(expected) > 3
    mines = parser.parse("Which activities of the plan on mines does the Ministry of Defence lead?")
    narrowed = {e.view.key for e in agency_rows(corpus, mines)}
    assert narrowed and narrowed < expected
    assert all("mine" in corpus.by_key(k).text.lower() for k in narrowed)  # type: ignore[union-attr]
    assert agency_rows(corpus, parser.parse("Which activities of the plan concern mines?")) == []
    # words of the other clauses do not narrow: who asks and why, and a second request after
    framed = parser.parse(
        "I am preparing a session on mines. List every activity of the plan where the Ministry "
        "of Defence is among the implementers - and what the report says on trafficking."
    )
    assert {e.view.key for e in agency_rows(corpus, framed)} == expected
    # an agency named, but not its activities asked for: left to retrieval
    said = parser.parse("What does the plan say about the Ministry of Defence?")
    assert agency_rows(corpus, said) == []
