"""A clerk's month through the form alone, in Chromium (issue 22): 区住房和城乡建设局 党委会.

Used by check_preview.py: `run(check, binary, samples, work)` starts `gongwen serve` over an empty
folder and writes three meetings of December 2026 with clicks and typing only:

1. 12-02 党委会: people with posts (a pasted list, a name picked from the folder), tasks numbered
   by the form, a task id the folder already holds refused at its field before saving, 删除 and 撤销.
2. 12-09 党委会, started with 从上次会议复制 from the first; saved with Ctrl+S; a change on disk
   meanwhile is a conflict, resolved by merging field by field.
3. 12-23 专题会议, recording progress on both earlier meetings' tasks with 记录进展; its draft is
   saved by itself, the tab closed, and the draft restored.

Then `gongwen validate DIR` and the month's summary must pass, every saved file reads alike in
PyYAML (no value turned into a boolean, number or date), every sample saved through the form
keeps its data, and a meeting with 2,000 tasks opens and takes keystrokes in measured time.
Screenshots go to WORK/clerk-*.png.
"""
import json
import os
import shutil
import subprocess
import time
import urllib.parse
import urllib.request

import yaml  # Debian: python3-yaml

from browser_form import button_with_text, field, free_port, new_tab, start_chromium, stop, wait_for_port

ORG = "区住房和城乡建设局"


def close_tab(debug_port, page):
    page.close()
    urllib.request.urlopen(f"http://127.0.0.1:{debug_port}/json/close/{page.target}", timeout=5).read()


def ctrl_s(page):
    for kind in ["keyDown", "keyUp"]:
        page.call("Input.dispatchKeyEvent", {"type": kind, "modifiers": 2, "key": "s", "code": "KeyS",
                                             "windowsVirtualKeyCode": 83, "nativeVirtualKeyCode": 83})


def state(page):
    return page.evaluate("document.getElementById('state').textContent")


def message(page):
    return page.evaluate("document.getElementById('message').textContent")


def plain_data(value):
    """A meeting file's data as the contract means it: every scalar text, a person with only a
    name as that name, nothing empty."""
    if isinstance(value, dict):
        out = {k: plain_data(v) for k, v in value.items() if v not in (None, "", [], {})}
        return out["name"] if list(out) == ["name"] else out
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value


