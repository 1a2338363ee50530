"""Helper shared by the contact tests: a contact block after a line of body text, with the persons
the entity extractor would have found, read by the contacts extractor."""

from pipeline.extractors.contacts import extract_contacts

INTRO = "Le dispositif sera déployé dans tout le département à partir du mois prochain.\n\n"


def contacts_in(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    """(name, organization, emails, phones) of each contact found in INTRO + fragment."""
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [(c["name"], c["organization"], c["emails"], c["phones"]) for c in extract_contacts(text, spans)]
