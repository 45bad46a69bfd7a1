#!/usr/bin/env python3
"""Fuzzer for the `gongwen` command line: mutated meeting files through validate, render and summary.

The tool promises (README, ../shared/spec/cli.md) that bad input never crashes or hangs it, that every
problem is a `FILE:LINE:COLUMN: error: …` line with the data escaped, that a failed input writes nothing
and a good one writes every document, and that every document is well formed. This script feeds it
seeds from Samples/ and the CLI tests, mutated structurally (PyYAML, when installed) and byte by byte,
and checks all of that. Standard library only; PyYAML is optional. Deterministic for a given --seed.
"""
import argparse, copy, datetime, json, os, random, re, shutil, signal, subprocess, sys, threading, time
import xml.etree.ElementTree as ET, zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    import yaml
    LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml's C side keeps generation cheap
    DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
except ImportError:                                          # text-level mutations only
    yaml = None

TEMPLATES = ["minutes", "speech", "accountability"]
RENDER_EXTS = ["md", "html", "xml", "docx"]
SUMMARY_EXTS = RENDER_EXTS + ["json"]
MONTHS = ["0001-01", "9999-12", "2026-11", "2026-10", "2026-12", "2026-02", "2024-02", "1970-01"]
BIG = 256 * 1024                  # inputs above this run alone, so a slow one does not stall a batch

# ---------------------------------------------------------------------------------------------------
# Interesting values: what users paste and what parsers trip on.
CONTROLS = [chr(c) for c in range(0, 32)] + ["\x1b[31m", "\x7f", "\x80", "\x85", "\x9b", "\x9f",
                                              "\u2028", "\u2029", "\r\n", "\r"]
FULLWIDTH = ["\u3000", "：", "，", "［", "］", "｛", "｝", "－", "＃", "　：　"]
EDGE_DATES = ["0000-01-01", "0001-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-13-01",
              "2026-+1-+5", "2026-11-5", "2026年11月5日", "2026/11/5", "2026-00-10", "2026-11-31",
              "10000-01-01", "-001-01-01", "2026-11-20T09:00:00Z", "20261120", " 2026-11-20",
              "２０２６-１１-２０", "2026-11-20\n", "1582-10-10", "2026-1-1"]
ENUM_WORDS = ["planned", "in_progress", "done", "blocked", "未开始", "推进中", "进行中", "已完成", "受阻",
              "统一思想", "聚焦重点", "压实责任", "unify_thinking", "key_points", "responsibility",
              "Done", "DONE", "in-progress", "finished", "完成", " done", "done\n", "0", "true", "~"]
DATE_KEYS = {"date", "due", "completed_on", "printed_on"}
ANSI = re.compile(r"[\x00-\x1f\x7f\x80-\x9f\u2028\u2029]")


def interesting_text(rng):
    """A text that stresses escaping, paragraph splitting or size; sizes are mostly small."""
    r = rng.random()
    if r < 0.004:
        return rng.choice("会议x\n") * rng.randint(1_000_000, 12_000_000)          # huge: linear paths
    if r < 0.04:
        return "长" * rng.randint(10_000, 200_000)
    pick = rng.randrange(9)
    if pick == 0: return ""
    if pick == 1: return rng.choice([" ", "\t", "\u3000", " \t \n"])
    if pick == 2: return "第一段\n\n第二段\n第三行" + "\n" * rng.randint(1, 5)
    if pick == 3: return "会" + "".join(rng.choice(CONTROLS) for _ in range(rng.randint(1, 3))) + "议"
    if pick == 4: return "".join(rng.choice(FULLWIDTH) for _ in range(5)) + "张明"
    if pick == 5: return rng.choice(["*强调*", "<b>&amp;", "# 1. |表|", "]]>", "{{title}}", "\\u0001"])
    if pick == 6: return rng.choice(EDGE_DATES)
    if pick == 7: return "\t缩进\t文本\t"
    return "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fff),
                                   rng.randint(0x80, 0x2fff), rng.randint(0x1f300, 0x1f64f)]))
                   for _ in range(rng.randint(1, 40)))


# ---------------------------------------------------------------------------------------------------
# Structure-aware mutations: each edits the tree under root[0] in place and returns a label for logs.
def slots(root):
    """Every (container, key) in the tree, so a mutation can pick any value and replace it."""
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for k, v in items:
            out.append((node, k))
            stack.append(v)
    return out


def pick(rng, root, want=None):
    cands = [(c, k) for c, k in slots(root) if want is None or want(c, k)]
    return rng.choice(cands) if cands else (root, 0)


