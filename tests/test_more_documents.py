"""Every file in ../shared/more-documents (text and PDF) through the parser, and one ingest.

Real UN documents beside the bundled corpus: three UPR Working Group reports, CERD concluding
observations, two UPR reports as published PDFs. Checks: identity from the header, every
paragraph and recommendation number once, no page furniture or footnote text in a record.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest

import ingest.readers
from ingest.classify import annotate as classify_annotate
from ingest.clean import clean
from ingest.pages import is_furniture
from ingest.parse import parse_file
from ingest.readers import read_text
from rightsdesk.domain import Document
from rightsdesk.settings import BUNDLED_CORPUS
from tests.conftest import rd

MORE = Path(__file__).resolve().parents[1].parent / "shared" / "more-documents"
needs_more = pytest.mark.skipif(
    not MORE.is_dir(), reason=f"{MORE} is absent (the shared documents sit beside the repo)"
)

# file -> paragraphs 1..N and, per recommendation group, its number of items
STRUCTURE: dict[str, tuple[int, dict[str, int]]] = {
    "UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt": (
        139,
        {"133": 101, "134": 30, "135": 14, "136": 58},
    ),
    "UPR_A-HRC-28-10_Kazakhstan_2014_WG_report.txt": (127, {"124": 47, "125": 96, "126": 51}),
    "UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt": (141, {"140": 254}),
    "CO_CERD-C-BRA-CO-18-20_Brazil_2022.txt": (70, {}),
    "pdf/uzbekistan2013.pdf": (139, {"133": 101, "134": 30, "135": 14, "136": 58}),
    "pdf/kazakhstan2014.pdf": (127, {"124": 47, "125": 96, "126": 51}),
}
POSITIONS = {
    "133": "supported",
    "134": "supported",  # "already implemented or in the process of implementation"
    "135": "pending",
    "136": "noted",
    "124": "supported",
    "125": "supported",
    "126": "noted",
    "140": "pending",
}
READERS = ["pdftotext", "pypdf"]
FURNITURE = re.compile(r"GE\.\d{2}-\d{4,}|\f|\bA/HRC/?\d+/\d+\s+\d{1,2}\b(?!\.)|\(E\)")
SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]")


@cache
def parsed(name: str, reader: str = "pdftotext") -> Document:
    path = MORE / name
    if reader == "pypdf" and path.suffix == ".pdf":
        saved = ingest.readers.pdftotext
        ingest.readers.pdftotext = lambda _path: None  # type: ignore[assignment]
        try:
            (doc,) = parse_file(path)
        finally:
            ingest.readers.pdftotext = saved
        return doc
    (doc,) = parse_file(path)
    return doc


def cases() -> list[tuple[str, str]]:
    return [
        (name, reader)
        for name in STRUCTURE
        for reader in (READERS if name.endswith(".pdf") else READERS[:1])
    ]


def manifest() -> dict[str, dict[str, str]]:
    with (MORE / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


@needs_more
def test_every_file_is_covered() -> None:
    files = {str(p.relative_to(MORE)) for p in MORE.rglob("*") if p.suffix in (".txt", ".pdf")}
    assert files == set(STRUCTURE)


@needs_more
@pytest.mark.parametrize(("name", "reader"), cases())
def test_identity_from_the_header(name: str, reader: str) -> None:
    doc, row = parsed(name, reader), manifest()[name]
    assert doc.symbol == row["un_symbol"].split()[0]
    assert (doc.country, str(doc.year)) == (row["country"], row["year"])
    assert doc.kind == ("upr_report" if "UPR" in row["doc_type"] else "concluding_observations")
    assert doc.body and doc.title.startswith(("Report of the Working Group", "Concluding"))


@needs_more
@pytest.mark.parametrize(("name", "reader"), cases())
def test_every_paragraph_and_recommendation_number_once(name: str, reader: str) -> None:
    doc = parsed(name, reader)
    count, groups = STRUCTURE[name]
    numbers = [p.number for p in doc.paragraphs]
    assert [n for n in numbers if "." not in n] == [str(i) for i in range(1, count + 1)]
    for group, size in groups.items():
        items = [n for n in numbers if n.split(".")[0] == group and "." in n]
        assert items == [f"{group}.{k}" for k in range(1, size + 1)]
        at = numbers.index(group)  # the items follow their paragraph
        assert numbers[at + 1 : at + 1 + size] == items
    assert sum("." in n for n in numbers) == sum(groups.values())


@needs_more
@pytest.mark.parametrize(("name", "reader"), cases())
def test_no_page_furniture_or_footnote_text_in_a_record(name: str, reader: str) -> None:
    doc = parsed(name, reader)
    notes = [f.text for p in doc.paragraphs for f in p.footnotes]
    for p in doc.paragraphs:
        assert not FURNITURE.search(p.text), (p.number, FURNITURE.search(p.text))
        assert not SUPERSCRIPT.search(p.text), p.number
        for note in notes:
            assert note not in p.text, (p.number, note)
        assert "Composition of the delegation" not in p.text  # the annex is kept apart
        assert all("...." not in s for s in p.section_path)  # the table of contents too
        assert "have not been edited" not in p.text and "circulated" not in p.text


@needs_more
@pytest.mark.parametrize(("name", "reader"), cases())
def test_paragraph_text_is_the_source_text(name: str, reader: str) -> None:
    doc = parsed(name, reader)
    if reader == "pypdf":
        source = ingest.readers.pypdf_text(MORE / name, (MORE / name).read_bytes())
    else:
        source = read_text(MORE / name)
    # cleaned as the parser cleans it: furniture gone, footnote markers made superscripts
    squashed = re.sub(r"\s+", "", SUPERSCRIPT.sub("", clean(source).text))
    for p in doc.paragraphs:
        words = p.text.split()
        for piece in (words[:6], words[-6:]):  # a page break may split the middle
            assert re.sub(r"\s+", "", " ".join(piece)) in squashed, (p.number, piece)


@needs_more
@pytest.mark.parametrize(("name", "reader"), cases())
def test_recommendations_carry_states_and_positions(name: str, reader: str) -> None:
    doc = parsed(name, reader)
    for p in doc.paragraphs:
        if "." in p.number:
            assert p.recommended_by, p.number
            assert p.position == POSITIONS[p.number.split(".")[0]], p.number
            assert p.role == "recommendation"
            assert doc.reference(p.number) == f"{doc.symbol}, rec. {p.number}"


@needs_more
@pytest.mark.parametrize(
    ("name", "number", "starts", "ends"),
    [
        # footnote markers glued to words, and their footnotes attached, not inlined
        (
            "CO_CERD-C-BRA-CO-18-20_Brazil_2022.txt",
            "1",
            "The Committee",
            "concluding observations.",
        ),
        ("UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt", "3", "In accordance", "paragraph 15 (c)."),
        (
            "UPR_A-HRC-28-10_Kazakhstan_2014_WG_report.txt",
            "125.27",
            "Continue",
            "employment (Belarus)",
        ),
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "133.1", "Continue", "(Saudi Arabia)"),
        ("pdf/uzbekistan2013.pdf", "133.1", "Continue", "(Saudi Arabia)"),
        # a paragraph split across pages is one record
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "7", "Regarding", "highlighted."),
        ("UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt", "7", "The Long-Term", "defining rape."),
    ],
)
def test_specific_records(name: str, number: str, starts: str, ends: str) -> None:
    p = next(p for p in parsed(name).paragraphs if p.number == number)
    assert p.text.startswith(starts) and p.text.endswith(ends), p.text


@needs_more
@pytest.mark.parametrize(
    ("name", "number", "spoke"),
    [
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "23", ("Venezuela",)),
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "47", ("North Korea",)),
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "123", ("United Kingdom",)),
        ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "22", ()),  # "During the dialogue"
        ("UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt", "13", ("North Macedonia",)),
        ("UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt", "46", ("Slovenia",)),
        ("pdf/kazakhstan2014.pdf", "44", ("Kuwait",)),
        ("UPR_A-HRC-28-10_Kazakhstan_2014_WG_report.txt", "5", ()),  # the presentation
    ],
)
def test_dialogue_paragraphs_keep_the_state_that_spoke(
    name: str, number: str, spoke: tuple[str, ...]
) -> None:
    p = next(p for p in parsed(name).paragraphs if p.number == number)
    assert p.speakers == spoke, p.text[:80]


@needs_more
def test_footnotes_are_attached_to_their_paragraph() -> None:
    cerd = {p.number: p for p in parsed("CO_CERD-C-BRA-CO-18-20_Brazil_2022.txt").paragraphs}
    assert [f.text for f in cerd["1"].footnotes] == [
        "CERD/C/BRA/18-20.",
        "CERD/C/SR.2931 and CERD/C/SR.2932.",
    ]
    assert "Brazil, submitted" in cerd["1"].text and "meetings, held" in cerd["1"].text
    slovenia = {
        p.number: p for p in parsed("UPR_A-HRC-59-15_Slovenia_2025_WG_report.txt").paragraphs
    }
    assert len(slovenia["3"].footnotes) == 3
    for name in ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "pdf/uzbekistan2013.pdf"):
        uzbekistan = {p.number: p for p in parsed(name).paragraphs}
        (note,) = uzbekistan["134.6"].footnotes  # "(Belgium)1;": the item's own note
        assert note.text.startswith("The original wording of the recommendation")
        assert not uzbekistan["134"].footnotes and uzbekistan["133"].footnotes[0].mark == "*"


@needs_more
@pytest.mark.slow
def test_ingest_of_a_mixed_folder_names_nothing_as_failed(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(BUNDLED_CORPUS, folder / "corpus")
    shutil.copytree(MORE, folder / "more")  # its README, MANIFEST.tsv and labels CSV too
    data = tmp_path / "index"
    out = rd(data, "ingest", str(folder), "--json", timeout=1200)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["errors"] == [] and report["documents"] == 11
    assert {Path(s["file"]).name for s in report["skipped"]} == {
        "uzbekistan2013.pdf",  # the published PDFs: other copies of the two text reports
        "kazakhstan2014.pdf",
        "MANIFEST.tsv",  # data beside the documents
        "UPRinfo_recommendations_Uzbekistan2013_Kazakhstan2014.csv",
    }
    docs = {d["id"]: d for d in json.loads(rd(data, "docs", "--json").stdout)}
    assert (docs["a-hrc-24-7"]["paragraphs"], docs["a-hrc-24-7"]["recommendations"]) == (139, 203)
    assert docs["cerd-bra-co-18-20"]["paragraphs"] == 70
    assert docs["crc-opsc-tjk-co-1"]["paragraphs"] == 38
    shown = rd(data, "show", "a-hrc-24-7", "133.79", "--json")
    (rec,) = [json.loads(line) for line in shown.stdout.splitlines()]
    assert rec["number"] == "133.79" and rec["recommended_by"] == ["Venezuela"]
    assert rec["position"] == "supported" and rec["reference"] == "A/HRC/24/7, rec. 133.79"
    text = rd(data, "show", "a-hrc-28-10", "126.8").stdout
    assert text.startswith("A/HRC/28/10, rec. 126.8\nRatify the Optional Protocol to CRPD")


# -- every treaty body's layout, as `pdftotext -layout` prints it (no file needed) ----------

COMMITTEES = [
    ("CRC/C/KAZ/CO/5-6", "Committee on the Rights of the Child", "Kazakhstan"),
    ("CRC/C/OPSC/TJK/CO/1", "Committee on the Rights of the Child", "Tajikistan"),
    ("CRC/C/OPAC/TKM/CO/1", "Committee on the Rights of the Child", "Turkmenistan"),
    ("CERD/C/BRA/CO/18-20", "Committee on the Elimination of Racial Discrimination", "Brazil"),
    (
        "CEDAW/C/UZB/CO/6",
        "Committee on the Elimination of Discrimination against Women",
        "Uzbekistan",
    ),
    ("CCPR/C/KAZ/CO/2", "Human Rights Committee", "Kazakhstan"),
    ("E/C.12/SVN/CO/3", "Committee on Economic, Social and Cultural Rights", "Slovenia"),
    ("CAT/C/UZB/CO/5", "Committee against Torture", "Uzbekistan"),
    ("CMW/C/TJK/CO/2", "Committee on Migrant Workers", "Tajikistan"),
    ("CRPD/C/BRA/CO/1", "Committee on the Rights of Persons with Disabilities", "Brazil"),
    ("CED/C/KAZ/CO/1", "Committee on Enforced Disappearances", "Kazakhstan"),
]


def layout_document(symbol: str, country: str, margin: int = 10) -> str:
    """Three pages as a UN concluding observations PDF prints them, furniture included."""
    pad = " " * margin
    page1 = f"""\
              United Nations                                               {symbol}*
              Convention                                                   Distr.: General
                                                                           3 March 2023

                                                                           Original: English

