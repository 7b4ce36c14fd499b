"""The third 'scope' table of the gold set (ids v001-v070), written from the documents alone.

Same shape as `gold_scope.py` and `gold_scope2.py`, with new conversations and new wordings: one to
three earlier turns about what the index holds, each answered by quoting a document verbatim with its
reference, then a last question that moves the scope. v001-v045 name what the index does not hold: a
country (by name in lower case, with an article, by a former name, by its capital, by an adjective, in
the middle of a long question, two at once, with typos around it); a treaty body by an informal name or
acronym (the torture committee, the women's committee, the CMW) or a body outside the UN treaty system
(the ILO Committee of Experts); a Special Procedures mandate or Working Group; the UPR, including after
a plan row that only refers to it; a year, a period or a session ('last year', the 1990s, the 90th
session); a document symbol, including symbols the held documents cite but which are not held (the
State party report CRC/C/OPSC/TJK/1, the written replies CRC/C/OPSC/TKM/Q/1/Add.1, the summary record
CRC/C/SR.1084) and A/HRC/50/33 without its Add.1; a paragraph, recommendation or row past the end of a
document; a kind of document not held for that country (a national plan of Kazakhstan, a trafficking
Rapporteur report on Turkmenistan, OPAC concluding observations on Kazakhstan): the answer must decline
and cite nothing. v046-v070 move to another covered country or document (named by name, adjective or
capital): the carried-over topic is answered from that country's documents only.

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
TJK_CYBER: Turn = (
    "Who handles cybercrime in Tajikistan, according to the CRC?",
    "Two bodies, the Committee noted: "
    '"The Committee notes that there are two entities in the State party responsible for addressing '
    'cybercrime." (CRC/C/OPSC/TJK/CO/1, para. 22)',
)
TJK_ONLINE_EDU: Turn = (
    "Should Tajikistan punish children for what they do online?",
    "No; the Committee wanted the focus on education. It called on the State party "
    '"to ensure that the strategy focuses on awareness-raising and the education of children on the '
    "responsible use of information and communications technologies and online child sexual "
    'exploitation, and not on the punishment of children." (CRC/C/OPSC/TJK/CO/1, para. 23)',
)
TJK_ORGANS: Turn = (
    "Did the committee ask Tajikistan to criminalize organ sales involving children?",
    "Yes, among the acts the State party should explicitly define and criminalize: "
    '"The transfer of organs of a child for profit;" (CRC/C/OPSC/TJK/CO/1, para. 27 (b)).',
)
TJK_FORCED_LABOUR_DEF: Turn = (
    "Does Tajikistan have to treat forced child labour as a sale of children?",
    "The Committee asked it to, listing among the acts to define and criminalize: "
    '"Forced labour by children as a form of the sale of children;" (CRC/C/OPSC/TJK/CO/1, para. 27 (c)).',
)
TJK_EXTRADITION_REC: Turn = (
    "What did the committee recommend to Tajikistan on extradition?",
    "Among other things: "
    '"The Committee encourages the State party to consider the Optional Protocol as the basis for '
    'extradition in the absence of a treaty or an agreement." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_COMPLAINTS: Turn = (
    "Can children in Tajikistan complain when their rights are violated?",
    "The Committee asked the State party to "
    '"Ensure that complaint mechanisms are easily accessible and available to children whose rights have '
    "been violated and provide them with assistance in the investigation and prosecution of offences "
    'under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 33 (e))',
)
TJK_ROOT: Turn = (
    "Did the committee say anything about root causes in Tajikistan?",
    "Yes, it was concerned that "
    '"Measures to identify and address the root causes and incidence of offences under the Optional '
    'Protocol remain limited." (CRC/C/OPSC/TJK/CO/1, para. 18 (e))',
)
TJK_MIGRANT_KIDS: Turn = (
    "Did the committee mention migrant and refugee children in Tajikistan?",
    "Yes: "
    '"The Committee recommends that the State party adopt all the measures necessary to prevent and '
    "protect all groups of children in a vulnerable situation, including Roma children, migrant and "
    'refugee children, from becoming potential victims of offences under the Optional Protocol." '
    "(CRC/C/OPSC/TJK/CO/1, para. 25)",
)
TJK_STRATEGY_REC: Turn = (
    "Did the committee ask Tajikistan to adopt a strategy on the OPSC?",
    "Yes: it recommended that the State party "
    '"develop a comprehensive policy and strategy on the rights of the child, encompassing all children '
    "and all issues covered under the Optional Protocol, allocate suitable human and financial resources "
    'for their implementation" (CRC/C/OPSC/TJK/CO/1, para. 11).',
)
TJK_AWARENESS_REC: Turn = (
    "Who should know about the OPSC in Tajikistan, according to the committee?",
    "Everyone concerned: it recommended awareness-raising and training activities "
    '"to ensure that the provisions of the Optional Protocol are widely known by the general public, in '
    "particular parents and children, government officials and professionals working with and for "
    'children." (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
TJK_TRANSMIT: Turn = (
    "Who should receive the Tajikistan recommendations?",
    "Parliament and the districts: the Committee recommended transmitting them "
    '"to members of the national parliament and to the districts for appropriate consideration and '
    'further action." (CRC/C/OPSC/TJK/CO/1, para. 36)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_DIRECT: Turn = (
    "Does the OPSC apply directly in Kazakhstan?",
    "Yes; the Committee noted with appreciation "
    '"The direct application and precedence of the Optional Protocol over domestic legislation." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (c))",
)
KAZ_INTERAGENCY: Turn = (
    "Is there a body against trafficking in Kazakhstan?",
    "The Committee noted with appreciation "
    '"The establishment of an inter-agency commission to combat trafficking;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (b)).",
)
KAZ_STUDIES: Turn = (
    "What did the committee want from Kazakhstan on data and research?",
    "It recommended "
    '"that in-depth studies are undertaken into issues covered by the Protocol and that data, '
    'disaggregated, inter alia, by age, sex, minority group, are systematically collected and analysed" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 12).",
)
KAZ_ADOPTION: Turn = (
    "What did the committee say about adoption law in Kazakhstan?",
    "That it needed strengthening: "
    '"Legal provisions with regard to adoption need strengthening by adherence to international '
    'standards and establishment of a central regulating authority." (CRC/C/OPSC/KAZ/CO/1, para. 15 (e))',
)
KAZ_PALERMO: Turn = (
    "Did the committee ask Kazakhstan to join the UN trafficking protocol?",
    "Yes, among other treaties it recommended ratifying "
    '"the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, '
    'supplementing the United Nations Convention against Transnational Organized Crime (2000)" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (c)).",
)
KAZ_VICTIM_VIEWS: Turn = (
    "Can a child victim be heard in a criminal trial in Kazakhstan?",
    "The Committee asked for the law to be amended, "
    '"paying special attention to the right of the child victim to present his/her views, needs and '
    'concerns in a criminal procedure against the alleged perpetrator" (CRC/C/OPSC/KAZ/CO/1, para. 20).',
)
KAZ_UN_GUIDELINES: Turn = (
    "Which guidelines did the committee point Kazakhstan to on child victims in court?",
    "The United Nations ones: "
    '"It further recommends that the State party be guided in this respect by the United Nations '
    "Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime (Economic and Social "
    'Council resolution No. 2005/20)." (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_HOTLINES: Turn = (
    "What help for victims did the committee want Kazakhstan to provide?",
    'A list of measures, including "Free legal aid;" and "Free telephone hotlines;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (b), (d)).",
)
KAZ_INVESTIGATIONS: Turn = (
    "Are offenders in Kazakhstan being prosecuted?",
    "Rarely, according to the Committee, which "
    '"remains concerned that the number of initiated investigations and prosecutions is scarce in '
    'relation to the extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_DISSEM: Turn = (
    "Should Kazakhstan publish the committee's findings?",
    "Yes: the Committee recommended that the report, the written replies and the concluding observations "
    '"be made widely available, including through the Internet (but not exclusively), to the public at '
    'large, civil society organizations, youth groups, professional groups and children" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 31).",
)
KAZ_TRANSMIT: Turn = (
    "Where were the Kazakhstan recommendations to be sent?",
    "The Committee recommended "
    '"transmitting them to relevant government ministries, the Parliament and to provincial authorities '
    'for appropriate consideration and further action." (CRC/C/OPSC/KAZ/CO/1, para. 30)',
)
KAZ_DUE: Turn = (
    "When was Kazakhstan's next report under the Convention due?",
    "The Committee gave a date: "
    '"in its next periodic report under the Convention on the Rights of the Child due, in accordance with '
    'article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_MEETINGS: Turn = (
    "At which meetings was Kazakhstan's OPSC report dealt with?",
    "Two, in January 2006: "
    '"The Committee considered the initial report of Kazakhstan (CRC/C/OPSC/KAZ/1) at its 1084th meeting '
    "(see CRC/C/SR.1084), held on 11 January 2006, and adopted at its 1120th meeting, held on 27 January "
    '2006, the following concluding observations." (CRC/C/OPSC/KAZ/CO/1, para. 1)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_COMPLAINTS: Turn = (
    "Can children in Turkmenistan complain about violations of their rights?",
    "The Committee asked the State party to "
    '"Ensure that complaints mechanisms are available and easily accessible to children whose rights may '
    'have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
TKM_PROSECUTORS: Turn = (
    "Did the committee tell Turkmenistan anything about its prosecutors?",
    "It recommended that the State party "
    '"Issue clear instructions to all prosecutors to actively prosecute cases involving offences under '
    'the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 36 (b)).',
)
TKM_REPORTED: Turn = (
    "Have any OPSC crimes been recorded in Turkmenistan?",
    "A few: "
    '"The Committee notes the registration of a small number of criminal offences perpetrated against '
    "minors in recent years, including the recruitment of minors for prostitution and the production and "
    'distribution of child pornographic items." (CRC/C/OPSC/TKM/CO/1, para. 28)',
)
TKM_COMP_ACCESS: Turn = (
    "Can foreign child victims seek compensation in Turkmenistan?",
    "The Committee asked the State party to guarantee "
    '"that all child victims, including those who are not nationals or residents of the State party, have '
    "access to adequate procedures to seek, without discrimination, compensation from those legally "
    'responsible" (CRC/C/OPSC/TKM/CO/1, para. 40 (b)).',
)
TKM_MINORITIES: Turn = (
    "Which groups of children were identified as vulnerable in Turkmenistan?",
    "The Committee welcomed the identification of vulnerable groups and potential victims of "
    'trafficking, "especially children without parental care, children in street situations, children '
    "involved in child labour, children who are foreign citizens or who belong to ethnic minorities, and "
    'children living in poverty." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_CSO_REC: Turn = (
    "What did the committee urge Turkmenistan to do about civil society?",
    "To lift the restrictions: "
    '"The Committee urges the State party to remove restrictions on the functioning of independent civil '
    'society organizations, including those working on children\u2019s rights" '
    "(CRC/C/OPSC/TKM/CO/1, para. 23).",
)
TKM_CONSULT: Turn = (
    "Were NGOs consulted on Turkmenistan's OPSC report?",
    "Not adequately: "
    '"The Committee is also concerned that civil society organizations were not adequately consulted in '
    'the preparation of the initial report." (CRC/C/OPSC/TKM/CO/1, para. 22)',
)
TKM_SLAVERY: Turn = (
    "Is Turkmenistan a party to the Slavery Convention?",
    "Yes; the Committee welcomed its accession to the "
    '"Slavery Convention signed at Geneva on 25 September 1926, amended by its 1953 Protocol, in May '
    '1997." (CRC/C/OPSC/TKM/CO/1, para. 4 (f))',
)
TKM_PALERMO: Turn = (
    "When did Turkmenistan join the UN trafficking protocol?",
    "In March 2005, together with the smuggling protocol; the Committee welcomed the ratification of the "
    '"Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, and '
    "of the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United "
    'Nations Convention against Transnational Organized Crime, in March 2005;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 4 (d)).",
)
TKM_OPAC: Turn = (
    "Has Turkmenistan ratified the protocol on children in armed conflict?",
    "Yes; the Committee welcomed the ratification of the "
    '"Optional Protocol to the Convention on the Rights of the Child on the involvement of children in '
    'armed conflict, in March 2005;" (CRC/C/OPSC/TKM/CO/1, para. 4 (a)).',
)
TKM_LAWS: Turn = (
    "Which laws did the committee welcome in Turkmenistan?",
    "Two in particular: "
    '"The Committee welcomes the adoption of the Law on Guarantees of the Rights of the Child in 2002 and '
    'the Law on Combating Trafficking in Persons in 2007" (CRC/C/OPSC/TKM/CO/1, para. 8).',
)
TKM_COORD_BODY: Turn = (
    "Is there a body coordinating the OPSC in Turkmenistan?",
    "Not a specific one: "
    '"While noting the existence of the Interagency Commission on Enforcing Turkmenistan\u2019s '
    "International Obligations on Human Rights and International Humanitarian Law, the Committee remains "
    "concerned that there is still no specific body responsible for the coordination and the "
    'implementation of the State party\u2019s obligations under the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 12)",
)
TKM_SAFE_RETURN: Turn = (
    "What did the committee say about bringing child victims home in Turkmenistan?",
    "It recommended that the State party "
    '"Take measures to ensure that its rehabilitation and safe return programmes are available throughout '
    'its territory." (CRC/C/OPSC/TKM/CO/1, para. 40 (c))',
)
TKM_REPLIES: Turn = (
    "Did Turkmenistan answer the committee's list of issues?",
    "Yes; the Committee welcomed the initial report "
    '"as well as the written replies to the list of issues (CRC/C/OPSC/TKM/Q/1/Add.1)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 2).",
)

# A/HRC/50/33/Add.1
SR_DESTINATIONS: Turn = (
    "Where do Tajik migrant workers mostly go?",
    "To three countries, according to the Special Rapporteur: "
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for Tajik '
    'workers." (A/HRC/50/33/Add.1, para. 7)',
)
SR_RECRUITMENT: Turn = (
    "How many recruitment agencies operate in Tajikistan?",
    "More than fifteen, by the reports she received: "
    '"The Special Rapporteur received reports that more than 15 recruitment agencies operate within the '
    'State" (A/HRC/50/33/Add.1, para. 38).',
)
SR_RECRUIT_REC: Turn = (
    "What did the Special Rapporteur recommend on recruitment agencies?",
    "That the Government "
    '"Strengthen the licensing and monitoring of recruitment agencies, and implement the ILO general '
    'principles and operational guidelines on fair recruitment;" (A/HRC/50/33/Add.1, para. 91 (c)).',
)
SR_NGO_THREATS: Turn = (
    "Are anti-trafficking NGOs in Tajikistan under pressure?",
    "The Special Rapporteur said so: "
    '"She is seriously concerned about the reports that she has received of intimidation of, and threats '
    'made against, non-governmental organizations providing assistance to trafficked persons." '
    "(A/HRC/50/33/Add.1, para. 76)",
)
SR_MINORITIES: Turn = (
    "Did the Special Rapporteur mention minority children?",
    "Yes: "
    '"The Special Rapporteur is concerned that limited attention is given to the prevention of trafficking '
    "of children belonging to minority groups and the protection of children of minority groups who are "
    "at risk of trafficking, in particular for forced begging, forced criminality and labour and sexual "
    'exploitation." (A/HRC/50/33/Add.1, para. 53)',
)
SR_WOMEN_PARL: Turn = (
    "Are women represented in Tajikistan's parliament?",
    "Too little, the Special Rapporteur found: "
    '"However, the participation of women in the Majlisi Oli, ministerial positions and local '
    'administration remains low." (A/HRC/50/33/Add.1, para. 13)',
)
SR_INVISIBLE: Turn = (
    "Is trafficking for sexual exploitation inside Tajikistan recognized?",
    "Hardly: "
    '"Trafficking for sexual exploitation internally remains largely invisible" (A/HRC/50/33/Add.1, '
    "para. 14).",
)
SR_DISABILITY_ROADMAP: Turn = (
    "Is Tajikistan moving towards the disability convention?",
    "The Special Rapporteur noted a road map: "
    "\"She welcomes the Government's road map towards ratification of the Convention on the Rights of "
    'Persons with Disabilities." (A/HRC/50/33/Add.1, para. 17)',
)
SR_POLICE_TRAINING: Turn = (
    "Are Tajik police trained on trafficking?",
    "Yes, but briefly: "
    '"Training on combating trafficking in persons is incorporated into routine training for the police '
    "service. However, the duration of such training is short and not sufficiently in-depth to ensure "
    "appropriate levels of capacity or professionalism in ensuring the rights of trafficked persons or "
    'persons at risk of trafficking." (A/HRC/50/33/Add.1, para. 46)',
)
SR_HOTLINE_ADS: Turn = (
    "How do people find out about Tajikistan's trafficking hotline?",
    "Mostly through broadcast media: "
    '"The hotline is regularly advertised, primarily on the radio and television." '
    "(A/HRC/50/33/Add.1, para. 77)",
)
SR_COVID: Turn = (
    "Did COVID-19 affect the situation of Tajik migrant families?",
    "Yes: "
    '"The COVID-19 pandemic has had a significant impact on remittances from migrant workers and on '
    'household income." (A/HRC/50/33/Add.1, para. 18)',
)
SR_IRAQ_SYRIA: Turn = (
    "Is Tajikistan bringing back women and children from Syria?",
    "It has committed to: "
    '"The Special Rapporteur welcomes the commitment by the Government to repatriate Tajik women and '
    'children who are currently in camps in the Syrian Arab Republic, in particular from Al Hol camp." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_INTL: Turn = (
    "What did the Special Rapporteur ask of the UN agencies?",
    "Her last recommendation was that the international community "
    '"Strengthen human rights programming to prevent trafficking in persons, in particular internally '
    "within Tajikistan, specifically addressing the gender dimension of trafficking and the risks of child "
    'trafficking;" (A/HRC/50/33/Add.1, para. 92 (a)).',
)
SR_CONSULAR: Turn = (
    "Did the Special Rapporteur say anything about Tajik consular staff?",
    "She recommended that the Government "
    '"Strengthen training for Tajik consular officials abroad on the rights of trafficked persons to '
    'assistance, protection and repatriation;" (A/HRC/50/33/Add.1, para. 87 (b)).',
)

# The national plan of action 2018-2022 (three tables)
PC_HAGUE: Turn = (
    "Is Tajikistan thinking of joining the Hague adoption convention?",
    "The plan foresees a discussion: "
    '"Discussion of the issue of joining The Hague Convention on the protection of children and '
    'cooperation on the International adoption issue." (National Plan of Action 2018-2022 (CRC), row 19)',
)
PC_CHILD_LABOUR: Turn = (
    "What does Tajikistan's plan do about child labour?",
    "Among other things: "
    '"Take measures for implementation of monitoring of child labour system in all cities and regions of '
    'the Republic of Tajikistan" (National Plan of Action 2018-2022 (CRC), row 31).',
)
PC_WATER: Turn = (
    "Does the national plan mention drinking water?",
    "Yes, in its row on living standards, which foresees "
    '"access of the population (children) to high-quality drinking water and sanitation" '
    "(National Plan of Action 2018-2022 (CRC), row 26).",
)
PC_CONSCIENCE: Turn = (
    "What does the plan foresee on children's freedom of conscience?",
    "It refers the matter to the UPR: "
    '"Review this issue within the scope of the recommendations of state members of the UN Council on '
    'Human Rights as per formalities of the Universal Periodic Review." '
    "(National Plan of Action 2018-2022 (CRC), row 15)",
)
PC_TRAFFICKING: Turn = (
    "What support for trafficking victims does Tajikistan's plan foresee?",
    "The CRC table lists "
    '"Support to all victims of trafficking, including medical care and psychosocial support, legal '
    'support, vocational training and reintegration to the families" '
    "(National Plan of Action 2018-2022 (CRC), row 33).",
)
PO_COMPLAINTS: Turn = (
    "Does the OPSC plan make it easier for children to complain?",
    "It foresees "
    '"Ensuring the use of modern electronic technologies (applications and technical tools) for '
    'registering complaints and requests from children" (National Plan of Action 2018-2022 (OPSC), row 7).',
)
PA_MILITARY: Turn = (
    "Does the OPAC plan look at minors in military schools?",
    "Yes: "
    '"Study the legislation of the Republic of Tajikistan related to admission and education of minors in '
    'military schools" (National Plan of Action 2018-2022 (OPAC), row 6).',
)
PA_FIREARMS: Turn = (
    "What is the last item of the OPAC plan?",
    "Row 10: "
    '"Examination of the issue of accession to the Protocol against the Illicit Manufacturing of and '
    'Trafficking in Firearms, Their Parts and Components and Ammunition" '
    "(National Plan of Action 2018-2022 (OPAC), row 10).",
)
PA_COORD: Turn = (
    "Does the OPAC plan address coordination?",
    "Yes: "
    '"Improve the mechanisms of coordination among government agencies" '
    "(National Plan of Action 2018-2022 (OPAC), row 2).",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country the index does not hold, in many phrasings --
    (
        "what about the Kyrgyz side? did she look at recruiters there too?",
        (SR_RECRUITMENT,),
        "uncovered country (adjective 'Kyrgyz', informal 'the Kyrgyz side') after a Special Rapporteur "
        "turn; 'she' is the trafficking Rapporteur, who made no visit to Kyrgyzstan",
    ),
    (
        "How does Uzbekistan compare?",
        (TKM_REPORTED, TKM_COMPLAINTS),
        "uncovered country (Uzbekistan), a bare comparison with no topic restated, after Turkmenistan turns",
    ),
    (
        "Was Mongolia told the same?",
        (KAZ_STUDIES,),
        "uncovered country (Mongolia), terse follow-up, after a Kazakhstan turn",
    ),
    (
        "and the gambia?",
        (TJK_FORCED_LABOUR_DEF,),
        "uncovered country in lower case with its article ('the gambia') after a Tajikistan turn",
    ),
    (
        "Did the committee ask the Netherlands to do the same?",
        (TJK_CYBER, TJK_ONLINE_EDU),
        "uncovered country with an article (the Netherlands) after Tajikistan turns on online exploitation",
    ),
    (
        "What did the committee's observations on the Republic of Korea say about that convention?",
        (PC_HAGUE,),
        "uncovered country with an article (the Republic of Korea) after a plan turn; the Hague adoption "
        "convention carried over",
    ),
    (
        "Did Viet Nam get a list like that?",
        (KAZ_HOTLINES,),
        "uncovered country in its UN spelling (Viet Nam) after a Kazakhstan turn",
    ),
    (
        "I'm preparing a seminar handout that contrasts Central Asia with West Africa, and for the West "
        "African side I would like to know what the Committee on the Rights of the Child told C\u00f4te "
        "d'Ivoire about children working on cocoa plantations - could you give me the relevant paragraph?",
        (PC_CHILD_LABOUR, TJK_FORCED_LABOUR_DEF),
        "uncovered country with diacritics and an apostrophe (C\u00f4te d'Ivoire) in the middle of a long, "
        "polite question, after a plan turn and a Tajikistan turn on child labour",
    ),
    (
        "What did the committee tell Burma about children in military schools?",
        (PA_MILITARY,),
        "uncovered country by a former name (Burma, now Myanmar) after a plan (OPAC table) turn",
    ),
    (
        "And Swaziland - was it told the same about compensation?",
        (TKM_COMP_ACCESS,),
        "uncovered country by a former name (Swaziland, now Eswatini) after a Turkmenistan turn",
    ),
    (
        "did Tashkent get the same advice?",
        (TKM_PROSECUTORS,),
        "uncovered country by its capital (Tashkent, for Uzbekistan), lower-case start, after a "
        "Turkmenistan turn",
    ),
    (
        "And what did the Committee tell the Georgian authorities about investigations?",
        (KAZ_INVESTIGATIONS,),
        "uncovered country by an adjective ('the Georgian authorities') after a Kazakhstan turn",
    ),
    (
        "Compare what the committee told Pakistan and the Islamic Republic of Iran about extradition.",
        (TJK_EXTRADITION_REC,),
        "two uncovered countries at once (Pakistan; the Islamic Republic of Iran) after a Tajikistan turn",
    ),
    (
        "For a briefing next week I need to know whether the committee, when it examined China under the "
        "same Optional Protocol, also raised organ sales - can you check?",
        (TJK_ORGANS,),
        "uncovered country (China) in the middle of a long question after a Tajikistan turn",
    ),
    (
        "wat did the rapporter find abuot hotlines when she went to Ukraine?",
        (SR_HOTLINE_ADS,),
        "uncovered country (Ukraine) with typos in the other words, after a Special Rapporteur turn; a "
        "trafficking Rapporteur visit the index does not hold",
    ),
    # -- a body the index does not hold, by an informal name or acronym --
    (
        "What did the torture committee say about police abuse in Tajikistan?",
        (SR_POLICE_TRAINING,),
        "uncovered body (Committee against Torture, informal 'the torture committee') on Tajikistan after "
        "a Special Rapporteur turn; A/HRC/50/33/Add.1 para. 16 mentions police abuse but is not CAT's",
    ),
    (
        "And the women's committee - what did it tell Kazakhstan about trafficking in girls?",
        (KAZ_INTERAGENCY,),
        "uncovered body (CEDAW, informal 'the women's committee') on Kazakhstan",
    ),
    (
        "What has the CMW recommended to Tajikistan on protecting these workers?",
        (SR_DESTINATIONS,),
        "uncovered body (Committee on Migrant Workers, by acronym 'CMW') on Tajikistan after a Special "
        "Rapporteur turn; A/HRC/50/33/Add.1 para. 28 says Tajikistan is party to the Migrant Workers "
        "Convention, but no CMW document is held",
    ),
    (
        "Did the race discrimination committee raise this with Turkmenistan too?",
        (TKM_MINORITIES,),
        "uncovered body (CERD, informal 'the race discrimination committee') on Turkmenistan",
    ),
    (
        "what did the economic, social and cultural rights committee say about water for Tajik children?",
        (PC_WATER,),
        "uncovered body (CESCR, by an informal lower-case name) on Tajikistan after a plan turn",
    ),
    (
        "What did the ILO Committee of Experts say about the cotton harvest in Turkmenistan?",
        (TKM_SLAVERY,),
        "uncovered body outside the UN treaty system (the ILO Committee of Experts) on Turkmenistan; "
        "CRC/C/OPSC/TKM/CO/1 mentions ILO conventions (para. 4) and the cotton harvest (para. 5) but is "
        "the CRC's",
    ),
    # -- a Special Procedures mandate or Working Group the index does not hold --
    (
        "What did the Special Rapporteur on the rights of persons with disabilities say about that road map?",
        (SR_DISABILITY_ROADMAP,),
        "uncovered mandate (Special Rapporteur on the rights of persons with disabilities) on Tajikistan",
    ),
    (
        "Has the Working Group on Business and Human Rights looked at those agencies in Tajikistan?",
        (SR_RECRUIT_REC,),
        "uncovered mandate (Working Group on Business and Human Rights) on Tajikistan",
    ),
    (
        "And the Special Rapporteur on the situation of human rights defenders - did she report on those "
        "threats?",
        (SR_NGO_THREATS,),
        "uncovered mandate (Special Rapporteur on human rights defenders); Tajikistan carried from a "
        "trafficking Rapporteur turn",
    ),
    (
        "What did the Special Rapporteur on minority issues recommend for these children in Tajikistan?",
        (SR_MINORITIES,),
        "uncovered mandate (Special Rapporteur on minority issues) on Tajikistan",
    ),
    (
        "Did the Working Group on discrimination against women and girls visit Tajikistan as well, and "
        "what did it find?",
        (SR_INVISIBLE,),
        "uncovered mandate (Working Group on discrimination against women and girls) on Tajikistan",
    ),
    # -- the Universal Periodic Review --
    (
        "So which UPR recommendations on this did Tajikistan actually receive?",
        (PC_CONSCIENCE,),
        "uncovered mechanism (UPR, by acronym) on Tajikistan; the plan's CRC row 15 only refers to UPR "
        "recommendations, and no UPR document is held",
    ),
    (
        "What came out of Turkmenistan's universal periodic review on civil society?",
        (TKM_CONSULT, TKM_CSO_REC),
        "uncovered mechanism (UPR, in lower case) on Turkmenistan",
    ),
    # -- a year, period or session no document is from --
    (
        "Has the committee said anything about Kazakhstan since - say, last year?",
        (KAZ_DUE,),
        "uncovered year (relative: 'last year') for Kazakhstan, whose held observations are of 2006",
    ),
    (
        "What did the Committee adopt on Turkmenistan at its 90th session?",
        (TKM_REPORTED,),
        "uncovered session (the CRC's 90th) for Turkmenistan; the held observations were adopted in "
        "January 2015",
    ),
    (
        "What did her 2025 follow-up report say about those repatriations?",
        (SR_IRAQ_SYRIA,),
        "uncovered year (a 2025 follow-up report) for the trafficking Rapporteur on Tajikistan; the held "
        "report is of 2022",
    ),
    (
        "And in the 2001 concluding observations on Tajikistan?",
        (TJK_STRATEGY_REC, TJK_ROOT),
        "uncovered year (2001) for Tajikistan, whose held observations are of 2017",
    ),
    (
        "What did the committee say about Kazakhstan back in the 1990s?",
        (KAZ_DIRECT,),
        "uncovered period (the 1990s) for Kazakhstan",
    ),
    # -- a document symbol the index does not hold --
    (
        "What did Tajikistan itself write about this in its report CRC/C/OPSC/TJK/1?",
        (TJK_CYBER,),
        "uncovered symbol (CRC/C/OPSC/TJK/1, the State party report cited in CRC/C/OPSC/TJK/CO/1 para. 1 "
        "but not held)",
    ),
    (
        "Can you quote what CRC/C/OPSC/TKM/Q/1/Add.1 says about the cotton harvest?",
        (TKM_REPLIES,),
        "uncovered symbol (the written replies CRC/C/OPSC/TKM/Q/1/Add.1, cited in CRC/C/OPSC/TKM/CO/1 "
        "para. 2 but not held)",
    ),
    (
        "What does A/HRC/50/33 say about consular protection?",
        (SR_DESTINATIONS, SR_CONSULAR),
        "uncovered symbol (A/HRC/50/33, a near miss of the held A/HRC/50/33/Add.1)",
    ),
    (
        "Show me the summary record CRC/C/SR.1084.",
        (KAZ_MEETINGS,),
        "uncovered symbol (the summary record CRC/C/SR.1084, cited in CRC/C/OPSC/KAZ/CO/1 para. 1 but not "
        "held)",
    ),
    (
        "What did CEDAW/C/TJK/CO/7 recommend on women in public life?",
        (SR_WOMEN_PARL,),
        "uncovered symbol of another treaty body (CEDAW/C/TJK/CO/7) after a Special Rapporteur turn",
    ),
    # -- a paragraph, recommendation or row the named document does not have --
    (
        "What's recommendation 56 in the Tajikistan OPSC review?",
        (TJK_TRANSMIT,),
        "nonexistent paragraph (56) of CRC/C/OPSC/TJK/CO/1, which has 38, asked as a 'recommendation' "
        "(the plan's rows refer to recommendation numbers of other reviews, none above 51)",
    ),
    (
        "Quote para. 35 of the Kazakhstan document.",
        (KAZ_TRANSMIT,),
        "nonexistent paragraph (35) of CRC/C/OPSC/KAZ/CO/1, which has 32",
    ),
    (
        "What's in row 11 of the OPAC table?",
        (PA_FIREARMS,),
        "nonexistent row (11) of the plan's OPAC table, which has 10; the previous turn quoted row 10",
    ),
    (
        "and paragraph 95 of her report?",
        (SR_INTL,),
        "nonexistent paragraph (95) of A/HRC/50/33/Add.1, which has 92; the previous turn quoted para. 92",
    ),
    # -- a kind of document not held for that country --
    (
        "Show me the row on dissemination in Kazakhstan's national plan of action for these observations.",
        (KAZ_DISSEM,),
        "document kind not held (a national plan of action of Kazakhstan implementing the OPSC "
        "observations)",
    ),
    (
        "What did the trafficking rapporteur's report on Turkmenistan say about the pandemic?",
        (SR_DESTINATIONS, SR_RECRUITMENT, SR_COVID),
        "document kind not held (a trafficking Rapporteur visit report on Turkmenistan), after three "
        "Special Rapporteur turns on Tajikistan",
    ),
    (
        "And Kazakhstan's concluding observations under that protocol - what do they say on coordination?",
        (PA_COORD,),
        "document kind not held (CRC concluding observations on Kazakhstan under the OPAC); 'that protocol' "
        "carried from a plan (OPAC table) turn",
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
        "I'm comparing follow-up: did the committee, when it reviewed Turkmenistan, also want its findings "
        "spread that widely?",
        (KAZ_DISSEM,),
        "Turkmenistan",
        u(M, 46),
        [],
        ["widely available"],
        "covered country Turkmenistan named mid-sentence after a Kazakhstan turn (dissemination of the "
        "observations)",
    ),
    (
        "same for Turkmenistan",
        (TJK_COMPLAINTS,),
        "Turkmenistan",
        u(M, 36),
        u(M, 14, 15),
        ["complaints mechanisms"],
        "covered country Turkmenistan ('same for X') after a Tajikistan turn (complaint mechanisms for "
        "children); para. 36 (c)",
    ),
    (
        "Was Turkmenistan pointed to those guidelines as well?",
        (KAZ_VICTIM_VIEWS, KAZ_UN_GUIDELINES),
        "Turkmenistan",
        u(M, 38),
        u(M, 37),
        ["Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime"],
        "covered country Turkmenistan after Kazakhstan turns (UN Guidelines on child victims and witnesses)",
    ),
    (
        "Had Turkmenistan ratified it by the time of its review?",
        (KAZ_PALERMO,),
        "Turkmenistan",
        u(M, 4),
        [],
        ["March 2005"],
        "covered country Turkmenistan after a Kazakhstan turn; 'it' is the Trafficking in Persons Protocol "
        "(para. 4 (d))",
    ),
    (
        "What recovery services did the Turkmen committee report ask for?",
        (PC_TRAFFICKING,),
        "Turkmenistan",
        u(M, 40),
        u(M, 39),
        ["shelter"],
        "covered country by adjective ('the Turkmen committee report') after a Tajikistan plan turn "
        "(support and reintegration of victims); para. 40 (a)",
    ),
    (
        "and in Ashgabat's case?",
        (TJK_ROOT,),
        "Turkmenistan",
        u(M, 24, 25),
        [],
        ["root causes"],
        "covered country by its capital (Ashgabat, for Turkmenistan) after a Tajikistan turn (root causes)",
    ),
    (
        "Is the Protocol built into Turkmenistan's own legislation?",
        (KAZ_DIRECT,),
        "Turkmenistan",
        u(M, 8, 9),
        [],
        ["integrated into the national legislation"],
        "covered country Turkmenistan after a Kazakhstan turn (direct application / incorporation of the "
        "Optional Protocol)",
    ),
    (
        "Did Turkmenistan get a similar recommendation?",
        (TJK_STRATEGY_REC,),
        "Turkmenistan",
        u(M, 10, 11),
        [],
        ["comprehensive strategy"],
        "covered country Turkmenistan after a Tajikistan turn (comprehensive strategy)",
    ),
    # -- to Kazakhstan --
    (
        "What did the committee find on prosecutions in Kazakhstan?",
        (TKM_PROSECUTORS, TKM_REPORTED),
        "Kazakhstan",
        u(K, 23),
        u(K, 24),
        ["scarce"],
        "covered country Kazakhstan after Turkmenistan turns (number of investigations and prosecutions)",
    ),
    (
        "and the Kazakh Criminal Code on that point?",
        (TJK_FORCED_LABOUR_DEF,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Article 133"],
        "covered country by adjective ('the Kazakh Criminal Code') after a Tajikistan turn (sale of "
        "children for forced labour); para. 15 (a)",
    ),
    (
        "Did the committee want telephone hotlines in Kazakhstan?",
        (PO_COMPLAINTS,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Free telephone hotlines"],
        "covered country Kazakhstan after a Tajikistan plan turn (complaints from children); para. 22 (d)",
    ),
    (
        "And what did it tell Kazakhstan about working with NGOs?",
        (TKM_CSO_REC,),
        "Kazakhstan",
        u(K, 24, 28),
        [],
        ["NGOs"],
        "covered country Kazakhstan after a Turkmenistan turn (civil society)",
    ),
    (
        "Were foreign children mentioned in the Kazakhstani observations?",
        (TJK_MIGRANT_KIDS,),
        "Kazakhstan",
        u(K, 25),
        u(K, 26),
        ["foreign citizens"],
        "covered country by adjective ('the Kazakhstani observations') after a Tajikistan turn (migrant "
        "and refugee children)",
    ),
    (
        "What did the committee welcome in Kazakhstan?",
        (TKM_LAWS,),
        "Kazakhstan",
        u(K, 4),
        u(K, 2, 15, 27),
        ["inter-agency commission"],
        "covered country Kazakhstan after a Turkmenistan turn (positive aspects)",
    ),
    (
        "How should Kazakhstan make the Protocol known to children?",
        (TJK_AWARENESS_REC,),
        "Kazakhstan",
        u(K, 8),
        u(K, 7, 26),
        ["school curricula"],
        "covered country Kazakhstan after a Tajikistan turn (awareness of the Optional Protocol)",
    ),
    (
        "Kazakhstan: same question.",
        (TJK_COMPLAINTS, TJK_TRANSMIT),
        "Kazakhstan",
        u(K, 30),
        [],
        ["provincial authorities"],
        "covered country Kazakhstan, terse, after Tajikistan turns (to whom the recommendations are "
        "transmitted)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "And which ILO convention on child labour had Tajikistan ratified, per its review?",
        (TKM_SLAVERY,),
        "Tajikistan",
        u(T, 4),
        u(S, 28),
        ["No. 182"],
        "covered country Tajikistan after a Turkmenistan turn (ratifications); para. 4 (e)",
    ),
    (
        "What did the trafficking rapporteur find on bringing Tajik victims home from abroad?",
        (TKM_COMP_ACCESS, TKM_SAFE_RETURN),
        "Tajikistan",
        u(S, 68, 69),
        u(S, 72, 87),
        ["16 victims"],
        "covered country and mandate (adjective 'Tajik'): the trafficking Rapporteur on Tajikistan after "
        "Turkmenistan turns (return of victims)",
    ),
    (
        "Does Tajikistan's 2018-2022 plan of action address coordination?",
        (TKM_COORD_BODY,),
        "Tajikistan",
        u(PO, 4),
        u(PA, 2) + u(T, 12, 13) + u(S, 33),
        ["coordination"],
        "covered country and document: Tajikistan's plan (OPSC table) after a Turkmenistan turn "
        "(coordination)",
    ),
    (
        "what does the Tajik government's 2018 plan foresee on OPSC statistics?",
        (KAZ_STUDIES,),
        "Tajikistan",
        u(PO, 1),
        u(PC, 5) + u(PA, 4) + u(T, 6, 7),
        ["inter-sectoral working group"],
        "covered country and document (adjective 'Tajik', the plan's year): the OPSC table after a "
        "Kazakhstan turn (data collection)",
    ),
    (
        "When did Tajikistan ratify it, according to the Special Rapporteur?",
        (TKM_PALERMO,),
        "Tajikistan",
        u(S, 28),
        [],
        ["2002"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after a Turkmenistan turn; "
        "'it' is the Trafficking in Persons Protocol",
    ),
    (
        "Is the Tajik plan looking at the Hague adoption convention?",
        (KAZ_ADOPTION,),
        "Tajikistan",
        u(PC, 19),
        u(T, 27),
        ["The Hague Convention"],
        "covered country and document (adjective 'Tajik'): the plan's CRC table after a Kazakhstan turn "
        "(adoption)",
    ),
    (
        "What did the Special Rapporteur say about protecting victims and witnesses in criminal proceedings "
        "in Tajikistan?",
        (KAZ_VICTIM_VIEWS,),
        "Tajikistan",
        u(S, 79, 86),
        u(S, 83) + u(T, 33),
        ["witness protection"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after a Kazakhstan turn "
        "(child victims in criminal proceedings); para. 86 (c)",
    ),
    (
        "and the trafficking rapporteur on NGOs in Tajikistan?",
        (TKM_CONSULT,),
        "Tajikistan",
        u(S, 75, 76),
        u(S, 33, 67, 85, 89),
        ["Law on Public Associations"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after a Turkmenistan turn "
        "(civil society)",
    ),
    (
        "Does the OPAC part of Tajikistan's plan do anything to reintegrate child victims of armed conflict?",
        (TKM_OPAC,),
        "Tajikistan",
        u(PA, 7),
        u(S, 54, 71, 72, 87),
        ["reintegration"],
        "covered country and document: the plan's OPAC table after a Turkmenistan turn (the armed "
        "conflict protocol)",
    ),
]
