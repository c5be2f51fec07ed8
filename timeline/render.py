"""Render a Timeline to Markdown pages with Jinja2 templates, and write them safely.

Every value a template prints is escaped for Markdown *and* HTML unless it is `Markup` we built
ourselves, so text from seeds (`<script>`, `[link](x)`, `{{ x }}`, `*stars*`) shows literally.
Pages are written to a temporary folder and swapped in whole, so a failed build leaves the
previous pages intact, and nothing is written when the content did not change (so `mkdocs serve`
does not loop on its own output).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import export
from .highlights import highlights
from .model import Event, Settings, Timeline, Timex
from .temporal import calendar as cal

MARKER = ".timeline-generated"
MAX_ENTRIES_PER_PAGE = 300
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Characters that start Markdown, HTML, attr_list, emoji or Jinja syntax. Seed text never
# reaches the start of a line (it sits inside headings, list items, cells or HTML blocks), so
# line-start markers such as "-" or "1." need no escaping.
_MARKDOWN_SIGNIFICANT = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#!|~^=:<>&\"'"}


# --- escaping ---------------------------------------------------------------------------------

def literal(value) -> Markup:
    """Text that Markdown, HTML, Jinja and Material's extensions will all show as written."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())
    return Markup("".join(_MARKDOWN_SIGNIFICANT.get(c, c) for c in text))


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
        else:
            text = value
    return text if relation == "on" else f"{relation} {text}"


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
    return {seed: (slug if counts[slug] == 1 else
                   f"{slug}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:6]}")
            for seed, slug in base.items()}


def page_key(event: Event) -> str:
    """The page an event lives on: its year, or 'undated' when the value names no year."""
    start = cal.parse_value(event.date)
    if start:
        return f"{start.year:04d}"
    m = re.match(r"^(\d{4})|^(\d{3})$", event.date)
    if m and m[1]:
        return m[1]
    if m and m[2]:
        return f"{m[2]}0s"
    return "undated"


def month_key(event: Event) -> str:
    m = re.match(r"^(\d{4})-(\d{2})", event.date)
    if m:
        return f"{m[1]}-{m[2]}"
    return page_key(event)


# --- rendering --------------------------------------------------------------------------------

def environment(settings: Settings, project_dir: Path) -> jinja2.Environment:
    """Templates from the site's own override folder first, then the built-in ones."""
    search = []
    if settings.templates_dir:
        override = Path(settings.templates_dir)
        search.append(str(override if override.is_absolute() else project_dir / override))
    search.append(str(builtin_templates()))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(search), finalize=_finalize,
                             autoescape=False, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(literal=literal, attr=attribute, display_date=display_date,
                       approximate=is_approximate)
    return env


def builtin_templates() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("timeline's templates folder is missing from the installation")


def render(timeline: Timeline, settings: Settings, project_dir: Path = Path(".")) -> dict[str, str]:
    """{relative path inside the generated folder: text} for every page and export."""
    env = environment(settings, project_dir)
    documents = {d.seed: d for d in timeline.documents}
    slugs = {seed: Markup(slug) for seed, slug in source_slugs(sorted(documents)).items()}
    story = [e for e in timeline.events if not e.is_article]
    pages: dict[str, list[Event]] = defaultdict(list)
    for event in timeline.events:
        pages[page_key(event)].append(event)
    page_files = _page_files(pages)
    where = {e.id: Markup(f"{page_files[(page_key(e), month_key(e) if len(pages[page_key(e)]) > MAX_ENTRIES_PER_PAGE else None)]}#{e.id}")
             for e in timeline.events}
    events_by_seed: dict[str, list[Event]] = defaultdict(list)
    for event in timeline.events:
        for seed in event.seeds:
            events_by_seed[seed].append(event)

    common = dict(slugs=slugs, documents=documents, where=where, settings=settings,
                  story_count=len(story), source_count=len(documents))
    out: dict[str, str] = {}
    out["index.md"] = env.get_template("home.md.j2").render(
        **common, base=Markup(""), summary=summary(timeline), chart=Markup(month_chart(story, where, "")),
        years=_year_links(page_files, pages, ""), latest=story[-5:][::-1],
        highlights=highlights(story, settings.highlights))
    out["_glance.md"] = env.get_template("home.md.j2").render(
        **common, base=Markup(f"{settings.output_dir}/"), summary=summary(timeline),
        chart=Markup(month_chart(story, where, f"{settings.output_dir}/")),
        years=_year_links(page_files, pages, f"{settings.output_dir}/"), latest=story[-5:][::-1],
        highlights=highlights(story, settings.highlights))
    out["highlights.md"] = env.get_template("highlights.md.j2").render(
        **common, highlights=highlights(story, settings.highlights))
    for (year, month), path in page_files.items():
        entries = [e for e in pages[year] if month is None or month_key(e) == month]
        out[path] = env.get_template("year.md.j2").render(
            **common, title=_page_title(year, month), months=_by_month(entries),
            years=_year_links(page_files, pages, ""),
            tags=_page_tags(entries))
    out["sources/index.md"] = env.get_template("sources.md.j2").render(
        **common, ordered=sorted(documents.values(), key=lambda d: (d.date or "9999", d.seed)))
    for seed, document in documents.items():
        out[f"sources/{slugs[seed]}.md"] = env.get_template("source.md.j2").render(
            **common, document=document, text=Markup(marked_text(document.text,
                                                                 timeline.timexes.get(seed, ()))),
            events=events_by_seed.get(seed, []), tags=_page_tags(events_by_seed.get(seed, [])))
    out["tags.md"] = env.get_template("tags.md.j2").render(**common)
    out.update(export.exports(timeline, slugs))
    return out


