"""Office mode of `gongwen serve`, end to end in Chromium (issue 23).

Used by check_preview.py: `run(check, binary, samples, work)` makes an office of two folders
(党委办公室 with clerk A 张丽, 公路处党支部 with clerk B 李强; 王建国 审核 and 赵敏 督查 of both), each
person in a browser of their own, signing in on the sign-in page:

- clerk A sends a meeting for review (送审) with a click on the index;
- the leader finds it under 待我审核, returns it (退回) with a reason; A sees the reason, fixes the
  meeting in the form, sends it again; the leader signs it (签发);
- clerk B sees none of A's folder: not in the index, not by address, not by download, and B's page
  is not reloaded by A's saves (the change feed);
- the 督查 sees both folders and both organisations in the month's summary, and the audit trail
  lists every step in order;
- the server restarts: sessions and states are still there.

Screenshots go to WORK/office-*.png; the audit excerpt to WORK/office-audit.txt.
"""
import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from browser_form import button_with_text, field, free_port, new_tab, start_chromium, wait_for_port

PASSWORD = "office-pass-2026"
PARTY = "党委办公室/party-discipline-meeting.yaml"
ROAD = "公路处党支部/branch-monthly-meeting.yaml"
OFFICE_YAML = """name: 市交通委员会
folders:
  党委办公室:
    文秘: [zhangli]
    审核: [wangjianguo]
    督查: [zhaomin]
  公路处党支部:
    文秘: [liqiang]
    审核: [wangjianguo]
    督查: [zhaomin]
admins: [admin]
"""


def make_office(binary, samples, folder):
    shutil.rmtree(folder, ignore_errors=True)
    for relative, sample in [(PARTY, "party-discipline-meeting.yaml"), (ROAD, "branch-monthly-meeting.yaml")]:
        os.makedirs(os.path.dirname(os.path.join(folder, relative)), exist_ok=True)
        shutil.copy(os.path.join(samples, sample), os.path.join(folder, relative))
    os.makedirs(os.path.join(folder, ".gongwen"))
    with open(os.path.join(folder, ".gongwen", "office.yaml"), "w", encoding="utf-8") as f:
        f.write(OFFICE_YAML)
    for name in ["zhangli", "liqiang", "wangjianguo", "zhaomin", "admin"]:
        subprocess.run([binary, "user", "add", folder, name], input=PASSWORD + "\n", text=True, check=True,
                       capture_output=True, timeout=60)


