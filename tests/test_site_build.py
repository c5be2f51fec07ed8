"""End to end: build the site from the seed into a temporary folder and read it back."""
import datetime as dt
import gc
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import render, site
from timeline.model import Settings


def timeline_build(project: Path, *args):
    return subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--strict", *args],
                          cwd=project, capture_output=True, text=True)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_built_site_shows_the_three_dates_of_the_seed(site_project):
    result = timeline_build(site_project)
    assert result.returncode == 0, result.stderr
    year = text_of((site_project / "site/timeline/2023/index.html").read_text())
    assert "before 23 Nov 2023 US airstrike" in year
    assert "23 Nov 2023 US and coalition forces" in year
    assert "25 Nov 2023 Article" in year
    assert "Thanksgiving Day" in year and "holiday" in year  # how the date was resolved
    home = text_of((site_project / "site/index.html").read_text())
    assert "23 Nov 2023 to 25 Nov 2023 date range 2 events 1 source" in home  # attacks to article


def test_search_finds_entries_on_their_dates_page_not_again_on_the_tags_page(site_project):
    result = timeline_build(site_project)
    assert result.returncode == 0, result.stderr
    assert "Syria" in (site_project / "site/timeline/tags/index.html").read_text()
    docs = json.loads((site_project / "site/search/search_index.json").read_text())["docs"]
    assert not [d["location"] for d in docs if d["location"].startswith("timeline/tags/")]
    assert any(d["location"].startswith("timeline/2023/") and "Syria" in d["text"] for d in docs)


def test_mkdocs_strict_build_runs_the_plugin_and_warns_about_nothing(site_project):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site_project,
                            capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (site_project / "docs/timeline/2023.md").exists()


def test_hand_written_pages_are_never_touched(site_project):
    before = {p: p.read_bytes() for p in (site_project / "docs").glob("*.md")}
    assert timeline_build(site_project, "--engine", "none").returncode == 0
    assert {p: p.read_bytes() for p in (site_project / "docs").glob("*.md")} == before


def test_two_builds_give_byte_identical_markdown(site_project):
    timeline_build(site_project, "--engine", "none")
    first = {p: p.read_bytes() for p in (site_project / "docs/timeline").rglob("*") if p.is_file()}
    timeline_build(site_project, "--engine", "none")
    second = {p: p.read_bytes() for p in (site_project / "docs/timeline").rglob("*") if p.is_file()}
    assert first == second


@pytest.mark.skipif(shutil.which("zensical") is None and not (Path(sys.executable).parent / "zensical").exists(),
                    reason="zensical is not installed (pip install -e '.[test]')")
def test_the_same_docs_build_with_zensical(site_project):
    assert timeline_build(site_project, "--engine", "none").returncode == 0
    zensical = shutil.which("zensical") or str(Path(sys.executable).parent / "zensical")
    result = subprocess.run([zensical, "build", "-f", "mkdocs.yml"], cwd=site_project,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    year = text_of((site_project / "site/timeline/2023/index.html").read_text())
    assert "before 23 Nov 2023" in year and "25 Nov 2023" in year


def test_html_and_jinja_in_an_article_show_literally_on_the_built_site(site_project):
    import html

    from conftest import DATA

    shutil.copy(DATA / "d2_trial_02.txt", site_project / "seeds" / "d2_trial_02.txt")
    result = timeline_build(site_project)
    assert result.returncode == 0, result.stderr
    page = (site_project / "site/timeline/sources/d2-trial-02/index.html").read_text()
    assert "<b>capital" not in page
    assert '"Dear {{ investor.first_name }}, your <b>capital is fully protected</b>' in html.unescape(text_of(page))


def test_generating_pauses_the_cycle_collector_only_while_it_runs(site_project, monkeypatch):
    settings = Settings(reference_date=dt.date(2023, 12, 1), cache_dir=None)
    seen = []
    real = render.render

    def rendering(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "render", rendering)
    assert gc.isenabled()
    site.generate(settings, site_project, site_project / "docs")
    assert seen == [False] and gc.isenabled()
    overrides = site_project / "overrides" / "timeline"
    overrides.mkdir(parents=True)
    (overrides / "year.md.j2").write_text("{% for x in %}\n")
    with pytest.raises(site.TemplateFailed):
        site.generate(settings, site_project, site_project / "docs")
    assert gc.isenabled()  # also when a template fails


def test_what_was_made_with_the_collector_paused_is_not_walked_when_it_resumes():
    # the collector's first pass after a pause walked every object made during it (0.2-0.5 s
    # after generating 10,000 seeds); they go to its oldest generation instead, unwalked
    passes = []

    def heard(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(heard)
    try:
        with site.collector_paused():
            made = [[n] for n in range(200_000)]  # lists: objects the collector tracks
        passes_on_resuming = list(passes)
        young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    finally:
        gc.callbacks.remove(heard)
    assert gc.isenabled()
    assert passes_on_resuming == []
    assert not any(id(item) in young for item in made[::1000])
