"""Does the Russian glossary cover the corpus? Every frequent English content term, checked.

`python scripts/glossary_coverage.py [--min-units 3] [PATH ...]` parses the documents (the bundled
corpus by default; no index, no model), counts in how many units (paragraphs and plan rows) each
English content term (an English stem, as the keyword search and topic matching see it) occurs,
and lists the frequent ones the glossary gives no Russian word for, most frequent first. Terms
the corpus never writes in lower case (acronyms such as MoES, names such as Tajikistan) are left
out: they are written the same way in a Russian question, or come from the country table.
`tests/test_russian.py` asserts the share covered.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.russian import glossary  # noqa: E402
from assistant.text import STOPWORDS, stem, words  # noqa: E402
from ingest.manifest import load_manifest, load_sidecar  # noqa: E402
from ingest.parse import parse_file  # noqa: E402
from rightsdesk.domain import Document  # noqa: E402
from rightsdesk.settings import BUNDLED_CORPUS  # noqa: E402


def documents(folder: Path = BUNDLED_CORPUS) -> list[Document]:
    """The documents of a folder of .txt files, parsed as ingest parses them."""
    manifest = load_manifest(folder)
    return [
        d
        for p in sorted(folder.glob("*.txt"))
        for d in parse_file(p, manifest.entry(p.name), load_sidecar(p))
    ]


def frequent_terms(docs: Iterable[Document], min_units: int = 3) -> dict[str, tuple[int, str]]:
    """English stem -> (units it occurs in, its commonest written form), for the content terms
    in at least `min_units` units that the corpus also writes in lower case."""
    units: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    lower: set[str] = set()
    for d in docs:
        for u in (*d.paragraphs, *d.rows):
            seen = set()
            for w in words(u.text):
                lw = w.lower()
                if lw in STOPWORDS or len(lw) < 3 or not lw.isalpha():
                    continue
                s = stem(lw)
                seen.add(s)
                forms.setdefault(s, Counter())[lw] += 1
                if w == lw:
                    lower.add(s)
            units.update(seen)
    return {
        s: (n, forms[s].most_common(1)[0][0])
        for s, n in units.most_common()
        if n >= min_units and s in lower
    }


def glossary_stems() -> set[str]:
    """The English stems the glossary's entries translate into."""
    g = glossary()
    values = [*g.english.values(), *g.forms.values(), *g.acronyms.values()]
    values += g.abbreviations.values()
    return {stem(w.lower()) for v in values for part in v.split("|") for w in words(part)}


def coverage(docs: Iterable[Document], min_units: int = 3) -> tuple[float, list[tuple[str, int]]]:
    """Share of the frequent terms the glossary covers, and the missing ones (form, units)."""
    terms = frequent_terms(docs, min_units)
    have = glossary_stems()
    missing = [(form, n) for s, (n, form) in terms.items() if s not in have]
    return (1 - len(missing) / len(terms) if terms else 1.0), missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[BUNDLED_CORPUS])
    parser.add_argument("--min-units", type=int, default=3)
    args = parser.parse_args(argv)
    docs = [d for p in args.paths for d in documents(p)]
    share, missing = coverage(docs, args.min_units)
    total = len(frequent_terms(docs, args.min_units))
    print(f"{total} terms in >= {args.min_units} units; glossary covers {share:.3f}")
    for form, n in missing:
        print(f"  missing: {form} ({n} units)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
