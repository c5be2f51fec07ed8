"""Read seeds: title, body text and publication date (with where it came from).

The only module that reads seed files, and it never writes them. Whatever a file holds (empty,
binary, another encoding, broken front matter, an impossible date), `read` returns what it could
make of it plus a list of `Problem`s naming the file and line; it does not raise.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from . import cleanup
from .model import Document, Problem, Settings
from .temporal import calendar as cal
from .temporal import tag

SEED_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html"}


# --- finding and decoding ---------------------------------------------------------------------

def discover(paths: list[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Seed files under `paths` as (path, seed name), sorted so every run sees the same order:
    by the parts of their paths inside each folder ("a/b.txt" before "a-b.txt"), compared as
    they are spelled ("B.txt" before "a.txt"), so Windows, where sorting Paths ignores case,
    gives the same order, and the same site, as Linux and macOS. Hidden files and folders (a name starting with ".") are skipped, and folders
    linked to are not entered."""
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for parts, is_file in sorted(_walk(str(path), (), problems)):
                child = path.joinpath(*parts)
                if not is_file:
                    continue
                if child.suffix.lower() in SEED_SUFFIXES:
                    found.append((child, _seed_name("/".join(parts), child, problems)))
                else:
                    problems.append(Problem(str(child), None, "not a seed (.txt, .md or .html); "
                                            "skipped", "warning"))
        elif path.is_file():
            found.append((path, _seed_name(path.name, path, problems)))
        else:
            problems.append(Problem(str(path), None, "no such file or folder"))
    return found, problems


def _walk(folder: str, parts: tuple[str, ...], problems: list[Problem]):
    """(path parts below the top folder, is a file) for everything under `folder` but hidden
    names; os.scandir reads a folder's entries with their types, where a Path per entry and a
    stat each cost a second at 10,000 seeds."""
    try:
        with os.scandir(folder) as entries:
            listed = [(entry.name, entry.path, _is_file(entry), _is_real_dir(entry)) for entry in entries]
    except OSError as error:
        problems.append(Problem(folder, None, f"cannot read folder: {error.strerror or error}; skipped",
                                "warning"))
        return
    for name, where, is_file, is_dir in listed:
        if name.startswith("."):
            continue
        yield parts + (name,), is_file
        if is_dir:
            yield from _walk(where, parts + (name,), problems)


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()  # follows a link, as Path.is_file does
    except OSError:
        return False


def _is_real_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _seed_name(name: str, path: Path, problems: list[Problem]) -> str:
    """The seed's name as pages and exports show it: valid Unicode even when the file system's
    name is not (bytes that are not UTF-8 come back from the OS as lone surrogates)."""
    clean = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if clean != name:
        problems.append(Problem(str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                                None, f"file name is not valid UTF-8; shown as {clean!r}", "warning"))
    return clean


# bytes that mark a file as binary: controls other than tab, newline, vertical tab, form feed
# and carriage return (counted with bytes.translate: a generator over each seed's first 4 KB was
# 4% of extraction's time)
CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))


def decode(data: bytes, name: str, truncated: bool = False) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252, as an error.

    Well-formed text in any of those (a BOM, CRLF line ends) reads silently. What had to be
    guessed or dropped (bytes that are not UTF-8, NUL and other control characters) is an
    error, since the site may then show something other than what the author wrote. With
    `truncated`, `data` is a prefix of the file: a character cut in two at its end is dropped.
    """
    if not data.strip():
        return None, [Problem(name, None, "file is empty; skipped")]
    problems: list[Problem] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = codecs.getincrementaldecoder(codec)().decode(data, final=not truncated)
            except UnicodeDecodeError as error:
                return None, [Problem(name, None, f"starts with a {codec.upper()} byte-order mark "
                                      f"but is not {codec.upper()} ({error.reason}); skipped")]
            return _clean(text, name, problems)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4096]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        try:
            text = codecs.getincrementaldecoder(utf16)().decode(data, final=not truncated)
        except UnicodeDecodeError:
            pass
        else:
            problems.append(Problem(name, None, f"UTF-16 without a byte-order mark; read as "
                                    f"{utf16.upper()} (save it as UTF-8)"))
            return _clean(text, name, problems)
    control = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if control > max(8, len(sample) // 20):
        return None, [Problem(name, None, "looks like a binary file, not text; skipped")]
    text, first_bad = _utf8_or_cp1252(data, truncated)
    if first_bad is not None:
        line = data[:first_bad].count(b"\n") + 1
        problems.append(Problem(name, line, "not valid UTF-8; the bytes that are not were read as "
                                "Windows-1252 (cp1252), check the text (save it as UTF-8)"))
    return _clean(text, name, problems)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# C0 and C1 control characters other than tab and line ends, and DEL: never prose.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte of `sample` is NUL, as in ASCII text
    saved as UTF-16 without a byte-order mark; None otherwise."""
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sample[0:pairs * 2:2].count(0)
    odd = sample[1:pairs * 2:2].count(0)
    if odd > 0.9 * pairs and even < 0.1 * pairs:
        return "utf-16-le"
    if even > 0.9 * pairs and odd < 0.1 * pairs:
        return "utf-16-be"
    return None


