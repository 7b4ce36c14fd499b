"""The eighteenth 'scope' table of the gold set (sc001-sc060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope17.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table: a volunteer Wikipedia editor improving
articles on the three countries, who wants citable sources and talks of articles, infoboxes, the
talk page and verifiability ('For the Tajikistan article ...', 'The infobox also has an
accreditation field.', 'Someone added the same criticism ... on the talk page.', 'Is that verifiable
from what you hold?', 'The cite template wants a stable link.'); a responsible-sourcing analyst at a
clothing brand, terse and in business shorthand, checking cotton, yarn and garment suppliers for
forced and child labour ('Quick one:', 'for our cotton risk register', 'tier-2 cotton origin',
'FYI', 'Noted.', 'our audits', 'Our supplier country list is keyed by ISO code.'); and the producer
of a podcast on trafficking, fact-checking before recording, casual, with dashes and lower case
('for episode 4', 'our host wants to mention it', 'can we read ... on air', 'the show notes', 'a
Bahamian listener emailed', 'we're an audio show'). Sentence shapes vary: the new scope first
('Kazakhstan next: ...', 'Same check for Djibuti - ...'), buried mid-sentence ('... on how Trinidad
and Tobago licenses its recruitment agencies, or is that a gap ...'), last ('... for Barbados?'),
alone in a two-word follow-up ('And Tonga?'); yes/no questions; imperatives ('Paste the list itself,
entry by entry', 'Read me target 8.7 itself, word for word'); two questions in one message. Ten of
the forty declines are short follow-ups that lean on the history ('And Tonga?', 'Same question for
the Mercosur member states ...', 'Noted. And Better Cotton ...?', 'And the IMF's own figure for
2021?', 'What about at HRC56? ...', "That's VI.C, right? And what does VI.D cover?", 'And paragraph
39?', 'Is there a fourth activity in that row? ...', "there's an eighth one too, right? ...", 'Her
bio, too? ...'). One to three earlier turns about what the index holds, each answered by quoting a
document verbatim with its reference, then a last question that moves the scope; each conversation
is typed by one of the three users throughout.

sc001-sc040 name what the index does not hold. A country, place or group of States: Fiji (only by
its ISO alpha-3 code, 'FJI'), Samoa (only by its former name, 'Western Samoa'), Lithuania (only by
its capital, Vilnius, then 'the host country'), the Bahamas (by an adjective, 'a Bahamian listener',
then 'her own government'), Djibouti (misspelt 'Djibuti'; the misspelling is the test), Barbados
(the last word of the question), Trinidad and Tobago (buried mid-sentence), Tonga (alone, 'And
Tonga?'), the Mercosur member States (a group), Melanesia (a region) and the Comoros (by its
official long name, 'the Union of the Comoros'). A body, mandate, agency, NGO, person or website the
documents never name: Polaris Project, Winrock International, Better Cotton, the International
Monetary Fund ('the IMF'), the Global Alliance of National Human Rights Institutions (GANHRI), Maud
de Boer-Buquicchio (a former Special Rapporteur on the sale of children), Nadia Murad, the Special
Rapporteur on the situation of human rights in Afghanistan ('the UN's special rapporteur on
Afghanistan'), undocs.org and treaties.un.org. A session or year: the Human Rights Council's
fifty-sixth session ('HRC56'), the Committee's eighty-seventh session (for Turkmenistan, a claim in
the user's article), 2012 (for Kazakhstan, whose held observations are of January 2006). A symbol
neither held nor cited: A/HRC/WG.6/39/TJK/1 (taken for the Government's UPR report), CMW/C/TJK/CO/2
(taken for the Committee on Migrant Workers' observations on Tajikistan) and A/77/170 (taken for the
Rapporteur's report to the General Assembly). Past the end: a sub-section D of section VI of
CRC/C/OPSC/TJK/CO/1, paragraph 39 of CRC/C/OPSC/KAZ/CO/1, a sub-section G of section II of
A/HRC/50/33/Add.1, a fourth activity under the plan's OPSC row 7 and an eighth under its CRC row 18.
A kind of document not held: an ILO third-party monitoring report on Tajikistan's cotton harvest,
UNICEF's Multiple Indicator Cluster Survey (MICS) for Turkmenistan, the Rapporteur's official
biography, and the Government's letter accepting her visit (A/HRC/50/33/Add.1 para. 4 mentions the
late acceptance only). A text the documents mention only in passing, asked for its own words or
contents: Turkmenistan's Labour Code of 18 April 2009 (CRC/C/OPSC/TKM/CO/1 para. 5 (a)), the list of
works prohibited to persons under 18 (the plan's OPSC row 8, which only plans its review), the
unified national programme for children up to 2030 (the plan's CRC row 2, which only plans to
develop it) and target 8.7 of the Sustainable Development Goals (A/HRC/50/33/Add.1 para. 5 names the
Goals only). The answer must decline and cite nothing.

sc041-sc060 move to another covered country or document and carry the topic over: to the Tajikistan
observations (forced child labour in the cotton harvest, from Turkmenistan; the meetings at which
the report was considered and the observations adopted, from Kazakhstan; child victims of
prostitution treated as offenders, from the Rapporteur's report; ILO Convention No. 182 among the
instruments welcomed, from Turkmenistan); to the Kazakhstan observations (liability of legal
persons, from Turkmenistan; hotlines, from the Rapporteur's report; the previous observations it is
to be read with, from Tajikistan; the Internet and Internet providers, from Tajikistan); to the
Turkmenistan observations (restrictions on civil society organizations, from the Rapporteur's
report; shelter and counselling for child victims, from the Rapporteur's report; the coordinating
body, from Tajikistan; the due date of the next report, from Kazakhstan); to A/HRC/50/33/Add.1 (the
labour inspectorate, from the Tajikistan observations on enforcing the ban on forced labour; child
marriage, from the Tajikistan observations; the dates of the visit, from the Tajikistan
observations; hearing child victims in proceedings, from Kazakhstan); to the plan (monitoring of
forced child labour in the cotton harvest, OPSC row 8, from the Tajikistan observations; the Hague
Convention on inter-country adoption, CRC row 19, from Kazakhstan; reintegration of child victims of
armed conflict, OPAC row 7, from the Rapporteur's report; a list of employees under 18 at
enterprises, OPSC row 1, from Turkmenistan).

Countries, places, regions, bodies, mandates, persons, websites, named texts, symbols and positions
past the end were checked against `gold_scope.py` to `gold_scope17.py` (read as text: questions,
turns and notes), and the names also against the other tables in evals/ (`grep -ril NAME evals/`):
none asked about here is asked about there. The countries, places, regions, bodies, mandates,
persons, websites, the sessions and the symbols were also checked against the text of data/corpus:
none is named in a held document. Fiji (FJI), Samoa (Western Samoa), Lithuania (Vilnius), the
Bahamas, Djibouti, Barbados, Trinidad and Tobago, Tonga, Mercosur, Melanesia and the Comoros appear
in no gold table. Neither do Polaris Project, Winrock International, Better Cotton, the IMF, GANHRI,
Maud de Boer-Buquicchio, Nadia Murad, the Afghanistan mandate, undocs.org or treaties.un.org, the
fifty-sixth or eighty-seventh sessions, Kazakhstan in 2012, the symbols A/HRC/WG.6/39/TJK/1,
CMW/C/TJK/CO/2 and A/77/170, an ILO third-party monitoring report, a MICS survey, an official
biography, a visit acceptance letter or target 8.7. The Labour Code of Turkmenistan appears in an
earlier table's turn (gold_scope5) and a note (gold_round5) only, never asked for its own words; the
list of hazardous works and the programme up to 2030 appear in earlier tables only as what the plan
foresees (turns, covered items and answerable questions of gold_scope4, gold_scope10, gold_scope11,
gold_scope12, gold_scope16, gold_round5 and gold_round6), never asked for their own contents. The
positions past the end are new (earlier tables used sub-sections V.E and X.C and section XI of
CRC/C/OPSC/TJK/CO/1; paras. 33-37 and 40, 4 (d), 15 (f), 16 (d), 22 (h), 29 (b), section C.9 and a
section D of CRC/C/OPSC/KAZ/CO/1; sections IX, IV.B and VIII.C of A/HRC/50/33/Add.1; activities past
the end of the plan's CRC rows 13, 16, 20, 27 and 35, OPSC rows 2, 6 and 8 and OPAC rows 6 and 8).
Every paragraph of the three observations has been a move target before, so the covered items repeat
earlier targets with a new history and wording.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (section VI has
sub-sections A-C, paras. 26-31, followed by section VII), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B
and C (C.1-C.8), CRC/C/OPSC/TKM/CO/1 47 in sections I-XI, A/HRC/50/33/Add.1 92 in sections I-VIII
(section II has sub-sections A-F, paras. 9-27, followed by section III); the plan's tables have 35
(CRC), 11 (OPSC) and 10 (OPAC) rows, its CRC row 18 has seven activities and its OPSC row 7 three.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_ADOPTED_SESSION: Turn = (
    "For the Tajikistan article's infobox: at which session of the Committee were the 2017 "
    "observations under this Protocol adopted?",
    'At its seventy-sixth: "Adopted by the Committee at its seventy-sixth session (11-29 '
    'September 2017)." (CRC/C/OPSC/TJK/CO/1, footnote to the title)',
)
TJK_CONSIDERED_1: Turn = (
    "For the human-rights section of the Tajikistan article I need a citable date: when did the "
    "Committee consider Tajikistan's report under this Protocol?",
    'On 14 September 2017: "The Committee considered the report of Tajikistan (CRC/C/OPSC/TJK/1) '
    'at its 2228th meeting (see CRC/C/SR.2228), held on 14 September 2017" (CRC/C/OPSC/TJK/CO/1, '
    "para. 1)",
)
TJK_READ_WITH_3: Turn = (
    "Which other observations does the 2017 Tajikistan document say it should be read with? I'd "
    "like to cite them together.",
    'Two, both of the same day: it "should be read in conjunction with its concluding '
    "observations on the combined third to fifth periodic reports submitted by the State party "
    "under the Convention (CRC/C/TJK/CO/3-5), and on the report of the State party submitted "
    "under the Optional Protocol on the involvement of children in armed conflict "
    '(CRC/C/OPAC/TJK/CO/1), both adopted on 29 September 2017." (CRC/C/OPSC/TJK/CO/1, para. 3)',
)
TJK_DATA_7: Turn = (
    "Quick one: did the Committee want Tajikistan to count prosecutions and convictions? We track "
    "enforcement data by country.",
    'Yes: "Data should also be collected on the number of prosecutions and convictions, '
    'disaggregated by the nature of the offence" (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_COORDINATION_12: Turn = (
    "For the Tajikistan article: does the Committee say which body coordinates the Protocol's "
    "implementation there?",
    'No; it says it lacks that information: "The Committee is concerned, however, at the lack of '
    "information about the entity in charge of coordinating the implementation of the Optional "
    'Protocol." (CRC/C/OPSC/TJK/CO/1, para. 12)',
)
TJK_CHILD_MARRIAGES_14: Turn = (
    "is child marriage in the 2017 review of tajikistan at all? it's our next episode",
    'Briefly, under dissemination and training: "The Committee notes that law enforcement '
    "officials carry out awareness-raising activities on the prohibition and negative "
    'consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_COTTON_INFO_20: Turn = (
    "Did the Committee have decent information on forced child labour in Tajik cotton back in "
    "2017? Our auditors keep asking.",
    'No: "The Committee is concerned at the limited information provided to it on the measures '
    "adopted by the State party to eliminate child forced labour, particularly in the annual "
    'cotton harvest." (CRC/C/OPSC/TJK/CO/1, para. 20)',
)
TJK_ENFORCE_21: Turn = (
    "Quick one for our cotton risk register: what did the Committee actually recommend to "
    "Tajikistan on forced child labour?",
    'It recommended "that the State party adopt appropriate measures to prevent the sale of '
    "children for the purpose of child forced labour, particularly in the agriculture sector, and "
    'that it effectively enforce the legal framework prohibiting forced labour." '
    "(CRC/C/OPSC/TJK/CO/1, para. 21)",
)
TJK_ONLINE_23: Turn = (
    "for episode 4 - what did the committee want tajikistan to do about kids being exploited "
    "online?",
    '"The Committee recommends that the State party adopt the necessary legal and other measures '
    'to prevent and address online child sexual exploitation and abuse." (CRC/C/OPSC/TJK/CO/1, '
    "para. 23)",
)
TJK_VIEWING_27D: Turn = (
    "for episode 5 on abuse images: did the committee tell tajikistan to make it a crime just to "
    "look at that stuff?",
    'Yes; the State party should explicitly define and criminalize "Distributing, importing, '
    "exporting, offering, selling, possessing or knowingly accessing/viewing child pornography, "
    'including virtual child pornography" (CRC/C/OPSC/TJK/CO/1, para. 27 (d))',
)
TJK_EXTRADITION_31: Turn = (
    "For the article's section on extradition: what did the Committee recommend to Tajikistan "
    "where there is no extradition treaty?",
    '"The Committee encourages the State party to consider the Optional Protocol as the basis for '
    'extradition in the absence of a treaty or an agreement." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_NEXT_38: Turn = (
    "Per the 2017 Tajikistan document, where was Tajikistan to report next on this Protocol? It's "
    "for the infobox's 'next report' field.",
    'In its next report under the Convention: the Committee "requests the State party to include '
    "further information on the implementation of the Optional Protocol and the present "
    "concluding observations in its next periodic report to be submitted in accordance with "
    'article 44 of the Convention." (CRC/C/OPSC/TJK/CO/1, para. 38)',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_MEETINGS_1: Turn = (
    "For the Kazakhstan article I need the meeting numbers: at which meetings was its initial "
    "report under this Protocol considered and the observations adopted?",
    '"The Committee considered the initial report of Kazakhstan (CRC/C/OPSC/KAZ/1) at its 1084th '
    "meeting (see CRC/C/SR.1084), held on 11 January 2006, and adopted at its 1120th meeting, "
    'held on 27 January 2006, the following concluding observations." (CRC/C/OPSC/KAZ/CO/1, para. '
    "1)",
)
KAZ_GUIDELINES_2: Turn = (
    "Is it accurate to say in the Kazakhstan article that its initial report ignored the "
    "Committee's reporting guidelines? I need a source for the sentence.",
    'The Committee says so: "The Committee welcomes the submission of the State party\u2019s '
    "initial report, however it regrets that it does not follow the established reporting "
    'guidelines." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_FORCED_LABOUR_15A: Turn = (
    "Kazakhstan is a tier-2 cotton origin for us. Did the 2006 review flag any legal gap on "
    "forced labour?",
    'Yes, in the Criminal Code: "Article 133 of the Criminal Code does not cover sufficiently the '
    'sale of children for the purpose of forced labour" (CRC/C/OPSC/KAZ/CO/1, para. 15 (a))',
)
KAZ_HAGUE_16C: Turn = (
    "For the adoption section of the Kazakhstan article: which adoption treaty did the Committee "
    "want Kazakhstan to ratify?",
    'The Hague Convention: the legislative framework should be strengthened by ratifying "the '
    "Hague Convention No. 33 on Protection of Children and Cooperation in Respect of "
    'Inter-country Adoption (1993)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)
KAZ_VICTIM_VIEWS_20: Turn = (
    "for our courtroom episode: what did the committee want kazakhstan to guarantee child victims "
    "during a trial?",
    'Full compliance with article 8 of the Protocol, "paying special attention to the right of '
    "the child victim to present his/her views, needs and concerns in a criminal procedure "
    'against the alleged perpetrator" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_RADIO_27: Turn = (
    "did kazakhstan ever do radio campaigns on this? we're an audio show, so we love that",
    'Yes; the Committee "welcomes the awareness-raising campaigns that have been conducted for '
    "the public, e.g. via the radio and directly aimed at children, e.g. via schools as part of "
    'the National Action Plan." (CRC/C/OPSC/KAZ/CO/1, para. 27)',
)
KAZ_ONLINE_31: Turn = (
    "Does the 2006 Kazakhstan document ask for itself to be published online? I'd like to link to "
    "it from the article.",
    'Yes; it recommends that the report, the written replies and the observations "be made widely '
    'available, including through the Internet (but not exclusively), to the public at large" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 31)",
)
KAZ_NEXT_32: Turn = (
    "For the Kazakhstan infobox: when was its next report under the Convention due, according to "
    "the 2006 document?",
    'On 10 September 2006: the Committee requests further information "in its next periodic '
    "report under the Convention on the Rights of the Child due, in accordance with article 44 of "
    'the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_ADOPTED_1: Turn = (
    "For the Turkmenistan article: when were its observations under this Protocol adopted?",
    'On 30 January 2015: the Committee "adopted the following concluding observations at its '
    '1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_ILO_4B: Turn = (
    "For the treaties list in the Turkmenistan article: which ILO conventions did it ratify, per "
    "the Committee, and when?",
    'Two: "International Labour Organization (ILO) Convention No. 182 (1999) concerning the '
    "Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, in "
    "November 2010, and ILO Convention No. 138 concerning Minimum Age for Admission to "
    'Employment, in March 2012;" (CRC/C/OPSC/TKM/CO/1, para. 4 (b))',
)
TKM_ARMED_CONFLICT_4A: Turn = (
    "For the Turkmenistan article: when did it join the Protocol on children in armed conflict, "
    "according to the Committee?",
    'In March 2005: "Optional Protocol to the Convention on the Rights of the Child on the '
    'involvement of children in armed conflict, in March 2005;" (CRC/C/OPSC/TKM/CO/1, para. 4 (a))',
)
TKM_LAWS_5A: Turn = (
    "For our legal register on young workers in Turkmenistan: which labour laws did the Committee "
    "list?",
    'Among the legislation it welcomed: "the Guarantees of Young People\u2019s Right to Work Act '
    "(1 February 2005), the Code of Criminal Procedure (18 April 2009), the Criminal Code (10 May "
    '2010), the Labour Code (18 April 2009)" (CRC/C/OPSC/TKM/CO/1, para. 5 (a))',
)
TKM_DECREE_5B: Turn = (
    "Quick one: has Turkmenistan formally banned children from the cotton harvest? Some of our "
    "mills buy Turkmen yarn.",
    'By decree; the Committee welcomed the "2005 presidential decree that bans child labour in '
    "all sectors, specifying that children are not permitted to participate in the cotton "
    'harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_AT_RISK_24: Turn = (
    "which kids did the committee say were most at risk in turkmenistan? for the intro of the "
    "episode",
    "It welcomed the identification of vulnerable groups and potential victims of trafficking, "
    '"especially children without parental care, children in street situations, children involved '
    "in child labour, children who are foreign citizens or who belong to ethnic minorities, and "
    'children living in poverty." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_LEGAL_PERSONS_31: Turn = (
    "Re corporate exposure: did the Committee want Turkmenistan to make companies criminally "
    "liable?",
    'Yes: "The Committee recommends that the State party revise its Criminal Code to ensure the '
    "full and direct criminal liability of legal persons for all offences covered by the Optional "
    'Protocol." (CRC/C/OPSC/TKM/CO/1, para. 31)',
)

# A/HRC/50/33/Add.1
SR_AUTHOR_TITLE: Turn = (
    "Who wrote the report on the Tajikistan visit? I want to wikilink her name in the article.",
    'The Special Rapporteur on trafficking; the annexed report is the "Report of the Special '
    "Rapporteur on trafficking in persons, especially women and children, Siobh\u00e1n Mullally, "
    'on her visit to Tajikistan" (A/HRC/50/33/Add.1, title of the annexed report)',
)
SR_PURPOSE_1: Turn = (
    "I'm citing the trafficking report in the Tajikistan article. What does its first paragraph "
    "say the visit was meant to do?",
    'The visit was "to assess the situation of trafficking in persons, especially women and '
    "children, and to identify the progress made and remaining challenges in combating "
    'trafficking in persons and protecting victims/survivors." (A/HRC/50/33/Add.1, para. 1)',
)
SR_TEN_DAYS_2: Turn = (
    "how long was she actually on the ground in tajikistan? our host wants to say it",
    'Ten days: "In her 10 days in Tajikistan, she had exchanges with a number of ministers and '
    'government officials" (A/HRC/50/33/Add.1, para. 2)',
)
SR_LATE_ACCEPTANCE_4: Turn = (
    "was the government slow to let her in? feels like there's a story there",
    '"The Special Rapporteur regrets that the late acceptance of the country visit request, only '
    "three working days prior to the official commencement date, posed difficulties in finalizing "
    'the programme for the visit." (A/HRC/50/33/Add.1, para. 4)',
)
SR_SDGS_5: Turn = (
    "does the report tie any of this to the Sustainable Development Goals? our host loves a "
    "big-picture line",
    'Yes: "The Special Rapporteur welcomes the commitment of the Government to achieving the '
    'Sustainable Development Goals" (A/HRC/50/33/Add.1, para. 5)',
)
SR_REMITTANCES_7: Turn = (
    "For our country risk profile: how dependent is Tajikistan on remittances, per the "
    "trafficking report?",
    '"It is estimated that remittance revenues that are sent by Tajik migrants in the Russian '
    "Federation to their homes in Tajikistan are equal to 30 per cent of the gross domestic "
    'product of Tajikistan." (A/HRC/50/33/Add.1, para. 7)',
)
SR_LGBT_16: Turn = (
    "For the LGBT rights section of the Tajikistan article: does the trafficking report address "
    "LGBT people?",
    'Yes; she "highlights the systemic discrimination and violence perpetrated against lesbian, '
    'gay, bisexual, trans and gender-diverse persons in Tajikistan" (A/HRC/50/33/Add.1, para. 16)',
)
SR_COVID_ONLINE_20: Turn = (
    "did the rapporteur link covid to kids being exploited online? that's our hook",
    '"The Special Rapporteur notes that globally the COVID-19 pandemic has increased the risks of '
    "recruitment for sexual exploitation online and has contributed to an increased demand for "
    'child sexual abuse material online and technology-facilitated child sex trafficking." '
    "(A/HRC/50/33/Add.1, para. 20)",
)
SR_FEWER_IDENTIFIED_21: Turn = (
    "did covid make it harder to find victims in tajikistan? need a line for the episode",
    'Yes; she notes "the increased difficulties in identifying and providing assistance to '
    "victims, the reduction in the number of victims identified and the slowed progress of "
    'investigations of trafficking cases." (A/HRC/50/33/Add.1, para. 21)',
)
SR_BORDER_22: Turn = (
    "quick fact-check before we record: when did tajikistan close its border with afghanistan?",
    'In August 2021: "Following an increase in the number of Afghan asylum seekers arriving in '
    "Tajikistan in 2021, the border with Afghanistan was closed in August 2021 and remains "
    'closed." (A/HRC/50/33/Add.1, para. 22)',
)
SR_DEADLINE_26: Turn = (
    "so what can happen to afghans who miss the asylum deadline? one month, right?",
    'Yes, one month after arrival; without documentation and access to asylum procedures, "Afghan '
    "refugees in such situations may be at risk of arrest and of being subject to fines and "
    'deportation" (A/HRC/50/33/Add.1, para. 26)',
)
SR_MIGRANT_CONVENTION_28: Turn = (
    "Is Tajikistan party to the migrant workers convention? Relevant to our contractors who hire "
    "Tajik workers in Russia.",
    'Yes; the report lists among the treaties to which Tajikistan is a party the "Convention on '
    'the Protection of the Rights of All Migrant Workers and Members of Their Families" '
    "(A/HRC/50/33/Add.1, para. 28)",
)
SR_SAFE_MIGRATION_35: Turn = (
    "Context for our migrant-worker policy: what does the report say Tajikistan does on safe "
    "migration?",
    'She "recognizes the priority given to prevention activities, in particular in the context of '
    "labour migration. She commends the significant efforts made to promote safe migration for "
    'work." (A/HRC/50/33/Add.1, para. 35)',
)
SR_RECRUITMENT_38: Turn = (
    "For our labour-agency due diligence: what does the trafficking report say about recruitment "
    "agencies in Tajikistan?",
    'She "acknowledges the measures taken to regulate recruitment agencies through the licensing '
    "process, in order to combat exploitative practices and the risk of trafficking in persons "
    'for forced labour and sexual exploitation." (A/HRC/50/33/Add.1, para. 38)',
)
SR_IPEC_50: Turn = (
    "For the cotton risk register: does the trafficking report say anything about child labour in "
    "Tajikistan's cotton?",
    'She "commends the coordinated efforts by the ILO International Programme on the Elimination '
    "of Child Labour to eliminate child labour and the risks of child trafficking for forced "
    'labour, in particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
SR_PROSECUTED_59: Turn = (
    "wait - victims of sex trafficking in tajikistan get prosecuted themselves?? is that in the "
    "report?",
    'As reports she finds of serious concern: "Reports that victims of trafficking for sexual '
    "exploitation are not identified as such, and instead are prosecuted for offences linked to "
    "involvement in prostitution (article 238 of Criminal Code) or keeping or organizing brothels "
    '(article 239 of Criminal Code), are of serious concern." (A/HRC/50/33/Add.1, para. 59)',
)
SR_SHELTER_65: Turn = (
    "how many people were actually in the dushanbe shelter? we want a number for the episode",
    'Five in 2021: "Although provision is made for 27 staff and 30 places for the accommodation '
    "of victims/survivors, the Special Rapporteur was informed that only 5 victims were "
    'accommodated in the shelter in 2021." (A/HRC/50/33/Add.1, para. 65)',
)
SR_IRAQ_71: Turn = (
    "for the episode on kids coming home from the camps: how many came back from iraq?",
    '"The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_BEST_INTERESTS_72: Turn = (
    "what's happening with the kids who were already brought back - are they with family now?",
    'Concerns were raised with her: "Regarding the children who have already been repatriated, '
    "concerns have been raised to the Special Rapporteur that a best interests determination has "
    'not been undertaken" (A/HRC/50/33/Add.1, para. 72)',
)
SR_NGO_LAW_75: Turn = (
    "FYI we fund an NGO partner for worker grievances in Tajikistan. Does the report say anything "
    "about the law on NGOs there?",
    'Yes: "the amendments to the Law on Public Associations, adopted in July 2015 and January '
    "2019, may undermine the ability of non-governmental organizations, including specialized "
    "non-governmental organizations supporting victims of trafficking, to carry out their work "
    'effectively." (A/HRC/50/33/Add.1, para. 75)',
)
SR_HOTLINE_77: Turn = (
    "so does tajikistan have a hotline victims can call? our host wants to mention it",
    'Yes; the Special Rapporteur "commends the establishment of a specialized Centre on '
    "Trafficking in Persons within the Ministry of the Interior, in 2017, and the launch of a "
    'dedicated hotline for victims of trafficking and persons at risk of trafficking." '
    "(A/HRC/50/33/Add.1, para. 77)",
)

# The national plan of action 2018-2022 (three tables)
PC_PROGRAMME_2: Turn = (
    "For the policy section of the Tajikistan article: does the 2018 plan foresee a national "
    "programme for children?",
    'Row 2 has one activity: "Develop unified national programme for children up to 2030." '
    "(National Plan of Action 2018-2022 (CRC), row 2)",
)
PC_OMBUDSMAN_6: Turn = (
    "For the article on Tajikistan's Ombudsman: does the 2018 plan mention a children's "
    "department in that office?",
    'Yes; row 6, first activity: "Allocate the necessary human, technical and financial resources '
    "to the Department of State Protection of Child Rights in the Office of Human Rights "
    'Ombudsman and local representatives and branches of the Human Rights Ombudsman." (National '
    "Plan of Action 2018-2022 (CRC), row 6)",
)
PC_UPR_15: Turn = (
    "For the article's religion section: what does the 2018 plan do about children's freedom of "
    "conscience?",
    'Row 15 refers it to the UPR: "Review this issue within the scope of the recommendations of '
    "state members of the UN Council on Human Rights as per formalities of the Universal Periodic "
    'Review." (National Plan of Action 2018-2022 (CRC), row 15)',
)
PC_MIGRANTS_CHILDREN_18: Turn = (
    "for our episode on kids left behind by migrant parents: does the plan do anything for them?",
    "Row 18, fifth activity: \"Provide education to migrants' children left without parental "
    'care, through educational institutions of the MLMEP." (National Plan of Action 2018-2022 '
    "(CRC), row 18)",
)
PC_LAST_RESORT_18: Turn = (
    "and the last thing listed in that row?",
    'The seventh activity: "Strengthen the capacity of the CCRs and its Secretaries at local '
    "level to consider the principle of the best interest of the child while reviewing the cases "
    'of children without parental care" (National Plan of Action 2018-2022 (CRC), row 18)',
)
PO_COMPLAINT_APPS_7: Turn = (
    "For our grievance-mechanism benchmarking: does the Tajik plan do anything on apps for "
    "children's complaints?",
    'Yes, OPSC row 7, third activity: "Ensuring the use of modern electronic technologies '
    '(applications and technical tools) for registering complaints and requests from children" '
    "(National Plan of Action 2018-2022 (OPSC), row 7)",
)
PO_HAZARDOUS_LIST_8: Turn = (
    "Does the Tajik plan revisit the hazardous-work list for under-18s? Relevant to our "
    "field-audit checklist.",
    'Yes, OPSC row 8, third activity: "Review of the list of works under harmful and dangerous '
    'working conditions, which are prohibited to the persons under 18 years of age" (National '
    "Plan of Action 2018-2022 (OPSC), row 8)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "Our supplier country list is keyed by ISO code. We're onboarding a garment maker in FJI "
        "- anything from the Committee on FJI under this Protocol, and was it told the same on "
        "forced labour?",
        (TJK_ENFORCE_21,),
        "uncovered country by its ISO alpha-3 code only ('FJI', Fiji), two questions, a sourcing "
        "analyst; after a Tajikistan turn (forced child labour in agriculture, para. 21)",
    ),
    (
        "I'm also cleaning up an old stub that still calls the country Western Samoa. Were "
        "observations under this Protocol ever adopted on Western Samoa, at that session or any "
        "other?",
        (TJK_ADOPTED_SESSION,),
        "uncovered country by its former name only ('Western Samoa', Samoa since 1997), a "
        "Wikipedia editor; after a Tajikistan turn (the seventy-sixth session, footnote to the "
        "title)",
    ),
    (
        "We're recording episode 5 in Vilnius with a prosecutor from there. Has the host country "
        "been told the same thing about merely viewing it?",
        (TJK_VIEWING_27D,),
        "uncovered country by its capital only, then 'the host country' (Vilnius, Lithuania), a "
        "podcast producer; after a Tajikistan turn (knowingly accessing/viewing child "
        "pornography, para. 27 (d))",
    ),
    (
        "A Bahamian listener emailed asking whether her own government was ever told to set one "
        "up. Anything on that?",
        (SR_HOTLINE_77,),
        "uncovered country by an adjective ('a Bahamian listener', then 'her own government', the "
        "Bahamas), a podcast producer; after a Special Rapporteur turn (the dedicated hotline, "
        "para. 77)",
    ),
    (
        "Same check for Djibuti - our shipments clear through the port there. Was it told to make "
        "legal persons liable?",
        (TKM_LEGAL_PERSONS_31,),
        "uncovered country misspelt ('Djibuti', Djibouti; the misspelling is the test), the scope "
        "first, a sourcing analyst; after a Turkmenistan turn (criminal liability of legal "
        "persons, para. 31)",
    ),
    (
        "Someone added the same criticism to a list of other States on the talk page. Can you "
        "source it for Barbados?",
        (KAZ_GUIDELINES_2,),
        "uncovered country as the last word of the question (Barbados), a Wikipedia editor; after "
        "a Kazakhstan turn (report not following the reporting guidelines, para. 2)",
    ),
    (
        "Does the index have anything similar on how Trinidad and Tobago licenses its recruitment "
        "agencies, or is that a gap in our file?",
        (SR_RECRUITMENT_38,),
        "uncovered country buried mid-sentence (Trinidad and Tobago), a sourcing analyst; after a "
        "Special Rapporteur turn (licensing of recruitment agencies, para. 38)",
    ),
    (
        "And Tonga?",
        (KAZ_RADIO_27,),
        "uncovered country in a two-word follow-up that takes its topic from the history (Tonga), "
        "a podcast producer; after a Kazakhstan turn (radio awareness campaigns, para. 27)",
    ),
    (
        "Same question for the Mercosur member states - we source denim from two of them.",
        (TJK_DATA_7,),
        "uncovered group of States ('the Mercosur member states'), a short follow-up, a sourcing "
        "analyst; after a Tajikistan turn (data on prosecutions and convictions, para. 7)",
    ),
    (
        "I'm also expanding an article on LGBT rights in Melanesia. Has this mandate reported on "
        "any country in that region, and what did it say?",
        (SR_LGBT_16,),
        "uncovered region (Melanesia), two questions, a Wikipedia editor; after a Special "
        "Rapporteur turn (discrimination against lesbian, gay, bisexual, trans and gender-diverse "
        "persons, para. 16)",
    ),
    (
        "Another infobox I'm filling is for the Union of the Comoros. Did the Committee adopt "
        "observations on it under this Protocol, and when is its next report due?",
        (TJK_NEXT_38,),
        "uncovered country by its official long name ('the Union of the Comoros'), two questions, "
        "a Wikipedia editor; after a Tajikistan turn (next periodic report, para. 38)",
    ),
    # -- a body, mandate, agency, NGO, person or website the documents never name --
    (
        "Our guest used to work at Polaris. Does Polaris Project have its own numbers on "
        "identified Tajik victims for 2020 and 2021 that we could put next to that?",
        (SR_FEWER_IDENTIFIED_21,),
        "uncovered NGO (Polaris Project) and its own figures, never mentioned, a podcast "
        "producer; after a Special Rapporteur turn (fewer victims identified during the pandemic, "
        "para. 21)",
    ),
    (
        "Winrock International ran a safe-migration project in Tajikistan that our NGO partner "
        "mentions. What did Winrock's own evaluation of it conclude?",
        (SR_SAFE_MIGRATION_35,),
        "uncovered NGO (Winrock International) and its own evaluation, never mentioned, a "
        "sourcing analyst; after a Special Rapporteur turn (safe migration, para. 35)",
    ),
    (
        "Noted. And Better Cotton - has it cleared Tajik farms for licensing?",
        (SR_IPEC_50,),
        "uncovered standard-setting body (Better Cotton), never mentioned, a short follow-up, a "
        "sourcing analyst; after a Special Rapporteur turn (IPEC and the cotton harvesting "
        "sector, para. 50)",
    ),
    (
        "And the IMF's own figure for 2021?",
        (SR_REMITTANCES_7,),
        "uncovered agency by its usual abbreviation ('the IMF', the International Monetary Fund) "
        "and its own figure, never mentioned, a short follow-up, a sourcing analyst; after a "
        "Special Rapporteur turn (remittances equal to 30 per cent of GDP, para. 7)",
    ),
    (
        "The infobox also has an accreditation field. What status did GANHRI give Tajikistan's "
        "Ombudsman, A or B, and in which year?",
        (PC_OMBUDSMAN_6,),
        "uncovered body by acronym (GANHRI, the Global Alliance of National Human Rights "
        "Institutions), never mentioned; the covered Tajikistan is only the subject; two "
        "questions, a Wikipedia editor; after a plan (CRC table) turn (the Ombudsman's department "
        "for child rights, row 6)",
    ),
    (
        "Someone on the talk page says Maud de Boer-Buquicchio reported on Kazakhstan too, around "
        "the same years. Do you hold her report?",
        (KAZ_MEETINGS_1,),
        "uncovered person (Maud de Boer-Buquicchio, Special Rapporteur on the sale of children "
        "2008-2014), never named, a Wikipedia editor; after a Kazakhstan turn (the 1084th and "
        "1120th meetings, para. 1)",
    ),
    (
        "Nadia Murad talks a lot about children coming out of ISIS areas. Has she said anything "
        "about these 84 Tajik kids?",
        (SR_IRAQ_71,),
        "uncovered person (Nadia Murad), never named, a podcast producer; after a Special "
        "Rapporteur turn (84 children repatriated from Iraq, para. 71)",
    ),
    (
        "The cite template wants a stable link. What is the undocs.org address for this report, "
        "and how many pages does the PDF have?",
        (SR_PURPOSE_1,),
        "uncovered website (undocs.org), never mentioned, asked for its own record, two "
        "questions, a Wikipedia editor; after a Special Rapporteur turn (purpose of the visit, "
        "para. 1)",
    ),
    (
        "For the status table I'd normally use treaties.un.org. How many States parties does "
        "treaties.un.org list for the sale-of-children Protocol today?",
        (TKM_ARMED_CONFLICT_4A,),
        "uncovered website (treaties.un.org), never mentioned, asked for its own status figure, a "
        "Wikipedia editor; after a Turkmenistan turn (accession to the armed-conflict Protocol, "
        "para. 4 (a))",
    ),
    (
        "Has the UN's special rapporteur on Afghanistan said anything about people stuck at that "
        "border? Would be great to have both rapporteurs in the show notes.",
        (SR_BORDER_22,),
        "uncovered mandate by an informal name ('the UN's special rapporteur on Afghanistan', the "
        "Special Rapporteur on the situation of human rights in Afghanistan), never mentioned; "
        "Afghanistan itself is named in the held report only as a place; a podcast producer; "
        "after a Special Rapporteur turn (the border closed in August 2021, para. 22)",
    ),
    # -- a session or year the index does not cover --
    (
        "What about at HRC56? Did she report back on Tajikistan at the Council's fifty-sixth "
        "session?",
        (SR_COVID_ONLINE_20,),
        "uncovered session by its short form and in words ('HRC56', the Human Rights Council's "
        "fifty-sixth, 2024; the held report is for the fiftieth), a short follow-up, a podcast "
        "producer; after a Special Rapporteur turn (the pandemic and online exploitation, para. "
        "20)",
    ),
    (
        "The article currently says Turkmenistan was reviewed again under this Protocol at the "
        "Committee's 87th session. Is that verifiable from what you hold?",
        (TKM_ADOPTED_1,),
        "uncovered session stated in a claim ('the Committee's 87th session', long after the "
        "sixty-eighth at which CRC/C/OPSC/TKM/CO/1 was adopted), a yes/no question, a Wikipedia "
        "editor; after a Turkmenistan turn (the 1983rd meeting, para. 1)",
    ),
    (
        "Our risk file says the Committee looked at Kazakhstan again in 2012. What did it say "
        "then about children in the cotton fields?",
        (KAZ_FORCED_LABOUR_15A,),
        "uncovered year for Kazakhstan (2012; the held observations are of January 2006), a "
        "sourcing analyst; after a Kazakhstan turn (article 133 and forced labour, para. 15 (a))",
    ),
    # -- a document symbol neither held nor cited --
    (
        "Then I'd rather cite the Government's own UPR report, A/HRC/WG.6/39/TJK/1. What does it "
        "say about children and religion?",
        (PC_UPR_15,),
        "uncovered symbol (A/HRC/WG.6/39/TJK/1, which the user takes for Tajikistan's national "
        "report to the Universal Periodic Review), neither held nor cited, a Wikipedia editor; "
        "after a plan (CRC table) turn (freedom of conscience referred to the UPR, row 15)",
    ),
    (
        "Then the review under it should be CMW/C/TJK/CO/2. What did that committee recommend on "
        "recruitment fees?",
        (SR_MIGRANT_CONVENTION_28,),
        "uncovered symbol (CMW/C/TJK/CO/2, which the user takes for the Committee on Migrant "
        "Workers' observations on Tajikistan), neither held nor cited, a sourcing analyst; after "
        "a Special Rapporteur turn (the migrant workers convention among the treaties, para. 28)",
    ),
    (
        "Our script says she followed this up in a General Assembly report, A/77/170. What does "
        "A/77/170 say about Tajikistan?",
        (SR_TEN_DAYS_2,),
        "uncovered symbol (A/77/170, which the user takes for the Rapporteur's report to the "
        "General Assembly), neither held nor cited, a podcast producer; after a Special "
        "Rapporteur turn (her ten days in Tajikistan, para. 2)",
    ),
    # -- a sub-section, paragraph or activity past the end of a held document --
    (
        "That's VI.C, right? And what does VI.D cover?",
        (TJK_EXTRADITION_31,),
        "nonexistent sub-section (VI.D) of CRC/C/OPSC/TJK/CO/1, whose section VI has sub-sections "
        "A-C (paras. 26-31), followed by section VII; a short follow-up, a Wikipedia editor; "
        "after the turn quoting para. 31",
    ),
    (
        "And paragraph 39?",
        (KAZ_ONLINE_31, KAZ_NEXT_32),
        "nonexistent paragraph (39) of CRC/C/OPSC/KAZ/CO/1, which has 32; a short follow-up, a "
        "Wikipedia editor; after the turns quoting paras. 31 and 32",
    ),
    (
        "That's sub-section F of part II, yeah? What's in sub-section G - my notes say it's on "
        "Afghan children.",
        (SR_DEADLINE_26,),
        "nonexistent sub-section (II.G) of A/HRC/50/33/Add.1, whose section II has sub-sections "
        "A-F (paras. 9-27), followed by section III; a podcast producer; after the turn quoting "
        "para. 26",
    ),
    (
        "Is there a fourth activity in that row? What does it cover?",
        (PO_COMPLAINT_APPS_7,),
        "nonexistent activity (a fourth) of the plan's OPSC row 7, which has three; a short "
        "follow-up, a sourcing analyst; after the turn quoting the third",
    ),
    (
        "there's an eighth one too, right? what is it?",
        (PC_MIGRANTS_CHILDREN_18, PC_LAST_RESORT_18),
        "nonexistent activity (an eighth) of the plan's CRC row 18, which has seven; a short "
        "follow-up, a podcast producer; after the turns quoting the fifth and the seventh",
    ),
    # -- a kind of document not held --
    (
        "Our auditors rely on ILO third-party monitoring of cotton harvests. Is there an ILO "
        "third-party monitoring report on Tajikistan's harvest in the index, and what did it find?",
        (TJK_COTTON_INFO_20,),
        "document kind not held (an ILO third-party monitoring report on the cotton harvest), "
        "never mentioned, two questions, a sourcing analyst; after a Tajikistan turn (limited "
        "information on child forced labour in the cotton harvest, para. 20)",
    ),
    (
        "Our guest cites UNICEF's MICS household survey for Turkmenistan on child labour. Do you "
        "have that survey, and what share of kids does it say work?",
        (TKM_AT_RISK_24,),
        "document kind not held (UNICEF's Multiple Indicator Cluster Survey for Turkmenistan, by "
        "acronym), never mentioned, two questions, a podcast producer; after a Turkmenistan turn "
        "(children identified as vulnerable, para. 24)",
    ),
    (
        "Her bio, too? I need her official OHCHR biography - nationality and date of appointment "
        "- for the infobox.",
        (SR_AUTHOR_TITLE,),
        "document kind not held (the Special Rapporteur's official biography), never held, a "
        "short follow-up, a Wikipedia editor; after a Special Rapporteur turn (her name in the "
        "title of the annexed report)",
    ),
    (
        "Can we read the Government's actual acceptance letter on air? What date is on it, and "
        "who signed it?",
        (SR_LATE_ACCEPTANCE_4,),
        "document kind not held (the Government's letter accepting the visit request, which "
        "A/HRC/50/33/Add.1 para. 4 mentions only as a late acceptance), two questions, a podcast "
        "producer; after the turn quoting para. 4",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "What minimum age and maximum daily hours does the Labour Code itself set for workers "
        "under 18? Paste the articles.",
        (TKM_LAWS_5A,),
        "a named text the held documents mention only in passing (Turkmenistan's Labour Code of "
        "18 April 2009, named in CRC/C/OPSC/TKM/CO/1 para. 5 (a)), asked for its own articles, an "
        "imperative, a sourcing analyst",
    ),
    (
        "Paste the list itself, entry by entry, as the Government published it.",
        (PO_HAZARDOUS_LIST_8,),
        "a named text the held documents mention only in passing (the list of works under harmful "
        "and dangerous working conditions prohibited to persons under 18, which the plan's OPSC "
        "row 8 only plans to review), asked for its own entries, an imperative, a sourcing analyst",
    ),
    (
        "Was that programme ever adopted, and what are its goals? I need the programme itself as "
        "the source, not the plan.",
        (PC_PROGRAMME_2,),
        "a named text the held documents mention only in passing (the unified national programme "
        "for children up to 2030, which the plan's CRC row 2 only plans to develop), asked for "
        "its own contents, two questions, a Wikipedia editor",
    ),
    (
        "Read me target 8.7 itself, word for word - the one on child labour and trafficking.",
        (SR_SDGS_5,),
        "a named text the held documents mention only in passing (target 8.7 of the Sustainable "
        "Development Goals; A/HRC/50/33/Add.1 para. 5 names only the Goals), asked for its own "
        "words, an imperative, a podcast producer",
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
        "Same check for Tajikistan, please: what did the Committee say there about forced child "
        "labour in the cotton harvest, and what did it recommend?",
        (TKM_DECREE_5B,),
        "Tajikistan",
        u(T, 20, 21),
        u(PO, 8) + u(S, 50),
        ["particularly in the annual cotton harvest", "particularly in the agriculture sector"],
        "covered country first ('Same check for Tajikistan'), two questions, a sourcing analyst; "
        "after a Turkmenistan turn (the 2005 decree on the cotton harvest, para. 5 (b))",
    ),
    (
        "Now the Tajikistan article: the same two meeting numbers for its review under this "
        "Protocol, with dates?",
        (KAZ_MEETINGS_1,),
        "Tajikistan",
        u(T, 1),
        [],
        ["2228th meeting", "2251st meeting"],
        "covered country by the user's article ('the Tajikistan article'), a Wikipedia editor; "
        "after a Kazakhstan turn (the 1084th and 1120th meetings, para. 1)",
    ),
    (
        "and did the children's committee say the same happens to kids in tajikistan? we want to "
        "get this right on air",
        (SR_PROSECUTED_59,),
        "Tajikistan",
        u(T, 24, 32),
        u(T, 25, 33),
        ["viewed as offenders", "may be arrested and prosecuted under the Criminal Code"],
        "a move within Tajikistan from the Special Rapporteur's report to the committee's "
        "observations ('the children's committee'), lower case, a yes/no question, a podcast "
        "producer; after a Special Rapporteur turn (victims prosecuted under articles 238 and "
        "239, para. 59); 32 (d)",
    ),
    (
        "Is the ILO child labour convention also in the Tajikistan article's list? When did "
        "Tajikistan ratify it, according to the Committee?",
        (TKM_ILO_4B,),
        "Tajikistan",
        u(T, 4),
        u(S, 28),
        ["Worst Forms of Child Labour Convention, 1999 (No. 182) in June 2005"],
        "covered country by the user's article, two questions, a Wikipedia editor; after a "
        "Turkmenistan turn (ILO Conventions Nos. 182 and 138, para. 4 (b)); 4 (e)",
    ),
    # -- to the Kazakhstan observations --
    (
        "Kazakhstan next: can companies be held liable there for these offences, per the 2006 "
        "review?",
        (TKM_LEGAL_PERSONS_31,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Legal persons cannot be liable for crimes under the Optional Protocol"],
        "covered country first ('Kazakhstan next:') with the year of its review, a sourcing "
        "analyst; after a Turkmenistan turn (criminal liability of legal persons, para. 31); 15 "
        "(d)",
    ),
    (
        "did the committee tell kazakhstan to set up a hotline too? back in 2006",
        (SR_HOTLINE_77,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Free telephone hotlines"],
        "covered country in a lower-case yes/no question, a podcast producer; after a Special "
        "Rapporteur turn on Tajikistan (the dedicated hotline, para. 77); 22 (d)",
    ),
    (
        "Same field for the Kazakhstan article: which earlier observations is the 2006 document "
        "to be read with, and under what symbol?",
        (TJK_READ_WITH_3,),
        "Kazakhstan",
        u(K, 3),
        [],
        ["CRC/C/15/Add.213", "6 June 2003"],
        "covered country by the user's article, two questions, a Wikipedia editor; after a "
        "Tajikistan turn (read with CRC/C/TJK/CO/3-5 and CRC/C/OPAC/TJK/CO/1, para. 3)",
    ),
    (
        "ok and kazakhstan back in 2006 - did the committee say anything about the internet "
        "there? like making internet companies help?",
        (TJK_ONLINE_23,),
        "Kazakhstan",
        u(K, 16),
        u(K, 15),
        ["full mandatory cooperation of Internet providers"],
        "covered country first in lower case, with the year, a podcast producer; after a "
        "Tajikistan turn (online child sexual exploitation, para. 23); 16 (b)",
    ),
    # -- to the Turkmenistan observations --
    (
        "We're looking at a similar partner in Turkmenistan. What did the Committee say there "
        "about restrictions on NGOs, and what did it urge?",
        (SR_NGO_LAW_75,),
        "Turkmenistan",
        u(M, 22, 23),
        u(M, 11),
        [
            "restrictions on the work of civil society organizations",
            "remove restrictions on the functioning",
        ],
        "covered country at the end of a background sentence, then 'there', two questions, a "
        "sourcing analyst; after a Special Rapporteur turn on Tajikistan (the Law on Public "
        "Associations, para. 75)",
    ),
    (
        "what about turkmenistan - did the committee ask for shelters for child victims there?",
        (SR_SHELTER_65,),
        "Turkmenistan",
        u(M, 40),
        u(M, 39),
        ["counselling, shelter, legal assistance"],
        "covered country after 'what about', lower case, a podcast producer; after a Special "
        "Rapporteur turn on Tajikistan (5 victims in the Dushanbe shelter in 2021, para. 65); 40 "
        "(a)",
    ),
    (
        "And in the Turkmenistan article: which body is named there, and does the Committee treat "
        "it as the coordinator for this Protocol?",
        (TJK_COORDINATION_12,),
        "Turkmenistan",
        u(M, 12),
        u(M, 13),
        ["Interagency Commission on Enforcing Turkmenistan\u2019s International Obligations"],
        "covered country by the user's article, two questions, a Wikipedia editor; after a "
        "Tajikistan turn (no information on the coordinating entity, para. 12)",
    ),
    (
        "And the due date for Turkmenistan's next report, from its 2015 document?",
        (KAZ_NEXT_32,),
        "Turkmenistan",
        u(M, 47),
        [],
        ["due by 28 January 2018"],
        "covered country with the year of its document, a short follow-up, a Wikipedia editor; "
        "after a Kazakhstan turn (next report due 10 September 2006, para. 32)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "Who actually enforces that on the ground? Does the trafficking rapporteur's Tajikistan "
        "report say anything about labour inspectors?",
        (TJK_ENFORCE_21,),
        "Tajikistan",
        u(S, 42),
        u(S, 40, 11),
        ["labour inspectorate has very limited capacity and resources"],
        "a move within Tajikistan from the committee's observations to the Special Rapporteur's "
        "report ('the trafficking rapporteur's Tajikistan report'), two questions, a sourcing "
        "analyst; after a Tajikistan turn (enforcing the legal framework prohibiting forced "
        "labour, para. 21)",
    ),
    (
        "what did the rapporteur who went in 2021 find on child marriage - is it still happening?",
        (TJK_CHILD_MARRIAGES_14,),
        "Tajikistan",
        u(S, 51),
        u(S, 44, 91, 9),
        ["continuing reports of child marriage"],
        "a move within Tajikistan from the committee's observations to the Special Rapporteur's "
        "report ('the rapporteur who went in 2021'), lower case, two questions, a podcast "
        "producer; after a Tajikistan turn (awareness-raising on child marriages, para. 14)",
    ),
    (
        "The same section mentions a visit by the trafficking rapporteur. What were the exact "
        "dates of her visit?",
        (TJK_CONSIDERED_1,),
        "Tajikistan",
        u(S, 1),
        u(S, 2),
        ["from 7 to 16 December 2021"],
        "a move within Tajikistan from the committee's observations to the Special Rapporteur's "
        "report ('the trafficking rapporteur'), a Wikipedia editor; after a Tajikistan turn (the "
        "2228th meeting, para. 1)",
    ),
    (
        "and in tajikistan, per the 2022 trafficking report - are child victims' voices heard in "
        "court?",
        (KAZ_VICTIM_VIEWS_20,),
        "Tajikistan",
        u(S, 83),
        u(S, 79, 62),
        ["voices of children who are victims are heard"],
        "covered country first in lower case with its document ('the 2022 trafficking report'), a "
        "podcast producer; after a Kazakhstan turn (the child victim's views in a criminal "
        "procedure, para. 20)",
    ),
    # -- to the national plan of action --
    (
        "Does Tajikistan's own 2018 action plan actually monitor kids in the cotton harvest? Who "
        "is responsible for it?",
        (TJK_COTTON_INFO_20,),
        "Tajikistan",
        u(PO, 8),
        u(PC, 31) + u(T, 21),
        ["use of forced child labour during the cotton harvesting season"],
        "a move within Tajikistan from the committee's observations to the plan ('Tajikistan's "
        "own 2018 action plan'; its OPSC table), two questions, a sourcing analyst; after a "
        "Tajikistan turn (limited information on the cotton harvest, para. 20); row 8, first "
        "activity",
    ),
    (
        "Does the Tajikistan article get the same treaty? Is joining it anywhere in Tajikistan's "
        "2018 plan, and how does the plan name it?",
        (KAZ_HAGUE_16C,),
        "Tajikistan",
        u(PC, 19),
        [],
        ["joining The Hague Convention on the protection of children"],
        "covered document by country and year ('Tajikistan's 2018 plan'; its CRC table), three "
        "questions, a Wikipedia editor; after a Kazakhstan turn (the Hague Convention No. 33, "
        "para. 16 (c)); row 19, second activity",
    ),
    (
        "does the government's 2018 action plan have anything on reintegrating kids who came out "
        "of armed conflict?",
        (SR_BEST_INTERESTS_72,),
        "Tajikistan",
        u(PA, 7),
        u(S, 72, 87),
        ["reintegration of child victims from the armed conflicts"],
        "a move within Tajikistan from the Special Rapporteur's report to the plan ('the "
        "government's 2018 action plan'; its OPAC table), lower case, a podcast producer; after a "
        "Special Rapporteur turn (no best interests determination for repatriated children, para. "
        "72); row 7",
    ),
    (
        "Does Tajikistan's plan do anything to track under-18 employees at enterprises? That's "
        "what our audits check.",
        (TKM_LAWS_5A,),
        "Tajikistan",
        u(PO, 1),
        u(PC, 31),
        ["list of employees under the age of 18 years"],
        "covered document by country ('Tajikistan's plan'; its OPSC table), a sourcing analyst; "
        "after a Turkmenistan turn (laws on young people's work, para. 5 (a)); row 1, second "
        "activity",
    ),
]
