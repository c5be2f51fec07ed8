"""How timeline scales: N synthetic articles -> extraction, site build, add-one rebuild, memory.

Makes N realistic articles deterministically (seeded random: varied publication dates and
formats, absolute and relative dates, holidays, places, people, groups; about 3 KB each) in a
temporary project (this repository's mkdocs.yml and hand-written pages), then prints for each N:

  extract    every seed read, tagged and extracted (processes, --jobs), no cache; merge apart
  merge      merge.merge over all those events (date-bucketed: only events whose dates could merge)
  build      `timeline build` from a cold cache: generate the pages while `mkdocs build` starts,
             then MkDocs builds them (--split: the two one after the other, timed apart)
  add one    one new seed, then `timeline build` again (the cache serves the rest)
  peak RSS   the largest process of each step (workers and the mkdocs child included), and
             for builds the most all of a step's processes held at once (sampled)

Usage:
  .venv/bin/python benchmarks/scale.py                      # N = 1,000 and 10,000
  .venv/bin/python benchmarks/scale.py --sizes 1000 --profile   # plus a cProfile of an add-one rebuild
  .venv/bin/python benchmarks/scale.py --merge-limit 1000  # time merge apart only up to N = 1,000
  .venv/bin/python benchmarks/scale.py --sizes 10000 --keep /tmp/k --again --profile
      # one more add-one rebuild of the project kept in /tmp/k, without making it again
      # (after a code change the first run rebuilds everything: the cache follows the code)
  .venv/bin/python benchmarks/scale.py --sizes 10000 --keep /tmp/k --again --split
      # the same, generation and MkDocs timed apart

Not a test: it takes minutes and its numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = dt.date(2024, 12, 31)
FIRST, LAST = dt.date(2019, 1, 1), dt.date(2024, 12, 20)

PLACES = ("Erbil", "Mosul", "Kirkuk", "Basra", "Baghdad", "Najaf", "Tikrit", "Fallujah", "Ramadi",
          "Sulaymaniyah", "Karbala", "Samarra", "Duhok", "Amarah", "Nasiriyah", "Hilla", "Kut",
          "Baqubah", "Deir ez-Zor", "Raqqa", "Aleppo", "Homs", "Damascus", "Amman", "Beirut",
          "Tehran", "Ankara", "Riyadh", "Doha", "Kuwait City", "Manama", "Muscat", "Sanaa",
          "Aden", "Cairo", "Tripoli", "Tunis", "Gaza", "Ramallah", "Haifa")
PEOPLE = ("Mohammed Shia al-Sudani", "Masoud Barzani", "Lloyd Austin", "Antony Blinken",
          "Hossein Amir-Abdollahian", "Recep Tayyip Erdogan", "Jeanine Hennis-Plasschaert",
          "Hadi al-Amiri", "Qais al-Khazali", "Nechirvan Barzani", "Fuad Hussein",
          "Abdul Latif Rashid", "Muqtada al-Sadr", "Kataib Hezbollah spokesman Abu Ali al-Askari",
          "General Michael Kurilla", "John Kirby", "Josep Borrell", "Hakan Fidan",
          "Ayatollah Ali al-Sistani", "Mustafa al-Kadhimi")
GROUPS = ("the Islamic Resistance in Iraq", "Kataib Hezbollah", "the Popular Mobilization Forces",
          "the Kurdistan Regional Government", "US Central Command", "the Pentagon",
          "the United Nations", "the European Union", "the Iraqi parliament", "NATO",
          "the International Committee of the Red Cross", "the World Food Programme",
          "the Iraqi Ministry of Defence", "Human Rights Watch", "Amnesty International")
ACTIONS = (
    "{group} claimed a drone attack on a base near {place}",
    "a rocket struck a military compound outside {place}",
    "{person} met officials in {place} to discuss the security situation",
    "{group} announced new sanctions targeting militia leaders in {place}",
    "protesters gathered in central {place} to demand the withdrawal of foreign troops",
    "a convoy carrying supplies was ambushed on the road to {place}",
    "{person} visited {place} and pledged reconstruction funds",
    "an airstrike hit a weapons depot near {place}",
    "{group} opened a humanitarian corridor into {place}",
    "{person} told reporters in {place} that talks would continue",
    "flooding displaced thousands of families around {place}",
    "{group} released a report on civilian casualties in {place}",
    "a car bomb exploded at a checkpoint in {place}",
    "{person} signed an agreement on oil exports in {place}",
    "the electricity grid failed across {place} during a heatwave",
)
BACKGROUND = (
    "The region has seen repeated rounds of violence over the past decade, and many residents "
    "say they no longer trust promises of stability from any side.",
    "Analysts note that the balance between the central government and armed factions remains "
    "fragile, with each incident raising fears of a wider escalation.",
    "Diplomats in the region describe the situation as tense but contained, while aid agencies "
    "warn that funding shortfalls are growing.",
    "Local officials have repeatedly asked for more resources to rebuild schools, clinics and "
    "water networks damaged in earlier fighting.",
    "The presence of foreign forces remains one of the most divisive questions in national "
    "politics, splitting parties and communities alike.",
    "Economists point to falling oil revenues and a young, growing population as pressures that "
    "no government has managed to ease.",
    "Residents interviewed by reporters described long queues for fuel, irregular salaries and "
    "frequent power cuts.",
    "Security sources, speaking on condition of anonymity, said investigations were ongoing and "
    "that more arrests were expected.",
)
QUOTES = (
    '"We will not accept any violation of our sovereignty," {person} said in a statement.',
    '"The situation on the ground is changing every hour," said a spokesman for {group}.',
    '"Our priority is the safety of civilians," {person} told a news conference.',
    '"There is no military solution to this crisis," according to {group}.',
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOLIDAY_DATES = {}  # filled by _holidays(): date -> name, US federal holidays the tagger knows


def _holidays() -> dict[dt.date, str]:
    import holidays as holidays_package
    names = {"Thanksgiving Day": "Thanksgiving Day", "Christmas Day": "Christmas",
             "Independence Day": "Independence Day", "Labor Day": "Labor Day",
             "Memorial Day": "Memorial Day", "New Year's Day": "New Year's Day"}
    found = {}
    for year in range(FIRST.year, LAST.year + 1):
        for day, name in holidays_package.US(years=year).items():
            if name in names:
                found[day] = names[name]
    return found


# --- the synthetic story ----------------------------------------------------------------------

def story_events(rng: random.Random, count: int) -> list[dict]:
    """The real-world events the articles report, several articles each."""
    span = (LAST - FIRST).days
    holiday_days = sorted(HOLIDAY_DATES)
    events = []
    for i in range(count):
        if rng.random() < 0.08:
            day = rng.choice(holiday_days)
        else:
            day = FIRST + dt.timedelta(days=rng.randrange(span))
        fill = dict(place=rng.choice(PLACES), person=rng.choice(PEOPLE), group=rng.choice(GROUPS))
        events.append(dict(day=day, text=rng.choice(ACTIONS).format(**fill), **fill))
    return events


def expression(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """A way an article dated `published` could name `day` (the tagger resolves all of these)."""
    gap = (published - day).days
    choices = [f"on {MONTHS[day.month - 1]} {day.day}, {day.year}",
               f"on {day.day} {MONTHS[day.month - 1]} {day.year}"]
    if gap == 1:
        choices += ["yesterday"] * 3
    if 2 <= gap <= 6:
        choices += [f"on {WEEKDAYS[day.weekday()]}"] * 3
    if 0 < gap < 300 and day.year == published.year:
        choices += [f"on {MONTHS[day.month - 1]} {day.day}"] * 2
    if day in HOLIDAY_DATES and 0 < gap < 200:
        choices += [f"on {HOLIDAY_DATES[day]}"] * 4
    return rng.choice(choices)


def article(rng: random.Random, index: int, events: list[dict]) -> tuple[str, str]:
    """(file name, text) of one article of about 3 KB."""
    anchor = rng.choice(events)
    published = min(anchor["day"] + dt.timedelta(days=rng.choice((1, 1, 2, 3, 5, 8))), REFERENCE)
    nearby = [e for e in rng.sample(events, min(len(events), 60))
              if 0 < (published - e["day"]).days < 400][:rng.randint(2, 5)]
    told = [anchor] + nearby
    headline = anchor["text"][0].upper() + anchor["text"][1:]
    paragraphs = []
    for n, event in enumerate(told):
        when = expression(rng, event["day"], published)
        lead = rng.choice(("Officials said", "Witnesses said", "According to local media,",
                           "Reports said", "It was confirmed that"))
        sentence = f"{lead} {event['text']} {when}."
        if n == 0:
            sentence = f"{headline} {when}, officials said."
        follow = (f"Two days later, {rng.choice(GROUPS)} condemned the incident in {event['place']}."
                  if rng.random() < 0.3 else rng.choice(BACKGROUND))
        paragraphs.append(f"{sentence} {follow}")
        paragraphs.append(rng.choice(QUOTES).format(person=event["person"], group=event["group"]))
    while sum(len(p) for p in paragraphs) < 2400:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(BACKGROUND) + " "
                          + rng.choice(BACKGROUND))
    body = "\n\n".join(paragraphs)
    slug = "-".join(headline.lower().split()[:6]).replace(",", "").replace("'", "")
    kind = rng.random()
    if kind < 0.6:
        title = f"{headline}, {published.day} {MONTHS[published.month - 1][:3].upper()}"
        return f"{index:05d}-{slug}.txt", f"{title}\n{body}\n"
    if kind < 0.85:
        return (f"{index:05d}-{slug}.md",
                f"---\ntitle: \"{headline}\"\ndate: {published.isoformat()}\n---\n\n{body}\n")
    dateline = f"Published: {MONTHS[published.month - 1]} {published.day}, {published.year}"
    return f"{index:05d}-{slug}.txt", f"{headline}\n{dateline}\n\n{body}\n"


def make_seeds(folder: Path, count: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    events = story_events(rng, max(20, count // 3))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        name, text = article(rng, i, events)
        (folder / name).write_text(text, encoding="utf-8")


def make_project(where: Path, count: int, source_pages: str) -> Path:
    """A site like this repository's, with `source_pages` resolved as render does for "auto"
    (the plugin option itself takes "article" or "month")."""
    from timeline.render import source_layout

    project = where / f"project-{count}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    layout = source_layout(source_pages, count)
    text = text.replace("reference_date: 2023-12-01", f"reference_date: {REFERENCE.isoformat()}\n"
                        f"      source_pages: {layout}")
    (project / "mkdocs.yml").write_text(text)
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("timeline", ".timeline*"))
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", project / "overrides")
    make_seeds(project / "seeds", count)
    return project


# --- steps, each run in its own process so its peak memory is its own ----------------------------

def step_extract(seeds: Path, jobs: int, merge_too: bool) -> dict:
    from timeline import merge, pipeline, sources
    from timeline.model import Settings

    settings = Settings(reference_date=REFERENCE, cache_dir=None, jobs=jobs)
    start = time.perf_counter()
    found, _ = sources.discover([seeds])
    results = pipeline.extract_all(found, settings)
    extract_s = time.perf_counter() - start
    events = [e for r in results for e in r.events]
    out = dict(extract_s=extract_s, seeds=len(found), events=len(events),
               stories=sum(1 for e in events if not e.is_article),
               timexes=sum(len(r.timexes) for r in results))
    if merge_too:
        start = time.perf_counter()
        out["merged"] = len(merge.merge(events))
        out["merge_s"] = time.perf_counter() - start
    return out


def step_build(project: Path, split: bool = False) -> dict:
    """`timeline build` as a user runs it: generation, with `mkdocs build` started beside it
    and handed the pages (timeline/handoff.py). With `split`, the two halves one after the
    other and timed apart: `timeline build --engine none` in this process, then `mkdocs build`."""
    def cpu(who):
        usage = resource.getrusage(who)
        return usage.ru_utime + usage.ru_stime

    os.chdir(project)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start, start_cpu = time.perf_counter(), cpu(resource.RUSAGE_SELF) + cpu(resource.RUSAGE_CHILDREN)
    if split:
        from timeline import cli
        code = cli.main(["build", "--engine", "none"])
    else:
        whole = subprocess.run([sys.executable, "-m", "timeline.cli", "build"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        code = whole.returncode
        if code:
            print(whole.stderr[-3000:], file=sys.stderr)
    elapsed = time.perf_counter() - start  # the whole build, or its generation when split
    elapsed_cpu = cpu(resource.RUSAGE_SELF) + cpu(resource.RUSAGE_CHILDREN) - start_cpu
    pages = sum(1 for _ in (project / "docs").rglob("*.md"))
    if not split:
        return dict(code=code, build_s=elapsed, build_cpu=elapsed_cpu, pages=pages)
    start, start_cpu = time.perf_counter(), cpu(resource.RUSAGE_CHILDREN)
    engine = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml"], cwd=project,
                            env=dict(env, TIMELINE_SKIP_GENERATE="1"),  # as `timeline build` runs it
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mkdocs_s = time.perf_counter() - start
    mkdocs_cpu = cpu(resource.RUSAGE_CHILDREN) - start_cpu
    return dict(code=code or engine.returncode, generate_s=elapsed, mkdocs_s=mkdocs_s,
                build_s=elapsed + mkdocs_s, pages=pages, generate_cpu=elapsed_cpu,
                mkdocs_cpu=mkdocs_cpu, build_cpu=elapsed_cpu + mkdocs_cpu)


def _build_figures(result: dict, peak: float) -> str:
    """How long a build took, and where when it was split (step_build)."""
    parts = (f"   generate {result['generate_s']:.1f} s (CPU {result['generate_cpu']:.0f} s) + mkdocs "
             f"{result['mkdocs_s']:.1f} s (CPU {result['mkdocs_cpu']:.0f} s)" if "mkdocs_s" in result
             else "   timeline build (MkDocs started beside generation)")
    return (f"{result['build_s']:7.1f} s{parts} (CPU {result['build_cpu']:.1f} s, peak {peak:.0f} MB, "
            f"{result['together_mb']:.0f} MB in all its processes at once)")


def step_profile(project: Path, top: int) -> str:
    """cProfile of one more add-one rebuild, as the add-one step runs it: a second new seed,
    then generation (`timeline build --engine none`) and `mkdocs build -q` through MkDocs' own
    command line (the plugin keeps its built pages only for a command it was told of), in one
    process."""
    import cProfile
    import io
    import pstats

    from mkdocs.__main__ import cli as mkdocs_cli
    from mkdocs.exceptions import Abort

    from timeline import cli

    # a new seed each time (a file written before would make it a build with nothing new)
    profiled = 0
    while (project / "seeds" / f"99998-another-{profiled}.txt").exists():
        profiled += 1
    (project / "seeds" / f"99998-another-{profiled}.txt").write_text(
        "Talks resumed in Baghdad, 29 DEC\nNegotiators met in Baghdad on Friday to restart the "
        f"talks for the {profiled + 1}th time, officials said.\n", encoding="utf-8")
    os.chdir(project)
    profile = cProfile.Profile()
    profile.enable()
    try:
        cli.main(["build", "--engine", "none"])
        os.environ["TIMELINE_SKIP_GENERATE"] = "1"
        try:  # as its command line runs it: the plugin's page caches follow the command
            mkdocs_cli.main(["build", "-q"], standalone_mode=False)
        except (Abort, SystemExit):  # a warning under strict: profiled all the same, not judged here
            pass
    finally:
        profile.disable()
    text = io.StringIO()
    for order in ("cumulative", "tottime"):
        pstats.Stats(profile, stream=text).strip_dirs().sort_stats(order).print_stats(top)
    return text.getvalue()


def run_step(*args: str) -> tuple[dict, float]:
    """Run `scale.py _step ...` in a child; its JSON output and peak RSS in MB (the largest
    process among it and its children). Adds its CPU seconds (user + system, children included):
    on a shared machine they show the work better than the wall clock does; and `together_mb`,
    the most its processes held at once (their Pss, sampled every 50 ms from /proc if present):
    generation and MkDocs run side by side, so the largest one alone says too little."""
    child = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    together = [0]
    sampling = threading.Event()

    def sample():
        while not sampling.wait(0.05):
            together[0] = max(together[0], _tree_rss_kb(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = child.stdout.read()
    sampling.set()
    sampler.join()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"step {args} failed with exit code {child.returncode}")
    result = json.loads(output.strip().splitlines()[-1])
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    result["together_mb"] = together[0] / 1024
    return result, usage.ru_maxrss / 1024


def _tree_rss_kb(pid: int) -> int:
    """The memory `pid` and all its descendants hold, in KB (0 without /proc): each process's
    proportional share (Pss), so pages a forked child still shares with its parent count once."""
    total, todo = 0, [pid]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                    todo.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def benchmark(count: int, where: Path, args) -> dict:
    start = time.perf_counter()
    project = make_project(where, count, args.source_pages)
    seeds = project / "seeds"
    size = sum(p.stat().st_size for p in seeds.iterdir()) / count
    layout = "month" if "source_pages: month" in (project / "mkdocs.yml").read_text() else "article"
    print(f"\nN = {count:,}: made in {time.perf_counter() - start:.1f} s, "
          f"{size / 1024:.1f} KB per article, source pages: one per {layout}", flush=True)
    extract, extract_mb = run_step("_extract", str(seeds), str(args.jobs),
                                   "merge" if count <= args.merge_limit else "")
    print(f"  extract        {extract['extract_s']:7.1f} s   {extract['seeds']:,} seeds, "
          f"{extract['timexes']:,} timexes, {extract['events']:,} events "
          f"(CPU {extract['cpu_s']:.0f} s, peak {extract_mb:.0f} MB)", flush=True)
    if "merge_s" in extract:
        print(f"  merge          {extract['merge_s']:7.1f} s   {extract['stories']:,} events "
              f"-> {extract['merged']:,} entries", flush=True)
    else:
        print("  merge          skipped (N > --merge-limit): it runs inside the builds below", flush=True)
    split = ["split"] if args.split else []
    build, build_mb = run_step("_build", str(project), *split)
    print(f"  build        {_build_figures(build, build_mb)}, {build['pages']:,} pages", flush=True)
    (seeds / "99999-one-more.txt").write_text(
        "Rockets hit a base near Erbil, 28 DEC\nRockets struck a base near Erbil on Christmas, "
        "officials said. Two days later, the Pentagon condemned the attack.\n", encoding="utf-8")
    again, again_mb = run_step("_build", str(project), *split)
    print(f"  add one      {_build_figures(again, again_mb)}", flush=True)
    if args.profile:
        profile, _ = run_step("_profile", str(project), str(args.profile_top))
        print(f"\n  cProfile of another add-one rebuild (generate + mkdocs build), N = {count:,}:\n"
              f"{profile['text']}", flush=True)
    return dict(n=count, extract=extract, build=build, again=again,
                peak_mb=max(extract_mb, build_mb, again_mb))


def again(count: int, where: Path, args) -> None:
    """One more add-one rebuild of a project an earlier run kept: a new seed (named for how
    many came before it, so each run adds one), `timeline build`, and the profile if asked."""
    project = where / f"project-{count}"
    if not (project / "seeds").is_dir():
        raise SystemExit(f"no kept project in {project}: run once with --keep {where} first")
    # the next number after the highest so far: a count would reuse a number a gap left free
    # (a seed removed by hand), and write over a seed instead of adding one
    taken = [int(m[1]) for path in (project / "seeds").glob("9*-again-*.txt")
             if (m := re.fullmatch(r"\d+-again-(\d+)\.txt", path.name))]
    n = max(taken, default=-1) + 1
    (project / "seeds" / f"{99000 + n}-again-{n}.txt").write_text(
        f"Officials met in Mosul, 27 DEC\nOfficials met in Mosul on Thursday to discuss repairs "
        f"number {n}, officials said.\n", encoding="utf-8")
    result, peak = run_step("_build", str(project), *(["split"] if args.split else []))
    print(f"N = {count:,} again, seed {n + 1} added: add one {_build_figures(result, peak)}", flush=True)
    if args.profile:
        profile, _ = run_step("_profile", str(project), str(args.profile_top))
        print(f"\n  cProfile of another add-one rebuild, N = {count:,}:\n{profile['text']}", flush=True)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_extract":
        print(json.dumps(step_extract(Path(argv[1]), int(argv[2]), argv[3:4] == ["merge"])))
        return 0
    if argv and argv[0] == "_build":
        print(json.dumps(step_build(Path(argv[1]), argv[2:3] == ["split"])))
        return 0
    if argv and argv[0] == "_profile":
        print(json.dumps(dict(text=step_profile(Path(argv[1]), int(argv[2])))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per core)")
    parser.add_argument("--merge-limit", type=int, default=2000,
                        help="largest N for which merge is also timed on its own")
    parser.add_argument("--source-pages", choices=("article", "month", "auto"), default="auto",
                        help="the site's source_pages (auto: as render decides for N sources)")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile one more add-one rebuild (generation and mkdocs build)")
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument("--split", action="store_true",
                        help="time generation and mkdocs build apart, one after the other "
                             "(default: `timeline build` whole, MkDocs started beside generation)")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (default: a temp dir)")
    parser.add_argument("--again", action="store_true",
                        help="only add one more seed to the project kept in --keep DIR and rebuild")
    args = parser.parse_args(argv)
    HOLIDAY_DATES.update(_holidays())
    if args.again:
        if not args.keep:
            parser.error("--again needs --keep DIR, the folder of an earlier run")
        for count in args.sizes:
            again(count, Path(args.keep), args)
        return 0
    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    print(f"timeline scale benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"in {where}")
    try:
        for count in args.sizes:
            benchmark(count, where, args)
    finally:
        if not args.keep:
            shutil.rmtree(where, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this driver process: peak {own:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
