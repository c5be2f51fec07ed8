"""Built pages kept from one MkDocs build to the next, so a rebuild converts and renders only the
pages that changed (the plugin's caches; see plugin.py for when they are used).

MkDocs has no incremental build, and at 10,000 seeds converting the pages' Markdown and indexing
them for search is nearly all of its time. PageCache keeps, in the cache folder, each page's
converted HTML (with its table of contents, title and anchors) and its search entries, keyed by a
hash of the page's final Markdown (or HTML) and a fingerprint of everything else the conversion
reads: the MkDocs configuration, the Markdown extensions and their versions, the page's own
place in the site and every link target it looked up. A page whose key matches skips
conversion; the built site is byte-identical to a build without the cache. Rendering the theme's
template around each page (Material's navigation, header and table of contents) is the next
largest cost, so PageRenders keeps each built page, keyed by everything the template reads: a
page whose content and surroundings did not change is not rendered. CompiledTemplates keeps the
theme's compiled templates, each checked before use.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import functools
import hashlib
import json
import logging
import operator
import os
import re
import select
import shutil
import signal
import sys
import threading
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path, PurePath

import jinja2
import markupsafe
from mkdocs.exceptions import PluginError

from . import processes, site
from .cache import JsonStore

log = logging.getLogger("mkdocs.plugins.timeline")


# Raw HTML blocks that timeline's own templates write, whole, at the start of a line after a
# blank line: an article's marked text, its facts and entries, a tag's entries, an entry's sources. Markdown passes them through
# as they are, but md_in_html parses every tag on the way (a month's source page of 2.8 MB at
# 10,000 seeds took seconds); a placeholder costs it nothing.
RAW_BLOCK = re.compile(r'(?:\A|(?<=\n\n))<(div|ul|dl) class="timeline-(?:source-text|tag-entries|'
                       r'source-facts|source-entries|sources)">\n(.*?)\n</\1>(?=\n\n|\n?\Z)', re.S)
RAW_PLACEHOLDER = re.compile(r"<!-- timeline-raw ([0-9a-f]{32}) -->")


def hide_raw_blocks(markdown: str) -> tuple[str, dict[str, str]]:
    """`markdown` with each of timeline's raw HTML blocks replaced by a placeholder comment,
    and the blocks by placeholder key. A block holding another tag of its own name is left to
    Markdown (where it ends is Markdown's to say)."""
    blocks: dict[str, str] = {}

    def hide(match: re.Match) -> str:
        if f"<{match[1]}" in match[2]:
            return match[0]
        key = hashlib.sha256(match[0].encode("utf-8", "surrogatepass")).hexdigest()[:32]
        blocks[key] = match[0]
        return f"<!-- timeline-raw {key} -->"

    return RAW_BLOCK.sub(hide, markdown), blocks


def restore_raw_blocks(html: str, blocks: dict[str, str]) -> str:
    """The converted page with each placeholder replaced by its block, as Markdown would have
    passed it through; PluginError if one went missing (the page would lose text)."""
    found = set()

    def restore(match: re.Match) -> str:
        found.add(match[1])
        return blocks.get(match[1], match[0])

    html = RAW_PLACEHOLDER.sub(restore, html)
    if found != set(blocks):
        raise PluginError("timeline: a generated page lost a block of raw HTML in conversion")
    return html


def _stable(value):
    """A JSON-able, run-independent picture of a configuration value (functions and other
    objects by their qualified names, never by their addresses)."""
    if isinstance(value, Mapping):
        return {str(k): _stable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_stable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (dt.date, dt.time)):  # YAML reads "updated: 2024-01-01" as a date
        return {type(value).__name__: value.isoformat()}
    if isinstance(value, PurePath):
        return {"path": str(value)}
    if isinstance(value, functools.partial):  # its repr holds the function's address
        return {"partial": [_stable(value.func), _stable(value.args), _stable(value.keywords)]}
    kind = value if isinstance(value, type) or callable(value) else type(value)
    if not hasattr(kind, "__qualname__"):
        kind = type(value)
    name = f"<{getattr(kind, '__module__', '')}.{getattr(kind, '__qualname__', repr(kind))}>"
    if kind is type(value):  # a value, not code: what it holds, where its repr tells it
        shown = repr(value)
        if " at 0x" not in shown and " object at " not in shown:
            return [name, shown]
    return name


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def _plugin_versions(config) -> list:
    """The installed version of the package each plugin comes from: a new version may write
    its part of a page (a filter, a template variable) differently.

    A plugin MkDocs loaded by its name comes from the package whose `mkdocs.plugins` entry point
    names its class's module (reading the entry points takes 10 ms); any other (a hook, a plugin
    another one made) from every package holding its top-level module, which takes reading
    every installed package's file list (0.4 s of every build at 70 packages)."""
    points = {point.name: point for point in metadata.entry_points(group="mkdocs.plugins")}
    owners = None
    out = []
    for name, plugin in config.plugins.items():
        module = type(plugin).__module__
        point = points.get(name)
        dist = getattr(point, "dist", None)
        if dist is not None and point.module == module:
            out.append([name, [f"{dist.name}=={dist.version}"]])
            continue
        if owners is None:
            owners = metadata.packages_distributions()
        out.append([name, sorted(f"{d}=={_version(d)}" for d in owners.get(module.split(".")[0], ()))])
    return out


def _config_files_digest(config) -> str:
    """SHA-256 of mkdocs.yml's text and of the file it INHERITs from, if any: whatever they say,
    a page built from another configuration is built again."""
    digest = hashlib.sha256()
    path = Path(config.config_file_path) if config.config_file_path else None
    seen = set()
    while path is not None and path not in seen and path.is_file():
        seen.add(path)
        text = path.read_bytes()
        digest.update(text + b"\0")
        parent = re.search(rb"^INHERIT:\s*['\"]?([^'\"\n#]+?)['\"]?\s*(?:#.*)?$", text, re.M)
        path = (path.parent / parent[1].decode("utf-8", "replace")).resolve() if parent else None
    return digest.hexdigest()


def conversion_fingerprint(config) -> str | None:
    """What a page's conversion reads besides its Markdown and the files it links to; None
    when it reads files we cannot see (snippets appended to every page)."""
    snippets = config.mdx_configs.get("pymdownx.snippets") or {}
    if snippets.get("auto_append"):
        return None
    picture = {
        "versions": [_version(d) for d in ("mkdocs", "markdown", "pymdown-extensions",
                                           "mkdocs-material", "pygments")],
        "python": sys.version_info[:2],
        "extensions": _stable(config.markdown_extensions),
        "extension_configs": _stable(config.mdx_configs),
        "use_directory_urls": config.use_directory_urls,
        "validation": _stable(config.validation),
        "docs_dir": str(Path(config.docs_dir).resolve()),
        # what is logged decides what is stored (and whether anchor links are collected)
        "log_level": logging.getLogger("mkdocs").getEffectiveLevel(),
    }
    return json.dumps(picture, sort_keys=True, default=repr)


def _renders_as_mkdocs(page) -> bool:
    """True when the page converts its Markdown with MkDocs' own Page.render (no plugin or
    subclass replaced it)."""
    render = getattr(type(page), "render", None)
    return (getattr(render, "__module__", None) == "mkdocs.structure.pages"
            and getattr(render, "__qualname__", None) == "Page.render" and "render" not in vars(page))


def _render_nothing(page, config, files) -> None:
    """What MkDocs' Page.render leaves for an empty body, without making a Markdown instance:
    no content, no table of contents, title or anchors (the page cache puts the stored ones
    in their place right after). Runs once, in place of that page's render."""
    from mkdocs.structure import pages
    from mkdocs.structure.toc import get_toc

    del page.render
    page.content = ""
    page.toc = get_toc([])
    page._title_from_render = None
    page.present_anchor_ids = set()
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = {}


def _plain_lookup(files) -> bool:
    """True when `files` looks a path up as MkDocs' Files does: its src_uris by the path's
    PurePath form."""
    from mkdocs.structure.files import Files

    return (getattr(type(files), "get_file_from_path", None) is Files.get_file_from_path
            and "get_file_from_path" not in vars(files)
            and isinstance(getattr(files, "src_uris", None), Mapping))


def _file_picture(file):
    """What a link to `file` turns into: its place, its URL and whether it is built."""
    return None if file is None else [file.src_uri, file.url, file.inclusion.name]


def _toc_tokens(items) -> list:
    return [{"level": i.level, "id": i.id, "name": i.title, "children": _toc_tokens(i.children)}
            for i in items]


def open_store(config, cache_dir) -> JsonStore | None:
    """The page cache's store for this configuration; None when the cache is off or a page's
    conversion reads what it cannot see."""
    folder = site._cache_dir(cache_dir)
    fingerprint = conversion_fingerprint(config)
    if folder is None or fingerprint is None:
        return None
    folder = Path(folder)
    if not folder.is_absolute():
        folder = Path(config.config_file_path or ".").parent / folder
    return JsonStore(folder, fingerprint)


class _Counter(logging.Handler):
    """Counts records: a page whose conversion said anything is not cached, so its warnings
    come again on the next build (and --strict still fails)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record):
        self.count += 1


class PageCache:
    """Converted pages and their search entries from earlier builds, for one build.

    A page hit: on_page_markdown hands MkDocs an empty body (nothing to convert) and
    on_page_content puts back the stored HTML, table of contents, title, anchors and anchor
    links. A page is stored only when its conversion logged nothing, and used only when every
    link target it looked up still resolves to the same file and URL. An entry is checked
    whole before MkDocs is told to skip the page, so a bad one is converted afresh instead.
    """

    LOGGERS = ("", "mkdocs", "MARKDOWN")

    def __init__(self, store: JsonStore, files):
        self.store = store
        self.files = files
        self.pending: dict[int, tuple[str, tuple | None]] = {}  # id(page) -> (key, restorable)
        self.lookups: dict[str, list | None] | None = None  # recorded during one conversion
        self.counter = _Counter()
        for name in self.LOGGERS:
            logging.getLogger(name).addHandler(self.counter)
        self.said = 0
        self.digests: dict[int, tuple[str, str]] = {}  # id(page) -> (its HTML, that HTML's digest)
        lookup = files.get_file_from_path

        def recording_lookup(path):
            found = lookup(path)
            if self.lookups is not None:
                self.lookups[path] = _file_picture(found)
            return found

        # a path's normal form (MkDocs' lookup makes a PurePath each time: 20 us, 14,000 times
        # when the pages' stored link targets are checked at 10,000 seeds), when the lookup is
        # MkDocs' own
        self.normal: dict[str, str] | None = {} if _plain_lookup(files) else None
        files.get_file_from_path = recording_lookup  # this Files object only, for this build
        self._unwatch = [lambda: files.__dict__.pop("get_file_from_path", None)]
        self.ahead: AheadConversions | None = None  # changed pages converted in another process

    @classmethod
    def open(cls, config, cache_dir, files) -> PageCache | None:
        store = open_store(config, cache_dir)
        if store is None:
            return None
        pages = cls(store, files)
        pages._watch_search(config)
        return pages

    @staticmethod
    def _key(kind: str, *parts: str) -> str:
        digest = hashlib.sha256(kind.encode())
        for part in parts:
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def digest(self, page) -> str:
        """SHA-256 of the page's converted HTML, taken once per page and HTML: the search
        entries' key and the built page's key both hold it (100 MB at 10,000 seeds)."""
        content = page.content
        known = self.digests.get(id(page))
        if known is not None and known[0] is content:
            return known[1]
        if not isinstance(content, str):
            raise TypeError("a page without converted HTML")
        digest = self._digest_of(content)
        self.digests[id(page)] = (content, digest)
        return digest

    @staticmethod
    def _digest_of(html: str) -> str:
        return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()

    def before_conversion(self, markdown: str, page) -> str:
        self.lookups = None
        if "--8<--" in markdown:  # a snippet: the text converted is not all in the page
            return markdown
        file = page.file
        key = self._key("page", file.src_uri, file.url, file.inclusion.name, markdown)
        stored = self.store.get_text(key)
        if stored is None and self.ahead is not None and self.ahead.converted(page, key):
            stored = self.store.get_text(key)
        restorable = self._restorable(dict(stored[0], content=stored[1]) if stored else None)
        self.pending[id(page)] = (key, restorable)
        if restorable is not None:
            if _renders_as_mkdocs(page):  # no Markdown instance for an empty body (its
                page.render = functools.partial(_render_nothing, page)  # extensions: 1 ms a page)
            return ""  # nothing left for Markdown to do; on_page_content puts the page back
        self.lookups = {}
        self.said = self.counter.count
        return markdown

    def _restorable(self, stored) -> tuple | None:
        """(content, toc, title, anchors, links, digest) from a stored entry, or None unless
        every part has the right shape and every link target still resolves as it did. The
        digest of the content was taken when it was stored (the store checks the entry whole,
        so it still holds); None from an entry without one."""
        from mkdocs.structure.toc import get_toc

        try:
            lookups = stored["lookups"]
            if not all(_file_picture(self._target(path)) == picture
                       for path, picture in lookups.items()):
                return None
            content, title = stored["content"], stored["title"]
            anchors = set(stored["anchors"])
            if not isinstance(content, str) or not (title is None or isinstance(title, str)) \
                    or not all(isinstance(a, str) for a in anchors):
                return None
            toc = get_toc(stored["toc"])
            links = stored["links"]
            if links is not None:
                targets = {}
                for src_uri, by_anchor in links.items():
                    target = self._target(src_uri)
                    if target is None or not all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in by_anchor.items()):
                        return None
                    targets[target] = dict(by_anchor)
                links = targets
            digest = stored.get("digest")
            if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
                digest = None
        except (KeyError, TypeError, AttributeError, ValueError):
            return None
        return content, toc, title, anchors, links, digest

    def _target(self, path: str):
        """self.files.get_file_from_path(path), the path's normal form worked out once a build."""
        if self.normal is None or type(path) is not str:
            return self.files.get_file_from_path(path)
        normal = self.normal.get(path)
        if normal is None:
            normal = self.normal[path] = PurePath(path).as_posix()
        return self.files.src_uris.get(normal)

    def after_conversion(self, html: str, page):
        key, restorable = self.pending.pop(id(page), (None, None))
        if key is None:
            return html
        if restorable is not None:
            content, page.toc, page._title_from_render, page.present_anchor_ids, links, digest = \
                restorable
            if links is not None:
                page.links_to_anchors = links
            if digest is not None:  # the very string returned: a plugin that changes it, changes it
                self.digests[id(page)] = (content, digest)
            return content
        lookups, self.lookups = self.lookups, None
        if self.counter.count == self.said and lookups is not None:
            links = page.links_to_anchors
            digest = self._digest_of(html)
            self.digests[id(page)] = (html, digest)
            self.store.put_text(key, {
                "toc": _toc_tokens(page.toc), "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()),
                "links": None if links is None else
                {target.src_uri: dict(anchors) for target, anchors in links.items()},
                "lookups": lookups, "digest": digest}, html)
        return html

    def _watch_search(self, config) -> None:
        """Serve the search plugin's entries for a page whose HTML, TOC, URL, title and metadata
        are unchanged (its HTML parser is a quarter of a large build), and write its index from
        each page's entries as JSON text kept beside them. Only when the plugin looks as
        expected (Material's search index); otherwise it runs as it is."""
        plugin = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(plugin, "search_index", None)
        add = getattr(index, "add_entry_from_context", None)
        generate = getattr(index, "generate_search_index", None)
        if add is None or generate is None or not isinstance(getattr(index, "entries", None), list):
            return
        module = sys.modules.get(type(index).__module__)
        setup = json.dumps([_stable(dict(plugin.config)), getattr(module, "jieba", None) is None],
                           default=repr)
        sections = SectionIndex.over(index, self.store, setup)
        texts: list[str] = []  # each page's entries as the index writes them, in order
        covered: list = []  # what the index holds for those texts (entries, StoredEntries), in order

        def add_entry_from_context(page):
            try:
                key = self._key("search", setup, self.digest(page), page.url, str(page.title),
                                json.dumps([_toc_tokens(page.toc), page.meta], sort_keys=True,
                                           default=str))
            except (TypeError, ValueError):
                return add(page)
            before = len(index.entries)
            stored = self.store.get_text(key)
            if stored is not None and StoredEntries.plausible(stored[1]):
                # not parsed: the index is written from the text; parsed only if needed there
                entries = StoredEntries(stored[1])
                index.entries.append(entries)
                texts.append(stored[1])
                covered.append(entries)
                if sections is not None:
                    sections.keep(page)
                return None
            result = None if sections is not None and sections.add(page) else add(page)
            added = index.entries[before:]
            try:
                text = _index_json(added)
            except (TypeError, ValueError):
                return result
            texts.append(text)
            covered.extend(added)
            if json.loads(text) == added:  # what the next build reads back is what it would add
                self.store.put_text(key, {}, text)
            return result

        def generate_search_index(prev):
            """The index as the plugin writes it, its entries joined from each page's text
            instead of serialised again (51 MB at 10,000 seeds: a third of a second): only
            when every entry in the index came from one of those texts, in their order, and
            no earlier index is merged in (`prev`, under `mkdocs serve --dirty`, which also
            keeps this index for the next build). Otherwise the stored entries are parsed
            into the index where they stand, and the plugin writes it as it would."""
            if prev is not None or getattr(plugin, "is_dirty", False) \
                    or len(covered) != len(index.entries) \
                    or not all(map(operator.is_, covered, index.entries)):
                StoredEntries.parse_in(index)
                return generate(prev)
            entries, index.entries = index.entries, []
            try:
                empty = generate(prev)  # the plugin's own settings, with no entries
            finally:
                index.entries = entries
            if not empty.endswith(EMPTY_INDEX_END):
                StoredEntries.parse_in(index)
                return generate(prev)
            docs = ",".join(text[1:-1] for text in texts if text != "[]")
            return f"{empty[:-2]}{docs}]}}"  # '...,"docs":[' + the entries + ']}'

        def unwatch():
            index.__dict__.pop("add_entry_from_context", None)
            index.__dict__.pop("generate_search_index", None)

        index.add_entry_from_context = add_entry_from_context
        index.generate_search_index = generate_search_index
        self._unwatch.append(unwatch)
        self._skip_idle_strip(config, plugin)

    def _skip_idle_strip(self, config, plugin) -> None:
        """Material's search plugin, after indexing a page, strips `data-search-*` attributes
        from its HTML with a regular expression that starts with an optional space, so it is
        tried at every character: over the 100 MB of HTML of 10,000 seeds that was 4 s of
        every build, a no-change build's largest cost. Timeline's pages carry no such attribute;
        a page without the text "data-search-" is indexed as the plugin does it and left as it
        is (the expression would not match), any other page goes to the plugin unchanged. Only
        for the handler of Material's own plugin as registered; anything else runs as it is."""
        original = getattr(plugin, "on_page_context", None)
        events = getattr(config.plugins, "events", {}).get("page_context")
        if (original is None or not isinstance(events, list) or original not in events
                or type(plugin).__module__ != "material.plugins.search.plugin"):
            return

        def on_page_context(context, *, page, config, nav):
            content = page.content
            if not isinstance(content, str) or "data-search-" in content:
                return original(context, page=page, config=config, nav=nav)
            if plugin.config.enabled:
                plugin.search_index.add_entry_from_context(page)
            return None

        on_page_context.mkdocs_priority = getattr(original, "mkdocs_priority", 0)
        events[events.index(original)] = on_page_context
        origins = getattr(config.plugins, "_event_origins", None)
        if isinstance(origins, dict) and original in origins:
            origins[on_page_context] = origins[original]

        def undo():
            if on_page_context in events:
                events[events.index(on_page_context)] = original

        self._unwatch.append(undo)

    def convert_ahead(self, config, files, hide) -> None:
        """Start converting, in a forked process, the pages whose Markdown as read has no stored
        conversion (see AheadConversions); `hide(page, markdown)` is what the plugin does to a
        page's Markdown before conversion: (the Markdown converted, its hidden raw blocks)."""
        self.ahead = AheadConversions.start(self, config, files, hide)

    def stop_ahead(self) -> None:
        """Every page is converted: the process converting ahead is of no more use."""
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None

    def close(self, complete: bool) -> None:
        self.stop_ahead()  # before prune: it must not store what prune would not see
        for name in self.LOGGERS:
            logging.getLogger(name).removeHandler(self.counter)
        for undo in self._unwatch:
            undo()
        if complete:
            self.store.prune()


class AheadConversions:
    """The changed pages converted in a forked process while this one restores the others.

    MkDocs converts the pages one after another on one core; once generation has handed the
    pages over, the second core is idle. At on_nav (every page's place known, none read) a
    child forked from MkDocs reads the pages as MkDocs does, those just written first (see
    _order), and converts each whose Markdown has no stored conversion exactly as the plugin
    would (raw blocks hidden, MkDocs' Page.render, put back, stored by
    PageCache.after_conversion: not when the conversion logged anything). It tells this
    process which pages it converts ("plan N KEY"; "keep N" for a page it leaves; "planned"
    once it has read those just written) and each one done ("done N"). When this process
    reaches a page with no stored conversion that the child converts under the same key, it
    waits for it and takes the stored entry like any other (checked whole, its link targets
    looked up again); any other page it converts itself. The key is the page's final Markdown
    (other plugins' changes in), so a page that some plugin changes is simply converted here.
    The child writes nothing but cache entries and shows no log (its records are counted, so
    a page that logs is not stored); it is stopped once the pages are converted, before the
    store is pruned."""

    PATIENCE = 300  # seconds without a word from the child before this process goes on alone

    def __init__(self, pid: int, fd: int, order: dict[int, int]):
        self.pid = pid
        self.fd = fd
        self.order = order  # id(page) -> its place in MkDocs' order, the child's too
        self.buffer = b""
        self.planned: dict[int, str] = {}  # place -> the key it converts there
        self.told = False  # whether it has told about every page just written
        self.done: set[int] = set()
        self.ended = False

    @classmethod
    def start(cls, pages: PageCache, config, files, hide) -> AheadConversions | None:
        if not processes.fork_is_safe() or not hasattr(os, "set_blocking"):
            return None  # no fork, or another thread that may hold a lock the child would need
        docs = [f.page for f in files.documentation_pages()]
        if not docs or any(page is None for page in docs):
            return None
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: never returns into MkDocs
            code = 1
            try:
                os.close(read_fd)
                cls._quiet(pages.counter)
                cls._convert(pages, config, files, hide, docs, write_fd)
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        os.set_blocking(read_fd, False)
        return cls(pid, read_fd, {id(page): n for n, page in enumerate(docs)})

    @staticmethod
    def _quiet(counter) -> None:
        """In the child: no log output (the build shows what it logs itself), records counted."""
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
        loggers = [logging.getLogger()] + [logger for logger in logging.Logger.manager.loggerDict.values()
                                           if isinstance(logger, logging.Logger)]
        for logger in loggers:
            for handler in list(logger.handlers):
                if handler is not counter:
                    logger.removeHandler(handler)
        logging.getLogger().addHandler(counter)

    @staticmethod
    def _order(docs) -> tuple[list[int], list[int]]:
        """The places of the pages the child takes first, and of the others, each in MkDocs'
        order: first those written in the minute before the newest (generation writes the
        changed pages and links the others, keeping their times). Only an order: every page's
        Markdown is checked by its key."""
        stamps = []
        for page in docs:
            try:
                stamps.append(os.stat(page.file.abs_src_path).st_mtime_ns)
            except (OSError, TypeError):
                stamps.append(0)
        newest = max(stamps)
        recent = [n for n, stamp in enumerate(stamps) if stamp >= newest - 60 * 10**9]
        return recent, [n for n, stamp in enumerate(stamps) if stamp < newest - 60 * 10**9]

    @classmethod
    def _convert(cls, pages: PageCache, config, files, hide, docs, fd: int) -> None:
        recent, others = cls._order(docs)
        planned = []
        for n in recent:  # the pages just written: all told about before any is converted
            planned += cls._plan(pages, config, docs, n, fd)
        os.write(fd, b"planned\n")
        for n, key, markdown in planned:
            cls._convert_one(pages, config, files, hide, docs[n], n, key, markdown, fd)
        for place in others:
            for n, key, markdown in cls._plan(pages, config, docs, place, fd):
                cls._convert_one(pages, config, files, hide, docs[n], n, key, markdown, fd)

    @staticmethod
    def _plan(pages: PageCache, config, docs, n: int, fd: int) -> list:
        """Read the page at `n` as MkDocs does; [(n, key, its Markdown)] when it has no stored
        conversion (said as "plan"), else [] (said as "keep")."""
        page = docs[n]
        try:
            page.read_source(config)
            markdown, page.markdown = page.markdown, None
        except Exception:  # noqa: BLE001 (the parent reads it again and says why)
            markdown = None
        if isinstance(markdown, str) and "--8<--" not in markdown:
            file = page.file
            key = pages._key("page", file.src_uri, file.url, file.inclusion.name, markdown)
            if not _holds(pages.store, key):
                os.write(fd, f"plan {n} {key}\n".encode())
                return [(n, key, markdown)]
        os.write(fd, f"keep {n}\n".encode())
        return []

    @staticmethod
    def _convert_one(pages: PageCache, config, files, hide, page, n: int, key: str, markdown: str,
                     fd: int) -> None:
        if _holds(pages.store, key):  # the parent converted it meanwhile
            os.write(fd, f"done {n}\n".encode())
            return
        try:
            page.markdown, blocks = hide(page, markdown)
            pages.lookups = {}
            pages.said = pages.counter.count
            pages.pending[id(page)] = (key, None)
            page.render(config, files)
            html = restore_raw_blocks(page.content, blocks) if blocks else page.content
            pages.after_conversion(html, page)
        except Exception:  # noqa: BLE001 (the parent converts it and says why)
            pages.pending.pop(id(page), None)
        os.write(fd, f"done {n}\n".encode())
        page.markdown = page.content = None

    def _read(self, block: bool) -> None:
        """Take in what the child said: all there is, or (block) at least one line or the end."""
        while not self.ended:
            try:
                if block and not select.select([self.fd], [], [], self.PATIENCE)[0]:
                    self.ended = True  # silent for minutes: this process converts the rest
                    return
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            except InterruptedError:
                continue
            except OSError:
                chunk = b""
            if not chunk:
                self.ended = True
                return
            self.buffer += chunk
            *lines, self.buffer = self.buffer.split(b"\n")
            for line in lines:
                word, n, key = (line.decode("ascii", "replace").split(" ") + ["", ""])[:3]
                if word == "planned":
                    self.told = True
                if not n.isdigit():
                    continue
                if word == "plan":
                    self.planned[int(n)] = key
                elif word == "done":
                    self.done.add(int(n))
            if lines and block:
                return

    def converted(self, page, key: str) -> bool:
        """True once the child has converted the page under `key` (waiting for it when the
        child said it converts it); False when it converts nothing there or another key, or
        has not said yet (this process converts it then; the child leaves a page stored
        meanwhile), or ended first."""
        n = self.order.get(id(page))
        if n is None:
            return False
        self._read(block=False)
        while not self.told and not self.ended:  # the pages just written: a moment
            self._read(block=True)
        if self.planned.get(n) != key:
            return False
        while n not in self.done and not self.ended:
            self._read(block=True)
        return n in self.done

    def stop(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)
        self.ended = True


def _holds(store: JsonStore, key: str) -> bool:
    """Whether the store has a file for `key` (not read: get_text checks it whole when used)."""
    return store._path(key).is_file()


class SectionIndex:
    """Material's search entries for a changed page, made heading by heading: the entries of a
    stretch of HTML that an earlier build of the page already indexed are taken from it, so a
    month's page that one new article lands on parses that article, not the other 236 (its
    969 KB took Material's parser half a second).

    Material's parser reads the page as one stream, so a stretch's entries are its own only
    where the parser starts it the way it would have reached it: the page is cut before each
    heading with an id (`<h2 id="...">`, with the white space before it), and a stretch is
    parsed alone only from a cut where the parser was at rest (no element open, nothing
    excluded or left unread, a section begun). There the white space can only add white space
    to the section before, which its entry strips, and the heading opens a section of the
    parser's topmost depth, so nothing after it is added to an earlier section (Material's
    parser steps back from a nested section at most to that one); a stretch that does not end
    at rest is parsed on with the next one, as one. Stretches
    are known by their text (and whether they open the page), with the page's URL, title and
    metadata and the plugin's settings around them, and each section's table-of-contents
    lookup is checked again. What a stretch indexed is kept per page, replaced on each build
    that indexes the page again."""

    CUT = re.compile(r"\s*<h[1-6] id=")  # the white space before a heading goes with it
    LEAST = 65_536  # characters of HTML: a smaller page is parsed whole, as the plugin does

    def __init__(self, index, module, store: JsonStore, setup: str):
        self.index = index
        self.module = module
        self.store = store
        self.setup = setup
        self.at_rest = set(module.Parser().skip)

    @classmethod
    def over(cls, index, store: JsonStore, setup: str) -> SectionIndex | None:
        """One for Material's search index as this code knows it, else None."""
        module = sys.modules.get(type(index).__module__)
        if module is None or module.__name__ != "material.plugins.search.plugin" \
                or not all(hasattr(module, name) for name in ("Parser", "Section", "Element")) \
                or not all(callable(getattr(index, name, None))
                           for name in ("create_entry_for_section", "_find_toc_by_id")):
            return None
        return cls(index, module, store, setup)

    def _key(self, page) -> str:
        return PageCache._key("search-sections", self.setup, page.file.src_uri)

    def keep(self, page) -> None:
        """The page's sections stay for its next change (the store drops what a build did not use)."""
        self.store.keep(self._key(page))

    def add(self, page) -> bool:
        """Index the page as the plugin does, stretch by stretch; False (nothing done) for a
        small page, one with search settings of its own or one without a cut."""
        html = page.content
        if not isinstance(html, str) or len(html) < self.LEAST or not isinstance(page.meta, dict) \
                or "search" in page.meta:
            return False
        cuts = [m.start() for m in self.CUT.finditer(html) if m.start() > 0]
        if not cuts:
            return False
        try:
            around = json.dumps([page.url, str(page.title), _exact(page.meta)], sort_keys=True)
        except (Unpicturable, TypeError, ValueError):
            return False
        known = self.store.get(self._key(page))
        known = known["stretches"] if isinstance(known, dict) and known.get("around") == around \
            and isinstance(known.get("stretches"), dict) else {}
        kept: dict[str, list] = {}
        parser = None
        for n, start in enumerate([0, *cuts]):
            stretch = html[start:cuts[n] if n < len(cuts) else len(html)]
            if parser is None:
                name = hashlib.sha256(f"{n == 0}\0{stretch}".encode("utf-8", "surrogatepass")).hexdigest()
                entries = self._entries_from(known.get(name), page)
                if entries is not None:
                    self.index.entries.extend(entries)
                    kept[name] = known[name]
                    continue
                parser = self.module.Parser()
                begun = n > 0
                if begun:  # a section begun, as the parser had here: the heading keeps its id,
                    # the white space before it goes to that section (where it is stripped)
                    parser.section = self.module.Section(self.module.Element("hx"))
                    parser.data.append(parser.section)
                alone = True
            else:
                alone = False
            parser.feed(stretch)
            if self._at_rest(parser):
                made = self._index(parser, page, begun)
                if alone and made is not None:
                    kept[name] = made
                parser = None
        if parser is not None:
            parser.close()
            self._index(parser, page, begun)
        self.store.put(self._key(page), {"around": around, "stretches": kept})
        return True

    def _at_rest(self, parser) -> bool:
        return (not parser.context and not parser.rawdata and parser.cdata_elem is None
                and bool(parser.data) and parser.section is not None and parser.skip == self.at_rest)

    def _index(self, parser, page, begun: bool) -> list | None:
        """Add the parser's sections (past the one it was given to begin with) to the index as
        the plugin does; [each section's table-of-contents lookup, the entries] to keep, or
        None when the entries would not come back from JSON as they are."""
        before = len(self.index.entries)
        lookups = []
        for section in parser.data[1 if begun else 0:]:
            if not section.is_excluded():
                lookups.append([section.id, self._toc_url(page, section.id)])
                self.index.create_entry_for_section(section, page.toc, page.url, page)
        entries = self.index.entries[before:]
        try:
            return [lookups, entries] if json.loads(json.dumps(entries)) == entries else None
        except (TypeError, ValueError):
            return None

    def _toc_url(self, page, anchor):
        item = self.index._find_toc_by_id(page.toc, anchor)
        return None if item is None else item.url

    def _entries_from(self, stored, page) -> list | None:
        """A kept stretch's entries, when each of its sections finds in the page's table of
        contents what it found before; else None."""
        try:
            lookups, entries = stored
            if not all(isinstance(e, dict) for e in entries) \
                    or not all(self._toc_url(page, anchor) == url for anchor, url in lookups):
                return None
        except (TypeError, ValueError):
            return None
        return entries


EMPTY_INDEX_END = ',"docs":[]}'  # how Material's search index without entries ends


class StoredEntries:
    """A page's stored search entries in the index, as the JSON text they were stored as.

    Parsing them all is a third of a second at 10,000 seeds and holds ~120 MB of small objects
    until the end of the build, when the index is written from the texts anyway; they are
    parsed in place (parse_in) only where the index is to be written by the plugin itself."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    @staticmethod
    def plausible(text: str) -> bool:
        """A JSON array of objects, as _index_json writes it (the store checked it whole)."""
        return text == "[]" or (text.startswith("[{") and text.endswith("}]"))

    @classmethod
    def parse_in(cls, index) -> None:
        """Each StoredEntries in the index replaced, in place, by the entries it holds."""
        if not any(type(e) is cls for e in index.entries):
            return
        entries = []
        for entry in index.entries:
            if type(entry) is cls:
                entries.extend(json.loads(entry.text))
            else:
                entries.append(entry)
        index.entries = entries


def _index_json(entries: list) -> str:
    """Search entries as Material's search plugin writes its index (json.dumps, compact)."""
    return json.dumps(entries, separators=(",", ":"), default=str)


class Unpicturable(Exception):
    """A value whose every detail a JSON picture cannot hold: whatever it feeds is not reused."""


def _exact(value, budget: list[int] | None = None, depth: int = 0):
    """A JSON picture of `value` that tells apart every two values a template could show
    differently: plain data, dates, markup, and small objects by their type and attributes
    (a tag with its links). Unpicturable for anything else: a page or file (it would pull in
    the whole site), a function, a set (its order changes from one run to the next), a cycle,
    or more than 20,000 parts."""
    budget = [20_000] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0 or depth > 12:
        raise Unpicturable("too large or too deep")
    kind = type(value)
    if value is None or kind is bool or kind is int or kind is str:
        return value
    if kind is list or kind is tuple:
        if all(type(v) is str for v in value):  # a page's tags: the common case, made short
            budget[0] -= len(value)
            return {kind.__name__: list(value)}
        return {kind.__name__: [_exact(v, budget, depth + 1) for v in value]}
    if kind is dict:
        if not all(type(k) is str for k in value):
            raise Unpicturable("a mapping with keys that are not strings")
        return {"dict": [[k, _exact(v, budget, depth + 1)] for k, v in value.items()]}
    if kind is float:
        return {"float": repr(value)}
    if isinstance(value, str):  # Markup and other str subclasses: escaping differs
        return {kind.__qualname__: str(value)}
    if isinstance(value, (dt.date, dt.time)):
        return {kind.__qualname__: value.isoformat()}
    module = getattr(kind, "__module__", "")
    if (callable(value) or isinstance(value, (type, set, frozenset, Mapping))
            or module.startswith(("mkdocs.structure.pages", "mkdocs.structure.files"))
            or not hasattr(value, "__dict__") or hasattr(kind, "__slots__")):
        raise Unpicturable(f"a {module}.{kind.__qualname__}")
    return {f"{module}.{kind.__qualname__}": _exact(dict(vars(value)), budget, depth + 1)}


def _source_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


class TemplateLoads(jinja2.BaseLoader):
    """The theme's loader, noting the name and a digest of every template it hands out (Jinja
    asks once per template and build: the environment caches what it compiled)."""

    def __init__(self, loader: jinja2.BaseLoader):
        self.loader = loader
        self.loaded: dict[str, str] = {}
        self.conflict = False  # a template's source changed while this build ran

    def get_source(self, environment, template):
        source, filename, uptodate = self.loader.get_source(environment, template)
        digest = _source_digest(source)
        if self.loaded.setdefault(template, digest) != digest:
            self.conflict = True
        return source, filename, uptodate

    def list_templates(self):
        return self.loader.list_templates()

    @property
    def has_source_access(self):
        return self.loader.has_source_access


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled by an earlier build, kept in the page cache: compiling
    Material's 40-odd templates is a fifth of a second of every build. Jinja keys each by the
    template's name and file and checks its source's checksum; the key here also holds the
    environment's settings (delimiters, extensions, autoescape ... change the code compiled),
    and the store checks each entry whole, so a damaged one is compiled again."""

    def __init__(self, store: JsonStore, env):
        self.store = store
        options = {k: v for k, v in vars(env).items()
                   if k not in ("cache", "loader", "bytecode_cache", "globals")}
        self.setting = json.dumps([_stable(options), _version("jinja2")], sort_keys=True,
                                  default=repr)

    def _key(self, bucket) -> str:
        return PageCache._key("jinja", self.setting, bucket.key, bucket.checksum)

    def load_bytecode(self, bucket) -> None:
        stored = self.store.get_text(self._key(bucket))
        if stored is not None:
            try:
                bucket.bytecode_from_string(base64.b64decode(stored[1], validate=True))
            except (ValueError, TypeError, EOFError):
                bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        self.store.put_text(self._key(bucket), {},
                            base64.b64encode(bucket.bytecode_to_string()).decode("ascii"))


class PageRenders:
    """Built pages from earlier builds: the theme's HTML around each page's content, for one
    build.

    A page's HTML is the theme's template rendered with the page and the site: its content,
    table of contents, title, metadata and URLs, the navigation (every page's title and URL),
    the configuration (and mkdocs.yml's text, whatever it says), the theme's templates, the
    versions of the packages the plugins come from, and whatever plugins add to the template
    context. All of that is pictured into a key (a value that cannot be, no reuse); a page whose key a build stored before takes that
    build's HTML (what the template wrote before and after the content, with today's content
    between) instead of rendering the template. Pages in the navigation and drafts are always
    rendered.

    The mechanism is MkDocs' own `template` setting of a page: before the pages are built,
    each page to consider gets a tiny template that writes out what this class decides; the
    page's metadata is given back first thing in on_page_context, and last thing there the
    page is looked up or rendered with its real template and the context every plugin
    finished. The templates a build loads are recorded with a digest of their source; the
    next build reuses nothing unless each of them is still the same (a changed override or
    theme rebuilds every page), and that record is part of every key.
    """

    MANIFEST = "page-render-templates"  # the store's key for the record of loaded templates
    CONTEXT_VARIABLE = "timeline_built_page"
    TIME_VARIABLES = ("build_date_utc", "update_date")  # a template showing them changes daily

    def __init__(self, store: JsonStore, counter: _Counter, env, config, nav, files,
                 kept: KeptPages | None = None):
        self.store = store
        self.counter = counter
        self.env = env
        self.config = config
        self.nav = nav
        self.loads = TemplateLoads(env.loader)
        self.echo = env.from_string("{{ %s }}" % self.CONTEXT_VARIABLE)
        self.swapped: dict[int, tuple[bool, object]] = {}  # id(page) -> its own template setting
        # (page picture, head, text, reused, file written) of every page built from the echo
        self.made: list[tuple[str, dict, str, bool, str]] = []
        self.reused = self.rendered = 0
        # what MkDocs writes is what the echo wrote only when no plugin changes it afterwards
        self.exact = not config.plugins.events.get("post_page")
        self.kept = kept if self.exact else None
        self.put_back = KeptPages.Quiet()  # pages whose last file went back in place: not written
        logging.getLogger("mkdocs.commands.build").addFilter(self.put_back)
        manifest = store.get(self._key("manifest"))
        self.manifest = manifest if self._verified(manifest) else None
        self.uris = [f.src_uri for f in files.documentation_pages()]
        self.base = self._site_picture(files)
        self.site = self._site_key(self.manifest)
        env.loader = self.loads  # from here on, every template loaded is recorded

    @staticmethod
    def _key(kind: str, *parts: str) -> str:
        return PageCache._key(f"render-{kind}", *parts)

    def _verified(self, manifest) -> bool:
        """True when `manifest` is a record of templates each of which still has that source."""
        if not isinstance(manifest, dict) or not manifest:
            return False
        for name, digest in manifest.items():
            try:
                source = self.loads.loader.get_source(self.env, name)[0]
            except (jinja2.TemplateNotFound, OSError, TypeError):
                return False
            if _source_digest(source) != digest:
                return False
            if name not in self.config.theme.static_templates \
                    and any(word in source for word in self.TIME_VARIABLES):
                return False
        return True

    def _site_key(self, manifest: dict | None) -> str | None:
        """The site's part of every page's key, with the templates `manifest` records."""
        if self.base is None or manifest is None:
            return None
        return self._key("site", self.base, json.dumps(manifest, sort_keys=True))

    def _site_picture(self, files) -> str | None:
        """What every page's HTML reads beyond the page and the theme's templates: None when
        part of it cannot be pictured (nothing is reused or stored then)."""
        config, env = self.config, self.env
        try:
            plugins = {name: _stable(dict(plugin.config)) for name, plugin in config.plugins.items()}
            handlers = [[getattr(m, "__module__", ""), getattr(m, "__qualname__", repr(m)),
                         getattr(m, "mkdocs_priority", 0)]
                        for m in config.plugins.events.get("page_context", [])]
            pages = [[f.src_uri, f.url, f.dest_uri, f.inclusion.name,
                      None if f.page is None else str(f.page.title)]
                     for f in files.documentation_pages()]
            picture = {
                "versions": [_version(d) for d in ("jinja2", "markupsafe")],
                "plugin_versions": _plugin_versions(config),
                "config_files": _config_files_digest(config),
                "config": _stable(dict(config)),
                "plugins": plugins,
                "handlers": handlers,
                "theme": [_stable(dict(config.theme)), list(config.theme.dirs),
                          _stable(config.theme.static_templates)],
                "env": [_stable(env.globals), _stable(env.filters), _stable(env.tests),
                        sorted(env.extensions), _stable(env.policies), repr(env.autoescape),
                        repr(env.finalize), env.block_start_string, env.variable_start_string,
                        env.comment_start_string, env.line_statement_prefix,
                        env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
                        env.newline_sequence, env.keep_trailing_newline],
                "nav": self._nav_picture(self.nav.items),
                "homepage": None if self.nav.homepage is None else self.nav.homepage.url,
                "pages": pages,
            }
            return json.dumps(picture, sort_keys=True, default=repr)
        except (Unpicturable, TypeError, ValueError, AttributeError):
            return None

    def _nav_picture(self, items) -> list:
        from mkdocs.structure.nav import Link, Section
        from mkdocs.structure.pages import Page

        picture = []
        for item in items:
            if isinstance(item, Page):
                picture.append(["page", str(item.title), item.url, item.file.src_uri,
                                _exact(item.meta)])
            elif isinstance(item, Section):
                picture.append(["section", str(item.title), self._nav_picture(item.children)])
            elif isinstance(item, Link):
                picture.append(["link", str(item.title), item.url])
            else:
                raise Unpicturable(f"a navigation item {type(item).__qualname__}")
        return picture

    def swap_templates(self, files) -> None:
        """Give each page that may be reused the echo template (its own setting kept), when
        this build can reuse anything at all. Called once the pages are read, before any is
        built."""
        probe = markupsafe.Markup('<p title="a &amp; b">&lt;</p>\n')
        if self.base is None or self.echo.render({self.CONTEXT_VARIABLE: probe}) != probe:
            return  # the environment changes what it writes out (a finalize function, say)
        in_nav = {id(page) for page in self.nav.pages}
        for file in files.documentation_pages():
            page = file.page
            if page is None or id(page) in in_nav or file.inclusion.is_excluded() \
                    or not isinstance(page.meta, dict):
                continue
            self.swapped[id(page)] = ("template" in page.meta, page.meta.get("template"))
            page.meta["template"] = self.echo

    def give_back(self, page) -> None:
        """The page's own template setting, before any plugin sees its metadata."""
        if id(page) not in self.swapped:
            return
        had, template = self.swapped[id(page)]
        if had:
            page.meta["template"] = template
        else:
            page.meta.pop("template", None)

    def build(self, context, page, digest_of):
        """The page's HTML, reused or rendered with its own template, into the context
        variable the echo template writes out; context unchanged for a page not swapped."""
        if self.swapped.pop(id(page), None) is None:
            return context
        picture = self._page_picture(context, page, digest_of)
        dest = page.file.dest_uri
        if picture is not None and self.site is not None:
            key = self._key("page", self.site, picture)
            stored = self.store.get_text(key)
            if self._usable(stored):
                self.reused += 1
                self.made.append((picture, *stored, True, dest))
                if self.kept is not None and self.kept.put_back(dest, key):
                    # the file the last build wrote is this very page: in place again, and an
                    # empty output tells MkDocs not to write it (its note of that is hushed)
                    self.put_back.pages.add(page.file.src_uri)
                    html = ""
                else:
                    html = self._restored(stored, page.content)
                context[self.CONTEXT_VARIABLE] = markupsafe.Markup(html)
                return context
        said = self.counter.count
        template = self.env.get_template(page.meta.get("template", "main.html"))
        html = template.render(context)
        self.rendered += 1
        if picture is not None and self.counter.count == said:  # a page that warned warns again
            content = page.content or ""
            at = html.find(content) if content else -1
            head = {"at": at}
            self.made.append((picture, head, html if at < 0 else html[:at] + html[at + len(content):],
                              False, dest))
        context[self.CONTEXT_VARIABLE] = markupsafe.Markup(html)
        return context

    @staticmethod
    def _usable(stored) -> bool:
        """True for a stored page whose content goes where it says (or nowhere: at -1)."""
        if stored is None:
            return False
        at = stored[0].get("at")
        return type(at) is int and -1 <= at <= len(stored[1])

    @staticmethod
    def _restored(stored, content) -> str:
        """A usable stored page with `content` put back where it was cut out."""
        head, text = stored
        at = head["at"]
        return text if at < 0 else text[:at] + (content or "") + text[at:]

    def _page_picture(self, context, page, digest_of) -> str | None:
        """What the page's own HTML reads (the site's part is in the key beside it); None when
        something in the context cannot be pictured or is not what MkDocs put there."""
        if self.base is None or context.get("page") is not page or context.get("nav") is not self.nav \
                or context.get("config") is not self.config:
            return None
        pages = context.get("pages")
        if not isinstance(pages, list) or [getattr(f, "src_uri", None) for f in pages] != self.uris:
            return None
        try:
            extras = {key: _exact(value) for key, value in context.items()
                      if key not in ("page", "nav", "config", "pages", "build_date_utc")}
            neighbours = [None if p is None else [p.url, str(p.title)]
                          for p in (page.previous_page, page.next_page)]
            picture = [page.file.src_uri, page.file.dest_uri, page.url, page.abs_url,
                       page.canonical_url, page.edit_url, str(page.title), page.is_homepage,
                       _exact(page.meta), _toc_tokens(page.toc), digest_of(page), neighbours,
                       [str(a.title) for a in page.ancestors], extras]
            return hashlib.sha256(json.dumps(picture, sort_keys=True).encode("utf-8", "surrogatepass")
                                  ).hexdigest()
        except (Unpicturable, TypeError, ValueError, AttributeError):
            return None

    def close(self, complete: bool) -> None:
        """After a complete build: store this build's pages under the templates it loaded (and
        those the reused pages were made with), that record, and which page each file written
        holds, for the next build."""
        self.env.loader = self.loads.loader
        logging.getLogger("mkdocs.commands.build").removeFilter(self.put_back)
        if not complete or self.loads.conflict:
            return
        manifest = dict(self.manifest or {})
        for name, digest in self.loads.loaded.items():
            if manifest.setdefault(name, digest) != digest:
                return  # changed since this build began: record nothing
        site = self._site_key(manifest)
        if site is None:
            return
        for picture, head, text, reused, _ in self.made:
            if not (reused and site == self.site):  # a reused entry under its key is kept as it is
                self.store.put_text(self._key("page", site, picture), head, text)
        self.store.put(self._key("manifest"), manifest)
        if self.exact:
            KeptPages.record(self.store, Path(self.config.site_dir),
                             {dest: self._key("page", site, picture)
                              for picture, _, _, _, dest in self.made})


class KeptPages:
    """The built pages of the last build, set aside while the site folder is emptied, so that a
    page reused unchanged goes back in place instead of being written again (at 10,000 seeds
    150 MB in 200 files, written, and deleted first, on every build).

    PageRenders records, after each complete build, which stored page each file it wrote holds
    (the key of the template's HTML around it, which holds the content's digest) and the file's
    size, times, inode and device as written. Before the site folder is emptied, each file
    still exactly so (a file anyone wrote to since has another modification or change time)
    is moved into a hidden folder in the site folder, which MkDocs leaves alone; a page whose
    key is the one recorded is moved back, and what is left is deleted when the build ends."""

    RECORD = "render-written"  # the store's key for the files the last build wrote
    PREFIX = ".timeline-kept-"

    def __init__(self, site_dir: Path, folder: Path, keys: dict[str, tuple[str, Path, bool]]):
        self.site_dir = site_dir
        self.folder = folder
        # file set aside (relative to the site folder) -> (its page's key, where it is now,
        # whether its folder went with it)
        self.keys = keys
        self.made: set[Path] = set()  # folders put back made (or found)

    class Quiet(logging.Filter):
        """Hushes MkDocs' note that a page put back was not written ("Page skipped")."""

        def __init__(self):
            super().__init__()
            self.pages: set[str] = set()

        def filter(self, record) -> bool:
            message = record.getMessage()
            return not (message.startswith("Page skipped: '") and
                        message[len("Page skipped: '"):].split("'", 1)[0] in self.pages)

    @staticmethod
    def _picture(stat) -> list:
        return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev]

    @classmethod
    def record(cls, store: JsonStore, site_dir: Path, keys: dict[str, str]) -> None:
        written = {}
        for dest, key in keys.items():
            try:
                written[dest] = [key, *cls._picture(os.stat(site_dir / dest))]
            except OSError:
                continue
        store.put(cls.RECORD, written)

    @classmethod
    def leftovers(cls, site_dir: Path) -> list[Path]:
        """Folders of pages an interrupted build set aside: never to be published."""
        try:
            return [site_dir / name for name in sorted(os.listdir(site_dir))
                    if name.startswith(cls.PREFIX) and (site_dir / name).is_dir()]
        except OSError:
            return []

    @classmethod
    def set_aside(cls, store: JsonStore | None, site_dir: Path) -> KeptPages | None:
        """Move the files the last build wrote, as it wrote them, out of MkDocs' way: a page's
        folder with it when the page is all it holds (`2024-05/index.html`: no folder to make
        again, at a third of a millisecond each), else the file alone."""
        for stale in cls.leftovers(site_dir):  # an interrupted build's
            shutil.rmtree(stale, ignore_errors=True)
        if os.name != "posix":  # Windows' st_ctime is the creation: an edit could go unseen
            return None
        written = None if store is None else store.get(cls.RECORD)
        if not isinstance(written, dict) or not written:
            return None
        folder = site_dir / f"{cls.PREFIX}{os.getpid()}-{threading.get_ident()}"
        try:
            folder.mkdir()
        except OSError:
            return None
        keys = {}
        for dest, noted in written.items():
            path = site_dir / dest
            moved = folder / str(len(keys))
            try:
                parts = PurePath(dest).parts
                if not (isinstance(noted, list) and len(noted) == 6 and isinstance(noted[0], str)
                        and parts and ".." not in parts and not PurePath(dest).is_absolute()
                        and cls._picture(os.lstat(path)) == noted[1:]):
                    continue
                alone = len(parts) > 1 and os.listdir(path.parent) == [parts[-1]]
                os.rename(path.parent if alone else path, moved)
            except OSError:
                continue
            keys[dest] = (noted[0], moved, alone)
        return cls(site_dir, folder, keys) if keys else cls.removed(folder)

    @staticmethod
    def removed(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def put_back(self, dest: str, key: str) -> bool:
        """Move the file set aside for `dest` back in place if it holds the page of `key`."""
        noted = self.keys.pop(dest, None)
        if noted is None or noted[0] != key:
            return False
        _, moved, alone = noted
        target = self.site_dir / dest
        place = target.parent if alone else target
        try:
            if place.parent not in self.made:
                place.parent.mkdir(parents=True, exist_ok=True)
                self.made.add(place.parent)
            os.rename(moved, place)
        except OSError:
            return False
        return True

    def close(self) -> None:
        """Delete what was not put back."""
        self.removed(self.folder)
