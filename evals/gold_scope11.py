"""The eleventh 'scope' table of the gold set (ids f001-f060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope9.py`, with new conversations and new wordings, typed
the way trainers preparing a workshop and students or researchers typing quickly write in a chat:
very short follow-ups ('honduras?', 'and the CSW?', '89 d?', 'and (c)?'), imperatives ('list',
'quote', 'give me', 'gimme', 'paste'), requests for a slide or a handout ('for my slide on budgets,
...', 'need them for the handout'), two scopes in one message where only the new one is asked
('leave kazakhstan aside, i have it', 'skip kazakhstan, got it'), hypotheses ('if bhutan had been
reviewed ...', 'i bet tajikistan got the same criticism'), British and American spellings
('programme' and 'program', 'labour' and 'labor'), typos ('venezuala', 'recomendation', 'corupption',
'turkmenstan'), lower case almost everywhere, non-native English ('please tell me what committee was
saying for cameroon about protect the children witnesses') and everyday words rather than treaty
words ('kids', 'house help', 'companies', 'money', 'sex ed', 'street kids'). One to three
earlier turns about what the index holds, each answered by quoting a document verbatim with its
reference, then a last question that moves the scope.

f001-f040 name what the index does not hold. A country or place: one lower-case word ('honduras?'),
its people ('the hungarians'), its capital mentioned in passing ('workshop is in lusaka', Zambia), a
region of a State ('darfur', Sudan), a group of States ('the southern cone countries'), a former name
('dahomey', Benin), a misspelling ('venezuala', Venezuela), ISO alpha-2 codes ('AT and CH', Austria
and Switzerland), a country named in passing through someone's origin ('my co-trainer is from sierra
leone'), a hypothesis ('if bhutan had been reviewed'), a slide title ('for my slide on budgets ...
ireland'), non-native English (Cameroon), the new side of a message that sets a covered side aside
(Cuba). A body, agency or mandate the documents never mention: the Special Rapporteur on the right
to health ('the health rapporteur'), the Special Rapporteur on safe drinking water and sanitation,
UNFPA, the Commission on the Status of Women ('the CSW'), UNESCO; a person: Volker Türk (typed
'volker turk'), Virginia Gamba. A period: 'the 2011 obs on turkmenistan', 'soviet times' for
Tajikistan, '2007' for Kazakhstan. A document or version not held: Tajikistan's own OPAC report
(CRC/C/OPAC/TJK/1), Kazakhstan's list of issues (CRC/C/OPSC/KAZ/Q/1), a costing annex of the plan, a
Tajik-language original of the plan, a radio interview with the Rapporteur. Something past the end
of a held document: para. 44 of CRC/C/OPSC/TJK/CO/1, sub-paragraph 5 (c) of CRC/C/OPSC/TKM/CO/1,
section C.9 of CRC/C/OPSC/KAZ/CO/1, a second footnote of A/HRC/50/33/Add.1, a fourth activity under
the plan's OPSC row 8, row 38 of the plan's CRC table, sub-paragraph 89 (d) of A/HRC/50/33/Add.1. A
text or source the documents mention only in passing, asked for its own words or contents: the CIS
police agreement on trafficking (CRC/C/OPSC/TJK/CO/1 para. 4 (d)), the Clinical Protocol on
preventing mother-to-child transmission of HIV (the plan's CRC row 25), the Law on Trade Unions
(A/HRC/50/33/Add.1 para. 11), the Protocol of 2014 to the Forced Labour Convention as 'P29' (the
plan's OPSC row 8), the Centre on Trafficking in Persons' website (A/HRC/50/33/Add.1 para. 77). The
answer must decline and cite nothing.

f041-f060 move to another covered country or document and carry the topic over: to the Tajikistan
observations from the Turkmenistan observations (online exploitation), from the Kazakhstan
observations (corruption, coordination) and from the Rapporteur's report (child victims of
prostitution treated as offenders); to the Turkmenistan observations from the plan (an independent
complaints body), the Rapporteur's report (NGO law), the Tajikistan observations (impunity,
dual criminality) and the Kazakhstan observations (liability of companies); to the Kazakhstan
observations from the Rapporteur's report (research) and the Tajikistan observations (schools); to
the Rapporteur's report from the plan (children brought back from Iraq; child marriage), from the
Turkmenistan and Tajikistan observations (data) and from the Kazakhstan observations (street
children); to the plan from the Tajikistan observations (Roma children), the Rapporteur's report
(girls' schooling) and the Turkmenistan observations (a single policy), and within the plan from the
OPSC table to the OPAC table (statistics).

Countries, places, bodies, persons and named texts were checked against `gold_scope.py` to
`gold_scope9.py` (read as text, questions, turns and notes): none asked about here is asked about
there. Honduras, Hungary, Zambia, Sudan, the Southern Cone, Benin, Venezuela, Austria, Switzerland,
Sierra Leone, Bhutan, Ireland, Cameroon and Cuba appear in no earlier table; neither do the
mandates on health and on water and sanitation, UNFPA, the CSW, UNESCO, Volker Türk or Virginia
Gamba. The CIS agreement, the Clinical Protocol, the Law on Trade Unions and the Centre's website
were never asked for their own words; the Protocol of 2014 appears in an earlier table's turn only.
This table was written without sight of `gold_scope10.py`, written at the same time in another
branch. Most moves target paragraphs or pairs that no earlier move targeted (CRC/C/OPSC/TJK/CO/1
paras. 12, 22 and 26 alone, 18-19, 24 with 32; CRC/C/OPSC/TKM/CO/1 paras. 15, 23, 29, 31 and 33 alone;
CRC/C/OPSC/KAZ/CO/1 paras. 8 with 27, 11-12 with 28; A/HRC/50/33/Add.1 paras. 51, 52, 71 and 82; the
plan's CRC rows 27 and 30, OPSC row 3 and OPAC row 4).

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs, CRC/C/OPSC/KAZ/CO/1 32 (its
last section is C.8, 'Next report'), CRC/C/OPSC/TKM/CO/1 47 (para. 5 stops at (b)), A/HRC/50/33/Add.1
92 (para. 89 stops at (c); one numbered footnote, to para. 25); the plan's tables have 35 (CRC), 11
(OPSC) and 10 (OPAC) rows, and OPSC row 8 has three activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_CHILD_SPOUSES: Turn = (
    "which kids did the committee want tajikistan to protect first?",
    "Those at risk, "
    '"including children living in poverty, children engaged in child labour, child victims of '
    'prostitution, child spouses and children living in street situations" '
    "(CRC/C/OPSC/TJK/CO/1, para. 19 (a))",
)
TJK_TREATY_BASIS: Turn = (
    "what if there's no extradition treaty - what did the committee suggest to tajikistan?",
    "To use the Protocol itself: "
    '"The Committee encourages the State party to consider the Optional Protocol as the basis for '
    'extradition in the absence of a treaty or an agreement." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_UNICEF: Turn = (
    "who should help tajikistan with its data, per the committee?",
    "UNICEF, among others: "
    '"the Committee recommends that the State party seek technical support from, inter alia, the '
    'United Nations Children\u2019s Fund." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_BUDGET_LINES: Turn = (
    "did the committee ask tajikistan for a budget line?",
    "Yes; it "
    '"recommends that the State party identify budget lines for the implementation of the Optional '
    'Protocol, ensuring the allocation of adequate resources" (CRC/C/OPSC/TJK/CO/1, para. 17)',
)
TJK_COTTON_INFO: Turn = (
    "cotton harvest - what did the committee say to tajikistan?",
    "That it was told too little: "
    '"The Committee is concerned at the limited information provided to it on the measures adopted by '
    'the State party to eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
TJK_PARLIAMENT: Turn = (
    "who should get the tajik recommendations?",
    "Parliament and the districts, among others: "
    '"including by transmitting them to members of the national parliament and to the districts for '
    'appropriate consideration and further action." (CRC/C/OPSC/TJK/CO/1, para. 36)',
)
TJK_NEXT_REPORT: Turn = (
    "last para of the tajik obs?",
    "Para. 38, on the next report: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)
TJK_CIS_AGREEMENT: Turn = (
    "regional police cooperation on trafficking - anything in the tajik obs?",
    "Yes; the Committee welcomed "
    '"The ratification of the Agreement on Cooperation between the Ministries of Internal Affairs '
    "(Police) of the States of the Commonwealth of Independent States in Combating Trafficking in "
    'Persons (2010);" (CRC/C/OPSC/TJK/CO/1, para. 4 (d))',
)
TJK_CASE_NUMBERS: Turn = (
    "does the tajik review have numbers on prosecutions?",
    "No; the Committee "
    '"is concerned about the lack of information regarding the number of cases of the sale of '
    "children, child pornography, child prostitution and related matters that are investigated and the "
    'number of perpetrators who are prosecuted and sentenced." (CRC/C/OPSC/TJK/CO/1, para. 28)',
)
TJK_DUAL: Turn = (
    "extradition in the tajik review?",
    "The Committee "
    '"regrets that national legislation on extraterritorial jurisdiction does not cover all the '
    "offences under the Optional Protocol and that extradition is subject to the principle of double "
    'criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_AWARENESS_PUBLIC: Turn = (
    "awareness raising recs for tajikistan?",
    "Programmes and campaigns "
    '"to ensure that the provisions of the Optional Protocol are widely known by the general public, '
    "in particular parents and children, government officials and professionals working with and for "
    'children." (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
TJK_DATA_SYSTEM: Turn = (
    "and tajikistan's review?",
    "It asked for "
    '"a comprehensive, coordinated and effective system of data collection, analysis, monitoring and '
    'impact assessment on all areas covered by the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_ROMA_REC: Turn = (
    "what did the committee recommend for roma kids in tajikistan?",
    "Protection from becoming victims: it recommended measures "
    '"to prevent and protect all groups of children in a vulnerable situation, including Roma '
    "children, migrant and refugee children, from becoming potential victims of offences under the "
    'Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_ART270: Turn = (
    "what was the problem with article 270 in kazakhstan?",
    "It only caught some methods: "
    '"Article 270 of the Criminal Code regarding recruitment for prostitution mentions specific methods '
    "of this recruitment but does not make punishable the recruitment of a child for prostitution "
    'regardless of the methods used;" (CRC/C/OPSC/KAZ/CO/1, para. 15 (b))',
)
KAZ_REINTEGRATION: Turn = (
    "does the kazakh review mention getting child victims back into normal life?",
    "Yes, among the measures it urges: "
    '"Social reintegration programmes for child victims;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (f))',
)
KAZ_ABOLISH_DC: Turn = (
    "what did kazakhstan get told about double criminality?",
    "To drop it: "
    '"The Committee recommends that the State party amend legislation in order to abolish the '
    "requirement of double criminality for extradition and/or prosecution of offences committed "
    'abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_ADOPTED_1120: Turn = (
    "kazakhstan obs - when adopted?",
    "In January 2006: the Committee "
    '"adopted at its 1120th meeting, held on 27 January 2006, the following concluding observations." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_WRITTEN_FOLLOWUP: Turn = (
    "did kazakhstan send anything in after the dialogue?",
    "Yes; the Committee "
    '"notes with appreciation the additional information submitted in writing as an immediate '
    'follow-up to the dialogue." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_PROVINCES: Turn = (
    "who should the kazakh recs be sent to?",
    "The Committee recommended transmitting them "
    '"to relevant government ministries, the Parliament and to provincial authorities for appropriate '
    'consideration and further action." (CRC/C/OPSC/KAZ/CO/1, para. 30)',
)
KAZ_NEXT_DUE: Turn = (
    "and the last section of the kazakh obs?",
    "C.8, 'Next report': the Committee asks for further information "
    '"in its next periodic report under the Convention on the Rights of the Child due, in accordance '
    'with article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_COMPLICITY: Turn = (
    "corruption in the kazakh review?",
    "Yes: "
    '"the Committee remains concerned about allegations of complicity by State officials in '
    'trafficking and that corruption impedes the effectiveness of prevention measures." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 23)",
)
KAZ_COORD: Turn = (
    "did kazakhstan's ministries work together well?",
    "Not well enough: the Committee "
    '"remains concerned about the insufficient coordination among these bodies so as to ensure '
    'comprehensive, intersectoral policies at both central and local levels" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 5)",
)
KAZ_LEGAL_PERSONS: Turn = (
    "can companies be punished in kazakhstan under the protocol?",
    "No: "
    '"Legal persons cannot be liable for crimes under the Optional Protocol;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (d))",
)
KAZ_STREET: Turn = (
    "which kids did the kazakh review worry about most?",
    "Three groups: "
    '"The Committee is especially concerned about the vulnerability of street children, children who '
    'are foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_HELPLINE_SPEC: Turn = (
    "what sort of helpline did the committee want turkmenistan to set up?",
    "A national one for all offences under the Protocol; the Committee recommended that the State "
    'party "ensure that it covers the whole country, is accessible 24 hours a day and has an '
    'easy-to-remember three- to four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_TRAINING_EVAL: Turn = (
    "did the committee say turkmenistan should check if its trainings work?",
    "Yes; it recommended that the State party "
    '"ensure the systematic evaluation of all training programmes on the Protocol with a view to '
    'enhancing their impact and relevance." (CRC/C/OPSC/TKM/CO/1, para. 19)',
)
TKM_CONFIDENTIALITY: Turn = (
    "are child witnesses protected in court in turkmenistan?",
    "Partly; the Committee noted as positive "
    '"the measures taken by the State party, under the Code of Criminal Procedure, to guarantee the '
    "legal protection and confidentiality of child victims and/or witnesses throughout the criminal "
    'proceedings." (CRC/C/OPSC/TKM/CO/1, para. 37)',
)
TKM_ADOPTED_1983: Turn = (
    "when were turkmenistan's obs adopted?",
    "On 30 January 2015; the Committee "
    '"adopted the following concluding observations at its 1983rd meeting (see CRC/C/SR.1983), held '
    'on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_DECREE: Turn = (
    "what did turkmenistan do about kids in cotton?",
    "The Committee welcomed the "
    '"2005 presidential decree that bans child labour in all sectors, specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_INTERNET_PREVENTION: Turn = (
    "online stuff in the turkmenistan review?",
    "Among other things it asked for "
    '"targeted preventive measures, including against exploitation over the Internet" '
    "(CRC/C/OPSC/TKM/CO/1, para. 25 (b))",
)
TKM_TRAFFICKING_FOCUS: Turn = (
    "turkmenistan's laws - what was the main criticism?",
    "That the sale of children was left aside: "
    '"The Committee is also concerned that efforts made by the State party have focused almost '
    'exclusively on trafficking and not on the crimes of sale of children as defined by the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 8)",
)
TKM_DATA_GAP: Turn = (
    "data in the turkmenistan review?",
    "Missing: "
    '"The Committee regrets the lack of statistical data disaggregated by, inter alia, sex, age, '
    "national and ethnic origin, geographical location and socioeconomic status, on issues covered by "
    'the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 6)',
)
TKM_NO_STRATEGY: Turn = (
    "did turkmenistan have a strategy for the protocol?",
    "No: "
    '"The Committee is concerned about the lack of a comprehensive strategy for the implementation of '
    'the Optional Protocol in the State party." (CRC/C/OPSC/TKM/CO/1, para. 10)',
)

# A/HRC/50/33/Add.1
SR_ARMED_GROUPS: Turn = (
    "does the rapporteur talk about kids recruited by armed groups?",
    "Yes: "
    '"Trafficking of children, including in the context of recruitment by armed or terrorist groups for '
    'purposes of forced criminality, forced labour or sexual exploitation is a serious concern." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_DOMESTIC_SERVICE: Turn = (
    "internal forced labour - which sectors does she name?",
    "Four: "
    '"More attention must be given to prevent risks of internal trafficking within Tajikistan for forced '
    'labour, in particular in sectors such as construction, mining, agriculture and domestic service." '
    "(A/HRC/50/33/Add.1, para. 40)",
)
SR_PERMITS_SUSPENDED: Turn = (
    "what happened to afghans arriving in 2021?",
    "Their papers were stopped: "
    '"At the end of July 2021, local authorities suspended the issuance of residence permits to all '
    'newly arrived Afghans." (A/HRC/50/33/Add.1, para. 25)',
)
SR_SEX_WORKERS_HEALTH: Turn = (
    "anything on health care for sex workers?",
    "Yes: "
    '"The Special Rapporteur received reports of incidents of discrimination against, and the '
    "harassment of, sex workers and of the difficulties experienced in gaining access to reproductive "
    "and sexual health services and other medical treatment due to social stigma and discriminatory "
    'attitudes." (A/HRC/50/33/Add.1, para. 66)',
)
SR_SEX_ED: Turn = (
    "does the rapporteur say anything about sex ed?",
    "Yes: "
    '"The Special Rapporteur highlights the importance of age-appropriate education on sexual and '
    "reproductive health, relationships and sexuality for children and young people across all regions "
    'of Tajikistan." (A/HRC/50/33/Add.1, para. 44)',
)
SR_GENDER_PERVASIVE: Turn = (
    "how does she describe gender equality in tajikistan?",
    "Bleakly: "
    '"Gender inequality remains pervasive in Tajikistan, with limited participation of women in law '
    'enforcement bodies, the judiciary and the diplomatic service." (A/HRC/50/33/Add.1, para. 12)',
)
SR_BUFFER_ZONE: Turn = (
    "what happened at the afghan border in august 2021?",
    '"In August 2021, the Special Rapporteur was informed that 80 asylum seekers were not allowed '
    "access to the territory of Tajikistan and, after being stranded for two months between Tajikistan "
    "and Afghanistan in a buffer zone, were forcibly returned without an assessment of asylum or other "
    'international protection claims having been conducted." (A/HRC/50/33/Add.1, para. 27)',
)
SR_SHELTER_FIVE: Turn = (
    "how many people were in the dushanbe shelter in 2021?",
    "Very few: "
    '"Although provision is made for 27 staff and 30 places for the accommodation of '
    "victims/survivors, the Special Rapporteur was informed that only 5 victims were accommodated in "
    'the shelter in 2021." (A/HRC/50/33/Add.1, para. 65)',
)
SR_FOOTNOTE1: Turn = (
    "did registration of afghan asylum seekers ever restart?",
    "Yes, says the footnote to para. 25: "
    '"The Special Rapporteur has, however, taken note of, and welcomes, the resumption by the '
    "Government of Tajikistan of the registration of asylum seekers, in order to determine their "
    'refugee status, in March 2022." (A/HRC/50/33/Add.1, para. 25, footnote 1)',
)
SR_REPRISALS: Turn = (
    "what does she recommend on reprisals?",
    "That the Government "
    '"Investigate reprisals against human rights defenders, civil society organizations and lawyers '
    'working with victims of trafficking." (A/HRC/50/33/Add.1, para. 89 (c))',
)
SR_TRADE_UNIONS: Turn = (
    "can migrant workers join unions in tajikistan?",
    "On paper: "
    '"She notes that, although the right of migrant workers and members of their families to form '
    "associations and join trade unions is guaranteed under the Law on Trade Unions, there is a lack of "
    'information on how that right is protected in practice." (A/HRC/50/33/Add.1, para. 11)',
)
SR_HOTLINE_RADIO: Turn = (
    "how do people hear about the trafficking hotline?",
    "Mostly radio and TV: "
    '"The hotline is regularly advertised, primarily on the radio and television. A new dedicated '
    'website for the Centre has been launched with the support of OSCE." (A/HRC/50/33/Add.1, para. 77)',
)
SR_PROSECUTED_238: Turn = (
    "are trafficked women in tajikistan prosecuted for prostitution?",
    "There are such reports: "
    '"Reports that victims of trafficking for sexual exploitation are not identified as such, and '
    "instead are prosecuted for offences linked to involvement in prostitution (article 238 of Criminal "
    'Code) or keeping or organizing brothels (article 239 of Criminal Code), are of serious concern." '
    "(A/HRC/50/33/Add.1, para. 59)",
)
SR_PUBLIC_ASSOCIATIONS: Turn = (
    "ngo law in tajikistan - what's the problem?",
    "The amendments: "
    '"the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, may '
    "undermine the ability of non-governmental organizations, including specialized non-governmental "
    'organizations supporting victims of trafficking, to carry out their work effectively." '
    "(A/HRC/50/33/Add.1, para. 75)",
)
SR_LIMITED_RESEARCH: Turn = (
    "is there decent research on trafficking in tajikistan?",
    "Not much; the Rapporteur "
    '"is concerned that limited data and independent research on trafficking in persons in Tajikistan '
    "hinders the analysis of the current context and poses challenges for the protection of the human "
    'rights of trafficked persons." (A/HRC/50/33/Add.1, para. 34)',
)
SR_GIRLS_DROPOUT: Turn = (
    "girls and school - what does the rapporteur say?",
    '"Gender inequality in education, the low school enrolment rate among girls, especially in remote '
    "areas, and the higher secondary school dropout rate among girls, contribute to the risks of "
    'exploitation." (A/HRC/50/33/Add.1, para. 44)',
)

# The national plan of action 2018-2022 (three tables)
PC_WATER: Turn = (
    "is clean water in the tajik plan at all?",
    "Yes, in row 26, on living standards: "
    '"access of the population (children) to high-quality drinking water and sanitation, and the '
    'protection of their families from involuntary resettlement" '
    "(National Plan of Action 2018-2022 (CRC), row 26)",
)
PC_GIRLS_ENROL: Turn = (
    "girls' schooling in the action plan?",
    "Row 27 lists "
    '"Enrolment of girls at all levels of education, including secondary and higher vocational '
    'education, and paying more attention to the empowerment of girls" '
    "(National Plan of Action 2018-2022 (CRC), row 27)",
)
PC_BUDGET_NEEDS: Turn = (
    "money for children in the plan - what's the activity?",
    "Row 4, on State funding: "
    '"Conduct assessments on the budgetary needs of children." '
    "(National Plan of Action 2018-2022 (CRC), row 4)",
)
PC_HOME_BIRTHS: Turn = (
    "babies born at home - does the plan do anything about registering them?",
    "Yes, row 13: "
    '"Carry out informational and educational advocacy events to raise awareness of the communities on '
    'the state registry and put in place the reporting mechanisms on deliveries of children at home." '
    "(National Plan of Action 2018-2022 (CRC), row 13)",
)
PC_JUVENILE: Turn = (
    "justice for kids in the plan?",
    "Row 34 of the CRC table: "
    '"Implement and monitoring of the National Programme on justice for children system for the period '
    'of 2017- 2021" (National Plan of Action 2018-2022 (CRC), row 34)',
)
PC_PMTCT: Turn = (
    "mother to baby hiv in the plan?",
    "Row 25, first activity: implementing the Clinical Protocol "
    '"Prevention of mother-to-child transmission of HIV" '
    "in Tajikistan (National Plan of Action 2018-2022 (CRC), row 25)",
)
PC_OMBUDSMAN_COMPLAINTS: Turn = (
    "can kids complain to the ombudsman in tajikistan? what does the plan say",
    "It plans to "
    "\"Build the capacity of the staff of the Ombudsman' Office to handle complaints submitted by "
    "children and to carry out child rights monitoring, including in residential childcare "
    'institutions." (National Plan of Action 2018-2022 (CRC), row 6)',
)
PC_MARRIAGE_AGE: Turn = (
    "marriage age in the tajik plan?",
    "Row 9: "
    '"Study the issue of necessity of introducing amendments into the Family Code to prevent any '
    'exclusion related to the marriage of persons under the age of 18." '
    "(National Plan of Action 2018-2022 (CRC), row 9)",
)
PO_HAZARDOUS_LIST: Turn = (
    "cotton picking in the opsc table?",
    "Row 8, third activity: "
    '"Review of the list of works under harmful and dangerous working conditions, which are prohibited '
    "to the persons under 18 years of age, as well as restrictions on manual loading and unloading of "
    "goods and adding to the list of garden and field work in the agricultural sector, including "
    'cotton harvesting" (National Plan of Action 2018-2022 (OPSC), row 8)',
)
PO_P29: Turn = (
    "forced labour protocol ratification - in the plan?",
    "Row 8 of the OPSC table: "
    '"Establishment of an inter-sectoral working group to participate in the process of preparing '
    'Tajikistan for the ratification of the Protocol of 2014 to the Forced Labour Convention, 1930" '
    "(National Plan of Action 2018-2022 (OPSC), row 8)",
)
PO_STATS_GROUP: Turn = (
    "data in the opsc table of the plan?",
    "Row 1: "
    '"Establishment of an inter-sectoral working group to improve statistics in this area" '
    "(National Plan of Action 2018-2022 (OPSC), row 1)",
)
PA_EXTREMISM: Turn = (
    "does the opac table do anything about kids joining armed groups?",
    "It plans a study: "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" '
    "(National Plan of Action 2018-2022 (OPAC), row 5)",
)
PA_CADETS: Turn = (
    "military schools - what's in the opac table?",
    "Among others: "
    '"Creation of a commission to determine the age of students and cadets, taking into account the '
    'requirements for the training and use of weapons" (National Plan of Action 2018-2022 (OPAC), row 6)',
)
PA_REINTEGRATION: Turn = (
    "kids coming back from wars - what's in the opac plan?",
    "Row 7: "
    '"Improve mechanisms of reintegration of child victims from the armed conflicts and take measures '
    'for reintegration of these children" (National Plan of Action 2018-2022 (OPAC), row 7)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or place the index does not hold --
    (
        "honduras?",
        (TKM_HELPLINE_SPEC,),
        "uncovered country as a single lower-case word ('honduras', Honduras), the topic left to the "
        "history, after a Turkmenistan turn (a national helpline)",
    ),
    (
        "did the hungarians get that same note, recruiting kids for prostitution whatever the method?",
        (KAZ_ART270,),
        "uncovered country named only through its people, lower case ('the hungarians', Hungary), "
        "everyday words ('kids'), after a Kazakhstan turn (article 270 of the Criminal Code)",
    ),
    (
        "workshop is in lusaka next month. what did the committee tell the govt there about child "
        "spouses",
        (TJK_CHILD_SPOUSES,),
        "uncovered country by its capital mentioned in passing, lower case ('lusaka', Zambia), trainer "
        "preparing a workshop, after a Tajikistan turn (child spouses among children at risk)",
    ),
    (
        "same thing in darfur, kids taken by armed groups. anything from the un on darfur in here?",
        (SR_ARMED_GROUPS,),
        "uncovered place by a region of a State, lower case ('darfur', in Sudan), after a Special "
        "Rapporteur turn (children recruited by armed or terrorist groups)",
    ),
    (
        "comparative slide: what were the southern cone countries told on extradition w/o a treaty?",
        (TJK_TREATY_BASIS,),
        "uncovered group of States by a regional name ('the southern cone countries'), trainer style "
        "with an abbreviation ('w/o'), after a Tajikistan turn (the Protocol as the basis for "
        "extradition without a treaty)",
    ),
    (
        "and dahomey? the vidomegon girls placed as house help (child labor basically) - did the "
        "committee say anything there",
        (SR_DOMESTIC_SERVICE,),
        "uncovered country by a former name ('dahomey', now Benin), lower case, American spelling "
        "('labor') and everyday words ('house help'), after a Special Rapporteur turn (internal "
        "trafficking for forced labour in domestic service)",
    ),
    (
        "venezuala has millions leaving too. what did the un say about trafficking of venezualan "
        "migrants?",
        (SR_PERMITS_SUSPENDED,),
        "uncovered country misspelt twice ('venezuala', 'venezualan', Venezuela), after a Special "
        "Rapporteur turn (residence permits for newly arrived Afghans suspended)",
    ),
    (
        "pls same para for AT and CH",
        (TKM_TRAINING_EVAL,),
        "two uncovered countries by ISO alpha-2 codes (AT, Austria; CH, Switzerland), terse, with an "
        "abbreviation ('pls'), after a Turkmenistan turn (evaluation of training programmes)",
    ),
    (
        "my co-trainer is from sierra leone, she asks what her country was told on reintegrating child "
        "victims. anything?",
        (KAZ_REINTEGRATION,),
        "uncovered country named in passing through a person's origin ('my co-trainer is from sierra "
        "leone'), lower case, after a Kazakhstan turn (social reintegration programmes)",
    ),
    (
        "if bhutan had been reviewed under the same protocol, would it have got the unicef line too? "
        "what did the committee actually tell bhutan?",
        (TJK_UNICEF,),
        "uncovered country in a hypothesis ('if bhutan had been reviewed'), then asked for what it was "
        "actually told; nothing on Bhutan is held, so the answer declines rather than speculates; after "
        "a Tajikistan turn (technical support from UNICEF)",
    ),
    (
        "for my slide on budgets, what did the committee tell ireland?",
        (TJK_BUDGET_LINES,),
        "uncovered country at the end of a slide request ('for my slide on budgets', Ireland), after a "
        "Tajikistan turn (budget lines for the Protocol)",
    ),
    (
        "please tell me what committee was saying for cameroon about protect the children witnesses in "
        "court",
        (TKM_CONFIDENTIALITY,),
        "uncovered country in non-native English ('what committee was saying for cameroon', Cameroon), "
        "after a Turkmenistan turn (confidentiality of child victims and witnesses in proceedings)",
    ),
    (
        "leave kazakhstan aside, i have it. just cuba's para on this",
        (KAZ_ABOLISH_DC,),
        "two scopes in one message: the covered one set aside ('leave kazakhstan aside, i have it') and "
        "only the uncovered one asked (Cuba, in a possessive); after a Kazakhstan turn (abolishing "
        "double criminality); no Kazakhstan paragraph is wanted",
    ),
    # -- a body, agency, mandate or person the documents never mention --
    (
        "and the health rapporteur? the right-to-health one. did they go to tajikistan, what did they "
        "say",
        (SR_SEX_WORKERS_HEALTH,),
        "uncovered mandate by an informal name ('the health rapporteur', the Special Rapporteur on the "
        "right to health), never mentioned; two questions, after a trafficking Rapporteur turn "
        "(sex workers' access to health services)",
    ),
    (
        "list what the un water and sanitation rapporteur recommended after visiting tajikistan",
        (PC_WATER,),
        "uncovered mandate (the Special Rapporteur on the human rights to safe drinking water and "
        "sanitation), never mentioned, as an imperative ('list'); after a plan (CRC table) turn (row 26, "
        "drinking water and sanitation)",
    ),
    (
        "give me what unfpa says about sex ed in tajik schools, with their programme numbers",
        (SR_SEX_ED,),
        "uncovered UN agency by a lower-case acronym ('unfpa', the UN Population Fund), never mentioned, "
        "as an imperative with British spelling ('programme') and everyday words ('sex ed'); after a "
        "Special Rapporteur turn (education on sexual and reproductive health)",
    ),
    (
        "and the CSW?",
        (SR_GENDER_PERVASIVE,),
        "uncovered UN body by acronym only ('the CSW', the Commission on the Status of Women), never "
        "mentioned, terse, after a Special Rapporteur turn (pervasive gender inequality)",
    ),
    (
        "unesco figures for out-of-school girls in tajikistan? need them for the handout",
        (PC_GIRLS_ENROL,),
        "uncovered UN agency by a lower-case name ('unesco') and its figures, never mentioned; trainer "
        "style ('for the handout'); after a plan (CRC table) turn (enrolment of girls); the row gives no "
        "figures",
    ),
    (
        "did volker turk comment on those 80? quote him",
        (SR_BUFFER_ZONE,),
        "uncovered named person typed without the diacritic ('volker turk', Volker Türk, the High "
        "Commissioner for Human Rights), never mentioned, asked for a quote; after a Special Rapporteur "
        "turn (80 asylum seekers forcibly returned)",
    ),
    (
        "for my slide: what has virginia gamba said about tajik kids in armed groups?",
        (PA_EXTREMISM,),
        "uncovered named person (Virginia Gamba, the Special Representative of the Secretary-General for "
        "Children and Armed Conflict), never mentioned; trainer style; after a plan (OPAC table) turn "
        "(children joining extremist movements and military groups)",
    ),
    # -- a period the documents do not cover --
    (
        "ok now the 2011 obs on turkmenistan",
        (TKM_ADOPTED_1983,),
        "uncovered year ('the 2011 obs') for Turkmenistan, whose held observations are of 2015 (earlier "
        "tables asked 2012, 2019, 2020, 'before 2000', 'the noughties', 'the 2020s'); terse; "
        "CRC/C/OPSC/TKM/CO/1 mentions 2011 only as the date of an accession and of an Act (paras. 4 (c), "
        "5 (a)), which is not what is asked",
    ),
    (
        "back in soviet times, kids picking cotton in the tajik ssr - did the un say anything then?",
        (TJK_COTTON_INFO,),
        "uncovered period by a historical name ('soviet times', 'the tajik ssr'), before Tajikistan was "
        "a State party; lower case, after a Tajikistan turn (child forced labour in the cotton harvest)",
    ),
    (
        "k, and 2007? anything from them on kazakhstan that year",
        (KAZ_ADOPTED_1120,),
        "uncovered year (2007) for Kazakhstan, whose held observations are of January 2006; terse "
        "('k'), after a Kazakhstan turn (adoption date)",
    ),
    # -- a document, version or kind of document not held --
    (
        "quote what tajikistan wrote in CRC/C/OPAC/TJK/1 about the age of cadets",
        (PA_CADETS,),
        "uncovered symbol (CRC/C/OPAC/TJK/1, Tajikistan's own report under the armed-conflict Protocol), "
        "neither held nor cited (CRC/C/OPSC/TJK/CO/1 para. 3 cites the observations on it, "
        "CRC/C/OPAC/TJK/CO/1); imperative, after a plan (OPAC table) turn (age of students and cadets)",
    ),
    (
        "list the questions in CRC/C/OPSC/KAZ/Q/1",
        (KAZ_WRITTEN_FOLLOWUP,),
        "uncovered symbol (CRC/C/OPSC/KAZ/Q/1, the list of issues for Kazakhstan), neither held nor "
        "cited; imperative, after a Kazakhstan turn (additional written information after the dialogue)",
    ),
    (
        "give me the costing for that row - how many somoni? there must be a budget annex",
        (PC_BUDGET_NEEDS,),
        "document kind not held (a costing or budget annex of the plan); the plan's tables have no "
        "budget column and row 4 gives an activity, not an amount; imperative, after a plan (CRC table) "
        "turn (assessments of children's budgetary needs)",
    ),
    (
        "need the tajik-language original of that row, not the english, for a village session",
        (PC_HOME_BIRTHS,),
        "uncovered version of a held document (a Tajik-language text of the plan); the index holds the "
        "English text only; trainer style, after a plan (CRC table) turn (row 13, births at home)",
    ),
    (
        "she gave radio ozodi an interview after the visit i think - what did she say on air about the "
        "shelter?",
        (SR_SHELTER_FIVE,),
        "document kind not held (a radio interview with the Rapporteur, on Radio Ozodi), never "
        "mentioned; lower case, after a Special Rapporteur turn (5 victims in the Dushanbe shelter)",
    ),
    # -- a paragraph, sub-paragraph, section, footnote, row or activity past the end --
    (
        "and 44? quote it",
        (TJK_PARLIAMENT, TJK_NEXT_REPORT),
        "nonexistent paragraph (44) of CRC/C/OPSC/TJK/CO/1, which has 38; terse imperative, after the "
        "turns quoting paras. 36 and 38",
    ),
    (
        "and (c)?",
        (TKM_DECREE,),
        "nonexistent sub-paragraph (5 (c)) of CRC/C/OPSC/TKM/CO/1, whose para. 5 stops at (b); terse, "
        "after the turn quoting 5 (b)",
    ),
    (
        "whats under C.9?",
        (KAZ_PROVINCES, KAZ_NEXT_DUE),
        "nonexistent section (C.9) of CRC/C/OPSC/KAZ/CO/1, whose last section is C.8 ('Next report'); "
        "after the turns quoting paras. 30 and 32",
    ),
    (
        "footnote 2 pls, the next one",
        (SR_FOOTNOTE1,),
        "nonexistent footnote (a second numbered one) of A/HRC/50/33/Add.1, which has a single numbered "
        "footnote, to para. 25; terse, after the turn quoting it",
    ),
    (
        "list activity 4 under that row + the agency",
        (PO_HAZARDOUS_LIST,),
        "nonexistent activity (a fourth) of the plan's OPSC row 8, which has three; imperative, after "
        "the turn quoting the third",
    ),
    (
        "gimme row 38 of that table",
        (PC_JUVENILE,),
        "nonexistent row (38) of the plan's CRC table, which has 35; slangy imperative ('gimme'), after "
        "the turn quoting row 34",
    ),
    (
        "89 d?",
        (SR_REPRISALS,),
        "nonexistent sub-paragraph (89 (d)) of A/HRC/50/33/Add.1, whose para. 89 stops at (c); two "
        "words, after the turn quoting 89 (c)",
    ),
    # -- something the documents mention only in passing, asked for its own words or contents --
    (
        "can u quote the article of that cis agreement on joint investigations? for the police module",
        (TJK_CIS_AGREEMENT,),
        "a named text the held documents mention only in passing (the 2010 CIS Agreement on Cooperation "
        "between the Ministries of Internal Affairs in Combating Trafficking in Persons, named in "
        "CRC/C/OPSC/TJK/CO/1 para. 4 (d)), by a lower-case acronym, asked for its own words",
    ),
    (
        "paste the part of that clinical protocol on testing pregnant women",
        (PC_PMTCT,),
        "a named text the held documents mention only in passing (the Clinical Protocol 'Prevention of "
        "mother-to-child transmission of HIV', named in the plan's CRC row 25), asked for its own "
        "contents; imperative ('paste')",
    ),
    (
        "which article of the trade unions law says that? give me the wording",
        (SR_TRADE_UNIONS,),
        "a named text the held documents mention only in passing (Tajikistan's Law on Trade Unions, "
        "named in A/HRC/50/33/Add.1 para. 11, which gives no article), asked for its own words",
    ),
    (
        "whats in P29 itself - the article on victims getting remedies?",
        (PO_P29,),
        "a named text the held documents mention only in passing (the Protocol of 2014 to the Forced "
        "Labour Convention, named in the plan's OPSC row 8), by its ILO short code ('P29'), asked for "
        "its own words",
    ),
    (
        "whats on the centre's website - the hotline number and how to report? paste it",
        (SR_HOTLINE_RADIO,),
        "a source the held documents mention only in passing (the Centre on Trafficking in Persons' "
        "website, named in A/HRC/50/33/Add.1 para. 77), asked for its contents; the report gives no "
        "hotline number",
    ),
]

# B: the last question moves to another covered country or document; the carried-over topic is
# answered there. (question, history, country, must, may, facts, notes); units are (doc, number) pairs.
Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to the Tajikistan observations --
    (
        "and tajikistan - who even handles the cyber side there, per the committee?",
        (TKM_INTERNET_PREVENTION,),
        "Tajikistan",
        u(T, 22),
        u(T, 23) + u(PO, 9),
        ["two entities"],
        "covered country in lower case, everyday words ('the cyber side'), after a Turkmenistan turn "
        "(prevention of exploitation over the Internet); para. 22 names the two entities",
    ),
    (
        "tajikistan: corupption at the borders? give me the concern + the rec",
        (KAZ_COMPLICITY,),
        "Tajikistan",
        u(T, 18, 19),
        u(T, 29),
        ["corruption"],
        "covered country with a typo in the topic ('corupption'), imperative asking for both the "
        "concern (18 (d)) and the recommendation (19 (d)); after a Kazakhstan turn (complicity and "
        "corruption)",
    ),
    (
        "quote what the crc committee said on the same thing for tajikistan, kids in prostitution "
        "treated like criminals",
        (SR_PROSECUTED_238,),
        "Tajikistan",
        u(T, 24, 32),
        u(T, 25, 33),
        ["viewed as offenders", "arrested and prosecuted"],
        "covered document named by its author ('the crc committee') for the same country, imperative "
        "with everyday words; after a Special Rapporteur turn (victims prosecuted for prostitution); "
        "paras. 24 and 32 (d) both say it",
    ),
    (
        "and in tajikistan who is coordinate all this? committee said something?",
        (KAZ_COORD,),
        "Tajikistan",
        u(T, 12),
        u(T, 13) + u(PO, 4),
        ["entity in charge of coordinating"],
        "covered country in non-native English ('who is coordinate all this'), after a Kazakhstan turn "
        "(insufficient coordination among ministries)",
    ),
    (
        "i bet tajikistan got the same criticism, law all about trafficking? check pls",
        (TKM_TRAFFICKING_FOCUS,),
        "Tajikistan",
        u(T, 26),
        u(T, 27, 8),
        ["focuses overwhelmingly on the trafficking"],
        "covered country in a guess to be checked ('i bet tajikistan got the same criticism'), after a "
        "Turkmenistan turn (efforts focused almost exclusively on trafficking)",
    ),
    # -- to the Turkmenistan observations --
    (
        "turkmenistan has something like that? what did the committee urge them to do",
        (PC_OMBUDSMAN_COMPLAINTS,),
        "Turkmenistan",
        u(M, 15),
        u(M, 14),
        ["independent mechanism"],
        "covered country from a Tajikistan plan turn (the Ombudsman handling children's complaints, "
        "CRC row 6), asking for the recommendation; two questions",
    ),
    (
        "for my slide on ngo space - what did the committee tell turkmenistan to do? just the rec",
        (SR_PUBLIC_ASSOCIATIONS,),
        "Turkmenistan",
        u(M, 23),
        u(M, 22),
        ["remove restrictions"],
        "covered country in a slide request ('for my slide on ngo space'), recommendation only; after a "
        "Special Rapporteur turn on Tajikistan (amendments to the Law on Public Associations)",
    ),
    (
        "ok now turkmenstan. the rec only, not the concern",
        (TJK_CASE_NUMBERS,),
        "Turkmenistan",
        u(M, 29),
        u(M, 28),
        ["investigated effectively"],
        "covered country misspelt ('turkmenstan'), terse, recommendation only; after a Tajikistan turn "
        "(no information on investigations and prosecutions)",
    ),
    (
        "skip kazakhstan, got it. give me turkmenistan's recomendation on companies",
        (KAZ_LEGAL_PERSONS,),
        "Turkmenistan",
        u(M, 31),
        u(M, 30),
        ["criminal liability of legal persons"],
        "two scopes in one message: the covered country of the history set aside ('skip kazakhstan, "
        "got it') and another covered one asked, with a typo ('recomendation') and everyday words "
        "('companies' for legal persons); after a Kazakhstan turn (legal persons not liable)",
    ),
    (
        "and turkmenistan - how did they word the fix? the dual criminality thing",
        (TJK_DUAL,),
        "Turkmenistan",
        u(M, 33),
        u(M, 32, 34),
        ["remove the requirement of double criminality"],
        "covered country, the topic in other words ('the dual criminality thing'); after a Tajikistan "
        "turn (extradition subject to double criminality)",
    ),
    # -- to the Kazakhstan observations --
    (
        "kazakhstan 2006 - did the committee complain about missing research too, and what did it ask "
        "for?",
        (SR_LIMITED_RESEARCH,),
        "Kazakhstan",
        u(K, 11, 12, 28),
        [],
        ["in-depth studies"],
        "covered country with the year of its review ('kazakhstan 2006'), two questions (the concern, "
        "para. 11, and the requests, paras. 12 and 28); after a Special Rapporteur turn on Tajikistan "
        "(limited data and independent research)",
    ),
    (
        "list what the kazakh review says about schools - the praise and the ask",
        (TJK_AWARENESS_PUBLIC,),
        "Kazakhstan",
        u(K, 8, 27),
        u(K, 7),
        ["school curricula"],
        "covered country by an adjective ('the kazakh review'), imperative ('list') asking for both "
        "sides (campaigns via schools welcomed, para. 27; the Protocol in school curricula, para. 8); "
        "after a Tajikistan turn (awareness-raising)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "what did the un rapporteur write about the kids brought back from iraq",
        (PA_REINTEGRATION,),
        "Tajikistan",
        u(S, 71),
        u(S, 72, 87),
        ["84 children from Iraq"],
        "covered document by its author ('the un rapporteur'), lower case, everyday words; after a "
        "plan (OPAC table) turn (reintegration of child victims of armed conflict)",
    ),
    (
        "ok and the trafficking rapporteur's report on data?",
        (TKM_DATA_GAP, TJK_DATA_SYSTEM),
        "Tajikistan",
        u(S, 82),
        u(S, 34),
        ["unified database"],
        "covered document by its author ('the trafficking rapporteur's report'), terse, after a "
        "Turkmenistan and a Tajikistan turn (data)",
    ),
    (
        "and what does the special rapporteur say about child marriage? short pls",
        (PC_MARRIAGE_AGE,),
        "Tajikistan",
        u(S, 51),
        u(S, 44, 91),
        ["child marriage"],
        "covered document by its author, asking for a short answer; after a plan (CRC table) turn (the "
        "marriage age in the Family Code)",
    ),
    (
        "tajikistan un trafficking report - street kids?",
        (KAZ_STREET,),
        "Tajikistan",
        u(S, 52),
        u(S, 53, 91, 92),
        ["street situations"],
        "covered document by a telegraphic name ('tajikistan un trafficking report'), everyday words "
        "('street kids'); after a Kazakhstan turn (street children among vulnerable groups)",
    ),
    # -- to the national plan of action --
    (
        "does the tajik action plan have a line on this? which row + who does it",
        (TJK_ROMA_REC,),
        "Tajikistan",
        u(PC, 30),
        u(PO, 10),
        ["Jugi"],
        "covered document ('the tajik action plan'; its CRC table), two questions; after a Tajikistan "
        "turn (protecting Roma children)",
    ),
    (
        "and the govt plan - any program to get girls into school?",
        (SR_GIRLS_DROPOUT,),
        "Tajikistan",
        u(PC, 27),
        [],
        ["Enrolment of girls"],
        "covered document ('the govt plan'; its CRC table), American spelling ('program'); after a "
        "Special Rapporteur turn (girls' enrolment and dropout)",
    ),
    (
        "tajik plan, opsc part: do they commit to one single policy? row + agencies",
        (TKM_NO_STRATEGY,),
        "Tajikistan",
        u(PO, 3),
        u(T, 10, 11),
        ["single document"],
        "covered document and table ('tajik plan, opsc part'), telegraphic; after a Turkmenistan turn "
        "(no comprehensive strategy)",
    ),
    (
        "and in the armed conflict table?",
        (PO_STATS_GROUP,),
        "Tajikistan",
        u(PA, 4),
        u(PC, 5),
        ["Improvement of statistics"],
        "a move within the plan from the OPSC table to the OPAC table, named in everyday words ('the "
        "armed conflict table'), terse; after a plan (OPSC table) turn (a working group on statistics)",
    ),
]
