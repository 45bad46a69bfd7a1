"""The meeting form of `gongwen serve` (新建会议 / 编辑), driven end to end in Chromium.

Used by check_preview.py: `run(check, binary, samples, work)` starts its own server over a folder
holding one earlier meeting (with open tasks), fills a new meeting in /edit with real mouse clicks
and typed text (Chrome DevTools protocol), watches a field error come and go, reads the preview,
saves, and edits the earlier meeting. Screenshots go to WORK/form-*.png.
"""
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import websocket  # Debian: python3-websocket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


class Page:
    """One Chromium tab over the DevTools protocol: evaluate, click, type, screenshot."""

    def __init__(self, websocket_url):
        self.socket = websocket.create_connection(websocket_url, timeout=20)
        self.next_id = 0
        self.errors = []  # uncaught exceptions, console errors, CSP violations: what the clerk never sees
        self.call("Runtime.enable")
        self.call("Log.enable")
        self.call("Page.enable")

    def call(self, method, params=None):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.event(message)

    def event(self, message):
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description") or details.get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.errors.append(entry.get("text") + (f" ({entry['url']})" if entry.get("url") else ""))

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=5):
        deadline = time.monotonic() + seconds
        while True:
            value = self.evaluate(expression)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.05)

    def navigate(self, url):
        self.call("Page.navigate", {"url": url})
        return self.wait_for("document.readyState === 'complete' && document.getElementById('form') != null"
                             " && document.getElementById('form').children.length > 0", 10)

    # The element an action is for: a CSS selector, or a JS expression yielding the element.
    @staticmethod
    def element(target):
        return target[3:] if target.startswith("js:") else f"document.querySelector({json.dumps(target)})"

    def exists(self, target):
        return self.evaluate(f"!!({self.element(target)})")

    def click(self, target):
        """A real left click in the middle of the element, after scrolling it to the middle of the window.
        Fails when the element is missing, disabled, or covered by something else at that point."""
        box = self.evaluate(f"""(() => {{
            const e = {self.element(target)};
            if (!e) return null;
            e.scrollIntoView({{block: 'center', inline: 'center'}});
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            return {{x, y, hit: !!hit && (hit === e || e.contains(hit)), disabled: !!e.disabled}};
        }})()""")
        if not box:
            raise RuntimeError(f"click: no element {target}")
        if not box["hit"]:
            raise RuntimeError(f"click: {target} is covered at ({box['x']:.0f}, {box['y']:.0f})")
        if box["disabled"]:
            raise RuntimeError(f"click: {target} is disabled")
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"]:
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"], "button": "left",
                                                   "buttons": 1 if kind == "mousePressed" else 0, "clickCount": 1})

    def type(self, target, text, by_character=False):
        """Clicks into the field, selects what is there and types `text` over it (an `input` event
        per insertion, as a keyboard or an input method gives)."""
        self.click(target)
        if not self.evaluate(f"(() => {{ const e = {self.element(target)}; e.focus(); e.select();"
                             f" return document.activeElement === e; }})()"):
            raise RuntimeError(f"type: {target} did not take the focus")
        if by_character:
            for character in text:
                self.call("Input.insertText", {"text": character})
        else:
            self.call("Input.insertText", {"text": text})
        value = self.evaluate(f"({self.element(target)}).value")
        if value != text:
            raise RuntimeError(f"type: {target} reads {value!r} after typing {text!r}")

    def choose(self, target, value):
        """A <select>: the native list does not open headless; set the option and send `change` as a pick does."""
        return self.evaluate(f"""(() => {{ const e = {self.element(target)}; e.focus(); e.value = {json.dumps(value)};
            e.dispatchEvent(new Event('change', {{bubbles: true}})); return e.value; }})()""") == value

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path

    def close(self):
        self.socket.close()


