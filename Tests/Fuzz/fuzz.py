#!/usr/bin/python3
"""Fuzzes the `gongwen` command line with mutated meeting files: validate, render and summary.

The tool promises (README.md, ../shared/spec/cli.md) that bad input never crashes or hangs it, that
every problem is one `FILE:LINE:COLUMN: error: …` line with the data escaped, that a failed input
writes nothing while a good one writes every document, and that every document is well formed. This
script mutates the seeds (Samples/ and the CLI tests' bad inputs) structurally, through PyYAML when it
is installed, and byte by byte, runs them in batches and checks all of that. Standard library only;
deterministic for a given --seed. See Tests/Fuzz/README.md.
"""
import argparse
import copy
import datetime
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    import yaml
    LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C side keeps generation cheap
    DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
except ImportError:  # without PyYAML: byte-level mutations only
    yaml = None

TEMPLATES = ["minutes", "speech", "accountability"]
RENDER_EXTS = ["md", "html", "xml", "docx"]
MONTHS = ["0001-01", "9999-12", "2026-11", "2026-10", "2026-12", "2026-02", "2024-02", "1970-01"]
BIG = 32 * 1024  # inputs above this run alone: a slow or hanging one then stalls no batch

# Interesting values: what people paste into forms, and what parsers and escapers trip on.
CONTROLS = [chr(c) for c in range(32)] + ["\x1b[31m", "\x7f", "\x80", "\x85", "\x9b", "\x9f", "\u2028",
                                           "\u2029", "\r\n", "\r"]
FULLWIDTH = ["\u3000", "：", "，", "［", "］", "｛", "｝", "－", "＃"]
EDGE_DATES = ["0000-01-01", "0001-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-13-01", "2026-+1-+5",
              "2026-11-5", "2026年11月5日", "2026/11/5", "2026-00-10", "2026-11-31", "10000-01-01", "-001-01-01",
              "2026-11-20T09:00:00Z", "20261120", " 2026-11-20", "２０２６-１１-２０", "2026-11-20\n", "1582-10-10"]
ENUM_WORDS = ["planned", "in_progress", "done", "blocked", "未开始", "推进中", "进行中", "已完成", "受阻", "统一思想",
              "聚焦重点", "压实责任", "unify_thinking", "key_points", "responsibility", "Done", "DONE",
              "in-progress", "finished", "完成", " done", "done\n", "0", "true", "~"]
DATE_KEYS = {"date", "due", "completed_on", "printed_on"}
RAW_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # must never reach a terminal unescaped


def interesting_text(rng):
    """A text that stresses escaping, paragraph splitting or size. Most are small; a few are megabytes."""
    r = rng.random()
    if r < 0.002:
        ch = rng.choice(["会", "x", "议事", "a\n"])
        return ch * (rng.randint(1_000_000, 12_000_000) // len(ch.encode()))
    if r < 0.03:
        return "长" * rng.randint(10_000, 100_000)
    return rng.choice([
        "", rng.choice([" ", "\t", "\u3000", " \t \n"]), "第一段\n\n第二段\n第三行" + "\n" * rng.randint(1, 5),
        "会" + "".join(rng.choice(CONTROLS) for _ in range(rng.randint(1, 3))) + "议",
        "".join(rng.choice(FULLWIDTH) for _ in range(5)) + "张明", "\t缩进\t文本\t", rng.choice(EDGE_DATES),
        rng.choice(["*强调*", "<b>&amp;", "# 1. |表|", "]]>", "{{title}}", "\\u0001", "&#1;", "\ufeff", "\ud7ff"]),
        "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fff), rng.randint(0x80, 0x2fff),
                                rng.randint(0x1f300, 0x1f64f)])) for _ in range(rng.randint(1, 40)))])


# ---------------------------------------------------------------------------------------------------------------
# Structure-aware mutations. Each edits the tree held in root[0] in place and returns a label for reports.

def slots(root):
    """Every (container, key) of the tree, so a mutation can pick any value and replace it in place."""
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for k, v in items:
            out.append((node, k))
            stack.append(v)
    return out


def pick(rng, root, want=lambda c, k: True):
    found = [(c, k) for c, k in slots(root) if want(c, k)]
    return rng.choice(found) if found else (root, 0)


def s_shape(rng, root):
    """Delete, duplicate or swap keys and list items: required values go missing, lists grow."""
    c, k = pick(rng, root, lambda c, k: c is not root)
    if c is root:
        return "shape(none)"
    op = rng.choice(["delete", "duplicate", "swap"])
    if op == "delete":
        del c[k]
    elif op == "duplicate" and isinstance(c, list):
        c.insert(k, copy.deepcopy(c[k]))
    else:
        k2 = rng.choice(list(c.keys()) if isinstance(c, dict) else range(len(c)))
        c[k], c[k2] = c[k2], c[k]
    return op


