"""The content-hash cache: a rebuild re-reads only what changed, and never trusts a bad entry."""
import dataclasses
import os
import functools
import datetime as dt
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import cache as cache_module
from timeline import pipeline, processes, render, site
from timeline.cache import Cache, open_cache, seed_key
from timeline.model import SeedResult, Settings

RAID = "Raid on depot, 25 NOV\nA raid hit a fuel depot near Erbil on Thanksgiving Day.\n"
STRIKE = ("Strike on convoy, 27 NOV\nA drone struck a supply convoy outside Mosul on Sunday, "
          "officials said.\n")
TALKS = "Talks resume, 28 NOV\nNegotiators met in Baghdad on Monday to restart the talks.\n"


@pytest.fixture
def settings(tmp_path):
    return Settings(reference_date=dt.date(2023, 12, 1), jobs=1, cache_dir=str(tmp_path / "cache"))


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "raid.txt").write_text(RAID)
    (folder / "strike.txt").write_text(STRIKE)
    return folder


def build(seeds, settings):
    """What `site.generate` does around the pipeline: run with the cache, then prune."""
    store = open_cache(settings, seeds.parent)
    timeline = pipeline.run([seeds], settings, store)
    store.prune()
    return timeline


def seeds_of(timeline):
    return sorted({m.seed for e in timeline.events for m in e.mentions})


def settings_root(settings):
    return Path(settings.cache_dir)


def entries(settings):
    return sorted(settings_root(settings).rglob("*.pickle"))


def test_second_build_reads_no_seed_and_gives_the_same_timeline(seeds, settings, processed):
    first = build(seeds, settings)
    assert sorted(processed) == ["raid.txt", "strike.txt"]
    processed.clear()
    assert build(seeds, settings) == first
    assert processed == []


