"""A one-word guess of the model that ends as a thing, when the release also writes the word in lower case,
is a common noun capitalised by a heading or a sentence's start, not a name ('Boccia : …' over 'la
boccia se joue …'); a word met in lower case only inside an address stays. Invented fragments of a
sports committee and a waste collection service."""

from pipeline.extractors.entities.guesses import demoted_words, written_in_lower_case
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.spans import Candidate


def test_a_word_the_release_writes_in_lower_case():
    text = "Pétanque : Brives reçoit la coupe\n\nLa pétanque se joue en équipes de trois."
    assert written_in_lower_case(text, "Pétanque")


def test_a_word_met_in_lower_case_only_in_an_address():
    text = "Ramasseo collecte vos déchets. Plus d'informations sur ramasseo.fr ou à info@ramasseo.fr."
    assert not written_in_lower_case(text, "Ramasseo")


def test_a_place_guess_written_in_lower_case_below_is_demoted(blank_nlp):
    text = "## Torball : Rodez reçoit le tournoi\n\nDiscipline paralympique, le torball se joue à six."
    start = text.index("Torball")
    guess = Candidate(start, start + 7, "MISC", "model", "ner.loc")
    thing = Candidate(start, start + 7, "MISC", "model", "ner.misc")
    assert demoted_words(text, [guess], Lexicon(blank_nlp)) == {"torball"}
    assert demoted_words(text, [thing], Lexicon(blank_nlp)) == set()
