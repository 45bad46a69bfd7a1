#!/usr/bin/python3
"""Checks every Word part Gongwen writes against the ECMA-376 schemas.

Renders every meeting sample (the top-level *.yaml/*.yml/*.json of SAMPLES_DIR
and the files of SAMPLES_DIR/monthly) with every built-in template that render
takes, the monthly summaries of 2026-10 and 2026-11 with monthly-summary and
accountability, and the first sample rendered with each of four --reference-docx files
built here from Gongwen's own .docx (REFERENCES below: Word's style ids, Chinese
Word's "a", "a1" ..., and two whose default table or paragraph style Gongwen
cannot match), each as .docx and as Flat OPC .xml. Then validates every XML part with xmllint and the schemas in
ooxml/ next to this file (ooxml/README.md says which schema checks which part;
a Flat OPC part's pkg:xmlData child is checked like the same part of a .docx),
and asserts that every styles part has at most one default style of each type
(paragraph, character, table, numbering). The package around the parts is checked
too: every internal relationship target is in the package; every c:chart r:id of a
Word part and every c:externalData r:id of a chart part (word/charts/chartN.xml, root
c:chartSpace) names a relationship of the right type; chart parts and embedded
workbooks carry their content types; every embedded .xlsx (a binary part: a zip
entry, or base64 pkg:binaryData in Flat OPC) opens as a zip holding
[Content_Types].xml and a well-formed xl/workbook.xml. Documents without charts
(today's output) pass all of this untouched.

Usage: check_ooxml.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
Standard library and xmllint (libxml2-utils) only. Prints one line per failure
and 'N parts validated, M failed'; exits 1 on any failure.
"""
import base64
import binascii
import collections
import io
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import zipfile
import xml.etree.ElementTree as ET
from xml.dom import minidom

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ooxml")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
XMLNS = "http://www.w3.org/2000/xmlns/"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_CHART = R + "/chart"
REL_PACKAGE = R + "/package"
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEETING_EXTENSIONS = (".yaml", ".yml", ".json")
FORMATS = ["docx", "xml"]
SUMMARY_ONLY = {"monthly-summary", "reminder"}  # render refuses them: a folder of meetings is `gongwen summary`
SUMMARY_TEMPLATES = ["monthly-summary", "accountability"]
MONTHS = ["2026-10", "2026-11"]
XMLLINT_BATCH = 400  # files per xmllint call: the schema is compiled once per call

failures = []  # printed lines
other_failures = 0  # failures that are not a part's: render, templates, package structure, xmllint itself


def fail(line):
    failures.append(line)
    print("FAIL " + line)


def fail_other(line):
    global other_failures
    other_failures += 1
    fail(line)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=600)


def schema_for(part):
    """The schema file for a part name (no leading slash), or None (ooxml/README.md's table)."""
    if part == "[Content_Types].xml":
        return "opc-contentTypes.xsd"
    if part.endswith(".rels"):
        return "opc-relationships.xsd"
    if part == "docProps/core.xml":
        return "opc-coreProperties.xsd"
    if is_chart_part(part):
        return "dml-chart.xsd"
    if part.startswith("word/") and part.count("/") == 1 and part.endswith(".xml"):
        return "wml.xsd"
    return None


def is_chart_part(part):
    """word/charts/chart1.xml, chart2.xml ... (not their _rels/)."""
    return part.startswith("word/charts/") and part.count("/") == 2 and part.endswith(".xml")


# ---------------------------------------------------------------- rendering


NOT_WRITTEN = re.compile(r"warning: no \w+ in this meeting; ([\w-]+) not written")


def render(binary, args, outdir, what):
    """Runs gongwen; records a failure when it exits non-zero. Returns the templates it said it
    did not write (a meeting without a speech gets no speech), or None on failure."""
    os.makedirs(outdir, exist_ok=True)
    result = run([binary] + args + ["--lang", "en", "--output", outdir])
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["(no message)"])[0]
        fail_other(f"render {what}: exit {result.returncode}: {message}")
        return None
    return set(NOT_WRITTEN.findall(result.stderr))