def s_delete(rng, root):
    c, k = pick(rng, root, lambda c, k: c is not root)
    del c[k]
    return "delete"


def s_duplicate(rng, root):
    c, k = pick(rng, root, lambda c, k: isinstance(c, list) and c is not root)
    if isinstance(c, list) and c is not root:
        c.insert(k, copy.deepcopy(c[k]))
    return "duplicate"


def s_swap(rng, root):
    c, k = pick(rng, root, lambda c, k: c is not root and len(c) > 1)
    if c is not root and len(c) > 1:
        k2 = rng.choice(list(c.keys()) if isinstance(c, dict) else range(len(c)))
        c[k], c[k2] = c[k2], c[k]
    return "swap"


def s_retype(rng, root):
    """List ↔ mapping ↔ scalar: the loader must say 'expected a list', not crash on a cast."""
    c, k = pick(rng, root)
    v = c[k]
    choices = [[v], {"x": v}, "", None, 0, -1, 3.5, True, "no", "010", datetime.date(2026, 11, 20), []]
    if isinstance(v, dict): choices.append(list(v.values()))
    if isinstance(v, list): choices.append({str(i): x for i, x in enumerate(v)})
    c[k] = rng.choice(choices)
    return "retype"


def s_text(rng, root):
    c, k = pick(rng, root, lambda c, k: isinstance(c[k], str))
    c[k] = interesting_text(rng)
    return "text"


def s_date(rng, root):
    c, k = pick(rng, root, lambda c, k: k in DATE_KEYS)
    c[k] = rng.choice(EDGE_DATES)
    return "date"


def s_enum(rng, root):
    c, k = pick(rng, root, lambda c, k: k in ("status", "part"))
    c[k] = rng.choice(ENUM_WORDS)
    return "enum"


def misspell(rng, key):
    ops = [lambda s: s[:-1], lambda s: s + s[-1], lambda s: s[1:] + s[0], lambda s: s.upper(),
           lambda s: s.replace("_", "-"), lambda s: s + "s", lambda s: " " + s, lambda s: s + "：",
           lambda s: "x" * rng.randint(1_000, 60_000), lambda s: s[:1] + "\u200b" + s[1:]]
    return rng.choice(ops)(key or "k") or "k"


def s_key(rng, root):
    """Unknown and misspelt keys: 'did you mean' must stay fast and the key must be escaped."""
    c, k = pick(rng, root, lambda c, k: isinstance(c, dict))
    if isinstance(c, dict):
        new = misspell(rng, k) if rng.random() < 0.7 else interesting_text(rng)[:200] or "unknown"
        c[new] = c.pop(k) if rng.random() < 0.6 else "值"
    return "key"


def s_nest(rng, root):
    c, k = pick(rng, root)
    v = rng.choice(["深", {}, []])
    for _ in range(rng.randint(5, 300)):
        v = [v] if rng.random() < 0.5 else {"k": v}
    c[k] = v
    return "nest"


def s_long_list(rng, root):
    """A thousand tasks or attendees: linear growth, the cross-file id checks, big tables."""
    doc = root[0]
    if not isinstance(doc, dict):
        return "long-list(no-map)"
    n = rng.randint(1_000, 3_000)
    if rng.random() < 0.6:
        doc["tasks"] = [{"id": f"L-{i}", "content": f"任务{i}", "lead_unit": f"处{i % 7}", "owner": "周婷",
                         "due": "2026-11-30", "status": rng.choice(ENUM_WORDS[:4])} for i in range(n)]
    else:
        meeting = doc.setdefault("meeting", {}) if isinstance(doc.get("meeting", {}), dict) else {}
        meeting["attendees"] = [f"人员{i}" for i in range(n)]
    return "long-list"


def s_task_updates(rng, root):
    """Updates naming unknown, near-miss and very long ids (the 'did you mean' search over ids)."""
    doc = root[0]
    if not isinstance(doc, dict):
        return "updates(no-map)"
    long_id = "T-" + "".join(rng.choice("0123456789ABC") for _ in range(rng.choice([50, 5_000, 60_000])))
    ids = [long_id, long_id[:-1] + "X", "T-NOPE", "", interesting_text(rng)[:100]]
    if rng.random() < 0.5 and isinstance(doc.get("tasks"), list):
        doc["tasks"].append({"id": long_id, "content": "长编号任务", "due": "2026-11-30"})
    doc["task_updates"] = [{"id": rng.choice(ids), "status": rng.choice(ENUM_WORDS), "note": "进展"}
                           for _ in range(rng.randint(1, 4))]
    return "task-updates"


