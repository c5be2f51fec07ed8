"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

Serves site/ on localhost, opens the home page, a year page and a source page, and checks what a
reader meets: the entries are there, nothing logs an error, every same-site link (and its
#anchor) resolves, nothing is fetched from another host, the page fits a phone's width, and the
site still works with JavaScript off. Screenshots go to a temporary folder, and also to
$TIMELINE_SCREENSHOTS when that is set.

Without /usr/bin/chromium the test is skipped, unless TIMELINE_REQUIRE_BROWSER=1 (as .ci/run
sets), where it fails instead. Run it on any built site by hand:

    .venv/bin/python tests/test_browser.py path/to/site /tmp/shots
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--headless"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def browser_missing_reason() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@contextmanager
def serve(folder: Path):
    """The folder on http://127.0.0.1:<free port>/ from a thread, quietly."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html)) | set(re.findall(r"\sid=([^\s>\"']+)", html))


def broken_links(root: str, hrefs: set[str]) -> list[str]:
    """Same-site links that do not load, or whose #fragment names no element on the page."""
    broken, pages = [], {}
    for href in sorted(hrefs):
        url, _, fragment = href.partition("#")
        if not url.startswith(root):
            continue
        if url not in pages:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
                    kind = response.headers.get("Content-Type", "")
                pages[url] = body.decode("utf-8", "replace") if "html" in kind else ""
            except (urllib.error.URLError, OSError) as error:
                pages[url] = None
                broken.append(f"{href}: {error}")
                continue
        if fragment and pages[url] and urllib.parse.unquote(fragment) not in _ids(pages[url]):
            broken.append(f"{href}: no element with id {fragment!r}")
    return broken


class Visit:
    """One browser session over a served site, collecting errors and outside requests."""

    def __init__(self, browser, root: str, shots: list[Path], javascript: bool = True,
                 viewport: dict = DESKTOP):
        self.root, self.shots = root, shots
        self.context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), self._block)
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}")
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("response", lambda r: self.errors.append(f"HTTP {r.status}: {r.url}")
                     if r.status >= 400 else None)

    def _block(self, route):
        if not route.request.url.startswith(("data:", "blob:")):
            self.outside.append(route.request.url)
        route.abort()

    def open(self, path: str, shot: str | None = None):
        self.page.goto(self.root + path, wait_until="load")
        if shot:
            for folder in self.shots:
                folder.mkdir(parents=True, exist_ok=True)
                self.page.screenshot(path=str(folder / f"{shot}.png"), full_page=True)
                self.page.screenshot(path=str(folder / f"{shot}-top.png"))
        return self.page

    def hrefs(self) -> set[str]:
        return set(self.page.eval_on_selector_all(
            "a[href], link[href], script[src], img[src]",
            "els => els.map(e => e.getAttribute('href') || e.getAttribute('src'))"
            "          .filter(Boolean).map(h => new URL(h, document.baseURI).href)"))

    def horizontal_overflow(self) -> int:
        return self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")

    def close(self):
        self.context.close()


