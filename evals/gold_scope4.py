"""The fourth 'scope' table of the gold set (ids w001-w060), written from the documents alone.

Same shape as `gold_scope.py`, `gold_scope2.py` and `gold_scope3.py`, with new conversations and new
wordings: one to three earlier turns about what the index holds, each answered by quoting a document
verbatim with its reference, then a last question that moves the scope. w001-w040 name what the
index does not hold: a country from every region (by its official long name, such as the
Plurinational State of Bolivia or the United Republic of Tanzania; in lower case; misspelt, as
'Azerbaijian' or 'Afganistan'; by an adjective, as 'the Nigerian government'; 'Romanian' next to the
Roma of the held documents; Tatarstan, a name close to Tajikistan that is not a State; a group of
States, as the Baltic states or the EU member states), including countries the held report names
only as destinations or origins (the United Arab Emirates, India, Afghanistan), asked about their
own reviews; a body (the Committee on Enforced Disappearances, the Subcommittee on Prevention of
Torture, the European Court of Human Rights, GRETA); a mandate (the Special Rapporteur on the sale
and sexual exploitation of children, which is not the held trafficking mandate; the Independent
Expert on older persons; the Special Representative on violence against children; the Special
Rapporteur on the independence of judges and lawyers); a UPR cycle; a session or year (the
Committee's seventy-fifth session for Kazakhstan, a 2019 review, the Council's fifty-third session);
a document symbol (A/HRC/50/33/Add.3, E/C.12/TJK/CO/3, CRC/C/OPSC/KAZ/CO/2, and CRC/C/TKM/CO/2-4,
which a held document cites but which is not held); a paragraph or row past the end of a document; a
sub-paragraph past the last one of its paragraph (27 (f) of the Tajikistan observations, 22 (h) of
the Kazakhstan ones, 92 (c) of the Rapporteur's report); a kind of document not held (Kazakhstan's
own State party report, the draft trafficking plan for 2022-2024 the report mentions, the list of
issues sent to Turkmenistan): the answer must decline and cite nothing. w041-w060 move to another
covered country or document (named by name, in lower case, by adjective or by capital): the
carried-over topic is answered from that country's documents only.

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC)
rows. Last sub-paragraphs: CRC/C/OPSC/TJK/CO/1 para. 27 (d), CRC/C/OPSC/KAZ/CO/1 para. 22 (g),
A/HRC/50/33/Add.1 para. 92 (b).

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_UNICEF: Turn = (
    "Did the committee suggest Tajikistan get outside help with its data system?",
    "Yes, from UNICEF among others: "
    '"In that regard, the Committee recommends that the State party seek technical support from, inter '
    'alia, the United Nations Children\u2019s Fund." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_ROMA_GROUPS: Turn = (
    "Which Roma groups does the Tajikistan review name?",
    "Two; the Committee regretted the insufficient information on prevention for "
    '"children in vulnerable situations, including Roma children (Mughat and Lyuli), as well as refugee '
    'children." (CRC/C/OPSC/TJK/CO/1, para. 24)',
)
TJK_ONLINE_INFO: Turn = (
    "What information was missing on online abuse in Tajikistan?",
    "Among other things, the Committee noted "
    '"the lack of information on awareness-raising programmes for children on the responsible use of '
    'information and communications technologies and online child sexual exploitation." '
    "(CRC/C/OPSC/TJK/CO/1, para. 22)",
)
TJK_SALE_NOT_TRAFFICKING: Turn = (
    "Is the sale of children the same thing as trafficking?",
    "Not quite; the Committee called the sale of children "
    '"a concept that is similar, but not identical, to trafficking in children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 8).",
)
TJK_DISSEM_PUBLIC: Turn = (
    "Should the Tajikistan observations be made public?",
    "Yes, widely: "
    '"to the public at large, civil society organizations, youth groups, professional groups and '
    "children, in order to generate debate on and awareness of the Optional Protocol and its "
    'implementation and monitoring." (CRC/C/OPSC/TJK/CO/1, para. 37)',
)
TJK_FINAL: Turn = (
    "How do the Tajikistan OPSC observations end?",
    "With a request about the next report: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)
TJK_PORN_FORMS: Turn = (
    "Which acts involving child pornography should Tajikistan criminalize?",
    "The Committee listed them: "
    '"Distributing, importing, exporting, offering, selling, possessing or knowingly accessing/viewing '
    "child pornography, including virtual child pornography, and suggestive representations of children "
    'which do not necessarily depict children engaged in explicit sexual activity." '
    "(CRC/C/OPSC/TJK/CO/1, para. 27 (d))",
)
TJK_IOM: Turn = (
    "Does Tajikistan work with the IOM on trafficking?",
    "Yes; the Committee welcomed "
    '"The entering into an international assistance and cooperation agreement with the International '
    'Organization for Migration to, among other things, counter trafficking." '
    "(CRC/C/OPSC/TJK/CO/1, para. 4 (f))",
)
TJK_CC_AMEND: Turn = (
    "Did Tajikistan change its Criminal Code for the OPSC?",
    "Yes; the Committee welcomed "
    '"The adoption of amendments to the Criminal Code introducing new offences in line with the Optional '
    'Protocol;" (CRC/C/OPSC/TJK/CO/1, para. 4 (a)).',
)
TJK_CHILD_LAWS: Turn = (
    "Which laws on children and trafficking did the committee note for Tajikistan?",
    "Among the measures it welcomed: "
    '"The adoption of the Children\u2019s Rights Act (2015);" and "The adoption of the Human Trafficking '
    'and Assistance for Trafficking Victims Act (2014);" (CRC/C/OPSC/TJK/CO/1, para. 4 (b), (c)).',
)
TJK_COOP_PURPOSE: Turn = (
    "Why did the committee want Tajikistan to cooperate internationally?",
    "To make progress on prevention and prosecution: it encouraged stronger cooperation "
    '"with a view to making progress in respect of the prevention of offences covered by the Optional '
    "Protocol and the detection, investigation, prosecution and punishment of those responsible for any "
    'such offences." (CRC/C/OPSC/TJK/CO/1, para. 34)',
)
TJK_AGRI: Turn = (
    "And what did the committee recommend to Tajikistan on child labour in farming?",
    "It recommended that the State party "
    '"adopt appropriate measures to prevent the sale of children for the purpose of child forced labour, '
    'particularly in the agriculture sector" (CRC/C/OPSC/TJK/CO/1, para. 21).',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_HIV_REC: Turn = (
    "What did the committee want Kazakhstan to do for children stigmatized because of HIV/AIDS?",
    "Among other things, to "
    '"ensure that these children have equal access to education, health care and other social services." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 10)",
)
KAZ_COE: Turn = (
    "Which Council of Europe treaties did the committee mention to Kazakhstan?",
    "Two, among the instruments it recommended ratifying: "
    '"the Council of Europe Convention on Cyber Crime (2001); and the Council of Europe Convention on '
    'Action against Trafficking in Human Beings ( 2005)." (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)
KAZ_PRIVACY: Turn = (
    "What should Kazakhstan guarantee child victims in a criminal case?",
    "Among other things, the law should respect the child victim's right "
    '"to be appropriately supported throughout the process and to have his privacy and identity fully '
    'respected and protected." (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_COMMISSION: Turn = (
    "What institutional step against trafficking did the committee appreciate in Kazakhstan?",
    '"The establishment of an inter-agency commission to combat trafficking;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (b))",
)
KAZ_INVEST_SCARCE: Turn = (
    "Does Kazakhstan investigate the sale of children?",
    "Some, but too little: the Committee "
    '"remains concerned that the number of initiated investigations and prosecutions is scarce in '
    'relation to the extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_CORRUPTION: Turn = (
    "Was corruption part of the problem?",
    "Yes: the Committee "
    '"remains concerned about allegations of complicity by State officials in trafficking and that '
    'corruption impedes the effectiveness of prevention measures." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_OFFICIALS: Turn = (
    "What did the committee urge Kazakhstan to do about complicit officials?",
    "To investigate and punish: "
    '"the Committee urges the State party to ensure that any suspicion of complicity by State officials '
    'is investigated and sanctioned." (CRC/C/OPSC/KAZ/CO/1, para. 24)',
)
KAZ_NEXT_CONV: Turn = (
    "Did the committee want a separate OPSC report from Kazakhstan next time?",
    "No, it asked for the information in the Convention report: "
    '"In accordance with article 12, paragraph 2, the Committee requests the State party to include '
    "further information on the implementation of the Optional Protocol in its next periodic report "
    'under the Convention on the Rights of the Child" (CRC/C/OPSC/KAZ/CO/1, para. 32).',
)
KAZ_ADOPTED: Turn = (
    "When were the Kazakhstan OPSC observations adopted?",
    "In January 2006, "
    '"at its 1120th meeting, held on 27 January 2006" (CRC/C/OPSC/KAZ/CO/1, para. 1).',
)
KAZ_REINTEGRATION: Turn = (
    "What's the reintegration measure in the committee's list for Kazakhstan?",
    '"Social reintegration programmes for child victims;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (f))',
)
KAZ_FOLLOWUP_INFO: Turn = (
    "Did Kazakhstan give the committee anything more after the dialogue?",
    "Yes; the Committee "
    '"notes with appreciation the additional information submitted in writing as an immediate follow-up '
    'to the dialogue." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_REPORT_GUIDELINES: Turn = (
    "Was Kazakhstan's initial report well prepared?",
    "Not entirely: "
    '"The Committee welcomes the submission of the State party\u2019s initial report, however it regrets '
    'that it does not follow the established reporting guidelines." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_NO_RESEARCH: Turn = (
    "Had anyone studied child prostitution in Kazakhstan?",
    "Too little: the Committee regretted "
    '"the lack of research on the prevalence of national and cross-border trafficking, child prostitution '
    'and child pornography." (CRC/C/OPSC/KAZ/CO/1, para. 11)',
)
KAZ_FOREIGN_CHILDREN: Turn = (
    "Which children worried the committee most in Kazakhstan?",
    "Three groups: "
    '"The Committee is especially concerned about the vulnerability of street children, children who are '
    'foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_FOREIGN_SHELTER: Turn = (
    "Can foreign trafficking victims stay in Kazakhstan while their case is investigated?",
    "The Committee urged that they should, listing among the measures for victims "
    '"Access to shelter and temporary residence permission for foreign trafficking victims during the '
    'investigation period." (CRC/C/OPSC/KAZ/CO/1, para. 22 (g))',
)
KAZ_PLAN_2004: Turn = (
    "When did Kazakhstan adopt its trafficking plan?",
    "In 2004; the Committee noted with appreciation "
    '"The adoption of a National Plan of Action on Trafficking on 29 February 2004 and a subsequent Plan '
    'for 2006-2008;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (a)).',
)
KAZ_CHILD_VIEWS: Turn = (
    "Should a child victim in Kazakhstan be able to speak in the trial?",
    "The Committee asked for the law to be amended, "
    '"paying special attention to the right of the child victim to present his/her views, needs and '
    'concerns in a criminal procedure against the alleged perpetrator" (CRC/C/OPSC/KAZ/CO/1, para. 20).',
)

# CRC/C/OPSC/TKM/CO/1
TKM_DISSEM_PROF: Turn = (
    "Who should learn about the OPSC in Turkmenistan?",
    "Professionals in particular; the Committee recommended that the State party "
    '"Disseminate the Optional Protocol among all relevant professional groups, especially members of the '
    'police, judges, prosecutors, representatives of the media and social workers." '
    "(CRC/C/OPSC/TKM/CO/1, para. 17 (b))",
)
TKM_DOUBLE_REMOVE: Turn = (
    "What did the committee tell Turkmenistan about double criminality?",
    "To remove it: "
    '"The Committee recommends that the State party remove the requirement of double criminality for the '
    "prosecution of offences committed abroad under the Optional Protocol when exercising its "
    'extraterritorial jurisdiction." (CRC/C/OPSC/TKM/CO/1, para. 33)',
)
TKM_HELPLINE_GAP: Turn = (
    "Does Turkmenistan have a helpline for OPSC offences?",
    "Not one covering all of them: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_HELPLINE_STAFF: Turn = (
    "What should that helpline have, according to the committee?",
    "Among other things, "
    '"adequate financial and technical resources, and personnel trained to respond to children and '
    'analyse calls for appropriate action." (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_BIRTH_EDU: Turn = (
    "Did the committee see any progress on birth registration in Turkmenistan?",
    "Yes: "
    '"The Committee also notes as positive the significant increase in birth registration and the '
    "extension of compulsory education to 12 years, which are likely to reduce the level of "
    'vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_READWITH_CONV: Turn = (
    "Which Convention observations on Turkmenistan go with the OPSC ones?",
    "The Committee reminded the State party to read them with "
    '"its concluding observations on the State party\u2019s combined second to fourth periodic reports '
    "under the Convention on the Rights of the Child (CRC/C/TKM/CO/2\u20134), adopted on 19 January "
    '2015" (CRC/C/OPSC/TKM/CO/1, para. 3).',
)
TKM_LAST: Turn = (
    "How does the Turkmenistan document end?",
    "With the next report: the Committee requests further information "
    '"in its next periodic report under the Convention on the Rights of the Child, due by 28 January '
    '2018, as stipulated in article 44 of the Convention." (CRC/C/OPSC/TKM/CO/1, para. 47)',
)
TKM_DIALOGUE: Turn = (
    "Who did the committee talk to from Turkmenistan?",
    "A multisectoral delegation: "
    '"The Committee also appreciates the constructive dialogue held with the multisectoral delegation of '
    'the State party." (CRC/C/OPSC/TKM/CO/1, para. 2)',
)
TKM_REPORT_DETAIL: Turn = (
    "What did the committee think of Turkmenistan's initial report?",
    "It welcomed the report "
    '"providing detailed information regarding the fulfilment of the rights guaranteed by the Optional '
    'Protocol, as well as the written replies to the list of issues (CRC/C/OPSC/TKM/Q/1/Add.1)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 2).",
)
TKM_WRITTEN_REPLIES: Turn = (
    "Did Turkmenistan send the committee written replies?",
    "Yes; the Committee welcomed "
    '"the written replies to the list of issues (CRC/C/OPSC/TKM/Q/1/Add.1)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 2).",
)
TKM_ROOT_RESEARCH: Turn = (
    "Was Turkmenistan asked to study why children are exploited?",
    "Yes, the Committee encouraged it to "
    '"Undertake research on the extent and root causes of the exploitation of children, including forced '
    "labour, prostitution and pornography, in order to identify children at risk and assess the extent "
    'of the problem;" (CRC/C/OPSC/TKM/CO/1, para. 25 (a)).',
)
TKM_STATELESS: Turn = (
    "Has Turkmenistan joined the statelessness conventions?",
    "Yes; among the accessions and ratifications the Committee welcomed: "
    '"1954 Convention relating to the Status of Stateless Persons, in December 2011; and 1961 Convention '
    'on the Reduction of Statelessness, in August 2012;" (CRC/C/OPSC/TKM/CO/1, para. 4 (c)).',
)
TKM_SCHOOL_12: Turn = (
    "Did the committee say anything about schooling in Turkmenistan?",
    "It noted as positive "
    '"the extension of compulsory education to 12 years, which are likely to reduce the level of '
    'vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_LOCAL_COMMISSIONS: Turn = (
    "Where are child victims referred in Turkmenistan?",
    "To local bodies: the Committee noted that they "
    '"may be referred to local commissions with responsibilities for child protection or guardianship and '
    'trusteeship." (CRC/C/OPSC/TKM/CO/1, para. 39)',
)
TKM_NO_NHRI: Turn = (
    "Is there an independent national institution for children in Turkmenistan?",
    "No: "
    '"The Committee expresses its concern at the absence of an independent national institution for the '
    'promotion and monitoring of the implementation of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 14).",
)
TKM_MONITOR_MECH: Turn = (
    "What did it urge Turkmenistan to set up?",
    "An independent mechanism: it urged the State party to establish expeditiously "
    '"an independent mechanism for monitoring the implementation of the Optional Protocol, with a mandate '
    'to receive and investigate complaints by children of violations of their rights under the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 15)",
)

# A/HRC/50/33/Add.1
SR_SAFE_MIGRATION: Turn = (
    "What is Tajikistan doing to make labour migration safer?",
    "Among the measures to promote safe migration, the Special Rapporteur cited "
    '"the adoption of bilateral agreements with the Russian Federation and the conduct of '
    "awareness-raising and education initiatives and pre-departure orientation programmes by the "
    'Migration Service" (A/HRC/50/33/Add.1, para. 35).',
)
SR_AFGHAN_PERMITS: Turn = (
    "Can newly arrived Afghans get residence permits in Tajikistan?",
    "Not since mid-2021: "
    '"At the end of July 2021, local authorities suspended the issuance of residence permits to all newly '
    'arrived Afghans." (A/HRC/50/33/Add.1, para. 25)',
)
SR_AFGHAN_RETURNS: Turn = (
    "Were Afghan asylum seekers sent back from Tajikistan?",
    "The Special Rapporteur received such reports: "
    '"The Special Rapporteur has received reports of deportations, and the forced removal, of Afghan '
    "asylum seekers by Tajik authorities, without any assessment of asylum or other international "
    'protection claims having been conducted." (A/HRC/50/33/Add.1, para. 27)',
)
SR_SEX_EXPLOIT: Turn = (
    "Is enough done in Tajikistan to prevent trafficking for sexual exploitation?",
    "No, according to the Special Rapporteur: "
    '"Prevention measures aimed at countering the risks of trafficking for sexual exploitation internally '
    'have not received sufficient attention and receive very limited resources." '
    "(A/HRC/50/33/Add.1, para. 43)",
)
SR_GULF_WOMEN: Turn = (
    "Which Gulf countries did the trafficking rapporteur mention for Tajik women workers?",
    "Three, when she expressed concern about the limited consular assistance "
    '"in particular for migrant women workers in the Gulf region, in destination countries including '
    'Qatar, Saudi Arabia and the United Arab Emirates." (A/HRC/50/33/Add.1, para. 68)',
)
SR_RETURNED_FROM: Turn = (
    "Which countries were Tajik trafficking victims brought back from in 2020 and 2021?",
    "Three: "
    '"The Ministry of the Interior confirmed that, with financial support from the International '
    "Organization for Migration, in 2020 and 2021, 16 victims of trafficking were assisted in returning "
    'from India, Kazakhstan and Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_VISIT_DATES: Turn = (
    "When was the trafficking rapporteur in Tajikistan?",
    "In December 2021: she "
    '"conducted an official visit to the country, from 7 to 16 December 2021" (A/HRC/50/33/Add.1, '
    "para. 1).",
)
SR_SYRIA_PAUSE: Turn = (
    "Has the repatriation of Tajik women and children from the camps started?",
    "It started and then stopped: "
    '"The plans would continue the process of repatriation that commenced in 2019, but was subsequently '
    'suspended in 2020, due to the COVID-19 pandemic." (A/HRC/50/33/Add.1, para. 71)',
)
SR_IRAQ_CARE: Turn = (
    "Where are the children brought back from Iraq now?",
    "In State care: "
    '"The children are currently under the care of the State, and the majority remain in child '
    'protection institutions." (A/HRC/50/33/Add.1, para. 71) She was also concerned that '
    '"limited access to the children has been given to family members" (A/HRC/50/33/Add.1, para. 71).',
)
SR_SHELTER_REFUSED: Turn = (
    "Did the trafficking rapporteur see the shelter in Dushanbe?",
    "No: "
    '"She regrets that a visit to the State-run shelter for victims of trafficking in persons was not '
    'facilitated during her stay in Dushanbe" (A/HRC/50/33/Add.1, para. 4).',
)
SR_WIDOWS: Turn = (
    "Who is most at risk of exploitation among Tajik women?",
    "The Special Rapporteur named several groups: "
    '"In particular, rural women and girls, female-headed households of families of male migrant '
    "workers, widows and divorced women are especially vulnerable to exploitation, due primarily to "
    'increased risks of poverty and discrimination among those groups." (A/HRC/50/33/Add.1, para. 15)',
)
SR_LAWYERS: Turn = (
    "Are lawyers helping trafficking victims in Tajikistan at risk?",
    "The Special Rapporteur thought so: "
    '"The Special Rapporteur notes that the risks of reprisals by traffickers are significant and that '
    'further support is needed to safeguard the independence of lawyers and members of the judiciary." '
    "(A/HRC/50/33/Add.1, para. 62)",
)
SR_WEBSITE: Turn = (
    "Does Tajikistan's trafficking centre have a website?",
    "Yes, a new one: "
    '"A new dedicated website for the Centre has been launched with the support of OSCE." '
    "(A/HRC/50/33/Add.1, para. 77)",
)
SR_AGENCY_CHARGES: Turn = (
    "Have recruitment agencies in Tajikistan been prosecuted?",
    "Some, but details were lacking: "
    '"while investigations and prosecutions have taken place in relation to the criminal activities of '
    'some labour recruitment agencies, information was not available on the specific charges brought" '
    "(A/HRC/50/33/Add.1, para. 38).",
)
SR_INTL_PROG: Turn = (
    "What is the very last recommendation of the trafficking rapporteur's Tajikistan report?",
    "That the international community "
    '"Develop programmes to strengthen the prevention of trafficking, engaging especially with regard to '
    "the particular risks that may be faced by persons with disabilities, lesbian, gay, bisexual and "
    "trans persons, children belonging to minority groups and in street situations and members of "
    'female-headed households." (A/HRC/50/33/Add.1, para. 92 (b))',
)
SR_DRAFT_NAP: Turn = (
    "Does Tajikistan's anti-trafficking planning deal with gender?",
    "Too little, the Special Rapporteur found: she "
    '"observes that limited attention is given to the gender dimension of trafficking in the former '
    "national action plan to combat trafficking in persons, or in the current draft of the national "
    'action plan covering the period 2022\u20132024." (A/HRC/50/33/Add.1, para. 14)',
)
SR_INTL_INVEST: Turn = (
    "Did the trafficking rapporteur ask Tajikistan to work with other States on investigations?",
    "Yes, recommending that the Government "
    '"Continue strengthening international cooperation to ensure effective investigations into crimes of '
    "trafficking of a transnational nature, including financial investigations, and to ensure access to "
    'redress for victims, including compensation;" (A/HRC/50/33/Add.1, para. 89 (b)).',
)
SR_REFUGEE_CONV: Turn = (
    "When did Tajikistan ratify the Refugee Convention?",
    "In 1993; the Special Rapporteur commended the Government for "
    '"taking a leading role within the region on the ratification of the Convention relating to the '
    'Status of Refugees and the Protocol thereto, in 1993." (A/HRC/50/33/Add.1, para. 22)',
)
SR_NRM_CONDITION: Turn = (
    "Must trafficking victims in Tajikistan cooperate with the police to get help?",
    "Not on paper: "
    '"According to the Anti-Trafficking Law and the national referral mechanism, assistance to victims is '
    'not conditional on their cooperation with law enforcement bodies." (A/HRC/50/33/Add.1, para. 60) In '
    'practice, she found, "victims are required to cooperate in order to receive assistance and '
    'protection." (A/HRC/50/33/Add.1, para. 61)',
)
SR_EVAL_NAP: Turn = (
    "Did the trafficking rapporteur want Tajikistan's anti-trafficking measures evaluated?",
    "Yes, she recommended that the Government "
    '"Ensure the comprehensive, independent evaluation of the effectiveness of measures taken to date '
    "under the national action plan and of the work of the national referral mechanism, in particular "
    'concerning the assistance provided to, and protection of the rights of, victims/survivors;" '
    "(A/HRC/50/33/Add.1, para. 85 (b)).",
)

# The national plan of action 2018-2022 (three tables)
PC_ROMA_JUGI: Turn = (
    "And does Tajikistan's national plan do anything for those children?",
    "Yes, its CRC table foresees: "
    '"Carry out assessment of the situation children from ethnic minorities (especially Roma/ Jugi '
    'children) and take specific measures for their access to all social services" '
    "(National Plan of Action 2018-2022 (CRC), row 30).",
)
PC_LEGIS_REVIEW: Turn = (
    "Does Tajikistan's plan foresee a review of its child legislation?",
    "Yes: "
    '"Conduct a comprehensive review of the existing legislation pertaining to children to ensure '
    'harmonisation and full compliance with the UNCRC." (National Plan of Action 2018-2022 (CRC), row 1)',
)
PC_LABOUR_MONITOR: Turn = (
    "Is Tajikistan's plan monitoring child labour across the country?",
    "Yes: "
    '"Take measures for implementation of monitoring of child labour system in all cities and regions of '
    'the Republic of Tajikistan" (National Plan of Action 2018-2022 (CRC), row 31).',
)
PO_ICT_MISUSE: Turn = (
    "And does the OPSC plan do anything about children being lured online?",
    "It foresees: "
    '"Conduct awareness raising initiatives and take other measures for prevention of misuse of '
    "information and communication technologies aimed at involving children to prostitution and other "
    'inappropriate acts" (National Plan of Action 2018-2022 (OPSC), row 9).',
)
PO_HAZARD_LIST: Turn = (
    "Does the OPSC plan touch on dangerous work by children in agriculture?",
    "Yes, it foresees a "
    '"Review of the list of works under harmful and dangerous working conditions, which are prohibited to '
    "the persons under 18 years of age, as well as restrictions on manual loading and unloading of goods "
    "and adding to the list of garden and field work in the agricultural sector, including cotton "
    'harvesting" (National Plan of Action 2018-2022 (OPSC), row 8).',
)
PC_CORPORAL: Turn = (
    "What does Tajikistan's plan do about corporal punishment in schools?",
    "Among other activities: "
    '"Establish a credible mechanism in educational settings for children aimed at reporting of all types '
    'of violence and use of corporal punishment." (National Plan of Action 2018-2022 (CRC), row 16)',
)
PC_PERINATAL: Turn = (
    "Does the national plan deal with maternal and newborn care?",
    "Yes, among its medical activities: "
    '"Consider establishment of perinatal centres and introduction the method of referral of pregnant '
    'women in regions of the country." (National Plan of Action 2018-2022 (CRC), row 21)',
)
PC_DISSEM_CRC: Turn = (
    "What is the last row of the plan's CRC table?",
    "Row 35, on dissemination: "
    '"Disseminate information related to UNCRC and its Optional Protocols, as well as report of the '
    "Government of Tajikistan to the UN Committee on Child Rights, Concluding Observations, Plan of "
    "Action for implementation of Concluding Observations and the process of its implementation through "
    'mass media, website, informational leaflets, etc." (National Plan of Action 2018-2022 (CRC), row 35)',
)
PA_INTL_ORGS: Turn = (
    "What does the OPAC plan foresee with international organizations?",
    "Row 9 foresees "
    '"Exploration of the experience of developed countries and presenting ways to implement the UN '
    "Convention on the Rights of the Child by responsible persons from ministries and agencies directly "
    'involved in the implementation of the project" (National Plan of Action 2018-2022 (OPAC), row 9).',
)
PC_FOREIGN_ADOPTION: Turn = (
    "Is Tajikistan reconsidering its rules on adoption by foreigners?",
    "The plan foresees "
    '"Consideration of the necessity of introducing amendments and additions to the legislation with the '
    'aim of establishing the right of adoption of the relatives of foreign nationals." and '
    '"Discussion of the issue of joining The Hague Convention on the protection of children and '
    'cooperation on the International adoption issue." (National Plan of Action 2018-2022 (CRC), row 19)',
)
PC_CSO_LAWS: Turn = (
    "Does Tajikistan's plan involve NGOs in drafting laws?",
    "Yes: "
    '"Include CSOs to participate in development of the legal- normative acts, working groups and other '
    "events related to children's rights.\" (National Plan of Action 2018-2022 (CRC), row 8)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country the index does not hold, from every region and in many forms --
    (
        "Did the committee give the Plurinational State of Bolivia the same advice about asking UNICEF "
        "for technical support?",
        (TJK_UNICEF,),
        "uncovered country by its official long name (the Plurinational State of Bolivia) after a "
        "Tajikistan turn (technical support from UNICEF for data)",
    ),
    (
        "What did the committee recommend to the United Republic of Tanzania for children affected by "
        "HIV/AIDS?",
        (KAZ_HIV_REC,),
        "uncovered country by its official long name (the United Republic of Tanzania) after a Kazakhstan "
        "turn (children affected by HIV/AIDS)",
    ),
    (
        "Has the Special Rapporteur looked at safe migration for workers from the Lao People's Democratic "
        "Republic in the same way?",
        (SR_SAFE_MIGRATION,),
        "uncovered country by its official long name (the Lao People's Democratic Republic) after a "
        "Special Rapporteur turn; a trafficking Rapporteur visit the index does not hold",
    ),
    (
        "ok. and new zealand - same recomendation?",
        (TKM_DISSEM_PROF,),
        "uncovered country in lower case (new zealand, Oceania), terse, with a typo in another word, after "
        "a Turkmenistan turn (dissemination among professionals)",
    ),
    (
        "Azerbaijian - was it told to remove that requirement too?",
        (TKM_DOUBLE_REMOVE,),
        "uncovered country misspelt ('Azerbaijian'), first word of the question, after a Turkmenistan "
        "turn (double criminality)",
    ),
    (
        "Has the CRC ever reviewed Afganistan itself under the sale-of-children protocol? I mean its own "
        "concluding observations, not what is said about Afghans in Tajikistan.",
        (SR_AFGHAN_PERMITS, SR_AFGHAN_RETURNS),
        "uncovered country misspelt ('Afganistan'), asked for its own review; A/HRC/50/33/Add.1 discusses "
        "Afghan asylum seekers in Tajikistan (paras. 22-27, 88) but no document on Afghanistan is held",
    ),
    (
        "And the Nigerian government - what was it told about preventing trafficking of girls for sexual "
        "exploitation?",
        (SR_SEX_EXPLOIT,),
        "uncovered country by an adjective ('the Nigerian government', Africa) after a Special Rapporteur "
        "turn on Tajikistan",
    ),
    (
        "What did the committee say about Romanian children?",
        (TJK_ROMA_GROUPS, PC_ROMA_JUGI),
        "uncovered country by an adjective ('Romanian'), a near miss of the Roma children named in "
        "CRC/C/OPSC/TJK/CO/1 para. 24 and the plan's CRC row 30, after those two turns",
    ),
    (
        "What did the Committee on the Rights of the Child recommend to the United Arab Emirates itself "
        "about migrant domestic workers?",
        (SR_GULF_WOMEN,),
        "uncovered country (the United Arab Emirates), asked for its own review; A/HRC/50/33/Add.1 para. 68 "
        "names it only as a destination country",
    ),
    (
        "Did the trafficking rapporteur also go to India? What did she report from there?",
        (SR_RETURNED_FROM,),
        "uncovered country (India), asked for a visit report of its own; A/HRC/50/33/Add.1 para. 69 names "
        "it only as a country victims returned from (with Kazakhstan, which is covered, and Saudi Arabia)",
    ),
    (
        "is there a plan like that for Tatarstan?",
        (PC_LEGIS_REVIEW,),
        "uncovered place (Tatarstan, a republic of the Russian Federation, not a State; a name close to "
        "Tajikistan), lower-case start, after a plan turn",
    ),
    (
        "I teach a seminar on child labour in agriculture and we compare regions every week; next week is "
        "Latin America, so could you tell me what the committee recommended to the United Mexican States "
        "about children working on farms, with the paragraph number?",
        (PC_LABOUR_MONITOR, PO_HAZARD_LIST, TJK_AGRI),
        "uncovered country by its official long name (the United Mexican States) in the middle of a long, "
        "polite question, after two plan turns (CRC and OPSC tables) and a Tajikistan turn on child labour "
        "in agriculture",
    ),
    (
        "The Baltic states: were they asked to ratify those Council of Europe conventions as well?",
        (KAZ_COE,),
        "uncovered group of States (the Baltic states) after a Kazakhstan turn (Council of Europe "
        "conventions); no document on any of them is held",
    ),
    (
        "What has the committee recommended to the EU member states on online child sexual exploitation?",
        (TJK_ONLINE_INFO, PO_ICT_MISUSE),
        "uncovered group of States (the EU member states) after a Tajikistan turn and a plan (OPSC table) "
        "turn on online exploitation; no document on the European Union or any member State is held",
    ),
    # -- a body the index does not hold, asked as the speaker --
    (
        "Has the Committee on Enforced Disappearances taken up the case of these children with Tajikistan?",
        (SR_SYRIA_PAUSE, SR_IRAQ_CARE),
        "uncovered body (Committee on Enforced Disappearances) on Tajikistan after Special Rapporteur "
        "turns (repatriation from Syria and Iraq)",
    ),
    (
        "Did the Subcommittee on Prevention of Torture get into that shelter when it visited Tajikistan?",
        (SR_SHELTER_REFUSED,),
        "uncovered body (Subcommittee on Prevention of Torture) on Tajikistan after a Special Rapporteur "
        "turn (the shelter she could not visit)",
    ),
    (
        "Has the European Court of Human Rights ruled on the privacy of child victims in Kazakhstan?",
        (KAZ_PRIVACY,),
        "uncovered body outside the UN system (the European Court of Human Rights) on Kazakhstan",
    ),
    (
        "What does GRETA say about that commission?",
        (KAZ_COMMISSION,),
        "uncovered body outside the UN system (GRETA, the Council of Europe's experts on trafficking, by "
        "acronym) as the speaker; Kazakhstan carried from the previous turn",
    ),
    # -- a mandate the index does not hold --
    (
        "So has the Special Rapporteur on the sale and sexual exploitation of children reported on "
        "Tajikistan too, separately from the trafficking rapporteur?",
        (TJK_SALE_NOT_TRAFFICKING, SR_VISIT_DATES),
        "uncovered mandate (Special Rapporteur on the sale and sexual exploitation of children, not the "
        "held trafficking mandate of A/HRC/50/33/Add.1) on Tajikistan, after a Tajikistan turn saying the "
        "sale of children is not the same as trafficking and a turn on the trafficking Rapporteur's visit",
    ),
    (
        "What has the Independent Expert on the enjoyment of all human rights by older persons said about "
        "widows in Tajikistan?",
        (SR_WIDOWS,),
        "uncovered mandate (Independent Expert on older persons) on Tajikistan after a Special Rapporteur "
        "turn naming widows",
    ),
    (
        "What did the Special Representative of the Secretary-General on Violence against Children say "
        "about corporal punishment in Tajikistan?",
        (PC_CORPORAL,),
        "uncovered mandate (Special Representative of the Secretary-General on Violence against Children) "
        "on Tajikistan after a plan turn (corporal punishment)",
    ),
    (
        "Did the Special Rapporteur on the independence of judges and lawyers look into that?",
        (SR_LAWYERS,),
        "uncovered mandate (Special Rapporteur on the independence of judges and lawyers); Tajikistan "
        "carried; A/HRC/50/33/Add.1 para. 62 mentions the independence of lawyers but is the trafficking "
        "mandate's",
    ),
    # -- a UPR cycle --
    (
        "Which recommendations on complicit officials did Kazakhstan accept in its third UPR cycle?",
        (KAZ_INVEST_SCARCE, KAZ_CORRUPTION, KAZ_OFFICIALS),
        "uncovered mechanism (a UPR cycle, by ordinal) on Kazakhstan after three Kazakhstan turns "
        "(investigations, corruption, complicit officials); no UPR document is held",
    ),
    # -- a session or year no held document is from --
    (
        "What did the committee adopt on Kazakhstan at its seventy-fifth session?",
        (KAZ_ADOPTED,),
        "uncovered session (the CRC's seventy-fifth, in words, held in 2017) for Kazakhstan, whose held "
        "observations were adopted in January 2006 (the document gives meeting numbers only)",
    ),
    (
        "Did the 2019 review of Turkmenistan find that this gap had been closed?",
        (TKM_HELPLINE_GAP, TKM_HELPLINE_STAFF),
        "uncovered year (a 2019 review) for Turkmenistan, whose held observations are of 2015; 'this gap' "
        "is the helpline of the previous turns",
    ),
    (
        "What did she tell the Human Rights Council at its fifty-third session about Tajikistan's hotline?",
        (SR_WEBSITE,),
        "uncovered session (the Council's fifty-third) for the trafficking Rapporteur; the held report, "
        "A/HRC/50/33/Add.1, is for the fiftieth",
    ),
    # -- a document symbol the index does not hold --
    (
        "Does A/HRC/50/33/Add.3 have anything on recruitment agencies?",
        (SR_AGENCY_CHARGES,),
        "uncovered symbol (A/HRC/50/33/Add.3, a near miss of the held Add.1) after a Special Rapporteur "
        "turn",
    ),
    (
        "What does E/C.12/TJK/CO/3 recommend on maternal and child health?",
        (PC_PERINATAL,),
        "uncovered symbol of another treaty body (E/C.12/TJK/CO/3, CESCR) after a plan turn",
    ),
    (
        "Then what does CRC/C/OPSC/KAZ/CO/2 say?",
        (KAZ_NEXT_CONV,),
        "uncovered symbol (CRC/C/OPSC/KAZ/CO/2, a near miss of the held CO/1) after a Kazakhstan turn",
    ),
    (
        "What did CRC/C/TKM/CO/2-4 recommend on birth registration?",
        (TKM_BIRTH_EDU, TKM_READWITH_CONV),
        "uncovered symbol (CRC/C/TKM/CO/2-4, cited in CRC/C/OPSC/TKM/CO/1 para. 3 but not held) after "
        "Turkmenistan turns, one quoting the citation",
    ),
    # -- a paragraph or row past the end of the named document --
    (
        "What does paragraph 41 of the Tajikistan concluding observations say?",
        (TJK_DISSEM_PUBLIC, TJK_FINAL),
        "nonexistent paragraph (41) of CRC/C/OPSC/TJK/CO/1, which has 38; the previous turns quoted "
        "paras. 37 and 38",
    ),
    (
        "and para 50?",
        (TKM_LAST,),
        "nonexistent paragraph (50) of CRC/C/OPSC/TKM/CO/1, which has 47; terse, after a turn quoting "
        "para. 47",
    ),
    (
        "Show me row 37 of that CRC table.",
        (PC_DISSEM_CRC,),
        "nonexistent row (37) of the plan's CRC table, which has 35; the previous turn quoted row 35",
    ),
    (
        "whats in row 14 of the OPAC table?",
        (PA_INTL_ORGS,),
        "nonexistent row (14) of the plan's OPAC table, which has 10",
    ),
    # -- a sub-paragraph past the last one of its paragraph --
    (
        "And what is listed under 27 (f)?",
        (TJK_PORN_FORMS,),
        "nonexistent sub-paragraph (27 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 27 stops at (d); the "
        "previous turn quoted 27 (d)",
    ),
    (
        "Quote recommendation 92 (c) of that report.",
        (SR_INTL_PROG,),
        "nonexistent sub-paragraph (92 (c)) of A/HRC/50/33/Add.1, whose para. 92 has (a) and (b) only",
    ),
    (
        "and 22 (h)?",
        (KAZ_REINTEGRATION,),
        "nonexistent sub-paragraph (22 (h)) of CRC/C/OPSC/KAZ/CO/1, whose para. 22 stops at (g)",
    ),
    # -- a kind of document not held --
    (
        "Can I read what Kazakhstan itself wrote in its initial report about its inter-agency commission?",
        (KAZ_FOLLOWUP_INFO,),
        "document kind not held (Kazakhstan's own State party report, CRC/C/OPSC/KAZ/1, cited in "
        "CRC/C/OPSC/KAZ/CO/1 para. 1)",
    ),
    (
        "Can you quote what that draft 2022-2024 action plan itself says about gender?",
        (SR_DRAFT_NAP,),
        "document kind not held (Tajikistan's draft national action plan against trafficking for "
        "2022-2024, mentioned in A/HRC/50/33/Add.1 para. 14; the held plan is the 2018-2022 child rights "
        "plan)",
    ),
    (
        "Which questions did the committee put to Turkmenistan in its list of issues?",
        (TKM_DIALOGUE, TKM_REPORT_DETAIL),
        "document kind not held (the Committee's list of issues for Turkmenistan; only the written replies "
        "are cited, in CRC/C/OPSC/TKM/CO/1 para. 2, and they are not held either)",
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
        "Turkmenistan's initial report - did the committee find the same problem there?",
        (KAZ_REPORT_GUIDELINES,),
        "Turkmenistan",
        u(M, 2),
        [],
        ["established reporting guidelines"],
        "covered country Turkmenistan, first word, after a Kazakhstan turn (reporting guidelines)",
    ),
    (
        "Did the IOM come up in the committee's review of Turkmenistan as well?",
        (TJK_IOM,),
        "Turkmenistan",
        u(M, 18),
        [],
        ["International Organization for Migration"],
        "covered country Turkmenistan after a Tajikistan turn (cooperation with IOM); training in "
        "collaboration with IOM",
    ),
    (
        "what did the CRC tell Turkmenistan about internatonal cooperation?",
        (SR_INTL_INVEST,),
        "Turkmenistan",
        u(M, 43),
        u(M, 34),
        ["neighbouring countries"],
        "covered country and body: Turkmenistan's CRC observations after a Special Rapporteur turn on "
        "Tajikistan (international cooperation), with a typo in another word",
    ),
    (
        "And in Turkmenistan, which laws on children's rights and on trafficking did the Committee "
        "welcome?",
        (TJK_CC_AMEND, TJK_CHILD_LAWS),
        "Turkmenistan",
        u(M, 5, 8),
        u(M, 30),
        ["Law on Guarantees of the Rights of the Child"],
        "covered country Turkmenistan after Tajikistan turns (laws welcomed); para. 5 (a) lists the laws "
        "with dates, para. 8 welcomes the two",
    ),
    (
        "When did Turkmenistan join the refugee convention, according to the CRC?",
        (SR_REFUGEE_CONV,),
        "Turkmenistan",
        u(M, 4),
        [],
        ["March 1998"],
        "covered country Turkmenistan after a Special Rapporteur turn on Tajikistan (Refugee Convention); "
        "para. 4 (c)",
    ),
    (
        "Were civil society groups consulted when Turkmenistan prepared its OPSC report?",
        (PC_CSO_LAWS,),
        "Turkmenistan",
        u(M, 22),
        u(M, 23),
        ["not adequately consulted"],
        "covered country Turkmenistan after a plan (CRC table) turn (involving civil society)",
    ),
    # -- to Kazakhstan --
    (
        "Kazakhstan - what was it told about cooperation with other countries?",
        (TJK_COOP_PURPOSE,),
        "Kazakhstan",
        u(K, 29),
        [],
        ["victim-oriented cooperation"],
        "covered country Kazakhstan, first word, after a Tajikistan turn (international cooperation)",
    ),
    (
        "Which earlier concluding observations are Kazakhstan's to be read with?",
        (TKM_READWITH_CONV,),
        "Kazakhstan",
        u(K, 3),
        [],
        ["CRC/C/15/Add.213"],
        "covered country Kazakhstan after a Turkmenistan turn (observations to be read in conjunction)",
    ),
    (
        "Was Kazakhstan urged to ratify that Hague convention?",
        (PC_FOREIGN_ADOPTION,),
        "Kazakhstan",
        u(K, 16),
        u(K, 15),
        ["Hague Convention No. 33"],
        "covered country Kazakhstan after a plan (CRC table) turn (the Hague adoption convention); "
        "para. 16 (c)",
    ),
    (
        "Did the Committee on the Rights of the Child ask Kazakhstan for any evaluation of how it "
        "implements the Protocol?",
        (SR_NRM_CONDITION, SR_EVAL_NAP),
        "Kazakhstan",
        u(K, 5, 6),
        [],
        ["periodic evaluation"],
        "covered country and body: Kazakhstan's CRC observations after Special Rapporteur turns on "
        "Tajikistan (the referral mechanism and its evaluation)",
    ),
    (
        "was kazakhstan encouraged to do research like that?",
        (TKM_ROOT_RESEARCH,),
        "Kazakhstan",
        u(K, 12, 28),
        u(K, 11),
        ["commercial sexual exploitation"],
        "covered country in lower case ('kazakhstan') after a Turkmenistan turn (research)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "Did Tajikistan submit written replies too?",
        (TKM_WRITTEN_REPLIES,),
        "Tajikistan",
        u(T, 2),
        u(T, 37),
        ["CRC/C/OPSC/TJK/Q/1/Add.1"],
        "covered country Tajikistan after a Turkmenistan turn (written replies to the list of issues)",
    ),
    (
        "Does Tajikistan's 2018-2022 plan look at joining those two conventions?",
        (TKM_STATELESS,),
        "Tajikistan",
        u(PC, 29),
        u(S, 50, 88),
        ["reduction of statelessness"],
        "covered country and document: Tajikistan's plan (CRC table) after a Turkmenistan turn "
        "(statelessness conventions)",
    ),
    (
        "Was Tajikistan asked to carry out research on these offences?",
        (KAZ_NO_RESEARCH,),
        "Tajikistan",
        u(T, 19),
        u(T, 18) + u(S, 34),
        ["nature and scale"],
        "covered country Tajikistan after a Kazakhstan turn (research); para. 19 (c)",
    ),
    (
        "What did the trafficking rapporteur find about residence permits for foreign victims in "
        "Tajikistan?",
        (KAZ_FOREIGN_CHILDREN, KAZ_FOREIGN_SHELTER),
        "Tajikistan",
        u(S, 70),
        u(S, 9),
        ["residence permits"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after Kazakhstan turns "
        "(foreign children; residence for foreign victims)",
    ),
    (
        "And when the committee reviewed Tajikistan, did it note any national plan against trafficking?",
        (KAZ_PLAN_2004,),
        "Tajikistan",
        u(T, 5),
        u(S, 14, 34),
        ["2016-2018"],
        "covered country Tajikistan after a Kazakhstan turn (national plan on trafficking)",
    ),
    (
        "Does the Tajik national plan do anything about children's right to express their views?",
        (KAZ_CHILD_VIEWS,),
        "Tajikistan",
        u(PC, 12),
        u(S, 83),
        ["express their opinion"],
        "covered country and document (adjective 'Tajik'): the plan's CRC table after a Kazakhstan turn "
        "(the child's views)",
    ),
    (
        "What did the Special Rapporteur say about girls' education in Tajikistan?",
        (TKM_SCHOOL_12,),
        "Tajikistan",
        u(S, 44, 51),
        u(S, 15) + u(PC, 27),
        ["dropout rate"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after a Turkmenistan turn "
        "(schooling)",
    ),
    (
        "Dushanbe's plan of action - does it strengthen the child rights commissions and guardianship "
        "bodies?",
        (TKM_LOCAL_COMMISSIONS,),
        "Tajikistan",
        u(PC, 3),
        u(PC, 18),
        ["Guardianship Authorities"],
        "covered country by its capital (Dushanbe, for Tajikistan) and document: the plan's CRC table "
        "after a Turkmenistan turn (local commissions, guardianship)",
    ),
    (
        "What does the Tajik plan do to strengthen the Ombudsman for children's rights?",
        (TKM_NO_NHRI, TKM_MONITOR_MECH),
        "Tajikistan",
        u(PC, 6),
        u(T, 5),
        ["Ombudsman"],
        "covered country and document (adjective 'Tajik'): the plan's CRC table after Turkmenistan turns "
        "(independent monitoring and complaints)",
    ),
]
