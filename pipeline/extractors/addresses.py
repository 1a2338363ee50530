"""Every e-mail and phone number in a text, found before any grouping into contacts.

Phones come from phonenumbers' PhoneNumberMatcher, plus the second numbers it cannot read on its
own because they lean on the first: a tail abbreviated after a slash ("01 53 18 42 68 / 42 76" is
also 01 53 18 42 76) and a number after an international one that inherits its country code
("+32 (0)2 512 34 56 / (0)475 12 34 56", "+33 4 78 12 34 56 - 6 12 34 56 78"), and two national
numbers printed side by side with only a space between them (two contact boxes read across). Fax
numbers are left out (a fax is not a phone).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

from pipeline import resources
from pipeline.extractors.marks import without_marks

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
# what may stand between a number and the next one that leans on it
JOINER = re.compile(r"[ \t]*(?:/|-|–|,|;|\bou\b|\bet\b|\bor\b)[ \t]*", re.IGNORECASE)
# a second number: digit groups, maybe with a trunk prefix in brackets ('(0)6 12 ...')
FOLLOWER = re.compile(r"(?:\(0\)[ \t]?)?\d{1,4}(?:[ .\t]\d{1,4}){0,5}(?![\d.,]?\d)")
GROUPS = re.compile(r"\d+")
TRUNK_AFTER_CODE = re.compile(r"(\+\d{1,3}[ \t]?)\(0\)[ \t]?")
STOP_WORD = re.compile(r"(?:ou|et|or|and)\b", re.IGNORECASE)
# a national number in five pairs ('04 67 22 80 00'): found alone when two stand side by side
PAIRS = re.compile(r"(?<![\d+])0\d(?:[ .]\d{2}){4}(?![\d])")
# a national number of an overseas department as printed there ('0590 99 39 00')
OVERSEAS = re.compile(r"(?<![\d+])0\d{3}(?:[ .]\d{2}){3}(?![\d])")


def label_alternation(words: list[str]) -> str:
    """Contact labels as a regex alternation, longest first, each letter-spaced as PDF text may
    print it ('M é l')."""
    return "|".join(r"\s?".join(re.escape(c) for c in w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("contacts.json")

    return {
        "overseas": data["overseas_regions"],
        "labels_re": re.compile(
            r"(?<!\w)(?P<label>" + label_alternation(data["line_labels"]) + r")(?!\w)\.?\s*:?", re.IGNORECASE
        ),
        "fax": {fold(w) for w in data["fax_labels"]},
        "mail_gap": re.compile(
            r"(?<!\w)(?:"
            + label_alternation(data["mail_labels"])
            + r")\.?\s*:\s*(?P<first>[a-z0-9][a-z0-9.-]*) (?P<rest>[a-z0-9][\w.+-]*@)",
            re.IGNORECASE,
        ),
        "obfuscated": re.compile(
            r"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]*)\s*[\[(]\s*(?:"
            + "|".join(re.escape(a) for a in data["at_signs"])
            + r")\s*[\])]\s*"
            r"(?P<domain>[A-Za-z0-9-]+(?:\s*(?:\.|[\[(]\s*(?:"
            + "|".join(data["dot_signs"])
            + r")\s*[\])])\s*[A-Za-z0-9-]+)+)",
            re.IGNORECASE,
        ),
    }


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: how labels and vocabularies are compared."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return " ".join(without_marks(text).split())


def find_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) for plain e-mails, '[at]'/'(at)' forms and a labelled address whose
    underscore a PDF hyperlink underline hid ('Mél : prenom nom@x.fr' -> 'prenom_nom@x.fr')."""
    vocab = vocabulary()
    found = {m.start(): (m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)}
    for match in vocab["obfuscated"].finditer(text):
        domain = re.sub(r"\s*(?:[\[(]\s*\w+\s*[\])]|\.)\s*", ".", match["domain"])
        found[match.start()] = (match.start(), match.end(), f"{match['local']}@{domain}")
    for match in vocab["mail_gap"].finditer(text):
        plain = found.pop(match.start("rest"), None)
        if plain is not None:
            found[match.start("first")] = (match.start("first"), plain[1], f"{match['first']}_{plain[2]}")
    return sorted(found.values())