def s_retype(rng, root):
    """List ↔ mapping ↔ scalar, and YAML 1.1 traps: the loader must say what it expected, not crash."""
    c, k = pick(rng, root)
    v = c[k]
    choices = [[v], {"x": v}, "", None, 0, -1, 3.5, True, "no", "010", datetime.date(2026, 11, 20), [], {}]
    if isinstance(v, dict):
        choices.append(list(v.values()))
    if isinstance(v, list):
        choices.append({str(i): x for i, x in enumerate(v)})
    c[k] = rng.choice(choices)
    return "retype"


def s_value(rng, root):
    """A text, a date at the calendar's edges, or a status or part in other words."""
    kind = rng.choice(["text", "text", "date", "enum"])
    if kind == "date":
        c, k = pick(rng, root, lambda c, k: k in DATE_KEYS)
        c[k] = rng.choice(EDGE_DATES)
    elif kind == "enum":
        c, k = pick(rng, root, lambda c, k: k in ("status", "part"))
        c[k] = rng.choice(ENUM_WORDS)
    else:
        c, k = pick(rng, root, lambda c, k: isinstance(c[k], str))
        c[k] = interesting_text(rng)
    return kind


def s_key(rng, root):
    """Unknown and misspelt keys: 'did you mean' must stay fast, and the key must come out escaped."""
    c, k = pick(rng, root, lambda c, k: isinstance(c, dict))
    if not isinstance(c, dict):
        return "key(none)"
    k = str(k) or "k"
    new = rng.choice([k[:-1] or "k", k + k[-1], k[1:] + k[0], k.upper(), k.replace("_", "-"), " " + k, k + "：",
                      k[:1] + "\u200b" + k[1:], "x" * rng.randint(1_000, 30_000), interesting_text(rng)[:200]])
    c[new or "unknown"] = c.pop(k) if rng.random() < 0.6 else "值"
    return "key"


def s_nest(rng, root):
    c, k = pick(rng, root)
    v = rng.choice(["深", {}, []])
    for _ in range(rng.randint(5, 300)):
        v = [v] if rng.random() < 0.5 else {"k": v}
    c[k] = v
    return "nest"


def s_long_list(rng, root):
    """A thousand or more tasks or attendees: linear growth, the id checks across files, long tables."""
    doc, n = root[0], rng.randint(1_000, 3_000)
    if not isinstance(doc, dict):
        return "long-list(none)"
    if rng.random() < 0.6:
        doc["tasks"] = [{"id": f"L-{i}-{rng.random():.6f}", "content": f"任务{i}", "lead_unit": f"处{i % 7}",
                         "owner": "周婷", "due": "2026-11-30", "status": rng.choice(ENUM_WORDS[:4])} for i in range(n)]
    elif isinstance(doc.get("meeting"), dict):
        doc["meeting"]["attendees"] = [f"人员{i}" for i in range(n)]
    return "long-list"


def s_task_updates(rng, root):
    """Updates naming unknown, near-miss and very long ids: the 'did you mean' search over task ids."""
    doc = root[0]
    if not isinstance(doc, dict):
        return "updates(none)"
    length = rng.choice([12] * 20 + [3_000] * 10 + [40_000])
    long_id = "T-" + "".join(rng.choice("0123456789ABC") for _ in range(length))
    if rng.random() < 0.5 and isinstance(doc.get("tasks"), list):
        doc["tasks"].append({"id": long_id, "content": "长编号任务", "due": "2026-11-30"})
    ids = [long_id, long_id[:-1] + "X", "T-NOPE", "", interesting_text(rng)[:100]]
    doc["task_updates"] = [{"id": rng.choice(ids), "status": rng.choice(ENUM_WORDS), "note": "进展"}
                           for _ in range(rng.randint(1, 4))]
    return f"task-updates({length})"