def start_chromium(work, name, width, height):
    """Headless Chromium with a fresh profile WORK/chromium-NAME, driven over DevTools; scrollbars are
    kept, so the screenshots show what the clerk sees. Returns the process and its debugging port."""
    debug_port = free_port()
    profile = os.path.join(work, f"chromium-{name}")
    shutil.rmtree(profile, ignore_errors=True)
    browser = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}",
                                f"--remote-debugging-port={debug_port}", "--user-data-dir=" + profile, "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return browser, debug_port


def new_tab(debug_port, width, height):
    """A new tab of the size given, once Chromium answers."""
    for _ in range(100):
        try:
            request = urllib.request.Request(f"http://127.0.0.1:{debug_port}/json/new?about:blank", method="PUT")
            with urllib.request.urlopen(request, timeout=2) as response:
                target = json.loads(response.read())
            page = Page(target["webSocketDebuggerUrl"])
            page.target = target["id"]
            page.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                             "mobile": False})
            return page
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("no Chromium tab")


def stop(page, browser, server):
    """Closes the tab and ends Chromium and the server."""
    if page:
        page.close()
    browser.terminate()
    browser.wait(timeout=10)
    server.terminate()
    server.wait(timeout=10)


def field(path):
    return f'div.field[data-path="{path}"]'


def button_with_text(text, scope="document"):
    return f"js:[...{scope}.querySelectorAll('button')].find(b => b.textContent.trim() === {json.dumps(text)})"