def find_phones(text: str, region: str) -> list[tuple[int, int, str]]:
    """(start, end, E.164) for every valid phone number that is not labelled as a fax, with the
    second numbers that lean on the one before them."""
    # the matcher misreads '+33 (0)1 ... - (0)6 ...' and '+33 (0) 1 ...': it reads a copy where
    # the bracketed trunk zero after a country code is cut out, mapped back to the text
    clean, positions = _without_trunk_zero(text)
    matches = [
        (positions[m.start], positions[m.end - 1] + 1, m.raw_string, _overseas(m.raw_string, m.number))
        for m in phonenumbers.PhoneNumberMatcher(clean, region, leniency=phonenumbers.Leniency.VALID)
    ]
    alone, helped = [], []
    for index, (start, end, raw, number) in enumerate(matches):
        if not _is_fax(text, start):
            alone.append((start, end, _e164(number)))
        following = matches[index + 1][0] if index + 1 < len(matches) else len(text)
        follower = _follower(text, end, following, raw, number)
        while follower is not None:  # '04 78 12 34 56 / 57 / 58': each tail leans on the first
            helped.append(follower)
            follower = _follower(text, follower[1], following, raw, number)
    # a number read with the first one's help wins over the matcher's reading of it alone
    alone = [a for a in alone if not any(a[0] < h[1] and h[0] < a[1] for h in helped)]
    found = alone + helped
    # two numbers printed side by side (two contact boxes read across) are one digit run to the
    # matcher: each pair-grouped national number in it is read on its own
    overseas = vocabulary()["overseas"]
    for match in sorted([*PAIRS.finditer(text), *OVERSEAS.finditer(text)], key=lambda m: m.start()):
        # a number of an overseas department ('05 90 ...' in Guadeloupe) is read in its own region
        number = _parse(match.group(), region) or next(
            (n for r in overseas if (n := _parse(match.group(), r)) is not None), None
        )
        overlaps = any(f[0] < match.end() and match.start() < f[1] for f in found)
        if number is not None and not overlaps and not _is_fax(text, match.start()):
            found.append((match.start(), match.end(), _e164(number)))
    return sorted(found)


def _without_trunk_zero(text: str) -> tuple[str, list[int]]:
    """The text with '(0)' cut after a country code ('+33 (0) 1' -> '+33 1'), and for each of its
    characters the offset in text it comes from."""
    pieces, positions, cursor = [], [], 0
    for match in TRUNK_AFTER_CODE.finditer(text):
        pieces.append(text[cursor : match.end(1)])
        positions.extend(range(cursor, match.end(1)))
        cursor = match.end()
    pieces.append(text[cursor:])
    positions.extend(range(cursor, len(text)))
    return "".join(pieces), positions


def _follower(text: str, end: int, following: int, raw: str, number) -> tuple[int, int, str] | None:
    """The number right after `raw` (joined by '/', '-', 'ou' ...) that only reads as a phone with
    the first one's help: an abbreviated tail, or a national number under its country code.
    `following` is where the matcher's next number starts."""
    joiner = JOINER.match(text, end)
    follower = FOLLOWER.match(text, joiner.end()) if joiner and joiner.end() > end else None
    if follower is None or (follower.start() != following and follower.end() > following):
        return None
    after = text[follower.end() :].lstrip(" \t")
    if after[:1].isalpha() and not STOP_WORD.match(after) and not vocabulary()["labels_re"].match(after):
        return None  # '/ 24 h', '- 12 mars': digits of something else
    digits, national = follower.group(), str(number.national_number)
    head, tail = GROUPS.findall(raw), GROUPS.findall(digits)
    candidate = None
    if (
        follower.end() <= following
        and "(0)" not in digits
        and len(tail) < len(head)
        and [len(g) for g in tail] == [len(g) for g in head[-len(tail) :]]
        and len("".join(tail)) < len(national)
    ):
        joined = "".join(tail)
        candidate = _parse(f"+{number.country_code}{national[: -len(joined)]}{joined}")
    elif raw.lstrip().startswith("+"):
        plain = digits.replace("(0)", "0")
        region = phonenumbers.region_code_for_number(number)
        candidate = _parse(plain, region) or _parse(f"+{number.country_code}{plain}")
        if candidate is not None and candidate.country_code != number.country_code:
            candidate = None
    if candidate is None or _is_fax(text, follower.start()) or _e164(candidate) == _e164(number):
        return None
    return (follower.start(), follower.end(), _e164(candidate))


def _overseas(raw: str, number):
    """A French national number that an overseas department's plan owns ('05 96 39 36 00' in
    Martinique, '02 62 …' in La Réunion, '06 90 …' in Guadeloupe) is that department's, though the
    metropolitan plan also accepts some of them: '+596 596 39 36 00', not '+33 5 96 39 36 00'."""
    if number.country_code != 33 or not re.match(r"\s*0[1-9]", raw):
        return number
    local = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
    return next(  # a toll-free '0 800 …' is the nation's, whatever plan accepts it
        (
            n
            for r in vocabulary()["overseas"]
            if (n := _parse(raw, r)) is not None and phonenumbers.number_type(n) in local
        ),
        number,
    )


def _parse(value: str, region: str | None = None):
    """A valid number, or None."""
    try:
        number = phonenumbers.parse(re.sub(r"[^\d+]", "", value), region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _e164(number) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _is_fax(text: str, start: int) -> bool:
    """The nearest label before the number on its line says fax."""
    vocab = vocabulary()
    line_start = text.rfind("\n", 0, start) + 1
    labels = list(vocab["labels_re"].finditer(text, max(line_start, start - 40), start))
    return bool(labels) and fold(re.sub(r"\s", "", labels[-1]["label"])) in vocab["fax"]


@lru_cache(maxsize=2)
def document_addresses(text: str, region: str) -> tuple[tuple, tuple]:
    """A document's e-mails and phones, found once: the metadata extractor reads the contact
    blocks for the issuer, and the contacts extractor then reads the same text."""
    return tuple(find_emails(text)), tuple(find_phones(text, region))
