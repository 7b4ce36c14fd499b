"""Each paragraph's role (concern, recommendation, positive, other) and its subject tags.

Roles come from the operative verb of the paragraph's main clause; tags from a controlled
vocabulary modelled on the OHCHR Universal Human Rights Index (affected persons, themes).
Pattern matching only; does not read files or link documents.
"""

from __future__ import annotations

import re

from rightsdesk.domain import Document, Role

# Slug -> (label, patterns). Patterns are case-insensitive regular expressions.
VOCABULARY: dict[str, tuple[str, tuple[str, ...]]] = {
    # affected persons
    "children": (
        "Children",
        (r"\bchild(ren)?\b", r"\bminors?\b", r"\bjuvenile", r"\bgirls? and boys?\b", r"\bkids?\b"),
    ),
    "children-in-street-situations": (
        "Children in street situations",
        (
            r"street (children|situations?)",
            r"(living|working) (and/ or working )?(in|on) the street",
        ),
    ),
    "roma-and-minorities": (
        "Roma and minorities",
        (r"\b(roma|jugi|lyuli|mughat|gypsy|gypsies|nomadic)\b", r"\b(ethnic )?minorit(y|ies)\b"),
    ),
    "migrants": (
        "Migrants",
        (r"\bmigra(nt|nts|tion)\b", r"labour migration", r"\bmigrant workers?\b", r"\bICRMW\b"),
    ),
    "refugees-and-asylum-seekers": (
        "Refugees and asylum seekers",
        (r"\brefugees?\b", r"\basylum\b", r"non-refoulement"),
    ),
    "stateless-persons": ("Stateless persons", (r"\bstateless",)),
    "persons-with-disabilities": (
        "Persons with disabilities",
        (r"disabilit", r"\bdisabled\b", r"\bCWD\b", r"\bPWD\b", r"\bCRPD\b"),
    ),
    "women-and-girls": (
        "Women and girls",
        (r"\bwomen\b", r"\bgirls?\b", r"female-headed", r"\bmothers?\b", r"pregnant"),
    ),
    "lgbti-persons": (
        "LGBTI persons",
        (
            r"lesbian",
            r"\bgay\b",
            r"bisexual",
            r"\btrans\b",
            r"\bLGBT",
            r"gender-diverse",
            r"sexual orientation",
        ),
    ),
    "victims-of-trafficking": (
        "Victims of trafficking",
        (r"(victims?|survivors?) of trafficking", r"trafficked persons?", r"victims/survivors"),
    ),
    # themes
    "trafficking": (
        "Trafficking in persons",
        (r"traffick(?!ing in (firearms|arms|weapons|drugs|narcotics))",),
    ),
    "sale-of-children": ("Sale of children", (r"sale of child", r"\bsold\b", r"selling children")),
    "sexual-exploitation": (
        "Child prostitution and sexual exploitation",
        (r"prostitution", r"sexual exploitation", r"sex workers?", r"sexual abuse"),
    ),
    "child-pornography": (
        "Child pornography and online exploitation",
        (
            r"pornograph",
            r"\bonline\b",
            r"\binternet\b",
            r"cybercrime",
            r"information and communication technolog",
        ),
    ),
    "child-labour": (
        "Child and forced labour",
        (
            r"child labour",
            r"forced labour",
            r"cotton harvest",
            r"worst forms of child labour",
            r"labour exploitation",
            r"\bservitude\b",
        ),
    ),
    "birth-registration": (
        "Birth registration",
        (
            r"birth registration",
            r"state registry",
            r"registration of (births|children)",
            r"deliveries of children",
        ),
    ),
    "data-collection": ("Data collection", (r"\bdata\b", r"statistic", r"disaggregated")),
    "legislation": (
        "Legislation and criminal law",
        (
            r"\blegislation\b",
            r"criminal code",
            r"\blaws?\b",
            r"criminali[sz]e",
            r"\bby-?laws\b",
            r"legal framework",
        ),
    ),
    "justice": (
        "Justice and impunity",
        (
            r"impunity",
            r"investigat",
            r"prosecut",
            r"jurisdiction",
            r"extradit",
            r"\bcourts?\b",
            r"judges?",
            r"juvenile justice",
            r"access to justice",
            r"double criminality",
        ),
    ),
    "victim-assistance": (
        "Protection and assistance to victims",
        (
            r"recovery",
            r"reintegration",
            r"compensation",
            r"helpline",
            r"hotline",
            r"shelters?",
            r"rehabilitat",
            r"psychosocial",
            r"legal aid",
            r"non-punishment",
        ),
    ),
    "prevention-and-awareness": (
        "Prevention and awareness-raising",
        (r"prevent", r"awareness", r"campaigns?", r"dissemination", r"advocacy"),
    ),
    "training": (
        "Training and capacity-building",
        (r"\btrain", r"capacity[- ]building", r"build the capacity", r"curricul"),
    ),
    "coordination": (
        "Coordination and monitoring",
        (r"coordinat", r"monitoring", r"evaluation", r"inter-?agency", r"working group"),
    ),
    "budget": (
        "Budget and resources",
        (r"budget", r"resources", r"funding", r"financ", r"allocation"),
    ),
    "civil-society": (
        "Civil society",
        (
            r"civil society",
            r"non-governmental",
            r"\bNGOs?\b",
            r"\bCSOs?\b",
            r"trade unions?",
            r"human rights defenders",
        ),
    ),
    "international-cooperation": (
        "International cooperation",
        (
            r"international (cooperation|assistance)",
            r"bilateral",
            r"multilateral",
            r"international organi[sz]ations?",
        ),
    ),
    "ratification": (
        "Ratification of treaties",
        (r"ratif", r"accession", r"accede", r"become (a )?part(y|ies) to"),
    ),
    "child-marriage": (
        "Child marriage",
        (
            r"child marriage",
            r"early marriage",
            r"forced marriage",
            r"age of marriage",
            r"child spouses",
        ),
    ),
    "violence-against-children": (
        "Violence against children",
        (r"violence", r"corporal punishment", r"physical punishment", r"abuse"),
    ),
    "hiv-aids": ("HIV/AIDS", (r"\bHIV\b", r"\bAIDS\b")),
    "education": ("Education", (r"educat", r"schools?\b", r"teachers?", r"enrol")),
    "health": ("Health", (r"\bhealth\b", r"medical", r"nutrition", r"mental health")),
    "armed-conflict": (
        "Children and armed conflict",
        (
            r"armed conflict",
            r"military",
            r"\bmines?\b",
            r"unexploded",
            r"extremis",
            r"foreign fighters",
            r"conflict zones",
        ),
    ),
    "corruption": ("Corruption", (r"corruption", r"complicity")),
    "gender-equality": (
        "Gender equality",
        (
            r"gender equality",
            r"gender-based",
            r"gender inequality",
            r"gender stereotypes",
            r"gender-sensitive",
        ),
    ),
    # themes of the Universal Human Rights Index that UPR reports and other treaty bodies' and
    # mandates' documents treat (general data: no country or document named)
    "death-penalty": (
        "Death penalty",
        (
            r"death penalty",
            r"capital punishment",
            r"death sentences?",
            r"moratorium on (the )?(use of the death penalty|executions)",
            r"second optional protocol",  # to the ICCPR, aiming at the abolition
            r"\bexecutions?\b",
        ),
    ),
    "torture": (
        "Torture and ill-treatment",
        (
            r"\btortur",
            r"ill-treatment",
            r"cruel, inhuman",
            r"\bOPCAT\b",
            r"optional protocol to the convention against torture",
            r"national preventive mechanism",
        ),
    ),
    "detention-conditions": (
        "Conditions of detention",
        (
            r"\bprisons?\b",
            r"conditions of detention",
            r"detention conditions",
            r"places of (deprivation of liberty|detention)",
            r"overcrowding",
            r"penitentiar",
            r"\bprisoners\b",
        ),
    ),
    "freedom-of-expression": (
        "Freedom of opinion and expression",
        (
            r"freedom of (opinion and )?expression",
            r"journalists?",
            r"media freedom",
            r"freedom of the (press|media)",
            r"censorship",
            r"\bdefamation\b",
        ),
    ),
    "freedom-of-religion": (
        "Freedom of religion or belief",
        (
            r"freedom of (thought, conscience and )?religion",
            r"religion or belief",
            r"religious (freedom|communities|groups|organi[sz]ations|minorities|literature)",
            r"places of worship",
            r"\breligio(n|us)\b",
        ),
    ),
    "freedom-of-assembly-and-association": (
        "Freedom of peaceful assembly and association",
        (r"peaceful assembly", r"freedom of (peaceful )?assembly", r"freedom of association"),
    ),
    "human-rights-defenders": ("Human rights defenders", (r"human rights defenders?",)),
    "national-human-rights-institution": (
        "National human rights institution",
        (
            r"national human rights institution",
            r"\bombuds",
            r"paris principles",
            r"human rights commissioner",
        ),
    ),
    "racial-discrimination": (
        "Racial discrimination",
        (
            r"racial discrimination",
            r"\bracis[mt]",
            r"xenophob",
            r"hate (speech|crimes?)",
            r"african descent",
            r"afro-?descendants?",
        ),
    ),
    "indigenous-peoples": ("Indigenous peoples", (r"\bindigenous", r"quilombol")),
    "domestic-violence": (
        "Domestic and gender-based violence",
        (
            r"domestic violence",
            r"violence against women",
            r"gender-based violence",
            r"femicide",
            r"feminicide",
            r"marital rape",
        ),
    ),
    "enforced-disappearances": (
        "Enforced disappearances",
        (r"enforced disappearance", r"\bICPPED\b"),
    ),
    "cooperation-with-un-mechanisms": (
        "Cooperation with UN human rights mechanisms",
        (
            r"standing invitation",
            r"special procedures",
            r"visit requests?",
            r"requests? (for|to) visit",
            r"treaty bodies",
        ),
    ),
    "follow-up": (
        "Follow-up and dissemination",
        (
            r"follow-up",
            r"next (periodic )?report",
            r"made widely available",
            r"disseminat",
            r"concluding observations",
        ),
    ),
}
TAG_LABELS = {slug: label for slug, (label, _) in VOCABULARY.items()}
_COMPILED = {slug: re.compile("|".join(pats), re.I) for slug, (_, pats) in VOCABULARY.items()}

