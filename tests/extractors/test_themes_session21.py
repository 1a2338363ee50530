"""Session 21: a local council's elected officials and town twinning as politics; fishing boats and
the fish market as commercial fishing; ships plugged in at the quay as pollution; boating as leisure;
a building's energy bill and retrofit works as sustainability; the gendarmerie's road units as law
enforcement; the book sector's institutions as culture; humanitarian relief as emergency response;
hospital beds ('lits') are not the verb 'lit'. Every fragment is invented, in the shape of a
different kind of issuer; none is corpus, dev-set or web text."""

from theme_fragments import body_matches, theme_ids

POLITICS, GOVERNMENT = "medtop:11000000", "medtop:20000593"
FISHING, POLLUTION, LEISURE = "medtop:20000213", "medtop:20000424", "medtop:20000538"
SUSTAINABILITY, NATURAL_RESOURCE = "medtop:20001374", "medtop:20000430"
LAW_ENFORCEMENT, ACCIDENT = "medtop:20000129", "medtop:20000139"
CULTURE, LITERATURE, EMERGENCY = "medtop:20000038", "medtop:20000013", "medtop:20000168"
HEALTH_FACILITY = "medtop:20000461"


def test_a_councils_elected_officials_are_politics(themes_nlp):
    """Session 23: they name who speaks, so they count for politics but file no branch of it."""
    text = (
        "« Le service sera gratuit dès janvier », annonce la vice-présidente chargée des mobilités, "
        "après le vote du conseil communautaire. L'adjoint au maire de la ville-centre s'en félicite."
    )
    found = body_matches(themes_nlp, text)
    assert {"vice-présidente chargée", "conseil communautaire", "adjoint au maire"} <= set(found[POLITICS])
    assert GOVERNMENT not in found


def test_town_twinning_is_politics(themes_nlp):
    text = (
        "Le comité de jumelage reçoit une délégation de la ville jumelle italienne pour les trente ans "
        "du jumelage : les deux villes jumelées signeront une nouvelle charte."
    )
    assert POLITICS in body_matches(themes_nlp, text)


def test_fishing_boats_and_the_fish_market_are_commercial_fishing(themes_nlp):
    text = (
        "Deux chalutiers et un fileyeur sont restés à quai ; les armateurs attendent la réouverture "
        "de la criée et des ateliers de mareyage."
    )
    found = body_matches(themes_nlp, text)
    assert {"chalutiers", "fileyeur", "armateurs", "criée", "mareyage"} <= set(found[FISHING])


def test_shore_power_is_pollution_and_boating_is_leisure(themes_nlp):
    port = "Le branchement électrique à quai des navires de croisière sera en service au printemps."
    assert POLLUTION in body_matches(themes_nlp, port)
    canal = (
        "Le canal rouvre à la plaisance : deux haltes nautiques accueilleront les plaisanciers, et le "
        "port de plaisance sera agrandi."
    )
    assert LEISURE in body_matches(themes_nlp, canal)


def test_a_retrofit_and_its_energy_bill_are_sustainability(themes_nlp):
    text = (
        "Isolation des toitures, remplacement des menuiseries, ventilation mécanique : la facture "
        "énergétique de l'école baissera d'un tiers, avec une aide de l'ADEME. Les charges de "
        "chauffage des locataires suivront."
    )
    found = body_matches(themes_nlp, text)
    assert {"Isolation des toitures", "remplacement des menuiseries", "ADEME"} <= set(found[SUSTAINABILITY])


def test_land_take_is_natural_resource(themes_nlp):
    text = "Le collectif dénonce l'étalement urbain et la bétonisation de terres fertiles."
    assert NATURAL_RESOURCE in body_matches(themes_nlp, text)


def test_road_units_are_law_enforcement(themes_nlp):
    text = (
        "L'escadron départemental de sécurité routière multipliera les contrôles : l'an dernier, "
        "300 motards ont été verbalisés. L'association de prévention routière tiendra un stand."
    )
    found = body_matches(themes_nlp, text)
    assert LAW_ENFORCEMENT in found and ACCIDENT in found


def test_the_book_sector_is_culture_and_writers_literature(themes_nlp):
    text = (
        "Le programme accueille six traducteurs littéraires en résidence d'écriture ; une écrivaine "
        "présidera le jury, avec deux libraires indépendants."
    )
    found = body_matches(themes_nlp, text)
    assert CULTURE in found and LITERATURE in found


def test_humanitarian_relief_is_emergency_response(themes_nlp):
    text = (
        "Après les inondations, l'association achemine des unités de potabilisation et des kits "
        "d'hygiène vers les personnes sinistrées."
    )
    assert EMERGENCY in body_matches(themes_nlp, text)


def test_hospital_beds_are_not_the_verb_read(themes_nlp):
    beds = "L'hôpital ouvre 24 lits de médecine supplémentaires pour l'hiver."
    assert "lits" in body_matches(themes_nlp, beds)[HEALTH_FACILITY]
    slogan = "« Une route, ça se lit » : la campagne revient au printemps."
    assert HEALTH_FACILITY not in body_matches(themes_nlp, slogan)
    assert HEALTH_FACILITY not in theme_ids(themes_nlp, slogan)


def test_what_unions_and_employers_sign_is_labour_relations(themes_nlp):
    text = (
        "Le syndicat a signé avec la fédération patronale un accord collectif sur le travail du "
        "dimanche : majoration des heures et repos compensateur."
    )
    assert "medtop:20000524" in body_matches(themes_nlp, text)


def test_the_public_employment_service_is_employment(themes_nlp):
    text = "Les douze postes sont ouverts avec France Travail, qui présélectionne les candidats."
    assert "medtop:20000509" in body_matches(themes_nlp, text)
