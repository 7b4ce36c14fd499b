"""The second 'scope' table of the gold set (ids t001-t050), written from the documents alone.

Same shape as `gold_scope.py`, with new conversations: one to three earlier turns about what the index
holds, each answered by quoting a document verbatim with its reference, then a last question that moves
the scope. t001-t035 name what the index does not hold (a country, including one the documents only
mention, such as Saudi Arabia or the Russian Federation; a treaty body; a mandate; a year; a document
symbol, including symbols the held documents cite but which are not held, such as CRC/C/15/Add.213 and
CRC/C/OPAC/TKM/CO/1; a paragraph or row past the end of a document; a kind of document not held for
that country): the answer must decline and cite nothing. t036-t050 move to another covered country or
document: the carried-over topic is answered from that country's documents only.

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC)
rows.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_LEGIS: Turn = (
    "Does Tajikistan's criminal law cover the sale of children for the transfer of organs?",
    "Not fully, according to the Committee, which was concerned that the legislation "
    '"does not cover all elements of offences under articles 2 and 3 of the Optional Protocol, '
    "including the sale of children \u2014 a concept that is similar, but not identical, to trafficking "
    "in children \u2014 and, in particular, the sale of children for the transfer of organs; procuring "
    'child prostitution; and possessing child pornography." (CRC/C/OPSC/TJK/CO/1, para. 8)',
)
TJK_COORD: Turn = (
    "Who coordinates the implementation of the OPSC in Tajikistan?",
    "The Committee did not know: "
    '"The Committee is concerned, however, at the lack of information about the entity in charge of '
    'coordinating the implementation of the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 12)',
)
TJK_INSTITUTIONS: Turn = (
    "Which new institutions did the committee welcome in Tajikistan?",
    "It noted with appreciation "
    '"the establishment of the Commissioner for Children\u2019s Rights in 2016 and the national plan to '
    'combat trafficking in persons in Tajikistan 2016-2018." (CRC/C/OPSC/TJK/CO/1, para. 5)',
)
TJK_VULNERABLE: Turn = (
    "Which children did the committee single out as at risk in Tajikistan?",
    "It recommended protection and prevention measures "
    '"for those children at risk of falling victim to offences under the Optional Protocol, including '
    "children living in poverty, children engaged in child labour, child victims of prostitution, child "
    'spouses and children living in street situations" (CRC/C/OPSC/TJK/CO/1, para. 19 (a)).',
)
TJK_ADOPTION: Turn = (
    "Did the committee mention illegal adoption in Tajikistan?",
    "Yes, as one of the acts the State party should explicitly define and criminalize: "
    '"The sale of children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a)).',
)
TJK_NEIGHBOURS: Turn = (
    "Did the committee say anything to Tajikistan about working with neighbouring countries?",
    "Yes: the Committee "
    '"encourages the State party to continue to strengthen international cooperation through '
    'multilateral, regional and bilateral arrangements, especially with neighbouring countries" '
    "(CRC/C/OPSC/TJK/CO/1, para. 34).",
)
TJK_COMPENSATION: Turn = (
    "Can child victims in Tajikistan actually get compensation?",
    "In law but not in practice: "
    '"Child victims of offences under the Optional Protocol are not de facto capable of seeking '
    "compensation for acts committed against them owing to limited support, despite the de jure "
    'existence of provisions for such compensation." (CRC/C/OPSC/TJK/CO/1, para. 32 (e))',
)
TJK_DISSEMINATION: Turn = (
    "Should Tajikistan make the concluding observations public?",
    "Yes: "
    '"The Committee recommends that the report and the written replies to the list of issues submitted '
    "by the State party and the present concluding observations be made widely available, including "
    'through the Internet" (CRC/C/OPSC/TJK/CO/1, para. 37).',
)
TJK_NEXT: Turn = (
    "Where should Tajikistan report next on the OPSC?",
    "In its report under the Convention: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)
TJK_RESEARCH: Turn = (
    "Did the committee ask Tajikistan for research on the sale of children?",
    "Yes, it recommended that the State party "
    '"Carry out research on the nature and scale of the sale of children and the exploitation of '
    'children in prostitution and pornography;" (CRC/C/OPSC/TJK/CO/1, para. 19 (c)).',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_RECRUIT: Turn = (
    "Is recruiting a child for prostitution a crime in Kazakhstan?",
    "Not whatever the method, according to the Committee: "
    '"Article 270 of the Criminal Code regarding recruitment for prostitution mentions specific methods '
    "of this recruitment but does not make punishable the recruitment of a child for prostitution "
    'regardless of the methods used;" (CRC/C/OPSC/KAZ/CO/1, para. 15 (b)).',
)
KAZ_EVALUATION: Turn = (
    "Is the implementation of the OPSC evaluated in Kazakhstan?",
    "There was no periodic mechanism: "
    '"The Committee also regrets the lack of mechanisms for the periodic evaluation of the '
    'implementation of the Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 5)',
)
KAZ_AWARENESS: Turn = (
    "Do people in Kazakhstan know about the OPSC?",
    "Not enough, the Committee found: "
    '"The Committee is concerned that efforts to raise awareness among relevant professional categories '
    'and the public on the areas covered by the Protocol remain insufficient." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 7)",
)
KAZ_HAGUE: Turn = (
    "Which treaties did the committee ask Kazakhstan to ratify?",
    "Several, the first being "
    '"the Hague Convention No. 33 on Protection of Children and Cooperation in Respect of Inter-country '
    'Adoption (1993)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (c)).',
)
KAZ_PREVENTION: Turn = (
    "Did Kazakhstan run campaigns to prevent the sale of children?",
    "Yes, but targeted prevention was missing: "
    '"The Committee welcomes the awareness-raising campaigns that have been conducted for the public, '
    "e.g. via the radio and directly aimed at children, e.g. via schools as part of the National Action "
    'Plan. However, it is concerned that targeted preventive measures remain outstanding." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 27)",
)
KAZ_DOUBLE_REC: Turn = (
    "What did the committee recommend to Kazakhstan on double criminality?",
    "To abolish it: "
    '"The Committee recommends that the State party amend legislation in order to abolish the '
    'requirement of double criminality for extradition and/or prosecution of offences committed abroad." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 18)",
)
KAZ_ARTICLE8: Turn = (
    "Are child victims protected in criminal proceedings in Kazakhstan?",
    "Not adequately in law: "
    '"The Committee is concerned that the provisions of article 8 of the Optional Protocol have not been '
    'adequately integrated into the relevant laws of the State party." (CRC/C/OPSC/KAZ/CO/1, para. 19)',
)
KAZ_GUIDELINES: Turn = (
    "Did Kazakhstan's report follow the reporting guidelines?",
    "No: "
    '"The Committee welcomes the submission of the State party\u2019s initial report, however it regrets '
    'that it does not follow the established reporting guidelines." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_READ_WITH: Turn = (
    "Which earlier concluding observations should the Kazakhstan ones be read with?",
    "Those of 2003 on the initial report under the Convention: "
    '"The Committee reminds the State party that these concluding observations should be read in '
    "conjunction with its previous concluding observations adopted on the State party\u2019s initial "
    'report on 6 June 2003 contained in CRC/C/15/Add.213." (CRC/C/OPSC/KAZ/CO/1, para. 3)',
)
KAZ_PLAN: Turn = (
    "Did Kazakhstan have a plan against trafficking at the time?",
    "Yes; the Committee noted with appreciation "
    '"The adoption of a National Plan of Action on Trafficking on 29 February 2004 and a subsequent Plan '
    'for 2006-2008;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (a)).',
)
KAZ_COOPERATION: Turn = (
    "What did the committee say to Kazakhstan about international cooperation?",
    "It encouraged the State party to continue and strengthen its judicial, police and victim-oriented "
    'cooperation "with a view to preventing and combating the sale and trafficking of children, child '
    'prostitution and child pornography and to provide more detailed information in the next report." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 29)",
)
KAZ_HIV: Turn = (
    "Did the committee say anything about children with HIV/AIDS in Kazakhstan?",
    "Yes: "
    '"The Committee is concerned about the stigmatization of children who have contracted HIV/AIDS as a '
    'consequence of being victims of trafficking or prostitution." (CRC/C/OPSC/KAZ/CO/1, para. 9)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_ILO: Turn = (
    "Which ILO conventions has Turkmenistan joined?",
    "The Committee welcomed two: "
    '"International Labour Organization (ILO) Convention No. 182 (1999) concerning the Prohibition and '
    "Immediate Action for the Elimination of the Worst Forms of Child Labour, in November 2010, and ILO "
    'Convention No. 138 concerning Minimum Age for Admission to Employment, in March 2012;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 4 (b)).",
)
TKM_DEFINITION: Turn = (
    "Is the sale of children defined in Turkmenistan's law?",
    "Not clearly: "
    '"the Committee regrets that the sale of children, child prostitution and child pornography are not '
    "clearly and specifically defined and prohibited in the national legislation, in accordance with "
    'articles 2 and 3 of the Protocol." (CRC/C/OPSC/TKM/CO/1, para. 8)',
)
TKM_AWARENESS: Turn = (
    "Does Turkmenistan raise awareness about the sale of children?",
    "Not regularly: "
    '"However, the Committee regrets that such activities are not conducted regularly and do not '
    "specifically emphasize the right of children to be protected from sale, prostitution and "
    'pornography." (CRC/C/OPSC/TKM/CO/1, para. 16)',
)
TKM_BIRTHS: Turn = (
    "Did the committee note anything positive about prevention in Turkmenistan?",
    "Yes: "
    '"The Committee also notes as positive the significant increase in birth registration and the '
    "extension of compulsory education to 12 years, which are likely to reduce the level of "
    'vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_IMPUNITY: Turn = (
    "Are offenders prosecuted in Turkmenistan?",
    "The Committee lacked the figures: "
    '"It remains concerned, however, about the lack of information regarding the number of cases duly '
    "investigated and of perpetrators prosecuted and sentenced commensurate with the gravity of their "
    'crimes." (CRC/C/OPSC/TKM/CO/1, para. 28)',
)
TKM_WITNESSES: Turn = (
    "Is there a witness protection programme for child victims in Turkmenistan?",
    "No: "
    '"The Committee is concerned, however, that the State party does not have a formal programme to '
    'provide protection for victims and/or witnesses of offences covered by the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 37)",
)
TKM_FUND: Turn = (
    "What did the committee recommend to Turkmenistan on compensation?",
    "Among other things, to "
    '"establish a victims\u2019 compensation fund for those cases where victims cannot obtain '
    'compensation from the perpetrator;" (CRC/C/OPSC/TKM/CO/1, para. 40 (b)).',
)
TKM_EXTRADITION: Turn = (
    "What did the committee say about extradition in Turkmenistan?",
    "It encouraged wider extradition: "
    '"The Committee encourages the State party to consider including all offences referred to in article '
    "3, paragraph 1, of the Optional Protocol as extraditable offences in the national legislation as "
    'well as in any existing or subsequent extradition treaty with other State parties." '
    "(CRC/C/OPSC/TKM/CO/1, para. 34)",
)
TKM_READ_WITH: Turn = (
    "Which other concluding observations on Turkmenistan should be read with the OPSC ones?",
    "Two, both adopted in January 2015: the Committee reminded the State party that they "
    '"should be read in conjunction with its concluding observations on the State party\u2019s combined '
    "second to fourth periodic reports under the Convention on the Rights of the Child "
    "(CRC/C/TKM/CO/2\u20134), adopted on 19 January 2015, as well as those on the initial report under "
    "the Optional Protocol on the involvement of children in armed conflict (CRC/C/OPAC/TKM/CO/1), "
    'adopted on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 3)',
)
TKM_HELPLINE_REC: Turn = (
    "What kind of helpline did the committee want in Turkmenistan?",
    "A national, round-the-clock one: "
    '"The Committee recommends that the State party establish a national helpline for all offences under '
    "the Optional Protocol, and ensure that it covers the whole country, is accessible 24 hours a day and "
    'has an easy-to-remember three- to four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42).',
)
TKM_COOPERATION: Turn = (
    "Did the committee ask Turkmenistan to cooperate with its neighbours?",
    "Yes: the Committee "
    '"encourages the State party to continue to strengthen international cooperation through '
    'multilateral, regional and bilateral arrangements, especially with neighbouring countries" '
    "(CRC/C/OPSC/TKM/CO/1, para. 43).",
)

# A/HRC/50/33/Add.1
SR_REMITTANCES: Turn = (
    "How important is migrant money for Tajikistan, according to the trafficking rapporteur?",
    "Very: "
    '"It is estimated that remittance revenues that are sent by Tajik migrants in the Russian Federation '
    'to their homes in Tajikistan are equal to 30 per cent of the gross domestic product of Tajikistan." '
    "(A/HRC/50/33/Add.1, para. 7)",
)
SR_LGBT: Turn = (
    "Did the Special Rapporteur say anything about LGBT people in Tajikistan?",
    "Yes: "
    '"The Special Rapporteur highlights the systemic discrimination and violence perpetrated against '
    "lesbian, gay, bisexual, trans and gender-diverse persons in Tajikistan, and expresses her concern "
    "that such discrimination limits access to assistance and protection for them and for persons at risk "
    'of trafficking and increases the risks of exploitation." (A/HRC/50/33/Add.1, para. 16)',
)
SR_BORDER: Turn = (
    "Is the border with Afghanistan open for asylum seekers?",
    "Not at the time of the report: "
    '"Following an increase in the number of Afghan asylum seekers arriving in Tajikistan in 2021, the '
    'border with Afghanistan was closed in August 2021 and remains closed." (A/HRC/50/33/Add.1, para. 22)',
)
SR_COMMISSION: Turn = (
    "Who coordinates anti-trafficking work in Tajikistan?",
    "An interministerial commission: "
    '"Reflecting the commitment of the Tajik authorities, the Interministerial Commission for Combating '
    'Trafficking in Persons is placed under the Office of the President." (A/HRC/50/33/Add.1, para. 33)',
)
SR_INSPECTORATE: Turn = (
    "Can the labour inspectorate in Tajikistan prevent forced labour?",
    "Its reach is limited: "
    '"However, the Tajik labour inspectorate has very limited capacity and resources and limited reach '
    "in rural areas and in sectors at risk, such as in domestic households and the agricultural "
    'sector." (A/HRC/50/33/Add.1, para. 42)',
)
SR_COTTON: Turn = (
    "What did the Special Rapporteur say about child labour in the cotton sector in Tajikistan?",
    "She commended the ILO programme: "
    '"The Special Rapporteur commends the coordinated efforts by the ILO International Programme on the '
    "Elimination of Child Labour to eliminate child labour and the risks of child trafficking for "
    'forced labour, in particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
SR_REFERRAL: Turn = (
    "When was Tajikistan's national referral mechanism set up?",
    "In 2016: "
    '"A national referral mechanism was established in 2016 by Governmental Act No. 327." '
    "(A/HRC/50/33/Add.1, para. 60)",
)
SR_RETURNS: Turn = (
    "How many Tajik trafficking victims were helped to come home?",
    "The Ministry gave a figure for two years: "
    '"The Ministry of the Interior confirmed that, with financial support from the International '
    "Organization for Migration, in 2020 and 2021, 16 victims of trafficking were assisted in returning "
    'from India, Kazakhstan and Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_GULF: Turn = (
    "Do Tajik women working in the Gulf get consular help?",
    "Too little, according to the Special Rapporteur, who is concerned about the limited provision of "
    'consular assistance "in particular for migrant women workers in the Gulf region, in destination '
    'countries including Qatar, Saudi Arabia and the United Arab Emirates." (A/HRC/50/33/Add.1, para. 68)',
)
SR_CRPD: Turn = (
    "Which conventions has Tajikistan not ratified yet, according to the Special Rapporteur?",
    "Two: "
    '"Tajikistan has not yet ratified the ILO Domestic Workers Convention, 2011 (No. 189), or the '
    'Convention on the Rights of Persons with Disabilities." (A/HRC/50/33/Add.1, para. 29)',
)
SR_DIGITAL: Turn = (
    "Did the trafficking rapporteur mention social media?",
    "Yes, as a channel to reach children: "
    '"The Special Rapporteur highlights the importance of prevention actions to address the use of '
    "digital technologies in trafficking, including through social media, the dark web and messaging "
    'platforms, which provide easy access to potential victims, in particular children." '
    "(A/HRC/50/33/Add.1, para. 49)",
)
SR_CHILD_JUSTICE: Turn = (
    "Is Tajikistan making justice child-friendly?",
    "The Special Rapporteur noted steps: "
    '"The Special Rapporteur takes note of the measures taken to ensure child-friendly justice, in line '
    "with general comment No. 24 (2019) on children's rights in the child justice system of the "
    'Committee on the Rights of the Child." (A/HRC/50/33/Add.1, para. 83)',
)
SR_LEGAL_AID: Turn = (
    "Do trafficking victims in Tajikistan get free legal aid?",
    "Only if they cooperate, according to reports: "
    '"However, she received reports that access to free legal aid for victims of trafficking is, in '
    'practice, provided only on the condition that victims cooperate with law enforcement bodies." '
    "(A/HRC/50/33/Add.1, para. 62)",
)
SR_SHELTERS_REC: Turn = (
    "What did the Special Rapporteur recommend on shelters in Tajikistan?",
    "To expand them, recommending that the Government "
    '"Expand the provision of shelters for trafficked persons, including for parents with children, in '
    "cities and rural areas and accessible accommodation for victims with disabilities, and establish "
    'shelters for male victims of trafficking;" (A/HRC/50/33/Add.1, para. 87 (d)).',
)
SR_GENDER: Turn = (
    "Is gender inequality a factor in trafficking in Tajikistan?",
    "The Special Rapporteur said so: "
    '"Gender inequality remains pervasive in Tajikistan, with limited participation of women in law '
    'enforcement bodies, the judiciary and the diplomatic service." (A/HRC/50/33/Add.1, para. 12)',
)
SR_ACTION_PLAN: Turn = (
    "Is there a national action plan against trafficking in Tajikistan?",
    "Yes: "
    '"Efforts to combat trafficking in persons are also defined and established in the national action '
    'plan for the period 2018\u20132021." (A/HRC/50/33/Add.1, para. 34)',
)

# The national plan of action 2018-2022 (three tables)
PC_MARRIAGE: Turn = (
    "Does the national plan do anything about the age of marriage?",
    "It foresees a study: "
    '"Study the issue of necessity of introducing amendments into the Family Code to prevent any '
    'exclusion related to the marriage of persons under the age of 18." '
    "(National Plan of Action 2018-2022 (CRC), row 9)",
)
PC_STREET: Turn = (
    "What does Tajikistan's plan foresee for street children?",
    "An assessment first: "
    '"Conduct assessment of situation of children living and/ or working in the street" '
    "(National Plan of Action 2018-2022 (CRC), row 32).",
)
PO_DATA: Turn = (
    "What does the OPSC plan foresee on statistics?",
    "A working group, in 2018: "
    '"Establishment of an inter-sectoral working group to improve statistics in this area" '
    "(National Plan of Action 2018-2022 (OPSC), row 1).",
)
PO_FORCED_LABOUR: Turn = (
    "Does the plan prepare the ratification of any ILO protocol?",
    "Yes, the OPSC table foresees "
    '"Establishment of an inter-sectoral working group to participate in the process of preparing '
    'Tajikistan for the ratification of the Protocol of 2014 to the Forced Labour Convention, 1930" '
    "(National Plan of Action 2018-2022 (OPSC), row 8).",
)
PO_BUDGET: Turn = (
    "What does the OPSC plan foresee on funding?",
    "Among other things: "
    '"Preparation and provision of information on the financing of the Optional Protocol by the relevant '
    'ministries and agencies" (National Plan of Action 2018-2022 (OPSC), row 6).',
)
PA_EXTREMISM: Turn = (
    "Does the OPAC plan deal with radicalization of children?",
    "It foresees a study: "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" '
    "(National Plan of Action 2018-2022 (OPAC), row 5).",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country the index does not hold (neighbours, other regions, adjectives, demonyms) --
    (
        "And the Kyrgyz Republic - does its criminal law cover that?",
        (TJK_LEGIS,),
        "uncovered country (the Kyrgyz Republic) after a Tajikistan turn",
    ),
    (
        "Did she find the same in the Uzbek cotton fields?",
        (SR_INSPECTORATE, SR_COTTON),
        "uncovered country (adjective 'Uzbek'); 'she' carried from Special Rapporteur turns on Tajikistan",
    ),
    (
        "What did the committee tell the Afghan government about child spouses?",
        (TJK_VULNERABLE,),
        "uncovered country (adjective 'Afghan') after a Tajikistan turn; the corpus mentions Afghanistan "
        "only as a neighbour and a country of origin of refugees",
    ),
    (
        "Which recommendations on the sale of children did Pakistan receive?",
        (TJK_NEIGHBOURS,),
        "uncovered country (Pakistan) after a Tajikistan turn",
    ),
    (
        "What did the Special Rapporteur find when she visited Saudi Arabia?",
        (SR_RETURNS, SR_GULF),
        "uncovered country (Saudi Arabia), named in the Tajikistan report as a destination only",
    ),
    (
        "same question for T\u00fcrkiye",
        (TKM_AWARENESS, TKM_ILO),
        "uncovered country (T\u00fcrkiye, a name close to Turkmenistan) after a Turkmenistan turn",
    ),
    (
        "And the Russians - what did the committee tell them about evaluating it?",
        (KAZ_EVALUATION,),
        "uncovered country (demonym 'the Russians', Russian Federation) after a Kazakhstan turn",
    ),
    (
        "Does Moldova have a helpline like that, according to the committee?",
        (TKM_HELPLINE_REC,),
        "uncovered country (Moldova, another region) after a Turkmenistan turn",
    ),
    (
        "What does the Philippines' national plan of action foresee on this?",
        (PC_STREET,),
        "uncovered country (the Philippines, another region) after a turn on Tajikistan's plan",
    ),
    # -- a treaty body the index does not hold, by acronym or full name --
    (
        "What did the Committee on the Elimination of Discrimination against Women say about "
        "compensation for Tajik girls?",
        (TJK_COMPENSATION,),
        "uncovered body (CEDAW, by full name) on Tajikistan",
    ),
    (
        "Did CERD also ask Kazakhstan to ratify treaties?",
        (KAZ_HAGUE,),
        "uncovered body (CERD, by acronym) on Kazakhstan",
    ),
    (
        "Has the Committee on the Rights of Persons with Disabilities reviewed Tajikistan?",
        (SR_CRPD,),
        "uncovered body (CRPD Committee, by full name) on Tajikistan, which the held report says has not "
        "ratified the Convention",
    ),
    (
        "What did CAT recommend to Turkmenistan on pressure during interrogations?",
        (TKM_WITNESSES,),
        "uncovered body (CAT, by acronym) on Turkmenistan; CRC/C/OPSC/TKM/CO/1 para. 37 mentions "
        "pressure during interrogations but is not a CAT document",
    ),
    (
        "And the CCPR - what did it say about fair trials for minors in Kazakhstan?",
        (KAZ_ARTICLE8,),
        "uncovered body (Human Rights Committee, as 'the CCPR') on Kazakhstan",
    ),
    # -- a mandate the index does not hold --
    (
        "What did the Independent Expert on sexual orientation and gender identity say about Tajikistan?",
        (SR_LGBT,),
        "uncovered mandate (Independent Expert on sexual orientation and gender identity) on Tajikistan",
    ),
    (
        "What did the Special Rapporteur on contemporary forms of slavery say about forced labour in "
        "Tajikistan's cotton fields?",
        (PO_FORCED_LABOUR,),
        "uncovered mandate (Special Rapporteur on contemporary forms of slavery) on Tajikistan",
    ),
    (
        "What did the Special Rapporteur on the human rights of migrants say about these Afghan arrivals?",
        (SR_REMITTANCES, SR_BORDER),
        "uncovered mandate (Special Rapporteur on the human rights of migrants); Tajikistan carried",
    ),
    (
        "And what did the Working Group on Arbitrary Detention say about children in detention there?",
        (SR_CHILD_JUSTICE,),
        "uncovered mandate (Working Group on Arbitrary Detention); 'there' is Tajikistan",
    ),
    (
        "What did the Special Rapporteur on violence against women recommend to Tajikistan?",
        (SR_GENDER, SR_LEGAL_AID, SR_SHELTERS_REC),
        "uncovered mandate (Special Rapporteur on violence against women) on Tajikistan",
    ),
    # -- a year or period no document has --
    (
        "What did the 2009 concluding observations on Tajikistan say about the sale of children?",
        (TJK_RESEARCH, TJK_NEXT),
        "uncovered year (2009) for Tajikistan",
    ),
    (
        "and the 2023 plan?",
        (PC_MARRIAGE,),
        "uncovered period (a 2023 plan) for Tajikistan; the held plan covers 2018-2022",
    ),
    (
        "Did the committee say the same in 2016 about Kazakhstan?",
        (KAZ_GUIDELINES,),
        "uncovered year (2016) for Kazakhstan, whose held observations are of 2006",
    ),
    (
        "What did the Special Rapporteur's 2019 report on Tajikistan say about the referral mechanism?",
        (SR_REFERRAL,),
        "uncovered year (a 2019 report) for the trafficking Rapporteur on Tajikistan (held: 2022)",
    ),
    # -- a document symbol the index does not hold --
    (
        "What did CRC/C/15/Add.213 say about street children?",
        (KAZ_READ_WITH,),
        "uncovered symbol (CRC/C/15/Add.213), cited in CRC/C/OPSC/KAZ/CO/1 para. 3 but not held",
    ),
    (
        "And what does CRC/C/OPAC/TKM/CO/1 recommend?",
        (TKM_READ_WITH,),
        "uncovered symbol (CRC/C/OPAC/TKM/CO/1), cited in CRC/C/OPSC/TKM/CO/1 para. 3 but not held",
    ),
    (
        "What does CRC/C/TJK/CO/3-4 say about dissemination?",
        (TJK_DISSEMINATION,),
        "uncovered symbol (CRC/C/TJK/CO/3-4) after a Tajikistan turn",
    ),
    (
        "Does A/HRC/41/8 say anything about that plan?",
        (SR_COMMISSION, SR_ACTION_PLAN),
        "uncovered symbol (A/HRC/41/8) after Special Rapporteur turns",
    ),
    # -- a paragraph or row the named document does not have --
    (
        "And paragraph 39?",
        (TJK_NEXT,),
        "nonexistent paragraph (39) of CRC/C/OPSC/TJK/CO/1, which has 38; the previous turn quoted 38",
    ),
    (
        "What does paragraph 33 of the Kazakhstan observations say?",
        (KAZ_COOPERATION,),
        "nonexistent paragraph (33) of CRC/C/OPSC/KAZ/CO/1, which has 32",
    ),
    (
        "Quote paragraph 93 of that report.",
        (SR_CHILD_JUSTICE,),
        "nonexistent paragraph (93) of A/HRC/50/33/Add.1, which has 92",
    ),
    (
        "What's in row 12 of the OPSC table?",
        (PO_DATA, PO_BUDGET, PA_EXTREMISM),
        "nonexistent row (12) of the OPSC table of the plan, which has 11",
    ),
    (
        "and paragraph 48?",
        (TKM_COOPERATION,),
        "nonexistent paragraph (48) of CRC/C/OPSC/TKM/CO/1, which has 47",
    ),
    # -- a kind of document not held for that country --
    (
        "What does the Special Rapporteur's report on Kazakhstan say about returning victims?",
        (SR_RETURNS,),
        "document kind not held (a Special Rapporteur report on Kazakhstan; Kazakhstan only named as a "
        "country victims returned from)",
    ),
    (
        "Does Turkmenistan's national plan of action have a similar activity?",
        (PO_BUDGET,),
        "document kind not held (a national plan of action of Turkmenistan)",
    ),
    (
        "What does that 2006-2008 plan foresee on shelters?",
        (KAZ_PLAN,),
        "document kind not held (Kazakhstan's trafficking plan, mentioned in CRC/C/OPSC/KAZ/CO/1 "
        "para. 4 (a) but not held)",
    ),
]

# B: the last question moves to another covered country or document; the carried-over topic is
# answered there. (question, history, country, must, may, facts, notes); units are (doc, number) pairs.
Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Turkmenistan --
    (
        "Did the Turkmen Criminal Code have similar gaps?",
        (KAZ_RECRUIT,),
        "Turkmenistan",
        u(M, 26),
        u(M, 27, 8, 9),
        ["Criminal Code"],
        "covered country Turkmenistan (adjective 'Turkmen') after a Kazakhstan turn (criminal law gaps)",
    ),
    (
        "What did the Turkmenistan observations say about adoption?",
        (TJK_ADOPTION,),
        "Turkmenistan",
        u(M, 26),
        u(M, 27),
        ["adoption"],
        "covered country Turkmenistan after a Tajikistan turn (illegal adoption); para. 26 (c)",
    ),
    (
        "Is there an independent institution monitoring the OPSC in Turkmenistan?",
        (TJK_INSTITUTIONS,),
        "Turkmenistan",
        u(M, 14, 15),
        [],
        ["independent"],
        "covered country Turkmenistan after a Tajikistan turn (independent monitoring)",
    ),
    (
        "what did the committee find on awareness-raising in Turkmenistan?",
        (KAZ_PREVENTION, KAZ_AWARENESS),
        "Turkmenistan",
        u(M, 16, 17),
        u(M, 18, 19),
        ["not conducted regularly"],
        "covered country Turkmenistan after a Kazakhstan turn (awareness-raising)",
    ),
    # -- to Kazakhstan --
    (
        "What about coordination in Kazakhstan?",
        (TJK_COORD,),
        "Kazakhstan",
        u(K, 5),
        u(K, 6, 4),
        ["insufficient coordination"],
        "covered country Kazakhstan after a Tajikistan turn (coordination)",
    ),
    (
        "Did the committee ask Kazakhstan for shelters as well?",
        (SR_SHELTERS_REC,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["shelter"],
        "covered country and body: Kazakhstan's CRC observations after a Special Rapporteur turn on "
        "Tajikistan (shelters); para. 22 (g)",
    ),
    (
        "And what did it tell Kazakhstan on this?",
        (TKM_WITNESSES,),
        "Kazakhstan",
        u(K, 19, 20),
        [],
        ["article 8"],
        "covered country Kazakhstan after a Turkmenistan turn (protection of child victims and witnesses "
        "in criminal proceedings)",
    ),
    (
        "Did Kazakhstan have a national plan on trafficking?",
        (SR_ACTION_PLAN,),
        "Kazakhstan",
        u(K, 4),
        u(K, 14, 27),
        ["29 February 2004"],
        "covered country Kazakhstan after a Special Rapporteur turn on Tajikistan (trafficking plan); "
        "the plan is only mentioned in para. 4 (a), which answers whether it existed",
    ),
    (
        "And what did the Kazakh review say about extradition?",
        (TKM_EXTRADITION,),
        "Kazakhstan",
        u(K, 17, 18),
        u(K, 29),
        ["double criminality"],
        "covered country Kazakhstan (adjective 'Kazakh') after a Turkmenistan turn (extradition)",
    ),
    (
        "What did the Kazakhstan observations say about the Internet?",
        (SR_DIGITAL,),
        "Kazakhstan",
        u(K, 16),
        u(K, 31),
        ["Internet providers"],
        "covered country Kazakhstan after a Special Rapporteur turn on Tajikistan (online exploitation); "
        "para. 16 (b)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "Same for Tajikistan?",
        (KAZ_DOUBLE_REC,),
        "Tajikistan",
        u(T, 30, 31),
        u(PO, 2),
        ["double criminality"],
        "covered country Tajikistan after a Kazakhstan turn (double criminality)",
    ),
    (
        "Did the Special Rapporteur ask Tajikistan for a compensation fund?",
        (TKM_IMPUNITY, TKM_FUND),
        "Tajikistan",
        u(S, 73, 90),
        u(S, 87, 74, 21, 64) + u(T, 32, 33),
        ["compensation"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after Turkmenistan turns "
        "(compensation fund)",
    ),
    (
        "Does Tajikistan's national plan do anything for children with HIV?",
        (KAZ_HIV,),
        "Tajikistan",
        u(PC, 10),
        u(PC, 24, 25) + u(S, 66),
        ["HIV"],
        "covered country and document: Tajikistan's plan (CRC table) after a Kazakhstan turn (HIV/AIDS); "
        "row 10, activity 2",
    ),
    (
        "Is birth registration in the Tajik national plan?",
        (TKM_BIRTHS,),
        "Tajikistan",
        u(PC, 13),
        u(S, 50, 88),
        ["birth registration"],
        "covered country and document (adjective 'Tajik'): Tajikistan's plan after a Turkmenistan turn "
        "(birth registration)",
    ),
    (
        "and in Tajikistan?",
        (TKM_DEFINITION, TKM_WITNESSES, TKM_IMPUNITY),
        "Tajikistan",
        u(T, 28),
        u(T, 29) + u(PO, 11) + u(S, 80, 38),
        ["prosecuted"],
        "covered country Tajikistan after Turkmenistan turns (number of cases investigated and prosecuted)",
    ),
]
