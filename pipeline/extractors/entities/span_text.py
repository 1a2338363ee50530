"""Tests and trims on a span's text: a street address, a name after a street's head-word, a span
running over a sentence's end, an acronym spelling a name's initials, and a span's bounds cleaned of
articles and punctuation. Kept apart from vocabulary.py, which loads the data they read."""

from __future__ import annotations

import re

from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary

SENTENCE_BREAK = re.compile(r"\.\s+(?P<word>[^\W\d_]+)(?P<sep>['’]|\s+)(?P<next>[^\W\d_])")


def is_address(text: str) -> bool:
    """'Avenue Feuchères', '12 rue de la Paix': street names are not entities (only the city is);
    an all-caps head in a name that is not all in capitals is an acronym ('BD Adresse')."""
    words = text.split()
    while words and words[0][:1].isdigit():
        words.pop(0)
    if len(words) < 2 or words[0].lower() not in vocabulary()["address_heads"]:
        return False
    return not (words[0].isupper() and not text.isupper())


def after_street_head(text: str, start: int) -> bool:
    """'27bis rue Jean Dupré', '12 place Carnot': a name after a street head-word names the street
    (part of an address, not an entity); heads that are also common words need a number before."""
    before = text[max(0, start - 40) : start].split()
    if (
        len(before) >= 2
        and re.fullmatch(r"\d{1,4}(?:e|er|ème)", before[-1])
        and before[-2].lower() in {"du", "de"}
    ):
        before = before[:-2]  # '30 rue du 30e Régiment d'Infanterie', 'avenue du 8e Hussards'
    if not before:
        return False
    head = before[-1].lower()
    vocab = vocabulary()
    return head in vocab["street_heads"] or (
        head in vocab["address_heads"] and len(before) > 1 and before[-2][:1].isdigit()
    )


def sentence_end(text: str, start: int, end: int) -> int:
    """'Charles V. La tenture a été filmée': a span that runs over a full stop into a sentence opened
    by an article or pronoun and a lower-case word ends at the full stop ('John F. Kennedy' goes on)."""
    for match in SENTENCE_BREAK.finditer(text, start, end):
        opener = match["word"].lower() + ("'" if match["sep"] in "'’" else "")
        if opener in vocabulary()["sentence_openers"] and match["next"].islower():
            return match.start()
    return end


def acronym_matches(acronym: str, words: list[str]) -> bool:
    """Whether the acronym spells the words' initials (stop words may be skipped, all-caps words
    spelled out). An acronym of four letters or more may leave out one last complement, as
    official ones often do: 'direction ... de communication de l'État (DINSIC)'; any acronym may
    leave out the place of a branch: 'Agence régionale de santé Occitanie (ARS)'."""
    letters = fold(acronym).replace(" ", "")
    stop = vocabulary()["stop_words"]

    def rest_is_one_complement(j: int) -> bool:
        rest = [fold(w) for w in words[j:]]
        return len(letters) >= 4 and len([w for w in rest if w not in stop]) == 1 and rest[0] in stop

    def rest_is_place(j: int) -> bool:
        """'Agence régionale de santé Occitanie (ARS)': the region of a body's branch is no letter."""
        return 0 < len(words) - j <= 3 and fold(" ".join(words[j:])) in folded_places()

    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(words) or rest_is_one_complement(j) or rest_is_place(j)
        if j == len(words):
            return False
        word = fold(words[j])
        if word in stop and match(i, j + 1):
            return True
        if (
            words[j].isupper()
            and len(words[j]) > 1
            and letters.startswith(word, i)
            and match(i + len(word), j + 1)
        ):
            return True
        # a word gives its initial, or a first syllable ('DINUM': direction interministérielle du NUMérique)
        size = 1
        while (
            size <= min(len(word), 4) and i + size <= len(letters) and letters[i + size - 1] == word[size - 1]
        ):
            if match(i + size, j + 1):
                return True
            size += 1
        return False

    return bool(letters) and words and fold(words[0]) not in stop and match(0, 0)


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span: leading articles, quotes, markdown leftovers and trailing punctuation out."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ").&"):
        end -= 1
    lowered = text[start:end].lower().replace("’", "'")
    if text[start : start + 1].isupper() and text[:start].rstrip(" ")[-1:] not in (
        "",
        "\n",
        ".",
        "!",
        "?",
        ":",
        "«",
        '"',
        "(",
        "-",
        "•",
        "*",
        "#",
    ):
        lowered = ""  # 'La Poste', 'Le Monde': a capitalised article inside a sentence belongs to the name
    for article in vocabulary()["articles"]:
        article = article.replace("’", "'")
        if lowered.startswith(article) and (
            article.endswith("'") or lowered[len(article) : len(article) + 1] == " "
        ):
            if end - start > len(article) + 1:
                start += len(article)
                while start < end and text[start] == " ":
                    start += 1
            break
    if text[start:end].endswith(")") and "(" not in text[start:end]:
        end -= 1
    words = text[start:end].split(" ")
    # (a capital letter alone ends a name, 'Ligue A', 'Pro B': it is no verb 'a')
    while (
        len(words) > 1
        and words[-1].lower().strip(",") in vocabulary()["stop_words"]
        and not (len(words[-1]) == 1 and words[-1].isupper())
    ):
        words.pop()
        end = start + len(" ".join(words))
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end
