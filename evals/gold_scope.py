"""The 'scope' table of the gold set: the question's scope wins over what the history carried.

Each conversation has one to three earlier turns about what the index holds (Tajikistan, Turkmenistan,
Kazakhstan; the Committee on the Rights of the Child and the Special Rapporteur on trafficking), then a
last question that names a new country, body, mandate, year, document or paragraph. When the index does
not hold what it names, the answer must say so and cite nothing (s001-s048); when it names another
covered country, the carried-over topic is answered from that country's documents only (s049-).

`make_gold.py` adds UNCOVERED, then COVERED (`add_scope_table`); this module is data only.
"""

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

# --- earlier turns: a real question and a short extractive answer quoting the document verbatim ---

ROMA = (
    "What did the committee say about Roma children in Tajikistan?",
    "The Committee regretted the lack of information on prevention for Roma children: "
    '"The Committee regrets the insufficient information provided by the State party on efforts '
    "undertaken to prevent children becoming victims of offences under the Optional Protocol, "
    "particularly children in vulnerable situations, including Roma children (Mughat and Lyuli), as "
    'well as refugee children." (CRC/C/OPSC/TJK/CO/1, para. 24) It recommended that the State party '
    '"adopt all the measures necessary to prevent and protect all groups of children in a vulnerable '
    "situation, including Roma children, migrant and refugee children, from becoming potential victims "
    'of offences under the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 25)',
)
TJK_COTTON = (
    "What did the committee say about forced labour of children in the cotton harvest in Tajikistan?",
    "The Committee found the information insufficient: "
    '"The Committee is concerned at the limited information provided to it on the measures adopted by '
    'the State party to eliminate child forced labour, particularly in the annual cotton harvest." '
    "(CRC/C/OPSC/TJK/CO/1, para. 20)",
)
TJK_COTTON_REC = (
    "What did it recommend on that?",
    "It recommended preventive measures and enforcement: "
    '"The Committee recommends that the State party adopt appropriate measures to prevent the sale of '
    "children for the purpose of child forced labour, particularly in the agriculture sector, and that "
    'it effectively enforce the legal framework prohibiting forced labour." (CRC/C/OPSC/TJK/CO/1, para. 21)',
)
TJK_DATA = (
    "Is Tajikistan collecting data on the sale of children?",
    "The Committee found the steps insufficient: "
    '"The Committee is concerned about the insufficient steps taken to establish a systematic mechanism '
    'of data collection, analysis and monitoring of all areas covered by the Optional Protocol." '
    "(CRC/C/OPSC/TJK/CO/1, para. 6)",
)
TJK_ONLINE = (
    "What did the CRC recommend to Tajikistan on online child sexual exploitation?",
    "It asked for legal and other measures, with a focus on education rather than punishment: "
    '"The Committee recommends that the State party adopt the necessary legal and other measures to '
    'prevent and address online child sexual exploitation and abuse." (CRC/C/OPSC/TJK/CO/1, para. 23)',
)
TJK_DOUBLE = (
    "Does Tajikistan require double criminality for extradition?",
    "Yes, according to the Committee: "
    '"The Committee regrets that national legislation on extraterritorial jurisdiction does not cover '
    "all the offences under the Optional Protocol and that extradition is subject to the principle of "
    'double criminality." (CRC/C/OPSC/TJK/CO/1, para. 30)',
)
TJK_PROSECUTED = (
    "Are child victims of prostitution treated as offenders in Tajikistan?",
    "The Committee raised this concern: "
    '"The Committee is further concerned that child victims of prostitution appear to be viewed as '
    "offenders in the State party, rather than as victims, and are not targeted for prevention "
    'efforts." (CRC/C/OPSC/TJK/CO/1, para. 24) Among its concerns: "Child victims of prostitution may '
    'be arrested and prosecuted under the Criminal Code" (CRC/C/OPSC/TJK/CO/1, para. 32 (d)).',
)
TJK_RESOURCES = (
    "What did the committee say about resources for implementing the OPSC in Tajikistan?",
    "It found no information on resources and asked for budget lines: "
    '"The Committee is concerned about the absence of information regarding the resources allocated '
    'to implement the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 16) "The Committee recommends '
    "that the State party identify budget lines for the implementation of the Optional Protocol, "
    "ensuring the allocation of adequate resources, and present information in that regard in its next "
    'periodic report to the Committee." (CRC/C/OPSC/TJK/CO/1, para. 17)',
)
TJK_AWARENESS = (
    "Did the committee comment on awareness-raising and training about the Optional Protocol in Tajikistan?",
    "It regretted that such activities were limited: "
    '"However, the Committee regrets the limited dissemination, awareness-raising and training '
    'activities on the Optional Protocol." (CRC/C/OPSC/TJK/CO/1, para. 14)',
)
TJK_PORN = (
    "Is possession of child pornography a crime in Tajikistan?",
    "Not according to the Committee: "
    '"The Committee is also concerned that the criminal law in the State party does not define and '
    'criminalize all forms of child pornography, including possession." (CRC/C/OPSC/TJK/CO/1, para. 26)',
)
TJK_COMM = (
    "Did the committee ask Tajikistan to ratify the communications procedure?",
    "Yes: "
    '"The Committee recommends that, in order to further strengthen the fulfilment of children\u2019s '
    'rights, the State party ratify the Optional Protocol on a communications procedure." '
    "(CRC/C/OPSC/TJK/CO/1, para. 35)",
)
TJK_DATE = (
    "When did the Committee on the Rights of the Child review Tajikistan under the OPSC?",
    "In September 2017: "
    '"The Committee considered the report of Tajikistan (CRC/C/OPSC/TJK/1) at its 2228th meeting (see '
    "CRC/C/SR.2228), held on 14 September 2017, and adopted the present concluding observations at its "
    '2251st meeting, held on 29 September 2017." (CRC/C/OPSC/TJK/CO/1, para. 1)',
)
TJK_IDENT = (
    "How should Tajikistan identify child victims, according to the committee?",
    "The Committee recommended that the State party "
    '"Establish mechanisms and procedures for the early identification of child victims, including '
    'unaccompanied children, of offences under the Optional Protocol" (CRC/C/OPSC/TJK/CO/1, para. 33 (a)).',
)
TJK_CORRUPTION = (
    "Did the CRC mention corruption in Tajikistan?",
    "Yes, among its concerns on prevention: "
    '"There are allegations of the transport of victims across borders that are not investigated owing '
    'to corruption" (CRC/C/OPSC/TJK/CO/1, para. 18 (d)).',
)
TJK_IMPUNITY = (
    "Does the committee know how many cases of sale of children were prosecuted in Tajikistan?",
    "No, it lacked that information: "
    '"The Committee is concerned about the lack of information regarding the number of cases of the sale '
    "of children, child pornography, child prostitution and related matters that are investigated and the "
    'number of perpetrators who are prosecuted and sentenced." (CRC/C/OPSC/TJK/CO/1, para. 28)',
)

