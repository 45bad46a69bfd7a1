#!/usr/bin/python3
"""Seeded generator of meeting files whose fields vary as real offices' do, so that no page rule
is tuned to one fixture (issue 20).

Organisations of 4-24 characters, units of 2-22 (the nested 中共…委员会办公室 forms among them),
people of 2-4 characters with compound surnames, titles of 8-50 characters with digits, Latin
(5G, ESG), （扩大） and 暨, 0-30 tasks with 0-4 partners and multi-line texts, reports, speeches,
附件 and 版记 or none; one task in twelve runs to two or three paragraphs (up to 240 characters), a
row taller than a third of a page. With --months, COUNT offices instead, each a folder of meetings from September to
November whose later meetings report progress (done, in progress, blocked) on earlier tasks, so
that monthly summaries have overdue, completed and open tasks to list. The same seed always gives
the same files.

Usage: generate_meetings.py COUNT SEED OUT_DIR [--months]
"""
import datetime
import json
import os
import random
import sys

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
COMPOUND = ["欧阳", "司马", "诸葛", "东方", "上官", "皇甫", "令狐", "慕容"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红雨辰振宇晓峰婷洁"
CITIES = ["江临市", "临江区", "青山县", "云州市", "海阳市", "北湖区"]
BUREAUS = ["自然资源和规划局", "住房和城乡建设局", "交通运输局", "生态环境局", "市场监督管理局", "教育局", "卫生健康委员会",
           "农业农村局", "应急管理局", "发展和改革委员会"]
BODIES = ["党组", "党委", "党支部", "机关党委"]
SECTIONS = ["办公室", "组织人事科", "国土空间规划处", "不动产登记中心", "城市建设管理与房地产市场监管科", "建设工程质量安全监督站",
            "财务审计科", "政策法规科", "调查监测处", "执法监督大队", "信息中心", "纪检监察组", "机关党委", "人事处"]
TOPICS = ["全面从严治党", "党风廉政建设", "安全生产", "优化营商环境", "耕地保护", "城市更新", "5G基站建设", "ESG信息披露", "作风建设",
          "意识形态工作", "基层党建", "巡察整改"]
VERBS = ["制定", "开展", "完成", "组织", "推进", "落实", "建立", "修订", "排查", "整治"]
OBJECTS = ["廉政风险防控清单", "专项整治行动", "年度考核办法", "隐患排查台账", "警示教育活动", "制度汇编", "督查检查", "专题学习研讨",
           "责任清单和任务清单", "整改方案"]


def person(rng):
    surname = rng.choice(COMPOUND) if rng.random() < 0.2 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2]) if len(surname) == 1 else rng.choice([1, 2])))
    return (surname + given)[:4]


def organisation(rng):
    city, bureau = rng.choice(CITIES), rng.choice(BUREAUS)
    shape = rng.random()
    if shape < 0.3:
        name = f"中共{city}{bureau}{rng.choice(['党组', '委员会'])}"
    elif shape < 0.6:
        name = f"{city}{bureau}"
    elif shape < 0.8:
        name = f"{rng.choice(['市', '区', '县'])}{bureau[:2]}局"
    elif shape < 0.9:
        name = f"中共{rng.choice(CITIES)}{rng.choice(CITIES)[:2]}{bureau}{rng.choice(BODIES)}"
    else:
        # The longest forms: a district's bureau's 机关委员会 or 直属机关工作委员会 (up to 24 characters).
        name = rng.choice([f"中共{city}{rng.choice(CITIES)}{bureau}机关委员会",
                           f"{city}{rng.choice(CITIES)}{bureau}直属机关工作委员会"])
    return name[:24] if len(name) >= 4 else name + "委员会"


def unit(rng, organisation_name):
    shape = rng.random()
    if shape < 0.15:
        # The nested 中共…委员会办公室 forms, up to 22 characters.
        body = organisation_name.removeprefix("中共").removesuffix("委员会").removesuffix("党组")
        return f"中共{body[:rng.randint(6, 14)]}委员会办公室"[:22]
    if shape < 0.25:
        return rng.choice(["组织科", "办公室", "人事处", "督查室"])[: rng.choice([2, 3])]
    return rng.choice(SECTIONS)


def title(rng, organisation_name):
    topic = rng.choice(TOPICS)
    number = rng.choice(["第十一次", "第3次", "第二十次", ""])
    shapes = [
        f"{topic}工作会议",
        f"局{rng.choice(['党组', '党委'])}2026年{number}会议",
        f"理论学习中心组2026年{number}集中学习",
        f"学习贯彻党的二十届四中全会精神暨{topic}推进会（扩大）",
        f"{organisation_name}关于{topic}和{rng.choice(TOPICS)}的专题会议",
        f"2026年{rng.randint(1, 12)}月{topic}调度会",
    ]
    if rng.random() < 0.1:
        # The longest titles, up to 50 characters, never cut short.
        long = f"{organisation_name}学习贯彻党的二十届四中全会精神暨{topic}工作推进会议（扩大）"
        if len(long) <= 50:
            return long
    text = rng.choice(shapes)
    while len(text) < 8:
        text += "工作会议"
    return text[:50]


