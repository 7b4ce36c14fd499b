"""Implementation coverage from the links between plan rows and recommendations.

"Which OPSC recommendations have no activity in the national plan?" is answered from the
structure (which recommendation paragraphs no plan row implements), not from similarity.
Does not rank or quote.
"""

from __future__ import annotations

from assistant.corpus import Corpus
from assistant.extractive import Evidence
from assistant.understand import Query
from rightsdesk.domain import DocumentInfo


def implemented_documents(corpus: Corpus, query: Query) -> list[DocumentInfo]:
    """Documents in the corpus whose recommendations a plan (in the query's scope) implements."""
    plans = [d for d in corpus.docs.values() if d.kind == "national_plan" and d.implements]
    if query.plan_flavour:
        plans = [p for p in plans if p.id.endswith(query.plan_flavour)] or plans
    if query.countries:
        plans = [p for p in plans if p.country in query.countries]
    out = []
    for plan in plans:
        target = corpus.by_symbol(plan.implements or "")
        if query.doc_ids and target is not None and not {plan.id, target.id} & set(query.doc_ids):
            continue  # the question names its documents: no other country's plan answers it
        if target is not None and target not in out:
            out.append(target)
    return out


def coverage_answer(corpus: Corpus, query: Query) -> list[Evidence]:
    """Recommendations with no implementing plan row (empty when the question is not that)."""
    if query.coverage != "unimplemented":
        return []
    out = []
    for doc in implemented_documents(corpus, query):
        for view in corpus.units(doc.id):
            if view.role == "recommendation" and not corpus.linked(view):
                out.append(Evidence(view, 1.0, "coverage"))
    return out
