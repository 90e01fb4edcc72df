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


def extract(path: Path, data: bytes | None = None) -> ArticleFacts:
    """All facts of one article file (or of its bytes `data`). Raises ArticleError for input that is
    not an article."""
    article = read_article(path, data)
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
    # A name with no post, held now or once, and no role at a meeting is not an official of this graph.
    persons = [p for p in people.persons if p.titles or p.former_titles or p.key in participants]
    return ArticleFacts(
        article=article,
        subject_unit=ctx.subject,
        persons=persons,
        events=events,
        congresses=extract_congresses(ctx),
        documents=documents,
        # With no date line, the first meeting's date is the article's: its figures are of that time.
        observations=extract_observations(ctx, next((e.day for e in events if e.day), None)),
        issues=ctx.issues,
    )


# An invented article that passes through every reader. Some build their patterns and tables on first
# use: a worker process reads this while the build lists the corpus, so that its first real article
# costs what any other does (a twentieth of a second less).
_WARM_UP = """date 2024-05 Hội nghị Ban Chấp hành Đảng bộ huyện Kim Sơn lần thứ 12

Sáng 12/5, Ban Chấp hành Đảng bộ huyện Kim Sơn khóa XXIII tổ chức hội nghị lần thứ 12 để đánh giá kết quả \
thực hiện Nghị quyết số 05-NQ/HU. Đồng chí Trần Văn Minh, Bí thư Huyện ủy chủ trì hội nghị. Ông Lê Quang \
Huy, Chủ tịch UBND huyện phát biểu. Năm 2024, huyện phấn đấu tỷ lệ hộ nghèo giảm còn 2,5%; thu ngân sách \
đạt 350 tỷ đồng. Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2025 - 2030 bầu 39 đồng chí vào Ban Chấp hành.
"""


def warm_up() -> None:
    """Read the invented article above, so the readers' lazily made patterns are ready."""
    extract(Path("warm-up.txt"), _WARM_UP.encode())
