"""A third question table on ../shared/more-documents (ids mc001-mc040), written from the documents alone.

Held-out data, asked of the same index as `gold_more.py` and `gold_more2.py` (the bundled corpus plus the
UPR Working Group reports on Uzbekistan, A/HRC/24/7; Kazakhstan, A/HRC/28/10; Slovenia, A/HRC/59/15; and
CERD's concluding observations on Brazil, CERD/C/BRA/CO/18-20). Every item was written by reading those
text files and the bundled corpus, never from any output of the system: no part of the assistant was run
(no CLI, no import, no evaluation) and no answer and no evaluation report was seen. Every cited unit was
read in its text file; every key fact is a verbatim substring of one line of a must-cite unit, and every
quotation in a history turn a verbatim passage (whitespace aside) of the unit it cites, both checked with a
stdlib script that splits the files into their numbered paragraphs and recommendations (and the bundled
CRC observations into their numbered paragraphs). For a recommendation question `must` is every
recommendation of the report that matches, found by reading the whole recommendations section (and by a
keyword pass over it); recommendations that only touch the subject and the delegation's or other States'
statements are in `may`.

mc001-mc010 ask about recommendations (who recommended what, and the position taken: for Uzbekistan 133
supported, 134 already implemented or in process, 135 to be examined, 136 not supported, with 137 and 138
giving the two reasons for not supporting; for Kazakhstan 124 supported as already implemented, 125
supported as in process, 126 noted; for Slovenia every 140.x item is still to be examined, as paragraph 140
says). mc011-mc018 are everyday paraphrases with few words of the text; mc019-mc023 themes across
documents, country by country; mc024-mc028 comparisons (Uzbekistan against the bundled CRC observations on
Tajikistan, Slovenia against Kazakhstan, Brazil against Slovenia, Uzbekistan against Slovenia, and the
bundled CRC observations on Kazakhstan (2006) against Kazakhstan's 2014 review); mc029-mc033 follow-ups
whose last question only makes sense with the history; mc034-mc036 lookups (mc036 names recommendation
135.15 of A/HRC/24/7, which does not exist: 135.x runs to 135.14); mc037-mc040 near misses the index cannot
answer, each checked with grep over the text files and the bundled corpus (a covered report on a topic it
never treats: Karakalpakstan in Uzbekistan's review, assisted dying in Slovenia's, the state language and
alphabet in Kazakhstan's; and CERD on Colombia, whose observations are not held).

None repeats a topic that gold_more.py, gold_more2.py, gold_more_scope.py or gold_more_scope2.py asks about
(each candidate subject, key phrase and recommendation number was grepped in those files first): the
subjects here are the Andijan victims, the Internet, the registration of political parties, habeas corpus,
drinking water and HIV/AIDS for Uzbekistan; Turkey's recommendations, jobs for young people, the National
Human Rights Action Plan, unannounced labour inspections, online freedom and the Communications Law for
Kazakhstan; sexuality and consent education, Türkiye's recommendations, the definition of disability and
the CRPD, a national mechanism for implementation, reporting and follow-up, waiting times and the shortage
of health professionals, accommodation for asylum-seekers, the Children's House (Barnahus) and children with
serious mental disorders for Slovenia; university quotas, reparations for slavery, obstetric violence and
the Inter-American Convention against Racism for Brazil; and, across documents, corruption, housing and
homelessness, counter-terrorism and extremism, pensions and social security, the family as the natural unit
of society, online child sexual exploitation and child pornography, women on company boards, unpaid care
work and carers, disabled children in ordinary schools, and the stigma faced by children with HIV/AIDS.

Four users ask, each in a style of their own, none of them a profession or place found by
`grep -il` over evals/*.py. A doula in Fortaleza who accompanies Black teenage and adult mothers through
pregnancy and birth (lower case, warm, story-like run-on questions, a Portuguese word here and there:
'gente', 'cotas'; says 'the un committee', never the jargon). A paramedic from Celje who also does weekend
shifts at an asylum reception centre (short, dry, practical; yes/no questions and imperatives: 'List',
'Give me'; brings in his ambulance work and his family). A bookkeeper in Samarkand who keeps the accounts of
a small NGO and writes its yearly report (polite and careful, full sentences, 'Good day', 'please', 'for our
report', gives UN symbols and asks for each State's position). A night taxi driver in Karaganda who studies
law by correspondence (plain, article-less Russian-influenced English: 'at 2014 review', 'Kazakhstan agreed
or not?'; brings in his passengers and neighbours).

Unit ids follow the numbering printed in the text: paragraphs by number, UPR recommendations as
"group.n". Last numbers, read from the text files: A/HRC/24/7 has paragraphs 1-139 and recommendations
133.1-133.101, 134.1-134.30, 135.1-135.14, 136.1-136.58; A/HRC/28/10 has paragraphs 1-127 and
124.1-124.47, 125.1-125.96, 126.1-126.51; A/HRC/59/15 has paragraphs 1-141 and 140.1-140.254;
CERD/C/BRA/CO/18-20 has paragraphs 1-70.

Held-out data: make_gold.py calls add(q, h, c) if this module exists.
"""

