"""The MkDocs plugin: settings, regeneration on every build, and `mkdocs serve` without a loop."""
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from timeline import pipeline, site

NEW_SEED = ("Rockets hit a base near Erbil, 28 NOV\n"
            "Rockets struck a base near Erbil on Thanksgiving Day, officials said.\n")


def pre_build(plugin, config):
    """The plugin's on_pre_build handlers in MkDocs' order (highest priority first)."""
    handlers = sorted(type(plugin).on_pre_build.methods, key=lambda m: -getattr(m, "mkdocs_priority", 0))
    for handler in handlers:
        handler(plugin, config)


def plugin_of(project, **options):
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["timeline"]
    plugin.config.update(options)
    return config, plugin


class Server:
    def __init__(self):
        self.watched = []

    def watch(self, path):
        self.watched.append(path)


def test_serve_watches_the_seeds_and_the_templates(site_project):
    (site_project / "overrides" / "timeline").mkdir(parents=True)
    config, plugin = plugin_of(site_project)
    server = Server()
    plugin.on_serve(server, config, builder=None)
    assert server.watched == [str(site_project / "seeds"), str(site_project / "overrides/timeline")]


def test_each_build_regenerates_reading_only_the_new_seed(site_project, processed, monkeypatch):
    monkeypatch.delenv("TIMELINE_SKIP_GENERATE", raising=False)
    config, plugin = plugin_of(site_project)
    plugin.on_config(config)
    pre_build(plugin, config)
    assert processed == ["000_5b846eb43a1b4327.txt"]
    generated = site_project / "docs" / "timeline"
    first = generated.stat().st_ino

    processed.clear()
    pre_build(plugin, config)  # what serve does after our own pages changed docs/
    assert processed == []
    assert generated.stat().st_ino == first  # nothing written, so nothing for serve to see

    (site_project / "seeds" / "rockets.txt").write_text(NEW_SEED)
    pre_build(plugin, config)
    assert processed == ["rockets.txt"]
    assert "Erbil" in (generated / "timeline.json").read_text()


def test_cache_and_run_settings_come_from_mkdocs_yml(site_project):
    config, plugin = plugin_of(site_project, cache_dir=False, jobs=2, scheduler="tcp://10.0.0.5:8786")
    settings, _ = site.settings_from(dict(plugin.config))
    assert (settings.cache_dir, settings.jobs, settings.scheduler) == (None, 2, "tcp://10.0.0.5:8786")


def test_negative_jobs_is_a_configuration_error(site_project):
    config, plugin = plugin_of(site_project, jobs=-1)
    with pytest.raises(PluginError, match="jobs"):
        plugin.on_config(config)


def test_unreachable_scheduler_fails_the_build_with_a_plugin_error(site_project, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.delenv("TIMELINE_SKIP_GENERATE", raising=False)
    monkeypatch.setattr(pipeline, "CONNECT_TIMEOUT", "1s")
    config, plugin = plugin_of(site_project, scheduler="tcp://127.0.0.1:9", cache_dir=False)
    with pytest.raises(PluginError, match="cannot reach the Dask scheduler"):
        pre_build(plugin, config)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_mkdocs_serve_regenerates_on_a_new_seed_and_then_settles(site_project):
    """A new seed gives one rebuild, our written pages at most one more, then quiet: no loop."""
    port = free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload",
         "-a", f"127.0.0.1:{port}"],
        cwd=site_project, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(serve.stderr.readline, "")),
                              daemon=True)
    reader.start()

    def wait_for(text, count, limit):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if sum(text in line for line in lines) >= count:
                return True
            time.sleep(0.1)
        return False

    try:
        assert wait_for("Serving on", 1, 60), "".join(lines)
        (site_project / "seeds" / "rockets.txt").write_text(NEW_SEED)
        assert wait_for("Reloading browsers", 1, 60), "".join(lines)
        time.sleep(4)  # room for a loop to show itself
        builds = sum("Building documentation" in line for line in lines)
        assert builds <= 3, "".join(lines)  # first build, the seed's, at most one for our pages
        assert "Erbil" in (site_project / "docs/timeline/timeline.json").read_text()
    finally:
        serve.terminate()
        serve.wait(timeout=20)


def test_source_pages_setting_reaches_the_renderer(site_project):
    config, plugin = plugin_of(site_project, source_pages="month")
    settings, _ = site.settings_from(dict(plugin.config))
    assert settings.source_pages == "month"
    assert site.settings_from({"reference_date": "2023-12-01"})[0].source_pages == "auto"


def _converted(text: str) -> str:
    import markdown

    return markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "toc"],
                             extension_configs={"toc": {"permalink": True}}).convert(text)


def test_raw_html_blocks_hidden_from_markdown_come_back_as_markdown_would_pass_them():
    import datetime as dt

    from timeline import render
    from timeline.model import Document, Event, Mention, Settings, Timeline, Timex
    from timeline.builtpages import hide_raw_blocks, restore_raw_blocks

    text = "On Tuesday <b>it</b> rained & *stars* [x](y).\n\nNothing else."
    documents = tuple(Document(f"{n}.txt", f"Article {n}", text, f"2024-03-0{1 + n % 3}", "dateline")
                      for n in range(4)) + (Document("e.txt", "Empty", "", None, "none"),)
    events = tuple(Event(f"e-{n}", f"2024-03-0{1 + n % 3}", "on", f"Rain <{n}>",
                         (Mention(f"{n}.txt", "It rained.", "2024-03-01", "Tuesday", "r", "why"),),
                         tags=("place:Pune", "person:A. B")) for n in range(4))
    timexes = {f"{n}.txt": (Timex(3, 10, "Tuesday", "DATE", "2024-03-05", "weekday-past"),)
               for n in range(4)}
    pages = render.render(Timeline(documents, events, timexes),
                          Settings(reference_date=dt.date(2024, 12, 20), source_pages="month"))
    hidden_any = 0
    for name in ("sources/2024-03.md", "sources/undated.md", "tags.md", "2024.md"):
        page = pages[name].split("---\n", 2)[2]
        hidden, blocks = hide_raw_blocks(page)
        hidden_any += len(blocks)
        assert restore_raw_blocks(_converted(hidden), blocks) == _converted(page), name
    assert hidden_any >= 8


