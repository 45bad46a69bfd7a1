// The meeting form of `gongwen serve`: builds the fields from the schema below, keeps the meeting as
// the contract's JSON, asks the server to check it as the clerk types, shows each problem beside
// its field, and saves. Plain script, no library, served from the binary.
(function () {
  "use strict";
  var boot = JSON.parse(document.getElementById("gongwen-boot").textContent);
  var W = boot.words;
  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (W[key] || key).replace(/%(\d)/g, function (_, i) { return args[i - 1]; });
  }
  var model = boot.model || {};
  if (!model.meeting) model.meeting = {};
  var choices = boot.choices || { names: [], units: [], openTasks: [] };
  var file = boot.file || null;
  var base = boot.base || null;
  var draft = boot.draft || null;
  var enabled = boot.enabled !== false;
  function clone(value) { return JSON.parse(JSON.stringify(value)); }
  // What the file said when the form opened it (for a draft: the version the draft was made from),
  // to tell the clerk's changes from the file's after a conflict.
  var original = clone(boot.original || model);
  // An empty new form shows no error until the clerk types; an opened file or draft at once.
  var touched = !!(file || draft);

  var STATUS = ["planned", "in_progress", "done", "blocked"];
  // The form's own caption for each heading an organisation may rename.
  function headingLabel(key) {
    if (key === "task_updates") return "sectionCarry";
    if (key === "achievements" || key === "shortcomings" || key === "plans") return key;
    return "section" + key.charAt(0).toUpperCase() + key.slice(1);
  }
  var PARTS = ["unify_thinking", "key_points", "responsibility"];
  var person = { type: "person" };
  var texts = { type: "texts" };
  var names = { type: "names" };
  var unitNames = { type: "names", list: "units", help: "unitsHelp" };
  function people(label, reason) { return { type: "people", label: label, reason: reason }; }
  var points = { type: "list", item: { type: "object", label: "point", fields: [["lead", { type: "text" }], ["text", { type: "textarea", label: "pointText" }]] } };
  // The minutes never print the speech's own paragraphs (the speaker's 我/我们): the clerk writes
  // the minutes' third-person version beside them.
  var minutes = { type: "texts", help: "minutesHelp" };
  var part = { type: "object", fields: [["heading", { type: "text" }], ["paragraphs", texts], ["minutes", minutes],
    ["sections", { type: "list", item: { type: "object", label: "section", fields: [["heading", { type: "text" }], ["paragraphs", texts], ["minutes", minutes], ["points", points]] } }],
    ["points", points]] };
  var SECTIONS = [
    ["meeting", "sectionMeeting", { type: "object", fields: [["title", { type: "textarea", rows: 2 }], ["organization", { type: "text", list: "units" }],
      ["organization_short", { type: "text" }], ["kind", { type: "text" }], ["number", { type: "text" }], ["date", { type: "date" }], ["time", { type: "text" }], ["location", { type: "text" }],
      ["host", person], ["speaker", person], ["recorder", person], ["attendees", people("attendee")], ["observers", people("observer")],
      ["absentees", people("absentee", true)]] }],
    ["task_updates", "sectionCarry", { type: "list", carry: true, item: { type: "object", label: "update", fields: [["id", { type: "text", task: true }],
      ["status", { type: "select", options: STATUS }], ["completed_on", { type: "date" }], ["note", { type: "textarea" }]] } }],
    ["reports", "sectionReports", { type: "list", item: { type: "object", label: "report", fields: [["kind", { type: "text", label: "reportKind", list: "kinds" }],
      ["reporter", person], ["unit", { type: "text", list: "units" }], ["topic", { type: "text" }], ["achievements", texts], ["shortcomings", texts], ["plans", texts]] } }],
    ["comments", "sectionComments", { type: "list", item: { type: "object", label: "comment", fields: [["by", person], ["about", { type: "text" }], ["text", { type: "textarea" }]] } }],
    ["requirements", "sectionRequirements", { type: "list", item: { type: "object", label: "requirement", fields: [["by", { type: "person", label: "requirementBy" }], ["text", { type: "textarea" }]] } }],
    ["speech", "sectionSpeech", { type: "object", fields: [["speaker", person], ["opening", texts]].concat(PARTS.map(function (key) { return [key, part]; })).concat([["closing", texts]]) }],
    ["decisions", "sectionDecisions", { type: "texts", label: "decision" }],
    ["tasks", "sectionTasks", { type: "list", compact: taskSummary, numbered: true, item: { type: "object", label: "task", fields: [["id", { type: "text" }], ["content", { type: "textarea" }],
      ["part", { type: "select", options: PARTS }], ["lead_unit", { type: "text", list: "units" }], ["owner", { type: "person", nameOnly: true }],
      ["partners", unitNames], ["due", { type: "date" }], ["status", { type: "select", options: STATUS }], ["completed_on", { type: "date" }]] } }],
    ["meeting", "sectionColophon", { type: "object", fields: [["attachments", { type: "texts", label: "attachment" }], ["copy_to", unitNames], ["distribution", unitNames], ["printed_by", { type: "text" }], ["printed_on", { type: "date" }]] }],
    ["headings", "sectionHeadings", { type: "object", help: "headingsHelp", fields: ["task_updates", "reports", "achievements", "shortcomings", "plans", "comments", "requirements", "speech", "decisions", "tasks"].map(function (key) { return [key, { type: "text", label: headingLabel(key) }]; }) }],
  ];

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), attributes[key]);
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function datalists() {
    var box = document.getElementById("lists");
    box.textContent = "";
    [["names", choices.names], ["units", choices.units], ["kinds", ["汇报", "交流发言", "述职"]]].forEach(function (pair) {
      box.appendChild(el("datalist", { id: "list-" + pair[0] }, pair[1].map(function (value) { return el("option", { value: value }); })));
    });
  }

  function labelFor(key, schema) { return t(schema.label || key); }
  // The repeating groups by path, to open an item a problem is in.
  var groups = {};

  // One field: an input bound to holder[key]; `path` is how the loader names the value.
  function field(holder, key, schema, path, bare) {
    var wrap = el("div", { "class": "field", "data-path": path });
    // A section's own field has its legend for a caption.
    if (!bare) wrap.appendChild(el("label", { text: labelFor(key, schema) }));
    if (schema.type === "text" || schema.type === "date" || schema.type === "textarea") {
      var input = schema.type === "textarea" ? el("textarea", { rows: schema.rows || 3 }) : el("input", { type: "text" });
      if (schema.type === "date") { input.setAttribute("placeholder", t("datePlaceholder")); input.setAttribute("title", t("dateHelp")); }
      if (schema.list) input.setAttribute("list", "list-" + schema.list);
      input.value = holder[key] == null ? "" : String(holder[key]);
      input.addEventListener("input", function () { holder[key] = input.value; changed(key === "date" && path === "meeting.date"); });
      wrap.appendChild(input);
      if (schema.task) wrap.appendChild(el("div", { "class": "hint", "data-task-hint": "1" }));
    } else if (schema.type === "select") {
      var select = el("select", {}, [el("option", { value: "", text: t("none") })].concat(schema.options.map(function (option) {
        return el("option", { value: option, text: t(option) });
      })));
      select.value = holder[key] || "";
      select.addEventListener("change", function () { holder[key] = select.value; changed(); });
      wrap.appendChild(select);
    } else if (schema.type === "person") {
      var value = holder[key];
      if (typeof value === "string") value = { name: value };
      if (!value) value = {};
      holder[key] = value;
      wrap.appendChild(personRow(value, path, !schema.nameOnly, false));
    } else if (schema.type === "names") {
      var area = el("textarea", { rows: 2, placeholder: t(schema.help || "namesHelp") });
      var list = (holder[key] || []).map(function (item) { return typeof item === "string" ? item : item.name; });
      area.value = list.join("、");
      area.addEventListener("input", function () {
        holder[key] = area.value.split(/[、，,;；\n]+/).map(function (s) { return s.trim(); }).filter(Boolean);
        changed();
      });
      wrap.appendChild(area);
    } else if (schema.type === "people") {
      if (!Array.isArray(holder[key])) holder[key] = [];
      wrap.appendChild(peopleRows(holder[key], schema, path));
    } else if (schema.type === "texts") {
      if (!Array.isArray(holder[key])) holder[key] = holder[key] ? [holder[key]] : [];
      if (schema.help) wrap.appendChild(el("div", { "class": "hint", text: t(schema.help) }));
      wrap.appendChild(repeated(holder[key], { type: "textarea", label: schema.label || "paragraph" }, path, true));
    } else if (schema.type === "list") {
      if (!Array.isArray(holder[key])) holder[key] = [];
      if (schema.carry) wrap.appendChild(carryPanel(holder[key]));
      var group = repeated(holder[key], schema.item, path, false, schema.compact);
      groups[path] = group;
      wrap.appendChild(group);
    } else if (schema.type === "object") {
      if (!holder[key] || typeof holder[key] !== "object") holder[key] = {};
      if (schema.help) wrap.appendChild(el("div", { "class": "hint", text: t(schema.help) }));
      schema.fields.forEach(function (pair) { wrap.appendChild(field(holder[key], pair[0], pair[1], path + "." + pair[0])); });
    }
    return wrap;
  }

  // One person: 姓名 with the folder's names to pick from, then 职务 and 单位 (or 事由). Picking a
  // known name fills a post and unit left empty with the ones the folder last gave that person.
  function personRow(value, path, withPost, reason) {
    var row = el("div", { "class": "person" });
    function box(key, label, list, extra) {
      var input = el("input", Object.assign({ type: "text", placeholder: t(label), "aria-label": t(label), "data-key": key }, extra || {}));
      if (list) input.setAttribute("list", "list-" + list);
      input.value = value[key] || "";
      input.addEventListener("input", function () { value[key] = input.value; if (key === "name") fillKnown(); changed(); });
      row.appendChild(el("span", { "class": "small", text: t(label) }));
      row.appendChild(input);
      return input;
    }
    var name = box("name", "name", "names", { "data-path": path + ".name" });
    var post = null, unit = null;
    if (reason) box("reason", "reason");
    else if (withPost) { post = box("title", "personTitle", null, { "class": "post" }); unit = box("unit", "personUnit", "units"); }
    function fillKnown() {
      var known = (choices.people || []).filter(function (p) { return p.name === name.value.trim(); })[0];
      if (!known || !post) return;
      if (!value.title && known.title) { value.title = known.title; post.value = known.title; }
      if (!value.unit && known.unit) { value.unit = known.unit; unit.value = known.unit; }
    }
    return row;
  }

  // 出席, 列席, 请假: a row a person, and a box to paste a whole list into.
  function peopleRows(items, schema, path) {
    for (var i = 0; i < items.length; i++) if (typeof items[i] === "string") items[i] = { name: items[i] };
    var box = el("div", { "class": "people" });
    var rows = repeated(items, { type: "person-row", label: schema.label, reason: schema.reason }, path, false);
    var paste = el("textarea", { rows: 2, "class": "paste", placeholder: t("pasteHelp"), "aria-label": t("pasteList") });
    var read = el("button", { type: "button", "class": "read-list", text: t("readList"), onclick: function () {
      if (!paste.value.trim()) return;
      post("/api/people", { text: paste.value }).then(function (answer) {
        (answer.json.people || []).forEach(function (p) {
          var row = { name: p.name };
          if (schema.reason) { if (p.title) row.reason = p.title; }
          else { if (p.title) row.title = p.title; if (p.unit) row.unit = p.unit; }
          items.push(row);
        });
        paste.value = "";
        rows.redraw();
        changed();
      });
    } });
    box.appendChild(rows);
    box.appendChild(el("div", { "class": "paste-row" }, [paste, read]));
    return box;
  }

  // A task folded to one line: its number, text, lead unit and due date.
  function taskSummary(item) {
    var text = (item.content || "").replace(/\s+/g, " ");
    if (text.length > 40) text = text.slice(0, 40) + "…";
    return [item.id || "", text || t("noContent"), item.lead_unit || "", item.due || ""].filter(Boolean).join("　");
  }

  // A repeating group: each item with remove, up and down; an add button after them. A compact
  // group (the tasks) shows each item as one line that opens to edit: a meeting with hundreds of
  // tasks builds and redraws only the lines.
  var opened = typeof WeakSet === "function" ? new WeakSet() : null;
  function repeated(items, itemSchema, path, scalar, compact) {
    var box = el("div", { "class": "repeat" });
    function draw() {
      box.textContent = "";
      var fragment = document.createDocumentFragment();
      items.forEach(function (item, index) {
        var itemPath = path + "[" + index + "]";
        var body;
        var isOpen = true;
        if (scalar) {
          var area = el("textarea", { rows: 3, placeholder: t("textsHelp"), "data-path": itemPath });
          area.value = item || "";
          area.addEventListener("input", function () { items[index] = area.value; changed(); });
          body = area;
        } else if (itemSchema.type === "person-row") {
          if (!item || typeof item !== "object") items[index] = item = { name: item || "" };
          body = personRow(item, itemPath, true, itemSchema.reason);
        } else {
          if (!item || typeof item !== "object") items[index] = item = {};
          isOpen = !compact || (opened && opened.has(item));
          body = el("div", { "class": "item-fields" });
          if (isOpen) itemSchema.fields.forEach(function (pair) { body.appendChild(field(item, pair[0], pair[1], itemPath + "." + pair[0])); });
        }
        // A folded task is its line alone: ↑ ↓ 删除 come with the opened task, which keeps a
        // meeting of thousands of tasks to a few elements a task.
        var controls = el("div", { "class": "controls" }, [
          compact
            ? el("button", { type: "button", "class": "summary", "aria-expanded": String(isOpen), title: isOpen ? t("closeItem") : t("openItem"),
                text: (index + 1) + ". " + compact(item), onclick: function () { toggle(item); } })
            : el("span", { "class": "number", text: labelFor(null, itemSchema) + " " + (index + 1) }),
        ].concat(isOpen ? [
          el("button", { type: "button", title: t("up"), text: "↑", onclick: function () { move(index, -1); } }),
          el("button", { type: "button", title: t("down"), text: "↓", onclick: function () { move(index, 1); } }),
          el("button", { type: "button", "class": "remove", text: t("remove"), onclick: function () { remove(index); } }),
        ] : []));
        // An open task's line follows what is typed in it when she leaves a box: changing it at
        // every keystroke would lay out the thousands of lines after it each time.
        if (compact && isOpen) body.addEventListener("change", function () { controls.firstChild.textContent = (index + 1) + ". " + compact(item); });
        var node = el("div", { "class": "item" + (isOpen ? "" : " folded"), "data-path": itemPath }, [controls, isOpen ? body : null]);
        fragment.appendChild(node);
      });
      fragment.appendChild(el("button", { type: "button", "class": "add", text: t("addItem", labelFor(null, itemSchema)),
        onclick: function () { add(); } }));
      box.appendChild(fragment);
      taskHints();
    }
    function toggle(item) {
      if (!opened) return;
      if (opened.has(item)) opened.delete(item); else opened.add(item);
      draw();
    }
    function add() {
      var item = scalar ? "" : (itemSchema.type === "person-row" ? { name: "" } : {});
      items.push(item);
      if (compact && opened) opened.add(item);
      draw();
      changed();
      // A new task starts at its text: the form gives its number.
      var first = path === "tasks"
        ? box.querySelector('div.item:last-of-type div.field[data-path$=".content"] textarea')
        : box.querySelector(".item:last-of-type input, .item:last-of-type textarea");
      if (first) first.focus();
      if (path === "tasks") numberTask(item);
    }
    // Deleting takes one click and can be taken back for a while: 撤销.
    function remove(index) {
      var removed = items.splice(index, 1)[0];
      draw();
      changed();
      // The problems listed still count the tasks as they were: the check runs at once.
      clearTimeout(timer);
      check();
      offerUndo(t("removedItem", labelFor(null, itemSchema), index + 1), function () {
        items.splice(Math.min(index, items.length), 0, removed);
        // The form may have been redrawn meanwhile (记录进展): then the whole form is.
        if (document.body.contains(box)) draw(); else rebuild();
        changed();
      });
    }
    function move(index, by) {
      var target = index + by;
      if (target < 0 || target >= items.length) return;
      var moved = items.splice(index, 1)[0];
      items.splice(target, 0, moved);
      draw();
      changed();
    }
    box.redraw = draw;
    box.open = function (index) { if (opened && items[index] && !opened.has(items[index])) { opened.add(items[index]); draw(); } };
    draw();
    return box;
  }

  // A new task gets the next free number of the house pattern once the meeting has its day; the
  // clerk may type her own. One request at a time, each seeing the numbers given before it.
  var numbering = Promise.resolve();
  function numberTask(item) {
    numbering = numbering.then(function () {
      var date = (model.meeting && model.meeting.date) || "";
      if (item.id || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
      return post("/api/task-id", { model: cleaned(model) }).then(function (answer) {
        if (answer.status !== 200 || !answer.json.id || item.id) return;
        var index = (model.tasks || []).indexOf(item);
        var input = document.querySelector('div.field[data-path="tasks[' + index + '].id"] input');
        // In the 任务编号 box she is typing a number of her own: it is not written over.
        if (input && document.activeElement === input) return;
        item.id = answer.json.id;
        // Only the task's own boxes change: the cursor stays where the clerk is typing.
        if (input) input.value = item.id;
        var line = document.querySelector('div.item[data-path="tasks[' + index + ']"] button.summary');
        if (line) line.textContent = (index + 1) + ". " + taskSummary(item);
        changed();
      });
    }).then(null, function () {});
  }

  var undoTimer = null;
  function offerUndo(text, undo) {
    var bar = document.getElementById("undo");
    bar.textContent = "";
    bar.appendChild(el("span", { text: text }));
    bar.appendChild(el("button", { type: "button", text: t("undo"), onclick: function () { bar.hidden = true; clearTimeout(undoTimer); undo(); } }));
    bar.hidden = false;
    clearTimeout(undoTimer);
    undoTimer = setTimeout(function () { bar.hidden = true; }, 10000);
  }

  // The open tasks of earlier meetings in the folder, each recorded with a click.
  var redrawCarry = function () {};
  function carryPanel(updates) {
    var box = el("div", { "class": "carry", id: "carry" });
    redrawCarry = draw;
    function draw() {
      box.textContent = "";
      if (!choices.openTasks.length) { box.appendChild(el("p", { "class": "hint", text: t("noOpenTasks") })); return; }
      choices.openTasks.forEach(function (task) {
        var recorded = updates.some(function (update) { return update.id === task.id; });
        box.appendChild(el("div", { "class": "open-task" }, [
          el("span", { "class": "task-id", text: task.id }),
          el("span", { text: task.content + (task.leadUnit ? "（" + task.leadUnit + (task.owner ? "，" + task.owner : "") + "）" : "") + (task.due ? " " + t("due") + " " + task.due : "") }),
          el("button", { type: "button", "class": "record", text: t("recordProgress"),
            onclick: function () { updates.push({ id: task.id, status: "in_progress" }); rebuild(); changed(); } }),
        ]));
        if (recorded) box.lastChild.querySelector("button").setAttribute("disabled", "disabled");
      });
    }
    draw();
    return box;
  }

  function taskHints() {
    document.querySelectorAll("[data-task-hint]").forEach(function (hint) {
      var input = hint.parentNode.querySelector("input");
      var task = choices.openTasks.filter(function (candidate) { return candidate.id === input.value.trim(); })[0];
      hint.textContent = task ? task.content + (task.assignedAt ? "（" + task.assignedAt + "）" : "") : "";
    });
  }

  // Sections fold at their legend; a section with nothing in it starts folded, except the ones
  // every meeting fills, so that a new form is short and shows what is required.
  var ALWAYS_OPEN = { sectionMeeting: true, sectionCarry: true, sectionReports: true, sectionTasks: true };
  var folded = {};
  function hasData(section) {
    var value = model[section[0]];
    if (section[2].type === "object" && section[0] === "meeting") {
      return section[2].fields.some(function (pair) { var v = value && value[pair[0]]; return v && (!Array.isArray(v) || v.length); });
    }
    if (Array.isArray(value)) return value.length > 0;
    return value && typeof value === "object" ? Object.keys(cleaned(value) || {}).length > 0 : !!value;
  }
  function rebuild() {
    var form = document.getElementById("form");
    form.textContent = "";
    groups = {};
    SECTIONS.forEach(function (section) {
      var caption = section[1];
      if (folded[caption] === undefined) folded[caption] = !ALWAYS_OPEN[caption] && !hasData(section);
      var legend = el("legend", {}, [el("button", { type: "button", "class": "fold", "aria-expanded": String(!folded[caption]), text: t(caption),
        onclick: function () { folded[caption] = !folded[caption]; box.classList.toggle("folded", folded[caption]); this.setAttribute("aria-expanded", String(!folded[caption])); } })]);
      var box = el("fieldset", { "class": "section" + (folded[caption] ? " folded" : ""), "data-section": section[0] === "meeting" ? caption : section[0] }, [legend]);
      box.appendChild(field(model, section[0], section[2], section[0], true));
      form.appendChild(box);
    });
    datalists();
  }

  // The preview follows the section being edited: its heading in the document comes to the top.
  var PREVIEW_KEYS = { task_updates: "task_updates", reports: "reports", comments: "comments", requirements: "requirements",
    speech: "speech", decisions: "decisions", tasks: "tasks" };
  document.getElementById("form").addEventListener("focusin", function (event) {
    var section = event.target.closest ? event.target.closest("fieldset.section") : null;
    var key = section && PREVIEW_KEYS[section.getAttribute("data-section")];
    if (!key) return;
    var heading = (model.headings && model.headings[key]) || (boot.headings || {})[key];
    var frame = document.getElementById("preview");
    var doc = frame.contentDocument;
    if (!heading || !doc) return;
    var target = [].slice.call(doc.querySelectorAll("h1, h2, h3, h4, p")).filter(function (e) { return e.textContent.indexOf(heading) >= 0; })[0];
    if (target) target.scrollIntoView({ block: "start" });
  });

  // What is sent: empty values left out; a person with nothing but a name is just the name.
  function cleaned(value) {
    if (Array.isArray(value)) return value.map(cleaned);
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (key) {
        var v = cleaned(value[key]);
        if (v === "" || v == null) return;
        out[key] = v;
      });
      var keys = Object.keys(out);
      if (keys.length === 1 && keys[0] === "name") return out.name;
      return out;
    }
    return value;
  }

  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Gongwen-Token": boot.token },
      body: JSON.stringify(body), credentials: "same-origin" })
      .then(function (response) {
        // A refusal (403, 421, 413) is a line of text, not JSON: shown as the message.
        return response.text().then(function (text) {
          var json;
          try { json = JSON.parse(text); } catch (error) { json = { message: text }; }
          return { status: response.status, json: json };
        });
      });
  }

  // A change asks for a check half a second after the typing stops; a changed date also asks for
  // the tasks open on the new day, and stays asked for until they came.
  var timer = null;
  var choicesWanted = false;
  // Typing not yet saved: leaving the page asks first.
  var dirty = false;
  window.addEventListener("beforeunload", function (event) { if (dirty) { event.preventDefault(); event.returnValue = ""; } });
  // A draft is saved by itself a few seconds after the typing stops, to .gongwen/drafts: a closed
  // tab or a crash loses nothing. A save of the file removes it.
  var AUTOSAVE_MS = 4000;
  var autosaveTimer = null;
  var unsavedSinceDraft = false;
  // Counts the clerk's changes: a save marks the form saved only if nothing changed while it went.
  var edits = 0;
  function changed(dateChanged) {
    dirty = true;
    touched = true;
    unsavedSinceDraft = true;
    edits += 1;
    if (dateChanged) {
      choicesWanted = true;
      (model.tasks || []).forEach(function (task) { if (task && !task.id) numberTask(task); });
    }
    clearTimeout(timer);
    timer = setTimeout(function () {
      check();
      if (choicesWanted) { choicesWanted = false; refreshChoices(); }
    }, 500);
    if (enabled) {
      clearTimeout(autosaveTimer);
      autosaveTimer = setTimeout(autosave, AUTOSAVE_MS);
    }
    taskHints();
  }

  // Saves go one after another: a save that starts while an automatic draft is on its way waits
  // for it and names that draft, so the server removes it with the save instead of leaving it behind.
  var queue = Promise.resolve();
  function inTurn(send) {
    var turn = queue.then(send);
    queue = turn.then(function () {}, function () {});
    return turn;
  }

  function autosave() {
    if (!unsavedSinceDraft || conflicted) return;
    unsavedSinceDraft = false;
    inTurn(function () {
      return post("/api/save", { model: cleaned(model), file: file, base: base, draftName: draft, asDraft: true });
    }).then(function (answer) {
      if (answer.status !== 200 || !answer.json.draft) { unsavedSinceDraft = true; return; }
      draft = answer.json.draft;
      var now = new Date();
      var two = function (n) { return (n < 10 ? "0" : "") + n; };
      document.getElementById("autosave").textContent = t("autosaved", two(now.getHours()) + ":" + two(now.getMinutes()) + ":" + two(now.getSeconds()));
    }, function () { unsavedSinceDraft = true; });
  }

  // The field a problem's path names, or the nearest one that is on the page (a folded task: its line).
  function targetOf(path) {
    var target = null;
    while (path && !target) {
      target = document.querySelector('[data-path="' + CSS.escape(path) + '"]');
      if (!target) path = path.replace(/(\.[^.\[]*|\[\d+\])$/, "");
    }
    return target;
  }

  // Errors and warnings side by side, each beside its field and listed above the preview. Until the
  // clerk types, an empty new form shows none.
  var lastProblems = [], lastWarnings = [];
  function showProblems(problems, warnings) {
    lastProblems = problems; lastWarnings = warnings;
    document.querySelectorAll(".problem").forEach(function (node) { node.remove(); });
    document.querySelectorAll(".invalid").forEach(function (node) { node.classList.remove("invalid"); });
    var list = document.getElementById("problems");
    list.textContent = "";
    var state = document.getElementById("state");
    if (!touched) { state.textContent = ""; state.className = ""; return; }
    problems.concat(warnings).forEach(function (problem) {
      var path = problem.path || "";
      var target = targetOf(path);
      var note = el("div", { "class": "problem " + problem.severity, text: problem.message });
      if (target) {
        (target.classList.contains("field") || target.classList.contains("item") ? target : target.parentNode).appendChild(note);
        if (problem.severity === "error") target.classList.add("invalid");
      }
      var caption = target && target.closest ? target.closest(".field, .item.folded") : null;
      var name = "";
      if (caption && caption.classList.contains("item")) name = caption.querySelector(".controls").firstChild.textContent.split("　")[0];
      else if (caption && caption.querySelector("label")) name = caption.querySelector("label").textContent;
      list.appendChild(el("li", { "class": problem.severity, text: (name ? name + "：" : "") + problem.message,
        onclick: function () { reveal(path); } }));
    });
    state.textContent = problems.length ? t("hasErrors", problems.length) + (warnings.length ? "；" + t("warnings", warnings.length) : "")
      : t("noErrors") + (warnings.length ? "；" + t("warnings", warnings.length) : "");
    state.className = problems.length ? "bad" : "good";
  }

  // Opens what holds the field at `path` (its section, its task) and puts the cursor there.
  function reveal(path) {
    var match = /^(\w+)\[(\d+)\]/.exec(path);
    if (match && groups[match[1]]) groups[match[1]].open(Number(match[2]));
    var target = targetOf(path);
    if (!target) return;
    var section = target.closest("fieldset.section");
    if (section && section.classList.contains("folded")) section.querySelector("legend button").click();
    showProblems(lastProblems, lastWarnings);
    target = targetOf(path);
    target.scrollIntoView({ block: "center" });
    var input = target.matches("input,textarea,select") ? target : target.querySelector("input,textarea,select");
    if (input) input.focus();
  }

  function check() {
    return post("/api/check", { model: cleaned(model), file: file, template: document.getElementById("template").value })
      .then(function (answer) {
        if (answer.status !== 200) {
          // Refused (another site's page, a body too large): say so, never "no errors".
          var state = document.getElementById("state");
          state.textContent = answer.json.message || t("network");
          state.className = "bad";
          return answer.json;
        }
        var problems = answer.json.problems || [];
        showProblems(problems, answer.json.warnings || []);
        var frame = document.getElementById("preview");
        // While there are errors the preview shows the last draft without them, and says so.
        document.getElementById("stale").hidden = !problems.length || !touched;
        if (answer.json.preview != null) showPreview(frame, answer.json.preview);
        return answer.json;
      }, function () { document.getElementById("state").textContent = t("network"); });
  }

  var conflicted = false;
  function save(asDraft) {
    if (!enabled) return;
    clearTimeout(autosaveTimer);
    var sent, sentEdits;
    inTurn(function () {
      sent = cleaned(model);
      sentEdits = edits;
      return post("/api/save", { model: sent, file: file, base: base, draftName: draft, asDraft: asDraft });
    })
      .then(function (answer) {
        var json = answer.json;
        var message = document.getElementById("message");
        message.className = "";
        // What was typed while the save went is still unsaved.
        var unchanged = edits === sentEdits;
        if (answer.status === 200) {
          if (json.draft) {
            draft = json.draft;
            if (unchanged) unsavedSinceDraft = false;
            message.textContent = t(lastProblems.length ? "draftSaved" : "draftSavedClean", json.draft);
          } else {
            if (unchanged) { dirty = false; unsavedSinceDraft = false; }
            else if (enabled) { clearTimeout(autosaveTimer); autosaveTimer = setTimeout(autosave, AUTOSAVE_MS); }
            file = json.file; base = json.base; draft = null;
            original = clone(sent);
            message.textContent = t("saved", json.file);
            history.replaceState(null, "", "/edit?file=" + encodeURIComponent(json.file));
            document.querySelector("header h1").textContent = t("editMeeting");
            document.querySelector("header .file").textContent = json.file;
            document.getElementById("autosave").textContent = "";
            var picker = document.getElementById("start-from");
            if (picker) picker.remove();
            showDownloads();
          }
          document.getElementById("notice").hidden = true;
        } else if (answer.status === 409) {
          showConflict(json);
        } else {
          message.className = "bad";
          message.textContent = json.message || "";
          if (json.problems) { touched = true; showProblems(json.problems, lastWarnings); }
        }
      }, function () { document.getElementById("message").textContent = t("network"); });
  }

  // A conflict: the clerk's version and the file's, field by field, with what each side changed
  // since the form opened the file; she saves hers over it, loads the file's, or merges.
  // A value without its empty parts: an empty box the form keeps is no difference from the file.
  function pruned(value) {
    if (Array.isArray(value)) {
      var items = value.map(pruned).filter(function (v) { return v !== undefined; });
      return items.length ? items : undefined;
    }
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (key) { var v = pruned(value[key]); if (v !== undefined) out[key] = v; });
      var keys = Object.keys(out);
      if (keys.length === 1 && keys[0] === "name") return out.name;
      return keys.length ? out : undefined;
    }
    return value === "" || value == null ? undefined : value;
  }
  // The fields compared: each of the meeting's and the headings' own, each task and each progress
  // entry by its number (when every version numbers them all), every other part whole.
  function byId(list) {
    if (!Array.isArray(list)) return null;
    var seen = {};
    return list.every(function (item) {
      if (!item || typeof item !== "object" || !item.id || seen[item.id]) return false;
      seen[item.id] = true;
      return true;
    }) ? list : null;
  }
  function fieldsOf(value, keyed) {
    var out = {};
    value = pruned(value) || {};
    Object.keys(value).forEach(function (key) {
      if ((key === "meeting" || key === "headings") && value[key] && typeof value[key] === "object") {
        Object.keys(value[key]).forEach(function (inner) { out[key + "." + inner] = value[key][inner]; });
      } else if (keyed[key]) {
        value[key].forEach(function (item) { out[key + "#" + item.id] = item; });
      } else out[key] = value[key];
    });
    return out;
  }
  function fieldLabel(path) {
    var numbered = path.split("#");
    if (numbered.length === 2) return t(numbered[0] === "tasks" ? "task" : "update") + " " + numbered[1];
    var parts = path.split(".");
    if (parts.length === 2) return (parts[0] === "headings" ? t("sectionHeadings") + "·" : "") + t(parts[1] === "title" && parts[0] === "meeting" ? "title" : parts[1]);
    var section = SECTIONS.filter(function (s) { return s[0] === path; })[0];
    return section ? t(section[1]) : path;
  }
  function shown(value) {
    if (value == null || value === "") return t("emptyValue");
    if (typeof value === "string") return value;
    return JSON.stringify(value, null, 1).replace(/[{}\[\]"]/g, "").replace(/\n\s*\n/g, "\n").trim();
  }
  function showConflict(json) {
    conflicted = true;
    var message = document.getElementById("message");
    message.className = "bad";
    message.textContent = t("conflict");
    var versions = [pruned(cleaned(model)) || {}, pruned(json.model) || {}, pruned(cleaned(original)) || {}];
    var keyed = {};
    ["tasks", "task_updates"].forEach(function (key) {
      keyed[key] = versions.every(function (version) { return version[key] === undefined || byId(version[key]); });
    });
    var mine = fieldsOf(versions[0], keyed), theirs = fieldsOf(versions[1], keyed), was = fieldsOf(versions[2], keyed);
    var keys = Object.keys(mine).concat(Object.keys(theirs).filter(function (k) { return !(k in mine); }));
    // Equal whatever order the keys were typed in.
    function canonical(value) {
      if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
      if (value && typeof value === "object") return "{" + Object.keys(value).sort().map(function (k) { return JSON.stringify(k) + ":" + canonical(value[k]); }).join(",") + "}";
      return JSON.stringify(value === undefined ? null : value);
    }
    var same = function (a, b) { return canonical(a) === canonical(b); };
    var choice = {};
    var table = el("table", { "class": "conflict" }, [el("tr", {}, [el("th", { text: t("fieldName") }), el("th", { text: t("mine") }), el("th", { text: t("theirs") })])]);
    keys.forEach(function (key) {
      if (same(mine[key], theirs[key])) return;
      var side = same(mine[key], was[key]) ? "onlyTheirs" : same(theirs[key], was[key]) ? "onlyMine" : "both";
      choice[key] = side === "onlyTheirs" ? "theirs" : "mine";
      var mineCell = el("td", { "class": "mine" }, [el("pre", { text: shown(mine[key]) })]);
      var theirsCell = el("td", { "class": "theirs" }, [el("pre", { text: shown(theirs[key]) })]);
      var head = el("td", {}, [el("strong", { text: fieldLabel(key) }), el("div", { "class": "hint", text: t(side) })]);
      if (side === "both") {
        var pick = el("select", { "data-field": key }, [el("option", { value: "mine", text: t("useMine") }), el("option", { value: "theirs", text: t("useTheirs") })]);
        pick.addEventListener("change", function () { choice[key] = pick.value; });
        head.appendChild(pick);
      }
      table.appendChild(el("tr", { "class": side, "data-field": key }, [head, mineCell, theirsCell]));
    });
    function load(next, text) {
      // An 撤销 offered before would put an item back into a version no longer shown.
      document.getElementById("undo").hidden = true;
      model = next;
      if (!model.meeting) model.meeting = {};
      original = clone(json.model || {});
      base = json.base;
      conflicted = false;
      folded = {};
      rebuild();
      box.remove();
      message.className = "";
      message.textContent = text;
      check();
      unsavedSinceDraft = true;
    }
    var box = el("div", { id: "conflict" }, [table, el("div", { "class": "actions" }, [
      el("button", { type: "button", id: "overwrite", text: t("overwrite"), onclick: function () {
        // The file's version goes to the history first, as at every save.
        base = json.base; conflicted = false; box.remove(); save(false);
      } }),
      el("button", { type: "button", id: "load-theirs", text: t("loadTheirs"), onclick: function () { load(clone(json.model || {}), t("loadedTheirs")); } }),
      el("button", { type: "button", id: "merge", "class": "primary", text: t("merge"), onclick: function () {
        var merged = {};
        keys.forEach(function (key) {
          var value = same(mine[key], theirs[key]) ? mine[key] : choice[key] === "theirs" ? theirs[key] : mine[key];
          if (value === undefined) return;
          var parts = key.split(".");
          var numbered = key.split("#");
          if (numbered.length === 2) (merged[numbered[0]] = merged[numbered[0]] || []).push(value);
          else if (parts.length === 2) { merged[parts[0]] = merged[parts[0]] || {}; merged[parts[0]][parts[1]] = value; }
          else merged[key] = value;
        });
        load(merged, t("merged"));
      } }),
    ])]);
    var old = document.getElementById("conflict");
    if (old) old.remove();
    message.after(box);
  }

  function showDownloads() {
    var links = document.getElementById("downloads");
    links.textContent = "";
    if (!file) return;
    var template = document.getElementById("template").value;
    links.appendChild(el("span", { "class": "small", text: t("download") + "（" + t("savedVersion") + "）：" }));
    [["docx", "Word"], ["pdf", "PDF"]].forEach(function (pair) {
      links.appendChild(el("a", { href: "/download?file=" + encodeURIComponent(file) + "&template=" + encodeURIComponent(template) + "&format=" + pair[0],
        text: pair[1], "class": "download-" + pair[0] }));
    });
  }

  // The page scaled to the pane's width, and kept at the place the clerk was reading.
  function showPreview(frame, html) {
    var scroll = frame.contentWindow && frame.contentWindow.document.scrollingElement ? frame.contentWindow.document.scrollingElement.scrollTop : 0;
    var zoom = Math.min(1, (frame.clientWidth - 24) / 860).toFixed(3);
    frame.onload = function () {
      var element = frame.contentWindow.document.scrollingElement;
      if (element) element.scrollTop = scroll;
    };
    frame.srcdoc = html.replace("</head>", "<style>html{zoom:" + zoom + "}</style></head>");
  }

  function refreshChoices() {
    var date = (model.meeting && model.meeting.date) || "";
    fetch("/api/choices?date=" + encodeURIComponent(date) + (file ? "&file=" + encodeURIComponent(file) : ""), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      // Only what depends on the day is redrawn: the clerk's cursor stays where it is.
      .then(function (json) { choices = json; redrawCarry(); datalists(); taskHints(); });
  }

  // 从上次会议复制: a new meeting starts from an earlier one's details and people.
  function startFromPicker() {
    var picker = document.getElementById("start-from");
    if (!picker) return;
    (choices.meetings || []).forEach(function (meeting) {
      picker.appendChild(el("option", { value: meeting.file, text: meeting.date + " " + meeting.title }));
    });
    picker.addEventListener("change", function () {
      if (!picker.value) return;
      // What she typed is replaced: asked first.
      if (touched && !window.confirm(t("startFromReplaces"))) { picker.value = ""; return; }
      var chosen = picker.options[picker.selectedIndex].textContent;
      fetch("/api/start-from?file=" + encodeURIComponent(picker.value), { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (json) {
          document.getElementById("undo").hidden = true;
          model = json.model || {};
          if (!model.meeting) model.meeting = {};
          folded = {};
          rebuild();
          document.getElementById("message").textContent = t("startedFrom", chosen);
          changed(true);
        });
    });
  }

  document.getElementById("check").addEventListener("click", function () { touched = true; check(); });
  document.getElementById("save").addEventListener("click", function () { save(false); });
  document.getElementById("save-draft").addEventListener("click", function () { save(true); });
  document.getElementById("template").addEventListener("change", function () { check(); showDownloads(); });
  document.getElementById("print").addEventListener("click", function () {
    var frame = document.getElementById("preview");
    if (frame.contentWindow) frame.contentWindow.print();
  });
  // Ctrl+S (⌘S) saves, as in every editor a clerk knows.
  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "s" || event.key === "S")) {
      event.preventDefault();
      save(false);
    }
  });
  rebuild();
  startFromPicker();
  showDownloads();
  check();
})();
