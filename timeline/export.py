"""Exports beside the pages: TimelineJS JSON, an iCalendar file and a CSV of every event.

Each export escapes for its own reader: TimelineJS shows text as HTML, so text is HTML-escaped;
spreadsheets run cells that start with = + - @ as formulas, so those get a leading quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json

from .model import Event, Timeline
from .temporal import calendar as cal


def exports(timeline: Timeline, slugs: dict[str, str]) -> dict[str, str]:
    return {"timeline.json": timelinejs(timeline), "events.ics": icalendar_text(timeline),
            "events.csv": csv_text(timeline)}


def _date_parts(value: str) -> dict[str, str] | None:
    day = cal.parse_value(value)
    granularity = cal.granularity_of(value)
    if not day:
        return None
    parts = {"year": str(day.year)}
    if granularity in ("month", "day"):
        parts["month"] = str(day.month)
    if granularity == "day":
        parts["day"] = str(day.day)
    return parts


def timelinejs(timeline: Timeline) -> str:
    """TimelineJS3 JSON (start_date/text/unique_id per event); text fields hold escaped HTML."""
    items = []
    for event in timeline.events:
        parts = _date_parts(event.date)
        if parts is None:
            continue
        display = event.date if event.relation == "on" else f"{event.relation} {event.date}"
        sources = ", ".join(html.escape(seed) for seed in event.seeds)
        items.append({
            "unique_id": event.id,
            "start_date": {**parts, "display_date": display},
            "text": {"headline": html.escape(event.headline),
                     "text": f"<p>{html.escape(event.mentions[0].sentence)}</p>"
                             f"<p>Sources: {sources}</p>"},
            "group": "Articles" if event.is_article else "Events",
        })
    return json.dumps({"title": {"text": {"headline": "Timeline", "text": ""}}, "events": items},
                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def icalendar_text(timeline: Timeline) -> str:
    """RFC 5545 all-day events for every event dated to a day (before/after ones are left out)."""
    from icalendar import Calendar, Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//timeline//timeline//EN")
    calendar.add("version", "2.0")
    dates = [d.date for d in timeline.documents if d.date]
    stamp = dt.datetime.combine(dt.date.fromisoformat(max(dates)) if dates else dt.date(2000, 1, 1),
                                dt.time(0, 0), tzinfo=dt.timezone.utc)  # deterministic DTSTAMP
    for event in timeline.events:
        if event.relation != "on" or cal.granularity_of(event.date) != "day" or event.is_article:
            continue
        day = cal.parse_value(event.date)
        entry = CalendarEvent()
        entry.add("uid", f"{event.id}@timeline")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", day)
        entry.add("dtend", day + dt.timedelta(days=1))
        entry.add("summary", event.headline)
        entry.add("description", "\n\n".join(f"{m.sentence} ({m.seed})" for m in event.mentions))
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "date", "relation", "headline", "seed", "sentence", "expression", "rule",
                     "conflict"])
    for event in timeline.events:
        for mention in event.mentions:
            writer.writerow([_cell(x) for x in (event.id, event.date, event.relation, event.headline,
                             mention.seed, mention.sentence, mention.expression or "",
                             mention.rule or "", "yes" if event.conflict else "")])
    return out.getvalue()


def extract_json(timeline: Timeline) -> dict:
    """The `timeline extract --format json` contract (DESIGN.md), plus a few extra keys."""
    return {
        "documents": [{"seed": d.seed, "title": d.title, "date": d.date, "date_source": d.date_source}
                      for d in timeline.documents],
        "events": [_event_json(e) for e in timeline.events],
    }


def _event_json(event: Event) -> dict:
    return {
        "id": event.id, "date": event.date, "relation": event.relation, "headline": event.headline,
        "conflict": event.conflict, "tags": list(event.tags),
        "sources": [{"seed": m.seed, "sentence": m.sentence, "expression": m.expression,
                     "rule": m.rule, "date": m.date, "reason": m.reason, "details": list(m.details)}
                    for m in event.mentions],
    }
