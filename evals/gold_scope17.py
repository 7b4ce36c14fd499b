"""The seventeenth 'scope' table of the gold set (sb001-sb060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope16.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table: a reference librarian at a university's UN
depository library, answering patrons' queries and filling in catalogue records, formal and precise
about symbols, meetings, dates and the extent of a document ('Reference desk here.', 'A patron asks
...', 'For the catalogue record: ...', 'Our card catalogue still files ...', 'Our country files are
shelved by ISO code.'); a secondary-school student preparing for a Model UN conference, enthusiastic
and mostly in lower case ('hi!! im doing model UN', 'for my position paper', 'my chair said', 'my
committee in MUN is literally the security council', 'omg ok im actually representing PNG!!'); and a
translator building an English-Russian glossary who asks for exact terms and verbatim wording ('For
the glossary: ...', 'Terminology check: ...', 'Source-text check: ...', "is it 'hotline' or
'helpline'?", "'complaint' or 'complaints' mechanisms"). Sentence shapes vary: the new scope first
('Turkmenistan text now: ...', 'For Tajikistan, ...'), buried mid-sentence ('what did the committee
tell San Marino about kids and the internet ...'), last ('... to Finland?'), alone in a two-word
follow-up ('And Chad?'); yes/no questions; imperatives ('Quote article 1 of that Convention ...',
'Paste the unterm.un.org entry, please.'); two questions in one message. Ten of the forty declines
are short follow-ups that lean on the history ('wait and andora?? same thing there?', 'And Chad?',
'Same entry for the Benelux countries? ...', 'And the OHCHR regional office in Bishkek? ...', 'and
guterres?? ...', 'And the seventy-ninth session? ...', 'And CRC/C/KAZ/CO/3?', 'Is there a
sub-section C after it?', 'what about paragraph 36 of the kazakh one? ...', 'is there a third one
under that row?'). One to three earlier turns about what the index holds, each answered by quoting a
document verbatim with its reference, then a last question that moves the scope; each conversation
is typed by one of the three users throughout.

sb001-sb040 name what the index does not hold. A country, place or group of States: Burkina Faso
(only by its former name, 'Upper Volta', from an old card catalogue), Papua New Guinea (by its usual
abbreviation, 'PNG', the delegate's assigned State, then 'us'), Burundi (only by its ISO alpha-3
code, 'BDI'), Suriname (by its capital, Paramaribo, then 'the government there'), Algeria (by an
adjective, 'the Algerian authorities'), Andorra (misspelt 'andora'; the misspelling is the test),
Finland (the last word of the question), San Marino (buried mid-sentence), Chad (alone, 'And
Chad?'), the Benelux countries (a group) and the South Caucasus (a region). A body, office, mandate,
agency, NGO, person or website the documents never name: the Security Council, the OHCHR Regional
Office for Central Asia ('the OHCHR regional office in Bishkek'), the International Court of Justice
(also 'an ICJ'), the Special Rapporteur on the promotion and protection of human rights in the
context of climate change ('the UN special rapporteur on climate change'), the World Food Programme,
SOS Children's Villages, Defence for Children International (and 'DCI'), Tomoya Obokata (the Special
Rapporteur on contemporary forms of slavery), Secretary-General Ant\u00f3nio Guterres (in lower
case, by surname: 'guterres'), digitallibrary.un.org and UNTERM (unterm.un.org). A session, year or
period: the Committee's seventy-ninth session (for Tajikistan), 1996 (for Kazakhstan, before the
2003 observations the held document cites), 2028 (after the plan's period, 2018-2022). A symbol not
held: CRC/C/SR.1939 (the summary record CRC/C/OPSC/TKM/CO/1 para. 1 cites), A/HRC/44/45 (which the
user takes for an earlier report of the mandate) and CRC/C/KAZ/CO/3 (which the user takes for the
observations on the report CRC/C/OPSC/KAZ/CO/1 para. 32 says was due on 10 September 2006). Past the
end: a sub-section C of section X of CRC/C/OPSC/TJK/CO/1, paragraph 36 of CRC/C/OPSC/KAZ/CO/1, an
annex to CRC/C/OPSC/TKM/CO/1 listing the delegation, paragraph 98 of A/HRC/50/33/Add.1 (cited by the
user's source) and a third activity under the plan's CRC row 13. A kind of document not held: the
joint general recommendation No. 31 of CEDAW / general comment No. 18 of the Committee on harmful
practices, the additional information Kazakhstan submitted in writing after its dialogue (which
CRC/C/OPSC/KAZ/CO/1 para. 2 only mentions), a thematic report of the trafficking mandate. A text the
documents mention only in passing, asked for its own words or contents: the ILO Migration for
Employment Convention (Revised), 1949 (No. 97) (A/HRC/50/33/Add.1 para. 28), the Law of the Republic
of Tajikistan 'On Social Protection of Persons with Disabilities' (the plan's CRC row 20),
Turkmenistan's Code of Criminal Procedure (CRC/C/OPSC/TKM/CO/1 paras. 5 (a) and 37) and the Slavery
Convention of 1926 (CRC/C/OPSC/TKM/CO/1 para. 4 (f)). The answer must decline and cite nothing.

sb041-sb060 move to another covered country or document and carry the topic over: to the Tajikistan
observations (the wording of complaint mechanisms, from Turkmenistan; Roma children, from the
Rapporteur's report, which says it follows the Committee; to whom the recommendations go, from
Kazakhstan; training in child-friendly interviewing, from Turkmenistan); to the Kazakhstan
observations (the Internet, from Tajikistan; complicity of officials, after corruption at the Tajik
border; non-criminalization of victims, from Tajikistan; budget allocations, from Tajikistan); to
the Turkmenistan observations (the observations it is to be read with, from Kazakhstan; the
communications procedure, from Tajikistan; the helpline and its features, from Kazakhstan's
'hotlines'; a victims' compensation fund, from the Rapporteur's report); to A/HRC/50/33/Add.1
(children and cotton, from Turkmenistan; children in street situations, from Kazakhstan's 'street
children'; birth registration, from Turkmenistan; children with disabilities, from the plan); to the
plan (the statelessness conventions, CRC row 29, from Turkmenistan; children living with HIV/AIDS,
CRC row 10, from Kazakhstan; the Ombudsman's department for children, CRC row 6, from the Tajikistan
observations; international cooperation, OPSC row 2, from the Tajikistan observations).

Countries, places, regions, bodies, mandates, persons, websites, named texts, symbols and positions
past the end were checked against `gold_scope.py` to `gold_scope16.py` (read as text: questions,
turns and notes), and the country names also against the other tables in evals/: none asked about
here is asked about there. The countries, regions, bodies, mandates, persons, websites, sessions,
years and the symbols A/HRC/44/45 and CRC/C/KAZ/CO/3 were also checked against the text of
data/corpus: none is named in a held document. Burkina Faso (Upper Volta), Papua New Guinea,
Burundi, Suriname (Paramaribo), Algeria, Andorra, Finland, San Marino, Chad, the Benelux countries
and the South Caucasus appear in no gold table. Neither do the Security Council, the OHCHR office in
Bishkek, the International Court of Justice, the climate change mandate, the World Food Programme,
SOS Children's Villages, Defence for Children International, Tomoya Obokata, Ant\u00f3nio Guterres,
digitallibrary.un.org or UNTERM, the seventy-ninth session, 1996 or 2028, the symbols A/HRC/44/45
and CRC/C/KAZ/CO/3, the general recommendation on harmful practices or a thematic report.
CRC/C/SR.1939, Convention No. 97, the Code of Criminal Procedure and the Slavery Convention appear
in earlier tables' turns only, never asked for their own words; the additional written information
of Kazakhstan appears there only in turns quoting CRC/C/OPSC/KAZ/CO/1 para. 2 and as a key fact of a
covered item. The positions past the end are new (earlier tables used sections XI of
CRC/C/OPSC/TJK/CO/1 and XII of CRC/C/OPSC/TKM/CO/1, paras. 33, 34, 35, 37 and 40 of
CRC/C/OPSC/KAZ/CO/1, paras. 93-97 and 99 of A/HRC/50/33/Add.1, and activities past the end of other
rows of the plan). Every paragraph of the three observations has been a move target before, so the
covered items repeat earlier targets with a new history and wording.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (section X has
sub-sections A and B, paras. 36-38), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B and C (C.1-C.8),
CRC/C/OPSC/TKM/CO/1 47 in sections I-XI and no annex, A/HRC/50/33/Add.1 92 in sections I-VIII; the
plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, and its CRC row 13 has two activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_CONSIDERED_1: Turn = (
    "Reference desk here. For the catalogue record: at which meetings did the Committee consider "
    "Tajikistan's report under this Protocol and adopt its observations?",
    'Two meetings in September 2017: "The Committee considered the report of Tajikistan '
    "(CRC/C/OPSC/TJK/1) at its 2228th meeting (see CRC/C/SR.2228), held on 14 September 2017, and "
    "adopted the present concluding observations at its 2251st meeting, held on 29 September "
    '2017." (CRC/C/OPSC/TJK/CO/1, para. 1)',
)
TJK_COMMISSIONER_5: Turn = (
    "A patron asks which institution for children's rights Tajikistan created in 2016, according "
    "to the Committee.",
    'A Commissioner; the Committee notes with appreciation the progress achieved "including the '
    "establishment of the Commissioner for Children\u2019s Rights in 2016 and the national plan to "
    'combat trafficking in persons in Tajikistan 2016-2018." (CRC/C/OPSC/TJK/CO/1, para. 5)',
)
TJK_UNICEF_7: Turn = (
    "Did the Committee tell Tajikistan where to seek technical support for its data collection?",
    'Yes: "In that regard, the Committee recommends that the State party seek technical support '
    'from, inter alia, the United Nations Children\u2019s Fund." (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_SALE_NOT_TRAFFICKING_8: Turn = (
    "Glossary work (English into Russian): in the Tajikistan observations, are 'sale of children' "
    "and 'trafficking in children' one term or two?",
    'Two; the Committee is concerned that the legislation does not cover "the sale of children '
    '\u2014 a concept that is similar, but not identical, to trafficking in children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 8)",
)
TJK_BUDGET_17: Turn = (
    "ok so for my position paper - did the committee say tajikistan has to set money aside for "
    "this protocol?",
    'Yes: "The Committee recommends that the State party identify budget lines for the '
    "implementation of the Optional Protocol, ensuring the allocation of adequate resources, and "
    'present information in that regard in its next periodic report to the Committee." '
    "(CRC/C/OPSC/TJK/CO/1, para. 17)",
)
TJK_CORRUPTION_18D: Turn = (
    "A patron researching border corruption asks whether the 2017 Tajikistan observations mention "
    "it.",
    'Among the concerns on prevention: "There are allegations of the transport of victims across '
    'borders that are not investigated owing to corruption;" (CRC/C/OPSC/TJK/CO/1, para. 18 (d))',
)
TJK_CHILD_SPOUSES_19A: Turn = (
    "hi!! im doing model UN and my topic is child protection. which kids did the committee say "
    "tajikistan should protect?",
    'Several groups; it recommends that the State party "Adopt comprehensive and targeted '
    "protection and prevention measures and programmes for those children at risk of falling "
    "victim to offences under the Optional Protocol, including children living in poverty, "
    "children engaged in child labour, child victims of prostitution, child spouses and children "
    'living in street situations;" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
TJK_FORCED_LABOUR_20: Turn = (
    "Does the Tajikistan review of 2017 say anything about children in the cotton harvest?",
    'As a gap in information: "The Committee is concerned at the limited information provided to '
    "it on the measures adopted by the State party to eliminate child forced labour, particularly "
    'in the annual cotton harvest." (CRC/C/OPSC/TJK/CO/1, para. 20)',
)
TJK_ONLINE_23: Turn = (
    "what did the committee want tajikistan to do about kids online? is it like punishing them or "
    "what",
    'Education, not punishment: "It calls on the State party to ensure that the strategy focuses '
    "on awareness-raising and the education of children on the responsible use of information and "
    "communications technologies and online child sexual exploitation, and not on the punishment "
    'of children." (CRC/C/OPSC/TJK/CO/1, para. 23)',
)
TJK_CRIMINALIZATION_25: Turn = (
    "For the glossary: what exact wording does the Tajikistan text use for not treating children "
    "as offenders?",
    '"The Committee also recommends that the State party adopt the necessary legal and other '
    'measures to avoid the criminalization of children." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_COOPERATION_34: Turn = (
    "Source-text check: how does the Tajikistan text phrase cooperation with neighbouring "
    "countries?",
    'It encourages the State party "to continue to strengthen international cooperation through '
    'multilateral, regional and bilateral arrangements, especially with neighbouring countries" '
    "(CRC/C/OPSC/TJK/CO/1, para. 34)",
)
TJK_COMMUNICATIONS_35: Turn = (
    "wait did the committee want tajikistan to join the complaints protocol for kids?",
    '"The Committee recommends that, in order to further strengthen the fulfilment of '
    "children\u2019s rights, the State party ratify the Optional Protocol on a communications "
    'procedure." (CRC/C/OPSC/TJK/CO/1, para. 35)',
)
TJK_SECTION_X_38: Turn = (
    "How does section X of the Tajikistan observations end? I am checking the record's table of "
    "contents.",
    'With sub-section B, "Next periodic report": "In accordance with article 12 (2) of the '
    "Optional Protocol, the Committee requests the State party to include further information on "
    "the implementation of the Optional Protocol and the present concluding observations in its "
    'next periodic report to be submitted in accordance with article 44 of the Convention." '
    "(CRC/C/OPSC/TJK/CO/1, para. 38)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_CONSIDERED_1: Turn = (
    "Reference desk, another catalogue query: when did the Committee consider Kazakhstan's initial "
    "report under this Protocol?",
    'In January 2006: "The Committee considered the initial report of Kazakhstan '
    "(CRC/C/OPSC/KAZ/1) at its 1084th meeting (see CRC/C/SR.1084), held on 11 January 2006, and "
    "adopted at its 1120th meeting, held on 27 January 2006, the following concluding "
    'observations." (CRC/C/OPSC/KAZ/CO/1, para. 1)',
)
KAZ_DIALOGUE_2: Turn = (
    "Did Kazakhstan give the Committee anything in writing after the dialogue?",
    'Yes; the Committee "notes with appreciation the additional information submitted in writing '
    'as an immediate follow-up to the dialogue." (CRC/C/OPSC/KAZ/CO/1, para. 2)',
)
KAZ_PREVIOUS_3: Turn = (
    "A patron asks which earlier observations the 2006 Kazakhstan document points readers to.",
    '"The Committee reminds the State party that these concluding observations should be read in '
    "conjunction with its previous concluding observations adopted on the State party\u2019s "
    'initial report on 6 June 2003 contained in CRC/C/15/Add.213." (CRC/C/OPSC/KAZ/CO/1, para. 3)',
)
KAZ_SCHOOL_8: Turn = (
    "did the committee want kids in kazakhstan to learn about the protocol at school??",
    'Yes; it recommends "that the State party make the provisions of the Optional Protocol widely '
    'known, particularly to children through, inter alia, school curricula." (CRC/C/OPSC/KAZ/CO/1, '
    "para. 8)",
)
KAZ_HIV_9: Turn = (
    "did the committee say anything about kids with HIV in kazakhstan? its for my speech",
    '"The Committee is concerned about the stigmatization of children who have contracted HIV/AIDS '
    'as a consequence of being victims of trafficking or prostitution." (CRC/C/OPSC/KAZ/CO/1, '
    "para. 9)",
)
KAZ_HIV_10: Turn = (
    "and what did it want kazakhstan to do about that?",
    'Awareness and equal access; it recommends that the State party "ensure that these children '
    'have equal access to education, health care and other social services." (CRC/C/OPSC/KAZ/CO/1, '
    "para. 10)",
)
KAZ_INTERNET_16B: Turn = (
    "Terminology check: in the Kazakhstan observations, how is the role of Internet providers "
    "worded?",
    'The State party should "introduce specific legal provisions to combat these phenomena, '
    'including the full mandatory cooperation of Internet providers in this regard;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (b))",
)
KAZ_DOUBLE_18: Turn = (
    "did the committee tell kazakhstan to drop the double criminality thing? (my chair keeps "
    "saying that word)",
    '"The Committee recommends that the State party amend legislation in order to abolish the '
    "requirement of double criminality for extradition and/or prosecution of offences committed "
    'abroad." (CRC/C/OPSC/KAZ/CO/1, para. 18)',
)
KAZ_HOTLINES_22D: Turn = (
    "For the glossary: among the measures for victims in the Kazakhstan text, is it 'hotline' or "
    "'helpline'?",
    'Hotlines; the Committee urges "Free telephone hotlines;" (CRC/C/OPSC/KAZ/CO/1, para. 22 (d))',
)
KAZ_STREET_25: Turn = (
    "Which term does the 2006 Kazakhstan text use for children who live on the street?",
    'Street children: "The Committee is especially concerned about the vulnerability of street '
    'children, children who are foreign citizens or who belong to ethnic minorities." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 25)",
)
KAZ_TRANSMIT_30: Turn = (
    "A patron asks to whom Kazakhstan was to transmit the 2006 recommendations.",
    'The Committee recommends full implementation, "inter alia, by transmitting them to relevant '
    "government ministries, the Parliament and to provincial authorities for appropriate "
    'consideration and further action." (CRC/C/OPSC/KAZ/CO/1, para. 30)',
)
KAZ_NEXT_32: Turn = (
    "And when was Kazakhstan's next report under the Convention due, per that document?",
    'On 10 September 2006: the Committee requests further information "in its next periodic report '
    "under the Convention on the Rights of the Child due, in accordance with article 44 of the "
    'Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_ADOPTED_1: Turn = (
    "For the catalogue record: at which meetings were Turkmenistan's initial report considered and "
    "the observations adopted?",
    '"The Committee considered the initial report of Turkmenistan (CRC/C/OPSC/TKM/1) at its 1939th '
    "meeting (see CRC/C/SR.1939) held on 14 January 2015, and adopted the following concluding "
    'observations at its 1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." '
    "(CRC/C/OPSC/TKM/CO/1, para. 1)",
)
TKM_READ_WITH_3: Turn = (
    "Which other observations is the Turkmenistan document to be read with? The patron wants the "
    "related records too.",
    'Two: those "on the State party\u2019s combined second to fourth periodic reports under the '
    "Convention on the Rights of the Child (CRC/C/TKM/CO/2\u20134), adopted on 19 January 2015, as "
    "well as those on the initial report under the Optional Protocol on the involvement of "
    'children in armed conflict (CRC/C/OPAC/TKM/CO/1), adopted on 30 January 2015." '
    "(CRC/C/OPSC/TKM/CO/1, para. 3)",
)
TKM_STATELESS_4C: Turn = (
    "Glossary entry: what are the exact English titles of the statelessness conventions "
    "Turkmenistan joined, per the Committee?",
    '"1954 Convention relating to the Status of Stateless Persons, in December 2011; and 1961 '
    'Convention on the Reduction of Statelessness, in August 2012;" (CRC/C/OPSC/TKM/CO/1, para. 4 '
    "(c))",
)
TKM_SLAVERY_4F: Turn = (
    "How exactly does the Turkmenistan text title the 1926 slavery treaty? I need it letter for "
    "letter.",
    '"Slavery Convention signed at Geneva on 25 September 1926, amended by its 1953 Protocol, in '
    'May 1997." (CRC/C/OPSC/TKM/CO/1, para. 4 (f))',
)
TKM_COTTON_5B: Turn = (
    "did turkmenistan ban kids from picking cotton?? someone in my committee said so",
    'Yes, by decree; the Committee welcomes the "2005 presidential decree that bans child labour '
    "in all sectors, specifying that children are not permitted to participate in the cotton "
    'harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_SALE_9: Turn = (
    "And the Turkmenistan text: how does it phrase the difference between sale and trafficking?",
    'It recommends that the State party "ensure that the definition of sale of children, which is '
    "similar to but not identical to trafficking in persons, is included in the national "
    'legislation" (CRC/C/OPSC/TKM/CO/1, para. 9)',
)
TKM_MONITORING_14: Turn = (
    "Glossary again: what does the Turkmenistan text call the missing monitoring body?",
    'An independent national institution; the Committee expresses concern "at the absence of an '
    "independent national institution for the promotion and monitoring of the implementation of "
    'the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 14)',
)
TKM_MONITORING_15: Turn = (
    "And in the recommendation that follows, is the term the same?",
    'No, "mechanism": the Committee urges the State party "to establish expeditiously an '
    "independent mechanism for monitoring the implementation of the Optional Protocol, with a "
    "mandate to receive and investigate complaints by children of violations of their rights under "
    'the Protocol." (CRC/C/OPSC/TKM/CO/1, para. 15)',
)
TKM_BIRTH_24: Turn = (
    "Does the Turkmenistan document say anything about birth registration? A patron is compiling "
    "sources.",
    'Yes, as a positive trend: "The Committee also notes as positive the significant increase in '
    "birth registration and the extension of compulsory education to 12 years, which are likely to "
    'reduce the level of vulnerability of children." (CRC/C/OPSC/TKM/CO/1, para. 24)',
)
TKM_INTERVIEW_36A: Turn = (
    "What term does the Turkmenistan text use for the interviewing skills of staff who identify "
    "child victims?",
    'Plain "interviewing skills": it recommends that such personnel "are trained on child rights, '
    'child protection and interviewing skills;" (CRC/C/OPSC/TKM/CO/1, para. 36 (a))',
)
TKM_COMPLAINTS_36C: Turn = (
    "In the Turkmenistan text, what exactly is the phrase for the channels through which children "
    "can complain?",
    '"Ensure that complaints mechanisms are available and easily accessible to children whose '
    'rights may have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
TKM_CPC_37: Turn = (
    "Terminology: how does the Turkmenistan text describe the protection of child witnesses under "
    "the procedure code?",
    '"The Committee notes as positive the measures taken by the State party, under the Code of '
    "Criminal Procedure, to guarantee the legal protection and confidentiality of child victims "
    'and/or witnesses throughout the criminal proceedings." (CRC/C/OPSC/TKM/CO/1, para. 37)',
)
TKM_FOLLOWUP_45: Turn = (
    "To whom did the Committee want Turkmenistan to send its recommendations?",
    'To many: "transmitting them to the President, relevant government ministries, the Parliament, '
    "the Constitutional Court, and regional and local authorities, for appropriate consideration "
    'and further action." (CRC/C/OPSC/TKM/CO/1, para. 45)',
)
TKM_NEXT_47: Turn = (
    "How does the Turkmenistan document end? I am describing its extent for the record.",
    'With section XI, "Next report": the Committee requests further information "in its next '
    "periodic report under the Convention on the Rights of the Child, due by 28 January 2018, as "
    'stipulated in article 44 of the Convention." (CRC/C/OPSC/TKM/CO/1, para. 47)',
)

# A/HRC/50/33/Add.1
SR_VISIT_1: Turn = (
    "For the catalogue record of A/HRC/50/33/Add.1: when did the Special Rapporteur visit "
    "Tajikistan?",
    'From 7 to 16 December 2021: she "conducted an official visit to the country, from 7 to 16 '
    "December 2021, to assess the situation of trafficking in persons, especially women and "
    'children" (A/HRC/50/33/Add.1, para. 1)',
)
SR_VICTIMS_SURVIVORS_1: Turn = (
    "Does the Rapporteur write 'victims' or 'survivors' in the Tajikistan report? Our style guide "
    "needs one.",
    'Both, joined by a slash: she went "to identify the progress made and remaining challenges in '
    'combating trafficking in persons and protecting victims/survivors." (A/HRC/50/33/Add.1, para. '
    "1)",
)
SR_PLACES_3: Turn = (
    "Which places did the Rapporteur visit in Tajikistan apart from the capital?",
    '"In addition to visiting Dushanbe, the Special Rapporteur visited the border area with '
    "Afghanistan, specifically the border point of Panji Poyon, and met with border guards. She "
    'also visited the city of Bokhtar." (A/HRC/50/33/Add.1, para. 3)',
)
SR_UN_MET_3: Turn = (
    "Whom from the international side did she meet during the visit?",
    '"She also held discussions with the resident coordinator, representatives of the United '
    "Nations agencies, funds and programmes and the Organization for Security and Cooperation in "
    'Europe (OSCE) and members of the diplomatic community present in Tajikistan." '
    "(A/HRC/50/33/Add.1, para. 3)",
)
SR_AFGHANS_27: Turn = (
    "wait what happened to afghans at the tajik border? the rapporteur report",
    '"In August 2021, the Special Rapporteur was informed that 80 asylum seekers were not allowed '
    "access to the territory of Tajikistan and, after being stranded for two months between "
    "Tajikistan and Afghanistan in a buffer zone, were forcibly returned without an assessment of "
    'asylum or other international protection claims having been conducted." (A/HRC/50/33/Add.1, '
    "para. 27)",
)
SR_ILO_97_28: Turn = (
    "Which ILO migration conventions does the report list, with their exact English titles?",
    'Two: "Migration for Employment Convention (Revised), 1949 (No. 97) of the International '
    "Labour Organization (ILO); ILO Migrant Workers (Supplementary Provisions) Convention, 1975 "
    '(No. 143)" (A/HRC/50/33/Add.1, para. 28)',
)
SR_DIGITAL_49: Turn = (
    "does the rapporteur talk about social media and trafficking at all?",
    '"The Special Rapporteur highlights the importance of prevention actions to address the use of '
    "digital technologies in trafficking, including through social media, the dark web and "
    'messaging platforms, which provide easy access to potential victims, in particular children." '
    "(A/HRC/50/33/Add.1, para. 49)",
)
SR_ROMA_53: Turn = (
    "ok and what did the UN rapporteur who went to tajikistan say about roma kids?",
    '"The Special Rapporteur highlights the importance of ensuring that the particular situation '
    "of Roma and Jughhi children is recognized and that measures are taken to facilitate their "
    "access to official personal documentation, social protection services and social integration "
    "programmes in order to ensure that their families can gain access to public services, as "
    'recommended by the Committee on the Rights of the Child." (A/HRC/50/33/Add.1, para. 53)',
)
SR_REPATRIATION_71: Turn = (
    "what about tajik kids stuck in camps in syria?? did the rapporteur say anything",
    'She "welcomes the commitment by the Government to repatriate Tajik women and children who are '
    'currently in camps in the Syrian Arab Republic, in particular from Al Hol camp." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_IRAQ_71: Turn = (
    "and kids who already came back?",
    '"The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019. The '
    "children are currently under the care of the State, and the majority remain in child "
    'protection institutions." (A/HRC/50/33/Add.1, para. 71)',
)
SR_CHILD_JUSTICE_83: Turn = (
    "Which general comment does the Rapporteur cite in the Tajikistan report, by number and title?",
    "One, on child justice: she takes note of the measures taken to ensure child-friendly justice, "
    "\"in line with general comment No. 24 (2019) on children's rights in the child justice system "
    'of the Committee on the Rights of the Child." (A/HRC/50/33/Add.1, para. 83)',
)
SR_MALE_SHELTERS_87D: Turn = (
    "Does the report recommend shelters for male victims? I need the exact English.",
    'Yes; she recommends that the Government "Expand the provision of shelters for trafficked '
    "persons, including for parents with children, in cities and rural areas and accessible "
    "accommodation for victims with disabilities, and establish shelters for male victims of "
    'trafficking;" (A/HRC/50/33/Add.1, para. 87 (d))',
)
SR_COMPENSATION_FUND_90: Turn = (
    "Does the trafficking rapporteur recommend a State compensation fund for Tajikistan?",
    'Yes, among other measures on compensation: "establishing and maintaining a State compensation '
    "fund and ensuring access for victims regardless of their participation in criminal "
    'proceedings and independent of the prosecution or conviction of traffickers." '
    "(A/HRC/50/33/Add.1, para. 90)",
)
SR_EARLY_MARRIAGE_91D: Turn = (
    "Which term does the report use for child marriage: 'early', 'child' or 'forced'?",
    'In the recommendations, "early and forced marriage": she recommends that the Government '
    '"Undertake targeted prevention programmes to address the specific risks of child trafficking, '
    "in particular among children belonging to minority groups, children in street situations and "
    "children with disabilities, paying particular attention to girls and the risks that they face "
    'of early and forced marriage." (A/HRC/50/33/Add.1, para. 91 (d))',
)

# The national plan of action 2018-2022 (three tables)
PC_DAY_CARE_20: Turn = (
    "does tajikistan's own plan do anything for kids with disabilities?",
    'Row 20 has seven activities; the third is to "Expand the number and scope of Day Care Social '
    'Services for children with disabilities." (National Plan of Action 2018-2022 (CRC), row 20)',
)
PC_DISABILITY_LAW_20: Turn = (
    "Glossary: how does the plan name the disability law in its row 20, and what is the first "
    "activity there?",
    'The row is headed "Ensuring the implementation of the Law of the Republic of Tajikistan "On '
    'Social Protection of Persons with Disabilities" (Recommendations 28-29)"; its first activity '
    'is to "Explore the issue of amendments to the Law of the RT "On Child Rights Protection" to '
    'ensure children with disabilities have access to receive equal amount of disability pension." '
    "(National Plan of Action 2018-2022 (CRC), row 20)",
)
PC_BIRTH_REG_13: Turn = (
    "what does the tajik plan do about babies born at home not getting registered?",
    'Row 13, second activity: "Carry out informational and educational advocacy events to raise '
    "awareness of the communities on the state registry and put in place the reporting mechanisms "
    'on deliveries of children at home." (National Plan of Action 2018-2022 (CRC), row 13)',
)
PC_ALT_CARE_18: Turn = (
    "How is 'alternative care' worded in the plan's row on family care?",
    'Row 18, third activity: "Strengthening the institution of alternative child care." (National '
    "Plan of Action 2018-2022 (CRC), row 18)",
)
PC_NUTRITION_22: Turn = (
    "A patron asks what the plan foresees on children's nutrition.",
    'Row 22, first activity: "Preparation of leaflets and guidelines on healthy nutrition, proper '
    'preparation of food and nutrition for children, depending on the age" (National Plan of '
    "Action 2018-2022 (CRC), row 22)",
)
PC_CLIMATE_26: Turn = (
    "does tajikistan's plan say anything about climate change and kids? our committee topic this "
    "year is climate",
    'Row 26, third activity: "Within the framework of measures provided for in the National '
    "Strategy of the Republic of Tajikistan for Adaptation to Climate Change for the period until "
    "2030, provision and realization of the interests of children, in particular children with "
    'disabilities and girls" (National Plan of Action 2018-2022 (CRC), row 26)',
)
PC_DISSEMINATION_35: Turn = (
    "how is tajikistan supposed to tell people about the convention? like in its plan",
    'Row 35: "Disseminate information related to UNCRC and its Optional Protocols, as well as '
    "report of the Government of Tajikistan to the UN Committee on Child Rights, Concluding "
    "Observations, Plan of Action for implementation of Concluding Observations and the process of "
    'its implementation through mass media, website, informational leaflets, etc." (National Plan '
    "of Action 2018-2022 (CRC), row 35)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "Our card catalogue still files one West African country under its old name, Upper Volta. "
        "Do you hold the Committee's observations on Upper Volta under this Protocol, and at which "
        "meeting were they adopted?",
        (KAZ_CONSIDERED_1,),
        "uncovered country by a former name ('Upper Volta', Burkina Faso since 1984), a librarian; "
        "after a Kazakhstan turn (consideration and adoption meetings, para. 1)",
    ),
    (
        "omg ok im actually representing PNG!! did the committee tell us anything about child "
        "spouses like it told tajikistan?",
        (TJK_CHILD_SPOUSES_19A,),
        "uncovered country by its usual abbreviation ('PNG', Papua New Guinea) and 'us', the "
        "delegate's own assigned State, a Model UN delegate; after a Tajikistan turn (children at "
        "risk, child spouses among them, para. 19 (a))",
    ),
    (
        "Our country files are shelved by ISO code. Is there anything from the Committee under "
        "this Protocol shelved for BDI, and did it also point that State to a UN agency for data "
        "support?",
        (TJK_UNICEF_7,),
        "uncovered country by its ISO alpha-3 code only ('BDI', Burundi), two questions, a "
        "librarian; after a Tajikistan turn (technical support from UNICEF for data, para. 7)",
    ),
    (
        "Next job is for a client in Paramaribo. How did the Committee word the same "
        "sale/trafficking distinction in its observations on the government there? Same glossary "
        "entry, their version.",
        (TJK_SALE_NOT_TRAFFICKING_8,),
        "uncovered country by its capital only, then 'the government there' (Paramaribo, "
        "Suriname), a translator; after a Tajikistan turn (sale similar but not identical to "
        "trafficking, para. 8)",
    ),
    (
        "And what did the Committee ask of the Algerian authorities on Internet providers? I'd "
        "like to align the two entries.",
        (KAZ_INTERNET_16B,),
        "uncovered country by an adjective ('the Algerian authorities', Algeria), a translator; "
        "after a Kazakhstan turn (mandatory cooperation of Internet providers, para. 16 (b))",
    ),
    (
        "wait and andora?? same thing there?",
        (KAZ_SCHOOL_8,),
        "uncovered country misspelt ('andora', Andorra; the misspelling is the test), a short "
        "follow-up that takes its topic from the history, a Model UN delegate; after a Kazakhstan "
        "turn (the Protocol in school curricula, para. 8)",
    ),
    (
        "A patron is writing on Nordic practice. Has the trafficking rapporteur recommended such a "
        "State compensation fund to Finland?",
        (SR_COMPENSATION_FUND_90,),
        "uncovered country as the last word of the question (Finland), a librarian; after a "
        "Special Rapporteur turn (a State compensation fund, para. 90)",
    ),
    (
        "so for my position paper what did the committee tell San Marino about kids and the "
        "internet, like the same stuff as tajikistan?",
        (TJK_ONLINE_23,),
        "uncovered country buried mid-sentence (San Marino), a Model UN delegate; after a "
        "Tajikistan turn (education, not punishment, on online exploitation, para. 23)",
    ),
    (
        "And Chad?",
        (TKM_COTTON_5B, TJK_FORCED_LABOUR_20),
        "uncovered country in a two-word follow-up that takes its topic from the history (Chad), a "
        "Model UN delegate; after a Turkmenistan turn (the 2005 decree on the cotton harvest, "
        "para. 5 (b)) and a Tajikistan turn (child forced labour in the cotton harvest, para. 20)",
    ),
    (
        "Same entry for the Benelux countries? Did the Committee use that term for them?",
        (TKM_MONITORING_14, TKM_MONITORING_15),
        "uncovered group of States ('the Benelux countries'), a short follow-up, a translator; "
        "after two Turkmenistan turns (an independent national institution, para. 14; an "
        "independent mechanism, para. 15)",
    ),
    (
        "A patron is comparing with the South Caucasus. Has the same mandate reported on a visit "
        "to any country there, and which border points did it see?",
        (SR_PLACES_3,),
        "uncovered region (the South Caucasus), two questions, a librarian; after a Special "
        "Rapporteur turn (places visited in Tajikistan, para. 3)",
    ),
    # -- a body, office, mandate, agency, NGO, person or website the documents never name --
    (
        "ok and did the Security Council pass anything about those kids in the camps? my committee "
        "in MUN is literally the security council",
        (SR_REPATRIATION_71, SR_IRAQ_71),
        "uncovered UN body (the Security Council), never mentioned, a Model UN delegate; after two "
        "Special Rapporteur turns (repatriation from Al Hol; 84 children from Iraq, para. 71)",
    ),
    (
        "And the OHCHR regional office in Bishkek? Anything of theirs on trafficking in "
        "Tajikistan?",
        (SR_UN_MET_3,),
        "uncovered office (the OHCHR Regional Office for Central Asia, in Bishkek), never "
        "mentioned, a short follow-up, a librarian; after a Special Rapporteur turn (the resident "
        "coordinator, UN agencies and the OSCE met during the visit, para. 3)",
    ),
    (
        "our MUN also has an ICJ. has the International Court of Justice ever ruled on double "
        "criminality for crimes like these?",
        (KAZ_DOUBLE_18,),
        "uncovered court (the International Court of Justice, also by acronym), never mentioned, a "
        "Model UN delegate; after a Kazakhstan turn (abolishing double criminality, para. 18)",
    ),
    (
        "and has the UN special rapporteur on climate change said anything about tajik kids?",
        (PC_CLIMATE_26,),
        "uncovered mandate by its usual short name (the Special Rapporteur on the promotion and "
        "protection of human rights in the context of climate change), never mentioned; the "
        "covered Tajikistan is only the subject; a Model UN delegate; after a plan (CRC table) "
        "turn (children's interests in the climate adaptation strategy, row 26)",
    ),
    (
        "The patron would like the World Food Programme's own school-feeding figures for "
        "Tajikistan to set beside that row. Can you give them, with the year?",
        (PC_NUTRITION_22,),
        "uncovered UN agency by its full name (the World Food Programme), never mentioned, asked "
        "for its own figures, a librarian; after a plan (CRC table) turn (leaflets on nutrition, "
        "row 22)",
    ),
    (
        "SOS Children's Villages uses 'family-like care' in its own reports. How does SOS "
        "Children's Villages describe its programme in Tajikistan, in its own words?",
        (PC_ALT_CARE_18,),
        "uncovered NGO (SOS Children's Villages) and its own reports, never mentioned, a "
        "translator; after a plan (CRC table) turn (alternative child care, row 18)",
    ),
    (
        "Defence for Children International keeps a child-justice glossary. What does DCI itself "
        "say about child-friendly justice in Tajikistan?",
        (SR_CHILD_JUSTICE_83,),
        "uncovered NGO by full name and acronym (Defence for Children International, DCI), never "
        "mentioned, a translator; after a Special Rapporteur turn (general comment No. 24 and "
        "child-friendly justice, para. 83)",
    ),
    (
        "A patron asks whether Tomoya Obokata has written on this. Do you hold anything by him on "
        "forced child labour in Tajikistan's cotton harvest?",
        (TJK_FORCED_LABOUR_20,),
        "uncovered person (Tomoya Obokata), never named, a librarian; after a Tajikistan turn "
        "(child forced labour in the cotton harvest, para. 20)",
    ),
    (
        "and guterres?? did he say anything about those 80 people",
        (SR_AFGHANS_27,),
        "uncovered person by surname in lower case ('guterres', Secretary-General Ant\u00f3nio "
        "Guterres), never named, a short follow-up, a Model UN delegate; after a Special "
        "Rapporteur turn (80 asylum seekers forcibly returned, para. 27)",
    ),
    (
        "Which subject headings does digitallibrary.un.org assign to this report? I need them for "
        "our record.",
        (SR_VISIT_1,),
        "uncovered website (digitallibrary.un.org, the UN Digital Library), never mentioned, asked "
        "for its own record, a librarian; after a Special Rapporteur turn (dates of the visit, "
        "para. 1)",
    ),
    (
        "What Russian equivalent does UNTERM give for 'sale of children'? Paste the unterm.un.org "
        "entry, please.",
        (TKM_SALE_9,),
        "uncovered website by name and address (UNTERM, unterm.un.org), never mentioned, asked for "
        "its own entry, a translator; after a Turkmenistan turn (sale similar to but not identical "
        "to trafficking, para. 9)",
    ),
    # -- a session, year or period the index does not cover --
    (
        "And the seventy-ninth session? Was Tajikistan taken up again there?",
        (TJK_CONSIDERED_1,),
        "uncovered session in words (the Committee's seventy-ninth, after the seventy-sixth at "
        "which CRC/C/OPSC/TJK/CO/1 was adopted), a short follow-up, a librarian; after a "
        "Tajikistan turn (the 2228th and 2251st meetings, para. 1)",
    ),
    (
        "The patron actually needs what the Committee said about Kazakhstan in 1996, before those "
        "2003 observations. Do you have it?",
        (KAZ_PREVIOUS_3,),
        "uncovered year (1996, before any held or cited review of Kazakhstan), a librarian; after "
        "a Kazakhstan turn (the previous observations of 6 June 2003, CRC/C/15/Add.213, para. 3)",
    ),
    (
        "wait so what is tajikistan doing on that in 2028? like what's planned for 2028 "
        "specifically",
        (PC_DISSEMINATION_35,),
        "uncovered year after the plan's period (2028; the plan covers 2018-2022), a Model UN "
        "delegate; after a plan (CRC table) turn (dissemination of the Convention, row 35)",
    ),
    # -- a document symbol not held --
    (
        "A patron now wants the summary record itself, CRC/C/SR.1939. What did the delegation say "
        "about the helpline at that meeting?",
        (TKM_ADOPTED_1,),
        "uncovered symbol cited by a held document but not held (the summary record CRC/C/SR.1939, "
        "CRC/C/OPSC/TKM/CO/1 para. 1), a librarian; after a Turkmenistan turn (consideration and "
        "adoption meetings, para. 1)",
    ),
    (
        "The client also sent me A/HRC/44/45. Does it use the same slash form? Quote me a sentence "
        "from it.",
        (SR_VICTIMS_SURVIVORS_1,),
        "uncovered symbol (A/HRC/44/45, which the user takes for an earlier report of the same "
        "mandate), neither held nor cited, a translator; after a Special Rapporteur turn "
        "('victims/survivors', para. 1)",
    ),
    (
        "And CRC/C/KAZ/CO/3?",
        (KAZ_NEXT_32,),
        "uncovered symbol (CRC/C/KAZ/CO/3, which the user takes for the observations on that next "
        "report), neither held nor cited, a short follow-up, a librarian; after the Kazakhstan "
        "turn quoting para. 32 (next report due 10 September 2006)",
    ),
    # -- a sub-section, paragraph, annex or activity past the end of a held document --
    (
        "Is there a sub-section C after it?",
        (TJK_SECTION_X_38,),
        "nonexistent sub-section (X.C) of CRC/C/OPSC/TJK/CO/1, whose section X has sub-sections A "
        "and B only (paras. 36-38); a short follow-up, a librarian; after the turn quoting para. "
        "38",
    ),
    (
        "what about paragraph 36 of the kazakh one? my chair said its about HIV too",
        (KAZ_HIV_9, KAZ_HIV_10),
        "nonexistent paragraph (36) of CRC/C/OPSC/KAZ/CO/1, which has 32; a short follow-up, a "
        "Model UN delegate; after the turns quoting paras. 9 and 10",
    ),
    (
        "Is there an annex after that paragraph, listing the members of the delegation? I would "
        "add it to the record.",
        (TKM_FOLLOWUP_45, TKM_NEXT_47),
        "nonexistent annex of CRC/C/OPSC/TKM/CO/1, which ends with para. 47 and has no annex; a "
        "librarian; after the turns quoting paras. 45 and 47",
    ),
    (
        "My source text cites 'para. 98' of the same report for shelters for men. What is the "
        "exact wording of para. 98?",
        (SR_MALE_SHELTERS_87D,),
        "nonexistent paragraph (98) of A/HRC/50/33/Add.1, which has 92, cited by the user's "
        "source; a translator; after the turn quoting para. 87 (d)",
    ),
    (
        "is there a third one under that row?",
        (PC_BIRTH_REG_13,),
        "nonexistent activity (a third) of the plan's CRC row 13, which has two; a short "
        "follow-up, a Model UN delegate; after the turn quoting the second",
    ),
    # -- a kind of document not held --
    (
        "For the glossary I need the official definition of 'child marriage' from the joint "
        "general recommendation No. 31 / general comment No. 18 on harmful practices. Quote it "
        "from there.",
        (SR_EARLY_MARRIAGE_91D,),
        "document kind not held (the joint general recommendation No. 31 of CEDAW / general "
        "comment No. 18 of the Committee on the Rights of the Child, on harmful practices), "
        "neither held nor cited, a translator; after a Special Rapporteur turn (early and forced "
        "marriage, para. 91 (d))",
    ),
    (
        "Can you give me that additional information itself, for a patron? What did Kazakhstan "
        "submit in writing?",
        (KAZ_CONSIDERED_1, KAZ_DIALOGUE_2),
        "document kind not held (a State party's additional written information after the "
        "dialogue, which CRC/C/OPSC/KAZ/CO/1 para. 2 mentions only in passing), a librarian; after "
        "two Kazakhstan turns (consideration, para. 1; the additional information, para. 2)",
    ),
    (
        "does she have one of those big thematic reports just on tech and trafficking?? what does "
        "it say about kids online",
        (SR_DIGITAL_49,),
        "document kind not held (a thematic report of the trafficking mandate; the index holds "
        "only her country visit report), two questions, a Model UN delegate; after a Special "
        "Rapporteur turn (digital technologies, para. 49)",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "Now quote the article of Convention No. 97 itself on equal treatment of migrants in "
        "employment; I need the official English.",
        (SR_ILO_97_28,),
        "a named text the held documents mention only in passing (the ILO Migration for Employment "
        "Convention (Revised), 1949 (No. 97), named in A/HRC/50/33/Add.1 para. 28), asked for its "
        "own article, a translator",
    ),
    (
        "What does the law on social protection of persons with disabilities itself say about "
        "disability pensions for children? I need its article titles for the glossary.",
        (PC_DISABILITY_LAW_20,),
        "a named text the held documents mention only in passing (the Law of the Republic of "
        "Tajikistan 'On Social Protection of Persons with Disabilities', named in the plan's CRC "
        "row 20), asked for its own contents, a translator",
    ),
    (
        "Which article of that Code itself guarantees the confidentiality? Give me its title and "
        "text.",
        (TKM_CPC_37,),
        "a named text the held documents mention only in passing (Turkmenistan's Code of Criminal "
        "Procedure of 18 April 2009, named in CRC/C/OPSC/TKM/CO/1 paras. 5 (a) and 37), asked for "
        "its own article, a translator",
    ),
    (
        "Quote article 1 of that Convention, the definition of slavery, so I can match the "
        "glossary entry.",
        (TKM_SLAVERY_4F,),
        "a named text the held documents mention only in passing (the Slavery Convention of 1926, "
        "named in CRC/C/OPSC/TKM/CO/1 para. 4 (f)), asked for its own definition, a translator",
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
        "Same entry from the Tajikistan observations: is it 'complaint' or 'complaints' mechanisms "
        "there, and how is the recommendation worded?",
        (TKM_COMPLAINTS_36C,),
        "Tajikistan",
        u(T, 33),
        u(T, 32) + u(PO, 7),
        ["complaint mechanisms are easily accessible"],
        "covered document named as a source text ('the Tajikistan observations'), two questions, a "
        "translator; after a Turkmenistan turn ('complaints mechanisms', para. 36 (c)); 33 (e)",
    ),
    (
        "ok and what did the committee itself tell tajikistan about roma kids? for my position "
        "paper",
        (SR_ROMA_53,),
        "Tajikistan",
        u(T, 24, 25),
        u(PO, 10) + u(PC, 30),
        ["Mughat and Lyuli"],
        "a move within Tajikistan from the Special Rapporteur's report to the committee's "
        "observations ('the committee itself'), a Model UN delegate; after a Special Rapporteur "
        "turn (Roma and Jughhi children, 'as recommended by the Committee', para. 53)",
    ),
    (
        "The same patron wants the Tajikistan equivalent: to whom was Tajikistan to transmit the "
        "2017 recommendations?",
        (KAZ_TRANSMIT_30,),
        "Tajikistan",
        u(T, 36),
        u(T, 37),
        ["members of the national parliament and to the districts"],
        "covered country named twice ('the Tajikistan equivalent'), a librarian; after a "
        "Kazakhstan turn (transmission to ministries, the Parliament and provincial authorities, "
        "para. 30)",
    ),
    (
        "For Tajikistan, which professionals are to be trained in identifying child victims, and "
        "what is the exact term there for the interviewing skills?",
        (TKM_INTERVIEW_36A,),
        "Tajikistan",
        u(T, 33),
        u(T, 32),
        ["child-friendly interviewing skills", "immigration officials, judges, prosecutors"],
        "covered country first ('For Tajikistan, ...'), two questions, a translator; after a "
        "Turkmenistan turn (plain 'interviewing skills', para. 36 (a)); 33 (a)",
    ),
    # -- to the Kazakhstan observations --
    (
        "what did kazakhstan get told about the internet and kids? same topic for my paper",
        (TJK_ONLINE_23,),
        "Kazakhstan",
        u(K, 16),
        u(K, 15),
        ["Internet providers"],
        "covered country first in lower case, a Model UN delegate; after a Tajikistan turn "
        "(education on online exploitation, para. 23); 16 (b)",
    ),
    (
        "Does the 2006 Kazakhstan document also raise corruption, or the complicity of officials?",
        (TJK_CORRUPTION_18D,),
        "Kazakhstan",
        u(K, 23),
        u(K, 24),
        ["complicity by State officials"],
        "covered country in a yes/no question with its year ('the 2006 Kazakhstan document'), a "
        "librarian; after a Tajikistan turn (transport across borders not investigated owing to "
        "corruption, para. 18 (d))",
    ),
    (
        "And in the Kazakhstan observations, what is the term for not punishing victims?",
        (TJK_CRIMINALIZATION_25,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Non-criminalization of the victims"],
        "covered document by country ('the Kazakhstan observations'), a translator; after a "
        "Tajikistan turn ('avoid the criminalization of children', para. 25); 22 (a)",
    ),
    (
        "what about kazakhstan and money? did the committee say if they spend enough",
        (TJK_BUDGET_17,),
        "Kazakhstan",
        u(K, 13, 14),
        [],
        ["budget allocations"],
        "covered country buried after 'what about', lower case, a Model UN delegate; after a "
        "Tajikistan turn (budget lines, para. 17)",
    ),
    # -- to the Turkmenistan observations --
    (
        "For the Turkmenistan record: which other observations is it to be read with?",
        (KAZ_PREVIOUS_3,),
        "Turkmenistan",
        u(M, 3),
        u(M, 15),
        ["adopted on 19 January 2015", "CRC/C/OPAC/TKM/CO/1"],
        "covered document by country ('the Turkmenistan record'), a librarian; after a Kazakhstan "
        "turn (read with the 2003 observations, para. 3)",
    ),
    (
        "did turkmenistan get told to join the complaints protocol too?",
        (TJK_COMMUNICATIONS_35,),
        "Turkmenistan",
        u(M, 44),
        [],
        ["communications procedure"],
        "covered country in a lower-case yes/no question, a Model UN delegate; after a Tajikistan "
        "turn (ratifying the communications procedure, para. 35)",
    ),
    (
        "Turkmenistan text now: 'hotline' or 'helpline'? And which features did the Committee "
        "specify?",
        (KAZ_HOTLINES_22D,),
        "Turkmenistan",
        u(M, 42),
        u(M, 41),
        ["three- to four-digit number", "accessible 24 hours a day"],
        "covered country first ('Turkmenistan text now:'), two questions, a translator; after a "
        "Kazakhstan turn ('Free telephone hotlines', para. 22 (d))",
    ),
    (
        "Did the Committee recommend a compensation fund to Turkmenistan as well, in 2015?",
        (SR_COMPENSATION_FUND_90,),
        "Turkmenistan",
        u(M, 40),
        u(M, 39),
        ["compensation fund for those cases where victims cannot obtain compensation"],
        "covered country in a yes/no question with its year, a librarian; after a Special "
        "Rapporteur turn on Tajikistan (a State compensation fund, para. 90); 40 (b)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "did the UN rapporteur who visited tajikistan say anything about kids and cotton?",
        (TKM_COTTON_5B,),
        "Tajikistan",
        u(S, 50),
        u(T, 20, 21) + u(PO, 8),
        ["cotton harvesting sector"],
        "covered document by its author and the country she visited ('the UN rapporteur who "
        "visited tajikistan'), lower case, a Model UN delegate; after a Turkmenistan turn (the "
        "2005 decree on the cotton harvest, para. 5 (b))",
    ),
    (
        "In the Rapporteur's Tajikistan report, which term is used for street children, and what "
        "does she recommend for them?",
        (KAZ_STREET_25,),
        "Tajikistan",
        u(S, 91),
        u(S, 52, 92),
        ["children in street situations"],
        "covered document by its author and country ('the Rapporteur's Tajikistan report'), two "
        "questions, a translator; after a Kazakhstan turn ('street children', para. 25); 91 (d)",
    ),
    (
        "Does the trafficking rapporteur's report on Tajikistan mention birth registration, and "
        "what does she recommend on it?",
        (TKM_BIRTH_24,),
        "Tajikistan",
        u(S, 88),
        u(S, 50) + u(PC, 13),
        ["birth registration of all children"],
        "covered document by its author ('the trafficking rapporteur's report on Tajikistan'), two "
        "questions, a librarian; after a Turkmenistan turn (increase in birth registration, para. "
        "24); 88 (c)",
    ),
    (
        "what did the rapporteur say about kids with disabilities being trafficked in tajikistan?",
        (PC_DAY_CARE_20,),
        "Tajikistan",
        u(S, 52),
        u(S, 17, 45, 91, 92),
        ["children with disabilities, in particular for forced begging"],
        "a move within Tajikistan from the plan to the Special Rapporteur's report ('the "
        "rapporteur'), lower case, a Model UN delegate; after a plan (CRC table) turn (Day Care "
        "Social Services, row 20)",
    ),
    # -- to the national plan of action --
    (
        "Does Tajikistan's 2018 plan mention those two statelessness conventions, and under what "
        "titles?",
        (TKM_STATELESS_4C,),
        "Tajikistan",
        u(PC, 29),
        u(S, 50, 88),
        ["Convention of 1954 on the status of stateless persons"],
        "covered document by country and year ('Tajikistan's 2018 plan'; its CRC table), two "
        "questions, a translator; after a Turkmenistan turn (the 1954 and 1961 conventions, para. "
        "4 (c)); row 29, second activity",
    ),
    (
        "does tajikistan's own plan do anything for kids with HIV?",
        (KAZ_HIV_9,),
        "Tajikistan",
        u(PC, 10),
        u(PC, 24, 25),
        ["Monitor the situation of children living with HIV/AIDS"],
        "covered document ('tajikistan's own plan'; its CRC table), lower case, a Model UN "
        "delegate; after a Kazakhstan turn (stigmatization of children with HIV/AIDS, para. 9); "
        "row 10, second activity",
    ),
    (
        "Does the Government's 2018 plan do anything to strengthen the ombudsman's work on "
        "children's rights?",
        (TJK_COMMISSIONER_5,),
        "Tajikistan",
        u(PC, 6),
        [],
        ["Department of State Protection of Child Rights"],
        "a move within Tajikistan from the committee's observations to the plan ('the Government's "
        "2018 plan'; its CRC table), a librarian; after a Tajikistan turn (the Commissioner for "
        "Children's Rights, para. 5); row 6",
    ),
    (
        "And the wording in the Government's plan, in its table on the sale-of-children Protocol, "
        "for international cooperation?",
        (TJK_COOPERATION_34,),
        "Tajikistan",
        u(PO, 2),
        u(PA, 9) + u(T, 34),
        ["bilateral, regional and multilateral treaties and agreements"],
        "a move within Tajikistan from the committee's observations to the plan ('the Government's "
        "plan, in its table on the sale-of-children Protocol'; the OPSC table), a translator; "
        "after a Tajikistan turn (cooperation with neighbouring countries, para. 34); row 2, "
        "fourth activity",
    ),
]
