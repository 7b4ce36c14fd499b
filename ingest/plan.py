"""National plans of action in the tabular layout of the bundled plan: tables, rows, agencies.

A table starts at "NATIONAL PLAN OF ACTION" and its "for the implementation of ..." title
line; a row is "N.<tab>summary (Recommendation X)<tab>activity<tab>period<tab>agencies<tab>
results"; its further activities are continuation lines starting with two tabs. The list of
abbreviations at the end names the agencies. Which treaty a table implements (CRC, OPSC,
OPAC), the country and the years are read from the table's own title line.
Does not link rows to the recommendations they implement (see `links`) and does not tag them
(see `classify`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.clean import normalise_lines
from rightsdesk.domain import Agency, Document, PlanRow

TABLE = re.compile(r"^[ \t]*NATIONAL PLAN OF ACTION[ \t]*$", re.M | re.I)
HEADER = re.compile(r"^#?\t.*List of activities.*\tImplement", re.I)
COLUMN_NUMBERS = re.compile(r"^\s*\d+(\t\d+)+\s*$")
ABBREVIATIONS = re.compile(r"^[ \t]*Abbreviations[ \t]*:?[ \t]*$", re.M | re.I)
ROW = re.compile(r"^(\d{1,3})\.\t(.*)$")
REC = re.compile(r"\((?:recommendations?|recs?\.?)\s*([^)]*)\)\s*$", re.I)
ACTIVITY_NUMBER = re.compile(r"^\d{1,2}\.\s+")
ABBREVIATION = re.compile(r"^([A-Z][A-Za-z-]{0,14}?)\s*[-\u2013\u2014]\s+(\S.*)$")
YEARS = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)\b")
PERIODIC = re.compile(
    r"\b(?:combined\s+)?(initial|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"(?:\s+(?:to|and)\s+(\w+))?(?:\s+periodic)?\s+reports?\b",
    re.I,
)
ORDINALS: tuple[str, ...] = ("initial", "first", "second", "third", "fourth")
ORDINALS += ("fifth", "sixth", "seventh", "eighth", "ninth")
COUNTRY = re.compile(r"\bRepublic of ([A-Z][a-z]+)")
COUNTRY_CODES = {
    "Tajikistan": "TJK",
    "Turkmenistan": "TKM",
    "Kazakhstan": "KAZ",
    "Kyrgyzstan": "KGZ",
    "Uzbekistan": "UZB",
}
# Title keyword -> short label and the symbol pattern of the concluding observations it answers;
# checked in order, so the optional protocols come before the Convention they name.
INSTRUMENTS = (
    ("armed conflict", "OPAC", "CRC/C/OPAC/{code}/CO/{n}"),
    ("sale of children", "OPSC", "CRC/C/OPSC/{code}/CO/{n}"),
    ("rights of the child", "CRC", "CRC/C/{code}/CO/{n}"),
)


def is_plan(text: str) -> bool:
    """True for a plan of action laid out as the bundled one (tables with tabbed rows)."""
    return bool(TABLE.search(text)) and any(HEADER.match(ln) for ln in text.splitlines())


def recommendation_numbers(text: str) -> tuple[str, ...]:
    """'20-22' -> 20, 21, 22; '9, 26, 31 and 34' -> 9, 26, 31, 34."""
    out: list[str] = []
    for a, b in re.findall(r"(\d+)\s*(?:[-\u2013]\s*(\d+))?", text):
        if b and 0 < int(b) - int(a) <= 50:
            out.extend(str(n) for n in range(int(a), int(b) + 1))
        else:
            out += [a, b] if b else [a]
    return tuple(dict.fromkeys(out))


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def _key(abbreviation: str) -> str:
    """Matching key: 'AG-SUPRT' and 'AGSUPRT-' are the same agency."""
    return re.sub(r"[^A-Z0-9]", "", abbreviation.upper())


@dataclass
class _Row:
    number: str
    summary: str
    recs: tuple[str, ...]
    activities: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    agencies: dict[str, str] = field(default_factory=dict)  # key -> as printed first
    results: list[str] = field(default_factory=list)

    def add(self, cells: list[str]) -> None:
        """Take one line's activity, period, agencies and results cells."""
        activity, period, agencies, results = [_clean(c) for c in (cells + [""] * 4)[:4]]
        # A fragment continues the previous activity: it starts in lower case ("to families"),
        # or it is unnumbered and has no period of its own.
        numbered = bool(ACTIVITY_NUMBER.match(activity))
        if activity and self.activities and (activity[0].islower() or not (numbered or period)):
            self.activities[-1] = f"{self.activities[-1]} {activity}"
        elif activity:
            self.activities.append(ACTIVITY_NUMBER.sub("", activity))
        period = YEARS.sub(r"\1-\2", period)  # "2018- 2019" is a wrapped "2018-2019"
        for value, bucket in ((period, self.periods), (results, self.results)):
            if value and value not in bucket:
                bucket.append(value)
        for abbr in (_clean(a) for a in agencies.split(",")):
            if abbr:
                self.agencies.setdefault(_key(abbr) or abbr, abbr)


