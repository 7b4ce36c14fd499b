"""From a question and the conversation so far to a standalone query with typed filters.

Rule-based, so it runs without a model: country, document kind, UN symbol, explicit
paragraph / recommendation / row requests, and follow-ups that carry the topic over.
Filters are typed values checked against the corpus, never strings passed to Chroma.
Does not retrieve.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from assistant.corpus import Corpus
from assistant.names import SENTENCE_END, UnknownNames, without_asker_clauses
from assistant.text import terms
from assistant.vocab import (
    chat_terms,
    domain_terms,
    everyday,
    framing_terms,
    instruments,
    named_bodies,
    named_texts,
    national_committees,
    other_committee,
    paper_terms,
    treaty_words,
)
from ingest.classify import TAG_LABELS, tag
from ingest.references import SYMBOL, SYMBOL_PARA
from rightsdesk.countries import (
    ADJECTIVES,
    CURRENCIES,
    canonical,
    country_of_code,
    find_countries,
    leaders_named,
    places_named,
)
from rightsdesk.domain import DocumentInfo
from rightsdesk.words import ORDINAL_NUMBERS, STOPWORDS, spell_ordinals, spelling_variants, stem
from rightsdesk.words import words as written_words

UNIT_REQ = re.compile(
    r"\b(?P<kind>paragraphs?|paras?\.?|recommendations?|recs?\.?|rows?)\s*"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})?)(?:\s*\(?(?P<sub>[a-z])\)(?![a-z]))?",
    re.IGNORECASE,
)
# the letter first: "sub-paragraph (d) of paragraph 86"
SUB_OF = re.compile(
    r"\bsub-?\s?paragraphs?\s*\(?(?P<sub>[a-z])\)?\s+of\s+(?:paragraph|para\.?)\s*(?P<num>\d{1,3})\b",
    re.IGNORECASE,
)
# a number alone, as a follow-up: a recommendation ("And 133.102?", "what about 125.5") or a
# sub-paragraph ("and 22 (h)?") of the document in hand
BARE_RECOMMENDATION = re.compile(
    r"^\s*(?:and\s+)?(?:what about\s+|how about\s+)?(?P<num>\d{1,3}\.\d{1,3})\s*\??\s*$", re.I
)
# time counted from the last turn: "eleven years later", "two years on", "a decade earlier"
LATER = re.compile(
    r"\b(?:[\w-]+\s+)?(?:years?|decades?|months?)\s+(?:later|on|after|before|earlier|ago)\b", re.I
)
# the words of countries' official long forms ("the Republic of", "the Kingdom of")
OFFICIAL_FORM = re.compile(
    r"\b(?:the\s+)?(?:(?:Plurinational|Bolivarian|Islamic|Democratic|Federal|Federative|Oriental"
    r"|Socialist|Arab|Cooperative|Co-operative|People['’]s|United|Independent)\s+)*(?:Republic"
    r"|Kingdom|Sultanate|Principality|Emirates?|Federation|Commonwealth|State|Grand Duchy)\s+of\b",
    re.I,
)
SPOKEN_SLASH = re.compile(r"\s+slash\s+", re.I)
# a paragraph and its sub-paragraph inside a sentence, not an article's: "27 (c)"
NUM_SUB = re.compile(
    r"(?<![\w/.])(?<!article )(?<!art\. )(?<!Article )(?P<num>\d{1,3})\s*\((?P<sub>[a-z])\)"
)
BARE_SUBPARAGRAPH = re.compile(
    r"^\s*(?:and\s+)?(?:what about\s+|how about\s+|(?:what|which)(?:['’]s|\s+is|\s+does)\s+"
    r"(?:(?:under|in)\s+)?)?(?P<num>\d{1,3})\s*\((?P<sub>[a-z])\)\s*(?:say\s*)?\??\s*$",
    re.I,
)
# a section by its printed label: "C.9", "section C.2.1"
SECTION_LABEL = re.compile(r"(?<![\w.])(?P<label>[A-H](?:\.\d{1,2}){1,2})(?![\w.]|\.\d)")
# "sub-section G of part II", "section II.G", "part II, section G": a chapter's lettered
# sub-section, checked against the headings the documents have
SUBSECTION = re.compile(
    r"\bsub-?\s?sections?\s+(?P<a>[A-H])\b(?:\s+(?:of|in|under)\s+(?:part|section|chapter)\s+"
    r"(?P<ra>[IVX]{1,5})\b)?"
    r"|\b(?:part|section|chapter)\s+(?P<rb>[IVX]{1,5})\s*(?:\.|,\s*(?:sub-?\s?)?section\s+)(?P<b>[A-H])\b"
    r"|(?<![\w./])(?-i:(?P<rc>[IVX]{1,5})\.(?P<c>[A-H]))(?![\w.]|\.\d)"
    r"|\bsection\s+(?-i:(?P<d>[A-H]))\b(?![.\d])"  # "is there a section D after that?"
    # "is there an F after it?" (a capital alone, after the sub-section last quoted)
    r"|\b(?:is|was)\s+there\s+an?\s+(?-i:(?P<e>[B-H]))\s+(?:after|before|too|as well|under)\b"
    # "is there a part B to that section?" (a lettered part of the section last quoted)
    r"|\b(?:is|was)\s+there\s+an?\s+(?:part|sub-?\s?section|subsection)\s+(?-i:(?P<f>[B-H]))\s+"
    r"(?:to|of|in|under)\s+(?:that|this|the\s+same|its|her)\s+(?:section|part|chapter)\b",
    re.I,
)
PART_NAMED = re.compile(r"\b(?:part|section|chapter)\s+(?P<r>[IVX]{1,5})\b")
# a plan's table named by its treaty: "the armed conflict table", "the OPSC part of the plan"
PLAN_TABLE = re.compile(
    r"\b(?:the\s+)?(?:OPSC|OPAC|CRC|sale\s+of\s+children|armed\s+conflict|children\s+in\s+armed"
    r"\s+conflict|Convention)\s+(?:table|part|section|chapter)\b"
    r"|\b(?:table|part|section|chapter)\s+(?:of\s+the\s+plan\s+)?on\s+(?:the\s+)?(?:OPSC|OPAC|CRC"
    r"|sale\s+of\s+children|(?:children\s+in\s+)?armed\s+conflict|Convention)\b",
    re.I,
)
# "the fifth activity under the same row"
NTH_ACTIVITY = re.compile(
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th))\s+(?:activit(?:y|ies)\b"
    # "the fourth one under row 23", "the second one in that row"
    r"|one\s+(?=(?:under|in|of|on)\s+(?:the\s+same\s+|that\s+|this\s+|its\s+)?row\b))",
    re.I,
)
CARDINALS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
# "the first row of the OPAC table", "the 12th paragraph": a unit named by its ordinal
ORDINAL_UNIT = re.compile(
    r"\bthe\s+(?:very\s+)?(?P<n>[a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?P<kind>row|paragraph)\b"
    r"(?!\s+(?:of|in|under)\s+(?:the\s+|that\s+|this\s+|each\s+)?(?:section|chapter|part|heading))"
    r"(?!\s+(?:you|I|we|she|it)\b|\s+(?:just\s+)?(?:quoted|cited|mentioned|shown|above)\b)",
    re.I,
)
# "the next paragraph of her report", "the row before that": the unit beside the one last quoted
ADJACENT_UNIT = re.compile(
    r"\b(?P<dir>next|following|previous|preceding)\s+(?P<kind>paragraph|para\.?|row)\b"
    r"|\b(?P<kind2>paragraph|para\.?|row)\s+(?:(?:straight|right|immediately|just|directly)\s+)?"
    # "the row straight after the landmines one"
    r"(?P<dir2>after|before)\s+(?:that|this|it|the one|the\s+[\w-]+(?:\s+[\w-]+)?\s+one)\b",
    re.I,
)
ROW_NAMED = re.compile(rf"\brow\s+(?P<n>\d{{1,3}}|{'|'.join(CARDINALS)})\b", re.I)
SAME_ROW = re.compile(r"\b(?:same|that|this|the last|its)\s+row\b", re.I)
# "is there an (f) after that?": a sub-paragraph of the paragraph in hand, named alone
SUB_MENTIONED = re.compile(
    r"\b(?:is there|was there|are there|any|and|what about|how about|what's in|what is in)\s+"
    r"(?:an?\s+|the\s+)?(?:sub-?\s?paragraph\s+)?\((?P<sub>[a-z])\)",
    re.I,
)
BARE_SUB_ALONE = re.compile(
    r"^\s*(?:and\s+|what about\s+|how about\s+)?(?:sub-?\s?paragraph\s+)?\((?P<sub>[a-z])\)\s*\??\s*$",
    re.I,
)
KIND_WORDS = (
    (
        re.compile(
            r"\b(national\s+)?plan(s)?\s+of\s+action\b|\bnational plan\b|\bthe plan\b|\bNPA\b"
            r"|\baction\s+plans?\b|\b(?:its|their)\s+(?:own\s+)?plans?\b"
            r"|['’]s\s+(?:own\s+)?(?:national\s+)?plans?\b"
            r"|\bthe\s+(?:[A-Z][\w-]+|\d{4})\s+(?:national\s+|action\s+)?plan\b"
            r"|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+plan\b|\b(?:OPSC|OPAC|OPIC|CRC)\s+plans?\b|\bNAPs?\b",
            re.I,
        ),
        "national_plan",
    ),
    (
        re.compile(
            r"\bspecial\s+rapporteur\b|\brapporteur\b|\bcountry (?:visit|mission)\b"
            r"|\b(?:her|his)\s+(?:visit|mission|report)\b|\b(?:UN|United Nations|independent)\s+expert\b"
            # "that UN trafficking expert", "the United Nations' migrants expert"
            r"|\b(?:UN|U\.N\.|United Nations['’]?)\s+(?:[\w-]+\s+){1,2}expert\b"
            r"|\benvoy\b",
            re.I,
        ),
        "special_rapporteur_report",
    ),
    (re.compile(r"(?<![/\w.])SR(?![/\w.])"), "special_rapporteur_report"),  # "the SR", not SR.2251
    (
        re.compile(r"\bUPR\b|\b(?:universal\s+)?periodic\s+review\b", re.I),
        "upr_report",
    ),
    (
        re.compile(
            r"\bcommittee\b|\bconcluding\s+observations?\b|\bobservations\b|\bobs\b"
            r"|\btreaty[- ]bod(y|ies)\b",
            re.I,
        ),
        "concluding_observations",
    ),
)
# documents of a review that the index may not hold, named as the source of what is asked:
# "what Kazakhstan wrote in its initial report", "the questions in its list of issues" (not
# "when was its initial report considered", which its concluding observations answer)
SOURCE_ASKED = (  # "is there a ... I could cite", "quote the ...": a paper asked for as the source
    r"\b(?:is there|are there|was there|were there|quote|cite|text of|wording of|copy of|find me"
    r"|give me|any|issued?|publish\w*)\b[^.?!]{0,40}?\b(?:a|an|the|any|its|that)\s+"
)
REVIEW_PAPERS = (
    (
        re.compile(
            r"\b(?:wrote|written|writes?|says?|said|states?|stated|claim\w*|quote|read)\b[^.?!]{0,40}?"
            r"\b(?:in|from)\s+(?:its|their|the State party['’]s|[A-Z]\w+['’]s)\s+(?:own\s+)?"
            r"(?:(?:initial|periodic|combined|consolidated|national|State party|to|and"
            r"|[a-z]+(?:th|nd|rd|st))\s+){0,6}report\b",
            re.I,
        ),
        "state_party_report",
    ),
    (re.compile(r"\b(?:in|from)\s+(?:its|the|their)\s+lists? of issues\b", re.I), "list_of_issues"),
    (
        re.compile(
            r"\bgeneral (?:comment|recommendation)s?(?:\s+(?:No\.?|number)\s*\d+)?(?:\s*\(\d{4}\))?"
            r"\s+(?:itself\s+)?(?:say|says|said|state|states|recommend\w*|require\w*|define\w*)\b"
            r"|\b(?:text of|quote|read)\b[^.?!]{0,30}\bgeneral (?:comment|recommendation)"
            r"|\b(?:from|in)\s+(?:(?:the|its|their)\s+)?(?:committee['’]s\s+)?"
            r"general (?:comment|recommendation)s?\s+(?:No\.?|number)\s*\d+",
            re.I,
        ),
        "general_comment",
    ),
    (
        re.compile(
            r"\b(?:Human Rights Council|General Assembly|Security Council|Council)\s+resolutions?\b"
            r"[^.?!]*\b(?:say|says|ask|asks|call|calls|request|requests|text|set up|establish\w*)\b",
            re.I,
        ),
        "resolution",
    ),
    (re.compile(r"\b(?:alternative|shadow|parallel)\s+reports?\b", re.I), "ngo_report"),
    # papers of other kinds asked for as the source: a court's judgment, a letter, a record of a
    # parliament's debate, a statistical yearbook, a press release
    (
        re.compile(
            rf"{SOURCE_ASKED}(?:[A-Z]\w+\s+)*(?:court\s+)?(?:judge?ments?|rulings?|verdicts?)\b"
            r"|\bcase law\b",
            re.I,
        ),
        "judgment",
    ),
    (
        re.compile(
            r"\bfollow-up letters?\b|\b(?:send|sent|wrote|write|writes|written)\b[^.?!]{0,40}?"
            r"\bletters?\b|\bthe letter\b",
            re.I,
        ),
        "letter",
    ),
    (
        re.compile(
            r"\b(?:transcripts?|stenograms?|verbatim records?|hansard|parliamentary debates?)\b"
            r"|\b(?:say|said|says)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}debates?\b",
            re.I,
        ),
        "parliamentary_record",
    ),
    (
        re.compile(
            r"\b(?:statistical\s+)?(?:year-?books?|statistical (?:bulletins?|compendi\w+))\b", re.I
        ),
        "statistics",
    ),
    (re.compile(r"\b(?:press|news|media)\s+releases?\b", re.I), "press_release"),
    (  # "is there an actual Kazakh school textbook among what you hold?"
        re.compile(rf"{SOURCE_ASKED}(?:[\w-]+\s+){{0,3}}?(?:text-?books?|schoolbooks?)\b", re.I),
        "textbook",
    ),
    (  # "could you show me one of those leaflets?"
        re.compile(
            r"\b(?:show|send|give|see|share)\b[^.?!]{0,30}?\b(?:leaflets?|brochures?|posters?"
            r"|flyers?|booklets?|pamphlets?|campaign (?:videos?|spots?|materials?))\b",
            re.I,
        ),
        "awareness_material",
    ),
    (
        re.compile(
            r"\bminutes of\b|\b(?:meeting|session)s?\s+minutes\b|\bthe minutes\b"
            r"|\brecords? of (?:its|their|the) meetings\b",
            re.I,
        ),
        "minutes",
    ),
    (
        re.compile(
            r"\btravaux\s+pr[ée]paratoires\b|\bdrafting\s+(?:history|records?)\s+of\b"
            r"|\bpreparatory\s+work\s+(?:of|on)\b",
            re.I,
        ),
        "drafting_history",
    ),
    (  # "the concluding observations that came out of that next periodic report"
        re.compile(
            r"\b(?:examined|considered|reviewed)\s+(?:that|the|its|their)\s+(?:next|later"
            r"|subsequent|following)\s+(?:periodic\s+)?reports?\b"
            r"|\b(?:the|its|their)\s+(?:next|following|subsequent|later)\s+(?:review|reporting)\s+cycle\b"
            r"|\b(?:concluding observations|observations|review)\s+(?:that\s+came\s+out\s+of|from"
            r"|on|of|after)\s+(?:the\s+|that\s+|its\s+|their\s+)?(?:next|later|subsequent"
            r"|following)\s+(?:periodic\s+)?(?:reports?|reviews?|cycles?)\b",
            re.I,
        ),
        "later_review",
    ),
    (re.compile(r"\bvoluntary national reviews?\b|\bVNRs?\b"), "voluntary_national_review"),
    (  # "the committee's latest session", "its upcoming session": after the documents
        re.compile(
            r"\b(?:latest|upcoming|next|forthcoming|current|coming|most recent)\s+(?:\w+\s+)?"
            r"sessions?\b",
            re.I,
        ),
        "later_session",
    ),
    (  # "her statement for that day", "his speech at the launch"
        re.compile(
            r"\b(?:her|his|its|their)\s+(?:own\s+)?(?:statement|speech|remarks|address|op-ed"
            r"|message|tweet|interview)s?\s+(?:for|on|at|to|about)\b",
            re.I,
        ),
        "statement",
    ),
    (
        re.compile(
            r"\blists? of issues prior to reporting\b|\bLOIPR\b"
            r"|\bsent\b[^.?!]{0,40}\blists? of issues\b",
            re.I,
        ),
        "list_of_issues",
    ),
    (
        re.compile(
            r"\b(?:(?:(?:UN|United Nations)\s+)?(?:Sustainable Development\s+)?Cooperation Framework"
            r"|UNDAF|UNSDCF|Common Country (?:Analysis|Assessment))\b"
            # ... not its workshop or meeting, the asker's context ("For our UNDAF workshop")
            r"(?!\s+(?:workshops?|trainings?|meetings?|sessions?|retreats?|consultations?|process"
            r"|teams?|groups?|events?))",
            re.I,
        ),
        "cooperation_framework",
    ),
    (  # "has Turkmenistan since sent in that report?": a report after the documents
        re.compile(
            r"\b(?:since|yet|already|now)\s+(?:sent|submitted|filed|handed|presented)\s+(?:in\s+)?"
            r"(?:that|the|its|their)\s+(?:next\s+|periodic\s+|overdue\s+)?report\b",
            re.I,
        ),
        "state_party_report",
    ),
    (  # "the previous plan itself, the 2018-2021 one": a plan before the one held
        re.compile(
            r"\b(?:the|its|their)\s+(?:previous|earlier|former|old|first)\s+(?:national\s+)?"
            r"(?:action\s+)?plan\b",
            re.I,
        ),
        "earlier_plan",
    ),
    (  # "what did she say on air", "her interview with the radio"
        re.compile(
            r"\binterview\w*\b[^.?!]{0,40}?\b(?:radio|tv|television|newspaper|press|podcast)\b"
            r"|\b(?:radio|tv|television|newspaper|podcast)\s+interviews?\b|\bon\s+air\b",
            re.I,
        ),
        "interview",
    ),
    (  # "what did their final evaluation say" of a project or programme
        re.compile(
            r"\b(?:their|its|his|her|the project['’]s|the programme['’]s)\s+(?:own\s+)?"
            r"(?:final|mid-?term|end-of-project|external|independent)\s+evaluations?\b",
            re.I,
        ),
        "project_evaluation",
    ),
    (
        re.compile(
            r"\b(?:quote|text of|wording of|read)\b[^.?!]{0,40}?"
            r"\b(?:the|that|this|its)\s+(?:(?:new|criminal|anti-\w+)\s+)?(?:law|code|act|decree)\b",
            re.I,
        ),
        "law_text",
    ),
)
PLAN_FLAVOUR = (
    (re.compile(r"\bOPSC\b|\bsale of children\b", re.I), "opsc"),
    (re.compile(r"\bOPAC\b|\barmed conflict\b", re.I), "opac"),
    (re.compile(r"\bCRC\b|\bConvention on the Rights of the Child\b", re.I), "crc"),
    # "the table on the Convention" where no protocol is named: the Convention's own
    (
        re.compile(
            r"^(?!.*\bprotocol).*\bthe\s+Convention\b(?!\s+(?:on|against|for|relating)\b)", re.I
        ),
        "crc",
    ),
)
FOLLOW_UP = re.compile(
    r"^\s*(and|what about|how about|and what about|same for|what of|and in|also|then|and for|and the)\b"
    r"|\b(it|that|this|they|them|those|these|there)\b(?:\s+(?:too|as well|also|either))?[?.!\s]*$"
    r"|\bsame\s+(?:question|point|thing|topic|issue|law|concern|problem|recommendation|measure"
    r"|rule|provision|practice|gap|body|institution|fund|plan)\b|\bI\s+meant\b|\bthe other one\b",
    re.I,
)
# "did it want", "do they say": a subject that only the history names
SUBJECT_PRONOUN = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are|will|would|should|could|can)\s+(?:it|they)\b",
    re.I,
)
# "what did she recommend?": in these documents a person is the Rapporteur of the previous turn
PERSON_PRONOUN = re.compile(r"\b(?:she|her|he|his|the same point)\b", re.I)
# verbs of saying: "what was it told about ...", "did she mention ...": how the question asks,
# never its subject
# a clause on the asker's tie to a place: "Tajikistan, where my best mares were foaled - was
# ...", "in Turkmenistan, where we sing first": the asker's story, not the subject asked about
STORY_WHERE = re.compile(
    r"(?P<place>\b[A-Z][\w'\u2019-]+),?\s+where\s+(?:I|I'm|I've|we|we're|my|our)\b"
    r"[^,;:?!.\u2013\u2014]*?(?=\s+[-\u2013\u2014]\s|[,;:?!.\u2013\u2014]|$)"
)
# adverbs that point back to the previous turn, never a subject: "was Turkmenistan likewise urged"
BACK_ADVERBS = frozenset(terms("likewise similarly", generic=True))
SPEECH = frozenset(
    terms(
        "say says said tell tells told mention mentions mentioned ask asks asked raise raises"
        " raised want wants wanted",
        generic=True,
    )
)
# a document named by its country: "the Kyrgyz review", "Moldova's concluding observations"
DOC_OWNER = re.compile(
    r"\b(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+(?:own\s+)?"
    r"(?:review|concluding observations|observations|report|UPR)\b"
)
# "how that works for ...", "does it apply to ...": the earlier topic applied to something new
APPLIED_BACK = re.compile(
    r"\b(?:how|does|do|did|is|was|would|will|can)\s+(?:that|this|it)\s+(?:work|works|worked|apply"
    r"|applies|applied|happen|happens|go|goes|look|looks|stand|stands)\b",
    re.I,
)
# "what did States recommend about conditions inside them?": new words about the earlier subject
# (a message that goes on from the last answer: "and ...", "so ..."; a pronoun of the question's
# own words is theirs: "which term is used for street children, and what for them?")
PRONOUN_OBJECT = re.compile(
    r"^\s*(?:and|so|but|then|also)\b.*\b(?:inside|within|for|about|into|from)\s+"
    r"(?:them|it|those|these)\s*[?.!]*\s*$",
    re.I,
)
# "the same law", "that same programme": a text the previous answer named, asked about again
SAME_NAMED = re.compile(
    r"\b(?:the|that|this)\s+same\s+(?P<what>law|code|convention|protocol|programme|program"
    r"|strategy|act|decree|resolution)\b",
    re.I,
)


def _named_in(what: str, text: str) -> str | None:
    """The first text of that kind a passage names by its title ("Law on Public Associations",
    "Code of Criminal Procedure"), or None."""
    m = re.search(
        rf"\b{what.capitalize()}\s+(?:on|of|for|against|about)\s+(?:the\s+)?[A-Z][\w'-]*"
        r"(?:\s+(?:(?:and|of|on|in|the|for)\s+)*[A-Z][\w'-]*)*",
        text,
    )
    return m.group(0) if m else None


DOC_YEAR = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<year>(?:19|20)\d\d)\s+(?:review|observations|concluding"
    r"\s+observations|report|recommendations|session|dialogue)\b",
    re.I,
)
# the State a body spoke to: "what did the Committee tell the Russian Federation about the
# children of Tajik migrants?" asks for the Russian Federation's documents, not Tajikistan's
ADDRESSEE = re.compile(
    r"\b(?:tell|tells|told|telling|say\s+to|said\s+to|recommend(?:ed|s)?\s+to|urge[sd]?|ask(?:ed|s)?"
    r"|advise[sd]?|review(?:ed|s)?)\s+(?P<who>(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,3})"
)
# verbs that carry no subject of their own ("did they get told to drop it too?")
LIGHT_VERBS = frozenset(
    terms(
        "get gets got go goes went make makes made set sets put puts take takes took"
        # "does the plan pick that up anywhere?"
        " pick picks picked anywhere somewhere anything something",
        generic=True,
    )
)
# the trainer's own session, named around a theme question: not a theme of it
TRAINING_FRAME = re.compile(
    r"\b(?:(?:I['’]m|I am|we['’]re|we are)\s+(?:preparing|running|giving|holding|planning|doing)"
    r"\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?)?(?:training|workshop|session|course|seminar|lecture"
    r"|lesson|module|presentation)s?"
    r"(?:\s+session)?(?:\s+(?:on|about|for))?\b",
    re.I,
)
# A trainer's theme question: every relevant paragraph, not the best three
THEME = re.compile(
    r"\beverything\b|\ball\s+(?:the\s+)?(?:recommendations|concerns|paragraphs|passages|documents"
    r"|activities|rows)\b"
    r"|\bcountry[- ]by[- ]country\b"
    r"|\bfor\s+a\s+(?:training|session|workshop|briefing|handout|lecture|lesson|module|presentation)\b"
    r"|\b(?:training|handout|briefing|lecture|lesson)\s+on\b"
    r"|\bacross\s+(?:all\s+)?(?:the\s+)?(?:documents|countries)\b"
    r"|\bwhat\s+do\s+all\s+(?:the|these)\s+documents\s+say\b|\boverview\b|\beach\s+country\b"
    r"|\bevery\s+(?:document|country|paragraph|recommendation|reference|mention|passage|activit(?:y|ies)"
    r"|row|one|table)s?\b|\bin\s+all\s+(?:three|the|its|these)\s+tables\b|\ball\s+of\s+them\b"
    r"|\blist\s+(?:all|every)\b|\ball\s+(?:the\s+)?(?:references|mentions)\b"
    r"|\bwhich\s+(?:of\s+the\s+)?documents\b|\b(?:complete|full|comprehensive)\s+(?:list|overview)\b"
    r"|\ball\s+(?:(?:three|the|these)\s+)?countries\b",
    re.I,
)
# Words that point back to the previous turn's topic rather than name one of their own
ANAPHORA = re.compile(
    r"\b(?:similar|same|likewise|comparable|equivalent|such|like that|that|this|those|these|it)\b",
    re.I,
)
# the fields of a plan's row (ingest/plan.py): "the plan's own timeline" is its period
ROW_FIELDS = "activity activities timeline timeframe deadline period agencies"
# "the timeline for it", "the row's deadline": a unit or a field of the unit in hand, no subject
UNIT_FIELDS = frozenset(terms(f"row rows responsible {ROW_FIELDS}"))
REFERRING_STEMS = UNIT_FIELDS | frozenset(
    terms(
        "similar same likewise comparable equivalent such like anything point issue matter concern"
        # "what shortcoming prompted that recommendation?": what lay behind the one in hand
        " shortcoming shortcomings prompted prompt reason reasons behind problem gap"
    )
)
UNIMPLEMENTED = re.compile(
    r"\b(no|without|lack|lacks|missing|not)\b.{0,40}\b(activit|row|plan|implement|covered|address)"
    r"|\bnot (been )?(implemented|covered|addressed)\b|\bunaddressed\b|\bgaps?\b",
    re.I,
)
# "general comment No. 18", "the joint general recommendation No. 31": a text by its number
GENERAL_COMMENT = re.compile(
    r"\bgeneral\s+(?P<what>comment|recommendation)s?\s+(?:No\.?|number|#)\s*(?P<n>\d{1,3})\b", re.I
)
# a convention by its number, as the ILO's are cited: "the ILO Home Work Convention, No. 177"
NUMBERED_CONVENTION = re.compile(
    r"\b(?:(?:the\s+)?ILO\s+)?(?:[A-Z][\w-]*\s+){0,4}Convention,?\s+(?:\(\s*)?(?:No\.?|number|#)\s*"
    r"(?P<n>\d{1,3})\b\)?"
)
# "The same patron wants the Tajikistan equivalent: to whom was ...?": a preamble, then the question
PREAMBLE = re.compile(r"^[^:?]{3,160}:\s+(?P<q>[^:]+\?)\s*$")
ASKING_HEAD = re.compile(
    r"\s*(?:how|what|which|who|whom|whose|where|when|why|does|do|did|is|are|was|were|can|could"
    r"|has|have|had|will|would|should)\b",
    re.I,
)
# words that say which of the index's documents: "the four new documents", "both latest reports"
OWN_DOCUMENTS_WORD = re.compile(
    r"(?:all|both|these|those|other|new|newer|newest|latest|recent|added|uploaded|bundled|same"
    r"|two|three|four|five|six|seven|eight|nine|ten|\d+)",
    re.I,
)
BACK_REFERENCE = re.compile(r"\b(?:it|this|that|these|those|them|they)\b", re.IGNORECASE)
# "CRC/C/OPSC/TJK/CO/1, para. 25" as ingest reads it, and a range ("paras. 24-25")
QUESTION_SYMBOL = re.compile(SYMBOL.pattern, re.IGNORECASE)
CITED_PARAS = re.compile(SYMBOL_PARA.pattern + r"(?:\s*[-–]\s*(\d{1,3}))?")
# "that document", "this report", "the same observations": the documents of the previous turn
DOC_BACK_REFERENCE = re.compile(
    r"\b(?:that|this|the same|the previous|the last|same|its|her|his)\s+"
    r"(?:document|report|text|observations|concluding observations|plan|review|table)\b"
    # "that third National Plan", "this 2014 review": a few words between, none a preposition
    r"|\b(?:that|this|its|her|his)\s+"
    r"(?:(?!(?:in|on|of|for|to|by|about|with|and|or)\b)[\w'’-]+\s+){1,3}?"
    r"(?:document|report|observations|plan|programme|strategy|review)\b",
    re.I,
)
# A year that scopes the documents ("the 2010 concluding observations", "in its 2012 report",
# "what did the committee say in 2010"), not a year inside the topic ("cases in 2020").
YEAR = r"(?:19[5-9]\d|20\d\d)"
LONE_CODE = re.compile(r"(?<![\w/])[A-Z]{2}(?![\w/])")
DOC_WORD = (
    r"(?:concluding observations|observations|obs|report|review|plan|NAP|NPA|recommendations?|visit"
    r"|mission|session|cycle|documents?|UPR)"
)
BODY_WORD = (
    r"(?:committee|rapporteur|working group|review|observations|obs|report|plan|NAP|NPA|documents?"
    r"|UPR|CRC)"
)
# a question about what a plan does with the recommendations of a document it implements
ABOUT_A_PLAN = re.compile(r"\bplans?\b|\bactivit|\bimplement|\baction\b|\brows?\b", re.I)
YEAR_SCOPE = re.compile(
    rf"\b(?P<a>{YEAR})(?:\s*[-–]\s*(?P<end>{YEAR}))?(?:'s)?\s+(?:[A-Za-z-]+\s+){{0,2}}?{DOC_WORD}\b"
    rf"|\b{BODY_WORD}\b[^.?!]{{0,40}}?\b(?:in|of|from|for|dated|adopted in|issued in|during)\s+"
    rf"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    rf"|December)\s+|(?-i:[a-z]+),?\s+)?(?P<b>{YEAR})(?:\s*[-–/]\s*(?P<bend>{YEAR}|\d\d))?\b"
    # what a body said to a country in a year: "what did the committee tell tajikistan in 2005",
    # "had the Committee looked at Turkmenistan's street children already in 2004"
    rf"|\b(?:tell|told|say|said|ask|asked|recommend|recommended|urge|urged|look(?:ed)?\s+at"
    rf"|examined?|reviewed?|considered?|discussed?)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:already\s+|back\s+|as\s+early\s+as\s+)?in\s+(?P<d>{YEAR})\b"
    # a year alone, after chat words: "and in 2009?", "k, and 2007? anything from them"
    rf"|^\s*(?:(?:ok(?:ay)?|k|right|so|now)\b[,.]?\s*)*(?:and\s+)?(?:now\s+)?"
    rf"(?:what about\s+|how about\s+)?(?:(?:in|from|for)\s+)?(?P<c>{YEAR})\s*(?:\?|$)",
    re.I,
)
# periods any year of which will do: a decade, a cycle of the Universal Periodic Review
DECADE = re.compile(
    r"\b(?:in|during|from)\s+the\s+(?:early\s+|late\s+|mid-?\s*)?(?P<d>(?:19[5-9]|20\d)0)['’]?s\b",
    re.I,
)
UPR_CYCLE = re.compile(
    r"\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[- ]cycle\b"
    r"|\bcycle\s+(?P<m>[1-4]|one|two|three|four)\b",
    re.I,
)
_CYCLE_WORDS = (
    ("first", "1st", "one", "1"),
    ("second", "2nd", "two", "2"),
    ("third", "3rd", "three", "3"),
    ("fourth", "4th", "four", "4"),
)
_CYCLE_NUMBER = {word: n for n, words in enumerate(_CYCLE_WORDS, start=1) for word in words}
# the years each cycle of the Universal Periodic Review ran (Human Rights Council resolutions
# 5/1 and 16/21); a cycle's reviews are adopted up to a year after its last session
UPR_CYCLE_YEARS = {1: (2008, 2012), 2: (2012, 2017), 3: (2017, 2022), 4: (2022, 2028)}


SESSION = re.compile(r"\b(?P<ord>[a-z]+(?:-[a-z]+)?)\s+(?:regular\s+)?session\b", re.I)


# the Council's session as people abbreviate it: "HRC38", "HRC 53", "HRC-50"
COUNCIL_SESSION = re.compile(r"\bHRC\s?-?(?P<n>\d{1,2})\b")


def sessions_named(text: str) -> tuple[int, ...]:
    """Session numbers a text names, ordinals spelt out ("at its fifty-third session" -> 53),
    the Council's abbreviated ("HRC38" -> 38)."""
    found = [ORDINAL_NUMBERS.get(m.group("ord").lower()) for m in SESSION.finditer(text)]
    found += [int(m.group("n")) for m in COUNCIL_SESSION.finditer(text)]
    return tuple(dict.fromkeys(n for n in found if n))


