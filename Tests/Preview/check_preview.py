#!/usr/bin/python3
"""End-to-end check of `gongwen serve` with a real browser.

Starts the server on a free port over a copy of the samples, loads the index
and a preview in headless Chromium and checks the rendered DOM, changes a file
and sees the change arrive over Server-Sent Events and in the page, sends 200
requests from 20 concurrent clients, and checks that a taken port gets a clear
message. Then the meeting form (/edit), in Chromium over the DevTools protocol
(browser_form.py): a new meeting filled in with clicks and typing, a field error
coming and going, the preview, saving, and editing an earlier meeting; its
screenshots go to WORK_DIR/form-*.png; then a clerk's month through the form alone
(browser_clerk.py), its screenshots in WORK_DIR/clerk-*.png; then office mode (browser_office.py):
four people in four browsers through 送审, 退回 and 签发, WORK_DIR/office-*.png. Prints 'N passed, N failed'.

Usage: check_preview.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
"""
import concurrent.futures
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

import websocket  # Debian: python3-websocket

BINARY, SAMPLES, WORK = sys.argv[1:4]
passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    print(("ok   " if ok else "FAIL ") + what)


def status_of(path):
    """The status of GET path, an HTTP error's included; None when the server does not answer."""
    try:
        return get(path)[0]
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def wait_until(predicate, seconds=10):
    """Polls predicate until it holds or `seconds` pass: the server notices a change on its own
    polling schedule, so a test waits for the effect with a deadline instead of sleeping a guess."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def guarded(what, action):
    """Runs one step; an exception (a socket timing out, a refused connection) is a failed check
    with its reason, not the end of the run."""
    try:
        action()
    except Exception as error:  # noqa: BLE001 — any failure of the step is that step's failure
        check(False, f"{what}: {type(error).__name__}: {error}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(path, timeout=10):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as response:
        return response.status, response.read().decode("utf-8", "replace")


def chromium_dom(url, budget_ms=None):
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url]
    if budget_ms:
        args.insert(-1, f"--virtual-time-budget={budget_ms}")
    return subprocess.run(args, capture_output=True, text=True, timeout=120).stdout


folder = os.path.join(WORK, "meetings")
shutil.rmtree(folder, ignore_errors=True)
shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("systemd", "fontconfig"))
port = free_port()
server = subprocess.Popen([BINARY, "serve", folder, "--port", str(port), "--lang", "zh"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
try:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    status, _ = get("/")
    check(status == 200, f"gongwen serve answers on 127.0.0.1:{port}")

    dom = chromium_dom(f"http://127.0.0.1:{port}/")
    check("全面从严治党工作会议" in dom and "冬季道路运输安全生产专题会议" in dom and "2026年11月" in dom,
          "Chromium: the index lists the meetings and the months")
    check(all(label in dom for label in ["纪要", "讲话稿", "责任清单", "月度总结", ">下载<", 'title="下载 Word"']),
          "Chromium: the index speaks Chinese (纪要 / 讲话稿 / 责任清单 / 月度总结, 下载 Word / Markdown / XML)")
    with open(os.path.join(folder, "zz-broken.yaml"), "w", encoding="utf-8") as f:
        f.write("meeting:\n  title：全角冒号\n  date: 2026-11-20\n")
    wait_until(lambda: status_of("/preview?file=zz-broken.yaml&template=minutes") == 422)
    dom = chromium_dom(f"http://127.0.0.1:{port}/preview?file=zz-broken.yaml&template=minutes")
    check("zz-broken.yaml:2:8: error: 键“title”后面用了全角冒号“：”" in dom and " 2 |   title：全角冒号" in dom
          and "返回目录" in dom, "Chromium: an error page in Chinese, with the source line and a caret")
    os.remove(os.path.join(folder, "zz-broken.yaml"))
    preview = f"/preview?file=party-discipline-meeting.yaml&template=speech"
    dom = chromium_dom(f"http://127.0.0.1:{port}{preview}")
    check("<h1>在全面从严治党工作会议上的讲话</h1>" in dom and "二、聚焦重点" in dom,
          "Chromium: the speech preview shows its title and parts")
    dom = chromium_dom(f"http://127.0.0.1:{port}/summary?month=2026-11")
    check("2026年11月工作总结" in dom, "Chromium: the monthly summary preview")

    # DNS rebinding: a page on another domain that resolves to 127.0.0.1 sends its own Host.
    for host in ["attacker.example", f"attacker.example:{port}", f"localhost:{port + 1}"]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/", headers={"Host": host})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        check(response.status == 421 and "全面从严治党" not in body, f"Host: {host} is refused with 421, no content")
        connection.close()
    dom = chromium_dom(f"http://localhost:{port}/")
    check("全面从严治党工作会议" in dom, "Chromium: http://localhost:PORT/ is answered")
    for path in ["/", "/preview?file=party-discipline-meeting.yaml&template=minutes", "/summary?month=2026-11",
                 "/download?file=party-discipline-meeting.yaml&template=minutes&format=docx"]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("HEAD", path)
        response = connection.getresponse()
        check(response.status == 200 and response.read() == b"", f"HEAD {path} answers 200 without a body")
        connection.close()
    status, _ = get("/summary?month=9999-12")
    check(status == 200, "the summary of 9999-12 is served (no trap)")

    # Live reload, as the page's script sees it: the generation on /events moves on after a change.
    # How long it took is printed as a measurement; only a deadline of 10 s decides pass or fail.
    sample = os.path.join(folder, "party-discipline-meeting.yaml")
    with open(sample, encoding="utf-8") as f:
        text = f.read()

    def live_reload_over_events():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", "/events")
            events = connection.getresponse()
            check(events.getheader("Content-Type", "").startswith("text/event-stream"), "/events is an event stream")

            def next_data():
                while True:
                    line = events.fp.readline().decode()
                    if not line:
                        raise EOFError("the event stream ended")
                    if line.startswith("data: "):
                        return line[6:].strip()

            first = next_data()
            changed_at = time.monotonic()
            with open(sample, "w", encoding="utf-8") as f:
                f.write(text.replace("closing:\n    - 同志们，", "closing:\n    - 改动已到达。同志们，"))
            second = next_data()
            delay = time.monotonic() - changed_at
            check(second != first, f"a saved change arrives over /events (measured: {delay * 1000:.0f} ms)")
        finally:
            connection.close()

    guarded("a saved change arrives over /events", live_reload_over_events)
    check(wait_until(lambda: "改动已到达" in get(preview)[1]), "the preview shows the change")

    # In the browser: an open preview reloads itself when the file changes (Chromium driven over CDP).
    debug_port = free_port()
    browser = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                f"--remote-debugging-port={debug_port}", "--user-data-dir=" + os.path.join(WORK, "chromium"),
                                "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        target = None
        for _ in range(100):
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{debug_port}/json/new?" + urllib.parse.quote(f"http://127.0.0.1:{port}{preview}", safe=""),
                    method="PUT")
                with urllib.request.urlopen(request, timeout=2) as response:
                    target = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.2)
        page_socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=10)
        message_id = 0

        def evaluate(expression):
            global message_id
            message_id += 1
            page_socket.send(json.dumps({"id": message_id, "method": "Runtime.evaluate",
                                         "params": {"expression": expression, "returnByValue": True}}))
            while True:
                reply = json.loads(page_socket.recv())
                if reply.get("id") == message_id:
                    return reply.get("result", {}).get("result", {}).get("value")

        def wait_for(expression, seconds):
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if evaluate(expression):
                    return True
                time.sleep(0.1)
            return False

        loaded = wait_for("document.querySelector('h1') && document.querySelector('h1').textContent", 10)
        # No wait for the page's event stream: its first message is the folder's generation at
        # connection time, so a change saved before it connects still reloads the page.
        with open(sample, "w", encoding="utf-8") as f:
            f.write(text.replace("closing:\n    - 同志们，", "closing:\n    - 浏览器已刷新。同志们，"))
        changed_at = time.monotonic()
        reloaded = wait_for("document.body.innerText.includes('浏览器已刷新')", 10)
        delay = time.monotonic() - changed_at
        check(loaded and reloaded,
              f"Chromium: the open preview reloaded itself (measured: {delay * 1000:.0f} ms after the file was saved)")
        page_socket.close()
    finally:
        browser.terminate()
        browser.wait(timeout=10)

    # A half-written file shows its error; the whole file, the page again.
    with open(sample, "w", encoding="utf-8") as f:
        f.write(text[:300])
    check(wait_until(lambda: status_of(preview) == 422), "a half-written file answers 422")
    try:
        get(preview)
        check(False, "a half-written file shows its error")
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        check(error.code == 422 and "party-discipline-meeting.yaml:" in body, "a half-written file shows its error")
    with open(sample, "w", encoding="utf-8") as f:
        f.write(text)
    check(wait_until(lambda: status_of(preview) == 200), "the whole file shows the page again")

    # Load: 200 requests from 20 concurrent clients.
    paths = ["/", preview, "/preview?file=safety-special-meeting.json&template=minutes",
             "/download?file=monthly%2F2026-11-13-safety.json&template=minutes&format=docx", "/summary?month=2026-10"]
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda i: status_of(paths[i % len(paths)]), range(200)))
    took = time.monotonic() - started
    check(statuses.count(200) == 200,
          f"200 requests from 20 clients all answered 200 (measured: {took:.2f} s; statuses {sorted(set(map(str, statuses)))})")

    # A taken port gets a clear message.
    second_server = subprocess.run([BINARY, "serve", folder, "--port", str(port)], capture_output=True, text=True,
                                   timeout=30)
    check(second_server.returncode == 1 and "already in use" in second_server.stderr,
          f"a taken port: exit {second_server.returncode}, '{second_server.stderr.strip()[-80:]}'")
finally:
    server.terminate()
    server.wait(timeout=10)

# The meeting form, end to end in Chromium, over its own folder and server.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_clerk  # noqa: E402
import browser_dashboard  # noqa: E402
import browser_form  # noqa: E402
import browser_office  # noqa: E402

browser_form.run(check, BINARY, SAMPLES, WORK)
# The 督查 dashboard: figures against the JSON, charts, lists, notices, calendar, print, live.
guarded("the dashboard in Chromium", lambda: browser_dashboard.run(check, BINARY, SAMPLES, WORK))
# A clerk's month through the form alone: people, numbered tasks, a duplicate refused, a merge,
# Ctrl+S, an autosaved draft restored, every sample kept, 2,000 tasks measured.
browser_clerk.run(check, BINARY, SAMPLES, WORK)
# Office mode: two clerks, a leader and a 督查 in four browsers; 送审, 退回, 签发; a restart.
guarded("office mode in Chromium", lambda: browser_office.run(check, BINARY, SAMPLES, WORK))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
