"""The ``policy-assistant`` command."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from statistics import median

from assistant.corpus import Corpus, CorpusMissingError, UnknownClauseError, clauses_to_jsonl, load_clauses, write_atomic
from assistant.settings import Settings, get_settings


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit code 2."""


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def load_corpus(settings: Settings) -> Corpus:
    """The ingested clauses; ingests first when there are none yet."""
    try:
        return Corpus(load_clauses(settings.clauses_path))
    except CorpusMissingError:
        ingest(settings, quiet=True)
        return Corpus(load_clauses(settings.clauses_path))


def ingest(settings: Settings, *, quiet: bool = False, with_index: bool = True) -> Corpus:
    """Parse the guide, write the clauses, and build the search index."""
    started = time.perf_counter()
    if not quiet:
        print(f"Parsing {settings.guide_path} …", file=sys.stderr)
    corpus = Corpus.from_guide(settings.guide_path)
    write_atomic(settings.clauses_path, clauses_to_jsonl(corpus.clauses))
    if not quiet:
        print(f"{len(corpus)} clauses written to {settings.clauses_path}", file=sys.stderr)
    if with_index:
        from assistant.index import build_index

        build_index(corpus, settings, progress=not quiet)
    if not quiet:
        print(f"Ingest finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return corpus


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    corpus = ingest(settings, with_index=not args.no_index)
    _print_summary(corpus)
    return 0


def _print_summary(corpus: Corpus) -> None:
    lengths = [len(c.text) for c in corpus.clauses]
    parts = Counter(c.title_path[0] if c.title_path else "" for c in corpus.clauses)
    levels = Counter(c.level for c in corpus.clauses)
    print(f"{len(corpus)} clauses; median length {median(lengths):.0f} characters, longest {max(lengths)}")
    for part, count in parts.items():
        print(f"  {part}: {count}")
    print("  levels: " + "，".join(f"{k} {v}" for k, v in levels.most_common()))
    print("  with responsible units: %d; with a stated period: %d" % (
        sum(1 for c in corpus.clauses if c.responsible_units),
        sum(1 for c in corpus.clauses if c.valid_until),
    ))


def cmd_clauses(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(settings)
    if args.json:
        sys.stdout.write(clauses_to_jsonl(corpus.clauses))
        return 0
    for clause in corpus.clauses:
        head = clause.text.replace("\n", " ")
        print(f"{clause.clause_id:<28} {head[:60]}")
    return 0


def cmd_clause(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(settings)
    try:
        clause = corpus.get(args.clause_id)
    except UnknownClauseError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        _print_json(clause.model_dump(mode="json"))
        return 0
    print(" › ".join(clause.title_path))
    print(f"[{clause.clause_id}]  {clause.level}")
    if clause.doc_title:
        print(f"文件：{clause.doc_title}" + (f"（{clause.doc_number}）" if clause.doc_number else ""))
    if clause.responsible_units:
        print("责任单位：" + "、".join(clause.responsible_units))
    if clause.valid_from or clause.valid_until:
        state = "（已到期）" if clause.expired(settings.today) else ""
        print(f"有效期：{clause.valid_from or '…'} 至 {clause.valid_until or '…'}{state}")
    print(f"原文位置：{clause.source_span[0]}–{clause.source_span[1]}")
    print()
    print(clause.text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-assistant",
        description="Ask the Ejin Horo investment-policy guide: clauses, search, answers with citations.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="parse the guide and build the index under PA_DATA_DIR")
    p.add_argument("--no-index", action="store_true", help="write the clauses only")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("clauses", help="list every clause in document order")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_clauses)

    p = sub.add_parser("clause", help="show one clause with its path and metadata")
    p.add_argument("clause_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_clause)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args, get_settings()))
    except (CommandError, CorpusMissingError, FileNotFoundError) as exc:
        print(f"policy-assistant: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `policy-assistant clauses | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
