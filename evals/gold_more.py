"""Gold items on ../shared/more-documents (ids m001...): UPR Working Group reports on Uzbekistan
(A/HRC/24/7), Kazakhstan (A/HRC/28/10) and Slovenia (A/HRC/59/15), and CERD's concluding
observations on Brazil (CERD/C/BRA/CO/18-20), asked of an index of the bundled corpus plus those
documents. Written by reading the documents, not from system output (held-out data).

Held-out data: make_gold.py calls add(q, h, c) if this module exists.
"""

from collections.abc import Callable
from typing import Any

T, K = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1"
PC, PO = "tjk-npa-2018-crc", "tjk-npa-2018-opsc"
UZB, KAZ, SVN, BRA = "a-hrc-24-7", "a-hrc-28-10", "a-hrc-59-15", "cerd-bra-co-18-20"


def _items(group: int, *ns: int) -> list[str]:
    """Recommendation numbers "group.n" (e.g. 136.2)."""
    return [f"{group}.{n}" for n in ns]


def _span(group: int, first: int, last: int) -> list[str]:
    """Recommendation numbers group.first .. group.last, inclusive."""
    return [f"{group}.{n}" for n in range(first, last + 1)]


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the more-documents items through make_gold's q(), with ids m001, m002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ upr
    U = "upr"
    item(
        U,
        "Which States recommended that Uzbekistan ratify the Optional Protocol to the Convention against Torture?",
        c(UZB, *_items(136, 2, 3, 4, 5, 6, 18, 19, 38, 39, 40, 41)),
        c(UZB, 129, "133.33"),
        ["Estonia", "Montenegro", "Costa Rica"],
        notes="every item naming the OPCAT (sign, ratify, accede); all in 136 (noted); 129 = delegation on NPM",
    )
    item(
        U,
        "What did Kazakhstan accept on torture in its 2014 UPR?",
        c(
            KAZ,
            *_items(124, 1, 15, 16, 17, 41, 44, 45),
            *_items(125, 22, 23, 24, 48, 49, 72, 73),
        ),
        c(KAZ, "124.18", "124.19", "124.33", 19, 107, 109),
        ["zero-tolerance approach against torture", "allegations of torture"],
        notes="supported (124 already implemented, 125 in process) items naming torture; 126.27 is noted so excluded",
    )
    item(
        U,
        "Which recommendations on child labour did Uzbekistan only note?",
        c(UZB, "136.47"),
        c(UZB, "136.35", "135.10", "135.11", "135.12", "135.13", 138),
        ["Take all measures to eliminate child labour"],
        notes="136.47 (Namibia) is the only noted child-labour item; 135.10-13 are pending, not noted",
    )
    item(
        U,
        "What did Slovenia's 2025 UPR recommend on Roma?",
        c(SVN, *_items(140, 25, 31, 127, 189, 212), *_span(140, 214, 228), "140.245"),
        c(SVN, 21, 37, 56, 76, 104),
        ["Roma"],
        notes="every 140.x item naming Roma (140.32/140.138 are Romania, not Roma)",
    )
    item(
        U,
        "Did Brazil recommend anything to Kazakhstan at its 2014 review?",
        c(KAZ, "124.4", "124.34"),
        c(KAZ, 98),
        ["(Brazil)", "non-refoulement"],
        notes="the two items whose recommending States include Brazil; 98 is Brazil's statement",
    )
    item(
        U,
        "what recommendations on the erased persons are still pending for Slovenia?",
        c(SVN, *_span(140, 72, 75)),
        c(SVN, 60, 120, "140.58"),
        ["“erased”"],
        notes="all Slovenia items are 'will be examined' (pending); 140.72-75 name the erased",
    )
    item(
        U,
        "Which death penalty recommendations did Kazakhstan support and which did it only note?",
        c(KAZ, *_span(125, 42, 47), *_items(126, 5, 6, 7, 9, 10, 11, 12, 26)),
        c(KAZ, 18, 119),
        ["Abolish the death penalty", "Second Optional Protocol"],
        notes="125.42-47 supported (abolition, moratorium); 126.5-7, 126.9-12 (ICCPR-OP2) and 126.26 noted",
    )
    item(
        U,
        "Who asked Uzbekistan to issue a standing invitation to the special procedures?",
        c(UZB, *_items(136, 21, 22, 23, 24, 25, 26, 27, 30, 32, 34, 35)),
        c(UZB, *_items(136, 28, 29, 31, 33), "134.4", "134.5", 77, 113),
        ["standing invitation", "(Belgium) (Portugal)"],
        notes="items asking for a standing/open invitation (all noted); 136.28-33 ask for visits only",
    )
    item(
        U,
        "What was recommended to Uzbekistan about ICRC access to prisons?",
        c(UZB, "133.35", "133.36"),
        c(UZB, 45, 49, 64, 116, 117, 124),
        ["ICRC"],
        notes="the two items naming the ICRC, both supported; the rest is dialogue",
    )
    item(
        U,
        "Which recommendations to Uzbekistan on ILO monitoring of the cotton harvest are still pending?",
        c(UZB, *_span(135, 10, 13)),
        c(UZB, "133.44", "136.35", 45, 62, 86),
        ["cotton harvest", "ILO mission"],
        notes="135 = will be examined (pending): 135.10-13 are the ILO/cotton-monitoring items",
    )
    item(
        U,
        "What did Slovenia recommend to Kazakhstan in the 2014 UPR?",
        c(KAZ, "124.9", "124.10", "125.45", "126.12", "126.42"),
        c(KAZ, 73),
        ["(Slovenia)"],
        notes="every item whose recommending States include Slovenia",
    )
    item(
        U,
        "What did Uzbekistan recommend to Slovenia?",
        c(SVN, "140.16", "140.85"),
        [],
        ["(Uzbekistan)"],
        notes="the two items whose recommending State is Uzbekistan",
    )
    item(
        U,
        "Which recommendations on freedom of religion did Kazakhstan not support?",
        c(KAZ, "126.21", "126.28", "126.33", "126.34"),
        c(KAZ, "124.21", "124.23", "124.46", "125.76", 53),
        ["2011 Religion Law", "religious minorities"],
        notes="noted (126) items on religion/belief; supported ones (124.21, 124.23, 124.46, 125.76) may",
    )
    item(
        U,
        "uzbekistan upr 2013 - recommendations on LGBT / homosexuality and its response",
        c(UZB, *_span(136, 49, 52)),
        c(UZB, 88, 137),
        ["LGBT", "same-sex sexual relationships"],
        notes="136.49-52, all noted; 88 = delegation: no plans to repeal",
    )
    item(
        U,
        "Which States recommended that Slovenia remove exceptions to the minimum marriage age of 18?",
        c(SVN, *_span(140, 77, 80)),
        c(SVN, 130),
        ["Marriage and Family Relations Act", "Colombia", "Iceland"],
        notes="140.77-80 (Colombia, Iceland, Estonia, Mauritius); 130 = delegation on exceptions",
    )
    item(
        U,
        "Was Kazakhstan asked to set up a children's ombudsman in its UPR, and did it agree?",
        c(KAZ, *_span(125, 19, 21)),
        c(KAZ, "125.18"),
        ["Ombudsman on the Rights of the Child"],
        notes="125.19-21 (child ombudsman), supported as in process of implementation",
    )
    item(
        U,
        "Which recommendations on the Rome Statute did Kazakhstan note?",
        c(KAZ, *_span(126, 13, 19)),
        c(KAZ, 121),
        ["Rome Statute"],
        notes="126.13-19, all noted; 121 = delegation's reasons",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "recommendation 124.15 of A/HRC/28/10",
        c(KAZ, "124.15"),
        [],
        ["confessions obtained under the use of torture", "Uruguay"],
    )
    item(
        L,
        "what is rec. 133.12 in Uzbekistan's UPR report?",
        c(UZB, "133.12"),
        [],
        ["national human rights action plan", "China"],
    )
    item(
        L,
        "paragraph 12 of CERD/C/BRA/CO/18-20",
        c(BRA, 12),
        [],
        ["acquittal and dismissal rates"],
    )
    item(
        L,
        "Show me 140.215 of the Slovenia UPR report",
        c(SVN, "140.215"),
        [],
        ["national programme of measures for Roma people", "France"],
    )
    item(
        L,
        "A/HRC/24/7 para 2",
        c(UZB, 2),
        [],
        ["Angola, Germany and Indonesia"],
    )
    item(
        L,
        "What does recommendation 136.44 in Uzbekistan's review say?",
        c(UZB, "136.44"),
        [],
        ["Jaslyk Prison"],
    )
    item(
        L,
        "recommendation 133.250 of A/HRC/24/7",
        [],
        [],
        [],
        answerable=False,
        notes="133.x runs to 133.101",
    )
    item(
        L,
        "paragraph 90 of the CERD Brazil observations",
        [],
        [],
        [],
        answerable=False,
        notes="CERD/C/BRA/CO/18-20 has paragraphs 1-70",
    )
    item(
        L,
        "rec 126.60 in Kazakhstan's 2014 UPR report",
        [],
        [],
        [],
        answerable=False,
        notes="126.x runs to 126.51",
    )

    # ------------------------------------------------------------------ fact
    F = "fact"
    item(
        F,
        "When was Uzbekistan reviewed in the second UPR cycle and who headed its delegation?",
        c(UZB, 1),
        [],
        ["24 April 2013", "Akmal Saidov"],
    )
    item(
        F,
        "Who was the troika for Kazakhstan's 2014 UPR?",
        c(KAZ, 2),
        [],
        ["Germany, Kuwait and South Africa"],
    )
    item(
        F,
        "Who led Slovenia's delegation at its UPR in January 2025?",
        c(SVN, 1),
        [],
        ["Tanja Fajon", "28 January 2025"],
    )
    item(
        F,
        "What did Uzbekistan's delegation say about claims that 1.5 million children pick cotton?",
        c(UZB, 19),
        c(UZB, 18, 85, 86),
        ["unfounded"],
        notes="19: allegations unfounded, citing UNICEF 2012",
    )
    item(
        F,
        "Why has Kazakhstan not joined the International Criminal Court, according to its delegation?",
        c(KAZ, 121),
        c(KAZ, *_span(126, 13, 19)),
        ["lengthy procedures of the Court"],
    )
    item(
        F,
        "What did Slovenia's delegation say about criminal defamation?",
        c(SVN, 136),
        c(SVN, "140.69", "140.70"),
        ["Defamation remained a criminal offence"],
    )
    item(
        F,
        "According to CERD, what share of victims of police violence in Brazil in 2021 were Afro-Brazilian?",
        c(BRA, 34),
        c(BRA, 35, 36),
        ["84.1 per cent"],
    )
    item(
        F,
        "What did CERD say about Roma in Brazil?",
        c(BRA, 56, 57),
        [],
        ["birth registration", "civil documents"],
    )
    item(
        F,
        "When did CERD consider Brazil's combined 18th-20th periodic reports?",
        c(BRA, 1),
        [],
        ["16 and 17 November 2022", "2931st and 2932nd meetings"],
    )
    item(
        F,
        "What concerns did the committee raise about the Palmares Cultural Foundation?",
        c(BRA, 59),
        c(BRA, 60, 69),
        ["Palmares Cultural Foundation", "hostility"],
        notes="59 = concern; 60 (c) = the matching recommendation",
    )
    item(
        F,
        "Which recommendations must Brazil report on to CERD within one year?",
        c(BRA, 68),
        c(BRA, 17, 19, 23, 36),
        ["within one year", "36 (a)–(d)"],
    )
    item(
        F,
        "What did the Uzbek delegation say on decriminalising homosexuality?",
        c(UZB, 88),
        c(UZB, *_span(136, 49, 52)),
        ["1,000 years"],
    )

    # ------------------------------------------------------------------ comparison / theme
    C, TH = "comparison", "theme"
    item(
        C,
        "The CRC found few prosecutions for sale of children in Kazakhstan in 2006. What did Kazakhstan "
        "accept in its 2014 UPR on prosecuting traffickers?",
        c(K, 23) + c(KAZ, "124.1", "124.37"),
        c(K, 24, 29) + c(KAZ, *_span(125, 62, 67), "126.25"),
        ["scarce", "better prosecution of these crimes"],
        notes="CRC KAZ 23 (scarce prosecutions); UPR 124.37 (prosecution) and 124.1 (criminalize trafficking)",
    )
    item(
        C,
        "Compare what was said about Roma in Tajikistan's CRC observations and in Slovenia's UPR.",
        c(T, 24, 25) + c(SVN, 56, "140.214", "140.215"),
        c(PC, 30)
        + c(PO, 10)
        + c(
            SVN,
            21,
            37,
            76,
            104,
            *_items(140, 25, 31, 127, 189, 212),
            *_span(140, 216, 228),
            "140.245",
        ),
        ["Mughat", "National Programme of Measures for Roma"],
        notes="CRC TJK 24-25 vs Slovenia's delegation (56) and the national-programme items; other Roma items may",
    )
    item(
        TH,
        "List every recommendation on trafficking in persons in the UPR reports on Uzbekistan and Kazakhstan, "
        "with Kazakhstan's and Uzbekistan's positions.",
        c(UZB, "133.11", *_span(133, 46, 54), "134.14")
        + c(KAZ, "124.1", "124.37", *_span(125, 62, 67), "126.25"),
        c(UZB, 54, 34, 78, 105) + c(KAZ, 20, "125.50"),
        ["trafficking in persons", "human trafficking"],
        notes="all items naming trafficking: UZB all supported; KAZ 124/125 supported, 126.25 noted",
    )
    item(
        C,
        "How do CERD's recommendation on a national human rights institution for Brazil and the UPR "
        "recommendations to Uzbekistan on the same topic compare?",
        c(BRA, 9, 10) + c(UZB, "133.9", "133.10", "134.1", "134.2", "134.3"),
        c(UZB, "133.11"),
        ["Paris Principles"],
        notes="BRA 9-10; UZB items naming a national human rights institution (133.9-10, 134.1-3)",
    )
    item(
        C,
        "Were Uzbekistan and Kazakhstan both asked to ratify the Convention on the Rights of Persons with "
        "Disabilities, and how did each respond?",
        c(UZB, *_span(135, 1, 4)) + c(KAZ, *_span(125, 1, 8)),
        c(UZB, 119) + c(KAZ, 52, 80, "126.8"),
        ["Convention on the Rights of Persons with Disabilities", "CRPD"],
        notes="UZB 135.1-4 pending; KAZ 125.1-8 supported (in process); 126.8 is the Optional Protocol",
    )
    item(
        TH,
        "Which of the reviewed countries were urged to ratify the migrant workers convention, and by whom?",
        c(BRA, 61)
        + c(UZB, "136.9", "136.18")
        + c(KAZ, *_span(126, 1, 4))
        + c(SVN, *_span(140, 1, 6)),
        [],
        ["Migrant Workers", "ICRMW"],
        notes="CERD BRA 61; UZB 136.9, 136.18 (noted); KAZ 126.1-4 (noted); SVN 140.1-6 (pending)",
    )

    # ------------------------------------------------------------------ followup
    FU = "followup"
    item(
        FU,
        "and which of them did it only note?",
        c(KAZ, *_items(126, 5, 6, 7, 9, 10, 11, 12, 26)),
        c(KAZ, 119),
        ["Second Optional Protocol", "Abolish the death penalty for all crimes"],
        h(
            "Which States recommended that Kazakhstan abolish the death penalty?",
            'Sweden, Portugal, Germany and Slovenia recommended "Abolish the death penalty", Spain to '
            '"Proceed with the abolition of the death penalty" and Italy to "Maintain the moratorium on the '
            'death penalty with a view to its abolition"; Kazakhstan supported these (A/HRC/28/10, '
            "recs. 125.42-125.47).",
        ),
        notes="noted death-penalty items: ICCPR-OP2 (126.5-7, 126.9-12) and 126.26",
    )
    item(
        FU,
        "who recommended that?",
        c(UZB, "134.19", "134.20"),
        [],
        ["Slovakia", "Slovenia"],
        h(
            "What did Uzbekistan's UPR say about conscientious objection?",
            'Uzbekistan was asked to "Recognize the right to conscientious objection, ensuring that '
            'conscientious objectors are not subjected to reprisals" and to provide "civilian alternative '
            'service compatible with international standards" (A/HRC/24/7, recs. 134.19, 134.20).',
        ),
    )
    item(
        FU,
        "And what did it recommend?",
        c(BRA, 40),
        c(BRA, 39),
        ["general recommendation No. 36", "facial recognition"],
        h(
            "What did CERD say about racial profiling in Brazil?",
            'The Committee "is concerned by the persistence of the practice of racial profiling of '
            'Afro-Brazilians by law enforcement officials" (CERD/C/BRA/CO/18-20, para. 39).',
        ),
    )
    item(
        FU,
        "What did the Slovenian delegation say about it?",
        c(SVN, 46),
        c(SVN, 23),
        ["new prison in Ljubljana"],
        h(
            "What did Slovenia's UPR recommend on prison overcrowding?",
            'Several States asked Slovenia to reduce overcrowding, e.g. "Reduce overcrowding in prisons and '
            'improve detention conditions in line with international standards (Libya)" (A/HRC/59/15, '
            "recs. 140.49-140.54).",
        ),
    )

    # ------------------------------------------------------------------ unanswerable
    X = "unanswerable"
    for text, why in [
        (
            "What did Tajikistan's UPR report A/HRC/19/3 recommend on torture?",
            "Tajikistan's UPR report is not in the index",
        ),
        (
            "What did CERD say about Roma in Slovenia?",
            "only CERD on Brazil is indexed; Slovenia's Roma appear in its UPR, not in CERD observations",
        ),
        (
            "What did India recommend to Uzbekistan in the 2013 UPR?",
            "India spoke (para. 67) but made no recommendation to Uzbekistan",
        ),
        (
            "What did the Committee against Torture recommend to Uzbekistan in its 2013 concluding observations?",
            "CAT observations on Uzbekistan are not indexed (only mentioned in the UPR report)",
        ),
        (
            "What did Kazakhstan's third UPR in 2019 recommend on freedom of assembly?",
            "only the 2014 (second-cycle) report A/HRC/28/10 is indexed",
        ),
        (
            "What did the UPR Working Group recommend to Turkmenistan on child labour?",
            "no UPR report on Turkmenistan is indexed",
        ),
    ]:
        item(X, text, [], [], [], answerable=False, notes=why)
