"""Evaluation: the gold set, metrics, baselines, report and gate; and the benchmark."""