def unique_ids(doc, suffix):
    """A per-input suffix on task ids, so that files validated together do not all clash on ids."""
    for key in ("tasks", "task_updates"):
        for item in doc[key] if isinstance(doc, dict) and isinstance(doc.get(key), list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                item["id"] += suffix


STRUCTURE = [s_shape, s_shape, s_retype, s_value, s_value, s_value, s_key, s_nest, s_task_updates]


def emit(rng, tree, as_json):
    """The mutated tree as JSON or YAML: block or flow, narrow or wide, Unicode escaped or raw."""
    if as_json:
        text = json.dumps(tree, ensure_ascii=rng.random() < 0.3, default=str, indent=rng.choice([None, 1, 2]))
    else:
        text = yaml.dump(tree, Dumper=DUMPER, allow_unicode=rng.random() < 0.8, sort_keys=False,
                         default_flow_style=rng.choice([False, None, True]), width=rng.choice([60, 10**9]))
    return text.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------------------------
# Byte-level mutations. Each takes and returns bytes; `others` are the seeds' bytes, for splices.

def value_spot(rng, data):
    """Just after a ': ' or '- ', where a YAML value starts (else anywhere): where typed junk lands."""
    spots = [m.end() for m in re.finditer(rb": |- ", data[:100_000])]
    return rng.choice(spots) if spots else rng.randint(0, len(data))


def b_noise(rng, data, others):
    """Bit flips, inserted and deleted bytes, truncation, splices of two seeds."""
    i, op = rng.randint(0, len(data)), rng.choice(["flip", "insert", "delete", "truncate", "splice"])
    if op == "flip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 8) if b else 0):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        return bytes(b)
    if op == "insert":
        tokens = [b":", b"- ", b"{", b"[", b"]", b'"', b"'", b"\n", b"\t", b"#", b"|", b">", b"? ", b",", b"\\",
                  b"&", b"*", b"!", b"%", b"@", b"`", bytes([rng.randrange(256)])]
        return data[:i] + b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 4))) + data[i:]
    if op == "delete":
        return data[:i] + data[i + rng.randint(1, 64):]
    if op == "truncate":
        return data[:i]
    other = rng.choice(others)
    return data[:i] + other[rng.randint(0, len(other)):]