def _utf8_or_cp1252(data: bytes, truncated: bool) -> tuple[str, int | None]:
    """`data` as UTF-8, each byte run that is not UTF-8 read as cp1252; and where the first was.

    Run by run, so one stray byte in a UTF-8 file does not turn its other accents into
    mojibake. A memoryview keeps this linear in the size of the file, however many bad bytes.
    """
    view = memoryview(data)
    parts: list[str] = []
    position, first_bad = 0, None
    while position < len(data):
        try:
            text, used = codecs.utf_8_decode(view[position:], "strict", not truncated)
            parts.append(text)
            position += used
            break
        except UnicodeDecodeError as error:
            good, _ = codecs.utf_8_decode(view[position:position + error.start], "strict", True)
            parts.append(good)
            bad_start, bad_end = position + error.start, position + error.end
            if first_bad is None:
                first_bad = bad_start
            parts.append(data[bad_start:bad_end].decode("cp1252", errors="replace"))
            position = bad_end
    return "".join(parts), first_bad


# Runs of spaces, tabs and blank lines. Pages show a run as one space or one paragraph break
# anyway, and a long run makes regexes that start with \s+ rescan it from every position.
_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n]+(?=\n)")
_BLANK_RUN = re.compile(r"\n{3,}")
# Runs of punctuation and symbols ("?!?!...", "-----", "....."): dividers in prose, and patterns
# such as [.!?]+\s+ try every position of a long run to its end (8,000 "?!" took 6 s).
MAX_SYMBOL_RUN = 40
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))


def _squeeze(text: str) -> str:
    """`text` with each run of spaces and tabs as one space (none at a line end), at most one
    blank line in a row, and runs of punctuation cut to MAX_SYMBOL_RUN characters."""
    def one_space(run: re.Match) -> str:
        return "" if text.startswith("\n", run.end()) else " "

    text = _BLANK_RUN.sub("\n\n", _SPACE_RUN.sub(one_space, text))
    return _SYMBOL_RUN.sub(lambda run: run[0][:MAX_SYMBOL_RUN], text)


