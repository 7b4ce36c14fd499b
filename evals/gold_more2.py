"""A second question table on ../shared/more-documents (ids mb001-mb040), written from the documents alone.

Held-out data, asked of the same index as `gold_more.py` (the bundled corpus plus the UPR Working Group
reports on Uzbekistan, A/HRC/24/7; Kazakhstan, A/HRC/28/10; Slovenia, A/HRC/59/15; and CERD's concluding
observations on Brazil, CERD/C/BRA/CO/18-20). Every item was written by reading those text files and the
bundled corpus, never from any output of the system and without seeing any evaluation report: every cited
unit was read in its text file; every key fact is a verbatim substring of one line of a must-cite unit, and
every quotation in a history turn a verbatim passage (whitespace aside) of the unit it cites, both checked
with a stdlib script that splits the files into their numbered paragraphs and recommendations. For a
recommendation question `must` is every recommendation of the report that matches, found by reading the
whole recommendations section (and by a keyword pass over it); recommendations that only touch the subject
and the delegation's or other States' statements are in `may`.

mb001-mb010 ask about recommendations (who recommended what, and the position taken: for Uzbekistan 133
supported, 134 already implemented or in process, 135 to be examined, 136 not supported; for Kazakhstan
124 supported as already implemented, 125 supported as in process, 126 noted; for Slovenia every 140.x
item is still to be examined). mb011-mb018 are everyday paraphrases with few words of the text;
mb019-mb023 themes across documents, country by country; mb024-mb028 comparisons (Uzbekistan against
Kazakhstan and Slovenia, and the more-documents against the bundled CRC observations on Turkmenistan and
Kazakhstan); mb029-mb033 follow-ups whose last question only makes sense with the history; mb034-mb036
lookups (mb036 names recommendation 134.31 of A/HRC/24/7, which does not exist: 134.x runs to 134.30);
mb037-mb040 near misses the index cannot answer, each checked with grep over the text files (a covered
report on a topic it never treats, CERD on a country whose observations are not held). None repeats a
topic that gold_more.py, gold_more_scope.py or gold_more_scope2.py asks about: the subjects here are the
equality law, women in political life, human rights education, prison conditions and exit visas for
Uzbekistan; freedom of assembly, trade unions, disability beyond the CRPD, health care, the nuclear test
zone and a named psychiatric detainee for Kazakhstan; free education, digital literacy, older persons,
antisemitism, legal gender recognition and lawsuits against journalists for Slovenia; domestic workers,
protests, Afro-Brazilian religions, guns, political representation and the teaching of African history
for Brazil; and, across documents, the Optional Protocol to the ICESCR, the enforced disappearance
convention, juvenile justice, equal pay, maternal health, the refugee convention, the CRC communications
procedure, disaggregated data, hotlines and crisis centres, and women in parliament.

Three users ask, each in a style of their own. A desk officer at a European permanent mission in Geneva,
preparing the mission's UPR statements and advance questions (formal, full sentences, UN symbols and
recommendation numbers, asks for the State's position: 'For our statement', 'supported or noted').
A community organiser with an Afro-Brazilian women's collective in Salvador (writes in lower case, chatty,
brings in her neighbourhood and family, says 'the UN committee' and 'the report', never the jargon).
A master's student in Almaty writing a thesis on how Central Asian States answer the UN (terse,
keyword-style fragments with abbreviations: 'upr', 'recs', 'kaz', 'thesis').

Unit ids follow the numbering printed in the text: paragraphs by number, UPR recommendations as
"group.n". Last numbers, read from the text files: A/HRC/24/7 has paragraphs 1-139 and recommendations
133.1-133.101, 134.1-134.30, 135.1-135.14, 136.1-136.58; A/HRC/28/10 has paragraphs 1-127 and
124.1-124.47, 125.1-125.96, 126.1-126.51; A/HRC/59/15 has paragraphs 1-141 and 140.1-140.254;
CERD/C/BRA/CO/18-20 has paragraphs 1-70.

Held-out data: make_gold.py calls add(q, h, c) if this module exists.
"""

