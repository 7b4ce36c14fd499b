"""The sixteenth 'scope' table of the gold set (ids i001-i060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope15.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table: the coordinator of a regional human-rights
NGO network thumbing hurried messages on a phone (no capitals, 'abt', 'w', 'n', 'r', 'hav', 'wht',
'nxt', 'asap', 'cttee', 'govt', and typos of common words such as 'anythng', 'goverment', 'nite'; a
country's name is never misspelt unless the misspelling is the test); a law student preparing a moot
court memorial, formal, citing the articles of 'the Protocol' (arts. 3 (1) (a) (ii), 3 (1) (c), 3
(4), 4, 5 (2), 8, 9 (1), 9 (2), 9 (3), 9 (4), 12 (2)) and writing 'for the memorial'; and a
government statistician asking for data, indicators, disaggregation variables, counts, series,
baselines and targets. Sentence shapes vary: the country first ('Tajikistan next: ...', 'Kazakhstan,
2006: ...'), buried mid-sentence ('what did the cttee tell tajikistan on online abuse ...'), or last
('... among ministries in Seychelles?'); yes/no questions; imperatives ('Quote article 13 (b) ...',
'List the deficiencies ...'); two clauses joined by 'and'. Eleven of the forty declines are short
follow-ups that lean on the history ('Same breakdown for BiH?', 'and lichtenstein? same thing
there?', 'n the kosovar authorities? same issue w ngos?', 'Same question for the Human Rights
Council Advisory Committee?', 'n the mercenaries working group? ...', 'and the 95th session? was kaz
on it', 'And CRC/C/OPSC/TJK/2?', 'And sub-paragraph (e)?', 'What about paragraph 94 of that one?',
'Is there a (g)?', 'n the 8th one under row 20?'). One to three earlier turns about what the index
holds, each answered by quoting a document verbatim with its reference, then a last question that
moves the scope; each conversation is typed by one of the three users throughout.

i001-i040 name what the index does not hold. A country, place or group of States: Cabo Verde (named
only through Sal island and the Santa Maria hotels), Bosnia and Herzegovina (by its abbreviation,
'BiH'), Liechtenstein (misspelt 'lichtenstein'), Monaco (only through its sovereign, Prince Albert
II, and 'his principality'), Sao Tome and Principe (only through its currency, 'the country that
pays in dobras'), Gabon (by its capital, Libreville, then 'the goverment there'), the State of
Palestine (by its plain name), Kosovo (by an adjective, 'the kosovar authorities'), Seychelles (the
last word of the question), the ECOWAS member States (a group) and the Greater Mekong Subregion (a
region). A body, mandate, agency, NGO, person or website the documents never name: the African
Commission on Human and Peoples' Rights, the Commission on Crime Prevention and Criminal Justice
(CCPCJ), the Human Rights Council Advisory Committee; the Working Group on the use of mercenaries,
the Special Rapporteur on toxics ('the un toxics rapporteur - the one on hazardous substances'), the
Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence;
World Vision, FAO, Catherine Russell (UNICEF's Executive Director), data.unicef.org and crin.org. A
session, year or period: the Committee's ninety-fifth session ('the 95th session', for Kazakhstan),
2026 (a review of Tajikistan assumed by a moot problem), the first quarter of 2022 (victims
identified after the visit). A symbol not held: A/HRC/53/28 (which the user takes for the
Rapporteur's next annual report), CRC/C/OPSC/TJK/2 (a second report under the Protocol, which para.
38 of CRC/C/OPSC/TJK/CO/1 makes unlikely by sending further information to the Convention report)
and CRC/C/OPSC/TKM/CO/1/Add.1 (taken for a follow-up by the Government). Past the end: sub-paragraph
27 (e) and a sub-section E of section V of CRC/C/OPSC/TJK/CO/1, paragraph 94 of A/HRC/50/33/Add.1,
sub-paragraph 4 (g) of CRC/C/OPSC/TKM/CO/1, an eighth activity under the plan's CRC row 20. A kind
of document not held: the Committee's general comment No. 21 (2017) on children in street
situations, UNICEF's country programme document for Turkmenistan, the Government's replies to the
Rapporteur's pre-visit questionnaire. A text the documents mention only in passing, asked for its
own words or contents: the Convention on the Civil Aspects of International Child Abduction and the
Protocol against the Smuggling of Migrants (CRC/C/OPSC/TKM/CO/1 para. 4 (e) and (d)), ILO Convention
No. 143 (A/HRC/50/33/Add.1 para. 28) and the Baby Home Regulation (the plan's CRC row 18). The
answer must decline and cite nothing.

i041-i060 move to another covered country or document and carry the topic over: to the Tajikistan
observations (disaggregation and counts of prosecutions, from Turkmenistan; dual criminality and the
Protocol as a basis for extradition, from Kazakhstan; online exploitation, from Turkmenistan; child
victims of prostitution arrested, from the Rapporteur's report); to the Kazakhstan observations
(disaggregation variables, from Tajikistan; liability of legal persons, from Turkmenistan; hotlines,
from the Rapporteur's report; adoption, from Tajikistan); to the Turkmenistan observations (data
variables and case recording, from Kazakhstan; awareness-raising, from Tajikistan; double
criminality and article 8 of its Criminal Code, from Tajikistan; registered offences, from
Tajikistan); to A/HRC/50/33/Add.1 (disaggregated case data, from Kazakhstan; threats against NGOs,
from Turkmenistan; the statutory basis of non-punishment, from Kazakhstan; victims returned, from
Kazakhstan); to the plan (statistical reports on children, CRC row 5, from Turkmenistan; child
marriage, CRC rows 9 and 17, from the Rapporteur's report; review of legislation under the OPAC,
OPAC row 1, from Turkmenistan; enrolment data by gender, CRC row 27, from the Rapporteur's report).

Countries, places, regions, bodies, mandates, persons, websites, named texts, symbols and positions
past the end were checked against `gold_scope.py` to `gold_scope15.py` (read as text: questions,
turns and notes), and the country names also against the other tables in evals/: none asked about
here is asked about there. Cabo Verde (Sal, Santa Maria), Bosnia and Herzegovina, Liechtenstein,
Monaco, Sao Tome and Principe (and the dobra), Gabon (Libreville), the State of Palestine, Kosovo,
Seychelles, ECOWAS and the Greater Mekong Subregion appear in no gold table (Bosnia and Herzegovina
only in a list of synthetic countries in `bench_scale.py`; Costa Rica, Croatia, Brunei, South Sudan
and Mauritius, considered, were left out because the more-documents tables name them). Neither do
the African Commission, the CCPCJ, the Advisory Committee, the mercenaries, toxics and truth
mandates, World Vision, FAO, Catherine Russell, data.unicef.org or crin.org, the ninety-fifth
session, 2026 or the first quarter of 2022, the symbols A/HRC/53/28, CRC/C/OPSC/TJK/2 and
CRC/C/OPSC/TKM/CO/1/Add.1, general comment No. 21, a country programme document or a pre-visit
questionnaire. The Child Abduction Convention, the Smuggling of Migrants Protocol and the Baby Home
Regulation appear in earlier tables' turns only, never asked for their own words; ILO Convention No.
143 appears in no earlier item. The positions past the end are new (earlier tables used 27 (f) and 4
(g) of CRC/C/OPSC/TJK/CO/1 and its section XI, paras. 93, 95, 96, 97 and 99 of A/HRC/50/33/Add.1, 5
(c), 17 (c), 25 (d), 26 (e), 27 (c), 36 (d) and 40 (d) of CRC/C/OPSC/TKM/CO/1, and activities past
the end of the plan's CRC rows 16, 27 and 35, OPSC rows 2, 6 and 8 and OPAC rows 6 and 8). Every
paragraph of the three observations has been a move target before, so the covered items repeat
earlier targets with a new history and wording.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (section V has
sub-sections A-D, paras. 18-25; para. 27 stops at (d)), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B and
C (C.1-C.8), CRC/C/OPSC/TKM/CO/1 47 in sections I-XI (para. 4 stops at (f)), A/HRC/50/33/Add.1 92 in
sections I-VIII; the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, and its CRC row 20
has seven activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_DISAGGREGATION_7: Turn = (
    "Statistics office here. Which disaggregation variables did the Committee ask Tajikistan to "
    "use for data under the Protocol?",
    'Six at least, with attention to children at risk: "The data should be disaggregated, inter '
    "alia, by sex, age, nationality and ethnic origin, region and socioeconomic status, with "
    "particular attention paid to children who are at risk of becoming victims of crimes under the "
    'Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_CASES_28: Turn = (
    "Did Tajikistan give the Committee counts of cases investigated and of perpetrators sentenced?",
    'No: "The Committee is concerned about the lack of information regarding the number of cases '
    "of the sale of children, child pornography, child prostitution and related matters that are "
    'investigated and the number of perpetrators who are prosecuted and sentenced." '
    "(CRC/C/OPSC/TJK/CO/1, para. 28)",
)
TJK_EXTRATERRITORIAL_30: Turn = (
    "For the memorial: regarding jurisdiction under article 4 of the Protocol, what did the "
    "Committee find in respect of Tajikistan?",
    'A gap and a condition: "The Committee regrets that national legislation on extraterritorial '
    "jurisdiction does not cover all the offences under the Optional Protocol and that extradition "
    'is subject to the principle of double criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_ADOPTION_27A: Turn = (
    "Did the Committee require Tajikistan to criminalize the sale of children through adoption as "
    "such?",
    'Yes; the first act it lists that the State party "should explicitly define and criminalize" '
    'is "The sale of children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
TJK_PORNOGRAPHY_27D: Turn = (
    "Under article 3 (1) (c) of the Protocol, which acts relating to child pornography must "
    "Tajikistan explicitly criminalize, according to the Committee?",
    'The last item of the list: "Distributing, importing, exporting, offering, selling, possessing '
    "or knowingly accessing/viewing child pornography, including virtual child pornography, and "
    "suggestive representations of children which do not necessarily depict children engaged in "
    'explicit sexual activity." (CRC/C/OPSC/TJK/CO/1, para. 27 (d))',
)
TJK_SECTION_V_D: Turn = (
    "How does section V of the Tajikistan observations, on prevention under article 9 (1) and (2) "
    "of the Protocol, end?",
    'With sub-section D, "Programmes targeting particular groups"; its last sentence reads: "The '
    "Committee also recommends that the State party adopt the necessary legal and other measures "
    'to avoid the criminalization of children." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_NEXT_REPORT_38: Turn = (
    "Under article 12 (2) of the Protocol, where is Tajikistan to report further on its "
    "implementation?",
    'In its report under the Convention: the Committee requests further information "in its next '
    'periodic report to be submitted in accordance with article 44 of the Convention." '
    "(CRC/C/OPSC/TJK/CO/1, para. 38)",
)
TJK_AWARENESS_14: Turn = (
    "quick one - did the cttee say anythng abt awareness work in tajikistan? need it for our "
    "newsletter",
    'Some by the police, too little on the Protocol: "The Committee notes that law enforcement '
    "officials carry out awareness-raising activities on the prohibition and negative consequences "
    "of child marriages. However, the Committee regrets the limited dissemination, "
    'awareness-raising and training activities on the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, '
    "para. 14)",
)
TJK_MARRIAGE_14: Turn = (
    "Does the Committee's 2017 review of Tajikistan mention child marriage at all?",
    'Only in passing: "The Committee notes that law enforcement officials carry out '
    "awareness-raising activities on the prohibition and negative consequences of child "
    'marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_WIDELY_KNOWN_15: Turn = (
    "Under article 9 (2) of the Protocol, what did the Committee recommend to Tajikistan on "
    "awareness-raising?",
    'Programmes and campaigns "to ensure that the provisions of the Optional Protocol are widely '
    "known by the general public, in particular parents and children, government officials and "
    'professionals working with and for children." (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
TJK_AT_RISK_19A: Turn = (
    "Which children did the Committee ask Tajikistan to target for protection and prevention under "
    "article 9 (1) of the Protocol?",
    'Several groups; it recommends that the State party "Adopt comprehensive and targeted '
    "protection and prevention measures and programmes for those children at risk of falling "
    "victim to offences under the Optional Protocol, including children living in poverty, "
    "children engaged in child labour, child victims of prostitution, child spouses and children "
    'living in street situations;" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
TJK_COTTON_20: Turn = (
    "is cotton in the tajik obs at all? our members keep asking",
    'Yes, as a gap: "The Committee is concerned at the limited information provided to it on the '
    "measures adopted by the State party to eliminate child forced labour, particularly in the "
    'annual cotton harvest." (CRC/C/OPSC/TJK/CO/1, para. 20)',
)
TJK_COMPENSATION_32E: Turn = (
    "Did the Committee find that child victims in Tajikistan can in practice obtain the "
    "compensation article 9 (4) of the Protocol envisages?",
    'No: "Child victims of offences under the Optional Protocol are not de facto capable of '
    "seeking compensation for acts committed against them owing to limited support, despite the de "
    'jure existence of provisions for such compensation." (CRC/C/OPSC/TJK/CO/1, para. 32 (e))',
)
TJK_COMPLAINTS_33E: Turn = (
    "does the tajik review say kids shld be able to complain somewhere?",
    'Yes; the Committee recommends that the State party "Ensure that complaint mechanisms are '
    "easily accessible and available to children whose rights have been violated and provide them "
    "with assistance in the investigation and prosecution of offences under the Optional "
    'Protocol." (CRC/C/OPSC/TJK/CO/1, para. 33 (e))',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_STREET_25: Turn = (
    "which kids did the cttee worry abt most in kazakhstan?",
    '"The Committee is especially concerned about the vulnerability of street children, children '
    'who are foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_DOUBLE_18: Turn = (
    "wht did the cttee tell kazakhstan abt double criminality? need it quick",
    '"The Committee recommends that the State party amend legislation in order to abolish the '
    "requirement of double criminality for extradition and/or prosecution of offences committed "
    'abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_DOUBLE_17: Turn = (
    "Concerning extradition under article 5 of the Protocol, what did the Committee find in "
    "Kazakhstan's case?",
    'An obstacle: "The Committee is concerned that the requirement of double criminality, either '
    "for extradition or domestic prosecution of crimes allegedly committed abroad, hampers the "
    'prosecution of offences outlined in articles 1, 2 and 3 of the Optional Protocol." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 17)",
)
KAZ_HOTLINES_22D: Turn = (
    "did the cttee ask kazakhstan for a hotline for kids?",
    'Yes, among the measures it urges for victims: "Free telephone hotlines;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (d))",
)
KAZ_BUDGET_13: Turn = (
    "Did Kazakhstan report budget figures for implementing the Protocol?",
    'No: "The Committee regrets the lack of information provided on budget allocations for the '
    'implementation of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 13)',
)
KAZ_ARTICLE_8_19: Turn = (
    "Did the Committee find that Kazakhstan had incorporated article 8 of the Protocol into its "
    "domestic law?",
    'No: "The Committee is concerned that the provisions of article 8 of the Optional Protocol '
    'have not been adequately integrated into the relevant laws of the State party." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 19)",
)
KAZ_GUIDELINES_20: Turn = (
    "To which instrument did it refer Kazakhstan for guidance on that article?",
    'The UN Guidelines: "It further recommends that the State party be guided in this respect by '
    "the United Nations Guidelines on Justice in Matters involving Child Victims and Witnesses of "
    'Crime (Economic and Social Council resolution No. 2005/20)." (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_DATA_11: Turn = (
    "What did the Committee say about data in Kazakhstan's 2006 review?",
    '"The Committee regrets the lack of data disaggregated by age, sex and minority group as well '
    "as the lack of research on the prevalence of national and cross-border trafficking, child "
    'prostitution and child pornography." (CRC/C/OPSC/KAZ/CO/1, para. 11)',
)
KAZ_DATA_12: Turn = (
    "And what did it ask Kazakhstan to collect?",
    'Studies and data: it recommends "that in-depth studies are undertaken into issues covered by '
    "the Protocol and that data, disaggregated, inter alia, by age, sex, minority group, are "
    'systematically collected and analysed" (CRC/C/OPSC/KAZ/CO/1, para. 12)',
)
KAZ_CONSIDERED_1084: Turn = (
    "when did kaz go before the cttee on this protocol?",
    'In January 2006: "The Committee considered the initial report of Kazakhstan '
    '(CRC/C/OPSC/KAZ/1) at its 1084th meeting (see CRC/C/SR.1084), held on 11 January 2006" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_NEXT_DUE_32: Turn = (
    "n when was their next one due?",
    'In 2006 as well, in the Convention report: further information was requested "in its next '
    "periodic report under the Convention on the Rights of the Child due, in accordance with "
    'article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_NONCRIMINALIZATION_22A: Turn = (
    "Which measure heads the Committee's list of what Kazakhstan should provide to victims?",
    'The first of seven is "Non-criminalization of the victims;" (CRC/C/OPSC/KAZ/CO/1, para. 22 '
    "(a))",
)
KAZ_FOREIGN_VICTIMS_22G: Turn = (
    "Do the Kazakhstan observations treat foreign victims as a category of their own?",
    'In one measure: the Committee urges "Access to shelter and temporary residence permission for '
    'foreign trafficking victims during the investigation period." (CRC/C/OPSC/KAZ/CO/1, para. 22 '
    "(g))",
)

# CRC/C/OPSC/TKM/CO/1
TKM_DATA_6: Turn = (
    "What data gaps did the Committee find in Turkmenistan?",
    '"The Committee regrets the lack of statistical data disaggregated by, inter alia, sex, age, '
    "national and ethnic origin, geographical location and socioeconomic status, on issues covered "
    "by the Optional Protocol, as well as the absence of a comprehensive data collection system to "
    'enable the recording, referral and follow-up of all cases covered by the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 6)",
)
TKM_DATA_7: Turn = (
    "What did the Committee want done with data and indicators in Turkmenistan once collected?",
    'Shared and used: "the Committee recommends that the data and indicators be shared among the '
    "ministries concerned and used for the formulation, monitoring and evaluation of policies, "
    'programmes and projects for the effective implementation of the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 7)",
)
TKM_CIVIL_SOCIETY_22: Turn = (
    "wht did the cttee say abt ngos in turkmenistan? we work w a few of them quietly",
    'That they face restrictions: the Committee "remains concerned at reports of restrictions on '
    'the work of civil society organizations, including those working on children\u2019s rights." '
    "(CRC/C/OPSC/TKM/CO/1, para. 22)",
)
TKM_HELPLINE_41: Turn = (
    "does turkmenistan hav a helpline for kids? per the cttee",
    'Not one covering all offences: "The Committee is concerned that the State party does not have '
    'a helpline covering all offences under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. '
    "41)",
)
TKM_HELPLINE_42: Turn = (
    "What features did the Committee specify for a helpline in Turkmenistan?",
    'A national line that "covers the whole country, is accessible 24 hours a day and has an '
    'easy-to-remember three- to four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_BIRTH_REGISTRATION_24: Turn = (
    "Did the Committee note any trend in birth registration in Turkmenistan?",
    'An increase: it "also notes as positive the significant increase in birth registration and '
    'the extension of compulsory education to 12 years" (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_ABDUCTION_4E: Turn = (
    "Which treaty on international child abduction had Turkmenistan joined, per the Committee?",
    'The Hague one, in 1997; the Committee welcomes accession to the "Convention on the Civil '
    'Aspects of International Child Abduction, in November 1997;" (CRC/C/OPSC/TKM/CO/1, para. 4 '
    "(e))",
)
TKM_SLAVERY_4F: Turn = (
    "And the last item in that list of ratifications?",
    '"Slavery Convention signed at Geneva on 25 September 1926, amended by its 1953 Protocol, in '
    'May 1997." (CRC/C/OPSC/TKM/CO/1, para. 4 (f))',
)
TKM_SMUGGLING_4D: Turn = (
    "Had Turkmenistan joined the protocols supplementing the Organized Crime Convention before its "
    "2015 review?",
    'Both, in March 2005: the Committee welcomes accession to the "Protocol to Prevent, Suppress '
    "and Punish Trafficking in Persons, Especially Women and Children, and of the Protocol against "
    "the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention "
    'against Transnational Organized Crime, in March 2005;" (CRC/C/OPSC/TKM/CO/1, para. 4 (d))',
)
TKM_LEGAL_PERSONS_30: Turn = (
    "Under article 3 (4) of the Protocol, did the Committee consider Turkmenistan's law on the "
    "liability of legal persons adequate?",
    'Not fully: the Committee is concerned "that individuals and legal entities, including '
    "corporations, may not be criminally liable under the State party\u2019s legislation for all "
    'offences covered by the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 30)',
)
TKM_INTERNET_26D: Turn = (
    "did the cttee say anythng on online stuff for turkmenistan?",
    'That it is not a crime as such: "Use of the Internet for the dissemination of child '
    "pornography or other forms of sexual exploitation (e.g. recruitment for child prostitution) "
    'has not been sufficiently addressed and is not explicitly criminalized." '
    "(CRC/C/OPSC/TKM/CO/1, para. 26 (d))",
)
TKM_OPAC_4A: Turn = (
    "When did Turkmenistan accede to the Optional Protocol on the involvement of children in armed "
    "conflict?",
    'In March 2005; the Committee welcomes accession to the "Optional Protocol to the Convention '
    'on the Rights of the Child on the involvement of children in armed conflict, in March 2005;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 4 (a))",
)

# A/HRC/50/33/Add.1
SR_LAST_92: Turn = (
    "To whom is the last paragraph of the Rapporteur's Tajikistan report addressed?",
    'To the international community: "The Special Rapporteur recommends that the international '
    'community, including United Nations and humanitarian agencies:" (A/HRC/50/33/Add.1, para. 92)',
)
SR_RETURNED_69: Turn = (
    "Does the Rapporteur give any count of victims returned to Tajikistan?",
    'One, from the Ministry of the Interior: "with financial support from the International '
    "Organization for Migration, in 2020 and 2021, 16 victims of trafficking were assisted in "
    'returning from India, Kazakhstan and Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_FEWER_IDENTIFIED_21: Turn = (
    "Did the pandemic change the number of victims identified, according to the Rapporteur?",
    'It fell: "She notes the increased difficulties in identifying and providing assistance to '
    "victims, the reduction in the number of victims identified and the slowed progress of "
    'investigations of trafficking cases." (A/HRC/50/33/Add.1, para. 21)',
)
SR_DATABASE_82: Turn = (
    "Is a database of trafficking cases being built in Tajikistan?",
    'Yes: "The Special Rapporteur welcomes the measures now under way to develop a unified '
    "database for crimes related to trafficking in persons and to improve the provision of "
    'disaggregated data." (A/HRC/50/33/Add.1, para. 82)',
)
SR_NON_PUNISHMENT_85C: Turn = (
    "Did the trafficking rapporteur address the non-punishment principle in Tajikistan?",
    'Yes; she recommends that the Government "Ensure the implementation in practice of the '
    "principle of non-punishment of victims of trafficking, without discrimination, including in "
    "the context of forced criminality and in relation to the return of victims from situations of "
    'armed conflict, in particular in Iraq and the Syrian Arab Republic;" (A/HRC/50/33/Add.1, '
    "para. 85 (c))",
)
SR_ARMED_GROUPS_71: Turn = (
    "did the rapporteur say anythng abt kids recruited by armed groups?",
    '"Trafficking of children, including in the context of recruitment by armed or terrorist '
    "groups for purposes of forced criminality, forced labour or sexual exploitation is a serious "
    'concern." (A/HRC/50/33/Add.1, para. 71)',
)
SR_REPATRIATION_71: Turn = (
    "What did the Rapporteur say about repatriating Tajik women and children held in camps in the "
    "Syrian Arab Republic?",
    'She "welcomes the commitment by the Government to repatriate Tajik women and children who are '
    'currently in camps in the Syrian Arab Republic, in particular from Al Hol camp." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_NO_COMPENSATION_FUND_73: Turn = (
    "Has Tajikistan set up a State compensation fund for trafficking victims, according to the "
    "Rapporteur?",
    'No: "The Special Rapporteur is concerned about the failure to establish a State fund for '
    'compensation, despite repeated recommendations highlighting the importance of such a fund." '
    "(A/HRC/50/33/Add.1, para. 73)",
)
SR_CHILD_MARRIAGE_51: Turn = (
    "is child marriage still happening in tajikistan per the rapporteur?",
    'She "is concerned about continuing reports of child marriage, in particular in rural and '
    "remote areas, and the attendant risks of trafficking for purposes of sexual exploitation and "
    'forced labour." (A/HRC/50/33/Add.1, para. 51)',
)
SR_IPEC_COTTON_50: Turn = (
    "Does the Rapporteur's report say who works on child labour in the cotton sector in "
    "Tajikistan?",
    'The ILO programme: "The Special Rapporteur commends the coordinated efforts by the ILO '
    "International Programme on the Elimination of Child Labour to eliminate child labour and the "
    'risks of child trafficking for forced labour, in particular in the cotton harvesting sector." '
    "(A/HRC/50/33/Add.1, para. 50)",
)
SR_LATE_ACCEPTANCE_4: Turn = (
    "how much notice did tajikistan give her before the visit?",
    'Very little: she "regrets that the late acceptance of the country visit request, only three '
    "working days prior to the official commencement date, posed difficulties in finalizing the "
    'programme for the visit." (A/HRC/50/33/Add.1, para. 4)',
)
SR_ILO_MIGRANT_28: Turn = (
    "which ilo migrant worker conventions is tajikistan party to? per the rapporteur",
    'Two, in the list of treaties: "Migration for Employment Convention (Revised), 1949 (No. 97) '
    "of the International Labour Organization (ILO); ILO Migrant Workers (Supplementary "
    'Provisions) Convention, 1975 (No. 143)" (A/HRC/50/33/Add.1, para. 28)',
)
SR_HOTLINE_77: Turn = (
    "does tajikistan hav a trafficking hotline? per the un rapporteur",
    'Yes: she "commends the establishment of a specialized Centre on Trafficking in Persons within '
    "the Ministry of the Interior, in 2017, and the launch of a dedicated hotline for victims of "
    'trafficking and persons at risk of trafficking." (A/HRC/50/33/Add.1, para. 77)',
)
SR_PROSECUTED_59: Turn = (
    "Are victims of sexual exploitation in Tajikistan prosecuted themselves, according to the "
    "Rapporteur?",
    'There are reports of it: "Reports that victims of trafficking for sexual exploitation are not '
    "identified as such, and instead are prosecuted for offences linked to involvement in "
    "prostitution (article 238 of Criminal Code) or keeping or organizing brothels (article 239 of "
    'Criminal Code), are of serious concern." (A/HRC/50/33/Add.1, para. 59)',
)
SR_GIRLS_44: Turn = (
    "What does the Rapporteur say about girls' school enrolment in Tajikistan?",
    '"Gender inequality in education, the low school enrolment rate among girls, especially in '
    "remote areas, and the higher secondary school dropout rate among girls, contribute to the "
    'risks of exploitation." (A/HRC/50/33/Add.1, para. 44)',
)

# The national plan of action 2018-2022 (three tables)
PO_HAZARDOUS_LIST_8: Turn = (
    "does the govt plan do anythng on hazardous work for kids in the fields?",
    'Row 8 of the OPSC table plans a "Review of the list of works under harmful and dangerous '
    "working conditions, which are prohibited to the persons under 18 years of age, as well as "
    "restrictions on manual loading and unloading of goods and adding to the list of garden and "
    'field work in the agricultural sector, including cotton harvesting" (National Plan of Action '
    "2018-2022 (OPSC), row 8)",
)
PC_DISABILITY_SEVENTH_20: Turn = (
    "whats the last activity under row 20 of the tajik plan (kids w disabilities)?",
    'The seventh: "Consider the needs of children with disabilities within the framework of social '
    'services programmes." (National Plan of Action 2018-2022 (CRC), row 20)',
)
PC_BABY_HOME_18: Turn = (
    "Does the plan say anything about standards of care in Baby Homes?",
    'Row 18, sixth activity: "Review and adopt the Baby Home Regulation aimed at improving care in '
    'the Baby Homes and carry out assessment on situation of care in these institutions." '
    "(National Plan of Action 2018-2022 (CRC), row 18)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "ok. diff project - our partner runs a drop-in on sal island, near the santa maria hotels, "
        "kids selling trinkets to tourists til late at nite. has the cttee said anythng abt kids "
        "there?",
        (KAZ_STREET_25,),
        "uncovered country named only through an island and its hotels ('sal island', 'the santa "
        "maria hotels', Cabo Verde), lower case with typos of common words ('nite', 'anythng'), an "
        "NGO coordinator; after a Kazakhstan turn (street children)",
    ),
    (
        "Same breakdown for BiH?",
        (TJK_DISAGGREGATION_7,),
        "uncovered country by its usual abbreviation ('BiH', Bosnia and Herzegovina), a short "
        "follow-up that takes its topic from the history, a statistician; after a Tajikistan turn "
        "(disaggregation variables, para. 7)",
    ),
    (
        "and lichtenstein? same thing there?",
        (KAZ_DOUBLE_18,),
        "uncovered country misspelt as it often is ('lichtenstein', Liechtenstein; the misspelling "
        "is the test), a short follow-up, an NGO coordinator; after a Kazakhstan turn (abolishing "
        "double criminality)",
    ),
    (
        "For the memorial we want a European contrast from Prince Albert II's principality. Did "
        "the Committee tell his government anything on awareness-raising under article 9 (2) of "
        "the Protocol?",
        (TJK_WIDELY_KNOWN_15,),
        "uncovered country named only through its sovereign and 'his principality' (Prince Albert "
        "II, Monaco), a law student citing article 9 (2); after a Tajikistan turn (making the "
        "Protocol widely known, para. 15)",
    ),
    (
        "For our unit-cost comparison: what child-protection budget figures, in dobras, has the "
        "Committee or any rapporteur reported for the country that pays in dobras?",
        (KAZ_BUDGET_13,),
        "uncovered country named only through its currency ('the country that pays in dobras', Sao "
        "Tome and Principe), a statistician; after a Kazakhstan turn (no information on budget "
        "allocations)",
    ),
    (
        "heads up, our network meets in libreville nxt month. wht did the cttee tell the goverment "
        "there abt hotlines for kids?",
        (KAZ_HOTLINES_22D,),
        "uncovered country by its capital, then 'the goverment there' (Libreville, Gabon), with "
        "typos of common words ('goverment', 'wht', 'nxt'), an NGO coordinator; after a Kazakhstan "
        "turn (free telephone hotlines)",
    ),
    (
        "The moot problem is set in the State of Palestine. Which measures under article 8 of the "
        "Protocol did the Committee recommend there for child victims in criminal proceedings?",
        (KAZ_ARTICLE_8_19, KAZ_GUIDELINES_20),
        "uncovered State by its plain name (the State of Palestine), a law student citing article "
        "8; after two Kazakhstan turns (article 8 not integrated; the UN Guidelines on Justice)",
    ),
    (
        "n the kosovar authorities? same issue w ngos?",
        (TKM_CIVIL_SOCIETY_22,),
        "uncovered territory by an adjective ('the kosovar authorities', Kosovo), a short "
        "follow-up, an NGO coordinator; after a Turkmenistan turn (restrictions on civil society "
        "organizations)",
    ),
    (
        "Which indicators on child victims was the Committee asking to be shared among ministries "
        "in Seychelles?",
        (TKM_DATA_7,),
        "uncovered country as the last word of the question (Seychelles), a statistician; after a "
        "Turkmenistan turn (data and indicators shared among ministries, para. 7)",
    ),
    (
        "For the regional-law section of our memorial: what has the Committee recommended to the "
        "ECOWAS member States, individually or as a group, on extraterritorial jurisdiction under "
        "article 4 of the Protocol?",
        (TJK_EXTRATERRITORIAL_30,),
        "uncovered group of States by an organisation's acronym ('the ECOWAS member States'), a "
        "law student citing article 4; after a Tajikistan turn (extraterritorial jurisdiction and "
        "double criminality, para. 30)",
    ),
    (
        "Do you have the comparable figures for the Greater Mekong Subregion - victims assisted to "
        "return, by country of return, for the same two years?",
        (SR_RETURNED_69,),
        "uncovered region (the Greater Mekong Subregion), a statistician asking for a series; "
        "after a Special Rapporteur turn (16 victims returned in 2020 and 2021)",
    ),
    # -- a body, mandate, agency, NGO, person or website the documents never name --
    (
        "Has the African Commission on Human and Peoples' Rights pronounced on the sale of "
        "children through illegal adoption, and if so in which resolution?",
        (TJK_ADOPTION_27A,),
        "uncovered regional body (the African Commission on Human and Peoples' Rights), never "
        "mentioned, a law student, two questions; after a Tajikistan turn (sale of children "
        "through illegal adoption, para. 27 (a))",
    ),
    (
        "Does the Commission on Crime Prevention and Criminal Justice publish prosecution and "
        "conviction counts for Tajikistan that would fill that gap? Please give the CCPCJ's "
        "figures by year.",
        (TJK_CASES_28,),
        "uncovered UN body by long name and acronym (the Commission on Crime Prevention and "
        "Criminal Justice, CCPCJ), never mentioned (the plan's OPSC row 7 speaks of 'crime "
        "prevention' materials only), asked for its own figures, a statistician; after a "
        "Tajikistan turn (no numbers of cases investigated, para. 28)",
    ),
    (
        "Same question for the Human Rights Council Advisory Committee?",
        (SR_NON_PUNISHMENT_85C,),
        "uncovered body (the Human Rights Council Advisory Committee), never mentioned, a short "
        "follow-up that takes its topic from the history, a law student; after a Special "
        "Rapporteur turn (the non-punishment principle, para. 85 (c))",
    ),
    (
        "n the mercenaries working group? anythng from them on tajik kids?",
        (SR_ARMED_GROUPS_71,),
        "uncovered mandate by an informal name ('the mercenaries working group', the Working Group "
        "on the use of mercenaries), never mentioned, a short follow-up, an NGO coordinator; after "
        "a Special Rapporteur turn (children recruited by armed or terrorist groups, para. 71)",
    ),
    (
        "ok & the un toxics rapporteur - the one on hazardous substances - have they said anythng "
        "abt kids breathing pesticides in the tajik cotton fields?",
        (TJK_COTTON_20, PO_HAZARDOUS_LIST_8),
        "uncovered mandate by an informal name and a gloss ('the un toxics rapporteur - the one on "
        "hazardous substances', the Special Rapporteur on toxics and human rights), never "
        "mentioned; the covered Tajikistan is only the subject; an NGO coordinator; after a "
        "Tajikistan turn (the cotton harvest) and a plan (OPSC table) turn (the list of hazardous "
        "work, row 8)",
    ),
    (
        "Has the Special Rapporteur on the promotion of truth, justice, reparation and guarantees "
        "of non-recurrence set out standards on State compensation funds that would apply to "
        "Tajikistan? I would cite them alongside the Protocol.",
        (TJK_COMPENSATION_32E, SR_NO_COMPENSATION_FUND_73),
        "uncovered mandate by its long name (the Special Rapporteur on truth, justice, reparation "
        "and guarantees of non-recurrence), never mentioned, a law student; after a Tajikistan "
        "turn (compensation not de facto available, para. 32 (e)) and a Special Rapporteur turn "
        "(no State compensation fund, para. 73), the trafficking mandate's, which is not this one",
    ),
    (
        "does world vision hav a report on child marriage in tajikistan? wht did they find, need "
        "it asap",
        (SR_CHILD_MARRIAGE_51,),
        "uncovered NGO in lower case ('world vision', World Vision) and its own report, never "
        "mentioned, two questions, an NGO coordinator; after a Special Rapporteur turn (continuing "
        "reports of child marriage, para. 51)",
    ),
    (
        "What proportion of working children in Tajik agriculture does FAO's own data put in "
        "cotton? I need FAO's figure and its reference year, not the Rapporteur's text.",
        (SR_IPEC_COTTON_50,),
        "uncovered UN agency by acronym in a possessive ('FAO's own data', the Food and "
        "Agriculture Organization), never mentioned, asked for its own figure, a statistician; "
        "after a Special Rapporteur turn (ILO-IPEC and the cotton harvesting sector, para. 50)",
    ),
    (
        "Did Catherine Russell, as UNICEF's Executive Director, make a public statement on those "
        "repatriations that I could cite as persuasive authority in the memorial?",
        (SR_REPATRIATION_71,),
        "uncovered person (Catherine Russell, UNICEF's Executive Director), never named; UNICEF "
        "itself is named only in CRC/C/OPSC/TJK/CO/1 para. 7 as a source of technical support; a "
        "law student; after a Special Rapporteur turn (the commitment to repatriate from the "
        "camps, para. 71)",
    ),
    (
        "What birth registration rate does data.unicef.org give for Turkmenistan for the latest "
        "available year? I need the percentage and the survey it comes from.",
        (TKM_BIRTH_REGISTRATION_24,),
        "uncovered website (data.unicef.org), never mentioned, asked for its own figure for a year "
        "after the documents ('the latest available year'), a statistician; after a Turkmenistan "
        "turn (the increase in birth registration, para. 24, which gives no rate)",
    ),
    (
        "does crin.org hav an access to justice report on tajikistan? wht does it say abt kids "
        "bringing complaints",
        (TJK_COMPLAINTS_33E,),
        "uncovered NGO named by its website (crin.org, the Child Rights International Network), "
        "never mentioned, and its own report, two questions, an NGO coordinator; after a "
        "Tajikistan turn (complaint mechanisms for children, para. 33 (e))",
    ),
    # -- a session, year or period the index does not cover --
    (
        "and the 95th session? was kaz on it",
        (KAZ_CONSIDERED_1084, KAZ_NEXT_DUE_32),
        "uncovered session ('the 95th session', the Committee's ninety-fifth, long after the held "
        "Kazakhstan observations of January 2006), a short follow-up, an NGO coordinator; after "
        "two Kazakhstan turns (consideration at the 1084th meeting; next report due 10 September "
        "2006)",
    ),
    (
        "Our moot problem assumes a 2026 review. Were any observations on Tajikistan adopted in "
        "2026, and what do they say about child marriage?",
        (TJK_MARRIAGE_14,),
        "uncovered year after the documents' dates (2026; the held Tajikistan documents date from "
        "2017, 2018 and 2022), a law student, two questions; after a Tajikistan turn "
        "(awareness-raising on child marriages, para. 14)",
    ),
    (
        "For the quarterly series: how many victims were identified in January-March 2022, the "
        "first quarter after her visit?",
        (SR_FEWER_IDENTIFIED_21,),
        "uncovered period (the first quarter of 2022, after the December 2021 visit; "
        "A/HRC/50/33/Add.1, dated 5 May 2022, gives no figure for it), a statistician; after a "
        "Special Rapporteur turn (fewer victims identified during the pandemic, para. 21)",
    ),
    # -- a document symbol not held --
    (
        "Does A/HRC/53/28, which I take to be her next annual report, publish figures from that "
        "database for Tajikistan?",
        (SR_DATABASE_82,),
        "uncovered symbol (A/HRC/53/28, which the user takes for the Rapporteur's next annual "
        "report), neither held nor cited, a statistician; after a Special Rapporteur turn (a "
        "unified database under way, para. 82)",
    ),
    (
        "And CRC/C/OPSC/TJK/2?",
        (TJK_NEXT_REPORT_38,),
        "uncovered symbol, plausible but wrong (CRC/C/OPSC/TJK/2, a second report of Tajikistan "
        "under the Protocol; para. 38 of CRC/C/OPSC/TJK/CO/1 sends further information to the "
        "report under article 44 of the Convention), neither held nor cited, a short follow-up, a "
        "law student; after the turn quoting para. 38",
    ),
    (
        "saw a ref to CRC/C/OPSC/TKM/CO/1/Add.1 - is that the govt's follow-up on the helpline? "
        "wht does it say",
        (TKM_HELPLINE_41,),
        "uncovered symbol (an addendum to the held observations, CRC/C/OPSC/TKM/CO/1/Add.1, which "
        "the user takes for the Government's follow-up), neither held nor cited, two questions, an "
        "NGO coordinator; after a Turkmenistan turn (no helpline covering all offences, para. 41)",
    ),
    # -- a sub-paragraph, section, paragraph or activity past the end of a held document --
    (
        "And sub-paragraph (e)?",
        (TJK_PORNOGRAPHY_27D,),
        "nonexistent sub-paragraph (27 (e)) of CRC/C/OPSC/TJK/CO/1, whose para. 27 stops at (d); a "
        "short follow-up, a law student; after the turn quoting 27 (d)",
    ),
    (
        "What about paragraph 94 of that one?",
        (SR_LAST_92,),
        "nonexistent paragraph (94) of A/HRC/50/33/Add.1, which has 92; a short follow-up, a "
        "statistician; after the turn quoting para. 92",
    ),
    (
        "Is there a (g)?",
        (TKM_ABDUCTION_4E, TKM_SLAVERY_4F),
        "nonexistent sub-paragraph (4 (g)) of CRC/C/OPSC/TKM/CO/1, whose para. 4 stops at (f); a "
        "short follow-up, a law student; after the turns quoting 4 (e) and 4 (f)",
    ),
    (
        "Is there a sub-section E after it, on children in armed conflict? Please quote its first "
        "paragraph.",
        (TJK_SECTION_V_D,),
        "nonexistent sub-section (V.E) of CRC/C/OPSC/TJK/CO/1, whose section V has sub-sections "
        "A-D (paras. 18-25), followed by section VI; a law student; after the turn quoting para. "
        "25",
    ),
    (
        "n the 8th one under row 20?",
        (PC_DISABILITY_SEVENTH_20,),
        "nonexistent activity (an eighth) of the plan's CRC row 20, which has seven; a short "
        "follow-up, an NGO coordinator; after the turn quoting the seventh",
    ),
    # -- a kind of document not held --
    (
        "Please quote what the Committee's general comment No. 21 (2017) on children in street "
        "situations says States must do for them; I would set it beside this paragraph in the "
        "memorial.",
        (TJK_AT_RISK_19A,),
        "document kind not held (a general comment of the Committee, No. 21 (2017) on children in "
        "street situations), neither held nor cited, a law student; after a Tajikistan turn "
        "(children living in street situations among children at risk, para. 19 (a))",
    ),
    (
        "Does UNICEF's country programme document for Turkmenistan carry an indicator for that "
        "helpline, with a baseline and a target?",
        (TKM_HELPLINE_42,),
        "document kind not held (a UNICEF country programme document and its results framework), "
        "never mentioned, a statistician; after a Turkmenistan turn (the helpline recommended, "
        "para. 42)",
    ),
    (
        "did the govt ever send back her pre-visit questionnaire? wht did they say abt shelters in "
        "it",
        (SR_LATE_ACCEPTANCE_4,),
        "document kind not held (the Government's replies to a pre-visit questionnaire of the "
        "Rapporteur), never mentioned, two questions, an NGO coordinator; after a Special "
        "Rapporteur turn (late acceptance of the visit, para. 4)",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "Quote article 13 (b) of that Convention itself, the grave-risk exception, for our "
        "memorial.",
        (TKM_ABDUCTION_4E,),
        "a named text the held documents mention only in passing (the Convention on the Civil "
        "Aspects of International Child Abduction, named in CRC/C/OPSC/TKM/CO/1 para. 4 (e)), "
        "asked for its own article, an imperative, a law student",
    ),
    (
        "wht does C143 itself say on equal treatment for migrant workers? need the article no. "
        "asap",
        (SR_ILO_MIGRANT_28,),
        "a named text the held documents mention only in passing (the ILO Migrant Workers "
        "(Supplementary Provisions) Convention, 1975 (No. 143), named in A/HRC/50/33/Add.1 para. "
        "28), by its short code ('C143'), asked for its own article, an NGO coordinator",
    ),
    (
        "What staff-to-child ratios does the Baby Home Regulation itself set? I need the norms, "
        "not the plan's activity.",
        (PC_BABY_HOME_18,),
        "a named text the held documents mention only in passing (the Baby Home Regulation, which "
        "the plan's CRC row 18 only plans to review and adopt), asked for its own contents, a "
        "statistician",
    ),
    (
        "How does the Smuggling of Migrants Protocol itself define 'smuggling of migrants' in its "
        "article 3? Quote it, please.",
        (TKM_SMUGGLING_4D,),
        "a named text the held documents mention only in passing (the Protocol against the "
        "Smuggling of Migrants by Land, Sea and Air, named in CRC/C/OPSC/TKM/CO/1 para. 4 (d)), "
        "asked for its own definition, a law student",
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
        "Tajikistan next: which variables did the Committee want the data broken down by, and did "
        "it ask for counts of prosecutions and convictions too?",
        (TKM_DATA_6, TKM_DATA_7),
        "Tajikistan",
        u(T, 7),
        u(T, 6) + u(PO, 1) + u(PC, 5),
        [
            "nationality and ethnic origin, region and socioeconomic status",
            "number of prosecutions and convictions",
        ],
        "covered country as the first word ('Tajikistan next: ...'), two questions, a statistician; "
        "after two Turkmenistan turns (data gaps; data and indicators shared among ministries); "
        "para. 7 answers both",
    ),
    (
        "Did the Committee, in its 2017 observations on Tajikistan, likewise address double "
        "criminality in extradition, and did it invite the State to treat the Protocol itself as "
        "the legal basis, as article 5 (2) permits?",
        (KAZ_DOUBLE_17,),
        "Tajikistan",
        u(T, 31),
        u(T, 30),
        [
            "dual criminality requirement is not used in cases of extradition",
            "basis for extradition in the absence of a treaty",
        ],
        "covered country buried in a parenthetical clause ('in its 2017 observations on "
        "Tajikistan'), two clauses, a law student citing article 5 (2); after a Kazakhstan turn "
        "(double criminality hampers prosecution, para. 17)",
    ),
    (
        "we r doing an online safety thing - wht did the cttee tell tajikistan on online abuse of "
        "kids, n was it abt punishing them or educating them?",
        (TKM_INTERNET_26D,),
        "Tajikistan",
        u(T, 23),
        u(T, 22) + u(PO, 9),
        [
            "not on the punishment of children",
            "responsible use of information and communications technologies",
        ],
        "covered country buried mid-sentence in lower case, two questions, an NGO coordinator; "
        "after a Turkmenistan turn (online exploitation not explicitly criminalized, para. 26 (d))",
    ),
    (
        "In the Committee's 2017 observations on Tajikistan, is the arrest and prosecution of "
        "child victims of prostitution addressed, and what does the Committee recommend under "
        "article 9 (3) of the Protocol?",
        (SR_PROSECUTED_59,),
        "Tajikistan",
        u(T, 32, 33),
        u(T, 24, 25),
        [
            "may be arrested and prosecuted under the Criminal Code",
            "not subject to treatment or sanctions",
        ],
        "a move from the Special Rapporteur's report to the committee's observations on the same "
        "country, two questions, a law student citing article 9 (3); after a Special Rapporteur "
        "turn (victims prosecuted under article 238, para. 59); 32 (d) gives the concern, 33 (b) "
        "the recommendation",
    ),
    # -- to the Kazakhstan observations --
    (
        "Is nationality or region among the breakdowns the Committee asked of Kazakhstan in 2006?",
        (TJK_DISAGGREGATION_7,),
        "Kazakhstan",
        u(K, 11, 12),
        [],
        ["disaggregated by age, sex and minority group", "by age, sex, minority group"],
        "covered country in a yes/no question with its review year, a statistician; after a "
        "Tajikistan turn (disaggregation variables, para. 7); the answer is no: paras. 11 and 12 "
        "name age, sex and minority group",
    ),
    (
        "Kazakhstan, 2006: was the absence of liability of legal persons, which article 3 (4) of "
        "the Protocol asks States to establish, also among the Committee's concerns?",
        (TKM_LEGAL_PERSONS_30,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Legal persons cannot be liable"],
        "covered country first, with its year ('Kazakhstan, 2006:'), a yes/no question, a law "
        "student citing article 3 (4); after a Turkmenistan turn (legal entities may not be "
        "criminally liable, para. 30); para. 15 (d)",
    ),
    (
        "kazakhstan - did the cttee want hotlines there too? n wht else for victims, list them plz",
        (SR_HOTLINE_77,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Free telephone hotlines", "Accessible crisis centres"],
        "covered country first, in lower case before a dash, two questions and an imperative "
        "('list them plz'), an NGO coordinator; after a Special Rapporteur turn on Tajikistan (the "
        "trafficking hotline, para. 77); para. 22 (a)-(g)",
    ),
    (
        "List the deficiencies the Committee found in Kazakhstan's adoption provisions, with "
        "reference to article 3 (1) (a) (ii) of the Protocol, and the adoption treaty it urged "
        "ratification of.",
        (TJK_ADOPTION_27A,),
        "Kazakhstan",
        u(K, 15, 16),
        [],
        ["adherence to international standards", "Hague Convention No. 33"],
        "covered country in an imperative ('List ...'), two requests, a law student citing article "
        "3 (1) (a) (ii); after a Tajikistan turn (sale of children through illegal adoption, para. "
        "27 (a)); 15 (e) gives the deficiencies, 16 (c) the treaty",
    ),
    # -- to the Turkmenistan observations --
    (
        "Which variables did Turkmenistan's 2015 observations list, and was a case-recording "
        "system mentioned?",
        (KAZ_DATA_11, KAZ_DATA_12),
        "Turkmenistan",
        u(M, 6, 7),
        [],
        ["geographical location", "recording, referral and follow-up"],
        "covered country in a possessive with its year ('Turkmenistan's 2015 observations'), two "
        "questions, a statistician; after two Kazakhstan turns (data not disaggregated; studies "
        "and data to be collected); para. 6 gives the gaps and the missing system, 7 the variables "
        "again",
    ),
    (
        "n turkmenistan? wht awareness stuff had they done, n wht did the cttee want changed",
        (TJK_AWARENESS_14,),
        "Turkmenistan",
        u(M, 16, 17),
        [],
        [
            "performances, concerts, seminars",
            "In close cooperation with civil society, children and child victims",
        ],
        "covered country first in a short lower-case question, then two questions, an NGO "
        "coordinator; after a Tajikistan turn (limited awareness-raising, para. 14); para. 16 "
        "gives the channels and the concern, 17 the recommendation",
    ),
    (
        "For Turkmenistan, which provision of its Criminal Code did the Committee identify as "
        "imposing double criminality, and what did it recommend?",
        (TJK_EXTRATERRITORIAL_30,),
        "Turkmenistan",
        u(M, 32, 33),
        u(M, 34),
        ["article 8 of the Criminal Code", "remove the requirement of"],
        "covered country first ('For Turkmenistan, ...'), two questions, a law student; after a "
        "Tajikistan turn (extraterritorial jurisdiction and double criminality, para. 30)",
    ),
    (
        "Did Turkmenistan at least supply counts of registered offences against minors? What did "
        "the Committee note?",
        (TJK_CASES_28,),
        "Turkmenistan",
        u(M, 28),
        u(M, 29),
        ["registration of a small number of criminal offences"],
        "covered country in a yes/no question ('Did Turkmenistan at least ...'), two questions, a "
        "statistician; after a Tajikistan turn (no numbers of cases investigated, para. 28)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "Moving to the trafficking rapporteur's 2022 report on Tajikistan: does she find "
        "disaggregated case data lacking there too, and which variables does she call critical?",
        (KAZ_DATA_11,),
        "Tajikistan",
        u(S, 82),
        u(S, 34),
        ["lack of disaggregated data", "age, gender and nationality of victims"],
        "covered document by its author and year ('the trafficking rapporteur's 2022 report on "
        "Tajikistan'), two questions, a statistician; after a Kazakhstan turn (data not "
        "disaggregated, para. 11)",
    ),
    (
        "ngos in tajikistan - did the un rapporteur hear abt threats against them? our partners "
        "there hav had some",
        (TKM_CIVIL_SOCIETY_22,),
        "Tajikistan",
        u(S, 76),
        u(S, 75, 89, 33),
        ["intimidation of, and threats made against, non-governmental organizations"],
        "covered document by its author ('the un rapporteur'), the country first in lower case, an "
        "NGO coordinator; after a Turkmenistan turn (restrictions on civil society organizations, "
        "para. 22)",
    ),
    (
        "Does the trafficking rapporteur's report on Tajikistan identify the statutory basis of "
        "the non-punishment principle, by article?",
        (KAZ_NONCRIMINALIZATION_22A,),
        "Tajikistan",
        u(S, 31),
        u(S, 9, 57, 59, 72, 85),
        ["Article 20 (4)", "non-punishment principle"],
        "covered document by its author, a yes/no question asking for an article, a law student; "
        "after a Kazakhstan turn (non-criminalization of victims, para. 22 (a))",
    ),
    (
        "In the Special Rapporteur's Tajikistan report: how many victims were assisted in "
        "returning home, over which years, and from which countries?",
        (KAZ_FOREIGN_VICTIMS_22G,),
        "Tajikistan",
        u(S, 69),
        u(S, 68),
        ["16 victims of trafficking", "India, Kazakhstan and Saudi Arabia"],
        "covered document by its author ('the Special Rapporteur's Tajikistan report'), three "
        "questions in one, a statistician; after a Kazakhstan turn (foreign victims, para. 22 "
        "(g)); Kazakhstan is named in the answer only as a country victims returned from",
    ),
    # -- to the national plan of action --
    (
        "Does the action plan that Tajikistan approved in 2018 commit to better statistical "
        "reports on children, and with which breakdowns?",
        (TKM_DATA_7,),
        "Tajikistan",
        u(PC, 5),
        u(PO, 1) + u(PA, 4),
        [
            "disaggregated by age, gender, geographic location, ethnicity and socio-economic "
            "background"
        ],
        "covered document in a relative clause ('the action plan that Tajikistan approved in "
        "2018'; its CRC table), two questions, a statistician; after a Turkmenistan turn (data and "
        "indicators shared among ministries, para. 7)",
    ),
    (
        "wht does the govts own action plan do on child marriage? which row n who's responsible",
        (SR_CHILD_MARRIAGE_51,),
        "Tajikistan",
        u(PC, 9, 17),
        [],
        ["Family Code", "national strategy to eliminate child marriage"],
        "covered document ('the govts own action plan'; its CRC table), two questions, an NGO "
        "coordinator; after a Special Rapporteur turn (continuing child marriage, para. 51); row 9 "
        "revises the age of marriage, row 17 implements the national strategy",
    ),
    (
        "Does Tajikistan's plan, in its table on the armed-conflict Protocol, provide for a review "
        "of domestic legislation for conformity with that Protocol, and which bodies are "
        "responsible?",
        (TKM_OPAC_4A,),
        "Tajikistan",
        u(PA, 1),
        [],
        [
            "consistent with the content and purpose of the Optional Protocol",
            "GPO, MOJ, MOIA, MOD, MOF, SCNS",
        ],
        "covered document ('Tajikistan's plan, in its table on the armed-conflict Protocol'; the "
        "OPAC table), two questions, a law student; after a Turkmenistan turn (accession to that "
        "Protocol, para. 4 (a))",
    ),
    (
        "Does the national plan commit to collecting enrolment data broken down by gender, and "
        "through which system?",
        (SR_GIRLS_44,),
        "Tajikistan",
        u(PC, 27),
        [],
        ["disaggregated by gender, social status", "EMIS data collection"],
        "a move within Tajikistan from the Special Rapporteur's report to the plan ('the national "
        "plan'; its CRC table), two questions, a statistician; after a Special Rapporteur turn "
        "(low enrolment of girls, para. 44); row 27, activities 4 and 8",
    ),
]
