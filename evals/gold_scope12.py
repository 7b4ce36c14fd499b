"""The twelfth 'scope' table of the gold set (ids c001-c060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope11.py`, with new conversations and new wordings, typed
the way journalists, parliamentary staff and UN country-team staff write in a chat: the new scope
inside a comparison with the history ('Is that stricter than what the Bulgarian government was
told ...?', 'Eleven years after Astana got that message, was Tajikistan told the same ...?'), the
covered country only as background and the uncovered one asked about ('Turkmenistan I've covered
already ... The piece I'm actually writing is about Singapore'), possessives and adjectives
('Zimbabwe's review', 'the Maltese', 'the Tajik government', 'Tajikistan's own action plan'), the new
scope as the very last word after a long clause (Panama), names in quotation marks ('"Co-operative
Republic of Guyana"', '"Terre des hommes"', "'the food rapporteur'", "'paragraph thirty-seven of
the 2006 Kazakhstan observations'"), English mixed with a few words of Russian ('ясно. а Кипр?',
'домработницы', 'Нужен сам текст акта', 'Какой срок?') or French ('Et le Togo ?', 'les enfants des
rues', 'le Comité des droits de l'enfant', 's'il vous plaît', 'la rapporteuse spéciale'), numbers as
words ('paragraph fifty-one', 'eighty-five (e)', 'twenty-five (d)', 'the fifth activity under row
two', 'that two thousand two hundred and fifty-first meeting', 'thirteen years on'), dates in full
('15 March 2019', '29 September 2017', 'from 7 to 16 December 2021', '12 October'), and bodies by
long and informal names ('the IDP rapporteur, the Special Rapporteur on the human rights of
internally displaced persons', 'the Special Rapporteur on the right to food (the food rapporteur)',
'the World Health Organization ... the WHO figure', 'the trafficking rapporteur'). One to three
earlier turns about what the index holds, each answered by quoting a document verbatim with its
reference, then a last question that moves the scope.

c001-c040 name what the index does not hold. A country or group of States: Bulgaria (by adjective,
in a comparison), Cyprus (first in Russian, 'Кипр'), Togo (in French, with its capital Lomé), Guyana
(by its official long name in quotation marks), Singapore (the covered country as background),
Panama (last word after a long clause), El Salvador, Zimbabwe (in a possessive), Malta (by its
people, 'the Maltese'), the CARICOM states and the Caribbean, Botswana (by its capital Gaborone,
mentioned in passing). A body, mandate, agency or NGO the documents never mention: the European
Committee of Social Rights, the Special Rapporteur on the human rights of internally displaced
persons ('the IDP rapporteur'), the Special Rapporteur on the right to food ('the food
rapporteur'), the World Health Organization, the Inter-Agency Coordination Group against
Trafficking in Persons (ICAT), Terre des hommes, La Strada International. A person: Najat Maalla
M'jid, Mama Fatima Singhateh, Ann Skelton. A date, session or year: '15 March 2019' for
Turkmenistan, the Committee's eighty-second session (September 2019) for Kazakhstan, 2023 for the
Dushanbe shelter. A document, kind of document or review cycle not held: the summary record
CRC/C/SR.2251, the UN country team's Common Country Analysis for Tajikistan, the UN Sustainable
Development Cooperation Framework for Turkmenistan, the Committee's annual report to the General
Assembly ('A/73/41 I think'), the review of the report Turkmenistan was to submit by 28 January
2018. Something past the end of a held document: paragraph fifty-one of CRC/C/OPSC/TKM/CO/1,
85 (e) of A/HRC/50/33/Add.1, 25 (d) of CRC/C/OPSC/TKM/CO/1, a fifth activity under the plan's OPSC
row 2, a section IX of A/HRC/50/33/Add.1, 4 (d) of CRC/C/OPSC/KAZ/CO/1, paragraph thirty-seven of
CRC/C/OPSC/KAZ/CO/1. A text the documents mention only in passing, asked for its own words: the
Children's Rights Act (2015) of Tajikistan (CRC/C/OPSC/TJK/CO/1 para. 4 (b)), Governmental Act No.
327 (A/HRC/50/33/Add.1 para. 60), the Hague Convention of 1993 on inter-country adoption
(CRC/C/OPSC/KAZ/CO/1 para. 16 (c)), Turkmenistan's Guarantees of Young People's Right to Work Act
(CRC/C/OPSC/TKM/CO/1 para. 5 (a)). The answer must decline and cite nothing.

c041-c060 move to another covered country or document and carry the topic over: to the Tajikistan
observations from the Kazakhstan observations (adoption, complicit officials, coordination between
ministries) and the Turkmenistan observations (sale is not trafficking, compensation); to the
Rapporteur's report from the Kazakhstan observations (street children, shelters), the Turkmenistan
observations (civil society, birth registration), the Tajikistan observations (social media and
the dark web) and the plan (children drawn into armed conflict); to the plan from the Turkmenistan
observations (budgetary needs, coordination in the OPAC table, one programme for all children), the
Kazakhstan observations (children living with HIV) and the Rapporteur's report (the age of
marriage); to the Kazakhstan observations from the Rapporteur's report (legal, medical and
psychosocial help; child victims heard in proceedings); to the Turkmenistan observations from the
Rapporteur's report (protection of victims and witnesses; children in the cotton harvest).

Countries, places, bodies, persons and named texts were checked against `gold_scope.py` to
`gold_scope11.py` (and the more-documents, round and Russian tables), read as text, questions,
turns and notes: none asked about in c001-c040 is asked about there. The countries that first come
to mind for these styles (Georgia, Mongolia, Nepal) and every treaty body (asked by long and
informal names in earlier tables: 'the torture committee', 'the women's committee' and the rest)
were asked before, so the same styles are used here with other countries and with bodies outside
the treaty system. Bulgaria, Cyprus, Togo, Guyana, Singapore, Panama, El Salvador,
Zimbabwe, Malta, the Caribbean (CARICOM) and Botswana appear in no earlier item; neither do the
European Committee of Social Rights, the mandates on internally displaced persons and on the right
to food, the WHO, ICAT, Terre des hommes, La Strada International, Najat Maalla M'jid, Mama Fatima
Singhateh or Ann Skelton. The Children's Rights Act, Act No. 327, the Hague Convention and the
Right to Work Act appear in earlier tables' turns only, and none was asked for its own words. No
sub-paragraph, section, activity or paragraph past the end used here was used before. Most moves
target paragraphs, rows or pairs that no earlier move targeted alone or in that pairing
(CRC/C/OPSC/TJK/CO/1 paras. 8, 13, 27, 29 and 32 alone; A/HRC/50/33/Add.1 paras. 49, 54, 87 and 91,
and the pairs 33 with 85 and 50 with 88; the plan's CRC rows 2, 4 and 9, CRC rows 10 with 25 and
OPAC row 2); CRC/C/OPSC/KAZ/CO/1 paras. 20 and 21 and CRC/C/OPSC/TKM/CO/1 paras. 5 and 37 were each
the target of one earlier move, as every paragraph of those documents has been a target.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs, CRC/C/OPSC/KAZ/CO/1 32 (para.
4 stops at (c)), CRC/C/OPSC/TKM/CO/1 47 (para. 25 stops at (c)), A/HRC/50/33/Add.1 92 in sections
I-VIII (para. 85 stops at (d)); the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, and
OPSC row 2 has four activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_EXTRADITION_DC: Turn = (
    "I'm writing up extradition for a piece on cross-border cases. Does Tajikistan still make "
    "extradition depend on double criminality, according to the committee?",
    "It did in 2017: the Committee "
    '"regrets that national legislation on extraterritorial jurisdiction does not cover all the '
    "offences under the Optional Protocol and that extradition is subject to the principle of double "
    'criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_ROOT_CAUSES: Turn = (
    "Did the committee want Tajikistan to look at why children end up being sold in the first place?",
    "Yes; among its prevention recommendations: "
    '"Intensify measures to identify, analyse and effectively address the root causes of offences '
    'under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 19 (e))',
)
TJK_ARRESTED: Turn = (
    "Can a child in prostitution be arrested in Tajikistan? What did the committee find in 2017?",
    "It listed this among its concerns: "
    '"Child victims of prostitution may be arrested and prosecuted under the Criminal Code;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 32 (d))",
)
TJK_AGRICULTURE: Turn = (
    "What did the committee ask Tajikistan to do about forced child labour on farms?",
    "It recommended that the State party "
    '"adopt appropriate measures to prevent the sale of children for the purpose of child forced '
    "labour, particularly in the agriculture sector, and that it effectively enforce the legal "
    'framework prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
TJK_MARRIAGE_POLICE: Turn = (
    "Is child marriage mentioned anywhere in the 2017 Tajikistan observations?",
    "Once, on awareness-raising: "
    '"The Committee notes that law enforcement officials carry out awareness-raising activities on the '
    'prohibition and negative consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_ORGANS: Turn = (
    "Which gaps in Tajik law did the committee single out in 2017?",
    "Among others, the law did not cover "
    '"in particular, the sale of children for the transfer of organs; procuring child prostitution; '
    'and possessing child pornography." (CRC/C/OPSC/TJK/CO/1, para. 8)',
)
TJK_ADOPTED_2251: Turn = (
    "When exactly were the Tajikistan OPSC observations adopted?",
    "At the end of the session: the Committee "
    '"adopted the present concluding observations at its 2251st meeting, held on 29 September 2017." '
    "(CRC/C/OPSC/TJK/CO/1, para. 1)",
)
TJK_DIALOGUE_2228: Turn = (
    "When was Tajikistan's dialogue with the committee on the sale-of-children protocol?",
    "In mid-September 2017: "
    '"The Committee considered the report of Tajikistan (CRC/C/OPSC/TJK/1) at its 2228th meeting '
    '(see CRC/C/SR.2228), held on 14 September 2017" (CRC/C/OPSC/TJK/CO/1, para. 1)',
)
TJK_CHILDRENS_ACT: Turn = (
    "Which new Tajik laws did the committee welcome?",
    "Among the positive aspects: "
    '"The adoption of the Children\u2019s Rights Act (2015);" and "The adoption of the Human '
    'Trafficking and Assistance for Trafficking Victims Act (2014);" (CRC/C/OPSC/TJK/CO/1, para. 4)',
)
TJK_CYBERCRIME: Turn = (
    "Who deals with online abuse in Tajikistan, according to the 2017 review?",
    "The committee "
    '"notes that there are two entities in the State party responsible for addressing cybercrime." '
    "(CRC/C/OPSC/TJK/CO/1, para. 22)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_ABOLISH_DC: Turn = (
    "And Kazakhstan - what was it told about double criminality?",
    "To do away with it: "
    '"The Committee recommends that the State party amend legislation in order to abolish the '
    "requirement of double criminality for extradition and/or prosecution of offences committed "
    'abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_STREET: Turn = (
    "Which children was the committee most worried about in Kazakhstan?",
    "Three groups: "
    '"The Committee is especially concerned about the vulnerability of street children, children who '
    'are foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_HIV: Turn = (
    "Our health desk asks: did the committee say anything about HIV in the Kazakh review?",
    "Yes; it "
    '"is concerned about the stigmatization of children who have contracted HIV/AIDS as a consequence '
    'of being victims of trafficking or prostitution." (CRC/C/OPSC/KAZ/CO/1, para. 9)',
)
KAZ_HIV_ACCESS: Turn = (
    "And what did it recommend for those children?",
    "Among other things, that the State party "
    '"ensure that these children have equal access to education, health care and other social '
    'services." (CRC/C/OPSC/KAZ/CO/1, para. 10)',
)
KAZ_COMPLICITY_REC: Turn = (
    "What did the committee tell Kazakhstan to do about officials involved in trafficking?",
    "It "
    '"urges the State party to ensure that any suspicion of complicity by State officials is '
    'investigated and sanctioned." (CRC/C/OPSC/KAZ/CO/1, para. 24)',
)
KAZ_NEXT_DUE: Turn = (
    "When was Kazakhstan's next report due after the 2006 review?",
    "Soon after: the Committee asked for more information "
    '"in its next periodic report under the Convention on the Rights of the Child due, in accordance '
    'with article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_NAP_2004: Turn = (
    "What did the committee praise Kazakhstan for in 2006?",
    "First on its list: "
    '"The adoption of a National Plan of Action on Trafficking on 29 February 2004 and a subsequent '
    'Plan for 2006-2008;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (a))',
)
KAZ_NOT_EXCLUSIVELY: Turn = (
    "Did the committee want the Kazakh observations published online?",
    "Yes, but not only online: it recommended that they "
    '"be made widely available, including through the Internet (but not exclusively), to the public '
    'at large" (CRC/C/OPSC/KAZ/CO/1, para. 31)',
)
KAZ_HAGUE: Turn = (
    "Which conventions was Kazakhstan asked to join in 2006?",
    "Four; the first is "
    '"the Hague Convention No. 33 on Protection of Children and Cooperation in Respect of Inter-country '
    'Adoption (1993)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)
KAZ_ADOPTION: Turn = (
    "Was adoption an issue in the Kazakhstan review?",
    "Yes, among the gaps in the law: "
    '"Legal provisions with regard to adoption need strengthening by adherence to international '
    'standards and establishment of a central regulating authority." (CRC/C/OPSC/KAZ/CO/1, para. 15 '
    "(e))",
)
KAZ_SHELTER: Turn = (
    "Did the committee say anything about shelter for foreign victims in Kazakhstan?",
    "Yes, in its list of measures for victims: "
    '"Access to shelter and temporary residence permission for foreign trafficking victims during the '
    'investigation period." (CRC/C/OPSC/KAZ/CO/1, para. 22 (g))',
)
KAZ_COORD_LEVELS: Turn = (
    "What did the committee recommend on coordination in Kazakhstan?",
    "It "
    '"encourages the State party to strengthen coordination, at both central and local levels, in the '
    'areas covered by the Optional Protocol" (CRC/C/OPSC/KAZ/CO/1, para. 6)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_COMP_FUND: Turn = (
    "What did the committee recommend to Turkmenistan on compensation for child victims?",
    "Among other things, to "
    '"establish a victims\u2019 compensation fund for those cases where victims cannot obtain '
    'compensation from the perpetrator" (CRC/C/OPSC/TKM/CO/1, para. 40 (b))',
)
TKM_HELPLINE_24H: Turn = (
    "What kind of helpline did the committee ask Turkmenistan for?",
    "A national helpline for all offences under the Protocol that "
    '"covers the whole country, is accessible 24 hours a day and has an easy-to-remember three- to '
    'four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_NO_HELPLINE: Turn = (
    "Did Turkmenistan have a child helpline at the time of its 2015 review?",
    "Not one covering the Protocol: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_EXTRADITION_BASIS: Turn = (
    "What did the committee say to Turkmenistan about extradition?",
    "Among other things that "
    '"the State party may wish to consider this Protocol as a legal basis for extradition to another '
    'State party in respect of such offences." (CRC/C/OPSC/TKM/CO/1, para. 34)',
)
TKM_CSO: Turn = (
    "What did the committee say about NGOs in Turkmenistan?",
    "It "
    '"urges the State party to remove restrictions on the functioning of independent civil society '
    'organizations, including those working on children\u2019s rights" (CRC/C/OPSC/TKM/CO/1, para. 23)',
)
TKM_NEXT_DUE: Turn = (
    "When was Turkmenistan's next report due after the 2015 review?",
    "In January 2018; the information was to go "
    '"in its next periodic report under the Convention on the Rights of the Child, due by 28 January '
    '2018" (CRC/C/OPSC/TKM/CO/1, para. 47)',
)
TKM_FOLLOWUP: Turn = (
    "Who was supposed to receive the Turkmenistan recommendations?",
    "A long list; the Committee recommended "
    '"transmitting them to the President, relevant government ministries, the Parliament, the '
    'Constitutional Court, and regional and local authorities" (CRC/C/OPSC/TKM/CO/1, para. 45)',
)
TKM_POVERTY: Turn = (
    "What did the committee encourage Turkmenistan to do on prevention?",
    "Several things, ending with: "
    '"Give further attention to the implementation of social and economic development programmes and '
    'poverty reduction strategies" (CRC/C/OPSC/TKM/CO/1, para. 25 (c))',
)
TKM_WORK_ACT: Turn = (
    "Which Turkmen laws did the committee list in 2015?",
    "Several, including "
    '"the Guarantees of Young People\u2019s Right to Work Act (1 February 2005)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 5 (a))",
)
TKM_RESOURCES: Turn = (
    "Did Turkmenistan tell the committee how much it spends on the Protocol?",
    "No; the Committee "
    '"regrets that the State party has not provided information on the specific allocation of '
    'resources for the implementation of the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 20)",
)
TKM_SIMILAR: Turn = (
    "Is 'sale of children' just another word for trafficking? What did the committee tell "
    "Turkmenistan?",
    "No; it recommended ensuring "
    '"that the definition of sale of children, which is similar to but not identical to trafficking '
    'in persons, is included in the national legislation" (CRC/C/OPSC/TKM/CO/1, para. 9)',
)
TKM_COORD_BODY: Turn = (
    "What did the committee want Turkmenistan to set up to coordinate the Protocol?",
    "A high-level body: it "
    '"urges the State party to establish an efficient body at a high level with sufficient authority '
    "and a strong mandate to coordinate all activities relating to the implementation of the Optional "
    'Protocol" (CRC/C/OPSC/TKM/CO/1, para. 13)',
)
TKM_BIRTH_REG: Turn = (
    "Did the committee see anything positive in Turkmenistan's prevention work?",
    "Yes: "
    '"The Committee also notes as positive the significant increase in birth registration and the '
    "extension of compulsory education to 12 years, which are likely to reduce the level of "
    'vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_STRATEGY: Turn = (
    "Did the committee ask Turkmenistan for a strategy?",
    "Yes; it recommended that the State party "
    '"develop a comprehensive strategy to implement the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 11)",
)

# A/HRC/50/33/Add.1
SR_DESTINATIONS: Turn = (
    "Where do Tajik migrants mostly go, according to the trafficking rapporteur?",
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for Tajik '
    'workers." (A/HRC/50/33/Add.1, para. 7)',
)
SR_WOMEN_SHARE: Turn = (
    "And women?",
    '"Women account for approximately 20 per cent of migrant workers from Tajikistan and are mostly '
    'recruited to work in the services sector, the hospitality sector and domestic work." '
    "(A/HRC/50/33/Add.1, para. 8)",
)
SR_RECRUITERS: Turn = (
    "What did the rapporteur find out about recruitment agencies in Tajikistan?",
    "Not much about outcomes: "
    '"The Special Rapporteur received reports that more than 15 recruitment agencies operate within '
    "the State and that, while investigations and prosecutions have taken place in relation to the "
    "criminal activities of some labour recruitment agencies, information was not available on the "
    "specific charges brought, whether investigations and prosecutions for trafficking in persons were "
    'initiated and completed or the sentences imposed on responsible persons." (A/HRC/50/33/Add.1, '
    "para. 38)",
)
SR_CITIES_325: Turn = (
    "Where are refugees allowed to live in Tajikistan?",
    "Not everywhere: "
    '"According to government resolution No. 325 of 2000, refugees and asylum seekers in Tajikistan '
    'are not allowed to live in larger cities or in the border districts of the country." '
    "(A/HRC/50/33/Add.1, para. 24)",
)
SR_COMMISSION: Turn = (
    "Who coordinates anti-trafficking work in Tajikistan, per the rapporteur?",
    "An interministerial commission: "
    '"the Interministerial Commission for Combating Trafficking in Persons is placed under the Office '
    'of the President." It "meets twice a year" (A/HRC/50/33/Add.1, para. 33)',
)
SR_NGO_FUNDING: Turn = (
    "Who actually helps trafficking victims in Tajikistan, the State or NGOs?",
    "Mostly others: "
    '"assistance continues to be provided primarily by international organizations, and funding for '
    'the provision of assistance by non-governmental organizations remains limited and uncertain." '
    "(A/HRC/50/33/Add.1, para. 64)",
)
SR_OUTSIDE_DUSHANBE: Turn = (
    "Are there shelters outside the capital?",
    "Not specialized ones: "
    '"The limited provision of shelter accommodation and the absence of specialized, safe accommodation '
    "for victims located outside of Dunshanbe leaves victims in rural areas and smaller cities without "
    'assistance and protection" (A/HRC/50/33/Add.1, para. 65; the report spells the capital so)',
)
SR_SHELTER_FIVE: Turn = (
    "How full was the State shelter in Dushanbe?",
    "Mostly empty: "
    '"Although provision is made for 27 staff and 30 places for the accommodation of '
    "victims/survivors, the Special Rapporteur was informed that only 5 victims were accommodated in "
    'the shelter in 2021." (A/HRC/50/33/Add.1, para. 65)',
)
SR_IPEC: Turn = (
    "Did the rapporteur say anything about the cotton harvest?",
    "She "
    '"commends the coordinated efforts by the ILO International Programme on the Elimination of Child '
    "Labour to eliminate child labour and the risks of child trafficking for forced labour, in "
    'particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
SR_RETURNS: Turn = (
    "What happened to Tajik migrants during COVID, according to the rapporteur?",
    '"While some initiatives have been undertaken to assist Tajik migrant workers to return, many '
    "migrant workers remain in vulnerable situations, with limited employment opportunities and "
    'limited access to social security or other assistance, including medical assistance." '
    "(A/HRC/50/33/Add.1, para. 18)",
)
SR_CRPD: Turn = (
    "What does the rapporteur recommend on disability in 85?",
    "Sub-paragraph (d): "
    '"Ratify and implement the Convention on the Rights of Persons with Disabilities to ensure that the '
    'rights of trafficked persons with disabilities are protected" (A/HRC/50/33/Add.1, para. 85 (d))',
)
SR_INTL_COMMUNITY: Turn = (
    "What's the very last recommendation in the trafficking report?",
    "Para. 92, addressed beyond the Government: "
    '"The Special Rapporteur recommends that the international community, including United Nations '
    'and humanitarian agencies:" (A/HRC/50/33/Add.1, para. 92), which closes section VIII, '
    "'Conclusions and recommendations'",
)
SR_NRM: Turn = (
    "When was Tajikistan's national referral mechanism set up?",
    "In 2016: "
    '"A national referral mechanism was established in 2016 by Governmental Act No. 327." '
    "(A/HRC/50/33/Add.1, para. 60)",
)
SR_WITNESS: Turn = (
    "What did the rapporteur recommend on police interviews with victims?",
    "That the Government "
    '"Ensure that training for law enforcement officials addresses discriminatory attitudes towards '
    "victims and gender stereotypes and that women police officers are trained and available to "
    'conduct interviews with victims, and strengthen victim and witness protection." '
    "(A/HRC/50/33/Add.1, para. 86 (c))",
)
SR_CHILD_FRIENDLY: Turn = (
    "Anything on child-friendly justice in the trafficking report?",
    "Yes: "
    '"The Special Rapporteur takes note of the measures taken to ensure child-friendly justice, in line '
    "with general comment No. 24 (2019) on children's rights in the child justice system of the "
    'Committee on the Rights of the Child." (A/HRC/50/33/Add.1, para. 83)',
)
SR_INSPECTORATE: Turn = (
    "Can Tajikistan's labour inspectors actually reach the farms?",
    "Hardly: "
    '"the Tajik labour inspectorate has very limited capacity and resources and limited reach in rural '
    'areas and in sectors at risk, such as in domestic households and the agricultural sector." '
    "(A/HRC/50/33/Add.1, para. 42)",
)
SR_CHILD_MARRIAGE: Turn = (
    "Does the rapporteur say child marriage is still happening?",
    "Yes; she "
    '"is concerned about continuing reports of child marriage, in particular in rural and remote '
    "areas, and the attendant risks of trafficking for purposes of sexual exploitation and forced "
    'labour." (A/HRC/50/33/Add.1, para. 51)',
)

# The national plan of action 2018-2022 (three tables)
PC_NUTRITION: Turn = (
    "Is child nutrition in Tajikistan's action plan?",
    "Row 22, first activity: "
    '"Preparation of leaflets and guidelines on healthy nutrition, proper preparation of food and '
    'nutrition for children, depending on the age" (National Plan of Action 2018-2022 (CRC), row 22)',
)
PC_NEONATOLOGISTS: Turn = (
    "What does the plan say about training doctors for newborns?",
    "Row 21: "
    '"Preparation of neonatologists abroad and from the year 2020 from the graduates of the '
    'educational institutions in Tajikistan." (National Plan of Action 2018-2022 (CRC), row 21)',
)
PO_INTL_COOP: Turn = (
    "What's the last activity under row 2 of the OPSC table?",
    "The fourth: "
    '"Improvement of the system of international cooperation, including the improvement of bilateral, '
    'regional and multilateral treaties and agreements by the relevant bodies and structures" '
    "(National Plan of Action 2018-2022 (OPSC), row 2)",
)
PA_EXTREMISM: Turn = (
    "Does the OPAC part of the plan deal with children joining armed groups?",
    "Row 5 plans to "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" '
    "(National Plan of Action 2018-2022 (OPAC), row 5)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or group of States the index does not hold --
    (
        "So Kazakhstan was told back in 2006 to abolish the requirement outright. Is that stricter "
        "than what the Bulgarian government was told when the committee examined Bulgaria under the "
        "same protocol?",
        (TJK_EXTRADITION_DC, KAZ_ABOLISH_DC),
        "uncovered country by adjective and name ('the Bulgarian government', Bulgaria) inside a "
        "comparison with the history ('is that stricter than what ... was told'), journalist; after "
        "Tajikistan and Kazakhstan turns (double criminality)",
    ),
    (
        "ясно. а Кипр? A listener wrote in that Tajik women end up there as домработницы through "
        "agencies. Has the UN said anything to Cyprus about trafficking of domestic workers?",
        (SR_DESTINATIONS, SR_WOMEN_SHARE),
        "uncovered country first in Russian ('а Кипр?', then 'Cyprus'), English mixed with Russian "
        "('ясно', 'домработницы'), radio journalist; after two Special Rapporteur turns (destination "
        "countries; women's share of migrant workers); Cyprus is not among the destinations the "
        "report names",
    ),
    (
        "Merci. Et le Togo ? Our francophone desk is doing a piece on les enfants des rues in Lomé. "
        "What did the Comité des droits de l'enfant tell Togo about street children?",
        (KAZ_STREET,),
        "uncovered country named in French ('le Togo') and by its capital (Lomé), English mixed with "
        "French, the held body named in French; after a Kazakhstan turn (street children)",
    ),
    (
        'For the hearing, our chair wants one example from South America. Did the "Co-operative '
        "Republic of Guyana\" get a recommendation for a victims' compensation fund like that one?",
        (TKM_COMP_FUND,),
        "uncovered country by its official long name in quotation marks ('the \"Co-operative "
        "Republic of Guyana\"'), parliamentary staff preparing a hearing; after a Turkmenistan turn "
        "(a victims' compensation fund)",
    ),
    (
        "Turkmenistan I've covered already: 24 hours, short number. The piece I'm actually writing "
        "is about Singapore, though. Has the committee told Singapore to set up a children's "
        "helpline of that kind?",
        (TKM_HELPLINE_24H,),
        "uncovered country asked while the covered one is only background ('Turkmenistan I've "
        "covered already ... The piece I'm actually writing is about Singapore'); after a "
        "Turkmenistan turn (a 24-hour national helpline)",
    ),
    (
        "Given that licensed recruiters were apparently still under investigation and nobody could "
        "say which charges were brought, whether trafficking cases were ever completed or what "
        "sentences were handed down, I'd like to know whether the UN reported anything similar about "
        "labour recruitment agencies in Panama.",
        (SR_RECRUITERS,),
        "uncovered country as the very last word after a long clause that restates the history "
        "(Panama); after a Special Rapporteur turn (recruitment agencies, charges and sentences "
        "unknown)",
    ),
    (
        "I'm on the Central America desk this week. Did the committee ever push El Salvador on the "
        "root causes in the same way, with gangs selling girls and so on?",
        (TJK_ROOT_CAUSES,),
        "uncovered country by name in a journalist's question (El Salvador); after a Tajikistan turn "
        "(root causes of offences)",
    ),
    (
        "Zimbabwe's review would be the obvious comparison for our HIV piece. What did the committee "
        "say there about trafficked children living with HIV/AIDS?",
        (KAZ_HIV, KAZ_HIV_ACCESS),
        "uncovered country in a possessive at the head of the message ('Zimbabwe's review'), "
        "the country then referred to as 'there'; after two Kazakhstan turns (stigmatization of "
        "children with HIV/AIDS; equal access to services)",
    ),
    (
        "And the Maltese? Small island state, lots of requests from abroad. Were they also told they "
        "could use the Protocol as the legal basis for extradition?",
        (TKM_EXTRADITION_BASIS,),
        "uncovered country named only through its people ('the Maltese', Malta); after a "
        "Turkmenistan turn (the Protocol as a legal basis for extradition)",
    ),
    (
        "Same problem right across the Caribbean, with kids in the tourist trade. What did the "
        "committee tell the CARICOM states about not arresting child victims of prostitution? One "
        "line per country would do.",
        (TJK_ARRESTED,),
        "uncovered group of States by a regional organisation's acronym ('the CARICOM states') and "
        "region ('the Caribbean'), a request for one line per country; after a Tajikistan turn "
        "(child victims of prostitution arrested and prosecuted)",
    ),
    (
        "Our country team is twinning with colleagues in Gaborone next spring. Did the committee "
        "ever tell the government there something similar about investigating officials complicit in "
        "trafficking?",
        (KAZ_COMPLICITY_REC,),
        "uncovered country by its capital mentioned in passing (Gaborone, Botswana), then 'the "
        "government there', UN country-team staff; after a Kazakhstan turn (complicity of State "
        "officials)",
    ),
    # -- a body, agency, mandate or NGO the documents never mention --
    (
        "Has the European Committee of Social Rights said anything comparable about children working "
        "in agriculture? Our Council of Europe delegation would like to quote the Strasbourg side "
        "next to this.",
        (TJK_AGRICULTURE,),
        "a body the documents never mention, by its long name (the European Committee of Social "
        "Rights; the held Kazakhstan observations name two Council of Europe conventions, not this "
        "body), parliamentary staff; after a Tajikistan turn (child forced labour in agriculture)",
    ),
    (
        "That's refugees. Has the IDP rapporteur, the Special Rapporteur on the human rights of "
        "internally displaced persons, ever reported on families displaced inside Tajikistan?",
        (SR_CITIES_325,),
        "a mandate the documents never mention, by an informal name and then its long name ('the IDP "
        "rapporteur, the Special Rapporteur on the human rights of internally displaced persons'); "
        "after a Special Rapporteur turn (resolution No. 325 on where refugees may live)",
    ),
    (
        "Leaflets, fine. Did the Special Rapporteur on the right to food ('the food rapporteur', as "
        "our minister calls the mandate) ever say anything about child nutrition in Tajikistan?",
        (PC_NUTRITION,),
        "a mandate the documents never mention, by its long name and an informal name in quotation "
        "marks ('the food rapporteur'); after a plan (CRC table) turn (nutrition leaflets, row 22)",
    ),
    (
        "How many neonatologists per 10,000 live births does the World Health Organization say "
        "Tajikistan actually has? The MP wants the WHO figure, not the plan's promise.",
        (PC_NEONATOLOGISTS,),
        "an agency the documents never mention, by its long name and acronym (the World Health "
        "Organization, WHO), asked for its own figure, parliamentary staff; after a plan (CRC table) "
        "turn (training neonatologists, row 21)",
    ),
    (
        "Has the Inter-Agency Coordination Group against Trafficking in Persons (ICAT) published "
        "anything assessing national commissions like that one? I'd quote ICAT's own issue brief.",
        (SR_COMMISSION,),
        "an inter-agency body the documents never mention, by its long name and acronym (ICAT), "
        "asked for its own publication; after a Special Rapporteur turn (the Interministerial "
        "Commission)",
    ),
    (
        'Does "Terre des hommes" run any of those services for child victims in Tajikistan, and what '
        "do its own project reports say about funding?",
        (SR_NGO_FUNDING,),
        "an NGO the documents never mention, in quotation marks ('\"Terre des hommes\"'), asked for "
        "its own reports; after a Special Rapporteur turn (assistance provided by international "
        "organizations, NGO funding uncertain)",
    ),
    (
        "What does La Strada International say about shelter places for trafficked women across the "
        "region? I need a counterpoint for the piece.",
        (SR_OUTSIDE_DUSHANBE,),
        "an NGO network the documents never mention (La Strada International), journalist; after a "
        "Special Rapporteur turn (no specialized accommodation outside the capital)",
    ),
    # -- a person the documents never name --
    (
        "Has Najat Maalla M'jid ever spoken about child marriage in Tajikistan? A quote from her "
        "would round off the feature.",
        (TJK_MARRIAGE_POLICE,),
        "a person the documents never name (Najat Maalla M'jid), asked for a quote, journalist; "
        "after a Tajikistan turn (awareness-raising on child marriages)",
    ),
    (
        "Organ sales: has Mama Fatima Singhateh written about that anywhere in Central Asia? A line "
        "from her would help the explainer.",
        (TJK_ORGANS,),
        "a person the documents never name (Mama Fatima Singhateh), asked for her own words; after a "
        "Tajikistan turn (sale of children for the transfer of organs)",
    ),
    (
        "What has Ann Skelton, as chair of the Committee on the Rights of the Child, said publicly "
        "about children in Central Asia's cotton fields?",
        (SR_IPEC,),
        "a person the documents never name (Ann Skelton), the held body named by its long name; "
        "after a Special Rapporteur turn (ILO-IPEC and the cotton harvesting sector)",
    ),
    # -- a date, session or year the index does not cover --
    (
        "Was a national helpline in place by 15 March 2019, and has the committee said anything after "
        "15 March 2019 about whether Turkmenistan's line covers all those offences?",
        (TKM_NO_HELPLINE,),
        "uncovered date written in full ('15 March 2019', twice), after the 2015 review the index "
        "holds; after a Turkmenistan turn (no helpline covering all offences)",
    ),
    (
        "And thirteen years on, at the Committee's eighty-second session in September 2019: was "
        "Kazakhstan reviewed there, and what did the Committee conclude on the Optional Protocol?",
        (KAZ_NEXT_DUE,),
        "uncovered session and period in words ('thirteen years on', 'the Committee's eighty-second "
        "session in September 2019'); after a Kazakhstan turn (next report due 10 September 2006)",
    ),
    (
        "That's 2021. How many victims did the Dushanbe shelter take in during 2023? The ministry's "
        "press office keeps quoting a much bigger number.",
        (SR_SHELTER_FIVE,),
        "uncovered year (2023), after the 2021 figure the report gives; after a Special Rapporteur "
        "turn (5 victims in the shelter in 2021)",
    ),
    # -- a document, kind of document or review cycle the index does not hold --
    (
        "Do you have the summary record of that two thousand two hundred and fifty-first meeting, "
        "CRC/C/SR.2251? I want to know what was said on 29 September 2017 when they adopted it.",
        (TJK_ADOPTED_2251,),
        "uncovered document by symbol (the summary record CRC/C/SR.2251, of the meeting at which "
        "CRC/C/OPSC/TJK/CO/1 was adopted; the observations cite only CRC/C/SR.2228), the meeting "
        "number in words and the date in full; after a Tajikistan turn (adoption at the 2251st "
        "meeting)",
    ),
    (
        "Our UNCT is updating the Common Country Analysis for Tajikistan. What did the previous CCA "
        "say about trafficking risks for migrants coming back from Russia?",
        (SR_RETURNS,),
        "a kind of document not held (the UN country team's Common Country Analysis, 'the previous "
        "CCA'), UN country-team staff; after a Special Rapporteur turn (returning migrant workers)",
    ),
    (
        "Does the UN Sustainable Development Cooperation Framework for Turkmenistan commit the "
        "country team to anything on civic space? I need the outcome wording for the steering "
        "committee.",
        (TKM_CSO,),
        "a kind of document not held (the UN Sustainable Development Cooperation Framework for "
        "Turkmenistan), asked for its wording, UN country-team staff; after a Turkmenistan turn "
        "(restrictions on civil society organizations)",
    ),
    (
        "The Committee's annual report to the General Assembly that covers that session, A/73/41 I "
        "think: what does it say about Tajikistan?",
        (TJK_DIALOGUE_2228,),
        "uncovered document by symbol and kind (the Committee's report to the General Assembly, "
        "'A/73/41 I think'); after a Tajikistan turn (the dialogue at the 2228th meeting)",
    ),
    (
        "Right. So what did the committee say when it examined that next report? I mean the "
        "following review cycle, not the 2015 one.",
        (TKM_NEXT_DUE,),
        "uncovered review cycle (the review of the report Turkmenistan was to submit by 28 January "
        "2018, 'the following review cycle, not the 2015 one'); after a Turkmenistan turn (next "
        "report due)",
    ),
    # -- a paragraph, sub-paragraph, section or activity past the end of a held document --
    (
        "Our clerk's printout runs on to a paragraph fifty-one in the Turkmenistan document. What "
        "does paragraph fifty-one say?",
        (TKM_FOLLOWUP,),
        "a paragraph past the end, in words ('paragraph fifty-one'; CRC/C/OPSC/TKM/CO/1 ends at "
        "para. 47), parliamentary staff; after a Turkmenistan turn (follow-up, para. 45)",
    ),
    (
        "and eighty-five (e)? for the submission I need the whole list",
        (SR_CRPD,),
        "a sub-paragraph past the last one of its paragraph, in words ('eighty-five (e)'; "
        "A/HRC/50/33/Add.1 para. 85 stops at (d)); after a Special Rapporteur turn (para. 85 (d))",
    ),
    (
        "Thanks. That was (c). What does twenty-five (d) ask for?",
        (TKM_POVERTY,),
        "a sub-paragraph past the last one of its paragraph, in words ('twenty-five (d)'; "
        "CRC/C/OPSC/TKM/CO/1 para. 25 stops at (c)); after a Turkmenistan turn (para. 25 (c))",
    ),
    (
        "That's the fourth one. And the fifth activity under row two of the OPSC table: what is it, "
        "and which ministry leads?",
        (PO_INTL_COOP,),
        "an activity past the last one of its row, in words ('the fifth activity under row two'; the "
        "plan's OPSC row 2 has four activities); after a plan (OPSC table) turn (its fourth activity)",
    ),
    (
        "Section VIII ends with that. Is there a section IX after it, with anything addressed to "
        "donors specifically?",
        (SR_INTL_COMMUNITY,),
        "a section past the last one of a held document (section IX; A/HRC/50/33/Add.1 ends with "
        "section VIII, 'Conclusions and recommendations'), UN country-team staff; after a Special "
        "Rapporteur turn (para. 92, to the international community)",
    ),
    (
        "and point (d) in that list of positive aspects? the fourth thing they welcomed",
        (KAZ_NAP_2004,),
        "a sub-paragraph past the last one of its paragraph ('point (d)', 'the fourth thing'; "
        "CRC/C/OPSC/KAZ/CO/1 para. 4 stops at (c)); after a Kazakhstan turn (para. 4 (a))",
    ),
    (
        "A member quoted 'paragraph thirty-seven of the 2006 Kazakhstan observations' in committee "
        "yesterday. What does paragraph thirty-seven say?",
        (KAZ_NOT_EXCLUSIVELY,),
        "a paragraph past the end, in words and in quotation marks ('paragraph thirty-seven'; "
        "CRC/C/OPSC/KAZ/CO/1 ends at para. 32), parliamentary staff; after a Kazakhstan turn "
        "(dissemination, para. 31)",
    ),
    # -- a text the documents mention only in passing, asked for its own words --
    (
        "Parliament's legal department wants the statute's own wording: which article of that "
        "Children's Rights Act defines who counts as a child, and how does it read?",
        (TJK_CHILDRENS_ACT,),
        "a named text the held documents mention only in passing (the Children\u2019s Rights Act "
        "(2015), welcomed in CRC/C/OPSC/TJK/CO/1 para. 4 (b)), asked for its own article, "
        "parliamentary staff",
    ),
    (
        "OK. Act No. 327 itself: what does it list as the stages of referral? Нужен сам текст акта, "
        "not the rapporteur's summary.",
        (SR_NRM,),
        "a named text the held documents mention only in passing (Governmental Act No. 327, named in "
        "A/HRC/50/33/Add.1 para. 60), asked for its own words, English mixed with Russian ('Нужен сам "
        "текст акта', 'I need the act's own text')",
    ),
    (
        "What does that Hague Convention itself say in its article on consent to adoption? Quote it, "
        "s'il vous plaît. Our legal adviser wants the treaty text.",
        (KAZ_HAGUE,),
        "a named text the held documents mention only in passing (the Hague Convention of 1993 on "
        "inter-country adoption, named in CRC/C/OPSC/KAZ/CO/1 para. 16 (c)), asked for its own "
        "article, English mixed with French ('s'il vous plaît')",
    ),
    (
        "What minimum age for work does that young people's right-to-work act itself set? Need the "
        "article for a sidebar.",
        (TKM_WORK_ACT,),
        "a named text the held documents mention only in passing (the Guarantees of Young People\u2019s "
        "Right to Work Act of Turkmenistan, named in CRC/C/OPSC/TKM/CO/1 para. 5 (a)), asked for its "
        "own article, journalist",
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
        "Was Tajikistan told anything like that about adoption in the committee's 2017 review, or "
        "did adoption not come up for Dushanbe?",
        (KAZ_ADOPTION,),
        "Tajikistan",
        u(T, 27),
        u(T, 26) + u(PC, 19),
        ["illegal adoption"],
        "covered country by name and by its capital ('for Dushanbe'), 'the committee's 2017 review'; "
        "after a Kazakhstan turn (adoption law); para. 27 (a) asks that the sale of children through "
        "illegal adoption be defined and criminalized",
    ),
    (
        'Did the Tajik review make the same point, that "sale" and trafficking aren\'t the same '
        "thing?",
        (TKM_SIMILAR,),
        "Tajikistan",
        u(T, 8),
        u(T, 9, 26, 27),
        ["similar, but not identical"],
        "covered country by adjective ('the Tajik review'), a word in quotation marks ('\"sale\"'); "
        "after a Turkmenistan turn (sale similar to but not identical to trafficking); para. 8 says "
        "the same of Tajikistan's law",
    ),
    (
        "Eleven years after Astana got that message, was Tajikistan told the same: prosecute the "
        "officials who are complicit?",
        (KAZ_COMPLICITY_REC,),
        "Tajikistan",
        u(T, 29),
        u(T, 18, 19),
        ["officials complicit"],
        "covered country at the end of a comparison with the history, the earlier country by its "
        "capital ('Astana'), the gap in words ('Eleven years after'); after a Kazakhstan turn "
        "(complicity of State officials); para. 29 names officials complicit in offences",
    ),
    (
        "Was the Tajik government told anything about compensation for child victims in its own "
        "review two and a half years later, in September 2017?",
        (TKM_COMP_FUND,),
        "Tajikistan",
        u(T, 32),
        u(T, 33),
        ["compensation"],
        "covered country by adjective ('the Tajik government'), the date in words ('two and a half years "
        "later, in September 2017'); after a Turkmenistan turn (a victims' compensation fund); para. 32 (c) "
        "and (e) on compensation",
    ),
    (
        "Was Tajikistan told to improve coordination between its ministries too, when the committee "
        "looked at it in September 2017?",
        (KAZ_COORD_LEVELS,),
        "Tajikistan",
        u(T, 13),
        u(T, 12) + u(PO, 4),
        ["better coordination"],
        "covered country with its review month ('in September 2017'); after a Kazakhstan turn "
        "(coordination at central and local levels); para. 13 asks for better coordination between "
        "ministries",
    ),
    # -- to the Special Rapporteur's report --
    (
        "Fifteen years on, what did the trafficking rapporteur recommend for street children after her "
        "visit to Tajikistan in December 2021?",
        (KAZ_STREET,),
        "Tajikistan",
        u(S, 91),
        u(S, 52, 92),
        ["children in street situations"],
        "covered document by its author and visit ('the trafficking rapporteur ... her visit to "
        "Tajikistan in December 2021'), the gap in words ('Fifteen years on'); after a Kazakhstan turn "
        "(street children); para. 91 (d) names children in street situations",
    ),
    (
        "How did the trafficking rapporteur put it for Tajikistan? Did she also want NGOs brought "
        "into the commission's work?",
        (TKM_CSO,),
        "Tajikistan",
        u(S, 33, 85),
        u(S, 75, 76),
        ["limited engagement with civil society", "Strengthen partnerships with civil society"],
        "covered document by its author ('the trafficking rapporteur ... for Tajikistan'); after a "
        "Turkmenistan turn (restrictions on civil society); para. 33 on the Commission's limited "
        "engagement with civil society, para. 85 (a) on partnerships",
    ),
    (
        "Birth registration: did the UN rapporteur who visited Tajikistan from 7 to 16 December 2021 "
        "also treat it as protection against trafficking?",
        (TKM_BIRTH_REG,),
        "Tajikistan",
        u(S, 50, 88),
        [],
        ["birth registration of all children"],
        "covered document by its author and the visit dates in full ('from 7 to 16 December 2021'); "
        "after a Turkmenistan turn (birth registration reducing vulnerability); paras. 50 and 88 (c)",
    ),
    (
        "What did the trafficking rapporteur say in her 2022 report about children being drawn into "
        "armed conflict?",
        (PA_EXTREMISM,),
        "Tajikistan",
        u(S, 54),
        u(S, 71, 72),
        ["armed conflict"],
        "from a plan (OPAC table) turn (children joining extremist groups, row 5) to the Special "
        "Rapporteur's report ('her 2022 report'); para. 54 on trafficking of children into armed "
        "conflict",
    ),
    (
        "Et la rapporteuse spéciale, in her Tajikistan report: anything about traffickers using "
        "social media or the dark web?",
        (TJK_CYBERCRIME,),
        "Tajikistan",
        u(S, 49),
        u(S, 20, 79),
        ["the dark web"],
        "from the Tajikistan observations (two cybercrime entities) to the Special Rapporteur's "
        "report, named half in French ('la rapporteuse spéciale'); para. 49 names social media, the "
        "dark web and messaging platforms",
    ),
    (
        "And what does the trafficking rapporteur want Tajikistan to do about shelters? Anything for "
        "men, or for victims with disabilities?",
        (KAZ_SHELTER,),
        "Tajikistan",
        u(S, 87),
        u(S, 65),
        ["shelters for male victims"],
        "covered document by its author; after a Kazakhstan turn (access to shelter for foreign "
        "victims); para. 87 (d) on expanding shelters and shelters for male victims",
    ),
    # -- to the national plan of action --
    (
        "Turkmenistan never said what it spends. For the budget committee's hearing on 12 October: "
        "does Tajikistan's own action plan at least commit to working out what children need in "
        "budget terms?",
        (TKM_RESOURCES,),
        "Tajikistan",
        u(PC, 4),
        u(PO, 6) + u(T, 17),
        ["budgetary needs"],
        "covered document in a possessive ('Tajikistan's own action plan'), parliamentary staff with "
        "a hearing date; after a Turkmenistan turn (no information on resources); the plan's CRC row "
        "4 assesses children's budgetary needs",
    ),
    (
        "Does Tajikistan's plan under the armed-conflict protocol, the OPAC table, say anything about "
        "coordination between agencies?",
        (TKM_COORD_BODY,),
        "Tajikistan",
        u(PA, 2),
        u(PO, 4),
        ["mechanisms of coordination"],
        "covered document and table ('Tajikistan's plan under the armed-conflict protocol, the OPAC "
        "table'); after a Turkmenistan turn (a high-level coordinating body); OPAC row 2",
    ),
    (
        "Moving from Kazakhstan to Tajikistan's national plan: is there anything there for children "
        "living with HIV?",
        (KAZ_HIV,),
        "Tajikistan",
        u(PC, 10, 25),
        u(PC, 24),
        ["children living with HIV/AIDS", "mother-to-child transmission of HIV"],
        "covered document in a possessive ('Tajikistan's national plan'), the move spelt out ('Moving "
        "from Kazakhstan to ...'); after a Kazakhstan turn (children with HIV/AIDS); CRC rows 10 and "
        "25",
    ),
    (
        "What does Tajikistan's national plan of action commit to on the legal age of marriage?",
        (SR_CHILD_MARRIAGE,),
        "Tajikistan",
        u(PC, 9),
        u(PC, 17),
        ["Family Code"],
        "from the Special Rapporteur's report (continuing child marriage) to the plan by its full "
        "name ('Tajikistan's national plan of action'); CRC row 9 on the Family Code and marriage "
        "under 18",
    ),
    (
        "And Tajikistan's action plan: does it go further, with one national programme for all "
        "children rather than just for the protocol? Какой срок?",
        (TKM_STRATEGY,),
        "Tajikistan",
        u(PC, 2),
        u(PO, 3),
        ["2030"],
        "covered document in a possessive, English mixed with Russian ('Какой срок?', 'what "
        "deadline?'); after a Turkmenistan turn (a comprehensive strategy); CRC row 2, a unified "
        "national programme for children up to 2030",
    ),
    # -- to the Kazakhstan observations --
    (
        "Going back to 2006: what did the committee say about legal, medical and psychological help "
        "for victims in Kazakhstan?",
        (SR_NGO_FUNDING,),
        "Kazakhstan",
        u(K, 21),
        u(K, 22),
        ["psychosocial assistance"],
        "covered country with its review year ('Going back to 2006'); after a Special Rapporteur turn "
        "(who provides assistance); para. 21 regrets the lack of information on legal, medical and "
        "psychosocial assistance",
    ),
    (
        "Sixteen years before that, in the Kazakh review, was there anything about child victims being "
        "heard in criminal proceedings?",
        (SR_CHILD_FRIENDLY,),
        "Kazakhstan",
        u(K, 20),
        u(K, 19),
        ["present his/her views"],
        "covered country by adjective ('the Kazakh review'), the gap in words ('Sixteen years before "
        "that'); after a Special Rapporteur turn (child-friendly justice); para. 20 on the child "
        "victim's right to present his/her views",
    ),
    # -- to the Turkmenistan observations --
    (
        "Was Turkmenistan told anything about protecting child victims and witnesses in criminal "
        "cases? Our Ashgabat colleagues say the criminal procedure code is up for revision.",
        (SR_WITNESS,),
        "Turkmenistan",
        u(M, 37),
        u(M, 38),
        ["formal programme"],
        "covered country by name and its capital ('Our Ashgabat colleagues'), UN country-team staff; "
        "after a Special Rapporteur turn (victim and witness protection); para. 37 regrets that there "
        "is no formal programme to protect victims and witnesses",
    ),
    (
        "For the cotton piece, the other big cotton grower: what was Turkmenistan's position on "
        "children in the harvest, according to the committee in January 2015?",
        (SR_INSPECTORATE,),
        "Turkmenistan",
        u(M, 5),
        u(M, 24, 25),
        ["cotton harvest"],
        "covered country in a possessive ('Turkmenistan's position') with its review month "
        "('in January 2015'), journalist; after a Special Rapporteur turn (the labour inspectorate "
        "and the agricultural sector); para. 5 (b), the 2005 presidential decree",
    ),
]
