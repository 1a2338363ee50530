"""`communique evaluate` (pipeline.evaluate.command): a malformed gold file is refused in one line
naming the file and the field."""

import json


def test_evaluate_refuses_malformed_gold_naming_the_field(tmp_path, capsys):
    from pipeline.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps({"document": {"id": "a"}, "dates": [{"text": "15 juin", "value": "2020-13-45"}]})
    )
    assert main(["evaluate", "--gold", str(gold), "--pred", str(tmp_path)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"communique: {gold / 'a.json'}: dates[0]") and "\n" not in error
