"""Ingestion: read files, clean extraction noise, parse structure into typed records."""