# Operative verbs, finite forms only: "welcoming" / "noting" open a subordinate clause
# ("While welcoming ..., the Committee is concerned"), so they are deliberately not signals.
_ADVERBS = (
    r"(?:also|further|however|therefore|still|nevertheless|seriously|deeply|gravely"
    r"|particularly|especially|equally|greatly)"
)
CONCERN = re.compile(
    rf"\b(?:is|are|remains?|was|were)\b[\s,]*(?:{_ADVERBS}\b[\s,]*)*concerned\b"
    r"|\bexpress(?:es|ed)?\s+(?:its\s+|her\s+|his\s+)?(?:deep\s+|serious\s+|grave\s+)?concerns?\b"
    r"|\bnotes?\s+with\s+(?:deep\s+|serious\s+|grave\s+|great\s+)?concern\b"
    r"|\b(?:is|are|remains?|has\s+been)\s+(?:an?\s+)?(?:serious\s+|particular\s+|major\s+)?concern\b"
    r"|\b(?:area|matter|source|cause)\s+of\s+(?:\w+\s+)?concern\b"
    r"|\bregrets?\b|\bdeplores?\b|\b(?:is|are)\s+(?:\w+\s+)?(?:worried|alarmed)\b",
    re.I,
)
RECOMMENDATION = re.compile(
    r"\b(?:recommends|urges|encourages|calls\s+(?:on|upon)|requests\s+(?:that|the|it|all)"
    r"|invites\s+the|reiterates\s+(?:its|her|his)\s+(?:previous\s+)?recommendations?)\b",
    re.I,
)
POSITIVE = re.compile(
    r"\b(?:welcomes|notes\s+with\s+(?:appreciation|satisfaction)|appreciates|notes\s+as\s+positive"
    r"|commends|express(?:es)?\s+(?:its\s+|her\s+|his\s+)?(?:deep\s+)?appreciation)\b",
    re.I,
)
_SIGNALS: tuple[tuple[Role, re.Pattern[str]], ...] = (
    ("concern", CONCERN),
    ("recommendation", RECOMMENDATION),
    ("positive", POSITIVE),
)


