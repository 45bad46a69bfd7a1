#!/usr/bin/python3
"""Checks `gongwen calendar` with a real parser and a real client.

Writes the deadlines of the sample months and of a generated year of meetings (seeded; units
with long names, tasks due days to months later, completions late and early, blocked tasks),
then for each: parses the file with Python's icalendar (Debian: python3-icalendar) and checks
its events against `gongwen summary --format json` of the calendar's month (one event per task
with a due date, an alarm three days before on exactly the open ones, all-day on the due date);
imports it twice into khal (Debian: khal) and checks that the second import updates the events
instead of doubling them; checks --unit.

Usage: check_calendar.py GONGWEN_BINARY SAMPLES_DIR WORK_DIR
Prints one line per check and 'N passed, M failed'; exits 1 on any failure.
"""
import datetime
import json
import os
import random
import shutil
import subprocess
import sys

import icalendar

BINARY, SAMPLES, WORK = sys.argv[1:4]
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed += bool(ok)
    failed += not ok
    print(("ok   " if ok else "FAIL ") + what)


def generated_year(folder, seed=20261204, year=2025):
    """A year of meetings, as Tests/GongwenTests/Support/GeneratedYear.swift draws them: a past year,
    so that no meeting is dated after today (the summary stands on today; the calendar on the
    latest meeting's day when a file is dated ahead)."""
    rng = random.Random(seed)
    units = ["办公室", "组织处", "市城市管理综合行政执法局", "公路处", "市发展和改革委员会交通运输处", "纪检监察组"]
    os.makedirs(folder, exist_ok=True)
    open_tasks, number = [], 0
    for month in range(1, 13):
        for day in sorted(rng.sample(range(1, 29), rng.randint(2, 4))):
            number += 1
            date = datetime.date(year, month, day)
            text = (f"meeting:\n  title: 第{number}次工作例会\n  organization: 市交通委员会\n  date: {date}\n"
                    "  host: 陈刚\n  attendees: [陈刚, 王芳]\n")
            updates = []
            for task in list(open_tasks):
                if task[1] >= date:
                    continue
                roll = rng.randrange(10)
                if roll < 3:
                    done = task[1] + datetime.timedelta(days=rng.randint(0, (date - task[1]).days))
                    updates.append(f"  - id: {task[0]}\n    status: done\n    completed_on: {done}")
                    open_tasks.remove(task)
                elif roll < 5:
                    updates.append(f"  - id: {task[0]}\n    status: in_progress\n    note: 正在推进，第{number}次会议时已完成过半")
                elif roll == 5:
                    updates.append(f"  - id: {task[0]}\n    status: blocked\n    note: 等待上级批复")
            if updates:
                text += "task_updates:\n" + "\n".join(updates) + "\n"
            count = rng.randint(0, 5)
            if count:
                text += "tasks:\n"
            for index in range(1, count + 1):
                task_id = f"G-{number}-{index}"
                due = date + datetime.timedelta(days=rng.randint(3, 100))
                text += (f"  - id: {task_id}\n    content: 完成第{number}次会议部署的第{index}项工作，并报送书面材料\n"
                         f"    lead_unit: {rng.choice(units)}\n    owner: 王芳\n"
                         f"    partners: [{rng.choice(units)}]\n    due: {due}\n")
                open_tasks.append((task_id, date))
            with open(os.path.join(folder, f"{year}-{month:02d}-{day:02d}-{number:03d}.yaml"), "w", encoding="utf-8") as f:
                f.write(text)


def khal_import_twice(ics, name, later=None):
    """Imports `ics`, then `later` (a newer export of the same folder, else `ics` again) into one
    khal calendar: the number of events after each import, and khal's listing at the end."""
    root = os.path.join(WORK, f"khal-{name}")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "calendar"))
    config = os.path.join(root, "config")
    with open(config, "w") as f:
        f.write(f"[calendars]\n[[tasks]]\npath = {root}/calendar\ntype = calendar\n[locale]\n"
                "timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n")
    environment = dict(os.environ, XDG_DATA_HOME=os.path.join(root, "data"), XDG_CONFIG_HOME=os.path.join(root, "cfg"))
    counts = []
    for path in (ics, later or ics):
        result = subprocess.run(["khal", "-c", config, "import", "--batch", "-a", "tasks", path], capture_output=True,
                                text=True, env=environment, timeout=120)
        if result.returncode != 0:
            return None, result.stderr.strip()[-200:]
        counts.append(len(os.listdir(os.path.join(root, "calendar"))))
    listed = subprocess.run(["khal", "-c", config, "list", "2024-01-01", "1500d"], capture_output=True, text=True,
                            env=environment, timeout=120).stdout
    return counts, listed