def check_site(site: Path, year: str, shots: list[Path]) -> dict:
    """Every check, as a dict of findings (empty lists mean all is well)."""
    from playwright.sync_api import sync_playwright

    found: dict = {}
    with serve(site) as root, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            visit = Visit(browser, root, shots)
            hrefs: set[str] = set()
            home = visit.open("/", "home")
            found["home_years"] = home.locator(f"a[href*='timeline/{year}/']").count()
            found["chart_bars"] = home.locator("svg.timeline-chart a rect").count()
            hrefs |= visit.hrefs()
            page = visit.open(f"/timeline/{year}/", "year")
            found["entries"] = page.locator("article.timeline-entry").count()
            found["permalinks"] = page.locator("article.timeline-entry a.timeline-permalink").count()
            found["why"] = page.locator("article.timeline-entry details.timeline-why").count()
            found["raw_markdown"] = [t for t in page.locator("article.timeline-entry").all_inner_texts()
                                     if "](" in t][:3]
            hrefs |= visit.hrefs()
            sources = visit.open("/timeline/sources/", "sources")
            hrefs |= visit.hrefs()
            source_link = sources.locator(".md-content table a").first.get_attribute("href")
            source = visit.open(urllib.parse.urljoin("/timeline/sources/", source_link), "source")
            marks = source.locator("mark.timex")
            found["marks"] = marks.count()
            if found["marks"]:
                marks.first.focus()
                found["tooltip_width_on_focus"] = marks.first.locator(".timex-value").bounding_box()["width"]
                visit.page.screenshot(path=str((shots[0] / "source-focus.png")))
            hrefs |= visit.hrefs()
            visit.open("/timeline/tags/", "tags")
            hrefs |= visit.hrefs()
            found["errors"], found["outside"] = visit.errors, visit.outside
            visit.close()

            found["broken"] = broken_links(root, hrefs)

            phone = Visit(browser, root, shots, viewport=PHONE)
            found["phone_overflow"] = {}
            for path, shot in (("/", "phone-home"), (f"/timeline/{year}/", "phone-year"),
                               (urllib.parse.urljoin("/timeline/sources/", source_link), "phone-source")):
                phone.open(path, shot)
                found["phone_overflow"][path] = phone.horizontal_overflow()
                marks = phone.page.locator("mark.timex")
                if marks.count():  # an open value must not push the page sideways either
                    marks.last.focus()
                    found["phone_overflow"][path + " (value open)"] = phone.horizontal_overflow()
                    phone.page.screenshot(path=str(shots[0] / "phone-source-focus.png"))
            found["errors"] += phone.errors
            phone.close()

            nojs = Visit(browser, root, shots, javascript=False)
            page = nojs.open(f"/timeline/{year}/", "nojs-year")
            found["nojs_entries"] = page.locator("article.timeline-entry").count()
            page.locator("details.timeline-why summary").first.click()
            found["nojs_details_open"] = page.locator("details.timeline-why").first.evaluate("d => d.open")
            nojs.page.set_viewport_size(PHONE)
            found["nojs_phone_overflow"] = nojs.horizontal_overflow()
            nojs.close()

            dark = Visit(browser, root, shots)
            dark.page.emulate_media(color_scheme="dark")
            dark.open(f"/timeline/{year}/", "dark-year")
            found["dark_scheme"] = dark.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            dark.close()
        finally:
            browser.close()
    return found


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    from conftest import ROOT

    project = tmp_path_factory.mktemp("browser") / "site-project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("timeline", ".timeline*"))
    shutil.copytree(ROOT / "seeds", project / "seeds")
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--strict"], cwd=project,
                            capture_output=True, text=True,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_a_reader_finds_entries_and_nothing_is_broken(built_site, tmp_path):
    reason = browser_missing_reason()
    if reason:
        if os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"TIMELINE_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    shots = [tmp_path / "shots"]
    if os.environ.get("TIMELINE_SCREENSHOTS"):
        shots.append(Path(os.environ["TIMELINE_SCREENSHOTS"]))
    found = check_site(built_site, "2023", shots)

    assert found["home_years"] >= 1 and found["chart_bars"] >= 1
    assert found["entries"] >= 2
    assert found["permalinks"] == found["entries"] == found["why"]
    assert found["marks"] >= 1 and found["tooltip_width_on_focus"] > 20
    assert found["raw_markdown"] == []
    assert found["errors"] == []
    assert found["outside"] == []
    assert found["broken"] == []
    assert {path: px for path, px in found["phone_overflow"].items() if px > 0} == {}
    assert found["nojs_entries"] == found["entries"] and found["nojs_details_open"]
    assert found["nojs_phone_overflow"] <= 0
    assert found["dark_scheme"] == "slate"
    assert (tmp_path / "shots" / "phone-year.png").stat().st_size > 1000


if __name__ == "__main__":
    import json

    site_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    years = sorted(p.name for p in (site_dir / "timeline").iterdir() if re.fullmatch(r"\d{4}", p.name))
    print(json.dumps(check_site(site_dir, sys.argv[3] if len(sys.argv) > 3 else years[-1], [out]),
                     indent=1))
