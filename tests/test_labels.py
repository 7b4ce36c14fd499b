"""Compact document labels: what an answer says about each document in one line."""

from __future__ import annotations

import pytest

from assistant.labels import doc_label, short_title
from rightsdesk.domain import DocKind, Document


def doc(kind: DocKind, symbol: str | None, title: str, short: str | None = None) -> Document:
    return Document(
        id="d",
        symbol=symbol,
        title=title,
        body="Committee",
        country="Tajikistan",
        year=2017,
        kind=kind,
        short_name=short or symbol or title,
    )


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            doc(
                "concluding_observations",
                "CRC/C/OPSC/TJK/CO/1",
                "Concluding observations on the report submitted by Tajikistan under article 12 "
                "(1) of the Optional Protocol to the Convention on the Rights of the Child on the "
                "sale of children, child prostitution and child pornography",
            ),
            "CRC/C/OPSC/TJK/CO/1 · Concluding observations (CRC-OPSC) · Tajikistan, 2017",
        ),
        (
            doc("concluding_observations", "CERD/C/BRA/CO/18-20", "Concluding observations"),
            "CERD/C/BRA/CO/18-20 · Concluding observations (CERD) · Tajikistan, 2017",
        ),
        (
            doc(
                "special_rapporteur_report",
                "A/HRC/50/33/Add.1",
                "Visit to Tajikistan: Report of the Special Rapporteur on trafficking in persons,"
                " especially women and children",
            ),
            "A/HRC/50/33/Add.1 · Special Rapporteur on trafficking in persons, country visit"
            " · Tajikistan, 2017",
        ),
        (
            doc("upr_report", "A/HRC/24/7", "Report of the Working Group on the UPR: Uzbekistan"),
            "A/HRC/24/7 · UPR Working Group report · Tajikistan, 2017",
        ),
        (
            doc(
                "national_plan",
                None,
                "National Plan of Action for the implementation of recommendations on ...",
                "National Plan of Action 2018-2022 (OPSC)",
            ),
            "National Plan of Action 2018-2022 (OPSC) · Tajikistan, 2017",
        ),
        (
            doc("other", "A/HRC/1/2", "A study on the many ways in which children are exploited"),
            "A/HRC/1/2 · A study on the many ways in which children are … · Tajikistan, 2017",
        ),
    ],
)
def test_doc_label(document: Document, expected: str) -> None:
    assert doc_label(document) == expected
    assert len(short_title(document)) <= 60


def test_bold_symbol_and_no_empty_parts() -> None:
    d = doc("other", None, "Notes", "Notes").model_copy(update={"year": None})
    assert doc_label(d, bold=True) == "**Notes** · Tajikistan"


def test_an_answer_names_each_document_by_its_label_not_its_full_title(
    assistant_session: object,
) -> None:
    from assistant.service import Assistant

    assert isinstance(assistant_session, Assistant)
    ans = assistant_session.ask("What did the committee say about Roma children in Tajikistan?")
    assert "**CRC/C/OPSC/TJK/CO/1** · Concluding observations (CRC-OPSC) · Tajikistan, 2017" in (
        ans.answer
    )
    assert "Concluding observations on the report submitted" not in ans.answer
    assert "(CRC/C/OPSC/TJK/CO/1, para. 24)" in ans.answer  # each quote keeps its reference
