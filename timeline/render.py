"""Render a Timeline to Markdown pages with Jinja2 templates, and write them safely.

Every value a template prints is escaped for Markdown *and* HTML unless it is `Markup` we built
ourselves, so text from seeds (`<script>`, `[link](x)`, `{{ x }}`, `*stars*`) shows literally.
Pages are written to a temporary folder and swapped in whole, so a failed build leaves the
previous pages intact, and nothing is written when the content did not change (so `mkdocs serve`
does not loop on its own output).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import marshal
import os
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import chain, groupby
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import export, sentences
from .processes import beside
from .highlights import highlights, key_dates, settled, story_span
from .model import Event, Settings, Timeline, Timex, event_key
from .temporal import calendar as cal

MARKER = ".timeline-generated"
DEFAULT_TEMPLATES_DIR = "overrides/timeline"  # the site's own templates, when templates_dir is unset
MAX_ENTRIES_PER_PAGE = 300
# source_pages "auto": one page per article up to this many sources, then one per month (MkDocs'
# cost follows the number of pages, not their text; see benchmarks/scale.py)
AUTO_MONTH_PAGES_ABOVE = 500
# a month page of sources shows whole texts up to this many articles, beyond it only the
# sentences that hold temporal expressions (what the page is for), so pages stay small
FULL_TEXTS_PER_PAGE = 25
# an entry told by many sources quotes a few different sentences and explains a few different
# resolutions; every source stays linked. A page's size is what MkDocs spends its time on.
QUOTES_PER_ENTRY = 3
RESOLUTIONS_PER_ENTRY = 5
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Characters that start Markdown, HTML, attr_list, emoji or Jinja syntax. Seed text never
# reaches the start of a line (it sits inside headings, list items, cells or HTML blocks), so
# line-start markers such as "-" or "1." need no escaping.
_MARKDOWN_SIGNIFICANT = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#!|~^=:<>&\"'"}
_ESCAPES = str.maketrans({ord(c): entity for c, entity in _MARKDOWN_SIGNIFICANT.items()})


# --- escaping ---------------------------------------------------------------------------------

def literal(value) -> Markup:
    """Text that Markdown, HTML, Jinja and Material's extensions will all show as written."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())
    return Markup(text.translate(_ESCAPES))


def _finalize(value):
    if value is None:
        return ""
    if isinstance(value, (Markup, int, float)):
        return value
    return literal(value)


def attribute(value) -> Markup:
    return Markup(html.escape(" ".join(str(value).split()), quote=True)
                  .replace("{", "&#123;").replace("}", "&#125;"))


# --- dates for readers ------------------------------------------------------------------------

def display_date(value: str, relation: str = "on") -> str:
    """"23 Nov 2023", "Nov 2023", "2023", "before 23 Nov 2023", "summer 2020" ..."""
    day = cal.parse_value(value)
    granularity = cal.granularity_of(value)
    if granularity == "day":
        text = f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"
    elif granularity == "month":
        text = f"{MONTH_NAMES[day.month - 1][:3]} {day.year}"
    elif granularity == "year":
        text = str(day.year)
    else:
        m = re.match(r"^(\d{4})-(?:W(\d\d)|Q(\d)|H(\d)|(SP|SU|FA|WI))$", value)
        if m and m[2]:
            text = f"week {int(m[2])} of {m[1]}"
        elif m and m[3]:
            text = f"Q{m[3]} {m[1]}"
        elif m and m[4]:
            text = f"{'first' if m[4] == '1' else 'second'} half of {m[1]}"
        elif m and m[5]:
            text = f"{ {'SP': 'spring', 'SU': 'summer', 'FA': 'autumn', 'WI': 'winter'}[m[5]]} {m[1]}"
        elif re.fullmatch(r"\d{3}", value):
            text = f"the {value}0s"
        elif re.fullmatch(r"\d{2}", value):
            text = f"the {int(value) + 1}{_ordinal(int(value) + 1)} century"
        elif value in _REFS:
            text = _REFS[value]
        else:
            text = value
    return text if relation == "on" else f"{relation} {text}"


_REFS = {"PAST_REF": "some time before", "PRESENT_REF": "at the time", "FUTURE_REF": "later"}


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def is_approximate(event: Event) -> bool:
    return event.relation != "on" or cal.granularity_of(event.date) != "day"


# --- slugs and page placement -----------------------------------------------------------------

def slugify(text: str, fallback: str = "page") -> str:
    """A file-name-safe slug: ASCII letters, digits and hyphens only; never empty, never '..'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def source_slugs(seeds: list[str]) -> dict[str, str]:
    """Unique, stable slugs for seeds: duplicates get the seed's own hash, not a counter."""
    import hashlib

    base = {seed: slugify(Path(seed).stem, "source") for seed in seeds}
    counts = Counter(base.values())
    counts["index"] += 1  # sources/index.md lists the sources: a seed index.txt must not replace it
    slugs = {seed: (slug if counts[slug] == 1 else
                    f"{slug}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:6]}")
             for seed, slug in base.items()}
    if len(set(slugs.values())) < len(slugs):  # a seed named like another's hashed slug
        slugs = {seed: f"{slug}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:16]}"
                 for seed, slug in base.items()}
    return slugs


def page_key(event: Event) -> str:
    """The page an event lives on: its year, or 'undated' when the value names no year."""
    start = cal.parse_value(event.date)
    if start:
        return f"{start.year:04d}"
    m = _YEAR_OR_DECADE.match(event.date)
    if m and m[1]:
        return m[1]
    if m and m[2]:
        return f"{m[2]}0s"
    return "undated"


def month_key(event: Event) -> str:
    """`YYYY-MM` for events inside one month (a week counts in the month it starts in), else
    the page key: those go under "month not known" at the end of their year."""
    m = _YEAR_MONTH.match(event.date)
    if m:
        return f"{m[1]}-{m[2]}"
    week = _YEAR_WEEK.fullmatch(event.date)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return page_key(event)
        if f"{monday.year:04d}" == page_key(event):
            return f"{monday.year:04d}-{monday.month:02d}"
    return page_key(event)