# "before 2000", "since 2020" about what a body or document said: the documents' years
OPEN_PERIOD = re.compile(
    rf"\b(?P<rel>before|prior to|until|after|since)\s+(?:(?:\d{{1,2}}\s+)?(?:January|February"
    rf"|March|April|May|June|July|August|September|October|November|December)\s+)?(?P<y>{YEAR})\b",
    re.I,
)
EARLIEST, LATEST = 1900, 2100  # the open ends of "before 2000" and "since 2020"


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS = "|".join(MONTH_NAMES)
_MONTH = MONTHS + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# a period of months, by its first month: "January-March 2022", "between May and July 2019",
# "the first quarter of 2022", "Q3 2020" (a single month is left out: events have dates)
MONTH_PERIOD = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s*(?:-|\u2013|to|through|until|and)\s*(?:{_MONTH})\.?,?\s+"
    rf"|(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?|Q(?P<qn>[1-4])\s+)"
    rf"(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _ordinal_value(word: str) -> int | None:
    """The number an ordinal stands for: "fifth" -> 5, "12th" -> 12; None for any other word."""
    low = word.lower()
    if low[:-2].isdigit() and low[-2:] in ("st", "nd", "rd", "th"):
        return int(low[:-2])
    return ORDINAL_NUMBERS.get(low)


