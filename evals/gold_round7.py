"""Round-7 gold items (ids rb001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of a cited unit, and no answer of
the assistant was seen. The questions avoid the paragraphs, themes and wordings of the round-2 to
round-6 tables and of the q items where they can: the paraphrases, follow-ups and lookups go mostly to
the paragraphs and plan rows those tables cited least (29 of their 38 units had been must-cited at most
three times), and the themes (the Commission on Child Rights, the working groups and commissions the
plan sets up, the plan's activities due within 2018, destination countries other than Russia, violence
in families, schools and institutions, the plan's leaflets, handbooks and videos, religion,
investigative techniques, the Committee's complaints of missing information, help tailored to each
victim's needs) were not asked before. Three lookups name a paragraph or plan row that does not exist,
and ten questions are near misses the corpus cannot answer, each checked with grep: a covered country
on a topic no document treats, a treaty or mandate the corpus does not hold, a covered mandate on
another country. The users are a parliamentary staffer, a school principal, a police trainer and a
diaspora association volunteer writing in slightly non-native English.
"""

from collections.abc import Callable
from typing import Any

T, K, M, S = "crc-opsc-tjk-co-1", "crc-opsc-kaz-co-1", "crc-opsc-tkm-co-1", "a-hrc-50-33-add-1"
PC, PO, PA = "tjk-npa-2018-crc", "tjk-npa-2018-opsc", "tjk-npa-2018-opac"

TJK = "CRC/C/OPSC/TJK/CO/1"
TKM = "CRC/C/OPSC/TKM/CO/1"
KAZ = "CRC/C/OPSC/KAZ/CO/1"
SR = "A/HRC/50/33/Add.1"
NPA = "National Plan of Action 2018-2022"


