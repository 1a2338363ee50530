"""The start-up cache: same results as building, from a file; any problem means building again."""

import re
from array import array

import pytest

from pipeline import startup_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(startup_cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_a_value_is_built_once_then_read_back(cache):
    calls = []

    def build():
        calls.append(1)
        return {"mot": [1, "é"]}, {"hashes": array("Q", [2**64 - 1, 0, 7]), "small": array("I", [])}

    assert startup_cache.load_or_build("words", "v1", build) == build()
    assert startup_cache.load_or_build("words", "v1", build) == build()
    calls.clear()
    startup_cache.load_or_build("words", "v1", build)
    assert not calls
    startup_cache.load_or_build("words", "v2", build)  # another version is another file
    assert len(calls) == 1


def test_a_damaged_file_is_rebuilt(cache):
    one, two = ({}, {"a": array("Q", [1])}), ({}, {"a": array("Q", [2])})
    path = startup_cache.cache_file("words", "v1")
    path.write_bytes(b"\x00not a cache entry")
    assert startup_cache.load_or_build("words", "v1", lambda: one) == one
    assert startup_cache.load_or_build("words", "v1", lambda: two) == one  # rewritten
    path.write_bytes(path.read_bytes()[:-3])  # cut short
    assert startup_cache.load_or_build("words", "v1", lambda: two) == two


def test_an_empty_setting_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv(startup_cache.CACHE_ENV, "")
    assert startup_cache.cache_file("words", "v1") is None
    assert startup_cache.load_or_build("words", "v1", lambda: ({}, {})) == ({}, {})
    assert not startup_cache.store_pattern("p", "v1", re.compile("a+"))


def test_a_restored_pattern_is_what_re_compile_returns_and_matches_the_same(cache):
    text = r"(?iu)^(?:saint[-‐]\w+|new[-‐]york\w*)$|^[ée]tats[-‐]uni\w*$"
    original = re.compile(text)
    assert startup_cache.store_pattern("p", "v1", original)
    re.purge()
    restored = startup_cache.restore_pattern("p", "v1")
    assert restored is not None and restored is not original
    assert re.compile(text) is restored
    for word in ["Saint-Malo", "NEW-YORKAIS", "états-unis", "Etats-Unien", "saint", "york"]:
        assert bool(restored.match(word)) == bool(original.match(word)), word
    assert restored.flags == original.flags and restored.groups == original.groups


def test_damaged_code_is_refused_not_run(cache):
    assert startup_cache.store_pattern("p", "v1", re.compile("a+b"))
    path = startup_cache.cache_file("p", "v1")
    values, arrays = startup_cache.read_entry(path)
    arrays["code"][0] = 99999
    startup_cache.write_entry(path, values, arrays)
    assert startup_cache.restore_pattern("p", "v1") is None


def test_the_loaded_pipeline_takes_the_tokenizer_regex_from_the_cache(cache, nlp):
    import spacy

    from pipeline.nlp import TOKEN_MATCH_CACHE

    token_match = nlp.tokenizer.token_match.__self__
    assert startup_cache.store_pattern(TOKEN_MATCH_CACHE, spacy.__version__, token_match)
    re.purge()
    restored = startup_cache.restore_pattern(TOKEN_MATCH_CACHE, spacy.__version__)
    assert re.compile(token_match.pattern) is restored
    for word in ["New-York", "porte-parole", "aujourd'hui", "Paris"]:
        assert bool(restored.match(word)) == bool(token_match.match(word)), word


def test_a_bundle_keeps_the_long_patterns_with_their_flags(cache):
    long_day = (
        r"(?P<day>\d{1,2})(?:er)?\s+"
        r"(?P<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
        r"\s+(?P<year>\d{4})"
    )
    verbose = r"""(?x) (?P<user>[\w.+-]+)   # the mailbox
                  @ (?P<domain>[\w-]+(?:\.[\w-]+)+)   # and its domain"""
    originals = {
        (long_day, re.IGNORECASE): re.compile(long_day, re.IGNORECASE),
        (verbose, 0): re.compile(verbose),
        ("a+", 0): re.compile("a+"),
    }
    assert startup_cache.store_patterns("bundle", "v1", 50, 10_000)
    assert not startup_cache.store_patterns("bundle", "v1", 50, 10_000)  # once per version
    kept = {
        (v["text"], v["key_flags"])
        for v in startup_cache.read_entry(startup_cache.cache_file("bundle", "v1"))[0]["patterns"]
    }
    assert {(long_day, re.IGNORECASE), (verbose, 0)} <= kept and (
        "a+",
        0,
    ) not in kept  # short patterns are left out
    re.purge()
    assert startup_cache.restore_patterns("bundle", "v1") == len(kept)
    samples = ["le 1er JUILLET 2024", "3 mars 2021", "presse@culture.gouv.fr", "aaa"]
    for (text, flags), original in originals.items():
        restored = re.compile(text, flags)
        assert restored is not original
        assert (restored.flags, restored.groups, restored.groupindex) == (
            original.flags,
            original.groups,
            original.groupindex,
        )
        for sample in samples:
            assert [m.groupdict() for m in restored.finditer(sample)] == [
                m.groupdict() for m in original.finditer(sample)
            ], (text, sample)


def test_a_damaged_bundle_restores_nothing_wrong(cache):
    re.compile("b" * 60)
    assert startup_cache.store_patterns("bundle", "v1", 50, 10_000)
    path = startup_cache.cache_file("bundle", "v1")
    values, arrays = startup_cache.read_entry(path)
    arrays["code"][0] = 99999
    startup_cache.write_entry(path, values, arrays)
    re.purge()
    startup_cache.restore_patterns("bundle", "v1")
    assert re.compile("b" * 60).match("b" * 60)  # refused, then compiled as usual


def test_writing_a_version_forgets_all_but_the_newest_few(cache):
    entry = ({}, {"a": array("Q", [1])})
    for version in range(6):
        startup_cache.load_or_build("words", f"v{version}", lambda: entry)
    startup_cache.load_or_build("other", "v0", lambda: entry)
    kept = sorted(path.name.split("-")[1] for path in cache.glob("words-*.bin"))
    assert len(kept) == startup_cache.KEPT_VERSIONS and "v5" in kept
    assert startup_cache.cache_file("other", "v0").is_file()
    assert startup_cache.load_or_build("words", "v5", lambda: ({}, {})) == entry  # still read back
