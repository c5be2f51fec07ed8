"""The command line: `timeline tag`, `timeline extract`, `timeline build`.

A thin shell: parse arguments, call the library, print. Exit codes: 0 success; 1 some inputs had
errors (each reported on stderr with its file and line, the rest still processed); 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from . import export, handoff, pipeline, processes, site, temporal
from .cache import open_cache
from .model import Problem, Settings
from .render import UnsafeOutput


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _report(problems) -> int:
    """Print problems to stderr; 1 if any is an error, else 0."""
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if any(p.severity == "error" for p in problems) else 0


def cmd_tag(args) -> int:
    """Tag one file (or stdin) and print its temporal expressions.

    Example: timeline tag article.txt --dct 2023-11-25 --format json
    """
    name = args.file
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as error:
            print(f"{name}: error: cannot read: {error.strerror or error}", file=sys.stderr)
            return 1
    text, problems = _decode_as_is(data, name)
    timexes, impossible = temporal.tag_with_problems(text, args.dct, tuple(args.countries.split(",")), name)
    problems = [*problems, *impossible]
    if args.format == "json":
        json.dump([t.as_json() for t in timexes], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for t in timexes:
            print(f"{t.start}\t{t.end}\t{t.type}\t{t.value}\t{t.text}\t{t.rule}: {t.reason}")
    return _report(problems)


def _decode_as_is(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Decode without touching line endings, so offsets index the input as read."""
    if not data:
        return "", []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return data.decode("cp1252", errors="replace"), [
            Problem(name, line, "not valid UTF-8; read as Windows-1252 (cp1252)", "warning")]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _with_run_options(settings: Settings, args) -> Settings:
    """Command-line --jobs, --scheduler, --cache-dir and --no-cache win over mkdocs.yml."""
    changes = {}
    if args.jobs is not None:
        changes["jobs"] = args.jobs
    if args.scheduler is not None:
        changes["scheduler"] = args.scheduler or None
    if args.cache_dir is not None:
        changes["cache_dir"] = args.cache_dir
    if args.no_cache:
        changes["cache_dir"] = None
    return replace(settings, **changes)


