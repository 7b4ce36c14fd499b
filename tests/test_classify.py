"""Paragraph roles from operative verbs and tags from the UHRI-style vocabulary."""

from __future__ import annotations

import re

import pytest

from ingest.classify import TAG_LABELS, VOCABULARY, annotate, classify_role, tag
from rightsdesk.domain import Agency, Document, Paragraph, PlanRow, Role

# Real sentences from the bundled corpus (openings of paragraphs), with the role they carry.
ROLES: list[tuple[str, Role]] = [
    # CRC/C/OPSC/TJK/CO/1
    ("The Committee considered the report of Tajikistan (CRC/C/OPSC/TJK/1) at its 2228th "
     "meeting (see CRC/C/SR.2228), held on 14 September 2017.", "other"),
    ("The Committee welcomes the submission of the report of the State party and the written "
     "replies to the list of issues (CRC/C/OPSC/TJK/Q/1/Add.1).", "positive"),
    ("The Committee reminds the State party that the present concluding observations should be "
     "read in conjunction with its concluding observations.", "other"),
    ("The Committee further notes with appreciation the progress achieved in the creation of "
     "institutions.", "positive"),
    ("The Committee is concerned about the insufficient steps taken to establish a systematic "
     "mechanism of data collection.", "concern"),
    ("The Committee recommends that the State party develop and implement a comprehensive, "
     "coordinated and effective system of data collection.", "recommendation"),
    ("The Committee welcomes the legislative developments in the State party, as mentioned in "
     "paragraph 4 above. The Committee is, however, concerned that the legislation of the State "
     "party does not cover all offences.", "concern"),
    ("The Committee notes with appreciation the involvement of many entities in the "
     "implementation of the Optional Protocol. The Committee is concerned, however, about the "
     "lack of coordination.", "concern"),
    ("With reference to paragraph 7 of its concluding observations under the Convention, the "
     "Committee recommends that the State party ensure better coordination.", "recommendation"),
    ("The Committee notes that law enforcement officials carry out awareness-raising activities "
     "on child marriages. However, the Committee regrets the limited information.", "concern"),
    ("The Committee is seriously concerned about the insufficient measures carried out by the "
     "State party to prevent children falling victim to offences.", "concern"),
    ("The Committee urges the State party to adopt a consistent human rights-based approach for "
     "all activities conducted.", "recommendation"),
    ("The Committee notes that there are two entities in the State party responsible for "
     "addressing cybercrime. It is concerned, however, by the paucity of information.", "concern"),
    ("The Committee recommends that the State party adopt the necessary legal and other measures "
     "to prevent online child sexual exploitation. It calls on the State party to ensure "
     "that.", "recommendation"),
    ("The Committee regrets the insufficient information provided by the State party on efforts "
     "undertaken to prevent children becoming victims.", "concern"),
    ("The Committee notes the efforts of the State party in this regard, but is concerned "
     "that:\n(a) Existing measures for protecting the rights are insufficient;", "concern"),
    ("In the light of article 10 (1) of the Optional Protocol, the Committee encourages the "
     "State party to continue to strengthen international cooperation.", "recommendation"),
    ("In accordance with article 12 (2) of the Optional Protocol, the Committee requests the "
     "State party to include further information.", "recommendation"),
    # CRC/C/OPSC/TKM/CO/1 and CRC/C/OPSC/KAZ/CO/1
    ("While noting the existence of the Interagency Commission, the Committee remains concerned "
     "that the Commission lacks a clear mandate.", "concern"),
    ("The Committee expresses its concern at the absence of an independent national "
     "institution.", "concern"),
    ("The Committee notes as positive that individuals and legal entities involved in crimes of "
     "trafficking in persons are held accountable.", "positive"),
    ("The Committee appreciates the various capacity-building and training activities. However, "
     "the Committee regrets that these activities were not systematic.", "concern"),
    ("The Committee welcomes the submission of the State party's initial report, however it "
     "regrets that it does not follow the established reporting guidelines.", "concern"),
    ("The Committee notes recent attempts to conduct investigations, however, it remains "
     "concerned that the number of initiated investigations is scarce.", "concern"),
    ("Given the fact that the credibility of the administration of justice is essential, the "
     "Committee urges the State party to ensure that any suspicion is investigated. Furthermore, "
     "the Committee is concerned about complicity.", "recommendation"),
    ("The Committee recommends the State party to take all appropriate measures to ensure full "
     "implementation of the present recommendations.", "recommendation"),
    # A/HRC/50/33/Add.1 (Special Rapporteur)
    ("The Special Rapporteur regrets that the late acceptance of the country visit request posed "
     "difficulties.", "concern"),
    ("The Special Rapporteur welcomes the commitment of the Government to achieving the "
     "Sustainable Development Goals.", "positive"),
    ("The Special Rapporteur commends the Government on its track record of ensuring protection "
     "for Afghan refugees.", "positive"),
    ("The Special Rapporteur commends the important work undertaken by consular services. "
     "However, she is concerned that further awareness-raising is needed.", "concern"),
    ("The Special Rapporteur highlights the systemic discrimination against lesbian, gay, "
     "bisexual, trans and gender-diverse persons, and expresses her concern.", "concern"),
    ("Another area of concern is the risk to trafficking and exploitation faced by "
     "children.", "concern"),
    ("Reports of the intimidation and harassment of lesbian, gay, bisexual and trans persons are "
     "a serious concern.", "concern"),
    ("The Special Rapporteur notes that trafficking in women and girls is rooted in gender-based "
     "discrimination.", "other"),
    ("The lapse in lodging an asylum application places persons of concern at risk of being "
     "considered as illegally residing foreigners.", "other"),
    ("Regarding access to compensation, the Special Rapporteur recommends that Tajikistan ensure "
     "that measures are taken.", "recommendation"),
    ("The Special Rapporteur recommends that the Government of Tajikistan:\n(a) Strengthen "
     "partnerships with civil society organizations;", "recommendation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_role(text: str, role: Role) -> None:
    assert classify_role(text) == role


def test_role_across_pdf_line_wraps() -> None:
    assert classify_role("The Committee is\nconcerned that the Law is not enforced.") == "concern"
    assert classify_role("The Committee\nrecommends that the State party act.") == "recommendation"


TJK_24 = (
    "The Committee regrets the insufficient information provided by the State party on efforts "
    "undertaken to prevent children becoming victims of offences under the Optional Protocol, "
    "particularly children in vulnerable situations, including Roma children (Mughat and Lyuli), "
    "as well as refugee children."
)
TJK_25 = (
    "The Committee recommends that the State party adopt all the measures necessary to prevent "
    "and protect all groups of children in a vulnerable situation, including Roma children, "
    "migrant and refugee children, from becoming potential victims of offences under the "
    "Optional Protocol."
)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (TJK_24, {"children", "roma-and-minorities", "refugees-and-asylum-seekers"}, {"lgbti-persons"}),
        (TJK_25, {"children", "roma-and-minorities", "refugees-and-asylum-seekers", "migrants"}, set()),
        ("Carry out assessment of the situation children from ethnic minorities (especially Roma/ "
         "Jugi children)", {"roma-and-minorities", "children"}, set()),
        ("Conduct assessment of situation of children living and/ or working in the street",
         {"children-in-street-situations"}, set()),
        ("discrimination against lesbian, gay, bisexual, trans and gender-diverse persons",
         {"lgbti-persons"}, {"children"}),
        ("Support to all victims of trafficking, including psychosocial support and reintegration",
         {"victims-of-trafficking", "trafficking", "victim-assistance"}, set()),
        ("the sale of children, child prostitution and child pornography",
         {"sale-of-children", "sexual-exploitation", "child-pornography"}, set()),
        ("eliminate the worst forms of child labour and forced labour in the cotton harvest",
         {"child-labour"}, set()),
        ("simplify birth registration and disaggregated data collection",
         {"birth-registration", "data-collection"}, set()),
        ("establish extraterritorial jurisdiction and ensure extradition and prosecution",
         {"justice"}, set()),
        ("accession to the Convention on the reduction of statelessness",
         {"ratification", "stateless-persons"}, set()),
        ("the Protocol against the Illicit Manufacturing of and Trafficking in Firearms",
         set(), {"trafficking"}),
        ("prevention of child marriage and violence against children",
         {"child-marriage", "violence-against-children", "prevention-and-awareness"}, set()),
        ("children living with HIV/AIDS and access to health services and education",
         {"hiv-aids", "health", "education"}, set()),
        ("recruitment of children by armed groups in armed conflict", {"armed-conflict"}, set()),
        ("allegations of corruption and the complicity of officials", {"corruption"}, set()),
        ("allocate adequate budget and human resources; strengthen coordination and training; "
         "cooperate with civil society and through international cooperation",
         {"budget", "coordination", "training", "civil-society", "international-cooperation"}, set()),
        ("persons with disabilities, women and girls; gender equality",
         {"persons-with-disabilities", "women-and-girls", "gender-equality"}, set()),
        ("the present concluding observations be made widely available", {"follow-up"}, set()),
    ],
)  # fmt: skip
def test_tags(text: str, expected: set[str], absent: set[str]) -> None:
    tags = tag(text)
    assert expected <= set(tags)
    assert not absent & set(tags)
    assert list(tags) == [t for t in VOCABULARY if t in tags]  # vocabulary order, no duplicates


