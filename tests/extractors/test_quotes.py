from pipeline.extractors.quotes import extract_quotes


def test_speaker_before_the_quote():
    text = "Cédric O a déclaré : « Le partenariat incarne un bel élan collectif. »"
    quotes = extract_quotes(text, [(0, 8, "Cédric O")])
    assert quotes[0]["speaker"] == "Cédric O"
    assert quotes[0]["text"] == "Le partenariat incarne un bel élan collectif."
    assert text[quotes[0]["start"]:quotes[0]["end"]] == quotes[0]["text"]


def test_term_in_guillemets_is_not_a_quote():
    assert extract_quotes("la DINSIC lancera un « bug bounty ».", []) == []


def test_curly_quotes_and_speaker_after():
    text = "“Nous ouvrons aujourd'hui un nouveau service public.” a indiqué Amélie de Montchalin."
    quotes = extract_quotes(text, [(64, 85, "Amélie de Montchalin")])
    assert quotes[0]["speaker"] == "Amélie de Montchalin"