TKM_HELPLINE = (
    "Does Turkmenistan have a child helpline?",
    "Not one covering all offences: "
    '"The Committee is concerned that the State party does not have a helpline covering all offences '
    'under the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 41)',
)
TKM_CSO = (
    "What did the committee say about NGOs in Turkmenistan?",
    "It was concerned about restrictions on their work: "
    '"the Committee remains concerned at reports of restrictions on the work of civil society '
    'organizations, including those working on children\u2019s rights." (CRC/C/OPSC/TKM/CO/1, para. 22)',
)
TKM_LEGAL_PERSONS = (
    "Can companies be prosecuted in Turkmenistan for OPSC offences?",
    "Not for all of them; the Committee recommended a change: "
    '"The Committee recommends that the State party revise its Criminal Code to ensure the full and '
    'direct criminal liability of legal persons for all offences covered by the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 31)",
)
TKM_COTTON = (
    "Are children allowed to pick cotton in Turkmenistan?",
    "The Committee welcomed a ban: "
    '"2005 presidential decree that bans child labour in all sectors, specifying that children are not '
    'permitted to participate in the cotton harvest." (CRC/C/OPSC/TKM/CO/1, para. 5 (b))',
)
TKM_NHRI = (
    "Is there an independent body monitoring the OPSC in Turkmenistan?",
    "No. "
    '"The Committee expresses its concern at the absence of an independent national institution for the '
    "promotion and monitoring of the implementation of the Optional Protocol, with a mandate to receive "
    'and investigate complaints by children on violations of their rights under the Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 14)",
)
TKM_DATA = (
    "And in Turkmenistan?",
    "The Committee regretted the lack of disaggregated data: "
    '"The Committee regrets the lack of statistical data disaggregated by, inter alia, sex, age, national '
    "and ethnic origin, geographical location and socioeconomic status, on issues covered by the "
    'Optional Protocol" (CRC/C/OPSC/TKM/CO/1, para. 6).',
)
TKM_DOUBLE = (
    "What did the committee say about extraterritorial jurisdiction in Turkmenistan?",
    "It was concerned about double criminality: "
    '"The Committee is concerned that, in accordance with article 8 of the Criminal Code, the requirement '
    "of double criminality for domestic prosecution of crimes allegedly committed abroad impedes the "
    'prosecution of offences outlined in articles 1 and 2 of the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 32)",
)
TKM_RECOVERY = (
    "What support do child victims get in Turkmenistan for recovery?",
    "The Committee found it limited to trafficking: "
    '"the Committee is concerned that the State party\u2019s recovery and reintegration measures are '
    "limited to victims of trafficking and do not adequately take into account the needs of child victims "
    'of sale, prostitution and pornography offences covered by the Optional Protocol." '
    "(CRC/C/OPSC/TKM/CO/1, para. 39)",
)
TKM_DATE = (
    "When was Turkmenistan's OPSC report considered?",
    "In January 2015: "
    '"The Committee considered the initial report of Turkmenistan (CRC/C/OPSC/TKM/1) at its 1939th '
    "meeting (see CRC/C/SR.1939) held on 14 January 2015, and adopted the following concluding "
    'observations at its 1983rd meeting (see CRC/C/SR.1983), held on 30 January 2015." '
    "(CRC/C/OPSC/TKM/CO/1, para. 1)",
)
TKM_TRAINING = (
    "Are judges and police in Turkmenistan trained on the OPSC?",
    "Not systematically: "
    '"The Committee remains concerned, however, that efforts to provide adequate training for '
    "professionals working with and/or for children, in particular judges, prosecutors, law enforcement "
    "officers, education and health professionals, and social workers, are not systematic and do not "
    'include all areas covered by the Optional Protocol." (CRC/C/OPSC/TKM/CO/1, para. 18)',
)
TKM_INTERNET = (
    "What did the committee recommend to Turkmenistan on child pornography on the Internet?",
    "It recommended that the State party "
    '"Conduct a thorough study of the use of the Internet for the dissemination of child pornography or '
    "other forms of sexual exploitation (e.g. recruitment for prostitution) and introduce specific legal "
    "provisions to combat this phenomenon, including the full mandatory cooperation of Internet providers "
    'in this regard." (CRC/C/OPSC/TKM/CO/1, para. 27 (b))',
)
TKM_ADOPTION = (
    "Does the Turkmen Criminal Code cover improper consent to adoption?",
    "Not clearly, according to the Committee: "
    '"Improperly inducing consent, as an intermediary, for the adoption of a child in violation of '
    "applicable international legal instruments on adoption is not clearly prohibited under the Criminal "
    'Code" (CRC/C/OPSC/TKM/CO/1, para. 26 (c)).',
)
TKM_CRIMINAL = (
    "Which gaps did the committee find in Turkmenistan's Criminal Code?",
    "Among others: "
    '"Article 164 of the Criminal Code does not explicitly prohibit possession of child pornography" '
    "(CRC/C/OPSC/TKM/CO/1, para. 26 (b)).",
)
TKM_STRATEGY = (
    "Does Turkmenistan have a strategy for the OPSC?",
    "No. "
    '"The Committee is concerned about the lack of a comprehensive strategy for the implementation of the '
    'Optional Protocol in the State party." (CRC/C/OPSC/TKM/CO/1, para. 10)',
)
TKM_COMM = (
    "Did the committee recommend that Turkmenistan ratify the communications procedure?",
    "Yes: "
    '"The Committee recommends that the State party ratify the Optional Protocol to the Convention on the '
    "Rights of the Child on a communications procedure, in order to further strengthen the fulfilment of "
    'children\u2019s rights." (CRC/C/OPSC/TKM/CO/1, para. 44)',
)
TKM_FOLLOWUP = (
    "Who should receive the Turkmenistan recommendations for follow-up?",
    "The Committee listed them: "
    '"The Committee recommends that the State party take all appropriate measures to ensure the full '
    "implementation of the present recommendations by, inter alia, transmitting them to the President, "
    "relevant government ministries, the Parliament, the Constitutional Court, and regional and local "
    'authorities, for appropriate consideration and further action." (CRC/C/OPSC/TKM/CO/1, para. 45)',
)
TKM_NEXT = (
    "When is Turkmenistan's next report due?",
    "The Committee asked for the information in the next Convention report: "
    '"the Committee requests the State party to include further information on the implementation of the '
    "Protocol and the present concluding observations in its next periodic report under the Convention on "
    'the Rights of the Child, due by 28 January 2018" (CRC/C/OPSC/TKM/CO/1, para. 47).',
)

