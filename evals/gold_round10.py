"""Round-10 gold items (ids re001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of one line of a must-cite unit
(checked with a stdlib script that splits the five files into their numbered paragraphs and plan rows),
every quotation in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no
answer of the assistant and no eval report was seen. The questions avoid the paragraphs, themes and
wordings of the round-2 to round-9 tables and of the q items where they can: the paraphrases, follow-ups
and lookups go mostly to units those tables cited least or asked about from another side (the plan's
accessibility standards for new buildings, its separate child-protection structure in the education
ministry, teachers trained on adolescents' mental health, families shielded from involuntary
resettlement, peace and tolerance in military schools, child-labour monitoring in every city and
region; the Rapporteur on information in a language new arrivals understand, sex workers keeping away
from police and clinics, consular help for women in the Gulf, victims not held in detention, financial
investigations, the missing figures on compensation awards, new destination countries and sectors,
overstayers in Russia, the gender training of consular staff, identification of victims with
disabilities, survivors' part in training; Turkmenistan's direct criminal liability of legal persons and
resources for investigation and prosecution; the gap in Kazakhstan's awareness among professionals),
and the themes (the plan activities due in 2019 alone, those of the Drug Control Agency and the
anti-corruption agency, those left to a single agency, those of the Ministry of Culture, every age limit
the plan draws, every fund for victims or migrants' families, where the Rapporteur calls for urgent
action, the service, hospitality and informal sectors, reporting abuse and trafficking and what deters
it, Tajikistan's agreements with other governments and organisations) were not asked before.
Comparisons pair countries on points no earlier comparison made its subject (what Kazakhstan and
Tajikistan were each told to do about double criminality, where the Committee is 'seriously' or
'especially' concerned, the article 20 of each State's anti-trafficking law, case-tracking databases,
sentences commensurate with the gravity of the crime, funding and evaluation of anti-trafficking action
plans, 'commercial sexual exploitation of children', how long support lasts) or took from another side
(compensation when the victim is foreign or was exploited abroad, where earlier items asked about
compensation or foreign victims in general; who runs police training, where an earlier item asked about
IOM's role). One lookup names a paragraph
that does not exist, and five questions are near misses the corpus cannot answer, each checked with
grep over data/corpus: a covered country on a topic no document treats, a treaty or mandate the corpus
does not hold, a covered body on another country. The users appear in no earlier table: the night
manager of a mid-sized hotel in Dushanbe (courteous and procedural, 'Good evening', 'if I may', talks of
guests, the front desk, the lobby and the staff briefing), a youth football coach in a district town of
Khatlon (energetic, short sentences and exclamation marks, 'Coach here', talks of his squad, the pitch,
practice and the under-14s) and an anti-money-laundering officer at a bank that pays out migrants'
remittances (dry, acronyms and file-speak: 'AML desk', 'KYC', 'typology note', 'for the file', 'pls
confirm').
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
    """Add the round-10 items through make_gold's q(), with ids re001, re002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Good evening. We are refitting the hotel and our architect asked about ramps and lifts. Is any state "
        "body meant to check that newly built premises can be used by guests in wheelchairs, older people and "
        "expectant mothers?",
        c(PC, 20),
        [],
        ["construction standards for the new buildings on accessibility of PWD", "CAC, GPO"],
        notes="CRC plan row 20 (recommendations 28-29), activity 5: oversee and monitor the construction standards "
        "for new buildings on accessibility of PWD, elderly people, pregnant women; regularly; CAC, GPO",
    )
    item(
        P,
        "If I may: many guests at our front desk are Afghan families who have just crossed over and speak neither "
        "Tajik nor Russian. Is anyone supposed to give people arriving like that printed guidance they can "
        "actually read, and steer them to help straight away?",
        c(S, 88),
        c(S, 23, 24, 25),
        [
            "information material available in a language they understand",
            "referred to gender-sensitive services on arrival",
        ],
        notes="SR 88 (h): prompt identification and referral to gender-sensitive services on arrival; information "
        "material in a language they understand; the asylum preconditions (SR 23-25) may",
    )
    item(
        P,
        "Some women who work the bar of the hotel next door tell my staff they would never go near the police or a "
        "clinic. Does the UN expert think keeping away like that leaves them more exposed to traffickers?",
        c(S, 14),
        c(S, 43, 66),
        ["limits engagement by sex workers with police and health-care professionals"],
        notes="SR 14 (last sentence): discriminatory attitudes towards and stigmatization of sex workers limit their "
        "engagement with police and health-care professionals, highlighting the risks of trafficking; SR 43 "
        "(no targeted prevention for sex workers) and 66 (harassment, access to HIV/AIDS treatment) may",
    )
    item(
        P,
        "Two of our former chambermaids have gone to clean rooms in Doha and Dubai. If something goes badly wrong "
        "for them there, can they count on a Tajik consul, or is that kind of help thin on the ground in the Gulf?",
        c(S, 68),
        c(S, 39, 87),
        ["in particular for migrant women workers in the Gulf region"],
        notes="SR 68: consular assistance commended, but limited outside the main Russian cities and in particular "
        "for migrant women workers in the Gulf region (Qatar, Saudi Arabia, the United Arab Emirates)",
    )
    item(
        P,
        "Last winter the police led a young woman out of our lobby. Once the authorities accept that someone was "
        "trafficked, can she still end up behind bars?",
        c(S, 63),
        c(S, 59, 9, 31),
        ["legally recognized victims will not be held in a detention or similar facility"],
        notes="SR 63: Anti-Trafficking Law article 29 (support up to two months irrespective of cooperation; legally "
        "recognized victims not held in a detention or similar facility); prosecution of unidentified victims "
        "(SR 59) and the non-punishment principle (SR 9, 31) may",
    )
    item(
        P,
        "Coach here! A few of my fifteen-year-olds are clearly not okay inside - anxious, low, shutting everyone "
        "out. Is anybody showing schoolteachers how to spot that in teenagers?",
        c(PC, 23),
        [],
        ["Training of teachers of general education institutions on mental health of adolescents"],
        notes="CRC plan row 23 (recommendation 34), activity 1: training of teachers on adolescents' mental health, "
        "regularly, MOES, GPO, MOIA, MOHSPP, LA; (2) consultations and (3) suicide prevention in the same row",
    )
    item(
        P,
        "Every time one of my lads has trouble at home, the school says it's not their business. Is the education "
        "ministry ever getting its own department just for keeping kids safe? And by when would they decide?",
        c(PC, 3),
        c(PC, 18),
        [
            "separate structure for the protection of the rights of the child in the Ministry of Education and Science",
            "2018-2020",
        ],
        notes="CRC plan row 3 (recommendation 7), activity 2: explore the option of a separate child-rights "
        "protection structure in the Ministry of Education and Science, 2018-2020, MOES, MOJ, MLMEP, OO, MOHSPP",
    )
    item(
        P,
        "They're talking about clearing whole streets next to our pitch for a new reservoir. Does the government's "
        "plan for children say anything about keeping families from being moved off their homes against their "
        "will?",
        c(PC, 26),
        [],
        ["the protection of their families from involuntary resettlement"],
        notes="CRC plan row 26 (recommendations 37-38), activity 1: living standards, drinking water and sanitation, "
        "and protection of families from involuntary resettlement, 2018-2022, MEDT, SUE Dushanbe Water and "
        "Canalization, MLMEP, MOEWR, MOHSPP, COEP",
    )
    item(
        P,
        "Two of my best players just got into a military lyceum! Will anyone teach them about living in peace and "
        "respecting others there, or is it all drill and rifles?",
        c(PA, 6),
        c(S, 54),
        ["in the spirit of peace, a culture of peace and tolerance"],
        notes="OPAC plan row 6 (recommendations 17 and 19), activity 3: work plan for subjects in the spirit of "
        "peace, a culture of peace and tolerance in the curricula of the relevant educational institutions, "
        "regularly, MOD, MOES, SCNS, MOIA, OO",
    )
    item(
        P,
        "Half my squad skips Saturday practice to haul sacks at the bazaar. Is somebody meant to keep watch on kids "
        "working like that in every town and province, and which ministries are on it?",
        c(PC, 31),
        c(PO, 8) + c(T, 21),
        ["monitoring of child labour system in all cities and regions", "MLMEP, MOF"],
        notes="CRC plan row 31 (recommendation 43), activity 1: monitoring of child labour in all cities and regions, "
        "2018-2020, MLMEP, MOF; (2) worst forms and forced labour, (3) regulating child labour",
    )
    item(
        P,
        "AML desk, remittance bank. For our typology note: does the UN trafficking Rapporteur want Tajik "
        "investigators to follow the money in cases that cross borders, and to do it together with other "
        "countries?",
        c(S, 89),
        c(S, 74, 79),
        ["including financial investigations"],
        notes="SR 89 (b): continue strengthening international cooperation for effective investigations of "
        "transnational trafficking, including financial investigations, and access to redress and compensation",
    )
    item(
        P,
        "KYC question on Turkmen counterparties: was Ashgabat told to make firms themselves answerable in a "
        "criminal court for every offence under that children's protocol, not only for trafficking? Pls confirm.",
        c(M, 31),
        c(M, 30),
        ["full and direct criminal liability of legal persons"],
        notes="TKM 31: revise the Criminal Code to ensure the full and direct criminal liability of legal persons "
        "for all offences covered by the Protocol; TKM 30 (article 20 covers trafficking only) may",
    )
    item(
        P,
        "Turkmenistan again, for the country-risk file: was the government pressed to put enough people and money "
        "behind catching and trying offenders, and behind studies and statistics?",
        c(M, 21),
        c(M, 20),
        ["including for research and data collection", "investigation and prosecution of the"],
        notes="TKM 21 (urges): sufficient human, technical and financial resources, including for research and data "
        "collection, prevention, protection, recovery and reintegration, investigation and prosecution; TKM 20 may",
    )
    item(
        P,
        "Our transfer corridors are shifting. Is Dushanbe steering its workers towards other host countries and "
        "other trades, beyond building sites in Russia?",
        c(S, 35),
        c(S, 7),
        ["diversifying migration opportunities to new countries of destination and to a more diverse range of "
         "employment sectors"],
        notes="SR 35: commitment to diversifying migration opportunities to new countries of destination and to more "
        "diverse employment sectors welcomed; vocational training under the Ministry of Labour, Migration and "
        "Employment",
    )
    item(
        P,
        "Metrics request for the file: does the Rapporteur give any count of how many trafficking victims in "
        "Tajikistan were granted payouts by the courts, or the typical size of one?",
        c(S, 73),
        c(S, 74, 90),
        ["Information was not available on the number of compensation awards made or the average amount of "
         "compensation received by victims"],
        notes="SR 73: no information on the number of compensation awards or the average amount; access limited, "
        "delays, limited legal aid, no State compensation fund",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "Audit-style request: in Tajikistan's 2018-2022 plan, which activities carry the single year 2019 as their "
        "deadline (not a range like 2019-2020)? All three tables, please.",
        c(PC, 9, 11, 19, 20, 29) + c(PO, 8) + c(PA, 5, 6),
        c(PO, 3) + c(PA, 7),
        [
            "Study the issue of necessity of introducing amendments into the Family Code",
            "Creation of a working group for curriculum development",
        ],
        notes="period '2019': CRC 9 (age of marriage, Family Code), 11 (best interests in legislation), 19 (1)-(2) "
        "(adoption by relatives of foreign nationals, Hague Convention), 20 (1) (equal disability pension), 29 (2) "
        "(statelessness conventions); OPSC 8 (2) (working group for the 2014 Forced Labour Protocol); OPAC 5 "
        "(strategy against extremist and radical movements), 6 (1), (2), (4) (curriculum working group, age "
        "commission, minors in military schools); ranges starting in 2019 (OPSC 3, 2019-2020; OPAC 7, 2019-2021) may",
    )
    item(
        TH,
        "Anti-corruption angle: which activities of Tajikistan's plan list the Drug Control Agency (DCA) or the "
        "State Agency on Financial Control and Combat Corruption (SAFCC) among the implementers? Every one, pls.",
        c(PC, 16) + c(PO, 7),
        [],
        ["MOES, MLMEP, MOIA, MOHSPP, SCNS, DCA, GPO, SCT, OO, LA", "MOIA, MOJ, GPO, SCT, SCNS, DCA, SAFCC, OO"],
        notes="DCA: CRC 16 (1) (campaigns, monitoring of schools and closed institutions) and (4) (capacity of staff "
        "against violence); DCA and SAFCC: OPSC 7 (2) (training programme for law enforcement, judges, "
        "prosecutors, closed correctional facilities) and (3) (electronic technologies for children's complaints); "
        "no OPAC activity",
    )
    item(
        TH,
        "Accountability mapping, for the file: which activities in Tajikistan's 2018-2022 plan are left to one "
        "single agency, with no co-implementer listed? Across all three tables.",
        c(PC, 10, 14, 18, 25, 27, 31) + c(PO, 1),
        c(PC, 34, 15),
        [
            "Carry out explanatory events related to government capabilities for youth on state youth policy",
            "Improve the mechanism regulating the use of child labour in Tajikistan",
        ],
        notes="single agency: CRC 10 (2) (MOHSPP, HIV/AIDS monitoring), 14 (1)-(3) (COYS, youth policy), 18 (5) "
        "(MLMEP, education of migrants' children), 25 (2) (MOHSPP, HIV Prevention Program), 27 (6)-(8) (MOES, "
        "distance learning, inclusive education law, EMIS), 31 (3) (MLMEP, child labour mechanism); OPSC 1 (2) "
        "(MLMEP, list of employees under 18); none in OPAC; 'relevant ministries' (CRC 34) and 'CORRTR, other "
        "ministries' (CRC 15) may",
    )
    item(
        TH,
        "For our financial-inclusion review: every fund the documents mention for trafficking victims or for "
        "migrants' families - State funds for help, support or compensation, donor-backed funds - and whether each "
        "one actually exists.",
        c(S, 41, 64, 73, 87, 90) + c(M, 40),
        c(T, 7, 33) + c(S, 67, 69),
        ["Start-Up Fund for Safe, Orderly and Regular Migration", "Establish a State fund for victim support"],
        notes="SR 41 (Start-Up Fund programmes for migrants' families), 64 (State funds for assistance provided for "
        "in law, assistance in practice by international organizations), 73 (no State compensation fund despite "
        "repeated recommendations), 87 (c) (establish a State fund for victim support), 90 (State compensation "
        "fund); TKM 40 (b) (victims' compensation fund); UNICEF (TJK 7), funding for care (TJK 33 (c)) and NGO "
        "funding (SR 67) and families' own funds for return flights (SR 69) may",
    )
    item(
        TH,
        "My oldest players are 16 and 17 and some already work! Where does the government's plan for children draw "
        "a line at 18, or set any age at all - jobs, marriage, benefits, cadets, statistics? Everything, all three "
        "tables.",
        c(PC, 5, 9, 24) + c(PO, 1, 7, 8) + c(PA, 6),
        c(PC, 22) + c(S, 44),
        ["an increase in the age limit from 16 to 18 years", "prohibited to the persons under 18 years of age"],
        notes="CRC 5 (2) (statistics on persons under 18), 9 (marriage of persons under 18), 24 (2) (HIV/AIDS "
        "allowances, age limit from 16 to 18); OPSC 1 (2) (list of employees under 18), 7 (1) (parents of working "
        "children under 18), 8 (3) (hazardous work prohibited under 18); OPAC 6 (2) (age of students and cadets), "
        "(4) (minors in military schools); food 'depending on the age' (CRC 22) and age-appropriate education (SR "
        "44) may",
    )
    item(
        TH,
        "Our club trains in the district House of Culture. Which activities in Tajikistan's plan put the Ministry "
        "of Culture to work? All of them, all three tables!",
        c(PC, 10, 28, 30, 35) + c(PO, 9, 10),
        [],
        ["COYS, MOES, MOC, CTVR", "MOHSPP, MLMEP, MOJ, MOES, MOF, MOC, OO"],
        notes="MOC among the agencies: CRC 10 (5) (social inclusion of children with disabilities and from minority "
        "groups), 28 (cultural and recreative events), 30 (Roma/Jugi children's access to services), 35 "
        "(dissemination of the Convention and Protocols); OPSC 9 (misuse of ICT), 10 (protection of vulnerable "
        "children); none in OPAC",
    )
    item(
        TH,
        "No time-wasting: on which points does the UN trafficking expert say Tajikistan has to move urgently? Give "
        "me every one!",
        c(S, 22, 62, 72, 84, 87, 88),
        c(S, 25, 69),
        [
            "requires urgent action to ensure that refugees and asylum seekers are not at risk",
            "as a matter of urgency",
        ],
        notes="urgency: SR 22 (refugees and asylum seekers require urgent action), 62 (expansion of legal aid "
        "urgently needed), 72 (repatriation from the camps resumed as a matter of urgency), 84 (attention urgently "
        "needed to internal trafficking), 87 (a) (urgent action on discriminatory stereotypes), 88 (a) (asylum "
        "registration resumed as a matter of urgency); 'extremely concerned' (SR 25) and urgent medical assistance "
        "paid by families (SR 69) may",
    )
    item(
        TH,
        "For our staff induction: which kinds of work do the documents say leave women exposed - service jobs, "
        "hotels and tourism, housekeeping, jobs off the books? Every passage, if I may.",
        c(S, 8, 15, 19, 41),
        c(S, 40, 42, 37),
        [
            "the services sector, the hospitality sector and domestic work",
            "the majority of whom are employed in the informal sector of the economy",
        ],
        notes="SR 8 (women migrants recruited to services, hospitality and domestic work; hospitality and tourism "
        "sectors), 15 (rural women in the informal sector), 19 (migrant domestic workers; families left behind in "
        "the informal economy), 41 (risks within the informal economy); sectors of internal forced labour (SR 40), "
        "domestic households (SR 42) and domestic workers (SR 37) may",
    )
    item(
        TH,
        "If one of my night staff suspects a guest of exploiting a young girl: where do the documents deal with "
        "reporting abuse or trafficking - numbers to call, whether the authorities must act without a complaint, "
        "and what puts people off coming forward? All of it, please.",
        c(S, 17, 55, 56, 76, 77) + c(T, 19) + c(PC, 16),
        c(M, 41, 42) + c(K, 22) + c(PO, 7) + c(T, 33) + c(PC, 6) + c(S, 14),
        [
            "not dependent on receipt of a complaint from a victim",
            "increase the reluctance of victims/survivors to report their experiences of trafficking",
        ],
        notes="SR 17 (difficulties in reporting for persons with disabilities), 55 (identification a positive "
        "obligation, not dependent on a complaint), 56 (credibility questioned when victims report to police), 76 "
        "(threats increase reluctance to report, underreporting), 77 (hotline advertised on radio and TV); TJK 19 "
        "(b) (identify, report and support children at risk); CRC plan 16 (2) (reporting mechanism for violence "
        "in schools); helplines and complaint mechanisms (TKM 41-42, KAZ 22 (d), OPSC plan 7 (3), TJK 33 (e), the "
        "Ombudsman's handling of children's complaints in CRC plan 6 (2)) and stigma (SR 14) may",
    )
    item(
        TH,
        "Several of our cooks go abroad for the season. Which agreements has Tajikistan made, or does it plan, with "
        "other governments or international organisations - on police cooperation, migrants, trafficking? Not the "
        "UN treaties it ratified, the agreements.",
        c(T, 4) + c(S, 35) + c(PC, 18) + c(PO, 2),
        c(T, 34) + c(S, 5, 28, 74),
        [
            "Agreement on Cooperation between the Ministries of Internal Affairs (Police)",
            "Conclude of inter-government agreements on the protection of migrants' and their families' rights",
        ],
        notes="TJK 4 (d) (CIS police agreement on trafficking, 2010) and (f) (cooperation agreement with IOM); SR 35 "
        "(bilateral agreements with the Russian Federation); CRC plan 18 (2) (inter-government agreements on "
        "migrants' rights, 2018-2022, MLMEP, MOFA); OPSC plan 2 (4) (bilateral, regional and multilateral treaties "
        "and agreements); cooperation encouraged (TJK 34), the Global Compact (SR 5), treaties (SR 28) and "
        "cooperation with destination countries (SR 74) may",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Cross-border enforcement: what exactly was Kazakhstan told to do about the rule that the act must be a "
        "crime in both countries, and what was Tajikistan told - same strength of language?",
        c(K, 18) + c(T, 31),
        c(K, 17) + c(T, 30),
        ["abolish the requirement of double", "dual criminality requirement is not used in cases of extradition"],
        notes="KAZ 18: amend legislation to abolish double criminality for extradition and/or prosecution of offences "
        "committed abroad (recommends); TJK 31: encourages steps so that dual criminality is not used in "
        "extradition cases, the Protocol as basis for extradition",
    )
    item(
        CO,
        "Quick one on tone! In its reviews of Tajikistan, Kazakhstan and Turkmenistan, did the Committee ever call "
        "itself 'seriously' or 'especially' concerned - and about what?",
        c(T, 18) + c(K, 25),
        c(T, 19) + c(K, 26),
        [
            "The Committee is seriously concerned about the insufficient measures",
            "especially concerned about the vulnerability of street children",
        ],
        notes="TJK 18 (seriously concerned: insufficient prevention measures); KAZ 25 (especially concerned: street "
        "children, foreign citizens, ethnic minorities); Turkmenistan: no such wording in CRC/C/OPSC/TKM/CO/1 "
        "(checked with grep), so no unit",
    )
    item(
        CO,
        "Legal file note: an 'article 20' of the anti-trafficking law comes up both for Turkmenistan and for "
        "Tajikistan. What does each of those provisions do, according to the documents?",
        c(M, 30) + c(S, 31),
        c(M, 31),
        [
            "held accountable in accordance with article 20 of the",
            "Article 20 specifically recognizes that consent is irrelevant",
        ],
        notes="TKM 30: individuals and legal entities involved in trafficking held accountable under article 20 of "
        "the Law on Combating Trafficking in Persons; SR 31: article 20 of Tajikistan's Anti-Trafficking Law "
        "(consent irrelevant, victim status not dependent on cooperation, (4)-(5) non-punishment)",
    )
    item(
        CO,
        "Case-tracking systems, Turkmenistan vs Tajikistan: did the reviewers find a system that logs each case "
        "from report to outcome, and is anything like that being built?",
        c(M, 6) + c(S, 82),
        c(M, 7) + c(T, 6, 7) + c(PC, 5),
        ["comprehensive data collection", "measures now under way to develop a unified database"],
        notes="TKM 6: no comprehensive data collection system for recording, referral and follow-up of all cases; SR "
        "82: lack of disaggregated data on investigations and prosecutions, unified database for trafficking "
        "crimes under way",
    )
    item(
        CO,
        "Does the punishment fit the crime? What did the Committee say about sentences for people who sell or "
        "abuse kids, in Tajikistan and in Turkmenistan?",
        c(T, 29) + c(M, 28),
        c(T, 28) + c(M, 29),
        ["commensurate with the gravity of their crimes", "sentenced commensurate with the gravity of"],
        notes="TJK 29: perpetrators, including complicit officials, punished with sanctions commensurate with the "
        "gravity of their crimes; TKM 28: no information on perpetrators sentenced commensurate with the gravity "
        "of their crimes; TKM 29 (appropriate sanctions) may",
    )
    item(
        CO,
        "Many of our guests are foreigners. If the victim is a foreign child, or a Tajik who was exploited abroad, "
        "can they get paid damages? What is said for Turkmenistan and for Tajikistan?",
        c(M, 40) + c(S, 74),
        c(S, 70, 90, 73) + c(T, 32),
        ["including those who are not nationals or", "when the exploitation occurred abroad"],
        notes="TKM 40 (b): all child victims, including non-nationals and non-residents, to have access to "
        "compensation, and a victims' compensation fund; SR 74: compensation rarely ensured when exploitation "
        "occurred abroad, in practice limited to unpaid wages",
    )
    item(
        CO,
        "Follow-through on anti-trafficking action plans: what was Kazakhstan asked to disclose about the money "
        "behind its plan, and how is Tajikistan's plan reviewed and evaluated, per the Rapporteur?",
        c(K, 14) + c(S, 33, 85),
        c(K, 4, 13) + c(S, 34),
        [
            "implementation of the Optional Protocol and National Action Plan on Trafficking",
            "meets twice a year to review and monitor progress",
        ],
        notes="KAZ 14: more complete information on budget allocations for the Protocol and the National Action "
        "Plan on Trafficking; SR 33: the Interministerial Commission meets twice a year to review the national "
        "action plan, lack of transparency; SR 85 (b): independent evaluation of measures under the plan",
    )
    item(
        CO,
        "Who actually runs anti-trafficking courses for the police in Turkmenistan and in Tajikistan, and with "
        "whose help?",
        c(M, 18) + c(S, 78),
        c(M, 19) + c(S, 46, 77),
        [
            "State party, in collaboration with the International Organization for Migration",
            "coordinates training and professional development for the police",
        ],
        notes="TKM 18: training on investigation techniques for law enforcement provided with IOM, not systematic "
        "for other professionals; SR 78: the specialized Centre coordinates police training, to be rolled out to "
        "all regions; SR 46 (training as set out in the plan, UN and donor support) may",
    )
    item(
        CO,
        "A phrase I keep hearing: 'commercial sexual exploitation of children'. Where does it come up for "
        "Tajikistan and for Kazakhstan, and what was each government asked to do with it?",
        c(T, 11) + c(K, 28),
        c(T, 10) + c(K, 27),
        [
            "World Congresses against Commercial Sexual Exploitation of Children",
            "commercial sexual exploitation of children, including prostitution and",
        ],
        notes="TJK 11: a comprehensive policy and strategy taking into account the outcome documents of the World "
        "Congresses against Commercial Sexual Exploitation of Children; KAZ 28: research on the nature and extent "
        "of commercial sexual exploitation of children; the phrase appears nowhere else in the corpus",
    )
    item(
        CO,
        "Once a victim is found, how long does the support last? What is said for child victims in criminal cases "
        "in Kazakhstan, and for trafficking victims in Tajikistan?",
        c(K, 20) + c(S, 63, 87),
        c(K, 22) + c(S, 61),
        [
            "appropriately supported throughout the process",
            "support is to be provided to victims for up to two months",
            "at all stages of legal proceedings",
        ],
        notes="KAZ 20: the child victim to be appropriately supported throughout the criminal process; SR 63: "
        "article 29, support for up to two months irrespective of cooperation; SR 87 (c): free legal aid at all "
        "stages of legal proceedings, long-term resources",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "Does she come back to that in the part of the report on investigations and the courts?",
        c(S, 81),
        c(S, 86, 87, 56),
        ["intimidation and harassment of lesbian, gay, bisexual and trans persons"],
        h(
            "Good evening. What does the UN trafficking expert say about gay and trans people in Tajikistan?",
            'She "highlights the systemic discrimination and violence perpetrated against lesbian, gay, bisexual, '
            f'trans and gender-diverse persons in Tajikistan" ({SR}, para. 16).',
        ),
        notes="SR 81 (section VII, investigation, prosecution and access to justice): reports of intimidation and "
        "harassment of LGBT persons, including those at risk of trafficking, a serious concern",
    )
    item(
        F,
        "Fine on paper. Does she say it actually works in practice?",
        c(S, 32),
        c(S, 63, 84),
        ["limited implementation in practice of the Anti-Trafficking Law"],
        h(
            "AML desk. Which statute governs trafficking in Tajikistan now?",
            'The Rapporteur notes that the 2004 legislation "was replaced by the Law on Counteracting Trafficking in '
            "Persons and Providing Support to Victims of Trafficking in Persons of 2014 (Anti-Trafficking Law)\" "
            f"({SR}, para. 30).",
        ),
        notes="SR 32: comprehensive legislation commended; key concern the limited implementation in practice, "
        "especially assistance and protection",
    )
    item(
        F,
        "And for the ones who stayed past that limit - is anything done for them over there?",
        c(S, 36),
        c(S, 9, 18),
        ["regularization of the status of Tajik citizens who have exceeded their permitted length of stay"],
        h(
            "For our remittance-corridor note: how long can Tajik workers stay in Russia without a visa?",
            f'"Tajiks enjoy visa-free entry into the Russian Federation and can stay for 90 days, including for '
            f'short-term work" ({SR}, para. 7).',
        ),
        notes="SR 36: subsidiary offices of the Migration Service in Russia, regularization of the status of Tajik "
        "citizens who exceeded their permitted stay, passports through specialists sent to Russian cities",
    )
    item(
        F,
        "Why did she think they needed it - what was missing in what they knew?",
        c(S, 39),
        c(S, 68),
        ["further awareness-raising and training is needed to address the gender dimensions of"],
        h(
            "What did the Rapporteur recommend for Tajik consulates abroad?",
            'She recommends that the Government "Strengthen training for Tajik consular officials abroad on the '
            f'rights of trafficked persons to assistance, protection and repatriation" ({SR}, para. 87 (b)).',
        ),
        notes="SR 39: consular work commended, but further awareness-raising and training needed on the gender "
        "dimensions of trafficking, in particular sexual exploitation",
    )
    item(
        F,
        "What gap had it spotted that made it say so?",
        c(K, 7),
        c(K, 8),
        ["efforts to raise awareness among relevant professional categories and the public"],
        h(
            "Coach here - did a course in Almaty last year. What did the UN children's committee want Kazakhstan to "
            "do about training people who work with kids?",
            'It recommended "that adequate and effective resources be earmarked for well-targeted and effective '
            "public awareness campaigns and for the development of training materials and courses for all relevant "
            f'professionals" ({KAZ}, para. 8).',
        ),
        notes="KAZ 7: efforts to raise awareness among relevant professional categories and the public remain "
        "insufficient",
    )
    item(
        F,
        "And the numbers - are many cases actually being investigated, and how do the police treat the women who "
        "come forward?",
        c(S, 80),
        c(S, 56, 59),
        [
            "the number of investigations undertaken is limited",
            "discriminatory attitudes within the police and prosecution services",
        ],
        h(
            "Is Tajikistan getting better at investigating trafficking?",
            f'"The Special Rapporteur highlights the need for a wider range of investigative techniques, to ensure '
            f'effective investigations." ({SR}, para. 79)',
        ),
        notes="SR 80: despite specialization, limited number of investigations, in particular of internal trafficking; "
        "discriminatory attitudes in police and prosecution towards victims of sexual exploitation",
    )
    item(
        F,
        "Has that danger grown since the plan was written, with covid and everything?",
        c(S, 20),
        c(S, 49, 18),
        ["increased demand for child sexual abuse material online", "Those risks are also prevalent in Tajikistan"],
        h(
            "My under-14s are glued to their phones. What is the government's plan doing about kids and the internet?",
            'The sale-of-children table foresees: "Conduct awareness raising initiatives and take other measures for '
            "prevention of misuse of information and communication technologies aimed at involving children to "
            f'prostitution and other inappropriate acts", regularly ({NPA} (OPSC), row 9).',
        ),
        notes="SR 20: COVID-19 increased risks of online recruitment for sexual exploitation, demand for child sexual "
        "abuse material online and technology-facilitated child sex trafficking; also prevalent in Tajikistan",
    )
    item(
        F,
        "And when police or social services try to work out whether one of them is a victim - are they set up for "
        "it?",
        c(S, 58),
        c(S, 45, 86, 17),
        ["how identification processes address the rights and needs of trafficked persons with disabilities"],
        h(
            "One of my players uses a wheelchair. Are kids like him at risk of being trafficked in Tajikistan?",
            '"Persons with disabilities, in particular children with disabilities, may be at particular risk of '
            f'trafficking for exploitation in begging, forced labour or sexual exploitation." ({SR}, para. 17)',
        ),
        notes="SR 58: lack of information on how identification addresses the rights and needs of trafficked persons "
        "with disabilities, accessible information, reasonable accommodation",
    )
    item(
        F,
        "Do survivors themselves have any part in those courses?",
        c(S, 47),
        c(S, 46, 86),
        ["limited engagement with victims/survivors in such training programmes"],
        h(
            "For our staff briefing: are Tajik police trained to recognise trafficking?",
            '"Training on combating trafficking in persons is incorporated into routine training for the police '
            'service. However, the duration of such training is short and not sufficiently in-depth" '
            f"({SR}, para. 46).",
        ),
        notes="SR 47: limited engagement with victims/survivors in training; more attention to gender dimensions, "
        "stereotypes about victims of sexual exploitation, LGBT persons and persons with disabilities",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"If I may, could you show me paragraph 5 of {SR}?",
        c(S, 5),
        [],
        ["objective 10 of the Global Compact on Safe Orderly and Regular Migration"],
    )
    item(
        L,
        f"Paragraph 10 of {TJK} - what's it say?",
        c(T, 10),
        c(T, 11),
        ["has not developed a comprehensive policy and strategy"],
    )
    item(
        L,
        f"For the file: text of paragraph 35 of {KAZ}, pls.",
        [],
        answerable=False,
        notes="CRC/C/OPSC/KAZ/CO/1 ends at paragraph 32",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "Coach question! A scout keeps promising my boys trials at football academies in Kazakhstan. What did "
            "the Committee say about sports clubs or academies recruiting children in Kazakhstan?",
            "covered country, topic not treated: sport, athletes, football or academies appear in no document (grep); "
            "the only sports body is Tajikistan's Committee for Youth and Sport(s) Affairs (SR 2, 48; COYS in the "
            "plan)",
        ),
        (
            "Did the Special Rapporteur recommend that Tajikistan confiscate traffickers' assets or prosecute the "
            "laundering of their proceeds?",
            "covered country, topic not treated: no document mentions money laundering, confiscation, assets or "
            "proceeds (grep); the nearest is 'financial investigations' in SR 89 (b)",
        ),
        (
            "Was Kazakhstan asked to join the Council of Europe's Lanzarote Convention on the sexual exploitation and "
            "sexual abuse of children?",
            "treaty not in the corpus: KAZ 16 (c) names the Council of Europe conventions on cybercrime (2001) and on "
            "action against trafficking (2005) only; Lanzarote is named nowhere (grep)",
        ),
        (
            "Good evening. What did the UN Independent Expert on sexual orientation and gender identity report after "
            "visiting Tajikistan?",
            "mandate not in the corpus: LGBT persons are treated only by the Special Rapporteur on trafficking (SR 16, "
            "47, 56, 81); no Independent Expert is named (grep)",
        ),
        (
            "Supplier check: what did the UN Committee on the Rights of the Child tell Uzbekistan about children in "
            "the cotton harvest?",
            "covered body, another country: the Committee's observations held are on Tajikistan, Kazakhstan and "
            "Turkmenistan; Uzbekistan is named in no document (grep)",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