def not_text(value, path=""):
    """The values PyYAML did not read as text: what a YAML 1.1 reader would misread."""
    if isinstance(value, dict):
        return [found for k, v in value.items() for found in not_text(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [found for i, v in enumerate(value) for found in not_text(v, f"{path}[{i}]")]
    return [] if isinstance(value, str) else [f"{path} = {value!r} ({type(value).__name__})"]


def after_is_json(path):
    """A JSON meeting the form saved is still JSON."""
    try:
        with open(path, encoding="utf-8") as f:
            return isinstance(json.load(f), dict)
    except ValueError:
        return False


def add_person(page, path, name, post=None, unit=None):
    """A row in a 出席/列席 list: 添加, then 姓名 (and 职务, 单位)."""
    page.click(f"{field(path)} > div.people > div.repeat > button.add")
    row = f"[...document.querySelectorAll('{field(path)} div.item')].pop()"
    page.type(f"js:{row}.querySelector('input[data-key=name]')", name)
    if post is not None:
        page.type(f"js:{row}.querySelector('input[data-key=title]')", post)
    if unit is not None:
        page.type(f"js:{row}.querySelector('input[data-key=unit]')", unit)


def add_task(page, content, lead_unit, owner, due):
    """添加任务: the form numbers it; the clerk writes what, who and when. Returns the id the form gave."""
    count = page.evaluate("document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item').length")
    page.click(button_with_text("添加任务"))
    index = count
    given = page.wait_for(f"(document.querySelector('{field(f'tasks[{index}].id')} input') || {{}}).value", 5)
    page.type(field(f"tasks[{index}].content") + " textarea", content)
    page.type(field(f"tasks[{index}].lead_unit") + " input", lead_unit)
    page.type(f'input[data-path="tasks[{index}].owner.name"]', owner)
    page.type(field(f"tasks[{index}].due") + " input", due)
    return given


def fill_meeting(page, title, date, location):
    page.type(field("meeting.title") + " textarea", title)
    page.type(field("meeting.date") + " input", date, by_character=True)
    page.type(field("meeting.location") + " input", location)


def wait_clean(page, seconds):
    return page.wait_for("document.getElementById('state').textContent.startsWith('没有错误')", seconds)


def run(check, binary, samples, work, seconds_per_wait=8):
    folder = os.path.join(work, "clerk-month")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    port = free_port()
    server = subprocess.Popen([binary, "serve", folder, "--port", str(port), "--lang", "zh"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    origin = f"http://127.0.0.1:{port}"
    browser, debug_port = start_chromium(work, "clerk", 1366, 768)
    shots = []
    page = None
    started = time.monotonic()

    def shot(name):
        time.sleep(0.2)
        shots.append(page.screenshot(os.path.join(work, f"clerk-{name}.png")))

    try:
        check(wait_for_port(port), "clerk: gongwen serve over an empty folder")
        page = new_tab(debug_port, 1366, 768)

        # 人员与单位 first: the office's directory, pasted from a spreadsheet.
        page.call("Page.navigate", {"url": f"{origin}/directory"})
        page.wait_for("document.getElementById('people') != null", 5)
        page.type("#people", "王建国\t党委书记、局长\t区住房和城乡建设局\n张伟\t党委委员、副局长\t区住房和城乡建设局")
        page.type("#units", "城建科\n住房保障科\n村镇建设科")
        page.click("#save")
        saved = page.wait_for("document.getElementById('message').textContent", 5)
        check(saved == "已保存：2 人，3 个单位。" and os.path.exists(os.path.join(folder, ".gongwen", "directory.yaml")),
              f"clerk: 人员与单位 saves the pasted directory ({saved!r})")

        # 1. 12-02 党委会, from nothing.
        page.navigate(f"{origin}/edit")
        time.sleep(1)
        quiet = page.evaluate("[document.getElementById('state').textContent,"
                              " document.querySelectorAll('.problem').length]")
        height = page.evaluate("document.documentElement.scrollHeight")
        check(quiet == ["", 0], f"clerk: an empty form shows no error before she types (#state {quiet[0]!r}, "
                                f"{quiet[1]} problems shown); the page is {height} px tall at 1366×768")
        shot("empty")
        fill_meeting(page, f"{ORG}党委会", "2026-12-02", "局机关三楼会议室")
        page.type(field("meeting.organization") + " input", ORG)
        page.type('input[data-path="meeting.host.name"]', "王建国")
        host_post = page.evaluate(f"document.querySelector('{field('meeting.host')} input[data-key=title]').value")
        check(host_post == "党委书记、局长", f"clerk: 王建国 from the directory comes with his post ({host_post!r})")
        page.type(f"{field('meeting.attendees')} textarea.paste",
                  "王建国（党委书记、局长），李敏（党委副书记、副局长）、张伟（党委委员、副局长）、刘芳（党委委员、纪检组长）")
        page.click(f"{field('meeting.attendees')} button.read-list")
        rows = page.wait_for(f"""(() => {{ const rows = [...document.querySelectorAll('{field("meeting.attendees")} div.item')]
            .map(r => [r.querySelector('[data-key=name]').value, r.querySelector('[data-key=title]').value]);
            return rows.length === 4 ? rows : null; }})()""", 5)
        check(rows == [["王建国", "党委书记、局长"], ["李敏", "党委副书记、副局长"], ["张伟", "党委委员、副局长"],
                       ["刘芳", "党委委员、纪检组长"]],
              f"clerk: a pasted list becomes rows split only outside brackets ({rows})")
        add_person(page, "meeting.observers", "陈静", "办公室主任", "局办公室")
        page.click(f"{field('meeting.absentees')} > div.people > div.repeat > button.add")
        page.type(f"js:document.querySelector('{field('meeting.absentees')} div.item input[data-key=name]')", "赵强")
        page.type(f"js:document.querySelector('{field('meeting.absentees')} div.item input[data-key=reason]')", "公出")
        ids = [add_task(page, "制定全区老旧小区改造年度计划", "城建科", "张伟", "2026-12-20"),
               add_task(page, "开展住房公积金违规提取专项检查", "住房保障科", "李敏", "2026-12-25"),
               add_task(page, "完成农村危房改造验收", "村镇建设科", "刘芳", "2026-12-31")]
        check(ids == ["2026-12-02-01", "2026-12-02-02", "2026-12-02-03"],
              f"clerk: 添加任务 numbers each task by the house pattern, never typed ({ids})")
        # 删除 the second task, then 撤销: it comes back where it was.
        page.click("js:document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item button.remove')[1]")
        gone = page.evaluate("document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item').length")
        bar = page.evaluate("document.getElementById('undo').hidden ? '' : document.getElementById('undo').textContent")
        page.click("#undo button")
        back = page.evaluate("[...document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item')]"
                             ".map(i => i.querySelector('button.summary').textContent)")
        check(gone == 2 and "已删除" in bar and len(back) == 3 and "2026-12-02-02" in back[1],
              f"clerk: 删除 takes a task away with a {bar!r} bar; 撤销 puts it back in its place ({back})")
        check(bool(wait_clean(page, seconds_per_wait)), f"clerk: the first meeting checks clean ({state(page)})")
        # Editing a task brings 任务分工 to the top of the preview.
        page.evaluate("document.getElementById('preview').contentWindow.scrollTo(0, 0)")
        page.click(field("tasks[2].content") + " textarea")
        followed = page.wait_for("""(() => { const d = document.getElementById('preview').contentDocument;
            const h = [...d.querySelectorAll('h1, h2, h3, h4, p')].find(e => e.textContent.includes('任务分工'));
            const top = h ? h.getBoundingClientRect().top : -1;
            const height = document.getElementById('preview').clientHeight;
            return d.scrollingElement.scrollTop > 0 && top >= 0 && top < height / 2 ? Math.round(top) + 1 : 0; })()""", 3)
        check(bool(followed), f"clerk: focusing a task scrolls the preview to 任务分工, now in the upper half of the pane "
                              f"(heading at {(followed or 1) - 1} px)")
        shot("first")
        page.click("#save")
        first = page.wait_for("document.getElementById('message').textContent.startsWith('已保存为')"
                              " && document.getElementById('message').textContent", seconds_per_wait)
        first_name = f"2026-12-02-{ORG}党委会.yaml"
        check(first == f"已保存为 {first_name}", f"clerk: 保存 writes {first_name} ({first!r})")
        downloads = page.evaluate("[...document.querySelectorAll('#downloads a')].map(a => a.textContent + ' ' + a.getAttribute('href'))")
        check(len(downloads) == 2 and "format=docx" in downloads[0] and "format=pdf" in downloads[1],
              f"clerk: after saving, the form offers Word and PDF downloads ({downloads})")
        with urllib.request.urlopen(origin + urllib.parse.quote(downloads[0].split(" ", 1)[1], safe="/?=&%"),
                                    timeout=30) as response:
            word = response.read()
        check(word[:2] == b"PK", f"clerk: the Word download is a .docx ({len(word)} bytes)")

        # 2. 12-09 党委会: 从上次会议复制.
        page.navigate(f"{origin}/edit")
        page.choose("#start-from", first_name)
        copied = page.wait_for(f"""(() => {{ const v = [document.querySelector('{field("meeting.title")} textarea').value,
            document.querySelector('{field("meeting.location")} input').value,
            document.querySelectorAll('{field("meeting.attendees")} div.item').length,
            document.querySelectorAll('div.field[data-path="tasks"] > div.repeat > div.item').length];
            return v[0] ? v : null; }})()""", 5)
        check(copied == [f"{ORG}党委会", "局机关三楼会议室", 4, 0],
              f"clerk: 从上次会议复制 fills title, place and the four attendees, and no tasks ({copied})")
        page.type(field("meeting.date") + " input", "2026-12-09", by_character=True)
        # A name picked from the folder brings its post: 李敏 was 党委副书记、副局长 on 12-02.
        page.type('input[data-path="meeting.speaker.name"]', "李敏")
        post = page.wait_for(f"document.querySelector('{field('meeting.speaker')} input[data-key=title]').value", 3)
        check(post == "党委副书记、副局长", f"clerk: picking 李敏 as 讲话人 fills her last post ({post!r})")
        taken = add_task(page, "推进既有住宅加装电梯", "城建科", "张伟", "2027-01-15")
        # The clerk types an id the folder already holds: refused at the field, before saving.
        page.type(field("tasks[0].id") + " input", "2026-12-02-01")
        refused = page.wait_for(f"""(() => {{ const p = document.querySelector('{field("tasks[0].id")} .problem.error');
            return p ? p.textContent : ''; }})()""", seconds_per_wait)
        page.click("#save")
        refusal = page.wait_for("document.getElementById('message').textContent.includes('错误')"
                                " && document.getElementById('message').textContent", seconds_per_wait)
        files = sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))
        check("2026-12-02-01" in refused and first_name in refused and bool(refusal) and files == [first_name],
              f"clerk: a task id of the 12-02 meeting is an error at 任务编号 ({refused!r}) and 保存 is refused "
              f"({refusal!r}); nothing written ({files})")
        shot("duplicate")
        page.type(field("tasks[0].id") + " input", taken)
        check(bool(wait_clean(page, seconds_per_wait)), f"clerk: the form's own number checks clean again ({state(page)})")
        ctrl_s(page)
        second = page.wait_for("document.getElementById('message').textContent.startsWith('已保存为')"
                               " && document.getElementById('message').textContent", seconds_per_wait)
        second_name = f"2026-12-09-{ORG}党委会.yaml"
        check(second == f"已保存为 {second_name}", f"clerk: Ctrl+S saves {second_name} ({second!r})")

        # Someone changes the file on disk while she edits the place: a conflict, merged.
        second_path = os.path.join(folder, second_name)
        with open(second_path, encoding="utf-8") as f:
            data = f.read()
        data = data.replace("  location: 局机关三楼会议室\n", "  time: '09:00'\n  location: 局机关三楼会议室\n")
        with open(second_path, "w", encoding="utf-8") as f:
            f.write(data)
        page.type(field("meeting.kind") + " input", "党委会")
        ctrl_s(page)
        table = page.wait_for("document.querySelector('table.conflict') && [...document.querySelectorAll('table.conflict tr[data-field]')]"
                              ".map(r => r.getAttribute('data-field') + ':' + r.className)", seconds_per_wait)
        shot("conflict")
        check(table and sorted(table) == ["meeting.kind:onlyMine", "meeting.time:onlyTheirs"],
              f"clerk: the conflict shows her change and the file's, field by field ({table})")
        page.click("#merge")
        page.wait_for("document.getElementById('message').textContent.startsWith('已合并')", 5)
        ctrl_s(page)
        merged = page.wait_for("document.getElementById('message').textContent.startsWith('已保存为')", seconds_per_wait)
        with open(second_path, encoding="utf-8") as f:
            saved = yaml.safe_load(f)
        history = os.listdir(os.path.join(folder, ".gongwen", "history"))
        check(bool(merged) and saved["meeting"].get("kind") == "党委会" and saved["meeting"].get("time") == "09:00"
              and len(history) == 1,
              f"clerk: 合并 then Ctrl+S keeps both changes (kind {saved['meeting'].get('kind')!r}, time "
              f"{saved['meeting'].get('time')!r}); the file's version went to the history ({history})")

        # 3. 12-23 专题会议: progress on both earlier meetings' tasks; the draft saves itself.
        page.navigate(f"{origin}/edit")
        fill_meeting(page, "老旧小区改造专题会议", "2026-12-23", "局机关五楼会议室")
        page.type('input[data-path="meeting.host.name"]', "李敏")
        # The date typed a character at a time: 2026-12-2 is no date yet; 2026-12-23 offers all four.
        carried = page.wait_for("document.querySelectorAll('#carry button.record').length === 4 && 4", seconds_per_wait)
        for task_id, status, day in [("2026-12-02-01", "done", "2026-12-18"), ("2026-12-09-01", "in_progress", None)]:
            offered = f"[...document.querySelectorAll('#carry .open-task')].find(t => t.textContent.includes('{task_id}'))"
            record = f"js:{offered}.querySelector('button.record')"
            if not page.wait_for(f"!!{offered}", seconds_per_wait):
                raise RuntimeError(f"#carry does not offer {task_id}: "
                                   + str(page.evaluate("document.getElementById('carry').textContent")))
            page.click(record)
            index = page.evaluate("document.querySelectorAll('div.field[data-path=\"task_updates\"] > div.repeat > div.item').length") - 1
            page.choose(field(f"task_updates[{index}].status") + " select", status)
            if day:
                page.type(field(f"task_updates[{index}].completed_on") + " input", day)
            page.type(field(f"task_updates[{index}].note") + " textarea", "已按计划推进。")
        check(carried == 4, f"clerk: 上次会议部署任务落实情况 offers the 4 open tasks of 12-02 and 12-09 ({carried})")
        add_task(page, "建立老旧小区改造项目周调度机制", "城建科", "张伟", "2027-01-10")
        # Nothing clicked: a few seconds after the last keystroke the draft holds everything typed.
        drafts_folder = os.path.join(folder, ".gongwen", "drafts")
        deadline = time.monotonic() + 15
        drafts = []
        while time.monotonic() < deadline:
            drafts = sorted(n for n in os.listdir(drafts_folder) if n.endswith(".yaml")) if os.path.isdir(drafts_folder) else []
            if drafts:
                with open(os.path.join(drafts_folder, drafts[0]), encoding="utf-8") as f:
                    if "2027-01-10" in f.read():
                        break
            time.sleep(0.3)
        draft = page.evaluate("document.getElementById('autosave').textContent")
        check(bool(draft) and len(drafts) == 1, f"clerk: the draft saved itself ({draft!r}; .gongwen/drafts: {drafts})")
        close_tab(debug_port, page)
        page = new_tab(debug_port, 1366, 768)
        page.navigate(f"{origin}/")
        index = page.evaluate("document.body.innerText")
        link = f"/edit?draft={urllib.parse.quote(drafts[0], safe='')}" if drafts else "/edit"
        page.navigate(origin + link)
        restored = page.evaluate(f"[document.querySelector('{field('meeting.title')} textarea').value,"
                                 " document.querySelectorAll('div.field[data-path=\"task_updates\"] > div.repeat > div.item').length,"
                                 " document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item').length]")
        check(bool(drafts) and drafts[0] in index and restored == ["老旧小区改造专题会议", 2, 1],
              f"clerk: after the tab closed, the index lists the draft and opening it restores the meeting ({restored})")
        check(bool(wait_clean(page, seconds_per_wait)), f"clerk: the restored draft checks clean ({state(page)})")
        page.click("#save")
        third = page.wait_for("document.getElementById('message').textContent.startsWith('已保存为')"
                              " && document.getElementById('message').textContent", seconds_per_wait)
        left = [n for n in os.listdir(os.path.join(folder, ".gongwen", "drafts")) if n.endswith(".yaml")]
        check(bool(third) and not left, f"clerk: saving the draft writes the meeting and removes the draft ({third!r}, {left})")
        shot("third")

        # The month: validate and the summary pass; PyYAML reads every value as text.
        validated = subprocess.run([binary, "validate", folder], capture_output=True, text=True, timeout=60)
        check(validated.returncode == 0, f"clerk: gongwen validate DIR passes (exit {validated.returncode}) "
                                         f"{(validated.stdout + validated.stderr).strip()[-200:]!r}")
        out = os.path.join(work, "clerk-summary")
        shutil.rmtree(out, ignore_errors=True)
        summary = subprocess.run([binary, "summary", folder, "--month", "2026-12", "--format", "json", "--output", out],
                                 capture_output=True, text=True, timeout=120)
        figures = {}
        for name in os.listdir(out) if os.path.isdir(out) else []:
            if name.endswith(".json"):
                with open(os.path.join(out, name), encoding="utf-8") as f:
                    figures = json.load(f)
        check(summary.returncode == 0 and bool(figures),
              f"clerk: the December summary is made (exit {summary.returncode}; "
              f"{(summary.stderr or '').strip()[-160:]!r}; keys {sorted(figures)[:6]})")
        with urllib.request.urlopen(f"{origin}/summary?month=2026-12&format=json", timeout=60) as response:
            check(response.status == 200, "clerk: the preview's December summary answers 200")
        misread = []
        for name in sorted(os.listdir(folder)):
            if name.endswith(".yaml"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    misread += [f"{name}: {found}" for found in not_text(yaml.safe_load(f))]
        check(not misread, f"clerk: PyYAML reads every value of the form's three files as text ({misread[:4]})")

        # Every sample saved through the form keeps its data.
        samples_folder = os.path.join(work, "clerk-samples")
        shutil.rmtree(samples_folder, ignore_errors=True)
        shutil.copytree(samples, samples_folder)
        server2_port = free_port()
        server2 = subprocess.Popen([binary, "serve", samples_folder, "--port", str(server2_port), "--lang", "zh"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(server2_port)
            changed = []
            names = sorted(os.path.relpath(os.path.join(d, n), samples_folder)
                           for d, _, files in os.walk(samples_folder) if ".gongwen" not in d
                           for n in files if n.endswith((".yaml", ".json")))
            for name in names:
                path = os.path.join(samples_folder, name)
                with open(path, encoding="utf-8") as f:
                    before = plain_data(yaml.load(f, Loader=yaml.BaseLoader))
                page.navigate(f"http://127.0.0.1:{server2_port}/edit?file={urllib.parse.quote(name)}")
                page.wait_for("document.getElementById('state').textContent", seconds_per_wait)
                page.click("#save")
                message_text = page.wait_for("document.getElementById('message').textContent", seconds_per_wait)
                with open(path, encoding="utf-8") as f:
                    after = plain_data(yaml.load(f, Loader=yaml.BaseLoader))
                if message_text != f"已保存为 {name}":
                    changed.append(f"{name} (not saved: {message_text!r})")
                elif after != before or (name.endswith(".json") and not after_is_json(path)):
                    changed.append(name)
            history = os.listdir(os.path.join(samples_folder, ".gongwen", "history"))
            check(len(history) == len(names), f"clerk: each sample's previous version went to the history "
                                              f"({len(history)} of {len(names)})")
            check(names and not changed, f"clerk: each of the {len(names)} samples (YAML and JSON) saved through the "
                                         f"form keeps every value, and JSON stays JSON (changed: {changed})")
        finally:
            server2.terminate()
            server2.wait(timeout=10)

        # 2,000 tasks.
        big = {"meeting": {"title": "重点项目调度会议", "date": "2026-12-28"},
               "tasks": [{"id": f"2026-12-28-{i:04d}", "content": f"推进第{i}号重点项目建设，按月报送进度", "lead_unit": f"项目{i % 37}科",
                          "due": "2027-03-31"} for i in range(1, 2001)]}
        with open(os.path.join(folder, "big.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(big, f, allow_unicode=True, sort_keys=False)
        time.sleep(1)
        opened_at = time.monotonic()
        page.navigate(f"{origin}/edit?file=big.yaml")
        page.wait_for("document.querySelectorAll('div.field[data-path=\"tasks\"] > div.repeat > div.item').length === 2000", 20)
        open_seconds = time.monotonic() - opened_at
        # The keystrokes go into a task opened from its line, the 1,000th, once the first check and
        # its preview (a page of 2,000 rows, drawn once) are in.
        page.wait_for("document.getElementById('state').textContent"
                      " && document.getElementById('preview').contentDocument.body"
                      " && document.getElementById('preview').contentDocument.body.textContent.length > 0", 30)
        time.sleep(0.5)
        # (A DOM click: rows far off screen are laid out only when they come into view, so a click at
        # the coordinates measured before could land on the next row.)
        page.evaluate("document.querySelectorAll('div.field[data-path=\"tasks\"] button.summary')[999].click()")
        page.wait_for(f"!!document.querySelector('{field('tasks[999].content')} textarea')", 5)
        keystroke = page.evaluate(f"""(async () => {{
            const input = document.querySelector('{field("tasks[999].content")} textarea');
            input.focus();
            const times = [];
            for (const ch of '局机关会议室') {{
                const t0 = performance.now();
                input.value += ch;
                input.dispatchEvent(new Event('input', {{bubbles: true}}));
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                times.push(performance.now() - t0);
                await new Promise(r => setTimeout(r, 120));
            }}
            return Math.max(...times);
        }})()""")
        checked = page.wait_for("document.getElementById('state').textContent.startsWith('没有错误')", 30)
        # The goals (2 s, 100 ms) are printed against the figures; the check fails only at five times
        # the goal, where the page is slow again as it was before (9.4 s, 1.5 s) and not merely on a
        # busy machine: timings are reported, not made into a test that fails by chance.
        goals = (f"goal < 2 s {'met' if open_seconds < 2 else 'NOT met'}, "
                 f"goal < 100 ms {'met' if keystroke < 100 else 'NOT met'}")
        check(open_seconds < 10 and keystroke < 500 and bool(checked),
              f"clerk: a meeting of 2,000 tasks opens in {open_seconds:.2f} s and takes a keystroke in a task in "
              f"{keystroke:.0f} ms at most ({goals}; fails at 10 s or 500 ms)")
        print(f"     measured: 2,000 tasks: open {open_seconds:.2f} s, slowest keystroke {keystroke:.1f} ms ({goals})")
        shot("big")
        errors = [e for e in page.errors if "/favicon.ico" not in (e or "")]
        check(not errors, f"clerk: no script errors in the pages ({errors[:3]})")
    except Exception as error:
        check(False, f"clerk: the browser run stopped: {error}")
    finally:
        stop(page, browser, server)
    for path in shots:
        print(f"     screenshot: {path}")
    print(f"     measured: the clerk's month took {time.monotonic() - started:.1f} s")
