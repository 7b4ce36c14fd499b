"""Round-12 gold items (ids rg001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of one line of a must-cite unit
(checked with a stdlib script that splits the five files into their numbered paragraphs and plan rows),
every quotation in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no
answer of the assistant and no eval report was seen. The questions avoid the paragraphs, themes and
wordings of the round-2 to round-11 tables and of the q items where they can: since every paragraph and
row has been cited before, the paraphrases, follow-ups and lookups go mostly to the sentences and
activities no earlier key fact quoted, in units cited least (the plan's school buildings in remote
districts, more vulnerable children under medical and social services, training officials against
violence in the family, monitoring the health legislation for youth and the printed analytical report on
vulnerable children; the Rapporteur on how few women sat in her official meetings, rural women without
land or pensions, the intersections of gender, migration status, ethnicity and poverty, migrants back
from Russia without social security, the UNHCR non-return advisory, the registration precondition used
to refuse asylum applications, the impunity of recruitment agencies, NGOs' room in the Interministerial
Commission; Turkmenistan's evaluation of training for its impact and relevance; row 8 of the CRC table,
row 2 of the OPAC table, TKM para. 46 and SR para. 12 looked up), and the themes (the plan activities
of the Committee on Women and Family Affairs and of the National Centre for Legislation, every plan
activity that monitors or oversees, every Tajik law or act the documents name by title, the Ministry of
Internal Affairs in the Rapporteur's report, where that report leans on the Committee on the Rights of
the Child or its Convention, every point the Rapporteur commends, and country by country every paragraph
where the Committee 'regrets') were not asked before. Comparisons pair countries on points no earlier
comparison made its subject (the laws on public associations, data broken down by ethnic origin or
minority, child victims at the border, acting without waiting for a complaint, foreign workers and
foreign children inside the country, campaigns aimed straight at young people, what kind of phone line
Kazakhstan and Turkmenistan were each asked for, money and staff for the recovery of child victims).
Two lookups name a paragraph that does not exist, and six questions are near misses the corpus cannot
answer, each checked with grep over data/corpus: a covered country on a topic no document treats, a
treaty or mandate the corpus does not hold, a covered body or mandate on another country. The users
appear in no earlier table: a wedding photographer in Dushanbe (upbeat, dashes, 'Photographer here -',
speaks of shoots, couples, brides, venues and clients), a dressmaker who runs a small sewing workshop in
Isfara and trains teenage girls as apprentices (formal and letter-like, 'Dear assistant,' ... 'Thank
you in advance.', speaks of her apprentices, her seamstresses and her women's association) and a
beekeeper in the Rasht valley who sits on the village council (laconic fragments, 'Beekeeper.',
speaks of hives, the village, the council and the neighbours).
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
    """Add the round-12 items through make_gold's q(), with ids rg001, rg002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Photographer here - I shot a ministry reception last month and it was wall-to-wall men in suits. When "
        "the UN trafficking expert sat down with the ministries and the courts, did she remark on how few women "
        "were in the room?",
        c(S, 13),
        c(S, 12, 43),
        ["limited number of women who participated in the official meetings with government ministries"],
        notes="SR 13 (last sentence): particularly concerned about the limited number of women in the official "
        "meetings with ministries and the justice sector during her visit; women in law enforcement and the "
        "judiciary (SR 12) may",
    )
    item(
        P,
        "Dear assistant, most of the women who sew for me come from the villages around Isfara. Few of them own a "
        "plot in their own name and none will ever draw a pension. Does the UN trafficking report see this as "
        "leaving village women more open to exploitation? Thank you in advance.",
        c(S, 15),
        c(S, 12, 41),
        ["retirement and social security schemes and natural resources, such as land"],
        notes="SR 15 (last sentence): rural women have more limited access to education, training, formal "
        "employment, retirement and social security schemes and natural resources such as land, which increases "
        "the risks of exploitation",
    )
    item(
        P,
        "Beekeeper, Rasht valley. Our school is two rooms and a stove, the little ones walk an hour each way. "
        "Anything in the government's plan about putting up new school buildings out in the far-off districts?",
        c(PC, 27),
        [],
        ["construct educational facilities, in particular in remote districts"],
        notes="CRC plan row 27 (recommendation 39), activity 1: improve the quality of education, train teachers, "
        "construct educational facilities, in particular in remote districts, 2018-2022, MOES, MOF, MLMEP, LA",
    )
    item(
        P,
        "Photographer here - half the bridesmaids I shoot are off to wait tables in Dubai or Istanbul next season. "
        "Does the UN report say that being a woman, being poor, belonging to a minority and going abroad for work "
        "all pile on top of each other and raise the danger?",
        c(S, 8),
        c(S, 15, 37),
        ["intersections of gender, migration status, race and ethnicity and poverty"],
        notes="SR 8: the intersections of gender, migration status, race and ethnicity and poverty increase the "
        "risks of trafficking, and limited attention has been given to them",
    )
    item(
        P,
        "Dear assistant, one of my apprentices comes from a very poor household, and her small brother has never "
        "been seen by a doctor or a welfare officer. Does the government's plan promise to bring more children "
        "like him within reach of clinics and social help? Thank you in advance.",
        c(PC, 10),
        [],
        ["cover more vulnerable children to medical and social services"],
        notes="CRC plan row 10 (recommendation 14), activity 1: within the existing legislation, cover more "
        "vulnerable children to medical and social services, regularly, MOHSPP, MOJ, MOF",
    )
    item(
        P,
        "Beekeeper. Half the men in our village came home from Russia when covid shut everything. No work since, "
        "no benefits, one of them needed an operation. What does the UN trafficking report say about men in that "
        "spot?",
        c(S, 18),
        c(S, 19, 7),
        ["limited access to social security or other assistance, including medical assistance"],
        notes="SR 18 (last sentence): some initiatives to help migrant workers return, but many remain in "
        "vulnerable situations, with limited employment and limited access to social security or other "
        "assistance, including medical assistance",
    )
    item(
        P,
        "Photographer here - the cousin of an Afghan bride I shot last spring is scared she'll be pushed back "
        "over the river. Has the UN refugee agency told governments not to send people back there, according to "
        "the trafficking report?",
        c(S, 27),
        c(S, 88, 26),
        ["UNHCR has issued a non-return advisory"],
        notes="SR 27: UNHCR non-return advisory on the specific protection risks faced by women and girls "
        "(trafficking, forced marriage, sexual exploitation, forced labour in Afghanistan); SR 88 (b) asks the "
        "Government to implement it, may",
    )
    item(
        P,
        "Dear assistant, my sister-in-law gives courses for teachers in Turkmenabat. Did the UN committee ask "
        "Turkmenistan to check afterwards whether such courses on the children's protocol actually do any good? "
        "Thank you in advance.",
        c(M, 19),
        c(M, 18),
        ["programmes on the Protocol with a view to enhancing their impact and relevance"],
        notes="TKM 19 (last sentence): ensure the systematic evaluation of all training programmes on the Protocol "
        "with a view to enhancing their impact and relevance",
    )
    item(
        P,
        "Beekeeper. Man two houses down beats his wife and the kids watch. The district people just shrug. Is "
        "anyone going to teach officials how to deal with beatings at home?",
        c(PC, 16),
        [],
        ["prevent the issues violence in the family"],
        notes="CRC plan row 16 (recommendations 20-22), activity 4: capacity of government staff to prevent "
        "violence in the family and against children and to monitor the law, regularly, MOES, MLMEP, MOIA, "
        "MOHSPP, GPO, SCNS, DCA, CWFA, OO, LA",
    )
    item(
        P,
        "Photographer here - an Afghan couple whose wedding I did tried to apply to stay as refugees and got sent "
        "away because they weren't on the local register, had no visa stamp and no health check. Is that a "
        "known problem in the UN report?",
        c(S, 23),
        c(S, 24, 25, 88),
        ["as a reason for not registering asylum applications"],
        notes="SR 23: access to the asylum procedure depends on preliminary requirements (registration with the "
        "local authorities, travel document and visa, medical examinations, evidence of residence); the "
        "precondition is used as a reason for not registering asylum applications",
    )
    item(
        P,
        "Dear assistant, an office in Isfara took money from the brothers of three of my apprentices, promising "
        "them jobs in Russia, and then closed its doors. Does the UN trafficking report say such job brokers keep "
        "getting away with it, and that the court cases drag on? Thank you in advance.",
        c(S, 74),
        c(S, 38, 91),
        ["continuing impunity of some labour recruitment agencies"],
        notes="SR 74 (last sentence): reports of significant delays in legal proceedings and of the continuing "
        "impunity of some labour recruitment agencies; licensing of agencies (SR 38, 91 (c)) may",
    )
    item(
        P,
        "Beekeeper. Teenagers up here can't find a doctor who'll talk to them straight. Is anybody checking that "
        "the rules on health care for young people are actually followed?",
        c(PC, 24),
        [],
        ["legislation related to health services with focus on youth"],
        notes="CRC plan row 24 (recommendation 35), activity 1: monitoring of the legislation on health services "
        "with focus on youth, regularly, MOHSPP, LA",
    )
    item(
        P,
        "Photographer here - I take free pictures for a small charity that helps trafficking survivors. Do "
        "outfits like them actually get a seat and a voice in the government's anti-trafficking commission?",
        c(S, 33),
        c(S, 85, 67),
        ["limited opportunities for, or support given to, non-governmental organizations"],
        notes="SR 33: lack of transparency of the Interministerial Commission's meetings, limited engagement with "
        "civil society; in practice limited opportunities or support for NGOs to engage in its work; regular "
        "meetings with the Commission recommended (SR 85 (a)) may",
    )
    item(
        P,
        "Dear assistant, our women's association would like to read something official on how the poorest and "
        "most at-risk children in the country are faring. Is the government going to put out such a study in "
        "print? Thank you in advance.",
        c(PC, 5),
        [],
        ["Printing of the analytical report on situation of vulnerable children."],
        notes="CRC plan row 5 (recommendation 9), activity 2: improved statistical reports on persons under 18 and "
        "printing of the analytical report on the situation of vulnerable children, 2018",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "Dear assistant, I am preparing a session for our women's association. Please list every activity in "
        "Tajikistan's 2018-2022 plan where the Committee on Women and Family Affairs (CWFA) is among the "
        "implementers - all three tables - and anything the UN trafficking report says about that committee. "
        "Thank you in advance.",
        c(PC, 5, 8, 9, 12, 16, 17, 18, 27, 29, 32, 33) + c(PO, 1, 7, 10) + c(PA, 4, 7) + c(S, 13, 71),
        c(S, 2),
        [
            "GPO, MOES, CWFA, WG",
            "MOHSPP, MOES, MLMEP, CWFA, MOIA, GPO, MOF",
            "State Committee on Women and the Family",
        ],
        notes="CWFA: CRC 5 (1)-(2) (data system, statistical reports), 8 (CSOs in drafting), 9 (age of marriage), "
        "12 (1)-(2) (child's opinion), 16 (2)-(5) (violence), 17 (child marriage), 18 (1), (3) (family care, "
        "alternative care), 27 (2) (girls' enrolment), 29 (1) (asylum-seeking and refugee children), 32 (1)-(2) "
        "(children in the street), 33 (1), (3) (trafficking legislation, support to victims); OPSC 1 (1) "
        "(statistics working group), 7 (1) (vulnerable families), 10 (protection of vulnerable children); OPAC 4 "
        "(statistics), 7 (reintegration of child victims of armed conflict); SR 13 (roles of the Committee for "
        "Women and the Family, expert council for gender analysis of draft laws), SR 71 (very young repatriated "
        "children in care facilities under the State Committee on Women and the Family); the meeting (SR 2) may",
    )
    item(
        TH,
        "Beekeeper. Council wants to send ideas on the pasture rules to the people who draft laws. Which jobs "
        "does the government's plan give the National Centre for Legislation - NCL, also written CNL? Every one, "
        "all three tables.",
        c(PC, 1, 11, 12, 33) + c(PO, 4),
        c(S, 2),
        [
            "MOES, MOJ, MLMEP, MOF, GPO, CNL, AOS",
            "NCL, MOJ, GPO, SCT, MOES, MOHSPP, MOIA, MLMEP, OO",
            "MOIA, MOJ, GPO, MOF, SCNS, OO, NCL",
        ],
        notes="NCL/CNL: CRC 1 (1)-(2) (review of legislation for UNCRC compliance, bylaws to the Law on Child Rights "
        "Protection), 11 (best interests in legislation), 12 (1) (legal act on the child's right to express an "
        "opinion), 33 (1)-(3) (trafficking legislation, bylaws to the trafficking law, support to victims); OPSC 4 "
        "(coordination mechanism); none in OPAC; the Rapporteur's meeting with the National Legislation Centre "
        "(SR 2) may",
    )
    item(
        TH,
        "Photographer here - I'm making slides for a legal-literacy workshop a youth NGO asked me to film. Every "
        "Tajik law, code, act or government resolution the documents name by its title - leaving out the "
        "Criminal Code and the 2014 anti-trafficking law itself - and what is said about each, please.",
        c(T, 4) + c(PC, 1, 9, 14, 20) + c(S, 11, 22, 23, 24, 60, 75),
        c(PC, 33) + c(S, 30),
        [
            "Children’s Rights Act (2015)",
            "On Youth and State Youth Policy",
            "Law on Trade Unions",
            "Law No. 1124 of 2014",
            "government resolution No. 325 of 2000",
            "Governmental Act No. 327",
        ],
        notes="TJK 4 (b) (Children's Rights Act 2015); CRC plan 1 (2) (bylaws to the Law on Child Rights Protection), "
        "9 (Family Code, age of marriage), 14 (Law 'On Youth and State Youth Policy'), 20 (Law 'On Social "
        "Protection of Persons with Disabilities'; amendments to the Law 'On Child Rights Protection' for equal "
        "disability pension); SR 11 (Law on Trade Unions), 22 (Law on Refugees of 2002 amended by Law No. 1124 of "
        "2014), 23 (gaps despite the 2014 amendment), 24 (government resolution No. 325 of 2000, where refugees "
        "may live), 60 (Governmental Act No. 327 of 2016, national referral mechanism), 75 (Law on Public "
        "Associations amended 2015 and 2019); excluded by the question: the trafficking law (CRC plan 33 (2), SR "
        "30) and the Criminal Code",
    )
    item(
        TH,
        "Beekeeper. At council we keep asking who actually checks on things. For a training for the council: "
        "every activity in the government's plan that is about monitoring or overseeing something - schools, "
        "children's homes, child labour, health programmes, building rules. All three tables.",
        c(PC, 6, 10, 16, 20, 24, 25, 27, 31, 34) + c(PO, 8),
        c(PC, 21, 26) + c(PO, 11),
        [
            "Monitor the situation of children living with HIV/AIDS.",
            "Oversee and monitoring of the construction standards for the new buildings",
            "Monitor the implementation of education system through through EMIS data collection",
        ],
        notes="monitoring: CRC 6 (2) (Ombudsman's child rights monitoring, including residential institutions), "
        "10 (2) (children living with HIV/AIDS), 16 (1) (monitoring of schools and residential institutions) and "
        "(4) (monitoring of the law), 20 (5) (construction standards), 24 (1) (health legislation for youth), 25 "
        "(2) (National HIV Prevention Program), 27 (4) (data for monitoring) and (8) (EMIS), 31 (1) (child labour "
        "in all cities and regions), 34 (National Programme on justice for children); OPSC 8 (1) (forced child "
        "labour in the cotton harvest); the Monitoring Handbook (CRC 21 (1)), the child labour monitoring "
        "committees (CRC 26 (2)) and the title of OPSC 11 may; none in OPAC",
    )
    item(
        TH,
        "Photographer here - I'm shooting a training film for police cadets. Everything the UN trafficking "
        "report says about Tajikistan's Ministry of Internal Affairs (she also calls it the Ministry of the "
        "Interior): what it runs, what it told her, whom she met there.",
        c(S, 2, 23, 69, 77),
        c(S, 78, 33),
        [
            "Passport Registration Service of the Ministry of the Interior",
            "The Ministry of the Interior confirmed that",
            "specialized Centre on Trafficking in Persons within the Ministry of the Interior",
        ],
        notes="SR 2 (met ministers and officials of the Ministry of Internal Affairs), 23 (refugee status "
        "determination by its Department of Citizenship and Work with Refugees), 69 (confirmed 16 victims "
        "returned with IOM support in 2020 and 2021), 77 (specialized Centre on Trafficking in Persons, 2017, "
        "hotline, website); the Centre's police training (SR 78) and the law enforcement bodies on the "
        "Interministerial Commission (SR 33) may",
    )
    item(
        TH,
        "Dear assistant, for a talk at our women's association on how the UN bodies connect: where does the "
        "trafficking Rapporteur's report on Tajikistan refer to the Committee on the Rights of the Child, or to "
        "the children's Convention and its protocols? Every place, please. Thank you in advance.",
        c(S, 28, 53, 72, 83, 87),
        [],
        [
            "as recommended by the Committee on the Rights of the Child",
            "general comment No. 24 (2019) on children's rights in the child justice system",
            "the Optional Protocol thereto on the involvement of children in armed conflict",
        ],
        notes="SR 28 (party to the Convention on the Rights of the Child and the OPSC), 53 (Roma and Jughhi "
        "children, as recommended by the Committee), 72 (obligations under the Convention and its armed-conflict "
        "Protocol for repatriated children), 83 (child-friendly justice in line with the Committee's general "
        "comment No. 24 (2019)), 87 (g) (accommodation and protection under the Convention and its Optional "
        "Protocols)",
    )
    item(
        TH,
        "Photographer here - for a 'what's going right' segment in a workshop: every point where the UN "
        "trafficking expert commends Tajikistan's government in her report. All of them, please.",
        c(S, 22, 32, 34, 35, 39, 50, 68, 75, 77, 78, 79),
        c(S, 46, 62, 67, 36),
        [
            "commends the Government on its track record",
            "commends the measures taken to develop a new national action plan",
            "commends the commitment to strengthening investigation capacity",
        ],
        notes="'commends': SR 22 (record on Afghan refugees), 32 (comprehensive legislation), 34 (new national action "
        "plan from 2022), 35 (safe migration, vocational training under the Ministry of Labour), 39 (consular "
        "services), 50 (ILO-IPEC against child labour; statelessness and birth registration), 68 (consular "
        "assistance), 75 (joint activities with NGOs), 77 (Centre on Trafficking in Persons, hotline), 78 "
        "(training programmes), 79 (investigation capacity on digital technologies); 'commendable' training (SR "
        "46), lawyers and NGOs that 'impressed' her (SR 62, 67) and the Migration Service offices (SR 36) may",
    )
    item(
        TH,
        "Dear assistant, for a training on reading UN texts that I give at our women's association: country by "
        "country, in the Committee's observations on Tajikistan, Kazakhstan and Turkmenistan, every paragraph "
        "where the Committee says it 'regrets' something, and what it regrets. Thank you in advance.",
        c(T, 14, 24, 30) + c(K, 2, 5, 11, 13, 21) + c(M, 2, 6, 8, 16, 20),
        [],
        [
            "regrets the limited dissemination, awareness-raising and training activities",
            "regrets the lack of mechanisms for the periodic evaluation",
            "However, it regrets that the report does not follow the",
            "However, the Committee regrets that such",
        ],
        notes="'regrets': Tajikistan 14 (limited dissemination and training), 24 (insufficient information on "
        "prevention for vulnerable children), 30 (extraterritorial jurisdiction, double criminality); Kazakhstan 2 "
        "(reporting guidelines), 5 (no periodic evaluation), 11 (disaggregated data, research), 13 (budget "
        "information), 21 (special measures for victims); Turkmenistan 2 (reporting guidelines), 6 (statistical "
        "data, data system), 8 (sale of children not clearly defined), 16 (awareness activities not regular), 20 "
        "(resources not reported); checked with grep 'regret'",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Dear assistant, a friend who runs a small charity worries about the law on registering associations. "
        "What do the documents say about Turkmenistan's and Tajikistan's laws on public associations and what "
        "they mean for civil society groups? And Kazakhstan? Thank you in advance.",
        c(M, 22) + c(S, 75),
        c(M, 23) + c(S, 76, 33),
        ["restrictions on the work of civil society organizations, including those working on",
         "adopted in July 2015 and January 2019"],
        notes="TKM 22: proposals to review the Law on Public Associations being considered, concern at restrictions "
        "on civil society organisations (TKM 23, remove restrictions, may); SR 75: amendments to the Law on Public "
        "Associations (July 2015, January 2019) may undermine NGOs, including those supporting victims; "
        "Kazakhstan: CRC/C/OPSC/KAZ/CO/1 names no law on associations ('association' appears nowhere in it, grep), "
        "so no unit",
    )
    item(
        CO,
        "Beekeeper. Our valley has Kyrgyz and Uzbek families too. When the committee asked for numbers on "
        "children, did it want them broken down by ethnic group or minority - Tajikistan, Turkmenistan, "
        "Kazakhstan?",
        c(T, 7) + c(M, 7) + c(K, 12),
        c(M, 6) + c(K, 11),
        [
            "by sex, age, nationality and ethnic origin, region and socioeconomic status",
            "sex, age, national and ethnic origin, geographical location",
            "disaggregated, inter alia, by age, sex, minority group",
        ],
        notes="TJK 7: data disaggregated by sex, age, nationality and ethnic origin, region, socioeconomic status; "
        "TKM 7: by sex, age, national and ethnic origin, geographical location, socioeconomic status (TKM 6, the "
        "regret, may); KAZ 12: by age, sex, minority group (KAZ 11, the regret, may)",
    )
    item(
        CO,
        "Photographer here - I've got a shoot near the Panji Poyon crossing. What do the documents say about "
        "border guards and officials spotting trafficked children at the frontier, for Tajikistan and for "
        "Turkmenistan?",
        c(T, 32) + c(S, 46, 88) + c(M, 24),
        c(T, 18) + c(S, 3),
        [
            "specific procedures for systematically identifying child victims at borders",
            "Training of border guards has taken place",
            "Integrate the identification of trafficking victims and potential victims into the work of border "
            "officials",
            "focusing on the prevention of human trafficking and on border",
        ],
        notes="TJK 32 (b): border and immigration authorities lack procedures to identify child victims at borders; "
        "SR 46: training of border guards under the national action plan, continued training on identification "
        "and child trafficking indicators; SR 88 (e): integrate identification into the work of border "
        "officials; TKM 24: programmes on trafficking prevention and border control, identification of "
        "vulnerable groups welcomed; transport across borders not investigated (TJK 18 (d)) and the visit to "
        "Panji Poyon (SR 3) may",
    )
    item(
        CO,
        "Beekeeper. Do police and prosecutors have to go after these cases themselves, or do they wait till a "
        "victim walks in and complains? Tajikistan and Turkmenistan.",
        c(S, 55, 86) + c(M, 36),
        c(S, 57) + c(T, 19, 33) + c(K, 23),
        [
            "whenever there are reasonable indications of trafficking",
            "Ensure that a proactive approach to the identification of victims of trafficking is taken",
            "Issue clear instructions to all prosecutors to actively prosecute cases",
        ],
        notes="SR 55: identification a positive obligation, not dependent on a complaint, steps whenever there are "
        "reasonable indications; SR 86 (a): proactive approach to identification; TKM 36 (a)-(b): mechanisms for "
        "early detection and identification, clear instructions to prosecutors to actively prosecute; the Committee's "
        "calls on Tajikistan to identify children at risk and to set up early identification (TJK 19 (b), 33 (a)) "
        "may",
    )
    item(
        CO,
        "Dear assistant, there are Chinese road-builders and other foreign workers living near Isfara now, some "
        "with their children. Do the documents look at the dangers for foreigners who come to live and work "
        "inside the country - for Tajikistan, and for Kazakhstan? Not refugees, please. Thank you in advance.",
        c(S, 9, 40) + c(K, 25),
        c(K, 26, 22),
        [
            "limited information available on the rights of migrant workers in Tajikistan",
            "prevent trafficking of migrant workers and members of their families within Tajikistan",
            "children who are foreign citizens",
        ],
        notes="SR 9: limited information on the rights of migrant workers in Tajikistan (construction), risks of "
        "forced labour not monitored; SR 40: no information on preventing trafficking of migrant workers and their "
        "families within Tajikistan or on equal protection; KAZ 25: vulnerability of children who are foreign "
        "citizens (KAZ 26, attention to vulnerable groups, and 22 (g), residence for foreign victims, may); "
        "refugees excluded by the question",
    )
    item(
        CO,
        "Photographer here - I film school assemblies now and then. Campaigns aimed straight at young people and "
        "schoolkids about these dangers: what did the Committee note for Kazakhstan, and what did the UN "
        "trafficking expert find in Tajikistan?",
        c(K, 27) + c(S, 48),
        c(K, 8, 26) + c(S, 44),
        ["aimed at children, e.g. via schools as part of the National Action Plan",
         "including targeted outreach in rural areas"],
        notes="KAZ 27: campaigns via the radio and directly aimed at children via schools under the National Action "
        "Plan welcomed, targeted preventive measures outstanding; SR 48: awareness-raising among young people "
        "under the Committee for Youth and Sports Affairs, outreach in rural areas, youth unemployment, little "
        "information on LGBT youth or young persons with disabilities",
    )
    item(
        CO,
        "Beekeeper. A phone number kids can ring for help - what sort of line did the committee want Kazakhstan "
        "and Turkmenistan to have? Free? Day and night? A short number?",
        c(K, 22) + c(M, 42),
        c(M, 41),
        ["Free telephone hotlines", "accessible 24 hours a day and has an easy-to-remember three- to four-digit"],
        notes="KAZ 22 (d): free telephone hotlines among the measures for victims (no hours or number format); TKM "
        "42: national helpline for all Protocol offences, whole country, 24 hours, three- to four-digit number, "
        "resources and trained personnel (TKM 41, no such helpline, may)",
    )
    item(
        CO,
        "Dear assistant, helping a child victim get well costs money - doctors, counsellors, a safe place. Did "
        "the Committee ask Turkmenistan, Tajikistan and Kazakhstan to set aside money and staff for the care and "
        "recovery of child victims? Thank you in advance.",
        c(M, 21) + c(T, 33) + c(K, 22),
        c(M, 20) + c(K, 21, 26) + c(S, 87),
        [
            "programmes aimed at the prevention, protection, physical and psychological recovery",
            "funding or in-kind support to provide comprehensive care to child victims",
            "Medical and psychosocial attention",
        ],
        notes="TKM 21: urges human, technical and financial resources, including for physical and psychological "
        "recovery and social reintegration (TKM 20, no information on such resources, may); TJK 33 (c): sufficient "
        "funding or in-kind support for comprehensive care of child victims; KAZ 22: urges measures incl. free "
        "legal aid, medical and psychosocial attention, crisis centres, reintegration programmes, but says nothing "
        "of money for them (KAZ 21, lack of information, and 26, resources for programmes for vulnerable children, "
        "may)",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "Does she say the State still owes them anything - as possible victims, not as suspects?",
        c(S, 72),
        c(S, 71, 85, 87),
        ["including those repatriated from the Syrian Arab Republic and Iraq"],
        h(
            "Photographer here - one of my clients has a nephew among the kids brought back from Iraq. Where are "
            "those children now?",
            '"The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019. The children are '
            f'currently under the care of the State, and the majority remain in child protection institutions." '
            f"({SR}, para. 71)",
        ),
        notes="SR 72: obligation to identify and assist all victims, including those repatriated from Syria and "
        "Iraq, non-punishment; no best interests determination, reunification with families; non-punishment on "
        "return from armed conflict (SR 85 (c)) and 87 (f) may",
    )
    item(
        F,
        "What did it then recommend to protect those children? Thank you in advance.",
        c(M, 38),
        c(M, 37),
        ["child victims of abuse, sexual and economic exploitation, abduction and"],
        h(
            "Dear assistant, a Turkmen acquaintance told me that children questioned by the police there are "
            "sometimes frightened into talking. What did the UN committee notice?",
            "The Committee was concerned \"that legislation fails to provide clear sanctions for the exertion of "
            f'physical and psychological pressure during interrogations" ({TKM}, para. 37).',
        ),
        notes="TKM 38: adequate legal provisions so that all child victims and witnesses (abuse, sexual and economic "
        "exploitation, abduction, trafficking) get the protection required by article 8, and the Guidelines on "
        "Justice in Matters involving Child Victims and Witnesses of Crime",
    )
    item(
        F,
        "Same words used for anything else in that plan?",
        c(PC, 17),
        c(PC, 15),
        ["Implementation of the national strategy to eliminate child marriage", "until the issue addressed"],
        h(
            "Beekeeper. Does the government's plan say anything on kids' freedom of belief?",
            "Row 15 (\"Ensuring the child's right to freedom of conscience\") foresees: \"Review this issue within the "
            "scope of the recommendations of state members of the UN Council on Human Rights as per formalities of "
            f'the Universal Periodic Review.", regularly ({NPA} (CRC), row 15).',
        ),
        notes="CRC plan row 17 (recommendation 23, national strategy to eliminate child marriage): the same activity "
        "wording, period 'until the issue addressed', GPO, MOES, CWFA, WG",
    )
    item(
        F,
        "Is something similar planned for the protocol on children in armed conflict, and does it reach people in "
        "the army as well?",
        c(PA, 3),
        c(PO, 5),
        ["Conduct informational and advocacy events among population and military staff"],
        h(
            "Dear assistant, what does the government's plan do to make the public aware of the protocol on the "
            "sale of children?",
            'It foresees: "Carry out advocacy and awareness raising events among population on the provisions of the '
            f'OP II", regularly, MOIA, MOES ({NPA} (OPSC), row 5).',
        ),
        notes="OPAC plan row 3 (recommendation 11): informational and advocacy events among the population and "
        "military staff on the Protocol, no period given, MOD, GPO, MOJ, MOES, MOF, CTVR",
    )
    item(
        F,
        "Does the government's own plan pick that up anywhere?",
        c(PO, 2),
        c(PC, 18) + c(PA, 9),
        [
            "(Recommendations 9, 26, 31 and 34)",
            "Improvement of the system of international cooperation",
        ],
        h(
            "Beekeeper. Did the UN committee want Tajikistan to work with the neighbours against child-selling?",
            'It encouraged the State party "to continue to strengthen international cooperation through '
            f'multilateral, regional and bilateral arrangements, especially with neighbouring countries" ({TJK}, '
            "para. 34).",
        ),
        notes="OPSC plan row 2 (recommendations 9, 26, 31 and 34), activity 4: improvement of the system of "
        "international cooperation and of bilateral, regional and multilateral treaties and agreements, "
        "regularly, MOFA, MOIA, GPO, SCT, MOJ, SCNS; inter-government agreements on migrants (CRC 18 (2)) and "
        "OPAC 9 may",
    )
    item(
        F,
        "So what did she recommend on that?",
        c(S, 91),
        c(S, 74, 38),
        ["Strengthen the licensing and monitoring of recruitment agencies", "operational guidelines on fair "
         "recruitment"],
        h(
            "Photographer here - a friend's brother paid an agency for a job in Russia. Does the UN report think "
            "these agencies are properly kept in check?",
            '"The Special Rapporteur acknowledges the measures taken to regulate recruitment agencies through the '
            "licensing process, in order to combat exploitative practices and the risk of trafficking in persons "
            "for forced labour and sexual exploitation. However, serious concerns remain as to the effectiveness of "
            f'such prevention measures to date." ({SR}, para. 38)',
        ),
        notes="SR 91 (c): strengthen the licensing and monitoring of recruitment agencies, implement the ILO general "
        "principles and operational guidelines on fair recruitment",
    )
    item(
        F,
        "Whom did it say the government should consult when drawing one up, and what should go with it?",
        c(M, 11),
        c(M, 10, 23),
        ["including children, parents and civil society",
         "human, technical and financial resources for the implementation of such strategy"],
        h(
            "Dear assistant, did Turkmenistan have an overall strategy for the sale-of-children protocol when the "
            "UN committee looked at it?",
            '"The Committee is concerned about the lack of a comprehensive strategy for the implementation of the '
            f'Optional Protocol in the State party." ({TKM}, para. 10)',
        ),
        notes="TKM 11: develop a comprehensive strategy in consultation with all stakeholders, including children, "
        "parents and civil society, with sufficient human, technical and financial resources",
    )
    item(
        F,
        "Two months, that's it? Does she say anything about help that lasts longer, with no strings attached?",
        c(S, 84, 87),
        c(S, 60, 61, 64),
        [
            "limited provision of unconditional assistance and long-term protection",
            "regardless of whether a victim consents to cooperate with law enforcement authorities",
        ],
        h(
            "Beekeeper. How long does the law say a trafficking victim gets help?",
            '"Article 29 establishes that support is to be provided to victims for up to two months, irrespective of '
            f'their willingness to cooperate with law enforcement agencies." ({SR}, para. 63)',
        ),
        notes="SR 84: concern at the limited provision of unconditional assistance and long-term protection; SR 87 "
        "(c): State fund, specialized services and free legal aid regardless of cooperation, assistance not "
        "conditional on criminal proceedings, long-term resources for NGOs",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"Dear assistant, could you show me paragraph 46 of {TKM}? Thank you in advance.",
        c(M, 46),
        [],
        ["made widely available, including, but not exclusively, through the"],
    )
    item(
        L,
        f"Beekeeper. Row 2 of the armed-conflict table of the {NPA}. What's in it?",
        c(PA, 2),
        [],
        ["Improve the mechanisms of coordination among government agencies"],
    )
    item(
        L,
        f"Photographer here - paragraph 12 of {SR}, word for word please.",
        c(S, 12),
        [],
        ["rooted in gender-based discrimination", "the feminization of poverty"],
    )
    item(
        L,
        f"Dear assistant, what does row 8 of the first table of the {NPA}, the one on the Convention, contain? "
        "Thank you in advance.",
        c(PC, 8),
        [],
        ["Include CSOs to participate in development of the legal- normative acts"],
    )
    item(
        L,
        f"Beekeeper. Paragraph 44 of {TJK}. What's it say?",
        [],
        answerable=False,
        notes="CRC/C/OPSC/TJK/CO/1 ends at paragraph 38",
    )
    item(
        L,
        f"Photographer here - can you pull up paragraph 97 of {SR}?",
        [],
        answerable=False,
        notes="A/HRC/50/33/Add.1 ends at paragraph 92",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "Photographer here - agencies keep asking me to shoot kids for clothing ads and billboards. Did the UN "
            "committee say anything about children used as models in advertising in Tajikistan?",
            "covered country, topic not treated: 'model', 'photo' and 'fashion' appear in no document; 'advertis' "
            "only for the hotline advertised on radio and television (SR 77) (grep)",
        ),
        (
            "Dear assistant, a girl from a village near us was sent at fourteen to live and work as a housemaid for "
            "a family in Almaty. Did the UN committee say anything about children working as domestic servants in "
            "Kazakhstan? Thank you in advance.",
            "covered country, topic not treated: CRC/C/OPSC/KAZ/CO/1 has 'domestic' only in 'domestic legislation' "
            "(KAZ 4) and 'domestic prosecution' (KAZ 17); domestic work is treated only for Tajik women migrants in "
            "the Rapporteur's report (grep)",
        ),
        (
            "Beekeeper. Bad harvest, thin winter. What did the UN Special Rapporteur on the right to food say about "
            "hunger in Tajik villages?",
            "mandate not in the corpus: the only Special Rapporteur is the one on trafficking; 'food' appears only "
            "in the plan's nutrition row (CRC 22), 'hunger' nowhere (grep)",
        ),
        (
            "Dear assistant, some of my women sew at home and are paid by the piece. Has Tajikistan ratified the "
            "ILO Home Work Convention, No. 177? Thank you in advance.",
            "treaty not in the corpus: SR 28-29 list ILO Conventions 29, 97, 105, 143, 182 and 189; 'No. 177' and "
            "'Home Work' appear nowhere (grep)",
        ),
        (
            "Photographer here - I've been booked for a wedding in Bishkek. What did the UN Committee on the Rights "
            "of the Child tell Kyrgyzstan about brides being kidnapped?",
            "covered body, another country: the Committee's observations held are on Tajikistan, Kazakhstan and "
            "Turkmenistan; 'Kyrgyz' and 'Bishkek' appear nowhere (grep)",
        ),
        (
            "Beekeeper. Neighbour's son lays bricks on building sites in Almaty. Did that UN trafficking expert go "
            "to Kazakhstan as well and write up what she found there?",
            "covered mandate, another country: the Rapporteur's report held is on her visit to Tajikistan only; "
            "Kazakhstan appears in it only as a destination (SR 7) and as a country victims returned from (SR 69) "
            "(grep)",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
