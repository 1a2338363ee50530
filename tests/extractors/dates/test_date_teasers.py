"""Teaser blocks for other articles (pipeline.extractors.dates.teasers): the lines under a short
'see also' heading, up to a blank line; a sentence that only opens so is body text."""

from pipeline.extractors.dates.teasers import teaser_blocks


def _blocks(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in teaser_blocks(text)]


def test_the_lines_under_a_see_also_heading_are_teasers():
    text = (
        "Fin du texte.\n\nArticles liés\n› Record d'inscriptions 2026\n› Le parcours 2026\n\nMentions légales"
    )
    assert _blocks(text) == ["› Record d'inscriptions 2026\n› Le parcours 2026"]


def test_a_sentence_opening_on_lire_aussi_is_no_heading():
    text = "Lire aussi le rapport annuel 2025, disponible en mairie.\nLe maire a signé."
    assert _blocks(text) == []


def test_a_heading_with_a_colon_and_nothing_under_it():
    assert _blocks("Sur le même sujet :\n\nTexte.") == []


def test_links_to_the_previous_and_next_posts_are_teasers():
    text = "Texte.\n← Article précédent : Semaine du rein 2026\nArticle suivant : Assemblée générale 2026 →\n"
    assert _blocks(text) == [
        "← Article précédent : Semaine du rein 2026",
        "Article suivant : Assemblée générale 2026 →",
    ]


def test_a_breadcrumb_trail_is_the_sites_but_not_a_line_of_quoted_names():
    text = (
        "Accueil > Actualités > Sports > Les piscines rouvertes cet été\n\nLes piscines rouvertes cet été\n"
    )
    assert _blocks(text) == ["Accueil > Actualités > Sports > Les piscines rouvertes cet été"]
    assert _blocks("Les prix « Or » et « Argent » et « Bronze » remis le 3 mai.\n") == []


def test_teasers_printed_on_the_line_of_their_heading():
    text = "Fin.\nVoir aussi : Nos ateliers dans 40 communes | Résultats 2029\n© Mutuelle 2030\n"
    assert _blocks(text) == ["Voir aussi : Nos ateliers dans 40 communes | Résultats 2029"]