Committee

{pad}Concluding observations on the combined periodic reports of
{pad}{country}**
{pad}1.     The Committee considered the periodic reports of {country}1 at its 2931st
{pad}meeting (see CCPR/C/SR.2931 and A/HRC/19/3). It adopted the present concluding
{pad}observations.
{pad}A.    Positive aspects
{pad}2.    The Committee welcomes the adoption of the law on equality in 2021, which
{pad}replaced the law of 2009.2
{pad}C.    Principal subjects of concern and recommendations
{pad}      Data collection
{pad}3.    The Committee is concerned about the lack of data on the situation of the
{pad}persons most affected by discrimination, in particular of children living in rural


{pad}  * Reissued for technical reasons.
{pad} ** Adopted by the Committee at its 108th session (14 November-2 December 2022).
{pad}   1 {symbol.replace("/CO/", "/")}.
{pad}   2 Ibid., para. 17.

GE.23-01234(E)
"""
    page2 = f"""\
{symbol}

areas and of children with disabilities.
4.     The Committee recommends that the State party collect data, disaggregated by age,
sex and disability, and:
       (a)    Publish it every year;
       (b)    Use it in its plans3 and budgets.
5.     The Committee recommends that the State party take the measures set out in
paragraph 4 above and report on them, within 2 years, in accordance with rule 65.



