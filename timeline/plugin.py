"""The MkDocs plugin: generate the timeline pages during `mkdocs build` and `mkdocs serve`.

A thin adapter over `site.generate`. Settings live under the plugin's entry in mkdocs.yml:

    plugins:
      - timeline:
          seeds: seeds
          reference_date: 2023-12-01
          countries: [US]
          cache_dir: .timeline-cache   # false: process every seed on every build
          jobs: 0                      # worker processes; 0: one per core
          scheduler: tcp://10.0.0.5:8786   # optional: extract on a Dask cluster

The plugin runs the generation before MkDocs reads the pages, and uses the caches of
builtpages.py (converted pages, built pages, compiled templates) to keep rebuilds fast.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
import threading
from pathlib import Path

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from . import handoff, processes, site
from .builtpages import (CompiledTemplates, KeptPages, PageCache, PageRenders, hide_raw_blocks,
                         open_store, restore_raw_blocks)

log = logging.getLogger("mkdocs.plugins.timeline")


class TimelineConfig(base.Config):
    enabled = c.Type(bool, default=True)
    seeds = c.Type(str, default="seeds")
    reference_date = c.Optional(c.Type((str, dt.date)))
    countries = c.ListOfItems(c.Type(str), default=["US"])
    output_dir = c.Type(str, default="timeline")
    templates_dir = c.Optional(c.Type(str))
    highlights = c.Type(int, default=10)  # how many key dates the home page ranks
    highlight_ranking = c.Choice(("key-dates", "sources"), default="key-dates")
    cache_dir = c.Type((str, bool), default=".timeline-cache")  # false: no cache
    jobs = c.Type(int, default=0)  # worker processes; 0: one per core
    scheduler = c.Optional(c.Type(str))  # Dask scheduler address, e.g. tcp://10.0.0.5:8786
    # one page per source ("article"), per publication month ("month"), or month pages once a
    # collection has more than 500 sources ("auto"), which keeps MkDocs fast
    source_pages = c.Choice(("auto", "article", "month"), default="auto")


class TimelinePlugin(BasePlugin[TimelineConfig]):
    def __init__(self):
        super().__init__()
        self.sweeps = False  # set by on_startup: empty the site folder in the background
        self.dirty = False  # set by on_startup: a --dirty build, which skips unchanged pages
        self.sweeper: Sweeper | None = None
        self.site_dir: Path | None = None
        self.pages: PageCache | None = None
        self.renders: PageRenders | None = None
        self.kept: KeptPages | None = None  # the last build's pages, set aside by a clean build
        self.nav = None  # this build's navigation, as the last on_nav left it
        self.hidden: dict[int, dict[str, str]] = {}  # id(page) -> its raw blocks, for one build

    def on_config(self, config):
        """Runs once per build, before anything is read: check the settings early."""
        if not self.config.enabled:
            return
        if self.config.reference_date and site.parse_reference(self.config.reference_date) is None:
            raise PluginError(f"timeline: reference_date {self.config.reference_date!r} is not "
                              f"a date in the form YYYY-MM-DD")
        output = Path(self.config.output_dir)
        if output.is_absolute() or ".." in output.parts or not output.parts:
            raise PluginError(f"timeline: output_dir {self.config.output_dir!r} must be a folder "
                              f"name inside docs_dir")
        if self.config.jobs < 0:
            raise PluginError(f"timeline: jobs must be 0 (one per core) or more, not "
                              f"{self.config.jobs}")
        if not config.use_directory_urls:
            # the raw HTML lists (sources, tags, the home page's month chart) link to built pages
            # as folders ("2024/"), which MkDocs does not rewrite
            log.warning("timeline: use_directory_urls: false is not supported: the entry links on "
                        "the sources and tags pages and the home page's month chart point at "
                        "folders ('2024/') and will not open; remove the setting from mkdocs.yml")
        self.pages = None
        self.renders = None
        self.nav = None
        self.hidden = {}
        return config

    # Runs before MkDocs collects files (MkDocs reads docs_dir after on_pre_build), so the
    # generated pages are part of this very build.
    @event_priority(50)
    def _generate_pages(self, config):
        if self.config.enabled:
            self._generate(config)

    # Last of every plugin's and hook's on_pre_build: a build that fails before MkDocs would
    # clean the folder (our generation, or anyone else's pre_build) leaves the last site as it
    # was; and no thread runs while generation forks its workers.
    @event_priority(-100)
    def _start_sweeping(self, config):
        if not self.config.enabled:
            return
        self.site_dir = Path(config.site_dir)
        if self.sweeps:
            if self.config.cache_dir:  # (it removes the pages an interrupted build set aside)
                self.kept = KeptPages.set_aside(open_store(config, self.config.cache_dir), self.site_dir)
            else:
                Sweeper.remove(KeptPages.leftovers(self.site_dir))
            self.sweeper = Sweeper.start(self.site_dir)
        else:  # a --dirty build or serve keeps the site, but not what an interrupted build left
            Sweeper.remove(Sweeper.leftovers(self.site_dir) + KeptPages.leftovers(self.site_dir))

    on_pre_build = CombinedEvent(_generate_pages, _start_sweeping)

    def on_startup(self, *, command, dirty):
        """Runs once per `mkdocs` command: only a clean `build` or `gh-deploy` empties the site
        folder (in the background, see Sweeper); `serve` and `--dirty` builds keep theirs."""
        self.sweeps = command in ("build", "gh-deploy") and not dirty
        self.dirty = dirty

    def _generate(self, config):
        if os.environ.get("TIMELINE_SKIP_GENERATE"):
            try:  # `timeline build` generates them: started early, wait till they are written
                if handoff.wait_for_pages():
                    log.info("timeline: building the pages timeline build has just written")
            except handoff.PagesNotReady:
                raise SystemExit(1) from None  # its generation failed, and it said why
            return
        project = Path(config.config_file_path or ".").parent
        settings, problems = site.settings_from(dict(self.config))
        progress = sys.stderr.isatty() and not os.environ.get("CI")
        from .pipeline import ClusterUnavailable  # generation's modules: not imported by a
        from .render import UnsafeOutput          # build that skips it (see site._generate)

        try:
            generated = site.generate(settings, project, Path(config.docs_dir), progress)
        except (UnsafeOutput, ClusterUnavailable, site.TemplateFailed) as error:
            raise PluginError(f"timeline: {error}") from None
        for problem in list(problems) + list(generated.timeline.problems):
            log.warning(str(problem))  # --strict turns these into a failed build
        log.info(f"timeline: {len(generated.timeline.events)} entries from "
                 f"{len(generated.timeline.documents)} seeds"
                 f"{'' if generated.changed else ' (pages unchanged)'}")

    def on_serve(self, server, config, builder):
        """Runs once under `mkdocs serve`, after the first build: watch the seeds and templates.

        Any change there triggers a rebuild, whose on_pre_build regenerates the pages; the cache
        makes that re-read only the changed seed. The pages written into docs_dir are themselves
        watched, so they cause one more rebuild, which finds nothing changed and writes nothing:
        the loop stops there (render.write leaves unchanged pages alone).
        """
        if not self.config.enabled:
            return server
        from .render import DEFAULT_TEMPLATES_DIR

        project = Path(config.config_file_path or ".").parent
        for folder in (self.config.seeds, self.config.templates_dir or DEFAULT_TEMPLATES_DIR):
            if folder and (project / folder).is_dir():
                server.watch(str(project / folder))
        return server

    # Last, after every other plugin has added or removed files: the Files object seen here is
    # the one page conversion resolves links against.
    @event_priority(-100)
    def on_files(self, files, config):
        if not self.config.enabled or not self.config.cache_dir:
            return files
        self.pages = PageCache.open(config, self.config.cache_dir, files)
        return files

    # Last, so the Markdown hashed is exactly what MkDocs converts (other plugins' changes in).
    @event_priority(-100)
    def on_page_markdown(self, markdown, page, config, files):
        if not self.config.enabled:
            return markdown
        if self.pages is not None:
            markdown = self.pages.before_conversion(markdown, page)  # "" when the cache has it
        markdown, blocks = self._hide(page, markdown)
        if blocks:
            self.hidden[id(page)] = blocks
        return markdown

    def _hide(self, page, markdown: str) -> tuple[str, dict[str, str]]:
        """The Markdown to convert and its raw blocks hidden (only in pages timeline wrote)."""
        if markdown and page.file.src_uri.startswith(f"{self.config.output_dir.strip('/')}/"):
            return hide_raw_blocks(markdown)
        return markdown, {}

    # First, so every other plugin sees the converted page as a build without the cache would.
    @event_priority(100)
    def on_page_content(self, html, page, config, files):
        blocks = self.hidden.pop(id(page), None)
        if blocks:
            html = restore_raw_blocks(html, blocks)
        if self.pages is None:
            return html
        return self.pages.after_conversion(html, page)

    # Last, so the navigation pictured is the one the pages are built with.
    @event_priority(-100)
    def on_nav(self, nav, config, files):
        self.nav = nav
        if self.pages is not None and self.sweeps and os.name == "posix":
            # every page's place is known, none is read: the changed ones are converted in a
            # forked process meanwhile (a clean build only, and only where no other thread runs:
            # not beside serve's; the Sweeper is a process where this can fork)
            self.pages.convert_ahead(config, files, self._hide)
        return nav

    # Last, after every other plugin changed the environment: all pages are read and converted
    # (their titles known), none is built yet.
    @event_priority(-100)
    def on_env(self, env, config, files):
        if not self.config.enabled or self.pages is None or self.nav is None:
            return env
        self.pages.stop_ahead()  # every page is converted
        if env.bytecode_cache is None:  # no template is loaded before on_env
            env.bytecode_cache = CompiledTemplates(self.pages.store, env)
        events = config.plugins.events.get("page_context", [])
        if self.dirty or not events or events[0] != self._give_back_template \
                or events[-1] != self._build_page \
                or getattr(type(env.loader), "load", None) is not jinja2.BaseLoader.load:
            # a --dirty build skips pages; not first and last in on_page_context; or a
            # loader that does not hand its sources to BaseLoader.load, so we cannot watch it
            return env
        self.renders = PageRenders(self.pages.store, self.pages.counter, env, config, self.nav, files,
                                   self.kept)
        self.renders.swap_templates(files)
        return env

    # First: the page's own template setting back before any plugin reads its metadata.
    @event_priority(100)
    def _give_back_template(self, context, page, config, nav):
        if self.renders is not None:
            self.renders.give_back(page)
        return context

    # Last: the context is final; the page is reused or rendered here, and the echo template
    # MkDocs renders next writes it out.
    @event_priority(-100)
    def _build_page(self, context, page, config, nav):
        if self.renders is not None:
            return self.renders.build(context, page, self.pages.digest)
        return context

    on_page_context = CombinedEvent(_give_back_template, _build_page)

    # First of every plugin's post_build: the files are recorded (to be kept next time) as
    # MkDocs wrote them; a plugin that rewrites them afterwards changes their stamps, so they
    # are written again next time rather than rewritten twice.
    @event_priority(100)
    def _record_built_pages(self, config):
        if self.renders is not None:
            self.renders.close(complete=True)
            log.debug(f"timeline: {self.renders.reused} built pages reused, "
                      f"{self.renders.rendered} rendered")
            self.renders = None

    # Last of every plugin's post_build: the search plugin writes its index in its own, through
    # the page cache's hook (the stored entries' texts joined, not 50 MB serialised again),
    # which closing the cache takes away.
    @event_priority(-100)
    def _close_pages(self, config):
        if self.pages is not None:
            self.pages.close(complete=True)
            self.pages = None
        self._swept()

    on_post_build = CombinedEvent(_record_built_pages, _close_pages)

    def on_build_error(self, error):
        if self.renders is not None:
            self.renders.close(complete=False)
            self.renders = None
        if self.pages is not None:
            self.pages.close(complete=False)
            self.pages = None
        self._swept()

    def _swept(self):
        if self.kept is not None:
            self.kept.close()  # the pages not put back
            self.kept = None
        if self.sweeper is not None:
            self.sweeper.join()
            self.sweeper = None
            for left in Sweeper.leftovers(self.site_dir) + KeptPages.leftovers(self.site_dir):
                # it would be published with the site (gh-deploy publishes hidden folders too)
                log.warning("timeline: could not delete %s (an old site): delete it before deploying", left)


class Sweeper:
    """Empties the site folder beside the build instead of before it.

    MkDocs deletes everything in site_dir but hidden entries before building (its
    clean_directory); at 10,000 seeds that is 200 MB in 500 files, a second or two of every
    rebuild spent in system calls. Here those entries are first renamed into one hidden folder
    inside site_dir (so MkDocs finds nothing to delete and never sees them), which a forked
    process (a thread where forking is not safe) then deletes while MkDocs builds; the build
    waits for it at the end, so the site folder holds exactly what it would have. A process,
    not a thread, so the build stays single-threaded and may fork its page converter
    (builtpages.AheadConversions). A folder left by an interrupted build goes the same way
    next time. An entry that cannot be renamed is left for MkDocs to delete as before."""

    PREFIX = ".timeline-old-"

    def __init__(self, trash: list[Path]):
        self.trash = trash
        self.pid: int | None = None
        self.thread: threading.Thread | None = None

    def begin(self) -> None:
        if processes.fork_is_safe():
            try:
                pid = os.fork()
            except OSError:
                pid = None
            if pid == 0:  # the child: deletes, and never returns into MkDocs
                try:
                    self.remove(self.trash)
                finally:
                    os._exit(0)
            self.pid = pid
        if self.pid is None:
            self.thread = threading.Thread(target=self.remove, args=(self.trash,), name="timeline-sweeper",
                                           daemon=True)
            self.thread.start()

    @staticmethod
    def remove(trash: list[Path]) -> None:
        for folder in trash:
            shutil.rmtree(folder, ignore_errors=True)

    @classmethod
    def leftovers(cls, site_dir: Path) -> list[Path]:
        """The old sites moved aside and not (yet) deleted."""
        try:
            entries = sorted(os.listdir(site_dir))
        except OSError:
            return []
        return [site_dir / name for name in entries
                if name.startswith(cls.PREFIX) and (site_dir / name).is_dir()]

    @classmethod
    def start(cls, site_dir: Path) -> Sweeper | None:
        try:
            entries = sorted(os.listdir(site_dir))
        except OSError:
            return None
        trash = cls.leftovers(site_dir)
        fresh = site_dir / f"{cls.PREFIX}{os.getpid()}-{threading.get_ident()}"
        try:
            fresh.mkdir()
        except OSError:
            fresh = None
        if fresh is not None:
            trash.append(fresh)
            for name in entries:
                if not name.startswith("."):  # MkDocs leaves hidden entries alone: so do we
                    try:
                        os.rename(site_dir / name, fresh / name)
                    except OSError:
                        pass
        if not trash:
            return None
        sweeper = cls(trash)
        sweeper.begin()
        return sweeper

    def join(self) -> None:
        if self.pid is not None:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:  # reaped by a host that ignores SIGCHLD
                pass
            self.pid = None
        elif self.thread is not None:
            self.thread.join()