def expect(paths, what):
    """Records a failure for every expected output file that is missing."""
    for path in paths:
        if not os.path.isfile(path):
            fail_other(f"render {what}: no {os.path.basename(path)}")


def format_args():
    return [arg for f in FORMATS for arg in ("--format", f)]


def template_args(templates):
    return [arg for t in templates for arg in ("--template", t)]


def meeting_files(samples):
    top = sorted(
        os.path.join(samples, name)
        for name in os.listdir(samples)
        if name.endswith(MEETING_EXTENSIONS) and os.path.isfile(os.path.join(samples, name)))
    monthly = []
    for folder, _, names in os.walk(os.path.join(samples, "monthly")):
        monthly += [os.path.join(folder, n) for n in names if n.endswith(MEETING_EXTENSIONS)]
    return top + sorted(monthly)


def built_in_templates(binary):
    result = run([binary, "templates", "--lang", "en"])
    names = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not names:
        fail_other(f"templates: exit {result.returncode}: {result.stderr.strip()}")
    return names


# ---------------------------------------------------------------- reference .docx files

WORD_TABLE_NORMAL = f"""<w:style xmlns:w="{W}" w:type="table" w:default="1" w:styleId="TableNormal">
<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
</w:tblCellMar></w:tblPr></w:style>"""
WORD_DEFAULT_FONT = f"""<w:style xmlns:w="{W}" w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"""
WORD_NO_LIST = f"""<w:style xmlns:w="{W}" w:type="numbering" w:default="1" w:styleId="NoList">
<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"""
FONTS = {"仿宋": "仿宋_GB2312", "黑体": "方正黑体_GBK", "楷体": "楷体_GB2312", "Times New Roman": "Cambria"}
# Chinese Word's ids: 正文 "a", 默认段落字体 "a0", 普通表格 "a1", 无列表 "a2", 网格型 "a3", 标题 1 "1" ...
CHINESE_IDS = {"Normal": "a", "DefaultParagraphFont": "a0", "TableNormal": "a1", "NoList": "a2", "TableGrid": "a3",
               "Heading1": "1", "Heading2": "2", "Heading3": "3", "Heading4": "4"}
# The reference files: (kind, style ids, style names by new id). Word's ids; Chinese Word's ids (names
# stay English, so Gongwen matches them by name); and two whose default table or paragraph style
# Gongwen can match neither by id nor by name, so its own default must not be added beside theirs.
REFERENCES = [
    ("word", {}, {}),
    ("chinese-word", CHINESE_IDS, {}),
    ("unmatched-table", CHINESE_IDS, {"a1": "普通表格"}),
    ("unmatched-paragraph", CHINESE_IDS, {"a": "正文"}),
]


def word_like_styles(styles_xml, ids, names):
    """Gongwen's styles part made to look like Word's: fonts renamed, Word's own default table,
    character and numbering styles, style ids mapped through `ids`, then names through `names`."""
    dom = minidom.parseString(styles_xml)
    root = dom.documentElement
    styles = [e for e in root.childNodes if e.nodeType == e.ELEMENT_NODE and e.localName == "style"]
    for style in styles:
        if style.getAttributeNS(W, "type") == "table" and style.getAttributeNS(W, "default") in ("1", "true", "on"):
            root.removeChild(style)  # replaced by Word's own Normal Table below
    first = next(e for e in root.childNodes if e.nodeType == e.ELEMENT_NODE and e.localName == "style")
    for text in (WORD_DEFAULT_FONT, WORD_NO_LIST):
        root.insertBefore(dom.importNode(minidom.parseString(text).documentElement, True), first)
    grid = next((s for s in styles if s.getAttributeNS(W, "styleId") == "TableGrid"), None)
    root.insertBefore(dom.importNode(minidom.parseString(WORD_TABLE_NORMAL).documentElement, True), grid)
    for element in dom.getElementsByTagNameNS(W, "*"):
        for attribute in list(element.attributes.values()):
            if attribute.namespaceURI != W:
                continue
            if element.localName == "rFonts" and attribute.value in FONTS:
                attribute.value = FONTS[attribute.value]
            elif element.localName == "style" and attribute.localName == "styleId" and attribute.value in ids:
                attribute.value = ids[attribute.value]
            elif element.localName in ("basedOn", "next", "link") and attribute.value in ids:
                attribute.value = ids[attribute.value]
    for style in dom.getElementsByTagNameNS(W, "style"):
        new = names.get(style.getAttributeNS(W, "styleId"))
        for name in style.getElementsByTagNameNS(W, "name") if new else []:
            name.setAttributeNS(W, "w:val", new)
    # The declaration Word writes; minidom leaves xmlns:w on the imported styles, which is harmless.
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + root.toxml().encode("utf-8")


