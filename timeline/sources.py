"""Read seeds: title, body text and publication date (with where it came from).

The only module that reads seed files, and it never writes them. Whatever a file holds (empty,
binary, another encoding, broken front matter, an impossible date), `read` returns what it could
make of it plus a list of `Problem`s naming the file and line; it does not raise.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from . import cleanup
from .model import Document, Problem, Settings
from .temporal import calendar as cal
from .temporal import tag

SEED_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html"}


# --- finding and decoding ---------------------------------------------------------------------

def discover(paths: list[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Seed files under `paths` as (path, seed name), sorted so every run sees the same order."""
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts) or not child.is_file():
                    continue
                if child.suffix.lower() in SEED_SUFFIXES:
                    found.append((child, relative.as_posix()))
                else:
                    problems.append(Problem(str(child), None, "not a seed (.txt, .md or .html); "
                                            "skipped", "warning"))
        elif path.is_file():
            found.append((path, path.name))
        else:
            problems.append(Problem(str(path), None, "no such file or folder"))
    return found, problems


def decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning."""
    problems = []
    if not data.strip():
        return None, [Problem(name, None, "file is empty; skipped")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), problems
        except UnicodeDecodeError:
            return None, [Problem(name, None, "starts with a UTF-16 mark but is not UTF-16; skipped")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4096]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if control > max(8, len(sample) // 20):
        return None, [Problem(name, None, "looks like a binary file, not text; skipped")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        text = data.decode("cp1252", errors="replace")
        problems.append(Problem(name, line, "not valid UTF-8; read as Windows-1252 (cp1252)",
                                "warning"))
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        text = text.replace("\x00", "")
        problems.append(Problem(name, line, "NUL bytes in the text were removed", "warning"))
    return text.replace("\r\n", "\n").replace("\r", "\n"), problems


# --- the three seed forms ---------------------------------------------------------------------

def _read_text(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return lines[first].strip(), "\n".join(lines[first + 1:]).strip("\n")


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: `date: 2023-02-31` stays text, so we can say which
    line holds an impossible date instead of failing on the whole block."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _read_markdown(text: str, name: str) -> tuple[dict, str, list[Problem]]:
    match = _FRONT.match(text)
    if not match:
        return {}, text, []
    try:
        metadata = yaml.load(match[1], Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or "not valid YAML"
        return {}, text[match.end():], [Problem(name, line, f"front matter is not valid YAML "
                                                f"({reason}); read the text without it")]
    if not isinstance(metadata, dict):
        return {}, text[match.end():], [Problem(name, 2, "front matter is not a mapping of "
                                                "keys to values; ignored")]
    return metadata, text[match.end():], []


class _ArticleParser(HTMLParser):
    """Title, <time datetime> and paragraph text of a saved article page; boilerplate dropped."""

    SKIP = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg",
            "figure", "button"}
    BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1, self.times, self.meta_dates = "", "", [], []
        self.blocks: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._block: list[str] | None = None
        self._block_tag = ""
        self._in_article = 0
        self.article_blocks: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._in_article += 1
        elif tag == "time" and attributes.get("datetime"):
            self.times.append((attributes["datetime"], self.getpos()[0]))
        elif tag == "meta" and (attributes.get("property") or attributes.get("name") or "").lower() in (
                "article:published_time", "date", "pubdate", "og:published_time"):
            self.meta_dates.append((attributes.get("content") or "", self.getpos()[0]))
        elif tag in self.BLOCKS and not self._skip_depth:
            self._block, self._block_tag = [], tag

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "article" and self._in_article:
            self._in_article -= 1
        elif tag == self._block_tag and self._block is not None:
            text = " ".join("".join(self._block).split())
            if text:
                if self._block_tag == "h1" and not self.h1:
                    self.h1 = text
                else:
                    self.blocks.append(text)
                    if self._in_article:
                        self.article_blocks.append(text)
            self._block = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif self._block is not None and not self._skip_depth:
            self._block.append(data)


def _read_html(text: str) -> tuple[str, str, list[tuple[str, int]]]:
    parser = _ArticleParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):
        pass  # keep what was parsed before the markup broke
    title = " ".join((parser.h1 or parser.title).split())
    blocks = parser.article_blocks or parser.blocks
    return title, "\n\n".join(blocks), parser.times + parser.meta_dates


# --- publication date -------------------------------------------------------------------------

def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value or ""))
    return cal.safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None


def latest_on_or_before(month: int, day: int, reference: dt.date) -> dt.date | None:
    for year in range(reference.year, reference.year - 5, -1):
        candidate = cal.safe_date(year, month, day)
        if candidate and candidate <= reference:
            return candidate
    return None


def date_in(text: str, reference: dt.date, whole: bool = False) -> tuple[dt.date, str] | None:
    """The publication date an expression names; year-less, the latest on or before `reference`.

    With `whole`, the expression must be all of `text` (a dateline is a date, not a sentence).
    """
    for timex in tag(text, reference):
        if whole and timex.text != text.strip():
            continue
        if timex.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            continue
        day = dt.date.fromisoformat(timex.value)
        if timex.anchor is not None:  # the tagger picked a year; the collection's rule decides
            day = latest_on_or_before(day.month, day.day, reference)
        if day:
            return day, timex.text
    return None


_DATELINE = re.compile(
    r"^\s*(?:(?:Published|Posted|Updated|Dated?)\s*(?:on)?\s*:?\s*"
    r"|(?:[A-Z][A-Za-z.'’ -]{1,40},\s*){1,3}"
    r"|\(?[A-Z][A-Z .'-]{1,30}\)?\s*[-–—]+\s*)?"
    r"(?P<date>[^()\n]{4,40}?)\s*(?:\(|[-–—]|$|\n|\.)")
_TITLE_DATE = re.compile(r"[,–—|-]\s*(?P<date>[^,–—|]{3,30})\s*$")
_FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")


def publication_date(meta: dict, meta_line: int | None, title: str, body: str, filename: str,
                     settings: Settings, html_times: list[tuple[str, int]], name: str
                     ) -> tuple[str | None, str, str | None, list[Problem]]:
    """Front matter (or an HTML page's <time datetime>), then a dateline, then a trailing date in
    the title, then the file name."""
    problems: list[Problem] = []
    reference = settings.reference_date
    if "date" in meta:
        day = _as_date(meta["date"])
        if day:
            return day.isoformat(), "frontmatter", str(meta["date"]), problems
        problems.append(Problem(name, meta_line, f"front matter date "
                                f"{str(meta['date'])!r} is not a real date; ignored"))
    for value, line in html_times:
        day = _as_date(value)
        if day:
            return day.isoformat(), "html", value, problems
        problems.append(Problem(name, line, f"<time datetime={value!r}> is not a real date; ignored",
                                "warning"))
    for line in [line for line in body.split("\n") if line.strip()][:3]:
        match = _DATELINE.match(line)
        if match and (found := date_in(match["date"], reference, whole=True)):
            return found[0].isoformat(), "dateline", match[0].strip().rstrip("(-–—. ").strip(), problems
    match = _TITLE_DATE.search(title)
    if match and (found := date_in(match["date"], reference)):
        return found[0].isoformat(), "title", found[1], problems
    match = _FILENAME_DATE.match(filename)
    if match:
        day = cal.safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            return day.isoformat(), "filename", match[0].rstrip("-"), problems
        problems.append(Problem(name, None, f"file name date {match[0].rstrip('-')} is not a real date"))
    return None, "none", None, problems


# --- one seed ---------------------------------------------------------------------------------

def read(path: str | Path, seed: str, settings: Settings) -> tuple[Document | None, list[Problem]]:
    """Read one seed file. Returns (None, problems) when nothing usable is in it."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(settings.max_seed_bytes + 1)
    except OSError as error:
        return None, [Problem(name, None, f"cannot read: {error.strerror or error}")]
    problems: list[Problem] = []
    if size > settings.max_seed_bytes:
        data = data[:settings.max_seed_bytes]
        problems.append(Problem(name, None, f"file is {size / 1e6:.1f} MB; only the first "
                                f"{settings.max_seed_bytes / 1e6:.1f} MB were read", "warning"))
    text, decode_problems = decode(data, name)
    problems += decode_problems
    if text is None:
        return None, problems
    text = cleanup.normalize(text)
    kind = SEED_SUFFIXES.get(path.suffix.lower(), "text")
    meta: dict = {}
    html_times: list[tuple[str, int]] = []
    if kind == "markdown":
        meta, body, meta_problems = _read_markdown(text, name)
        problems += meta_problems
        title = str(meta.get("title") or "").strip()
        if not title:
            title, body = _read_text(_strip_heading_marks(body))
        date_line = next((i + 2 for i, line in enumerate(text.split("\n")[1:])
                          if line.startswith("date:")), 2)
    elif kind == "html":
        title, body, html_times = _read_html(text)
        date_line = None
    else:
        title, body = _read_text(text)
        date_line = None
    title = " ".join(title.split()) or path.stem
    date, source, expression, date_problems = publication_date(
        meta, date_line, title, body, path.name, settings, html_times, name)
    problems += date_problems
    if source == "dateline" and expression:
        body = _without_dateline(body, expression)
    if date is None:
        problems.append(Problem(name, None, "no publication date found (front matter, dateline, "
                                "title or file name); only absolute dates are used", "warning"))
    if not body.strip():
        problems.append(Problem(name, None, "has a title but no text", "warning"))
    url = str(meta.get("source") or meta.get("url") or "") or None
    return Document(seed, title, body, date, source, expression, url), problems


def _without_dateline(body: str, dateline: str) -> str:
    """The body without its dateline, so the publication date is not told as an event."""
    start = body.find(dateline)
    if start < 0:
        return body
    rest = body[start + len(dateline):]
    if rest.lstrip().startswith("(") and ")" in rest[:80]:
        rest = rest[rest.index(")") + 1:]
    rest = re.sub(r"^\s*[-–—]+\s*", "", rest)
    return (body[:start] + rest).lstrip()


def _strip_heading_marks(body: str) -> str:
    return re.sub(r"^\s*#+\s*", "", body.lstrip(), count=1)

