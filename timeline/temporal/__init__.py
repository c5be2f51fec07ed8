"""Find temporal expressions in English text and resolve each to a TIMEX3 value.

`tag(text, dct)` is the whole public surface: the rule tables (`rules_en`, `holidays_en`), the
engine that runs them (`engine`), the resolvers (`resolvers`) and the calendar facts (`calendar`)
sit behind it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Problem, Timex

if TYPE_CHECKING:
    from . import engine

# The engine, resolvers and tables (and the holidays package) are imported on first use: a
# rebuild whose seeds all come from the cache reads calendar facts from this package but tags
# nothing in its own process (0.3 s of every `timeline build` at start-up).


@lru_cache(maxsize=1)
def compiled_rules() -> engine.CompiledTable:
    """The English tables, compiled once per process into an immutable value."""
    from . import engine
    from .resolvers import RESOLVERS
    from .rules_en import (ENTRY_DAY_RULES, LIVE_ENTRY_OPENER, LIVE_ENTRY_REASON, LIVE_STAMP_REACH, LIVE_STAMPS,
                           RULES)

    live = engine.compile_live_pages(LIVE_STAMPS, LIVE_ENTRY_OPENER, LIVE_STAMP_REACH, LIVE_ENTRY_REASON)
    return engine.compile_table(RULES, RESOLVERS, live, ENTRY_DAY_RULES)


def tag(text: str, dct: dt.date, countries: tuple[str, ...] = ("US",)) -> tuple[Timex, ...]:
    """Temporal expressions in `text`, in order, resolved against the document creation time.

    Never raises on odd text: an expression whose date is impossible is left out (see
    `tag_with_problems` to hear about it).
    """
    if not text:
        return ()
    from . import engine

    return engine.find(text, compiled_rules(), dct, tuple(countries))


def tag_with_problems(text: str, dct: dt.date, countries: tuple[str, ...] = ("US",),
                      path: str = "<text>", line_of=None) -> tuple[tuple[Timex, ...], tuple[Problem, ...]]:
    """`tag`, plus a warning for each impossible date it left out ("31 February 2023").

    The timexes are exactly `tag`'s; a typo'd date in body text is not silently lost, it comes
    back as a `Problem` naming `path` and the line it is on, for the caller to report.
    `line_of(start, end)` gives the line of a span of `text` (default: its line in `text`), for
    a caller whose text was cut out of a file.
    """
    if not text:
        return (), ()
    from . import engine

    found: list[tuple[int, int, str]] = []
    timexes = engine.find(text, compiled_rules(), dct, tuple(countries), found)
    if line_of is None:
        def line_of(start: int, end: int) -> int:
            return text.count("\n", 0, start) + 1
    problems = tuple(Problem(path, line_of(start, end), f"{message} left untagged: no such day", "warning")
                     for start, end, message in found)
    return timexes, problems


__all__ = ["tag", "tag_with_problems", "compiled_rules"]
