"""`python -m rightsdesk` runs the CLI."""

from rightsdesk.cli import entry

entry()