def b_encoding(rng, data, others):
    """Invalid UTF-8, BOMs (UTF-8, UTF-16, at the start or in a value), NULs and raw control characters."""
    i, op = value_spot(rng, data), rng.randrange(6)
    if op == 0:
        bad = rng.choice([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe4\xbd", b"\x80", b"\xf4\x90\x80\x80"])
        return data[:i] + bad + data[i:]
    if op == 1:
        return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data
    if op == 2:
        little = rng.random() < 0.5
        text = data.decode("utf-8", "replace").encode("utf-16-le" if little else "utf-16-be")
        return (b"\xff\xfe" if little else b"\xfe\xff") + text
    if op == 3:
        return data[:i] + b"\xef\xbb\xbf" + data[i:]
    if op == 4:
        return data[:i] + b"\x00" * rng.randint(1, 3) + data[i:]
    return data[:i] + rng.choice(CONTROLS).encode() + data[i:]


def b_yaml_features(rng, data, others):
    """Anchors and aliases (reuse, undefined, self-reference, bombs), more documents, directives, tags."""
    i, j = sorted((value_spot(rng, data), value_spot(rng, data)))
    op = rng.randrange(7)
    if op == 0:
        levels = rng.randint(3, 9)
        bomb = b"x_a0: &a0 [" + b", ".join([b"x"] * 10) + b"]\n"
        for n in range(1, levels):
            bomb += f"x_a{n}: &a{n} [".encode() + b", ".join([f"*a{n - 1}".encode()] * 10) + b"]\n"
        return bomb + data + f"\ndecisions: *a{levels - 1}\n".encode()
    if op == 1:
        return data + rng.choice([b"\ndecisions: &d [*d]\n", b"\ndecisions: [*nowhere]\n"])
    if op == 2:
        return data[:i] + b"&n1 " + data[i:j] + b"*n1 #" + data[j:]
    if op == 3:
        return data + rng.choice([b"\n---\n", b"\n...\n", b"\n...\n---\n"]) + rng.choice(others + [b""])
    if op == 4:
        return rng.choice([b"%YAML 1.2\n---\n", b"%YAML 1.1\n%TAG ! tag:x.org,2026:\n---\n", b"%YAML 2.0\n---\n",
                           b"%FOO bar\n---\n", b"--- !foo\n", b"%YAML 1.2\n%YAML 1.2\n---\n"]) + data
    tags = [b"!!binary ", b"!foo ", b"!!str ", b"!!int ", b"!!map ", b"!!seq ", b"!<tag:yaml.org,2002:str> ",
            b"!!timestamp ", b"!!python/object:os.system ", b"! ", b"!!null "]
    return data[:i] + rng.choice(tags) + data[i:]


def b_json_junk(rng, data, others):
    """What people type into JSON: trailing commas, comments, single quotes, NaN, leading zeros, \\x."""
    pat, rep = rng.choice([(rb"\}", b",}"), (rb"\]", b",]"), (rb"\{", b"{ // note\n"), (rb",", b", /* x */"),
                           (rb'"', b"'"), (rb"\d+", b"NaN"), (rb': "', b": 0012, \""), (rb'"', b'"\\x41')])
    spots = list(re.finditer(pat, data[:100_000]))
    if not spots:
        return data + b","
    m = rng.choice(spots)
    return data[:m.start()] + rep + data[m.end():]


def b_layout(rng, data, others):
    """Deep flow nesting, a line given twice (a repeated key), tab indentation, CRLF or CR, full-width marks."""
    op, lines = rng.randrange(6), data.split(b"\n")
    if op == 0:
        n, (opener, closer) = rng.choice([900, 1_001, 5_000, 50_000]), rng.choice([(b"[", b"]"), (b"{a: ", b"}")])
        i = value_spot(rng, data)
        return data[:i] + opener * n + closer * n + b" #" + data[i:]
    if op in (1, 2):
        k = rng.randrange(len(lines))
        if op == 1:
            lines.insert(k, lines[k])
        else:
            lines[k] = b"\t" + lines[k].lstrip(b" ")
        return b"\n".join(lines)
    if op == 3:
        return data.replace(b"\n", rng.choice([b"\r\n", b"\r"]))
    a, b = rng.choice([(": ", "："), (", ", "，"), ("[", "［"), ("]", "］"), ("  ", "\u3000"), (": ", ":\t")])
    return data.replace(a.encode(), b.encode(), rng.choice([1, 3, -1]))


BYTES = [b_noise, b_noise, b_encoding, b_yaml_features, b_json_junk, b_layout]


class Seeds:
    """The seed files, read once: bytes, extension and (with PyYAML) the parsed tree to mutate."""

    def __init__(self, folders):
        self.items = []
        for folder in folders:
            for p in sorted(Path(folder).rglob("*")):
                if p.suffix in (".yaml", ".yml", ".json") and p.is_file():
                    data, tree = p.read_bytes(), None
                    try:
                        tree = yaml.load(data, Loader=LOADER) if yaml else None
                    except Exception:
                        pass  # not YAML: byte-level mutations only
                    self.items.append((p, data, tree))
        if not self.items:
            sys.exit(f"no seeds under {folders}")
        self.valid = [item for item in self.items if Path(folders[0]) in item[0].parents and item[2] is not None]
        self.raw = [d for _, d, _ in self.items]
        self.monthly = [(p, d) for p, d, _ in self.items if "monthly" in p.parts]

    def make(self, rng, index):
        """One input: (bytes, extension, mutation labels), made by several mutations drawn from rng."""
        path, data, tree = rng.choice(self.items)
        labels, as_json = [path.name], path.suffix == ".json"
        if self.valid and rng.random() < 0.002:
            return self.huge(rng, index)
        if tree is not None and rng.random() < 0.75:
            root = [copy.deepcopy(tree)]
            if rng.random() < 0.7:
                unique_ids(root[0], f"-{index}")
            labels += [rng.choice(STRUCTURE)(rng, root) for _ in range(rng.choice([0, 1, 1, 2, 3, 4]))]
            if rng.random() < 0.01:
                labels.append(s_long_list(rng, root))
            as_json = rng.random() < (0.7 if as_json else 0.3)
            try:
                data = emit(rng, root[0], as_json)
            except Exception as e:  # a value the emitter cannot represent: keep the seed's bytes
                labels.append(f"emit-failed:{type(e).__name__}")
        if tree is None or rng.random() < 0.3:
            for fn in [rng.choice(BYTES) for _ in range(rng.randint(1, 3))]:
                data = fn(rng, data, self.raw)
                labels.append(fn.__name__)
        ext = ("json" if as_json else "yaml") if rng.random() < 0.9 else rng.choice(["json", "yaml", "yml"])
        return data, ext, labels

    def huge(self, rng, index):
        """A valid sample with one text of 1-12 MB and nothing else wrong: the writers' and libxml2's
        limits on big documents, which a file with other mistakes never reaches."""
        path, _, tree = rng.choice(self.valid)
        root = [copy.deepcopy(tree)]
        unique_ids(root[0], f"-{index}")
        c, k = pick(rng, root, lambda c, k: isinstance(c[k], str) and k not in DATE_KEYS | {"id", "status", "part"})
        ch = rng.choice(["会", "x", "议事"])
        size = rng.choice([rng.randint(1_000_000, 9_000_000), rng.randint(9_900_000, 12_000_000)])
        c[k] = ch * (size // len(ch.encode()))
        as_json = rng.random() < 0.5
        return emit(rng, root[0], as_json), "json" if as_json else "yaml", [path.name, f"huge({k}: {size} bytes)"]


# ---------------------------------------------------------------------------------------------------------------
class Result:
    def __init__(self, cmd, rc, stderr, elapsed, timed_out):
        self.cmd, self.rc, self.stderr, self.elapsed, self.timed_out = cmd, rc, stderr, elapsed, timed_out


class Runner:
    """Runs the binary with LANG=C. The timeout grows with the input's size (base + per MB), so a
    quadratic path shows as a hang on a big input while a linear one on 12 MB does not."""

    def __init__(self, binary, base, per_mb):
        self.binary, self.base, self.per_mb = binary, base, per_mb
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("GONGWEN_", "LC_"))}
        self.env.update(LANG="C")

    def run(self, args, input_bytes=0):
        cmd = [self.binary] + [str(a) for a in args]
        start, timed_out = time.monotonic(), False
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=self.env, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=self.base + self.per_mb * input_bytes / 1e6)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: only this call's processes
            except ProcessLookupError:
                pass
            _, err = proc.communicate()
        return Result(cmd, proc.returncode, err, time.monotonic() - start, timed_out)


