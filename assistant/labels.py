"""Compact document labels for answers: symbol, short title, country, year.

An answer names each document once in a line a reader takes in at a glance
("CRC/C/OPSC/TJK/CO/1 · Concluding observations (CRC-OPSC) · Tajikistan, 2017"); the full
title is left to the source panel and the exports' list of documents. The short title is read
from the document's kind, symbol and title, never from a list of the bundled documents.
"""

from __future__ import annotations

import re

from rightsdesk.domain import Document

MANDATE = re.compile(
    r"\b(Special Rapporteur|Independent Expert|Working Group|Special Representative)"
    r"\s+(?:of the Secretary-General\s+)?on\s+([^,:;(]+)",
    re.I,
)
VISIT = re.compile(r"^\s*(Visit|Mission)\s+to\b", re.I)
MAX_TITLE = 48


def short_title(doc: Document) -> str:
    """A few words saying what the document is; '' when its short name already says it."""
    if doc.kind == "concluding_observations":
        body = f" ({_instrument(doc)})" if doc.symbol else ""
        return f"Concluding observations{body}"
    if doc.kind == "upr_report":
        return "UPR Working Group report"
    if doc.kind == "special_rapporteur_report":
        m = MANDATE.search(doc.title)
        name = f"{m.group(1)} on {m.group(2).strip()}" if m else "Special procedures report"
        return f"{name}, country visit" if VISIT.match(doc.title) else name
    if doc.kind == "national_plan":
        # its short name ("National Plan of Action 2018-2022 (OPSC)") usually says it
        return "" if "plan" in doc.short_name.lower() else "National plan of action"
    if doc.short_name.lower() in doc.title.lower():
        return ""  # a short name taken from the title
    return _cut(doc.title)


def doc_label(doc: Document, bold: bool = False) -> str:
    """'CRC/C/OPSC/TJK/CO/1 · Concluding observations (CRC-OPSC) · Tajikistan, 2017'."""
    name = f"**{doc.short_name}**" if bold else doc.short_name
    place = ", ".join(str(p) for p in (doc.country, doc.year) if p)
    return " · ".join(p for p in (name, short_title(doc), place) if p)


def _instrument(doc: Document) -> str:
    """The treaty body, and the optional protocol when the symbol names one: 'CRC-OPSC'."""
    assert doc.symbol is not None
    parts = doc.symbol.split()[0].split("/")
    protocol = [p for p in parts[1:] if re.fullmatch(r"OP[A-Z]{1,3}", p)]
    return "-".join([parts[0], *protocol])


def _cut(title: str) -> str:
    """The title's opening words, whole words only, ' …' when cut."""
    words = " ".join(title.split())
    if len(words) <= MAX_TITLE:
        return words
    out = words[:MAX_TITLE].rsplit(" ", 1)[0].rstrip(",:;")
    return f"{out} …"