def text(rng, least=8, most=60):
    pieces = []
    while sum(map(len, pieces)) < rng.randint(least, most):
        pieces.append(rng.choice(VERBS) + rng.choice(TOPICS) + rng.choice(OBJECTS))
    return "，".join(pieces) + "。"


def meeting(rng, index, org=None, day=None, due=None):
    org = org or organisation(rng)
    day = day or f"2026-11-{rng.randint(1, 28):02d}"
    people = list(dict.fromkeys(person(rng) for _ in range(rng.randint(3, 12))))
    data = {"meeting": {"title": title(rng, org), "organization": org, "date": day,
                        "location": rng.choice(["局机关四楼会议室", "委机关三楼会议室", "线上视频会议"]),
                        "host": {"name": people[0], "title": rng.choice(["局党组书记、局长", "党委书记", "主任"])},
                        "recorder": people[-1], "attendees": people[:-1]}}
    if rng.random() < 0.4:
        others = [name for name in (person(rng) for _ in range(3)) if name not in people]
        data["meeting"]["observers"] = rng.choice([["各科室、局属单位主要负责同志"], others or ["机关全体党员"], ["机关全体党员"]])
    if rng.random() < 0.3:
        data["meeting"]["attachments"] = [text(rng, 6, 20) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        data["meeting"]["copy_to"] = [unit(rng, org) for _ in range(rng.randint(1, 3))]
        data["meeting"]["printed_by"] = org[:12] + "办公室"
        data["meeting"]["printed_on"] = day
    if rng.random() < 0.6:
        data["reports"] = [{"reporter": {"name": rng.choice(people), "title": "党支部书记"}, "unit": unit(rng, org),
                            "kind": rng.choice(["汇报", "交流发言", "述职"]), "topic": rng.choice(TOPICS) + "情况",
                            "achievements": [text(rng)], "plans": [text(rng, 10, 30)]} for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.6:
        data["speech"] = {"speaker": people[0], "opening": ["同志们："],
                          "key_points": {"sections": [{"heading": rng.choice(TOPICS) + "要落到实处",
                                                       "minutes": [text(rng, 20, 60).replace("我们", "各单位")],
                                                       "points": [{"lead": rng.choice(VERBS) + rng.choice(OBJECTS),
                                                                   "text": text(rng)} for _ in range(rng.randint(1, 3))]}]}}
    tasks = []
    for number in range(rng.choice([0, 1, 3, 5, 8, 12, 20, 30])):
        body = text(rng, 8, 50)
        if rng.random() < 1 / 12:
            body = "\n".join(text(rng, 40, 80) for _ in range(rng.randint(2, 3)))
        elif rng.random() < 0.1:
            body = body[: len(body) // 2] + "\n" + body[len(body) // 2:]
        tasks.append({"id": f"G{index:04d}-{number + 1:02d}", "content": body,
                      "part": rng.choice(["unify_thinking", "key_points", "responsibility", None]),
                      "lead_unit": unit(rng, org), "owner": rng.choice(people),
                      "partners": [unit(rng, org) for _ in range(rng.randint(0, 4))],
                      "due": due(rng) if due else f"2026-12-{rng.randint(1, 31):02d}"})
        tasks[-1] = {k: v for k, v in tasks[-1].items() if v not in (None, [])}
    if tasks:
        data["tasks"] = tasks
    return data


def office(rng, index):
    """One organisation's meetings from September to November, in date order: tasks due 5-60 days
    after their meeting, and each later meeting reporting on some earlier tasks."""
    org = organisation(rng)
    days = sorted({f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}" for _ in range(rng.randint(3, 8))})
    meetings, earlier = [], []
    for number, day in enumerate(days):
        held = datetime.date.fromisoformat(day)
        data = meeting(rng, index * 100 + number, org, day,
                       due=lambda rng: (held + datetime.timedelta(days=rng.randint(5, 60))).isoformat())
        updates = []
        for task in rng.sample(earlier, min(len(earlier), rng.randint(0, 4))):
            status = rng.choice(["done", "done", "in_progress", "blocked"])
            update = {"id": task, "status": status}
            if status == "done":
                update["completed_on"] = day
            if status != "done" or rng.random() < 0.5:
                update["note"] = text(rng, 8, 30)
            updates.append(update)
        if updates:
            data["task_updates"] = updates
        earlier += [task["id"] for task in data.get("tasks", [])]
        meetings.append((day, data))
    return meetings


def main():
    count, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    if "--months" in sys.argv[4:]:
        for index in range(count):
            folder = os.path.join(out, f"office{index:03d}")
            os.makedirs(folder, exist_ok=True)
            for day, data in office(rng, index):
                with open(os.path.join(folder, f"{day}-g{seed}-{index:03d}.json"), "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, indent=1)
        return
    for index in range(count):
        # JSON is YAML too, and keeps every value a string where the contract wants text.
        with open(os.path.join(out, f"g{seed}-{index:04d}.json"), "w", encoding="utf-8") as f:
            json.dump(meeting(rng, index), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
