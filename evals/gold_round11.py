"""Round-11 gold items (ids rf001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of one line of a must-cite unit
(checked with a stdlib script that splits the five files into their numbered paragraphs and plan rows),
every quotation in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no
answer of the assistant and no eval report was seen. The questions avoid the paragraphs, themes and
wordings of the round-2 to round-10 tables and of the q items where they can: the paraphrases, follow-ups
and lookups go mostly to units or activities those tables cited least or never asked about in plain words
(the plan's Clinical Protocol on mother-to-child transmission of HIV, per capita health financing, suicide
prevention among adolescents, nutrition leaflets by age, distance-learning equipment, the video for
villages under threat of mines; the Rapporteur on migrants from non-Russian speaking households, the
one-month limit for lodging an asylum application, the places she visited, the State Migration Service's
pre-departure programmes for women, irregular migration after the COVID-19 border closures, the youth
committee's outreach to LGBT and disabled youth, the ministries she met, the meetings and visits refused,
the article 4.3 'differentiated approach'; Turkmenistan's targeted prevention against exploitation over
the Internet, its double-criminality recommendation and its cooperation with neighbouring countries;
Kazakhstan's article 8 gap and coordination; the plan's row on a single OPSC policy document, its
firearms-protocol row and its OPSC investigation row), and the themes (the plan activities of the
Ministry of Economy, of the Supreme Court and of the Agency on Social Insurance and Pension, what the
Rapporteur dates to 2021, children with disabilities in ordinary schools, the State Migration Service,
the articles of Tajikistan's Anti-Trafficking Law she cites, digital tools in the plan, recreation and
leisure, children going back to their families from institutions) were not asked before. Comparisons pair
countries on points no earlier comparison made its subject (the year of each anti-trafficking law,
residence for foreign victims, sale of children 'similar but not identical' to trafficking, the days
between dialogue and adoption, virtual child pornography, the buyers of sex with children, the Protocol's
standing in domestic law, a children's commissioner against an independent monitor, money for NGOs that
serve victims, the part played by the President or his office). One lookup names a plan row that does not
exist, and five questions are near misses the corpus cannot answer, each checked with grep over
data/corpus: a covered country on a topic no document treats, a treaty or mandate the corpus does not
hold, a covered body on another country. The users appear in no earlier table: a pharmacist behind the
counter of a pharmacy in Istaravshan (careful and polite, 'Pharmacist here', speaks of customers,
prescriptions and the counter), a ticket agent at a Dushanbe travel agency selling flights to Moscow,
Dubai and Istanbul (brisk and salesy, 'Quick check before I quote', speaks of clients, bookings and
routes) and the owner of a phone-repair kiosk in Kulob (casual, writes in lower case, 'ok so', speaks of
his kiosk, cracked screens and the kids who hang around the counter).
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
    """Add the round-11 items through make_gold's q(), with ids rf001, rf002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Pharmacist here. A pregnant customer who is HIV-positive asked me whether the clinics follow any set "
        "procedure so the baby is not born with the virus. Does the government's plan for children have one?",
        c(PC, 25),
        c(PC, 24, 10),
        ['Implement the Clinical Protocol "Prevention of mother-to-child transmission of HIV" in Tajikistan'],
        notes="CRC plan row 25 (recommendation 36), activity 1: implement the Clinical Protocol on prevention of "
        "mother-to-child transmission of HIV, 2018-2019, MOHSPP, MOIA, LA; (2) monitoring of the National HIV "
        "Prevention Program 2017-2020",
    )
    item(
        P,
        "Customers at my counter keep saying the district clinics get paid according to how many people they serve. "
        "Is the state planning to spread that way of paying for health care to more towns and districts?",
        c(PC, 21),
        [],
        ["Expansion of per capita financing in the cities and districts of the country"],
        notes="CRC plan row 21 (recommendations 30-31), activity 4: expansion of per capita financing in the cities "
        "and districts, 2018-2020, MOHSPP, MOF, LA",
    )
    item(
        P,
        "Teenagers sometimes try to buy whole strips of sleeping tablets from me, and it frightens me. Is anything "
        "planned to stop young people from taking their own lives?",
        c(PC, 23),
        [],
        ["Strengthening promotion and activities among adolescents on prevention of suicide."],
        notes="CRC plan row 23 (recommendation 34), activity 3: promotion and activities among adolescents on "
        "suicide prevention, regularly, MOES, MOHSPP, MOIA, GPO, LA (activity 1, teachers' training, was asked in "
        "round 10)",
    )
    item(
        P,
        "Young mothers ask me all day what to feed a toddler and when to start vitamins. Will the health ministry "
        "print anything simple for parents on feeding children at each age?",
        c(PC, 22),
        [],
        ["Preparation of leaflets and guidelines on healthy nutrition, proper preparation of food and nutrition for "
         "children, depending on the age"],
        notes="CRC plan row 22 (recommendations 32-33), activity 1: leaflets and guidelines on healthy nutrition by "
        "age; (2) educating parents about healthy nutrition and supplemental nutrition products; MOHSPP, MOES, MOF, "
        "CTVR, LA",
    )
    item(
        P,
        "Quick check before I quote: more and more clients buying one-way tickets to Moscow hardly speak any "
        "Russian. Does the UN trafficking report see that as making them easier to exploit?",
        c(S, 7),
        c(S, 6, 37),
        ["an increasing number of Tajik migrant workers come from non-Russian speaking households"],
        notes="SR 7 (last sentence): a recent trend that may increase the risks of exploitation: more migrant "
        "workers from non-Russian speaking households",
    )
    item(
        P,
        "Some Afghan clients ask me how long they have after crossing before they must ask for refugee protection, "
        "and what happens if they miss it. What does the UN expert say?",
        c(S, 26),
        c(S, 23, 25, 88),
        ["which is one month after arrival in Tajikistan", "at risk of being considered as illegally residing"],
        notes="SR 26: lodging an asylum application within one month of arrival; missing it risks being treated as "
        "illegally residing foreigners, arrest, fines, deportation and refoulement",
    )
    item(
        P,
        "A client wants a tour that follows the UN trafficking expert's trip. Apart from the capital, which places "
        "did she actually go to?",
        c(S, 3),
        c(S, 1),
        ["specifically the border point of Panji Poyon", "She also visited the city of Bokhtar."],
        notes="SR 3: besides Dushanbe, the border area with Afghanistan (Panji Poyon border point, met border "
        "guards) and the city of Bokhtar",
    )
    item(
        P,
        "Lots of women book with us to go and work abroad. The briefings the state gives people before they leave - "
        "do they deal with the dangers women in particular face?",
        c(S, 37),
        c(S, 35, 91),
        ["Limited attention is given, however, to the specific risks faced by women migrant workers by the State "
         "Migration Service and in pre-departure orientation programmes."],
        notes="SR 37: limited attention to women migrant workers' risks by the State Migration Service and in "
        "pre-departure orientation; SR 91 (a) (gender equality in pre-departure programmes) may",
    )
    item(
        P,
        "When the flights to Russia stopped during covid, did people start travelling by riskier, unofficial routes "
        "instead, according to the UN report?",
        c(S, 18),
        c(S, 19, 21),
        ["has increased the risks of irregular and unsafe migration and heightened the risks of trafficking"],
        notes="SR 18: closure of borders and restrictions on migration, in particular to Russia, increased the risks "
        "of irregular and unsafe migration and of trafficking",
    )
    item(
        P,
        "ok so kids send each other dirty pics on their phones and bring them to my kiosk to fix. if the police "
        "find out should they be teaching them or punishing them? what did the un committee tell tajikistan",
        c(T, 23),
        c(T, 22, 25),
        ["and not on the punishment of children"],
        notes="TJK 23: strategy to focus on awareness-raising and education of children on the responsible use of "
        "ICT and online sexual exploitation, not on the punishment of children",
    )
    item(
        P,
        "guy from mary in turkmenistan fixes phones next to me. was his government told to actually prevent kids "
        "getting exploited over the internet, not just punish it after",
        c(M, 25),
        c(M, 24, 26, 27),
        ["Undertake targeted preventive measures, including against exploitation"],
        notes="TKM 25 (b): targeted preventive measures, including against exploitation over the Internet, and "
        "cooperation with organisations on awareness campaigns",
    )
    item(
        P,
        "a man from a mountain village asked me to copy a film about landmines onto a usb for his school. is the "
        "government making films like that for schools near minefields",
        c(PA, 8),
        [],
        ["Prepare of a video material for outreach work in the educational institutions of villages under the "
         "threat of mines and unexploded ordnance"],
        notes="OPAC plan row 8 (recommendation 27), activity 3: video material for outreach in schools of villages "
        "under threat of mines and UXO, regularly, TNMAC, MOD, MOES, MOHSPP, LA",
    )
    item(
        P,
        "the youth committee did a talk about trafficking in our town. does the un report say if those talks reach "
        "gay kids or kids in wheelchairs",
        c(S, 48),
        c(S, 47, 16, 17),
        ["limited information was available on how such awareness-raising activities engage with"],
        notes="SR 48: awareness-raising among young people under the Committee for Youth and Sports Affairs, but "
        "limited information on how it engages LGBT youth groups or young persons with disabilities",
    )
    item(
        P,
        "ok so are colleges and technical schools getting proper computers so students can study from home? "
        "anything in the plan",
        c(PC, 27),
        [],
        ["Equip secondary and higher professional educational institutions with modern technology to enroll "
         "students in distance learning"],
        notes="CRC plan row 27 (recommendation 39), activity 6: equip secondary and higher professional institutions "
        "with modern technology for distance learning, 2018-2020, MOES",
    )
    item(
        P,
        "Quick check for a Turkmen client: if someone who abused children abroad flees to Ashgabat, can "
        "Turkmenistan hand him over to the other country? What was it told?",
        c(M, 34),
        c(M, 32, 33),
        ["as extraditable offences in the national"],
        notes="TKM 34: consider including all offences under article 3 (1) as extraditable offences in law and "
        "treaties; the Protocol as a legal basis for extradition",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "We are pitching a deal to the economy ministry. Which activities in Tajikistan's 2018-2022 plan list the "
        "Ministry of Economy and Development of Trade (MEDT)? All three tables, please.",
        c(PC, 2, 20, 26, 32) + c(PO, 6) + c(PA, 10),
        [],
        ["CCR, GPO, MOJ, OO, MOES, MOHSPP, MEDT, MLMEP, MOF", "MOF, MEDT, MOIA, GPO, MOFA"],
        notes="MEDT: CRC 2 (unified programme to 2030), 20 (7) (needs of children with disabilities in social "
        "services programmes), 26 (1)-(3) (living standards, vocational schools, climate strategy), 32 (1)-(2) "
        "(children in the street); OPSC 6 (1)-(2) (financing, alternative funding); OPAC 10 (firearms protocol)",
    )
    item(
        TH,
        "ok so where in tajikistan's plan does the supreme court (SCT) have a job? every activity, all three tables",
        c(PC, 7, 9, 11, 12, 16, 18, 19) + c(PO, 2, 4, 7) + c(PA, 10),
        c(S, 2),
        ["MOJ, SCT, GPO, CWFA", "MOIA, GPO, SCT, SCNS, NCL"],
        notes="SCT among the agencies: CRC 7 (1), (3); 9; 11; 12 (1)-(2); 16 (1); 18 (1); 19 (1)-(2); OPSC 2 (1)-(4); "
        "4; 7 (2)-(3); OPAC 10; the Rapporteur's meeting with the Supreme Court (SR 2) may",
    )
    item(
        TH,
        "Disability pensions come up at my counter daily. In which activities of the plan is the Agency on Social "
        "Insurance and Pension (ASIP) one of the implementers?",
        c(PC, 5, 20),
        [],
        ["AOS, MOES, ASIP, MOIA, MOHSPP, CWFA, GPO, MLMEP, LA", "MOHSPP, MOES, ASIP, LA"],
        notes="ASIP: CRC 5 (1)-(3) (data system, statistical reports, database on children with disabilities and "
        "without family care) and 20 (1)-(3) (equal disability pension, registration of children with "
        "disabilities, day care services); none in OPSC or OPAC",
    )
    item(
        TH,
        "Building a timeline for our route planning: what does the UN trafficking report say happened in 2021 - "
        "every event or figure it dates to that year?",
        c(S, 1, 22, 25, 27, 65, 69),
        c(S, 28, 34) + c(PC, 14, 34) + c(PA, 7),
        [
            "More than 5,400 Afghans arrived in Tajikistan in January 2021 alone",
            "At the end of July 2021, local authorities suspended the issuance of residence permits",
        ],
        notes="2021: SR 1 (visit 7-16 December 2021), 22 (5,400 Afghans in January; border closed in August), 25 "
        "(residence permits suspended end of July), 27 (80 asylum seekers in August, buffer zone), 65 (5 victims "
        "in the shelter in 2021), 69 (16 victims returned in 2020 and 2021); the plan 2018-2021 (SR 34), the "
        "March 2022 footnote in SR 28, and plan periods ending 2021 (CRC 14 (2), CRC 34, OPAC 7) may",
    )
    item(
        TH,
        "A customer's son uses a wheelchair and the school says he can't come. Where does the plan deal with "
        "children with disabilities learning in ordinary schools? Every activity, please.",
        c(PC, 10, 20, 27),
        c(PC, 5),
        [
            "support children with disabilities to be included in mainstream schools",
            "Improve the policy and legislation on inclusive education for children with disabilities.",
            "Improve legislation related to inclusive education",
        ],
        notes="CRC 10 (3)-(4) (primary teachers trained; social workers, speech therapists, tutors for inclusion in "
        "mainstream schools, Inclusive Education programme), 20 (6) (inclusive education policy and legislation), "
        "27 (5) and (7) (children with disabilities at all levels of education, inclusive education law); the "
        "database on children with disabilities (CRC 5 (3)) may",
    )
    item(
        TH,
        "Our agency deals with migrants every day. What does the UN report say about the State Migration Service - "
        "its offices, its briefings before departure, what it should change? Everything.",
        c(S, 35, 36, 37, 91),
        c(S, 7),
        [
            "pre-departure orientation programmes by the Migration Service",
            "subsidiary offices of the Migration Service in the Russian Federation",
        ],
        notes="SR 35 (awareness-raising and pre-departure orientation by the Migration Service), 36 (subsidiary "
        "offices in Russia, regularization, passports), 37 (limited attention to women's risks by the State "
        "Migration Service), 91 (a) (gender equality in pre-departure orientation)",
    )
    item(
        TH,
        "ok so list every article of tajikistan's anti-trafficking law that the un rapporteur quotes and what each "
        "one does. criminal code not needed",
        c(S, 31, 55, 60, 61, 63, 70),
        c(S, 30, 32, 73),
        [
            "(article 12 of the Anti-Trafficking Law)",
            "However, under article 4.3, the provision of additional assistance is envisaged, dependent on",
            "Article 31 of the Anti-Trafficking Law addresses the repatriation of foreign citizens",
        ],
        notes="Anti-Trafficking Law: art. 1 and 20 (definition; consent, victim status, (4)-(5) non-punishment, SR "
        "31), 12 (formal identification by State agencies, SR 55), 11 (assistance from initial identification, SR "
        "60), 4.3 (differentiated approach by cooperation, SR 61), 28-29 (content of assistance, two months, no "
        "detention, SR 63), 31 (repatriation and residence of foreign and stateless victims, SR 70); Criminal Code "
        "articles (SR 30, 59) excluded by the question",
    )
    item(
        TH,
        "phones and computers: which activities in tajikistan's plan use technology - apps, websites, databases, "
        "computers? all of them",
        c(PC, 27, 35) + c(PO, 7, 9),
        c(PC, 5),
        [
            "Ensuring the use of modern electronic technologies (applications and technical tools) for registering "
            "complaints and requests from children",
            "through mass media, website, informational leaflets, etc.",
        ],
        notes="CRC 27 (6) (modern technology for distance learning) and (8) (EMIS data collection), 35 (mass media, "
        "website); OPSC 7 (3) (electronic technologies for children's complaints), 9 (misuse of ICT); the data "
        "systems and state database of CRC 5 may",
    )
    item(
        TH,
        "Where do the documents deal with children's free time - play, recreation, cultural events, places to rest? "
        "Every passage, please.",
        c(PC, 27, 28) + c(S, 88),
        c(PA, 8),
        [
            "Create environment for participation of children in cultural and recreative events",
            "offer children space for recreation, study and rest",
        ],
        notes="CRC 28 (cultural and recreative events, COYS, MOES, MOC, CTVR), 27 (4) (data on recreation and "
        "cultural events); SR 88 (g) (child-friendly spaces for recreation, study and rest where asylum seekers "
        "reside); rehabilitation camps for children affected by mines (OPAC 8 (4)) may",
    )
    item(
        TH,
        "A customer's nephew has been in a children's home for years. Where do the documents speak of getting "
        "children out of institutions and back to their families? All of it, please.",
        c(PC, 18, 32, 33) + c(S, 72, 87),
        c(M, 40) + c(S, 71),
        [
            "sending children to these institutions to be considered as the last resort",
            "take measures to return them",
            "reunification with their families should be ensured",
        ],
        notes="CRC plan 18 (7) (institutional placement as last resort), 32 (2) (return children without supervision "
        "to families), 33 (3) (reintegration of trafficking victims to the families); SR 72 (reunification of "
        "repatriated children with their families), 87 (g) (family-based and community-based solutions); safe "
        "return programmes (TKM 40 (c)) and repatriated children in institutions (SR 71) may",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Quick check for a client brochure: when did Turkmenistan and Tajikistan each adopt their anti-trafficking "
        "law, according to the documents? And Kazakhstan?",
        c(M, 5, 8) + c(T, 4) + c(S, 30),
        [],
        [
            "the Law on Combating Trafficking in Persons in 2007",
            "The adoption of the Human Trafficking and Assistance for Trafficking Victims Act (2014);",
        ],
        notes="TKM 5 (a) (Law on Combating Trafficking in Persons, 14 December 2007), 8 (2007); TJK 4 (c) (2014 Act); "
        "SR 30 (2004 legislation replaced by the 2014 Anti-Trafficking Law); Kazakhstan: CRC/C/OPSC/KAZ/CO/1 names "
        "no anti-trafficking law (only national plans and an inter-agency commission, KAZ 4), so no unit",
    )
    item(
        CO,
        "If a foreign woman is trafficked and the case goes to court, can she stay in the country? What is said "
        "for Kazakhstan and for Tajikistan?",
        c(K, 22) + c(S, 70),
        c(M, 40) + c(S, 26, 9),
        ["temporary residence permission for foreign trafficking victims", "provides for limited rights of residence"],
        notes="KAZ 22 (g): shelter and temporary residence permission for foreign victims during the investigation; "
        "SR 70: article 31 of the Anti-Trafficking Law, limited rights of residence and residency during criminal "
        "proceedings, but deportation of adults whose identity cannot be established",
    )
    item(
        CO,
        "Pharmacist here, reading up. Did the Committee explain to Tajikistan and to Turkmenistan that selling a "
        "child is not quite the same thing as trafficking? And to Kazakhstan?",
        c(T, 8) + c(M, 9),
        c(T, 27) + c(M, 8),
        [
            "a concept that is similar, but not identical, to trafficking in children",
            "which is similar to but not identical to trafficking in persons",
        ],
        notes="TJK 8 and TKM 9 both say the sale of children is similar but not identical to trafficking; "
        "Kazakhstan: no such wording in CRC/C/OPSC/KAZ/CO/1 (grep 'identical'), so no unit",
    )
    item(
        CO,
        "How long did the Committee take between talking with each delegation and adopting its observations - "
        "Tajikistan, Kazakhstan, Turkmenistan?",
        c(T, 1) + c(K, 1) + c(M, 1),
        [],
        ["held on 29 September 2017", "held on 27 January 2006", "held on 30 January 2015"],
        notes="TJK 1: 14 to 29 September 2017; KAZ 1: 11 to 27 January 2006; TKM 1: 14 to 30 January 2015",
    )
    item(
        CO,
        "ok so drawings or computer-made pictures of kids, not real photos. did the committee say those should be a "
        "crime too - tajikistan, turkmenistan, kazakhstan",
        c(T, 27),
        c(T, 26) + c(M, 26, 27) + c(K, 15, 16),
        ["including virtual child pornography, and suggestive representations of children"],
        notes="TJK 27 (d): criminalize possessing or accessing child pornography, including virtual child pornography "
        "and suggestive representations; Turkmenistan and Kazakhstan: 'virtual' appears in neither review (grep), "
        "only possession (TKM 26 (b), KAZ 15 (c)) and Internet dissemination, so no must unit",
    )
    item(
        CO,
        "what about the men who pay for sex with kids. was tajikistan, turkmenistan or kazakhstan told to go "
        "after them",
        c(T, 33),
        c(T, 24, 32),
        ["target users of child victims of prostitution"],
        notes="TJK 33 (d): review the laws to target users of child victims of prostitution; Turkmenistan and "
        "Kazakhstan: no passage on users or clients (grep 'users'), so no unit",
    )
    item(
        CO,
        "Pharmacist again. How does the Protocol stand in national law: was Kazakhstan's law said to put it first, "
        "and how far had Turkmenistan and Tajikistan brought it into their own laws?",
        c(K, 4) + c(M, 8, 9) + c(T, 9),
        c(T, 8, 26) + c(K, 15),
        [
            "The direct application and precedence of the Optional Protocol over domestic legislation.",
            "positive that most of the issues covered by the Optional Protocol have been integrated into",
        ],
        notes="KAZ 4 (c): direct application and precedence over domestic legislation; TKM 8 (most issues integrated, "
        "sale of children not clearly defined) and 9 (full incorporation, Law on Guarantees being revised); TJK 9 "
        "(all offences fully covered under criminal law), TJK 8 (gaps) may",
    )
    item(
        CO,
        "Is there someone children can turn to - a children's commissioner or an independent watchdog - in "
        "Tajikistan and in Turkmenistan?",
        c(T, 5) + c(M, 14, 15),
        c(PC, 6) + c(S, 2),
        ["establishment of the Commissioner for Children", "absence of an independent national"],
        notes="TJK 5: Commissioner for Children's Rights established in 2016; TKM 14-15: no independent national "
        "institution to receive children's complaints, urged to establish one; the Ombudsman's child-rights "
        "department in the plan (CRC 6) may",
    )
    item(
        CO,
        "the groups that actually look after victims - ngos. were turkmenistan and tajikistan told to back them "
        "with support and money",
        c(M, 23) + c(S, 67, 87),
        c(S, 64, 76) + c(K, 24),
        [
            "efforts to provide adequate services to child victims, but also by increasing their role",
            "sufficient long-term resources and funding are provided to specialized non-governmental organizations",
        ],
        notes="TKM 23: support civil society organisations in providing services to child victims; SR 67 (limited, "
        "precarious NGO funding, State obligation) and 87 (c) (long-term resources to specialized NGOs)",
    )
    item(
        CO,
        "Where does the head of state come in? What role do the President or his office play in Turkmenistan's and "
        "Tajikistan's action against child-selling and trafficking? Kazakhstan too.",
        c(M, 5, 45) + c(S, 33),
        c(PA, 10) + c(PC, 12),
        [
            "2005 presidential decree that bans child labour in all sectors",
            "transmitting them to the President",
            "is placed under the Office of the President",
        ],
        notes="TKM 5 (b) (2005 presidential decree banning child labour, cotton), 45 (transmit recommendations to the "
        "President); SR 33 (Interministerial Commission under the Office of the President); the Presidential "
        "Executive Office in OPAC 10 and the Agency on Government Service under the President in CRC 12 (3) "
        "(abbreviations only) may; Kazakhstan: no mention of a President (grep), so no unit",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And on the government side - which ministries did she sit down with?",
        c(S, 2),
        c(S, 4),
        ["Ministry of Labour, Migration and Employment, the Ministry of Education and Science"],
        h(
            "Quick check: who did the UN trafficking expert talk to outside government when she came to Tajikistan?",
            '"The Special Rapporteur met with representatives of civil society organizations and trade unions and '
            f'with lawyers." ({SR}, para. 3)',
        ),
        notes="SR 2: ministers and officials of Labour, Education, Health, Justice, Internal Affairs, the Committee on "
        "Women and the Family, the Committee for Youth and Sport, the National Legislation Centre; the Supreme "
        "Court and the Ombudsperson",
    )
    item(
        F,
        "Was that the only door closed to her? Who else would not see her, and what else was she not allowed to "
        "visit?",
        c(S, 4),
        c(S, 33, 71),
        [
            "meetings did not take place with representatives of the Office of the General Prosecutor",
            "the request to visit the institution hosting the children repatriated from Iraq was not granted",
        ],
        h(
            "Pharmacist here. Did the UN rapporteur see the state shelter for trafficking victims in Dushanbe?",
            '"Despite her repeated requests to visit the shelter, as part of the routine list of places visited '
            f'during a country visit, the request was not granted." ({SR}, para. 65)',
        ),
        notes="SR 4: late acceptance of the visit, no meetings with the General Prosecutor's Office and the State "
        "Committee of National Security, shelter visit not facilitated, the institution hosting children "
        "repatriated from Iraq not visited",
    )
    item(
        F,
        "What had it found wrong that made it say so?",
        c(K, 19),
        c(K, 20),
        ["article 8 of the Optional Protocol have not been adequately integrated into the"],
        h(
            "A customer's daughter has to testify against a man in Almaty. What did the UN committee tell Kazakhstan "
            "about children in criminal cases?",
            'It recommended legislative amendments "in order to bring the national law into full compliance with '
            f'article 8 of the Optional Protocol" ({KAZ}, para. 20).',
        ),
        notes="KAZ 19: the provisions of article 8 of the Optional Protocol not adequately integrated into the laws",
    )
    item(
        F,
        "so what did the committee want them to do about it",
        c(M, 33),
        c(M, 32, 34),
        ["remove the requirement of"],
        h(
            "can turkmenistan prosecute a turkmen who abused a kid abroad",
            'The Committee was concerned that "the requirement of double criminality for domestic prosecution of '
            'crimes allegedly committed abroad impedes the prosecution of offences outlined in articles 1 and 2 of '
            f'the Optional Protocol" ({TKM}, para. 32).',
        ),
        notes="TKM 33: remove the requirement of double criminality for the prosecution of offences committed "
        "abroad when exercising extraterritorial jurisdiction",
    )
    item(
        F,
        "Is Tajikistan's own plan doing anything about that for the sale-of-children protocol, and by when?",
        c(PO, 3),
        c(T, 10),
        ["Consultations and developing a single document in this field", "2019-2020"],
        h(
            "What did the Committee want from Tajikistan in terms of an overall policy?",
            'It recommended that the State party "develop a comprehensive policy and strategy on the rights of the '
            'child, encompassing all children and all issues covered under the Optional Protocol" '
            f"({TJK}, para. 11).",
        ),
        notes="OPSC plan row 3 (Rec. 11): consultations and developing a single document, 2019-2020, MOIA, MOJ, GPO",
    )
    item(
        F,
        "And guns - anything in that same table about joining a treaty on illegal weapons?",
        c(PA, 10),
        [],
        ["Examination of the issue of accession to this Protocol"],
        h(
            "Our agency runs school trips. Does Tajikistan's plan on children and armed conflict do anything to keep "
            "kids away from extremist groups?",
            'The armed-conflict table foresees: "Explore the issue of necessity of development of the strategy on '
            'prevention of children from joining extremist and radical movements and military groups", 2019 '
            f"({NPA} (OPAC), row 5).",
        ),
        notes="OPAC plan row 10 (recommendation 31): examination of accession to the Protocol against the Illicit "
        "Manufacturing of and Trafficking in Firearms, 2018-2019, PEO, MOFA, MOF, MOJ, MOIA, MEDT, GPO, SCT, SCNS",
    )
    item(
        F,
        "Did that sort out how the different bodies work together, in the Committee's view?",
        c(K, 5),
        c(K, 6),
        ["Optional Protocol, but remains concerned about the insufficient coordination among these bodies"],
        h(
            "Quick check for a Kazakh client: did Kazakhstan have a body dealing with trafficking in 2006?",
            'Among the positive aspects the Committee noted "The establishment of an inter-agency commission to '
            f'combat trafficking" ({KAZ}, para. 4 (b)).',
        ),
        notes="KAZ 5: insufficient coordination among the bodies at central and local levels; no periodic evaluation",
    )
    item(
        F,
        "ok but who is actually in charge of coordinating all of it",
        c(T, 12),
        c(T, 13),
        ["lack of information about the entity in charge of coordinating"],
        h(
            "what did tajikistan get credit for in that 2017 review, institutions wise",
            "The Committee noted with appreciation \"the establishment of the Commissioner for Children’s Rights in "
            f'2016 and the national plan to combat trafficking in persons in Tajikistan 2016-2018" ({TJK}, para. 5).',
        ),
        notes="TJK 12: many entities involved, but no information about the entity in charge of coordinating the "
        "implementation of the Protocol",
    )
    item(
        F,
        "Does the law really keep to that, or does anything in it still hang on cooperating with the police?",
        c(S, 61),
        c(S, 62, 63, 87),
        ["However, under article 4.3, the provision of additional assistance is envisaged, dependent on",
         "In practice, victims are required to cooperate in order to receive assistance and protection."],
        h(
            "A customer says trafficking victims only get help if they testify. Is that the rule in Tajikistan?",
            '"According to the Anti-Trafficking Law and the national referral mechanism, assistance to victims is '
            f'not conditional on their cooperation with law enforcement bodies." ({SR}, para. 60)',
        ),
        notes="SR 61: limited assistance irrespective of cooperation, but article 4.3 makes additional assistance "
        "depend on cooperation; in practice victims must cooperate",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"Pharmacist here, if I may: what does paragraph 43 of {TKM} say?",
        c(M, 43),
        [],
        ["neighbouring countries, including by strengthening procedures for and mechanisms to"],
    )
    item(
        L,
        f"ok so row 11 of the sale-of-children table of the {NPA}, what's in it",
        c(PO, 11),
        [],
        ["Build the capacity of the law enforcement agencies on appropriate and comprehensive investigation"],
    )
    item(
        L,
        f"Quick check: what is in row 12 of the armed-conflict table of the {NPA}?",
        [],
        answerable=False,
        notes="the plan's OPAC table ends at row 10",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "Pharmacist here. Did the Committee say anything about children in Turkmenistan being used to carry or "
            "sell narcotics?",
            "covered country, topic not treated: 'drug' or 'narcotic' appears in no review; the only drug body is "
            "Tajikistan's Drug Control Agency in the plan (DCA, grep)",
        ),
        (
            "Quick check: has Tajikistan ratified the ILO Private Employment Agencies Convention, No. 181?",
            "treaty not in the corpus: SR 28-29 list ILO Conventions 29, 97, 105, 143, 182 and 189; No. 181 and "
            "'Private Employment Agencies' appear nowhere (grep)",
        ),
        (
            "ok so what did the un special rapporteur on the right to privacy say about phones being monitored in "
            "tajikistan",
            "mandate not in the corpus: no privacy rapporteur is named; 'privacy' appears only for child victims in "
            "KAZ 20 (grep)",
        ),
        (
            "We sell tickets to Kabul too. What did the UN Committee on the Rights of the Child tell Afghanistan "
            "under the sale-of-children protocol?",
            "covered body, another country: the corpus holds the Committee's observations on Tajikistan, Kazakhstan "
            "and Turkmenistan only; Afghanistan appears only in the Rapporteur's report on Tajikistan (grep)",
        ),
        (
            "kids spend hours on online games at my counter. did the committee say anything about strangers "
            "grooming children through video games in kazakhstan",
            "covered country, topic not treated: 'game' or 'gaming' appears in no document (grep); the nearest is "
            "the study of Internet use in KAZ 16 (b)",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
