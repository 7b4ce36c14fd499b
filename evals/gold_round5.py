"""Round-5 gold items (ids h001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, and no answer of the assistant was seen. The questions avoid the
paragraphs, themes and wordings of the round-2, round-3 and round-4 tables and of the q items where
they can; the paraphrases are asked as a parent, a journalist, a schoolteacher or a migrant worker would.
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
    """Add the round-5 items through make_gold's q(), with ids h001, h002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "I'm writing about Tajikistan's 2017 UN review on selling children - how did the Committee describe its talks with the officials Dushanbe sent?",
        c(T, 2),
        c(T, 1),
        ["high-level and multisectoral delegation"],
        notes="2: constructive dialogue with the high-level and multisectoral delegation",
    )
    item(
        P,
        "A man who abused Tajik children fled to a country that has no handover deal with Tajikistan - can the UN child protocol itself be used to send him back?",
        c(T, 31),
        c(T, 30) + c(PO, 2),
        ["in the absence of a treaty or an agreement"],
        notes="31 (last sentence): consider the Optional Protocol as the basis for extradition in the absence of a treaty",
    )
    item(
        P,
        "Journalist question: is Tajik law so fixated on trafficking for sex that other ways of selling kids slip through the cracks?",
        c(T, 26),
        c(T, 27, 8),
        ["focuses overwhelmingly on the trafficking of persons"],
        notes="26: legislation focuses overwhelmingly on trafficking for sexual purposes, other offences insufficiently addressed",
    )
    item(
        P,
        "Should Tajikistan's plan for protecting children build on what the big international summits on the sexual exploitation of kids agreed?",
        c(T, 11),
        c(T, 10) + c(PO, 3),
        ["World Congresses against Commercial Sexual Exploitation of Children"],
        notes="11: take into account the outcome documents of the World Congresses",
    )
    item(
        P,
        "I teach in Khujand - is anyone going to run workshops for pupils and their mums and dads on the UN children's rights treaty?",
        c(PC, 7),
        c(PC, 35, 6),
        ["Conduct training/seminars among children, parents"],
        notes="CRC plan row 7 activity 2 (regularly); row 35 is mass-media dissemination, row 6 awareness of the Ombudsman",
    )
    item(
        P,
        "Had the UN children's committee already examined Kazakhstan before its 2006 look at child selling?",
        c(K, 3),
        c(K, 1),
        ["6 June 2003"],
        notes="3: earlier observations on the initial report under the Convention, 6 June 2003 (CRC/C/15/Add.213)",
    )
    item(
        P,
        "Are Kazakh schoolkids and youth clubs supposed to get to read what the UN said about their country?",
        c(K, 31),
        c(K, 30, 8),
        ["youth groups, professional groups and children"],
        notes="31: report, replies and observations made widely available, including through the Internet, to youth groups "
        "and children",
    )
    item(
        P,
        "Teacher in Ashgabat here: is protecting exploited kids properly built into how Turkmen services work, or is it patchy?",
        c(M, 35),
        c(M, 36, 39),
        ["have not been adequately institutionalized"],
        notes="35: measures limited to trafficking and not adequately institutionalized",
    )
    item(
        P,
        "Can someone accused of making child abuse images who is hiding in Turkmenistan be sent to the country that wants to try him?",
        c(M, 34),
        c(M, 32),
        ["extraditable offences"],
        notes="34: include all article 3 offences as extraditable offences; the Protocol as a legal basis for extradition",
    )
    item(
        P,
        "Did the UN tell Turkmenistan to set aside enough money to help abused kids heal and get their lives back?",
        c(M, 21),
        c(M, 20, 40),
        ["physical and psychological recovery and social reintegration of victims"],
        notes="21: sufficient resources, including for recovery and social reintegration programmes; 20 is the concern",
    )
    item(
        P,
        "Did the UN trafficking expert ever get out of Dushanbe on her December 2021 trip?",
        c(S, 3),
        c(S, 1, 4),
        ["border point of Panji Poyon", "city of Bokhtar"],
        notes="3: border area with Afghanistan (Panji Poyon) and the city of Bokhtar",
    )
    item(
        P,
        "I keep hearing about some UN deal on safe migration - is Tajikistan on board with it?",
        c(S, 5),
        c(S, 35, 41),
        ["Global Compact on Safe Orderly and Regular Migration"],
        notes="5: support of objective 10 of the Global Compact on Safe, Orderly and Regular Migration",
    )
    item(
        P,
        "Were Afghans trying to flee into Tajikistan left stuck at the border for weeks and then pushed back?",
        c(S, 27),
        c(S, 22, 88),
        ["stranded for two months"],
        notes="27: 80 asylum seekers stranded two months in a buffer zone, forcibly returned in August 2021",
    )
    item(
        P,
        "I'm a Tajik working abroad - has my government signed the UN treaty that protects people like me and our families?",
        c(S, 28),
        c(S, 29, 11),
        [
            "Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
        ],
        notes="28: Tajikistan is party to the Migrant Workers Convention and ILO Nos. 97 and 143",
    )
    item(
        P,
        "Would making a woman carry babies for someone else count as trafficking under Tajik law?",
        c(S, 31),
        c(S, 30),
        ["illegal use of an individual for reproductive goals"],
        notes="31: article 1 of the Anti-Trafficking Law lists illegal use of an individual for reproductive goals",
    )
    item(
        P,
        "Has Tajikistan opened any more consulates in Russia for workers like me?",
        c(S, 68),
        c(S, 36, 35),
        ["Saint Petersburg and Novosibirsk"],
        notes="68: two additional consulates general in Saint Petersburg and Novosibirsk",
    )
    item(
        P,
        "Since covid, are online predators more of a danger to kids in Tajikistan?",
        c(S, 20),
        c(S, 49, 79),
        ["technology-facilitated child sex trafficking"],
        notes="20: the pandemic increased online recruitment and demand for abuse material; risks prevalent in Tajikistan",
    )
    item(
        P,
        "Is the Tajik government doing anything about kids being free to follow their own beliefs?",
        c(PC, 15),
        [],
        ["freedom of conscience"],
        notes="CRC plan row 15 (recommendation 19): reviewed within the Universal Periodic Review recommendations",
    )
    item(
        P,
        "Is Tajikistan drawing up one long-term master plan for its children, and how far ahead does it look?",
        c(PC, 2),
        c(PO, 3),
        ["unified national programme for children up to 2030"],
        notes="CRC plan row 2 (recommendation 6): unified programme up to 2030, 2018-2019",
    )
    item(
        P,
        "My son is doing his army service in Tajikistan - will the soldiers be told about the UN rules on children and war?",
        c(PA, 3),
        c(PA, 6),
        ["among population and military staff"],
        notes="OPAC plan row 3 (recommendation 11): events among population and military staff on the Protocol",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a training of doctors and nurses: every passage on the role of health workers and medical staff in spotting and helping child and trafficking victims",
        c(T, 33) + c(K, 8) + c(M, 18, 36) + c(S, 86, 87),
        c(S, 14, 16, 66, 2) + c(M, 19) + c(PC, 21, 23),
        ["health-care professionals", "medical staff"],
        notes="TJK 33 (a) and TKM 36 (a) (medical staff trained on identification); KAZ 8 (training of medical staff); TKM 18 "
        "(training of health professionals not systematic); SR 86 (a)-(b) (identification with, and training of, health-care "
        "professionals), 87 (g) (health-care sector); SR 14/16/66 only on access to health care, plan rows on neonatologists "
        "and teachers: may",
    )
    item(
        TH,
        "Everything the documents say about men and boys as victims of trafficking or at risk of it",
        c(S, 27, 87, 88),
        c(M, 39) + c(S, 15),
        ["risks of trafficking faced by boys", "shelters for male victims of trafficking"],
        notes="SR 27 (boys returned to Afghanistan), 87 (d) (shelters for male victims), 88 (h) (women, girls, men and boys); "
        "TKM 39 names girls and boys only in passing; the Kazakhstan and TJK observations and the plan are silent",
    )
    item(
        TH,
        "Where do the documents call for a human rights-based approach, and for what?",
        c(T, 19) + c(S, 46, 54, 86, 88),
        c(S, 89, 92),
        ["consistent human rights-based approach"],
        notes="TJK 19 (prevention); SR 46 (training at borders), 54 (children and armed conflict), 86 (a) (identification), "
        "88 (h) (information material); 89 (a) and 92 (a) speak of gender-sensitive investigations and human rights "
        "programming: may; Kazakhstan, Turkmenistan and the plan silent",
    )
    item(
        TH,
        "For a session on statelessness: every passage on stateless people and the statelessness conventions, in all the documents",
        c(M, 4) + c(S, 50, 70, 88) + c(PC, 29),
        c(S, 53, 26),
        ["Reduction of Statelessness", "reduce statelessness"],
        notes="TKM 4 (c) (1954 and 1961 conventions); SR 50 and 88 (c) (efforts to reduce statelessness), 70 (stateless "
        "victims, article 31); CRC plan 29 activity 2 (accession explored); SR 53 (documentation of Roma) may; Kazakhstan silent",
    )
    item(
        TH,
        "For a rural development NGO: what do the documents say about farm work, agriculture and the cotton harvest, country by country?",
        c(T, 20, 21) + c(M, 5) + c(S, 7, 40, 42, 50) + c(PO, 8),
        c(S, 15) + c(PC, 26, 31) + c(M, 24) + c(T, 27),
        ["agriculture sector", "garden and field work in the agricultural sector"],
        notes="TJK 20-21 (cotton, agriculture); TKM 5 (b) (2005 decree, cotton harvest); SR 7 (seasonal agriculture in "
        "Russia), 40 (internal forced labour in agriculture), 42 (inspectorate's reach in agriculture), 50 (cotton, ILO IPEC); "
        "OPSC plan 8; child labour rows without agriculture may; Kazakhstan silent",
    )
    item(
        TH,
        "I'm a journalist covering Tajik workers in Russia - list every passage about the Russian Federation.",
        c(S, 7, 18, 35, 36, 68),
        c(S, 6, 39, 74),
        ["Russian Federation", "subsidiary offices of the Migration Service"],
        notes="SR 7 (remittances, seasonal work, 90 days visa-free), 18 (COVID-19 restrictions), 35 (bilateral agreements), "
        "36 (Migration Service offices, passports), 68 (consulates in Saint Petersburg and Novosibirsk); countries of "
        "destination in general (39, 74) may; the CRC observations and the plan never mention Russia",
    )
    item(
        TH,
        "Which UN agencies and international organizations do the documents name as helping, funding or advising on child protection and trafficking, and what do they do?",
        c(T, 4, 7) + c(M, 18, 25) + c(S, 25, 46, 50, 63, 64, 67, 69, 77, 92) + c(PA, 9),
        c(S, 3, 27, 28, 41, 62, 87, 88, 91),
        [
            "International Organization for Migration",
            "provided primarily by international organizations",
        ],
        notes="TJK 4 (f) (IOM agreement), 7 (UNICEF technical support); TKM 18 (IOM training), 25 (b) (cooperate with "
        "international organizations); SR 25 (UNHCR cash), 46 (UN agencies support border training), 50 (ILO IPEC), 63-64, 67 "
        "(assistance mainly by international organizations), 69 (IOM-funded returns), 77 (OSCE website), 92 (recommendations "
        "to the UN); OPAC plan 9; meetings (3), UNHCR advisory and guidelines (27, 88), Start-Up Fund (41) may; KAZ silent",
    )
    item(
        TH,
        "For a session on protecting those who help victims: everything on threats, intimidation and reprisals against victims, their families, NGOs and lawyers",
        c(S, 62, 76, 88, 89),
        c(S, 16, 66, 81, 75, 42),
        [
            "risks of reprisals by traffickers are significant",
            "Investigate reprisals against human rights defenders",
        ],
        notes="SR 62 (reprisals, independence of lawyers and judges), 76 (threats against NGOs, retaliation), 88 (b) (reprisals "
        "as grounds for protection), 89 (c); harassment of LGBT persons and sex workers (16, 66, 81) and the NGO law (75) may; "
        "the CRC observations and the plan are silent",
    )
    item(
        TH,
        "For a social workers' training: what do the documents say about social security, pensions, allowances and access to social services?",
        c(K, 10) + c(S, 15, 18, 53) + c(PC, 10, 20, 24, 29, 30, 32),
        c(M, 5, 25) + c(S, 25, 60, 87) + c(K, 26) + c(PC, 18, 33),
        ["equal amount of disability pension", "social protection services"],
        notes="KAZ 10 (equal access to social services); SR 15 (rural women and social security), 18 (migrants' limited access), "
        "53 (Roma access to social protection); CRC plan 10, 20 (pensions), 24 (HIV allowances), 29, 30, 32; TKM Social "
        "Security Code (5) and development programmes (25) may",
    )
    item(
        TH,
        "For a parenting centre: what do the documents say about babies and young children before school age - their health, care and early learning?",
        c(S, 71) + c(PC, 18, 21, 25, 27),
        c(PC, 13, 22, 20) + c(S, 50, 88) + c(M, 24),
        ["Early Childhood Development", "preschool education"],
        notes="SR 71 (very young children returned from Iraq in care facilities); CRC plan 18 (ECD, Baby Homes), 21 (maternal "
        "and child health, neonatologists, perinatal centres), 25 (mother-to-child transmission), 27 (preschool); birth "
        "registration and nutrition only may",
    )
    item(
        TH,
        "I'm a schoolteacher: what do the documents expect of teachers, schools and school curricula?",
        c(K, 8, 27) + c(M, 18) + c(S, 51, 87) + c(PC, 10, 16, 23, 27) + c(PA, 6, 8),
        c(S, 44, 71) + c(T, 23) + c(PC, 7, 18, 26) + c(K, 26),
        ["school curricula", "Train the primary school teachers"],
        notes="KAZ 8 (school curricula), 27 (campaigns via schools); TKM 18 (education professionals); SR 51 (curriculum), "
        "87 (g) (education sector); CRC plan 10, 16 (school monitoring and reporting), 23, 27; OPAC plan 6 (curricula), 8 "
        "(teachers in mined areas); sexuality education, boarding school, re-training institutes may",
    )
    item(
        TH,
        "For a business and human rights workshop: every passage on companies and the private sector - corporate liability, Internet providers, recruitment agencies, employers",
        c(K, 15, 16) + c(M, 27, 30, 31) + c(S, 38, 74, 87, 88, 91) + c(PO, 1),
        c(PO, 8) + c(S, 35),
        ["legal entities, including corporations", "private sector partners", "Internet providers"],
        notes="KAZ 15 (d), 16 (b); TKM 27 (b), 30-31; SR 38 and 91 (c) (recruitment agencies), 74 (their impunity), 87 (e) and "
        "88 (d) (private sector); OPSC plan 1 activity 2 (list of under-18 employees in each enterprise); the TJK observations "
        "are silent",
    )
    item(
        TH,
        "Every passage about trauma and working with victims in a trauma-informed way",
        c(S, 56, 86, 89),
        c(S, 21, 83) + c(T, 33) + c(M, 37),
        ["trauma-informed", "re-traumatization"],
        notes="SR 56 (impact of trauma in identification), 86 (a), 89 (a); the CRC observations and the plan never speak of "
        "trauma",
    )
    item(
        TH,
        "For a health workshop: everything on sexual and reproductive health and HIV/AIDS, across the documents",
        c(K, 9, 10) + c(S, 44, 66) + c(PC, 10, 24, 25),
        c(S, 16, 31, 51) + c(PC, 21),
        ["sexual and reproductive health", "mother-to-child transmission of HIV"],
        notes="KAZ 9-10 (children with HIV); SR 44 (sexuality education), 66 (sex workers' access to reproductive health and "
        "HIV services); CRC plan 10, 24, 25; Turkmenistan silent",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Which treaties against slavery and forced labour have Turkmenistan and Tajikistan joined?",
        c(M, 4) + c(S, 28),
        c(PO, 8) + c(T, 4),
        [
            "Slavery Convention signed at Geneva on 25 September 1926",
            "ILO Forced Labour Convention, 1930 (No. 29)",
        ],
        notes="TKM 4 (f) (Slavery Convention, May 1997); SR 28 (ILO Nos. 29 and 105 and the 1949 traffic convention); the "
        "OPSC plan 8 prepares ratification of the 2014 Protocol; the Turkmenistan observations name no ILO forced labour "
        "convention",
    )
    item(
        CO,
        "Did the Committee ask Kazakhstan and Turkmenistan to find out how widespread child sexual exploitation is and what causes it?",
        c(K, 12, 28) + c(M, 25),
        c(K, 11, 16) + c(M, 24, 27) + c(T, 19),
        [
            "research on the nature and extent of commercial sexual exploitation of children",
            "Undertake research on the extent and root causes",
        ],
        notes="KAZ 12 (in-depth studies), 28 (research on commercial sexual exploitation); TKM 25 (a)",
    )
    item(
        CO,
        "How are victims and witnesses protected during trials in Tajikistan and Turkmenistan - is there a proper protection programme?",
        c(S, 79, 86) + c(M, 37),
        c(M, 38) + c(K, 20) + c(T, 33) + c(S, 89),
        [
            "Greater attention is needed to ensure victim and witness protection",
            "formal programme to provide protection for victims and/or witnesses",
        ],
        notes="SR 79 and 86 (c) (strengthen victim and witness protection); TKM 37 (confidentiality, but no formal programme); "
        "the TJK observations are silent on witness protection",
    )
    item(
        CO,
        "Compare how radio, television and other media are used or recommended to spread the word in Kazakhstan, Turkmenistan and Tajikistan.",
        c(K, 27) + c(M, 17) + c(S, 77) + c(PC, 35),
        c(M, 16) + c(PC, 12, 22) + c(PO, 9) + c(K, 31) + c(M, 46) + c(T, 37),
        [
            "representatives of the media",
            "primarily on the radio and television",
            "through mass media",
        ],
        notes="KAZ 27 (campaigns via the radio); TKM 17 (b) (disseminate to the media); SR 77 (hotline advertised on radio and "
        "television, website); CRC plan 35 (mass media); publication on the Internet and the TV and radio committee as an "
        "agency may",
    )
    item(
        CO,
        "Does the sale-of-children protocol apply directly in Kazakhstan's law, and what was Turkmenistan told about building it into its own laws?",
        c(K, 4) + c(M, 9),
        c(M, 8) + c(K, 16),
        [
            "direct application and precedence of the Optional Protocol",
            "full incorporation of the Optional Protocol into its domestic legislation",
        ],
        notes="KAZ 4 (c); TKM 9 (full incorporation, Law on Guarantees being revised)",
    )
    item(
        CO,
        "Are services for child and trafficking victims meant to reach the whole country in Turkmenistan and Tajikistan, or only the capital?",
        c(M, 40, 42) + c(S, 65, 83, 87),
        c(S, 52, 78) + c(PC, 31),
        [
            "available throughout its territory",
            "victims in rural areas and smaller cities",
            "across all regions of Tajikistan",
        ],
        notes="TKM 40 (c) (rehabilitation and return throughout the territory), 42 (helpline covering the whole country); "
        "SR 65 (no shelter outside Dushanbe), 83 (child-friendly justice in all regions), 87 (d) (shelters in cities and "
        "rural areas)",
    )
    item(
        CO,
        "What do the documents say about migration and trafficking between Tajikistan and Kazakhstan?",
        c(S, 7, 69),
        c(K, 11) + c(S, 6),
        [
            "Kazakhstan, the Russian Federation and Turkey are the main countries of destination",
            "returning from India, Kazakhstan and Saudi Arabia",
        ],
        notes="SR 7 (Kazakhstan a main destination of Tajik workers), 69 (victims returned from Kazakhstan); the Kazakhstan "
        "observations never mention Tajikistan (11 only regrets no research on cross-border trafficking)",
    )
    item(
        CO,
        "Compare crisis and support centres for victims in Kazakhstan and Tajikistan.",
        c(K, 22) + c(S, 60) + c(PC, 16),
        c(S, 65, 21) + c(M, 40) + c(PC, 33),
        [
            "Accessible crisis centres",
            "establishment of specialized centres",
            "coordination of the work of the support centres",
        ],
        notes="KAZ 22 (e); SR 60 (specialized centres envisaged under Act No. 327); CRC plan 16 activity 5 (support centres "
        "for child victims of violence); the shelter (65) may",
    )
    item(
        CO,
        "Compare how Turkmenistan and Tajikistan were asked to involve children and civil society when drawing up child-rights laws and strategies.",
        c(M, 11, 23) + c(PC, 8) + c(PO, 3),
        c(M, 17) + c(PC, 12) + c(S, 85) + c(T, 11),
        [
            "in consultation with all stakeholders, including children, parents and civil society",
            "Consultations and developing a single document",
        ],
        notes="TKM 11 (strategy in consultation with children, parents, civil society), 23 (civil society in the elaboration "
        "of laws and policies); CRC plan 8 (CSOs in drafting legal acts and working groups); OPSC plan 3 (consultations); "
        "the TJK recommendation on a strategy (11) names no consultation",
    )
    item(
        CO,
        "What national rules on work by under-18s do the documents report for Turkmenistan and Tajikistan?",
        c(M, 5) + c(PO, 1, 8),
        c(M, 4) + c(PO, 7) + c(PC, 26, 31) + c(T, 21),
        ["bans child labour in all sectors", "prohibited to the persons under 18 years of age"],
        notes="TKM 5 (Young People's Right to Work Act, Labour Code, 2005 decree); OPSC plan 1 activity 2 (list of employees "
        "under 18), 8 activity 3 (hazardous work list); ILO No. 138 (TKM 4 (b)) may",
    )
    item(
        CO,
        "What further information did the Committee ask Kazakhstan and Tajikistan to put in their next reports?",
        c(K, 29, 32) + c(T, 17, 38),
        c(K, 14) + c(M, 47),
        [
            "provide more detailed information in the next report",
            "present information in that regard in its next periodic report",
        ],
        notes="KAZ 29 (international cooperation), 32 (implementation, due 10 September 2006); TJK 17 (budget), 38 "
        "(implementation of the Protocol and the observations)",
    )
    item(
        CO,
        "What do the documents say about Turkmenistan, Kazakhstan and Tajikistan joining the international conventions on child abduction and on inter-country adoption?",
        c(M, 4) + c(K, 16) + c(PC, 19),
        c(K, 15),
        [
            "Convention on the Civil Aspects of International Child Abduction",
            "Hague Convention No. 33",
            "joining The Hague Convention",
        ],
        notes="TKM 4 (e) (abduction convention, November 1997); KAZ 16 (c) (ratify the 1993 adoption convention); CRC plan "
        "19 activity 2; no document mentions the abduction convention for Kazakhstan or Tajikistan, nor the adoption "
        "convention for Turkmenistan",
    )
    item(
        CO,
        "Compare the main children's rights laws of Tajikistan and Turkmenistan that the documents mention.",
        c(T, 4) + c(PC, 1) + c(M, 5, 8, 9),
        c(PC, 20) + c(T, 8),
        [
            "Children’s Rights Act (2015)",
            "Law on Child Rights Protection",
            "Law on Guarantees of the Rights of the Child",
        ],
        notes="TJK 4 (b) (Children's Rights Act 2015); CRC plan 1 (review of legislation, bylaws for the Law on Child Rights "
        "Protection); TKM 5 (a) (5 July 2002), 8, 9 (being revised)",
    )
    item(
        CO,
        "How are child victims passed on to services in Turkmenistan and Tajikistan - who do they get referred to?",
        c(M, 39) + c(S, 60) + c(T, 32),
        c(M, 6) + c(S, 55, 61, 85, 88, 21) + c(T, 33),
        [
            "local commissions with responsibilities for child protection or guardianship and trusteeship",
            "national referral mechanism was established in 2016",
        ],
        notes="TKM 39 (referral to local commissions); SR 60 (national referral mechanism, Act No. 327); TJK 32 (b) (no "
        "procedures for referral and protection); TKM 6 (data system for referral) and the SR's other referral passages may",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "So what did it want changed?",
        c(M, 33),
        c(M, 32, 34),
        ["remove the requirement of double criminality"],
        h(
            "Can Turkmenistan prosecute crimes against children that its nationals commit abroad?",
            'The Committee is concerned that, "in accordance with article 8 of the Criminal Code, the requirement of '
            "double criminality for domestic prosecution of crimes allegedly committed abroad impedes the prosecution of "
            f'offences outlined in articles 1 and 2 of the Optional Protocol" ({TKM}, para. 32).',
        ),
        notes="TKM 33: remove double criminality when exercising extraterritorial jurisdiction",
    )
    item(
        F,
        "What about women in parliament and in the ministries?",
        c(S, 13),
        c(S, 12, 43),
        ["Majlisi Oli"],
        h(
            "What did the Special Rapporteur say about gender inequality in Tajikistan?",
            'She notes that "trafficking in women and girls is rooted in gender-based discrimination, gender-based '
            'structural inequality, gender-based violence and the feminization of poverty" and that "Gender inequality '
            f'remains pervasive in Tajikistan" ({SR}, para. 12).',
        ),
        notes="SR 13: participation of women in the Majlisi Oli, ministerial positions and local administration remains low",
    )
    item(
        F,
        "Does the part of the plan on children in armed conflict do the same for its own protocol?",
        c(PA, 1),
        c(PO, 2),
        ["consistent with the content and purpose of the Optional Protocol"],
        h(
            "What does Tajikistan's plan do to review criminal law under the Optional Protocol on the sale of children?",
            'Row 2 plans to "Review the national legislation related to issues of the child on the sale of children, child '
            f'prostitution and child pornography and, if necessary, to improve it" ({NPA} (OPSC), row 2).',
        ),
        notes="OPAC plan row 1: analyse the legislation for consistency with the Protocol (2018)",
    )
    item(
        F,
        "Is there a row like that in the armed-conflict table, and which agencies carry it out?",
        c(PA, 2),
        c(PO, 4),
        ["MOD, MOJ, MOIA, GPO, SCNS", "2018-2019"],
        h(
            "How does the sale-of-children part of Tajikistan's plan deal with coordination?",
            'Row 4, "Improving the coordination mechanisms of government bodies (Rec. 13)", plans to "Improve the mechanism '
            f'of coordination among government entities" ({NPA} (OPSC), row 4).',
        ),
        notes="OPAC plan row 2 (recommendation 9): coordination among government agencies, 2018-2019",
    )
    item(
        F,
        "Did the Special Rapporteur want it independently assessed?",
        c(S, 85),
        c(S, 60, 61),
        ["of the work of the national referral mechanism"],
        h(
            "What is the national referral mechanism in Tajikistan supposed to do?",
            'It "is aimed at ensuring effective protection of the rights of victims of trafficking in persons and their '
            f'referral for the provision of comprehensive support and services" ({SR}, para. 60).',
        ),
        notes="SR 85 (b): comprehensive, independent evaluation of the national action plan and the referral mechanism",
    )
    item(
        F,
        "Did the UN trafficking expert who visited later say anything about that?",
        c(S, 50),
        c(PO, 8) + c(T, 21),
        ["International Programme on the Elimination of Child Labour"],
        h(
            "What did the Committee say about child forced labour in Tajikistan?",
            'It "is concerned at the limited information provided to it on the measures adopted by the State party to '
            f'eliminate child forced labour, particularly in the annual cotton harvest" ({TJK}, para. 20).',
        ),
        notes="SR 50: ILO IPEC efforts against child labour in the cotton harvesting sector",
    )
    item(
        F,
        "Has the government started on that at all?",
        c(S, 17, 29),
        c(S, 85),
        ["road map to the ratification of the latter Convention has been adopted"],
        h(
            "What did the Special Rapporteur recommend on disability rights in Tajikistan?",
            'She recommends that the Government "Ratify and implement the Convention on the Rights of Persons with '
            f'Disabilities to ensure that the rights of trafficked persons with disabilities are protected" ({SR}, para. 85 (d)).',
        ),
        notes="SR 29: a road map to ratification adopted; 17: she welcomes the road map",
    )
    item(
        F,
        "And were the observations on its armed-conflict protocol report adopted around the same time?",
        c(T, 3),
        c(T, 1),
        ["both adopted on 29 September 2017"],
        h(
            "When did the Committee review Tajikistan's report on the sale of children?",
            'It "considered the report of Tajikistan (CRC/C/OPSC/TJK/1) at its 2228th meeting (see CRC/C/SR.2228), held on '
            f'14 September 2017" ({TJK}, para. 1).',
        ),
        notes="TJK 3: the OPAC observations (CRC/C/OPAC/TJK/CO/1) were adopted on 29 September 2017 too",
    )
    item(
        F,
        "Does Tajikistan's action plan have anything on that?",
        c(PC, 34),
        c(S, 83) + c(PO, 7),
        ["National Programme on justice for children"],
        h(
            "What did the Special Rapporteur say about child-friendly justice in Tajikistan?",
            'She "takes note of the measures taken to ensure child-friendly justice" and "highlights the need for expansion '
            f'of child-friendly justice measures across all regions of Tajikistan" ({SR}, para. 83).',
        ),
        notes="CRC plan row 34 (recommendations 46-48): National Programme on justice for children 2017-2021",
    )
    item(
        F,
        "Is there a matching activity in the government's plan?",
        c(PC, 30),
        c(PO, 10) + c(T, 25),
        ["Roma/ Jugi children"],
        h(
            "What did the Special Rapporteur say about Roma children in Tajikistan?",
            'She "highlights the importance of ensuring that the particular situation of Roma and Jughhi children is '
            "recognized and that measures are taken to facilitate their access to official personal documentation, social "
            f'protection services and social integration programmes" ({SR}, para. 53).',
        ),
        notes="CRC plan row 30 (recommendation 42): assessment of ethnic minority children, access to social services",
    )
    item(
        F,
        "Does the Special Rapporteur mention those countries when she describes Tajikistan's first trafficking law?",
        c(S, 30),
        [],
        ["Following other Commonwealth of Independent States countries"],
        h(
            "Which regional police agreement on trafficking did the Committee welcome for Tajikistan?",
            'It welcomes "The ratification of the Agreement on Cooperation between the Ministries of Internal Affairs '
            "(Police) of the States of the Commonwealth of Independent States in Combating Trafficking in Persons "
            f'(2010)" ({TJK}, para. 4 (d)).',
        ),
        notes="SR 30: following other CIS countries, Tajikistan adopted trafficking legislation in 2004",
    )
    item(
        F,
        "And if they were exploited in another country?",
        c(S, 74),
        c(S, 73, 89, 90),
        ["rarely ensured for victims of trafficking when the exploitation occurred abroad"],
        h(
            "Can trafficking victims in Tajikistan get compensation?",
            'The Special Rapporteur notes that "The provision of full compensation for the moral and material harm done to '
            'victims of trafficking is one of the stated objectives of the Anti-Trafficking Law", but "Delays in legal '
            f'proceedings add to the difficulties in securing compensation" ({SR}, para. 73).',
        ),
        notes="SR 74: compensation rarely ensured when exploitation occurred abroad; limited to unpaid wages",
    )
    item(
        F,
        "Does she think the new draft deals properly with the gender side?",
        c(S, 14, 44),
        c(S, 8, 34),
        [
            "the gender dimension of trafficking is not addressed adequately",
            "current draft of the national action plan covering the period 2022–2024",
        ],
        h(
            "What did the Committee welcome about Tajikistan's national plans?",
            'It notes with appreciation "the establishment of the Commissioner for Children’s Rights in 2016 and the '
            f'national plan to combat trafficking in persons in Tajikistan 2016-2018" ({TJK}, para. 5).',
            "Which plans came after that one, according to the Special Rapporteur?",
            'Efforts "are also defined and established in the national action plan for the period 2018–2021", and she '
            f'"commends the measures taken to develop a new national action plan to commence in 2022" ({SR}, para. 34).',
        ),
        notes="SR 14 (limited attention to the gender dimension in the 2022-2024 draft), 44 (gender dimension not addressed "
        "adequately in the new draft)",
    )
    item(
        F,
        "What did it ask the government to change?",
        c(K, 18),
        c(K, 17),
        ["abolish the requirement of double criminality"],
        h(
            "Can Kazakhstan prosecute crimes against children committed abroad?",
            'The Committee "is concerned that the requirement of double criminality, either for extradition or domestic '
            "prosecution of crimes allegedly committed abroad, hampers the prosecution of offences outlined in articles 1, "
            f'2 and 3 of the Optional Protocol" ({KAZ}, para. 17).',
        ),
        notes="KAZ 18: amend legislation to abolish double criminality for extradition and prosecution abroad",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "What's listed under row 9 of the armed-conflict table in Tajikistan's 2018 action plan?",
        c(PA, 9),
        [],
        ["experience of developed countries"],
    )
    item(
        L,
        "Give me the text of para. 81 of A/HRC/50/33/Add.1.",
        c(S, 81),
        [],
        ["intimidation and harassment of lesbian, gay, bisexual and trans persons"],
    )
    item(
        L,
        "What does paragraph 95 of the Special Rapporteur's report on Tajikistan say?",
        [],
        answerable=False,
        notes="the SR report ends at paragraph 92",
    )
    item(
        L,
        "Show me row 40 of the CRC part of Tajikistan's national plan.",
        [],
        answerable=False,
        notes="the CRC plan has rows 1-35",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "What did the Committee say about selling children's organs in Turkmenistan?",
            "TKM silent on organs; organ transfer only in TJK 8, 27 (b) and SR 31",
        ),
        (
            "What did the Committee tell Kazakhstan about lesbian, gay, bisexual and trans young people?",
            "KAZ silent; LGBT persons only in the SR report on Tajikistan (16, 47, 56, 81, ...)",
        ),
        (
            "What did the Committee recommend to Turkmenistan about licensing the recruitment agencies that send workers abroad?",
            "TKM silent on recruitment agencies and labour migration; only SR 38, 74, 91 (c) for Tajikistan",
        ),
        (
            "What did the Committee say about children forced to beg in Kazakhstan?",
            "KAZ silent on begging; begging only in SR 17, 31, 52, 53",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
