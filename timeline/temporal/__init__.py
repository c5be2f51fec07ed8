"""Find temporal expressions in English text and resolve each to a TIMEX3 value.

`tag(text, dct)` is the whole public surface: the rule tables (`rules_en`, `holidays_en`), the
engine that runs them (`engine`), the resolvers (`resolvers`) and the calendar facts (`calendar`)
sit behind it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ..model import Timex
from . import engine
from .resolvers import RESOLVERS
from .rules_en import RULES


@lru_cache(maxsize=1)
def compiled_rules() -> engine.CompiledTable:
    """The English tables, compiled once per process into an immutable value."""
    return engine.compile_table(RULES, RESOLVERS)


def tag(text: str, dct: dt.date, countries: tuple[str, ...] = ("US",)) -> tuple[Timex, ...]:
    """Temporal expressions in `text`, in order, resolved against the document creation time.

    Never raises on odd text: an expression whose date is impossible is left out.
    """
    if not text:
        return ()
    return engine.find(text, compiled_rules(), dct, tuple(countries))


__all__ = ["tag", "compiled_rules"]
