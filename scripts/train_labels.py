"""Fit the entity label decision (pipeline/extractors/entities/decision.py) on the tune split's gold.

    python scripts/train_labels.py                      # writes pipeline/resources/label_model.json
    python scripts/train_labels.py --limit 3 -o /tmp/m.json   # a quick run on three documents (CI)

The pipeline runs on every tune gold document's source with the decision switched off; each entity
the rules propose becomes one example: its features, and as target the label of the gold entity
sharing one of its names (or "none" when the gold has no such entity). A multinomial logistic
regression with an L2 penalty is fitted by full-batch gradient descent from zero weights (no
randomness: the same gold gives the same weights). The penalty and the margin by which the rules'
own label is kept are chosen by leave-one-issuer-out cross-validation, so that what is measured is
how the decision carries over to an issuer it was not fitted on. The model is marked active only
when that cross-validated score beats the rules' own labels; otherwise the file records the fit and
the pipeline keeps the rules' labels. Check documents are never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.matching import normalize  # noqa: E402
from pipeline.evaluate.records import load_gold_tree, resolve_source, source_roots  # noqa: E402
from pipeline.extractors.entities.decision import (  # noqa: E402
    CLASSES,
    MODEL_FILE,
    label_features,
    with_conjunctions,
)

PENALTIES = (0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.4)
STEPS = 600


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


def extra_gold(folders: list[Path], split_file: Path) -> dict[str, dict]:
    """Gold from other folders (the dev set), keyed apart from the tune gold; corpus documents among
    them still obey the split, so a check document is never read."""
    split = json.loads(split_file.read_text(encoding="utf-8"))["documents"] if split_file.is_file() else {}
    gold = {}
    for folder in folders:
        for key, record in load_gold_tree(folder).items():
            source = record["document"].get("source") or ""
            if source.startswith("corpus/") and split.get(source.removeprefix("corpus/")) != "tune":
                continue
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


def examples(gold: dict[str, dict], roots: list[Path]) -> list[tuple[str, list[str], str, str]]:
    """(document, features, rules' label, gold label) for every entity the rules propose."""
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
            features = with_conjunctions(label_features(doc, entity, resolver.lexicon))
            rows.append((record["document"]["id"], features, entity["label"], target))
    return rows


class Active:
    """Binary features stored as each example's active column indices, padded with a column that no
    weight reaches: x @ w and x.T @ r cost per active feature, not per feature in the vocabulary."""

    def __init__(self, columns: list[list[int]], width: int) -> None:
        longest = max((len(c) for c in columns), default=0)
        self.width = width
        self.index = np.full((len(columns), max(longest, 1)), width, dtype=np.int64)
        for i, row in enumerate(columns):
            self.index[i, : len(row)] = row

    def __len__(self) -> int:
        return len(self.index)

    def take(self, rows: np.ndarray) -> Active:
        part = Active([], self.width)
        part.index = self.index[rows]
        return part

    def dot(self, w: np.ndarray) -> np.ndarray:
        padded = np.vstack([w, np.zeros((1, w.shape[1]))])
        return padded[self.index].sum(axis=1)

    def transpose_dot(self, r: np.ndarray) -> np.ndarray:
        flat = self.index.ravel()
        out = np.empty((self.width, r.shape[1]))
        for k in range(r.shape[1]):
            spread = np.repeat(r[:, k], self.index.shape[1])
            out[:, k] = np.bincount(flat, weights=spread, minlength=self.width + 1)[: self.width]
        return out


def fit(x: Active, y: np.ndarray, penalty: float) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch gradient descent with momentum, from zero weights."""
    n, d = len(x), x.width
    k = len(CLASSES)
    w, b = np.zeros((d, k)), np.zeros(k)
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    onehot = np.eye(k)[y]
    rate = 0.5
    for _ in range(STEPS):
        logits = x.dot(w) + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad_w = x.transpose_dot(p - onehot) / n + penalty * w / n
        grad_b = (p - onehot).mean(axis=0)
        vw = 0.9 * vw + grad_w
        vb = 0.9 * vb + grad_b
        w -= rate * vw
        b -= rate * vb
    return w, b


def decide(probabilities: np.ndarray, proposed: list[str], margin: float) -> list[str]:
    out = []
    for row, rule_label in zip(probabilities, proposed, strict=True):
        best = int(row.argmax())
        keep = rule_label in CLASSES and row[best] - row[CLASSES.index(rule_label)] <= margin
        out.append(rule_label if keep else CLASSES[best])
    return out


def f1(predicted: list[str], targets: list[str]) -> float:
    """Entity F1 over the proposed entities: right only with the gold's label."""
    tp = sum(p == t != "none" for p, t in zip(predicted, targets, strict=True))
    fp = sum(p != "none" and p != t for p, t in zip(predicted, targets, strict=True))
    fn = sum(t != "none" and p != t for p, t in zip(predicted, targets, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=ROOT.parent / "shared" / "corpus" / "split.json")
    parser.add_argument("--sources", type=Path, default=None, help="folder gold sources are relative to")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N documents only")
    parser.add_argument(
        "--extra-gold",
        type=Path,
        action="append",
        default=[],
        help="another gold folder to fit on (e.g. tests/data/dev/gold); its sources resolve from the repo",
    )
    parser.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    if not args.split.is_file():
        print(f"train_labels: {args.split}: no split file, training on our samples only", file=sys.stderr)
    gold = tune_gold(args.split)
    missing = [folder for folder in args.extra_gold if not folder.is_dir()]
    if missing:
        print(f"train_labels: {missing[0]}: no such gold folder", file=sys.stderr)
        return 2
    extra = extra_gold(args.extra_gold, args.split)
    if args.limit:
        gold = dict(sorted(gold.items())[: args.limit])
        extra = dict(sorted(extra.items())[: args.limit])
    gold |= extra
    roots = source_roots(args.sources) + [ROOT]
    rows = examples(gold, roots)
    if not rows:
        print("train_labels: no examples", file=sys.stderr)
        return 2
    features = sorted({f for _, feats, _, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(features)}
    x = Active([sorted({index[f] for f in feats}) for _, feats, _, _ in rows], len(features))
    y = np.array([CLASSES.index(t) for *_, t in rows])
    proposed = [rule for _, _, rule, _ in rows]
    targets = [t for *_, t in rows]
    groups = [issuer_group(doc) for doc, *_ in rows]
    # leave one issuer out: each issuer's entities decided by a model fitted on the others
    if len(set(groups)) < 2:
        print("train_labels: fewer than two issuers, no cross-validation possible", file=sys.stderr)
        return 2
    cv: dict[tuple[float, float], list[str]] = defaultdict(lambda: [""] * len(rows))
    for group in sorted(set(groups)):
        held = np.array([g == group for g in groups])
        for penalty in PENALTIES:
            w, b = fit(x.take(~held), y[~held], penalty)
            logits = x.take(held).dot(w) + b
            p = np.exp(logits - logits.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            held_proposed = [r for r, h in zip(proposed, held, strict=True) if h]
            for margin in MARGINS:
                decided = decide(p, held_proposed, margin)
                slots = [i for i, h in enumerate(held) if h]
                for i, label in zip(slots, decided, strict=True):
                    cv[penalty, margin][i] = label
    issuers = sorted(set(groups))

    def per_issuer(labels: list[str]) -> dict[str, float]:
        return {
            g: f1(
                [x for x, h in zip(labels, groups, strict=True) if h == g],
                [x for x, h in zip(targets, groups, strict=True) if h == g],
            )
            for g in issuers
        }

    # each issuer counts once: the decision must carry over to issuers, not to the largest one
    scores = {key: float(np.mean(list(per_issuer(labels).values()))) for key, labels in cv.items()}
    (penalty, margin), best = max(scores.items(), key=lambda item: (item[1], item[0][1], item[0][0]))
    rules_only = float(np.mean(list(per_issuer(proposed).values())))
    rules_by_issuer, decided_by_issuer = per_issuer(proposed), per_issuer(cv[penalty, margin])
    extra_ids = {record["document"]["id"] for record in extra.values()}
    extra_issuers = {g for g, (doc, *_) in zip(groups, rows, strict=True) if doc in extra_ids}
    # the decision must carry over to both kinds of issuers, not trade the tune gold's for the extra's
    by_side = {
        side: {
            name: round(float(np.mean([by_issuer[g] for g in chosen])), 4)
            for name, by_issuer in (("rules", rules_by_issuer), ("decision", decided_by_issuer))
        }
        for side, chosen in (
            ("extra_issuers", sorted(extra_issuers)),
            ("other_issuers", sorted(set(issuers) - extra_issuers)),
        )
        if chosen and extra_issuers
    }
    active = best > rules_only and all(v["decision"] >= v["rules"] for v in by_side.values())
    w, b = fit(x, y, penalty)
    model = {
        "about": (
            "Entity label decision fitted by scripts/train_labels.py on the tune split's gold; "
            "features are named evidence (pipeline/extractors/entities/decision.py)."
        ),
        "classes": list(CLASSES),
        "rules_sha256": rules_sha256(),
        # used only where it carried over to held-out issuers better than the rules did, on each side
        "active": active,
        "penalty": penalty,
        "keep_margin": margin,
        "training": {
            "documents": len({doc for doc, *_ in rows}),
            "examples": len(rows),
            "issuers": len(set(groups)),
            "targets": {c: targets.count(c) for c in CLASSES},
            "leave_one_issuer_out_macro_f1": {"rules": round(rules_only, 4), "decision": round(best, 4)},
            "extra_gold": [folder.as_posix() for folder in args.extra_gold],
            "leave_one_issuer_out_macro_f1_by_side": by_side,
            "leave_one_issuer_out_f1_by_issuer": {
                g: {"rules": round(rules_by_issuer[g], 4), "decision": round(decided_by_issuer[g], 4)}
                for g in issuers
            },
        },
        "features": features,
        "bias": [round(v, 5) for v in b.tolist()],
        "weights": [[round(v, 5) for v in row] for row in w.tolist()],
    }
    args.output.write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"train_labels: {len(rows)} entities from {model['training']['documents']} documents, "
        f"{len(features)} features; leave-one-issuer-out macro-F1 (per issuer) rules {rules_only:.3f} "
        f"-> decision {best:.3f} "
        + "".join(f"({side} {v['rules']:.3f} -> {v['decision']:.3f}) " for side, v in by_side.items())
        + f"(penalty {penalty}, keep margin {margin}); written to {args.output}, "
        + ("active" if active else "inactive: the rules' labels carry over better on held-out issuers")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
