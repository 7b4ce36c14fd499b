"""Evaluation metrics: retrieval (LlamaIndex's), citations, ALCE support, answers, latency.

Pure functions over plain values (unit keys `doc_id::number`, texts, answers); nothing here
runs a system, loads a model or reads a file. Conventions, also stated in the report:
- retrieval metrics are computed at k=10 on the ranked units, windows collapsed first;
- citation recall is averaged over answerable questions (an abstention scores 0); citation
  precision over answerable questions that cite something;
- ALCE support (Gao et al. 2023): a statement is supported when its citations together
  support it (citation recall); a citation is precise when the statement is supported and
  the citation either supports it alone or is needed by the others (citation precision).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from llama_index.core.evaluation.retrieval.metrics import MRR, NDCG, HitRate, Recall

from assistant.text import normalise_space
from vectorstore.nodes import unit_key

K = 10
Judge = Callable[[str, str], bool]  # (statement, passage) -> does the passage support it?
RETRIEVAL = ("hit_rate", "recall_at_10", "mrr", "ndcg_at_10")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_PAREN = re.compile(r"\((?:[^()]|\([^()]*\))*\)")  # one level of nesting: "(X (OPSC), row 8)"
_SUB = re.compile(r"\s*\([a-z]{1,4}\)$")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2019": "'", "\u2018": "'"})


def collapse(ids: Sequence[str]) -> list[str]:
    """Window ids (`doc::num#w1`) to unit keys, first occurrence kept, order preserved."""
    return list(dict.fromkeys(unit_key(i) for i in ids))


def retrieval_scores(
    expected: Sequence[str], retrieved: Sequence[str], k: int = K
) -> dict[str, float]:
    """Hit rate, recall, MRR and nDCG over the top k units, with LlamaIndex's metric classes."""
    got = collapse(retrieved)[:k]
    exp = list(dict.fromkeys(expected))
    if not got or not exp:  # LlamaIndex's metrics refuse empty lists; nothing retrieved scores 0
        return dict.fromkeys(RETRIEVAL, 0.0)
    metrics = zip(RETRIEVAL, (HitRate(), Recall(), MRR(), NDCG()), strict=True)
    return {
        name: float(m.compute(expected_ids=exp, retrieved_ids=got).score or 0.0)
        for name, m in metrics
    }


def citation_recall(must: Sequence[str], cited: Sequence[str]) -> float | None:
    """Share of the required units that were cited (None when nothing is required)."""
    if not must:
        return None
    return len(set(must) & set(cited)) / len(set(must))


def citation_precision(
    must: Sequence[str], may: Sequence[str], cited: Sequence[str]
) -> float | None:
    """Share of the cited units that are required or allowed (None when nothing is cited)."""
    if not cited:
        return None
    ok = set(must) | set(may)
    return sum(1 for c in set(cited) if c in ok) / len(set(cited))


def unverifiable_quotes(quotes: Mapping[str, Sequence[str]], texts: Mapping[str, str]) -> list[str]:
    """Quotes not found verbatim (up to whitespace) in the unit they cite, as `key: quote`."""
    bad = []
    for key, qs in quotes.items():
        text = normalise_space(texts.get(key, ""))
        bad += [f"{key}: {q[:80]}" for q in qs if not text or normalise_space(q) not in text]
    return bad


