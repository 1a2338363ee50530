"""Entities: the model's NER corrected and completed by rules, then one entry per real-world thing.

Candidates come from three places: the statistical NER (doc.ents), the gazetteer components
(doc.spans["gazetteer"]: SpanRuler phrases, headed token patterns, towns) and rules (persons after a title,
acronym definitions, the issuer).
They are cleaned and filtered, resolved with one overlap policy, propagated to every other
occurrence of a known name, and clustered (case and accents folded, acronym and expansion joined).

The package follows those stages: spans (the candidate type), vocabulary and lexicon (the data the
rules read), candidates, cue_candidates, appositives, runs and bodies (where candidates come from),
boundaries, positions, capitals, titled_names and titles (where a name starts and ends), acceptance
and page_furniture (whether a span is a name at all), span_text (tests and trims on a span's text),
branches (a body's branch named by its place), head_labels (the label a head-word implies), labels,
acronyms (and propagation), clustering.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.extractors.entities.acceptance import acceptable
from pipeline.extractors.entities.acronyms import AcronymRules, of_kind
from pipeline.extractors.entities.appositives import AppositiveRules
from pipeline.extractors.entities.bodies import press_units
from pipeline.extractors.entities.branches import bare_acronyms, seats_after_acronyms
from pipeline.extractors.entities.candidates import CandidateRules
from pipeline.extractors.entities.categories import without_categories
from pipeline.extractors.entities.clustering import _non_overlapping, cluster, resolve_overlaps
from pipeline.extractors.entities.contact_bodies import contact_bodies
from pipeline.extractors.entities.coordination import coordinated_bodies
from pipeline.extractors.entities.cue_candidates import CueCandidates
from pipeline.extractors.entities.decision import NER_KEY, label_features, load_label_model
from pipeline.extractors.entities.editions import dated_names
from pipeline.extractors.entities.fragments import without_model_fragments
from pipeline.extractors.entities.guesses import demoted_words, without_words
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.kind_list_labels import relabel_listed
from pipeline.extractors.entities.kinds import KindRules
from pipeline.extractors.entities.labels import LabelRules
from pipeline.extractors.entities.letterhead_names import without_logo_word
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.organs import without_organs
from pipeline.extractors.entities.orphans import without_orphans
from pipeline.extractors.entities.person_aliases import persons_in_lists, surname_mentions
from pipeline.extractors.entities.place_kinds import place_kinds
from pipeline.extractors.entities.positions import CELL_GAPS, lower_case_phrases
from pipeline.extractors.entities.run_edges import RunEdges
from pipeline.extractors.entities.runs import CapitalisedRuns
from pipeline.extractors.entities.schools import named_schools
from pipeline.extractors.entities.sites import named_sites
from pipeline.extractors.entities.span_text import acronym_matches, is_address
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.stated_kinds import stated_kinds
from pipeline.extractors.entities.storms import storm_pairs
from pipeline.extractors.entities.taglines import without_taglines
from pipeline.extractors.entities.titles import emphasised_titles, quoted_questions, quoted_titles
from pipeline.extractors.entities.venues import venues_at
from pipeline.extractors.entities.vocabulary import fold, name_key, vocabulary
from pipeline.extractors.extensions import EMPHASIS, RULE_ENTITIES, text_of
from pipeline.extractors.gazetteers import organisation_patterns
from pipeline.extractors.language import in_french

__all__ = [
    "Candidate",
    "EntityResolver",
    "acronym_matches",
    "cluster",
    "fold",
    "head_label",
    "is_address",
    "make_entity_resolver",
    "name_key",
]


class EntityResolver(
    CandidateRules,
    CueCandidates,
    AppositiveRules,
    CapitalisedRuns,
    RunEdges,
    LabelRules,
    AcronymRules,
    KindRules,
):
    """Turns candidate spans into doc._.entities (clusters with aliases) and doc.ents."""

    def __init__(self, nlp: Language, name: str, gazetteer_key: str) -> None:
        self.name = name
        self.gazetteer_key = gazetteer_key
        # titles are found by a PhraseMatcher (no per-token Python); the name after one is read directly
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("title", list(nlp.tokenizer.pipe(vocabulary()["titles"])))
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.lexicon = Lexicon(nlp)
        self.organisations = {p["pattern"] for p in organisation_patterns() if isinstance(p["pattern"], str)}
        self.label_model = load_label_model()

    def __call__(self, doc: Doc) -> Doc:
        metadata = doc._.metadata or {}
        doc.spans[NER_KEY] = list(doc.ents)  # the model's own view, evidence for the label decision
        # names in the title and the dateline's place are mentions; the genre, date and number lines are not
        furniture = [
            (e["start"], e["end"])
            for k, e in metadata.get("evidence", {}).items()
            if k in {"document_type", "date", "reference"}
        ]
        phrases = lower_case_phrases(doc)
        verdicts: dict[tuple, bool] = {}  # a candidate is asked again after each stage: once is enough

        def ok(c: Candidate) -> bool:
            key = (c.start, c.end, c.label, c.source, c.rule)
            if key not in verdicts:
                verdicts[key] = acceptable(doc, c, furniture, self.lexicon, phrases)
            return verdicts[key]

        candidates = self._candidates(doc, metadata, phrases)
        eponyms, eponym_pairs = self._eponyms(doc)
        # (a place's kind noun first: it wins a tie with a run's guess, 'au lieu-dit Les Blaïs')
        candidates = (
            place_kinds(text_of(doc))
            + named_sites(text_of(doc), doc.user_data.get(CELL_GAPS, ()))
            + named_schools(text_of(doc))
            + candidates
        )
        candidates += eponyms + self._domain_names(doc)
        candidates = press_units(text_of(doc), candidates)  # 'Service de presse' | 'de l'AP-HP'
        candidates = [c for c in candidates if ok(c)]
        links = self._acronym_links(doc, candidates)
        # 'appel à manifestation d'intérêt (AMI)': the acronym of a common phrase is no name anywhere
        candidates = [
            c
            for c in candidates
            if c.source != "model" or text_of(doc)[c.start : c.end] not in links["common"]
        ]
        # 'Plan de prévention des risques technologiques du dépôt X' beside '… (PPRT)': that kind's document
        candidates = [
            c for c in candidates if not (c.label == "MISC" and of_kind(text_of(doc), c, links["kinds"]))
        ]
        candidates += [c for c in links["mentions"] if ok(c)]
        seats, seat_pairs = seats_after_acronyms(text_of(doc), candidates)  # '… (UMIH) du Calvados'
        candidates += seats
        # a kind noun or a sponsor's cue before a list labels its items, before and after propagation
        listed = self._listed(doc)
        resolved = without_organs(text_of(doc), self._role_runs(doc, resolve_overlaps(candidates)))
        resolved = stated_kinds(resolved, candidates)  # 'la société Restaurations Val de Loire'
        resolved = relabel_listed(text_of(doc), resolved, listed)
        resolved = [c for c in resolved if ok(c)]
        demoted = demoted_words(text_of(doc), resolved, self.lexicon)
        resolved = resolve_overlaps(resolved + self._propagate(doc, resolved, furniture, phrases))
        branches = bare_acronyms(text_of(doc), resolved)  # 'la DREAL' after 'DREAL Normandie'
        resolved = resolve_overlaps(resolved + [c for c in branches if ok(c)])
        surnames = surname_mentions(doc, resolved, self.lexicon)
        # (first: a surname beats another rule's guess at the same span, 'MOREAU' propagated as ORG)
        resolved = resolve_overlaps([c for c in surnames if ok(c)] + resolved)
        resolved = persons_in_lists(text_of(doc), resolved)
        resolved = relabel_listed(text_of(doc), resolved, listed)
        resolved = coordinated_bodies(text_of(doc), resolved)  # 'd'Inria et de Kelvanor'
        # an English version appended to a French release is not mined (its capitalised words are no names)
        resolved = [c for c in resolved if in_french(doc, c.start, c.end)]
        resolved = without_logo_word(text_of(doc), resolved)  # '[Logo Regards Partagés]'
        resolved = emphasised_titles(text_of(doc), doc.user_data.get(EMPHASIS, []), resolved)
        resolved = quoted_questions(text_of(doc), resolved)  # '« Faut-il avoir peur du silence ? »'
        resolved = resolve_overlaps(
            dated_names(text_of(doc), quoted_titles(text_of(doc), resolved), self.lexicon)
        )
        resolved = without_categories(text_of(doc), resolved)  # 'Prix du public': no name
        resolved = without_taglines(text_of(doc), resolved)  # 'Festival de musiques du monde · Lorient'
        resolved = venues_at(text_of(doc), resolved)  # 'à la Maison des associations': a place
        resolved = contact_bodies(text_of(doc), resolved)  # 'Regards Partagés : Léa Roux – 06 …': a body
        storms = storm_pairs(text_of(doc), resolved)  # 'Fitia' after 'Cyclone Fitia': the storm's name
        entities = cluster(text_of(doc), resolved, links["pairs"] + eponym_pairs + seat_pairs + storms)
        entities = without_words(entities, demoted)
        entities = without_model_fragments(doc, entities)  # 'Kanta' of 'Agence Kanta'
        entities = without_orphans(entities)  # copies of a name a later stage folded into a longer one
        if self.label_model is not None:
            doc.user_data[RULE_ENTITIES] = entities
            entities = self.decide_labels(doc, entities)
        doc._.entities = entities
        spans = []
        for entity in entities:
            for mention in entity["mentions"]:
                span = doc.char_span(
                    mention["start"], mention["end"], label=entity["label"], alignment_mode="contract"
                )
                if span is not None and len(span):
                    spans.append(span)
        doc.spans["entities"] = spans
        doc.ents = [s for s in _non_overlapping(spans)]
        return doc

    def decide_labels(self, doc: Doc, entities: list[dict]) -> list[dict]:
        """Each proposed entity relabelled by the fitted decision; those it calls 'none' dropped."""
        decided = []
        for entity in entities:
            label = self.label_model.decide(label_features(doc, entity, self.lexicon), entity["label"])
            if label != "none":
                decided.append(entity if label == entity["label"] else {**entity, "label": label})
        return decided


@Language.factory(
    "communique_entities",
    assigns=["doc.ents", "doc.spans", "doc._.entities"],
    requires=["doc._.metadata"],
    default_config={"gazetteer_key": "gazetteer"},
)
def make_entity_resolver(nlp: Language, name: str, gazetteer_key: str) -> EntityResolver:
    return EntityResolver(nlp, name, gazetteer_key)