def run(check, binary, samples, work, seconds_per_wait=5):
    folder = os.path.join(work, "form-meetings")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    earlier = "party-discipline-meeting.yaml"
    shutil.copy(os.path.join(samples, earlier), folder)
    with open(os.path.join(folder, earlier), encoding="utf-8") as f:
        earlier_text = f.read()
    port = free_port()
    server = subprocess.Popen([binary, "serve", folder, "--port", str(port), "--lang", "zh"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    origin = f"http://127.0.0.1:{port}"

    def open_task_ids(date):
        """The ids 上次会议部署任务落实情况 offers for a meeting on `date`, as the server computes them."""
        with urllib.request.urlopen(f"{origin}/api/choices?date={date}", timeout=10) as response:
            return [task["id"] for task in json.loads(response.read())["openTasks"]]
    browser, debug_port = start_chromium(work, "form", 1440, 1000)
    screenshots = []
    page = None
    started = time.monotonic()
    try:
        check(wait_for_port(port), f"form: gongwen serve over a folder with only {earlier}")
        page = new_tab(debug_port, 1440, 1000)

        # 1. 新建会议.
        loaded = page.navigate(f"{origin}/edit")
        heading = page.evaluate("document.querySelector('header h1').textContent")
        check(loaded and heading == "新建会议" and page.exists(field("meeting.title")) and page.exists("#carry"),
              f"form: /edit opens 新建会议 with its fields (h1 {heading!r})")
        page.wait_for("document.getElementById('state').textContent !== ''")
        # Every caption, button and choice the clerk reads is a word of the form, not a key of its table.
        keys = page.evaluate("""[...document.querySelectorAll('header h1, header a, header button, header option, #form label,'
            + ' #form legend, #form button, #form option, #form .number, #form .hint, #form [placeholder]')]
            .map(e => e.getAttribute('placeholder') || e.textContent).filter(text => /[A-Za-z]{3,}/.test(text))""")
        check(not keys, f"form: every label, legend, button and choice is in Chinese (in English: {sorted(set(keys))})")

        # 2. The meeting. A date before the earlier meeting first: no open tasks; then the real one.
        title = "冬季道路运输安全调度会议"
        page.type(field("meeting.title") + " textarea", title)
        date_input = field("meeting.date") + " input"
        page.type(date_input, "2026-11-19", by_character=True)
        empty = page.wait_for("document.querySelectorAll('#carry button.record').length === 0"
                              " && document.querySelector('#carry').textContent.includes('没有未完成的任务')", 5)
        page.type(date_input, "2026-11-25", by_character=True)
        typed_at = time.monotonic()
        carry = page.wait_for("document.querySelectorAll('#carry button.record').length === 3"
                              " && document.querySelector('#carry').textContent", 5)
        check(bool(empty) and bool(carry) and "T-2026-11-01" in carry and "制定全面从严治党责任清单和任务清单" in carry,
              f"form: typing the date reloads #carry: none for 2026-11-19; for 2026-11-25 the 3 open tasks of "
              f"the 11-20 meeting ({time.monotonic() - typed_at:.1f} s)")
        page.type(field("meeting.organization") + " input", "市交通委员会")
        page.type(field("meeting.location") + " input", "委机关五楼会议室")
        page.type('input[data-path="meeting.host.name"]', "张明")
        page.type(field("meeting.host") + " input.post", "党委书记、主任")
        # 出席 pasted as a list: each name becomes a row.
        page.type(field("meeting.attendees") + " textarea.paste", "张明、陈刚、刘洋、孙丽")
        page.click(field("meeting.attendees") + " button.read-list")
        rows = page.wait_for(f"""(() => {{ const v = [...document.querySelectorAll('{field("meeting.attendees")} input[data-key=name]')]
            .map(e => e.value); return v.length === 4 ? v : null; }})()""", 5)
        check(rows == ["张明", "陈刚", "刘洋", "孙丽"], f"form: 识别名单 turns 张明、陈刚、刘洋、孙丽 into four 出席 rows ({rows})")

        # Two reports, each with a 做法成效 paragraph.
        reports = [("赵敏", "公路处", "完成全市国省干线冬季巡查，整治隐患十二处。"),
                   ("吴军", "运输管理处", "开展客运企业安全检查，督促整改问题八项。")]
        page.click(button_with_text("添加汇报"))
        page.click(button_with_text("添加汇报"))
        check(page.evaluate(f"document.querySelectorAll('{field('reports')} > div.repeat > div.item').length") == 2
              and page.exists('div.item[data-path="reports[1]"]'),
              "form: clicking 添加汇报 twice gives 汇报 1 and 汇报 2")
        for index, (reporter, unit, paragraph) in enumerate(reports):
            item = f"reports[{index}]"
            page.type(f'input[data-path="{item}.reporter.name"]', reporter)
            page.type(field(f"{item}.reporter") + " input.post", "处长")
            page.type(field(f"{item}.unit") + " input", unit)
            page.click(f'{field(f"{item}.achievements")} > div.repeat > button.add')
            page.type(f'textarea[data-path="{item}.achievements[0]"]', paragraph)

        # One task of this meeting.
        page.click(button_with_text("添加任务"))
        task = {"id": "T-2026-11-04", "content": "开展冬季道路运输隐患排查整治", "lead_unit": "公路处", "due": "2026-12-10"}
        page.type(field("tasks[0].id") + " input", task["id"])
        page.type(field("tasks[0].content") + " textarea", task["content"])
        page.type(field("tasks[0].lead_unit") + " input", task["lead_unit"])
        page.type('input[data-path="tasks[0].owner.name"]', "赵敏")
        page.type(field("tasks[0].due") + " input", task["due"])

        # Progress on T-2026-11-01 of the earlier meeting: 记录进展, then 已完成 on 2026-11-24.
        record = ("js:[...document.querySelectorAll('#carry .open-task')].find(t => t.textContent.includes('T-2026-11-01'))"
                  ".querySelector('button.record')")
        page.click(record)
        recorded = page.wait_for(f"document.querySelector('{field('task_updates[0].id')} input')"
                                 f" && document.querySelector('{field('task_updates[0].id')} input').value", 3)
        hint = page.evaluate(f"document.querySelector('{field('task_updates[0].id')} .hint').textContent")
        disabled = page.evaluate(f"({Page.element(record)}).disabled")
        chosen = page.choose(field("task_updates[0].status") + " select", "done")
        page.type(field("task_updates[0].completed_on") + " input", "2026-11-24")
        check(recorded == "T-2026-11-01" and "制定全面从严治党责任清单和任务清单" in hint and disabled and chosen,
              f"form: 记录进展 adds 进展 1 for T-2026-11-01 (hint {hint!r}), the button then disabled, 状态 已完成")
        kept = page.evaluate(f"""[document.querySelector('{field("meeting.title")} textarea').value,
            document.querySelector('{field("reports[1].unit")} input').value,
            document.querySelector('{field("tasks[0].content")} textarea').value]""")
        check(kept == [title, "运输管理处", task["content"]], "form: what was typed is still there after the form redrew")

        # The check of all this: no errors, and the preview.
        good = page.wait_for("document.getElementById('state').textContent.startsWith('没有错误')"
                             " && document.getElementById('state').textContent", seconds_per_wait)
        problems = page.evaluate("[...document.querySelectorAll('#problems li')].map(li => li.textContent)")
        check(bool(good) and not page.evaluate("document.querySelectorAll('.problem.error').length"),
              f"form: the filled meeting checks clean: #state {good!r}, #problems {problems}")
        preview = page.wait_for(f"""(() => {{ const d = document.getElementById('preview').contentDocument;
            const text = d && d.body ? d.body.innerText.replace(/\\n/g, '') : '';  // a cell's line breaks are layout
            return text.includes('开展冬季道路运输隐患排查整治') && text.includes('已于2026年11月24日完成') ? text : ''; }})()""", 5)
        srcdoc = page.evaluate("document.getElementById('preview').srcdoc")
        check(bool(preview) and f"{title}纪要" in preview and "上次会议部署任务落实情况" in preview
              and "制定全面从严治党责任清单和任务清单，形成工作台账" in preview and "赵敏" in preview and "运输管理处" in preview
              and title in srcdoc,
              "form: #preview shows the minutes: the title, 上次会议部署任务落实情况 with the earlier task's content, "
              "the reports and the task")
        page.evaluate(f"document.querySelector('{field('reports')}').scrollIntoView({{block: 'start'}}); window.scrollBy(0, -70)")
        time.sleep(0.2)
        screenshots.append(page.screenshot(os.path.join(work, "form-filled.png")))
        page.evaluate("""document.getElementById('carry').scrollIntoView({block: 'start'}); window.scrollBy(0, -90);
            const d = document.getElementById('preview').contentDocument;
            const h = [...d.querySelectorAll('h1, h2, h3, p')].find(e => e.textContent.includes('上次会议部署任务落实情况'));
            if (h) h.scrollIntoView({block: 'start'});""")
        time.sleep(0.2)
        screenshots.append(page.screenshot(os.path.join(work, "form-carry.png")))

        # 3. A field error comes and goes.
        page.type(date_input, "2026-11-5", by_character=True)
        shown = page.wait_for(f"""(() => {{ const f = document.querySelector('{field("meeting.date")}');
            const p = f && f.querySelector('div.problem.error');
            return f && f.classList.contains('invalid') && p && p.textContent.includes('2026-11-05') ? p.textContent : ''; }})()""",
                              seconds_per_wait)
        listed = page.evaluate("[...document.querySelectorAll('#problems li.error')].map(li => li.textContent)")
        state = page.evaluate("document.getElementById('state').textContent")
        check(bool(shown) and any("2026-11-05" in item for item in listed) and state.startswith("有 1 处错误"),
              f"form: 2026-11-5 marks 时间（日期） invalid with {shown!r}; #problems {listed}; #state {state!r}")
        if not shown:  # what the field holds instead, for the report
            print("     meeting.date field:", page.evaluate(f"document.querySelector('{field('meeting.date')}').outerHTML")[:600])
        # The form reloads its choices for the new date as well: wait until 上次会议部署任务落实情况
        # lists what /api/choices gives for 2026-11-05, then look again.
        page.wait_for(f"JSON.stringify([...document.querySelectorAll('#carry .task-id')].map(e => e.textContent)) === "
                      f"{json.dumps(json.dumps(open_task_ids('2026-11-05'), separators=(',', ':')))}", seconds_per_wait)
        still = page.evaluate(f"!!document.querySelector('{field('meeting.date')} div.problem.error')"
                              f" && document.querySelector('{field('meeting.date')}').classList.contains('invalid')")
        check(still, "form: the error beside 时间（日期） is still shown a moment later (after the choices reload)")
        page.evaluate(f"document.querySelector('{field('meeting.date')}').scrollIntoView({{block: 'center'}})")
        time.sleep(0.2)
        screenshots.append(page.screenshot(os.path.join(work, "form-error.png")))
        page.type(date_input, "2026-11-25", by_character=True)
        cleared = page.wait_for(f"""!document.querySelector('{field("meeting.date")}.invalid')
            && !document.querySelector('{field("meeting.date")} div.problem')
            && document.getElementById('state').textContent.startsWith('没有错误')
            && document.querySelectorAll('#problems li.error').length === 0""", seconds_per_wait)
        check(cleared, "form: 2026-11-25 clears the error: no div.problem, #state 没有错误")
        page.wait_for("document.querySelectorAll('#carry button.record').length === 3", 3)

        # 5. 保存.
        page.click("#save")
        message = page.wait_for("document.getElementById('message').textContent", seconds_per_wait)
        name = f"2026-11-25-{title}.yaml"
        path = os.path.join(folder, name)
        check(message == f"已保存为 {name}" and os.path.exists(path), f"form: 保存 → #message {message!r}, {name} written")
        page.evaluate("window.scrollTo(0, 0)")
        time.sleep(0.2)
        screenshots.append(page.screenshot(os.path.join(work, "form-saved.png")))
        location = page.evaluate("location.pathname + location.search")
        check(location == "/edit?file=" + urllib.parse.quote(name, safe=""),
              f"form: after saving the address is the file's edit page ({urllib.parse.unquote(location)})")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                saved = f.read()
            check(f"title: {title}" in saved and "date: '2026-11-25'" in saved and "- id: T-2026-11-01" in saved
                  and "status: done" in saved and "completed_on: '2026-11-24'" in saved and "T-2026-11-04" in saved
                  and "name: 张明" in saved and "owner: 赵敏" in saved,
                  "form: the saved YAML holds the title, date, host, the task and the progress on T-2026-11-01")
            # Its update names a task of the earlier file: `validate` checks that id against the files it
            # reads together (README, cross-file rules), so the new file is validated with its folder.
            validated = subprocess.run([binary, "validate", folder], capture_output=True, text=True, timeout=30)
            check(validated.returncode == 0, f"form: gongwen validate FOLDER (the new file and the earlier one) → exit "
                                             f"{validated.returncode} {(validated.stdout + validated.stderr).strip()[-160:]!r}")
            alone = subprocess.run([binary, "validate", path], capture_output=True, text=True, timeout=30)
            print(f"     note: gongwen validate {name} alone → exit {alone.returncode}: "
                  f"{(alone.stdout + alone.stderr).strip()[-200:]}")
        with urllib.request.urlopen(f"{origin}/", timeout=10) as response:
            index = response.read().decode()
        check(title in index and urllib.parse.quote(name) in index, "form: the index lists the new meeting")
        preview_url = f"{origin}/preview?file={urllib.parse.quote(name)}&template=minutes"
        with urllib.request.urlopen(preview_url, timeout=10) as response:
            shown_page = response.read().decode()
        check(f"{title}纪要" in shown_page and "上次会议部署任务落实情况" in shown_page
              and "制定全面从严治党责任清单和任务清单" in shown_page, "form: /preview of the new file shows its minutes")

        # 6. Editing the earlier meeting: 地点, 保存, the previous version in .gongwen/history.
        loaded = page.navigate(f"{origin}/edit?file={earlier}")
        notice = page.evaluate("document.getElementById('notice').hidden ? '' : document.getElementById('notice').textContent")
        location_input = field("meeting.location") + " input"
        before = page.evaluate(f"document.querySelector('{location_input}').value")
        check(loaded and page.evaluate("document.querySelector('header h1').textContent") == "编辑会议"
              and before == "委机关三楼会议室" and ".gongwen/history/" in notice,
              f"form: /edit?file={earlier} shows 编辑会议, 地点 {before!r}, and the notice {notice[:40]!r}…")
        page.type(location_input, "委机关二楼会议室")
        page.wait_for("document.getElementById('state').textContent.startsWith('没有错误')", seconds_per_wait)
        page.click("#save")
        message = page.wait_for("document.getElementById('message').textContent", seconds_per_wait)
        with open(os.path.join(folder, earlier), encoding="utf-8") as f:
            now = f.read()
        history = os.path.join(folder, ".gongwen", "history")
        kept = sorted(os.listdir(history)) if os.path.isdir(history) else []
        previous = ""
        if kept:
            with open(os.path.join(history, kept[0]), encoding="utf-8") as f:
                previous = f.read()
        check(message == f"已保存为 {earlier}" and "location: 委机关二楼会议室" in now and "三楼" not in now
              and len(kept) == 1 and re.fullmatch(r"party-discipline-meeting\.\d{8}-\d{6}\.yaml", kept[0]) is not None
              and previous == earlier_text,
              f"form: 保存 rewrites {earlier} with the new 地点 ({message!r}); .gongwen/history holds {kept}, "
              f"the previous version byte for byte")
        validated = subprocess.run([binary, "validate", os.path.join(folder, earlier)], capture_output=True, text=True,
                                   timeout=30)
        check(validated.returncode == 0, f"form: the rewritten {earlier} validates (exit {validated.returncode})")
        # Chromium asks every site for /favicon.ico; the server has none (404): not the page's fault.
        errors = [error for error in page.errors if "/favicon.ico" not in (error or "")]
        check(not errors, f"form: no script errors or CSP reports in the page ({errors[:3]})")

        # As a clerk types: the date, then on to the next field without waiting for the page.
        page.navigate(f"{origin}/edit")
        page.wait_for("document.querySelectorAll('#carry button.record').length === 3", 3)
        place = field("meeting.location") + " input"
        page.type(date_input, "2026-11-19", by_character=True)
        page.click(place)  # and thinks a moment before typing the place: until the choices reload
        reloaded = bool(page.wait_for("document.querySelectorAll('#carry button.record').length === 0",
                                      seconds_per_wait))
        focused = page.evaluate(f"document.activeElement === document.querySelector('{place}')")
        page.call("Input.insertText", {"text": "五楼会议室"})
        typed = page.evaluate(f"document.querySelector('{place}').value")
        check(reloaded and focused and typed == "五楼会议室",
              f"form: the choices reload after the date keeps the cursor in 地点 (choices reloaded {reloaded}, "
              f"地点 still focused {focused}, 地点 reads {typed!r} after typing 五楼会议室)")
        page.type(date_input, "2026-11-25", by_character=True)
        page.type(field("meeting.time") + " input", "09:00", by_character=True)  # at once, no pause
        expected = open_task_ids("2026-11-25")
        page.wait_for(f"JSON.stringify([...document.querySelectorAll('#carry .task-id')].map(e => e.textContent)) === "
                      f"{json.dumps(json.dumps(expected, separators=(',', ':')))}", seconds_per_wait)
        listed = page.evaluate("[...document.querySelectorAll('#carry .task-id')].map(e => e.textContent)")
        check(listed == expected and len(expected) == 3,
              f"form: a date typed just before the next field still reloads 上次会议部署任务落实情况 "
              f"(#carry lists {listed} for 2026-11-25; /api/choices: {expected})")
    except Exception as error:  # a broken step: say which and go on with the other checks
        check(False, f"form: the browser run stopped: {error}")
    finally:
        stop(page, browser, server)
    for path in screenshots:
        print(f"     screenshot: {path}")
    print(f"     measured: the form's browser run took {time.monotonic() - started:.1f} s")
