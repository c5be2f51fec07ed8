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
import re
from collections.abc import Iterable, Mapping, Sequence
from json.encoder import encode_basestring

from .model import Event, Timeline, event_key
from .temporal import calendar as cal


NAMES = ("timeline.json", "events.ics", "events.csv")  # the order of a fragments() tuple


def exports(timeline: Timeline, runs: Iterable[Sequence[Event]] | None = None) -> dict[str, str]:
    """timeline.json, events.ics and events.csv, each made of one fragment per run of events.

    `runs` cuts `timeline.events` into consecutive runs (all of them in one run by default);
    each file is its frame's head, the runs' fragments and its tail (see frame): render
    assembles a rebuild's files from the fragments of the runs that changed and byte ranges
    of the files the last build wrote."""
    titles = _titles(timeline)
    stamp = calendar_stamp(timeline)
    runs = (timeline.events,) if runs is None else runs
    made = [fragments(run, titles, stamp) for run in runs]
    return {name: joined(frame(name, timeline, any(m[i] for m in made)), [m[i] for m in made])
            for i, name in enumerate(NAMES)}


def frame(name: str, timeline: Timeline, parts: bool = True) -> tuple[str, str, str]:
    """(head, separator, tail) of the export `name` (one of NAMES): the file is the head, its
    runs' non-empty fragments joined by the separator, then the tail (`joined`). `parts`: whether
    any fragment is non-empty (timeline.json writes an empty list otherwise)."""
    if name == "timeline.json":
        story = [e for e in timeline.events if not e.is_article]
        intro = (f"{len(story)} event{'s' * (len(story) != 1)} from {len(timeline.documents)} "
                 f"source{'s' * (len(timeline.documents) != 1)}")
        title = indented_json({"text": {"headline": "Timeline", "text": f"<p>{intro}</p>"}}, " ")
        tail = f'\n "title": {title}\n}}\n'
        if not parts:
            return '{\n "events": [],' + tail, ",\n" + SLIDES_INDENT, ""
        return '{\n "events": [\n' + SLIDES_INDENT, ",\n" + SLIDES_INDENT, "\n ]," + tail
    if name == "events.ics":
        head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN",
                "CALSCALE:GREGORIAN", "X-WR-CALNAME:Timeline"]
        return "".join(fold(line) + "\r\n" for line in head), "", "END:VCALENDAR\r\n"
    if name == "events.csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(CSV_COLUMNS)
        return out.getvalue(), "", ""
    raise ValueError(f"no export named {name!r}")


def joined(framed: tuple[str, str, str], parts: Iterable[str]) -> str:
    """The export from its frame and its runs' fragments."""
    head, separator, tail = framed
    return head + separator.join(p for p in parts if p) + tail


def fragments(events: Sequence[Event], titles: Mapping[str, str], stamp: str) -> tuple[str, str, str]:
    """What a run of events adds to timeline.json (its slides, joined as in the file), to
    events.ics (its VEVENT lines) and to events.csv (its rows). `titles` by seed (_titles),
    `stamp` the calendar's DTSTAMP line (calendar_stamp)."""
    return (_slides(events, titles), _vevents(events, titles, stamp), _csv_rows(events, titles))


def _start(value: str) -> tuple[dt.date, str] | None:
    """The first day of a TIMEX3 value and the finest calendar unit TimelineJS can show for it:
    a week counts from its Monday (shown as a day), a quarter, half or season from its first
    month; values without a year (PAST_REF, durations) have no place on a calendar."""
    day = cal.parse_value(value)
    if day:
        return day, cal.granularity_of(value)
    if re.fullmatch(r"\d{3}", value or ""):
        return None  # a decade: too coarse to place
    start = cal.period_start(value)
    return (start, "day" if "-W" in value else "month") if start else None


def _date_parts(value: str) -> dict[str, str] | None:
    start = _start(value)
    if start is None:
        return None
    day, granularity = start
    parts = {"year": str(day.year)}
    if granularity in ("month", "day"):
        parts["month"] = str(day.month)
    if granularity == "day":
        parts["day"] = str(day.day)
    return parts


def fragment_key(events: Sequence[Event], titles: Mapping[str, str], stamp: str,
                 origins: Mapping[str, tuple] | None = None) -> tuple:
    """Everything `fragments` reads, as plain values: a fragment made for an equal key is the
    same text (render keeps fragments by it). Kept here, beside what it must mirror. With
    `origins` (Timeline.origins) mentions are named by where they were read (model.event_key)."""
    cited = sorted({m.seed for e in events for m in e.mentions})
    origins = origins or {}
    return ("exports", [event_key(e, origins) for e in events],
            [(seed, titles.get(seed, seed)) for seed in cited], stamp)


def _titles(timeline: Timeline) -> dict[str, str]:
    return {d.seed: d.title or d.seed for d in timeline.documents}


def timelinejs(timeline: Timeline) -> str:
    """TimelineJS3 JSON: a title slide and one slide per event placed on the calendar.

    Format: https://timeline.knightlab.com/docs/json-format.html (start_date parts as strings,
    display_date for the reader, text.headline/text.text as HTML, unique_id, group). TimelineJS
    inserts text as HTML, so every value from a seed is HTML-escaped here.
    """
    titles = _titles(timeline)
    slides = _slides(timeline.events, titles)
    return joined(frame("timeline.json", timeline, bool(slides)), [slides])


SLIDES_INDENT = "  "  # a slide sits in the "events" list, in the top-level object


