"""Russian questions (issue 13): detection, translation, the glossary's coverage, the frame."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

from assistant.i18n import examples, localise, plural, text
from assistant.language import detect
from assistant.multilingual import Languages
from assistant.russian import GLOSSARY, RussianReader, _best_lemma, _morph, glossary
from assistant.vocab import everyday, named_bodies
from ingest.classify import TAG_LABELS, tag

ROOT = Path(__file__).resolve().parents[1]
ROMA = "Что Комитет сказал о детях рома в Таджикистане?"
# Terms in at least this many units are the corpus's searchable vocabulary (a term in one or two
# units is nearly a name of that paragraph); 0.95 of them must have Russian words: a miss costs
# a notice, not a wrong answer, and new documents bring words the glossary learns afterwards.
COVERAGE_MIN_UNITS = 3
COVERAGE_FLOOR = 0.95


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (ROMA, "ru"),
        ("а что насчёт Туркменистана?", "ru"),
        ("Что сказал КПР о CRC/C/OPSC/TJK/CO/1?", "ru"),
        ("Кумита дар бораи кӯдакони лӯлӣ дар Тоҷикистон чӣ гуфт?", "tg"),
        ("Кумита дар бораи кудакони люли дар Точикистон чи гуфт?", "tg"),  # no special letters
        ("Комитет Түркменистанда чагалар барада нәме диййди?", "tk"),
        ("Комитет Қазақстандағы балалар туралы не айтты?", "kk"),
        ("What did the committee say about Roma children in Tajikistan?", "en"),
        ("Komitet Türkmenistanda çagalar barada näme diýdi?", "en"),  # Latin: the English path
        ("?", "en"),
    ],
)
def test_language_detection(question: str, language: str) -> None:
    assert detect(question) == language


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        (ROMA, "What committee say about children Roma in Tajikistan?"),
        ("а что насчёт Туркменистана?", "And what about Turkmenistan?"),
        ("пункт 24", "Paragraph 24"),
        (
            "Покажите п. 13 документа CRC/C/OPSC/TKM/CO/1",
            "Show paragraph 13 document CRC/C/OPSC/TKM/CO/1",
        ),
        ("Покажите подпункт б) пункта 33", "Show paragraph 33 (b)"),
        ("рекомендация 88.12", "Recommendation 88.12"),
        ("строка 10 плана", "Row 10 the plan"),
        ("замечания 2010 года", "Observations of 2010"),
        ("в 2010 году", "In 2010"),
        ("Принял ли Казахстан рекомендации?", "Did Kazakhstan adopt recommendations?"),
        ("Что сказал КПР?", "What say CRC?"),
        ("Что сказал КЛРД о Казахстане?", "What say CERD about Kazakhstan?"),
        ("универсальный периодический обзор", "Universal Periodic Review"),
        ("УПО", "UPR"),
        (
            "специальный докладчик по вопросу о торговле людьми",
            "Special Rapporteur on trafficking in persons",
        ),
        ("национальный план действий", "National plan of action"),
        ("Что сказал Комитет по правам ребенка?", "What say Committee on the Rights of the Child?"),
        ("торговля детьми", "Sale of children"),
        ("дети-инвалиды", "Children with disabilities"),
        ("телефон доверия в Туркменистане", "Helpline in Turkmenistan"),
        ("монгольские дети", "Mongolian children"),
        ("дети в Боливии", "Children in Bolivia"),  # any country, from pycountry's Russian names
        ("в Российской Федерации", "In Russian Federation"),
        # names people write otherwise than ISO 3166, and groups of States (glossary)
        ("в Демократической Республике Конго", "In Democratic Republic of the Congo"),
        ("в странах Балтии", "In Baltic states"),
    ],
)
def test_translation(russian: str, english: str) -> None:
    assert RussianReader.load().translate(russian).text == english


def test_unknown_content_words_are_reported_not_dropped_silently() -> None:
    tr = RussianReader.load().translate("Что сказал комитет о квантовой гравитации в Казахстане?")
    assert set(tr.unknown) == {"квантовой", "гравитации"}
    assert "Kazakhstan" in tr.text
    reading = Languages().read("Что сказал комитет о квантовой гравитации?")
    assert reading.notices and "квантовой" in reading.notices[0]
    assert not reading.understood  # as many unknown content words as known: not answered


def test_glossary_has_no_conflicting_entries() -> None:
    """Two lines with the same Russian lemmas must not give two English words (the second
    would be silently ignored)."""
    morph, seen, conflicts = _morph(), {}, []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        russian, english = line.split("\t")[:2]
        key = tuple(_best_lemma(morph, w) for w in re.findall(r"[\w-]+", russian))
        key = (russian,) if russian.startswith("=") or russian.endswith(".") else key
        if key in seen and seen[key] != english:
            conflicts.append(f"{russian}: {english} / {seen[key]}")
        seen.setdefault(key, english)
    assert not conflicts


def test_glossary_mirrors_the_vocabularies() -> None:
    """Every everyday tag, every theme/group tag and every body has Russian words."""
    g = glossary()
    values = [v.split("|")[-1] for v in (*g.english.values(), *g.acronyms.values())]
    tags = {t for v in values for t in (*everyday().tags_in(v), *tag(v))}
    assert {slug for slug, _ in everyday().tags} <= tags
    assert set(TAG_LABELS) <= tags
    assert all(any(b.named_in(v) for v in values) for b in named_bodies())


def test_glossary_covers_the_corpus_vocabulary() -> None:
    spec = importlib.util.spec_from_file_location(
        "glossary_coverage", ROOT / "scripts/glossary_coverage.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    share, missing = module.coverage(module.documents(), COVERAGE_MIN_UNITS)
    assert share >= COVERAGE_FLOOR, missing[:20]


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("The documents do not say anything about this.", "В документах нет сведений об этом."),
        ("The documents do not cover Mongolia.", "Документы не охватывают эту страну: Монголия."),
        (
            "CRC/C/OPSC/TJK/CO/1 has paragraphs 1-38; there is no paragraph 99.",
            "В CRC/C/OPSC/TJK/CO/1 есть пункты 1–38; пункта 99 нет.",
        ),
        (
            "The documents include nothing from the Committee against Torture.",
            "Среди документов нет документов этого органа: Комитет против пыток.",
        ),
        (
            "The documents include no Special Rapporteur report on Turkmenistan.",
            "Среди документов нет документа этого вида (доклад специального докладчика) по стране: Туркменистан.",
        ),
        (
            "The documents on Tajikistan include nothing from 2010 (they date from 2017 and 2022).",
            "Среди документов (Таджикистан) нет документов за 2010 (они датированы: 2017 и 2022).",
        ),
        (  # a subject of the domain in the glossary's Russian
            "The documents on Turkmenistan do not mention child marriage.",
            "В документах (Туркменистан) не упоминается: детский брак.",
        ),
        (
            "The language model did not answer in time; showing the quoted passages instead.",
            "Языковая модель не справилась (не ответила вовремя); вместо её ответа показаны цитаты.",
        ),
    ],
)
def test_messages_in_russian(english: str, russian: str) -> None:
    assert localise(english, "ru") == russian
    assert localise(english, "en") == english


def test_strings_file_has_both_languages_and_the_interface_keys() -> None:
    data = json.loads((ROOT / "assistant/vocab/ui_strings.json").read_text(encoding="utf-8"))
    for key, entry in {**data["strings"], **data["messages"]}.items():
        assert set(entry) == {"en", "ru"}, key
    for key in ("ui.ask", "ui.country", "ui.placeholder", "ui.examples", "error.empty_question"):
        assert key in data["strings"]
    assert len(examples("ru")) == len(examples("en")) and detect(examples("ru")[0]) == "ru"
    assert [plural(n, "answer.passage", "ru") for n in (1, 3, 5, 21)] == [
        "фрагмент",
        "фрагмента",
        "фрагментов",
        "фрагмент",
    ]
    assert text("answer.lead.passages", "en", where="", n=2, passages="passages", names="X") == (
        "What the documents say (2 passages from X):"
    )


# -- end to end, on the bundled index ------------------------------------------------------


@pytest.mark.slow
def test_roma_question_in_russian(assistant_session: Any) -> None:
    ans = assistant_session.ask(ROMA)
    assert ans.language == "ru" and not ans.abstained
    cited = {(c.doc_id, c.paragraph) for c in ans.citations}
    assert {("crc-opsc-tjk-co-1", "24"), ("crc-opsc-tjk-co-1", "25")} <= cited
    assert ans.answer.startswith("Что говорится в документах — Таджикистан")
    assert "(Таджикистан, 2017)" in ans.answer
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in ans.answer  # the UN reference as printed
    assert text("answer.original", "ru") in ans.answer
    for c in ans.citations:  # quotes verbatim in English
        assert c.quote in " ".join(ans.answer.split()) or c.quote.split(".")[0] in ans.answer
    from assistant.contract import answer_json

    assert answer_json(ans)["language"] == "ru"


@pytest.mark.slow
def test_russian_follow_up_moves_to_turkmenistan(assistant_session: Any) -> None:
    first = assistant_session.ask(ROMA)
    history = [{"role": "user", "content": ROMA}, {"role": "assistant", "content": first.answer}]
    ans = assistant_session.ask("а что насчёт Туркменистана?", history)
    assert ans.language == "ru" and not ans.abstained
    assert {c.doc_id for c in ans.citations} == {"crc-opsc-tkm-co-1"}
    assert "24" in {c.paragraph for c in ans.citations}
    # Turkmenistan's documents do not name Roma: the closest passages, said so, then where
    head = ans.answer.split("\n")[:2]
    assert "нет прямого ответа" in head[0] and "Туркменистан" in head[1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("А как насчёт Монголии?", "Документы не охватывают эту страну: Монголия."),
        ("Что говорится в пункте 99 документа CRC/C/OPSC/TJK/CO/1?", "пункта 99 нет"),
        ("Что сказал КЛРД о Казахстане?", "Среди документов нет документов этого органа"),
        ("А в странах Балтии?", "Эстония, Латвия и Литва"),
        ("А что в Демократической Республике Конго?", "Демократическая Республика Конго"),
        ("Ыыы ффф?", "Ни одно слово вопроса не удалось перевести"),  # said in Russian too
    ],
)
def test_russian_abstentions_are_said_in_russian(
    assistant_session: Any, question: str, said: str
) -> None:
    history = [{"role": "user", "content": ROMA}, {"role": "assistant", "content": "..."}]
    ans = assistant_session.ask(question, history)
    assert ans.abstained and not ans.citations and said in ans.answer
    assert "Мои документы охватывают страны" in ans.answer


@pytest.mark.slow
def test_russian_lookup(assistant_session: Any) -> None:
    ans = assistant_session.ask("пункт 13 заключительных замечаний по Туркменистану")
    assert [(c.doc_id, c.paragraph) for c in ans.citations][:1] == [("crc-opsc-tkm-co-1", "13")]
    assert ans.answer.startswith("Запрошенный текст — Туркменистан")


@pytest.mark.slow
def test_tajik_question_is_declined_politely(assistant_session: Any) -> None:
    ans = assistant_session.ask("Кумита дар бораи кӯдакони лӯлӣ дар Тоҷикистон чӣ гуфт?")
    assert ans.language == "tg" and ans.abstained and not ans.citations
    assert "таджикский" in ans.answer and "Tajik" in ans.answer
    assert "только на русском и английском" in ans.answer


@pytest.mark.slow
def test_unknown_words_reach_the_answers_notices(assistant_session: Any) -> None:
    ans = assistant_session.ask(
        "Что комитет сказал о детях рома и их кочевничестве в Таджикистане?"
    )
    assert any("кочевничестве" in n for n in ans.notices)
    assert {"24", "25"} <= {c.paragraph for c in ans.citations}
