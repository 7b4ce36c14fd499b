"""Rights Desk: ask questions of UN human-rights documents, answered with cited paragraphs."""

__version__ = "0.1.0"
