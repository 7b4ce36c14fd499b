"""A 'scope' table on ../shared/more-documents (ids x001-x040), written from the documents alone.

Held-out data, asked of the same index as `gold_more.py` (the bundled corpus plus the UPR Working Group
reports on Uzbekistan, A/HRC/24/7; Kazakhstan, A/HRC/28/10; Slovenia, A/HRC/59/15; and CERD's
concluding observations on Brazil, CERD/C/BRA/CO/18-20). Every item was written by reading those text
files, not from any output of the system. Same shape as `gold_scope2.py`: one to three earlier turns,
each a realistic question about the more-documents answered by quoting the document verbatim with its
reference, then a last question that moves the scope.

x001-x025 name what the index does not hold, so the answer must decline and cite nothing: a country
with no document of that kind (Turkmenistan, Tajikistan and Brazil have no UPR report here, Slovenia no
CERD observations, Uzbekistan no CRC observations) or no document at all (Estonia, Venezuela, Croatia);
another UPR cycle or year (Uzbekistan 2008 and 2018, Kazakhstan 2010, Slovenia 2019); a recommendation
or paragraph number past the end of a document, or from another document's numbering; a symbol the
documents cite or that follows them but is not held; another treaty body or mandate on a covered
country. x026-x040 move to another covered country or document: the carried-over topic is answered
from that country's documents only (`only_countries`), `must` being the units that answer it.

Unit ids follow the numbering printed in the text: paragraphs by number, UPR recommendations as
"group.n". Last numbers, read from the text files: A/HRC/24/7 has paragraphs 1-139 and recommendations
133.1-133.101, 134.1-134.30, 135.1-135.14, 136.1-136.58; A/HRC/28/10 has paragraphs 1-127 and
124.1-124.47, 125.1-125.96, 126.1-126.51; A/HRC/59/15 has paragraphs 1-141 and 140.1-140.254;
CERD/C/BRA/CO/18-20 has paragraphs 1-70.

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

UZB, KAZ, SVN, BRA = "a-hrc-24-7", "a-hrc-28-10", "a-hrc-59-15", "cerd-bra-co-18-20"

Turn = tuple[str, str]
Units = list[tuple[str, int | str]]


def u(doc: str, *ns: int | str) -> Units:
    """Units of one document: paragraph numbers (int) or recommendation numbers ("136.2")."""
    return [(doc, n) for n in ns]


# --- earlier turns: a realistic question and a short answer quoting the document verbatim ---

# A/HRC/24/7 (Uzbekistan, 2013)
UZB_OPCAT: Turn = (
    "Was Uzbekistan asked to ratify the Optional Protocol to the Convention against Torture?",
    "Yes, by several States, and it did not support those recommendations; Estonia's, for instance, "
    'reads: "Ratify the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman '
    'or Degrading Treatment or Punishment (Estonia);" (A/HRC/24/7, para. 136.2).',
)
UZB_NPM: Turn = (
    "Does Uzbekistan have a national preventive mechanism?",
    "The delegation said it had one without the Protocol: "
    '"Uzbekistan also disposes of a national preventive mechanism, which albeit not connected to the '
    "ratification of the Optional Protocol to the Convention against Torture and other Cruel, Inhuman "
    'or Degrading Treatment or Punishment, contains all its relevant elements." (A/HRC/24/7, para. 129)',
)
UZB_COTTON: Turn = (
    "What did Uzbekistan's delegation say about children picking cotton?",
    "It rejected the figures: "
    '"Allegations of 1.5 million children between ages 10 and 12 working to harvest cotton are '
    'unfounded, which was also confirmed by the United Nations Children\u2019s Fund (UNICEF) in 2012." '
    "(A/HRC/24/7, para. 19)",
)
UZB_ILO: Turn = (
    "Was Uzbekistan asked to let the ILO monitor the cotton harvest?",
    "Yes, and it left those recommendations to be examined later; Hungary's, for instance: "
    '"Accept a visit by an ILO mission during the next cotton harvesting season to monitor the '
    'situation of forced labour (Hungary);" (A/HRC/24/7, para. 135.11).',
)
UZB_FORCED_LABOUR: Turn = (
    "Did the United States recommend anything to Uzbekistan on forced labour?",
    "Yes, and Uzbekistan supported it: "
    '"Eliminate all forced labour and hazardous child labour and implement recommendations of the ILO '
    'supervisory bodies (United States of America);" (A/HRC/24/7, para. 133.41).',
)
UZB_ROME: Turn = (
    "Which States asked Uzbekistan to join the International Criminal Court?",
    "Several, all in the list Uzbekistan did not support; Estonia, for instance: "
    '"Ratify the Rome Statue of the International Criminal Court and the Agreement on the Privileges '
    'and Immunities of the International Criminal Court (Estonia);" (A/HRC/24/7, para. 136.15).',
)
UZB_ROMANIA: Turn = (
    "Did anyone ask Uzbekistan to plan the follow-up of this review?",
    "Romania did: it "
    '"took note of the adoption of a national action plan to implement those recommendations adopted '
    "subsequent to the 2008 UPR, and proposed that a similar instrument be established following the "
    'current session." (A/HRC/24/7, para. 106)',
)
UZB_LAST_NOTED: Turn = (
    "What is the last recommendation in the list Uzbekistan did not support?",
    "France's: "
    '"Guarantee, in its legislation, freedoms of expression, assembly and association; put an end to '
    "acts of violence and harassment against independent journalists and human rights defenders and "
    'release them, when appropriate (France)." (A/HRC/24/7, para. 136.58)',
)
UZB_DOCS: Turn = (
    "Which documents was Uzbekistan's 2013 review based on?",
    "Three, the first being "
    '"A national report submitted/written presentation made in accordance with paragraph 15 (a) '
    '(A/HRC/WG.6/16/UZB/1);" (A/HRC/24/7, para. 3 (a)).',
)
UZB_STERILIZATION: Turn = (
    "Was forced sterilization raised in Uzbekistan's review?",
    "Yes; Paraguay recommended to "
    '"Guarantee the rights of women, particularly with regard to eradicating forced sterilizations, and '
    'ensure safe contraception policies and equal labour conditions (Paraguay);" which did not enjoy '
    "Uzbekistan's support (A/HRC/24/7, para. 136.36).",
)
UZB_TORTURE_INV: Turn = (
    "What was Uzbekistan asked to do about torture allegations?",
    "Among others, Austria recommended to "
    '"Ensure that all cases of alleged torture are promptly investigated by an independent body, '
    'perpetrators are brought to justice and victims of torture are adequately compensated (Austria);" '
    "which Uzbekistan considers already implemented or in the process of implementation "
    "(A/HRC/24/7, para. 134.9).",
)
UZB_ICRMW: Turn = (
    "Was Uzbekistan asked to ratify the migrant workers convention?",
    "Yes, and it did not support it: "
    '"Ratify the International Convention on the Protection of the Rights of All Migrant Workers and '
    'their Families (Guatemala) (Philippines);" (A/HRC/24/7, para. 136.9).',
)
UZB_LGBT: Turn = (
    "Was Uzbekistan asked to decriminalize homosexuality?",
    "Yes, for instance "
    '"Decriminalize consensual homosexual activity in compliance with its obligations under the '
    'International Covenant on Civil and Political Rights (Netherlands);" (A/HRC/24/7, para. 136.51). '
    'The delegation said that "There are no plans in the near future to repeal this law" '
    "(A/HRC/24/7, para. 88).",
)
UZB_ICRC: Turn = (
    "Was Uzbekistan asked to let the ICRC back into its prisons?",
    "Yes, and it supported that: "
    '"Allow unfettered regular access of the ICRC to detention and prison facilities (Czech Republic);" '
    "(A/HRC/24/7, para. 133.35).",
)
UZB_ICRC_DEL: Turn = (
    "Why had the ICRC visits stopped?",
    "According to the delegation, "
    '"On 12 April 2013, the ICRC decided to terminate visits to countries, so it was not Uzbekistan '
    'which had put an end on such visits." (A/HRC/24/7, para. 49)',
)
UZB_STANDING: Turn = (
    "Did Uzbekistan agree to a standing invitation to the special procedures?",
    "No; for instance "
    '"Issue a standing invitation to the Special Procedures (Guatemala);" did not enjoy its support '
    "(A/HRC/24/7, para. 136.22).",
)

# A/HRC/28/10 (Kazakhstan, 2014)
KAZ_MIGRANTS_TJK: Turn = (
    "What did Tajikistan recommend to Kazakhstan about migrants?",
    "To "
    '"Improve the legal-regulatory framework to ensure the social rights of migrants, facilitate their '
    'integration in the labour market" and their access to education; Kazakhstan noted it '
    "(A/HRC/28/10, para. 126.49).",
)
KAZ_CZECH: Turn = (
    "Did the Czech Republic follow up on its earlier recommendations to Kazakhstan?",
    "Yes, it recommended to "
    '"Speed up the effective implementation of the six universal periodic review recommendations made '
    'by the Czech Republic and accepted by Kazakhstan in 2010 (Czech Republic);" (A/HRC/28/10, para. 124.2).',
)
KAZ_LAST_NOTED: Turn = (
    "What was the last recommendation Kazakhstan noted?",
    "Uruguay's: "
    '"Accede to the Convention on the non-applicability of statutory limitations to war crimes and '
    'crimes against humanity (Uruguay)." (A/HRC/28/10, para. 126.51)',
)
KAZ_ICRMW: Turn = (
    "Was Kazakhstan asked to ratify the migrant workers convention?",
    "Yes, and it noted those recommendations, e.g. "
    '"Ratify ICRMW (Sierra Leone);" (A/HRC/28/10, para. 126.2).',
)
KAZ_NPM: Turn = (
    "Does Kazakhstan have a national preventive mechanism against torture?",
    "Yes, according to the delegation: "
    '"A national preventive mechanism has been established to prevent torture based on the model of '
    '\u201cOmbudsman +\u201d." (A/HRC/28/10, para. 19)',
)
KAZ_NPM_ACCESS: Turn = (
    "Can the mechanism's staff get into places of detention?",
    "The delegation said so: "
    '"Persons working for the national preventive mechanism enjoyed unlimited access to a wide range of '
    'places of detention and the mechanism had been allocated significant resources." '
    "(A/HRC/28/10, para. 109)",
)
KAZ_RELIGION_DEL: Turn = (
    "What did Kazakhstan say about its law on religious activities?",
    "The delegation said that "
    '"Following the 2014 visit by the Special Rapporteur on freedom of religion or belief, who had taken '
    "positive note of the regulation of religious activities, consultations were being held with experts "
    'on amendments to the Religious Activities Act." (A/HRC/28/10, para. 57)',
)
KAZ_RELIGION: Turn = (
    "Which recommendations on religion did Kazakhstan not support?",
    "Among the noted ones: "
    '"Guarantee freedom of religion and belief by abolishing the mandatory registration for religious '
    "groups, and ensure that the 2011 religion law is in conformity with international human rights "
    'standards (Germany);" (A/HRC/28/10, para. 126.33).',
)
KAZ_ROME: Turn = (
    "Did Kazakhstan accept the recommendations to join the International Criminal Court?",
    "No, they were noted, e.g. "
    '"Ratify the Rome Statute of the International Criminal Court (Costa Rica);" '
    "(A/HRC/28/10, para. 126.13). The delegation "
    '"noted the current legal practices and lengthy procedures of the Court." (A/HRC/28/10, para. 121)',
)
KAZ_DEFAMATION: Turn = (
    "Did Kazakhstan agree to decriminalize defamation?",
    "Mostly not. For instance "
    '"Decriminalize defamation and revise the provisions of articles 400 and 403 of the newly adopted '
    "Criminal Code which could be abused to limit the rights to freedom of expression, assembly and "
    "association (Czech Republic);\" was noted (A/HRC/28/10, para. 126.35), though Australia's "
    'recommendation to "decriminalize slander and libel" was among those it considers already '
    "implemented (A/HRC/28/10, para. 124.47).",
)
KAZ_DEFAMATION_DEL: Turn = (
    "What did the delegation say about defamation cases?",
    "It said that "
    '"a defamation case could only be launched at the request of a citizen." (A/HRC/28/10, para. 60)',
)
KAZ_CRPD: Turn = (
    "Has Kazakhstan ratified the disability convention?",
    "Not at the time of the review. It supported the recommendations to do so as in the process of "
    'implementation, e.g. "Complete, without delay, the ratification process of CRPD (Kenya);" '
    "(A/HRC/28/10, para. 125.6), and the delegation said that "
    '"At present, the Government was considering the ratification of CRPD" (A/HRC/28/10, para. 62).',
)

# A/HRC/59/15 (Slovenia, 2025)
SVN_TRAFFICKING_BRAZIL: Turn = (
    "Did Brazil make a recommendation to Slovenia on trafficking?",
    "Yes: "
    '"Strengthen efforts to combat trafficking in persons by means of measures such as improving victim '
    "identification and referral, especially for vulnerable groups; enhancing training for immigration "
    "and law enforcement officers; addressing low prosecution and conviction rates; and creating an "
    'independent mechanism to monitor anti-trafficking measures (Brazil);" (A/HRC/59/15, para. 140.112).',
)
SVN_HATE: Turn = (
    "What did Slovenia tell the Working Group about hate crime?",
    "The delegation said that "
    '"In 2023, the Criminal Code had been amended to make bias motivation an obligatory aggravating '
    'circumstance in sentencing." (A/HRC/59/15, para. 47)',
)
SVN_CROATIAN: Turn = (
    "Did Croatia raise its minority in Slovenia's review?",
    "Yes; Croatia "
    '"regretted the lack of any progress regarding the rights of the Croatian minority, the largest '
    'Indigenous minority in Slovenia." (A/HRC/59/15, para. 77)',
)
SVN_CROATIAN_REC: Turn = (
    "What did it recommend?",
    "To recognize the community: "
    '"Further enhance the implementation of minority rights standards, including all necessary steps to '
    "recognize the Croatian community as an autochthonous national minority, and grant it the rights "
    "deriving from this status that have already been given to the Italian and Hungarian communities "
    '(Croatia);" (A/HRC/59/15, para. 140.230).',
)
SVN_ERASED: Turn = (
    "Who are the erased persons in Slovenia?",
    "As the delegation put it, "
    '"persons from the former Yugoslavia who had been removed from the country\u2019s Register of '
    'Permanent Residents in 1992 following the independence of Slovenia in 1991" (A/HRC/59/15, para. 9).',
)
SVN_ERASED_REC: Turn = (
    "What was Slovenia asked to do for them?",
    "Among other things, "
    '"Adopt a law to restore permanent residency rights to the \u201cerased\u201d people (Ireland);" '
    "(A/HRC/59/15, para. 140.75).",
)
SVN_LAST: Turn = (
    "What is the last recommendation to Slovenia?",
    "Iraq's, on statelessness: "
    '"Strengthen measures to reduce statelessness and ensure the protection of stateless persons '
    '(Iraq)." (A/HRC/59/15, para. 140.254)',
)
SVN_ROMA: Turn = (
    "What did France recommend to Slovenia on Roma?",
    '"Establish a national programme of measures for Roma people, including children, to ensure their '
    "full access to education, healthcare, educational and cultural infrastructure and decent housing "
    '(France);" (A/HRC/59/15, para. 140.215).',
)
SVN_ROMA_DEL: Turn = (
    "And what did Slovenia say it does for Roma?",
    "The delegation said that "
    '"The National Programme of Measures for Roma remained the main policy framework, with combating '
    'anti-Gypsyism as a key priority." (A/HRC/59/15, para. 56)',
)
SVN_OMBUDSMAN: Turn = (
    "Does Slovenia's Ombudsman comply with the Paris Principles?",
    "According to the delegation, "
    '"The Office of the Human Rights Ombudsman had been accredited with A-status under the principles '
    "relating to the status of national institutions for the promotion and protection of human rights "
    '(the Paris Principles) in 2021." (A/HRC/59/15, para. 6)',
)
SVN_MARRIAGE: Turn = (
    "Can people under 18 marry in Slovenia?",
    "Only exceptionally: "
    '"The Family Code prohibited marriage under 18, with rare exceptions for those aged 15 or older '
    "deemed sufficiently mature, requiring court approval based on input from the minor, their intended "
    'spouse, parents and social workers." (A/HRC/59/15, para. 130)',
)
SVN_MARRIAGE_REC: Turn = (
    "Who asked Slovenia to remove those exceptions?",
    "Several States, among them Estonia: "
    '"Remove all exceptions to the legal minimum age of marriage at 18 for both women and men (Estonia);" '
    "(A/HRC/59/15, para. 140.79).",
)
SVN_PRISONS: Turn = (
    "What was Slovenia asked about prison overcrowding?",
    "For example: "
    '"Reduce overcrowding in prisons and improve detention conditions in line with international '
    'standards (Libya);" (A/HRC/59/15, para. 140.50).',
)
SVN_PRISONS_DEL: Turn = (
    "How does Slovenia plan to ease it?",
    "The delegation said that "
    '"A new prison in Ljubljana, due to be finalized in 2025, was expected to ease overcrowding and '
    'provide inclusive facilities." (A/HRC/59/15, para. 46)',
)
SVN_STATELESS: Turn = (
    "Was Slovenia asked to join the 1961 statelessness convention?",
    "Yes, e.g. "
    '"Finalize the accession process to the 1961 Convention on the Reduction of Statelessness (Rwanda);" '
    "(A/HRC/59/15, para. 140.13). The delegation said that "
    '"In January 2024, the Government had submitted a draft law to ratify the Convention on the '
    'Reduction of Statelessness." (A/HRC/59/15, para. 11)',
)

# CERD/C/BRA/CO/18-20 (Brazil, 2022)
BRA_MIGRANTS: Turn = (
    "What did CERD say about Venezuelan migrants in Brazil?",
    "It was concerned "
    '"by reports that migrants, refugees and asylum-seekers, particularly those from the Bolivarian '
    "Republic of Venezuela, have experienced discrimination and xenophobia, including in relation to "
    'access to social protection services and the labour market" (CERD/C/BRA/CO/18-20, para. 54).',
)
BRA_NEXT: Turn = (
    "When is Brazil's next report to CERD due?",
    "By 2026: the Committee "
    '"recommends that the State party submit its combined twentieth to twenty-second periodic reports, '
    'as a single document, by 2026" (CERD/C/BRA/CO/18-20, para. 70).',
)
BRA_FOLLOWUP: Turn = (
    "Which recommendations must Brazil report on within one year?",
    "Those "
    '"contained in paragraphs 17 (a) (right to health and the impact of the COVID-19 pandemic), 19 (c) '
    "(disparities in access to education), 23 (a) (poverty, work and income) and 36 (a)\u2013(d) "
    '(excessive use of force by law enforcement and military officials)" (CERD/C/BRA/CO/18-20, para. 68).',
)
BRA_JUSTICE: Turn = (
    "What did CERD recommend about training justice professionals in Brazil?",
    "It repeated an earlier recommendation: it "
    '"reiterates its recommendation that the State party improve the awareness-raising and training '
    "programmes on racist crimes for professionals engaged in the administration of justice, including "
    'judges, public prosecutors, lawyers and law enforcement officials." (CERD/C/BRA/CO/18-20, para. 12) '
    "A footnote gives the source of the earlier recommendation as CERD/C/64/CO/2, para. 18.",
)
BRA_PROFILING: Turn = (
    "What did CERD say about facial recognition in Brazil?",
    "It was "
    '"further concerned by reports that the State party has started using facial recognition systems in '
    'law enforcement activities, which has led to wrongful arrests of predominantly Afro-Brazilians" '
    "(CERD/C/BRA/CO/18-20, para. 39).",
)
BRA_PROFILING_REC: Turn = (
    "What did it recommend on that?",
    "Among other measures, "
    '"Assessing the human rights impact of facial recognition systems to ensure that they are not '
    'entrenching inequalities or producing discriminatory results;" (CERD/C/BRA/CO/18-20, para. 40 (c)).',
)
BRA_HATE: Turn = (
    "Are people prosecuted for racist hate speech in Brazil?",
    "Rarely, according to CERD, which was concerned by "
    '"The fact that, despite the rising incidence of multiple forms of racist hate speech and racist '
    'hate crimes, the rates of prosecution and conviction remain extremely low" '
    "(CERD/C/BRA/CO/18-20, para. 30 (f)).",
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[Turn, ...], str]] = [
    # -- a country with no document of that kind, or with no document at all --
    (
        "And Turkmenistan's UPR - was it asked the same?",
        (UZB_OPCAT, UZB_NPM),
        "document kind not held: no UPR report on Turkmenistan (Turkmenistan is covered only by "
        "CRC/C/OPSC/TKM/CO/1; in A/HRC/24/7 it only speaks (para. 120) and recommends (133.76, 133.88))",
    ),
    (
        "Which trafficking recommendations did Brazil itself receive at its own UPR?",
        (SVN_PRISONS, SVN_TRAFFICKING_BRAZIL),
        "document kind not held: no UPR report on Brazil (Brazil is covered only by CERD/C/BRA/CO/18-20, "
        "whose paras 54-55 on trafficking are not UPR recommendations); Brazil appears in the UPR "
        "reports only as a speaker and recommending State",
    ),
    (
        "What did the Committee on the Elimination of Racial Discrimination recommend to Slovenia on "
        "racist hate speech?",
        (SVN_HATE,),
        "document kind not held: no CERD observations on Slovenia (the only CERD document is on Brazil)",
    ),
    (
        "What did the Committee on the Rights of the Child conclude about child labour in Uzbekistan?",
        (UZB_COTTON,),
        "document kind not held: no CRC observations on Uzbekistan; A/HRC/24/7 only mentions the CRC "
        "(para. 7, rec. 133.43)",
    ),
    (
        "What recommendations did Estonia receive at its own review?",
        (UZB_ROME,),
        "uncovered country (Estonia), a speaker and recommending State in all three UPR reports but never "
        "reviewed in the held documents",
    ),
    (
        "And what was Tajikistan itself recommended at its own UPR on migrant workers?",
        (KAZ_MIGRANTS_TJK,),
        "document kind not held: no UPR report on Tajikistan (covered by CRC/C/OPSC/TJK/CO/1, "
        "A/HRC/50/33/Add.1 and the national plan, none of them a UPR report); Tajikistan appears in "
        "A/HRC/28/10 as a speaker and recommending State only",
    ),
    (
        "And what has CERD told Venezuela itself about racial discrimination?",
        (BRA_MIGRANTS,),
        "uncovered country (the Bolivarian Republic of Venezuela), named in CERD/C/BRA/CO/18-20 para. 54 "
        "as the origin of migrants, and a speaker in the UPR reports",
    ),
    (
        "What did Croatia's own UPR say about the minorities in Croatia?",
        (SVN_CROATIAN, SVN_CROATIAN_REC),
        "uncovered country (Croatia), a speaker and recommending State in A/HRC/59/15 only",
    ),
    # -- another UPR cycle or year --
    (
        "Did Uzbekistan accept ILO monitoring at its 2018 UPR?",
        (UZB_FORCED_LABOUR, UZB_ILO),
        "uncovered cycle: only Uzbekistan's 2013 (second-cycle) report A/HRC/24/7 is held",
    ),
    (
        "What were those six recommendations from Kazakhstan's 2010 review?",
        (KAZ_CZECH,),
        "uncovered cycle: Kazakhstan's first-cycle (2010) report is not held; rec. 124.2 only refers "
        "to its recommendations",
    ),
    (
        "What did Slovenia's previous review, in 2019, recommend about them?",
        (SVN_ERASED, SVN_ERASED_REC),
        "uncovered cycle: only Slovenia's 2025 (fourth-cycle) report A/HRC/59/15 is held",
    ),
    (
        "Which recommendations did Uzbekistan receive at that 2008 UPR?",
        (UZB_ROMANIA,),
        "uncovered cycle: Uzbekistan's first (2008) review is only mentioned in A/HRC/24/7 (e.g. paras "
        "106, 125), not held",
    ),
    # -- a recommendation or paragraph number the document does not have --
    (
        "And 136.59?",
        (UZB_ICRMW, UZB_ROME, UZB_LAST_NOTED),
        "nonexistent recommendation: the 136 list of A/HRC/24/7 runs to 136.58 (quoted in the previous "
        "turn)",
    ),
    (
        "What does recommendation 126.52 say?",
        (KAZ_LAST_NOTED,),
        "nonexistent recommendation: the 126 list of A/HRC/28/10 runs to 126.51",
    ),
    (
        "Show me recommendation 140.5 of A/HRC/28/10.",
        (KAZ_ICRMW,),
        "nonexistent recommendation: A/HRC/28/10 numbers its recommendations 124.x-126.x; 140.5 exists "
        "only in A/HRC/59/15 (Slovenia, also on the migrant workers convention) and must not be cited",
    ),
    (
        "And recommendation 140.255?",
        (SVN_LAST,),
        "nonexistent recommendation: A/HRC/59/15 runs to 140.254 (quoted in the previous turn)",
    ),
    (
        "And what's in paragraph 71?",
        (BRA_FOLLOWUP, BRA_NEXT),
        "nonexistent paragraph: CERD/C/BRA/CO/18-20 has paragraphs 1-70",
    ),
    # -- a symbol the documents cite, or that would follow them, but which is not held --
    (
        "Did CERD/C/BRA/CO/21-23 find that Brazil had followed up on them?",
        (BRA_FOLLOWUP,),
        "symbol not held (CERD/C/BRA/CO/21-23, later observations on Brazil)",
    ),
    (
        "What does A/HRC/39/7 say about forced labour in the cotton sector?",
        (UZB_FORCED_LABOUR,),
        "symbol not held (A/HRC/39/7, not one of A/HRC/24/7, A/HRC/28/10, A/HRC/59/15)",
    ),
    (
        "What exactly did CERD/C/64/CO/2 say in that paragraph 18?",
        (BRA_JUSTICE,),
        "symbol not held (CERD/C/64/CO/2, CERD's earlier observations on Brazil, cited in footnotes of "
        "CERD/C/BRA/CO/18-20)",
    ),
    (
        "What does A/HRC/WG.6/16/UZB/1 say about the cotton harvest?",
        (UZB_DOCS,),
        "symbol not held (Uzbekistan's national report A/HRC/WG.6/16/UZB/1, cited in A/HRC/24/7 "
        "para. 3 (a))",
    ),
    # -- another treaty body or mandate on a covered country --
    (
        "What did the Human Rights Committee tell Brazil about police violence?",
        (BRA_HATE, BRA_PROFILING, BRA_PROFILING_REC),
        "uncovered body (Human Rights Committee) on Brazil, whose only held document is CERD's",
    ),
    (
        "What did the Committee against Torture recommend to Kazakhstan about that mechanism?",
        (KAZ_NPM, KAZ_NPM_ACCESS),
        "uncovered body (Committee against Torture) on Kazakhstan, covered by its UPR report and "
        "CRC/C/OPSC/KAZ/CO/1 only",
    ),
    (
        "What did the Special Rapporteur on freedom of religion or belief recommend in the report on "
        "that 2014 visit?",
        (KAZ_RELIGION, KAZ_RELIGION_DEL),
        "uncovered mandate (Special Rapporteur on freedom of religion or belief) on Kazakhstan; the "
        "visit is only mentioned in A/HRC/28/10 para. 57 (and rec. 125.76)",
    ),
    (
        "What did CEDAW recommend to Uzbekistan on sterilizations?",
        (UZB_STERILIZATION,),
        "uncovered body (CEDAW) on Uzbekistan; A/HRC/24/7 only mentions CEDAW's observations "
        "(paras 61, 65, 73, 112)",
    ),
]

# B: the last question moves to another covered country or document; the carried-over topic is
# answered there. (question, history, country, must, may, facts, notes)
COVERED: list[tuple[str, tuple[Turn, ...], str, Units, Units, list[str], str]] = [
    # -- to Kazakhstan --
    (
        "And Kazakhstan - what was it asked on investigating torture?",
        (UZB_TORTURE_INV,),
        "Kazakhstan",
        u(KAZ, "124.16", "124.17", "124.41", "124.44", "124.45", "125.72", "125.73"),
        u(KAZ, "124.1", "124.15", "125.48", "126.27", 107, 109, 19),
        ["allegations of torture"],
        "moved from Uzbekistan's torture investigations to Kazakhstan's UPR: every item asking for "
        "(independent, prompt) investigation of torture; 125.48 (prosecution), 124.15/126.27 "
        "(evidence), 107 (complaints to a special prosecutor) may",
    ),
    (
        "Was Kazakhstan asked anything about child marriage?",
        (SVN_MARRIAGE, SVN_MARRIAGE_REC),
        "Kazakhstan",
        u(KAZ, "124.20"),
        u(KAZ, 118),
        ["child marriage"],
        "moved from Slovenia's marriage age to Kazakhstan's UPR: 124.20 (Sierra Leone, supported as "
        "implemented); 118 = delegation on early marriages",
    ),
    (
        "And was Kazakhstan asked about discrimination against LGBT people?",
        (UZB_LGBT,),
        "Kazakhstan",
        u(KAZ, "126.24", "124.6"),
        [],
        ["sexual orientation"],
        "moved from Uzbekistan's LGBT items to Kazakhstan's UPR: 126.24 (noted) and 124.6 (sexual "
        "orientation, supported as implemented)",
    ),
    (
        "Was Kazakhstan asked to open its detention facilities to outside monitors?",
        (UZB_NPM, UZB_ICRC, UZB_ICRC_DEL),
        "Kazakhstan",
        u(KAZ, "124.19"),
        u(KAZ, 109, "125.24", "124.17"),
        ["independent international observers"],
        "moved from the ICRC's access in Uzbekistan to Kazakhstan's UPR: 124.19 (Netherlands); the "
        "national preventive mechanism's visits (109, 125.24) may",
    ),
    (
        "Has Kazakhstan issued one?",
        (UZB_STANDING,),
        "Kazakhstan",
        u(KAZ, 20, 122),
        u(KAZ, 102),
        ["standing invitation", "2009"],
        "moved from Uzbekistan's standing-invitation items to Kazakhstan's UPR: no recommendation, the "
        "delegation says it issued one in 2009 (20, 122); 102 = Mexico welcomed it",
    ),
    # -- to Uzbekistan --
    (
        "What about Uzbekistan - was it asked to join the Rome Statute?",
        (KAZ_ROME,),
        "Uzbekistan",
        u(UZB, *(f"136.{n}" for n in (11, 12, 13, 14, 15, 16, 17, 19))),
        u(UZB, 137),
        ["International Criminal Court"],
        "moved from Kazakhstan's noted ICC items to Uzbekistan's UPR: 136.11-17 and 136.19, all not "
        "supported (137)",
    ),
    (
        "What about Uzbekistan - what was it told on freedom of religion?",
        (KAZ_RELIGION,),
        "Uzbekistan",
        u(UZB, "134.17", "134.18", "136.37", "136.54", "136.55"),
        u(UZB, "134.20", "136.57", "133.57", "134.16", 57, 89, 93, 14, 66, 124),
        ["freedom of religion"],
        "moved from Kazakhstan's noted religion items to Uzbekistan's UPR: 134.17-18 (implemented or "
        "in process), 136.37, 136.54-55 (not supported); items mentioning religion in passing may",
    ),
    (
        "Was Uzbekistan asked about the statelessness conventions?",
        (SVN_STATELESS,),
        "Uzbekistan",
        u(UZB, "136.20"),
        [],
        ["Reduction of Statelessness"],
        "moved from Slovenia's 1961 Convention items to Uzbekistan's UPR: 136.20 (Uruguay, not "
        "supported) is the only item naming the statelessness conventions",
    ),
    (
        "And Uzbekistan - where did it stand on the CRPD?",
        (KAZ_CRPD,),
        "Uzbekistan",
        u(UZB, "135.1", "135.2", "135.3", "135.4"),
        u(UZB, 80, 119),
        ["Convention on the Rights of Persons with Disabilities"],
        "moved from Kazakhstan's CRPD items to Uzbekistan's UPR: 135.1-4, to be examined (pending); "
        "80 and 119 note its signature",
    ),
    # -- to Brazil (CERD) --
    (
        "Did CERD encourage Brazil to ratify it too?",
        (UZB_ICRMW,),
        "Brazil",
        u(BRA, 61),
        [],
        ["Migrant Workers"],
        "moved from Uzbekistan's ICRMW items to CERD's observations on Brazil: para. 61",
    ),
    (
        "Did CERD raise the situation of Roma in Brazil?",
        (SVN_ROMA, SVN_ROMA_DEL),
        "Brazil",
        u(BRA, 56, 57),
        [],
        ["birth registration"],
        "moved from Slovenia's Roma items to CERD's observations on Brazil: paras 56-57",
    ),
    (
        "What about Brazil - does it have such an institution, according to CERD?",
        (SVN_OMBUDSMAN,),
        "Brazil",
        u(BRA, 9, 10),
        [],
        ["Paris Principles"],
        "moved from Slovenia's A-status Ombudsman to CERD's observations on Brazil: paras 9-10 (no "
        "national human rights institution yet)",
    ),
    (
        "Did CERD raise prison conditions in Brazil?",
        (SVN_PRISONS, SVN_PRISONS_DEL),
        "Brazil",
        u(BRA, 37, 38),
        [],
        ["overcrowding"],
        "moved from Slovenia's prison overcrowding to CERD's observations on Brazil: paras 37-38",
    ),
    # -- to Slovenia --
    (
        "Was Slovenia asked to prosecute hate speech more effectively?",
        (BRA_HATE,),
        "Slovenia",
        u(SVN, "140.32", "140.41", "140.44"),
        u(SVN, "140.43", "140.45", "140.60", "140.38", "140.37", "140.42", 47, 23),
        ["prosecut"],
        "moved from CERD's low prosecution rates in Brazil to Slovenia's UPR: the items asking for "
        "effective prosecution of hate speech (140.32, 140.41, 140.44); punishment, capacity and justice "
        "response items and the delegation's prosecution policy (47) may",
    ),
    (
        "And Slovenia - was it asked to decriminalize defamation?",
        (KAZ_DEFAMATION, KAZ_DEFAMATION_DEL),
        "Slovenia",
        u(SVN, "140.69", "140.70"),
        u(SVN, 136),
        ["defamation"],
        "moved from Kazakhstan's defamation items to Slovenia's UPR: 140.69-70; 136 = delegation",
    ),
]
