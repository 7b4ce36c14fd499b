"""An index of only the documents users add (../shared/more-documents), asked as a user would.

Nothing of the bundled corpus is indexed: countries, bodies, kinds and symbols must come from
the index itself, so the same code serves documents it has never seen (issue 12).
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_settings, rd

MORE = Path(__file__).resolve().parents[1].parent / "shared" / "more-documents"
pytestmark = [
    pytest.mark.skipif(
        not MORE.is_dir(), reason="../shared/more-documents is not beside the clone"
    ),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def more_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The assistant over an index of the text documents of more-documents alone."""
    folder = tmp_path_factory.mktemp("more") / "docs"
    folder.mkdir()
    for f in MORE.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    data = tmp_path_factory.mktemp("more-index") / "index"
    out = rd(data, "ingest", str(folder), "--json", timeout=1500)
    assert out.returncode == 0, out.stderr
    from rightsdesk.app import build_assistant

    yield build_assistant(make_settings(data))


def _docs(ans: Any) -> set[str]:
    return {c.doc_id for c in ans.citations}


def test_the_index_holds_only_the_added_documents(more_only: Any) -> None:
    assert set(more_only.corpus.countries) == {"Brazil", "Kazakhstan", "Slovenia", "Uzbekistan"}
    kinds = {d.kind for d in more_only.corpus.docs.values()}
    assert "national_plan" not in kinds


def test_a_recommending_state_is_answered_with_its_recommendations(more_only: Any) -> None:
    ans = more_only.ask("What did Venezuela recommend to Uzbekistan?")
    assert ans.citations and _docs(ans) == {"a-hrc-24-7"}
    for c in ans.citations:
        view = more_only.corpus.view(c.doc_id, c.paragraph)
        assert "Venezuela" in view.unit.recommended_by


def test_a_committee_theme_is_found_in_the_concluding_observations(more_only: Any) -> None:
    ans = more_only.ask("What did the committee say about quilombolas in Brazil?")
    assert not ans.abstained and ans.direct
    assert _docs(ans) == {"cerd-bra-co-18-20"}
    assert any("Quilombola" in c.quote for c in ans.citations)


def test_roma_in_slovenia_cites_the_slovenian_review_only(more_only: Any) -> None:
    ans = more_only.ask("What was said about the Roma in the review of Slovenia?")
    assert ans.citations and _docs(ans) == {"a-hrc-59-15"}
    assert any("Roma" in c.quote for c in ans.citations)


def test_a_country_only_the_bundled_corpus_covers_is_declined(more_only: Any) -> None:
    ans = more_only.ask("What did the committee say about Roma children in Tajikistan?")
    assert ans.abstained and not ans.citations
    assert "Tajikistan" in ans.answer


def test_a_paragraph_the_document_lacks_is_named_as_missing(more_only: Any) -> None:
    ans = more_only.ask("What does paragraph 200 of CERD/C/BRA/CO/18-20 say?")
    assert ans.abstained and not ans.citations
    n = len(more_only.corpus.units("cerd-bra-co-18-20"))
    assert "there is no paragraph 200" in ans.answer and n < 200


def test_a_follow_up_moves_to_another_review_and_keeps_the_topic(more_only: Any) -> None:
    first = more_only.ask("What did the review of Kazakhstan recommend on torture?")
    assert first.citations and _docs(first) == {"a-hrc-28-10"}
    history = [
        {"role": "user", "content": "What did the review of Kazakhstan recommend on torture?"},
        {"role": "assistant", "content": first.answer},
    ]
    ans = more_only.ask("And for Uzbekistan?", history)
    assert ans.citations and _docs(ans) == {"a-hrc-24-7"}
    assert any("tortur" in c.quote.lower() for c in ans.citations)


def test_a_count_of_recommendations_is_counted_from_the_report(more_only: Any) -> None:
    """The figures are the report's items counted by position; the ones noted agree with the
    UPR Info labels (their 'Noted' rows for Kazakhstan's 2014 review)."""
    ans = more_only.ask("How many recommendations did Kazakhstan reject in its UPR?")
    assert not ans.abstained and not ans.citations
    items = [
        v.unit
        for v in more_only.corpus.units("a-hrc-28-10")
        if getattr(v.unit, "recommended_by", ())
    ]
    noted = sum(1 for u in items if u.position == "noted")
    with (MORE / "UPRinfo_recommendations_Uzbekistan2013_Kazakhstan2014.csv").open() as f:
        labelled = sum(
            1 for r in csv.DictReader(f) if r["To"] == "Kazakhstan" and r["Response"] == "Noted"
        )
    assert noted == labelled
    assert (
        f"A/HRC/28/10 (Kazakhstan) lists {len(items)} recommendations; {noted} of them noted"
        in ans.answer
    )
