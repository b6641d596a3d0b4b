"""Cleaning: turn raw page text into an article body and say what was removed and why."""
