"""Bodies named by a capitalised head-word, adjectives the tagger misreads, and a complement:
'Centre hospitalier universitaire de Nantes' (the tagger calls 'universitaire' a noun, so the token
patterns, which want the tagger's adjectives, stop at 'Centre hospitalier')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extractors.entities.boundaries import coordinated_tail_end, is_adjective, verb_tail_end
from pipeline.extractors.entities.branches import branch_end
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.gazetteers import BODY_ID, body_heads, extend_structure

MAX_ADJECTIVES = 3


def adjectival_bodies(doc: Doc, lexicon: Lexicon, titled: Callable[[str], bool]) -> list[Candidate]:
    """A capitalised body head-word ('Centre', 'Institut', 'Caisse'), one to three lower-case words the
    dictionary knows as adjectives whatever their tag, then at least one complement ('de Nantes', 'des
    forêts'); the name ends before a verb it would run on into."""
    heads = body_heads()
    found = []
    for head in doc:
        if not head.is_title or head.text not in heads:
            continue
        i = head.i + 1
        while (
            i < len(doc)
            and i - head.i <= MAX_ADJECTIVES
            and doc[i].is_lower
            and doc[i].is_alpha
            and is_adjective(lexicon, doc[i].text)
            and "Fin" not in doc[i].morph.get("VerbForm")
        ):
            i += 1
        if i == head.i + 1 or "\n" in doc[head.i : i].text:
            continue
        end = coordinated_tail_end(doc, head.i, extend_structure(doc, i, BODY_ID, titled))
        end = branch_end(
            doc, verb_tail_end(doc, head.i, end, lexicon)
        )  # 'Agence régionale de santé Bretagne'
        if end <= i or "\n" in doc[head.i : end].text:
            continue  # 'le Centre hospitalier' alone is the kind of body, not its name
        found.append(
            Candidate(head.idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", "pattern", "entity.body")
        )
    return found
