"""Plan rows linked to the recommendations they implement, and back."""

from __future__ import annotations

from functools import cache

import pytest

from ingest.links import link_documents
from ingest.plan import PlanParser
from rightsdesk.domain import Document, Paragraph, PlanRow, UnitRef
from rightsdesk.settings import BUNDLED_CORPUS

OPSC_CO = "crc-opsc-tjk-co-1"


def co(doc_id: str = OPSC_CO, symbol: str = "CRC/C/OPSC/TJK/CO/1", count: int = 38) -> Document:
    """Hand-built concluding observations with paragraphs "1".."count"."""
    paragraphs = tuple(
        Paragraph(doc_id=doc_id, number=str(n), text=f"Paragraph {n}.") for n in range(1, count + 1)
    )
    return Document(
        id=doc_id, symbol=symbol, title="Concluding observations", body="CRC", country="Tajikistan",
        year=2017, kind="concluding_observations", short_name=symbol, paragraphs=paragraphs,
    )  # fmt: skip


@cache
def bundled_plans() -> tuple[Document, ...]:
    """The three bundled plan tables, parsed."""
    path = BUNDLED_CORPUS / "tjk-npa-2018_national-plan-of-action.txt"
    return tuple(PlanParser().parse(path.read_text(encoding="utf-8"), path.name))


def by_id(docs: list[Document]) -> dict[str, Document]:
    """Documents by id."""
    return {d.id: d for d in docs}


def row_of(doc: Document, number: str) -> PlanRow:
    """One row by number."""
    return next(r for r in doc.rows if r.number == number)


def para_of(doc: Document, number: str) -> Paragraph:
    """One paragraph by number."""
    return next(p for p in doc.paragraphs if p.number == number)


def test_opsc_row_10_implements_paragraph_25() -> None:
    docs = by_id(link_documents([*bundled_plans(), co()]))
    plan = docs["tjk-npa-2018-opsc"]
    assert row_of(plan, "10").implements == (UnitRef(doc_id=OPSC_CO, number="25"),)
    assert para_of(docs[OPSC_CO], "25").implemented_by == (
        UnitRef(doc_id="tjk-npa-2018-opsc", number="10"),
    )


@pytest.mark.parametrize(
    ("row", "paragraphs"),
    [("2", ("9", "26", "31", "34")), ("7", ("19", "33")), ("1", ("7",)), ("11", ("29",))],
)
def test_every_recommendation_of_a_row_is_linked(row: str, paragraphs: tuple[str, ...]) -> None:
    docs = by_id(link_documents([co(), *bundled_plans()]))
    linked = row_of(docs["tjk-npa-2018-opsc"], row).implements
    assert linked == tuple(UnitRef(doc_id=OPSC_CO, number=n) for n in paragraphs)
    for n in paragraphs:
        assert (
            UnitRef(doc_id="tjk-npa-2018-opsc", number=row)
            in para_of(docs[OPSC_CO], n).implemented_by
        )


def test_back_links_sorted_and_deduplicated() -> None:
    plan = Document(
        id="plan", symbol=None, title="Plan", body="Government", country="Tajikistan", year=2018,
        kind="national_plan", short_name="Plan", implements="CRC/C/OPSC/TJK/CO/1",
        rows=tuple(
            PlanRow(doc_id="plan", number=n, summary="s", recommendations=recs, activities=("a",),
                    period="", agencies=(), results="")
            for n, recs in (("10", ("7", "7")), ("9", ("7",)), ("2", ("7", "8")))
        ),
    )  # fmt: skip
    docs = by_id(link_documents([plan, co()]))
    assert [r.number for r in para_of(docs[OPSC_CO], "7").implemented_by] == ["2", "9", "10"]
    assert row_of(docs["plan"], "10").implements == (UnitRef(doc_id=OPSC_CO, number="7"),)
    assert para_of(docs[OPSC_CO], "1").implemented_by == ()


def test_numbers_missing_from_the_target_stay_unlinked() -> None:
    short = co(count=20)
    docs = by_id(link_documents([*bundled_plans(), short]))
    row2 = row_of(docs["tjk-npa-2018-opsc"], "2")
    assert row2.recommendations == ("9", "26", "31", "34")
    assert row2.implements == (UnitRef(doc_id=OPSC_CO, number="9"),)


def test_plans_whose_target_is_absent_are_left_unlinked() -> None:
    docs = by_id(link_documents([*bundled_plans(), co()]))
    for doc_id in ("tjk-npa-2018-crc", "tjk-npa-2018-opac"):
        assert all(r.implements == () for r in docs[doc_id].rows)
        assert all(r.recommendations for r in docs[doc_id].rows)
    other = co(doc_id="crc-opsc-tkm-co-1", symbol="CRC/C/OPSC/TKM/CO/1", count=47)
    linked = by_id(link_documents([other, *bundled_plans()]))
    assert all(p.implemented_by == () for p in linked["crc-opsc-tkm-co-1"].paragraphs)


def test_order_independent_pure_and_idempotent() -> None:
    inputs = [*bundled_plans(), co()]
    before = [d.model_copy(deep=True) for d in inputs]
    forward = link_documents(inputs)
    backward = link_documents(list(reversed(inputs)))
    assert [d.id for d in forward] == [d.id for d in inputs]  # input order kept
    assert by_id(forward) == by_id(backward)
    assert inputs == before  # inputs untouched
    assert all(a is not b for a, b in zip(forward, inputs, strict=True))
    assert link_documents(forward) == forward


def test_symbol_match_ignores_case_and_spaces() -> None:
    target = co(symbol="crc/c/opsc/tjk/co/1 ")
    docs = by_id(link_documents([target, *bundled_plans()]))
    assert row_of(docs["tjk-npa-2018-opsc"], "10").implements == (
        UnitRef(doc_id=OPSC_CO, number="25"),
    )


def test_empty_input() -> None:
    assert link_documents([]) == []