KAZ_HIV = (
    "What did the committee say about children with HIV in Kazakhstan?",
    "It was concerned about stigma: "
    '"The Committee is concerned about the stigmatization of children who have contracted HIV/AIDS as a '
    'consequence of being victims of trafficking or prostitution." (CRC/C/OPSC/KAZ/CO/1, para. 9)',
)
KAZ_DOUBLE = (
    "Is double criminality an obstacle in Kazakhstan?",
    "Yes: "
    '"The Committee is concerned that the requirement of double criminality, either for extradition or '
    "domestic prosecution of crimes allegedly committed abroad, hampers the prosecution of offences "
    'outlined in articles 1, 2 and 3 of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 17)',
)
KAZ_STREET = (
    "Which children did the committee see as most vulnerable in Kazakhstan?",
    "Street children, foreign children and minorities: "
    '"The Committee is especially concerned about the vulnerability of street children, children who are '
    'foreign citizens or who belong to ethnic minorities." (CRC/C/OPSC/KAZ/CO/1, para. 25)',
)
KAZ_COMPLICITY = (
    "Did the committee raise the complicity of officials in Kazakhstan?",
    "Yes: "
    '"In particular, the Committee remains concerned about allegations of complicity by State officials '
    'in trafficking and that corruption impedes the effectiveness of prevention measures." '
    "(CRC/C/OPSC/KAZ/CO/1, para. 23)",
)
KAZ_BUDGET = (
    "How much does Kazakhstan spend on implementing the OPSC?",
    "The Committee had no information: "
    '"The Committee regrets the lack of information provided on budget allocations for the implementation '
    'of the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 13)',
)
KAZ_HOTLINE = (
    "What services for victims did the committee ask Kazakhstan to provide?",
    "It urged a list of measures, including "
    '"Free telephone hotlines" and "Accessible crisis centres" (CRC/C/OPSC/KAZ/CO/1, para. 22 (d), (e)).',
)
KAZ_DATE = (
    "When did the CRC examine Kazakhstan's initial OPSC report?",
    "In January 2006: "
    '"The Committee considered the initial report of Kazakhstan (CRC/C/OPSC/KAZ/1) at its 1084th meeting '
    "(see CRC/C/SR.1084), held on 11 January 2006, and adopted at its 1120th meeting, held on 27 January "
    '2006, the following concluding observations." (CRC/C/OPSC/KAZ/CO/1, para. 1)',
)
KAZ_DATA = (
    "What did the committee say about data in Kazakhstan?",
    "It regretted gaps in data and research: "
    '"The Committee regrets the lack of data disaggregated by age, sex and minority group as well as the '
    "lack of research on the prevalence of national and cross-border trafficking, child prostitution and "
    'child pornography." (CRC/C/OPSC/KAZ/CO/1, para. 11)',
)
KAZ_COORD = (
    "Is the OPSC well coordinated between ministries in Kazakhstan?",
    "The Committee found coordination insufficient: it "
    '"remains concerned about the insufficient coordination among these bodies so as to ensure '
    "comprehensive, intersectoral policies at both central and local levels to protect the rights covered "
    'by the Optional Protocol." (CRC/C/OPSC/KAZ/CO/1, para. 5)',
)
KAZ_NONCRIM = (
    "Did the committee tell Kazakhstan not to punish child victims?",
    "Yes, the first measure it urged for victims was "
    '"Non-criminalization of the victims" (CRC/C/OPSC/KAZ/CO/1, para. 22 (a)).',
)

