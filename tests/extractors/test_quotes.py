import pytest

from pipeline.extractors.quotes import extract_quotes


def test_speaker_before_the_quote():
    text = "Cédric O a déclaré : « Le partenariat incarne un bel élan collectif. »"
    quotes = extract_quotes(text, [(0, 8, "Cédric O")])
    assert quotes[0]["speaker"] == "Cédric O"
    assert quotes[0]["text"] == "Le partenariat incarne un bel élan collectif."
    assert text[quotes[0]["start"] : quotes[0]["end"]] == quotes[0]["text"]


def test_term_in_guillemets_is_not_a_quote():
    assert extract_quotes("la DINSIC lancera un « bug bounty ».", []) == []


def test_curly_quotes_and_speaker_after():
    text = "“Nous ouvrons aujourd'hui un nouveau service public.” a indiqué Amélie de Montchalin."
    start = text.index("Amélie")
    quotes = extract_quotes(text, [(start, start + len("Amélie de Montchalin"), "Amélie de Montchalin")])
    assert quotes[0]["speaker"] == "Amélie de Montchalin"


def persons_in(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Every occurrence of each name, as the entity extractor would give PER mentions."""
    import re

    return sorted((m.start(), m.end(), name) for name in names for m in re.finditer(re.escape(name), text))


def test_title_in_guillemets_is_not_a_quote_even_when_long():
    text = (
        "Le ministère publie l'appel « Pour une administration plus "
        "proche des usagers des territoires » ce lundi."
    )
    assert extract_quotes(text, []) == []


def test_nested_title_stays_inside_the_quote():
    text = (
        "« J'ai découvert le salon « Métiers du numérique public » "
        "l'an passé et j'y reviens. »\n\nLéa Martin, développeuse"
    )
    quotes = extract_quotes(text, persons_in(text, "Léa Martin"))
    assert [q["text"] for q in quotes] == [
        "J'ai découvert le salon « Métiers du numérique public » l'an passé et j'y reviens."
    ]
    assert quotes[0]["speaker"] == "Léa Martin"
    assert quotes[0]["speaker_span"]["rule"] == "quote.byline"  # a paragraph of its own under the quote


def test_straight_quotes_count_only_when_attributed():
    text = (
        'Le "Plan Lumière" est une "grande réforme attendue de tous". '
        '"La ville change de visage et nous en sommes fiers" déclarait en 2019 Paul Girard.'
    )
    quotes = extract_quotes(text, persons_in(text, "Paul Girard"))
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Paul Girard", "La ville change de visage et nous en sommes fiers")
    ]


def test_straight_quote_with_inner_terms():
    text = (
        'Il cite: "Tout est "possible" ici, même le "pire" des scénarios '
        'de crise" écrivait Anne\nLebrun en 2001.'
    )
    quotes = extract_quotes(text, persons_in(text, "Anne"))
    assert quotes[0]["text"] == 'Tout est "possible" ici, même le "pire" des scénarios de crise'
    assert quotes[0]["speaker"] == "Anne Lebrun"


def test_speaker_named_by_role_after_the_quote():
    text = (
        "Julie Morel, ministre de la Culture, était à Lyon.\n\n"
        "« Nous soutenons les musées de tous les territoires », a indiqué la ministre."
    )
    quotes = extract_quotes(text, persons_in(text, "Julie Morel"))
    assert quotes[0]["speaker"] == "Julie Morel"
    assert quotes[0]["speaker_span"]["rule"] == "quote.attribution_role"


def test_attribution_verb_beats_a_person_named_before():
    text = "Marc Petit a ouvert la séance. « Le budget sera tenu cette année », a précisé Sophie Durand."
    quotes = extract_quotes(text, persons_in(text, "Marc Petit", "Sophie Durand"))
    assert quotes[0]["speaker"] == "Sophie Durand"


def test_quote_continued_over_paragraphs():
    """Each paragraph reopened with « is a quote of its own (as the dev gold labels them), the
    second the first's speaker's."""
    text = "Selon Claire Roux : « Le premier pas est fait.\n\n« Le second viendra en juin. »"
    quotes = extract_quotes(text, persons_in(text, "Claire Roux"))
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Claire Roux", "Le premier pas est fait."),
        ("Claire Roux", "Le second viendra en juin."),
    ]


def test_stray_opening_mark_does_not_swallow_the_text():
    text = (
        "Un « oubli sans fin.\n\nDeuxième paragraphe sans marque.\n\n« "
        "Nous lançons le service aujourd'hui. » a déclaré Hugo Blanc."
    )
    quotes = extract_quotes(text, persons_in(text, "Hugo Blanc"))
    assert [q["text"] for q in quotes] == ["Nous lançons le service aujourd'hui."]


def test_title_after_a_colon_without_speaker_is_not_a_quote():
    assert extract_quotes("Le thème de cette année : « Les territoires au cœur de la transition ».", []) == []


def test_speaker_opening_the_sentence_with_pour():
    text = (
        "Le conseil a voté le budget.\n\n"
        "Pour Paul Mercier, président du syndicat des vignerons, "
        "« cette aide arrive tard mais elle sauvera des exploitations "
        "»."
    )
    quotes = extract_quotes(text, persons_in(text, "Paul Mercier"))
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Paul Mercier", "cette aide arrive tard mais elle sauvera des exploitations"),
    ]
    assert quotes[0]["speaker_span"]["rule"] == "quote.introduced_by"


def test_a_person_merely_named_before_a_title_in_guillemets_does_not_make_it_speech():
    text = "Paul Mercier a présenté le plan « Vignes et territoires de demain » aux élus."
    assert extract_quotes(text, persons_in(text, "Paul Mercier")) == []


def test_role_noun_resolved_to_the_nearest_person_given_a_matching_role_before_the_name():
    text = (
        "Le centre d'art accueille la sculptrice Inès Caradec et le photographe Yann Le Bihan.\n\n"
        "« Je travaille la pierre comme on écoute une vieille histoire », raconte l'artiste."
    )
    quotes = extract_quotes(text, [])  # names the entity extractor missed are read after their role
    assert [q["speaker"] for q in quotes] == ["Yann Le Bihan"]
    assert quotes[0]["speaker_span"]["rule"] == "quote.attribution_role"


def test_role_noun_picks_the_holder_of_that_role_not_just_the_nearest_name():
    text = (
        "La ministre Julie Morel a rencontré Paul Girard, maire de Vienne.\n\n"
        "« Nous tiendrons les délais annoncés », a assuré la ministre."
    )
    quotes = extract_quotes(text, persons_in(text, "Julie Morel", "Paul Girard"))
    assert quotes[0]["speaker"] == "Julie Morel"


def test_pronoun_attribution_refers_back_to_the_last_speaker():
    text = (
        "« Les digues ont tenu partout dans la vallée », a indiqué Claire Aubin.\n\n"
        "Le préfet a visité les communes sinistrées.\n\n"
        "« Il faudra pourtant les renforcer avant l'hiver prochain », ajoute-t-elle."
    )
    quotes = extract_quotes(text, persons_in(text, "Claire Aubin"))
    assert [q["speaker"] for q in quotes] == ["Claire Aubin", "Claire Aubin"]
    assert quotes[1]["speaker_span"]["rule"] == "quote.attribution_pronoun"


def test_colon_introduced_quote_takes_the_name_opening_its_sentence():
    text = (
        "Lina Hoarau, directrice du port, résume l'enjeu : « Chaque escale compte pour l'économie de l'île. »"
    )
    quotes = extract_quotes(text, [])  # a name the entity extractor missed
    assert [(q["speaker"], q["speaker_span"]["rule"]) for q in quotes] == [
        ("Lina Hoarau", "quote.introduced_name")
    ]


def test_introducer_may_carry_a_title_before_the_name():
    text = (
        "D'après le professeur Alain Vidal, spécialiste des sols, "
        "« les prairies stockent plus de carbone que prévu »."
    )
    quotes = extract_quotes(text, persons_in(text, "Alain Vidal"))
    assert [q["speaker"] for q in quotes] == ["Alain Vidal"]


def test_testimonials_in_a_row_each_take_the_name_opening_their_paragraph():
    text = (
        "Ils en parlent\n\n"
        "Anne Roux, présidente de Vélo Cité : « Nous attendions ce réseau depuis des années. »\n\n"
        "Marc Blin, Pdt de Rail Plus, pôle des entreprises du\nrail en Bretagne : « Le réseau nous donne "
        "une voix. »\n\n"
        "Julie Morel, directrice, rappelle pour sa part « la place des usagers dans ce projet »."
    )
    quotes = extract_quotes(text, persons_in(text, "Anne Roux", "Marc Blin", "Julie Morel"))
    assert [q["speaker"] for q in quotes] == ["Anne Roux", "Marc Blin", "Julie Morel"]
    quotes = extract_quotes(text, [])  # names the entity extractor missed
    assert [q["speaker"] for q in quotes] == ["Anne Roux", "Marc Blin", "Julie Morel"]


def test_quote_in_markdown_or_html_emphasis_keeps_its_attribution():
    for text in (
        "*« Le numérique doit rester ouvert à tous. »*, déclare Paul Girard, président de l'association.",
        "<p><em>«&nbsp;Le numérique doit rester ouvert à tous.&nbsp;»</em> déclare Paul Girard.</p>",
    ):
        quotes = extract_quotes(text, [])
        assert [(q["speaker"], q["text"]) for q in quotes] == [
            ("Paul Girard", "Le numérique doit rester ouvert à tous.")
        ], text


def test_html_paragraphs_end_a_stray_opening_mark():
    text = (
        "<p>Ils avaient dénoncé «une entorse à la neutralité scolaire</p>\n<p>La suite du texte.</p>\n"
        "<p>Un autre paragraphe.</p>\n<p>« Nous voulons une école libre. » déclare Rémi Roux.</p>"
    )
    quotes = extract_quotes(text, [])
    assert [(q["speaker"], q["text"]) for q in quotes] == [("Rémi Roux", "Nous voulons une école libre.")]


def test_byline_under_or_above_a_testimonial():
    under = (
        "« Le salon m'a permis de trouver mes trois premiers clients. »\n\n"
        "Léa Martin\nFondatrice de Mots et Champs\n\n"
        "« J'y retournerai l'an prochain avec toute l'équipe. »\n\n"
        "Hugo Blanc, éleveur"
    )
    quotes = extract_quotes(under, persons_in(under, "Léa Martin", "Hugo Blanc"))
    assert [(q["speaker"], q["speaker_span"]["rule"]) for q in quotes] == [
        ("Léa Martin", "quote.byline"),
        ("Hugo Blanc", "quote.byline"),
    ]
    above = (
        "Léa Martin\nFondatrice de Mots et Champs\n\n"
        "« Le salon m'a permis de trouver mes trois premiers clients. »\n\n"
        "Hugo Blanc, éleveur\n\n"
        "« J'y retournerai l'an prochain avec toute l'équipe. »"
    )
    quotes = extract_quotes(above, persons_in(above, "Léa Martin", "Hugo Blanc"))
    assert [q["speaker"] for q in quotes] == ["Léa Martin", "Hugo Blanc"]


def test_a_sentence_opening_on_a_name_is_no_byline():
    text = "« Le salon m'a permis de trouver mes trois premiers clients. »\n\nLéa Martin a ouvert la séance."
    quotes = extract_quotes(text, persons_in(text, "Léa Martin"))
    assert [q["speaker"] for q in quotes] == [None]


def test_colon_introduces_speech_only_when_the_speaker_is_in_its_sentence():
    text = (
        "Le salon a été ouvert par Paul Girard. Le titre de l'étude se veut neutre : "
        "« Investissement des collectivités en matière de numérique »."
    )
    assert extract_quotes(text, persons_in(text, "Paul Girard")) == []


def test_signed_line_under_a_quote_names_a_speaker_the_entity_extractor_missed():
    text = (
        "Les musiciens arrivent.\n\n*« La scène locale a enfin sa vitrine. »*\n— Claire Aubin, saxophoniste"
    )
    quotes = extract_quotes(text, [])
    assert [(q["speaker"], q["speaker_span"]["rule"]) for q in quotes] == [
        ("Claire Aubin", "quote.signature_name")
    ]


def test_markdown_blockquote_and_straight_quotes_in_emphasis():
    for text in (
        "> « Nous sommes fiers de ce chemin parcouru »\n> — Marie Dupont, présidente",
        "> « Nous sommes fiers de ce chemin parcouru »\n>\n> Marie Dupont, présidente",
        "Le texte.\n\n> « Nous sommes fiers de ce chemin parcouru »\n\n> Marie Dupont, présidente",
        'Le texte.\n\n<em>"Nous sommes fiers de ce chemin parcouru"</em> explique Marie Dupont.',
    ):
        quotes = extract_quotes(text, [])
        assert [(q["speaker"], q["text"]) for q in quotes] == [
            ("Marie Dupont", "Nous sommes fiers de ce chemin parcouru")
        ], text


def test_name_and_role_on_the_lines_under_a_quote_in_its_paragraph():
    text = "« J'ai trouvé ici un atelier et des voisins. »\nSophie Lemaire\nMenuisière, membre depuis 2023"
    quotes = extract_quotes(text, [])
    assert [q["speaker"] for q in quotes] == ["Sophie Lemaire"]


def test_titles_in_a_press_review_followed_by_their_date_are_not_quotes():
    text = (
        "Revue de presse :\n"
        "● Le Point, “Jeunes chercheurs : à vos maths !”, 04/12/2016\n"
        "● Une chaîne vidéo, “Pourquoi chiffrer nos messages ?”, diffusé le 21 mai 2017\n"
    )
    assert extract_quotes(text, []) == []


def test_attribution_after_the_quote_makes_speech_whoever_speaks():
    text = (
        "La ministre des Sports, Marie Barsacq, s'est rendue à Vichy. « Le sport doit être accessible "
        "à toutes et à tous », a-t-elle déclaré.\n\n"
        "« Je me sens enfin écoutée par les services de la ville », témoigne une habitante."
    )
    quotes = extract_quotes(text, persons_in(text, "Marie Barsacq"))
    assert [q["speaker"] for q in quotes] == ["Marie Barsacq", None]
    assert quotes[0]["speaker_span"]["rule"] == "quote.attribution_pronoun"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        (
            "« Nous sommes fiers, confie Anne Martin, de voir nos élèves primés au concours. »",
            ["Anne Martin"],
            "Anne Martin",
        ),
        (
            "« Cette usine, a précisé Sophie Lambert, créera deux cents emplois d'ici 2027. »",
            [],
            "Sophie Lambert",
        ),
        (
            "Sarah Lopez dirige le festival. « Cette année, explique-t-elle, nous avons accueilli "
            "80 000 spectateurs. » Le bilan est positif.",
            ["Sarah Lopez"],
            "Sarah Lopez",
        ),
    ],
)
def test_incise_inside_the_quote_names_the_speaker(text, names, speaker):
    quotes = extract_quotes(text, persons_in(text, *names))
    assert [q["speaker"] for q in quotes] == [speaker]
    assert quotes[0]["speaker_span"]["rule"] in {"quote.incise", "quote.attribution_pronoun"}


@pytest.mark.parametrize(
    "text",
    [
        "Thème de l'édition 2025 : « Les océans, notre bien commun ». Le festival réunira 40 artistes.",
        "La campagne « Vos droits, votre santé, notre priorité » sera affichée dans les gares.",
        "La région lance le plan « Tous en selle » et le « Plan Vélo pour nos communes rurales ».",
    ],
)
def test_first_person_slogans_and_titles_nobody_says_are_not_quotes(text):
    assert extract_quotes(text, []) == []


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Le maire dénonce une décision « injuste et brutale » prise sans concertation.",
            [],
            [(None, "injuste et brutale")],
        ),
        (
            "Karim Nadi, président de l'union locale, a salué une « mobilisation exceptionnelle ».",
            ["Karim Nadi"],
            [("Karim Nadi", "mobilisation exceptionnelle")],
        ),
        ("La directrice se dit « très fière » de ses élèves.", [], [(None, "très fière")]),
    ],
)
def test_fragment_given_as_someones_words_is_a_quote(text, names, expected):
    assert [(q["speaker"], q["text"]) for q in extract_quotes(text, persons_in(text, *names))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a salué l'opération « École ouverte » à Lille.",  # a name
        "Le projet de « ville apaisée » se poursuit dans trois quartiers.",  # no one says it
        "La préfète juge la situation « préoccupante » ce lundi.",  # a single word
        "Le rapport évoque des « zones blanches » dans le département.",  # a term
    ],
)
def test_names_terms_and_scare_quotes_are_no_fragments(text):
    assert extract_quotes(text, []) == []


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        (
            "Lors de sa visite, la ministre Agnès Roussel a rappelé que « la forêt doit être protégée des "
            "incendies ».",
            ["Agnès Roussel"],
            "Agnès Roussel",
        ),
        (
            "Le rectorat de Lyon indique qu'« aucune fermeture de classe n'est prévue ».",
            [],
            "rectorat de Lyon",
        ),
        ("Selon les organisateurs, « plus de 5 000 coureurs sont attendus au départ ».", [], None),
        (
            "Le préfet de la Somme, Étienne Morel, a visité la digue.\n\nD'après le préfet, « les travaux "
            "seront achevés avant l'hiver ».",
            ["Étienne Morel"],
            "Étienne Morel",
        ),
    ],
)
def test_indirect_lead_ins_and_selon_attribute_the_quote(text, names, speaker):
    quotes = extract_quotes(text, persons_in(text, *names))
    assert [q["speaker"] for q in quotes] == [speaker]


def test_role_given_before_the_name_with_its_complement():
    text = (
        "Le préfet de la Somme, Étienne Morel, a visité la digue de Saint-Valery.\n\n"
        "« Les travaux de renforcement seront achevés avant l'hiver », poursuit le préfet."
    )
    quotes = extract_quotes(text, persons_in(text, "Étienne Morel"))
    assert quotes[0]["speaker"] == "Étienne Morel"
    assert quotes[0]["speaker_span"]["rule"] == "quote.attribution_role"


def test_pour_with_a_non_speaker_does_not_attribute_a_title():
    assert (
        extract_quotes(
            "Pour son édition 2025, le festival « Les Nuits Secrètes de la ville » change de lieu.", []
        )
        == []
    )


def test_a_title_followed_by_a_participle_and_its_agent_is_no_quote():
    text = "Le musée expose « Une saison au jardin des plantes rares », écrit par Marie Roux en 1920."
    assert extract_quotes(text, persons_in(text, "Marie Roux")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Au programme : le spectacle « Nous, les vivants du bord de mer » avec Léa Roy.",
        "Le guide « Mon enfant a de la fièvre : que faire ? » est disponible en pharmacie.",
        "L'ARS lance l'appel à projets « Prévention et promotion de la santé des jeunes ruraux ».",
        "Le thème de cette année, « Le hasard fait-il bien les choses ? », a inspiré les candidats.",
    ],
)
def test_works_programmes_and_questions_nobody_asks_are_titles(text):
    assert extract_quotes(text, persons_in(text, "Léa Roy")) == []


def test_a_title_noun_does_not_hide_a_speakers_colon():
    text = "Pierre Lenoir, directeur du festival : « Nous attendons 30 000 spectateurs cet été. »"
    assert [q["speaker"] for q in extract_quotes(text, persons_in(text, "Pierre Lenoir"))] == [
        "Pierre Lenoir"
    ]


def test_heading_naming_the_witness_above_a_testimonial():
    text = (
        "**Témoignage de Marie Durand, infirmière au CHU de Lille**\n\n"
        "« Depuis l'ouverture du service, nous avons soigné 800 patients. »\n\nLe service recrute."
    )
    assert [q["speaker"] for q in extract_quotes(text, persons_in(text, "Marie Durand"))] == ["Marie Durand"]


def test_compound_first_name_cut_by_the_entity_extractor_is_completed():
    text = "« Ce jumelage renforce les liens entre nos villes », a déclaré Anne-Sophie de La Roche, adjointe."
    quotes = extract_quotes(text, persons_in(text, "Sophie de La Roche"))
    assert quotes[0]["speaker"] == "Anne-Sophie de La Roche"


def test_a_verb_of_saying_that_ends_the_text_gives_the_quote_without_a_speaker():
    """A cut text ('… », a déclaré' and nothing after) must not read past its end."""
    for text in ("« Nous sommes prêts », a déclaré", "« Nous sommes prêts », souligne"):
        quotes = extract_quotes(text, [])
        assert [q["text"] for q in quotes] == ["Nous sommes prêts"]