def test_vocabulary_is_labelled_slugs() -> None:
    assert set(TAG_LABELS) == set(VOCABULARY)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in TAG_LABELS)
    assert all(label and label[0].isupper() for label in TAG_LABELS.values())
    assert TAG_LABELS["roma-and-minorities"] == "Roma and minorities"
    assert len(TAG_LABELS) >= 36


def test_nothing_to_tag() -> None:
    assert tag("") == ()
    assert classify_role("") == "other"


def test_annotate_sets_role_and_tags_and_copies() -> None:
    para = Paragraph(doc_id="d", number="24", text=TJK_24)
    row = PlanRow(
        doc_id="p",
        number="30",
        summary="Measures to protect children of national minorities",
        recommendations=("42",),
        activities=("Carry out assessment (especially Roma/ Jugi children)",),
        period="regularly",
        agencies=(Agency(abbreviation="MOJ", name="Ministry of Justice"),),
        results="The issue is reviewed.",
    )
    doc = Document(
        id="d", symbol="X/1", title="t", body="b", country="c", year=2017,
        kind="concluding_observations", short_name="X/1", paragraphs=(para,), rows=(row,),
    )  # fmt: skip
    out = annotate(doc)
    assert out is not doc and doc.paragraphs[0].role == "other" and doc.rows[0].tags == ()
    assert out.paragraphs[0].role == "concern"
    assert {"children", "roma-and-minorities"} <= set(out.paragraphs[0].tags)
    assert {"children", "roma-and-minorities"} <= set(out.rows[0].tags)
    assert out.rows[0].model_dump(exclude={"tags"}) == row.model_dump(exclude={"tags"})
    assert annotate(out) == out