def invalid_citations(
    cited: Sequence[str], retrieved: Sequence[str], texts: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """(cited units that do not exist, existing cited units that were not retrieved)."""
    got = set(collapse(retrieved))
    missing = [c for c in dict.fromkeys(cited) if c not in texts]
    not_retrieved = [c for c in dict.fromkeys(cited) if c in texts and c not in got]
    return missing, not_retrieved


@dataclass(frozen=True)
class Statement:
    """One claim of an answer and the units it cites."""

    text: str
    cites: tuple[str, ...]


def _refs_in(paren: str, refs: Mapping[str, str]) -> list[str]:
    """Unit keys named in a parenthetical like `(CRC/C/OPSC/TJK/CO/1, para. 24 (b); ...)`."""
    parts = [_SUB.sub("", p.strip()) for p in paren[1:-1].split(";")]
    return [refs[p] for p in parts if p in refs]


def statements(text: str, cited: Sequence[str], refs: Mapping[str, str]) -> list[Statement]:
    """The claims of an answer with their citations.

    Citations are `[n]` markers (the n-th cited unit) and parenthesised references
    (`refs` maps "CRC/C/OPSC/TJK/CO/1, para. 24" to its key). A statement ends at its
    references; heading lines (`**...`) and lead-in lines ending in ':' are not claims.
    """
    out: list[Statement] = []
    blocks: list[str] = []
    for raw in text.splitlines():  # a bullet's quote may run over several lines
        line = raw.strip()
        if blocks and blocks[-1].startswith("- ") and line and not line.startswith(("- ", "**")):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    for block in blocks:
        line = block.removeprefix("- ").strip()
        if not line or line.startswith("**") or line.endswith(":"):
            continue
        start = 0
        pieces: list[tuple[str, list[str]]] = []
        for m in _PAREN.finditer(line):
            keys = _refs_in(m.group(0), refs)
            if keys:
                pieces.append((line[start : m.start()], keys))
                start = m.end()
        tail = line[start:].strip(" .;")
        if tail:
            pieces += [(s, []) for s in _SENT.split(line[start:]) if s.strip(" .;")]
        for body, keys in pieces:
            marks = [cited[int(n) - 1] for n in _MARKER.findall(body) if 0 < int(n) <= len(cited)]
            claim = _MARKER.sub(" ", body).replace("\u201c", "").replace("\u201d", "")
            claim = normalise_space(claim).strip(" :;")
            if claim:
                out.append(Statement(claim, tuple(dict.fromkeys(marks + keys))))
    return out


def alce_support(
    stmts: Sequence[Statement], texts: Mapping[str, str], judge: Judge
) -> tuple[float | None, float | None, list[str]]:
    """(citation recall, citation precision, unsupported statements) of one answer, ALCE style."""
    if not stmts:
        return None, None, []
    supported = precise = n_cites = 0
    unsupported = []

    def joined(keys: Sequence[str]) -> str:
        return "\n".join(texts.get(k, "") for k in keys)

    for st in stmts:
        n_cites += len(st.cites)
        if not st.cites or not judge(st.text, joined(st.cites)):
            unsupported.append(st.text[:120])
            continue
        supported += 1
        if len(st.cites) == 1:
            precise += 1
            continue
        for c in st.cites:
            alone = judge(st.text, texts.get(c, ""))
            rest = [k for k in st.cites if k != c]
            precise += alone or not judge(st.text, joined(rest))
    return supported / len(stmts), (precise / n_cites if n_cites else None), unsupported


def _norm(text: str) -> str:
    return normalise_space(text.translate(_DASHES)).lower()


def missing_facts(facts: Sequence[str], answer: str) -> list[str]:
    """Key facts absent from the answer (case, whitespace, dashes and quotes ignored)."""
    low = _norm(answer)
    return [f for f in facts if _norm(f) not in low]


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100), linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def mean(values: Sequence[float | None]) -> float | None:
    """Mean of the values that are not None (None when there are none)."""
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


def calibrate(scores: Sequence[tuple[float, bool]], default: float) -> tuple[float, float]:
    """The support threshold agreeing best with labelled (score, supported) pairs, and its agreement.

    Every threshold in (s_i-1, s_i] between consecutive observed scores judges the pairs alike;
    the default is kept when it agrees best, otherwise the middle of the best interval nearest
    to it is taken (the widest margin on both sides).
    """
    if not scores:
        return default, 0.0

    def agreement(t: float) -> float:
        return sum((s >= t) == ok for s, ok in scores) / len(scores)

    cuts = sorted({s for s, _ in scores})
    spans = [(cuts[i - 1] if i else min(0.0, c), c) for i, c in enumerate(cuts)]
    best = max(agreement(hi) for _, hi in spans)
    if agreement(default) >= best:
        return default, agreement(default)
    lo, hi = min(
        (sp for sp in spans if agreement(sp[1]) == best),
        key=lambda sp: min(abs(default - sp[0]), abs(default - sp[1])),
    )
    return (lo + hi) / 2 if lo < hi else hi, best


