"""Incremental MkDocs builds: pages whose Markdown did not change skip conversion and search
indexing, and the built site is byte for byte what a build without the cache makes."""
import os
import subprocess
import sys

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

NEW_SEED = ("Rockets hit a base near Erbil, 28 NOV\n"
            "Rockets struck a base near Erbil on Thanksgiving Day, officials said.\n")


@pytest.fixture
def quiet_env(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # sitemap.xml.gz carries a time
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.delenv("TIMELINE_SKIP_GENERATE", raising=False)


def mkdocs_build(project, *args):
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *args], cwd=project,
                          capture_output=True, text=True, env=dict(os.environ))


def site_files(project):
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def page_entries(project):
    """The cached conversions and search entries (the seed results are pickles)."""
    return sorted((project / ".timeline-cache").rglob("*.json"))


def without_cache(project):
    text = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(text.replace("      seeds: seeds\n",
                                                     "      seeds: seeds\n      cache_dir: false\n"))


def conversions(project, monkeypatch) -> list[str]:
    """Build in this process; the non-empty Markdown texts MkDocs converted."""
    converted = []
    real = markdown.Markdown.convert

    def counting(md, source):
        if source.strip():
            converted.append(source)
        return real(md, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counting)
    monkeypatch.chdir(project)  # as `mkdocs build` is run: snippets' base_path is relative to it
    build(load_config(str(project / "mkdocs.yml")))
    monkeypatch.setattr(markdown.Markdown, "convert", real)
    return converted


def test_rebuild_after_a_new_seed_equals_a_build_without_the_cache(site_project, tmp_path, quiet_env):
    assert mkdocs_build(site_project).returncode == 0
    (site_project / "seeds" / "rockets.txt").write_text(NEW_SEED)
    result = mkdocs_build(site_project)
    assert result.returncode == 0, result.stderr
    warm = site_files(site_project)
    assert page_entries(site_project)  # the cache was there to use

    without_cache(site_project)
    result = mkdocs_build(site_project)
    assert result.returncode == 0, result.stderr
    cold = site_files(site_project)
    assert "Erbil" in cold["search/search_index.json"].decode()
    assert warm.keys() == cold.keys()
    assert [name for name in cold if warm[name] != cold[name]] == []


def test_unchanged_pages_are_not_converted_again(site_project, quiet_env, monkeypatch):
    first = conversions(site_project, monkeypatch)
    assert len(first) >= 8
    assert conversions(site_project, monkeypatch) == [
        text for text in first if "--8<--" in text]  # only pages that include a snippet


def test_a_new_seed_converts_only_the_pages_whose_markdown_changed(site_project, quiet_env, monkeypatch):
    first = conversions(site_project, monkeypatch)
    (site_project / "seeds" / "rockets.txt").write_text(NEW_SEED)
    again = conversions(site_project, monkeypatch)
    assert [text for text in again if text in first and "--8<--" not in text] == []
    assert any(text.startswith("# About this timeline") for text in first)  # converted once
    assert any("Erbil" in text for text in again)


@pytest.mark.parametrize("damage", [
    lambda data: b"",                                     # emptied
    lambda data: data[:len(data) // 2],                   # half-written
    lambda data: b"not json\n{}",                         # garbage
    lambda data: data.replace(b"the", b"tha"),  # text edited, JSON still valid: digest differs
])
def test_damaged_entries_are_converted_again_and_the_site_is_unchanged(site_project, quiet_env,
                                                                        monkeypatch, damage):
    first = conversions(site_project, monkeypatch)
    built = site_files(site_project)
    for entry in page_entries(site_project):
        entry.write_bytes(damage(entry.read_bytes()))
    assert len(conversions(site_project, monkeypatch)) == len(first)
    assert site_files(site_project) == built
    assert all(entry.read_bytes().startswith((b'["timeline-json-1"', b'["timeline-json-text-1"'))
               for entry in page_entries(site_project))  # rewritten whole


def test_a_link_whose_target_is_gone_warns_again(site_project, quiet_env):
    (site_project / "docs" / "extra.md").write_text("# Extra\n\nMore.\n")
    about = site_project / "docs" / "about.md"
    about.write_text(about.read_text() + "\nSee [more](extra.md).\n")
    assert mkdocs_build(site_project).returncode == 0
    (site_project / "docs" / "extra.md").unlink()
    result = mkdocs_build(site_project)
    assert result.returncode == 1
    assert "contains a link 'extra.md'" in result.stderr


def test_a_page_with_a_warning_warns_on_every_build(site_project, quiet_env):
    about = site_project / "docs" / "about.md"
    about.write_text(about.read_text() + "\nSee [nothing](missing.md).\n")
    for _ in range(2):
        result = mkdocs_build(site_project, "--no-strict")
        assert "contains a link 'missing.md'" in result.stderr


def test_a_page_with_search_attributes_is_built_as_without_the_cache(site_project, quiet_env):
    """Material's search plugin strips data-search-* attributes from a page's HTML; with the
    cache a page that has none skips that pass, a page that has one still gets it."""
    about = site_project / "docs" / "about.md"
    about.write_text(about.read_text() + '\n<p data-search-exclude="true">Not for search.</p>\n')
    assert mkdocs_build(site_project).returncode == 0
    assert mkdocs_build(site_project).returncode == 0  # served from the cache
    warm = site_files(site_project)
    without_cache(site_project)
    assert mkdocs_build(site_project).returncode == 0
    cold = site_files(site_project)
    assert "Not for search." in warm["about/index.html"].decode()
    assert "data-search-exclude" not in warm["about/index.html"].decode()
    assert [name for name in cold if warm.get(name) != cold[name]] == []
