"""Fit the entity label decision (pipeline/extractors/entities/decision.py) on the read side's gold.

    python scripts/train_labels.py      # tune gold + dev read side: pipeline/resources/label_model.json
    python scripts/train_labels.py --tune-only                # the tune split's gold alone
    python scripts/train_labels.py --limit 3 -o /tmp/m.json   # a quick run on three documents (CI)

The pipeline runs once on every gold document's source with the decision switched off (`--cache FILE`
keeps the result for the next run on the same code, rules and gold); each entity the rules propose
becomes one example: its features, and as target the label of the gold entity sharing one of its
names (or "none" when the gold has no such entity). A multinomial logistic regression with an L2
penalty is fitted by full-batch gradient descent from zero weights (no randomness: the same gold
gives the same weights). The penalty and the decision's use (decision.USES: everywhere, only MISC,
only the weakest evidence, only to drop; with its margin or threshold) are chosen by issuer-grouped
K-fold cross-validation, so that what is measured is how the decision carries over to issuers it
was not fitted on. The model is marked active only when it beats the rules' own labels on all
issuers pooled (corpus tune gold and extra gold, each issuer counting once), with each fold's use
chosen on the other folds; otherwise the file records the fit and the pipeline keeps the rules'
labels. Each side's figure is reported too, not required: the corpus tune side has 17 issuers, too
few for its own out-of-issuer figure to decide alone (docs/entity-labels.md, session 24). Check
documents are never read: corpus ones by the corpus split, dev ones by the dev split (`--dev-split`,
whose held-back gold files are not even opened)."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.matching import normalize  # noqa: E402
from pipeline.evaluate.records import load_gold_tree, resolve_source, source_roots  # noqa: E402
from pipeline.extractors.entities.decision import (  # noqa: E402
    CLASSES,
    MODEL_FILE,
    USES,
    apply_use,
    label_features,
    with_conjunctions,
)
from pipeline.gold import load_gold  # noqa: E402

DEV_GOLD = ROOT / "tests" / "data" / "dev" / "gold"
DEV_SPLIT = ROOT / "tests" / "data" / "dev" / "split.json"
PENALTIES = (1.0, 3.0, 10.0, 30.0)
MARGINS = (0.0, 0.1, 0.2, 0.4)
DROP_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 8
STEPS = 600
RATE = 0.5


def rules_sha256() -> str:
    """The rule files' hash without the model itself: the rules the model was fitted on."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "pipeline" / "resources").iterdir()):
        if path.suffix in {".json", ".jsonl"} and path.name != MODEL_FILE.name:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def tune_gold(split_file: Path) -> dict[str, dict]:
    """Our samples' gold and the corpus gold on the tune side of the split (none without a split)."""
    split = json.loads(split_file.read_text(encoding="utf-8"))["documents"] if split_file.is_file() else {}
    gold = {}
    for key, record in load_gold_tree(ROOT / "samples" / "gold").items():
        source = record["document"].get("source") or ""
        side = split.get(source.removeprefix("corpus/")) if source.startswith("corpus/") else "tune"
        if side == "tune":
            gold[key] = record
    return gold


def held_back(split_file: Path) -> tuple[Path, dict[str, str]]:
    """The dev split's folder and each dev document's side, by file stem."""
    if not split_file.is_file():
        return split_file.parent, {}
    documents = json.loads(split_file.read_text(encoding="utf-8"))["documents"]
    return split_file.parent, {Path(source).stem: side for source, side in documents.items()}


