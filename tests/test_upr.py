"""UPR Working Group reports: recommendation items, recommending States, positions, speakers.

Pure functions as tables; the splitter on a small report; the fields through the vector
store's node metadata; and the agreement with UPR Info's labels on two real reviews.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ingest.paragraphs import ParagraphParser
from ingest.upr import RecommendationSplitter, position_of, recommending_states, speakers
from rightsdesk.countries import state_name
from rightsdesk.domain import Document, Paragraph
from vectorstore.nodes import document_nodes, upr_fields

ROOT = Path(__file__).resolve().parents[1]
MORE = ROOT.parent / "shared" / "more-documents"


@pytest.mark.parametrize(
    ("lead_in", "position"),
    [
        ("The recommendations listed below have been examined by X and enjoy its support:", "supported"),
        ("The following recommendations enjoy the support of X, which considers that they have already been implemented.", "supported"),
        ("X considers that recommendations below are already implemented or in the process of implementation:", "supported"),
        ("The following recommendations will be examined by X, which will provide responses in due time, but no later than the session:", "pending"),
        ("The recommendations below did not enjoy the support of X:", "noted"),
        ("The following recommendations did not enjoy the support of X and would thus be noted:", "noted"),
        ("The following recommendations were noted by X:", "noted"),
        ("All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).", None),
    ],
)  # fmt: skip
def test_position_of_the_opening_sentence(lead_in: str, position: str | None) -> None:
    assert position_of(lead_in) == position


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Continue the legal and legislative reforms (Saudi Arabia);", ("Saudi Arabia",)),
        ("Ratify the Convention (Brazil) (Iraq);", ("Brazil", "Iraq")),
        ("Continue programmes (Venezuela (Bolivarian Republic of));", ("Venezuela",)),
        ("Keep on its measures (Iran (Islamic Republic of)).", ("Iran",)),
        ("Ratify ICRMW (Algeria) (Bolivarian Republic of Venezuela);", ("Algeria", "Venezuela")),
        ("Ratify the Optional Protocol (OP-ICESCR) (Portugal) (Uruguay)", ("Portugal", "Uruguay")),
        ("Ratify the Second Optional Protocol (ICCPR- OP 2) (Sierra Leone);", ("Sierra Leone",)),
        ("Continue the adoption of the Programme (State of Palestine);", ("State of Palestine",)),
        ("Protect the family (Holy See);", ("Holy See",)),
        ("Strengthen mechanisms (Republic of Korea);", ("South Korea",)),
        ("Cooperate with mechanisms (Czech Republic)", ("Czechia",)),
        ("Join the alliance (Holy See and Italy);", ("Holy See", "Italy")),
        ("Adopt a law (Principality of Nowhere);", ("Principality of Nowhere",)),  # kept as printed
        ("Adopt the law on the Ombudsman (CRPD);", ()),
        ("Adopt the plan (2019-2023);", ()),
        ("Consider further measures", ()),
    ],
)
def test_recommending_states(text: str, states: tuple[str, ...]) -> None:
    assert recommending_states(text) == states


@pytest.mark.parametrize(
    ("text", "spoke"),
    [
        ("Viet Nam appreciated the reforms.", ("Viet Nam",)),
        ("The Bolivarian Republic of Venezuela appreciated the efforts.", ("Venezuela",)),
        ("The United Kingdom of Great Britain and Northern Ireland commended it.", ("United Kingdom",)),
        ("The Democratic People\u2019s Republic of Korea commended the plan.", ("North Korea",)),
        ("Brunei Darussalam was encouraged by the efforts.", ("Brunei Darussalam",)),
        ("Germany, Kuwait and South Africa made a joint statement.", ("Germany", "Kuwait", "South Africa")),
        ("The delegation stated that the review was useful.", ()),
        ("The delegation of Slovenia stated that the Government had acted.", ("Slovenia",)),
        ("The head of the delegation of the Russian Federation said so.", ("Russian Federation",)),
        ("On torture, every complaint is investigated.", ()),
        ("During the interactive dialogue, 83 delegations made statements.", ()),
    ],
)  # fmt: skip
def test_speakers_of_a_dialogue_paragraph(text: str, spoke: tuple[str, ...]) -> None:
    assert tuple(state_name(s) or s for s in speakers(text)) == tuple(
        state_name(s) or s for s in spoke
    )


REPORT = """\
    II. Conclusions and/or recommendations
         12. The recommendations formulated during the interactive dialogue have been
         examined by Ruritania and enjoy the support of Ruritania:
                12.1. Continue the legal reforms (Saudi Arabia);
                12.2  Adopt relevant legislative acts and put forward monitoring
                mechanisms (Brazil) (Iraq);
         13. The recommendations below did not enjoy the support of Ruritania:
                13.1. Ratify the Optional Protocol (Venezuela (Bolivarian
                Republic of)).
         14. The recommendations above, 13.1-13.1, did not enjoy support.
