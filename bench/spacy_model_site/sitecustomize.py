"""Bench only: make every Python process started with this folder on PYTHONPATH load another spaCy pipeline.

bench/spacy_models.py compares pipelines on measurements that build through the ``storyline`` CLI in
a subprocess (bench/events_eval.py, bench/probe_eval.py --invented). Those processes cannot be handed
the pipeline as an argument, so the comparison puts this folder first on PYTHONPATH and names the
pipeline (an installed package name or a model folder) in STORYLINE_BENCH_SPACY_MODEL; Python imports
this module at start-up and sets ``storyline.events.extract.MODEL`` before anything loads the model.
Nothing here runs unless that variable is set, and nothing in src/ or the tests uses it.
"""
from __future__ import annotations

import os

_MODEL = os.environ.get("STORYLINE_BENCH_SPACY_MODEL")
if _MODEL:
    import storyline.events.extract as _extract

    _extract.MODEL = _MODEL
