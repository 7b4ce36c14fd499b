"""Countries as questions name them: any case, adjectives and demonyms from the data file."""

from __future__ import annotations

import pycountry
import pytest

from rightsdesk.countries import ADJECTIVES, AMBIGUOUS_LOWER, canonical, find_countries


def _displays() -> set[str]:
    return {getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def test_every_demonym_names_a_country_pycountry_knows() -> None:
    displays = _displays()
    assert len(ADJECTIVES) > 150
    assert [a for a in ADJECTIVES if canonical(a) not in displays] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("and mongolia?", ["Mongolia"]),
        (
            "what about the democratic republic of the congo",
            ["Congo, The Democratic Republic of the"],
        ),
        ("State of Palestine", ["Palestine, State of"]),
        ("Nepali migrant workers", ["Nepal"]),
        ("the Republic of Korea and Laotian children", ["South Korea", "Laos"]),
        ("and china?", ["China"]),
        ("Tajiks and Uzbeks", ["Tajikistan", "Uzbekistan"]),
    ],
)
def test_questions_are_read_in_any_case(text: str, found: list[str]) -> None:
    assert find_countries(text, any_case=True) == found


def test_everyday_words_count_only_capitalised() -> None:
    assert "polish" in AMBIGUOUS_LOWER
    assert find_countries("how to polish the indian report", any_case=True) == []
    assert find_countries("the Polish and Indian reports", any_case=True) == ["Poland", "India"]


def test_documents_are_read_as_printed() -> None:
    # ingest reads document heads: "mali" in lower case there is not a country
    assert find_countries("and mongolia?") == []
    assert find_countries("Mongolia") == ["Mongolia"]


def test_iso_codes_as_symbols_print_them() -> None:
    assert find_countries("and TKM?", any_case=True) == ["Turkmenistan"]
    # codes that are English words, and shouted text, are not read as countries
    assert find_countries("what AND how", any_case=True) == []
    assert find_countries("WHAT ABOUT THE CAN DO ATTITUDE", any_case=True) == []


def test_codes_and_names_come_in_order_of_mention() -> None:
    assert find_countries("compare Mongolia and TKM", any_case=True) == ["Mongolia", "Turkmenistan"]