"""


def test_splitter_makes_one_record_per_item() -> None:
    text = "\n".join(["Report", *(f"{i}. Paragraph {i} text." for i in range(1, 12)), REPORT])
    paras = RecommendationSplitter().split(ParagraphParser().parse(text, "r").paragraphs)
    by_number = {p.number: p for p in paras}
    assert [p.number for p in paras][11:] == ["12", "12.1", "12.2", "13", "13.1", "14"]
    assert by_number["12"].text.endswith("enjoy the support of Ruritania:")
    assert by_number["12.2"].text == (
        "Adopt relevant legislative acts and put forward monitoring mechanisms (Brazil) (Iraq)"
    )
    assert by_number["12.2"].recommended_by == ("Brazil", "Iraq")
    assert by_number["12.1"].position == "supported"
    assert by_number["13.1"].position == "noted"
    assert by_number["13.1"].recommended_by == ("Venezuela",)
    assert by_number["14"].position is None and not by_number["14"].recommended_by


def test_reference_and_node_metadata_round_trip() -> None:
    rec = Paragraph(
        doc_id="a-hrc-19-3",
        number="88.12",
        text="Ratify the Convention (Brazil) (Iraq)",
        role="recommendation",
        recommended_by=("Brazil", "Iraq"),
        position="pending",
    )
    spoke = Paragraph(doc_id="a-hrc-19-3", number="20", text="Brazil noted.", speakers=("Brazil",))
    doc = Document(
        id="a-hrc-19-3",
        symbol="A/HRC/19/3",
        title="Report of the Working Group on the Universal Periodic Review",
        body="Human Rights Council",
        country="Ruritania",
        year=2011,
        kind="upr_report",
        short_name="A/HRC/19/3",
        paragraphs=(spoke, rec),
    )
    assert doc.reference("88.12") == "A/HRC/19/3, rec. 88.12"
    assert doc.reference("12") == "A/HRC/19/3, para. 12"
    assert Document.model_validate_json(doc.model_dump_json()) == doc  # as store.documents reads
    nodes = {n.metadata["number"]: n.metadata for n in document_nodes(doc)}
    assert upr_fields(nodes["88.12"]) == {
        "recommended_by": ("Brazil", "Iraq"),
        "position": "pending",
        "speakers": (),
    }
    assert upr_fields(nodes["20"])["speakers"] == ("Brazil",)
    assert nodes["88.12"]["reference"] == "A/HRC/19/3, rec. 88.12"


@pytest.mark.skipif(not MORE.is_dir(), reason=f"{MORE} is absent (shared documents)")
@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf"])
def test_agreement_with_upr_info_labels(pdf: bool, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location(
        "agreement", ROOT / "scripts/upr_info_agreement.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    total = module.agreement(MORE, pdf)["total"]
    assert total["rows_matched"] == total["rows"] == 404
    assert total["recs_state_agree"] / total["recs_matched"] >= 0.95
    assert total["rows_state_agree"] / total["rows_matched"] >= 0.95
    assert total["recs_position_agree"] / total["recs_final"] >= 0.95
    assert total["rows_position_agree"] / total["rows_final"] >= 0.95
    with capsys.disabled():
        print(f"\nUPR Info agreement ({'pdf' if pdf else 'text'}): {total}")
