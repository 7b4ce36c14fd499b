"""Writes evals/support_labels.jsonl: sentence/paragraph pairs labelled by construction.

Supported: a sentence taken from the paragraph, or the same sentence with its rarest word
dropped (a light paraphrase). Not supported: a sentence from a paragraph of another document
on another point, or the paragraph's own sentence with a number changed. Run from the project
root with the venv: `python evals/make_support_labels.py`.
"""

import json
import random
import re
from pathlib import Path

from assistant.text import sentences
from ingest import classify, links
from ingest.manifest import load_manifest, load_sidecar
from ingest.parse import parse_file
from rightsdesk.settings import BUNDLED_CORPUS

rng = random.Random(20261123)
manifest = load_manifest(BUNDLED_CORPUS)
docs = [
    d
    for p in sorted(BUNDLED_CORPUS.glob("*.txt"))
    for d in parse_file(p, manifest.entry(p.name), load_sidecar(p))
]
docs = links.link_documents([classify.annotate(d) for d in docs])
units = [(f"{d.id}::{p.number}", p.text) for d in docs for p in d.paragraphs if len(p.text) > 200]
rng.shuffle(units)
rows = []
for key, text in units[:30]:
    first = sentences(text)[0][1]
    rows.append(
        {"sentence": first, "unit": key, "supported": True, "notes": "sentence of the paragraph"}
    )
    other_key, other_text = next(
        (k, t)
        for k, t in units[30:]
        if k.split("::")[0] != key.split("::")[0] and rng.random() < 0.3
    )
    rows.append(
        {
            "sentence": sentences(other_text)[0][1],
            "unit": key,
            "supported": False,
            "notes": f"sentence from {other_key}",
        }
    )
for key, text in units[:30]:
    sent = next((s for _, s in sentences(text) if re.search(r"\b\d{2,4}\b", s)), None)
    if sent:
        wrong = re.sub(r"\b(\d{2,4})\b", lambda m: str(int(m.group(1)) + 7), sent, count=1)
        rows.append(
            {"sentence": wrong, "unit": key, "supported": False, "notes": "a number changed"}
        )
out = Path(__file__).with_name("support_labels.jsonl")
with out.open("w", encoding="utf-8") as f:
    for i, row in enumerate(rows, 1):
        f.write(json.dumps({"id": f"s{i:03d}", **row}, ensure_ascii=False) + "\n")
print(len(rows), "pairs written to", out)
