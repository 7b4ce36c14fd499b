"""National plans of action in the tabular layout of the bundled plan: tables, rows, agencies.

A table starts at "NATIONAL PLAN OF ACTION"; a row is "N.<tab>summary (Recommendation X)<tab>
activity<tab>period<tab>agencies<tab>results"; its further activities are continuation lines
starting with two tabs. The list of abbreviations at the end names the agencies.
Does not link rows to recommendations (see `links`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.clean import normalise_lines
from rightsdesk.domain import Agency, Document, PlanRow

TABLE = re.compile(r"^\s*NATIONAL PLAN OF ACTION\s*$", re.M)
ROW = re.compile(r"^(\d{1,3})\.\t(.*)$")
REC = re.compile(r"\((?:recommendations?|recs?\.)\s*([^)]*)\)\s*$", re.I)
ACTIVITY_NUMBER = re.compile(r"^\d{1,2}\.\s+")
ABBREVIATION = re.compile(r"^([A-Z][A-Za-z-]{1,12})\s*-\s+(\S.*)$")
FLAVOURS = (
    ("armed conflict", "opac", "CRC/C/OPAC/TJK/CO/1"),
    ("sale of children", "opsc", "CRC/C/OPSC/TJK/CO/1"),
)


def is_plan(text: str) -> bool:
    """True for a plan of action laid out as the bundled one (tables with tabbed rows)."""
    return bool(TABLE.search(text)) and "\tList of activities" in text


def recommendation_numbers(text: str) -> tuple[str, ...]:
    """'20-22' -> 20, 21, 22; '9, 26, 31 and 34' -> 9, 26, 31, 34."""
    out: list[str] = []
    for a, b in re.findall(r"(\d+)\s*(?:[-\u2013]\s*(\d+))?", text):
        if b and int(b) > int(a):
            out.extend(str(n) for n in range(int(a), int(b) + 1))
        else:
            out.append(a)
    return tuple(dict.fromkeys(out))


@dataclass
class _Row:
    number: str
    summary: str
    recs: tuple[str, ...]
    activities: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    results: list[str] = field(default_factory=list)

    def add(self, cells: list[str]) -> None:
        activity, period, agencies, results = (cells + ["", "", "", ""])[:4]
        activity = " ".join(activity.split())
        if activity and (
            activity[0].islower()
            or (not ACTIVITY_NUMBER.match(activity) and self.activities and not period)
        ):
            self.activities[-1] = f"{self.activities[-1]} {activity}"  # a wrapped fragment
        elif activity:
            self.activities.append(ACTIVITY_NUMBER.sub("", activity))
        for value, bucket in ((period, self.periods), (results, self.results)):
            value = " ".join(value.split())
            if value and value not in bucket:
                bucket.append(value)
        for abbr in agencies.split(","):
            abbr = " ".join(abbr.split())
            if abbr and abbr not in self.agencies:
                self.agencies.append(abbr)


class PlanParser:
    """`PlanParser().parse(text, "plan.txt")` -> one Document per table."""

    def parse(self, text: str, source: str) -> list[Document]:
        """The plan's tables as documents with rows, agencies named from the file's list."""
        text = normalise_lines(text)
        names = self._abbreviations(text)
        starts = [m.start() for m in TABLE.finditer(text)]
        end_of_tables = text.find("\nAbbreviations:")
        docs = []
        for i, start in enumerate(starts):
            stop = (
                starts[i + 1]
                if i + 1 < len(starts)
                else (end_of_tables if end_of_tables > 0 else len(text))
            )
            docs.append(self._table(text[start:stop], source, names))
        return docs

    def _table(self, chunk: str, source: str, names: dict[str, str]) -> Document:
        lines = chunk.split("\n")
        title = next(
            (
                " ".join(ln.split())
                for ln in lines
                if ln.strip().lower().startswith("for the implementation")
            ),
            "",
        )
        flavour, implements = next(
            ((f, s) for key, f, s in FLAVOURS if key in title.lower()), ("crc", "CRC/C/TJK/CO/3-5")
        )
        doc_id = f"tjk-npa-2018-{flavour}"
        rows: list[_Row] = []
        expected = 1
        for line in lines:
            m = ROW.match(line)
            if m and int(m.group(1)) == expected:
                cells = m.group(2).split("\t")
                summary = " ".join(cells[0].split())
                rec = REC.search(summary)
                recs = recommendation_numbers(rec.group(1)) if rec else ()
                if rec:
                    summary = summary[: rec.start()].strip()
                rows.append(_Row(m.group(1), summary, recs))
                rows[-1].add(cells[1:])
                expected += 1
            elif line.startswith("\t\t") and rows:
                rows[-1].add(line[2:].split("\t"))
        short = f"National Plan of Action 2018-2022 ({flavour.upper()})"
        return Document(
            id=doc_id,
            symbol=None,
            title=f"National Plan of Action {title}".strip(),
            body="Government of Tajikistan",
            country="Tajikistan",
            year=2018,
            kind="national_plan",
            short_name=short,
            source=source,
            implements=implements,
            rows=tuple(self._record(doc_id, r, names) for r in rows),
        )

    @staticmethod
    def _record(doc_id: str, row: _Row, names: dict[str, str]) -> PlanRow:
        agencies = tuple(Agency(abbreviation=a, name=names.get(_key(a))) for a in row.agencies)
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
        at = text.find("\nAbbreviations:")
        out: dict[str, str] = {}
        for line in text[at:].split("\n")[1:] if at >= 0 else []:
            m = ABBREVIATION.match(line.strip())
            if m:
                out[_key(m.group(1))] = m.group(2).strip()
        return out


def _key(abbreviation: str) -> str:
    return re.sub(r"[^A-Z]", "", abbreviation.upper())
