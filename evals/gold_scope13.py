"""The thirteenth 'scope' table of the gold set (ids d001-d060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope11.py`, with new conversations and new wordings, typed
the way a mixed group of users writes in one shared chat: a social worker with a case in front of
her ('a 14 y/o girl ... was brought here, what does the committee say we should do?'), a lawyer at a
legal aid clinic (a client, a court filing, an extradition file), a donor officer (grants, a
programme, a results column), a teacher preparing a lesson (handouts, e-safety, landmines) and a
student writing a thesis (chapters, a timeline, an essay). The new scope is often a city or a
district rather than a country ('bulawayo', 'katutura', 'bokhtar', 'almaty', 'shymkent', 'dashoguz',
'rudaki district', 'kulob'), sits in a question tag ('..., or is that only for kazakhstan?', '...,
didn't they?'), or comes last in a message of several questions; organisations are named by their
website or programme ('childhelplineinternational.org', 'girlsnotbrides.org', 'the Spotlight
Initiative', 'unhcr.org', 'TNMAC'); the users ask for 'the latest', 'the previous' or 'the next'
review or report, and for what a body 'will' do or 'has since' done, after the documents' dates; and
they write with emoji (a flag '🇧🇼', '🙏', '😊', '😞', '👋') and chat abbreviations ('thx', 'btw', 'fyi',
'imo', 'lol', 'gr8', 'pls', 'y/o', 'tho'). One to three earlier turns about what the index holds,
each answered by quoting a document verbatim with its reference, then a last question that moves the
scope.

d001-d040 name what the index does not hold. A country or place: two cities of Zimbabwe ('bulawayo',
'plumtree') in a social worker's case; Israel, where a legal aid client who came from Tajikistan now
is (the place she came from is not the scope); a township of Windhoek, Namibia ('katutura'), alone;
Lesotho in a question tag; Botswana with its flag emoji; Jamaica after 'thx!! btw' in a Caribbean
comparison; Angola in a teacher's lesson on landmines; Taiwan's distant-water fishing fleet in a
thesis; Eritrea (and its Sawa camp) in a message of three questions; the Horn of Africa as a region.
A body, agency, organisation, mandate, fund or person the documents never name: Child Helpline
International by its website, Girls Not Brides by its website, the EU-UN Spotlight Initiative by its
programme name, the Special Rapporteur on adequate housing ('the UN housing rapporteur'), the ITU
and its child online protection guidelines, the UN Voluntary Trust Fund for Victims of Trafficking,
Ann Skelton (as the Committee's later chair) and President Tokayev. A period or a later or earlier
step: what the Committee 'will' say at Turkmenistan's next review, whether the Rapporteur 'has
since' gone back (a 2024 follow-up visit), 'the latest' figures for 2024, 'the previous plan itself'
(Tajikistan's 2018-2021 action plan against trafficking, which the report mentions but does not
reproduce), 2012 for Tajikistan. A document or kind of document not held: a child-friendly version
of CRC/C/OPSC/TJK/CO/1, the interactive dialogue on A/HRC/50/33/Add.1 at the Council's fiftieth
session, the summary record CRC/C/SR.2251, an implementation report on the plan, the report
Turkmenistan was to submit by 28 January 2018. Something past the end of a held document:
sub-paragraph 32 (f) of CRC/C/OPSC/TJK/CO/1, 15 (f) of CRC/C/OPSC/KAZ/CO/1, 26 (e) of
CRC/C/OPSC/TKM/CO/1 and 85 (e) of A/HRC/50/33/Add.1, a section IX of A/HRC/50/33/Add.1, a column 6
of the plan's tables. A text or source the documents mention only in passing, asked for its own
words or contents: the UNHCR press release the footnote to A/HRC/50/33/Add.1 para. 25 gives by its
web address, article 167 of Tajikistan's Criminal Code (A/HRC/50/33/Add.1 para. 30), the Children's
Rights Act (2015) (CRC/C/OPSC/TJK/CO/1 para. 4 (b)), Law No. 1124 of 2014 on refugees
(A/HRC/50/33/Add.1 para. 22), Turkmenistan's Guarantees of Young People's Right to Work Act
(CRC/C/OPSC/TKM/CO/1 para. 5 (a)) and the Tajikistan National Mine Action Centre's own casualty
figures (the plan's OPAC row 8). The answer must decline and cite nothing.

d041-d060 move to another covered country or document and carry the topic over: to the Tajikistan
observations from the Kazakhstan observations (a girl from Afghanistan brought to Bokhtar and
charged with prostitution; the Internet; officials waving children through at a border; double
criminality in a question tag); to the Kazakhstan observations from the Tajikistan observations, the
plan and the Turkmenistan observations (what a shelter in Almaty should offer; a pupil in Shymkent
stigmatised for HIV; 'the next' report; 'the previous' observations); to the Turkmenistan
observations from the Kazakhstan and Tajikistan observations (recovery services in Dashoguz; child
witnesses; protection limited to trafficking; 'similar but not identical' in a question tag); to
A/HRC/50/33/Add.1 from the Kazakhstan and Tajikistan observations and the plan (free legal aid and
cooperation with the police; children trafficked into armed conflict; why Afghan refugee families
live in Rudaki district; apps and social media); to the plan from the Tajikistan and Turkmenistan
observations and the Rapporteur's report (what the Government 'will' do on investigations and by
when; a reporting channel in schools, asked by a teacher in Kulob; migrants' children left behind;
justice for children).

Countries, places, bodies, persons and named texts were checked against `gold_scope.py` to
`gold_scope11.py` (read as text, questions, turns and notes): none asked about here is asked about
there. Zimbabwe, Israel, Namibia, Lesotho, Botswana, Jamaica, Angola, Taiwan, Eritrea, the Horn of
Africa and the Caribbean appear in no earlier table; neither do Bulawayo, Plumtree, Tel Aviv,
Katutura, Bokhtar, Almaty, Shymkent, Dashoguz, Rudaki or Kulob, Child Helpline International, Girls
Not Brides, the Spotlight Initiative, the housing mandate, the ITU, the Voluntary Trust Fund, Ann
Skelton or President Tokayev. Of the texts mentioned in passing, only the footnote (not its web
address) appears in an earlier table's turn, and none was asked for its own words; nor was the
former (2018-2021) trafficking plan, which an earlier table names in a turn only. This table was
written without sight of `gold_scope12.py`, written at the same time in another branch. Eleven moves
target paragraphs, rows or pairs that no earlier move targeted (CRC/C/OPSC/TJK/CO/1 paras. 23 and 31
alone; CRC/C/OPSC/TKM/CO/1 paras. 37-38 together; A/HRC/50/33/Add.1 paras. 24 and 54 alone, 62 with
87, 49 with 79; the plan's CRC rows 16, 18 and 34 and OPSC row 11); the other nine
(CRC/C/OPSC/TJK/CO/1 paras. 32-33 and 18 with 29, CRC/C/OPSC/KAZ/CO/1 paras. 3, 9-10, 22 and 32,
CRC/C/OPSC/TKM/CO/1 paras. 9, 35 and 40) repeat an earlier target with a new history and wording, as
every paragraph of those documents has been a target.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs (para. 32 stops at (e)),
CRC/C/OPSC/KAZ/CO/1 32 (para. 15 stops at (e)), CRC/C/OPSC/TKM/CO/1 47 (para. 26 stops at (d)),
A/HRC/50/33/Add.1 92 in sections I-VIII (para. 85 stops at (d)); the plan's tables have 35 (CRC), 11
(OPSC) and 10 (OPAC) rows, and their columns are numbered 1, 2, 3, 4, 5 and 7 (there is no column
6).

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_UNACCOMPANIED: Turn = (
    "social worker here \U0001f44b what does the committee want tajikistan to do when an "
    "unaccompanied kid turns up?",
    "To spot child victims early: it recommends that the State party "
    '"Establish mechanisms and procedures for the early identification of child victims, including '
    'unaccompanied children, of offences under the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 33 (a))',
)
TJK_TRAINED_STAFF: Turn = (
    "and who should be trained to do the identifying?",
    "The people who do it, "
    '"including immigration officials, judges, prosecutors, the police, social workers, medical staff '
    'and other professionals working with child victims" (CRC/C/OPSC/TJK/CO/1, para. 33 (a))',
)
TJK_ILLEGAL_ADOPTION: Turn = (
    "for my class: which kinds of sale did the committee want tajikistan to spell out in its law?",
    "Four; the first is "
    '"The sale of children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
TJK_FORCED_LABOUR_REC: Turn = (
    "what was tajikistan told to do about kids doing forced labour?",
    '"The Committee recommends that the State party adopt appropriate measures to prevent the sale of '
    "children for the purpose of child forced labour, particularly in the agriculture sector, and that it "
    'effectively enforce the legal framework prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
TJK_EDUCATION_NOT_PUNISHMENT: Turn = (
    "online safety - is the committee's line for tajikistan education or punishment?",
    "Education: "
    '"It calls on the State party to ensure that the strategy focuses on awareness-raising and the '
    "education of children on the responsible use of information and communications technologies and "
    'online child sexual exploitation, and not on the punishment of children." '
    "(CRC/C/OPSC/TJK/CO/1, para. 23)",
)
TJK_DIALOGUE: Turn = (
    "student here - how did the committee describe its meeting with the tajik delegation?",
    "Warmly: "
    '"The Committee expresses appreciation for the constructive dialogue held with the high-level and '
    'multisectoral delegation of the State party." (CRC/C/OPSC/TJK/CO/1, para. 2)',
)
TJK_COTTON_INFO_2017: Turn = (
    "did the 2017 review mention kids in the cotton fields?",
    "Yes; the Committee "
    '"is concerned at the limited information provided to it on the measures adopted by the State party '
    'to eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
TJK_TO_CHILDREN: Turn = (
    "teacher asking: who is supposed to get to see the tajik obs?",
    "Everyone, children included; the Committee recommends that they "
    '"be made widely available, including through the Internet, to the public at large, civil society '
    'organizations, youth groups, professional groups and children" (CRC/C/OPSC/TJK/CO/1, para. 37)',
)
TJK_ADOPTED_2251: Turn = (
    "when did the committee adopt the tajik obs?",
    "On 29 September 2017; it "
    '"adopted the present concluding observations at its 2251st meeting, held on 29 September 2017." '
    "(CRC/C/OPSC/TJK/CO/1, para. 1)",
)
TJK_NO_DE_FACTO_COMPENSATION: Turn = (
    "legal aid clinic here. can child victims in tajikistan actually get compensation?",
    "On paper only; the Committee is concerned that "
    '"Child victims of offences under the Optional Protocol are not de facto capable of seeking '
    "compensation for acts committed against them owing to limited support, despite the de jure "
    'existence of provisions for such compensation." (CRC/C/OPSC/TJK/CO/1, para. 32 (e))',
)
TJK_CHILDRENS_ACT: Turn = (
    "which tajik laws did the committee welcome in 2017?",
    "Several, among them "
    '"The adoption of the Children\u2019s Rights Act (2015);" (CRC/C/OPSC/TJK/CO/1, para. 4 (b))',
)
TJK_READ_WITH: Turn = (
    "do the tajik opsc obs stand on their own?",
    "No; they "
    '"should be read in conjunction with its concluding observations on the combined third to fifth '
    'periodic reports submitted by the State party under the Convention (CRC/C/TJK/CO/3-5)" '
    "(CRC/C/OPSC/TJK/CO/1, para. 3)",
)
TJK_CARE_FUNDING: Turn = (
    "what did the committee say about paying for care of child victims in tajikistan?",
    "It recommends that the State party "
    '"Guarantee the sufficient allocation of funding or in-kind support to provide comprehensive care to '
    'child victims and ensure sustainability;" (CRC/C/OPSC/TJK/CO/1, para. 33 (c))',
)
TJK_ONLY_TRAFFICKING: Turn = (
    "thesis q: what's the committee's main gripe about victim protection in tajikistan?",
    "That it is too narrow: "
    '"Existing measures for protecting the rights and interests of child victims of offences under the '
    'Optional Protocol tend to be limited to trafficking and are thus insufficient;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 32 (a))",
)
TJK_NOT_IDENTICAL: Turn = (
    "is selling a child the same as trafficking? what does the tajik review say",
    "Not quite; it calls the sale of children "
    '"a concept that is similar, but not identical, to trafficking in children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 8)",
)
TJK_INVESTIGATE_ALL: Turn = (
    "what did the committee ask tajikistan to do about investigations?",
    "To "
    '"ensure that all cases of the sale of children, child prostitution and child pornography are '
    'investigated effectively" (CRC/C/OPSC/TJK/CO/1, para. 29)',
)
TJK_CYBER_ENTITIES: Turn = (
    "who deals with cybercrime in tajikistan, per the committee?",
    '"The Committee notes that there are two entities in the State party responsible for addressing '
    'cybercrime." (CRC/C/OPSC/TJK/CO/1, para. 22)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_HOTLINES: Turn = (
    "did the committee want kazakhstan to run a phone line for kids?",
    "Yes, among the measures it urges for victims: "
    '"Free telephone hotlines;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (d))',
)
KAZ_NON_CRIMINALIZATION: Turn = (
    "kazakhstan: first thing the committee wants done for child victims?",
    'First on its list: "Non-criminalization of the victims;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (a))',
)
KAZ_FREE_LEGAL_AID: Turn = (
    "is legal help for victims in the kazakh review?",
    "Yes, as one of the measures the Committee urges: "
    '"Free legal aid;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (b))',
)
KAZ_PSYCHOSOCIAL: Turn = (
    "health side of things for kazakh child victims?",
    'The Committee urges "Medical and psychosocial attention;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (c))',
)
KAZ_ADOPTION_AUTHORITY: Turn = (
    "adoption in the kazakh review - what was wrong?",
    "Its rules were weak: "
    '"Legal provisions with regard to adoption need strengthening by adherence to international standards '
    'and establishment of a central regulating authority." (CRC/C/OPSC/KAZ/CO/1, para. 15 (e))',
)
KAZ_INTERNET_STUDY: Turn = (
    "what did the committee ask kazakhstan to do about the internet?",
    "To "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    'provisions to combat these phenomena" (CRC/C/OPSC/KAZ/CO/1, para. 16 (b))',
)
KAZ_COMPLICITY_SANCTIONED: Turn = (
    "officials helping traffickers in kazakhstan - what did the committee urge?",
    "That the State party "
    '"ensure that any suspicion of complicity by State officials is investigated and sanctioned." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 24)",
)
KAZ_ABOLISH_DOUBLE: Turn = (
    "lawyer here. what was kazakhstan told about double criminality?",
    "To drop it; the Committee recommends that the State party "
    '"amend legislation in order to abolish the requirement of double criminality for extradition and/or '
    'prosecution of offences committed abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_CHILD_VIEWS: Turn = (
    "can a child victim speak up in court in kazakhstan? what does the committee say",
    "It asks for the law to change, "
    '"paying special attention to the right of the child victim to present his/her views, needs and '
    'concerns in a criminal procedure against the alleged perpetrator" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_NO_HELPLINE: Turn = (
    "is there a helpline for kids in turkmenistan?",
    "Not one for all offences: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_RATIFY_OPIC: Turn = (
    "did turkmenistan get told to sign up to the complaints protocol?",
    "Yes: "
    '"The Committee recommends that the State party ratify the Optional Protocol to the Convention on the '
    "Rights of the Child on a communications procedure, in order to further strengthen the fulfilment of "
    'children\u2019s rights." (CRC/C/OPSC/TKM/CO/1, para. 44)',
)
TKM_CONSIDERED_1939: Turn = (
    "when did the committee look at turkmenistan's report?",
    "In January 2015: "
    '"The Committee considered the initial report of Turkmenistan (CRC/C/OPSC/TKM/1) at its 1939th '
    'meeting (see CRC/C/SR.1939) held on 14 January 2015" (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_NEXT_DUE_2018: Turn = (
    "when was turkmenistan supposed to report next?",
    "Under the Convention: the Committee asks for further information "
    '"in its next periodic report under the Convention on the Rights of the Child, due by 28 January '
    '2018, as stipulated in article 44 of the Convention." (CRC/C/OPSC/TKM/CO/1, para. 47)',
)
TKM_INTERNET_26D: Turn = (
    "turkmenistan's criminal code and the internet?",
    "A gap: "
    '"Use of the Internet for the dissemination of child pornography or other forms of sexual '
    "exploitation (e.g. recruitment for child prostitution) has not been sufficiently addressed and is "
    'not explicitly criminalized." (CRC/C/OPSC/TKM/CO/1, para. 26 (d))',
)
TKM_YOUNG_WORKERS_ACT: Turn = (
    "which turkmen laws on kids and work did the committee welcome?",
    "Among the legislation it lists is "
    '"the Guarantees of Young People\u2019s Right to Work Act (1 February 2005)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 5 (a))",
)
TKM_AT_RISK_GROUPS: Turn = (
    "which groups of kids did the committee say turkmenistan had identified as at risk?",
    "Several: "
    '"especially children without parental care, children in street situations, children involved in '
    "child labour, children who are foreign citizens or who belong to ethnic minorities, and children "
    'living in poverty." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_COMPLAINTS_ACCESSIBLE: Turn = (
    "can kids in turkmenistan complain somewhere if they're abused?",
    "The Committee recommends that the State party "
    '"Ensure that complaints mechanisms are available and easily accessible to children whose rights may '
    'have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)

# A/HRC/50/33/Add.1
SR_CONSULAR_TRAINING: Turn = (
    "what does the trafficking rapporteur say tajik consulates should do?",
    "She recommends that the Government "
    '"Strengthen training for Tajik consular officials abroad on the rights of trafficked persons to '
    'assistance, protection and repatriation;" (A/HRC/50/33/Add.1, para. 87 (b))',
)
SR_WOMEN_20: Turn = (
    "how many tajik migrant workers are women?",
    "About a fifth: "
    '"Women account for approximately 20 per cent of migrant workers from Tajikistan and are mostly '
    'recruited to work in the services sector, the hospitality sector and domestic work." '
    "(A/HRC/50/33/Add.1, para. 8)",
)
SR_INSPECTORATE: Turn = (
    "labour inspection in tajikistan - any good?",
    "Stretched thin: "
    '"However, the Tajik labour inspectorate has very limited capacity and resources and limited reach in '
    'rural areas and in sectors at risk, such as in domestic households and the agricultural sector." '
    "(A/HRC/50/33/Add.1, para. 42)",
)
SR_CHILD_SPACES: Turn = (
    "donor q: does the rapporteur want anything specific for refugee kids in tajikistan?",
    "Yes, among her recommendations: "
    '"Create safe, child-friendly spaces in places where asylum seekers reside and offer children space '
    'for recreation, study and rest, separated from other facilities" (A/HRC/50/33/Add.1, para. 88 (g))',
)
SR_CHILD_MARRIAGE: Turn = (
    "child marriage in the rapporteur's report?",
    "Yes; she "
    '"is concerned about continuing reports of child marriage, in particular in rural and remote areas, '
    'and the attendant risks of trafficking for purposes of sexual exploitation and forced labour." '
    "(A/HRC/50/33/Add.1, para. 51)",
)
SR_INVISIBLE: Turn = (
    "why does trafficking for sexual exploitation go on in tajikistan, per the rapporteur?",
    '"Trafficking for sexual exploitation internally remains largely invisible, and discriminatory '
    "attitudes towards women and girls, the stigmatization of victims and discriminatory gender "
    "stereotypes, in particular those affecting victims of sexual exploitation, allow for trafficking to "
    'continue with impunity." (A/HRC/50/33/Add.1, para. 14)',
)
SR_FORMER_PLAN: Turn = (
    "does the rapporteur say whether tajikistan's trafficking plans deal with gender?",
    "Hardly; she "
    '"observes that limited attention is given to the gender dimension of trafficking in the former '
    "national action plan to combat trafficking in persons, or in the current draft of the national "
    'action plan covering the period 2022\u20132024." (A/HRC/50/33/Add.1, para. 14)',
)
SR_RESOLUTION_325: Turn = (
    "where are refugees allowed to live in tajikistan?",
    "Not everywhere: "
    '"According to government resolution No. 325 of 2000, refugees and asylum seekers in Tajikistan are '
    'not allowed to live in larger cities or in the border districts of the country." '
    "(A/HRC/50/33/Add.1, para. 24)",
)
SR_NO_STATE_FUND: Turn = (
    "is there a compensation fund for victims in tajikistan?",
    "No; the Rapporteur "
    '"is concerned about the failure to establish a State fund for compensation, despite repeated '
    'recommendations highlighting the importance of such a fund." (A/HRC/50/33/Add.1, para. 73)',
)
SR_VISIT_DATES: Turn = (
    "when was the rapporteur's visit?",
    "In December 2021: "
    '"the Special Rapporteur conducted an official visit to the country, from 7 to 16 December 2021" '
    "(A/HRC/50/33/Add.1, para. 1)",
)
SR_RETURNED_16: Turn = (
    "social worker: how many trafficked tajiks were helped home?",
    "Sixteen over two years: "
    '"in 2020 and 2021, 16 victims of trafficking were assisted in returning from India, Kazakhstan and '
    'Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_LATE_ACCEPTANCE: Turn = (
    "did the visit go smoothly?",
    "Not entirely: "
    '"The Special Rapporteur regrets that the late acceptance of the country visit request, only three '
    "working days prior to the official commencement date, posed difficulties in finalizing the "
    'programme for the visit." (A/HRC/50/33/Add.1, para. 4)',
)
SR_CRPD: Turn = (
    "disability in her recommendations?",
    "Yes; she recommends that the Government "
    '"Ratify and implement the Convention on the Rights of Persons with Disabilities to ensure that the '
    'rights of trafficked persons with disabilities are protected" (A/HRC/50/33/Add.1, para. 85 (d))',
)
SR_PROGRESS: Turn = (
    "what's her overall verdict?",
    "Mixed; the conclusions open with: "
    '"Significant progress has been made in the development of a comprehensive legislative framework to '
    'combat trafficking in persons and in the adoption of national action plans." '
    "(A/HRC/50/33/Add.1, para. 84)",
)
SR_UNHCR_LINK: Turn = (
    "did tajikistan start registering afghan asylum seekers again?",
    "Yes, in March 2022, per the footnote, which adds: "
    '"See also www.unhcr.org/en-us/news/press/2022/3/6234c80f4/un-high-commissioner-refugees-calls-'
    'greater-support-afghan-refugees-tajikistan.html." (A/HRC/50/33/Add.1, para. 25, footnote 1)',
)
SR_ARTICLE_167: Turn = (
    "which criminal code article covers trafficking of kids in tajikistan?",
    '"Article 167 of the Criminal Code specifically addresses trafficking of minors." '
    "(A/HRC/50/33/Add.1, para. 30)",
)
SR_LAW_1124: Turn = (
    "refugee law in tajikistan - what's the basis?",
    '"The Law on Refugees of 2002 was amended by Law No. 1124 of 2014, which determines the grounds and '
    "procedures for the recognition of asylum seekers as refugees and sets out the rights of refugees in "
    'Tajikistan." (A/HRC/50/33/Add.1, para. 22)',
)
SR_LEFT_BEHIND: Turn = (
    "families of migrants who stay home - does the rapporteur mention them?",
    "Yes: "
    "\"For migrant workers' family members whom they have left behind, the reduction in household income "
    "has increased the risks of exploitation, including in particular in the informal economy and in "
    'rural areas." (A/HRC/50/33/Add.1, para. 19)',
)
SR_CHILD_FRIENDLY_JUSTICE: Turn = (
    "child-friendly courts in tajikistan - what does the rapporteur say?",
    "That they must spread: "
    '"The Special Rapporteur highlights the need for expansion of child-friendly justice measures across '
    "all regions of Tajikistan, recognizing the special needs and rights of children who are victims of "
    'trafficking." (A/HRC/50/33/Add.1, para. 83)',
)

# The national plan of action 2018-2022 (three tables)
PA_MINE_TRAINING: Turn = (
    "is there anything on landmines and schools in the tajik plan?",
    "Yes, row 8 of the OPAC table: "
    '"Organize targeted trainings for teachers and educational facilities located under threat of mines '
    'and unexploded ordnance" (National Plan of Action 2018-2022 (OPAC), row 8)',
)
PA_REHAB_CAMPS: Turn = (
    "what does the plan do for kids hurt by mines?",
    "Its last activity under row 8 is to "
    '"Involve children affected by mines and unexploded ordnance in rehabilitation camps" '
    "(National Plan of Action 2018-2022 (OPAC), row 8)",
)
PA_RADICAL: Turn = (
    "teacher here - anything in the plan about kids being pulled into extremist groups?",
    "Row 5 of the OPAC table plans to "
    '"Explore the issue of necessity of development of the strategy on prevention of children from '
    'joining extremist and radical movements and military groups" (National Plan of Action 2018-2022 '
    "(OPAC), row 5)",
)
PC_CHILD_LABOUR_MONITORING: Turn = (
    "what's in the plan on child labour?",
    "Row 31, first activity: "
    '"Take measures for implementation of monitoring of child labour system in all cities and regions of '
    'the Republic of Tajikistan" (National Plan of Action 2018-2022 (CRC), row 31)',
)
PC_HIV_MONITORING: Turn = (
    "kids with HIV in the tajik plan?",
    "Row 10 has "
    '"Monitor the situation of children living with HIV/AIDS." '
    "(National Plan of Action 2018-2022 (CRC), row 10)",
)
PC_REFUGEE_ANALYSIS: Turn = (
    "does the plan cover refugee children?",
    "Row 29 starts with an "
    '"Analysis of the situation of children of asylum seekers and refugees to education, health and '
    'social services and take specific measures to their access to all social services" '
    "(National Plan of Action 2018-2022 (CRC), row 29)",
)
PO_FINANCING_INFO: Turn = (
    "donor officer here. what does the opsc table promise on money?",
    "Row 6 begins with "
    '"Preparation and provision of information on the financing of the Optional Protocol by the relevant '
    'ministries and agencies" (National Plan of Action 2018-2022 (OPSC), row 6)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, city, district or region the index does not hold --
    (
        "ok different case. i'm a social worker in bulawayo - a 14 y/o girl from a village near "
        "plumtree was brought here by a 'relative' and kept home from school to work in his house. "
        "what does the committee say we should do?",
        (TJK_UNACCOMPANIED, TJK_TRAINED_STAFF),
        "uncovered country named only through two of its towns ('bulawayo', 'plumtree', Zimbabwe), "
        "a social worker's practical case ('what does the committee say we should do?'); after two "
        "Tajikistan turns (early identification of unaccompanied children; who should be trained)",
    ),
    (
        "that's tajikistan's side. i'm at a legal aid clinic in tel aviv - our client is a tajik "
        "woman who came on a caregiver visa and her employer kept her passport. has the committee or "
        "anyone at the UN told israel what it owes women like her?",
        (SR_WOMEN_20, SR_CONSULAR_TRAINING),
        "uncovered country where a legal aid client now is (Israel, and its city Tel Aviv); the "
        "client's country of origin (Tajikistan, covered) is where she came from, not the scope; "
        "after two Special Rapporteur turns (women migrant workers; consular training)",
    ),
    (
        "fyi we fund a drop-in centre in katutura. lots of kids there selling sex near the truck "
        "stops. has the committee said anything about kids in katutura?",
        (TKM_AT_RISK_GROUPS,),
        "uncovered place named alone as a district (Katutura, a township of Windhoek, Namibia), a "
        "donor officer's 'fyi'; after a Turkmenistan turn (groups of children at risk)",
    ),
    (
        "they told lesotho the same, didn't they? or is the hotline thing only for kazakhstan?",
        (KAZ_FREE_LEGAL_AID, KAZ_PSYCHOSOCIAL, KAZ_HOTLINES),
        "uncovered country in a question tag ('..., didn't they? or is ... only for kazakhstan?', "
        "Lesotho), the covered country of the history named only as the alternative; after three "
        "Kazakhstan turns going through para. 22 (free legal aid; medical and psychosocial "
        "attention; free telephone hotlines)",
    ),
    (
        "and botswana \U0001f1e7\U0001f1fc? same nudge to ratify?",
        (TKM_RATIFY_OPIC,),
        "uncovered country in lower case followed by its flag emoji (Botswana), terse; after a "
        "Turkmenistan turn (ratifying the communications procedure protocol)",
    ),
    (
        "thx!! btw did jamaica get told to criminalise that too? fyi i'm doing a caribbean comparison "
        "for my thesis",
        (TJK_NOT_IDENTICAL, TJK_ILLEGAL_ADOPTION),
        "uncovered country after chat abbreviations ('thx!! btw ... fyi', Jamaica), with a region "
        "mentioned for context (the Caribbean); a student; after two Tajikistan turns (sale not identical "
        "to trafficking; sale of children through illegal adoption)",
    ),
    (
        "I'm planning a lesson comparing this with angola, where there are still loads of mines. what "
        "has the UN asked angola to do on mine risk education for children?",
        (PA_MINE_TRAINING,),
        "uncovered country in a teacher's lesson plan (Angola), asked twice in one message; after a "
        "plan (OPAC table) turn (training teachers in mine-threatened areas)",
    ),
    (
        "ok for chapter 3 of my thesis i'm switching to taiwan's distant-water fishing fleet. any "
        "treaty body obs on taiwan in what you have? imo it's the worst case of forced labour at sea",
        (SR_INSPECTORATE,),
        "uncovered territory by a possessive ('taiwan's distant-water fishing fleet', Taiwan), a "
        "student's thesis chapter with 'imo'; after a Special Rapporteur turn (the labour "
        "inspectorate's limited reach)",
    ),
    (
        "ok thanks. has eritrea ever been reviewed under this protocol? when? and did they say "
        "anything about 17-year-olds being sent to sawa for national service?",
        (TJK_COTTON_INFO_2017, TJK_FORCED_LABOUR_REC),
        "uncovered country in a message of three questions, all on it (Eritrea, and its Sawa camp); "
        "after two Tajikistan turns (the cotton harvest; child forced labour)",
    ),
    (
        "useful. our grant also covers the horn of africa - has the UN said anything like this about "
        "child-friendly spaces for refugee kids there?",
        (SR_CHILD_SPACES,),
        "uncovered region (the Horn of Africa) in a donor officer's message about a grant; after a "
        "Special Rapporteur turn (child-friendly spaces where asylum seekers reside)",
    ),
    # -- a body, organisation, programme, mandate, fund or person the documents never name --
    (
        "does childhelplineinternational.org list a helpline for turkmenistan now? and how many calls "
        "did it get last year?",
        (TKM_NO_HELPLINE,),
        "uncovered organisation named by its website (Child Helpline International, "
        "childhelplineinternational.org), two questions, after the documents' dates ('now', 'last "
        "year'); after a Turkmenistan turn (no helpline covering all offences)",
    ),
    (
        "for tomorrow's lesson i need a % - what does girlsnotbrides.org give as the child marriage "
        "rate in tajikistan? thx \U0001f64f",
        (SR_CHILD_MARRIAGE,),
        "uncovered organisation named by its website (Girls Not Brides, girlsnotbrides.org) asked for "
        "its own figure, a teacher with 'thx' and an emoji; after a Special Rapporteur turn (reports "
        "of child marriage)",
    ),
    (
        "our office co-funds the Spotlight Initiative's central asia programme. was its tajik component "
        "evaluated, and what did the evaluation say about violence against girls?",
        (SR_INVISIBLE,),
        "uncovered programme named by its programme name (the EU-UN Spotlight Initiative) asked for "
        "its own evaluation, a donor officer; after a Special Rapporteur turn (trafficking for sexual "
        "exploitation largely invisible)",
    ),
    (
        "has the UN housing rapporteur looked at that rule? what did they recommend?",
        (SR_RESOLUTION_325,),
        "uncovered mandate by an informal name ('the UN housing rapporteur', the Special Rapporteur on "
        "adequate housing), never named in the documents; after a Special Rapporteur turn "
        "(resolution No. 325 keeping refugees out of larger cities)",
    ),
    (
        "for my e-safety lesson, what do the ITU's child online protection guidelines tell teachers to "
        "do? a checklist would be gr8",
        (TJK_EDUCATION_NOT_PUNISHMENT,),
        "uncovered agency and text (the ITU's Child Online Protection guidelines), never named in the "
        "documents, a teacher with 'gr8'; after a Tajikistan turn (education, not punishment, online)",
    ),
    (
        "was ann skelton on the committee then? has she said anything about tajikistan since she "
        "became chair?",
        (TJK_ADOPTED_2251, TJK_DIALOGUE),
        "uncovered person (Ann Skelton, a later chair of the Committee), never named in the documents, "
        "asked for what she 'has since' said; two questions, a student; after two Tajikistan turns "
        "(adoption date; the constructive dialogue with the delegation)",
    ),
    (
        "has president tokayev said anything about officials covering for traffickers since then? a "
        "quote would help my essay",
        (KAZ_COMPLICITY_SANCTIONED,),
        "uncovered person (President Tokayev of Kazakhstan), never named in the documents, asked for "
        "what he 'has since' said; a student; after a Kazakhstan turn (complicity of officials)",
    ),
    (
        "since there's no state fund - does the UN Voluntary Trust Fund for Victims of Trafficking "
        "give grants to tajik NGOs? which ones, how much?",
        (SR_NO_STATE_FUND,),
        "uncovered fund (the UN Voluntary Trust Fund for Victims of Trafficking in Persons), never "
        "named in the documents, asked for its own grants; a donor officer; after a Special "
        "Rapporteur turn (no State compensation fund)",
    ),
    # -- a period, or a later or earlier step, not held --
    (
        "so what will the committee say about the helpline at turkmenistan's next review? has that "
        "review even happened yet?",
        (TKM_CONSIDERED_1939, TKM_NO_HELPLINE),
        "uncovered later step asked as what the Committee 'will' say at Turkmenistan's next review, "
        "after the documents' dates (the held observations only ask for information in the next "
        "report, para. 47); two questions; after two Turkmenistan turns (the 2015 consideration; the "
        "helpline)",
    ),
    (
        "has she been back since? what did she find on a follow-up visit, say in 2024?",
        (SR_VISIT_DATES,),
        "uncovered later step and year (a follow-up visit in 2024) asked as what the Rapporteur 'has "
        "since' done; after a Special Rapporteur turn (the December 2021 visit)",
    ),
    (
        "those numbers are old. what are the latest - 2024 - on victims brought home?",
        (SR_VISIT_DATES, SR_RETURNED_16),
        "uncovered year asked as 'the latest' (2024 figures on returned victims); the report gives "
        "2020 and 2021 only; a social worker; after two Special Rapporteur turns (visit "
        "dates; 16 victims returned)",
    ),
    (
        "can you show me the previous plan itself, the 2018-2021 one? i want to check what it said on "
        "gender myself",
        (SR_FORMER_PLAN,),
        "uncovered earlier document asked as 'the previous plan itself' (Tajikistan's national action "
        "plan against trafficking for 2018-2021, which A/HRC/50/33/Add.1 paras. 14 and 34 mention but "
        "do not reproduce; the held national plan of action for 2018-2022 is another plan, on the "
        "Committee's recommendations); a student; after a Special Rapporteur turn (gender in the "
        "former plan and the 2022-2024 draft)",
    ),
    (
        "for my thesis timeline i need what the committee told tajikistan back in 2012 about kids in "
        "the cotton fields. anything?",
        (TJK_COTTON_INFO_2017,),
        "uncovered year for Tajikistan (2012), a student's thesis timeline; the held Tajikistan "
        "documents date from 2017, 2018 and 2022; after a Tajikistan turn (the cotton harvest)",
    ),
    # -- a document or kind of document not held --
    (
        "love that 'and children' bit \U0001f60a is there a child-friendly version of these obs i could "
        "hand out to my 12-year-olds?",
        (TJK_TO_CHILDREN,),
        "uncovered version of a held document (a child-friendly version of CRC/C/OPSC/TJK/CO/1), a "
        "teacher with an emoji; after a Tajikistan turn (dissemination to children)",
    ),
    (
        "what did the tajik delegation say about that when she presented the report at the council's "
        "interactive dialogue in june 2022?",
        (SR_LATE_ACCEPTANCE,),
        "uncovered kind of document (the record of the interactive dialogue on A/HRC/50/33/Add.1 at "
        "the Human Rights Council's fiftieth session), never held; a student; after a Special "
        "Rapporteur turn (late acceptance of the visit)",
    ),
    (
        "can you pull up CRC/C/SR.2251, the record of that meeting? did anyone say anything about "
        "tajikistan there?",
        (TJK_ADOPTED_2251,),
        "uncovered symbol (CRC/C/SR.2251, the summary record of the meeting at which the Tajikistan "
        "observations were adopted; CRC/C/OPSC/TJK/CO/1 para. 1 names the 2251st meeting but not the "
        "record); after a Tajikistan turn (adoption date)",
    ),
    (
        "the 'results' column is just targets tho. is there an implementation report from 2022 that "
        "says what actually got done on that row?",
        (PC_CHILD_LABOUR_MONITORING,),
        "uncovered kind of document (an implementation report on the plan), the plan's results column "
        "giving expected results only; a donor officer with 'tho'; after a plan (CRC table) turn (row "
        "31, child labour monitoring)",
    ),
    (
        "has turkmenistan since sent in that report? what does it say about the helpline?",
        (TKM_NEXT_DUE_2018, TKM_NO_HELPLINE),
        "uncovered document (the periodic report Turkmenistan was to submit by 28 January 2018) asked "
        "as what the State 'has since' done; two questions; after two Turkmenistan turns (the next "
        "report; the helpline)",
    ),
    # -- a sub-paragraph, section or column past the end of a held document --
    (
        "useful for our compensation claim. is there an (f) after that? pls quote",
        (TJK_CARE_FUNDING, TJK_NO_DE_FACTO_COMPENSATION),
        "nonexistent sub-paragraph (32 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 32 stops at (e); a "
        "lawyer with 'pls'; after a turn quoting 33 (c) and the turn quoting 32 (e)",
    ),
    (
        "and 15 (f)? my notes say there's one more",
        (KAZ_ADOPTION_AUTHORITY,),
        "nonexistent sub-paragraph (15 (f)) of CRC/C/OPSC/KAZ/CO/1, whose para. 15 stops at (e); "
        "after the turn quoting 15 (e)",
    ),
    (
        "thx. what does 26 (e) say? \U0001f64f",
        (TKM_INTERNET_26D,),
        "nonexistent sub-paragraph (26 (e)) of CRC/C/OPSC/TKM/CO/1, whose para. 26 stops at (d); "
        "'thx' and an emoji; after the turn quoting 26 (d)",
    ),
    (
        "what's 85 (e)? i need the whole list for my lesson",
        (SR_CRPD,),
        "nonexistent sub-paragraph (85 (e)) of A/HRC/50/33/Add.1, whose para. 85 stops at (d); a "
        "teacher; after the turn quoting 85 (d)",
    ),
    (
        "and what's in section IX, after the conclusions and recommendations?",
        (SR_CHILD_FRIENDLY_JUSTICE, SR_PROGRESS),
        "nonexistent section (IX) of A/HRC/50/33/Add.1, whose last section is VIII ('Conclusions and "
        "recommendations'); after two Special Rapporteur turns (paras. 83 and 84)",
    ),
    (
        "the columns go 1, 2, 3, 4, 5 and then 7 - what's in column 6 for that row? the budget maybe?",
        (PO_FINANCING_INFO,),
        "nonexistent column (6) of the plan's tables, whose columns are numbered 1, 2, 3, 4, 5 and 7 "
        "(and hold no budget); a donor officer; after a plan (OPSC table) turn (row 6, financing)",
    ),
    # -- a text or source mentioned only in passing, asked for its own words or contents --
    (
        "what does that unhcr.org press release itself say? how much support was the high "
        "commissioner asking for?",
        (SR_RESOLUTION_325, SR_UNHCR_LINK),
        "a source the held documents give only by its web address (the UNHCR press release cited in "
        "the footnote to A/HRC/50/33/Add.1 para. 25), named by its website and asked for its own "
        "contents; after two Special Rapporteur turns (resolution No. 325; the footnote)",
    ),
    (
        "we need the actual wording of article 167 for a court filing - what penalties does it set?",
        (SR_ARTICLE_167,),
        "a named text the held documents mention only in passing (article 167 of Tajikistan's Criminal "
        "Code, named in A/HRC/50/33/Add.1 para. 30, which gives no wording or penalties), asked for its "
        "own words; a lawyer",
    ),
    (
        "what does the children's rights act itself say about a child's right to be heard at school? "
        "which article?",
        (TJK_CHILDRENS_ACT,),
        "a named text the held documents mention only in passing (Tajikistan's Children's Rights Act of "
        "2015, named in CRC/C/OPSC/TJK/CO/1 para. 4 (b)), asked for its own words; two questions",
    ),
    (
        "can u quote the article of law no. 1124 on the one-month deadline to apply? our client missed "
        "it by a week",
        (SR_LAW_1124,),
        "a named text the held documents mention only in passing (Law No. 1124 of 2014 amending the Law "
        "on Refugees, named in A/HRC/50/33/Add.1 para. 22), asked for its own words; a lawyer with a "
        "client",
    ),
    (
        "what minimum working age does that young people's work act set, and for how many hours a day? "
        "need the act's own text",
        (TKM_YOUNG_WORKERS_ACT,),
        "a named text the held documents mention only in passing (Turkmenistan's Guarantees of Young "
        "People's Right to Work Act of 1 February 2005, named in CRC/C/OPSC/TKM/CO/1 para. 5 (a)), "
        "asked for its own contents; two questions",
    ),
    (
        "does TNMAC publish its own casualty figures? how many kids were hurt by mines in 2023?",
        (PA_REHAB_CAMPS,),
        "an organisation the held documents name only as an implementing agency (the Tajikistan "
        "National Mine Action Centre, TNMAC, in the plan's OPAC row 8), asked for its own figures for "
        "a year after the plan (2023)",
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
        "ok now a real case. i'm a social worker in bokhtar - a 15 y/o girl from afghanistan was "
        "brought here and the police want to charge her with prostitution. what does the committee say "
        "the authorities here should do?",
        (KAZ_HOTLINES, KAZ_NON_CRIMINALIZATION),
        "Tajikistan",
        u(T, 32, 33),
        u(T, 24, 25) + u(S, 59, 88),
        ["arrested and prosecuted", "not subject to treatment or sanctions"],
        "covered country named only through a city ('bokhtar', Tajikistan; the Rapporteur visited it, "
        "A/HRC/50/33/Add.1 para. 3); the girl's country of origin (Afghanistan) is where she came from, "
        "not the scope; a social worker's case; after two Kazakhstan turns (hotlines; "
        "non-criminalization of victims); para. 32 (d) states the concern, 33 (b) the recommendation",
    ),
    (
        "imo the online bit is key for my thesis. what did they recommend to tajikistan on it in 2017? "
        "the rec, not the concern",
        (KAZ_INTERNET_STUDY, TKM_INTERNET_26D),
        "Tajikistan",
        u(T, 23),
        u(T, 22) + u(PO, 9),
        ["responsible use of information and communications technologies"],
        "covered country with the year of its review ('tajikistan ... in 2017'), recommendation only, "
        "a student with 'imo'; after a Kazakhstan and a Turkmenistan turn (a study of the Internet; "
        "the Internet gap in the Criminal Code)",
    ),
    (
        "we have a case where a tajik border guard waved two kids through. does the tajik review say "
        "anything about officials being in on it?",
        (KAZ_COMPLICITY_SANCTIONED,),
        "Tajikistan",
        u(T, 18, 29),
        u(T, 19) + u(PO, 11),
        ["not investigated owing to corruption", "officials complicit"],
        "covered country by an adjective ('the tajik review'), a lawyer's case; after a Kazakhstan turn "
        "(complicity of State officials); para. 18 (d) on corruption at borders and 29 on prosecuting "
        "complicit officials are needed, 19 (d) on combating corruption may be cited",
    ),
    (
        "we've got an extradition file with the tajik prosecutors now. did the committee push "
        "tajikistan the same way, or is that only for kazakhstan?",
        (KAZ_ABOLISH_DOUBLE,),
        "Tajikistan",
        u(T, 31),
        u(T, 30) + u(PO, 2),
        ["dual criminality requirement"],
        "covered country in a question ending on a tag that names the history's country ('..., or is "
        "that only for kazakhstan?'), a lawyer's file; after a Kazakhstan turn (abolish double "
        "criminality)",
    ),
    # -- to the Kazakhstan observations --
    (
        "fyi our partner shelter is in almaty. what did the committee ask the government there to "
        "provide for victims? list pls",
        (TJK_NO_DE_FACTO_COMPENSATION, TJK_CARE_FUNDING),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Accessible crisis centres", "Free legal aid"],
        "covered country named only through a city ('almaty', Kazakhstan), 'the government there', a "
        "donor officer with 'fyi' and 'pls'; after two Tajikistan turns (compensation in "
        "practice; funding for care of child victims)",
    ),
    (
        "i teach in shymkent. one of my pupils has HIV (from being exploited, long story) and the other "
        "kids won't sit with her \U0001f61e what did the committee tell the government here about kids "
        "like her?",
        (PC_HIV_MONITORING,),
        "Kazakhstan",
        u(K, 9, 10),
        [],
        ["stigmatization", "equal access to education"],
        "covered country named only through a city ('shymkent', Kazakhstan), 'the government here', a "
        "teacher's case with an emoji; after a plan (CRC table) turn on Tajikistan (children living "
        "with HIV/AIDS)",
    ),
    (
        "and kazakhstan's next one - when was that due?",
        (TKM_CONSIDERED_1939, TKM_NEXT_DUE_2018),
        "Kazakhstan",
        u(K, 32),
        [],
        ["10 September 2006"],
        "covered country asked for 'the next' report, terse; after two Turkmenistan turns (the 2015 "
        "consideration; next report due 28 January 2018)",
    ),
    (
        "thx. does the kazakh one also point back to the previous obs? which ones and when?",
        (TJK_READ_WITH,),
        "Kazakhstan",
        u(K, 3),
        [],
        ["6 June 2003", "CRC/C/15/Add.213"],
        "covered country by an adjective ('the kazakh one') asked about 'the previous' observations it "
        "refers to, two questions after 'thx'; after a Tajikistan turn (read with the Convention "
        "observations)",
    ),
    # -- to the Turkmenistan observations --
    (
        "we're funding a day centre in dashoguz, north turkmenistan, for girls coming out of "
        "exploitation. what does the committee want the government to provide for their recovery?",
        (KAZ_PSYCHOSOCIAL,),
        "Turkmenistan",
        u(M, 40),
        u(M, 39, 21),
        ["counselling", "rehabilitation and safe return"],
        "covered country through a city and a gloss ('dashoguz, north turkmenistan'), a donor officer; "
        "after a Kazakhstan turn (medical and psychosocial attention)",
    ),
    (
        "the child in my turkmen case is a witness, not a victim. what did the committee say about "
        "protecting child witnesses in turkmenistan? 2 things: the concern and the rec",
        (KAZ_NON_CRIMINALIZATION, KAZ_FREE_LEGAL_AID, KAZ_CHILD_VIEWS),
        "Turkmenistan",
        u(M, 37, 38),
        u(M, 36),
        ["confidentiality of child victims and/or witnesses", "Guidelines on Justice"],
        "covered country by adjective and name, a lawyer's case asking for both the concern (para. 37) "
        "and the recommendation (para. 38); after three Kazakhstan turns (non-criminalization; free "
        "legal aid; the child victim's views in criminal procedure)",
    ),
    (
        "lol same wording in turkmenistan's review? i swear they copy-paste",
        (TJK_UNACCOMPANIED, TJK_ONLY_TRAFFICKING),
        "Turkmenistan",
        u(M, 35),
        u(M, 36, 39),
        ["limited to trafficking"],
        "covered country in a possessive ('turkmenistan's review'), a student with 'lol'; after two "
        "Tajikistan turns (early identification; protection measures limited to trafficking)",
    ),
    (
        "for my lesson on sale vs trafficking: did they tell turkmenistan that too, or is that only a "
        "tajik thing?",
        (TJK_NOT_IDENTICAL,),
        "Turkmenistan",
        u(M, 9),
        u(M, 8),
        ["similar to but not identical to trafficking in persons"],
        "covered country in a question with a tag naming the history's country ('or is that only a "
        "tajik thing?'), a teacher; after a Tajikistan turn (sale similar, but not identical, to "
        "trafficking)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "we're a legal aid clinic. did the un trafficking rapporteur say anything about free legal aid "
        "in tajikistan? and is it only for victims who cooperate with the police?",
        (KAZ_FREE_LEGAL_AID,),
        "Tajikistan",
        u(S, 62, 87),
        u(S, 61, 73),
        ["free legal aid", "regardless of whether a victim consents to cooperate"],
        "covered document by its author ('the un trafficking rapporteur'), two questions on it, a "
        "legal aid clinic; after a Kazakhstan turn (free legal aid); para. 62 gives the practice, 87 "
        "(c) the recommendation",
    ),
    (
        "thx \U0001f64f and what did the trafficking rapporteur say about kids being trafficked into "
        "armed conflict?",
        (PA_MINE_TRAINING, PA_RADICAL),
        "Tajikistan",
        u(S, 54),
        u(S, 71, 72),
        ["trafficking of children into armed conflict"],
        "covered document by its author ('the trafficking rapporteur') after 'thx' and an emoji, a "
        "teacher; after two plan (OPAC table) turns (mine risk training; children joining extremist "
        "groups)",
    ),
    (
        "our project is in rudaki district and half the families are afghan refugees. does the "
        "rapporteur explain why they end up there and not in the big cities?",
        (PC_REFUGEE_ANALYSIS,),
        "Tajikistan",
        u(S, 24),
        u(S, 23, 88),
        ["resolution No. 325", "Rudaki"],
        "covered document ('the rapporteur') for a district of the same country ('rudaki district', "
        "named in A/HRC/50/33/Add.1 para. 24), a donor officer's project; after a plan (CRC table) turn "
        "(refugee children)",
    ),
    (
        "btw does the trafficking rapporteur say anything on apps and social media? fyi my thesis has a "
        "chapter on recruitment over telegram",
        (TJK_CYBER_ENTITIES, TJK_EDUCATION_NOT_PUNISHMENT),
        "Tajikistan",
        u(S, 49, 79),
        u(S, 20),
        ["dark web", "messaging"],
        "covered document by its author, 'btw' and 'fyi', a student's thesis chapter; after two "
        "Tajikistan turns (two entities on cybercrime; education, not punishment)",
    ),
    # -- to the national plan of action --
    (
        "what will the tajik government actually do about that under its national plan, and by when?",
        (TJK_INVESTIGATE_ALL,),
        "Tajikistan",
        u(PO, 11),
        u(PO, 2, 7),
        ["comprehensive investigation", "2018-2020"],
        "covered document (the plan's OPSC table) asked for what the Government 'will' do and by when, "
        "two questions; after a Tajikistan turn (investigating all cases); row 11 answers "
        "recommendation 29, for 2018-2020",
    ),
    (
        "i teach in kulob. is there anything in the tajik action plan about schools setting up a way "
        "for kids to report violence?",
        (TKM_COMPLAINTS_ACCESSIBLE,),
        "Tajikistan",
        u(PC, 16),
        u(PO, 7) + u(PC, 6),
        ["credible mechanism"],
        "covered document ('the tajik action plan'; its CRC table) after a teacher names her town "
        "('kulob'); after a Turkmenistan turn (complaint mechanisms accessible to children)",
    ),
    (
        "and does the government's action plan do anything for migrants' kids who stay behind? which "
        "row, who's in charge?",
        (SR_WOMEN_20, SR_INSPECTORATE, SR_LEFT_BEHIND),
        "Tajikistan",
        u(PC, 18),
        [],
        ["migrants' children left without parental care"],
        "covered document ('the government's action plan'; its CRC table), two questions, a donor "
        "officer; after three Special Rapporteur turns (women migrant workers; the labour "
        "inspectorate; families left behind by migrant workers)",
    ),
    (
        "ok that's the rapporteur. what's in the national plan on justice for kids, and will it run "
        "past 2021?",
        (SR_CHILD_FRIENDLY_JUSTICE,),
        "Tajikistan",
        u(PC, 34),
        [],
        ["National Programme on justice for children", "2017- 2021"],
        "covered document ('the national plan'; its CRC table), two questions, the second on what "
        "'will' happen; after a Special Rapporteur turn (expanding child-friendly justice)",
    ),
]
