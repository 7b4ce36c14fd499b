"""Round-2 gold items (ids r001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists.
"""

from collections.abc import Callable
from typing import Any

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

TJK = "CRC/C/OPSC/TJK/CO/1"
TKM = "CRC/C/OPSC/TKM/CO/1"
KAZ = "CRC/C/OPSC/KAZ/CO/1"
SR = "A/HRC/50/33/Add.1"


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the round-2 items through make_gold's q(), with ids r001, r002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Is it actually illegal in Turkmenistan just to keep indecent pictures of kids on your computer?",
        c(M, 26),
        c(M, 27),
        ["does not explicitly prohibit possession"],
        notes="26 (b): Article 164 does not prohibit possession; 27 is the matching recommendation",
    )
    item(
        P,
        "In Turkmenistan, can a go-between who pressures a mother into handing over her baby for adoption be prosecuted?",
        c(M, 26),
        c(M, 27),
        ["as an intermediary"],
        notes="26 (c): improperly inducing consent for adoption not clearly prohibited",
    )
    item(
        P,
        "If a business in Kazakhstan makes money off exploited children, can the business itself be charged?",
        c(K, 15),
        c(K, 16),
        ["Legal persons cannot be liable"],
        notes="15 (d) is the only KAZ passage on liability of legal persons",
    )
    item(
        P,
        "Are officials in Kazakhstan on the take from people who traffic kids?",
        c(K, 23, 24),
        [],
        ["complicity by State officials"],
        notes="23 concern (complicity, corruption), 24 recommendation to investigate and sanction",
    )
    item(
        P,
        "Do border bribes let people move children out of Tajikistan without anyone looking into it?",
        c(T, 18),
        c(T, 19),
        ["not investigated owing to corruption"],
        notes="18 (d) concern; 19 (d) asks to combat corruption",
    )
    item(
        P,
        "Can a woman who was pimped out in Tajikistan end up charged herself for running a brothel?",
        c(S, 59),
        c(S, 85, 9, 57),
        ["keeping or organizing brothels"],
        notes="59: victims prosecuted under articles 238/239 instead of being identified",
    )
    item(
        P,
        "Do the men in Tajikistan who pay for sex with under-age girls face any punishment?",
        c(T, 33),
        c(T, 32, 24),
        ["target users of child victims of prostitution"],
        notes="33 (d) asks to review laws to target users",
    )
    item(
        P,
        "In Kazakhstan, is it a crime to talk a teenager into prostitution if no threats or tricks were used?",
        c(K, 15),
        c(K, 16),
        ["regardless of the methods used"],
        notes="15 (b): article 270 only punishes specific recruitment methods",
    )
    item(
        P,
        "Do traffickers in Tajikistan use chat apps and the dark web to find people?",
        c(S, 79, 49),
        c(S, 20),
        ["messaging apps, social media and the dark web"],
        notes="49 and 79 are the SR's passages on digital technologies; 20 on online recruitment during COVID",
    )
    item(
        P,
        "Is there a number that trafficking victims in Tajikistan can ring for help?",
        c(S, 77),
        [],
        ["dedicated hotline"],
        notes="77: hotline launched with the Centre on Trafficking in Persons",
    )
    item(
        P,
        "If a trafficked woman in a small Tajik town needs somewhere safe to stay, where can she go?",
        c(S, 65),
        c(S, 87, 4),
        ["only one shelter"],
        notes="65: no safe accommodation outside Dushanbe; 87 (d) recommendation",
    )
    item(
        P,
        "Do trafficking victims in Tajikistan only get help if they agree to testify against the people who exploited them?",
        c(S, 61, 62),
        c(S, 60, 63, 87),
        ["victims are required to cooperate in order to receive assistance"],
        notes="61 (assistance) and 62 (legal aid) both conditional on cooperation in practice",
    )
    item(
        P,
        "Can Tajik housemaids stuck in Saudi Arabia or the Emirates count on their embassy?",
        c(S, 68),
        c(S, 87, 39),
        ["Gulf region"],
        notes="68: limited consular protection for migrant women in the Gulf",
    )
    item(
        P,
        "Are the agencies that find Tajiks jobs abroad properly checked?",
        c(S, 38),
        c(S, 91, 74),
        ["licensing process"],
        notes="38 on recruitment agencies; 91 (c) recommendation",
    )
    item(
        P,
        "What help is there for wives left behind in Tajik villages while their husbands work in Russia?",
        c(S, 41, 91),
        c(S, 15, 19),
        ["female-headed households"],
        notes="41 programmes for families of migrants; 91 (b) employment for women heads of household",
    )
    item(
        P,
        "Are Afghans who fled to Tajikistan allowed to settle in Dushanbe?",
        c(S, 24),
        c(S, 25),
        ["not allowed to live in larger cities"],
        notes="24: resolution No. 325 residence restrictions",
    )
    item(
        P,
        "In Kazakhstan, does an abused child get to speak up in the trial of the abuser?",
        c(K, 20),
        c(K, 19),
        ["present his/her views, needs and concerns"],
        notes="20: article 8 rights of the child victim in criminal procedure",
    )
    item(
        P,
        "Is anything stopping Turkmen investigators from leaning on children when they question them?",
        c(M, 37),
        c(M, 38),
        ["psychological pressure during interrogations"],
        notes="37: no clear sanctions for pressure during interrogations",
    )
    item(
        P,
        "Is there an independent watchdog that Turkmen kids can go to with a complaint?",
        c(M, 14, 15),
        [],
        ["receive and investigate complaints"],
        notes="14 concern, 15 recommendation on an independent monitoring mechanism",
    )
    item(
        P,
        "If the abuser can't pay, who compensates a child victim in Turkmenistan?",
        c(M, 40),
        [],
        ["victims’ compensation fund"],
        notes="40 (b) compensation fund where the perpetrator cannot pay",
    )
    item(
        P,
        "Is Turkmenistan tackling poverty so that children are less likely to end up exploited?",
        c(M, 25),
        c(M, 24),
        ["poverty reduction strategies"],
        notes="25 (c); 24 lists children living in poverty as a vulnerable group",
    )
    item(
        P,
        "Under Tajik law, is it covered if someone sells a child's kidney?",
        c(T, 8, 27),
        c(T, 9) + c(S, 31),
        ["transfer of organs"],
        notes="8 concern and 27 (b) recommendation on organ transfer; SR 31 lists organ removal in the anti-trafficking law",
    )
    item(
        P,
        "Can a foreign kid trafficked into Kazakhstan stay in the country while the police investigate?",
        c(K, 22),
        [],
        ["temporary residence permission"],
        notes="22 (g)",
    )
    item(
        P,
        "Are Tajik teenagers taught about sex and relationships at school so they can protect themselves?",
        c(S, 44),
        c(S, 51),
        ["age-appropriate education on sexual and reproductive health"],
        notes="44 is the only passage on sexuality education",
    )
    item(
        P,
        "Are young dancers kept back to rehearse for government shows in Tajikistan at risk?",
        c(S, 10),
        [],
        ["State-organized events"],
        notes="10: retention of children for State-led performances",
    )
    item(
        P,
        "Does Kazakhstan do anything for kids who sleep rough?",
        c(K, 25, 26),
        [],
        ["street children"],
        notes="25 concern about street children, 26 recommendation on vulnerable groups",
    )
    item(
        P,
        "Can Tajikistan's work inspectors actually get out to farms and private homes?",
        c(S, 42),
        [],
        ["very limited capacity"],
        notes="42: labour inspectorate's limited reach in rural areas and households",
    )
    item(
        P,
        "Could a trafficked foreigner in Tajikistan with no papers just be thrown out of the country?",
        c(S, 70),
        c(S, 9, 88),
        ["administratively deport"],
        notes="70: victims whose identity cannot be established are deported",
    )
    item(
        P,
        "Are there female officers in the Tajik police to talk to victims?",
        c(S, 86),
        c(S, 12, 43),
        ["are trained and available to conduct interviews with victims"],
        notes="86 (c); 12 and 43 note few women in law enforcement",
    )
    item(
        P,
        "Should Tajik kids be punished for what they get up to on their phones?",
        c(T, 23),
        c(T, 22) + c(PO, 9),
        ["not on the punishment of children"],
        notes="23: strategy on online exploitation should educate, not punish children",
    )
    item(
        P,
        "Is anyone checking on disabled kids living in care homes in Tajikistan?",
        c(S, 17),
        c(S, 45, 52),
        ["limited oversight or independent monitoring"],
        notes="17: dependency in institutional settings with limited oversight",
    )
    item(
        P,
        "Will Tajikistan stop teenagers from hauling heavy loads at work?",
        c(PO, 8),
        c(T, 21),
        ["manual loading and unloading of goods"],
        notes="plan row 8 activity 3 (list of hazardous work)",
    )
    item(
        P,
        "Will Tajik employers have to keep a list of their under-18 staff?",
        c(PO, 1),
        [],
        ["list of employees under the age of 18"],
        notes="plan row 1 activity 2",
    )
    item(
        P,
        "Are the parents of Tajik kids who work being told about their children's rights on the job?",
        c(PO, 7),
        [],
        ["parents of working children"],
        notes="plan row 7 activity 1",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a workshop on child pornography laws: what do the documents say, country by country, about gaps in criminalising it, including possession?",
        c(T, 8, 26, 27) + c(PO, 2) + c(M, 26, 27) + c(K, 15, 16),
        c(T, 9) + c(M, 8, 9),
        ["possessing child pornography", "Article 273"],
        notes="every legislation concern/recommendation naming child pornography offences, plus plan row 2 (rec. 26)",
    )
    item(
        TH,
        "Everything the documents say about online and Internet-based sexual exploitation of children, in every country",
        c(T, 22, 23) + c(PO, 9) + c(M, 25, 26, 27) + c(K, 16) + c(S, 20, 49, 79),
        [],
        ["online child sexual exploitation", "exploitation over the Internet"],
        notes="TJK 22-23 + plan 9; TKM 25 (b), 26 (d), 27 (b); KAZ 16 (b); SR 20, 49, 79",
    )
    item(
        TH,
        "I'm preparing a training on child labour and forced labour of children: list everything the documents say, for each country.",
        c(T, 20, 21, 27) + c(PO, 8) + c(PC, 31) + c(M, 5, 24, 25, 26) + c(K, 15) + c(S, 50),
        c(T, 19) + c(K, 16) + c(M, 27) + c(S, 40, 42, 31, 17, 53) + c(PC, 26),
        ["cotton harvest", "forced labour"],
        notes="TJK 20-21, 27 (c), plan OPSC 8 and CRC 31; TKM 5 (b), 24, 25 (a), 26 (a); KAZ 15 (a); SR 50",
    )
    item(
        TH,
        "All passages on illegal adoption and selling children through adoption, across the documents",
        c(T, 27) + c(M, 26) + c(K, 15, 16) + c(S, 52) + c(PC, 19),
        c(S, 31) + c(M, 27),
        ["illegal adoption"],
        notes="TJK 27 (a); TKM 26 (c); KAZ 15 (e), 16 (c) Hague; SR 52; plan CRC 19 (Hague Convention)",
    )
    item(
        TH,
        "Which documents talk about helplines or hotlines for child or trafficking victims, and what do they say?",
        c(M, 41, 42) + c(K, 22) + c(S, 77),
        c(T, 33) + c(PO, 7),
        ["national helpline", "Free telephone hotlines"],
        notes="TKM 41-42, KAZ 22 (d), SR 77; TJK CO has only complaint mechanisms (33 (e))",
    )
    item(
        TH,
        "For a training on remedies: everything about compensation for child and trafficking victims, country by country",
        c(T, 32) + c(M, 40) + c(S, 21, 73, 74, 89, 90),
        c(S, 87) + c(T, 33),
        ["compensation"],
        notes="TJK 32 (c)(e); TKM 40 (b); SR 21, 73, 74, 89 (b), 90; the Kazakhstan observations are silent on compensation",
    )
    item(
        TH,
        "Street children: everything in the documents, country by country",
        c(T, 19) + c(M, 24) + c(K, 25, 26) + c(S, 52, 91, 92) + c(PC, 32),
        [],
        ["street situations", "street children"],
        notes="TJK 19 (a); TKM 24; KAZ 25-26; SR 52, 91 (d), 92 (b); plan CRC 32",
    )
    item(
        TH,
        "For a training on minority and Roma children: what do the documents say for each country?",
        c(T, 24, 25) + c(PO, 10) + c(PC, 30) + c(S, 53, 91) + c(M, 24) + c(K, 25, 26),
        c(S, 92) + c(PC, 10) + c(M, 6, 7) + c(K, 11, 12),
        ["Roma", "ethnic minorities"],
        notes="TJK 24-25 + plan OPSC 10, CRC 30; SR 53, 91 (d); TKM 24; KAZ 25-26; data-by-minority paragraphs only may",
    )
    item(
        TH,
        "Every paragraph on not punishing or prosecuting child victims and trafficking victims for what they were forced to do",
        c(T, 24, 25, 32, 33) + c(K, 22) + c(S, 9, 31, 59, 72, 85),
        c(S, 26, 57, 56),
        ["Non-criminalization of the victims", "non-punishment principle"],
        notes="TJK 24-25, 32 (d), 33 (b); KAZ 22 (a); SR 9, 31, 59, 72, 85 (c); the Turkmenistan observations are silent",
    )
    item(
        TH,
        "Give me all the passages on corruption and officials' involvement in selling or trafficking children.",
        c(T, 18, 19, 29) + c(K, 23, 24),
        c(S, 30) + c(PO, 11),
        ["corruption", "complicity by State officials"],
        notes="TJK 18 (d), 19 (d), 29; KAZ 23-24; the Turkmenistan observations are silent; SR 30 only aggravation for officials",
    )
    item(
        TH,
        "What do the documents say about child and forced marriage? I need every reference.",
        c(T, 14, 19) + c(S, 44, 51, 91) + c(PC, 9, 17),
        c(S, 9, 27),
        ["child marriages", "child spouses"],
        notes="all Tajikistan: TJK 14, 19 (a); SR 44, 51, 91 (d); plan CRC 9, 17; Kazakhstan and Turkmenistan silent",
    )
    item(
        TH,
        "For a training-of-trainers session: what do the documents say about training judges, prosecutors and police, in each country?",
        c(T, 33) + c(PO, 7) + c(M, 17, 18, 19, 36) + c(K, 8) + c(S, 46, 78, 83, 86),
        c(T, 15) + c(S, 47, 87, 39),
        ["child-friendly interviewing skills", "public prosecutors, judges"],
        notes="passages naming training of justice/law-enforcement professionals in every document",
    )
    item(
        TH,
        "Everything about which body coordinates the work under the Optional Protocol, in each country",
        c(T, 12, 13) + c(PO, 4) + c(M, 12, 13) + c(K, 5, 6),
        c(S, 33) + c(PA, 2) + c(K, 24),
        ["insufficient coordination", "efficient body"],
        notes="coordination sections of the three CO + plan OPSC 4; SR 33 is the trafficking commission",
    )
    item(
        TH,
        "All the findings on money and budgets for implementing the Optional Protocol, for every country",
        c(T, 16, 17) + c(PO, 6) + c(M, 20, 21) + c(K, 13, 14),
        c(T, 11) + c(M, 11) + c(S, 64),
        ["budget lines", "budget allocations"],
        notes="allocation-of-resources sections of the three CO + plan OPSC 6",
    )
    item(
        TH,
        "Country by country, what do the documents say about statistics and data on sold and exploited children?",
        c(T, 6, 7) + c(PO, 1) + c(M, 6, 7) + c(K, 11, 12) + c(S, 82),
        c(S, 34) + c(PC, 5) + c(PA, 4) + c(T, 18, 28) + c(M, 28),
        ["disaggregated"],
        notes="data sections of the three CO, plan OPSC 1, SR 82",
    )
    item(
        TH,
        "All the recommendations on international and cross-border cooperation against the sale and trafficking of children",
        c(T, 34) + c(PO, 2) + c(M, 43) + c(K, 29) + c(S, 89),
        c(S, 84, 74) + c(PA, 9) + c(T, 31) + c(M, 34),
        ["neighbouring countries"],
        notes="art. 10 sections of the three CO, plan OPSC 2 activity 4, SR 89 (b)",
    )
    item(
        TH,
        "What do the documents say about protecting child victims and witnesses during criminal proceedings?",
        c(M, 37, 38) + c(K, 19, 20) + c(S, 79, 83),
        c(T, 33) + c(S, 86, 89),
        ["Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime"],
        notes="TKM 37-38, KAZ 19-20 (article 8), SR 79 and 83 (child-friendly justice)",
    )
    item(
        TH,
        "Everything the documents say about birth registration, country by country",
        c(M, 24) + c(S, 50, 88) + c(PC, 13),
        c(S, 53) + c(PC, 29),
        ["birth registration"],
        notes="TKM 24, SR 50 and 88 (c), plan CRC 13; the Kazakhstan and Tajikistan OPSC observations are silent",
    )
    item(
        TH,
        "For a training on victim assistance: what do the documents say about recovery, rehabilitation and reintegration of child victims in each country?",
        c(T, 33) + c(M, 39, 40) + c(K, 21, 22) + c(S, 87) + c(PC, 33),
        c(T, 32) + c(M, 35, 21) + c(S, 60, 63, 65) + c(PA, 7),
        ["Social reintegration programmes for child victims"],
        notes="TJK 33 (c); TKM 39-40; KAZ 21-22; SR 87; plan CRC 33 activity 3",
    )
    item(
        TH,
        "What are the governments asked to do to follow up and disseminate the concluding observations? All countries please.",
        c(T, 36, 37) + c(M, 45, 46) + c(K, 30, 31) + c(PC, 35),
        [],
        ["widely available"],
        notes="follow-up and dissemination sections of the three CO; plan CRC 35 disseminates them",
    )
    item(
        TH,
        "Which further treaties or protocols are the countries urged to ratify or join, according to all the documents?",
        c(T, 35) + c(M, 44) + c(K, 16) + c(S, 85) + c(PO, 8) + c(PA, 10) + c(PC, 19, 29),
        c(S, 29, 88),
        ["communications procedure", "Hague Convention"],
        notes="ratification recommendations and plan rows on accession (Forced Labour Protocol, Firearms, Hague, statelessness)",
    )
    item(
        TH,
        "Everything on national strategies or comprehensive policies under the Optional Protocol, per country",
        c(T, 10, 11) + c(PO, 3) + c(M, 10, 11),
        c(K, 4) + c(S, 34),
        ["comprehensive policy and strategy"],
        notes="TJK 10-11 + plan 3, TKM 10-11; Kazakhstan has only its trafficking plan welcomed in 4",
    )
    item(
        TH,
        "What research do the documents ask for on the scale and causes of the sale and exploitation of children?",
        c(T, 18, 19) + c(M, 25) + c(K, 11, 12, 28) + c(S, 34),
        c(M, 27) + c(K, 16) + c(T, 7),
        ["research on the nature and scale"],
        notes="TJK 18 (c)/19 (c); TKM 25 (a); KAZ 11, 12, 28; SR 34",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "How do the committee's concerns about possessing child pornography compare for Kazakhstan and Turkmenistan?",
        c(K, 15) + c(M, 26),
        c(K, 16) + c(M, 27),
        ["Article 273", "Article 164"],
        notes="KAZ 15 (c) and TKM 26 (b) make the same point about different articles",
    )
    item(
        CO,
        "Can companies be held criminally liable for these offences in Kazakhstan and in Turkmenistan? How does the Committee see it?",
        c(K, 15) + c(M, 30),
        c(M, 31) + c(K, 16),
        ["Legal persons cannot be liable", "legal entities"],
        notes="KAZ 15 (d); TKM 30-31",
    )
    item(
        CO,
        "Compare the hotline situation for victims in Tajikistan and Turkmenistan.",
        c(S, 77) + c(M, 41),
        c(M, 42) + c(T, 33),
        ["dedicated hotline", "helpline"],
        notes="Tajikistan: only the SR report (77); the TJK OPSC observations do not mention a helpline",
    )
    item(
        CO,
        "How do Tajikistan, Turkmenistan and Kazakhstan each fare on illegal adoption according to the Committee?",
        c(T, 27) + c(M, 26) + c(K, 15),
        c(K, 16) + c(S, 52) + c(PC, 19) + c(M, 27),
        ["illegal adoption"],
        notes="TJK 27 (a), TKM 26 (c), KAZ 15 (e)",
    )
    item(
        CO,
        "Did the Committee make the same point about sale of children versus trafficking for Tajikistan and Turkmenistan?",
        c(T, 8) + c(M, 8),
        c(T, 26, 27) + c(M, 9),
        ["similar, but not identical"],
        notes="both CO say sale is similar to but not identical with trafficking (TJK 8, TKM 8-9)",
    )
    item(
        CO,
        "Compare the coordination problems the committee found in Kazakhstan and Tajikistan.",
        c(K, 5) + c(T, 12),
        c(K, 6) + c(T, 13) + c(PO, 4),
        ["insufficient coordination"],
        notes="coordination sections",
    )
    item(
        CO,
        "Is there an independent body monitoring children's rights under the Protocol in Turkmenistan and in Kazakhstan?",
        c(M, 14),
        c(M, 15),
        ["independent national institution"],
        notes="Kazakhstan observations are silent on independent monitoring",
    )
    item(
        CO,
        "Compare awareness-raising about the Optional Protocol in Kazakhstan and Turkmenistan.",
        c(K, 7) + c(M, 16),
        c(K, 8, 27, 28) + c(M, 17),
        ["raise awareness"],
        notes="KAZ 7-8 (and 27-28 on campaigns), TKM 16-17",
    )
    item(
        CO,
        "How does the training of professionals differ between Turkmenistan and Kazakhstan?",
        c(M, 18) + c(K, 8),
        c(M, 19, 17) + c(K, 7),
        ["training materials and courses"],
        notes="TKM 18-19 training section; KAZ 8 (dissemination and training)",
    )
    item(
        CO,
        "Compare the committee's comments on resources for the Protocol in Turkmenistan and Kazakhstan.",
        c(M, 20) + c(K, 13),
        c(M, 21) + c(K, 14),
        ["budget allocations", "allocation of resources"],
        notes="allocation-of-resources sections",
    )
    item(
        CO,
        "How do Tajikistan, Turkmenistan and Kazakhstan compare on investigating and prosecuting offenders, according to the Committee?",
        c(T, 28) + c(M, 28) + c(K, 23),
        c(T, 29) + c(M, 29) + c(K, 24) + c(PO, 11),
        ["prosecuted and sentenced"],
        notes="impunity sections: TJK 28-29, TKM 28-29, KAZ 23-24",
    )
    item(
        CO,
        "Compare how child victims and witnesses are protected in criminal proceedings in Turkmenistan and Kazakhstan.",
        c(M, 37) + c(K, 19),
        c(M, 38) + c(K, 20),
        ["article 8"],
        notes="both: article 8 not adequately integrated (TKM 37, KAZ 19)",
    )
    item(
        CO,
        "Compare recovery and reintegration services for child victims in Turkmenistan and Kazakhstan.",
        c(M, 39) + c(K, 22),
        c(M, 40) + c(K, 21),
        ["reintegration"],
        notes="TKM 39-40; KAZ 21-22",
    )
    item(
        CO,
        "Does the Committee want a comprehensive strategy from both Tajikistan and Turkmenistan?",
        c(T, 10) + c(M, 10),
        c(T, 11) + c(M, 11) + c(PO, 3),
        ["comprehensive"],
        notes="comprehensive policy sections",
    )
    item(
        CO,
        "How do Tajikistan, Turkmenistan and Kazakhstan compare on online child sexual exploitation?",
        c(T, 22) + c(M, 26) + c(K, 16),
        c(T, 23) + c(M, 25, 27) + c(PO, 9) + c(S, 20, 49),
        ["online child sexual exploitation"],
        notes="TJK 22-23; TKM 26 (d), 27 (b); KAZ 16 (b) Internet study",
    )
    item(
        CO,
        "Compare the committee's encouragement of international cooperation for Tajikistan, Turkmenistan and Kazakhstan.",
        c(T, 34) + c(M, 43) + c(K, 29),
        c(PO, 2),
        ["international cooperation"],
        notes="art. 10 sections",
    )
    item(
        CO,
        "How does extradition differ for Tajikistan and Turkmenistan?",
        c(T, 31) + c(M, 34),
        c(T, 30) + c(M, 32) + c(PO, 2),
        ["extradition"],
        notes="TJK 30-31, TKM 34 (extradition)",
    )
    item(
        CO,
        "Selling children into forced labour: what gaps did the Committee find in the Criminal Codes of Kazakhstan and Turkmenistan?",
        c(K, 15) + c(M, 26),
        c(K, 16) + c(M, 27) + c(T, 27),
        ["Article 133", "Article 129"],
        notes="KAZ 15 (a), TKM 26 (a)",
    )
    item(
        CO,
        "How does the Committee's view of NGOs and civil society differ for Turkmenistan and Kazakhstan?",
        c(M, 22) + c(K, 24),
        c(M, 23) + c(K, 28),
        ["civil society organizations", "NGOs"],
        notes="TKM 22-23 restrictions; KAZ 24 and 28 coordination/liaison with NGOs",
    )
    item(
        CO,
        "When were Turkmenistan's and Kazakhstan's next reports due?",
        c(M, 47) + c(K, 32),
        [],
        ["28 January 2018", "10 September 2006"],
        notes="next-report paragraphs",
    )
    item(
        CO,
        "Compare concerns about corruption for Tajikistan, Kazakhstan and Turkmenistan.",
        c(T, 18) + c(K, 23),
        c(T, 19, 29) + c(K, 24),
        ["corruption"],
        notes="Turkmenistan observations are silent on corruption",
    )
    item(
        CO,
        "Compare compensation for child victims in Tajikistan and Turkmenistan.",
        c(T, 32) + c(M, 40),
        c(T, 33) + c(S, 73, 90),
        ["compensation"],
        notes="TJK 32 (c)(e), TKM 40 (b)",
    )
    item(
        CO,
        "Child marriage: how do Tajikistan and Kazakhstan compare?",
        c(T, 14) + c(S, 51),
        c(T, 19) + c(S, 44, 91) + c(PC, 9, 17),
        ["child marriages"],
        notes="Kazakhstan observations are silent on child marriage",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "What did she recommend?",
        c(S, 87),
        c(S, 65),
        ["Expand the provision of shelters"],
        h(
            "What did the Special Rapporteur find about shelters in Tajikistan?",
            'She found shelter provision very limited: "In Dushanbe, there is currently only one shelter, '
            f'which operates under the control of the Ministry of Health." ({SR}, para. 65)',
        ),
        notes="87 (d)",
    )
    item(
        F,
        "Was Kazakhstan told the same?",
        c(K, 15),
        c(K, 16),
        ["Article 273"],
        h(
            "What does the Committee say about possession of child pornography in Turkmenistan?",
            'It is concerned that "Article 164 of the Criminal Code does not explicitly prohibit possession of '
            f'child pornography" ({TKM}, para. 26 (b)).',
        ),
        notes="KAZ 15 (c)",
    )
    item(
        F,
        "And the plan?",
        c(PO, 9),
        c(T, 23),
        ["responsible use of information and communication technologies"],
        h(
            "What did the committee say about online abuse of children in Tajikistan?",
            'It is concerned "by the paucity of information provided by the State party on the measures to prevent '
            f'and address online child sexual exploitation and abuse" ({TJK}, para. 22).',
        ),
        notes="OPSC plan row 9 implements rec. 23",
    )
    item(
        F,
        "Did the Committee on the Rights of the Child raise the same point for child victims there?",
        c(T, 32),
        c(T, 33),
        ["de jure existence of provisions for such compensation"],
        h(
            "What did the Special Rapporteur say about compensation for trafficking victims in Tajikistan?",
            f'"However, in practice, access to compensation remains limited." ({SR}, para. 73)',
        ),
        notes="TJK 32 (c) and (e)",
    )
    item(
        F,
        "And what did it recommend?",
        c(K, 6),
        c(K, 5),
        ["periodic evaluation"],
        h(
            "What did the committee find on coordination in Kazakhstan?",
            f'It "remains concerned about the insufficient coordination among these bodies" ({KAZ}, para. 5).',
        ),
        notes="KAZ 6",
    )
    item(
        F,
        "What does it want the government to do about it?",
        c(M, 31),
        c(M, 30),
        ["full and direct criminal liability of legal persons"],
        h(
            "Can legal entities be punished for selling children in Turkmenistan?",
            'The Committee is concerned that "individuals and legal entities, including corporations, may not be '
            "criminally liable under the State party’s legislation for all offences covered by the Optional "
            f'Protocol" ({TKM}, para. 30).',
        ),
        notes="TKM 31",
    )
    item(
        F,
        "Is that in the action plan too?",
        c(PO, 6),
        c(T, 17),
        ["alternative sources of funding"],
        h(
            "What did the Committee recommend on the budget in Tajikistan?",
            'It recommends that the State party "identify budget lines for the implementation of the Optional '
            f'Protocol" ({TJK}, para. 17).',
        ),
        notes="OPSC plan row 6 implements rec. 17",
    )
    item(
        F,
        "Does the national plan of action deal with that?",
        c(PC, 9, 17),
        c(S, 51, 91),
        ["Family Code", "eliminate child marriage"],
        h(
            "What did the Special Rapporteur say about child marriage in Tajikistan?",
            'She "is concerned about continuing reports of child marriage, in particular in rural and remote '
            f'areas" ({SR}, para. 51).',
        ),
        notes="CRC plan rows 9 (age of marriage) and 17 (strategy against child marriage)",
    )
    item(
        F,
        "What did it recommend on this?",
        c(M, 19),
        c(M, 18),
        ["systematic evaluation of all training"],
        h(
            "What did the committee say about training in Turkmenistan?",
            'It remains concerned that training efforts "are not systematic and do not include all areas covered '
            f'by the Optional Protocol" ({TKM}, para. 18).',
        ),
        notes="TKM 19",
    )
    item(
        F,
        "What did she recommend on them?",
        c(S, 91),
        c(S, 38),
        ["fair recruitment"],
        h(
            "What did the Special Rapporteur say about recruitment agencies in Tajikistan?",
            'She acknowledges the licensing measures, but "serious concerns remain as to the effectiveness of such '
            f'prevention measures to date" ({SR}, para. 38).',
        ),
        notes="SR 91 (c)",
    )
    item(
        F,
        "So what exactly does it want them to criminalize?",
        c(T, 27),
        c(T, 9) + c(PO, 2),
        ["virtual child pornography"],
        h(
            "Which offences are missing from Tajikistan's law according to the Committee?",
            'It is concerned that the legislation "does not cover all elements of offences under articles 2 and 3 '
            'of the Optional Protocol", in particular "the sale of children for the transfer of organs; procuring '
            f'child prostitution; and possessing child pornography" ({TJK}, para. 8).',
        ),
        notes="TJK 27 (a)-(d); 9 is the general recommendation",
    )
    item(
        F,
        "Which guidelines did it point them to?",
        c(K, 20),
        c(K, 19),
        ["Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime"],
        h(
            "What did the Committee say about child victims in criminal procedure in Kazakhstan?",
            'It is concerned "that the provisions of article 8 of the Optional Protocol have not been adequately '
            f'integrated into the relevant laws of the State party" ({KAZ}, para. 19).',
        ),
        notes="KAZ 20",
    )
    item(
        F,
        "Did it cite the same guidelines for Turkmenistan?",
        c(M, 38),
        c(M, 37),
        ["Guidelines on Justice"],
        h(
            "What did the Committee say about child victims in criminal procedure in Kazakhstan?",
            'It is concerned "that the provisions of article 8 of the Optional Protocol have not been adequately '
            f'integrated into the relevant laws of the State party" ({KAZ}, para. 19).',
            "Which guidelines did it point them to?",
            'It recommends that the State party "be guided in this respect by the United Nations Guidelines on '
            f'Justice in Matters involving Child Victims and Witnesses of Crime" ({KAZ}, para. 20).',
        ),
        notes="TKM 38 cites the same ECOSOC guidelines",
    )
    item(
        F,
        "What did she ask the UN agencies and donors to do about it?",
        c(S, 92),
        c(S, 84),
        ["internally within Tajikistan"],
        h(
            "What did the Special Rapporteur say about internal trafficking in Tajikistan?",
            f'She "is concerned by the limited attention given to internal trafficking within Tajikistan" ({SR}, para. 9).',
        ),
        notes="SR 92 is addressed to the international community",
    )
    item(
        F,
        "What does she want the government to do?",
        c(S, 88),
        c(S, 27, 25, 26),
        ["non-refoulement"],
        h(
            "What happened to Afghan asylum seekers at the Tajik border?",
            'The Special Rapporteur "has received reports of deportations, and the forced removal, of Afghan asylum '
            f'seekers by Tajik authorities" ({SR}, para. 27).',
        ),
        notes="SR 88 (a)-(b) on registration and non-refoulement",
    )
    item(
        F,
        "Does the Kazakhstan review say anything similar about NGOs?",
        c(K, 24),
        c(K, 28),
        ["local authorities and NGOs"],
        h(
            "What did the committee say about civil society in Turkmenistan?",
            'It "remains concerned at reports of restrictions on the work of civil society organizations, including '
            f'those working on children’s rights" ({TKM}, para. 22).',
        ),
        notes="KAZ 24 coordination with NGOs; 28 liaise with NGOs; no restriction concern for Kazakhstan",
    )
    item(
        F,
        "And what's the recommendation on that?",
        c(T, 33),
        c(T, 32) + c(PO, 7),
        ["early identification of child victims"],
        h(
            "What did the Committee say about identifying child victims at the borders in Tajikistan?",
            'It is concerned that "Law enforcement, border and immigration authorities do not have specific '
            f'procedures for systematically identifying child victims at borders" ({TJK}, para. 32 (b)).',
        ),
        notes="TJK 33 (a)",
    )
    item(
        F,
        "Same question for Turkmenistan.",
        c(M, 16),
        c(M, 17),
        ["not conducted regularly"],
        h(
            "What did the committee say about awareness raising in Kazakhstan?",
            'It is concerned that "efforts to raise awareness among relevant professional categories and the public '
            f'on the areas covered by the Protocol remain insufficient" ({KAZ}, para. 7).',
        ),
        notes="TKM 16-17",
    )
    item(
        F,
        "What did the Special Rapporteur say about those children?",
        c(S, 71, 72),
        c(S, 85, 87, 54),
        ["84 children from Iraq", "best interests determination"],
        h(
            "What does the OPAC plan say about child victims of armed conflict?",
            'Row 7 plans to "Improve mechanisms of reintegration of child victims from the armed conflicts and take '
            'measures for reintegration of these children" (OPAC plan, row 7, 2019-2021).',
        ),
        notes="SR 71-72 on children repatriated from Iraq/Syria; 85 (c), 87 (f) recommendations",
    )
    item(
        F,
        "What did she recommend for them?",
        c(S, 85, 87),
        c(S, 86, 91, 92),
        ["Convention on the Rights of Persons with Disabilities"],
        h(
            "What did the Special Rapporteur say about persons with disabilities?",
            'She is concerned about "the limited attention given to the specific risks of trafficking faced by '
            f'persons with disabilities" ({SR}, para. 17).',
        ),
        notes="85 (d) CRPD ratification; 87 (a), (d) accessible assistance and shelters",
    )
    item(
        F,
        "What did she find that led her to that?",
        c(S, 37),
        c(S, 8, 39, 19),
        ["pre-departure orientation programmes"],
        h(
            "What did the Special Rapporteur recommend about women migrant workers?",
            'She recommends that labour migration programmes "incorporate a gender equality perspective, and '
            f'prioritize the expansion of safe migration opportunities for women migrant workers" ({SR}, para. 91 (a)).',
        ),
        notes="SR 37 is the finding behind 91 (a); 8 on women's share of migration",
    )
    item(
        F,
        "And Kazakhstan's?",
        c(K, 32),
        [],
        ["10 September 2006"],
        h(
            "When is Turkmenistan's next report due under the Convention?",
            f'By "28 January 2018" ({TKM}, para. 47).',
        ),
        notes="KAZ 32",
    )
    item(
        F,
        "Does Tajikistan's plan say anything about joining that convention?",
        c(PC, 19),
        [],
        ["joining The Hague Convention"],
        h(
            "What did the Committee ask Kazakhstan to ratify?",
            'Among others, "the Hague Convention No. 33 on Protection of Children and Cooperation in Respect of '
            f'Inter-country Adoption (1993)" ({KAZ}, para. 16 (c)).',
        ),
        notes="CRC plan row 19 activity 2",
    )
    item(
        F,
        "Did Kazakhstan get the same recommendation?",
        c(K, 16),
        [],
        ["mandatory cooperation of Internet providers"],
        h(
            "What did the committee recommend to Turkmenistan about the Internet?",
            'It recommends that the State party "Conduct a thorough study of the use of the Internet for the '
            f'dissemination of child pornography or other forms of sexual exploitation" ({TKM}, para. 27 (b)).',
        ),
        notes="KAZ 16 (b) is nearly identical",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "What does paragraph 17 of the Kazakhstan observations say?",
        c(K, 17),
        [],
        ["double criminality"],
    )
    item(L, "Show me row 5 of the OPAC plan.", c(PA, 5), [], ["extremist and radical movements"])
    item(
        L, "Quote para. 27 (d) of CRC/C/OPSC/TJK/CO/1.", c(T, 27), [], ["virtual child pornography"]
    )
    item(
        L,
        "What does row 31 of the CRC plan of action cover?",
        c(PC, 31),
        [],
        ["worst forms of child labour"],
    )
    item(
        L,
        "Paragraph 59 of the Special Rapporteur's Tajikistan report, please.",
        c(S, 59),
        [],
        ["article 238"],
    )
    item(
        L,
        "What does para. 26 (c) of CRC/C/OPSC/TKM/CO/1 say?",
        c(M, 26),
        [],
        ["as an intermediary"],
    )
    item(L, "Show row 3 of the OPSC plan.", c(PO, 3), [], ["single document"])
    item(
        L,
        "What does paragraph 60 of CRC/C/OPSC/KAZ/CO/1 say?",
        [],
        answerable=False,
        notes="the Kazakhstan observations have paragraphs 1-32",
    )
    item(
        L,
        "Read paragraph 48 of the Turkmenistan concluding observations.",
        [],
        answerable=False,
        notes="the Turkmenistan observations end at paragraph 47",
    )
    item(
        L,
        "What is in row 12 of the OPSC national plan?",
        [],
        answerable=False,
        notes="the OPSC plan has rows 1-11",
    )
    item(
        L,
        "Show paragraph 93 of A/HRC/50/33/Add.1.",
        [],
        answerable=False,
        notes="the SR report ends at paragraph 92",
    )
    item(
        L,
        "What does row 11 of the OPAC plan say?",
        [],
        answerable=False,
        notes="the OPAC plan has rows 1-10",
    )
    item(
        L,
        "What does paragraph 39 of the Tajikistan OPSC concluding observations say?",
        [],
        answerable=False,
        notes="CRC/C/OPSC/TJK/CO/1 ends at paragraph 38",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "What did the Committee say about child sex tourism in Kazakhstan?",
            "no document mentions sex tourism",
        ),
        ("What did the Committee say about surrogacy in Turkmenistan?", "surrogacy is not treated"),
        (
            "Did the Committee ask Kazakhstan to ratify the Optional Protocol on a communications procedure?",
            "only the TJK and TKM observations recommend it; the 2006 KAZ observations are silent",
        ),
        (
            "What did the Committee against Torture recommend to Kazakhstan?",
            "CAT is not in the corpus",
        ),
        (
            "What did CEDAW tell Tajikistan about women migrant workers?",
            "CEDAW observations are not in the corpus (the SR report covers the topic, but not CEDAW)",
        ),
        (
            "What did the Special Rapporteur on trafficking report after her visit to Turkmenistan?",
            "the only SR visit in the corpus is to Tajikistan",
        ),
        (
            "What does Turkmenistan's national plan of action say about implementing the OPSC recommendations?",
            "only Tajikistan has a national plan in the corpus",
        ),
        (
            "What did the Committee say about corporal punishment in Turkmenistan's schools?",
            "TKM silent",
        ),
        (
            "What did the Committee say about child soldiers in Kazakhstan?",
            "no OPAC document for Kazakhstan",
        ),
        (
            "What did the Special Rapporteur on the sale and sexual exploitation of children report on Kyrgyzstan?",
            "other mandate, other country",
        ),
        (
            "What did the Committee on the Rights of the Child say about Uzbekistan's cotton harvest?",
            "no Uzbekistan document",
        ),
        (
            "What did the Special Rapporteur on the right to education say about girls' schooling in Tajikistan?",
            "mandate not in the corpus",
        ),
        (
            "What did the Committee on Migrant Workers recommend to Tajikistan?",
            "CMW observations not in the corpus",
        ),
        (
            "What do the OPAC concluding observations on Turkmenistan say about military schools?",
            "CRC/C/OPAC/TKM/CO/1 is only referred to, not included",
        ),
        (
            "How did COVID-19 affect child protection in Kazakhstan, according to the Committee?",
            "2006 document; COVID only in the SR report on Tajikistan",
        ),
        (
            "What did the Committee say about child marriage in Turkmenistan?",
            "TKM silent on marriage",
        ),
        (
            "What did the Committee say about conditions of juvenile detention in Kazakhstan?",
            "KAZ silent",
        ),
        (
            "What did the Universal Periodic Review recommend to Turkmenistan on human trafficking?",
            "UPR documents not in the corpus",
        ),
        (
            "What did the Committee recommend to Mongolia on child pornography?",
            "no Mongolia document",
        ),
        (
            "What did the Committee recommend to Turkmenistan on mine risk education?",
            "mines only in the Tajikistan OPAC plan",
        ),
        (
            "What did the Committee on Economic, Social and Cultural Rights say about child labour in Tajikistan?",
            "CESCR not in the corpus",
        ),
        (
            "What did the Special Rapporteur on contemporary forms of slavery say about forced labour in Turkmenistan's cotton fields?",
            "mandate not in the corpus",
        ),
        (
            "Did the Committee say anything about trafficking in children's organs in Kazakhstan?",
            "KAZ silent on organs",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
