"""The ``policy-assistant`` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING

from assistant.models import AnswerResult, Clause, SearchHit, page_label
from assistant.settings import SEARCH_K_LIMIT, Settings, get_settings

if TYPE_CHECKING:
    from assistant.incentives import MatchResult
    from assistant.service import Assistant


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit code 2."""


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _load(settings: Settings) -> Assistant:
    from assistant.service import Assistant

    return Assistant.load(settings)


def hit_text(rank: int, hit: SearchHit, *, score: bool = True) -> str:
    """A search hit as the terminal shows it: rank, id, score, the last two headings, the text."""
    shown = f" {hit.score:.4f} " if score else " "
    return f"{rank}. [{hit.clause_id}]{shown} {' › '.join(hit.title_path[-2:])}\n   " + hit.text.replace("\n", "\n   ")


def clause_text(clause: Clause, today: date) -> str:
    """A clause as the terminal shows it: path, id and level, document, departments, period, text."""
    lines = [" › ".join(clause.title_path), f"[{clause.clause_id}]  {clause.level}  {page_label(clause.pages)}"]
    if clause.doc_title:
        lines.append(f"文件：{clause.doc_title}" + (f"（{clause.doc_number}）" if clause.doc_number else ""))
    if clause.responsible_units:
        lines.append("责任单位：" + "、".join(clause.responsible_units))
    if clause.valid_from or clause.valid_until:
        state = "（已到期）" if clause.expired(today) else ""
        lines.append(f"有效期：{clause.valid_from or '…'} 至 {clause.valid_until or '…'}{state}")
    lines.append(f"原文位置：{clause.source_span[0]}–{clause.source_span[1]}")
    return "\n".join(lines) + "\n\n" + clause.text


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant

    _print_summary(Assistant.ingest(settings, with_index=not args.no_index))
    return 0


def _print_summary(clauses: list[Clause]) -> None:
    lengths = [len(c.text) for c in clauses]
    parts = Counter(c.title_path[0] if c.title_path else "" for c in clauses)
    levels = Counter(c.level for c in clauses)
    print(f"{len(clauses)} clauses; median length {median(lengths):.0f} characters, longest {max(lengths)}")
    for part, count in parts.items():
        print(f"  {part}: {count}")
    print("  levels: " + "，".join(f"{k} {v}" for k, v in levels.most_common()))
    with_units = sum(1 for c in clauses if c.responsible_units)
    with_period = sum(1 for c in clauses if c.valid_until)
    print(f"  with responsible units: {with_units}; with a stated period: {with_period}")


def cmd_clauses(args: argparse.Namespace, settings: Settings) -> int:
    for clause in _load(settings).clauses():
        if args.json:
            _print_json(clause.model_dump(mode="json"))
        else:
            print(f"{clause.clause_id:<28} {clause.text.replace(chr(10), ' ')[:60]}")
    return 0


