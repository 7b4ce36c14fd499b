"""The twentieth 'scope' table of the gold set (se001-se060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope19.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table (scope or round): a cabin-crew trainer at
an airline that flies Central Asian routes, writing the trafficking-awareness module for flight
attendants, brisk and practical, in aviation talk, with IATA airport codes ('Quick one before the
crew briefing', 'for the CBT module', 'our DYU rotation', 'the ALA crews', 'the ASB service', 'the
crew room', 'one of our pursers', 'a Caribbean charter next season'); a trade-union organiser for
migrant construction workers, warm, collective and rallying, who speaks for the members ('our
members', 'the lads and lasses on site', 'for Thursday's branch meeting', 'our sister union', 'our
Latin American affiliates', 'the gate leaflet', 'In solidarity'); and a financial-crime analyst at a
money-transfer company on the Russia-Tajikistan corridor, in compliance shorthand, with ISO alpha-2
codes ('For the typology library:', 'jurisdiction-risk memo, KZ section', 'an adverse-media hit',
'the KYC file', 'our CFT team', 'Now TJ:', 'And for TM:', 'Noted.'). Sentence shapes vary: the new
scope first ('Now Tajikistan, where most of the lads and lasses on site come from: ...', 'KZ next:
...', 'Now TJ: ...'), buried mid-sentence ('... girls are flown into Macao on tourist visas to work
the casino hotels and nobody asks questions; ...'), last ('... recommended to Saint Vincent and the
Grenadines?'), alone in a short follow-up ('And Guam?') or in a short lead-in ('And Dushanbe? ...');
yes/no questions; imperatives ('Then give me its article 8 word for word', 'Quote it for the
typology note'); two questions in one message. Twelve of the forty declines are short follow-ups
that lean on the history ('And Kiribatti? ...', 'And Guam?', 'And Sigma Huda, the first holder of
the mandate? ...', 'Is it up on legislationline.org ...', 'What about HRC47? ...', 'You give (a) and
(b). Is there a (c) ...', 'Is there an F after it? ...', "That's section VII. Is there a part B
...", 'And a fourth activity in that row? ...', 'And the second activity in that row - ...', 'Then
give me its article 8 ...', 'Even so, quote article 9 of that Convention itself ...'). One to three
earlier turns about what the index holds, each answered by quoting a document verbatim with its
reference, then a last question that moves the scope; each conversation is typed by one of the three
users throughout.

se001-se040 name what the index does not hold. A country, place or group of States: Nauru (only by
its ISO alpha-3 code, 'NRU'), Solomon Islands (only by its capital, Honiara, then 'the authorities
there'), Vanuatu (by its people's name, 'ni-Vanuatu fruit pickers', 'the ni-Vanuatu government'),
Kiribati (misspelt 'Kiribatti'; the misspelling is the test), Tuvalu (only by its colonial name,
'the Ellice Islands', as a legacy screening list carries it), Saint Kitts and Nevis (by its official
long name, 'the Federation of Saint Kitts and Nevis'), Saint Vincent and the Grenadines (the last
words of the question), Macao (a territory that is no State, buried mid-sentence), Guam (a territory
that is no State, alone, 'And Guam?'), Puerto Rico (a territory that is no State, by an adjective,
'one of our pursers is Puerto Rican', 'the Puerto Rican authorities'), Transnistria (a breakaway
region that is no State) and the Andean Community (a group of States, 'the Andean Community
countries'). A body, agency, NGO, person or website the documents never name: Sigma Huda (the first
Special Rapporteur on trafficking), the Egmont Group (of financial intelligence units),
eurasianet.org (an 'adverse-media hit'), the ITUC and its Global Rights Index, BWI (Building and
Wood Workers' International, by acronym), legislationline.org, ICAO (by acronym, and its own
guidelines for cabin crew), Airline Ambassadors International and the Blue Lightning Initiative. A
session or year: the Committee's sixty-seventh session for Turkmenistan (a claim in the user's memo;
the held observations were adopted at the sixty-eighth, in January 2015), the Human Rights Council's
forty-seventh session ('HRC47', 2021, before the visit; the held report is for the fiftieth) and
2018 for Kazakhstan (whose held observations are of January 2006). A symbol neither held nor cited:
E/CN.4/2006/62 (taken for a text of the former Commission on Human Rights), CCPR/C/KAZ/CO/2 (taken
for the Human Rights Committee's observations on Kazakhstan) and CRC/C/TJK/CO/6 (taken for the
newest review of Tajikistan under the Convention; the held observations cite CRC/C/TJK/CO/3-5 only).
Past the end: a sub-paragraph (c) of A/HRC/50/33/Add.1 para. 23 (whose list of gaps has (a) and (b)
only), a sub-section F of section V of A/HRC/50/33/Add.1, a sub-section B of section VII of
CRC/C/OPSC/TJK/CO/1 (which has no lettered sub-sections), a fourth activity under the plan's CRC row
33 (which has three) and a second under its OPAC row 5 (which has one). A kind of document not held:
a poster for the trafficking hotline (A/HRC/50/33/Add.1 para. 77 says only that it is advertised on
radio and television), a register of licensed recruitment agencies (para. 38 gives only 'more than
15'), the Migration Service's pre-departure course handouts (para. 35 names the programmes only) and
Tajikistan's national money-laundering risk assessment. A text the documents mention only in
passing, asked for its own words: article 8 of the International Covenant on Economic, Social and
Cultural Rights and the article of the Migrant Workers Convention on transferring earnings (both
listed in A/HRC/50/33/Add.1 para. 28), article 130.1 of Tajikistan's Criminal Code (para. 30, which
says only that it criminalizes trafficking) and article 9 of the Convention on the Rights of Persons
with Disabilities (paras. 17, 29 and 85 (d), which name it only). The answer must decline and cite
nothing.

se041-se060 move from one covered country to another and carry the topic over; every citation must
come from the newly named country. To Tajikistan: forced labour by children as a gap in the law
(from Kazakhstan), procedures for identifying child victims at borders (from Turkmenistan), where
the anti-trafficking commission sits and how often it meets (from Kazakhstan), free legal aid tied
to cooperation with the police (from Kazakhstan), extradition and double criminality (from
Turkmenistan, the new scope named by its capital only, 'And Dushanbe?'), the room left to NGOs (from
Kazakhstan) and the plan's OPSC row on forced child labour in the cotton harvest (from
Turkmenistan). To Kazakhstan: foreign trafficking victims (from the Rapporteur's report), liability
of legal persons (from Turkmenistan), the earlier observations to be read with the 2006 text (from
Tajikistan), training of professionals (from Tajikistan), coordination with NGOs (from
Turkmenistan), international cooperation (from Tajikistan) and the Internet (from the Rapporteur's
report). To Turkmenistan: child victims who are not nationals (from Kazakhstan), gaps in the
Criminal Code (from Kazakhstan), the date of the next report (from Tajikistan), training of law
enforcement (from Kazakhstan), impunity (from the Rapporteur's report) and a coordinating body (from
Kazakhstan).

Countries, places, groups, bodies, agencies, persons, websites, named texts, symbols, sessions and
positions past the end were checked against `gold_scope.py` to `gold_scope19.py` (read as text:
questions, turns and notes), and the names also against every other table in evals/ (`grep -ril NAME
evals/`): none asked about here is asked about there. They were also checked against the text of
data/corpus: none is named in a held document. Nauru (NRU), Honiara, Solomon Islands, Vanuatu
(ni-Vanuatu), Kiribati ('Kiribatti'), Tuvalu ('the Ellice Islands'), Saint Kitts and Nevis, Saint
Vincent and the Grenadines, Macao, Guam, Puerto Rico, Transnistria and the Andean Community appear
in no gold table. Neither do Sigma Huda, the Egmont Group, eurasianet.org, the ITUC, BWI,
legislationline.org, ICAO, Airline Ambassadors International or the Blue Lightning Initiative, the
strings 'sixty-seventh' and 'HRC47', the symbols E/CN.4/2006/62, CCPR/C/KAZ/CO/2 and CRC/C/TJK/CO/6,
or a poster, a register of recruitment agencies, course handouts or a money-laundering risk
assessment; no earlier decline asks about Kazakhstan in 2018. The International Covenant on
Economic, Social and Cultural Rights, the Migrant Workers Convention and the Convention on the
Rights of Persons with Disabilities appear in earlier tables only in turns quoting
A/HRC/50/33/Add.1, in answerable items and in notes (earlier declines asked about the committees
that monitor them, the CESCR, the CMW and the CRPD Committee, and about a Special Rapporteur's view
of the road map to ratifying the last, never for a treaty's own words), and article 130.1 of
Tajikistan's Criminal Code only as a key fact and in notes: none was ever asked for its own words.
The positions past the end are new (earlier tables used sub-paragraphs 85 (e), 86 (d), 87 (h), 88
(i), 89 (d), 91 (e) and 92 (c) and sub-sections II.G, III.D, IV.B and VIII.C of A/HRC/50/33/Add.1;
sub-sections IV.F, V.E, VI.D and X.C of CRC/C/OPSC/TJK/CO/1; activities past the end of the plan's
CRC rows 13, 16, 18, 20, 27, 31 and 35, OPSC rows 1, 2, 6, 7 and 8 and OPAC rows 6 and 8).

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (section VII,
paras. 32-33, has one unlettered heading), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B and C (C.1-C.8),
CRC/C/OPSC/TKM/CO/1 47 in sections I-XI, A/HRC/50/33/Add.1 92 in sections I-VIII (section V has
sub-sections A-E, paras. 55-74, followed by section VI; para. 23 lists gaps (a) and (b)); the plan's
tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, its CRC row 33 has three activities and its OPAC
row 5 one. Every cited unit exists, every key fact is a verbatim substring of one line of a must
unit, and every quotation in an earlier turn is verbatim (whitespace aside) in the unit it cites,
checked with a stdlib script that splits the five files into their numbered paragraphs and plan
rows.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_CONSIDERED_1: Turn = (
    "I write the trafficking-awareness module for our cabin crew. Quick one before the crew "
    "briefing: has the Committee ever reviewed Tajikistan under this Protocol?",
    'Yes, in September 2017: "The Committee considered the report of Tajikistan '
    "(CRC/C/OPSC/TJK/1) at its 2228th meeting (see CRC/C/SR.2228), held on 14 September 2017\" "
    "(CRC/C/OPSC/TJK/CO/1, para. 1)",
)
TJK_READ_WITH_3: Turn = (
    "Document lineage for the TJ profile: which other texts is CRC/C/OPSC/TJK/CO/1 meant to be "
    "read with?",
    "Two, adopted the same day: its observations \"on the combined third to fifth periodic "
    'reports submitted by the State party under the Convention (CRC/C/TJK/CO/3-5)" and those on '
    'the armed-conflict protocol "(CRC/C/OPAC/TJK/CO/1), both adopted on 29 September 2017." '
    "(CRC/C/OPSC/TJK/CO/1, para. 3)",
)
TJK_CIS_4D: Turn = (
    "For the typology library: is Tajikistan in any regional police agreement on trafficking?",
    'The Committee welcomed "The ratification of the Agreement on Cooperation between the '
    "Ministries of Internal Affairs (Police) of the States of the Commonwealth of Independent "
    'States in Combating Trafficking in Persons (2010);" (CRC/C/OPSC/TJK/CO/1, para. 4 (d))',
)
TJK_OFFENDERS_24: Turn = (
    "Crew sometimes decide a teenage girl travelling with an older man is 'working' and leave it "
    "at that. Did the Committee say how child victims of prostitution are treated in Tajikistan?",
    'It was concerned "that child victims of prostitution appear to be viewed as offenders in the '
    'State party, rather than as victims, and are not targeted for prevention efforts." '
    "(CRC/C/OPSC/TJK/CO/1, para. 24)",
)
TJK_NEIGHBOURS_34: Turn = (
    "Cross-border flows are our whole business. Did the Committee push Tajikistan to work with its "
    "neighbours?",
    'Yes; it encouraged the State party "to continue to strengthen international cooperation '
    'through multilateral, regional and bilateral arrangements, especially with neighbouring '
    'countries" (CRC/C/OPSC/TJK/CO/1, para. 34)',
)
TJK_COMPENSATION_32E: Turn = (
    "If a kid gets sold in Tajikistan, can the family get compensation, going by the Committee? "
    "It's for Thursday's branch meeting.",
    'In law but not in fact: "Child victims of offences under the Optional Protocol are not de '
    "facto capable of seeking compensation for acts committed against them owing to limited "
    'support, despite the de jure existence of provisions for such compensation." '
    "(CRC/C/OPSC/TJK/CO/1, para. 32 (e))",
)
TJK_BORDERS_32B: Turn = (
    "For the CBT module on our DYU rotation: did the Committee say whether Tajik border staff have "
    "a way of spotting child victims?",
    'Not a specific one; it was concerned that "Law enforcement, border and immigration '
    "authorities do not have specific procedures for systematically identifying child victims at "
    'borders, or any other location" (CRC/C/OPSC/TJK/CO/1, para. 32 (b))',
)
TJK_UNACCOMPANIED_33A: Turn = (
    "We fly a lot of unaccompanied minors out of Dushanbe. Did the Committee ask Tajikistan to "
    "look out for children travelling alone?",
    'In identifying victims, yes: it recommended that the State party "Establish mechanisms and '
    "procedures for the early identification of child victims, including unaccompanied children, "
    'of offences under the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 33 (a))',
)
TJK_IDENTIFIERS_33A: Turn = (
    "Benchmarking our module against the Committee's: whom did it want trained in Tajikistan to "
    "identify child victims?",
    'A long list of personnel, "including immigration officials, judges, prosecutors, the '
    "police, social workers, medical staff and other professionals working with child victims\" "
    "(CRC/C/OPSC/TJK/CO/1, para. 33 (a))",
)
TJK_USERS_33D: Turn = (
    "Next slide is on child sex tourism. Did the Committee tell Tajikistan to go after the buyers "
    "rather than the children?",
    'It recommended that the State party "Review the relevant laws in order to target users of '
    'child victims of prostitution and recognize the legal status of children as victims;" '
    "(CRC/C/OPSC/TJK/CO/1, para. 33 (d))",
)
TJK_NEXT_38: Turn = (
    "Refresh dates for the TJ profile: when does the Committee expect to hear from Tajikistan "
    "again under this Protocol?",
    "No separate date; it asked for the information in the next Convention report: \"the "
    "Committee requests the State party to include further information on the implementation of "
    "the Optional Protocol and the present concluding observations in its next periodic report to "
    'be submitted in accordance with article 44 of the Convention." '
    "(CRC/C/OPSC/TJK/CO/1, para. 38)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_CONSIDERED_1: Turn = (
    "And Kazakhstan?",
    'Yes, in January 2006: "The Committee considered the initial report of Kazakhstan '
    '(CRC/C/OPSC/KAZ/1) at its 1084th meeting (see CRC/C/SR.1084), held on 11 January 2006" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_PLAN_4A: Turn = (
    "KZ profile, governance fields. Did Kazakhstan have an anti-trafficking plan when the "
    "Committee looked at it?",
    'Two: the Committee noted "The adoption of a National Plan of Action on Trafficking on 29 '
    'February 2004 and a subsequent Plan for 2006-2008;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (a))',
)
KAZ_COMMISSION_4B: Turn = (
    "And a dedicated body?",
    'Yes; it noted with appreciation "The establishment of an inter-agency commission to combat '
    'trafficking;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (b))',
)
KAZ_COORDINATION_5: Turn = (
    "Jurisdiction-risk memo, KZ section: did the Committee think the ministries in Kazakhstan "
    "worked together on this?",
    'Not enough: it "remains concerned about the insufficient coordination among these bodies so '
    "as to ensure comprehensive, intersectoral policies at both central and local levels\" "
    "(CRC/C/OPSC/KAZ/CO/1, para. 5)",
)
KAZ_FORCED_LABOUR_15A: Turn = (
    "Kazakhstan's where a lot of our members end up on site. Did the Committee think its law on "
    "forced labour of children was up to scratch?",
    'No: "Article 133 of the Criminal Code does not cover sufficiently the sale of children for '
    'the purpose of forced labour" (CRC/C/OPSC/KAZ/CO/1, para. 15 (a))',
)
KAZ_RECRUITMENT_15B: Turn = (
    "And its law on recruiting kids for prostitution?",
    'Also found wanting: "Article 270 of the Criminal Code regarding recruitment for prostitution '
    "mentions specific methods of this recruitment but does not make punishable the recruitment "
    'of a child for prostitution regardless of the methods used" (CRC/C/OPSC/KAZ/CO/1, para. 15 '
    "(b))",
)
KAZ_LEGAL_AID_22: Turn = (
    "For the victim-support slide: what help did the Committee want Kazakhstan to give victims?",
    "A list of measures, beginning: \"(a) Non-criminalization of the victims; (b) Free legal aid; "
    '(c) Medical and psychosocial attention;" (CRC/C/OPSC/KAZ/CO/1, para. 22)',
)
KAZ_HOTLINES_22D: Turn = (
    "Did the Committee ask Kazakhstan for a free number victims could ring? Crews on the ALA "
    "service would pass it on.",
    'It listed "Free telephone hotlines;" among the measures it urged for victims '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (d))",
)
KAZ_COMPLICITY_24: Turn = (
    "Jurisdiction-risk memo, KZ section: did the Committee flag officials' complicity in "
    "trafficking?",
    'Yes; it urged "the State party to ensure that any suspicion of complicity by State officials '
    'is investigated and sanctioned." (CRC/C/OPSC/KAZ/CO/1, para. 24)',
)
KAZ_FOREIGN_25: Turn = (
    "For the ALA crews: which children did the Committee think most exposed in Kazakhstan?",
    'It was "especially concerned about the vulnerability of street children, children who are '
    'foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_TRAINING_8: Turn = (
    "Whom did the Committee want trained in Kazakhstan? We're benchmarking our own module.",
    "It recommended resources \"for the development of training materials and courses for all "
    "relevant professionals including police officers, public prosecutors, judges, medical staff "
    'and other professionals involved in the implementation of the Optional Protocol." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 8)",
)
KAZ_NGOS_28: Turn = (
    "Did the Committee want Kazakhstan working alongside NGOs on prevention? Our members' "
    "families lean on them.",
    'Yes; it encouraged the State party "to undertake further targeted preventive measures and '
    'liaise with NGOs concerning the implementation of awareness-raising campaigns." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 28)",
)
KAZ_NEXT_REPORT_32: Turn = (
    "Was Kazakhstan asked to report back, and by when?",
    "In its next Convention report, \"due, in accordance with article 44 of the Convention, on 10 "
    'September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)

# CRC/C/OPSC/TKM/CO/1
TKM_CONSIDERED_1: Turn = (
    "And Turkmenistan?",
    'Yes, in January 2015: "The Committee considered the initial report of Turkmenistan '
    '(CRC/C/OPSC/TKM/1) at its 1939th meeting (see CRC/C/SR.1939) held on 14 January 2015" '
    "(CRC/C/OPSC/TKM/CO/1, para. 1)",
)
TKM_ADOPTED_1: Turn = (
    "Refresh check for the TM profile: when were the Turkmenistan observations adopted?",
    'On 30 January 2015: the Committee "adopted the following concluding observations at its '
    '1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_DECREE_5B: Turn = (
    "Turkmenistan now - was there ever a formal ban on kids picking cotton there?",
    'A 2005 presidential decree, which the Committee welcomed, "specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_DATA_6: Turn = (
    "Data-quality note for the TM profile: what did the Committee say about Turkmenistan's "
    "statistics?",
    'It regretted "the lack of statistical data disaggregated by, inter alia, sex, age, national '
    "and ethnic origin, geographical location and socioeconomic status, on issues covered by the "
    'Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 6)',
)
TKM_CSO_22: Turn = (
    "Were unions and NGOs free to get on with their work in Turkmenistan, per the Committee?",
    'Not fully: it remained "concerned at reports of restrictions on the work of civil society '
    "organizations, including those working on children\u2019s rights.\" "
    "(CRC/C/OPSC/TKM/CO/1, para. 22)",
)
TKM_LEGAL_PERSONS_31: Turn = (
    "Can a company be done for these crimes in Turkmenistan? I'm thinking of the firms that hire "
    "our members.",
    'Not fully; the Committee recommended that Turkmenistan "revise its Criminal Code to ensure '
    "the full and direct criminal liability of legal persons for all offences covered by the "
    'Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 31)',
)
TKM_EXTRADITION_34: Turn = (
    "Cross-border enforcement note: what did the Committee suggest to Turkmenistan on extradition?",
    'It encouraged the State party "to consider including all offences referred to in article 3, '
    "paragraph 1, of the Optional Protocol as extraditable offences in the national legislation as "
    'well as in any existing or subsequent extradition treaty with other State parties." '
    "(CRC/C/OPSC/TKM/CO/1, para. 34)",
)
TKM_DETECTION_36A: Turn = (
    "Quick one for the CBT module: did the Committee want Turkmenistan's front-line staff trained "
    "to spot child victims?",
    "Yes; it recommended \"that personnel responsible for such detection and identification, "
    "including judges, prosecutors, the police, social workers, medical staff and other "
    "professionals working with and/or for children, are trained on child rights, child "
    'protection and interviewing skills" (CRC/C/OPSC/TKM/CO/1, para. 36 (a))',
)
TKM_FUND_40B: Turn = (
    "Asset-recovery angle: did the Committee want Turkmenistan to set up a fund for victims?",
    "Yes; among other things the State party should \"establish a victims\u2019 compensation fund "
    'for those cases where victims cannot obtain compensation from the perpetrator" '
    "(CRC/C/OPSC/TKM/CO/1, para. 40 (b))",
)

# A/HRC/50/33/Add.1
SR_VISIT_1: Turn = (
    "Source check for the TJ profile: when did the trafficking Rapporteur go to Tajikistan?",
    'In December 2021; she "conducted an official visit to the country, from 7 to 16 December '
    '2021" (A/HRC/50/33/Add.1, para. 1)',
)
SR_LATE_ACCEPTANCE_4: Turn = (
    "Was the visit easy to set up?",
    'No: "the late acceptance of the country visit request, only three working days prior to the '
    'official commencement date, posed difficulties in finalizing the programme for the visit." '
    "(A/HRC/50/33/Add.1, para. 4)",
)
SR_REFUSED_4: Turn = (
    "Did the government let the Rapporteur see everything she asked to see? Our members want to "
    "know how open they were.",
    "Not everything; she \"regrets that meetings did not take place with representatives of the "
    'Office of the General Prosecutor and the State Committee of National Security", and "that a '
    'visit to the State-run shelter for victims of trafficking in persons was not facilitated" '
    "(A/HRC/50/33/Add.1, para. 4)",
)
SR_REMITTANCES_7: Turn = (
    "Sizing the RU-TJ corridor: how big are remittances relative to Tajikistan's economy?",
    '"It is estimated that remittance revenues that are sent by Tajik migrants in the Russian '
    "Federation to their homes in Tajikistan are equal to 30 per cent of the gross domestic "
    'product of Tajikistan." (A/HRC/50/33/Add.1, para. 7)',
)
SR_UNIONS_11: Turn = (
    "Can migrant workers in Tajikistan join a union, legally? Asking for the gate leaflet.",
    "On paper: \"the right of migrant workers and members of their families to form associations "
    'and join trade unions is guaranteed under the Law on Trade Unions", but "there is a lack of '
    'information on how that right is protected in practice." (A/HRC/50/33/Add.1, para. 11)',
)
SR_ONLINE_20: Turn = (
    "Did the Rapporteur link the pandemic to online recruitment? We're updating the module.",
    'Yes: "globally the COVID-19 pandemic has increased the risks of recruitment for sexual '
    'exploitation online", and "Those risks are also prevalent in Tajikistan." (A/HRC/50/33/Add.1, '
    "para. 20)",
)
SR_AFGHANS_22: Turn = (
    "How many Afghans came into Tajikistan after the trouble started? We fly some of them onward.",
    '"More than 5,400 Afghans arrived in Tajikistan in January 2021 alone." (A/HRC/50/33/Add.1, '
    "para. 22)",
)
SR_ASYLUM_GAPS_23: Turn = (
    "Some of those passengers are asylum seekers. Who decides their status in Tajikistan, and is "
    "the procedure sound?",
    'The "Department of Citizenship and Work with Refugees under the Passport Registration Service '
    'of the Ministry of the Interior"; she found that "several gaps remain with respect to: '
    "(a) the existence of pre-screening procedures before an asylum claim is registered; and (b) "
    'access to the asylum procedure being dependent on various preliminary requirements" '
    "(A/HRC/50/33/Add.1, para. 23)",
)
SR_ICESCR_28: Turn = (
    "Is Tajikistan signed up to the UN covenant on economic and social rights? Our legal officer "
    "says it protects the right to organise.",
    'Yes; the report lists it among the treaties to which Tajikistan is a party: "International '
    'Covenant on Economic, Social and Cultural Rights" (A/HRC/50/33/Add.1, para. 28)',
)
SR_MWC_28: Turn = (
    "Is Tajikistan party to the UN convention on migrant workers? Relevant to the corridor.",
    'It is; the report\'s list includes the "Convention on the Protection of the Rights of All '
    'Migrant Workers and Members of Their Families" (A/HRC/50/33/Add.1, para. 28)',
)
SR_CRPD_29: Turn = (
    "The module has a section on passengers with disabilities. Is Tajikistan party to the UN "
    "disability convention?",
    'Not yet: "Tajikistan has not yet ratified the ILO Domestic Workers Convention, 2011 '
    "(No. 189), or the Convention on the Rights of Persons with Disabilities. A road map to the "
    'ratification of the latter Convention has been adopted." (A/HRC/50/33/Add.1, para. 29)',
)
SR_ARTICLE_130_30: Turn = (
    "Which article of the Tajik Criminal Code covers trafficking? For the gate leaflet.",
    '"Article 130.1 of the Criminal Code of Tajikistan criminalizes trafficking in persons." '
    "(A/HRC/50/33/Add.1, para. 30)",
)
SR_ANTI_TRAFFICKING_LAW_30: Turn = (
    "What's the proper name of Tajikistan's main trafficking law? Want it right on the leaflet.",
    'It is "the Law on Counteracting Trafficking in Persons and Providing Support to Victims of '
    'Trafficking in Persons of 2014 (Anti-Trafficking Law)." (A/HRC/50/33/Add.1, para. 30)',
)
SR_SAFE_MIGRATION_35: Turn = (
    "What does Tajikistan do before people leave? Any briefing for workers heading to Russia?",
    'Yes; she counts "the conduct of awareness-raising and education initiatives and '
    'pre-departure orientation programmes by the Migration Service" among measures that "are an '
    'important step to prevent trafficking for forced labour." (A/HRC/50/33/Add.1, para. 35)',
)
SR_RECRUITERS_38: Turn = (
    "I organise migrant builders for our union, and most of our members on the Russian sites are "
    "Tajik. What did the Rapporteur find about the agencies that recruit them?",
    'She acknowledged the licensing, but "serious concerns remain as to the effectiveness of such '
    'prevention measures to date", and she "received reports that more than 15 recruitment '
    'agencies operate within the State" (A/HRC/50/33/Add.1, para. 38)',
)
SR_CHARGES_38: Turn = (
    "Were any crooked recruiters actually prosecuted in Tajikistan?",
    'Some were investigated, but "information was not available on the specific charges brought, '
    "whether investigations and prosecutions for trafficking in persons were initiated and "
    'completed or the sentences imposed on responsible persons." (A/HRC/50/33/Add.1, para. 38)',
)
SR_INSPECTORATE_42: Turn = (
    "Who's meant to catch forced labour on the sites in Tajikistan itself? Is there a labour "
    "inspectorate worth the name?",
    'Barely: "the Tajik labour inspectorate has very limited capacity and resources and limited '
    "reach in rural areas and in sectors at risk, such as in domestic households and the "
    'agricultural sector." (A/HRC/50/33/Add.1, para. 42)',
)
SR_BORDER_TRAINING_46: Turn = (
    "Have Tajik border guards had any trafficking training? I'd like crews to know what the "
    "ground side knows.",
    '"Training of border guards has taken place, as set out in the national action plan, with the '
    "support of United Nations agencies, international organizations and donor Governments and "
    'with some input from civil society organizations." (A/HRC/50/33/Add.1, para. 46)',
)
SR_DIGITAL_49: Turn = (
    "Traffickers groom kids online long before they reach the airport. Did the Rapporteur say "
    "anything about that?",
    'She "highlights the importance of prevention actions to address the use of digital '
    "technologies in trafficking, including through social media, the dark web and messaging "
    'platforms, which provide easy access to potential victims, in particular children." '
    "(A/HRC/50/33/Add.1, para. 49)",
)
SR_FLIGHTS_69: Turn = (
    "Payment-pattern question: who pays for victims' flights home, per the report?",
    'Sometimes IOM, sometimes relatives; she "received reports of victims of trafficking having to '
    'rely on funds from extended family members to pay for return flights to escape situations of '
    'trafficking" (A/HRC/50/33/Add.1, para. 69)',
)
SR_COMPENSATION_73: Turn = (
    "Asset-recovery memo: which part of the Rapporteur's report covers compensation?",
    "Section V, sub-section E (Access to compensation), paras. 73-74; it opens: \"The provision "
    "of full compensation for the moral and material harm done to victims of trafficking is one "
    'of the stated objectives of the Anti-Trafficking Law." (A/HRC/50/33/Add.1, para. 73)',
)
SR_WAGES_74: Turn = (
    "When a recruiter cheats our members, can they get their money back in Tajikistan?",
    'Only in part: "compensation is, in practice, limited to the recovery of unpaid wages only." '
    "(A/HRC/50/33/Add.1, para. 74)",
)
SR_CENTRE_77: Turn = (
    "Is there a number in Tajikistan crews could pass to a passenger in trouble? Who runs it?",
    'A hotline: she commends "the establishment of a specialized Centre on Trafficking in Persons '
    "within the Ministry of the Interior, in 2017, and the launch of a dedicated hotline for "
    'victims of trafficking and persons at risk of trafficking." (A/HRC/50/33/Add.1, para. 77)',
)
SR_ADVERTISED_77: Turn = (
    "How do people in Tajikistan hear about that hotline?",
    '"The hotline is regularly advertised, primarily on the radio and television." '
    "(A/HRC/50/33/Add.1, para. 77)",
)
SR_DATABASE_82: Turn = (
    "Data availability check: does Tajikistan publish case-level trafficking figures we could "
    "calibrate against?",
    'Not yet: "The lack of disaggregated data on investigations into, and the prosecution of, '
    'trafficking cases, has been a serious concern." A "unified database for crimes related to '
    'trafficking in persons" is being developed. (A/HRC/50/33/Add.1, para. 82)',
)
SR_UNIONS_86A: Turn = (
    "Did the Rapporteur give unions any part in finding victims?",
    "Yes; she recommended that a proactive approach to identification be taken \"in cooperation "
    "with civil society organizations, trade unions, health-care professionals and child "
    'protection specialists." (A/HRC/50/33/Add.1, para. 86 (a))',
)
SR_FINANCIAL_89B: Turn = (
    "Did the Rapporteur mention financial investigations at all? That's our hook.",
    'Yes; she recommended that the Government "Continue strengthening international cooperation '
    "to ensure effective investigations into crimes of trafficking of a transnational nature, "
    'including financial investigations" (A/HRC/50/33/Add.1, para. 89 (b))',
)
SR_COMPENSATION_90: Turn = (
    "Did the Rapporteur say what Tajikistan should do about compensation for trafficked workers?",
    'She recommended "effective access to compensation for victims of trafficking, including for '
    'wage theft and the full range of harms suffered by victims" and "establishing and maintaining '
    'a State compensation fund" (A/HRC/50/33/Add.1, para. 90)',
)
SR_LICENSING_91C: Turn = (
    "Did she tell the government to get a grip on the recruiters?",
    'Yes: "Strengthen the licensing and monitoring of recruitment agencies, and implement the ILO '
    'general principles and operational guidelines on fair recruitment;" (A/HRC/50/33/Add.1, '
    "para. 91 (c))",
)
SR_DONORS_92A: Turn = (
    "Does the report say anything to donors and the UN system, not just to the Government?",
    'Yes; she addresses "the international community, including United Nations and humanitarian '
    'agencies", recommending that they "Strengthen human rights programming to prevent '
    'trafficking in persons, in particular internally within Tajikistan" (A/HRC/50/33/Add.1, '
    "para. 92 (a))",
)

# The national plan of action 2018-2022 (three tables)
PC_VICTIM_SUPPORT_33: Turn = (
    "Does the government's 2018 plan promise trafficking victims anything concrete?",
    'Row 33, third activity: "Support to all victims of trafficking, including medical care and '
    "psychosocial support, legal support, vocational training and reintegration to the "
    'families" (National Plan of Action 2018-2022 (CRC), row 33)',
)
PA_EXTREMISM_5: Turn = (
    "Our CFT team asks: does Tajikistan's 2018 plan deal with children drawn into extremist "
    "groups?",
    'Row 5 of its OPAC table; the activity reads: "Explore the issue of necessity of development '
    "of the strategy on prevention of children from joining extremist and radical movements and "
    'military groups" (National Plan of Action 2018-2022 (OPAC), row 5)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "Our route-risk sheet is keyed by ISO code and the next row reads NRU. Does the Committee "
        "have observations on NRU under this Protocol, and did it find the same gap at the "
        "borders?",
        (TJK_BORDERS_32B,),
        "uncovered country by its ISO alpha-3 code only ('NRU', Nauru), two questions, a "
        "cabin-crew trainer; after a Tajikistan turn (no procedures for identifying child victims "
        "at borders, para. 32 (b))",
    ),
    (
        "Next file: a wire beneficiary in Honiara. Has the Committee said anything to the "
        "authorities there about officials complicit in trafficking?",
        (KAZ_COMPLICITY_24,),
        "uncovered country by its capital only, then 'the authorities there' (Honiara, Solomon "
        "Islands), a yes/no question, a financial-crime analyst; after a Kazakhstan turn "
        "(complicity by State officials, para. 24)",
    ),
    (
        "Our sister union in Australia signs up ni-Vanuatu fruit pickers on seasonal visas. Has "
        "the UN told the ni-Vanuatu government anything about recruiters who charge workers "
        "fees?",
        (SR_RECRUITERS_38,),
        "uncovered country by its people's name only ('ni-Vanuatu', Vanuatu), a yes/no question, "
        "a union organiser; after a Special Rapporteur turn (more than 15 recruitment agencies, "
        "para. 38)",
    ),
    (
        "And Kiribatti? Same weak inspectors there?",
        (SR_INSPECTORATE_42,),
        "uncovered country misspelt ('Kiribatti', Kiribati; the misspelling is the test) in a "
        "short follow-up that takes its topic from the history, a union organiser; after a "
        "Special Rapporteur turn (the Tajik labour inspectorate, para. 42)",
    ),
    (
        "Our legacy screening list still carries the old name, the Ellice Islands. Was that "
        "jurisdiction ever told to set up a victims' fund of that kind?",
        (TKM_FUND_40B,),
        "uncovered country by its colonial name only ('the Ellice Islands', Tuvalu since 1978), "
        "then 'that jurisdiction', a yes/no question, a financial-crime analyst; after a "
        "Turkmenistan turn (a victims' compensation fund, para. 40 (b))",
    ),
    (
        "The KYC file gives the customer's citizenship as 'the Federation of Saint Kitts and "
        "Nevis'. Was that State likewise told to break its data down by sex, age and origin?",
        (TKM_DATA_6,),
        "uncovered country by its official long name in quotation marks ('the Federation of "
        "Saint Kitts and Nevis'), a yes/no question, a financial-crime analyst; after a "
        "Turkmenistan turn (data not disaggregated, para. 6)",
    ),
    (
        "We're adding a Caribbean charter next season. Was the same training for front-line "
        "staff recommended to Saint Vincent and the Grenadines?",
        (TKM_DETECTION_36A,),
        "uncovered country as the last words of the question (Saint Vincent and the "
        "Grenadines), a yes/no question, a cabin-crew trainer; after a Turkmenistan turn "
        "(training of personnel who detect child victims, para. 36 (a))",
    ),
    (
        "Crew on our Asian charters say girls are flown into Macao on tourist visas to work the "
        "casino hotels and nobody asks questions; has the Committee said anything about that?",
        (TJK_OFFENDERS_24,),
        "uncovered territory that is no State (Macao), buried mid-sentence, a cabin-crew "
        "trainer; after a Tajikistan turn (child victims of prostitution viewed as offenders, "
        "para. 24)",
    ),
    (
        "And Guam?",
        (TJK_CONSIDERED_1, KAZ_CONSIDERED_1, TKM_CONSIDERED_1),
        "uncovered territory that is no State (Guam), alone in a short follow-up that takes its "
        "topic from the history (whether the Committee reviewed it), a cabin-crew trainer; after "
        "a Tajikistan, a Kazakhstan and a Turkmenistan turn (the 2228th, 1084th and 1939th "
        "meetings, paras. 1), the second and third themselves two-word follow-ups",
    ),
    (
        "Our Latin American affiliates are asking whether the Andean Community countries were "
        "told anything like that about compensation for trafficked workers.",
        (SR_COMPENSATION_90,),
        "uncovered group of States ('the Andean Community countries'), an indirect question, a "
        "union organiser; after a Special Rapporteur turn (compensation, including for wage "
        "theft, para. 90)",
    ),
    (
        "One of our pursers is Puerto Rican. Were the Puerto Rican authorities ever told the same "
        "thing about targeting the buyers?",
        (TJK_USERS_33D,),
        "uncovered territory that is no State by an adjective only ('Puerto Rican', Puerto "
        "Rico), a yes/no question, a cabin-crew trainer; after a Tajikistan turn (target users "
        "of child victims of prostitution, para. 33 (d))",
    ),
    (
        "Different corridor: a string of small transfers to a counterparty in Transnistria. Has "
        "any UN body reported on trafficking out of Transnistria?",
        (SR_REMITTANCES_7,),
        "uncovered breakaway region that is no State (Transnistria), a yes/no question, a "
        "financial-crime analyst; after a Special Rapporteur turn (remittances equal to 30 per "
        "cent of GDP, para. 7)",
    ),
    # -- a body, agency, NGO, person or website the documents never name --
    (
        "And Sigma Huda, the first holder of the mandate? Did she ever go there, and what did "
        "she report?",
        (SR_VISIT_1, SR_LATE_ACCEPTANCE_4),
        "uncovered person (Sigma Huda, Special Rapporteur on trafficking 2004-2008), never "
        "named, a short follow-up with two questions, a financial-crime analyst; after two "
        "Special Rapporteur turns (the visit of 7-16 December 2021, para. 1; its late "
        "acceptance, para. 4)",
    ),
    (
        "Noted. Has the Egmont Group published anything on trafficking proceeds moving out of "
        "Tajikistan? Which paper, which year?",
        (SR_FINANCIAL_89B,),
        "uncovered network (the Egmont Group of financial intelligence units) and its own "
        "papers, never mentioned; the covered Tajikistan is only the subject; two questions, a "
        "financial-crime analyst; after a Special Rapporteur turn (financial investigations, "
        "para. 89 (b))",
    ),
    (
        "An adverse-media hit from eurasianet.org says relatives wire the ticket money through "
        "networks like ours. What did eurasianet itself report, and when?",
        (SR_FLIGHTS_69,),
        "uncovered website (eurasianet.org) and its own reporting, never mentioned, two "
        "questions, a financial-crime analyst; after a Special Rapporteur turn (relatives paying "
        "for return flights, para. 69)",
    ),
    (
        "Right. And what rating does the ITUC's Global Rights Index give Tajikistan, and for "
        "which year?",
        (SR_UNIONS_11, SR_INSPECTORATE_42),
        "uncovered confederation (the ITUC, the International Trade Union Confederation, by "
        "acronym) and its own index, never mentioned; the covered Tajikistan is only the "
        "subject; two questions, a union organiser; after two Special Rapporteur turns (the Law "
        "on Trade Unions, para. 11; the labour inspectorate, para. 42)",
    ),
    (
        "BWI tells us it has a cooperation agreement with the Tajik building unions on migrant "
        "workers. What does BWI itself say that agreement covers?",
        (SR_UNIONS_86A,),
        "uncovered global union federation by acronym only ('BWI', Building and Wood Workers' "
        "International) and its own account, never mentioned, a union organiser; after a "
        "Special Rapporteur turn (identification in cooperation with trade unions, para. 86 (a))",
    ),
    (
        "Is it up on legislationline.org in English? Send me the link.",
        (SR_ANTI_TRAFFICKING_LAW_30,),
        "uncovered website (legislationline.org), never mentioned, asked for its own record of a "
        "law, a short follow-up and an imperative, a union organiser; after a Special Rapporteur "
        "turn (the name of the Anti-Trafficking Law, para. 30)",
    ),
    (
        "What do ICAO's own guidelines tell cabin crew to do when they suspect a passenger is "
        "being trafficked?",
        (SR_BORDER_TRAINING_46,),
        "uncovered agency by acronym only ('ICAO', the International Civil Aviation "
        "Organization) and its own guidelines, never mentioned, a cabin-crew trainer; after a "
        "Special Rapporteur turn (training of border guards, para. 46)",
    ),
    (
        "Did Airline Ambassadors International ever run its crew training in Dushanbe, and what "
        "did its report say?",
        (SR_DIGITAL_49,),
        "uncovered NGO (Airline Ambassadors International) and its own report, never mentioned; "
        "Dushanbe is only the setting; two questions, a cabin-crew trainer; after a Special "
        "Rapporteur turn (digital technologies in trafficking, para. 49)",
    ),
    (
        "Does that hotline take tips passed on through the Blue Lightning Initiative, and what "
        "does Blue Lightning tell crews to do?",
        (SR_CENTRE_77,),
        "uncovered programme (the Blue Lightning Initiative, which trains airline staff to "
        "report suspected trafficking) and its own guidance, never mentioned, two questions, a "
        "cabin-crew trainer; after a Special Rapporteur turn (the Centre and its hotline, para. "
        "77)",
    ),
    # -- a session or year the index does not cover --
    (
        "Our memo says the Committee first reviewed Turkmenistan at its sixty-seventh session, in "
        "the autumn of 2014. What did it conclude there?",
        (TKM_ADOPTED_1,),
        "uncovered session stated in a claim ('its sixty-seventh session', in words; the held "
        "observations were considered and adopted in January 2015, at the sixty-eighth), a "
        "financial-crime analyst; after a Turkmenistan turn (the 1983rd meeting, para. 1)",
    ),
    (
        "What about HRC47? Did she put anything on Tajikistan before that session?",
        (SR_REFUSED_4,),
        "uncovered session by its short form ('HRC47', the Human Rights Council's forty-seventh, "
        "2021, before the visit; the held report is for the fiftieth), a short follow-up, a "
        "union organiser; after a Special Rapporteur turn (meetings and a shelter visit "
        "refused, para. 4)",
    ),
    (
        "Was Kazakhstan looked at again in 2018, and did it have a free hotline running by then?",
        (KAZ_HOTLINES_22D, KAZ_NEXT_REPORT_32),
        "uncovered year for Kazakhstan (2018; the held observations are of January 2006), two "
        "questions, a cabin-crew trainer; after two Kazakhstan turns (free telephone hotlines, "
        "para. 22 (d); the next report due on 10 September 2006, para. 32)",
    ),
    # -- a document symbol neither held nor cited --
    (
        "Our typology library cites E/CN.4/2006/62, from the old Commission on Human Rights. Do "
        "you hold it, and what does it say about Central Asia?",
        (SR_DONORS_92A,),
        "uncovered symbol (E/CN.4/2006/62, which the user takes for a text of the former "
        "Commission on Human Rights), neither held nor cited, two questions, a financial-crime "
        "analyst; after a Special Rapporteur turn (recommendations to the international "
        "community, para. 92 (a))",
    ),
    (
        "Someone sent me CCPR/C/KAZ/CO/2 for a piece on forced labour. Have you got it? Paste "
        "what it says on migrant workers.",
        (KAZ_FORCED_LABOUR_15A,),
        "uncovered symbol (CCPR/C/KAZ/CO/2, which the user takes for the Human Rights "
        "Committee's observations on Kazakhstan), neither held nor cited, an imperative, a union "
        "organiser; after a Kazakhstan turn (article 133 and forced labour, para. 15 (a))",
    ),
    (
        "A colleague forwarded the reference CRC/C/TJK/CO/6. Is that the newest review of "
        "Tajikistan, and what does it say about children flying alone?",
        (TJK_UNACCOMPANIED_33A,),
        "uncovered symbol (CRC/C/TJK/CO/6, which the user takes for the newest review of "
        "Tajikistan under the Convention; the held observations cite CRC/C/TJK/CO/3-5 only), "
        "neither held nor cited, two questions, a cabin-crew trainer; after a Tajikistan turn "
        "(early identification of unaccompanied children, para. 33 (a))",
    ),
    # -- a sub-paragraph, sub-section or activity past the end of a held document --
    (
        "You give (a) and (b). Is there a (c) in that list of gaps? I'd like its wording too.",
        (SR_AFGHANS_22, SR_ASYLUM_GAPS_23),
        "nonexistent sub-paragraph (23 (c)) of A/HRC/50/33/Add.1, whose para. 23 lists gaps (a) "
        "and (b) only; a short follow-up, a cabin-crew trainer; after the turns quoting paras. 22 "
        "and 23",
    ),
    (
        "Is there an F after it? Heading and first para, please.",
        (SR_COMPENSATION_73,),
        "nonexistent sub-section (V.F) of A/HRC/50/33/Add.1, whose section V has sub-sections "
        "A-E (paras. 55-74), followed by section VI; a short follow-up, a financial-crime "
        "analyst; after the turn quoting para. 73",
    ),
    (
        "That's section VII. Is there a part B of VII after it? What's its heading?",
        (TJK_COMPENSATION_32E,),
        "nonexistent sub-section (VII.B) of CRC/C/OPSC/TJK/CO/1, whose section VII (paras. "
        "32-33) has a single unlettered heading, followed by section VIII; a short follow-up, a "
        "union organiser; after the turn quoting para. 32 (e)",
    ),
    (
        "And a fourth activity in that row? Who's meant to carry it out?",
        (PC_VICTIM_SUPPORT_33,),
        "nonexistent activity (a fourth) of the plan's CRC row 33, which has three; a short "
        "follow-up, two questions, a union organiser; after the turn quoting the third",
    ),
    (
        "And the second activity in that row - what follows once the issue has been explored?",
        (PA_EXTREMISM_5,),
        "nonexistent activity (a second) of the plan's OPAC row 5, which has one; a short "
        "follow-up, a financial-crime analyst; after the turn quoting it",
    ),
    # -- a kind of document not held --
    (
        "Do you hold the hotline's poster itself, something we could pin up in the crew room at "
        "DYU, as an image or a PDF?",
        (SR_CENTRE_77, SR_ADVERTISED_77),
        "document kind not held (a poster for the trafficking hotline; A/HRC/50/33/Add.1 para. "
        "77 says only that it is advertised on radio and television), a cabin-crew trainer; "
        "after two turns quoting para. 77",
    ),
    (
        "Have you got the register itself - names and addresses of the licensed agencies? We'd "
        "tell members to steer clear of the rest.",
        (SR_RECRUITERS_38, SR_LICENSING_91C),
        "document kind not held (a register of licensed recruitment agencies; A/HRC/50/33/Add.1 "
        "para. 38 gives only 'more than 15'), a union organiser; after two Special Rapporteur "
        "turns (paras. 38 and 91 (c))",
    ),
    (
        "Do you hold the Migration Service's actual course handouts? I want to lay them next to "
        "our gate leaflet.",
        (SR_SAFE_MIGRATION_35,),
        "document kind not held (the Migration Service's pre-departure course handouts; "
        "A/HRC/50/33/Add.1 para. 35 names the programmes only), a union organiser; after the "
        "turn quoting para. 35",
    ),
    (
        "Do you hold Tajikistan's national money-laundering risk assessment? I need its section "
        "on trafficking proceeds.",
        (SR_DATABASE_82,),
        "document kind not held (Tajikistan's national money-laundering risk assessment), never "
        "mentioned, a financial-crime analyst; after a Special Rapporteur turn (disaggregated "
        "data and a unified database, para. 82)",
    ),
    # -- a text the documents mention only in passing, asked for its own words --
    (
        "Then give me its article 8 word for word - the bit on the right to strike. In "
        "solidarity!",
        (SR_ICESCR_28,),
        "a named text the held documents mention only in passing (the International Covenant on "
        "Economic, Social and Cultural Rights, listed in A/HRC/50/33/Add.1 para. 28), asked for "
        "its own article, a short follow-up and an imperative, a union organiser",
    ),
    (
        "That Convention has, I'm told, an article on migrants transferring their earnings and "
        "savings home. Quote it for the typology note, please.",
        (SR_REMITTANCES_7, SR_MWC_28),
        "a named text the held documents mention only in passing (the Migrant Workers "
        "Convention, listed in A/HRC/50/33/Add.1 para. 28), asked for its own article on "
        "transferring earnings, an imperative, a financial-crime analyst; after the turns "
        "quoting paras. 7 and 28",
    ),
    (
        "What sentence does article 130.1 itself set, in its own words? The members will want to "
        "know what a trafficker actually gets.",
        (SR_ARTICLE_130_30,),
        "a named text the held documents mention only in passing (article 130.1 of Tajikistan's "
        "Criminal Code, which A/HRC/50/33/Add.1 para. 30 says criminalizes trafficking, without "
        "its wording or penalties), asked for its own words, a union organiser",
    ),
    (
        "Even so, quote article 9 of that Convention itself for our special-assistance "
        "procedure - the part on transport.",
        (SR_CRPD_29,),
        "a named text the held documents mention only in passing (the Convention on the Rights "
        "of Persons with Disabilities, which A/HRC/50/33/Add.1 paras. 17, 29 and 85 (d) name "
        "without quoting), asked for its own article, a short follow-up and an imperative, a "
        "cabin-crew trainer",
    ),
]

# B: the last question moves to another covered country; the carried-over topic is answered there.
# (question, history, country, must, may, facts, notes); units are (doc, number) pairs.
Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Tajikistan --
    (
        "Now Tajikistan, where most of the lads and lasses on site come from: was forced labour "
        "by children a gap in the law there too, and what did the Committee want done?",
        (KAZ_FORCED_LABOUR_15A,),
        "Tajikistan",
        u(T, 27),
        u(T, 20, 21, 26) + u(PO, 8),
        ["Forced labour by children as a form of the sale of children"],
        "covered country first ('Now Tajikistan, where most of the lads and lasses on site come "
        "from'), two questions, a union organiser; after a Kazakhstan turn (article 133 and "
        "forced labour, para. 15 (a)); 27 (c)",
    ),
    (
        "Same red flag for our DYU crews: did the Committee find that Tajik border and "
        "immigration staff had procedures for spotting child victims?",
        (TKM_DETECTION_36A,),
        "Tajikistan",
        u(T, 32),
        u(T, 33) + u(S, 46, 88),
        ["do not have specific procedures for systematically identifying child victims at borders"],
        "covered country by an adjective ('Tajik border and immigration staff') and an airport "
        "code ('our DYU crews'), a yes/no question, a cabin-crew trainer; after a Turkmenistan "
        "turn (training of personnel who detect child victims, para. 36 (a)); 32 (b)",
    ),
    (
        "Now TJ: where does Tajikistan's anti-trafficking commission sit in government, and how "
        "often does it meet, per the Rapporteur?",
        (KAZ_PLAN_4A, KAZ_COMMISSION_4B, KAZ_COORDINATION_5),
        "Tajikistan",
        u(S, 33),
        u(S, 85) + u(T, 12, 13),
        ["placed under the Office of the President", "the Commission meets twice a year"],
        "covered country first by its ISO alpha-2 code ('Now TJ') and then by name, two "
        "questions, a financial-crime analyst; after three Kazakhstan turns (the plans of 2004 "
        "and 2006-2008, para. 4 (a); an inter-agency commission, para. 4 (b); insufficient "
        "coordination, para. 5)",
    ),
    (
        "And in Tajikistan, per the Rapporteur: can a victim get free legal aid without having "
        "to help the police?",
        (KAZ_LEGAL_AID_22,),
        "Tajikistan",
        u(S, 62),
        u(S, 61, 73, 87),
        ["provided only on the condition that victims cooperate with law enforcement bodies"],
        "covered country and document in a short lead-in ('And in Tajikistan, per the "
        "Rapporteur'), a yes/no question, a cabin-crew trainer; after a Kazakhstan turn (free "
        "legal aid among the measures for victims, para. 22)",
    ),
    (
        "And Dushanbe? What did the Committee find wrong with the extradition rules there, and "
        "what did it advise?",
        (TKM_EXTRADITION_34,),
        "Tajikistan",
        u(T, 30, 31),
        u(T, 34),
        [
            "extradition is subject to the principle of double criminality",
            "consider the Optional Protocol as the basis for extradition",
        ],
        "covered country by its capital alone ('And Dushanbe?', then 'there'), two questions, a "
        "financial-crime analyst; after a Turkmenistan turn (extraditable offences, para. 34)",
    ),
    (
        "Tajikistan's a different story, I hear. What did the Rapporteur say about the room NGOs "
        "have to work there?",
        (KAZ_NGOS_28,),
        "Tajikistan",
        u(S, 75),
        u(S, 76, 33, 85),
        ["the amendments to the Law on Public Associations, adopted in July 2015 and January 2019"],
        "covered country first ('Tajikistan's a different story'), then 'there', a union "
        "organiser; after a Kazakhstan turn (liaising with NGOs, para. 28)",
    ),
    (
        "What's Tajikistan's own 2018 plan doing about kids in the cotton harvest?",
        (TKM_DECREE_5B,),
        "Tajikistan",
        u(PO, 8),
        u(PC, 31) + u(T, 20, 21) + u(S, 50),
        ["use of forced child labour during the cotton harvesting season"],
        "covered country and document by country and year ('Tajikistan's own 2018 plan'; its "
        "OPSC table), a union organiser; after a Turkmenistan turn (the 2005 decree on the "
        "cotton harvest, para. 5 (b)); row 8, first activity",
    ),
    # -- to Kazakhstan --
    (
        "Kazakhstan next, for the ALA crews: what did the Committee want for foreign trafficking "
        "victims found there?",
        (SR_AFGHANS_22,),
        "Kazakhstan",
        u(K, 22),
        u(K, 25, 26),
        ["temporary residence permission for foreign trafficking victims"],
        "covered country first ('Kazakhstan next') with an airport code ('the ALA crews'), a "
        "cabin-crew trainer; after a Special Rapporteur turn on Tajikistan (Afghan arrivals, "
        "para. 22); 22 (g)",
    ),
    (
        "And the Kazakh sites? Could a construction company be held criminally liable there, "
        "according to the Committee?",
        (TKM_LEGAL_PERSONS_31,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Legal persons cannot be liable for crimes under the Optional Protocol"],
        "covered country by an adjective in a short lead-in ('And the Kazakh sites?'), then "
        "'there', a yes/no question, a union organiser; after a Turkmenistan turn (criminal "
        "liability of legal persons, para. 31); 15 (d)",
    ),
    (
        "Same lineage for the Kazakhstan observations of 2006: which earlier text were they tied "
        "to, and of what date?",
        (TJK_READ_WITH_3,),
        "Kazakhstan",
        u(K, 3),
        [],
        ["6 June 2003", "CRC/C/15/Add.213"],
        "covered document by country and year ('the Kazakhstan observations of 2006'), two "
        "questions, a financial-crime analyst; after a Tajikistan turn (read with "
        "CRC/C/TJK/CO/3-5 and CRC/C/OPAC/TJK/CO/1, para. 3)",
    ),
    (
        "Kazakhstan, same slide: whom did the Committee want trained there?",
        (TJK_IDENTIFIERS_33A,),
        "Kazakhstan",
        u(K, 8),
        u(K, 7, 20),
        ["police officers, public prosecutors, judges, medical staff"],
        "covered country first ('Kazakhstan, same slide'), then 'there', a cabin-crew trainer; "
        "after a Tajikistan turn (personnel to be trained in identification, para. 33 (a))",
    ),
    (
        "What about Kazakhstan - did the Committee want the authorities there working with NGOs?",
        (TKM_CSO_22,),
        "Kazakhstan",
        u(K, 24, 28),
        [],
        ["local authorities and NGOs", "liaise with NGOs"],
        "covered country after 'What about', a yes/no question, a union organiser; after a "
        "Turkmenistan turn (restrictions on civil society organizations, para. 22)",
    ),
    (
        "KZ next: what did the Committee encourage there by way of international cooperation?",
        (TJK_CIS_4D, TJK_NEIGHBOURS_34),
        "Kazakhstan",
        u(K, 29),
        [],
        ["preventing and combating the sale and trafficking of children"],
        "covered country first by its ISO alpha-2 code only ('KZ next'), a financial-crime "
        "analyst; after two Tajikistan turns (the CIS police agreement, para. 4 (d); "
        "cooperation with neighbouring countries, para. 34)",
    ),
    (
        "Did the Committee tell Kazakhstan to do anything about the Internet, back in 2006?",
        (SR_ONLINE_20,),
        "Kazakhstan",
        u(K, 16),
        u(K, 31),
        ["full mandatory cooperation of Internet providers"],
        "covered country with the year of its review ('back in 2006'), a yes/no question, a "
        "cabin-crew trainer; after a Special Rapporteur turn on Tajikistan (online recruitment "
        "during the pandemic, para. 20); 16 (b)",
    ),
    # -- to Turkmenistan --
    (
        "Now Turkmenistan, for the ASB service: what did the Committee say about child victims "
        "who aren't Turkmen nationals?",
        (KAZ_FOREIGN_25,),
        "Turkmenistan",
        u(M, 40),
        u(M, 24),
        ["Guarantee that all child victims, including those who are not nationals or"],
        "covered country first ('Now Turkmenistan') with an airport code ('the ASB service'), a "
        "cabin-crew trainer; after a Kazakhstan turn (children who are foreign citizens, para. "
        "25); 40 (b)",
    ),
    (
        "Right. And Turkmenistan's Criminal Code - what gaps did the Committee find there?",
        (KAZ_FORCED_LABOUR_15A, KAZ_RECRUITMENT_15B),
        "Turkmenistan",
        u(M, 26),
        u(M, 27),
        [
            "Article 129 of the Criminal Code does not cover sufficiently the sale of",
            "Article 164 of the Criminal Code does not explicitly prohibit possession of",
        ],
        "covered country in a possessive ('Turkmenistan's Criminal Code'), a union organiser; "
        "after two Kazakhstan turns (articles 133 and 270, para. 15 (a) and (b)); 26 (a)-(d)",
    ),
    (
        "And for TM: was a date set for Turkmenistan's next report?",
        (TJK_NEXT_38,),
        "Turkmenistan",
        u(M, 47),
        [],
        ["due by 28 January"],
        "covered country first by its ISO alpha-2 code ('And for TM') and then by name, a yes/no "
        "question, a financial-crime analyst; after a Tajikistan turn (the next periodic report, "
        "para. 38)",
    ),
    (
        "Turkmenistan next: who trained its law enforcement on trafficking, and what did the "
        "Committee say was still missing?",
        (KAZ_TRAINING_8,),
        "Turkmenistan",
        u(M, 18, 19),
        [],
        [
            "in collaboration with the International Organization for Migration",
            "multidisciplinary training programmes",
        ],
        "covered country first ('Turkmenistan next'), two questions, a cabin-crew trainer; "
        "after a Kazakhstan turn (training for all relevant professionals, para. 8)",
    ),
    (
        "Turkmenistan: does the Committee say offenders there actually got prosecuted and "
        "sentenced?",
        (SR_CHARGES_38,),
        "Turkmenistan",
        u(M, 28, 29),
        [],
        ["perpetrators prosecuted and sentenced commensurate with the gravity of"],
        "covered country first, alone before a colon ('Turkmenistan:'), a yes/no question, a "
        "union organiser; after a Special Rapporteur turn on Tajikistan (charges against "
        "recruitment agencies unknown, para. 38)",
    ),
    (
        "Same field for Turkmenistan: which body coordinated the work there, and what did the "
        "Committee urge?",
        (KAZ_COORDINATION_5,),
        "Turkmenistan",
        u(M, 12, 13),
        [],
        ["no specific body responsible for", "establish an efficient body at a high"],
        "covered country in a short lead-in ('Same field for Turkmenistan'), then 'there', two "
        "questions, a financial-crime analyst; after a Kazakhstan turn (insufficient "
        "coordination, para. 5)",
    ),
]
