"""Round-9 gold items (ids rd001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of one line of a must-cite unit
(checked with a stdlib script that splits the five files into their numbered paragraphs and plan rows),
every quotation in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no
answer of the assistant and no eval report was seen. The questions avoid the paragraphs, themes and
wordings of the round-2 to round-8 tables and of the q items where they can: the paraphrases, follow-ups
and lookups go mostly to units those tables cited least or never asked about in plain words (double
criminality for Kazakhstan, the truck-stop children of CRC plan row 32, the consulate in Novosibirsk,
the buffer zone on the Afghan border, the ILO Domestic Workers Convention, children's own access to the
Ombudsman, reintegration of children back from armed conflict, Turkmenistan's missing case-tracking
system, budget lines, the gender expert council for draft laws, the OPSC plan's coordination row, the
Commission's membership after the meetings the Rapporteur was refused, unions' independence, the
Forced Labour Protocol that the plan prepares to ratify while the Rapporteur lists it as binding, the
Law on Public Associations in both countries), and the themes (the plan activities running the full
2018-2022, the plan cells left blank, the activities of the Committee on TV and Radio and of the
Ministry of Foreign Affairs, where the Committee 'urges', deportation and non-refoulement, consent,
female-headed and left-behind households, wages and remittances, Tajikistan's anti-trafficking action
plans) were not asked before. Comparisons pair countries on points no earlier comparison made its
subject (Internet providers, 'not exclusively' online dissemination, free legal aid and free hotlines,
the justice guidelines each review invokes, the one-sided focus of each State's response, Kazakhstan's
and Turkmenistan's inter-agency commissions, budget reporting, summary records, compensation funds,
company and recruitment-agency liability). Two lookups name a paragraph or plan row that does not
exist, and eight questions are near misses the corpus cannot answer, each checked with grep over
data/corpus: a covered country on a topic no document treats, a treaty or mandate the corpus does not
hold, a covered body or mandate on another country. The users appear in no earlier table: a long-haul
lorry driver on the Dushanbe-Almaty-Novosibirsk run (blunt and clipped, writes from the cab or the
border queue, 'straight answer'), a grandmother raising her grandchildren while their parents work in
Russia (warm and wordy, apologises for asking, talks of her grandson and granddaughter) and a doctoral
candidate coding treaty-body recommendations for a dissertation (academic: 'operationalise', 'strictly
speaking', 'i.e.', names symbols and asks for exhaustive lists).
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
    """Add the round-9 items through make_gold's q(), with ids rd001, rd002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Question from the cab. A bloke from Kazakhstan crosses over, does something to a kid in a country where "
        "that isn't even illegal. Back home, can they put him on trial for it, or does their law block it?",
        c(K, 17),
        c(K, 18) + c(M, 32),
        ["requirement of double criminality, either for extradition or domestic prosecution"],
        notes="KAZ 17: double criminality, for extradition or for domestic prosecution of crimes committed abroad, "
        "hampers prosecution; KAZ 18 (abolish it) may",
    )
    item(
        P,
        "Every night at the truck stop there are boys sleeping under the trailers, nobody looking after them. Is "
        "the government going to find out how many kids live like that and get them back to their families?",
        c(PC, 32),
        c(T, 19) + c(S, 52, 91),
        ["children living and/ or working in the street", "take measures to return them"],
        notes="CRC plan row 32 (recommendation 44): assessment of children living or working in the street; social "
        "assistance for children without supervision and measures to return them to families, regularly",
    )
    item(
        P,
        "My run ends in Novosibirsk. If one of our lads gets in trouble out there, is there a Tajik consulate in "
        "that city now, or only in Moscow? Straight answer.",
        c(S, 68),
        c(S, 36, 39, 87),
        ["two additional consulates general have been established, in Saint Petersburg and Novosibirsk"],
        notes="SR 68: consular assistance; two additional consulates general in Saint Petersburg and Novosibirsk; "
        "limited consular help outside the main Russian cities and in the Gulf",
    )
    item(
        P,
        "The girls who work the roadside cafes at night. When the police pick them up, does anyone check whether "
        "they were trafficked, or do they just get charged?",
        c(S, 59),
        c(S, 14, 56, 66) + c(T, 32),
        ["prosecuted for offences linked to involvement in prostitution (article 238 of Criminal Code)"],
        notes="SR 59: low identification of victims of sexual exploitation; reports that they are prosecuted under "
        "articles 238 and 239 of the Criminal Code instead",
    )
    item(
        P,
        "Drove along the Afghan border in the autumn. People said a group was stuck for weeks between the two "
        "posts and then pushed back over. Did the UN write that up?",
        c(S, 27),
        c(S, 22, 26, 88),
        ["stranded for two months between Tajikistan and Afghanistan in a buffer zone"],
        notes="SR 27: in August 2021, 80 asylum seekers denied access, stranded two months in a buffer zone and "
        "forcibly returned without assessment of their claims; UNHCR non-return advisory",
    )
    item(
        P,
        "Forgive an old woman's question. My daughter minds other people's children and cleans their flat in "
        "Moscow. Is there a world agreement that protects women in that kind of work, and has our country signed it?",
        c(S, 29),
        c(S, 8, 19, 28, 37),
        ["ILO Domestic Workers Convention, 2011 (No. 189)"],
        notes="SR 29: Tajikistan has not yet ratified ILO Convention No. 189 (or the CRPD, for which a road map "
        "exists); migrant domestic workers at risk (SR 8, 19, 37) may",
    )
    item(
        P,
        "My grandson is twelve. If grown-ups treat him badly, can he go to the state's human-rights office on his "
        "own, and will anybody tell children that they are allowed to?",
        c(PC, 6),
        c(T, 5, 33),
        [
            "possibility for children to request assistance from this organization",
            "handle complaints submitted by children",
        ],
        notes="CRC plan row 6 (recommendation 10): resources for the Ombudsman's child-rights department, staff "
        "trained to handle children's complaints, awareness among children that they may ask the Ombudsman for help",
    )
    item(
        P,
        "My granddaughter is on her telephone half the night. Is anyone warning children that strangers use these "
        "gadgets to draw them into selling themselves?",
        c(PO, 9),
        c(T, 22, 23) + c(S, 49),
        ["prevention of misuse of information and communication technologies"],
        notes="OPSC plan row 9 (recommendation 23): awareness raising against misuse of ICT to involve children in "
        "prostitution, regularly, GPO, SOC, MOC, CTVR, SCNS, OO",
    )
    item(
        P,
        "The grandchildren of our neighbour came home from those camps in Syria, God knows what they saw. What is "
        "our government planning so that children like them can settle back into an ordinary life, and by when?",
        c(PA, 7),
        c(S, 71, 72, 87),
        ["Improve mechanisms of reintegration of child victims from the armed conflicts"],
        notes="OPAC plan row 7 (recommendations 25 and 29): reintegration of child victims of armed conflicts, "
        "2019-2021, MOHSPP, MOES, MLMEP, CWFA, MOIA, GPO, MOF; the repatriated children (SR 71, 72, 87 (f)) may",
    )
    item(
        P,
        "If my grandson's rights are trampled here and nobody listens, can a child write to that children's "
        "committee at the UN himself? Did they say anything about that for Tajikistan?",
        c(T, 35),
        c(M, 44),
        ["ratify the Optional Protocol on a communications procedure"],
        notes="TJK 35: ratify the Optional Protocol on a communications procedure",
    )
    item(
        P,
        "For a coding exercise on case management: did the Committee find that Turkmenistan had no system to log "
        "each case, pass it on to services and track what happened next?",
        c(M, 6),
        c(M, 7),
        ["recording, referral and follow-up of all cases"],
        notes="TKM 6: no disaggregated data and no comprehensive data collection system for recording, referral and "
        "follow-up of cases",
    )
    item(
        P,
        "I am operationalising 'fiscal commitment'. Did the Committee ask Dushanbe to earmark identifiable items "
        "in the State budget for the sale-of-children protocol, and to show them in its next report?",
        c(T, 17),
        c(T, 16),
        ["identify budget lines for the implementation of the Optional Protocol"],
        notes="TJK 17: budget lines, adequate resources, information in the next periodic report",
    )
    item(
        P,
        "Strictly speaking, did the Committee want Turkmen NGOs to be more than service providers - i.e. to shape, "
        "monitor and evaluate child-rights law and policy?",
        c(M, 23),
        c(M, 22),
        ["increasing their role"],
        notes="TKM 23: remove restrictions; involve civil society not only in services to child victims but in the "
        "elaboration, implementation, monitoring and evaluation of laws, policies and programmes",
    )
    item(
        P,
        "Is there any body in Tajikistan that screens bills for their impact on women before they become law? The "
        "trafficking Rapporteur may mention one.",
        c(S, 13),
        c(S, 12),
        ["expert council under the Committee for the gender analysis of draft laws"],
        notes="SR 13: Committee for Women and the Family, action plan 2015-2020, expert council for gender analysis "
        "of draft laws; women's participation in the Majlisi Oli low",
    )
    item(
        P,
        "In the sale-of-children table of the 2018 plan, how does the government answer the call for its ministries "
        "to pull together - what exactly is promised, by which bodies and by when?",
        c(PO, 4),
        c(T, 12, 13),
        ["Improve the mechanism of coordination among government entities", "MOIA, GPO, SCT, SCNS, NCL"],
        notes="OPSC plan row 4 (recommendation 13): improve coordination among government entities, 2018-2020, MOIA, "
        "GPO, SCT, SCNS, NCL",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "I am seventy-one and would like to know what will still be going on when my grandchildren finish school. "
        "In Tajikistan's action plan for children, which activities are set to run the whole way from 2018 to "
        "2022? All of them, please, in every table.",
        c(PC, 13, 14, 18, 20, 26, 27, 33),
        c(PC, 17, 34, 2),
        [
            "Conclude of inter-government agreements on the protection of migrants' and their families' rights",
            "Adopt by-laws to the Law of the Republic of Tajikistan",
        ],
        notes="period 2018-2022 only in the CRC table: rows 13 (2) (birth-registry outreach, home deliveries), 14 (3) "
        "(youth policy events), 18 (2) (inter-government agreements on migrants), 20 (7) (disability in social "
        "services), 26 (1) (living standards, water) and (2) (vocational schools), 27 (1) (quality of education), 33 "
        "(2) (by-laws to the trafficking law); no OPSC or OPAC activity runs to 2022; 'until the issue addressed' "
        "(CRC 17), 'as per set procedure' (CRC 34) and the programme up to 2030 (CRC 2) may",
    )
    item(
        TH,
        "Data-quality note for my coding of the 2018-2022 plan: which activities leave the implementation period "
        "blank, and which leave the expected-results column empty? Please cover all three tables.",
        c(PC, 6, 33) + c(PO, 7) + c(PA, 3, 9, 10),
        c(PC, 34, 15, 17, 32),
        [
            "Ensuring the use of modern electronic technologies",
            "Conduct informational and advocacy events among population and military staff",
        ],
        notes="no period: OPSC 7 (3) (electronic technologies for children's complaints), OPAC 3 (outreach among "
        "population and military staff); no expected result: CRC 6 (2)-(3) (Ombudsman staff, awareness), CRC 33 (1) "
        "(trafficking legislation), OPAC 9 (both versions of the developed-countries activity), OPAC 10 (Firearms "
        "Protocol); vague period or agency (CRC 34, 15, 17) may; CRC 32 (2) only wraps onto a second line",
    )
    item(
        TH,
        "Got the radio on all day in the cab. In the government's plan for kids, which jobs is the TV and radio "
        "committee down for? Every one, all three tables.",
        c(PC, 7, 12, 18, 22, 28, 35) + c(PO, 9, 10) + c(PA, 3),
        c(S, 77) + c(K, 27),
        ["MOES, MOHSPP, CTVR, CWFA, COYS, OO, GPO, SCT, LA", "GPO, SOC, MOC, CTVR, SCNS, OO"],
        notes="CTVR (Committee on TV and Radio) among the agencies: CRC 7 (1) (long-term dissemination programmes), 12 "
        "(2) (campaigns on the child's opinion), 18 (1) (parents and family care), 22 (1)-(2) (nutrition leaflets, "
        "educating parents), 28 (cultural and recreative events), 35 (dissemination through mass media); OPSC 9 (ICT "
        "misuse), 10 (protection of vulnerable children); OPAC 3 (outreach among population and military staff); the "
        "hotline advertised on radio and television (SR 77) and Kazakhstan's radio campaigns (KAZ 27) may",
    )
    item(
        TH,
        "For a chapter on foreign-policy actors in domestic child-rights implementation: list every activity of "
        "Tajikistan's 2018-2022 plan that names the Ministry of Foreign Affairs (MOFA, or MFA) as an implementing "
        "agency, across the three tables.",
        c(PC, 18, 19, 29, 35) + c(PO, 2, 6, 8) + c(PA, 9, 10),
        [],
        ["MLMEP, MOFA", "PEO, MOFA, MOF, MOJ, MOIA, MEDT, GPO, SCT, SCNS"],
        notes="MOFA/MFA: CRC 18 (2) (agreements on migrants' rights), 19 (1)-(2) (adoption by relatives of foreign "
        "nationals, Hague Convention), 29 (2) (statelessness conventions), 35 (dissemination); OPSC 2 (4) "
        "(international cooperation), 6 (2) (alternative funding), 8 (2) (2014 Forced Labour Protocol); OPAC 9 (MFA "
        "and MOFA, developed countries' experience), 10 (Firearms Protocol)",
    )
    item(
        TH,
        "Coding the force of the language: in the three sets of concluding observations, where does the Committee "
        "'urge' the State party rather than merely recommend or encourage? Every such paragraph, please.",
        c(T, 19) + c(K, 22, 24) + c(M, 7, 13, 15, 21, 23),
        [],
        [
            "The Committee urges the State party to adopt a consistent human rights-based approach",
            "Committee urges the State party to establish expeditiously an independent mechanism",
        ],
        notes="'urges': TJK 19 (human rights-based approach to prevention); KAZ 22 (measures for victims), 24 "
        "(complicity of State officials investigated); TKM 7 (data collection), 13 (high-level coordinating body), 15 "
        "(independent monitoring mechanism), 21 (resources), 23 (restrictions on civil society)",
    )
    item(
        TH,
        "Plenty of drivers know men who got sent away. What does the UN report say about Tajikistan deporting people "
        "or sending them back to danger - migrant workers, foreign victims, Afghans at the border? Every bit of it.",
        c(S, 9, 26, 27, 57, 70, 88),
        c(S, 23, 25, 72, 22),
        [
            "forced returns of migrant workers in irregular situations",
            "Ensure respect for the principle of non-refoulement",
        ],
        notes="SR 9 (forced returns of migrant workers, non-refoulement, risk assessments before deportation), 26 "
        "(Afghans missing the asylum deadline risk fines and deportation), 27 (deportations and forced removal of "
        "Afghan asylum seekers, buffer zone), 57 (identification and protection against refoulement of foreign "
        "victims), 70 (administrative deportation of unidentified foreign victims, pre-removal risk assessments), 88 "
        "(b) (non-refoulement, UNHCR non-return advisory)",
    )
    item(
        TH,
        "Doctrinal question for my chapter: every passage in the corpus that turns on consent - the victim's consent "
        "to exploitation, consent to receiving help, consent obtained improperly. Please be exhaustive.",
        c(S, 31, 60, 87) + c(M, 26),
        c(S, 61),
        ["consent is irrelevant", "Improperly inducing consent, as an intermediary"],
        notes="SR 31 (Anti-Trafficking Law article 20: consent irrelevant), 60 (assistance with the consent of "
        "victims), 87 (c) (legal aid regardless of whether a victim consents to cooperate); TKM 26 (c) (improperly "
        "inducing consent for adoption); SR 61 (assistance by 'agreement (or lack thereof) to cooperate') may",
    )
    item(
        TH,
        "My son and his wife both work in Russia, and I keep the house and the little ones. Where do the papers talk "
        "about homes like mine - families left behind by migrants, households run by women, widows? I would be "
        "grateful for every passage.",
        c(S, 15, 19, 24, 41, 88, 91, 92) + c(PC, 18),
        c(S, 18, 8),
        [
            "female-headed households of families of male migrant workers",
            "For migrant workers' family members whom they have left behind",
        ],
        notes="SR 15 (female-headed households of migrants' families, widows, divorced women), 19 (lost household "
        "income of families left behind), 24 (female-headed refugee households), 41 (Start-Up Fund programmes for "
        "female-headed households remaining in Tajikistan), 88 (d) (widows and female-headed refugee households), 91 "
        "(b) (employment for women heads of household of migrants' families), 92 (b) (members of female-headed "
        "households); CRC plan 18 (2) (migrants' families' rights), (5) (education for migrants' children left "
        "without parental care)",
    )
    item(
        TH,
        "Money question. What do the documents say about the money migrants send home, and about workers who never "
        "got paid - can they get their wages back? All of it.",
        c(S, 7, 18, 74, 90),
        c(S, 19, 38),
        [
            "limited to the recovery of unpaid wages only",
            "equal to 30 per cent of the gross domestic product of Tajikistan",
        ],
        notes="SR 7 (remittances equal to 30 per cent of GDP), 18 (COVID-19 impact on remittances), 74 (compensation "
        "in practice limited to unpaid wages), 90 (compensation including for wage theft); lost household income (SR "
        "19) may",
    )
    item(
        TH,
        "For a policy-cycle chapter: every reference to Tajikistan's national action plans against trafficking in "
        "persons - their periods, drafts, monitoring and evaluation. Not the 2018 child-rights plan, and leave "
        "Kazakhstan's plans aside.",
        c(T, 5) + c(S, 14, 33, 34, 44, 46, 84, 85),
        c(K, 4, 14),
        [
            "national plan to combat trafficking in persons in Tajikistan 2016-2018",
            "current draft of the national action plan covering the period 2022",
        ],
        notes="TJK 5 (plan 2016-2018); SR 14 (former plan and draft 2022-2024 neglect gender), 33 (Commission reviews "
        "the plan twice a year), 34 (plan 2018-2021, new plan from 2022), 44 (new draft plan: prevention, gender), 46 "
        "(border-guard training as set out in the plan), 84 (adoption of national action plans), 85 (b) (independent "
        "evaluation of measures under the plan)",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Platform obligations, comparatively: were Kazakhstan and Turkmenistan each told to make Internet service "
        "providers cooperate against online child pornography, and in what terms?",
        c(K, 16) + c(M, 27),
        c(M, 26) + c(T, 23),
        ["full mandatory cooperation of Internet providers"],
        notes="KAZ 16 (b) and TKM 27 (b): thorough study of the use of the Internet and specific legal provisions, "
        "including the full mandatory cooperation of Internet providers (same wording)",
    )
    item(
        CO,
        "On dissemination: for Tajikistan, Kazakhstan and Turkmenistan, did the Committee ask that the report and "
        "its observations be put online, and did it add that the Internet alone would not suffice?",
        c(T, 37) + c(K, 31) + c(M, 46),
        c(T, 36) + c(K, 30) + c(M, 45),
        ["including through the Internet (but not", "including, but not exclusively, through the"],
        notes="TJK 37 (including through the Internet, no qualifier); KAZ 31 and TKM 46 ('but not exclusively')",
    )
    item(
        CO,
        "My niece lives in Kazakhstan and I live in Tajikistan. If a child or a young woman is trafficked, can she "
        "get a lawyer without paying and a telephone line to call, in each of the two countries?",
        c(K, 22) + c(S, 62, 77),
        c(S, 87, 63) + c(M, 40, 42),
        [
            "Free telephone hotlines",
            "provided only on the condition that victims cooperate with law enforcement bodies",
        ],
        notes="KAZ 22 (b) free legal aid, (d) free telephone hotlines; SR 62 (free legal aid in practice only if "
        "victims cooperate), 77 (hotline of the Centre on Trafficking in Persons)",
    )
    item(
        CO,
        "Normative sources: which instrument on justice for child victims and witnesses did the Committee point "
        "Kazakhstan and Turkmenistan to, and against which text does the Rapporteur measure Tajikistan's "
        "child-friendly justice?",
        c(K, 20) + c(M, 38) + c(S, 83),
        c(K, 19) + c(M, 37),
        ["Economic and Social Council resolution No. 2005/20", "general comment No. 24 (2019)"],
        notes="KAZ 20 and TKM 38: UN Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime "
        "(ECOSOC resolution 2005/20); SR 83: general comment No. 24 (2019) on children's rights in the child justice "
        "system",
    )
    item(
        CO,
        "Comparative diagnosis: in Tajikistan and Turkmenistan, what did the UN reviewers find the State's response "
        "too narrowly focused on - in the law, in government efforts, in anti-trafficking work?",
        c(T, 26) + c(M, 8) + c(S, 9),
        c(T, 8) + c(M, 9),
        [
            "focuses overwhelmingly on the trafficking of persons",
            "focused almost exclusively on trafficking and not on the crimes of sale of children",
        ],
        notes="TJK 26 (legislation focuses overwhelmingly on trafficking for sexual purposes); TKM 8 (efforts focused "
        "almost exclusively on trafficking, not on sale of children); SR 9 (dominant focus on labour exploitation of "
        "Tajiks abroad, internal trafficking neglected)",
    )
    item(
        CO,
        "Kazakhstan and Turkmenistan, both on my route. Did each have a government commission of several ministries, "
        "and was it actually about trafficking and selling kids?",
        c(K, 4) + c(M, 12),
        c(M, 13) + c(K, 5) + c(S, 33),
        ["establishment of an inter-agency commission to combat trafficking", "Interagency Commission on Enforcing"],
        notes="KAZ 4 (b) (inter-agency commission to combat trafficking, welcomed); TKM 12 (Interagency Commission on "
        "international human rights and humanitarian law obligations, but no specific body for the Protocol)",
    )
    item(
        CO,
        "On fiscal transparency: what did the Committee ask Kazakhstan to report about budgets, and what does "
        "Tajikistan's 2018 plan commit to by way of information on financing the protocol?",
        c(K, 14) + c(PO, 6),
        c(K, 13) + c(T, 16, 17),
        [
            "implementation of the Optional Protocol and National Action Plan on Trafficking",
            "Preparation and provision of information on the financing of the Optional Protocol",
        ],
        notes="KAZ 14 (more complete budget information on the Protocol and the National Action Plan on Trafficking); "
        "OPSC plan row 6 (1) (information on financing, 2018-2020), (2) (alternative sources of funding)",
    )
    item(
        CO,
        "For my source list: at which meetings were the initial OPSC reports of Tajikistan, Kazakhstan and "
        "Turkmenistan considered, and under which summary-record symbols?",
        c(T, 1) + c(K, 1) + c(M, 1),
        [],
        ["CRC/C/SR.2228", "CRC/C/SR.1939"],
        notes="TJK 1 (2228th meeting, CRC/C/SR.2228, 14 September 2017); KAZ 1 (1084th meeting, CRC/C/SR.1084, 11 "
        "January 2006); TKM 1 (1939th meeting, CRC/C/SR.1939, 14 January 2015; adopted at the 1983rd, CRC/C/SR.1983)",
    )
    item(
        CO,
        "If a child is harmed by these traffickers and the criminal has nothing to pay with, is there a state fund "
        "for the family? What was said for Turkmenistan, and for us in Tajikistan?",
        c(M, 40) + c(S, 73),
        c(S, 90, 87) + c(T, 32),
        [
            "fund for those cases where victims cannot obtain compensation from the perpetrator",
            "failure to establish a State fund for compensation",
        ],
        notes="TKM 40 (b) (establish a victims' compensation fund); SR 73 (no State compensation fund despite repeated "
        "recommendations); SR 90 (State compensation fund recommended) may",
    )
    item(
        CO,
        "The outfits that hire people and send them abroad, and companies in general - can they be held to account? "
        "What's said for Turkmenistan and for Tajikistan?",
        c(M, 30) + c(S, 38),
        c(M, 31) + c(S, 74, 91) + c(K, 15),
        [
            "individuals and legal entities, including corporations, may not be criminally liable",
            "more than 15 recruitment agencies operate within the State",
        ],
        notes="TKM 30 (legal entities liable under the trafficking law, not for all Protocol offences), 31; SR 38 "
        "(licensing of recruitment agencies, prosecutions, charges and sentences unknown), 74 (impunity of some "
        "agencies), 91 (c) (licensing and monitoring) may",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And on surrendering suspects to other States - what did it suggest there?",
        c(M, 34),
        c(M, 33, 43),
        ["as extraditable offences in the national"],
        h(
            "Did the Committee comment on double criminality for Turkmenistan?",
            'It was concerned that "the requirement of double criminality for domestic prosecution of crimes allegedly '
            'committed abroad impedes the prosecution of offences outlined in articles 1 and 2 of the Optional '
            f'Protocol" ({TKM}, para. 32).',
            "What did it recommend on that?",
            'That the State party "remove the requirement of double criminality for the prosecution of offences '
            'committed abroad under the Optional Protocol when exercising its extraterritorial jurisdiction" '
            f"({TKM}, para. 33).",
        ),
        notes="TKM 34: include all offences as extraditable offences in law and treaties; the Protocol as a legal "
        "basis for extradition",
    )
    item(
        F,
        "Are those two bodies at least represented on the national anti-trafficking commission, and how often does "
        "it meet?",
        c(S, 33),
        c(S, 85),
        [
            "including the Committee on National Security and the Office of the General Prosecutor",
            "the Commission meets twice a year",
        ],
        h(
            "Which authorities did the trafficking Rapporteur fail to meet in Tajikistan?",
            'She "regrets that meetings did not take place with representatives of the Office of the General '
            "Prosecutor and the State Committee of National Security, despite the repeated requests for such "
            f'meetings" ({SR}, para. 4).',
        ),
        notes="SR 33: Interministerial Commission under the Office of the President; members include the Committee on "
        "National Security and the Office of the General Prosecutor; meets twice a year; lacks transparency",
    )
    item(
        F,
        "And what did those gentlemen in Geneva want the government to do about it, dear?",
        c(M, 29),
        c(M, 28),
        ["investigated effectively and that perpetrators are prosecuted and punished with"],
        h(
            "How many people were punished in Turkmenistan for selling children or for child pornography?",
            'The Committee "notes the registration of a small number of criminal offences perpetrated against minors '
            "in recent years, including the recruitment of minors for prostitution and the production and distribution "
            'of child pornographic items" but remained concerned "about the lack of information regarding the number '
            f'of cases duly investigated and of perpetrators prosecuted and sentenced" ({TKM}, para. 28).',
        ),
        notes="TKM 29: all cases investigated effectively, perpetrators prosecuted and punished with appropriate "
        "sanctions",
    )
    item(
        F,
        "ok. and are those unions actually independent or just for show? same question for the inspectors",
        c(S, 42),
        c(S, 11),
        ["independence of the labour inspectorate and trade unions"],
        h(
            "Can Tajik migrant workers join a trade union?",
            'The Special Rapporteur notes that "the right of migrant workers and members of their families to form '
            'associations and join trade unions is guaranteed under the Law on Trade Unions", but that "there is a '
            f'lack of information on how that right is protected in practice" ({SR}, para. 11).',
        ),
        notes="SR 42: labour inspectorate with very limited capacity and reach; concerns about the independence of the "
        "labour inspectorate and trade unions",
    )
    item(
        F,
        "What remedy did it prescribe, and what may serve as the legal basis where no extradition treaty exists?",
        c(T, 31),
        c(T, 34),
        ["consider the Optional Protocol as the basis for extradition in the absence of a treaty"],
        h(
            "What did the Committee find on extraterritorial jurisdiction in Tajikistan?",
            'It regretted "that national legislation on extraterritorial jurisdiction does not cover all the offences '
            "under the Optional Protocol and that extradition is subject to the principle of double criminality\" "
            f"({TJK}, para. 30).",
        ),
        notes="TJK 31: establish and exercise extraterritorial jurisdiction, offences in extradition treaties, no dual "
        "criminality requirement, the Protocol as basis for extradition",
    )
    item(
        F,
        "Turkmenistan's got a law with the same name, right? Did the UN have a go at them over it as well?",
        c(M, 22),
        c(M, 23),
        ["restrictions on the work of civil society organizations"],
        h(
            "Do NGOs that help trafficking victims in Tajikistan have trouble with the law?",
            'The Special Rapporteur notes that "the amendments to the Law on Public Associations, adopted in July 2015 '
            "and January 2019, may undermine the ability of non-governmental organizations, including specialized "
            "non-governmental organizations supporting victims of trafficking, to carry out their work effectively\" "
            f"({SR}, para. 75).",
        ),
        notes="TKM 22: proposals to review the Law on Public Associations; reports of restrictions on civil society "
        "organizations; not consulted on the report",
    )
    item(
        F,
        "Curiously, does the Rapporteur's list of treaties suggest Tajikistan was already bound by that protocol by "
        "the time of her visit?",
        c(S, 28),
        c(S, 29),
        ["ILO Forced Labour Convention, 1930 (No. 29) and the Protocol thereto"],
        h(
            "What does Tajikistan's plan say about the ILO forced labour protocol?",
            'The sale-of-children table foresees the "Establishment of an inter-sectoral working group to participate '
            'in the process of preparing Tajikistan for the ratification of the Protocol of 2014 to the Forced Labour '
            f'Convention, 1930", in 2019 ({NPA} (OPSC), row 8).',
        ),
        notes="SR 28 lists among the treaties Tajikistan is party to the ILO Forced Labour Convention, 1930 (No. 29) "
        "and the Protocol thereto",
    )
    item(
        F,
        "And the police - are they learning how to catch the people who do that?",
        c(S, 79),
        c(S, 78, 46),
        ["strengthening investigation capacity to address the use of digital technologies by traffickers"],
        h(
            "Do traffickers use the internet to reach children in Tajikistan?",
            'The Special Rapporteur "highlights the importance of prevention actions to address the use of digital '
            "technologies in trafficking, including through social media, the dark web and messaging platforms, which "
            f'provide easy access to potential victims, in particular children" ({SR}, para. 49).',
        ),
        notes="SR 79: wider range of investigative techniques, victim and witness protection, commitment to "
        "strengthening investigation capacity on digital technologies (messaging apps, social media, dark web)",
    )
    item(
        F,
        "My sister's grandson lives in Kazakhstan. Did the Committee make the same point there, and what did it want "
        "done?",
        c(K, 9, 10),
        c(PC, 24, 25),
        ["stigmatization of children who have contracted HIV/AIDS", "equal access to"],
        h(
            "Is Tajikistan's plan doing anything for children with HIV?",
            'One activity is to "Monitor the situation of children living with HIV/AIDS", regularly, by the MOHSPP '
            f"({NPA} (CRC), row 10).",
        ),
        notes="KAZ 9 (stigmatization of children who contracted HIV/AIDS as victims of trafficking or prostitution), "
        "10 (awareness raising, sensitizing professionals, equal access to education, health care, social services)",
    )
    item(
        F,
        "Why does she push that so hard?",
        c(S, 37),
        c(S, 8, 19, 91),
        [
            "The prioritization of expanded safe migration opportunities for women is essential to preventing trafficking",
        ],
        h(
            "What did the UN trafficking expert recommend on women going abroad to work?",
            'She recommends that the Government "Ensure that labour migration programmes and prevention activities, '
            "such as pre-departure orientation programmes, incorporate a gender equality perspective, and prioritize the "
            f'expansion of safe migration opportunities for women migrant workers" ({SR}, para. 91 (a)).',
        ),
        notes="SR 37: limited attention to women migrants' risks by the Migration Service and in pre-departure "
        "programmes; gender inequality leads to abuse; safe migration for women essential to preventing trafficking",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"Verbatim, please: paragraph 82 of {SR}.",
        c(S, 82),
        [],
        ["unified database for crimes related to trafficking in persons"],
    )
    item(
        L,
        "Could you read me row 15 of the first table in Tajikistan's plan for children, the one on the Convention? "
        "My eyes are not what they were.",
        c(PC, 15),
        [],
        ["Ensuring the child's right to freedom of conscience"],
    )
    item(
        L,
        f"{KAZ}, paragraph 3: which earlier observations does it point back to?",
        c(K, 3),
        [],
        ["CRC/C/15/Add.213"],
    )
    item(
        L,
        f"Paragraph 2 of {TJK}. What's it say?",
        c(T, 2),
        [],
        ["high-level and multisectoral delegation"],
    )
    item(
        L,
        "Row 5 of the sale-of-children table in Tajikistan's plan. Who does it and how often?",
        c(PO, 5),
        [],
        ["provisions of the OP II", "MOIA, MOES"],
    )
    item(
        L,
        f"Please quote paragraph 49 of {TKM}.",
        [],
        answerable=False,
        notes="CRC/C/OPSC/TKM/CO/1 ends at paragraph 47",
    )
    item(
        L,
        "Row 12 of the armed-conflict table in the government's plan for children - what does it promise, dear?",
        [],
        answerable=False,
        notes="the OPAC table of the plan has rows 1-10",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "My niece in Almaty is bringing up her sister's children while the parents earn money abroad. What did "
            "the Committee say about children of migrant workers left behind in Kazakhstan?",
            "KAZ never mentions migration or migrant workers; left-behind families and children appear only for "
            "Tajikistan (SR 19, 41; CRC plan 18 (5))",
        ),
        (
            "Driving through Osh next week. Did the UN trafficking Rapporteur do a report on Kyrgyzstan as well, and "
            "what did she say about migrant drivers there?",
            "covered mandate, another country: the only special procedure report is the visit to Tajikistan "
            "(A/HRC/50/33/Add.1); Kyrgyzstan is named in no document",
        ),
        (
            "Did either the Committee or the Rapporteur invoke the UN Convention against Corruption (UNCAC) when "
            "addressing official complicity in Tajikistan?",
            "treaty not in the corpus: corruption comes up (TJK 18 (d), 19 (d); the plan's SAFCC agency) but the UN "
            "Convention against Corruption is never named",
        ),
        (
            "What did the Special Rapporteur on the human rights of migrants conclude about Tajik labour migrants?",
            "mandate not in the corpus: migrants are treated only by the Special Rapporteur on trafficking in persons "
            "(A/HRC/50/33/Add.1)",
        ),
        (
            "Does the government's plan for children promise free hot meals for children at school?",
            "topic not treated: the plan's nutrition row (CRC 22) has leaflets and education of parents only; no "
            "document mentions school meals or school feeding",
        ),
        (
            "My route goes down to Bandar Abbas. What did the UN children's committee tell Iran about boys trafficked "
            "for work?",
            "covered body, another country: no observations on Iran are held; Iran is named in no document",
        ),
        (
            "Did the Committee recommend that Turkmenistan accede to the Hague Convention on intercountry adoption?",
            "TKM 4 (e) welcomes the Hague child abduction convention and TKM 26 (c) flags improper inducement of "
            "consent for adoption, but no recommendation to join the 1993 adoption convention; that appears only for "
            "Kazakhstan (KAZ 16 (c)) and in Tajikistan's plan (CRC 19 (2))",
        ),
        (
            "My grandson in Turkmenistan cannot hear. What did the Committee tell Turkmenistan about protecting "
            "children with disabilities?",
            "TKM never mentions disability; children with disabilities come up only for Tajikistan (SR 17, 52; CRC "
            "plan 10, 20, 27)",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