LOCATED = re.compile(r"^([^\n]*):(\d+):(\d+): (error|warning|note): ")
WHOLE_FILE = re.compile(r"^(?:[^\n]*?: )?(error|warning|note): ")


def shape(text, n=70):
    """A message with its data blurred, so that one bug is one signature however many inputs hit it."""
    text = re.sub(r"^.*?:\d+:\d+: ", "", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”", "Q", text)
    text = re.sub(r"(/[^\s:()]+)+", "PATH", text)
    return re.sub(r"\d+", "N", text)[:n]


def check_document(path):
    """None when a written file is well formed for its format, else what is wrong with it."""
    try:
        data = path.read_bytes()
        if not data:
            return "empty file"
        if path.suffix in (".md", ".html"):
            data.decode("utf-8")
        elif path.suffix == ".xml":
            ET.fromstring(data)
        elif path.suffix == ".json":
            json.loads(data.decode("utf-8"))
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None or "word/document.xml" not in z.namelist():
                    return "docx with a bad CRC or without word/document.xml"
                for name in z.namelist():
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))
    except Exception as e:
        return f"{type(e).__name__}: {str(e)[:200]}"
    return None


class Checker:
    """The assertions. Every failure goes to `failures.add` with a signature, for deduplication."""

    def __init__(self, failures, strict_locations):
        self.failures, self.strict = failures, strict_locations

    @staticmethod
    def lines(res):
        return [line for line in res.stderr.decode("utf-8", "replace").split("\n") if line.strip()]

    @staticmethod
    def errors(res):
        return [line for line in Checker.lines(res) if re.search(r"(^|: )error: ", line)]

    def common(self, command, res, files, inputs):
        """Exit status, signals, timeouts and the form of each stderr line; False if the call did not end
        normally. `inputs(path)` says whether a located line's file is one this call was given."""
        def fail(what, who=files):
            self.failures.add("assert", command, what, res, who)
        if res.timed_out or res.rc < 0:
            sig = signal.Signals(-res.rc).name if not res.timed_out and -res.rc in signal.valid_signals() else ""
            fatal = next((line for line in self.lines(res) if "atal error" in line), "")
            what = "timeout" if res.timed_out else f"{sig} {shape(fatal, 90)}".strip()
            self.failures.add("hang" if res.timed_out else "crash", command, what, res, files)
            return False
        if res.rc not in (0, 1):
            fail(f"exit status {res.rc}")
        try:
            res.stderr.decode("utf-8")
        except UnicodeDecodeError:
            fail("stderr is not UTF-8")
        culprits, after_message = files, False  # the inputs a line names: only they are saved with a failure
        for line in self.lines(res):
            located, whole = LOCATED.match(line), WHOLE_FILE.match(line)
            if located or whole:
                culprits = [f for f in files if str(f) in line] or files
            bad = RAW_CONTROL.search(line)
            if bad:
                fail(f"raw control character in stderr ({'C0' if ord(bad.group()) < 32 else 'DEL/C1/LS/PS'}): "
                     f"{shape(line, 50)}", culprits)
            if located and not inputs(located.group(1)):
                fail(f"{located.group(4)} located outside the inputs, in {Path(located.group(1)).name}", culprits)
            elif not located and whole and self.strict:
                fail(f"no LINE:COLUMN: {shape(line)}", culprits)
            elif not located and not whole:
                fail("stderr line that is no message: " +
                     ("continuation of a message (a raw newline?)" if after_message else shape(line)), culprits)
            after_message = after_message or bool(located or whole)
        return True

    def written(self, command, res, files, outdir):
        """Every written file well formed, no temporary leftovers; returns the names and how many were checked."""
        names, checked = set(), 0
        for p in sorted(outdir.rglob("*")) if outdir.exists() else []:
            names.add(p.name)
            if p.name.startswith(".") or ".tmp" in p.name:
                self.failures.add("assert", command, "temporary file left in the output folder", res, files)
            elif p.is_file():
                checked += 1
                problem = check_document(p)
                if problem:
                    self.failures.add("assert", command, f"malformed {p.suffix}: {shape(problem, 60)}", res, files)
        return names, checked

    def validate(self, res, files):
        given = {str(f) for f in files}
        if self.common("validate", res, files, given.__contains__):
            errors = self.errors(res)
            if (res.rc == 0) != (not errors):
                self.failures.add("assert", "validate", f"exit {res.rc} with {len(errors)} error lines", res, files)

    NOT_WRITTEN = re.compile(r"^(.*):1:1: warning: no \w+ in this meeting; ([\w-]+) not written$", re.M)

    def render(self, res, files, outdir):
        if not self.common("render", res, files, {str(f) for f in files}.__contains__):
            return 0
        errors = self.errors(res)
        names, checked = self.written("render", res, files, outdir)
        # A meeting without a speech (or tasks) gets no speech (or lists), and a warning names each.
        skipped = {}
        for path, template in self.NOT_WRITTEN.findall(res.stderr.decode("utf-8", "replace")):
            skipped.setdefault(Path(path).stem, set()).add(template)
        for f in files:
            stem = Path(f).stem
            mine = {n for n in names if n.startswith(stem + ".")}
            if any(stem in line for line in errors):
                if mine:
                    self.failures.add("assert", "render", "outputs written for an input with errors", res, [f])
            elif {f"{stem}.{t}.{e}" for t in TEMPLATES if t not in skipped.get(stem, set()) for e in RENDER_EXTS} - mine:
                blame = shape(errors[0]) if errors else "no error line"
                self.failures.add("assert", "render", f"outputs missing for an input no error names: {blame}",
                                  res, [f])
        # Exit 1 on an error, and when nothing at all was written (every document skipped for want of data).
        if (res.rc == 0) != (not errors and bool(names)):
            self.failures.add("assert", "render", f"exit {res.rc} with {len(errors)} error lines", res, files)
        return checked

    def summary(self, res, folder, outdir, month, templates):
        files = [folder]
        if not self.common("summary", res, files, lambda p: p.startswith(f"{folder}/")):
            return 0
        errors = self.errors(res)
        names, checked = self.written("summary", res, files, outdir)
        if res.rc == 0:
            want = {f"summary-{month}.json"} | {f"summary-{month}{'' if t == 'monthly-summary' else '.' + t}.{e}"
                                                 for t in templates for e in RENDER_EXTS}
            if want - names:
                self.failures.add("assert", "summary", f"exit 0 but no {min(want - names)}", res, files)
            j = outdir / f"summary-{month}.json"
            if j.exists() and check_document(j) is None and json.loads(j.read_bytes()).get("month") != month:
                self.failures.add("assert", "summary", "the JSON's month is not --month", res, files)
        elif names:
            self.failures.add("assert", "summary", "a failed summary wrote files", res, files)
        if (res.rc == 0) != (not errors):
            self.failures.add("assert", "summary", f"exit {res.rc} with {len(errors)} error lines", res, files)
        return checked


