"""Command line: ``briefing run | extract | eval`` (also ``python -m briefing``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence


def _parse_param_value(raw: str) -> object:
    """Read a ``-p NAME VALUE`` value as papermill does: YAML scalars (numbers, booleans), else text."""
    import yaml

    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw
    return value if isinstance(value, (int, float, bool, str)) or value is None else raw


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``briefing`` command."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of news articles about a violent incident into a briefing.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run",
        help="execute the briefing notebook with papermill and export HTML, PDF, facts.csv, summary.json",
    )
    run.add_argument("articles", nargs="?", help="articles folder or glob (default: seeds/)")
    run.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="notebook parameter, as in papermill (repeatable)",
    )
    run.add_argument("-f", "--parameters-file", action="append", default=[], metavar="PARAMS.yaml",
                     help="YAML file of notebook parameters, as in papermill (repeatable)")
    run.add_argument("--out", metavar="DIR", help="output folder (default: outputs/<incident-slug>/)")
    run.add_argument("--notebook", metavar="NB", help="notebook to execute (default: the briefing notebook)")
    run.add_argument("--no-pdf", action="store_true", help="skip the PDF (HTML only)")
    run.add_argument("--timeout", type=int, default=600, help="per-cell timeout in seconds")

    ext = sub.add_parser("extract", help="extract per-document figures from a JSON Lines file")
    ext.add_argument("input", metavar="IN.jsonl")
    ext.add_argument("-o", "--output", metavar="OUT.jsonl", required=True)

    ev = sub.add_parser("eval", help="score extraction against a gold JSON Lines file")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--misses", type=int, default=0, metavar="N", help="list N misses per field")
    ev.add_argument("--field", action="append", default=[], help="only these fields (repeatable)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        from .extract import extract_jsonl

        count = extract_jsonl(args.input, args.output)
        print(f"extracted {count} documents → {args.output}", file=sys.stderr)
        return 0
    if args.command == "eval":
        from .evaluate import run_cli

        return run_cli(args.gold, as_json=args.json, misses=args.misses, fields=args.field or None)
    if args.command == "run":
        from .export import BriefingError, run_briefing

        params: dict[str, object] = {}
        try:
            import yaml

            for path in args.parameters_file:
                loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
                if not isinstance(loaded, dict):
                    raise BriefingError(f"{path}: a parameters file must hold a YAML mapping")
                params.update(loaded)
            for name, raw in args.parameter:
                params[name] = _parse_param_value(raw)
            if args.articles:
                params["articles"] = args.articles
            result = run_briefing(
                params,
                out_dir=args.out,
                notebook=args.notebook,
                pdf=not args.no_pdf,
                timeout=args.timeout,
            )
        except BriefingError as err:
            print(f"briefing: {err}", file=sys.stderr)
            return 2
        for line in result.report_lines():
            print(line)
        return result.exit_code
    return 2  # pragma: no cover - argparse enforces the choices


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