def _show_progress() -> bool:
    """A progress bar only for a person at a terminal: not when piped, not in CI logs."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def cmd_extract(args) -> int:
    """Extract dated events from seed files or folders.

    Example: timeline extract seeds --reference-date 2023-12-01 --format json
    """
    config = Path(args.config)
    options, problems = site.read_config(config)
    settings, more = site.settings_from(options, args.reference_date, str(config))
    settings = _with_run_options(settings, args)
    problems += more
    # the cache lives in a site's project; outside one, only where --cache-dir puts it
    project = config.parent if config.is_file() or args.cache_dir else None
    store = open_cache(settings, project) if project is not None else None
    try:
        timeline = pipeline.run(args.paths, settings, store, _show_progress())
    except pipeline.ClusterUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(export.extract_json(timeline), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for event in timeline.events:
            print(f"{event.relation:6} {event.date:10}  {event.headline}")
    return _report(list(problems) + list(timeline.problems))


def cmd_build(args) -> int:
    """Generate the Markdown pages and exports, then build the site with MkDocs.

    Example: timeline build --reference-date 2023-12-01
    """
    config = Path(args.config)
    if not config.is_file():
        print(f"{config}: error: no such file; run timeline build in the site's folder "
              f"or pass --config", file=sys.stderr)
        return 2
    options, problems = site.read_config(config)
    settings, more = site.settings_from(options, args.reference_date, str(config))
    settings = _with_run_options(settings, args)
    if any(p.severity == "error" for p in more):
        _report(list(problems) + more)
        return 2  # a setting to fix before anything is written
    problems += more
    project = config.parent
    docs = project / options.get("_docs_dir", "docs")
    command = ([sys.executable, "-m", "mkdocs", "build", "-f", str(config)] if args.engine == "mkdocs"
               else ["zensical", "build", "-f", str(config)])
    if args.strict and args.engine == "mkdocs":
        command.append("--strict")
    env = dict(os.environ, TIMELINE_SKIP_GENERATE="1", NO_MKDOCS_2_WARNING="1")  # pages are fresh
    # MkDocs starts now and waits for the pages where its plugin would make them (handoff.py)
    early = handoff.EarlyBuild(command, env) if _starts_early(args, options) else None

    def generate() -> int | None:
        """Generate and report: the exit status so far, or None when nothing was generated."""
        try:
            generated = site.generate(settings, project, docs, _show_progress())
        except UnsafeOutput as error:
            print(f"{docs / settings.output_dir}: error: {error}", file=sys.stderr)
            return None
        except pipeline.ClusterUnavailable as error:
            print(f"error: {error}", file=sys.stderr)
            return None
        except site.TemplateFailed as error:
            print(error.problem, file=sys.stderr)  # the previous pages stay as they were
            return None
        status = _report(list(problems) + list(generated.timeline.problems))
        print(f"timeline: {len(generated.timeline.events)} entries from "
              f"{len(generated.timeline.documents)} seeds -> {generated.output}"
              f"{'' if generated.changed else ' (unchanged)'}", file=sys.stderr)
        return status

    status = None
    try:
        # with MkDocs to follow, in a process of its own (processes.apart): its memory is given
        # back before MkDocs builds, not held beside MkDocs' own
        status = (generate() if args.engine == "none"
                  else processes.apart(generate, in_child=early.forget if early is not None else None))
    except processes.Stopped:
        pass  # what stopped it has been printed
    finally:
        if status is None and early is not None:
            early.cancel()  # it stops before it touches the site
    if status is None:
        return 1
    if args.engine == "none":
        return status
    engine = early.go() if early is not None else None
    if engine is None:  # not started early, or it did not wait for the pages: build now
        try:
            engine = subprocess.run(command, env=env).returncode
        except FileNotFoundError:
            print(f"error: {command[0]} is not installed", file=sys.stderr)
            return 1
    return status or (1 if engine else 0)


def _starts_early(args, options: dict) -> bool:
    """Whether MkDocs can start before the pages are generated: its plugin, listed in mkdocs.yml
    and plainly enabled (not by an !ENV value read here as None), will wait for them."""
    return (args.engine == "mkdocs" and handoff.can_start_early() and options.get("_listed") is True
            and options.get("enabled", True) is True)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles (seeds) into a dated, sourced timeline site.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    tag = commands.add_parser("tag", help="find and resolve temporal expressions in one text",
                              description=cmd_tag.__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    tag.add_argument("file", nargs="?", default="-", metavar="FILE",
                     help="text file to tag, or - for standard input (default)")
    tag.add_argument("--dct", type=_date, required=True, metavar="YYYY-MM-DD",
                     help="document creation time: the date relative expressions resolve against")
    tag.add_argument("--format", choices=("json", "text"), default="json",
                     help="json: the contract's array of spans; text: one line per expression "
                          "with its rule and reason")
    tag.add_argument("--countries", default="US", metavar="CC[,CC]",
                     help="holiday calendars to use, ISO codes in order of preference (default US)")
    tag.set_defaults(run=cmd_tag)

    extract = commands.add_parser("extract", help="extract dated events from seeds",
                                  description=cmd_extract.__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="seed files or folders")
    extract.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                         help="the collection's reference date: a publication date without a "
                              "year is the latest one on or before it (default: mkdocs.yml's "
                              "reference_date, else today)")
    extract.add_argument("--format", choices=("json", "text"), default="text",
                         help="json: documents and events per the contract; text: one line per event")
    extract.add_argument("--config", default="mkdocs.yml", metavar="FILE",
                         help="mkdocs.yml to read the timeline plugin's settings from, if present")
    _add_run_options(extract)
    extract.set_defaults(run=cmd_extract)

    build = commands.add_parser("build", help="generate the pages and build the site",
                                description=cmd_build.__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                       help="override the reference_date set in mkdocs.yml")
    build.add_argument("--config", default="mkdocs.yml", metavar="FILE",
                       help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    build.add_argument("--engine", choices=("mkdocs", "zensical", "none"), default="mkdocs",
                       help="site engine to run after generating the pages (none: pages only)")
    build.add_argument("--strict", action="store_true",
                       help="fail the MkDocs build on any warning (as CI and Pages do)")
    _add_run_options(build)
    build.set_defaults(run=cmd_build)
    return top


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--jobs", "-j", type=_positive, metavar="N",
                         help="worker processes for extraction (default: mkdocs.yml's jobs, else "
                              "one per core; 1 runs in this process)")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="run extraction on a Dask distributed cluster, e.g. "
                              "tcp://10.0.0.5:8786 (default: mkdocs.yml's scheduler, else local)")
    command.add_argument("--cache-dir", metavar="DIR",
                         help="where to keep per-seed results between runs (default: "
                              "mkdocs.yml's cache_dir, else .timeline-cache next to mkdocs.yml)")
    command.add_argument("--no-cache", action="store_true",
                         help="neither read nor write the cache: process every seed")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
