"""Round-3 gold items (ids p001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Every cited unit was read with
`rightsdesk show`; the questions avoid the paragraphs and wordings of the round-2 table where they can.
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
    """Add the round-3 items through make_gold's q(), with ids p001, p002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "why did the UN trafficking investigator's trip to Tajikistan turn into such a mess to organise?",
        c(S, 4),
        c(S, 2),
        ["three working days"],
        notes="4: visit accepted three working days before it began, meetings with the General Prosecutor "
        "and national security committee refused, shelter and Iraq-returnee institution visits not granted",
    )
    item(
        P,
        "Do more people get trafficked out of Tajikistan or into it?",
        c(S, 6),
        c(S, 9, 7),
        ["primarily a country of origin"],
        notes="6: Tajikistan is primarily a country of origin; 9 adds the neglected internal trafficking",
    )
    item(
        P,
        "lots of Tajik lads heading to Russia for work now don't even speak Russian - does the UN think that makes them easier to exploit?",
        c(S, 7),
        c(S, 6),
        ["non-Russian speaking households"],
        notes="7 (last sentence): more migrants from non-Russian speaking households, a trend that may increase exploitation risks",
    )
    item(
        P,
        "When covid closed the borders, did that push Tajik workers into dodgier ways of getting abroad?",
        c(S, 18),
        c(S, 19, 21),
        ["irregular and unsafe migration"],
        notes="18: border closures increased the risks of irregular and unsafe migration and of trafficking",
    )
    item(
        P,
        "During the lockdowns, what happened to housemaids and to the familes that migrants left back home?",
        c(S, 19),
        c(S, 18),
        ["lockdown and curfew measures"],
        notes="19: migrant domestic workers under lockdown/curfew; lower household income for family members left behind",
    )
    item(
        P,
        "Are there hardly any women cops, judges or diplomats in Tajikistan?",
        c(S, 12),
        c(S, 13, 43, 86),
        ["limited participation of women in law enforcement bodies"],
        notes="12: limited participation of women in law enforcement, the judiciary and the diplomatic service",
    )
    item(
        P,
        "Has Tajikistan actually worked out how much money its kids need from the state budget?",
        c(PC, 4),
        c(PO, 6),
        ["budgetary needs of children"],
        notes="CRC plan row 4: assessments of the budgetary needs of children (2018, MOF and others)",
    )
    item(
        P,
        "Which women out in the Tajik countryside are most likely to get exploited - widows, divorcees, wives of guys working in Russia?",
        c(S, 15),
        c(S, 41, 91),
        ["widows and divorced women"],
        notes="15: rural women, female-headed households of migrants' families, widows and divorced women especially vulnerable",
    )
    item(
        P,
        "Can an Afghan fleeing to Tajikistan just ask for asylum, or do they need a visa and papers first?",
        c(S, 23),
        c(S, 25, 26),
        ["possession of a travel document and visa"],
        notes="23: access to the asylum procedure depends on registration implying a travel document, visa, medical exams",
    )
    item(
        P,
        "How many Afghans crossed into Tajikistan lately and is the border still shut?",
        c(S, 22),
        c(S, 27),
        ["5,400 Afghans", "closed in August 2021"],
        notes="22: more than 13,000 persons of concern, 5,400 Afghans in January 2021, border closed since August 2021",
    )
    item(
        P,
        "what happens to an Afghan who misses the deadline for applying for asylum in Tajikistan?",
        c(S, 26),
        c(S, 23, 25),
        ["one month after arrival"],
        notes="26: missing the one-month deadline risks being treated as illegally residing, arrest, fines, deportation",
    )
    item(
        P,
        "Are Afghans who just arrived in Tajikistan still being given residence papers?",
        c(S, 25),
        c(S, 24, 26),
        ["suspended the issuance of residence permits"],
        notes="25: since end of July 2021 residence permits for newly arrived Afghans suspended, asylum reviews suspended",
    )
    item(
        P,
        "Tajikistan's trafficking law sounds great on paper - does it actually get applied?",
        c(S, 32),
        c(S, 84, 63),
        ["limited implementation in practice of the Anti-Trafficking Law"],
        notes="32: comprehensive legislation commended, but implementation in practice limited",
    )
    item(
        P,
        "Who runs the government's anti-trafficking commission in Tajikistan, and do charities get a say?",
        c(S, 33),
        c(S, 85),
        ["placed under the Office of the President", "twice a year"],
        notes="33: Interministerial Commission under the Office of the President, limited engagement with civil society; 85 (a) recommendation",
    )
    item(
        P,
        "Does Tajikistan help its workers in Russia who overstayed or need new passports?",
        c(S, 36),
        c(S, 35),
        ["regularization of the status of Tajik citizens", "provide passports"],
        notes="36: Migration Service offices in Russia, regularization of overstayers, passports issued by dispatched specialists",
    )
    item(
        P,
        "Do Tajiks get any kind of briefing before they head off to work abroad?",
        c(S, 35),
        c(S, 37, 91),
        ["pre-departure orientation programmes"],
        notes="35: safe-migration awareness and pre-departure orientation by the Migration Service; 37 and 91 (a) on the gender gap in them",
    )
    item(
        P,
        "Are Tajik embassy staff abroad clued up on sex trafficking?",
        c(S, 39),
        c(S, 87, 68),
        ["further awareness-raising and training is needed"],
        notes="39: consular services need training on the gender dimensions of trafficking; 87 (b) recommends training consular officials",
    )
    item(
        P,
        "Are foreign laborers on Tajik building sites and in mines protected from being trafficked inside the country?",
        c(S, 40),
        c(S, 9),
        ["construction, mining, agriculture and domestic service"],
        notes="40: internal trafficking for forced labour in construction, mining etc.; no information on protecting migrant workers in Tajikistan",
    )
    item(
        P,
        "If you're blind or deaf in Tajikistan, can you even get info about trafficking or about help for victims?",
        c(S, 45, 58),
        c(S, 17, 87),
        ["accessible information"],
        notes="45: no accessible information on risks and assistance for persons with disabilities; 58: same for identification processes",
    )
    item(
        P,
        "Is the anti-trafficking course Tajik police go through long enough to be any use?",
        c(S, 46),
        c(S, 78, 47),
        ["duration of such training is short"],
        notes="46: training part of routine police training but short and not in-depth",
    )
    item(
        P,
        "Are young people in Tajik villages being warned about traffickers?",
        c(S, 48),
        c(S, 91),
        ["Committee for Youth and Sports Affairs"],
        notes="48: awareness-raising among young people incl. targeted outreach in rural areas",
    )
    item(
        P,
        "Can a charity in Tajikistan officially declare someone a trafficking victim, or only the government?",
        c(S, 55),
        c(S, 60),
        ["article 12 of the Anti-Trafficking Law"],
        notes="55: preliminary identification by a State agency or NGO; formal identification only by authorized State agencies",
    )
    item(
        P,
        "How long does a trafficking survivor in Tajikistan get help even if they won't testify?",
        c(S, 63),
        c(S, 60, 61, 87),
        ["up to two months"],
        notes="63: article 29 - support for up to two months irrespective of cooperation with law enforcement",
    )
    item(
        P,
        "When did Tajikistan set up its system for passing victims on to services?",
        c(S, 60),
        c(S, 55, 61),
        ["Governmental Act No. 327", "2016"],
        notes="60: national referral mechanism established in 2016 by Governmental Act No. 327",
    )
    item(
        P,
        "Who actually foots the bill for helping trafficking survivors in Tajikistan - the state or foreign donors?",
        c(S, 64),
        c(S, 67, 76, 87),
        ["provided primarily by international organizations"],
        notes="64: despite State funds in the law, assistance mainly from international organizations; families fundraise",
    )
    item(
        P,
        "Have groups helping trafficked people in Tajikistan been threatened by the traffickers?",
        c(S, 76),
        c(S, 89, 62),
        ["intimidation of, and threats made against"],
        notes="76: threats and intimidation of NGOs assisting victims; 89 (c) asks to investigate reprisals",
    )
    item(
        P,
        "Did the changes to the NGO law in Tajikistan make life harder for groups helping victims?",
        c(S, 75),
        c(S, 33, 85),
        ["Law on Public Associations", "July 2015 and January 2019"],
        notes="75: amendments to the Law on Public Associations may undermine NGOs supporting victims",
    )
    item(
        P,
        "Are enough trafficking cases actually being investigated in Tajikistan, esp. the sex and labour cases inside the country?",
        c(S, 80),
        c(S, 21, 82),
        ["the number of investigations undertaken is limited"],
        notes="80: limited number of investigations, particularly for internal trafficking; discriminatory attitudes in police",
    )
    item(
        P,
        "Bottom line: is Tajikistan doing a decent job on trafficking, according to the UN expert?",
        c(S, 84),
        c(S, 32),
        ["Significant progress has been made"],
        notes="84 is the SR's overall conclusion: legislative progress, limited implementation, internal trafficking neglected",
    )
    item(
        P,
        "Which UN human rights treaties has Tajikistan already signed up to?",
        c(S, 28),
        c(S, 29) + c(T, 4),
        ["Trafficking in Persons Protocol", "2002"],
        notes="28 lists the Trafficking Protocol (2002) and the core treaties Tajikistan is party to; 29 the ones not ratified",
    )
    item(
        P,
        "Is the Tajik government leaving trafficking victims to charities because it cares more about border security?",
        c(S, 67),
        c(S, 63, 64),
        ["national security and border control concerns"],
        notes="67: State not fulfilling its assistance obligations, attention diverted to national security and border control",
    )
    item(
        P,
        "Is anyone checking whether Tajikistan's local child rights commissions and guardianship bodies actually work?",
        c(PC, 3),
        c(PC, 6),
        ["Functional Assessment of the Commission on Child Rights"],
        notes="CRC plan row 3: functional assessment of the Commission on Child Rights, units and guardianship authorities",
    )
    item(
        P,
        "Will Tajik schools get some way for kids to report teachers who hit them?",
        c(PC, 16),
        c(PC, 6) + c(PO, 7),
        ["reporting of all types of violence and use of corporal punishment"],
        notes="CRC plan row 16 activity 2: reporting mechanism in educational settings",
    )
    item(
        P,
        "Will Tajikistan stop putting kids in orphanages when they've got family who could look after them?",
        c(PC, 18),
        c(PC, 32),
        ["last resort", "Baby Home Regulation"],
        notes="CRC plan row 18: family care, alternative care, residential institutions only as a last resort",
    )
    item(
        P,
        "Is Tajikistan doing anything to stop teenagers from killing themselves?",
        c(PC, 23),
        [],
        ["prevention of suicide"],
        notes="CRC plan row 23 (mental health services) activity 3",
    )
    item(
        P,
        "Is the Tajik govt teaching parents how to feed their kids properly?",
        c(PC, 22),
        [],
        ["healthy nutrition"],
        notes="CRC plan row 22: leaflets, guidelines and education of parents on nutrition",
    )
    item(
        P,
        "Do Tajik kids get any say at home or in decisions that affect them?",
        c(PC, 12),
        c(PC, 11),
        ["respecting the child's opinion in the process of family life"],
        notes="CRC plan row 12: right of the child to express an opinion",
    )
    item(
        P,
        "Can disabled kids in Tajikistan go to normal schools with everyone else?",
        c(PC, 10, 20, 27),
        [],
        ["inclusive education"],
        notes="CRC plan rows 10 (inclusive education programme), 20 (policy on inclusive education), 27 (CWD at all levels, legislation)",
    )
    item(
        P,
        "Does Tajikistan still send its newborn-baby doctors abroad to train?",
        c(PC, 21),
        [],
        ["neonatologists"],
        notes="CRC plan row 21: neonatologists trained abroad and from 2020 from Tajik graduates",
    )
    item(
        P,
        "Is there any plan to get Tajik kids clean water to drink?",
        c(PC, 26),
        [],
        ["high-quality drinking water and sanitation"],
        notes="CRC plan row 26 activity 1",
    )
    item(
        P,
        "Anything in the Tajik plan about kids' clubs, culture and having fun?",
        c(PC, 28),
        [],
        ["cultural and recreative events"],
        notes="CRC plan row 28 (strategy on recreation)",
    )
    item(
        P,
        "Did Kazakhstan put out radio ads or give talks in schools to warn about trafficking of kids?",
        c(K, 27),
        c(K, 28, 8),
        ["via the radio"],
        notes="27 welcomes campaigns via radio and schools but targeted prevention outstanding",
    )
    item(
        P,
        "Is Turkmenistan rewriting its main kids' rights law so it covers the UN protocol on selling children?",
        c(M, 9),
        c(M, 8),
        ["currently being revised"],
        notes="9: Law on Guarantees of the Rights of the Child being revised; full incorporation recommended",
    )
    item(
        P,
        "Did the committee tell Turkmenistan to actually go after the people selling kids and lock them up?",
        c(M, 29),
        c(M, 28, 36),
        ["prosecuted and punished with appropriate sanctions"],
        notes="29: all cases investigated effectively and perpetrators prosecuted and punished; 36 (b) instructions to prosecutors",
    )
    item(
        P,
        "In Tajik military schools, does anyone check how old the cadets are before they're handed guns?",
        c(PA, 6),
        [],
        ["age of students and cadets"],
        notes="OPAC plan row 6 activity 2: commission on the age of students and cadets given weapons training",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a training session on refugee, asylum-seeking and foreign children and victims: what do the documents say, country by country?",
        c(T, 24, 25)
        + c(K, 22, 25)
        + c(M, 24, 40)
        + c(S, 22, 23, 24, 25, 26, 27, 70, 88)
        + c(PC, 29),
        c(M, 4, 5) + c(S, 9, 46, 50, 57) + c(PO, 10),
        ["refugee children", "children who are foreign citizens", "non-refoulement"],
        notes="TJK 24-25 (refugee, migrant children); KAZ 25 (foreign citizens), 22 (g) residence for foreign victims; "
        "TKM 24 (foreign citizens), 40 (b) non-nationals; SR 22-27 (Afghan refugees), 70 (foreign victims), 88; "
        "CRC plan 29; may: TKM 4 (c)/5 refugee conventions and foreigners act, SR 9/57 refoulement, 46 asylum training",
    )
    item(
        TH,
        "Everything the documents say about persons and children with disabilities - I'm running a disability-inclusion training.",
        c(S, 17, 29, 34, 45, 47, 48, 52, 58, 85, 86, 87, 91, 92) + c(PC, 5, 10, 20, 27),
        c(PC, 26),
        ["Convention on the Rights of Persons with Disabilities", "inclusive education"],
        notes="every SR paragraph naming persons/children with disabilities and CRC plan rows 5, 10, 20, 27; "
        "plan 26 only mentions them in passing (climate adaptation); the three CRC observations are silent on disability",
    )
    item(
        TH,
        "For a gender training: what do the documents say about the gender dimension of trafficking and discriminatory gender stereotypes?",
        c(S, 8, 12, 14, 34, 37, 39, 43, 44, 47, 56, 84, 86, 89, 91, 92),
        c(S, 13, 15, 51, 88),
        ["gender dimension", "discriminatory gender stereotypes"],
        notes="SR paragraphs on the gender dimension/stereotypes; 13, 15, 51, 88 (h) touch women's status or gender-sensitive "
        "services; the CRC observations and the plan only ask for data by sex",
    )
    item(
        TH,
        "What do the documents say about the space for NGOs and civil society - restrictions, funding, threats, being consulted - in each country?",
        c(M, 22, 23) + c(S, 33, 64, 67, 75, 76, 85, 87, 89),
        c(K, 24, 28) + c(M, 11, 17) + c(PC, 8) + c(S, 11, 21, 60, 62, 63),
        ["Law on Public Associations"],
        notes="TKM 22-23 (restrictions, not consulted); SR 33 (commission), 64/67/76 (funding, threats), 75 (NGO law), "
        "85 (a), 87 (c), 89 (c); Kazakhstan only asks to coordinate/liaise with NGOs (24, 28); the TJK observations are silent",
    )
    item(
        TH,
        "For a session on prevention campaigns: which awareness-raising efforts on the sale or trafficking of children do the documents report or ask for, per country?",
        c(T, 14, 15, 22, 23)
        + c(PO, 5, 7, 9)
        + c(K, 7, 8, 27, 28)
        + c(M, 16, 17, 24, 25)
        + c(S, 35, 48),
        c(K, 10, 26, 31) + c(T, 37) + c(M, 46) + c(S, 39, 77) + c(PC, 7, 35) + c(PA, 3),
        ["awareness-raising"],
        notes="TJK 14-15, 22-23 + plan OPSC 5, 7, 9; KAZ 7-8, 27-28; TKM 16-17, 24, 25 (b); SR 35 (safe migration), 48 (youth); "
        "dissemination of the observations, HIV awareness and OPAC outreach only may",
    )
    item(
        TH,
        "For a session on victim identification: what do the documents say about identifying child and trafficking victims, country by country?",
        c(T, 18, 19, 32, 33) + c(M, 24, 36) + c(S, 9, 21, 55, 56, 57, 58, 59, 86, 87, 88),
        c(S, 31, 32, 46, 60, 62, 66, 72, 76, 84) + c(M, 25),
        ["early identification", "identification of victims"],
        notes="TJK 18 (b), 19 (b), 32 (b), 33 (a); TKM 24, 36 (a); SR 9, 21, 55-59, 86, 87 (f)-(g), 88 (e)-(h); "
        "the Kazakhstan observations say nothing on identification",
    )
    item(
        TH,
        "For a training on children in institutions and children without parental care: what do the documents say?",
        c(M, 24) + c(S, 17, 45, 71, 72, 87) + c(PC, 5, 6, 16, 18, 32),
        c(M, 39) + c(PC, 3) + c(S, 4),
        ["children without parental care", "Residential Childcare Institutions"],
        notes="TKM 24 (children without parental care at risk); SR 17, 45 (institutional settings), 71-72 (repatriated "
        "children in institutions), 87 (g) family-based solutions; CRC plan 5, 6, 16, 18, 32",
    )
    item(
        TH,
        "All the recommendations about complaint mechanisms that children themselves can use, across the documents",
        c(T, 33) + c(M, 14, 15, 36) + c(PC, 6, 16) + c(PO, 7),
        c(M, 41, 42) + c(K, 22) + c(S, 77),
        ["complaint"],
        notes="TJK 33 (e); TKM 14-15 (independent institution receiving complaints), 36 (c); CRC plan 6 (Ombudsman), "
        "16 (school reporting); OPSC plan 7 (electronic complaints); hotlines only may; Kazakhstan silent",
    )
    item(
        TH,
        "I'm preparing a training on labour migration and trafficking: everything the documents say about migrant workers.",
        c(S, 6, 7, 8, 9, 11, 18, 19, 35, 36, 37, 38, 39, 40, 41, 68, 74, 84, 91) + c(PC, 18),
        c(S, 5, 15, 28, 42, 69, 75, 87) + c(T, 25),
        ["pre-departure orientation programmes", "women migrant workers"],
        notes="all SR paragraphs on labour migration and migrant workers; CRC plan 18 (agreements on migrants' rights, "
        "migrants' children); the Kazakhstan and Turkmenistan observations do not deal with labour migration",
    )
    item(
        TH,
        "For a training on access to justice: everything on legal aid and legal assistance for child and trafficking victims, per country",
        c(K, 21, 22) + c(M, 40) + c(S, 62, 63, 64, 73, 87, 90) + c(PC, 33),
        c(M, 20) + c(T, 32, 33) + c(S, 33, 89),
        ["Free legal aid", "legal assistance"],
        notes="KAZ 21, 22 (b); TKM 40 (a) (20 only names legal assistance among unfunded areas, may); SR 62, 63, 64, 73, 87 (c), 90; CRC plan 33 (legal support); "
        "TJK observations only speak of support and assistance in prosecution (32-33, may)",
    )
    item(
        TH,
        "Everything the documents say about how the COVID-19 pandemic affected trafficking and victims",
        c(S, 18, 19, 20, 21, 55, 71),
        [],
        ["COVID-19"],
        notes="SR 18-21, 55 (low identification), 71 (repatriation suspended); 19 on lockdowns; the CRC observations and "
        "plan predate the pandemic",
    )
    item(
        TH,
        "All references to children or other people being trafficked for begging",
        c(S, 17, 31, 52, 53),
        c(S, 91),
        ["begging"],
        notes="SR 17 (disabilities), 31 (law's list of exploitation), 52 (children with disabilities), 53 (minority "
        "children); the CRC observations and the plan never mention begging",
    )
    item(
        TH,
        "For a training: which positive steps did the Committee on the Rights of the Child welcome in each of the three countries?",
        c(T, 4, 5) + c(K, 4) + c(M, 4, 5, 8),
        c(T, 2, 8, 12, 14) + c(K, 2, 15, 27) + c(M, 2, 16, 18, 24, 26, 30, 37, 39),
        ["National Plan of Action on Trafficking", "Children’s Rights Act"],
        notes="positive-aspects paragraphs (TJK 4-5, KAZ 4, TKM 4-5, 8); welcomes inside concern paragraphs only may",
    )
    item(
        TH,
        "For a training session: what do the documents say about children recruited into or brought back from armed conflict and extremist groups?",
        c(S, 54, 71, 72, 85, 87) + c(PA, 5, 7),
        c(S, 4, 31) + c(PA, 3, 6, 8) + c(T, 3) + c(M, 3, 4),
        ["Iraq", "extremist and radical movements"],
        notes="SR 54, 71-72, 85 (c), 87 (f); OPAC plan 5, 7; the OPSC observations only refer to the OPAC observations",
    )
    item(
        TH,
        "Which recommendations call for checking whether measures actually work - evaluation, impact assessment and the like - in each country?",
        c(T, 7) + c(K, 5, 6) + c(M, 7, 19) + c(S, 85),
        c(S, 82, 38) + c(M, 23) + c(T, 6) + c(PC, 27),
        ["periodic evaluation", "impact assessment"],
        notes="TJK 7; KAZ 5-6; TKM 7, 19 (evaluation of training); SR 85 (b) independent evaluation",
    )
    item(
        TH,
        "What do the documents say about adult sex workers and their risk of being trafficked?",
        c(S, 14, 43, 66),
        c(S, 59, 56, 87),
        ["sex workers"],
        notes="SR 14 (stigma), 43 (no prevention programmes), 66 (harassment, health access); 59 victims prosecuted for "
        "prostitution offences (may); the CRC observations concern child prostitution only",
    )
    item(
        TH,
        "For a training on root causes: what do the documents say about poverty and the causes behind the sale and trafficking of children and women, country by country?",
        c(T, 18, 19) + c(M, 24, 25) + c(K, 28) + c(S, 8, 12, 15, 19),
        c(S, 18, 41, 44) + c(PC, 5, 26, 27) + c(T, 7) + c(M, 6, 7),
        ["root causes", "poverty"],
        notes="TJK 18 (e), 19 (a)(e); TKM 24, 25 (a)(c); KAZ 28 (causes of commercial sexual exploitation); SR 8, 12, 15, 19",
    )
    item(
        TH,
        "All passages on the best interests of the child",
        c(PC, 11, 18) + c(S, 72, 87),
        c(S, 83, 88),
        ["best interests"],
        notes="CRC plan 11, 18; SR 72, 87 (f)-(g); the CRC observations in the corpus do not use the phrase",
    )
    item(
        TH,
        "For a training of border officials: what do the documents say about borders, border guards and border control?",
        c(T, 18, 32, 33) + c(M, 24) + c(S, 46, 88),
        c(S, 3, 22, 24, 27, 67) + c(K, 11) + c(T, 34),
        ["border"],
        notes="TJK 18 (d) (transport across borders), 32 (b), 33 (a) (immigration officials); TKM 24 (border control); "
        "SR 46 (training of border guards), 88 (e); Kazakhstan only mentions cross-border trafficking research (may)",
    )
    item(
        TH,
        "What do the documents say about jobs, vocational training and employment as a way to prevent trafficking or help survivors recover?",
        c(S, 54, 63, 87, 88, 91) + c(PC, 26, 33),
        c(S, 15, 18, 24, 25, 35, 48) + c(PC, 27),
        ["vocational training"],
        notes="SR 54, 63, 87 (e), 88 (d), 91 (b); CRC plan 26 (vocational schools for children leaving work), 33",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Did Tajikistan and Turkmenistan both ratify the ILO convention on the worst forms of child labour, and when?",
        c(T, 4) + c(M, 4),
        c(S, 28),
        ["June 2005", "November 2010"],
        notes="TJK 4 (e) June 2005; TKM 4 (b) November 2010; SR 28 lists it for Tajikistan",
    )
    item(
        CO,
        "Was the Committee unhappy with how Kazakhstan, Turkmenistan and Tajikistan wrote up their reports?",
        c(K, 2) + c(M, 2),
        c(T, 2),
        ["does not follow the established reporting guidelines"],
        notes="KAZ 2 and TKM 2 regret the guidelines were not followed; TJK 2 only welcomes the report (may)",
    )
    item(
        CO,
        "How did the Committee's view of prevention work differ between Kazakhstan, Turkmenistan and Tajikistan?",
        c(T, 18) + c(K, 27) + c(M, 24),
        c(T, 19, 24, 25) + c(K, 26, 28) + c(M, 25),
        ["targeted preventive measures"],
        notes="TJK 18 insufficient prevention; KAZ 27 campaigns welcomed, targeted prevention outstanding; TKM 24 same; "
        "recommendations 19, 28, 25 may",
    )
    item(
        CO,
        "In Tajikistan and Turkmenistan, was help for child victims limited to trafficking cases?",
        c(T, 32) + c(M, 35),
        c(M, 39, 36) + c(T, 33) + c(K, 21),
        ["limited to trafficking"],
        notes="TJK 32 (a) and TKM 35 say protection measures tend to be limited to trafficking; TKM 39 same for recovery; "
        "Kazakhstan only lacks information (21, may)",
    )
    item(
        CO,
        "Compare the Committee's recommendations on early identification of child victims for Tajikistan and Turkmenistan.",
        c(T, 33) + c(M, 36),
        c(T, 32) + c(M, 35),
        ["interviewing skills"],
        notes="TJK 33 (a) and TKM 36 (a) are parallel; the Kazakhstan observations are silent on identification",
    )
    item(
        CO,
        "Can kids complain about abuse in Tajikistan and Turkmenistan? Compare what the Committee asked for.",
        c(T, 33) + c(M, 15, 36),
        c(M, 14) + c(PO, 7) + c(PC, 6),
        ["complaint"],
        notes="TJK 33 (e); TKM 15 (independent mechanism to receive complaints), 36 (c); plan rows on complaints may",
    )
    item(
        CO,
        "Compare what the Committee told Tajikistan and Kazakhstan about making the protocol known to children and the public.",
        c(T, 15) + c(K, 8),
        c(T, 14) + c(K, 7, 27) + c(PO, 5),
        ["parents and children", "school curricula"],
        notes="TJK 15 (public, parents, children, officials); KAZ 8 (campaigns, training, school curricula)",
    )
    item(
        CO,
        "Did Kazakhstan and Tajikistan have national anti-trafficking action plans, and for which years?",
        c(K, 4) + c(T, 5) + c(S, 34),
        c(S, 14, 33) + c(K, 14, 27),
        ["29 February 2004", "2016-2018", "2018–2021"],
        notes="KAZ 4 (a) plan of 2004 and 2006-2008; TJK 5 plan 2016-2018; SR 34 plan 2018-2021 and a new one from 2022 "
        "(14: draft 2022-2024)",
    )
    item(
        CO,
        "Which other concluding observations should be read together with the sale-of-children ones for Tajikistan, Kazakhstan and Turkmenistan?",
        c(T, 3) + c(K, 3) + c(M, 3),
        [],
        ["CRC/C/TJK/CO/3-5", "CRC/C/15/Add.213", "CRC/C/TKM/CO/2–4"],
        notes="para. 3 of each set of observations",
    )
    item(
        CO,
        "Which of the three reviews - Tajikistan, Kazakhstan, Turkmenistan - is the oldest and which the most recent?",
        c(T, 1) + c(K, 1) + c(M, 1),
        [],
        ["11 January 2006", "14 January 2015", "14 September 2017"],
        notes="para. 1 of each: KAZ 2006, TKM 2015, TJK 2017",
    )
    item(
        CO,
        "Who were Tajikistan, Kazakhstan and Turkmenistan each told to send the Committee's recommendations to?",
        c(T, 36) + c(K, 30) + c(M, 45),
        c(PC, 35),
        ["national parliament", "provincial authorities", "Constitutional Court"],
        notes="TJK 36 (parliament, districts); KAZ 30 (ministries, Parliament, provinces); TKM 45 (President, ... Constitutional Court)",
    )
    item(
        CO,
        "How are foreign victims treated in Kazakhstan, Turkmenistan and Tajikistan - can they stay, get help, get compensation?",
        c(K, 22) + c(M, 40) + c(S, 70),
        c(K, 25) + c(M, 24) + c(T, 25) + c(S, 9, 88),
        ["temporary residence permission", "not nationals or residents", "administratively deport"],
        notes="KAZ 22 (g); TKM 40 (b); SR 70 on Tajikistan's rules for foreign and stateless victims",
    )
    item(
        CO,
        "Compare shelter for victims in Kazakhstan, Turkmenistan and Tajikistan.",
        c(K, 22) + c(M, 40) + c(S, 65),
        c(S, 87, 21),
        ["Access to shelter", "only one shelter"],
        notes="KAZ 22 (g); TKM 40 (a); Tajikistan only in the SR report (65, 87 (d)); the TJK observations are silent",
    )
    item(
        CO,
        "What do the documents say about children with HIV in Kazakhstan compared with Tajikistan?",
        c(K, 9, 10) + c(PC, 10, 24),
        c(PC, 25) + c(S, 66),
        ["HIV/AIDS"],
        notes="KAZ 9-10 (stigmatization of child victims with HIV); CRC plan 10 (monitor children living with HIV), "
        "24 (allowances to 18); Turkmenistan documents silent",
    )
    item(
        CO,
        "Has Turkmenistan joined the statelessness conventions, and is Tajikistan planning to?",
        c(M, 4) + c(PC, 29),
        c(S, 50, 88),
        ["Reduction of Statelessness", "stateless persons"],
        notes="TKM 4 (c) 1954 and 1961 conventions; CRC plan 29 activity 2 explores accession; SR 50, 88 (c) on statelessness",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And does it work like that in practice?",
        c(S, 61),
        c(S, 62, 63, 60),
        ["In practice, victims are required to cooperate"],
        h(
            "What did the Special Rapporteur say about the national referral mechanism in Tajikistan?",
            '"A national referral mechanism was established in 2016 by Governmental Act No. 327." Under it, '
            f'"assistance to victims is not conditional on their cooperation with law enforcement bodies" ({SR}, para. 60).',
        ),
        notes="61: in practice victims must cooperate to receive assistance; 62 same for legal aid",
    )
    item(
        F,
        "Is the Tajik plan doing anything like that for children in Tajikistan?",
        c(PC, 6) + c(PO, 7),
        c(T, 33) + c(PC, 16),
        [
            "handle complaints submitted by children",
            "registering complaints and requests from children",
        ],
        h(
            "What did the committee say about children's complaints in Turkmenistan?",
            'It is concerned "at the absence of an independent national institution for the promotion and monitoring of '
            "the implementation of the Optional Protocol, with a mandate to receive and investigate complaints by "
            f'children" ({TKM}, para. 14).',
        ),
        notes="CRC plan 6 (Ombudsman handles children's complaints), OPSC plan 7 (electronic complaint tools)",
    )
    item(
        F,
        "What did the Special Rapporteur recommend for those children?",
        c(S, 88),
        c(S, 25, 24),
        ["child-friendly spaces"],
        h(
            "What does Tajikistan's plan say about children of asylum seekers?",
            'Row 29 foresees "Analysis of the situation of children of asylum seekers and refugees to education, health '
            f'and social services and take specific measures to their access to all social services" ({NPA} (CRC), row 29).',
        ),
        notes="SR 88 (refugees and asylum seekers), especially (c) birth registration, (g) child-friendly spaces",
    )
    item(
        F,
        "What did she recommend for the consular staff?",
        c(S, 87),
        c(S, 39),
        ["consular officials"],
        h(
            "What did the Special Rapporteur say about consular help for Tajik migrant women in the Gulf?",
            "She is concerned about the limited consular assistance and protection, "
            f'"in particular for migrant women workers in the Gulf region" ({SR}, para. 68).',
        ),
        notes="87 (b): strengthen training for Tajik consular officials abroad",
    )
    item(
        F,
        "Has anyone checked what is best for them?",
        c(S, 72),
        c(S, 87, 85),
        ["best interests determination has not been undertaken"],
        h(
            "What happened to the Tajik children brought back from Iraq?",
            'The Special Rapporteur "welcomes the repatriation of 84 children from Iraq in 2019. The children are '
            f'currently under the care of the State, and the majority remain in child protection institutions." ({SR}, para. 71)',
        ),
        notes="72: no best interests determination; 87 (f) recommends one",
    )
    item(
        F,
        "Does it also train the police?",
        c(S, 78),
        c(S, 46),
        ["coordinates training and professional development for the police"],
        h(
            "What is the Centre on Trafficking in Persons in Tajikistan?",
            'The Special Rapporteur "commends the establishment of a specialized Centre on Trafficking in Persons within '
            f'the Ministry of the Interior, in 2017" ({SR}, para. 77).',
        ),
        notes="78: the Centre coordinates training and professional development for the police",
    )
    item(
        F,
        "What did the Committee encourage them to do next?",
        c(K, 28),
        c(K, 27),
        ["liaise with NGOs"],
        h(
            "What did the Committee say about awareness campaigns in Kazakhstan?",
            'It "welcomes the awareness-raising campaigns that have been conducted for the public", but "is concerned '
            f'that targeted preventive measures remain outstanding" ({KAZ}, para. 27).',
        ),
        notes="KAZ 28: targeted prevention, liaise with NGOs, research on commercial sexual exploitation",
    )
    item(
        F,
        "Did she recommend ratifying the second one?",
        c(S, 85),
        c(S, 17),
        ["Ratify and implement the Convention on the Rights of Persons with Disabilities"],
        h(
            "Which conventions has Tajikistan still not ratified, according to the Special Rapporteur?",
            'Tajikistan "has not yet ratified the ILO Domestic Workers Convention, 2011 (No. 189), or the Convention on '
            f'the Rights of Persons with Disabilities" ({SR}, para. 29).',
        ),
        notes="85 (d); no recommendation to ratify ILO No. 189",
    )
    item(
        F,
        "Which recommendation of the Committee is that row answering, and what did it say?",
        c(T, 13),
        c(T, 12),
        ["better coordination"],
        h(
            "What does Tajikistan's plan say about coordination for the Optional Protocol on the sale of children?",
            'Row 4 is "Improving the coordination mechanisms of government bodies (recommendations 13)", with the '
            f'activity "Improve the mechanism of coordination among government entities" ({NPA} (OPSC), row 4).',
        ),
        notes="TJK 13 is the recommendation the plan row names",
    )
    item(
        F,
        "Did people cheated by those agencies get compensated?",
        c(S, 74),
        c(S, 90, 73),
        ["recovery of unpaid wages only"],
        h(
            "What does the Special Rapporteur say about recruitment agencies in Tajikistan?",
            'She "acknowledges the measures taken to regulate recruitment agencies through the licensing process", but '
            f'"serious concerns remain as to the effectiveness of such prevention measures to date" ({SR}, para. 38).',
        ),
        notes="74: limited compensation in recruitment agency cases, limited to unpaid wages; impunity of some agencies",
    )
    item(
        F,
        "Did the Committee raise the same law with Turkmenistan?",
        c(M, 22),
        c(M, 23),
        ["Law on Public Associations"],
        h(
            "What did the Special Rapporteur say about the NGO law in Tajikistan?",
            '"the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, may undermine the '
            f'ability of non-governmental organizations ... to carry out their work effectively" ({SR}, para. 75).',
        ),
        notes="TKM 22: proposals to review Turkmenistan's Law on Public Associations, restrictions on CSOs",
    )
    item(
        F,
        "And the OPSC part of the plan?",
        c(PO, 1),
        c(PC, 5) + c(T, 7),
        ["inter-sectoral working group"],
        h(
            "What does the OPAC part of Tajikistan's plan say about data?",
            f'Row 4, "Improving the mechanism for collecting data about children", plans "Improvement of statistics on this area" ({NPA} (OPAC), row 4).',
        ),
        notes="OPSC plan row 1 (data, rec. 7)",
    )
    item(
        F,
        "Why - what was the problem with prosecutions there?",
        c(M, 28),
        c(M, 29),
        ["lack of information regarding the number of cases duly investigated"],
        h(
            "What did the Committee recommend about prosecutors in Turkmenistan?",
            'It recommends that the State party "Issue clear instructions to all prosecutors to actively prosecute cases '
            f'involving offences under the Optional Protocol" ({TKM}, para. 36 (b)).',
        ),
        notes="TKM 28: few registered offences, no information on investigations, prosecutions, sentences",
    )
    item(
        F,
        "Is that in the Tajik plan?",
        c(PO, 7, 10),
        c(T, 33, 25),
        ["recommendations 19, 33"],
        h(
            "Can child victims of prostitution be prosecuted in Tajikistan?",
            f'The Committee is concerned that "Child victims of prostitution may be arrested and prosecuted under the Criminal Code" ({TJK}, para. 32 (d)).',
        ),
        notes="OPSC plan row 7 is the row for rec. 33 (prevention, training, complaints) and has no activity on "
        "non-prosecution; row 10 answers rec. 25, which asks to avoid the criminalization of children",
    )
    item(
        F,
        "What did she recommend about that?",
        c(S, 86),
        c(S, 89),
        ["women police officers are trained and available"],
        h(
            "What did the Special Rapporteur say about women in Tajikistan's police?",
            'She notes that gender inequality remains pervasive, "with limited participation of women in law enforcement '
            f'bodies, the judiciary and the diplomatic service" ({SR}, para. 12).',
        ),
        notes="86 (c): women police officers trained and available for interviews",
    )
    item(
        F,
        "Are survivors involved in it?",
        c(S, 47),
        c(S, 46),
        ["limited engagement with victims/survivors"],
        h(
            "What did the Special Rapporteur say about the police training on trafficking in Tajikistan?",
            '"Training on combating trafficking in persons is incorporated into routine training for the police service. '
            f'However, the duration of such training is short" ({SR}, para. 46).',
        ),
        notes="47: limited engagement with victims/survivors in training programmes",
    )
    item(
        F,
        "Is that in the action plan?",
        c(PO, 3),
        c(T, 11),
        ["single document"],
        h(
            "Does Tajikistan have a comprehensive policy under the Optional Protocol on the sale of children?",
            f'The Committee is concerned that it "has not developed a comprehensive policy and strategy" ({TJK}, para. 10).',
            "What did it recommend?",
            'That the State party "develop a comprehensive policy and strategy on the rights of the child, encompassing '
            f'all children and all issues covered under the Optional Protocol" ({TJK}, para. 11).',
        ),
        notes="OPSC plan row 3 (rec. 11): consultations and a single document, 2019-2020",
    )
    item(
        F,
        "Did the Committee ask Turkmenistan for a fund like that?",
        c(M, 40),
        [],
        ["victims’ compensation fund"],
        h(
            "What did the Special Rapporteur say about a State compensation fund in Tajikistan?",
            'She "is concerned about the failure to establish a State fund for compensation, despite repeated '
            f'recommendations highlighting the importance of such a fund" ({SR}, para. 73).',
        ),
        notes="TKM 40 (b)",
    )
    item(
        F,
        "Has Tajikistan got anything like that?",
        c(T, 5) + c(PC, 6),
        c(S, 2),
        ["Commissioner for Children’s Rights", "Department of State Protection of Child Rights"],
        h(
            "Does Turkmenistan have a national human rights institution for children?",
            'The Committee is concerned "at the absence of an independent national institution for the promotion and '
            f'monitoring of the implementation of the Optional Protocol" ({TKM}, para. 14).',
            "Did it recommend anything?",
            'It urges the State party "to establish expeditiously an independent mechanism for monitoring the '
            f'implementation of the Optional Protocol" ({TKM}, para. 15).',
        ),
        notes="TJK 5: Commissioner for Children's Rights (2016); CRC plan 6: Ombudsman's child rights department",
    )
    item(
        F,
        "What did she recommend?",
        c(S, 86, 87, 92),
        c(S, 81),
        ["lesbian, gay, bisexual and trans"],
        h(
            "What did the Special Rapporteur say about LGBT people in Tajikistan?",
            'She highlights "the systemic discrimination and violence perpetrated against lesbian, gay, bisexual, trans '
            f'and gender-diverse persons in Tajikistan" ({SR}, para. 16).',
        ),
        notes="86 (a) identification, 87 (a) non-discriminatory assistance, 92 (b) international programmes",
    )
