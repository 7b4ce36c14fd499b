"""The everyday vocabulary (assistant/vocab/everyday.json) as data: well formed, general, grounded.

Rule for target words (the treaty words a `words` entry adds to the keyword query): each one
occurs, as a whole phrase and case-insensitively, in at least one bundled document
(data/corpus, and ../shared/more-documents when it sits beside the repository), or it is listed
in the file's `_treaty_terms`: standard terms of the treaties, treaty bodies, UPR and the OHCHR
Universal Human Rights Index themes that the bundled documents happen not to use. A term goes
into `_treaty_terms` only when it is how UN human-rights documents say it, never for a word
made up for one question.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
import pytest

from assistant.text import stem
from assistant.vocab import HERE, everyday
from ingest.classify import VOCABULARY

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
MORE = ROOT.parent / "shared" / "more-documents"
FILE = HERE / "everyday.json"

# Adjectives and demonyms of countries (pycountry holds the names only).
DEMONYMS = re.findall(
    r"\w+",
    """
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bhutanese bolivian bosnian
botswanan brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian
canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian
fijian filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan
guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti
kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy
malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque
mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien
norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
romanian russian rwandan salvadoran saudi scottish senegalese serbian sierra leonean singaporean
slovak slovakian slovene slovenian somali spanish sudanese surinamese swazi swedish swiss
syrian taiwanese tajik tajikistani tanzanian thai togolese tongan tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek uzbekistani venezuelan vietnamese welsh yemeni zambian
zimbabwean
""",
)


def _raw() -> dict:
    """The file, refusing duplicate keys (json.load would keep the last one silently)."""

    def no_duplicates(pairs: list[tuple[str, object]]) -> dict:
        keys = [k.lower() for k, _ in pairs]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        assert not dupes, f"duplicate keys: {dupes}"
        return dict(pairs)

    return json.loads(FILE.read_text(encoding="utf-8"), object_pairs_hook=no_duplicates)


DATA = _raw()
WORDS: dict[str, list[str]] = DATA["words"]
TAGS: dict[str, list[str]] = DATA["tags"]
TREATY_TERMS = {t.lower() for t in DATA["_treaty_terms"]}


def _country_names() -> set[str]:
    names = set(DEMONYMS)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(c, attr, None):
                names.add(value.lower())
    return names


def _documents() -> str:
    folders = [CORPUS] + ([MORE] if MORE.is_dir() else [])
    texts = [
        p.read_text(encoding="utf-8", errors="ignore")
        for folder in folders
        for p in sorted(folder.glob("*"))
        if p.suffix in (".txt", ".csv")
    ]
    # straight apostrophes and single spaces, as the entries are written
    return " ".join(" ".join(texts).replace("\u2019", "'").split())


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"\w+", text.lower()))


def test_loads_and_every_regex_compiles() -> None:
    everyday.cache_clear()
    vocab = everyday()
    assert len(vocab.words) == len(WORDS)
    for slug, patterns in TAGS.items():
        for p in patterns:
            re.compile(p, re.I)  # each pattern alone, not only their union
            assert not re.search(p, "", re.I), f"{slug}: {p!r} matches the empty string"
    for key in WORDS:
        re.compile(rf"\b{re.escape(key)}\b", re.I)


def test_tag_slugs_exist_in_the_classifier_vocabulary() -> None:
    assert set(TAGS) <= set(VOCABULARY), set(TAGS) - set(VOCABULARY)


def test_word_keys_are_literal_phrases() -> None:
    """The loader escapes keys: regex syntax in a key would be matched literally."""
    for key, targets in WORDS.items():
        assert key == key.strip() and "  " not in key, key
        assert not re.search(r"[\\()\[\]{}|?*+^$]", key), f"{key!r} looks like a regex"
        assert re.match(r"\w", key) and re.search(r"\w$", key), f"{key!r}: word boundaries"
        assert targets and all(isinstance(t, str) and t.strip() for t in targets), key
        assert len(targets) == len({t.lower() for t in targets}), f"{key}: repeated target"


def test_no_entry_names_a_country() -> None:
    names = _country_names()
    any_name = re.compile(
        "|".join(
            rf"(?<![a-z]){re.escape(n)}(?![a-z])" for n in sorted(names, key=len, reverse=True)
        )
    )
    texts = [*WORDS, *(t for ts in WORDS.values() for t in ts)]
    for text in texts:
        hit = any_name.search(text.lower())
        assert hit is None, f"{text!r} names {hit.group(0)!r}"
    for slug, patterns in TAGS.items():
        for p in patterns:
            rx = re.compile(p, re.I)
            hits = [n for n in names if rx.search(n)]
            assert not hits, f"{slug}: {p!r} matches {hits}"


def test_no_target_is_a_document_symbol() -> None:
    for key, targets in WORDS.items():
        for t in targets:
            assert not re.search(r"\b[A-Z]+/[A-Z]+/[A-Z0-9]", t), f"{key}: {t!r} names a document"


@pytest.mark.skipif(not MORE.is_dir(), reason=f"{MORE} is absent")
def test_every_target_is_in_the_documents_or_a_treaty_term() -> None:
    documents = _documents()
    seen: set[str] = set()
    missing = []
    for key, targets in WORDS.items():
        for t in targets:
            if t.lower() in TREATY_TERMS or t in seen:
                continue
            phrase = r"\s+".join(map(re.escape, t.split()))
            if re.search(rf"(?<!\w){phrase}(?!\w)", documents, re.I):
                seen.add(t)
            else:
                missing.append((key, t))
    assert not missing, f"targets neither in the documents nor in _treaty_terms: {missing}"


def test_treaty_terms_are_used() -> None:
    used = {t.lower() for ts in WORDS.values() for t in ts}
    assert used >= TREATY_TERMS, sorted(TREATY_TERMS - used)


def test_no_key_maps_only_to_itself() -> None:
    """At least one target must bring a word (stem) the key does not already have."""
    for key, targets in WORDS.items():
        assert any(_stems(t) != _stems(key) for t in targets), f"{key!r} -> {targets}"


@pytest.mark.parametrize(
    "question",
    [
        "What did the Committee recommend in its report?",
        "Which recommendations did the government accept?",
        "Summarize paragraph 12 in one sentence.",
        "When was the report considered?",
    ],
)
def test_neutral_questions_gain_nothing(question: str) -> None:
    vocab = everyday()
    assert vocab.tags_in(question) == ()
    assert vocab.expansion(question) == ()


@pytest.mark.parametrize(
    ("question", "tag", "word"),
    [
        ("Are officials on the take?", "corruption", "bribery"),
        ("What about kids who sleep rough?", "children-in-street-situations", "street situations"),
        (
            "What do they do on their phones?",
            "child-pornography",
            "information and communication technologies",
        ),
        ("Is smacking banned?", "violence-against-children", "corporal punishment"),
        ("Are girls still married off at 15?", "child-marriage", "child marriage"),
        ("Is bride kidnapping punished?", "child-marriage", "bride kidnapping"),
        ("Do transgender people get ID cards?", "lgbti-persons", "identity documents"),
        ("Do illegal immigrants get deported?", "migrants", "irregular migrants"),
        ("Are activists harassed?", "civil-society", "human rights defenders"),
        ("Do cops turn a blind eye to pimps?", "corruption", "procuring"),
        (
            "Can blind children go to school?",
            "persons-with-disabilities",
            "children with disabilities",
        ),
        ("Is forced labor used in the harvest?", "child-labour", "forced labour"),
        ("Who pays for the shelters, is it underfunded?", "budget", "allocation"),
    ],
)
def test_everyday_sentences_expand(question: str, tag: str, word: str) -> None:
    vocab = everyday()
    assert tag in vocab.tags_in(question)
    assert word in vocab.expansion(question)


@pytest.mark.parametrize(
    "question",
    ["Has anyone checked what is best for them?", "Does the law say what's best for the kid?"],
)
def test_what_is_best_for_a_child_is_the_best_interests_principle(question: str) -> None:
    assert "best interests" in everyday().expansion(question)


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("Did they turn a blind eye?", "persons-with-disabilities"),
        ("Are there illegal immigrants?", "legislation"),
        ("Were the recommendations followed up in the next report?", "coordination"),
    ],
)
def test_idioms_do_not_misfire(question: str, slug: str) -> None:
    assert slug not in everyday().tags_in(question)
