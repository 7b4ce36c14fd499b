"""Property (hypothesis): whatever the conversation before, a question naming a country the
index does not hold is answered with no citation of another country (here: none at all)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow
COVERED = [
    "What did the committee say about Roma children in Tajikistan?",
    "What does the Special Rapporteur recommend on identifying victims of trafficking?",
    "What does paragraph 13 of the Turkmenistan concluding observations say?",
    "What did the committee say about child pornography in Kazakhstan?",
    "And what about Turkmenistan?",
    "row 10 of the OPSC plan",
]
TEMPLATES = [
    "What did the committee say about Roma children in {c}?",
    "and what about {c}?",
    "And in {c}?",
    "Same question for {c}",
    "What did the Special Rapporteur find in {c}?",
    "paragraph 12 of the {c} concluding observations",
    "What does the national plan of {c} say about it?",
    "and {lc}?",  # typed in lower case
    "what about {lc}",
]


HELD = {"Tajikistan", "Turkmenistan", "Kazakhstan"}


def _uncovered() -> list[str]:
    import pycountry

    names = [getattr(c, "common_name", None) or c.name for c in pycountry.countries]
    return sorted(n for n in names if n not in HELD and "," not in n and "(" not in n)


def _other_forms() -> list[str]:
    """Uncovered countries by other names and capitals (the data files)."""
    from rightsdesk.countries import CAPITALS, OTHER_NAMES, canonical

    return sorted(n for n, c in {**OTHER_NAMES, **CAPITALS}.items() if canonical(c) not in HELD)


def _typos() -> list[str]:
    """One-word uncovered names with a letter dropped ("Kyrgystan") that are still read as
    that country. Misspellings are read when capitalised only (in lower case one letter off
    a country is too often an English word), so the questions keep their capital."""
    from rightsdesk.countries import find_countries

    out = []
    for name in _uncovered():
        if name.isalpha() and len(name) >= 8:
            typo = name[: len(name) // 2] + name[len(name) // 2 + 1 :]
            if find_countries(f"and {typo}?", any_case=True) == [name]:
                out.append(typo)
    return out


TYPOS = set(_typos())


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    history=st.lists(st.sampled_from(COVERED), max_size=3),
    country=st.sampled_from(_uncovered() + _other_forms() + sorted(TYPOS)),
    template=st.sampled_from(TEMPLATES),
)
def test_an_uncovered_country_is_never_answered_with_another(
    assistant_session: Any, history: list[str], country: str, template: str
) -> None:
    turns: list[dict[str, str]] = []
    for q in history:
        turns += [
            {"role": "user", "content": q},
            {"role": "assistant", "content": assistant_session.ask(q, turns).answer},
        ]
    lower = country if country in TYPOS else country.lower()
    ans = assistant_session.ask(template.format(c=country, lc=lower), turns)
    assert ans.abstained and not ans.citations, (history, country, template, ans.answer)
