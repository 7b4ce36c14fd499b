"""The fifth 'scope' table of the gold set (ids z001-z060), written from the documents alone.

Same shape as `gold_scope.py`, `gold_scope2.py`, `gold_scope3.py` and `gold_scope4.py`, with new
conversations and new wordings, typed as officials and trainers type in a chat: one to three earlier
turns about what the index holds, each answered by quoting a document verbatim with its reference,
then a last question that moves the scope. z001-z040 name what the index does not hold: a country by
an ISO code (NPL and BGD together, SRB), by a UN-style name or acronym (the DPRK, the Holy See,
Czechia, the Syrian Arab Republic, the Democratic Republic of the Congo), in a possessive or a
prepositional phrase ('Qatar's committee review', 'for the Slovak Republic'), in a second sentence
after a topic sentence (Montenegro), in the second part of a two-part question ('Thanks. And
Ethiopia?', Sri Lanka), with a covered topic (the non-punishment principle in Canada), or a region
('the same for the whole of Europe'), including countries the held report names only as places
(Syria, Qatar), asked about their own reviews; a body by an informal abbreviation (HRCttee, SRT), the
Working Group on Enforced or Involuntary Disappearances, and treaty bodies' own texts (the CMW's
general comment on migrant workers in an irregular situation, the CRC's general comment No. 24 which
A/HRC/50/33/Add.1 cites, CEDAW's general recommendation No. 38); the Human Rights Council's
resolutions; a UN agency's or a regional organization's own report asked as the source (UNICEF, the
OSCE, UNHCR's non-return advisory); a year or period (2019 for Kazakhstan, before 2000 for
Turkmenistan, a 2008-2010 trafficking plan of Tajikistan, the 2015-2020 plan on women); other papers
of a review, each cited by a held document but not held (the summary record CRC/C/SR.2228, the written
replies CRC/C/OPSC/TJK/Q/1/Add.1, the State party report CRC/C/OPSC/TKM/1, CRC/C/TKM/CO/1 para. 12,
para. 7 of the Convention observations CRC/C/TJK/CO/3-5, recommendation 21 of CRC/C/OPAC/TJK/CO/1, the
outcome documents of the World Congresses); a paragraph or row past the end, in words ('paragraph
forty', 'paragraph ninety-six', 'row fifteen'); a held symbol with a typo (CRC/C/OPSC/TKJ/CO/1,
A/HRC/50/36/Add.1): the answer must decline and cite nothing. z041-z060 move to another covered
country or document (by name, in lower case with typos, by adjective, by capital: Ashgabat, Astana,
Nur-Sultan, Dushanbe; by document symbol; from a plan row to a committee paragraph): the carried-over
topic is answered from that country's documents only.

Countries and phrasings were checked against the four earlier tables: none of the countries they
ask about is asked about again (so not the Russian Federation, Moldova, the Kyrgyz Republic, Türkiye
or Eswatini, which they name as 'the Russians', 'the Kyrgyz Republic', 'Swaziland' and so on), and no
move has the same target paragraphs as an earlier table's move.

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
TJK_DATA_BREAKDOWN: Turn = (
    "How should Tajikistan's data on these offences be broken down?",
    "The Committee asked for detailed disaggregation: "
    '"The data should be disaggregated, inter alia, by sex, age, nationality and ethnic origin, region '
    "and socioeconomic status, with particular attention paid to children who are at risk of becoming "
    'victims of crimes under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_COMPLICIT: Turn = (
    "Should officials involved in selling children in Tajikistan be prosecuted?",
    "Yes; the Committee recommended that "
    '"perpetrators, including officials complicit in offences under the Optional Protocol, are '
    'prosecuted and punished with appropriate sanctions commensurate with the gravity of their crimes." '
    "(CRC/C/OPSC/TJK/CO/1, para. 29)",
)
TJK_CARE_FUNDING: Turn = (
    "Did the committee say anything about funding care for child victims in Tajikistan?",
    "Yes, it recommended that the State party "
    '"Guarantee the sufficient allocation of funding or in-kind support to provide comprehensive care to '
    'child victims and ensure sustainability;" (CRC/C/OPSC/TJK/CO/1, para. 33 (c)).',
)
TJK_BUDGET_LINES: Turn = (
    "Did the committee want Tajikistan to show what it spends on the OPSC?",
    "Yes: "
    '"The Committee recommends that the State party identify budget lines for the implementation of the '
    "Optional Protocol, ensuring the allocation of adequate resources, and present information in that "
    'regard in its next periodic report to the Committee." (CRC/C/OPSC/TJK/CO/1, para. 17)',
)
TJK_USERS: Turn = (
    "Did the committee want Tajikistan to go after the clients of child prostitution?",
    "Yes, among its recommendations on child victims: "
    '"Review the relevant laws in order to target users of child victims of prostitution and recognize '
    'the legal status of children as victims;" (CRC/C/OPSC/TJK/CO/1, para. 33 (d))',
)
TJK_DIALOGUE: Turn = (
    "How did the committee describe its dialogue with Tajikistan?",
    "Warmly: "
    '"The Committee expresses appreciation for the constructive dialogue held with the high-level and '
    'multisectoral delegation of the State party." (CRC/C/OPSC/TJK/CO/1, para. 2)',
)
TJK_MEETING: Turn = (
    "At which meeting was Tajikistan's OPSC report discussed?",
    "At the 2228th: "
    '"The Committee considered the report of Tajikistan (CRC/C/OPSC/TJK/1) at its 2228th meeting (see '
    'CRC/C/SR.2228), held on 14 September 2017" (CRC/C/OPSC/TJK/CO/1, para. 1).',
)
TJK_REPLIES: Turn = (
    "Did Tajikistan answer the committee's list of issues?",
    "Yes; the Committee "
    '"welcomes the submission of the report of the State party and the written replies to the list of '
    'issues (CRC/C/OPSC/TJK/Q/1/Add.1)." (CRC/C/OPSC/TJK/CO/1, para. 2)',
)
TJK_COORD_CONV: Turn = (
    "What did the committee recommend on coordination in Tajikistan?",
    "Better coordination, with a pointer to its Convention review: "
    '"With reference to paragraph 7 of its concluding observations under the Convention, the Committee '
    "recommends that the State party ensure better coordination between the various ministries, agencies "
    "and committees working on developing and implementing child rights policies relevant to the Optional "
    'Protocol." (CRC/C/OPSC/TJK/CO/1, para. 13)',
)
TJK_READWITH_OPAC: Turn = (
    "Which other observations on Tajikistan go with the OPSC ones?",
    "Two sets, both adopted on 29 September 2017: those "
    '"on the combined third to fifth periodic reports submitted by the State party under the Convention '
    "(CRC/C/TJK/CO/3-5), and on the report of the State party submitted under the Optional Protocol on the "
    'involvement of children in armed conflict (CRC/C/OPAC/TJK/CO/1)" (CRC/C/OPSC/TJK/CO/1, para. 3).',
)
TJK_WORLD_CONGRESS: Turn = (
    "Did the committee point Tajikistan to any international outcome documents for its strategy?",
    "Yes; it asked the State party to "
    '"take into account the outcome documents adopted at the World Congresses against Commercial Sexual '
    'Exploitation of Children." (CRC/C/OPSC/TJK/CO/1, para. 11)',
)
TJK_NEXT_CONV: Turn = (
    "Does the Tajikistan review ask for a separate OPSC report next time?",
    "No, the information goes into the Convention report: the Committee "
    '"requests the State party to include further information on the implementation of the Optional '
    "Protocol and the present concluding observations in its next periodic report to be submitted in "
    'accordance with article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)
TJK_TRAFFICKING_FOCUS: Turn = (
    "What was the committee's main criticism of Tajikistan's criminal law?",
    "Its narrow focus: the Committee was concerned "
    '"that the State party\u2019s legislation focuses overwhelmingly on the trafficking of persons, '
    "including children, for sexual purposes, while some other offences relating to the sale of children, "
    'as defined in articles 2 and 3 of the Optional Protocol, remain insufficiently addressed." '
    "(CRC/C/OPSC/TJK/CO/1, para. 26)",
)
TJK_COMM_PROC: Turn = (
    "Has Tajikistan joined the communications procedure for children?",
    "Not at the time of the review; the Committee recommended "
    '"that, in order to further strengthen the fulfilment of children\u2019s rights, the State party '
    'ratify the Optional Protocol on a communications procedure." (CRC/C/OPSC/TJK/CO/1, para. 35)',
)
TJK_EXTRAD_TREATIES: Turn = (
    "What did the committee tell Tajikistan about its extradition treaties?",
    "To cover the Protocol's offences: it recommended measures to ensure that its national legislation "
    '"enables it to establish and exercise extraterritorial jurisdiction and to include in its extradition '
    'treaties the offences under the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 31).',
)
TJK_BORDERS: Turn = (
    "Are child victims identified at Tajikistan's borders?",
    "Not systematically, the Committee found: "
    '"Law enforcement, border and immigration authorities do not have specific procedures for '
    "systematically identifying child victims at borders, or any other location, and providing them with "
    'adequate services, particularly referral and protection;" (CRC/C/OPSC/TJK/CO/1, para. 32 (b))',
)
TJK_CHILD_MARRIAGE: Turn = (
    "Is anything being done in Tajikistan about child marriage?",
    "The Committee noted some awareness work: "
    '"The Committee notes that law enforcement officials carry out awareness-raising activities on the '
    'prohibition and negative consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_TIP_PLAN: Turn = (
    "Did Tajikistan have a trafficking plan when the committee reviewed it?",
    "Yes; the Committee noted with appreciation "
    '"the national plan to combat trafficking in persons in Tajikistan 2016-2018." '
    "(CRC/C/OPSC/TJK/CO/1, para. 5)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_TRAINING_MAT: Turn = (
    "What kind of training did the committee want for professionals in Kazakhstan?",
    "It recommended that resources be earmarked "
    '"for the development of training materials and courses for all relevant professionals including '
    "police officers, public prosecutors, judges, medical staff and other professionals involved in the "
    'implementation of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 8)',
)
KAZ_CREDIBILITY: Turn = (
    "Why did the committee insist that complicit officials in Kazakhstan be punished?",
    "Because prevention depends on it: "
    '"Given the fact that the credibility of the administration of justice is essential in order to '
    "undertake preventive measures effectively, the Committee urges the State party to ensure that any "
    'suspicion of complicity by State officials is investigated and sanctioned." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 24)",
)
KAZ_BUDGET_NAP: Turn = (
    "What did the committee ask Kazakhstan to report on funding?",
    "It encouraged the State party "
    '"to provide more complete information on the budget allocations for the implementation of the '
    'Optional Protocol and National Action Plan on Trafficking." (CRC/C/OPSC/KAZ/CO/1, para. 14)',
)
KAZ_LEGAL_PERSONS: Turn = (
    "Could a company be prosecuted in Kazakhstan for selling children?",
    "Not at the time; among the gaps in the law the Committee listed: "
    '"Legal persons cannot be liable for crimes under the Optional Protocol;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (d))",
)
KAZ_CRISIS: Turn = (
    "Did the committee want crisis centres for child victims in Kazakhstan?",
    "Yes, among the measures it urged: "
    '"Medical and psychosocial attention;" and "Accessible crisis centres;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (c), (e))",
)
KAZ_COMMISSION: Turn = (
    "Who coordinates the fight against trafficking in Kazakhstan?",
    "The Committee noted with appreciation "
    '"The establishment of an inter-agency commission to combat trafficking;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (b)), but it remained "
    '"concerned about the insufficient coordination among these bodies" (CRC/C/OPSC/KAZ/CO/1, para. 5).',
)

# CRC/C/OPSC/TKM/CO/1
TKM_INVEST_REC: Turn = (
    "What did the committee want Turkmenistan to do about impunity?",
    "To make sure cases are pursued: it recommended measures to ensure "
    '"that all cases of sale of children, child prostitution and child pornography are investigated '
    'effectively and that perpetrators are prosecuted and punished with appropriate sanctions." '
    "(CRC/C/OPSC/TKM/CO/1, para. 29)",
)
TKM_DATA_SHARE: Turn = (
    "What should Turkmenistan do with its data on children once collected?",
    "Use it across government: "
    '"the Committee recommends that the data and indicators be shared among the ministries concerned and '
    "used for the formulation, monitoring and evaluation of policies, programmes and projects for the "
    'effective implementation of the Protocol." (CRC/C/OPSC/TKM/CO/1, para. 7)',
)
TKM_1997: Turn = (
    "Which older conventions had Turkmenistan joined by the time of its OPSC review?",
    "Among others, the Committee welcomed its accession to the "
    '"Convention on the Civil Aspects of International Child Abduction, in November 1997;" and the '
    '"Slavery Convention signed at Geneva on 25 September 1926, amended by its 1953 Protocol, in May '
    '1997." (CRC/C/OPSC/TKM/CO/1, para. 4 (e), (f))',
)
TKM_IOM_TRAINING: Turn = (
    "Has Turkmenistan trained its police on trafficking?",
    "Yes; the Committee appreciated "
    '"the various capacity-building and training activities on human trafficking investigation '
    "techniques provided to law enforcement officers by the State party, in collaboration with the "
    'International Organization for Migration." (CRC/C/OPSC/TKM/CO/1, para. 18)',
)
TKM_PREV_REC: Turn = (
    "Was the committee repeating itself when it asked Turkmenistan for an independent monitoring "
    "mechanism?",
    "Yes, it referred back to earlier advice: "
    '"In the light of its previous recommendations (CRC/C/TKM/CO/1, para. 12), the Committee urges the '
    "State party to establish expeditiously an independent mechanism for monitoring the implementation of "
    'the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 15).',
)
TKM_ROOT_POVERTY: Turn = (
    "Did the committee link the exploitation of children in Turkmenistan to poverty?",
    "It encouraged the State party to "
    '"Give further attention to the implementation of social and economic development programmes and '
    "poverty reduction strategies, including through the appropriate allocation of financial resources "
    'for the prevention of all forms of exploitation as defined in the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 25 (c))",
)
TKM_CAMPAIGNS: Turn = (
    "How has Turkmenistan raised awareness about trafficking?",
    "Through many channels; the Committee welcomed efforts "
    '"through various channels including performances, concerts, seminars, workshops, training sessions, '
    'leaflets and brochures." (CRC/C/OPSC/TKM/CO/1, para. 16)',
)
TKM_WORK_ACT: Turn = (
    "Which laws on young people's work did the committee list for Turkmenistan?",
    "Among the legislation it welcomed were "
    '"the Guarantees of Young People\u2019s Right to Work Act (1 February 2005)" and '
    '"the Labour Code (18 April 2009)" (CRC/C/OPSC/TKM/CO/1, para. 5 (a)).',
)
TKM_ART129: Turn = (
    "What gap did the committee find in Turkmenistan's Criminal Code on forced labour?",
    "One article fell short: "
    '"Article 129 of the Criminal Code does not cover sufficiently the sale of children for the purpose '
    'of forced labour, in line with article 3, paragraph 1 (a) (i) c, of the Optional Protocol;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 26 (a))",
)

# A/HRC/50/33/Add.1
SR_STATE_EVENTS: Turn = (
    "Are children in Tajikistan at risk at official events?",
    "The Special Rapporteur raised that: "
    '"The Special Rapporteur has received accounts regarding the retention of children and young adults '
    "to train and rehearse for performances at State-led events. Concerns raised include the risk of "
    'sexual exploitation of children." (A/HRC/50/33/Add.1, para. 10)',
)
SR_CAMPS: Turn = (
    "Did the trafficking rapporteur say how urgent repatriation from the camps is?",
    "Very: "
    '"The process of repatriation must be resumed as a matter of urgency, given the inhuman and degrading '
    "conditions in the camps and the serious risks to life and health, in particular for children, and the "
    'risks of trafficking and re-trafficking that those conditions pose." (A/HRC/50/33/Add.1, para. 72)',
)
SR_WOMEN_MIGRANTS: Turn = (
    "Are Tajik women migrants given enough attention in migration programmes?",
    "Not enough, the Special Rapporteur found: "
    '"Limited attention is given, however, to the specific risks faced by women migrant workers by the '
    'State Migration Service and in pre-departure orientation programmes." She called for safe migration '
    'opportunities for women, "including for migrant domestic workers at serious risk of exploitation." '
    "(A/HRC/50/33/Add.1, para. 37)",
)
SR_START_UP: Turn = (
    "Is anything being done for the families migrants leave behind in Tajikistan?",
    "Some new programmes: "
    '"New programmes, developed with the support of the Start-Up Fund for Safe, Orderly and Regular '
    "Migration, for the families of migrant workers, and in particular members of female-headed households "
    "remaining in Tajikistan, are measures that help to prevent further risks of trafficking, in particular "
    'in rural areas and in the informal economy." (A/HRC/50/33/Add.1, para. 41)',
)
SR_IRREGULAR: Turn = (
    "What worried the trafficking rapporteur about migrant workers being sent away from Tajikistan?",
    "Forced returns: "
    '"Reports of forced returns of migrant workers in irregular situations also raise concerns in relation '
    "to the State's compliance with its non-refoulement obligations and its obligation to ensure the safe, "
    'and preferably voluntary, return of victims of trafficking." (A/HRC/50/33/Add.1, para. 9)',
)
SR_LGBT_POLICE: Turn = (
    "Did the Special Rapporteur hear about police abuse in Tajikistan?",
    "Yes, against LGBT persons: she was concerned "
    '"about reports received during her visit of police abuse, arbitrary detention, intimidation and '
    'harassment of lesbian, gay, bisexual, trans and gender-diverse persons." (A/HRC/50/33/Add.1, para. 16)',
)
SR_80_RETURNED: Turn = (
    "Were asylum seekers turned back at the Afghan border?",
    "The Special Rapporteur reported such a case: "
    '"In August 2021, the Special Rapporteur was informed that 80 asylum seekers were not allowed access '
    "to the territory of Tajikistan and, after being stranded for two months between Tajikistan and "
    "Afghanistan in a buffer zone, were forcibly returned without an assessment of asylum or other "
    'international protection claims having been conducted." (A/HRC/50/33/Add.1, para. 27)',
)
SR_GC24: Turn = (
    "Which general comment of the CRC did the trafficking rapporteur refer to on child justice?",
    "General comment No. 24: she took note of "
    '"the measures taken to ensure child-friendly justice, in line with general comment No. 24 (2019) on '
    "children's rights in the child justice system of the Committee on the Rights of the Child.\" "
    "(A/HRC/50/33/Add.1, para. 83)",
)
SR_ROOTED: Turn = (
    "Why are women and girls in Tajikistan trafficked, according to the Special Rapporteur?",
    "She traced it to discrimination: "
    '"The Special Rapporteur notes that trafficking in women and girls is rooted in gender-based '
    "discrimination, gender-based structural inequality, gender-based violence and the feminization of "
    'poverty." (A/HRC/50/33/Add.1, para. 12)',
)
SR_TEN_DAYS: Turn = (
    "Whom did the trafficking rapporteur meet in Tajikistan?",
    "Many officials: "
    '"In her 10 days in Tajikistan, she had exchanges with a number of ministers and government officials" '
    'and "She also met with representatives of the Supreme Court and the Office of the Ombudsperson and '
    'staff of the Tajik State University." (A/HRC/50/33/Add.1, para. 2)',
)
SR_OSCE_MET: Turn = (
    "Did she meet international organizations there too?",
    "Yes: "
    '"She also held discussions with the resident coordinator, representatives of the United Nations '
    "agencies, funds and programmes and the Organization for Security and Cooperation in Europe (OSCE) and "
    'members of the diplomatic community present in Tajikistan." (A/HRC/50/33/Add.1, para. 3)',
)
SR_NONRETURN: Turn = (
    "What did the trafficking rapporteur recommend about returns to Afghanistan?",
    "She recommended that the Government "
    '"Ensure respect for the principle of non-refoulement and the implementation of the UNHCR non-return '
    'advisory to Afghanistan." (A/HRC/50/33/Add.1, para. 88 (b))',
)
SR_WOMEN_STRATEGY: Turn = (
    "Does Tajikistan have a strategy on women?",
    "The Special Rapporteur noted "
    '"the adoption of a plan of action for the national strategy on promoting the role of women for the '
    'period 2015\u20132020" (A/HRC/50/33/Add.1, para. 13).',
)
SR_PREV_CHILDREN: Turn = (
    "What did the Special Rapporteur recommend on preventing child trafficking?",
    "Targeted programmes: "
    '"Undertake targeted prevention programmes to address the specific risks of child trafficking, in '
    "particular among children belonging to minority groups, children in street situations and children "
    "with disabilities, paying particular attention to girls and the risks that they face of early and "
    'forced marriage." (A/HRC/50/33/Add.1, para. 91 (d))',
)
SR_WITNESS: Turn = (
    "Is witness protection a problem in trafficking cases in Tajikistan?",
    "The Special Rapporteur said more is needed: "
    '"Greater attention is needed to ensure victim and witness protection during criminal proceedings." '
    "(A/HRC/50/33/Add.1, para. 79)",
)
SR_HIV_SEXWORK: Turn = (
    "Can sex workers in Tajikistan get HIV treatment?",
    "Not always; the Special Rapporteur was concerned "
    '"that sex workers may not have access to HIV/AIDS treatment and support services" '
    "(A/HRC/50/33/Add.1, para. 66).",
)
SR_ONLINE_COVID: Turn = (
    "Did the pandemic change the risks online for Tajik children?",
    "The Special Rapporteur thought so: "
    '"The Special Rapporteur notes that globally the COVID-19 pandemic has increased the risks of '
    "recruitment for sexual exploitation online and has contributed to an increased demand for child "
    "sexual abuse material online and technology-facilitated child sex trafficking. Those risks are also "
    'prevalent in Tajikistan." (A/HRC/50/33/Add.1, para. 20)',
)
SR_NONPUNISH: Turn = (
    "Does Tajikistan's anti-trafficking law protect victims from being punished?",
    "On paper: "
    '"Article 20 (4)\u2013(5) provides for the application of the non-punishment principle." '
    "(A/HRC/50/33/Add.1, para. 31)",
)
SR_RESOLUTION_325: Turn = (
    "Where are refugees allowed to live in Tajikistan?",
    "Not everywhere: "
    '"According to government resolution No. 325 of 2000, refugees and asylum seekers in Tajikistan are '
    'not allowed to live in larger cities or in the border districts of the country." '
    "(A/HRC/50/33/Add.1, para. 24)",
)

# The national plan of action 2018-2022 (three tables)
PC_DAYCARE: Turn = (
    "What does Tajikistan's plan do for children with disabilities?",
    "Among other things, it foresees: "
    '"Expand the number and scope of Day Care Social Services for children with disabilities." '
    "(National Plan of Action 2018-2022 (CRC), row 20)",
)
PC_BABY_HOMES: Turn = (
    "Does the national plan look at infant care institutions?",
    "Yes: "
    '"Review and adopt the Baby Home Regulation aimed at improving care in the Baby Homes and carry out '
    'assessment on situation of care in these institutions." (National Plan of Action 2018-2022 (CRC), '
    "row 18)",
)
PC_JUSTICE: Turn = (
    "What does the plan foresee on justice for children?",
    "One activity: "
    '"Implement and monitoring of the National Programme on justice for children system for the period of '
    '2017- 2021" (National Plan of Action 2018-2022 (CRC), row 34).',
)
PO_OUTREACH: Turn = (
    "Does the OPSC plan include public outreach?",
    "Yes: "
    '"Carry out advocacy and awareness raising events among population on the provisions of the OP II" '
    "(National Plan of Action 2018-2022 (OPSC), row 5).",
)
PO_INTL: Turn = (
    "Is international cooperation in the OPSC plan?",
    "Yes, in row 2: "
    '"Improvement of the system of international cooperation, including the improvement of bilateral, '
    'regional and multilateral treaties and agreements by the relevant bodies and structures" '
    "(National Plan of Action 2018-2022 (OPSC), row 2).",
)
PO_INVESTIG: Turn = (
    "What does the OPSC plan do about investigating these crimes?",
    "It foresees training: "
    '"Build the capacity of the law enforcement agencies on appropriate and comprehensive investigation of '
    'cases related to crimes reflected in this Optional Protocol" (National Plan of Action 2018-2022 '
    "(OPSC), row 11).",
)
PO_LAST: Turn = (
    "What is the last row of the OPSC table about?",
    "Row 11: "
    '"Strengthening the monitoring of compliance with the requirements of the Optional Protocol on the '
    'responsibility of the accused persons" (National Plan of Action 2018-2022 (OPSC), row 11).',
)
PA_REINTEGRATE: Turn = (
    "Does the OPAC plan help children coming back from armed conflict?",
    "It foresees: "
    '"Improve mechanisms of reintegration of child victims from the armed conflicts and take measures for '
    'reintegration of these children" (National Plan of Action 2018-2022 (OPAC), row 7).',
)
PA_LEGIS: Turn = (
    "And the OPAC plan's first row?",
    "It answers recommendations 7, 21 and 23 with one activity: "
    '"Analyse the legislation to ensure that it is consistent with the content and purpose of the Optional '
    'Protocol" (National Plan of Action 2018-2022 (OPAC), row 1).',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country the index does not hold: ISO codes, UN-style names, possessives, positions --
    (
        "can you pull the same para for NPL and BGD?",
        (KAZ_TRAINING_MAT,),
        "two uncovered countries by ISO alpha-3 codes (NPL, Nepal; BGD, Bangladesh), terse, lower-case "
        "start, after a Kazakhstan turn (training of professionals)",
    ),
    (
        "ok and for SRB?",
        (TKM_INVEST_REC,),
        "uncovered country by ISO alpha-3 code (SRB, Serbia), terse, after a Turkmenistan turn "
        "(investigation and prosecution)",
    ),
    (
        "Has the committee raised anything like this with the DPRK in its own concluding observations - "
        "children drilled for mass performances?",
        (SR_STATE_EVENTS,),
        "uncovered country by its usual acronym (DPRK, the Democratic People's Republic of Korea), asked "
        "for its own review, after a Special Rapporteur turn (children rehearsing for State-led events in "
        "Tajikistan)",
    ),
    (
        "Did the Holy See's OPSC review say anything like that about complicit officials?",
        (TJK_COMPLICIT,),
        "uncovered State by its UN name in a possessive (the Holy See's OPSC review) after a Tajikistan "
        "turn (officials complicit in offences)",
    ),
    (
        "What did the Committee on the Rights of the Child recommend to Czechia about its infant homes?",
        (PC_BABY_HOMES,),
        "uncovered country by its short UN name (Czechia) after a plan (CRC table) turn on Baby Homes",
    ),
    (
        "What has the committee told the Syrian Arab Republic itself, in its own review, about the children "
        "held in those camps?",
        (SR_CAMPS,),
        "uncovered country by its UN name (the Syrian Arab Republic), asked for its own review; "
        "A/HRC/50/33/Add.1 paras. 71, 72 and 85 (c) name Syria only as where Tajik women and children are "
        "held",
    ),
    (
        "the Democratic Republic of the Congo's OPAC review - what did it say about reintegrating former "
        "child soldiers?",
        (PA_REINTEGRATE,),
        "uncovered country by its UN name in a possessive, lower-case start, after a plan (OPAC table) "
        "turn (reintegration of child victims of armed conflict)",
    ),
    (
        "And what did Qatar's committee review say about migrant domestic workers?",
        (SR_WOMEN_MIGRANTS,),
        "uncovered country in a possessive ('Qatar's committee review'), asked for its own review; "
        "A/HRC/50/33/Add.1 para. 68 names Qatar only as a destination country",
    ),
    (
        "Is there a similar recommendation for the Slovak Republic?",
        (TJK_USERS, TJK_CARE_FUNDING),
        "uncovered country by its long name in a prepositional phrase ('for the Slovak Republic') after two "
        "Tajikistan turns (users of child prostitution; funding of care for child victims)",
    ),
    (
        "I'm putting together a note on budgeting for child protection across the Balkans. What was "
        "Montenegro told?",
        (TJK_BUDGET_LINES,),
        "uncovered country named in a second sentence after a topic sentence (Montenegro), following a "
        "Tajikistan turn (budget lines)",
    ),
    (
        "Thanks. And Ethiopia?",
        (SR_START_UP,),
        "two-part question whose second part moves to an uncovered country (Ethiopia), after a Special "
        "Rapporteur turn (families of migrant workers); the held report is on Tajikistan only",
    ),
    (
        "Great, thanks. Was Sri Lanka asked to do the same in its own OPSC review?",
        (TKM_DATA_SHARE,),
        "two-part question whose second part moves to an uncovered country (Sri Lanka) after a "
        "Turkmenistan turn (sharing data among ministries)",
    ),
    (
        "How is the non-punishment principle applied in Canada, according to the UN?",
        (SR_NONPUNISH,),
        "a covered topic (non-punishment of trafficking victims, A/HRC/50/33/Add.1 paras. 31, 85 (c)) "
        "asked of an uncovered country (Canada)",
    ),
    (
        "Can you give me the same for the whole of Europe?",
        (TJK_USERS,),
        "uncovered region ('the whole of Europe') as a follow-up to a covered Tajikistan turn (targeting "
        "users of child prostitution); no European State's documents are held (CRC/C/OPSC/KAZ/CO/1 para. 16 "
        "(c) names two Council of Europe conventions, not Europe's reviews)",
    ),
    # -- a body, mechanism or a body's own texts --
    (
        "What does the CMW's general comment on migrant workers in an irregular situation say about that?",
        (SR_IRREGULAR,),
        "uncovered body by acronym (CMW, the Committee on Migrant Workers) and its own text (general "
        "comment No. 2) as the source, after a Special Rapporteur turn on forced returns; "
        "A/HRC/50/33/Add.1 para. 28 lists the Migrant Workers Convention, but no CMW text is held (v018 "
        "asked the CMW's recommendations to Tajikistan; this asks for a general comment)",
    ),
    (
        "what did the HRCttee say about this in its last review of Tajikistan?",
        (SR_LGBT_POLICE,),
        "uncovered body by an informal abbreviation (HRCttee, the Human Rights Committee) on Tajikistan, "
        "lower-case start, after a Special Rapporteur turn (police abuse of LGBT persons)",
    ),
    (
        "Has the Working Group on Enforced or Involuntary Disappearances taken up any of those cases with "
        "Tajikistan?",
        (SR_80_RETURNED,),
        "uncovered mechanism (the Working Group on Enforced or Involuntary Disappearances) on Tajikistan "
        "after a Special Rapporteur turn (80 asylum seekers forcibly returned)",
    ),
    (
        "What did the SRT recommend after his mission to Kazakhstan?",
        (KAZ_COMMISSION, KAZ_CREDIBILITY),
        "uncovered mandate by acronym (SRT, the Special Rapporteur on torture) on Kazakhstan, after two "
        "Kazakhstan turns (the inter-agency commission; complicit officials)",
    ),
    (
        "Can you quote what general comment No. 24 itself says about the minimum age of criminal "
        "responsibility?",
        (SR_GC24,),
        "a treaty body's own text (the CRC's general comment No. 24 (2019)), cited in A/HRC/50/33/Add.1 "
        "para. 83 but not held; the held report says nothing on the minimum age",
    ),
    (
        "What does CEDAW's general recommendation No. 38 say on that?",
        (SR_ROOTED,),
        "a treaty body's own text (CEDAW general recommendation No. 38, on trafficking in women and girls "
        "in the context of global migration), not held and not cited, after a Special Rapporteur turn "
        "(gender-based roots of trafficking)",
    ),
    (
        "Which Human Rights Council resolution set up her mandate, and what does it ask governments to do?",
        (SR_TEN_DAYS,),
        "the Human Rights Council's resolutions as the source (the resolution establishing or renewing the "
        "trafficking mandate); no resolution is held or cited",
    ),
    (
        "What does UNICEF's own situation analysis of children in Tajikistan say about children with "
        "disabilities?",
        (PC_BABY_HOMES, PC_DAYCARE),
        "a UN agency's own report (UNICEF's situation analysis) as the source, after two plan (CRC "
        "table) turns (Baby Homes; children with disabilities); the index holds no UNICEF document "
        "(CRC/C/OPSC/TJK/CO/1 para. 7 only names UNICEF as a source of technical support)",
    ),
    (
        "I'd rather read the OSCE's own report on trafficking in Tajikistan - what does it conclude?",
        (SR_TEN_DAYS, SR_OSCE_MET),
        "a regional organization's own report (the OSCE) as the source; A/HRC/50/33/Add.1 paras. 3 and 77 "
        "name the OSCE, but no OSCE text is held",
    ),
    (
        "Can you show me the text of that UNHCR advisory itself?",
        (SR_NONRETURN,),
        "a UN agency's own document (UNHCR's non-return advisory to Afghanistan), mentioned in "
        "A/HRC/50/33/Add.1 paras. 27 and 88 (b) but not held; only the Rapporteur's one-line description "
        "of it (para. 27) is",
    ),
    # -- a year or period no held document is from --
    (
        "Did the committee check on that in 2019?",
        (KAZ_TRAINING_MAT, KAZ_CRISIS, KAZ_BUDGET_NAP),
        "uncovered year (2019) for Kazakhstan, whose held observations are of 2006; 'that' is the budget "
        "information of the last of three Kazakhstan turns",
    ),
    (
        "Had the committee said anything to Turkmenistan before 2000?",
        (TKM_1997,),
        "uncovered period (before 2000) for Turkmenistan; the held observations (2015) list accessions of "
        "1997 and 1998, but no text of the Committee from before 2000 is held (the earlier CRC/C/TKM/CO/1, "
        "cited in para. 15, is not held either)",
    ),
    (
        "and the 2008-2010 plan before it - what did that one foresee for child victims?",
        (TJK_TIP_PLAN,),
        "uncovered period (a 2008-2010 trafficking plan of Tajikistan); CRC/C/OPSC/TJK/CO/1 para. 5 names "
        "the 2016-2018 plan and A/HRC/50/33/Add.1 the 2018-2021 plan and a 2022-2024 draft, none of which "
        "is held; the held plan is the 2018-2022 child rights plan",
    ),
    (
        "Can you quote what that 2015-2020 plan of action itself says about trafficking?",
        (SR_WOMEN_STRATEGY,),
        "document kind not held (Tajikistan's plan of action for the national strategy on promoting the "
        "role of women, 2015-2020, mentioned in A/HRC/50/33/Add.1 para. 13)",
    ),
    # -- other papers of a review, cited by a held document but not held --
    (
        "Can I see the summary record CRC/C/SR.2228? I want what the delegation said about the cotton "
        "harvest.",
        (TJK_DIALOGUE, TJK_MEETING),
        "summary record (CRC/C/SR.2228), cited in CRC/C/OPSC/TJK/CO/1 para. 1 but not held; para. 20 on "
        "the cotton harvest gives the Committee's concern, not the delegation's words",
    ),
    (
        "What did Tajikistan say in those written replies about how many cases were prosecuted?",
        (TJK_REPLIES,),
        "written replies to the list of issues (CRC/C/OPSC/TJK/Q/1/Add.1), cited in CRC/C/OPSC/TJK/CO/1 "
        "para. 2 but not held; para. 28 only says the Committee lacked that information",
    ),
    (
        "What does Turkmenistan's own initial report, CRC/C/OPSC/TKM/1, say about those trainings?",
        (TKM_DATA_SHARE, TKM_IOM_TRAINING),
        "State party report (CRC/C/OPSC/TKM/1), cited in CRC/C/OPSC/TKM/CO/1 paras. 1 and 2 but not held",
    ),
    (
        "What exactly did the committee say in CRC/C/TKM/CO/1, paragraph 12?",
        (TKM_PREV_REC,),
        "earlier concluding observations (CRC/C/TKM/CO/1, para. 12), cited in CRC/C/OPSC/TKM/CO/1 para. 15 "
        "but not held",
    ),
    (
        "What's in paragraph 7 of those Convention observations?",
        (TJK_COORD_CONV,),
        "a paragraph of CRC/C/TJK/CO/3-5, the Convention observations cited in CRC/C/OPSC/TJK/CO/1 paras. "
        "3 and 13, not held; unsure: the plan's CRC table answers that review and its row 3 carries the "
        "label 'recommendations 7' (commissions on the rights of the child), but it does not give the "
        "paragraph's text",
    ),
    (
        "Quote recommendation 21 of the OPAC concluding observations that row answers, word for word.",
        (TJK_READWITH_OPAC, PA_LEGIS),
        "a recommendation of CRC/C/OPAC/TJK/CO/1, cited in CRC/C/OPSC/TJK/CO/1 para. 3 and answered by the "
        "plan's OPAC row 1 ('recommendations 7, 21, 23'), but not held; the row gives only its own "
        "activity, not the recommendation's text",
    ),
    (
        "Can you give me the text of those World Congress outcome documents?",
        (TJK_WORLD_CONGRESS,),
        "outcome documents of the World Congresses against Commercial Sexual Exploitation of Children, "
        "named in CRC/C/OPSC/TJK/CO/1 para. 11 but not held",
    ),
    # -- a paragraph or row past the end, in words --
    (
        "What does paragraph forty of the Tajikistan observations say?",
        (TJK_NEXT_CONV,),
        "nonexistent paragraph ('forty', in words) of CRC/C/OPSC/TJK/CO/1, which has 38; the previous turn "
        "quoted para. 38",
    ),
    (
        "And paragraph ninety-six of that report?",
        (SR_PREV_CHILDREN,),
        "nonexistent paragraph ('ninety-six', in words) of A/HRC/50/33/Add.1, which has 92",
    ),
    (
        "show me row fifteen of the OPSC table",
        (PO_OUTREACH, PO_LAST),
        "nonexistent row ('fifteen', in words) of the plan's OPSC table, which has 11; the previous turn "
        "quoted row 11, the last",
    ),
    # -- a held symbol with a typo --
    (
        "Does CRC/C/OPSC/TKJ/CO/1 go further on that?",
        (TJK_TRAFFICKING_FOCUS,),
        "a symbol with a typo of a held one (TKJ for TJK: CRC/C/OPSC/TKJ/CO/1 is not held, TKJ is no "
        "country code); unsure: a reader may take it for CRC/C/OPSC/TJK/CO/1, quoted in the previous turn; "
        "the answer should say the symbol is not held (it may point to the held one) and cite nothing",
    ),
    (
        "Is there more on that resolution in A/HRC/50/36/Add.1?",
        (SR_RESOLUTION_325,),
        "a symbol one digit off a held one (A/HRC/50/36/Add.1 for A/HRC/50/33/Add.1), a different report "
        "of the Council's fiftieth session that is not held; unsure: a reader may take it for a typo of "
        "the held report quoted in the previous turn",
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
        "And how did the committee judge Ashgabat's record on investigating and prosecuting such cases?",
        (PO_OUTREACH, PO_INTL, PO_INVESTIG),
        "Turkmenistan",
        u(M, 28, 29),
        [],
        ["small number of criminal offences"],
        "covered country by its capital in a possessive (Ashgabat's, for Turkmenistan): a move from plan "
        "(OPSC table) rows, the last on investigation, to a committee paragraph of another country "
        "(investigation and prosecution)",
    ),
    (
        "did the Turkmen review find a formal witness protection programme?",
        (SR_WITNESS,),
        "Turkmenistan",
        u(M, 37),
        u(M, 38),
        ["formal programme"],
        "covered country by adjective ('the Turkmen review'), lower-case start, after a Special Rapporteur "
        "turn on Tajikistan (witness protection)",
    ),
    (
        "Does CRC/C/OPSC/TKM/CO/1 say the same?",
        (TJK_NEXT_CONV, TJK_COMM_PROC),
        "Turkmenistan",
        u(M, 44),
        [],
        ["communications procedure"],
        "covered document by its symbol (CRC/C/OPSC/TKM/CO/1, Turkmenistan), terse, after two Tajikistan "
        "turns (next report; ratifying the communications procedure)",
    ),
    (
        "Turkmenistan - were corporations criminally liable there?",
        (KAZ_LEGAL_PERSONS,),
        "Turkmenistan",
        u(M, 30, 31),
        [],
        ["including corporations"],
        "covered country, first word, after a Kazakhstan turn (liability of legal persons)",
    ),
    (
        "what was turkmenistan encuraged to do on extradtion?",
        (TJK_EXTRAD_TREATIES,),
        "Turkmenistan",
        u(M, 34),
        [],
        ["extraditable offences"],
        "covered country in lower case, with typos in other words ('encuraged', 'extradtion'), after a "
        "Tajikistan turn (extradition treaties)",
    ),
    # -- to Kazakhstan --
    (
        "And Astana - what did the committee find about its data?",
        (TKM_DATA_SHARE, TJK_DATA_BREAKDOWN),
        "Kazakhstan",
        u(K, 11, 12),
        [],
        ["disaggregated by age, sex and minority group"],
        "covered country by its capital (Astana, for Kazakhstan) after a Turkmenistan and a Tajikistan "
        "turn (data)",
    ),
    (
        "Was Nur-Sultan told to fund programmes for vulnerable children as well?",
        (TKM_ROOT_POVERTY,),
        "Kazakhstan",
        u(K, 26),
        u(K, 25),
        ["adequate human and financial resources"],
        "covered country by the capital's former name (Nur-Sultan, 2019-2022, for Kazakhstan) after a "
        "Turkmenistan turn (resources for prevention, poverty)",
    ),
    (
        "And how did the dialogue with the Kazakh delegation go?",
        (TJK_DIALOGUE,),
        "Kazakhstan",
        u(K, 2),
        [],
        ["additional information submitted in writing"],
        "covered country by adjective ('the Kazakh delegation') after a Tajikistan turn (the dialogue with "
        "the delegation)",
    ),
    (
        "What does CRC/C/OPSC/KAZ/CO/1 say about HIV/AIDS?",
        (SR_HIV_SEXWORK,),
        "Kazakhstan",
        u(K, 9, 10),
        [],
        ["stigmatization"],
        "covered document by its symbol (CRC/C/OPSC/KAZ/CO/1, Kazakhstan) after a Special Rapporteur turn "
        "on Tajikistan (HIV/AIDS services)",
    ),
    (
        "I'm preparing a short session for NGO staff on awareness campaigns and would like an older example "
        "to set against this one. Could you tell me what the committee said about the public campaigns "
        "Kazakhstan had run, and whether it thought they were enough?",
        (TKM_IOM_TRAINING, TKM_CAMPAIGNS),
        "Kazakhstan",
        u(K, 27),
        u(K, 28, 7, 8),
        ["via the radio"],
        "covered country in the middle of a long, polite question after two Turkmenistan turns "
        "(training; awareness channels)",
    ),
    # -- to Tajikistan (its concluding observations, the Special Rapporteur's report, the plan) --
    (
        "Is Dushanbe reviewing which jobs are off limits for under-18s?",
        (TKM_WORK_ACT,),
        "Tajikistan",
        u(PO, 8),
        u(PC, 31),
        ["harmful and dangerous working conditions"],
        "covered country by its capital (Dushanbe, for Tajikistan) after a Turkmenistan turn (laws on "
        "young people's work); the plan's OPSC row 8, third activity",
    ),
    (
        "What does A/HRC/50/33/Add.1 recommend on identifying victims at the border?",
        (TJK_CARE_FUNDING, TJK_BORDERS),
        "Tajikistan",
        u(S, 88),
        u(S, 46),
        ["border officials"],
        "covered document by its symbol (A/HRC/50/33/Add.1) after two Tajikistan committee turns, the "
        "last on identifying child victims at borders; para. 88 (e)",
    ),
    (
        "Which of the committee's recommendations is that row meant to implement, and what does the "
        "committee actually say there?",
        (PO_OUTREACH,),
        "Tajikistan",
        u(T, 15),
        u(T, 14),
        ["widely known by the general public"],
        "a move from a plan (OPSC table) row to the committee paragraph it implements (row 5, "
        "'recommendations 15': CRC/C/OPSC/TJK/CO/1 para. 15)",
    ),
    (
        "And what had the committee itself recommended to Tajikistan on international cooperation?",
        (PO_INTL,),
        "Tajikistan",
        u(T, 34),
        u(T, 31),
        ["neighbouring countries"],
        "a move from a plan (OPSC table) row to a committee paragraph (international cooperation; row 2 "
        "answers recommendations 9, 26, 31 and 34)",
    ),
    (
        "Had the Committee on the Rights of the Child already raised online exploitation with Tajikistan?",
        (SR_ONLINE_COVID,),
        "Tajikistan",
        u(T, 22, 23),
        u(PO, 9),
        ["online child sexual exploitation"],
        "a move from the Special Rapporteur's report to the committee's observations on the same country "
        "(online child sexual exploitation)",
    ),
    (
        "Which articles of Tajikistan's Criminal Code deal with trafficking, per the trafficking rapporteur?",
        (TKM_ART129,),
        "Tajikistan",
        u(S, 30),
        u(S, 31),
        ["Article 130.1"],
        "covered country and mandate: the trafficking Rapporteur on Tajikistan after a Turkmenistan turn "
        "(a Criminal Code article)",
    ),
    (
        "Are there crisis centres or shelters for victims in Tajikistan? What did the trafficking "
        "rapporteur find?",
        (KAZ_CRISIS,),
        "Tajikistan",
        u(S, 65),
        u(S, 87, 4, 21, 63),
        ["only one shelter"],
        "covered country and mandate, two sentences, after a Kazakhstan turn (crisis centres)",
    ),
    (
        "Is there a commission like that in Tajikistan, according to the Special Rapporteur?",
        (KAZ_CREDIBILITY, KAZ_COMMISSION),
        "Tajikistan",
        u(S, 33),
        u(S, 85),
        ["Interministerial Commission"],
        "covered country and mandate after two Kazakhstan turns (complicit officials; inter-agency "
        "commission against trafficking)",
    ),
    (
        "Does the national plan of action deal with child marriage?",
        (TJK_CHILD_MARRIAGE,),
        "Tajikistan",
        u(PC, 17),
        u(PC, 9) + u(S, 51),
        ["eliminate child marriage"],
        "a move from the committee's observations to the plan (CRC table) on the same country (child "
        "marriage)",
    ),
    (
        "What did the trafficking rapporteur say about child-friendly justice in Tajikistan?",
        (PC_DAYCARE, PC_JUSTICE),
        "Tajikistan",
        u(S, 83),
        [],
        ["general comment No. 24"],
        "a move from plan (CRC table) rows, the last on justice for children, to the Special "
        "Rapporteur's report on the same country (child-friendly justice)",
    ),
]
