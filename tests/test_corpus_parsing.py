"""The whole bundled corpus through the parsers: counts, no noise, sub-paragraphs, verbatim text."""

from __future__ import annotations

import re
from functools import cache

import pytest

from ingest import classify, links
from ingest.clean import clean
from ingest.manifest import load_manifest, load_sidecar
from ingest.parse import parse_file
from ingest.readers import read_text
from rightsdesk.domain import Document
from rightsdesk.settings import BUNDLED_CORPUS

COUNTS = {
    "crc-opsc-tjk-co-1": 38,
    "crc-opsc-tkm-co-1": 47,
    "a-hrc-50-33-add-1": 92,
    "crc-opsc-kaz-co-1": 32,
    "tjk-npa-2018-crc": 35,
    "tjk-npa-2018-opsc": 11,
    "tjk-npa-2018-opac": 10,
}
NOISE = [
    "Adopted by the Committee at its",
    "The Special Rapporteur has, however, taken note of",
    "**",
    "](#)",
    "[bookmark",
    "footnoteRef",
    "2873",
    "NATIONAL PLAN OF ACTION",
    "Abbreviations:",
]


@cache
def corpus() -> dict[str, Document]:
    manifest = load_manifest(BUNDLED_CORPUS)
    docs = [
        d
        for p in sorted(BUNDLED_CORPUS.glob("*.txt"))
        for d in parse_file(p, manifest.entry(p.name), load_sidecar(p))
    ]
    return {d.id: d for d in links.link_documents([classify.annotate(d) for d in docs])}


def para(doc_id: str, number: str):  # type: ignore[no-untyped-def]
    return next(p for p in corpus()[doc_id].paragraphs if p.number == number)


@pytest.mark.parametrize(("doc_id", "count"), COUNTS.items())
def test_every_number_exactly_once(doc_id: str, count: int) -> None:
    doc = corpus()[doc_id]
    numbers = [u.number for u in (*doc.paragraphs, *doc.rows)]
    assert numbers == [str(i) for i in range(1, count + 1)]


@pytest.mark.parametrize("doc_id", [d for d in COUNTS if "npa" not in d])
def test_no_footnote_heading_furniture_or_markup_in_paragraphs(doc_id: str) -> None:
    doc = corpus()[doc_id]
    headings = {h for p in doc.paragraphs for h in p.section_path}
    for p in doc.paragraphs:
        for noise in NOISE:
            assert noise not in p.text, (p.number, noise)
        for h in headings:
            assert not p.text.endswith(h), (p.number, h)
        assert "\t" not in p.text


@pytest.mark.parametrize(
    ("doc_id", "number", "absent"),
    [
        ("crc-opsc-tjk-co-1", "5", "Data collection"),
        ("crc-opsc-tkm-co-1", "7", "General measures of implementation"),
        ("crc-opsc-tkm-co-1", "34", "Protection of the rights of child victims"),
        ("crc-opsc-kaz-co-1", "6", "Dissemination and training"),
        ("crc-opsc-kaz-co-1", "18", "Protection of the rights"),
    ],
)
def test_headings_glued_to_paragraph_ends_are_taken_out(
    doc_id: str, number: str, absent: str
) -> None:
    assert absent not in para(doc_id, number).text


@pytest.mark.parametrize(
    ("doc_id", "number", "labels"),
    [
        ("crc-opsc-tjk-co-1", "33", "abcde"),
        ("a-hrc-50-33-add-1", "91", "abcd"),
        ("crc-opsc-kaz-co-1", "22", "abcdefg"),
        ("crc-opsc-tkm-co-1", "4", "abcdef"),
        ("crc-opsc-tjk-co-1", "4", "abcdef"),
        ("crc-opsc-tjk-co-1", "24", ""),
    ],
)
def test_subparagraphs_split(doc_id: str, number: str, labels: str) -> None:
    assert "".join(s.label for s in para(doc_id, number).subparagraphs) == labels


