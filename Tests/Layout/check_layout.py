#!/usr/bin/python3
"""Checks Gongwen's Word and HTML output with real office and browser software.

For every sample x template: LibreOffice converts the .docx to PDF (A4 pages,
headings and the people of its rosters in order in its text; python-docx finds
each paragraph in the style its text calls for); Chromium prints the HTML to PDF (A4,
page count within one of LibreOffice's, "— N —" on every page N, odd numbers on
the right and even ones on the left); pandoc and python-docx read the .docx
back to the same paragraph texts as pandoc reads from Gongwen's Markdown, and
python-docx reports the paragraphs' style names. A page of body text is
measured for 22 lines of 28 characters.

The long fixture Tests/Layout/long-meeting.yaml (a 16-character organisation,
a 41-character title, ten tasks with four-character owners) is rendered with
minutes, accountability and speech as .docx, .html and --format pdf. In
LibreOffice's PDF of the .docx (pdftotext -layout and -bbox-layout, pdftocairo
-svg, pdffonts, pdftohtml -xml): no owner name and no 完成时限 date is broken
across lines inside a table cell; every table's outer rules lie within 2 mm of
the text area's edges (28 mm and 184 mm from the page's left edge); no page
holds only the signature and the date; no 一、/（一） heading is the last line
of a page; the minutes' red mark is one line; the title is not bold in the
.docx (neither its style nor its runs) yet LibreOffice sets it in a bold face.
Chromium's prints carry their page numbers and the red mark on one line, and
Gongwen's --format pdf has the page count and text of the .docx converted by
hand.

Usage: check_layout.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
Run with Debian's python3 (python3-docx, python3-yaml) and poppler-utils;
prints 'N passed, N failed'.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import docx
import docx.table
import docx.text.paragraph
import yaml

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
    if os.path.exists(pdf):
        os.remove(pdf)  # a PDF left by an earlier run must not pass for this one
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}", "file://" + os.path.abspath(html))
    return os.path.exists(pdf)


def squash(text):
    return re.sub(r"\s+", "", text)


# --- PDF pages, words and rules (poppler-utils) -------------------------------

MM = 72 / 25.4
# GB/T 9704 A4 text area: left margin 28 mm, right 26 mm, so x from 28 mm to 184 mm.
TEXT_LEFT, TEXT_RIGHT = 28 * MM, 184 * MM
PAGE_NUMBER = re.compile(r"—\s*(\d+)\s*—")
HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def page_texts(pdf, *options):
    # pdftotext ends every page, the last one too, with a form feed.
    return run("pdftotext", *options, pdf, "-").stdout.split("\f")[:-1]


def text_lines(page):
    """A page's non-blank lines, stripped, without the page number line."""
    return [l.strip() for l in page.split("\n") if l.strip() and not PAGE_NUMBER.fullmatch(l.strip())]