def classify_role(text: str) -> Role:
    """The paragraph's role from its operative verbs.

    Rule: the first operative verb decides, which is the verb of the main sentence's first
    operative clause ("In the light of article 9, the Committee recommends" -> recommendation;
    "The Committee notes X, but is concerned" -> concern). One exception, because a concern
    outweighs praise: a paragraph that opens positively and is later concerned or regretful
    ("welcomes ... However, the Committee is concerned") is a concern. No signal: "other".
    """
    found = [(m.start(), role) for role, rx in _SIGNALS for m in rx.finditer(text)]
    if not found:
        return "other"
    first = min(found)[1]
    if first == "positive" and any(role == "concern" for _, role in found):
        return "concern"
    return first


def tag_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns that name each slug (what a text must contain to be tagged)."""
    return tuple(_COMPILED.values())


def tag(text: str) -> tuple[str, ...]:
    """Vocabulary slugs the text speaks of, in vocabulary order."""
    return tuple(slug for slug, rx in _COMPILED.items() if rx.search(text))


def annotate(doc: Document) -> Document:
    """A copy of the document with role and tags set on paragraphs and tags on plan rows."""
    paragraphs = tuple(
        p.model_copy(
            update={
                # an item of a UPR recommendation list is a recommendation by its place
                "role": "recommendation"
                if p.position or p.recommended_by
                else classify_role(p.text),
                "tags": tag(p.text),
            }
        )
        for p in doc.paragraphs
    )
    rows = tuple(
        r.model_copy(update={"tags": tag(" ".join((r.summary, *r.activities)))}) for r in doc.rows
    )
    return doc.model_copy(update={"paragraphs": paragraphs, "rows": rows})