def start_server(binary, folder, port):
    server = subprocess.Popen([binary, "serve", folder, "--port", str(port), "--lang", "zh"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not wait_for_port(port, 20):
        raise RuntimeError("the office server did not start: " + server.stderr.read())
    return server


def go(page, url, seconds=10):
    page.call("Page.navigate", {"url": url})
    return page.wait_for(f"document.readyState === 'complete' && location.href !== 'about:blank'", seconds)


def body_text(page):
    return page.evaluate("document.body ? document.body.innerText : ''") or ""


def sign_in(page, origin, name):
    """Types the name and password on the sign-in page and clicks 登录, as a person does."""
    go(page, origin + "/")
    page.wait_for("location.pathname === '/signin' && !!document.querySelector('input[name=name]')", 10)
    page.type("input[name=name]", name)
    page.type("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    return page.wait_for(f"location.pathname === '/' && !!document.body && document.body.innerText.includes('当前账号：{name}')", 10)


def row_button(page, file, text):
    """The button `text` in the index row of `file`."""
    return ("js:[...document.querySelectorAll('tr')].filter(r => r.innerText.includes(" + json.dumps(file)
            + ")).flatMap(r => [...r.querySelectorAll('button')]).find(b => b.textContent.trim() === "
            + json.dumps(text) + ")")


def click_and_reload(page, target, seconds=10):
    """Clicks a button whose request ends in a reload of the page, and waits for the new page."""
    page.evaluate("window.__before = true")
    page.click(target)
    return page.wait_for("window.__before !== true && document.readyState === 'complete'", seconds)


def status(origin, path, cookie):
    request = urllib.request.Request(origin + path, headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def cookie_of(page):
    cookies = page.call("Network.getCookies", {}).get("cookies", [])
    return "; ".join(f"{c['name']}={c['value']}" for c in cookies if c["name"] == "gongwen_session")


def run(check, binary, samples, work):
    folder = os.path.join(work, "office")
    make_office(binary, samples, folder)
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    server = start_server(binary, folder, port)
    browsers, pages = [], {}
    try:
        for person in ["clerkA", "clerkB", "leader", "inspector"]:
            browser, debug_port = start_chromium(work, "office-" + person, 1280, 900)
            browsers.append(browser)
            pages[person] = new_tab(debug_port, 1280, 900)
            pages[person].call("Network.enable")
        a, b, leader, inspector = pages["clerkA"], pages["clerkB"], pages["leader"], pages["inspector"]

        check(sign_in(a, origin, "zhangli") and sign_in(b, origin, "liqiang") and sign_in(leader, origin, "wangjianguo")
              and sign_in(inspector, origin, "zhaomin"),
              "office: the four sign in on the sign-in page and land on the index with their name")

        # Clerk B sees nothing of A's folder.
        index_b = body_text(b)
        check("公路处党支部十一月份支部委员会会议" in index_b and "全面从严治党工作会议" not in index_b and PARTY not in index_b,
              "office: clerk B's index lists B's folder and nothing of 党委办公室")
        cookie_b = cookie_of(b)
        quoted = urllib.parse.quote(PARTY)
        refused = status(origin, f"/preview?file={quoted}&template=minutes", cookie_b)
        missing = status(origin, "/preview?file=" + urllib.parse.quote("党委办公室/none.yaml") + "&template=minutes",
                         cookie_b)
        download = status(origin, f"/download?file={quoted}&template=minutes&format=docx", cookie_b)
        check(refused == missing and refused[0] == 404 and download[0] == 404,
              f"office: B opening A's meeting by address gets what a missing file gets ({refused[0]}), "
              f"its download {download[0]}")
        b.evaluate("window.__stay = 1")

        # A sends the meeting for review.
        index_a = body_text(a)
        check("全面从严治党工作会议" in index_a and "公路处党支部十一月份" not in index_a,
              "office: clerk A's index lists A's folder only")
        submitted = click_and_reload(a, row_button(a, PARTY, "送审"))
        check(submitted and "送审" in a.evaluate("document.querySelector('.state b').textContent"),
              "office: A clicks 送审 and the row reads 送审")

        # The leader returns it with a reason.
        go(leader, origin + "/")
        waiting = leader.evaluate("[...document.querySelectorAll('ul.waiting li')].map(li => li.innerText)")
        check(any("全面从严治党工作会议" in item for item in waiting), f"office: the leader's 待我审核 lists it: {waiting}")
        leader.screenshot(os.path.join(work, "office-leader-waiting.png"))
        leader.evaluate("window.prompt = () => '请补充第二项任务的完成时限'")  # the reason as the leader types it
        click_and_reload(leader, row_button(leader, PARTY, "退回"))
        go(a, origin + "/")
        check("退回理由：请补充第二项任务的完成时限" in body_text(a) and "草稿" in body_text(a),
              "office: A's index shows 草稿 with the leader's reason")

        # A fixes the meeting in the form and sends it again.
        go(a, origin + "/edit?file=" + quoted)
        a.wait_for(f"!!document.querySelector('{field('meeting.title')} textarea')", 10)
        a.type(field("meeting.title") + " textarea", "全面从严治党工作推进会议")
        a.wait_for("document.getElementById('state').textContent.startsWith('没有错误')", 10)
        a.click("#save")
        said = a.wait_for("document.getElementById('message').textContent", 10)
        with open(os.path.join(folder, PARTY), encoding="utf-8") as f:
            written = f.read()
        check(said == f"已保存为 {PARTY}" and "全面从严治党工作推进会议" in written,
              f"office: A saves the fix in the form into A's file (#message {said!r})")
        time.sleep(1.5)  # the feed's next scan: B's page must not move for A's save
        check(b.evaluate("window.__stay") == 1, "office: A's save does not reload clerk B's page (the change feed)")
        go(a, origin + "/")
        click_and_reload(a, row_button(a, PARTY, "送审"))

        # The leader signs it.
        go(leader, origin + "/")
        click_and_reload(leader, row_button(leader, PARTY, "签发"))
        state = leader.evaluate("[...document.querySelectorAll('tr')].find(r => r.innerText.includes("
                                + json.dumps(PARTY) + ")).querySelector('.state').innerText")
        check(state and "签发" in state and "wangjianguo" in state, f"office: the row reads 签发 by wangjianguo: {state!r}")
        leader.screenshot(os.path.join(work, "office-leader-issued.png"))
        issued = os.path.join(folder, ".gongwen", "issued", PARTY, "v1")
        kept = sorted(os.listdir(issued)) if os.path.isdir(issued) else []
        check("manifest.json" in kept and "party-discipline-meeting.minutes.docx" in kept,
              f"office: 签发 kept the issued files: {kept}")

        # The 督查 sees both folders, their summary, and the trail in order.
        index_i = body_text(inspector)
        go(inspector, origin + "/")
        index_i = body_text(inspector)
        check("全面从严治党工作推进会议" in index_i and "公路处党支部十一月份支部委员会会议" in index_i,
              "office: the 督查's index lists both folders")
        go(inspector, origin + "/summary?month=2026-11")
        summary = body_text(inspector)
        check("全面从严治党工作推进会议" in summary and "公路处党支部" in summary,
              "office: the 督查's month summary holds both folders' meetings")
        go(inspector, origin + "/audit")
        rows = inspector.evaluate("[...document.querySelectorAll('tr')].slice(1).map(r => [...r.cells].map(c => c.innerText))")
        steps = [f"{row[2]} {row[4]}" for row in reversed(rows) if row[5] == PARTY and row[4] != "查看"]
        check(steps == ["zhangli 送审", "wangjianguo 退回", "zhangli 保存", "zhangli 送审", "wangjianguo 签发"],
              f"office: the 督查's audit trail lists the steps in order: {steps}")
        inspector.screenshot(os.path.join(work, "office-audit.png"))
        audit = subprocess.run([binary, "audit", folder, "--verify", "--lang", "zh"], capture_output=True, text=True,
                               timeout=60)
        with open(os.path.join(work, "office-audit.txt"), "w", encoding="utf-8") as f:
            f.write(audit.stdout)
        check(audit.returncode == 0 and "签发" in audit.stdout, "office: gongwen audit --verify finds the chain whole")

        # A restart keeps sessions and states.
        server.terminate()
        server.wait(timeout=20)
        server = start_server(binary, folder, port)
        go(a, origin + "/")
        check(a.evaluate("location.pathname") == "/" and "当前账号：zhangli" in body_text(a)
              and "签发" in a.evaluate("[...document.querySelectorAll('tr')].find(r => r.innerText.includes("
                                      + json.dumps(PARTY) + ")).querySelector('.state').innerText"),
              "office: after a restart A is still signed in and the meeting still reads 签发")

        # Sign-out: the same cookie no longer opens anything.
        cookie_a = cookie_of(a)
        a.click(button_with_text("退出"))
        a.wait_for("location.pathname === '/signin'", 10)
        check(status(origin, "/", cookie_a)[0] in (303, 200) and "当前账号" not in status(origin, "/", cookie_a)[1],
              "office: after 退出 the old cookie signs nobody in")
        # Chromium asks for /favicon.ico (none: 404), and the open pages' feeds lose the server while
        # it restarts: neither is the pages' fault.
        errors = [e for page in pages.values() for e in page.errors
                  if "/favicon.ico" not in (e or "") and "/events" not in (e or "")]
        check(not errors, f"office: no script errors in the four browsers: {errors[:3]}")
    finally:
        for page in pages.values():
            page.close()
        for browser in browsers:
            browser.terminate()
            browser.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)