def unique_ids(doc, suffix):
    """Give task ids a per-input suffix, so files validated together do not all clash on ids."""
    if not isinstance(doc, dict):
        return
    for key in ("tasks", "task_updates"):
        for item in doc[key] if isinstance(doc.get(key), list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                item["id"] += suffix


STRUCTURE = [s_delete, s_duplicate, s_swap, s_retype, s_text, s_text, s_date, s_enum, s_key, s_nest,
             s_task_updates]


def emit(rng, tree, as_json):
    """Serialise a mutated tree as JSON or YAML (block, flow, narrow or wide, escaped or raw Unicode)."""
    if as_json:
        return json.dumps(tree, ensure_ascii=rng.random() < 0.3, default=str,
                          indent=rng.choice([None, 1, 2])).encode("utf-8", "surrogatepass")
    return yaml.dump(tree, Dumper=DUMPER, allow_unicode=rng.random() < 0.8, sort_keys=False,
                     default_flow_style=rng.choice([False, None, True]),
                     width=rng.choice([60, 10**9])).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------------
# Byte-level mutations: each takes and returns bytes; `others` are the seeds, for splicing.
def at(rng, data):
    return rng.randint(0, len(data))


def value_pos(rng, data):
    """A place just after a ': ' or '- ', where a YAML value starts, else anywhere."""
    spots = [m.end() for m in re.finditer(rb": |- ", data[:200_000])]
    return rng.choice(spots) if spots else at(rng, data)


def b_bitflip(rng, data, others):
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if b: b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def b_insert(rng, data, others):
    tokens = [b"\x00", b"\xff", b":", b"- ", b"{", b"[", b"]", b'"', b"'", b"\n", b"\t", b"#", b"|", b">",
              b"? ", b",", b"\\", b"&", b"*", b"!", b"%", b"@", b"`", bytes([rng.randrange(256)])]
    i = at(rng, data)
    return data[:i] + b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 4))) + data[i:]


def b_delete(rng, data, others):
    i = at(rng, data)
    return data[:i] + data[i + rng.randint(1, 64):]


def b_truncate(rng, data, others):
    return data[:at(rng, data)]


def b_splice(rng, data, others):
    other = rng.choice(others)
    return data[:at(rng, data)] + other[at(rng, other):]


