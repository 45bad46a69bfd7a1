#!/usr/bin/env python3
"""Gongwen's benchmark: throughput against pandoc, summary time and memory, scaling.

Generates a corpus of seed-sized meetings (about 14 KB of text each, as the seed
speech in ../shared/seeds/), then measures, each as the median of several runs
of the release build:
  - render throughput (documents/s) per format and all four, for minutes and speech;
  - pandoc on the Markdown Gongwen wrote, to docx and to html: once per file, and
    all files concatenated into one run (pandoc's best case); ratios in the same run;
  - gongwen summary over 10,000 meetings, parsing every file (no meeting cache): wall time and
    peak memory (/usr/bin/time -v), beside Yams' bare parse and libyaml's bare event parse of the same files (the cold floor);
  - how render time grows with N (100, 1,000, 10,000);
  - the floor: zlib's deflate of what each .docx compresses, as a share of the render's CPU time.

First, the headline figures, each a ratio measured in the same run: this checkout against a
baseline commit (--baseline, built in release mode alongside and kept under
.build/benchmark-baseline/), runs alternating, and both against pandoc:
  - N held-out-style meetings (--held-out, 300 by default) in a folder of their own: minutes and
    speech, html and docx, one Gongwen run against one pandoc run per format on the concatenated
    Markdown of the same documents (goal: >= 12x pandoc);
  - 1,000 minutes x 4 formats (goal: < 1.5 s on 2 cores);
  - the summary over 10,000 meetings (goal: < 2 s and < 500 MB): this build first without its
    meeting cache (.gongwen/meeting-cache.bin removed before each run; the run writes it), then
    with it, as every later summary over the folder finds it.

Both builds are linked as the Debian package links Gongwen (Packaging/build-deb.sh:
--static-swift-stdlib), so the figures are those of the program a clerk installs. The Swift runtime
and Foundation linked in save the dynamic linker's symbol lookups at every start and the calls
through shared-library stubs: roughly 5 % of a 300-meeting render (by hand, alternating; the ranges
overlap).

Outputs go to a tmpfs (/dev/shm) where there is one, so the figures measure the programs, not
the disk: on this VM's ext4 (mounted with discard) creating files right after deleting the last
run's thousands cost up to a millisecond each.

Usage: python3 Benchmarks/run.py [--quick] [--headline-only] [--baseline REV] [--held-out N]
                                 [--out Benchmarks/results.md]
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import resource
import tempfile
import time
import zipfile
import zlib

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# How the Debian package builds the binary (Packaging/build-deb.sh); both builds measured are
# built so.
RELEASE = ["swift", "build", "-c", "release", "--static-swift-stdlib"]
SEED_SAMPLE = os.path.join(ROOT, "Samples", "party-discipline-meeting.yaml")
# The baseline the headline figures compare against: the last landing before the speed work of
# issue 25 (CI green). Move it forward when a release is cut.
BASELINE = "fdd9bd3"
UNITS = ["组织处", "办公室", "人事处", "财务处", "公路处", "运输管理处", "纪检监察组", "规划处", "建设管理处", "安全监督处",
         "信息中心", "法规处"]


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def timed(*args, repeat=3, before=None, check=True, **kw):
    """Median wall seconds of `repeat` runs; `before` runs untimed ahead of each."""
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(args, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cpu_seconds(*args):
    """User + system seconds of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def make_corpus(folder, count):
    """`count` meetings like the seed sample, grown to the seed's size, with varied dates, units and ids."""
    os.makedirs(folder, exist_ok=True)
    with open(SEED_SAMPLE, encoding="utf-8") as f:
        base = yaml.safe_load(f)
    filler = [p["text"] for s in base["speech"]["key_points"]["sections"] for p in s["points"]]
    start = datetime.date(2026, 1, 1)
    for i in range(count):
        meeting = yaml.safe_load(yaml.safe_dump(base, allow_unicode=True))
        day = start + datetime.timedelta(days=(i * 365) // count)
        meeting["meeting"]["date"] = day.isoformat()
        meeting["meeting"]["title"] = f"第{i + 1}次全面从严治党工作会议"
        meeting["meeting"]["number"] = f"〔2026〕{i + 1}号"
        for section in meeting["speech"]["key_points"]["sections"]:
            section["paragraphs"] = [filler[(i + k) % len(filler)] * 5 for k in range(3)]
        meeting["speech"]["unify_thinking"]["paragraphs"] += [filler[i % len(filler)] * 5, filler[(i + 1) % len(filler)] * 5]
        for k, task in enumerate(meeting["tasks"]):
            task["id"] = f"B-{i:05d}-{k}"
            task["lead_unit"] = UNITS[(i + k) % len(UNITS)]
            due = day + datetime.timedelta(days=20 + 10 * k)
            task["due"] = due.isoformat()
        meeting["task_updates"] = [{"id": f"B-{i - 3:05d}-0", "status": "done"}] if i >= 3 else []
        with open(os.path.join(folder, f"m{i:05d}.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(meeting, f, allow_unicode=True, sort_keys=False)


def text_size(folder):
    total, files = 0, 0
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            total += len(f.read().encode())
        files += 1
    return total / files


class Finished(Exception):
    """--headline-only: the rest is skipped."""


def baseline_binary(revision):
    """The release build of `revision`, from a worktree kept under .build/benchmark-baseline/ so
    that the next run reuses it."""
    commit = sh("git", "rev-parse", "--short", revision, cwd=ROOT).stdout.strip()
    tree = os.path.join(ROOT, ".build", "benchmark-baseline", commit)
    if not os.path.isdir(tree):
        # A worktree whose folder went with `.build` is still registered: forget it first.
        sh("git", "worktree", "prune", cwd=ROOT)
        sh("git", "worktree", "add", "--detach", tree, commit, cwd=ROOT)
    sh(*RELEASE, "--product", "gongwen", cwd=tree)
    path = sh(*RELEASE, "--show-bin-path", cwd=tree).stdout.strip()
    return commit, os.path.join(path, "gongwen")


def alternating(binaries, arguments, repeat, before=None):
    """Median wall seconds and peak MB of each binary running `arguments`, the binaries taking
    turns so that both meet the same machine."""
    walls = {b: [] for b in binaries}
    peaks = {b: [] for b in binaries}
    for round in range(repeat):
        # Each round in the other order, so that neither always runs first.
        for binary in (binaries if round % 2 == 0 else binaries[::-1]):
            if before:
                before()
            result = subprocess.run(["/usr/bin/time", "-f", "%e %M", binary, *arguments],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if result.returncode != 0:
                raise SystemExit(f"{binary} {' '.join(arguments[:3])}… failed:\n{result.stderr[-2000:]}")
            wall, peak = result.stderr.strip().split("\n")[-1].split()
            walls[binary].append(float(wall))
            peaks[binary].append(int(peak) / 1024)
    return {b: (statistics.median(walls[b]), statistics.median(peaks[b])) for b in binaries}


def headline(binary, baseline, options, repeat, work, scratch):
    """The same-run figures: this build, the baseline build and pandoc."""
    commit, old = baseline
    rows = []
    out = os.path.join(scratch, "headline")
    clear = lambda: shutil.rmtree(out, ignore_errors=True)
    held_out = os.path.join(work, "held-out")
    make_corpus(held_out, options.held_out)
    files = sorted(os.path.join(held_out, f) for f in os.listdir(held_out))
    both = ["--template", "minutes", "--template", "speech"]
    times = alternating([old, binary], ["render", *files, *both, "--format", "html,docx", "--output", out],
                        repeat, before=clear)
    # pandoc on the same documents: the Markdown Gongwen writes for them, concatenated, one run per format.
    clear()
    sh(binary, "render", *files, *both, "--format", "md", "--output", out)
    concatenated = os.path.join(work, "held-out.md")
    with open(concatenated, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), encoding="utf-8") as part:
                f.write(part.read() + "\n\n")
    pandoc = sum(timed("pandoc", "-f", "gfm", concatenated, "-o", os.path.join(work, "held-out." + target),
                       repeat=repeat) for target in ["html", "docx"])
    n = len(files)
    rows.append((f"pandoc: {n} meetings' minutes + speech (Markdown concatenated) → html, → docx: one run each",
                 f"{pandoc:.2f} s", "the same documents as below"))
    for label, path in [(f"baseline {commit}", old), ("this build", binary)]:
        rows.append((f"{label}: {n} meetings → minutes + speech, html + docx, one run", f"{times[path][0]:.2f} s",
                     f"{pandoc / times[path][0]:.1f}× pandoc (goal ≥ 12×)"))
    rows.append(("", "", f"this build {times[old][0] / times[binary][0]:.2f}× the baseline's speed"))

    # The first 1,000 corpus meetings in a folder of their own: the earlier tasks they report on
    # are all there.
    corpus = os.path.join(work, "corpus")
    thousand = os.path.join(work, "first-thousand")
    os.makedirs(thousand, exist_ok=True)
    for name in sorted(os.listdir(corpus))[:options.render]:
        shutil.copy(os.path.join(corpus, name), thousand)
    render_files = sorted(os.path.join(thousand, f) for f in os.listdir(thousand))
    times = alternating([old, binary], ["render", *render_files, "--template", "minutes", "--format",
                                        "md,html,xml,docx", "--output", out], repeat, before=clear)
    for label, path in [(f"baseline {commit}", old), ("this build", binary)]:
        rows.append((f"{label}: {options.render:,} minutes × 4 formats", f"{times[path][0]:.2f} s",
                     "goal < 1.5 s on 2 cores"))
    rows.append(("", "", f"this build {times[old][0] / times[binary][0]:.2f}× the baseline's speed"))

    # The summary, first without the meeting cache (each run of this build then parses every file
    # and writes the cache), then with it, as a later summary over the same folder finds it.
    cache = os.path.join(corpus, ".gongwen", "meeting-cache.bin")
    summary = ["summary", corpus, "--month", "2026-06", "--format", "json,md,docx", "--output", out]

    def clear_and_forget():
        clear()
        if os.path.exists(cache):
            os.remove(cache)

    cold = alternating([old, binary], summary, repeat, before=clear_and_forget)
    warm = alternating([binary], summary, repeat, before=clear)
    rows.append((f"baseline {commit}: summary over {options.summary:,} meetings", f"{cold[old][0]:.2f} s",
                 f"peak {cold[old][1]:,.0f} MB"))
    for label, times in [("no meeting cache yet (writes it)", cold), ("with the meeting cache", warm)]:
        rows.append((f"this build: summary over {options.summary:,} meetings, {label}", f"{times[binary][0]:.2f} s",
                     f"peak {times[binary][1]:,.0f} MB (goal < 2 s, < 500 MB); "
                     f"{cold[old][0] / times[binary][0]:.2f}× the baseline's speed"))
    clear()
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer files and runs, for a smoke test")
    parser.add_argument("--out", default=None, help="write the Markdown table here as well")
    parser.add_argument("--headline-only", action="store_true", help="only the same-run figures against the baseline")
    parser.add_argument("--baseline", default=BASELINE, help=f"commit to compare against (default {BASELINE})")
    parser.add_argument("--held-out", type=int, default=300, help="meetings in the pandoc comparison (default 300)")
    options = parser.parse_args()
    repeat = 1 if options.quick else 3
    n_render = 100 if options.quick else 1000
    n_summary = 1000 if options.quick else 10000
    options.render, options.summary = n_render, n_summary

    sh(*RELEASE, "--product", "gongwen", cwd=ROOT)
    binary = os.path.join(sh(*RELEASE, "--show-bin-path", cwd=ROOT).stdout.strip(), "gongwen")
    bench = os.path.join(ROOT, "Benchmarks")
    baseline = baseline_binary(options.baseline)
    sh(*RELEASE, "--product", "BareParse", cwd=bench)
    bare = os.path.join(sh(*RELEASE, "--show-bin-path", cwd=bench).stdout.strip(), "BareParse")

    work = tempfile.mkdtemp(prefix="gongwen-bench-")
    scratch = tempfile.mkdtemp(prefix="gongwen-bench-out-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    rows = []
    try:
        corpus = os.path.join(work, "corpus")
        make_corpus(corpus, n_summary)
        files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
        render_files = files[:n_render]
        out = os.path.join(scratch, "out")
        size = text_size(corpus)
        print(f"corpus: {len(files)} meetings, {size / 1024:.1f} KB of YAML each", file=sys.stderr)
        rows += headline(binary, baseline, options, repeat, work, scratch)
        if options.headline_only:
            raise Finished

        def render(template, formats, paths):
            return timed(binary, "render", *paths, "--template", template, "--format", formats, "--output", out,
                         repeat=repeat, before=lambda: shutil.rmtree(out, ignore_errors=True))

        results = {}
        for template in ["minutes", "speech"]:
            for formats in ["md", "html", "xml", "docx", "docx,html", "md,html,xml,docx"]:
                seconds = render(template, formats, render_files)
                results[(template, formats)] = seconds
                rows.append((f"render {template} → {formats}", f"{n_render / seconds:,.0f} docs/s",
                             f"{seconds:.2f} s for {n_render}"))

        # pandoc on the Markdown Gongwen wrote for minutes.
        shutil.rmtree(out, ignore_errors=True)
        sh(binary, "render", *render_files, "--template", "minutes", "--format", "md", "--output", out)
        markdown = sorted(os.path.join(out, f) for f in os.listdir(out))
        concatenated = os.path.join(work, "all.md")
        with open(concatenated, "w", encoding="utf-8") as f:
            for path in markdown:
                with open(path, encoding="utf-8") as part:
                    f.write(part.read() + "\n\n")
        per_file_sample = markdown[: (10 if options.quick else 40)]
        pandoc = {}
        for target in ["docx", "html"]:
            start = time.perf_counter()
            for path in per_file_sample:
                subprocess.run(["pandoc", "-f", "gfm", path, "-o", os.path.join(work, "p." + target)], check=True)
            pandoc[(target, "once")] = (time.perf_counter() - start) / len(per_file_sample)
            pandoc[(target, "batch")] = timed("pandoc", "-f", "gfm", concatenated, "-o",
                                              os.path.join(work, "all." + target), repeat=repeat) / len(markdown)
        ours_docx = results[("minutes", "docx")] / n_render
        ours_html = results[("minutes", "html")] / n_render
        for target, ours in [("docx", ours_docx), ("html", ours_html)]:
            rows.append((f"pandoc gfm → {target}, once per file", f"{1 / pandoc[(target, 'once')]:,.0f} docs/s",
                         f"Gongwen {pandoc[(target, 'once')] / ours:,.0f}× faster"))
            rows.append((f"pandoc gfm → {target}, {len(markdown)} files in one run",
                         f"{1 / pandoc[(target, 'batch')]:,.0f} docs/s",
                         f"Gongwen {pandoc[(target, 'batch')] / ours:,.1f}× faster"))
        both_pandoc = pandoc[("docx", "batch")] + pandoc[("html", "batch")]
        both_once = pandoc[("docx", "once")] + pandoc[("html", "once")]
        both_ours = results[("minutes", "docx,html")] / n_render
        rows.append(("docx + html, Gongwen in one run vs pandoc's best case (two runs)", "",
                     f"Gongwen {both_pandoc / both_ours:,.1f}× faster"))
        rows.append(("docx + html, Gongwen's two single-format runs vs pandoc's best case", "",
                     f"Gongwen {both_pandoc / (ours_docx + ours_html):,.1f}× faster"))
        rows.append(("docx + html, Gongwen in one run vs pandoc once per file", "",
                     f"Gongwen {both_once / both_ours:,.0f}× faster"))

        # The floor: deflating what the .docx files compress (each document's own parts, and the
        # shared parts once, as Gongwen does), on one core, against the render's CPU time.
        shutil.rmtree(out, ignore_errors=True)
        render_cpu = statistics.median(
            cpu_seconds(binary, "render", *render_files, "--template", "minutes", "--format", "docx", "--output", out)
            for _ in range(repeat))
        parts = []
        for index, name in enumerate(sorted(os.listdir(out))):
            with zipfile.ZipFile(os.path.join(out, name)) as archive:
                parts += [archive.read(entry) for entry in archive.namelist()
                          if index == 0 or entry in ("word/document.xml", "docProps/core.xml")]
        start = time.process_time()
        for data in parts:
            compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
            compressor.compress(data)
            compressor.flush()
            zlib.crc32(data)
        deflate_cpu = time.process_time() - start
        rows.append((f"deflate + CRC of the {n_render:,} .docx files' parts (zlib, level 6)", f"{deflate_cpu:.2f} s CPU",
                     f"{deflate_cpu / render_cpu:.0%} of the docx render's {render_cpu:.2f} s CPU"))
        # The rest of the floor: libyaml reading the same input files, on one core.
        render_corpus = os.path.join(work, "render-corpus")
        os.makedirs(render_corpus)
        for path in render_files:
            os.symlink(path, os.path.join(render_corpus, os.path.basename(path)))
        read_cpu = statistics.median(float(sh(bare, render_corpus).stdout.split()[2]) for _ in range(repeat))
        rows.append((f"floor: libyaml's parse of the {n_render:,} inputs + that deflate",
                     f"{read_cpu + deflate_cpu:.2f} s CPU",
                     f"{(read_cpu + deflate_cpu) / render_cpu:.0%} of the docx render's CPU"))

        # Summary over the whole corpus, each run parsing every file (no meeting cache): wall time
        # and peak memory, against Yams' and libyaml's bare parse of the same files.
        walls, peaks = [], []
        for _ in range(repeat):
            cache = os.path.join(corpus, ".gongwen", "meeting-cache.bin")
            if os.path.exists(cache):
                os.remove(cache)
            result = subprocess.run(["/usr/bin/time", "-v", binary, "summary", corpus, "--month", "2026-06",
                                     "--format", "json,md,docx", "--output", out], capture_output=True, text=True)
            wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
            walls.append(int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3)))
            peaks.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024)
        bare_runs = [sh(bare, corpus).stdout.split() for _ in range(repeat)]
        yams_one, yams_all, libyaml_one, libyaml_all = (
            statistics.median(float(run[column]) for run in bare_runs) for column in range(4))
        summary_wall = statistics.median(walls)
        rows.append((f"summary over {n_summary:,} meetings, no meeting cache", f"{summary_wall:.2f} s",
                     f"peak {statistics.median(peaks):,.0f} MB"))
        cores = os.cpu_count()
        rows.append((f"Yams bare parse of the same {n_summary:,} files, one core", f"{yams_one:.2f} s", ""))
        rows.append((f"Yams bare parse of the same {n_summary:,} files, {cores} cores", f"{yams_all:.2f} s",
                     f"summary = {summary_wall / yams_all:.2f}× this"))
        rows.append((f"libyaml event parse of the same {n_summary:,} files, one core", f"{libyaml_one:.2f} s", ""))
        rows.append((f"libyaml event parse of the same {n_summary:,} files, {cores} cores", f"{libyaml_all:.2f} s",
                     f"summary = {summary_wall / libyaml_all:.2f}× this floor"))

        # Scaling: minutes, all four formats, N = 100, 1,000, 10,000.
        base_time = None
        for count in ([100, 1000] if options.quick else [100, 1000, 10000]):
            seconds = render("minutes", "md,html,xml,docx", files[:count])
            per = seconds / count * 1000
            base_time = base_time or per
            # swift-argument-parser's share: the same command line stopped by an unknown format,
            # which it reports once it has parsed every argument.
            parsing = timed(binary, "render", *files[:count], "--format", "none", "--output", out,
                            repeat=repeat, check=False)
            rows.append((f"render minutes × 4 formats, N = {count:,}", f"{seconds:.2f} s",
                         f"{per:.2f} ms/doc ({per / base_time:.2f}× N=100); "
                         f"{parsing:.2f} s of it start-up and argument parsing"))
    except Finished:
        pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)

    cpu = "unknown"
    if os.path.exists("/proc/cpuinfo"):
        match = re.search(r"model name\s*: (.*)", open("/proc/cpuinfo").read())
        cpu = match.group(1) if match else cpu
    table = [f"Machine: {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}; "
             f"pandoc {sh('pandoc', '--version').stdout.split()[1]}; medians of {repeat} runs; release builds, "
             "linked as the Debian package links them (--static-swift-stdlib).", "",
             "| measure | figure | note |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(table) + "\n"
    print(text)
    if options.out:
        with open(options.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
