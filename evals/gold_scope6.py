"""The sixth 'scope' table of the gold set (ids k001-k060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope5.py`, with new conversations and new wordings, typed as
three kinds of users type in a chat: a ministry official preparing a meeting (formal, long, sometimes
two questions in one message), a trainer building a session (lists, 'for my slides') and a journalist
or NGO worker (short, lower case, typos). One to three earlier turns about what the index holds, each
answered by quoting a document verbatim with its reference, then a last question that moves the
scope. k001-k035 name what the index does not hold: a country by its people in the plural ('the
Poles', 'the Iraqis'), as 'the Uzbek side', inside a compound asked as that country's own review (the
Kyrgyz review, for a 'Kyrgyz-Tajik border agreement'), misspelt in lower case ('lebannon'), after 'vs'
('Kazakhstan vs Japan'), by an abbreviation ('the US') or by ISO alpha-2 codes (DE and FR), by its
capital (Kabul, Ankara) or as a group of States (the Gulf states, the Nordic countries), including
countries the held report names only as places (Afghanistan, Iraq, Turkey, the Gulf), asked about
their own reviews; a body's or mandate's own texts or reports (the Committee on the Rights of the
Child's general comment No. 25 and its guidelines on the Optional Protocol, CRC/C/156; the Special
Rapporteurs on extreme poverty and on freedom of association; ILO-IPEC's and IOM's own reports, both
named by the held report); a year, period or session (Kazakhstan's observations of June 2003, the
Council's forty-fourth session as 'HRC44', the 2020s for Turkmenistan, a 2020 mid-term review of the
plan); a symbol (the summary record CRC/C/SR.1983, CEDAW/C/KAZ/CO/5, a corrigendum
CRC/C/OPSC/KAZ/CO/1/Corr.1, the list of issues CRC/C/OPSC/TKM/Q/1); a sub-paragraph past the last one
of its paragraph (16 (d) of the Kazakhstan observations, 33 (f) of the Tajikistan ones, 88 (i) of the
Rapporteur's report), a paragraph or row past the end (paragraph 49 of the Turkmenistan observations,
row 14 of the plan's OPSC table); a kind of document not held (an NGO alternative report, the
Rapporteur's end-of-mission statement, the Government's comments on her report, the text of a
Turkmen law): the answer must decline and cite nothing. k036-k060 move to another covered country or
document, named in as many ways as possible (lower case, a typo in the name, the people in the
plural, adjective, capital, the Turkmen-language 'Türkmenistan', ISO code 'TKM', symbol, 'the Turkmen
side', 'over in Ashgabat', 'their neighbours in Astana', 'the government in Dushanbe', 'the RT' as the
plan writes the Republic of Tajikistan, 'the Republic of Kazakhstan'): the carried-over topic is
answered from that country's documents only.

Countries and phrasings were checked against the five earlier tables: the countries they ask about
are not asked about again, except Uzbekistan, the Kyrgyz Republic and Afghanistan, each in a form
those tables did not use ('the Uzbek side', a compound, Kabul); Turkey was asked as 'Türkiye' and is
asked here by its capital, and Qatar, Saudi Arabia and the United Arab Emirates, each asked alone
before, are asked here only as a group ('the Gulf states'). No move has the same target paragraphs
as an earlier table's move (several Kazakhstan moves target one paragraph of a pair an earlier move
targeted, as almost every paragraph of that document has been a target).

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC)
rows. Last sub-paragraphs: CRC/C/OPSC/KAZ/CO/1 para. 16 (c), CRC/C/OPSC/TJK/CO/1 para. 33 (e),
A/HRC/50/33/Add.1 para. 88 (h).

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_DUAL_CRIM: Turn = (
    "Could you remind me what the Committee said to Tajikistan about dual criminality in extradition "
    "cases?",
    "It encouraged the State party "
    '"to take steps to ensure that a dual criminality requirement is not used in cases of extradition '
    'for offences covered by the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_COTTON_CONCERN: Turn = (
    "is child labour in the cotton harvest still an issue in tajikistan? what did the crc say",
    "The Committee was "
    '"concerned at the limited information provided to it on the measures adopted by the State party to '
    'eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
TJK_EARLY_ID: Turn = (
    "What did the Committee recommend to Tajikistan on identifying child victims early?",
    "Mechanisms and trained staff: it recommended that the State party "
    '"Establish mechanisms and procedures for the early identification of child victims, including '
    "unaccompanied children, of offences under the Optional Protocol and ensure that the personnel "
    "responsible for identification in such cases, including immigration officials, judges, prosecutors, "
    "the police, social workers, medical staff and other professionals working with child victims, are "
    'trained in children\u2019s rights, child protection and child-friendly interviewing skills;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 33 (a))",
)
TJK_STRATEGY_EDU: Turn = (
    "I'm writing a training module on online safety. What did the committee want Tajikistan's strategy "
    "on online abuse to focus on?",
    "On education rather than punishment: "
    '"It calls on the State party to ensure that the strategy focuses on awareness-raising and the '
    "education of children on the responsible use of information and communications technologies and "
    'online child sexual exploitation, and not on the punishment of children." '
    "(CRC/C/OPSC/TJK/CO/1, para. 23)",
)
TJK_COMPLAINTS: Turn = (
    "Did the Committee ask Tajikistan to give children a way to complain?",
    "Yes; among its recommendations on child victims: "
    '"Ensure that complaint mechanisms are easily accessible and available to children whose rights have '
    "been violated and provide them with assistance in the investigation and prosecution of offences under "
    'the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 33 (e))',
)
TJK_NEXT_REPORT: Turn = (
    "what did the committee ask tajikistan to put in its next report?",
    "Information on the Protocol, in its Convention report: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)
TJK_READ_CONV: Turn = (
    "With which other concluding observations should the Tajikistan OPSC review be read?",
    "The Committee reminded the State party that "
    '"the present concluding observations should be read in conjunction with its concluding observations '
    "on the combined third to fifth periodic reports submitted by the State party under the Convention "
    '(CRC/C/TJK/CO/3-5)" (CRC/C/OPSC/TJK/CO/1, para. 3).',
)
TJK_PROTECT_LIMITED: Turn = (
    "Were Tajikistan's protection measures for child victims judged adequate?",
    "Not fully; the Committee was concerned that "
    '"Existing measures for protecting the rights and interests of child victims of offences under the '
    'Optional Protocol tend to be limited to trafficking and are thus insufficient;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 32 (a))",
)
TJK_AWARENESS_LIMITED: Turn = (
    "Was the OPSC well known in Tajikistan at the time of the review?",
    "Not enough: "
    '"However, the Committee regrets the limited dissemination, awareness-raising and training activities '
    'on the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_TARGETED: Turn = (
    "I'm preparing slides on prevention. What kind of prevention programmes did the committee ask "
    "Tajikistan for?",
    "Targeted ones, for children at risk: it recommended that the State party "
    '"Adopt comprehensive and targeted protection and prevention measures and programmes for those '
    "children at risk of falling victim to offences under the Optional Protocol, including children living "
    "in poverty, children engaged in child labour, child victims of prostitution, child spouses and "
    'children living in street situations;" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
TJK_CORRUPTION_BORDERS: Turn = (
    "Did corruption come up in the Tajikistan OPSC review?",
    "Yes; among its concerns the Committee listed: "
    '"There are allegations of the transport of victims across borders that are not investigated owing to '
    'corruption;" (CRC/C/OPSC/TJK/CO/1, para. 18 (d))',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_INTERNET: Turn = (
    "I'm building a session on online exploitation. What did the Committee ask Kazakhstan to do about "
    "the Internet?",
    "To study it and to legislate: it recommended that the State party "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    "provisions to combat these phenomena, including the full mandatory cooperation of Internet providers "
    'in this regard;" (CRC/C/OPSC/KAZ/CO/1, para. 16 (b))',
)
KAZ_HOTLINES: Turn = (
    "For my slides on child helplines: did the committee mention hotlines when it reviewed Kazakhstan?",
    "Yes, in its list of measures for victims: "
    '"Free telephone hotlines;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (d))',
)
KAZ_READ_2003: Turn = (
    "Does the 2006 review of Kazakhstan refer back to earlier observations?",
    "Yes: "
    '"these concluding observations should be read in conjunction with its previous concluding '
    "observations adopted on the State party\u2019s initial report on 6 June 2003 contained in "
    'CRC/C/15/Add.213." (CRC/C/OPSC/KAZ/CO/1, para. 3)',
)
KAZ_COORD: Turn = (
    "What was the Committee's concern about coordination in Kazakhstan?",
    "It remained "
    '"concerned about the insufficient coordination among these bodies so as to ensure comprehensive, '
    "intersectoral policies at both central and local levels to protect the rights covered by the Optional "
    'Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 5)',
)
KAZ_COMPLICITY: Turn = (
    "were kazakh officials accused of being involved in trafficking?",
    "The Committee "
    '"remains concerned about allegations of complicity by State officials in trafficking and that '
    'corruption impedes the effectiveness of prevention measures." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_DUE_2006: Turn = (
    "When was Kazakhstan's next report due?",
    "In 2006: the Committee requested further information "
    '"in its next periodic report under the Convention on the Rights of the Child due, in accordance with '
    'article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_HAGUE: Turn = (
    "Which adoption treaty was Kazakhstan asked to ratify?",
    "The Hague Convention: the Committee recommended that the State party "
    '"Strengthen the legislative framework by ratifying the Hague Convention No. 33 on Protection of '
    'Children and Cooperation in Respect of Inter-country Adoption (1993);" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (c))",
)
KAZ_TRANSMIT: Turn = (
    "who was kazakhstan supposed to send the recommendations to?",
    "The Committee recommended "
    '"transmitting them to relevant government ministries, the Parliament and to provincial authorities '
    'for appropriate consideration and further action." (CRC/C/OPSC/KAZ/CO/1, para. 30)',
)
KAZ_CONSIDERED: Turn = (
    "When did the Committee consider Kazakhstan's initial OPSC report?",
    "In January 2006, "
    '"at its 1084th meeting (see CRC/C/SR.1084), held on 11 January 2006" (CRC/C/OPSC/KAZ/CO/1, '
    "para. 1).",
)
KAZ_DATA_STUDIES: Turn = (
    "How did the committee want Kazakhstan's data broken down?",
    "By age, sex and minority group: it recommended "
    '"that data, disaggregated, inter alia, by age, sex, minority group, are systematically collected and '
    'analysed inasmuch as they provide essential tools for measuring policy implementation." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 12)",
)
KAZ_LEGAL_AID: Turn = (
    "Did the committee ask Kazakhstan to give child victims free legal aid?",
    "Yes, among the measures for victims it urged: "
    '"Free legal aid;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (b))',
)

# CRC/C/OPSC/TKM/CO/1
TKM_DECREE: Turn = (
    "and turkmenistan?",
    "The Committee welcomed the "
    '"2005 presidential decree that bans child labour in all sectors, specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_LEGAL_PERSONS_REC: Turn = (
    "can companies be prosecuted for this stuff in turkmenistan?",
    "Not fully; the Committee "
    '"recommends that the State party revise its Criminal Code to ensure the full and direct criminal '
    'liability of legal persons for all offences covered by the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 31)",
)
TKM_SALE_DEF: Turn = (
    "Did the Committee explain to Turkmenistan how the sale of children differs from trafficking?",
    "Briefly; it recommended "
    '"that the State party ensure that the definition of sale of children, which is similar to but not '
    "identical to trafficking in persons, is included in the national legislation in order to implement "
    'adequately the provision on sale of children contained in the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 9)",
)
TKM_COMM_PROC: Turn = (
    "did the committee push turkmenistan to join the complaints procedure for kids?",
    "Yes: "
    '"The Committee recommends that the State party ratify the Optional Protocol to the Convention on the '
    "Rights of the Child on a communications procedure, in order to further strengthen the fulfilment of "
    'children\u2019s rights." (CRC/C/OPSC/TKM/CO/1, para. 44)',
)
TKM_ADOPTED: Turn = (
    "When were the concluding observations on Turkmenistan adopted?",
    "At the end of January 2015, "
    '"at its 1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." '
    "(CRC/C/OPSC/TKM/CO/1, para. 1)",
)
TKM_REPORT_GUIDELINES: Turn = (
    "did turkmenistan's report follow the committee's guidelines?",
    "No: "
    '"However, it regrets that the report does not follow the established reporting guidelines." '
    "(CRC/C/OPSC/TKM/CO/1, para. 2)",
)
TKM_NEIGHBOURS: Turn = (
    "what did the committee tell turkmenistan about working with neighbouring countries?",
    "To keep strengthening cooperation: the Committee "
    '"encourages the State party to continue to strengthen international cooperation through '
    'multilateral, regional and bilateral arrangements, especially with neighbouring countries" '
    "(CRC/C/OPSC/TKM/CO/1, para. 43).",
)
TKM_ART20: Turn = (
    "Are companies held accountable for trafficking in Turkmenistan?",
    "For trafficking, yes: "
    '"The Committee notes as positive that individuals and legal entities involved in crimes of '
    "trafficking in persons are held accountable in accordance with article 20 of the Law on Combating "
    'Trafficking in Persons." (CRC/C/OPSC/TKM/CO/1, para. 30)',
)
TKM_DOUBLE_ABROAD: Turn = (
    "whats the problem with double criminality in turkmenistan",
    "The Committee was concerned that "
    '"the requirement of double criminality for domestic prosecution of crimes allegedly committed abroad '
    'impedes the prosecution of offences outlined in articles 1 and 2 of the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 32)",
)
TKM_GUIDELINES_JUSTICE: Turn = (
    "Which UN guidelines did the Committee point Turkmenistan to for child victims and witnesses?",
    "It recommended that the State party "
    '"fully take into account the Guidelines on Justice in Matters involving Child Victims and Witnesses '
    'of Crime (Economic and Social Council resolution 2005/20, annex)." (CRC/C/OPSC/TKM/CO/1, para. 38)',
)
TKM_DISSEM: Turn = (
    "How should Turkmenistan make its review public?",
    "Widely: the Committee recommended "
    '"that the initial report and written replies submitted by the State party and the related concluding '
    "observations of the Committee be made widely available, including, but not exclusively, through the "
    "Internet, to the public at large, civil society organizations, youth groups, professional groups and "
    'children" (CRC/C/OPSC/TKM/CO/1, para. 46).',
)
TKM_HELPLINE_GAP: Turn = (
    "is there a helpline for kids in turkmenistan",
    "Not one covering all the Protocol's offences: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_HELPLINE_SPEC: Turn = (
    "And what kind of helpline did the committee want there?",
    "A national one: it recommended that the State party "
    '"establish a national helpline for all offences under the Optional Protocol, and ensure that it '
    "covers the whole country, is accessible 24 hours a day and has an easy-to-remember three- to "
    'four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42).',
)
TKM_TRAIN_ALL: Turn = (
    "Who should be trained on the OPSC in Turkmenistan?",
    "Everyone working with children: "
    '"Such training should be provided to all relevant professional groups, ministries and institutions '
    'working with and/or for children." (CRC/C/OPSC/TKM/CO/1, para. 19)',
)
TKM_NO_ALLOCATION: Turn = (
    "Did Turkmenistan tell the committee how much it spends on the OPSC?",
    "No: "
    '"The Committee regrets that the State party has not provided information on the specific allocation '
    'of resources for the implementation of the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 20).",
)
TKM_TRAFFICKING_ONLY: Turn = (
    "what was the main criticism of turkmenistan's approach?",
    "That it was all about trafficking: the Committee was "
    '"also concerned that efforts made by the State party have focused almost exclusively on trafficking '
    'and not on the crimes of sale of children as defined by the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 8)",
)

# A/HRC/50/33/Add.1
SR_STREET: Turn = (
    "are street kids in tajikistan at risk of trafficking?",
    "The Special Rapporteur "
    '"highlights the need for prevention measures engaging in particular with children in street '
    'situations." (A/HRC/50/33/Add.1, para. 52)',
)
SR_MINORITY: Turn = (
    "What did the Special Rapporteur say about minority children in Tajikistan?",
    "She was concerned "
    '"that limited attention is given to the prevention of trafficking of children belonging to minority '
    "groups and the protection of children of minority groups who are at risk of trafficking, in "
    'particular for forced begging, forced criminality and labour and sexual exploitation." '
    "(A/HRC/50/33/Add.1, para. 53)",
)
SR_CONSULAR: Turn = (
    "What did the Special Rapporteur recommend on consular support for Tajik victims abroad?",
    "She recommended that the Government "
    '"Strengthen training for Tajik consular officials abroad on the rights of trafficked persons to '
    'assistance, protection and repatriation;" (A/HRC/50/33/Add.1, para. 87 (b)), having found limited '
    'consular protection "in particular for migrant women workers in the Gulf region" '
    "(A/HRC/50/33/Add.1, para. 68).",
)
SR_AFGHAN_RISKS: Turn = (
    "what risks do afghan women face if theyre sent back, per the rapporteur",
    "She noted UNHCR's non-return advisory and that "
    '"Such protection risks may include the risks of trafficking, and re-trafficking, for purposes of '
    'forced marriage, sexual exploitation or forced labour in Afghanistan." (A/HRC/50/33/Add.1, para. 27)',
)
SR_CAMPS_DUTY: Turn = (
    "What are Tajikistan's obligations towards the children brought back from the camps?",
    "The Special Rapporteur "
    '"highlights the obligations of the State to identify and ensure assistance and protection to all '
    "victims of trafficking, including those repatriated from the Syrian Arab Republic and Iraq, and to "
    'ensure in particular the application of the principle of non-punishment." '
    "(A/HRC/50/33/Add.1, para. 72)",
)
SR_DESTINATIONS: Turn = (
    "Where do Tajik migrant workers mostly go?",
    "Three countries above all: "
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for Tajik '
    'workers." (A/HRC/50/33/Add.1, para. 7)',
)
SR_LEFT_BEHIND: Turn = (
    "Did the pandemic make things worse for the families of Tajik migrants?",
    "Yes, the Special Rapporteur found: "
    "\"For migrant workers' family members whom they have left behind, the reduction in household income "
    "has increased the risks of exploitation, including in particular in the informal economy and in rural "
    'areas." (A/HRC/50/33/Add.1, para. 19)',
)
SR_PUBLIC_ASSOC: Turn = (
    "any concern about ngo laws in tajikistan in the trafficking report?",
    "Yes: "
    '"the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, may '
    "undermine the ability of non-governmental organizations, including specialized non-governmental "
    'organizations supporting victims of trafficking, to carry out their work effectively." '
    "(A/HRC/50/33/Add.1, para. 75)",
)
SR_IPEC: Turn = (
    "Who is working on child labour in Tajikistan's cotton sector, according to the Special Rapporteur?",
    "The ILO, among others: she "
    '"commends the coordinated efforts by the ILO International Programme on the Elimination of Child '
    "Labour to eliminate child labour and the risks of child trafficking for forced labour, in particular "
    'in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
SR_IOM_RETURNS: Turn = (
    "did anyone help tajik victims get home from abroad in 2020-21?",
    "Yes, with IOM money: "
    '"The Ministry of the Interior confirmed that, with financial support from the International '
    "Organization for Migration, in 2020 and 2021, 16 victims of trafficking were assisted in returning "
    "from India, Kazakhstan and Saudi Arabia. However, there is concern that the assistance provided is "
    'limited." (A/HRC/50/33/Add.1, para. 69)',
)
SR_VISIT: Turn = (
    "when did the trafficking rapporteur go to tajikistan",
    'In December 2021, "from 7 to 16 December 2021" (A/HRC/50/33/Add.1, para. 1).',
)
SR_ARRIVALS: Turn = (
    "What did the Special Rapporteur recommend for vulnerable new arrivals among asylum seekers?",
    "That the Government "
    '"Ensure that women, girls, men and boys who are vulnerable to sexual and/or labour exploitation are '
    'promptly identified and referred to gender-sensitive services on arrival" '
    "(A/HRC/50/33/Add.1, para. 88 (h)).",
)
SR_COMMISSION_CSO: Turn = (
    "Does the anti-trafficking commission in Tajikistan involve civil society?",
    "Too little, the Special Rapporteur found: she "
    '"is concerned, however, about the lack of transparency of the meetings and the limited engagement '
    'with civil society, lawyers and human rights defenders by the Commission." '
    "(A/HRC/50/33/Add.1, para. 33)",
)
SR_LATE_ACCEPT: Turn = (
    "did tajikistan make the visit easy for her?",
    "Not entirely: "
    '"The Special Rapporteur regrets that the late acceptance of the country visit request, only three '
    "working days prior to the official commencement date, posed difficulties in finalizing the programme "
    'for the visit." (A/HRC/50/33/Add.1, para. 4)',
)
SR_SHELTER_FIVE: Turn = (
    "How many victims stayed in the State shelter in Dushanbe in 2021?",
    "Very few: "
    '"Although provision is made for 27 staff and 30 places for the accommodation of victims/survivors, '
    'the Special Rapporteur was informed that only 5 victims were accommodated in the shelter in 2021." '
    "(A/HRC/50/33/Add.1, para. 65)",
)
SR_PARTNER_CSO: Turn = (
    "what did the rapporteur recommend on working with ngos in tajikistan",
    "She recommended that the Government "
    '"Strengthen partnerships with civil society organizations, in particular specialized '
    "non-governmental organizations working with trafficked persons, persons at risk of trafficking and "
    'victims/survivors" (A/HRC/50/33/Add.1, para. 85 (a)).',
)
SR_BIRTH_REG: Turn = (
    "did the rapporteur say anything about birth registration in tajikistan?",
    "Yes, among her recommendations on refugees and asylum seekers: "
    '"Continue efforts to reduce statelessness, and continue to ensure the birth registration of all '
    'children;" (A/HRC/50/33/Add.1, para. 88 (c))',
)
SR_BEST_INTERESTS: Turn = (
    "What did the Special Rapporteur recommend on care arrangements for child victims?",
    "Family-based solutions where possible: "
    '"arrangements must be found that favour family-based and community-based solutions, where that is in '
    "the child's best interests.\" (A/HRC/50/33/Add.1, para. 87 (g))",
)
SR_ARMED_GROUPS: Turn = (
    "Are Tajik children trafficked into armed groups?",
    "The Special Rapporteur considered it a serious concern: "
    '"Trafficking of children, including in the context of recruitment by armed or terrorist groups for '
    'purposes of forced criminality, forced labour or sexual exploitation is a serious concern." '
    "(A/HRC/50/33/Add.1, para. 71)",
)

# The national plan of action 2018-2022 (three tables)
PC_SUICIDE: Turn = (
    "Does Tajikistan's plan address adolescent mental health?",
    "Yes; among the activities of its CRC table: "
    '"Strengthening promotion and activities among adolescents on prevention of suicide." '
    "(National Plan of Action 2018-2022 (CRC), row 23)",
)
PC_VICTIM_SUPPORT: Turn = (
    "does tajikistan's plan offer anything for the recovery of trafficking victims",
    "Yes, its CRC table foresees: "
    '"Support to all victims of trafficking, including medical care and psychosocial support, legal '
    'support, vocational training and reintegration to the families" (National Plan of Action 2018-2022 '
    "(CRC), row 33).",
)
PC_HIV_MONITOR: Turn = (
    "Is there anything in the CRC table of the plan on HIV-positive children?",
    "One activity of row 10: "
    '"Monitor the situation of children living with HIV/AIDS." (National Plan of Action 2018-2022 (CRC), '
    "row 10)",
)
PO_COMPLAINT_APPS: Turn = (
    "For my slides on child participation: does the OPSC plan use technology for children's complaints?",
    "Yes, row 7 foresees "
    '"Ensuring the use of modern electronic technologies (applications and technical tools) for '
    'registering complaints and requests from children" (National Plan of Action 2018-2022 (OPSC), '
    "row 7).",
)
PA_MILITARY_SCHOOLS: Turn = (
    "what does the opac plan do about military schools",
    "Among other activities: "
    '"Study the legislation of the Republic of Tajikistan related to admission and education of minors in '
    'military schools" (National Plan of Action 2018-2022 (OPAC), row 6).',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country the index does not hold, in forms the earlier tables did not use --
    (
        "Thank you. Were the Poles given the same encouragement when the Committee examined their report "
        "under the Protocol?",
        (TJK_DUAL_CRIM,),
        "uncovered country by its people in the plural ('the Poles', Poland), official style, after a "
        "Tajikistan turn (dual criminality in extradition)",
    ),
    (
        "ok what did the committee tell the uzbek side about kids picking cotton",
        (TJK_COTTON_CONCERN, TKM_DECREE),
        "uncovered country as 'the uzbek side' (Uzbekistan, asked in earlier tables by name, adjective "
        "and capital, not in this form), journalist style in lower case, after a Tajikistan and a "
        "Turkmenistan turn on children in the cotton harvest",
    ),
    (
        "I am preparing the Ministry's position for a meeting on the Kyrgyz-Tajik border agreement and "
        "need the other party's review as well. In the Kyrgyz review under the same Protocol, what did the "
        "Committee recommend on identifying child victims, and did it single out border or immigration "
        "officials?",
        (TJK_EARLY_ID,),
        "uncovered country inside a compound ('the Kyrgyz-Tajik border agreement') and asked as its own "
        "review ('the Kyrgyz review'); official style, two questions in one message, after a Tajikistan "
        "turn (early identification of child victims); the compound also names the covered Tajikistan, "
        "whose para. 33 (a) answers the topic but is not what is asked (the Kyrgyz Republic was asked in "
        "earlier tables by name and as 'the Kyrgyz side')",
    ),
    (
        "what about lebannon, any report on street kids there?",
        (SR_STREET,),
        "uncovered country misspelt in lower case ('lebannon', Lebanon), journalist style, after a "
        "Special Rapporteur turn (children in street situations in Tajikistan)",
    ),
    (
        "Great. My next slide is titled 'Kazakhstan vs Japan' - what did the committee tell Japan about "
        "Internet providers?",
        (KAZ_INTERNET,),
        "uncovered country after 'vs' (Japan), trainer style; the Kazakhstan side is in the previous turn "
        "(CRC/C/OPSC/KAZ/CO/1 para. 16 (b)) and the question asks only for Japan's; unsure: a reader may "
        "take the slide title as a comparison and quote the Kazakhstan half again, but nothing on Japan "
        "is held, so the item expects a decline that cites nothing",
    ),
    (
        "did the US get told the same? they're in the opsc right",
        (TKM_LEGAL_PERSONS_REC,),
        "uncovered country by an abbreviation ('the US', the United States, a party to the OPSC whose "
        "reviews are not held), journalist style, after a Turkmenistan turn (liability of legal persons)",
    ),
    (
        "For the bilateral consultations next month I should also know what the destination countries "
        "were told. What has the Committee on the Rights of the Child recommended to the Gulf states "
        "themselves on protecting migrant domestic workers, and have any of them been reviewed under the "
        "Optional Protocol?",
        (SR_CONSULAR,),
        "uncovered group of States ('the Gulf states'), asked for their own reviews; A/HRC/50/33/Add.1 "
        "para. 68 names the Gulf region (Qatar, Saudi Arabia, the United Arab Emirates) only as "
        "destinations; official style, two questions",
    ),
    (
        "has the crc ever told Kabul what to do about child marriage? like in its own review",
        (SR_AFGHAN_RISKS,),
        "uncovered country by its capital (Kabul, for Afghanistan, asked in earlier tables by name, "
        "misspelt and by adjective), asked for its own review; A/HRC/50/33/Add.1 para. 27 speaks of "
        "forced marriage in Afghanistan only as a risk for those returned there",
    ),
    (
        "And the Iraqis themselves: what did the Committee recommend to them, in their own review under "
        "the armed-conflict protocol, about children held in those camps?",
        (SR_CAMPS_DUTY,),
        "uncovered country by its people in the plural ('the Iraqis', Iraq), asked for its own review; "
        "A/HRC/50/33/Add.1 paras. 4, 71, 72 and 85 (c) name Iraq only as a place Tajik children were "
        "repatriated from",
    ),
    (
        "Can you give me a bullet list of what the committee told each of the Nordic countries about "
        "child helplines?",
        (KAZ_HOTLINES, TKM_HELPLINE_GAP, TKM_HELPLINE_SPEC),
        "uncovered group of States ('the Nordic countries'), trainer style asking for a list, after three "
        "turns on helplines (Kazakhstan, then two on Turkmenistan)",
    ),
    (
        "k. whats the committee said to DE and FR about minors in military schools?",
        (PA_MILITARY_SCHOOLS,),
        "two uncovered countries by ISO alpha-2 codes (DE, Germany; FR, France), journalist style, after "
        "a plan (OPAC table) turn on military schools",
    ),
    (
        "What has the Committee on the Rights of the Child told Ankara about protecting the children of "
        "migrant workers?",
        (SR_DESTINATIONS,),
        "uncovered country by its capital (Ankara, for Turkey, asked in an earlier table as 'Türkiye'); "
        "A/HRC/50/33/Add.1 para. 7 names Turkey only as a destination, next to the covered Kazakhstan",
    ),
    # -- a body's or mandate's own texts, an organisation's own reports --
    (
        "Could you pull three key lines from the committee's general comment No. 25 on children's rights "
        "in the digital environment for my slides?",
        (TJK_STRATEGY_EDU,),
        "a treaty body's own text (the CRC's general comment No. 25 (2021)), neither held nor cited by a "
        "held document; trainer style, after a Tajikistan turn (online exploitation strategy)",
    ),
    (
        "For our legal working group I need the Committee's fuller explanation. What do its 2019 "
        "guidelines on the implementation of the Optional Protocol (CRC/C/156) say about the difference "
        "between sale and trafficking, and do they give examples?",
        (TKM_SALE_DEF,),
        "a treaty body's own text by name and symbol (the CRC's guidelines regarding the implementation of "
        "the OPSC, CRC/C/156), not held; official style, two questions, after a Turkmenistan turn (sale "
        "is similar to but not identical to trafficking); unsure only of the symbol's exactness, which "
        "does not change the decline",
    ),
    (
        "Has the Special Rapporteur on extreme poverty and human rights looked at these households in "
        "Tajikistan, and what did he recommend?",
        (SR_LEFT_BEHIND,),
        "uncovered mandate (Special Rapporteur on extreme poverty and human rights) on Tajikistan, after a "
        "trafficking Rapporteur turn (migrants' families left behind)",
    ),
    (
        "did the special rapporteur on freedom of association weigh in on those amendments?",
        (SR_PUBLIC_ASSOC,),
        "uncovered mandate (Special Rapporteur on the rights to freedom of peaceful assembly and of "
        "association), lower case; Tajikistan carried from a turn on the Law on Public Associations "
        "(A/HRC/50/33/Add.1 para. 75, the trafficking mandate's)",
    ),
    (
        "What did IPEC's own evaluation of its Tajikistan project conclude about the cotton harvest?",
        (SR_IPEC,),
        "an organisation's own report (ILO-IPEC's evaluation) as the source; A/HRC/50/33/Add.1 para. 50 "
        "names the programme, but no ILO document is held",
    ),
    (
        "does IOM's own annual report break those 16 cases down by country?",
        (SR_IOM_RETURNS,),
        "an organisation's own report (IOM's annual report) as the source; A/HRC/50/33/Add.1 para. 69 "
        "names IOM and the three countries (India, the covered Kazakhstan, Saudi Arabia), but no IOM "
        "document is held",
    ),
    # -- a year, period or session no held document is from --
    (
        "Thank you. What did the Committee say to Kazakhstan in June 2003 about coordination between "
        "ministries, and had it already asked for an evaluation mechanism at that time?",
        (KAZ_READ_2003, KAZ_COORD),
        "uncovered year (June 2003) for Kazakhstan: CRC/C/15/Add.213, cited in CRC/C/OPSC/KAZ/CO/1 para. 3, "
        "is not held (an earlier table asked it by symbol); official style, two questions; paras. 5-6 "
        "answer the topic for 2006, not 2003",
    ),
    (
        "and what did she tell HRC44 about tajikistan?",
        (SR_VISIT,),
        "uncovered session by its short form ('HRC44', the Human Rights Council's forty-fourth session, "
        "2020), before the visit; the held report is for the fiftieth; journalist style",
    ),
    (
        "has it ratified since? what did the committee say about that in the 2020s",
        (TKM_COMM_PROC,),
        "uncovered period (the 2020s) for Turkmenistan, whose held observations are of 2015; journalist "
        "style, two questions, the first of which no held document answers either",
    ),
    (
        "Was the plan reviewed at mid-term in 2020, and what did that review report on suicide prevention "
        "among adolescents?",
        (PC_SUICIDE,),
        "uncovered period and kind (a 2020 mid-term review of the 2018-2022 plan), not held; official "
        "style, two questions, after a plan (CRC table) turn; row 23 gives the planned activity only",
    ),
    # -- a symbol the index does not hold --
    (
        "Can you show me what was said at that meeting, in CRC/C/SR.1983?",
        (TKM_ADOPTED,),
        "uncovered symbol (the summary record CRC/C/SR.1983), cited in CRC/C/OPSC/TKM/CO/1 para. 1 but not "
        "held",
    ),
    (
        "What does CEDAW/C/KAZ/CO/5 say about that?",
        (KAZ_COMPLICITY,),
        "uncovered symbol of another treaty body (CEDAW/C/KAZ/CO/5) after a Kazakhstan turn (complicity "
        "of officials); neither held nor cited",
    ),
    (
        "That date looks odd, only months after the review. Was there a corrigendum, "
        "CRC/C/OPSC/KAZ/CO/1/Corr.1, and what does it change?",
        (KAZ_DUE_2006,),
        "uncovered symbol (a corrigendum, CRC/C/OPSC/KAZ/CO/1/Corr.1, of the held document), not held; "
        "unsure whether such a corrigendum exists, which does not change the decline",
    ),
    (
        "ok so what questions were in CRC/C/OPSC/TKM/Q/1?",
        (TKM_REPORT_GUIDELINES,),
        "uncovered symbol (the list of issues CRC/C/OPSC/TKM/Q/1; para. 2 cites only the replies, "
        "Q/1/Add.1, not held either; an earlier table asked the list of issues by kind)",
    ),
    # -- a sub-paragraph, paragraph or row past the end --
    (
        "and what's under 16 (d)?",
        (KAZ_INTERNET, KAZ_HAGUE),
        "nonexistent sub-paragraph (16 (d)) of CRC/C/OPSC/KAZ/CO/1, whose para. 16 stops at (c); the "
        "previous turns quoted 16 (b) and 16 (c)",
    ),
    (
        "For completeness, please quote sub-paragraph (f) of that paragraph as well.",
        (TJK_COMPLAINTS,),
        "nonexistent sub-paragraph (33 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 33 stops at (e); "
        "official style, the paragraph carried from the previous turn",
    ),
    (
        "and 88 (i)?",
        (SR_ARRIVALS,),
        "nonexistent sub-paragraph (88 (i)) of A/HRC/50/33/Add.1, whose para. 88 stops at (h)",
    ),
    (
        "what's in paragraph 49 of CRC/C/OPSC/TKM/CO/1?",
        (TKM_NEIGHBOURS,),
        "nonexistent paragraph (49) of CRC/C/OPSC/TKM/CO/1, which has 47",
    ),
    (
        "for my slides I also need row 14 of the OPSC table - what's the activity there?",
        (PO_COMPLAINT_APPS,),
        "nonexistent row (14) of the plan's OPSC table, which has 11; trainer style",
    ),
    # -- a kind of document not held --
    (
        "What did the Tajik NGO coalition say about that in its own alternative report to the committee?",
        (SR_COMMISSION_CSO,),
        "document kind not held (an NGO alternative report); no civil society submission is held",
    ),
    (
        "what did she say in her end-of-mission press statement in december 2021?",
        (SR_LATE_ACCEPT,),
        "document kind not held (the Special Rapporteur's end-of-mission statement); only her report, "
        "A/HRC/50/33/Add.1, is",
    ),
    (
        "Did the Government of Tajikistan submit comments on her report, and how did it respond on the "
        "shelter figures?",
        (SR_LATE_ACCEPT, SR_SHELTER_FIVE),
        "document kind not held (the Government's comments on the Special Rapporteur's report); official "
        "style, two questions",
    ),
    (
        "Can you quote article 20 of that law itself, so I can put the wording on a slide?",
        (TKM_ART20,),
        "document kind not held (the text of Turkmenistan's Law on Combating Trafficking in Persons); "
        "CRC/C/OPSC/TKM/CO/1 para. 30 only says what its article 20 provides; trainer style",
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
        "and the turkmen side - did the committee say anything about how ngos are treated there?",
        (SR_PARTNER_CSO,),
        "Turkmenistan",
        u(M, 22, 23),
        [],
        ["restrictions on the work of civil society organizations"],
        "covered country as 'the turkmen side', lower case, journalist style, after a Special Rapporteur "
        "turn on Tajikistan (partnerships with NGOs)",
    ),
    (
        "over in Ashgabat, what did the committee say about recovery and reintegration of child victims?",
        (PC_VICTIM_SUPPORT,),
        "Turkmenistan",
        u(M, 39, 40),
        [],
        ["local commissions"],
        "covered country as 'over in Ashgabat' (its capital), NGO style, after a plan (CRC table) turn "
        "(support to victims of trafficking)",
    ),
    (
        "same for TKM - and was a due date given?",
        (TJK_NEXT_REPORT,),
        "Turkmenistan",
        u(M, 47),
        [],
        ["28 January 2018"],
        "covered country by ISO alpha-3 code (TKM), terse, after a Tajikistan turn (the next report)",
    ),
    (
        "and turkmenistans list? i heard the constitutional court was on it",
        (KAZ_TRANSMIT,),
        "Turkmenistan",
        u(M, 45),
        [],
        ["Constitutional Court"],
        "covered country in lower case without its apostrophe ('turkmenistans'), journalist style, after "
        "a Kazakhstan turn (to whom the recommendations go)",
    ),
    (
        "Thank you. For the inter-ministerial meeting I also need the equivalent for the Turkmen "
        "observations: with which other concluding observations are they to be read, and on what dates "
        "were those adopted?",
        (TJK_NEXT_REPORT, TJK_READ_CONV),
        "Turkmenistan",
        u(M, 3),
        [],
        ["19 January 2015"],
        "covered country by adjective ('the Turkmen observations') in the middle of a long official "
        "message with two questions, after two Tajikistan turns (next report; observations to be read "
        "together)",
    ),
    (
        "I'm making a comparison slide. Did the Turkmens get the same criticism about protection being "
        "limited to trafficking?",
        (TJK_PROTECT_LIMITED,),
        "Turkmenistan",
        u(M, 35),
        u(M, 36, 39),
        ["not been adequately institutionalized"],
        "covered country by its people in the plural ('the Turkmens'), trainer style, after a Tajikistan "
        "turn (protection limited to trafficking)",
    ),
    (
        "And for the Turkmen State party: when was its initial report considered, and at which meeting "
        "were the concluding observations adopted?",
        (KAZ_CONSIDERED,),
        "Turkmenistan",
        u(M, 1),
        [],
        ["1939th", "1983rd"],
        "covered country as 'the Turkmen State party', official style, two questions, after a Kazakhstan "
        "turn (date of consideration)",
    ),
    (
        "did Türkmenistan make any progress on birth registration, per the committee?",
        (SR_BIRTH_REG,),
        "Turkmenistan",
        u(M, 24),
        [],
        ["significant increase in birth registration"],
        "covered country by its Turkmen-language spelling ('Türkmenistan'), after a Special Rapporteur "
        "turn on Tajikistan (birth registration); unsure: the diacritic may lead a reader to Türkiye, "
        "which is not held",
    ),
    # -- to Kazakhstan --
    (
        "And were their neighbours in Astana asked to do the same with their report and the concluding "
        "observations? Please indicate to whom these were to be made available.",
        (TKM_DISSEM,),
        "Kazakhstan",
        u(K, 31),
        [],
        ["youth groups"],
        "covered country as 'their neighbours in Astana' (Kazakhstan borders Turkmenistan), official "
        "style, after a Turkmenistan turn (dissemination of the review)",
    ),
    (
        "Were the Kazakhstani authorities referred to the same Guidelines, and which rights of the child "
        "victim did the Committee single out in that context?",
        (TKM_GUIDELINES_JUSTICE,),
        "Kazakhstan",
        u(K, 20),
        u(K, 19),
        ["Economic and Social Council resolution No. 2005/20"],
        "covered country by adjective ('the Kazakhstani authorities'), official style, two questions, "
        "after a Turkmenistan turn (the Guidelines on Justice for child victims and witnesses)",
    ),
    (
        "did kazakstan get told to drop it too?",
        (TKM_DOUBLE_ABROAD,),
        "Kazakhstan",
        u(K, 18),
        u(K, 17),
        ["abolish the requirement of double criminality"],
        "covered country misspelt in lower case ('kazakstan'), journalist style, after a Turkmenistan "
        "turn (double criminality)",
    ),
    (
        "Did the 2006 Kazakh review find the same about awareness among professionals?",
        (TJK_AWARENESS_LIMITED,),
        "Kazakhstan",
        u(K, 7),
        u(K, 8),
        ["relevant professional categories"],
        "covered country by adjective with the held document's year ('the 2006 Kazakh review'), after a "
        "Tajikistan turn (limited awareness-raising and training)",
    ),
    (
        "What did the committee ask the Kazakhs to do for children with HIV/AIDS?",
        (PC_HIV_MONITOR,),
        "Kazakhstan",
        u(K, 10),
        u(K, 9),
        ["equal access to education, health care and other social services"],
        "covered country by its people in the plural ('the Kazakhs'), after a plan (CRC table) turn "
        "(children living with HIV/AIDS)",
    ),
    (
        "In the case of the Republic of Kazakhstan, which groups of children did the Committee identify as "
        "particularly vulnerable, and what did it recommend for them?",
        (SR_STREET, SR_MINORITY),
        "Kazakhstan",
        u(K, 25, 26),
        [],
        ["street children"],
        "covered country by its official name ('the Republic of Kazakhstan'), official style, two "
        "questions, after two Special Rapporteur turns on Tajikistan (street and minority children)",
    ),
    (
        "For the next slide: what did the committee say about targeted prevention in the kazakh "
        "observations?",
        (TJK_TARGETED,),
        "Kazakhstan",
        u(K, 27, 28),
        [],
        ["targeted preventive measures"],
        "covered country by a lower-case adjective ('the kazakh observations'), trainer style, after a "
        "Tajikistan turn (targeted prevention programmes)",
    ),
    (
        "What was the Kazakh government asked to report about its spending on the Protocol?",
        (TKM_NO_ALLOCATION,),
        "Kazakhstan",
        u(K, 14),
        u(K, 13),
        ["National Action Plan on Trafficking"],
        "covered country as 'the Kazakh government', after a Turkmenistan turn (no information on the "
        "allocation of resources)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "and the tajiks - what breakdown were they asked for?",
        (KAZ_DATA_STUDIES,),
        "Tajikistan",
        u(T, 7),
        u(T, 6) + u(PO, 1) + u(PC, 5),
        ["nationality and ethnic origin"],
        "covered country by its people in the plural, lower case ('the tajiks'), journalist style, after "
        "a Kazakhstan turn (data disaggregation)",
    ),
    (
        "Does the RT's national plan of action provide for a review of legislation on the best interests "
        "of the child, and which bodies are responsible for it?",
        (SR_BEST_INTERESTS,),
        "Tajikistan",
        u(PC, 11),
        u(PC, 18),
        ["best interests of the child"],
        "covered country and document by the abbreviation the plan itself uses ('the RT', the Republic of "
        "Tajikistan), official style, two questions, after a Special Rapporteur turn (the child's best "
        "interests); unsure: 'RT' is unusual outside Tajik official writing",
    ),
    (
        "does the tajik side have a hotline at all? what did the rapporteur find",
        (TKM_HELPLINE_GAP,),
        "Tajikistan",
        u(S, 77),
        [],
        ["dedicated hotline"],
        "covered country and mandate ('the tajik side', lower case), journalist style, after a "
        "Turkmenistan turn (helpline)",
    ),
    (
        "What does CRC/C/OPSC/TJK/CO/1 say on coordination?",
        (KAZ_COORD,),
        "Tajikistan",
        u(T, 12, 13),
        u(PO, 4),
        ["entity in charge of coordinating"],
        "covered document by its symbol (CRC/C/OPSC/TJK/CO/1, Tajikistan) after a Kazakhstan turn "
        "(coordination)",
    ),
    (
        "Have Tajik border guards been trained on trafficking, according to the Special Rapporteur?",
        (TKM_TRAIN_ALL,),
        "Tajikistan",
        u(S, 46),
        u(S, 78, 86),
        ["Training of border guards"],
        "covered country and mandate by adjective in a compound ('Tajik border guards') after a "
        "Turkmenistan turn (training of professionals)",
    ),
    (
        "Has the government in Dushanbe planned to report on the funding of the Optional Protocol? Which "
        "ministries are responsible?",
        (TKM_NO_ALLOCATION,),
        "Tajikistan",
        u(PO, 6),
        u(T, 16, 17),
        ["Ministry of Finance"],
        "covered country and document as 'the government in Dushanbe' (its plan's OPSC table), official "
        "style, two questions, after a Turkmenistan turn (no information on resources)",
    ),
    (
        "Does Tajikistan's own action plan do anything to keep children out of extremist groups?",
        (SR_ARMED_GROUPS,),
        "Tajikistan",
        u(PA, 5),
        u(S, 54),
        ["extremist and radical movements"],
        "a move from the Special Rapporteur's report to the plan (OPAC table) on the same country "
        "(children recruited by armed or terrorist groups)",
    ),
    (
        "was tajikistan criticised for the same trafficking-only focus?",
        (TKM_TRAFFICKING_ONLY, TKM_SALE_DEF),
        "Tajikistan",
        u(T, 8, 26),
        u(T, 9, 27),
        ["similar, but not identical"],
        "covered country in lower case, journalist style, after two Turkmenistan turns (focus on "
        "trafficking; sale is not trafficking)",
    ),
    (
        "Is free legal aid actually available to trafficking victims in Tajikistan, according to the "
        "Special Rapporteur?",
        (TJK_CORRUPTION_BORDERS, KAZ_LEGAL_AID),
        "Tajikistan",
        u(S, 62),
        u(S, 87, 73),
        ["only on the condition that victims cooperate"],
        "covered country and mandate after a Tajikistan committee turn (corruption) and a Kazakhstan turn "
        "(free legal aid, the carried topic); the name is near the end of the question",
    ),
]
