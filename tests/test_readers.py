"""ingest.readers: every format read, every bad file refused with a clear reason.

All fixtures are generated here into tmp_path (nothing binary is committed).
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from ingest.readers import read_text
from rightsdesk.errors import IngestError

SENTENCE = "The Committee recommends that the State party ensure résumé naïve façade."


def _pdf_bytes(text: str | None) -> bytes:
    """A real one-page PDF (matplotlib's PDF backend); no text when `text` is None."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 2))
    if text is not None:
        fig.text(0.05, 0.5, text)
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf")
    return buf.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- text encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", "Côte d’Ivoire – 5 €".encode(), "Côte d’Ivoire – 5 €"),
        ("bom.txt", b"\xef\xbb\xbf" + "Côte d’Ivoire".encode(), "Côte d’Ivoire"),
        ("u16.txt", "Côte d’Ivoire, Таджикистан".encode("utf-16"), "Côte d’Ivoire, Таджикистан"),
        ("u16be.txt", "Tajikistan".encode("utf-16"), "Tajikistan"),
        ("cp1252.txt", f"Côte d’Ivoire costs 5 €. {SENTENCE}".encode("cp1252"), None),
        ("cp1252-short.txt", "Côte d’Ivoire costs 5 €.".encode("cp1252"), None),
        (
            "cp1251.txt",
            "Комитет по правам ребёнка рекомендует государству-участнику".encode("cp1251"),
            None,
        ),
        ("latin1.txt", "Zürich, Ärger, Öl und Straße".encode("latin-1"), None),
        ("page.md", b"# Title\n\n**bold** [HIV/AIDS](#)\n", "# Title\n\n**bold** [HIV/AIDS](#)\n"),
    ],
)
def test_text_encodings_are_decoded_not_replaced(
    tmp_path: Path, name: str, data: bytes, expected: str | None
) -> None:
    text = read_text(_write(tmp_path, name, data))
    assert "\ufffd" not in text and "\ufeff" not in text
    if expected is not None:
        assert text == expected
    if name.startswith("cp1252"):
        assert "Côte d’Ivoire" in text and "€" in text
        assert name == "cp1252-short.txt" or SENTENCE in text
    if name == "cp1251.txt":
        assert text.startswith("Комитет по правам ребёнка")
    if name == "latin1.txt":
        assert text == "Zürich, Ärger, Öl und Straße"


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = _write(tmp_path, "nobom.txt", "The Committee welcomes Tajikistan".encode("utf-16-le"))
    assert read_text(path) == "The Committee welcomes Tajikistan"


# -- other formats --------------------------------------------------------------------------


def test_html_drops_scripts_and_navigation_and_keeps_blocks(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        "<nav>Home | About</nav><h1>Concluding observations</h1>"
        "<p>1. The Committee <b>welcomes</b> the report.</p><ul><li>(a) first;</li>"
        "<li>(b) second.</li></ul><p>2. The Committee recommends.</p></body></html>"
    )
    text = read_text(_write(tmp_path, "page.html", html.encode()))
    assert text.split("\n") == [
        "Concluding observations",
        "1. The Committee welcomes the report.",
        "(a) first;",
        "(b) second.",
        "2. The Committee recommends.",
    ]
    assert read_text(_write(tmp_path, "page.htm", html.encode("cp1252"))) == text


def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("National Plan of Action")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("No.", "Activity", "Period"), ("1", "Train judges", "2018-2019")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Abbreviations: MOES")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read_text(path).split("\n") == [
        "National Plan of Action",
        "No.\tActivity\tPeriod",
        "1\tTrain judges\t2018-2019",
        "Abbreviations: MOES",
    ]


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    path = _write(tmp_path, "doc.pdf", _pdf_bytes("The Committee recommends that the State party"))
    assert "The Committee recommends that the State party" in read_text(path)


# -- bad files ------------------------------------------------------------------------------


def _random_bytes(n: int) -> bytes:
    return random.Random(7).randbytes(n)


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.txt", lambda: b"", "empty"),
        ("blank.md", lambda: b"  \n\n\t ", "empty"),
        ("random.txt", lambda: _random_bytes(4096), "binary"),
        ("random.html", lambda: _random_bytes(2048), "binary"),
        ("nul.txt", lambda: b"The Committee\x00\x01\x02 recommends", "binary"),
        ("truncated.pdf", lambda: _pdf_bytes("The Committee")[:1500], "not a valid PDF (truncated"),
        (
            "corrupt.pdf",
            lambda: b"%PDF-1.4\n" + _random_bytes(3000) + b"\n%%EOF\n",
            "not a valid PDF",
        ),
        ("fake.pdf", lambda: b"<html>not a pdf</html>", "not a valid PDF (no %PDF header)"),
        ("blank.pdf", lambda: _pdf_bytes(None), "no extractable text"),
        (
            "fake.docx",
            lambda: b"This is plain text, not a Word file.",
            "is a zip archive; this file is not",
        ),
        ("zip.docx", lambda: _zip_without_docx(), "not a valid .docx"),
        ("empty.docx", lambda: b"", "empty"),
        ("doc.rtf", lambda: b"{\\rtf1 hello}", "unsupported file type .rtf"),
        ("noext", lambda: b"hello", "unsupported file type (none)"),
        ("html-only.html", lambda: b"<html><script>x()</script></html>", "no text"),
        ("odd-utf16.txt", lambda: b"\xff\xfeT\x00h\x00e", "damaged UTF-16"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, make: object, reason: str
) -> None:
    path = _write(tmp_path, name, make())  # type: ignore[operator]
    with pytest.raises(IngestError) as info:
        read_text(path)
    assert reason in info.value.reason
    assert info.value.path == path
    assert str(info.value).startswith(f"{name}: ")


def _zip_without_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    return buf.getvalue()


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read the file"):
        read_text(tmp_path / "missing.txt")
