"""The twenty-first 'scope' table of the gold set (sf001-sf060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope20.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table (scope or round): the author of a travel
guidebook updating its Central Asia edition, chatty and descriptive, writing for readers on the road
('For the Staying safe box in the next edition', 'my editor', 'a reader wrote in', 'the overland
route', 'Lovely, thanks.'); a trust-and-safety lead at an online multiplayer gaming platform with
many teenage players in Central Asia, clipped and in platform-policy shorthand ('T&S here.', 'for
the policy doc', 'our escalation queue', 'geo field', 'locale tag', 'flagged cluster', 'Ack.'); and
a retired vice-squad detective who teaches an evening class for police recruits, blunt and
old-school ('Thirty years on vice', 'for Tuesday's class', 'my recruits', 'Straight answer:', 'Word
for word, please.', 'Right.'). Sentence shapes vary: the new scope first ('Kazakhstan now: ...', 'TM
next: ...', 'Tajikistan, then: ...'), buried mid-sentence ('... runs down through Western Sahara and
the refugee camps near the border, so I want a line on it; ...'), last ('... ever made about
Abkhazia?'), alone in a short follow-up ('And the Cook Islands?'), by a locale tag ('fo-FO'), an ISO
alpha-3 code ('BMU'), a French name ('Nouvelle-Calédonie'), a demonym and a nickname ('A
Gibraltarian reader', 'the authorities on the Rock'), a historical name ('the Netherlands
Antilles'), a city ('Stone Town', 'Hargeisa'); yes/no questions; imperatives ('Paste ...', 'Read me
29 (a) then', 'Word for word, please'); two questions in one message. Twelve of the forty declines
are short follow-ups that lean on the history ('And Guadaloupe? ...', 'And the Cook Islands?', 'Same
for Nouvelle-Calédonie? ...', 'And Project Arachnid? ...', 'And smartraveller.gov.au ...', 'And
Colin Thubron - ...', 'Any update on that at HRC53?', 'Read me 29 (a) then ...', 'Paste the next
activity listed under row 11 ...', 'Is there a VI.B ...', 'Ack. What's the second activity under row
7?', 'Word for word, please: ...'). One to three earlier turns about what the index holds, each
answered by quoting a document verbatim with its reference, then a last question that moves the
scope; each conversation is typed by one of the three users throughout.

sf001-sf040 name what the index does not hold. A country, place or group of States: Gibraltar (by a
demonym and a nickname, 'A Gibraltarian reader', 'the authorities on the Rock'), the Faroe Islands
(only by the locale tag 'fo-FO'), Zanzibar (only by its old town, Stone Town, then 'the islands'
government'), Guadeloupe (misspelt 'Guadaloupe'; the misspelling is the test, alone in a short
follow-up), Western Sahara (buried mid-sentence), Abkhazia (a breakaway region that is no State, the
last word of the question), the Cook Islands (alone, 'And the Cook Islands?'), the Netherlands
Antilles (a historical name, dissolved in 2010, with Curaçao), Bermuda (only by its ISO alpha-3
code, 'BMU'), New Caledonia (only by its French name, 'Nouvelle-Calédonie', in a short follow-up),
the Pacific Islands Forum countries (a group of States) and Somaliland (a self-declared State, only
by its capital, Hargeisa, then 'the authorities there'). A body, agency, NGO, person or website the
documents never name: Thorn, the Canadian Centre for Child Protection and its Project Arachnid, the
UK FCDO's travel advice, smartraveller.gov.au, Urmila Bhoola (a former Special Rapporteur on
contemporary forms of slavery), Eurojust, the Tech Coalition and its Lantern programme, the travel
writer Colin Thubron and the Collective Security Treaty Organization (CSTO). A session or year: the
Committee's seventy-third session for Tajikistan (the held observations were adopted at the
seventy-sixth, in September 2017), the Human Rights Council's fifty-third session ('HRC53', after
the held report, which is for the fiftieth) and 2011 for Kazakhstan (whose held observations are of
January 2006). A symbol neither held nor cited: A/HRC/38/45 (taken for a Council report on online
exploitation), E/C.12/TKM/CO/2 (taken for observations on Turkmenistan by another committee) and
CRC/C/OPAC/TKM/CO/2 (taken for a second armed-conflict review of Turkmenistan; the held observations
cite CRC/C/OPAC/TKM/CO/1 only). Past the end: a sub-paragraph (a) of CRC/C/OPSC/KAZ/CO/1 para. 29
(which has no sub-paragraphs), a sub-paragraph (a) of CRC/C/OPSC/TKM/CO/1 para. 42 (likewise), a
sub-section B of section VI of A/HRC/50/33/Add.1 (section VI, paras. 75-76, has no lettered
sub-sections), a second activity under the plan's OPSC row 11 (which has one, and is the table's
last row) and a second activity under its OPAC row 7 (which has one). A kind of document not held:
the Dushanbe shelter's own leaflet or house rules (A/HRC/50/33/Add.1 para. 65 gives only staff,
places and occupancy), the pages and report-abuse form of the Centre's new website (para. 77 says
only that it was launched with OSCE support), the indictments or judgments in the recruitment-agency
cases (para. 38 says the charges are not known) and the forms used by the national referral
mechanism (paras. 55 and 60 describe it only). A text the documents mention only in passing, asked
for its own words: article 130 (2) of Tajikistan's Criminal Code and article 1 of its
Anti-Trafficking Law (para. 30 and para. 31, which summarize them), article 29 of that Law (para.
63, which summarizes it) and article 31 of the Convention relating to the Status of Refugees (para.
26, which names it only). The answer must decline and cite nothing.

sf041-sf060 move from one covered country to another and carry the topic over; every citation must
come from the newly named country. To Tajikistan: a trafficking hotline (from Turkmenistan's
helpline), online exploitation and the bodies handling cybercrime (from Kazakhstan's Internet
study), prosecutions and sentences (from Turkmenistan), shelters (from Kazakhstan's crisis centres),
disaggregated data (from Kazakhstan), child victims of prostitution arrested and prosecuted (from
Turkmenistan) and the communications procedure (from Turkmenistan). To Kazakhstan: children with
HIV/AIDS stigmatized (from Tajikistan), a study of the Internet (from Tajikistan), public campaigns
on the radio (from the Rapporteur's report), double criminality (from Tajikistan), budget
information (from Turkmenistan), treaties to ratify (from Tajikistan) and the date of the next
report (from Turkmenistan). To Turkmenistan: an independent monitoring mechanism taking children's
complaints (from Tajikistan), awareness-raising channels (from Kazakhstan), protection of victims
and witnesses in criminal proceedings (from Kazakhstan), referral of child victims to local
commissions (from Tajikistan), the refugee and statelessness conventions (from the Rapporteur's
report) and instructions to prosecutors (from Kazakhstan).

Countries, places, groups, bodies, agencies, persons, websites, named texts, symbols, sessions and
positions past the end were checked against `gold_scope.py` to `gold_scope20.py` and the round
tables (`grep -il NAME evals/*.py`): Gibraltar, the Faroe Islands, Zanzibar (Stone Town), Guadeloupe
('Guadaloupe'), Western Sahara, Abkhazia, the Cook Islands, the Netherlands Antilles and Curaçao,
Bermuda ('BMU'), New Caledonia ('Nouvelle-Calédonie'), the Pacific Islands Forum, Somaliland
(Hargeisa), Thorn, the Canadian Centre for Child Protection, Project Arachnid, the FCDO,
smartraveller.gov.au, Urmila Bhoola, Eurojust, the Tech Coalition and Lantern, Colin Thubron, the
CSTO, the strings 'seventy-third' and 'HRC53', the symbols A/HRC/38/45, E/C.12/TKM/CO/2 and
CRC/C/OPAC/TKM/CO/2, '42 (a)' and 'VI.B', the shelter's leaflet, indictments and referral forms
appear in no earlier table, and no earlier decline asked for an activity past the end of OPSC row 11
or OPAC row 7 (earlier tables used OPSC rows 1, 2, 6, 7 and 8, OPAC rows 5, 6 and 8, and a row 12 of
the OPSC table, which is not asked again here). Almost every UN Member State is named somewhere in
an earlier table, so the places here are territories, regions and a self-declared State; the Russian
Federation's regions and groups that include the Gulf States, Iraq, Turkey, India or Afghanistan
were avoided, because A/HRC/50/33/Add.1 names those as destinations or origins. Article 130 (2),
article 29 and article 1 of the Anti-Trafficking Law appear in earlier tables only in the notes of
answerable round items, never asked for their own words; 'article 31 of the Convention relating to
the Status of Refugees' appears in none. The string '2011' appears in earlier scope tables only
inside quotations of held text (the ILO Domestic Workers Convention, 2011, and Turkmenistan's
ratifications and Act of 2011); an earlier decline asked about Kazakhstan in 2018. All of the names
were also checked against the text of data/corpus: none is named in a held document.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs, CRC/C/OPSC/KAZ/CO/1 32 (para.
29 without sub-paragraphs), CRC/C/OPSC/TKM/CO/1 47 (para. 42 without sub-paragraphs),
A/HRC/50/33/Add.1 92 (section VI, paras. 75-76, without lettered sub-sections); the plan's tables
have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, its OPSC row 11 and OPAC row 7 one activity each. Every
cited unit exists, every key fact is a verbatim substring of one line of a must unit, and every
quotation in an earlier turn is verbatim (whitespace aside) in the unit it cites, checked with a
stdlib script that splits the five files into their numbered paragraphs and plan rows.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---
# G: the guidebook author; X: the trust-and-safety lead; D: the retired detective.

# CRC/C/OPSC/TJK/CO/1
G_TJK_ILO_4E: Turn = (
    "For the Staying safe box in the next edition: has Tajikistan signed up to the ILO rules on "
    "the worst child labour?",
    'Yes; the Committee welcomed "The ratification of the International Labour Organization Worst '
    'Forms of Child Labour Convention, 1999 (No. 182) in June 2005" (CRC/C/OPSC/TJK/CO/1, para. '
    "4 (e))",
)
X_TJK_CYBER_22: Turn = (
    "T&S here. For the policy doc: who handles cybercrime in Tajikistan, per the Committee?",
    'It noted "that there are two entities in the State party responsible for addressing '
    'cybercrime" (CRC/C/OPSC/TJK/CO/1, para. 22)',
)
X_TJK_COMPLAINTS_33E: Turn = (
    "Our escalation queue needs a route for kids to complain. Did the Committee ask Tajikistan "
    "for complaint channels children can use?",
    'It recommended that the State party "Ensure that complaint mechanisms are easily accessible '
    'and available to children whose rights have been violated" (CRC/C/OPSC/TJK/CO/1, para. 33 '
    "(e))",
)
X_TJK_PROSECUTED_32D: Turn = (
    "Policy doc, victim-blaming section: can a child selling sex be charged in Tajikistan?",
    'The Committee was concerned that "Child victims of prostitution may be arrested and '
    'prosecuted under the Criminal Code" (CRC/C/OPSC/TJK/CO/1, para. 32 (d))',
)
D_TJK_EXTRADITION_30: Turn = (
    "Thirty years on vice, so humour me. Straight answer: can Tajikistan hand a suspect over "
    "without the act being a crime in both countries?",
    'Not under its current rules; the Committee regretted "that extradition is subject to the '
    'principle of double criminality" (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
D_TJK_AWARENESS_15: Turn = (
    "For Tuesday's class: whom did the Committee want to know about this Protocol in Tajikistan?",
    'It recommended programmes so that its provisions "are widely known by the general public, in '
    "particular parents and children, government officials and professionals working with and for "
    'children" (CRC/C/OPSC/TJK/CO/1, para. 15)',
)

# CRC/C/OPSC/KAZ/CO/1
G_KAZ_RADIO_27: Turn = (
    "For the Staying safe box: did Kazakhstan run public campaigns on child trafficking, going by "
    "the Committee?",
    'It welcomed "the awareness-raising campaigns that have been conducted for the public, e.g. '
    "via the radio and directly aimed at children, e.g. via schools as part of the National Action "
    'Plan." (CRC/C/OPSC/KAZ/CO/1, para. 27)',
)
G_KAZ_CRISIS_22E: Turn = (
    "A reader asks where a young traveller in trouble could go in Kazakhstan. Did the Committee "
    "ask for crisis centres?",
    'Yes; among the measures for victims it urged "Accessible crisis centres" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (e))",
)
X_KAZ_INTERNET_16B: Turn = (
    "Kazakhstan, for the policy doc: did the Committee want the Internet side looked into?",
    'It recommended that the State party "Conduct a thorough study of the use of the Internet for '
    "the dissemination of child pornography or other forms of sexual exploitation (e.g. "
    'recruitment for prostitution)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (b))',
)
D_KAZ_DATA_11: Turn = (
    "My recruits think the numbers are all in a database somewhere. Did Kazakhstan have decent "
    "figures on this in 2006?",
    'No; "The Committee regrets the lack of data disaggregated by age, sex and minority group" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 11)",
)
D_KAZ_GUIDELINES_20: Turn = (
    "Interviewing kids is half the job. Did the Committee point Kazakhstan to any standard for it?",
    'It recommended that the State party be guided by "the United Nations Guidelines on Justice in '
    "Matters involving Child Victims and Witnesses of Crime (Economic and Social Council "
    'resolution No. 2005/20)" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
D_KAZ_INVESTIGATIONS_23: Turn = (
    "Straight answer: was Kazakhstan actually charging anyone back then?",
    'Not enough; the Committee remained concerned "that the number of initiated investigations and '
    'prosecutions is scarce in relation to the extent of the problem." (CRC/C/OPSC/KAZ/CO/1, para. '
    "23)",
)
D_KAZ_COOPERATION_29: Turn = (
    "Cross-border work was my bread and butter. What did the Committee say to Kazakhstan about "
    "police cooperation abroad?",
    'It "encourages the State party to continue and strengthen its international judicial, police" '
    "and victim-oriented cooperation (CRC/C/OPSC/KAZ/CO/1, para. 29)",
)

# CRC/C/OPSC/TKM/CO/1
G_TKM_HELPLINE_42: Turn = (
    "Is there a helpline readers in Turkmenistan could ring? What did the Committee want?",
    "It found none covering all the offences and recommended a national helpline that \"is "
    'accessible 24 hours a day and has an easy-to-remember three- to four-digit number" '
    "(CRC/C/OPSC/TKM/CO/1, para. 42)",
)
G_TKM_COMMS_44: Turn = (
    "Lovely, thanks. And did the Committee ask Turkmenistan to let children complain to it "
    "directly?",
    'It recommended that the State party "ratify the Optional Protocol to the Convention on the '
    'Rights of the Child on a communications procedure" (CRC/C/OPSC/TKM/CO/1, para. 44)',
)
X_TKM_INTERNET_26D: Turn = (
    "TM next: is online recruitment of kids a crime there, per the Committee?",
    'Not explicitly: "Use of the Internet for the dissemination of child pornography or other '
    "forms of sexual exploitation (e.g. recruitment for child prostitution) has not been "
    'sufficiently addressed and is not explicitly criminalized." (CRC/C/OPSC/TKM/CO/1, para. 26 '
    "(d))",
)
X_TKM_RESOURCES_20: Turn = (
    "Budget line for the policy doc: what did Turkmenistan tell the Committee about money for "
    "this?",
    'Nothing specific; the Committee regretted "that the State party has not provided information '
    'on the specific allocation of resources" (CRC/C/OPSC/TKM/CO/1, para. 20)',
)
D_TKM_IMPUNITY_28: Turn = (
    "Turkmenistan, for Tuesday's class: any cases on the books?",
    'A few; the Committee noted "the registration of a small number of criminal offences '
    'perpetrated against minors in recent years" (CRC/C/OPSC/TKM/CO/1, para. 28)',
)
D_TKM_NEXT_47: Turn = (
    "When was Turkmenistan due to report back under this Protocol?",
    'In its next periodic report under the Convention, "due by 28 January 2018" '
    "(CRC/C/OPSC/TKM/CO/1, para. 47)",
)

# A/HRC/50/33/Add.1
G_SR_VISIT_1: Turn = (
    "When was the UN trafficking expert actually in Tajikistan? Readers like dates.",
    'The Special Rapporteur "conducted an official visit to the country, from 7 to 16 December '
    '2021" (A/HRC/50/33/Add.1, para. 1)',
)
G_SR_DESTINATIONS_7: Turn = (
    "Where do Tajik workers mostly head, per the Rapporteur? It's for the chapter intro.",
    '"Kazakhstan, the Russian Federation and Turkey are the main countries of destination for '
    'Tajik workers." (A/HRC/50/33/Add.1, para. 7)',
)
G_SR_REFUGEES_22: Turn = (
    "The overland route passes the Afghan border. How many Afghans came over, per the Rapporteur?",
    '"More than 5,400 Afghans arrived in Tajikistan in January 2021 alone." (A/HRC/50/33/Add.1, '
    "para. 22)",
)
G_SR_ART31_26: Turn = (
    "My editor asks whether refugees caught without papers in Tajikistan get punished. What did "
    "the Rapporteur say?",
    "She warned of the risk of violating the principles of non-punishment and "
    '"non-penalization of asylum seekers, as encapsulated in article 31 of the Convention '
    'relating to the Status of Refugees." (A/HRC/50/33/Add.1, para. 26)',
)
G_SR_SHELTER_65: Turn = (
    "Is there somewhere safe a trafficked traveller could stay in Dushanbe?",
    '"In Dushanbe, there is currently only one shelter, which operates under the control of the '
    'Ministry of Health." (A/HRC/50/33/Add.1, para. 65)',
)
G_SR_HOTLINE_77: Turn = (
    "Readers will want a number to call. Does Tajikistan have a trafficking hotline?",
    "Yes; the Rapporteur commended \"the launch of a dedicated hotline for victims of trafficking "
    'and persons at risk of trafficking. The hotline is regularly advertised, primarily on the '
    'radio and television." (A/HRC/50/33/Add.1, para. 77)',
)
G_SR_CIVIL_SOCIETY_75: Turn = (
    "Section on volunteering: did the Rapporteur say anything about NGOs' room to work?",
    'Section VI opens: "An enabling environment for civil society and human rights defenders is '
    'essential to ensuring the effective prevention of trafficking in persons" '
    "(A/HRC/50/33/Add.1, para. 75)",
)
G_SR_REFERRAL_60: Turn = (
    "If a reader spots a victim, is there a system to pass them on to in Tajikistan?",
    '"A national referral mechanism was established in 2016 by Governmental Act No. 327." '
    "(A/HRC/50/33/Add.1, para. 60)",
)
X_SR_ONLINE_20: Turn = (
    "Context: grooming reports up since 2020. Did the Rapporteur tie the pandemic to online "
    "exploitation?",
    "Yes; it \"has contributed to an increased demand for child sexual abuse material online and "
    'technology-facilitated child sex trafficking. Those risks are also prevalent in Tajikistan." '
    "(A/HRC/50/33/Add.1, para. 20)",
)
X_SR_DIGITAL_79: Turn = (
    "Are Tajik police set up to investigate traffickers using apps?",
    'The Rapporteur commended "the commitment to strengthening investigation capacity to address '
    "the use of digital technologies by traffickers, including messaging apps, social media and "
    'the dark web." (A/HRC/50/33/Add.1, para. 79)',
)
X_SR_WEBSITE_77: Turn = (
    "Does Tajikistan's trafficking centre have a site we could link from the report flow?",
    '"A new dedicated website for the Centre has been launched with the support of OSCE." '
    "(A/HRC/50/33/Add.1, para. 77)",
)
X_SR_ART29_63: Turn = (
    "Policy doc: how long does a victim get support in Tajikistan, no strings attached?",
    '"Article 29 establishes that support is to be provided to victims for up to two months, '
    'irrespective of their willingness to cooperate with law enforcement agencies." '
    "(A/HRC/50/33/Add.1, para. 63)",
)
D_SR_RECRUITERS_38: Turn = (
    "Dodgy recruitment agencies in Tajikistan - did anyone get charged?",
    "Some were investigated and prosecuted, but \"information was not available on the specific "
    'charges brought" (A/HRC/50/33/Add.1, para. 38)',
)
D_SR_ART130_30: Turn = (
    "Which bit of the Tajik Criminal Code bumps up the sentence for trafficking?",
    '"Article 130 (2) provides for an aggravated punishment of trafficking in certain situations, '
    "including in situations involving the use of violence, and where trafficking offences are "
    'committed by an official." (A/HRC/50/33/Add.1, para. 30)',
)
D_SR_ART1_31: Turn = (
    "How does Tajik law define trafficking? Keep it short.",
    'The Rapporteur reports that "Article 1 of the Anti-Trafficking Law defines trafficking in '
    'persons and provides a definition of exploitation." (A/HRC/50/33/Add.1, para. 31)',
)
D_SR_IPEC_50: Turn = (
    "Kids in the cotton fields - who's been working on that in Tajikistan?",
    'The Rapporteur "commends the coordinated efforts by the ILO International Programme on the '
    "Elimination of Child Labour to eliminate child labour and the risks of child trafficking for "
    'forced labour, in particular in the cotton harvesting sector." (A/HRC/50/33/Add.1, para. 50)',
)

# The national plan of action 2018-2022
X_PO_ICT_9: Turn = (
    "Does Tajikistan's 2018 plan do anything about kids being lured online?",
    'Row 9 of its OPSC table: "Conduct awareness raising initiatives and take other measures for '
    "prevention of misuse of information and communication technologies aimed at involving "
    'children to prostitution and other inappropriate acts" (National Plan of Action 2018-2022 '
    "(OPSC), row 9)",
)
X_PO_CAPACITY_11: Turn = (
    "Law-enforcement referrals: does the plan train investigators on these crimes?",
    'The last row of the OPSC table: "Build the capacity of the law enforcement agencies on '
    "appropriate and comprehensive investigation of cases related to crimes reflected in this "
    'Optional Protocol" (National Plan of Action 2018-2022 (OPSC), row 11)',
)
X_PA_REINTEGRATION_7: Turn = (
    "Some of our players came back from conflict zones. Does the 2018 plan cover reintegration?",
    'Row 7 of its OPAC table: "Improve mechanisms of reintegration of child victims from the armed '
    'conflicts and take measures for reintegration of these children" (National Plan of Action '
    "2018-2022 (OPAC), row 7)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "A Gibraltarian reader wrote in asking the same for home. Have the authorities on the Rock "
        "been told to set up a helpline like that?",
        (G_TKM_HELPLINE_42,),
        "uncovered territory that is no State by a demonym and a nickname only ('A Gibraltarian "
        "reader', 'the authorities on the Rock', Gibraltar), a yes/no question, the guidebook "
        "author; after a Turkmenistan turn (a national helpline, para. 42)",
    ),
    (
        "Our locale dashboard shows a spike in grooming reports from accounts tagged fo-FO. Has "
        "any UN body said anything about online child abuse in that country?",
        (X_SR_ONLINE_20,),
        "uncovered territory only by a locale tag ('fo-FO', the Faroe Islands), then 'that "
        "country', a yes/no question, the trust-and-safety lead; after a Special Rapporteur turn "
        "(online child sexual abuse material, para. 20)",
    ),
    (
        "The next edition adds a Stone Town chapter. Does the islands' government run a shelter "
        "for trafficking victims, and what has the UN said about it?",
        (G_SR_SHELTER_65,),
        "uncovered place only by its old town ('Stone Town', Zanzibar), then 'the islands' "
        "government', two questions, the guidebook author; after a Special Rapporteur turn (one "
        "shelter in Dushanbe, para. 65)",
    ),
    (
        "And Guadaloupe? Same thin numbers there?",
        (D_TKM_IMPUNITY_28,),
        "uncovered territory misspelt ('Guadaloupe', Guadeloupe; the misspelling is the test) in "
        "a short follow-up that takes its topic from the history, the retired detective; after a "
        "Turkmenistan turn (a small number of offences registered, para. 28)",
    ),
    (
        "The overland route some readers take runs down through Western Sahara and the refugee "
        "camps near the border, so I want a line on it; did the Rapporteur or the Committee say "
        "anything about trafficking there?",
        (G_SR_REFUGEES_22,),
        "uncovered territory buried mid-sentence (Western Sahara), then 'there', a yes/no "
        "question, the guidebook author; after a Special Rapporteur turn (Afghans arriving in "
        "January 2021, para. 22)",
    ),
    (
        "I once worked a case whose lead went cold on the Black Sea coast. Was the same complaint "
        "about too few prosecutions ever made about Abkhazia?",
        (D_KAZ_INVESTIGATIONS_23,),
        "uncovered breakaway region that is no State as the last word of the question "
        "(Abkhazia), a yes/no question, the retired detective; after a Kazakhstan turn (scarce "
        "investigations and prosecutions, para. 23)",
    ),
    (
        "And the Cook Islands?",
        (X_TJK_CYBER_22, X_KAZ_INTERNET_16B),
        "uncovered State-in-free-association alone in a short follow-up that takes its topic "
        "from the history (the Cook Islands; online exploitation), the trust-and-safety lead; "
        "after a Tajikistan and a Kazakhstan turn (two cybercrime entities, para. 22; a study of "
        "the Internet, para. 16 (b))",
    ),
    (
        "Back in the nineties I liaised with police in Curaçao on a sex-tourism ring, when it was "
        "still the Netherlands Antilles. Was the Netherlands Antilles ever told to follow those "
        "guidelines?",
        (D_KAZ_GUIDELINES_20,),
        "uncovered place by a historical name (the Netherlands Antilles, dissolved in 2010) and "
        "an island (Curaçao), a yes/no question, the retired detective; after a Kazakhstan turn "
        "(ECOSOC resolution 2005/20, para. 20)",
    ),
    (
        "Next flagged cluster has geo field BMU. Was BMU told the same about criminalizing online "
        "recruitment?",
        (X_TKM_INTERNET_26D,),
        "uncovered territory only by its ISO alpha-3 code ('BMU', Bermuda), a yes/no question, "
        "the trust-and-safety lead; after a Turkmenistan turn (Internet dissemination not "
        "criminalized, para. 26 (d))",
    ),
    (
        "Same for Nouvelle-Calédonie? Our French-language server gets players from there.",
        (X_PO_ICT_9,),
        "uncovered territory only by its French name ('Nouvelle-Calédonie', New Caledonia) in a "
        "short follow-up that takes its topic from the history, the trust-and-safety lead; after "
        "a plan turn (OPSC row 9, misuse of ICT)",
    ),
    (
        "A reader suggests I widen the book to the Pacific. Are the Pacific Islands Forum "
        "countries destinations for trafficked workers too, going by anything you hold?",
        (G_SR_DESTINATIONS_7,),
        "uncovered group of States ('the Pacific Islands Forum countries'), a yes/no question, "
        "the guidebook author; after a Special Rapporteur turn (Kazakhstan, the Russian "
        "Federation and Turkey as destinations, para. 7)",
    ),
    (
        "Different trip: a contributor is writing up Hargeisa. Have the authorities there ratified "
        "that ILO convention, and has the Committee ever reviewed them?",
        (G_TJK_ILO_4E,),
        "uncovered self-declared State only by its capital ('Hargeisa', Somaliland), then 'the "
        "authorities there', two questions, the guidebook author; after a Tajikistan turn (ILO "
        "Convention No. 182, para. 4 (e))",
    ),
    # -- a body, agency, NGO, person or website the documents never name --
    (
        "We run Thorn's classifier on chat. Has Thorn published anything on grooming of Tajik "
        "kids on gaming platforms?",
        (X_SR_DIGITAL_79,),
        "uncovered NGO (Thorn) and its own publications, never named; the covered Tajikistan is "
        "only the subject; a yes/no question, the trust-and-safety lead; after a Special "
        "Rapporteur turn (digital technologies used by traffickers, para. 79)",
    ),
    (
        "And Project Arachnid? Did the Canadian Centre's crawler flag anything hosted in "
        "Kazakhstan?",
        (X_SR_ONLINE_20,),
        "uncovered NGO and its tool (the Canadian Centre for Child Protection, Project Arachnid), "
        "never named, a short follow-up, the trust-and-safety lead; after a Special Rapporteur "
        "turn (online child sexual abuse material, para. 20)",
    ),
    (
        "Does the FCDO travel advice page for Tajikistan print that hotline number? I'd like to "
        "quote it alongside.",
        (G_SR_HOTLINE_77,),
        "uncovered government website (the UK FCDO's travel advice), never named, a yes/no "
        "question, the guidebook author; after a Special Rapporteur turn (a hotline advertised "
        "on radio and television, para. 77)",
    ),
    (
        "And smartraveller.gov.au - does it list a helpline for Turkmenistan?",
        (G_TKM_HELPLINE_42, G_TKM_COMMS_44),
        "uncovered website (smartraveller.gov.au), never named, a short follow-up, the guidebook "
        "author; after two Turkmenistan turns (a national helpline, para. 42; the communications "
        "procedure, para. 44)",
    ),
    (
        "Did Urmila Bhoola look at that too when she was the slavery rapporteur? What did she "
        "report?",
        (D_SR_IPEC_50,),
        "uncovered person (Urmila Bhoola, Special Rapporteur on contemporary forms of slavery "
        "2014-2020), never named, two questions, the retired detective; after a Special "
        "Rapporteur turn (the ILO programme and the cotton harvest, para. 50)",
    ),
    (
        "Did Eurojust ever set up a joint investigation team with Tajik prosecutors on those "
        "agencies?",
        (D_SR_RECRUITERS_38,),
        "uncovered agency (Eurojust), never named, a yes/no question, the retired detective; "
        "after a Special Rapporteur turn (charges against recruitment agencies unknown, para. "
        "38)",
    ),
    (
        "Is Tajikistan in the Tech Coalition's Lantern signal-sharing programme, and did the "
        "Committee mention it?",
        (X_TJK_COMPLAINTS_33E,),
        "uncovered industry body and programme (the Tech Coalition, Lantern), never named; the "
        "covered Tajikistan is only the subject; two questions, the trust-and-safety lead; after "
        "a Tajikistan turn (complaint mechanisms for children, para. 33 (e))",
    ),
    (
        "And Colin Thubron - does the Rapporteur quote anything from his Central Asia books?",
        (G_SR_VISIT_1, G_SR_DESTINATIONS_7),
        "uncovered person (Colin Thubron, a travel writer), never named, a short follow-up, the "
        "guidebook author; after two Special Rapporteur turns (the visit of 7-16 December 2021, "
        "para. 1; destinations, para. 7)",
    ),
    (
        "Right. Did the CSTO ever run one of its joint operations with Tajikistan on that?",
        (D_KAZ_COOPERATION_29, D_TJK_EXTRADITION_30),
        "uncovered organization of States (the Collective Security Treaty Organization, by "
        "acronym), never named, a yes/no question, the retired detective; after a Kazakhstan "
        "and a Tajikistan turn (international police cooperation, para. 29; double criminality, "
        "para. 30)",
    ),
    # -- a session or year the index does not hold --
    (
        "My notes say the Committee took Tajikistan at its seventy-third session. What did it "
        "say at that session?",
        (D_TJK_EXTRADITION_30,),
        "uncovered session (the seventy-third; the held observations were adopted at the "
        "seventy-sixth, September 2017), a claim in the user's notes, the retired detective; "
        "after a Tajikistan turn (double criminality, para. 30)",
    ),
    (
        "Any update on that at HRC53?",
        (X_SR_WEBSITE_77,),
        "uncovered session ('HRC53', the Council's fifty-third session, 2023; the held report is "
        "for the fiftieth) in a short follow-up, the trust-and-safety lead; after a Special "
        "Rapporteur turn (the Centre's website, para. 77)",
    ),
    (
        "That's the 2006 text. What did the Committee say when it looked at Kazakhstan again in "
        "2011?",
        (G_KAZ_RADIO_27,),
        "uncovered year (2011 for Kazakhstan; the held observations are of January 2006), the "
        "guidebook author; after a Kazakhstan turn (campaigns via the radio, para. 27)",
    ),
    # -- a document symbol neither held nor cited --
    (
        "Our policy doc cites A/HRC/38/45 for that. What does that report say about gaming "
        "platforms?",
        (X_SR_ONLINE_20,),
        "uncovered symbol (A/HRC/38/45), neither held nor cited, taken for a Council report on "
        "online exploitation, the trust-and-safety lead; after a Special Rapporteur turn "
        "(technology-facilitated child sex trafficking, para. 20)",
    ),
    (
        "Someone pointed me to E/C.12/TKM/CO/2 for women travelling alone. What does it "
        "recommend?",
        (G_TKM_COMMS_44,),
        "uncovered symbol (E/C.12/TKM/CO/2), neither held nor cited, taken for observations on "
        "Turkmenistan by another committee, the guidebook author; after a Turkmenistan turn (the "
        "communications procedure, para. 44)",
    ),
    (
        "Pull CRC/C/OPAC/TKM/CO/2 for me - what did the Committee say in that second round on "
        "Turkmenistan?",
        (D_TKM_NEXT_47,),
        "uncovered symbol (CRC/C/OPAC/TKM/CO/2), neither held nor cited, taken for a second "
        "armed-conflict review of Turkmenistan (the held observations cite CRC/C/OPAC/TKM/CO/1 "
        "only), an imperative, the retired detective; after a Turkmenistan turn (next report due "
        "by 28 January 2018, para. 47)",
    ),
    # -- a position past the end of a held document --
    (
        "Read me 29 (a) then - the bit on police cooperation specifically.",
        (D_KAZ_COOPERATION_29,),
        "uncovered position (CRC/C/OPSC/KAZ/CO/1 para. 29 has no sub-paragraphs), a short "
        "follow-up, an imperative, the retired detective; after a Kazakhstan turn (international "
        "cooperation, para. 29)",
    ),
    (
        "Paste the next activity listed under row 11 after that one.",
        (X_PO_CAPACITY_11,),
        "uncovered position (the plan's OPSC row 11 has one activity, and the table ends there) "
        "in a short follow-up, an imperative, the trust-and-safety lead; after a plan turn (OPSC "
        "row 11)",
    ),
    (
        "Is there a VI.B on human rights defenders? Quote its first paragraph.",
        (G_SR_CIVIL_SOCIETY_75,),
        "uncovered position (section VI of A/HRC/50/33/Add.1, paras. 75-76, has no lettered "
        "sub-sections) in a short follow-up, a yes/no question and an imperative, the guidebook "
        "author; after a Special Rapporteur turn (para. 75)",
    ),
    (
        "Ack. What's the second activity under row 7?",
        (X_PA_REINTEGRATION_7,),
        "uncovered position (the plan's OPAC row 7 has one activity) in a short follow-up, the "
        "trust-and-safety lead; after a plan turn (OPAC row 7)",
    ),
    (
        "Give me 42 (a) of the Turkmenistan observations - the sub-paragraph on who answers the "
        "calls.",
        (G_TKM_HELPLINE_42,),
        "uncovered position (CRC/C/OPSC/TKM/CO/1 para. 42 has no sub-paragraphs), an imperative, "
        "the guidebook author; after a Turkmenistan turn (a national helpline, para. 42)",
    ),
    # -- a kind of document the index does not hold --
    (
        "Do you have the shelter's own leaflet or house rules, so readers know what to expect?",
        (G_SR_SHELTER_65,),
        "uncovered kind of document (the Dushanbe shelter's leaflet or rules; para. 65 gives "
        "only staff, places and occupancy), a yes/no question, the guidebook author; after a "
        "Special Rapporteur turn (one shelter, para. 65)",
    ),
    (
        "Do you have the site's report-abuse form or any of its pages? Need the wording for our "
        "in-game referral.",
        (X_SR_WEBSITE_77,),
        "uncovered kind of document (pages of the Centre's website; para. 77 says only that it "
        "was launched with OSCE support), a yes/no question, the trust-and-safety lead; after a "
        "Special Rapporteur turn (para. 77)",
    ),
    (
        "For Tuesday's class I'd like the real thing: do you hold the indictments or the "
        "judgments in any of those agency cases, with the charges and sentences?",
        (D_SR_RECRUITERS_38,),
        "uncovered kind of document (indictments and judgments; para. 38 says the charges and "
        "sentences are not known), a yes/no question, the retired detective; after a Special "
        "Rapporteur turn (para. 38)",
    ),
    (
        "Could you give me the referral forms that mechanism uses, so readers know what they'd be "
        "asked?",
        (G_SR_REFERRAL_60,),
        "uncovered kind of document (the national referral mechanism's forms; paras. 55 and 60 "
        "describe the mechanism only), the guidebook author; after a Special Rapporteur turn "
        "(Governmental Act No. 327, para. 60)",
    ),
    # -- a text the documents mention only in passing, asked for its own words --
    (
        "Word for word, please: what does article 130 (2) itself say?",
        (D_SR_ART130_30,),
        "uncovered text (article 130 (2) of Tajikistan's Criminal Code; para. 30 summarizes it) "
        "asked for its own words in a short follow-up, the retired detective; after a Special "
        "Rapporteur turn (para. 30)",
    ),
    (
        "That's the summary. For the policy doc I need the statutory wording: paste article 29 of "
        "the Anti-Trafficking Law itself.",
        (X_SR_ART29_63,),
        "uncovered text (article 29 of Tajikistan's Anti-Trafficking Law; para. 63 summarizes it) "
        "asked for its own words, an imperative, the trust-and-safety lead; after a Special "
        "Rapporteur turn (para. 63)",
    ),
    (
        "For the box on asylum, can you give me article 31 of that Convention in its own words?",
        (G_SR_ART31_26,),
        "uncovered text (article 31 of the Convention relating to the Status of Refugees; para. "
        "26 names it only) asked for its own words, the guidebook author; after a Special "
        "Rapporteur turn (para. 26)",
    ),
    (
        "My recruits will want the legal definition itself, not a description of it. Quote "
        "article 1 of that law in full.",
        (D_SR_ART1_31,),
        "uncovered text (article 1 of Tajikistan's Anti-Trafficking Law; para. 31 describes it) "
        "asked for its own words, an imperative, the retired detective; after a Special "
        "Rapporteur turn (para. 31)",
    ),
]

Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Tajikistan --
    (
        "Tajikistan, then: is there a trafficking hotline there, and how do people hear about it?",
        (G_TKM_HELPLINE_42,),
        "Tajikistan",
        u(S, 77),
        u(S, 78),
        ["the launch of a dedicated hotline for victims of trafficking"],
        "covered country first ('Tajikistan, then'), two questions, the guidebook author; after "
        "a Turkmenistan turn (a national helpline, para. 42)",
    ),
    (
        "Same question for Tajikistan: who handles cybercrime there, and what did the Committee "
        "want done about online abuse of kids?",
        (X_KAZ_INTERNET_16B,),
        "Tajikistan",
        u(T, 22, 23),
        u(S, 20, 49, 79) + u(PO, 9),
        ["two entities in the State party responsible for addressing cybercrime"],
        "covered country in a short lead-in ('Same question for Tajikistan'), two questions, the "
        "trust-and-safety lead; after a Kazakhstan turn (a study of the Internet, para. 16 (b))",
    ),
    (
        "Tajik side now. Does the Committee say how many offenders got prosecuted and sentenced "
        "there?",
        (D_TKM_IMPUNITY_28,),
        "Tajikistan",
        u(T, 28, 29),
        u(S, 80) + u(PO, 11),
        ["the number of perpetrators who are prosecuted and sentenced"],
        "covered country by an adjective ('Tajik side now'), then 'there', a yes/no question, "
        "the retired detective; after a Turkmenistan turn (a small number of offences "
        "registered, para. 28)",
    ),
    (
        "What about Tajikistan - where could a trafficked traveller actually stay, per the "
        "Rapporteur?",
        (G_KAZ_CRISIS_22E,),
        "Tajikistan",
        u(S, 65),
        u(S, 87, 63),
        ["In Dushanbe, there is currently only one shelter"],
        "covered country in a lead-in ('What about Tajikistan'), the guidebook author; after a "
        "Kazakhstan turn (accessible crisis centres, para. 22 (e))",
    ),
    (
        "Tajikistan in 2017: did the Committee want the figures broken down, and by what?",
        (D_KAZ_DATA_11,),
        "Tajikistan",
        u(T, 7),
        u(T, 6) + u(S, 82) + u(PO, 1),
        ["disaggregated, inter alia, by sex, age, nationality and ethnic origin"],
        "covered country first with a year ('Tajikistan in 2017'), two questions, the retired "
        "detective; after a Kazakhstan turn (no disaggregated data, para. 11)",
    ),
    (
        "Now TJ, same section: can a kid selling sex be arrested there, and what did the "
        "Committee recommend?",
        (X_TKM_INTERNET_26D,),
        "Tajikistan",
        u(T, 32, 33),
        u(T, 24, 25) + u(S, 59),
        [
            "Child victims of prostitution may be arrested and prosecuted under the Criminal Code",
            "Review the relevant laws in order to target users of child victims of prostitution",
        ],
        "covered country by its ISO alpha-2 code ('Now TJ'), then 'there', two questions, the "
        "trust-and-safety lead; after a Turkmenistan turn (online recruitment not criminalized, "
        "para. 26 (d))",
    ),
    (
        "Was Tajikistan given the same advice about the communications procedure?",
        (G_TKM_COMMS_44,),
        "Tajikistan",
        u(T, 35),
        [],
        ["ratify the Optional Protocol on a communications procedure"],
        "covered country mid-question, a yes/no question, the guidebook author; after a "
        "Turkmenistan turn (the communications procedure, para. 44)",
    ),
    # -- to Kazakhstan --
    (
        "Kazakhstan now: did the Committee flag stigma against trafficked kids with HIV there?",
        (D_TJK_AWARENESS_15,),
        "Kazakhstan",
        u(K, 9, 10),
        [],
        ["stigmatization of children who have contracted HIV/AIDS"],
        "covered country first ('Kazakhstan now'), then 'there', a yes/no question, the retired "
        "detective; after a Tajikistan turn (awareness among the public and professionals, para. "
        "15)",
    ),
    (
        "KZ: did the Committee want a study of the Internet side of this, and what about the "
        "providers?",
        (X_TJK_CYBER_22,),
        "Kazakhstan",
        u(K, 16),
        [],
        ["Conduct a thorough study of the use of the Internet"],
        "covered country by its ISO alpha-2 code alone before a colon ('KZ:'), two questions, the "
        "trust-and-safety lead; after a Tajikistan turn (two cybercrime entities, para. 22)",
    ),
    (
        "Did Kazakhstan also get its message out on the radio, according to the Committee?",
        (G_SR_HOTLINE_77,),
        "Kazakhstan",
        u(K, 27),
        u(K, 28),
        ["awareness-raising campaigns that have been conducted for the public, e.g. via the radio"],
        "covered country mid-question, a yes/no question, the guidebook author; after a Special "
        "Rapporteur turn on Tajikistan (a hotline advertised on radio and television, para. 77)",
    ),
    (
        "Over the border in Kazakhstan, same double-criminality problem? What did the Committee "
        "tell them?",
        (D_TJK_EXTRADITION_30,),
        "Kazakhstan",
        u(K, 17, 18),
        [],
        ["the requirement of double criminality", "abolish the requirement of double"],
        "covered country in a lead-in ('Over the border in Kazakhstan'), then 'them', two "
        "questions, the retired detective; after a Tajikistan turn (double criminality, para. 30)",
    ),
    (
        "Budget line, Kazakhstan version: did the Committee get figures on money spent there?",
        (X_TKM_RESOURCES_20,),
        "Kazakhstan",
        u(K, 13, 14),
        [],
        ["lack of information provided on budget allocations"],
        "covered country in a short lead-in ('Kazakhstan version'), a yes/no question, the "
        "trust-and-safety lead; after a Turkmenistan turn (no information on resources, para. "
        "20)",
    ),
    (
        "Which treaties did the Committee want Kazakhstan to join?",
        (G_TJK_ILO_4E,),
        "Kazakhstan",
        u(K, 16),
        u(K, 15),
        ["Council of Europe Convention on Cyber Crime (2001)"],
        "covered country mid-question, the guidebook author; after a Tajikistan turn (ILO "
        "Convention No. 182, para. 4 (e))",
    ),
    (
        "And when was Kazakhstan due to come back with more?",
        (D_TKM_NEXT_47,),
        "Kazakhstan",
        u(K, 32),
        [],
        ["on 10 September 2006"],
        "covered country in a short follow-up ('And when was Kazakhstan due'), the retired "
        "detective; after a Turkmenistan turn (next report due by 28 January 2018, para. 47)",
    ),
    # -- to Turkmenistan --
    (
        "TM next: is there an independent body kids can complain to, per the Committee?",
        (X_TJK_COMPLAINTS_33E,),
        "Turkmenistan",
        u(M, 14, 15),
        [],
        ["absence of an independent national"],
        "covered country by its ISO alpha-2 code first ('TM next'), a yes/no question, the "
        "trust-and-safety lead; after a Tajikistan turn (complaint mechanisms, para. 33 (e))",
    ),
    (
        "How did Turkmenistan spread the word, then - radio too, or something else?",
        (G_KAZ_RADIO_27,),
        "Turkmenistan",
        u(M, 16),
        u(M, 17),
        ["performances, concerts, seminars, workshops"],
        "covered country mid-question, two questions, the guidebook author; after a Kazakhstan "
        "turn (campaigns via the radio, para. 27)",
    ),
    (
        "Turkmenistan: is there a proper programme to protect child victims and witnesses in "
        "court?",
        (D_KAZ_GUIDELINES_20,),
        "Turkmenistan",
        u(M, 37, 38),
        [],
        ["does not have a formal programme to provide"],
        "covered country first, alone before a colon ('Turkmenistan:'), a yes/no question, the "
        "retired detective; after a Kazakhstan turn (ECOSOC resolution 2005/20, para. 20)",
    ),
    (
        "In Turkmenistan, where do child victims get referred, per the Committee?",
        (X_TJK_PROSECUTED_32D,),
        "Turkmenistan",
        u(M, 39),
        u(M, 40),
        ["local commissions with responsibilities for child protection"],
        "covered country first in a prepositional phrase ('In Turkmenistan'), the "
        "trust-and-safety lead; after a Tajikistan turn (child victims arrested and prosecuted, "
        "para. 32 (d))",
    ),
    (
        "Has Turkmenistan joined the refugee and statelessness conventions? Some readers cross "
        "there from the south.",
        (G_SR_REFUGEES_22,),
        "Turkmenistan",
        u(M, 4),
        [],
        ["1954 Convention relating to the Status of Stateless Persons"],
        "covered country first in a yes/no question, then 'there', the guidebook author; after a "
        "Special Rapporteur turn on Tajikistan (Afghans arriving in January 2021, para. 22)",
    ),
    (
        "Right. What did the Committee tell Turkmenistan's prosecutors to do?",
        (D_KAZ_INVESTIGATIONS_23,),
        "Turkmenistan",
        u(M, 36),
        u(M, 28, 29),
        ["Issue clear instructions to all prosecutors to actively prosecute cases"],
        "covered country by a possessive ('Turkmenistan's prosecutors'), the retired detective; "
        "after a Kazakhstan turn (scarce investigations and prosecutions, para. 23)",
    ),
]
