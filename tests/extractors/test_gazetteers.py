"""The town matcher: what a PhraseMatcher over the towns list would find, by set lookup."""

import pytest
import spacy

from pipeline.extractors.gazetteer_places import TOWN_ID, town_names


@pytest.fixture(scope="module")
def towns_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("communique_towns", config={"spans_key": "gazetteer"})
    return nlp


def _towns(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.id_) for span in doc.spans.get("gazetteer", []) if span.id_ == TOWN_ID]


def test_finds_one_and_several_word_towns_with_either_apostrophe(towns_nlp):
    found = _towns(towns_nlp, "Réunion à Villeneuve-d’Ascq puis au Mans, avant La Rochelle.\nSaint-Malo")
    assert ("Villeneuve-d’Ascq", TOWN_ID) in found
    assert ("La Rochelle", TOWN_ID) in found
    assert ("Saint-Malo", TOWN_ID) in found


def test_every_spelling_found_is_a_listed_town_and_lower_case_is_never_looked_up(towns_nlp):
    found = _towns(towns_nlp, "Une orange et une rochelle à la Rochelle, puis Rochelle, Laval et Brest.")
    assert {text for text, _ in found} <= town_names()
    assert ("Laval", TOWN_ID) in found and ("Brest", TOWN_ID) in found
    assert not any(text[0].islower() for text, _ in found)


def test_towns_join_the_span_rulers_group_in_order(nlp):
    doc = nlp("Le préfet de la Haute-Garonne était à Toulouse puis en Bretagne.")
    spans = list(doc.spans["gazetteer"])
    assert spans == sorted(spans)
    assert {"Toulouse", "Bretagne"} <= {span.text for span in spans}


def test_a_pipeline_without_the_span_ruler_gets_its_own_group():
    nlp = spacy.blank("fr")
    nlp.add_pipe("communique_towns", config={"spans_key": "places"})
    doc = nlp("Départ de Quimper.")
    assert [span.text for span in doc.spans["places"]] == ["Quimper"]


def test_headed_patterns_find_what_a_span_ruler_with_the_same_patterns_finds(nlp):
    from pipeline.extractors.gazetteers import token_patterns

    text = (
        "Le ministère de la Transition écologique et l'Agence nationale de la cohésion des territoires "
        "lancent le plan national pour la rénovation des écoles avec la direction générale de l'énergie "
        "et du climat, au Palais des congrès de Lyon, près de la vallée du Rhône."
    )
    doc = nlp(text)
    reference = spacy.blank("fr")
    ruler = reference.add_pipe("span_ruler", config={"spans_key": "reference"})
    ruler.add_patterns(token_patterns())
    reference_spans = {(s.start, s.end, s.label_, s.id_) for s in ruler(doc).spans["reference"]}
    ours = {(s.start, s.end, s.label_, s.id_) for s in doc.spans["gazetteer"] if s.id_.startswith("pattern_")}
    assert reference_spans and ours == reference_spans


def test_a_token_pattern_must_open_with_a_head_word(monkeypatch):
    from pipeline.extractors import gazetteers

    monkeypatch.setattr(
        gazetteers,
        "token_patterns",
        lambda: [{"label": "ORG", "id": "x", "pattern": [{"POS": "ADJ"}, {"LOWER": "agence"}]}],
    )
    with pytest.raises(ValueError, match="must open with"):
        spacy.blank("fr").add_pipe("communique_named_patterns")


def test_place_patterns_read_from_the_cache_are_the_ones_built(tmp_path, monkeypatch):
    from pipeline import startup_cache
    from pipeline.extractors.gazetteer_places import build_place_patterns, place_patterns

    monkeypatch.setenv(startup_cache.CACHE_ENV, str(tmp_path))
    place_patterns.cache_clear()
    try:
        built = place_patterns()  # builds and writes the cache
        assert list(tmp_path.glob("place-patterns-*"))
        place_patterns.cache_clear()
        assert place_patterns() == built == build_place_patterns()
        assert {"label": "LOC", "pattern": "Allemagne", "id": "country_de"} in built
    finally:
        place_patterns.cache_clear()


def test_a_town_inside_a_longer_hyphenated_name_is_that_name(towns_nlp):
    text = "Le Mont-Saint-Michel, Thorigné-d'Anjou et Saint-Malo."
    found = [name for name, _ in _towns(towns_nlp, text)]
    assert {"Mont-Saint-Michel", "Thorigné-d'Anjou", "Saint-Malo"} <= set(found)
    assert not {"Saint-Michel", "Thorigné"} & set(found)