class Failures:
    """Counts every failure; keeps the inputs of the first few of each distinct signature in the crashes folder."""

    def __init__(self, folder, keep, labels):
        self.folder, self.keep, self.labels, self.lock = folder, keep, labels, threading.Lock()
        self.counts = {"crash": 0, "hang": 0, "assert": 0}
        self.signatures = {}  # (kind, command, what) -> [count, first report]
        self.serial = 0

    def seen_enough(self, kind, command, what):
        return self.signatures.get((kind, command, what), [0])[0] >= self.keep

    def add(self, kind, command, what, res, files):
        with self.lock:
            self.counts[kind] += 1
            entry = self.signatures.setdefault((kind, command, what), [0, None])
            entry[0] += 1
            if entry[0] > self.keep:
                return
            self.serial += 1
            name = f"{self.serial:04d}-{kind}-{command}"
            entry[1] = str(self.folder / f"{name}.txt")
        self.folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for i, f in enumerate(map(Path, files)):
            target = self.folder / f"{name}-{i}{'' if f.is_dir() else f.suffix}"
            if f.is_dir():
                shutil.copytree(f, target, dirs_exist_ok=True)
            elif f.exists():
                shutil.copyfile(f, target)
            saved.append(f"{target.name}  <-  {f}  [{self.labels.get(str(f), 'not generated')}]")
        err = res.stderr.decode("utf-8", "backslashreplace")
        (self.folder / f"{name}.txt").write_text(
            f"kind: {kind}\ncommand: {command}\nwhat: {what}\nargv: {' '.join(map(str, res.cmd))}\n"
            f"exit code: {res.rc}\ntimed out: {res.timed_out}\nelapsed: {res.elapsed:.2f}s\ninputs:\n  "
            + "\n  ".join(saved) + f"\nstderr ({len(err)} characters; the first 8000):\n{err[:8000]}\n",
            encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
class Fuzzer:
    """Makes batches of inputs; runs each through validate, a sample through render, a few folders through summary."""

    def __init__(self, args):
        self.args, self.labels = args, {}
        self.seeds = Seeds([args.samples] + [p for p in args.extra_seeds if Path(p).is_dir()])
        self.runner = Runner(args.bin, args.timeout, args.timeout_per_mb)
        self.failures = Failures(Path(args.crashes), args.keep, self.labels)
        self.check = Checker(self.failures, not args.allow_whole_file_form)
        self.stats = dict(inputs=0, validate=0, render=0, summary=0, outputs=0)
        self.lock, self.start = threading.Lock(), time.monotonic()

    def count(self, key, n=1):
        with self.lock:
            self.stats[key] += n

    def call(self, command, args, files, out=None):
        """Runs one call; a crash or hang of several files is halved down to the file(s) that cause it,
        unless that failure has already been saved often enough (each halving of a hang costs a timeout)."""
        def run(part):
            if out:
                shutil.rmtree(out, ignore_errors=True)
            return self.runner.run([command] + part + args, sum(f.stat().st_size for f in part))
        res = run(files)
        self.count(command)
        def bad(r):
            return r.timed_out or r.rc < 0
        if bad(res) and len(files) > 1 and not (res.timed_out and self.failures.seen_enough("hang", command,
                                                                                           "timeout")):
            while len(files) > 1:
                for part in (files[:len(files) // 2], files[len(files) // 2:]):
                    part_res = run(part)
                    if bad(part_res):
                        files, res = part, part_res
                        break
                else:
                    break  # only the whole batch fails: report it whole
        return res, files

    def batch(self, k, first, last):
        """Inputs [first, last): made, validated (100 to a call, big ones alone), a sample rendered (6 to a
        call) and a few small folders of them summarised; then the batch's folder is removed."""
        a, rng = self.args, random.Random(f"{self.args.seed}:batch:{k}")
        if a.time_limit and time.monotonic() - self.start > a.time_limit:
            return
        work = Path(a.work) / f"batch-{k}"
        shutil.rmtree(work, ignore_errors=True)
        (work / "in").mkdir(parents=True)
        files, render = [], []
        for i in range(first, last):
            irng = random.Random(f"{a.seed}:{i}")
            data, ext, labels = self.seeds.make(irng, i)
            f = work / "in" / f"f{i:07d}.{ext}"  # unique stems: outputs never collide
            f.write_bytes(data)
            self.labels[str(f)] = " ".join(labels)
            files.append(f)
            if len(data) > 1e6 or irng.random() < (0.5 if len(data) > BIG else a.render_rate):
                render.append(f)
        self.count("inputs", len(files))
        for group in groups(files, 100):
            self.check.validate(*self.call("validate", [], group))
        templates = [x for t in TEMPLATES for x in ("--template", t)]
        for n, group in enumerate(groups(render, 6)):
            out = work / f"render-{n}"
            res, group = self.call("render", templates + ["--format", ",".join(RENDER_EXTS), "--output", out],
                                   group, out)
            self.count("outputs", self.check.render(res, group, out))
            shutil.rmtree(out, ignore_errors=True)
        for n in range(int(len(files) * a.summary_rate + rng.random())):
            self.summary(rng, files, work / f"summary-{n}")
        for f in files:
            self.labels.pop(str(f), None)
        shutil.rmtree(work, ignore_errors=True)

    def summary(self, rng, files, folder):
        """A small folder of this batch's inputs, maybe with some of the monthly seeds, for a random month."""
        folder.mkdir()
        for f in rng.sample(files, min(len(files), rng.randint(1, 6))):
            if f.stat().st_size <= BIG:
                shutil.copyfile(f, folder / f.name)
        for p, d in rng.sample(self.seeds.monthly, min(len(self.seeds.monthly), rng.randint(0, 4))):
            (folder / f"seed-{p.name}").write_bytes(d)
        month = rng.choice(MONTHS + [f"{rng.randint(1, 9999):04d}-{rng.randint(1, 12):02d}"])
        templates = rng.choice([["monthly-summary"], ["monthly-summary", "accountability"]])
        out = folder.with_name(folder.name + "-out")
        args = [folder, "--month", month, "--format", ",".join(RENDER_EXTS + ["json"]), "--output", out]
        args += [x for t in templates for x in ("--template", t)] + (["--skip-invalid"] if rng.random() < 0.5 else [])
        res = self.runner.run(["summary"] + args, sum(f.stat().st_size for f in folder.iterdir()))
        self.count("summary")
        self.count("outputs", self.check.summary(res, folder, out, month, templates))
        shutil.rmtree(out, ignore_errors=True)

    def probes(self):
        """A whole-file case mutation cannot reach: a file that does not exist."""
        missing = Path(self.args.work) / "probe" / "missing.yaml"
        self.check.validate(self.runner.run(["validate", missing]), [missing])
        self.count("validate")

    def run(self):
        a = self.args
        Path(a.work).mkdir(parents=True, exist_ok=True)
        self.probes()
        with ThreadPoolExecutor(max_workers=a.jobs) as pool:
            futures = [pool.submit(self.batch, k, s, min(s + a.batch, a.count))
                       for k, s in enumerate(range(0, a.count, a.batch))]
            for future in futures:
                future.result()
        return self.report()

    def report(self):
        f, s = self.failures, self.stats
        print("distinct failures ([kind] command: what  xcount, first report):")
        for (kind, command, what), (n, example) in sorted(f.signatures.items()):
            print(f"  [{kind}] {command}: {what}  x{n}\n      {example}")
        print(f"fuzz summary: inputs={s['inputs']} validate_runs={s['validate']} render_runs={s['render']} "
              f"summary_runs={s['summary']} outputs_checked={s['outputs']} crashes={f.counts['crash']} "
              f"hangs={f.counts['hang']} assertion_failures={f.counts['assert']} "
              f"elapsed={time.monotonic() - self.start:.1f}s seed={self.args.seed}")
        return 1 if any(f.counts.values()) else 0


def groups(files, size):
    """Small files `size` to a call, big ones alone."""
    small = [f for f in files if f.stat().st_size <= BIG]
    return [small[i:i + size] for i in range(0, len(small), size)] + [[f] for f in files if f not in small]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--bin", required=True, help="the gongwen binary")
    p.add_argument("--samples", default="Samples", help="seed folder, searched recursively")
    p.add_argument("--extra-seeds", nargs="*", default=["Tests/GongwenTests/CLI/BadInput"])
    p.add_argument("--work", required=True, help="scratch folder (each batch's folder is removed when done)")
    p.add_argument("--count", type=int, default=3000, help="number of mutated inputs")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--crashes", help="where failing inputs are saved (default WORK/crashes)")
    p.add_argument("--time-limit", type=float, default=0, help="start no batch after this many seconds")
    p.add_argument("--timeout", type=float, default=10, help="seconds per call, plus --timeout-per-mb")
    p.add_argument("--timeout-per-mb", type=float, default=2, help="seconds per MB of input in the call")
    p.add_argument("--batch", type=int, default=100, help="inputs per batch")
    p.add_argument("--render-rate", type=float, default=1 / 8)
    p.add_argument("--summary-rate", type=float, default=1 / 40)
    p.add_argument("--keep", type=int, default=3, help="inputs saved per distinct failure")
    p.add_argument("--allow-whole-file-form", action="store_true", help="accept 'FILE: error: …' without LINE:COLUMN")
    args = p.parse_args()
    args.crashes = Path(args.crashes or Path(args.work) / "crashes")
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"not an executable file: {args.bin}")
    if args.crashes.is_dir():  # a fresh report, but never remove a folder of the user's
        for old in args.crashes.glob("[0-9][0-9][0-9][0-9]-*-*"):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    sys.exit(Fuzzer(args).run())


if __name__ == "__main__":
    main()
