"""ingest.upload: preview, add with corrections, remove; bad files refused with nothing written;
the assistant answers from an added document in the next question and forgets a removed one."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from assistant.retrieval import Filters
from ingest.manifest import MetaOverride
from ingest.upload import Uploader, with_uploads
from rightsdesk.errors import DocumentNotFound, IngestError, NotAllowed
from rightsdesk.settings import Settings

pytestmark = pytest.mark.slow

MONGOLIA = """United Nations                                                     CRC/C/OPSC/MNG/CO/1
Convention on the Rights of the Child                              Distr.: General
                                                                   3 March 2023

Committee on the Rights of the Child

Concluding observations on the report submitted by Mongolia under article 12 (1) of the \
Optional Protocol to the Convention on the Rights of the Child on the sale of children, child \
prostitution and child pornography

I. Introduction

1. The Committee considered the initial report of Mongolia at its 900th meeting, held on \
20 January 2023, and adopted the present concluding observations at its 910th meeting.

II. Prevention

2. The Committee is concerned that herder children working as jockeys in horse racing are \
exposed to sale and exploitation, and that no data are collected on them.

3. The Committee recommends that the State party prohibit the use of child jockeys in horse \
racing, collect data on children working in herding, and investigate every case of sale of \
such children.

4. The Committee is concerned about the lack of shelters for child victims in the Gobi provinces.