def extra_gold(folders: list[Path], split_file: Path, dev_split: Path | None = None) -> dict[str, dict]:
    """Gold from other folders (the dev set), keyed apart from the tune gold. A gold file the dev
    split does not put on its read ('tune') side is never opened: under the dev split's folder only
    listed read-side files are read, elsewhere none it holds back. Corpus documents among them still
    obey the corpus split, so a check document is never read."""
    split = json.loads(split_file.read_text(encoding="utf-8"))["documents"] if split_file.is_file() else {}
    dev_folder, sides = held_back(dev_split) if dev_split else (None, {})
    gold = {}
    for folder in folders:
        governed = (
            dev_folder is not None and bool(sides) and folder.resolve().is_relative_to(dev_folder.resolve())
        )
        for path in sorted(folder.rglob("*.json")):
            side = sides.get(path.stem)
            if path.name.startswith(("_", ".")) or side not in ({"tune"} if governed else {None, "tune"}):
                continue
            record = load_gold(path)
            source = record["document"].get("source") or ""
            if source.startswith("corpus/") and split.get(source.removeprefix("corpus/")) != "tune":
                continue
            key = path.relative_to(folder).with_suffix("").as_posix()
            gold[f"{folder.name}/{key}"] = record
    return gold


def issuer_group(doc_id: str) -> str:
    """Documents of one issuer share the id's second part ('fr-dinum-2019-...' -> 'dinum'); in the dev
    set the part after the batch number ('dev-a21-ars-...' -> 'ars', held out with the corpus's ARS)."""
    parts = doc_id.split("-")
    if parts[0] == "dev" and len(parts) > 3:
        return parts[2]
    return parts[1] if len(parts) > 2 else doc_id


def target_labels(gold_entities: list[dict], proposed: list[dict]) -> list[str]:
    """Each proposed entity's gold label, matched one-to-one by a shared name or alias; else none."""

    def names(entity: dict) -> set[str]:
        return {normalize(n, "soft") for n in [entity.get("name"), *entity.get("aliases", [])] if n}

    gold_names = [names(g) for g in gold_entities]
    used: set[int] = set()
    targets = []
    for entity in proposed:
        mine = names(entity)
        match = next((i for i, g in enumerate(gold_names) if i not in used and g & mine), None)
        if match is None:
            targets.append("none")
        else:
            used.add(match)
            targets.append(gold_entities[match]["label"])
    return targets


Row = tuple[str, str, list[str], str, str]
"""(document id, side, features, rules' label, gold label) for one proposed entity."""


