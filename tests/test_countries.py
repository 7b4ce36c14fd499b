"""Countries as questions name them: any case, adjectives and demonyms from the data file."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from rightsdesk.countries import (
    ADJECTIVES,
    AMBIGUOUS_LOWER,
    CAPITALS,
    OTHER_NAMES,
    QUESTION_NAMES,
    canonical,
    find_countries,
    in_prose,
)


def _displays() -> set[str]:
    return {getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def _known() -> set[str]:
    """pycountry's countries and the territories the names file lists as their own
    ("Kosovo"), which pycountry lacks."""
    return _displays() | {n for n, c in OTHER_NAMES.items() if n == c}


def test_every_demonym_names_a_country_pycountry_knows() -> None:
    displays = _known()
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
        ("n the kosovar authorities? same issue w ngos?", ["Kosovo"]),
        ("And what about Kosovo?", ["Kosovo"]),  # a territory pycountry lacks, by its own name
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


def test_every_other_name_and_capital_leads_to_a_country_pycountry_knows() -> None:
    displays = _known()
    assert len(CAPITALS) > 100 and len(OTHER_NAMES) > 50
    assert [n for n in OTHER_NAMES if canonical(n) not in displays] == []
    assert [c for c, n in CAPITALS.items() if canonical(n) not in displays] == []
    assert [n for n, c in QUESTION_NAMES.items() if canonical(c) not in displays] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("and Burma?", ["Myanmar"]),
        ("what about Kirghizia", ["Kyrgyzstan"]),
        ("and the DRC?", ["Congo, The Democratic Republic of the"]),
        # accents, apostrophes, hyphens and spaces as people type them
        ("and Cote d\u2019Ivoire?", ["C\u00f4te d'Ivoire"]),
        ("and Turkiye?", ["T\u00fcrkiye"]),
        ("and Guinea Bissau?", ["Guinea-Bissau"]),
        # capitals, read when capitalised
        ("Roma in Dushanbe", ["Tajikistan"]),
        ("and Astana?", ["Kazakhstan"]),
        # misspellings of one-word names
        ("and Kyrgystan?", ["Kyrgyzstan"]),
        ("and Afganistan?", ["Afghanistan"]),
        ("and Phillipines?", ["Philippines"]),
        # not countries: instruments named after capitals, regions, pronouns, money
        ("Are the Paris Principles met in Tajikistan?", ["Tajikistan"]),
        ("the Istanbul Protocol and the Rome Statute", []),
        ("what about Latin America?", []),
        ("tell us about it", []),
        ("a budget of US$ 5 million", []),
        ("and the US?", ["United States"]),
        ("And in U.K.?", ["United Kingdom"]),
        ("and bishkek?", ["Kyrgyzstan"]),
        # derived forms and words are not misspellings
        ("the Dominican children", []),
        ("Initially, the Committee", []),
    ],
)
def test_other_names_capitals_and_misspellings_in_questions(text: str, found: list[str]) -> None:
    assert find_countries(text, any_case=True) == found


def test_capitals_and_question_only_names_are_not_read_in_documents() -> None:
    assert find_countries("In Dushanbe, US$ 5 million was spent.") == []


@pytest.mark.parametrize(
    ("name", "prose"),
    [
        ("Tajikistan", "Tajikistan"),
        ("United States", "the United States"),
        ("Congo, The Democratic Republic of the", "the Democratic Republic of the Congo"),
        ("Palestine, State of", "the State of Palestine"),
        ("Netherlands", "the Netherlands"),
        ("Marshall Islands", "the Marshall Islands"),
    ],
)
def test_names_in_prose_take_the_article_english_gives_them(name: str, prose: str) -> None:
    assert in_prose(name) == prose


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ok and turk men is tan what did the committee say", "Turkmenistan"),
        ("the trafficking rapporteur on taji kistan", "Tajikistan"),
        ("Now the tenge side of the border: what was it told?", "Kazakhstan"),
    ],
)
def test_names_typed_in_pieces_and_currencies_are_read(text: str, country: str) -> None:
    assert find_countries(text, any_case=True) == [country]


def test_short_words_joined_are_no_country() -> None:
    assert find_countries("where did they want to go next", any_case=True) == []


def test_a_leader_names_a_country_only_for_its_time_or_government() -> None:
    from rightsdesk.countries import leaders_named

    when = leaders_named("Back when Gurbanguly Berdimuhamedov was president, in 2015: what ...")
    assert [c for _, _, c in when] == ["Turkmenistan"]
    assert [c for _, _, c in leaders_named("Did Tokayev's government respond?")] == ["Kazakhstan"]
    assert leaders_named("What did President Rahmon say about it?") == []


def test_a_derived_table_is_built_once_then_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The places table is kept in the cache folder: built on the first call, read after; a
    damaged file is built again; a folder that cannot be written only costs the time."""
    from rightsdesk import countries

    monkeypatch.setenv("RIGHTSDESK_MODEL_CACHE", str(tmp_path / "cache"))
    calls: list[int] = []

    def build() -> dict[str, list[str]]:
        calls.append(1)
        return {"almaty": ["Kazakhstan"]}

    assert countries._derived("t", build) == {"almaty": ["Kazakhstan"]}
    assert countries._derived("t", build) == {"almaty": ["Kazakhstan"]} and len(calls) == 1
    (kept,) = (tmp_path / "cache").glob("t-*.json")
    kept.write_text("{not json")
    assert countries._derived("t", build) == {"almaty": ["Kazakhstan"]} and len(calls) == 2
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("RIGHTSDESK_MODEL_CACHE", str(tmp_path / "file" / "cache"))
    assert countries._derived("t", build) == {"almaty": ["Kazakhstan"]} and len(calls) == 3


def test_the_kept_places_table_is_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rightsdesk import countries

    monkeypatch.setenv("RIGHTSDESK_MODEL_CACHE", str(tmp_path))
    countries._places_one_country.cache_clear()
    try:
        built = countries._build_places()
        first = countries._places_one_country()  # builds and keeps it
        countries._places_one_country.cache_clear()
        assert countries._places_one_country() == first == built  # read back from the file
        assert built["khujand"] == "Tajikistan"
    finally:
        countries._places_one_country.cache_clear()
