"""Quote shapes of French press releases from many kinds of issuers (health agencies, préfectures,
ministries, companies, associations, federations, events, a school competition), run through the
whole pipeline: the entity extractor finds the persons and bodies, the quote extractor pairs the
marks, tells speech from titles and attributes it. Every fragment is invented; the shapes are
those real releases use (speaker before or after, incises, quotes over several paragraphs, curly
and straight quotes, markdown, boxed testimonials, 'Pour X, « … »', roles, bodies), and titles,
labels and terms in quotation marks that are not quotes.

Expected values follow docs/annotation.md: `text` is what the marks enclose, `speaker` the name as
written nearest to the quote without its title, None when the text names no one."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # -- the speaker before the quote
    (
        "ars_colon",
        "Marie Lefort, directrice générale de l'ARS Bretagne, déclare : « La vaccination reste le "
        "meilleur moyen de se protéger. Nous comptons sur chacun. »",
        [
            (
                "Marie Lefort",
                "La vaccination reste le meilleur moyen de se protéger. Nous comptons sur chacun.",
            )
        ],
    ),
    (
        "verb_then_name",
        "Comme l'a rappelé Hélène Fabre, présidente de la Fédération des tisserands de l'Est : « Notre "
        "filière retrouve enfin des couleurs après trois années difficiles. »",
        [("Hélène Fabre", "Notre filière retrouve enfin des couleurs après trois années difficiles.")],
    ),
    (
        "name_parenthesis_role",
        "Philippe Arnaud (président de la Ligue régionale de tennis) : « Nous attendons plus de 2 000 "
        "jeunes joueurs sur nos courts cet été. »",
        [("Philippe Arnaud", "Nous attendons plus de 2 000 jeunes joueurs sur nos courts cet été.")],
    ),
    (
        "colon_then_paragraph",
        "Didier Ravel, recteur de l'académie de Lille, a tenu à saluer les lauréats du concours :\n\n"
        "« Vous avez montré un talent remarquable et une grande rigueur. »",
        [("Didier Ravel", "Vous avez montré un talent remarquable et une grande rigueur.")],
    ),
    (
        "rappelle_que",
        "Le maire, Olivier Brun, rappelle que « la sécurité des enfants aux abords des écoles est "
        "l'affaire de tous ».",
        [("Olivier Brun", "la sécurité des enfants aux abords des écoles est l'affaire de tous")],
    ),
    (
        "interrogee",
        "Interrogée par la presse, Manon Lefèvre, présidente de la région, a répondu : « Le train "
        "restera gratuit pour les moins de 26 ans. »",
        [("Manon Lefèvre", "Le train restera gratuit pour les moins de 26 ans.")],
    ),
    (
        "another_person_inside",
        "Hélène Caron, directrice de la maison des jeunes, se réjouit : « Avec Marc Petit et toute "
        "l'équipe, nous avons construit un programme ambitieux. »",
        [("Hélène Caron", "Avec Marc Petit et toute l'équipe, nous avons construit un programme ambitieux.")],
    ),
    # -- the speaker after the quote
    (
        "souligne",
        "« Le numérique doit rester accessible à tous les usagers », souligne Karim Benali.",
        [("Karim Benali", "Le numérique doit rester accessible à tous les usagers")],
    ),
    (
        "explique_role",
        "« Cette aide arrive au bon moment pour nos exploitations », explique Sophie Garnier, "
        "présidente de la chambre d'agriculture de l'Orne.",
        [("Sophie Garnier", "Cette aide arrive au bon moment pour nos exploitations")],
    ),
    (
        "a_precise",
        "« Les travaux dureront six mois », a précisé Thomas Lenoir, directeur des routes du Département.",
        [("Thomas Lenoir", "Les travaux dureront six mois")],
    ),
    (
        "ajoute_t_elle",
        "« Nous avons doublé nos effectifs en deux ans », indique Laure Michaud, cofondatrice de "
        "Nuvéo. « Et nous recruterons encore vingt ingénieurs d'ici juin », ajoute-t-elle.",
        [
            ("Laure Michaud", "Nous avons doublé nos effectifs en deux ans"),
            ("Laure Michaud", "Et nous recruterons encore vingt ingénieurs d'ici juin"),
        ],
    ),
    (
        "se_rejouit_ceo",
        "« Ce partenariat nous ouvre enfin le marché allemand », se réjouit Marc Oster, PDG de "
        "Brixa Industries.",
        [("Marc Oster", "Ce partenariat nous ouvre enfin le marché allemand")],
    ),
    (
        "guillemets_without_spaces",
        "«Nous ne laisserons personne sur le bord de la route», assure Nadia Cherif, maire de Villeneuve.",
        [("Nadia Cherif", "Nous ne laisserons personne sur le bord de la route")],
    ),
    (
        "annonce",
        "« Nous renforçons les contrôles sur les routes du département », annonce Jean Castellan, "
        "préfet du Var.",
        [("Jean Castellan", "Nous renforçons les contrôles sur les routes du département")],
    ),
    (
        "lance",
        "« Rendez-vous le 15 juin pour la grande finale à Paris ! », lance Nora Haddad, organisatrice "
        "du concours.",
        [("Nora Haddad", "Rendez-vous le 15 juin pour la grande finale à Paris !")],
    ),
    (
        "s_interroge",
        "« Comment mieux protéger nos aînés pendant les canicules ? », s'interroge Romain Giraud, "
        "adjoint aux solidarités.",
        [("Romain Giraud", "Comment mieux protéger nos aînés pendant les canicules ?")],
    ),
    (
        "title_madame",
        "« Les élèves ont fait preuve d'une créativité étonnante cette année », témoigne Mme Valérie "
        "Ducros, professeure de mathématiques au lycée Victor-Hugo.",
        [("Valérie Ducros", "Les élèves ont fait preuve d'une créativité étonnante cette année")],
    ),
    (
        "title_monsieur",
        "« Cette convention renforce notre coopération avec les entreprises », a déclaré M. Alain "
        "Perret, président de la CCI du Doubs.",
        [("Alain Perret", "Cette convention renforce notre coopération avec les entreprises")],
    ),
    (
        "title_and_surname",
        "Jean-Marc Dufresne, directeur de l'usine, a accueilli la délégation. « Nous allons créer 50 "
        "emplois d'ici 2026 », a précisé M. Dufresne.",
        [("Dufresne", "Nous allons créer 50 emplois d'ici 2026")],
    ),
    (
        "title_and_surname_unknown",
        "« Le chantier du pont sera terminé en juin », a indiqué M. Tessier.",
        [("Tessier", "Le chantier du pont sera terminé en juin")],
    ),
    (
        "name_inside_quote",
        "« Je remercie Paul Durand pour son travail remarquable à la tête du club », a déclaré Sylvie "
        "Marchetti, présidente du district.",
        [("Sylvie Marchetti", "Je remercie Paul Durand pour son travail remarquable à la tête du club")],
    ),
    (
        "constate",
        "« Les inscriptions ont progressé de 20 % en un an », constate Julie Vasseur, directrice du "
        "conservatoire.",
        [("Julie Vasseur", "Les inscriptions ont progressé de 20 % en un an")],
    ),
    (
        "releve",
        "« La demande de logements sociaux ne cesse de croître », relève Franck Olivier, adjoint au "
        "logement.",
        [("Franck Olivier", "La demande de logements sociaux ne cesse de croître")],
    ),
    (
        "quote_split_by_attribution",
        "« Nous avons tenu nos engagements », a affirmé Lucie Garnier, « et nous continuerons à "
        "investir dans les quartiers. »",
        [
            ("Lucie Garnier", "Nous avons tenu nos engagements"),
            ("Lucie Garnier", "et nous continuerons à investir dans les quartiers."),
        ],
    ),
    (
        "adverb_between",
        "« Le site restera ouvert tout l'été aux visiteurs », a ainsi déclaré Chloé Barbier, "
        "conservatrice du musée.",
        [("Chloé Barbier", "Le site restera ouvert tout l'été aux visiteurs")],
    ),
    (
        "clitic_before_verb",
        "« Le projet avance bien malgré la météo », nous confie Marc Lenoir, chef de chantier.",
        [("Marc Lenoir", "Le projet avance bien malgré la météo")],
    ),
    (
        "reflexive_past",
        "« Voilà une belle victoire pour tout le territoire », s'est félicitée Rose Lambert, présidente "
        "de l'office de tourisme.",
        [("Rose Lambert", "Voilà une belle victoire pour tout le territoire")],
    ),
    (
        "joint_speakers_after",
        "« Ce rapprochement est une étape décisive pour nos deux entreprises », déclarent Anne Roy et "
        "Paul Vidal, cofondateurs de Vélocia.",
        [("Anne Roy et Paul Vidal", "Ce rapprochement est une étape décisive pour nos deux entreprises")],
    ),
    (
        "joint_speakers_before",
        "Anne Roy et Paul Vidal, cofondateurs de Vélocia, déclarent : « Ce rapprochement est une étape "
        "décisive. »",
        [("Anne Roy et Paul Vidal", "Ce rapprochement est une étape décisive.")],
    ),
    (
        "article_and_title",
        "Le Dr Fabienne Roux, infectiologue au CHU de Nantes, explique que « le virus circule "
        "activement chez les jeunes adultes ».",
        [("Fabienne Roux", "le virus circule activement chez les jeunes adultes")],
    ),
    (
        "parenthesis_after",
        "« Nous devons agir vite pour protéger les plus fragiles » (Jeanne Morvan, présidente du CCAS "
        "de Brest).",
        [("Jeanne Morvan", "Nous devons agir vite pour protéger les plus fragiles")],
    ),
    (
        "capitals_surname",
        "« La santé des habitants passe avant tout », déclare Jean DUPONT, maire de Lodève.",
        [("Jean DUPONT", "La santé des habitants passe avant tout")],
    ),
    (
        "interview_answer",
        "**Pourquoi avoir lancé ce projet ?**\n\nMarion Lecoq : « Parce que les jeunes du quartier "
        "n'avaient aucun lieu pour se retrouver. »",
        [("Marion Lecoq", "Parce que les jeunes du quartier n'avaient aucun lieu pour se retrouver.")],
    ),
    (
        "pdf_name_role_above",
        "Jean-Luc Moreau\nDirecteur du Technopôle de Brest\n« Nous accueillerons cinq nouvelles "
        "start-up dès janvier. »",
        [("Jean-Luc Moreau", "Nous accueillerons cinq nouvelles start-up dès janvier.")],
    ),
    (
        "short_quote_attributed",
        "« Chaque don compte », rappelle l'Établissement français du sang.",
        [("Établissement français du sang", "Chaque don compte")],
    ),
    (
        "short_quote_after_colon",
        "Le préfet, Hugues Marchal, a conclu : « Merci à tous ! »",
        [("Hugues Marchal", "Merci à tous !")],
    ),
    (
        "infinitive_after_tenu_a",
        "Paul Girardin, représentant du recteur, a tenu à rappeler que « chaque participant mérite "
        "d'être félicité ». Ce dernier a ensuite souligné « la qualité remarquable des travaux proposés ».",
        [
            ("Paul Girardin", "chaque participant mérite d'être félicité"),
            ("Paul Girardin", "la qualité remarquable des travaux proposés"),
        ],
    ),
    (
        "wrapped_name_pdf",
        "« Nous sommes très fiers de ce\nrésultat obtenu par nos équipes », souligne Marie\nLambert, "
        "présidente de\nl'association.",
        [("Marie Lambert", "Nous sommes très fiers de ce\nrésultat obtenu par nos équipes")],
    ),
    (
        "introductions_in_a_column",
        "Michel Ardouin, président du Conseil départemental :\n« Ce plan est une première étape. »\n"
        "Claudine Petit, vice-présidente chargée de l'enfance :\n« Nous serons attentifs à chaque famille. »",
        [
            ("Michel Ardouin", "Ce plan est une première étape."),
            ("Claudine Petit", "Nous serons attentifs à chaque famille."),
        ],
    ),
    (
        "question_asked_after_a_name",
        "Jean Morel a ouvert la séance. « Qui aurait cru, il y a dix ans, que nous serions 500 adhérents ? »",
        [("Jean Morel", "Qui aurait cru, il y a dix ans, que nous serions 500 adhérents ?")],
    ),
    # -- roles and bodies
    (
        "role_named_earlier",
        "Anne-Claire Vidal, préfète de la Somme, s'est rendue sur place mardi.\n\n« Je salue la "
        "mobilisation exemplaire des secours », a déclaré la préfète.",
        [("Anne-Claire Vidal", "Je salue la mobilisation exemplaire des secours")],
    ),
    (
        "role_never_named",
        "Les orages ont touché le littoral.\n\n« Les baignades restent interdites jusqu'à nouvel "
        "ordre », rappelle la préfète.",
        [(None, "Les baignades restent interdites jusqu'à nouvel ordre")],
    ),
    (
        "dg_ars_named_earlier",
        "Le docteur Paul Mercier, directeur général de l'ARS Normandie, a réuni les élus jeudi.\n\n"
        "« La situation reste sous contrôle mais exige de la vigilance », indique le directeur général "
        "de l'ARS.",
        [("Paul Mercier", "La situation reste sous contrôle mais exige de la vigilance")],
    ),
    (
        "body_acronym_after",
        "« Le dépistage reste gratuit et accessible dans toutes les pharmacies », indique l'ARS Occitanie.",
        [("ARS Occitanie", "Le dépistage reste gratuit et accessible dans toutes les pharmacies")],
    ),
    (
        "role_subject_named_earlier",
        "Anne-Claire Vidal, préfète de la Somme, était à Amiens mardi.\n\nLa préfète rappelle : « Les "
        "baignades restent interdites jusqu'à nouvel ordre. »",
        [("Anne-Claire Vidal", "Les baignades restent interdites jusqu'à nouvel ordre.")],
    ),
    (
        "role_subject_with_complement",
        "Hélène Brun, ministre de la Transition écologique, a visité le site.\n\nSur place, la ministre "
        "de la Transition écologique a souligné : « Ce parc éolien alimentera 40 000 foyers. »",
        [("Hélène Brun", "Ce parc éolien alimentera 40 000 foyers.")],
    ),
    (
        "role_subject_other_holder",
        "Jean Roux, président du club de rugby, assistait à la cérémonie.\n\nLe président de la "
        "République a déclaré : « Nous devons protéger nos forêts pour nos enfants. »",
        [(None, "Nous devons protéger nos forêts pour nos enfants.")],
    ),
    (
        "role_subject_unnamed",
        "À Lille, le ministre a annoncé que « 200 millions d'euros seront consacrés à la rénovation des "
        "écoles ».",
        [(None, "200 millions d'euros seront consacrés à la rénovation des écoles")],
    ),
    (
        "role_then_name_subject",
        "Le maire Jean Dupont a déclaré : « Nous rouvrirons la piscine dès le mois de juin. »",
        [("Jean Dupont", "Nous rouvrirons la piscine dès le mois de juin.")],
    ),
    (
        "dg_ars_unnamed",
        "Un cas a été confirmé à Caen.\n\n« Il n'y a pas lieu de s'inquiéter pour les élèves », "
        "indique le directeur général de l'ARS.",
        [(None, "Il n'y a pas lieu de s'inquiéter pour les élèves")],
    ),
    (
        "role_then_name",
        "« Le respect des consignes sauve des vies », insiste la préfète de l'Hérault, Sophie Mourier.",
        [("Sophie Mourier", "Le respect des consignes sauve des vies")],
    ),
    (
        "body_after",
        "« Nous appelons les usagers à limiter leurs déplacements », indique la préfecture de la Manche.",
        [("préfecture de la Manche", "Nous appelons les usagers à limiter leurs déplacements")],
    ),
    (
        "body_before_colon",
        "Dans un communiqué, l'association Terre Solidaire dénonce : « Des centaines de familles "
        "restent sans solution d'hébergement. »",
        [("Terre Solidaire", "Des centaines de familles restent sans solution d'hébergement.")],
    ),
    (
        "body_fragment",
        "Le Syndicat national des agents territoriaux dénonce une réforme « brutale et injuste pour "
        "les agents ».",
        [("Syndicat national des agents territoriaux", "brutale et injuste pour les agents")],
    ),
    (
        "qualifies_as",
        "L'association Les Amis du Littoral qualifie ce projet d'« aberration écologique ».",
        [("Les Amis du Littoral", "aberration écologique")],
    ),
    (
        "union_protests_fragment",
        "La Confédération paysanne s'insurge contre un texte qui « sacrifie les petites fermes au profit "
        "de l'agro-industrie ».",
        [("Confédération paysanne", "sacrifie les petites fermes au profit de l'agro-industrie")],
    ),
    (
        "body_in_sentence_case_after",
        "« Les données confirment la hausse des températures », indique l'Observatoire régional du climat.",
        [("Observatoire régional du climat", "Les données confirment la hausse des températures")],
    ),
    (
        "calls_for_fragment_body_unnamed",
        "Le collectif appelle à « une mobilisation générale des citoyens et des élus ».",
        [(None, "une mobilisation générale des citoyens et des élus")],
    ),
    (
        "minister_fragment",
        "La ministre des Sports, Claire Dumas, a tenu à saluer « l'engagement remarquable des "
        "bénévoles du club ».",
        [("Claire Dumas", "l'engagement remarquable des bénévoles du club")],
    ),
    # -- incises
    (
        "incise_name",
        "« Ce chantier, explique Claire Martin, maire de Quimper, est la priorité de notre mandat. »",
        [
            (
                "Claire Martin",
                "Ce chantier, explique Claire Martin, maire de Quimper, est la priorité de notre mandat.",
            )
        ],
    ),
    (
        "incise_pronoun",
        "Bastien Leroux a fondé l'atelier en 2015. « Pour moi, confie-t-il, c'est une fierté immense "
        "de voir les apprentis réussir. »",
        [
            (
                "Bastien Leroux",
                "Pour moi, confie-t-il, c'est une fierté immense de voir les apprentis réussir.",
            )
        ],
    ),
    (
        "incise_then_sentence",
        "« Nous avons fait le choix de la sobriété, précise Julien Perrot, directeur de l'office de "
        "tourisme. Les visiteurs l'apprécient. »",
        # interrupted by its attribution at a sentence end: two quotes (docs/dev-set.md, dev-j)
        [
            ("Julien Perrot", "Nous avons fait le choix de la sobriété"),
            ("Julien Perrot", "Les visiteurs l'apprécient."),
        ],
    ),
    # -- over several paragraphs
    (
        "paragraphs_speaker_before",
        "Lors de son discours, Isabelle Roche, présidente du conseil départemental, a déclaré :\n\n"
        "« Notre département investit comme jamais dans ses collèges.\n\n« Cette année, douze "
        "établissements seront rénovés. »",
        [
            ("Isabelle Roche", "Notre département investit comme jamais dans ses collèges."),
            ("Isabelle Roche", "Cette année, douze établissements seront rénovés."),
        ],
    ),
    (
        "paragraphs_speaker_after",
        "« Nous avons reçu plus de 300 candidatures cette année.\n\n« Le jury a eu beaucoup de mal à "
        "départager les projets », confie Yann Kervella, président du jury.",
        [
            ("Yann Kervella", "Nous avons reçu plus de 300 candidatures cette année."),
            ("Yann Kervella", "Le jury a eu beaucoup de mal à départager les projets"),
        ],
    ),
    (
        "paragraphs_each_closed_pronoun",
        "Lors de la cérémonie, la présidente de la Fédération, Nathalie Caradec, a salué l'engagement des "
        "clubs.\n\n« Cette saison a montré la vitalité de notre sport dans tous les territoires. »\n\n"
        "« Nous devons maintenant accompagner les bénévoles, qui sont le cœur de nos clubs », a-t-elle "
        "conclu.",
        [
            (
                "Nathalie Caradec",
                "Cette saison a montré la vitalité de notre sport dans tous les territoires.",
            ),
            (
                "Nathalie Caradec",
                "Nous devons maintenant accompagner les bénévoles, qui sont le cœur de nos clubs",
            ),
        ],
    ),
    (
        "paragraphs_each_closed_named_last",
        "« Notre priorité est l'accès aux soins pour tous les habitants du département. »\n\n« Trois "
        "nouvelles maisons de santé ouvriront d'ici la fin de l'année », précise Gaëlle Morin, directrice "
        "de la délégation départementale.",
        [
            ("Gaëlle Morin", "Notre priorité est l'accès aux soins pour tous les habitants du département."),
            ("Gaëlle Morin", "Trois nouvelles maisons de santé ouvriront d'ici la fin de l'année"),
        ],
    ),
    (
        "et_de_conclure",
        "« Le festival a battu son record de fréquentation », se félicite Agnès Morel, sa directrice.\n\n"
        "Et de conclure : « Nous serons au rendez-vous l'an prochain avec encore plus d'artistes. »",
        [
            ("Agnès Morel", "Le festival a battu son record de fréquentation"),
            ("Agnès Morel", "Nous serons au rendez-vous l'an prochain avec encore plus d'artistes."),
        ],
    ),
    (
        "two_speakers",
        "Jean Dufour, maire de Pau, a salué le projet : « C'est une chance pour la ville. » De son "
        "côté, Marie Blanc, présidente de l'agglomération, estime que « les habitants attendaient ce "
        "tramway depuis vingt ans ».",
        [
            ("Jean Dufour", "C'est une chance pour la ville."),
            ("Marie Blanc", "les habitants attendaient ce tramway depuis vingt ans"),
        ],
    ),
    (
        "name_in_next_sentence",
        "« Le bénévolat est le cœur de notre association. » C'est ainsi que Louise Perrin, présidente "
        "des Restos de la Vallée, résume son engagement.",
        [("Louise Perrin", "Le bénévolat est le cœur de notre association.")],
    ),
    # -- curly and straight quotes
    (
        "curly_after",
        "“Cette distinction récompense toute une équipe de chercheurs”, a réagi Lina Ferreira, "
        "responsable du laboratoire.",
        [("Lina Ferreira", "Cette distinction récompense toute une équipe de chercheurs")],
    ),
    (
        "straight_after",
        '"Nous voulons simplifier la vie des familles", a expliqué Hugo Martel, adjoint au maire '
        "chargé de l'éducation.",
        [("Hugo Martel", "Nous voulons simplifier la vie des familles")],
    ),
    (
        "straight_before",
        "Bruno Tessier, président de l'association Vélo Vert, a indiqué : \"Les pistes cyclables "
        'doivent être continues et sûres."',
        [("Bruno Tessier", "Les pistes cyclables doivent être continues et sûres.")],
    ),
    (
        "straight_name_role_colon",
        'Gilles Aubert, président de la Fédération des foyers ruraux : "Cette réforme est une '
        'bonne nouvelle pour nos 800 associations."',
        [("Gilles Aubert", "Cette réforme est une bonne nouvelle pour nos 800 associations.")],
    ),
    # -- markdown and HTML
    (
        "markdown_italics",
        "*« Nous sommes heureux d'accueillir la finale nationale à Lyon »*, déclare **Élodie "
        "Marchand**, déléguée générale de l'association.",
        [("Élodie Marchand", "Nous sommes heureux d'accueillir la finale nationale à Lyon")],
    ),
    (
        "markdown_blockquote",
        "> « Ce prix est une reconnaissance pour tous les bénévoles qui font vivre le club. »\n>\n"
        "> — Patrick Lemoine, président du Racing Club de Dole",
        [
            (
                "Patrick Lemoine",
                "Ce prix est une reconnaissance pour tous les bénévoles qui font vivre le club.",
            )
        ],
    ),
    (
        "markdown_bold_lead",
        "**Fatou Diallo, directrice de l'école Jean-Moulin :** « Nos élèves ont travaillé pendant six "
        "mois sur ce projet. »",
        [("Fatou Diallo", "Nos élèves ont travaillé pendant six mois sur ce projet.")],
    ),
    (
        "html_em",
        "<p><em>«&nbsp;Nous accueillons 45 nouveaux étudiants à cette rentrée&nbsp;»</em>, précise "
        "Anaïs Roy, directrice de l'institut de formation.</p>",
        [("Anaïs Roy", "Nous accueillons 45 nouveaux étudiants à cette rentrée")],
    ),
    # -- testimonials in boxes
    (
        "byline_under",
        "Ils témoignent\n\n« J'ai découvert un métier passionnant grâce au stage de découverte. »\n\n"
        "Mathis Leroy\nÉlève de 3e au collège Pasteur",
        [("Mathis Leroy", "J'ai découvert un métier passionnant grâce au stage de découverte.")],
    ),
    (
        "two_bylines",
        "« Le forum m'a permis de trouver une alternance en une matinée. »\n\nSarah Benoît, étudiante "
        "en BTS\n\n« Nous avons recruté trois apprentis lors de la dernière édition. »\n\nDavid Muller, "
        "gérant de Muller Menuiserie",
        [
            ("Sarah Benoît", "Le forum m'a permis de trouver une alternance en une matinée."),
            ("David Muller", "Nous avons recruté trois apprentis lors de la dernière édition."),
        ],
    ),
    (
        "byline_above",
        "Témoignage\n\nInès Moreau, infirmière au CHU de Reims\n\n« Le nouveau service nous permet de "
        "mieux accompagner les familles. »",
        [("Inès Moreau", "Le nouveau service nous permet de mieux accompagner les familles.")],
    ),
    (
        "dash_first_name",
        "« Une expérience humaine inoubliable, je la recommande à tous les jeunes. » – Camille, 17 ans, "
        "volontaire en service civique",
        [("Camille", "Une expérience humaine inoubliable, je la recommande à tous les jeunes.")],
    ),
    # -- 'Pour X' and 'Selon X'
    (
        "pour_x",
        "Pour Gérard Lambert, président de la Fédération des artisans boulangers, « la hausse des coûts "
        "de l'énergie menace des centaines de boutiques ».",
        [("Gérard Lambert", "la hausse des coûts de l'énergie menace des centaines de boutiques")],
    ),
    (
        "selon_x_quote",
        "Selon Amandine Roux, cheffe du service environnement, « les premiers résultats sont très "
        "encourageants ».",
        [("Amandine Roux", "les premiers résultats sont très encourageants")],
    ),
    (
        "selon_body",
        "Selon l'Agence régionale de santé, « aucun cas secondaire n'a été détecté à ce stade ».",
        [("Agence régionale de santé", "aucun cas secondaire n'a été détecté à ce stade")],
    ),
    (
        "pour_role_then_name",
        "Pour la directrice de l'école, Nathalie Hubert, « ce voyage restera gravé dans la mémoire des "
        "enfants ».",
        [("Nathalie Hubert", "ce voyage restera gravé dans la mémoire des enfants")],
    ),
    (
        "selon_role_then_name_colon",
        "Selon le maire de Brest, Yves Le Goff : « Le port sera modernisé d'ici 2027. »",
        [("Yves Le Goff", "Le port sera modernisé d'ici 2027.")],
    ),
    (
        "selon_lui",
        "Le préfet, Antoine Morel, a félicité tous les participants. Toujours selon lui, « la mémoire "
        "est un combat de chaque jour ».",
        [("Antoine Morel", "la mémoire est un combat de chaque jour")],
    ),
    (
        "pour_x_c_est",
        "Pour Claire Bontemps, c'est « une reconnaissance du travail accompli par toute l'équipe ».",
        [("Claire Bontemps", "une reconnaissance du travail accompli par toute l'équipe")],
    ),
    (
        "pour_role_name_il_s_agit",
        "Pour la ministre, Hélène Roussel, il s'agit d'« une avancée majeure pour les familles "
        "monoparentales ».",
        [("Hélène Roussel", "une avancée majeure pour les familles monoparentales")],
    ),
    (
        "selon_in_a_clause_with_title",
        "Hier, selon M. Dupont, « les travaux de la digue seront achevés avant l'hiver ».",
        [("Dupont", "les travaux de la digue seront achevés avant l'hiver")],
    ),
    (
        "introducer_title_before_name",
        "D'après le professeur Lucien Garnier, hydrologue, « les nappes ne se rechargeront pas avant "
        "l'automne ».",
        [("Lucien Garnier", "les nappes ne se rechargeront pas avant l'automne")],
    ),
    ("selon_indirect", "Selon Amandine Roux, les premiers résultats sont très encourageants.", []),
    # -- in English, inside a French paragraph
    (
        "english_inline",
        "« We are proud to bring our expertise to the French market », a déclaré Sarah Collins, "
        "directrice générale de Northwind Labs.",
        [("Sarah Collins", "We are proud to bring our expertise to the French market")],
    ),
    (
        "english_curly_french_verb",
        "“Our mission is to make healthcare accessible to everyone”, explique Jane Doe, fondatrice de "
        "MediLink.",
        [("Jane Doe", "Our mission is to make healthcare accessible to everyone")],
    ),
    (
        "english_after_french_colon",
        "Sarah Collins, CEO de Northwind, a déclaré : « We are proud to bring our expertise and our team "
        "to the French market. »",
        [("Sarah Collins", "We are proud to bring our expertise and our team to the French market.")],
    ),
    (
        "english_version_appended",
        "Brixa et Halden s'associent pour produire des batteries en Lorraine.\n\n“This partnership is a "
        "milestone for our two companies,” said Tom Becker, managing director of Halden GmbH.",
        [("Tom Becker", "This partnership is a milestone for our two companies")],
    ),
    # -- quotation marks that are no quote
    ("event_title", "La commune participe à la « Fête de la science » du 4 au 14 octobre.", []),
    ("label", "L'établissement a obtenu le label « Qualité tourisme » pour trois ans.", []),
    (
        "book_title",
        "L'autrice présentera son dernier roman, « Les Jardins de l'hiver », à la médiathèque.",
        [],
    ),
    (
        "colloquium_title",
        "Le colloque « Santé mentale des jeunes : comprendre, prévenir et accompagner » se tiendra le "
        "12 mai à Nantes.",
        [],
    ),
    ("exhibition", "L'exposition « Regards croisés sur la ville » est présentée jusqu'au 30 juin.", []),
    ("theme", "Cette année, le thème retenu est « Bouger, c'est la santé ! ».", []),
    ("scare_quotes", "Ces « déserts médicaux » touchent désormais un tiers du département.", []),
    ("straight_programme", 'Le dispositif "Pass Culture" est ouvert aux jeunes de 15 à 18 ans.', []),
    ("straight_campaign", 'La campagne "Tous vaccinés, tous protégés" débute lundi dans les pharmacies.', []),
    ("sign_text", "Les panneaux « Baignade interdite » seront installés sur toutes les plages.", []),
    (
        "law_nickname",
        "La loi dite « Climat et résilience » impose de nouvelles obligations aux communes.",
        [],
    ),
    (
        "faq_question",
        "« Puis-je me faire vacciner en pharmacie ? » Oui, les pharmaciens y sont habilités.",
        [],
    ),
    (
        "prize_name",
        "Le lycée Jean-Jaurès a remporté le prix « Coup de cœur du jury » lors de la finale au Sénat.",
        [],
    ),
    ("title_subject_of_verb", "« La Nuit des musées » annonce sa programmation pour le 18 mai.", []),
    (
        "participle_after_title",
        "Le programme « Petites villes de demain », annoncé en 2020, accompagne 1 600 communes.",
        [],
    ),
    (
        "short_name_mid_sentence",
        "Inscriptions sur le site « Mon espace santé », précise la caisse primaire d'assurance maladie.",
        [],
    ),
    (
        "talk_title_in_programme",
        "14h : conférence « L'IA au service de la santé », par le Pr Alain Roy.",
        [],
    ),
    (
        "report_wording",
        "Le rapport indique que « les délais de traitement ont été réduits de moitié en deux ans ».",
        [],
    ),
    (
        "signed_statement_without_marks",
        "Nous appelons chacun à la vigilance.\nPierre Lefranc, préfet du Gard",
        [],
    ),
    (
        "campaign_message",
        "Cette année encore, la Ligue contre le cancer diffuse le message « Un dépistage précoce peut vous "
        "sauver la vie ! » dans toutes les mairies.",
        [],
    ),
    (
        "named_by_participle",
        "Le dispositif, baptisé « Un été pour tous, partout en Bretagne ! », sera reconduit en 2025.",
        [],
    ),
    ("called", "Le tiers-lieu, appelé « La Fabrique des possibles », ouvrira en mars.", []),
    ("book_about", "Le livre parle de « La Grande Guerre vue par les enfants ».", []),
    (
        "named_term",
        "Les ménages modestes reçoivent un dispositif appelé « chèque énergie » chaque printemps.",
        [],
    ),
    (
        "talk_question_in_programme",
        "Programme\n\n10h30 – « Comment nos villes vont-elles s'adapter au climat ? », table ronde "
        "animée par Paul Marchand, journaliste.",
        [],
    ),
    (
        "talk_question_beside_a_name",
        "Le jeudi 12 juin, Sophie Laurent présentera « Pourquoi les abeilles disparaissent-elles ? » à "
        "la médiathèque.",
        [],
    ),
    ("pour_edition", "Pour sa 12e édition, le festival « Les Nuits du conte » accueille 40 artistes.", []),
    (
        "decree_wording",
        "L'article 2 de l'arrêté prévoit que « toute baignade est interdite dans le lac jusqu'au 31 août ».",
        [],
    ),
    (
        "competition_name",
        "Les collégiens de Tulle ont remporté le concours « Mon entreprise, mon avenir » devant 40 équipes.",
        [],
    ),
    # -- session 9: 'comme le souligne X', first names with an age, long roles, pronoun attributions,
    # nested marks, paragraphs not reopened, a title noun's clause before a colon
    (
        "role_then_name_insiste_colon",
        (
            "Le directeur général de l'ARS Normandie, Thierry Lemaire, insiste : « La vaccination des "
            "soignants reste indispensable cet hiver. »"
        ),
        [
            (
                "Thierry Lemaire",
                "La vaccination des soignants reste indispensable cet hiver.",
            ),
        ],
    ),
    (
        "long_role_after_with_ars",
        (
            "« Ce nouveau centre de santé répond à une attente forte des habitants du quartier », a "
            "déclaré Jean Dupuis, directeur général de l'Agence régionale de santé "
            "Auvergne-Rhône-Alpes, lors de l'inauguration."
        ),
        [
            (
                "Jean Dupuis",
                "Ce nouveau centre de santé répond à une attente forte des habitants du quartier",
            ),
        ],
    ),
    (
        "conclut_il_pronoun",
        (
            "Le sous-préfet Laurent Bastide a remercié les services de secours pour leur mobilisation. "
            "« Grâce à eux, aucune victime n'est à déplorer », conclut-il."
        ),
        [
            (
                "Laurent Bastide",
                "Grâce à eux, aucune victime n'est à déplorer",
            ),
        ],
    ),
    (
        "comme_le_souligne",
        (
            "Comme le souligne Valérie Chassang, présidente de la Fédération régionale des travaux "
            "publics, « les carnets de commandes se vident depuis le printemps »."
        ),
        [
            (
                "Valérie Chassang",
                "les carnets de commandes se vident depuis le printemps",
            ),
        ],
    ),
    (
        "curly_before_colon",
        (
            "Marc Olivier, directeur du festival Jazz en Baie, annonce : “Nous accueillerons cette "
            "année trente concerts gratuits sur la plage.”"
        ),
        [
            (
                "Marc Olivier",
                "Nous accueillerons cette année trente concerts gratuits sur la plage.",
            ),
        ],
    ),
    (
        "paragraphs_not_reopened",
        (
            "« Nous avons vécu une saison exceptionnelle pour le club.\n\nLes bénévoles ont été "
            "formidables du premier au dernier match », témoigne Romain Giraud, président de l'US "
            "Saint-Malo."
        ),
        [
            (
                "Romain Giraud",
                (
                    "Nous avons vécu une saison exceptionnelle pour le club.\n\nLes bénévoles ont été "
                    "formidables du premier au dernier match"
                ),
            ),
        ],
    ),
    (
        "byline_long_role_next_line",
        (
            "« Ce partenariat permet à nos adhérents d'accéder à des formations certifiantes partout en "
            "France. »\nSylvie Marchetti, présidente de la Fédération nationale des centres de "
            "formation d'apprentis"
        ),
        [
            (
                "Sylvie Marchetti",
                (
                    "Ce partenariat permet à nos adhérents d'accéder à des formations certifiantes "
                    "partout en France."
                ),
            ),
        ],
    ),
    (
        "testimonial_first_name_age_above",
        (
            "Paroles de lauréats\n\nLéa, 15 ans, collège Jean-Jaurès de Montluçon :\n« Travailler en "
            "équipe sur notre maquette nous a beaucoup appris. »"
        ),
        [
            (
                "Léa",
                "Travailler en équipe sur notre maquette nous a beaucoup appris.",
            ),
        ],
    ),
    (
        "nested_inner_curly",
        (
            "« Avec le programme “Bien vieillir chez soi”, nous aidons déjà 2 000 retraités », explique "
            "Nadia Ferhat, directrice de la caisse."
        ),
        [
            (
                "Nadia Ferhat",
                "Avec le programme “Bien vieillir chez soi”, nous aidons déjà 2 000 retraités",
            ),
        ],
    ),
    (
        "constat_partage",
        (
            "Un constat que partage Olivier Meunier, délégué régional de l'association : « Les familles "
            "n'ont jamais été aussi nombreuses à pousser notre porte. »"
        ),
        [
            (
                "Olivier Meunier",
                "Les familles n'ont jamais été aussi nombreuses à pousser notre porte.",
            ),
        ],
    ),
    (
        "prefet_role_then_name_after",
        (
            "« La sécurité routière est l'affaire de tous », a rappelé le préfet de la Vienne, Bertrand "
            "Caillaux."
        ),
        [
            (
                "Bertrand Caillaux",
                "La sécurité routière est l'affaire de tous",
            ),
        ],
    ),
    (
        "ministre_a_t_elle_declare",
        (
            "La ministre des Sports, Claire Deschamps, s'est rendue au stade. « Le sport doit être "
            "accessible à chaque enfant, quel que soit son territoire », a-t-elle déclaré."
        ),
        [
            (
                "Claire Deschamps",
                "Le sport doit être accessible à chaque enfant, quel que soit son territoire",
            ),
        ],
    ),
    (
        "dash_mme_role_same_line",
        (
            "« Notre école a remporté le premier prix régional, c'est une immense fierté ! » — Mme "
            "Sandrine Vidal, directrice de l'école Paul-Bert"
        ),
        [
            (
                "Sandrine Vidal",
                "Notre école a remporté le premier prix régional, c'est une immense fierté !",
            ),
        ],
    ),
    (
        "en_ces_termes_paragraph",
        (
            "Le président de la Chambre de métiers, Alain Prévost, a salué les lauréats en ces termes "
            ":\n\n« Vous incarnez l'excellence de l'artisanat. »"
        ),
        [
            (
                "Alain Prévost",
                "Vous incarnez l'excellence de l'artisanat.",
            ),
        ],
    ),
    (
        "estime_que_body",
        "La Confédération paysanne estime que « cette réforme sacrifie les petites exploitations ».",
        [
            (
                "Confédération paysanne",
                "cette réforme sacrifie les petites exploitations",
            ),
        ],
    ),
    (
        "et_de_souligner",
        "Et le maire, Pierre Lacombe, de souligner : « Ce chantier transformera le centre-ville. »",
        [
            (
                "Pierre Lacombe",
                "Ce chantier transformera le centre-ville.",
            ),
        ],
    ),
    (
        "poursuit_elle_dr",
        (
            "« Le dépistage organisé sauve des vies », insiste le Dr Hélène Garcia, médecin "
            "coordinatrice. « Nous invitons toutes les femmes de 50 à 74 ans à y participer », "
            "poursuit-elle."
        ),
        [
            (
                "Hélène Garcia",
                "Le dépistage organisé sauve des vies",
            ),
            (
                "Hélène Garcia",
                "Nous invitons toutes les femmes de 50 à 74 ans à y participer",
            ),
        ],
    ),
    (
        "indique_la_prefecture",
        (
            "« Les baignades restent interdites jusqu'à nouvel ordre », indique la préfecture de la "
            "Charente-Maritime."
        ),
        [
            (
                "préfecture de la Charente-Maritime",
                "Les baignades restent interdites jusqu'à nouvel ordre",
            ),
        ],
    ),
    (
        "m_title_before_declare",
        (
            "M. François Delmas, président du Syndicat des vignerons, a déclaré : « Le millésime "
            "s'annonce excellent. »"
        ),
        [
            (
                "François Delmas",
                "Le millésime s'annonce excellent.",
            ),
        ],
    ),
    (
        "campaign_name_mois",
        "La campagne « Mois sans tabac » revient en novembre dans toute la région.",
        [],
    ),
    (
        "slogan_after_colon",
        "Le mot d'ordre de cette édition : « Tous en selle pour le climat ! »",
        [],
    ),
    (
        "comme_l_explique_lower",
        (
            "Comme l'explique Julien Ferrand, directeur du festival Terres de Blues, « la billetterie "
            "ouvrira plus tôt cette année pour les habitants »."
        ),
        [
            (
                "Julien Ferrand",
                "la billetterie ouvrira plus tôt cette année pour les habitants",
            ),
        ],
    ),
    (
        "comme_le_rappelle_colon",
        (
            "Comme le rappelle Jeanne Morvan, médecin de l'Établissement français du sang : « Chaque "
            "don peut sauver trois vies. »"
        ),
        [
            (
                "Jeanne Morvan",
                "Chaque don peut sauver trois vies.",
            ),
        ],
    ),
    (
        "comme_l_a_souligne_role_holder",
        (
            "Le préfet de l'Aude, Thierry Vasseur, a visité la digue mardi.\n\nComme l'a souligné le "
            "préfet, « la vigilance reste de mise tant que les pluies continuent »."
        ),
        [
            (
                "Thierry Vasseur",
                "la vigilance reste de mise tant que les pluies continuent",
            ),
        ],
    ),
    (
        "comme_l_indique_report",
        (
            "Comme l'indique le rapport annuel, « les délais de traitement ont été réduits de moitié en "
            "deux ans »."
        ),
        [],
    ),
    (
        "aged_byline_above",
        (
            "Hugo, 16 ans, élève de seconde au lycée Vauban\n\n« Le concours m'a donné envie de devenir "
            "ingénieur. »"
        ),
        [
            (
                "Hugo",
                "Le concours m'a donné envie de devenir ingénieur.",
            ),
        ],
    ),
    (
        "aged_byline_under",
        (
            "« J'ai retrouvé confiance en moi grâce aux ateliers du mardi. »\n\nNadia, 42 ans, "
            "bénéficiaire de l'épicerie solidaire"
        ),
        [
            (
                "Nadia",
                "J'ai retrouvé confiance en moi grâce aux ateliers du mardi.",
            ),
        ],
    ),
    (
        "titled_clause_participle",
        "Le slogan retenu cette année : « Ensemble, protégeons nos abeilles ! »",
        [],
    ),
    (
        "person_head_clause_colon",
        "La marraine de cette édition : « Je suis très fière de soutenir ces jeunes talents. »",
        [
            (
                None,
                "Je suis très fière de soutenir ces jeunes talents.",
            ),
        ],
    ),
    (
        "title_noun_subject_with_verb",
        "Le directeur du festival conclut : « Nous vous attendons nombreux sur la plage ! »",
        [
            (
                None,
                "Nous vous attendons nombreux sur la plage !",
            ),
        ],
    ),
    # -- a link inside the quote: its visible text (docs/annotation.md, "Markup inside a span")
    (
        "html_link_inside",
        '<p>Marie Vidal, présidente de l\'association, rappelle : «&nbsp;Le réseau <a href="/node/9" '
        'class="link">Brix</a> grandit  chaque année.&nbsp;»</p>',
        [("Marie Vidal", "Le réseau Brix grandit chaque année.")],
    ),
    (
        "markdown_link_inside",
        "« Rejoignez le [programme Éclaireurs](https://exemple.fr/eclaireurs) dès cette rentrée, nous "
        "comptons sur vous », lance Paul Girard, directeur académique.",
        [("Paul Girard", "Rejoignez le programme Éclaireurs dès cette rentrée, nous comptons sur vous")],
    ),
    (
        "bold_inside_stays",
        "« Nous sommes **très** fiers de nos élèves lauréats », confie Anne Roy, principale du collège.",
        [("Anne Roy", "Nous sommes **très** fiers de nos élèves lauréats")],
    ),
    # -- connectives before the subject ('Et X d'ajouter'), surnames in capitals, bodies, bylines in bold
    (
        "caps_surname_before",
        ("Jean DUPONT, préfet de l'Orne, déclare : « Les services de l'État restent pleinement mobilisés. »"),
        [
            (
                "Jean DUPONT",
                "Les services de l'État restent pleinement mobilisés.",
            ),
        ],
    ),
    (
        "et_x_d_ajouter",
        (
            "« Le nombre de donneurs progresse enfin », se réjouit Claire Fournier, directrice "
            "régionale. Et Paul Ménard, président de l'association, d'ajouter : « Il faut maintenant "
            "fidéliser les jeunes. »"
        ),
        [
            (
                "Claire Fournier",
                "Le nombre de donneurs progresse enfin",
            ),
            (
                "Paul Ménard",
                "Il faut maintenant fidéliser les jeunes.",
            ),
        ],
    ),
    (
        "body_acronym_region_after",
        (
            "« La vaccination contre la grippe est ouverte à tous les publics prioritaires », rappelle "
            "l'ARS Bourgogne-Franche-Comté."
        ),
        [
            (
                "ARS Bourgogne-Franche-Comté",
                "La vaccination contre la grippe est ouverte à tous les publics prioritaires",
            ),
        ],
    ),
    (
        "straight_role_then_name",
        ('"Nous sommes fiers du travail accompli par les bénévoles", déclare la présidente, Anne Roy.'),
        [
            (
                "Anne Roy",
                "Nous sommes fiers du travail accompli par les bénévoles",
            ),
        ],
    ),
    (
        "pdf_wrapped_quote",
        (
            "« Nous avons construit ce projet avec les habitants\net les commerçants du quartier », "
            "explique Paul Dubois."
        ),
        [
            (
                "Paul Dubois",
                "Nous avons construit ce projet avec les habitants\net les commerçants du quartier",
            ),
        ],
    ),
    (
        "markdown_byline_bold",
        (
            "**Le mot du président**\n\n« Cette saison a été riche en émotions pour tous nos licenciés. "
            "»\n\n**Pierre Laval**, président du Stade nantais"
        ),
        [
            (
                "Pierre Laval",
                "Cette saison a été riche en émotions pour tous nos licenciés.",
            ),
        ],
    ),
    (
        "interroge_le_maire_que",
        (
            "Interrogé, le maire Marc Antoine a indiqué que « les travaux commenceront dès le mois de "
            "septembre »."
        ),
        [
            (
                "Marc Antoine",
                "les travaux commenceront dès le mois de septembre",
            ),
        ],
    ),
    (
        "ment_adverb",
        ("« Nous avons tenu nos engagements », résume sobrement Anne Caradec, présidente du syndicat mixte."),
        [
            (
                "Anne Caradec",
                "Nous avons tenu nos engagements",
            ),
        ],
    ),
    (
        "no_comma_role_name_after",
        (
            "« Cette nouvelle offre de soins était attendue depuis longtemps » a souligné le directeur "
            "de l'ARS, Pierre Ricard."
        ),
        [
            (
                "Pierre Ricard",
                "Cette nouvelle offre de soins était attendue depuis longtemps",
            ),
        ],
    ),
    (
        "a_t_il_notamment",
        (
            "Le ministre de l'Agriculture, Marc Fesneau, était en visite à Rennes. « Nos agriculteurs "
            "ont besoin de visibilité », a-t-il notamment déclaré."
        ),
        [
            (
                "Marc Fesneau",
                "Nos agriculteurs ont besoin de visibilité",
            ),
        ],
    ),
    (
        "competition_jury_president",
        (
            "Le jury, présidé par l'écrivaine Sophie Marchal, a distingué trois classes. « Les élèves "
            "ont fait preuve d'une créativité remarquable », a salué la présidente du jury."
        ),
        [
            (
                "Sophie Marchal",
                "Les élèves ont fait preuve d'une créativité remarquable",
            ),
        ],
    ),
    (
        "quote_after_speaker_paragraph_colon_dash",
        (
            "Témoignage de Lucas Bernier, apprenti boulanger :\n\n« Je me lève tôt, mais j'aime ce "
            "métier plus que tout. »"
        ),
        [
            (
                "Lucas Bernier",
                "Je me lève tôt, mais j'aime ce métier plus que tout.",
            ),
        ],
    ),
    (
        "enfin_comma_name",
        (
            "Enfin, Sarah Benhamou, directrice du musée, a conclu : « Ce musée appartient à tous les "
            "habitants. »"
        ),
        [
            (
                "Sarah Benhamou",
                "Ce musée appartient à tous les habitants.",
            ),
        ],
    ),
    (
        "mais_name_role_colon_unknown_name",
        (
            "Mais Yannig Kerhervé, patron pêcheur à Lorient : « Sans quotas clairs, nous ne pourrons "
            "pas investir. »"
        ),
        [
            (
                "Yannig Kerhervé",
                "Sans quotas clairs, nous ne pourrons pas investir.",
            ),
        ],
    ),
    # -- PDF bylines, titles before names, signatures in parentheses or after a dash in bold
    (
        "pdf_byline_role_next_line",
        (
            "« Ce plan répond à l'urgence des déserts médicaux dans nos campagnes. »\n\nJean "
            "Dupont\nDirecteur général de l'ARS Pays de la Loire"
        ),
        [
            (
                "Jean Dupont",
                "Ce plan répond à l'urgence des déserts médicaux dans nos campagnes.",
            ),
        ],
    ),
    (
        "pr_hyphen_name",
        (
            "« Le virus circule activement chez les plus jeunes », explique le Pr Jean-Luc Mercier, "
            "chef du service d'infectiologie du CHU de Nantes."
        ),
        [
            (
                "Jean-Luc Mercier",
                "Le virus circule activement chez les plus jeunes",
            ),
        ],
    ),
    (
        "number_opening",
        "« 2024 sera une année charnière pour toute la filière laitière », estime Luc Barbier.",
        [
            (
                "Luc Barbier",
                "2024 sera une année charnière pour toute la filière laitière",
            ),
        ],
    ),
    (
        "selon_after",
        (
            "« Les réservations sont en hausse de 15 % sur l'ensemble de la saison », selon Claire "
            "Morin, directrice de l'office de tourisme."
        ),
        [
            (
                "Claire Morin",
                "Les réservations sont en hausse de 15 % sur l'ensemble de la saison",
            ),
        ],
    ),
    (
        "dash_bold_byline_next_paragraph",
        (
            "« Chaque enfant mérite un jardin pour apprendre le vivant. »\n\n— **Amélie Roussel**, "
            "fondatrice de Graines d'avenir"
        ),
        [
            (
                "Amélie Roussel",
                "Chaque enfant mérite un jardin pour apprendre le vivant.",
            ),
        ],
    ),
    (
        "first_name_in_parentheses",
        "« Donner quelques heures par semaine a changé ma vie. » (Marc, bénévole depuis dix ans)",
        [
            (
                "Marc",
                "Donner quelques heures par semaine a changé ma vie.",
            ),
        ],
    ),
    (
        "colonel_title",
        (
            "« Nous renforcerons les contrôles sur les routes cet été », prévient le colonel Marc "
            "Lefèvre, commandant du groupement de gendarmerie."
        ),
        [
            (
                "Marc Lefèvre",
                "Nous renforcerons les contrôles sur les routes cet été",
            ),
        ],
    ),
    (
        "quote_then_name_role_line_pdf",
        (
            "Les lauréats seront reçus au rectorat le 12 juin.\n\n« Je félicite chaleureusement tous "
            "les élèves et leurs enseignants. »\nMarie Vasseur, rectrice de la région académique "
            "Bretagne"
        ),
        [
            (
                "Marie Vasseur",
                "Je félicite chaleureusement tous les élèves et leurs enseignants.",
            ),
        ],
    ),
    (
        "photo_credit_in_parentheses",
        "« Nous ouvrons nos portes à tous les publics. » (Photo : Ville de Rennes)",
        [
            (
                None,
                "Nous ouvrons nos portes à tous les publics.",
            ),
        ],
    ),
    # -- paragraphs reopened three times, joint speakers, a role with an adjective before the name
    (
        "three_paragraphs_reopened",
        (
            "« Notre festival a accueilli 80 000 visiteurs cette année.\n\n« Les artistes locaux ont "
            "occupé une place centrale dans la programmation.\n\n« Nous remercions nos 600 bénévoles », "
            "conclut Hélène Saulnier, directrice du festival."
        ),
        [
            ("Hélène Saulnier", "Notre festival a accueilli 80 000 visiteurs cette année."),
            ("Hélène Saulnier", "Les artistes locaux ont occupé une place centrale dans la programmation."),
            ("Hélène Saulnier", "Nous remercions nos 600 bénévoles"),
        ],
    ),
    (
        "joint_declare_conjointement",
        (
            "« Ce rapprochement renforcera l'offre de soins sur tout le territoire », ont déclaré "
            "conjointement Anne Lefort et Paul Girardin."
        ),
        [
            (
                "Anne Lefort et Paul Girardin",
                "Ce rapprochement renforcera l'offre de soins sur tout le territoire",
            ),
        ],
    ),
    (
        "importance_colon_person_before",
        (
            "À l'occasion de la cérémonie, Marie Tessier a rappelé l'importance de la mémoire : « "
            "Transmettre, c'est notre devoir envers les jeunes générations. »"
        ),
        [
            (
                "Marie Tessier",
                "Transmettre, c'est notre devoir envers les jeunes générations.",
            ),
        ],
    ),
    (
        "a_tenu_a_remercier",
        (
            "Louise Garnier, la présidente de la Banque alimentaire, a tenu à remercier les donateurs : "
            "« Sans vous, rien ne serait possible. »"
        ),
        [
            (
                "Louise Garnier",
                "Sans vous, rien ne serait possible.",
            ),
        ],
    ),
    (
        "confie_a_la_presse",
        (
            "Le chef étoilé Thomas Rigaud a confié à la presse : « Cuisiner pour les enfants des écoles "
            "est ma plus belle mission. »"
        ),
        [
            (
                "Thomas Rigaud",
                "Cuisiner pour les enfants des écoles est ma plus belle mission.",
            ),
        ],
    ),
    (
        "quote_mid_paragraph_after_other_sentence",
        (
            "La commune a investi 2 millions d'euros dans la rénovation de l'école. « Les enfants "
            "disposeront enfin de locaux adaptés », indique le maire, Joël Carré."
        ),
        [
            (
                "Joël Carré",
                "Les enfants disposeront enfin de locaux adaptés",
            ),
        ],
    ),
    (
        "role_adjective_name_colon",
        (
            "La députée européenne Claire Vasseur a déclaré : « Cette directive protégera enfin les "
            "travailleurs des plateformes. »"
        ),
        [
            (
                "Claire Vasseur",
                "Cette directive protégera enfin les travailleurs des plateformes.",
            ),
        ],
    ),
    (
        "role_adjective_name_que",
        (
            "Le président sortant Michel Arnaud estime que « la fédération doit maintenant se tourner "
            "vers les jeunes pratiquants »."
        ),
        [
            (
                "Michel Arnaud",
                "la fédération doit maintenant se tourner vers les jeunes pratiquants",
            ),
        ],
    ),
    # -- ministers and presidents named in a heading, after a title, in the next sentence, in parentheses
    (
        "mme_ministre_deleguee_after",
        (
            "« Les petites entreprises sont le cœur battant de nos territoires », a déclaré Mme "
            "Élisabeth Martin, ministre déléguée chargée des PME."
        ),
        [
            (
                "Élisabeth Martin",
                "Les petites entreprises sont le cœur battant de nos territoires",
            ),
        ],
    ),
    (
        "ministre_named_in_heading",
        (
            "Communiqué de presse de Claire Leduc, ministre de la Culture\n\nLa ministre a annoncé le "
            "lancement du plan. Elle a déclaré : « Chaque village doit avoir accès à la culture. »"
        ),
        [
            (
                "Claire Leduc",
                "Chaque village doit avoir accès à la culture.",
            ),
        ],
    ),
    (
        "c_est_par_ces_mots",
        (
            "« Le bâtiment doit devenir le premier allié du climat. » C'est par ces mots que Paul "
            "Morin, président de la fédération, a ouvert le congrès."
        ),
        [
            (
                "Paul Morin",
                "Le bâtiment doit devenir le premier allié du climat.",
            ),
        ],
    ),
    (
        "mot_de_la_presidente_parenthesis",
        (
            "Le mot de la présidente : « Bienvenue à tous dans notre nouvelle maison des associations ! "
            "» (Sylvie Caron)"
        ),
        [
            (
                "Sylvie Caron",
                "Bienvenue à tous dans notre nouvelle maison des associations !",
            ),
        ],
    ),
    # -- a closing mark wrapped to the next line (PDF), narrow no-break spaces
    (
        "pdf_close_mark_next_line",
        (
            "« Nous devons agir vite pour protéger les plus fragiles pendant la canicule\n», a déclaré "
            "Anne Roy, directrice de la délégation départementale."
        ),
        [
            (
                "Anne Roy",
                "Nous devons agir vite pour protéger les plus fragiles pendant la canicule",
            ),
        ],
    ),
    (
        "narrow_nbsp",
        (
            "«\u202fLa rentrée se prépare dès maintenant avec les familles\u202f», souligne Karine "
            "Dubreuil, inspectrice d'académie."
        ),
        [
            (
                "Karine Dubreuil",
                "La rentrée se prépare dès maintenant avec les familles",
            ),
        ],
    ),
    # -- a heading's title noun without article ('Campagne « … ! »') names, speech after it stays
    (
        "heading_operation_exclamation",
        (
            "Opération « Tous au vert ! » : la ville plante 1 000 arbres cet hiver\n\nLa commune lance "
            "une grande campagne de plantation."
        ),
        [],
    ),
    (
        "heading_campagne_exclamation",
        (
            "Campagne « Protégez-vous, protégez les autres ! »\n\nL'ARS relance sa campagne de "
            "prévention avant les fêtes."
        ),
        [],
    ),
    (
        "concours_line_question",
        "Concours « Et si on inventait la ville de demain ? » : les inscriptions sont ouvertes.",
        [],
    ),
    (
        "speech_after_heading_noun_kept",
        (
            "Festival « Les Nuits d'été » : « Nous attendons 20 000 spectateurs cette année ! », "
            "annonce Marc Ollivier, son directeur."
        ),
        [
            (
                "Marc Ollivier",
                "Nous attendons 20 000 spectateurs cette année !",
            ),
        ],
    ),
    # -- a pupil with her age, an association after 'Pour l'', a federation's acronym
    (
        "pupil_exclaims_age",
        (
            "Les élèves de CM2 de l'école Jules-Ferry ont remporté le prix. « On a travaillé très dur "
            "pendant des semaines ! », s'exclame Inès, 10 ans."
        ),
        [
            (
                "Inès",
                "On a travaillé très dur pendant des semaines !",
            ),
        ],
    ),
    (
        "pour_l_association_lower_head",
        (
            "Pour l'association Vivre Ensemble, « chaque famille doit pouvoir partir en vacances au "
            "moins une fois par an »."
        ),
        [
            (
                "Vivre Ensemble",
                "chaque famille doit pouvoir partir en vacances au moins une fois par an",
            ),
        ],
    ),
    (
        "acronym_federation_fragment",
        "La FNSEA dénonce « une provocation inacceptable pour les agriculteurs ».",
        [
            (
                "FNSEA",
                "une provocation inacceptable pour les agriculteurs",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_quote_shapes(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


def test_front_matter_is_no_body_text(nlp):
    """A markdown page's front matter is page metadata: a quote in its summary is not a quote of
    the release (the body's own quote is)."""
    from pipeline.api import Extractor

    extractor = Extractor()
    extractor._nlp = nlp  # the session's pipeline, not a second load
    text = (
        "---\ntitle: La Fédération lance sa campagne\nsummary: « Chaque licencié compte pour faire vivre "
        "nos clubs », rappelle la présidente Marie Vasseur.\ndate: 2024-03-02\n---\n\n"
        "La Fédération française de tir à l'arc lance sa campagne de recrutement.\n\n"
        "« Chaque licencié compte pour nos 1 600 clubs », rappelle Marie Vasseur, présidente de la "
        "fédération.\n"
    )
    record = extractor.extract(text, format="text")
    assert [(q.speaker, q.text) for q in record.quotes] == [
        ("Marie Vasseur", "Chaque licencié compte pour nos 1 600 clubs")
    ]
