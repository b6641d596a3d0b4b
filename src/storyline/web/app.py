"""FastAPI app: server-rendered pages (Jinja2, autoescaped) and a JSON API over one store.

Pages need no script: filters are a plain GET form, the time axis is SVG drawn on
the server, paging is links. Everything that came from the web (titles, text,
quotes, URLs) reaches the page only through autoescaped template variables, URLs
become links only when http(s), and a Content-Security-Policy forbids inline script
as a second line of defence.
"""

from __future__ import annotations

import io
import math
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel

from storyline import __version__
from storyline.errors import StoreError
from storyline.export.formats import FORMATS, write_format
from storyline.records import Article, Event, Story, field_names
from storyline.store import BACKEND_ERRORS, QueryTooComplex
from storyline.web.axis import build_axis
from storyline.web.data import (
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    STATUSES,
    Backend,
    EventFilter,
    EventIndex,
    date_label,
    event_title,
    locate_quote,
    quote_context,
    safe_url,
    snippet_parts,
    split_highlight,
)

HERE = Path(__file__).resolve().parent

WEB_FORMATS = ("jsonl",) + FORMATS

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


# -- API models (they also make /openapi.json describe the data) ----------------------------------
class SourceOut(BaseModel):
    article: str
    quote: str
    start: int = -1
    end: int = -1
    source: str | None = None
    denies: bool = False
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    article_url: str


class EventOut(BaseModel):
    id: str
    type: str
    status: str
    actors: list[str]
    people: list[str]
    location: str | None
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    date_text: str | None
    date_label: str
    date_inferred: bool
    disputed: bool
    story_id: str | None
    plover: str | None
    cameo: str | None
    timex: str | None = None
    confidence: float = 0.0
    title: str
    url: str
    sources: list[SourceOut]


