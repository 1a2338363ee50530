"""Command line: extract, regenerate, evaluate, review, schema. Errors are one line each, never a traceback.

`communique extract -` reads one document from standard input; `-o -` writes records to standard
output (a record's JSON for one input, JSON Lines for several). Errors always go to standard error.

Exit codes: 0 all good; 1 some inputs failed; 2 usage error; 3 every input failed;
4 evaluation below --min-f1; 130 interrupted (finished outputs kept, the next run resumes).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.planning import Blob

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED, EXIT_BELOW_THRESHOLD = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
STDIO = "-"
STDIN_NAME = "<stdin>"
DEFAULT_SAMPLES = Path("samples")
DEFAULT_OUTPUTS = Path("outputs")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
DASK_MISSING = "--scheduler needs Dask distributed: pip install 'communique[dask]'"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract press releases (files or folders) to JSON")
    extract.add_argument(
        "inputs",
        nargs="+",
        help="files, folders or http(s) URLs; - reads one document from standard input",
    )
    _add_run_options(extract)

    regenerate = commands.add_parser(
        "regenerate",
        help="rebuild the dataset (default: samples/ to outputs/), pruning records whose source is gone",
    )
    regenerate.add_argument("inputs", nargs="*", type=Path, default=[DEFAULT_SAMPLES])
    _add_run_options(regenerate)

    evaluate = commands.add_parser("evaluate", help="score predictions against gold files")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold files")
    evaluate.add_argument(
        "--pred",
        type=Path,
        default=None,
        help=(
            "folder of records to score; without it, the pipeline runs "
            "on each gold file's source (gold subfolders included)"
        ),
    )
    evaluate.add_argument(
        "--sources",
        type=Path,
        default=None,
        help="folder the gold's document.source paths are relative to (default: ., then ../shared)",
    )
    evaluate.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes when running the pipeline"
    )
    evaluate.add_argument(
        "--split",
        type=Path,
        default=None,
        help="split file (../shared/corpus/split.json): report tune and check documents side by side",
    )
    evaluate.add_argument("--json", type=Path, default=None, help="write the report as JSON here")
    evaluate.add_argument(
        "--html",
        type=Path,
        default=None,
        help="write the report as a web page here, with the review of each document in <name>-review/",
    )
    evaluate.add_argument("--min-f1", type=float, default=None, help="exit 4 when the soft micro-F1 is below")
    evaluate.add_argument(
        "--errors", action="store_true", help="list each document's misses and false alarms"
    )
    evaluate.add_argument(
        "--baseline",
        action="store_true",
        help="also score the bare model's NER on the gold documents' sources",
    )
    evaluate.add_argument(
        "--floors",
        type=Path,
        default=None,
        help="regression gate: exit 4 when a field falls below its floor in this file",
    )
    evaluate.add_argument(
        "--raise-floors",
        action="store_true",
        help="with --floors: raise the floors to the measured scores (never lowers them)",
    )

    review = commands.add_parser("review", help="write web pages showing each record's spans on its text")
    review.add_argument("folder", type=Path, help="folder of records (e.g. outputs)")
    review.add_argument(
        "-o", "--output", type=Path, default=None, help="folder for the pages (default: FOLDER/_review)"
    )
    review.add_argument(
        "--gold", type=Path, default=None, help="folder of gold files: mark misses and false alarms"
    )

    schema = commands.add_parser("schema", help="write the JSON Schema generated from the models")
    schema.add_argument("-o", "--output", type=Path, default=Path("schemas/communique.schema.json"))
    return parser


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o",
        "--output",
        type=_output_argument,
        default=DEFAULT_OUTPUTS,
        help="folder for one JSON per document (default: outputs); - writes to standard output",
    )
    command.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes, each loading the model once (default: 1)"
    )
    command.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run on a Dask cluster: tcp://host:8786, or local:N for N worker processes here "
        "(needs the dask extra)",
    )
    command.add_argument(
        "--jsonl", type=Path, default=None, help="also write the dataset as JSON Lines, one record per line"
    )
    command.add_argument("--force", action="store_true", help="redo inputs whose output is up to date")
    command.add_argument("--max-bytes", type=int, default=None, help="refuse inputs above this size")
    command.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (it is off anyway when stderr is not a terminal or CI is set)",
    )


def _output_argument(value: str) -> Path | str:
    """A folder, or "-" for standard output (tested before Path would turn "./-" into "-")."""
    return value if value == STDIO else Path(value)


def printable(text: str) -> str:
    """Control characters escaped (a newline in a file name must not split a one-line error)."""
    return CONTROL_CHARACTERS.sub(lambda match: repr(match.group())[1:-1], text)


def _check_run_options(args: argparse.Namespace, regenerate: bool) -> str | None:
    if args.output == STDIO and regenerate:
        return "regenerate keeps a dataset folder; use `communique extract ... -o -` for standard output"
    if args.output == STDIO and args.jsonl:
        return "--jsonl needs an output folder (with -o -, several records are JSON Lines already)"
    if args.inputs.count(STDIO) > 1:
        return "standard input (-) can be read only once"
    if args.jobs < 1:
        return "--jobs must be at least 1"
    if args.scheduler is not None:
        if args.output == STDIO:
            return "--scheduler needs an output folder: the workers write the records there"
        if args.jobs != 1:
            return "--jobs and --scheduler cannot be combined (--scheduler local:N runs N workers here)"
        from pipeline.scheduler import check_scheduler, dask_installed

        if not dask_installed():
            return DASK_MISSING
        problem = check_scheduler(args.scheduler)
        if problem:
            return problem
    if args.max_bytes is not None and args.max_bytes < 1:
        return "--max-bytes must be a positive number of bytes"
    env = os.environ.get("COMMUNIQUE_MAX_BYTES")
    if env is not None and not (env.isdigit() and int(env) > 0):
        return f"COMMUNIQUE_MAX_BYTES must be a positive number of bytes, not {env!r}"
    return None


def _read_stdin(limit: int | None) -> Blob:
    """The document on standard input, read up to one byte past the size limit (the reader refuses
    it then, as it would a large file)."""
    from pipeline.planning import Blob
    from pipeline.readers import max_bytes

    if sys.stdin is None:
        raise OSError(0, "standard input is closed", STDIN_NAME)
    if sys.stdin.isatty():
        print("communique: reading a document from standard input (end it with Ctrl-D)", file=sys.stderr)
    return Blob(STDIN_NAME, sys.stdin.buffer.read((limit or max_bytes()) + 1))


def _write_record(record: dict, lines: bool) -> None:
    """A record on standard output, as UTF-8: indented like a record file, or one JSON line."""
    import json

    from pipeline.assemble import dumps

    text = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n" if lines else dumps(record)
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _progress(total: int, disabled: bool):
    from tqdm import tqdm

    quiet = disabled or not sys.stderr.isatty() or bool(os.environ.get("CI"))
    return tqdm(total=total, unit="doc", disable=quiet, file=sys.stderr, dynamic_ncols=True)


def _outcomes(args: argparse.Namespace, paths: list, output: Path | None):
    """The run's outcomes as they come: from this machine's worker pool, or from a Dask cluster."""
    options = {"limit": args.max_bytes, "force": args.force}
    if args.scheduler is not None:
        from pipeline.distributed import process_iter as on_cluster

        return on_cluster(paths, output, args.scheduler, **options)
    from pipeline.process import process_iter

    return process_iter(paths, output, jobs=args.jobs, **options)


def _start_local_workers(scheduler: str) -> None:
    """`local:N`: the workers' fork server loads the model while this process imports and plans
    (1 to 2 s sooner to the first task); pipeline.distributed stops it at the end of the run."""
    from pipeline.scheduler import LOCAL, can_fork_workers, start_fork_server

    if LOCAL.fullmatch(scheduler) and can_fork_workers():
        start_fork_server()


def _stop_local_workers() -> None:
    """The run ends before its cluster: the server started early goes, unless a local cluster of this
    process (pipeline.distributed counts them) still forks from it."""
    on_cluster = sys.modules.get("pipeline.distributed")
    if on_cluster is not None:
        on_cluster.stop_unused_fork_server()
    else:
        from pipeline.scheduler import stop_fork_server

        stop_fork_server()


def _run_extraction(args: argparse.Namespace, regenerate: bool) -> int:
    """Extract, skipping up-to-date outputs; a manifest and (optionally) a JSONL file describe the run."""
    problem = _check_run_options(args, regenerate)
    if problem:
        print(f"communique: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler is not None:
        _start_local_workers(args.scheduler)

    from contextlib import closing

    from pipeline.dataset import RunLog, prune, write_jsonl, write_manifest
    from pipeline.fetch import is_url
    from pipeline.planning import iter_inputs

    to_stdout = args.output == STDIO
    output = None if to_stdout else args.output
    inputs = [_read_stdin(args.max_bytes) if i == STDIO else i if is_url(i) else Path(i) for i in args.inputs]
    paths = [p for p in iter_inputs(inputs) if not (regenerate and "gold" in p.parts)]
    if not paths:
        print("communique: no input files found", file=sys.stderr)
        if args.scheduler is not None:
            _stop_local_workers()
        return EXIT_USAGE
    log = RunLog(args.command, [str(p) for p in args.inputs], output or Path(), args.jobs, len(paths))
    log.scheduler = args.scheduler
    signal.signal(signal.SIGTERM, _raise_interrupt)
    interrupted = False
    with (
        _progress(len(paths), args.no_progress) as bar,
        closing(_outcomes(args, paths, output)) as outcomes,
    ):
        try:
            for outcome in outcomes:
                if outcome.record is not None:
                    _write_record(outcome.record, lines=len(paths) > 1)
                log.add(outcome)
                bar.update()
                if outcome.status == "failed":
                    bar.write(
                        f"communique: {printable(outcome.path)}: {printable(outcome.reason or '')}",
                        file=sys.stderr,
                    )
                elif outcome.warning:
                    bar.write(
                        f"communique: {printable(outcome.path)}: warning: {printable(outcome.warning)}",
                        file=sys.stderr,
                    )
        except KeyboardInterrupt:
            interrupted = True
        except BrokenPipeError:  # the reader of standard output is gone (`| head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_INTERRUPTED
    if to_stdout:
        print(_summary(log.counts, "standard output"), file=sys.stderr)
        if interrupted:
            print("communique: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        return _exit_code(log.counts)
    if not interrupted:
        produced = [Path(log.produced[str(p)]) for p in paths if str(p) in log.produced]
        if regenerate:
            for path in prune(args.output, {p.resolve() for p in produced}):
                print(f"communique: removed {path} (its source is gone or failed)", file=sys.stderr)
        if args.jsonl:
            write_jsonl(args.jsonl, produced)
    manifest = None
    if args.output.is_dir():
        try:
            manifest = write_manifest(log, interrupted, None if interrupted else args.jsonl)
        except OSError as error:
            if not any(
                f["reason"].startswith("cannot write output") for f in log.failures
            ):  # else already said
                print(
                    f"communique: {args.output}: cannot write the manifest ({error.strerror or error})",
                    file=sys.stderr,
                )
    summary = _summary(log.counts, f"{args.output}/")
    print(summary + (f" (manifest: {manifest})" if manifest else ""), file=sys.stderr)
    if interrupted:
        print("communique: interrupted; finished outputs are kept, run again to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    return _exit_code(log.counts)


def _summary(counts: dict[str, int], destination: str) -> str:
    return (
        f"{counts['written']} written, {counts['skipped']} up to date, "
        f"{counts['failed']} failed → {destination}"
    )


def _exit_code(counts: dict[str, int]) -> int:
    if counts["failed"] and not (counts["written"] or counts["skipped"]):
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED if counts["failed"] else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command in ("extract", "regenerate"):
            return _run_extraction(args, regenerate=args.command == "regenerate")
        if args.command == "schema":
            from pipeline.assemble import write_atomic
            from pipeline.schema import schema_text

            write_atomic(args.output, schema_text())
            print(f"wrote {args.output}", file=sys.stderr)
            return EXIT_OK
        if args.command == "review":
            from pipeline.review.site import run_review

            return run_review(args)
        if args.command == "evaluate":
            from pipeline.evaluate.command import run_evaluation

            return run_evaluation(args)
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:
        print(
            f"communique: {printable(str(error.filename or ''))}: {error.strerror or error}", file=sys.stderr
        )
        return EXIT_ALL_FAILED
    except Exception as error:  # never a traceback for users; COMMUNIQUE_DEBUG=1 shows it
        if os.environ.get("COMMUNIQUE_DEBUG"):
            raise
        print(f"communique: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ALL_FAILED
    return EXIT_USAGE


def run() -> None:
    """The `communique` command: main(), then an immediate exit. By then every output is written,
    synced and renamed, and the worker pool is shut down; skipping the interpreter's teardown,
    which frees the model's and the vocabularies' millions of objects one by one, saves about
    half a second a run (a sixth of the start-up budget)."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)
