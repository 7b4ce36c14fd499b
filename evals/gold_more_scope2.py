"""A second 'scope' table on ../shared/more-documents (ids y001-y035), written from the documents alone.

Held-out data, asked of the same index as `gold_more.py` and `gold_more_scope.py` (the bundled corpus
plus the UPR Working Group reports on Uzbekistan, A/HRC/24/7; Kazakhstan, A/HRC/28/10; Slovenia,
A/HRC/59/15; and CERD's concluding observations on Brazil, CERD/C/BRA/CO/18-20). Every item was
written by reading those text files and the bundled corpus, never from any output of the system.
Same shape as `gold_more_scope.py`: one to three earlier turns, each a realistic question answered by
quoting the document verbatim with its reference (each quote checked to be an exact substring of the
unit it cites), then a last question that moves the scope. None repeats a country and pattern of the
x items.

y001-y022 name what the index does not hold, so the answer must decline and cite nothing: a
recommending State asked about its own review (Norway, Sierra Leone); a treaty body, mandate or
visit that is only mentioned (CERD on Uzbekistan, the Committee against Torture on Uzbekistan, the
Committee on the Rights of the Child on Brazil, CEDAW on Slovenia, the Special Rapporteurs on the
rights of Indigenous Peoples on Brazil and on contemporary forms of slavery on Kazakhstan, the Special
Rapporteur on trafficking on Kazakhstan); another UPR cycle (Kazakhstan's third, Slovenia's 2014);
a recommendation or paragraph number the document does not have (133.102 and 137.1 of A/HRC/24/7,
125.97 of A/HRC/28/10, 124.3 of A/HRC/59/15, paragraph 72 of CERD/C/BRA/CO/18-20); a symbol the
documents cite but which is not held (Brazil's State report CERD/C/BRA/18-20, A/HRC/24/7/Add.1,
A/HRC/46/35, A/HRC/WG.6/20/KAZ/3); a kind of document not held (Slovenia's National Programme of
Measures for Roma, Brazil's third National Plan to Combat Trafficking in Persons). y023-y035 move to
another covered country: the carried-over topic is answered from that country's documents only
(`only_countries`), `must` being the units that answer it.

Unit ids follow the numbering printed in the text: paragraphs by number, UPR recommendations as
"group.n", rows of Tajikistan's national plan by row number. Last numbers, read from the text files:
A/HRC/24/7 has paragraphs 1-139 and recommendations 133.1-133.101, 134.1-134.30, 135.1-135.14,
136.1-136.58; A/HRC/28/10 has paragraphs 1-127 and 124.1-124.47, 125.1-125.96, 126.1-126.51;
A/HRC/59/15 has paragraphs 1-141 and 140.1-140.254; CERD/C/BRA/CO/18-20 has paragraphs 1-70.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

UZB, KAZ, SVN, BRA = "a-hrc-24-7", "a-hrc-28-10", "a-hrc-59-15", "cerd-bra-co-18-20"
T, M, S = "crc-opsc-tjk-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO = "tjk-npa-2018-crc", "tjk-npa-2018-opsc"

Turn = tuple[str, str]
Units = list[tuple[str, int | str]]


def u(doc: str, *ns: int | str) -> Units:
    """Units of one document: paragraph numbers (int) or recommendation numbers ("136.2")."""
    return [(doc, n) for n in ns]


# --- earlier turns: a realistic question and a short answer quoting the document verbatim ---

# A/HRC/24/7 (Uzbekistan, 2013)
UZB_MEDIA_NORWAY: Turn = (
    "What did Norway recommend to Uzbekistan about the media?",
    "To "
    '"Provide conditions that are conducive to the development of free and critical media, and improve '
    "foreign journalists\u2019 access to the country, both on a permanent and on an occasional basis "
    '(Norway);" which Uzbekistan considers already implemented or in the process of implementation '
    "(A/HRC/24/7, para. 134.29).",
)
UZB_ROMA: Turn = (
    "What did Uzbekistan say about its Roma population at the review?",
    "The delegation said that "
    '"their exact number is not known \u2013 20,000 according to official data, but according to '
    'population experts, the figure might be twice as high." It added: "The Government follows the '
    "relevant recommendations of the Committee on the Elimination of Racial Discrimination and has "
    'conducted a survey among the Roma population." (A/HRC/24/7, para. 21)',
)
UZB_LAST_SUPPORTED: Turn = (
    "What is the last recommendation Uzbekistan supported?",
    "Azerbaijan's: "
    '"Continue its measures in the field of promoting women rights, approving the national plan of '
    "action for 2010\u20132012 to implement the concluding observations of the Committee on the "
    "Elimination of Racial Discrimination, incorporating the goals of the Millennium Declaration into "
    "the country\u2019s development programmes, and meeting the Millennium Development Goals for 2015 "
    '(Azerbaijan)." (A/HRC/24/7, para. 133.101)',
)
UZB_137: Turn = (
    "Why did Uzbekistan reject the recommendations to join the International Criminal Court?",
    "They are among those of which the report says: "
    '"The recommendations above, 136.1-136.3, 136.5-136.35, 136.38-136.40, 136.44, 136.49-136.53, and '
    "136.55 did not enjoy the support of Uzbekistan, as it considers that they are not part of its "
    'obligations under internationally agreed human rights standards." (A/HRC/24/7, para. 137)',
)
UZB_PENDING: Turn = (
    "Which recommendations did Uzbekistan leave open at the review?",
    "Those listed in paragraph 135: "
    '"The following recommendations will be examined by Uzbekistan which will provide responses in due '
    'time, but no later than the twenty-fourth session of the Human Rights Council in September 2013:" '
    "(A/HRC/24/7, para. 135). Among them is Germany's "
    '"Invite a tripartite ILO mission to monitor the situation during the cotton harvest with regard to '
    'its compliance with labour Conventions to which Uzbekistan is party (Germany);" '
    "(A/HRC/24/7, para. 135.12).",
)
UZB_CAT: Turn = (
    "Was Uzbekistan asked to implement the Committee against Torture's recommendations?",
    "Yes; Ireland recommended to "
    '"Implement fully and effectively the recommendations by the Special Rapporteur on torture and other '
    "cruel, inhuman or degrading treatment or punishment in his 2003 report and the Committee against "
    'Torture in its concluding observations in 2011 (Ireland);" which Uzbekistan considers already '
    "implemented or in the process of implementation (A/HRC/24/7, para. 134.8).",
)
UZB_NHRI: Turn = (
    "Was Uzbekistan asked to set up a national human rights institution?",
    "Yes, e.g. "
    '"Establish a national institution in accordance with the Paris Principles, providing it with the '
    "necessary technical and financial resources and request technical cooperation from the Office of "
    'the High Commissioner for Human Rights (Uruguay);" which Uzbekistan considers already implemented '
    "or in the process of implementation (A/HRC/24/7, para. 134.2).",
)
UZB_NGO: Turn = (
    "Was Uzbekistan asked to ease the rules for NGOs?",
    "Yes, e.g. "
    '"Ensure that civil society organizations and NGOs can work freely and unhindered by undue '
    "restrictions, including prohibitive registrations requirements, burdensome programme approval and "
    'authorization regulations as well as censorship of printed materials (Germany);" '
    "(A/HRC/24/7, para. 134.25).",
)
UZB_NGO_DEL: Turn = (
    "What did the delegation answer on NGO registration?",
    "It said that "
    '"Government interference in the work of NGOs is forbidden, but limitations and denial of '
    "registration are possible if an organization pursues objectives which undermine national and "
    'public security, or incite hatred, and similar cases." (A/HRC/24/7, para. 55)',
)
UZB_COTTON_2012: Turn = (
    "Did Uzbekistan's delegation say any children were found working in the 2012 cotton harvest?",
    "No: "
    '"Public trade union monitoring has been introduced for child labour, and during the 2012 cotton '
    'harvest, no case of child labour was registered." (A/HRC/24/7, para. 127)',
)
UZB_HRD: Turn = (
    "Was Uzbekistan asked to release human rights defenders?",
    "Yes, e.g. "
    '"Release immediately and rehabilitate all those human rights defenders, journalists, other civil '
    'society representatives, imprisoned without credible criminal charges (Slovakia);" which did not '
    "enjoy Uzbekistan's support (A/HRC/24/7, para. 136.56). The delegation had said that "
    '"There are no political prisoners in Uzbekistan." (A/HRC/24/7, para. 50)',
)

# A/HRC/28/10 (Kazakhstan, 2014)
KAZ_CHILD_MARRIAGE: Turn = (
    "Was Kazakhstan asked about child marriage at its 2014 review?",
    "Yes, by Sierra Leone: "
    '"Effectively address the issue of child marriage by encouraging girls to continue their education '
    "beyond the secondary level, and establish laws which eliminate early forced marriages of children "
    '(Sierra Leone);" which Kazakhstan considers already implemented (A/HRC/28/10, para. 124.20).',
)
KAZ_CRPD_2014: Turn = (
    "Where did Kazakhstan stand on the disability convention in 2014?",
    "It had not ratified it: "
    '"At present, the Government was considering the ratification of CRPD" (A/HRC/28/10, para. 62), '
    "and it supported, as being in the process of implementation, recommendations such as "
    '"Finalize the ratification of the Convention on the Rights of Persons with Disabilities (CRPD) '
    '(Egypt);" (A/HRC/28/10, para. 125.1).',
)
KAZ_LAST_IN_PROCESS: Turn = (
    "Which is the last recommendation Kazakhstan said it was in the process of implementing?",
    "Brunei Darussalam's: "
    '"Implement the road map for the country\u2019s transition to a green economy through the various '
    'measures planned (Brunei Darussalam)." (A/HRC/28/10, para. 125.96)',
)
KAZ_DOCS: Turn = (
    "Which documents were issued for Kazakhstan's 2014 review?",
    "Three: a national report (A/HRC/WG.6/20/KAZ/1), an OHCHR compilation (A/HRC/WG.6/20/KAZ/2) and "
    '"A summary prepared by OHCHR in accordance with paragraph 15 (c) (A/HRC/WG.6/20/KAZ/3)." '
    "(A/HRC/28/10, para. 3)",
)
KAZ_SLAVERY: Turn = (
    "What did Kazakhstan's delegation say about preventing trafficking?",
    "It "
    '"noted several preventive measures to combat human trafficking and cited recommendations by the '
    "Special Rapporteur on contemporary forms of slavery, including its causes and its consequences, "
    'which have been included in a draft of the Government\u2019s Plan for the period of 2015-2017." '
    "(A/HRC/28/10, para. 116)",
)
KAZ_DV: Turn = (
    "Was Kazakhstan asked to adopt a law on domestic violence?",
    "Yes; Slovenia, for instance, recommended to "
    '"Enact the draft law on domestic violence in full compliance with the international human rights '
    'standards (Slovenia);" which Kazakhstan considers already implemented (A/HRC/28/10, para. 124.10).',
)
KAZ_JUDICIARY: Turn = (
    "What was Kazakhstan asked about its judiciary?",
    "Among other things, France recommended to "
    '"Take all necessary measures in order to provide a fair and independent judiciary system, which '
    'respect the rights of the defence (France);" which Kazakhstan supported as being in the process of '
    "implementation (A/HRC/28/10, para. 125.68).",
)
KAZ_CHILD_OMBUDSMAN: Turn = (
    "Was Kazakhstan asked to create an ombudsman for children?",
    "Yes, e.g. "
    '"Establish a separate Office of the Ombudsman on the Rights of the Child (Russian Federation);" '
    "supported as being in the process of implementation (A/HRC/28/10, para. 125.19). The delegation "
    '"also reported on work towards the creation of an Ombudsman for the Rights of the Child." '
    "(A/HRC/28/10, para. 14)",
)

# A/HRC/59/15 (Slovenia, 2025)
SVN_PREVIOUS: Turn = (
    "How well did Slovenia implement the recommendations of its previous review?",
    "According to its delegation, "
    '"Slovenia had fully or partially implemented 180 of the 182 recommendations from the previous '
    'cycle." (A/HRC/59/15, para. 5)',
)
SVN_ROMA_CUBA: Turn = (
    "Was it asked about Roma this time?",
    "Yes, by many States; Cuba, for instance, recommended to "
    '"Strengthen measures to protect the rights of minorities and ensure their social inclusion, '
    'especially for Roma (Cuba);" (A/HRC/59/15, para. 140.214).',
)
SVN_ANTIDISCRIMINATION: Turn = (
    "Was Slovenia asked to adopt an anti-discrimination strategy?",
    "Yes, e.g. "
    '"Develop and adopt a comprehensive anti-discrimination strategy that includes all grounds of '
    'discrimination, especially racial discrimination (Ghana);" (A/HRC/59/15, para. 140.23). The '
    'delegation said that "While there was no single anti-discrimination strategy, measures were '
    'integrated into policies" on several themes (A/HRC/59/15, para. 129).',
)
SVN_TSM: Turn = (
    "Was Slovenia asked to adopt temporary special measures for women?",
    "Yes, by South Sudan: "
    '"Adopt temporary special measures to accelerate women\u2019s equal participation in all areas '
    "covered by the Convention on the Elimination of All Forms of Discrimination against Women and at "
    'all levels where women are underrepresented or disadvantaged (South Sudan);" '
    "(A/HRC/59/15, para. 140.154).",
)
SVN_ROMA_PROGRAMME: Turn = (
    "What is Slovenia's main policy on Roma?",
    "According to its delegation, "
    '"The National Programme of Measures for Roma remained the main policy framework, with combating '
    'anti-Gypsyism as a key priority." (A/HRC/59/15, para. 56)',
)
SVN_ROMA_CHILDREN: Turn = (
    "Were Roma children mentioned in Slovenia's recommendations?",
    "Yes, e.g. "
    '"Ensure access to basic health, nutrition, education, protection, water and sanitation services '
    'for all children, in particular children with disabilities and Roma children (Malaysia);" '
    "(A/HRC/59/15, para. 140.189).",
)
SVN_JOURNALISTS: Turn = (
    "What was Slovenia asked to do for journalists?",
    "For instance, "
    '"Take effective measures to ensure the independence and freedom of the press and reinforce the '
    'protection of journalists (Belgium);" (A/HRC/59/15, para. 140.65).',
)

# CERD/C/BRA/CO/18-20 (Brazil, 2022)
BRA_DISSEMINATION: Turn = (
    "Where should Brazil publish CERD's concluding observations?",
    "The Committee recommends that they be "
    '"publicized on the website of the Ministry of Foreign Affairs in the official and other commonly '
    'used languages, as appropriate." (CERD/C/BRA/CO/18-20, para. 67)',
)
BRA_POVERTY: Turn = (
    "Has extreme poverty fallen in Brazil, according to CERD?",
    "The Committee "
    '"welcomes the fact that extreme poverty decreased by 63 per cent between 2004 and 2014" but is '
    '"concerned that these data predate the COVID-19 pandemic" (CERD/C/BRA/CO/18-20, para. 21). The '
    "2004-2014 figure is footnoted to Brazil's own periodic report, CERD/C/BRA/18-20, para. 67.",
)
BRA_HRD: Turn = (
    "How dangerous is Brazil for human rights defenders, according to CERD?",
    "The Committee "
    '"notes with concern that the Special Rapporteur on the situation of human rights defenders named '
    'Brazil as the second most dangerous country in the world for defenders between 2015 and 2019" '
    "(CERD/C/BRA/CO/18-20, para. 45); its footnote cites A/HRC/46/35, paras. 41, 44 and 75.",
)
BRA_HOMICIDE: Turn = (
    "What did CERD say about killings of Afro-Brazilians?",
    "It is "
    '"concerned by the extremely high rates of homicide and violent deaths of Afro-Brazilians, including '
    'children, in the State party, by unidentified assailants" (CERD/C/BRA/CO/18-20, para. 32).',
)
BRA_TEMPORAL_LANDMARK: Turn = (
    "What is the Temporal Landmark thesis that CERD mentions for Brazil?",
    "The thesis "
    '"whereby only land occupied by Indigenous Peoples at the time of the passing of the Constitution in '
    '1988 is considered eligible for demarcation"; the Committee is "deeply concerned about the '
    'application and institutionalization" of it (CERD/C/BRA/CO/18-20, para. 51).',
)
BRA_TIP_PLAN: Turn = (
    "What did CERD say about Brazil's anti-trafficking plan?",
    "It "
    '"regrets the lack of information provided by the State party on how gender and race were '
    "integrated into the third National Plan to Combat Trafficking in Persons and how the plan is being "
    'effectively implemented." (CERD/C/BRA/CO/18-20, para. 54)',
)
BRA_LAND: Turn = (
    "What did CERD recommend on the demarcation of Indigenous land in Brazil?",
    "It "
    '"recommends that the State party recommence and expedite the process of demarcating Indigenous and '
    "Quilombola lands, including by ensuring that adequate budgetary resources are assigned to this "
    'work." (CERD/C/BRA/CO/18-20, para. 53)',
)
BRA_ENVIRONMENT: Turn = (
    "What did CERD recommend to Brazil on the environment?",
    "Among other things, to "
    '"Protect and promote the right to a clean, healthy and sustainable environment, including through '
    "preventing and mitigating the effects of environmental destruction, resulting from extractive "
    'activities taking place within Indigenous and Quilombola lands;" (CERD/C/BRA/CO/18-20, para. 48 (c)).',
)
BRA_XENOPHOBIA: Turn = (
    "What did CERD recommend to Brazil on xenophobia against migrants?",
    "It recommends "
    '"that the State party prevent and address all forms of discrimination and xenophobia against '
    'migrants, refugees and asylum-seekers." (CERD/C/BRA/CO/18-20, para. 55)',
)

# A/HRC/50/33/Add.1 (Special Rapporteur on trafficking, visit to Tajikistan, 2022)
SR_DESTINATIONS: Turn = (
    "Where do Tajik migrant workers go, according to the Special Rapporteur on trafficking?",
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for Tajik '
    'workers." (A/HRC/50/33/Add.1, para. 7)',
)
SR_RETURNS: Turn = (
    "Were any victims brought back from Kazakhstan?",
    "Yes: "
    '"in 2020 and 2021, 16 victims of trafficking were assisted in returning from India, Kazakhstan and '
    'Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_COMPENSATION: Turn = (
    "What did the Special Rapporteur recommend to Tajikistan on compensation for trafficking victims?",
    "Among other things, "
    '"establishing and maintaining a State compensation fund and ensuring access for victims regardless '
    "of their participation in criminal proceedings and independent of the prosecution or conviction of "
    'traffickers." (A/HRC/50/33/Add.1, para. 90)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a recommending State asked about its own review --
    (
        "And what was Norway itself recommended on press freedom at its own UPR?",
        (UZB_MEDIA_NORWAY,),
        "uncovered country (Norway): a recommending State in A/HRC/24/7 (133.56, 134.23, 134.29) and "
        "A/HRC/28/10 (124.39, 124.40, 125.78) and a speaker (UZB 96, KAZ 54), never reviewed in the "
        "held documents",
    ),
    (
        "What was Sierra Leone itself recommended about child marriage at its own review?",
        (KAZ_CHILD_MARRIAGE,),
        "uncovered country (Sierra Leone): a speaker and recommending State in A/HRC/28/10 (71, 124.11, "
        "124.20, 126.2, 126.5, 125.93) and A/HRC/59/15 (28, 140.117, 140.245), never reviewed",
    ),
    # -- a treaty body, mandate or visit that the documents only mention --
    (
        "What exactly did CERD recommend to Uzbekistan about the Roma?",
        (UZB_ROMA,),
        "uncovered body (CERD) on Uzbekistan: the only CERD document held is on Brazil; A/HRC/24/7 only "
        "mentions CERD's recommendations (paras 7, 21, 98, rec. 133.101)",
    ),
    (
        "What did the Committee against Torture recommend in those 2011 concluding observations?",
        (UZB_CAT,),
        "uncovered body (Committee against Torture) on Uzbekistan; its 2011 observations are only "
        "mentioned in rec. 134.8 (and CAT in 7, 135.8)",
    ),
    (
        "What has the Committee on the Rights of the Child recommended to Brazil about the killing of "
        "children?",
        (BRA_HOMICIDE,),
        "uncovered body (CRC) on Brazil, covered only by CERD/C/BRA/CO/18-20; the CRC observations held "
        "are on Tajikistan, Kazakhstan and Turkmenistan and must not be cited",
    ),
    (
        "What did the CEDAW Committee itself recommend to Slovenia on temporary special measures?",
        (SVN_TSM,),
        "uncovered body (CEDAW) on Slovenia, covered only by its UPR report; 140.154 names the Convention, "
        "not any CEDAW observations",
    ),
    (
        "What did the Special Rapporteur on the rights of Indigenous Peoples find about that thesis in a "
        "report on a country visit to Brazil?",
        (BRA_TEMPORAL_LANDMARK,),
        "uncovered mandate (Special Rapporteur on the rights of Indigenous Peoples) on Brazil; the only "
        "Special Rapporteur report held is on trafficking in Tajikistan",
    ),
    (
        "What exactly did that Special Rapporteur recommend to Kazakhstan?",
        (KAZ_SLAVERY,),
        "uncovered mandate (Special Rapporteur on contemporary forms of slavery) on Kazakhstan, only "
        "mentioned in A/HRC/28/10 para. 116",
    ),
    (
        "What did the Special Rapporteur on trafficking recommend to the Government of Kazakhstan in a "
        "report on a visit to Kazakhstan?",
        (SR_DESTINATIONS, SR_RETURNS),
        "uncovered visit: the only report of the trafficking mandate held is on Tajikistan "
        "(A/HRC/50/33/Add.1), which names Kazakhstan only as a destination (paras 7, 69); its "
        "recommendations (85-92) are to Tajikistan and must not be cited",
    ),
    # -- another UPR cycle --
    (
        "Had Kazakhstan ratified it by its third-cycle UPR, and what was it recommended then?",
        (KAZ_CRPD_2014,),
        "uncovered cycle: only Kazakhstan's second-cycle (2014) report A/HRC/28/10 is held",
    ),
    (
        "And what was Slovenia recommended about Roma at its 2014 review?",
        (SVN_PREVIOUS, SVN_ROMA_CUBA),
        "uncovered cycle: Slovenia's second-cycle review (2014) is not held, only the 2025 report "
        "A/HRC/59/15, whose Roma items must not be passed off as 2014's",
    ),
    # -- a recommendation or paragraph number the document does not have --
    (
        "And 133.102?",
        (UZB_LAST_SUPPORTED,),
        "nonexistent recommendation: the 133 list of A/HRC/24/7 runs to 133.101 (quoted in the previous "
        "turn)",
    ),
    (
        "What does recommendation 125.97 say?",
        (KAZ_LAST_IN_PROCESS,),
        "nonexistent recommendation: the 125 list of A/HRC/28/10 runs to 125.96 (quoted in the previous "
        "turn)",
    ),
    (
        "Show me recommendation 137.1.",
        (UZB_137,),
        "nonexistent recommendation group: A/HRC/24/7's recommendation lists are 133-136; paragraph 137 "
        "(quoted in the previous turn) has no numbered items",
    ),
    (
        "What does recommendation 124.3 of A/HRC/59/15 say?",
        (SVN_ANTIDISCRIMINATION,),
        "nonexistent recommendation: A/HRC/59/15 numbers its recommendations 140.x only; 124.3 exists "
        "only in A/HRC/28/10 (Kazakhstan, also on discrimination) and must not be cited",
    ),
    (
        "And paragraph 72 of those observations?",
        (BRA_DISSEMINATION,),
        "nonexistent paragraph: CERD/C/BRA/CO/18-20 has paragraphs 1-70",
    ),
    # -- a symbol the documents cite but which is not held --
    (
        "What else does CERD/C/BRA/18-20 say in that paragraph 67?",
        (BRA_POVERTY,),
        "symbol not held: Brazil's own periodic report CERD/C/BRA/18-20 (cited in footnotes 1 and 6 of "
        "the observations), not the held CERD/C/BRA/CO/18-20, whose own para. 67 (dissemination) must "
        "not be cited",
    ),
    (
        "What responses did Uzbekistan eventually give on them in A/HRC/24/7/Add.1?",
        (UZB_PENDING,),
        "symbol not held (A/HRC/24/7/Add.1, the addendum with Uzbekistan's later responses); A/HRC/24/7 "
        "leaves 135.1-135.14 pending",
    ),
    (
        "What does A/HRC/46/35 itself say about Brazil in paragraphs 41 and 44?",
        (BRA_HRD,),
        "symbol not held (A/HRC/46/35, the report of the Special Rapporteur on the situation of human "
        "rights defenders cited in footnote 8 of CERD/C/BRA/CO/18-20)",
    ),
    (
        "What does that summary, A/HRC/WG.6/20/KAZ/3, report about torture in detention?",
        (KAZ_DOCS,),
        "symbol not held (A/HRC/WG.6/20/KAZ/3, OHCHR's summary for Kazakhstan's review, cited in "
        "A/HRC/28/10 para. 3)",
    ),
    # -- a kind of document not held --
    (
        "Can you quote what the National Programme of Measures for Roma itself sets out on housing?",
        (SVN_ROMA_PROGRAMME,),
        "document kind not held: no national plan or programme of Slovenia (the only national plan held "
        "is Tajikistan's 2018 plan); the programme is only mentioned in A/HRC/59/15 (para. 56, rec. "
        "140.215)",
    ),
    (
        "What actions does that third National Plan to Combat Trafficking in Persons itself contain?",
        (BRA_TIP_PLAN,),
        "document kind not held: no national plan of Brazil; the plan is only mentioned in "
        "CERD/C/BRA/CO/18-20 paras 54-55",
    ),
]

# B: the last question moves to another covered country or document; the carried-over topic is
# answered there. (question, history, country, must, may, facts, notes)
COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Kazakhstan --
    (
        "And what was Kazakhstan asked at its UPR about its national minorities?",
        (BRA_LAND,),
        "Kazakhstan",
        u(KAZ, "125.93", "125.94"),
        u(KAZ, "125.31", "125.34", "126.21", "124.4", "124.5", 106, 16, 79, 90),
        ["national minorities"],
        "moved from CERD's Indigenous land items on Brazil to Kazakhstan's UPR: 125.94 (rights of the "
        "national minorities) and 125.93 (participation of all ethnic groups); inter-ethnic harmony "
        "items, religious minorities, article 164 and the delegation (106) may",
    ),
    (
        "And Kazakhstan - was it asked to bring its Ombudsman in line with the Paris Principles?",
        (UZB_NHRI,),
        "Kazakhstan",
        u(KAZ, "125.11", "125.12", "125.13", "125.15"),
        u(KAZ, "125.14", "125.16", "125.17", "126.30", 110, 37, 40, 50, 85, 101),
        ["Paris Principles"],
        "moved from Uzbekistan's national-institution items to Kazakhstan's UPR: the items naming the "
        "Paris Principles (125.11-13, 125.15, all in process); other Ombudsman items and statements may",
    ),
    (
        "And what was Kazakhstan asked about protecting journalists?",
        (SVN_JOURNALISTS,),
        "Kazakhstan",
        u(KAZ, "124.27", "124.28", "126.46"),
        u(
            KAZ,
            "124.22",
            "124.24",
            "124.26",
            "124.29",
            "124.30",
            "124.39",
            "124.47",
            "126.36",
            "126.40",
            "126.42",
            91,
            64,
        ),
        ["journalists"],
        "moved from Slovenia's journalist items to Kazakhstan's UPR: every item naming journalists "
        "(124.27, 124.28 implemented; 126.46 noted); other media-freedom items may",
    ),
    # -- to Uzbekistan --
    (
        "And Uzbekistan - was it asked for a specific law on domestic violence?",
        (KAZ_DV,),
        "Uzbekistan",
        u(UZB, "135.9", "134.14"),
        u(UZB, "133.37", 91, 65, 105, 72),
        ["domestic violence"],
        "moved from Kazakhstan's domestic-violence law to Uzbekistan's UPR: 135.9 (specific law, "
        "pending) and 134.14 (criminalize domestic violence and marital rape); the awareness campaign "
        "(133.37), the delegation (91) and Guatemala's CEDAW point (65) may",
    ),
    (
        "Was Uzbekistan asked something similar about fair trials?",
        (KAZ_JUDICIARY,),
        "Uzbekistan",
        u(UZB, "133.56", "133.57", "134.16"),
        u(UZB, "136.42", "136.45", "133.55", 101, 113, 124),
        ["fair"],
        "moved from Kazakhstan's judiciary items to Uzbekistan's UPR: 133.56, 133.57 (supported) and "
        "134.16 (implemented or in process) ask for fair trials; 136.42 and 136.45 (not supported) may",
    ),
    (
        "Was Uzbekistan asked to combat xenophobia at its 2013 review?",
        (BRA_XENOPHOBIA,),
        "Uzbekistan",
        u(UZB, "133.29"),
        u(UZB, 21, 104),
        ["xenophobia"],
        "moved from CERD's xenophobia recommendation on Brazil to Uzbekistan's UPR: 133.29 (Russian "
        "Federation, supported) is the only item naming racism and xenophobia",
    ),
    # -- to Slovenia --
    (
        "Was Slovenia asked about the right to a clean, healthy and sustainable environment at its review?",
        (BRA_ENVIRONMENT,),
        "Slovenia",
        u(SVN, "140.145", "140.146", "140.148"),
        u(SVN, "140.147", "140.149", "140.150", 99, 100, 101, 4, 25, 44, 45, 84),
        ["clean, healthy and sustainable environment"],
        "moved from CERD's environment recommendation on Brazil to Slovenia's UPR: the items naming the "
        "right to a (clean,) healthy environment (140.145, 140.146, 140.148); climate items and the "
        "delegation (99-101) may",
    ),
    (
        "Was Slovenia asked to ensure compensation for victims of trafficking at its UPR?",
        (SR_COMPENSATION,),
        "Slovenia",
        u(SVN, "140.110"),
        u(SVN, "140.104", "140.111"),
        ["compensation mechanisms"],
        "moved from the Special Rapporteur's compensation recommendation on Tajikistan to Slovenia's "
        "UPR: 140.110 (Philippines) is the only trafficking item naming compensation; 140.104 "
        "(reparations) and 140.111 (rehabilitation) may",
    ),
    # -- to Tajikistan --
    (
        "Did the Committee on the Rights of the Child say anything about Roma children in Tajikistan?",
        (SVN_ROMA_CHILDREN,),
        "Tajikistan",
        u(T, 24, 25),
        u(S, 53) + u(PC, 30) + u(PO, 10),
        ["Mughat", "Lyuli"],
        "moved from Slovenia's Roma-children items to Tajikistan's OPSC observations: paras 24-25; the "
        "Special Rapporteur (53) and the national plan rows (CRC 30, OPSC 10) may",
    ),
    (
        "What about Tajikistan - does it have such an office for children, according to the Committee "
        "on the Rights of the Child?",
        (KAZ_CHILD_OMBUDSMAN,),
        "Tajikistan",
        u(T, 5),
        u(PC, 6),
        ["Commissioner for Children", "2016"],
        "moved from Kazakhstan's child-ombudsman items to Tajikistan's OPSC observations: para. 5 "
        "(Commissioner for Children's Rights, 2016); the national plan's row 6 (Ombudsman for Child "
        "Rights) may",
    ),
    # -- to Turkmenistan --
    (
        "Did the Committee on the Rights of the Child raise restrictions on civil society in Turkmenistan?",
        (UZB_NGO, UZB_NGO_DEL),
        "Turkmenistan",
        u(M, 22, 23),
        u(M, 11, 17),
        ["Law on Public Associations"],
        "moved from Uzbekistan's NGO items to Turkmenistan's OPSC observations: paras 22-23",
    ),
    (
        "Was children's work in the cotton harvest raised about Turkmenistan?",
        (UZB_COTTON_2012,),
        "Turkmenistan",
        u(M, 5),
        u(M, 24),
        ["2005 presidential decree"],
        "moved from Uzbekistan's cotton harvest to Turkmenistan's OPSC observations: para. 5 (b) (2005 "
        "decree: children not permitted in the cotton harvest); Turkmenistan's statements in A/HRC/24/7 "
        "are Uzbekistan's document and excluded",
    ),
    # -- to Brazil (CERD) --
    (
        "Did CERD raise the protection of human rights defenders in Brazil?",
        (UZB_HRD,),
        "Brazil",
        u(BRA, 45, 46),
        u(BRA, 49, 50),
        ["Programme for the Protection of Human Rights Defenders"],
        "moved from Uzbekistan's human-rights-defender items to CERD's observations on Brazil: paras "
        "45-46; 49 (a)/50 (b) on Indigenous defenders may",
    ),
]
