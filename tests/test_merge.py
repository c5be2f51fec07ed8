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


def _event(seed, date, headline, sentence):
    from timeline.model import Event, Mention
    return Event("", date, "on", headline, (Mention(seed, sentence, date, "x", "rule"),))


def test_a_week_and_a_day_inside_it_are_compatible():
    assert compatible("2024-W43", "2024-10-24")
    assert not compatible("2024-W43", "2024-10-28")


def test_the_same_event_on_two_nearby_days_is_one_entry_flagged_as_a_conflict():
    from timeline.merge import merge
    a = _event("a.txt", "2024-08-28", "Hurricane Ines made landfall near Cocodrie",
               "Hurricane Ines made landfall near Cocodrie late on Wednesday.")
    b = _event("b.txt", "2024-08-29", "Ines came ashore near Cocodrie",
               "Ines came ashore near Cocodrie early on Thursday.")
    [entry] = merge([a, b])
    assert entry.conflict and len(entry.mentions) == 2


def test_stories_that_share_no_name_are_never_merged():
    from timeline.merge import merge
    a = _event("a.txt", "2024-09-09", "Schools in Terrebonne Parish reopened",
               "Schools in Terrebonne Parish reopened on Monday.")
    b = _event("b.txt", "2024-09-09", "Workers at the Chakan plant walked off the job",
               "Workers at the Chakan plant walked off the job on Monday.")
    assert len(merge([a, b])) == 2


def test_one_seed_telling_two_days_is_never_folded_into_one_entry():
    from timeline.merge import merge
    strike = _event("a.txt", "2024-09-09", "The strike at Sahyadri began",
                    "The strike at Sahyadri began on Monday.")
    lockout = _event("a.txt", "2024-09-12", "Sahyadri declared a lockout",
                     "Sahyadri declared a lockout on Thursday.")
    both = _event("b.txt", "2024-09-10", "The strike at Sahyadri began",
                  "The strike at Sahyadri, which began on September 10, and the lockout at Sahyadri ended.")
    entries = merge([strike, lockout, both])
    assert not any({m.date for m in e.mentions} >= {"2024-09-09", "2024-09-12"} for e in entries)


def test_a_year_does_not_chain_events_of_different_days_into_one_entry():
    from timeline.merge import merge
    a = _event("a.txt", "2011-02-20", "Gaddafi's son promised reforms in Libya",
               "A son of Libyan leader Muammar Gaddafi promised reforms in Libya on Sunday.")
    b = _event("b.txt", "2011", "Protests against Gaddafi broke out in Libya",
               "Protests against Muammar Gaddafi broke out in Libya in 2011.")
    c = _event("c.txt", "2011-09-22", "Gaddafi's former premier was jailed in Libya",
               "Muammar Gaddafi's former premier was jailed in Libya on Thursday.")
    assert not any({"2011-02-20", "2011-09-22"} <= {m.date for m in e.mentions} for e in merge([a, b, c]))


def test_a_tied_conflict_takes_the_day_of_the_later_report():
    from timeline.merge import merge
    from timeline.model import Event, Mention
    earlier = Event("", "2023-04-11", "on", "A jury returned its verdicts in the Harcourt fraud trial", (
        Mention("a.txt", "A jury returned its verdicts in the Harcourt fraud trial on Tuesday.",
                "2023-04-11", "Tuesday", "weekday", anchor="2023-04-13"),))
    later = Event("", "2023-04-12", "on", "A jury returned its verdicts in the Harcourt fraud trial", (
        Mention("b.txt", "A jury returned its verdicts in the Harcourt fraud trial on Wednesday.",
                "2023-04-12", "Wednesday", "weekday", anchor="2023-04-14"),))
    [entry] = merge([earlier, later])
    assert entry.conflict and entry.date == "2023-04-12"


def test_likeness_does_not_chain_through_a_busy_day():
    from timeline.merge import merge
    marches = [_event(seed, "2011-01-28", "Protesters marched through central Cairo",
                      "Protesters marched through central Cairo on Friday.") for seed in ("a.txt", "e.txt")]
    both = _event("b.txt", "2011-01-28", "Protesters marched through central Cairo and police fired tear gas",
                  "Protesters marched through central Cairo and police fired tear gas on Friday.")
    gas = _event("c.txt", "2011-01-28", "Police fired tear gas at football fans",
                 "Police fired tear gas at football fans in Cairo on Friday.")
    busy = [_event(seed, "2011-01-28", "Banks in Cairo closed early", "Banks in Cairo closed early on Friday.")
            for seed in ("a.txt", "b.txt", "c.txt", "e.txt")]  # no seed tells only one event that day
    entries = merge([*marches, both, gas, *busy])
    assert not any({"a.txt", "c.txt"} <= set(e.seeds) for e in entries if "Banks" not in e.headline)