def test_specific_repairs() -> None:
    assert (
        "the State party on the measures" in para("crc-opsc-tjk-co-1", "22").text
    )  # stray 2873 removed
    sr28 = para("a-hrc-50-33-add-1", "28")
    assert (
        "and Political Rights;" in sr28.text and not sr28.footnotes
    )  # page-break continuation joined
    assert (
        para("a-hrc-50-33-add-1", "25")
        .footnotes[0]
        .text.startswith("The Special Rapporteur has, however")
    )
    tkm4 = para("crc-opsc-tkm-co-1", "4")
    assert tkm4.subparagraphs[0].text == (
        "Optional Protocol to the Convention on the Rights of the Child on the "
        "involvement of children in armed conflict, in March 2005;"
    )
    assert tkm4.footnotes and "sixty-eighth session" in tkm4.footnotes[0].text
    assert "HIV/AIDS treatment" in para("a-hrc-50-33-add-1", "54").text or any(
        "HIV/AIDS treatment" in p.text for p in corpus()["a-hrc-50-33-add-1"].paragraphs
    )
    assert (
        para("crc-opsc-tjk-co-1", "24").section_path[-1]
        == "D. Programmes targeting particular groups"
    )
    assert (
        para("crc-opsc-tkm-co-1", "24")
        .section_path[0]
        .startswith("V. Prevention of the sale of children")
    )
    assert "victim-oriented" in para("crc-opsc-kaz-co-1", "29").text


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc_id", [d for d in COUNTS if "npa" not in d])
def test_paragraph_text_is_the_source_text(doc_id: str) -> None:
    doc = corpus()[doc_id]
    source = _squash(clean(read_text(BUNDLED_CORPUS / doc.source)).text)
    for p in doc.paragraphs:
        pieces = [p.text.split("\n")[0]] + [s.text for s in p.subparagraphs]
        for piece in pieces:  # each piece verbatim, up to whitespace; a page break may split one
            words = piece.split()
            head, tail = " ".join(words[:8]), " ".join(words[-8:])
            assert _squash(head) in source and _squash(tail) in source, (p.number, piece[:60])


def test_references_roles_tags_and_links() -> None:
    tkm15 = para("crc-opsc-tkm-co-1", "15")
    assert any(r.symbol == "CRC/C/TKM/CO/1" and r.paragraph == "12" for r in tkm15.references)
    assert any(
        r.paragraph == "4" and r.symbol is None for r in para("crc-opsc-tjk-co-1", "8").references
    )
    assert para("crc-opsc-tjk-co-1", "24").role == "concern"
    assert para("crc-opsc-tjk-co-1", "25").role == "recommendation"
    assert para("crc-opsc-tjk-co-1", "4").role == "positive"
    assert {"roma-and-minorities", "refugees-and-asylum-seekers", "children"} <= set(
        para("crc-opsc-tjk-co-1", "24").tags
    )
    row10 = next(r for r in corpus()["tjk-npa-2018-opsc"].rows if r.number == "10")
    assert [(u.doc_id, u.number) for u in row10.implements] == [("crc-opsc-tjk-co-1", "25")]
    assert ("tjk-npa-2018-opsc", "10") in {
        (u.doc_id, u.number) for u in para("crc-opsc-tjk-co-1", "25").implemented_by
    }


@pytest.mark.parametrize(
    ("doc_id", "number", "recs"),
    [
        ("tjk-npa-2018-crc", "16", ("20", "21", "22")),
        ("tjk-npa-2018-opsc", "2", ("9", "26", "31", "34")),
        ("tjk-npa-2018-opsc", "10", ("25",)),
        ("tjk-npa-2018-crc", "34", ("46", "47", "48")),
        ("tjk-npa-2018-crc", "22", ("32", "33")),
        ("tjk-npa-2018-crc", "1", ("1",)),
    ],
)
def test_plan_rows_recommendations(doc_id: str, number: str, recs: tuple[str, ...]) -> None:
    row = next(r for r in corpus()[doc_id].rows if r.number == number)
    assert row.recommendations == recs


def test_plan_rows_agencies_and_activities() -> None:
    row30 = next(r for r in corpus()["tjk-npa-2018-crc"].rows if r.number == "30")
    assert "Roma/ Jugi" in row30.activities[0]
    assert all(a.name for a in row30.agencies)
    row32 = next(r for r in corpus()["tjk-npa-2018-crc"].rows if r.number == "32")
    assert row32.activities[1].endswith("take measures to return them to families")
    names = {a.abbreviation: a.name for d in corpus().values() for r in d.rows for a in r.agencies}
    assert names["MOES"] == "Ministry of Education and Science"
    assert names["AG-SUPRT"] == "Agency on Government Service under the President of RT"
    for d in corpus().values():
        for r in d.rows:
            assert "\t" not in r.text and "Summary and recommendation number" not in r.text
