"""The fourteenth 'scope' table of the gold set (ids a001-a060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope13.py`, with new conversations and new wordings, typed
the way three kinds of users write in a chat. A busy government official dictating to a phone: no
punctuation, run-on sentences, voice-typing errors in names ('bar rain' for Bahrain, 'be lease'
for Belize, 'molly' for Mali, 'kaz ak stan', 'turk men is tan', 'taji kistan', 'a slash hrc slash
47 slash 34'), 'the committee of the rights of the child', 'op sc'. An NGO researcher writing long
structured messages with numbered sub-questions, where only the last sub-question moves the scope
and the earlier ones ask about whatever the last one names ('1) ... 2) ... 3) this time for
Argentina'). An interpreter relaying a delegation's questions, mixing official long names ('the
Republic of Kazakhstan', 'the Sultanate of Oman', 'the Oriental Republic of Uruguay', 'the Kingdom
of Morocco', 'the Kingdom of Denmark') with short ones. Some moves are hidden in a subordinate
'which' clause ('the recommendation ... which the Committee addressed to the Oriental Republic of
Uruguay'), some are stated as a premise ('Since Paraguay also ratified the protocol, ...', 'Given
that Sweden dropped double criminality ...', 'Since Kazakhstan hadn't built article 8 into its laws
either, ...'), and some name a non-state region or organisation as the new scope (Greenland, the
Southern African Development Community, the African Union, Europol). One to three earlier turns
about what the index holds, each answered by quoting a document verbatim with its reference, then a
last question that moves the scope.

a001-a040 name what the index does not hold. A country, region or organisation: Bahrain (voice-typed
'bar rain'), Oman (by its long name, in a 'which' clause), Paraguay (as a premise), Uruguay (by its
long name, in a 'which' clause), Argentina (in the last of three numbered sub-questions), Belize
(voice-typed 'be lease'), Mali (voice-typed 'molly'), Morocco (by its long name), Sweden (as a
premise), Greenland (as distinct from the Kingdom of Denmark), the Southern African Development
Community (SADC) as a bloc, the African Union as an organisation. A body, agency, organisation,
mandate or person the documents never name: Europol, the Internet Watch Foundation, the WeProtect
Global Alliance, Plan International, the International Committee of the Red Cross, the Special
Rapporteur on the right to privacy, Mikiko Otani and President Nazarbayev. A year or period: 2005
for Tajikistan (the year the documents give for its ratification of ILO Convention No. 182), 2017
for Turkmenistan, 2010 for Kazakhstan, and a 2014 visit by the trafficking mandate (a premise the
documents do not support). A document or kind of document not held: CRC/C/OPAC/TKM/1, A/HRC/47/34,
the summary record CRC/C/SR.1120, a post by the Rapporteur on X (Twitter), Tajikistan's common core
document. Something past the end of a held document: sub-paragraph 18 (f) of CRC/C/OPSC/TJK/CO/1,
paragraph 34 of CRC/C/OPSC/KAZ/CO/1, sub-paragraph 27 (c) of CRC/C/OPSC/TKM/CO/1, a part B of
section IV of A/HRC/50/33/Add.1, a ninth activity under the plan's CRC row 27, a fifth activity
under its OPAC row 6. A text the documents mention only in passing, asked for its own words or
contents: article 164 of Turkmenistan's Criminal Code (CRC/C/OPSC/TKM/CO/1 para. 26 (b)), the
National HIV Prevention Program for 2017-2020 (the plan's CRC row 25), Turkmenistan's Legal Status
of Foreign Nationals in Turkmenistan Act (CRC/C/OPSC/TKM/CO/1 para. 5 (a)), article 9 (4) of the
Optional Protocol itself (cited in CRC/C/OPSC/TKM/CO/1 para. 40 (b)), ILO Convention No. 138
(CRC/C/OPSC/TKM/CO/1 para. 4 (b)). The answer must decline and cite nothing.

a041-a060 move to another covered country or document and carry the topic over: to the
Turkmenistan observations from the Rapporteur's report (restrictions on civil society; cases
investigated and prosecuted) and the Tajikistan observations (cooperation with neighbours, in a
'which' clause; an independent monitoring body, as a premise); to the Kazakhstan observations from
the Tajikistan observations (coordination; investigations, in a 'which' clause) and the
Turkmenistan observations (awareness campaigns; article 8 and child victims in criminal procedure,
as a premise); to the Tajikistan observations from the Turkmenistan observations (budget lines; a
comprehensive strategy) and the Kazakhstan observations (possession of child sexual abuse material;
follow-up in the districts, in a 'which' clause); to A/HRC/50/33/Add.1 from the Turkmenistan
observations (who coordinates; a hotline; a State compensation fund, as a premise) and the
Kazakhstan observations (a unified database); to the plan from the Kazakhstan observations (the
Hague adoption convention), the Turkmenistan observations (birth registration) and the Rapporteur's
report (children in street situations, in a 'which' clause; reintegration of children returned
from conflict zones).

Countries, regions, organisations, bodies, persons, websites and named texts were checked against
`gold_scope.py` to `gold_scope13.py` (read as text, questions, turns and notes): none asked about
here is asked about there. The two non-state scopes the brief gave as examples were asked before
(the CARICOM states and the Caribbean in scope12 and scope13, the EU member states in scope4), so
other non-state scopes are used here (Greenland, SADC, the African Union, Europol). Bahrain, Oman,
Paraguay, Uruguay, Argentina, Belize, Mali, Morocco, Sweden, Greenland, Denmark, SADC and the
African Union appear in no earlier table; neither do Europol, the Internet Watch Foundation,
WeProtect, Plan International, the ICRC, the privacy mandate, Mikiko Otani or Nursultan Nazarbayev,
nor the symbols CRC/C/OPAC/TKM/1, A/HRC/47/34 and CRC/C/SR.1120 (the 1120th meeting is quoted in
earlier turns, never asked for by symbol), a common core document or a post on X. Article 164 of
Turkmenistan's Criminal Code, the National HIV Prevention Program and ILO Convention No. 138 appear
in earlier tables' turns only, and none was asked for its own words; the Legal Status of Foreign
Nationals in Turkmenistan Act and article 9 (4) of the Protocol appear in no earlier item. The
more-documents tables (`gold_more_scope.py`, `gold_more_scope2.py`) name Paraguay and Uruguay only
as recommending States quoted from UPR reports, never as a scope; Estonia, which they ask about, is
therefore not used here. No
sub-paragraph, section, activity or paragraph past the end used here was used before (earlier
tables asked paras. 33, 35, 37 and 40 of CRC/C/OPSC/KAZ/CO/1, a section IX of A/HRC/50/33/Add.1 and
a fifth activity under the OPAC row 8 and the OPSC row 2). The moves target CRC/C/OPSC/TKM/CO/1
paras. 14-15, 22-23, 28-29 and 43; CRC/C/OPSC/KAZ/CO/1 paras. 5-6, 19-20, 23 and 27;
CRC/C/OPSC/TJK/CO/1 paras. 10-11, 16-17, 26-27 and 36; A/HRC/50/33/Add.1 paras. 33, 73 with 90, 77
and 82; the plan's CRC rows 13, 19 and 32 and OPAC row 7; every paragraph of the three observations
has been a target before, so those repeat earlier targets with a new history and wording.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs (para. 18 stops at (e)),
CRC/C/OPSC/KAZ/CO/1 32, CRC/C/OPSC/TKM/CO/1 47 (para. 27 stops at (b)), A/HRC/50/33/Add.1 92 in
sections I-VIII (section IV, 'Prevention of trafficking in persons', has a single sub-section, A,
'Trafficking of children', paras. 50-54); the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC)
rows; CRC row 27 has eight activities and OPAC row 6 four.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_BORDER_PROCEDURES: Turn = (
    "what did the committee say about kids being picked up at the border in tajikistan",
    "That there is no procedure for it: "
    '"Law enforcement, border and immigration authorities do not have specific procedures for '
    "systematically identifying child victims at borders, or any other location, and providing them "
    'with adequate services, particularly referral and protection;" (CRC/C/OPSC/TJK/CO/1, para. 32 (b))',
)
TJK_EXTRADITION_BASIS: Turn = (
    "Does the Committee say the Protocol itself can serve as a basis for extradition from Tajikistan?",
    "Yes: "
    '"The Committee encourages the State party to consider the Optional Protocol as the basis for '
    'extradition in the absence of a treaty or an agreement." (CRC/C/OPSC/TJK/CO/1, para. 31)',
)
TJK_CHILD_SPOUSES: Turn = (
    "For the Republic of Tajikistan: which children did the Committee say need targeted protection?",
    "Those at risk of falling victim, "
    '"including children living in poverty, children engaged in child labour, child victims of '
    'prostitution, child spouses and children living in street situations" '
    "(CRC/C/OPSC/TJK/CO/1, para. 19 (a))",
)
TJK_VIRTUAL: Turn = (
    "In the Tajikistan review, does the Committee want virtual abuse material criminalized too?",
    "Yes; among the acts the State party should explicitly define and criminalize: "
    '"Distributing, importing, exporting, offering, selling, possessing or knowingly accessing/viewing '
    'child pornography, including virtual child pornography" (CRC/C/OPSC/TJK/CO/1, para. 27 (d))',
)
TJK_MARRIAGE_AWARENESS: Turn = (
    "The delegate asks: did the Committee note anything on child marriage in the Republic of "
    "Tajikistan?",
    "Yes: "
    '"The Committee notes that law enforcement officials carry out awareness-raising activities on the '
    'prohibition and negative consequences of child marriages." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_ILO_182: Turn = (
    "when did tajikistan ratify the ilo worst forms convention what does the committee say",
    "In June 2005; the Committee welcomes "
    '"The ratification of the International Labour Organization Worst Forms of Child Labour '
    'Convention, 1999 (No. 182) in June 2005;" (CRC/C/OPSC/TJK/CO/1, para. 4 (e))',
)
TJK_PROSECUTION_DATA: Turn = (
    "The delegation of the Republic of Tajikistan asks what data on prosecutions the Committee wants.",
    "Counts by offence: "
    '"Data should also be collected on the number of prosecutions and convictions, disaggregated by the '
    'nature of the offence" (CRC/C/OPSC/TJK/CO/1, para. 7)',
)
TJK_CORRUPTION_BORDERS: Turn = (
    "what was the committee worried about on prevention in tajikistan go through the list",
    "Several things; one is that "
    '"There are allegations of the transport of victims across borders that are not investigated owing '
    'to corruption;" (CRC/C/OPSC/TJK/CO/1, para. 18 (d))',
)
TJK_ROOT_CAUSES_LIMITED: Turn = (
    "ok and the next one after that",
    '"Measures to identify and address the root causes and incidence of offences under the Optional '
    'Protocol remain limited." (CRC/C/OPSC/TJK/CO/1, para. 18 (e))',
)
TJK_ENTITY_COORDINATING: Turn = (
    "who coordinates the op sc work in tajikistan according to the committee of the rights of the "
    "child",
    "The Committee could not tell; it is concerned "
    '"at the lack of information about the entity in charge of coordinating the implementation of the '
    'Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 12)',
)
TJK_CASES_INVESTIGATED: Turn = (
    "Does the Tajikistan review give numbers of cases investigated?",
    "No; the Committee "
    '"is concerned about the lack of information regarding the number of cases of the sale of '
    "children, child pornography, child prostitution and related matters that are investigated and the "
    'number of perpetrators who are prosecuted and sentenced." (CRC/C/OPSC/TJK/CO/1, para. 28)',
)
TJK_NEIGHBOURS: Turn = (
    "What does the Committee say Tajikistan should do with its neighbours?",
    "Cooperate more; it "
    '"encourages the State party to continue to strengthen international cooperation through '
    'multilateral, regional and bilateral arrangements, especially with neighbouring countries" '
    "(CRC/C/OPSC/TJK/CO/1, para. 34)",
)
TJK_COMMISSIONER_2016: Turn = (
    "Does Tajikistan have a children's ombudsman, according to the Committee?",
    "Yes; among the institutions it notes with appreciation is "
    '"the establishment of the Commissioner for Children\u2019s Rights in 2016" '
    "(CRC/C/OPSC/TJK/CO/1, para. 5)",
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_FOREIGN_VICTIMS: Turn = (
    "Interpreting for a delegation: in the review of the Republic of Kazakhstan, what did the Committee "
    "say about foreign victims?",
    "Among the measures it urges: "
    '"Access to shelter and temporary residence permission for foreign trafficking victims during the '
    'investigation period." (CRC/C/OPSC/KAZ/CO/1, para. 22 (g))',
)
KAZ_LEGAL_PERSONS: Turn = (
    "Working on corporate liability. In Kazakhstan's OPSC review, could companies be prosecuted?",
    'No: "Legal persons cannot be liable for crimes under the Optional Protocol;" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (d))",
)
KAZ_PRECEDENCE: Turn = (
    "what did the committee like about kazakhstan's laws anything positive",
    "Among the positive aspects it notes "
    '"The direct application and precedence of the Optional Protocol over domestic legislation." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 4 (c))",
)
KAZ_RADIO_CAMPAIGNS: Turn = (
    "Were there any awareness campaigns in Kazakhstan that the committee liked?",
    "Yes: "
    '"The Committee welcomes the awareness-raising campaigns that have been conducted for the public, '
    "e.g. via the radio and directly aimed at children, e.g. via schools as part of the National Action "
    'Plan." (CRC/C/OPSC/KAZ/CO/1, para. 27)',
)
KAZ_INTERNET_PROVIDERS: Turn = (
    "In the review of the Republic of Kazakhstan, what about the Internet companies?",
    "The Committee recommends a study of the Internet and specific legal provisions, "
    '"including the full mandatory cooperation of Internet providers in this regard" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 16 (b))",
)
KAZ_PRIVACY: Turn = (
    "Does the Kazakhstan review say anything about a child victim's privacy in proceedings?",
    "Yes; the law should secure the child victim's right "
    '"to be appropriately supported throughout the process and to have his privacy and identity fully '
    'respected and protected" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_TRAFFICKING_PLANS: Turn = (
    "did kazakhstan have a trafficking plan back then what does the committee say",
    "Two; the Committee notes with appreciation "
    '"The adoption of a National Plan of Action on Trafficking on 29 February 2004 and a subsequent '
    'Plan for 2006-2008;" (CRC/C/OPSC/KAZ/CO/1, para. 4 (a))',
)
KAZ_BUDGET_INFO: Turn = (
    "What did the committee want from Kazakhstan on budgets?",
    '"The Committee encourages the State party to provide more complete information on the budget '
    "allocations for the implementation of the Optional Protocol and National Action Plan on "
    'Trafficking." (CRC/C/OPSC/KAZ/CO/1, para. 14)',
)
KAZ_ADOPTED_JANUARY: Turn = (
    "When were the Kazakhstan observations adopted?",
    'At the end of January 2006: "at its 1120th meeting, held on 27 January 2006" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_DISSEMINATION_INTERNET: Turn = (
    "Who should get to read the Kazakhstan observations?",
    "The widest public; they should be "
    '"made widely available, including through the Internet (but not exclusively), to the public at '
    'large, civil society organizations, youth groups, professional groups and children" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 31)",
)
KAZ_PROVINCIAL: Turn = (
    "The delegation asks how the Republic of Kazakhstan was told to follow up.",
    "By passing the recommendations on, "
    '"inter alia, by transmitting them to relevant government ministries, the Parliament and to '
    'provincial authorities for appropriate consideration and further action." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 30)",
)
KAZ_POSSESSION: Turn = (
    "In the Republic of Kazakhstan, was possession of such material a crime?",
    "Not explicitly: "
    '"Article 273 of the Criminal Code does not explicitly prohibit possession of child pornography" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 15 (c))",
)
KAZ_DATA: Turn = (
    "What did the committee say about data in Kazakhstan?",
    "It "
    '"regrets the lack of data disaggregated by age, sex and minority group as well as the lack of '
    "research on the prevalence of national and cross-border trafficking, child prostitution and child "
    'pornography." (CRC/C/OPSC/KAZ/CO/1, para. 11)',
)
KAZ_HAGUE: Turn = (
    "Which adoption treaty did the Committee ask the Republic of Kazakhstan to ratify?",
    "The Hague Convention; it recommends "
    '"ratifying the Hague Convention No. 33 on Protection of Children and Cooperation in Respect of '
    'Inter-country Adoption (1993)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)

# CRC/C/OPSC/TKM/CO/1
TKM_HELPLINE_24H: Turn = (
    "what did the committee of the rights of the child want turkmenistan's helpline to look like",
    "National and round the clock; it recommends that the State party "
    '"establish a national helpline for all offences under the Optional Protocol, and ensure that it '
    "covers the whole country, is accessible 24 hours a day and has an easy-to-remember three- to "
    'four-digit number" (CRC/C/OPSC/TKM/CO/1, para. 42)',
)
TKM_TRAINING_EVALUATION: Turn = (
    "The Turkmen side asks what the Committee said about evaluating training.",
    "It recommends that the State party "
    '"ensure the systematic evaluation of all training programmes on the Protocol with a view to '
    'enhancing their impact and relevance." (CRC/C/OPSC/TKM/CO/1, para. 19)',
)
TKM_LEGAL_PERSONS: Turn = (
    "And what was Turkmenistan told on the same point?",
    "To "
    '"revise its Criminal Code to ensure the full and direct criminal liability of legal persons for all '
    'offences covered by the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 31)',
)
TKM_DOUBLE_REMOVE: Turn = (
    "What was Turkmenistan told about double criminality?",
    "To "
    '"remove the requirement of double criminality for the prosecution of offences committed abroad '
    'under the Optional Protocol when exercising its extraterritorial jurisdiction." '
    "(CRC/C/OPSC/TKM/CO/1, para. 33)",
)
TKM_ADOPTED_1983: Turn = (
    "When did the Committee adopt its observations on Turkmenistan?",
    "At the end of January 2015; it "
    '"adopted the following concluding observations at its 1983rd meeting (see CRC/C/SR.1983), held on '
    '30 January 2015." (CRC/C/OPSC/TKM/CO/1, para. 1)',
)
TKM_TO_THE_PRESIDENT: Turn = (
    "To whom should Turkmenistan send the recommendations, according to the Committee?",
    "To the top: "
    '"transmitting them to the President, relevant government ministries, the Parliament, the '
    "Constitutional Court, and regional and local authorities, for appropriate consideration and "
    'further action." (CRC/C/OPSC/TKM/CO/1, para. 45)',
)
TKM_OPAC_2005: Turn = (
    "When did Turkmenistan join the protocol on children in armed conflict?",
    "In March 2005; the Committee welcomes the accession to the "
    '"Optional Protocol to the Convention on the Rights of the Child on the involvement of children in '
    'armed conflict, in March 2005;" (CRC/C/OPSC/TKM/CO/1, para. 4 (a))',
)
TKM_CODE_REVIEW: Turn = (
    "What did the Committee recommend to Turkmenistan on the Criminal Code?",
    "First, to "
    '"Review the relevant provisions in the Criminal Code in order to bring them into full compliance '
    'with the Optional Protocol, either via amendments or via new provisions;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 27 (a))",
)
TKM_INTERNET_STUDY: Turn = (
    "And the second point?",
    "To "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    'provisions to combat this phenomenon" (CRC/C/OPSC/TKM/CO/1, para. 27 (b))',
)
TKM_ARTICLE_164: Turn = (
    "Is possession of abuse material an offence in Turkmenistan, per the committee?",
    "Not explicitly: "
    '"Article 164 of the Criminal Code does not explicitly prohibit possession of child pornography, in '
    'line with article 3, paragraph 1 (ii) (c), of the Optional Protocol;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 26 (b))",
)
TKM_FOREIGN_NATIONALS_ACT: Turn = (
    "Which law on foreigners did the Committee note for Turkmenistan?",
    "Among the legislation it welcomes is "
    '"the Legal Status of Foreign Nationals in Turkmenistan Act (26 March 2011)" '
    "(CRC/C/OPSC/TKM/CO/1, para. 5 (a))",
)
TKM_COMPENSATION_FUND: Turn = (
    "Does the Committee want a compensation fund in Turkmenistan?",
    "Yes; it recommends that the State party "
    '"establish a victims\u2019 compensation fund for those cases where victims cannot obtain '
    'compensation from the perpetrator" (CRC/C/OPSC/TKM/CO/1, para. 40 (b))',
)
TKM_ILO_CONVENTIONS: Turn = (
    "which ilo conventions on child labour did turkmenistan ratify",
    "Two: "
    '"International Labour Organization (ILO) Convention No. 182 (1999) concerning the Prohibition and '
    "Immediate Action for the Elimination of the Worst Forms of Child Labour, in November 2010, and ILO "
    'Convention No. 138 concerning Minimum Age for Admission to Employment, in March 2012" '
    "(CRC/C/OPSC/TKM/CO/1, para. 4 (b))",
)
TKM_AWARENESS_CHANNELS: Turn = (
    "For Turkmenistan: how did the State raise awareness, according to the Committee?",
    "Through various channels, "
    '"including performances, concerts, seminars, workshops, training sessions, leaflets and brochures" '
    "(CRC/C/OPSC/TKM/CO/1, para. 16)",
)
TKM_INTERROGATIONS: Turn = (
    "What did the committee find wrong with the questioning of children in Turkmenistan?",
    "That "
    '"legislation fails to provide clear sanctions for the exertion of physical and psychological '
    'pressure during interrogations." (CRC/C/OPSC/TKM/CO/1, para. 37)',
)
TKM_NO_RESOURCE_INFO: Turn = (
    "turkmenistan money for the protocol what did the committee say",
    '"The Committee regrets that the State party has not provided information on the specific '
    'allocation of resources for the implementation of the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 20)",
)
TKM_CONSULT_CHILDREN: Turn = (
    "Did the committee want children consulted on Turkmenistan's strategy?",
    "Yes; it recommends that the State party, "
    '"in consultation with all stakeholders, including children, parents and civil society, develop a '
    'comprehensive strategy to implement the provisions of the Optional Protocol" '
    "(CRC/C/OPSC/TKM/CO/1, para. 11)",
)
TKM_NO_SPECIFIC_BODY: Turn = (
    "Does Turkmenistan have a coordinating body under the Protocol?",
    "Not a specific one; the Committee "
    '"remains concerned that there is still no specific body responsible for the coordination and the '
    'implementation of the State party\u2019s obligations under the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 12)",
)
TKM_BIRTH_REGISTRATION: Turn = (
    "did the committee say anything good about birth registration in turkmenistan",
    "Yes; it "
    '"also notes as positive the significant increase in birth registration and the extension of '
    'compulsory education to 12 years" (CRC/C/OPSC/TKM/CO/1, para. 24)',
)

# A/HRC/50/33/Add.1
SR_BEGGING: Turn = (
    "The delegation asks: did the Special Rapporteur mention children with disabilities in the "
    "Republic of Tajikistan?",
    "Yes; she "
    '"is concerned about the limited action taken to prevent the trafficking of children with '
    'disabilities, in particular for forced begging" (A/HRC/50/33/Add.1, para. 52)',
)
SR_STREET_SITUATIONS: Turn = (
    "Did the rapporteur say anything about children in street situations in Tajikistan?",
    "Yes; she "
    '"highlights the need for prevention measures engaging in particular with children in street '
    'situations" (A/HRC/50/33/Add.1, para. 52)',
)
SR_RETURNED_FROM_CONFLICT: Turn = (
    "what does the trafficking rapporteur want done for kids brought back from the war zones",
    "She recommends that the Government, "
    '"In the case of children returned from conflict zones, ensure that a best interests determination '
    'is undertaken by specialized child protection specialists" (A/HRC/50/33/Add.1, para. 87 (f))',
)
SR_COVID_ONLINE: Turn = (
    "did the rapporteur say anything about covid and child abuse online",
    "Yes: "
    '"The Special Rapporteur notes that globally the COVID-19 pandemic has increased the risks of '
    "recruitment for sexual exploitation online and has contributed to an increased demand for child "
    "sexual abuse material online and technology-facilitated child sex trafficking. Those risks are "
    'also prevalent in Tajikistan." (A/HRC/50/33/Add.1, para. 20)',
)
SR_IRAQ_84: Turn = (
    "how many tajik kids came back from iraq",
    "Eighty-four: "
    '"The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_SHELTER_FIVE: Turn = (
    "How many people were in the Dushanbe shelter, according to the rapporteur?",
    "Very few: "
    '"Although provision is made for 27 staff and 30 places for the accommodation of '
    "victims/survivors, the Special Rapporteur was informed that only 5 victims were accommodated in the "
    'shelter in 2021." (A/HRC/50/33/Add.1, para. 65)',
)
SR_TEN_DAYS: Turn = (
    "whats the symbol of the trafficking rapporteur's tajikistan report and how long was she there",
    "A/HRC/50/33/Add.1; "
    '"In her 10 days in Tajikistan, she had exchanges with a number of ministers and government '
    'officials" (A/HRC/50/33/Add.1, para. 2)',
)
SR_PANJI_POYON: Turn = (
    "where did the rapporteur go outside dushanbe",
    "To the south; she "
    '"visited the border area with Afghanistan, specifically the border point of Panji Poyon, and met '
    'with border guards. She also visited the city of Bokhtar." (A/HRC/50/33/Add.1, para. 3)',
)
SR_CHILDREN_SUBSECTION: Turn = (
    "Which part of the rapporteur's report deals with children?",
    "Sub-section A of section IV, on trafficking of children (paras. 50-54); it ends with para. 54: "
    '"The Special Rapporteur recognizes the efforts undertaken to prevent the trafficking of children '
    'into armed conflict" (A/HRC/50/33/Add.1, para. 54)',
)
SR_PUBLIC_ASSOCIATIONS: Turn = (
    "Does the trafficking rapporteur say anything about NGO space in Tajikistan?",
    "Yes; she writes that "
    '"the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, may '
    "undermine the ability of non-governmental organizations, including specialized non-governmental "
    'organizations supporting victims of trafficking, to carry out their work effectively." '
    "(A/HRC/50/33/Add.1, para. 75)",
)
SR_FEW_INVESTIGATIONS: Turn = (
    "the trafficking rapporteur on investigations in tajikistan enough or not",
    "Not enough: "
    '"Despite significant efforts in the specialization and strengthening of investigative capacity, '
    "the number of investigations undertaken is limited, in particular in response to internal "
    'trafficking for purposes of sexual and labour exploitation." (A/HRC/50/33/Add.1, para. 80)',
)

# The national plan of action 2018-2022 (three tables)
PC_HIV_PROGRAM: Turn = (
    "hiv in the tajik plan what programme are they monitoring",
    "Row 25 of the CRC table has "
    '"Carry out monitoring of implementation of the National HIV Prevention Program in the Republic of '
    'Tajikistan for 2017-2020" (National Plan of Action 2018-2022 (CRC), row 25)',
)
PC_EMIS: Turn = (
    "education quality in the tajik plan whats activity 8",
    "Row 27 of the CRC table, activity 8: "
    '"Monitor the implementation of education system through through EMIS data collection" '
    "(sic; National Plan of Action 2018-2022 (CRC), row 27)",
)
PA_MILITARY_SCHOOL_LAW: Turn = (
    "What does the Republic of Tajikistan plan regarding military schools?",
    "Row 6 of the OPAC table, activity 4: "
    '"Study the legislation of the Republic of Tajikistan related to admission and education of minors '
    'in military schools" (National Plan of Action 2018-2022 (OPAC), row 6)',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, region or organisation the index does not hold --
    (
        "ok noted now the kingdom of bar rain what did the committee of the rights of the child tell "
        "bar rain about a helpline same 24 hours thing",
        (TKM_HELPLINE_24H,),
        "uncovered country voice-typed ('the kingdom of bar rain', 'bar rain', Bahrain), an official "
        "dictating without punctuation; after a Turkmenistan turn (a national helpline open 24 hours a "
        "day)",
    ),
    (
        "Thank you. Now please give me the passage on foreign victims which the Committee wrote for the "
        "Sultanate of Oman; the delegate of Oman wants to know whether it was also told to offer shelter "
        "and temporary residence.",
        (KAZ_FOREIGN_VICTIMS,),
        "uncovered country by its official long name and short name (the Sultanate of Oman, Oman), the "
        "move hidden in a 'which' clause ('the passage ... which the Committee wrote for the Sultanate "
        "of Oman'), an interpreter; after a turn on the Republic of Kazakhstan (para. 22 (g))",
    ),
    (
        "Since Paraguay also ratified the protocol, what did the committee ask it about extradition?",
        (TJK_EXTRADITION_BASIS,),
        "uncovered country stated in a premise ('Since Paraguay also ratified the protocol, ...'); the "
        "premise does not make it covered; after a Tajikistan turn (the Protocol as a basis for "
        "extradition)",
    ),
    (
        "Now please read me the recommendation on evaluating training which the Committee addressed to "
        "the Oriental Republic of Uruguay; the delegation of Turkmenistan wishes to compare.",
        (TKM_TRAINING_EVALUATION,),
        "uncovered country by its official long name (the Oriental Republic of Uruguay), the move hidden "
        "in a 'which' clause; the covered country (Turkmenistan) is named only as the delegation that "
        "wants to compare; an interpreter; after a Turkmenistan turn (evaluation of training, para. 19)",
    ),
    (
        "Thanks, very useful. Three follow-ups for the brief:\n"
        "1) Did the committee find that companies there could escape criminal liability?\n"
        "2) Did it tell the State to amend its criminal code accordingly?\n"
        "3) For both of the above, the country is now Argentina, not Kazakhstan or Turkmenistan.",
        (KAZ_LEGAL_PERSONS, TKM_LEGAL_PERSONS),
        "uncovered country (Argentina) named only in the last of three numbered sub-questions, which "
        "sets the scope of the other two ('there'); an NGO researcher; after a Kazakhstan and a "
        "Turkmenistan turn (liability of legal persons)",
    ),
    (
        "ok good and be lease did they get praised for that too the protocol applying directly",
        (KAZ_PRECEDENCE,),
        "uncovered country voice-typed ('be lease', Belize), an official dictating without "
        "punctuation; after a Kazakhstan turn (direct application and precedence of the Protocol)",
    ),
    (
        "right and the republic of molly what did they tell molly about identifying kids at the borders "
        "we have a bilateral next week",
        (TJK_BORDER_PROCEDURES,),
        "uncovered country voice-typed ('the republic of molly', 'molly', Mali), an official dictating "
        "without punctuation; after a Tajikistan turn (no procedures to identify child victims at "
        "borders)",
    ),
    (
        "Thank you. The next question concerns the Kingdom of Morocco: has the Rapporteur or the "
        "Committee said anything about children with disabilities made to beg in Morocco?",
        (SR_BEGGING,),
        "uncovered country by its official long name and short name (the Kingdom of Morocco, Morocco), "
        "an interpreter; after a Special Rapporteur turn on the Republic of Tajikistan (trafficking of "
        "children with disabilities for forced begging)",
    ),
    (
        "Given that Sweden dropped double criminality for these offences years ago, what did the "
        "committee say to Sweden about it?",
        (TKM_DOUBLE_REMOVE,),
        "uncovered country stated in a premise ('Given that Sweden dropped double criminality ...'), "
        "the premise itself not in the documents; after a Turkmenistan turn (remove the requirement of "
        "double criminality)",
    ),
    (
        "The next delegate speaks for Greenland, not for the Kingdom of Denmark as a whole: has the "
        "Committee said anything about children at risk in Greenland?",
        (TJK_CHILD_SPOUSES,),
        "uncovered non-state region (Greenland, a self-governing territory of the Kingdom of Denmark), "
        "set apart from its State (the Kingdom of Denmark, by its long name, also not held); an "
        "interpreter; after a turn on the Republic of Tajikistan (children at risk, para. 19 (a))",
    ),
    (
        "Great. For our regional paper I need the same three points:\n"
        "1) were campaigns run by radio,\n"
        "2) were they aimed at children through schools,\n"
        "3) this time for the Southern African Development Community as a bloc, not a single State "
        "- what has the committee said about SADC?",
        (KAZ_RADIO_CAMPAIGNS,),
        "uncovered non-state organisation of States by long name and acronym (the Southern African "
        "Development Community, SADC) named only in the last of three numbered sub-questions; an NGO "
        "researcher; after a Kazakhstan turn (radio and school campaigns)",
    ),
    (
        "ok and the african union the au commission itself not the member states what has the au said "
        "about bringing those children home",
        (SR_RETURNED_FROM_CONFLICT,),
        "uncovered non-state organisation (the African Union and its Commission, 'the au'), set apart "
        "from its member States; an official dictating without punctuation; after a Special Rapporteur "
        "turn (children returned from conflict zones)",
    ),
    # -- a body, agency, organisation, mandate or person the documents never name --
    (
        "Thanks. Three quick ones for the annex:\n"
        "1) Is virtual material treated as a growing threat?\n"
        "2) Are any figures given on it?\n"
        "3) Both of the above from Europol, the EU police agency, in its own threat assessment - what "
        "does Europol say?",
        (TJK_VIRTUAL,),
        "uncovered EU agency (Europol) and its own threat assessment, never named in the documents, "
        "named only in the last of three numbered sub-questions; an NGO researcher; after a Tajikistan "
        "turn (virtual child pornography)",
    ),
    (
        "ok and the internet watch foundation how many reports of that material did they get from tajik "
        "sites give me their numbers",
        (SR_COVID_ONLINE,),
        "uncovered organisation (the Internet Watch Foundation) asked for its own figures, never named "
        "in the documents; an official dictating without punctuation; after a Special Rapporteur turn "
        "(COVID-19 and child sexual abuse material online)",
    ),
    (
        "The delegation would like to know what the WeProtect Global Alliance has said about the "
        "Republic of Kazakhstan and Internet providers in its own Global Threat Assessment.",
        (KAZ_INTERNET_PROVIDERS,),
        "uncovered organisation (the WeProtect Global Alliance) and its own Global Threat Assessment, "
        "never named in the documents; the covered country (the Republic of Kazakhstan, by its long "
        "name) is only the subject; an interpreter; after a Kazakhstan turn (Internet providers)",
    ),
    (
        "The delegate refers to Plan International's own study of child marriage in Tajikistan. What "
        "did Plan International find there?",
        (TJK_MARRIAGE_AWARENESS,),
        "uncovered NGO (Plan International) asked for its own study, never named in the documents; an "
        "interpreter; after a turn on the Republic of Tajikistan (awareness-raising on child marriages)",
    ),
    (
        "ok and the icrc the red cross people how many tajik children do they say are still in al hol "
        "right now",
        (SR_IRAQ_84,),
        "uncovered organisation (the International Committee of the Red Cross, 'the icrc the red cross "
        "people') asked for its own current figures, never named in the documents (A/HRC/50/33/Add.1 "
        "para. 71 names Al Hol camp but gives no such figure); an official dictating; after a Special "
        "Rapporteur turn (84 children repatriated from Iraq)",
    ),
    (
        "Helpful. For the privacy chapter:\n"
        "1) has the naming of child victims in the media been criticised,\n"
        "2) is there a recommendation on it,\n"
        "3) I mean by the UN Special Rapporteur on the right to privacy - what has that mandate said?",
        (KAZ_PRIVACY,),
        "uncovered mandate (the Special Rapporteur on the right to privacy), never named in the "
        "documents, named only in the last of three numbered sub-questions; an NGO researcher; after a "
        "Kazakhstan turn (a child victim's privacy and identity, para. 20)",
    ),
    (
        "Was Ms. Mikiko Otani in the chair at that meeting, and what did she say to the delegation of "
        "Turkmenistan?",
        (TKM_ADOPTED_1983,),
        "uncovered person (Mikiko Otani, a later chair of the Committee), never named in the documents, "
        "asked for her own words; an interpreter, two questions; after a Turkmenistan turn (adoption at "
        "the 1983rd meeting)",
    ),
    (
        "ok and president nazarbayev when they adopted that plan what did he say any speech i can quote",
        (KAZ_TRAFFICKING_PLANS,),
        "uncovered person (President Nursultan Nazarbayev of Kazakhstan), never named in the documents, "
        "asked for his own words; an official dictating; after a Kazakhstan turn (the 2004 and "
        "2006-2008 trafficking plans)",
    ),
    # -- a year or period not held --
    (
        "ok so what did the committee of the rights of the child tell tajikistan in 2005 the same year",
        (TJK_ILO_182,),
        "uncovered year for Tajikistan (2005), the year the held observations give for its ratification "
        "of ILO Convention No. 182, not a year of any held text; the held Tajikistan documents date from "
        "2017, 2018 and 2022; an official dictating; after a Tajikistan turn (para. 4 (e))",
    ),
    (
        "Thank you. And in 2017, what did the Committee tell Turkmenistan - were those recommendations "
        "followed up by then?",
        (TKM_TO_THE_PRESIDENT,),
        "uncovered year for Turkmenistan (2017), whose held observations are of January 2015; an "
        "interpreter, two questions; after a Turkmenistan turn (transmission to the President and "
        "others, para. 45)",
    ),
    (
        "OK. For the timeline:\n"
        "1) did Kazakhstan then provide that budget information,\n"
        "2) did the committee find it sufficient,\n"
        "3) both as of 2010 - what did the committee say about Kazakhstan in 2010?",
        (KAZ_BUDGET_INFO,),
        "uncovered year for Kazakhstan (2010), named only in the last of three numbered sub-questions; "
        "the held observations are of January 2006; an NGO researcher; after a Kazakhstan turn (budget "
        "information, para. 14)",
    ),
    (
        "Since her predecessor also went to Tajikistan back in 2014, how many victims were in that "
        "shelter at the time of the 2014 visit?",
        (SR_SHELTER_FIVE,),
        "uncovered year and visit stated in a premise (a 2014 visit by the trafficking mandate), which "
        "the documents do not support; the held report is on the December 2021 visit and gives 2021 "
        "figures only; after a Special Rapporteur turn (5 victims in the shelter in 2021)",
    ),
    # -- a document or kind of document not held --
    (
        "Then please open Turkmenistan's own initial report under that protocol, CRC/C/OPAC/TKM/1: what "
        "minimum age of recruitment did it declare?",
        (TKM_OPAC_2005,),
        "uncovered symbol (CRC/C/OPAC/TKM/1, Turkmenistan's report under the armed-conflict Protocol), "
        "neither held nor cited (CRC/C/OPSC/TKM/CO/1 para. 3 cites only the observations on it); an "
        "interpreter; after a Turkmenistan turn (accession to that Protocol, para. 4 (a))",
    ),
    (
        "ok now pull up a slash hrc slash 47 slash 34 her report from before what does it say about "
        "tajikistan",
        (SR_TEN_DAYS,),
        "uncovered symbol dictated to a phone ('a slash hrc slash 47 slash 34', A/HRC/47/34), neither "
        "held nor cited, which the user takes to be an earlier report of the mandate; an official; "
        "after a Special Rapporteur turn (her 10 days in Tajikistan)",
    ),
    (
        "Thanks. For the archive file:\n"
        "1) who spoke for the Committee,\n"
        "2) was anything said about the recommendations,\n"
        "3) both from the summary record of that meeting, CRC/C/SR.1120 - can you quote it?",
        (KAZ_ADOPTED_JANUARY,),
        "uncovered symbol (the summary record CRC/C/SR.1120, of the meeting at which the Kazakhstan "
        "observations were adopted; CRC/C/OPSC/KAZ/CO/1 para. 1 names the 1120th meeting but not the "
        "record), named only in the last of three numbered sub-questions; an NGO researcher",
    ),
    (
        "ok and she posted on x twitter from panji poyon right what did the post say word for word",
        (SR_PANJI_POYON,),
        "uncovered kind of document (a social media post by the Rapporteur, on X or Twitter), never "
        "held; an official dictating; after a Special Rapporteur turn (the border point of Panji Poyon)",
    ),
    (
        "The delegation refers me to Tajikistan's common core document for the population figures. What "
        "does the core document say about the number of children?",
        (TJK_PROSECUTION_DATA,),
        "uncovered kind of document (a State party's common core document, Tajikistan's), never held or "
        "cited; an interpreter; after a turn on the Republic of Tajikistan (data on prosecutions and "
        "convictions)",
    ),
    # -- a sub-paragraph, paragraph, section or activity past the end of a held document --
    (
        "ok and 18 f read me 18 f",
        (TJK_CORRUPTION_BORDERS, TJK_ROOT_CAUSES_LIMITED),
        "nonexistent sub-paragraph (18 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 18 stops at (e); an "
        "official dictating; after the turns quoting 18 (d) and 18 (e)",
    ),
    (
        "Thanks. Last batch for the Kazakhstan file:\n"
        "1) is there a paragraph on who monitors the follow-up,\n"
        "2) does it set a deadline,\n"
        "3) that's paragraph 34 in my printout - please quote paragraph 34 of CRC/C/OPSC/KAZ/CO/1.",
        (KAZ_DISSEMINATION_INTERNET,),
        "nonexistent paragraph (34) of CRC/C/OPSC/KAZ/CO/1, which has 32, named only in the last of "
        "three numbered sub-questions; an NGO researcher; after a Kazakhstan turn (dissemination, "
        "para. 31)",
    ),
    (
        "And the third point, 27 (c)? The delegation of Turkmenistan says there is one on adoption.",
        (TKM_CODE_REVIEW, TKM_INTERNET_STUDY),
        "nonexistent sub-paragraph (27 (c)) of CRC/C/OPSC/TKM/CO/1, whose para. 27 stops at (b) (the "
        "adoption gap is a concern in para. 26 (c), not a recommendation in 27); an interpreter; after "
        "the turns quoting 27 (a) and 27 (b)",
    ),
    (
        "Good. Then:\n"
        "1) the sub-section after that one,\n"
        "2) its first paragraph,\n"
        "3) i.e. section IV, part B - what is it about and what does it say?",
        (SR_CHILDREN_SUBSECTION,),
        "nonexistent sub-section (IV.B) of A/HRC/50/33/Add.1, whose section IV has a single sub-section, "
        "A ('Trafficking of children'), followed by section V; named only in the last of three numbered "
        "sub-questions; an NGO researcher; after a Special Rapporteur turn (para. 54)",
    ),
    (
        "ok and activity 9 same row",
        (PC_EMIS,),
        "nonexistent activity (a ninth) of the plan's CRC row 27, which has eight; an official "
        "dictating; after the turn quoting the eighth",
    ),
    (
        "And the fifth activity under that row, please - the delegate says it concerns the cadets' age.",
        (PA_MILITARY_SCHOOL_LAW,),
        "nonexistent activity (a fifth) of the plan's OPAC row 6, which has four (the cadets' age is "
        "its second activity, not a fifth); an interpreter; after the turn quoting the fourth",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "For the legal annex:\n"
        "1) what conduct does it actually cover,\n"
        "2) what penalties does it set,\n"
        "3) please quote article 164 of Turkmenistan's Criminal Code itself, not the committee's "
        "summary.",
        (TKM_ARTICLE_164,),
        "a named text the held documents mention only in passing (article 164 of Turkmenistan's "
        "Criminal Code, named in CRC/C/OPSC/TKM/CO/1 para. 26 (b), which gives no wording or "
        "penalties), asked for its own words in the last of three numbered sub-questions; an NGO "
        "researcher",
    ),
    (
        "ok what are the targets in that national hiv prevention program itself like the numbers for "
        "children",
        (PC_HIV_PROGRAM,),
        "a named text the held documents mention only in passing (the National HIV Prevention Program "
        "for 2017-2020, named in the plan's CRC row 25, which only plans its monitoring), asked for its "
        "own contents; an official dictating",
    ),
    (
        "The delegate wants the article of that Act itself on residence permits for foreign children. "
        "Please read it out.",
        (TKM_FOREIGN_NATIONALS_ACT,),
        "a named text the held documents mention only in passing (Turkmenistan's Legal Status of Foreign "
        "Nationals in Turkmenistan Act of 26 March 2011, named in CRC/C/OPSC/TKM/CO/1 para. 5 (a)), "
        "asked for its own words; an interpreter",
    ),
    (
        "That cites article 9, paragraph 4, of the Optional Protocol.\n"
        "1) Is that the article on compensation?\n"
        "2) Does it apply to all child victims?\n"
        "3) Please give me the exact wording of article 9 (4) of the Protocol itself.",
        (TKM_COMPENSATION_FUND,),
        "a named text the held documents mention only in passing (article 9, paragraph 4, of the "
        "Optional Protocol, cited in CRC/C/OPSC/TKM/CO/1 para. 40 (b); the Protocol's own text is not "
        "held), asked for its own words in the last of three numbered sub-questions; an NGO researcher",
    ),
    (
        "ok what minimum age does convention 138 itself set and what does its article 2 say word for word",
        (TKM_ILO_CONVENTIONS,),
        "a named text the held documents mention only in passing (ILO Convention No. 138 concerning "
        "Minimum Age for Admission to Employment, named in CRC/C/OPSC/TKM/CO/1 para. 4 (b)), asked for "
        "its own words; an official dictating, two questions",
    ),
]

# B: the last question moves to another covered country or document; the carried-over topic is
# answered there. (question, history, country, must, may, facts, notes); units are (doc, number) pairs.
Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to the Turkmenistan observations --
    (
        "Useful. Same three points for the comparison grid:\n"
        "1) are there restrictions on NGOs,\n"
        "2) were NGOs consulted on the State's report,\n"
        "3) this time in Turkmenistan's OPSC review by the committee - what does it say?",
        (SR_PUBLIC_ASSOCIATIONS,),
        "Turkmenistan",
        u(M, 22, 23),
        u(M, 11, 17),
        ["restrictions on the work of civil society organizations", "remove restrictions"],
        "covered country named only in the last of three numbered sub-questions, which sets the scope of "
        "the other two; an NGO researcher; after a Special Rapporteur turn on Tajikistan (the Law on "
        "Public Associations); para. 22 gives the concern (restrictions, no consultation on the report), "
        "23 the recommendation",
    ),
    (
        "ok and turk men is tan what did the committee say about cases being investigated and people "
        "prosecuted there",
        (SR_FEW_INVESTIGATIONS,),
        "Turkmenistan",
        u(M, 28, 29),
        [],
        ["small number of criminal offences", "investigated effectively"],
        "covered country voice-typed ('turk men is tan'), an official dictating without punctuation; "
        "after a Special Rapporteur turn on Tajikistan (limited investigations)",
    ),
    (
        "Then the paragraph on cooperation which the committee also wrote for Turkmenistan, its "
        "neighbour - does it say the same?",
        (TJK_NEIGHBOURS,),
        "Turkmenistan",
        u(M, 43),
        [],
        ["neighbouring countries", "multilateral, regional and bilateral arrangements"],
        "covered country in a 'which' clause ('the paragraph on cooperation which the committee also "
        "wrote for Turkmenistan'); after a Tajikistan turn (cooperation with neighbouring countries)",
    ),
    (
        "Since Turkmenistan has no commissioner like that, what did the committee urge it to set up?",
        (TJK_COMMISSIONER_2016,),
        "Turkmenistan",
        u(M, 14, 15),
        [],
        ["absence of an independent national", "establish expeditiously an independent mechanism"],
        "covered country stated in a premise ('Since Turkmenistan has no commissioner like that, ...'), "
        "which para. 14 bears out; after a Tajikistan turn (the Commissioner for Children's Rights)",
    ),
    # -- to the Kazakhstan observations --
    (
        "ok and kaz ak stan same thing coordination what did the committee of the rights of the child "
        "say to them",
        (TJK_ENTITY_COORDINATING,),
        "Kazakhstan",
        u(K, 5, 6),
        u(K, 24),
        ["insufficient coordination", "periodic evaluation"],
        "covered country voice-typed ('kaz ak stan'), 'the committee of the rights of the child', an "
        "official dictating without punctuation; after a Tajikistan turn (no entity known to coordinate)",
    ),
    (
        "Thank you. The delegation of the Republic of Kazakhstan asks the same: how were people in "
        "Kazakhstan made aware, and what did the Committee think of it?",
        (TKM_AWARENESS_CHANNELS,),
        "Kazakhstan",
        u(K, 27),
        u(K, 28, 7, 8),
        ["via the radio", "targeted preventive measures"],
        "covered country by its long and short names (the Republic of Kazakhstan, Kazakhstan), an "
        "interpreter, two questions; after a Turkmenistan turn (channels of awareness-raising)",
    ),
    (
        "Since Kazakhstan hadn't built article 8 into its laws either, what did the committee ask it to "
        "change?",
        (TKM_INTERROGATIONS,),
        "Kazakhstan",
        u(K, 19, 20),
        [],
        ["article 8 of the Optional Protocol", "present his/her views"],
        "covered country stated in a premise ('Since Kazakhstan hadn't built article 8 into its laws "
        "either'), which para. 19 bears out; after a Turkmenistan turn (pressure during interrogations, "
        "para. 37, the paragraph that also finds article 8 not integrated)",
    ),
    (
        "Could you give me the passage on investigations which the committee wrote in its 2006 "
        "observations on Kazakhstan?",
        (TJK_CASES_INVESTIGATED,),
        "Kazakhstan",
        u(K, 23),
        u(K, 24),
        ["number of initiated investigations and prosecutions is scarce"],
        "covered country in a 'which' clause with the year of its review ('the passage ... which the "
        "committee wrote in its 2006 observations on Kazakhstan'); after a Tajikistan turn (no numbers "
        "of cases investigated)",
    ),
    # -- to the Tajikistan observations --
    (
        "ok and taji kistan the 2017 one did they get told the same about money budget lines",
        (TKM_NO_RESOURCE_INFO,),
        "Tajikistan",
        u(T, 16, 17),
        u(PO, 6),
        ["absence of information regarding the resources allocated", "budget lines"],
        "covered country voice-typed ('taji kistan') with the year of its review, an official dictating "
        "without punctuation; after a Turkmenistan turn (no information on resources)",
    ),
    (
        "And in the Republic of Tajikistan, eleven years later - was possession also a gap, and what was "
        "recommended?",
        (KAZ_POSSESSION,),
        "Tajikistan",
        u(T, 26, 27),
        u(T, 8, 9) + u(PO, 2),
        ["including possession", "possessing or knowingly accessing/viewing"],
        "covered country by its long name with a relative date ('eleven years later', 2017 after 2006), "
        "an interpreter, two questions; after a turn on the Republic of Kazakhstan (article 273, "
        "possession); para. 26 gives the concern, 27 (d) the recommendation",
    ),
    (
        "Thanks. For the strategy section:\n"
        "1) was the lack of a strategy a concern,\n"
        "2) what was recommended, and should it cover all children,\n"
        "3) this time in the 2017 Tajikistan review - what does it say?",
        (TKM_CONSULT_CHILDREN,),
        "Tajikistan",
        u(T, 10, 11),
        u(PO, 3),
        ["comprehensive policy and strategy", "encompassing all children"],
        "covered country named only in the last of three numbered sub-questions, which sets the scope of "
        "the other two; an NGO researcher; after a Turkmenistan turn (a comprehensive strategy made with "
        "children)",
    ),
    (
        "Please read me the follow-up paragraph which the Committee wrote for the Republic of "
        "Tajikistan - does it also mention provinces or districts?",
        (KAZ_PROVINCIAL,),
        "Tajikistan",
        u(T, 36),
        u(T, 37) + u(PC, 35),
        ["to the districts"],
        "covered country by its long name in a 'which' clause ('the follow-up paragraph which the "
        "Committee wrote for the Republic of Tajikistan'), an interpreter; after a turn on the Republic "
        "of Kazakhstan (transmission to provincial authorities)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "And in the Republic of Tajikistan, in the Special Rapporteur's report: which body coordinates "
        "action against trafficking, and does it meet often?",
        (TKM_NO_SPECIFIC_BODY,),
        "Tajikistan",
        u(S, 33),
        u(S, 85),
        ["Interministerial Commission for Combating Trafficking in Persons", "twice a year"],
        "covered document by its author ('the Special Rapporteur's report') and country by its long name, "
        "an interpreter, two questions; after a Turkmenistan turn (no specific coordinating body)",
    ),
    (
        "ok and the trafficking rapporteur on taji kistan does she say they have a hotline there who "
        "runs it",
        (TKM_HELPLINE_24H,),
        "Tajikistan",
        u(S, 77),
        [],
        ["dedicated hotline", "radio and television"],
        "covered document by its author ('the trafficking rapporteur') and country voice-typed ('taji "
        "kistan'), an official dictating, two questions; after a Turkmenistan turn (a national helpline)",
    ),
    (
        "Since the trafficking rapporteur also looked at compensation in Tajikistan, did she ask for a "
        "State fund there too?",
        (TKM_COMPENSATION_FUND,),
        "Tajikistan",
        u(S, 73, 90),
        u(S, 74, 87, 21),
        ["State fund for compensation", "State compensation fund"],
        "covered document stated in a premise ('Since the trafficking rapporteur also looked at "
        "compensation in Tajikistan, ...'); after a Turkmenistan turn (a victims' compensation fund); "
        "para. 73 gives the concern, 90 the recommendation",
    ),
    (
        "OK. For the data chapter:\n"
        "1) is there a lack of disaggregated data,\n"
        "2) is anything being done about it,\n"
        "3) this time for Tajikistan, in the UN trafficking rapporteur's report - what does she say?",
        (KAZ_DATA,),
        "Tajikistan",
        u(S, 82),
        u(S, 34) + u(T, 6, 7) + u(PC, 5) + u(PO, 1),
        ["unified database", "disaggregated data"],
        "covered document and country named only in the last of three numbered sub-questions, which "
        "sets the scope of the other two; an NGO researcher; after a Kazakhstan turn (data)",
    ),
    # -- to the national plan of action --
    (
        "And the Republic of Tajikistan - in its 2018 national plan, does it plan to join that "
        "Convention, and when?",
        (KAZ_HAGUE,),
        "Tajikistan",
        u(PC, 19),
        [],
        ["joining The Hague Convention", "2019"],
        "covered document (the plan's CRC table) and country by its long name, an interpreter, two "
        "questions; after a turn on the Republic of Kazakhstan (the Hague adoption convention)",
    ),
    (
        "ok and the tajik action plan birth registration what are they doing and by when",
        (TKM_BIRTH_REGISTRATION,),
        "Tajikistan",
        u(PC, 13),
        u(S, 50, 88),
        ["state registry", "deliveries of children at home"],
        "covered document ('the tajik action plan'; its CRC table), an official dictating, two "
        "questions; after a Turkmenistan turn (increase in birth registration)",
    ),
    (
        "Could you list the activities on street children which the government put into its own 2018 "
        "action plan?",
        (SR_STREET_SITUATIONS,),
        "Tajikistan",
        u(PC, 32),
        u(S, 91),
        ["working in the street", "children without supervision"],
        "covered document in a 'which' clause ('the activities ... which the government put into its "
        "own 2018 action plan'; its CRC table); after a Special Rapporteur turn (children in street "
        "situations)",
    ),
    (
        "Thanks. Three things for the returnees brief:\n"
        "1) is there a measure to reintegrate these children,\n"
        "2) which ministries are in charge, and for which years,\n"
        "3) this time in the Tajik government's own national plan, the armed conflict table - what "
        "does it say?",
        (SR_IRAQ_84, SR_RETURNED_FROM_CONFLICT),
        "Tajikistan",
        u(PA, 7),
        u(S, 71, 72, 87),
        ["reintegration of child victims from the armed conflicts", "MOHSPP"],
        "covered document (the plan's OPAC table) named only in the last of three numbered "
        "sub-questions, which sets the scope of the other two; an NGO researcher; after two Special "
        "Rapporteur turns (84 children from Iraq; children returned from conflict zones)",
    ),
]