def _clean(text: str, name: str, problems: list[Problem]) -> tuple[str | None, list[Problem]]:
    """Plain newlines, no BOM, no control characters (each removal reported with its line)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    found = _CONTROL.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        what = "NUL bytes" if "\x00" in text else "control characters"
        cleaned = _CONTROL.sub("", text)
        count, text = len(text) - len(cleaned), cleaned
        problems.append(Problem(name, line, f"{what} in the text ({count} in all, the first on "
                                f"this line) were removed"))
    if not text.strip():
        problems.append(Problem(name, None, "file holds no text; skipped"))
        return None, problems
    return text, problems


# --- the three seed forms ---------------------------------------------------------------------

def _read_text(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return lines[first].strip(), "\n".join(lines[first + 1:]).strip("\n")


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: `date: 2023-02-31` stays text, so we can say which
    line holds an impossible date instead of failing on the whole block."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _read_markdown(text: str, name: str) -> tuple[dict, str, list[Problem]]:
    match = _FRONT.match(text)
    if not match:
        return {}, text, []
    try:
        metadata = yaml.load(match[1], Loader=_FrontMatterLoader)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError) as error:
        # RecursionError: [[[[... nested past the stack; ValueError: an int of 5000 digits
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        reason = getattr(error, "problem", None) or type(error).__name__
        salvaged = _salvage_front_matter(match[1])
        kept = (f"; read {' and '.join(sorted(salvaged))} from "
                f"{'its own line' if len(salvaged) == 1 else 'their own lines'}" if salvaged else "")
        return salvaged, text[match.end():], [Problem(name, line, f"front matter is not valid YAML "
                                                      f"({reason}){kept}")]
    if metadata is None:
        return {}, text[match.end():], []
    if not isinstance(metadata, dict):
        return {}, text[match.end():], [Problem(name, 2, "front matter is not a mapping of "
                                                "keys to values; ignored")]
    problems = []
    for key in ("title", "date", "source", "url"):
        if key in metadata and not isinstance(metadata[key], _SCALARS):
            # a list or mapping (perhaps of aliases, a "billion laughs") is never a title
            problems.append(Problem(name, _key_line(match[1], key), f"front matter {key} is "
                                    f"a {type(metadata[key]).__name__}, not text; ignored"))
            metadata = {k: v for k, v in metadata.items() if k != key}
    return metadata, text[match.end():], problems


_SCALARS = (str, int, float, bool, dt.date, type(None))


def _key_line(front: str, key: str) -> int:
    """The file line of `key:` in front matter (the opening --- is line 1)."""
    for number, line in enumerate(front.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 2


def _salvage_front_matter(front: str) -> dict:
    """title/date/source/url from their own `key: value` lines when the block as a whole is
    not YAML; a line that is not valid YAML by itself is left out."""
    found = {}
    for line in front.split("\n")[:200]:
        key = line.split(":", 1)[0]
        if key in ("title", "date", "source", "url") and key not in found and len(line) < 2000:
            try:
                value = yaml.load(line, Loader=_FrontMatterLoader)
            except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError):
                continue
            if isinstance(value, dict) and isinstance(value.get(key), (str, int, dt.date)):
                found[key] = value[key]
    return found


class _ArticleParser(HTMLParser):
    """Title, <time datetime> and paragraph text of a saved article page; boilerplate dropped."""

    SKIP = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg",
            "figure", "button"}
    BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1, self.times, self.meta_dates = "", "", [], []
        self.blocks: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._block: list[str] | None = None
        self._block_tag = ""
        self._in_article = 0
        self.article_blocks: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._in_article += 1
        elif tag == "time" and attributes.get("datetime"):
            self.times.append((attributes["datetime"], self.getpos()[0]))
        elif tag == "meta" and (attributes.get("property") or attributes.get("name") or "").lower() in (
                "article:published_time", "date", "pubdate", "og:published_time"):
            self.meta_dates.append((attributes.get("content") or "", self.getpos()[0]))
        elif tag in self.BLOCKS and not self._skip_depth:
            self._block, self._block_tag = [], tag

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "article" and self._in_article:
            self._in_article -= 1
        elif tag == self._block_tag and self._block is not None:
            text = " ".join("".join(self._block).split())
            if text:
                if self._block_tag == "h1" and not self.h1:
                    self.h1 = text
                else:
                    self.blocks.append(text)
                    if self._in_article:
                        self.article_blocks.append(text)
            self._block = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif self._block is not None and not self._skip_depth:
            self._block.append(data)


# A "<" whose next angle bracket is another "<" (or none) opens no tag that can close.
_UNCLOSABLE = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def _defuse(text: str) -> str:
    """`text` without comments and with unclosable "<" escaped, which html.parser needs.

    html.parser rescans to the end of the text for every tag that never closes, so
    `'<a ' * 20000` (60 KB) took 37 s and twice that four times as long (CPython
    gh-135462). An unclosed comment hides the rest of the page, as browsers do. Lines keep
    their numbers, so <time> lines stay right.
    """
    parts, position = [], 0
    while (start := text.find("<!--", position)) >= 0:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end + 3
        parts.append("\n" * text.count("\n", start, end))
        position = end
    parts.append(text[position:])
    return _UNCLOSABLE.sub("&lt;", "".join(parts))


def _read_html(text: str) -> tuple[str, str, list[tuple[str, int]]]:
    parser = _ArticleParser()
    try:
        parser.feed(_defuse(text))
        parser.close()
    except (AssertionError, ValueError):
        pass  # keep what was parsed before the markup broke
    title = " ".join((parser.h1 or parser.title).split())
    blocks = parser.article_blocks or parser.blocks
    return title, "\n\n".join(blocks), parser.times + parser.meta_dates


# --- publication date -------------------------------------------------------------------------

def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int)):
        return None
    match = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value)[:100])
    return cal.safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None


def _looks_like_a_date(value) -> bool:
    """YYYY-MM-DD in shape (a date that may not exist), not some other notation."""
    return bool(re.match(r"^\s*\d+-\d+-\d+(?:$|[T ])", str(value)[:100]))


def latest_on_or_before(month: int, day: int, reference: dt.date) -> dt.date | None:
    for year in range(reference.year, reference.year - 5, -1):
        candidate = cal.safe_date(year, month, day)
        if candidate and candidate <= reference:
            return candidate
    return None


def date_in(text: str, reference: dt.date, whole: bool = False) -> tuple[dt.date, str] | None:
    """The publication date an expression names; year-less, the latest on or before `reference`.

    With `whole`, the expression must be all of `text` (a dateline is a date, not a sentence).
    """
    for timex in tag(text, reference):
        if whole and timex.text != text.strip():
            continue
        if timex.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            continue
        day = _as_date(timex.value)  # None for year 0000: the tagger may pass it through
        if day is None:
            continue
        if timex.anchor is not None:  # the tagger picked a year; the collection's rule decides
            day = latest_on_or_before(day.month, day.day, reference)
        if day:
            return day, timex.text
    return None


_DATELINE = re.compile(
    r"^\s*(?P<lead>(?:Published|Posted|Updated|Dated?)\s*(?:on)?\s*:?\s*"
    r"|(?:[A-Z][A-Za-z.'’ -]{1,40},\s*){1,3}"
    r"|\(?[A-Z][A-Z .'-]{1,30}\)?\s*[-–—]+\s*)?"
    r"(?P<date>[^()\n]{4,40}?)\s*(?:\(|[-–—]|$|\n|\.)")
DATELINE_AFTER_WORDS = 12  # a line of more words is a standfirst or the story, not a byline
# the story has begun below a line opened by its agency ("TRIPOLI (Reuters) - Here is a
# timeline:"), however short; a label ("Published:") may still have its date below it
_STORY_OPENING = re.compile(r"\([A-Z][A-Za-z .&/-]{1,30}\)\s*[-–—]")
_TITLE_DATE = re.compile(r"[,–—|-]\s*(?P<date>[^,–—|]{3,30})\s*$")
_FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")


def publication_date(meta: dict, meta_line: int | None, title: str, body: str, filename: str,
                     settings: Settings, html_times: list[tuple[str, int]], name: str
                     ) -> tuple[str | None, str, str | None, list[Problem]]:
    """Front matter (or an HTML page's <time datetime>), then a dateline, then a trailing date in
    the title, then the file name."""
    problems: list[Problem] = []
    reference = settings.reference_date
    if "date" in meta:
        value = meta["date"]
        day = _as_date(value)
        if day is None and isinstance(value, str) and not _looks_like_a_date(value):
            found = date_in(value[:100], reference, whole=True)  # "March 14, 2021"
            day = found[0] if found else None
        if day:
            return day.isoformat(), "frontmatter", str(value), problems
        shown = repr(str(value)[:40]) if value is not None else "empty"
        problems.append(Problem(name, meta_line, f"front matter date {shown} is not a real "
                                f"date; ignored"))
    for value, line in html_times:
        day = _as_date(value)
        if day:
            return day.isoformat(), "html", value, problems
        if _looks_like_a_date(value):
            problems.append(Problem(name, line, f"<time datetime={value[:40]!r}> is not a real "
                                    f"date; ignored"))
    story_begun = False
    for line in [line for line in body.split("\n") if line.strip()][:3]:
        match = _DATELINE.match(line)
        # below a long line (a standfirst, or the story itself) only a whole dateline counts,
        # a place or a "Published" before the date: a bare "Feb 17 - Protesters ..." there is
        # an entry of a chronology
        if (match and (match["lead"] or not story_begun)
                and (found := date_in(match["date"], reference, whole=True))):
            return found[0].isoformat(), "dateline", match[0].strip().rstrip("(-–—. ").strip(), problems
        story_begun = (story_begun or len(line.split()) > DATELINE_AFTER_WORDS
                       or bool(_STORY_OPENING.search(line)))
    match = _TITLE_DATE.search(title)
    if match and (found := date_in(match["date"], reference)):
        return found[0].isoformat(), "title", found[1], problems
    match = _FILENAME_DATE.match(filename)
    if match:
        day = cal.safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            return day.isoformat(), "filename", match[0].rstrip("-"), problems
        problems.append(Problem(name, None, f"file name date {match[0].rstrip('-')} is not a real date"))
    return None, "none", None, problems


# --- one seed ---------------------------------------------------------------------------------

def read(path: str | Path, seed: str, settings: Settings) -> tuple[Document | None, list[Problem]]:
    """Read one seed file. Returns (None, problems) when nothing usable is in it.

    Never raises and never reads more than `settings.max_seed_bytes` (plus one byte, to know
    there is more): a 50 MB file costs what a 5 MB one does.
    """
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(settings.max_seed_bytes + 1)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        return None, [Problem(name, None, f"cannot read: {error.strerror or error}")]
    except ValueError as error:  # a path with a NUL in it
        return None, [Problem(name, None, f"cannot read: {error}")]
    return read_bytes(data, path, seed, settings, size)


def read_bytes(data: bytes, path: str | Path, seed: str, settings: Settings,
               size: int | None = None) -> tuple[Document | None, list[Problem]]:
    """`read` on bytes already in memory, as if they were the file at `path` (its name decides
    the format and may hold the date); the file itself is not opened. `size` is the whole
    file's size when known (the bytes may stop at the limit)."""
    path = Path(path)
    problems: list[Problem] = []
    truncated = len(data) > settings.max_seed_bytes
    if truncated:
        size = max(size or 0, len(data))
        data = data[:settings.max_seed_bytes]
        problems.append(Problem(str(path), None, f"file is {size / 1e6:.1f} MB, over the "
                                f"{settings.max_seed_bytes / 1e6:.1f} MB limit; only the text "
                                f"before the limit was read"))
    return _read_data(data, truncated, path, seed, settings, problems)


MAX_TITLE = 300  # characters; a scraped "title" can be a whole page run together


def _read_data(data: bytes, truncated: bool, path: Path, seed: str, settings: Settings,
               problems: list[Problem]) -> tuple[Document | None, list[Problem]]:
    name = str(path)
    if truncated and (cut := data.rfind(b"\n", max(0, len(data) - 65536))) > 0:
        data = data[:cut + 1]  # end on a whole line, not half a word
    text, decode_problems = decode(data, name, truncated)
    problems += decode_problems
    if text is None:
        return None, problems
    kind = SEED_SUFFIXES.get(path.suffix.lower(), "text")
    # squeezed first: cleanup's patterns, like many, rescan long runs of spaces
    front = _FRONT.match(text) if kind == "markdown" else None
    cut = front.end() if front else 0  # YAML's indentation is meaning, not layout
    text = cleanup.normalize(text[:cut] + _squeeze(text[cut:]))
    meta: dict = {}
    html_times: list[tuple[str, int]] = []
    if kind == "markdown":
        meta, body, meta_problems = _read_markdown(text, name)
        problems += meta_problems
        title = str(meta.get("title") or "").strip()
        if not title:
            title, body = _read_text(_strip_heading_marks(body))
        date_line = _key_line(text[:20000].partition("\n")[2], "date")
    elif kind == "html":
        title, body, html_times = _read_html(text)
        date_line = None
    else:
        title, body = _read_text(text)
        date_line = None
    if title and not body.strip() and kind != "html":
        title, body = "", title  # one line of text: it is the story, not just its title
    title = " ".join(title.split()) or " ".join(path.stem.split()) or path.name
    if len(title) > MAX_TITLE:
        problems.append(Problem(name, None, f"title is {len(title)} characters long; shortened "
                                f"to {MAX_TITLE}", "warning"))
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + " …"
    date, source, expression, date_problems = publication_date(
        meta, date_line, title, body, path.name, settings, html_times, name)
    problems += date_problems
    if source == "dateline" and expression:
        body = _without_dateline(body, expression)
    if date is None:
        problems.append(Problem(name, None, "no publication date found (front matter, dateline, "
                                "title or file name); only absolute dates are used", "warning"))
    if not body.strip():
        problems.append(Problem(name, None, "has a title but no text", "warning"))
    url = str(meta.get("source") or meta.get("url") or "").strip() or None
    return Document(seed, title, body, date, source, expression, url), problems


def _without_dateline(body: str, dateline: str) -> str:
    """The body without its dateline, so the publication date is not told as an event."""
    start = body.find(dateline)
    if start < 0:
        return body
    rest = body[start + len(dateline):]
    if rest.lstrip().startswith("(") and ")" in rest[:80]:
        rest = rest[rest.index(")") + 1:]
    rest = re.sub(r"^\s*[-–—]+\s*", "", rest)
    return (body[:start] + rest).lstrip()


def _strip_heading_marks(body: str) -> str:
    return re.sub(r"^\s*#+\s*", "", body.lstrip(), count=1)