def _page_files(pages: dict[str, list[Event]]) -> dict[tuple[str, str | None], str]:
    files = {}
    for year, entries in sorted(pages.items()):
        if len(entries) > MAX_ENTRIES_PER_PAGE:
            for month in sorted({month_key(e) for e in entries}):
                files[(year, month)] = f"{slugify(month, 'undated')}.md"
        else:
            files[(year, None)] = f"{slugify(year, 'undated')}.md"
    return files


def _page_title(year: str, month: str | None) -> str:
    if month and re.fullmatch(r"\d{4}-\d{2}", month):
        return f"{MONTH_NAMES[int(month[5:]) - 1]} {month[:4]}"
    return "Undated" if year == "undated" else year


def _by_month(entries: list[Event]) -> list[tuple[str, str, list[Event]]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in entries:
        groups[month_key(event)].append(event)
    result = []
    for key, events in groups.items():
        if re.fullmatch(r"\d{4}-\d{2}", key):
            heading = f"{MONTH_NAMES[int(key[5:]) - 1]} {key[:4]}"
        else:
            heading = f"{key} (month not known)"
        result.append((key, heading, events))
    return result


def _year_links(page_files, pages, base: str) -> list[tuple[str, str, int]]:
    links = []
    for (year, month), path in page_files.items():
        if month is None or month == min(m for (y, m) in page_files if y == year):
            links.append((_page_title(year, None), base + path, len(pages[year])))
    return links


def _page_tags(events: list[Event]) -> list[str]:
    counts = Counter(t.split(":", 1)[1] for e in events for t in e.tags)
    return sorted(name for name, _ in counts.most_common(30))


def summary(timeline: Timeline) -> dict:
    story = [e for e in timeline.events if not e.is_article]
    starts = sorted(d for d in (cal.parse_value(e.date) for e in story) if d)
    return {"first": display_date(starts[0].isoformat()) if starts else None,
            "last": display_date(starts[-1].isoformat()) if starts else None,
            "events": len(story), "sources": len(timeline.documents)}


def month_chart(story: list[Event], where: dict[str, str], base: str) -> str:
    """An SVG bar chart of events per month, each bar a link to its month; no JavaScript."""
    counts = Counter(month_key(e) for e in story if re.match(r"^\d{4}-\d{2}", e.date))
    if not counts:
        return ""
    first_month = {}
    for event in story:
        key = month_key(event)
        first_month.setdefault(key, where[event.id].split("#")[0] + f"#{key}")
    months = _month_range(min(counts), max(counts))
    width, height, bar = max(len(months) * 18, 120), 90, 14
    peak = max(counts.values())
    parts = [f'<svg class="timeline-chart" role="img" viewBox="0 0 {width} {height + 16}" '
             f'width="{width}" height="{height + 16}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>Events per month, {months[0]} to {months[-1]}</title>"]
    for i, month in enumerate(months):
        count = counts.get(month, 0)
        h = round(height * count / peak) if count else 0
        x = i * 18 + 2
        label = f"{MONTH_NAMES[int(month[5:]) - 1]} {month[:4]}: {count} event{'s' * (count != 1)}"
        rect = (f'<rect x="{x}" y="{height - h}" width="{bar}" height="{max(h, 1)}">'
                f"<title>{label}</title></rect>")
        if count:
            parts.append(f'<a href="{attribute(_html_link(base + first_month[month]))}" '
                         f'aria-label="{label}">{rect}</a>')
        else:
            parts.append(rect)
        if month.endswith("-01") or i == 0:
            parts.append(f'<text x="{x}" y="{height + 13}" font-size="9">{month[:4]}</text>')
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


def marked_text(text: str, timexes: tuple[Timex, ...]) -> str:
    """Article text as HTML paragraphs, each temporal expression marked with its value."""
    pieces, position = [], 0
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.start < position or timex.end > len(text):
            continue
        pieces.append(str(literal_keep_lines(text[position:timex.start])))
        tip = f"{timex.value} ({timex.type}) — {timex.reason or timex.rule} [rule {timex.rule}]"
        pieces.append(f'<mark class="timex" tabindex="0" data-value="{attribute(timex.value)}" '
                      f'title="{attribute(tip)}">{literal(timex.text)}'
                      f'<span class="timex-value"> [{attribute(timex.value)}]</span></mark>')
        position = timex.end
    pieces.append(str(literal_keep_lines(text[position:])))
    paragraphs = [p.strip() for p in "".join(pieces).split("\n") if p.strip()]
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


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


def write(pages: dict[str, str], target: Path) -> bool:
    """Replace `target` with `pages` atomically; returns False when nothing changed.

    `target` must be empty, missing, or a folder timeline made (it holds the marker file).
    Pages are written to a sibling temporary folder, then swapped in with two renames.
    """
    target = Path(target)
    for relative in pages:
        resolved = (target / relative).resolve()
        if not str(resolved).startswith(str(target.resolve()) + os.sep):
            raise UnsafeOutput(f"refusing to write {relative!r} outside {target}")
    if target.exists() and not (target / MARKER).exists() and any(target.iterdir()):
        raise UnsafeOutput(f"{target} holds files timeline did not write; choose another "
                           f"output_dir or move them")
    if target.exists() and _unchanged(pages, target):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".timeline-", dir=target.parent))
    try:
        for relative, text in pages.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
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


def _unchanged(pages: dict[str, str], target: Path) -> bool:
    existing = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    if existing - {MARKER} != set(pages):
        return False
    return all((target / relative).read_bytes() == text.encode("utf-8")
               for relative, text in pages.items())