from collections.abc import Callable
from typing import Any

K, M = "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1"
UZB, KAZ, SVN, BRA = "a-hrc-24-7", "a-hrc-28-10", "a-hrc-59-15", "cerd-bra-co-18-20"


def _items(group: int, *ns: int) -> list[str]:
    """Recommendation numbers "group.n" (e.g. 136.2)."""
    return [f"{group}.{n}" for n in ns]


def _span(group: int, first: int, last: int) -> list[str]:
    """Recommendation numbers group.first .. group.last, inclusive."""
    return [f"{group}.{n}" for n in range(first, last + 1)]


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the second more-documents table through make_gold's q(), with ids mb001, mb002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ upr
    U = "upr"
    item(
        U,
        "For our statement: which States urged Uzbekistan in 2013 to adopt its draft law on equality between "
        "women and men, and what position did Uzbekistan take on those recommendations?",
        c(UZB, "134.13", "135.7"),
        c(UZB, "135.5", "135.6", "133.26", "133.27", 52),
        [
            "draft law on equal rights and opportunities for women and men",
            "Accelerate the process for adopting",
        ],
        notes="134.13 (Republic of Moldova; already implemented or in process) and 135.7 (Spain; to be "
        "examined) are the two items on the equality law; 135.5-6 are on discrimination against women generally",
    )
    item(
        U,
        "Which recommendations on freedom of peaceful assembly did Kazakhstan only note at its 2014 review, "
        "and which States made them?",
        c(KAZ, *_items(126, 35, 42, 43, 44, 47, 48)),
        c(KAZ, "124.26", "124.29", "124.40", "126.45", 25, 77, 108),
        ["Law on Freedom of Assembly", "Repeal articles 400 and 403 of the Criminal Code"],
        notes="every noted (126) item naming assembly: Czech Republic, Slovenia, Costa Rica, Switzerland, "
        "Germany, Mexico; 124.26, 124.29 and 124.40 name assembly but were supported; 108 = delegation",
    )
    item(
        U,
        "kaz upr 2014 - disability recs other than ratifying the CRPD? and did kaz support them",
        c(KAZ, *_items(125, 54, 78, 82, 90, 91, 92)),
        c(KAZ, *_span(125, 1, 8), "126.8", 14, 62, 111),
        ["children with disabilities access to", "national plan for persons with disabilities (Sudan);"],
        notes="the supported (125, in process) items on persons with disabilities that are not about "
        "ratifying the CRPD (125.1-8) or its Optional Protocol (126.8, noted)",
    )
    item(
        U,
        "uzbekistan 2013 upr: recs on women in politics / public office + response",
        c(UZB, "133.72", "133.73"),
        c(UZB, 127, "133.27", "133.26"),
        ["active participation of women in", "participate effectively in political life"],
        notes="133.72 (Nicaragua) and 133.73 (United Arab Emirates), both supported; 127 = delegation "
        "(22 per cent of senators)",
    )
    item(
        U,
        "slovenia upr 2025 digital literacy in schools - who recommended it",
        c(SVN, *_span(140, 141, 143)),
        c(SVN, "140.167", "140.168"),
        ["digital literacy", "integrate digital literacy education into school curricula (Estonia);"],
        notes="140.141 (Oman), 140.142 (Costa Rica), 140.143 (Estonia); 140.167-168 are about women in the "
        "digital sector of the labour market",
    )
    item(
        U,
        "Which States recommended that Slovenia guarantee in law free primary and secondary education, "
        "including 12 years of schooling, and what is the status of those recommendations?",
        c(SVN, *_span(140, 132, 136)),
        c(SVN, "140.131", "140.137"),
        ["12 years of free primary and secondary", "Paraguay"],
        notes="140.132-136 (Paraguay, Portugal, Bulgaria, Mauritius, Slovakia), all still to be examined; "
        "140.131 (right to education in the Constitution) and 140.137 (free pre-primary) may",
    )
    item(
        U,
        "uzbekistan upr recs on human rights education & training (esp. for police / judges)",
        c(UZB, *_span(133, 16, 19), "133.30"),
        c(UZB, "133.11", 13, 58),
        ["human rights education and", "human rights training of law enforcement bodies (Austria);"],
        notes="133.16-19 (Egypt, Russian Federation, Morocco, Ecuador) and 133.30 (Austria), all supported; "
        "58 = delegation on human rights education",
    )
    item(
        U,
        "Which recommendations on the rights of older persons did Slovenia receive at its 2025 review?",
        c(SVN, "140.125", *_span(140, 193, 196), "140.208", "140.209"),
        c(SVN, 55),
        ["older persons", "long-term care", "(Kazakhstan);"],
        notes="every 140.x item naming older persons or the elderly; all still to be examined; "
        "55 = delegation",
    )
    item(
        U,
        "kaz 2014 upr - which health care recs did it support?",
        c(KAZ, *_span(125, 83, 87)),
        c(KAZ, "126.50", "126.32", "125.92", 10, 117),
        ["tuberculosis", "sexual and reproductive health services"],
        notes="125.83-87 (Armenia, Pakistan, Singapore, Thailand, Venezuela), supported as in process; "
        "126.50 (migrants' access to health care) was noted",
    )
    item(
        U,
        "For a statement on antisemitism: which States raised it in recommendations to Slovenia in 2025, "
        "and what did they ask?",
        c(SVN, "140.29", "140.30"),
        c(SVN, 10, 108, 129),
        ["antisemitism", "Publicly condemn antisemitic incidents"],
        notes="140.29 (Germany) and 140.30 (Israel); 10 = the 2023 strategy; 108 = Israel's statement",
    )

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "my aunt cleans houses and looks after kids for rich families here in salvador, like so many black "
        "women. does the un committee say anything about women who do that kind of work?",
        c(BRA, 20, 23),
        [],
        ["majority of domestic workers", "Review the regulatory framework, including a living wage"],
        notes="20 (Afro-Brazilian women the majority of domestic workers) and 23 (b) (living wage)",
    )
    item(
        P,
        "some friends got hurt by the police at a march against racism, one nearly lost an eye. is that in "
        "the report?",
        c(BRA, 41, 42),
        c(BRA, 34, 36),
        ["rubber bullets", "right of peaceful assembly among Afro-Brazilians"],
        notes="41 (excessive force at anti-racism protests, sight lost to rubber bullets) and 42",
    )
    item(
        P,
        "our candomblé house was vandalised last year and the police did nothing. does the report say "
        "anything about attacks on african-rooted faiths?",
        c(BRA, 43, 44),
        [],
        [
            "Afro-Brazilian religions, including terreiro religions",
            "the rebuilding of destroyed religious sites",
        ],
        notes="43-44: persecution of those practising Afro-Brazilian religions",
    )
    item(
        P,
        "everyone in my street seems to be buying a pistol now. did the committee say anything about that?",
        c(BRA, 32, 33),
        [],
        ["regulate and reduce private firearms ownership", "restrict gun sales to private citizens"],
        notes="32 (rising gun sales to private citizens) and 33 (c)",
    )
    item(
        P,
        "uzbekistan - do people need the state's permission to go abroad? anyone at the 2013 review push to "
        "scrap it?",
        c(UZB, "136.53"),
        c(UZB, 56, 137),
        ["system of exit visas", "Chile"],
        notes="136.53 (Chile), not supported (137); 56 = no limitation on NGO representatives leaving the country",
    )
    item(
        P,
        "kaz review - anything on people made ill by the soviet atomic bomb tests?",
        c(KAZ, 62, 25),
        [],
        ["Semipalatinsk", "victims of nuclear testing"],
        notes="25 (Costa Rica asked about victims of nuclear testing); 62 (delegation: aid to victims of "
        "radiation from the Semipalatinsk test zone)",
    )
    item(
        P,
        "kaz upr - was there a rec about a woman kept in a mental hospital against her will?",
        c(KAZ, "126.32"),
        [],
        ["Zinaida Mukhortova", "forced psychiatric"],
        notes="126.32 (Austria), noted",
    )
    item(
        P,
        "slovenia - anything on stopping the rich and powerful dragging reporters through court just to "
        "shut them up?",
        c(SVN, 131),
        c(SVN, *_span(140, 63, 66)),
        ["strategic lawsuits against public participation"],
        notes="131: legislation on strategic lawsuits against public participation (SLAPPs); the "
        "journalist-protection items 140.63-66 may",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a note on the Optional Protocol to the International Covenant on Economic, Social and Cultural "
        "Rights: list, country by country, every recommendation to ratify it in the Uzbekistan (2013), "
        "Kazakhstan (2014) and Slovenia (2025) UPR reports, with the position each State took.",
        c(UZB, "136.1", "136.14") + c(KAZ, "125.9") + c(SVN, *_span(140, 7, 10)),
        c(SVN, 11) + c(UZB, 137),
        ["Optional Protocol to the International Covenant on", "OP-ICESCR"],
        notes="UZB 136.1, 136.14 (not supported); KAZ 125.9 (supported, in process); SVN 140.7-10 (to be "
        "examined; 11 = under review)",
    )
    item(
        TH,
        "enforced disappearance convention - which of the countries has ratified it and which were asked to, "
        "country by country",
        c(UZB, "136.10", "136.18", "136.19") + c(SVN, 10),
        c(SVN, 13, 16, 32, 40, 57, 59, 64, 66, 73, 117, 119) + c(UZB, 137),
        ["from Enforced Disappearance (Iraq);", "In 2021, it had ratified"],
        notes="Uzbekistan asked (136.10, 136.18, 136.19; not supported); Slovenia ratified in 2021 (10; "
        "States' welcomes may); nothing for Kazakhstan or Brazil",
    )
    item(
        TH,
        "Juvenile justice in the three UPR reports: what was recommended to Uzbekistan, Kazakhstan and "
        "Slovenia, and what did Slovenia's delegation report?",
        c(UZB, "133.58") + c(KAZ, "125.51") + c(SVN, "140.53", "140.61", "140.62", 137),
        c(UZB, 109, 83, 32) + c(KAZ, 44, 36),
        ["juvenile justice act", "juvenile courts (Kuwait);"],
        notes="UZB 133.58 (juvenile rights); KAZ 125.51 (juvenile courts); SVN 140.53, 140.61-62 and 137",
    )
    item(
        TH,
        "Equal pay for women: set out, country by country, what Uzbekistan, Kazakhstan and Slovenia were "
        "recommended at their UPRs and the position each took.",
        c(UZB, "134.30") + c(KAZ, "126.22", "126.23", "126.25") + c(SVN, "140.151", "140.162", "140.163"),
        c(UZB, 127, "136.36") + c(SVN, 50, 134),
        ["equal pay", "remuneration between men and women", "gender pay gap"],
        notes="UZB 134.30 (already implemented or in process); KAZ 126.22, 126.23, 126.25 (noted); SVN "
        "140.151, 140.162, 140.163 (to be examined)",
    )
    item(
        TH,
        "maternal health / deaths of mothers - what do the four new documents say, country by country?",
        c(UZB, 92, "133.86", "133.87") + c(KAZ, 10, 117) + c(SVN, 133) + c(BRA, 16, 17),
        c(KAZ, 72, 84, "125.86") + c(UZB, 111) + c(BRA, 15),
        [
            "maternal and child health (Senegal);",
            "maternal mortality and an adolescent birth rate",
            "The high rate of maternal mortality among Afro-Brazilian",
        ],
        notes="UZB 92 (delegation), 133.86-87; KAZ 10, 117 (delegation); SVN 133 (low maternal mortality); "
        "BRA 16 (a), 17 (b)",
    )

    # ------------------------------------------------------------------ comparison
    C = "comparison"
    item(
        C,
        "Refugee protection at the UPR: was Uzbekistan (2013) asked to join the 1951 Refugee Convention, and "
        "how does that compare with what Kazakhstan (2014) reported and accepted on refugees and "
        "non-refoulement?",
        c(UZB, "136.18", "136.20") + c(KAZ, 21, "124.33", "124.34"),
        c(KAZ, "124.14", 98) + c(UZB, 137),
        ["1951 Convention relating to the Status of Refugees", "expulsion of refugees", "non-refoulement"],
        notes="UZB 136.18, 136.20 (not supported); KAZ 21 (law in line with the 1951 Convention), 124.33-34 "
        "(supported, already implemented)",
    )
    item(
        C,
        "crc communications procedure protocol: crc told turkmenistan to ratify it (2015). was uzbekistan "
        "asked the same at its 2013 upr, did it accept?",
        c(M, 44) + c(UZB, "136.7", "136.8"),
        c(UZB, 137),
        ["communications procedure"],
        notes="CRC TKM 44; UZB 136.7 (Slovakia) and 136.8 (Thailand), not supported (137)",
    )
    item(
        C,
        "the committee says brazil's race data has lots of gaps. did the children's rights committee say "
        "something like that about turkmenistan?",
        c(BRA, 5, 6) + c(M, 6, 7),
        c(BRA, 56, 57),
        ["mechanisms for collecting demographic data", "statistical data disaggregated"],
        notes="CERD BRA 5-6 (gaps in disaggregated demographic data) vs CRC TKM 6-7 (lack of disaggregated "
        "data and of a data collection system)",
    )
    item(
        C,
        "crc 2006 asked kaz for hotlines + crisis centres for child victims. by the 2014 upr, did the "
        "delegation report having any?",
        c(K, 22) + c(KAZ, 116),
        c(K, 21) + c(KAZ, 51, "125.61"),
        ["Free telephone hotlines", "crisis centres and a dedicated hotline"],
        notes="CRC KAZ 22 (d)-(e) vs UPR KAZ 116 (State-supported crisis centres and a hotline, for domestic "
        "violence)",
    )
    item(
        C,
        "How do the figures the Uzbek (2013) and Slovenian (2025) delegations gave on women in parliament "
        "compare?",
        c(UZB, 127) + c(SVN, 7),
        c(UZB, "133.72", "133.73") + c(SVN, "140.155", "140.158"),
        ["22 per cent of senators are women", "nearly 40 per cent"],
        notes="UZB 127 (22 per cent of senators) vs SVN 7 (nearly 40 per cent of parliament)",
    )

    # ------------------------------------------------------------------ followup
    FU = "followup"
    item(
        FU,
        "ok and what does it want the government to do about it?",
        c(BRA, 27),
        c(BRA, 26, 69),
        [
            "substantially increase the levels of political representation",
            "Identifying and addressing all obstacles to political representation",
        ],
        h(
            "what does the un race committee say about black people in politics in brazil?",
            "It is concerned by \u201cThe very low rate of political representation of Afro-Brazilians, "
            "Indigenous Peoples and Quilombolas within the State party\u2019s political institutions\u201d "
            "(CERD/C/BRA/CO/18-20, para. 26 (a)).",
        ),
        notes="27: the recommendation on political representation",
    )
    item(
        FU,
        "Which States recommended changes to that procedure, and what did each ask for?",
        c(SVN, *_span(140, 235, 239)),
        c(SVN, 135),
        ["medical certificate is no longer a prerequisite", "self-identification process for legal gender"],
        h(
            "What did the Slovenian delegation say about changing one's legal gender?",
            "It said that \u201cSlovenia had addressed gender reassignment by allowing registration based on "
            "a medical attestation.\u201d (A/HRC/59/15, para. 135)",
        ),
        notes="140.235-239 (Colombia, Luxembourg, Chile, Canada, Iceland), all to be examined",
    )
    item(
        FU,
        "recs on that - accepted or noted?",
        c(KAZ, "126.29", "126.45"),
        c(KAZ, 63, 83),
        ["independent trade unions", "umbrella associations and trade unions"],
        h(
            "kaz 2014 upr - what did the delegation say on trade unions?",
            "It said that under the Trade Unions Act of 2014 \u201cTrade unions could be formed without prior "
            "authorization and local trade unions could join together to form an organization.\u201d "
            "(A/HRC/28/10, para. 63)",
        ),
        notes="126.29 (United States) and 126.45 (Germany), both noted",
    )
    item(
        FU,
        "and what did states recommend about conditions inside them?",
        c(UZB, "133.31", "133.32", "133.56", "136.44"),
        c(UZB, "133.33", "133.34", "133.35", "133.36", "136.43", 90, 130),
        ["Improve conditions of detention in prisons", "Continue the efforts to improve prison conditions"],
        h(
            "uzbekistan prisons - what did the delegation claim about prisoner numbers?",
            "\u201cThe population of prisons has been halved in the last 12 years, to 166 prisoners per 100,000 "
            "inhabitants. Prison conditions are in keeping with international standards.\u201d "
            "(A/HRC/24/7, para. 15)",
        ),
        notes="items on conditions of detention: 133.31, 133.32, 133.56 (supported), 136.44 (Jaslyk, not "
        "supported); monitoring and ICRC items may",
    )
    item(
        FU,
        "so what are they asking the government to do about that law?",
        c(BRA, 60),
        c(BRA, 59),
        ["effectively finance and robustly implement", "Law No. 10,639/2003"],
        h(
            "does the committee say anything about teaching african history in brazilian schools?",
            "Yes, it \u201cis concerned that Law No. 10,639/2003 concerning the study of African and "
            "Afro-Brazilian history has not been effectively implemented\u201d (CERD/C/BRA/CO/18-20, para. 59).",
        ),
        notes="60 (d)",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "What does recommendation 126.31 of A/HRC/28/10 ask of Kazakhstan?",
        c(KAZ, "126.31"),
        [],
        ["resolution 1325 (2000)", "Portugal"],
    )
    item(
        L,
        "what's paragraph 63 of the brazil observations about?",
        c(BRA, 63),
        [],
        ["individual complaints", "article 14 of the Convention"],
    )
    item(
        L,
        "uzb upr 2013 rec 134.31?",
        [],
        [],
        [],
        answerable=False,
        notes="134.x runs to 134.30 in A/HRC/24/7",
    )

    # ------------------------------------------------------------------ unanswerable
    X = "unanswerable"
    for text, why in [
        (
            "Did any State raise the death penalty during Slovenia's 2025 review?",
            "A/HRC/59/15 never mentions the death penalty or capital punishment (grep)",
        ),
        (
            "kaz 2014 upr - what was said about the zhanaozen shootings of striking oil workers?",
            "A/HRC/28/10 never mentions Zhanaozen or the strike (grep); assembly is treated in general only",
        ),
        (
            "What did CERD recommend to Kazakhstan, in its own concluding observations, about a comprehensive "
            "anti-discrimination law?",
            "CERD's observations on Kazakhstan are not indexed; A/HRC/28/10 rec. 124.42 only refers to them",
        ),
        (
            "What did Slovenia's 2025 UPR say about the Slovene minority in the Austrian province of Carinthia?",
            "A/HRC/59/15 never treats the Slovene minority abroad (grep); Austria raised the German-speaking "
            "minority in Slovenia (61, 140.229)",
        ),
    ]:
        item(X, text, [], [], [], answerable=False, notes=why)
