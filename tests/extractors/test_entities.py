from pipeline.extractors.entities import Candidate, acronym_matches, cluster, fold, name_key


def test_acronym_matching():
    assert acronym_matches("PMIA", "Partenariat Mondial sur l intelligence artificielle".split())
    assert acronym_matches("INRIA", "Institut national de recherche en informatique et en automatique".split())
    assert acronym_matches("GPAI", "Global Partnership on AI".split())
    assert not acronym_matches("OCDE", "Partenariat Mondial".split())


def test_folding():
    assert fold("États-Unis d’Amérique") == "etats unis d amerique"
    assert name_key("Partenariat Mondial sur l'IA") == name_key("Partenariat mondial pour l'IA")


def test_cluster_joins_case_variants_acronyms_and_surnames():
    text = "Justin TRUDEAU et Justin Trudeau; Trudeau. Institut national (INRIA) puis INRIA."
    mentions = [
        Candidate(0, 14, "PER", "model", "ner.per"),
        Candidate(18, 32, "PER", "model", "ner.per"),
        Candidate(34, 41, "PER", "model", "ner.per"),
        Candidate(43, 60, "ORG", "acronym", "entity.acronym_expansion"),
        Candidate(62, 67, "ORG", "acronym", "entity.acronym"),
        Candidate(74, 79, "ORG", "propagated", "entity.propagated"),
    ]
    entities = cluster(text, mentions, [("Institut national", "INRIA")])
    assert [(e["name"], e["label"], len(e["mentions"])) for e in entities] == [
        ("Justin Trudeau", "PER", 3),
        ("Institut national", "ORG", 3),
    ]
    assert "INRIA" in entities[1]["aliases"]


def test_seed_entities(nlp):
    from conftest import SEED
    from pipeline.readers import read_document

    doc = nlp(read_document(SEED).text)
    by_name = {e["name"]: e for e in doc._.entities}
    gpai = next(e for e in doc._.entities if "PMIA" in e["aliases"] or e["name"] == "PMIA")
    assert {"GPAI", "Global Partnership on AI"} <= set(gpai["aliases"]) | {gpai["name"]}
    assert by_name["Justin Trudeau"]["label"] == "PER"
    assert by_name["Allemagne"]["label"] == "LOC"
    for entity in doc._.entities:
        for mention in entity["mentions"]:
            assert doc.text[mention["start"]:mention["end"]] == mention["text"]
