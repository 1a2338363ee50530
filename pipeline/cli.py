"""Command line: extract, regenerate, evaluate, schema. Errors are one line each, never a traceback.

Exit codes: 0 all good; 1 some inputs failed; 2 usage error; 3 every input failed;
4 evaluation below --min-f1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED, EXIT_BELOW_THRESHOLD = 0, 1, 2, 3, 4
DEFAULT_SAMPLES = Path("samples")
DEFAULT_OUTPUTS = Path("outputs")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract press releases (files or folders) to JSON")
    extract.add_argument("inputs", nargs="+", type=Path)
    extract.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUTS)
    extract.add_argument("--max-bytes", type=int, default=None, help="refuse inputs above this size")

    regenerate = commands.add_parser("regenerate", help="rebuild the dataset (default: samples/ to outputs/)")
    regenerate.add_argument("inputs", nargs="*", type=Path, default=[DEFAULT_SAMPLES])
    regenerate.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUTS)
    regenerate.add_argument("--max-bytes", type=int, default=None)

    evaluate = commands.add_parser("evaluate", help="score predictions against gold files")
    evaluate.add_argument("--gold", type=Path, required=True)
    evaluate.add_argument("--pred", type=Path, required=True)
    evaluate.add_argument("--json", type=Path, default=None, help="write the report as JSON here")
    evaluate.add_argument("--min-f1", type=float, default=None, help="exit 4 when the soft micro-F1 is below")
    evaluate.add_argument("--errors", action="store_true", help="list each document's misses and false alarms")
    evaluate.add_argument("--baseline", action="store_true", help="also score the bare model's NER on the gold documents' sources")

    schema = commands.add_parser("schema", help="write the JSON Schema generated from the models")
    schema.add_argument("-o", "--output", type=Path, default=Path("schemas/communique.schema.json"))
    return parser


def _run_extraction(inputs: list[Path], output: Path, max_bytes: int | None, skip_gold: bool) -> int:
    from pipeline.process import iter_inputs, process

    paths = [p for p in iter_inputs(inputs) if not (skip_gold and "gold" in p.parts)]
    if not paths:
        print("communique: no input files found", file=sys.stderr)
        return EXIT_USAGE

    def show(outcome) -> None:
        if outcome.status == "failed":
            print(f"communique: {outcome.path}: {outcome.reason}", file=sys.stderr)

    outcomes = process(paths, output, limit=max_bytes, on_outcome=show)
    failed = sum(o.status == "failed" for o in outcomes)
    written = sum(o.status == "written" for o in outcomes)
    print(f"{written} written, {failed} failed → {output}/", file=sys.stderr)
    if failed and not written:
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED if failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command in ("extract", "regenerate"):
            return _run_extraction(args.inputs, args.output, args.max_bytes, skip_gold=args.command == "regenerate")
        if args.command == "schema":
            from pipeline.assemble import write_atomic
            from pipeline.schema import schema_text

            write_atomic(args.output, schema_text())
            print(f"wrote {args.output}", file=sys.stderr)
            return EXIT_OK
        if args.command == "evaluate":
            from pipeline.evaluate import run_evaluation

            return run_evaluation(args.gold, args.pred, args.json, args.min_f1, args.errors, args.baseline)
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"communique: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ALL_FAILED
    except Exception as error:  # never a traceback for users; COMMUNIQUE_DEBUG=1 shows it
        if os.environ.get("COMMUNIQUE_DEBUG"):
            raise
        print(f"communique: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ALL_FAILED
    return EXIT_USAGE
