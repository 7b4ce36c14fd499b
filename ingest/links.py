"""Link plan rows to the recommendations they implement, in both directions.

A plan document names the symbol of the concluding observations it implements; each row's
recommendation numbers become links to that document's paragraphs when it is in the corpus.
Pure: returns new documents, whatever the input order. Does not parse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rightsdesk.domain import Document, UnitRef


def _num(ref: UnitRef) -> tuple[str, int, str]:
    return (ref.doc_id, int(ref.number) if ref.number.isdigit() else 10**6, ref.number)


def link_documents(docs: Sequence[Document]) -> list[Document]:
    """Documents with PlanRow.implements and Paragraph.implemented_by filled in."""
    by_symbol = {d.symbol.upper(): d for d in docs if d.symbol}
    back: dict[tuple[str, str], set[UnitRef]] = defaultdict(set)
    out: dict[str, Document] = {}
    for doc in docs:
        target = by_symbol.get((doc.implements or "").upper())
        if not doc.rows or target is None:
            continue
        numbers = {p.number for p in target.paragraphs}
        rows = []
        for row in doc.rows:
            refs = tuple(
                UnitRef(doc_id=target.id, number=n) for n in row.recommendations if n in numbers
            )
            for ref in refs:
                back[(ref.doc_id, ref.number)].add(UnitRef(doc_id=doc.id, number=row.number))
            rows.append(row.model_copy(update={"implements": refs}))
        out[doc.id] = doc.model_copy(update={"rows": tuple(rows)})
    result = []
    for doc in docs:
        doc = out.get(doc.id, doc)
        if any((doc.id, p.number) in back for p in doc.paragraphs):
            paras = tuple(
                p.model_copy(
                    update={
                        "implemented_by": tuple(sorted(back.get((doc.id, p.number), ()), key=_num))
                    }
                )
                for p in doc.paragraphs
            )
            doc = doc.model_copy(update={"paragraphs": paras})
        result.append(doc)
    return result
