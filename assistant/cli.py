"""The ``policy-assistant`` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from statistics import median

from assistant.guide.corpus import (
    Corpus,
    CorpusMissingError,
    UnknownClauseError,
    clauses_to_jsonl,
)
from assistant.search.index import IndexProblem
from assistant.search.ingest import ingest, load_corpus
from assistant.settings import Settings, get_settings


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit code 2."""


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


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
    with_units = sum(1 for c in corpus.clauses if c.responsible_units)
    with_period = sum(1 for c in corpus.clauses if c.valid_until)
    print(f"  with responsible units: {with_units}; with a stated period: {with_period}")


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


def _read_jsonl(path: str) -> list[dict]:
    """Batch input: one JSON object with at least "question" per line ("-" reads stdin)."""
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    items = []
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise CommandError(f"{path}:{number}: not JSON ({exc.args[0]})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("question"), str):
                raise CommandError(f'{path}:{number}: each line needs a "question" string')
            items.append(obj)
    return items


def _search_filters(args: argparse.Namespace, settings: Settings):
    from assistant.search.retrieval import SearchFilters, canonical_level

    try:
        levels = tuple(canonical_level(level) for level in (args.level or []))
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return SearchFilters(levels=levels, doc_title=args.doc, valid_on=settings.today if args.current else None)


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant

    if not (1 <= args.k <= 50):
        raise CommandError("--k must be between 1 and 50")
    if bool(args.question) == bool(args.jsonl):
        raise CommandError("give a QUESTION or --jsonl FILE")
    assistant = Assistant.load(settings)
    filters = _search_filters(args, settings)
    items = _read_jsonl(args.jsonl) if args.jsonl else [{"question": " ".join(args.question)}]
    for item in items:
        try:
            result = assistant.search(item["question"], k=args.k, filters=filters)
        except ValueError as exc:
            if not args.jsonl:
                raise CommandError(str(exc)) from None
            result = {"query": item["question"], "results": [], "error": str(exc)}
        if "id" in item:
            result = {"id": item["id"], **result}
        if args.json or args.jsonl:
            _print_json(result)
            continue
        print(f"? {result['query']}")
        for rank, hit in enumerate(result["results"], 1):
            print(f"{rank}. [{hit['clause_id']}] {hit['score']:.4f}  {' › '.join(hit['title_path'][-2:])}")
            print("   " + hit["text"].replace("\n", "\n   "))
    return 0


def _load_history(path: str | None) -> list[dict[str, str]]:
    if not path:
        return []
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read the history {path}: {exc}") from None
    if not isinstance(data, list):
        raise CommandError(f'{path}: the history is a JSON list of {{"role", "content"}} turns')
    return data


def print_answer(result: dict) -> None:
    print(result["answer"])
    if result["citations"]:
        print()
        for c in result["citations"]:
            doc = f"《{c['doc_title']}》" if c.get("doc_title") else ""
            print(f"[{c['marker']}] {c['clause_id']}  {' › '.join(c['title_path'][-2:])} {doc}")
    for warning in result["warnings"]:
        print(f"! {warning['kind']}: {warning['detail']}")
    if result.get("draft"):
        print("\n—— 热线答复草稿 ——\n" + result["draft"])


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant, QuestionError

    if bool(args.question) == bool(args.jsonl):
        raise CommandError("give a QUESTION or --jsonl FILE")
    assistant = Assistant.load(settings)
    if args.jsonl:
        for item in _read_jsonl(args.jsonl):
            try:
                result = assistant.ask(item["question"], item.get("history") or [], draft=args.draft)
            except QuestionError as exc:
                result = {"question": item["question"], "error": str(exc)}
            if "id" in item:
                result = {"id": item["id"], **result}
            _print_json(result)
        return 0
    try:
        result = assistant.ask(" ".join(args.question), _load_history(args.history), draft=args.draft)
    except QuestionError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        _print_json(result)
    else:
        print_answer(result)
    return 0


def cmd_calc_list(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.calculators import default_catalogue

    described = default_catalogue().describe()
    if args.json:
        for item in described:
            _print_json(item)
        return 0
    for item in described:
        inputs = ", ".join(item["input_schema"]["properties"])
        print(f"{item['name']:<34} {item['title']}  ({inputs})")
    return 0


def cmd_calc_run(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.calculators import CalculatorError, default_catalogue

    try:
        inputs = json.loads(args.args)
    except ValueError as exc:
        raise CommandError(f"--args is not JSON ({exc.args[0]})") from None
    try:
        calc = default_catalogue().run(args.name, inputs)
    except CalculatorError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        _print_json(calc.model_dump(mode="json"))
        return 0
    result = calc.result if isinstance(calc.result, str) else f"{calc.result['low']}–{calc.result['high']}"
    print(f"{result} {calc.unit}")
    for step in calc.steps:
        print(f"  {step}")
    print("  依据：" + "、".join(calc.clause_ids))
    return 0


def cmd_calc_check(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.calculators.catalogue import Catalogue
    from assistant.calculators.check import check_catalogue

    catalogue = Catalogue.load(args.file) if args.file else Catalogue.load()
    problems = check_catalogue(catalogue, load_corpus(settings))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{len(catalogue.specs)} calculators; each fits its kind and every parameter is quoted from its clause")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from assistant.api import create_app

    host = args.host or settings.api_host
    port = args.port or settings.api_port
    if settings.embed_workers == 0:  # a server serves many at once: one engine per core
        import os

        settings = settings.model_copy(update={"embed_workers": min(os.cpu_count() or 1, 4)})
    print(f"Serving the API on http://{host}:{port} (OpenAPI at /docs)", file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", workers=1)
    return 0


def cmd_ui(args: argparse.Namespace, settings: Settings) -> int:
    from policy_assistant_ui.app import launch

    launch(settings, host=args.host or settings.ui_host, port=args.port or settings.ui_port)
    return 0


def cmd_feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.feedback import FeedbackStore, feedback_path

    text = FeedbackStore(feedback_path(settings.data_dir)).export(args.format)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"feedback written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_shell(args: argparse.Namespace, settings: Settings) -> int:
    """An interactive prompt: type a question, see the clauses that answer it."""
    from assistant.service import Assistant, QuestionError

    assistant = Assistant.load(settings)
    k = args.k
    print("伊金霍洛旗投资政策助手 — type a question (中文 or English); :k N, :clause ID, :quit")
    while True:
        try:
            line = input("? ").strip()
        except EOFError:
            print()
            return 0
        if not line:
            continue
        if line in (":q", ":quit", ":exit"):
            return 0
        if line.startswith(":k"):
            try:
                k = max(1, min(50, int(line[2:].strip())))
            except ValueError:
                print("usage: :k N")
            continue
        if line.startswith(":clause"):
            try:
                clause = assistant.retriever.corpus.get(line[7:].strip())
            except UnknownClauseError as exc:
                print(exc)
                continue
            print(" › ".join(clause.title_path) + "\n" + clause.text)
            continue
        try:
            result = assistant.search(line, k=k)
        except QuestionError as exc:
            print(exc)
            continue
        for rank, hit in enumerate(result["results"], 1):
            print(f"{rank}. [{hit['clause_id']}] {' › '.join(hit['title_path'][-2:])}")
            print("   " + hit["text"].replace("\n", "\n   "))


def cmd_eval_run(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluation.dataset import DatasetError, load_dataset
    from assistant.evaluation.report import markdown
    from assistant.evaluation.runner import run_eval, save_run
    from assistant.service import Assistant

    try:
        items = load_dataset(args.dataset)
    except DatasetError as exc:
        raise CommandError(f"{exc} (check it with `policy-assistant eval check-dataset`)") from None
    assistant = Assistant.load(settings)
    try:
        rows = run_eval(items, assistant, mode=args.mode, k=args.k)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    report = save_run(rows, args.out, mode=args.mode, dataset=args.dataset, k=args.k)
    print(markdown(report))
    print(f"Results and reports written to {args.out}/ (results.jsonl, report.json, report.md, report.html)")
    return 0


def cmd_eval_compare(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluation.compare import compare_runs, comparison_markdown

    result = compare_runs(args.run_a, args.run_b)
    text = comparison_markdown(result)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


def cmd_eval_check(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluation.check import check_dataset
    from assistant.guide.corpus import read_guide

    corpus = load_corpus(settings)
    problems = check_dataset(args.dataset, corpus.clauses, read_guide(settings.guide_path))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.dataset}", file=sys.stderr)
        return 1
    count = sum(1 for line in args.dataset.read_text(encoding="utf-8").splitlines() if line.strip())
    print(f"{args.dataset}: {count} items, all sound")
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

    p = sub.add_parser("search", help="find the clauses that answer a question")
    p.add_argument("question", nargs="*", help="the question (Chinese or English)")
    p.add_argument("--k", type=int, default=5, help="how many clauses (1-50, default 5)")
    p.add_argument("--json", action="store_true", help="print the GUIDE.md search-result JSON")
    p.add_argument("--jsonl", metavar="FILE", help='batch: one {"question", "id"} object per line; "-" for stdin')
    p.add_argument("--level", action="append", help="only this policy level (国家级/自治区级/市级/旗级); repeatable")
    p.add_argument("--doc", help="only clauses of documents whose title contains this")
    p.add_argument("--current", action="store_true", help="only clauses whose stated period has not ended")
    p.set_defaults(func=cmd_search)

    evaluate = sub.add_parser("eval", help="citation-accuracy evaluation").add_subparsers(dest="eval_command", required=True)
    p = evaluate.add_parser("run", help="run a dataset and write results and reports")
    p.add_argument("--dataset", type=Path, required=True)
    p.add_argument("--mode", choices=["search", "ask"], default="search")
    p.add_argument("--k", type=int, default=10, help="clauses retrieved per question (default 10)")
    p.add_argument("--out", type=Path, required=True, help="directory for results.jsonl and the reports")
    p.set_defaults(func=cmd_eval_run)
    p = evaluate.add_parser("compare", help="per-metric deltas and flipped items of two runs")
    p.add_argument("run_a", type=Path)
    p.add_argument("run_b", type=Path)
    p.add_argument("--out", type=Path, help="also write the comparison as Markdown here")
    p.set_defaults(func=cmd_eval_compare)
    p = evaluate.add_parser("check-dataset", help="validate a dataset against the guide")
    p.add_argument("dataset", type=Path)
    p.set_defaults(func=cmd_eval_check)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question", nargs="*")
    p.add_argument("--json", action="store_true", help="print the GUIDE.md answer JSON")
    p.add_argument("--draft", action="store_true", help="also write a formal hotline reply draft")
    p.add_argument("--history", metavar="FILE", help='previous turns: a JSON list of {"role", "content"}')
    p.add_argument("--jsonl", metavar="FILE", help='batch: one {"question", "id", "history"} object per line')
    p.set_defaults(func=cmd_ask)

    calc = sub.add_parser("calc", help="deterministic calculators").add_subparsers(dest="calc_command", required=True)
    p = calc.add_parser("list", help="the calculators with their input schemas")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_calc_list)
    p = calc.add_parser("run", help="run one calculator")
    p.add_argument("name")
    p.add_argument("--args", required=True, help='inputs as JSON, e.g. \'{"quantity": "200亩"}\'')
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_calc_run)
    p = calc.add_parser("check", help="prove every parameter is quoted from its clause")
    p.add_argument("--file", type=Path, help="a calculators JSON file (default corpus/calculators.json)")
    p.set_defaults(func=cmd_calc_check)

    p = sub.add_parser("serve", help="run the HTTP API (FastAPI)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("ui", help="run the chat page (Gradio)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_ui)

    fb = sub.add_parser("feedback", help="the feedback store").add_subparsers(dest="feedback_command", required=True)
    p = fb.add_parser("export", help="export all feedback")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out", help="write to this file instead of stdout")
    p.set_defaults(func=cmd_feedback_export)

    p = sub.add_parser("shell", help="interactive prompt over the guide")
    p.add_argument("--k", type=int, default=3)
    p.set_defaults(func=cmd_shell)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args, get_settings()))
    except (CommandError, CorpusMissingError, FileNotFoundError, IndexProblem) as exc:
        print(f"policy-assistant: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `policy-assistant clauses | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
