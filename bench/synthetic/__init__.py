"""Deterministic synthetic corpus of Vietnamese local-governance articles with gold facts.

world.py draws the facts (places, officials and their careers, congresses, resolutions, figures),
story.py picks what one article reports, render.py writes it in Vietnamese, gold.py writes the gold
record, __main__.py is the command line. Standard library only, and nothing shared with the
extractor (loaders/, govkg/), so scoring the extractor on this corpus is not circular.
"""
