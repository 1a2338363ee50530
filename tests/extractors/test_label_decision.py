"""The fitted entity label decision: its evidence, its arithmetic, and the model shipped with the rules."""

import json
import subprocess
import sys

from conftest import ROOT

from pipeline.extractors.entities.decision import (
    CLASSES,
    MODEL_FILE,
    LabelModel,
    apply_use,
    label_features,
    load_label_model,
    with_conjunctions,
)


def tiny_model(weights: dict[str, dict[str, float]], keep_margin: float = 0.0) -> LabelModel:
    features = sorted(weights)
    return LabelModel(
        {
            "classes": list(CLASSES),
            "features": features,
            "weights": [[weights[f].get(c, 0.0) for c in CLASSES] for f in features],
            "bias": [0.0] * len(CLASSES),
            "keep_margin": keep_margin,
        }
    )


def test_strong_evidence_overrides_the_rules_label():
    model = tiny_model({"ner=ORG": {"ORG": 3.0}})
    assert model.decide(["rule_label=MISC", "ner=ORG"], "MISC") == "ORG"


def test_the_rules_label_stands_within_the_margin():
    model = tiny_model({"ner=ORG": {"ORG": 0.2}}, keep_margin=0.3)
    assert model.decide(["rule_label=MISC", "ner=ORG"], "MISC") == "MISC"


def test_none_drops_the_entity():
    model = tiny_model({"lexicon=all": {"none": 4.0}})
    assert model.decide(["rule_label=MISC", "lexicon=all"], "MISC") == "none"


def test_conjunctions_pair_each_clue_with_the_rules_label():
    features = with_conjunctions(["rule_label=MISC", "ner=ORG", "rule_id=entity.capitalised_run"])
    assert "rule_label=MISC&ner=ORG" in features
    assert not any(f.startswith("rule_label=MISC&rule_") for f in features)


def test_evidence_of_a_company_named_by_its_domain_and_about_zone(nlp):
    text = (
        "Lyon, le 3 mars 2025 – Nordvolt ouvre une usine de batteries dans la vallée du Rhône.\n\n"
        "À propos de Nordvolt\nNordvolt fabrique des batteries.\n\n"
        "Contact presse : Jeanne Martin, jeanne.martin@nordvolt.fr\n"
    )
    doc = nlp(text)
    resolver = nlp.get_pipe("communique_entities")
    entities = {e["name"]: e for e in doc._.entities}
    assert "Nordvolt" in entities
    features = label_features(doc, entities["Nordvolt"], resolver.lexicon)
    assert "domain_spells" in features
    assert "about_zone" in features
    person = next(e for e in doc._.entities if e["name"].startswith("Jeanne"))
    assert "email_spells" in label_features(doc, person, resolver.lexicon)


