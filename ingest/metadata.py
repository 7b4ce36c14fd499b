"""Infer a document's identity from its text: symbol, body, country, year, kind, id.

For documents a user adds without a manifest entry; the manifest or a sidecar overrides it.
Does not parse paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pydantic import BaseModel

from ingest.pages import running_symbols
from ingest.references import SYMBOL
from rightsdesk.countries import find_countries, from_iso3
from rightsdesk.domain import DocKind

BODIES = {
    "CRC": "Committee on the Rights of the Child",
    "CERD": "Committee on the Elimination of Racial Discrimination",
    "CEDAW": "Committee on the Elimination of Discrimination against Women",
    "CCPR": "Human Rights Committee",
    "E/C.12": "Committee on Economic, Social and Cultural Rights",
    "CAT": "Committee against Torture",
    "CRPD": "Committee on the Rights of Persons with Disabilities",
    "CMW": "Committee on Migrant Workers",
    "CED": "Committee on Enforced Disappearances",
    "A/HRC": "Human Rights Council",
}
KINDS: tuple[tuple[re.Pattern[str], DocKind], ...] = (
    (re.compile(r"national plan of action", re.I), "national_plan"),
    (re.compile(r"concluding observations", re.I), "concluding_observations"),
    (re.compile(r"special rapporteur", re.I), "special_rapporteur_report"),
    (re.compile(r"universal periodic review", re.I), "upr_report"),
)
DATE = re.compile(r"^\s*\d{1,2}\s+[A-Z][a-z]+\s*(19[89]\d|20[0-4]\d)\s*$")  # "5 July 2013"
MASTHEAD = re.compile(r"\bUnited Nations\b|\bDistr\.")
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
HEAD_CHARS = 4000


class DocMeta(BaseModel):
    """Inferred metadata of one document."""

    id: str
    symbol: str | None = None
    title: str
    body: str = ""
    country: str = ""
    year: int | None = None
    kind: DocKind = "other"
    short_name: str


def slug(symbol: str) -> str:
    """Document id from a UN symbol: 'CRC/C/OPSC/TJK/CO/1' -> 'crc-opsc-tjk-co-1'."""
    parts = [p for p in re.split(r"[/\s]+", symbol.strip()) if p]
    if (
        len(parts) > 2
        and parts[1] == "C"
        and parts[0] in {"CRC", "CERD", "CEDAW", "CAT", "CRPD", "CMW", "CED"}
    ):
        parts.pop(1)  # the bundled ids drop the lone "C" of treaty-body symbols
    text = "-".join(parts).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def infer_metadata(text: str, file_name: str) -> DocMeta:
    """Best guess of a document's metadata from its first pages and its file name."""
    head = text[:HEAD_CHARS]
    symbol = own_symbol(text)
    hits = [(m.start(), k) for rx, k in KINDS if (m := rx.search(head))]
    kind: DocKind = min(hits)[1] if hits else "other"  # the kind named first, i.e. in the title
    body = ""
    if symbol:
        prefix = (
            "E/C.12"
            if symbol.startswith("E/C.12")
            else "A/HRC"
            if symbol.startswith("A/HRC")
            else symbol.split("/")[0]
        )
        body = BODIES.get(prefix, "")
    if kind == "special_rapporteur_report":
        m = re.search(r"Special Rapporteur on [^,.\n*]+(?:, especially [^,.\n*]+)?", head)
        body = m.group(0) if m else "Special Rapporteur"
    country = _country(head, symbol)
    years = [int(y) for y in YEAR.findall(head)]
    title = _title(head) or Path(file_name).stem
    doc_id = slug(symbol) if symbol else slug(Path(file_name).stem)
    return DocMeta(
        id=doc_id or "document",
        symbol=symbol,
        title=title,
        body=body,
        country=country,
        year=_dated(head)
        or (max(Counter(years).most_common(), key=lambda yc: (yc[1], yc[0]))[0] if years else None),
        kind=kind,
        short_name=symbol or title[:60],
    )


def own_symbol(text: str) -> str | None:
    """The document's own symbol, from its header rather than from what it cites.

    In order: the symbol its pages repeat as running header (the one its first page prints,
    when a misprint runs on some pages); the symbol on the masthead line ("United Nations
    A/HRC/24/7", "Distr.: General"); else the most frequent final-document symbol of the
    first pages.
    """
    head = text[:HEAD_CHARS]
    running = running_symbols(text)
    first_page = text.split("\f", 1)[0]
    if running:
        return next((s for s in running if s in first_page), running[0])
    for line in head.split("\n"):
        if MASTHEAD.search(line):
            found = [m.group(0) for m in SYMBOL.finditer(line)]
            if found:
                return found[-1]
    return _symbol(head)


def _dated(head: str) -> int | None:
    """The year of the date the masthead prints under "Distr.: General" (its right column)."""
    lines = [ln for ln in head.split("\n") if ln.strip()][:12]
    for line in lines:
        m = DATE.match(line.split("  ")[-1] if "  " in line.strip() else line)
        if m:
            return int(m.group(1))
    return None


def _symbol(head: str) -> str | None:
    """The document's own symbol: the most frequent one that looks like a final document."""
    found = [m.group(0) for m in SYMBOL.finditer(head)]
    own = [s for s in found if re.search(r"/CO/|/Add\.\d|^A/HRC/\d+/\d+", s) and "/Q/" not in s]
    pick = own or found
    return Counter(pick).most_common(1)[0][0] if pick else None


def _country(head: str, symbol: str | None) -> str:
    if symbol:
        for part in symbol.split("/"):
            if len(part) == 3 and part.isalpha() and part.isupper():
                name = from_iso3(part)
                if name:
                    return name
    counts = Counter(find_countries(head))
    for name in find_countries(head):
        counts[name] += head.count(name)
    return counts.most_common(1)[0][0] if counts else ""


def _title(head: str) -> str:
    lines = [" ".join(ln.split()) for ln in head.split("\n")]
    for i, line in enumerate(lines):
        if (
            re.search(r"concluding observations|report of|national plan|visit to", line, re.I)
            and len(line) < 300
        ):
            return _wrapped(line, lines[i + 1 : i + 3]).strip(" *")
    first = next((ln.strip() for ln in head.split("\n") if len(ln.strip()) > 10), "")
    return first[:200]


def _wrapped(title: str, following: list[str]) -> str:
    """A title with the lines it wraps onto (a layout extraction breaks it mid-phrase)."""
    for line in following:
        if not line or title.rstrip(" *").endswith((".", ";", ":")) or len(line) > 100:
            break
        if re.match(r"^(?:\d{1,3}\.|[IVXL]+\.|[A-Z]\.)\s", line):
            break  # a numbered paragraph or a heading starts
        title = f"{title.rstrip()} {line}"
    return " ".join(title.replace("*", " ").split())


# "Adopted by the Committee at its sixty-eighth session (12-30 January 2015)", a title footnote
ADOPTED_AT = re.compile(
    r"\b(?:adopted|considered|examined)\b[^.\n]{0,80}?\bat\s+its\s+"
    r"(?P<ord>[a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:regular\s+)?session\b",
    re.I,
)


def adopted_sessions(text: str) -> tuple[int, ...]:
    """The sessions a document says it was adopted or considered at, spelt out in its text."""
    from rightsdesk.words import ORDINAL_NUMBERS

    found = (
        int(m.group("ord")[:-2])
        if m.group("ord")[0].isdigit()
        else ORDINAL_NUMBERS.get(m.group("ord").lower())
        for m in ADOPTED_AT.finditer(text)
    )
    return tuple(dict.fromkeys(n for n in found if n))
