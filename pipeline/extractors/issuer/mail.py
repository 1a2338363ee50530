"""Signatures (a closing presentation or sign-off of a body) and press e-mail domains that spell
a body's name."""

from __future__ import annotations

import re

from pipeline.extractors.contacts import has_organisation_word, is_organisation
from pipeline.extractors.issuer.common import Candidate, compact, plain, vocabulary
from pipeline.extractors.issuer.header_lines import describes_the_body
from pipeline.extractors.issuer.line_kinds import could_name_a_body, is_place
from pipeline.extractors.issuer.signatures import signed_by_a_head, signing_bodies


def signatures(text: str) -> list[Candidate]:
    """Closing presentations of a body, sign-off lines and a head signing for the body, in reading
    order."""
    vocab = vocabulary()
    closing = int(len(text) * vocab["closing_fraction"])
    last_paragraph = text.rstrip().rfind("\n\n") + 1
    found = []
    for match in vocab["mission"].finditer(text):
        if (match.start() >= closing or match.start() >= last_paragraph) and _names_a_body(match):
            start, end = _mission_name(match)
            name = text[start:end].strip()
            found.append(Candidate(name, start, start + len(name), "signature"))
    for match in vocab["sign_off"].finditer(text):
        name = match["name"].strip()
        if match.start() >= closing and (is_organisation(name) or _kind_below(text, match.end(), name)):
            found.append(Candidate(name, match.start("name"), match.start("name") + len(name), "sign_off"))
    found += [Candidate(f.name, f.start, f.end, "signature") for f in signed_by_a_head(text)]
    found += [Candidate(f.name, f.start, f.end, "signature") for f in signing_bodies(text)]
    found += _signature_block(text, closing)
    found += _signed_with_town(text, closing)
    return sorted(found, key=lambda c: c.start)


def _kind_below(text: str, end: int, name: str) -> bool:
    """'L'équipe de Route X' / 'Association de prévention routière – 12, rue …': a name the line
    under the sign-off says what kind of body it is (as under an e-mail's '--')."""
    below = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
    kind = re.split(r"\s+[–—·|-]\s+", below.strip())[0]
    return bool(kind) and describes_the_body(kind) and could_name_a_body(name)


SIGNED_WITH_TOWN = re.compile(
    r"(?:^|\n\n)[ \t]*(?:La|Le|L['’])[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][^\n–—,.;:!?@]{2,60}?)[ \t]+[–—-][ \t]+"
    r"(?P<town>[A-ZÀ-ÖØ-Þ][^\n–—,.;:!?@\d]{1,40}?)[ \t]*(?=\n\n|\s*$)"
)
"""A paragraph of one line, the body and its town ('La Fromagerie X – Bedous'): a web page's
article signed by the body under its last paragraph."""


def _signed_with_town(text: str, closing: int) -> list[Candidate]:
    """'La Fromagerie X – Bedous' alone under the article: the body signs it, before the site's
    footer (which prints the trading name on every page); a common noun alone ('La Direction –
    Lyon') names no body."""
    found = []
    for match in SIGNED_WITH_TOWN.finditer(text, closing):
        name = match["name"].strip()
        if (
            len(name.split()) >= 2
            and is_place(match["town"])
            and is_organisation(name)
            and not is_place(name)
        ):
            found.append(Candidate(name, match.start("name"), match.start("name") + len(name), "sign_off"))
    return found[-1:]


SIGNATURE_MARK = re.compile(
    r"^[ \t]*--[ \t]*\n+[ \t]*(?P<name>[^\n]{2,90}?)[ \t]*(?:\n[ \t]*(?P<below>[^\n]*))?$", re.MULTILINE
)
"""An e-mail's signature delimiter ('-- ' on its own line), the line under it and the next."""

ACRONYM_AFTER = re.compile(r"\s+\([A-ZÀ-ÖØ-Þ0-9&.-]{2,10}\)$")
"""' (TBN)': the short form a signature prints after the body's name."""