def _outside(names: tuple[str, ...], periods: tuple[str, ...]) -> tuple[str, ...]:
    """The names not part of a period already named ("January-March" in "January-March 2022")."""
    return tuple(n for n in names if not any(n in p for p in periods))


def month_periods(question: str) -> list[tuple[str, str, int]]:
    """The periods of months a question names: (as written, first month's name, year)."""
    out = []
    for m in MONTH_PERIOD.finditer(question):
        if m["m1"]:
            first = next(n for n in MONTH_NAMES if n.lower()[:3] == m["m1"].lower()[:3])
        else:
            quarter = int(m["qn"]) if m["qn"] else QUARTER[m["q"].lower()]
            first = MONTH_NAMES[3 * quarter - 3]
        out.append((m[0], first, int(m["y"])))
    return out


# a period counted back from today: "in the last five years", "over the past 3 years"
RECENT_YEARS = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?P<n>\d{1,2}|a|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|fifteen|twenty|couple of|few)\s+years?\b",
    re.I,
)


def _eras(question: str) -> tuple[tuple[int, int], ...]:
    out = [(int(m.group("d")), int(m.group("d")) + 9) for m in DECADE.finditer(question)]
    if re.search(rf"\b{BODY_WORD}\b", question, re.I):
        for m in OPEN_PERIOD.finditer(question):
            year, rel = int(m.group("y")), m.group("rel").lower()
            if rel in ("before", "prior to", "until"):
                out.append((EARLIEST, year - 1))
            else:
                out.append((year + (rel == "after"), LATEST))
    if re.search(rf"\b{BODY_WORD}\b", question, re.I):  # "in the last five years", as of today
        for m in RECENT_YEARS.finditer(question):
            n = m.group("n").lower()
            years = int(n) if n.isdigit() else {"a": 1, "couple of": 2, "few": 3}.get(n, 0)
            years = years or CARDINALS.get(n, 1)
            today = date.today().year
            out.append((today - years, today))
    for m in UPR_CYCLE.finditer(question):
        if re.search(r"\bUPR\b|periodic review|universal", question, re.I):
            out.append(UPR_CYCLE_YEARS[_CYCLE_NUMBER[(m.group("n") or m.group("m")).lower()]])
    return tuple(dict.fromkeys(out))


# "what is the government doing about it?", not "what does it want the government to do?"
IMPLEMENTATION = re.compile(
    r"\b(what|how)\b(?:(?!\b(?:want\w*|ask\w*|urg\w*|recommend\w*|expect\w*|call\w*|tell\w*|told)\b).){0,40}"
    r"\b(plan|government|State|authorities)\b.{0,30}\b(do|doing|does|done|implement\w*|respond\w*)\b"
    r"|\bimplement(s|ed|ing)?\b.{0,30}\brecommendation|\bwhich recommendations?\b.{0,30}\bimplement",
    re.I,
)


