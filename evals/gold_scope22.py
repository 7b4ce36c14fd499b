"""The twenty-second 'scope' table of the gold set (sg001-sg060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope21.py`, with new conversations and new wordings, typed
the way three users write who appear in no earlier table (scope or round): a booker at an
international modelling agency that scouts teenage 'new faces' in Central Asia and places them
abroad, breezy and upbeat, in fashion-industry shorthand with exclamation marks ('Booker here!',
'our new-faces board', 'our scouting trip', 'Placements abroad mean border crossings!', 'the girls'
mums', 'our legal team', 'Love it.', 'Fab!', 'Amazing.'); the director of a children's choir
preparing a spring concert tour of Central Asia, warm and courteous, in long sentences with dashes
and British spelling, who speaks for the singers and their parents ('our choristers', 'the
safeguarding notes for the chaperones', 'two Lyuli sisters sing in our altos', 'the parents'
evening', 'Our last stop is Ashgabat', 'Lovely'); and a wedding photographer in Khujand, clipped, in
sentence fragments with trailing dots, who talks of shoots, brides and images ('Shot a
first-birthday party last month...', 'Brides ask me to blur kids' faces', 'Destination wedding in
Papeete in May.', 'Curious who shoots these things.', 'Want to see how it was shot.'). Sentence
shapes vary: the new scope first ('Tajikistan, then... same question.', 'Kazakhstan now.',
'Turkmenistan next...', 'Kazakhstan:', 'In Turkmenistan, ...'), buried mid-sentence ('... runs a
so-called talent agency out of the Turks and Caicos Islands and keeps messaging our girls, so I need
to know: ...', 'what about Tajikistan, where we sing first'), last ('... raise street children in
Mayotte?'), alone in a short follow-up ('And Niue?'), by an ISO alpha-3 code ('ABW'), an ISO alpha-2
code ('TJ version', 'Same worry for KZ', 'TM too?'), a demonym ('a Manx couple', 'a Gagauz
children's choir'), a capital or city ('Papeete', 'Saipan', 'two concerts in Almaty', 'Ashgabat'), a
name in the country's own language ('Ísland'), a historical name ('the old Danish West Indies'), a
misspelling ('the Caymen Islands'); yes/no questions; imperatives ('Read me 90 (a) then.', 'Paste
article 28 itself then.', 'Give me 31 (b) too', 'Pull it from there for me!'); two questions in one
message. Fourteen of the forty declines are short follow-ups that lean on the history ('And the
Caymen Islands? ...', 'And Niue?', 'And NCMEC? ...', 'And Vitit Muntarbhorn - ...', 'Was it raised
again at HRC45?', 'And CERD/C/TKM/CO/8-11? ...', 'Read me 90 (a) then.', 'Lovely - and the second
activity under row 28?', 'Fab! And the fourth one under row 23?', 'Give me 31 (b) too - ...', 'Is
there a part B to that section, ...', 'Can you show me the video itself? ...', 'Amazing. Can you run
a recruiter's name through that database for me?', 'Paste article 28 itself then.'). One to three
earlier turns about what the index holds, each answered by quoting a document verbatim with its
reference, then a last question that moves the scope; each conversation is typed by one of the three
users throughout.

sg001-sg040 name what the index does not hold. A country, place or group of States: Aruba (only by
its ISO alpha-3 code, 'ABW'), the Isle of Man (only by a demonym, 'a Manx couple', 'the Manx
government'), French Polynesia (only by its capital, Papeete, then 'the authorities there'), Iceland
(only by its name in Icelandic, 'Ísland'), Gagauzia (an autonomous region of Moldova that is no
State, only by a demonym, 'a Gagauz children's choir', 'the Gagauz authorities'), the United States
Virgin Islands (only by a historical name, 'the old Danish West Indies'), the Cayman Islands
(misspelt 'Caymen Islands'; the misspelling is the test, in a short follow-up), Niue (alone, 'And
Niue?'), the Turks and Caicos Islands (buried mid-sentence), Mayotte (the last word of the
question), the Northern Mariana Islands (only by Saipan, then 'the authorities there') and the
Community of Portuguese Language Countries (a group of States, 'the Lusophone markets', 'the CPLP
countries'). A body, agency, NGO, tool, person or website the documents never name: the Model
Alliance, the National Center for Missing & Exploited Children ('NCMEC') and its CyberTipline,
Microsoft's PhotoDNA, the World Choir Games and its safeguarding code, Vitit Muntarbhorn (the first
Special Rapporteur on the sale of children), Renate Winter (a former Chair of the Committee), NATLEX
(the ILO's database of national laws) and Child Rights Connect. A session or year: the Committee's
seventy-eighth session for Tajikistan (a claim in the user's notes; the held observations were
adopted at the seventy-sixth, in September 2017), the Human Rights Council's forty-fifth session
('HRC45', 2020; the held report is for the fiftieth) and 2013 for Turkmenistan (whose held
observations are of January 2015). A symbol neither held nor cited: A/HRC/41/46 (taken for a Council
report on returning victims), CAT/C/KAZ/CO/4 (taken for the Committee against Torture's observations
on Kazakhstan) and CERD/C/TKM/CO/8-11 (taken for CERD's observations on Turkmenistan);
A/HRC/50/33/Add.1 para. 28 lists the Convention against Torture and the Convention on racial
discrimination among Tajikistan's treaties, but no observations of their committees are held or
cited. Past the end: a sub-paragraph (a) of A/HRC/50/33/Add.1 para. 90 (which has no
sub-paragraphs), a sub-paragraph (b) of CRC/C/OPSC/TJK/CO/1 para. 31 (likewise), a part B of section
VII of A/HRC/50/33/Add.1 (paras. 77-83, without lettered sub-sections), paragraph 43 of
CRC/C/OPSC/KAZ/CO/1 (which has 32), a second activity under the plan's CRC row 28 (which has one)
and a fourth under its CRC row 23 (which has three). A kind of document not held: the programme or
rehearsal schedule of the State-led events (A/HRC/50/33/Add.1 para. 10 reports only accounts of
children retained to rehearse), the mine-risk video itself (the plan's OPAC row 8 only plans to
prepare it), a recruitment agency's standard employment contract (para. 38 speaks only of licensing)
and records of the unified database (para. 82 says it is being developed). A text the documents
mention only in passing, asked for its own words or contents: articles 11, 12 and 28 of Tajikistan's
Anti-Trafficking Law (paras. 60, 55 and 63, which summarize or cite them) and the Law on Child
Rights Protection (the plan's CRC row 1, which only plans its bylaws). The answer must decline and
cite nothing.

sg041-sg060 move from one covered country to another and carry the topic over; every citation must
come from the newly named country. To Tajikistan: possession of child pornography (from Kazakhstan's
article 273), birth registration (from Turkmenistan), children retained to rehearse for State-led
events (from Turkmenistan's awareness concerts), Roma (Mughat and Lyuli) children (from Kazakhstan's
street and minority children), sale of children as distinct from trafficking (from Turkmenistan),
corruption and cross-border transport (from Kazakhstan's complicity of officials) and compensation
for child victims (from Turkmenistan's compensation fund). To Kazakhstan: privacy and identity of
child victims in proceedings (from Turkmenistan), the Protocol in school curricula (from
Tajikistan), street, foreign and minority children (from Tajikistan's Roma children), complicity of
State officials (from Tajikistan's border corruption), shelter and temporary residence for foreign
victims (from the Rapporteur's report), adoption (from Tajikistan's illegal adoption) and research
on commercial sexual exploitation (from Turkmenistan). To Turkmenistan: possession of child
pornography (from Tajikistan's virtual child pornography), the ban on children in the cotton harvest
(from Tajikistan), the Convention on the Civil Aspects of International Child Abduction (from
Kazakhstan's Hague adoption convention), improperly inducing consent to adoption (from Kazakhstan),
training with the International Organization for Migration (from Tajikistan's IOM agreement) and
rehabilitation and safe return (from the Rapporteur's report).

Countries, places, groups, bodies, tools, persons, websites, named texts, symbols, sessions and
positions past the end were checked against `gold_scope.py` to `gold_scope21.py`,
`gold_more_scope.py` and `gold_more_scope2.py`, and the names also against every other table in
evals/ (`grep -il NAME evals/*.py`): Aruba ('ABW' occurs earlier only inside 'Zimbabwe'), the Isle
of Man ('Manx'), French Polynesia (Papeete), Gagauzia, the Danish West Indies and the Virgin
Islands, the Cayman Islands, Niue, the Turks and Caicos Islands, Mayotte, Saipan and the Northern
Mariana Islands, the CPLP and the Lusophone countries appear in no gold table; Iceland appears only
in `gold_more.py` (a UPR recommending State in the more-documents, never in a scope table) and
'Ísland' nowhere. Almost every UN Member State is named somewhere in an earlier scope table, so the
places here are territories, an autonomous region, one State by its own-language name and a group;
groups that include the Russian Federation, the Gulf States, Iraq, Turkey, India or Afghanistan were
avoided, because A/HRC/50/33/Add.1 names those as destinations or origins. The Model Alliance,
NCMEC, the CyberTipline, PhotoDNA, the World Choir Games, Vitit Muntarbhorn, Renate Winter, NATLEX
and Child Rights Connect, the strings 'seventy-eighth' and 'HRC45', the symbols A/HRC/41/46 (earlier
tables asked A/HRC/41/35/Add.2 and A/HRC/41/8), CAT/C/KAZ/CO/4 and CERD/C/TKM/CO/8-11, an employment
contract, a rehearsal schedule and records of the database appear in no earlier table either; the
mine-risk video was asked about only as a planned activity (answerable items of gold_round7 and
gold_round11), never for the video itself; no earlier decline asked about Turkmenistan in 2013 (an
earlier one asked about a Tajik plan for 2013-2017). Articles 11, 12 and 28 of the Anti-Trafficking
Law and the Law on Child Rights Protection appear in no earlier scope table, and in round tables
only in answerable items. The positions past the end are new (earlier tables used sub-paragraphs 85
(e) to 92 (c) and 23 (c) of A/HRC/50/33/Add.1 but never one of para. 90, sub-paragraphs of
CRC/C/OPSC/TJK/CO/1 paras. 4, 18, 19, 27, 32 and 33 but never of para. 31, sub-sections II.G, III.D,
IV.B, V.F, VI.B and VIII.C of A/HRC/50/33/Add.1 but never VII.B (a VII.B was asked only of
CRC/C/OPSC/TJK/CO/1), paragraphs 33-37, 39 and 40 of CRC/C/OPSC/KAZ/CO/1 but never 43, and
activities past the end of the plan's CRC rows 13, 16, 18, 20, 27, 31, 33 and 35 but never of rows
23 or 28). All of the names were also checked against the text of data/corpus: none is named in a
held document.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs (para. 31 without
sub-paragraphs), CRC/C/OPSC/KAZ/CO/1 32, CRC/C/OPSC/TKM/CO/1 47, A/HRC/50/33/Add.1 92 (para. 90
without sub-paragraphs; section VII, paras. 77-83, without lettered sub-sections); the plan's tables
have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, its CRC row 23 three activities and its CRC row 28 one.
Every cited unit exists, every key fact is a verbatim substring of one line of a must unit, and
every quotation in an earlier turn is verbatim (whitespace aside) in the unit it cites, checked with
a stdlib script that splits the five files into their numbered paragraphs and plan rows. No part of
the assistant was run, and no answer of it or eval report was seen.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---
# B: the modelling-agency booker; C: the children's choir director; P: the wedding photographer.

# CRC/C/OPSC/TJK/CO/1
B_TJK_IOM_4F: Turn = (
    "Booker here! Before our scouting trip: did Tajikistan team up with IOM on trafficking?",
    'Yes; the Committee welcomed "The entering into an international assistance and cooperation '
    "agreement with the International Organization for Migration to, among other things, counter "
    'trafficking." (CRC/C/OPSC/TJK/CO/1, para. 4 (f))',
)
B_TJK_CORRUPTION_18D: Turn = (
    "Placements abroad mean border crossings! Did the Committee say anything about corruption at "
    "Tajikistan's borders?",
    'It was concerned that "There are allegations of the transport of victims across borders '
    'that are not investigated owing to corruption" (CRC/C/OPSC/TJK/CO/1, para. 18 (d))',
)
B_TJK_JURISDICTION_31: Turn = (
    "If a dodgy scout runs off abroad, can Tajikistan still go after him? What did the Committee "
    "recommend?",
    "It recommended that national legislation enable the State party \"to establish and exercise "
    'extraterritorial jurisdiction and to include in its extradition treaties the offences under '
    'the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
C_TJK_AWARENESS_15: Turn = (
    "I'm writing the safeguarding notes for our choir's spring tour - did the Committee want "
    "children in Tajikistan themselves to know about this Protocol?",
    'Yes; it recommended programmes so that the provisions "are widely known by the general '
    'public, in particular parents and children" (CRC/C/OPSC/TJK/CO/1, para. 15)',
)
C_TJK_COTTON_20: Turn = (
    "Several of our choristers' grandparents picked cotton as children - is that still a worry "
    "the Committee raised with Tajikistan?",
    'It was "concerned at the limited information provided to it on the measures adopted by the '
    'State party to eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
C_TJK_ROMA_24: Turn = (
    "Two Lyuli sisters sing in our altos, and I want the tour to be safe for them - did the "
    "Committee mention children like them in Tajikistan?",
    'Yes; it regretted the insufficient information on prevention for "children in vulnerable '
    'situations, including Roma children (Mughat and Lyuli), as well as refugee children" '
    "(CRC/C/OPSC/TJK/CO/1, para. 24)",
)
P_TJK_ADOPTION_27A: Turn = (
    "Shot a first-birthday party last month... the couple adopted, very hush-hush. Did the "
    "Committee say anything to Tajikistan about illegal adoption?",
    "Among the acts it should explicitly define and criminalize: \"The sale of children through "
    'illegal adoption" (CRC/C/OPSC/TJK/CO/1, para. 27 (a))',
)
P_TJK_VIRTUAL_27D: Turn = (
    "Edited and drawn images too? Does the Committee's list for Tajikistan go that far?",
    'Yes; it covers acts involving "child pornography, including virtual child pornography, and '
    "suggestive representations of children which do not necessarily depict children engaged in "
    'explicit sexual activity" (CRC/C/OPSC/TJK/CO/1, para. 27 (d))',
)

# CRC/C/OPSC/KAZ/CO/1
B_KAZ_COMPLICITY_23: Turn = (
    "The girls' mums worry about bent officials. Did the Committee raise that with Kazakhstan?",
    'Yes; it remained "concerned about allegations of complicity by State officials in '
    'trafficking and that corruption impedes the effectiveness of prevention measures." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 23)",
)
C_KAZ_STREET_25: Turn = (
    "Some of our choristers come from families with very little - which children did the "
    "Committee think were most at risk in Kazakhstan?",
    '"The Committee is especially concerned about the vulnerability of street children, children '
    'who are foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
C_KAZ_HAGUE_16C: Turn = (
    "Touring with other people's children raises custody questions, so forgive a lawyerly one: "
    "was Kazakhstan asked to join any Hague convention?",
    'Yes; the Committee recommended ratifying "the Hague Convention No. 33 on Protection of '
    'Children and Cooperation in Respect of Inter-country Adoption (1993)" (CRC/C/OPSC/KAZ/CO/1, '
    "para. 16 (c))",
)
P_KAZ_ART273_15C: Turn = (
    "Part of the job is knowing what images you can't keep. Did Kazakhstan's law cover simply "
    "having child pornography?",
    'Not explicitly: "Article 273 of the Criminal Code does not explicitly prohibit possession of '
    'child pornography" (CRC/C/OPSC/KAZ/CO/1, para. 15 (c))',
)
P_KAZ_ADOPTION_15E: Turn = (
    "A client's cousin adopted from Almaty... Was Kazakhstan's adoption law up to scratch, per "
    "the Committee?",
    'No; it found that "Legal provisions with regard to adoption need strengthening by adherence '
    'to international standards and establishment of a central regulating authority." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (e))",
)
P_KAZ_PRIVACY_20: Turn = (
    "Faces and names... Did the Committee want Kazakhstan to protect a child victim's identity "
    "in court?",
    "Yes; among the rights to build into law, the child's right \"to have his privacy and "
    'identity fully respected and protected" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)

# CRC/C/OPSC/TKM/CO/1
B_TKM_SALE_9: Turn = (
    "For our scouting guidelines: did the Committee tell Turkmenistan that selling a child isn't "
    "the same as trafficking?",
    "Yes; it recommended that the State party ensure that \"the definition of sale of children, "
    'which is similar to but not identical to trafficking in persons, is included in the national '
    'legislation" (CRC/C/OPSC/TKM/CO/1, para. 9)',
)
B_TKM_RESEARCH_25A: Turn = (
    "Did the Committee want Turkmenistan to actually dig into how kids get exploited?",
    "Yes; it encouraged the State party to \"Undertake research on the extent and root causes of "
    'the exploitation of children, including forced labour, prostitution and pornography" '
    "(CRC/C/OPSC/TKM/CO/1, para. 25 (a))",
)
B_TKM_ISP_27B: Turn = (
    "Scouting happens on apps now! Did the Committee tell Turkmenistan to make Internet providers "
    "play ball?",
    'It recommended "specific legal provisions to combat this phenomenon, including the full '
    'mandatory cooperation of Internet providers in this regard." (CRC/C/OPSC/TKM/CO/1, para. 27 '
    "(b))",
)
C_TKM_CONCERTS_16: Turn = (
    "Our choir is touring Central Asia in the spring, and I'm writing the safeguarding notes for "
    "the chaperones - did Turkmenistan use concerts to spread the word about trafficking?",
    'Yes; the Committee welcomed efforts to raise awareness "through various channels including '
    'performances, concerts, seminars, workshops, training sessions, leaflets and brochures" '
    "(CRC/C/OPSC/TKM/CO/1, para. 16)",
)
P_TKM_CONFIDENTIALITY_37: Turn = (
    "Brides ask me to blur kids' faces all the time. Does Turkmenistan keep child victims' "
    "identities out of it in court?",
    'The Committee noted "the measures taken by the State party, under the Code of Criminal '
    "Procedure, to guarantee the legal protection and confidentiality of child victims and/or "
    'witnesses throughout the criminal proceedings." (CRC/C/OPSC/TKM/CO/1, para. 37)',
)
P_TKM_COMPENSATION_40B: Turn = (
    "If a kid is abused on a shoot in Turkmenistan, who pays? Did the Committee want a fund?",
    "Yes; it recommended that the State party \"establish a victims’ compensation fund for those "
    'cases where victims cannot obtain compensation from the perpetrator" (CRC/C/OPSC/TKM/CO/1, '
    "para. 40 (b))",
)
P_TKM_BIRTH_24: Turn = (
    "Some of my village brides can't prove their age... In Turkmenistan, did the Committee see "
    "any progress on birth registration?",
    'Yes; it noted "the significant increase in birth registration and the extension of '
    'compulsory education to 12 years" (CRC/C/OPSC/TKM/CO/1, para. 24)',
)

# A/HRC/50/33/Add.1
B_SR_WOMEN_8: Turn = (
    "Where do Tajik women who go abroad mostly end up working, per the Rapporteur?",
    'Women migrant workers "are mostly recruited to work in the services sector, the hospitality '
    'sector and domestic work." (A/HRC/50/33/Add.1, para. 8)',
)
B_SR_AGENCIES_38: Turn = (
    "Are recruitment agencies licensed in Tajikistan? Asking for our partner agency there!",
    'The Rapporteur "acknowledges the measures taken to regulate recruitment agencies through the '
    'licensing process" (A/HRC/50/33/Add.1, para. 38)',
)
B_SR_REPATRIATION_68: Turn = (
    "If one of the girls gets stuck abroad, does Tajikistan bring her home?",
    '"For victims of trafficking exploited abroad, repatriation of victims is facilitated by the '
    'State, and provision is made for assistance on their return to Tajikistan." '
    "(A/HRC/50/33/Add.1, para. 68)",
)
B_SR_FOREIGN_70: Turn = (
    "Flip side: if a foreign girl is trafficked into Tajikistan, can she stay while the case "
    "runs?",
    "The Rapporteur reports that article 31 of the Anti-Trafficking Law \"also recognizes the "
    'right to residency during criminal proceedings" (A/HRC/50/33/Add.1, para. 70)',
)
B_SR_DATABASE_82: Turn = (
    "Is anyone in Tajikistan keeping proper records on trafficking cases?",
    'The Rapporteur "welcomes the measures now under way to develop a unified database for crimes '
    'related to trafficking in persons" (A/HRC/50/33/Add.1, para. 82)',
)
B_SR_ART11_60: Turn = (
    "From when does a victim get help in Tajikistan? Our legal team wants the basis.",
    '"According to article 11 of the Anti-Trafficking Law, assistance is provided to victims from '
    'the moment of initial identification." (A/HRC/50/33/Add.1, para. 60)',
)
C_SR_EVENTS_10: Turn = (
    "I've heard unsettling things about children kept back to rehearse for big State concerts "
    "in Tajikistan - did the Rapporteur hear them too?",
    'Yes; she "has received accounts regarding the retention of children and young adults to '
    'train and rehearse for performances at State-led events." (A/HRC/50/33/Add.1, para. 10)',
)
C_SR_CHILDFRIENDLY_83: Turn = (
    "If, heaven forbid, one of our choristers ever had to give evidence, would the courts in "
    "Tajikistan treat her gently, according to the Rapporteur?",
    'She "takes note of the measures taken to ensure child-friendly justice" and "highlights the '
    'need for expansion of child-friendly justice measures across all regions of Tajikistan" '
    "(A/HRC/50/33/Add.1, para. 83)",
)
C_SR_ART12_55: Turn = (
    "Who can formally say that a child is a trafficking victim in Tajikistan?",
    '"Formal identification as a victim of trafficking may only be completed by authorized State '
    'agencies (article 12 of the Anti-Trafficking Law)." (A/HRC/50/33/Add.1, para. 55)',
)
P_SR_DIGITAL_49: Turn = (
    "Everything's shared on phones now... Did the Rapporteur say anything about apps and "
    "trafficking in Tajikistan?",
    "She highlighted \"the importance of prevention actions to address the use of digital "
    "technologies in trafficking, including through social media, the dark web and messaging "
    'platforms" (A/HRC/50/33/Add.1, para. 49)',
)
P_SR_BIRTH_50: Turn = (
    "Half the brides I shoot in Sughd have no papers to prove their age. Is Tajikistan doing "
    "anything on birth registration?",
    'The Rapporteur "commends the ongoing efforts to reduce statelessness and to ensure the birth '
    'registration of all children" (A/HRC/50/33/Add.1, para. 50)',
)
P_SR_MARRIAGE_51: Turn = (
    "Weddings are my bread and butter in Khujand. Child marriage... what did the Rapporteur "
    "find?",
    'She is "concerned about continuing reports of child marriage, in particular in rural and '
    'remote areas" (A/HRC/50/33/Add.1, para. 51)',
)
P_SR_ART28_63: Turn = (
    "What help does Tajik law actually promise a trafficking victim?",
    '"Article 28 of the Anti-Trafficking Law specifies the content of assistance measures to be '
    'provided to victims of trafficking, which include legal, psychological, medical and material '
    'aid" (A/HRC/50/33/Add.1, para. 63)',
)
P_SR_COMPENSATION_90: Turn = (
    "Say a trafficked girl wants compensation in Tajikistan... what did the Rapporteur "
    "recommend?",
    "That measures be taken \"to guarantee effective access to compensation for victims of "
    'trafficking, including for wage theft and the full range of harms suffered by victims" '
    "(A/HRC/50/33/Add.1, para. 90)",
)

# The national plan of action 2018-2022
B_PC_MENTAL_23: Turn = (
    "The girls' wellbeing matters to us! Does Tajikistan's 2018 plan do anything for teenagers' "
    "mental health?",
    'Row 23 of its CRC table, "Expansion of mental health services (Recommendation 34)", lists '
    'three activities, the last "Strengthening promotion and activities among adolescents on '
    'prevention of suicide." (National Plan of Action 2018-2022 (CRC), row 23)',
)
C_PC_RECREATION_28: Turn = (
    "Does Tajikistan's 2018 plan say anything about children taking part in cultural events - "
    "concerts and the like?",
    'Row 28 of its CRC table: "Create environment for participation of children in cultural and '
    'recreative events" (National Plan of Action 2018-2022 (CRC), row 28)',
)
C_PC_LAW_1: Turn = (
    "Does the 2018 plan do anything about Tajikistan's children's rights law itself?",
    'Row 1, activity 2: "Develop and adopt the necessary bylaws and regulations and establish the '
    'needed enforcement mechanisms to enact the Law on Child Rights Protection." (National Plan of '
    "Action 2018-2022 (CRC), row 1)",
)
P_PA_VIDEO_8: Turn = (
    "Any filming in that 2018 plan? Curious who shoots these things.",
    'OPAC row 8, activity 3: "Prepare of a video material for outreach work in the educational '
    'institutions of villages under the threat of mines and unexploded ordnance" (National Plan '
    "of Action 2018-2022 (OPAC), row 8)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or group of States the index does not hold --
    (
        "Next girl on our new-faces board has ABW on her passport! Was ABW ever told the same "
        "about Internet providers?",
        (B_TKM_ISP_27B,),
        "uncovered territory only by its ISO alpha-3 code ('ABW', Aruba), a yes/no question, the "
        "booker; after a Turkmenistan turn (mandatory cooperation of Internet providers, para. 27 "
        "(b))",
    ),
    (
        "Different job... a Manx couple booked me for next summer and asked about the age rules. "
        "Has the Manx government ever been told anything about child marriage?",
        (P_SR_MARRIAGE_51,),
        "uncovered territory only by a demonym ('a Manx couple', 'the Manx government', the Isle "
        "of Man), a yes/no question, the photographer; after a Special Rapporteur turn (child "
        "marriage in rural and remote areas, para. 51)",
    ),
    (
        "Destination wedding in Papeete in May. Did the Committee ever ask the authorities there "
        "about birth registration?",
        (P_SR_BIRTH_50,),
        "uncovered territory only by its capital ('Papeete', French Polynesia), then 'the "
        "authorities there', a yes/no question, the photographer; after a Special Rapporteur turn "
        "(birth registration of all children, para. 50)",
    ),
    (
        "Our autumn invitation comes from Ísland, where the children would sing in three schools "
        "- has the Committee ever said how Ísland teaches its pupils about the Protocol?",
        (C_TKM_CONCERTS_16,),
        "uncovered State only by its name in its own language ('Ísland', Iceland), twice, the "
        "choir director; after a Turkmenistan turn (awareness through performances and concerts, "
        "para. 16)",
    ),
    (
        "We share a stage in October with a Gagauz children's choir, and their conductor asked me "
        "something I couldn't answer - has any UN body looked at how the Gagauz authorities "
        "protect minority children like ours?",
        (C_TJK_ROMA_24,),
        "uncovered autonomous region that is no State only by a demonym ('a Gagauz children's "
        "choir', 'the Gagauz authorities', Gagauzia), a yes/no question, the choir director; "
        "after a Tajikistan turn (Roma children, Mughat and Lyuli, para. 24)",
    ),
    (
        "Our vintage campaign shoots next month in the old Danish West Indies! Did the Committee "
        "ever look at how young women get recruited there?",
        (B_SR_WOMEN_8,),
        "uncovered territory only by a historical name ('the old Danish West Indies', the United "
        "States Virgin Islands), then 'there', a yes/no question, the booker; after a Special "
        "Rapporteur turn (women recruited to services, hospitality and domestic work, para. 8)",
    ),
    (
        "And the Caymen Islands? Shooting a wedding there in March.",
        (P_TKM_BIRTH_24, P_TKM_CONFIDENTIALITY_37),
        "uncovered territory misspelt ('Caymen Islands', the Cayman Islands; the misspelling is "
        "the test) in a short follow-up that takes its topic from the history, the photographer; "
        "after two Turkmenistan turns (birth registration, para. 24; confidentiality of child "
        "victims in criminal proceedings, para. 37)",
    ),
    (
        "And Niue?",
        (C_TJK_AWARENESS_15, C_KAZ_STREET_25),
        "uncovered State in free association alone in a short follow-up that takes its topic "
        "from the history (Niue; children at risk and what they are told), the choir director; "
        "after a Tajikistan and a Kazakhstan turn (the Protocol known to parents and children, "
        "para. 15; street children and minorities, para. 25)",
    ),
    (
        "A scout we stopped working with now runs a so-called talent agency out of the Turks and "
        "Caicos Islands and keeps messaging our girls, so I need to know: has anyone at the UN "
        "said how agencies are licensed over there?",
        (B_SR_AGENCIES_38,),
        "uncovered territory buried mid-sentence (the Turks and Caicos Islands), then 'over "
        "there', a yes/no question, the booker; after a Special Rapporteur turn (licensing of "
        "recruitment agencies, para. 38)",
    ),
    (
        "A friend who conducts a youth choir in the Indian Ocean asked me something I simply "
        "couldn't answer: did the Committee ever raise street children in Mayotte?",
        (C_KAZ_STREET_25,),
        "uncovered territory as the last word of the question (Mayotte), a yes/no question, the "
        "choir director; after a Kazakhstan turn (street children, foreign and minority "
        "children, para. 25)",
    ),
    (
        "Got a shoot in Saipan next month... Do the authorities there get any mention on abuse "
        "over apps?",
        (P_SR_DIGITAL_49,),
        "uncovered territory only by its main island and city ('Saipan', the Northern Mariana "
        "Islands), then 'the authorities there', a yes/no question, the photographer; after a "
        "Special Rapporteur turn (social media, the dark web and messaging platforms, para. 49)",
    ),
    (
        "We're opening up the Lusophone markets next season! Did the Committee tell the CPLP "
        "countries the same about sale versus trafficking?",
        (B_TKM_SALE_9,),
        "uncovered group of States ('the Lusophone markets', 'the CPLP countries', the "
        "Community of Portuguese Language Countries), a yes/no question, the booker; after a "
        "Turkmenistan turn (sale of children similar to but not identical to trafficking, para. "
        "9)",
    ),
    # -- a body, agency, NGO, person or website the documents never name --
    (
        "Our legal team swears by the Model Alliance. Has the Model Alliance published anything "
        "on scouting teenagers in Central Asia?",
        (B_SR_WOMEN_8, B_SR_AGENCIES_38),
        "uncovered NGO (the Model Alliance, a models' rights group) and its own publications, "
        "never named, a yes/no question, the booker; after two Special Rapporteur turns (women "
        "recruited to services, hospitality and domestic work, para. 8; licensing of recruitment "
        "agencies, para. 38)",
    ),
    (
        "And NCMEC? Did their CyberTipline pass anything on to the Tajik police?",
        (P_SR_DIGITAL_49, P_KAZ_ART273_15C),
        "uncovered NGO and its programme (the National Center for Missing & Exploited Children, "
        "by acronym, and its CyberTipline), never named, a short follow-up, the photographer; "
        "after a Special Rapporteur and a Kazakhstan turn (messaging platforms, para. 49; "
        "possession of child pornography, para. 15 (c))",
    ),
    (
        "Is PhotoDNA named anywhere in what you hold? Did the Committee tell Kazakhstan to use "
        "it?",
        (P_KAZ_ART273_15C,),
        "uncovered tool (Microsoft's PhotoDNA image-matching), never named, two yes/no "
        "questions, the photographer; after a Kazakhstan turn (possession of child pornography "
        "not prohibited, para. 15 (c))",
    ),
    (
        "The World Choir Games organisers have a safeguarding code for touring choirs - do you "
        "hold it, and what does it say about rehearsal hours for children?",
        (C_SR_EVENTS_10,),
        "uncovered organiser (the World Choir Games) and its own code, never named, two "
        "questions, the choir director; after a Special Rapporteur turn (children retained to "
        "rehearse for State-led events, para. 10)",
    ),
    (
        "And Vitit Muntarbhorn - didn't he write about street children back when he held the "
        "sale-of-children mandate?",
        (C_KAZ_STREET_25, C_TKM_CONCERTS_16),
        "uncovered person (Vitit Muntarbhorn, the first Special Rapporteur on the sale of "
        "children), never named, a short follow-up, the choir director; after a Kazakhstan and a "
        "Turkmenistan turn (street children, para. 25; awareness through concerts, para. 16)",
    ),
    (
        "Our lawyer says Renate Winter chaired the Committee around then. Did she say anything "
        "about Tajikistan herself?",
        (B_TJK_IOM_4F,),
        "uncovered person (Renate Winter, a former Chair of the Committee), never named, a "
        "yes/no question, the booker; after a Tajikistan turn (the IOM agreement, para. 4 (f))",
    ),
    (
        "Is Tajikistan's licensing law for agencies up on NATLEX? Pull it from there for me!",
        (B_SR_AGENCIES_38,),
        "uncovered website (the ILO's NATLEX database of national laws), never named, a yes/no "
        "question and an imperative, the booker; after a Special Rapporteur turn (licensing of "
        "recruitment agencies, para. 38)",
    ),
    (
        "Child Rights Connect runs workshops that help children report to the Committee - did "
        "they send the Committee anything about Tajikistan, and what did it say?",
        (C_TJK_AWARENESS_15,),
        "uncovered NGO (Child Rights Connect) and its submissions, never named; the covered "
        "Tajikistan is only the subject; two questions, the choir director; after a Tajikistan "
        "turn (the Protocol known to parents and children, para. 15)",
    ),
    # -- a session or year the index does not hold --
    (
        "My notes say the Committee took up Tajikistan again at its seventy-eighth session. What "
        "did it add on adoption?",
        (P_TJK_ADOPTION_27A,),
        "uncovered session (the seventy-eighth; the held observations were adopted at the "
        "seventy-sixth, September 2017), a claim in the user's notes, the photographer; after a "
        "Tajikistan turn (sale of children through illegal adoption, para. 27 (a))",
    ),
    (
        "Was it raised again at HRC45?",
        (C_SR_CHILDFRIENDLY_83, C_SR_EVENTS_10),
        "uncovered session ('HRC45', the Council's forty-fifth session, 2020; the held report is "
        "for the fiftieth) in a short follow-up, the choir director; after two Special Rapporteur "
        "turns (child-friendly justice, para. 83; children retained to rehearse for State-led "
        "events, para. 10)",
    ),
    (
        "That's the 2015 text. What did the Committee say in its 2013 review of Turkmenistan - "
        "had any research been done by then?",
        (B_TKM_RESEARCH_25A,),
        "uncovered year (2013 for Turkmenistan, before the held observations of January 2015), "
        "two questions, the booker; after a Turkmenistan turn (research on the exploitation of "
        "children, para. 25 (a))",
    ),
    # -- a document symbol neither held nor cited --
    (
        "Our compliance consultant cites A/HRC/41/46 on bringing victims home. What does that "
        "report recommend?",
        (B_SR_REPATRIATION_68,),
        "uncovered symbol (A/HRC/41/46), neither held nor cited, taken for a Council report on "
        "returning victims, the booker; after a Special Rapporteur turn (repatriation facilitated "
        "by the State, para. 68)",
    ),
    (
        "A parent on our committee, a lawyer, pointed me to CAT/C/KAZ/CO/4 - could you tell me "
        "what it says about children held in custody?",
        (C_KAZ_HAGUE_16C,),
        "uncovered symbol (CAT/C/KAZ/CO/4), neither held nor cited, taken for the Committee "
        "against Torture's observations on Kazakhstan, the choir director; after a Kazakhstan "
        "turn (the Hague adoption convention, para. 16 (c))",
    ),
    (
        "And CERD/C/TKM/CO/8-11? Same point there?",
        (P_TKM_CONFIDENTIALITY_37,),
        "uncovered symbol (CERD/C/TKM/CO/8-11), neither held nor cited, taken for CERD's "
        "observations on Turkmenistan, in a short follow-up, the photographer; after a "
        "Turkmenistan turn (confidentiality of child victims, para. 37)",
    ),
    # -- a position past the end of a held document --
    (
        "Read me 90 (a) then.",
        (P_SR_ART28_63, P_SR_COMPENSATION_90),
        "uncovered position (A/HRC/50/33/Add.1 para. 90 has no sub-paragraphs) in a short "
        "follow-up, an imperative, the photographer; after two Special Rapporteur turns (article "
        "28 assistance, para. 63; access to compensation, para. 90)",
    ),
    (
        "Lovely - and the second activity under row 28?",
        (C_PC_RECREATION_28,),
        "uncovered position (the plan's CRC row 28 has one activity) in a short follow-up, the "
        "choir director; after a plan turn (CRC row 28, cultural and recreational events)",
    ),
    (
        "Fab! And the fourth one under row 23?",
        (B_PC_MENTAL_23,),
        "uncovered position (the plan's CRC row 23 has three activities) in a short follow-up, "
        "the booker; after a plan turn (CRC row 23, mental health services)",
    ),
    (
        "Give me 31 (b) too - the bit on extradition treaties.",
        (B_TJK_JURISDICTION_31,),
        "uncovered position (CRC/C/OPSC/TJK/CO/1 para. 31 has no sub-paragraphs) in a short "
        "follow-up, an imperative, the booker; after a Tajikistan turn (extraterritorial "
        "jurisdiction, para. 31)",
    ),
    (
        "Is there a part B to that section, on children in court? Do quote its opening lines.",
        (C_SR_CHILDFRIENDLY_83,),
        "uncovered position (section VII of A/HRC/50/33/Add.1, paras. 77-83, has no lettered "
        "sub-sections) in a short follow-up, a yes/no question and an imperative, the choir "
        "director; after a Special Rapporteur turn (child-friendly justice, para. 83)",
    ),
    (
        "Someone told me paragraph 43 of the Kazakhstan observations is about photos of child "
        "victims. Quote it?",
        (P_KAZ_PRIVACY_20,),
        "uncovered position (CRC/C/OPSC/KAZ/CO/1 has 32 paragraphs), the photographer; after a "
        "Kazakhstan turn (privacy and identity of child victims, para. 20)",
    ),
    # -- a kind of document the index does not hold --
    (
        "Do you have the programme or the rehearsal schedule for those State events, so I can "
        "see how long the children were kept?",
        (C_SR_EVENTS_10,),
        "uncovered kind of document (the programme or rehearsal schedule of State-led events; "
        "para. 10 reports only accounts of children retained to rehearse), a yes/no question, "
        "the choir director; after a Special Rapporteur turn (para. 10)",
    ),
    (
        "Can you show me the video itself? Want to see how it was shot.",
        (P_PA_VIDEO_8,),
        "uncovered kind of document (the mine-risk video; the plan's OPAC row 8 only plans to "
        "prepare it) in a short follow-up, the photographer; after a plan turn (OPAC row 8, "
        "activity 3)",
    ),
    (
        "Do you hold a standard employment contract that those agencies make girls sign? I'd "
        "love to compare it with ours.",
        (B_SR_AGENCIES_38,),
        "uncovered kind of document (a recruitment agency's employment contract; para. 38 "
        "speaks only of licensing), a yes/no question, the booker; after a Special Rapporteur "
        "turn (licensing of recruitment agencies, para. 38)",
    ),
    (
        "Amazing. Can you run a recruiter's name through that database for me?",
        (B_SR_DATABASE_82,),
        "uncovered kind of document (records of the unified database, which para. 82 says is "
        "being developed), an imperative request, the booker; after a Special Rapporteur turn "
        "(para. 82)",
    ),
    # -- a text the documents mention only in passing, asked for its own words --
    (
        "Paste article 11 itself, word for word - our legal team wants the statute, not the "
        "summary.",
        (B_SR_ART11_60,),
        "uncovered text (article 11 of Tajikistan's Anti-Trafficking Law; para. 60 summarizes "
        "it) asked for its own words, an imperative, the booker; after a Special Rapporteur turn "
        "(para. 60)",
    ),
    (
        "Paste article 28 itself then.",
        (P_SR_BIRTH_50, P_SR_COMPENSATION_90, P_SR_ART28_63),
        "uncovered text (article 28 of Tajikistan's Anti-Trafficking Law; para. 63 summarizes "
        "it) asked for its own words in a short follow-up, an imperative, the photographer; after "
        "three Special Rapporteur turns (birth registration, para. 50; compensation, para. 90; "
        "article 28, para. 63)",
    ),
    (
        "Could you give me article 12 of that Law in its own words? The parents' evening will "
        "want the actual text.",
        (C_SR_ART12_55,),
        "uncovered text (article 12 of Tajikistan's Anti-Trafficking Law; para. 55 cites it "
        "only) asked for its own words, the choir director; after a Special Rapporteur turn "
        "(formal identification, para. 55)",
    ),
    (
        "Do you have that Law on Child Rights Protection itself? What does it say about children "
        "performing in public?",
        (C_PC_LAW_1,),
        "uncovered text (the Law on Child Rights Protection; the plan's CRC row 1 only plans its "
        "bylaws) asked for its contents, two questions, the choir director; after a plan turn "
        "(CRC row 1, activity 2)",
    ),
]

Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Tajikistan --
    (
        "Tajikistan, then... same question. Is just having it on your phone a crime there, per "
        "the Committee?",
        (P_KAZ_ART273_15C,),
        "Tajikistan",
        u(T, 8, 26),
        u(T, 9, 27),
        ["does not define and criminalize all forms of child pornography, including possession"],
        "covered country first ('Tajikistan, then'), then 'there', a yes/no question, the "
        "photographer; after a Kazakhstan turn (possession of child pornography not prohibited, "
        "para. 15 (c))",
    ),
    (
        "Back home to Tajikistan... anything being done on birth registration there?",
        (P_TKM_BIRTH_24,),
        "Tajikistan",
        u(S, 50) + u(PC, 13),
        u(S, 88),
        ["ensure the birth registration of all children", "Simplifying the birth registration"],
        "covered country in a lead-in ('Back home to Tajikistan'), then 'there', a yes/no "
        "question, the photographer; after a Turkmenistan turn (increase in birth registration, "
        "para. 24)",
    ),
    (
        "That is heartening for Turkmenistan, but what about Tajikistan, where we sing first - "
        "did anyone raise concerns about children performing at big events there?",
        (C_TKM_CONCERTS_16,),
        "Tajikistan",
        u(S, 10),
        [],
        ["rehearse for performances at State-led events"],
        "covered country mid-sentence after the old one ('what about Tajikistan, where we sing "
        "first'), a yes/no question, the choir director; after a Turkmenistan turn (awareness "
        "through performances and concerts, para. 16)",
    ),
    (
        "And in Tajikistan, were minority children such as the Lyuli singled out as at risk?",
        (C_KAZ_STREET_25,),
        "Tajikistan",
        u(T, 24, 25),
        u(S, 53) + u(PC, 30),
        ["Roma children (Mughat and Lyuli)"],
        "covered country first in a short lead-in ('And in Tajikistan'), a yes/no question, the "
        "choir director; after a Kazakhstan turn (street children, foreign and minority "
        "children, para. 25)",
    ),
    (
        "Love it. Did Tajikistan get the same point from the Committee - sale isn't trafficking?",
        (B_TKM_RESEARCH_25A, B_TKM_SALE_9),
        "Tajikistan",
        u(T, 8, 27),
        u(T, 9, 26),
        [
            "similar, but not identical, to trafficking in children",
            "not limit the definition to cases of trafficking in children",
        ],
        "covered country mid-question, a yes/no question, the booker; after two Turkmenistan turns "
        "(research on the exploitation of children, para. 25 (a); sale of children similar to but "
        "not identical to trafficking, para. 9)",
    ),
    (
        "Now Tajikistan, where we scout most: any concerns about corruption getting in the way "
        "there?",
        (B_KAZ_COMPLICITY_23,),
        "Tajikistan",
        u(T, 18, 19),
        u(T, 29),
        ["not investigated owing to corruption"],
        "covered country first ('Now Tajikistan, where we scout most'), then 'there', a yes/no "
        "question, the booker; after a Kazakhstan turn (complicity by State officials, para. 23)",
    ),
    (
        "TJ version: can child victims there actually get compensation, going by the Committee?",
        (P_KAZ_PRIVACY_20, P_TKM_COMPENSATION_40B),
        "Tajikistan",
        u(T, 32),
        u(T, 33) + u(S, 73, 74, 90),
        ["not de facto capable of seeking compensation"],
        "covered country by its ISO alpha-2 code ('TJ version'), then 'there', a yes/no "
        "question, the photographer; after a Kazakhstan and a Turkmenistan turn (privacy and "
        "identity of child victims, para. 20; a victims' compensation fund, para. 40 (b))",
    ),
    # -- to Kazakhstan --
    (
        "Kazakhstan now. Did the Committee want a child's identity protected in court there too?",
        (P_TKM_CONFIDENTIALITY_37,),
        "Kazakhstan",
        u(K, 20),
        u(K, 19),
        ["to have his privacy and identity fully respected and protected"],
        "covered country first ('Kazakhstan now'), then 'there', a yes/no question, the "
        "photographer; after a Turkmenistan turn (confidentiality of child victims, para. 37)",
    ),
    (
        "We give two concerts in Almaty as well - did the Committee want Kazakhstan's children to "
        "learn about the Protocol at school?",
        (C_TJK_AWARENESS_15,),
        "Kazakhstan",
        u(K, 8),
        u(K, 7),
        ["particularly to children through, inter alia, school curricula"],
        "covered country by a city in a lead-in ('two concerts in Almaty') and by a possessive "
        "('Kazakhstan's children'), a yes/no question, the choir director; after a Tajikistan "
        "turn (the Protocol known to parents and children, para. 15)",
    ),
    (
        "Were minority children flagged in Kazakhstan as well, and what did the Committee ask "
        "for them?",
        (C_TJK_ROMA_24,),
        "Kazakhstan",
        u(K, 25, 26),
        [],
        ["vulnerability of street children, children who are foreign citizens or who belong"],
        "covered country mid-question, two questions, the choir director; after a Tajikistan "
        "turn (Roma children, Mughat and Lyuli, para. 24)",
    ),
    (
        "Same worry for KZ: bent officials, per the Committee?",
        (B_TJK_IOM_4F, B_SR_AGENCIES_38, B_TJK_CORRUPTION_18D),
        "Kazakhstan",
        u(K, 23, 24),
        [],
        ["allegations of complicity by State officials in trafficking"],
        "covered country by its ISO alpha-2 code in a short lead-in ('Same worry for KZ'), the "
        "booker; after three turns on Tajikistan (the IOM agreement, para. 4 (f); licensing of "
        "recruitment agencies, A/HRC/50/33/Add.1 para. 38; transport across borders not "
        "investigated owing to corruption, para. 18 (d))",
    ),
    (
        "And a foreign girl trafficked into Kazakhstan - could she stay during the investigation, "
        "going by the Committee?",
        (B_SR_FOREIGN_70,),
        "Kazakhstan",
        u(K, 22),
        [],
        ["temporary residence permission for foreign trafficking victims"],
        "covered country mid-question, a yes/no question, the booker; after a Special "
        "Rapporteur turn on Tajikistan (residency during criminal proceedings, para. 70)",
    ),
    (
        "What did the Committee tell Kazakhstan about adoption, then?",
        (P_TJK_ADOPTION_27A,),
        "Kazakhstan",
        u(K, 15, 16),
        [],
        [
            "Legal provisions with regard to adoption need strengthening",
            "Cooperation in Respect of Inter-country Adoption (1993)",
        ],
        "covered country mid-question, the photographer; after a Tajikistan turn (sale of "
        "children through illegal adoption, para. 27 (a))",
    ),
    (
        "Kazakhstan: was research on the sex trade involving kids asked for there too?",
        (B_TKM_RESEARCH_25A,),
        "Kazakhstan",
        u(K, 28),
        u(K, 11, 12),
        ["research on the nature and extent of commercial sexual exploitation of children"],
        "covered country first, alone before a colon ('Kazakhstan:'), then 'there', a yes/no "
        "question, the booker; after a Turkmenistan turn (research on the exploitation of "
        "children, para. 25 (a))",
    ),
    # -- to Turkmenistan --
    (
        "Turkmenistan next... is simply having that material a crime there?",
        (P_TJK_VIRTUAL_27D,),
        "Turkmenistan",
        u(M, 26),
        u(M, 27, 8),
        ["does not explicitly prohibit possession of"],
        "covered country first ('Turkmenistan next'), then 'there', a yes/no question, the "
        "photographer; after a Tajikistan turn (virtual child pornography, para. 27 (d))",
    ),
    (
        "Does Turkmenistan still send children into the cotton fields, or did the Committee "
        "record a ban?",
        (C_TJK_ROMA_24, C_TJK_COTTON_20),
        "Turkmenistan",
        u(M, 5),
        u(M, 24),
        ["children are not permitted to participate in the cotton harvest"],
        "covered country first in a yes/no question, two alternatives, the choir director; after "
        "two Tajikistan turns (Roma children, para. 24; child forced labour in the annual cotton "
        "harvest, para. 20)",
    ),
    (
        "Our last stop is Ashgabat. Has Turkmenistan joined the convention on children taken "
        "abroad by a parent?",
        (C_KAZ_HAGUE_16C,),
        "Turkmenistan",
        u(M, 4),
        [],
        ["Convention on the Civil Aspects of International Child Abduction"],
        "covered country by its capital in a lead-in ('Our last stop is Ashgabat') and then by "
        "name, a yes/no question, the choir director; after a Kazakhstan turn (the Hague "
        "adoption convention, para. 16 (c))",
    ),
    (
        "In Turkmenistan, what gap did the Committee find on adoption?",
        (P_KAZ_ADOPTION_15E,),
        "Turkmenistan",
        u(M, 26),
        [],
        ["Improperly inducing consent, as an intermediary, for the adoption of a child"],
        "covered country first in a prepositional phrase ('In Turkmenistan'), the photographer; "
        "after a Kazakhstan turn (adoption provisions need strengthening, para. 15 (e))",
    ),
    (
        "TM too? Did IOM help train police there, per the Committee?",
        (B_TJK_IOM_4F,),
        "Turkmenistan",
        u(M, 18),
        [],
        ["in collaboration with the International Organization for Migration"],
        "covered country by its ISO alpha-2 code in a short lead-in ('TM too?'), then 'there', "
        "two yes/no questions, the booker; after a Tajikistan turn (the IOM agreement, para. 4 "
        "(f))",
    ),
    (
        "What did the Committee want Turkmenistan to do about getting victims home safely?",
        (B_SR_REPATRIATION_68,),
        "Turkmenistan",
        u(M, 40),
        u(M, 39),
        ["rehabilitation and safe return"],
        "covered country mid-question, the booker; after a Special Rapporteur turn on Tajikistan "
        "(repatriation facilitated by the State, para. 68)",
    ),
]
