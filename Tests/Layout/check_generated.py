#!/usr/bin/python3
"""The page rules of issue 20 measured on generated meetings (generate_meetings.py), not on
fixtures: every meeting is rendered with every per-meeting template to .docx and, by LibreOffice,
to PDF (`--format docx,pdf`), and on every page:

- the page is A4;
- no text stands past the margins (pdftotext -bbox word boxes within the text block, 79.4-521.6 pt,
  but for a closing punctuation mark hanging at a line's end, which Word and LibreOffice allow);
- every name of 出席/列席 stands whole on one line (东方雨/辰 never);
- every title line Gongwen chose has at least three characters and stands whole in the PDF
  (LibreOffice did not wrap it again);
- every line Gongwen chose for a table cell (a unit's name broken between words) stands whole in
  the PDF, so no renderer broke a word.

Prints each violation and the figures (meetings, documents, pages, checks), then
'N passed, N failed'. Usage: check_generated.py GONGWEN_BINARY COUNT SEED WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

BINARY, COUNT, SEED, WORK = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = ["minutes", "minutes-classic", "speech", "accountability"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEFT, RIGHT, SLACK = 79.4, 521.6, 3.0
HANGING = set("，。、；：！？）”’》】")
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, timeout=3600)


def squash(text):
    return re.sub(r"\s+", "", text)


def lines_of(element):
    """An element's text split at the line breaks Gongwen wrote (w:br)."""
    lines, line = [], ""
    for node in element.iter():
        if node.tag == f"{W}t":
            line += node.text or ""
        elif node.tag == f"{W}br":
            lines.append(line)
            line = ""
    lines.append(line)
    return lines


def document_root(docx):
    with zipfile.ZipFile(docx) as z:
        return ET.fromstring(z.read("word/document.xml"))


def styled_lines(docx, style):
    """The lines of each paragraph in `style`."""
    found = []
    for p in document_root(docx).iter(f"{W}p"):
        p_style = p.find(f"{W}pPr/{W}pStyle")
        if p_style is not None and p_style.get(f"{W}val") == style:
            found.append(lines_of(p))
    return found


UNIT_HEADERS = ("牵头单位", "配合单位", "责任单位", "单位")


def unit_cells(docx):
    """The lines Gongwen chose for each unit cell (columns headed 牵头单位, 配合单位…), by table."""
    found = []
    for table in document_root(docx).iter(f"{W}tbl"):
        rows = table.findall(f"{W}tr")
        if not rows:
            continue
        header = ["".join(lines_of(c)) for c in rows[0].findall(f"{W}tc")]
        columns = [i for i, label in enumerate(header) if label in UNIT_HEADERS]
        for row in rows[1:]:
            cells = row.findall(f"{W}tc")
            found += [lines_of(cells[i]) for i in columns if i < len(cells)]
    return found


def pdf_lines(pdf):
    return [squash(line) for line in run("pdftotext", pdf, "-").stdout.split("\n") if line.strip()]


def words(pdf):
    out = run("pdftotext", "-bbox", pdf, "-").stdout
    pages = out.split("<page ")[1:]
    result = []
    for number, page in enumerate(pages, 1):
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page):
            result.append((number, float(m.group(1)), float(m.group(2)), m.group(3)))
        result.append((number, "size", size.groups() if size else None, ""))
    return result


meetings_dir = os.path.join(WORK, "meetings")
out = os.path.join(WORK, "out")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(out)
run(sys.executable, os.path.join(HERE, "generate_meetings.py"), str(COUNT), str(SEED), meetings_dir)
files = sorted(os.path.join(meetings_dir, f) for f in os.listdir(meetings_dir))
# In batches of ten meetings: one LibreOffice process converts a batch, and one that fails costs
# only its own batch.
for start in range(0, len(files), 10):
    batch = files[start:start + 10]
    result = run(BINARY, "render", *batch, *[a for t in TEMPLATES for a in ("--template", t)], "--format", "docx,pdf",
                 "--lang", "en", "--output", out)
    check(result.returncode == 0,
          f"render meetings {start}-{start + len(batch) - 1}: exit {result.returncode} {result.stderr[-300:]}")

documents = pages = 0
for path in files:
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    info = data["meeting"]
    roster = [n if isinstance(n, str) else n["name"] for n in info.get("attendees", []) + info.get("observers", [])]
    for template in TEMPLATES:
        docx, pdf = (os.path.join(out, f"{stem}.{template}.{e}") for e in ("docx", "pdf"))
        if not os.path.exists(docx):
            continue
        documents += 1
        what = f"{stem}.{template}"
        check(os.path.exists(pdf), f"{what}: a PDF was written")
        if not os.path.exists(pdf):
            continue
        lines = pdf_lines(pdf)
        boxes = words(pdf)
        sizes = [b for b in boxes if b[1] == "size"]
        pages += len(sizes)
        for number, _, size, _ in sizes:
            check(size is not None and abs(float(size[0]) - 595.3) < 2 and abs(float(size[1]) - 841.9) < 2,
                  f"{what} page {number}: A4 ({size})")
        for number, x_min, x_max, text in (b for b in boxes if b[1] != "size"):
            inside = x_min >= LEFT - SLACK and (x_max <= RIGHT + SLACK or (text and text[-1] in HANGING
                                                                           and x_max <= RIGHT + 16 + SLACK))
            check(inside, f"{what} page {number}: '{text}' runs {x_min:.1f}-{x_max:.1f} pt, past the text block")
        if template.startswith("minutes"):
            for name in roster:
                for part in (p for p in name.split("、") if len(p) > 1):
                    check(any(part in line for line in lines), f"{what}: {part} is broken across lines")
        for title_lines in styled_lines(docx, "Title"):
            for line in title_lines:
                check(len(line) >= 3, f"{what}: a title line of {len(line)} characters: '{line}'")
                check(any(squash(line) in l for l in lines), f"{what}: title line '{line}' was wrapped again")
        for cell_lines in unit_cells(docx):
            for line in cell_lines:
                check(not line or any(squash(line) in l for l in lines),
                      f"{what}: table cell line '{line}' was broken again")

print(f"     measured: {len(files)} meetings (seed {SEED}), {documents} documents, {pages} pages")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