def bbox_lines(pdf):
    """Per page, pdftotext -bbox-layout's lines as lists of (xMin, yMin, xMax, yMax, text) words."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, timeout=300).stdout
    xhtml = "{http://www.w3.org/1999/xhtml}"
    pages = []
    try:
        root = ET.fromstring(out)
    except ET.ParseError as error:
        print(f"     pdftotext -bbox-layout {pdf}: {error}")
        return pages
    for page in root.iter(xhtml + "page"):
        pages.append([[(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")),
                        w.text or "") for w in line.iter(xhtml + "word")] for line in page.iter(xhtml + "line")])
    return pages


def svg_segments(pdf, page, svg):
    """The stroked straight segments of a page, in PDF points from the top left corner.

    pdftocairo -svg by default shrinks the page onto its own A4 and centres it (a 0.12 % scale for
    LibreOffice's 595.304 pt wide pages); -origpagesizes -noshrink -nocenter keeps PDF coordinates.
    Glyphs are filled paths inside <defs> and are skipped; table borders are stroked "M x y L x y"."""
    run("pdftocairo", "-svg", "-origpagesizes", "-noshrink", "-nocenter", "-f", str(page), "-l", str(page), pdf, svg)
    segments = []
    if not os.path.exists(svg):
        return segments

    def walk(node, matrix):
        transform = node.get("transform")
        if transform:
            m = re.fullmatch(r"\s*matrix\(([^)]*)\)\s*", transform)
            a, b, c, d, e, f = [float(v) for v in re.split(r"[\s,]+", m.group(1).strip())] if m else (1, 0, 0, 1, 0, 0)
            A, B, C, D, E, F = matrix
            matrix = (A * a + C * b, B * a + D * b, A * c + C * d, B * c + D * d, A * e + C * f + E, B * e + D * f + F)
        tag = node.tag.split("}")[-1]
        if tag in ("defs", "symbol", "clipPath", "mask", "pattern"):
            return
        style = node.get("style", "")
        if tag == "path" and "stroke:" in style and "stroke:none" not in style:
            tokens = re.findall(r"[A-Za-z]|-?[\d.]+(?:e-?\d+)?", node.get("d", ""))
            if not set(t for t in tokens if t.isalpha()) - {"M", "L", "Z"}:
                A, B, C, D, E, F = matrix
                point = lambda x, y: (A * x + C * y + E, B * x + D * y + F)
                start = current = None
                i = 0
                while i < len(tokens):
                    op = tokens[i]
                    if op in ("M", "L"):
                        p = point(float(tokens[i + 1]), float(tokens[i + 2]))
                        if op == "L" and current:
                            segments.append((current, p))
                        if op == "M":
                            start = p
                        current = p
                        i += 3
                    else:  # Z
                        if current and start and current != start:
                            segments.append((current, start))
                        current = start
                        i += 1
        for child in node:
            walk(child, matrix)

    walk(ET.parse(svg).getroot(), (1, 0, 0, 1, 0, 0))
    return segments


def page_tables(segments):
    """Tables drawn on a page: vertical rules that overlap in height make one table.

    Each table: top, bottom, the column rules' x positions, and its outer left and right edges
    (the outermost of its vertical rules and of the horizontal rules between its top and bottom)."""
    vertical = sorted((p[0], min(p[1], q[1]), max(p[1], q[1])) for p, q in segments
                      if abs(p[0] - q[0]) < 0.5 and abs(p[1] - q[1]) > 5)
    horizontal = [(p[1], min(p[0], q[0]), max(p[0], q[0])) for p, q in segments
                  if abs(p[1] - q[1]) < 0.5 and abs(p[0] - q[0]) > 5]
    tables = []
    for x, top, bottom in sorted(vertical, key=lambda v: v[1]):
        if tables and top <= tables[-1]["bottom"] + 1:
            tables[-1]["bottom"] = max(tables[-1]["bottom"], bottom)
            tables[-1]["xs"].append(x)
        else:
            tables.append({"top": top, "bottom": bottom, "xs": [x]})
    for table in tables:
        xs = []
        for x in sorted(table["xs"]):
            if not xs or x - xs[-1] > 1:
                xs.append(x)
        table["xs"] = xs
        rules = [h for h in horizontal if table["top"] - 1 <= h[0] <= table["bottom"] + 1]
        table["left"] = min([xs[0]] + [h[1] for h in rules])
        table["right"] = max([xs[-1]] + [h[2] for h in rules])
    return tables


def table_cell_lines(lines, tables):
    """The text lines inside table cells: each bbox line's words split by the table's column rules.

    A name or date broken inside a cell shows as two such lines ("司马" and "静怡"); a whole one is
    in one. Splitting by column keeps the neighbouring cells of the same text line apart."""
    cells = []
    for line in lines:
        parts = {}
        for word in line:
            cx, cy = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
            for index, table in enumerate(tables):
                if table["xs"][0] <= cx <= table["xs"][-1] and table["top"] <= cy <= table["bottom"]:
                    column = sum(1 for x in table["xs"] if x <= cx)
                    parts.setdefault((index, column), []).append(word)
                    break
        for words in parts.values():
            cells.append(squash("".join(w[4] for w in sorted(words))))
    return cells


def docx_table_cells(path):
    """The texts of all table cells of a .docx, as written (a merged cell once)."""
    document = docx.Document(path)
    return [squash("".join(docx.text.paragraph.Paragraph(p, document).text for p in tc.p_lst))
            for table in document.tables for row in table.rows for tc in row._tr.tc_lst]


def page_number_faults(pdf):
    """Pages without their "— N —", and pages whose number sits on the wrong side.

    GB/T 9704: odd page numbers on the right, even ones on the left."""
    missing, misplaced = [], []
    for number, lines in enumerate(bbox_lines(pdf), 1):
        found = [line for line in lines if squash("".join(w[4] for w in line)) == f"—{number}—"]
        if not found:
            missing.append(number)
            continue
        centre = (found[0][0][0] + found[0][-1][2]) / 2
        if (centre > 595.28 / 2) != (number % 2 == 1):
            misplaced.append(f"{number} at x = {centre / MM:.0f} mm")
    return missing, misplaced


def check_page_numbers(pdf, what):
    missing, misplaced = page_number_faults(pdf)
    check(not missing, f"{what} has its page number on every page" + (f" (none on page {missing})" if missing else ""))
    check(not misplaced, f"{what} has odd page numbers on the right and even ones on the left"
          + (f" (not so: {misplaced})" if misplaced else ""))


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
        elif kind == "BlockQuote":
            # pandoc reads an indented paragraph (附件说明's hanging lines) as a quotation.
            texts += block_texts(content)
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


H1_TEXT = re.compile(r"^[一二三四五六七八九十]+、")
H2_TEXT = re.compile(r"^（[一二三四五六七八九十]+）")
ROSTER_TEXT = re.compile(r"^(出\s*席|列\s*席|请\s*假|记\s*录)[：:]")


def docx_style_faults(path):
    """Paragraphs whose Word style does not fit what they say: one Title; a paragraph opening with
    一、 is Heading 1, one opening with （一） Heading 2 (an unnumbered heading such as 附：本月会议一览
    may be either, but no heading is a paragraph of body text); 出席/列席/请假/记录 lines are roster
    paragraphs."""
    faults, titles = [], 0
    for paragraph in docx.Document(path).paragraphs:
        text, style = paragraph.text.strip(), paragraph.style.name
        if not text:
            continue
        titles += style == "Title"
        for pattern, wanted in ((H1_TEXT, "Heading 1"), (H2_TEXT, "Heading 2")):
            if pattern.match(text) and style != wanted:
                faults.append(f"{style}: {text[:16]}")
        if style in ("Heading 1", "Heading 2") and len(text) > 40:
            faults.append(f"{style} on a paragraph of {len(text)} characters: {text[:16]}")
        if ROSTER_TEXT.match(text) and not style.startswith("Gongwen Roster"):
            faults.append(f"{style}: {text[:16]}")
    if titles != 1:
        faults.append(f"{titles} Title paragraphs")
    return faults


def roster_names(texts):
    """The people of the 出席/列席/请假/记录 lines, in order, as the Markdown lists them."""
    names = []
    for text in texts:
        if ROSTER_TEXT.match(squash(text)):
            names += [n for n in re.split(r"[、，,]", re.sub(r"^\S+?[：:]", "", squash(text))) if n]
    return names


def chart_captions(path):
    """The captions of the .docx's charts (wp:docPr descr): a paragraph in Word, a figure's caption
    elsewhere, so no Markdown paragraph of its own."""
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    return [html.unescape(m) for m in re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', document)]


def without(texts, captions):
    texts = list(texts)
    for caption in captions:
        if caption in texts:
            texts.remove(caption)
    return texts


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
                 "--template", "accountability", "--lang", "en", "--output", out)
    check(result.returncode == 0, f"render {sample}")
    # A meeting without a speech (or tasks) gets no speech (or lists), and says so; what is owed is
    # read from the meeting file itself, not from Gongwen's own warnings.
    with open(os.path.join(SAMPLES, sample), encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.BaseLoader) or {}
    speech = data.get("speech") or {}
    owed = ["minutes"] + (["speech"] if any(speech.get(k) for k in
                                              ("opening", "unify_thinking", "key_points", "responsibility", "closing"))
                          else []) + (["accountability"] if data.get("tasks") else [])
    written = [t for t in TEMPLATES if os.path.exists(os.path.join(out, f"{stem}.{t}.docx"))]
    check(sorted(written) == sorted(owed), f"render {sample}: writes {sorted(owed)} as its data calls for (wrote {sorted(written)})")
    unwritten = [t for t in TEMPLATES if t not in written]
    check(all(f"{t} not written" in result.stderr for t in unwritten),
          f"render {sample}: every template not written is named in a warning ({unwritten or 'none'})")
    documents += [f"{stem}.{template}" for template in written]
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
    captions = chart_captions(base + ".docx")
    check(normalise(without(from_pandoc, captions)) == normalise(markdown),
          f"{name}: pandoc reads the .docx as the Markdown (chart captions aside: {len(captions)})")
    check(normalise(without(from_python, captions)) == normalise(markdown),
          f"{name}: python-docx reads the .docx as the Markdown (chart captions aside)")
    faults = docx_style_faults(base + ".docx")
    check(not faults, f"{name}: python-docx finds each paragraph in the style its text calls for "
          f"(Title, 一、 Heading 1, （一） Heading 2, rosters; styles used: {sorted(styles)})"
          + (f"; misfits: {faults[:4]}" if faults else ""))

    raw = run("pdftotext", pdf, "-").stdout
    text = squash(raw)
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
    # The people listed (出席/列席/请假/记录), each name in the Markdown's order.
    names, position, missing = roster_names(markdown), 0, []
    for person in names:
        found = text.find(person, position)
        if found < 0:
            missing.append(person)
        else:
            position = found + len(person)
    check(not missing, f"{name}: the PDF holds the {len(names)} people of its rosters in order"
          + (f" (missing or out of order: {missing[:4]})" if missing else ""))
    # And each of them whole on one line: a name is never broken across lines (东方雨/辰).
    raw_lines = [squash(line) for line in raw.split("\n")]
    broken = [person for person in names if len(person) > 1 and not any(person in line for line in raw_lines)]
    check(not broken, f"{name}: no name in its rosters is broken across lines" + (f" ({broken[:4]})" if broken else ""))

    html_pdf = base + ".chromium.pdf"
    check(chromium_pdf(base + ".html", html_pdf), f"{name}: Chromium prints the HTML")
    if os.path.exists(html_pdf):
        html_pages, html_a4 = pdf_pages(html_pdf)
        check(html_a4 and abs(html_pages - pages) <= 1,
              f"{name}: Chromium's PDF is A4 with {html_pages} pages (LibreOffice: {pages})")
        check_page_numbers(html_pdf, f"{name}: Chromium's print")

# --- the long fixture ----------------------------------------------------------

def title_fonts(pdf, title):
    """The fonts (pdffonts' names) of the first run of text lines on page 1 that spell the title.

    pdftohtml -xml gives each text line its font; its family is pdffonts' name cut after the
    subset tag ("BAAAAA+NotoSerifCJKjp" for "BAAAAA+NotoSerifCJKjp-Bold-VKana")."""
    try:
        root = ET.fromstring(subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-f", "1", "-l", "1", pdf],
                                            capture_output=True, timeout=300).stdout)
    except ET.ParseError as error:
        print(f"     pdftohtml -xml {pdf}: {error}")
        return []
    families = {f.get("id"): f.get("family") for f in root.iter("fontspec")}
    names = [l.split()[0] for l in run("pdffonts", "-f", "1", "-l", "1", pdf).stdout.split("\n")[2:] if l.strip()]
    texts = [(squash("".join(t.itertext())), t.get("font")) for t in root.iter("text")]
    for start in range(len(texts)):
        spelled, fonts = "", []
        for text, font in texts[start:]:
            spelled += text
            fonts.append(font)
            if not title.startswith(spelled):
                break
            if spelled == title:
                family = [families.get(f, "") for f in dict.fromkeys(fonts)]
                return [next((n for n in names if n == f or n.startswith(f.split("+")[0] + "+")), f) for f in family]
    return []


def date_forms(due):
    year, month, day = (int(v) for v in str(due).split("-"))
    return {f"{year}年{month}月{day}日", f"{year}年{month:02}月{day:02}日", f"{year}.{month:02}.{day:02}",
            f"{year}.{month}.{day}"}


def whole_in_cells(words, docx_cells, pdf_cells):
    """For each word (a set of spellings): in how many PDF cell lines it stands whole, against how many
    .docx cells hold it. A word broken across two lines of its cell is whole in fewer lines than cells."""
    broken = []
    for label, spellings in words.items():
        wanted = sum(any(s in c for s in spellings) for c in docx_cells)
        found = sum(any(s in c for s in spellings) for c in pdf_cells)
        if wanted == 0 or found < wanted:
            broken.append(f"{label} whole in {found} of {wanted} cells")
            # Cell lines that end with its beginning or start with its end: where it was broken.
            fragments = [c for c in pdf_cells if not any(s in c for s in spellings)
                         and any(c.endswith(s[:k]) or c.startswith(s[-k:]) for s in spellings
                                 for k in range(2, len(s)))]
            print(f"     {label}: {found} whole of {wanted}; table lines with a piece of it: {fragments[:6]}")
    return broken


LONG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "long-meeting.yaml")
with open(LONG) as f:
    long_meeting = yaml.safe_load(f)
organization = long_meeting["meeting"]["organization"]
owners = {t["owner"]: {t["owner"]} for t in long_meeting["tasks"]}
dues = {str(t["due"]): date_forms(t["due"]) for t in long_meeting["tasks"]}
SIGNATURE_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")

long_out = os.path.join(WORK, "long")
by_hand = os.path.join(long_out, "libreoffice")
shutil.rmtree(long_out, ignore_errors=True)
os.makedirs(by_hand)
long_templates = ["minutes", "accountability", "speech"]
result = run(BINARY, "render", LONG, *[a for t in long_templates for a in ("--template", t)], "--format", "docx",
             "--format", "html", "--format", "pdf", "--output", long_out)
check(result.returncode == 0 and all(os.path.exists(os.path.join(long_out, f"long-meeting.{t}.{e}"))
                                     for t in long_templates for e in ("docx", "html", "pdf")),
      "render long-meeting.yaml --format docx,html,pdf"
      + ("" if result.returncode == 0 else f": {result.stderr[:300]}"))

for template in long_templates:
    name = f"long-meeting.{template}"
    base = os.path.join(long_out, name)
    pdf = soffice_pdf(base + ".docx", by_hand)
    check(pdf is not None, f"{name}: LibreOffice converts the .docx to PDF")
    if not pdf:
        continue
    pages, _ = pdf_pages(pdf)
    layout = page_texts(pdf, "-layout")

    # Gongwen's --format pdf is LibreOffice's PDF of the same .docx: the same pages and text.
    if os.path.exists(base + ".pdf"):
        theirs, ours = page_texts(pdf), page_texts(base + ".pdf")
        difference = next((f"page {n}: {a.strip()[:40]!r} / {b.strip()[:40]!r}"
                           for n, (a, b) in enumerate(zip(theirs, ours), 1) if a != b), "")
        check(pdf_pages(base + ".pdf")[0] == pages and theirs == ours,
              f"{name}: --format pdf has the page count ({pdf_pages(base + '.pdf')[0]}) and text of the .docx "
              f"converted by hand ({pages})" + (f"; first difference on {difference}" if difference else ""))
    else:
        check(False, f"{name}: --format pdf wrote {name}.pdf")

    if template in ("minutes", "accountability"):
        # Names and dates in table cells. Counting the name anywhere on the page is no good: the
        # owners are also in the 出席 list (which may wrap a name at a line end, as prose does) and in
        # the body. So the tables are found from their drawn rules (pdftocairo -svg: the vertical
        # rules give each table's top, bottom and columns), pdftotext -bbox-layout's words inside a
        # table are grouped by text line and column into cell lines, and each name (each date in
        # either form) must stand whole in as many cell lines as there are .docx table cells that
        # hold it. A row split over two pages still has each line on one page; the repeated header
        # row holds no names. (Looking for the name next to a date on a pdftotext -layout line
        # would depend on how -layout lines up cells of different heights; the rules do not.) A
        # table drawn without vertical rules would give no cell lines and fail here, not pass.
        words = bbox_lines(pdf)
        cells, tables = [], []
        for number in range(1, pages + 1):
            drawn = page_tables(svg_segments(pdf, number, os.path.join(by_hand, f"{name}-{number}.svg")))
            tables += [(number, table) for table in drawn]
            cells += table_cell_lines(words[number - 1] if number <= len(words) else [], drawn)
        docx_cells = docx_table_cells(base + ".docx")
        broken = whole_in_cells(owners, docx_cells, cells)
        check(not broken, f"{name}: no owner's name is broken across lines in a table cell"
              + (f" ({'; '.join(broken)})" if broken else f" ({len(owners)} names)"))
        broken = whole_in_cells(dues, docx_cells, cells)
        check(not broken, f"{name}: no 完成时限 date is broken across lines in a table cell"
              + (f" ({'; '.join(broken)})" if broken else f" ({len(dues)} dates)"))

        # Tables span the text width: each table part's outermost drawn rules (vertical borders and
        # the ends of its horizontal rules, which LibreOffice draws half a line width beyond the
        # corners) lie within 2 mm of the text area's edges. pdftocairo keeps the PDF's coordinates,
        # so the only slack is the 2 mm asked for.
        edges = [(n, t["left"] / MM, t["right"] / MM) for n, t in tables]
        off = [f"page {n}: {l:.1f}–{r:.1f} mm" for n, l, r in edges
               if abs(l - TEXT_LEFT / MM) > 2 or abs(r - TEXT_RIGHT / MM) > 2]
        spans = sorted({f"{l:.1f}–{r:.1f}" for _, l, r in edges})
        check(edges and not off, f"{name}: every table spans the text width 28–184 mm ±2 mm "
              f"({len(edges)} table parts on pages {sorted({n for n, _, _ in edges})}, spans {spans} mm"
              + (f"; off: {off}" if off else "") + ")")

        # No page holds only the signature and the date (the closing must keep some body with it).
        alone = [n for n, page in enumerate(layout, 1)
                 if (lines := [squash(l) for l in text_lines(page)])
                 and all(l == squash(organization) or SIGNATURE_DATE.fullmatch(l) for l in lines)]
        check(not alone, f"{name}: no page holds only the signature and the date"
              + (f" (pages {alone})" if alone else ""))

    # No heading (一、 or （一）) is the last text line of a page, the last page aside.
    orphans = [f"page {n}: {lines[-1]}" for n, page in enumerate(layout[:-1], 1)
               if (lines := text_lines(page)) and HEADING.match(lines[-1])]
    check(not orphans, f"{name}: no heading is the last line of a page" + (f" ({orphans})" if orphans else ""))

    if template == "minutes":
        mark = organization + "会议纪要"
        check(any(squash(l) == mark for l in text_lines(layout[0])), f"{name}: the red mark {mark} is one line")

    # The title: no bold in Word (小标宋 is a bold design; fontconfig maps it to a bold face), yet
    # LibreOffice's PDF sets it in a face whose name says Bold.
    document = docx.Document(base + ".docx")
    titles = [p for p in document.paragraphs if p.style.name == "Title"]
    style, style_bold = document.styles["Title"], None
    while style is not None and style_bold is None:
        style_bold, style = style.font.bold, style.base_style
    bold_runs = [r.text for p in titles for r in p.runs if r.bold or (r.style is not None and r.style.font.bold)]
    check(titles and style_bold is not True and not bold_runs,
          f"{name}: the title is not bold in the .docx (Title style bold: {style_bold}, bold runs: {bold_runs})")
    fonts = title_fonts(pdf, squash("".join(p.text for p in titles)))
    check(fonts and all("Bold" in f for f in fonts), f"{name}: LibreOffice sets the title in a bold face {fonts}")

    check_page_numbers(pdf, f"{name}: LibreOffice's PDF")
    html_pdf = base + ".chromium.pdf"
    check(chromium_pdf(base + ".html", html_pdf), f"{name}: Chromium prints the HTML")
    if os.path.exists(html_pdf):
        check_page_numbers(html_pdf, f"{name}: Chromium's print")
        if template == "minutes":
            first = page_texts(html_pdf, "-layout", "-f", "1", "-l", "1")
            check(first and any(squash(l) == mark for l in text_lines(first[0])),
                  f"{name}: Chromium prints the red mark on one line")

# A full page of body text: 22 lines of 28 characters.
grid = os.path.join(WORK, "grid.yaml")
with open(grid, "w") as f:
    f.write("meeting:\n  title: 版心测试\n  date: 2026-11-20\nspeech:\n  opening:\n    - "
            + "全面从严治党永远在路上各级党组织要坚决扛起主体责任" * 60 + "\n")
run(BINARY, "render", grid, "--template", "speech", "--format", "docx,html", "--output", out)
pdf = soffice_pdf(os.path.join(out, "grid.speech.docx"), out)
check(pdf is not None, "LibreOffice converts the full-page document")
lines = [l for l in run("pdftotext", "-f", "2", "-l", "2", pdf, "-").stdout.split("\n") if l.strip()] if pdf else []
body = [l for l in lines if not re.fullmatch(r"—\s*\d+\s*—", l.strip())]
print(f"     page 2 of a body-text document: {len(body)} lines, lengths {sorted(set(len(l) for l in body))}")
check(len(body) == 22, "LibreOffice: a full page holds 22 lines")
check(all(len(l) == 28 for l in body), "LibreOffice: a full line holds 28 characters")
html_pdf = os.path.join(out, "grid.speech.chromium.pdf")
check(chromium_pdf(os.path.join(out, "grid.speech.html"), html_pdf), "Chromium prints the full-page document")
# Without its page number line, as for LibreOffice above.
html_lines = [l for l in run("pdftotext", "-f", "2", "-l", "2", html_pdf, "-").stdout.split("\n")
              if l.strip() and not PAGE_NUMBER.fullmatch(l.strip())] if os.path.exists(html_pdf) else []
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