_YEAR_OR_DECADE = re.compile(r"^(\d{4})|^(\d{3})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_YEAR_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_MONTH_KEY = re.compile(r"\d{4}-\d{2}")  # a key of month_key that is a month, with fullmatch


def tag_parts(tag: str) -> tuple[str, str]:
    """("place", "Pune") from "place:Pune"; a tag without a kind counts as a topic."""
    kind, sep, name = tag.partition(":")
    return (kind, name) if sep and name else ("topic", tag)


KIND_TITLES = {"person": "People", "place": "Places", "organisation": "Groups",
               "organization": "Groups", "group": "Groups", "topic": "Topics"}


def tag_anchor(tag: str) -> str:
    kind, name = tag_parts(tag)
    return f"{slugify(kind, 'tag')}-{slugify(name, 'tag')}"


# --- rendering --------------------------------------------------------------------------------

def environment(settings: Settings, project_dir: Path) -> jinja2.Environment:
    """Templates from the site's own override folder first, then the built-in ones."""
    search = []
    override = Path(settings.templates_dir or DEFAULT_TEMPLATES_DIR)
    override = override if override.is_absolute() else Path(project_dir) / override
    if settings.templates_dir or override.is_dir():
        search.append(str(override))
    search.append(str(builtin_templates()))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(search), finalize=_finalize,
                             autoescape=False, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    dates: dict[tuple[str, str], str] = {}  # a page lists thousands of entries on a few days

    def date_shown(value: str, relation: str = "on") -> str:
        shown = dates.get((value, relation))
        if shown is None:
            shown = dates[value, relation] = display_date(value, relation)
        return shown

    env.filters.update(literal=literal, attr=attribute, display_date=date_shown,
                       approximate=is_approximate, approximation=approximation,
                       dates_told=dates_told, date_source_words=date_source_words,
                       nowrap=nowrap, quoted=quoted, resolutions=resolutions,
                       iso_date=iso_date, tag_parts=tag_parts, tag_anchor=tag_anchor, settled=settled,
                       html_link=lambda link: Markup(attribute(_html_link(str(link)))))
    return env


def builtin_templates() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("timeline's templates folder is missing from the installation")


class Marks:
    """Texts from an earlier render, keyed by a digest of everything they depend on: articles'
    marked HTML (`marked_text`, `marked_sentences`; marking 10,000 articles was a third of
    rendering, and one new seed changes one article) and pages rendered by the built-in
    templates (`reuse`).

    `known` is where earlier texts are looked up, one digest at a time: a dict, or the cache's
    JsonStore (an entry per text, so a rebuild reads the few it needs and writes only the new
    ones, not a memo of 100 MB whole). `used` is what this render needed, `made` the digests
    among them it had to make; `store` puts those into `known` once the render succeeded."""

    def __init__(self, known=None, seeds: dict[str, str] | None = None, written: dict | None = None):
        self.known = known if known is not None else {}
        self.seeds = seeds or {}
        self.used: dict[str, str] = {}
        self.made: set[str] = set()
        # page path -> [digest, *file_identity] as the last write left it (written_pages):
        # a page whose digest is unchanged is `Unchanged`, not read back from `known`
        self.written = written or {}
        self.pages: dict[str, str] = {}  # page path -> the digest of what it was made from

    @staticmethod
    def digest(key: str) -> str:
        return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    @staticmethod
    def value_digest(value) -> str:
        """The digest of a value made of str, int, bool, None, tuples, lists and dicts, from its
        marshal form (version 2: no back-references, so equal values give equal bytes however
        their objects are shared), which Python writes at C speed: the keys of 10,000 seeds'
        year pages hold every entry's text (27 MB), and repr'ing and hashing them was 0.6 s of
        each rebuild; marshal and hash, 0.1. A value marshal cannot write (a str subclass such
        as Markup, a dataclass) is keyed by its repr instead."""
        try:
            data = b"m" + marshal.dumps(value, 2)
        except ValueError:
            data = b"r" + repr(value).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def seed_identity(self, document):
        """What stands for a document (and its timexes) in a key: the seed's cache key when
        known (its bytes and name; the memo's namespace holds the code version and settings,
        which make the rest), else the document itself, text and all."""
        key = self.seeds.get(document.seed)
        return ("seed", document.seed, key) if key is not None else document

    def article_digest(self, how, document, timexes: tuple[Timex, ...]) -> str:
        """The digest `how(document.text, timexes)` is stored under: from the seed's cache key
        when known, so a render does not hash every article's text and repr every timex of
        10,000 seeds to find the one that changed (0.6 s profiled), else from the text and timexes."""
        key = self.seeds.get(document.seed)
        if key is None:
            return self.mark_digest(how, document.text, timexes)
        return self.digest(f"{how.__name__}\0seed\0{document.seed}\0{key}")

    def reuse(self, key: str, make) -> str:
        """The text stored under `key` (anything that fully determines it), or `make()`."""
        return self.reuse_digest(self.digest(key), make)

    def reuse_value(self, key, make, path: str | None = None) -> str | Unchanged:
        """`reuse` with a key that is a value (see value_digest), not a string. With the page's
        `path`: `Unchanged` when the last write left this very text there (most pages of a
        rebuild: at 10,000 seeds, reading them back was half a second and comparing them with
        the files another)."""
        digest = self.value_digest(key)
        if path is None:
            return self.reuse_digest(digest, make)
        self.pages[path] = digest
        last = self.written.get(path)
        if isinstance(last, list) and last[:1] == [digest] and digest not in self.used:
            self.keep(digest)
            return Unchanged(tuple(last[1:]), lambda: self.reuse_digest(digest, make))
        return self.reuse_digest(digest, make)

    def reuse_digest(self, digest: str, make) -> str:
        text = self.used.get(digest)
        if text is None:
            text = self._stored(digest)
            if not isinstance(text, str):
                text = make()
                self.made.add(digest)
            self.used[digest] = text
        return text

    def _stored(self, digest: str):
        """The text `store` left under `digest` (None when missing, or not what was written).
        In the cache's JsonStore it is raw UTF-8 after a header line (put_text), not a JSON
        string: a rebuild at 10,000 seeds reads 87 MB of pages it reuses, and decoding them
        from JSON strings cost 0.3 s of it."""
        get_text = getattr(self.known, "get_text", None)
        if get_text is None:
            return self.known.get(digest)
        stored = get_text(digest)
        return stored[1] if stored is not None else None

    def store(self) -> None:
        """Put the texts this render made into `known`, for the next render."""
        put_text = getattr(self.known, "put_text", None)
        for digest in sorted(self.made):
            if put_text is not None:
                put_text(digest, {}, self.used[digest])
            else:
                self.known[digest] = self.used[digest]

    def adopt(self, made: dict[str, str], used) -> None:
        """Count what another Marks over the same `known` (in a forked process, say) used as
        this one's: `made` (the texts it made and did not store itself) are stored with this
        render's, the rest kept."""
        for digest in used:
            if digest in made:
                self.used[digest] = made[digest]
                self.made.add(digest)
            else:
                self.keep(digest)

    def keep(self, digest: str) -> None:
        """Keep what is stored under `digest` for later renders without reading it now: the
        marked texts of a page reused whole, needed again the day that page changes."""
        keep = getattr(self.known, "keep", None)
        if keep is not None:
            keep(digest)

    @classmethod
    def mark_digest(cls, how, text: str, timexes: tuple[Timex, ...]) -> str:
        """The digest `mark` stores `how(text, timexes)` under."""
        return cls.digest(f"{how.__name__}\0{text}\0{timexes!r}")

    def mark(self, how, text: str, timexes: tuple[Timex, ...], digest: str | None = None) -> str:
        """`how(text, timexes)`, an article's marked HTML, reused when known."""
        return self.reuse_digest(digest or self.mark_digest(how, text, timexes),
                                 lambda: how(text, timexes))


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A page the file already written holds (Marks.reuse_value): `write` keeps the file when it
    is still the one written (`identity`, see file_identity), else writes `text()`."""

    identity: tuple
    text: Callable[[], str]

    def on_disk(self, path: Path) -> bool:
        return file_identity(path) == self.identity


@dataclass(frozen=True)
class Assembled:
    """An export made of byte ranges of the file the last write left (`identity`, see
    file_identity) and new bytes between them (`pieces`: bytes, or (offset, length) in that
    file): `write` copies the ranges when the file is still that one, else writes the whole
    text (`whole()[name]`)."""

    identity: tuple
    pieces: tuple
    whole: Callable[[], dict[str, str]]
    name: str

    def on_disk(self, path: Path) -> bool:
        return file_identity(path) == self.identity

    def is_the_file(self) -> bool:
        return self.pieces == ((0, self.identity[0]),)

    def text(self) -> str:
        return self.whole()[self.name]

    def copy(self, source: Path, path: Path) -> None:
        """Write the file at `path` from `source` (the last file) and the new bytes; OSError
        when `source` cannot give every range."""
        with open(source, "rb") as old, open(path, "wb") as new:
            at = 0
            for piece in self.pieces:
                if isinstance(piece, bytes):
                    at += _put(new.fileno(), piece, at)
                else:
                    at += _copy_range(old.fileno(), new.fileno(), piece[0], piece[1], at)


def _put(fd: int, data: bytes, at: int) -> int:
    view, done = memoryview(data), 0
    while done < len(data):
        done += os.pwrite(fd, view[done:], at + done)
    return len(data)


def _copy_range(source: int, target: int, offset: int, length: int, at: int) -> int:
    """Copy `length` bytes at `offset` of `source` to `at` in `target`, in the kernel where it
    can (copy_file_range), else through a buffer."""
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < length:
                n = os.copy_file_range(source, target, length - done, offset + done, at + done)
                if n <= 0:
                    raise OSError(f"the file ended {length - done} bytes early")
                done += n
            return length
        except OSError as error:
            if error.errno is None:
                raise
    while done < length:
        data = os.pread(source, min(length - done, 1 << 22), offset + done)
        if not data:
            raise OSError(f"the file ended {length - done} bytes early")
        done += _put(target, data, at + done)
    return length


def file_identity(path: Path) -> tuple | None:
    """What tells a file written by an earlier build from any other: size, times and inode (a
    link or an edit changes its ctime), or None when it is missing."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev)


def written_pages(target: Path, digests: dict[str, str]) -> dict[str, list]:
    """Marks.written for the next render: each page made from a digest (Marks.pages), with
    the identity of the file `write` left for it. Only where the identity tells an edit: on
    POSIX, where an edit sets the ctime (Windows' st_ctime is the file's creation), and with
    fine timestamps (a file system keeping whole seconds could hide an edit made in the same
    second as the write)."""
    if os.name != "posix":
        return {}
    written = {}
    for path, digest in sorted(digests.items()):
        identity = file_identity(target / path)
        if identity is not None and not (identity[1] % 1_000_000_000 == identity[2] % 1_000_000_000 == 0):
            written[path] = [digest, *identity]
    return written


def render(timeline: Timeline, settings: Settings, project_dir: Path = Path("."),
           marks: Marks | None = None) -> dict[str, str | Unchanged | Assembled]:
    """{relative path inside the generated folder: text} for every page and export (a page
    the last write left as it is now may be `Unchanged` when `marks` knows what was written,
    an export `Assembled` from byte ranges of the file the last write left).

    `marks` carries what the last render made (see Marks): marked article texts, pages the
    built-in templates rendered and the exports' layouts; the pages are the same with or
    without it."""
    marks = marks if marks is not None else Marks()
    env = environment(settings, project_dir)
    documents = {d.seed: d for d in timeline.documents}
    slugs = {seed: Markup(slug) for seed, slug in source_slugs(sorted(documents)).items()}
    story = [e for e in timeline.events if not e.is_article]
    pages: dict[str, list[Event]] = defaultdict(list)
    for event in timeline.events:
        pages[page_key(event)].append(event)
    plan = plan_pages(pages)
    where = {e.id: Markup(f"{page.path}#{e.id}") for page in plan for e in page.entries}
    events_by_seed: dict[str, list[Event]] = defaultdict(list)
    told_by = {}  # id(event) -> how many seeds tell it: source pages ask for each of their events
    for event in timeline.events:
        seeds = event.seeds  # worked out from the mentions on every call (thousands for some)
        told_by[id(event)] = len(seeds)
        for seed in seeds:
            events_by_seed[seed].append(event)
    tagged = _tag_index(timeline.events)

    layout = source_layout(settings.source_pages, len(documents))
    source_stems = source_pages(documents.values()) if layout == "month" else {}
    source_links = {seed: Markup(f"{source_stems[seed]}.md#{slug}" if layout == "month"
                                 else f"{slug}.md") for seed, slug in slugs.items()}
    # mentions named by where they were read, in keys of texts kept in the cache's memo (its
    # namespace holds the code version and settings that make a cache key fix a seed's result)
    origins = timeline.origins if marks.seeds else {}
    common = dict(slugs=slugs, source_links=source_links, documents=documents, where=where,
                  settings=settings,
                  story_count=len(story), source_count=len(documents),
                  events_by_seed=events_by_seed)

    # a run per month of consecutive entries: one new seed changes a month or two
    runs = [tuple(run) for _, run in groupby(timeline.events, key=month_key)]

    def exports_and_tags() -> tuple[dict, dict[str, str], list[str], dict[str, str]]:
        """The exports (texts, or how to assemble them from the last ones: _assembled) and the
        tags page, what the exports' Marks made and used, and each export's layout digest
        (this may run in a forked process)."""
        mine = Marks(marks.known, marks.seeds, marks.written)
        made, layouts = _assembled(timeline, runs, mine, origins)
        made["tags.md"] = env.get_template("tags.md.j2").render(**common, kinds=tagged)
        if hasattr(mine.known, "put_text"):  # the cache: stored from here, not sent back
            mine.store()
            return made, {}, list(mine.used), layouts
        return made, {digest: mine.used[digest] for digest in mine.made}, list(mine.used), layouts

    def ranked() -> list:
        if settings.highlight_ranking == "key-dates":
            return key_dates(story, settings.highlights, timeline.documents, timeline.topic_words)
        return highlights(story, settings.highlights, settings.highlight_ranking)

    big = len(timeline.events) > BESIDE_ABOVE_EVENTS
    with beside(exports_and_tags, big) as later, beside(ranked, big) as ranking:
        out = _render_pages(timeline, settings, marks, env, common, plan, pages, told_by, layout,
                            source_stems, origins)
        if settings.highlight_ranking == "key-dates":
            scored = ranking()
            key_events, day_counts = [e for _, e in scored], {e.id: score for score, e in scored}
        else:
            key_events, day_counts = ranking(), {}
        order = {e.id: i for i, e in enumerate(timeline.events)}
        # the home page tells a story: the key days in the calendar's order (the day each was
        # ranked for, which for an event told in conflict may not be its majority date)
        days = {event_id: score.day for event_id, score in day_counts.items()}
        key_dates_in_order = sorted(key_events, key=lambda e: (days.get(e.id, ""), order[e.id]))
        span = story_span(days.values() if days else [e.date for e in key_events], timeline.documents)
        facts = summary(timeline, span)
        for name, base in (("index.md", ""), ("_glance.md", f"{settings.output_dir}/")):
            out[name] = env.get_template("home.md.j2").render(
                **common, base=Markup(base), summary=facts,
                chart=Markup(month_chart(story, common["where"], base)),
                years=_year_links(plan, pages, base), latest=_latest(story, span[1] if span else None),
                highlights=key_dates_in_order, days=days)
        out["highlights.md"] = env.get_template("highlights.md.j2").render(
            **common, highlights=key_events, day_counts=day_counts, ranking=settings.highlight_ranking)
        exported, made, used, layouts = later()
        marks.adopt(made, used)
        marks.pages.update(layouts)
        whole = functools.cache(lambda: export.exports(timeline, runs))  # when a file was edited
        out.update({name: Assembled(text[0], text[1], whole, name) if isinstance(text, tuple) else text
                    for name, text in exported.items()})
    return out


def _assembled(timeline: Timeline, runs: list[tuple[Event, ...]], marks: Marks,
               origins: dict) -> tuple[dict[str, str | tuple], dict[str, str]]:
    """The exports ({name: text, or (identity, pieces) for Assembled}) and, for each, the digest
    of the exports' layout, stored in `marks`.

    A file's layout is where each run's fragment sits in it (by the digest of its fragment_key),
    with its head and tail: what names its bytes. When the last write left a file whose layout
    is known (Marks.written), the runs whose fragments it holds are byte ranges of it and only
    the others are made: at 10,000 seeds the exports are 57 MB, and making them whole ~2 CPU s
    (reading them back from the memo was ~1)."""
    titles, stamp = export._titles(timeline), export.calendar_stamp(timeline)
    keys = [marks.value_digest(export.fragment_key(run, titles, stamp, origins)) for run in runs]
    last = _layouts(marks)
    parts: list[list] = []  # per run, per export: its bytes, or where it is in the last file
    for run, key in zip(runs, keys):
        spans = [last[name][1].get(key) if name in last else None for name in export.NAMES]
        if all(spans):
            parts.append(spans)
        else:
            parts.append([text.encode("utf-8") for text in export.fragments(run, titles, stamp)])
    out: dict[str, str | tuple] = {}
    layouts: dict[str, dict] = {}
    for i, name in enumerate(export.NAMES):
        mine = [p[i] for p in parts]
        head, separator, tail = export.frame(name, timeline, any(_length(p) for p in mine))
        sep = separator.encode("utf-8")
        pieces: list = [head.encode("utf-8")]
        offset, placed, first = len(pieces[0]), [], True
        for key, part in zip(keys, mine):
            length = _length(part)
            if length and not first:
                offset += len(sep)
                last_piece = pieces[-1]
                if isinstance(part, tuple) and isinstance(last_piece, tuple) and \
                        last_piece[0] + last_piece[1] + len(sep) == part[0]:  # the old file runs on
                    pieces[-1] = (last_piece[0], last_piece[1] + len(sep) + length)
                    part = None
                else:
                    pieces.append(sep)
            first = first and not length
            placed.append([key, offset, length])
            if length and part is not None:
                pieces.append(part)
            offset += length
        pieces.append(tail.encode("utf-8"))
        layout = layouts[name] = {"head": head, "tail": tail, "parts": placed}
        known = last.get(name)
        if known is None or not any(isinstance(p, tuple) for p in pieces):
            out[name] = b"".join(pieces).decode("utf-8")
        elif layout == known[2]:  # the very file the last write left
            out[name] = (known[0], ((0, known[0][0]),))
        else:
            out[name] = (known[0], tuple(_coalesced(pieces)))
    text = json.dumps(layouts, ensure_ascii=False, separators=(",", ":"))
    digest = marks.digest(f"export-layout\0{text}")
    if digest not in marks.used:  # (the last layout was read: see _layouts)
        marks.used[digest] = text
        if marks._stored(digest) != text:
            marks.made.add(digest)
    return out, dict.fromkeys(export.NAMES, digest)


def _length(part) -> int:
    return part[1] if isinstance(part, tuple) else len(part)


def _coalesced(pieces: list):
    """Adjacent new bytes as one."""
    run: list[bytes] = []
    for piece in pieces:
        if isinstance(piece, bytes):
            run.append(piece)
            continue
        if run:
            yield b"".join(run)
            run = []
        yield piece
    if run:
        yield b"".join(run)


def _layouts(marks: Marks) -> dict[str, tuple[tuple, dict[str, tuple[int, int]], dict]]:
    """For each export the last write left with a known layout: the file's identity, where each
    fragment sits in it, and its layout (see _assembled); none whose layout is not as stored."""
    out, read = {}, {}
    for name in export.NAMES:
        last = marks.written.get(name)
        if not isinstance(last, list) or len(last) < 2 or not isinstance(last[0], str):
            continue
        if last[0] not in read:
            read[last[0]] = _stored_layouts(marks, last[0])
        layout = (read[last[0]] or {}).get(name)
        try:
            spans = {key: (offset, length) for key, offset, length in layout["parts"]}
        except (KeyError, TypeError, ValueError):
            continue
        if all(type(o) is int and type(n) is int and o >= 0 and n >= 0 for o, n in spans.values()):
            out[name] = (tuple(last[1:]), spans, layout)
    return out


def _stored_layouts(marks: Marks, digest: str) -> dict | None:
    stored = marks._stored(digest)
    if not isinstance(stored, str) or marks.digest(f"export-layout\0{stored}") != digest:
        return None
    try:
        layouts = json.loads(stored)
    except ValueError:
        return None
    marks.keep(digest)
    marks.used[digest] = stored
    return layouts if isinstance(layouts, dict) else None


# Above this many entries, the exports (timeline.json, events.ics, events.csv: 57 MB at 10,000
# seeds, ~0.2-0.4 CPU s assembled from the last files, ~2-3.5 made whole) and the tags page (~0.4) are made in
# one forked process and the key dates ranked in another (~0.9), while this one renders the other
# pages (~1.7): the rebuild's wall clock follows the two cores' work, not the sum of it.
BESIDE_ABOVE_EVENTS = 2000


def _render_pages(timeline, settings, marks, env, common, plan, pages, told_by, layout,
                  source_stems, origins) -> dict[str, str | Unchanged]:
    """The year pages and the pages of sources (render makes the others)."""
    documents, slugs, where = common["documents"], common["slugs"], common["where"]
    source_links, events_by_seed = common["source_links"], common["events_by_seed"]
    out: dict[str, str] = {}
    year_template = env.get_template("year.md.j2")
    builtin = _builtin_sources(env, ("year.md.j2", "_entry.md.j2"))
    grouped = {page.path: _by_month(page.entries) for page in plan}  # each page's months, once
    for page in plan:
        months = grouped[page.path]
        if page.part > 1:
            months = [(key, f"{heading} (continued)", group) for key, heading, group in months]
        values = dict(title=page.title, months=months,
                      years=_year_links(plan, pages, ""), year=page.year,
                      year_label=_page_title(page.year, None), month_links=_month_links(plan, page, grouped),
                      count=len(page.entries),
                      parts=[(p.part, p.path, p.path == page.path) for p in plan
                             if p.parts > 1 and (p.year, p.month) == (page.year, page.month)])

        def make(values=values):
            return year_template.render(**common, **values)

        if builtin is None:  # a site's own templates may read anything: render every time
            out[page.path] = make()
            continue
        # what the built-in year and entry templates read: the page's values and entries, and
        # the title, date and link of each source its entries cite (a year of 10,000 seeds is
        # 36 pages; one new seed changes a few)
        # (an event's seeds are its mentions' seeds)
        cited = sorted({m.seed for e in page.entries for m in e.mentions})
        sources_cited = [(seed, documents[seed].title, documents[seed].date, str(source_links[seed]))
                         for seed in cited]
        shown = _plain(dict(values, years=[(title, link) for title, link, _ in values["years"]],  # no counts
                            months=[(k, h, [e.id for e in group]) for k, h, group in values["months"]]))
        key = ("year", builtin, shown, [event_key(e, origins) for e in page.entries], sources_cited)
        out[page.path] = marks.reuse_value(key, make, page.path)
    ordered = sorted(documents.values(), key=lambda d: (d.date or "9999", d.seed))
    by_month: list[tuple[str, str, int]] = []  # the index lists months, not articles, then
    if layout == "article":
        for seed, document in documents.items():
            timexes = timeline.timexes.get(seed, ())
            out[f"sources/{slugs[seed]}.md"] = env.get_template("source.md.j2").render(
                **common, document=document, text=Markup(marks.mark(marked_text, document.text, timexes,
                                       marks.article_digest(marked_text, document, timexes))),
                timex_count=len(timexes), events=events_by_seed.get(seed, []),
                tags=_page_tags(events_by_seed.get(seed, [])))
    else:
        months: dict[str, list] = defaultdict(list)
        for document in sorted(documents.values(), key=lambda d: (d.date or "", d.seed)):
            months[source_stems[document.seed]].append(document)
        month_template = env.get_template("sources_month.md.j2")
        tag_names: dict[str, str] = {}
        # what a month page shows of an entry it lists, once per entry (most are listed under
        # several articles)
        listing: dict[int, tuple] = {}

        def listed(e: Event) -> tuple:
            shown = listing.get(id(e))
            if shown is None:
                shown = listing[id(e)] = (e.id, e.date, e.relation, e.headline, e.conflict,
                                          told_by[id(e)], str(where[e.id]))
            return shown

        builtin_month = _builtin_sources(env, ("sources_month.md.j2",))
        for month, group in months.items():
            mark = marked_text if len(group) <= FULL_TEXTS_PER_PAGE else marked_sentences
            values = dict(title=_source_page_title(month), whole=mark is marked_text,
                          tags=_page_tags([e for d in group for e in events_by_seed.get(d.seed, [])],
                                          tag_names))

            # each article's marked text by the digest of what it is made from
            digests = {document.seed: marks.article_digest(mark, document,
                                                           timeline.timexes.get(document.seed, ()))
                       for document in group}

            def make(values=values, group=group, mark=mark, digests=digests):
                articles = [(document, slugs[document.seed],
                             Markup(marks.mark(mark, document.text, timeline.timexes.get(document.seed, ()),
                                               digests[document.seed])),
                             len(timeline.timexes.get(document.seed, ())),
                             events_by_seed.get(document.seed, [])) for document in group]
                return month_template.render(**common, **values, articles=articles)

            if builtin_month is None:  # a site's own template may read anything
                out[f"sources/{month}.md"] = make()
                continue
            # what the built-in template reads of each article (its seed's identity and its
            # marked text's digest cover the document and timexes) and of the entries it lists:
            # one new seed changes one page,
            # and rendering all of them was a second at 10,000 seeds
            shown = [(marks.seed_identity(document), str(slugs[document.seed]), digests[document.seed],
                      list(map(listed, events_by_seed.get(document.seed, ())))) for document in group]
            key = ("sources-month", builtin_month, mark.__name__, values, shown)
            out[f"sources/{month}.md"] = marks.reuse_value(key, make, f"sources/{month}.md")
            # reused whole or not, the page's marked texts stay stored: the day it changes, one
            # new seed is one article to mark, not the page's hundred
            for digest in digests.values():
                marks.keep(digest)
        by_month = [(_source_page_title(month), Markup(f"{month}.md"), len(months[month]))
                    for month in sorted(months, key=lambda m: (m == "undated", m))]
    # with a page per month, a table of every article (10,000 rows) would change with each new
    # seed and cost MkDocs seconds to convert again; each month's page lists its articles
    out["sources/index.md"] = env.get_template("sources.md.j2").render(
        **common, ordered=[] if by_month else ordered, months=by_month,
        weekly=any(len(stem) == 10 for stem in source_stems.values()))
    return out


def _plain(value):
    """`value` with each str subclass (Markup) made a str, in lists, tuples and dicts: what
    value_digest can write."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (list, tuple)):
        return type(value)(map(_plain, value))
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _builtin_sources(env: jinja2.Environment, names: tuple[str, ...]) -> str | None:
    """The built-in templates' text when `names` all come from timeline itself, else None."""
    builtin = builtin_templates().resolve()
    texts = []
    for name in names:
        source, filename, _ = env.loader.get_source(env, name)
        if not filename or Path(filename).resolve().parent != builtin:
            return None
        texts.append(source)
    return "\0".join(texts)


SOURCE_LAYOUTS = ("article", "month", "auto")


def source_layout(setting: str, sources: int) -> str:
    """"article" (a page per source) or "month" (a page per publication month); "auto" picks
    month pages beyond AUTO_MONTH_PAGES_ABOVE sources, where page count starts to cost."""
    if setting not in SOURCE_LAYOUTS:
        raise ValueError(f"source_pages must be one of {', '.join(SOURCE_LAYOUTS)}, not {setting!r}")
    if setting == "auto":
        return "month" if sources > AUTO_MONTH_PAGES_ABOVE else "article"
    return setting


def source_month(document) -> str:
    """The month page a source sits on: its publication month, or "undated"."""
    date = document.date or ""
    return date[:7] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else "undated"


# a month with more sources than this gets a page per week of the month (days 1-7, 8-14, 15-21,
# 22 to the end): one new article changes a page of a quarter of the month, not the month (at
# 10,000 seeds the latest month held 577 articles, 2.8 MB that MkDocs converted and indexed for
# search again on every new seed). The days are fixed, so an article never moves between pages.
SOURCES_PER_MONTH_PAGE = 150
WEEK_STARTS = (1, 8, 15, 22)


def source_pages(documents) -> dict[str, str]:
    """seed -> the stem of the page of sources it sits on: its publication month ("2024-12"),
    "undated", or in a month of more than SOURCES_PER_MONTH_PAGE sources the week of the month
    it starts ("2024-12-22" for the 22nd to the 31st)."""
    documents = list(documents)
    counts = Counter(source_month(d) for d in documents)
    stems = {}
    for document in documents:
        month = source_month(document)
        if month == "undated" or counts[month] <= SOURCES_PER_MONTH_PAGE:
            stems[document.seed] = month
        else:
            day = int(document.date[8:10])
            stems[document.seed] = f"{month}-{max(d for d in WEEK_STARTS if d <= day):02d}"
    return stems


def _source_page_title(stem: str) -> str:
    if stem == "undated":
        return "Sources without a date"
    title = f"Sources, {_page_title(stem[:4], stem[:7])}"
    if len(stem) == 10:  # a week of the month
        first = int(stem[8:])
        last = first + 6 if first < WEEK_STARTS[-1] else _period_end(stem[:7]).day
        title += f", {first}–{last}"
    return title


def _latest(story: list[Event], until: str | None = None, size: int = 5) -> list[Event]:
    """The last `size` events that carry a date of their own and begin by `until` (the story's
    last day, when known), newest first: what happened last, not a plan or a contract "stretching
    to 2047" that an article mentions (Timeline17 Libya's home page listed that first)."""
    last = dt.date.fromisoformat(until) if until else None
    dated = [e for e in story if re.match(r"^\d{4}", e.date)
             and (last is None or (start := cal.parse_value(e.date)) is None or start <= last)]
    return dated[-size:][::-1]


@dataclass(frozen=True, slots=True)
class Page:
    """One timeline page: a year, or when a year is crowded one month of it (in parts when a
    month alone is crowded), so that no page holds more than MAX_ENTRIES_PER_PAGE entries."""

    year: str
    month: str | None
    part: int
    parts: int
    path: str
    entries: tuple[Event, ...]

    @property
    def title(self) -> str:
        title = (f"{self.year}, month not known" if self.month == self.year
                 else _page_title(self.year, self.month))
        return f"{title} (part {self.part} of {self.parts})" if self.parts > 1 else title


def plan_pages(pages: dict[str, list[Event]]) -> list[Page]:
    plan = []
    for year, entries in sorted(pages.items()):
        if len(entries) <= MAX_ENTRIES_PER_PAGE:
            plan.append(Page(year, None, 1, 1, Markup(f"{slugify(year, 'undated')}.md"), tuple(entries)))
            continue
        for key, _, month_entries in _by_month(entries):
            month = month_key(month_entries[0])
            chunks = [month_entries[i:i + MAX_ENTRIES_PER_PAGE]
                      for i in range(0, len(month_entries), MAX_ENTRIES_PER_PAGE)]
            stem = slugify(month if month != year else f"{year}-month-unknown", "undated")
            for n, chunk in enumerate(chunks, 1):
                plan.append(Page(year, month, n, len(chunks),
                                 # "_02" sorts after "2024-03.md" and before "2024-04.md"
                                 Markup(f"{stem}.md" if n == 1 else f"{stem}_{n:02d}.md"),
                                 tuple(chunk)))
    return plan


def _page_title(year: str, month: str | None) -> str:
    if month and re.fullmatch(r"\d{4}-\d{2}", month):
        return f"{MONTH_NAMES[int(month[5:]) - 1]} {month[:4]}"
    if month and month != year:
        return f"{year}, month not known"
    return "Undated" if year == "undated" else year


def _month_heading(key: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}", key):
        return f"{MONTH_NAMES[int(key[5:]) - 1]} {key[:4]}"
    if key == "undated":
        return "Placed only by their order"
    return f"{key}, month not known"


def _by_month(entries, continued: bool = False) -> list[tuple[str, str, list[Event]]]:
    """(anchor, heading, events) per month in calendar order; a year's events whose month is
    not known come last, under their own heading."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in entries:
        groups[month_key(event)].append(event)
    keys = sorted(groups, key=lambda k: (not _MONTH_KEY.fullmatch(k), k))
    return [(_month_anchor(k), _month_heading(k) + (" (continued)" if continued else ""), groups[k])
            for k in keys]


def _month_anchor(key: str) -> str:
    return key if re.fullmatch(r"\d{4}-\d{2}", key) else f"{slugify(key, 'undated')}-month-unknown"


def _year_links(plan: list[Page], pages, base: str) -> list[tuple[str, str, int]]:
    """(title, link, entries) per year, linking to the year's first page."""
    links, seen = [], set()
    for page in plan:
        if page.year not in seen:
            seen.add(page.year)
            links.append((_page_title(page.year, None), base + page.path, len(pages[page.year])))
    return links


def _month_links(plan: list[Page], current: Page,
                 grouped: dict[str, list] | None = None) -> list[tuple[str, str, int | None]]:
    """(label, link, entries) for the months of the current page's year, linking within the
    page or to the month's first page.

    A year split into month pages gets no counts (entries is None): every page of the year
    carries these links, so one new entry would change, and MkDocs convert again, all of them
    (at 10,000 seeds a year is 36 pages of 500 KB). `grouped` holds `_by_month` of each page
    by path, made once for all pages (every page of a year reads all of the year's)."""
    links: dict[str, list] = {}
    for page in plan:
        if page.year != current.year:
            continue
        months = grouped[page.path] if grouped is not None else _by_month(page.entries)
        for key, heading, events in months:
            if key not in links:
                label = heading.split(" ")[0][:3] if re.fullmatch(r"\d{4}-\d{2}", key) else "month not known"
                target = "" if page.path == current.path else page.path
                links[key] = [label, Markup(f"{target}#{key}"), 0]
            links[key][2] += len(events)
    if current.month is not None:
        return [(label, link, None) for label, link, _ in links.values()]
    return [tuple(link) for link in links.values()]


def _page_tags(events: list[Event], names: dict[str, str] | None = None) -> list[str]:
    """The 30 names the events tag most, sorted. `names` keeps each tag's name across calls
    (the pages of sources of 10,000 seeds split 100,000 tags)."""
    names = {} if names is None else names
    tags = Counter(chain.from_iterable(e.tags for e in events if not e.is_article))
    counts: Counter = Counter()  # names in the order their first tag came, as ties keep it
    for tag, n in tags.items():
        name = names.get(tag)
        if name is None:
            name = names[tag] = tag_parts(tag)[1]
        counts[name] += n
    return sorted(name for name, _ in counts.most_common(30))


def _tag_index(events) -> list[tuple[str, list[tuple[str, str, list[Event]]]]]:
    """[(kind title, [(tag, anchor, events)])], kinds in a fixed order, most told names first."""
    by_tag: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.is_article:
            continue
        for tag in dict.fromkeys(event.tags):
            by_tag[tag].append(event)
    kinds: dict[str, list] = defaultdict(list)
    for tag, tagged in sorted(by_tag.items(), key=lambda kv: (-len(kv[1]), tag_parts(kv[0])[1].lower())):
        kind = KIND_TITLES.get(tag_parts(tag)[0], tag_parts(tag)[0].title())
        kinds[kind].append((tag, tag_anchor(tag), tagged))
    order = ["People", "Places", "Groups", "Topics"]
    return sorted(kinds.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 9, kv[0]))


