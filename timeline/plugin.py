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
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from . import site
from .pipeline import ClusterUnavailable
from .render import DEFAULT_TEMPLATES_DIR, UnsafeOutput

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
        return config

    # Runs before MkDocs collects files (MkDocs reads docs_dir after on_pre_build), so the
    # generated pages are part of this very build.
    @event_priority(50)
    def on_pre_build(self, config):
        if not self.config.enabled or os.environ.get("TIMELINE_SKIP_GENERATE"):
            return
        project = Path(config.config_file_path or ".").parent
        settings, problems = site.settings_from(dict(self.config))
        progress = sys.stderr.isatty() and not os.environ.get("CI")
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
        project = Path(config.config_file_path or ".").parent
        for folder in (self.config.seeds, self.config.templates_dir or DEFAULT_TEMPLATES_DIR):
            if folder and (project / folder).is_dir():
                server.watch(str(project / folder))
        return server