@dataclass(frozen=True)
class _Table:
    title: str
    rows: list[_Row]


class PlanParser:
    """`PlanParser().parse(text, "plan.txt")` -> one Document per table.

    `country` and `body` override what the title lines say ("Republic of Tajikistan").
    """

    def __init__(self, country: str | None = None, body: str | None = None) -> None:
        self.country = country
        self.body = body

    def parse(self, text: str, source: str) -> list[Document]:
        """The plan's tables as documents with rows, agencies named from the file's list."""
        text = normalise_lines(text)
        end = ABBREVIATIONS.search(text)
        names = self._abbreviations(text[end.end() :] if end else "")
        tables_text = text[: end.start()] if end else text
        starts = [m.start() for m in TABLE.finditer(tables_text)] + [len(tables_text)]
        tables = [self._table(tables_text[a:b]) for a, b in itertools.pairwise(starts)]
        titles = " ".join(t.title for t in tables)
        found = COUNTRY.search(titles)
        country = self.country or (found.group(1) if found else "")
        return [
            self._document(table, i, country, source, names)
            for i, table in enumerate(tables, start=1)
        ]

    @staticmethod
    def _table(chunk: str) -> _Table:
        lines = chunk.split("\n")[1:]  # the first line is "NATIONAL PLAN OF ACTION"
        title_lines: list[str] = []
        rows: list[_Row] = []
        in_body = False
        for line in lines:
            if HEADER.match(line) or COLUMN_NUMBERS.match(line):
                in_body = True
                continue
            m = ROW.match(line)
            if m and m.group(1) not in {r.number for r in rows}:
                cells = m.group(2).split("\t")
                summary = _clean(cells[0])
                rec = REC.search(summary)
                if rec:
                    summary = summary[: rec.start()].strip()
                recs = recommendation_numbers(rec.group(1)) if rec else ()
                rows.append(_Row(m.group(1), summary, recs))
                rows[-1].add(cells[1:])
                in_body = True
            elif line.startswith("\t") and rows:
                rows[-1].add(line.split("\t")[2:])  # empty number and summary cells
            elif not in_body and line.strip():
                title_lines.append(_clean(line))
        return _Table(" ".join(title_lines), rows)

    def _document(
        self, table: _Table, index: int, country: str, source: str, names: dict[str, str]
    ) -> Document:
        years = YEARS.search(table.title)
        period = f"{years.group(1)}-{years.group(2)}" if years else ""
        code = COUNTRY_CODES.get(country, country[:3].upper())
        low = table.title.lower()
        label, pattern = next(
            ((lab, pat) for key, lab, pat in INSTRUMENTS if key in low), (f"table {index}", "")
        )
        implements = None
        if pattern and code:
            implements = pattern.format(code=code, n=self._report_number(table.title))
        prefix = "-".join(p for p in (code.lower(), "npa", years.group(1) if years else "") if p)
        doc_id = f"{prefix}-{label.lower().replace(' ', '-')}"
        rows = tuple(self._record(doc_id, r, names) for r in table.rows)
        return Document(
            id=doc_id,
            symbol=None,
            title=f"National Plan of Action {table.title}".strip(),
            body=self.body or (f"Government of {country}" if country else "Government"),
            country=country,
            year=int(years.group(1)) if years else None,
            kind="national_plan",
            short_name=" ".join(p for p in ("National Plan of Action", period, f"({label})") if p),
            source=source,
            implements=implements,
            rows=rows,
        )

    @staticmethod
    def _report_number(title: str) -> str:
        """'combined third to fifth periodic reports' -> '3-5'; 'Initial Report' -> '1'."""
        m = PERIODIC.search(title)
        if not m:
            return "1"
        first = max(ORDINALS.index(m.group(1).lower()), 1)
        last = m.group(2).lower() if m.group(2) else ""
        return f"{first}-{ORDINALS.index(last)}" if last in ORDINALS[2:] else str(first)

    @staticmethod
    def _record(doc_id: str, row: _Row, names: dict[str, str]) -> PlanRow:
        agencies = tuple(
            Agency(abbreviation=abbr, name=names.get(key)) for key, abbr in row.agencies.items()
        )
        return PlanRow(
            doc_id=doc_id,
            number=row.number,
            summary=row.summary,
            recommendations=row.recs,
            activities=tuple(row.activities),
            period="; ".join(row.periods),
            agencies=agencies,
            results=" ".join(row.results),
        )

    @staticmethod
    def _abbreviations(text: str) -> dict[str, str]:
        """'MOES- Ministry of Education and Science' lines -> {'MOES': 'Ministry of ...'}."""
        out: dict[str, str] = {}
        for line in text.split("\n"):
            m = ABBREVIATION.match(line.strip())
            if m:
                out[_key(m.group(1))] = m.group(2).strip()
        return out
