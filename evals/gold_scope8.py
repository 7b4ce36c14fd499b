"""The eighth 'scope' table of the gold set (ids g001-g060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope7.py`, with new conversations and new wordings, typed as
users type in a chat: a ministry official (formal, sometimes two questions in one message), a
trainer building a session ('for my module', 'slide needs all of them', 'one line per country'), a
journalist or NGO worker (short, lower case, typos: 'awarness', 'whats', 'ppl') and people who first
say what their own work is (a shelter network in Cape Town, Latin American partners, a note on girls'
schooling, a lecture on the drafting history). One to three earlier turns about what the index
holds, each answered by quoting a document verbatim with its reference, then a last question that
moves the scope. g001-g040 name what the index does not hold: a country by name in the middle of an
official message (Ecuador), by a lower-case adjective ('the peruvian authorities'), by its capital in
lower case ('kampala'), by a city that is not its capital (Cape Town), by a region of a State
(Catalonia), as a group of States (the Sahel countries), misspelt in lower case ('guatamala'), in
lower case ('portugal'), by its official long name (the Hashemite Kingdom of Jordan), by a former UN
name (the former Yugoslav Republic of Macedonia), as 'its own review' (Mozambique), or a territory
that is not itself a State party (Hong Kong); a body, organisation, person or named text the documents never
mention (UNODC's Global Report on Trafficking in Persons as 'unodc's global report', the Yogyakarta
Principles in lower case, the Inter-American Court of Human Rights by its Spanish name 'la Corte
Interamericana de Derechos Humanos', Kailash Satyarthi, the Cotton Campaign, Walk Free's Global
Slavery Index, the Eurasian Economic Union as 'the eaeu', Anti-Slavery International in lower case)
or one they mention only in passing, asked for its own words (the Council of Europe Convention on
Cyber Crime, named in CRC/C/OPSC/KAZ/CO/1 para. 16 (c), by its nickname 'the Budapest Convention';
UNHCR Guidelines on International Protection No. 7, named in A/HRC/50/33/Add.1 para. 88 (b); the
National Programme on justice for children 2017-2021, named in the plan's CRC row 34; the
Interagency Commission on Enforcing Turkmenistan's International Obligations, named in
CRC/C/OPSC/TKM/CO/1 para. 12); a later plan (one for 2023-2027), a session (the Committee's
sixty-ninth, after the Turkmenistan review), a period ('during covid, 2020-21', for Kazakhstan), a
version (an advance unedited version of A/HRC/50/33/Add.1); a sub-paragraph past the last one of
its paragraph (86 (d) of the Rapporteur's report, 17 (c) of the Turkmenistan observations, 19 (f) of
the Tajikistan ones) and a table past the last one of the plan (a fourth, for the communications
procedure protocol); a kind of document not held (the concluding observations of the next cycle,
the minutes of the Interministerial Commission's meetings, a State budget law, UNAIDS' country
progress report, the delegation's opening statement, the travaux préparatoires of the Optional
Protocol, a Demographic and Health Survey dataset, the text of the cooperation agreement with IOM):
the answer must decline and cite nothing. g041-g060 move to another covered country or document,
named in more ways ('Turkmenistan's committee review', lower case with a typo in another word, 'the
Turkmen trafficking law', a trainer's 'Turkmenistan column', the name at the very end after a dash,
'Turkmenistan's 2015 review', the name in brackets, 'kazakhstan's laws', 'Kazahkstan' misspelt,
the name in the middle of an official two-part question, 'kazakh local authorities', 'the kazakhstan
one', the Russian 'Казахстан' in Cyrillic, the name in a subordinate clause, the French spelling
'tadjikistan', 'the NPA (Tajikistan, 2018-2022)', 'the plan Tajikistan's Commission on Child Rights
approved', from the Rapporteur's report to the committee's observations and back): the
carried-over topic is answered from that country's documents only.

Countries and phrasings were checked against the seven earlier tables: none of the countries,
territories, bodies, persons or named texts they ask about is asked about here (Catalonia is part
of Spain, which they do not ask about; Hong Kong is part of China, which scope3 asks about by name
only, not by a territory of it; the Yogyakarta Principles are named after a city of Indonesia,
which scope7 asks about, but are a text of their own; the Interagency Commission of Turkmenistan
appears in their earlier turns and key facts only), and no move has the same target paragraphs as
an earlier table's move (the Turkmenistan moves target single paragraphs that earlier moves
targeted only within a pair; the Kazakhstan moves target single paragraphs that earlier moves
targeted only within a pair, or pairs no earlier move targeted; CRC/C/OPSC/TJK/CO/1 paras.
6, 14 and 38, A/HRC/50/33/Add.1 paras. 53 and 64, the plan's CRC row 8 and OPSC row 2 had not been
targets of a move before).

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10
(OPAC) rows, and the plan has those three tables only. Sub-paragraphs used past their end here:
A/HRC/50/33/Add.1 para. 86 stops at (c), CRC/C/OPSC/TKM/CO/1 para. 17 at (b), CRC/C/OPSC/TJK/CO/1
para. 19 at (e).

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_AT_RISK: Turn = (
    "Which groups of children did the Committee want Tajikistan's prevention programmes to target?",
    "Several; it recommended that the State party "
    '"Adopt comprehensive and targeted protection and prevention measures and programmes for those '
    "children at risk of falling victim to offences under the Optional Protocol, including children "
    "living in poverty, children engaged in child labour, child victims of prostitution, child spouses "
    'and children living in street situations;" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
TJK_BORDER_CORRUPTION: Turn = (
    "did the committee say anything about corruption in cross-border cases in tajikistan?",
    "Yes; among its concerns: "
    '"There are allegations of the transport of victims across borders that are not investigated owing '
    'to corruption;" (CRC/C/OPSC/TJK/CO/1, para. 18 (d))',
)
TJK_UNACCOMPANIED: Turn = (
    "Did the Committee mention unaccompanied children in its recommendations to Tajikistan?",
    "Yes, on identification: it recommended that the State party "
    '"Establish mechanisms and procedures for the early identification of child victims, including '
    'unaccompanied children, of offences under the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 33 (a)).',
)
TJK_OPIC: Turn = (
    "Was Tajikistan asked to ratify the communications procedure?",
    "Yes: "
    '"The Committee recommends that, in order to further strengthen the fulfilment of children\u2019s '
    'rights, the State party ratify the Optional Protocol on a communications procedure." '
    "(CRC/C/OPSC/TJK/CO/1, para. 35)",
)
TJK_COTTON_INFO: Turn = (
    "What did the committee say about forced child labour in Tajikistan's cotton harvest?",
    "That it had been told little: "
    '"The Committee is concerned at the limited information provided to it on the measures adopted by '
    'the State party to eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
TJK_SALE_NOT_TRAFFICKING: Turn = (
    "Does the Committee treat the sale of children and child trafficking as the same thing?",
    "No; in its Tajikistan observations it calls the sale of children "
    '"a concept that is similar, but not identical, to trafficking in children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 8).",
)
TJK_BUDGET_NEXT_REPORT: Turn = (
    "When was Tajikistan supposed to report on budget lines for the Protocol?",
    "In its next periodic report: the Committee recommended that the State party "
    '"identify budget lines for the implementation of the Optional Protocol, ensuring the allocation of '
    "adequate resources, and present information in that regard in its next periodic report to the "
    'Committee." (CRC/C/OPSC/TJK/CO/1, para. 17)',
)
TJK_IOM: Turn = (
    "Does Tajikistan have any agreement with IOM?",
    "Yes; the Committee welcomed "
    '"The entering into an international assistance and cooperation agreement with the International '
    'Organization for Migration to, among other things, counter trafficking." '
    "(CRC/C/OPSC/TJK/CO/1, para. 4 (f))",
)
TJK_RESOURCES_INFO: Turn = (
    "did tajikistan tell the committee how much it spends on the protocol?",
    "No: "
    '"The Committee is concerned about the absence of information regarding the resources allocated to '
    'implement the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 16)',
)
TJK_DATA_MECHANISM: Turn = (
    "What did the Committee find on data collection in Tajikistan?",
    "Too little had been done: "
    '"The Committee is concerned about the insufficient steps taken to establish a systematic mechanism '
    'of data collection, analysis and monitoring of all areas covered by the Optional Protocol." '
    "(CRC/C/OPSC/TJK/CO/1, para. 6)",
)
TJK_OFFENCES_COVERED: Turn = (
    "what did the committee want tajikistan to do about gaps in its criminal law?",
    "To close them: "
    '"The Committee recommends that the State party ensure that all offences under the Optional Protocol '
    "are fully covered under its criminal law, including all forms of the sale of children, child "
    'prostitution and child pornography." (CRC/C/OPSC/TJK/CO/1, para. 9)',
)
TJK_ROOT_CAUSES: Turn = (
    "What does sub-paragraph (e) of the prevention recommendation to Tajikistan say?",
    "It asks the State party to "
    '"Intensify measures to identify, analyse and effectively address the root causes of offences under '
    'the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 19 (e))',
)
TJK_ROMA_REC: Turn = (
    "What did the committee recommend for Roma and refugee children in Tajikistan?",
    "Protection from the offences: it recommended "
    '"that the State party adopt all the measures necessary to prevent and protect all groups of '
    "children in a vulnerable situation, including Roma children, migrant and refugee children, from "
    'becoming potential victims of offences under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_READ_WITH: Turn = (
    "Which other observations should the Tajikistan OPSC review be read with?",
    "With two others: "
    '"its concluding observations on the combined third to fifth periodic reports submitted by the '
    "State party under the Convention (CRC/C/TJK/CO/3-5), and on the report of the State party "
    "submitted under the Optional Protocol on the involvement of children in armed conflict "
    '(CRC/C/OPAC/TJK/CO/1), both adopted on 29 September 2017." (CRC/C/OPSC/TJK/CO/1, para. 3)',
)
TJK_NEXT_REPORT: Turn = (
    "When is Tajikistan's next report on the Protocol due?",
    "The Committee gave no date; it requested further information "
    '"in its next periodic report to be submitted in accordance with article 44 of the Convention." '
    "(CRC/C/OPSC/TJK/CO/1, para. 38)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_ADOPTION_LAW: Turn = (
    "what did the committee say about adoption law in kazakhstan?",
    "That it needed strengthening: "
    '"Legal provisions with regard to adoption need strengthening by adherence to international '
    'standards and establishment of a central regulating authority." (CRC/C/OPSC/KAZ/CO/1, para. 15 (e))',
)
KAZ_AWARENESS_PROF: Turn = (
    "Was awareness of the Protocol among professionals in Kazakhstan good enough?",
    "No: "
    '"The Committee is concerned that efforts to raise awareness among relevant professional categories '
    'and the public on the areas covered by the Protocol remain insufficient." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 7)",
)
KAZ_TRAINING: Turn = (
    "Which professionals did the committee want trained in Kazakhstan?",
    "It recommended resources "
    '"for the development of training materials and courses for all relevant professionals including '
    "police officers, public prosecutors, judges, medical staff and other professionals involved in the "
    'implementation of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 8)',
)
KAZ_PRIVACY: Turn = (
    "Did the committee say child victims' privacy must be protected in Kazakhstan?",
    "Yes; it asked for legislative amendments paying special attention to the right of the child victim "
    '"to have his privacy and identity fully respected and protected." (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_TREATIES: Turn = (
    "Which treaties was Kazakhstan asked to ratify?",
    "Four; it recommended that the State party "
    '"Strengthen the legislative framework by ratifying the Hague Convention No. 33 on Protection of '
    "Children and Cooperation in Respect of Inter-country Adoption (1993); the Protocol to Prevent, "
    "Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United "
    "Nations Convention against Transnational Organized Crime (2000); the Council of Europe Convention "
    "on Cyber Crime (2001); and the Council of Europe Convention on Action against Trafficking in Human "
    'Beings ( 2005)." (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)
KAZ_DELEGATION: Turn = (
    "How did the dialogue with Kazakhstan's delegation go?",
    "Well, by the Committee's account: "
    '"The Committee appreciates the constructive dialogue held with the delegation and notes with '
    "appreciation the additional information submitted in writing as an immediate follow-up to the "
    'dialogue." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_VICTIM_MEASURES: Turn = (
    "what did the committee urge kazakhstan to do for victims?",
    "A list of measures, beginning with "
    '"Non-criminalization of the victims;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (a)) and '
    '"Free legal aid;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (b))',
)
KAZ_CAMPAIGNS: Turn = (
    "Had Kazakhstan run any awareness campaigns on this?",
    "Yes: "
    '"The Committee welcomes the awareness-raising campaigns that have been conducted for the public, '
    "e.g. via the radio and directly aimed at children, e.g. via schools as part of the National Action "
    'Plan. However, it is concerned that targeted preventive measures remain outstanding." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 27)",
)
KAZ_LEGAL_PERSONS: Turn = (
    "Can companies be held liable for OPSC crimes in Kazakhstan?",
    "No; among the gaps the Committee listed: "
    '"Legal persons cannot be liable for crimes under the Optional Protocol;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (d))",
)
KAZ_SCARCE: Turn = (
    "were there many prosecutions in kazakhstan for selling children?",
    "Few; the Committee "
    '"remains concerned that the number of initiated investigations and prosecutions is scarce in '
    'relation to the extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_STUDIES: Turn = (
    "What did the committee ask Kazakhstan to do about research and data?",
    "It recommended "
    '"that the State party ensure that in-depth studies are undertaken into issues covered by the '
    "Protocol and that data, disaggregated, inter alia, by age, sex, minority group, are systematically "
    "collected and analysed inasmuch as they provide essential tools for measuring policy "
    'implementation." (CRC/C/OPSC/KAZ/CO/1, para. 12)',
)
KAZ_REVIEW_CODE: Turn = (
    "What did the committee recommend Kazakhstan do with its Criminal Code?",
    "It recommended that the State party "
    '"Review the existing provisions in the Criminal Code in order to bring them into full compliance '
    'with the Optional Protocol (either via amendments or via new provisions);" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (a))",
)

# CRC/C/OPSC/TKM/CO/1
TKM_COTTON_DECREE: Turn = (
    "Is child labour in the cotton harvest banned in Turkmenistan?",
    "By decree; the Committee welcomed the "
    '"2005 presidential decree that bans child labour in all sectors, specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_INTERAGENCY: Turn = (
    "Which body handles Turkmenistan's human rights obligations, according to the committee?",
    "An interagency commission, but none specific to the Protocol: "
    '"While noting the existence of the Interagency Commission on Enforcing Turkmenistan\u2019s '
    "International Obligations on Human Rights and International Humanitarian Law, the Committee "
    "remains concerned that there is still no specific body responsible for the coordination and the "
    'implementation of the State party\u2019s obligations under the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 12)",
)
TKM_OPIC: Turn = (
    "did turkmenistan get the recommendation on the communications procedure?",
    "Yes: "
    '"The Committee recommends that the State party ratify the Optional Protocol to the Convention on '
    "the Rights of the Child on a communications procedure, in order to further strengthen the "
    'fulfilment of children\u2019s rights." (CRC/C/OPSC/TKM/CO/1, para. 44)',
)
TKM_DISSEM_PROF: Turn = (
    "Which professional groups was Turkmenistan to spread the Protocol among?",
    "It recommended that the State party "
    '"Disseminate the Optional Protocol among all relevant professional groups, especially members of '
    'the police, judges, prosecutors, representatives of the media and social workers." '
    "(CRC/C/OPSC/TKM/CO/1, para. 17 (b))",
)
TKM_ART8: Turn = (
    "Has Turkmenistan built article 8 of the Protocol into its laws?",
    "Not adequately; the Committee was concerned "
    '"that the provisions of article 8 of the Protocol have not been adequately integrated into the '
    "relevant laws of the State party and, in particular, that legislation fails to provide clear "
    'sanctions for the exertion of physical and psychological pressure during interrogations." '
    "(CRC/C/OPSC/TKM/CO/1, para. 37)",
)
TKM_NEXT: Turn = (
    "When was Turkmenistan's next report due?",
    "By 28 January 2018: the Committee requested further information "
    '"in its next periodic report under the Convention on the Rights of the Child, due by 28 January '
    '2018, as stipulated in article 44 of the Convention." (CRC/C/OPSC/TKM/CO/1, para. 47)',
)
TKM_RECOVERY_PROG: Turn = (
    "What recovery help did the committee want for child victims in Turkmenistan?",
    "Programmes, among other measures: it recommended "
    '"developing and implementing programmes aimed at providing counselling, shelter, legal assistance '
    'and other rehabilitative services to victims of trafficking;" (CRC/C/OPSC/TKM/CO/1, para. 40 (a))',
)
TKM_CIVIL_SOCIETY: Turn = (
    "What did the Committee urge Turkmenistan to do about civil society?",
    "To lift restrictions and involve it: "
    '"The Committee urges the State party to remove restrictions on the functioning of independent '
    "civil society organizations, including those working on children\u2019s rights, and systematically "
    "involve civil society organizations in all matters concerning the implementation of the Optional "
    'Protocol" (CRC/C/OPSC/TKM/CO/1, para. 23).',
)
TKM_ADOPTED: Turn = (
    "when were the turkmenistan observations adopted?",
    "On 30 January 2015: the Committee adopted them "
    '"at its 1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 1)',
)

# A/HRC/50/33/Add.1
SR_INTERNAL_SECTORS: Turn = (
    "Which sectors did the rapporteur flag for internal forced labour in Tajikistan?",
    "Several: "
    '"More attention must be given to prevent risks of internal trafficking within Tajikistan for forced '
    'labour, in particular in sectors such as construction, mining, agriculture and domestic service." '
    "(A/HRC/50/33/Add.1, para. 40)",
)
SR_ONE_SHELTER: Turn = (
    "How many shelters are there for trafficking victims in Tajikistan?",
    "One, in the capital: "
    '"In Dushanbe, there is currently only one shelter, which operates under the control of the Ministry '
    'of Health." (A/HRC/50/33/Add.1, para. 65)',
)
SR_ARMED_GROUPS: Turn = (
    "Did the rapporteur look at children recruited by armed groups?",
    "Yes: "
    '"Trafficking of children, including in the context of recruitment by armed or terrorist groups for '
    'purposes of forced criminality, forced labour or sexual exploitation is a serious concern." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_AFGHANS_PRECARIOUS: Turn = (
    "What did the suspension of residence permits mean for Afghan refugees in Tajikistan?",
    "The Special Rapporteur "
    '"is extremely concerned by those developments, which leave recently arrived Afghan refugees '
    "without documentation and in a highly precarious situation concerning their legal status, without "
    'access to employment, education or opportunities for resettlement." (A/HRC/50/33/Add.1, para. 25)',
)
SR_WOMEN_DOMESTIC: Turn = (
    "what work do tajik women migrants mostly do abroad?",
    "Services, hospitality and domestic work: "
    '"Women account for approximately 20 per cent of migrant workers from Tajikistan and are mostly '
    'recruited to work in the services sector, the hospitality sector and domestic work." '
    "(A/HRC/50/33/Add.1, para. 8)",
)
SR_GIRLS_SCHOOL: Turn = (
    "Did the rapporteur link girls' schooling to trafficking risks in Tajikistan?",
    "Yes: "
    '"Gender inequality in education, the low school enrolment rate among girls, especially in remote '
    "areas, and the higher secondary school dropout rate among girls, contribute to the risks of "
    "exploitation. Limited attention is given to the risks of trafficking for forced marriage and sexual "
    'exploitation, in particular of girls." (A/HRC/50/33/Add.1, para. 44)',
)
SR_RESEARCH_GAP: Turn = (
    "is there good data on trafficking in tajikistan?",
    "Not enough; the Special Rapporteur "
    '"is concerned that limited data and independent research on trafficking in persons in Tajikistan '
    "hinders the analysis of the current context and poses challenges for the protection of the human "
    'rights of trafficked persons." (A/HRC/50/33/Add.1, para. 34)',
)
SR_LGBT: Turn = (
    "did the trafficking rapporteur say anything about lgbt people in tajikistan?",
    "Yes: "
    '"The Special Rapporteur highlights the systemic discrimination and violence perpetrated against '
    "lesbian, gay, bisexual, trans and gender-diverse persons in Tajikistan, and expresses her concern "
    "that such discrimination limits access to assistance and protection for them and for persons at "
    'risk of trafficking and increases the risks of exploitation." (A/HRC/50/33/Add.1, para. 16)',
)
SR_ORIGIN: Turn = (
    "Is Tajikistan mainly a source or a destination country for trafficking?",
    "A source: "
    '"Tajikistan is primarily a country of origin for victims of trafficking in persons." '
    "(A/HRC/50/33/Add.1, para. 6)",
)
SR_DESTINATIONS: Turn = (
    "where do tajik migrant workers mostly go?",
    "Three countries above all: "
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for Tajik '
    'workers." (A/HRC/50/33/Add.1, para. 7)',
)
SR_GUIDELINES_7: Turn = (
    "Did the rapporteur say trafficking can be a ground for refugee protection in Tajikistan?",
    "Yes; she recommended that the Government, "
    '"Following UNHCR Guidelines on International Protection No. 7, consider trafficking in the country '
    "of origin, destination or transit and the risks of trafficking, re-trafficking or reprisals from "
    'traffickers as grounds for granting international protection in Tajikistan;" '
    "(A/HRC/50/33/Add.1, para. 88 (b))",
)
SR_STATE_EVENTS: Turn = (
    "whats this about kids rehearsing for state events in tajikistan?",
    "The Special Rapporteur wrote: "
    '"The Special Rapporteur has received accounts regarding the retention of children and young adults '
    "to train and rehearse for performances at State-led events. Concerns raised include the risk of "
    'sexual exploitation of children." (A/HRC/50/33/Add.1, para. 10)',
)
SR_COMMISSION_OPENNESS: Turn = (
    "Is the anti-trafficking commission in Tajikistan open about its work?",
    "Not very: "
    '"The Special Rapporteur is concerned, however, about the lack of transparency of the meetings and '
    'the limited engagement with civil society, lawyers and human rights defenders by the Commission." '
    "(A/HRC/50/33/Add.1, para. 33)",
)
SR_LATE_ACCEPTANCE: Turn = (
    "Were there problems organising the rapporteur's visit?",
    "Yes: "
    '"The Special Rapporteur regrets that the late acceptance of the country visit request, only three '
    "working days prior to the official commencement date, posed difficulties in finalizing the "
    'programme for the visit." (A/HRC/50/33/Add.1, para. 4)',
)
SR_POLICE_TRAINING_REC: Turn = (
    "What did she recommend on training the police?",
    "She recommended that the Government "
    '"Ensure that training for law enforcement officials addresses discriminatory attitudes towards '
    "victims and gender stereotypes and that women police officers are trained and available to conduct "
    'interviews with victims, and strengthen victim and witness protection." '
    "(A/HRC/50/33/Add.1, para. 86 (c))",
)
SR_TRAINING_SHORT: Turn = (
    "Are Tajik police trained on trafficking?",
    "Yes, but briefly: "
    '"Training on combating trafficking in persons is incorporated into routine training for the police '
    "service. However, the duration of such training is short and not sufficiently in-depth to ensure "
    "appropriate levels of capacity or professionalism in ensuring the rights of trafficked persons or "
    'persons at risk of trafficking." (A/HRC/50/33/Add.1, para. 46)',
)
SR_NAP_2018_2021: Turn = (
    "Which anti-trafficking plan was Tajikistan implementing at the time of the visit?",
    "One for 2018-2021: "
    '"Efforts to combat trafficking in persons are also defined and established in the national action '
    'plan for the period 2018\u20132021." (A/HRC/50/33/Add.1, para. 34)',
)
SR_PARTNERSHIPS: Turn = (
    "Did the rapporteur want the Government to work more with NGOs?",
    "Yes; she recommended that it "
    '"Strengthen partnerships with civil society organizations, in particular specialized '
    "non-governmental organizations working with trafficked persons, persons at risk of trafficking and "
    "victims/survivors, including through regular meetings with the Interministerial Commission for "
    'Combating Trafficking in Persons and with local and regional administrative authorities;" '
    "(A/HRC/50/33/Add.1, para. 85 (a))",
)
SR_DATABASE: Turn = (
    "Is Tajikistan improving its data on trafficking cases?",
    "It is working on it: "
    '"The Special Rapporteur welcomes the measures now under way to develop a unified database for '
    'crimes related to trafficking in persons and to improve the provision of disaggregated data." '
    "(A/HRC/50/33/Add.1, para. 82)",
)
SR_MARRIAGE_MEASURES: Turn = (
    "has tajikistan done anything about child marriage, per the rapporteur?",
    "Some things, but it continues: "
    '"The Special Rapporteur welcomes the measures taken to prevent early, child and forced marriage, '
    "but she is concerned about continuing reports of child marriage, in particular in rural and remote "
    'areas" (A/HRC/50/33/Add.1, para. 51).',
)

# The national plan of action 2018-2022 (three tables)
PC_CHILD_LABOUR: Turn = (
    "Does Tajikistan's plan do anything about child labour?",
    'Yes; row 31, "Combating the Illegal Use of Child Labour (Recommendation 43)", begins: '
    '"Take measures for implementation of monitoring of child labour system in all cities and regions of '
    'the Republic of Tajikistan" (National Plan of Action 2018-2022 (CRC), row 31).',
)
PC_JUSTICE_PROGRAMME: Turn = (
    "Which programme does the plan rely on for juvenile justice?",
    'A national programme; row 34, "Adoption of measures in relation to juvenile justice '
    '(Recommendations 46, 47 and 48)", lists one activity: '
    '"Implement and monitoring of the National Programme on justice for children system for the period '
    'of 2017- 2021" (National Plan of Action 2018-2022 (CRC), row 34).',
)
PC_HIV_PROGRAMME: Turn = (
    "Is HIV prevention in the plan?",
    "Yes; row 25 includes: "
    '"Carry out monitoring of implementation of the National HIV Prevention Program in the Republic of '
    'Tajikistan for 2017-2020" (National Plan of Action 2018-2022 (CRC), row 25).',
)
PC_COMMISSIONS: Turn = (
    "What does the plan do for the commissions on child rights?",
    "Row 3 foresees a "
    '"Functional Assessment of the Commission on Child Rights and Child Rights Units and Guardianship '
    "Authorities to strengthen their functioning at all levels, including through development of "
    'methodological guidance and capacity building of the staff." '
    "(National Plan of Action 2018-2022 (CRC), row 3)",
)
PO_FINANCING: Turn = (
    "Does the OPSC part of the plan deal with funding?",
    "Row 6 provides for "
    '"Preparation and provision of information on the financing of the Optional Protocol by the relevant '
    'ministries and agencies" (National Plan of Action 2018-2022 (OPSC), row 6).',
)
PA_EXTREMIST: Turn = (
    "Does the plan deal with children joining extremist groups?",
    "Row 5 of the OPAC table foresees: "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" '
    "(National Plan of Action 2018-2022 (OPAC), row 5).",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or place the index does not hold, in forms the earlier tables did not use --
    (
        "For the Ministry's briefing note we are also looking at Latin America. Was Ecuador given similar "
        "guidance on children living in street situations, and if so, in what terms?",
        (TJK_AT_RISK,),
        "uncovered country by name (Ecuador) in the middle of an official message with two questions, "
        "after a Tajikistan turn (children at risk, including children living in street situations)",
    ),
    (
        "what about the peruvian authorities - were they pushed on kids in informal gold mining?",
        (SR_INTERNAL_SECTORS,),
        "uncovered country by a lower-case adjective ('the peruvian authorities', Peru), journalist "
        "style, after a Special Rapporteur turn (internal forced labour in sectors including mining)",
    ),
    (
        "did kampala get told off like that too? corruption at the borders is a huge issue there",
        (TJK_BORDER_CORRUPTION,),
        "uncovered country by its capital in lower case ('kampala', Uganda), journalist style, after a "
        "Tajikistan turn (cross-border cases not investigated owing to corruption)",
    ),
    (
        "I coordinate a shelter network in Cape Town. Has the UN said anything about how many shelter "
        "places there are for trafficked children there?",
        (SR_ONE_SHELTER,),
        "uncovered place by a city that is not a capital (Cape Town, South Africa), after a preamble "
        "about the user's own work and a Special Rapporteur turn (the one shelter in Dushanbe)",
    ),
    (
        "For a comparison with Catalonia, where so many unaccompanied migrant minors end up: what has the "
        "committee recommended there about identifying them?",
        (TJK_UNACCOMPANIED,),
        "uncovered place by a region of a State (Catalonia, in Spain, which no table asks about), after a "
        "Tajikistan turn (early identification of child victims, including unaccompanied children); "
        "CRC/C/OPSC/TJK/CO/1 para. 33 (a) is about Tajikistan only",
    ),
    (
        "For my module on armed groups: list what the committee told each of the Sahel countries about "
        "children recruited by jihadist groups, one line per country.",
        (SR_ARMED_GROUPS, PA_EXTREMIST),
        "uncovered group of States ('the Sahel countries'), trainer style asking for a list, after a "
        "Special Rapporteur turn (children recruited by armed or terrorist groups) and a plan (OPAC table) "
        "turn (children joining extremist groups)",
    ),
    (
        "and guatamala? they had that whole illegal adoption mess, what did the crc tell them",
        (KAZ_ADOPTION_LAW,),
        "uncovered country misspelt in lower case ('guatamala', Guatemala; a vowel changed), journalist "
        "style, after a Kazakhstan turn (adoption law needing strengthening)",
    ),
    (
        "does portugal have a recommendation like that too? judges, prosecutors etc",
        (KAZ_AWARENESS_PROF, KAZ_TRAINING),
        "uncovered country in lower case ('portugal', Portugal), terse, after two Kazakhstan turns "
        "(awareness among professionals; training of police, prosecutors, judges and medical staff)",
    ),
    (
        "In the same vein, I would be grateful for the Committee's recommendations to the Hashemite "
        "Kingdom of Jordan on schooling for refugee children.",
        (SR_AFGHANS_PRECARIOUS,),
        "uncovered country by its official long name (the Hashemite Kingdom of Jordan), official style, "
        "after a Special Rapporteur turn (Afghan refugees without access to education in Tajikistan)",
    ),
    (
        "An older file of ours refers to the former Yugoslav Republic of Macedonia. Was it also told to "
        "ratify the communications procedure?",
        (TKM_OPIC,),
        "uncovered country by a former UN name (the former Yugoslav Republic of Macedonia, now North "
        "Macedonia), in a second sentence after a preamble, after a Turkmenistan turn (ratifying the "
        "communications procedure)",
    ),
    (
        "I'm drafting a note on girls' schooling and early marriage. In its own review under the "
        "Protocol, what was Mozambique told about child spouses?",
        (SR_GIRLS_SCHOOL,),
        "uncovered country asked for its own review ('In its own review ... Mozambique'), the name at the "
        "end, after a preamble about the user's own work and a Special Rapporteur turn (girls' schooling "
        "and forced marriage in Tajikistan)",
    ),
    (
        "hong kong has loads of foreign domestic helpers - has the un said anything about trafficking of "
        "domestic workers there",
        (SR_WOMEN_DOMESTIC,),
        "uncovered territory that is not itself a State party (Hong Kong, a special administrative "
        "region of China; scope3 asks about China by name only), lower case, journalist style, after a "
        "Special Rapporteur turn (Tajik women migrants in domestic work)",
    ),
    # -- a body, organisation, person or named text not held --
    (
        "so where do ppl get numbers then - what does unodc's global report on trafficking say about "
        "tajikistan?",
        (SR_RESEARCH_GAP,),
        "uncovered UN office by a lower-case acronym in a possessive ('unodc's global report', the UN "
        "Office on Drugs and Crime's Global Report on Trafficking in Persons), never mentioned; "
        "journalist style with an abbreviation ('ppl'), after a Special Rapporteur turn (limited data "
        "and research)",
    ),
    (
        "and the yogyakarta principles - which principle covers protection from trafficking? need the "
        "wording",
        (SR_LGBT,),
        "uncovered named text by its informal name in lower case (the Yogyakarta Principles, on sexual "
        "orientation and gender identity), never mentioned; after a Special Rapporteur turn "
        "(discrimination against LGBT persons in Tajikistan)",
    ),
    (
        "Our Latin American partners keep citing la Corte Interamericana de Derechos Humanos. What has the "
        "Corte said about protecting the identity of child victims in criminal trials?",
        (KAZ_PRIVACY,),
        "uncovered regional court by its Spanish name (la Corte Interamericana de Derechos Humanos, the "
        "Inter-American Court of Human Rights; scope7 asks about the Inter-American Commission, a "
        "different body), never mentioned; after a preamble and a Kazakhstan turn (privacy of child "
        "victims)",
    ),
    (
        "Has Kailash Satyarthi spoken about forced child labour in Tajikistan's cotton fields? A quote "
        "would be great for my piece.",
        (TJK_COTTON_INFO,),
        "uncovered named person (Kailash Satyarthi, the child labour campaigner), never mentioned; "
        "journalist asking for a quote, after a Tajikistan turn (limited information on child forced "
        "labour in the cotton harvest)",
    ),
    (
        "What did the Cotton Campaign's monitors find in Turkmenistan's fields after that decree - were "
        "children still picking?",
        (TKM_COTTON_DECREE,),
        "uncovered NGO coalition by full name in a possessive (the Cotton Campaign) and its monitoring, "
        "never mentioned; after a Turkmenistan turn (the 2005 decree barring children from the cotton "
        "harvest); CRC/C/OPSC/TKM/CO/1 para. 5 (b) only welcomes the decree",
    ),
    (
        "What prevalence estimate does Walk Free's Global Slavery Index give for Tajikistan, and where "
        "does it rank the country?",
        (SR_ORIGIN, SR_DESTINATIONS),
        "uncovered named index of an organisation, in a possessive (Walk Free's Global Slavery Index), "
        "never mentioned; two questions, after two Special Rapporteur turns (country of origin; "
        "destinations of Tajik workers)",
    ),
    (
        "For the training: what exactly does article 9 of the Budapest Convention require States to "
        "criminalise? I'd like the list of acts.",
        (KAZ_TREATIES,),
        "a named text the held documents mention only in passing (the Council of Europe Convention on "
        "Cyber Crime, named in CRC/C/OPSC/KAZ/CO/1 para. 16 (c)), asked for its own words by its "
        "nickname ('the Budapest Convention'); trainer style",
    ),
    (
        "Please quote the paragraph of those UNHCR Guidelines themselves that explains when a victim of "
        "trafficking can qualify as a refugee.",
        (SR_GUIDELINES_7,),
        "a named text the held documents mention only in passing (UNHCR Guidelines on International "
        "Protection No. 7, named in A/HRC/50/33/Add.1 para. 88 (b)), asked for its own words; official "
        "style",
    ),
    (
        "What does that National Programme on justice for children itself set out - its targets and "
        "budget for 2017-2021?",
        (PC_JUSTICE_PROGRAMME,),
        "a named text the held documents mention only in passing (the National Programme on justice for "
        "children 2017-2021, named in the plan's CRC row 34), asked for its own contents, not held",
    ),
    (
        "does the eaeu have rules on this? whats in the eaeu treaty about migrant workers rights",
        (SR_DESTINATIONS,),
        "uncovered regional organisation by a lower-case acronym ('the eaeu', the Eurasian Economic "
        "Union) and its treaty, never mentioned; journalist style, two questions, after a Special "
        "Rapporteur turn naming Kazakhstan among destination countries",
    ),
    (
        "Does that Interagency Commission publish reports of its own? I'd like to see what it has "
        "reported on children's rights.",
        (TKM_INTERAGENCY,),
        "a national body the held documents mention only in passing (Turkmenistan's Interagency "
        "Commission on Enforcing Turkmenistan's International Obligations on Human Rights and "
        "International Humanitarian Law, named in CRC/C/OPSC/TKM/CO/1 para. 12), asked for its own "
        "reports, not held",
    ),
    (
        "has anti-slavery international documented this? what did they find",
        (SR_STATE_EVENTS,),
        "uncovered NGO by full name in lower case ('anti-slavery international', Anti-Slavery "
        "International), never mentioned; journalist style, two questions, after a Special Rapporteur "
        "turn (children retained to rehearse for State-led events)",
    ),
    # -- a later plan, a session, a period, a version; a sub-paragraph or table past the end --
    (
        "Has a follow-up plan been adopted for 2023-2027, and does it keep the child labour monitoring?",
        (PC_CHILD_LABOUR,),
        "uncovered later plan (a successor to the 2018-2022 plan, for 2023-2027), not held; two "
        "questions, after a plan (CRC table) turn (monitoring of child labour)",
    ),
    (
        "what about the sixty-ninth session, the one right after - did turkmenistan come up again?",
        (TKM_ADOPTED,),
        "uncovered session, in words (the Committee's sixty-ninth, after the sixty-eighth session at "
        "which CRC/C/OPSC/TKM/CO/1 was adopted), lower case, after a Turkmenistan turn (adoption date)",
    ),
    (
        "did the committee check on any of this with kazakhstan during covid, 2020-21?",
        (KAZ_VICTIM_MEASURES,),
        "uncovered period ('during covid, 2020-21') for Kazakhstan, whose held observations are of 2006; "
        "journalist style, after a Kazakhstan turn (measures for victims)",
    ),
    (
        "Was an advance unedited version of this report put out first, and does it tell the visit "
        "differently?",
        (SR_LATE_ACCEPTANCE,),
        "uncovered version of a held document (an advance unedited version of A/HRC/50/33/Add.1), not "
        "held; two questions, after a Special Rapporteur turn (late acceptance of the visit)",
    ),
    (
        "For the handout I also need sub-paragraph (d) of paragraph 86 - what does it say?",
        (SR_POLICE_TRAINING_REC,),
        "nonexistent sub-paragraph (86 (d)) of A/HRC/50/33/Add.1, whose para. 86 stops at (c); trainer "
        "style, after the turn quoting 86 (c)",
    ),
    (
        "slide needs all of them - whats point (c) under 17?",
        (TKM_DISSEM_PROF,),
        "nonexistent sub-paragraph (17 (c)) of CRC/C/OPSC/TKM/CO/1, whose para. 17 stops at (b); trainer "
        "style in lower case, after the turn quoting 17 (b)",
    ),
    (
        "Is there a sub-paragraph (f) in that recommendation too? Please quote it.",
        (TJK_ROOT_CAUSES,),
        "nonexistent sub-paragraph (19 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 19 stops at (e); after "
        "the turn quoting 19 (e)",
    ),
    (
        "Does the Tajik plan have a fourth table, for the communications procedure protocol? What "
        "activities does it list?",
        (TJK_OPIC,),
        "nonexistent table (a fourth) of the plan, which has three (CRC, OPSC, OPAC) and no row on the "
        "communications procedure; two questions, after a Tajikistan turn (ratifying the communications "
        "procedure)",
    ),
    # -- a kind of document not held --
    (
        "I'd like the concluding observations that came out of that next periodic report, to see whether "
        "budget lines were identified in the end. What do they say?",
        (TJK_BUDGET_NEXT_REPORT,),
        "document kind not held (the Committee's concluding observations of the next reporting cycle on "
        "Tajikistan); CRC/C/OPSC/TJK/CO/1 para. 17 only asks for information in that report",
    ),
    (
        "are the minutes of the commission's meetings public? what was decided at the last one",
        (SR_COMMISSION_OPENNESS,),
        "document kind not held (minutes of the Interministerial Commission's meetings); A/HRC/50/33/Add.1 "
        "para. 33 only regrets their lack of transparency; journalist style, two questions",
    ),
    (
        "How much does the 2019 State budget law actually allocate to the Optional Protocol? I need the "
        "budget line and the amount.",
        (PO_FINANCING,),
        "document kind not held (Tajikistan's State budget law); the plan's OPSC row 6 provides for "
        "information on financing but gives no figures",
    ),
    (
        "What does UNAIDS' country progress report for Tajikistan say about how many adolescents are "
        "living with HIV?",
        (PC_HIV_PROGRAMME,),
        "document kind not held (a UN programme's country progress report, by an upper-case acronym in a "
        "possessive, UNAIDS'); the plan's CRC rows 10, 24 and 25 give activities, not figures",
    ),
    (
        "Who headed the Kazakh delegation, and what did they say in the opening statement to the "
        "Committee?",
        (KAZ_DELEGATION,),
        "document kind not held (the delegation's opening statement, a speech); CRC/C/OPSC/KAZ/CO/1 "
        "para. 2 names no one; two questions",
    ),
    (
        "I'm preparing a lecture on the drafting history. Do the travaux préparatoires of the Optional "
        "Protocol explain why the drafters kept 'sale' distinct from trafficking?",
        (TJK_SALE_NOT_TRAFFICKING,),
        "document kind not held (a treaty's travaux préparatoires, of the OPSC); preamble about the "
        "user's own work, after a Tajikistan turn (sale of children not identical to trafficking)",
    ),
    (
        "do you have the 2017 dhs data for tajikistan? need % of women married before 18 by region",
        (SR_MARRIAGE_MEASURES,),
        "document kind not held (a survey dataset, the Demographic and Health Survey, by a lower-case "
        "acronym); journalist style, after a Special Rapporteur turn (child marriage)",
    ),
    (
        "Can I read the agreement itself? What does it commit Tajikistan and IOM to on counter-trafficking, "
        "article by article?",
        (TJK_IOM,),
        "document kind not held (the text of an international cooperation agreement, Tajikistan's with "
        "IOM, which CRC/C/OPSC/TJK/CO/1 para. 4 (f) only welcomes); two questions",
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
        "In Turkmenistan's committee review, were child victims referred to local commissions of that "
        "kind?",
        (PC_COMMISSIONS,),
        "Turkmenistan",
        u(M, 39),
        u(M, 40),
        ["guardianship and trusteeship"],
        "covered country in a possessive ('Turkmenistan's committee review'), a move from the plan (CRC "
        "table, commissions on child rights and guardianship authorities) to another country",
    ),
    (
        "and turkmenistan? what kind of awarness activities had it done, and whats the catch",
        (KAZ_CAMPAIGNS,),
        "Turkmenistan",
        u(M, 16),
        u(M, 17, 24),
        ["not conducted regularly"],
        "covered country in lower case, journalist style with a typo in another word ('awarness'), two "
        "questions, after a Kazakhstan turn (awareness campaigns)",
    ),
    (
        "Does the Turkmen trafficking law at least hold companies to account?",
        (KAZ_LEGAL_PERSONS,),
        "Turkmenistan",
        u(M, 30),
        u(M, 31),
        ["article 20 of the Law on Combating Trafficking in Persons"],
        "covered country by adjective in a compound ('the Turkmen trafficking law'), after a Kazakhstan "
        "turn (legal persons not liable)",
    ),
    (
        "For my comparison table I have the Tajik column done. Turkmenistan column next: was it told to "
        "write the Protocol into a particular law, and which one?",
        (TJK_OFFENCES_COVERED,),
        "Turkmenistan",
        u(M, 9),
        u(M, 8),
        ["Law on Guarantees of the Rights of the Child"],
        "covered country as a trainer's table column ('Turkmenistan column'), two questions, after a "
        "Tajikistan turn (all offences covered in criminal law)",
    ),
    (
        "any numbers on what was actually registered as offences - in turkmenistan i mean",
        (KAZ_SCARCE,),
        "Turkmenistan",
        u(M, 28),
        u(M, 29),
        ["small number of criminal offences"],
        "covered country in lower case at the very end, after a dash, journalist style, after a "
        "Kazakhstan turn (scarce investigations and prosecutions)",
    ),
    (
        "What did Turkmenistan's 2015 review say was missing from its data?",
        (KAZ_STUDIES,),
        "Turkmenistan",
        u(M, 6),
        u(M, 7),
        ["recording, referral and follow-up"],
        "covered country in a possessive with the held document's year ('Turkmenistan's 2015 review'), "
        "after a Kazakhstan turn (studies and disaggregated data)",
    ),
    (
        "Did the committee ask for training programmes to be evaluated (Turkmenistan, I mean)?",
        (SR_TRAINING_SHORT,),
        "Turkmenistan",
        u(M, 19),
        u(M, 18),
        ["systematic evaluation of all training"],
        "covered country in brackets at the end, after a Special Rapporteur turn on Tajikistan (short "
        "training for the police)",
    ),
    # -- to Kazakhstan --
    (
        "what about kazakhstan's laws - same problem with article 8?",
        (TKM_ART8,),
        "Kazakhstan",
        u(K, 19),
        u(K, 20),
        ["article 8 of the Optional Protocol"],
        "covered country in a lower-case possessive ('kazakhstan's laws'), terse, after a Turkmenistan "
        "turn (article 8 not integrated)",
    ),
    (
        "Kazahkstan - was the committee given any budget figures?",
        (TJK_RESOURCES_INFO,),
        "Kazakhstan",
        u(K, 13),
        u(K, 14),
        ["budget allocations"],
        "covered country misspelt ('Kazahkstan', two letters swapped), first word, after a Tajikistan "
        "turn (no information on resources)",
    ),
    (
        "Thank you. Had Kazakhstan, at the time of its review, adopted a comparable national plan on "
        "trafficking, and did the Committee ask for information on its funding?",
        (SR_NAP_2018_2021,),
        "Kazakhstan",
        u(K, 4, 14),
        u(K, 13),
        ["29 February 2004", "National Action Plan on Trafficking"],
        "covered country by name in the middle of an official two-part question, after a Special "
        "Rapporteur turn on Tajikistan (its 2018-2021 plan against trafficking)",
    ),
    (
        "and were kazakh local authorities supposed to be part of the coordination, together with ngos?",
        (SR_PARTNERSHIPS,),
        "Kazakhstan",
        u(K, 6, 24),
        u(K, 5, 28),
        ["local authorities and NGOs"],
        "covered country by a lower-case adjective in a compound ('kazakh local authorities'), after a "
        "Special Rapporteur turn on Tajikistan (partnerships with NGOs and local authorities)",
    ),
    (
        "and the kazakhstan one? which earlier observations does it point back to, and when was the next "
        "report due",
        (TJK_READ_WITH, TJK_NEXT_REPORT),
        "Kazakhstan",
        u(K, 3, 32),
        [],
        ["CRC/C/15/Add.213", "10 September 2006"],
        "covered country and document as 'the kazakhstan one', lower case, two questions, after two "
        "Tajikistan turns (observations to be read together; the next report)",
    ),
    (
        "and Казахстан? same data gaps?",
        (TJK_DATA_MECHANISM,),
        "Kazakhstan",
        u(K, 11),
        u(K, 12),
        ["minority group"],
        "covered country by its Russian name in Cyrillic ('Казахстан') in an English question, terse, "
        "after a Tajikistan turn (no systematic data collection); unsure: the script may not be read as "
        "the country",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "When the committee wrapped up Tajikistan's review in 2017, did it set a due date for the next "
        "report, or only say under which article it was due?",
        (TKM_NEXT,),
        "Tajikistan",
        u(T, 38),
        [],
        ["article 44 of the Convention"],
        "covered country in a subordinate clause ('When the committee wrapped up Tajikistan's review'), "
        "two questions, after a Turkmenistan turn (due date of the next report); para. 38 gives no date",
    ),
    (
        "and tadjikistan? who was doing awareness raising there, and on what",
        (KAZ_AWARENESS_PROF,),
        "Tajikistan",
        u(T, 14),
        u(T, 15),
        ["child marriages"],
        "covered country by its French spelling in lower case ('tadjikistan'), two questions, after a "
        "Kazakhstan turn (insufficient awareness among professionals)",
    ),
    (
        "Had the Committee on the Rights of the Child, in its 2017 review, already flagged the lack of a "
        "data system?",
        (SR_DATABASE,),
        "Tajikistan",
        u(T, 6),
        u(T, 7),
        ["systematic mechanism of data collection"],
        "a move from the Special Rapporteur's report to the committee's observations on the same "
        "country, named by body and year (data on trafficking cases)",
    ),
    (
        "Did the trafficking rapporteur's visit report pick this up for Roma children in 2022?",
        (TJK_ROMA_REC,),
        "Tajikistan",
        u(S, 53),
        u(S, 91, 92) + u(T, 24) + u(PC, 30),
        ["Jughhi"],
        "a move from the committee's observations to the Special Rapporteur's report on the same "
        "country, named by mandate and year (Roma children); para. 53 refers back to the Committee",
    ),
    (
        "Who actually pays for victim assistance in Tajikistan, according to the Special Rapporteur's "
        "report on her visit?",
        (TKM_RECOVERY_PROG,),
        "Tajikistan",
        u(S, 64),
        u(S, 63, 67, 87),
        ["primarily by international organizations"],
        "covered country and mandate, after a Turkmenistan turn (recovery programmes for child victims)",
    ),
    (
        "Does the NPA (Tajikistan, 2018-2022) include a review of the criminal code for the sale of "
        "children?",
        (KAZ_REVIEW_CODE,),
        "Tajikistan",
        u(PO, 2),
        u(T, 9, 27),
        ["Strengthen criminal liability"],
        "covered country and document by an abbreviation with the country in brackets ('the NPA "
        "(Tajikistan, 2018-2022)', its OPSC table), after a Kazakhstan turn (reviewing the Criminal Code)",
    ),
    (
        "And the plan Tajikistan's Commission on Child Rights approved - does it give NGOs any role?",
        (TKM_CIVIL_SOCIETY,),
        "Tajikistan",
        u(PC, 8),
        [],
        ["Include CSOs"],
        "covered country and document as 'the plan Tajikistan's Commission on Child Rights approved' (its "
        "CRC table), after a Turkmenistan turn (involving civil society)",
    ),
]
