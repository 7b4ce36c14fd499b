"""Round-6 gold items (ids l001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, and no answer of the assistant was seen. The questions avoid the
paragraphs, themes and wordings of the round-2 to round-5 tables and of the q items where they can:
the paraphrases and lookups go to the paragraphs and plan rows those tables cited least, and the themes
(social workers, help tied to cooperation with the police, re-trafficking, victims' families,
non-treaty guidelines, parents, organs, the youth committee, court delays and independence,
interviewing, figures, "child-friendly", law-review activities of the plan, impunity) were not asked
before. The users are a retired judge volunteering at a legal clinic, a youth-council member of 17, a
donor-agency programme officer and a Russian-speaking social worker writing in plain, slightly
non-native English.
"""

from collections.abc import Callable
from typing import Any

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

TJK = "CRC/C/OPSC/TJK/CO/1"
TKM = "CRC/C/OPSC/TKM/CO/1"
KAZ = "CRC/C/OPSC/KAZ/CO/1"
SR = "A/HRC/50/33/Add.1"
NPA = "National Plan of Action 2018-2022"


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the round-6 items through make_gold's q(), with ids l001, l002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "I'm 17 and on our youth council. If a kid in Turkmenistan has their rights trampled and nothing happens at "
        "home, can they take it straight to the UN?",
        c(M, 44),
        c(T, 35),
        ["on a communications procedure"],
        notes="44: ratify the Optional Protocol on a communications procedure (so no individual complaints route yet)",
    )
    item(
        P,
        "Please, the UN lady who came to Tajikistan about trafficking - she was talking only with ministries, or also "
        "with judges of the highest court and with people from the university?",
        c(S, 2),
        c(S, 3, 1),
        ["representatives of the Supreme Court", "staff of the Tajik State University"],
        notes="2: ministries, committees, the Supreme Court, the Ombudsperson's Office and the Tajik State University",
    )
    item(
        P,
        "Thirty years on the bench make me ask the obvious: in Tajikistan, does anyone know how many of these "
        "child-selling cases get looked into and how many end with someone convicted?",
        c(T, 28),
        c(T, 29, 7) + c(PO, 11),
        ["number of perpetrators who are prosecuted and sentenced"],
        notes="28: lack of information on cases investigated and perpetrators prosecuted and sentenced",
    )
    item(
        P,
        "Our agency might pay for legal drafting help. Is Tajikistan going to go through all of its laws on kids to "
        "check they match the UN treaty, and by when?",
        c(PC, 1),
        c(PO, 2) + c(PA, 1),
        ["comprehensive review of the existing legislation pertaining to children", "2018-2019"],
        notes="CRC plan row 1 (recommendation 1): comprehensive review 2018-2019, bylaws for the Law on Child Rights "
        "Protection 2018-2020",
    )
    item(
        P,
        "A friend of mine is trans. Do people like that get bullied, threatened or picked up by the police in Tajikistan?",
        c(S, 81, 16),
        c(S, 56, 87, 47),
        [
            "intimidation and harassment of lesbian, gay, bisexual and trans persons",
            "police abuse, arbitrary detention",
        ],
        notes="81 (intimidation and harassment); 16 (systemic discrimination and violence, police abuse, arbitrary detention)",
    )
    item(
        P,
        "Why they say it is so important to find early the person who is exploited? What happens if nobody finds them?",
        c(S, 57),
        c(S, 55, 59),
        ["breaking the cycle of trafficking", "traffickers will continue to operate with impunity"],
        notes="57: early identification breaks the cycle of re-trafficking; without it traffickers act with impunity",
    )
    item(
        P,
        "Offenders don't stop at the border. Has Tajikistan been urged to team up with the states next door to catch "
        "and try people who sell children?",
        c(T, 34),
        c(PO, 2) + c(M, 43),
        ["especially with neighbouring countries"],
        notes="34: multilateral, regional and bilateral arrangements, especially with neighbouring countries",
    )
    item(
        P,
        "Does the UN want our MPs and the district councils in Tajikistan to actually get a copy of what it said about "
        "kids being sold?",
        c(T, 36),
        c(T, 37) + c(PC, 35),
        ["members of the national parliament and to the districts"],
        notes="36: transmit the recommendations to members of parliament and to the districts",
    )
    item(
        P,
        "Does Tajik law even spell out what 'what's best for the kid' means, and is anybody fixing that?",
        c(PC, 11),
        c(PC, 18) + c(S, 72, 87),
        ["identify the scope of the best interest of the child"],
        notes="CRC plan row 11 (recommendation 15): analyse the legislation, 2019",
    )
    item(
        P,
        "In Turkmenistan, who must receive the papers from this UN committee? Also the president? Also the court?",
        c(M, 45),
        c(M, 46),
        ["transmitting them to the President", "the Constitutional Court"],
        notes="45: the President, ministries, the Parliament, the Constitutional Court, regional and local authorities",
    )
    item(
        P,
        "Is the government going to write a new programme for how young people grow up and get on in society, and is "
        "anyone checking whether the law for young people works?",
        c(PC, 14),
        c(S, 48),
        [
            "State Programme on Youth Social Development for 2019-2021",
            "On Youth and State Youth Policy",
        ],
        notes="CRC plan row 14 (recommendation 18): analysis of the youth law and a youth social development programme",
    )
    item(
        P,
        "A point of procedure: in the Committee's view, do Kazakhstan's laws give a child victim what the protocol "
        "requires once a criminal case is under way?",
        c(K, 19, 20),
        c(K, 21),
        ["have not been adequately integrated into the"],
        notes="19: article 8 not adequately integrated; 20: amend the law, views heard, support, privacy",
    )
    item(
        P,
        "Before we approach Ashgabat: is there already a government body that handles Turkmenistan's human rights treaty "
        "duties, and does it also run the work against selling children?",
        c(M, 12),
        c(M, 13),
        ["still no specific body responsible for"],
        notes="12: the Interagency Commission exists, but no specific body coordinates the Optional Protocol",
    )
    item(
        P,
        "Does Tajikistan keep proper numbers on kids dragged into fighting and armed groups?",
        c(PA, 4),
        c(PA, 7) + c(S, 71),
        ["Improvement of statistics on this area"],
        notes="OPAC plan row 4 (recommendation 13): improve statistics, 2018-2019",
    )
    item(
        P,
        "Girls here are given to husbands too young. In the Tajik plan, is something real being done, or they only "
        "talk about it?",
        c(PC, 17, 9),
        c(T, 14, 19) + c(S, 51),
        [
            "national strategy to eliminate child marriage",
            "marriage of persons under the age of 18",
        ],
        notes="CRC plan rows 17 (strategy reviewed within the UPR, 'until the issue addressed') and 9 (study amending the "
        "Family Code, 2019)",
    )
    item(
        P,
        "Is there any body in Tajikistan that looks at draft laws to see how they affect women, and who runs it?",
        c(S, 13),
        c(S, 12),
        ["expert council under the Committee for the gender analysis of draft laws"],
        notes="13: expert council under the Committee for Women and the Family",
    )
    item(
        P,
        "When Turkmenistan must give the next report to the UN children committee? Which date?",
        c(M, 47),
        c(M, 1),
        ["due by 28 January"],
        notes="47: next periodic report under the Convention due by 28 January 2018",
    )
    item(
        P,
        "Is anything planned to teach Tajik investigators to look into child-selling cases thoroughly, and who is "
        "responsible?",
        c(PO, 11),
        c(PO, 7) + c(T, 29),
        ["Build the capacity of the law enforcement agencies", "GPO, MOIA, SCNS"],
        notes="OPSC plan row 11 (recommendation 29): capacity building on investigation, 2018-2020",
    )
    item(
        P,
        "If a Tajik citizen abuses children abroad, can Tajikistan try him at home - and can it hand a suspect over when "
        "the other country's law is different?",
        c(T, 30),
        c(T, 31),
        ["principle of double criminality"],
        notes="30: extraterritorial jurisdiction does not cover all offences; extradition subject to double criminality",
    )
    item(
        P,
        "Is Tajikistan changing how clinics in towns and districts get their money, and is there some booklet for "
        "keeping an eye on mothers' and babies' health?",
        c(PC, 21),
        c(PC, 25, 18),
        ["Expansion of per capita financing", "Monitoring of Maternal and Child Health Handbook"],
        notes="CRC plan row 21 (recommendations 30-31): handbook, neonatologists, perinatal centres, per capita financing",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "I am social worker. Please show me all places in the documents where social workers are mentioned - what they "
        "must do or learn - for every country.",
        c(T, 33) + c(M, 17, 18, 36) + c(PC, 10),
        c(K, 8) + c(S, 86, 87) + c(PC, 16, 18),
        ["the police, social workers, medical staff", "Build the capacity of Social Workers"],
        notes="TJK 33 (a) and TKM 36 (a) (training for identification); TKM 17 (b) (dissemination), 18 (training not "
        "systematic); CRC plan 10 activity 4 (inclusive education); KAZ 8 'other professionals' and SR child protection "
        "specialists only may; Kazakhstan and the SR never name social workers",
    )
    item(
        TH,
        "For a clinic session on victims' rights in Tajikistan: every passage on whether help for trafficking victims "
        "depends on their cooperating with the police or the prosecution.",
        c(S, 31, 60, 61, 62, 63, 84, 87, 90),
        c(S, 32, 73),
        [
            "not conditional on their cooperation with law enforcement bodies",
            "victims are required to cooperate in order to receive assistance and protection",
        ],
        notes="SR 31 (art. 20: status not dependent on cooperation), 60 (NRM: not conditional), 61 (art. 4.3, differentiated "
        "approach; in practice required), 62 (free legal aid conditional in practice), 63 (art. 29: two months irrespective), "
        "84 (limited unconditional assistance), 87 (c), 90; the CRC observations and the plan are silent",
    )
    item(
        TH,
        "Our programme is about stopping people being trafficked a second time. List every passage that deals with "
        "re-trafficking.",
        c(S, 14, 27, 57, 65, 72, 88),
        c(S, 84, 87),
        ["re-trafficking"],
        notes="SR 14 (stigma), 27 (return to Afghanistan), 57 (early identification), 65 (no shelter outside Dushanbe), 72 "
        "(camps in Iraq and Syria), 88 (b) (grounds for international protection); the CRC observations and the plan never "
        "use the term",
    )
    item(
        TH,
        "What documents say about the families of victims - they pay for the help, they can visit the children, they "
        "are protected, children go back to them? Please everything.",
        c(S, 64, 69, 71, 72, 76) + c(PC, 33),
        c(PC, 32) + c(S, 87, 19, 41, 53),
        [
            "fundraising by extended family members",
            "reunification with their families should be ensured",
        ],
        notes="SR 64 (care paid by extended family), 69 (families pay return flights), 71 (limited access for family "
        "members), 72 (reunification), 76 (protection of victims' families against retaliation); CRC plan 33 activity 3 "
        "(reintegration to the families); CRC plan 32 (children without supervision returned to families), SR 87 (g) "
        "(family-based solutions) may",
    )
    item(
        TH,
        "Which international guidelines and other non-treaty standards do the documents tell the governments to follow? "
        "All five documents, please.",
        c(T, 11) + c(K, 20) + c(M, 38) + c(S, 83, 88, 91),
        c(S, 27, 5) + c(K, 2) + c(M, 2),
        [
            "United Nations Guidelines on Justice in",
            "general comment No. 24 (2019)",
            "UNHCR Guidelines on International Protection No. 7",
        ],
        notes="TJK 11 (World Congresses outcome documents); KAZ 20 and TKM 38 (ECOSOC 2005/20 Guidelines); SR 83 (general "
        "comment No. 24), 88 (b) (UNHCR non-return advisory, Guidelines No. 7), 91 (c) (ILO fair recruitment principles); "
        "the advisory as a fact (27), the Global Compact (5) and reporting guidelines (KAZ 2, TKM 2) may; the plan is silent",
    )
    item(
        TH,
        "For a meeting with mothers and fathers: where do the documents speak about parents - informing them, teaching "
        "them, asking their opinion?",
        c(T, 15) + c(M, 11) + c(PC, 7, 18, 22) + c(PO, 7),
        c(PC, 12, 13) + c(S, 87),
        [
            "in particular parents and children",
            "Educating parents about healthy nutrition",
            "explanatory work with the parents of working children",
        ],
        notes="TJK 15 (awareness among parents); TKM 11 (strategy in consultation with parents); CRC plan 7 activity 2 "
        "(seminars for parents), 18 activity 1 (family care), 22 activity 2 (nutrition); OPSC plan 7 activity 1 (parents "
        "of working children); family-life campaigns (CRC plan 12) and shelters for parents with children (SR 87 (d)) "
        "may; Kazakhstan silent",
    )
    item(
        TH,
        "For a school debate on organ trafficking: every place where the documents talk about removing or selling "
        "organs, children's included.",
        c(T, 8, 27) + c(S, 31),
        c(PO, 2),
        [
            "sale of children for the transfer of organs",
            "illegal removal of organs or human tissue",
        ],
        notes="TJK 8 (not covered by law), 27 (b) (criminalize transfer of organs for profit); SR 31 (purposes of "
        "exploitation in the Anti-Trafficking Law); Kazakhstan, Turkmenistan and the plan are silent",
    )
    item(
        TH,
        "I sit on a youth council that works with the Committee on Youth and Sports. What is that committee supposed to "
        "do, according to the plan and the UN report?",
        c(PC, 8, 14, 18, 28, 29, 32, 33) + c(PO, 7) + c(S, 48),
        c(S, 2),
        ["COYS", "under the auspices of the Committee for Youth and Sports Affairs"],
        notes="COYS as implementing agency: CRC plan 8, 14 (sole agency), 18, 28, 29, 32, 33; OPSC plan 7; SR 48 (youth "
        "awareness-raising, rural outreach); SR 2 only names it among those met (may)",
    )
    item(
        TH,
        "Everything in the documents on court cases dragging on and on how independent judges and lawyers are.",
        c(S, 21, 62, 73, 74, 76),
        c(S, 83, 12, 17) + c(K, 24),
        [
            "Delays in court proceedings",
            "independence of lawyers and members of the judiciary",
            "independence of the judicial system",
        ],
        notes="SR 21 (delays, also in compensation proceedings), 62 (independence of lawyers and judges), 73 and 74 "
        "(delays in legal proceedings), 76 (independence of the judicial system); the CRC observations and the plan are "
        "silent (KAZ 24 only on the credibility of the administration of justice)",
    )
    item(
        TH,
        "Every passage on how children and other victims are interviewed or questioned by police, prosecutors and courts.",
        c(T, 33) + c(M, 36, 37) + c(S, 86),
        c(S, 56, 89) + c(K, 20),
        [
            "child-friendly interviewing skills",
            "psychological pressure during interrogations",
            "available to conduct interviews with victims",
        ],
        notes="TJK 33 (a) (child-friendly interviewing skills); TKM 36 (a) (interviewing skills), 37 (no sanctions for "
        "pressure during interrogations); SR 86 (c) (women police officers for interviews); credibility questioned (SR 56), "
        "trauma-informed investigations (89) may",
    )
    item(
        TH,
        "For our funding proposal I need every concrete figure the documents give - how many people, what share, how "
        "much money.",
        c(S, 7, 8, 22, 27, 38, 65, 69, 71),
        c(T, 22) + c(S, 2, 26, 63, 68),
        [
            "30 per cent of the gross domestic product",
            "approximately 20 per cent",
            "more than 13,000 persons of concern",
        ],
        notes="SR 7 (remittances 30% of GDP), 8 (women 20% of migrants), 22 (13,000 persons of concern, 5,400 Afghans), 27 "
        "(80 asylum seekers), 38 (more than 15 recruitment agencies), 65 (30 places, 5 victims), 69 (16 victims returned), "
        "71 (84 children from Iraq); durations and 'two entities' may; the CRC observations give no statistics",
    )
    item(
        TH,
        "What do the documents say about making justice, interviews and places for kids 'child-friendly'?",
        c(T, 33) + c(S, 83, 87, 88),
        c(PC, 34) + c(K, 20) + c(M, 36, 38),
        ["child-friendly"],
        notes="TJK 33 (a) (interviewing); SR 83 (child-friendly justice and information), 87 (g) (child-friendly "
        "accommodation), 88 (g) (child-friendly spaces for asylum seekers); the justice programme and the ECOSOC "
        "guidelines may",
    )
    item(
        TH,
        "Which activities in Tajikistan's 2018-2022 plan involve reviewing, analysing or amending laws? List them all, "
        "across the three tables.",
        c(PC, 1, 9, 11, 12, 13, 14, 19, 20, 24, 27, 33) + c(PO, 2) + c(PA, 1, 6),
        c(PO, 8, 10) + c(PA, 10) + c(PC, 5, 18, 29, 31),
        ["amendments into the Family Code", "Analyse the legislation"],
        notes="CRC plan 1, 9, 11, 12 (1), 13 (1), 14 (1), 19 (1), 20 (1) and (6), 24 (2), 27 (7), 33 (1)-(2); OPSC plan 2; "
        "OPAC plan 1, 6 (4); regulations and lists (hazardous work, Baby Home Regulation, data procedure), treaty "
        "accessions and the vague OPSC row 10 may",
    )
    item(
        TH,
        "Our governance programme tracks impunity: everything in the documents on offenders getting away with it - "
        "cases not investigated, nobody sentenced, traffickers unpunished.",
        c(T, 28, 29) + c(M, 28, 29) + c(K, 23) + c(S, 14, 21, 57, 74, 76, 80),
        c(K, 24) + c(T, 18) + c(PO, 11) + c(S, 38, 73),
        [
            "continue with impunity",
            "trafficking continues with impunity",
            "initiated investigations and prosecutions is scarce",
        ],
        notes="TJK 28-29 and TKM 28-29 (Impunity sections); KAZ 23 (scarce investigations, complicity); SR 14, 21, 57, 74 "
        "(recruitment agencies), 76, 80 (few investigations); corruption (TJK 18 (d)), capacity building (OPSC plan 11) may",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Procedure first: how did the Committee describe its exchange with the government delegations, and their "
        "reports, for Tajikistan, Kazakhstan and Turkmenistan?",
        c(T, 2) + c(K, 2) + c(M, 2),
        c(T, 1) + c(K, 1) + c(M, 1),
        [
            "high-level and multisectoral delegation",
            "additional information submitted in writing",
            "constructive dialogue",
        ],
        notes="TJK 2 (high-level, multisectoral delegation, written replies); KAZ 2 (report not following guidelines, "
        "written follow-up); TKM 2 (detailed report not following guidelines, multisectoral delegation)",
    )
    item(
        CO,
        "Which numbered articles of the criminal codes are cited for Kazakhstan, Turkmenistan and Tajikistan, and what "
        "is said about each?",
        c(K, 15) + c(M, 26, 32) + c(S, 30, 59),
        c(K, 16) + c(M, 27, 33, 30) + c(S, 31) + c(T, 26),
        [
            "Article 133 of the Criminal Code",
            "Article 129 of the Criminal Code",
            "article 8 of the Criminal Code",
            "Article 167 of the Criminal Code",
        ],
        notes="KAZ 15 (arts. 133, 270, 273); TKM 26 (arts. 129, 164), 32 (art. 8, double criminality); SR 30 (arts. 130, "
        "167), 59 (arts. 238, 239); the TJK observations name no article",
    )
    item(
        CO,
        "Does the Committee refer back to specific paragraphs of its earlier observations - for Turkmenistan and for "
        "Tajikistan - and which ones?",
        c(M, 15) + c(T, 13),
        c(T, 3) + c(M, 3) + c(K, 3) + c(S, 53),
        [
            "CRC/C/TKM/CO/1, para. 12",
            "With reference to paragraph 7 of its concluding observations under the Convention",
        ],
        notes="TKM 15 (independent monitoring, previous para. 12); TJK 13 (coordination, para. 7 under the Convention); "
        "'read in conjunction' paragraphs may",
    )
    item(
        CO,
        "We would like to partner with local government. In Kazakhstan, Turkmenistan and Tajikistan, what role do the "
        "documents give regional and local authorities in coordinating this work?",
        c(K, 5, 6, 24) + c(M, 13) + c(PC, 3, 18) + c(S, 85),
        c(K, 30) + c(M, 45) + c(T, 36) + c(PC, 6),
        [
            "at both central and local levels",
            "regional and local levels",
            "local and regional administrative authorities",
        ],
        notes="KAZ 5-6 (coordination at central and local levels), 24 (local authorities and NGOs); TKM 13 (body at "
        "regional and local levels); CRC plan 3 (commissions at all levels), 18 activity 7 (CCRs at local level); SR 85 "
        "(a); transmission of the observations to provinces and districts may",
    )
    item(
        CO,
        "When they plan trainings for police and other people, do they ask communities or the survivors to help make "
        "them? Turkmenistan and Tajikistan, please.",
        c(M, 19) + c(S, 47),
        c(M, 17) + c(S, 46) + c(PO, 7),
        [
            "developed through a participatory process",
            "limited engagement with victims/survivors in such training",
        ],
        notes="TKM 19 (participatory process involving communities); SR 47 (limited engagement with survivors in "
        "training); TKM 17 (a) concerns awareness programmes with child victims (may)",
    )
    item(
        CO,
        "Who sits at the top? What role do the documents give the president or the president's office in Turkmenistan "
        "and in Tajikistan?",
        c(M, 5, 45) + c(S, 33),
        c(PA, 10),
        [
            "2005 presidential decree",
            "placed under the Office of the President",
            "transmitting them to the President",
        ],
        notes="TKM 5 (b) (presidential decree on child labour), 45 (observations sent to the President); SR 33 "
        "(Interministerial Commission under the Office of the President); the Presidential Executive Office as agency "
        "(OPAC plan 10) may",
    )
    item(
        CO,
        "Before the criticism, what did the Committee actually praise in the criminal law of Tajikistan, Turkmenistan "
        "and Kazakhstan?",
        c(T, 4, 8) + c(M, 26) + c(K, 15),
        c(M, 8, 30) + c(S, 30),
        [
            "amendments to the Criminal Code introducing new offences",
            "welcomes the introduction into the Criminal Code of a provision on",
            "included in the national Criminal Code",
        ],
        notes="TJK 4 (a), 8 (legislative developments); TKM 26 (trafficking provision, most offences criminalized); KAZ "
        "15 (provisions included)",
    )
    item(
        CO,
        "Officials who take part in trafficking or selling children: what do the documents say about punishing them, in "
        "Tajikistan and in Kazakhstan?",
        c(S, 30) + c(T, 29) + c(K, 23, 24),
        c(T, 18, 19),
        [
            "trafficking offences are committed by an official",
            "including officials complicit in offences",
            "complicity by State officials",
        ],
        notes="SR 30 (aggravated punishment under art. 130 (2)); TJK 29 (prosecute complicit officials); KAZ 23-24 "
        "(allegations; investigate and sanction); corruption (TJK 18-19) may",
    )
    item(
        CO,
        "Which ILO conventions and ILO programmes come up for Tajikistan, and which for Turkmenistan?",
        c(T, 4) + c(S, 28, 29, 50, 91) + c(PO, 8) + c(M, 4),
        c(PC, 31),
        [
            "International Programme on the Elimination of Child Labour",
            "ILO Convention No. 138",
            "ILO Domestic Workers Convention, 2011 (No. 189)",
        ],
        notes="TJK 4 (e) (No. 182); SR 28 (Nos. 29, 97, 105, 143, 182), 29 (No. 189 not ratified), 50 (IPEC), 91 (c) "
        "(fair recruitment); OPSC plan 8 activity 2 (2014 Protocol to the Forced Labour Convention); TKM 4 (b) (Nos. 182 "
        "and 138)",
    )
    item(
        CO,
        "In Kazakhstan the Committee wanted campaigns against discrimination of children. Tajikistan has such campaigns "
        "in its plan? Compare please.",
        c(K, 10) + c(PC, 10, 20),
        c(K, 9) + c(S, 87) + c(PC, 30),
        ["combat and prevent discrimination", "Struggle against discrimination and stigma"],
        notes="KAZ 10 (children with HIV/AIDS); CRC plan 10 activity 5 (inclusion of children with disabilities and "
        "minorities), 20 activity 4 (stigma against children with disabilities)",
    )
    item(
        CO,
        "Jobs for young people - does anything in the documents on Tajikistan and Turkmenistan deal with that?",
        c(S, 48, 54) + c(M, 5),
        c(PC, 14, 26) + c(S, 87, 88) + c(PO, 1),
        ["high levels of youth unemployment", "Right to Work Act (1 February 2005)"],
        notes="SR 48 (youth unemployment), 54 (access to employment for children and young people); TKM 5 (a) (Guarantees "
        "of Young People's Right to Work Act) is Turkmenistan's only mention; Kazakhstan silent",
    )
    item(
        CO,
        "Is there an independent children's rights watchdog that can take complaints from children - Tajikistan versus "
        "Turkmenistan?",
        c(T, 5) + c(PC, 6) + c(M, 14, 15),
        c(S, 2),
        [
            "Commissioner for Children’s Rights in 2016",
            "handle complaints submitted by children",
            "absence of an independent national",
        ],
        notes="TJK 5 (Commissioner, 2016); CRC plan 6 (Ombudsman's department, complaints by children); TKM 14-15 (no "
        "independent institution); Kazakhstan silent",
    )
    item(
        CO,
        "Poverty reduction as child protection: what was Turkmenistan told to do, and what does Tajikistan's action plan "
        "offer?",
        c(M, 25) + c(PC, 26),
        c(S, 41, 15, 91) + c(T, 19) + c(M, 24),
        ["poverty reduction strategies", "improvement of the people's living standards"],
        notes="TKM 25 (c) (development programmes and poverty reduction strategies); CRC plan 26 (living standards, water, "
        "vocational schools, climate)",
    )
    item(
        CO,
        "Cross-border cooperation that helps the victims rather than only catching offenders: what is said for "
        "Kazakhstan and for Tajikistan?",
        c(K, 29) + c(S, 74, 89),
        c(T, 34) + c(S, 72, 68),
        ["international judicial, police and", "access to redress for victims"],
        notes="KAZ 29 (judicial, police and victim-oriented cooperation); SR 74 (cooperation with destination countries "
        "on compensation), 89 (b) (international cooperation for redress)",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And what comes right after that paragraph?",
        c(T, 38),
        c(T, 17),
        ["include further information on the implementation of the Optional Protocol"],
        h(
            "Read me paragraph 37 of the Tajikistan OPSC observations.",
            'The Committee recommends that "the report and the written replies to the list of issues submitted by the State '
            "party and the present concluding observations be made widely available, including through the Internet, to the "
            f'public at large, civil society organizations, youth groups, professional groups and children" ({TJK}, para. 37).',
        ),
        notes="TJK 38: further information in the next periodic report",
    )
    item(
        F,
        "Does she say how that works for people with disabilities?",
        c(S, 58),
        c(S, 17, 45, 86),
        ["reasonable accommodation at all stages of identification"],
        h(
            "Why does the Special Rapporteur say early identification of victims matters?",
            'She notes that "the early identification of trafficked persons and persons at risk of trafficking is essential '
            f'to ensuring the protection of victims and breaking the cycle of trafficking, exploitation and re-trafficking" ({SR}, para. 57).',
        ),
        notes="SR 58: no information on how identification addresses persons with disabilities",
    )
    item(
        F,
        "Which other observations on the country should be read alongside these?",
        c(M, 3),
        c(M, 4),
        ["CRC/C/OPAC/TKM/CO/1"],
        h(
            "When did the Committee consider Turkmenistan's initial report under the sale-of-children protocol?",
            f'It considered it "at its 1939th meeting (see CRC/C/SR.1939) held on 14 January 2015" ({TKM}, para. 1).',
        ),
        notes="TKM 3: the Convention observations (CRC/C/TKM/CO/2-4) and the OPAC observations",
    )
    item(
        F,
        "Apart from government officials, who did she talk to?",
        c(S, 3),
        c(S, 2, 4),
        ["civil society organizations and trade unions and with lawyers"],
        h(
            "When did the UN Special Rapporteur on trafficking visit Tajikistan, and why?",
            'She "conducted an official visit to the country, from 7 to 16 December 2021, to assess the situation of '
            f'trafficking in persons, especially women and children" ({SR}, para. 1).',
        ),
        notes="SR 3: civil society, trade unions, lawyers, UN agencies, OSCE, diplomats; SR 2 (Supreme Court, Ombudsperson, "
        "university) may",
    )
    item(
        F,
        "And the plan?",
        c(PO, 4),
        c(PA, 2) + c(PC, 3),
        ["Improve the mechanism of coordination among government entities"],
        h(
            "Who coordinates the work on the sale-of-children protocol in Tajikistan?",
            'The Committee "is concerned, however, at the lack of information about the entity in charge of coordinating the '
            f'implementation of the Optional Protocol" ({TJK}, para. 12).',
            "What did it recommend?",
            'That the State party "ensure better coordination between the various ministries, agencies and committees '
            f'working on developing and implementing child rights policies relevant to the Optional Protocol" ({TJK}, para. 13).',
        ),
        notes="OPSC plan row 4 (Rec. 13): improve coordination, 2018-2020",
    )
    item(
        F,
        "Does it give a deadline, and who is responsible?",
        c(PC, 2),
        [],
        ["2018-2019", "CCR, GPO, MOJ, OO"],
        h(
            "Is Tajikistan's action plan making one big programme for all children?",
            f'Row 2 plans to "Develop unified national programme for children up to 2030" ({NPA} (CRC), row 2).',
        ),
        notes="CRC plan row 2: 2018-2019; CCR, GPO, MOJ, OO, MOES, MOHSPP, MEDT, MLMEP, MOF",
    )
    item(
        F,
        "Same point for Kazakhstan?",
        c(K, 30),
        c(K, 31),
        ["provincial authorities"],
        h(
            "Who did the Committee want Turkmenistan to send its recommendations to?",
            'It recommends "transmitting them to the President, relevant government ministries, the Parliament, the '
            f'Constitutional Court, and regional and local authorities" ({TKM}, para. 45).',
        ),
        notes="KAZ 30: ministries, the Parliament and provincial authorities",
    )
    item(
        F,
        "What is the next paragraph of her report about?",
        c(S, 11),
        c(S, 42),
        ["Law on Trade Unions"],
        h(
            "What did the Special Rapporteur say about children at State-organized events in Tajikistan?",
            'She "has received accounts regarding the retention of children and young adults to train and rehearse for '
            f'performances at State-led events" ({SR}, para. 10).',
        ),
        notes="SR 11: trade unions and civil society; migrant workers' right to join unions",
    )
    item(
        F,
        "So what did it urge them to do?",
        c(M, 21),
        c(M, 20),
        ["necessary human, technical and financial resources"],
        h(
            "What did the Committee regret about money for the Protocol in Turkmenistan?",
            'It "regrets that the State party has not provided information on the specific allocation of resources for the '
            f'implementation of the provisions of the Optional Protocol" ({TKM}, para. 20).',
        ),
        notes="TKM 21: sufficient resources, including for research, prevention, recovery and prosecution",
    )
    item(
        F,
        "Does the children-in-war part of the plan have the same thing, and by when?",
        c(PA, 3),
        c(PO, 5),
        ["among population and military staff"],
        h(
            "What does the sale-of-children part of Tajikistan's plan do on public outreach?",
            'Row 5 plans to "Carry out advocacy and awareness raising events among population on the provisions of the OP '
            f'II", regularly, by the MOIA and the MOES ({NPA} (OPSC), row 5).',
        ),
        notes="OPAC plan row 3 (recommendation 11): events among population and military staff; no implementation period "
        "is given",
    )
    item(
        F,
        "Who is supposed to do that?",
        c(PC, 22),
        [],
        ["MOHSPP, MOES, MOF, CTVR, LA"],
        h(
            "What does Tajikistan's plan say about what children eat?",
            'Row 22 foresees the "Preparation of leaflets and guidelines on healthy nutrition, proper preparation of food and '
            f'nutrition for children, depending on the age" ({NPA} (CRC), row 22).',
        ),
        notes="CRC plan row 22: both activities by MOHSPP, MOES, MOF, CTVR, LA, regularly",
    )
    item(
        F,
        "Who should they ask when they write it?",
        c(M, 11),
        c(M, 10, 23),
        ["including children, parents and civil society"],
        h(
            "Does Turkmenistan have a strategy for the sale-of-children protocol?",
            'The Committee "is concerned about the lack of a comprehensive strategy for the implementation of the Optional '
            f'Protocol in the State party" ({TKM}, para. 10).',
        ),
        notes="TKM 11: strategy in consultation with all stakeholders, including children, parents and civil society",
    )
    item(
        F,
        "Does that security committee come up anywhere else in her report?",
        c(S, 33),
        c(S, 4),
        ["Committee on National Security"],
        h(
            "Which government offices did the Special Rapporteur not manage to meet in Tajikistan?",
            'She "regrets that meetings did not take place with representatives of the Office of the General Prosecutor and '
            f'the State Committee of National Security" ({SR}, para. 4).',
            "Did she get to visit the shelter?",
            'No: "a visit to the State-run shelter for victims of trafficking in persons was not facilitated during her stay '
            f'in Dushanbe" ({SR}, para. 4).',
        ),
        notes="SR 33: the Committee on National Security is a member of the Interministerial Commission",
    )
    item(
        F,
        "Is there a timeframe for it, and which ministries are on it?",
        c(PA, 9),
        [],
        ["2018-2020", "MOFA, GPO, MOJ, MOES, MOHSPP, OO"],
        h(
            "What does the armed-conflict table of Tajikistan's plan say about working with international organizations?",
            'Row 9 foresees the "Exploration of the experience of developed countries and presenting ways to implement the UN '
            "Convention on the Rights of the Child by responsible persons from ministries and agencies directly involved in "
            f'the implementation of the project" ({NPA} (OPAC), row 9).',
        ),
        notes="OPAC plan row 9 (recommendation 30): 2018-2020; MFA/MOFA, GPO, MOJ, MOES, MOHSPP, OO",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "What does 36 (c) of the Turkmenistan observations ask for?",
        c(M, 36),
        [],
        ["complaints mechanisms are available and easily accessible"],
    )
    item(
        L,
        "What's in row 10 of the OPSC table of Tajikistan's action plan?",
        c(PO, 10),
        [],
        ["Take measures to protection children"],
    )
    item(
        L,
        "Kazakhstan, paragraph 7 of the concluding observations - read it to me.",
        c(K, 7),
        [],
        ["remain insufficient"],
    )
    item(
        L,
        "I need paragraph 32 of A/HRC/50/33/Add.1 word for word.",
        c(S, 32),
        [],
        ["roles and responsibilities for each agency"],
    )
    item(
        L,
        "Tajikistan's sale-of-children review, para. 16: what is the concern there?",
        c(T, 16),
        [],
        ["absence of information regarding the resources allocated"],
    )
    item(
        L,
        "Pull up row 28 of the CRC table of the national plan for me, please.",
        c(PC, 28),
        [],
        ["cultural and recreative events"],
    )
    item(
        L,
        "The first row of the armed-conflict table - what does it say?",
        c(PA, 1),
        [],
        ["consistent with the content and purpose of the Optional Protocol"],
    )
    item(
        L,
        "Row 4 of the CRC part of the national plan: what, who and when?",
        c(PC, 4),
        [],
        ["Conduct assessments on the budgetary needs of children", "MOF, MOHSPP, MOES, LA"],
    )
