"""Prompt templates (plain text files) and their loader."""
