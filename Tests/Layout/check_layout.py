#!/usr/bin/python3
"""Checks Gongwen's Word and HTML output with real office and browser software.

For every sample x template: LibreOffice converts the .docx to PDF (A4 pages,
headings and names in order in its text); Chromium prints the HTML to PDF (A4,
page count within one of LibreOffice's); pandoc and python-docx read the .docx
back to the same paragraph texts as pandoc reads from Gongwen's Markdown, and
python-docx reports the paragraphs' style names. A page of body text is
measured for 22 lines of 28 characters.

Usage: check_layout.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
Run with Debian's python3 (python3-docx); prints 'N passed, N failed'.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import docx
import docx.table
import docx.text.paragraph

BINARY, SAMPLES, WORK = sys.argv[1:4]
TEMPLATES = ["minutes", "speech", "accountability"]
A4 = re.compile(r"Page size:\s+([\d.]+) x ([\d.]+) pts")
passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kw)


def pdf_pages(pdf):
    info = run("pdfinfo", pdf).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = A4.search(info)
    # A4 is 595.28 x 841.89 pt; PDF writers round differently.
    a4 = bool(size) and abs(float(size.group(1)) - 595.28) < 1.5 and abs(float(size.group(2)) - 841.89) < 1.5
    return pages, a4


def soffice_pdf(source, outdir):
    profile = "file://" + os.path.join(WORK, "lo-profile")
    result = run("soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", outdir, source)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + ".pdf")
    return pdf if result.returncode == 0 and os.path.exists(pdf) else None


def chromium_pdf(html, pdf):
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}", "file://" + os.path.abspath(html))
    return os.path.exists(pdf)


def squash(text):
    return re.sub(r"\s+", "", text)


# --- pandoc's JSON AST to block texts -------------------------------------

def inline_text(inlines):
    out = ""
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out += content
        elif kind in ("Space", "SoftBreak"):
            out += " "
        elif kind == "LineBreak":
            out += "\n"
        elif kind in ("Strong", "Emph", "Underline", "SmallCaps", "Strikeout"):
            out += inline_text(content)
        elif kind == "Span":
            out += inline_text(content[1])
        elif kind == "Quoted":
            out += ("“" if content[0]["t"] == "DoubleQuote" else "‘") + inline_text(content[1]) + (
                "”" if content[0]["t"] == "DoubleQuote" else "’")
        elif kind == "Code":
            out += content[1]
    return out


def block_texts(blocks):
    texts = []
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind in ("Para", "Plain"):
            texts.append(inline_text(content))
        elif kind == "Header":
            texts.append(inline_text(content[2]))
        elif kind == "OrderedList":
            start = content[0][0]
            for index, item in enumerate(content[1]):
                for text in block_texts(item):
                    texts.append(f"{start + index}. {text}")
        elif kind == "BulletList":
            for item in content:
                texts += block_texts(item)
        elif kind == "Div":
            texts += block_texts(content[1])
        elif kind == "Table":
            texts += table_texts(content)
    return [t for t in texts if t.strip()]


def table_texts(content):
    # pandoc 2.17: Table attr caption colspecs head bodies foot
    texts = []
    head, bodies = content[3], content[4]
    rows = list(head[1])
    for body in bodies:
        rows += body[2] + body[3]
    for row in rows:
        for cell in row[1]:
            texts += block_texts(cell[4])
    return texts


def pandoc_texts(path, reader):
    ast = json.loads(run("pandoc", "-f", reader, "-t", "json", path).stdout)
    texts = []
    title = ast.get("meta", {}).get("title")
    if title:
        texts.append(inline_text(title["c"]))
    return texts + block_texts(ast["blocks"])


def python_docx_texts(path):
    document = docx.Document(path)
    texts, styles = [], set()
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            styles.add(paragraph.style.name)
            texts.append(paragraph.text)
        elif tag == "tbl":
            # The cells as written (row.cells would repeat a vertically merged cell on every row).
            for row in docx.table.Table(child, document).rows:
                for tc in row._tr.tc_lst:
                    for p in tc.p_lst:
                        paragraph = docx.text.paragraph.Paragraph(p, document)
                        styles.add(paragraph.style.name)
                        texts.append(paragraph.text)
    return [t for t in texts if t.strip()], styles


def normalise(texts):
    # pandoc turns line breaks and tabs into spaces differently per reader; compare the characters.
    return [squash(t) for t in texts]


# --- the checks --------------------------------------------------------------

out = os.path.join(WORK, "out")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
samples = sorted(f for f in os.listdir(SAMPLES) if f.endswith((".yaml", ".json")))
documents = []
for sample in samples:
    stem = os.path.splitext(sample)[0]
    result = run(BINARY, "render", os.path.join(SAMPLES, sample), "--template", "minutes", "--template", "speech",
                 "--template", "accountability", "--output", out)
    check(result.returncode == 0, f"render {sample}")
    documents += [f"{stem}.{template}" for template in TEMPLATES]
for template in ["monthly-summary", "accountability"]:
    result = run(BINARY, "summary", os.path.join(SAMPLES, "monthly"), "--month", "2026-11", "--template", template,
                 "--output", out)
    check(result.returncode == 0, f"summary --template {template}")
documents += ["summary-2026-11", "summary-2026-11.accountability"]

for name in documents:
    base = os.path.join(out, name)
    pdf = soffice_pdf(base + ".docx", out)
    check(pdf is not None, f"{name}: LibreOffice converts the .docx to PDF")
    if not pdf:
        continue
    pages, a4 = pdf_pages(pdf)
    check(a4, f"{name}: LibreOffice's PDF is A4 ({pages} pages)")

    markdown = pandoc_texts(base + ".md", "gfm")
    from_pandoc = pandoc_texts(base + ".docx", "docx")
    from_python, styles = python_docx_texts(base + ".docx")
    check(normalise(from_pandoc) == normalise(markdown), f"{name}: pandoc reads the .docx as the Markdown")
    check(normalise(from_python) == normalise(markdown), f"{name}: python-docx reads the .docx as the Markdown")
    wanted = {"Title", "Normal"}
    check(wanted <= styles and "Heading 1" in styles or "Heading 1" not in styles and "Title" in styles,
          f"{name}: python-docx reports styles {sorted(styles)}")

    text = squash(run("pdftotext", pdf, "-").stdout)
    headings = [squash(t) for t in markdown if t[:1] in "一二三四五六七八九十（"] + [squash(markdown[0])]
    position, in_order = 0, True
    for heading in headings[:-1]:
        found = text.find(heading[:12], position)
        if found < 0:
            in_order = False
            print(f"     missing or out of order in the PDF: {heading[:12]}")
            break
        position = found
    check(in_order and squash(markdown[0])[:10] in text, f"{name}: the PDF holds the headings in order")

    html_pdf = base + ".chromium.pdf"
    check(chromium_pdf(base + ".html", html_pdf), f"{name}: Chromium prints the HTML")
    if os.path.exists(html_pdf):
        html_pages, html_a4 = pdf_pages(html_pdf)
        check(html_a4 and abs(html_pages - pages) <= 1,
              f"{name}: Chromium's PDF is A4 with {html_pages} pages (LibreOffice: {pages})")

# A full page of body text: 22 lines of 28 characters.
grid = os.path.join(WORK, "grid.yaml")
with open(grid, "w") as f:
    f.write("meeting:\n  title: 版心测试\n  date: 2026-11-20\nspeech:\n  opening:\n    - "
            + "全面从严治党永远在路上各级党组织要坚决扛起主体责任" * 60 + "\n")
run(BINARY, "render", grid, "--template", "speech", "--format", "docx,html", "--output", out)
pdf = soffice_pdf(os.path.join(out, "grid.speech.docx"), out)
lines = [l for l in run("pdftotext", "-f", "2", "-l", "2", pdf, "-").stdout.split("\n") if l.strip()]
body = [l for l in lines if not re.fullmatch(r"—\s*\d+\s*—", l.strip())]
print(f"     page 2 of a body-text document: {len(body)} lines, lengths {sorted(set(len(l) for l in body))}")
check(len(body) == 22, "LibreOffice: a full page holds 22 lines")
check(all(len(l) == 28 for l in body), "LibreOffice: a full line holds 28 characters")
html_pdf = os.path.join(out, "grid.speech.chromium.pdf")
chromium_pdf(os.path.join(out, "grid.speech.html"), html_pdf)
html_lines = [l for l in run("pdftotext", "-f", "2", "-l", "2", html_pdf, "-").stdout.split("\n") if l.strip()]
print(f"     page 2 printed by Chromium: {len(html_lines)} lines, lengths {sorted(set(len(l) for l in html_lines))}")
check(len(html_lines) == 22 and all(len(l) == 28 for l in html_lines), "Chromium: a full page holds 22 lines of 28")
page_numbers = [l.strip() for l in lines if re.fullmatch(r"—\s*\d+\s*—", l.strip())]
check(page_numbers == ["— 2 —"] or page_numbers == ["—2—"], f"page number reads {page_numbers}")

# An organisation's reference .docx (pandoc's default one): its styles and page come through.
reference = os.path.join(WORK, "reference.docx")
with open(reference, "wb") as f:
    f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True).stdout)
result = run(BINARY, "render", os.path.join(SAMPLES, "party-discipline-meeting.yaml"), "--template", "speech",
             "--format", "docx", "--reference-docx", reference, "--output", os.path.join(WORK, "ref"))
check(result.returncode == 0 and "warning: it has no style for" in result.stderr,
      "render --reference-docx names the styles the reference lacks")
referenced = os.path.join(WORK, "ref", "party-discipline-meeting.speech.docx")
def heading_colour(path):
    style = next(s for s in docx.Document(path).styles if s.style_id == "Heading1")
    return style.font.color.rgb


theirs, ours = heading_colour(reference), heading_colour(referenced)
check(theirs is not None and ours == theirs, f"the reference's Heading 1 colour {theirs} is kept ({ours})")
check(soffice_pdf(referenced, os.path.join(WORK, "ref")) is not None, "LibreOffice converts the referenced .docx")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
