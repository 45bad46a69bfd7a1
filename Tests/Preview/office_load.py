#!/usr/bin/python3
"""A load check of the office server (issue 23): 20 signed-in clients reading and 2 clerks saving,
for a minute by default, on loopback.

Each reader loops over the index, a preview and a download of the meetings it may read; each clerk
saves its own meeting again and again through the form's /api/save, each time from the version
the last save answered. Afterwards nothing may be lost: every save answered 200 is in the audit
trail, the file on disk is the last one saved, and the chain verifies. Prints the count and the
p50/p95/max latency of each kind of request; latencies are measurements, not pass/fail thresholds.

Usage: office_load.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR [SECONDS]
Prints 'N passed, N failed'; exit status 1 on a failure.
"""
import datetime
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

import yaml  # Debian: python3-yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_form import free_port, wait_for_port  # noqa: E402

BINARY, SAMPLES, WORK = sys.argv[1:4]
SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 60
PASSWORD = "load-pass-2026"
READERS = [f"reader{n:02d}" for n in range(20)]
CLERKS = {"clerk1": "一科", "clerk2": "二科"}

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    print(("PASS " if ok else "FAIL ") + what, flush=True)


folder = os.path.join(WORK, "office-load")
shutil.rmtree(folder, ignore_errors=True)
for clerk, unit in CLERKS.items():
    os.makedirs(os.path.join(folder, unit))
    shutil.copy(os.path.join(SAMPLES, "party-discipline-meeting.yaml"), os.path.join(folder, unit, "meeting.yaml"))
os.makedirs(os.path.join(folder, ".gongwen"))
with open(os.path.join(folder, ".gongwen", "office.yaml"), "w", encoding="utf-8") as f:
    f.write("folders:\n")
    for clerk, unit in CLERKS.items():
        f.write(f"  {unit}:\n    文秘: [{clerk}]\n    督查: [{', '.join(READERS)}]\n")
for name in READERS + list(CLERKS):
    subprocess.run([BINARY, "user", "add", folder, name], input=PASSWORD + "\n", text=True, check=True,
                   capture_output=True, timeout=60)

port = free_port()
server = subprocess.Popen([BINARY, "serve", folder, "--port", str(port)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
origin = f"http://127.0.0.1:{port}"


def request(method, path, cookie=None, body=None, token=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Origin": origin}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/json"
        headers["X-Gongwen-Token"] = token or ""
    connection.request(method, path, body=json.dumps(body, ensure_ascii=False).encode() if body is not None else None,
                       headers=headers)
    response = connection.getresponse()
    data = response.read()
    result = (response.status, data, response.getheader("Set-Cookie") or "")
    connection.close()
    return result


def sign_in(name):
    page = request("GET", "/signin")[1].decode()
    token = re.search(r'"X-Gongwen-Token": "([0-9a-f]+)"', page).group(1)
    status, _, cookie = request("POST", "/api/signin", body={"name": name, "password": PASSWORD}, token=token)
    assert status == 200, f"{name}: sign-in {status}"
    cookie = cookie.split(";")[0]
    edit = request("GET", "/edit", cookie)[1].decode()
    return cookie, re.search(r'"token":"([0-9a-f]+)"', edit).group(1)


def plain(value):
    """The sample as the contract's JSON: dates as text."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


timings = {}
lock = threading.Lock()
errors = []
saves = {clerk: [] for clerk in CLERKS}


def timed(kind, method, path, cookie, body=None, token=None):
    start = time.perf_counter()
    status, data, _ = request(method, path, cookie, body, token)
    with lock:
        timings.setdefault(kind, []).append(time.perf_counter() - start)
    return status, data


def reader(name, session, deadline):
    cookie, _ = session
    files = [f"{unit}/meeting.yaml" for unit in CLERKS.values()]
    n = 0
    while time.monotonic() < deadline:
        file = urllib.parse.quote(files[n % 2])
        for kind, path in [("index", "/"), ("preview", f"/preview?file={file}&template=minutes"),
                           ("download", f"/download?file={file}&template=minutes&format=docx")]:
            status, _ = timed(kind, "GET", path, cookie)
            if status != 200:
                with lock:
                    errors.append(f"{name} {path}: {status}")
        n += 1


def clerk(name, session, deadline):
    cookie, token = session
    file = f"{CLERKS[name]}/meeting.yaml"
    edit = request("GET", "/edit?file=" + urllib.parse.quote(file), cookie)[1].decode()
    base = re.search(r'"base":"([0-9a-f]+)"', edit).group(1)
    with open(os.path.join(folder, file), encoding="utf-8") as f:
        model = plain(yaml.safe_load(f))
    n = 0
    while time.monotonic() < deadline:
        n += 1
        model["meeting"]["title"] = f"全面从严治党工作会议（第{n}稿）"
        status, data = timed("save", "POST", "/api/save", cookie,
                             {"model": model, "file": file, "base": base}, token)
        if status != 200:
            with lock:
                errors.append(f"{name} save {n}: {status} {data[:120]!r}")
            break
        base = json.loads(data)["base"]
        saves[name].append(model["meeting"]["title"])


try:
    if not wait_for_port(port, 20):
        raise SystemExit("the server did not start")
    # Everyone signs in first (bcrypt, a quarter second each in a release build): the minute of
    # load starts when all are in, however long that took.
    sessions = {name: sign_in(name) for name in READERS + list(CLERKS)}
    deadline = time.monotonic() + SECONDS
    threads = [threading.Thread(target=reader, args=(name, sessions[name], deadline)) for name in READERS]
    threads += [threading.Thread(target=clerk, args=(name, sessions[name], deadline)) for name in CLERKS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check(not errors, f"load: every request answered as it should ({errors[:3]})")
    for kind, values in sorted(timings.items()):
        values.sort()
        p = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000  # noqa: E731
        print(f"     {kind:9} {len(values):6} requests  p50 {p(0.5):7.1f} ms  p95 {p(0.95):7.1f} ms  "
              f"max {values[-1] * 1000:7.1f} ms", flush=True)
    audit = subprocess.run([BINARY, "audit", folder, "--verify", "--format", "json"], capture_output=True, text=True,
                           timeout=120)
    entries = json.loads(audit.stdout or "[]")
    check(audit.returncode == 0, "load: the audit chain verifies after the load")
    for name, titles in saves.items():
        file = f"{CLERKS[name]}/meeting.yaml"
        recorded = [e for e in entries if e["action"] == "save" and e["actor"] == name and e["file"] == file]
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            on_disk = f.read()
        check(len(titles) > 0 and len(recorded) == len(titles) and titles[-1] in on_disk,
              f"load: {name}'s {len(titles)} saves are all in the trail ({len(recorded)}) and the last is on disk")
    # The readers' previews (detail minutes.html) and downloads (minutes.docx); the clerks' form
    # pages are views too, of their own kind (detail edit).
    views = sum(1 for e in entries if e["action"] in ("view", "download") and e["detail"].startswith("minutes."))
    check(views == len(timings.get("preview", [])) + len(timings.get("download", [])),
          f"load: every view and download is in the trail ({views})")
finally:
    server.terminate()
    server.wait(timeout=20)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