def test_the_shipped_model_was_trained_on_the_current_rules():
    """A rule or vocabulary change makes the decision stale: retrain with scripts/train_labels.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import rules_sha256

    model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert model["classes"] == list(CLASSES)
    assert model["rules_sha256"] == rules_sha256(), (
        "rules changed since training: run scripts/train_labels.py"
    )
    assert MODEL_FILE.stat().st_size < 2_000_000
    pooled = model["training"]["out_of_issuer_macro_f1"]["all"]
    assert model["active"] == (pooled["decision_selection_honest"] > pooled["rules"])
    assert (load_label_model() is not None) == model["active"]


def test_the_training_script_runs_on_a_few_documents(tmp_path):
    out = tmp_path / "model.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_labels.py"), "--limit", "4", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["training"]["examples"] > 10
    assert len(model["weights"]) == len(model["features"])
    assert isinstance(model["active"], bool)


def test_dev_documents_are_held_out_with_their_issuer_kind():
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import issuer_group

    assert issuer_group("dev-a21-ars-bourgogne-franche-comte-rougeole") == "ars"
    assert issuer_group("fr-ars-idf-2020-03-10-point-de-situation-covid19") == "ars"
    assert issuer_group("dev-b01-wattelia-levee-serie-a") == "wattelia"


def test_extra_gold_keeps_the_split(tmp_path):
    """Extra gold folders are read whole, except corpus documents that are not on the tune side."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import extra_gold

    split = tmp_path / "split.json"
    split.write_text(
        json.dumps({"documents": {"text/a.txt": "check", "text/b.txt": "tune"}}), encoding="utf-8"
    )
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, source in (("a", "corpus/text/a.txt"), ("b", "corpus/text/b.txt"), ("c", "tests/data/c.txt")):
        record = {"document": {"id": f"dev-x01-{name}", "source": source}, "entities": []}
        (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    assert sorted(r["document"]["id"] for r in extra_gold([folder], split).values()) == [
        "dev-x01-b",
        "dev-x01-c",
    ]


def test_evidence_of_a_table_cell_and_a_list_item(nlp):
    text = (
        "Programme du salon, Rennes, le 12 mai 2025.\n\n"
        "| Heure | Intervenant | Structure |\n"
        "| 10 h | Paul Girard | Technopole Armor |\n\n"
        "Partenaires :\n"
        "- Crédit Mutuel de Bretagne\n"
        "- Région Bretagne\n"
    )
    doc = nlp(text)
    resolver = nlp.get_pipe("communique_entities")
    features = {e["name"]: label_features(doc, e, resolver.lexicon) for e in doc._.entities}
    assert any("table_line" in f for name, f in features.items() if "Girard" in name)
    assert any("list_item" in f for name, f in features.items() if "Mutuel" in name)
    assert not any("list_item" in f for name, f in features.items() if "Girard" in name)


def test_a_restricted_use_leaves_the_other_entities_to_the_rules():
    model = tiny_model({"ner=ORG": {"ORG": 3.0}})
    probabilities = model.scores(["rule_label=LOC", "ner=ORG"])
    misc_only = {"mode": "misc", "keep_margin": 0.0}
    assert apply_use(probabilities, "LOC", ["ner=ORG"], misc_only) == "LOC"
    assert apply_use(probabilities, "MISC", ["ner=ORG"], misc_only) == "ORG"
    weak_only = {"mode": "weak", "keep_margin": 0.0}
    assert apply_use(probabilities, "LOC", ["rule_id=gazetteer.town"], weak_only) == "LOC"
    weak = ["rule_id=entity.capitalised_run", "rule_id=ner.org"]
    assert apply_use(probabilities, "LOC", weak, weak_only) == "ORG"


def test_the_drop_use_only_drops_and_only_when_sure():
    model = tiny_model({"lexicon=all": {"none": 2.0}, "ner=ORG": {"ORG": 3.0}})
    drop = {"mode": "drop", "drop_threshold": 0.6}
    assert apply_use(model.scores(["lexicon=all"]), "MISC", [], drop) == "none"
    assert apply_use(model.scores(["ner=ORG"]), "MISC", [], drop) == "MISC"
    assert apply_use(model.scores(["lexicon=all"]), "MISC", [], {**drop, "drop_threshold": 0.9}) == "MISC"


def test_held_back_dev_gold_is_never_opened(tmp_path):
    """Under the dev split's folder only gold files of its read side are read; a held-back one is not
    even opened (here it is not JSON at all), nor one the split does not list."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import extra_gold

    dev = tmp_path / "dev"
    (dev / "gold").mkdir(parents=True)
    documents = {
        "tests/data/dev/releases/dev-x01-read.txt": "tune",
        "tests/data/dev/releases/dev-x02-held.txt": "check",
    }
    (dev / "split.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    record = {
        "document": {"id": "dev-x01-read", "source": "tests/data/dev/releases/dev-x01-read.txt"},
        "entities": [],
    }
    (dev / "gold" / "dev-x01-read.json").write_text(json.dumps(record), encoding="utf-8")
    (dev / "gold" / "dev-x02-held.json").write_text("not to be opened", encoding="utf-8")
    (dev / "gold" / "dev-x03-unlisted.json").write_text("not to be opened", encoding="utf-8")
    gold = extra_gold([dev / "gold"], tmp_path / "no-corpus-split.json", dev / "split.json")
    assert [r["document"]["id"] for r in gold.values()] == ["dev-x01-read"]


def test_issuers_are_dealt_into_balanced_folds_without_randomness():
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import issuer_folds

    groups = ["ars"] * 6 + ["pref"] * 4 + ["dinum"] * 3 + ["musee"] * 3
    folds = issuer_folds(groups, 2)
    assert folds == issuer_folds(list(reversed(groups)), 2)
    assert folds["ars"] != folds["pref"]
    load = [sum(groups.count(g) for g, f in folds.items() if f == k) for k in (0, 1)]
    assert sorted(load) == [7, 9]


def test_sparse_products_match_the_dense_ones():
    import numpy as np

    sys.path.insert(0, str(ROOT / "scripts"))
    from train_labels import Sparse

    columns = [[0, 2], [1], [0, 1, 3], [3]]
    dense = np.zeros((4, 4))
    for i, row in enumerate(columns):
        dense[i, row] = 1
    w = np.arange(20, dtype=float).reshape(4, 5)
    r = np.arange(20, dtype=float).reshape(4, 5) - 7
    x = Sparse(columns, 4)
    assert np.allclose(x.dot(w), dense @ w)
    assert np.allclose(x.transpose_dot(r), dense.T @ r)
    keep = np.array([True, False, True, True])
    part = x.take(keep)
    assert np.allclose(part.dot(w), dense[keep] @ w)
    assert np.allclose(part.transpose_dot(r[keep]), dense[keep].T @ r[keep])


def test_evidence_of_a_capital_after_a_full_stop_and_a_common_word(nlp):
    text = (
        "Brest, le 3 juin 2025. L'association Kerlann lance le programme Vivre Ensemble. Kerlann soutient "
        "les jeunes artistes qui veulent apprendre à vivre ensemble dans leur quartier.\n"
    )
    doc = nlp(text)
    resolver = nlp.get_pipe("communique_entities")
    features = {e["name"]: label_features(doc, e, resolver.lexicon) for e in doc._.entities}
    assert "cue=sentence_start" in features["Kerlann"]
    assert "lower_elsewhere" in features["Vivre Ensemble"]
    assert "lower_elsewhere" not in features["Kerlann"]


class CallsEverythingAPerson:
    """A decision that calls every proposed entity a person."""

    def decide(self, features: list[str], proposed: str) -> str:
        return "PER"


def test_contacts_and_quotes_read_the_rules_labels_whatever_the_decision(nlp):
    """The contact and quote readers were written on the rules' labels: a body the decision called
    a person would become the contact's name."""
    text = (
        "« Nous ouvrirons en mars », annonce Léa Morvan, présidente de l'association Atelier Kerlann.\n\n"
        "Contact : Atelier Kerlann – Léa Morvan – 06 12 34 56 78\n"
    )
    resolver = nlp.get_pipe("communique_entities")
    shipped, resolver.label_model = resolver.label_model, None
    try:
        by_rules = nlp(text)
        resolver.label_model = CallsEverythingAPerson()
        decided = nlp(text)
    finally:
        resolver.label_model = shipped
    assert {e["label"] for e in decided._.entities} == {"PER"} != {e["label"] for e in by_rules._.entities}
    contacts = [(c["name"], c["organization"]) for c in decided._.contacts]
    assert contacts == [(c["name"], c["organization"]) for c in by_rules._.contacts]
    assert contacts == [("Léa Morvan", "Atelier Kerlann")]
    assert [q["speaker"] for q in decided._.quotes] == ["Léa Morvan"]


def test_a_name_written_in_lower_case_elsewhere_is_found_as_its_pattern_finds_it():
    """_stands_alone looks for a word between non-word characters with str.find; on an invented text it
    says what the word's escaped pattern between (?<!\\w) and (?!\\w) says."""
    import re

    from pipeline.extractors.entities.decision import _stands_alone

    text = "La santé_publique, la santé. Santé2030 et l'écosanté ; santé-environnement (ô santé)"
    for word in ("santé", "santé publique", "écosanté", "ô", "environnement", "santé2030", "l'", "x"):
        expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
        assert _stands_alone(text, word) == expected, word
