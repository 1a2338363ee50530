"""Quote shapes read on real French releases and articles from issuers the corpus does not hold (a
region, a département, a federation, universities, a cooperative, PR agencies' clients): a verb of
saying with its subject pronoun after it ('», se réjouit-elle'), a paragraph whose subject is a
pronoun and whose verb is one of saying ('Il raconte que … « … »'), a mention that took in the
introducer of its sentence ('Pour Anne Roy, …'), a citation whose source line names a legal text,
and a headline made of a name, a colon and a short quote. Every fragment is invented; the shapes
are the real ones. Expected values follow docs/annotation.md."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # -- the inverted pronoun on any verb form refers back to the speaker before
    (
        "se_rejouit_elle",
        "« Nous voulons que chaque enfant trouve un album à sa taille », explique Hélène Brossard, "
        "directrice des bibliothèques.\n\nLe fonds compte 4 000 titres. « Les familles nous le demandaient "
        "depuis longtemps, et les écoles aussi !», se réjouit-elle.",
        [
            ("Hélène Brossard", "Nous voulons que chaque enfant trouve un album à sa taille"),
            ("Hélène Brossard", "Les familles nous le demandaient depuis longtemps, et les écoles aussi !"),
        ],
    ),
    (
        "poursuit_il",
        "« Le chantier a commencé en mars et se terminera à l'automne », indique Paul Garnier, maire de "
        "Vézac. « Les riverains seront informés de chaque fermeture de rue », poursuit-il.",
        [
            ("Paul Garnier", "Le chantier a commencé en mars et se terminera à l'automne"),
            ("Paul Garnier", "Les riverains seront informés de chaque fermeture de rue"),
        ],
    ),
    # -- a paragraph led by a pronoun and a verb of saying: the person it refers back to
    (
        "pronoun_lead_after_byline",
        "« Nos clients attendent des réponses en moins de quatre heures, partout en Bretagne. »\n\n"
        "Yann Le Bihan, directeur des opérations, Kervalis\n\nUn recrutement ouvert\n\n"
        "Il explique aussi que les candidats seront formés en interne pendant six mois. « Nous cherchons "
        "d'abord des personnes motivées, le diplôme viendra ensuite. »",
        [
            (
                "Yann Le Bihan",
                "Nos clients attendent des réponses en moins de quatre heures, partout en Bretagne.",
            ),
            ("Yann Le Bihan", "Nous cherchons d'abord des personnes motivées, le diplôme viendra ensuite."),
        ],
    ),
    (
        "pronoun_lead_with_auxiliary",
        "Claire Dumas préside la fédération départementale des chasseurs depuis 2019.\n\n"
        "Elle a rappelé lors de l'assemblée générale que la saison avait été marquée par la sécheresse. "
        "« Nos bénévoles ont compté chaque point d'eau du massif, un par un. »",
        [("Claire Dumas", "Nos bénévoles ont compté chaque point d'eau du massif, un par un.")],
    ),
    # -- a legal text's wording, its source printed under it, is a citation
    (
        "constitution_source_line",
        "Publié le 2 juin 2026 par Claire Vasseur, rectrice de l'académie\n\n« La France est une "
        "République indivisible, laïque, démocratique et sociale. »\n\nConstitution du 4 octobre 1958, "
        "article 1er\n\nLes établissements organiseront des débats.",
        [],
    ),
    (
        "code_source_dash",
        "Le maire Henri Colas a présenté le règlement du marché.\n\n« Tout exposant est tenu de laisser "
        "son emplacement propre à la fermeture. » – Code général des collectivités territoriales\n",
        [],
    ),
    (
        "speech_before_a_paragraph_on_a_law",
        "« Nous avons enfin les moyens de rénover les écoles du village », se félicite Anne Perrin, maire "
        "de Brézins.\n\nLoi de finances : les dotations aux communes progressent de 2 % cette année.",
        [("Anne Perrin", "Nous avons enfin les moyens de rénover les écoles du village")],
    ),
    # -- a verb of saying after a modal ('tient à souligner'), and verbs real releases use
    (
        "modal_then_verb",
        "« Les aidants portent une charge immense, souvent dans le silence », tient à souligner Christophe "
        "Ramel, président du Département.\n\n« Ce plan prévoit 40 places de répit dès cette année », a tenu "
        "à préciser Maryline Lherbier, vice-présidente.",
        [
            ("Christophe Ramel", "Les aidants portent une charge immense, souvent dans le silence"),
            ("Maryline Lherbier", "Ce plan prévoit 40 places de répit dès cette année"),
        ],
    ),
    (
        "appuie_and_remercie",
        "« Aucun aidant ne doit rester seul face à la maladie d'un proche », appuie Sylvie Bonnel, "
        "directrice de l'association.\n\n« Chaque bénévole a donné de son temps sans compter », remercie "
        "Paul Astier, président du club.",
        [
            ("Sylvie Bonnel", "Aucun aidant ne doit rester seul face à la maladie d'un proche"),
            ("Paul Astier", "Chaque bénévole a donné de son temps sans compter"),
        ],
    ),
    # -- an adjunct of place or occasion between the verb and the speaker
    (
        "adjunct_before_the_name",
        "« Ce bassin manquait aux clubs de la région », a déclaré lors de l'inauguration Léonore "
        "Moncond'huy.\n\n« Nous attendons 300 000 entrées par an », estime devant les élus Jean-Paul "
        "Lacour, directeur du centre.",
        [
            ("Léonore Moncond'huy", "Ce bassin manquait aux clubs de la région"),
            ("Jean-Paul Lacour", "Nous attendons 300 000 entrées par an"),
        ],
    ),
    # -- testimonials in a list, signed after a comma
    (
        "list_testimonials_signed_after_a_comma",
        "Les usagers témoignent :\n- « Je viens nager tous les matins avant le travail », Marc, 42 ans\n"
        "- « Mes enfants adorent la pataugeoire », Inès, mère de famille\n",
        [
            ("Marc", "Je viens nager tous les matins avant le travail"),
            ("Inès", "Mes enfants adorent la pataugeoire"),
        ],
    ),
    (
        "a_name_after_a_comma_inside_a_sentence_is_no_signature",
        "Le livre « Nos rivières en danger », Gallimard, 2024, sera présenté au salon.",
        [],
    ),
    # -- a note call after the closing mark; a plural pronoun for the two persons named last
    (
        "note_call_before_the_attribution",
        "« Chaque nuit, 300 places supplémentaires seront ouvertes »¹, précise Hélène Castel, directrice "
        "de la cohésion sociale.\n\n¹ Source : enquête départementale.",
        [("Hélène Castel", "Chaque nuit, 300 places supplémentaires seront ouvertes")],
    ),
    (
        "plural_pronoun_for_two_signatories",
        "Georges Lenoir, préfet du département, et Martine Aubier, maire de la ville, ont signé la "
        "convention. « Cette convention nous engage pour trois ans », ont-ils rappelé.",
        [("Georges Lenoir et Martine Aubier", "Cette convention nous engage pour trois ans")],
    ),
    # -- a signature after an HTML line break
    (
        "html_blockquote_signed_after_br",
        "<blockquote>« Le club a formé plus de 10 000 marins depuis sa création. »<br><strong>Yann "
        "Kerbrat</strong>, président du club</blockquote>",
        [("Yann Kerbrat", "Le club a formé plus de 10 000 marins depuis sa création.")],
    ),
    # -- two speakers, each with a role, speak as one
    (
        "joint_speakers_with_roles_after",
        "« Nous avons choisi d'agir ensemble pour les jeunes du territoire », déclarent Sophie Marin, "
        "présidente de la communauté d'agglomération, et Paul Renaud, président de la caisse "
        "d'allocations familiales.",
        [("Sophie Marin et Paul Renaud", "Nous avons choisi d'agir ensemble pour les jeunes du territoire")],
    ),
    (
        "one_speaker_and_a_clause",
        "« Le guichet unique ouvrira en septembre », précise Sophie Marin, présidente de l'agglomération, et "
        "le calendrier sera présenté aux familles en juin.",
        [("Sophie Marin", "Le guichet unique ouvrira en septembre")],
    ),
    # -- a headline: a name, a colon, a short quote
    (
        "name_colon_short_headline",
        "Clémence Aubry : « Nous resterons ouverts »\n\nLa présidente de l'association Pattes Tendues a "
        "présenté mardi le bilan de l'année écoulée.",
        [("Clémence Aubry", "Nous resterons ouverts")],
    ),
    (
        "event_colon_short_title_is_no_quote",
        "Festival Lumières Vives : « Tous en scène »\n\nLa ville de Bourg accueille la troisième édition "
        "du festival du 4 au 6 juillet.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_quote_shapes_of_unseen_issuers(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "« … » Pour Nathalie Dauphin, attachée de presse, c'est clair.",
            "Pour Nathalie Dauphin",
            "Nathalie Dauphin",
        ),
        ("Selon Marc Olivier, chef de projet, « … ».", "Selon Marc Olivier", "Marc Olivier"),
        ("Et pour Inès Kaci, « … ».", "Et pour Inès Kaci", "Inès Kaci"),
        ("Pourcel Anne a dit « … ».", "Pourcel Anne", "Pourcel Anne"),
    ],
)
def test_a_speaker_is_named_without_the_introducer_its_mention_took_in(text, mention, name):
    from pipeline.extractors.quotes import _person_name

    start = text.index(mention)
    assert _person_name(text, (start, start + len(mention), "PER")) == name


def test_a_quote_in_the_opening_heading_of_a_markdown_page_is_body_text(nlp):
    """The front matter is page metadata; the body's opening heading, though the reader records it
    beside the front matter as the title's evidence, is body text: its fragment is a quote, and the
    body that is the subject of the clause after the heading's colon speaks it."""
    from pipeline.api import Extractor

    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "---\ntitle: Canicule\ndate: 2026-06-02\n---\n\n## Canicule : l'ARS Normandie lance sa campagne et "
        "appelle chacun à « boire régulièrement »\n\nLa campagne débute ce mardi dans la région.\n"
    )
    record = extractor.extract(text, format="text")
    assert [(q.speaker, q.text) for q in record.quotes] == [("ARS Normandie", "boire régulièrement")]
