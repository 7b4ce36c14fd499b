"""Read a file's text: .txt (encoding detected), .md, .html, .docx (python-docx), .pdf
(`pdftotext -layout` when poppler-utils is installed, else pypdf; pages end with form feeds).

Raises IngestError with a human reason for empty, binary, truncated or mislabelled files.
Does not clean or parse the text.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

from rightsdesk.errors import IngestError

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"})


def read_text(path: Path) -> str:
    """The text of a document file."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(path, f"unsupported file type {suffix or '(none)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            path, f"cannot read the file ({exc.strerror or exc.__class__.__name__})"
        ) from exc
    if not data.strip():
        raise IngestError(path, "the file is empty")
    if suffix == ".pdf":
        return _pdf(path, data)
    if suffix == ".docx":
        return _docx(path, data)
    text = decode(path, data)
    if suffix in (".html", ".htm"):
        text = _html(text)
    if not text.strip():
        raise IngestError(path, "no text in the file (markup or scripts only)")
    return text


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: BOMs honoured, UTF-8 tried strictly, legacy encodings detected."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                name = "UTF-8" if enc == "utf-8-sig" else "UTF-16"
                raise IngestError(
                    path, f"damaged {name} text (bad bytes at offset {exc.start})"
                ) from exc
    if b"\x00" in data[:4096]:
        if _looks_utf16(data):
            return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
        raise IngestError(path, "binary data, not text (NUL bytes); is it the right file?")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(
        data, cp_isolation=["cp1252", "cp1251", "latin_1", "iso8859_15", "cp1250", "koi8_r"]
    ).best()
    if best is None or _control_ratio(str(best)) > 0.05:
        raise IngestError(path, "not readable as text in any known encoding (binary file?)")
    if best.encoding in _LATIN:
        return _western_or_central(data) or str(best)
    return str(best)


# The single-byte Latin encodings charset_normalizer may hesitate between. On a short
# text it can pick cp1250 for Western text ("naïve" read as "naďve"); the tie is settled
# by the letters each reading produces where the two differ.
_LATIN = {"cp1252", "cp1250", "latin_1", "iso8859_15"}
_WESTERN = set("éèàçêâîôûëïüöäßñœŒÉÈÀÇ’‘“”–—€…«»")
_CENTRAL = set("ěčřůłąęśżźćńőűțșăşţňťľĺŕĚČŘŮŁĄĘŚŻŹĆŃŐŰȚȘĂŞŢŇŤĽĹŔ")


def _western_or_central(data: bytes) -> str | None:
    """cp1252 unless the cp1250 reading yields more Central European letters; None when
    neither decodes strictly."""
    readings = {}
    for enc in ("cp1252", "cp1250"):
        try:
            readings[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(readings) < 2:
        return next(iter(readings.values()), None)
    west, central = readings["cp1252"], readings["cp1250"]
    differ = [(a, b) for a, b in zip(west, central, strict=True) if a != b]
    west_score = sum(a in _WESTERN for a, _ in differ)
    central_score = sum(b in _CENTRAL for _, b in differ)
    return central if central_score > west_score else west


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    return max(zeros_even, zeros_odd) > 0.4 * (len(sample) / 2) and min(
        zeros_even, zeros_odd
    ) < 0.05 * len(sample)


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(text), 1)


def _pdf(path: Path, data: bytes) -> str:
    if not data.lstrip().startswith(b"%PDF"):
        raise IngestError(path, "not a valid PDF (no %PDF header)")
    text = pdftotext(path)
    return text if text and text.strip() else pypdf_text(path, data)


def pdftotext(path: Path) -> str | None:
    """`pdftotext -layout` (poppler-utils) when installed: its layout keeps the page's margins
    and footnote blocks apart; None when absent or when it fails (pypdf then says why)."""
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    try:
        done = subprocess.run(
            [exe, "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def pypdf_text(path: Path, data: bytes) -> str:
    """The text of each page with pypdf, pages separated by form feeds."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(
            path, f"not a valid PDF (truncated or corrupt: {exc.__class__.__name__})"
        ) from exc
    text = "\f".join(pages)  # form feeds, as pdftotext gives: page furniture is found per page
    if not text.strip():
        raise IngestError(path, "the PDF has no extractable text (scanned images need OCR first)")
    return text


def _docx(path: Path, data: bytes) -> str:
    import io

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(path, "not a valid .docx (a .docx is a zip archive; this file is not)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise IngestError(path, f"not a valid .docx ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(DocxParagraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append("\t".join(cell.text.replace("\n", " ").strip() for cell in row.cells))
    return "\n".join(lines)


def _html(text: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    for tag in soup.find_all(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "div"]):
        tag.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    return "\n".join(line for line in lines if line)
