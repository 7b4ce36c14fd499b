"""References a paragraph makes: "paragraph 4 above", "CRC/C/TKM/CO/1, para. 12", bare symbols.

Pure regular expressions; does not resolve references to documents in the index.
"""

from __future__ import annotations

import re

from rightsdesk.domain import Reference

SYMBOL = re.compile(
    r"\b(?:CRC|CERD|CEDAW|CCPR|CAT|CRPD|CMW|CED|E/C\.12|A/HRC|A|E/CN\.4)"
    r"(?:/[A-Za-z0-9.\u2013-]*[A-Za-z0-9])+"
)
SYMBOL_PARA = re.compile(rf"({SYMBOL.pattern}),?\s+paras?\.\s*(\d{{1,3}})")
PARA_REF = re.compile(r"\b(?:paragraphs?|paras?\.)\s*(\d{1,3})(?:\s+(?:above|below))?")


def find_references(text: str) -> tuple[Reference, ...]:
    """Every reference in order of appearance, without repeats."""
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []
    for m in SYMBOL_PARA.finditer(text):
        found.append(Reference(text=m.group(0), symbol=m.group(1), paragraph=m.group(2)))
        taken.append(m.span())
    for m in PARA_REF.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        prefix = text[max(0, m.start() - 20) : m.start()].lower()
        if "article" in prefix or "art." in prefix:  # "article 12, paragraph 1": a treaty article
            continue
        found.append(Reference(text=m.group(0), paragraph=m.group(1)))
    for m in SYMBOL.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        found.append(Reference(text=m.group(0), symbol=m.group(0)))
    order = {id(r): text.find(r.text) for r in found}
    unique = {(r.text, r.symbol, r.paragraph): r for r in sorted(found, key=lambda r: order[id(r)])}
    return tuple(unique.values())