@dataclass
class QuestionScore:
    """Every per-question number and what was missed, for one system."""

    qid: str
    qtype: str
    answerable: bool
    abstained: bool
    latency_ms: float
    retrieval: dict[str, float] = field(default_factory=dict)  # answerable questions only
    citation_recall: float | None = None
    citation_precision: float | None = None
    support_recall: float | None = None
    support_precision: float | None = None
    key_facts: float | None = None
    missed: list[str] = field(default_factory=list)  # required, not cited
    not_found: list[str] = field(default_factory=list)  # required, not even retrieved
    extra: list[str] = field(default_factory=list)  # cited, neither required nor allowed
    facts_missing: list[str] = field(default_factory=list)
    bad_quotes: list[str] = field(default_factory=list)
    nonexistent: list[str] = field(default_factory=list)
    not_retrieved: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


def score_question(
    *,
    qid: str,
    qtype: str,
    answerable: bool,
    must: Sequence[str],
    may: Sequence[str],
    facts: Sequence[str],
    retrieved: Sequence[str],
    cited: Sequence[str],
    quotes: Mapping[str, Sequence[str]],
    abstained: bool,
    text: str,
    latency_ms: float,
    texts: Mapping[str, str],
    refs: Mapping[str, str],
    judge: Judge,
) -> QuestionScore:
    """Score one system's output for one gold question."""
    markers = list(cited)  # `[n]` counts citations as listed, repeats included
    cited = list(dict.fromkeys(cited))
    s = QuestionScore(qid, qtype, answerable, abstained, latency_ms)
    s.nonexistent, s.not_retrieved = invalid_citations(cited, retrieved, texts)
    s.bad_quotes = unverifiable_quotes(quotes, texts)
    if not abstained:
        s.support_recall, s.support_precision, s.unsupported = alce_support(
            statements(text, markers, refs), texts, judge
        )
    if not answerable:
        return s
    s.retrieval = retrieval_scores(must, retrieved)
    s.citation_recall = citation_recall(must, cited) or 0.0
    s.citation_precision = citation_precision(must, may, cited)
    s.missed = [k for k in must if k not in cited]
    top = set(collapse(retrieved))
    s.not_found = [k for k in s.missed if k not in top]
    s.extra = [k for k in cited if k not in set(must) | set(may)]
    s.facts_missing = missing_facts(facts, text)
    s.key_facts = 1 - len(s.facts_missing) / len(facts) if facts else None
    return s


def summarise(scores: Sequence[QuestionScore]) -> dict[str, float | None]:
    """Every metric of one system over the gold set (names as in the report)."""
    ans = [s for s in scores if s.answerable]
    una = [s for s in scores if not s.answerable]
    out: dict[str, float | None] = {
        name: mean([s.retrieval[name] for s in ans if s.retrieval]) for name in RETRIEVAL
    }
    lat = [s.latency_ms for s in scores]
    out |= {
        "citation_recall": mean([s.citation_recall for s in ans]),
        "citation_precision": mean([s.citation_precision for s in ans]),
        "unverifiable_quotes": float(sum(len(s.bad_quotes) for s in scores)),
        "cited_nonexistent": float(sum(len(s.nonexistent) for s in scores)),
        "cited_not_retrieved": float(sum(len(s.not_retrieved) for s in scores)),
        "support_recall": mean([s.support_recall for s in scores]),
        "support_precision": mean([s.support_precision for s in scores]),
        "key_fact_coverage": mean([s.key_facts for s in ans]),
        "abstention_accuracy": mean([float(s.abstained) for s in una]),
        "false_abstention_rate": mean([float(s.abstained) for s in ans]),
        "latency_p50_ms": percentile(lat, 50),
        "latency_p95_ms": percentile(lat, 95),
    }
    return out


def by_type(scores: Sequence[QuestionScore]) -> dict[str, float | None]:
    """Citation recall per question type (abstention accuracy for unanswerable questions)."""
    types: dict[str, list[float | None]] = {}
    for s in scores:
        types.setdefault(s.qtype, []).append(
            s.citation_recall if s.answerable else float(s.abstained)
        )
    return {t: mean(v) for t, v in sorted(types.items())}
