import datetime as dt

from conftest import DATA
from timeline import pipeline
from timeline.merge import compatible
from timeline.model import Settings

DEV = Settings(reference_date=dt.date(2024, 12, 20))


def test_the_same_clashes_told_by_three_seeds_become_one_entry():
    timeline = pipeline.run([DATA / "d3_conflict_01.txt", DATA / "d3_conflict_02.html",
                             DATA / "d3_conflict_03.md"], DEV)
    clashes = [e for e in timeline.events if e.date == "2024-03-03"]
    assert len(clashes) == 1
    assert set(clashes[0].seeds) == {"d3_conflict_01.txt", "d3_conflict_02.html", "d3_conflict_03.md"}
    assert {m.date for m in clashes[0].mentions} == {"2024-03-03", "2024-03"}


def test_month_and_day_values_are_compatible_but_two_days_are_not():
    assert compatible("2024-03", "2024-03-03")
    assert not compatible("2024-03-03", "2024-03-04")
    assert not compatible("2024-1", "2024-10")


def test_ids_are_the_same_on_every_run():
    paths = [DATA / "d3_conflict_01.txt", DATA / "d3_conflict_03.md"]
    assert [e.id for e in pipeline.run(paths, DEV).events] == [e.id for e in pipeline.run(paths, DEV).events]