def _slides(events: Sequence[Event], titles: Mapping[str, str]) -> str:
    """The slides of the events placed on the calendar, as timeline.json holds them."""
    from .render import display_date

    items = []
    for event in events:
        parts = _date_parts(event.date)
        if parts is None:
            continue
        quotes = "".join(f"<p>“{html.escape(m.sentence)}”<br>— {html.escape(titles.get(m.seed, m.seed))}</p>"
                         for m in event.mentions)
        conflict = ("<p><strong>Sources disagree on the date.</strong></p>" if event.conflict else "")
        items.append({
            "unique_id": event.id,
            "start_date": {**parts, "display_date": display_date(event.date, event.relation)},
            "text": {"headline": html.escape(event.headline), "text": conflict + quotes},
            "group": "Articles" if event.is_article else "Events",
        })
    return (",\n" + SLIDES_INDENT).join(indented_json(item, SLIDES_INDENT) for item in items)


def indented_json(value, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)`, the same text, for
    dicts, lists and strings: with an indent the json module encodes in Python, a chunk at a
    time (half a second of every rebuild at 10,000 seeds); here each string goes to its C
    encoder and each container is one join."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        return ("{\n" + inner + (",\n" + inner).join(
            f"{encode_basestring(key)}: {indented_json(value[key], inner)}" for key in sorted(value))
                + "\n" + indent + "}")
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return "[\n" + inner + (",\n" + inner).join(indented_json(item, inner) for item in value) + "\n" + indent + "]"
    return json.dumps(value)


def icalendar_text(timeline: Timeline) -> str:
    """RFC 5545 all-day events (DTSTART;VALUE=DATE, DTEND the next day) for every event dated
    to a day; before/after and coarser ones have no day to put in a calendar and are left out.

    Written line by line as the icalendar package writes the same calendar (its property order:
    SUMMARY, DTSTART, DTEND, DTSTAMP, UID, then the rest by name; its TEXT escaping; tests
    compare the two): building a component per event was a second of every rebuild at 10,000
    seeds."""
    return joined(frame("events.ics", timeline), [_vevents(timeline.events, _titles(timeline), calendar_stamp(timeline))])


def calendar_stamp(timeline: Timeline) -> str:
    """The DTSTAMP line of every event: the latest publication date (deterministic)."""
    dates = [d.date for d in timeline.documents if d.date]
    stamp = dt.date.fromisoformat(max(dates)) if dates else dt.date(2000, 1, 1)
    return f"DTSTAMP:{stamp.year:04}{stamp.month:02}{stamp.day:02}T000000Z"


def _vevents(events: Sequence[Event], titles: Mapping[str, str], dtstamp: str) -> str:
    """The VEVENT lines of the events dated to a day, folded, each ending in CRLF."""
    lines = []
    for event in events:
        if event.relation != "on" or cal.granularity_of(event.date) != "day" or event.is_article:
            continue
        day = cal.parse_value(event.date)
        end = day + dt.timedelta(days=1)
        description = "\n\n".join(f"{m.sentence} ({titles.get(m.seed, m.seed)})"
                                     for m in event.mentions)
        lines += ["BEGIN:VEVENT",
                  f"SUMMARY:{ical_text(event.headline)}",
                  f"DTSTART;VALUE=DATE:{day.year:04}{day.month:02}{day.day:02}",
                  f"DTEND;VALUE=DATE:{end.year:04}{end.month:02}{end.day:02}",
                  dtstamp,
                  f"UID:{ical_text(f'{event.id}@timeline')}",
                  f"DESCRIPTION:{ical_text(description)}",
                  "TRANSP:TRANSPARENT",  # a news event does not make anyone busy
                  "END:VEVENT"]
    # icalendar's folder walks the text one character at a time; ours cuts slices
    return "".join(fold(line) + "\r\n" for line in lines)


def ical_text(text: str) -> str:
    """An RFC 5545 TEXT value (3.3.11) escaped exactly as icalendar escapes it: backslash,
    semicolon and comma get a backslash, every line ending becomes \\n (and "\\N" reads as
    a newline first, as icalendar reads it)."""
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
            .replace("\r", "\\n"))


FOLD_OCTETS = 74  # RFC 5545 3.1: lines SHOULD NOT exceed 75 octets; continuation lines add a space


def fold(line: str) -> str:
    """An RFC 5545 content line folded as icalendar folds it, a slice at a time: at most 74
    octets per piece, never inside a UTF-8 character, and never just after a backslash or caret
    (clients read "\\" + fold as a broken escape; icalendar issue #1501)."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line
    pieces, start = [], 0
    while len(data) - start > FOLD_OCTETS:
        end = start + FOLD_OCTETS
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            end -= 1
        if end - start > 1 and data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = ["id", "date", "relation", "headline", "seed", "sentence", "expression", "rule",
               "conflict", "display_date", "source_title", "tags"]


def csv_text(timeline: Timeline) -> str:
    """One row per source sentence; cells that a spreadsheet would run as formulas get a quote."""
    return joined(frame("events.csv", timeline), [_csv_rows(timeline.events, _titles(timeline))])


def _csv_rows(events: Sequence[Event], titles: Mapping[str, str]) -> str:
    from .render import display_date

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for event in events:
        first = [_cell(x) for x in (event.id, event.date, event.relation, event.headline)]
        later = [_cell(x) for x in ("yes" if event.conflict else "",
                                    display_date(event.date, event.relation))]
        tags = _cell("; ".join(event.tags))
        writer.writerows([*first, _cell(mention.seed), _cell(mention.sentence),
                          _cell(mention.expression or ""), _cell(mention.rule or ""), *later,
                          _cell(titles.get(mention.seed, mention.seed)), tags]
                         for mention in event.mentions)
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
