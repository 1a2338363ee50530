"""Writes pipeline/resources/mediatopic_labels.json: triggers derived from every Media Topic's French
label and definition, so that no subject is left without words (the hand-written rules cover 189
topics of 1,084).

Why derived, not hand-written: a release about rail transport, abortion or veterans names its subject
with the IPTC label's own words; writing them one topic at a time fits the releases read so far.
How (from pipeline/resources/mediatopics.json, itself built from the IPTC exports):
- a label is split at commas and 'et' ('Hôpitaux et cliniques' gives 'hôpitaux' and 'cliniques'),
  a qualifier in brackets dropped ('Transfert (sport)' gives 'transfert', left out below);
- the items a French definition lists after 'tels que', 'comme', 'y compris' or 'notamment'
  ('bagues, colliers, boucles d'oreilles') are its examples;
- a phrase of two words or more names the topic (weight 3, examples 2); a single word ('support',
  weight 1) counts only where a trigger of the same level-1 subject that is not itself
  a support word is found: alone it may be a figure of speech or another sense;
- nothing the hand-written rules already list (under any topic, or as not_evidence) is derived
  again: the hand rules decide those words; words of the LEFT_OUT list below, whose everyday
  sense in a release is not the topic ('valeurs', 'record', 'discipline', 'marchés'), are left out.

Run it again when mediatopics.json or the hand rules change: `python scripts/build_label_triggers.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "pipeline" / "resources"
TARGET = RESOURCES / "mediatopic_labels.json"
EXAMPLES = re.compile(
    r"\b(?:tel(?:le)?s? que|comme|y compris|notamment)\s+(?:les?\s+|la\s+|l'|des\s+)?([^.;]+)"
)
SPLIT = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*")
ARTICLE = re.compile(r"^(?:(?:les?|la|des|du|de|une?)\s+|[ld]')", re.IGNORECASE)
MAX_WORDS = 4
"""Longer items are descriptions, not names ('personnes ou organisations initiant ...')."""
# fmt: off
LEFT_OUT = {
    # an everyday sense in releases that is not the topic
    "adultes", "affaires", "amateur", "annonces", "autres", "bien-être", "carrière", "célébrités",
    "classique", "club", "communauté", "conception", "consommation", "contrats", "country",
    "croyances", "culture", "décès", "design", "dessin", "discipline", "développement", "droits",
    "économie", "énergie", "entreprises", "environnement", "équipement", "espace", "état",
    "famille", "fiction", "folk", "formation", "gouvernement", "histoire", "information",
    "informatique", "innovation", "internet", "jeunes", "jeux", "langue", "loisirs", "marchés",
    "médias", "mode", "mort", "nature", "normes", "notation", "outils", "performance", "pop",
    "production", "programmes", "récit", "record", "recherche", "relations", "religion", "réseaux",
    "rock", "santé", "série", "services", "société", "sport", "standards", "surveillance",
    "technologie", "transfert", "travail", "valeurs", "vente", "vie", "voix", "vidéo", "zones",
    "internationales", "industrie", "transports", "transport", "sécurité", "politique", "social",
    "musique", "accessoires", "chaussures", "vêtements", "objets", "études", "structures",
    "matériaux", "formes", "espèces", "données", "traitement", "prévention", "recherches",
    "applications", "systèmes", "équipements", "produits", "biens", "sites", "membres",
    "organisations", "personnes", "groupes", "plantes", "animaux", "organismes", "marches",
    "marche", "bâtiments", "rues", "ponts", "actions", "raids", "arts", "logiciels",
    "ordinateurs", "radio", "télévision", "journaux", "magazines", "revues", "photos",
    "infographies", "articles", "blogs", "nouvelles", "reportages", "contenus", "émissions",
    "divertissement", "artisanat", "photographie", "cinéma", "architecture", "peinture",
    "céramique", "gravure", "sculpture", "bois", "métal", "pierre", "argile", "crayon", "encre",
    "pastel", "aquarelle", "fusain", "plume", "marqueurs", "crayons", "danse", "théâtre",
    "poésie", "humour", "instruments", "violons", "guitares", "banjos", "gospel", "blues", "jazz",
    "présentation", "tendances", "appel", "arbitrage", "cour", "enquête", "résultats", "distribution",
    "ressources", "édition", "or", "maison", "constitution", "défense", "nationale", "relais", "tir",
    "lutte", "soirée", "petites", "collections", "esprit", "raison", "parlées", "régime", "câble",
    "manifestation", "crosse", "casting", "polo", "bar", "café", "médiateur", "stocks", "adoption",
    "accusation", "remède", "comportementaux", "syntaxe", "blessure", "maritime", "luxe", "moto",
    "consultants", "audit", "pensions", "migrations", "cultes", "essence", "bébé", "phonétique",
    "humanité", "périodiques", "révolution", "enlèvement", "détournement", "casse-tête", "decathlon",
    "mondanités", "mésaventures", "coutumes", "satellites", "autochtones", "peines",
    # phrases with an everyday sense, or a definition's wording rather than a name
    "port de ces styles", "évolution des peintures rupestres", "évolution des valeurs socioculturelles",
    "transmis par ondes", "par internet", "formes écrites", "variations dans le temps",
    "distribution de biens", "académie des arts", "plein air", "bras de fer", "chute libre",
    "transport quotidien", "jour férié", "nouveau service", "cycle balle", "arc long",
    "caméras à l'échelle nanométrique", "services des collectivités", "nouvel an", "relations publiques",
}
# fmt: on


def _items(label: str) -> list[str]:
    label = re.sub(r"\s*\([^)]*\)", "", label)
    return [ARTICLE.sub("", part).strip(" .'") for part in SPLIT.split(label) if part.strip()]


def _examples(definition: str) -> list[str]:
    found = []
    for listed in EXAMPLES.findall(definition):
        found.extend(_items(listed))
    return found


def _known(rules: dict) -> set[str]:
    from pipeline.extractors.themes import token_key

    def key(text: str) -> str:
        return " ".join(k for k in (token_key(w) for w in re.split(r"[\s']+", text)) if k)

    known = {key(w) for w in LEFT_OUT}
    for rule in rules.values():
        known |= {key(t) for t in rule["triggers"]} | {key(p) for p in rule.get("not_evidence", [])}
    return known, key


def build() -> dict:
    topics = json.loads((RESOURCES / "mediatopics.json").read_text(encoding="utf-8"))["topics"]
    rules = json.loads((RESOURCES / "mediatopic_rules.json").read_text(encoding="utf-8"))["topics"]
    known, key = _known(rules)
    derived: dict[str, dict[str, int]] = {}
    for topic in topics:
        if topic["level"] < 2 or not topic["label_fr"]:
            continue  # level-1 labels are the subjects' names ('Social', 'Société'): not words of a release
        candidates = [(item, 3, 1) for item in _items(topic["label_fr"])]
        candidates += [(item, 2, 1) for item in _examples(topic.get("definition_fr") or "")]
        for item, phrase_weight, word_weight in candidates:
            words = item.split()
            if not item or len(words) > MAX_WORDS or not item[0].isalpha() or key(item) in known:
                continue
            item = item[0].lower() + item[1:] if not item[:2].isupper() else item
            entry = derived.setdefault(topic["qcode"], {"triggers": {}, "support": {}})
            if len(words) > 1:
                entry["triggers"][item] = phrase_weight
            else:
                entry["support"][item] = word_weight
            known.add(key(item))
    return {
        "_about": (
            "Triggers derived by scripts/build_label_triggers.py from the French labels and definitions "
            "in mediatopics.json (IPTC Media Topics, CC BY 4.0; changes were made: labels split into "
            "words and phrases, weighted). Do not edit by hand: edit the script or mediatopic_rules.json."
        ),
        "topics": {qcode: {k: v for k, v in entry.items() if v} for qcode, entry in sorted(derived.items())},
    }


if __name__ == "__main__":
    data = build()
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(t.get("triggers", {})) + len(t.get("support", {})) for t in data["topics"].values())
    print(f"{TARGET.relative_to(ROOT)}: {count} triggers over {len(data['topics'])} topics")
