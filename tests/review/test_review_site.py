"""The review pages: one mark per span, text intact, everything escaped, gold differences shown."""

import copy
import json

from review_helpers import GOLD, OUTPUTS, count_marks, expected_counts, hostile_record, sample_records

from pipeline.cli import main
from pipeline.review.compare import locate
from pipeline.review.site import page_names, render_record


def test_each_sample_page_has_one_mark_per_span_and_the_whole_text():
    for name, record in sample_records().items():
        counts, text = count_marks(render_record(record))
        expected = {kind: n for kind, n in expected_counts(record).items() if n}
        assert counts == expected, name
        assert text == record["document"]["text"], name


def test_markup_in_a_release_is_shown_as_text():
    html = render_record(hostile_record())
    assert "<script>window.pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert "</span><script>alert(2)" not in html
    # The tooltip data is JSON inside a script element: no closing tag can leak out of it.
    data = html.split('id="mark-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)
    counts, text = count_marks(html)
    assert text == hostile_record()["document"]["text"]
    assert counts == {k: n for k, n in expected_counts(hostile_record()).items() if n}


def test_a_gold_miss_and_a_false_alarm_are_marked():
    record = hostile_record()
    gold = {
        "document": {"id": record["document"]["id"]},
        "metadata": {"issuer": "MAIRIE DE <b>LYON</b>", "date": "2025-03-03"},
        "entities": [
            {"name": "Jeanne Martin", "label": "PER", "mentions": [{"text": "Jeanne Martin"}]},
            {"name": "Lyon", "label": "LOC", "mentions": [{"text": "Lyon", "start": 40, "end": 44}]},
        ],
        "dates": [{"text": "3 mars 2025", "value": "2025-03-03", "granularity": "day"}],
        "contacts": [{"name": "Jeanne Martin", "emails": ["jeanne.martin@example.org"]}],
        "themes": [],
        "quotes": [],
    }
    html = render_record(record, gold)
    counts, _ = count_marks(html)
    assert counts["miss"] == 1  # "Lyon" in the dateline, the occurrence nearest the gold's offset
    miss_at = record["document"]["text"].index("Lyon,")
    assert "gold wanted:" in html and "Lyon" in html
    assert html.count(' fa"') >= 1  # the ORG entity is not in the gold
    assert locate(record["document"]["text"], "Lyon", near=40) == (miss_at, miss_at + 4)


def test_locate_loosens_spaces_apostrophes_and_phone_formats():
    text = "l’Office  français\nde la biodiversité – 01 40 81 72 13"
    assert locate(text, "l'Office français de la biodiversité") == (0, 37)
    assert locate(text, "+33140817213", phone=True) == (40, 54)
    assert locate(text, "absent") is None


def test_page_names_are_safe_and_distinct():
    names = page_names(["pdf/x", "pdf_x", "a<b>", "index"])
    assert len(set(names.values())) == 4
    assert all("/" not in n and "<" not in n for n in names.values())


def test_review_command_writes_index_and_pages(tmp_path):
    out = tmp_path / "site"
    assert main(["review", str(OUTPUTS), "-o", str(out), "--gold", str(GOLD)]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in sample_records():
        assert (out / "records" / f"{name}.html").is_file()
        assert f'href="records/{name}.html"' in index
    assert "no gold" in index  # the PDF rendering has no gold of its own


def test_review_command_refuses_bad_folders(tmp_path, capsys):
    assert main(["review", str(tmp_path / "absent")]) == 2
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["review", str(tmp_path)]) == 2
    assert "not a readable JSON file" in capsys.readouterr().err


def test_evaluate_html_links_every_document_to_its_review(tmp_path):
    report = tmp_path / "report.html"
    main(["evaluate", "--gold", str(GOLD), "--pred", str(OUTPUTS), "--html", str(report)])
    html = report.read_text(encoding="utf-8")
    gold_ids = [json.loads(p.read_text())["document"]["id"] for p in GOLD.glob("*.json")]
    for doc_id in gold_ids:
        assert f'href="report-review/records/{doc_id}.html"' in html
        assert (tmp_path / "report-review" / "records" / f"{doc_id}.html").is_file()
    assert "gold \\ predicted" in html and "Boundary errors" in html


def test_records_are_not_changed_by_rendering():
    record = sample_records()["fr-mtect-2025-04-18-reseaux-eau-potable"]
    before = copy.deepcopy(record)
    render_record(record, json.loads((GOLD / "fr-mtect-2025-04-18-reseaux-eau-potable.json").read_text()))
    assert record == before


def test_report_shows_the_json_figures_and_the_split(tmp_path):
    sources = sorted(json.loads(p.read_text())["document"]["source"] for p in GOLD.glob("*.json"))
    split = tmp_path / "split.json"
    split.write_text(
        json.dumps({"documents": {s: ("tune" if i % 2 else "check") for i, s in enumerate(sources)}})
    )
    report, data = tmp_path / "r.html", tmp_path / "r.json"
    args = ["evaluate", "--gold", str(GOLD), "--pred", str(OUTPUTS), "--split", str(split)]
    assert main([*args, "--html", str(report), "--json", str(data)]) == 0
    html, figures = report.read_text(encoding="utf-8"), json.loads(data.read_text())
    for name, soft in figures["modes"]["soft"]["fields"].items():
        row = html.split(f'<th scope="row">{name}</th>', 1)[1].split("</tr>", 1)[0]
        strict = figures["modes"]["strict"]["fields"][name]
        cells = [f"{strict[k]:.3f}" for k in ("precision", "recall", "f1")]
        cells += [f"{soft[k]:.3f}" for k in ("precision", "recall", "f1")]
        assert [c.split("<", 1)[0] for c in row.split('<td class="num">')[1:7]] == cells, name
    gap = (
        figures["split"]["tune"]["modes"]["soft"]["micro"]["f1"]
        - figures["split"]["check"]["modes"]["soft"]["micro"]["f1"]
    )
    assert f"tune ({len(figures['split']['tune']['document_ids'])})" in html
    assert f"{gap:+.3f}" in html
    confusion = figures["diagnostics"]["confusion"]
    assert f">{confusion['ORG']['ORG']}</td>" in html


def test_fields_coming_from_other_branches_render():
    """Media Topic themes, web-page metadata and evidence, XPath locations, blocks not in French."""
    record = hostile_record()
    text = record["document"]["text"]
    record["schema_version"] = "2.0.0"
    record["document"]["format"] = "html"
    record["document"]["page"] = {"title": "Titre <og>", "site_name": "Mairie"}
    record["document"]["language_blocks"] = [{"start": 0, "end": 21, "lang": "en"}]
    record["metadata"]["evidence"]["title"] = {
        "page_field": "title",
        "text": "Titre",
        "rule": "page.og_title",
    }
    record["themes"][0] |= {"id": "medtop:01000000", "label_en": "arts", "level": 1, "parents": []}
    record["dates"][0]["location"] = {"page": None, "bbox": None, "xpath": "/html/body/p[2]"}
    html = render_record(record)
    counts, shown = count_marks(html)
    assert shown == text
    assert counts == {k: n for k, n in expected_counts(record).items() if n} and counts["language"] == 1
    assert "from the page's title" in html and "medtop:01000000" in html and "level 1" in html
    assert "document.page" in html and "Titre &lt;og&gt;" in html
    assert "/html/body/p[2]" in html  # in the tooltip data


def test_a_record_of_another_shape_is_named_and_left_out(tmp_path, capsys):
    records = tmp_path / "records"
    records.mkdir()
    broken = hostile_record()
    broken["entities"] = [{"name": "x", "label": "ORG", "mentions": 5}]
    (records / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    fine = dict(hostile_record(), document=dict(hostile_record()["document"], id="fine"))
    (records / "fine.json").write_text(json.dumps(fine), encoding="utf-8")
    assert main(["review", str(records), "-o", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert "hostile<script>: cannot show this record (TypeError" in err and "Traceback" not in err
    assert (tmp_path / "site" / "records" / "fine.html").is_file()
    assert "hostile" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
