"""Round-8 gold items (ids rc001...), written by reading the corpus documents, not from system output.

Held-out data: make_gold.py calls add(q, h, c) if this module exists. Written blind: every cited unit
was read in data/corpus/*.txt, every key fact is a verbatim substring of a cited unit (checked with a
stdlib script that splits the five files into their numbered paragraphs and plan rows), every quotation
in a history turn is a verbatim passage (whitespace aside) of the unit it cites, and no answer of the
assistant and no eval report was seen. The questions avoid the paragraphs, themes and wordings of the
round-2 to round-7 tables and of the q items where they can: the paraphrases, follow-ups and lookups go
mostly to the units and activities those tables cited least or asked about from another side (the plan's
by-laws for the Law on Child Rights Protection, its re-training institutes, Baby Home Regulation,
perinatal centres, joint psychological-medical-pedagogical consultations, round tables near military
training grounds and vocational schools for children leaving work; the Rapporteur's remarks on UNHCR
cash aid, the Centre's website, seasonal migration, return flights paid by relatives and the rural
roll-out of police training), and the themes (the plan's activities for the Ministry of Defence,
everything the plan calls an assessment, what the Rapporteur could not find out, detention and closed
institutions, performances and culture, the construction and mining sectors, pregnancy and childbirth,
women in the police, courts and government, the Tajik places the documents name, the national referral
mechanism) were not asked before. Comparisons pair countries on points no earlier comparison made its
subject (cybercrime, police-to-police cooperation, high-level commissions, top courts, police pressure,
apps and helplines, internal versus cross-border trafficking, the child's voice in court, the groups
named as most at risk). Two lookups name a paragraph or plan row that does not exist, and eight
questions are near misses the corpus cannot answer, each checked with grep over data/corpus: a covered
country on a topic no document treats, a treaty or mandate the corpus does not hold, a covered body on
another country. The users appear in no earlier table: a nurse-midwife at a district hospital in Khatlon
(clipped, clinical, starts with her ward or shift), a retired ambassador writing his memoirs (formal and
ornate: 'I should be grateful to learn', 'if memory serves') and the host of a local radio phone-in
(colloquial, passes on callers' and listeners' questions).
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
    """Add the round-8 items through make_gold's q(), with ids rc001, rc002, ..."""
    item = q  # make_gold numbers the items in the order they are added

    # ------------------------------------------------------------------ paraphrase
    P = "paraphrase"
    item(
        P,
        "Night shift at a district clinic. The women who sell sex almost never come in for check-ups or to "
        "collect their HIV pills. Is that a known problem in Tajikistan - are they put off by how they get treated?",
        c(S, 66),
        c(S, 14, 43),
        ["difficulties experienced in gaining access to reproductive and sexual health services"],
        notes="SR 66: discrimination, harassment, difficult access to reproductive and sexual health services and "
        "possibly to HIV/AIDS treatment for sex workers, police harassment",
    )
    item(
        P,
        "Ward nurse, paediatrics. Teens with anxiety or depression: a psychologist, a doctor and a teacher seeing "
        "them together only happens in a few places. Is the government spreading that kind of joint consultation "
        "to other regions?",
        c(PC, 23),
        c(PC, 16),
        ["Expand the practice of psychological-medical-pedagogical- consultations in other regions of the country"],
        notes="CRC plan row 23 activity 2 (recommendation 34, mental health services): expand the "
        "psychological-medical-pedagogical consultations to other regions, regularly, MOHSPP, MOES, MOIA, GPO, LA",
    )
    item(
        P,
        "Midwife, district maternity ward. Risky pregnancies here end up travelling for hours at the last minute. "
        "Is anything planned so high-risk mothers get sent in good time to a specialised centre in their region?",
        c(PC, 21),
        [],
        ["Consider establishment of perinatal centres", "referral of pregnant women in regions of the country"],
        notes="CRC plan row 21 activity 3 (recommendations 30-31): perinatal centres and referral of pregnant women, "
        "2018-2020, MOHSPP and local authorities",
    )
    item(
        P,
        "I help out at a home for infants left by their parents. Are the rules for these homes going to be "
        "rewritten, and will anybody come and look at how the babies are actually cared for?",
        c(PC, 18),
        c(PC, 3),
        [
            "Review and adopt the Baby Home Regulation",
            "carry out assessment on situation of care in these institutions",
        ],
        notes="CRC plan row 18 activity 6 (recommendations 24-26): Baby Home Regulation and an assessment of care, "
        "2018-2020, MOHSPP, MOES, OO",
    )
    item(
        P,
        "Pt came home after being trafficked abroad; her relatives paid for the plane ticket and for her treatment. "
        "Is that usual in Tajikistan - doesn't the state pay for it?",
        c(S, 69),
        c(S, 64, 68),
        ["rely on funds from extended family members to pay for return flights"],
        notes="SR 69: IOM-funded returns of 16 victims, but victims rely on extended family to pay return flights "
        "and urgent medical assistance on return; SR 64 (medical treatment funded by family fundraising) may",
    )
    item(
        P,
        "I should be grateful to learn whether Dushanbe, having passed its children's rights statute, has "
        "undertaken to draft the implementing regulations without which such laws remain a dead letter.",
        c(PC, 1),
        c(T, 4),
        ["Develop and adopt the necessary bylaws and regulations"],
        notes="CRC plan row 1 activity 2 (recommendation 1): bylaws, regulations and enforcement mechanisms to "
        "enact the Law on Child Rights Protection, 2018-2020; the Children's Rights Act (2015) is welcomed in TJK 4 (b)",
    )
    item(
        P,
        "Having served in Kabul, I follow the fortunes of the Afghan families who crossed the Panj. In the "
        "Rapporteur's judgement, is what the UN refugee agency and the charities hand out enough to keep them afloat?",
        c(S, 25),
        c(S, 24, 22, 88),
        ["limited cash interventions", "the situation is rapidly deteriorating"],
        notes="SR 25: UNHCR and other organizations provide limited cash interventions, not sufficient",
    )
    item(
        P,
        "In my day no police unit had a page of its own on the world wide web. Has Tajikistan's specialised "
        "anti-trafficking unit one now, and which international body helped set it up?",
        c(S, 77),
        c(S, 78),
        ["A new dedicated website for the Centre has been launched with the support of OSCE"],
        notes="SR 77: Centre on Trafficking in Persons (Ministry of the Interior, 2017), hotline, website with OSCE",
    )
    item(
        P,
        "When I ran our diplomatic academy, the refresher courses for civil servants never touched on children. Is "
        "Tajikistan considering adding children's rights to the courses its ministries run to retrain their staff?",
        c(PC, 7),
        c(PO, 7),
        ["mainstream child rights into training curriculum of the re-training institutes"],
        notes="CRC plan row 7 activity 3 (recommendation 11): analyse mainstreaming child rights into the curricula "
        "of the ministries' re-training institutes, regularly",
    )
    item(
        P,
        "Ashgabat was always fond of announcing seminars. Did the Committee insist that someone actually measure "
        "whether Turkmenistan's courses on the sale-of-children protocol achieve anything?",
        c(M, 19),
        c(M, 18),
        ["ensure the systematic evaluation of all training"],
        notes="TKM 19: multidisciplinary, participatory training, and systematic evaluation of all training "
        "programmes on the Protocol to enhance their impact and relevance",
    )
    item(
        P,
        "A caller from Kulob says all the anti-trafficking courses for police happen in the capital. Does the UN "
        "expert want them run out in the districts and the villages too?",
        c(S, 78),
        c(S, 46, 77),
        ["rolled out across all regions and districts of Tajikistan, including rural areas"],
        notes="SR 78: the Centre coordinates police training; training to be rolled out across all regions and "
        "districts, including rural areas",
    )
    item(
        P,
        "Listeners living near the army firing ranges keep turning up old shells in their fields. Is anybody "
        "going to come and sit down with people in those districts and talk it through?",
        c(PA, 8),
        [],
        ["Organize round tables in districts with military training grounds"],
        notes="OPAC plan row 8 activity 2 (recommendation 27): round tables on military training grounds and "
        "unexploded ordnance, regularly, TNMAC, MOD, MOES, MOHSPP, LA",
    )
    item(
        P,
        "Tonight's phone-in is on child labour. If a lad gives up working in the fields, is there a plan to get "
        "him into a trade school instead?",
        c(PC, 26),
        c(PC, 31) + c(PO, 8),
        ["cooperation between primary vocational schools and local committees of the child labour monitoring system"],
        notes="CRC plan row 26 activity 2 (recommendations 37-38): children who left the labour market to have "
        "access to primary vocational education, 2018-2022, MLMEP, MEDT",
    )
    item(
        P,
        "Half the young men in our town leave for Russia in spring and come back in autumn. Does the UN report "
        "describe that pattern, and what kind of work they do over there?",
        c(S, 7),
        c(S, 18, 35),
        ["predominantly seasonal and concentrated in agriculture and construction activities", "from April to October"],
        notes="SR 7: migration mostly seasonal, agriculture and construction in the Russian Federation, April to "
        "October; visa-free entry for 90 days",
    )
    item(
        P,
        "We're a small radio station and people across the border ask us: were journalists in Turkmenistan "
        "supposed to be told about the UN rules against selling children?",
        c(M, 17),
        c(M, 16),
        ["Disseminate the Optional Protocol among all relevant professional"],
        notes="TKM 17 (b): disseminate the Protocol among professional groups, including representatives of the "
        "media",
    )

    # ------------------------------------------------------------------ theme
    TH = "theme"
    item(
        TH,
        "For a lecture I am to give at a defence academy: which activities of Tajikistan's 2018-2022 plan list the "
        "Ministry of Defence among the implementing agencies? I should like every one, in all three tables.",
        c(PA, 1, 2, 3, 5, 6, 8),
        [],
        ["MOD, MOJ, MOIA, GPO, SCNS", "TNMAC, MOD, MOES, MOHSPP, LA"],
        notes="MOD is an agency only in the OPAC table: rows 1 (legislation analysis), 2 (coordination), 3 (outreach "
        "among population and military staff), 5 (strategy against extremist movements), 6 (all four activities on "
        "military institutions), 8 (all four mine-risk activities); never in the CRC or OPSC tables",
    )
    item(
        TH,
        "For a seminar on evidence-based policy: every activity in Tajikistan's action plan that is described as "
        "an assessment - of budgets, institutions, groups of children or child labour. All three tables, please.",
        c(PC, 3, 4, 18, 30, 32) + c(PO, 8),
        c(PC, 5, 16, 29),
        ["Conduct assessments on the budgetary needs of children", "Carry out assessment of the situation children"],
        notes="'assessment' in the plan: CRC rows 3 (1) (functional assessment of the Commission on Child Rights), 4 "
        "(budgetary needs), 18 (6) (care in Baby Homes), 30 (ethnic minority and Roma/Jugi children), 32 (1) (children "
        "living or working in the street); OPSC row 8 (1) (forced child labour in the cotton harvest); the analytical "
        "report (CRC 5), the studies on violence (CRC 16 (3)) and the analysis of refugee children's situation "
        "(CRC 29 (1)) may",
    )
    item(
        TH,
        "For my memoirs, a chapter on fact-finding missions: on which points did the trafficking Rapporteur record "
        "that information was lacking or not available to her during the Tajikistan visit? Every one, if you please.",
        c(S, 9, 11, 38, 40, 45, 48, 58, 70, 72, 73),
        c(S, 4, 65, 34, 82),
        [
            "information was not available on the specific charges brought",
            "Information was not available on the number of compensation awards made",
        ],
        notes="SR 9 (migrant workers' rights, risk assessments before deportation), 11 (trade union rights in "
        "practice), 38 (charges and sentences for recruitment agencies), 40 (internal trafficking of migrant workers), 45 "
        "(prevention for persons with disabilities), 48 (outreach to LGBT youth and young persons with disabilities), 58 "
        "(identification of persons with disabilities), 70 (residence permits, pre-removal risk assessments), 72 "
        "(rehabilitation plans for repatriated children), 73 (compensation awards); refused visits and meetings (SR 4, "
        "65) and missing data and research (SR 34, 82) may",
    )
    item(
        TH,
        "I do clinic rounds in closed institutions, incl. a juvenile correctional colony. What do the documents say "
        "about detention, closed institutions, correctional facilities and people held in camps?",
        c(S, 16, 63, 72) + c(PC, 16) + c(PO, 7),
        c(S, 71, 26, 59, 70, 9, 17) + c(T, 32) + c(PC, 6),
        [
            "legally recognized victims will not be held in a detention or similar facility",
            "closed correctional facilities",
        ],
        notes="SR 16 (arbitrary detention of LGBT persons), 63 (recognized victims not held in detention), 72 (Tajiks "
        "detained in camps in Iraq and Syria); CRC plan 16 (1) (monitoring closed institutions); OPSC plan 7 (2) "
        "(training for closed correctional facilities); camps (SR 71), arrest and prosecution of victims (TJK 32 (d), "
        "SR 26, 59), deportation (SR 9, 70), institutional settings (SR 17) and residential institutions (CRC plan 6) may",
    )
    item(
        TH,
        "Our station broadcasts concerts and children's shows. Give me everything the documents say about "
        "performances, concerts, cultural events and the arts - the good and the bad.",
        c(M, 16) + c(S, 10) + c(PC, 27, 28),
        c(PA, 6),
        ["performances, concerts, seminars, workshops", "rehearse for performances at State-led events"],
        notes="TKM 16 (awareness through performances and concerts); SR 10 (children retained to rehearse for State-led "
        "events, risk of sexual exploitation); CRC plan 27 (4) (data on cultural events and creative art), 28 "
        "(participation in cultural and recreative events); the culture of peace in military curricula (OPAC 6 (3)) may",
    )
    item(
        TH,
        "Lots of our listeners work on building sites or down the mines. Every passage on the construction and "
        "mining sectors, please.",
        c(S, 7, 9, 40),
        c(PC, 20),
        ["in the construction sector in particular", "construction, mining, agriculture and domestic service"],
        notes="SR 7 (construction work in the Russian Federation), 9 (migrant workers in Tajikistan's construction "
        "sector), 40 (internal trafficking in construction, mining, agriculture and domestic service); construction "
        "standards for accessibility (CRC plan 20 (5)) may",
    )
    item(
        TH,
        "Training the new midwives on our ward. Where do the documents deal with pregnant women, childbirth and "
        "newborns? Every activity or paragraph.",
        c(PC, 13, 20, 21, 25),
        c(PC, 18) + c(S, 44, 66, 50) + c(M, 24),
        ["reporting mechanisms on deliveries of children at home", "Prevention of mother-to-child transmission of HIV"],
        notes="CRC plan 13 (2) (reporting of home deliveries), 20 (5) (building accessibility for pregnant women), 21 "
        "(maternal and child health handbook, neonatologists, perinatal centres and referral of pregnant women), 25 (1) "
        "(mother-to-child transmission of HIV); home visiting (CRC 18 (4)), reproductive health (SR 44, 66) and birth "
        "registration (SR 50, TKM 24) may",
    )
    item(
        TH,
        "For a talk show on women in public life: what do the documents say about how few women there are in "
        "Tajikistan's police, courts, parliament, ministries and diplomatic service, and why it matters?",
        c(S, 12, 13, 43, 86),
        c(S, 15, 14),
        [
            "limited participation of women in law enforcement bodies, the judiciary and the diplomatic service",
            "officers are trained and available to conduct interviews with victims",
        ],
        notes="SR 12 (law enforcement, judiciary, diplomatic service), 13 (Majlisi Oli, ministries, local "
        "administration, her own meetings), 43 (senior levels of Government, police and justice), 86 (c) (women police "
        "officers to interview victims); women in formal employment (SR 15) may",
    )
    item(
        TH,
        "Our listeners are all over the country. Which Tajik towns, districts and border crossings are named in "
        "the documents, and in what connection?",
        c(S, 3, 4, 24, 65),
        c(PC, 26),
        ["border point of Panji Poyon", "Jabbor Rasulov District in the Sughd region"],
        notes="SR 3 (Dushanbe, Panji Poyon, Bokhtar), 4 (Dushanbe), 24 (Vahdat, Rudaki, Hissor, ShakhriNAV, Bohtar "
        "District, Khatlon, Jabbor Rasulov, Sughd), 65 (the one shelter in Dushanbe); the Dushanbe water company (CRC "
        "plan 26) may; the observations name no Tajik place",
    )
    item(
        TH,
        "Our hospital may have to pass a trafficked pt on to services. Everything the documents say about "
        "Tajikistan's national referral mechanism, pls.",
        c(S, 21, 55, 60, 85),
        c(T, 32) + c(S, 87, 88),
        [
            "A national referral mechanism was established in 2016 by Governmental Act No. 327",
            "work of the national referral mechanism",
        ],
        notes="SR 21 (COVID-19 and engagement with the mechanism), 55 (preliminary identification by a State agency or "
        "an NGO), 60 (Act No. 327 of 2016, assistance not conditional on cooperation), 85 (b) (independent evaluation); "
        "referral in TJK 32 (b) and SR 88 (f), (h) may",
    )

    # ------------------------------------------------------------------ comparison
    CO = "comparison"
    item(
        CO,
        "A child handed over to be worked like a slave: does the penal law treat that as selling the child? I "
        "should like the Committee's view for Tajikistan and, by way of contrast, for Kazakhstan.",
        c(T, 27) + c(K, 15),
        c(T, 26, 8, 21) + c(K, 16),
        [
            "Forced labour by children as a form of the sale of children",
            "does not cover sufficiently the sale of children for the purpose of forced labour",
        ],
        notes="TJK 27 (c) (explicitly define and criminalize forced labour by children as sale); KAZ 15 (a) (article "
        "133 of the Criminal Code)",
    )
    item(
        CO,
        "Turkmenistan and Tajikistan each have a high-level inter-agency commission. What is each one for, and "
        "did either satisfy the UN?",
        c(M, 12) + c(S, 33),
        c(M, 13) + c(K, 4) + c(S, 85),
        [
            "Interagency Commission on Enforcing",
            "Interministerial Commission for Combating Trafficking in Persons is placed under the Office of the President",
        ],
        notes="TKM 12 (Interagency Commission on international human rights obligations, but no specific body for the "
        "Protocol); SR 33 (Interministerial Commission under the Office of the President, meets twice a year, lacks "
        "transparency and engagement with civil society); Kazakhstan's inter-agency commission (KAZ 4 (b)) may",
    )
    item(
        CO,
        "Police-to-police cooperation across borders: what do the documents say about it for Tajikistan and for "
        "Kazakhstan?",
        c(T, 4) + c(K, 29),
        c(T, 34) + c(PO, 2) + c(M, 43) + c(S, 74, 89),
        [
            "Ministries of Internal Affairs (Police) of the States of the Commonwealth of Independent States",
            "international judicial, police and victim-",
        ],
        notes="TJK 4 (d) (CIS agreement between Ministries of Internal Affairs, 2010); KAZ 29 (international judicial, "
        "police and victim-oriented cooperation); cooperation with law enforcement in destination countries (SR 74) "
        "and general international cooperation (TJK 34, OPSC plan 2 (4), TKM 43, SR 89 (b)) may",
    )
    item(
        CO,
        "A listener asks about police behaving badly. What do the documents say about pressure, harassment or "
        "abuse by the police - in Turkmenistan and in Tajikistan?",
        c(M, 37) + c(S, 16, 66),
        c(S, 81, 56, 80),
        [
            "psychological pressure during interrogations",
            "harassment and intimidation of sex workers by police officers",
        ],
        notes="TKM 37 (no clear sanctions for physical and psychological pressure during interrogations); SR 16 (police "
        "abuse, arbitrary detention of LGBT persons), 66 (police harassment of sex workers); SR 81, 56, 80 may; "
        "Kazakhstan not asked",
    )
    item(
        CO,
        "Cybercrime: which bodies or treaties on it do the documents mention for Kazakhstan and for Tajikistan?",
        c(K, 16) + c(T, 22),
        c(T, 23) + c(PO, 9) + c(S, 79),
        [
            "Council of Europe Convention on Cyber Crime (2001)",
            "two entities in the State party responsible for addressing cybercrime",
        ],
        notes="KAZ 16 (c) (ratify the Council of Europe Convention on Cyber Crime); TJK 22 (two entities responsible for "
        "cybercrime); the ICT recommendation and plan row (TJK 23, OPSC plan 9) and digital investigations (SR 79) may",
    )
    item(
        CO,
        "Letting the child speak: what is said about hearing child victims in criminal proceedings in Kazakhstan "
        "and in Tajikistan?",
        c(K, 20) + c(S, 83),
        c(PC, 12) + c(T, 33) + c(K, 19),
        [
            "present his/her views, needs and concerns in a criminal procedure",
            "voices of children who are victims are heard",
        ],
        notes="KAZ 20 (article 8: views, needs and concerns, support, privacy; UN Guidelines); SR 83 (voices of child "
        "victims heard in judicial and administrative proceedings)",
    )
    item(
        CO,
        "Kids today want to report things from a phone. Is Tajikistan's plan doing anything with apps for "
        "children's complaints, and what kind of helpline was Turkmenistan told to set up?",
        c(PO, 7) + c(M, 42),
        c(M, 41) + c(S, 77) + c(T, 33),
        ["modern electronic technologies (applications and technical tools)", "easy-to-remember three- to four-digit"],
        notes="OPSC plan 7 (3) (electronic technologies for registering children's complaints, no period given); TKM 42 "
        "(national 24-hour helpline with a three- to four-digit number)",
    )
    item(
        CO,
        "Trafficking within the country as against trafficking across frontiers: was the distinction examined for "
        "Kazakhstan, and for Tajikistan?",
        c(K, 11) + c(S, 9),
        c(K, 12) + c(S, 84, 40, 34, 44),
        [
            "prevalence of national and cross-border trafficking",
            "limited attention given to internal trafficking within Tajikistan",
        ],
        notes="KAZ 11 (no research on national and cross-border trafficking); SR 9 (internal trafficking neglected, "
        "focus on Tajiks abroad); SR 84, 40, 34, 44 may",
    )
    item(
        CO,
        "The highest courts: where do Turkmenistan's Constitutional Court and Tajikistan's Supreme Court come up in "
        "the Committee's and the Rapporteur's texts, and in what role?",
        c(M, 45) + c(S, 2),
        c(PC, 7, 9, 11, 12, 16, 18, 19) + c(PO, 2, 4, 7) + c(PA, 10),
        ["the Constitutional Court, and regional and local authorities", "representatives of the Supreme Court"],
        notes="TKM 45 (observations to be transmitted to the Constitutional Court); SR 2 (she met representatives of the "
        "Supreme Court); the plan's rows with the Supreme Court (SCT) among their agencies (CRC 7, 9, 11, 12, 16, 18, "
        "19; OPSC 2, 4, 7; OPAC 10) may",
    )
    item(
        CO,
        "Which groups of children did the Committee single out as most at risk in Tajikistan, Turkmenistan and "
        "Kazakhstan? Compare the three lists.",
        c(T, 19, 24) + c(M, 24) + c(K, 25),
        c(T, 25, 18) + c(K, 26) + c(S, 91),
        [
            "child spouses and children living in street situations",
            "children without parental care, children in street situations",
        ],
        notes="TJK 19 (a) (poverty, child labour, child victims of prostitution, child spouses, street situations), 24 "
        "(Roma, refugee children); TKM 24 (without parental care, street situations, child labour, foreign citizens, "
        "ethnic minorities, poverty); KAZ 25 (street children, foreign citizens, ethnic minorities)",
    )

    # ------------------------------------------------------------------ followup
    F = "followup"
    item(
        F,
        "And what shortcoming had prompted that recommendation?",
        c(T, 6),
        c(T, 7),
        ["insufficient steps taken to establish a systematic mechanism of data collection"],
        h(
            "What did the Committee recommend to Tajikistan on data under the sale-of-children protocol?",
            'It recommends that the State party "develop and implement a comprehensive, coordinated and effective system '
            "of data collection, analysis, monitoring and impact assessment on all areas covered by the Optional "
            f'Protocol" ({TJK}, para. 7).',
        ),
        notes="TJK 6: insufficient steps to establish a systematic mechanism of data collection, analysis and monitoring",
    )
    item(
        F,
        "And for children caught up in armed conflict - is there the same kind of row, and is the security "
        "committee on it?",
        c(PA, 4),
        c(PO, 1),
        ["Improvement of statistics on this area", "GPO, AOS, MOES, MOIA, MOHSPP, CWFA, MLMEP, SCNS"],
        h(
            "Does Tajikistan's plan do anything about statistics on sold and exploited children?",
            'The sale-of-children table foresees the "Establishment of an inter-sectoral working group to improve '
            f'statistics in this area", in 2018 ({NPA} (OPSC), row 1).',
            "Who sits on that working group?",
            f'The agencies listed are "GPO, AOS, MOES, MOIA, MOHSPP, CWFA, MOIA, MLMEP" ({NPA} (OPSC), row 1).',
        ),
        notes="OPAC plan row 4 (recommendation 13): improvement of statistics, 2018-2019, with the State Committee on "
        "National Security (SCNS), which the OPSC row 1 list lacks",
    )
    item(
        F,
        "Fine, the bosses get it - but what about ordinary folk like my listeners?",
        c(M, 46),
        c(M, 45),
        ["to the public at large, civil society organizations, youth groups, professional"],
        h(
            "Who in Turkmenistan was supposed to receive the Committee's recommendations on the sale of children?",
            'The Committee recommends "transmitting them to the President, relevant government ministries, the '
            "Parliament, the Constitutional Court, and regional and local authorities, for appropriate consideration and "
            f'further action" ({TKM}, para. 45).',
        ),
        notes="TKM 46: report, written replies and observations widely available, including through the Internet, to "
        "the public at large",
    )
    item(
        F,
        "Shouldn't that be the state's job? What does she say about that?",
        c(S, 67),
        c(S, 87, 84),
        ["it is the obligation of the State to ensure assistance and protection to victims of trafficking"],
        h(
            "Who actually pays for the medical care and other help that trafficking victims get in Tajikistan?",
            'The Special Rapporteur notes that "assistance continues to be provided primarily by international '
            "organizations, and funding for the provision of assistance by non-governmental organizations remains "
            f'limited and uncertain" ({SR}, para. 64).',
        ),
        notes="SR 67: the State's obligation to ensure assistance; attention diverted to national security and border "
        "control",
    )
    item(
        F,
        "And the row straight after the landmines one - what's that about, and which ministries?",
        c(PA, 9),
        c(PA, 10),
        ["experience of developed countries", "GPO, MOJ, MOES, MOHSPP, OO"],
        h(
            "What does Tajikistan's plan do about landmines near schools?",
            'The armed-conflict table foresees to "Organize targeted trainings for teachers and educational facilities '
            f'located under threat of mines and unexploded ordnance", with TNMAC first among the agencies ({NPA} (OPAC), '
            "row 8).",
        ),
        notes="OPAC plan row 9 (recommendation 30): exploring the experience of developed countries, 2018-2020, "
        "MFA/MOFA, GPO, MOJ, MOES, MOHSPP, OO",
    )
    item(
        F,
        "And what precisely had the Committee asked for in the recommendation that row answers?",
        c(T, 11),
        c(T, 10),
        ["encompassing all children and all issues covered under the Optional Protocol"],
        h(
            "Is Tajikistan's plan doing anything about an overall policy on the sale of children?",
            'The row on the "Development of a unified policy on the rights of children under the Optional Protocol (Rec. '
            '11)" foresees "Consultations and developing a single document in this field" in 2019-2020 '
            f"({NPA} (OPSC), row 3).",
        ),
        notes="TJK 11 (recommendation 11): comprehensive policy and strategy for all children and all issues, resources, "
        "the World Congresses' outcome documents",
    )
    item(
        F,
        "Under that trafficking act, who is allowed to decide officially that someone is a victim?",
        c(S, 55),
        c(S, 60, 30, 31),
        ["Formal identification as a victim of trafficking may only be completed by authorized State agencies"],
        h(
            "Which Tajik laws did the Committee welcome in 2017?",
            'Among the positive measures it lists "The adoption of the Children’s Rights Act (2015)" and "The adoption '
            f'of the Human Trafficking and Assistance for Trafficking Victims Act (2014)" ({TJK}, para. 4 (b)-(c)).',
        ),
        notes="SR 55: formal identification only by authorized State agencies (article 12 of the 2014 Anti-Trafficking "
        "Law); preliminary identification by a State agency or an NGO",
    )
    item(
        F,
        "Does the government's own plan have a programme of that kind, and for which years?",
        c(PC, 34),
        c(T, 33),
        ["National Programme on justice for children system for the period of 2017- 2021"],
        h(
            "Did the Special Rapporteur say anything about child-friendly justice in Tajikistan?",
            'She "takes note of the measures taken to ensure child-friendly justice, in line with general comment No. 24 '
            '(2019)" and "highlights the need for expansion of child-friendly justice measures across all regions of '
            f'Tajikistan" ({SR}, para. 83).',
        ),
        notes="CRC plan row 34 (recommendations 46-48): implement and monitor the National Programme on justice for "
        "children 2017-2021, 'as per set procedure'",
    )
    item(
        F,
        "So which row of the government's plan picks those points up, and what's in it?",
        c(PO, 2),
        c(T, 9, 27),
        [
            "Recommendations 9, 26, 31 and 34",
            "Carry out analysis of criminal legislation to determine the extent of coverage",
        ],
        h(
            "Is Tajik law on selling children any good, according to the UN committee?",
            'The Committee "is concerned that the State party’s legislation focuses overwhelmingly on the trafficking of '
            f'persons, including children, for sexual purposes" ({TJK}, para. 26).',
            "What did it recommend?",
            'That the State party "define and criminalize the sale of children, in conformity with articles 2 and 3 of '
            f'the Optional Protocol, and that it not limit the definition to cases of trafficking in children" ({TJK}, '
            "para. 27).",
        ),
        notes="OPSC plan row 2 (recommendations 9, 26, 31 and 34): review of legislation, analysis of coverage, stronger "
        "criminal liability, international cooperation",
    )
    item(
        F,
        "Did the UN trafficking expert say whether it still goes on, especially out in the villages?",
        c(S, 51),
        c(S, 44, 91) + c(T, 14),
        ["continuing reports of child marriage, in particular in rural and remote areas"],
        h(
            "Does Tajikistan's plan do anything about girls being married off before 18?",
            'Row 9 foresees to "Study the issue of necessity of introducing amendments into the Family Code to prevent '
            'any exclusion related to the marriage of persons under the age of 18", in 2019 '
            f"({NPA} (CRC), row 9).",
        ),
        notes="SR 51: measures against early, child and forced marriage welcomed, but continuing reports in rural and "
        "remote areas",
    )

    # ------------------------------------------------------------------ lookup
    L = "lookup"
    item(
        L,
        f"For tomorrow's show, read me paragraph 6 of {SR}.",
        c(S, 6),
        [],
        ["primarily a country of origin for victims of trafficking"],
    )
    item(
        L,
        "Might I see row 11 of the CRC table of Tajikistan's national plan - the activity, the agencies and the date?",
        c(PC, 11),
        [],
        ["identify the scope of the best interest of the child", "NCL, MOJ, GPO, SCT, MOES, MOHSPP, MOIA, MLMEP, OO"],
    )
    item(
        L,
        f"Para. 33 of {TKM}, pls - what does it recommend?",
        c(M, 33),
        [],
        ["remove the requirement of", "when exercising its extraterritorial jurisdiction"],
    )
    item(
        L,
        "If memory serves, paragraph 2 of the Kazakhstan observations was rather cool about the report. What does "
        "it say?",
        c(K, 2),
        [],
        ["does not follow the established"],
    )
    item(
        L,
        f"Paragraph 3 of {TJK}, if you would be so kind.",
        c(T, 3),
        [],
        ["CRC/C/OPAC/TJK/CO/1"],
    )
    item(
        L,
        f"Read out paragraph 40 of {KAZ} for our listeners.",
        [],
        answerable=False,
        notes="CRC/C/OPSC/KAZ/CO/1 ends at paragraph 32",
    )
    item(
        L,
        "Row 13 of the armed-conflict table in Tajikistan's plan: what is planned there?",
        [],
        answerable=False,
        notes="the OPAC table of the plan has rows 1-10",
    )

    # ------------------------------------------------------------------ unanswerable
    unanswerable = [
        (
            "A caller from Dashoguz wants to know: what did the Committee say about girls dropping out of school in "
            "Turkmenistan?",
            "TKM silent on school dropout and girls' enrolment (TKM 24 only welcomes compulsory education extended to 12 "
            "years); dropout and enrolment of girls come up only for Tajikistan (SR 44, 51, CRC plan 27)",
        ),
        (
            "I should be grateful to know what the Committee said about the abduction of young women for marriage - "
            "bride kidnapping - in Kazakhstan.",
            "KAZ silent on bride kidnapping and on marriage; 'abduction' occurs only in TKM 4 (e) (child abduction "
            "convention) and TKM 38",
        ),
        (
            "The UN trafficking expert went to Khujand too, didn't she? What did she find up there in the north?",
            "covered mandate and country, place not visited: the SR visited Dushanbe, the Panji Poyon border point and "
            "Bokhtar (SR 3); Khujand is named in no document",
        ),
        (
            "Nurses get harassed at work here too. Has Tajikistan been urged to ratify the ILO convention on violence "
            "and harassment at work, No. 190?",
            "treaty not in the corpus: ILO Convention No. 190 is never mentioned; the SR names ILO Nos. 29, 97, 105, "
            "143, 182 and the unratified No. 189 (SR 28, 29)",
        ),
        (
            "Clean water is half my job. What did the UN Special Rapporteur on safe drinking water and sanitation "
            "report on Tajikistan?",
            "mandate not in the corpus: the only special procedure report is the Special Rapporteur on trafficking in "
            "persons (A/HRC/50/33/Add.1); drinking water and sanitation appear only as the Government's own plan "
            "activity (CRC plan 26 (1))",
        ),
        (
            "What did the Committee on the Rights of the Child tell the Russian Federation about the children of Tajik "
            "migrant workers?",
            "covered body, another country: no observations on the Russian Federation are held; the Russian Federation "
            "appears only as a destination in the SR report (SR 7, 18, 35, 36, 68)",
        ),
        (
            "Listeners with relatives in Ashgabat ask: what did the UN say about Turkmen migrant workers being "
            "exploited in Turkey?",
            "TKM silent on labour migration (it only names the Protocol against the Smuggling of Migrants, TKM 4 (d)); "
            "Turkey appears only as a destination for Tajik workers (SR 7)",
        ),
        (
            "Which activities did Kazakhstan's trafficking action plan for 2006-2008 contain?",
            "the plan is only named, not described: KAZ 4 (a) welcomes 'a subsequent Plan for 2006-2008', KAZ 14 asks "
            "for budget information on the National Action Plan on Trafficking",
        ),
    ]
    for text, why in unanswerable:
        item("unanswerable", text, [], answerable=False, notes=why)
