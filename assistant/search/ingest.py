"""Ingest: parse the guide into clauses and build the search index in a new snapshot, then switch
to it atomically. Also loads the ingested clauses, ingesting first when there are none."""

from __future__ import annotations

import shutil
import sys
import time

from assistant.guide.corpus import Corpus, CorpusMissingError, clauses_to_jsonl, load_clauses, write_atomic
from assistant.settings import Settings


def load_corpus(settings: Settings) -> Corpus:
    """The ingested clauses; ingests first when there are none yet."""
    try:
        return Corpus(load_clauses(settings.clauses_path))
    except CorpusMissingError:
        ingest(settings)
        return Corpus(load_clauses(settings.clauses_path))


def ingest(settings: Settings, *, quiet: bool = False, with_index: bool = True) -> Corpus:
    """Parse the guide, write the clauses and build the search index into a new snapshot, then
    switch to it atomically: a crash part-way leaves the previous index in service."""
    from assistant.search.index import build_index, new_snapshot, publish

    started = time.perf_counter()
    if not quiet:
        print(f"Parsing {settings.guide_path} …", file=sys.stderr)
    corpus = Corpus.from_guide(settings.guide_path)
    snapshot = new_snapshot(settings)
    try:
        write_atomic(snapshot / "clauses.jsonl", clauses_to_jsonl(corpus.clauses))
        if not quiet:
            print(f"{len(corpus)} clauses written to {snapshot / 'clauses.jsonl'}", file=sys.stderr)
        index = build_index(corpus, settings, progress=not quiet, snapshot=snapshot) if with_index else None
    except BaseException:
        shutil.rmtree(snapshot, ignore_errors=True)
        raise
    publish(settings, corpus, snapshot, index)
    if not quiet:
        print(f"Ingest finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return corpus