def _signature_block(text: str, closing: int) -> list[Candidate]:
    """'--' / 'Préfecture du Loiret' / …: a release sent as an e-mail signs with the body on the
    first line of its signature; a name the line under it says what kind of body it is ('X (XN)' /
    'Syndicat mixte ouvert – 7 rue …') is one too, without its short form."""
    found = []
    for match in SIGNATURE_MARK.finditer(text, closing):
        name = ACRONYM_AFTER.sub("", match["name"])
        kind = re.split(r"\s+[–—·|-]\s+", (match["below"] or "").strip())[0]
        if re.search(r"[@:]|\d", name):
            continue
        if is_organisation(name) or (kind and describes_the_body(kind) and could_name_a_body(name)):
            start = match.start("name")
            found.append(Candidate(name, start, start + len(name), "sign_off"))
    return found[-1:]


def _names_a_body(match: re.Match) -> bool:
    """'La direction ... a pour mission', 'France Chaleur Urbaine est un service': a named body,
    not 'Ce dispositif a pour objet' or 'Elle est chargée de'."""
    name = match["name"].strip()
    first = name.split()[0]
    if first.lower() in vocabulary()["function_words"] or re.search(r"[.!?;:]\s", name):
        return False
    if match["article"]:
        return first[:1].isupper() or has_organisation_word(first)
    if match["presented"] and " " not in name:  # 'Animath est une association': it says it is a body
        return first[:1].isupper()
    return is_organisation(name)


def _mission_name(match: re.Match) -> tuple[int, int]:
    """The body a mission paragraph describes; its sentence-initial article is dropped unless a
    capitalised proper name follows ('La Noire Galerie' keeps it, 'La direction ...' does not)."""
    first = match["name"].split()[0]
    proper = first[:1].isupper() and not first.isupper() and not has_organisation_word(first)
    if match["article"] and proper:
        return match.start("article"), match.end("name")
    return match.start("name"), match.end("name")


# --- e-mail domains -------------------------------------------------------------------------


def mail_labels(email: str) -> list[str]:
    """The part of an address that names its owner: the domain label before its suffix
    ('acme-robotics' in presse@acme-robotics.fr, 'ars' in x@ars.sante.fr), or the mailbox on a
    generic host ('savoirscom1' in savoirscom1@gmail.com)."""
    vocab = vocabulary()
    local, _, domain = email.lower().partition("@")
    if domain in vocab["generic_mail_hosts"]:
        return [local]
    labels = domain.split(".")
    suffix = 2 if ".".join(labels[-2:]) in vocab["domain_suffixes"] else 1
    return [labels[-suffix - 1]] if len(labels) > suffix else []


def spelled(name: str, emails) -> bool:
    """An address spells the body: its whole name ('acmerobotics') or its initials ('ars')."""
    key = compact(name)
    initials = "".join(w[0] for w in re.findall(r"[a-z0-9]+", plain(name)) if len(w) > 3 or w.isupper())
    acronym = "".join(re.findall(r"[A-ZÀ-ÖØ-ÞŒ]", name)) if name.isupper() else ""
    for email in emails:
        for label in mail_labels(email):
            label = compact(label)
            if len(label) >= 3 and label in {key, compact(acronym), initials}:
                return True
    return False