def build_reference(source_docx, target, ids, names):
    with zipfile.ZipFile(source_docx) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = word_like_styles(data, ids, names)
            out.writestr(info.filename, data)


# ---------------------------------------------------------------- collecting parts


class Parts:
    """Every XML part to validate, written to WORK/parts/NNNNN.xml, with where it came from."""

    def __init__(self, folder):
        self.folder = folder
        self.items = []  # (label, part, schema, path)
        self.skipped = collections.Counter()
        self.workbooks = 0  # embedded .xlsx opened
        self.relationships = 0  # internal relationships whose target was looked up

    def add(self, label, part, data):
        schema = schema_for(part)
        if schema is None:
            self.skipped[part] += 1
            return
        path = os.path.join(self.folder, f"{len(self.items):05d}.xml")
        with open(path, "wb") as f:
            f.write(data)
        self.items.append((label, part, schema, path))


def in_scope_namespaces(element):
    """xmlns attributes (qualified name -> URI) of an element's ancestors, nearest first."""
    found = {}
    node = element.parentNode
    while node is not None and node.nodeType == node.ELEMENT_NODE:
        for attribute in node.attributes.values():
            if attribute.name == "xmlns" or attribute.name.startswith("xmlns:"):
                found.setdefault(attribute.name, attribute.value)
        node = node.parentNode
    return found


def flat_opc_parts(path, label):
    """(part name, bytes, content type) for each pkg:part of a Flat OPC file: a pkg:xmlData child
    written out alone, a pkg:binaryData decoded from base64 (None when it does not decode)."""
    dom = minidom.parse(path)
    for part in dom.getElementsByTagNameNS(PKG, "part"):
        name = part.getAttributeNS(PKG, "name").lstrip("/")
        content_type = part.getAttributeNS(PKG, "contentType")
        holders = [c for c in part.childNodes if c.nodeType == c.ELEMENT_NODE]
        if len(holders) != 1 or holders[0].namespaceURI != PKG or holders[0].localName not in ("xmlData",
                                                                                                 "binaryData"):
            fail_other(f"{label} {name}: pkg:part holds {[h.tagName for h in holders]}, not one pkg:xmlData")
            continue
        if holders[0].localName == "binaryData":
            text = "".join(n.data for n in holders[0].childNodes if n.nodeType in (n.TEXT_NODE, n.CDATA_SECTION_NODE))
            try:
                yield name, base64.b64decode("".join(text.split()), validate=True), content_type
            except (binascii.Error, ValueError) as error:
                fail_other(f"{label} {name}: pkg:binaryData is not base64: {error}")
                yield name, None, content_type
            continue
        roots = [c for c in holders[0].childNodes if c.nodeType == c.ELEMENT_NODE]
        if len(roots) != 1:
            fail_other(f"{label} {name}: pkg:xmlData holds {len(roots)} elements, not one")
            continue
        root = roots[0].cloneNode(True)
        for qname, uri in in_scope_namespaces(roots[0]).items():
            if not root.hasAttribute(qname):
                root.setAttributeNS(XMLNS, qname, uri)
        xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + root.toxml()
        yield name, xml.encode("utf-8"), content_type