5. The Committee recommends that the State party open shelters for child victims in every \
province.
"""
JOCKEYS = "What did the committee say about child jockeys in horse racing in Mongolia?"


def _write_as(folder: Path, fmt: str) -> Path:
    """The Mongolia document as a user would have it: text, web page or Word file."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path = folder / "mongolia.txt"
        path.write_text(MONGOLIA, encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{block}</p>\n" for block in MONGOLIA.split("\n\n"))
        path = folder / "mongolia.html"
        path.write_text(f"<html><head><title>x</title></head><body>{body}</body></html>", "utf-8")
    else:
        import docx

        document = docx.Document()
        for block in MONGOLIA.split("\n\n"):
            document.add_paragraph(" ".join(block.split()) if block[:1].isdigit() else block)
        path = folder / "mongolia.docx"
        document.save(str(path))
    return path


def _uploader(settings: Settings, assistant: Any = None) -> Uploader:
    from rightsdesk.app import build_uploader

    return build_uploader(settings, assistant)


def _version(settings: Settings) -> int:
    from rightsdesk.app import build_store

    state = build_store(settings).read_state()
    return state.version if state else 0


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_preview_detects_metadata_and_writes_nothing(
    indexed_settings: Settings, tmp_path: Path, fmt: str
) -> None:
    before = _version(indexed_settings)
    preview = _uploader(indexed_settings).preview(_write_as(tmp_path / "in", fmt))
    doc = preview.main
    assert (doc.id, doc.symbol, doc.country, doc.kind, doc.year) == (
        "crc-opsc-mng-co-1",
        "CRC/C/OPSC/MNG/CO/1",
        "Mongolia",
        "concluding_observations",
        2023,
    )
    assert doc.body == "Committee on the Rights of the Child"
    assert (doc.paragraphs, doc.recommendations, doc.plan_rows) == (5, 0, 0)
    assert preview.conflicts == () and "symbol" in preview.editable
    assert _version(indexed_settings) == before
    assert not indexed_settings.uploads_dir.exists()


def test_preview_with_a_corrected_symbol_renames_the_document(
    indexed_settings: Settings, tmp_path: Path
) -> None:
    path = _write_as(tmp_path, "txt")
    doc = (
        _uploader(indexed_settings)
        .preview(path, MetaOverride(symbol="CRC/C/OPSC/MNG/CO/2", year=2024))
        .main
    )
    assert (doc.id, doc.symbol, doc.short_name, doc.year) == (
        "crc-opsc-mng-co-2",
        "CRC/C/OPSC/MNG/CO/2",
        "CRC/C/OPSC/MNG/CO/2",
        2024,
    )


def test_add_answer_then_remove(indexed_settings: Settings, tmp_path: Path) -> None:
    """The whole life of an added document, with questions asked all along in other threads:
    none fails, none sees half an index."""
    from rightsdesk.app import build_assistant, build_store

    assistant = build_assistant(indexed_settings)
    uploader = _uploader(indexed_settings, assistant)
    assert assistant.ask(JOCKEYS).abstained  # Mongolia is not covered yet
    bundled = set(assistant.corpus.docs)

    seen: list[tuple[bool, frozenset[str]]] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def ask_all_along() -> None:
        while not stop.is_set():
            try:
                ans = assistant.ask(JOCKEYS)
                seen.append((ans.abstained, frozenset(c.doc_id for c in ans.citations)))
            except BaseException as exc:  # the test reports it below
                failures.append(exc)
                return

    askers = [threading.Thread(target=ask_all_along) for _ in range(2)]
    for t in askers:
        t.start()
    stages: list[tuple[float, str]] = []
    try:
        report = uploader.add(
            _write_as(tmp_path / "in", "txt"),
            MetaOverride(year=2022, body="Committee on the Rights of the Child (CRC)"),
            progress=lambda share, what: stages.append((share, what)),
        )
        assert report.changed and not report.errors
        assert [s for s, _ in stages] == sorted(s for s, _ in stages) and stages[-1][0] == 1.0
        assert any("Embedding" in what for _, what in stages)

        # Kept beside the index, corrections in its sidecar; the next question sees it.
        kept = sorted(p.name for p in indexed_settings.uploads_dir.iterdir())
        assert kept == ["mongolia.txt", "mongolia.txt.meta.json"]
        doc = assistant.corpus.docs["crc-opsc-mng-co-1"]
        assert (doc.year, doc.body, doc.country) == (
            2022,
            "Committee on the Rights of the Child (CRC)",
            "Mongolia",
        )
        answer = assistant.ask(JOCKEYS)
        assert not answer.abstained
        assert ("crc-opsc-mng-co-1", "3") in {(c.doc_id, c.paragraph) for c in answer.citations}
        assert uploader.uploaded_ids() == {"crc-opsc-mng-co-1"}
        time.sleep(0.5)  # let the askers see this version too

        with pytest.raises(NotAllowed, match="only added documents"):
            uploader.remove("crc-opsc-tjk-co-1")
        with pytest.raises(DocumentNotFound):
            uploader.remove("no-such-doc")
        uploader.remove("crc-opsc-mng-co-1")
    finally:
        stop.set()
        for t in askers:
            t.join(timeout=60)
    assert failures == []
    assert {False, True} <= {abstained for abstained, _ in seen}, "both versions were seen"
    for abstained, cited in seen:
        assert abstained == (not cited) and cited <= {"crc-opsc-mng-co-1"}

    # Gone from the store, the ingest state, the keyword index and the folder; the rest kept.
    store = build_store(indexed_settings)
    state = store.require_state()
    assert {d.id for d in store.documents(state)} == bundled
    assert all("uploads" not in key for key in state.files)
    assert set(assistant.corpus.docs) == bundled and assistant.version == state.version
    hits = assistant.selector.retriever.search(
        "jockeys herding Gobi", Filters(), None, use_dense=False
    )
    assert not any(h.key.startswith("crc-opsc-mng") for h in hits)
    assert assistant.ask(JOCKEYS).abstained
    assert list(indexed_settings.uploads_dir.iterdir()) == []


def _bad_files(folder: Path) -> list[tuple[Path, str]]:
    from tests.test_readers import _pdf_bytes

    folder.mkdir()
    pdf = _pdf_bytes("1. The Committee recommends that the State party act.")
    cases = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "truncated.pdf": (pdf[: len(pdf) // 3], "PDF"),
        "damaged.txt": (b"\xff\xfe" + "Mongolia".encode("utf-16-le") + b"\x00\xd8", "UTF-16"),
        "letter.docx": (b"Plain text saved as .docx", "zip archive"),
    }
    out = []
    for name, (data, reason) in cases.items():
        (folder / name).write_bytes(data)
        out.append((folder / name, reason))
    return out


def test_bad_files_are_named_and_nothing_is_written(
    indexed_settings: Settings, tmp_path: Path
) -> None:
    uploader = _uploader(indexed_settings)
    before = _version(indexed_settings)
    for path, reason in _bad_files(tmp_path / "bad"):
        with pytest.raises(IngestError) as err:
            uploader.preview(path)
        assert path.name in str(err.value) and reason.lower() in err.value.reason.lower()
        with pytest.raises(IngestError):
            uploader.add(path)
    assert _version(indexed_settings) == before
    assert not indexed_settings.uploads_dir.exists() or not any(
        indexed_settings.uploads_dir.iterdir()
    )


def test_a_document_already_in_the_index_is_refused(
    indexed_settings: Settings, tmp_path: Path, corpus_copy: Path
) -> None:
    uploader = _uploader(indexed_settings)
    copy = tmp_path / "tajikistan.txt"
    shutil.copyfile(corpus_copy / "crc-opsc-tjk-co-1_tajikistan_2017.txt", copy)
    preview = uploader.preview(copy)
    assert preview.conflicts and "already in the index" in preview.conflicts[0]
    before = _version(indexed_settings)
    with pytest.raises(IngestError, match="already in the index"):
        uploader.add(copy)
    assert _version(indexed_settings) == before


def test_a_later_ingest_keeps_added_documents(
    indexed_settings: Settings, tmp_path: Path, corpus_copy: Path
) -> None:
    """`rightsdesk ingest --reset` ingests the uploads folder too, corrections included."""
    from rightsdesk.app import build_ingestor, build_store

    _uploader(indexed_settings).add(_write_as(tmp_path, "txt"), MetaOverride(year=2022))
    paths = with_uploads([corpus_copy], indexed_settings.uploads_dir)
    assert paths == [corpus_copy, indexed_settings.uploads_dir]
    report = build_ingestor(indexed_settings).ingest(paths, reset=True)
    assert not report.errors
    store = build_store(indexed_settings)
    docs = {d.id: d for d in store.documents(store.require_state())}
    assert docs["crc-opsc-mng-co-1"].year == 2022 and "crc-opsc-tjk-co-1" in docs


def test_a_plan_takes_country_body_and_year_corrections(
    indexed_settings: Settings, corpus_copy: Path
) -> None:
    """A plan file gives one document per table, named from its tables: of the corrections
    only country, body and year apply (to every table)."""
    plan = corpus_copy / "tjk-npa-2018_national-plan-of-action.txt"
    preview = _uploader(indexed_settings).preview(
        plan, MetaOverride(country="Tadjikistan", year=2019, symbol="X/1", title="Mine")
    )
    assert preview.editable == {"country", "body", "year"}
    assert len(preview.documents) == 3 and sum(d.plan_rows for d in preview.documents) == 56
    for doc in preview.documents:
        assert (doc.country, doc.year, doc.symbol) == ("Tadjikistan", 2019, None)
        assert doc.body == "Government of Tadjikistan" and doc.title != "Mine"
    assert preview.conflicts  # the bundled plan is indexed already
