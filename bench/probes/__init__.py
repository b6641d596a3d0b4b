"""Invented probe suites for the event extractor, run by bench/probe_eval.py (development sets, not blind)."""
