"""Wire the stages: seeds -> documents -> timexes -> events (per seed) -> merged timeline.

`process_seed` is a pure function of one seed file and the settings, so it can be cached and
mapped over processes or a cluster; `run` maps it over every seed and merges the results.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import events as events_stage
from . import merge as merge_stage
from . import sources, temporal
from .model import Problem, SeedResult, Settings, Timeline


def process_seed(path: str | Path, seed: str, settings: Settings) -> SeedResult:
    """Read, tag and extract one seed. Never raises: an unexpected failure becomes a Problem."""
    try:
        document, problems = sources.read(path, seed, settings)
        if document is None:
            return SeedResult(None, problems=tuple(problems))
        dct = dt.date.fromisoformat(document.date) if document.date else settings.reference_date
        timexes = temporal.tag(document.text, dct, settings.countries)
        found = events_stage.extract(document, timexes)
        return SeedResult(document, timexes, found, tuple(problems))
    except Exception as error:  # a bug must not stop the other seeds; report it with the file
        return SeedResult(None, problems=(Problem(str(path), None, f"internal error while reading "
                                                  f"this seed: {type(error).__name__}: {error}"),))


def run(paths: list[str | Path], settings: Settings) -> Timeline:
    """The whole per-seed pipeline over `paths` (files or folders), then merge."""
    found, problems = sources.discover(paths)
    results = [process_seed(path, seed, settings) for path, seed in found]
    return combine(results, problems)


def combine(results: list[SeedResult], problems: list[Problem] = ()) -> Timeline:
    documents = tuple(r.document for r in results if r.document is not None)
    all_problems = tuple(problems) + tuple(p for r in results for p in r.problems)
    events = merge_stage.merge([e for r in results for e in r.events])
    timexes = {r.document.seed: r.timexes for r in results if r.document is not None}
    return Timeline(documents, events, timexes, all_problems)
