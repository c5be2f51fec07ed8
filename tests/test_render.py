import datetime as dt

import pytest

from timeline import pipeline, render
from timeline.model import Settings

HOSTILE = ("<script>alert(1)</script> [click](javascript:alert(1)) {{ config }} {% raw %} "
           "<img src=x onerror=alert(1)> *bold* :smile:, 25 NOV")


def hostile_timeline(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(
        f"{HOSTILE}\nThe raid <b>destroyed</b> {{{{ x }}}} a depot on Thanksgiving Day.\n")
    return pipeline.run([seeds], Settings(reference_date=dt.date(2023, 12, 1)))


def test_seed_text_is_escaped_for_markdown_and_html(tmp_path):
    pages = render.render(hostile_timeline(tmp_path), Settings(reference_date=dt.date(2023, 12, 1)))
    for name, text in pages.items():
        if name.endswith(".md"):
            assert "<script>" not in text and "<b>" not in text and "{{ x }}" not in text, name
            assert "](javascript" not in text and "<img" not in text, name


def test_rendering_twice_gives_identical_pages(tmp_path):
    timeline = hostile_timeline(tmp_path)
    settings = Settings(reference_date=dt.date(2023, 12, 1))
    assert render.render(timeline, settings) == render.render(timeline, settings)


def test_slugs_are_safe_unique_and_stable():
    slugs = render.source_slugs(["../../x.txt", "a/../../x.txt", "....txt", "ünïcode.md"])
    assert all(s and "/" not in s and ".." not in s for s in slugs.values())
    assert len(set(slugs.values())) == 4
    assert render.source_slugs(["../../x.txt", "a/../../x.txt", "....txt", "ünïcode.md"]) == slugs


def test_write_refuses_a_folder_it_did_not_make(tmp_path):
    target = tmp_path / "docs" / "handwritten"
    target.mkdir(parents=True)
    (target / "mine.md").write_text("my notes")
    with pytest.raises(render.UnsafeOutput):
        render.write({"index.md": "x"}, target)
    assert (target / "mine.md").read_text() == "my notes"


def test_write_refuses_paths_outside_the_target(tmp_path):
    with pytest.raises(render.UnsafeOutput):
        render.write({"../escape.md": "x"}, tmp_path / "out")
    assert not (tmp_path / "escape.md").exists()


def test_write_swaps_whole_folders_and_skips_unchanged(tmp_path):
    target = tmp_path / "out"
    assert render.write({"a.md": "1", "b/c.md": "2"}, target)
    assert not render.write({"a.md": "1", "b/c.md": "2"}, target)
    assert render.write({"a.md": "3"}, target)
    assert sorted(p.name for p in target.rglob("*.md")) == ["a.md"]


def test_display_dates_mark_approximation():
    assert render.display_date("2023-11-23") == "23 Nov 2023"
    assert render.display_date("2023-11") == "Nov 2023"
    assert render.display_date("2023-11-23", "before") == "before 23 Nov 2023"
    assert render.display_date("2020-SU") == "summer 2020"
