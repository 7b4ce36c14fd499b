"""The tenth 'scope' table of the gold set (ids e001-e060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope9.py`, with new conversations and new wordings, written to
read like the chat logs of government officials and NGO staff in ministries: formal, long messages
with the background first and the question last ('I am drafting a comparative note for the Deputy
Minister ...'), bullet-like requests ('Please provide: (1) ... (2) ...'), questions that open with
the new scope ('Camaroon — same question.', 'Liberia — same question, please.', 'Turkmenistan — same
topic.'), the new scope in a subordinate clause ('Since the Honduran labour ministry has asked ...',
'Because a Tunisian delegation is visiting ...'), indirect requests ('I'd be grateful if you could
check whether ...'), negated forms ('No mention of Yemen anywhere in what you have, I suppose?',
'no mention of complaint channels for children in the 2017 review, right?'), year and decade
expressions ('the late nineties, just after the civil war', 'back in Soviet times, in the 1980s',
'for 2024 and 2025', 'fifteen years on', 'nine years later'), nicknames for the held documents ('the
2017 review', 'the 2006 review', 'the visit report', 'the NAP') and everyday words rather than treaty
words ('a children's helpline', 'free legal help', 'getting children back to their families and
schools'). One to three earlier turns about what the index holds, each answered by quoting a
document verbatim with its reference, then a last question that moves the scope.

e001-e040 name what the index does not hold: a country named through its people ('the Chileans'),
by its capital in passing inside a longer message (Lusaka), by a former name ('East Timor'), by its
official long name ('the Kingdom of Bhutan'), misspelt at the head of the message ('Camaroon'), by an
abbreviation ('CAR'), by a region of a State (Puntland), by an adjective in a subordinate clause
('the Honduran labour ministry'), in passing inside a bulleted request (Malawi), in a negated
question (Yemen), at the head of a terse message (Liberia) and in a subordinate clause (Tunisia); a
UN mandate, body, agency, NGO, regional organisation or person the documents never name (the Special
Rapporteur on the human rights to safe drinking water and sanitation, as 'the UN's water and
sanitation rapporteur'; the Special Rapporteur on freedom of religion or belief, as 'the UN
rapporteur on freedom of religion'; the Secretary-General's annual report on children and armed
conflict; the ILO Committee on Freedom of Association, as 'the ILO's freedom of association
committee'; UNFPA; Save the Children; the Shanghai Cooperation Organisation, as 'the Shanghai
grouping — the SCO'; Michelle Bachelet, High Commissioner for Human Rights in 2021); a named text
the documents mention only in passing, asked for its own words (the CIS police agreement of 2010,
CRC/C/OPSC/TJK/CO/1 para. 4 (d); Turkmenistan's 2005 presidential decree, CRC/C/OPSC/TKM/CO/1 para.
5 (b); government resolution No. 325 of 2000, A/HRC/50/33/Add.1 para. 24; the Protocol of 2014 to
the Forced Labour Convention, the plan's OPSC row 8; the Law on Youth and State Youth Policy, the
plan's CRC row 14; the 'established reporting guidelines', CRC/C/OPSC/KAZ/CO/1 para. 2; article 270
of Kazakhstan's Criminal Code, CRC/C/OPSC/KAZ/CO/1 para. 15 (b)); a period ('the late nineties'
for Tajikistan, 'Soviet times, in the 1980s' for Kazakhstan, '2024 and 2025' for the plan, which
runs 2018-2022); a document not held (Tajikistan's voluntary national review on the Sustainable
Development Goals; Tajikistan's initial report under the OPAC by symbol, CRC/C/OPAC/TJK/1; a
Tajik-language translation of the 2017 observations; the revised list of work prohibited to
under-18s itself); a sub-paragraph, section or activity past the end of a held document
(CRC/C/OPSC/TJK/CO/1 para. 4 (g) and section XI, CRC/C/OPSC/KAZ/CO/1 section C.9,
CRC/C/OPSC/TKM/CO/1 para. 36 (d), A/HRC/50/33/Add.1 para. 89 (d), a fifth activity under the
plan's OPAC row 8): the answer must decline and cite nothing.

e041-e060 move to another covered country or document, carrying the earlier topic over:
Turkmenistan (its 2015 review: civil society, an earlier recommendation on an independent
complaints body, prosecutions, corporate liability, its Interagency Commission), Kazakhstan (its
2006 review: schools and radio, schooling and health care for children at risk, free legal aid and
support in proceedings, research on the Internet and on sexual exploitation), Tajikistan's 2017
review (offences fully in criminal law, complaint channels, not criminalising children), the visit
report (sectors of internal forced labour, youth outreach, disaggregated data and the unified
database, the children repatriated from Iraq) and the NAP (Roma/Jugi children, children with
disabilities, training and electronic complaints, accession to the Firearms Protocol).

Countries and phrasings were checked against the nine earlier tables (and the more-documents and
round tables): none of the countries, regions, bodies, mandates, persons or named texts asked about
in e001-e040 is asked about there (Chile, Zambia, Timor-Leste, Bhutan, Cameroon, the Central African
Republic, Somalia, Honduras, Malawi, Yemen, Liberia and Tunisia appear in no earlier item; nor do the
water and sanitation and freedom of religion mandates, the Secretary-General's children and armed
conflict report, the ILO Committee on Freedom of Association, UNFPA, Save the Children, the SCO or
Michelle Bachelet); of the seven texts mentioned in passing, the decree, resolution No. 325, the 2014
Protocol, the reporting guidelines and article 270 appear in earlier tables' turns only, and none
was asked for its own words. No sub-paragraph, section or activity past the end used here was used
before. The moves target paragraphs or rows no earlier move targeted alone or in that pairing
(CRC/C/OPSC/TKM/CO/1 paras. 12, 15, 23, 29 and 31 alone; CRC/C/OPSC/KAZ/CO/1 pairs 8-27, 10-26,
20-22 and 16-28; CRC/C/OPSC/TJK/CO/1 paras. 9, 25 and 33 alone; A/HRC/50/33/Add.1 paras. 40, 48, 71
and 82; the plan's CRC rows 20 and 30, OPSC row 7 and OPAC row 10).

Paragraph counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 (sections I-X),
CRC/C/OPSC/KAZ/CO/1 32 (sections A, B and C.1-C.8), CRC/C/OPSC/TKM/CO/1 47 (sections I-XI),
A/HRC/50/33/Add.1 92; the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows. Used past their
end here: CRC/C/OPSC/TJK/CO/1 para. 4 stops at (f); CRC/C/OPSC/TKM/CO/1 para. 36 stops at (c);
A/HRC/50/33/Add.1 para. 89 stops at (c); the plan's OPAC row 8 has four activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_DUAL_CRIMINALITY: Turn = (
    "For our note on mutual legal assistance: does Tajikistan still require double criminality before "
    "it extradites someone for these offences?",
    "The Committee said so in 2017; it "
    '"regrets that national legislation on extraterritorial jurisdiction does not cover all the offences '
    'under the Optional Protocol and that extradition is subject to the principle of double criminality." '
    "(CRC/C/OPSC/TJK/CO/1, para. 30)",
)
TJK_EXTRADITION_BASIS: Turn = (
    "And where there is no extradition treaty with the other country, what did the Committee suggest?",
    "To rely on the Protocol itself: "
    '"The Committee encourages the State party to consider the Optional Protocol as the basis for '
    'extradition in the absence of a treaty or an agreement." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_FORCED_LABOUR_AGRI: Turn = (
    "Colleagues in the labour inspectorate ask what the 2017 review told Tajikistan about children "
    "forced to work. What was the recommendation?",
    "The Committee recommended that the State party "
    '"adopt appropriate measures to prevent the sale of children for the purpose of child forced labour, '
    "particularly in the agriculture sector, and that it effectively enforce the legal framework "
    'prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
TJK_REFUGEE_CHILDREN: Turn = (
    "Did the 2017 review say anything about refugee and migrant children?",
    "Yes; the Committee recommended that the State party "
    '"adopt all the measures necessary to prevent and protect all groups of children in a vulnerable '
    "situation, including Roma children, migrant and refugee children, from becoming potential victims "
    'of offences under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_CIS_AGREEMENT: Turn = (
    "Our international department asks whether Tajikistan has joined any regional police agreement on "
    "trafficking. Does the 2017 review mention one?",
    "Yes; among the positive measures the Committee welcomed "
    '"The ratification of the Agreement on Cooperation between the Ministries of Internal Affairs '
    "(Police) of the States of the Commonwealth of Independent States in Combating Trafficking in "
    'Persons (2010);" (CRC/C/OPSC/TJK/CO/1, para. 4 (d))',
)
TJK_NEIGHBOURS_AIM: Turn = (
    "What was the purpose of the regional cooperation the Committee asked Tajikistan to strengthen?",
    "The Committee wanted the arrangements strengthened "
    '"with a view to making progress in respect of the prevention of offences covered by the Optional '
    "Protocol and the detection, investigation, prosecution and punishment of those responsible for any "
    'such offences." (CRC/C/OPSC/TJK/CO/1, para. 34)',
)
TJK_CHILD_MARRIAGE_POLICE: Turn = (
    "Is anyone in Tajikistan explaining to families that child marriage is prohibited?",
    "The police, according to the Committee: "
    '"The Committee notes that law enforcement officials carry out awareness-raising activities on the '
    'prohibition and negative consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_AWARENESS_LIMITED: Turn = (
    "How did the Committee judge Tajikistan's efforts to make the Protocol known?",
    "As too limited: "
    '"However, the Committee regrets the limited dissemination, awareness-raising and training '
    'activities on the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_AWARENESS_AUDIENCES: Turn = (
    "And whom should the awareness programmes reach?",
    "The Committee recommended them "
    '"to ensure that the provisions of the Optional Protocol are widely known by the general public, in '
    "particular parents and children, government officials and professionals working with and for "
    'children." (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
TJK_PUBLIC_AVAILABILITY: Turn = (
    "Were the 2017 observations meant to be shared beyond the ministries?",
    "Yes; the Committee recommended that the report, the written replies and the observations "
    '"be made widely available, including through the Internet, to the public at large, civil society '
    'organizations, youth groups, professional groups and children" (CRC/C/OPSC/TJK/CO/1, para. 37)',
)
TJK_IOM_AGREEMENT: Turn = (
    "What is the last of the positive measures listed at the start of the 2017 review?",
    "Sub-paragraph (f), on IOM: "
    '"The entering into an international assistance and cooperation agreement with the International '
    'Organization for Migration to, among other things, counter trafficking." '
    "(CRC/C/OPSC/TJK/CO/1, para. 4 (f))",
)
TJK_NEXT_REPORT: Turn = (
    "What does the final paragraph of the 2017 review ask of Tajikistan?",
    "Further information in its next report: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_REVIEW_CODE: Turn = (
    "We are preparing amendments to the Criminal Code. What did the Committee ask Kazakhstan to do "
    "with its Code in 2006?",
    "To review it against the Protocol: the Committee recommended that the State party "
    '"Review the existing provisions in the Criminal Code in order to bring them into full compliance '
    'with the Optional Protocol (either via amendments or via new provisions);" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (a))",
)
KAZ_LEGAL_PERSONS: Turn = (
    "Could companies be prosecuted for these crimes in Kazakhstan at the time of the 2006 review?",
    "No; among the gaps the Committee listed: "
    '"Legal persons cannot be liable for crimes under the Optional Protocol;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (d))",
)
KAZ_FEW_PROSECUTIONS: Turn = (
    "Was Kazakhstan actually prosecuting cases of child sale and child prostitution in 2006?",
    "Only a few; the Committee noted recent attempts, but "
    '"it remains concerned that the number of initiated investigations and prosecutions is scarce in '
    'relation to the extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 23)',
)
KAZ_NON_CRIMINALIZATION: Turn = (
    "Which support measures for child victims did the 2006 review put first for Kazakhstan?",
    'The list the Committee urged opens with "Non-criminalization of the victims;" '
    '(CRC/C/OPSC/KAZ/CO/1, para. 22 (a)), followed by "Free legal aid;" (CRC/C/OPSC/KAZ/CO/1, para. '
    "22 (b))",
)
KAZ_DATA_GAPS: Turn = (
    "What was missing from Kazakhstan's statistics in 2006?",
    "The Committee "
    '"regrets the lack of data disaggregated by age, sex and minority group as well as the lack of '
    "research on the prevalence of national and cross-border trafficking, child prostitution and child "
    'pornography." (CRC/C/OPSC/KAZ/CO/1, para. 11)',
)
KAZ_VULNERABLE_GROUPS: Turn = (
    "Which children did the Committee single out as especially at risk in Kazakhstan?",
    "It was "
    '"especially concerned about the vulnerability of street children, children who are foreign '
    'citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_VULNERABLE_ATTENTION: Turn = (
    "And what was Kazakhstan asked to do for those children?",
    "The Committee "
    '"recommends that the State party pay particular attention to the situation of vulnerable groups of '
    'children who are at particular risk of being exploited and abused." (CRC/C/OPSC/KAZ/CO/1, para. 26)',
)
KAZ_PALERMO: Turn = (
    "Which UN protocol on trafficking was Kazakhstan asked to ratify?",
    "Among the treaties listed in the 2006 review: "
    '"the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, '
    'supplementing the United Nations Convention against Transnational Organized Crime (2000)" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (c))",
)
KAZ_GUIDELINES: Turn = (
    "Did the Committee have any comment on the form of Kazakhstan's initial report?",
    "Yes; it welcomed the submission, "
    '"however it regrets that it does not follow the established reporting guidelines." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 2)",
)
KAZ_ARTICLE_270: Turn = (
    "What was the problem with Kazakhstan's offence of recruiting someone for prostitution?",
    "It depended on the method used: "
    '"Article 270 of the Criminal Code regarding recruitment for prostitution mentions specific methods '
    "of this recruitment but does not make punishable the recruitment of a child for prostitution "
    'regardless of the methods used;" (CRC/C/OPSC/KAZ/CO/1, para. 15 (b))',
)
KAZ_TRANSMIT: Turn = (
    "To whom should Kazakhstan have sent the 2006 recommendations?",
    "The Committee recommended "
    '"transmitting them to relevant government ministries, the Parliament and to provincial authorities '
    'for appropriate consideration and further action." (CRC/C/OPSC/KAZ/CO/1, para. 30)',
)
KAZ_DISSEMINATION: Turn = (
    "And was the public to see them?",
    "Yes; they were to "
    '"be made widely available, including through the Internet (but not exclusively), to the public at '
    'large, civil society organizations, youth groups, professional groups and children" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 31)",
)
KAZ_NEXT_DUE: Turn = (
    "When was Kazakhstan's next report due?",
    "The last paragraph, under C.8 ('Next report'), gives the date: the report under the Convention was "
    '"due, in accordance with article 44 of the Convention, on 10 September 2006." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 32)",
)

# CRC/C/OPSC/TKM/CO/1
TKM_SCHOOL_YEARS: Turn = (
    "Did the Committee see anything positive in Turkmenistan on schooling?",
    "Yes: "
    '"The Committee also notes as positive the significant increase in birth registration and the '
    "extension of compulsory education to 12 years, which are likely to reduce the level of "
    'vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_HELPLINE_GAP: Turn = (
    "Does Turkmenistan have a children's helpline?",
    "Not one covering everything: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_HELPLINE_FEATURES: Turn = (
    "What should such a helpline look like, according to the Committee?",
    "It should cover the whole country, be "
    '"accessible 24 hours a day and has an easy-to-remember three- to four-digit number" '
    "(CRC/C/OPSC/TKM/CO/1, para. 42)",
)
TKM_COMPENSATION_FUND: Turn = (
    "Did the 2015 review recommend a compensation fund for child victims in Turkmenistan?",
    "Yes; the Committee recommended that the State party "
    '"establish a victims\u2019 compensation fund for those cases where victims cannot obtain '
    'compensation from the perpetrator;" (CRC/C/OPSC/TKM/CO/1, para. 40 (b))',
)
TKM_INTERNET_STUDY: Turn = (
    "What did the Committee ask Turkmenistan to do about the Internet?",
    "To study it and legislate: it recommended that the State party "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    'other forms of sexual exploitation" (CRC/C/OPSC/TKM/CO/1, para. 27 (b))',
)
TKM_DECREE: Turn = (
    "Has Turkmenistan banned child labour in the cotton harvest?",
    "By decree; among the measures the Committee welcomed is the "
    '"2005 presidential decree that bans child labour in all sectors, specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_INDEPENDENT_BODY: Turn = (
    "Is there an independent body in Turkmenistan that children can complain to?",
    "No; the Committee was concerned at the absence of an independent national institution "
    '"with a mandate to receive and investigate complaints by children on violations of their rights '
    'under the Protocol." (CRC/C/OPSC/TKM/CO/1, para. 14)',
)
TKM_PROSECUTORS: Turn = (
    "What did the Committee want Turkmenistan's prosecutors to do?",
    "It recommended that the State party "
    '"Issue clear instructions to all prosecutors to actively prosecute cases involving offences under '
    'the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 36 (b))',
)
TKM_COMPLAINTS_ACCESS: Turn = (
    "And the next recommendation in that list?",
    "Sub-paragraph (c): "
    '"Ensure that complaints mechanisms are available and easily accessible to children whose rights '
    'may have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
TKM_FORCED_LABOUR_CODE: Turn = (
    "Does Turkmenistan's Criminal Code cover selling children into forced labour?",
    "Not sufficiently, in the Committee's view: "
    '"Article 129 of the Criminal Code does not cover sufficiently the sale of children for the purpose '
    'of forced labour" (CRC/C/OPSC/TKM/CO/1, para. 26 (a))',
)
TKM_AWARENESS_PROGRAMMES: Turn = (
    "What awareness work did the Committee recommend to Turkmenistan?",
    "It recommended that the State party, "
    '"In close cooperation with civil society, children and child victims, develop and conduct '
    "information, awareness-raising and education programmes on preventive measures and the harmful "
    'effects of the sale of children, child prostitution and child pornography;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 17 (a))",
)
TKM_VULNERABLE_GROUPS: Turn = (
    "Which groups of children did Turkmenistan itself identify as at risk of trafficking?",
    "The Committee welcomed the identification of vulnerable groups and potential victims, "
    '"especially children without parental care, children in street situations, children involved in '
    "child labour, children who are foreign citizens or who belong to ethnic minorities, and children "
    'living in poverty." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_TRAINING_GAPS: Turn = (
    "How did the Committee find professional training on the Protocol in Turkmenistan?",
    "Patchy: it was concerned that "
    '"efforts to provide adequate training for professionals working with and/or for children, in '
    "particular judges, prosecutors, law enforcement officers, education and health professionals, and "
    'social workers, are not systematic" (CRC/C/OPSC/TKM/CO/1, para. 18)',
)
TKM_TRAINING_REACH: Turn = (
    "And who should receive the training it recommended?",
    '"Such training should be provided to all relevant professional groups, ministries and '
    'institutions working with and/or for children." (CRC/C/OPSC/TKM/CO/1, para. 19)',
)

# A/HRC/50/33/Add.1
SR_BIRTH_REGISTRATION: Turn = (
    "Did the Special Rapporteur link birth registration to trafficking in her Tajikistan report?",
    "Yes; she commended "
    '"the ongoing efforts to reduce statelessness and to ensure the birth registration of all children, '
    'the latter of which is an important measure to reduce the risks of trafficking of children." '
    "(A/HRC/50/33/Add.1, para. 50)",
)
SR_PROACTIVE_IDENTIFICATION: Turn = (
    "What did the visit report recommend on finding victims, rather than waiting for them to come "
    "forward?",
    "A proactive approach; the Rapporteur recommended that the Government "
    '"Ensure that a proactive approach to the identification of victims of trafficking is taken, in '
    "cooperation with civil society organizations, trade unions, health-care professionals and child "
    'protection specialists." (A/HRC/50/33/Add.1, para. 86 (a))',
)
SR_ARMED_GROUPS: Turn = (
    "Does the visit report deal with children recruited by armed groups?",
    "Yes: "
    '"Trafficking of children, including in the context of recruitment by armed or terrorist groups for '
    'purposes of forced criminality, forced labour or sexual exploitation is a serious concern." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_TRADE_UNIONS: Turn = (
    "Can migrant workers in Tajikistan join trade unions?",
    "In law, yes; in practice it is unclear. The Rapporteur "
    '"notes that, although the right of migrant workers and members of their families to form '
    "associations and join trade unions is guaranteed under the Law on Trade Unions, there is a lack of "
    'information on how that right is protected in practice." (A/HRC/50/33/Add.1, para. 11)',
)
SR_SEXUALITY_EDUCATION: Turn = (
    "Did the Rapporteur say anything about sex education for young people?",
    "Yes: "
    '"The Special Rapporteur highlights the importance of age-appropriate education on sexual and '
    "reproductive health, relationships and sexuality for children and young people across all regions "
    'of Tajikistan." (A/HRC/50/33/Add.1, para. 44)',
)
SR_BORDER_CLOSED: Turn = (
    "Is the border with Afghanistan open to people seeking asylum?",
    "Not at the time of the visit report: "
    '"Following an increase in the number of Afghan asylum seekers arriving in Tajikistan in 2021, the '
    'border with Afghanistan was closed in August 2021 and remains closed." (A/HRC/50/33/Add.1, para. 22)',
)
SR_PERMITS_SUSPENDED: Turn = (
    "What about Afghans who were already inside the country?",
    "Their papers were frozen: "
    '"At the end of July 2021, local authorities suspended the issuance of residence permits to all '
    'newly arrived Afghans." (A/HRC/50/33/Add.1, para. 25)',
)
SR_RETURNED_80: Turn = (
    "Were people actually sent back?",
    "The Rapporteur was told so: "
    '"In August 2021, the Special Rapporteur was informed that 80 asylum seekers were not allowed access '
    "to the territory of Tajikistan and, after being stranded for two months between Tajikistan and "
    "Afghanistan in a buffer zone, were forcibly returned without an assessment of asylum or other "
    'international protection claims having been conducted." (A/HRC/50/33/Add.1, para. 27)',
)
SR_RESOLUTION_325: Turn = (
    "Where are refugees allowed to live in Tajikistan?",
    "Not everywhere: "
    '"According to government resolution No. 325 of 2000, refugees and asylum seekers in Tajikistan are '
    'not allowed to live in larger cities or in the border districts of the country." '
    "(A/HRC/50/33/Add.1, para. 24)",
)
SR_SDGS: Turn = (
    "Did the Rapporteur connect her visit to the Sustainable Development Goals?",
    "Briefly, at the start of the legal context: "
    '"The Special Rapporteur welcomes the commitment of the Government to achieving the Sustainable '
    'Development Goals" (A/HRC/50/33/Add.1, para. 5)',
)
SR_REPRISALS: Turn = (
    "What is the last recommendation on investigation and prosecution in the visit report?",
    "Sub-paragraph (c): "
    '"Investigate reprisals against human rights defenders, civil society organizations and lawyers '
    'working with victims of trafficking." (A/HRC/50/33/Add.1, para. 89 (c))',
)
SR_NGO_LAW: Turn = (
    "Has Tajikistan changed the rules for NGOs recently, and does it matter for trafficking work?",
    "The Rapporteur thought it might: "
    '"However, the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, '
    "may undermine the ability of non-governmental organizations, including specialized "
    "non-governmental organizations supporting victims of trafficking, to carry out their work "
    'effectively." (A/HRC/50/33/Add.1, para. 75)',
)
SR_COMMISSION_MEETINGS: Turn = (
    "How often does Tajikistan's anti-trafficking commission meet?",
    "Twice a year: "
    '"The Special Rapporteur was informed that the Commission meets twice a year to review and monitor '
    'progress on the implementation of the national action plan and emerging trends." '
    "(A/HRC/50/33/Add.1, para. 33)",
)
SR_LEGAL_AID_CONDITIONAL: Turn = (
    "Is free legal aid available to trafficking victims in Tajikistan?",
    "Only on a condition, according to reports the Rapporteur received: "
    '"However, she received reports that access to free legal aid for victims of trafficking is, in '
    'practice, provided only on the condition that victims cooperate with law enforcement bodies." '
    "(A/HRC/50/33/Add.1, para. 62)",
)
SR_ASSISTANCE_CONDITIONAL: Turn = (
    "And other assistance?",
    "The same pattern: "
    '"In practice, victims are required to cooperate in order to receive assistance and protection." '
    "(A/HRC/50/33/Add.1, para. 61)",
)
SR_RESEARCH_BASE: Turn = (
    "Did the Rapporteur call for more research?",
    "Yes: "
    '"The development of a wider research base is essential, with attention given to the gender '
    'dimension of trafficking." (A/HRC/50/33/Add.1, para. 34)',
)
SR_DISABILITY_RISKS: Turn = (
    "Are children with disabilities at particular risk of trafficking in Tajikistan?",
    "The Rapporteur thought so: "
    '"Persons with disabilities, in particular children with disabilities, may be at particular risk of '
    'trafficking for exploitation in begging, forced labour or sexual exploitation." '
    "(A/HRC/50/33/Add.1, para. 17)",
)
SR_TIP_PROTOCOL: Turn = (
    "Has Tajikistan itself ratified that trafficking protocol?",
    "Yes, in 2002: "
    '"Tajikistan ratified the Protocol to Prevent, Suppress and Punish Trafficking in Persons, '
    "Especially Women and Children (Trafficking in Persons Protocol), supplementing the United Nations "
    'Convention against Transnational Organized Crime, in 2002." (A/HRC/50/33/Add.1, para. 28)',
)

# The national plan of action 2018-2022 (three tables)
PC_MARRIAGE_AGE: Turn = (
    "Does the NAP deal with the marriage age?",
    "Row 9 does: "
    '"Study the issue of necessity of introducing amendments into the Family Code to prevent any '
    'exclusion related to the marriage of persons under the age of 18." '
    "(National Plan of Action 2018-2022 (CRC), row 9)",
)
PC_WATER: Turn = (
    "Is clean water for children anywhere in the NAP?",
    "Under row 26, on living standards: "
    "\"In sectoral programs, provision and improvement of the people's living standards, including the "
    "children's living standards, access of the population (children) to high-quality drinking water "
    'and sanitation" (National Plan of Action 2018-2022 (CRC), row 26)',
)
PC_CONSCIENCE: Turn = (
    "What does the NAP plan on children's freedom of conscience?",
    "Row 15 refers it to the UPR: "
    '"Review this issue within the scope of the recommendations of state members of the UN Council on '
    'Human Rights as per formalities of the Universal Periodic Review." '
    "(National Plan of Action 2018-2022 (CRC), row 15)",
)
PC_STREET_ASSESSMENT: Turn = (
    "Is anything planned for children living on the street?",
    "Row 32 begins with an assessment: "
    '"Conduct assessment of situation of children living and/ or working in the street" '
    "(National Plan of Action 2018-2022 (CRC), row 32)",
)
PC_YOUTH_PROGRAMME: Turn = (
    "Row 14 of the NAP is about the Law on Youth and State Youth Policy. What does it plan beyond "
    "analysing the law?",
    "Among its activities: "
    '"Review the issue of development of the State Programme on Youth Social Development for '
    '2019-2021." (National Plan of Action 2018-2022 (CRC), row 14)',
)
PC_CHILD_LABOUR_MONITORING: Turn = (
    "Does the NAP set up monitoring of child labour?",
    "Yes; row 31 starts with: "
    '"Take measures for implementation of monitoring of child labour system in all cities and regions '
    'of the Republic of Tajikistan" (National Plan of Action 2018-2022 (CRC), row 31)',
)
PC_OMBUDSMAN_COMPLAINTS: Turn = (
    "Does the NAP help the Ombudsman's office deal with complaints from children?",
    "Row 6 plans to "
    "\"Build the capacity of the staff of the Ombudsman' Office to handle complaints submitted by "
    "children and to carry out child rights monitoring, including in residential childcare "
    'institutions." (National Plan of Action 2018-2022 (CRC), row 6)',
)
PC_VULNERABLE_SERVICES: Turn = (
    "What does the NAP plan for vulnerable children's access to services?",
    "Row 10 opens with: "
    '"Within the existing legislation to cover more vulnerable children to medical and social '
    'services." (National Plan of Action 2018-2022 (CRC), row 10)',
)
PO_FORCED_LABOUR_PROTOCOL: Turn = (
    "Is Tajikistan preparing to ratify any ILO instrument under the NAP?",
    "Yes; row 8 of the OPSC table provides for "
    '"Establishment of an inter-sectoral working group to participate in the process of preparing '
    'Tajikistan for the ratification of the Protocol of 2014 to the Forced Labour Convention, 1930" '
    "(National Plan of Action 2018-2022 (OPSC), row 8)",
)
PO_HAZARDOUS_LIST: Turn = (
    "Does the NAP revisit which jobs under-18s may not do?",
    "Yes; row 8 also provides for the "
    '"Review of the list of works under harmful and dangerous working conditions, which are prohibited '
    'to the persons under 18 years of age" (National Plan of Action 2018-2022 (OPSC), row 8)',
)
PA_REINTEGRATION: Turn = (
    "Does the NAP do anything for children caught up in armed conflict?",
    "Row 7 of the OPAC table: "
    '"Improve mechanisms of reintegration of child victims from the armed conflicts and take measures '
    'for reintegration of these children" (National Plan of Action 2018-2022 (OPAC), row 7)',
)
PA_EXTREMISM: Turn = (
    "And on keeping children away from extremist groups?",
    "Row 5 of the OPAC table: "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" '
    "(National Plan of Action 2018-2022 (OPAC), row 5)",
)
PA_MILITARY_SCHOOLS: Turn = (
    "Does the NAP look at minors in military schools?",
    "Yes; row 6 of the OPAC table includes: "
    '"Study the legislation of the Republic of Tajikistan related to admission and education of minors '
    'in military schools" (National Plan of Action 2018-2022 (OPAC), row 6)',
)
PA_MINE_CAMPS: Turn = (
    "What is the last activity under the OPAC row on mines?",
    "The fourth one in row 8: "
    '"Involve children affected by mines and unexploded ordnance in rehabilitation camps" '
    "(National Plan of Action 2018-2022 (OPAC), row 8)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country or place the index does not hold --
    (
        "Thank you. I am drafting a comparative note for the Deputy Minister ahead of a meeting on "
        "mutual legal assistance with several Latin American embassies, and one of the points is "
        "extradition for offences against children. Were the Chileans given the same message by the "
        "Committee about double criminality, and if so in which paragraph?",
        (TJK_DUAL_CRIMINALITY, TJK_EXTRADITION_BASIS),
        "uncovered country named through its people ('the Chileans', Chile), at the end of a long "
        "official message with the background first; after two Tajikistan turns (double criminality; "
        "the Protocol as a basis for extradition)",
    ),
    (
        "Noted, thank you. Our regional office in Lusaka is preparing a briefing for the labour ministry "
        "there on children working on tobacco and maize farms, and they have asked whether the Committee "
        "gave the government in that country a comparable recommendation. Could you find it for them?",
        (TJK_FORCED_LABOUR_AGRI,),
        "uncovered country by its capital mentioned in passing inside a longer message (Lusaka, Zambia; "
        "the question then says only 'that country'), after a Tajikistan turn (forced child labour in "
        "agriculture)",
    ),
    (
        "Our older project files still call it East Timor. Was anything similar said there about "
        "registering births, by the Committee or by a rapporteur?",
        (SR_BIRTH_REGISTRATION,),
        "uncovered country by a former name ('East Timor', Timor-Leste), after a Special Rapporteur turn "
        "(birth registration as a protection against child trafficking)",
    ),
    (
        "For the regional education sector review, please provide what the Committee recommended to the "
        "Kingdom of Bhutan on keeping children in school longer, with the paragraph reference.",
        (TKM_SCHOOL_YEARS,),
        "uncovered country by its official long name (the Kingdom of Bhutan), a bullet-like official "
        "request ('please provide ...'), after a Turkmenistan turn (compulsory education extended to 12 "
        "years)",
    ),
    (
        "Camaroon — same question. Was it asked to set up a children's helpline as well?",
        (TKM_HELPLINE_GAP, TKM_HELPLINE_FEATURES),
        "uncovered country misspelt at the head of the message ('Camaroon', Cameroon; a vowel changed), "
        "then an everyday word ('a children's helpline'); after two Turkmenistan turns (no helpline "
        "covering all offences; the features of the helpline recommended)",
    ),
    (
        "A colleague on secondment asks the same for CAR: what has the Committee told them about getting "
        "children back to their families and schools after they leave armed groups?",
        (PA_REINTEGRATION,),
        "uncovered country by an abbreviation ('CAR', the Central African Republic), with everyday words "
        "for reintegration ('getting children back to their families and schools'); after a plan (OPAC "
        "table) turn (reintegration of child victims of armed conflict)",
    ),
    (
        "We fund a programme for displaced children in Puntland and the donor wants the human rights "
        "angle. Is there anything from the Committee on protecting displaced and refugee children there "
        "from being trafficked?",
        (TJK_REFUGEE_CHILDREN,),
        "uncovered place by a region of a State (Puntland, in Somalia, which no table asks about), after "
        "a preamble about the user's own programme and a Tajikistan turn (migrant and refugee children)",
    ),
    (
        "Since the Honduran labour ministry has asked our office for examples of good practice before it "
        "revises its inspection protocol, I'd be grateful if you could check whether the Committee or a "
        "rapporteur told Honduras anything similar about identifying children in forced labour.",
        (SR_PROACTIVE_IDENTIFICATION,),
        "uncovered country by an adjective in a subordinate clause ('Since the Honduran labour ministry "
        "...'), then by name, in an indirect request ('I'd be grateful if you could check whether ...'); "
        "after a Special Rapporteur turn (proactive identification of victims)",
    ),
    (
        "Thank you. We are preparing a south\u2013south exchange between our Committee on Women and Family "
        "Affairs and counterparts in Malawi. Please provide: (1) what the Committee on the Rights of the "
        "Child recommended to Malawi on the minimum age of marriage; (2) whether it accepted any "
        "exceptions; (3) the paragraph numbers.",
        (TJK_CHILD_MARRIAGE_POLICE, PC_MARRIAGE_AGE),
        "uncovered country named in passing in a background sentence, then inside a numbered request "
        "(Malawi); after a Tajikistan turn (police awareness work on child marriage) and a plan (CRC "
        "table) turn (the marriage age)",
    ),
    (
        "No mention of Yemen anywhere in what you have, I suppose? My unit needs what the UN has said "
        "about boys recruited by armed groups there.",
        (SR_ARMED_GROUPS, PA_EXTREMISM),
        "uncovered country in a negated question ('No mention of Yemen ..., I suppose?'), after a "
        "Special Rapporteur turn (children recruited by armed or terrorist groups) and a plan (OPAC "
        "table) turn (keeping children from extremist groups); the answer confirms nothing is held",
    ),
    (
        "Liberia — same question, please. Was a fund of that kind recommended there?",
        (TKM_COMPENSATION_FUND,),
        "uncovered country at the head of a terse message ('Liberia — same question, please.'), after a "
        "Turkmenistan turn (a victims' compensation fund)",
    ),
    (
        "Because a Tunisian delegation is visiting our ministry next week to discuss cybercrime "
        "cooperation, could you tell me what the Committee recommended to Tunisia on the same point?",
        (TKM_INTERNET_STUDY,),
        "uncovered country in a subordinate clause ('Because a Tunisian delegation ...'), then by name; "
        "after a Turkmenistan turn (a study of the use of the Internet)",
    ),
    # -- a mandate, body, agency, NGO, regional organisation or person not held --
    (
        "Has the UN's water and sanitation rapporteur ever been to Tajikistan? I'd be grateful if you "
        "could check what was recommended about water in schools.",
        (PC_WATER,),
        "uncovered mandate in everyday words ('the UN's water and sanitation rapporteur', the Special "
        "Rapporteur on the human rights to safe drinking water and sanitation), never mentioned; two "
        "questions, after a plan (CRC table) turn (drinking water and sanitation)",
    ),
    (
        "I see. Separately from the UPR, has the UN rapporteur on freedom of religion written about "
        "restrictions on children attending mosque in Tajikistan? Please give the report and paragraph.",
        (PC_CONSCIENCE,),
        "uncovered mandate in everyday words ('the UN rapporteur on freedom of religion', the Special "
        "Rapporteur on freedom of religion or belief), never mentioned; after a plan (CRC table) turn "
        "(freedom of conscience referred to the UPR, which no held document reports either)",
    ),
    (
        "For the OPAC follow-up file, please provide what the Secretary-General's annual report on "
        "children and armed conflict says about Central Asian children recruited abroad.",
        (PA_REINTEGRATION, PA_EXTREMISM),
        "uncovered UN report and office (the Secretary-General's annual report on children and armed "
        "conflict, prepared with the Special Representative for Children and Armed Conflict), never "
        "mentioned; bullet-like request, after two plan (OPAC table) turns",
    ),
    (
        "Has the ILO's freedom of association committee ever dealt with a complaint from Tajik unions "
        "about this? If so, please give the case number and its conclusions.",
        (SR_TRADE_UNIONS,),
        "uncovered ILO body in everyday words ('the ILO's freedom of association committee', the "
        "Committee on Freedom of Association), never mentioned; two questions, after a Special "
        "Rapporteur turn (migrant workers' right to join trade unions)",
    ),
    (
        "I'd be grateful if you could check whether UNFPA has published its own assessment of sexuality "
        "education in Tajik schools, and what it found.",
        (SR_SEXUALITY_EDUCATION,),
        "uncovered UN agency by acronym (UNFPA, the United Nations Population Fund) and its own "
        "assessment, never mentioned; indirect request, after a Special Rapporteur turn "
        "(age-appropriate education on sexual and reproductive health)",
    ),
    (
        "Save the Children ran a project with street children in Khujand a few years ago, I believe. "
        "What did their final evaluation say about the numbers of children reached?",
        (PC_STREET_ASSESSMENT,),
        "uncovered NGO (Save the Children) and its own evaluation, never mentioned; the city (Khujand) "
        "is in the covered Tajikistan but no held document names it; after a plan (CRC table) turn "
        "(assessment of children living or working in the street)",
    ),
    (
        "Within the Shanghai grouping — the SCO — has anything been agreed among member states on "
        "child trafficking? Our international department wants the text.",
        (TJK_CIS_AGREEMENT, TJK_NEIGHBOURS_AIM),
        "uncovered regional organisation by an everyday name and its acronym ('the Shanghai grouping — "
        "the SCO', the Shanghai Cooperation Organisation), never mentioned, and its texts; after two "
        "Tajikistan turns (the CIS police agreement; the aim of regional cooperation)",
    ),
    (
        "Did Michelle Bachelet, who was High Commissioner at the time, comment publicly on that group "
        "being sent back? A quote from her would help the brief.",
        (SR_BORDER_CLOSED, SR_PERMITS_SUSPENDED, SR_RETURNED_80),
        "uncovered named person (Michelle Bachelet, United Nations High Commissioner for Human Rights in "
        "2021), never mentioned (A/HRC/50/33/Add.1 para. 25 names only UNHCR, the refugee agency); "
        "after three Special Rapporteur turns (border closed; residence permits suspended; 80 asylum "
        "seekers returned)",
    ),
    # -- a named text the documents mention only in passing, asked for its own words --
    (
        "Please provide the text of the article in that 2010 CIS agreement on exchanging information "
        "between police forces — our legal department needs the wording itself.",
        (TJK_CIS_AGREEMENT,),
        "a named text the held documents mention only in passing (the CIS Agreement on Cooperation "
        "between the Ministries of Internal Affairs in Combating Trafficking in Persons, 2010, named in "
        "CRC/C/OPSC/TJK/CO/1 para. 4 (d)), asked for its own words; bullet-like request",
    ),
    (
        "Do you have the decree itself? I'm after its number, exact date and the operative wording, "
        "not the Committee's summary.",
        (TKM_DECREE,),
        "a named text the held documents mention only in passing (Turkmenistan's 2005 presidential "
        "decree banning child labour, welcomed in CRC/C/OPSC/TKM/CO/1 para. 5 (b)), asked for its own "
        "words; scope8 asked about the Cotton Campaign's monitoring after that decree, not its text",
    ),
    (
        "Which cities does resolution No. 325 itself list as closed to refugees? I need the "
        "resolution's own list, not the rapporteur's summary.",
        (SR_RESOLUTION_325,),
        "a named text the held documents mention only in passing (government resolution No. 325 of 2000, "
        "named in A/HRC/50/33/Add.1 para. 24), asked for its own words; para. 24 names only the "
        "districts where Afghan refugees live, not the closed cities",
    ),
    (
        "For the inter-sectoral working group we need the Protocol's own text: what does it oblige "
        "States to do on prevention, article by article?",
        (PO_FORCED_LABOUR_PROTOCOL,),
        "a named text the held documents mention only in passing (the Protocol of 2014 to the Forced "
        "Labour Convention, 1930, named in the plan's OPSC row 8 and, as 'the Protocol thereto', in "
        "A/HRC/50/33/Add.1 para. 28), asked for its own words; official style",
    ),
    (
        "What age range does the youth law itself define as 'youth'? I need the article from the law, "
        "not the plan.",
        (PC_YOUTH_PROGRAMME,),
        "a named text the held documents mention only in passing (the Law of the Republic of Tajikistan "
        "'On Youth and State Youth Policy', named in the plan's CRC row 14), asked for its own words, "
        "by an everyday name ('the youth law')",
    ),
    (
        "What do those reporting guidelines actually require a State to put in its report under the "
        "Protocol? Please list the headings from the guidelines themselves.",
        (KAZ_GUIDELINES,),
        "a named text the held documents mention only in passing (the Committee's 'established reporting "
        "guidelines', named in CRC/C/OPSC/KAZ/CO/1 para. 2 and CRC/C/OPSC/TKM/CO/1 para. 2), asked for "
        "its own contents; two sentences",
    ),
    (
        "Could you quote article 270 itself, so we can see which methods it lists? Our legal unit wants "
        "the Code's own wording.",
        (KAZ_ARTICLE_270,),
        "a named text the held documents mention only in passing (article 270 of Kazakhstan's Criminal "
        "Code, described in CRC/C/OPSC/KAZ/CO/1 para. 15 (b) without its methods), asked for its own "
        "words",
    ),
    # -- a period the documents do not cover --
    (
        "And in the late nineties, just after the civil war, what was the Committee telling Tajikistan "
        "about child marriage?",
        (TJK_CHILD_MARRIAGE_POLICE,),
        "uncovered period by a decade expression ('the late nineties, just after the civil war') for "
        "Tajikistan, whose held observations are of 2017 (earlier tables asked 2001, 2009, 2010); "
        "after a Tajikistan turn (police awareness work on child marriage)",
    ),
    (
        "Kazakhstan wasn't looked at before independence, I take it? A historian on our team asks "
        "whether the UN said anything about street children there back in Soviet times, in the 1980s.",
        (KAZ_VULNERABLE_GROUPS, KAZ_VULNERABLE_ATTENTION),
        "uncovered period in a negated framing ('wasn't looked at before independence, I take it?', "
        "'back in Soviet times, in the 1980s') for Kazakhstan, whose held observations are of 2006 "
        "(earlier tables asked the 1990s, 2003, 2008, 2014, 2016, 2019, 2020-21); after two Kazakhstan "
        "turns (vulnerable groups, street children among them)",
    ),
    (
        "What does the NAP schedule on this for 2024 and 2025, and which agency leads in those years?",
        (PC_CHILD_LABOUR_MONITORING,),
        "uncovered period for the plan ('2024 and 2025'): the held plan runs 2018-2022 (row 31's first "
        "activity is set for 2018-2020); earlier tables asked a 2023 plan and a 2023-2027 successor, "
        "not years beyond the plan's end; two questions",
    ),
    # -- a document not held --
    (
        "Tajikistan presented a voluntary national review on the Goals at the high-level political "
        "forum. What does that review say about trafficking?",
        (SR_SDGS,),
        "document kind not held (Tajikistan's voluntary national review on the Sustainable Development "
        "Goals); A/HRC/50/33/Add.1 para. 5 only welcomes the Government's commitment to the Goals; "
        "background first, question last",
    ),
    (
        "What did the Government itself tell the Committee about military schools in its initial OPAC "
        "report, CRC/C/OPAC/TJK/1?",
        (PA_MILITARY_SCHOOLS,),
        "uncovered symbol (CRC/C/OPAC/TJK/1, Tajikistan's initial report under the OPAC), neither held "
        "nor cited (CRC/C/OPSC/TJK/CO/1 para. 3 cites only the observations on it); after a plan (OPAC "
        "table) turn (minors in military schools)",
    ),
    (
        "Was a Tajik-language translation of the 2017 review ever published? Our district offices would "
        "need that version, not the English one.",
        (TJK_PUBLIC_AVAILABILITY,),
        "uncovered version of a held document (a Tajik translation of CRC/C/OPSC/TJK/CO/1), not held; "
        "the document by a nickname ('the 2017 review'); para. 37 only asks that the observations be "
        "made widely available",
    ),
    (
        "Can you pull up the list itself, as revised? Our labour inspectors need to know whether cotton "
        "picking is now on it.",
        (PO_HAZARDOUS_LIST,),
        "document not held (the list of work prohibited to persons under 18, as revised); the plan's OPSC "
        "row 8 only plans its review, with 'cotton harvesting' among the work to consider adding",
    ),
    # -- a sub-paragraph, section or activity past the end --
    (
        "Is there a (g) after that in the list of positive measures? Please quote it too.",
        (TJK_IOM_AGREEMENT,),
        "nonexistent sub-paragraph (4 (g)) of CRC/C/OPSC/TJK/CO/1, whose para. 4 stops at (f); after "
        "the turn quoting 4 (f)",
    ),
    (
        "And the section after C.8 — C.9 — what does it cover?",
        (KAZ_TRANSMIT, KAZ_DISSEMINATION, KAZ_NEXT_DUE),
        "nonexistent section (C.9) of CRC/C/OPSC/KAZ/CO/1, whose last section is C.8 ('Next report'); "
        "after three Kazakhstan turns quoting paras. 30-32",
    ),
    (
        "For completeness, I'd be grateful for sub-paragraph (d) of that recommendation as well.",
        (TKM_PROSECUTORS, TKM_COMPLAINTS_ACCESS),
        "nonexistent sub-paragraph (36 (d)) of CRC/C/OPSC/TKM/CO/1, whose para. 36 stops at (c); "
        "official indirect request, after the turns quoting 36 (b) and 36 (c)",
    ),
    (
        "And 89 (d)? The copy I printed seems to stop there.",
        (SR_REPRISALS,),
        "nonexistent sub-paragraph (89 (d)) of A/HRC/50/33/Add.1, whose para. 89 stops at (c); after "
        "the turn quoting 89 (c)",
    ),
    (
        "Please provide the fifth activity under the same row and its implementing agencies.",
        (PA_MINE_CAMPS,),
        "nonexistent activity (a fifth) of the plan's OPAC row 8, which has four; bullet-like request, "
        "after the turn quoting the fourth",
    ),
    (
        "Is there a section XI after that one, on anything else?",
        (TJK_NEXT_REPORT,),
        "nonexistent section (XI) of CRC/C/OPSC/TJK/CO/1, whose last section is X ('Implementation and "
        "reporting'); after the turn quoting para. 38",
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
        "Turkmenistan has a law on public associations too, and NGOs there are under similar pressure. "
        "In the 2015 review, what exactly was the Government asked to do about civil society "
        "organisations?",
        (SR_NGO_LAW,),
        "Turkmenistan",
        u(M, 23),
        u(M, 22),
        ["remove restrictions on the functioning"],
        "covered country named first in a background sentence, the review by a nickname ('the 2015 "
        "review'); after a Special Rapporteur turn on Tajikistan (amendments to the Law on Public "
        "Associations)",
    ),
    (
        "I'd be grateful if you could check whether the Committee, when it looked at Turkmenistan in "
        "2015, said it had already asked for an independent body to take children's complaints in an "
        "earlier review.",
        (PC_OMBUDSMAN_COMPLAINTS,),
        "Turkmenistan",
        u(M, 15),
        u(M, 14),
        ["CRC/C/TKM/CO/1, para. 12"],
        "covered country in a subordinate clause of an indirect request ('I'd be grateful if you could "
        "check whether ...'); after a plan (CRC table) turn (the Ombudsman's office handling children's "
        "complaints)",
    ),
    (
        "Turkmenistan — same topic. Please provide the Committee's recommendation on investigating and "
        "punishing these cases, with the paragraph number.",
        (KAZ_FEW_PROSECUTIONS,),
        "Turkmenistan",
        u(M, 29),
        u(M, 28),
        ["investigated effectively"],
        "covered country at the head of the message ('Turkmenistan — same topic.'), bullet-like request; "
        "after a Kazakhstan turn (scarce investigations and prosecutions)",
    ),
    (
        "Our draft amendment on corporate liability cites the Kazakh example. For the explanatory "
        "memorandum, was Turkmenistan, nine years later, told to change its Criminal Code on the same "
        "point?",
        (KAZ_LEGAL_PERSONS,),
        "Turkmenistan",
        u(M, 31),
        u(M, 30),
        ["full and direct criminal liability of legal persons"],
        "covered country with a relative year expression ('nine years later', 2015 after 2006), after a "
        "background sentence; after a Kazakhstan turn (legal persons not liable)",
    ),
    (
        "If I remember correctly, Turkmenistan also had an interagency commission of some kind. What was "
        "it called in the 2015 review, and did the Committee consider it enough to coordinate work on "
        "the Protocol?",
        (SR_COMMISSION_MEETINGS,),
        "Turkmenistan",
        u(M, 12),
        u(M, 13),
        ["Interagency Commission on Enforcing", "no specific body responsible"],
        "covered country in a hedged recollection ('If I remember correctly, ...'), two questions; after "
        "a Special Rapporteur turn on Tajikistan (the Interministerial Commission meets twice a year)",
    ),
    # -- to Kazakhstan --
    (
        "In the 2006 Kazakhstan review, was there anything about reaching children through schools — "
        "lessons, the curriculum, that kind of thing?",
        (TJK_AWARENESS_LIMITED, TJK_AWARENESS_AUDIENCES),
        "Kazakhstan",
        u(K, 8, 27),
        u(K, 7, 28),
        ["school curricula", "via schools"],
        "covered country with its review's year ('the 2006 Kazakhstan review'), everyday words ('lessons, "
        "the curriculum'); after two Tajikistan turns (limited awareness-raising; its audiences)",
    ),
    (
        "For the social protection working group, please provide the Committee's recommendations to "
        "Kazakhstan on access to schooling and health care for children at risk, with paragraph numbers.",
        (PC_VULNERABLE_SERVICES,),
        "Kazakhstan",
        u(K, 10, 26),
        u(K, 9, 25),
        ["equal access to education, health care", "education and health care"],
        "covered country inside a bullet-like request ('please provide ...'), everyday words ('children "
        "at risk'); after a plan (CRC table) turn (vulnerable children's access to services)",
    ),
    (
        "Kazakhstan was reviewed much earlier, in 2006, but I'd be grateful if you could check whether "
        "the Committee asked it to give child victims free legal help and support during the trial.",
        (SR_LEGAL_AID_CONDITIONAL, SR_ASSISTANCE_CONDITIONAL),
        "Kazakhstan",
        u(K, 20, 22),
        u(K, 21),
        ["Free legal aid", "appropriately supported throughout the process"],
        "covered country with its year, in an indirect request, everyday words ('free legal help', "
        "'support during the trial'); after two Special Rapporteur turns on Tajikistan (legal aid and "
        "assistance conditional on cooperation)",
    ),
    (
        "What studies was Kazakhstan asked to carry out in the 2006 review — both on the internet and on "
        "sexual exploitation of children more generally?",
        (SR_RESEARCH_BASE,),
        "Kazakhstan",
        u(K, 16, 28),
        u(K, 12),
        [
            "thorough study of the use of the Internet",
            "nature and extent of commercial sexual exploitation",
        ],
        "covered country with a nickname for its review ('the 2006 review'), everyday word ('studies'); "
        "after a Special Rapporteur turn on Tajikistan (a wider research base)",
    ),
    # -- to Tajikistan: the 2017 review --
    (
        "In plain terms, was Tajikistan told in the 2017 review to make sure every offence in the "
        "Protocol is in its criminal law?",
        (KAZ_REVIEW_CODE,),
        "Tajikistan",
        u(T, 9),
        u(T, 8, 27),
        ["fully covered under its criminal law"],
        "covered country with a nickname for its review ('the 2017 review'), everyday framing ('In plain "
        "terms'); after a Kazakhstan turn (reviewing the Criminal Code for full compliance)",
    ),
    (
        "For Tajikistan, no mention of complaint channels for children in the 2017 review, right? Or did "
        "the Committee ask for them?",
        (TKM_INDEPENDENT_BODY,),
        "Tajikistan",
        u(T, 33),
        u(T, 32),
        ["complaint mechanisms are easily accessible"],
        "covered country in a negated question ('no mention of ... right?') whose answer is that there "
        "is: para. 33 (e); after a Turkmenistan turn (no independent body to receive children's "
        "complaints)",
    ),
    (
        "Please provide the corresponding recommendation from the 2017 Tajikistan review: was it told not "
        "to treat children as offenders?",
        (KAZ_NON_CRIMINALIZATION,),
        "Tajikistan",
        u(T, 25),
        u(T, 24, 32, 33),
        ["avoid the criminalization of children"],
        "covered country in a bullet-like request, everyday words ('not to treat children as "
        "offenders'); after a Kazakhstan turn (non-criminalization of victims first in the list)",
    ),
    # -- to Tajikistan: the visit report --
    (
        "Moving to the visit report on Tajikistan: which sectors did the Rapporteur single out for forced "
        "labour inside the country?",
        (TKM_FORCED_LABOUR_CODE,),
        "Tajikistan",
        u(S, 40),
        u(S, 9, 42),
        ["construction, mining, agriculture and domestic service"],
        "a move to the Special Rapporteur's report, opening with the new scope and a nickname ('Moving to "
        "the visit report on Tajikistan:'); after a Turkmenistan turn (sale of children for forced "
        "labour not sufficiently covered)",
    ),
    (
        "And in Tajikistan, according to the visit report, who has been doing awareness work on "
        "trafficking with young people, and does it reach rural areas?",
        (TKM_AWARENESS_PROGRAMMES,),
        "Tajikistan",
        u(S, 48),
        u(S, 35),
        ["Committee for Youth and Sports Affairs", "targeted outreach in rural areas"],
        "covered country and document by a nickname ('the visit report'), two questions; after a "
        "Turkmenistan turn (awareness-raising programmes)",
    ),
    (
        "Fifteen years on, the trafficking rapporteur looked at Tajikistan. Did she find the same problem "
        "with figures broken down by age and sex, and is anything being done about it?",
        (KAZ_DATA_GAPS,),
        "Tajikistan",
        u(S, 82),
        u(S, 34),
        ["unified database"],
        "covered country and document by a year expression ('Fifteen years on', 2021 after 2006) and "
        "the mandate, everyday words ('figures broken down by age and sex'); two questions, after a "
        "Kazakhstan turn (data not disaggregated)",
    ),
    (
        "Does the visit report say how many children were brought back from Iraq and where they are "
        "now?",
        (PA_REINTEGRATION,),
        "Tajikistan",
        u(S, 71),
        u(S, 72, 4),
        ["84 children from Iraq in 2019"],
        "a move within Tajikistan from the plan's OPAC table to the Special Rapporteur's report, by a "
        "nickname ('the visit report'); two questions; after a plan turn (reintegration of child "
        "victims of armed conflict)",
    ),
    # -- to Tajikistan: the plan (NAP) --
    (
        "Does the NAP have anything specific for minority children, for instance Roma?",
        (TKM_VULNERABLE_GROUPS, KAZ_VULNERABLE_GROUPS),
        "Tajikistan",
        u(PC, 30),
        u(PO, 10) + u(T, 25) + u(S, 53),
        ["Roma/ Jugi children"],
        "covered document by a nickname ('the NAP', Tajikistan's national plan of action; its CRC "
        "table); after a Turkmenistan and a Kazakhstan turn (children of ethnic minorities among "
        "vulnerable groups)",
    ),
    (
        "What does the NAP commit to for children with disabilities — day care, registration, schooling? "
        "Please provide the row and the lead ministries.",
        (SR_DISABILITY_RISKS,),
        "Tajikistan",
        u(PC, 20),
        u(PC, 10, 27),
        ["Day Care Social Services", "registration of children with disabilities"],
        "a move within Tajikistan from the Special Rapporteur's report to the plan, by a nickname ('the "
        "NAP'), with a bullet-like request; after a Special Rapporteur turn (risks for children with "
        "disabilities)",
    ),
    (
        "Does the NAP's OPSC table include training for police, judges and prosecutors, and does it say "
        "anything about children filing complaints electronically?",
        (TKM_TRAINING_GAPS, TKM_TRAINING_REACH),
        "Tajikistan",
        u(PO, 7),
        u(PC, 12),
        ["training program for law enforcement officials", "modern electronic technologies"],
        "covered document by a nickname ('the NAP's OPSC table'), two questions, everyday words "
        "('filing complaints electronically'); after two Turkmenistan turns (training not systematic; "
        "who should be trained)",
    ),
    (
        "And the NAP — is it considering joining any other protocol to that organised crime convention?",
        (KAZ_PALERMO, SR_TIP_PROTOCOL),
        "Tajikistan",
        u(PA, 10),
        u(S, 28),
        ["Illicit Manufacturing of and Trafficking in Firearms"],
        "covered document by a nickname ('the NAP'; its OPAC table, row 10), British spelling "
        "('organised'); after a Kazakhstan turn (the Palermo trafficking protocol) and a Special "
        "Rapporteur turn (Tajikistan ratified it in 2002)",
    ),
]