SR_WOMEN = (
    "What did the trafficking rapporteur say about Tajik women migrant workers?",
    "She noted the gender dimension is overlooked: "
    '"Women account for approximately 20 per cent of migrant workers from Tajikistan and are mostly '
    'recruited to work in the services sector, the hospitality sector and domestic work." '
    "(A/HRC/50/33/Add.1, para. 8)",
)
SR_SHELTER = (
    "How many shelters for trafficking victims are there in Tajikistan?",
    "The Special Rapporteur found only one in the capital: "
    '"In Dushanbe, there is currently only one shelter, which operates under the control of the Ministry '
    'of Health." (A/HRC/50/33/Add.1, para. 65)',
)
SR_HOTLINE = (
    "Is there a trafficking hotline in Tajikistan?",
    "Yes: "
    '"The Special Rapporteur commends the establishment of a specialized Centre on Trafficking in Persons '
    "within the Ministry of the Interior, in 2017, and the launch of a dedicated hotline for victims of "
    'trafficking and persons at risk of trafficking." (A/HRC/50/33/Add.1, para. 77)',
)
SR_COMP = (
    "Can trafficking victims in Tajikistan get compensation?",
    "Access is limited in practice: "
    '"The Special Rapporteur is concerned about the failure to establish a State fund for compensation, '
    'despite repeated recommendations highlighting the importance of such a fund." '
    "(A/HRC/50/33/Add.1, para. 73)",
)
SR_IRAQ = (
    "What happened to the Tajik children in Iraq?",
    "Some were brought home: "
    '"The Special Rapporteur welcomes the repatriation of 84 children from Iraq in 2019." '
    "(A/HRC/50/33/Add.1, para. 71)",
)
SR_ROMA = (
    "Did the Special Rapporteur say anything about Roma children in Tajikistan?",
    "Yes: "
    '"The Special Rapporteur highlights the importance of ensuring that the particular situation of Roma '
    "and Jughhi children is recognized and that measures are taken to facilitate their access to official "
    'personal documentation, social protection services and social integration programmes" '
    "(A/HRC/50/33/Add.1, para. 53).",
)
SR_VISIT = (
    "When did the Special Rapporteur on trafficking visit Tajikistan?",
    "In December 2021: "
    '"Following an acceptance of her visit request by the Government of Tajikistan, the Special '
    "Rapporteur conducted an official visit to the country, from 7 to 16 December 2021, to assess the "
    "situation of trafficking in persons, especially women and children, and to identify the progress made "
    'and remaining challenges in combating trafficking in persons and protecting victims/survivors." '
    "(A/HRC/50/33/Add.1, para. 1)",
)
SR_DISAB = (
    "Are children with disabilities at risk of trafficking in Tajikistan?",
    "The Special Rapporteur thought so: "
    '"The Special Rapporteur is concerned about the limited action taken to prevent the trafficking of '
    "children with disabilities, in particular for forced begging, and highlights the need for prevention "
    'measures engaging in particular with children in street situations." (A/HRC/50/33/Add.1, para. 52)',
)
SR_MIGRANTS = (
    "What is Tajikistan doing for its migrant workers in Russia?",
    "The Special Rapporteur noted consular efforts: "
    '"The Special Rapporteur also highlights the efforts made to provide passports to Tajik migrant '
    "workers in the Russian Federation by dispatching specialists to the cities and provinces in the "
    'Russian Federation with the largest numbers of Tajik migrant workers." (A/HRC/50/33/Add.1, para. 36)',
)
SR_GIRLS = (
    "Does girls' schooling play a role in trafficking in Tajikistan?",
    "The Special Rapporteur linked the two: "
    '"Gender inequality in education, the low school enrolment rate among girls, especially in remote '
    "areas, and the higher secondary school dropout rate among girls, contribute to the risks of "
    'exploitation." (A/HRC/50/33/Add.1, para. 44)',
)
SR_NGO = (
    "What did the Special Rapporteur say about NGOs in Tajikistan?",
    "She warned about the Law on Public Associations: "
    '"However, the amendments to the Law on Public Associations, adopted in July 2015 and January 2019, '
    "may undermine the ability of non-governmental organizations, including specialized non-governmental "
    'organizations supporting victims of trafficking, to carry out their work effectively." '
    "(A/HRC/50/33/Add.1, para. 75)",
)
SR_PROSECUTED = (
    "Are trafficking victims in Tajikistan sometimes prosecuted themselves?",
    "The Special Rapporteur reported so: "
    '"Reports that victims of trafficking for sexual exploitation are not identified as such, and instead '
    "are prosecuted for offences linked to involvement in prostitution (article 238 of Criminal Code) or "
    'keeping or organizing brothels (article 239 of Criminal Code), are of serious concern." '
    "(A/HRC/50/33/Add.1, para. 59)",
)

