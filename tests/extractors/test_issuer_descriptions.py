"""Session 24 shapes of the issuer (pipeline/extractors/issuer/): a sign-off 'Pour X, le conseil
d'administration' read onto one line, a status line over the closing contact that names no body,
a typed logo's name printed as the header prints it, the head-words of port authorities. Invented
fragments."""

import pytest

from tests.extractors.issuer_fragments import BODY, metadata_of, same

LEDE = "Quimper, le 12 mars 2026\n\nLes riverains demandent l'abandon du projet de zone commerciale\n\n"


@pytest.mark.parametrize(
    ("signed", "status", "expected"),
    [
        (
            "Pour Bocage Vivant Finistère,\nle conseil d'administration",
            "Association agréée pour la protection de l'environnement (Finistère)",
            "Bocage Vivant Finistère",
        ),
        (
            "Pour le Collectif Sauvons la Rance,\nle bureau",
            "Association loi 1901 reconnue d'utilité publique",
            "Collectif Sauvons la Rance",
        ),
    ],
)
def test_a_status_line_over_the_contact_is_no_issuer(signed, status, expected):
    closing = f"{signed}\n\n{status}\nContact : Paul Morel, chargé de mission – 06 12 34 56 78\n"
    release = f"{LEDE}{BODY}{BODY}{closing}"
    assert same(metadata_of(release)["issuer"], expected)


def test_a_sentence_after_pour_x_is_no_sign_off():
    closing = "Pour Sauvegarde du Trégor, le conseil municipal a voté contre\n\nContact : 06 12 34 56 78\n"
    release = f"{LEDE}{BODY}{BODY}{closing}"
    assert metadata_of(release)["issuer"] is None


@pytest.mark.parametrize(
    "status",
    [
        "Association agréée pour la protection de l'environnement (Morbihan)",
        "Association loi 1901 reconnue d'utilité publique",
        "Fondation reconnue d'utilité publique",
    ],
)
def test_a_status_line_alone_over_the_contact_names_no_issuer(status):
    closing = f"{status}\nContact presse : Jeanne Morel – 06 12 34 56 78\n"
    release = f"{LEDE}{BODY}{BODY}{closing}"
    assert metadata_of(release)["issuer"] is None


@pytest.mark.parametrize(
    ("logo", "printed", "kind"),
    [
        ("Logo du Trident", "LE TRIDENT", "Scène nationale de Cherbourg"),
        ("Logo de la Comète", "LA COMÈTE", "Scène nationale de Châlons-en-Champagne"),
        ("Logo Quai des Arts", "QUAI DES ARTS", "Salle de spectacles de la ville"),
    ],
)
def test_a_typed_logos_name_is_named_as_the_header_prints_it(logo, printed, kind):
    release = (
        f"![{logo}](/img/logo.png)\n\n**{printed}**\n*{kind}*\n\n**Communiqué de presse** · "
        "Caen, le 7 avril 2026\n\n# Une saison hors les murs pendant les travaux de la salle\n\n"
        f"{BODY}"
    )
    assert metadata_of(release, "release.md")["issuer"] == printed


@pytest.mark.parametrize(
    "name",
    ["GRAND PORT MARITIME DE LA ROCHELLE", "Grand port maritime du Havre", "PORT AUTONOME DE STRASBOURG"],
)
def test_a_port_authority_is_a_body_over_the_genre(name):
    release = (
        f"![Atlantique Ports](/img/logo.png)\n\n**{name}**\n\n## Communiqué de presse\n\n"
        "*La Rochelle, le 30 janvier 2026*\n\n"
        f"# Le trafic de l'année dépasse les dix millions de tonnes\n\n{BODY}"
    )
    assert same(metadata_of(release, "release.md")["issuer"], name)
