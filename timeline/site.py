"""Generate the site's Markdown from the seeds, and read the settings from mkdocs.yml.

Both entry points use this: `timeline build` (then runs the site engine) and the MkDocs plugin
(during `mkdocs build` / `mkdocs serve`). Generation never depends on the plugin, so the same
`docs/` builds with Zensical, which runs no MkDocs plugins.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import traceback
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from .cache import JsonStore, open_cache
from .model import Problem, Settings, Timeline

PLUGIN_NAME = "timeline"


class TemplateFailed(Exception):
    """A template (usually a user's override) could not be rendered; `problem` says where."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def template_problem(error: jinja2.TemplateError) -> Problem:
    """The template file and line a Jinja error points at, for a `path:line: error:` message."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return Problem(error.filename or error.name or "template", error.lineno,
                       f"template error: {error.message}")
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    where = frames[-1] if frames else None
    return Problem(where.filename if where else "template", where.lineno if where else None,
                   f"template error: {error}")


@dataclass(frozen=True, slots=True)
class Generated:
    timeline: Timeline
    changed: bool
    output: Path


def generate(settings: Settings, project_dir: Path, docs_dir: Path,
             progress: bool = False) -> Generated:
    """Seeds -> timeline -> pages in `docs_dir/settings.output_dir`, swapped in atomically.

    Seeds unchanged since the last run come from the cache; afterwards the cache forgets seeds
    that are gone, since this run saw the whole seeds folder.
    """
    with collector_paused():
        return _generate(settings, project_dir, docs_dir, progress)


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector off for a while. Generating a site builds millions of small
    objects (a timex, mention and event per sentence) that form no cycles and live to the end;
    each full pass of the collector walks them all and finds nothing: at 10,000 seeds that was
    1.5-2 s of an 11 s rebuild, with the same peak memory. Reference counting still frees
    everything that is dropped.

    The collector counts the objects made while it is off, and all of them are still in its
    youngest generation: on again, its first pass walked them all (0.2-0.5 s at 10,000 seeds,
    on the way to MkDocs). freeze() and unfreeze() move them to the oldest generation instead,
    unwalked, as they would end up anyway."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _generate(settings: Settings, project_dir: Path, docs_dir: Path, progress: bool) -> Generated:
    # the stages, imported here: `mkdocs build` run by `timeline build` only reads the settings
    # (importing the tagger's tables and the renderer cost it 0.3 s)
    from . import pipeline, render

    seeds = Path(settings.seeds_dir)
    seeds = seeds if seeds.is_absolute() else project_dir / seeds
    cache = open_cache(settings, project_dir)
    timeline = pipeline.run([seeds], settings, cache, progress)
    keys = timeline.seed_keys  # seed -> its cache key: what its document and timexes come from
    if cache is not None:
        cache.prune()
    # one memo per project and settings: two projects sharing a cache folder would otherwise
    # prune each other's entries
    memo = (JsonStore(cache.root, f"{MARKS}|{settings.cache_key()}|{project_dir.resolve()}")
            if cache is not None else None)
    output = docs_dir / settings.output_dir
    last_written = _last_written(memo, output)
    marks = render.Marks(memo, keys if memo is not None else None, last_written)
    try:
        pages = render.render(timeline, settings, project_dir, marks)
    except jinja2.TemplateError as error:
        raise TemplateFailed(template_problem(error)) from None
    if memo is not None:
        marks.store()
        memo.prune()  # texts this render did not need: articles and pages that changed or went
    if not output.resolve().is_relative_to(docs_dir.resolve()) or output.resolve() == docs_dir.resolve():
        raise render.UnsafeOutput(f"output_dir {settings.output_dir!r} is not a folder inside {docs_dir}")
    changed = render.write(pages, output)
    written = render.written_pages(output, marks.pages) if memo is not None else None
    if written is not None and written != last_written:
        memo.put(WRITTEN, {"target": str(output.resolve()), "pages": written})
    return Generated(timeline, changed, output)


MARKS = "render-marks"  # the JsonStore of render.Marks, beside the seed results
WRITTEN = "written-pages"  # in it: the pages the last write left (render.Marks.written)


def _last_written(memo: JsonStore | None, output: Path) -> dict | None:
    """render.Marks.written as the last build stored it for this output folder, if it did."""
    stored = memo.get(WRITTEN) if memo is not None else None
    if not isinstance(stored, dict) or stored.get("target") != str(output.resolve()):
        return None
    pages = stored.get("pages")
    return pages if isinstance(pages, dict) else None


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without importing anything its `!!python/name:` tags point at."""


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def read_config(path: Path) -> tuple[dict, list[Problem]]:
    """The plugin's settings block from mkdocs.yml ({} when absent), with the site's docs_dir
    added under the key "_docs_dir" and whether the plugin is listed at all under "_listed";
    and the problems reading the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except FileNotFoundError:
        return {}, []
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        return {}, [Problem(str(path), mark.line + 1 if mark else None, f"cannot read: {error}")]
    options: dict = {}
    listed = False
    for entry in data.get("plugins") or []:
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            options, listed = dict(entry[PLUGIN_NAME] or {}), True
        elif entry == PLUGIN_NAME:
            options, listed = {}, True
    options["_docs_dir"] = data.get("docs_dir", "docs")
    options["_listed"] = listed
    return options, []


CHOICES = {"highlight_ranking": ("key-dates", "sources"), "source_pages": ("auto", "article", "month")}


def settings_from(options: dict, reference_date: dt.date | None = None,
                  config: str = "mkdocs.yml") -> tuple[Settings, list[Problem]]:
    """Settings from the plugin options; a command-line reference date wins over the file's.

    A value that cannot be used is an error Problem (and its default is used), checked the same
    way the plugin's config schema checks it, so `timeline build` and `mkdocs build` agree.
    """
    problems: list[Problem] = []

    def error(key: str, message: str) -> None:
        problems.append(Problem(config, None, f"timeline setting {key}: {message}"))

    reference = reference_date or parse_reference(options.get("reference_date"))
    if reference is None and options.get("reference_date"):
        error("reference_date", f"{options['reference_date']!r} is not a date in the form YYYY-MM-DD")
    if reference is None:
        reference = dt.date.today()
        problems.append(Problem(config, None, "no usable reference_date; using today "
                                f"({reference.isoformat()}) for dates without a year", "warning"))
    output_dir = str(options.get("output_dir") or "timeline")
    if Path(output_dir).is_absolute() or ".." in Path(output_dir).parts or output_dir in (".", ""):
        error("output_dir", f"{output_dir!r} must be a folder name inside docs_dir")
        output_dir = "timeline"
    numbers = {}
    for key, default, least in (("highlights", 10, 1), ("jobs", 0, 0)):
        value = options.get(key)
        try:
            numbers[key] = default if value in (None, "") else int(value)
            if numbers[key] < least:
                raise ValueError
        except (TypeError, ValueError):
            error(key, f"{value!r} is not a whole number of at least {least}")
            numbers[key] = default
    chosen = {}
    for key, allowed in CHOICES.items():
        chosen[key] = str(options.get(key) or allowed[0])
        if chosen[key] not in allowed:
            error(key, f"{chosen[key]!r} is not one of {', '.join(allowed)}")
            chosen[key] = allowed[0]
    countries = options.get("countries") or ["US"]
    settings = Settings(
        reference_date=reference,
        countries=tuple(str(c).upper() for c in countries),
        seeds_dir=str(options.get("seeds") or "seeds"),
        output_dir=output_dir,
        templates_dir=options.get("templates_dir") or None,
        highlights=numbers["highlights"],
        highlight_ranking=chosen["highlight_ranking"],
        cache_dir=_cache_dir(options.get("cache_dir", ".timeline-cache")),
        jobs=numbers["jobs"],
        scheduler=str(options["scheduler"]) if options.get("scheduler") else None,
        source_pages=chosen["source_pages"],
    )
    return settings, problems


def _cache_dir(value) -> str | None:
    """`cache_dir: false` (or none, or empty) turns the cache off."""
    if value is True:
        return ".timeline-cache"
    if value is None or value is False or str(value).strip().lower() in ("", "false", "none", "off"):
        return None
    return str(value)


def parse_reference(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