def check_folder(folder, name):
    ics = os.path.join(WORK, f"{name}.ics")
    result = subprocess.run([BINARY, "calendar", folder, "--output", ics], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0 and os.path.isfile(ics), f"{name}: gongwen calendar writes {os.path.basename(ics)}")
    with open(ics, "rb") as f:
        raw = f.read()
    check(all(len(line) <= 75 for line in raw.split(b"\r\n")) and raw.endswith(b"END:VCALENDAR\r\n"),
          f"{name}: lines within 75 octets, CRLF")
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    ids = [str(e["X-GONGWEN-TASK-ID"]) for e in events]
    # The calendar's day: today, or the latest meeting's; its month's JSON lists every task open then.
    latest = max(datetime.date.fromisoformat(n[:10]) for n in os.listdir(folder) if n[:4].isdigit())
    day = max(datetime.date.today(), latest)
    out = os.path.join(WORK, f"{name}-json")
    subprocess.run([BINARY, "summary", folder, "--month", f"{day:%Y-%m}", "--format", "json", "--output", out],
                   capture_output=True, timeout=300)
    with open(os.path.join(out, f"summary-{day:%Y-%m}.json"), encoding="utf-8") as f:
        figures = json.load(f)
    tasks = {t["id"]: t for t in figures["tasks"]}
    open_json = sorted(t["id"] for t in figures["tasks"] if t["status"] != "done" and t["due"])
    ringing = sorted(str(e["X-GONGWEN-TASK-ID"]) for e in events if e.walk("VALARM"))
    check(len(ids) == len(set(ids)) and len({str(e["UID"]) for e in events}) == len(events),
          f"{name}: {len(events)} events, one per task, UIDs distinct")
    check(ringing == open_json, f"{name}: the {len(ringing)} events with an alarm are the JSON's open tasks")
    wrong = []
    for event in events:
        task = tasks.get(str(event["X-GONGWEN-TASK-ID"]))
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        if not isinstance(start, datetime.date) or isinstance(start, datetime.datetime) or end - start != datetime.timedelta(days=1):
            wrong.append(f"{event['UID']}: not all-day")
        if task and str(start) != task["due"]:
            wrong.append(f"{event['UID']}: on {start}, due {task['due']}")
        if task and task["lead_unit"] and task["lead_unit"] not in str(event["SUMMARY"]):
            wrong.append(f"{event['UID']}: summary lacks its unit")
        for alarm in event.walk("VALARM"):
            if alarm["TRIGGER"].dt != datetime.timedelta(days=-3):
                wrong.append(f"{event['UID']}: alarm not 3 days before")
    check(not wrong, f"{name}: every event all-day on its due date, its unit in the summary, alarms 3 days before"
          + (f" ({wrong[:3]})" if wrong else ""))
    # A later export, after a meeting records one open task done: khal updates that event in place.
    done_id = open_json[0] if open_json else None
    later = None
    if done_id:
        copy = os.path.join(WORK, f"{name}-later")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy)
        with open(os.path.join(copy, f"{day:%Y-%m-%d}-zz-update.yaml"), "w", encoding="utf-8") as f:
            f.write(f"meeting:\n  title: 督查碰头会\n  date: {day}\n  host: 陈刚\n  attendees: [陈刚]\n"
                    f"task_updates:\n  - id: {done_id}\n    status: done\n    completed_on: {day}\n")
        later = os.path.join(WORK, f"{name}-later.ics")
        subprocess.run([BINARY, "calendar", copy, "--output", later], capture_output=True, timeout=120)
    counts, listed = khal_import_twice(ics, name, later)
    content = tasks[done_id]["content"] if done_id else ""
    check(counts == [len(events), len(events)] and (not done_id or f"【已完成】{content}" in listed),
          f"{name}: khal imports {counts} events, then a later export updates {done_id} to 【已完成】 without doubling"
          + ("" if counts else f": {listed}"))
    unit = "组织处" if name == "samples" else "市城市管理综合行政执法局"
    result = subprocess.run([BINARY, "calendar", folder, "--unit", unit, "--output", "-"], capture_output=True, timeout=120)
    unit_events = list(icalendar.Calendar.from_ical(result.stdout).walk("VEVENT"))
    check(unit_events and all(unit in str(e["DESCRIPTION"]) for e in unit_events),
          f"{name}: --unit {unit} keeps {len(unit_events)} events of its own or shared tasks")


os.makedirs(WORK, exist_ok=True)
check_folder(os.path.join(SAMPLES, "monthly"), "samples")
year = os.path.join(WORK, "generated-year")
shutil.rmtree(year, ignore_errors=True)
generated_year(year)
check_folder(year, "generated")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
