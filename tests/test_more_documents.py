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
from ingest.clean import clean
from ingest.parse import parse_file
from ingest.readers import read_text
from rightsdesk.domain import Document
from rightsdesk.settings import BUNDLED_CORPUS
from tests.conftest import rd

MORE = Path(__file__).resolve().parents[1].parent / "shared" / "more-documents"
pytestmark = pytest.mark.skipif(
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


def test_every_file_is_covered() -> None:
    files = {str(p.relative_to(MORE)) for p in MORE.rglob("*") if p.suffix in (".txt", ".pdf")}
    assert files == set(STRUCTURE)


@pytest.mark.parametrize(("name", "reader"), cases())
def test_identity_from_the_header(name: str, reader: str) -> None:
    doc, row = parsed(name, reader), manifest()[name]
    assert doc.symbol == row["un_symbol"].split()[0]
    assert (doc.country, str(doc.year)) == (row["country"], row["year"])
    assert doc.kind == ("upr_report" if "UPR" in row["doc_type"] else "concluding_observations")
    assert doc.body and doc.title.startswith(("Report of the Working Group", "Concluding"))


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


@pytest.mark.parametrize(("name", "reader"), cases())
def test_recommendations_carry_states_and_positions(name: str, reader: str) -> None:
    doc = parsed(name, reader)
    for p in doc.paragraphs:
        if "." in p.number:
            assert p.recommended_by, p.number
            assert p.position == POSITIONS[p.number.split(".")[0]], p.number
            assert p.role == "recommendation"
            assert doc.reference(p.number) == f"{doc.symbol}, rec. {p.number}"


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


@pytest.mark.slow
def test_ingest_of_a_mixed_folder_names_nothing_as_failed(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(BUNDLED_CORPUS, folder / "corpus")
    for path in [*MORE.glob("*.txt"), *MORE.glob("pdf/*.pdf")]:
        dest = folder / "more" / path.relative_to(MORE)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, dest)
    data = tmp_path / "index"
    out = rd(data, "ingest", str(folder), "--json", timeout=1200)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["errors"] == [] and report["documents"] == 11
    assert {Path(s["file"]).name for s in report["skipped"]} == {
        "uzbekistan2013.pdf",
        "kazakhstan2014.pdf",
    }  # the published PDFs are other copies of the two text reports
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