def domain_names(text: str, contacts: list[dict]) -> list[Candidate]:
    """Bodies named in the text that a press e-mail domain spells: 'Acme Robotics' for
    presse@acme-robotics.fr, 'ADEME' for x@ademe.fr. Not a State domain (x@gard.gouv.fr names a
    territory, not the body as printed), not a personal one (arnaud@limbourg.com), and a name as
    a body stands: capitalised, not opening a sentence, not the complement of a preposition
    ('la préfecture du Rhône')."""
    owners = {}
    for contact in contacts:
        for email in contact["emails"]:
            local, _, domain = email.lower().partition("@")
            person = compact(f"{contact['name'] or ''} {local}")
            for label in mail_labels(email):
                generic = domain in vocabulary()["generic_mail_hosts"]
                if generic or not (domain.endswith("gouv.fr") or compact(label) in person):
                    owners.setdefault(label, email)
    labels = {compact(label): label for label in owners if len(compact(label)) >= 3 and not label.isdigit()}
    if not labels:
        return []  # no domain to spell: the text's phrases need not be read
    best: dict[str, tuple[int, Candidate]] = {}
    for phrase in PHRASE.finditer(text):
        for start, end in _subspans(phrase):
            key = compact(text[start:end])
            first, _, rest = text[start:end].partition(" ")  # its first word stays: 'Les Éditions …'
            bare = compact(f"{first} {LINKS.sub(' ', rest)}")  # 'Éditions de la Courtine': editionscourtine
            for label in labels:
                fit = (
                    3
                    if _with_place(text[start:end], label)
                    else 2
                    if label in (key, bare)
                    else int(_part_of(key, label))
                )
                # a name of several words that the domain spells whole may open a sentence, and
                # one that is a line of its own ('Jeanne Morvan' / 'Hydralis' / …) opens none
                several = fit >= 2 and (" " in text[start:end] or _whole_line(text, start, end))
                if fit > best.get(label, (0,))[0] and _standing(text, start, several):
                    best[label] = (fit, Candidate(text[start:end], start, end, "email_domain"))
                elif fit == 2 and label not in best and is_place(text[start:end]):
                    # a territory the domain spells, after its body's head-word ('… de la Haute-Marne')
                    best[label] = (0, Candidate(text[start:end], start, end, "email_domain"))
    found = [_body_of_place(text, c) if is_place(c.name) else c for _, c in best.values()]
    return sorted(
        (c for c in found if c is not None and _printed_as_a_name(text, c.name)), key=lambda c: c.start
    )


NAME_LINE_LEAD = re.compile(
    r"[ \t]*(?:[-–—•*#>_\[\]]+[ \t]*)*"
    r"(?:©[ \t]*|(?i:pour)[ \t]+(?:l['’]|les|le|la)[ \t]*"
    r"|(?i:(?:contacts?|presse|relations)\b[^:\n]{0,25}):[ \t]*)?"
)
"""What may stand before a name opening a line: a bullet or markup, '©', 'Pour le' of a signature,
a contact heading ('Presse nationale : X — …')."""


def _printed_as_a_name(text: str, name: str) -> bool:
    """A name the release prints as one, not only inside its sentences: opening a line, with
    nothing after it, or a separator ('X – Direction de la communication', 'X — 9 rue …', 'Pour
    le X,'), on a short line that is no sentence ('X festival des arts de la rue — 10e
    édition'), or opening a line of the closing part. A body named only in running text ('X
    renforce son aide …', 'les vendanges aux X') signs nothing: the gold leaves such a release's
    issuer null."""
    for line in re.finditer(r"[^\n]+", text):
        lead = NAME_LINE_LEAD.match(line.group())
        rest = line.group()[lead.end() :]
        closing = line.start() >= CLOSING_PART * len(text)
        if closing and not rest.lower().startswith(name.lower()[:1]):
            rest = ARTICLE.sub("", rest, count=1)  # a closing presentation: 'Les X est une association …'
        if compact(rest[: len(name)]) != compact(name) or not rest.lower().startswith(name.lower()[:1]):
            continue
        after = rest[len(name) :].strip()
        if (
            closing
            or not after
            or after[0] in ",–—-|·:("
            or len(rest.split()) <= 12
            and not after.endswith(".")
        ):
            return True
    return False


ARTICLE = re.compile(r"^(?:l['’]|les\s+|le\s+|la\s+)", re.IGNORECASE)


