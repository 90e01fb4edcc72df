from __future__ import annotations

from govkg.vocabgen import TARGET, render


def test_generated_vocabulary_matches_the_ontology() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run `python -m govkg.vocabgen` after editing the ontology"