class EventPage(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    events: list[EventOut]


class RemovalOut(BaseModel):
    reason: str
    text: str


class ArticleOut(BaseModel):
    id: str
    source: str
    sources: list[str]
    title: str | None
    outlet: str | None
    authors: list[str]
    published: str | None
    published_source: str | None
    published_precision: str | None
    language: str | None
    url: str | None
    format: str | None
    excerpt: str | None = None
    parent_id: str | None = None
    stub: bool
    duplicate_of: str | None
    story_id: str | None
    published_window: list[str] | None = None  # [first, last] days of the story of an undated article
    events_anchor: list[str] | None = None  # [first, last] days the text bounds an undated article to
    previous_version: str | None = None  # an earlier version of this article from the same outlet
    text: str
    removed: list[RemovalOut]
    events: list[str]


class StoryOut(BaseModel):
    id: str
    title: str | None
    thread: str | None
    date_start: str | None
    date_end: str | None
    parties: list[str]
    articles: list[str]
    events: int


class SearchHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str | None
    snippet: str
    url: str


# -- helpers --------------------------------------------------------------------------------------
def _event_out(e: Event, articles: dict[str, Article]) -> EventOut:
    sources = []
    for s in e.sources:
        a = articles.get(s.article)
        sources.append(
            SourceOut(
                article=s.article,
                quote=s.quote,
                start=s.start,
                end=s.end,
                source=s.source,
                denies=s.denies,
                outlet=a.outlet if a else None,
                published=a.published if a else None,
                title=a.title if a else None,
                article_url=f"/articles/{s.article}",
            )
        )
    return EventOut(
        **_record_fields(e, EventOut, "sources"),
        date_label=date_label(e),
        title=event_title(e),
        url=f"/events/{e.id}",
        sources=sources,
    )


def _story_out(s: Story, events: int) -> StoryOut:
    return StoryOut(**_record_fields(s, StoryOut), events=events)


def _record_fields(record: Any, model: type[BaseModel], *skip: str) -> dict[str, Any]:
    """A record's fields that the API model shows under the same name: one mapping, from the record
    type's own field list (records.py), so a field added there reaches the API by being named here."""
    names = set(field_names(type(record)))
    return {k: getattr(record, k) for k in model.model_fields if k in names and k not in skip}


def _float(value: str | None) -> float | None:
    """A number from a query string, or None when blank or not a number (filters ignore it)."""
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None


@dataclass(frozen=True)
class _EventsPage:
    """One page of the filtered timeline, as the page and the API both show it."""

    index: EventIndex
    selected: list[int]  # every matching event's position in index.events
    on_page: list[int]
    events: list[Event]
    articles: dict[str, Article]
    page: int
    pages: int
    per_page: int


def _page_bounds(total: int, page: int, per_page: int) -> tuple[int, int, int]:
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    return page, pages, (page - 1) * per_page


def build_app(db_path: str | Path, *, csp: bool = True) -> FastAPI:
    backend = Backend(db_path)
    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Diplomatic contacts, their sources and the articles they come from.",
        docs_url=None,
        redoc_url=None,
    )  # their UIs load scripts from a CDN
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html", "svg", "xml"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(STATUSES=STATUSES, date_label=date_label, event_title=event_title, safe_url=safe_url)
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.backend = backend

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        if csp:
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("nav", name.split(".")[0])
        return templates.TemplateResponse(request, name, ctx, status_code=status_code)

    def not_found(request: Request, what: str) -> HTMLResponse:
        return render(request, "error.html", status_code=404, message=f"No {what} here.", nav="")

    def event_filter(
        actors: str | None = Query(None, description="comma-separated party codes, all must take part"),
        date_from: str | None = Query(None, alias="from", description="ISO date or prefix"),
        date_to: str | None = Query(None, alias="to", description="ISO date or prefix"),
        type: list[str] = Query([], description="event types, comma-separated or repeated"),
        status: list[str] = Query([], description="held, planned, cancelled, unanswered, refused"),
        story: str | None = None,
        q: str | None = Query(None, description="words, all must occur"),
        min_confidence: str | None = Query(None, description="0..1: only events at least this confident"),
    ) -> EventFilter:
        """The timeline's filters from the query string: one reading for the page and the API."""
        return EventFilter.parse(
            actors, date_from, date_to, ",".join(type[:100]), ",".join(status[:100]), story, q, _float(min_confidence)
        )

    def page_of(f: EventFilter, page: int, per_page: int) -> _EventsPage:
        """The events passing ``f``, cut to one page, with the articles their sources quote."""
        index = backend.index()
        per_page = min(max(1, per_page), MAX_PAGE_SIZE)
        selected = index.select(f)
        page, pages, off = _page_bounds(len(selected), page, per_page)
        on_page = selected[off : off + per_page]
        events = [index.events[i] for i in on_page]
        articles = backend.articles(list(dict.fromkeys(s.article for e in events for s in e.sources)))
        return _EventsPage(index, selected, on_page, events, articles, page, pages, per_page)

    # -- pages --------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/timeline")

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(
        request: Request,
        f: EventFilter = Depends(event_filter),
        page: int = 1,
        per_page: int = PAGE_SIZE,
    ) -> HTMLResponse:
        """The timeline: an axis over every matching event, and one page of them as a dated list."""
        p = page_of(f, page, per_page)
        index, selected = p.index, p.selected
        status_counts = index.status_counts(selected)
        return render(
            request,
            "timeline.html",
            f=f,
            events=p.events,
            articles=p.articles,
            total=len(selected),
            page=p.page,
            pages=p.pages,
            per_page=p.per_page,
            axis=build_axis(index, selected, p.on_page),
            all_events=len(index.events),
            actor_options=index.actor_counts[:40],
            types=index.types,
            stories=index.stories,
            status_counts=status_counts,
            query={**f.query(), **({"per_page": str(per_page)} if per_page != PAGE_SIZE else {})},
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        """One event with every supporting quote shown in its article's context."""
        index = backend.index()
        e = index.by_id.get(event_id)
        if e is None:
            return not_found(request, "event")
        articles = backend.articles(list(dict.fromkeys(s.article for s in e.sources)))
        quotes = []
        for n, s in enumerate(e.sources):
            a = articles.get(s.article)
            span = locate_quote(a.text, s.quote, s.start, s.end) if a else None
            context = quote_context(a.text, span) if a and span else [(s.quote, True)]
            link = f"/articles/{s.article}?hl={span[0]}-{span[1]}#quote" if span else f"/articles/{s.article}"
            quotes.append(
                {"n": n + 1, "source": s, "article": a, "context": context, "link": link, "found": bool(span)}
            )
        story = index.stories.get(e.story_id or "")
        return render(request, "event.html", e=e, quotes=quotes, story=story, nav="timeline")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, hl: str | None = None) -> HTMLResponse:
        """Clean text (with a cited quote highlighted), metadata, and what cleaning removed."""
        a = backend.store.article(article_id)
        if a is None:
            return not_found(request, "article")
        span = None
        if hl:
            try:
                lo, hi = (int(x) for x in hl.split("-", 1))
                if 0 <= lo < hi <= len(a.text):
                    span = (lo, hi)
            except ValueError:
                span = None
        index = backend.index()
        removed: dict[str, list[str]] = {}
        for r in a.removed:
            removed.setdefault(r.reason, []).append(r.text)
        story = index.stories.get(a.story_id or "")
        dup = backend.store.article(a.duplicate_of) if a.duplicate_of else None
        return render(
            request,
            "article.html",
            a=a,
            pieces=split_highlight(a.text, span),
            span=span,
            events=index.by_article.get(a.id, []),
            removed=removed,
            story=story,
            dup=dup,
            url=safe_url(a.url),
            nav="",
        )

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request) -> HTMLResponse:
        index = backend.index()
        stories = sorted(index.stories.values(), key=lambda s: (s.date_start or "9999", s.id))
        return render(request, "stories.html", stories=stories, counts=index.story_event_counts)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        index = backend.index()
        s = index.stories.get(story_id)
        if s is None:
            return not_found(request, "story")
        arts = backend.articles(s.articles)
        members = set(s.articles)
        events = [e for e in index.events if e.story_id == s.id or any(src.article in members for src in e.sources)]
        return render(
            request,
            "story.html",
            s=s,
            articles=[arts[i] for i in s.articles if i in arts],
            events=events,
            nav="stories",
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", limit: int = 50) -> HTMLResponse:
        hits = []
        try:
            if q.strip():
                for h in backend.store.search(q, limit=min(max(1, limit), 200)):
                    h["parts"] = snippet_parts(h.get("snippet") or "", q)
                    hits.append(h)
            n_events = len(backend.index().select(EventFilter.parse(q=q))) if q.strip() else 0
        except QueryTooComplex as exc:
            return render(request, "search.html", status_code=400, q=q, hits=[], n_events=0, error=str(exc))
        return render(request, "search.html", q=q, hits=hits, n_events=n_events)

    @app.get("/export", response_class=HTMLResponse, include_in_schema=False)
    def export_page(request: Request) -> HTMLResponse:
        return render(request, "export.html", formats=WEB_FORMATS)

    @app.get("/export/{fmt}", include_in_schema=True, tags=["export"])
    def export(fmt: str) -> Response:
        """Download the store in one format: a single file, or a zip when the format has several."""
        if fmt not in WEB_FORMATS:
            raise HTTPException(404, f"unknown format; choose one of {', '.join(WEB_FORMATS)}")
        with tempfile.TemporaryDirectory(prefix="storyline-export-") as tmp:
            if fmt == "jsonl":
                from storyline.export.jsonl import write_jsonl

                paths = write_jsonl(backend.store, Path(tmp))
            else:
                paths = write_format(backend.store, fmt, Path(tmp))
            if len(paths) == 1:
                p = paths[0]
                media = {
                    ".json": "application/json",
                    ".md": "text/markdown; charset=utf-8",
                    ".jsonl": "application/x-ndjson",
                }.get(p.suffix, "application/octet-stream")
                return Response(
                    p.read_bytes(),
                    media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{p.name}"'},
                )
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for p in paths:
                    z.write(p, p.name)
            return Response(
                buf.getvalue(),
                media_type="application/zip",
                headers={"Content-Disposition": f'attachment; filename="storyline-{fmt}.zip"'},
            )

    # -- JSON API -----------------------------------------------------------------------------
    @app.get("/api/events", response_model=EventPage, tags=["api"])
    def api_events(
        f: EventFilter = Depends(event_filter),
        page: int = 1,
        per_page: int = PAGE_SIZE,
    ) -> EventPage:
        """Events that pass the filters, one page at a time, with their sources."""
        p = page_of(f, page, per_page)
        return EventPage(
            total=len(p.selected),
            page=p.page,
            per_page=p.per_page,
            pages=p.pages,
            events=[_event_out(e, p.articles) for e in p.events],
        )

    @app.get("/api/events/{event_id}", response_model=EventOut, tags=["api"])
    def api_event(event_id: str) -> EventOut:
        e = backend.index().by_id.get(event_id)
        if e is None:
            raise HTTPException(404, "no such event")
        return _event_out(e, backend.articles(list(dict.fromkeys(s.article for s in e.sources))))

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["api"])
    def api_article(article_id: str) -> ArticleOut:
        a = backend.store.article(article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        evs = [e.id for e in backend.index().by_article.get(a.id, [])]
        return ArticleOut(
            **_record_fields(a, ArticleOut, "removed", "events_anchor"),
            events_anchor=a.events_anchor or None,
            removed=[RemovalOut(reason=r.reason, text=r.text) for r in a.removed],
            events=evs,
        )

    @app.get("/api/stories", response_model=list[StoryOut], tags=["api"])
    def api_stories() -> list[StoryOut]:
        index = backend.index()
        return [_story_out(s, index.story_event_counts.get(s.id, 0)) for s in index.stories.values()]

    @app.get("/api/stories/{story_id}", response_model=StoryOut, tags=["api"])
    def api_story(story_id: str) -> StoryOut:
        index = backend.index()
        s = index.stories.get(story_id)
        if s is None:
            raise HTTPException(404, "no such story")
        return _story_out(s, index.story_event_counts.get(s.id, 0))

    @app.get("/api/search", response_model=list[SearchHit], tags=["api"])
    def api_search(
        q: str = Query(..., description="FTS5 query; invalid syntax falls back to plain words"), limit: int = 20
    ) -> list[SearchHit]:
        hits = backend.store.search(q, limit=min(max(1, limit), 200)) if q.strip() else []
        return [
            SearchHit(
                id=h["id"],
                title=h.get("title"),
                outlet=h.get("outlet"),
                published=h.get("published"),
                source=h.get("source"),
                snippet=h.get("snippet") or "",
                url=f"/articles/{h['id']}",
            )
            for h in hits
        ]

    @app.exception_handler(QueryTooComplex)
    async def on_too_complex(request: Request, exc: QueryTooComplex) -> Response:
        """A query over the caps or the time budget is the client's to shorten: 400, never a 500."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return render(request, "error.html", status_code=400, message=str(exc), nav="", heading="Query too complex")

    @app.exception_handler(StoreError)
    async def on_store_error(request: Request, exc: StoreError) -> Response:
        """The store went away or broke while serving (it was checked at start): say so plainly."""
        if request.url.path.startswith(("/api/", "/export/")):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return render(request, "error.html", status_code=503, message=str(exc), nav="", heading="Store unavailable")

    async def on_backend_error(request: Request, exc: Exception) -> Response:
        """The file changed under the server (replaced, truncated, locked for long): 503, with the reason."""
        return await on_store_error(request, StoreError(f"the store cannot be read now: {exc}"))

    for backend_error in BACKEND_ERRORS:
        app.add_exception_handler(backend_error, on_backend_error)

    @app.exception_handler(404)
    async def on_404(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", "not found")
        if request.url.path.startswith(("/api/", "/export/", "/static/")):
            return JSONResponse({"detail": detail}, status_code=404)
        return render(request, "error.html", status_code=404, message="Nothing here.", nav="")

    return app
