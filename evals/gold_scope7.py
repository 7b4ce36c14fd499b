"""The seventh 'scope' table of the gold set (ids n001-n060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope6.py`, with new conversations and new wordings, typed as
users type in a chat: a ministry official (formal, sometimes two questions in one message), a
trainer building a session ('for my slides', 'one bullet per country'), a journalist or NGO worker
(short, lower case, typos: 'teh', 'anyting') and people who first say what their own work is (a
defence lawyer, a twinning project, a programme on child sex tourism). One to three earlier turns
about what the index holds, each answered by quoting a document verbatim with its reference, then a
last question that moves the scope. n001-n040 name what the index does not hold: a country by name
in a two-part official question (Kenya), by adjective ('the Indonesian authorities'), by its capital
in lower case ('phnom penh'), by a city that is not its capital ('medellín'), as a group or region
(the Maghreb countries, the ASEAN member states), misspelt in lower case ('albnia'), in lower case
('egypt'), as 'Thailand's own review' after a preamble, by its official long name (the Hellenic
Republic), by a nickname for its people ('the aussies'), or as a part of a State that is no State
party (Scotland); a body, organisation, treaty, person or named text the documents never mention
(the ACERWC by acronym, the Inter-American Commission on Human Rights by full name, ECPAT and 'hrw
or amnesty' in lower case, the US 'TIP report' by its nickname, the UK's Modern Slavery Act 2015,
the Lanzarote Convention, the former Special Rapporteur Maria Grazia Giammarinaro, the Children's
Commissioner for England) or one they mention only in passing, asked for its own words (Azim
Ibromim, who approved the plan; Tajikistan's Commissioner for Children's Rights, welcomed in
CRC/C/OPSC/TJK/CO/1 para. 5; the Guidelines on Justice in Matters involving Child Victims and
Witnesses of Crime, to which CRC/C/OPSC/KAZ/CO/1 para. 20 refers); a later periodic report (the one
Kazakhstan was to submit in September 2006), a session (the General Assembly's seventy-seventh), an
earlier plan (for the 2010 observations on Tajikistan), a relative period ('the last five years'); a
sub-paragraph of a paragraph that has none (29 (b) of the Kazakhstan observations), an activity past
the only one of its row (the fourth activity of the plan's CRC row 35), a sub-paragraph past the
last one of its paragraph (91 (e) of the Rapporteur's report, 40 (d) of the Turkmenistan
observations); a kind of document not held (a Supreme Court judgment, a UN press release, a shadow
report, a follow-up letter of the Committee, the Rapporteur's communications to the Government, a
parliamentary debate in the Majlisi Oli, a statistical yearbook, the State party's own Convention
report): the answer must decline and cite nothing. n041-n060 move to another covered country or
document, named in more ways (lower case, 'Turkmenstan' misspelt, 'the Turkmen Government', 'the
Turkmen review', the Kazakh-language 'Qazaqstan', the ISO alpha-2 code 'KZ' alone, 'the Kazakh case
study', 'Kazakhstan's case', the Tajik-language 'Tojikiston', 'the tajik one from 2017', 'the tajik
authorities', from a plan row to the Rapporteur's report and from a committee paragraph to the
plan): the carried-over topic is answered from that country's documents only.

Countries and phrasings were checked against the six earlier tables: none of the countries, bodies,
mandates or named texts they ask about is asked about here (Scotland is part of the United Kingdom
and Medellín is in Colombia, neither of which they ask about; the Commissioner for Children's Rights
and the Majlisi Oli appear in their earlier turns only), and no move has the same target paragraphs
as an earlier table's move (the Turkmenistan and Kazakhstan moves each target one paragraph of a
pair or group an earlier move targeted, as every paragraph of those two documents has been a target;
CRC/C/OPSC/TJK/CO/1 paras. 3, 17 and 37, A/HRC/50/33/Add.1 paras. 50 and 63 and the plan's CRC rows
31 and 32 and OPSC row 9 had not been targets of a move before).

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38, CRC/C/OPSC/KAZ/CO/1 32,
CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10
(OPAC) rows. Paragraphs and rows used past their end here: CRC/C/OPSC/KAZ/CO/1 para. 29 has no
sub-paragraphs, CRC/C/OPSC/TKM/CO/1 para. 40 stops at (c), A/HRC/50/33/Add.1 para. 91 stops at (d),
the plan's CRC row 35 has a single activity.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_FUNDING_CARE: Turn = (
    "Did the committee say anything to Tajikistan about funding care for child victims?",
    "Yes; it recommended that the State party "
    '"Guarantee the sufficient allocation of funding or in-kind support to provide comprehensive care to '
    'child victims and ensure sustainability;" (CRC/C/OPSC/TJK/CO/1, para. 33 (c))',
)
TJK_ILLEGAL_ADOPTION: Turn = (
    "did the committee bring up illegal adoption with tajikistan?",
    "Yes; among the forms of sale it asked the State party to define and criminalize explicitly: "
    '"The sale of children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
TJK_MARRIAGE_POLICE: Turn = (
    "Has anything been done in Tajikistan to raise awareness about child marriage?",
    "By the police, the Committee noted: "
    '"The Committee notes that law enforcement officials carry out awareness-raising activities on the '
    'prohibition and negative consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_VICTIMS_OFFENDERS: Turn = (
    "how are kids in prostitution treated in tajikistan, per the committee?",
    "Too often as offenders: "
    '"The Committee is further concerned that child victims of prostitution appear to be viewed as '
    'offenders in the State party, rather than as victims, and are not targeted for prevention efforts." '
    "(CRC/C/OPSC/TJK/CO/1, para. 24)",
)
TJK_EXTRATERR: Turn = (
    "Can Tajikistan prosecute its nationals for OPSC offences committed abroad?",
    "Not for all of them: "
    '"The Committee regrets that national legislation on extraterritorial jurisdiction does not cover all '
    "the offences under the Optional Protocol and that extradition is subject to the principle of double "
    'criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_BORDER_PROCEDURES: Turn = (
    "Did Tajikistan have procedures to identify child victims at its borders?",
    "No; the Committee was concerned that "
    '"Law enforcement, border and immigration authorities do not have specific procedures for '
    "systematically identifying child victims at borders, or any other location, and providing them with "
    'adequate services, particularly referral and protection;" (CRC/C/OPSC/TJK/CO/1, para. 32 (b))',
)
TJK_INSTITUTIONS: Turn = (
    "Which new institutions did the Committee welcome in Tajikistan?",
    "It noted with appreciation "
    '"the establishment of the Commissioner for Children\u2019s Rights in 2016 and the national plan to '
    'combat trafficking in persons in Tajikistan 2016-2018." (CRC/C/OPSC/TJK/CO/1, para. 5)',
)
TJK_TRANSMIT: Turn = (
    "Who was Tajikistan asked to pass the recommendations on to?",
    "Parliament and the districts: the Committee recommended full implementation "
    '"including by transmitting them to members of the national parliament and to the districts for '
    'appropriate consideration and further action." (CRC/C/OPSC/TJK/CO/1, para. 36)',
)
TJK_AWARENESS_REC: Turn = (
    "who did the committee want to know about the opsc in tajikistan?",
    "Everyone concerned: it recommended programmes "
    '"to ensure that the provisions of the Optional Protocol are widely known by the general public, in '
    "particular parents and children, government officials and professionals working with and for "
    'children." (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
TJK_UNICEF_DATA: Turn = (
    "Who should help Tajikistan with its data, according to the committee?",
    "UNICEF, among others: "
    '"In that regard, the Committee recommends that the State party seek technical support from, inter '
    'alia, the United Nations Children\u2019s Fund." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_STRATEGY_REC: Turn = (
    "Did the Committee ask Tajikistan for a strategy on the Optional Protocol?",
    "Yes; it recommended "
    '"that the State party develop a comprehensive policy and strategy on the rights of the child, '
    'encompassing all children and all issues covered under the Optional Protocol" '
    "(CRC/C/OPSC/TJK/CO/1, para. 11).",
)
TJK_COMPLICIT: Turn = (
    "Did the committee say complicit officials in Tajikistan should be prosecuted?",
    "Yes; it recommended that the State party ensure "
    '"that perpetrators, including officials complicit in offences under the Optional Protocol, are '
    'prosecuted and punished with appropriate sanctions commensurate with the gravity of their crimes." '
    "(CRC/C/OPSC/TJK/CO/1, para. 29)",
)
TJK_COMPENSATION_INFO: Turn = (
    "Was there enough information on compensation for child victims in Tajikistan?",
    "No; the Committee was concerned that "
    '"Information on compensation and any other remedies for child victims of offences under the Optional '
    'Protocol are insufficient;" (CRC/C/OPSC/TJK/CO/1, para. 32 (c))',
)
TJK_RESEARCH: Turn = (
    "Was Tajikistan asked to research how big the problem of child sale is?",
    "Yes; the Committee recommended that it "
    '"Carry out research on the nature and scale of the sale of children and the exploitation of children '
    'in prostitution and pornography;" (CRC/C/OPSC/TJK/CO/1, para. 19 (c))',
)
TJK_FORCED_LABOUR_REC: Turn = (
    "What did the committee recommend to Tajikistan on forced child labour?",
    "It recommended "
    '"that the State party adopt appropriate measures to prevent the sale of children for the purpose of '
    "child forced labour, particularly in the agriculture sector, and that it effectively enforce the "
    'legal framework prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_STREET: Turn = (
    "Which children did the committee see as most at risk in Kazakhstan?",
    "The Committee was "
    '"especially concerned about the vulnerability of street children, children who are foreign citizens '
    'or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_CURRICULA: Turn = (
    "how did the committee want kids in kazakhstan to learn about the protocol?",
    "Through school, among other ways: "
    '"In addition, the Committee recommends that the State party make the provisions of the Optional '
    'Protocol widely known, particularly to children through, inter alia, school curricula." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 8)",
)
KAZ_COE: Turn = (
    "Which Council of Europe conventions was Kazakhstan asked to ratify?",
    "Two, among other instruments: "
    '"the Council of Europe Convention on Cyber Crime (2001); and the Council of Europe Convention on '
    'Action against Trafficking in Human Beings ( 2005)." (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)
KAZ_ART8: Turn = (
    "What did the committee ask Kazakhstan to do about article 8 of the Protocol?",
    "To amend its law: it recommended that the State party "
    '"undertake the necessary legislative amendments in order to bring the national law into full '
    'compliance with article 8 of the Optional Protocol" and that it '
    '"be guided in this respect by the United Nations Guidelines on Justice in Matters involving Child '
    'Victims and Witnesses of Crime (Economic and Social Council resolution No. 2005/20)." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 20)",
)
KAZ_NEXT_CONVENTION: Turn = (
    "Under which treaty was Kazakhstan's next report to go?",
    "Under the Convention: the Committee requested further information "
    '"in its next periodic report under the Convention on the Rights of the Child due, in accordance with '
    'article 44 of the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_POSSESSION: Turn = (
    "Was possession of child pornography a crime in Kazakhstan?",
    "Not explicitly, the Committee found: "
    '"Article 273 of the Criminal Code does not explicitly prohibit possession of child pornography '
    '(art. 3 (1) (ii) (c));" (CRC/C/OPSC/KAZ/CO/1, para. 15 (c))',
)
KAZ_POLICE_COOP: Turn = (
    "what did the committee want kazakhstan to do on police cooperation with other countries",
    "To keep it up and report on it: "
    '"The Committee encourages the State party to continue and strengthen its international judicial, '
    "police and victim-oriented cooperation activities with a view to preventing and combating the sale "
    "and trafficking of children, child prostitution and child pornography and to provide more detailed "
    'information in the next report." (CRC/C/OPSC/KAZ/CO/1, para. 29)',
)
KAZ_ADOPTED: Turn = (
    "When were the Kazakhstan observations adopted?",
    "On 27 January 2006; the Committee considered the report on 11 January 2006 "
    '"and adopted at its 1120th meeting, held on 27 January 2006, the following concluding observations." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_RESEARCH: Turn = (
    "Did the committee ask Kazakhstan to research commercial sexual exploitation?",
    "Yes: "
    '"the Committee encourages the State party to undertake research on the nature and extent of '
    "commercial sexual exploitation of children, including prostitution and pornography, to identify the "
    'causes and extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 28)',
)
KAZ_DISSEM: Turn = (
    "How did the committee want Kazakhstan's review publicised?",
    "Widely: "
    '"The Committee recommends that the report and written replies submitted by the State party and '
    "related recommendations (concluding observations) adopted be made widely available, including through "
    "the Internet (but not exclusively), to the public at large, civil society organizations, youth groups, "
    "professional groups and children in order to generate debate and awareness of the Convention, its "
    'implementation and monitoring." (CRC/C/OPSC/KAZ/CO/1, para. 31)',
)
KAZ_VULNERABLE_REC: Turn = (
    "What did the committee recommend for vulnerable children in Kazakhstan?",
    "Resources for their protection: it recommended "
    '"that the State party allocate adequate human and financial resources for the implementation of '
    "programmes for the protection of the rights of vulnerable children, with special attention to their "
    'education and health care." (CRC/C/OPSC/KAZ/CO/1, para. 26)',
)
KAZ_VICTIM_SERVICES: Turn = (
    "what services for child victims did the committee urge on kazakhstan?",
    "Several, including "
    '"Medical and psychosocial attention;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (c)) and '
    '"Accessible crisis centres;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (e))',
)

# CRC/C/OPSC/TKM/CO/1
TKM_INTERNET_GAP: Turn = (
    "Is online child pornography a crime in Turkmenistan?",
    "Not explicitly, the Committee found: "
    '"Use of the Internet for the dissemination of child pornography or other forms of sexual exploitation '
    "(e.g. recruitment for child prostitution) has not been sufficiently addressed and is not explicitly "
    'criminalized." (CRC/C/OPSC/TKM/CO/1, para. 26 (d))',
)
TKM_LEGAL_ENTITIES: Turn = (
    "Can corporations be held criminally liable in Turkmenistan for all OPSC offences?",
    "Not necessarily: "
    '"The Committee is concerned, however, that individuals and legal entities, including corporations, '
    "may not be criminally liable under the State party\u2019s legislation for all offences covered by the "
    'Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 30)',
)
TKM_COMPLAINTS: Turn = (
    "Did the committee want children in Turkmenistan to have somewhere to complain?",
    "Yes; it recommended that the State party "
    '"Ensure that complaints mechanisms are available and easily accessible to children whose rights may '
    'have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
TKM_COMP_FUND: Turn = (
    "Did the Committee ask Turkmenistan for a compensation fund?",
    "Yes; it recommended that the State party "
    '"Guarantee that all child victims, including those who are not nationals or residents of the State '
    "party, have access to adequate procedures to seek, without discrimination, compensation from those "
    "legally responsible, in accordance with article 9, paragraph 4, of the Optional Protocol, and establish "
    "a victims\u2019 compensation fund for those cases where victims cannot obtain compensation from the "
    'perpetrator;" (CRC/C/OPSC/TKM/CO/1, para. 40 (b))',
)
TKM_NOT_CONSULTED: Turn = (
    "were ngos consulted on turkmenistan's opsc report?",
    "Not adequately: "
    '"The Committee is also concerned that civil society organizations were not adequately consulted in '
    'the preparation of the initial report." (CRC/C/OPSC/TKM/CO/1, para. 22)',
)
TKM_INTERNET_REC: Turn = (
    "What did the committee ask Turkmenistan to do about the Internet?",
    "To study it and to legislate: it recommended that the State party "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    "provisions to combat this phenomenon, including the full mandatory cooperation of Internet providers "
    'in this regard." (CRC/C/OPSC/TKM/CO/1, para. 27 (b))',
)
TKM_READ_WITH: Turn = (
    "With which other observations should the Turkmenistan OPSC review be read?",
    "With two others: "
    '"its concluding observations on the State party\u2019s combined second to fourth periodic reports '
    "under the Convention on the Rights of the Child (CRC/C/TKM/CO/2\u20134), adopted on 19 January 2015, as "
    "well as those on the initial report under the Optional Protocol on the involvement of children in "
    'armed conflict (CRC/C/OPAC/TKM/CO/1), adopted on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 3)',
)
TKM_EXTRADITABLE: Turn = (
    "Was Turkmenistan asked to make OPSC offences extraditable?",
    "It was encouraged "
    '"to consider including all offences referred to in article 3, paragraph 1, of the Optional Protocol as '
    "extraditable offences in the national legislation as well as in any existing or subsequent "
    'extradition treaty with other State parties." (CRC/C/OPSC/TKM/CO/1, para. 34)',
)
TKM_RESOURCES_URGE: Turn = (
    "What did the committee urge Turkmenistan to do on resources?",
    "To fund the whole Protocol: "
    '"The Committee urges the State party to ensure that sufficient resources are allocated for the '
    'implementation of all areas covered by the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 21).',
)

# A/HRC/50/33/Add.1
SR_DISAB_BEGGING: Turn = (
    "Did the trafficking rapporteur say anything about children with disabilities being used for begging "
    "in Tajikistan?",
    "Yes: "
    '"The Special Rapporteur is concerned about the limited action taken to prevent the trafficking of '
    "children with disabilities, in particular for forced begging, and highlights the need for prevention "
    'measures engaging in particular with children in street situations." (A/HRC/50/33/Add.1, para. 52)',
)
SR_BUFFER_ZONE: Turn = (
    "What happened to the Afghan asylum seekers stuck at the Tajik border in 2021?",
    "They were sent back: "
    '"In August 2021, the Special Rapporteur was informed that 80 asylum seekers were not allowed access '
    "to the territory of Tajikistan and, after being stranded for two months between Tajikistan and "
    "Afghanistan in a buffer zone, were forcibly returned without an assessment of asylum or other "
    'international protection claims having been conducted." (A/HRC/50/33/Add.1, para. 27)',
)
SR_PERMITS_SUSPENDED: Turn = (
    "did tajikistan stop registering afghans?",
    "For a time, yes: "
    '"At the end of July 2021, local authorities suspended the issuance of residence permits to all newly '
    'arrived Afghans." (A/HRC/50/33/Add.1, para. 25)',
)
SR_COMMISSION_PRESIDENT: Turn = (
    "Who coordinates anti-trafficking work in Tajikistan?",
    "An interministerial commission: "
    '"Reflecting the commitment of the Tajik authorities, the Interministerial Commission for Combating '
    'Trafficking in Persons is placed under the Office of the President." (A/HRC/50/33/Add.1, para. 33)',
)
SR_SHELTERS_REC: Turn = (
    "What did the Special Rapporteur recommend on shelters in Tajikistan?",
    "More of them, for more victims: she recommended that the Government "
    '"Expand the provision of shelters for trafficked persons, including for parents with children, in '
    "cities and rural areas and accessible accommodation for victims with disabilities, and establish "
    'shelters for male victims of trafficking;" (A/HRC/50/33/Add.1, para. 87 (d))',
)
SR_CHILD_MARRIAGE: Turn = (
    "is child marriage still happening in tajikistan according to the un?",
    "The Special Rapporteur "
    '"is concerned about continuing reports of child marriage, in particular in rural and remote areas, '
    'and the attendant risks of trafficking for purposes of sexual exploitation and forced labour." '
    "(A/HRC/50/33/Add.1, para. 51)",
)
SR_CHILD_SPACES: Turn = (
    "What did the rapporteur recommend for children in places where asylum seekers live?",
    "Child-friendly spaces: she recommended that the Government "
    '"Create safe, child-friendly spaces in places where asylum seekers reside and offer children space for '
    "recreation, study and rest, separated from other facilities, and ensure that those areas provide a "
    'family atmosphere whenever possible;" (A/HRC/50/33/Add.1, para. 88 (g))',
)
SR_BORDER_OFFICIALS: Turn = (
    "Did the rapporteur say border officials should be able to spot trafficking victims among refugees?",
    "Yes; she recommended that the Government "
    '"Integrate the identification of trafficking victims and potential victims into the work of border '
    "officials by enhancing the identification capacity of all stakeholders, including border and law "
    "enforcement officials, front-line workers and volunteers, in places where refugees arrive and "
    'reside;" (A/HRC/50/33/Add.1, para. 88 (e))',
)
SR_DIGITAL: Turn = (
    "Did the rapporteur mention social media in her Tajikistan report?",
    "Yes: "
    '"The Special Rapporteur highlights the importance of prevention actions to address the use of digital '
    "technologies in trafficking, including through social media, the dark web and messaging platforms, "
    'which provide easy access to potential victims, in particular children." (A/HRC/50/33/Add.1, '
    "para. 49)",
)
SR_RECRUITMENT: Turn = (
    "What did she recommend on recruitment agencies?",
    "She recommended that the Government "
    '"Strengthen the licensing and monitoring of recruitment agencies, and implement the ILO general '
    'principles and operational guidelines on fair recruitment;" (A/HRC/50/33/Add.1, para. 91 (c))',
)
SR_PROSECUTED_VICTIMS: Turn = (
    "Are trafficking victims in Tajikistan ever prosecuted themselves?",
    "Reportedly, yes: "
    '"Reports that victims of trafficking for sexual exploitation are not identified as such, and instead '
    "are prosecuted for offences linked to involvement in prostitution (article 238 of Criminal Code) or "
    'keeping or organizing brothels (article 239 of Criminal Code), are of serious concern." '
    "(A/HRC/50/33/Add.1, para. 59)",
)
SR_THREATS_NGO: Turn = (
    "Have NGOs that help trafficking victims in Tajikistan been threatened?",
    "The Special Rapporteur "
    '"is seriously concerned about the reports that she has received of intimidation of, and threats made '
    'against, non-governmental organizations providing assistance to trafficked persons." '
    "(A/HRC/50/33/Add.1, para. 76)",
)
SR_LAW_2014: Turn = (
    "when did tajikistan adopt its current anti-trafficking law?",
    "In 2014: the 2004 legislation "
    '"was replaced by the Law on Counteracting Trafficking in Persons and Providing Support to Victims of '
    'Trafficking in Persons of 2014 (Anti-Trafficking Law)." (A/HRC/50/33/Add.1, para. 30)',
)
SR_COMMISSION_MEETS: Turn = (
    "How often does Tajikistan's anti-trafficking commission meet?",
    "Twice a year: "
    '"The Special Rapporteur was informed that the Commission meets twice a year to review and monitor '
    'progress on the implementation of the national action plan and emerging trends." '
    "(A/HRC/50/33/Add.1, para. 33)",
)
SR_HOTLINE: Turn = (
    "is there a trafficking hotline in tajikistan",
    "Yes; the Special Rapporteur commended "
    '"the launch of a dedicated hotline for victims of trafficking and persons at risk of trafficking. The '
    'hotline is regularly advertised, primarily on the radio and television." (A/HRC/50/33/Add.1, '
    "para. 77)",
)
SR_EVALUATION: Turn = (
    "Did the rapporteur want Tajikistan's action plan evaluated?",
    "Yes, independently: she recommended that the Government "
    '"Ensure the comprehensive, independent evaluation of the effectiveness of measures taken to date under '
    "the national action plan and of the work of the national referral mechanism, in particular concerning "
    'the assistance provided to, and protection of the rights of, victims/survivors;" '
    "(A/HRC/50/33/Add.1, para. 85 (b))",
)

# The national plan of action 2018-2022 (three tables)
PC_JUVENILE: Turn = (
    "does the tajik plan cover juvenile justice at all?",
    "In one row: "
    '"Implement and monitoring of the National Programme on justice for children system for the period of '
    '2017- 2021" (National Plan of Action 2018-2022 (CRC), row 34).',
)
PC_BIRTH_HOME: Turn = (
    "What does Tajikistan's plan do to get home births registered?",
    "Row 13 foresees that the authorities "
    '"Carry out informational and educational advocacy events to raise awareness of the communities on '
    'the state registry and put in place the reporting mechanisms on deliveries of children at home." '
    "(National Plan of Action 2018-2022 (CRC), row 13)",
)
PC_DISSEM: Turn = (
    "For my handout: does the plan provide for publicising the concluding observations?",
    "Yes, in row 35: "
    '"Disseminate information related to UNCRC and its Optional Protocols, as well as report of the '
    "Government of Tajikistan to the UN Committee on Child Rights, Concluding Observations, Plan of Action "
    "for implementation of Concluding Observations and the process of its implementation through mass "
    'media, website, informational leaflets, etc." (National Plan of Action 2018-2022 (CRC), row 35)',
)
PC_STATS: Turn = (
    "Does the plan improve statistics on vulnerable children?",
    "Yes; row 5 includes "
    '"Improvement of statistical reports on persons under the age of 18, including children from '
    "vulnerable groups, with disabilities, orphans and children without family care, children from poor "
    "families, disaggregated by age, gender, geographic location, ethnicity and socio-economic "
    'background." (National Plan of Action 2018-2022 (CRC), row 5)',
)
PC_MARRIAGE_AGE: Turn = (
    "Does Tajikistan's plan look at the age of marriage?",
    'Yes; row 9, "Revision of the age of marriage (Recommendation 13)", foresees: '
    '"Study the issue of necessity of introducing amendments into the Family Code to prevent any exclusion '
    'related to the marriage of persons under the age of 18." (National Plan of Action 2018-2022 (CRC), '
    "row 9)",
)
PC_HIV_ALLOWANCE: Turn = (
    "Is there anything in the plan for teenagers with HIV?",
    "One activity of row 24: "
    '"Review the issue of improving the legislation on the payment of allowances to HIV / AIDS patients '
    '(an increase in the age limit from 16 to 18 years)" (National Plan of Action 2018-2022 (CRC), row 24).',
)
PO_STATS_GROUP: Turn = (
    "Was there a working group on statistics in the OPSC part of Tajikistan's plan?",
    "Yes, for 2018: "
    '"Establishment of an inter-sectoral working group to improve statistics in this area" '
    "(National Plan of Action 2018-2022 (OPSC), row 1).",
)
PO_COTTON: Turn = (
    "Does Tajikistan's plan monitor forced child labour in the cotton harvest?",
    "Yes, regularly: "
    '"Conducting monitoring and assessment to determine the use of forced child labour during the cotton '
    'harvesting season" (National Plan of Action 2018-2022 (OPSC), row 8).',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or place the index does not hold, in forms the earlier tables did not use --
    (
        "Thank you. Could you also indicate whether Kenya received a comparable recommendation on funding "
        "care for child victims, and when the Committee examined Kenya's report under the same Protocol?",
        (TJK_COMPENSATION_INFO, TJK_FUNDING_CARE),
        "uncovered country by name (Kenya), official style, two questions in one message, after two "
        "Tajikistan turns (information on compensation; funding of care for child victims)",
    ),
    (
        "What did the committee ask the Indonesian authorities to do about child marriage in their own "
        "review?",
        (SR_CHILD_MARRIAGE,),
        "uncovered country by adjective ('the Indonesian authorities', Indonesia), asked for its own "
        "review, after a Special Rapporteur turn (child marriage in Tajikistan)",
    ),
    (
        "has the committee told phnom penh anything like that? the orphanage adoption scandals there were a "
        "huge story",
        (TJK_ILLEGAL_ADOPTION,),
        "uncovered country by its capital in lower case ('phnom penh', Cambodia), journalist style, after "
        "a Tajikistan turn (sale of children through illegal adoption)",
    ),
    (
        "im comparing with a street-kids project in medellín - does the committee say anything about the "
        "street children there?",
        (KAZ_STREET,),
        "uncovered place by a city that is not a capital (Medellín, Colombia), lower case with its accent, "
        "NGO style with a preamble about the user's own project, after a Kazakhstan turn (street "
        "children)",
    ),
    (
        "For a regional comparison: what has the CRC told the Maghreb countries about migrant children in "
        "transit camps?",
        (SR_CHILD_SPACES,),
        "uncovered group of States ('the Maghreb countries'), after a Special Rapporteur turn "
        "(child-friendly spaces where asylum seekers reside in Tajikistan)",
    ),
    (
        "For my regional module, please list which ASEAN member states got the same advice on training "
        "border officials - one bullet per country.",
        (TJK_BORDER_PROCEDURES, SR_BORDER_OFFICIALS),
        "uncovered group of States by an organisation's acronym ('ASEAN member states'), trainer style "
        "asking for a list, after a Tajikistan turn (identifying child victims at borders) and a Special "
        "Rapporteur turn (identification by border officials)",
    ),
    (
        "and albnia? did teh committee say anything on child marriage there",
        (SR_CHILD_MARRIAGE, TJK_MARRIAGE_POLICE),
        "uncovered country misspelt in lower case ('albnia', Albania; one letter missing), with a typo in "
        "another word, journalist style, after a Special Rapporteur and a Tajikistan turn (child "
        "marriage)",
    ),
    (
        "same problem in egypt?? what did they tell egypt about it",
        (TJK_VICTIMS_OFFENDERS,),
        "uncovered country in lower case ('egypt', Egypt), named twice, journalist style, after a "
        "Tajikistan turn (child victims of prostitution viewed as offenders)",
    ),
    (
        "I run a programme on child sex tourism. Did Thailand's own review under the Protocol deal with "
        "foreign offenders who abuse children there and then fly home?",
        (TJK_EXTRATERR,),
        "uncovered country asked as its own review ('Thailand's own review'), after a preamble about the "
        "user's own work, after a Tajikistan turn (extraterritorial jurisdiction)",
    ),
    (
        "Could you indicate what the Committee recommended to the Hellenic Republic concerning the "
        "identification of unaccompanied migrant children at its borders?",
        (TJK_BORDER_PROCEDURES,),
        "uncovered country by its official long name (the Hellenic Republic, Greece), official style, "
        "after a Tajikistan turn (identifying child victims at borders); CRC/C/OPSC/TJK/CO/1 para. 33 (a) "
        "names unaccompanied children, but for Tajikistan only",
    ),
    (
        "did the aussies get told to put it in the school curriculum too?",
        (KAZ_CURRICULA,),
        "uncovered country by an informal nickname for its people ('the aussies', Australia), lower case, "
        "journalist style, after a Kazakhstan turn (the Protocol in school curricula)",
    ),
    (
        "ok and scotland - what has the committee said about the age of criminal responsibility there?",
        (PC_JUVENILE,),
        "uncovered place that is part of a State and not itself a State party (Scotland, in the United "
        "Kingdom), lower case, after a plan (CRC table) turn (justice for children)",
    ),
    # -- a body, organisation, treaty, person or named text not held --
    (
        "For a comparative briefing, has the ACERWC dealt with forced begging by children with "
        "disabilities, and in which of its decisions?",
        (SR_DISAB_BEGGING,),
        "uncovered regional body by acronym (ACERWC, the African Committee of Experts on the Rights and "
        "Welfare of the Child), never mentioned; official style, two questions, after a Special "
        "Rapporteur turn (forced begging by children with disabilities)",
    ),
    (
        "Has the Inter-American Commission on Human Rights set out standards on pushbacks of that kind? I "
        "would like to quote them alongside this paragraph.",
        (SR_BUFFER_ZONE,),
        "uncovered regional body by full name (the Inter-American Commission on Human Rights), never "
        "mentioned, after a Special Rapporteur turn (80 asylum seekers forcibly returned)",
    ),
    (
        "does ecpat have a country overview on turkmenistan? what does it say about the online side",
        (TKM_INTERNET_GAP, TKM_INTERNET_REC),
        "uncovered NGO in lower case ('ecpat', ECPAT International) and its own report, never mentioned; "
        "journalist style, two questions, after two Turkmenistan turns (online child pornography not "
        "explicitly criminalized; a study of the Internet)",
    ),
    (
        "did hrw or amnesty write anyting on that? whats their take on the suspension",
        (SR_CHILD_SPACES, SR_BUFFER_ZONE, SR_PERMITS_SUSPENDED),
        "two uncovered NGOs, by a lower-case acronym and a short name ('hrw', Human Rights Watch; "
        "'amnesty', Amnesty International), never mentioned; journalist style with a typo, after three "
        "Special Rapporteur turns on Afghan asylum seekers (child-friendly spaces; the 80 forcibly "
        "returned; residence permits suspended)",
    ),
    (
        "I'm writing a feature on this. Which tier did the TIP report put Tajikistan in that year, and what "
        "did it say about the commission?",
        (SR_COMMISSION_PRESIDENT, SR_COMMISSION_MEETS),
        "uncovered named document of another country by its nickname ('the TIP report', the United States "
        "State Department's Trafficking in Persons Report; 'tier' is its ranking), never mentioned; "
        "journalist preamble, two questions, after two Special Rapporteur turns (the Interministerial "
        "Commission); A/HRC/50/33/Add.1 names the UN 'Trafficking in Persons "
        "Protocol', which has no tiers",
    ),
    (
        "For a contrast slide: how does the UK's Modern Slavery Act 2015 make companies answer for forced "
        "labour in their supply chains? I need the section number too.",
        (TKM_LEGAL_ENTITIES,),
        "uncovered named law of another country (the United Kingdom's Modern Slavery Act 2015), in a "
        "possessive, never mentioned; trainer style, after a Turkmenistan turn (criminal liability of "
        "corporations)",
    ),
    (
        "And the Lanzarote Convention itself - what does it require States to criminalise as regards the "
        "solicitation of children for sexual purposes?",
        (KAZ_COE,),
        "uncovered convention by its nickname (the Lanzarote Convention, the Council of Europe Convention "
        "on the Protection of Children against Sexual Exploitation and Sexual Abuse), never mentioned; "
        "CRC/C/OPSC/KAZ/CO/1 para. 16 (c) names two other Council of Europe conventions",
    ),
    (
        "Did her predecessor, Maria Grazia Giammarinaro, call for shelters for male victims in any of her "
        "own reports?",
        (SR_SHELTERS_REC,),
        "uncovered named person (Maria Grazia Giammarinaro, the trafficking mandate's previous holder) and "
        "her own reports, never mentioned; only Siobhán Mullally's A/HRC/50/33/Add.1 is held",
    ),
    (
        "The plan was signed off by Azim Ibromim, I believe. What did he say in his speech presenting it?",
        (PO_STATS_GROUP,),
        "a named person the plan names only on its title page (Azim Ibromim, Chairman of the Commission on "
        "Child Rights, who approved it), asked for his own speech, which is not held",
    ),
    (
        "What did the Commissioner for Children's Rights say in its own annual report about complaints from "
        "child victims?",
        (TJK_INSTITUTIONS,),
        "a national institution CRC/C/OPSC/TJK/CO/1 para. 5 mentions only in passing (the Commissioner for "
        "Children's Rights, established in 2016), asked for its own annual report, not held; unsure: the "
        "plan's CRC row 6 has activities for the Ombudsman's office on complaints by children, which do "
        "not answer what the Commissioner's report says",
    ),
    (
        "For the training I'd like the Guidelines' own wording: what do they say about the child's right to "
        "be protected from hardship during the justice process? Please quote the paragraph.",
        (KAZ_ART8,),
        "a named text the held documents mention only in passing (the Guidelines on Justice in Matters "
        "involving Child Victims and Witnesses of Crime, ECOSOC resolution 2005/20, cited in "
        "CRC/C/OPSC/KAZ/CO/1 para. 20 and CRC/C/OPSC/TKM/CO/1 para. 38), asked for its own words; trainer "
        "style",
    ),
    (
        "I work with the Children's Commissioner for England on a twinning project. Has that office "
        "published guidance on child-friendly complaints procedures that we could set beside this?",
        (TKM_COMPLAINTS,),
        "uncovered national institution of a country not covered (the Children's Commissioner for "
        "England), never mentioned, after a preamble about the user's own work and a Turkmenistan turn "
        "(complaints mechanisms for children)",
    ),
    # -- a later report, a session, an earlier plan, a period --
    (
        "Was that report submitted, and what did the Committee say about the Optional Protocol when it "
        "examined it?",
        (KAZ_NEXT_CONVENTION,),
        "a later periodic report (Kazakhstan's Convention report due on 10 September 2006, named in "
        "CRC/C/OPSC/KAZ/CO/1 para. 32) and the concluding observations on it, neither held; two questions, "
        "the first of which no held document answers either",
    ),
    (
        "What did she tell the General Assembly at its seventy-seventh session about online recruitment?",
        (SR_DIGITAL,),
        "uncovered session, in words (the General Assembly's seventy-seventh, 2022); the held report, "
        "A/HRC/50/33/Add.1, is to the Human Rights Council's fiftieth session",
    ),
    (
        "Was there an equivalent plan of action for the Committee's previous concluding observations on "
        "Tajikistan, those of 2010, and did it already provide for this?",
        (PC_BIRTH_HOME,),
        "an earlier plan (one implementing the Committee's 2010 observations on Tajikistan), not held; the "
        "held plan implements the 2017 observations; official style, two questions, after a plan (CRC "
        "table) turn (registration of home births)",
    ),
    (
        "Has the committee looked at that again in the last five years? is it fixed now?",
        (KAZ_POSSESSION,),
        "uncovered relative period ('the last five years') for Kazakhstan, whose held observations are of "
        "2006; two questions, after a Kazakhstan turn (possession of child pornography)",
    ),
    # -- a sub-paragraph or activity past the end --
    (
        "thanks - and what does 29 (b) add?",
        (KAZ_ADOPTED, KAZ_POLICE_COOP),
        "nonexistent sub-paragraph (29 (b)) of CRC/C/OPSC/KAZ/CO/1, whose para. 29 has no sub-paragraphs; "
        "after a turn on the adoption date (para. 1), the last turn quoted para. 29 whole",
    ),
    (
        "For my handout I also need the fourth activity listed under that row - what is it and who "
        "implements it?",
        (PC_DISSEM,),
        "nonexistent activity (a fourth) of the plan's CRC row 35, which has a single activity; trainer "
        "style, the row carried from the previous turn",
    ),
    (
        "What comes after that, under 91 (e)?",
        (SR_RECRUITMENT,),
        "nonexistent sub-paragraph (91 (e)) of A/HRC/50/33/Add.1, whose para. 91 stops at (d)",
    ),
    (
        "Please also provide the text of sub-paragraph (d) of the same paragraph.",
        (TKM_COMP_FUND,),
        "nonexistent sub-paragraph (40 (d)) of CRC/C/OPSC/TKM/CO/1, whose para. 40 stops at (c); official "
        "style, the paragraph carried from the previous turn",
    ),
    # -- a kind of document not held --
    (
        "I'm a defence lawyer. Is there a Supreme Court judgment in one of those article 238 cases that I "
        "could cite, with its case number?",
        (SR_PROSECUTED_VICTIMS,),
        "document kind not held (a court judgment); A/HRC/50/33/Add.1 para. 59 reports prosecutions under "
        "article 238 but cites no case; preamble about the user's own work",
    ),
    (
        "Did UN Geneva put out a press release at the end of that session, and what did it say about "
        "Kazakhstan?",
        (KAZ_ADOPTED,),
        "document kind not held (a UN press release on the Committee's session); two questions",
    ),
    (
        "did any turkmen or exile groups send in a shadow report for that review? what did it say",
        (TKM_NOT_CONSULTED,),
        "document kind not held (a civil society shadow report on Turkmenistan); CRC/C/OPSC/TKM/CO/1 para. "
        "22 says only that civil society was not adequately consulted; journalist style",
    ),
    (
        "Did the Committee later send Tajikistan a follow-up letter checking on this, and what did the "
        "letter ask for?",
        (TJK_TRANSMIT,),
        "document kind not held (a follow-up letter of the Committee to Tajikistan); official style, two "
        "questions",
    ),
    (
        "Did she take any of those cases up with the Government in a communication or an allegation "
        "letter, and did the Government reply?",
        (SR_THREATS_NGO,),
        "document kind not held (the Special Rapporteur's communications, allegation letters, and the "
        "Government's replies); two questions",
    ),
    (
        "what did deputies say in the majlisi oli debate when that law was passed? is there a transcript",
        (SR_LAW_2014,),
        "document kind not held (a parliamentary debate record of the Majlisi Oli, which "
        "A/HRC/50/33/Add.1 para. 13 names only for the low participation of women); lower case",
    ),
    (
        "I need actual numbers for a news piece: how many orphans does the Agency on Statistics' 2019 "
        "yearbook give?",
        (PC_STATS,),
        "document kind not held (a statistical yearbook of the Agency on Statistics, which the plan lists "
        "among implementing agencies as AOS); the plan gives activities, not figures",
    ),
    (
        "What did the Government itself write about the marriage age in its combined third to fifth "
        "periodic report to the Committee, the report these recommendations answer?",
        (PC_MARRIAGE_AGE,),
        "document kind not held (Tajikistan's own State party report under the Convention, whose "
        "recommendations the plan's CRC table implements); official style",
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
        "did turkmenistan get a list of specific professions to spread the protocol to? i need the names "
        "of the groups",
        (TJK_MARRIAGE_POLICE, TJK_AWARENESS_REC),
        "Turkmenistan",
        u(M, 17),
        u(M, 16, 18, 19),
        ["representatives of the media"],
        "covered country in lower case, journalist style, after two Tajikistan turns (awareness-raising "
        "on child marriage; making the Protocol known)",
    ),
    (
        "Was the Turkmen Government encouraged to do similar research, and on what exactly?",
        (KAZ_RESEARCH,),
        "Turkmenistan",
        u(M, 25),
        u(M, 24, 21),
        ["root causes"],
        "covered country as 'the Turkmen Government', two questions, after a Kazakhstan turn (research on "
        "commercial sexual exploitation)",
    ),
    (
        "Turkmenstan - was it told to set up a coordinating body of that kind?",
        (SR_COMMISSION_PRESIDENT, SR_COMMISSION_MEETS),
        "Turkmenistan",
        u(M, 13),
        u(M, 12),
        ["efficient body at a high level"],
        "covered country misspelt ('Turkmenstan', one letter missing), first word, after two Special "
        "Rapporteur turns on Tajikistan (the anti-trafficking commission)",
    ),
    (
        "For the comparison slide: what features did the committee want a Turkmen helpline to have?",
        (SR_HOTLINE,),
        "Turkmenistan",
        u(M, 42),
        u(M, 41),
        ["24 hours a day"],
        "covered country by adjective ('a Turkmen helpline'), trainer style, after a Special Rapporteur "
        "turn on Tajikistan (the trafficking hotline)",
    ),
    (
        "And in the Turkmen review, what was the data supposed to be used for once collected?",
        (TJK_UNICEF_DATA,),
        "Turkmenistan",
        u(M, 7),
        u(M, 6),
        ["shared among the ministries concerned"],
        "covered country by adjective ('the Turkmen review'), after a Tajikistan turn (technical support "
        "for data)",
    ),
    (
        "In the case of Turkmenistan, whom was the State party to consult in developing such a strategy, "
        "and what resources was it to provide for it?",
        (TJK_STRATEGY_REC,),
        "Turkmenistan",
        u(M, 11),
        u(M, 10),
        ["children, parents and civil society"],
        "covered country by name, official style, two questions, after a Tajikistan turn (a comprehensive "
        "strategy)",
    ),
    # -- to Kazakhstan --
    (
        "Was Qazaqstan asked to set up some evaluation of its implementation as well?",
        (SR_EVALUATION,),
        "Kazakhstan",
        u(K, 6),
        u(K, 5),
        ["periodic evaluation"],
        "covered country by its Kazakh-language Latin spelling ('Qazaqstan'), after a Special Rapporteur "
        "turn on Tajikistan (independent evaluation of the action plan); unsure: few users write it so",
    ),
    (
        "KZ too? what did the committee want done about officials suspected of complicity",
        (TJK_COMPLICIT,),
        "Kazakhstan",
        u(K, 24),
        u(K, 23),
        ["investigated and sanctioned"],
        "covered country by its ISO alpha-2 code alone ('KZ'), terse, journalist style, after a Tajikistan "
        "turn (prosecution of complicit officials); unsure: a lone two-letter code may not be read as a "
        "country",
    ),
    (
        "Did the Committee find a similar lack of information in Kazakhstan about help for victims, whether "
        "legal, medical or psychosocial?",
        (TJK_COMPENSATION_INFO,),
        "Kazakhstan",
        u(K, 21),
        u(K, 22),
        ["legal, medical and psychosocial assistance"],
        "covered country by name, after a Tajikistan turn (insufficient information on compensation)",
    ),
    (
        "For the Kazakh case study on my next slide: what research was the State party encouraged to "
        "carry out?",
        (TJK_UNICEF_DATA, TJK_RESEARCH),
        "Kazakhstan",
        u(K, 28),
        u(K, 11, 12),
        ["commercial sexual exploitation of children"],
        "covered country by adjective ('the Kazakh case study'), trainer style, after two Tajikistan "
        "turns (technical support for data; research on the scale of the sale of children)",
    ),
    (
        "what was the kazakh committee review worried about when it came to kids with hiv?",
        (PC_HIV_ALLOWANCE,),
        "Kazakhstan",
        u(K, 9),
        u(K, 10),
        ["stigmatization"],
        "covered country by a lower-case adjective ('the kazakh committee review'), journalist style, "
        "after a plan (CRC table) turn (allowances for HIV/AIDS patients)",
    ),
    (
        "And what was the Committee's concern about extradition in Kazakhstan's case?",
        (TKM_EXTRADITABLE,),
        "Kazakhstan",
        u(K, 17),
        u(K, 18),
        ["double criminality"],
        "covered country in a possessive ('Kazakhstan's case'), after a Turkmenistan turn (extraditable "
        "offences)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "and the tajik one from 2017 - same wording, same audiences?",
        (KAZ_ADOPTED, KAZ_CURRICULA, KAZ_DISSEM),
        "Tajikistan",
        u(T, 37),
        u(PC, 35),
        ["youth groups"],
        "covered country and document by a lower-case adjective with its year ('the tajik one from "
        "2017'), terse, after three Kazakhstan turns (adoption date; the Protocol in school curricula; "
        "dissemination of the review)",
    ),
    (
        "And Tojikiston's? Which observations go with its OPSC review, and when were they adopted?",
        (TKM_READ_WITH,),
        "Tajikistan",
        u(T, 3),
        [],
        ["29 September 2017"],
        "covered country by its Tajik-language name in a possessive ('Tojikiston's'), two questions, after "
        "a Turkmenistan turn (observations to be read together); unsure: few users write it so",
    ),
    (
        "And what did the Special Rapporteur's 2022 report say about child labour in the cotton sector?",
        (PO_COTTON,),
        "Tajikistan",
        u(S, 50),
        u(T, 20, 21),
        ["cotton harvesting sector"],
        "a move from the plan (OPSC table) to the Special Rapporteur's report on the same country, by the "
        "report's year (forced child labour in the cotton harvest)",
    ),
    (
        "Is there anything on children and the misuse of ICT in the Tajik government's 2018-2022 plan?",
        (TKM_INTERNET_GAP, TKM_INTERNET_REC),
        "Tajikistan",
        u(PO, 9),
        u(T, 22, 23) + u(S, 20, 49),
        ["misuse of information and communication technologies"],
        "covered country and document as 'the Tajik government's 2018-2022 plan' (its OPSC table), after "
        "two Turkmenistan turns (the Internet)",
    ),
    (
        "Does Tajikistan's national plan have a row for children living or working in the street?",
        (KAZ_STREET, KAZ_VULNERABLE_REC),
        "Tajikistan",
        u(PC, 32),
        u(T, 19) + u(S, 52, 91),
        ["working in the street"],
        "covered country and document by name ('Tajikistan's national plan'), after two Kazakhstan turns "
        "(street children; programmes for vulnerable children)",
    ),
    (
        "Does the 2018-2022 national plan set up child labour monitoring across the country?",
        (TJK_FORCED_LABOUR_REC,),
        "Tajikistan",
        u(PC, 31),
        u(PO, 8) + u(PC, 26),
        ["monitoring of child labour system"],
        "a move from the committee's observations to the plan (CRC table) on the same country, named by "
        "its period only (child labour)",
    ),
    (
        "What assistance does Tajikistan's anti-trafficking law itself promise victims, and for how long, "
        "according to the trafficking rapporteur?",
        (TJK_FUNDING_CARE, KAZ_VICTIM_SERVICES),
        "Tajikistan",
        u(S, 63),
        u(S, 60, 61, 87),
        ["up to two months"],
        "covered country and mandate, two questions, after a Tajikistan turn (funding of care) and a "
        "Kazakhstan turn (services for child victims)",
    ),
    (
        "what about the tajik authorities - were they asked to set up budget lines?",
        (TKM_RESOURCES_URGE,),
        "Tajikistan",
        u(T, 17),
        u(T, 16) + u(PO, 6),
        ["budget lines"],
        "covered country by a lower-case adjective ('the tajik authorities'), after a Turkmenistan turn "
        "(sufficient resources)",
    ),
]
