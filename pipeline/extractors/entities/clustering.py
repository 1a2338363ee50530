"""One overlap policy, then one entry per real-world thing with its aliases."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from pipeline.extractors.entities.head_labels import eponym_compound, head_label, seat_place
from pipeline.extractors.entities.spans import CUED_RULES, Candidate, Cluster
from pipeline.extractors.entities.vocabulary import WORD, fold, folded_places, name_key, vocabulary
from pipeline.extractors.gazetteer_places import town_names

MAX_PLACE_WORDS = 4

AGE_AFTER = re.compile(r",\s*\d{1,3}\s*ans\s*(?:[,.;)–—-]|$)", re.MULTILINE)
"""'Clara, 29 ans, Nantes': an age in apposition names a person by a first name alone (testimonials);
not 'Tchap, 5 ans après son lancement'."""

INNER_ACRONYM = re.compile(r"\s+\([A-ZÉ][A-Za-zÉ0-9&-]{1,9}\)\s+(?=\S)")
"""' (GHT) ' inside a name: the acronym the release defines there, no word of the name."""

GENERATION = re.compile(r"\d{1,2}")
"""What follows a product's name in its next generation's ('SolHerbe 2')."""
EDITION_YEAR = re.compile(r"(?:19|20)\d\d")
"""What follows an event's name in an edition's ('Vinocat 2026')."""
MAIL_DOMAIN = re.compile(r"@(?:[\w-]+\.)*([\w-]+)\.[a-z]{2,6}\b")
"""'alice.roux@bureaulumen.fr': the name the domain of an e-mail address spells."""


CONTRACTED = {"au": "Le", "du": "Le", "aux": "Les", "des": "Les"}
"""The article a contracted preposition holds: 'au Touquet' is 'à Le Touquet'."""


def article_town(text: str, mentions: list[Candidate], name: str) -> str | None:
    """'Le Touquet' for 'Touquet' written after 'au', 'Les Fourgs' for 'Fourgs' after 'des', 'Le Sap-André'
    for a line's 'Sap-André' cut from its article: a commune whose name opens with an article, when the
    bare word is no place of its own. None otherwise."""
    if fold(name) in folded_places() or " " in name:
        return None
    for mention in mentions:
        before = text[max(0, mention.start - 5) : mention.start].split()
        article = CONTRACTED.get(before[-1].lower()) if before else None
        article = article or (before[-1] if before and before[-1] in {"Le", "La", "Les"} else None)
        if article and f"{article} {name}" in town_names():
            return f"{article} {name}"
    return None


def _squeezed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def mail_owners(text: str) -> set[str]:
    """The names the text's e-mail domains spell, squeezed: who owns a mail domain is most often a body (33
    of 34 such names in the tune and read gold; the other is a town, which the gazetteer knows). Not three
    letters or less ('cyril@php.net': a language's site, not its owner)."""
    return {name for m in MAIL_DOMAIN.finditer(text) if len(name := _squeezed(m.group(1))) >= 4}


def _overlapping_label(candidates: list[Candidate], start: int, end: int) -> str | None:
    labels = [
        c.label for c in sorted(candidates, key=lambda c: -c.priority) if c.start < end and start < c.end
    ]
    return labels[0] if labels else None


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One overlap policy: rule-made spans before the model's; among them the longer (the outer
    name wins: "Centre d'expertise de Paris" over "Paris"), then the higher source, then earlier."""
    persons = [(c.start, c.end) for c in candidates if c.source == "model" and c.label == "PER"]
    # 'Florence Dupont', 'Jean Calais': a first name or surname that is also a place stays in the person's
    # name
    candidates = [
        c
        for c in candidates
        if not (
            c.source == "gazetteer"
            and any(s <= c.start and c.end <= e and c.end - c.start < e - s for s, e in persons)
        )
    ]
    kept: list[Candidate] = []
    taken = bytearray(
        max((c.end for c in candidates), default=0)
    )  # 1 where a kept mention lies: linear, not pairwise
    ordered = sorted(
        candidates, key=lambda c: (c.source == "model", -(c.end - c.start), -c.priority, c.start)
    )
    for candidate in ordered:
        if candidate.start >= candidate.end or taken.find(1, candidate.start, candidate.end) >= 0:
            continue
        kept.append(candidate)
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(kept, key=lambda c: c.start)


def _non_overlapping(spans: list) -> list:
    from spacy.util import filter_spans

    return filter_spans(spans)


def trailing_place(words: list[str]) -> str | None:
    """The place that ends a body's name ('… Occitanie', '… Pays de la Loire'), folded; None without one."""
    for size in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        place = fold(" ".join(words[-size:]))
        if place in folded_places():
            return place
    return None


