#!/usr/bin/python3
"""Checks that the summaries' charts show in LibreOffice's PDF of the Word file and in Chromium's
print of the HTML page.

For the sample months' 2026-11 summary and the 2026-Q4 summary: converts the .docx with
`soffice --headless --convert-to pdf` and prints the .html with headless Chromium, then on each
PDF checks that the charts' own words are on the page (the 完成率 label of every unit that has
one: the table writes the rate alone) and that the page holding each chart's caption has the
series' colours drawn on it (pixels of each colour counted in the page image).
Page images go to WORK/charts-*.png for a person to look at.

Usage: check_charts.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys

BINARY, SAMPLES, WORK = sys.argv[1:4]
COLOURS = {"blue": (0x2F, 0x55, 0x97), "green": (0x54, 0x82, 0x35), "red": (0xC0, 0x00, 0x00)}
CAPTIONS = ["各单位任务部署、完成和逾期未完成情况", "各月任务部署、完成和逾期未完成走势"]
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed += bool(ok)
    failed += not ok
    print(("ok   " if ok else "FAIL ") + what)


def page_texts(pdf):
    count = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
                     .stdout.splitlines() if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"], capture_output=True,
                           text=True).stdout for n in range(1, count + 1)]


def colour_pixels(ppm, rgb):
    """Pixels of a binary PPM within a small distance of `rgb` (anti-aliasing moves edges)."""
    with open(ppm, "rb") as f:
        data = f.read()
    # Header: P6, width, height, maximum, each followed by white space.
    fields, position = [], 0
    while len(fields) < 4:
        while data[position:position + 1].isspace():
            position += 1
        start = position
        while not data[position:position + 1].isspace():
            position += 1
        fields.append(data[start:position])
    pixels = data[position + 1:]
    r, g, b = rgb
    return sum(1 for i in range(0, len(pixels) - 2, 3)
               if abs(pixels[i] - r) < 24 and abs(pixels[i + 1] - g) < 24 and abs(pixels[i + 2] - b) < 24)


def check_pdf(pdf, label, units, trend):
    texts = page_texts(pdf)
    whole = "".join(texts).replace(" ", "")
    for caption in CAPTIONS[: 2 if len(trend) > 1 else 1]:
        pages = [n for n, text in enumerate(texts, 1) if caption in text.replace(" ", "")]
        check(bool(pages), f"{label}: the caption 「{caption}」 is on page {pages}")
        if not pages:
            continue
        png = os.path.join(WORK, f"charts-{label}-{pages[0]}")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(pages[0]), "-l", str(pages[0]), "-singlefile", pdf,
                        png], check=True)
        subprocess.run(["pdftoppm", "-r", "60", "-f", str(pages[0]), "-l", str(pages[0]), "-singlefile", pdf, png],
                       check=True)
        counts = {name: colour_pixels(png + ".ppm", rgb) for name, rgb in COLOURS.items()}
        check(all(count > 30 for count in counts.values()),
              f"{label}: page {pages[0]} has the three series drawn ({', '.join(f'{k} {v:.0f} px' for k, v in counts.items())})")
    rates = [f"完成率{u['completion_rate']}%" for u in units if u["completion_rate"] is not None]
    missing = [rate for rate in rates if rate not in whole]
    check(not missing, f"{label}: every unit's 完成率 label is drawn ({len(rates)}; missing {missing})")


os.makedirs(WORK, exist_ok=True)
for period, name in ((["--month", "2026-11"], "summary-2026-11"), (["--quarter", "2026-Q4"], "summary-2026-Q4")):
    out = os.path.join(WORK, f"charts-{name}")
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run([BINARY, "summary", os.path.join(SAMPLES, "monthly"), *period, "--organization", "市交通委员会",
                             "--format", "docx,html,json", "--output", out], capture_output=True, text=True, timeout=300)
    check(result.returncode == 0, f"{name}: summary written ({result.stderr.strip()[-120:]})")
    with open(os.path.join(out, f"{name}.json"), encoding="utf-8") as f:
        figures = json.load(f)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(out, f"{name}.docx")],
                   capture_output=True, timeout=300)
    check_pdf(os.path.join(out, f"{name}.pdf"), f"{name}-word", figures["units"], figures["trend"])
    printed = os.path.join(out, f"{name}.html.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={printed}", "file://" + os.path.abspath(os.path.join(out, f"{name}.html"))],
                   capture_output=True, timeout=300)
    check_pdf(printed, f"{name}-html", figures["units"], figures["trend"])
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
