"""The `rightsdesk` command: a thin shell over the library (see DESIGN.md's contract).

Errors of ours become one line on stderr and exit 1; usage errors exit 2 (typer's own);
anything unexpected is logged with its traceback and shown as a plain sentence.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from rightsdesk.errors import RightsDeskError
from rightsdesk.settings import BUNDLED_CORPUS, Settings, configure_offline

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Ask questions of UN human-rights documents; answers quote and cite paragraphs.",
)
log = logging.getLogger("rightsdesk")
T = TypeVar("T")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@contextmanager
def _boundary() -> Iterator[None]:
    """Translate errors into one line and an exit code."""
    try:
        yield
    except RightsDeskError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


def _settings() -> Settings:
    configure_offline()
    return Settings()


def _print_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False))


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details.")] = False,
) -> None:
    """Rights Desk."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders; default: the bundled corpus.")
    ] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Rebuild from scratch.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Parse, embed and store documents (unchanged files cost nothing)."""
    from rightsdesk.console import ingest_progress, print_ingest_report

    with _boundary():
        settings = _settings()
        from ingest.upload import with_uploads
        from rightsdesk.app import build_ingestor

        targets = with_uploads(paths or [BUNDLED_CORPUS], settings.uploads_dir)
        with ingest_progress(enabled=not as_json) as progress:
            report = build_ingestor(settings, progress).ingest(targets, reset=reset)
        if as_json:
            _print_json(report.model_dump())
        else:
            print_ingest_report(report)
        if report.errors:
            raise typer.Exit(1)


@app.command()
def docs(as_json: JsonFlag = False) -> None:
    """List the ingested documents with their paragraph counts."""
    from rightsdesk.console import document_summaries

    with _boundary():
        settings = _settings()
        from rightsdesk.app import build_store

        store = build_store(settings)
        rows = document_summaries(store.documents(store.require_state()))
        if as_json:
            _print_json(rows)
        else:
            for r in rows:
                recs = f"+{r['recommendations']} recs" if r["recommendations"] else ""
                typer.echo(
                    f"{r['id']:<22} {r['paragraphs']:>4} {recs:<10} {r['country']:<13} "
                    f"{r['year'] or '':<5} {r['title'][:80]}"
                )


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, e.g. crc-opsc-tjk-co-1.")],
    paragraph: Annotated[
        str | None, typer.Argument(help="Paragraph or plan row number, e.g. 24 or 33(b).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Print one paragraph, or every paragraph of a document (JSON lines with --json)."""
    from rightsdesk.console import unit_records

    with _boundary():
        settings = _settings()
        from rightsdesk.app import build_store

        store = build_store(settings)
        for rec in unit_records(store.documents(store.require_state()), doc_id, paragraph):
            if as_json:
                _print_json(rec)
            else:
                typer.echo(f"{rec['reference']}\n{rec['text']}\n")


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question.")] = None,
    batch: Annotated[
        Path | None, typer.Option("--batch", help="JSONL file: one question a line.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="Only this country.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document id.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Answer a question (or a batch) with quoted, cited paragraphs."""
    if (question is None) == (batch is None):
        typer.echo("error: give a QUESTION or --batch FILE (not both)", err=True)
        raise typer.Exit(2)
    from assistant.contract import answer_json, read_batch, render_text

    with _boundary():
        settings = _settings()
        from rightsdesk.app import build_assistant

        assistant = build_assistant(settings)
        if batch is not None:
            for item in read_batch(batch):
                ans = assistant.ask(
                    item.question, item.turns, country=country, doc_id=doc, qid=item.id
                )
                _print_json(answer_json(ans)) if as_json else typer.echo(render_text(ans) + "\n")
            return
        assert question is not None
        ans = assistant.ask(question, [], country=country, doc_id=doc)
        _print_json(answer_json(ans)) if as_json else typer.echo(render_text(ans))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
) -> None:
    """Start the Gradio chat."""
    with _boundary():
        settings = _settings()
        from rightsdesk.web.server import run

        run(settings, host=host, port=port)


@app.command()
def feedback(as_json: JsonFlag = False) -> None:
    """Print the feedback given on answers in the web app (JSON lines with --json)."""
    with _boundary():
        from rightsdesk.web.conversations import ConversationStore

        for fb in ConversationStore.beside(_settings().data_dir).feedback():
            if as_json:
                _print_json(fb.model_dump(mode="json"))
            else:
                comment = f" ({fb.comment})" if fb.comment else ""
                refs = ", ".join(c.reference or c.paragraph for c in fb.citations)
                typer.echo(f"{fb.created:%Y-%m-%d} {fb.rating}{comment}: {fb.question} [{refs}]")


@app.command(name="eval")
def eval_(
    as_json: JsonFlag = False,
    out: Annotated[Path, typer.Option(help="Folder for the report files.")] = Path("evals/report"),
    skip_baselines: Annotated[
        bool, typer.Option("--skip-baselines", help="Only Rights Desk.")
    ] = False,
) -> None:
    """Run the evaluation suite and its gate (exit 1 when a threshold is missed)."""
    with _boundary():
        settings = _settings()
        from evals.runner import run_suite

        passed = run_suite(
            settings, out=out, as_json=as_json, baselines=not skip_baselines, echo=typer.echo
        )
        if not passed:
            raise typer.Exit(1)


@app.command()
def tune(
    write: Annotated[
        bool, typer.Option("--write", help="Save the best constants as the model's config.")
    ] = False,
) -> None:
    """Set the evidence-selection constants on the dev split of the gold set (never test)."""
    with _boundary():
        settings = _settings()
        from evals.tune import run_tune

        run_tune(settings, write=write, echo=typer.echo)


@app.command()
def bench(
    as_json: JsonFlag = False,
    quick: Annotated[bool, typer.Option("--quick", help="Bundled corpus only.")] = False,
    out: Annotated[Path, typer.Option(help="Folder for the results.")] = Path("bench/results"),
    sizes: Annotated[
        str, typer.Option(help="Scale corpora, as multiples of the bundled one: 10,100,1000.")
    ] = "10,100",
    modes: Annotated[
        str, typer.Option(help="Stores measured at scale: embedded, server or both.")
    ] = "embedded,server",
    keep: Annotated[
        Path | None,
        typer.Option(
            help="Build the indexes in this folder and keep them (e.g. for `evals.soak --store`)."
        ),
    ] = None,
) -> None:
    """Measure ingest, start-up and query cost (and scale, unless --quick)."""
    with _boundary():
        settings = _settings()
        from evals.bench import run_bench

        try:
            factors = [int(x) for x in sizes.split(",") if x.strip()]
        except ValueError:
            raise typer.BadParameter("--sizes takes whole numbers, e.g. 10,100") from None
        chosen = [m.strip() for m in modes.split(",") if m.strip()]
        if any(f < 2 for f in factors) or not set(chosen) <= {"embedded", "server"}:
            raise typer.BadParameter("--sizes above 1; --modes from embedded,server")
        run_bench(
            settings,
            quick=quick,
            out=out,
            as_json=as_json,
            echo=typer.echo,
            sizes=factors,
            modes=chosen,
            keep=keep,
        )


def run_guarded(fn: Callable[[], T]) -> T:
    """Run a callable, logging an unexpected error and exiting 1 with a plain message."""
    try:
        return fn()
    except (typer.Exit, SystemExit):
        raise
    except Exception:
        log.error("unexpected error", exc_info=log.isEnabledFor(logging.INFO))
        typer.echo(
            "error: something went wrong; run with --verbose and see the log above.", err=True
        )
        raise SystemExit(1) from None


def entry() -> None:
    """Console-script entry point."""
    run_guarded(app)
