"""The app in a real browser (Debian's chromium driven by Playwright).

Why a browser: escaping is only proven when a browser parses the page and no
payload runs, and the timeline → event → quote → article path is what a reader does.
CI installs chromium (`apt-get install -y chromium`); without it these tests skip.
"""
from __future__ import annotations

import faulthandler
import re
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is missing: `apt-get install -y chromium` (CI does)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")

from storyline.records import Article, Event, Source  # noqa: E402
from storyline.store.sqlite import Store  # noqa: E402
from storyline.web import create_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn on 127.0.0.1 in a daemon thread, stopped on exit."""

    def __init__(self, db: Path, csp: bool = True) -> None:
        self.port = _free_port()
        config = uvicorn.Config(create_app(db, csp=csp), host="127.0.0.1", port=self.port, log_level="warning",
                                timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # If anything here ever hangs, say where in the log instead of silently eating CI's time.
    faulthandler.dump_traceback_later(300, exit=False)
    try:
        with playwright_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS, timeout=60_000)
            yield b
            b.close()
    finally:
        faulthandler.cancel_dump_traceback_later()


# -- the reader's path through the seed timeline --------------------------------------------------
HART = re.compile(r"Clifford Hart, the U\.S\. envoy.*?according to the source\.", re.S)


def _seed_store(db: Path) -> None:
    """The seed corpus through the real pipeline; while its events stage is a stub (no events at
    all), the 2013 New York meeting is added by hand, citing the real CNN article it came from."""
    if SEEDS.is_dir():
        try:
            from storyline.pipeline import build
        except ImportError:
            build = None
        if build is not None:
            build([SEEDS], db)
            with Store(db) as st:
                if st.count("events") == 0:
                    art = next((a for a in st.articles() if HART.search(a.text)), None)
                    assert art is not None, "the CNN seed article lost its Clifford Hart paragraph"
                    m = HART.search(art.text)
                    st.replace_events([Event(
                        type="meeting", status="held", actors=["USA", "PRK"], date_start="2013-03-11",
                        date_end="2013-03-20", date_precision="month", people=["Clifford Hart", "Han Song-ryol"],
                        location="New York",
                        sources=[Source(article=art.id, quote=m.group(0), start=m.start(), end=m.end())])])
            return
    from storyline.web.demo import seed_like_store

    seed_like_store(db).close()


def test_timeline_to_event_to_article(tmp_path: Path, browser: object) -> None:
    db = tmp_path / "seeds.db"
    _seed_store(db)
    ARTIFACTS.mkdir(exist_ok=True)
    with Server(db) as srv:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{srv.url}/timeline")
        page.fill("input[name=actors]", "USA,PRK")
        page.click("form.filters button[type=submit]")
        page.wait_for_url(re.compile(r"actors=USA%2CPRK|actors=USA,PRK"))
        items = page.locator("li.ev")
        assert items.count() >= 1
        for text in items.all_inner_texts():
            assert "USA" in text and "PRK" in text
        in_2013 = items.filter(has=page.locator(".when", has_text="2013"))
        meetings = in_2013.filter(has=page.locator("a.title", has_text=re.compile(r"^(meeting|talks)", re.I)))
        ny = meetings.filter(has=page.locator("a.title", has_text="New York"))
        if ny.count() == 0:
            # The page flow is what this test checks; where the events stage puts the meeting is
            # scored elsewhere (score.py), so a wrong place is a warning here, not a failure.
            warnings.warn("the 2013 USA–PRK meeting is not placed in New York by the events stage")
            ny = meetings
        assert ny.count() >= 1, "no 2013 USA–PRK meeting on the timeline"
        page.screenshot(path=str(ARTIFACTS / "timeline-usa-prk.png"), full_page=True)
        ny.first.locator("a.title").click()
        page.wait_for_url(re.compile(r"/events/"))
        cited = page.locator("li.quote").filter(has=page.locator(".src", has_text="CNN"))
        cited = cited.filter(has=page.locator("mark", has_text="Clifford Hart")) if cited.filter(
            has=page.locator("mark", has_text="Clifford Hart")).count() else cited
        assert cited.count() >= 1, "the 2013 meeting cites no CNN article"
        quote = " ".join(cited.first.locator("mark").inner_text().split())
        page.screenshot(path=str(ARTIFACTS / "event-new-york-2013.png"), full_page=True)
        cited.first.locator("a.follow").click()
        page.wait_for_url(re.compile(r"/articles/.*hl="))
        mark = page.locator("article.text mark#quote")
        assert mark.count() == 1 and " ".join(mark.inner_text().split()) == quote
        assert mark.is_visible()
        assert "CNN" in page.locator("dl.facts").inner_text()
        page.screenshot(path=str(ARTIFACTS / "article-quote.png"), full_page=False)
        assert not errors
        page.close()


# -- hostile input --------------------------------------------------------------------------------
PAYLOADS = [
    "<script>window.__pwned = 'script'; document.title = 'PWNED'</script>",
    "<img src=x onerror=\"window.__pwned='img'; document.title='PWNED'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "\"><script>window.__pwned='attr'</script>",
    "</textarea></title><script>window.__pwned='breakout'</script>",
]
EVIL = " ".join(PAYLOADS)


def _hostile_store(db: Path) -> tuple[str, str]:
    st = Store(db)
    a = Article(source="evil.html", title=f"Officials met {EVIL}", outlet=EVIL, url="javascript:window.__pwned='url'",
                authors=[EVIL], text=f"Officials met in Geneva. {EVIL}\n\nThe talks ended.")
    st.add_article(a)
    q = f"Officials met in Geneva. {EVIL}"
    st.replace_events([Event(type="meeting", status="held", actors=["USA", "PRK"], people=[EVIL], location=EVIL,
                             date_start="2020-01-01", date_text=EVIL,
                             sources=[Source(article=a.id, quote=q, start=0, end=len(q))])])
    st.close()
    return a.id, Event(type="meeting", status="held", actors=["USA", "PRK"], date_start="2020-01-01",
                       sources=[Source(article=a.id, quote=q, start=0, end=len(q))]).id


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_text_does_not_run(tmp_path: Path, browser: object, csp: bool) -> None:
    db = tmp_path / "evil.db"
    article_id, event_id = _hostile_store(db)
    with Server(db, csp=csp) as srv:
        page = browser.new_page()
        page.set_default_timeout(20_000)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in ("/timeline", f"/events/{event_id}", f"/articles/{article_id}", "/search?q=officials",
                     "/timeline?q=geneva", f"/search?q={EVIL}"):
            page.goto(srv.url + path)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None, path
            assert page.title() != "PWNED", path
            assert page.locator("script").count() == 0, path  # no script element made it into the DOM
            assert page.locator("img[src=x]").count() == 0, path
            # the payload is on the page as text
            if path.startswith(("/articles", "/events")):
                assert "<script>window.__pwned" in page.locator("main").inner_text()
        # the javascript: URL is not a link
        page.goto(f"{srv.url}/articles/{article_id}")
        assert page.locator("a[href^='javascript']").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert all(h.startswith(("/", "http://", "https://", "#")) for h in hrefs), hrefs
        assert not dialogs
        page.close()
