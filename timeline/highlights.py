"""The story's key dates: events ranked by how many independent sources report them."""

from __future__ import annotations

from .model import Event


def highlights(story: list[Event], size: int) -> list[Event]:
    """Most independent sources first, then most sentences, then dated before placed, earliest."""
    ranked = sorted(story, key=lambda e: (-len(e.seeds), -len(e.mentions) - len(e.details),
                                          e.relation != "on", e.date, e.id))
    return ranked[:size]
