"""Places joined with no article: a repeated preposition ('à Brest et à Kelvoran'), 'ou', 'entre X et Y',
and items parted by a middle dot ('Lorient · Kelvoran'); a bare 'à' after a thing joins no place ('un BTS à
Vannes'). Invented fragments; mirrors listing.py."""

from pipeline.extractors.entities.listing import listed_place, places_agree
from pipeline.extractors.entities.spans import Candidate


def _candidates(text: str, names: dict[str, tuple[str, str]]) -> list[Candidate]:
    """One candidate per name: (label, source); a known town is the gazetteer's place."""
    found = []
    for name, (label, source) in names.items():
        start = text.index(name)
        rule = "gazetteer.town" if source == "gazetteer" else f"ner.{label.lower()}"
        found.append(Candidate(start, start + len(name), label, source, rule))
    return sorted(found, key=lambda c: c.start)


def _labels(text: str, names: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in places_agree(text, _candidates(text, names))}


def test_a_repeated_preposition_joins_places():
    text = "Les navires relient Brest à Kelvoran et à Penmorvan chaque semaine."
    names = {"Brest": ("LOC", "gazetteer"), "Kelvoran": ("MISC", "model"), "Penmorvan": ("MISC", "model")}
    assert _labels(text, names)["Penmorvan"] == "MISC"  # 'Brest à Kelvoran': a bare 'à' joins nothing
    text = "Les pêcheurs de Quimper et de Kelvoran ont signalé les tortues."
    assert (
        _labels(text, {"Quimper": ("LOC", "gazetteer"), "Kelvoran": ("MISC", "model")})["Kelvoran"] == "LOC"
    )


def test_ou_and_entre_join_places():
    text = "Nous aurions pu partir vers Rennes ou Kelvoran, où le foncier ne manquait pas."
    assert _labels(text, {"Rennes": ("LOC", "gazetteer"), "Kelvoran": ("MISC", "model")})["Kelvoran"] == "LOC"
    text = "La route sera fermée entre Rennes et Kelvoran samedi."
    assert _labels(text, {"Rennes": ("LOC", "gazetteer"), "Kelvoran": ("MISC", "model")})["Kelvoran"] == "LOC"


def test_a_bare_et_or_a_thing_before_a_bare_a_joins_no_place():
    text = "Le service ouvre à Rennes et Kelvoran compte déjà mille comptes."
    assert (
        _labels(text, {"Rennes": ("LOC", "gazetteer"), "Kelvoran": ("MISC", "model")})["Kelvoran"] == "MISC"
    )
    text = "Fermer un BTSA à Rennes serait une erreur."
    assert _labels(text, {"BTSA": ("MISC", "model"), "Rennes": ("LOC", "gazetteer")})["BTSA"] == "MISC"


def test_a_middle_dot_parts_the_items_of_a_line():
    text = "Port de commerce · Sète · Kelvoran · Penmorvan\n\nCommuniqué de presse\n"
    start = text.index("Kelvoran")
    assert listed_place(text, start, start + len("Kelvoran"))


def test_a_run_of_capitalised_words_beside_places_is_a_place_too(nlp):
    text = "Les récoltes progressent à Papeete et à Vaitu Nohea depuis deux ans."
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get("Vaitu Nohea") == "LOC"


def test_a_run_the_rules_found_beside_a_body_keeps_its_label():
    text = "Le contrat lie la société Kervalo et Vaitu Nohea depuis deux ans."
    start = text.index("Vaitu Nohea")
    candidates = [
        Candidate(text.index("Kervalo"), text.index("Kervalo") + 7, "ORG", "pattern", "entity.appositive"),
        Candidate(start, start + 11, "MISC", "pattern", "entity.capitalised_run"),
    ]
    assert [c.label for c in places_agree(text, candidates)] == ["ORG", "MISC"]
