"""The 督查 dashboard of `gongwen serve` in Chromium, and what it offers.

Used by check_preview.py: `run(check, binary, samples, work)` serves a copy of the sample months,
opens /dashboard?date=2026-11-30 in Chromium over the DevTools protocol and checks: no console
errors; every figure, unit row and chart value equals the summary JSON of 2026-11 (the same day);
the overdue list oldest first, each linked to a preview that answers; the 催办通知 downloads; the
calendar parses (Python's icalendar) with an event per task; a saved completion updates the open
page; the page prints on one A4 landscape sheet. Screenshot and print go to WORK/dashboard.*.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import urllib.parse
import urllib.request

import browser_form
from browser_form import free_port, new_tab, start_chromium, wait_for_port


def run(check, binary, samples, work):
    folder = os.path.join(work, "dashboard-meetings")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(samples, "monthly"), folder)
    port = free_port()
    server = subprocess.Popen([binary, "serve", folder, "--port", str(port), "--lang", "zh"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    browser, debug_port = start_chromium(work, "dashboard", 1400, 1000)
    page = None
    base = f"http://127.0.0.1:{port}"

    def fetch(path):
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()

    try:
        check(wait_for_port(port), "dashboard: the server answers")
        _, _, raw = fetch("/summary?month=2026-11&format=json")
        figures = json.loads(raw)
        page = new_tab(debug_port, 1400, 1000)
        page.call("Page.navigate", {"url": base + "/dashboard?date=2026-11-30"})
        check(page.wait_for("document.readyState === 'complete' && !!document.querySelector('svg.chart')", 10),
              "Chromium: the dashboard loads with its charts")
        shown = page.evaluate("Object.fromEntries([...document.querySelectorAll('[data-figure]')]"
                              ".map(e => [e.dataset.figure, e.textContent]))")
        for key in ["meetings", "tasks_assigned", "tasks_completed", "tasks_open", "tasks_overdue"]:
            check(shown.get(key) == str(figures[key]), f"dashboard: {key} {shown.get(key)} equals the JSON's {figures[key]}")
        rows = page.evaluate("[...document.querySelectorAll('table.units-table tr[data-unit]')]"
                             ".map(r => [r.dataset.unit, ...[...r.cells].slice(1).map(c => c.textContent)])")
        expected = [[u["unit"], str(u["assigned"]), str(u["completed"]), str(u["open"]), str(u["overdue"]),
                     f"{u['completion_rate']}%" if u["completion_rate"] is not None else "—"] for u in figures["units"]]
        check(rows == expected, f"dashboard: the unit table equals the JSON's units ({len(rows)} rows)")
        bars = page.evaluate("[...document.querySelectorAll('svg.chart')[0].querySelectorAll('rect[data-value]')]"
                             ".map(r => [r.dataset.series, r.dataset.category, +r.dataset.value])")
        key = {"部署": "assigned", "完成": "completed", "逾期未完成": "overdue"}
        units = {u["unit"]: u for u in figures["units"]}
        check(len(bars) == 3 * len(units) and all(units[c][key[s]] == v for s, c, v in bars),
              f"dashboard: the unit chart's {len(bars)} bars equal the JSON's figures")
        trend = page.evaluate("[...document.querySelectorAll('svg.chart')[1].querySelectorAll('circle[data-value]')]"
                              ".map(r => [r.dataset.series, +r.dataset.value])")
        last = figures["trend"][-1]
        check([v for s, v in trend if s == "新部署"][-1] == last["assigned"]
              and [v for s, v in trend if s == "月底逾期未完成"][-1] == last["overdue"],
              "dashboard: the trend chart's last month equals the JSON's trend")
        overdue = page.evaluate("[...document.querySelectorAll('#overdue tr[data-task]')].map(r => r.dataset.task)")
        json_overdue = sorted((t for t in figures["tasks"] if t["overdue"]), key=lambda t: t["due"])
        check(overdue == [t["id"] for t in json_overdue], f"dashboard: overdue oldest first {overdue}")
        links = page.evaluate("[...document.querySelectorAll('#overdue a')].map(a => a.getAttribute('href'))")
        check(all(fetch(link)[0] == 200 for link in links), "dashboard: each overdue task links to its meeting's minutes")
        reminders = page.evaluate("[...document.querySelectorAll('.reminders a')].filter(a => a.textContent === 'Word')"
                                  ".map(a => a.getAttribute('href'))")
        answers = [fetch(link) for link in reminders]
        check(len(reminders) == 3 and all(s == 200 and "wordprocessingml" in t and body[:2] == b"PK"
                                          for s, t, body in answers),
              f"dashboard: {len(reminders)} 催办通知 download as Word files")
        page.call("Page.navigate", {"url": base + "/dashboard?date=2026-11-30&unit=" + urllib.parse.quote("办公室")})
        page.wait_for("document.readyState === 'complete' && document.querySelector('h1').textContent.includes('办公室')", 10)
        drilled = page.evaluate("[...document.querySelectorAll('tr[data-task]')].map(r => r.cells[2].textContent)")
        check(drilled and all(unit.startswith("办公室") for unit in drilled), "dashboard: the drill-down shows one unit's tasks")
        page.call("Page.navigate", {"url": base + "/dashboard?date=2026-11-30"})
        page.wait_for("document.readyState === 'complete' && !!document.querySelector('svg.chart')", 10)
        page.screenshot(os.path.join(work, "dashboard.png"))
        printed = page.call("Page.printToPDF", {"landscape": True, "paperWidth": 8.27, "paperHeight": 11.69,
                                                "preferCSSPageSize": True, "printBackground": True})
        with open(os.path.join(work, "dashboard.pdf"), "wb") as f:
            f.write(base64.b64decode(printed["data"]))
        info = subprocess.run(["pdfinfo", os.path.join(work, "dashboard.pdf")], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", info)
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
        check(pages and pages.group(1) == "1" and size and float(size.group(1)) > float(size.group(2)),
              f"dashboard: prints on one A4 landscape page ({pages and pages.group(1)} pages)")
        # Live: a completion saved to the folder takes one task off the open page's overdue list.
        with open(os.path.join(folder, "2026-11-29-close.yaml"), "w", encoding="utf-8") as f:
            f.write("meeting:\n  title: 督查碰头会\n  organization: 市交通委员会\n  date: 2026-11-29\n  host: 陈刚\n"
                    "  attendees: [陈刚]\ntask_updates:\n  - id: M-10-02\n    status: done\n    completed_on: 2026-11-28\n")
        check(page.wait_for("document.querySelector('[data-figure=tasks_overdue]').textContent === "
                            f"'{figures['tasks_overdue'] - 1}'", 15), "dashboard: a saved completion updates the open page")
        check(not page.errors, f"dashboard: no console errors ({page.errors[:3]})")
        # The deadlines as a calendar, read back with a real parser: an event per task with a due date.
        _, kind, raw = fetch("/calendar.ics")
        try:
            import icalendar  # Debian: python3-icalendar
            calendar = icalendar.Calendar.from_ical(raw)
            ids = [str(e["X-GONGWEN-TASK-ID"]) for e in calendar.walk("VEVENT")]
            open_ids = [str(e["X-GONGWEN-TASK-ID"]) for e in calendar.walk("VEVENT") if e.walk("VALARM")]
            # The calendar stands as of today (or the latest meeting's day): the JSON of that month
            # lists every task open at its end, and open tasks cannot close after the last meeting.
            import datetime
            day = max(datetime.date.today(), datetime.date(2026, 12, 4))
            _, _, raw_month = fetch(f"/summary?month={day:%Y-%m}&format=json")
            open_json = [t["id"] for t in json.loads(raw_month)["tasks"] if t["status"] != "done" and t["due"]]
            check(kind.startswith("text/calendar") and len(ids) == len(set(ids)) and "M-10-02" in ids
                  and sorted(open_ids) == sorted(open_json),
                  f"/calendar.ics parses: {len(ids)} events, the {len(open_ids)} with alarms are the JSON's open tasks")
        except ImportError:
            check(False, "python3-icalendar is installed")
    finally:
        browser_form.stop(page, browser, server)