GENERIC_TAGS = frozenset({"children"})
# A thematic mandate named generically: "Special Rapporteur on the right to education"
MANDATE = re.compile(
    r"\b(?P<kind>(?:Special )?Rapporteur|Independent Expert|Working Group|Special Representative"
    r"|(?:UN |United Nations )expert)"
    r" on (?P<topic>[A-Za-z ,'-]+?)(?:\s+(?:say|said|says|recommend\w*|find|found|report\w*|about|on|in|for|during|visit\w*)\b|\s*[?.,;()]|$)",
    re.I,
)
# a document by its title, asked for itself: "what the National Programme of Measures for Roma
# itself sets out"
TITLE_ITSELF = re.compile(
    r"(?P<title>\b[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|on|and|the|to|in|against)\s+)*"
    r"[A-Z][\w'\u2019-]*){2,})\s+itself\b"
)
# the text of an instrument asked for itself: "which principle covers ...", "need the wording"
TEXT_ASKED = re.compile(
    r"\b(?:wording|full text|text of|verbatim|quote\w*|which\s+(?:principle|article|rule"
    r"|guideline|provision|standard)s?\b)"
    r"|\bitself\s+(?:say|says|require|requires|provide|provides|state|states|set|sets)\b"
    r"|\b(?:need|want|give me)\s+the\s+(?:article|provision|rule|principle)s?\b",
    re.I,
)
# a legal text asked for itself, which the documents only mention: "the decree itself", "resolution
# No. 325 itself", "the text of the article in that 2010 CIS agreement"
LEGAL_TEXT = (
    r"(?:law|decree|resolution|agreement|act|code|regulation|ordinance|statute|order|directive"
    r"|treaty|convention|covenant|protocol|charter|constitution"
    r"|memorandum|programme|program|strategy|policy|concept"
    r"|articles?\s+\d+(?:\.\d+)*(?:\s*\(\w{1,3}\))?)(?:\s+No\.?\s*\d[\w/.-]*)?"
)
TEXT_ITSELF = re.compile(
    rf"\b(?P<what>(?:the|that|this|its)\s+(?:[\w-]+\s+){{0,3}}?{LEGAL_TEXT}|{LEGAL_TEXT})\s+itself\b"
    rf"|\b(?:full\s+text|text|wording|operative\s+(?:part|wording))\s+(?:of|in)\s+"
    rf"(?:the\s+\w+\s+(?:of|in)\s+)?(?P<of>(?:the|that|this|its)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{LEGAL_TEXT})\b"
    # "give me its article 8 word for word", "what does that Law say, in its own terms, ..."
    rf"|\b(?P<wfw>(?:the|that|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{LEGAL_TEXT})\s+"
    r"(?:(?:say|says|state|states|provide|provides|read|reads|put|puts)\s*,?\s*)?"
    r"(?:word for word|verbatim|in full|in (?:its|their) own (?:words|terms|wording|language)"
    r"|in (?:its|their|the) (?:exact|actual|original) (?:words|wording|terms|text))\b"
    # "would you quote article 3 of that Convention"
    rf"|\b(?:quote|recite|paste|copy)\s+(?:me\s+|out\s+)?(?P<quote>articles?\s+\d+[\w.()]*\s+of\s+"
    rf"(?:the|that|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{LEGAL_TEXT})\b",
    re.I,
)
# a text set aside, not asked for: "leaving out the Criminal Code and the law itself"
LEFT_OUT = re.compile(
    r"\b(?:leaving\s+out|leave\s+out|except|excluding|apart\s+from|other\s+than|besides"
    r"|not\s+counting|but\s+not)\b",
    re.I,
)
# whether the index holds a thing, asked for itself: "do you hold the poster itself?"
HOLD_ASKED = re.compile(
    r"\b(?:do|does|did)\s+(?:you|the\s+(?:system|index|collection|database|library))\s+"
    r"(?:hold|have|keep|store|carry|include)\s+|\bhave\s+you\s+got\s+"
    # ... or to be sent: "might you send me those statistical reports themselves?"
    r"|\b(?:send|forward|e-?mail|mail|share|attach)\s+(?:me|us)\s+",
    re.I,
)
# where the name of a thing asked for ends: "the schedule | for those events", "a contract | that"
PAPER_PHRASE_END = re.compile(
    r"\s+(?:for|that|which|who|of|from|on|about|used|they|we|you|so|to|in|with|by|when|where)\b",
    re.I,
)
ITSELF_MARK = re.compile(r"\b(?:itself|themselves|actual|original|own)\b", re.I)
HELD_UNITS = (
    "paragraph paragraphs para row rows section sections table tables report reports "
    "observations plan plans recommendation recommendations text document documents symbol "
    f"passage passages quote quotes wording words chapter annex {ROW_FIELDS} "
    "periods timelines deadlines agency result results indicator indicators"
)
# a place people moved from or to: "children brought back from Iraq", "trafficked to Russia"
MOVED_PLACE = re.compile(
    r"\b(?:brought|bring\w*|came|come|coming|return\w*|repatriat\w*|traffick\w*|smuggl\w*"
    r"|taken|sent|mov\w*|fled|flee\w*|migrat\w*|deport\w*|expell\w*|travel\w*|went|recruit\w*)"
    r"\s+(?:back\s+|home\s+)?(?:from|to|into|out of)\s+(?:(?:the|those|these|a)\s+)?"
    r"(?:(?:camps?|prisons?|detention\s+centres?|war\s+zones?)\s+(?:in|of)\s+(?:the\s+)?)?"
    r"(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}|[a-z]+)",
    re.I,
)
# where people went for work: "off to wait tables in Dubai or Istanbul", "working in Moscow"
WORK_PLACE = re.compile(
    r"\b(?:work\w*|jobs?|employ\w*|off\s+to\s+(?:[a-z]+\s+){0,3}?)\s*(?:abroad\s+)?(?:in|to)\s+"
    r"(?:(?:the|a)\s+)?(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"(?:\s*(?:,|or|and)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})*)",
)
# a people named by a country's adjective: "Afghan refugees", "Uzbek migrant workers"
PEOPLE_OF = re.compile(
    r"\b(?P<place>[A-Za-z]+)\s+(?:(?:migrant|child|women|foreign|undocumented|labour|labor)\s+)?"
    r"(?:refugees?|migrants?|asylum[- ]seekers?|nationals?|citizens?|workers?|families|children"
    r"|women|girls|boys|communit(?:y|ies)|diaspora|returnees?|minorit(?:y|ies)|victims?"
    # "an Afghan couple", "the cousin of an Afghan bride": people, not a country asked about
    r"|family|bride|brides|grooms?|couples?|man|men|woman|boy|girl|child|person|persons|people"
    r"|teenagers?|students?|pupils?|orphans?|parents?|mothers?|fathers?|neighbou?rs?|traders?)\b",
    re.I,
)
ACCOUNT_OF = re.compile(
    r"\baccording to\b|\bas (?:described|reported|summari[sz]ed|explained) (?:by|in)\b", re.I
)
# a paper of someone's own asked for: "the Guidelines' own wording", "in its own annual report"
OWN_PAPER = re.compile(
    r"(?P<mark>['\u2019]s?|\b(?:its|their|his|her))\s+own\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|wording|words|text|guidance|guidelines|publications?|statements?|study|analysis"
    r"|website|submissions?|lists?|version|figures|data|statistics|numbers|estimates)\b",
    re.I,
)
OWN_PAPER_AFTER = re.compile(  # "does that Commission publish reports of its own?"
    r"\b(?:reports?|publications?|statements?|guidance|studies|analys[ie]s|data)\s+of\s+"
    r"(?P<mark>its|their|his|her)\s+own\b",
    re.I,
)
# ... whose is "its": the subject of the question ("did the Commissioner ... say in its own ...")
SUBJECT = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+(?P<who>[^,.;:!?]{2,80}?)\s+(?:say|says|said|write|wrote"
    r"|written|state|stated|publish\w*|set|put|issue\w*|report\w*|run|runs|ran|operate\w*"
    r"|fund\w*|keep|keeps|kept|collect\w*)\b",
    re.I,
)
DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those)\s+", re.I)
# authors of the kinds of document an index can hold, as questions name them
KIND_AUTHORS = {
    "concluding_observations": ("committee", "treaty body"),
    "special_rapporteur_report": ("rapporteur", "special procedure", "mandate"),
    "national_plan": ("plan", "programme"),
    "upr_report": ("working group", "review", "council"),
}
PRONOUNS = frozenset({"she", "he", "they", "it", "you"})
# who a question asks to have spoken, in lower case: "what did the internet watch foundation
# report", "does the ngo coalition say"
SPEAKER = re.compile(
    r"\b(?:what|how|where|did|does|do|has|have|had)\s+(?:did|does|do|has|have|had)?\s*"
    r"(?P<who>(?!(?:did|does|do|has|have|had|is|are|was|were|it|they|she|he|you|we|i)\b)"
    r"(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,4}?)\s+"
    r"(?:say|says|said|report|reports|reported|publish|publishes|published|write|writes|wrote"
    r"|estimate|estimates|estimated|count|counts|counted)\b"
)
# speakers the documents are by or report on, in general words
HELD_SPEAKERS = frozenset(
    terms(
        "committee rapporteur special un united nations government state party authorities "
        "ministry ministries plan report reports document documents observations review official "
        "officials police court courts experts expert delegation parliament ombudsman "
        "paragraph paragraphs para row rows section sections table text last first final next",
        generic=True,
    )
)
# a mandate by its everyday name: "the food rapporteur", "the UN housing rapporteur"
INFORMAL_MANDATE = re.compile(
    r"\b(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?(?P<topic>(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+)"
    r"\s+rapporteur(?:['’]s)?\b(?!\s+on\b)",
    re.I,
)
INFORMAL_NOT_TOPIC = frozenset(
    terms(
        "special un united nations same that this her his their our your a an former new "
        "thematic independent country visiting per via according asked ask told",
        generic=True,
    )
)
MANDATE_GENERIC = frozenset(
    terms("the right rights human persons people situation freedom", generic=True)
)


INSTRUMENT_DOC = re.compile(
    r"\s*(?:concluding\s+observations|observations|review|report|plan|action\s+plan|CO|tables?)\b",
    re.I,
)
# "a fourth table, for the communications procedure protocol": a part of a document under it
INSTRUMENT_PART = re.compile(
    r"\b(?:tables?|sections?|parts?|chapters?)\b[^.?!]{0,15}?\b(?:for|on|under|of)\s+(?:the\s+)?$",
    re.I,
)
INSTRUMENT_BACK = re.compile(
    r"\b(?:under|of)\s+(?:that|this|the same)\s+(?:optional\s+)?(?:protocol|convention|treaty)\b",
    re.I,
)
INSTRUMENT_UNDER = re.compile(r"\bunder\s+(?:the\s+)?$", re.I)
INSTRUMENT_ALONE = (
    re.compile(r"^\s*(?:and|what about|how about)?\s*(?:the\s+)?$", re.I),
    re.compile(r"^\s*\??\s*$"),
)