CLOSING_PART = 0.7
"""Where the closing lines of a release start, as a fraction of its length: a line opening on a
body's name there presents the author; in the lede or the body it reports what the body does."""


BODY_OF = re.compile(
    r"(?<![\w'’])(?P<head>[A-ZÀ-ÖØ-ÞŒ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$"
)
"""'Département de la ', 'Conseil départemental du ', 'Ville de ' before a territory's name."""


def _body_of_place(text: str, candidate: Candidate) -> Candidate | None:
    """A domain that spells a territory (contact@seinesaintdenis.fr) names the body of that
    territory the text prints ('Département de la Seine-Saint-Denis', 'Ville de Dole'); a place
    alone is no body."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(candidate.name)}(?![\w-])", text):
        window = max(0, match.start() - 60)
        head = BODY_OF.search(text[window : match.start()])
        if head and has_organisation_word(head["head"]):
            start = window + head.start("head")
            return Candidate(text[start : match.end()], start, match.end(), "email_domain")
    return None


PHRASE = re.compile(
    r"(?<![\w@./-])[A-ZÀ-ÖØ-ÞŒ][\w'’&-]*"
    r"(?:[ \t]+(?:(?:de|du|des|en|et|la|le|les|sur|d['’]|l['’])[ \t]*){0,2}[A-ZÀ-ÖØ-ÞŒ0-9][\w'’&-]*)*"
)
"""A run of capitalised words, with the small words names keep inside them ('Jazz en Loire',
'Éditions de la Courtine')."""

LINKS = re.compile(r"(?<![\w'’])(?:(?:de|du|des|en|et|la|le|les|sur)(?![\w'’])|[dl]['’])", re.IGNORECASE)
"""The small words a domain leaves out of the name it spells ('editions-courtine.fr')."""


NAME_WORDS = 12
"""The longest name a domain is matched against, in words: a run of capitals longer than a name
(a table, a line of initials) would otherwise cost its length to the fourth power."""


def _subspans(phrase: re.Match) -> list[tuple[int, int]]:
    """Every run of whole words, up to NAME_WORDS, inside a capitalised phrase that opens on a capital."""
    words = [
        (phrase.start() + m.start(), phrase.start() + m.end()) for m in re.finditer(r"[^\s]+", phrase.group())
    ]
    return [
        (words[i][0], words[j][1])
        for i in range(len(words))
        for j in range(i, min(len(words), i + NAME_WORDS))
        if words[i][0] < len(phrase.string) and phrase.string[words[i][0]].isupper()
    ]


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : len(text) if line_end < 0 else line_end].strip(" \t*_") == text[start:end]


def _with_place(name: str, label: str) -> bool:
    """A body the domain spells with its place after it, a regional branch ('Terre de Liens
    Normandie' for x@terredeliens.org, 'Emmaüs Gironde'): the branch is the issuer."""
    words = name.split()
    return any(
        compact(" ".join(words[:cut])) == label and is_place(" ".join(words[cut:]))
        for cut in range(1, len(words))
    )


def _part_of(key: str, label: str) -> bool:
    """A domain that adds a place or a suffix to the name ('lafabrique-tours' for La Fabrique)."""
    return len(key) >= 5 and 2 * len(key) >= len(label) and (label.startswith(key) or label.endswith(key))


def _standing(text: str, start: int, may_open: bool = False) -> bool:
    """A name standing as a body: not opening a sentence ('Santé' may be a common noun there),
    not the complement of a preposition."""
    return (may_open or not _opens_sentence(text, start)) and not _complement(text, start)


def _complement(text: str, start: int) -> bool:
    """'à Rennes', 'la préfecture du Rhône': a place, or the complement of a body's head-word."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start].lower())
    last = before[-1].rstrip("'’") if before else ""
    if last in {"en", "à", "au", "aux", "sur", "dans"}:
        return True
    return last in {"de", "du", "des", "d", "la"} and has_organisation_word(" ".join(before[-4:-1]))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?\n«“"('
