"""Round-13 gold items (ids rh001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of one line of a must-cite unit
(checked with a stdlib script that splits the five files into their numbered paragraphs and plan rows),
every quotation in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no
part of the assistant was run and no answer of the assistant and no eval report was seen. The questions
avoid the paragraphs, themes and wordings of the round-2 to round-12 tables and of the q items where they
can: since every paragraph and row has been cited before, each candidate key fact was checked against
every earlier key fact and question, and the paraphrases, follow-ups and lookups go to sentences and
activities no earlier key fact quoted, in units paraphrased least (migrant workers leaving the country as
the ones most at risk, risk assessments before migrant workers are deported, the strain on NGOs' safe
accommodation during COVID-19, prevention in the informal economy, victims' age, gender and nationality
in the data, the limited money and staff of the NGOs, the Committee's pointer to UNICEF for technical
support, law enforcement's talks against child marriage, awareness programmes for officials and
professionals, Kazakhstan's in-depth studies, preschool for poor families, studies of the causes of
violence, alternative child care, putting the concluding observations and plan through mass media and
websites; the Al Hol camp, the suspended work of the State Refugee Status Determination Commission, the
recommendation against criminalizing children, training officials on the child's opinion, the reform of
the state registry, how fast Turkmenistan was to fix its data system, NGOs left out of Turkmenistan's
report, the plan's long-term dissemination programmes; SR para. 49, TJK para. 12, TKM para. 3 and row 6
of the sale-of-children table looked up). The themes were not asked before: every activity of the plan
where the Agency on Statistics (AOS) is an implementer; country by country every paragraph where the
Committee merely 'encourages' (the counterpart of round 9's 'urges'); every point the Rapporteur
'welcomes' (the counterpart of round 12's 'commends'); everything she writes that she 'was informed' of
or that an authority confirmed to her; every place where the Rapporteur sets what the law or a plan
provides against what happens 'in practice' (with the Committee's de jure / de facto point on
Tajikistan); the activities of the two protocol tables whose expected result is only suggestions or
recommendations; the State Committee on National Security in the armed-conflict table and in the
Rapporteur's report; and every step Tajikistan took before 2010 by the documents' dates. Comparisons pair
countries on points no earlier comparison made its subject (spotting children at risk before harm, money
for prevention programmes for vulnerable children, regional organisations - the Council of Europe, the
CIS, the OSCE -, training in interviewing children, preventing child sexual exploitation inside the
country, street children, schooling as a shield, whether trust in the justice system is tied to
prevention). Two lookups name a paragraph or row that does not exist, and six questions are near misses
the corpus cannot answer, each checked with grep over data/corpus: a covered country on a topic no
document treats, a treaty or mandate the corpus does not hold, a covered body or mandate on another
country. The users appear in no earlier table: a veterinarian on farm rounds in Khatlon (practical,
opens with 'Between farm calls:' and numbers her sub-questions 1), 2), speaks of herds, herders,
farmers, vaccination rounds), a mountain guide in the Pamirs (chatty, story-like, opens with 'Salom!',
lower-case and the odd typo, speaks of trekkers, porters, homestays, jeep drivers and the young guides he trains) and a
hairdresser who runs a salon in Khujand (warm and gossipy, 'Honestly,' and 'a client of mine', speaks of
her clients, her niece and the young women who work with her).
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
    """Add the round-13 items through make_gold's q(), with ids rh001, rh002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Salom! Every April half of my porters pack a bag and take the bus to Moscow, the village is only "
        "women and old men until October. A trekker from Geneva told me the UN thinks it is exactly these "
        "guys, the ones who leave to work abroad, who are most in danger of being trafficked. is that really "
        "what the report says?",
        c(S, 6),
        c(S, 7, 18),
        ["Migrant workers departing Tajikistan are particularly at risk of trafficking"],
        notes="SR 6 (second sentence): Tajikistan primarily a country of origin; migrant workers departing "
        "Tajikistan particularly at risk; prevention focused on forced labour; destinations and seasons (SR 7) "
        "and COVID-19 pushing unsafe migration (SR 18) may",
    )
    item(
        P,
        "Between farm calls: an Uzbek herdsman who worked on a farm near Bokhtar without papers was put on a bus "
        "to the border last week. Nobody asked him whether he had been cheated or locked in. 1) Does the UN "
        "trafficking report say the authorities check for that kind of danger before they send such workers "
        "away? 2) And do requests to stay legally get looked at?",
        c(S, 9),
        c(S, 70, 26),
        [
            "how risk assessments are undertaken prior to the deportation of migrant workers",
            "Some requests for residence and regularization of stay may not have been considered",
        ],
        notes="SR 9 (last sentences): forced returns of migrant workers in irregular situations, some requests "
        "for residence and regularization of stay may not have been considered, lack of information on risk "
        "assessments before deportation, non-punishment for status-related offences; pre-removal risk "
        "assessments for foreign victims (SR 70) and Afghans at risk of deportation (SR 26) may",
    )
    item(
        P,
        "Honestly, a client of mine volunteers at a women's refuge and she says that during the covid lockdowns "
        "they could hardly take anyone in, no rooms, no staff, nothing. Did the UN trafficking expert notice "
        "that the charities had a hard time giving victims a safe bed and proper help during the pandemic?",
        c(S, 21),
        c(S, 65, 19),
        ["challenges for non-governmental organizations and other service providers in providing safe "
         "accommodation"],
        notes="SR 21 (second sentence): COVID-19 affected assistance; challenges for NGOs and other service "
        "providers in providing safe accommodation and specialized assistance and in engaging with the national "
        "referral mechanism; the one State shelter (SR 65) and migrant domestic workers in lockdown (SR 19) may",
    )
    item(
        P,
        "Salom! my aunt knits socks and hats for the tourists and the women in our village sell apples and "
        "dried mulberries at the bazaar, no contract, no papers, nobody checks anything. i always think if "
        "someone came with a 'job offer' they would just go. does the UN report say there is enough warning "
        "about the dangers in this kind of off-the-books work?",
        c(S, 41),
        c(S, 19, 15),
        ["targeted prevention measures highlighting the risks within the informal economy are limited"],
        notes="SR 41 (last sentence): programmes backed by the Start-Up Fund help families of migrants, but "
        "targeted prevention measures highlighting the risks within the informal economy are limited and the "
        "risk of exploitation is high; the informal economy in SR 19 and 15 may",
    )
    item(
        P,
        "Between farm calls: for every cow I vaccinate I write down her age, sex and which farm she came from. "
        "1) Does the UN report say Tajikistan keeps the same kind of details on the people who were trafficked? "
        "2) What does she say those numbers are needed for?",
        c(S, 82),
        c(S, 34),
        ["Information on the age, gender and nationality of victims and the type of exploitation",
         "is critical to the analysis of the effectiveness of anti-trafficking measures"],
        notes="SR 82: lack of disaggregated data on investigations and prosecutions; information on victims' age, "
        "gender, nationality, type of exploitation and on outcomes critical to judging anti-trafficking "
        "measures; unified database under way; limited data and research (SR 34) may",
    )
    item(
        P,
        "Honestly, the little organisation that sheltered the sister of one of my girls runs on two "
        "part-timers and whatever the foreigners give them. Does the UN trafficking report say these groups "
        "are short of money and people, and that victims lose out on help that lasts?",
        c(S, 76),
        c(S, 67, 64, 87),
        ["limited financial and human resources available to non-governmental organizations"],
        notes="SR 76 (first sentence): limited financial and human resources of NGOs and the negative "
        "consequences on long-term, sustained specialized assistance; threats against NGOs follow; the "
        "precarious funding (SR 67), assistance mainly by international organizations (SR 64) and long-term "
        "funding recommended (SR 87 (c)) may",
    )
    item(
        P,
        "Between farm calls: our district vet office counts every animal but nobody seems to count children. "
        "Did the UN committee tell Tajikistan to get outside expert help to build a proper system for "
        "numbers on exploited children? 1) From whom? 2) Should the court cases be counted too?",
        c(T, 7),
        c(T, 6),
        ["seek technical support from, inter alia, the United Nations",
         "Data should also be collected on the number of prosecutions and convictions"],
        notes="TJK 7: comprehensive data system, disaggregation, data on prosecutions and convictions by offence, "
        "technical support from, inter alia, UNICEF (the line writes 'Children’s Fund' with a curly "
        "apostrophe); the concern (TJK 6) may",
    )
    item(
        P,
        "Honestly, two policemen came to my niece's school and gave a whole talk about why girls must not be "
        "married off at fifteen. Did the UN committee know the police do such talks in Tajikistan, and was it "
        "happy with how much is done to spread the word about the protocol?",
        c(T, 14),
        c(T, 15),
        ["prohibition and negative consequences of child marriages"],
        notes="TJK 14: law enforcement officials carry out awareness-raising on the prohibition and negative "
        "consequences of child marriages, but limited dissemination, awareness-raising and training on the "
        "Protocol regretted; the recommendation (TJK 15) may",
    )
    item(
        P,
        "Salom! the people who should know about this stuff - the district officials, the teachers, the "
        "nurses in the little clinics - most never heard of the UN protocol on selling children. did the "
        "committee want Tajikistan to make it known to them too, or only to the public?",
        c(T, 15),
        c(T, 14, 37),
        ["government officials and professionals working with and for children"],
        notes="TJK 15: awareness-raising programmes, campaigns, dissemination and training so that the Protocol "
        "is widely known by the general public, in particular parents and children, government officials and "
        "professionals working with and for children; TJK 14 and wide dissemination of the observations (TJK "
        "37) may",
    )
    item(
        P,
        "Between farm calls: in Kazakhstan, did the committee want the government to study these problems "
        "properly, in depth, before making policy, and to collect figures it can measure its policies with?",
        c(K, 12),
        c(K, 11),
        ["in-depth studies are undertaken into issues covered by"],
        notes="KAZ 12: in-depth studies into issues covered by the Protocol and data disaggregated by age, sex, "
        "minority group, systematically collected and analysed as tools for measuring policy implementation; "
        "the regret (KAZ 11) may",
    )
    item(
        P,
        "Salom! in our village there is no kindergarten, the little ones run around with the goats until "
        "school. the poor families can't pay anything anyway. is the government planning more preschool places, "
        "also for kids from poor homes?",
        c(PC, 27),
        [],
        ["Expanding the coverage of children with preschool education, including children from poor families"],
        notes="CRC plan row 27 (recommendation 39), activity 3: expanding preschool coverage incl. children from "
        "poor families, improving quality, capacity development of preschool teachers, regularly, MOES, MOHSPP, "
        "LA",
    )
    item(
        P,
        "Honestly, a client came in last week with a bruise she tried to hide under her fringe, and her "
        "little boy sat there so quiet. Everybody knows it happens but nobody asks why. Is anybody in "
        "government actually going to study what makes families, schools and neighbourhoods so violent to kids?",
        c(PC, 16),
        [],
        ["Carry out studies on identification of factors and reasons of violence in the family, schools, "
         "community"],
        notes="CRC plan row 16 (recommendations 20-22), activity 3: studies on the factors and reasons of violence "
        "in the family, schools and community, with recommendations, regularly, MOES, MLMEP, MOIA, GPO, CWFA, "
        "OO, LA",
    )
    item(
        P,
        "Between farm calls: a farmer's wife near Kulob has taken in her dead neighbour's three kids instead of "
        "letting them go to the state home. Is the government planning to build up that sort of care, outside "
        "the institutions?",
        c(PC, 18),
        [],
        ["Strengthening the institution of alternative child care."],
        notes="CRC plan row 18 (recommendations 24-26), activity 3: strengthening the institution of alternative "
        "child care, regularly, MOES, MOHSPP, MOJ, CWFA, COYS, LA",
    )
    item(
        P,
        "Honestly, my clients are always asking what the UN actually told our government about kids. Will the "
        "government put the UN committee's findings and its own plan out there on TV, a website, leaflets, so "
        "ordinary people can read them?",
        c(PC, 35),
        c(T, 37),
        ["as well as report of the Government of Tajikistan to the UN Committee on Child Rights, Concluding "
         "Observations, Plan of Action"],
        notes="CRC plan row 35 (recommendation 51): disseminate the UNCRC, its Optional Protocols, the "
        "Government's report, the Concluding Observations and the Plan of Action through mass media, website, "
        "leaflets, regularly, CCR, MOFA, MOES, MOHSPP, MLMEP, MOIA, MOF, MOC, CTVR, OO; the Committee's call for "
        "wide dissemination (TJK 37) may",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "Between farm calls: I am training the district extension workers to fill in our livestock statistics "
        "and want to show them who counts children. Every activity of Tajikistan's 2018-2022 plan where the "
        "Agency on Statistics (AOS) is listed among the implementers - 1) all three tables, 2) what each "
        "activity is.",
        c(PC, 1, 5, 13, 20, 27) + c(PO, 1) + c(PA, 4),
        [],
        [
            "MOJ, MOHSPP, MOES, MOIA, AOS, MOF, LA",
            "MOHSPP, AOS, MOES, ASIP, LA",
            "MOES, MOF, AOS, LA",
            "GPO, AOS, MOES, MOIA, MOHSPP, CWFA, MOIA, MLMEP",
        ],
        notes="AOS: CRC 1 (1)-(2) (review of legislation, bylaws to the Law on Child Rights Protection, written "
        "with CNL), 5 (1)-(3) (data system, statistical reports, data base on children with disabilities and "
        "without family care), 13 (1)-(2) (registry reform, home deliveries), 20 (2) (registration of children "
        "with disabilities), 27 (2) (girls' enrolment) and (4) (school data); OPSC 1 (1) (inter-sectoral working "
        "group on statistics); OPAC 4 (statistics); checked with grep 'AOS' over the plan",
    )
    item(
        TH,
        "Honestly, I run a little evening club for women in the salon and this week it's 'how the UN talks'. "
        "Country by country - Tajikistan, Kazakhstan, Turkmenistan - every paragraph where the Committee only "
        "'encourages' the government to do something, and what it encourages.",
        c(T, 31, 34) + c(K, 6, 14, 28, 29) + c(M, 25, 34, 43),
        c(K, 24),
        [
            "encourages the State party to take steps to ensure that a dual criminality",
            "The Committee encourages the State party to provide more complete information on the budget "
            "allocations for the",
            "The Committee encourages the State party to:",
        ],
        notes="'encourages': Tajikistan 31 (dual criminality not used in extradition, the Protocol as basis for "
        "extradition), 34 (international cooperation, neighbouring countries); Kazakhstan 6 (coordination, "
        "periodic evaluation), 14 (budget information), 28 (targeted prevention with NGOs, research on "
        "commercial sexual exploitation), 29 (judicial, police and victim-oriented cooperation); Turkmenistan "
        "25 (research, targeted prevention, poverty reduction), 34 (extraditable offences), 43 (international "
        "cooperation); KAZ 24 asks the State to 'encourage' coordination (may); checked with grep 'encourag'",
    )
    item(
        TH,
        "Salom! i am making a little talk for the young guides about what the UN liked in our country. every "
        "point where the UN trafficking rapporteur says she welcomes something the government did or promised "
        "- all of them pls, not the ones she 'commends'",
        c(S, 5, 17, 35, 51, 52, 71, 82),
        c(S, 25, 28),
        [
            "welcomes the Government's road map towards ratification",
            "welcomes the measures taken to prevent early, child and forced marriage",
            "welcomes the steps taken to prevent trafficking for purposes of illegal adoption",
            "to a more diverse range of employment sectors is welcome",
        ],
        notes="'welcome(s)': SR 5 (Sustainable Development Goals, objective 10 of the Global Compact), 17 (road "
        "map to the CRPD), 35 (diversifying migration destinations and sectors 'is welcome'), 51 (measures "
        "against early, child and forced marriage), 52 (steps against trafficking for illegal adoption), 71 "
        "(commitment to repatriate women and children from Syria; repatriation of 84 children from Iraq), 82 "
        "(unified database); the footnote to SR 25 welcoming the resumed registration of asylum seekers in "
        "March 2022 is printed inside SR 28's text (may, with SR 25); checked with grep 'welcom'",
    )
    item(
        TH,
        "Honestly, my clients believe anything they hear, so I want to show them how a careful person writes "
        "down what she was told. In the UN trafficking report on Tajikistan, every place where the Rapporteur "
        "says she 'was informed' of something, or that an authority confirmed something to her - and what it "
        "was.",
        c(S, 17, 27, 31, 33, 65, 69),
        c(S, 4, 74),
        [
            "The Special Rapporteur was informed of difficulties",
            "In August 2021, the Special Rapporteur was informed that 80",
            "At the time of the Special Rapporteur's visit, she was informed that",
            "The Special Rapporteur was informed that the Commission meets",
        ],
        notes="SR 17 (difficulties in legal proceedings for persons with disabilities), 27 (80 asylum seekers "
        "refused entry in August 2021 and forcibly returned), 31 (reform to put the non-punishment principle "
        "into the Criminal Code), 33 (Interministerial Commission meets twice a year), 65 (only 5 victims in the "
        "shelter in 2021), 69 (the Ministry of the Interior confirmed 16 victims returned with IOM support); the "
        "meetings refused to her (SR 4) and 'information received during the visit' (SR 74) may; checked with grep "
        "'informed' and 'confirmed'",
    )
    item(
        TH,
        "Between farm calls: for a session with the farmers' association on laws that look good on paper. "
        "Every place in the UN trafficking report on Tajikistan where the Rapporteur sets what a law, a "
        "provision or a plan says against what happens 'in practice' - 1) each one, 2) and did the Committee "
        "make the same kind of point about Tajikistan?",
        c(S, 11, 32, 33, 61, 62, 63, 73, 74, 84, 85) + c(T, 32),
        c(S, 14, 47, 70),
        [
            "there is a lack of information on how that right is protected in practice",
            "limited implementation of the assistance provisions in practice",
            "However, in practice, access to compensation remains limited",
            "Ensure the implementation in practice of the principle of non-punishment",
            "are not de facto capable of seeking compensation",
        ],
        notes="'in practice': SR 11 (Law on Trade Unions), 32 (comprehensive Anti-Trafficking Law, limited "
        "implementation), 33 (provisions for civil society in the Commission), 61 (article 4.3, victims required "
        "to cooperate), 62 (free legal aid conditional), 63 (assistance provisions of articles 28-29), 73 "
        "(compensation an objective of the law), 74 (compensation limited to unpaid wages), 84 (framework and "
        "plans vs limited implementation), 85 (c) (non-punishment in practice); Committee: TJK 32 (e) (de jure "
        "compensation, not de facto); 'in practice' without that contrast (SR 14, 47, 70) may; checked with grep "
        "'in practice' and 'de jure'",
    )
    item(
        TH,
        "Between farm calls: in the two protocol tables of the government's 2018-2022 plan (sale of children, "
        "armed conflict), which activities are only expected to end in suggestions or recommendations rather "
        "than a change on the ground? 1) each activity, 2) what result the plan writes down.",
        c(PO, 1, 2, 3, 7, 8) + c(PA, 5, 6),
        c(PA, 1),
        [
            "The matter is reviewed and concrete suggestions are provided.",
            "National legislation is reviewed and recommendations are provided.",
            "Working Group is set up and specific suggestions are given on this regard.",
            "The issue is studied, suggestions are provided.",
        ],
        notes="results column: OPSC 1 (2) (list of employees under 18), 2 (1)-(3) (review of legislation, "
        "analysis of criminal legislation, criminal liability), 3 (single policy document), 7 (3) (electronic "
        "technologies for complaints), 8 (2) (working group for the 2014 Protocol to the Forced Labour "
        "Convention); OPAC 5 (strategy against joining extremist movements), 6 (4) (legislation on minors in "
        "military schools); OPAC 1 ends in an analysis conducted (may); the CRC table excluded by the question",
    )
    item(
        TH,
        "Salom! a friend who drives jeeps on the Pamir highway got a visit from the security service guys "
        "asking about his trekkers, so now i am curious. where does the State Committee on National Security "
        "(SCNS) come up - every activity in the armed-conflict table of the government's plan that lists it, "
        "and anything the UN trafficking report says about it",
        c(PA, 1, 2, 4, 5, 6, 10) + c(S, 4, 33),
        [],
        [
            "GPO, MOJ, MOIA, MOD, MOF, SCNS",
            "MOD, MOJ, MOES, SCNS, MOIA",
            "despite the repeated requests for such meetings made by the Special Rapporteur",
            "Membership of the Commission includes relevant ministries, State commissions and law enforcement bodies",
        ],
        notes="SCNS in the OPAC table: 1 (analysis of legislation), 2 (coordination), 4 (statistics), 5 (strategy "
        "against joining extremist movements), 6 (1)-(4) (military training programmes, commission on the age of "
        "cadets, culture of peace, minors in military schools), 10 (accession to the Firearms Protocol); not in "
        "3, 7, 8, 9; SR 4 (no meeting with the State Committee of National Security despite requests), SR 33 "
        "(Committee on National Security a member of the Interministerial Commission); checked with grep "
        "'SCNS' and 'National Security'",
    )
    item(
        TH,
        "Salom! old trekkers always ask me 'what was it like here in the 90s and 2000s'. For a little history "
        "talk: every step Tajikistan took before 2010 according to the documents - laws, ratifications, "
        "government resolutions - with the year, all of them",
        c(T, 4) + c(S, 22, 24, 28, 30),
        [],
        [
            "in June 2005",
            "taking a leading role within the region on the ratification of the Convention relating to the Status of",
            "The Law on Refugees of 2002",
            "refugees and asylum seekers in Tajikistan are not allowed to live",
            "Transnational Organized Crime, in 2002",
            "Tajikistan adopted legislation on trafficking in 2004",
        ],
        notes="before 2010: TJK 4 (e) (ILO Convention No. 182 ratified June 2005); SR 22 (Refugee Convention and "
        "Protocol ratified 1993, Law on Refugees of 2002), 24 (government resolution No. 325 of 2000 on where "
        "refugees may live), 28 (Trafficking in Persons Protocol ratified 2002), 30 (trafficking legislation "
        "of 2004, following other CIS countries); the CIS police agreement is of 2010 (TJK 4 (d)) and the years "
        "in SR 28's list of ILO conventions are the conventions' own; checked with grep for the years 1900-2009",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Between farm calls: with animals we vaccinate before they get sick. With children - did the Committee "
        "want Tajikistan and Turkmenistan to find the kids at risk before anything happens to them? 1) What "
        "was missing in each, 2) what was asked?",
        c(T, 18, 19) + c(M, 25),
        c(M, 24) + c(K, 26) + c(T, 33),
        [
            "insufficient mechanisms in place to identify and monitor children at risk",
            "Strengthen its efforts to identify, report and support children who are at risk",
            "children at risk and assess the extent of the problem",
        ],
        notes="TJK 18 (b): insufficient mechanisms to identify and monitor children at risk; TJK 19 (b): identify, "
        "report and support children at risk or victims; TKM 25 (a): research on the extent and root causes of "
        "exploitation to identify children at risk; identification of vulnerable groups welcomed (TKM 24), "
        "Kazakhstan's vulnerable groups (KAZ 26) and early identification of victims (TJK 33) may",
    )
    item(
        CO,
        "Honestly, everybody talks about protecting poor kids but nobody pays for it. Did the Committee tell "
        "Kazakhstan and Turkmenistan to actually put money into programmes that keep vulnerable children from "
        "being exploited in the first place?",
        c(K, 26) + c(M, 25),
        c(M, 21) + c(K, 8),
        [
            "allocate adequate human and financial resources for the implementation of programmes for the "
            "protection of the rights of",
            "appropriate allocation of financial resources for the prevention of all forms of",
        ],
        notes="KAZ 26: human and financial resources for programmes protecting vulnerable children, attention to "
        "education and health care; TKM 25 (c): social and economic development programmes and poverty reduction "
        "strategies with appropriate financial resources for prevention; resources for all areas (TKM 21) and "
        "resources earmarked for campaigns and training (KAZ 8) may",
    )
    item(
        CO,
        "Salom! i guide a lot of Europeans and they always ask if Central Asia is 'in Europe' for these things. "
        "do the documents bring in regional organisations - the Council of Europe, the CIS, the OSCE - for "
        "Kazakhstan and for Tajikistan? and Turkmenistan?",
        c(K, 16) + c(T, 4) + c(S, 30, 3),
        c(S, 77) + c(T, 34) + c(M, 43),
        [
            "Convention on Action against Trafficking in Human Beings ( 2005)",
            "in Combating Trafficking in Persons (2010)",
            "Commonwealth of Independent States countries, Tajikistan adopted legislation",
            "Organization for Security and Cooperation in Europe (OSCE)",
        ],
        notes="KAZ 16 (c): ratify the Council of Europe Conventions on Cyber Crime (2001) and on Action against "
        "Trafficking in Human Beings (2005); TJK 4 (d): CIS agreement of the Ministries of Internal Affairs "
        "(2010) ratified; SR 30: 2004 trafficking legislation following other CIS countries; SR 77: the Centre's "
        "website launched with OSCE support (may); SR 3: talks with the OSCE; 'regional arrangements' with neighbouring "
        "countries (TJK 34, TKM 43) may; "
        "CRC/C/OPSC/TKM/CO/1 names none of these bodies (grep 'Commonwealth', 'Council of Europe', 'OSCE'), so no "
        "unit",
    )
    item(
        CO,
        "Honestly, when my niece had to talk to the police after an incident they questioned her like a "
        "grown-up thief. Did the Committee want the people who question child victims to be trained in how to "
        "talk to children - in Tajikistan and in Turkmenistan?",
        c(T, 33) + c(M, 36),
        c(M, 18) + c(S, 83),
        ["child protection and child-friendly interviewing skills",
         "child rights, child protection and interviewing skills;"],
        notes="TJK 33 (a): personnel responsible for identification (immigration officials, judges, prosecutors, "
        "police, social workers, medical staff) trained in children's rights, child protection and "
        "child-friendly interviewing skills; TKM 36 (a): same groups trained on child rights, child protection "
        "and interviewing skills; training not systematic (TKM 18) and child-friendly justice training (SR 83) "
        "may",
    )
    item(
        CO,
        "Honestly, the girls I train hear stories about 'modelling jobs' in Dushanbe that end in a sauna. Is "
        "enough being done to stop children being sexually exploited inside the country itself - in "
        "Tajikistan, and in Turkmenistan?",
        c(S, 43, 50) + c(M, 24),
        c(S, 44, 9) + c(M, 25) + c(T, 18),
        [
            "receive very limited resources",
            "limited attention is given to prevention measures to combat the risks of child trafficking for "
            "sexual exploitation within Tajikistan",
            "targeted preventive measures against the exploitation of children",
        ],
        notes="SR 43: prevention against internal trafficking for sexual exploitation lacks attention and "
        "resources; SR 50: limited attention to preventing child trafficking for sexual exploitation within "
        "Tajikistan; TKM 24: targeted preventive measures against exploitation of children, incl. prostitution "
        "and pornography, remain limited; SR 44, 9, TKM 25 and TJK 18 may",
    )
    item(
        CO,
        "Salom! in Khorog and in Dushanbe you see the same boys, barefoot, selling gum to tourists at the "
        "traffic lights. what do the documents say about street children - for Kazakhstan, and for us in "
        "Tajikistan?",
        c(K, 25) + c(T, 19) + c(S, 52) + c(PC, 32),
        c(K, 26) + c(S, 91, 92),
        [
            "street children, children who are foreign citizens or who belong",
            "highlights the need for prevention measures engaging in particular with children in street situations",
            "Provide social assistance and social protection services for recovery and reintegration of children "
            "without supervision",
        ],
        notes="KAZ 25: especially concerned about the vulnerability of street children (KAZ 26, attention to "
        "vulnerable groups, may); TJK 19 (a): targeted programmes for children living in street situations; SR "
        "52: prevention engaging with children in street situations; CRC plan row 32 (1)-(2): assessment of "
        "children living or working in the street, return to families; SR 91 (d) and 92 (b) may",
    )
    item(
        CO,
        "Between farm calls: the herders' daughters in my villages leave school at fourteen. 1) Did the "
        "Committee see longer schooling in Turkmenistan as protecting children? 2) What do the documents say "
        "about keeping girls in school in Tajikistan?",
        c(M, 24) + c(S, 51) + c(PC, 27),
        c(S, 44, 15) + c(K, 26),
        [
            "12 years, which are likely to reduce the level of vulnerability of children",
            "increasing the levels of enrolment in secondary and higher levels of education among girls",
            "paying more attention to the empowerment of girls",
        ],
        notes="TKM 24: extension of compulsory education to 12 years likely to reduce vulnerability; SR 51: girls' "
        "enrolment in secondary and higher education critical to prevention; CRC plan row 27 (2): enrolment of "
        "girls at all levels, empowerment of girls; low enrolment and dropout of girls (SR 44), rural girls (SR "
        "15) and Kazakhstan's attention to education (KAZ 26) may",
    )
    item(
        CO,
        "Between farm calls: the farmers say why go to court, the judge is the prosecutor's cousin. Did the UN "
        "tie people's trust in the justice system to stopping trafficking - in Kazakhstan, and in Tajikistan?",
        c(K, 24) + c(S, 76),
        c(K, 23) + c(S, 62, 21),
        [
            "credibility of the administration of justice is essential in order to undertake preventive",
            "The context of impunity in which those threats were made by traffickers raises concerns not only about "
            "the independence of the",
        ],
        notes="KAZ 24: the credibility of the administration of justice is essential for prevention, so "
        "suspected complicity of officials to be investigated and sanctioned; SR 76: threats by traffickers "
        "raise concerns about the independence of the judicial system and the capacity of law enforcement, and "
        "feed underreporting; complicity (KAZ 23), independence of lawyers and the judiciary (SR 62) and court "
        "delays (SR 21) may",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "Has the government actually promised to bring them home - and from which camp?",
        c(S, 71),
        c(S, 72, 85),
        ["in particular from Al Hol camp",
         "The plans would continue the process of repatriation that commenced in 2019"],
        h(
            "Honestly, a client of mine has a sister who went to Syria with her husband years ago and never came "
            "back, with two little ones. Does the UN trafficking report say anything about Tajik women and "
            "children still stuck in camps over there?",
            "She highlights the State's obligations \"to facilitate the repatriation of all Tajik victims of "
            "trafficking, some of whom may be detained in camps in Iraq and the Syrian Arab Republic\" "
            f"({SR}, para. 72).",
        ),
        notes="SR 71: the Rapporteur welcomes the commitment to repatriate Tajik women and children from camps in "
        "Syria, in particular from Al Hol camp, continuing the process begun in 2019 and suspended in 2020; SR 72 "
        "and 85 (c) may",
    )
    item(
        F,
        "and the ones who already got in before that - is anybody still deciding their refugee cases, or is "
        "that stopped too?",
        c(S, 25),
        c(S, 23, 28, 88),
        ["State Refugee Status Determination Commission has suspended the review of asylum applications"],
        h(
            "Salom! two years ago we still saw Afghan families on the road near the river. is the border with "
            "Afghanistan open now?",
            '"Following an increase in the number of Afghan asylum seekers arriving in Tajikistan in 2021, the '
            f'border with Afghanistan was closed in August 2021 and remains closed." ({SR}, para. 22)',
        ),
        notes="SR 25: residence permits for newly arrived Afghans suspended at the end of July 2021; the State "
        "Refugee Status Determination Commission suspended the review of asylum applications; the footnote on "
        "the resumption of registration in March 2022 is printed inside SR 28's text (may); SR 23 and 88 (a) "
        "may",
    )
    item(
        F,
        "And in the very next paragraph - what did it want done about that?",
        c(T, 25),
        c(T, 33, 32),
        ["avoid the criminalization of children"],
        h(
            "Between farm calls: in its review of Tajikistan, did the Committee say girls caught up in "
            "prostitution get treated like criminals?",
            'The Committee was "further concerned that child victims of prostitution appear to be viewed as '
            'offenders in the State party, rather than as victims, and are not targeted for prevention efforts" '
            f"({TJK}, para. 24).",
        ),
        notes="TJK 25 (last sentence): adopt the necessary legal and other measures to avoid the criminalization "
        "of children (besides protecting Roma, migrant and refugee children); no sanctions for child victims and "
        "arrests (TJK 33 (b), 32 (d)) may",
    )
    item(
        F,
        "Nice. And the officials - is anyone going to train them on hearing children out?",
        c(PC, 12),
        [],
        ["Conduct training courses for relevant government officials on the issue of expression of the child's "
         "opinion"],
        h(
            "Honestly, I keep telling my clients to listen to their kids instead of shouting. Does the "
            "government's plan say anything about respecting what children think at home?",
            'It foresees: "Conduct promotional campaigns related to respecting the child\'s opinion in the process '
            f'of family life.", regularly ({NPA} (CRC), row 12).',
        ),
        notes="CRC plan row 12 (recommendation 16), activity 3: training courses for relevant government "
        "officials on the expression of the child's opinion on all issues related to them, regularly, OO, MOJ, "
        "AG-SUPRT, GPO, SCT, MOES, MOIA",
    )
    item(
        F,
        "That's outreach. Anything on fixing the registry system itself, or the laws behind it?",
        c(PC, 13),
        [],
        ["Carry out reform on state registry system and explore the issues of introducing amendments of "
         "legislation on this area."],
        h(
            "Between farm calls: half the babies in my villages are born at home, far from any maternity ward. "
            "Does the government's plan do anything so that they get registered?",
            'Row 13, activity 2: "Carry out informational and educational advocacy events to raise awareness of '
            "the communities on the state registry and put in place the reporting mechanisms on deliveries of "
            f'children at home.", 2018-2022 ({NPA} (CRC), row 13).',
        ),
        notes="CRC plan row 13 (recommendation 17), activity 1: reform of the state registry system and possible "
        "amendments of legislation, 2018-2019, MOJ, MOHSPP, MOES, MOIA, AOS, MOF, LA",
    )
    item(
        F,
        "so how fast did they want it fixed, and who should get to use the numbers after?",
        c(M, 7),
        c(M, 6),
        ["expeditiously in order to cover all areas of the Optional Protocol",
         "concerned and used for the formulation, monitoring and evaluation of policies"],
        h(
            "Salom! my cousin in Turkmenabat works in the statistics office. what did the UN commitee say "
            "Turkmenistan was missing in its numbers on child selling?",
            'The Committee regretted "the absence of a comprehensive data collection system to enable the '
            f'recording, referral and follow-up of all cases covered by the Protocol" ({TKM}, para. 6).',
        ),
        notes="TKM 7: the Committee urges the State party to improve its data collection system expeditiously to "
        "cover all areas of the Protocol, disaggregated data, data and indicators shared among the ministries and "
        "used for policies, programmes and projects",
    )
    item(
        F,
        "Did the Committee also say that groups like hers were left out when the government wrote its report "
        "for the UN?",
        c(M, 22),
        c(M, 23),
        ["adequately consulted in the preparation of the initial report"],
        h(
            "Honestly, a client of mine runs a small children's charity with her cousins in Turkmenistan. Is "
            "Turkmenistan going to loosen its law on associations?",
            'The Committee noted "the information that proposals to review the Law on Public Associations are '
            f'being considered", but remained concerned at reports of restrictions on civil society ({TKM}, '
            "para. 22).",
        ),
        notes="TKM 22 (last sentence): civil society organizations were not adequately consulted in the "
        "preparation of the initial report; involving them in all matters (TKM 23) may",
    )
    item(
        F,
        "seminars come and go. is there anything more long term planned?",
        c(PC, 7),
        c(PC, 35),
        ["Explore opportunities for long-term programmes for dissemination of the information on the "
         "implementation of the UNCRC."],
        h(
            "Salom! in the homestays i meet kids who never heard they have any rights. does the government's plan "
            "do anything to teach children and parents about the Convention?",
            'It foresees: "Conduct training/seminars among children, parents on the implementation of the '
            f'Convention on the Rights of the Child.", regularly ({NPA} (CRC), row 7).',
        ),
        notes="CRC plan row 7 (recommendation 11), activity 1: explore opportunities for long-term programmes to "
        "disseminate information on the implementation of the UNCRC, 2018, MOES, MOJ, OO, MOHSPP, SCT, GPO, MOIA, "
        "MLMEP, CTVR; dissemination through mass media (CRC 35) may",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"Salom! paragraph 49 of {SR} - what does it say? i want to read it out to the young guides",
        c(S, 49),
        [],
        ["which provide easy access to potential victims, in particular children"],
    )
    item(
        L,
        f"Between farm calls: paragraph 12 of {TJK}. The text, please.",
        c(T, 12),
        [],
        ["working within their fields of competence"],
    )
    item(
        L,
        f"Honestly, I can never find anything in these UN files. Paragraph 3 of {TKM} - which other documents "
        "does it tell us to read it with?",
        c(M, 3),
        [],
        ["adopted on 30 January 2015"],
    )
    item(
        L,
        f"Between farm calls: row 6 of the sale-of-children table in the {NPA}, the one about money. 1) The "
        "activities, 2) who does them, 3) by when?",
        c(PO, 6),
        [],
        ["Alternative sources are mobilized.", "Related data collection mechanism is developed."],
    )
    item(
        L,
        f"Honestly, a client swears there is a paragraph 36 in {KAZ} about girls. Can you show it to me?",
        [],
        answerable=False,
        notes="CRC/C/OPSC/KAZ/CO/1 ends at paragraph 32",
    )
    item(
        L,
        f"Salom! row 13 of the sale-of-children table of the {NPA} - what is in it?",
        [],
        answerable=False,
        notes="the OPSC table of the plan ends at row 11",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "Honestly, a client's mother in Ashgabat says girls of ten still sit at the looms weaving carpets "
            "all day. Did the UN committee say anything about children weaving carpets in Turkmenistan?",
            "covered country, topic not treated: 'carpet' and 'weav' appear in no document; TKM 5 (b) (decree "
            "banning child labour, cotton harvest) is the nearest (grep)",
        ),
        (
            "Between farm calls: families from my district go to Kazakhstan every summer to work the tobacco "
            "fields, children included. Did the Committee say anything about children working on tobacco farms "
            "in Kazakhstan?",
            "covered country, topic not treated: 'tobacco' appears in no document; CRC/C/OPSC/KAZ/CO/1 treats "
            "forced labour only in the Criminal Code (KAZ 15 (a)); Kazakhstan is a destination of Tajik workers "
            "in SR 7 (grep)",
        ),
        (
            "Between farm calls: has Tajikistan ratified the ILO Labour Inspection Convention, No. 81?",
            "treaty not in the corpus: SR 28-29 list ILO Conventions 29, 97, 105, 143, 182 and 189; 'No. 81' and "
            "'Labour Inspection Convention' appear nowhere; the labour inspectorate's capacity is SR 42 (grep)",
        ),
        (
            "Honestly, after what my clients tell me in the chair I'd like to read it myself: what did the UN "
            "Special Rapporteur on violence against women report about Tajikistan?",
            "mandate not in the corpus: the only Special Rapporteur is the one on trafficking in persons, "
            "especially women and children; 'violence against women' appears nowhere (gender-based violence in "
            "SR 12) (grep)",
        ),
        (
            "Salom! a porter's sister works as a maid for a family in Riyadh. what did the UN Committee on the "
            "Rights of the Child tell Saudi Arabia about foreign girls working in homes there?",
            "covered body, another country: the Committee's observations held are on Tajikistan, Kazakhstan and "
            "Turkmenistan; Saudi Arabia appears only as a destination in the Rapporteur's report (SR 68, 69); "
            "'Riyadh' nowhere (grep)",
        ),
        (
            "Salom! some of our young men now go to build stadiums in Qatar. did the UN trafficking rapporteur go "
            "to Qatar too and write a report on what she found there?",
            "covered mandate, another country: the Rapporteur's report held is on her visit to Tajikistan; Qatar "
            "appears only as a destination of Tajik women workers in SR 68 (grep)",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