def collect(parts, path, label):
    """Adds the parts of one .docx or Flat OPC .xml and checks the package around them (relationships,
    content types, embedded workbooks); returns their styles parts."""
    styles = []
    try:
        if path.endswith(".docx"):
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
                if bad:
                    fail_other(f"{label} {bad}: bad CRC in the zip")
                entries = [(i.filename, archive.read(i.filename)) for i in archive.infolist() if not i.is_dir()]
            types = docx_content_types(label, dict(entries))
            entries = [(name, data, types(name)) for name, data in entries]
        else:
            entries = list(flat_opc_parts(path, label))
    except Exception as error:  # a bad zip, malformed Flat OPC, ...: any unreadable file is a failure
        fail_other(f"{label}: unreadable: {error}")
        return styles
    for name, data, content_type in entries:
        if name.lower().endswith(".xlsx"):
            check_workbook(parts, label, name, data, content_type)
            continue
        if data is None or not (name.endswith(".xml") or name.endswith(".rels")):
            parts.skipped[name if data is not None else name + " (binary)"] += 1
            continue
        parts.add(label, name, data)
        if name == "word/styles.xml":
            styles.append((label, name, data))
        if is_chart_part(name) and content_type != CHART_TYPE:
            fail_other(f"{label} {name}: content type {content_type or '(none)'}, not {CHART_TYPE}")
    check_package(parts, label, {name: data for name, data, _ in entries})
    return styles


# ---------------------------------------------------------------- package structure


def docx_content_types(label, archive):
    """The content type lookup of a .docx's [Content_Types].xml: part name -> type ('' when none).
    Records a failure for every part (other than [Content_Types].xml) that gets none."""
    defaults, overrides = {}, {}
    try:
        root = ET.fromstring(archive["[Content_Types].xml"])
        for element in root:
            if element.tag == f"{{{CT}}}Default":
                defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
            elif element.tag == f"{{{CT}}}Override":
                overrides[element.get("PartName", "").lower()] = element.get("ContentType", "")
    except (KeyError, ET.ParseError) as error:
        fail_other(f"{label} [Content_Types].xml: unreadable: {error}")

    def lookup(name):
        if name == "[Content_Types].xml":
            return ""
        found = overrides.get("/" + name.lower())
        if found is None:
            base = posixpath.basename(name)  # _rels/.rels has the extension "rels"
            found = defaults.get(base.rpartition(".")[2].lower() if "." in base else "")
        if found is None:
            fail_other(f"{label} {name}: no content type in [Content_Types].xml (no Override, no Default)")
        return found or ""

    return lookup


def rels_source(rels_name):
    """The part a .rels part belongs to: word/_rels/document.xml.rels -> word/document.xml, _rels/.rels -> ''."""
    folder, file = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), file[:-len(".rels")])


def resolve_target(source, target):
    """A relationship's internal Target as a part name, relative to its source part's folder (ECMA-376
    Part 2, 9.3): '../embeddings/x.xlsx' of word/charts/chart1.xml -> word/embeddings/x.xlsx."""
    target = urllib.parse.unquote(target)
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).lstrip("/")


