"""Country names, adjectives and ISO codes, for reading questions and inferring metadata.

Names come from pycountry (offline ISO 3166 data); adjectives and demonyms ("Kazakh", "Nepali")
from the data file `data/demonyms.tsv`. Does not guess from partial words.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DEMONYMS_FILE = Path(__file__).parent / "data" / "demonyms.tsv"


def _read_demonyms() -> dict[str, str]:
    """Adjectives and demonyms ("Mongolian", "Nepali") mapped to a country spelling; data file."""
    out: dict[str, str] = {}
    for line in DEMONYMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            adjective, country = line.split("\t")
            out[adjective.strip()] = country.strip()
    return out


ADJECTIVES = _read_demonyms()
# Adjectives and names that are also everyday English words in lower case ("jersey", "polish",
# "indian"): matched only when capitalised. Kept short: reading "and china?" as no country would
# carry the earlier country over, the worse mistake.
AMBIGUOUS_LOWER = frozenset(["indian", "american", "polish", "pole", "swede", "dane", "finn"])

EXTRA_NAMES = {
    "Kyrgyz Republic": "Kyrgyzstan",
    "Turkey": "Türkiye",
    "Russia": "Russian Federation",
    "UK": "United Kingdom",
    "USA": "United States",
    "United States of America": "United States",
    "Great Britain": "United Kingdom",
    "Syria": "Syria",
    "Iran": "Iran",
    "Moldova": "Moldova",
    "Bolivia": "Bolivia",
    "Venezuela": "Venezuela",
    "Tanzania": "Tanzania",
    "Czech Republic": "Czechia",
}


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
    out.update(EXTRA_NAMES)
    return out


@cache
def _pattern() -> re.Pattern[str]:
    spellings = sorted({*_names(), *ADJECTIVES}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in spellings) + r")(?:s|an|i)?\b")


@cache
def _any_case() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern in any case, and each spelling by its casefolded form."""
    by_fold = {s.casefold(): s for s in sorted({*_names(), *ADJECTIVES}, key=len)}
    return re.compile(_pattern().pattern, re.IGNORECASE), by_fold


ISO3_TOKEN = re.compile(r"\b[A-Z]{3}\b")
# ISO 3166 alpha-3 codes that are also English words in capitals: not read as countries
ISO3_WORDS = frozenset(["AND", "ARE", "CAN", "PER", "NOR", "TON", "COM", "BEN", "MAC", "MAR"])


@cache
def _alpha3() -> dict[str, str]:
    """ISO 3166 alpha-3 codes ("KAZ") mapped to display names, English words left out."""
    import pycountry

    return {
        c.alpha_3: getattr(c, "common_name", None) or c.name
        for c in pycountry.countries
        if c.alpha_3 not in ISO3_WORDS
    }


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
        pattern, by_fold = _any_case()
        if not text.isupper():  # "what about KAZ?": an ISO code as UN symbols print it
            codes = ((m.start(), _alpha3().get(m.group(0))) for m in ISO3_TOKEN.finditer(text))
            found += [(at, name) for at, name in codes if name]
        for m in pattern.finditer(text):
            word = m.group(1)
            if not (word.islower() and word in AMBIGUOUS_LOWER):
                found.append((m.start(), canonical(by_fold.get(word.casefold(), word))))
    else:
        found = [(m.start(), canonical(m.group(1))) for m in _pattern().finditer(text)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


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
    for spelling, name in EXTRA_NAMES.items():
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
