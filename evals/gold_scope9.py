"""The ninth 'scope' table of the gold set (ids j001-j060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope8.py`, with new conversations and new wordings, written to
read like chat logs rather than test cases: follow-ups that lean on the history ('same for the other
one?', 'what about under the other protocol', 'And the other party to those agreements'),
corrections ('sorry, I meant Haiti, not Tajikistan'), rhetorical framing ('I assume Turkmenistan
didn't give figures either?', 'Kazakhstan had a commission like that too, right?'), the new scope
named in passing in a longer message (a workshop in Kigali, a drop-in service at Milano Centrale),
comparisons whose covered side is already in the history, British and American spellings
('penalising', 'centred', 'labor'), typos, abbreviations ('w/', 'u', 'pls', 'gr8', 'obs', 'C189',
'CoE', 'KAZ') and mixed case ('NICARAGUA'). One to three earlier turns about what the index holds,
each answered by quoting a document verbatim with its reference, then a last question that moves
the scope. j001-j040 name what the index does not hold: a country named only through its people
('the Brazilians'), through its government ('the government in Dakar'), by a city in its own
language ('Milano Centrale'), by a region of a State (Sabah), misspelt in another language's spelling
('Madagaskar'), in lower case ('ghana'), in capitals ('NICARAGUA'), as 'the other party' to the
agreements the history names (the Russian Federation), as a group ('the Pacific island states'), by
its capital mentioned in passing (Kigali), as the uncovered side of a comparison (Belgium), or in a
correction (Haiti); a body, organisation, person or named text the documents never mention (the
World Bank, Interpol in lower case, the FATF by acronym, UN Women, President Rahmon, the ODIHR
handbook on national referral mechanisms) or one they mention only in passing, asked for its own
words or reports (the Start-Up Fund for Safe, Orderly and Regular Migration, A/HRC/50/33/Add.1 para.
41; objective 10 of the Global Compact for Migration, para. 5; the ILO Domestic Workers Convention
as 'C189', para. 29; the ILO general principles and operational guidelines on fair recruitment,
para. 91 (c); the Council of Europe Convention on Action against Trafficking in Human Beings as 'the
CoE trafficking convention', CRC/C/OPSC/KAZ/CO/1 para. 16 (c); the National Strategy for Adaptation
to Climate Change, the plan's CRC row 26); a version (the official Russian version of
A/HRC/50/33/Add.1, a 2020 revision of the plan), a meeting (the Committee's 2252nd, the one after
the Tajikistan observations were adopted), a period ('the noughties', for Turkmenistan); a paragraph
past the end written with a section sign ('§ 97' of the Rapporteur's report), a sub-paragraph past
the last one of its paragraph (87 (h) of the Rapporteur's report), a section past the last one of a
document (section XII of the Turkmenistan observations, which end with XI), an activity past the
last one of its row (a third under the plan's OPSC row 6); a kind of document not held (a webcast
of the dialogue, local press articles, peer-reviewed articles and theses, a police training manual,
campaign leaflets, the Committee's views on individual communications, a depositary notification
of a declaration or reservation, hotline call logs): the answer must decline and cite nothing.
j041-j060 move to another covered country or document, named in more ways (a correction 'sorry, I
meant turkmenistan, not kazakhstan', 'same for the other one?' after turns on two countries, 'I
assume Turkmenistan didn't ...', 'the turkmenistan doc', 'its 2015 obs', 'the 2006 kazakh one',
'KAZ' alone, 'Kazakhstan had a commission like that too, right?', 'the un rapporteur who went to
dushanbe in dec 2021', 'the trafficking rapporteur ... when she visited in 2021', 'under the other
protocol, the armed conflict one', 'sorry, I meant Tajikistan's action plan, not the Kazakh
observations', 'I assume Tajikistan's plan commits to ...'): the carried-over topic is answered from
that country's documents only.

Countries and phrasings were checked against the eight earlier tables: none of the countries,
regions, bodies, persons or named texts they ask about is asked about here, except the Russian
Federation, asked by them as 'the Russians' only and asked here as 'the other party' to the
agreements the history names; the World Bank, Interpol, the FATF, UN Women, ODIHR and President
Rahmon appear in no earlier item, and none of the six texts mentioned in passing was asked for before
(the Start-Up Fund and the Domestic Workers Convention appear in earlier tables' turns only, the
Council of Europe conventions in their turns and in a question about the Baltic states).
No move has the same target paragraphs as an earlier table's move: the Turkmenistan moves target
single paragraphs (8, 10, 14, 20, 27, 32, 41) that earlier moves targeted only within a pair; the
Kazakhstan moves target paragraph 12 alone or pairs no earlier move targeted (1-2, 4-5, 18-29,
22-25, 30-31); CRC/C/OPSC/TJK/CO/1 paras. 16 and 21, A/HRC/50/33/Add.1 paras. 20 and 59, the plan's
CRC rows 33 and 35 and OPAC row 1 had not been targets of a move before.

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10
(OPAC) rows, and the plan has those three tables only. Used past their end here: A/HRC/50/33/Add.1
para. 87 stops at (g); CRC/C/OPSC/TKM/CO/1 ends with section XI ('Next report'); the plan's OPSC row
6 has two activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_ORGANS: Turn = (
    "Does Tajikistan's criminal law cover selling children for their organs?",
    "Not according to the Committee, which found that the legislation does not cover all elements of "
    "the offences, "
    '"in particular, the sale of children for the transfer of organs; procuring child prostitution; '
    'and possessing child pornography." (CRC/C/OPSC/TJK/CO/1, para. 8)',
)
TJK_ILLEGAL_ADOPTION: Turn = (
    "Did the Committee mention illegal adoption in the Tajikistan review?",
    "Yes, first in the list of acts the State party should explicitly define and criminalize: "
    '"The sale of children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
TJK_ONLINE_STRATEGY: Turn = (
    "What did the committee want Tajikistan's online exploitation strategy to focus on?",
    "On education, not punishment: it called on the State party "
    '"to ensure that the strategy focuses on awareness-raising and the education of children on the '
    "responsible use of information and communications technologies and online child sexual "
    'exploitation, and not on the punishment of children." (CRC/C/OPSC/TJK/CO/1, para. 23)',
)
TJK_NEIGHBOURS: Turn = (
    "Did the committee want Tajikistan to cooperate more with its neighbours?",
    "Yes; it encouraged the State party "
    '"to continue to strengthen international cooperation through multilateral, regional and bilateral '
    'arrangements, especially with neighbouring countries" (CRC/C/OPSC/TJK/CO/1, para. 34)',
)
TJK_ADOPTED_MEETING: Turn = (
    "When were the Tajikistan observations adopted?",
    "On 29 September 2017: the Committee "
    '"adopted the present concluding observations at its 2251st meeting, held on 29 September 2017." '
    "(CRC/C/OPSC/TJK/CO/1, para. 1)",
)
TJK_OPIC_JOIN: Turn = (
    "Which further protocol did the committee push Tajikistan to join?",
    "The one on communications: "
    '"The Committee recommends that, in order to further strengthen the fulfilment of children\u2019s '
    'rights, the State party ratify the Optional Protocol on a communications procedure." '
    "(CRC/C/OPSC/TJK/CO/1, para. 35)",
)
TJK_COMMISSIONER: Turn = (
    "Does Tajikistan have a children's ombudsman?",
    "Yes; the Committee noted with appreciation "
    '"the establishment of the Commissioner for Children\u2019s Rights in 2016" '
    "(CRC/C/OPSC/TJK/CO/1, para. 5)",
)
TJK_NO_STRATEGY: Turn = (
    "Did Tajikistan have an overall strategy under the Protocol?",
    "No: "
    '"The Committee is concerned that the State party has not developed a comprehensive policy and '
    'strategy on the rights of the child under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 10)',
)
TJK_TRAFFICKING_FOCUS: Turn = (
    "Did the committee think Tajikistan's law was too focused on trafficking?",
    "Yes; it was concerned "
    '"that the State party\u2019s legislation focuses overwhelmingly on the trafficking of persons, '
    "including children, for sexual purposes, while some other offences relating to the sale of "
    "children, as defined in articles 2 and 3 of the Optional Protocol, remain insufficiently "
    'addressed." (CRC/C/OPSC/TJK/CO/1, para. 26)',
)
TJK_DATA_BREAKDOWN: Turn = (
    "How should Tajikistan's data be broken down, according to the committee?",
    "By many categories: "
    '"The data should be disaggregated, inter alia, by sex, age, nationality and ethnic origin, region '
    "and socioeconomic status, with particular attention paid to children who are at risk of becoming "
    'victims of crimes under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_TRANSMIT: Turn = (
    "To whom was Tajikistan to transmit the recommendations?",
    "To parliament and the districts: the Committee recommended "
    '"transmitting them to members of the national parliament and to the districts for appropriate '
    'consideration and further action." (CRC/C/OPSC/TJK/CO/1, para. 36)',
)
TJK_CHILD_PROSTITUTION_PROSECUTED: Turn = (
    "Can child victims of prostitution be prosecuted in Tajikistan?",
    "The Committee was concerned that they can: "
    '"Child victims of prostitution may be arrested and prosecuted under the Criminal Code;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 32 (d))",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_VULNERABLE: Turn = (
    "Which children did the Committee see as most vulnerable in Kazakhstan?",
    "Three groups: it was "
    '"especially concerned about the vulnerability of street children, children who are foreign '
    'citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_ABOLISH_DOUBLE: Turn = (
    "What did the committee want Kazakhstan to change about double criminality?",
    "It recommended that the State party "
    '"amend legislation in order to abolish the requirement of double criminality for extradition '
    'and/or prosecution of offences committed abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_COE_TRAFFICKING: Turn = (
    "Was Kazakhstan asked to join any European treaty on trafficking?",
    "Yes; the list of treaties it was to ratify ends with "
    '"the Council of Europe Convention on Action against Trafficking in Human Beings ( 2005)." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (c))",
)
KAZ_PRECEDENCE: Turn = (
    "Does the Protocol take precedence over Kazakh law?",
    "Yes; the Committee noted with appreciation "
    '"The direct application and precedence of the Optional Protocol over domestic legislation." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (c))",
)
KAZ_HOTLINES: Turn = (
    "Did the committee want hotlines for child victims in Kazakhstan?",
    'Yes; "Free telephone hotlines;" are among the measures it urged (CRC/C/OPSC/KAZ/CO/1, para. 22 (d)).',
)
KAZ_DOUBLE_CONCERN: Turn = (
    "And what did Kazakhstan's observations say about double criminality?",
    "The Committee was "
    '"concerned that the requirement of double criminality, either for extradition or domestic '
    "prosecution of crimes allegedly committed abroad, hampers the prosecution of offences outlined in "
    'articles 1, 2 and 3 of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 17)',
)
KAZ_NO_BUDGET_INFO: Turn = (
    "Did Kazakhstan tell the committee what it spent on the Protocol?",
    "No: "
    '"The Committee regrets the lack of information provided on budget allocations for the '
    'implementation of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 13)',
)
KAZ_INTERNET_STUDY: Turn = (
    "What did the committee tell Kazakhstan about the Internet?",
    "To study it and legislate: it recommended that the State party "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    "provisions to combat these phenomena, including the full mandatory cooperation of Internet "
    'providers in this regard;" (CRC/C/OPSC/KAZ/CO/1, para. 16 (b))',
)
KAZ_FORCED_LABOUR_CODE: Turn = (
    "Does Kazakhstan's Criminal Code cover selling children for forced labour?",
    "Not sufficiently: "
    '"Article 133 of the Criminal Code does not cover sufficiently the sale of children for the purpose '
    'of forced labour (art. 3, 1 (a) (i) c OP);" (CRC/C/OPSC/KAZ/CO/1, para. 15 (a))',
)
KAZ_VICTIM_SERVICES: Turn = (
    "What services for victims did the committee list for Kazakhstan?",
    'Among others, "Medical and psychosocial attention;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (c)) and '
    '"Accessible crisis centres;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (e))',
)

# CRC/C/OPSC/TKM/CO/1
TKM_EARLY_DETECTION: Turn = (
    "What did the committee recommend to Turkmenistan on spotting child victims early?",
    "It recommended that the State party "
    '"Establish mechanisms and procedures for the early detection and identification of child victims '
    "of offences prohibited under the Optional Protocol, including by establishing cooperation "
    'mechanisms between law enforcement agencies and relevant ministries." '
    "(CRC/C/OPSC/TKM/CO/1, para. 36 (a))",
)
TKM_COMPLAINTS: Turn = (
    "Did the committee ask Turkmenistan for complaint mechanisms children can use?",
    "Yes; it recommended that the State party "
    '"Ensure that complaints mechanisms are available and easily accessible to children whose rights '
    'may have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
TKM_ILO_CONVENTIONS: Turn = (
    "When did Turkmenistan join the ILO child labour conventions?",
    "In 2010 and 2012; the Committee welcomed its accession to "
    '"International Labour Organization (ILO) Convention No. 182 (1999) concerning the Prohibition and '
    "Immediate Action for the Elimination of the Worst Forms of Child Labour, in November 2010, and ILO "
    'Convention No. 138 concerning Minimum Age for Admission to Employment, in March 2012;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 4 (b))",
)
TKM_LAST_SECTION: Turn = (
    "What's the last section of the Turkmenistan observations about?",
    "It is section XI, on the next report: the Committee "
    '"requests the State party to include further information on the implementation of the Protocol '
    "and the present concluding observations in its next periodic report under the Convention on the "
    'Rights of the Child" (CRC/C/OPSC/TKM/CO/1, para. 47)',
)
TKM_DIALOGUE: Turn = (
    "How did the committee find the dialogue with Turkmenistan?",
    "Constructive: "
    '"The Committee also appreciates the constructive dialogue held with the multisectoral delegation '
    'of the State party." (CRC/C/OPSC/TKM/CO/1, para. 2)',
)
TKM_LEAFLETS: Turn = (
    "How had Turkmenistan raised awareness about trafficking?",
    "Through many channels: the Committee welcomed its efforts "
    '"through various channels including performances, concerts, seminars, workshops, training '
    'sessions, leaflets and brochures." (CRC/C/OPSC/TKM/CO/1, para. 16)',
)
TKM_CONSIDERED: Turn = (
    "When was Turkmenistan's report considered?",
    "In January 2015: the Committee "
    '"considered the initial report of Turkmenistan (CRC/C/OPSC/TKM/1) at its 1939th meeting (see '
    'CRC/C/SR.1939) held on 14 January 2015" (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_GUIDELINES: Turn = (
    "Was Turkmenistan's report up to standard?",
    "Detailed, but not in the expected format: the Committee "
    '"regrets that the report does not follow the established reporting guidelines." '
    "(CRC/C/OPSC/TKM/CO/1, para. 2)",
)
TKM_COOPERATION: Turn = (
    "Did the committee want Turkmenistan to cooperate internationally?",
    "Yes; it encouraged the State party "
    '"to continue to strengthen international cooperation through multilateral, regional and bilateral '
    'arrangements, especially with neighbouring countries" (CRC/C/OPSC/TKM/CO/1, para. 43)',
)
TKM_RESOURCES_URGED: Turn = (
    "What did the committee urge Turkmenistan to do about resources?",
    "To allocate enough: the Committee "
    '"urges the State party to ensure that sufficient resources are allocated for the implementation of '
    'all areas covered by the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 21)',
)
TKM_ONLINE_NOT_CRIMINALIZED: Turn = (
    "Is online exploitation a crime in Turkmenistan?",
    "Not explicitly; the Committee was concerned that "
    '"Use of the Internet for the dissemination of child pornography or other forms of sexual '
    "exploitation (e.g. recruitment for child prostitution) has not been sufficiently addressed and is "
    'not explicitly criminalized." (CRC/C/OPSC/TKM/CO/1, para. 26 (d))',
)
TKM_PUBLISH: Turn = (
    "Did the committee want Turkmenistan's observations made public?",
    "Yes; it recommended that they "
    '"be made widely available, including, but not exclusively, through the Internet, to the public at '
    'large, civil society organizations, youth groups, professional groups and children" '
    "(CRC/C/OPSC/TKM/CO/1, para. 46)",
)

# A/HRC/50/33/Add.1
SR_FORCED_BEGGING: Turn = (
    "Did the rapporteur mention forced begging by children in Tajikistan?",
    "Yes: "
    '"The Special Rapporteur is concerned about the limited action taken to prevent the trafficking of '
    "children with disabilities, in particular for forced begging, and highlights the need for "
    'prevention measures engaging in particular with children in street situations." '
    "(A/HRC/50/33/Add.1, para. 52)",
)
SR_STATELESSNESS: Turn = (
    "Did the rapporteur raise statelessness?",
    "Yes; she recommended that the Government "
    '"Continue efforts to reduce statelessness, and continue to ensure the birth registration of all '
    'children;" (A/HRC/50/33/Add.1, para. 88 (c))',
)
SR_INSPECTORATE: Turn = (
    "Can the labour inspectorate in Tajikistan actually reach farms?",
    "Barely: "
    '"the Tajik labour inspectorate has very limited capacity and resources and limited reach in rural '
    'areas and in sectors at risk, such as in domestic households and the agricultural sector." '
    "(A/HRC/50/33/Add.1, para. 42)",
)
SR_BILATERAL_RF: Turn = (
    "What has Tajikistan done to make labour migration safer?",
    "Quite a lot, by the Rapporteur's account: "
    '"The measures taken to promote safe migration, including the adoption of bilateral agreements with '
    "the Russian Federation and the conduct of awareness-raising and education initiatives and "
    "pre-departure orientation programmes by the Migration Service, are an important step to prevent "
    'trafficking for forced labour." (A/HRC/50/33/Add.1, para. 35)',
)
SR_INTERNAL_NEGLECTED: Turn = (
    "does the rapporteur cover trafficking inside tajikistan or just abroad?",
    "Both, but she found the internal side neglected: "
    '"The Special Rapporteur is concerned by the limited attention given to internal trafficking within '
    "Tajikistan, in particular trafficking for purposes of sexual exploitation, forced marriage and "
    "forced labour and servitude, the dominant focus being on the risks of trafficking for labour "
    'exploitation of Tajik nationals abroad." (A/HRC/50/33/Add.1, para. 9)',
)
SR_REMITTANCES: Turn = (
    "how much do remittances matter to tajikistan's economy?",
    "A great deal: "
    '"It is estimated that remittance revenues that are sent by Tajik migrants in the Russian '
    "Federation to their homes in Tajikistan are equal to 30 per cent of the gross domestic product of "
    'Tajikistan." (A/HRC/50/33/Add.1, para. 7)',
)
SR_FINANCIAL_INVESTIGATIONS: Turn = (
    "Did the rapporteur say anything about following the money in trafficking cases?",
    "Yes; she recommended that the Government "
    '"Continue strengthening international cooperation to ensure effective investigations into crimes '
    "of trafficking of a transnational nature, including financial investigations, and to ensure access "
    'to redress for victims, including compensation;" (A/HRC/50/33/Add.1, para. 89 (b))',
)
SR_PREDEPARTURE_WOMEN: Turn = (
    "Do pre-departure programmes in Tajikistan address the risks for women?",
    "Not enough: "
    '"Limited attention is given, however, to the specific risks faced by women migrant workers by the '
    'State Migration Service and in pre-departure orientation programmes." (A/HRC/50/33/Add.1, para. 37)',
)
SR_CHILD_MARRIAGE_RURAL: Turn = (
    "Is child marriage still happening in Tajikistan?",
    "Yes; the Special Rapporteur "
    '"is concerned about continuing reports of child marriage, in particular in rural and remote '
    "areas, and the attendant risks of trafficking for purposes of sexual exploitation and forced "
    'labour." (A/HRC/50/33/Add.1, para. 51)',
)
SR_STARTUP_FUND: Turn = (
    "Is anything being done for the families migrants leave behind?",
    "Some new programmes: "
    '"New programmes, developed with the support of the Start-Up Fund for Safe, Orderly and Regular '
    "Migration, for the families of migrant workers, and in particular members of female-headed "
    "households remaining in Tajikistan, are measures that help to prevent further risks of "
    'trafficking, in particular in rural areas and in the informal economy." (A/HRC/50/33/Add.1, para. 41)',
)
SR_GLOBAL_COMPACT: Turn = (
    "Which international commitments on migration does Tajikistan support?",
    "The Rapporteur welcomed "
    '"its support of objective 10 of the Global Compact on Safe Orderly and Regular Migration, under '
    "which States committed to prevent, combat and eradicate trafficking in persons in the context of "
    'international migration." (A/HRC/50/33/Add.1, para. 5)',
)
SR_C189: Turn = (
    "Has Tajikistan ratified the ILO convention on domestic workers?",
    "No: "
    '"Tajikistan has not yet ratified the ILO Domestic Workers Convention, 2011 (No. 189), or the '
    'Convention on the Rights of Persons with Disabilities." (A/HRC/50/33/Add.1, para. 29)',
)
SR_FAIR_RECRUITMENT: Turn = (
    "What did she recommend on recruitment agencies?",
    "She recommended that the Government "
    '"Strengthen the licensing and monitoring of recruitment agencies, and implement the ILO general '
    'principles and operational guidelines on fair recruitment;" (A/HRC/50/33/Add.1, para. 91 (c))',
)
SR_NRM_2016: Turn = (
    "When was Tajikistan's national referral mechanism set up?",
    "In 2016: "
    '"A national referral mechanism was established in 2016 by Governmental Act No. 327." '
    "(A/HRC/50/33/Add.1, para. 60)",
)
SR_SHELTER_OCCUPANCY: Turn = (
    "How full was the Dushanbe shelter in 2021?",
    "Nearly empty: "
    '"Although provision is made for 27 staff and 30 places for the accommodation of '
    "victims/survivors, the Special Rapporteur was informed that only 5 victims were accommodated in "
    'the shelter in 2021." (A/HRC/50/33/Add.1, para. 65)',
)
SR_COMPENSATION_REC: Turn = (
    "What did she recommend on compensation?",
    "She recommended that Tajikistan "
    '"ensure that measures are taken to guarantee effective access to compensation for victims of '
    'trafficking, including for wage theft and the full range of harms suffered by victims" '
    "(A/HRC/50/33/Add.1, para. 90)",
)
SR_CHILD_PROTECTION_SYSTEMS: Turn = (
    "What did the rapporteur recommend on child protection systems?",
    "She recommended that the Government "
    '"Strengthen child protection systems, and ensure specialized training on the identification, '
    "assistance and protection of children who are victims and who are at risk of trafficking, for all "
    "professionals coming into contact with children, including in particular in health-care, "
    'education and child protection sectors." (A/HRC/50/33/Add.1, para. 87 (g))',
)
SR_VISITS_REFUSED: Turn = (
    "Were there places she wasn't allowed to visit?",
    "Two; she "
    '"regrets that a visit to the State-run shelter for victims of trafficking in persons was not '
    "facilitated during her stay in Dushanbe and that the request to visit the institution hosting the "
    'children repatriated from Iraq was not granted." (A/HRC/50/33/Add.1, para. 4)',
)
SR_RESEARCH_INTERNAL: Turn = (
    "Is there research on internal trafficking in Tajikistan?",
    "Little: "
    '"There is limited research available on internal trafficking, trafficking for purposes of sexual '
    'exploitation and of trafficking risks faced by persons with disabilities." '
    "(A/HRC/50/33/Add.1, para. 34)",
)
SR_CENTRE_TRAINING: Turn = (
    "Who coordinates police training on trafficking in Tajikistan?",
    "The specialized Centre: "
    '"The strengthening of investigation and prosecution capacity is progressing, with the support of '
    "the specialized Centre, which also coordinates training and professional development for the "
    'police." (A/HRC/50/33/Add.1, para. 78)',
)
SR_HOTLINE: Turn = (
    "Is there a trafficking hotline in Tajikistan?",
    "Yes; the Rapporteur commended "
    '"the launch of a dedicated hotline for victims of trafficking and persons at risk of trafficking. '
    'The hotline is regularly advertised, primarily on the radio and television." '
    "(A/HRC/50/33/Add.1, para. 77)",
)
SR_FOREIGN_RESIDENCE: Turn = (
    "Can foreign trafficking victims stay in Tajikistan?",
    "To a limited extent: article 31 of the Anti-Trafficking Law "
    '"addresses the repatriation of foreign citizens and stateless persons who have become victims of '
    'trafficking in persons and provides for limited rights of residence." (A/HRC/50/33/Add.1, para. 70)',
)
SR_COMMISSION_PRESIDENT: Turn = (
    "Who coordinates anti-trafficking work in Tajikistan?",
    "An interministerial commission: "
    '"the Interministerial Commission for Combating Trafficking in Persons is placed under the Office '
    'of the President." (A/HRC/50/33/Add.1, para. 33)',
)

# The national plan of action 2018-2022 (three tables)
PC_CLIMATE: Turn = (
    "Does the plan connect children's rights with climate change at all?",
    "One activity under row 26 does: "
    '"Within the framework of measures provided for in the National Strategy of the Republic of '
    "Tajikistan for Adaptation to Climate Change for the period until 2030, provision and realization "
    'of the interests of children, in particular children with disabilities and girls" '
    "(National Plan of Action 2018-2022 (CRC), row 26)",
)
PO_COTTON_MONITORING: Turn = (
    "Does the OPSC table of the plan address forced child labour in cotton?",
    "Yes; row 8 begins: "
    '"Conducting monitoring and assessment to determine the use of forced child labour during the '
    'cotton harvesting season" (National Plan of Action 2018-2022 (OPSC), row 8)',
)
PO_ALTERNATIVE_FUNDING: Turn = (
    "Does the plan look for money beyond the State budget for the Protocol?",
    "Row 6 provides for "
    '"Attracting alternative sources of funding for the implementation of the Optional Protocol" '
    "(National Plan of Action 2018-2022 (OPSC), row 6)",
)
PO_LEGAL_REVIEW: Turn = (
    "Does the plan's OPSC table include a legal review?",
    "Yes; row 2 starts with: "
    '"Review the national legislation related to issues of the child on the sale of children, child '
    'prostitution and child pornography and, if necessary, to improve it" '
    "(National Plan of Action 2018-2022 (OPSC), row 2)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or place the index does not hold --
    (
        "Interesting. Were the Brazilians pressed on organ trafficking as well when their report came "
        "up?",
        (TJK_ORGANS,),
        "uncovered country named only through its people ('the Brazilians', Brazil), after a Tajikistan "
        "turn (sale of children for the transfer of organs not covered)",
    ),
    (
        "forced begging is huge with the talibé kids - has the government in Dakar been told anything "
        "about it by the committee?",
        (SR_FORCED_BEGGING,),
        "uncovered country named only through its government ('the government in Dakar', Senegal), "
        "lower-case start with an accented word, after a Special Rapporteur turn (forced begging)",
    ),
    (
        "We run a drop-in service for unaccompanied minors at Milano Centrale. Has the Committee asked "
        "the authorities there to set up anything similar for early identification?",
        (TKM_EARLY_DETECTION,),
        "uncovered place by a city in its own language, named in passing in the name of its station "
        "('Milano Centrale', Milan, Italy), after a preamble about the user's own work and a "
        "Turkmenistan turn (early detection and identification of child victims)",
    ),
    (
        "similar issue w/ stateless kids in sabah. anything from the UN on birth registration for them?",
        (SR_STATELESSNESS,),
        "uncovered place by a region of a State in lower case ('sabah', a state of Malaysia, which no "
        "table asks about), with an abbreviation ('w/'), after a Special Rapporteur turn (statelessness "
        "and birth registration)",
    ),
    (
        "And Madagaskar? I read about babies being sold for adoption there - what did the CRC recommend?",
        (TJK_ILLEGAL_ADOPTION,),
        "uncovered country misspelt as another language spells it ('Madagaskar', Madagascar; one letter "
        "changed), after a Tajikistan turn (sale of children through illegal adoption)",
    ),
    (
        "ghana has the same problem with kids on cocoa farms and the lake volta boats. did the un say "
        "anything to ghana about labour inspection?",
        (SR_INSPECTORATE,),
        "uncovered country in lower case, named twice ('ghana', Ghana), journalist style, after a "
        "Special Rapporteur turn (the labour inspectorate's limited reach in agriculture)",
    ),
    (
        "ok and NICARAGUA - same groups flagged?",
        (KAZ_VULNERABLE,),
        "uncovered country in capitals ('NICARAGUA', Nicaragua), terse, after a Kazakhstan turn "
        "(street children, foreign children and ethnic minorities as vulnerable groups)",
    ),
    (
        "And the other party to those agreements - has the Committee reviewed it under the Protocol, and "
        "what did it say about the children of migrant workers there?",
        (SR_BILATERAL_RF,),
        "uncovered country as 'the other party' to the agreements the history names (the Russian "
        "Federation, named in A/HRC/50/33/Add.1 para. 35 only as Tajikistan's partner in bilateral "
        "agreements; scope2 asked it as 'the Russians'), asked for its own review; two questions",
    ),
    (
        "For the regional module I'm building: what have the Pacific island states been told on online "
        "child sexual exploitation? A table by country would be ideal.",
        (TJK_ONLINE_STRATEGY,),
        "uncovered group of States ('the Pacific island states'), trainer style asking for a table, "
        "after a Tajikistan turn (strategy on online child sexual exploitation)",
    ),
    (
        "Thanks, that's helpful. I'm flying to Kigali on Monday for a regional workshop with the "
        "national commission for children, and it would help to have what the Committee told the "
        "authorities there about child-friendly complaints, ideally with paragraph numbers.",
        (TKM_COMPLAINTS,),
        "uncovered country by its capital mentioned in passing in a longer message (Kigali, Rwanda), "
        "after a Turkmenistan turn (complaints mechanisms accessible to children)",
    ),
    (
        "How does that compare with what Belgium was told on extraterritorial jurisdiction? I'm after "
        "the Belgian side only, I already have Kazakhstan's.",
        (KAZ_ABOLISH_DOUBLE,),
        "uncovered country as the side of a comparison that is not held (Belgium); the covered side is "
        "the history's Kazakhstan turn (abolishing double criminality), and the question asks only for "
        "Belgium's",
    ),
    (
        "sorry, I meant Haiti, not Tajikistan - the restavek kids in domestic servitude. what has the "
        "UN said there?",
        (SR_INTERNAL_NEGLECTED,),
        "uncovered country in a correction ('sorry, I meant Haiti, not Tajikistan'), after a Special "
        "Rapporteur turn (internal trafficking for forced labour and servitude); nothing on Haiti is held",
    ),
    # -- a body, organisation, person or named text not held --
    (
        "What's the World Bank's own figure for 2023, in its migration and development brief?",
        (SR_REMITTANCES,),
        "uncovered organisation and its own publication (the World Bank's Migration and Development "
        "Brief), never mentioned; after a Special Rapporteur turn (remittances equal to 30 per cent of "
        "GDP)",
    ),
    (
        "what about interpol - has it flagged tajik child trafficking networks? any notices or operations",
        (TJK_NEIGHBOURS,),
        "uncovered international police organisation in lower case ('interpol', INTERPOL), never "
        "mentioned; journalist style, after a Tajikistan turn (cooperation with neighbouring countries)",
    ),
    (
        "Does the FATF's mutual evaluation of Tajikistan rate how well it goes after the proceeds of "
        "human trafficking?",
        (SR_FINANCIAL_INVESTIGATIONS,),
        "uncovered intergovernmental body by acronym in a possessive (the FATF, the Financial Action "
        "Task Force) and its evaluation, never mentioned; after a Special Rapporteur turn (financial "
        "investigations)",
    ),
    (
        "has UN Women run anything on this in tajikistan? what did their programme evaluations find",
        (SR_PREDEPARTURE_WOMEN,),
        "uncovered UN entity (UN Women), never mentioned; mixed case, two questions, after a Special "
        "Rapporteur turn (pre-departure programmes neglect risks for women)",
    ),
    (
        "Has President Rahmon himself spoken out on child marriage? I'd like a quote from one of his "
        "speeches.",
        (SR_CHILD_MARRIAGE_RURAL,),
        "uncovered named person (Emomali Rahmon, President of Tajikistan), never named; "
        "A/HRC/50/33/Add.1 para. 33 mentions only the Office of the President; after a Special "
        "Rapporteur turn (child marriage in rural areas)",
    ),
    (
        "How much did the Start-Up Fund put into that, and what do its own project reports say the "
        "programmes achieved?",
        (SR_STARTUP_FUND,),
        "a fund the held documents mention only in passing (the Start-Up Fund for Safe, Orderly and "
        "Regular Migration, named in A/HRC/50/33/Add.1 para. 41), asked for its figures and its own "
        "reports; two questions",
    ),
    (
        "can u paste the actual text of objective 10 from the compact itself, with the list of actions "
        "under it?",
        (SR_GLOBAL_COMPACT,),
        "a named text the held documents mention only in passing (objective 10 of the Global Compact "
        "for Safe, Orderly and Regular Migration, named in A/HRC/50/33/Add.1 para. 5), asked for its own "
        "words; lower case with an abbreviation ('u')",
    ),
    (
        "What does C189 itself require on weekly rest for live-in domestic workers? Need the article for "
        "a factsheet.",
        (SR_C189,),
        "a named text the held documents mention only in passing (the ILO Domestic Workers Convention, "
        "2011 (No. 189), named in A/HRC/50/33/Add.1 para. 29), by its short code ('C189'), asked for "
        "its own words",
    ),
    (
        "Which of those ILO principles deals with recruitment fees being charged to workers? Please "
        "quote it.",
        (SR_FAIR_RECRUITMENT,),
        "a named text the held documents mention only in passing (the ILO general principles and "
        "operational guidelines on fair recruitment, named in A/HRC/50/33/Add.1 para. 91 (c)), asked "
        "for its own words",
    ),
    (
        "What does the CoE trafficking convention say in its own article on not penalising victims? "
        "Quote please",
        (KAZ_COE_TRAFFICKING,),
        "a named text the held documents mention only in passing (the Council of Europe Convention on "
        "Action against Trafficking in Human Beings, named in CRC/C/OPSC/KAZ/CO/1 para. 16 (c)), by an "
        "abbreviation ('the CoE trafficking convention'), asked for its own words; British spelling "
        "('penalising')",
    ),
    (
        "What does that climate adaptation strategy itself set out for children? Are there targets for "
        "girls?",
        (PC_CLIMATE,),
        "a named text the held documents mention only in passing (the National Strategy of the "
        "Republic of Tajikistan for Adaptation to Climate Change until 2030, named in the plan's CRC "
        "row 26), asked for its own contents; two questions",
    ),
    (
        "I'd like to compare it with the model in the ODIHR handbook on national referral mechanisms - "
        "what does ODIHR recommend as the core elements?",
        (SR_NRM_2016,),
        "uncovered office by acronym and its handbook (ODIHR, the OSCE Office for Democratic "
        "Institutions and Human Rights), never mentioned (A/HRC/50/33/Add.1 paras. 3 and 77 name the "
        "OSCE only); the question asks only for ODIHR's model, after a Special Rapporteur turn (the "
        "national referral mechanism of 2016)",
    ),
    # -- a version, meeting or period; a paragraph, sub-paragraph, section or activity past the end --
    (
        "The report was also circulated in Russian. Could you give me that sentence from the official "
        "Russian version? I need the exact Russian wording for our translation.",
        (SR_SHELTER_OCCUPANCY,),
        "uncovered version of a held document (the Russian-language version of A/HRC/50/33/Add.1, "
        "whose footnote says the report is circulated in the language of submission and Russian only); "
        "the index holds the English text only; after a Special Rapporteur turn (shelter occupancy in "
        "2021)",
    ),
    (
        "And what did the Committee take up at its 2252nd meeting, the very next one?",
        (TJK_ADOPTED_MEETING,),
        "uncovered meeting (the Committee's 2252nd, after the 2251st at which CRC/C/OPSC/TJK/CO/1 was "
        "adopted), after the turn quoting para. 1",
    ),
    (
        "So in the noughties, before it joined those, what was the CRC saying to Turkmenistan about "
        "child labour?",
        (TKM_ILO_CONVENTIONS,),
        "uncovered period by an informal British name ('the noughties', the 2000s) for Turkmenistan, "
        "whose held observations are of 2015 (scope5 asked 'before 2000', scope6 'the 2020s'); after a "
        "Turkmenistan turn (ILO conventions joined in 2010 and 2012); the held observations welcome a "
        "2005 decree (para. 5 (b)) but do not give what the Committee said in the 2000s, and the earlier "
        "CRC/C/TKM/CO/1, cited in para. 15 on another subject, is not held",
    ),
    (
        "Wasn't the plan revised in 2020? I need the updated version of that row, not the 2018 original.",
        (PO_COTTON_MONITORING,),
        "uncovered version of the plan (a 2020 revision), not held; the index holds the plan approved "
        "in 2018; after a plan (OPSC table) turn (monitoring forced child labour in the cotton harvest)",
    ),
    (
        "ok and § 97? my printout cuts off",
        (SR_COMPENSATION_REC,),
        "nonexistent paragraph (97) of A/HRC/50/33/Add.1, which has 92, written with a section sign "
        "('§ 97'); terse, after the turn quoting para. 90",
    ),
    (
        "Is there an (h) after that one? pls quote it too",
        (SR_CHILD_PROTECTION_SYSTEMS,),
        "nonexistent sub-paragraph (87 (h)) of A/HRC/50/33/Add.1, whose para. 87 stops at (g); after "
        "the turn quoting 87 (g), with an abbreviation ('pls')",
    ),
    (
        "And section XII, what's in that one?",
        (TKM_LAST_SECTION,),
        "nonexistent section (XII) of CRC/C/OPSC/TKM/CO/1, whose last section is XI ('Next report'); "
        "after the turn quoting it",
    ),
    (
        "and the 3rd activity under that row? who's responsible for it",
        (PO_ALTERNATIVE_FUNDING,),
        "nonexistent activity (a third) of the plan's OPSC row 6, which has two; lower case, two "
        "questions, after the turn quoting the second",
    ),
    # -- a kind of document not held --
    (
        "is there a webcast or video of that dialogue? i want to hear how the delegation answered on the "
        "cotton harvest",
        (TKM_DIALOGUE,),
        "document kind not held (an audiovisual recording of the dialogue with Turkmenistan's "
        "delegation); CRC/C/OPSC/TKM/CO/1 para. 2 only calls it constructive; journalist style",
    ),
    (
        "Did local media like Asia-Plus report on that at the time? What did their articles say?",
        (SR_VISITS_REFUSED,),
        "document kind not held (news articles of the local press, one outlet named, Asia-Plus); two "
        "questions, after a Special Rapporteur turn (visits to the shelter and to the institution "
        "hosting children repatriated from Iraq not granted)",
    ),
    (
        "Still, there must be some academic work. Can you pull findings from peer-reviewed articles or "
        "PhD theses on internal trafficking in Tajikistan?",
        (SR_RESEARCH_INTERNAL,),
        "document kind not held (academic research: peer-reviewed articles and theses); "
        "A/HRC/50/33/Add.1 para. 34 only says research is limited",
    ),
    (
        "Can I see the training manual or curriculum the Centre uses? I'd like to check the module on "
        "victim interviews.",
        (SR_CENTRE_TRAINING,),
        "document kind not held (a police training manual or curriculum); A/HRC/50/33/Add.1 para. 78 "
        "only says the Centre coordinates training",
    ),
    (
        "Could you show me one of those leaflets? I'd like to see what they actually told children.",
        (TKM_LEAFLETS,),
        "document kind not held (awareness-raising material, a leaflet); CRC/C/OPSC/TKM/CO/1 para. 16 "
        "only lists the channels used",
    ),
    (
        "Have any individual complaints from Tajik children been decided under it yet? I'd like to read "
        "the Committee's views in one of those cases.",
        (TJK_OPIC_JOIN,),
        "document kind not held (the Committee's views on individual communications under the "
        "communications procedure); CRC/C/OPSC/TJK/CO/1 para. 35 only recommends ratifying that "
        "Protocol; two questions",
    ),
    (
        "Did Kazakhstan lodge any declaration or reservation when it ratified? Looking for the "
        "depositary notification text.",
        (KAZ_PRECEDENCE,),
        "document kind not held (a depositary notification of a declaration or reservation on "
        "ratification); CRC/C/OPSC/KAZ/CO/1 gives no ratification record",
    ),
    (
        "How many calls did it get each month in 2021? I need the call log figures from the Ministry.",
        (SR_HOTLINE,),
        "document kind not held (administrative records: the hotline's call logs); A/HRC/50/33/Add.1 "
        "para. 77 gives no call figures",
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
        "sorry, I meant turkmenistan, not kazakhstan - did it have a helpline?",
        (KAZ_HOTLINES,),
        "Turkmenistan",
        u(M, 41),
        u(M, 42),
        ["helpline covering all offences"],
        "covered country in a lower-case correction ('sorry, I meant turkmenistan, not kazakhstan'), "
        "after a Kazakhstan turn (free telephone hotlines)",
    ),
    (
        "same for the other one?",
        (TKM_CONSIDERED, KAZ_DOUBLE_CONCERN),
        "Turkmenistan",
        u(M, 32),
        u(M, 33),
        ["article 8 of the Criminal Code"],
        "covered country as 'the other one', named only in the first of two turns (Turkmenistan: when "
        "its report was considered; then Kazakhstan: double criminality); terse",
    ),
    (
        "I assume Turkmenistan didn't give figures either? Which areas did the Committee want to know "
        "the resources for?",
        (KAZ_NO_BUDGET_INFO,),
        "Turkmenistan",
        u(M, 20),
        u(M, 21),
        ["research and data collection"],
        "covered country in a rhetorical framing ('I assume Turkmenistan didn't ...'), two questions, "
        "after a Kazakhstan turn (no information on budget allocations)",
    ),
    (
        "and does turkmenistan have an independent body like that for kids' complaints? what did the "
        "committee say",
        (TJK_COMMISSIONER,),
        "Turkmenistan",
        u(M, 14),
        u(M, 15),
        ["independent national institution"],
        "covered country in lower case, two questions, after a Tajikistan turn (the Commissioner for "
        "Children's Rights)",
    ),
    (
        "Was Turkmenistan any better on that front in its 2015 obs?",
        (TJK_NO_STRATEGY,),
        "Turkmenistan",
        u(M, 10),
        u(M, 11),
        ["comprehensive strategy"],
        "covered country with its year and an abbreviation ('its 2015 obs'), after a Tajikistan turn "
        "(no comprehensive policy and strategy)",
    ),
    (
        "does the turkmenistan doc have the same bit about internet providers? word for word would be gr8",
        (KAZ_INTERNET_STUDY,),
        "Turkmenistan",
        u(M, 27),
        u(M, 26),
        ["Internet providers"],
        "covered country and document as 'the turkmenistan doc', lower case with an abbreviation "
        "('gr8'), after a Kazakhstan turn (a study of the Internet and cooperation of Internet "
        "providers); para. 27 (b) has almost the same words",
    ),
    (
        "Did the Committee level the same criticism at Turkmenistan, that its efforts centred on "
        "trafficking rather than on sale as the Protocol defines it?",
        (TJK_TRAFFICKING_FOCUS,),
        "Turkmenistan",
        u(M, 8),
        u(M, 9, 35),
        ["almost exclusively on trafficking"],
        "covered country by name, British spelling ('centred'), after a Tajikistan turn (legislation "
        "focused overwhelmingly on trafficking)",
    ),
    # -- to Kazakhstan --
    (
        "the 2006 kazakh one had a shorter list I think? which categories",
        (TJK_DATA_BREAKDOWN,),
        "Kazakhstan",
        u(K, 12),
        u(K, 11),
        ["by age, sex, minority group"],
        "covered country and document as 'the 2006 kazakh one', lower case, rhetorical ('I think?'), "
        "after a Tajikistan turn (categories of data disaggregation)",
    ),
    (
        "What about Kazakhstan's: who were they to be sent to, and was the report to be published for "
        "the public too?",
        (TJK_TRANSMIT,),
        "Kazakhstan",
        u(K, 30, 31),
        [],
        ["provincial authorities", "youth groups"],
        "covered country in a possessive ('Kazakhstan's', its recommendations), two questions, after a "
        "Tajikistan turn (transmitting the recommendations to parliament and the districts)",
    ),
    (
        "Switching to Kazakhstan: did the CRC say anything about foreign children, either as victims "
        "needing residence or as a vulnerable group?",
        (SR_FOREIGN_RESIDENCE,),
        "Kazakhstan",
        u(K, 22, 25),
        u(K, 21, 26),
        ["temporary residence permission", "foreign citizens"],
        "covered country after 'Switching to', before a colon, after a Special Rapporteur turn on "
        "Tajikistan (limited residence rights for foreign victims)",
    ),
    (
        "Same for KAZ - police cooperation, and crimes committed abroad?",
        (TKM_COOPERATION,),
        "Kazakhstan",
        u(K, 18, 29),
        u(K, 17),
        ["international judicial, police", "double criminality"],
        "covered country by its three-letter code alone ('KAZ'), terse, after a Turkmenistan turn "
        "(international cooperation)",
    ),
    (
        "Kazakhstan had a commission like that too, right? Did the Committee still find coordination "
        "lacking?",
        (SR_COMMISSION_PRESIDENT,),
        "Kazakhstan",
        u(K, 4, 5),
        u(K, 6),
        ["inter-agency commission to combat trafficking", "insufficient coordination"],
        "covered country in a rhetorical framing ('Kazakhstan had a commission like that too, right?'), "
        "two questions, after a Special Rapporteur turn on Tajikistan (the Interministerial Commission)",
    ),
    (
        "was kazakhstan's any better? and when was it looked at",
        (TKM_GUIDELINES,),
        "Kazakhstan",
        u(K, 1, 2),
        [],
        ["11 January 2006", "established reporting guidelines"],
        "covered country in a lower-case possessive (its report), two questions, after a Turkmenistan "
        "turn (report not following the reporting guidelines)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "Was Tajikistan any more forthcoming about its spending?",
        (TKM_RESOURCES_URGED,),
        "Tajikistan",
        u(T, 16),
        u(T, 17) + u(PO, 6),
        ["absence of information regarding the resources"],
        "covered country by name, after a Turkmenistan turn (sufficient resources urged); para. 16 says "
        "no information was given",
    ),
    (
        "what was tajikistan told to do about forced child labor, esp. in agriculture?",
        (KAZ_FORCED_LABOUR_CODE,),
        "Tajikistan",
        u(T, 21),
        u(T, 20, 27) + u(PO, 8),
        ["particularly in the agriculture sector"],
        "covered country in lower case, American spelling ('labor') and an abbreviation ('esp.'), after "
        "a Kazakhstan turn (sale of children for forced labour not covered)",
    ),
    (
        "Did the trafficking rapporteur find the same thing happening to victims of sexual exploitation "
        "more generally when she visited in 2021?",
        (TJK_CHILD_PROSTITUTION_PROSECUTED,),
        "Tajikistan",
        u(S, 59),
        u(S, 31, 56) + u(S, 85),
        ["article 238 of Criminal Code"],
        "a move from the committee's observations to the Special Rapporteur's report on the same "
        "country, named by mandate and year of the visit (victims prosecuted for prostitution)",
    ),
    (
        "and the un rapporteur who went to dushanbe in dec 2021 - did she say anything about online "
        "child abuse material?",
        (TKM_ONLINE_NOT_CRIMINALIZED,),
        "Tajikistan",
        u(S, 20),
        u(S, 49, 79),
        ["child sexual abuse material online"],
        "covered country and document as 'the un rapporteur who went to dushanbe in dec 2021', lower "
        "case with an abbreviation ('dec'), after a Turkmenistan turn (online exploitation not "
        "criminalized)",
    ),
    (
        "what about under the other protocol, the armed conflict one - is there a legislative review "
        "there too?",
        (PO_LEGAL_REVIEW,),
        "Tajikistan",
        u(PA, 1),
        [],
        ["consistent with the content and purpose of the Optional Protocol"],
        "a move within the plan from the OPSC table to the OPAC table, named as 'the other protocol, "
        "the armed conflict one', after a plan (OPSC table) turn (review of the legislation)",
    ),
    (
        "sorry, I meant Tajikistan's action plan, not the Kazakh observations: what support for "
        "trafficking victims does it provide?",
        (KAZ_VICTIM_SERVICES,),
        "Tajikistan",
        u(PC, 33),
        [],
        ["medical care and psychosocial support"],
        "covered country and document in a correction ('sorry, I meant Tajikistan's action plan, not "
        "the Kazakh observations'; its CRC table), after a Kazakhstan turn (services for victims)",
    ),
    (
        "I assume Tajikistan's plan commits to spreading its own concluding observations through the "
        "media as well - which row is that, and who's responsible?",
        (TKM_PUBLISH,),
        "Tajikistan",
        u(PC, 35),
        u(T, 37),
        ["mass media"],
        "covered country and document in a rhetorical framing ('I assume Tajikistan's plan commits "
        "to ...'; its CRC table), two questions, after a Turkmenistan turn (making the observations "
        "widely available)",
    ),
]