def add(q: Callable[..., None], h: Callable[..., Any], c: Callable[..., list[str]]) -> None:
    """Add the round-7 items through make_gold's q(), with ids rb001, rb002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "My MP wants a one-line answer: is the Committee's bottom line that every kind of child-selling offence "
        "must be a crime under Tajik law, not just some of them?",
        c(T, 9),
        c(T, 8, 27) + c(PO, 2),
        ["fully covered under its criminal law"],
        notes="9: ensure that all offences under the Optional Protocol are fully covered under criminal law",
    )
    item(
        P,
        "In the Tajik government plan, some points they only write 'we will look at it in the UPR'. Which points "
        "are these, please?",
        c(PC, 15, 17),
        [],
        ["as per formalities of the Universal Periodic Review", "freedom of conscience"],
        notes="CRC plan rows 15 (freedom of conscience, recommendation 19) and 17 (strategy to eliminate child marriage, "
        "recommendation 23) are both left to the UN Council on Human Rights' Universal Periodic Review",
    )
    item(
        P,
        "Who is meant to get the defence ministry, the prosecutors and the police working together on child-soldier "
        "questions in Tajikistan, and by when?",
        c(PA, 2),
        c(PO, 4),
        ["Improve the mechanisms of coordination among government agencies", "2018-2019"],
        notes="OPAC plan row 2 (recommendation 9): MOD, MOJ, MOIA, GPO, SCNS, 2018-2019",
    )
    item(
        P,
        "We are small association of Tajik families living abroad. When the government in Dushanbe prepares new laws "
        "for children, NGOs can sit in the working groups?",
        c(PC, 8),
        c(S, 33, 85),
        ["working groups and other events related to children's rights"],
        notes="CRC plan row 8 (recommendation 12): include CSOs in drafting legal-normative acts and in working groups, "
        "regularly",
    )
    item(
        P,
        "The kids of my cousin help in the bazaar after school. Will the government check everywhere in the country if "
        "children are working, not only in the capital?",
        c(PC, 31),
        c(PO, 8) + c(PC, 26),
        ["monitoring of child labour system in all cities and regions"],
        notes="CRC plan row 31 (recommendation 43): monitoring of the child labour system in all cities and regions, "
        "2018-2020",
    )
    item(
        P,
        "Background for a hearing: plenty of Tajik bodies seem to have a hand in protecting kids from being sold - did "
        "the UN ever find out which one is actually in charge?",
        c(T, 12),
        c(T, 13) + c(PO, 4),
        ["lack of information about the entity in charge of coordinating"],
        notes="12: many entities involved, but no information on the entity in charge of coordination",
    )
    item(
        P,
        "My cadets will meet women selling sex on the street. Is anything being done in Tajikistan so those women "
        "don't end up in traffickers' hands?",
        c(S, 43),
        c(S, 14, 66),
        ["absence of targeted prevention programmes to safeguard sex workers"],
        notes="43: no targeted prevention programmes for sex workers/persons engaged in prostitution",
    )
    item(
        P,
        "Do researchers know enough about trafficking in Tajikistan for us to legislate on evidence, in the UN "
        "expert's view?",
        c(S, 34),
        c(S, 82),
        ["limited data and independent research on trafficking in persons in Tajikistan"],
        notes="34: limited data and independent research; a wider research base is essential",
    )
    item(
        P,
        "Apart from guns and security, what does the UN trafficking expert think Tajikistan should do to keep "
        "youngsters away from armed groups?",
        c(S, 54),
        c(S, 71) + c(PA, 5),
        ["human rights based approach is taken"],
        notes="54: child protection systems, education, vocational training, employment and participation in public life",
    )
    item(
        P,
        "When a child in Kazakhstan has been sold or prostituted, did the government tell the UN what practical help - "
        "a lawyer, a doctor, counselling - the child gets?",
        c(K, 21),
        c(K, 22),
        ["provision of legal, medical and psychosocial assistance"],
        notes="21: lack of information on special measures such as legal, medical and psychosocial assistance",
    )
    item(
        P,
        "Will ordinary people in Tajik towns be told about the rules against selling kids, and which ministries "
        "organise that?",
        c(PO, 5),
        c(T, 15) + c(PA, 3) + c(PC, 35),
        ["Carry out advocacy and awareness raising events among population", "MOIA, MOES"],
        notes="OPSC plan row 5 (recommendation 15): advocacy and awareness-raising events, regularly, MOIA and MOES",
    )
    item(
        P,
        "For the committee's briefing note: how long was the UN trafficking envoy in Tajikistan, and what did she set "
        "out to check?",
        c(S, 1),
        c(S, 2),
        ["7 to 16 December 2021", "to assess the situation of trafficking in persons"],
        notes="1: official visit 7-16 December 2021; SR 2 ('In her 10 days in Tajikistan') may",
    )
    item(
        P,
        "Before I went to Moscow the migration office gave us a lecture. For my sister, nothing special about the "
        "dangers for women. The UN says something about this?",
        c(S, 37),
        c(S, 8, 35, 91),
        ["pre-departure orientation programmes"],
        notes="37: limited attention to women migrant workers' risks by the State Migration Service and in "
        "pre-departure orientation",
    )
    item(
        P,
        "Where is the money for fighting child-selling supposed to come from in Tajikistan - only the state budget, "
        "or outside funders too?",
        c(PO, 6),
        c(T, 17) + c(PC, 4),
        ["Attracting alternative sources of funding", "MOF, MEDT, MOIA, GPO"],
        notes="OPSC plan row 6 (recommendation 17): information on financing (2018-2020) and alternative sources of "
        "funding (regularly)",
    )
    item(
        P,
        "Is there a children's ombudsman in Tajikistan I could invite to speak at our school, and since when has the "
        "post existed?",
        c(T, 5),
        c(PC, 6),
        ["Commissioner for Children’s Rights in 2016"],
        notes="5: establishment of the Commissioner for Children's Rights in 2016; the Ombudsman's child rights "
        "department (CRC plan 6) may",
    )
    item(
        P,
        "For a regional police workshop: was Turkmenistan pushed to make deals with the states around it to catch and "
        "punish people who sell children?",
        c(M, 43),
        c(M, 34),
        ["neighbouring countries"],
        notes="43: multilateral, regional and bilateral arrangements, especially with neighbouring countries",
    )
    item(
        P,
        "Have Turkmen police actually registered any cases of kids recruited into prostitution or of child abuse images?",
        c(M, 28),
        c(M, 29),
        ["registration of a small number of criminal offences"],
        notes="28: a small number of registered offences, including recruitment of minors for prostitution and child "
        "pornographic items",
    )
    item(
        P,
        "Our pupils live on their phones. Does the UN trafficking expert see chat apps and social networks as a way "
        "traffickers get to children?",
        c(S, 49),
        c(S, 79, 20) + c(T, 23),
        ["social media, the dark web and messaging platforms"],
        notes="49: digital technologies give easy access to potential victims, in particular children",
    )
    item(
        P,
        "Did covid slow down trafficking investigations and court cases in Tajikistan?",
        c(S, 21),
        c(S, 18, 73, 74),
        ["slowed progress of investigations of trafficking cases", "Delays in court proceedings"],
        notes="21: fewer victims identified, slowed investigations, delays in court and compensation proceedings",
    )
    item(
        P,
        "Where I can read the report Tajikistan gave to the UN about selling of children, and the UN answer? It is on "
        "internet for everybody?",
        c(T, 37),
        c(T, 36) + c(PC, 35),
        ["including through the Internet"],
        notes="37: report, written replies and concluding observations to be made widely available, including online",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a hearing with the Commission on Child Rights: what exactly does Tajikistan's 2018-2022 plan ask that "
        "Commission to do? Every activity, please.",
        c(PC, 2, 3, 18, 19, 35),
        [],
        [
            "Functional Assessment of the Commission on Child Rights",
            "Strengthen the capacity of the CCRs and its Secretaries at local level",
        ],
        notes="CCR as implementing agency or subject: CRC plan 2 (unified programme to 2030), 3 (functional assessment, "
        "2018), 18 activity 7 (local CCRs and the best interests of children without parental care), 19 activity 2 "
        "(joining the Hague adoption convention), 35 (dissemination); the observations and the SR never name it (TJK 5 "
        "is the Commissioner, another body)",
    )
    item(
        TH,
        "Which new working groups, commissions or separate structures does Tajikistan's action plan propose to set up? "
        "Look at all three tables.",
        c(PO, 1, 8) + c(PA, 6) + c(PC, 3),
        c(PC, 8, 17),
        [
            "Establishment of an inter-sectoral working group to improve statistics",
            "Creation of a working group for curriculum development",
            "Creation of a commission to determine the age of students and cadets",
            "separate structure for the protection of the rights of the child",
        ],
        notes="OPSC plan 1 (statistics working group), 8 activity 2 (working group on the 2014 Forced Labour Protocol); "
        "OPAC plan 6 (curriculum working group, age commission); CRC plan 3 activity 2 (separate child rights structure "
        "in the MOES); CSO participation in working groups (CRC plan 8) and the 'WG' agency of CRC plan 17 may",
    )
    item(
        TH,
        "Which activities in Tajikistan's 2018-2022 plan were due within 2018 itself? Give me every one, across the "
        "three tables.",
        c(PC, 3, 4, 5, 7, 14, 24) + c(PO, 1) + c(PA, 1),
        [],
        [
            "Conduct assessments on the budgetary needs of children",
            "Review the issue of development of the State Programme on Youth Social Development",
            "Analyse the legislation to ensure that it is consistent with the content and purpose",
        ],
        notes="Implementation period '2018': CRC plan 3 (1), 4, 5 (2), 7 (1), 14 (1)-(2), 24 (2); OPSC plan 1 (1)-(2); "
        "OPAC plan 1",
    )
    item(
        TH,
        "Our association help Tajik people outside of Russia. Which other countries the documents mention, where "
        "Tajiks go to work, get exploited or are brought home from?",
        c(S, 7, 68, 69, 71),
        c(S, 72, 74, 85, 4, 35),
        [
            "Kazakhstan, the Russian Federation and Turkey are the main countries of destination",
            "Qatar, Saudi Arabia and the United Arab Emirates",
            "returning from India, Kazakhstan and Saudi Arabia",
            "84 children from Iraq",
        ],
        notes="SR 7 (Kazakhstan, Turkey), 68 (Gulf: Qatar, Saudi Arabia, UAE), 69 (returns from India, Kazakhstan, Saudi "
        "Arabia), 71 (camps in Syria, children from Iraq); 72, 85 (c) (Iraq and Syria), 74 (destination countries), 4 "
        "(children repatriated from Iraq) and 35 (new destinations) may; the CRC observations and the plan are silent",
    )
    item(
        TH,
        "As a school principal I need everything the documents say about violence and abuse against children - in "
        "families, in schools and in care institutions.",
        c(PC, 16) + c(S, 17, 45),
        c(M, 38) + c(S, 12) + c(PC, 6),
        [
            "reporting of all types of violence and use of corporal punishment",
            "despite the reports of abuse and sexual violence",
            "limited oversight or independent monitoring and inspection of such settings",
        ],
        notes="CRC plan 16 (recommendations 20-22: campaigns, school reporting mechanism, studies on violence in the "
        "family, schools and community, support to victims); SR 17 (abuse in institutionalized settings), 45 (abuse and "
        "sexual violence in congregated and institutional settings); TKM 38 (child victims of abuse), SR 12 "
        "(gender-based violence) and monitoring of residential institutions (CRC plan 6) may",
    )
    item(
        TH,
        "Which leaflets, handbooks, guides or videos does Tajikistan's plan promise to produce? I would like to order "
        "some for our school.",
        c(PC, 21, 22, 35) + c(PO, 7) + c(PA, 8),
        c(PC, 3, 5) + c(M, 16) + c(K, 8),
        [
            "Monitoring of Maternal and Child Health Handbook",
            "Preparation of leaflets and guidelines on healthy nutrition",
            "Develop advocacy and information materials related to crime prevention",
            "Prepare of a video material for outreach work",
        ],
        notes="CRC plan 21 (maternal and child health handbook), 22 (nutrition leaflets and guidelines), 35 (informational "
        "leaflets on the CRC); OPSC plan 7 (1) (crime-prevention materials); OPAC plan 8 (3) (mine-risk video); "
        "methodological guidance (CRC plan 3), the printed analytical report (CRC plan 5), Turkmenistan's leaflets and "
        "brochures (TKM 16) and Kazakhstan's training materials (KAZ 8) may",
    )
    item(
        TH,
        "For an interfaith round table: where do the documents touch on religion - freedom of conscience, the state "
        "body for religious affairs, radical movements?",
        c(PC, 15) + c(PA, 5),
        c(PC, 8) + c(PO, 10),
        ["freedom of conscience", "extremist and radical movements"],
        notes="CRC plan 15 (freedom of conscience, led by the CORRTR); OPAC plan 5 (strategy against extremist and radical "
        "movements, with the CORRTR); the Committee on Religion, Regulating Traditions and Rituals is only an agency in "
        "CRC plan 8 and OPSC plan 10; the observations and the SR are silent",
    )
    item(
        TH,
        "I teach investigators. Everything the documents say about how trafficking and child-selling cases should be "
        "investigated - the techniques, the skills, financial and digital investigation.",
        c(S, 79, 89) + c(PO, 11) + c(M, 18),
        c(S, 78, 80) + c(M, 36) + c(T, 29) + c(PO, 7),
        [
            "wider range of investigative techniques",
            "including financial investigations",
            "Build the capacity of the law enforcement agencies on appropriate and comprehensive investigation",
            "human trafficking investigation techniques",
        ],
        notes="SR 79 (investigative techniques, digital technologies), 89 (trauma-informed, gender-sensitive and financial "
        "investigations); OPSC plan 11 (capacity building on investigation); TKM 18 (training on investigation techniques "
        "with IOM); SR 78 (the Centre's training), 80 (few investigations), TKM 36 (b) (instructions to prosecutors) may",
    )
    item(
        TH,
        "For a written parliamentary question: every point where the Committee says a government did not give it "
        "enough information - Tajikistan, Kazakhstan and Turkmenistan.",
        c(T, 12, 16, 20, 22, 24, 28) + c(K, 13, 21) + c(M, 20, 28),
        c(T, 18, 32, 17) + c(K, 14, 29),
        [
            "paucity of information provided by",
            "lack of information provided on budget allocations",
            "has not provided information on the",
        ],
        notes="TJK 12 (coordinating entity), 16 (resources), 20 (forced labour), 22 (online exploitation), 24 (vulnerable "
        "children), 28 (cases and convictions); KAZ 13 (budget), 21 (assistance to victims); TKM 20 (resources), 28 "
        "(cases investigated); insufficient information on scale (TJK 18 (c)) and compensation (TJK 32 (c)) and requests "
        "for more information (TJK 17, KAZ 14, 29) may",
    )
    item(
        TH,
        "For a case-management course: where do the documents ask that help be tailored to each victim - an "
        "assessment of the person's own needs, or an individual plan?",
        c(S, 60, 87),
        c(S, 72, 83, 86) + c(K, 20) + c(M, 39),
        ["individual assessment of victims' needs", "an individual plan should be adopted"],
        notes="SR 60 (individual assessment under Act No. 327), 87 (c) (assistance based on specific needs) and (g) "
        "(individual plan for the child); best interests determination (SR 72), special needs (SR 83), the child's "
        "views, needs and concerns (KAZ 20) and needs of child victims (TKM 39) may",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "Which laws were already being rewritten or reviewed when the UN looked at Turkmenistan in 2015 and when its "
        "trafficking expert visited Tajikistan?",
        c(M, 9, 22) + c(S, 31),
        c(S, 34, 14, 44),
        [
            "Law on Guarantees of the Rights of the Child, which is currently being",
            "proposals to review the Law on Public",
            "further legislative reform was in progress",
        ],
        notes="TKM 9 (Law on Guarantees being revised), 22 (review of the Law on Public Associations considered); SR 31 "
        "(non-punishment principle into the Criminal Code); the new and draft national action plans (SR 34, 14, 44) may",
    )
    item(
        CO,
        "For our school assembly: what awareness events were already running in Tajikistan and in Turkmenistan that the "
        "Committee gave credit for, and what did it still find lacking?",
        c(T, 14) + c(M, 16),
        c(T, 15) + c(M, 17),
        [
            "law enforcement officials carry out awareness-raising activities",
            "performances, concerts, seminars, workshops",
        ],
        notes="TJK 14 (police awareness on child marriage; limited dissemination of the Protocol); TKM 16 (performances, "
        "concerts, seminars, leaflets; not regular, not on sale, prostitution and pornography)",
    )
    item(
        CO,
        "Tajikistan and Turkmenistan - both of them joined the 1951 refugee convention? When each one?",
        c(S, 22) + c(M, 4),
        c(S, 26, 88),
        [
            "the Protocol thereto, in 1993",
            "1951 Convention relating to the Status of Refugees and its 1967 Protocol",
        ],
        notes="SR 22 (Tajikistan, 1993, a leading role in the region); TKM 4 (c) (Turkmenistan, March 1998); Kazakhstan "
        "not covered",
    )
    item(
        CO,
        "What should children themselves be taught or told about these dangers? Compare what the Committee said for "
        "Tajikistan, Kazakhstan and Turkmenistan.",
        c(T, 23) + c(K, 26) + c(M, 17),
        c(K, 8) + c(T, 15) + c(PC, 6),
        [
            "education of children on the responsible use of information and communications technologies",
            "raising awareness among these children of their rights",
            "In close cooperation with civil society, children and child victims,",
        ],
        notes="TJK 23 (education of children on ICT, not punishment); KAZ 26 (vulnerable children aware of their rights); "
        "TKM 17 (a) (programmes with children and child victims); school curricula (KAZ 8), awareness among parents and "
        "children (TJK 15) and children informed about the Ombudsman (CRC plan 6) may",
    )
    item(
        CO,
        "Coordination: what is Tajikistan's plan doing to get its agencies to work together on child-selling, and "
        "what was Turkmenistan told to set up?",
        c(PO, 4) + c(M, 13),
        c(PA, 2) + c(M, 12) + c(T, 13),
        [
            "Improve the mechanism of coordination among government entities",
            "establish an efficient body at a high",
        ],
        notes="OPSC plan 4 (recommendation 13: MOIA, GPO, SCT, SCNS, NCL, 2018-2020); TKM 13 (high-level body at "
        "national, regional and local levels); OPAC plan 2, TKM 12 and TJK 13 may",
    )
    item(
        CO,
        "Did Kazakhstan and Turkmenistan each have an overall plan or strategy in place when the Committee reviewed "
        "them?",
        c(K, 4) + c(M, 10),
        c(M, 11) + c(K, 14, 27),
        [
            "National Plan of Action on Trafficking on 29 February 2004",
            "lack of a comprehensive strategy",
        ],
        notes="KAZ 4 (a) (national plan on trafficking 2004 and a plan for 2006-2008); TKM 10 (no comprehensive strategy)",
    )
    item(
        CO,
        "Once the data exist, what should governments do with them? Compare the Committee's advice to Tajikistan, "
        "Kazakhstan and Turkmenistan.",
        c(T, 7) + c(K, 12) + c(M, 7),
        c(T, 6) + c(K, 11) + c(M, 6) + c(PC, 27),
        [
            "utilized for policy decisions, impact assessments",
            "essential tools for measuring policy implementation",
            "shared among the ministries",
        ],
        notes="TJK 7 (policy decisions, impact assessments, monitoring); KAZ 12 (tools for measuring policy "
        "implementation); TKM 7 (shared among ministries, used for policies and programmes)",
    )
    item(
        CO,
        "When the victim is a child, does it matter whether the recruiter used force or tricks? What is said for "
        "Kazakhstan and for Tajikistan?",
        c(K, 15) + c(S, 31),
        c(K, 16) + c(S, 30),
        ["regardless of the methods used", "irrelevance of the means, when the victim is a child"],
        notes="KAZ 15 (b) (article 270 does not punish recruiting a child regardless of methods); SR 31 (Anti-Trafficking "
        "Law: means irrelevant when the victim is a child)",
    )
    item(
        CO,
        "What do the documents say about prosecutors in Turkmenistan and in Tajikistan - instructions they should get, "
        "their attitudes, their training?",
        c(M, 36) + c(S, 80, 83),
        c(M, 17, 18) + c(T, 33) + c(PO, 7) + c(S, 4),
        [
            "Issue clear instructions to all prosecutors",
            "discriminatory attitudes within the police and prosecution services",
            "specialized training provided to members of the judiciary and prosecutors",
        ],
        notes="TKM 36 (a)-(b) (training, instructions to actively prosecute); SR 80 (discriminatory attitudes), 83 "
        "(specialized training for child-friendly justice); dissemination and training (TKM 17, 18), TJK 33 (a), the "
        "OPSC plan's training programme and the General Prosecutor's Office not met (SR 4) may",
    )
    item(
        CO,
        "What should go into school curricula, according to the documents on Kazakhstan and on Tajikistan?",
        c(K, 8) + c(S, 51, 44),
        c(PA, 6) + c(PC, 7) + c(T, 23),
        [
            "school curricula",
            "gender equality in the education curriculum",
            "age-appropriate education on sexual and reproductive health",
        ],
        notes="KAZ 8 (the Optional Protocol through school curricula); SR 51 (gender equality in the curriculum), 44 "
        "(sexual and reproductive health education); peace education in military schools (OPAC plan 6 (3)) and child "
        "rights in re-training curricula (CRC plan 7 (3)) may",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And what did it think of the report itself?",
        c(M, 2),
        c(M, 3),
        ["regrets that the report does not follow the"],
        h(
            "When did the Committee examine Turkmenistan's first report on the sale-of-children protocol?",
            f'It considered it "at its 1939th meeting (see CRC/C/SR.1939) held on 14 January 2015" ({TKM}, para. 1).',
        ),
        notes="TKM 2: detailed information, but the report does not follow the reporting guidelines",
    )
    item(
        F,
        "What does her report turn to right after that?",
        c(S, 5),
        c(S, 6),
        ["Sustainable Development Goals", "objective 10 of the Global Compact"],
        h(
            "Why was the Special Rapporteur's programme in Tajikistan hard to put together?",
            'She regrets that "the late acceptance of the country visit request, only three working days prior to the '
            f'official commencement date, posed difficulties in finalizing the programme for the visit" ({SR}, para. 4).',
        ),
        notes="SR 5: the SDGs and objective 10 of the Global Compact on migration",
    )
    item(
        F,
        "And the very last paragraph - what does it ask of them, and by when?",
        c(M, 47),
        c(M, 45),
        ["due by 28 January"],
        h(
            "Does the Turkmenistan review want the report and the Committee's findings published?",
            'It recommends that they "be made widely available, including, but not exclusively, through the Internet, to '
            f'the public at large, civil society organizations, youth groups, professional groups and children" ({TKM}, '
            "para. 46).",
        ),
        notes="TKM 47: further information in the next periodic report under the Convention, due by 28 January 2018",
    )
    item(
        F,
        "Who has to look into it, and by when?",
        c(PA, 10),
        [],
        ["2018-2019", "PEO, MOFA, MOF, MOJ, MOIA, MEDT, GPO, SCT, SCNS"],
        h(
            "Is Tajikistan thinking of joining the UN protocol on illicit firearms?",
            'The armed-conflict table of the plan has a row on the "Examination of the issue of accession to the Protocol '
            'against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition" '
            f"({NPA} (OPAC), row 10).",
        ),
        notes="OPAC plan row 10 (recommendation 31): 2018-2019, led by the Presidential Executive Office (PEO)",
    )
    item(
        F,
        "Does the government's plan pick that up, and who is on it?",
        c(PO, 3),
        c(T, 11),
        ["Consultations and developing a single document in this field", "MOIA, MOJ, GPO"],
        h(
            "Does Tajikistan have an overall policy on the sale-of-children protocol?",
            'No: the Committee "is concerned that the State party has not developed a comprehensive policy and strategy on '
            f'the rights of the child under the Optional Protocol" ({TJK}, para. 10).',
        ),
        notes="OPSC plan row 3 (Rec. 11): consultations and a single document, 2019-2020, MOIA, MOJ, GPO",
    )
    item(
        F,
        "Is there something like that for children in general in the plan?",
        c(PC, 5),
        c(PO, 1) + c(PA, 4),
        [
            "Establish data compilation and analysis system for children in Tajikistan",
            "Unified state data base",
        ],
        h(
            "What did the Special Rapporteur say about trafficking statistics in Tajikistan?",
            'She finds that "The lack of disaggregated data on investigations into, and the prosecution of, trafficking '
            'cases, has been a serious concern" and "welcomes the measures now under way to develop a unified database for '
            f'crimes related to trafficking in persons" ({SR}, para. 82).',
        ),
        notes="CRC plan row 5 (recommendation 9): data compilation system, statistical reports, a unified state data "
        "base on children with disabilities and without family care",
    )
    item(
        F,
        "And the next row of that table?",
        c(PA, 7),
        c(S, 71),
        ["Improve mechanisms of reintegration of child victims from the armed conflicts"],
        h(
            "What does Tajikistan's armed-conflict plan do about military schools?",
            'Row 6 (recommendations 17 and 19) foresees the "Creation of a working group for curriculum development" and '
            f'of "a commission to determine the age of students and cadets", both in 2019 ({NPA} (OPAC), row 6).',
        ),
        notes="OPAC plan row 7 (recommendations 25 and 29): reintegration of child victims of armed conflicts, 2019-2021",
    )
    item(
        F,
        "Did the trafficking expert say anything about that kind of justice when she visited?",
        c(S, 83),
        c(S, 87, 89),
        ["child-friendly justice", "general comment No. 24 (2019)"],
        h(
            "Does Tajikistan's plan have anything on juvenile justice?",
            'Row 34 (recommendations 46, 47 and 48) is to "Implement and monitoring of the National Programme on justice '
            f'for children system for the period of 2017- 2021" ({NPA} (CRC), row 34).',
        ),
        notes="SR 83: child-friendly justice in line with general comment No. 24, training of judges and prosecutors",
    )
    item(
        F,
        "And the paragraph after that - what is the worry there?",
        c(M, 35),
        c(M, 36),
        [
            "limited to trafficking and are thus insufficient",
            "have not been adequately institutionalized",
        ],
        h(
            "Can Turkmenistan extradite someone for selling children?",
            'The Committee "encourages the State party to consider including all offences referred to in article 3, '
            'paragraph 1, of the Optional Protocol as extraditable offences in the national legislation" '
            f"({TKM}, para. 34).",
        ),
        notes="TKM 35: protection measures limited to trafficking and not institutionalized",
    )
    item(
        F,
        "So what did it tell them to do?",
        c(T, 17),
        c(PO, 6),
        ["identify budget lines"],
        h(
            "Did the Committee get figures from Tajikistan on the money spent on the sale-of-children protocol?",
            'No: it "is concerned about the absence of information regarding the resources allocated to implement the '
            f'Optional Protocol" ({TJK}, para. 16).',
        ),
        notes="TJK 17: identify budget lines, allocate adequate resources, report in the next periodic report",
    )
    item(
        F,
        "What did she recommend about them?",
        c(S, 91),
        c(S, 74),
        ["Strengthen the licensing and monitoring of recruitment agencies"],
        h(
            "What did the Special Rapporteur find about the job agencies that send Tajiks abroad?",
            'She "acknowledges the measures taken to regulate recruitment agencies through the licensing process" but '
            f'"serious concerns remain as to the effectiveness of such prevention measures to date" ({SR}, para. 38).',
        ),
        notes="SR 91 (c): licensing and monitoring of recruitment agencies, ILO fair recruitment principles",
    )
    item(
        F,
        "Who decides whether they count as refugees, and what gets in the way?",
        c(S, 23),
        c(S, 25, 26),
        ["Department of Citizenship and Work with Refugees", "pre-screening procedures"],
        h(
            "How many refugees and asylum seekers are in Tajikistan, according to the Special Rapporteur?",
            'She reports "more than 13,000 persons of concern, including new arrivals, and a protracted caseload" and that '
            f'"More than 5,400 Afghans arrived in Tajikistan in January 2021 alone" ({SR}, para. 22).',
            "Are the new Afghan arrivals getting residence papers?",
            'No: "At the end of July 2021, local authorities suspended the issuance of residence permits to all newly '
            f'arrived Afghans" ({SR}, para. 25).',
        ),
        notes="SR 23: refugee status determination by the Department under the Passport Registration Service; "
        "pre-screening and preliminary requirements",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        "Turkmenistan review, paragraph 29 - what is recommended there?",
        c(M, 29),
        [],
        ["investigated effectively and that perpetrators are prosecuted"],
    )
    item(
        L,
        "What does paragraph 41 of the Tajikistan sale-of-children observations say?",
        [],
        answerable=False,
        notes="CRC/C/OPSC/TJK/CO/1 ends at paragraph 38",
    )
    item(
        L,
        "Paragraph 75 of A/HRC/50/33/Add.1, please - the whole thing.",
        c(S, 75),
        [],
        ["adopted in July 2015 and January 2019"],
    )
    item(
        L,
        "Row 12 of the CRC table of Tajikistan's plan: which activities, who, by when?",
        c(PC, 12),
        [],
        ["right of children to express their opinion", "NCL, MOES, MOJ, GPO, SCT, CWFA, OO"],
    )
    item(
        L,
        "Show me row 14 of the OPSC table in Tajikistan's action plan.",
        [],
        answerable=False,
        notes="the OPSC table of the plan has rows 1-11",
    )
    item(
        L,
        "What is the concern in para. 26 of CRC/C/OPSC/TJK/CO/1?",
        c(T, 26),
        [],
        ["focuses overwhelmingly on the trafficking of persons"],
    )
    item(
        L,
        "Read me row 4 of the OPAC table of the national plan.",
        c(PA, 4),
        [],
        ["Improvement of statistics on this area"],
    )
    item(
        L,
        "Quote paragraph 52 of CRC/C/OPSC/TKM/CO/1.",
        [],
        answerable=False,
        notes="CRC/C/OPSC/TKM/CO/1 ends at paragraph 47",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "Did the Committee say anything about cyberbullying among school pupils in Kazakhstan?",
            "KAZ silent on bullying (its Internet paragraph, KAZ 16 (b), is on child pornography and recruitment for "
            "prostitution); no document mentions bullying",
        ),
        (
            "What did the Special Rapporteur on trafficking in persons recommend to Uzbekistan about its labour migrants?",
            "covered mandate, another country: the corpus holds only her report on Tajikistan (A/HRC/50/33/Add.1); "
            "Uzbekistan is not mentioned",
        ),
        (
            "Did the Committee raise children picking cotton in Kazakhstan?",
            "KAZ silent on cotton and agriculture; the cotton harvest comes up only for Tajikistan (TJK 20, OPSC plan 8, "
            "SR 50) and Turkmenistan (TKM 5 (b))",
        ),
        (
            "Did the Committee urge Kazakhstan to join the Council of Europe's Lanzarote Convention on the sexual "
            "exploitation and abuse of children?",
            "KAZ 16 (c) names the Council of Europe conventions on cyber crime and on action against trafficking, not "
            "the Lanzarote Convention; no document mentions it",
        ),
        (
            "What the UN trafficking expert wrote about Tajik girls taken to China for marriage?",
            "no document mentions China; the SR's destination and return countries are the Russian Federation, "
            "Kazakhstan, Turkey, the Gulf states, India, Iraq and the Syrian Arab Republic (SR 7, 68, 69, 71)",
        ),
        (
            "What did the UN Special Rapporteur on the sale and sexual exploitation of children report after visiting "
            "Tajikistan?",
            "mandate not in the corpus: the only special procedure report is the Special Rapporteur on trafficking in "
            "persons (A/HRC/50/33/Add.1)",
        ),
        (
            "What did Turkmenistan's review say about ratifying the Convention on the Rights of Persons with Disabilities?",
            "TKM silent on disabilities; the CRPD comes up only for Tajikistan (SR 17, 29, 85 (d))",
        ),
        (
            "How many children were trafficked out of Turkmenistan in 2014?",
            "TKM gives no figures: TKM 6 regrets the lack of statistical data, TKM 28 notes a 'small number' of "
            "registered offences",
        ),
        (
            "What did Tajikistan's Supreme Court decide in its first judgment under the 2014 anti-trafficking law?",
            "no judgment is reported: the SR met the Supreme Court (SR 2) and describes the 2014 law (SR 30-32), but "
            "charges and sentences were not available to her (SR 38)",
        ),
        (
            "What does Tajikistan's action plan say about vaccinating children?",
            "the plan's health rows (21, 22, 24, 25) cover maternal and child health, nutrition, youth health services "
            "and HIV, not vaccination; no document mentions immunization",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
