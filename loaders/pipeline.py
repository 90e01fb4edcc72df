"""From an article file to its facts: read, set the context, run each extractor once.

`extract` is a pure function of one file, so it runs in worker processes; identity resolution then
needs all articles; emission turns each article's facts into its named graph.
"""

from __future__ import annotations

from pathlib import Path

from loaders.article import read_article
from loaders.context import build_context
from loaders.extract.congresses import extract_congresses, find_plenum
from loaders.extract.documents import extract_documents, implemented_documents
from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.extract.targets import extract_observations
from loaders.model import ArticleFacts


def extract(path: Path) -> ArticleFacts:
    """All facts of one article file. Raises ArticleError for input that is not an article."""
    article = read_article(path)
    ctx = build_context(article)
    people = extract_people(ctx)
    events = extract_events(ctx, people)
    documents = extract_documents(ctx)
    for event in events:
        event.plenum = find_plenum(ctx, event.evidence.sentence)
    if events:
        for sentence in article.sentences:
            for number in implemented_documents(ctx, sentence, documents):
                if number not in events[0].implements:
                    events[0].implements.append(number)
    participants = {p.person for e in events for p in e.participations}
    # A name with neither a title nor a role at a meeting is not an official of this graph.
    persons = [p for p in people.persons if p.titles or p.key in participants]
    return ArticleFacts(
        article=article,
        subject_unit=ctx.subject,
        persons=persons,
        events=events,
        congresses=extract_congresses(ctx),
        documents=documents,
        observations=extract_observations(ctx),
        issues=ctx.issues,
    )
