"""Built pages reused: a page whose content, metadata and surroundings (navigation, every page's
title and URL, mkdocs.yml, the theme's templates) are what an earlier build saw takes that
build's HTML instead of rendering Material's templates again, and the site is byte for byte
what a build from scratch makes."""
import logging
import os
import re
import subprocess
import sys

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

BAGHDAD_SEED = ("Talks resumed in Baghdad\nPublished: March 14, 2022\n"
                "Negotiators met in Baghdad on March 10, 2022 to restart the talks, officials said.\n")
ERBIL_SEED = ("Rockets hit a base near Erbil, 28 NOV\n"
              "Rockets struck a base near Erbil on Thanksgiving Day, officials said.\n")


@pytest.fixture
def project(site_project, monkeypatch):
    """The repository's site with a seed from 2022 beside the 2023 one, sources by month, and a
    theme override folder; built in this process, from the project folder, as `mkdocs build`."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # sitemap.xml.gz carries a time
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.delenv("TIMELINE_SKIP_GENERATE", raising=False)
    monkeypatch.chdir(site_project)
    (site_project / "seeds" / "baghdad.txt").write_text(BAGHDAD_SEED)
    (site_project / "overrides" / "theme").mkdir(parents=True)
    text = (site_project / "mkdocs.yml").read_text()
    text = text.replace("  name: material\n", "  name: material\n  custom_dir: overrides/theme\n")
    text = text.replace("      seeds: seeds\n", "      seeds: seeds\n      source_pages: month\n")
    (site_project / "mkdocs.yml").write_text(text)
    return site_project


def built(project, caplog) -> tuple[int, int]:
    """Build; how many pages were reused and how many rendered (the plugin's debug line)."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.timeline"):
        build(load_config(str(project / "mkdocs.yml")))
    counts = [re.search(r"(\d+) built pages reused, (\d+) rendered", r.getMessage())
              for r in caplog.records]
    found = [c for c in counts if c]
    return (int(found[-1][1]), int(found[-1][2])) if found else (0, 0)


def built_by_mkdocs(project) -> tuple[int, int]:
    """`mkdocs build` in a process of its own (a key that held an object's address would
    differ from one process to the next); how many pages were reused and rendered."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-v"], cwd=project,
                            capture_output=True, text=True, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    found = re.findall(r"(\d+) built pages reused, (\d+) rendered", result.stdout + result.stderr)
    return (int(found[-1][0]), int(found[-1][1])) if found else (0, 0)


def site_files(project) -> dict[str, bytes]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def from_scratch(project, tmp_path) -> dict[str, bytes]:
    """The same project built with no cache (every page converted and rendered)."""
    text = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(text.replace("      seeds: seeds\n",
                                                     "      seeds: seeds\n      cache_dir: false\n"))
    try:
        build(load_config(str(project / "mkdocs.yml")))
        return site_files(project)
    finally:
        (project / "mkdocs.yml").write_text(text)


def test_a_new_seed_reuses_the_untouched_pages_and_the_site_equals_one_built_from_scratch(
        project, tmp_path):
    built_by_mkdocs(project)
    (project / "seeds" / "erbil.txt").write_text(ERBIL_SEED)
    reused, rendered = built_by_mkdocs(project)
    assert reused >= 2  # the 2022 year page and March 2022's sources, untouched by a 2023 seed
    assert rendered >= 2  # the 2023 year page and November 2023's sources, which show Erbil
    warm = site_files(project)
    assert "Erbil" in warm["timeline/sources/2023-11/index.html"].decode()
    cold = from_scratch(project, tmp_path)
    assert "Erbil" in cold["search/search_index.json"].decode()
    assert warm.keys() == cold.keys()
    assert [name for name in cold if warm[name] != cold[name]] == []


def test_an_unchanged_rebuild_reuses_every_page_it_may(project, caplog):
    built(project, caplog)
    first = site_files(project)
    reused, rendered = built(project, caplog)
    assert reused >= 4 and rendered == 0
    assert site_files(project) == first


@pytest.mark.parametrize("change", ["new page", "mkdocs.yml", "new override", "edited override",
                                    "date in mkdocs.yml"])
def test_a_change_around_the_pages_renders_every_page_again(project, tmp_path, caplog, change):
    override = project / "overrides" / "theme" / "partials" / "copyright.html"
    if change == "edited override":
        override.parent.mkdir()
        override.write_text('<div class="md-copyright">Reporting by many.</div>\n')
    if change == "date in mkdocs.yml":  # YAML reads it as a date, not a string
        override.parent.mkdir()
        override.write_text('<div class="md-copyright">Updated {{ config.extra.updated }}.</div>\n')
        with (project / "mkdocs.yml").open("a") as config:
            config.write("\nextra:\n  updated: 2024-01-01\n")
    first_reused, first_rendered = built(project, caplog)
    assert built(project, caplog) == (first_reused + first_rendered, 0)  # all reused
    if change == "new page":  # another page: every page's list of pages changes
        (project / "docs" / "methods.md").write_text("# Methods\n\nHow the dates are found.\n")
    elif change == "mkdocs.yml":
        text = (project / "mkdocs.yml").read_text()
        (project / "mkdocs.yml").write_text(text.replace("site_name: Timeline", "site_name: Chronology"))
    elif change == "date in mkdocs.yml":
        text = (project / "mkdocs.yml").read_text()
        (project / "mkdocs.yml").write_text(text.replace("updated: 2024-01-01", "updated: 2025-06-30"))
    else:
        override.parent.mkdir(exist_ok=True)
        override.write_text('<div class="md-copyright">Reporting by the agencies.</div>\n')
    reused, rendered = built(project, caplog)
    assert reused == 0 and rendered >= first_reused + first_rendered
    year = (project / "site" / "timeline" / "2022" / "index.html").read_text()
    if change == "mkdocs.yml":
        assert "Chronology" in year
    elif change == "date in mkdocs.yml":
        assert "Updated 2025-06-30." in year
    elif change != "new page":
        assert "Reporting by the agencies." in year
    assert site_files(project) == from_scratch(project, tmp_path)


def test_a_damaged_stored_page_is_rendered_again(project, caplog):
    built(project, caplog)
    first = site_files(project)
    entries = [p for p in (project / ".timeline-cache").rglob("*.json")
               if b"md-container" in p.read_bytes()]  # stored pages: Material's HTML around the content
    assert entries
    for entry in entries:
        entry.write_bytes(entry.read_bytes().replace(b"md-container", b"md-kontainer"))
    reused, rendered = built(project, caplog)
    assert reused == 0 and rendered >= len(entries)
    assert site_files(project) == first


def test_the_theme_is_compiled_once_and_again_when_its_stored_code_is_damaged(project, caplog,
                                                                              monkeypatch):
    import jinja2

    compiled = []
    real = jinja2.Environment.compile

    def compile(env, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return real(env, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    built(project, caplog)
    first = site_files(project)
    assert "main.html" in compiled and "partials/nav.html" in compiled
    compiled.clear()
    built(project, caplog)
    assert "main.html" not in compiled and "partials/nav.html" not in compiled
    for entry in (project / ".timeline-cache").rglob("*.json"):
        entry.write_bytes(entry.read_bytes()[:-40])  # every stored entry cut short
    compiled.clear()
    built(project, caplog)
    assert "main.html" in compiled and "partials/nav.html" in compiled
    assert site_files(project) == first


def test_each_plugin_is_keyed_by_the_package_it_comes_from(project):
    from importlib import metadata

    from timeline.builtpages import _plugin_versions

    (project / "hooks.py").write_text("def on_page_markdown(markdown, **kwargs):\n    return markdown\n")
    with (project / "mkdocs.yml").open("a") as config:
        config.write("\nhooks:\n  - hooks.py\n")
    config = load_config(str(project / "mkdocs.yml"))
    versions = dict(_plugin_versions(config))
    assert versions["timeline"] == [f"timeline=={metadata.version('timeline')}"]
    material = f"mkdocs-material=={metadata.version('mkdocs-material')}"
    assert versions["material/search"] == versions["material/tags"] == [material]
    # the entry point MkDocs loaded it by names the package, as the files each package holds
    # do (those of an editable install, timeline's own here, do not name its modules)
    owners = metadata.packages_distributions()
    for name, plugin in config.plugins.items():
        top = type(plugin).__module__.split(".")[0]
        if top in owners:
            assert versions[name] == sorted(f"{d}=={metadata.version(d)}" for d in owners[top])
    assert [(name, held) for name, held in versions.items() if "hooks" in name] == [("hooks.py", [])]


def test_a_changed_page_is_indexed_for_search_by_its_changed_sections(project, tmp_path, caplog,
                                                                      monkeypatch):
    import material.plugins.search.plugin as search

    from timeline.builtpages import SectionIndex

    monkeypatch.setattr(SectionIndex, "LEAST", 0)  # the repository's pages are small
    fed = []
    real = search.Parser.feed
    monkeypatch.setattr(search.Parser, "feed", lambda parser, html: (fed.append(html), real(parser, html))[1])
    built(project, caplog)
    # a second article for November 2023's sources page, naming only places it lists already
    (project / "seeds" / "asad.txt").write_text("Drones struck Al-Asad Airbase in Iraq, 27 NOV\n"
                                                "Drones struck Al-Asad Airbase in Iraq on Sunday, "
                                                "US officials said.\n")
    fed.clear()
    built(project, caplog)
    parsed = "".join(fed)
    assert '<h2 id="asad">' in parsed  # the new article's section
    assert '<h2 id="000-5b846eb43a1b4327">' not in parsed  # the article the page had
    assert site_files(project) == from_scratch(project, tmp_path)  # search index included


def test_a_reused_page_keeps_the_file_the_last_build_wrote_unless_it_was_touched(project):
    built_by_mkdocs(project)  # `mkdocs build` (a clean build: the site folder is emptied)
    year = project / "site" / "timeline" / "2022" / "index.html"
    sources = project / "site" / "timeline" / "sources" / "2022-03" / "index.html"
    first = site_files(project)
    before = year.stat()
    html = sources.read_bytes()
    with sources.open("r+b") as file:  # an edit by hand, the size kept
        file.write(html[:20].upper())
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-v"], cwd=project,
                            capture_output=True, text=True, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert re.search(r"timeline: [4-9] built pages reused, 0 rendered", result.stdout + result.stderr)
    after = year.stat()  # put back, not written again (a new file may get a freed inode number)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert sources.read_bytes() == html  # the edited file was written again
    assert site_files(project) == first
    assert "skipped" not in result.stdout + result.stderr  # MkDocs' note of a page not written
    assert not [p.name for p in (project / "site").iterdir() if p.name.startswith(".")]


def test_the_search_index_is_joined_from_the_stored_entries_and_equals_one_from_scratch(
        project, tmp_path, caplog, monkeypatch):
    import material.plugins.search.plugin as search

    written = []  # how many entries the search plugin serialised itself, at each build
    real = search.SearchIndex.generate_search_index
    monkeypatch.setattr(search.SearchIndex, "generate_search_index",
                        lambda index, prev: (written.append(len(index.entries)), real(index, prev))[1])
    built(project, caplog)
    (project / "seeds" / "erbil.txt").write_text(ERBIL_SEED)
    written.clear()
    built(project, caplog)
    # the plugin wrote only its settings (no entries); the entries came from the stored texts
    assert written == [0]
    index = (project / "site" / "search" / "search_index.json").read_bytes()
    assert b"Erbil" in index
    assert site_files(project) == from_scratch(project, tmp_path)


def test_stored_search_entries_are_parsed_only_where_the_plugin_writes_the_index_itself(
        project, tmp_path, caplog, monkeypatch):
    import material.plugins.search.plugin as search

    seen = []  # at each build's end: (entries held as parsed objects, held otherwise)
    real = search.SearchPlugin.on_post_build

    def on_post_build(plugin, *, config):
        kinds = [type(e) is dict for e in plugin.search_index.entries]
        seen.append((kinds.count(True), kinds.count(False)))
        return real(plugin, config=config)

    monkeypatch.setattr(search.SearchPlugin, "on_post_build", on_post_build)
    built(project, caplog)
    (project / "seeds" / "erbil.txt").write_text(ERBIL_SEED)
    seen.clear()
    built(project, caplog)
    [(parsed, unparsed)] = seen
    assert unparsed >= 2  # the unchanged pages' entries stayed text until written
    joined = (project / "site" / "search" / "search_index.json").read_bytes()
    # as under `mkdocs serve --dirty`, where the plugin keeps the index for the next build: the
    # stored entries are parsed in place and the plugin writes every entry itself, the same
    written = []
    generate = search.SearchIndex.generate_search_index
    monkeypatch.setattr(search.SearchIndex, "generate_search_index",
                        lambda index, prev: (written.append([type(e) for e in index.entries]),
                                             generate(index, prev))[1])
    on_config = search.SearchPlugin.on_config
    monkeypatch.setattr(search.SearchPlugin, "on_config",
                        lambda plugin, config: (setattr(plugin, "is_dirty", True), on_config(plugin, config))[1])
    (project / "seeds" / "erbil.txt").unlink()
    built(project, caplog)
    (project / "seeds" / "erbil.txt").write_text(ERBIL_SEED)
    written.clear()
    built(project, caplog)
    [kinds] = written
    assert len(kinds) > 10 and set(kinds) == {dict}
    assert (project / "site" / "search" / "search_index.json").read_bytes() == joined
    assert site_files(project) == from_scratch(project, tmp_path)


def test_a_page_the_cache_restores_makes_no_markdown_instance(project, caplog, monkeypatch):
    import markdown

    made = []  # the Markdown text of every page MkDocs makes a Markdown instance for
    real = markdown.Markdown.convert
    monkeypatch.setattr(markdown.Markdown, "convert", lambda md, text: (made.append(text), real(md, text))[1])
    built(project, caplog)
    first, converted = site_files(project), list(made)
    made.clear()
    built(project, caplog)
    # only the pages that include a snippet are converted again; no restored page's empty body
    assert made == [text for text in converted if "--8<--" in text]
    assert len(converted) > len(made) + 4
    assert site_files(project) == first


# Two clean builds, as `mkdocs build` runs them, in a fresh interpreter (a test session may run
# threads, a Dask cluster's, where nothing is forked by design); prints the Markdown texts this
# process converted in the second build, after a new seed (a forked one's are its own).
TWO_CLEAN_BUILDS = """
import json, sys
from pathlib import Path
import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
project = Path(sys.argv[1])
converted = []
real = markdown.Markdown.convert
markdown.Markdown.convert = lambda md, text: (converted.append(text), real(md, text))[1]
def clean_build():
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
clean_build()
(project / "seeds" / "erbil.txt").write_text(sys.argv[2])
converted.clear()
clean_build()
print(json.dumps(converted))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: every page is converted in place")
def test_a_clean_build_converts_the_changed_pages_in_a_forked_process(project, tmp_path):
    import json

    ran = subprocess.run([sys.executable, "-c", TWO_CLEAN_BUILDS, str(project), ERBIL_SEED],
                         capture_output=True, text=True, timeout=600, cwd=project)
    assert ran.returncode == 0, ran.stderr
    converted = json.loads(ran.stdout.strip().splitlines()[-1])
    # here only the pages with snippets (no page is stored with them) and the tags page, whose
    # Markdown Material's tags plugin rewrites (its key is not the one of the file's text);
    # the year and sources pages that changed were converted by the forked process
    assert converted and all("--8<--" in text or "{ #timeline/tags.md:" in text for text in converted)
    assert not [text for text in converted if "Rockets struck a base near Erbil" in text]
    site = site_files(project)
    assert b"Erbil" in site["timeline/2023/index.html"]
    assert site == from_scratch(project, tmp_path)