def iso_date(value: str) -> str:
    """A `datetime` attribute value for <time>, or "" when the value is not a calendar date."""
    return value if cal.granularity_of(value) else ""


DATE_SOURCES = {"frontmatter": "front matter", "dateline": "dateline", "title": "title",
                "filename": "file name", "html": "page metadata",
                "reference": "collection's reference date", "none": "nowhere"}


def date_source_words(name: str) -> str:
    return DATE_SOURCES.get(name, name)


def nowrap(value) -> Markup:
    """Text kept on one line (a date in a narrow table column)."""
    return Markup(str(literal(value)).replace(" ", "&nbsp;"))


def dates_told(event: Event) -> list[tuple[str, list[str]]]:
    """[(date as shown, [seeds that give it])], the most told date first: what a conflict is."""
    told: dict[str, list[str]] = defaultdict(list)
    for mention in event.mentions:
        seeds = told[mention.date]
        if mention.seed not in seeds:
            seeds.append(mention.seed)
    ranked = sorted(told.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [(display_date(value), seeds) for value, seeds in ranked]


def quoted(event: Event) -> list:
    """The mentions an entry quotes: different sentences, the first QUOTES_PER_ENTRY of them."""
    seen, shown = set(), []
    for mention in event.mentions:
        if mention.sentence not in seen and len(shown) < QUOTES_PER_ENTRY:
            seen.add(mention.sentence)
            shown.append(mention)
    return shown


def resolutions(event: Event) -> tuple[list[tuple], int]:
    """([(mention, how many more mentions resolved the date the same way)] for the first
    RESOLUTIONS_PER_ENTRY different ways (expression, value, reason, rule, anchor), and how
    many mentions were resolved in the ways left out)."""
    ways: dict[tuple, list] = {}
    left_out = 0
    for mention in event.mentions:
        key = (mention.expression, mention.date, mention.reason, mention.rule, mention.anchor)
        if key in ways:
            ways[key][1] += 1
        elif len(ways) < RESOLUTIONS_PER_ENTRY:
            ways[key] = [mention, 0]
        else:
            left_out += 1
    return [tuple(way) for way in ways.values()], left_out


def approximation(event: Event) -> str:
    """Why a date is shown as approximate, in words, for a tooltip."""
    granularity = cal.granularity_of(event.date)
    if event.relation != "on":
        return f"only known to be {event.relation} this date"
    if granularity == "month":
        return "the day is not known"
    if granularity == "year":
        return "the month is not known"
    return "a period, not a single day"


def summary(timeline: Timeline, span: tuple[str, str] | None = None) -> dict:
    """The home page's figures. Its range is the story's `span` (highlights.story_span: the days
    its articles were published and its key days) when known, with the entries' own first and
    last dates as `entries_from`/`entries_to` when they reach beyond it: a year named in passing
    ("Europeans arrived in 1510") is background, not where the story begins."""
    story = [e for e in timeline.events if not e.is_article]
    dated = sorted(((d, e) for e in story for d in [cal.parse_value(e.date)] if d),
                   key=lambda de: de[0])
    first = dated[0][1] if dated else None
    last = max(dated, key=lambda de: (_period_end(de[1].date), de[0]))[1] if dated else None
    facts = {"first": display_date(first.date) if first else None,
             "last": display_date(last.date) if last else None,
             "entries_from": None, "entries_to": None,
             "events": len(story), "sources": len(timeline.documents),
             "conflicts": sum(1 for e in story if e.conflict),
             "approximate": sum(1 for e in story if is_approximate(e))}
    if span is not None and dated:
        start, end = (dt.date.fromisoformat(day) for day in span)
        # background: an entry whose whole period lies outside the story's days ("1510"), not
        # one that merely holds them ("March 2024" around an article of 5 March)
        before = any(_period_end(e.date) < start for _, e in dated)
        after = any(d > end for d, _ in dated)
        facts.update(first=display_date(span[0]), last=display_date(span[1]),
                     entries_from=facts["first"] if before or after else None,
                     entries_to=facts["last"] if before or after else None)
    return facts


def _period_end(value: str) -> dt.date:
    start = cal.parse_value(value)
    granularity = cal.granularity_of(value)
    if granularity == "year":
        return dt.date(start.year, 12, 31)
    if granularity == "month":
        return (dt.date(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1))
    return start


GAP_MONTHS = 6  # a run of at least this many empty months is drawn as a short break


def month_chart(story: list[Event], where: dict[str, str], base: str) -> str:
    """An SVG bar chart of events per month, each bar a link to its month; no JavaScript.

    Long runs of empty months collapse into a marked break, so a story with one early
    backstory event and a busy recent year still shows readable bars.
    """
    keys = list(map(month_key, story))
    counts = Counter({key: n for key, n in Counter(keys).items() if _MONTH_KEY.fullmatch(key)})
    if not counts:
        return ""
    first_month = {}
    for event, key in zip(story, keys):
        if key not in first_month:
            first_month[key] = where[event.id].split("#")[0] + f"#{key}"
    slots: list[str | None] = []  # a month, or None for a break
    empty: list[str] = []
    for month in _month_range(min(counts), max(counts)):
        if counts.get(month):
            if len(empty) >= GAP_MONTHS:
                slots.append(None)
            else:
                slots.extend(empty)
            empty = []
            slots.append(month)
        else:
            empty.append(month)
    step, bar, height, top = 18, 14, 90, 14
    shown = max(len(slots), 8)  # a story of one or two months still gets a readable chart
    width = shown * step + 4
    peak = max(counts.values())
    first, last = min(counts), max(counts)
    # role="group", not "img": an image's children are hidden from screen readers, and the
    # bars are links a reader should be able to reach.
    parts = [f'<svg class="timeline-chart" role="group" aria-labelledby="timeline-chart-title" viewBox="0 0 {width} {height + top + 18}" '
             f'width="{width}" height="{height + top + 18}" xmlns="http://www.w3.org/2000/svg" '
             f'preserveAspectRatio="xMinYMin meet" style="--bars: {shown}">',
             f'<title id="timeline-chart-title">Events per month, {_month_heading(first)} to {_month_heading(last)}; '
             f"each bar links to its month</title>"]
    previous_year = None
    years: list[tuple[float, str]] = []
    for i, month in enumerate(slots):
        x = i * step + 2
        if month is None:
            parts.append(f'<text class="timeline-chart-gap" x="{x + bar / 2}" y="{top + height - 2}" '
                         f'text-anchor="middle" font-size="11">…</text>')
            continue
        count = counts.get(month, 0)
        h = round(height * count / peak) if count else 0
        label = f"{_month_heading(month)}: {count} event{'s' * (count != 1)}"
        if count:
            rect = (f'<rect x="{x}" y="{top + height - h}" width="{bar}" height="{h}">'
                    f"<title>{label}</title></rect>")
            number = (f'<text class="timeline-chart-count" x="{x + bar / 2}" y="{top + height - h - 3}" '
                      f'text-anchor="middle" font-size="9">{count}</text>')
            parts.append(f'<a href="{attribute(_html_link(base + first_month[month]))}" '
                         f'aria-label="{label}">{rect}{number}</a>')
        else:
            parts.append(f'<rect class="timeline-chart-empty" x="{x}" y="{top + height - 1}" '
                         f'width="{bar}" height="1"><title>{label}</title></rect>')
        if month[:4] != previous_year:
            years.append((x, month[:4]))
            previous_year = month[:4]
    kept: list[tuple[float, str]] = []
    for x, year in reversed(years):  # the later year wins when labels would overlap
        if not kept or kept[-1][0] - x >= 30:
            kept.append((x, year))
    parts.extend(f'<text class="timeline-chart-year" x="{x}" y="{top + height + 14}" '
                 f'font-size="10">{year}</text>' for x, year in reversed(kept))
    parts.append("</svg>")
    return "".join(parts)


def _html_link(markdown_link: str) -> str:
    """Links in raw HTML are not rewritten by MkDocs: point at the built page's folder URL."""
    path, _, anchor = markdown_link.partition("#")
    if path.endswith("index.md"):
        path = path[: -len("index.md")]
    elif path.endswith(".md"):
        path = path[:-3] + "/"
    return path + (f"#{anchor}" if anchor else "")


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:])
    months = []
    while f"{y:04d}-{m:02d}" <= last and len(months) < 1200:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def marked_text(text: str, timexes: tuple[Timex, ...], explain: bool = True) -> str:
    """Article text as HTML paragraphs, each temporal expression marked with its value.

    The value sits in a span inside the mark: CSS shows it as a tooltip on hover and on keyboard
    focus (the mark is focusable), screen readers read it inline, and without CSS it shows in
    brackets after the expression. With `explain` the tooltip also says why (reason and rule).
    """
    pieces, position = [], 0
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if timex.start < position or timex.end > len(text) or timex.end <= timex.start:
            continue
        pieces.append(str(literal_keep_lines(text[position:timex.start])))
        shown = _timex_display(timex)
        why = (timex.reason or (f"rule {timex.rule}" if timex.rule else "")) if explain else ""
        tip = (f'<span class="timex-value" role="tooltip"><span class="timex-bracket"> [</span>→ <strong>{literal(shown)}</strong>'
               f'{" (" + str(literal(timex.value)) + ")" if shown != timex.value else ""}'
               f'{"; " + str(literal(why)) if why else ""}'
               f'{"; rule " + str(literal(timex.rule)) if explain and timex.rule and timex.reason else ""}'
               f'<span class="timex-bracket">]</span></span>')
        pieces.append(f'<mark class="timex timex-{attribute(timex.type.lower())}" tabindex="0" '
                      f'data-value="{attribute(timex.value)}">{literal(timex.text)}{tip}</mark>')
        position = timex.end
    pieces.append(str(literal_keep_lines(text[position:])))
    paragraphs = [p.strip() for p in "".join(pieces).split("\n") if p.strip()]
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def marked_sentences(text: str, timexes: tuple[Timex, ...]) -> str:
    """Only the sentences that hold temporal expressions, marked as in `marked_text` with the
    values but not the reasons (the timeline entries explain those), one paragraph each: what a
    source is cited for, at a fraction of a whole article's size."""
    shown = []
    for sentence in sentences.split(text):
        inside = tuple(replace(t, start=t.start - sentence.start, end=t.end - sentence.start)
                       for t in timexes if sentence.start <= t.start and t.end <= sentence.end)
        if inside:
            shown.append(marked_text(sentence.text, inside, explain=False))
    return "\n".join(shown)