def fingerprint(gold: dict[str, dict]) -> str:
    """What the examples depend on: the pipeline's code and resources (not the model) and the gold."""
    digest = hashlib.sha256(rules_sha256().encode())
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        digest.update(path.read_bytes())
    digest.update(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def examples(gold: dict[str, dict], sides: dict[str, str], roots: list[Path]) -> list[Row]:
    """One row per entity the rules propose, the pipeline run once per document, decision off."""
    from pipeline.errors import InputError
    from pipeline.nlp import load_pipeline
    from pipeline.process import _make_doc
    from pipeline.readers import read_document

    nlp = load_pipeline()
    resolver = nlp.get_pipe("communique_entities")
    resolver.label_model = None
    rows = []
    for key, record in sorted(gold.items()):
        path = resolve_source(record, roots)
        if path is None:
            print(f"train_labels: {key}: source not found, left out", file=sys.stderr)
            continue
        try:
            source = read_document(path)
        except InputError as error:
            print(f"train_labels: {key}: {error}", file=sys.stderr)
            continue
        doc = nlp(_make_doc(nlp, source.text, source))
        proposed = doc._.entities or []
        for entity, target in zip(proposed, target_labels(record.get("entities", []), proposed), strict=True):
            features = label_features(doc, entity, resolver.lexicon)
            rows.append((record["document"]["id"], sides[key], features, entity["label"], target))
    return rows


def cached_examples(
    gold: dict[str, dict], sides: dict[str, str], roots: list[Path], cache: Path | None
) -> list[Row]:
    """The examples, read from the cache file when it was written for the same code, rules and gold."""
    key = fingerprint(gold) if cache else ""
    if cache and cache.is_file():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("fingerprint") == key:
            return [tuple(row) for row in stored["rows"]]
    rows = examples(gold, sides, roots)
    if cache:
        cache.write_text(json.dumps({"fingerprint": key, "rows": rows}, ensure_ascii=False), encoding="utf-8")
    return rows


class Sparse:
    """Binary features as each row's column indices, laid out twice: by row (for x @ w) and by column
    (for x.T @ r), so that both products are one gather and one segmented sum over the active features."""

    def __init__(self, columns: list[list[int]], width: int) -> None:
        rows = np.repeat(np.arange(len(columns)), [len(c) for c in columns])
        cols = np.fromiter((c for row in columns for c in row), dtype=np.int64, count=len(rows))
        self._lay_out(rows, cols, width, len(columns))

    def _lay_out(self, rows: np.ndarray, cols: np.ndarray, width: int, height: int) -> None:
        """rows must be sorted (every row holding at least one feature: the rules' label)."""
        self.width, self.height, self.rows, self.cols = width, height, rows, cols
        self.row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        self.by_column = np.argsort(cols, kind="stable")
        sorted_cols = cols[self.by_column]
        self.col_starts = np.flatnonzero(np.r_[True, sorted_cols[1:] != sorted_cols[:-1]])
        self.present = sorted_cols[self.col_starts]

    def take(self, keep: np.ndarray) -> Sparse:
        """The rows where keep is true, renumbered."""
        part = Sparse.__new__(Sparse)
        mask = keep[self.rows]
        renumber = np.cumsum(keep) - 1
        part._lay_out(renumber[self.rows[mask]], self.cols[mask], self.width, int(keep.sum()))
        return part

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.add.reduceat(w[self.cols], self.row_starts, axis=0)

    def transpose_dot(self, r: np.ndarray) -> np.ndarray:
        out = np.zeros((self.width, r.shape[1]))
        out[self.present] = np.add.reduceat(r[self.rows[self.by_column]], self.col_starts, axis=0)
        return out


def probabilities(x: Sparse, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    logits = x.dot(w) + b
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def fit(x: Sparse, y: np.ndarray, penalty: float) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch gradient descent with momentum, from zero weights."""
    n, k = x.height, len(CLASSES)
    w, b = np.zeros((x.width, k)), np.zeros(k)
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    onehot = np.eye(k)[y]
    for _ in range(STEPS):
        residual = probabilities(x, w, b) - onehot
        vw = 0.9 * vw + x.transpose_dot(residual) / n + penalty * w / n
        vb = 0.9 * vb + residual.mean(axis=0)
        w -= RATE * vw
        b -= RATE * vb
    return w, b


def issuer_folds(groups: list[str], k: int) -> dict[str, int]:
    """Issuers dealt into k folds, the largest first into the lightest fold: balanced, no randomness."""
    sizes = Counter(groups)
    load = [0] * k
    folds = {}
    for group in sorted(sizes, key=lambda g: (-sizes[g], g)):
        fold = min(range(k), key=lambda i: (load[i], i))
        folds[group] = fold
        load[fold] += sizes[group]
    return folds


def f1(predicted: list[str], targets: list[str]) -> float:
    """Entity F1 over the proposed entities: right only with the gold's label."""
    tp = sum(p == t != "none" for p, t in zip(predicted, targets, strict=True))
    fp = sum(p != "none" and p != t for p, t in zip(predicted, targets, strict=True))
    fn = sum(t != "none" and p != t for p, t in zip(predicted, targets, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def candidate_uses() -> list[dict]:
    """Every use of the decision tried: each mode of decision.USES with its margins or thresholds."""
    uses = [{"mode": mode, "keep_margin": m} for mode in USES if mode != "drop" for m in MARGINS]
    return uses + [{"mode": "drop", "drop_threshold": t} for t in DROP_THRESHOLDS]


class Scorer:
    """Entity F1 per cell (one side's documents of one issuer), and macro-F1 over cells: each issuer
    counts once, on all examples and on each side (corpus tune gold, extra gold) apart."""

    def __init__(self, rows: list[Row]) -> None:
        self.targets = [row[4] for row in rows]
        slots: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, (doc, side, *_) in enumerate(rows):
            slots[side, issuer_group(doc)].append(i)
        self.cells = sorted(slots)
        self.slots = [slots[cell] for cell in self.cells]
        self.sides = sorted({side for side, _ in self.cells})

    def per_cell(self, labels: list[str]) -> np.ndarray:
        return np.array([f1([labels[i] for i in s], [self.targets[i] for i in s]) for s in self.slots])

    def macro(self, scores: np.ndarray, among: np.ndarray | None = None) -> dict[str, float]:
        among = np.ones(len(self.cells), bool) if among is None else among
        side_of = np.array([side for side, _ in self.cells])
        out = {"all": float(scores[among].mean())}
        for side in self.sides:
            chosen = among & (side_of == side)
            if chosen.any():
                out[side] = float(scores[chosen].mean())
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=ROOT.parent / "shared" / "corpus" / "split.json")
    parser.add_argument("--sources", type=Path, default=None, help="folder gold sources are relative to")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N documents only")
    parser.add_argument(
        "--extra-gold",
        type=Path,
        action="append",
        default=None,
        help="another gold folder to fit on (default: the dev set's, tests/data/dev/gold, its read side "
        "only); its sources resolve from the repo",
    )
    parser.add_argument("--tune-only", action="store_true", help="fit on the tune split's gold alone")
    parser.add_argument(
        "--dev-split", type=Path, default=DEV_SPLIT, help="dev split: only its read ('tune') side is read"
    )
    parser.add_argument("--folds", type=int, default=FOLDS, help="issuer-grouped cross-validation folds")
    parser.add_argument("--cache", type=Path, default=None, help="file keeping the examples between runs")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    if not args.split.is_file():
        print(f"train_labels: {args.split}: no split file, training on our samples only", file=sys.stderr)
    gold = tune_gold(args.split)
    if args.extra_gold is None:
        args.extra_gold = [] if args.tune_only or not DEV_GOLD.is_dir() else [DEV_GOLD]
    missing = [folder for folder in args.extra_gold if not folder.is_dir()]
    if missing:
        print(f"train_labels: {missing[0]}: no such gold folder", file=sys.stderr)
        return 2
    extra = extra_gold(args.extra_gold, args.split, args.dev_split)
    if args.limit:
        gold = dict(sorted(gold.items())[: args.limit])
        extra = dict(sorted(extra.items())[: args.limit])
    sides = {key: "corpus" for key in gold} | {key: "extra" for key in extra}
    rows = cached_examples(gold | extra, sides, source_roots(args.sources) + [ROOT], args.cache)
    if not rows:
        print("train_labels: no examples", file=sys.stderr)
        return 2
    conjoined = [with_conjunctions(features) for _, _, features, _, _ in rows]
    features = sorted({f for feats in conjoined for f in feats})
    index = {f: i for i, f in enumerate(features)}
    x = Sparse([sorted({index[f] for f in feats}) for feats in conjoined], len(features))
    y = np.array([CLASSES.index(row[4]) for row in rows])
    proposed = [row[3] for row in rows]
    groups = [issuer_group(row[0]) for row in rows]
    if len(set(groups)) < 2:
        print("train_labels: fewer than two issuers, no cross-validation possible", file=sys.stderr)
        return 2
    # grouped K-fold: each issuer's entities decided by a model fitted on the other folds' issuers
    folds = issuer_folds(groups, min(args.folds, len(set(groups))))
    fold_of = np.array([folds[g] for g in groups])
    held_out = {penalty: np.zeros((len(rows), len(CLASSES))) for penalty in PENALTIES}
    for fold in sorted(set(folds.values())):
        held = fold_of == fold
        for penalty in PENALTIES:
            w, b = fit(x.take(~held), y[~held], penalty)
            held_out[penalty][held] = probabilities(x.take(held), w, b)
    scorer = Scorer(rows)
    rules = scorer.per_cell(proposed)
    tried = [(penalty, use) for penalty in PENALTIES for use in candidate_uses()]
    scores = np.array(
        [
            scorer.per_cell(
                [
                    apply_use(p, rule, row[2], use)
                    for p, rule, row in zip(held_out[penalty], proposed, rows, strict=True)
                ]
            )
            for penalty, use in tried
        ]
    )

    def wins(decided: dict[str, float], baseline: dict[str, float]) -> bool:
        """Better than the rules on all issuers pooled, the only figure with enough issuers to decide."""
        return decided["all"] > baseline["all"]

    def choose(among: np.ndarray) -> int:
        """The use (and penalty) with the best macro-F1 on all issuers of these cells."""
        return max(range(len(tried)), key=lambda i: scorer.macro(scores[i], among)["all"])

    chosen = choose(np.ones(len(scorer.cells), bool))
    penalty, use = tried[chosen]
    # choosing among many uses on the same folds flatters the winner: each fold's cells are decided by
    # the use chosen on the other folds, and only that figure may activate the decision
    cell_fold = np.array([folds[group] for _, group in scorer.cells])
    honest = np.zeros(len(scorer.cells))
    for fold in sorted(set(folds.values())):
        here = cell_fold == fold
        honest[here] = scores[choose(~here)][here]
    baseline, best, selection_honest = scorer.macro(rules), scorer.macro(scores[chosen]), scorer.macro(honest)
    active = wins(selection_honest, baseline)
    w, b = fit(x, y, penalty)
    per_mode = {}
    for i, (p, u) in enumerate(tried):
        figures = scorer.macro(scores[i])
        if u["mode"] not in per_mode or figures["all"] > per_mode[u["mode"]]["decision"]["all"]:
            per_mode[u["mode"]] = {
                "penalty": p,
                "use": u,
                "decision": {k: round(v, 4) for k, v in figures.items()},
            }
    model = {
        "about": (
            "Entity label decision fitted by scripts/train_labels.py on the tune split's gold (and the dev "
            "set's read side when given); features are named evidence "
            "(pipeline/extractors/entities/decision.py)."
        ),
        "classes": list(CLASSES),
        "rules_sha256": rules_sha256(),
        # used only where it carried over to held-out issuers better than the rules did, all issuers pooled
        "active": active,
        "penalty": penalty,
        "use": use,
        "training": {
            "documents": len({row[0] for row in rows}),
            "examples": len(rows),
            "issuers": len(set(groups)),
            "folds": len(set(folds.values())),
            "targets": {c: [row[4] for row in rows].count(c) for c in CLASSES},
            "extra_gold": [
                (
                    folder.resolve().relative_to(ROOT) if folder.resolve().is_relative_to(ROOT) else folder
                ).as_posix()
                for folder in args.extra_gold
            ],
            "out_of_issuer_macro_f1": {
                side: {
                    "rules": round(baseline[side], 4),
                    "decision": round(best[side], 4),
                    "decision_selection_honest": round(selection_honest[side], 4),
                }
                for side in baseline
            },
            "best_of_each_use": per_mode,
            "out_of_issuer_f1_by_issuer": {
                f"{side}/{group}": {"rules": round(r, 4), "decision": round(d, 4)}
                for (side, group), r, d in zip(scorer.cells, rules, scores[chosen], strict=True)
            },
        },
        "features": features,
        "bias": [round(v, 5) for v in b.tolist()],
        "weights": [[round(v, 5) for v in row] for row in w.tolist()],
    }
    args.output.write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
    figures = " ".join(
        f"{side} {baseline[side]:.4f} -> {best[side]:.4f} ({selection_honest[side]:.4f})" for side in baseline
    )
    print(
        f"train_labels: {len(rows)} entities from {model['training']['documents']} documents, "
        f"{len(set(groups))} issuers in {model['training']['folds']} folds, {len(features)} features; "
        f"out-of-issuer macro-F1 rules -> decision (use chosen on the other folds): {figures} "
        f"(use {use}, penalty {penalty}); written to {args.output}, "
        + (
            "active"
            if active
            else "inactive: the rules' labels carry over as well or better on held-out issuers"
        )
    )
    for mode, entry in per_mode.items():
        shown = " ".join(f"{side} {v:.4f}" for side, v in entry["decision"].items())
        print(f"  best {mode}: {shown} (use {entry['use']}, penalty {entry['penalty']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
