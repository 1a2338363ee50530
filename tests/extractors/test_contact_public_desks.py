"""Session 17 (classes from the read side's new releases dev-o and dev-p): a desk naming the public it
answers, contact lines inside a box-drawing frame, a long entry line cut into short cells, and a
function's unit in a role. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "La navette circulera du lundi au samedi sur tout le territoire de la communauté.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [(c["name"], c["role"], c["organization"], c["phones"]) for c in extract_contacts(text, spans)]


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("Réservations (public) : 02 41 00 11 22 — du lundi au vendredi", "Réservations"),
        ("Accueil du musée (public) – 02 41 00 11 22", "Accueil du musée"),
        ("- Inscriptions (élèves et parents) — 02 41 00 11 22", "Inscriptions"),
    ],
)
def test_a_desk_naming_its_public_is_an_office_of_its_own(line, desk):
    contacts = _run(
        f"Contacts presse\n- Margaux Pellerin, chargée de communication — 06 11 22 33 44\n{line}",
        ("Margaux Pellerin",),
    )
    assert contacts == [
        ("Margaux Pellerin", "chargée de communication", None, ["+33611223344"]),
        (None, None, desk, ["+33241001122"]),
    ]


def test_an_on_call_label_for_the_public_names_no_office():
    (office, _) = _run(
        "Astreinte du syndicat (public) : 03 80 11 22 33\nPresse : Yann Colas, directeur – 06 11 22 33 44",
        ("Yann Colas",),
    )
    assert office == (None, None, None, ["+33380112233"])


def test_lines_in_a_box_drawing_frame_are_read_inside_it():
    contacts = _run(
        "┌────────────────────────────────────────────┐\n"
        "│ Contact presse – Union cycliste du Perche  │\n"
        "│ Hervé Lamotte, président du comité         │\n"
        "│ 06 21 43 65 87 · presse@uc-perche.example.fr │\n"
        "└────────────────────────────────────────────┘",
        ("Hervé Lamotte",),
    )
    assert contacts == [
        ("Hervé Lamotte", "président du comité", "Union cycliste du Perche", ["+33621436587"])
    ]


def test_a_long_entry_line_cut_into_short_cells_is_no_sentence():
    contacts = _run(
        "Contacts presse\n"
        "Conseil régional de l'Ordre des kinésithérapeutes Bretagne : Inès Carré, chargée de "
        "communication – 02 99 11 22 33 – i.carre@ordre-kine.example.fr",
        ("Inès Carré",),
    )
    assert contacts == [
        (
            "Inès Carré",
            "chargée de communication",
            "Conseil régional de l'Ordre des kinésithérapeutes Bretagne",
            ["+33299112233"],
        )
    ]


def test_a_sentence_holding_an_address_stays_prose():
    contacts = _run(
        "Les habitants peuvent déposer leurs observations sur le registre ouvert en mairie ou les "
        "envoyer par courriel à enquete@ville.example.fr.\n"
    )
    assert contacts == [(None, None, None, [])]


@pytest.mark.parametrize(
    ("role", "organisation"),
    [
        ("responsable du service apprentissage", None),
        ("cheffe du bureau de presse de l'Élysée", "bureau de presse de l'Élysée"),
        ("chef du bureau de la communication", "bureau de la communication"),
    ],
)
def test_a_unit_in_a_role_is_a_body_when_it_answers_the_press_or_holds_a_name(role, organisation):
    (contact,) = _run(f"Contact\nLouise Texier, {role} – 05 49 11 22 33", ("Louise Texier",))
    assert contact == ("Louise Texier", role, organisation, ["+33549112233"])


@pytest.mark.parametrize(
    ("block", "role"),
    [
        ("Presse : Noémie Vallet – 01 30 11 22 33 – n.vallet@parc.example.fr", None),
        (
            "Presse : Noémie Vallet – 01 30 11 22 33\n"
            "Communication financière : Rémi Gaudin – 01 30 11 22 44",
            "Presse",
        ),
    ],
)
def test_a_press_desk_is_a_role_only_when_it_tells_entries_apart(block, role):
    persons = tuple(p for p in ("Noémie Vallet", "Rémi Gaudin") if p in block)
    contacts = _run(block, persons)
    assert contacts[0][:2] == ("Noémie Vallet", role)


def test_a_body_over_its_press_centre_heads_the_persons_under_it():
    body = "Direction de l'information des armées de l'air (DIAA)"
    contacts = _run(
        f"Contacts presse\n{body}\nCentre de presse : 09 11 22 33 44 — presse@diaa.example.fr\n"
        "Commandant Julie Ferrand, porte-parole : 09 11 22 33 55",
        ("Julie Ferrand",),
    )
    assert contacts == [
        (None, None, body, ["+33911223344"]),
        ("Julie Ferrand", "porte-parole", body, ["+33911223355"]),
    ]


def test_a_function_answering_an_office_s_number_is_its_role():
    contacts = _run(
        "Contact presse CODIS 29\nOfficier presse de permanence : 06 11 22 33 44\ncom@codis29.example.fr"
    )
    assert contacts == [(None, "Officier presse de permanence", "CODIS 29", ["+33611223344"])]