PO_COTTON = (
    "What does the national plan do about forced child labour in the cotton harvest?",
    "The OPSC table foresees monitoring: "
    '"Conducting monitoring and assessment to determine the use of forced child labour during the cotton '
    'harvesting season" (National Plan of Action 2018-2022 (OPSC), row 8).',
)
PO_ICT = (
    "Is there anything in the plan on information and communication technologies?",
    "Yes: "
    '"Conduct awareness raising initiatives and take other measures for prevention of misuse of '
    "information and communication technologies aimed at involving children to prostitution and other "
    'inappropriate acts" (National Plan of Action 2018-2022 (OPSC), row 9).',
)
PC_ROMA = (
    "What does Tajikistan's national plan foresee for Roma children?",
    "An assessment and access to services: "
    '"Carry out assessment of the situation children from ethnic minorities (especially Roma/ Jugi '
    'children) and take specific measures for their access to all social services" '
    "(National Plan of Action 2018-2022 (CRC), row 30).",
)
PA_MINES = (
    "What does the OPAC part of the plan foresee on mines?",
    "Among other activities: "
    '"Organize targeted trainings for teachers and educational facilities located under threat of mines '
    'and unexploded ordnance" (National Plan of Action 2018-2022 (OPAC), row 8).',
)

# A: the last question names what the index does not hold (decline, cite nothing).
UNCOVERED: list[tuple[str, tuple[tuple[str, str], ...], str]] = [
    # -- a country the index does not hold --
    (
        "What did the committee say about Roma in Mongolia?",
        (ROMA,),
        "uncovered country (Mongolia) after a Tajikistan turn",
    ),
    (
        "and what about Uzbekistan?",
        (TJK_COTTON, TJK_COTTON_REC),
        "uncovered country (Uzbekistan) after Tajikistan turns",
    ),
    ("And in Armenia?", (TKM_HELPLINE,), "uncovered country (Armenia) after a Turkmenistan turn"),
    (
        "same for Kyrgyzstan?",
        (TJK_DATA, TKM_DATA),
        "uncovered country (Kyrgyzstan) after Tajikistan and Turkmenistan turns",
    ),
    (
        "What did they recommend to Georgia?",
        (KAZ_STREET,),
        "uncovered country (Georgia) after a Kazakhstan turn",
    ),
    (
        "When did the Committee consider Afghanistan's report under the Optional Protocol on the sale of children?",
        (TJK_DATE,),
        "uncovered country (Afghanistan) after a Tajikistan turn",
    ),
    (
        "Did Azerbaijan get the same recommendation on legal persons?",
        (TKM_LEGAL_PERSONS,),
        "uncovered country (Azerbaijan) after a Turkmenistan turn",
    ),
    (
        "How about Belarus - what did the committee tell them about online abuse?",
        (TJK_ONLINE,),
        "uncovered country (Belarus) after a Tajikistan turn",
    ),
    # -- a body the index does not hold, about a covered country --
    (
        "What did the Human Rights Committee say about this in Tajikistan?",
        (TJK_PROSECUTED,),
        "uncovered body (Human Rights Committee) on Tajikistan",
    ),
    (
        "Did the Committee against Torture raise the same concerns with Turkmenistan?",
        (TKM_CSO,),
        "uncovered body (Committee against Torture) on Turkmenistan",
    ),
    (
        "What did CEDAW recommend to Tajikistan about women migrant workers?",
        (SR_WOMEN,),
        "uncovered body (CEDAW) on Tajikistan after a Special Rapporteur turn",
    ),
    (
        "And what did CERD say about the Lyuli in its review of Tajikistan?",
        (ROMA, SR_ROMA),
        "uncovered body (CERD) on Tajikistan",
    ),
    (
        "What did the Committee on Economic, Social and Cultural Rights say about health care for these children in Kazakhstan?",
        (KAZ_HIV,),
        "uncovered body (CESCR) on Kazakhstan",
    ),
    (
        "What did the CRPD Committee recommend to Kazakhstan for children with disabilities?",
        (KAZ_STREET,),
        "uncovered body (CRPD Committee) on Kazakhstan",
    ),
    (
        "Which recommendations on forced child labour did Tajikistan receive in its Universal Periodic Review?",
        (TJK_COTTON, PO_COTTON),
        "uncovered body (UPR) on Tajikistan",
    ),
    (
        "What did the Committee on Migrant Workers say in its concluding observations on Tajikistan?",
        (SR_MIGRANTS,),
        "uncovered body (Committee on Migrant Workers) on Tajikistan",
    ),
    # -- a Special Rapporteur mandate or visit the index does not hold --
    (
        "What did she find on her visit to Turkmenistan?",
        (SR_SHELTER,),
        "trafficking Rapporteur visit to Turkmenistan, never made",
    ),
    (
        "And her visit to Kazakhstan - what did she recommend there?",
        (SR_VISIT,),
        "trafficking Rapporteur visit to Kazakhstan, never made (Kazakhstan only named as a destination)",
    ),
    (
        "What did the Special Rapporteur on torture recommend after visiting Tajikistan?",
        (SR_COMP,),
        "uncovered mandate (Special Rapporteur on torture) on Tajikistan",
    ),
    (
        "What did the Special Rapporteur on the right to education say about this?",
        (SR_GIRLS,),
        "uncovered mandate (Special Rapporteur on education); topic carried from a trafficking turn",
    ),
    (
        "What did the Special Rapporteur on freedom of expression report about independent media in Tajikistan?",
        (SR_NGO,),
        "uncovered mandate (Special Rapporteur on freedom of expression) on Tajikistan",
    ),
    (
        "What did the Special Rapporteur on the sale and sexual exploitation of children recommend after her visit to Kazakhstan?",
        (KAZ_DATE, KAZ_HOTLINE),
        "uncovered mandate (Special Rapporteur on the sale of children) on Kazakhstan",
    ),
    (
        "Did she say the same about minority children when she went to Mongolia?",
        (SR_ROMA,),
        "trafficking Rapporteur visit to Mongolia, never made",
    ),
    (
        "What did the Special Rapporteur on counter-terrorism and human rights say about these children?",
        (SR_IRAQ,),
        "uncovered mandate (Special Rapporteur on counter-terrorism); country carried from Tajikistan turn",
    ),
    # -- a year no document is from --
    (
        "What did the 2010 concluding observations on Tajikistan say about this?",
        (TJK_DATA,),
        "uncovered year (2010) for Tajikistan",
    ),
    (
        "What did the committee say in 2012 about Turkmenistan?",
        (TKM_DATE,),
        "uncovered year (2012) for Turkmenistan",
    ),
    (
        "Did the committee repeat that in its 2014 review of Kazakhstan?",
        (KAZ_DOUBLE,),
        "uncovered year (2014) for Kazakhstan",
    ),
    (
        "What did the Special Rapporteur report from her 2016 visit to Tajikistan?",
        (SR_VISIT,),
        "uncovered year (2016 visit) for the trafficking Rapporteur",
    ),
    (
        "And in the committee's 2008 observations on Kazakhstan, was a hotline mentioned?",
        (KAZ_HOTLINE,),
        "uncovered year (2008) for Kazakhstan",
    ),
    (
        "What did Tajikistan's 2013-2017 national plan foresee on the same issue?",
        (TJK_COTTON, PO_COTTON),
        "uncovered plan period (2013-2017) for Tajikistan",
    ),
    (
        "Did the committee say the same in its 2023 concluding observations on Tajikistan?",
        (TJK_COMM,),
        "uncovered year (2023) for Tajikistan",
    ),
    (
        "What did the 2020 concluding observations on Turkmenistan say about it?",
        (TKM_NHRI,),
        "uncovered year (2020) for Turkmenistan",
    ),
    # -- a document symbol the index does not hold --
    (
        "And what did CRC/C/TJK/CO/2 say on that?",
        (TJK_DATA,),
        "uncovered symbol (CRC/C/TJK/CO/2) after a Tajikistan turn",
    ),
    (
        "Show me the main recommendations of CRC/C/OPAC/KAZ/CO/1.",
        (KAZ_DATE,),
        "uncovered symbol (CRC/C/OPAC/KAZ/CO/1) after a Kazakhstan turn",
    ),
    (
        "What does A/HRC/41/35/Add.2 say about shelters?",
        (SR_SHELTER,),
        "uncovered symbol (A/HRC/41/35/Add.2) after a Special Rapporteur turn",
    ),
    (
        "Is there anything on Roma children in CRC/C/OPSC/TJK/CO/2?",
        (ROMA,),
        "uncovered symbol (CRC/C/OPSC/TJK/CO/2, near miss of the held CO/1)",
    ),
    (
        "And in CRC/C/OPSC/TKM/CO/2?",
        (TKM_INTERNET,),
        "uncovered symbol (CRC/C/OPSC/TKM/CO/2, near miss of the held CO/1)",
    ),
    (
        "What about A/HRC/50/33/Add.2?",
        (SR_VISIT, SR_HOTLINE),
        "uncovered symbol (A/HRC/50/33/Add.2, near miss of the held Add.1)",
    ),
    (
        "What did CRC/C/KAZ/CO/4 recommend on the budget for children?",
        (KAZ_BUDGET,),
        "uncovered symbol (CRC/C/KAZ/CO/4) after a Kazakhstan turn",
    ),
    (
        "Does CCPR/C/TKM/CO/2 say anything about restrictions on NGOs?",
        (TKM_CSO,),
        "uncovered symbol (CCPR/C/TKM/CO/2) after a Turkmenistan turn",
    ),
    # -- a paragraph or row number that does not exist --
    (
        "What does paragraph 99 of that document say?",
        (SR_COMP,),
        "nonexistent paragraph (99) of A/HRC/50/33/Add.1, which has 92",
    ),
    (
        "and paragraph 52?",
        (TKM_HELPLINE,),
        "nonexistent paragraph (52) of CRC/C/OPSC/TKM/CO/1, which has 47",
    ),
    (
        "Show me row 40 of the OPSC plan.",
        (PO_COTTON,),
        "nonexistent row (40) of the OPSC table of the plan, which has 11",
    ),
    (
        "What does recommendation 60 say?",
        (TJK_IMPUNITY,),
        "nonexistent recommendation (60) of CRC/C/OPSC/TJK/CO/1, which has 38 paragraphs",
    ),
    (
        "What's in paragraph 40 of the Kazakhstan observations?",
        (KAZ_DOUBLE,),
        "nonexistent paragraph (40) of CRC/C/OPSC/KAZ/CO/1, which has 32",
    ),
    (
        "Quote paragraph 45 of CRC/C/OPSC/TJK/CO/1.",
        (TJK_DATE, TJK_RESOURCES),
        "nonexistent paragraph (45) of CRC/C/OPSC/TJK/CO/1, which has 38",
    ),
    (
        "And row 12 of that table?",
        (PA_MINES,),
        "nonexistent row (12) of the OPAC table of the plan, which has 10",
    ),
    (
        "What does row 36 of the CRC table say?",
        (PC_ROMA,),
        "nonexistent row (36) of the CRC table of the plan, which has 35",
    ),
]