def spells(acronym: str, form: str) -> bool:
    """Whether the acronym is the initials of every word of the form but its stop words and its
    trailing place ('ARS': Agence régionale de santé Occitanie); stricter than acronym_matches, which
    may take a first syllable or leave a complement out ('direction du numérique pour l'éducation' is
    no DINUM)."""
    words = [w.group() for w in WORD.finditer(form)]
    place = trailing_place(form.split())
    # the place may also give the last letter: 'CTG' for 'Collectivité territoriale de Guyane'
    shapes = [words] if place is None else [words[: len(words) - len(WORD.findall(place))], words]
    return any(
        len(shape) >= 2
        and "".join(fold(w)[0] for w in shape if fold(w) not in vocabulary()["stop_words"]) == fold(acronym)
        for shape in shapes
    )


def branch_acronym_pairs(text: str, mentions: list[Candidate]) -> list[tuple[str, str]]:
    """'ARS', 'ARS Occitanie', 'Agence régionale de santé Occitanie', 'Agence régionale de santé': an
    acronym, the acronym with its branch's place and the expansion with or without that place name one
    body when the document names a single branch of it (two places, 'ARS Bretagne' and 'ARS Normandie',
    are two branches and stay apart)."""
    forms = {" ".join(text[m.start : m.end].split()) for m in mentions if m.label != "PER"}
    acronyms = {
        f.split()[0]
        for f in forms
        if f and f.split()[0].isupper() and f.split()[0].isalpha() and 2 <= len(f.split()[0]) <= 8
    }
    pairs = []
    for acronym in sorted(acronyms):
        members, places = [], set()
        for form in sorted(forms):
            words = form.split()
            if words[0] == acronym:
                place = fold(seat_place(" ".join(words[1:]))) if len(words) > 1 else None
                if place is not None and place not in folded_places():
                    continue  # 'ARS Info Service': another name built on the acronym
            elif len(words) >= 2 and not form.isupper() and spells(acronym, form):
                place = trailing_place(words)
            else:
                continue
            members.append(form)
            if place:
                places.add(place)
        if len(members) >= 2 and len(places) <= 1:
            pairs += [(members[0], other) for other in members[1:]]
    return pairs


def compound_surname(text: str, mentions: list[Candidate], keys: list[str], short: str) -> bool:
    """'Mme Martin-Durand', 'M. de La Tour du Pin': a surname of several words, hyphenated or with
    particles, used alone after the full name ('Hélène Martin-Durand'); not a first name and a
    surname, which name someone else ('Claire Dupont' beside 'Marie Claire Dupont')."""
    forms = [text[m.start : m.end] for m, key in zip(mentions, keys, strict=False) if key == short]
    return any("-" in form or form.split()[0].lower() in vocabulary()["particles"] for form in forms)


def first_names_of_persons(
    text: str, mentions: list[Candidate], keys: list[str], by_label: dict[str, set[str]]
) -> dict[str, str]:
    """'Nadia' after 'Nadia Belkacem', 'son frère Antoine' beside 'Antoine Gerbévillier': a lone
    capitalised word guessed a thing or a person, that opens the name of the one person of the
    release whose name it opens, is that person called by a first name (its key, and the person's;
    alone, a lone word would be taken for a product)."""
    pairs = {}
    other = {key for m, key in zip(mentions, keys, strict=False) if m.label not in {"MISC", "PER"}}
    for mention, key in zip(mentions, keys, strict=False):
        form = text[mention.start : mention.end]
        if key in other or " " in key or not form.istitle() or not form.isalpha():
            continue
        persons = {long for long in by_label.get("PER", ()) if long.startswith(key + " ")}
        if len(persons) == 1:
            pairs[key] = persons.pop()
    return pairs