def cmd_clause(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import UnknownClauseError

    try:
        clause = _load(settings).clause(args.clause_id)
    except UnknownClauseError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        _print_json(clause.model_dump(mode="json"))
    else:
        print(clause_text(clause, settings.today))
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


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import RequestError

    if args.k is not None and not (1 <= args.k <= SEARCH_K_LIMIT):
        raise CommandError(f"--k must be between 1 and {SEARCH_K_LIMIT}")
    if bool(args.question) == bool(args.jsonl):
        raise CommandError("give a QUESTION or --jsonl FILE")
    assistant = _load(settings)
    try:
        filters = assistant.search_filters(args.level or [], args.doc, args.current)
    except RequestError as exc:
        raise CommandError(str(exc)) from None
    items = _read_jsonl(args.jsonl) if args.jsonl else [{"question": " ".join(args.question)}]
    for item in items:
        try:
            result = assistant.search(item["question"], k=args.k, filters=filters)
        except RequestError as exc:
            if not args.jsonl:
                raise CommandError(str(exc)) from None
            _print_json({**_id_of(item), "query": item["question"], "results": [], "error": str(exc)})
            continue
        if args.json or args.jsonl:
            _print_json({**_id_of(item), **result.model_dump(mode="json")})
            continue
        print(f"? {result.query}")
        for rank, hit in enumerate(result.results, 1):
            print(hit_text(rank, hit))
    return 0


def _id_of(item: dict) -> dict:
    """A batch line's "id", first in its output object."""
    return {"id": item["id"]} if "id" in item else {}


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


def print_answer(result: AnswerResult) -> None:
    print(result.answer)
    if result.citations:
        print()
        for c in result.citations:
            path = " › ".join(c.title_path[-2:])
            doc = f"《{c.doc_title}》" if c.doc_title and c.doc_title not in path else ""
            shown = [path, doc, c.page_label(result.lang)]
            print(f"[{c.marker}] {'  '.join(s for s in shown if s)}  ({c.clause_id})")
    for warning in result.warnings:
        print(f"! {warning}")
    if result.draft:
        print("\n—— 热线答复草稿 ——\n" + result.draft)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import QuestionError

    if bool(args.question) == bool(args.jsonl):
        raise CommandError("give a QUESTION or --jsonl FILE")
    assistant = _load(settings)
    if args.jsonl:
        for item in _read_jsonl(args.jsonl):
            try:
                answer = assistant.ask(item["question"], item.get("history") or [], draft=args.draft)
            except QuestionError as exc:
                _print_json({**_id_of(item), "question": item["question"], "error": str(exc)})
                continue
            _print_json({**_id_of(item), **answer.model_dump(mode="json")})
        return 0
    try:
        result = assistant.ask(" ".join(args.question), _load_history(args.history), draft=args.draft)
    except QuestionError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        _print_json(result.model_dump(mode="json"))
    else:
        print_answer(result)
    return 0


def cmd_calc_list(args: argparse.Namespace, settings: Settings) -> int:
    for item in _load(settings).calculators():
        if args.json:
            _print_json(item.model_dump(mode="json"))
        else:
            print(f"{item.name:<34} {item.title}  ({', '.join(item.input_schema['properties'])})")
    return 0


def cmd_calc_run(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import CalculatorError, UnknownCalculatorError

    try:
        inputs = json.loads(args.args)
    except ValueError as exc:
        raise CommandError(f"--args is not JSON ({exc.args[0]})") from None
    try:
        calc = _load(settings).calculate(args.name, inputs)
    except (CalculatorError, UnknownCalculatorError) as exc:
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
    count, problems = _load(settings).check_calculators(args.file)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{count} calculators; each fits its kind and every parameter is quoted from its clause")
    return 0


STATUS_ZH = {"eligible": "符合", "not_eligible": "不符合", "unknown": "待确认"}
PER_ZH = {"once": "一次性", "year": "每年"}


def _yuan(low: str, high: str) -> str:
    return f"{low} 元" if low == high else f"{low}–{high} 元"


def print_match(result: MatchResult, *, show_all: bool = False) -> None:
    """A match as the terminal shows it: one line per provision, grouped by level, with its conditions,
    the questions to ask, and the totals with the no-stacking rules applied."""
    print(f"政策匹配（{result.today}）：{result.profile.get('name', '项目')}")
    level = None
    for item in result.provisions:
        if item.status == "not_eligible" and not show_all:
            continue
        if item.level != level:
            level = item.level
            print(f"\n【{level}】")
        if item.amount is not None:
            cost = "，费用" if item.amount.kind == "cost" else ""
            money = f"{_yuan(item.amount.low, item.amount.high)}（{PER_ZH[item.amount.per]}{cost}）"
        else:
            money = item.grant or ("金额待定" if item.amount_note else "")
        flags = "（已到期 " + str(item.valid_until) + "）" if item.expired else ""
        flags += f"（与同组就高，不计入合计：{item.excluded_by}）" if item.excluded_by else ""
        print(f"  [{STATUS_ZH[item.status]}] {item.title}  {money}{flags}")
        print(f"      依据：{'、'.join(item.clause_ids)}" + (f"；责任单位：{'、'.join(item.departments)}" if item.departments else ""))
        for condition in item.conditions:
            mark = {True: "✓", False: "✗", None: "?"}[condition.met]
            print(f"      {mark} {condition.text}〔{condition.clause_id}：“{condition.quote}”〕")
        for question in item.ask:
            print(f"      需确认：{question}")
    totals = result.totals
    once, year = _yuan(totals.once.low, totals.once.high), _yuan(totals.year.low, totals.year.high)
    print(f"\n合计（符合条件、未到期、不重复享受）：一次性 {once}；每年 {year}")
    for group in totals.groups:
        print(f"  就高不重复：保留 {group.kept}，不计 {'、'.join(group.dropped)}〔{group.clause_id}：“{group.quote}”〕")
    if totals.expired_left_out:
        print(f"  已到期未计入：{'、'.join(totals.expired_left_out)}")
    print("以上金额依据本版政策指南测算，请以责任单位确认为准。")


def cmd_match(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.incentives.profile import profile_schema
    from assistant.service import ProfileError

    if args.schema:
        _print_json(profile_schema())
        return 0
    if not args.profile:
        raise CommandError("give --profile FILE (a JSON project profile; --schema prints its fields)")
    try:
        text = sys.stdin.read() if args.profile == "-" else Path(args.profile).read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read the profile {args.profile}: {exc.strerror or exc}") from None
    from assistant.incentives import parse_profile

    try:
        profile = parse_profile(text)
    except ProfileError as exc:
        raise CommandError(f"{args.profile}: {exc}") from None
    assistant = _load(settings)
    result = assistant.match(profile)
    if args.json:
        _print_json(result.model_dump(mode="json"))
    else:
        print_match(result, show_all=args.all)
    for fmt, target in (("html", args.html), ("pdf", args.pdf)):
        if target is None:
            continue
        report = assistant.match_report(profile, fmt=fmt, lang=args.lang)
        try:
            if isinstance(report, bytes):
                target.write_bytes(report)
            else:
                target.write_text(report, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write the report {target}: {exc.strerror or exc}") from None
        print(f"wrote the {fmt.upper()} report to {target}", file=sys.stderr)
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
    # forwarding headers are honoured only from PA_TRUSTED_PROXIES, inside the app (uvicorn's own
    # default trusts X-Forwarded-For from 127.0.0.1, which let a local client rotate its address)
    from assistant.request_limits import header_deadline_protocol

    uvicorn.run(
        create_app(settings), host=host, port=port, log_level="info", workers=1, proxy_headers=False,
        http=header_deadline_protocol(settings.header_timeout), timeout_keep_alive=5,
    )  # fmt: skip
    return 0


def cmd_ui(args: argparse.Namespace, settings: Settings) -> int:
    from policy_assistant_ui.app import launch

    launch(settings, host=args.host or settings.ui_host, port=args.port or settings.ui_port)
    return 0


def cmd_llm_server(args: argparse.Namespace, settings: Settings) -> int:
    """The local test model (pinned, verified) behind llama.cpp's OpenAI-compatible server."""
    from assistant.local_model import MODEL_NAME, LocalModelError, LocalModelServer, prepare

    try:
        model = prepare()
        if args.prepare_only:
            print(model)
            return 0
        server = LocalModelServer(model, port=args.port, host=args.host, threads=args.threads)
        print(f"starting the model server on {server.base_url} …", file=sys.stderr)
        with server:
            print(
                "ready. Point the assistant at it with:\n"
                f"  export PA_LLM=openai PA_LLM_BASE_URL={server.base_url} PA_LLM_MODEL={MODEL_NAME}\n"
                "Ctrl-C stops it.",
                file=sys.stderr,
            )
            assert server.process is not None
            return server.process.wait()
    except LocalModelError as exc:
        raise CommandError(str(exc)) from exc


def cmd_feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    text = _load(settings).export_feedback(args.format, args.kind)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"feedback written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_shell(args: argparse.Namespace, settings: Settings) -> int:
    """An interactive prompt: type a question, see the clauses that answer it."""
    from assistant.service import QuestionError, UnknownClauseError

    assistant = _load(settings)
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
                k = max(1, min(SEARCH_K_LIMIT, int(line[2:].strip())))
            except ValueError:
                print("usage: :k N")
            continue
        if line.startswith(":clause"):
            try:
                print(clause_text(assistant.clause(line[7:]), settings.today))
            except UnknownClauseError as exc:
                print(exc)
            continue
        try:
            result = assistant.search(line, k=k)
        except QuestionError as exc:
            print(exc)
            continue
        for rank, hit in enumerate(result.results, 1):
            print(hit_text(rank, hit, score=False))


def cmd_eval_run(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluation.dataset import DatasetError, load_dataset
    from assistant.evaluation.report import markdown
    from assistant.evaluation.runner import run_eval, save_run
    try:
        items = load_dataset(args.dataset)
    except DatasetError as exc:
        raise CommandError(f"{exc} (check it with `policy-assistant eval check-dataset`)") from None
    assistant = _load(settings)
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

    assistant = _load(settings)
    problems = check_dataset(args.dataset, assistant.clauses(), assistant.guide_text())
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
    p.add_argument("--k", type=int, help=f"how many clauses (1-{SEARCH_K_LIMIT}; default PA_SEARCH_K)")
    p.add_argument("--json", action="store_true", help="print the GUIDE.md search-result JSON")
    p.add_argument("--jsonl", metavar="FILE", help='batch: one {"question", "id"} object per line; "-" for stdin')
    p.add_argument("--level", action="append", help="only this policy level (国家级/自治区级/市级/旗级); repeatable")
    p.add_argument("--doc", help="only clauses of documents whose title contains this")
    p.add_argument("--current", action="store_true", help="only clauses whose stated period has not ended")
    p.set_defaults(func=cmd_search)

    evaluate = sub.add_parser("eval", help="citation-accuracy evaluation").add_subparsers(dest="eval_command", required=True)
    p = evaluate.add_parser("run", help="run a dataset and write results and reports")
    p.add_argument("--dataset", type=Path, required=True)
    p.add_argument("--mode", choices=["search", "ask", "match"], default="search")
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

    p = sub.add_parser("match", help="match a project profile against the guide's incentives")
    p.add_argument("--profile", metavar="FILE", help='a JSON project profile ("-" for stdin)')
    p.add_argument("--json", action="store_true", help="print the GUIDE.md incentive-match JSON")
    p.add_argument("--all", action="store_true", help="also list the provisions whose conditions are not met")
    p.add_argument("--schema", action="store_true", help="print the profile's JSON Schema and exit")
    p.add_argument("--html", type=Path, metavar="FILE", help="also write the printable HTML report here")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="also write the PDF report here")
    p.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the report's labels (default zh)")
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("serve", help="run the HTTP API (FastAPI)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("ui", help="run the chat page (Gradio)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("llm-server", help="serve the local test model (Qwen2.5-Coder-1.5B, from PyPI) on loopback")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--threads", type=int, default=2, help="CPU threads for generation")
    p.add_argument("--prepare-only", action="store_true", help="obtain and verify the model and the server, then exit")
    p.set_defaults(func=cmd_llm_server)

    fb = sub.add_parser("feedback", help="the feedback store").add_subparsers(dest="feedback_command", required=True)
    p = fb.add_parser("export", help="export the verdicts and the tickets logged for answers that did not help")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--kind", choices=["feedback", "ticket", "all"], default="all", help="only verdicts, only tickets, or both")
    p.add_argument("--out", help="write to this file instead of stdout")
    p.set_defaults(func=cmd_feedback_export)

    p = sub.add_parser("shell", help="interactive prompt over the guide")
    p.add_argument("--k", type=int, help="clauses per question (default PA_SEARCH_K)")
    p.set_defaults(func=cmd_shell)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from assistant.service import CorpusMissingError, IndexProblem

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