def test_adding_one_seed_reads_only_that_seed(seeds, settings, processed):
    build(seeds, settings)
    processed.clear()
    (seeds / "talks.txt").write_text(TALKS)
    timeline = build(seeds, settings)
    assert processed == ["talks.txt"]
    assert seeds_of(timeline) == ["raid.txt", "strike.txt", "talks.txt"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_new_seed_is_tagged_in_a_forked_process_unless_one_job_is_asked(seeds, settings, processed, monkeypatch):
    if not processes.fork_is_safe():  # a Dask cluster of an earlier test left threads running
        pytest.skip("this process runs other threads: nothing is forked, by design")
    settings = dataclasses.replace(settings, jobs=2)
    build(seeds, settings)
    processed.clear()
    here = []
    real = pipeline.process_seed  # the counting one: it also notes which process ran it
    monkeypatch.setattr(pipeline, "process_seed",
                        lambda *args, **kw: here.append(os.getpid()) or real(*args, **kw))
    (seeds / "talks.txt").write_text(TALKS)
    added = build(seeds, settings)
    assert processed == ["talks.txt"] and here == []  # tagged, but not in this process
    assert added == pipeline.run([seeds], settings)  # the same timeline as from scratch
    assert "talks.txt" in seeds_of(added)
    (seeds / "convoy.txt").write_text(STRIKE.replace("Mosul", "Kirkuk"))
    here.clear()
    build(seeds, dataclasses.replace(settings, jobs=1))
    assert here == [os.getpid()]  # --jobs 1 runs everything in this process


def test_changing_one_seed_reads_only_that_seed(seeds, settings, processed):
    build(seeds, settings)
    processed.clear()
    (seeds / "raid.txt").write_text(RAID.replace("Erbil", "Kirkuk"))
    timeline = build(seeds, settings)
    assert processed == ["raid.txt"]
    assert any("Kirkuk" in m.sentence for e in timeline.events for m in e.mentions)
    assert not any("Erbil" in m.sentence for e in timeline.events for m in e.mentions)


def test_removed_seed_events_disappear_and_its_entry_is_pruned(seeds, settings, processed):
    build(seeds, settings)
    assert len(entries(settings)) == 2
    (seeds / "strike.txt").unlink()
    timeline = build(seeds, settings)
    assert seeds_of(timeline) == ["raid.txt"]
    assert len(entries(settings)) == 1


def test_renamed_seed_is_read_again_under_its_new_name(seeds, settings, processed):
    build(seeds, settings)
    processed.clear()
    (seeds / "strike.txt").rename(seeds / "convoy.txt")
    timeline = build(seeds, settings)
    assert processed == ["convoy.txt"]
    assert seeds_of(timeline) == ["convoy.txt", "raid.txt"]


@pytest.mark.parametrize("damage", [
    lambda data: b"",                         # emptied
    lambda data: data[:len(data) // 2],       # half-written
    lambda data: b"not a pickle at all",      # garbage
    lambda data: pickle.dumps({"x": 1}),      # a pickle, but not ours
    lambda data: data.replace(b"depot", b"DEPOT").replace(b"convoy", b"CONVOY"),  # edited: still unpickles
])
def test_damaged_entry_is_ignored_and_rebuilt(seeds, settings, processed, damage):
    first = build(seeds, settings)
    for entry in entries(settings):
        entry.write_bytes(damage(entry.read_bytes()))
    processed.clear()
    assert build(seeds, settings) == first
    assert sorted(processed) == ["raid.txt", "strike.txt"]
    processed.clear()
    build(seeds, settings)
    assert processed == []  # rebuilt entries are good again


def test_entry_stored_under_another_key_is_not_trusted(seeds, settings, processed):
    build(seeds, settings)
    raid, strike = (Cache(settings.cache_dir, settings)._path(seed_key((seeds / n).read_bytes(), n))
                    for n in ("raid.txt", "strike.txt"))
    raid.write_bytes(strike.read_bytes())
    processed.clear()
    timeline = build(seeds, settings)
    assert processed == ["raid.txt"]
    assert seeds_of(timeline) == ["raid.txt", "strike.txt"]


def test_changed_settings_invalidate_the_cache(seeds, settings, processed):
    build(seeds, settings)
    processed.clear()
    build(seeds, dataclasses.replace(settings, reference_date=dt.date(2024, 12, 1)))
    assert sorted(processed) == ["raid.txt", "strike.txt"]


def test_settings_that_do_not_change_results_keep_the_cache(seeds, settings, processed):
    build(seeds, settings)
    processed.clear()
    build(seeds, dataclasses.replace(settings, jobs=2, highlights=3, output_dir="story"))
    assert processed == []


def test_new_code_version_invalidates_the_cache(seeds, settings, processed, monkeypatch):
    build(seeds, settings)
    processed.clear()
    monkeypatch.setattr(cache_module, "code_version", lambda: "a new tagger")
    build(seeds, settings)
    assert sorted(processed) == ["raid.txt", "strike.txt"]


def test_code_version_follows_the_source_files():
    assert cache_module.code_version() == cache_module.code_version()
    assert len(cache_module.code_version()) == 64


def test_only_a_few_namespaces_are_kept(seeds, settings):
    for year in range(2020, 2027):
        build(seeds, dataclasses.replace(settings, reference_date=dt.date(year, 12, 1)))
    namespaces = [p for p in settings_root(settings).iterdir() if p.is_dir()]
    assert len(namespaces) == cache_module.KEEP_NAMESPACES


def test_seeds_are_never_written(seeds, settings):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seeds.rglob("*")}
    build(seeds, settings)
    build(seeds, settings)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seeds.rglob("*")} == before


