"""The title of a markdown page with front matter: the first heading among the body's opening
lines that reads as a headline (not the body's name, not the genre), else the front matter's."""

from pathlib import Path

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_document

FRONT = '---\ntitle: "Menu : collecte"\ndate: 2025-11-03\ncategories: [Presse]\n---\n\n'


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (  # a banner image and a bold letterhead over the headline
            "![](/img/bandeau.png)\n\n**RÉGION NORMANDIE**\n\n"
            "## La Région ouvre la collecte de jouets dans ses lycées\n\n"
            "*Communiqué de presse – Caen, le 3 novembre 2025*\n\n"
            "Du 3 au 28 novembre, les lycéens sont invités à déposer des jouets en bon état.\n",
            "La Région ouvre la collecte de jouets dans ses lycées",
        ),
        (  # the body's name and the genre set as headings too
            "# Fédération française de cyclisme\n\n## Communiqué de presse\n\n"
            "### Les clubs collectent des vélos pour les familles\n\n"
            "Paris, le 3 novembre 2025\n\nLes clubs affiliés ouvrent leurs locaux aux dons.\n",
            "Les clubs collectent des vélos pour les familles",
        ),
        (  # an inline tag left in the heading is no part of the title
            '<p class="surtitre">Communiqué de presse</p>\n\n'
            "## La Région appelle chacun à <strong>« trier mieux »</strong>\n\n"
            "Les déchetteries de la région ouvrent le dimanche dès le mois prochain.\n",
            "La Région appelle chacun à « trier mieux »",
        ),
        (  # a line set in bold is no heading (docs/annotation.md): the front matter's title stands
            "Les Amis de la Plage<br>\n*Association loi 1901*\n\n**COMMUNIQUÉ**\n\n"
            "**Lannion, le 3 novembre 2025**\n\n"
            "**Cet hiver, les bénévoles ramassent les filets échoués sur six plages**\n\n"
            "Chaque samedi, une trentaine de bénévoles arpentent le littoral.\n",
            "Menu : collecte",
        ),
        (  # a short bold label is no headline: the front matter's title stands
            "**Mobilités**\n\nLes bénévoles de l'association collectent des jouets tout le mois.\n",
            "Menu : collecte",
        ),
        (  # only the genre as a heading: the front matter's title stands
            "# Communiqué de presse\n\nLes bénévoles de l'association collectent des jouets tout le mois.\n",
            "Menu : collecte",
        ),
    ],
)
def test_title_of_a_markdown_page(tmp_path: Path, body: str, title: str):
    path = tmp_path / "page.md"
    path.write_text(FRONT + body, encoding="utf-8")
    document = read_document(path)
    metadata = extract_metadata(document.text, front_matter=document.front_matter)
    assert metadata["title"] == title
    assert metadata["date"] == "2025-11-03"


@pytest.mark.parametrize(
    ("body", "date", "place"),
    [
        (  # the body's dateline beats the page's date (the site published it two days later)
            "Lille, le 3 mars 2025\n\nLe club ouvre une section de basket fauteuil dès la rentrée.\n",
            "2025-03-03",
            "Lille",
        ),
        (  # a date line the body prints in its header
            "Communiqué de presse – 3 mars 2025\n\nLe club ouvre une section de basket fauteuil.\n",
            "2025-03-03",
            None,
        ),
        (  # only a date inside the text: the page's date stands
            "Le club ouvre le 12 mars 2025 une section de basket fauteuil, avec deux entraîneurs.\n",
            "2025-03-05",
            None,
        ),
    ],
)
def test_date_of_a_markdown_page(tmp_path: Path, body: str, date: str, place):
    path = tmp_path / "page.md"
    path.write_text('---\ntitle: "Basket fauteuil au club"\ndate: 2025-3-5T09:00:00\n---\n\n' + body, "utf-8")
    document = read_document(path)
    metadata = extract_metadata(document.text, front_matter=document.front_matter)
    assert (metadata["date"], metadata["place"]) == (date, place)