def _timex_display(timex: Timex) -> str:
    """A reader's form of a timex value: dates as on the timeline, other values as written."""
    if timex.type == "DATE" and re.match(r"^\d{3,4}", timex.value or ""):
        try:
            return display_date(timex.value)
        except (ValueError, IndexError):
            return timex.value
    units = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
             "DE": "decade", "CE": "century"}
    duration = re.fullmatch(r"P(T?)(\d+|X)(DE|CE|[YMWDHS])", timex.value or "")
    if timex.type == "DURATION" and duration:
        unit = "minute" if duration[1] and duration[3] == "M" else units[duration[3]]
        amount = "some" if duration[2] == "X" else duration[2]
        return f"a duration of {amount} {unit}{'s' * (amount != '1')}"
    if timex.type == "SET":
        return f"repeating ({timex.value})"
    return timex.value


def literal_keep_lines(text: str) -> Markup:
    """Like `literal`, but keeps line breaks and the spaces that join text to its marks."""
    return Markup("\n".join(str(_spaced_literal(line)) for line in text.split("\n")))


def _spaced_literal(text: str) -> Markup:
    """Like `literal` but keeps one leading/trailing space, which joins text and marks."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return Markup(lead + str(literal(text)) + trail) if text.strip() else Markup(" " if text else "")


# --- writing ----------------------------------------------------------------------------------

class UnsafeOutput(Exception):
    """The generated folder holds files timeline did not write: refuse to replace it."""


def write(pages: dict[str, str | Unchanged | Assembled], target: Path) -> bool:
    """Replace `target` with `pages` atomically; returns False when nothing changed.

    `target` must be empty, missing, or a folder timeline made (it holds the marker file).
    Pages are written to a sibling temporary folder, then swapped in with two renames; a page
    whose file already holds it is linked there, not written again, and an export Assembled
    from the file there is copied from it in ranges.
    """
    target = Path(target)
    for relative in pages:
        resolved = (target / relative).resolve()
        if not str(resolved).startswith(str(target.resolve()) + os.sep):
            raise UnsafeOutput(f"refusing to write {relative!r} outside {target}")
    if target.exists() and not (target / MARKER).exists() and any(target.iterdir()):
        raise UnsafeOutput(f"{target} holds files timeline did not write; choose another "
                           f"output_dir or move them")
    kept = {relative for relative, text in pages.items()
            if isinstance(text, Unchanged) and text.on_disk(target / relative)
            or isinstance(text, Assembled) and text.is_the_file() and text.on_disk(target / relative)}
    assembled = {relative for relative, text in pages.items() if relative not in kept
                 and isinstance(text, Assembled) and text.on_disk(target / relative)}
    # encoded one page at a time, here and again below: all of a first build's pages as bytes at
    # once beside their texts were 250 MB at 10,000 seeds, the largest this process ever held
    same = kept | (_unchanged_pages({relative: text for relative, text in pages.items()
                                     if relative not in kept and relative not in assembled}, target)
                   if target.exists() else set())
    if same == set(pages) and _written_files(target) == set(pages):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".timeline-", dir=target.parent))
    try:
        for relative in pages:
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if relative in same:
                try:  # the very file: no bytes to write, and its time stays its own
                    os.link(target / relative, path)
                    continue
                except OSError:
                    pass
            if relative in assembled:
                try:  # the unchanged runs copied from the last file, the new ones written
                    pages[relative].copy(target / relative, path)
                    continue
                except OSError:
                    pass
            path.write_bytes(_encoded(pages[relative]))
        (staging / MARKER).write_text("This folder is written by timeline; edits here are lost.\n",
                                      encoding="utf-8")
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return True


def _written_files(target: Path) -> set[str]:
    return {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()} - {MARKER}


def _encoded(page: str | Unchanged | Assembled) -> bytes:
    return (page.text() if isinstance(page, (Unchanged, Assembled)) else page).encode("utf-8")


def _unchanged_pages(pages: dict[str, str | Unchanged | Assembled], target: Path) -> set[str]:
    """The pages whose file in `target` already holds exactly their bytes."""
    same = set()
    for relative, page in pages.items():
        path = target / relative
        try:
            size = path.stat().st_size
            data = _encoded(page)
            if size == len(data) and path.read_bytes() == data:
                same.add(relative)
        except OSError:
            pass
    return same
