"""Matching and counting per field (pipeline.evaluate.matching): multisets, soft folding, entities
matched one to one on any alias."""

import pytest

from pipeline.evaluate.matching import Counts, compare_bags, compare_entities, normalize


def test_counts_arithmetic():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_bags_are_multisets():
    counts = compare_bags(["2018", "2018", "2020-06"], ["2018", "2019"], "strict")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 2)


def test_soft_folds_case_accents_punctuation():
    assert normalize("Secrétariat d’État.", "soft") == normalize("SECRETARIAT D'ETAT", "soft")
    assert compare_bags(["Préfecture du Gard"], ["prefecture du gard"], "strict").tp == 0
    assert compare_bags(["Préfecture du Gard"], ["prefecture du gard"], "soft").tp == 1


def test_entities_match_on_any_alias_one_to_one():
    gold = [{"name": "Partenariat mondial sur l'IA", "label": "ORG", "aliases": ["PMIA", "GPAI"]}]
    pred = [
        {"name": "PMIA", "label": "ORG", "aliases": []},
        {"name": "GPAI", "label": "ORG", "aliases": []},
        {"name": "PMIA", "label": "LOC", "aliases": []},
    ]
    org = compare_entities(gold, pred, "ORG", "soft")
    assert (org.tp, org.fp, org.fn) == (1, 1, 0)
    assert compare_entities(gold, pred, "LOC", "soft").fp == 1
