"""The fifteenth 'scope' table of the gold set (ids b001-b060), written from the documents alone.

Same shape as `gold_scope.py` to `gold_scope13.py`, with new conversations and new wordings, typed
the way three desk researchers write in a shared chat: a media-monitoring analyst working from the
morning's clippings ('Headline in today's clippings: ...', 'A wire story says ...', 'our monitoring
tool flagged ...', 'A tweet doing the rounds claims ...'), a member of parliament's assistant
preparing a written question, a speech or a visit ('The MP wants ...', 'for the MP's written
question'), and a UN Volunteer doing desk research for a country office. The premise of a question
is often a newspaper headline or a tweet ('a headline says X was slammed for this - what did the
committee actually say?'); a quotation is asked for a named date or event ('for our 20 November
op-ed', 'for 12 June, the World Day Against Child Labour', 'for the International Day of the Girl
(11 October)', 'for 1 June, Children's Day', 'for Red Hand Day (12 February)', 'for 30 July, the
World Day against Trafficking in Persons'); a 'before and after' is asked around a date the
documents do not cover (Kazakhstan's 2014 Criminal Code, Kuwait's 2015 domestic workers law, the
pandemic); a body's 'latest' or 'upcoming' session is asked for; a document is named by a wrong but
plausible symbol ('CRC/C/OPSC/TAJ/CO/1', 'CRC/C/OPSC/TM/CO/1', 'CRC/C/SR.2229', 'CRC/C/KAZ/CO/1'); a
country is named through its president (Milei, Gurbanguly Berdimuhamedov), its king (Mohammed VI),
its capital (Montevideo, Conakry, Asunci\u00f3n, Astana, Dushanbe, Ashgabat) or its currency (the
rufiyaa, the tenge); and the topic is kept while the document type is swapped ('same thing but from
the UPR', 'the shadow report version - the one children wrote themselves', 'same thing but from the
special rapporteur's visit report', 'same thing but from the government's own action plan'). One to
three earlier turns about what the index holds, each answered by quoting a document verbatim with
its reference, then a last question that moves the scope.

b001-b040 name what the index does not hold. A country, place or region: Mauritania (in a headline),
Paraguay (by its capital Asunci\u00f3n and the practice of criadazgo, in a tweet), Argentina
(through President Milei), the Maldives (through its currency, the rufiyaa), Uruguay (by its capital
Montevideo), the Dominican Republic (through the resort of Punta Cana, in a wire story), the Great
Lakes region, Kuwait (in a before-and-after around its 2015 domestic workers law), Guinea (from a UN
Volunteer in Conakry), Morocco (through King Mohammed VI and the 'petites bonnes'). A body, agency,
NGO, mandate, person or website the documents never name: UNDP and its Human Development Report,
Freedom House, upr-info.org, the Universal Human Rights Index (uhri.ohchr.org), Mikiko Otani,
Pramila Patten, the Special Rapporteur on contemporary forms of racism ('the UN's racism
rapporteur'), the Norwegian Helsinki Committee, the Inter-Parliamentary Union and the European
Parliament. A session, period or event: the Committee's 'latest' session (for Kazakhstan) and its
'upcoming' one (for Tajikistan), a before-and-after of victims identified in 2019 and 2023, the
Rapporteur's statement for 30 July 2022, and Gorno-Badakhshan (Khorog) after the unrest of May 2022,
after the report's date. A document or kind of document not held: CRC/C/SR.2229 (a wrong guess at a
second meeting of the Tajikistan dialogue), 'CRC/C/KAZ/CO/1' (a wrong symbol for the 2003
observations, which are CRC/C/15/Add.213 and not held either), a report children in Kazakhstan wrote
themselves, an op-ed by the Rapporteur, and a list of issues prior to reporting for Tajikistan.
Something past the end of a held document: a section D of CRC/C/OPSC/KAZ/CO/1 (its sections are A, B
and C, C.1 to C.8), sub-paragraph 18 (f) of CRC/C/OPSC/TJK/CO/1, sub-paragraph 27 (c) of
CRC/C/OPSC/TKM/CO/1, a sub-section C of section VIII of A/HRC/50/33/Add.1 (VIII has A and B only), a
sixth activity under the plan's CRC row 16 (which has five). A text the documents mention only in
passing, asked for its own words or contents: Turkmenistan's Legal Status of Foreign Nationals in
Turkmenistan Act and its Social Security Code (CRC/C/OPSC/TKM/CO/1 para. 5 (a)), the ILO Abolition
of Forced Labour Convention, 1957 (No. 105) and the 1949 Convention for the Suppression of the
Traffic in Persons (A/HRC/50/33/Add.1 para. 28), and the United Nations Convention against
Transnational Organized Crime (CRC/C/OPSC/KAZ/CO/1 para. 16 (c)). The answer must decline and cite
nothing.

b041-b060 move to another covered country or document and carry the topic over: to the Tajikistan
observations (data, after a headline naming Dushanbe; the communications procedure, under the wrong
symbol 'CRC/C/OPSC/TAJ/CO/1'; a line on making the Protocol known to parents and children for a 20
November op-ed; research on the scale, after a tweet); to the Kazakhstan observations (budget
allocations, through the tenge; coordination and evaluation, through Astana; the Criminal Code
'before' the 2014 code; the trafficking Protocol, after a tweet); to the Turkmenistan observations
(civil society, through Gurbanguly Berdimuhamedov; the 2005 cotton decree, for 12 June and through
Ashgabat; possession of child pornography, after a headline; extradition, under the wrong symbol
'CRC/C/OPSC/TM/CO/1'); to A/HRC/50/33/Add.1 (compensation, 'same thing but from the special
rapporteur's visit report'; girls' schooling for the International Day of the Girl; the Dushanbe
shelter, after a tweet; Afghans turned back at the border, after a headline); to the plan (forced
labour in the cotton harvest, 'same thing but from the government's own action plan'; the child's
opinion, for 1 June; birth registration, for an MP's written question; reintegration of child
victims of armed conflict, for Red Hand Day).

Countries, places, regions, bodies, persons, websites and named texts were checked against
`gold_scope.py` to `gold_scope13.py` (read as text: questions, turns and notes): none asked about
here is asked about there. Mauritania, Paraguay, Argentina, the Maldives, Uruguay, the Dominican
Republic, Kuwait, Guinea and Morocco, the Great Lakes region, Asunci\u00f3n, Montevideo, Punta Cana,
Conakry, Khorog and Gorno-Badakhshan appear in no earlier table; neither do UNDP, Freedom House,
upr-info.org, uhri.ohchr.org, Mikiko Otani, Pramila Patten, Javier Milei, Mohammed VI, the racism
mandate, the Norwegian Helsinki Committee, the Inter-Parliamentary Union or the European Parliament,
nor the Legal Status of Foreign Nationals Act, the Social Security Code, ILO Convention No. 105, the
1949 Convention or the Organized Crime Convention as texts asked for. The UPR as a mechanism was
asked in earlier tables; here only a website's database of its recommendations is asked (b013); a
shadow report was asked for Turkmenistan in an earlier table, here a report written by children for
Kazakhstan (b028). Khorog and Gorno-Badakhshan lie in the covered Tajikistan but are named in no
held document. The sections, sub-paragraphs and activities past the end are new (earlier tables used
KAZ section C.9, TJK 19 (f), TKM 17 (c), a section IX and a second footnote of A/HRC/50/33/Add.1,
and activities past the end of other rows). Of the covered cities, Dushanbe, Astana and Ashgabat
were named in earlier tables; here they name the covered country of a move, as does the tenge. This
table was written without sight of `gold_scope14.py`, written at the same time in another branch.

Counts, read from data/corpus: CRC/C/OPSC/TJK/CO/1 has 38 paragraphs in sections I-X (para. 18 stops
at (e)), CRC/C/OPSC/KAZ/CO/1 32 in sections A, B and C (C.1-C.8), CRC/C/OPSC/TKM/CO/1 47 in sections
I-XI (para. 27 stops at (b)), A/HRC/50/33/Add.1 92 in sections I-VIII (VIII has A, 'Conclusions',
and B, 'Recommendations'); the plan's tables have 35 (CRC), 11 (OPSC) and 10 (OPAC) rows, and its
CRC row 16 has five activities.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

Turn = tuple[str, str]

# --- earlier turns: a real question and a short answer quoting the document verbatim ---

# CRC/C/OPSC/TJK/CO/1
TJK_CONSIDERED_2228: Turn = (
    "desk research for the country office: when did the committee sit down with tajikistan on this "
    "protocol?",
    'At one meeting in September 2017: "The Committee considered the report of Tajikistan '
    '(CRC/C/OPSC/TJK/1) at its 2228th meeting (see CRC/C/SR.2228), held on 14 September 2017" '
    "(CRC/C/OPSC/TJK/CO/1, para. 1)",
)
TJK_CHILD_SPOUSES: Turn = (
    "MP's office here. which children does the committee want tajikistan to target for prevention?",
    'Several groups; it recommends that the State party "Adopt comprehensive and targeted '
    "protection and prevention measures and programmes for those children at risk of falling "
    "victim to offences under the Optional Protocol, including children living in poverty, "
    "children engaged in child labour, child victims of prostitution, child spouses and children "
    'living in street situations;" (CRC/C/OPSC/TJK/CO/1, para. 19 (a))',
)
TJK_BUDGET_LINES: Turn = (
    "did the committee say anything to tajikistan about money for all this?",
    '"The Committee recommends that the State party identify budget lines for the implementation '
    "of the Optional Protocol, ensuring the allocation of adequate resources, and present "
    'information in that regard in its next periodic report to the Committee." '
    "(CRC/C/OPSC/TJK/CO/1, para. 17)",
)
TJK_WHO_COORDINATES: Turn = (
    "media monitoring q: who runs the show on this protocol in tajikistan, according to the "
    "committee?",
    'It could not tell: "The Committee is concerned, however, at the lack of information about the '
    'entity in charge of coordinating the implementation of the Optional Protocol." '
    "(CRC/C/OPSC/TJK/CO/1, para. 12)",
)
TJK_EXTRATERRITORIAL: Turn = (
    "can tajikistan go after its own nationals who abuse children abroad? what did the committee "
    "say",
    'Not for every offence: "The Committee regrets that national legislation on extraterritorial '
    "jurisdiction does not cover all the offences under the Optional Protocol and that extradition "
    'is subject to the principle of double criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_NO_TREATY: Turn = (
    "and where there's no extradition treaty with the other country?",
    'Then the Protocol itself: "The Committee encourages the State party to consider the Optional '
    'Protocol as the basis for extradition in the absence of a treaty or an agreement." '
    "(CRC/C/OPSC/TJK/CO/1, para. 31)",
)
TJK_COTTON_CONCERN: Turn = (
    "our clippings mention cotton. is the cotton harvest in the 2017 tajik review?",
    'Yes, as a gap in information: "The Committee is concerned at the limited information provided '
    "to it on the measures adopted by the State party to eliminate child forced labour, "
    'particularly in the annual cotton harvest." (CRC/C/OPSC/TJK/CO/1, para. 20)',
)
TJK_FORCED_LABOUR_AGRICULTURE: Turn = (
    "and what was tajikistan told to do about it?",
    'To act on forced labour in farming: "The Committee recommends that the State party adopt '
    "appropriate measures to prevent the sale of children for the purpose of child forced labour, "
    "particularly in the agriculture sector, and that it effectively enforce the legal framework "
    'prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
TJK_LYULI: Turn = (
    "which minority children does the tajik review name?",
    "Roma children, among others: the Committee regrets the insufficient information on "
    'prevention, "particularly children in vulnerable situations, including Roma children (Mughat '
    'and Lyuli), as well as refugee children." (CRC/C/OPSC/TJK/CO/1, para. 24)',
)
TJK_REFUGEE_CHILDREN: Turn = (
    "were refugee kids in tajikistan on the committee's radar?",
    'Yes; it recommends measures "to prevent and protect all groups of children in a vulnerable '
    "situation, including Roma children, migrant and refugee children, from becoming potential "
    'victims of offences under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_REMEDIES_INFO: Turn = (
    "is compensation for child victims in the tajik review at all?",
    'As a concern: "Information on compensation and any other remedies for child victims of '
    'offences under the Optional Protocol are insufficient;" (CRC/C/OPSC/TJK/CO/1, para. 32 (c))',
)
TJK_TO_PARLIAMENT: Turn = (
    "I work for an MP. does the committee want parliament involved in the follow-up in tajikistan?",
    'Yes; it recommends full implementation, "including by transmitting them to members of the '
    'national parliament and to the districts for appropriate consideration and further action." '
    "(CRC/C/OPSC/TJK/CO/1, para. 36)",
)
TJK_NEXT_REPORT: Turn = (
    "where does tajikistan have to report back on all this?",
    'In its next Convention report: the Committee asks for further information "in its next '
    'periodic report to be submitted in accordance with article 44 of the Convention." '
    "(CRC/C/OPSC/TJK/CO/1, para. 38)",
)
TJK_ROOT_CAUSES_18E: Turn = (
    "what's the last concern in the committee's prevention list for tajikistan?",
    'Root causes: "Measures to identify and address the root causes and incidence of offences '
    'under the Optional Protocol remain limited." (CRC/C/OPSC/TJK/CO/1, para. 18 (e))',
)

# CRC/C/OPSC/KAZ/CO/1
KAZ_SCHOOL_CURRICULA: Turn = (
    "did the committee want kids in kazakhstan taught about the protocol at school?",
    'Yes; it recommends that the State party "make the provisions of the Optional Protocol widely '
    'known, particularly to children through, inter alia, school curricula." (CRC/C/OPSC/KAZ/CO/1, '
    "para. 8)",
)
KAZ_FOREIGN_SHELTER: Turn = (
    "what about foreign victims in kazakhstan - somewhere safe to stay?",
    'That is the last of the measures the Committee urges: "Access to shelter and temporary '
    'residence permission for foreign trafficking victims during the investigation period." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 22 (g))",
)
KAZ_ARTICLE_273: Turn = (
    "kazakh criminal code and child abuse images - any gap, per the committee?",
    'Yes: "Article 273 of the Criminal Code does not explicitly prohibit possession of child '
    'pornography (art. 3 (1) (ii) (c));" (CRC/C/OPSC/KAZ/CO/1, para. 15 (c))',
)
KAZ_VIEWS_IN_COURT: Turn = (
    "does the kazakh review say a child victim should be heard?",
    'In criminal proceedings, yes: it asks for amendments paying special attention to "the right '
    "of the child victim to present his/her views, needs and concerns in a criminal procedure "
    'against the alleged perpetrator" (CRC/C/OPSC/KAZ/CO/1, para. 20)',
)
KAZ_CONSIDERED_1084: Turn = (
    "when was kazakhstan's report under this protocol examined?",
    'In January 2006: "The Committee considered the initial report of Kazakhstan '
    '(CRC/C/OPSC/KAZ/1) at its 1084th meeting (see CRC/C/SR.1084), held on 11 January 2006" '
    "(CRC/C/OPSC/KAZ/CO/1, para. 1)",
)
KAZ_EARLIER_2003: Turn = (
    "do the 2006 kazakh obs point back to anything older?",
    'Yes, to the Convention review of 2003: they should be read with "its previous concluding '
    "observations adopted on the State party\u2019s initial report on 6 June 2003 contained in "
    'CRC/C/15/Add.213." (CRC/C/OPSC/KAZ/CO/1, para. 3)',
)
KAZ_REACH_CHILDREN: Turn = (
    "who was the kazakh review supposed to reach?",
    "Everyone, children included: the Committee recommends that the report, replies and "
    'observations "be made widely available, including through the Internet (but not exclusively), '
    "to the public at large, civil society organizations, youth groups, professional groups and "
    'children" (CRC/C/OPSC/KAZ/CO/1, para. 31)',
)
KAZ_NEXT_REPORT_2006: Turn = (
    "what's the very last paragraph of the kazakhstan document about?",
    'The next report, under C.8: the Committee asks for further information "in its next periodic '
    "report under the Convention on the Rights of the Child due, in accordance with article 44 of "
    'the Convention, on 10 September 2006." (CRC/C/OPSC/KAZ/CO/1, para. 32)',
)
KAZ_PALERMO_16C: Turn = (
    "which treaties did the committee want kazakhstan to ratify?",
    'Four, among them "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, '
    "Especially Women and Children, supplementing the United Nations Convention against "
    'Transnational Organized Crime (2000)" (CRC/C/OPSC/KAZ/CO/1, para. 16 (c))',
)

# CRC/C/OPSC/TKM/CO/1
TKM_STATISTICS: Turn = (
    "what did the committee say about statistics in turkmenistan?",
    '"The Committee regrets the lack of statistical data disaggregated by, inter alia, sex, age, '
    "national and ethnic origin, geographical location and socioeconomic status, on issues covered "
    'by the Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 6)',
)
TKM_COMPLAINTS_PROTOCOL: Turn = (
    "was turkmenistan asked to join the children's complaints protocol?",
    'Yes: "The Committee recommends that the State party ratify the Optional Protocol to the '
    'Convention on the Rights of the Child on a communications procedure" (CRC/C/OPSC/TKM/CO/1, '
    "para. 44)",
)
TKM_RESEARCH_FIRST: Turn = (
    "did the committee want turkmenistan to study the problem before acting?",
    'Among other things; it encourages the State party to "Undertake research on the extent and '
    "root causes of the exploitation of children, including forced labour, prostitution and "
    'pornography, in order to identify children at risk and assess the extent of the problem;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 25 (a))",
)
TKM_ARTICLE_129: Turn = (
    "which turkmen criminal code articles did the committee flag?",
    'Two by number; the first: "Article 129 of the Criminal Code does not cover sufficiently the '
    'sale of children for the purpose of forced labour" (CRC/C/OPSC/TKM/CO/1, para. 26 (a))',
)
TKM_NGO_RESTRICTIONS: Turn = (
    "what did the committee say about NGOs in turkmenistan?",
    'That they are hemmed in; it "remains concerned at reports of restrictions on the work of '
    'civil society organizations, including those working on children\u2019s rights." '
    "(CRC/C/OPSC/TKM/CO/1, para. 22)",
)
TKM_COMPENSATION_FUND: Turn = (
    "did the committee want a compensation fund in turkmenistan?",
    'Yes; it recommends that the State party "establish a victims\u2019 compensation fund for '
    'those cases where victims cannot obtain compensation from the perpetrator;" '
    "(CRC/C/OPSC/TKM/CO/1, para. 40 (b))",
)
TKM_COTTON_DECREE: Turn = (
    "what did the committee welcome on cotton in turkmenistan?",
    'A decree: the "2005 presidential decree that bans child labour in all sectors, specifying '
    'that children are not permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, '
    "para. 5 (b))",
)
TKM_INTERNET_STUDY_27B: Turn = (
    "what's the committee's second recommendation on the turkmen criminal code?",
    'A study of the Internet: "Conduct a thorough study of the use of the Internet for the '
    "dissemination of child pornography or other forms of sexual exploitation (e.g. recruitment "
    "for prostitution) and introduce specific legal provisions to combat this phenomenon, "
    'including the full mandatory cooperation of Internet providers in this regard." '
    "(CRC/C/OPSC/TKM/CO/1, para. 27 (b))",
)
TKM_FOREIGN_NATIONALS_ACT: Turn = (
    "does the turkmen review mention any law on foreigners?",
    'One, in the list of legislation it welcomes: "the Legal Status of Foreign Nationals in '
    'Turkmenistan Act (26 March 2011)" (CRC/C/OPSC/TKM/CO/1, para. 5 (a))',
)
TKM_SOCIAL_SECURITY_CODE: Turn = (
    "is there anything on welfare law in the turkmen review?",
    'Only a name in the list of laws welcomed, which includes "the Social Security Code (17 March '
    '2007)" (CRC/C/OPSC/TKM/CO/1, para. 5 (a))',
)

# A/HRC/50/33/Add.1
SR_DOMESTIC_SERVICE: Turn = (
    "media scan: does the trafficking rapporteur say anything about domestic service inside "
    "tajikistan?",
    'She names it among the sectors at risk: "More attention must be given to prevent risks of '
    "internal trafficking within Tajikistan for forced labour, in particular in sectors such as "
    'construction, mining, agriculture and domestic service." (A/HRC/50/33/Add.1, para. 40)',
)
SR_RECRUITERS_15: Turn = (
    "how many recruitment agencies are there in tajikistan, per the rapporteur?",
    'More than fifteen: she "received reports that more than 15 recruitment agencies operate '
    'within the State" (A/HRC/50/33/Add.1, para. 38)',
)
SR_GULF_DESTINATIONS: Turn = (
    "which gulf countries does the rapporteur name?",
    'Three, as destinations where consular protection is limited, "in particular for migrant women '
    "workers in the Gulf region, in destination countries including Qatar, Saudi Arabia and the "
    'United Arab Emirates." (A/HRC/50/33/Add.1, para. 68)',
)
SR_GIRLS_DROPOUT: Turn = (
    "UNV desk research: what does the rapporteur say about girls leaving school in tajikistan?",
    '"Gender inequality in education, the low school enrolment rate among girls, especially in '
    "remote areas, and the higher secondary school dropout rate among girls, contribute to the "
    'risks of exploitation." (A/HRC/50/33/Add.1, para. 44)',
)
SR_RURAL_GIRLS: Turn = (
    "who does the rapporteur say is most exposed in rural tajikistan?",
    '"In particular, rural women and girls, female-headed households of families of male migrant '
    'workers, widows and divorced women are especially vulnerable to exploitation" '
    "(A/HRC/50/33/Add.1, para. 15)",
)
SR_COVID_REMITTANCES: Turn = (
    "did covid hit remittances to tajikistan? what does the rapporteur say",
    'Yes: "The COVID-19 pandemic has had a significant impact on remittances from migrant workers '
    'and on household income." (A/HRC/50/33/Add.1, para. 18)',
)
SR_PUBLIC_ASSOCIATIONS_LAW: Turn = (
    "parliament researcher here: does the rapporteur mention tajikistan's NGO law?",
    'Yes; she warns that "the amendments to the Law on Public Associations, adopted in July 2015 '
    "and January 2019, may undermine the ability of non-governmental organizations, including "
    "specialized non-governmental organizations supporting victims of trafficking, to carry out "
    'their work effectively." (A/HRC/50/33/Add.1, para. 75)',
)
SR_REPRISALS: Turn = (
    "any recommendation on protecting lawyers who help trafficking victims?",
    'One: "Investigate reprisals against human rights defenders, civil society organizations and '
    'lawyers working with victims of trafficking." (A/HRC/50/33/Add.1, para. 89 (c))',
)
SR_IRAQ_84: Turn = (
    "were any tajik children brought back from the conflict zones?",
    'Yes: "The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_CAMPS_COMMITMENT: Turn = (
    "is tajikistan bringing its women and children home from the camps, per the rapporteur?",
    'It has committed to: "The Special Rapporteur welcomes the commitment by the Government to '
    "repatriate Tajik women and children who are currently in camps in the Syrian Arab Republic, "
    'in particular from Al Hol camp." (A/HRC/50/33/Add.1, para. 71)',
)
SR_LOW_IDENTIFICATION: Turn = (
    "does the rapporteur give numbers on victims identified?",
    'No figures, only a concern: "The Special Rapporteur is concerned about the low numbers of '
    "victims identified and provided with assistance by the State, in particular during the "
    'COVID-19 pandemic." (A/HRC/50/33/Add.1, para. 55)',
)
SR_VISIT_DECEMBER: Turn = (
    "when did the trafficking rapporteur go to tajikistan?",
    'In December 2021: she "conducted an official visit to the country, from 7 to 16 December '
    '2021" (A/HRC/50/33/Add.1, para. 1)',
)
SR_PLACES_VISITED: Turn = (
    "where did she go apart from the capital?",
    'The Afghan border and one city: "In addition to visiting Dushanbe, the Special Rapporteur '
    "visited the border area with Afghanistan, specifically the border point of Panji Poyon, and "
    'met with border guards. She also visited the city of Bokhtar." (A/HRC/50/33/Add.1, para. 3)',
)
SR_SHELTER_NOT_SHOWN: Turn = (
    "did they let her see the shelter?",
    'No: "She regrets that a visit to the State-run shelter for victims of trafficking in persons '
    'was not facilitated during her stay in Dushanbe" (A/HRC/50/33/Add.1, para. 4)',
)
SR_BIRTH_REGISTRATION: Turn = (
    "is birth registration in the rapporteur's report?",
    'Yes; she "commends the ongoing efforts to reduce statelessness and to ensure the birth '
    "registration of all children, the latter of which is an important measure to reduce the risks "
    'of trafficking of children." (A/HRC/50/33/Add.1, para. 50)',
)
SR_PROTOCOL_2002: Turn = (
    "when did tajikistan join the UN trafficking protocol?",
    'In 2002: "Tajikistan ratified the Protocol to Prevent, Suppress and Punish Trafficking in '
    "Persons, Especially Women and Children (Trafficking in Persons Protocol), supplementing the "
    'United Nations Convention against Transnational Organized Crime, in 2002." '
    "(A/HRC/50/33/Add.1, para. 28)",
)
SR_C105: Turn = (
    "which ILO forced labour conventions is tajikistan party to?",
    'The report lists, among others, "ILO Forced Labour Convention, 1930 (No. 29) and the Protocol '
    'thereto; ILO Abolition of Forced Labour Convention, 1957 (No. 105)" (A/HRC/50/33/Add.1, para. '
    "28)",
)
SR_1949_CONVENTION: Turn = (
    "is tajikistan party to the old 1949 trafficking convention?",
    'Yes, it is on the list of treaties in the report: "Convention for the Suppression of the '
    'Traffic in Persons and of the Exploitation of the Prostitution of Others (1949)" '
    "(A/HRC/50/33/Add.1, para. 28)",
)
SR_CLOSING_CONCLUSION: Turn = (
    "how does the conclusions part of the report end?",
    'With internal trafficking: "As highlighted above, attention is urgently needed to address '
    'internal trafficking, in particular for purposes of sexual exploitation, within Tajikistan." '
    "(A/HRC/50/33/Add.1, para. 84)",
)

# The national plan of action 2018-2022 (three tables)
PC_GIRLS_ENROLMENT: Turn = (
    "what does the tajik plan promise on girls' education?",
    'Row 27 includes "Enrolment of girls at all levels of education, including secondary and '
    'higher vocational education, and paying more attention to the empowerment of girls" (National '
    "Plan of Action 2018-2022 (CRC), row 27)",
)
PC_VIOLENCE_FIFTH: Turn = (
    "what's the last activity under row 16 (violence against children)?",
    'The fifth: "Support children of victims of violence through provision of adequate services '
    "and counselling, coordination of the work of the support centres, centres or medical social "
    'rehabilitation of the victims." (National Plan of Action 2018-2022 (CRC), row 16)',
)
PA_EXTREMIST_GROUPS: Turn = (
    "anything in the plan about children joining armed groups?",
    'Row 5 of the OPAC table: "Development of a strategy to prevent children from joining '
    'extremist and radical movements and military groups" (National Plan of Action 2018-2022 '
    "(OPAC), row 5)",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country, place or region the index does not hold --
    (
        "Headline in today's clippings: 'UN rights experts slam Mauritania over child domestic "
        "servitude'. What did the committee actually say to Mauritania?",
        (SR_DOMESTIC_SERVICE,),
        "uncovered country in a newspaper headline quoted as the premise (Mauritania), a "
        "media-monitoring analyst; after a Special Rapporteur turn (internal trafficking in "
        "domestic service)",
    ),
    (
        "A tweet doing the rounds claims the committee told Asunci\u00f3n to 'end criadazgo once and "
        "for all' (kids handed over to families as unpaid house help). Can you find that "
        "paragraph?",
        (TJK_CHILD_SPOUSES,),
        "uncovered country by its capital with its accent (Asunci\u00f3n, Paraguay) and a practice "
        "named in its own language (criadazgo), in a tweet quoted as the premise; after a "
        "Tajikistan turn (children at risk, including children engaged in child labour)",
    ),
    (
        "The MP wants a contrast with President Milei's cuts. Has the committee told his "
        "government anything about protecting the budget for child protection?",
        (TJK_WHO_COORDINATES, TJK_BUDGET_LINES),
        "uncovered country named only through its president (President Milei, Argentina), an MP's "
        "assistant; after two Tajikistan turns (no information on the coordinating entity; budget "
        "lines for the Protocol)",
    ),
    (
        "monitoring hit: 'recruiter fined 75,000 rufiyaa over fake resort jobs'. what has the UN "
        "said to the country that pays in rufiyaa about licensing recruitment agencies?",
        (SR_RECRUITERS_15,),
        "uncovered country named only through its currency ('the country that pays in rufiyaa', "
        "the Maldives), a monitoring hit quoted as the premise; after a Special Rapporteur turn "
        "(recruitment agencies in Tajikistan)",
    ),
    (
        "The MP is in Montevideo next week for a school visit. Did the committee tell the "
        "government there to put the protocol into the curriculum as well?",
        (KAZ_SCHOOL_CURRICULA,),
        "uncovered country by its capital, then 'the government there' (Montevideo, Uruguay), an "
        "MP's assistant; after a Kazakhstan turn (the Protocol in school curricula)",
    ),
    (
        "A wire story says resorts around Punta Cana draw foreign men who abuse children and fly "
        "home. What has the committee told the Dominican authorities about prosecuting them?",
        (TJK_EXTRATERRITORIAL,),
        "uncovered country by a resort town and an adjective (Punta Cana; 'the Dominican "
        "authorities', the Dominican Republic), in a wire story quoted as the premise; after a "
        "Tajikistan turn (extraterritorial jurisdiction)",
    ),
    (
        "For a UNV desk review on the Great Lakes region: what has the committee said there about "
        "children recruited into armed groups, country by country?",
        (PA_EXTREMIST_GROUPS,),
        "uncovered region (the Great Lakes region of Africa), a UN Volunteer asking for a list by "
        "country; after a plan (OPAC table) turn (children joining extremist and military groups)",
    ),
    (
        "Kuwait isn't on that list. Our analyst wants a before-and-after: what did the UN say "
        "about how Kuwait treats domestic workers before and after its 2015 domestic workers law?",
        (SR_GULF_DESTINATIONS,),
        "uncovered country (Kuwait, absent from the Gulf destinations A/HRC/50/33/Add.1 para. 68 "
        "names) asked as a before-and-after around a date the documents do not cover (its 2015 "
        "domestic workers law); after a Special Rapporteur turn (Gulf destination countries)",
    ),
    (
        "I'm a UN Volunteer in Conakry doing desk research for the country office. What has the "
        "committee told Guinea about girls dropping out of school and being married early?",
        (SR_RURAL_GIRLS, SR_GIRLS_DROPOUT),
        "uncovered country by its capital and its name (Conakry, Guinea), a UN Volunteer; after "
        "two Special Rapporteur turns (rural women and girls; girls' school dropout in Tajikistan)",
    ),
    (
        "Our media scan picked up a feature on the 'petites bonnes', village girls placed as maids "
        "in city homes. Has the UN told King Mohammed VI's government anything about them?",
        (SR_RURAL_GIRLS,),
        "uncovered country named only through its king (King Mohammed VI, Morocco) and a local "
        "term ('petites bonnes'), a media-monitoring analyst; after a Special Rapporteur turn "
        "(rural women and girls especially vulnerable)",
    ),
    # -- a body, agency, NGO, mandate, person or website the documents never name --
    (
        "The MP wants the UNDP number, not the rapporteur's: what does UNDP's latest Human "
        "Development Report say about how far remittances to Tajikistan fell in 2020?",
        (SR_COVID_REMITTANCES,),
        "uncovered agency and its own report (UNDP's Human Development Report), never mentioned, "
        "asked for its 'latest' figure; an MP's assistant; after a Special Rapporteur turn (the "
        "pandemic's impact on remittances)",
    ),
    (
        "A headline quotes Freedom House calling Turkmenistan one of the 'worst of the worst'. "
        "What does Freedom House's own report say about NGOs that work on children?",
        (TKM_NGO_RESTRICTIONS,),
        "uncovered NGO and its own report (Freedom House), never mentioned, in a headline quoted "
        "as the premise; after a Turkmenistan turn (restrictions on civil society organizations)",
    ),
    (
        "same thing but from the UPR: what does upr-info.org's database list as recommendations to "
        "kazakhstan on shelters for foreign victims?",
        (KAZ_FOREIGN_SHELTER,),
        "topic kept and the document type swapped ('same thing but from the UPR'), asked of a "
        "website's database (upr-info.org), never mentioned; no UPR document is held; after a "
        "Kazakhstan turn (shelter for foreign trafficking victims)",
    ),
    (
        "uhri.ohchr.org seems to show that fund being recommended to turkmenistan again in a newer "
        "review. what does the newer recommendation say, word for word?",
        (TKM_COMPENSATION_FUND,),
        "uncovered website (the Universal Human Rights Index, uhri.ohchr.org), never mentioned, "
        "and a newer review it points to, not held; after a Turkmenistan turn (a victims' "
        "compensation fund)",
    ),
    (
        "A 2017 tweet quotes Mikiko Otani, who I think sat on the committee then, on children in "
        "Tajikistan's cotton fields. What exactly did she say?",
        (TJK_COTTON_CONCERN,),
        "uncovered person (Mikiko Otani), never named in the documents, asked for her own words "
        "from a tweet quoted as the premise; after a Tajikistan turn (the cotton harvest)",
    ),
    (
        "Has Pramila Patten said anything about the Tajik women and children still held in those "
        "camps? The MP would like her words, not the rapporteur's.",
        (SR_CAMPS_COMMITMENT,),
        "uncovered person (Pramila Patten), never named in the documents, asked for her own words; "
        "A/HRC/50/33/Add.1 para. 71 speaks of the camps but quotes no one; an MP's assistant; "
        "after a Special Rapporteur turn (the commitment to repatriate women and children from "
        "camps)",
    ),
    (
        "Did the UN's racism rapporteur ever write about how Lyuli children are treated in "
        "Tajikistan? A media scan turned up a reference but no link.",
        (TJK_LYULI,),
        "uncovered mandate by an informal name ('the UN's racism rapporteur', the Special "
        "Rapporteur on contemporary forms of racism), never mentioned; after a Tajikistan turn "
        "(Roma children, Mughat and Lyuli)",
    ),
    (
        "A tweet from the Norwegian Helsinki Committee says lawyers for trafficking victims in "
        "Tajikistan were threatened. Does their report name the cases?",
        (SR_REPRISALS,),
        "uncovered NGO and its own report (the Norwegian Helsinki Committee), never mentioned, in "
        "a tweet quoted as the premise; after a Special Rapporteur turn (investigating reprisals "
        "against lawyers)",
    ),
    (
        "Has the Inter-Parliamentary Union published a handbook telling MPs how to follow up "
        "recommendations like these? What does it advise?",
        (TJK_TO_PARLIAMENT,),
        "uncovered body and its own text (the Inter-Parliamentary Union's handbook for "
        "parliamentarians), never mentioned; an MP's assistant; after a Tajikistan turn "
        "(transmitting the observations to the national parliament)",
    ),
    (
        "An MEP tweeted that the European Parliament passed a resolution on forced labour in "
        "Turkmen cotton. What does that resolution say about children?",
        (TJK_COTTON_CONCERN, TKM_COTTON_DECREE),
        "uncovered body and its own text (a European Parliament resolution), never mentioned, in a "
        "tweet quoted as the premise; after a Tajikistan turn (the cotton harvest) and a "
        "Turkmenistan turn (the 2005 cotton decree)",
    ),
    # -- a session, period or event the index does not cover --
    (
        "Our monitoring tool flagged 'CRC' and 'Kazakhstan' in the same headline this week. Did "
        "the committee's latest session take up Kazakhstan, and what did it say?",
        (KAZ_CONSIDERED_1084, KAZ_NEXT_REPORT_2006),
        "uncovered session asked as the Committee's 'latest' (after the documents' dates; the held "
        "Kazakhstan observations are of January 2006), a headline as the premise, two questions; "
        "after two Kazakhstan turns (consideration at the 1084th meeting; next report due in 2006)",
    ),
    (
        "Is Tajikistan on the agenda for the committee's upcoming session? What is it expected to "
        "be asked about the cotton harvest?",
        (TJK_CONSIDERED_2228, TJK_COTTON_CONCERN, TJK_FORCED_LABOUR_AGRICULTURE),
        "uncovered session asked as the Committee's 'upcoming' one, after the documents' dates; "
        "two questions; after three Tajikistan turns (the 2017 consideration; the cotton harvest; "
        "forced labour in agriculture)",
    ),
    (
        "For a before-and-after chart: how many victims were identified in 2019, before the "
        "pandemic, and in 2023, after it?",
        (SR_LOW_IDENTIFICATION,),
        "uncovered years (2019 and 2023) around an event, asked as a before-and-after; "
        "A/HRC/50/33/Add.1 para. 55 gives no figures for any year; after a Special Rapporteur turn "
        "(low numbers of victims identified)",
    ),
    (
        "For 30 July, the World Day against Trafficking in Persons: what did she say in her "
        "statement for that day in 2022? quote pls",
        (SR_VISIT_DECEMBER,),
        "uncovered statement for a named date (the Rapporteur's statement for the World Day "
        "against Trafficking in Persons, 30 July 2022), never held; after a Special Rapporteur "
        "turn (the December 2021 visit)",
    ),
    (
        "So she didn't go to Khorog. Did the UN say anything about trafficking risks for children "
        "in Gorno-Badakhshan after the unrest there in May 2022?",
        (SR_VISIT_DECEMBER, SR_PLACES_VISITED),
        "uncovered region and event after the documents' dates (Gorno-Badakhshan and its capital "
        "Khorog after May 2022; A/HRC/50/33/Add.1 is dated 5 May 2022 and names neither); after "
        "two Special Rapporteur turns (visit dates; places visited)",
    ),
    # -- a document or kind of document not held --
    (
        "I think the dialogue ran over two meetings. Can you pull up CRC/C/SR.2229 as well - what "
        "did the delegation say there?",
        (TJK_CONSIDERED_2228,),
        "uncovered symbol, a wrong but plausible guess at a second meeting of the dialogue "
        "(CRC/C/SR.2229; CRC/C/OPSC/TJK/CO/1 para. 1 names only the 2228th meeting for the "
        "dialogue and the 2251st for adoption, and neither record is held)",
    ),
    (
        "Our briefing file calls those 2003 ones CRC/C/KAZ/CO/1. What did CRC/C/KAZ/CO/1 say about "
        "juvenile justice?",
        (KAZ_EARLIER_2003,),
        "uncovered document under a wrong but plausible symbol ('CRC/C/KAZ/CO/1' for the 2003 "
        "observations, which the held text calls CRC/C/15/Add.213; neither is held); an MP's "
        "assistant; after a Kazakhstan turn (read with the 2003 observations)",
    ),
    (
        "and the shadow report version - the one children wrote themselves? did kids in kazakhstan "
        "send the committee their own report, and what did it say?",
        (KAZ_SCHOOL_CURRICULA, KAZ_REACH_CHILDREN),
        "topic kept and the document type swapped ('the shadow report version'): a report written "
        "by children for the Kazakhstan review, not held; two questions; after two Kazakhstan "
        "turns (the Protocol in school curricula; dissemination to children)",
    ),
    (
        "A clipping says she wrote an op-ed for a Central Asian outlet after the trip, repeating "
        "the complaint about the shelter. What did the op-ed say?",
        (SR_SHELTER_NOT_SHOWN,),
        "document kind not held (an op-ed by the Special Rapporteur), a clipping as the premise; "
        "after a Special Rapporteur turn (the shelter visit not facilitated)",
    ),
    (
        "Has the committee sent Tajikistan a list of issues prior to reporting for that next "
        "report? What does it ask about the protocol?",
        (TJK_NEXT_REPORT,),
        "document kind not held (a list of issues prior to reporting for Tajikistan's next "
        "periodic report), after the documents' dates; two questions; after a Tajikistan turn (the "
        "next report, para. 38)",
    ),
    # -- a section, sub-paragraph or activity past the end of a held document --
    (
        "The headings run A, B, C and then C.1 to C.8. Is there a section D after that? Please "
        "quote its first paragraph for the MP.",
        (KAZ_NEXT_REPORT_2006,),
        "nonexistent section (D) of CRC/C/OPSC/KAZ/CO/1, whose sections are A, B and C (C.1 to "
        "C.8); an MP's assistant; after a Kazakhstan turn (para. 32, the last)",
    ),
    (
        "and 18 (f)? the MP's speech lists six concerns",
        (TJK_ROOT_CAUSES_18E,),
        "nonexistent sub-paragraph (18 (f)) of CRC/C/OPSC/TJK/CO/1, whose para. 18 stops at (e); "
        "an MP's assistant; after the turn quoting 18 (e)",
    ),
    (
        "is there a (c) after that in the same recommendation? need it for the clipping note",
        (TKM_ARTICLE_129, TKM_INTERNET_STUDY_27B),
        "nonexistent sub-paragraph (27 (c)) of CRC/C/OPSC/TKM/CO/1, whose para. 27 stops at (b); a "
        "media-monitoring analyst; after turns quoting 26 (a) and 27 (b)",
    ),
    (
        "Section VIII has A, Conclusions, and B, Recommendations. What's under C?",
        (SR_CLOSING_CONCLUSION,),
        "nonexistent sub-section (C) of section VIII of A/HRC/50/33/Add.1, which has A "
        "('Conclusions') and B ('Recommendations') only; after a Special Rapporteur turn (para. "
        "84)",
    ),
    (
        "and the sixth activity under row 16 - what is it and who implements it?",
        (PC_VIOLENCE_FIFTH,),
        "nonexistent activity (a sixth) of the plan's CRC row 16, which has five; two questions; "
        "after the turn quoting the fifth",
    ),
    # -- a text the documents mention only in passing, asked for its own words or contents --
    (
        "What does that foreign nationals act itself say about residence permits for foreign child "
        "victims? The MP needs the article number and wording.",
        (TKM_FOREIGN_NATIONALS_ACT,),
        "a named text the held documents mention only in passing (Turkmenistan's Legal Status of "
        "Foreign Nationals in Turkmenistan Act of 26 March 2011, named in CRC/C/OPSC/TKM/CO/1 "
        "para. 5 (a)), asked for its own words; an MP's assistant",
    ),
    (
        "For the UNV brief, quote the article of the 1957 convention itself that bans forced "
        "labour as a means of mobilising labour for economic development.",
        (SR_C105,),
        "a named text the held documents mention only in passing (the ILO Abolition of Forced "
        "Labour Convention, 1957 (No. 105), listed in A/HRC/50/33/Add.1 para. 28), asked for its "
        "own words; a UN Volunteer",
    ),
    (
        "Which article of the 1949 convention makes procuring a punishable offence even with the "
        "person's consent? Need the wording for a fact box.",
        (SR_C105, SR_1949_CONVENTION),
        "a named text the held documents mention only in passing (the Convention for the "
        "Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of "
        "Others (1949), listed in A/HRC/50/33/Add.1 para. 28), asked for its own words; a "
        "media-monitoring analyst; after two Special Rapporteur turns on that paragraph's list "
        "(ILO conventions; the 1949 Convention)",
    ),
    (
        "The Organized Crime Convention itself: what does its article on mutual legal assistance "
        "say? paste it for the MP",
        (SR_PROTOCOL_2002, KAZ_PALERMO_16C),
        "a named text the held documents mention only in passing (the United Nations Convention "
        "against Transnational Organized Crime, named in CRC/C/OPSC/KAZ/CO/1 para. 16 (c) and "
        "A/HRC/50/33/Add.1 para. 28), by an everyday name, asked for its own words; an MP's "
        "assistant; after a Special Rapporteur turn (Tajikistan's ratification of the trafficking "
        "Protocol) and a Kazakhstan turn (para. 16 (c))",
    ),
    (
        "What benefits does that Social Security Code give a child victim's family, and how much "
        "in manat? Need the code's own figures.",
        (TKM_SOCIAL_SECURITY_CODE,),
        "a named text the held documents mention only in passing (Turkmenistan's Social Security "
        "Code of 17 March 2007, named in CRC/C/OPSC/TKM/CO/1 para. 5 (a)), asked for its own "
        "contents and amounts; two questions",
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
        "Clipping from this morning: 'Dushanbe can't say how many children are trafficked, UN "
        "says'. Is that fair? What did the committee actually say about data in Tajikistan?",
        (TKM_RESEARCH_FIRST, TKM_STATISTICS),
        "Tajikistan",
        u(T, 6, 7),
        u(PO, 1) + u(PC, 5) + u(S, 82),
        ["systematic mechanism of data collection", "disaggregated"],
        "covered country named by its capital in a headline quoted as the premise ('Dushanbe'), "
        "then by name, two questions; after two Turkmenistan turns (research on the extent of "
        "exploitation; statistical data); para. 6 gives the concern, 7 the recommendation",
    ),
    (
        "For the MP's written question I've got the Tajikistan one as CRC/C/OPSC/TAJ/CO/1. Does it "
        "also tell Tajikistan to ratify the complaints protocol?",
        (TKM_COMPLAINTS_PROTOCOL,),
        "Tajikistan",
        u(T, 35),
        [],
        ["ratify the Optional Protocol on a communications procedure"],
        "covered document under a wrong but plausible symbol ('CRC/C/OPSC/TAJ/CO/1', with the "
        "three-letter code TAJ for TJK; the held document is CRC/C/OPSC/TJK/CO/1, and 'the "
        "Tajikistan one' says which is meant), an MP's assistant; after a Turkmenistan turn "
        "(ratifying the communications procedure)",
    ),
    (
        "For our 20 November (World Children's Day) op-ed I need one line from the Tajik "
        "observations on making the protocol known to parents and children.",
        (KAZ_SCHOOL_CURRICULA,),
        "Tajikistan",
        u(T, 15),
        u(T, 14, 37) + u(PO, 5),
        ["in particular parents and children"],
        "covered country by adjective ('the Tajik observations'), a quotation asked for a named "
        "date (20 November); after a Kazakhstan turn (the Protocol in school curricula)",
    ),
    (
        "A tweet claims the UN told Tajikistan it 'doesn't even know the scale' of child selling. "
        "Is that what the committee said, and what did it ask for?",
        (TKM_RESEARCH_FIRST,),
        "Tajikistan",
        u(T, 18, 19),
        u(T, 28),
        ["insufficient information on the scale", "Carry out research on the nature and scale"],
        "covered country in a tweet quoted as the premise, two questions; after a Turkmenistan "
        "turn (research on the extent and root causes); 18 (c) gives the concern, 19 (c) the "
        "recommendation",
    ),
    # -- to the Kazakhstan observations --
    (
        "Now the tenge side of the border: what did the committee tell that government about "
        "budget allocations for the protocol?",
        (TJK_WHO_COORDINATES, TJK_BUDGET_LINES),
        "Kazakhstan",
        u(K, 13, 14),
        [],
        ["budget allocations for the implementation of the Optional Protocol"],
        "covered country named only through its currency ('the tenge side of the border', "
        "Kazakhstan), then 'that government'; after two Tajikistan turns (the coordinating entity; "
        "budget lines), the question naming the topic (budget allocations)",
    ),
    (
        "And Astana? Same worry about who coordinates, and was anyone checking whether it works?",
        (TJK_CONSIDERED_2228, TJK_WHO_COORDINATES),
        "Kazakhstan",
        u(K, 5, 6),
        u(K, 24),
        ["insufficient coordination", "periodic evaluation"],
        "covered country named only by its capital ('Astana'), two questions; after two Tajikistan "
        "turns (the 2017 consideration; no information on the coordinating entity); para. 5 gives "
        "both concerns, 6 the recommendation",
    ),
    (
        "Kazakhstan got a new Criminal Code in 2014. Before that, which gaps in the old code did "
        "the committee point out, article by article?",
        (TKM_ARTICLE_129,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Article 133 of the Criminal Code", "Article 273 of the Criminal Code"],
        "covered country asked for what came 'before' a date the documents do not cover (a 2014 "
        "code; the held observations are of 2006 and name the articles of the code then in force); "
        "after a Turkmenistan turn (article 129 of its Criminal Code)",
    ),
    (
        "A tweet says 'the UN told Kazakhstan back in 2006 to ratify the Palermo Protocol'. True? "
        "Which other treaties were on that list?",
        (SR_PROTOCOL_2002,),
        "Kazakhstan",
        u(K, 16),
        u(K, 15),
        ["Protocol to Prevent, Suppress and Punish Trafficking", "Convention on Cyber Crime"],
        "covered country and year in a tweet quoted as the premise, the treaty by a nickname ('the "
        "Palermo Protocol'), two questions; after a Special Rapporteur turn (Tajikistan's "
        "ratification of the trafficking Protocol in 2002)",
    ),
    # -- to the Turkmenistan observations --
    (
        "Back when Gurbanguly Berdimuhamedov was president, in 2015: what did the committee say "
        "about NGOs in his country, and what did it ask for?",
        (SR_REPRISALS, SR_PUBLIC_ASSOCIATIONS_LAW),
        "Turkmenistan",
        u(M, 22, 23),
        [],
        ["restrictions on the work of civil society organizations", "remove restrictions"],
        "covered country named only through its president in 2015 (Gurbanguly Berdimuhamedov), two "
        "questions; after two Special Rapporteur turns (reprisals against lawyers; Tajikistan's "
        "Law on Public Associations)",
    ),
    (
        "For 12 June, the World Day Against Child Labour: what did the committee welcome from "
        "Ashgabat on the cotton harvest?",
        (TJK_COTTON_CONCERN, TJK_FORCED_LABOUR_AGRICULTURE),
        "Turkmenistan",
        u(M, 5),
        u(M, 24),
        ["2005 presidential decree", "not permitted to participate in the cotton harvest"],
        "covered country named only by its capital ('Ashgabat'), a quotation for a named date (12 "
        "June); after two Tajikistan turns (the cotton harvest; forced labour in agriculture)",
    ),
    (
        "Headline: 'Turkmen law silent on possession of child abuse images, UN says'. Is that what "
        "the committee found?",
        (KAZ_ARTICLE_273,),
        "Turkmenistan",
        u(M, 26),
        u(M, 27),
        ["Article 164 of the Criminal Code", "does not explicitly prohibit possession"],
        "covered country by adjective in a headline quoted as the premise ('Turkmen law'); after a "
        "Kazakhstan turn (article 273 and possession)",
    ),
    (
        "Does CRC/C/OPSC/TM/CO/1, the Turkmenistan one, say the same about using the protocol for "
        "extradition?",
        (TJK_EXTRATERRITORIAL, TJK_NO_TREATY),
        "Turkmenistan",
        u(M, 34),
        [],
        ["extraditable offences", "legal basis for"],
        "covered document under a wrong but plausible symbol ('CRC/C/OPSC/TM/CO/1', with the "
        "two-letter code TM; the held document is CRC/C/OPSC/TKM/CO/1, and 'the Turkmenistan one' "
        "says which is meant); after two Tajikistan turns (extraterritorial jurisdiction; the "
        "Protocol as the basis for extradition)",
    ),
    # -- to A/HRC/50/33/Add.1 --
    (
        "Same thing but from the special rapporteur's visit report: what does she say about "
        "compensation for trafficking victims?",
        (TKM_COMPENSATION_FUND, TJK_REMEDIES_INFO),
        "Tajikistan",
        u(S, 73, 90),
        u(S, 74, 87, 89),
        ["State fund for compensation", "State compensation fund"],
        "topic kept and the document type swapped ('same thing but from the special rapporteur's "
        "visit report'); after a Turkmenistan turn (a victims' compensation fund) and a Tajikistan "
        "turn (information on compensation); para. 73 gives the concern, 90 the recommendation",
    ),
    (
        "For the International Day of the Girl (11 October) post: a line from the trafficking "
        "rapporteur on girls' schooling in Tajikistan?",
        (PC_GIRLS_ENROLMENT,),
        "Tajikistan",
        u(S, 44, 51),
        u(S, 15),
        ["low school enrolment rate among girls"],
        "covered document by its author ('the trafficking rapporteur'), a quotation for a named "
        "date (11 October); after a plan (CRC table) turn (enrolment of girls)",
    ),
    (
        "A tweet says 'UN rapporteur: Tajikistan's only shelter took in 5 victims all year'. "
        "Accurate? How many places does it have?",
        (KAZ_FOREIGN_SHELTER,),
        "Tajikistan",
        u(S, 65),
        u(S, 4, 87),
        ["only 5 victims were accommodated", "30 places"],
        "covered document in a tweet quoted as the premise, two questions; after a Kazakhstan turn "
        "(access to shelter for foreign victims)",
    ),
    (
        "Headline from 2021: 'Tajikistan turns back Afghans at the border'. What does the UN "
        "trafficking rapporteur say happened?",
        (TJK_LYULI, TJK_REFUGEE_CHILDREN),
        "Tajikistan",
        u(S, 27),
        u(S, 22, 25, 26, 88),
        ["80 asylum seekers"],
        "covered document by its author ('the UN trafficking rapporteur') after a headline quoted "
        "as the premise; after two Tajikistan turns (Roma and refugee children; migrant and "
        "refugee children)",
    ),
    # -- to the national plan of action --
    (
        "Same thing but from the government's own action plan: what does it commit to on the "
        "cotton harvest?",
        (TJK_COTTON_CONCERN, TJK_FORCED_LABOUR_AGRICULTURE),
        "Tajikistan",
        u(PO, 8),
        u(PC, 31),
        ["cotton harvesting season"],
        "topic kept and the document type swapped ('same thing but from the government's own "
        "action plan'; its OPSC table), 'the government' being the Tajik one of the history; after "
        "two Tajikistan turns (the cotton harvest; forced labour in agriculture)",
    ),
    (
        "For 1 June, Children's Day, the MP wants to say what Tajikistan's government promised on "
        "listening to children. What's in its action plan?",
        (KAZ_CONSIDERED_1084, KAZ_VIEWS_IN_COURT),
        "Tajikistan",
        u(PC, 12),
        [],
        ["express their opinion"],
        "covered document ('its action plan'; the CRC table), a statement for a named date (1 "
        "June), an MP's assistant; after two Kazakhstan turns (the 2006 consideration; the child "
        "victim's views in criminal procedure)",
    ),
    (
        "For the MP's written question: which ministries are answerable under Tajikistan's action "
        "plan for birth registration, and by when?",
        (SR_VISIT_DECEMBER, SR_BIRTH_REGISTRATION),
        "Tajikistan",
        u(PC, 13),
        [],
        ["state registry system", "MOJ, MOHSPP"],
        "covered document ('Tajikistan's action plan'; the CRC table), two questions, an MP's "
        "assistant; after two Special Rapporteur turns (visit dates; birth registration)",
    ),
    (
        "For Red Hand Day (12 February), on child soldiers: what does Tajikistan's plan promise "
        "for children coming back from armed conflict?",
        (SR_CAMPS_COMMITMENT, SR_IRAQ_84),
        "Tajikistan",
        u(PA, 7),
        [],
        ["reintegration of child victims from the armed conflicts", "2019- 2021"],
        "covered document ('Tajikistan's plan'; the OPAC table), a quotation for a named date (12 "
        "February); after two Special Rapporteur turns (the commitment to repatriate from the "
        "camps; 84 children repatriated from Iraq)",
    ),
]
