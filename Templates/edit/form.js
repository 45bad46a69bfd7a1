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
      ["host", person], ["speaker", person], ["recorder", person], ["attendees", names], ["observers", names],
      ["absentees", { type: "list", item: { type: "object", label: "absentees", fields: [["name", { type: "text", list: "names" }], ["reason", { type: "text" }]] } }]] }],
    ["task_updates", "sectionCarry", { type: "list", carry: true, item: { type: "object", label: "update", fields: [["id", { type: "text", task: true }],
      ["status", { type: "select", options: STATUS }], ["completed_on", { type: "date" }], ["note", { type: "textarea" }]] } }],
    ["reports", "sectionReports", { type: "list", item: { type: "object", label: "report", fields: [["kind", { type: "text", label: "reportKind", list: "kinds" }],
      ["reporter", person], ["unit", { type: "text", list: "units" }], ["topic", { type: "text" }], ["achievements", texts], ["shortcomings", texts], ["plans", texts]] } }],
    ["comments", "sectionComments", { type: "list", item: { type: "object", label: "comment", fields: [["by", person], ["about", { type: "text" }], ["text", { type: "textarea" }]] } }],
    ["requirements", "sectionRequirements", { type: "list", item: { type: "object", label: "requirement", fields: [["by", { type: "person", label: "requirementBy" }], ["text", { type: "textarea" }]] } }],
    ["speech", "sectionSpeech", { type: "object", fields: [["speaker", person], ["opening", texts]].concat(PARTS.map(function (key) { return [key, part]; })).concat([["closing", texts]]) }],
    ["decisions", "sectionDecisions", { type: "texts", label: "decision" }],
    ["tasks", "sectionTasks", { type: "list", item: { type: "object", label: "task", fields: [["id", { type: "text" }], ["content", { type: "textarea" }],
      ["part", { type: "select", options: PARTS }], ["lead_unit", { type: "text", list: "units" }], ["owner", { type: "person", nameOnly: true }],
      ["partners", { type: "names", list: "units" }], ["due", { type: "date" }], ["status", { type: "select", options: STATUS }], ["completed_on", { type: "date" }]] } }],
    ["meeting", "sectionColophon", { type: "object", fields: [["attachments", texts], ["copy_to", names], ["distribution", names], ["printed_by", { type: "text" }], ["printed_on", { type: "date" }]] }],
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
      var nameInput = el("input", { type: "text", list: "list-names", placeholder: t("name"), "data-path": path + ".name", "aria-label": t("name") });
      nameInput.value = value.name || "";
      nameInput.addEventListener("input", function () { value.name = nameInput.value; changed(); });
      var row = el("div", { "class": "person" }, [el("span", { "class": "small", text: t("name") }), nameInput]);
      if (!schema.nameOnly) {
        var titleInput = el("input", { type: "text", placeholder: t("personTitle"), "class": "post", "aria-label": t("personTitle") });
        titleInput.value = value.title || "";
        titleInput.addEventListener("input", function () { value.title = titleInput.value; changed(); });
        row.appendChild(el("span", { "class": "small", text: t("personTitle") }));
        row.appendChild(titleInput);
      }
      wrap.appendChild(row);
    } else if (schema.type === "names") {
      var area = el("textarea", { rows: 2, placeholder: t("namesHelp") });
      var list = (holder[key] || []).map(function (item) { return typeof item === "string" ? item : item.name; });
      area.value = list.join("、");
      area.addEventListener("input", function () {
        holder[key] = area.value.split(/[、，,;；\n]+/).map(function (s) { return s.trim(); }).filter(Boolean);
        changed();
      });
      wrap.appendChild(area);
    } else if (schema.type === "texts") {
      if (!Array.isArray(holder[key])) holder[key] = holder[key] ? [holder[key]] : [];
      if (schema.help) wrap.appendChild(el("div", { "class": "hint", text: t(schema.help) }));
      wrap.appendChild(repeated(holder[key], { type: "textarea", label: schema.label || "paragraph" }, path, true));
    } else if (schema.type === "list") {
      if (!Array.isArray(holder[key])) holder[key] = [];
      if (schema.carry) wrap.appendChild(carryPanel(holder[key]));
      wrap.appendChild(repeated(holder[key], schema.item, path, false));
    } else if (schema.type === "object") {
      if (!holder[key] || typeof holder[key] !== "object") holder[key] = {};
      if (schema.help) wrap.appendChild(el("div", { "class": "hint", text: t(schema.help) }));
      schema.fields.forEach(function (pair) { wrap.appendChild(field(holder[key], pair[0], pair[1], path + "." + pair[0])); });
    }
    return wrap;
  }

  // A repeating group: each item with remove, up and down; an add button after them.
  function repeated(items, itemSchema, path, scalar) {
    var box = el("div", { "class": "repeat" });
    function draw() {
      box.textContent = "";
      items.forEach(function (item, index) {
        var itemPath = path + "[" + index + "]";
        var body;
        if (scalar) {
          var area = el("textarea", { rows: 3, placeholder: t("textsHelp"), "data-path": itemPath });
          area.value = item || "";
          area.addEventListener("input", function () { items[index] = area.value; changed(); });
          body = area;
        } else {
          if (!item || typeof item !== "object") items[index] = item = {};
          body = el("div", { "class": "item-fields" });
          itemSchema.fields.forEach(function (pair) { body.appendChild(field(item, pair[0], pair[1], itemPath + "." + pair[0])); });
        }
        var controls = el("div", { "class": "controls" }, [
          el("span", { "class": "number", text: labelFor(null, itemSchema) + " " + (index + 1) }),
          el("button", { type: "button", title: t("up"), text: "↑", onclick: function () { move(index, -1); } }),
          el("button", { type: "button", title: t("down"), text: "↓", onclick: function () { move(index, 1); } }),
          el("button", { type: "button", "class": "remove", text: t("remove"), onclick: function () { items.splice(index, 1); draw(); changed(); } }),
        ]);
        box.appendChild(el("div", { "class": "item", "data-path": itemPath }, [controls, body]));
      });
      box.appendChild(el("button", { type: "button", "class": "add", text: t("add") + " " + labelFor(null, itemSchema),
        onclick: function () { items.push(scalar ? "" : {}); draw(); changed(); } }));
      taskHints();
    }
    function move(index, by) {
      var target = index + by;
      if (target < 0 || target >= items.length) return;
      var moved = items.splice(index, 1)[0];
      items.splice(target, 0, moved);
      draw();
      changed();
    }
    draw();
    return box;
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

  function rebuild() {
    var form = document.getElementById("form");
    form.textContent = "";
    SECTIONS.forEach(function (section) {
      var box = el("fieldset", { "class": "section" }, [el("legend", { text: t(section[1]) })]);
      box.appendChild(field(model, section[0], section[2], section[0], true));
      form.appendChild(box);
    });
    datalists();
  }

  // What is sent: a person without a post is just a name; everything else as typed.
  function cleaned(value) {
    if (Array.isArray(value)) return value.map(cleaned);
    if (value && typeof value === "object") {
      var keys = Object.keys(value);
      if (keys.length && keys.every(function (key) { return key === "name" || key === "title" || key === "unit"; }) && !value.title && !value.unit) return value.name || "";
      var out = {};
      keys.forEach(function (key) { out[key] = cleaned(value[key]); });
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
  function changed(dateChanged) {
    dirty = true;
    if (dateChanged) choicesWanted = true;
    clearTimeout(timer);
    timer = setTimeout(function () {
      check();
      if (choicesWanted) { choicesWanted = false; refreshChoices(); }
    }, 500);
    taskHints();
  }

  function showProblems(problems, warnings) {
    document.querySelectorAll(".problem").forEach(function (node) { node.remove(); });
    document.querySelectorAll(".invalid").forEach(function (node) { node.classList.remove("invalid"); });
    var list = document.getElementById("problems");
    list.textContent = "";
    problems.concat(warnings).forEach(function (problem) {
      var target = null;
      var path = problem.path || "";
      while (path && !target) {
        target = document.querySelector('[data-path="' + CSS.escape(path) + '"]');
        if (!target) path = path.replace(/(\.[^.\[]*|\[\d+\])$/, "");
      }
      var note = el("div", { "class": "problem " + problem.severity, text: problem.message });
      if (target) {
        (target.classList.contains("field") || target.classList.contains("item") ? target : target.parentNode).appendChild(note);
        if (problem.severity === "error") target.classList.add("invalid");
      }
      var caption = target && target.closest ? target.closest(".field") : null;
      var name = caption && caption.querySelector("label") ? caption.querySelector("label").textContent : "";
      list.appendChild(el("li", { "class": problem.severity, text: (name ? name + "：" : "") + problem.message,
        onclick: function () { if (target) { target.scrollIntoView({ block: "center" }); var input = target.querySelector ? target.querySelector("input,textarea,select") : null; if (input) input.focus(); } } }));
    });
    var state = document.getElementById("state");
    state.textContent = problems.length ? t("hasErrors", problems.length) : t("noErrors") + (warnings.length ? "；" + t("warnings", warnings.length) : "");
    state.className = problems.length ? "bad" : "good";
  }

  function check() {
    return post("/api/check", { model: cleaned(model), file: file, template: document.getElementById("template").value })
      .then(function (answer) {
        var problems = answer.json.problems || [];
        showProblems(problems, answer.json.warnings || []);
        var frame = document.getElementById("preview");
        // While there are errors the preview shows the last draft without them, and says so.
        document.getElementById("stale").hidden = !problems.length;
        if (answer.json.preview != null) showPreview(frame, answer.json.preview);
        return answer.json;
      }, function () { document.getElementById("state").textContent = t("network"); });
  }

  function save(asDraft) {
    post("/api/save", { model: cleaned(model), file: file, base: base, draftName: draft, asDraft: asDraft })
      .then(function (answer) {
        var json = answer.json;
        var message = document.getElementById("message");
        message.className = "";
        if (answer.status === 200) {
          dirty = false;
          if (json.draft) { draft = json.draft; message.textContent = t("draftSaved", json.draft); }
          else {
            file = json.file; base = json.base; draft = null;
            message.textContent = t("saved", json.file);
            history.replaceState(null, "", "/edit?file=" + encodeURIComponent(json.file));
            document.querySelector("header h1").textContent = t("editMeeting");
            document.querySelector("header .file").textContent = json.file;
          }
          document.getElementById("notice").hidden = true;
        } else if (answer.status === 409) {
          message.className = "bad";
          message.textContent = t("conflict");
          message.appendChild(el("pre", { "class": "current", text: json.current || "" }));
        } else {
          message.className = "bad";
          message.textContent = json.message || "";
          if (json.problems) showProblems(json.problems, []);
        }
      }, function () { document.getElementById("message").textContent = t("network"); });
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

  document.getElementById("check").addEventListener("click", check);
  document.getElementById("save").addEventListener("click", function () { save(false); });
  document.getElementById("save-draft").addEventListener("click", function () { save(true); });
  document.getElementById("template").addEventListener("change", check);
  rebuild();
  check();
})();
