"""The twenty-third 'scope' table of the gold set (sh001-sh060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope22.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table (scope or round): a fair-trade importer of
hand-knotted carpets who buys from weavers' cooperatives in Central Asia and keeps a certification
file, formal and courteous, in long sentences with semicolons ('Dear Rights Desk,', 'for our
certification file', 'For our due-diligence file, if I may', 'the looms', 'where our wool is spun',
'A new stockist', 'I should be grateful to know', 'if you please', 'Might you send me'); a chess
instructor who takes junior players to tournaments abroad, terse, in chess shorthand ('Instructor
here.', 'my juniors', 'a clean scoresheet', 'Next move:', 'Junior open in Pago Pago in April', 'an
Arctic blitz', 'Junior rapid in Shymkent', 'History-club question from my juniors'); and a horse
breeder who runs a stud, hires teenage grooms and gives rides to disabled children on Sundays, warm,
folksy and rambling ('my grooms', 'the lads who turn up at my gate', 'where my best mares were
foaled', 'Horses I understand, figures not', 'bless them', 'of all the places on God's earth',
'kindly', 'Would you kindly'). Sentence shapes vary: the new scope first ('Next move, Tajikistan:
...', 'KAZ: ...', 'Turkmenistan: ...', 'In Turkmenistan, where our looms are, ...', 'Over in
Tajikistan, ...', 'Bougainville: ...'), buried mid-sentence ('My cousin went off to teach riding in
Wallis and Futuna, of all the places on God's earth, ...'), last ('... the abuse trials on
Pitcairn?', '... recommended to Kazakhstan?'), alone in a short follow-up ('And Tokelau?'), by an
ISO alpha-3 code ('MSR', 'KAZ:'), a demonym ('A Basque cooperative', 'the Tajik observations', 'the
Kazakh recommendations', 'Turkmen text'), a capital, settlement or city ('Pago Pago',
'Longyearbyen', 'Shymkent'), a name in its own language ('Rapa Nui'), a historical name ('the Île
Bourbon'), a misspelling ('Anguila'), a group of States named first by an adjective ('Our East
African stockists'); yes/no questions; imperatives ('Kindly read me 25 (b) as well.', 'Give me
paragraph 53 ...', 'Paste its opening.', 'Quote 20 (4) itself.', 'Then kindly set out Part 5 itself,
word for word.', 'Would you kindly fetch me ...'); an indirect question ('I find myself wondering
whether ...', 'I should be grateful to know whether ...'); two questions in one message. Fourteen of
the forty declines are short follow-ups that lean on the history ('And Anguila? Same two points.',
'And Tokelau?', 'And the amfori BSCI audits of those farms - ...', "And Siddharth Kara's findings
...", 'And that Ofelia Calcetas-Santos ...', 'Back on the agenda at HRC55?', 'And CRPD/C/KAZ/CO/1 -
...', 'Kindly read me 25 (b) as well.', 'And its sub-paragraph (b)?', 'Is there a part B to that
Introduction? ...', 'And the second activity in that row?', "Next move: row 9's second activity.",
'Then kindly set out Part 5 itself, word for word.', 'Quote 20 (4) itself. Word for word.'). One to
three earlier turns about what the index holds, each answered by quoting a document verbatim with
its reference, then a last question that moves the scope; each conversation is typed by one of the
three users throughout.

sh001-sh040 name what the index does not hold. A country, place or group of States: Montserrat (only
by its ISO alpha-3 code, 'MSR'), the Basque Country (an autonomous community that is no State, only
by a demonym, 'A Basque cooperative', 'the Basque government'), American Samoa (only by its capital,
Pago Pago, then 'the authorities there'), Easter Island (only by its name in its own language, 'Rapa
Nui'), Réunion (only by a historical name, 'the Île Bourbon'), Anguilla (misspelt 'Anguila'; the
misspelling is the test, in a short follow-up), Wallis and Futuna (buried mid-sentence), the
Pitcairn Islands (the last word of the question, 'Pitcairn'), Tokelau (alone, 'And Tokelau?'), the
East African Community (a group of States), Bougainville (an autonomous region that is no State,
first, before a colon) and Svalbard (only by its main settlement, Longyearbyen, then 'the
authorities up there'). A body, NGO, tool, person or website the documents never name: GoodWeave (a
rug certification label and NGO), amfori BSCI (an audit system, and its audit reports), Siddharth
Kara (a writer on bonded labour), Lichess (an online chess server), Ofelia Calcetas-Santos (a former
Special Rapporteur on the sale of children), the FEI (the international equestrian federation), Yoti
(an age-checking app) and adilet.zan.kz (a portal of Kazakh legislation). A session or year: the
Human Rights Council's fifty-fifth session ('HRC55', 2024; the held report is for the fiftieth), the
Committee's eighty-first session for Tajikistan (a claim in the user's notes; the held observations
were adopted at the seventy-sixth, in September 2017) and 2004 for Turkmenistan (whose held
observations are of January 2015). A symbol neither held nor cited: CAT/C/TJK/CO/3 (taken for the
Committee against Torture's observations on Tajikistan; A/HRC/50/33/Add.1 para. 28 lists the
Convention against Torture among Tajikistan's treaties, but no observations of its committee are
held or cited), CRPD/C/KAZ/CO/1 (taken for the disability committee's observations on Kazakhstan)
and A/HRC/35/37 (taken for a Council report with guidance to businesses). Past the end: a
sub-paragraph (b) of CRC/C/OPSC/TJK/CO/1 para. 25 (which has no sub-paragraphs), a sub-paragraph (b)
of CRC/C/OPSC/KAZ/CO/1 para. 24 (likewise), paragraph 53 of CRC/C/OPSC/TKM/CO/1 (which has 47), a
part B of section I of A/HRC/50/33/Add.1 (the Introduction, paras. 1-4, without lettered
sub-sections), a second activity under the plan's CRC row 30 (which has one) and a second under its
OPSC row 9 (which has one). A kind of document not held: the border guards' logbook at Panji Poyon
(A/HRC/50/33/Add.1 para. 3 says only that the Rapporteur met border guards there), the daily
timetable of the rehabilitation camps (the plan's OPAC row 8 only plans to involve children in
them), a blank birth certificate (the plan's CRC row 13 speaks only of the registry and of reporting
home deliveries) and the statistical reports themselves, as a spreadsheet of figures (the plan's CRC
row 5 only plans to improve them). A text the documents mention only in passing, asked for its own
words or contents: Part 5 and article 20 (4) of Tajikistan's Anti-Trafficking Law (A/HRC/50/33/Add.1
para. 31, which summarizes them), Turkmenistan's Law on Guarantees of the Rights of the Child
(CRC/C/OPSC/TKM/CO/1 paras. 5 (a), 8 and 9, which name it only) and article 3 of ILO Convention No.
182 (CRC/C/OPSC/TJK/CO/1 para. 4 (e), CRC/C/OPSC/TKM/CO/1 para. 4 (b) and A/HRC/50/33/Add.1 para.
28, which name the Convention only). The answer must decline and cite nothing.

sh041-sh060 move from one covered country to another and carry the topic over; every citation must
come from the newly named country. To Tajikistan: the resources allocated to the Protocol (from
Turkmenistan), complaint mechanisms for children (from Turkmenistan), research on the scale of the
offences (from Kazakhstan), children living with HIV/AIDS (from Kazakhstan's stigmatization; the
answer is the plan's CRC row 10), children in street situations (from Turkmenistan's vulnerable
groups), putting the observations on the Internet (from Kazakhstan) and a comprehensive policy and
strategy (from Turkmenistan). To Kazakhstan: an inter-agency commission on trafficking (from the
Rapporteur's Interministerial Commission), coordination and periodic evaluation (from Tajikistan),
data disaggregated by minority group (from Tajikistan), recruiting a child for prostitution whatever
the method (from Turkmenistan's registered offences), free telephone hotlines (from Turkmenistan's
helpline), a report not following the reporting guidelines (from Turkmenistan) and transmission of
the recommendations to Parliament (from Tajikistan). To Turkmenistan: restrictions on civil society
(from the Rapporteur's report), data collection (from Tajikistan), recovery and reintegration
limited to trafficking victims (from Tajikistan), double criminality for offences committed abroad
(from Tajikistan and Kazakhstan), poverty reduction (from Tajikistan) and exploitation over the
Internet (from Tajikistan). None of these moves repeats a move of `gold_scope20.py`,
`gold_scope21.py` or `gold_scope22.py` (the same topic carried from the same country to the same
country).

Countries, places, groups, bodies, tools, persons, websites, named texts, symbols, sessions and
positions past the end were checked against `gold_scope.py` to `gold_scope22.py`,
`gold_more_scope.py` and `gold_more_scope2.py`, and the names also against every other table in
evals/ (`grep -il NAME evals/*.py`): Montserrat ('MSR'), the Basque Country, American Samoa and Pago
Pago, Rapa Nui and Easter Island, Réunion and the Île Bourbon, Anguilla ('Anguila'), Wallis and
Futuna, Pitcairn, Tokelau, the East African Community, Bougainville, Svalbard and Longyearbyen
appear in no gold table (an earlier table asked the State Samoa as 'Western Samoa' and another Papua
New Guinea as 'PNG', but neither American Samoa nor Bougainville; the Nordic countries were asked
about in `gold_scope6.py` and `gold_scope17.py`, so no Scandinavian group is asked here). Almost
every UN Member State is named somewhere in an earlier scope table, so the places here are
territories, regions and a group; groups that include the Russian Federation, the Gulf States, Iraq,
Turkey, India or Afghanistan were avoided, because A/HRC/50/33/Add.1 names those as destinations or
origins. GoodWeave, amfori BSCI, Siddharth Kara, Lichess, Ofelia Calcetas-Santos, the FEI, Yoti and
adilet.zan.kz, the strings 'HRC55' and 'eighty-first', the symbols CAT/C/TJK/CO/3, CRPD/C/KAZ/CO/1
and A/HRC/35/37, and a logbook, a timetable, a birth certificate or a spreadsheet appear in no
earlier table; no earlier decline asked about Turkmenistan in 2004. Part 5 of the Anti-Trafficking
Law and article 3 of ILO Convention No. 182 appear in no earlier table as texts asked for; article
20 (4) of the Law appears earlier only in a turn quoting para. 31 and as a key fact, and the Law on
Guarantees of the Rights of the Child only in turns, answerable items and notes: none was ever asked
for its own words. The positions past the end are new (earlier tables used sub-paragraphs of
CRC/C/OPSC/TJK/CO/1 paras. 4, 18, 19, 27, 31, 32 and 33 but never of para. 25; of
CRC/C/OPSC/KAZ/CO/1 paras. 4, 15, 16, 22 and 29 but never of para. 24; paragraphs 48-52 of
CRC/C/OPSC/TKM/CO/1 but never 53; sub-sections II.G, III.D, IV.B, V.F, VI.B, VII.B and VIII.C and a
section IX of A/HRC/50/33/Add.1 but never a sub-section of section I; and activities past the end of
the plan's CRC rows 13, 16, 18, 20, 23, 27, 28, 31, 33 and 35, OPSC rows 1, 2, 6, 7, 8 and 11 and
OPAC rows 5, 6, 7 and 8, but never of CRC row 30 or OPSC row 9). All of the names were also checked
against the text of data/corpus: none is named in a held document.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs (para. 25 without
sub-paragraphs), CRC/C/OPSC/KAZ/CO/1 32 (para. 24 without sub-paragraphs), CRC/C/OPSC/TKM/CO/1 47,
A/HRC/50/33/Add.1 92 (section I, 'Introduction', paras. 1-4, without lettered sub-sections; section
II follows with sub-sections A-F); the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows,
its CRC row 30 and OPSC row 9 one activity each. Every cited unit exists, every key fact is a
verbatim substring of one line of a must unit, every must and may unit belongs to the newly named
country, and every quotation in an earlier turn is verbatim (whitespace aside) in the unit it cites,
checked with a stdlib script that splits the five files into their numbered paragraphs and plan
rows. No part of the assistant was run, and no answer of it or eval report was seen.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---
# W: the carpet importer; X: the chess instructor; H: the horse breeder.

# CRC/C/OPSC/TJK/CO/1
W_TJK_ILO_4E: Turn = (
    "Dear Rights Desk, for our certification file: has Tajikistan signed up to the ILO convention "
    "on the worst forms of child labour?",
    'Yes; the Committee welcomed "The ratification of the International Labour Organization Worst '
    'Forms of Child Labour Convention, 1999 (No. 182) in June 2005" (CRC/C/OPSC/TJK/CO/1, para. 4 '
    "(e))",
)
W_TJK_DATA_7: Turn = (
    "For our due-diligence file, if I may: what figures did the Committee want Tajikistan to "
    "gather?",
    'It recommended a system of data collection and said "The data should be disaggregated, inter '
    'alia, by sex, age, nationality and ethnic origin, region and socioeconomic status" '
    "(CRC/C/OPSC/TJK/CO/1, para. 7)",
)
W_TJK_POVERTY_19A: Turn = (
    "Poverty lies behind most of what one sees at the looms; did the Committee connect it with "
    "risk in Tajikistan?",
    "Yes; it recommended protection and prevention programmes for children at risk, \"including "
    "children living in poverty, children engaged in child labour, child victims of prostitution, "
    'child spouses and children living in street situations" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
W_TJK_FORCEDLAB_21: Turn = (
    "Dear Rights Desk, did the Committee ask Tajikistan to stop children being sold into forced "
    "labour on the land?",
    'It recommended "appropriate measures to prevent the sale of children for the purpose of child '
    'forced labour, particularly in the agriculture sector" (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
X_TJK_DATA_6: Turn = (
    "Instructor here. I like a clean scoresheet. Does Tajikistan keep proper track of these cases?",
    '"The Committee is concerned about the insufficient steps taken to establish a systematic '
    "mechanism of data collection, analysis and monitoring of all areas covered by the Optional "
    'Protocol." (CRC/C/OPSC/TJK/CO/1, para. 6)',
)
X_TJK_COORD_13: Turn = (
    "Who runs the board in Tajikistan? Did the Committee ask for the pieces to work together?",
    'It recommended "better coordination between the various ministries, agencies and committees '
    'working on developing and implementing child rights policies relevant to the Optional '
    'Protocol." (CRC/C/OPSC/TJK/CO/1, para. 13)',
)
X_TJK_ONLINE_23: Turn = (
    "My juniors play online every evening. What did the Committee want Tajikistan "
    "to teach them?",
    'It called for a strategy that focuses "on awareness-raising and the education of children on '
    "the responsible use of information and communications technologies and online child sexual "
    'exploitation, and not on the punishment of children." (CRC/C/OPSC/TJK/CO/1, para. 23)',
)
X_TJK_EXTRA_30: Turn = (
    "If someone abuses a junior at a tournament abroad, can Tajikistan go after him at home?",
    'Not fully; the Committee regretted "that national legislation on extraterritorial '
    'jurisdiction does not cover all the offences under the Optional Protocol" '
    "(CRC/C/OPSC/TJK/CO/1, para. 30)",
)
X_TJK_BORDER_32B: Turn = (
    "We cross borders by coach to tournaments. Are border staff in Tajikistan equipped to spot a "
    "child victim?",
    'The Committee was concerned that "Law enforcement, border and immigration authorities do not '
    "have specific procedures for systematically identifying child victims at borders, or any "
    'other location" (CRC/C/OPSC/TJK/CO/1, para. 32 (b))',
)
H_TJK_ROMA_25: Turn = (
    "Some of the Lyuli families camp near my paddocks in summer, bless them. What did the "
    "Committee want done for their children in Tajikistan?",
    'It recommended measures "to prevent and protect all groups of children in a vulnerable '
    'situation, including Roma children, migrant and refugee children" (CRC/C/OPSC/TJK/CO/1, para. '
    "25)",
)
H_TJK_LIMITED_32A: Turn = (
    "When a youngster gets hurt, does help in Tajikistan reach every kind of victim, or only the "
    "trafficked ones?",
    'The Committee was concerned that "Existing measures for protecting the rights and interests '
    "of child victims of offences under the Optional Protocol tend to be limited to trafficking "
    'and are thus insufficient" (CRC/C/OPSC/TJK/CO/1, para. 32 (a))',
)
H_TJK_FOLLOWUP_36: Turn = (
    "Who in Tajikistan was meant to get these recommendations - the folk in charge, I hope?",
    'The Committee recommended "transmitting them to members of the national parliament and to '
    'the districts for appropriate consideration and further action." (CRC/C/OPSC/TJK/CO/1, '
    "para. 36)",
)

# CRC/C/OPSC/KAZ/CO/1
W_KAZ_LEGAL_15D: Turn = (
    "Could a company itself be prosecuted in Kazakhstan under the Protocol, as matters stood?",
    'Not according to the Committee: "Legal persons cannot be liable for crimes under the Optional '
    'Protocol" (CRC/C/OPSC/KAZ/CO/1, para. 15 (d))',
)
W_KAZ_OFFICIALS_24: Turn = (
    "Our agent in Kazakhstan speaks darkly of officials on the take; what did the Committee ask "
    "the State to do?",
    'It urged "the State party to ensure that any suspicion of complicity by State officials is '
    'investigated and sanctioned." (CRC/C/OPSC/KAZ/CO/1, para. 24)',
)
X_KAZ_DOUBLE_17: Turn = (
    "Same position in Kazakhstan? Prosecuting someone for what he did abroad?",
    'The Committee was "concerned that the requirement of double criminality, either for '
    "extradition or domestic prosecution of crimes allegedly committed abroad, hampers the "
    'prosecution of offences" (CRC/C/OPSC/KAZ/CO/1, para. 17)',
)
X_KAZ_DISSEM_31: Turn = (
    "My juniors' parents like to read the source. Did the Committee want Kazakhstan's "
    "observations put online?",
    'Yes; it recommended that they "be made widely available, including through the Internet (but '
    "not exclusively), to the public at large, civil society organizations, youth groups, "
    'professional groups and children" (CRC/C/OPSC/KAZ/CO/1, para. 31)',
)
H_KAZ_HIV_9: Turn = (
    "Did the Committee speak up for children with HIV in Kazakhstan? One of my stable lads lost a "
    "cousin to it.",
    '"The Committee is concerned about the stigmatization of children who have contracted '
    'HIV/AIDS as a consequence of being victims of trafficking or prostitution." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 9)",
)
H_KAZ_VULN_26: Turn = (
    "The grooms' children out on the steppe hardly see a schoolroom. Did the Committee ask "
    "Kazakhstan to look after children like that?",
    "It recommended resources \"for the implementation of programmes for the protection of the "
    'rights of vulnerable children, with special attention to their education and health care." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 26)",
)
H_KAZ_RESEARCH_28: Turn = (
    "Horses I understand, figures not. Did anyone ask Kazakhstan to find out how many children "
    "are exploited for sex?",
    "Yes; the Committee encouraged it \"to undertake research on the nature and extent of "
    "commercial sexual exploitation of children, including prostitution and pornography, to "
    'identify the causes and extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. 28)',
)

# CRC/C/OPSC/TKM/CO/1
W_TKM_GUIDELINES_2: Turn = (
    "Dear Rights Desk, a point of form: did Turkmenistan's report to the Committee follow the "
    "proper format?",
    'Not entirely; the Committee "regrets that the report does not follow the established '
    'reporting guidelines." (CRC/C/OPSC/TKM/CO/1, para. 2)',
)
W_TKM_DECREE_5B: Turn = (
    "Dear Rights Desk, before our certification audit: has Turkmenistan formally kept children "
    "out of the cotton fields?",
    'Yes; the Committee welcomed the "2005 presidential decree that bans child labour in all '
    'sectors, specifying that children are not permitted to participate in the cotton harvest." '
    "(CRC/C/OPSC/TKM/CO/1, para. 5 (b))",
)
W_TKM_GUARANTEES_9: Turn = (
    "Is Turkmenistan's principal law on children being reworked, so far as the Committee knew?",
    "Yes; it recommended full incorporation of the Protocol into domestic legislation, "
    '"especially the Law on Guarantees of the Rights of the Child, which is currently being '
    'revised." (CRC/C/OPSC/TKM/CO/1, para. 9)',
)
W_TKM_STRATEGY_10: Turn = (
    "Has Turkmenistan a settled plan of campaign for the Protocol, in the Committee's view?",
    '"The Committee is concerned about the lack of a comprehensive strategy for the implementation '
    'of the Optional Protocol in the State party." (CRC/C/OPSC/TKM/CO/1, para. 10)',
)
W_TKM_RESOURCES_20: Turn = (
    "Dear Rights Desk, do we know what Turkmenistan spends on all this?",
    'No; the Committee "regrets that the State party has not provided information on the specific '
    'allocation of resources for the implementation of the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 20)",
)
W_TKM_LEGAL_30: Turn = (
    "Our suppliers are firms, not individuals; may a firm itself be held criminally liable in "
    "Turkmenistan?",
    "Not for everything: the Committee \"is concerned, however, that individuals and legal "
    "entities, including corporations, may not be criminally liable under the State party’s "
    'legislation for all offences covered by the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. '
    "30)",
)
X_TKM_RECRUIT_28: Turn = (
    "Has Turkmenistan actually recorded cases of kids being recruited for prostitution?",
    'A few; the Committee "notes the registration of a small number of criminal offences '
    'perpetrated against minors in recent years, including the recruitment of minors for '
    'prostitution" (CRC/C/OPSC/TKM/CO/1, para. 28)',
)
X_TKM_COMPLAINTS_36C: Turn = (
    "Instructor here. If a junior in Turkmenistan wants to report a problem, did the Committee ask "
    "for a way to do it?",
    'Yes: "Ensure that complaints mechanisms are available and easily accessible to children whose '
    'rights may have been violated." (CRC/C/OPSC/TKM/CO/1, para. 36 (c))',
)
X_TKM_HELPLINE_42: Turn = (
    "Is there a number kids can ring in Turkmenistan?",
    'Not for every offence; the Committee recommended "a national helpline for all offences under '
    'the Optional Protocol" with "an easy-to-remember three- to four-digit number" '
    "(CRC/C/OPSC/TKM/CO/1, para. 42)",
)
H_TKM_VULNERABLE_24: Turn = (
    "Which children did Turkmenistan itself pick out as at risk? I ask because of the lads who "
    "turn up at my gate.",
    "The Committee welcomed the identification of vulnerable groups, \"especially children without "
    "parental care, children in street situations, children involved in child labour, children who "
    'are foreign citizens or who belong to ethnic minorities, and children living in poverty." '
    "(CRC/C/OPSC/TKM/CO/1, para. 24)",
)

# A/HRC/50/33/Add.1
W_SR_PART5_31: Turn = (
    "Does Tajikistan's trafficking law make any special provision for children?",
    '"Part 5 of the Anti-Trafficking Law includes comprehensive provisions on the State\'s '
    "obligations of identification, assistance and protection to children who are victims of "
    'trafficking in persons." (A/HRC/50/33/Add.1, para. 31)',
)
W_SR_COMMISSION_33: Turn = (
    "Dear Rights Desk, who steers anti-trafficking policy in Tajikistan?",
    '"Reflecting the commitment of the Tajik authorities, the Interministerial Commission for '
    'Combating Trafficking in Persons is placed under the Office of the President." '
    "(A/HRC/50/33/Add.1, para. 33)",
)
W_SR_INSPECT_42: Turn = (
    "Who inspects working conditions in the Tajik countryside, where our wool is spun?",
    'The Rapporteur found that "the Tajik labour inspectorate has very limited capacity and '
    "resources and limited reach in rural areas and in sectors at risk, such as in domestic "
    'households and the agricultural sector." (A/HRC/50/33/Add.1, para. 42)',
)
W_SR_COTTON_50: Turn = (
    "Has the ILO been at work on child labour in Tajikistan's cotton?",
    'The Rapporteur "commends the coordinated efforts by the ILO International Programme on the '
    "Elimination of Child Labour to eliminate child labour and the risks of child trafficking for "
    'forced labour, in particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)
W_SR_CIVIL_75: Turn = (
    "Our partners in Tajikistan are small NGOs; have they legal room to work?",
    'The Rapporteur notes that "the amendments to the Law on Public Associations, adopted in July '
    '2015 and January 2019, may undermine the ability of non-governmental organizations" '
    "(A/HRC/50/33/Add.1, para. 75)",
)
X_SR_VISIT_1: Turn = (
    "When was the Rapporteur in Tajikistan? Need the dates for a talk to the club.",
    'She "conducted an official visit to the country, from 7 to 16 December 2021" '
    "(A/HRC/50/33/Add.1, para. 1)",
)
X_SR_BORDER_3: Turn = (
    "Did the Rapporteur go out to a border crossing?",
    '"In addition to visiting Dushanbe, the Special Rapporteur visited the border area with '
    'Afghanistan, specifically the border point of Panji Poyon, and met with border guards." '
    "(A/HRC/50/33/Add.1, para. 3)",
)
X_SR_ART20_31: Turn = (
    "Does Tajik law protect a trafficked kid from being punished for what he was made to do?",
    'The Rapporteur reports that "Article 20 (4)–(5) provides for the application of the '
    'non-punishment principle." (A/HRC/50/33/Add.1, para. 31)',
)
X_SR_DIGITAL_79: Turn = (
    "Are the Tajik police getting any better at chasing people through apps?",
    'The Rapporteur "commends the commitment to strengthening investigation capacity to address '
    "the use of digital technologies by traffickers, including messaging apps, social media and "
    'the dark web." (A/HRC/50/33/Add.1, para. 79)',
)
H_SR_BIRTH_50: Turn = (
    "Half the youngsters who come asking for stable work have no papers. Is Tajikistan doing "
    "anything about registering births?",
    'The Rapporteur "commends the ongoing efforts to reduce statelessness and to ensure the birth '
    'registration of all children" (A/HRC/50/33/Add.1, para. 50)',
)
H_SR_DISAB_52: Turn = (
    "We give rides to disabled children on Sundays. Did the Rapporteur worry about such children "
    "in Tajikistan?",
    "She is \"concerned about the limited action taken to prevent the trafficking of children with "
    'disabilities, in particular for forced begging" (A/HRC/50/33/Add.1, para. 52)',
)

# The national plan of action 2018-2022
W_PC_STATS_5: Turn = (
    "Is Tajikistan's 2018 plan improving the statistics on children?",
    'Row 5, activity 2: "Improvement of statistical reports on persons under the age of 18, '
    "including children from vulnerable groups, with disabilities, orphans and children without "
    "family care, children from poor families, disaggregated by age, gender, geographic location, "
    'ethnicity and socio-economic background." (National Plan of Action 2018-2022 (CRC), row 5)',
)
W_PO_COTTON_8: Turn = (
    "Does the 2018 plan keep a watch on the cotton harvest for child labour?",
    'OPSC row 8, activity 1: "Conducting monitoring and assessment to determine the use of forced '
    'child labour during the cotton harvesting season" (National Plan of Action 2018-2022 (OPSC), '
    "row 8)",
)
X_PO_ELECTRONIC_7: Turn = (
    "Any plan in Tajikistan to let kids complain by phone app?",
    'OPSC row 7, activity 3: "Ensuring the use of modern electronic technologies (applications and '
    'technical tools) for registering complaints and requests from children" (National Plan of '
    "Action 2018-2022 (OPSC), row 7)",
)
X_PO_ICT_9: Turn = (
    "Does the 2018 plan do anything about grooming over the Internet?",
    'OPSC row 9 plans to "Conduct awareness raising initiatives and take other measures for '
    "prevention of misuse of information and communication technologies aimed at involving "
    'children to prostitution and other inappropriate acts" (National Plan of Action 2018-2022 '
    "(OPSC), row 9)",
)
H_PC_HOMEBIRTH_13: Turn = (
    "Plenty of the foals round here are born in the field and the babies at home, if you follow "
    "me. Does the 2018 plan do anything about registering home births?",
    'Row 13, activity 2: "Carry out informational and educational advocacy events to raise '
    "awareness of the communities on the state registry and put in place the reporting mechanisms "
    'on deliveries of children at home." (National Plan of Action 2018-2022 (CRC), row 13)',
)
H_PC_DAYCARE_20: Turn = (
    "Is the 2018 plan doing anything practical for children with disabilities?",
    'Row 20, activity 3: "Expand the number and scope of Day Care Social Services for children '
    'with disabilities." (National Plan of Action 2018-2022 (CRC), row 20)',
)
H_PC_ROMA_30: Turn = (
    "And the 2018 plan - anything there for the Roma children?",
    'Row 30: "Carry out assessment of the situation children from ethnic minorities (especially '
    'Roma/ Jugi children) and take specific measures for their access to all social services" '
    "(National Plan of Action 2018-2022 (CRC), row 30)",
)
H_PC_CHILDLAB_31: Turn = (
    "Lads of fourteen asking to muck out for a wage... What does the 2018 plan say about child "
    "labour?",
    'Row 31, activity 2: "In line with the requirements of the legislation, strengthening of work '
    'to eliminate the worst forms of child labour and forced labour" (National Plan of Action '
    "2018-2022 (CRC), row 31)",
)
H_PA_CAMPS_8: Turn = (
    "Children hurt by old mines - does the 2018 plan do anything nice for them?",
    'OPAC row 8, activity 4: "Involve children affected by mines and unexploded ordnance in '
    'rehabilitation camps" (National Plan of Action 2018-2022 (OPAC), row 8)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "A new stockist has written to us from an address marked MSR. Has MSR ever been told by "
        "the Committee that firms should answer for such offences?",
        (W_TKM_LEGAL_30,),
        "uncovered territory only by its ISO alpha-3 code ('MSR', Montserrat), twice, a yes/no "
        "question, the carpet importer; after a Turkmenistan turn (criminal liability of legal "
        "entities, para. 30)",
    ),
    (
        "A Basque cooperative has asked to stock our runners, and I find myself wondering whether "
        "the Basque government has ever been examined by the Committee on children working the "
        "land.",
        (W_TJK_FORCEDLAB_21,),
        "uncovered autonomous community that is no State only by a demonym ('A Basque "
        "cooperative', 'the Basque government', the Basque Country), an indirect question, the "
        "carpet importer; after a Tajikistan turn (sale of children for forced labour in "
        "agriculture, para. 21)",
    ),
    (
        "Junior open in Pago Pago in April. Did the Committee tell the authorities there how to "
        "spot a child victim at the airport?",
        (X_TJK_BORDER_32B,),
        "uncovered territory only by its capital ('Pago Pago', American Samoa), then 'the "
        "authorities there', a yes/no question, the chess instructor; after a Tajikistan turn "
        "(identifying child victims at borders, para. 32 (b))",
    ),
    (
        "They tell me Rapa Nui is overrun with half-wild horses, and a breeder there has offered "
        "two of my grooms a season's work - did the Committee ever look at children without "
        "parents on Rapa Nui, kindly?",
        (H_TKM_VULNERABLE_24,),
        "uncovered island territory only by its name in its own language ('Rapa Nui', Easter "
        "Island), twice, a yes/no question, the horse breeder; after a Turkmenistan turn "
        "(vulnerable groups, children without parental care, para. 24)",
    ),
    (
        "My late father's ledgers record a buyer on the Île Bourbon; was the Île Bourbon ever "
        "told the same about children in the harvest?",
        (W_TKM_DECREE_5B,),
        "uncovered territory only by a historical name ('the Île Bourbon', Réunion), twice, a "
        "yes/no question, the carpet importer; after a Turkmenistan turn (the 2005 presidential "
        "decree, para. 5 (b))",
    ),
    (
        "And Anguila? Same two points.",
        (X_TKM_COMPLAINTS_36C, X_TKM_HELPLINE_42),
        "uncovered territory misspelt ('Anguila', Anguilla; the misspelling is the test) in a "
        "short follow-up that takes its topic from the history, the chess instructor; after two "
        "Turkmenistan turns (complaints mechanisms, para. 36 (c); a national helpline, para. 42)",
    ),
    (
        "My cousin went off to teach riding in Wallis and Futuna, of all the places on God's "
        "earth, and writes that the island children there get precious little schooling - did "
        "the Committee ever take that up with the authorities?",
        (H_KAZ_VULN_26,),
        "uncovered territory buried mid-sentence (Wallis and Futuna), then 'the island children "
        "there' and 'the authorities', a yes/no question, the horse breeder; after a Kazakhstan "
        "turn (education and health care of vulnerable children, para. 26)",
    ),
    (
        "History-club question from my juniors: did any UN body ever examine the abuse trials on "
        "Pitcairn?",
        (X_TJK_EXTRA_30,),
        "uncovered territory as the last word of the question (Pitcairn, the Pitcairn Islands), a "
        "yes/no question, the chess instructor; after a Tajikistan turn (extraterritorial "
        "jurisdiction, para. 30)",
    ),
    (
        "And Tokelau?",
        (H_SR_DISAB_52, H_PC_DAYCARE_20),
        "uncovered territory alone in a short follow-up that takes its topic from the history "
        "(Tokelau; children with disabilities), the horse breeder; after a Special Rapporteur and "
        "a plan turn (trafficking of children with disabilities, para. 52; day care services, CRC "
        "row 20)",
    ),
    (
        "Our East African stockists put the same question to me; has the Committee said anything "
        "to the member States of the East African Community about cotton picked by children?",
        (W_SR_COTTON_50,),
        "uncovered group of States (the East African Community, first by an adjective, 'Our East "
        "African stockists', then by name), a yes/no question, the carpet importer; after a "
        "Special Rapporteur turn (the ILO programme in the cotton harvesting sector, para. 50)",
    ),
    (
        "Bougainville: any word from the Committee on teaching kids safe Internet use there?",
        (X_TJK_ONLINE_23,),
        "uncovered autonomous region that is no State, first and alone before a colon "
        "('Bougainville:'), then 'there', the chess instructor; after a Tajikistan turn (education "
        "of children on information and communications technologies, para. 23)",
    ),
    (
        "We play an Arctic blitz in Longyearbyen in March. Have the authorities up there been told "
        "to let children lodge complaints by app?",
        (X_PO_ELECTRONIC_7,),
        "uncovered territory only by its main settlement ('Longyearbyen', Svalbard), then 'the "
        "authorities up there', a yes/no question, the chess instructor; after a plan turn (OPSC "
        "row 7, activity 3, electronic complaints)",
    ),
    # -- a body, NGO, tool, person or website the documents never name --
    (
        "Our rugs carry the GoodWeave label. Did GoodWeave ever send the Committee anything on "
        "Turkmen workshops, and may I read it?",
        (W_TKM_DECREE_5B, W_TKM_GUARANTEES_9),
        "uncovered NGO and certification label (GoodWeave) and its submissions, never named, two "
        "questions, the carpet importer; after two Turkmenistan turns (the 2005 presidential "
        "decree, para. 5 (b); the Law on Guarantees being revised, para. 9)",
    ),
    (
        "And the amfori BSCI audits of those farms - have you got them?",
        (W_SR_INSPECT_42,),
        "uncovered audit system (amfori BSCI) and its audit reports, never named, in a short "
        "follow-up, a yes/no question, the carpet importer; after a Special Rapporteur turn (the "
        "labour inspectorate's limited reach in the agricultural sector, para. 42)",
    ),
    (
        "And Siddharth Kara's findings on bonded weavers - does he appear anywhere in your "
        "documents?",
        (W_TJK_FORCEDLAB_21, W_PO_COTTON_8),
        "uncovered person (Siddharth Kara, a writer on bonded labour), never named, in a short "
        "follow-up, a yes/no question, the carpet importer; after a Tajikistan and a plan turn "
        "(sale of children for forced labour in agriculture, para. 21; monitoring of the cotton "
        "harvest, OPSC row 8)",
    ),
    (
        "My juniors play on Lichess. Did the Committee or the Rapporteur tell Tajikistan to make "
        "Lichess moderate its chat?",
        (X_TJK_ONLINE_23, X_SR_DIGITAL_79),
        "uncovered website (Lichess, an online chess server), never named, twice, a yes/no "
        "question, the chess instructor; after a Tajikistan and a Special Rapporteur turn "
        "(education on information and communications technologies, para. 23; messaging apps and "
        "the dark web, para. 79)",
    ),
    (
        "And that Ofelia Calcetas-Santos my granddaughter keeps quoting at me - what did she "
        "write on it?",
        (H_KAZ_RESEARCH_28,),
        "uncovered person (Ofelia Calcetas-Santos, a former Special Rapporteur on the sale of "
        "children), never named, in a short follow-up that takes its topic from the history, the "
        "horse breeder; after a Kazakhstan turn (research on commercial sexual exploitation, "
        "para. 28)",
    ),
    (
        "At the shows we ride under FEI rules. Has the FEI ever given the Committee its view on "
        "how young a rider or a groom may be?",
        (H_PC_CHILDLAB_31,),
        "uncovered sports federation (the FEI, the international equestrian federation), never "
        "named, twice, a yes/no question, the horse breeder; after a plan turn (CRC row 31, "
        "activity 2, worst forms of child labour)",
    ),
    (
        "Do any of your documents tell employers to check a youngster's age with Yoti?",
        (H_SR_BIRTH_50,),
        "uncovered tool (Yoti, an age-checking app), never named, a yes/no question, the horse "
        "breeder; after a Special Rapporteur turn (birth registration of all children, para. 50)",
    ),
    (
        "Would you kindly fetch me Kazakhstan's own rules on schooling such children from "
        "adilet.zan.kz?",
        (H_KAZ_VULN_26,),
        "uncovered website (adilet.zan.kz, a portal of Kazakh legislation) and the national rules "
        "it would hold, never named; the covered Kazakhstan is only the subject; an imperative "
        "request, the horse breeder; after a Kazakhstan turn (education and health care of "
        "vulnerable children, para. 26)",
    ),
    # -- a session or year the index does not hold --
    (
        "Back on the agenda at HRC55?",
        (X_SR_BORDER_3, X_SR_DIGITAL_79),
        "uncovered session ('HRC55', the Council's fifty-fifth session, 2024; the held report is "
        "for the fiftieth) in a short follow-up, a yes/no question, the chess instructor; after "
        "two Special Rapporteur turns (the border point of Panji Poyon, para. 3; messaging apps "
        "and the dark web, para. 79)",
    ),
    (
        "I have it in my notes that the Committee took up Tajikistan again at its eighty-first "
        "session; what did it say then about children in poverty?",
        (W_TJK_POVERTY_19A,),
        "uncovered session (the eighty-first; the held observations were adopted at the "
        "seventy-sixth, September 2017), a claim in the user's notes, the carpet importer; after "
        "a Tajikistan turn (children living in poverty, para. 19 (a))",
    ),
    (
        "Had the Committee looked at Turkmenistan's street children already in 2004, before all "
        "this?",
        (H_TKM_VULNERABLE_24,),
        "uncovered year (2004 for Turkmenistan, before the held observations of January 2015), a "
        "yes/no question, the horse breeder; after a Turkmenistan turn (vulnerable groups, "
        "children in street situations, para. 24)",
    ),
    # -- a document symbol neither held nor cited --
    (
        "A parent forwarded me CAT/C/TJK/CO/3. What does it say about kids held at border posts?",
        (X_TJK_BORDER_32B,),
        "uncovered symbol (CAT/C/TJK/CO/3), neither held nor cited, taken for the Committee "
        "against Torture's observations on Tajikistan, the chess instructor; after a Tajikistan "
        "turn (identifying child victims at borders, para. 32 (b)); A/HRC/50/33/Add.1 para. 28 "
        "lists the Convention against Torture among Tajikistan's treaties, but no observations "
        "of its committee are held or cited",
    ),
    (
        "And CRPD/C/KAZ/CO/1 - anything in that about such children?",
        (H_SR_DISAB_52,),
        "uncovered symbol (CRPD/C/KAZ/CO/1), neither held nor cited, taken for the disability "
        "committee's observations on Kazakhstan, in a short follow-up, the horse breeder; after "
        "a Special Rapporteur turn (trafficking of children with disabilities, para. 52)",
    ),
    (
        "Our sourcing adviser relies on A/HRC/35/37 for guidance to businesses; would you set "
        "out what it recommends?",
        (W_TKM_LEGAL_30,),
        "uncovered symbol (A/HRC/35/37), neither held nor cited, taken for a Council report with "
        "guidance to businesses, an imperative request, the carpet importer; after a Turkmenistan "
        "turn (criminal liability of legal entities, para. 30)",
    ),
    # -- a position past the end of a held document --
    (
        "Kindly read me 25 (b) as well.",
        (H_TJK_ROMA_25,),
        "uncovered position (CRC/C/OPSC/TJK/CO/1 para. 25 has no sub-paragraphs) in a short "
        "follow-up, an imperative, the horse breeder; after a Tajikistan turn (Roma, migrant and "
        "refugee children, para. 25)",
    ),
    (
        "And its sub-paragraph (b)?",
        (W_KAZ_OFFICIALS_24,),
        "uncovered position (CRC/C/OPSC/KAZ/CO/1 para. 24 has no sub-paragraphs) in a short "
        "follow-up, the carpet importer; after a Kazakhstan turn (complicity by State officials "
        "investigated and sanctioned, para. 24)",
    ),
    (
        "Give me paragraph 53 of CRC/C/OPSC/TKM/CO/1 - the one about kids travelling to "
        "competitions.",
        (X_TKM_HELPLINE_42,),
        "uncovered position (CRC/C/OPSC/TKM/CO/1 has 47 paragraphs), with a wrong premise about "
        "its content, an imperative, the chess instructor; after a Turkmenistan turn (a national "
        "helpline, para. 42)",
    ),
    (
        "Is there a part B to that Introduction? Paste its opening.",
        (X_SR_VISIT_1,),
        "uncovered position (section I of A/HRC/50/33/Add.1, the Introduction, paras. 1-4, has no "
        "lettered sub-sections) in a short follow-up, a yes/no question and an imperative, the "
        "chess instructor; after a Special Rapporteur turn (the dates of the visit, para. 1)",
    ),
    (
        "And the second activity in that row?",
        (H_PC_ROMA_30,),
        "uncovered position (the plan's CRC row 30 has one activity) in a short follow-up, the "
        "horse breeder; after a plan turn (CRC row 30, children of ethnic minorities)",
    ),
    (
        "Next move: row 9's second activity.",
        (X_PO_ICT_9,),
        "uncovered position (the plan's OPSC row 9 has one activity) in a short follow-up, an "
        "elliptical request, the chess instructor; after a plan turn (OPSC row 9, misuse of "
        "information and communication technologies)",
    ),
    # -- a kind of document the index does not hold --
    (
        "Do you hold the border guards' logbook from Panji Poyon? I want to know how many "
        "children crossed.",
        (X_SR_BORDER_3,),
        "uncovered kind of document (a border post's logbook; para. 3 says only that the "
        "Rapporteur met border guards there), a yes/no question, the chess instructor; after a "
        "Special Rapporteur turn (para. 3)",
    ),
    (
        "Have you the daily timetable of those rehabilitation camps? I'd like to see whether the "
        "children get any time with animals.",
        (H_PA_CAMPS_8,),
        "uncovered kind of document (the timetable of the camps; the plan's OPAC row 8 only "
        "plans to involve children in them), a yes/no question, the horse breeder; after a plan "
        "turn (OPAC row 8, activity 4)",
    ),
    (
        "Have you a blank Tajik birth certificate among your papers, so I know what a real one "
        "looks like when a lad hands it over?",
        (H_PC_HOMEBIRTH_13,),
        "uncovered kind of document (a birth certificate form; the plan's CRC row 13 speaks only "
        "of the registry and reporting home deliveries), a yes/no question, the horse breeder; "
        "after a plan turn (CRC row 13, activity 2)",
    ),
    (
        "Might you send me those statistical reports themselves, as a spreadsheet? I should like "
        "the figures for working children.",
        (W_PC_STATS_5,),
        "uncovered kind of document (the statistical reports and their figures, as a "
        "spreadsheet; the plan's CRC row 5 only plans to improve them), a yes/no question, the "
        "carpet importer; after a plan turn (CRC row 5, activity 2)",
    ),
    # -- a text the documents mention only in passing, asked for its own words --
    (
        "Then kindly set out Part 5 itself, word for word.",
        (W_SR_PART5_31,),
        "uncovered text (Part 5 of Tajikistan's Anti-Trafficking Law; A/HRC/50/33/Add.1 para. 31 "
        "summarizes it) asked for its own words in a short follow-up, an imperative, the carpet "
        "importer; after a Special Rapporteur turn (para. 31)",
    ),
    (
        "Quote 20 (4) itself. Word for word.",
        (X_SR_ART20_31,),
        "uncovered text (article 20 (4) of Tajikistan's Anti-Trafficking Law; A/HRC/50/33/Add.1 "
        "para. 31 says only what article 20 (4)-(5) provides) asked for its own words in a short "
        "follow-up, an imperative, the chess instructor; after a Special Rapporteur turn (para. "
        "31)",
    ),
    (
        "What does that Law say, in its own terms, about the age at which a child may work at a "
        "loom?",
        (W_TKM_GUARANTEES_9,),
        "uncovered text (Turkmenistan's Law on Guarantees of the Rights of the Child; "
        "CRC/C/OPSC/TKM/CO/1 paras. 5 (a), 8 and 9 name it only) asked for its contents, the "
        "carpet importer; after a Turkmenistan turn (the Law being revised, para. 9)",
    ),
    (
        "Would you quote article 3 of that Convention - the list of worst forms - as it stands? "
        "Hand-knotting may well be among them.",
        (W_TJK_ILO_4E,),
        "uncovered text (article 3 of ILO Convention No. 182; CRC/C/OPSC/TJK/CO/1 para. 4 (e), "
        "CRC/C/OPSC/TKM/CO/1 para. 4 (b) and A/HRC/50/33/Add.1 para. 28 name the Convention only) "
        "asked for its own words, an imperative in a question, the carpet importer; after a "
        "Tajikistan turn (ratification in June 2005, para. 4 (e))",
    ),
]

Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Tajikistan --
    (
        "And Tajikistan, where most of our wool is spun - did the Committee meet the same silence "
        "about money there?",
        (W_TKM_RESOURCES_20,),
        "Tajikistan",
        u(T, 16, 17),
        u(PO, 6),
        [
            "absence of information regarding the resources allocated to implement the Optional "
            "Protocol",
            "identify budget lines for the implementation of the Optional Protocol",
        ],
        "covered country first in a lead-in ('And Tajikistan, where most of our wool is spun'), "
        "then 'there', a yes/no question, the carpet importer; after a Turkmenistan turn (no "
        "information on the allocation of resources, para. 20)",
    ),
    (
        "Next move, Tajikistan: a channel for children to complain there too?",
        (X_TKM_COMPLAINTS_36C,),
        "Tajikistan",
        u(T, 33),
        u(T, 32) + u(PO, 7),
        [
            "Ensure that complaint mechanisms are easily accessible and available to children "
            "whose rights have been violated"
        ],
        "covered country first after a chess lead-in ('Next move, Tajikistan:'), then 'there', "
        "an elliptical yes/no question, the chess instructor; after a Turkmenistan turn "
        "(complaints mechanisms accessible to children, para. 36 (c))",
    ),
    (
        "And what of Tajikistan, where my best mares were foaled - was the same sort of study "
        "asked of them?",
        (H_KAZ_RESEARCH_28,),
        "Tajikistan",
        u(T, 18, 19),
        u(S, 34),
        [
            "There is insufficient information on the scale of the sale of children",
            "Carry out research on the nature and scale of the sale of children",
        ],
        "covered country first in a lead-in ('And what of Tajikistan, where my best mares were "
        "foaled'), then 'them', a yes/no question, the horse breeder; after a Kazakhstan turn "
        "(research on commercial sexual exploitation, para. 28)",
    ),
    (
        "Over in Tajikistan, is anything being done for children living with HIV?",
        (H_KAZ_HIV_9,),
        "Tajikistan",
        u(PC, 10),
        u(PC, 24, 25) + u(S, 66),
        ["Monitor the situation of children living with HIV/AIDS"],
        "covered country first in a prepositional phrase ('Over in Tajikistan'), a yes/no "
        "question, the horse breeder; after a Kazakhstan turn (stigmatization of children with "
        "HIV/AIDS, para. 9); the answer is in the plan (CRC row 10, activity 2)",
    ),
    (
        "Street children in Tajikistan, then - what's being done for them, kindly?",
        (H_TKM_VULNERABLE_24,),
        "Tajikistan",
        u(T, 19) + u(PC, 32),
        u(S, 52, 91, 92),
        [
            "children living in street situations",
            "Conduct assessment of situation of children living and/ or working in the street",
        ],
        "covered country mid-phrase before 'then', the horse breeder; after a Turkmenistan turn "
        "(vulnerable groups including children in street situations, para. 24)",
    ),
    (
        "And the Tajik observations - meant to go online for families too?",
        (X_KAZ_DISSEM_31,),
        "Tajikistan",
        u(T, 37),
        u(T, 36) + u(PC, 35),
        ["made widely available, including through the Internet, to the public at large"],
        "covered country only by a demonym ('the Tajik observations'), an elliptical yes/no "
        "question, the chess instructor; after a Kazakhstan turn (observations available through "
        "the Internet, para. 31)",
    ),
    (
        "I should be grateful to know whether the Committee found Tajikistan any better provided "
        "with a strategy.",
        (W_TKM_STRATEGY_10,),
        "Tajikistan",
        u(T, 10, 11),
        u(PO, 3),
        [
            "has not developed a comprehensive policy and strategy on the rights of the child "
            "under the Optional Protocol"
        ],
        "covered country mid-sentence in an indirect question, the carpet importer; after a "
        "Turkmenistan turn (no comprehensive strategy, para. 10)",
    ),
    # -- to Kazakhstan --
    (
        "Is there a comparable body in Kazakhstan, so far as the Committee records?",
        (W_SR_COMMISSION_33,),
        "Kazakhstan",
        u(K, 4),
        u(K, 5),
        ["The establishment of an inter-agency commission to combat trafficking"],
        "covered country mid-question, a yes/no question, the carpet importer; after a Special "
        "Rapporteur turn on Tajikistan (the Interministerial Commission, para. 33)",
    ),
    (
        "KAZ: coordination and checking progress - what did the Committee say?",
        (X_TJK_COORD_13,),
        "Kazakhstan",
        u(K, 5, 6),
        [],
        [
            "the lack of mechanisms for the periodic evaluation of the implementation of the "
            "Protocol",
            "strengthen coordination, at both central and local levels",
        ],
        "covered country first, only by its ISO alpha-3 code ('KAZ:'), the chess instructor; after "
        "a Tajikistan turn (better coordination between ministries, para. 13)",
    ),
    (
        "On the same point for Kazakhstan, if you please: was it asked to count children by "
        "minority group?",
        (W_TJK_DATA_7,),
        "Kazakhstan",
        u(K, 11, 12),
        [],
        [
            "lack of data disaggregated by age, sex and minority group",
            "disaggregated, inter alia, by age, sex, minority group",
        ],
        "covered country in a lead-in ('On the same point for Kazakhstan'), then 'it', a yes/no "
        "question, the carpet importer; after a Tajikistan turn (data disaggregated by ethnic "
        "origin, para. 7)",
    ),
    (
        "Is recruiting a child for prostitution a crime in Kazakhstan whatever the method used?",
        (X_TKM_RECRUIT_28,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        [
            "make punishable the recruitment of a child for prostitution regardless of the "
            "methods used"
        ],
        "covered country mid-question, a yes/no question, the chess instructor; after a "
        "Turkmenistan turn (recruitment of minors for prostitution registered, para. 28)",
    ),
    (
        "Junior rapid in Shymkent next month. Were hotlines for children recommended to "
        "Kazakhstan?",
        (X_TKM_HELPLINE_42,),
        "Kazakhstan",
        u(K, 22),
        u(K, 21),
        ["Free telephone hotlines"],
        "covered country by a city in a lead-in ('Junior rapid in Shymkent') and then by name as "
        "the last word, a yes/no question, the chess instructor; after a Turkmenistan turn (a "
        "national helpline, para. 42)",
    ),
    (
        "And Kazakhstan's initial report - was that in better order?",
        (W_TKM_GUIDELINES_2,),
        "Kazakhstan",
        u(K, 2),
        [],
        ["it regrets that it does not follow the established"],
        "covered country first by a possessive ('And Kazakhstan's initial report'), a yes/no "
        "question, the carpet importer; after a Turkmenistan turn (report not following the "
        "reporting guidelines, para. 2)",
    ),
    (
        "Were the Kazakh recommendations sent up to their Parliament as well?",
        (H_TJK_FOLLOWUP_36,),
        "Kazakhstan",
        u(K, 30),
        u(K, 31),
        ["transmitting them to relevant government ministries, the Parliament"],
        "covered country only by a demonym ('the Kazakh recommendations'), a yes/no question, "
        "the horse breeder; after a Tajikistan turn (transmission to the national parliament and "
        "the districts, para. 36)",
    ),
    # -- to Turkmenistan --
    (
        "In Turkmenistan, where our looms are, do NGOs face the same squeeze?",
        (W_SR_CIVIL_75,),
        "Turkmenistan",
        u(M, 22, 23),
        [],
        [
            "restrictions on the work of civil society organizations",
            "remove restrictions on the functioning",
        ],
        "covered country first in a prepositional phrase ('In Turkmenistan, where our looms "
        "are'), a yes/no question, the carpet importer; after a Special Rapporteur turn on "
        "Tajikistan (amendments to the Law on Public Associations, para. 75)",
    ),
    (
        "Turkmenistan's numbers - same story?",
        (X_TJK_DATA_6,),
        "Turkmenistan",
        u(M, 6, 7),
        [],
        ["absence of a comprehensive data collection", "improve its data collection system"],
        "covered country first by a possessive ('Turkmenistan's numbers'), an elliptical yes/no "
        "question, the chess instructor; after a Tajikistan turn (no systematic data collection "
        "mechanism, para. 6)",
    ),
    (
        "Is the help for young victims any broader in Turkmenistan, where my horses were bred?",
        (H_TJK_LIMITED_32A,),
        "Turkmenistan",
        u(M, 35, 39),
        u(M, 40),
        [
            "limited to trafficking and are thus insufficient",
            "reintegration measures are limited to victims of trafficking",
        ],
        "covered country late in the question, before a relative clause, a yes/no question, the "
        "horse breeder; after a Tajikistan turn (measures limited to trafficking, para. 32 (a))",
    ),
    (
        "Turkmenistan: can they try someone at home for abuse at a tournament abroad?",
        (X_TJK_EXTRA_30, X_KAZ_DOUBLE_17),
        "Turkmenistan",
        u(M, 32, 33),
        u(M, 34),
        [
            "requirement of double criminality for domestic prosecution of crimes allegedly",
            "remove the requirement of",
        ],
        "covered country first, alone before a colon ('Turkmenistan:'), then 'they', a yes/no "
        "question, the chess instructor; after a Tajikistan and a Kazakhstan turn "
        "(extraterritorial jurisdiction, para. 30; double criminality, para. 17)",
    ),
    (
        "Was Turkmenistan likewise urged to tackle poverty?",
        (W_TJK_POVERTY_19A,),
        "Turkmenistan",
        u(M, 25),
        u(M, 24),
        ["poverty reduction strategies"],
        "covered country mid-question, a yes/no question, the carpet importer; after a "
        "Tajikistan turn (children living in poverty, para. 19 (a))",
    ),
    (
        "Turkmen text - anything on kids being exploited over the Internet?",
        (X_TJK_ONLINE_23,),
        "Turkmenistan",
        u(M, 25, 26),
        u(M, 27),
        [
            "Undertake targeted preventive measures, including against exploitation",
            "Use of the Internet for the dissemination of child pornography or other forms",
        ],
        "covered country first, only by a demonym ('Turkmen text'), an elliptical yes/no "
        "question, the chess instructor; after a Tajikistan turn (education on information and "
        "communications technologies, para. 23)",
    ),
]
