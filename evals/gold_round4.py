"""Round-4 gold items (ids o001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, and no answer of the assistant was seen. The questions avoid the
paragraphs and wordings of the round-2 and round-3 tables and of the q items where they can.
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
    """Add the round-4 items through make_gold's q(), with ids o001, o002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "If a Tajik kid 'agreed' to go with the people who exploited them, does that let the traffickers off the hook?",
        c(S, 31),
        c(S, 30),
        ["irrelevance of the means, when the victim is a child"],
        notes="31: the Anti-Trafficking Law recognizes the irrelevance of the means when the victim is a child; "
        "article 20: consent irrelevant",
    )
    item(
        P,
        "Is there a separate crime in Tajikistan for trafficking children, or is it treated the same as for grown-ups?",
        c(S, 30),
        c(S, 31),
        ["Article 167 of the Criminal Code specifically addresses trafficking of minors"],
        notes="30: article 130 (trafficking), article 167 (trafficking of minors)",
    )
    item(
        P,
        "Are migrant workers in Tajikistan allowed to join a union, and does that hold up in real life?",
        c(S, 11),
        c(S, 42),
        ["Law on Trade Unions"],
        notes="11: right guaranteed under the Law on Trade Unions, but no information on how it is protected in practice",
    )
    item(
        P,
        "Is it risky for Tajik lawyers to take on cases for people who were trafficked?",
        c(S, 62),
        c(S, 76, 89),
        ["risks of reprisals by traffickers are significant"],
        notes="62 (last sentence): reprisals by traffickers, independence of lawyers and the judiciary; "
        "76 threats against NGOs, 89 (c) investigate reprisals",
    )
    item(
        P,
        "Does Tajikistan keep one central record of trafficking crimes?",
        c(S, 82),
        c(S, 34),
        ["unified database for crimes related to trafficking in persons"],
        notes="82: a unified database under development, lack of disaggregated data",
    )
    item(
        P,
        "Once someone is officially recognised as trafficked in Tajikistan, can they still be locked up?",
        c(S, 63),
        c(S, 59, 9),
        ["will not be held in a detention or similar facility"],
        notes="63: article 29 - legally recognized victims not held in detention; 59 victims prosecuted instead of identified",
    )
    item(
        P,
        "In Kazakhstan, does the UN child-selling treaty beat the country's own laws if they clash?",
        c(K, 4),
        [],
        ["precedence of the Optional Protocol over domestic legislation"],
        notes="4 (c): direct application and precedence of the Optional Protocol",
    )
    item(
        P,
        "Does anyone actually know how many kids get trafficked inside and out of Kazakhstan?",
        c(K, 11),
        c(K, 12, 28),
        ["prevalence of national and cross-border trafficking"],
        notes="11: lack of research on the prevalence of national and cross-border trafficking; 12 asks for studies",
    )
    item(
        P,
        "Was Kazakhstan told to sign up to Europe's treaty on computer crime?",
        c(K, 16),
        [],
        ["Council of Europe Convention on Cyber Crime"],
        notes="16 (c): ratify the Council of Europe Convention on Cyber Crime (2001), among others",
    )
    item(
        P,
        "Has Turkmenistan joined the treaty on children taken abroad by one parent without permission?",
        c(M, 4),
        [],
        ["Convention on the Civil Aspects of International Child Abduction"],
        notes="4 (e): Hague Convention on the Civil Aspects of International Child Abduction, November 1997",
    )
    item(
        P,
        "How many years do kids in Turkmenistan now have to stay in school?",
        c(M, 24),
        [],
        ["extension of compulsory education to 12 years"],
        notes="24: compulsory education extended to 12 years, likely to reduce vulnerability",
    )
    item(
        P,
        "Does Turkmenistan run a proper scheme to keep kids safe when they testify against abusers?",
        c(M, 37),
        c(M, 38),
        ["does not have a formal programme to provide protection"],
        notes="37: confidentiality under the Code of Criminal Procedure, but no formal victim/witness protection programme",
    )
    item(
        P,
        "If an exploited child lives far from the capital in Turkmenistan, can they still get rehab and a safe way home?",
        c(M, 40),
        c(M, 39),
        ["available throughout its territory"],
        notes="40 (c): rehabilitation and safe return programmes available throughout the territory",
    )
    item(
        P,
        "Could an aunt or uncle living abroad adopt an orphaned Tajik child?",
        c(PC, 19),
        [],
        ["right of adoption of the relatives of foreign nationals"],
        notes="CRC plan row 19 activity 1: amendments for adoption by relatives of foreign nationals (2019)",
    )
    item(
        P,
        "Do disabled kids in Tajikistan get the same disability pension as everybody else?",
        c(PC, 20),
        [],
        ["equal amount of disability pension"],
        notes="CRC plan row 20 activity 1: amendments to the Law on Child Rights Protection on disability pensions",
    )
    item(
        P,
        "Will Tajik teenagers with HIV keep getting their benefit payments until they turn 18?",
        c(PC, 24),
        c(PC, 25, 10),
        ["from 16 to 18 years"],
        notes="CRC plan row 24 activity 2: allowances to HIV/AIDS patients, age limit raised from 16 to 18",
    )
    item(
        P,
        "Do babies born at home in Tajik villages get put on the official register?",
        c(PC, 13),
        c(S, 50, 88),
        ["reporting mechanisms on deliveries of children at home"],
        notes="CRC plan row 13 activity 2: reporting mechanisms on home deliveries (2018-2022)",
    )
    item(
        P,
        "Will Tajik colleges be able to teach students online?",
        c(PC, 27),
        [],
        ["distance learning"],
        notes="CRC plan row 27 activity 6: equip institutions with modern technology for distance learning",
    )
    item(
        P,
        "Is there any summer camp for Tajik kids who got hurt by old landmines?",
        c(PA, 8),
        [],
        ["rehabilitation camps"],
        notes="OPAC plan row 8 activity 4: children affected by mines and unexploded ordnance in rehabilitation camps",
    )
    item(
        P,
        "Is Tajikistan going to hand out tougher sentences to people who sell kids or make child porn?",
        c(PO, 2),
        c(T, 27, 9),
        ["Strengthen criminal liability"],
        notes="OPSC plan row 2 activity 3: strengthen criminal liability for sale, prostitution, pornography (2018-2019)",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a training on victim care: what do the documents say about medical and psychological help for child and trafficking victims, country by country?",
        c(K, 21, 22) + c(M, 40) + c(S, 63, 64, 69) + c(PC, 33),
        c(M, 20, 21) + c(K, 10, 26) + c(S, 16, 18, 66, 87) + c(T, 33) + c(PC, 10, 16),
        ["Medical and psychosocial attention", "legal, psychological, medical and material aid"],
        notes="KAZ 21 (no information on medical and psychosocial assistance), 22 (c); TKM 40 (a) physical and psychological "
        "recovery, counselling; SR 63 (article 28 aid), 64 (medical treatment and counselling paid by families), 69 (urgent "
        "medical assistance on return); CRC plan 33 activity 3; TKM 20-21 only resources, KAZ 10 health care for HIV children, "
        "SR 16/66 health access of LGBT persons and sex workers, TJK 33 (c) comprehensive care: may; the TJK observations "
        "never name medical or psychological care",
    )
    item(
        TH,
        "Everything the documents say about children's right to be heard and to take part - in court, in policy, in campaigns",
        c(K, 20) + c(M, 11, 17) + c(S, 54, 83, 87) + c(PC, 12),
        c(T, 37) + c(K, 26, 31) + c(M, 19, 46) + c(PC, 6, 28),
        [
            "voices of children who are victims are heard",
            "right of children to express their opinion",
        ],
        notes="KAZ 20 (views, needs and concerns in criminal procedure); TKM 11 (strategy in consultation with children), "
        "17 (a) (programmes with children and child victims); SR 54 (participation in public life), 83 (voices heard, "
        "self-advocacy), 87 (g) (in consultation with the child); CRC plan 12; dissemination to children and complaints only may",
    )
    item(
        TH,
        "I'm running a session on internal trafficking in Tajikistan: list every passage about trafficking inside the country.",
        c(S, 9, 14, 34, 40, 43, 44, 50, 59, 80, 84, 86, 92),
        c(S, 6, 10, 19, 41, 42),
        ["internal trafficking"],
        notes="SR 9, 14, 34 (no research), 40 (forced labour sectors), 43, 44, 50 (child sexual exploitation within), 59 (low "
        "identification), 80 (few investigations), 84, 86 (a), 92 (a); 6 origin country, 10 State events, 19/41/42 informal "
        "economy: may; the CRC observations and the plan do not distinguish internal trafficking",
    )
    item(
        TH,
        "For a training on return: everything on repatriating victims home and on returning or deporting foreign victims",
        c(S, 9, 68, 69, 70, 71, 72, 87) + c(M, 40),
        c(S, 4, 18, 26, 27, 57, 85, 88) + c(K, 22),
        ["repatriation of victims is facilitated by the State", "safe return programmes"],
        notes="SR 9 (forced returns, safe and voluntary return), 68-69 (repatriation, 16 victims with IOM), 70 (article 31, "
        "deportation of foreign victims), 71-72 (Syria and Iraq), 87 (b) (f); TKM 40 (c); KAZ 22 (g) only residence, "
        "SR 27/88 refoulement of asylum seekers: may; the TJK observations and the plan are silent",
    )
    item(
        TH,
        "For a session with trade unionists: what do the documents say about trade unions and labour inspection?",
        c(S, 11, 42, 86),
        c(S, 3, 17) + c(PC, 26, 31) + c(PO, 8),
        ["Law on Trade Unions", "labour inspectorate"],
        notes="SR 11 (right to join unions), 42 (inspectorate's capacity and independence), 86 (a) (identification with "
        "trade unions); SR 3 met unions, child labour monitoring rows of the plan: may; the CRC observations are silent",
    )
    item(
        TH,
        "Everything the documents say about rural and remote areas",
        c(S, 15, 19, 41, 42, 44, 48, 51, 65, 78, 87) + c(PC, 27),
        c(S, 52, 83) + c(M, 40) + c(PC, 20, 21, 23, 31),
        ["rural women and girls", "including rural areas"],
        notes="SR 15 (rural women), 19, 41, 42, 44 (girls in remote areas), 48 (outreach), 51 (child marriage), 65 (no "
        "shelter outside Dushanbe), 78 (training in rural areas), 87 (d); CRC plan 27 (remote districts); 'all regions' "
        "and 'throughout the territory' passages only may; Kazakhstan silent",
    )
    item(
        TH,
        "Domestic workers: every passage, please.",
        c(S, 8, 19, 29, 37, 40, 42),
        c(S, 68, 91),
        ["migrant domestic workers", "Domestic Workers Convention"],
        notes="SR 8 (women in domestic work), 19 (lockdowns), 29 (ILO No. 189 not ratified), 37, 40 (domestic service), 42 "
        "(domestic households out of inspectors' reach); 68 (Gulf) and 91 (a) only women migrants: may; the CRC observations "
        "and the plan are silent",
    )
    item(
        TH,
        "For a training of diplomats: what do the documents say about consular help for Tajik migrants and victims abroad?",
        c(S, 39, 68, 72, 87),
        c(S, 12, 35, 36, 69),
        ["consular"],
        notes="SR 39 (training on gender dimensions), 68 (consulates, Gulf), 72 (consular assistance for victims in camps), "
        "87 (b) (training consular officials); 36 Migration Service offices and passports, 69 return: may",
    )
    item(
        TH,
        "For a paralegal training: everything on identity papers, passports, residence permits and visas for victims, migrants and refugees, country by country",
        c(S, 23, 25, 26, 36, 53, 70) + c(K, 22),
        c(S, 7, 9, 24, 50, 88) + c(PC, 13) + c(M, 24),
        ["suspended the issuance of residence permits", "temporary residence permission"],
        notes="SR 23 (travel document and visa), 25 (residence permits suspended), 26 (without documentation), 36 (passports), "
        "53 (Roma documentation), 70 (residence permits of foreign victims); KAZ 22 (g); birth registration may; "
        "Turkmenistan and the TJK observations silent",
    )
    item(
        TH,
        "For a training on Tajikistan's 2014 anti-trafficking law: every passage on what it provides and how it is applied",
        c(T, 4) + c(S, 30, 31, 32, 55, 60, 61, 63, 64, 67, 70, 73) + c(PC, 33),
        c(S, 9, 62, 84),
        [
            "Anti-Trafficking Law",
            "Human Trafficking and Assistance for Trafficking Victims Act (2014)",
        ],
        notes="TJK 4 (c); SR 30-32, 55 (art. 12), 60 (art. 11), 61 (art. 4.3), 63 (arts. 28-29), 64, 67, 70 (art. 31), 73; "
        "CRC plan 33 activity 2 (by-laws); the Turkmen law (TKM 5, 8, 30) is another country's",
    )
    item(
        TH,
        "For an anti-stigma workshop: every passage on stigma and discriminatory attitudes towards victims, across the countries",
        c(K, 9, 10) + c(S, 14, 16, 17, 47, 56, 66, 80, 84, 86, 87, 89),
        c(S, 12, 43, 59, 81) + c(T, 24) + c(PC, 20),
        ["stigmatization of children who have contracted HIV/AIDS", "stigmatization of victims"],
        notes="KAZ 9-10 (HIV stigma); SR 14, 16 (LGBT), 17 (disabilities), 47, 56 (police), 66 (sex workers), 80, 84, "
        "86 (c), 87 (a), 89 (a); TJK 24 (child victims viewed as offenders) may; Turkmenistan silent",
    )
    item(
        TH,
        "For a youth workers' training: what do the documents say about adolescents and young people?",
        c(S, 10, 44, 48, 54) + c(PC, 14, 23, 24),
        c(T, 37) + c(K, 31) + c(M, 5, 46) + c(PO, 1, 8) + c(S, 83),
        ["youth unemployment", "On Youth and State Youth Policy"],
        notes="SR 10 (young adults at State events), 44 (sexuality education), 48 (youth awareness), 54 (participation); "
        "CRC plan 14 (youth law), 23 (adolescents' mental health), 24 (health services for young people); youth groups in "
        "dissemination paragraphs and the Young People's Right to Work Act only may",
    )
    item(
        TH,
        "All references to forced criminality - people or children trafficked into committing crimes",
        c(S, 31, 53, 71, 85),
        c(S, 54, 72) + c(PA, 5),
        ["forced criminality"],
        notes="SR 31 (forced participation in illegal criminal groups), 53 (minority children), 71 (armed or terrorist "
        "groups), 85 (c) (non-punishment); the CRC observations and the plan never mention it",
    )
    item(
        TH,
        "For a session on schooling: what do the documents say about access to education as a way to protect children, country by country?",
        c(K, 10, 26) + c(M, 24) + c(S, 15, 24, 25, 44, 51, 54, 88) + c(PC, 10, 18, 20, 26, 27, 29),
        c(K, 8, 27) + c(M, 17) + c(T, 23) + c(S, 35, 71, 87) + c(PC, 14, 16, 23) + c(PA, 6, 8),
        ["extension of compulsory education to 12 years", "equal access to education"],
        notes="KAZ 10, 26; TKM 24 (compulsory education); SR 15, 44, 51 (girls), 24-25, 88 (d) (refugees), 54; CRC plan 10, 20 "
        "(inclusive education), 18 (migrants' children), 26 (vocational schools), 27, 29; awareness through school curricula, "
        "adult vocational training and military schools only may; the TJK observations only speak of education on ICT (23)",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Have Kazakhstan, Turkmenistan and Tajikistan joined the UN Palermo protocol on trafficking in persons?",
        c(K, 16) + c(M, 4) + c(S, 28),
        [],
        ["Protocol to Prevent, Suppress and Punish Trafficking in Persons", "in 2002"],
        notes="KAZ 16 (c) recommends ratifying it (2006); TKM 4 (d) ratified March 2005; SR 28: Tajikistan ratified in 2002",
    )
    item(
        CO,
        "Are Turkmenistan and Kazakhstan parties to the 1951 Refugee Convention?",
        c(M, 4),
        c(S, 22),
        ["in March 1998"],
        notes="TKM 4 (c): 1951 Convention and 1967 Protocol in March 1998; the Kazakhstan observations are silent; "
        "Tajikistan ratified in 1993 (SR 22, may)",
    )
    item(
        CO,
        "When did Tajikistan and Turkmenistan pass their anti-trafficking laws?",
        c(T, 4) + c(S, 30) + c(M, 5, 8),
        c(M, 30),
        ["Human Trafficking and Assistance for Trafficking Victims Act (2014)", "14 December 2007"],
        notes="TJK 4 (c) Act of 2014; SR 30 (first law 2004, replaced in 2014); TKM 5 (a) Law on Combating Trafficking in "
        "Persons (14 December 2007), 8; Kazakhstan's observations name no trafficking law",
    )
    item(
        CO,
        "Do Kazakhstan and Tajikistan each have a government commission against trafficking?",
        c(K, 4) + c(S, 33),
        c(S, 85) + c(M, 12),
        [
            "inter-agency commission to combat trafficking",
            "Interministerial Commission for Combating Trafficking in Persons",
        ],
        notes="KAZ 4 (b); SR 33 (under the Office of the President); TKM 12 is a human rights interagency commission (may)",
    )
    item(
        CO,
        "How has the International Organization for Migration been involved in Tajikistan and Turkmenistan?",
        c(T, 4) + c(S, 69) + c(M, 18),
        [],
        ["International Organization for Migration"],
        notes="TJK 4 (f) cooperation agreement; SR 69 (16 victims returned with IOM funding); TKM 18 (training with IOM); "
        "Kazakhstan silent",
    )
    item(
        CO,
        "Is recruiting or procuring children for prostitution fully a crime in Kazakhstan, Turkmenistan and Tajikistan?",
        c(K, 15) + c(M, 26) + c(T, 8),
        c(K, 16) + c(M, 27, 28) + c(T, 9),
        [
            "recruitment of a child for prostitution",
            "recruitment for child prostitution",
            "procuring child prostitution",
        ],
        notes="KAZ 15 (b) (article 270); TKM 26 (d) (Internet recruitment not criminalized); TJK 8 (procuring not covered)",
    )
    item(
        CO,
        "What did the Committee tell Tajikistan and Turkmenistan about putting a definition of 'sale of children' into law?",
        c(T, 27) + c(M, 9),
        c(T, 8, 26) + c(M, 8),
        [
            "not limit the definition to cases of trafficking in children",
            "definition of sale of children",
        ],
        notes="TJK 27 (define and criminalize sale, not only trafficking); TKM 9 (include the definition in legislation)",
    )
    item(
        CO,
        "Have Turkmenistan and Tajikistan ratified the ILO Minimum Age Convention (No. 138)?",
        c(M, 4),
        c(T, 4) + c(S, 28),
        ["No. 138", "March 2012"],
        notes="TKM 4 (b): No. 138 in March 2012; the Tajikistan documents list ILO No. 182 and others but never No. 138",
    )
    item(
        CO,
        "Are Turkmenistan and Tajikistan both parties to the Optional Protocol on children in armed conflict?",
        c(M, 4) + c(T, 3),
        c(M, 3) + c(PA, 1) + c(S, 72),
        ["in March 2005", "CRC/C/OPAC/TJK/CO/1"],
        notes="TKM 4 (a) (March 2005); TJK 3 refers to the observations on Tajikistan's OPAC report; the OPAC plan and SR 72 "
        "may; Kazakhstan silent",
    )
    item(
        CO,
        "Was training on the Protocol good enough in Tajikistan and in Turkmenistan, in the Committee's view?",
        c(T, 14) + c(M, 18),
        c(T, 15) + c(M, 19) + c(PO, 7) + c(S, 46),
        ["limited dissemination, awareness-raising and training activities", "not systematic"],
        notes="TJK 14 regrets limited training; TKM 18 welcomes IOM training but finds it not systematic",
    )
    item(
        CO,
        "Is a child victim's identity kept private in criminal cases in Kazakhstan and Turkmenistan, according to the Committee?",
        c(K, 20) + c(M, 37),
        c(K, 19) + c(M, 38),
        ["privacy and identity fully respected and protected", "confidentiality of child victims"],
        notes="KAZ 20 (privacy and identity); TKM 37 (confidentiality under the Code of Criminal Procedure)",
    )
    item(
        CO,
        "What do the documents say about the families and children that migrant workers leave behind, in Tajikistan and in Turkmenistan?",
        c(PC, 18) + c(S, 19, 41),
        c(S, 15, 18, 91),
        ["migrants' children left without parental care", "female-headed households"],
        notes="CRC plan 18 activities 2 and 5; SR 19 (family members left behind), 41 (programmes for families of migrants); "
        "the Turkmenistan observations are silent on migrants' families",
    )
    item(
        CO,
        "Did the Committee want Kazakhstan and Turkmenistan to work with NGOs on awareness campaigns?",
        c(K, 28) + c(M, 17, 25),
        c(K, 24, 27) + c(M, 16, 23),
        ["liaise with NGOs", "In close cooperation with civil society"],
        notes="KAZ 28; TKM 17 (a) and 25 (b) (cooperate with non-governmental organizations on campaigns)",
    )
    item(
        CO,
        "Compare the local child protection and guardianship bodies in Turkmenistan and Tajikistan.",
        c(M, 39) + c(PC, 3, 18),
        c(S, 87) + c(PC, 6),
        ["guardianship and trusteeship", "Guardianship Authorities"],
        notes="TKM 39 (referral to local commissions); CRC plan 3 (functional assessment), 18 activity 7 (CCRs and "
        "Guardianship Authorities at local level); Kazakhstan silent",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "What sort of body did it want set up instead?",
        c(M, 13),
        c(M, 12),
        ["sufficient authority and a strong mandate"],
        h(
            "What did the Committee say about coordination in Turkmenistan?",
            "It notes the Interagency Commission on human rights but "
            '"remains concerned that there is still no specific body responsible for the coordination and the '
            f'implementation of the State party’s obligations under the Optional Protocol" ({TKM}, para. 12).',
        ),
        notes="TKM 13: an efficient high-level body with a strong mandate",
    )
    item(
        F,
        "What did she recommend to fix that?",
        c(S, 85),
        c(S, 33, 87),
        ["regular meetings with the Interministerial Commission"],
        h(
            "How does Tajikistan's Interministerial Commission on trafficking work with civil society?",
            'The Special Rapporteur is concerned "about the lack of transparency of the meetings and the limited engagement '
            f'with civil society, lawyers and human rights defenders by the Commission" ({SR}, para. 33).',
        ),
        notes="SR 85 (a): partnerships with NGOs through regular meetings with the Commission",
    )
    item(
        F,
        "What did she recommend for those households?",
        c(S, 88),
        c(S, 91, 92),
        ["widows and members of female-headed households"],
        h(
            "What did the Special Rapporteur say about where refugees may live in Tajikistan?",
            'Under resolution No. 325, "refugees and asylum seekers in Tajikistan are not allowed to live in larger cities or '
            'in the border districts of the country", and the restrictions "increase the risks of exploitation, in particular '
            f'for female-headed households" ({SR}, para. 24).',
        ),
        notes="SR 88 (d): prevention for refugee widows and female-headed households; 91 (b), 92 (b) concern other households",
    )
    item(
        F,
        "Was Turkmenistan told something similar?",
        c(M, 26),
        c(M, 27) + c(K, 16),
        ["for the adoption of a child"],
        h(
            "What did the Committee say about adoption law in Kazakhstan?",
            'It is concerned that "Legal provisions with regard to adoption need strengthening by adherence to international '
            f'standards and establishment of a central regulating authority" ({KAZ}, para. 15 (e)).',
        ),
        notes="TKM 26 (c): inducing consent to adoption as an intermediary not clearly prohibited",
    )
    item(
        F,
        "And whom did she not get to meet?",
        c(S, 4),
        [],
        ["Office of the General Prosecutor and the State Committee of National Security"],
        h(
            "Which ministries did the Special Rapporteur meet in Tajikistan?",
            'She "had exchanges with a number of ministers and government officials from the Ministry of Labour, Migration '
            "and Employment, the Ministry of Education and Science, the Ministry of Health and Social Protection of the "
            f'Population, the Ministry of Justice, the Ministry of Internal Affairs", among others ({SR}, para. 2).',
        ),
        notes="SR 4: no meetings with the General Prosecutor's Office and the State Committee of National Security",
    )
    item(
        F,
        "What did it recommend they do about those articles?",
        c(K, 16),
        c(K, 15),
        ["Review the existing provisions in the Criminal Code"],
        h(
            "What did the Committee say about Kazakhstan's Criminal Code and forced labour?",
            'It is concerned that "Article 133 of the Criminal Code does not cover sufficiently the sale of children for the '
            f'purpose of forced labour" ({KAZ}, para. 15 (a)).',
        ),
        notes="KAZ 16 (a): review the Criminal Code, via amendments or new provisions",
    )
    item(
        F,
        "And Kazakhstan?",
        c(K, 25),
        c(K, 26),
        ["vulnerability of street children"],
        h(
            "Which groups of children did the Committee want Tajikistan to target in prevention?",
            "It recommends measures for children at risk, "
            '"including children living in poverty, children engaged in child labour, child victims of prostitution, child '
            f'spouses and children living in street situations" ({TJK}, para. 19 (a)).',
            "And for Turkmenistan?",
            'It welcomes the identification of vulnerable groups, "especially children without parental care, children in '
            "street situations, children involved in child labour, children who are foreign citizens or who belong to ethnic "
            f'minorities, and children living in poverty" ({TKM}, para. 24).',
        ),
        notes="KAZ 25: street children, foreign citizens, ethnic minorities; 26 the recommendation",
    )
    item(
        F,
        "How many people were actually staying in the one that exists?",
        c(S, 65),
        c(S, 4),
        ["only 5 victims were accommodated"],
        h(
            "What did the Special Rapporteur recommend about shelters in Tajikistan?",
            'That the Government "Expand the provision of shelters for trafficked persons, including for parents with '
            'children, in cities and rural areas" and "establish shelters for male victims of trafficking" '
            f"({SR}, para. 87 (d)).",
        ),
        notes="SR 65: one shelter in Dushanbe, 30 places, 5 victims in 2021",
    )
    item(
        F,
        "Did the Committee get any information on how it was funded?",
        c(K, 14),
        c(K, 13),
        ["National Action Plan on Trafficking"],
        h(
            "What national plans on trafficking did Kazakhstan have, according to the Committee?",
            'It notes with appreciation "The adoption of a National Plan of Action on Trafficking on 29 February 2004 and a '
            f'subsequent Plan for 2006-2008" ({KAZ}, para. 4 (a)).',
        ),
        notes="KAZ 13 regrets no information on budget allocations; 14 asks for it for the Protocol and the Plan on Trafficking",
    )
    item(
        F,
        "Did the amendment fix the problems with getting into the asylum procedure?",
        c(S, 23),
        c(S, 25, 88),
        ["several gaps remain", "pre-screening procedures"],
        h(
            "What law governs refugee status in Tajikistan?",
            '"The Law on Refugees of 2002 was amended by Law No. 1124 of 2014, which determines the grounds and procedures '
            'for the recognition of asylum seekers as refugees and sets out the rights of refugees in Tajikistan." '
            f"({SR}, para. 22)",
        ),
        notes="SR 23: despite the 2014 amendment, pre-screening and registration preconditions remain",
    )
    item(
        F,
        "When was that law first adopted?",
        c(M, 5, 8),
        c(M, 9),
        ["5 July 2002"],
        h(
            "What did the Committee say about Turkmenistan's Law on Guarantees of the Rights of the Child?",
            'It recommends "the full incorporation of the Optional Protocol into its domestic legislation, especially the Law '
            f'on Guarantees of the Rights of the Child, which is currently being revised" ({TKM}, para. 9).',
        ),
        notes="TKM 5 (a) (5 July 2002) and 8 (adopted in 2002)",
    )
    item(
        F,
        "Which agencies are in charge of that, and by when?",
        c(PA, 5),
        [],
        ["GPO, MOIA, SCNS, MOD, CORRTR", "2019"],
        h(
            "What does the OPAC part of Tajikistan's plan say about extremist groups?",
            'Row 5 foresees: "Explore the issue of necessity of development of the strategy on prevention of children from '
            f'joining extremist and radical movements and military groups" ({NPA} (OPAC), row 5).',
        ),
        notes="OPAC plan row 5: implementing agencies and the 2019 period",
    )
    item(
        F,
        "What did the pandemic do to them?",
        c(S, 18),
        c(S, 19),
        ["significant impact on remittances"],
        h(
            "How important are remittances for Tajikistan?",
            '"It is estimated that remittance revenues that are sent by Tajik migrants in the Russian Federation to their '
            f'homes in Tajikistan are equal to 30 per cent of the gross domestic product of Tajikistan." ({SR}, para. 7)',
        ),
        notes="SR 18: COVID-19 had a significant impact on remittances and household income",
    )
    item(
        F,
        "Is that in the plan?",
        c(PO, 5),
        c(PO, 7, 9),
        ["advocacy and awareness raising events among population"],
        h(
            "What did the Committee recommend on awareness-raising in Tajikistan?",
            "It recommends programmes "
            '"to ensure that the provisions of the Optional Protocol are widely known by the general public, in particular '
            f'parents and children, government officials and professionals working with and for children" ({TJK}, para. 15).',
        ),
        notes="OPSC plan row 5 (recommendation 15): outreach on the provisions of the Protocol",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "What is in paragraph 57 of A/HRC/50/33/Add.1?",
        c(S, 57),
        [],
        ["breaking the cycle of trafficking"],
    )
    item(
        L,
        "Show me row 14 of the CRC national plan of action.",
        c(PC, 14),
        [],
        ["On Youth and State Youth Policy"],
    )
    item(
        L,
        "Read paragraph 33 of CRC/C/OPSC/KAZ/CO/1.",
        [],
        answerable=False,
        notes="the Kazakhstan observations end at paragraph 32",
    )
    item(
        L,
        "What does row 36 of the CRC national plan say?",
        [],
        answerable=False,
        notes="the CRC plan has rows 1-35",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "What did the Committee tell Turkmenistan about suicide among teenagers?",
            "TKM silent; suicide prevention only in Tajikistan's CRC plan (row 23)",
        ),
        (
            "What did the Committee recommend to Kazakhstan on children and climate change?",
            "KAZ silent; climate adaptation only in Tajikistan's CRC plan (row 26)",
        ),
        (
            "What did the Committee say about children living with HIV in Turkmenistan?",
            "TKM silent; HIV only in KAZ 9-10, SR 66 and Tajikistan's plan",
        ),
        (
            "What did the Committee say about children with disabilities in Kazakhstan?",
            "KAZ silent on disability; disability only in the SR report and Tajikistan's plan",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