def check_package(parts, label, package):
    """Every internal relationship target is in the package; a chart relationship points at a
    word/charts/chartN.xml part, whose root is c:chartSpace; every c:chart r:id of a Word part names a
    chart relationship of that part, every c:externalData r:id of a chart part a package (or oleObject)
    relationship of the chart part. (Content types: collect and check_workbook.) Without charts only
    the targets' existence is left to check."""
    relationships = {}  # source part -> {Id: (Type, resolved target or None when external)}
    for name, data in package.items():
        if not name.endswith(".rels") or data is None:
            continue
        source = rels_source(name)
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            continue  # xmllint reports it with the part
        own = relationships.setdefault(source, {})
        for rel in root.findall(f"{{{RELS}}}Relationship"):
            rel_id, rel_type, target = rel.get("Id"), rel.get("Type", ""), rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                own[rel_id] = (rel_type, None)
                continue
            resolved = resolve_target(source, target)
            own[rel_id] = (rel_type, resolved)
            parts.relationships += 1
            if resolved not in package:
                fail_other(f"{label} {name}: relationship {rel_id} points at {target} ({resolved}), "
                           "which is not in the package")
                continue
            if rel_type == REL_CHART and not is_chart_part(resolved):
                fail_other(f"{label} {name}: chart relationship {rel_id} points at {resolved}, not at a "
                           "word/charts/chartN.xml part (only those are checked with dml-chart.xsd)")

    def expect(part, element, attribute, wanted, what):
        rel_id = element.get(attribute)
        found = relationships.get(part, {}).get(rel_id)
        if found is None:
            fail_other(f"{label} {part}: {what} r:id={rel_id} is not a relationship of {part}")
        elif found[0] not in wanted:
            fail_other(f"{label} {part}: {what} r:id={rel_id} is a {found[0].rsplit('/', 1)[-1]} relationship, "
                       f"not {' or '.join(w.rsplit('/', 1)[-1] for w in wanted)}")

    for name, data in package.items():
        word_part = name.startswith("word/") and name.count("/") == 1 and name.endswith(".xml")
        if data is None or not (word_part or is_chart_part(name)) or C.encode() not in data:
            continue
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            continue  # xmllint reports it with the part
        if word_part:
            for chart in root.iter(f"{{{C}}}chart"):
                expect(name, chart, f"{{{R}}}id", (REL_CHART,), "c:chart")
        else:
            if root.tag != f"{{{C}}}chartSpace":
                fail_other(f"{label} {name}: root element {root.tag}, not c:chartSpace")
            for external in root.iter(f"{{{C}}}externalData"):
                expect(name, external, f"{{{R}}}id", (REL_PACKAGE, R + "/oleObject"), "c:externalData")


def check_workbook(parts, label, name, data, content_type):
    """An embedded workbook is not schema-checked, but it must open as a zip (good CRCs) holding
    [Content_Types].xml and a well-formed xl/workbook.xml, and carry the workbook content type."""
    parts.workbooks += 1
    if content_type != XLSX_TYPE:
        fail_other(f"{label} {name}: content type {content_type or '(none)'}, not {XLSX_TYPE}")
    if data is None:
        return  # undecodable pkg:binaryData, already reported
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            bad = workbook.testzip()
            if bad:
                fail_other(f"{label} {name}: bad CRC in the embedded workbook's {bad}")
            names = set(workbook.namelist())
            for needed in ("[Content_Types].xml", "xl/workbook.xml"):
                if needed not in names:
                    fail_other(f"{label} {name}: the embedded workbook has no {needed}")
            if "xl/workbook.xml" in names:
                ET.fromstring(workbook.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, ET.ParseError, OSError, EOFError) as error:
        fail_other(f"{label} {name}: not a readable workbook: {error}")


