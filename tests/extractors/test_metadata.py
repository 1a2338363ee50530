from pipeline.extractors.metadata import extract_metadata

HEADER = """SECRETARIAT D'ÉTAT
CHARGÉ DU NUMÉRIQUE

Liberté
Égalité
Fraternité

COMMUNIQUÉ DE PRESSE

Lancement d'une nouvelle plateforme pour les usagers

Lyon, le 3 mars 2021

N° 42

Le ministère annonce aujourd'hui le lancement d'une plateforme."""


def test_header_fields():
    metadata = extract_metadata(HEADER)
    assert metadata["issuer"] == "SECRETARIAT D'ÉTAT CHARGÉ DU NUMÉRIQUE"
    assert metadata["document_type"] == "COMMUNIQUÉ DE PRESSE"
    assert metadata["title"] == "Lancement d'une nouvelle plateforme pour les usagers"
    assert (metadata["place"], metadata["date"], metadata["reference"]) == ("Lyon", "2021-03-03", "42")
    for name, span in metadata["evidence"].items():
        assert HEADER[span["start"]:span["end"]] == span["text"], name


def test_dateline_on_the_title_line():
    text = "COMMUNIQUÉ DE PRESSE\nVigilance orange pour orages Nîmes, le 19/07/2021 sur le département\nLe texte."
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"]) == ("Nîmes", "2021-07-19")
    assert metadata["title"] == "Vigilance orange pour orages sur le département"


def test_iso_date_line_without_dateline():
    metadata = extract_metadata("Communiqué de presse\nLancement de l'outil collaboratif\n2019-04-19\n\nL'État lance un outil.")
    assert metadata["date"] == "2019-04-19" and metadata["place"] is None
    assert metadata["title"] == "Lancement de l'outil collaboratif"


def test_reference_in_body_is_not_the_release_number():
    metadata = extract_metadata("Communiqué de presse\nUn titre assez long\n2023-11-22\n\nLe Gouvernement ratifie l'ordonnance n° 2023-859 du 6 septembre 2023 qui renforce les sanctions.")
    assert metadata["reference"] is None