def cluster(text: str, mentions: list[Candidate], pairs: list[tuple[str, str]]) -> list[dict]:
    """Group mentions into one entity per real-world thing: same folded name, acronym-expansion
    pairs, forms listed under one gazetteer id, a shorter form that begins a longer one (one word only
    before a version number: 'SolHerbe 2'), a surname of a full person name, a lone
    head-word ('le Musée') of the one body of that kind named in full."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    keys = [name_key(text[m.start : m.end]) for m in mentions]
    for key in keys:
        find(key)
    for a, b in pairs + branch_acronym_pairs(text, mentions):
        union(name_key(a), name_key(b))
    first_of_key: dict[str, str] = {}
    for mention, key in zip(mentions, keys, strict=False):
        if mention.key:
            union(key, first_of_key.setdefault(mention.key, key))
    by_label: dict[str, set[str]] = defaultdict(set)
    for mention, key in zip(mentions, keys, strict=False):
        by_label[mention.label].add(key)
    for label, label_keys in by_label.items():
        ordered = sorted(label_keys, key=len)
        for short in ordered:
            for long in ordered:
                if long == short or len(long.split()) <= len(short.split()):
                    continue
                if (
                    label == "PER"
                    and long.endswith(" " + short)
                    and (len(short.split()) == 1 or compound_surname(text, mentions, keys, short))
                    or label != "PER"
                    and len(short.split()) >= 2
                    and long.startswith(short + " ")
                    or label in ("ORG", "MISC")
                    and long.startswith(short + " ")
                    and GENERATION.fullmatch(long, len(short) + 1)
                    or label == "MISC"
                    and long.startswith(short + " ")
                    and EDITION_YEAR.fullmatch(long, len(short) + 1)
                ):  # 'SolHerbe' beside 'SolHerbe 2': a product named without its generation number;
                    # 'Vinocat' beside 'VINOCAT 2026': an event named without its edition's year
                    union(short, long)
    first_names = first_names_of_persons(text, mentions, keys, by_label)
    for short, person in first_names.items():
        union(short, person)
    mentions = [
        replace(m, label="PER") if key in first_names else m for m, key in zip(mentions, keys, strict=False)
    ]
    heads = vocabulary()["heads"]
    authorities = {name_key(word) for word in vocabulary()["capitalised_org_heads"]}
    for label, label_keys in by_label.items():
        for short in label_keys:
            longer = {find(key) for key in label_keys if key.startswith(short + " ")}
            # 'le Département' after 'Département de l'Ardèche': a local authority named by its kind
            kind = heads.get(short) == label or (label == "ORG" and short in authorities)
            if kind and len(longer) == 1:
                union(
                    short, longer.pop()
                )  # 'le Musée' after 'Musée départemental de X': the one body of that kind
    clusters: dict[str, Cluster] = defaultdict(Cluster)
    for mention, key in zip(mentions, keys, strict=False):
        group = clusters[find(key)]
        group.mentions.append(mention)
        group.label_votes[mention.label] += mention.weight
        group.forms[text[mention.start : mention.end].replace("\n", " ")] += 1
    entities = []
    owners = mail_owners(text)
    for group in clusters.values():
        # a tie goes to the kind the sentence states ('la start-up lilloise DataPluma' once against two
        # 'DataPluma' guessed products from their shape)
        cued = Counter(m.label for m in group.mentions if m.rule in CUED_RULES)
        label = max(group.label_votes, key=lambda k: (group.label_votes[k], cued[k]))
        if (
            any(m.source == "title_person" for m in group.mentions)
            and label in {"MISC", "LOC"}
            and all(m.source in {"title_person", "pattern", "model", "propagated"} for m in group.mentions)
        ):
            # 'la peintre Lucie Arnaud-Tessier': a name after a person's title names a person, whatever its
            # shape elsewhere
            label = "PER"
        aged = any(AGE_AFTER.match(text, m.end) and text[m.start : m.end].istitle() for m in group.mentions)
        if aged and label in {"MISC", "LOC"}:
            label = "PER"  # 'Yanis, 21 ans, étudiant à Grenoble': whatever the model read in the first name
        if (
            label == "PER"
            and not any(char.isspace() for m in group.mentions for char in text[m.start : m.end].strip())
            and not any(m.rule == "entity.person_after_civility" for m in group.mentions)
            and not aged
        ):
            # 'Albert', 'Ameli': a person is named in full at least once (or after a civility: 'M. Durand');
            # a lone word is a product,
            # or a place when written after 'à' or a postcode ('à Rochechouart', '87600 Rochechouart')
            at_place = any(
                vocabulary()["lone_place_cue"].search(text, max(0, m.start - 12), m.start)
                for m in group.mentions
            )
            label = next(
                (other for other, _ in group.label_votes.most_common() if other != "PER"),
                "LOC" if at_place else "ORG" if any(eponym_compound(f) for f in group.forms) else "MISC",
            )
        if (
            label in {"MISC", "LOC"}
            and owners & {_squeezed(f) for f in group.forms}
            and not any(fold(f) in folded_places() or head_label(f) == "MISC" for f in group.forms)
            and not cued["MISC"]
        ):
            # 'Bureau Lumen — alice@bureaulumen.fr': a press agency, not a thing ('concours Alkindi' beside
            # 'info@concours-alkindi.fr', 'le festival Orbal' beside 'presse@orbal.fr' say their kind)
            label = "ORG"
        forms = list(group.forms)
        name = max(
            forms,
            key=lambda f: (
                len(f.split()) > 1 and not f.isupper(),
                -sum(w.isupper() and len(w) > 1 for w in f.split()),
                len(f),
                group.forms[f],
            ),
        )
        if label in {"LOC", "MISC"} and (town := article_town(text, group.mentions, name)):
            label, name = "LOC", town  # 'au Touquet', 'des Fourgs': the commune is 'Le Touquet', 'Les Fourgs'
        if (bare := INNER_ACRONYM.sub(" ", name)) != name:
            name = (
                bare  # 'groupement hospitalier de territoire (GHT) des Landes': the name without its acronym
            )
        seen = {fold(name)}
        aliases = []
        for form in forms:
            if fold(form) not in seen:
                seen.add(fold(form))
                aliases.append(form)
            elif form != name and form not in aliases:
                aliases.append(form)
        rule = max(group.mentions, key=lambda m: m.priority).rule
        entities.append(
            {
                "name": name,
                "label": label,
                "aliases": aliases,
                "mentions": [
                    {"start": m.start, "end": m.end, "text": text[m.start : m.end], "rule": m.rule}
                    for m in sorted(group.mentions, key=lambda m: m.start)
                ],
                "rule": rule,
            }
        )
    return sorted(entities, key=lambda e: e["mentions"][0]["start"])