def b_invalid_utf8(rng, data, others):
    i = at(rng, data)
    bad = rng.choice([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe4\xbd", b"\x80", b"\xf4\x90\x80\x80"])
    return data[:i] + bad + data[i:]


def b_bom(rng, data, others):
    r = rng.randrange(5)
    if r == 0: return b"\xef\xbb\xbf" + data
    if r == 1: return b"\xff\xfe" + data.decode("utf-8", "replace").encode("utf-16-le")
    if r == 2: return b"\xfe\xff" + data.decode("utf-8", "replace").encode("utf-16-be")
    if r == 3: return rng.choice([b"\xff\xfe", b"\xfe\xff"]) + data
    i = value_pos(rng, data)
    return data[:i] + b"\xef\xbb\xbf" + data[i:]


def b_nul(rng, data, others):
    i = at(rng, data)
    return data[:i] + b"\x00" * rng.randint(1, 3) + data[i:]


def b_raw_control(rng, data, others):
    """A raw control character inside a value: the error that quotes it must escape it."""
    i = value_pos(rng, data)
    return data[:i] + rng.choice(CONTROLS).encode() + data[i:]


def b_alias(rng, data, others):
    """Anchors and aliases: plain reuse, undefined and forward aliases, self reference, alias bombs."""
    r = rng.randrange(4)
    if r == 0:
        levels = rng.randint(3, 9)
        bomb = "x_a0: &a0 [会议, 会议, 会议, 会议, 会议, 会议, 会议, 会议, 会议, 会议]\n"
        for n in range(1, levels):
            bomb += f"x_a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]\n"
        return (bomb + data.decode("utf-8", "replace") + f"\ndecisions: *a{levels - 1}\n").encode()
    if r == 1:
        return data + b"\ndecisions: &d [*d]\n"
    i, j = sorted((value_pos(rng, data), value_pos(rng, data)))
    if r == 2:
        return data[:i] + b"&n1 " + data[i:j] + b"*n1 #" + data[j:]
    return data[:i] + b"*missing " + data[i:]


def b_documents(rng, data, others):
    r = rng.randrange(5)
    if r == 0: return data + b"\n---\n" + rng.choice(others)
    if r == 1: return b"%YAML 1.2\n---\n" + data
    if r == 2: return b"%YAML 1.1\n%TAG ! tag:example.com,2026:\n---\n" + data
    if r == 3: return rng.choice([b"%YAML 2.0\n---\n", b"%FOO bar\n---\n", b"--- !foo\n"]) + data
    return data + b"\n...\n" + rng.choice([b"", b"---\n", b"x: 1\n"])


def b_tag(rng, data, others):
    i = value_pos(rng, data)
    tags = [b"!!binary ", b"!foo ", b"!!str ", b"!!int ", b"!!map ", b"!!seq ", b"!<tag:yaml.org,2002:str> ",
            b"!!timestamp ", b"!!python/object:os.system ", b"! "]
    return data[:i] + rng.choice(tags) + data[i:]


def b_json_junk(rng, data, others):
    """What people type into JSON: trailing commas, comments, single quotes, NaN, leading zeros."""
    junk = [(rb"\}", b",}"), (rb"\]", b",]"), (rb"\{", b"{ // note\n"), (rb",", b", /* x */"),
            (rb'"', b"'"), (rb"\d+", b"NaN"), (rb":\s*\"", b": 0012"), (rb"\"", b"\"\\x41")]
    pat, rep = rng.choice(junk)
    spots = [m for m in re.finditer(pat, data[:200_000])]
    if not spots:
        return data + b","
    m = rng.choice(spots)
    return data[:m.start()] + rep + data[m.end():]


def b_deep(rng, data, others):
    """Nesting past libyaml's 1,000 levels, in flow style, at a value's place."""
    n = rng.choice([900, 1_001, 5_000, 50_000])
    opener, closer = rng.choice([(b"[", b"]"), (b"{a: ", b"}")])
    i = value_pos(rng, data)
    return data[:i] + opener * n + closer * n + b" #" + data[i:]


def b_lines(rng, data, others):
    """Duplicate a line (a key given twice), tabs for indentation, CRLF or CR line ends."""
    lines = data.split(b"\n")
    r = rng.randrange(4)
    if r == 0 and lines:
        k = rng.randrange(len(lines)); lines.insert(k, lines[k])
    elif r == 1 and lines:
        k = rng.randrange(len(lines)); lines[k] = b"\t" + lines[k].lstrip(b" ")
    elif r == 2:
        return data.replace(b"\n", b"\r\n")
    else:
        return data.replace(b"\n", b"\r")
    return b"\n".join(lines)


def b_fullwidth(rng, data, others):
    a, b = rng.choice([(b": ", "：".encode()), (b", ", "，".encode()), (b"[", "［".encode()),
                       (b"]", "］".encode()), (b"  ", "\u3000".encode()), (b": ", ":\t".encode())])
    return data.replace(a, b, rng.choice([1, 3, -1]))


BYTES = [b_bitflip, b_insert, b_delete, b_truncate, b_splice, b_invalid_utf8, b_bom, b_nul, b_raw_control,
         b_alias, b_documents, b_tag, b_json_junk, b_deep, b_lines, b_fullwidth]


# ---------------------------------------------------------------------------------------------------
class Seeds:
    """The seed files, read once: their bytes, extension and (with PyYAML) their parsed tree."""

    def __init__(self, folders):
        self.items = []
        for folder in folders:
            for p in sorted(Path(folder).rglob("*")):
                if p.suffix in (".yaml", ".yml", ".json") and p.is_file():
                    data, tree = p.read_bytes(), None
                    if yaml:
                        try: tree = yaml.load(data, Loader=LOADER)
                        except Exception: pass
                    self.items.append((p, data, tree))
        if not self.items:
            sys.exit(f"no seeds under {folders}")
        self.raw = [d for _, d, _ in self.items]
        self.monthly = [(p, d) for p, d, _ in self.items if "monthly" in p.parts]

    def make(self, rng, index):
        """One mutated input: (bytes, extension, labels). Several mutations, deterministic in rng."""
        path, data, tree = rng.choice(self.items)
        labels, as_json = [path.name], path.suffix == ".json"
        if tree is not None and rng.random() < 0.75:
            root = [copy.deepcopy(tree)]
            if rng.random() < 0.7: unique_ids(root[0], f"-{index}")
            for _ in range(rng.choice([0, 1, 1, 2, 3, 4])):
                labels.append(rng.choice(STRUCTURE)(rng, root))
            if rng.random() < 0.01: labels.append(s_long_list(rng, root))
            as_json = rng.random() < (0.7 if as_json else 0.3)
            try:
                data = emit(rng, root[0], as_json)
            except Exception as e:                     # e.g. a value PyYAML cannot represent
                labels.append(f"emit-failed:{type(e).__name__}")
        if tree is None or rng.random() < 0.45:
            for _ in range(rng.randint(1, 3)):
                fn = rng.choice(BYTES)
                data = fn(rng, data, self.raw)
                labels.append(fn.__name__)
        ext = ("json" if as_json else "yaml") if rng.random() < 0.9 else rng.choice(["json", "yaml", "yml"])
        return data, ext, labels


# ---------------------------------------------------------------------------------------------------
class Result:
    def __init__(self, cmd, rc, stderr, elapsed, timed_out):
        self.cmd, self.rc, self.stderr, self.elapsed, self.timed_out = cmd, rc, stderr, elapsed, timed_out


class Runner:
    """Runs the binary with LANG=C and a timeout that grows with the input's size (so quadratic paths
    show as hangs on big inputs without flagging ordinary slowness of a debug build)."""

    def __init__(self, binary, base, per_mb):
        self.binary, self.base, self.per_mb = binary, base, per_mb
        self.env = dict(os.environ, LANG="C", LC_ALL="C")
        self.env.pop("GONGWEN_LANG", None); self.env.pop("GONGWEN_TEMPLATES", None)

    def run(self, args, input_bytes=0):
        timeout = self.base + self.per_mb * input_bytes / 1e6
        cmd = [self.binary] + [str(a) for a in args]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env=self.env, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
            timed_out = True
        return Result(cmd, proc.returncode, err, time.monotonic() - start, timed_out)


# ---------------------------------------------------------------------------------------------------
LOCATED = re.compile(r"^[^\n]*:\d+:\d+: (error|warning|note): ")
WHOLE_FILE = re.compile(r"^(?:[^\n]*?: )?(error|warning|note): ")


def shape(text, n=70):
    """A message with its data blurred, so one bug is one signature however many inputs hit it."""
    text = re.sub(r"^.*?:\d+:\d+: ", "", text)
    text = re.sub(r"(/[^\s:]+)+", "PATH", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|‘[^’]*’|“[^”]*”", "Q", text)
    text = re.sub(r"\[\d+\]", "[i]", re.sub(r"\d+", "N", text))
    return text[:n]


def check_document(path):
    """None when the written file is well formed for its format, else what is wrong with it."""
    data = path.read_bytes()
    if not data:
        return "empty file"
    try:
        ext = path.suffix
        if ext in (".md", ".html"): data.decode("utf-8")
        elif ext == ".xml": ET.fromstring(data)
        elif ext == ".json": json.loads(data.decode("utf-8"))
        elif ext == ".docx":
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None: return "bad CRC in docx"
                names = z.namelist()
                if "word/document.xml" not in names: return "docx without word/document.xml"
                for n in names:
                    if n.endswith((".xml", ".rels")): ET.fromstring(z.read(n))
    except Exception as e:
        return f"{type(e).__name__}: {str(e)[:200]}"
    return None


class Checker:
    """The assertions; every failure goes to `self.failures.add` with a signature for deduplication."""

    def __init__(self, failures, strict_locations=True):
        self.failures, self.strict = failures, strict_locations

    def lines(self, res):
        return [l for l in res.stderr.decode("utf-8", "replace").split("\n") if l.strip()]

    def common(self, command, res, files):
        """Exit status, signals, timeouts and the form of every stderr line. True if the call ran normally."""
        if res.timed_out:
            self.failures.add("hang", command, "timeout", res, files); return False
        if res.rc < 0:
            sig = signal.Signals(-res.rc).name if -res.rc in signal.valid_signals() else str(-res.rc)
            fatal = next((l for l in self.lines(res) if "Fatal error" in l or "fatal" in l.lower()), "")
            self.failures.add("crash", command, f"{sig} {shape(fatal, 100)}", res, files); return False
        if res.rc not in (0, 1):
            self.failures.add("assert", command, f"exit status {res.rc}", res, files)
        try:
            res.stderr.decode("utf-8")
        except UnicodeDecodeError:
            self.failures.add("assert", command, "stderr is not UTF-8", res, files)
        previous = None
        for line in self.lines(res):
            bad = ANSI.search(line)
            if bad:
                self.failures.add("assert", command, f"raw U+{ord(bad.group()):04X}-class "
                                  f"{'C0' if ord(bad.group()) < 32 else 'other'} in stderr: {shape(line, 50)}",
                                  res, files)
            if LOCATED.match(line):
                pass
            elif WHOLE_FILE.match(line):
                if self.strict:
                    self.failures.add("assert", command, f"no LINE:COLUMN: {shape(line)}", res, files)
            else:
                what = "continuation line (raw newline in a message?)" if previous else shape(line)
                self.failures.add("assert", command, f"unrecognised stderr line: {what}", res, files)
            previous = line if (LOCATED.match(line) or WHOLE_FILE.match(line)) else None
        return True

    def error_lines(self, res):
        return [l for l in self.lines(res) if re.search(r"(^|: )error: ", l)]

    def validate(self, res, files):
        if not self.common("validate", res, files): return
        errors = self.error_lines(res)
        if (res.rc == 0) != (not errors):
            self.failures.add("assert", "validate", f"exit {res.rc} with {len(errors)} error lines", res, files)

    def outputs(self, command, res, files, outdir):
        """Every written file well formed, no temporary leftovers. Returns how many were checked."""
        n = 0
        for p in sorted(outdir.rglob("*")) if outdir.exists() else []:
            if p.name.startswith(".") or ".tmp" in p.name:
                self.failures.add("assert", command, "temporary file left in output folder", res, files)
            elif p.is_file():
                n += 1
                problem = check_document(p)
                if problem:
                    self.failures.add("assert", command, f"malformed {p.suffix}: {shape(problem, 60)}", res, files)
        return n

    def render(self, res, files, outdir):
        if not self.common("render", res, files): return 0
        errors = self.error_lines(res)
        written = {p.name for p in outdir.iterdir()} if outdir.exists() else set()
        for f in files:
            stem = Path(f).stem
            mine = {w for w in written if w.startswith(stem + ".")}
            if any(stem in l for l in errors):
                if mine:
                    self.failures.add("assert", "render", "outputs written for an input with errors", res, [f])
            else:
                want = {f"{stem}.{t}.{e}" for t in TEMPLATES for e in RENDER_EXTS}
                if want - mine:
                    blame = shape(errors[0]) if errors else "no error line"
                    self.failures.add("assert", "render", f"outputs missing for an input no error names; "
                                      f"stderr: {blame}", res, [f])
        if res.rc == 0 and errors:
            self.failures.add("assert", "render", "exit 0 with error lines", res, files)
        if res.rc == 1 and not errors:
            self.failures.add("assert", "render", "exit 1 without an error line", res, files)
        return self.outputs("render", res, files, outdir)

    def summary(self, res, files, outdir, month, templates):
        if not self.common("summary", res, files): return 0
        errors = self.error_lines(res)
        written = {p.name for p in outdir.iterdir()} if outdir.exists() else set()
        if res.rc == 0:
            want = {f"summary-{month}.json"} | {
                f"summary-{month}{'' if t == 'monthly-summary' else '.' + t}.{e}" for t in templates for e in RENDER_EXTS}
            if want - written:
                self.failures.add("assert", "summary", f"exit 0 but missing {sorted(want - written)[0]}", res, files)
            if errors:
                self.failures.add("assert", "summary", "exit 0 with error lines", res, files)
            j = outdir / f"summary-{month}.json"
            if j.exists() and check_document(j) is None and json.loads(j.read_bytes()).get("month") != month:
                self.failures.add("assert", "summary", "json month differs from --month", res, files)
        else:
            if written:
                self.failures.add("assert", "summary", "failed summary wrote files", res, files)
            if not errors:
                self.failures.add("assert", "summary", "exit 1 without an error line", res, files)
        return self.outputs("summary", res, files, outdir)


class Failures:
    """Counts every failure, keeps the first few inputs of each distinct signature in the crashes folder."""

    def __init__(self, folder, keep):
        self.folder, self.keep, self.lock = folder, keep, threading.Lock()
        self.counts = {"crash": 0, "hang": 0, "assert": 0}
        self.signatures = {}                    # (kind, command, what) -> [count, first saved path]
        self.serial = 0

    def add(self, kind, command, what, res, files):
        key = (kind, command, what)
        with self.lock:
            self.counts[kind] += 1
            entry = self.signatures.setdefault(key, [0, None])
            entry[0] += 1
            if entry[0] > self.keep:
                return
            self.serial += 1
            name = f"{self.serial:04d}-{kind}-{command}"
        self.folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for i, f in enumerate(files):
            f = Path(f)
            if f.is_dir():
                shutil.copytree(f, self.folder / f"{name}-{i}", dirs_exist_ok=True)
            elif f.exists():
                shutil.copyfile(f, self.folder / f"{name}-{i}{f.suffix}")
            saved.append(f"{name}-{i}{'' if f.is_dir() else f.suffix}  <-  {f}  {LABELS.get(str(f), '')}")
        err = res.stderr.decode("utf-8", "backslashreplace")
        (self.folder / f"{name}.txt").write_text(
            f"kind: {kind}\ncommand: {command}\nwhat: {what}\nargv: {' '.join(map(str, res.cmd))}\n"
            f"exit code: {res.rc}\ntimed out: {res.timed_out}\nelapsed: {res.elapsed:.2f}s\ninputs:\n  "
            + "\n  ".join(saved) + f"\nstderr ({len(err)} chars, first 8000):\n{err[:8000]}\n", encoding="utf-8")
        with self.lock:
            if entry[1] is None: entry[1] = str(self.folder / f"{name}.txt")


LABELS = {}                                     # input path -> its mutations, for the failure reports


# ---------------------------------------------------------------------------------------------------
class Fuzzer:
    """Makes batches of inputs and runs each through validate, a sample through render and summary."""

    def __init__(self, args):
        self.args = args
        self.seeds = Seeds([args.samples] + [p for p in args.extra_seeds if Path(p).is_dir()])
        self.runner = Runner(args.bin, args.timeout, args.timeout_per_mb)
        self.failures = Failures(Path(args.crashes), args.keep)
        self.check = Checker(self.failures, not args.allow_whole_file_form)
        self.stats = dict(inputs=0, validate=0, render=0, summary=0, outputs=0)
        self.lock, self.start = threading.Lock(), time.monotonic()

    def count(self, key, n=1):
        with self.lock: self.stats[key] += n

    def bad(self, res):
        return res.timed_out or res.rc < 0

    def isolate(self, files, run):
        """Halve a crashing or hanging batch down to the input(s) that do it, so reports name one file."""
        while len(files) > 1:
            half = len(files) // 2
            for part in (files[:half], files[half:]):
                if self.bad(run(part)): files = part; break
            else:
                break
        return files

    def validate(self, files):
        size = sum(f.stat().st_size for f in files)
        res = self.runner.run(["validate"] + files, size); self.count("validate")
        if self.bad(res) and len(files) > 1:
            small = self.isolate(files, lambda part: self.runner.run(["validate"] + part,
                                                                    sum(f.stat().st_size for f in part)))
            res = self.runner.run(["validate"] + small, sum(f.stat().st_size for f in small)); files = small
        self.check.validate(res, files)

    def render(self, files, out):
        def run(part):
            shutil.rmtree(out, ignore_errors=True)
            args = ["render"] + part + [a for t in TEMPLATES for a in ("--template", t)]
            return self.runner.run(args + ["--format", ",".join(RENDER_EXTS), "--output", out],
                                   sum(f.stat().st_size for f in part))
        res = run(files); self.count("render")
        if self.bad(res) and len(files) > 1:
            files = self.isolate(files, run); res = run(files)
        self.count("outputs", self.check.render(res, files, out))
        shutil.rmtree(out, ignore_errors=True)

    def summary(self, rng, folder, out):
        month = rng.choice(MONTHS + [f"{rng.randint(1, 9999):04d}-{rng.randint(1, 12):02d}"])
        templates = rng.choice([["monthly-summary"], ["monthly-summary", "accountability"]])
        args = ["summary", folder, "--month", month, "--format", ",".join(SUMMARY_EXTS), "--output", out]
        args += [a for t in templates for a in ("--template", t)]
        if rng.random() < 0.5: args.append("--skip-invalid")
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        res = self.runner.run(args, size); self.count("summary")
        self.count("outputs", self.check.summary(res, [folder], out, month, templates))
        shutil.rmtree(out, ignore_errors=True)

    def batch(self, k, first, last):
        """Inputs [first, last): generated, validated in one call (big ones alone), a sample rendered
        and a few small folders summarised; then the batch's folder is removed."""
        a, rng = self.args, random.Random(f"{self.args.seed}:batch:{k}")
        if a.time_limit and time.monotonic() - self.start > a.time_limit:
            return
        work = Path(a.work) / f"batch-{k}"
        shutil.rmtree(work, ignore_errors=True); (work / "in").mkdir(parents=True)
        files, render = [], []
        for i in range(first, last):
            irng = random.Random(f"{a.seed}:{i}")
            data, ext, labels = self.seeds.make(irng, i)
            f = work / "in" / f"f{i:07d}.{ext}"
            f.write_bytes(data); LABELS[str(f)] = " ".join(labels)
            files.append(f)
            if irng.random() < (0.5 if len(data) > BIG else a.render_rate): render.append(f)
        self.count("inputs", len(files))
        small = [f for f in files if f.stat().st_size <= BIG]
        for group in [small[i:i + 100] for i in range(0, len(small), 100)] + [[f] for f in files if f not in small]:
            self.validate(group)
        small_r = [f for f in render if f.stat().st_size <= BIG]
        for n, group in enumerate([small_r[i:i + 6] for i in range(0, len(small_r), 6)]
                                  + [[f] for f in render if f not in small_r]):
            self.render(group, work / f"render-{n}")
        for n in range(int(len(files) * a.summary_rate + rng.random())):
            folder = work / f"summary-{n}"; folder.mkdir()
            for f in rng.sample(files, min(len(files), rng.randint(1, 6))):
                if f.stat().st_size <= BIG: shutil.copyfile(f, folder / f.name)
            for p, d in rng.sample(self.seeds.monthly, min(len(self.seeds.monthly), rng.randint(0, 4))):
                (folder / f"seed-{p.name}").write_bytes(d)
            self.summary(rng, folder, work / f"summary-{n}-out")
        for f in files: LABELS.pop(str(f), None)
        shutil.rmtree(work, ignore_errors=True)

    def probes(self):
        """Whole-file cases mutation cannot reach: a file that does not exist."""
        missing = Path(self.args.work) / "probe" / "missing.yaml"
        self.check.validate(self.runner.run(["validate", missing]), [missing]); self.count("validate")

    def run(self):
        a = self.args
        Path(a.work).mkdir(parents=True, exist_ok=True)
        self.probes()
        size = a.batch
        jobs = [(k, s, min(s + size, a.count)) for k, s in enumerate(range(0, a.count, size))]
        with ThreadPoolExecutor(max_workers=a.jobs) as pool:
            for fut in [pool.submit(self.batch, *j) for j in jobs]:
                fut.result()
        return self.report()

    def report(self):
        f, s = self.failures, self.stats
        print("\ndistinct failures (kind, command, what: count, example):")
        for (kind, command, what), (n, example) in sorted(f.signatures.items()):
            print(f"  [{kind}] {command}: {what}  x{n}\n      {example}")
        print(f"\nfuzz summary: inputs={s['inputs']} validate_runs={s['validate']} render_runs={s['render']} "
              f"summary_runs={s['summary']} outputs_checked={s['outputs']} crashes={f.counts['crash']} "
              f"hangs={f.counts['hang']} assertion_failures={f.counts['assert']} "
              f"elapsed={time.monotonic() - self.start:.1f}s seed={self.args.seed}")
        return 1 if any(f.counts.values()) else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--bin", required=True, help="the gongwen binary")
    p.add_argument("--samples", default="Samples", help="seed folder, searched recursively")
    p.add_argument("--extra-seeds", nargs="*", default=["Tests/GongwenTests/CLI/BadInput"])
    p.add_argument("--work", required=True, help="scratch folder (batches are removed as they finish)")
    p.add_argument("--count", type=int, default=3000, help="number of mutated inputs")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--crashes", help="where failing inputs go (default WORK/crashes)")
    p.add_argument("--time-limit", type=float, default=0, help="stop starting batches after this many seconds")
    p.add_argument("--timeout", type=float, default=20, help="seconds per call, plus --timeout-per-mb")
    p.add_argument("--timeout-per-mb", type=float, default=2)
    p.add_argument("--batch", type=int, default=100, help="inputs per batch (one validate call)")
    p.add_argument("--render-rate", type=float, default=1 / 8)
    p.add_argument("--summary-rate", type=float, default=1 / 40)
    p.add_argument("--keep", type=int, default=3, help="inputs saved per distinct failure")
    p.add_argument("--allow-whole-file-form", action="store_true",
                   help="accept 'FILE: error: …' lines without LINE:COLUMN")
    args = p.parse_args()
    args.crashes = args.crashes or str(Path(args.work) / "crashes")
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"not an executable: {args.bin}")
    if not any(Path(args.crashes).glob("*")) or Path(args.crashes).resolve().parent == Path(args.work).resolve():
        shutil.rmtree(args.crashes, ignore_errors=True)      # a fresh report; never clears a folder of the user's
    sys.exit(Fuzzer(args).run())


if __name__ == "__main__":
    main()
