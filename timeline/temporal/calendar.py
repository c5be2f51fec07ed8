"""Calendar facts: TIMEX3 values for dates at a granularity, shifting, and holidays.

Holiday dates come from the `holidays` package (national calendars and its lunar/lunisolar
calendars) and Easter from dateutil; nothing here computes a calendar by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateutil.easter import easter
from dateutil import relativedelta as dateutil_weekdays  # MO, TU ... live here
from dateutil.relativedelta import relativedelta

GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
MIN_YEAR, MAX_YEAR = 1, 9999


def value_of(day: dt.date, granularity: str) -> str:
    """The TIMEX3 value naming the `granularity`-sized period that contains `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(granularity)


_DAYS_IN = {"day": 1, "week": 7}
_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """`day` moved by `amount` units (day, week, month, year, decade); None if off the calendar."""
    months = _MONTHS_IN.get(unit)
    try:
        if months is None:
            moved = day + dt.timedelta(days=amount * _DAYS_IN[unit])
        else:
            moved = day + relativedelta(months=amount * months)  # 31 Jan + 1 month = 29 Feb
    except (OverflowError, ValueError):
        return None
    return moved if MIN_YEAR <= moved.year <= MAX_YEAR else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for an impossible one (31 February, year 0 or 99999)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_value(value: str) -> dt.date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD value (None for other values)."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    return safe_date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


_PERIOD = re.compile(r"^(\d{4})-(?:W(\d\d)|Q([1-4])|H([12])|(SP|SU|FA|WI))$|^(\d{3})$")
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def period_start(value: str) -> dt.date | None:
    """The first day of any calendar TIMEX3 value: a day, month or year, and also a week (its
    Monday), a quarter, half or season (its first month) or a decade ("199": 1990)."""
    day = parse_value(value)
    m = None if day else _PERIOD.match(value or "")
    if not m:
        return day
    if m[6]:
        return safe_date(int(m[6]) * 10, 1, 1)
    year = int(m[1])
    if m[2]:
        try:
            return dt.date.fromisocalendar(year, int(m[2]), 1)
        except ValueError:
            return None
    first_month = (3 * int(m[3]) - 2 if m[3] else 6 * int(m[4]) - 5 if m[4]
                   else SEASON_FIRST_MONTH[m[5]])
    return safe_date(year, first_month, 1)


def granularity_of(value: str) -> str | None:
    m = _VALUE.match(value or "")
    if not m:
        return None
    return "day" if m[3] else "month" if m[2] else "year"


# --- holidays -------------------------------------------------------------------------------

@lru_cache(maxsize=512)
def _country(country: str, year: int) -> tuple[tuple[dt.date, str], ...]:
    import holidays  # here, not at the top: most users of this module never ask (0.1 s)

    try:
        code, _, subdivision = country.partition("-")  # "US-DC": a subdivision's own holidays too
        table = holidays.country_holidays(code, subdiv=subdivision or None, years=year)
    except (NotImplementedError, KeyError, AttributeError):
        return ()
    return tuple(sorted(table.items()))


def national_holiday(country: str, name_pattern: str, year: int) -> dt.date | None:
    """The date of the holiday of `country` whose name matches `name_pattern` in `year`."""
    wanted = re.compile(name_pattern, re.I)
    for day, name in _country(country, year):
        if wanted.search(name) and "observed" not in name.lower():
            return day
    return None


def _lunar(calendar_class: str, method: str, year: int) -> dt.date | None:
    from holidays import calendars

    calendar = getattr(calendars, calendar_class)()
    try:
        found = getattr(calendar, method)(year)
    except (KeyError, ValueError, AttributeError, TypeError):
        return None
    if isinstance(found, dt.date):
        return found
    if isinstance(found, tuple) and found and isinstance(found[0], dt.date):
        return found[0]
    dates = [d[0] if isinstance(d, tuple) else d for d in (found or ())]
    dates = [d for d in dates if isinstance(d, dt.date) and d.year == year]
    return min(dates) if dates else None


@lru_cache(maxsize=4096)
def holiday_date(source: str, year: int) -> dt.date | None:
    """Resolve a holiday source spec for one year.

    Specs: "country:US:Thanksgiving", "easter:0" (days from Easter Sunday), "fixed:12-25",
    "dates:2012-03-06,2016-03-01" (only in the years listed),
    "calendar:_IslamicLunar:eid_al_fitr_dates".
    """
    if not MIN_YEAR + 1 <= year <= 2200:
        return None
    kind, _, rest = source.partition(":")
    if kind == "country":
        country, _, pattern = rest.partition(":")
        day = national_holiday(country, pattern, year)
    elif kind == "easter":
        day = easter(year) + dt.timedelta(days=int(rest or 0))
    elif kind == "weekday":
        start, weekday_name, days = rest.split(":")
        month, _, d = start.partition("-")
        first = safe_date(year, int(month), int(d))
        weekday_ = getattr(dateutil_weekdays, weekday_name)
        day = first + relativedelta(weekday=weekday_(+1)) + dt.timedelta(days=int(days)) if first else None
    elif kind == "dates":
        day = next((d for d in map(dt.date.fromisoformat, rest.split(",")) if d.year == year), None)
    elif kind == "fixed":
        month, _, d = rest.partition("-")
        day = safe_date(year, int(month), int(d))
    elif kind == "calendar":
        calendar_class, _, method = rest.partition(":")
        day = _lunar(calendar_class, method, year)
    else:
        raise ValueError(f"unknown holiday source {source!r}")
    return day
