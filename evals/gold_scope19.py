"""The nineteenth 'scope' table of the gold set (sd001-sd060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope18.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table: a novelist writing a book about a
fifteen-year-old girl from southern Tajikistan who is married off and sold on, who wants her story
to ring true and talks of chapters, scenes, strands and characters, reflective, with semicolons and
second thoughts ("Zarina's closest friend is a Lyuli girl.", 'In chapter six ...', 'Would that ring
true ...?', "I'd rather not invent it.", 'I wonder whether ...', 'before I move the family in'); a
civic-tech developer building an open dataset of UN treaty-body recommendations, terse, with field
names in backticks, arrows and parser talk ('`considered_at`', '`helpline_recommended`', '`country:
PLW`', 'Parser expects ...', 'Cross-ref table:', 'rec -> plan row', 'Mirror question:'); and a
museum curator preparing an exhibition on cotton and childhood, courteous, in British spelling, who
talks of rooms, panels, labels, lenders, the wall and the vitrine ('For the Tajik side of the
gallery ...', 'the label beside the dress', 'A colleague is curating a companion room ...', 'Might
we ...', 'for the schoolroom vitrine'). Sentence shapes vary: the new scope first ('Kazakhstan grows
cotton too.', 'KAZ next, same `extradition` tag: ...', 'Switching to `A/HRC/50/33/Add.1`: ...'),
buried mid-sentence ('... Quranic pupils made to beg in Guinea-Bissau beside this panel, so ...'),
last ('... given to Saint Lucia?'), alone in a short follow-up ('And Antigua and Barbuda?'); yes/no
questions; imperatives ('paste article 273 as it read in 2006'); two questions in one message.
Twelve of the forty declines are short follow-ups that lean on the history ('And Antigua and
Barbuda?', 'And her predecessor, Joy Ngozi Ezeilo? ...', 'Mirror question: ...', 'What about HRC38?
...', 'Parser expects an IV.F ...', 'And the third activity in that row? ...', 'Is there a (d) under
that paragraph too? ...', 'And the fourth activity of that row, please, ...', 'And sub-section D of
that part - ...', 'Is there a map of those districts ...', 'What does the Family Code itself say
...', 'Was that youth programme ever adopted, ...'). One to three earlier turns about what the index
holds, each answered by quoting a document verbatim with its reference, then a last question that
moves the scope; each conversation is typed by one of the three users throughout.

sd001-sd040 name what the index does not hold. A country, place or group of States: Palau (only by
its ISO alpha-3 code, 'PLW'), the Federated States of Micronesia (only by its abbreviation, 'the
FSM'), Latvia (only by its capital, Riga, then 'the authorities there'), Grenada (by an adjective,
'a Grenadian collector', 'the Grenadian authorities'), Luxembourg (misspelt 'Luxemburg', the German
spelling; the misspelling is the test), Equatorial Guinea (only by its colonial name, 'Spanish
Guinea'), Guinea-Bissau (buried mid-sentence), Saint Lucia (the last words of the question), Antigua
and Barbuda (alone, 'And Antigua and Barbuda?'), the Visegrád Group (a group of States),
Karakalpakstan (an autonomous republic within Uzbekistan, no State) and the Marshall Islands (by its
official long name, 'the Republic of the Marshall Islands'). A body, agency, NGO, person or website
the documents never name: Joy Ngozi Ezeilo (a former Special Rapporteur on trafficking), Caritas
Internationalis, the International Centre for Migration Policy Development ('ICMPD'), the Aga Khan
Foundation, Alliance 8.7, the European Bank for Reconstruction and Development ('the EBRD'), Jean
Zermatten (a former Chair of the Committee), INHOPE and refworld.org. A session or year: the Human
Rights Council's thirty-eighth session ('HRC38'), the Committee's seventy-fourth session (for
Tajikistan, a claim in the user's timeline; the held observations were considered and adopted at the
seventy-sixth) and 2022 for Kazakhstan (whose held observations are of January 2006; the held report
of 2022 names Kazakhstan only as a country victims returned from). A symbol neither held nor cited:
CCPR/C/TJK/CO/3 (taken for the Human Rights Committee's observations on Tajikistan),
CEDAW/C/TKM/CO/5 (taken for CEDAW's observations on Turkmenistan) and E/C.12/KAZ/CO/2 (taken for the
economic, social and cultural rights committee's observations on Kazakhstan). Past the end: a
sub-section F of section IV of CRC/C/OPSC/TJK/CO/1, a sub-paragraph (d) of CRC/C/OPSC/TKM/CO/1 para.
25, a sub-section D of section III of A/HRC/50/33/Add.1, a third activity under the plan's OPSC row
1 and a fourth under its CRC row 31. A kind of document not held: photographs from the Rapporteur's
visit, a map of the districts where Afghan refugees may live (A/HRC/50/33/Add.1 para. 24 names them
only), Tajikistan's 2020 population census and a Kazakh school textbook (CRC/C/OPSC/KAZ/CO/1 para. 8
speaks of school curricula only). A text the documents mention only in passing, asked for its own
words or contents: Tajikistan's Family Code (the plan's CRC row 9, which only plans to study
amending it), the State Programme on Youth Social Development for 2019-2021 (the plan's CRC row 14,
which only plans to review developing it), article 273 of Kazakhstan's Criminal Code
(CRC/C/OPSC/KAZ/CO/1 para. 15 (c), which says only what it does not prohibit) and Turkmenistan's Law
on Guarantees of the Rights of the Child of 2002 (CRC/C/OPSC/TKM/CO/1 paras. 5 (a), 8 and 9). The
answer must decline and cite nothing.

sd041-sd060 move to another covered country or document and carry the topic over: to the Tajikistan
observations (corruption and officials' complicity, from Kazakhstan; awareness-raising, from
Turkmenistan; possession of child pornography as a gap in the law, from Kazakhstan; compensation for
child victims, from Turkmenistan); to the Kazakhstan observations (disaggregated data, from
Tajikistan; the sale of children for forced labour, from the Rapporteur's report on the cotton
harvest; vulnerable groups of children, from Turkmenistan; double criminality, from Tajikistan); to
the Turkmenistan observations (ratifying the communications procedure, from Tajikistan; a helpline,
from Kazakhstan; improperly induced consent to adoption, from Tajikistan; the Internet and Internet
providers, from Tajikistan); to A/HRC/50/33/Add.1 (the hotline and how it is advertised, from
Turkmenistan; Roma and Jughhi children, from the Tajikistan observations; the cotton harvest, from
Turkmenistan; HIV and stigma, from Kazakhstan); to the plan (child marriage, CRC rows 9 and 17, from
the Tajikistan observations; child labour, CRC row 31, from Turkmenistan; apps for children's
complaints, OPSC row 7, from the Tajikistan observations; a strategy to keep children out of
extremist movements and military groups, OPAC row 5, from the Rapporteur's report).

Countries, places, groups, bodies, agencies, persons, websites, named texts, symbols, sessions and
positions past the end were checked against `gold_scope.py` to `gold_scope18.py` (read as text:
questions, turns and notes), and the names also against the other tables in evals/ (`grep -ril NAME
evals/`): none asked about here is asked about there. The countries, places, groups, bodies,
agencies, persons, websites, sessions and symbols were also checked against the text of data/corpus:
none is named in a held document. Palau (PLW), the FSM, Latvia (Riga), Grenada, Luxembourg
('Luxemburg'), Equatorial Guinea ('Spanish Guinea'), Guinea-Bissau, Saint Lucia, Antigua and
Barbuda, the Visegrád Group, Karakalpakstan and the Marshall Islands appear in no gold table.
Neither do Joy Ngozi Ezeilo, Caritas, ICMPD, the Aga Khan Foundation, Alliance 8.7, the EBRD, Jean
Zermatten, INHOPE or refworld.org, the strings 'HRC38' and 'seventy-fourth', the symbols
CCPR/C/TJK/CO/3, CEDAW/C/TKM/CO/5 and E/C.12/KAZ/CO/2, or a photograph, a map (other than the road
map of A/HRC/50/33/Add.1), a census or a textbook; no earlier decline asks about Kazakhstan in 2022.
The Family Code, the youth programme and the Law on Guarantees of the Rights of the Child appear in
earlier tables only in turns, answerable items and notes, and article 273 of Kazakhstan's Criminal
Code only in turns quoting CRC/C/OPSC/KAZ/CO/1 para. 15 (c), key facts and notes: none was ever
asked for its own words. The positions past the end are new (earlier tables used sub-sections V.E,
VI.D and X.C and section XI of CRC/C/OPSC/TJK/CO/1; paras. 48-52, 4 (g), 5 (c), 17 (c), 26 (e), 27
(c), 36 (d), 40 (d), section XII and an annex of CRC/C/OPSC/TKM/CO/1; sections IX, II.G, IV.B and
VIII.C of A/HRC/50/33/Add.1; activities past the end of the plan's CRC rows 13, 16, 18, 20, 27 and
35, OPSC rows 2, 6, 7 and 8 and OPAC rows 6 and 8).

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (section IV has
sub-sections A-E, paras. 8-17, followed by section V), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B and C
(C.1-C.8), CRC/C/OPSC/TKM/CO/1 47 in sections I-XI (para. 25 has sub-paragraphs (a)-(c)),
A/HRC/50/33/Add.1 92 in sections I-VIII (section III has sub-sections A-C, paras. 28-34, followed by
section IV); the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, its CRC row 31 has three
activities and its OPSC row 1 two.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_ADOPTED_1: Turn = (
    "For the timeline wall: on what date were the Tajik observations under this Protocol adopted?",
    'On 29 September 2017: the Committee "adopted the present concluding observations at its '
    '2251st meeting, held on 29 September 2017." (CRC/C/OPSC/TJK/CO/1, para. 1)',
)
TJK_READ_WITH_3: Turn = (
    "Cross-ref table: which other documents does `CRC/C/OPSC/TJK/CO/1` point to as companions?",
    'Two, both adopted on 29 September 2017: it is to be read with the observations "on the '
    "combined third to fifth periodic reports submitted by the State party under the Convention "
    "(CRC/C/TJK/CO/3-5), and on the report of the State party submitted under the Optional "
    'Protocol on the involvement of children in armed conflict (CRC/C/OPAC/TJK/CO/1)" '
    "(CRC/C/OPSC/TJK/CO/1, para. 3)",
)
TJK_UNICEF_7: Turn = (
    "`partner_agency` field: does the Tajikistan text name a UN agency for help with data?",
    'UNICEF: "the Committee recommends that the State party seek technical support from, inter '
    'alia, the United Nations Children\u2019s Fund." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_ORGANS_8: Turn = (
    "My editor thinks an organ-trafficking strand is too lurid. Did the Committee actually worry "
    "about children sold for their organs in Tajikistan?",
    "It did, as a gap in the law, which it found did not cover all the offences under the "
    'Protocol, in particular "the sale of children for the transfer of organs; procuring child '
    'prostitution; and possessing child pornography." (CRC/C/OPSC/TJK/CO/1, para. 8)',
)
TJK_CHILD_MARRIAGES_14: Turn = (
    "We're displaying a wedding dress made for a fifteen-year-old bride. Does the 2017 Tajik "
    "review say anything about child marriage?",
    'Briefly, under dissemination and training: "The Committee notes that law enforcement '
    "officials carry out awareness-raising activities on the prohibition and negative "
    'consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_AWARENESS_15: Turn = (
    "The exhibition has an education strand. Did the Committee ask Tajikistan to make the "
    "Protocol known to parents and children?",
    'Yes; it recommended campaigns and training "to ensure that the provisions of the Optional '
    'Protocol are widely known by the general public, in particular parents and children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 15)",
)
TJK_RESOURCES_16: Turn = (
    "Mapping headings to paras for `CRC/C/OPSC/TJK/CO/1`. Under IV, sub-section E is resources, "
    "right? First para?",
    "Yes, E (Allocation of resources) holds paras. 16-17; para. 16 reads: \"The Committee is "
    "concerned about the absence of information regarding the resources allocated to implement "
    'the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 16)',
)
TJK_BORDERS_18D: Turn = (
    "In chapter six my protagonist is taken across a border while the guards look away. Would "
    "that ring true, going by what the Committee found in Tajikistan?",
    'The Committee recorded such allegations: "There are allegations of the transport of victims '
    'across borders that are not investigated owing to corruption;" (CRC/C/OPSC/TJK/CO/1, para. '
    "18 (d))",
)
TJK_SPOUSES_19A: Turn = (
    "I'm writing a novel about a fifteen-year-old girl from a village in southern Tajikistan who "
    "is married off and then sold on. Did the Committee name child spouses among the children at "
    "risk there?",
    "Yes, among the children for whom it wanted targeted protection and prevention programmes: "
    '"children living in poverty, children engaged in child labour, child victims of '
    'prostitution, child spouses and children living in street situations" (CRC/C/OPSC/TJK/CO/1, '
    "para. 19 (a))",
)
TJK_COTTON_20: Turn = (
    "For the Tajik panel: did the Committee have a clear picture of children in the cotton "
    "harvest there in 2017?",
    'No: "The Committee is concerned at the limited information provided to it on the measures '
    "adopted by the State party to eliminate child forced labour, particularly in the annual "
    'cotton harvest." (CRC/C/OPSC/TJK/CO/1, para. 20)',
)
TJK_CYBERCRIME_22: Turn = (
    "Tagging `online` recs. Anything on cybercrime bodies in the TJK text?",
    'It notes "that there are two entities in the State party responsible for addressing '
    'cybercrime." (CRC/C/OPSC/TJK/CO/1, para. 22)',
)
TJK_ROMA_24: Turn = (
    "Zarina's closest friend is a Lyuli girl. Did the Committee say anything about Roma children "
    "in Tajikistan? I'd rather not invent it.",
    "It regretted the insufficient information on prevention for children in vulnerable "
    'situations, "including Roma children (Mughat and Lyuli), as well as refugee children." '
    "(CRC/C/OPSC/TJK/CO/1, para. 24)",
)
TJK_ADOPTION_27A: Turn = (
    "A subplot turns on a baby sold through a sham adoption. Did the Committee want Tajikistan to "
    "make that a crime in its own right?",
    'Yes; among the acts the State party "should explicitly define and criminalize": "The sale of '
    'children through illegal adoption;" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
TJK_DOUBLE_CRIMINALITY_30: Turn = (
    "Tagging `extradition` recs. What's the issue flagged for TJK?",
    'Double criminality: the Committee regrets "that extradition is subject to the principle of '
    'double criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_COMPLAINTS_33E: Turn = (
    "`complaints` tag: did the Committee ask Tajikistan for complaint channels for children?",
    'Yes: "Ensure that complaint mechanisms are easily accessible and available to children whose '
    'rights have been violated" (CRC/C/OPSC/TJK/CO/1, para. 33 (e))',
)
TJK_COMMS_35: Turn = (
    "Tagging recs by treaty. Did the Committee tell Tajikistan to ratify the communications "
    "protocol? -> `treaty_action: ratify`",
    'Yes: the Committee "recommends that, in order to further strengthen the fulfilment of '
    "children\u2019s rights, the State party ratify the Optional Protocol on a communications "
    'procedure." (CRC/C/OPSC/TJK/CO/1, para. 35)',
)
TJK_WIDELY_37: Turn = (
    "Does the Tajikistan text itself say it should be published online? Deciding whether to "
    "mirror it.",
    "Yes; it recommends that the report, the written replies and the observations \"be made "
    'widely available, including through the Internet, to the public at large" '
    "(CRC/C/OPSC/TJK/CO/1, para. 37)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_MEETINGS_1: Turn = (
    "Same fields for `CRC/C/OPSC/KAZ/CO/1`: adoption meeting and date?",
    'The 1120th meeting, on 27 January 2006: "and adopted at its 1120th meeting, held on 27 '
    'January 2006, the following concluding observations." (CRC/C/OPSC/KAZ/CO/1, para. 1)',
)
KAZ_PREVIOUS_3: Turn = (
    "And the KAZ one - what earlier doc does it cross-reference?",
    'Its previous concluding observations "adopted on the State party\u2019s initial report on 6 '
    'June 2003 contained in CRC/C/15/Add.213." (CRC/C/OPSC/KAZ/CO/1, para. 3)',
)
KAZ_SCHOOL_8: Turn = (
    "Did the Committee want Kazakh schoolchildren taught about the Protocol? It would suit the "
    "schoolroom installation.",
    'Yes; it recommended making the provisions of the Protocol "widely known, particularly to '
    'children through, inter alia, school curricula." (CRC/C/OPSC/KAZ/CO/1, para. 8)',
)
KAZ_HIV_9: Turn = (
    "One of the girls in the book comes back from the city with HIV, and her village shuns her. "
    "Did the Committee touch on that kind of stigma in Kazakhstan?",
    'Yes: "The Committee is concerned about the stigmatization of children who have contracted '
    'HIV/AIDS as a consequence of being victims of trafficking or prostitution." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 9)",
)
KAZ_POSSESSION_15C: Turn = (
    "Tagging `legal_gap` for KAZ. Was simple possession of abuse images covered in 2006?",
    'No: "Article 273 of the Criminal Code does not explicitly prohibit possession of child '
    'pornography (art. 3 (1) (ii) (c));" (CRC/C/OPSC/KAZ/CO/1, para. 15 (c))',
)
KAZ_HOTLINES_22D: Turn = (
    "Near the end, Zarina dials a number scrawled on a wall. Did the Committee ever ask "
    "Kazakhstan for free hotlines?",
    'Yes, among the measures for victims it urged: "Free telephone hotlines;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (d))",
)
KAZ_COMPLICITY_23: Turn = (
    "The villain of the second half has friends in the police. Did the Committee raise officials' "
    "complicity with Kazakhstan, back in 2006?",
    'Yes: "the Committee remains concerned about allegations of complicity by State officials in '
    'trafficking and that corruption impedes the effectiveness of prevention measures." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 23)",
)
KAZ_STREET_25: Turn = (
    "For a panel on children who live on the streets: was Kazakhstan told anything about them?",
    '"The Committee is especially concerned about the vulnerability of street children, children '
    'who are foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_MEETINGS_1: Turn = (
    "Building an open dataset of UN treaty-body recommendations. For `CRC/C/OPSC/TKM/CO/1` I need "
    "`considered_at` and `considered_on`: which meeting, which date?",
    'The 1939th meeting, on 14 January 2015: "The Committee considered the initial report of '
    "Turkmenistan (CRC/C/OPSC/TKM/1) at its 1939th meeting (see CRC/C/SR.1939) held on 14 January "
    '2015" (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_ILO_4B: Turn = (
    "For a label beside a child's cotton sack: when did Turkmenistan ratify the ILO convention on "
    "the worst forms of child labour?",
    'In November 2010: "International Labour Organization (ILO) Convention No. 182 (1999) '
    "concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of "
    'Child Labour, in November 2010" (CRC/C/OPSC/TKM/CO/1, para. 4 (b))',
)
TKM_DECREE_5B: Turn = (
    "We're curating an exhibition on cotton and childhood. For the Turkmen panel: is there an "
    "official ban on children in the harvest?",
    'A 2005 decree; the Committee welcomed the "2005 presidential decree that bans child labour in '
    "all sectors, specifying that children are not permitted to participate in the cotton "
    'harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_LAW_9: Turn = (
    "Which Turkmen children's law did the Committee single out for revision? We'd like its title "
    "on the timeline.",
    "The Law on Guarantees of the Rights of the Child: it recommended full incorporation of the "
    'Protocol into domestic legislation, "especially the Law on Guarantees of the Rights of the '
    'Child, which is currently being revised." (CRC/C/OPSC/TKM/CO/1, para. 9)',
)
TKM_CHANNELS_16: Turn = (
    "Our education team will love this: how did Turkmenistan spread the word about trafficking, "
    "per the Committee?",
    'Through "various channels including performances, concerts, seminars, workshops, training '
    'sessions, leaflets and brochures", though the Committee regretted "that such activities are '
    'not conducted regularly" (CRC/C/OPSC/TKM/CO/1, para. 16)',
)
TKM_AT_RISK_24: Turn = (
    "For the panel on who is most exposed: which children did Turkmenistan's authorities identify "
    "as vulnerable?",
    "The Committee welcomed the identification of vulnerable groups and potential victims, "
    '"especially children without parental care, children in street situations, children involved '
    "in child labour, children who are foreign citizens or who belong to ethnic minorities, and "
    'children living in poverty." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_SCHOOLING_24: Turn = (
    "A Turkmen girl appears briefly in the novel. How long is compulsory schooling there, "
    "according to the Committee?",
    'Twelve years; the Committee "notes as positive the significant increase in birth '
    'registration and the extension of compulsory education to 12 years" (CRC/C/OPSC/TKM/CO/1, '
    "para. 24)",
)
TKM_POVERTY_25C: Turn = (
    "Our last panel is about poverty. Did the Committee link the exploitation of children in "
    "Turkmenistan to poverty at all?",
    'Yes; it encouraged the State party to "Give further attention to the implementation of '
    'social and economic development programmes and poverty reduction strategies" '
    "(CRC/C/OPSC/TKM/CO/1, para. 25 (c))",
)
TKM_COMPENSATION_40B: Turn = (
    "Could a victim in Turkmenistan ever be paid anything? A character asks this in chapter "
    "eleven and I don't know the answer.",
    "The Committee recommended a fund: the State party should \"establish a victims\u2019 "
    'compensation fund for those cases where victims cannot obtain compensation from the '
    'perpetrator" (CRC/C/OPSC/TKM/CO/1, para. 40 (b))',
)
TKM_HELPLINE_42: Turn = (
    "Field `helpline_recommended` (bool) plus a `helpline_spec` string. What exactly did the "
    "Committee spec for Turkmenistan's helpline?",
    'A national helpline that "covers the whole country, is accessible 24 hours a day and has an '
    'easy-to-remember three- to four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_COMMS_44: Turn = (
    "Same `treaty_action` for TKM?",
    'Yes: "The Committee recommends that the State party ratify the Optional Protocol to the '
    'Convention on the Rights of the Child on a communications procedure" (CRC/C/OPSC/TKM/CO/1, '
    "para. 44)",
)

# A/HRC/50/33/Add.1
SR_VISIT_1: Turn = (
    "`visit_start` / `visit_end` for the Tajikistan country visit?",
    '7 and 16 December 2021: "the Special Rapporteur conducted an official visit to the country, '
    'from 7 to 16 December 2021" (A/HRC/50/33/Add.1, para. 1)',
)
SR_BOKHTAR_3: Turn = (
    "Half the novel is set in Bokhtar. Did the Special Rapporteur actually go there on her visit?",
    'Yes: "She also visited the city of Bokhtar." (A/HRC/50/33/Add.1, para. 3)',
)
SR_BORDER_POINT_3: Turn = (
    "Where exactly did the Rapporteur go on her visit? We're planning a small photo wall.",
    'Besides Dushanbe: "the Special Rapporteur visited the border area with Afghanistan, '
    "specifically the border point of Panji Poyon, and met with border guards. She also visited "
    'the city of Bokhtar." (A/HRC/50/33/Add.1, para. 3)',
)
SR_RESIDENCE_24: Turn = (
    "Where are Afghan refugees allowed to live in Tajikistan? A refugee family moves in next door "
    "to Zarina's aunt.",
    'Not in larger cities or border districts; "Afghan refugees live primarily in the Districts of '
    "Republican Subordination (Vahdat, Rudaki, Hissor and ShakhriNAV), Bohtar District in the "
    'southern Khatlon region and Jabbor Rasulov District in the Sughd region." (A/HRC/50/33/Add.1, '
    "para. 24)",
)
SR_POLICY_33: Turn = (
    "Which part of the trafficking report deals with the government's institutions, the "
    "commission and so on? I'm trying to get the bureaucracy right.",
    "Section III, sub-section C (Policy and institutional framework), paras. 33-34; for instance: "
    '"the Interministerial Commission for Combating Trafficking in Persons is placed under the '
    'Office of the President." (A/HRC/50/33/Add.1, para. 33)',
)
SR_PASSPORTS_36: Turn = (
    "What does the state do for its migrants once they've left? Zarina's brother needs a new "
    "passport while he's working in Russia.",
    'The report highlights "the efforts made to provide passports to Tajik migrant workers in the '
    "Russian Federation by dispatching specialists to the cities and provinces in the Russian "
    'Federation with the largest numbers of Tajik migrant workers." (A/HRC/50/33/Add.1, para. 36)',
)
SR_FAMILIES_41: Turn = (
    "One room is about the families left behind when fathers migrate. Does the trafficking "
    "report mention programmes for them?",
    '"New programmes, developed with the support of the Start-Up Fund for Safe, Orderly and '
    "Regular Migration, for the families of migrant workers, and in particular members of "
    "female-headed households remaining in Tajikistan, are measures that help to prevent further "
    'risks of trafficking" (A/HRC/50/33/Add.1, para. 41)',
)
SR_IPEC_50: Turn = (
    "For the Tajik cotton room: who has been working on child labour in the harvest, per the "
    "trafficking report?",
    'The ILO: she "commends the coordinated efforts by the ILO International Programme on the '
    "Elimination of Child Labour to eliminate child labour and the risks of child trafficking for "
    'forced labour, in particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
SR_ARMED_54: Turn = (
    "A boy from Zarina's village is recruited by an armed group and later comes home. Did the "
    "Rapporteur say anything about children trafficked into armed conflict?",
    '"The Special Rapporteur recognizes the efforts undertaken to prevent the trafficking of '
    'children into armed conflict" (A/HRC/50/33/Add.1, para. 54)',
)
SR_NGOS_67: Turn = (
    "In my book a small charity runs the only safe house. Is that fair to reality - who actually "
    "helps victims in Tajikistan?",
    'Largely NGOs and international organizations: "The Special Rapporteur was particularly '
    "impressed by the assistance and services provided to victims by non-governmental "
    'organizations and international organizations." (A/HRC/50/33/Add.1, para. 67)',
)
SR_CONSULATES_68: Turn = (
    "Zarina's brother works on building sites in Russia. Can he turn to a consulate there?",
    'Consular services are being expanded: "In the Russian Federation, two additional consulates '
    'general have been established, in Saint Petersburg and Novosibirsk." (A/HRC/50/33/Add.1, '
    "para. 68)",
)
SR_RETURNED_69: Turn = (
    "How do victims get home? I have a scene where a girl is flown back.",
    'Some with IOM support: "with financial support from the International Organization for '
    "Migration, in 2020 and 2021, 16 victims of trafficking were assisted in returning from "
    'India, Kazakhstan and Saudi Arabia." (A/HRC/50/33/Add.1, para. 69)',
)
SR_DIGITAL_79: Turn = (
    "Tagging `tech` recs: does the Tajikistan trafficking report mention online platforms?",
    'Yes: she "commends the commitment to strengthening investigation capacity to address the use '
    'of digital technologies by traffickers, including messaging apps, social media and the dark '
    'web." (A/HRC/50/33/Add.1, para. 79)',
)
SR_DATA_82: Turn = (
    "Looking for denominators. Does the trafficking report flag gaps in disaggregated data?",
    '"The lack of disaggregated data on investigations into, and the prosecution of, trafficking '
    'cases, has been a serious concern." (A/HRC/50/33/Add.1, para. 82)',
)

# The national plan of action 2018-2022 (three tables)
PC_MARRIAGE_9: Turn = (
    "Does the government's 2018 plan do anything about the legal age of marriage? My protagonist "
    "is married at fifteen.",
    'Row 9 plans a study: "Study the issue of necessity of introducing amendments into the Family '
    'Code to prevent any exclusion related to the marriage of persons under the age of 18." '
    "(National Plan of Action 2018-2022 (CRC), row 9)",
)
PC_YOUTH_14: Turn = (
    "Zarina's brother drifts after school. Did the 2018 plan promise anything for young people "
    "like him?",
    'Row 14, second activity: "Review the issue of development of the State Programme on Youth '
    'Social Development for 2019-2021." (National Plan of Action 2018-2022 (CRC), row 14)',
)
PC_CHILD_LABOUR_31: Turn = (
    "Does the Tajik 2018 plan have a row on child labour? We'd like to quote its activities on "
    "the last panel.",
    "Row 31 (Combating the Illegal Use of Child Labour); its third activity: \"Improve the "
    'mechanism regulating the use of child labour in Tajikistan" (National Plan of Action '
    "2018-2022 (CRC), row 31)",
)
PO_EMPLOYEES_1: Turn = (
    "Plan tables: does any OPSC row deal with registers of under-18 workers?",
    'Row 1, second activity: "Review the case of introduction of a list of employees under the age '
    'of 18 years with information about their gender, nationality and social status in each '
    'enterprise" (National Plan of Action 2018-2022 (OPSC), row 1)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "Next record in the batch has `country: PLW`. Do you hold anything from the Committee on "
        "PLW under this Protocol, and if so, which meeting considered it?",
        (TKM_MEETINGS_1,),
        "uncovered country by its ISO alpha-3 code only ('PLW', Palau), two questions, a "
        "developer; after a Turkmenistan turn (the 1939th meeting, para. 1)",
    ),
    (
        "My last book was set in the FSM, and its readers will ask the obvious thing: did the "
        "Committee ever say anything to the FSM about child spouses?",
        (TJK_SPOUSES_19A,),
        "uncovered country by its abbreviation only ('the FSM', the Federated States of "
        "Micronesia), a yes/no question, a novelist; after a Tajikistan turn (child spouses among "
        "the children at risk, para. 19 (a))",
    ),
    (
        "In the last act Zarina is sold on to a man in Riga. I wonder whether the UN has ever told "
        "the authorities there how to identify trafficked girls who arrive from so far away?",
        (SR_CONSULATES_68,),
        "uncovered country by its capital only, then 'the authorities there' (Riga, Latvia), a "
        "novelist; after a Special Rapporteur turn (consulates general in Saint Petersburg and "
        "Novosibirsk, para. 68)",
    ),
    (
        "A colleague is curating a companion room with loans from a Grenadian collector. Were the "
        "Grenadian authorities also asked to make the Protocol known to parents and children?",
        (TJK_AWARENESS_15,),
        "uncovered country by an adjective only ('a Grenadian collector', 'the "
        "Grenadian authorities', Grenada), a yes/no question, a curator; after a Tajikistan turn "
        "(awareness among parents and children, para. 15)",
    ),
    (
        "The show travels to Luxemburg next year. Was Luxemburg's government criticised in the "
        "same way, for awareness work that isn't regular?",
        (TKM_CHANNELS_16,),
        "uncovered country misspelt ('Luxemburg', the German spelling of Luxembourg; the "
        "misspelling is the test), a curator; after a Turkmenistan turn (performances, concerts "
        "and leaflets, not conducted regularly, para. 16)",
    ),
    (
        "The novel's second strand is set in Spanish Guinea, as my grandmother still calls it. "
        "Did the Committee ever raise the sale of children for their organs there?",
        (TJK_ORGANS_8,),
        "uncovered country by its colonial name only ('Spanish Guinea', Equatorial Guinea since "
        "1968), a novelist; after a Tajikistan turn (the sale of children for the transfer of "
        "organs, para. 8)",
    ),
    (
        "We're hanging a photo series on Quranic pupils made to beg in Guinea-Bissau beside this "
        "panel, so is there a Committee text on child begging there that the label could quote?",
        (KAZ_STREET_25,),
        "uncovered country buried mid-sentence (Guinea-Bissau), a curator; after a Kazakhstan "
        "turn (the vulnerability of street children, para. 25)",
    ),
    (
        "`helpline_recommended` for the next record: was the same helpline spec given to Saint "
        "Lucia?",
        (TKM_HELPLINE_42,),
        "uncovered country as the last words of the question (Saint Lucia), a yes/no question, a "
        "developer; after a Turkmenistan turn (a national three- to four-digit helpline, para. 42)",
    ),
    (
        "And Antigua and Barbuda?",
        (TJK_COMMS_35, TKM_COMMS_44),
        "uncovered country in a short follow-up that takes its topic from the history (Antigua "
        "and Barbuda), a developer; after a Tajikistan and a Turkmenistan turn (ratifying the "
        "communications procedure, paras. 35 and 44)",
    ),
    (
        "Her route in the middle chapters runs through the Visegrád Group countries. Were those "
        "four told the same about victims moved across borders?",
        (TJK_BORDERS_18D,),
        "uncovered group of States ('the Visegrád Group countries', then 'those four'), a yes/no "
        "question, a novelist; after a Tajikistan turn (transport of victims across borders not "
        "investigated owing to corruption, para. 18 (d))",
    ),
    (
        "The next room is about cotton in Karakalpakstan. Is there anything from the Committee on "
        "children picking cotton there that we could put on the wall?",
        (TKM_DECREE_5B,),
        "uncovered place that is no State (Karakalpakstan, an autonomous republic within "
        "Uzbekistan), a curator; after a Turkmenistan turn (the 2005 decree on the cotton "
        "harvest, para. 5 (b))",
    ),
    (
        "Our country table keys on official names. Anything on the Republic of the Marshall "
        "Islands under this Protocol, and was it pointed to UNICEF for data help as well?",
        (TJK_UNICEF_7,),
        "uncovered country by its official long name ('the Republic of the Marshall Islands'), "
        "two questions, a developer; after a Tajikistan turn (technical support from UNICEF, "
        "para. 7)",
    ),
    # -- a body, agency, NGO, person or website the documents never name --
    (
        "And her predecessor, Joy Ngozi Ezeilo? Did she ever travel there, and what did she "
        "write about it?",
        (SR_BOKHTAR_3,),
        "uncovered person (Joy Ngozi Ezeilo, Special Rapporteur on trafficking 2008-2014), never "
        "named, a short follow-up with two questions, a novelist; after a Special Rapporteur "
        "turn (her visit to Bokhtar, para. 3)",
    ),
    (
        "One of my characters is a nun who runs a shelter for Caritas. Does Caritas "
        "Internationalis publish its own account of shelters in Tajikistan that I could read?",
        (SR_NGOS_67,),
        "uncovered NGO (Caritas Internationalis) and its own account, never mentioned, a "
        "novelist; after a Special Rapporteur turn (assistance by NGOs and international "
        "organizations, para. 67)",
    ),
    (
        "Someone told me ICMPD runs an advice centre for departing migrants. What does ICMPD "
        "itself say it offers them? I'd like the scene to be accurate.",
        (SR_PASSPORTS_36,),
        "uncovered agency by its acronym ('ICMPD', the International Centre for Migration Policy "
        "Development) and its own material, never mentioned, a novelist; after a Special "
        "Rapporteur turn (passports for migrant workers in the Russian Federation, para. 36)",
    ),
    (
        "The Aga Khan Foundation may lend us photographs from its rural programmes. What does "
        "the Foundation's own evaluation say those programmes achieved for such families?",
        (SR_FAMILIES_41,),
        "uncovered NGO (the Aga Khan Foundation) and its own evaluation, never mentioned, a "
        "curator; after a Special Rapporteur turn (programmes for families of migrant workers, "
        "para. 41)",
    ),
    (
        "Our label draft calls Tajikistan an Alliance 8.7 pathfinder country. What does "
        "Alliance 8.7 itself say the country committed to?",
        (SR_IPEC_50,),
        "uncovered partnership (Alliance 8.7) and its own record, never mentioned; the covered "
        "Tajikistan is only the subject; a curator; after a Special Rapporteur turn (IPEC and the "
        "cotton harvesting sector, para. 50)",
    ),
    (
        "A lender's caption credits an EBRD loan to a cotton gin. Did the EBRD publish its own "
        "assessment of child labour risk in Tajik cotton, and what did it find?",
        (TJK_COTTON_20,),
        "uncovered agency by its usual abbreviation ('the EBRD', the European Bank for "
        "Reconstruction and Development) and its own assessment, never mentioned, two questions, "
        "a curator; after a Tajikistan turn (limited information on the cotton harvest, para. 20)",
    ),
    (
        "`chair` field: was Jean Zermatten chairing the Committee at that meeting, and did he sign "
        "the text?",
        (KAZ_MEETINGS_1,),
        "uncovered person (Jean Zermatten, a former Chair of the Committee), never named, two "
        "questions, a developer; after a Kazakhstan turn (the 1120th meeting, para. 1)",
    ),
    (
        "Is Tajikistan's hotline an INHOPE member, and how many reports did INHOPE log from there "
        "in 2021? Want to join the two datasets.",
        (SR_DIGITAL_79,),
        "uncovered network (INHOPE, the international association of Internet hotlines) and its "
        "own figures, never mentioned, two questions, a developer; after a Special Rapporteur "
        "turn (messaging apps, social media and the dark web, para. 79)",
    ),
    (
        "Mirror question: what's the refworld.org URL and refworld ID for it?",
        (TJK_WIDELY_37,),
        "uncovered website (refworld.org), never mentioned, asked for its own record, a short "
        "follow-up, a developer; after a Tajikistan turn (made widely available through the "
        "Internet, para. 37)",
    ),
    # -- a session or year the index does not cover --
    (
        "What about HRC38? Anything from this mandate on Tajikistan tabled there?",
        (SR_VISIT_1,),
        "uncovered session by its short form ('HRC38', the Human Rights Council's thirty-eighth, "
        "2018, before the visit; the held report is for the fiftieth), a short follow-up, a "
        "developer; after a Special Rapporteur turn (the visit of 7-16 December 2021, para. 1)",
    ),
    (
        "Our timeline draft says the Committee had already examined Tajikistan under this "
        "Protocol at its seventy-fourth session, earlier that year. What did it conclude then?",
        (TJK_ADOPTED_1,),
        "uncovered session stated in a claim ('its seventy-fourth session', in words; the held "
        "observations were considered and adopted at the seventy-sixth, in September 2017), a "
        "curator; after a Tajikistan turn (the 2251st meeting, para. 1)",
    ),
    (
        "Kazakhstan is on that list. Was Kazakhstan itself reviewed by the Committee under this "
        "Protocol in 2022, and what was it told then about foreign child victims?",
        (SR_RETURNED_69,),
        "uncovered year for Kazakhstan (2022; the held observations are of January 2006), two "
        "questions, a novelist; after a Special Rapporteur turn naming Kazakhstan only as a "
        "country victims returned from (para. 69), which must not be cited for it",
    ),
    # -- a document symbol neither held nor cited --
    (
        "Also want CCPR/C/TJK/CO/3 in the cross-ref table. What does it say on trafficking?",
        (TJK_READ_WITH_3,),
        "uncovered symbol (CCPR/C/TJK/CO/3, which the user takes for the Human Rights "
        "Committee's observations on Tajikistan), neither held nor cited, a developer; after a "
        "Tajikistan turn (read with CRC/C/TJK/CO/3-5 and CRC/C/OPAC/TJK/CO/1, para. 3)",
    ),
    (
        "My research assistant left me a reference, CEDAW/C/TKM/CO/5, on girls leaving school to "
        "marry. What does it say, and in which paragraph?",
        (TKM_SCHOOLING_24,),
        "uncovered symbol (CEDAW/C/TKM/CO/5, which the user takes for CEDAW's observations on "
        "Turkmenistan), neither held nor cited, two questions, a novelist; after a Turkmenistan "
        "turn (compulsory education extended to 12 years, para. 24)",
    ),
    (
        "Also need E/C.12/KAZ/CO/2 for the KAZ record. Is it in the index? Paste its paras on "
        "child labour.",
        (KAZ_PREVIOUS_3,),
        "uncovered symbol (E/C.12/KAZ/CO/2, which the user takes for the economic, social and "
        "cultural rights committee's observations on Kazakhstan), neither held nor cited, an "
        "imperative, a developer; after a Kazakhstan turn (CRC/C/15/Add.213 of June 2003, "
        "para. 3)",
    ),
    # -- a sub-section, sub-paragraph or activity past the end of a held document --
    (
        "Parser expects an IV.F between para. 17 and section V. What's its heading and first "
        "para?",
        (TJK_RESOURCES_16,),
        "nonexistent sub-section (IV.F) of CRC/C/OPSC/TJK/CO/1, whose section IV has "
        "sub-sections A-E (paras. 8-17), followed by section V; a short follow-up, a developer; "
        "after the turn quoting para. 16",
    ),
    (
        "And the third activity in that row? Need its period and agency.",
        (PO_EMPLOYEES_1,),
        "nonexistent activity (a third) of the plan's OPSC row 1, which has two; a short "
        "follow-up, a developer; after the turn quoting the second",
    ),
    (
        "Is there a (d) under that paragraph too? We'd put it on the same panel.",
        (TKM_POVERTY_25C,),
        "nonexistent sub-paragraph (25 (d)) of CRC/C/OPSC/TKM/CO/1, whose para. 25 stops at "
        "(c); a short follow-up, a curator; after the turn quoting 25 (c)",
    ),
    (
        "And the fourth activity of that row, please, for the same label?",
        (PC_CHILD_LABOUR_31,),
        "nonexistent activity (a fourth) of the plan's CRC row 31, which has three; a short "
        "follow-up, a curator; after the turn quoting the third",
    ),
    (
        "And sub-section D of that part - what does it cover?",
        (SR_POLICY_33,),
        "nonexistent sub-section (III.D) of A/HRC/50/33/Add.1, whose section III has "
        "sub-sections A-C (paras. 28-34), followed by section IV; a short follow-up, a novelist; "
        "after the turn quoting para. 33",
    ),
    # -- a kind of document not held --
    (
        "Do you hold any photographs from her visit - the border point, Bokhtar - that we could "
        "request for the wall?",
        (SR_BORDER_POINT_3,),
        "document kind not held (photographs from the Special Rapporteur's visit), never held, a "
        "curator; after the turn quoting para. 3",
    ),
    (
        "Is there a map of those districts among what you hold? I'd like to see where the "
        "boundaries fall before I move the family in.",
        (SR_BOKHTAR_3, SR_RESIDENCE_24),
        "document kind not held (a map of the districts where Afghan refugees may live, which "
        "A/HRC/50/33/Add.1 para. 24 only names), a novelist; after the turns quoting paras. 3 "
        "and 24",
    ),
    (
        "For denominators: do you have Tajikistan's 2020 census - number of children by region, "
        "ideally as a table?",
        (SR_DATA_82,),
        "document kind not held (Tajikistan's 2020 population census), never mentioned, a "
        "developer; after a Special Rapporteur turn (the lack of disaggregated data, para. 82)",
    ),
    (
        "Is there an actual Kazakh school textbook among what you hold - the page that teaches "
        "children about the Protocol? We'd like one for the schoolroom vitrine.",
        (KAZ_SCHOOL_8,),
        "document kind not held (a Kazakh school textbook; CRC/C/OPSC/KAZ/CO/1 para. 8 speaks of "
        "school curricula only), a curator; after the turn quoting para. 8",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "What does the Family Code itself say about the marriage age now? I'd like the exact "
        "article for the scene at the registry office.",
        (PC_MARRIAGE_9,),
        "a named text the held documents mention only in passing (Tajikistan's Family Code, "
        "which the plan's CRC row 9 only plans to study amending), asked for its own article, a "
        "short follow-up, a novelist",
    ),
    (
        "Was that youth programme ever adopted, and what did it promise young men in the regions? "
        "I'd quote the programme itself, not the plan.",
        (PC_YOUTH_14,),
        "a named text the held documents mention only in passing (the State Programme on Youth "
        "Social Development for 2019-2021, which the plan's CRC row 14 only plans to review "
        "developing), asked for its own contents, two questions, a novelist",
    ),
    (
        "Need the statute text for a `law_text` field: paste article 273 as it read in 2006.",
        (KAZ_POSSESSION_15C,),
        "a named text the held documents mention only in passing (article 273 of Kazakhstan's "
        "Criminal Code, which CRC/C/OPSC/KAZ/CO/1 para. 15 (c) says does not explicitly prohibit "
        "possession, without its wording), asked for its own words, an imperative, a developer",
    ),
    (
        "Might we have the 2002 law itself on the wall - its article on protecting children from "
        "exploitation, word for word?",
        (TKM_LAW_9,),
        "a named text the held documents mention only in passing (Turkmenistan's Law on "
        "Guarantees of the Rights of the Child of 5 July 2002, named in CRC/C/OPSC/TKM/CO/1 paras. "
        "5 (a), 8 and 9), asked for its own article, a curator",
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
        "And in Tajikistan, where most of the novel happens: did the Committee find the same rot "
        "there, corruption and officials looking away, and what did it ask for?",
        (KAZ_COMPLICITY_23,),
        "Tajikistan",
        u(T, 18, 19),
        u(T, 29),
        ["not investigated owing to corruption", "prevent and combat corruption"],
        "covered country after 'And in', two questions, a novelist; after a Kazakhstan turn "
        "(complicity of State officials and corruption, para. 23); 18 (d) and 19 (d)",
    ),
    (
        "For the Tajik side of the gallery: what did the Committee make of awareness-raising in "
        "Tajikistan, and what did it ask for?",
        (TKM_CHANNELS_16,),
        "Tajikistan",
        u(T, 14, 15),
        u(T, 37) + u(PO, 5),
        [
            "limited dissemination, awareness-raising and training activities",
            "widely known by the general public",
        ],
        "covered country first ('For the Tajik side of the gallery'), two questions, a curator; "
        "after a Turkmenistan turn (performances, concerts and leaflets, para. 16)",
    ),
    (
        "Same `legal_gap` check for TJK: is possession flagged there too?",
        (KAZ_MEETINGS_1, KAZ_POSSESSION_15C),
        "Tajikistan",
        u(T, 8, 26),
        u(T, 27, 9),
        ["possessing child pornography", "including possession"],
        "covered country by its ISO code ('TJK'), a short yes/no follow-up, a developer; after "
        "two Kazakhstan turns (the 1120th meeting, para. 1; article 273 and possession, para. 15 "
        "(c))",
    ),
    (
        "And in Tajikistan? Could a child victim there actually get compensation, according to "
        "the Committee?",
        (TKM_COMPENSATION_40B,),
        "Tajikistan",
        u(T, 32),
        u(T, 33) + u(S, 73, 90),
        ["not de facto capable of seeking compensation"],
        "covered country in a short lead-in ('And in Tajikistan?'), a yes/no question, a "
        "novelist; after a Turkmenistan turn (a victims' compensation fund, para. 40 (b)); 32 (c) "
        "and (e)",
    ),
    # -- to the Kazakhstan observations --
    (
        "Now `CRC/C/OPSC/KAZ/CO/1`: what did it say about data, and which disaggregation "
        "variables did it want?",
        (TJK_UNICEF_7,),
        "Kazakhstan",
        u(K, 11, 12),
        [],
        ["lack of data disaggregated by age, sex and minority group", "systematically collected"],
        "covered document by its symbol in backticks, two questions, a developer; after a "
        "Tajikistan turn (technical support from UNICEF for data, para. 7)",
    ),
    (
        "Kazakhstan grows cotton too. Did the Committee raise the forced labour of children with "
        "Kazakhstan in its 2006 review?",
        (SR_IPEC_50,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["sale of children for the purpose of forced labour"],
        "covered country first ('Kazakhstan grows cotton too.') with the year of its review, a "
        "yes/no question, a curator; after a Special Rapporteur turn on Tajikistan (IPEC and the "
        "cotton harvesting sector, para. 50); 15 (a)",
    ),
    (
        "And for the Kazakh panel: which children did the Committee single out as vulnerable "
        "there, and what did it recommend for them?",
        (TKM_AT_RISK_24,),
        "Kazakhstan",
        u(K, 25, 26),
        u(K, 9, 10),
        [
            "vulnerability of street children",
            "with special attention to their education and health care",
        ],
        "covered country by an adjective ('the Kazakh panel'), two questions, a curator; after a "
        "Turkmenistan turn (vulnerable groups identified, para. 24)",
    ),
    (
        "KAZ next, same `extradition` tag: was double criminality an issue there, and what was "
        "recommended?",
        (TJK_DOUBLE_CRIMINALITY_30,),
        "Kazakhstan",
        u(K, 17, 18),
        [],
        [
            "the requirement of double criminality, either for extradition or domestic prosecution",
            "abolish the requirement of double",
        ],
        "covered country first by its ISO code ('KAZ next'), two questions, a developer; after a "
        "Tajikistan turn (extradition subject to double criminality, para. 30)",
    ),
    # -- to the Turkmenistan observations --
    (
        "Same tag for `CRC/C/OPSC/TKM/CO/1`?",
        (TJK_COMMS_35,),
        "Turkmenistan",
        u(M, 44),
        [],
        ["ratify the Optional Protocol"],
        "covered document by its symbol, a short follow-up that takes its topic from the history, "
        "a developer; after a Tajikistan turn (ratifying the communications procedure, para. 35)",
    ),
    (
        "If I set the last chapter in Turkmenistan instead, would there be a helpline for her to "
        "call? What did the Committee say about one there?",
        (KAZ_COMPLICITY_23, KAZ_HOTLINES_22D),
        "Turkmenistan",
        u(M, 41, 42),
        [],
        ["establish a national helpline", "accessible 24 hours a day"],
        "covered country in a hypothetical ('If I set the last chapter in Turkmenistan "
        "instead'), two questions, a novelist; after two Kazakhstan turns (complicity, para. 23; "
        "free telephone hotlines, para. 22 (d))",
    ),
    (
        "Suppose the sham adoption happens across the border in Turkmenistan. Was its law on that "
        "kind of adoption found wanting too?",
        (TJK_ADOPTION_27A,),
        "Turkmenistan",
        u(M, 26),
        u(M, 27),
        ["Improperly inducing consent, as an intermediary, for the adoption of a child"],
        "covered country in a supposition, then 'its law', a yes/no question, a novelist; after a "
        "Tajikistan turn (the sale of children through illegal adoption, para. 27 (a)); 26 (c)",
    ),
    (
        "Now TKM, same `online` tag: what did the Committee flag about the Internet, and what did "
        "it recommend?",
        (TJK_CYBERCRIME_22,),
        "Turkmenistan",
        u(M, 26, 27),
        u(M, 25),
        ["not explicitly criminalized", "full mandatory cooperation of Internet providers"],
        "covered country first by its ISO code ('Now TKM'), two questions, a developer; after a "
        "Tajikistan turn (two entities addressing cybercrime, para. 22); 26 (d) and 27 (b)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "Switching to `A/HRC/50/33/Add.1`: is there a hotline in Tajikistan, and how is it "
        "publicised?",
        (TKM_MEETINGS_1, TKM_HELPLINE_42),
        "Tajikistan",
        u(S, 77),
        u(S, 78),
        ["dedicated hotline for victims of trafficking", "primarily on the radio and television"],
        "covered document first by its symbol ('Switching to'), two questions, a developer; after "
        "two Turkmenistan turns (the 1939th meeting, para. 1; the helpline spec, para. 42)",
    ),
    (
        "Did the trafficking Rapporteur say anything about those children when she visited, four "
        "years later?",
        (TJK_ROMA_24,),
        "Tajikistan",
        u(S, 53),
        u(S, 91, 92) + u(T, 25),
        ["Roma and Jughhi children"],
        "a move within Tajikistan from the committee's observations to the Special Rapporteur's "
        "report ('the trafficking Rapporteur ... four years later'), a novelist; after a "
        "Tajikistan turn (Roma children, Mughat and Lyuli, para. 24)",
    ),
    (
        "Crossing to the Tajik room: does the trafficking report on Tajikistan say anything about "
        "children in the cotton harvest?",
        (TKM_DECREE_5B,),
        "Tajikistan",
        u(S, 50),
        u(S, 42) + u(PO, 8) + u(T, 20),
        ["in particular in the cotton harvesting sector"],
        "covered country and document first ('Crossing to the Tajik room', 'the trafficking "
        "report on Tajikistan'), a yes/no question, a curator; after a Turkmenistan turn (the "
        "2005 decree on the cotton harvest, para. 5 (b))",
    ),
    (
        "And in Tajikistan, in the trafficking report: anything on HIV and the stigma around it?",
        (KAZ_HIV_9,),
        "Tajikistan",
        u(S, 66),
        u(S, 14, 87),
        ["treatment and support services", "social stigma and discriminatory attitudes"],
        "covered country and document first ('And in Tajikistan, in the trafficking report'), a "
        "novelist; after a Kazakhstan turn (stigmatization of children with HIV/AIDS, para. 9)",
    ),
    # -- to the national plan of action --
    (
        "Does the Government's own 2018 plan do anything about child marriage? We'd quote it on "
        "the label beside the dress.",
        (TJK_CHILD_MARRIAGES_14,),
        "Tajikistan",
        u(PC, 9, 17),
        u(S, 51) + u(T, 19),
        ["marriage of persons under the age of 18", "eliminate child marriage"],
        "a move within Tajikistan from the committee's observations to the plan ('the "
        "Government's own 2018 plan'; its CRC table), a curator; after a Tajikistan turn "
        "(awareness-raising on child marriages, para. 14); rows 9 and 17",
    ),
    (
        "And Tajikistan's 2018 action plan: what does it actually plan on child labour?",
        (TKM_ILO_4B,),
        "Tajikistan",
        u(PC, 31),
        u(PO, 8) + u(PC, 26),
        [
            "monitoring of child labour system in all cities and regions",
            "eliminate the worst forms of child labour and forced labour",
        ],
        "covered document by country and year ('Tajikistan's 2018 action plan'; its CRC table), "
        "a curator; after a Turkmenistan turn (ILO Convention No. 182, para. 4 (b)); row 31, "
        "first and second activities",
    ),
    (
        "Does Tajikistan's 2018 plan have a matching activity for `complaints`? Want to link rec "
        "-> plan row.",
        (TJK_COMPLAINTS_33E,),
        "Tajikistan",
        u(PO, 7),
        u(PC, 6, 16),
        ["registering complaints and requests from children"],
        "a move within Tajikistan from the committee's observations to the plan ('Tajikistan's "
        "2018 plan'; its OPSC table), a yes/no question, a developer; after a Tajikistan turn "
        "(accessible complaint mechanisms, para. 33 (e)); row 7, third activity",
    ),
    (
        "Does Tajikistan's 2018 plan do anything to keep boys like him out of armed groups in the "
        "first place?",
        (SR_ARMED_54,),
        "Tajikistan",
        u(PA, 5),
        u(PA, 7, 1),
        ["joining extremist and radical movements and military groups"],
        "a move within Tajikistan from the Special Rapporteur's report to the plan ('Tajikistan's "
        "2018 plan'; its OPAC table), a yes/no question, a novelist; after a Special Rapporteur "
        "turn (trafficking of children into armed conflict, para. 54); row 5",
    ),
]