def test_unwritable_cache_only_makes_the_build_slower(seeds, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    blocked = dataclasses.replace(settings, cache_dir=str(blocker))
    assert seeds_of(build(seeds, blocked)) == ["raid.txt", "strike.txt"]


def test_cache_can_be_turned_off(tmp_path):
    assert open_cache(Settings(reference_date=dt.date(2023, 12, 1), cache_dir=None), tmp_path) is None


def test_relative_cache_folder_lives_in_the_project(tmp_path):
    store = open_cache(Settings(reference_date=dt.date(2023, 12, 1)), tmp_path)
    assert store.root == tmp_path / ".timeline-cache"


@pytest.mark.parametrize("value, expected", [
    (False, None), ("false", None), ("", None), (True, ".timeline-cache"),
    ("/var/cache/timeline", "/var/cache/timeline"),
])
def test_cache_dir_setting_in_mkdocs_yml(value, expected):
    settings, _ = site.settings_from({"reference_date": "2023-12-01", "cache_dir": value})
    assert settings.cache_dir == expected


def test_missing_seed_is_reported_not_cached(tmp_path, settings):
    store = open_cache(settings, tmp_path)
    results = pipeline.extract_all([(tmp_path / "gone.txt", "gone.txt")], settings, store)
    assert results[0].document is None and "gone.txt" in str(results[0].problems[0])
    assert entries(settings) == []


def test_cached_result_is_the_frozen_seed_result(seeds, settings):
    store = open_cache(settings, seeds.parent)
    data = (seeds / "raid.txt").read_bytes()
    result = pipeline.process_seed(seeds / "raid.txt", "raid.txt", settings)
    assert store.put(seed_key(data, "raid.txt"), result)
    assert isinstance(store.get(seed_key(data, "raid.txt")), SeedResult)
    assert store.get(seed_key(data, "raid.txt")) == result


def test_a_cache_pointed_at_the_project_never_removes_its_files(site_project):
    (site_project / "mkdocs.yml").write_text(
        (site_project / "mkdocs.yml").read_text().replace("      seeds: seeds\n", "      seeds: seeds\n      cache_dir: .\n"))
    folders = [site_project / f"notes-{i}" for i in range(5)]  # more folders than it keeps
    for folder in folders:
        folder.mkdir()
        (folder / "notes.txt").write_text("mine")
    for _ in range(2):
        result = subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--engine", "none"],
                                cwd=site_project, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert (site_project / "seeds" / "000_5b846eb43a1b4327.txt").exists()
    assert all((folder / "notes.txt").read_text() == "mine" for folder in folders)


@pytest.mark.parametrize("damage", [
    lambda data: data[:len(data) // 2],                   # half-written
    lambda data: data[:-1] + bytes([data[-1] ^ 1]),       # one bit flipped: digest differs
    lambda data: b"garbage",
])
def test_damaged_merge_links_are_ignored_and_rewritten(seeds, settings, damage):
    (seeds / "talks.txt").write_text(TALKS)
    first = build(seeds, settings)
    blob = next(settings_root(settings).rglob("merge-links.blob"))
    blob.write_bytes(damage(blob.read_bytes()))
    (seeds / "talks.txt").unlink()  # the links must be used for the timeline to change
    assert pipeline.run([seeds], settings) == build(seeds, settings)
    assert Cache(settings.cache_dir, settings).get_blob("merge-links") is not None
    (seeds / "talks.txt").write_text(TALKS)
    assert build(seeds, settings) == first


def generated_pages(project, settings):
    output = site.generate(settings, project, project / "docs").output
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def marks_entries(settings):
    return {p: p.read_bytes() for p in Path(settings.cache_dir).glob("*/??/*.json")}


def test_render_memo_keeps_an_entry_per_text_and_rewrites_none_that_did_not_change(site_project):
    settings = Settings(reference_date=dt.date(2023, 12, 1), jobs=1,
                        cache_dir=str(site_project / "cache"))
    first = generated_pages(site_project, settings)
    stored = marks_entries(settings)
    # the year page, the article's marked text, the exports of its month, and what was written
    assert len(stored) == 4
    times = {p: p.stat().st_mtime_ns for p in stored}
    assert generated_pages(site_project, settings) == first
    assert {p: p.stat().st_mtime_ns for p in marks_entries(settings)} == times  # read, not written

    (site_project / "seeds" / "talks.txt").write_text(TALKS)
    added = generated_pages(site_project, settings)
    assert "Baghdad" in added["2023.md"].decode()
    for path in marks_entries(settings):  # damaged entries are made again, never shown
        path.write_bytes(path.read_bytes().replace(b"Baghdad", b"Bagdad"))
    assert generated_pages(site_project, settings) == added


def test_a_changed_source_page_marks_only_its_new_article(site_project, monkeypatch):
    settings = Settings(reference_date=dt.date(2023, 12, 1), jobs=1, source_pages="month",
                        cache_dir=str(site_project / "cache"))
    (site_project / "seeds" / "raid.txt").write_text(RAID)
    generated_pages(site_project, settings)
    generated_pages(site_project, settings)  # every page reused whole
    marked = []
    real = render.marked_text

    @functools.wraps(real)  # its name is part of the memo's key
    def counting(text, timexes):
        marked.append(text)
        return real(text, timexes)

    monkeypatch.setattr(render, "marked_text", counting)
    (site_project / "seeds" / "strike.txt").write_text(STRIKE)
    pages = generated_pages(site_project, settings)
    assert [text.split(".")[0] for text in marked] == ["A drone struck a supply convoy outside Mosul on Sunday, officials said"]
    assert "Erbil" in pages["sources/2023-11.md"].decode() and "Mosul" in pages["sources/2023-11.md"].decode()


def test_seeds_read_ahead_in_chunks_give_the_same_results_in_order(seeds, settings, processed, monkeypatch):
    monkeypatch.setattr(pipeline, "READ_AHEAD", 1)  # a chunk per seed: the reading thread runs
    (seeds / "talks.txt").write_text(TALKS)
    first = build(seeds, settings)
    entry = open_cache(settings, seeds.parent)._path(seed_key(STRIKE.encode(), "strike.txt"))
    entry.write_bytes(entry.read_bytes()[:40])  # the middle seed's entry half-written
    processed.clear()
    assert build(seeds, settings) == first
    assert processed == ["strike.txt"]


def test_run_reports_each_seeds_cache_key(seeds, settings):
    keys = pipeline.run([seeds], settings, open_cache(settings, seeds.parent)).seed_keys
    assert keys == {"raid.txt": seed_key(RAID.encode(), "raid.txt"),
                    "strike.txt": seed_key(STRIKE.encode(), "strike.txt")}


def test_an_edited_seed_shows_its_new_text_on_its_page_of_sources(site_project):
    settings = Settings(reference_date=dt.date(2023, 12, 1), jobs=1, source_pages="month",
                        cache_dir=str(site_project / "cache"))
    (site_project / "seeds" / "raid.txt").write_text(RAID)
    generated_pages(site_project, settings)
    (site_project / "seeds" / "raid.txt").write_text(RAID.replace("fuel depot", "grain silo"))
    page = generated_pages(site_project, settings)["sources/2023-11.md"].decode()
    assert "grain silo" in page and "fuel depot" not in page
    fresh = Settings(reference_date=dt.date(2023, 12, 1), jobs=1, source_pages="month",
                     cache_dir=str(site_project / "another-cache"))
    assert generated_pages(site_project, fresh)["sources/2023-11.md"].decode() == page


@pytest.fixture
def opened(monkeypatch):
    """The seed files whose bytes the pipeline read (to work out a key or to tag them); the
    index trusts a file as soon as it is written (RACY_SECONDS below zero), as it would trust
    one written more than two seconds before the build."""
    names = []
    real = pipeline.read_seed_bytes

    def counting(path, settings):
        names.append(Path(path).name)
        return real(path, settings)

    monkeypatch.setattr(pipeline, "read_seed_bytes", counting)
    monkeypatch.setattr(cache_module.SeedIndex, "RACY_SECONDS", -3600)
    return names


def test_a_rebuild_opens_no_seed_file_that_did_not_change(seeds, settings, opened, processed):
    first = build(seeds, settings)
    opened.clear()
    assert build(seeds, settings) == first
    assert opened == []
    (seeds / "talks.txt").write_text(TALKS)
    assert seeds_of(build(seeds, settings)) == ["raid.txt", "strike.txt", "talks.txt"]
    assert opened == ["talks.txt"]


def test_a_seed_rewritten_with_its_size_and_modification_time_kept_is_read_again(seeds, settings, opened,
                                                                                processed):
    build(seeds, settings)
    raid = seeds / "raid.txt"
    before = raid.stat()
    raid.write_text(RAID.replace("Erbil", "Basra"))  # as long, and `cp -p` would keep the time
    os.utime(raid, ns=(before.st_atime_ns, before.st_mtime_ns))
    opened.clear()
    processed.clear()
    timeline = build(seeds, settings)
    assert opened == ["raid.txt"] and processed == ["raid.txt"]
    assert any("Basra" in m.sentence for e in timeline.events for m in e.mentions)


def test_a_seed_the_index_vouches_for_is_read_when_its_entry_is_gone(seeds, settings, opened, processed):
    first = build(seeds, settings)
    for entry in entries(settings):
        entry.unlink()
    opened.clear()
    processed.clear()
    assert build(seeds, settings) == first
    assert sorted(opened) == sorted(processed) == ["raid.txt", "strike.txt"]


def test_a_damaged_seed_index_is_ignored(seeds, settings, opened):
    first = build(seeds, settings)
    for blob in settings_root(settings).rglob("seed-index.blob"):
        blob.write_bytes(blob.read_bytes()[:-3])
    opened.clear()
    assert build(seeds, settings) == first
    assert sorted(opened) == ["raid.txt", "strike.txt"]


def test_two_seeds_of_one_name_in_two_folders_are_each_what_they_say(tmp_path, settings, opened):
    # "d1/x.txt" and "d2/x.txt" are both seed "x.txt": neither may be taken for the other
    first, second = tmp_path / "d1", tmp_path / "d2"
    for folder in (first, second):
        folder.mkdir()
    (first / "x.txt").write_text(RAID)
    (second / "x.txt").write_text(STRIKE)
    (second / "c.txt").write_text(RAID.replace("25 NOV", "26 NOV"))
    keys = pipeline.run([first, second], settings, open_cache(settings, tmp_path)).seed_keys
    assert "c.txt" in keys and "x.txt" not in keys  # merge and render would take one for the other
    (first / "x.txt").write_text("Budget, 25 NOV\nThe council approved a new budget for Basra schools on "
                                 "Thanksgiving Day.\n")  # the same day: only its words changed
    cached = pipeline.run([first, second], settings, open_cache(settings, tmp_path))
    assert cached == pipeline.run([first, second], settings)


def test_each_entrys_origins_lead_back_to_its_mentions_in_the_cached_results(seeds, settings):
    (seeds / "talks.txt").write_text(TALKS + "Two days later the talks collapsed, a negotiator said.\n")
    cache = open_cache(settings, seeds.parent)
    timeline = pipeline.run([seeds], settings, cache)
    assert set(timeline.origins) == {e.id for e in timeline.events}
    for event in timeline.events:
        for mention, (key, told, place) in zip(event.mentions, timeline.origins[event.id], strict=True):
            assert cache.get(key).events[told].mentions[place] == mention
    assert pipeline.run([seeds], settings).origins == {}  # no cache, no keys to name them by


def test_an_edited_generated_page_is_written_again(site_project):
    settings = Settings(reference_date=dt.date(2023, 12, 1), jobs=1,
                        cache_dir=str(site_project / "cache"))
    first = generated_pages(site_project, settings)
    page = site_project / "docs" / "timeline" / "2023.md"
    status = page.stat()
    # the same number of bytes and the same modification time: only its ctime tells
    page.write_bytes(first["2023.md"].replace(b"Thanksgiving", b"Thanksgivink"))
    os.utime(page, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert generated_pages(site_project, settings) == first
    page.unlink()
    assert generated_pages(site_project, settings) == first


def test_a_page_left_as_written_is_not_read_back_from_the_memo(site_project, monkeypatch):
    settings = Settings(reference_date=dt.date(2023, 12, 1), jobs=1,
                        cache_dir=str(site_project / "cache"))
    first = generated_pages(site_project, settings)
    read = []
    real = cache_module.JsonStore.get_text
    monkeypatch.setattr(cache_module.JsonStore, "get_text",
                        lambda self, key: read.append(real(self, key)) or read[-1])
    assert generated_pages(site_project, settings) == first
    texts = [text for _, text in filter(None, read)]
    assert texts and first["2023.md"].decode() not in texts  # the exports' fragments are read