3   CRC/C/GC/19, para. 4.

2                                                                                 GE.23-01234
"""
    page3 = f"""\
                                                                           {symbol}


{pad}6.     The Committee requests the State party to submit its next report by 2027.



{pad}                                                                                   3
"""
    return "\f".join([page1, page2, page3])


@pytest.mark.parametrize(("symbol", "body", "country"), COMMITTEES)
@pytest.mark.parametrize("margin", [0, 10])
def test_every_committee_layout(
    tmp_path: Path, symbol: str, body: str, country: str, margin: int
) -> None:
    path = tmp_path / "co.txt"
    path.write_text(layout_document(symbol, country, margin), encoding="utf-8")
    (doc,) = parse_file(path)
    assert (doc.symbol, doc.body, doc.country, doc.year) == (symbol, body, country, 2023)
    assert doc.kind == "concluding_observations"
    paras = {p.number: p for p in classify_annotate(doc).paragraphs}
    assert list(paras) == ["1", "2", "3", "4", "5", "6"]
    assert paras["3"].text.endswith(
        "children living in rural areas and of children with disabilities."
    )
    assert paras["3"].section_path[-1] == "Data collection" and paras["3"].role == "concern"
    assert paras["4"].role == "recommendation" and [s.label for s in paras["4"].subparagraphs] == [
        "a",
        "b",
    ]
    assert paras["4"].subparagraphs[1].text == "Use it in its plans and budgets."
    assert [f.text for f in paras["4"].footnotes] == ["CRC/C/GC/19, para. 4."]
    assert paras["1"].text.startswith(
        f"The Committee considered the periodic reports of {country} at"
    )
    assert [f.text for f in paras["1"].footnotes] == [symbol.replace("/CO/", "/") + "."]
    assert [f.text for f in paras["2"].footnotes] == ["Ibid., para. 17."]
    assert paras["2"].text.endswith("replaced the law of 2009.")
    assert paras["5"].text.endswith("within 2 years, in accordance with rule 65.")
    assert (
        paras["6"].text
        == "The Committee requests the State party to submit its next report by 2027."
    )
    for p in paras.values():
        assert "GE." not in p.text and symbol not in p.text and "Reissued" not in p.text


@pytest.mark.parametrize(
    ("line", "marks", "expected"),
    [
        ("recommended the reform (Kazakhstan);1", ["1"], "recommended the reform (Kazakhstan);\u00b9"),
        ("free and fair elections2 and the", ["2"], "free and fair elections\u00b2 and the"),
        ("in the area of employment 1 (Belarus);", ["1"], "in the area of employment\u00b9 (Belarus);"),
        ("paragraph 15 (b); 2", ["2"], "paragraph 15 (b);\u00b2"),
        ("by 2007,9 progress", ["9"], "by 2007,\u00b9 progress".replace("\u00b9", "\u2079")),
        ("88.1  Decriminalize defamation (Norway);", ["1"], "88.1  Decriminalize defamation (Norway);"),
        ("see paragraph 1 (a) and No. 1", ["1"], "see paragraph 1 (a) and No. 1"),
        ("28.6 per cent of children", ["6"], "28.6 per cent of children"),
    ],
)  # fmt: skip
def test_footnote_marks_glued_to_words(line: str, marks: list[str], expected: str) -> None:
    from ingest.pages import _unglue

    assert _unglue(line, marks) == expected


def test_furniture_lines() -> None:
    symbols = frozenset({"A/HRC/19/3"})
    for line in (
        "A/HRC/19/3 6",
        "6   A/HRC/19/3",
        "GE.12-10000",
        "2   GE.25-02819",
        "GE.22-27770(E)",
        "12",
    ):
        assert is_furniture(line, symbols), line
    for line in ("1 A/HRC/WG.6/48/SVN/1.", "The State party", "A/HRC/20/1 6"):
        assert not is_furniture(line, symbols), line