# "the same stuff as", "similar to", "like in": what follows is a yardstick, not what is asked
COMPARED_TO = re.compile(
    r"\b(?:same\s+(?:[\w'’-]+\s+){0,3}?as|similar\s+to|(?:just\s+)?like|as\s+(?:with|for|in))"
    r"\s+(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)


def _compared(question: str, country: str) -> bool:
    """Whether every mention of `country` is as a yardstick ("the same as Tajikistan")."""
    spans = [m.start() for m in re.finditer(rf"\b{re.escape(country)}\b", question, re.I)]
    return bool(spans) and all(COMPARED_TO.search(question[max(0, a - 40) : a]) for a in spans)


# "For the committee's briefing note: ...": the asker's purpose, not what to answer from
PURPOSE = re.compile(
    r"^\s*(?:for|to)\s+(?:the|our|my|a|an|his|her|their)\b[^:?]{0,80}:(?=\s)", re.I
)
# words quoted as a document writes them: "they only write 'we will look at it in the UPR'"
QUOTED = re.compile(r"(?<!\w)['‘\"“](?P<q>[^'’\"”]*\s[^'’\"”]*\s[^'’\"”]*)['’\"”](?!\w)")


def _unquoted(question: str) -> str:
    """The question without the phrases of three words or more it quotes (blanked, positions
    kept): words a document writes are no source asked for."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), question)


def _as_asked(question: str) -> str:
    """The question without the asker's purpose and what it quotes: the kinds it asks of."""
    return _unquoted(PURPOSE.sub(lambda m: " " * len(m.group(0)), question))


def _unhyphenated(text: str) -> str:
    """Words joined by hyphens as phrases ("the sale-of-children review", "armed-conflict")."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)


def _instruments_tied(question: str) -> tuple[str, ...]:
    """Instruments the question scopes documents by ("the OPAC concluding observations", "under
    the Optional Protocol on the sale of children", "and OPAC?"), not those it asks about as a
    topic ("has Kazakhstan ratified OPAC?")."""
    out = []
    for inst in instruments():
        for m in inst.pattern.finditer(question):
            before, after = question[: m.start()], question[m.end() :]
            if (
                INSTRUMENT_DOC.match(after)
                or INSTRUMENT_UNDER.search(before[-20:])
                or INSTRUMENT_PART.search(before[-40:])
                or (INSTRUMENT_ALONE[0].match(before) and INSTRUMENT_ALONE[1].match(after))
            ):
                out.append(inst.name)
                break
    return tuple(out)


def _words_and_numbers(text: str) -> set[str]:
    """Content-word stems and numbers ("article 8": {articl, 8}, not any article)."""
    return set(terms(text)) | set(re.findall(r"\d+(?:\.\d+)*", text))


def _intent(question: str, countries: Sequence[str]) -> str:
    """'theme' (every relevant paragraph), 'comparison' (two or more countries) or 'fact'."""
    if THEME.search(question):
        return "theme"
    return "comparison" if len(countries) >= 2 else "fact"


def _country_acts(question: str, countries: Sequence[str]) -> bool:
    """'What is Tajikistan doing to ...': the State named is the one acting (implementation)."""
    if not countries:
        return False
    names = "|".join(re.escape(c) for c in countries)
    return (
        re.search(
            rf"\b(what|how)\b.{{0,40}}\b({names})\b.{{0,30}}\b(do|doing|does|done|implement\w*|respond\w*)\b",
            question,
            re.I,
        )
        is not None
    )


def _carried(previous: Query, q: Query) -> str:
    """A bare follow-up of a theme question is a theme question ("and for Kazakhstan?")."""
    return "theme" if previous.intent == "theme" else "fact"


# "did Kazakhstan have a national plan on trafficking?": a plan as the topic, not the document
A_PLAN = re.compile(
    r"\b(?:a|an|any|no|new|other|have|has|had|having|adopt(?:ed|s|ing)?|develop(?:ed|s|ing)?"
    r"|draft(?:ed|s|ing)?|launch(?:ed|es|ing)?|lack(?:ed|s|ing)?|without)\s+"
    r"(?:(?!the\b|its\b|their\b|this\b|that\b)[\w-]+\s+){0,3}$",
    re.I,
)


ASKING_TAG = re.compile(
    r",?\s*\bor\s+(?:is|was|are|were)\s+(?:that|this|it)\s+(?:only|just)\s+(?:for|in|about)\b[^?]*"
    r"|,?\s*\bor\s+(?:only|just)\s+(?:for|in)\b[^?]*",
    re.I,
)


# a leading clause setting the scene: "Eleven years after Astana got that message, was ...?"
LEADING_CLAUSE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:after|since|when|as|like|unlike|while|whereas|now that|given that)"
    r"\b[^,?]{3,80},\s*",
    re.I,
)


def _asking_sentences(question: str) -> list[str]:
    """The sentences of a message that ask (end with "?"), without a trailing tag ("..., or is
    that only for Kazakhstan?"); none when no sentence ends with one."""
    parts = re.split(r"(?<=[.?!])\s+", question.strip())
    return [
        LEADING_CLAUSE.sub("", ASKING_TAG.sub("", p)) for p in parts if p.rstrip().endswith("?")
    ]


def request_sentences(question: str) -> list[str]:
    """The sentences of a message that ask ("?"), or its last sentence when none does ("Every
    law the documents name, please."): not those telling who asks and why."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+", question.strip()) if p]
    return _asking_sentences(question) or parts[-1:]


def _negated(question: str, country: str) -> bool:
    """Whether the question sets a country aside ("not what is said in Tajikistan"), not
    "not only in Tajikistan"."""
    spellings = [country, *(a for a, c in ADJECTIVES.items() if canonical(c) == country)]
    either = "|".join(re.escape(w) for w in spellings)
    return (
        re.search(rf"\bnot\b(?!\s+only)[^.?!;]{{0,50}}?\b(?:{either})\b", question, re.I)
        is not None
    )


def _names_kind(rx: re.Pattern[str], kind: str, question: str) -> bool:
    """Whether the question names documents of this kind (a plan after "a", "any" or "no", or
    one a country is asked to have or adopt ("did Kazakhstan have national anti-trafficking action
    plans"), is what the documents talk about, not a plan of action held)."""
    # "the security committee": a national committee, not a treaty body's observations
    others = (
        [o.span() for o in other_committee().finditer(question)] + national_committees(question)
        if kind == "concluding_observations"
        else []
    )
    for m in rx.finditer(question):
        if any(a <= m.start() < b for a, b in others):
            continue
        if kind != "national_plan" or not A_PLAN.search(question[: m.start()]):
            return True
    return False


def kind_owners(question: str, kinds: Sequence[str]) -> set[str]:
    """The countries a kind of document is tied to by the words just before it: "Tajikistan's
    plan", "the Tajik plan" -> {"Tajikistan"} (empty when the kind stands alone)."""
    out: set[str] = set()
    for rx, kind in KIND_WORDS:
        if kind not in kinds:
            continue
        for m in rx.finditer(question):
            before = " ".join(question[: m.start()].split()[-3:])
            out.update(find_countries(before, any_case=True))
    return out


def _period(m: re.Match[str]) -> tuple[int, int]:
    first = int(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
    end = m.group("end") or m.group("bend") or ""
    if len(end) == 2:  # "2020-21"
        end = str(first)[:2] + end
    return first, int(end or first)


LATIN_WORD = re.compile(r"\b[A-Za-z]+\b")
LAST = "last"  # a Lookup's number for "the last paragraph": the document's last one


@dataclass(frozen=True)
class Lookup:
    """An explicit request for one unit: paragraph 13, recommendation 25, row 10, para. 33 (b)."""

    kind: str  # "paragraph" | "recommendation" | "row"
    number: str
    sub: str | None = None


@dataclass(frozen=True)
class Query:
    """What the assistant searches for."""

    question: str
    text: str  # standalone query text used for retrieval
    topic_terms: tuple[str, ...]
    countries: tuple[str, ...] = ()
    unknown_countries: tuple[str, ...] = ()  # named, but no document covers them
    unknown_sections: tuple[str, ...] = ()  # sections by label ("C.9") no document has
    # things asked for themselves that no document is ("the hotline's poster itself")
    objects_asked: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    kinds_carried: bool = False  # the kinds come from the history, not from this question
    doc_ids: tuple[str, ...] = ()
    lookups: tuple[Lookup, ...] = ()
    coverage: str | None = None  # "unimplemented" | "implementation"
    follow_up: bool = False
    plan_flavour: str | None = None
    tags: tuple[str, ...] = ()  # groups and themes named (vocabulary of ingest.classify)
    unknown_bodies: tuple[str, ...] = ()  # treaty bodies or mandates named that no document is from
    bodies: tuple[str, ...] = ()  # bodies named that some document is from (of bodies.json)
    unknown_symbols: tuple[str, ...] = ()  # UN symbols named that no document of the index has
    # capitalised names no document, place or vocabulary has ("the Paris Agreement")
    unknown_names: tuple[str, ...] = ()
    # periods (first, last year) that scope the documents: "the 2010 concluding observations",
    # "the 2013-2017 plan"
    years: tuple[tuple[int, int], ...] = ()
    # periods any year of which will do: "in the 1990s", "its third-cycle UPR"
    eras: tuple[tuple[int, int], ...] = ()
    sessions: tuple[int, ...] = ()  # "at its fifty-third session"
    doc_back_reference: bool = False  # "that document", "this report"
    # "fact" | "theme" (everything on X) | "comparison" (countries side by side)
    intent: str = "fact"
    expansion: tuple[str, ...] = ()  # treaty words for the question's everyday ones
    # the everyday phrases of the question with the treaty words each stands for
    everyday_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    positions: tuple[str, ...] = ()  # UPR: the position asked about ("what did X accept")
    recommended_by: tuple[str, ...] = ()  # UPR: the recommending States asked about
    instruments: tuple[str, ...] = ()  # "the OPAC concluding observations": documents under it
    # LLM mode: passages the model wrote in the documents' words, searched with (never shown)
    search_strings: tuple[str, ...] = ()
    hyde_terms: tuple[str, ...] = ()  # ... and their rarest words, matched like the topic's
    # a follow-up with no topic of its own ("what does it want the government to do about
    # it?"): the units the previous answer cited, which stand for that topic
    prior: tuple[str, ...] = ()

    @cached_property
    def same(self) -> dict[str, tuple[frozenset[str], ...]]:
        """For each stem of the question's everyday phrases, the stems of the treaty phrases it
        stands for: a unit saying "lesbian, gay, bisexual" matches "LGBT" (see Corpus.match)."""
        out: dict[str, tuple[frozenset[str], ...]] = {}
        for word, legal in self.everyday_words:
            alternatives = tuple(frozenset(terms(a)) for a in legal if terms(a))
            for t in terms(word):
                out[t] = out.get(t, ()) + alternatives
        return out

    @property
    def match_terms(self) -> tuple[str, ...]:
        """Topic stems plus `#tag` entries for the groups and themes named (see Corpus.match)."""
        return self.topic_terms + self.hyde_terms + tuple(f"#{t}" for t in self.tags)

    @property
    def keyword_text(self) -> str:
        """The query for BM25: the text plus the treaty words of its everyday ones, the labels of
        the groups and themes it names, and any passage the model wrote to search with."""
        extra = " ".join(
            TAG_LABELS[t] for t in self.tags if t in TAG_LABELS and t not in GENERIC_TAGS
        )
        return " ".join([self.text, *self.expansion, extra, *self.search_strings]).strip()

    @property
    def dense_text(self) -> str:
        """The query for the embedding model: countries removed when they are filters already."""
        text = self.text
        for c in self.countries:
            text = re.sub(rf"\b{re.escape(c)}\b", " ", text)
        return " ".join(text.split()) or self.text


class _CitedNames:
    """Finds the documents a text names by symbol or short name, in order of first mention,
    in one pass over the text: where a name's first characters occur, only the names of the
    lengths that start so are looked up, so the cost follows the text, not the documents."""

    def __init__(self, corpus: Corpus) -> None:
        names = [
            (n, i, d.id)
            for i, d in enumerate(corpus.docs.values())
            for n in (d.symbol, d.short_name)
            if n
        ]
        self._width = min(min((len(n) for n, _, _ in names), default=1), 8)
        self._named: dict[str, list[tuple[int, str]]] = {}  # name -> (document order, id)
        lengths: dict[str, set[int]] = {}
        for name, order, doc_id in names:
            self._named.setdefault(name, []).append((order, doc_id))
            lengths.setdefault(name[: self._width], set()).add(len(name))
        self._lengths = {head: sorted(ns) for head, ns in lengths.items()}
        heads = "|".join(re.escape(h) for h in self._lengths)
        self._starts = re.compile(f"(?=({heads}))") if names else None

    def find(self, text: str) -> list[str]:
        """Ids of the documents named in `text`, by the position of their first mention
        (documents named at the same place in corpus order)."""
        found: dict[str, int] = {}
        if self._starts is None:
            return []
        for m in self._starts.finditer(text):
            at = m.start()
            here = [
                d for n in self._lengths[m.group(1)] for d in self._named.get(text[at : at + n], ())
            ]
            for _, doc_id in sorted(here):
                found.setdefault(doc_id, at)
        return sorted(found, key=found.__getitem__)


class QueryParser:
    """Read a question: `QueryParser(corpus).parse("and Turkmenistan?", history)`."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # what the index holds, read once: bodies, kinds, the words of the mandates held, and
        # the symbols a plan implements (a plan answers for them)
        self.bodies = [d.body for d in corpus.docs.values()]
        self.kinds = {d.kind for d in corpus.docs.values()}
        self.held = frozenset(  # bodies some document is from, or of a kind some document is
            b.name
            for b in named_bodies()
            if any(b.named_in(h) for h in self.bodies) or b.kind in self.kinds
        )
        mandates = ("rapporteur", "expert", "working group", "representative")
        self.mandate_terms = set(
            terms(
                " ".join(b for b in self.bodies if any(k in b.lower() for k in mandates)),
                generic=True,
            )
        )
        self.implemented = {d.implements.upper() for d in corpus.docs.values() if d.implements}
        self._countries = frozenset(corpus.countries)
        self._cited = _CitedNames(corpus)
        self._names = UnknownNames(corpus, self.held)
        self._named_countries: frozenset[str] | None = None  # countries the documents name
        self._mentioned: dict[tuple[str, int], bool] = {}

    def parse(self, question: str, history: Sequence[dict[str, str]] = ()) -> Query:
        """The standalone query for `question`, given earlier turns (oldest first)."""
        previous, last_answer = None, ""
        for turn in history:
            content = turn.get("content", "")
            if turn.get("role") == "user" and content.strip():
                previous = self._parse_one(content, previous, last_answer)
                last_answer = ""
            elif turn.get("role") == "assistant":
                last_answer = content
        q = self._parse_one(question, previous, last_answer)
        if q.unknown_countries:  # "the next row reads NRU": the place it names, not the history's
            return q
        if thing := self._object_asked(question):  # "do you hold the poster itself?"
            return replace(q, objects_asked=(thing,), lookups=(), prior=())
        if previous is not None and last_answer and self._asks_what_the_plan_does_about_it(q):
            recs = self._recommendations_cited(last_answer)
            if recs:
                symbol, numbers = recs
                plural = "s" if len(numbers) > 1 else ""
                text = (
                    f"What does the national plan do about recommendation{plural} "
                    f"{', '.join(numbers)} of {symbol}?"
                )
                return replace(self._read(text), question=question, follow_up=True, years=q.years)
        section = SECTION_LABEL.search(question)  # "whats under C.9?": a section none has
        if section and not self._has_section(section["label"], q):
            return replace(q, unknown_sections=(section["label"],), lookups=(), prior=())
        if asked := self._subsection_missing(question, q, last_answer):  # "G of part II"
            return replace(q, unknown_sections=(asked,), lookups=(), prior=())
        if act := NTH_ACTIVITY.search(question):
            # "the fifth activity under the same row": that activity of the row last quoted;
            # "the fifth activity under row two of the OPSC table": of the row named
            rows = [k for k in self.units_cited(last_answer) if self._is_row(k)]
            if named_row := ROW_NAMED.search(question):
                tables = self._plan_tables(q.plan_flavour, q.countries)
                n = named_row["n"].lower()
                number = str(CARDINALS.get(n) or n)
                quoted = [r.split("::")[0] for r in rows if r.split("::")[0] in tables]
                table = tables[0] if len(tables) == 1 else (quoted[-1] if quoted else None)
                rows = [f"{table}::{number}"] if table else []
            elif not (previous is not None and SAME_ROW.search(question)):
                rows = []
            if rows and not [lk for lk in q.lookups if lk.kind != "row"]:
                doc_id, number = rows[-1].split("::")
                doc = self.corpus.docs[doc_id]
                read = self._read(f"What does {doc.short_name or doc.title} row {number} say?")
                nth = str(_ordinal_value(act["n"]))
                return replace(
                    read,
                    question=question,
                    follow_up=True,
                    doc_ids=(doc_id,),
                    lookups=(Lookup("row", number, nth),),
                )
        adjacent = ADJACENT_UNIT.search(question)
        if previous is not None and last_answer and adjacent and not q.lookups:
            # "what is the next paragraph of her report about?": beside the unit last quoted
            step = (
                1
                if (adjacent["dir"] or adjacent["dir2"]).lower() in ("next", "following", "after")
                else -1
            )
            beside = self._beside(self.units_cited(last_answer), step)
            if beside is not None:
                doc, number = beside
                unit = "row" if doc.kind == "national_plan" else "para."
                text = f"What does {doc.symbol or doc.short_name}, {unit} {number} say?"
                return replace(self._read(text), question=question, follow_up=True)
        # "You give (a) and (b). Is there a (c)?": the last one mentioned is the one asked
        subs = [] if re.search(r"\d", question) else list(SUB_MENTIONED.finditer(question))
        sub = BARE_SUB_ALONE.match(question) or (subs[-1] if subs else None)
        if previous is not None and last_answer and sub:
            # "and (c)?": that sub-paragraph of the paragraph the last answer quoted
            paragraphs = [k for k in self.units_cited(last_answer) if "." not in k.split("::")[1]]
            held = self.corpus.docs.get(paragraphs[-1].split("::")[0]) if paragraphs else None
            if held is not None and held.kind != "national_plan":
                number = paragraphs[-1].split("::")[1]
                text = f"What does {held.symbol or held.short_name}, para. {number} ({sub['sub']}) say?"
                return replace(self._read(text), question=question, follow_up=True)
        return q

    def _beside(self, cited: Sequence[str], step: int) -> tuple[DocumentInfo, str] | None:
        """The unit `step` places after (or before) the first unit an answer cited, in its
        document: its document and number, or None when there is none."""
        if not cited:
            return None
        doc_id, number = cited[0].split("::")
        doc = self.corpus.docs.get(doc_id)
        if doc is None or not number.isdigit():
            return None
        other = str(int(number) + step)
        return (doc, other) if self.corpus.view(doc_id, other) is not None else None

    def _countries_written(self) -> frozenset[str]:
        """The countries the documents' text names (read once, when first asked)."""
        if self._named_countries is None:
            self._named_countries = frozenset(
                c
                for d in self.corpus.docs
                for v in self.corpus.units(d)
                for c in find_countries(v.text, any_case=True)
            )
        return self._named_countries

    def _subsection_missing(self, question: str, q: Query, last_answer: str = "") -> str | None:
        """The last lettered sub-section the question asks for ("II.G") when no document in its
        scope has it under the part named (under any part when none is named)."""
        found = list(SUBSECTION.finditer(question))
        if not found:
            return None
        m = found[-1]
        letter = (m["a"] or m["b"] or m["c"] or m["d"] or m["e"] or m["f"]).upper()
        part = (
            m["ra"]
            or m["rb"]
            or m["rc"]
            or next((p["r"] for p in PART_NAMED.finditer(question)), None)
        )
        docs = self.corpus.scoped(q.doc_ids, q.countries)
        # the passages last quoted (also when the question has words of its own: "a part B to
        # that section, on children in court?")
        keys = q.prior or (self.units_cited(last_answer) if m["e"] or m["f"] else ())
        quoted = [v for k in keys if (v := self.corpus.by_key(k)) is not None]
        if (m["e"] or m["f"]) and quoted:  # "an F after it": in the part last quoted
            path = tuple(getattr(quoted[-1].unit, "section_path", ()))
            docs, part = [quoted[-1].doc], part or (path[0].split(".")[0] if path else None)
        for d in docs:
            for v in self.corpus.units(d.id):
                path = tuple(getattr(v.unit, "section_path", ()))
                levels = path if m["d"] or m["e"] or m["f"] else path[1:]  # "section D": any
                if not any(h.startswith(f"{letter}. ") for h in levels):
                    continue
                if part is None or (path and path[0].startswith(f"{part.upper()}. ")):
                    return None
        return f"{part.upper()}.{letter}" if part else letter

    def _has_section(self, label: str, q: Query) -> bool:
        """Whether a document in the question's scope has a section headed `label` ("C.8")."""
        return any(
            h.startswith((f"{label}.", f"{label} "))
            for d in self.corpus.scoped(q.doc_ids, q.countries)
            for v in self.corpus.units(d.id)
            for h in getattr(v.unit, "section_path", ())
        )

    def _plan_tables(self, flavour: str | None, countries: Collection[str]) -> list[str]:
        """The plans' tables under a treaty ("opsc"; every table when None), of the countries
        given (of any when none)."""
        return [
            d.id
            for d in self.corpus.docs.values()
            if d.kind == "national_plan"
            and (not flavour or d.id.endswith(flavour))
            and (not countries or d.country in countries)
        ]

    def _is_row(self, key: str) -> bool:
        doc = self.corpus.docs.get(key.split("::")[0])
        return doc is not None and doc.kind == "national_plan"

    def _asks_what_the_plan_does_about_it(self, q: Query) -> bool:
        """ "And what does the national plan do about it?": no topic of its own, a pronoun."""
        about_plan = "national_plan" in q.kinds or q.coverage == "implementation"
        own = self._read(q.question)
        return (
            q.follow_up
            and about_plan
            and not own.lookups
            and not (own.countries or own.unknown_countries or own.doc_ids or own.unknown_symbols)
            and len(own.topic_terms) <= 1
            and BACK_REFERENCE.search(q.question) is not None
        )

    def _recommendations_cited(self, answer: str) -> tuple[str, list[str]] | None:
        """The first document whose recommendation paragraphs an earlier answer cited."""
        found: dict[str, list[str]] = {}
        for m in CITED_PARAS.finditer(answer):
            symbol, first, last = m.group(1), int(m.group(2)), int(m.group(3) or m.group(2))
            doc = self.corpus.by_symbol(symbol)
            if doc is None or doc.kind == "national_plan":
                continue
            for n in map(str, range(first, min(last, first + 10) + 1)):
                view = self.corpus.view(doc.id, n)
                if view is not None and view.role == "recommendation":
                    numbers = found.setdefault(doc.symbol or doc.id, [])
                    if n not in numbers:
                        numbers.append(n)
        return next(iter(found.items()), None)

    def units_cited(self, answer: str) -> tuple[str, ...]:
        """Keys of the units an earlier answer cited ("CRC/C/..., para. 24", "..., row 7"), in
        order of first mention."""
        found: dict[str, int] = {}
        for doc_id in self.documents_cited(answer):  # only the documents the answer names
            doc = self.corpus.docs[doc_id]
            for name in {n for n in (doc.symbol, doc.short_name) if n}:
                rx = (
                    rf"{re.escape(name)},?\s+(?:paras?\.|rows?|rec\.)\s*(\d{{1,3}}(?:\.\d{{1,3}})?)"
                )
                for m in re.finditer(rx, answer):
                    view = self.corpus.view(doc.id, m.group(1))
                    if view is not None:
                        found.setdefault(view.key, m.start())
        return tuple(sorted(found, key=found.__getitem__))

    def documents_cited(self, answer: str) -> list[str]:
        """Documents an earlier answer quoted, in order of first mention (symbol or short name)."""
        return self._cited.find(answer)

    def _parse_one(self, question: str, previous: Query | None, last_answer: str = "") -> Query:
        q = self._read(question)
        if previous is None or not (q.doc_back_reference or self._is_follow_up(q, previous)):
            return q
        own = self._own_topic(q)
        if q.plan_flavour and (table := PLAN_TABLE.search(_unhyphenated(q.question))):
            # "and in the armed conflict table?": the words name the table, not a new subject
            own = [t for t in own if t not in terms(table.group(0))]
        topic = (
            tuple(own) if len(own) >= 2 else tuple(dict.fromkeys(previous.topic_terms + tuple(own)))
        )
        scope = self._carried_scope(q, previous, last_answer)
        text = self._rewrite(q, previous, own)
        if len(own) >= 2 and APPLIED_BACK.search(q.question):
            # "does she say how that works for people with disabilities?": the earlier topic,
            # applied to the new words
            topic = tuple(dict.fromkeys((*own, *previous.topic_terms)))
            text = f"{text} {previous.text}"
        elif len(own) >= 2 and PRONOUN_OBJECT.search(q.question):
            # ... its subject of the domain ("prisons"), not how the earlier question asked
            subject = [t for t in previous.topic_terms if t in domain_terms()]
            topic = tuple(dict.fromkeys((*own, *subject)))
            text = " ".join(
                [
                    text,
                    *(
                        w
                        for w in previous.text.split()
                        if terms(w) and set(terms(w)) <= set(subject)
                    ),
                ]
            )
        prior = self.units_cited(last_answer) if len(own) < 2 else ()
        if (same := SAME_NAMED.search(q.question)) and (
            named := _named_in(same["what"], last_answer)
        ):  # "the same law": the Law on Public Associations the previous answer quoted
            topic = tuple(dict.fromkeys((*terms(named), *topic)))
            text = f"{text} {named}"
        return replace(
            q,
            prior=prior,
            tags=tuple(dict.fromkeys(previous.tags + q.tags)) if len(own) < 2 else q.tags,
            text=" ".join(text.split()),
            topic_terms=topic,
            coverage=q.coverage or (previous.coverage if not q.lookups else None),
            plan_flavour=q.plan_flavour or previous.plan_flavour,
            follow_up=True,
            intent=q.intent if q.intent != "fact" or len(own) >= 2 else _carried(previous, q),
            **scope,
        )

    def _carried_scope(self, q: Query, previous: Query, last_answer: str) -> dict[str, Any]:
        """The scope of a follow-up: whatever the question names replaces what the history carried
        (country, document, body, kind, year); only what it leaves unsaid is carried over."""
        names_country = bool(q.countries or q.unknown_countries)
        names_doc = bool(q.doc_ids or q.unknown_symbols or q.instruments)
        names_body = bool(q.unknown_bodies)
        if names_doc:
            doc_ids = q.doc_ids
        elif names_body:  # "what did CERD say in its review?": CERD's review, not the last one
            doc_ids = ()
        elif q.doc_back_reference:
            doc_ids = previous.doc_ids or tuple(self.documents_cited(last_answer))
        elif q.lookups and not previous.doc_ids and not names_country:
            # "and paragraph 39?": a number of the document the last answer quoted first
            doc_ids = tuple(self.documents_cited(last_answer)[:1])
        else:
            doc_ids = previous.doc_ids
        carried = [self.corpus.docs[d] for d in doc_ids]
        if q.plan_flavour and not names_doc and any(d.kind == "national_plan" for d in carried):
            # "and in the armed conflict table?" after one on the OPSC table: that table now
            places = {d.country for d in carried}
            doc_ids = tuple(self._plan_tables(q.plan_flavour, places)) or doc_ids
        if names_country:  # a carried document of another country no longer applies
            doc_ids = tuple(d for d in doc_ids if self.corpus.docs[d].country in q.countries)
        if q.kinds and not names_doc:
            doc_ids = tuple(d for d in doc_ids if self.corpus.docs[d].kind in q.kinds)
        keep_place = not names_country and not names_doc
        countries = q.countries if names_country else (previous.countries if keep_place else ())
        if keep_place and not countries and not doc_ids and not previous.unknown_countries:
            # the last answer quoted one country's documents: the conversation is there now
            places = {self.corpus.docs[d].country for d in self.documents_cited(last_answer)}
            if len(places) == 1:
                countries = tuple(places)
        unknown = (
            q.unknown_countries
            if names_country
            else (previous.unknown_countries if keep_place else ())
        )
        if q.doc_back_reference and doc_ids and not names_country:
            countries, unknown = (), ()  # the document says where
        kinds = q.kinds or (previous.kinds if not names_doc and not names_body else ())
        if not kinds and not names_doc and not names_body and PERSON_PRONOUN.search(q.question):
            # "what did she say ...?" after an answer quoting a Special Rapporteur: her reports
            cited = [self.corpus.docs[d].kind for d in self.documents_cited(last_answer)]
            kinds = tuple(k for k in dict.fromkeys(cited) if k == "special_rapporteur_report")
        return {
            "countries": countries,
            "unknown_countries": unknown,
            "doc_ids": doc_ids,
            "kinds": kinds,
            "kinds_carried": bool(kinds) and not q.kinds,
            "years": q.years or (previous.years if keep_place and not names_body else ()),
            "eras": q.eras or (previous.eras if keep_place and not names_body else ()),
            "sessions": q.sessions or (previous.sessions if keep_place and not names_body else ()),
            # "under that protocol": the instrument the history named
            "instruments": q.instruments
            or (previous.instruments if INSTRUMENT_BACK.search(q.question) else ()),
        }

    @staticmethod
    def _rewrite(q: Query, previous: Query, own_topic: Sequence[str]) -> str:
        """The standalone question: the earlier one with the new country swapped in (and the
        question's own words added), or the new topic asked of the earlier scope."""
        if len(own_topic) >= 2:
            scope = " ".join(c for c in previous.countries if not q.countries)
            return f"{q.question} {scope}".strip()
        text = previous.text
        named = q.countries or q.unknown_countries
        if named:
            old = previous.countries + previous.unknown_countries
            for c in old:
                text = re.sub(rf"\b{re.escape(c)}\b", " and ".join(named), text)
            if not old:
                text = f"{text.rstrip('?. ')} in {' and '.join(named)}?"
        return f"{q.question} {text}" if own_topic else text

    @staticmethod
    def _own_topic(q: Query) -> list[str]:
        """The question's topic words, without the words that point back ("a similar concern")."""
        # "did it get told to drop it", "Thanks. Is the picture the same in Turkmenistan?"
        own = [t for t in q.topic_terms if t not in LIGHT_VERBS and t not in chat_terms()]
        own = [t for t in own if t not in UNIT_FIELDS]
        if not ANAPHORA.search(q.question):
            return own
        asking = _asking_sentences(q.question)
        if asking and ANAPHORA.search(" ".join(asking)):
            # "My sister's grandson lives in Kazakhstan. Did the Committee make the same point
            # there?": the sentence that asks points back; the one before tells who asks
            said = set(terms(" ".join(asking)))
            own = [t for t in own if t in said]
        return [t for t in own if t not in REFERRING_STEMS]

    def _is_follow_up(self, q: Query, previous: Query) -> bool:
        if FOLLOW_UP.search(q.question) or PERSON_PRONOUN.search(q.question):
            return True
        if SUBJECT_PRONOUN.search(q.question) and not (
            q.countries or q.unknown_countries or q.doc_ids or q.unknown_symbols
        ):
            return True  # "What sort of body did it want set up instead?"
        if ANAPHORA.search(q.question) and len(self._own_topic(q)) <= 1:
            return True  # "was there a similar concern for Tajikistan?"
        if q.lookups:  # "paragraph 75?": a number of the document in hand, unless one is named
            return not (q.countries or q.unknown_countries or q.doc_ids or q.unknown_symbols)
        # "what is the row's deadline?": words that only point at the unit in hand do not count
        return len([t for t in q.topic_terms if t not in REFERRING_STEMS]) <= 1

    def _spelled(self, question: str) -> str:
        """The question in the documents' spelling where they spell a word otherwise ("Ministry
        of Defence" -> "Defense" when only that is written; "labor" -> "labour")."""

        def one(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if len(word) < 4 or word.isupper() or self.corpus.knows(stem(low)):
                return word
            for other in spelling_variants(low):
                if self.corpus.knows(stem(other)):
                    return other.capitalize() if word[0].isupper() else other
            return word

        return LATIN_WORD.sub(one, question)

    def _read(self, question: str) -> Query:
        question = self._spelled(question)
        named = find_countries(question, any_case=True)  # "and mongolia?" as typed
        # "when Berdimuhamedov was president", "Tokayev's government": the leader's country
        named += [c for _, _, c in leaders_named(question) if c not in named]
        if not named:  # "KZ too?": a code alone, read only for a country the index holds
            masked = SYMBOL.sub(" ", question)
            codes = (country_of_code(m.group(0)) for m in LONE_CODE.finditer(masked))
            named = [c for c in codes if c in self._countries][:1]
        if not named:  # "the Children's Commissioner for England", "a shelter in Cape Town"
            named = list(
                dict.fromkeys(
                    c
                    for start, end, c in places_named(question)
                    if not SENTENCE_END.search(question[:start])
                    # a place of a country not held that the documents name is theirs to answer
                    and (
                        c in self._countries
                        or not all(self.corpus.knows(t) for t in terms(question[start:end]))
                    )
                )
            )
        if len(named) > 1:  # "... Afghanistan, not what is said about Afghans in Tajikistan"
            named = [c for c in named if not _negated(question, c)] or named
            # "Turkmenistan never said what it spends. Does Tajikistan's plan ...?": the
            # countries of the sentences that ask are the ones asked about; a statement before
            # them, or a tag after them ("..., or is that only for Kazakhstan?"), is background
            asked = find_countries(" ".join(_asking_sentences(question)), any_case=True)
            if asked and set(asked) != set(named):
                named = [c for c in named if c in asked] or named
            # "in the Kyrgyz review ..." (after a "Kyrgyz-Tajik border agreement"): the country
            # whose document is asked for is the one asked about
            owners = [
                c
                for m in DOC_OWNER.finditer(question)
                for c in find_countries(m.group("who"), any_case=True)
            ]
            if any(c not in self._countries for c in owners):
                named = [c for c in named if c in owners] or named
            told = [
                c
                for m in ADDRESSEE.finditer(question)
                for c in find_countries(m.group("who"), any_case=True)
            ]
            if any(c not in self._countries for c in told):
                named = [c for c in named if c in told] or named
        by: tuple[str, ...] = ()
        if "upr_report" in self.kinds:  # "what did France recommend?": who, not where
            from assistant.upr import UPR_WORDS, recommenders

            if UPR_WORDS.search(question):
                by = recommenders(question, named, self.corpus.recommending_states)
                named = [c for c in named if c not in by]
        known = [c for c in named if c in self._countries]
        unknown = [c for c in named if c not in self._countries]
        if unknown:  # "the children brought back from Iraq": where they came from, not the scope;
            # "Afghan refugees" in documents that write about them: a group, not a country asked
            # (only where the documents write that place or people themselves)
            def written(m: re.Match[str]) -> str:
                words = terms(m["place"], generic=True)
                if words and all(self.corpus.knows(t) for t in words):
                    return " "
                # "camps in Syria" where the documents write "the Syrian Arab Republic"
                places = find_countries(m["place"], any_case=True)
                places += [c for _, _, c in places_named(m["place"])]  # "Dubai or Istanbul"
                return " " if places and set(places) <= self._countries_written() else m[0]

            left = WORK_PLACE.sub(written, question)
            left = PEOPLE_OF.sub(written, MOVED_PLACE.sub(written, left))
            rest = find_countries(left, any_case=True) + [c for _, _, c in places_named(left)]
            unknown = [c for c in unknown if c in rest]
        if known and unknown:  # "..., what was Belgium told? I already have Kazakhstan's."
            spoken = set(find_countries(without_asker_clauses(question), any_case=True))
            if any(c in spoken for c in unknown) and not all(c in spoken for c in known):
                known = [c for c in known if c in spoken]
            # "what was San Marino told, like the same stuff as Tajikistan?": a yardstick
            if any(c in spoken for c in unknown) and all(_compared(question, c) for c in known):
                known = []
        said = _as_asked(question)  # not the asker's purpose, nor words quoted from a document
        kinds = [k for rx, k in KIND_WORDS if _names_kind(rx, k, said)]
        papers = [k for rx, k in REVIEW_PAPERS if rx.search(question)]
        if not papers and self._legal_text_asked(question):
            # "the youth law itself ..., not the plan": the documents named are set aside
            papers, kinds = ["law_text"], []
        if papers:  # the paper asked for, not the committee's observations on it (nor, for an
            # earlier plan, the plan held)
            dropped = {"concluding_observations"} | (
                {"national_plan"} if "earlier_plan" in papers else set()
            )
            kinds = [*papers, *(k for k in kinds if k not in dropped)]
        flavour = next((f for rx, f in PLAN_FLAVOUR if rx.search(_unhyphenated(question))), None)
        doc_ids, unknown_symbols = [], []
        # as typed, "crc/c/opsc/kaz/co/1" too, or dictated: "a slash hrc slash 47 slash 34"
        for m in QUESTION_SYMBOL.finditer(SPOKEN_SLASH.sub("/", question)):
            doc = self.corpus.by_symbol(m.group(0))
            if doc is not None:
                doc_ids.append(doc.id)
            elif m.group(0).count("/") >= 2 and not (
                m.group(0).upper() in self.implemented and ABOUT_A_PLAN.search(question)
            ):  # "CRC/C/TJK/CO/2", not a bare "CRC"; a plan's source only when asked of the plan
                # dictated symbols are printed as UN symbols are ("A/HRC/47/34")
                unknown_symbols.append(m.group(0) if "/" in question else m.group(0).upper())
                # "CRC/C/OPSC/TM/CO/1, the Turkmenistan one": a country code mistyped, the
                # document of the country named is meant (said in a notice), not "CO/2"
                typed = m.group(0).upper().split("/")
                outside = find_countries(QUESTION_SYMBOL.sub(" ", question), any_case=True)
                doc_ids += [  # the same symbol but for its country code ("TM" for "TKM")
                    d.id
                    for d in self.corpus.docs.values()
                    if d.country in outside
                    and len(typed) >= 4
                    and (held := (d.symbol or "").upper().split("/"))[:-3] == typed[:-3]
                    and held[-2:] == typed[-2:]
                    and d.id not in doc_ids
                ]
        lookups = []
        for m in UNIT_REQ.finditer(question):
            before = question[max(0, m.start() - 20) : m.start()].lower()
            if (
                "article" in before or "art." in before
            ):  # "article 12, paragraph 1": a treaty article
                continue
            word = m.group("kind").lower()
            kind = (
                "row"
                if word.startswith("row")
                else "recommendation"
                if word.startswith("rec")
                else "paragraph"
            )
            lookups.append(Lookup(kind, m.group("num"), (m.group("sub") or None)))
        ordinals: set[str] = set()  # the ordinal words a lookup stands for: no topic
        if not lookups:  # "the first row of the OPAC table", "the 12th paragraph"
            for m in ORDINAL_UNIT.finditer(question):
                word = m.group("n").lower()
                if word in ("last", "final"):  # of the document the question names
                    lookups.append(Lookup(m.group("kind").lower(), LAST))
                    ordinals.update(terms(m.group(0)))
                    continue
                n = _ordinal_value(word)
                if n:
                    lookups.append(Lookup(m.group("kind").lower(), str(n)))
                    ordinals.update(terms(m.group(0)))
        for m in SUB_OF.finditer(question):  # the paragraph's sub-paragraph, not all of it
            lookups = [lk for lk in lookups if lk.number != m.group("num") or lk.sub]
            lookups.append(Lookup("paragraph", m.group("num"), m.group("sub").lower()))
        if bare := BARE_RECOMMENDATION.match(question):
            lookups.append(Lookup("recommendation", bare.group("num")))
        elif bare := BARE_SUBPARAGRAPH.match(question):
            lookups.append(Lookup("paragraph", bare.group("num"), bare.group("sub").lower()))
        elif not lookups and (inner := NUM_SUB.search(question)):
            # "And the third point, 27 (c)? The delegation says ...": of the document in hand
            lookups.append(Lookup("paragraph", inner.group("num"), inner.group("sub").lower()))
        coverage = None
        if UNIMPLEMENTED.search(question) and (
            "plan" in question.lower() or "activit" in question.lower()
        ):
            coverage = "unimplemented"
        elif IMPLEMENTATION.search(question) or _country_acts(question, named):
            coverage = "implementation"
        texts_missing, texts_asked, texts_words = self._named_texts(question)
        periods = self._unheld_periods(question) + self._unheld_general_comments(question)
        spelt = spell_ordinals(question)  # "18th" as documents write it: "eighteenth"
        acronyms = self._names.acronyms_spelt_out(question)
        for acronym, (words, *_) in acronyms:  # "GBV" as the documents write it
            spelt = re.sub(rf"\b{acronym}\b", f"{acronym} ({words})", spelt)
        unwritten = {t for acronym, _ in acronyms for t in terms(acronym)} | ordinals
        topic = [t for t in self._topic_terms(spelt, named) if t not in unwritten]
        if preamble := PREAMBLE.match(spelt):
            # "The same patron wants the Tajikistan equivalent: to whom was ...?": what follows
            # the colon is the question (searched with the countries the preamble names); the
            # words before it say who asks and why
            tail = [t for t in self._topic_terms(preamble["q"], named) if t not in unwritten]
            head = spelt[: preamble.start("q")]
            # "How does the Protocol stand in national law: was ...?": a head that asks is
            # part of the question, not who asks and why
            asks = ASKING_HEAD.match(head.split(". ")[-1]) is not None
            if len(written_words(head)) <= 3:  # "Cybercrime: which bodies ...?": a label naming
                # a subject of the domain is the subject ("Kazakhstan next: ..." names none)
                label = [t for t in self._topic_terms(head, named) if t in domain_terms()]
                tail = [*(t for t in label if t not in tail), *tail]
            if len(tail) >= 2 and not asks:
                topic = tail
                missing = [c for c in known if c.lower() not in preamble["q"].lower()]
                spelt = " ".join([preamble["q"], *missing])
        framed = question
        if THEME.search(question):  # "I'm preparing a training on X: everything": X is the topic
            topic = [t for t in topic if t not in framing_terms()] or topic
            # ... and the training is no theme of it ("a training on X", "X - for my workshop")
            framed = TRAINING_FRAME.sub(" ", question)
        years = tuple(dict.fromkeys(_period(m) for m in YEAR_SCOPE.finditer(question)))
        # "per the 2006 review", "in its 2017 observations": the year names the document, not
        # what it says ("Kazakhstan's 2014 UPR", "in January 2025" may be what is asked)
        dates = {t for m in DOC_YEAR.finditer(question) for t in terms(m["year"])}
        topic = [t for t in topic if t not in dates] or topic
        found = everyday().words_for(question) + acronyms
        # a text by its short name ("the Palermo protocol") is found where its formal name is
        found += tuple(
            (hit.group(0), tuple(t.formal))
            for t in named_texts()
            if texts_words and t.formal and (hit := t.pattern.search(question))
        )
        if flavour and kinds == ["national_plan"] and not doc_ids and not lookups:
            # "the sale-of-children table of the plan": that table of the plan, not the others
            doc_ids = self._plan_tables(flavour, known)
        return Query(
            question=question,
            text=" ".join(spelt.split()),
            topic_terms=tuple(topic),
            countries=tuple(known),
            unknown_countries=tuple(unknown),
            kinds=tuple(dict.fromkeys(kinds)),
            doc_ids=tuple(dict.fromkeys(doc_ids)),
            lookups=tuple(lookups),
            coverage=coverage,
            plan_flavour=flavour,
            tags=tuple(dict.fromkeys(tag(framed) + everyday().tags_in(framed))),
            # "middleman" -> "intermediary", "the Palermo Protocol", "TIP" -> "trafficking in persons"
            expansion=treaty_words(found) + texts_words,
            everyday_words=found,
            unknown_bodies=self._unknown_bodies(_unquoted(question)) + texts_asked,
            bodies=self._held_bodies(question),
            unknown_symbols=tuple(dict.fromkeys(unknown_symbols)),
            unknown_names=_outside(self._names.find(question) + texts_missing, periods) + periods,
            years=years,
            eras=_eras(question),
            sessions=sessions_named(spelt),
            doc_back_reference=DOC_BACK_REFERENCE.search(question) is not None,
            intent=_intent(
                question, known
            ),  # a country not held is declined or noticed, not a part
            recommended_by=by,
            instruments=_instruments_tied(_unhyphenated(question)),
        )

    def _named_texts(
        self, question: str
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """Instruments named by a short name ("the Palermo Protocol"): those no document
        mentions (declined by name); those whose own text is asked for when no document is it
        (declined as a source); and the words documents use for the rest (searched with)."""
        missing: list[str] = []
        asked: list[str] = []
        words: list[str] = []
        for t in named_texts():
            if not t.pattern.search(question):
                continue
            if any(t.pattern.search(d.title) for d in self.corpus.docs.values()):
                continue  # an index that holds the text answers from it
            if TEXT_ASKED.search(question):
                asked.append(t.name)
            elif not self._mentions(t.pattern, t.formal):
                missing.append(t.name)
            else:
                words += [f for f in t.formal if f not in words]
        return tuple(missing), tuple(asked), tuple(words)

    def _mentions(self, pattern: re.Pattern[str], formal: Sequence[str]) -> bool:
        """Whether some document names an instrument, by a short or a formal name (read from
        the documents' text the first time it is asked about, then kept)."""
        names = [pattern] + [
            re.compile(r"\s+".join(map(re.escape, f.split())), re.I) for f in formal
        ]
        return any(self._in_some_unit(rx) for rx in names)

    def _unheard_speaker(self, question: str) -> str | None:
        """Who a question asks to have said, reported or published something, written in lower
        case, when no document has that name at all: "what did the internet watch foundation
        report?" (capitalised names are the names backstop's). Held authors (the committee, the
        rapporteur, the plan, the government ...), pronouns and countries are not asked about."""
        m = SPEAKER.search(question)
        if m is None:
            return None
        who = DETERMINER.sub("", m.group("who")).strip(" '\u2019")
        words = [w for w in re.split(r"[\s'’]+", who.lower()) if w]
        if len(words) < 2 or any(w in PRONOUNS for w in words):
            return None
        if find_countries(who, any_case=True) or places_named(who.title()):
            return None
        held = {w for k in self.kinds for w in KIND_AUTHORS.get(k, ())}
        if any(h in who.lower() for h in held) or set(terms(who, generic=True)) <= HELD_SPEAKERS:
            return None
        phrase = " ".join(words)
        if self._written(phrase):
            return None
        # "the four new documents", "both latest reports": the index's own documents
        head = set(terms(words[-1], generic=True))
        if head and head <= self._held_words and all(map(OWN_DOCUMENTS_WORD.fullmatch, words[:-1])):
            return None
        return who

    def _written(self, phrase: str) -> bool:
        """Whether some unit of the index has the phrase."""
        rx = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.I)
        return self._in_some_unit(rx)

    def _in_some_unit(self, rx: re.Pattern[str]) -> bool:
        """Whether some unit's text matches `rx` (read from the documents' text the first time
        it is asked, then kept)."""
        key = (rx.pattern, rx.flags)
        if key not in self._mentioned:
            self._mentioned[key] = any(
                rx.search(v.text) for d in self.corpus.docs for v in self.corpus.units(d)
            )
        return self._mentioned[key]

    def _unheld_general_comments(self, question: str) -> tuple[str, ...]:
        """General comments or recommendations asked for by number ("general comment No. 18")
        that no unit of the index mentions."""
        out = []
        for m in GENERAL_COMMENT.finditer(question):
            rx = re.compile(rf"\bgeneral\s+{m['what'][:7]}\w*\s+No\.?\s*{m['n']}\b", re.I)
            if not self._in_some_unit(rx):
                out.append(m.group(0))
        for m in NUMBERED_CONVENTION.finditer(question):  # "the ILO Home Work Convention, No. 177"
            rx = re.compile(rf"\bConvention\b[^.;]{{0,80}}?\bNo\.?\s*{m['n']}\b", re.I)
            if not self._in_some_unit(rx):
                out.append(" ".join(m.group(0).split()))
        return tuple(out)

    def _unheld_periods(self, question: str) -> tuple[str, ...]:
        """Periods of months asked about ("January-March 2022", "Q1 2022") whose first month
        no unit of the index names with that year: no document gives figures or events for
        them."""
        out = []
        for written, first, year in month_periods(question):
            rx = re.compile(rf"\b{first[:3]}\w*\b\W+(?:\w+\W+){{0,4}}?{year}\b", re.I)
            if not self._in_some_unit(rx):
                out.append(written.strip())
        return tuple(out)

    def _held_bodies(self, question: str) -> tuple[str, ...]:
        """Bodies the question asks about (what they said) that some document is from."""
        return tuple(
            body.name
            for body in named_bodies()
            if body.name in self.held and body.asked_in(question)
        )

    def _own_paper_of(self, question: str) -> str | None:
        """Who a paper "of their own" is asked of, when no document of the index is by them: the
        Commissioner in "what did the Commissioner say in its own annual report?"."""
        m = OWN_PAPER.search(question) or OWN_PAPER_AFTER.search(question)
        if m is None:
            return None
        if m.group("mark").lower() in ("its", "their", "his", "her"):
            subject = SUBJECT.search(question, 0, m.start())
            if subject is None:
                return None
            who = subject.group("who")
        else:  # the words before the possessive, after their article: "the Guidelines'"
            before = question[max(0, m.start() - 80) : m.start()]
            articles = list(DETERMINER.finditer(before))
            who = before[articles[-1].end() :] if articles else " ".join(before.split()[-3:])
        who = DETERMINER.sub("", who).strip(" '\u2019")
        low = who.lower()
        if not who or low in PRONOUNS:
            return None
        for body in named_bodies():  # "the World Food Programme's own figures": no plan's
            if body.name not in self.held and body.named_in(who):
                return body.name
        held = [w for k in self.kinds for w in KIND_AUTHORS.get(k, ())]
        if any(w in low for w in held) or any(
            b.name in self.held and b.named_in(who) for b in named_bodies()
        ):
            return None  # "the committee's own words": an author the index holds
        return who

    def _unknown_bodies(self, question: str) -> tuple[str, ...]:
        """Bodies or mandates the question names, when the index has no document of theirs."""
        out = [
            body.name
            for body in named_bodies()
            if body.name not in self.held and body.asked_in(question)
        ]
        m = MANDATE.search(question)
        # "the trafficking rapporteur on NGOs": a held mandate named before its title, so what
        # follows "on" is the topic, not another mandate
        named_before = set(terms(" ".join(question[: m.start()].split()[-2:]))) if m else set()
        if named_before and named_before <= self.mandate_terms:
            m = None
        if m and "periodic" not in m.group("topic").lower():  # not the UPR's working group
            topic = m.group("topic")
            words = set(terms(topic, generic=True)) - MANDATE_GENERIC
            places = find_countries(topic, any_case=True)
            words -= {t for c in places for t in terms(c, generic=True)}
            country_mandate = places and not words  # "the Independent Expert on Tajikistan"
            if words - self.mandate_terms or (
                country_mandate and not any(c in b for c in places for b in self.bodies)
            ):
                out.append(f"{m.group('kind')} on {topic.strip()}")
        for m in INFORMAL_MANDATE.finditer(question):  # "the UN housing rapporteur"
            words = set(terms(m["topic"], generic=True)) - MANDATE_GENERIC - INFORMAL_NOT_TOPIC
            words -= {t for c in find_countries(m["topic"], any_case=True) for t in terms(c)}
            if words and not words & self.mandate_terms and not out:
                out.append(f"Special Rapporteur on {m['topic'].strip()}")
        speaker = self._unheard_speaker(question)
        if speaker and not out:  # "what did the internet watch foundation report?"
            out.append(speaker)
        owner = self._own_paper_of(question)
        if owner and not out:
            out.append(owner)
        for m in TITLE_ITSELF.finditer(question):  # a title no document of the index has
            wanted = set(terms(m.group("title")))
            if not out and not any(
                wanted <= set(terms(f"{d.title} {d.short_name} {d.body}"))
                for d in self.corpus.docs.values()
            ):
                out.append(m.group("title"))
        return tuple(out)

    def _object_asked(self, question: str) -> str | None:
        """A thing asked for itself that the index may hold or not: "do you hold the hotline's
        poster itself?", "have you got the register itself?", "do you have the Migration
        Service's actual course handouts?", "the shelter's own leaflet". Its words as asked
        (markers left out) when it is no kind of document or unit the index holds ("the report
        itself" is one)."""
        m = HOLD_ASKED.search(question)
        if m is None:
            return None
        asked = re.split(r"[?.!,;:()\u2013\u2014]|\s-\s", question[m.end() :], maxsplit=1)[0]
        if not ITSELF_MARK.search(asked):
            # "do you have the programme or the rehearsal schedule for those events?": a kind of
            # paper under a name no passage writes
            return asked.strip() if self._unwritten_paper(asked) else None
        thing = " ".join(ITSELF_MARK.sub(" ", asked).split())
        words = terms(thing, generic=True)
        # "the report itself" is what the index holds, "those statistical reports themselves"
        # (a kind of report none of its documents is) is not; whose it is ("the Committee's own
        # words", "the Ministry's actual report") is the author, not the kind
        kind = terms(re.sub(r"\b[\w-]+['\u2019]s?(?=\s)", " ", thing), generic=True)
        if not words or set(kind or words) <= self._held_words:
            return None
        return thing

    def _unwritten_paper(self, asked: str) -> bool:
        """Whether a thing asked for ("the rehearsal schedule for those events", "a standard
        employment contract that ...") is, in one of its alternatives, a kind of paper
        (`paper_terms`) under a name that no unit of the index writes."""
        for alternative in re.split(r"\s+(?:or|and)\s+", asked):
            phrase = PAPER_PHRASE_END.split(alternative, maxsplit=1)[0].split()
            while phrase and phrase[0].lower() in STOPWORDS:
                phrase = phrase[1:]  # "the", "any", "a"
            # a name of two words or more ("the rehearsal schedule"): "the poster on
            # Tajikistan" may ask what a poster there said; one word in the plural when no unit
            # writes it at all ("do you hold the indictments ...?": papers of a kind)
            if not phrase or stem(phrase[-1].lower()) not in paper_terms():
                continue
            if len(phrase) < 2:
                word = phrase[0].lower()
                if word.endswith("s") and not self.corpus.knows(stem(word)):
                    return True
                continue
            if not self._written(" ".join(phrase)):
                return True
        return False

    @cached_property
    def _held_words(self) -> frozenset[str]:
        """Words naming what the index holds: its documents' titles and kinds, their units."""
        from assistant.scope import KIND_LABELS

        kinds = {d.kind for d in self.corpus.docs.values()}
        text = " ".join(f"{d.title} {d.short_name} {d.body}" for d in self.corpus.docs.values())
        text += " " + " ".join(KIND_LABELS[k] for k in kinds if k in KIND_LABELS)
        return frozenset(terms(f"{text} {HELD_UNITS}", generic=True))

    def _legal_text_asked(self, question: str) -> bool:
        """Whether the question asks for a legal text itself ("the decree itself") that no
        document of the index is (the documents only mention it); not "what does the law
        itself promise, according to the rapporteur", which asks for her account of it."""
        if ACCOUNT_OF.search(question):
            return False
        for m in TEXT_ITSELF.finditer(question):
            if LEFT_OUT.search(question[max(0, m.start() - 60) : m.start()]):
                continue  # "... leaving out the Criminal Code and the law itself"
            asked = m.group("what") or m.group("of") or m.group("wfw") or m.group("quote")
            what = DETERMINER.sub("", asked).strip()
            if not any(
                _words_and_numbers(what) <= _words_and_numbers(f"{d.title} {d.short_name}")
                for d in self.corpus.docs.values()
            ):
                return True
        return False

    @staticmethod
    def _topic_terms(question: str, countries: Sequence[str]) -> list[str]:
        text = STORY_WHERE.sub(r"\g<place>", question)  # "Turkmenistan, where my horses were bred"
        text = SYMBOL.sub(" ", text)
        text = UNIT_REQ.sub(" ", text)
        # "eleven years later", "the Republic of Tajikistan": when, and a country's long form
        text = LATER.sub(" ", text)
        if countries:
            text = OFFICIAL_FORM.sub(" ", text)
        # the countries named, in any spelling or adjective ("Tajik" names Tajikistan)
        spellings = [*countries, *(a for a, c in ADJECTIVES.items() if c in countries)]
        country_terms = {t for c in spellings for t in terms(c, generic=True)}
        # ... and the words read as one of them: "kazakstan", "Bishkek", "the Baltics"
        country_terms |= {
            t
            for w in set(re.findall(r"[^\W\d_]{4,}", text))
            if w not in CURRENCIES  # "the exchange rate of the somoni": the currency is the subject
            and set(find_countries(w, any_case=True)) & set(countries)
            for t in terms(w, generic=True)
        }
        return [
            t
            for t in dict.fromkeys(terms(text))
            if t not in country_terms and t not in SPEECH and t not in BACK_ADVERBS
        ]
