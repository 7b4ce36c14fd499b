"""Country names, adjectives and ISO codes, for reading questions and inferring metadata.

Names come from pycountry (offline ISO 3166 data); adjectives are a short hand-made list for
the ones people use in questions ("Kazakh", "Turkmen"). Does not guess from partial words.
"""

from __future__ import annotations

import re
from functools import cache

ADJECTIVES = {
    "Tajik": "Tajikistan",
    "Tadjik": "Tajikistan",
    "Turkmen": "Turkmenistan",
    "Kazakh": "Kazakhstan",
    "Kazakhstani": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Kyrgyz": "Kyrgyzstan",
    "Afghan": "Afghanistan",
    "Russian": "Russian Federation",
    "Brazilian": "Brazil",
    "Slovenian": "Slovenia",
    "Chinese": "China",
    "Indian": "India",
    "French": "France",
    "German": "Germany",
    "British": "United Kingdom",
    "American": "United States",
    "Mexican": "Mexico",
    "Turkish": "Türkiye",
    "Iranian": "Iran",
    "Pakistani": "Pakistan",
    "Ukrainian": "Ukraine",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Mongolian": "Mongolia",
    "Belarusian": "Belarus",
    "Moldovan": "Moldova",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia",
    "Egyptian": "Egypt",
    "Syrian": "Syria",
    "Iraqi": "Iraq",
    "Japanese": "Japan",
    "Korean": "South Korea",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Polish": "Poland",
}
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
    "Vietnam": "Viet Nam",
    "Laos": "Lao People's Democratic Republic",
    "Czech Republic": "Czechia",
}


@cache
def _names() -> dict[str, str]:
    """Every spelling we recognise, mapped to one display name."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for name in {c.name, display, getattr(c, "official_name", None)}:
            if name and "," not in name:
                out[name] = display
    out.update(EXTRA_NAMES)
    return out


@cache
def _pattern() -> re.Pattern[str]:
    spellings = sorted({*_names(), *ADJECTIVES}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in spellings) + r")(?:s|an|i)?\b")


def canonical(name: str) -> str:
    """The display name of a country spelling or adjective ('Kazakh' -> 'Kazakhstan')."""
    return ADJECTIVES.get(name) or _names().get(name, name)


def find_countries(text: str) -> list[str]:
    """Countries named in a text, in order of first mention, without repeats."""
    seen: list[str] = []
    for m in _pattern().finditer(text):
        name = canonical(m.group(1))
        if name not in seen:
            seen.append(name)
    return seen


def from_iso3(code: str) -> str | None:
    """Display name of an ISO 3166 alpha-3 code ('TJK' -> 'Tajikistan')."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code.upper())
    return (getattr(c, "common_name", None) or c.name) if c else None