def check_defaults(label, part, data):
    """At most one w:default style of each type; returns False (and prints) when not."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        fail(f"{label} {part}: not well-formed: {error}")
        return False
    defaults = collections.defaultdict(list)
    for style in root.findall(f"{{{W}}}style"):
        if style.get(f"{{{W}}}default") in ("1", "true", "on"):
            defaults[style.get(f"{{{W}}}type", "paragraph")].append(style.get(f"{{{W}}}styleId"))
    ok = True
    for kind, ids in sorted(defaults.items()):
        if len(ids) > 1:
            fail(f"{label} {part}: {len(ids)} default {kind} styles (w:default=\"1\"): {', '.join(map(str, ids))}")
            ok = False
    return ok


# ---------------------------------------------------------------- validating


def validate(parts):
    """Runs xmllint per schema over batches of parts; returns the set of failed paths and schema notes."""
    failed = set()
    notes = set()
    by_schema = collections.defaultdict(list)
    for item in parts.items:
        by_schema[item[2]].append(item)
    for schema, items in sorted(by_schema.items()):
        for start in range(0, len(items), XMLLINT_BATCH):
            batch = items[start:start + XMLLINT_BATCH]
            paths = {item[3]: item for item in batch}
            result = run(["xmllint", "--noout", "--nonet", "--schema", os.path.join(SCHEMAS, schema)] +
                         [item[3] for item in batch])
            verdict, messages = {}, collections.defaultdict(list)
            for line in result.stderr.splitlines():
                if line.endswith(" validates") and line[:-10] in paths:
                    verdict[line[:-10]] = True
                elif line.endswith(" fails to validate") and line[:-18] in paths:
                    verdict[line[:-18]] = False
                elif line.endswith(" validation generated an internal error") and line[:-39] in paths:
                    verdict[line[:-39]] = False
                else:
                    owner = next((p for p in paths if line.startswith(p + ":")), None)
                    if owner:
                        messages[owner].append("line " + line[len(owner) + 1:])
                    elif line.strip():
                        notes.add(f"{schema}: {line.strip()}")
            if result.returncode not in (0, 3) and not verdict:
                fail_other(f"xmllint {schema}: exit {result.returncode}: {result.stderr.strip()[:300]}")
            for path, (label, part, _, _) in paths.items():
                if verdict.get(path) is True and not messages[path]:
                    continue
                failed.add(path)
                shown = messages[path] or ["xmllint gave no verdict"]
                for message in shown[:3]:
                    fail(f"{label} {part}: {message}")
                if len(shown) > 3:
                    fail(f"{label} {part}: ... {len(shown) - 3} more errors")
    return failed, notes


# ---------------------------------------------------------------- main


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_ooxml.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR")
    binary, samples, work = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    begin = time.monotonic()
    if shutil.which("xmllint") is None:
        sys.exit("check_ooxml: xmllint not found (Debian: libxml2-utils)")
    if not os.access(binary, os.X_OK):
        sys.exit(f"check_ooxml: {binary} is not an executable")
    for sub in ("out", "parts", "reference"):
        shutil.rmtree(os.path.join(work, sub), ignore_errors=True)
    out = os.path.join(work, "out")
    os.makedirs(os.path.join(work, "parts"))
    os.makedirs(os.path.join(work, "reference"))

    # Render.
    names = built_in_templates(binary)
    templates = [t for t in names if t not in SUMMARY_ONLY]
    for name in SUMMARY_TEMPLATES:
        if name not in names:
            fail_other(f"templates: {name} is not listed")
    meetings = meeting_files(samples)
    if not meetings:
        fail_other(f"no meeting files in {samples}")
    for path in meetings:
        folder = os.path.join(out, os.path.relpath(os.path.dirname(path), samples))
        what = f"{os.path.relpath(path, samples)}"
        skipped = render(binary, ["render", path] + template_args(templates) + format_args(), folder, what)
        if skipped is not None:
            stem = os.path.splitext(os.path.basename(path))[0]
            expect([os.path.join(folder, f"{stem}.{t}.{f}") for t in templates if t not in skipped
                    for f in FORMATS], what)
    for month in MONTHS:
        folder = os.path.join(out, "summary")
        what = f"summary monthly --month {month}"
        if render(binary, ["summary", os.path.join(samples, "monthly"), "--month", month] +
                  template_args(SUMMARY_TEMPLATES) + format_args(), folder, what) is not None:
            expect([os.path.join(folder, f"summary-{month}.{f}") for f in FORMATS] +
                   [os.path.join(folder, f"summary-{month}.accountability.{f}") for f in FORMATS], what)
    # A quarter and a year (their trend charts span several months), and the 催办通知 of a day.
    for period in (["--quarter", "2026-Q4"], ["--year", "2026"]):
        folder = os.path.join(out, "summary")
        what = f"summary monthly {' '.join(period)}"
        if render(binary, ["summary", os.path.join(samples, "monthly")] + period + format_args(), folder,
                  what) is not None:
            expect([os.path.join(folder, f"summary-{period[1]}.{f}") for f in FORMATS], what)
    folder = os.path.join(out, "reminder")
    what = "summary monthly --template reminder --as-of 2026-11-25"
    if render(binary, ["summary", os.path.join(samples, "monthly"), "--template", "reminder", "--as-of",
                       "2026-11-25", "--from", "市交通委员会督查室"] + format_args(), folder, what) is not None:
        expect([os.path.join(folder, f"催办通知-2026-11-25.{unit}.{f}") for unit in ("办公室", "人事处", "组织处")
                for f in FORMATS], what)

    # --reference-docx: Gongwen's own .docx restyled the way Word and Chinese Word write styles.
    references = []
    rendered = [(path, os.path.join(out, os.path.relpath(os.path.splitext(path)[0], samples) + ".minutes.docx"))
                for path in meetings]
    meeting, source = next(((m, s) for m, s in rendered if os.path.isfile(s)), (None, None))
    if source is None:
        fail_other("--reference-docx: no minutes .docx rendered to build the reference files from")
    else:
        stem = os.path.splitext(os.path.basename(meeting))[0]
        for kind, ids, style_names in REFERENCES:
            reference = os.path.join(work, "reference", f"reference-{kind}.docx")
            build_reference(source, reference, ids, style_names)
            references.append(reference)
            folder = os.path.join(out, f"reference-{kind}")
            what = f"{os.path.basename(meeting)} --reference-docx reference-{kind}.docx"
            skipped = render(binary, ["render", meeting, "--reference-docx", reference] +
                             template_args(templates) + format_args(), folder, what)
            if skipped is not None:
                expect([os.path.join(folder, f"{stem}.{t}.{f}") for t in templates if t not in skipped
                        for f in FORMATS], what)

    # Collect every part; the reference files themselves are checked too, so that a failure
    # in the output is Gongwen's and not the fixture's.
    parts = Parts(os.path.join(work, "parts"))
    documents = sorted(os.path.join(folder, name) for folder, _, files in os.walk(out) for name in files
                       if name.endswith((".docx", ".xml")))
    styles = []
    for path in references + documents:
        label = os.path.relpath(path, work)
        styles += collect(parts, path, label)

    failed, notes = validate(parts)
    by_label = {(item[0], item[1]): item[3] for item in parts.items}
    for label, part, data in styles:
        if not check_defaults(label, part, data):
            failed.add(by_label.get((label, part), (label, part)))

    # Report.
    docx = sum(p.endswith(".docx") for p in documents)
    print(f"checked {docx} .docx and {len(documents) - docx} Flat OPC .xml ({len(meetings)} meetings x "
          f"up to {len(templates)} templates, {len(MONTHS)} months x {len(SUMMARY_TEMPLATES)} summaries, "
          f"{len(references)} x --reference-docx) and the {len(references)} reference .docx")
    if parts.skipped:
        print("skipped, no schema: " + ", ".join(f"{name} ({n})" for name, n in sorted(parts.skipped.items())))
    for note in sorted(notes):
        skipped = re.search(r"Failed to locate a schema at location '([^']*)'. Skipping the import", note)
        if skipped:
            print(f"schema note: {note.split(':')[0]} compiles without {os.path.basename(skipped.group(1))} "
                  "(missing from ooxml/; its import is skipped)")
        elif "Schemas parser" in note:
            print(f"schema note: {note[:300]}")
    charts = sum(1 for item in parts.items if item[2] == "dml-chart.xsd")
    print(f"{parts.relationships} internal relationships resolved; {charts} chart parts (dml-chart.xsd), "
          f"{parts.workbooks} embedded workbooks opened")
    if other_failures:
        print(f"{other_failures} other failures (render, package structure, embedded workbooks)")
    print(f"{len(parts.items)} parts validated, {len(failed)} failed ({time.monotonic() - begin:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
