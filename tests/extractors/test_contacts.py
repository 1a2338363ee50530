from pipeline.extractors.contacts import extract_contacts

BLOCK = """Le texte du communiqué.

Cabinet de Cédric O

01 53 18 43 10 / presse@numerique.gouv.fr

Bertrand Braunschweig, Directeur du Centre d'expertise de Paris - bertrand.b@inria.fr / 06 85 59 55 09

Renaud Vedel, Coordonnateur de la Stratégie nationale - renaud.v@finances.gouv.fr /

07 84 01 69 66

La suite du texte reprend ici."""


def test_block_mid_text_grouped_per_person():
    contacts = extract_contacts(BLOCK, [])
    assert [(c["name"], c["organization"], c["emails"], c["phones"]) for c in contacts] == [
        (None, "Cabinet de Cédric O", ["presse@numerique.gouv.fr"], ["+33153184310"]),
        ("Bertrand Braunschweig", "Centre d'expertise de Paris", ["bertrand.b@inria.fr"], ["+33685595509"]),
        ("Renaud Vedel", None, ["renaud.v@finances.gouv.fr"], ["+33784016966"]),
    ]
    assert contacts[1]["role"] == "Directeur du Centre d'expertise de Paris"
    for contact in contacts:
        for span in contact["evidence"]:
            assert BLOCK[span["start"]:span["end"]] == span["text"]


def test_labelled_lines_and_office():
    text = "Fin du texte.\n\nContact presse\nService de la communication\nTél : 04 66 36 40 18\nMél : pref-communication@gard.gouv.fr"
    contacts = extract_contacts(text, [])
    assert len(contacts) == 1
    assert contacts[0]["organization"] == "Service de la communication"
    assert contacts[0]["phones"] == ["+33466364018"]
    assert contacts[0]["emails"] == ["pref-communication@gard.gouv.fr"]


def test_no_contact_without_email_or_phone():
    assert extract_contacts("Cabinet du ministre\nPlus d'informations sur le site.", []) == []