def test_a_raw_block_that_lost_its_placeholder_fails_the_build():
    from timeline.builtpages import hide_raw_blocks, restore_raw_blocks

    hidden, blocks = hide_raw_blocks('Text\n\n<div class="timeline-source-text">\n<p>x</p>\n</div>\n')
    assert blocks and "<p>x</p>" not in hidden
    with pytest.raises(PluginError):
        restore_raw_blocks("<p>Text</p>", blocks)


def test_a_raw_block_inside_a_paragraph_or_holding_its_own_tag_is_left_to_markdown():
    from timeline.builtpages import hide_raw_blocks

    inline = 'Text\n<div class="timeline-source-text">\n<p>x</p>\n</div>\n'
    nested = '<div class="timeline-source-text">\n<div>x</div>\n</div>\n'
    assert hide_raw_blocks(inline) == (inline, {}) and hide_raw_blocks(nested) == (nested, {})


def test_a_clean_build_empties_the_site_folder_beside_the_build_and_keeps_hidden_files(site_project):
    site_dir = site_project / "site"
    (site_dir / "old-page").mkdir(parents=True)
    (site_dir / "old-page" / "index.html").write_text("<p>a page no longer built</p>")
    (site_dir / ".git").mkdir()  # MkDocs never deletes hidden entries: neither do we
    (site_dir / ".timeline-old-1-2").mkdir()  # left by an interrupted build
    (site_dir / ".timeline-old-1-2" / "stale.html").write_text("<p>stale</p>")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site_project,
                           capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert build.returncode == 0, build.stderr
    assert not (site_dir / "old-page").exists()
    assert (site_dir / ".git").is_dir()
    assert not [p.name for p in site_dir.iterdir() if p.name.startswith(".timeline-old-")]
    assert (site_dir / "timeline" / "index.html").is_file()


def test_a_dirty_build_or_serve_keeps_the_site_folder(site_project, tmp_path):
    config, plugin = plugin_of(site_project)
    (site_project / "site").mkdir()
    (site_project / "site" / "kept.html").write_text("<p>kept</p>")
    for command, dirty in (("build", True), ("serve", False)):
        (site_project / "site" / ".timeline-old-1-2").mkdir()  # an old site an interrupted build left
        (site_project / "site" / ".timeline-kept-1-2" / "0").mkdir(parents=True)  # and its pages
        plugin.on_startup(command=command, dirty=dirty)
        pre_build(plugin, config)
        assert plugin.sweeper is None
        assert (site_project / "site" / "kept.html").is_file()
        assert not (site_project / "site" / ".timeline-old-1-2").exists()  # never published
        assert not (site_project / "site" / ".timeline-kept-1-2").exists()  # gh-deploy would ship it


def test_a_clean_build_without_a_cache_removes_pages_an_interrupted_build_set_aside(site_project):
    config = site_project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      highlights: 10\n", "      highlights: 10\n      cache_dir: false\n"))
    assert "cache_dir: false" in config.read_text()
    stale = site_project / "site" / ".timeline-kept-1-2" / "0"
    stale.mkdir(parents=True)
    (stale / "index.html").write_text("<p>a page as it was two builds ago</p>")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site_project,
                           capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert build.returncode == 0, build.stderr
    assert not (site_project / "site" / ".timeline-kept-1-2").exists()


def test_folder_links_are_said_to_break_without_directory_urls(site_project, caplog):
    config, plugin = plugin_of(site_project)
    with caplog.at_level("WARNING", logger="mkdocs.plugins.timeline"):
        plugin.on_config(config)
    assert not caplog.records  # the default, which the pages' raw links are written for
    config["use_directory_urls"] = False
    with caplog.at_level("WARNING", logger="mkdocs.plugins.timeline"):
        plugin.on_config(config)
    assert "use_directory_urls: false is not supported" in caplog.text


SWEEPS_IN_A_PROCESS = """
import os, sys, threading
from pathlib import Path
from timeline.plugin import Sweeper
site = Path(sys.argv[1])
(site / "old").mkdir(parents=True)
(site / "old" / "index.html").write_text("the last build's page")
sweeper = Sweeper.start(site)
assert sweeper.pid is not None and threading.active_count() == 1, "the build must stay single-threaded"
sweeper.join()
assert os.listdir(site) == [], os.listdir(site)
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: the sweeper is a thread there")
def test_the_old_site_is_deleted_by_a_forked_process_so_the_build_may_fork(tmp_path):
    ran = subprocess.run([sys.executable, "-c", SWEEPS_IN_A_PROCESS, str(tmp_path / "site")],
                         capture_output=True, text=True, timeout=120)
    assert ran.stdout.strip() == "ok", ran.stderr
