"""`communique evaluate`: load, predict if asked, score, print the tables, write the report, gate.

The exit status says what happened: 0 scored, 2 bad input (no gold, a malformed gold file, no
floors file), 4 a regression (below --min-f1 or below a floor).
"""

from __future__ import annotations

import argparse
import json
import sys

from pipeline.evaluate import evaluate, split_reports
from pipeline.evaluate.baseline import baseline_predictions, entity_scores
from pipeline.evaluate.floors import check_floors, gold_sha256, raise_floors
from pipeline.evaluate.matching import LABELS
from pipeline.evaluate.records import load_gold_tree, load_records, predict_from_sources, source_roots


def format_table(report: dict) -> str:
    strict, soft = report["modes"]["strict"], report["modes"]["soft"]
    lines = [f"{'field':<24} {'strict P':>8} {'R':>6} {'F1':>6}   {'soft P':>8} {'R':>6} {'F1':>6}  {'n':>4}"]
    for name, s in strict["fields"].items():
        f = soft["fields"][name]
        support = f["tp"] + f["fn"]
        lines.append(
            f"{name:<24} {s['precision']:>8.3f} {s['recall']:>6.3f} "
            f"{s['f1']:>6.3f}   {f['precision']:>8.3f} {f['recall']:>6.3f} "
            f"{f['f1']:>6.3f}  {support:>4}"
        )
    lines.append(
        f"{'micro':<24} {strict['micro']['precision']:>8.3f} {strict['micro']['recall']:>6.3f} "
        f"{strict['micro']['f1']:>6.3f}   {soft['micro']['precision']:>8.3f} "
        f"{soft['micro']['recall']:>6.3f} {soft['micro']['f1']:>6.3f}"
    )
    lines.append(f"{'macro F1':<24} {strict['macro_f1']:>22.3f}   {soft['macro_f1']:>22.3f}")
    lines.append(
        f"{'whole-record accuracy':<24} {strict['whole_record_accuracy']:>22.3f} "
        f"  {soft['whole_record_accuracy']:>22.3f}"
    )
    lines.append(
        f"documents: {report['documents']}"
        + (
            f"; missing predictions: {', '.join(report['missing_predictions'])}"
            if report["missing_predictions"]
            else ""
        )
    )
    return "\n".join(lines)


def format_errors(report: dict, mode: str = "soft") -> str:
    lines = []
    for doc_id, modes in sorted(report["per_document"].items()):
        data = modes[mode]
        lines.append(f"{doc_id}  F1 {data['f1']:.3f}")
        for name, errors in data["errors"].items():
            if errors["misses"]:
                lines.append(f"  {name:<22} missed: {'; '.join(map(str, errors['misses']))[:300]}")
            if errors["false_alarms"]:
                lines.append(
                    f"  {name:<22} false alarms: {'; '.join(map(str, errors['false_alarms']))[:300]}"
                )
    return "\n".join(lines)


def run_evaluation(args: argparse.Namespace) -> int:
    """`communique evaluate`: score --pred against --gold, or run the pipeline on the gold's sources."""
    try:
        gold = load_gold_tree(args.gold) if args.pred is None else load_records(args.gold, gold=True)
        pred = load_records(args.pred) if args.pred is not None else None
    except ValueError as error:
        print(f"communique: {error}", file=sys.stderr)
        return 2
    if not gold:
        print(f"communique: {args.gold}: no gold files", file=sys.stderr)
        return 2
    roots = source_roots(args.sources)
    if pred is None:
        pred, absent = predict_from_sources(gold, roots, args.jobs)
        if absent:
            print(
                (
                    f"communique: {len(absent)} of {len(gold)} gold documents "
                    f"have no source under {', '.join(map(str, roots))}; "
                    "they are left out"
                ),
                file=sys.stderr,
            )
            gold = {k: v for k, v in gold.items() if k not in absent}
        if not gold:
            return 2
    from pipeline.diagnostics import corpus_diagnostics, format_diagnostics, format_split_table

    report = evaluate(gold, pred)
    report["diagnostics"] = corpus_diagnostics(gold, pred)
    print(format_table(report))
    print()
    print(format_diagnostics(report["diagnostics"]))
    if args.split:
        try:
            report["split"] = split_reports(gold, pred, args.split)
        except ValueError as error:
            print(f"communique: {error}", file=sys.stderr)
            return 2
        print()
        print(format_split_table(report["split"]))
    if args.baseline:
        bare = baseline_predictions(gold, roots)
        ours = entity_scores(gold, {k: v for k, v in pred.items() if k in bare})
        theirs = entity_scores(gold, bare)
        report["baseline"] = {"documents": len(bare), "ours": ours, "bare_model": theirs}
        print(
            f"\nentity F1 (soft) on {len(bare)} documents: ours {ours['all']['f1']:.3f}, "
            f"bare fr_core_news_sm NER {theirs['all']['f1']:.3f}"
        )
        for label in LABELS:
            print(f"  {label:<5} ours {ours[label]['f1']:.3f}   bare {theirs[label]['f1']:.3f}")
    if args.errors:
        print()
        print(format_errors(report))
    from pipeline.assemble import write_atomic

    if args.json:
        write_atomic(args.json, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    if getattr(args, "html", None):
        from pipeline.review.report import write_report

        folder = write_report(args.html, report, gold, pred)
        print(f"communique: report written to {args.html}, reviews in {folder}/", file=sys.stderr)
    status = 0
    if args.min_f1 is not None and report["modes"]["soft"]["micro"]["f1"] < args.min_f1:
        print(
            (
                f"communique: soft micro-F1 {report['modes']['soft']['micro']['f1']:.3f} "
                f"is below --min-f1 {args.min_f1}"
            ),
            file=sys.stderr,
        )
        status = 4
    if args.floors:
        floors = json.loads(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else None
        gold_hash = gold_sha256(args.gold, recursive=args.pred is None)
        if args.raise_floors:
            write_atomic(
                args.floors, json.dumps(raise_floors(report, floors, gold_hash, args.gold), indent=1) + "\n"
            )
            print(f"communique: floors written to {args.floors}", file=sys.stderr)
        elif floors is None:
            print(
                f"communique: {args.floors}: no floors file (create it with --raise-floors)", file=sys.stderr
            )
            return 2
        else:
            for failure in check_floors(report, floors, gold_hash):
                print(f"communique: regression: {failure}", file=sys.stderr)
                status = 4
    return status
