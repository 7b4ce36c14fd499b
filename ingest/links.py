"""Link plan rows to the recommendations they implement, in both directions.

A plan document names the symbol of the concluding observations it implements; each row's
recommendation numbers become links to that document's paragraphs when it is in the corpus.
Pure: returns new documents, whatever the input order. Does not parse, and does not guess a
target for a plan whose `implements` symbol is not among the documents (its rows keep their
recommendation numbers, unlinked).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rightsdesk.domain import Document, UnitRef


def _order(ref: UnitRef) -> tuple[str, int, str]:
    """Sort key: row "10" after row "9"."""
    return (ref.doc_id, int(ref.number) if ref.number.isdigit() else 10**6, ref.number)


def _symbol(symbol: str | None) -> str:
    return "".join((symbol or "").split()).upper()


def link_documents(docs: Sequence[Document]) -> list[Document]:
    """Documents with PlanRow.implements and Paragraph.implemented_by filled in."""
    by_symbol = {_symbol(d.symbol): d for d in docs if d.symbol}
    back: dict[tuple[str, str], set[UnitRef]] = defaultdict(set)
    plans: dict[str, Document] = {}
    for doc in docs:
        if not doc.rows:
            continue
        target = by_symbol.get(_symbol(doc.implements)) if doc.implements else None
        numbers = {p.number for p in target.paragraphs} if target else set()
        rows = []
        for row in doc.rows:
            refs = tuple(
                UnitRef(doc_id=target.id, number=n)
                for n in dict.fromkeys(row.recommendations)
                if target and n in numbers
            )
            for ref in refs:
                back[(ref.doc_id, ref.number)].add(UnitRef(doc_id=doc.id, number=row.number))
            rows.append(row.model_copy(update={"implements": refs}))
        plans[doc.id] = doc.model_copy(update={"rows": tuple(rows)})
    result = []
    for doc in docs:
        # Links are derived data: recomputed from these documents alone, so linking is idempotent.
        paragraphs = tuple(
            p.model_copy(
                update={
                    "implemented_by": tuple(sorted(back.get((doc.id, p.number), ()), key=_order))
                }
            )
            for p in doc.paragraphs
        )
        result.append(plans.get(doc.id, doc).model_copy(update={"paragraphs": paragraphs}))
    return result
