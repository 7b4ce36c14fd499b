"""How far the UPR parser agrees with the UPR Info database on two reviews.

Usage: `python scripts/upr_info_agreement.py [MORE_DOCUMENTS_DIR]` (default ../shared/more-documents).
Each UPR Info row (recommending State, response, text) is matched by its text to a parsed
recommendation of the same review; the figures are the share of rows, and of recommendations,
whose recommending State and position agree. "Accepted" is our `supported`, "Noted" our
`noted`; a recommendation the report leaves `pending` (answered later, in an addendum) is
counted apart, not as a disagreement.
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
from collections import defaultdict
from pathlib import Path

from ingest.parse import parse_file
from ingest.upr import split_recommendation
from rightsdesk.countries import state_name
from rightsdesk.domain import Paragraph

REVIEWS = {  # UPR Info "To" -> the report of that review in more-documents: text, PDF
    "Uzbekistan": ("UPR_A-HRC-24-7_Uzbekistan_2013_WG_report.txt", "pdf/uzbekistan2013.pdf"),
    "Kazakhstan": ("UPR_A-HRC-28-10_Kazakhstan_2014_WG_report.txt", "pdf/kazakhstan2014.pdf"),
}
LABELS = "UPRinfo_recommendations_Uzbekistan2013_Kazakhstan2014.csv"
RESPONSES = {"Accepted": "supported", "Noted": "noted"}
# UPR Info's own short spellings that no country list knows
UPR_INFO_NAMES = {
    "DPR Korea": "North Korea",
    "Bosnia & Herzegovina": "Bosnia and Herzegovina",
    "Palestine": "State of Palestine",
}


def _state(name: str) -> str:
    name = UPR_INFO_NAMES.get(name, name)
    return state_name(name) or name


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())


def agreement(
    folder: Path, pdf: bool = False, differences: list[str] | None = None
) -> dict[str, dict[str, float]]:
    """Per review and overall: rows, matched, state and position agreement (rows and recs);
    the rows that disagree are described in `differences` when a list is given."""
    differences = [] if differences is None else differences
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (folder / LABELS).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows[row["To"]].append(row)
    results: dict[str, dict[str, float]] = {}
    totals: dict[str, float] = defaultdict(float)
    for country, (text_file, pdf_file) in REVIEWS.items():
        (doc,) = parse_file(folder / (pdf_file if pdf else text_file))
        recs = [p for p in doc.paragraphs if "." in p.number]
        texts = {p.number: _words(split_recommendation(p.text)[0]) for p in recs}
        matched: dict[str, list[dict[str, str]]] = defaultdict(list)
        stats: dict[str, float] = defaultdict(float)
        for row in rows[country]:
            stats["rows"] += 1
            rec, ties = _match(row, recs, texts)
            if rec is None:
                continue
            stats["rows_same_text_elsewhere"] += ties > 1
            stats["rows_matched"] += 1
            matched[rec.number].append(row)
            stats["rows_state_agree"] += _state(row["From"]) in rec.recommended_by
            if _state(row["From"]) not in rec.recommended_by or (
                rec.position != "pending" and RESPONSES.get(row["Response"]) != rec.position
            ):
                differences.append(
                    f"{doc.symbol}, rec. {rec.number} {rec.recommended_by} {rec.position}: "
                    f"UPR Info {row['From']} {row['Response']}"
                )
            if rec.position == "pending":
                stats["rows_pending"] += 1
            else:
                stats["rows_final"] += 1
                stats["rows_position_agree"] += RESPONSES.get(row["Response"]) == rec.position
        for rec in recs:
            stats["recs"] += 1
            labelled = matched.get(rec.number, [])
            if not labelled:
                continue
            stats["recs_matched"] += 1
            stats["recs_state_agree"] += {_state(r["From"]) for r in labelled} == set(
                rec.recommended_by
            )
            if rec.position != "pending":
                stats["recs_final"] += 1
                stats["recs_position_agree"] += all(
                    RESPONSES.get(r["Response"]) == rec.position for r in labelled
                )
        results[country] = dict(stats)
        for k, v in stats.items():
            totals[k] += v
    results["total"] = dict(totals)
    return results


def _match(
    row: dict[str, str], recs: list[Paragraph], texts: dict[str, str]
) -> tuple[Paragraph | None, int]:
    """The recommendation whose words are the row's, and how many have those words; a tie
    (the same words recommended twice) goes to the one the row's State made."""
    want = _words(row["Text"])
    exact = [p for p in recs if texts[p.number] == want]
    scored = [(1.0, p) for p in exact] or [
        (difflib.SequenceMatcher(None, want, texts[p.number]).ratio(), p)
        for p in recs
        if difflib.SequenceMatcher(None, want, texts[p.number]).quick_ratio() >= 0.8
    ]
    if not scored:
        return None, 0
    best = max(score for score, _ in scored)
    if best < 0.8:
        return None, 0
    tied = [p for score, p in scored if score >= best - 1e-9]
    state = _state(row["From"])
    return next((p for p in tied if state in p.recommended_by), tied[0]), len(tied)


def _share(stats: dict[str, float], part: str, whole: str) -> str:
    return f"{stats.get(part, 0):.0f}/{stats.get(whole, 0):.0f} = {100 * stats.get(part, 0) / max(stats.get(whole, 0), 1):.1f}%"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/more-documents")
    for pdf in (False, True):
        print("PDF as published" if pdf else "Text (pdftotext -layout)")
        differences: list[str] = []
        for name, s in agreement(folder, pdf, differences).items():
            print(
                f"  {name:<11} rows matched {_share(s, 'rows_matched', 'rows')}; "
                f"State {_share(s, 'rows_state_agree', 'rows_matched')}; "
                f"position {_share(s, 'rows_position_agree', 'rows_final')} "
                f"({s.get('rows_pending', 0):.0f} rows pending in the report) | "
                f"recs matched {_share(s, 'recs_matched', 'recs')}; "
                f"States {_share(s, 'recs_state_agree', 'recs_matched')}; "
                f"position {_share(s, 'recs_position_agree', 'recs_final')}; "
                f"{s.get('rows_same_text_elsewhere', 0):.0f} rows' words recommended twice"
            )
        for line in differences:
            print(f"  differs: {line}")


if __name__ == "__main__":
    main()