from collections.abc import Callable
from typing import Any

K, T = "crc-opsc-kaz-co-1", "crc-opsc-tjk-co-1"
UZB, KAZ, SVN, BRA = "a-hrc-24-7", "a-hrc-28-10", "a-hrc-59-15", "cerd-bra-co-18-20"


def _items(group: int, *ns: int) -> list[str]:
    """Recommendation numbers "group.n" (e.g. 136.2)."""
    return [f"{group}.{n}" for n in ns]


def _span(group: int, first: int, last: int) -> list[str]:
    """Recommendation numbers group.first .. group.last, inclusive."""
    return [f"{group}.{n}" for n in range(first, last + 1)]


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the third more-documents table through make_gold's q(), with ids mc001, mc002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ upr
    U = "upr"
    item(
        U,
        "Good day. My late uncle was in Andijan in May 2005 and our family never had a clear answer about what "
        "happened there. At Uzbekistan's 2013 review, did any State recommend something for the victims of "
        "Andijan, and what position did Uzbekistan take on it?",
        c(UZB, "136.48"),
        c(UZB, 41, 49, 138),
        [
            "victims of Andijan (Mexico);",
            "Launch mechanisms for recognition of truth and compensation to",
        ],
        notes="136.48 (Mexico), not supported: 138 lists it among those Uzbekistan considers factually wrong; "
        "41 = Chile on the Andijan events; 49 = delegation: 'the issue is closed'",
    )
    item(
        U,
        "For our NGO's yearly report I need every recommendation in A/HRC/24/7 that mentions the Internet, "
        "please, with the State that made it and whether Uzbekistan supported it or considers it already "
        "implemented.",
        c(UZB, "133.69", "134.27"),
        c(UZB, "134.28", 20),
        ["including on internet", "Ensure media freedom, including Internet freedom"],
        notes="133.69 (Czech Republic; supported) and 134.27 (Estonia; already implemented or in process) are "
        "the only items naming the Internet; 134.28 names bloggers; 20 = delegation: 9 million Internet users",
    )
    item(
        U,
        "Please tell me which States asked Uzbekistan in 2013 to make it easier for political parties to "
        "register or simply to operate, and how Uzbekistan answered each of them.",
        c(UZB, "133.70", "134.21", "134.22"),
        c(UZB, "134.23", "134.24", "134.25", 101),
        [
            "registration of political parties",
            "Ease registration procedures for independent political parties",
        ],
        notes="every item naming political parties: 133.70 (Australia; supported), 134.21 (Poland) and 134.22 "
        "(United Kingdom), both already implemented or in process; NGO-registration items and Poland's "
        "statement (101) may",
    )
    item(
        U,
        "I drive taxi at night, many passengers are workers from Turkey. What did Turkey recommend to "
        "Kazakhstan at 2014 review, and Kazakhstan agreed or not?",
        c(KAZ, "125.56", "125.71", "125.95"),
        c(KAZ, 81),
        ["visas for family reunification (Turkey);", "quota system on the recruitment of"],
        notes="the three items whose recommending State is Turkey, all supported as in process of "
        "implementation (125); 81 = Turkey's statement",
    )
    item(
        U,
        "Kazakhstan 2014 review: were there recommendations about work for young people? Who gave them, and "
        "Kazakhstan accepted?",
        c(KAZ, "125.80", "125.82"),
        c(KAZ, "125.27", "125.30", "125.57", 26),
        [
            "employment generation among the young people",
            "Continue carrying out employment programmes, especially for the",
        ],
        notes="125.80 (Sri Lanka) and 125.82 (Brunei Darussalam), supported as in process; other employment "
        "items and Cuba's statement (26) may",
    )
    item(
        U,
        "My law teacher says Kazakhstan had a National Human Rights Action Plan for 2009-2012. At UPR in 2014, "
        "which States recommended something about that plan, and what Kazakhstan answered to each?",
        c(KAZ, "125.25", "126.20"),
        c(KAZ, 65, 82, 104, 6),
        [
            "develop and implement the National Human",
            "Review the implementation of the National Human Rights Action",
        ],
        notes="125.25 (Iran; supported, in process) and 126.20 (Philippines; noted); 65 = delegation: new plan "
        "for 2015-2020; 82 (United Kingdom) and 104 (Mauritania) statements",
    )
    item(
        U,
        "My daughter is 13 and her school teaches nothing about consent. Did anyone at Slovenia's 2025 review "
        "ask for sex education or consent lessons in schools? Who, and where does it stand?",
        c(SVN, "140.128", "140.129", "140.130", "140.190"),
        c(SVN, 133),
        ["education on sexual consent", "sexual and reproductive health (Ukraine);"],
        notes="140.128 (Ukraine), 140.129 (Colombia), 140.130 (Costa Rica), 140.190 (Malta), all still to be "
        "examined",
    )
    item(
        U,
        "List everything Türkiye recommended to Slovenia in A/HRC/59/15 and the status.",
        c(SVN, "140.48", "140.71", "140.226", "140.248"),
        c(SVN, 37),
        ["dual nationality", "building new mosques and introducing halal meal"],
        notes="the four items whose recommending State is Türkiye (dual nationality, mosques and halal meals, "
        "Roma outreach, refugee resettlement), all to be examined; 37 = Türkiye's statement",
    )
    item(
        U,
        "Which countries told Slovenia to bring its disability laws into line with the UN disability "
        "convention? I drive disabled patients every day and the rules are a mess.",
        c(SVN, *_span(140, 197, 201)),
        c(SVN, 49, 52, "140.203"),
        ["definition of disability", "human rights-based model of disability (Israel);"],
        notes="140.197-201 (Poland, Bulgaria, India, Brazil, Israel), all to be examined; 49 and 52 = delegation",
    )
    item(
        U,
        "Our NGO keeps asking the government for one body that follows what happens to UN recommendations. "
        "Was Slovenia recommended something like that in 2025, by whom, and has it answered yet?",
        c(SVN, "140.20", "140.21"),
        c(SVN, 4, 5, 139),
        [
            "national mechanism for",
            "implementation, reporting and follow-up of recommendations",
            "Marrakech",
        ],
        notes="140.20 (Paraguay) and 140.21 (Morocco), still to be examined (140); 5 = the Interministerial "
        "Commission on Human Rights monitors implementation",
    )

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "gente, a question. my grandmother always says this country was built on the backs of black people "
        "and nobody ever paid for it. does the un committee say brazil should make up for slavery somehow, "
        "like pay people back?",
        c(BRA, 58, 60),
        [],
        ["5 million enslaved Africans", "develop proposals for reparations"],
        notes="58 (legacies of colonialism and slavery, no broad redress) and 60 (e) (a national commission "
        "on reparations)",
    )
    item(
        P,
        "my son got into the federal university here in ceará thanks to the cotas, first one in our family "
        "ever!! but people say the government might end them. does the report say anything about keeping "
        "them?",
        c(BRA, 18, 19),
        c(BRA, 22, 23),
        ["12,711, an affirmative action law", "Renew the system of quotas"],
        notes="18 (Law No. 12,711 under review after 10 years) and 19 (c) (renew and strengthen the quotas)",
    )
    item(
        P,
        "Last week I sat four hours in the emergency department with a patient who had waited months for a "
        "GP. Did anyone at the UN notice that people in Slovenia wait forever to see a doctor?",
        c(SVN, "140.118", "140.119", "140.120", 91),
        c(SVN, "140.209", "140.125", "140.124", 43),
        [
            "waiting times for patients",
            "address the shortage of health",
            "Fifteen new outpatient clinics",
        ],
        notes="140.118-120 (Germany, Ukraine, Spain) and the delegation's reply (91); 140.209 (workforce "
        "shortages) may",
    )
    item(
        P,
        "I do weekend shifts at the asylum centre. Rooms are packed, people sleep in the corridor. Did "
        "anybody tell Slovenia to fix where asylum seekers are put up, and what does the government say?",
        c(SVN, "140.247", "140.248", 94),
        c(SVN, 9, 95, "140.244", "140.246", "140.249", "140.250"),
        [
            "adequate and safe accommodation",
            "build more capacity to host",
            "open two new centres in 2024",
        ],
        notes="140.247 (Sri Lanka), 140.248 (Türkiye); 94 = delegation: overcrowding in 2022-2023, capacity "
        "expanded",
    )
    item(
        P,
        "We bring abused kids to hospital and then they tell the story to police, doctors, social workers, "
        "again and again. Has Slovenia done anything so a child only has to tell it once, in one place?",
        c(SVN, 8),
        c(SVN, 49),
        ["Barnahus"],
        notes="8: the first Children's House (Barnahus), opened in 2022",
    )
    item(
        P,
        "If the police take someone in Uzbekistan, can a judge check whether holding him is lawful? My "
        "neighbour's son was kept three days and nobody showed any paper. Does the 2013 review say anything "
        "about that kind of court control?",
        c(UZB, 90),
        c(UZB, 29, 36, 68, 123, 46, 8),
        ["On habeas corpus, legislation", "custody during criminal proceedings"],
        notes="90 = delegation (habeas corpus legislation of 2011); the States' statements welcoming habeas "
        "corpus (29, 36, 68, 123) may",
    )
    item(
        P,
        "Passenger told me work inspectors in Kazakhstan must warn the farm before they come, so they find "
        "nothing. Anybody at 2014 review asked to change this?",
        c(KAZ, "124.31"),
        c(KAZ, 112),
        ["without prior notifications", "Increase the number and frequency of labour inspections"],
        notes="124.31 (Spain), supported as already implemented",
    )
    item(
        P,
        "In our mahalla the tap water runs two hours a day in summer and we buy bottles for the children. At "
        "Uzbekistan's 2013 review did anyone speak about clean water for people?",
        c(UZB, "133.78"),
        c(UZB, 23),
        ["access to drinking water", "(Ecuador);"],
        notes="133.78 (Ecuador), supported; the only mention of water in A/HRC/24/7",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For our report I would like a summary, country by country, of what the UPR reports on Uzbekistan "
        "(2013), Kazakhstan (2014) and Slovenia (2025) say about corruption: the recommendations with their "
        "status, and what the delegations or other States said.",
        c(UZB, 74, 103) + c(KAZ, "125.53", 59) + c(SVN, "140.57", 132),
        c(UZB, 48) + c(KAZ, 42) + c(SVN, "140.56", 67),
        [
            "United Nations Convention against Corruption",
            "corruption in its",
            "Persons convicted of",
            "the Prevention of Corruption",
        ],
        notes="UZB: no recommendation, ratification of the UN Convention against Corruption noted (74, 103); "
        "KAZ 125.53 (Canada; in process) and 59 (delegation); SVN 140.57 (France; to be examined) and 132 "
        "(delegation); integrity items (140.56, 67) may",
    )
    item(
        TH,
        "i work with pregnant women from the favelas and so many of them have nowhere decent to live. what do "
        "these new documents say about housing and people without a home? go country by country, brazil first "
        "please",
        c(BRA, 24, 25) + c(SVN, 7, 130, "140.115", "140.116") + c(KAZ, 13) + c(UZB, 17, 91),
        c(SVN, 14, 103, 94, 52, 53, *_items(140, 215, 216, 221, 224, 225, 226, 228)),
        [
            "live in the favelas",
            "homelessness in Brazil",
            "shortage of 15,000 public rental homes",
            "affordable public rental housing",
            "access to housing through various programmes",
            "homeowners",
        ],
        notes="BRA 24-25; SVN 7 (rental units, homelessness strategy), 130 (15,000 homes short), 140.115-116; "
        "KAZ 13; UZB 17 (98 per cent homeowners), 91 (housing for young families); Roma housing items may",
    )
    item(
        TH,
        "Please set out, country by country, what the four added documents say about fighting terrorism or "
        "extremism and human rights. I am preparing a short training for our volunteers.",
        c(UZB, 57, "133.97", "133.57", "134.16") + c(BRA, 45, 46),
        c(KAZ, 24, 31, 75, "126.26") + c(UZB, 89, 93),
        ["religious extremism", "charged with", "counter-terrorism law"],
        notes="UZB 133.97 (China), 133.57 (Spain; both supported), 134.16 (Finland; already implemented or in "
        "process), 57 (delegation); BRA 45-46 (counter-terrorism law used against defenders); KAZ only "
        "statements and 126.26 (death penalty for terrorist acts, noted); nothing for Slovenia",
    )
    item(
        TH,
        "My dad's pension barely covers his rent. Go through the documents country by country: what do they "
        "say about pensions and social security?",
        c(UZB, 17, "133.80") + c(KAZ, 13) + c(SVN, "140.114"),
        c(UZB, 23) + c(KAZ, 24, 99) + c(SVN, 55, 7) + c(BRA, 21, 54),
        [
            "Pensions have increased ninefold",
            "modernizing the national pension system",
            "Improve the social security system",
        ],
        notes="UZB 17 (pensions ninefold), 133.80 (social security; supported); KAZ 13 (pension system); SVN "
        "140.114 (China; to be examined); Brazil's cash transfers (21) may",
    )
    item(
        TH,
        "Which countries in these reports were recommended to protect family as basic unit of society? Country "
        "by country, who recommended and what was answer.",
        c(UZB, "133.59") + c(KAZ, "124.38", "125.55"),
        c(UZB, 91) + c(SVN, "140.81", 54),
        [
            "fundamental and natural unit of society",
            "natural unit of society (Egypt);",
            "foundations of the family",
        ],
        notes="UZB 133.59 (Egypt; supported); KAZ 124.38 (Egypt; supported, already implemented) and 125.55 "
        "(Tajikistan; in process); SVN 140.81 (parents' rights and duties) may; nothing for Brazil",
    )

    # ------------------------------------------------------------------ comparison
    C = "comparison"
    item(
        C,
        "The children's rights committee told Tajikistan in 2017 to deal with online sexual exploitation of "
        "children. Was Uzbekistan asked anything about child pornography at its 2013 review, and did it "
        "accept? Please compare the two.",
        c(T, 22, 23) + c(UZB, "133.39"),
        c(K, 16) + c(UZB, 28, 74, 80, 111, 115),
        ["online child sexual exploitation", "brutality and child pornography (Bangladesh);"],
        notes="CRC TJK 22-23 vs UPR UZB 133.39 (Bangladesh; supported); States noting Uzbekistan's "
        "ratification of the OPSC may",
    )
    item(
        C,
        "Slovenia put a quota for women on company boards, right? Compare with Kazakhstan: was it told "
        "anything about women at the top of big companies?",
        c(SVN, 51) + c(KAZ, "125.79"),
        c(KAZ, 72, "125.39", "125.78") + c(SVN, "140.113", "140.161"),
        ["supervisory boards by 2026", "main companies in the country"],
        notes="SVN 51 (40 per cent on supervisory boards of listed companies by 2026) vs KAZ 125.79 (Spain; "
        "supported, in process)",
    )
    item(
        C,
        "i look after my mum since her stroke plus my own kids, all day for free, between births. i think the "
        "committee talks about unpaid care work in brazil? and in the slovenia report, is there anything for "
        "people caring for family?",
        c(BRA, 20, 23) + c(SVN, 134, "140.204"),
        c(SVN, 55, 52),
        [
            "unpaid care work",
            "recognize and remunerate care",
            "family caregiving leave",
            "family caregivers (Spain);",
        ],
        notes="BRA 20 and 23 (c) vs SVN 134 (unpaid family caregiving leave) and 140.204 (Spain; support "
        "networks for family caregivers)",
    )
    item(
        C,
        "My nephew uses a wheelchair and goes to a normal school. Compare what Uzbekistan (2013) and Slovenia "
        "(2025) were told about disabled children in ordinary schools.",
        c(UZB, "133.95", 91) + c(SVN, *_items(140, 121, 138, 170, 191, 205, 207)),
        c(UZB, 118) + c(SVN, 20, 27, 52),
        [
            "disabilities at ordinary schools (Thailand);",
            "inclusive education",
            "mainstream education",
        ],
        notes="UZB 133.95 (Thailand; supported) and 91 (delegation); SVN every item on inclusive or "
        "mainstream education for persons with disabilities, all to be examined",
    )
    item(
        C,
        "Neighbour's boy has HIV, at school other kids avoid him. UN children committee said something about "
        "HIV children in Kazakhstan in 2006? And at 2014 review, anybody said something on same? Compare.",
        c(K, 9, 10) + c(KAZ, 80),
        c(KAZ, 10),
        [
            "stigmatization of children who have contracted HIV/AIDS",
            "children with HIV/AIDS and their families",
        ],
        notes="CRC KAZ 9-10 (stigma, awareness raising) vs UPR KAZ 80 (Thailand commended projects against "
        "discrimination of children with HIV/AIDS); no recommendation on it in 2014",
    )

    # ------------------------------------------------------------------ followup
    FU = "followup"
    item(
        FU,
        "and the way they get treated when they give birth, the shouting, the cutting without asking, is "
        "that in there too?",
        c(BRA, 16, 17),
        [],
        ["undignified and violent obstetric practices", "obstetric violence"],
        h(
            "i'm a doula, lots of my girls are 15, 16, black, from the periphery. does the un race committee "
            "say anything about teenage pregnancy?",
            "Yes. It is concerned by \u201cThe fact that the efforts taken to prevent teenage pregnancy have "
            "been effective among white Brazilians but not among Afro-Brazilians\u201d (CERD/C/BRA/CO/18-20, "
            "para. 16 (c)).",
        ),
        notes="16 (d) (obstetric practices) and 17 (e) (training, accountability for obstetric violence)",
    )
    item(
        FU,
        "Did any country push them on care for kids in that situation?",
        c(SVN, "140.206"),
        c(SVN, 92, "140.202", 27, 91),
        ["care for children with", "serious mental disorders in specialized facilities"],
        h(
            "What did Slovenia say about its Mental Health Act at the review?",
            "That \u201cAmendments adopted in 2023 had clarified admission conditions for secure social welfare "
            "institutions, ensuring both security and appropriate therapeutic services.\u201d (A/HRC/59/15, "
            "para. 92)",
        ),
        notes="140.206 (Russian Federation), still to be examined; 140.202 (psychosocial disabilities in "
        "institutions) may",
    )
    item(
        FU,
        "And internet side of it? Which recommendations about online, and Kazakhstan accepted or noted?",
        c(KAZ, "124.26", "126.36", "126.37"),
        c(KAZ, 64, "124.39", 32),
        ["online sources", "freedom of expression online and offline", "2013 Communications Law"],
        h(
            "what Kazakhstan delegation said about media at 2014 review?",
            "It said that \u201cKazakhstan enjoyed a wide range of media outlets, the majority of which were not "
            "operated by the State.\u201d (A/HRC/28/10, para. 64)",
        ),
        notes="124.26 (Sweden; supported as already implemented), 126.36 (Estonia) and 126.37 (Finland), both "
        "noted",
    )
    item(
        FU,
        "Was anything recommended to Uzbekistan on this, and did it accept?",
        c(UZB, "133.85"),
        c(UZB, 44, 126),
        [
            "dissemination of HIV/AIDS among the population (Cuba);",
            "cooperate closely with civil society",
        ],
        h(
            "Good day. What did Uzbekistan's delegation say about HIV at its 2013 review?",
            "That \u201cRegarding HIV/AIDS, this is recognized as a priority issue and broad awareness-raising "
            "campaigns are organized among the public at large.\u201d (A/HRC/24/7, para. 53)",
        ),
        notes="133.85 (Cuba), supported; 44 = Cuba's statement",
    )
    item(
        FU,
        "ok but is the committee happy with how they're actually using it?",
        c(BRA, 7, 8),
        c(BRA, 3),
        [
            "regrets the lack of information on any",
            "Expand efforts to effectively implement the Inter-American",
        ],
        h(
            "has brazil signed any new treaty against racism lately?",
            "The Committee welcomes its ratification of \u201cThe Inter-American Convention against Racism, "
            "Racial Discrimination and Related Forms of Intolerance, in 2021.\u201d (CERD/C/BRA/CO/18-20, "
            "para. 3 (a))",
        ),
        notes="7 (regrets lack of information on implementing measures) and 8 (c)",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "Give me recommendation 140.55 of the Slovenia report.",
        c(SVN, "140.55"),
        [],
        [
            "joining South Africa\u2019s",
            "case at the International Court of Justice (State of Palestine);",
        ],
    )
    item(
        L,
        "what's paragraph 65 of the brazil observations about?",
        c(BRA, 65),
        [],
        ["International Decade for People of African Descent"],
    )
    item(
        L,
        "Could you please quote recommendation 135.15 of A/HRC/24/7?",
        [],
        [],
        [],
        answerable=False,
        notes="135.x runs to 135.14 in A/HRC/24/7",
    )

    # ------------------------------------------------------------------ unanswerable
    X = "unanswerable"
    for text, why in [
        (
            "At Uzbekistan's 2013 review, what was said about the situation in Karakalpakstan?",
            "A/HRC/24/7 never mentions Karakalpakstan or the Aral Sea (grep)",
        ),
        (
            "what did the un race committee tell colombia about the health of afro-colombian women?",
            "CERD's observations on Colombia are not indexed; Colombia appears only as a recommending State in "
            "A/HRC/59/15 (grep over the text files and the bundled corpus)",
        ),
        (
            "Did Slovenia's 2025 review say anything about assisted dying?",
            "A/HRC/59/15 never mentions assisted dying, euthanasia or palliative care (grep)",
        ),
        (
            "In Kazakhstan 2014 review, what was said about Kazakh language and moving alphabet to Latin?",
            "A/HRC/28/10 never mentions a language, the alphabet or Latin script (grep)",
        ),
    ]:
        item(X, text, [], [], [], answerable=False, notes=why)
