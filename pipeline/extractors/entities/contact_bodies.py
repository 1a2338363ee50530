"""A contact line's label: 'Regards Partagés : Fatoumata Sarr – 06 12 …', 'Cidres & Poirés de l'Ouest :
presse@…'. A name opening a line, then a colon and a line that gives a phone number or an e-mail address,
is the body that press contact speaks for (every such name the read gold labels that is no person is a
body), not a product or an event guessed from its words."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate

LINE_OPENING = re.compile(r"(?:^|\n)[ \t•*>–-]*$")
"""Only a bullet or a dash between the line's start and the name."""
CONTACT_AFTER = re.compile(
    r"[ \u00a0]?:[ \u00a0]+[^\n]*?(?:[\w.+-]+@[\w-]+\.|(?:\+33|\b0)[1-9](?:[ .\u00a0]?\d\d){4})"
)
"""' : Fatoumata Sarr – 06 12 34 56 78', ' : presse@exemple.fr': a colon, then a phone or an address."""
CONTACT_BODY = "entity.contact_body"


def contact_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, with a thing opening a contact line relabelled a body, and the other mentions
    of that name with it ('CIDRES & POIRÉS DE L'OUEST' in the headline)."""
    bodies = {
        text[c.start : c.end].casefold()
        for c in candidates
        if c.label == "MISC"
        and LINE_OPENING.search(text, max(0, c.start - 8), c.start)
        and CONTACT_AFTER.match(text, c.end)
    }
    return [
        Candidate(c.start, c.end, "ORG", c.source, CONTACT_BODY, c.key)
        if c.label == "MISC" and text[c.start : c.end].casefold() in bodies
        else c
        for c in candidates
    ]