# B: the last question moves to another covered country; the carried-over topic is answered there.
# (question, history, country, must, may, facts, notes); units are (doc id, number) pairs.
Units = list[tuple[str, int]]


def u(doc: str, *ns: int) -> Units:
    return [(doc, n) for n in ns]


COVERED: list[tuple[str, tuple[tuple[str, str], ...], str, Units, Units, list[str], str]] = [
    # -- to Turkmenistan --
    (
        "and what about Turkmenistan?",
        (TJK_COTTON,),
        "Turkmenistan",
        u(M, 5),
        u(M, 24, 25, 26),
        ["cotton harvest"],
        "covered country Turkmenistan after a Tajikistan turn (forced labour in cotton)",
    ),
    (
        "Same question for Turkmenistan.",
        (TJK_DOUBLE,),
        "Turkmenistan",
        u(M, 32, 33),
        u(M, 34),
        ["double criminality"],
        "covered country Turkmenistan after a Tajikistan turn (double criminality)",
    ),
    (
        "Is there anything like that in Turkmenistan?",
        (SR_HOTLINE,),
        "Turkmenistan",
        u(M, 41, 42),
        [],
        ["helpline"],
        "covered country Turkmenistan after a Special Rapporteur turn on Tajikistan (hotline)",
    ),
    (
        "What did the committee say about coordination in Turkmenistan?",
        (KAZ_COORD,),
        "Turkmenistan",
        u(M, 12, 13),
        [],
        ["Interagency Commission"],
        "covered country Turkmenistan after a Kazakhstan turn (coordination)",
    ),
    (
        "what did they recommend to Turkmenistan on the Internet side of this?",
        (TJK_ONLINE,),
        "Turkmenistan",
        u(M, 26, 27),
        u(M, 25),
        ["Internet providers"],
        "covered country Turkmenistan after a Tajikistan turn (online exploitation)",
    ),
    (
        "And Turkmenistan's data?",
        (KAZ_DATA,),
        "Turkmenistan",
        u(M, 6, 7),
        [],
        ["disaggregated"],
        "covered country Turkmenistan after a Kazakhstan turn (data collection)",
    ),
    (
        "What did the committee recommend to Turkmenistan on identifying child victims?",
        (TJK_IDENT,),
        "Turkmenistan",
        u(M, 36),
        u(M, 35),
        ["early detection and identification"],
        "covered country Turkmenistan after a Tajikistan turn (identification of child victims)",
    ),
    (
        "And the training of professionals in Turkmenistan?",
        (TJK_AWARENESS,),
        "Turkmenistan",
        u(M, 18, 19),
        u(M, 16, 17),
        ["not systematic"],
        "covered country Turkmenistan after a Tajikistan turn (training)",
    ),
    (
        "and Turkmenistan?",
        (KAZ_BUDGET, TJK_RESOURCES),
        "Turkmenistan",
        u(M, 20, 21),
        [],
        ["allocation of resources"],
        "covered country Turkmenistan after Kazakhstan and Tajikistan turns (resources)",
    ),
    # -- to Kazakhstan --
    (
        "Can legal persons be held liable in Kazakhstan?",
        (TKM_LEGAL_PERSONS,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["Legal persons cannot be liable"],
        "covered country Kazakhstan after a Turkmenistan turn (liability of legal persons)",
    ),
    (
        "Did the committee raise corruption with Kazakhstan too?",
        (TJK_CORRUPTION,),
        "Kazakhstan",
        u(K, 23, 24),
        [],
        ["complicity by State officials"],
        "covered country Kazakhstan after a Tajikistan turn (corruption)",
    ),
    (
        "What about recovery and support for child victims in Kazakhstan?",
        (TKM_RECOVERY,),
        "Kazakhstan",
        u(K, 21, 22),
        u(K, 19, 20),
        ["crisis centres"],
        "covered country Kazakhstan after a Turkmenistan turn (recovery of victims)",
    ),
    (
        "And when was Kazakhstan's report considered?",
        (TKM_DATE,),
        "Kazakhstan",
        u(K, 1),
        [],
        ["11 January 2006"],
        "covered country Kazakhstan after a Turkmenistan turn (date of consideration)",
    ),
    (
        "same question for Kazakhstan",
        (TJK_PORN,),
        "Kazakhstan",
        u(K, 15),
        u(K, 16),
        ["possession of child pornography"],
        "covered country Kazakhstan after a Tajikistan turn (possession of child pornography)",
    ),
    (
        "What did the committee say about that in Kazakhstan?",
        (TJK_RESOURCES,),
        "Kazakhstan",
        u(K, 13, 14),
        [],
        ["budget allocations"],
        "covered country Kazakhstan after a Tajikistan turn (resources)",
    ),
    (
        "and in Kazakhstan?",
        (TKM_TRAINING,),
        "Kazakhstan",
        u(K, 7, 8),
        [],
        ["training materials"],
        "covered country Kazakhstan after a Turkmenistan turn (training)",
    ),
    (
        "When was Kazakhstan's next report due?",
        (TKM_NEXT,),
        "Kazakhstan",
        u(K, 32),
        [],
        ["10 September 2006"],
        "covered country Kazakhstan after a Turkmenistan turn (next report)",
    ),
    (
        "Did the committee say anything to Kazakhstan about adoption?",
        (TKM_ADOPTION,),
        "Kazakhstan",
        u(K, 15, 16),
        [],
        ["central regulating authority"],
        "covered country Kazakhstan after a Turkmenistan turn (adoption)",
    ),
    # -- to Tajikistan --
    (
        "And in Tajikistan?",
        (KAZ_COMPLICITY,),
        "Tajikistan",
        u(T, 18, 29),
        u(T, 19),
        ["owing to corruption"],
        "covered country Tajikistan after a Kazakhstan turn (corruption, complicit officials)",
    ),
    (
        "Did Tajikistan get the same recommendation?",
        (TKM_COMM,),
        "Tajikistan",
        u(T, 35),
        [],
        ["communications procedure"],
        "covered country Tajikistan after a Turkmenistan turn (communications procedure)",
    ),
    (
        "What did the committee say about vulnerable groups of children in Tajikistan?",
        (KAZ_STREET,),
        "Tajikistan",
        u(T, 24, 25),
        u(T, 18, 19) + u(PC, 30) + u(PO, 10) + u(S, 53),
        ["Roma children"],
        "covered country Tajikistan after a Kazakhstan turn (vulnerable groups)",
    ),
    (
        "What gaps did it find in Tajikistan's criminal law?",
        (TKM_CRIMINAL,),
        "Tajikistan",
        u(T, 26, 27),
        u(T, 8, 9) + u(PO, 2),
        ["including possession"],
        "covered country Tajikistan after a Turkmenistan turn (criminal law gaps)",
    ),
    (
        "And Tajikistan's?",
        (KAZ_DATE,),
        "Tajikistan",
        u(T, 1),
        [],
        ["14 September 2017"],
        "covered country Tajikistan after a Kazakhstan turn (date of consideration)",
    ),
    (
        "Was there a similar concern for Tajikistan?",
        (TKM_STRATEGY,),
        "Tajikistan",
        u(T, 10, 11),
        u(PO, 3),
        ["comprehensive policy and strategy"],
        "covered country Tajikistan after a Turkmenistan turn (comprehensive strategy)",
    ),
    (
        "Are child victims in Tajikistan protected from prosecution?",
        (KAZ_NONCRIM,),
        "Tajikistan",
        u(T, 32, 33),
        u(T, 24, 25) + u(S, 59),
        ["arrested and prosecuted"],
        "covered country Tajikistan after a Kazakhstan turn (non-criminalization of child victims)",
    ),
    (
        "To whom should Tajikistan transmit its recommendations?",
        (TKM_FOLLOWUP,),
        "Tajikistan",
        u(T, 36),
        [],
        ["national parliament"],
        "covered country Tajikistan after a Turkmenistan turn (follow-up)",
    ),
    (
        "and Tajikistan? is child labour in cotton an issue there?",
        (TKM_COTTON,),
        "Tajikistan",
        u(T, 20, 21),
        u(PO, 8) + u(S, 50),
        ["cotton harvest"],
        "covered country Tajikistan after a Turkmenistan turn (forced labour in cotton)",
    ),
]
