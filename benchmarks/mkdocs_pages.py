"""What MkDocs (mkdocs-material, search) costs by page shape, as issue 8 measured it.

Issue 8 set the scale goals on "this 2-core machine" and gave three MkDocs figures for 2,500
articles of about 3 KB (made here by scale.py's article maker, so they read like our seeds):

  one page each, the default navigation (every page lists every page)   121 s
  one page each, a three-entry nav                                       7.4 s
  100 pages of 25 articles each                                          3.4 s

This builds the same three sites with plain `mkdocs build` (no timeline plugin) and prints the
time of each beside the issue's: the ratio says how this machine compares with the one the goals
were set on, so scale.py's figures can be read against them. MkDocs runs in one process, so on
a busy machine its CPU time is the steadier measure (on an idle one the two agree). The default-navigation site takes
minutes; it runs only with --default-nav.

Usage: .venv/bin/python benchmarks/mkdocs_pages.py [--articles 2500] [--default-nav] [--keep DIR]
Not a test: the numbers depend on the machine and its load (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402  (the synthetic articles)

ISSUE_SECONDS = {"default-nav": 121.0, "three-entry-nav": 7.4, "pages-of-25": 3.4}
CONFIG = """site_name: Calibration
theme:
  name: material
  font: false
plugins:
  - search
"""


def articles(count: int) -> list[tuple[str, str]]:
    """(title, Markdown body) of `count` articles of about 3 KB, deterministically."""
    rng = random.Random(8)
    events = scale.story_events(rng, max(20, count // 3))
    made = []
    for i in range(count):
        _, text = scale.article(rng, i, events)
        lines = [line for line in text.splitlines() if line and line != "---"
                 and not line.startswith(("title:", "date:", "Published:"))]
        made.append((lines[0].strip('"'), "\n\n".join(lines[1:])))
    return made


def make_site(where: Path, shape: str, told: list[tuple[str, str]]) -> Path:
    """A MkDocs project of one shape: an index page plus the articles laid out as `shape` says."""
    project = where / shape
    shutil.rmtree(project, ignore_errors=True)
    docs = project / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Calibration\n\nSynthetic articles.\n", encoding="utf-8")
    config = CONFIG
    if shape == "pages-of-25":
        for page in range(0, len(told), 25):
            parts = [f"# Articles {page + 1} to {page + len(told[page:page + 25])}\n"]
            parts += [f"## {title}\n\n{body}\n" for title, body in told[page:page + 25]]
            (docs / f"page-{page // 25:03d}.md").write_text("\n".join(parts), encoding="utf-8")
    else:
        for n, (title, body) in enumerate(told):
            (docs / "articles").mkdir(exist_ok=True)
            (docs / "articles" / f"a{n:05d}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    if shape != "default-nav":
        first, second = (("articles/a00000.md", "articles/a00001.md") if shape == "three-entry-nav"
                         else ("page-000.md", "page-001.md"))
        config += f"nav:\n  - Home: index.md\n  - First: {first}\n  - Second: {second}\n"
        config += "not_in_nav: |\n  /*\n"
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def build(project: Path) -> tuple[float, float]:
    """Seconds and CPU seconds of `mkdocs build` in `project`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=project, check=True,
                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--default-nav", action="store_true",
                        help="also build one page each with the default navigation (minutes)")
    parser.add_argument("--keep", metavar="DIR", help="make the sites in DIR and keep them")
    args = parser.parse_args(argv)
    scale.HOLIDAY_DATES.update(scale._holidays())
    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="timeline-mkdocs-"))
    told = articles(args.articles)
    size = sum(len(body) for _, body in told) / len(told) / 1024
    print(f"{len(told):,} articles of {size:.1f} KB on average; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f} at the start")
    shapes = (["default-nav"] if args.default_nav else []) + ["three-entry-nav", "pages-of-25"]
    try:
        for shape in shapes:
            wall, cpu = build(make_site(where, shape, told))
            print(f"  {shape:16} {wall:6.1f} s (CPU {cpu:.1f} s)   issue 8's machine: "
                  f"{ISSUE_SECONDS[shape]:.1f} s   ratio {wall / ISSUE_SECONDS[shape]:.2f} "
                  f"(by CPU time {cpu / ISSUE_SECONDS[shape]:.2f})")
    finally:
        if not args.keep:
            shutil.rmtree(where, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
