// The form page: builds the draft from the fields, has the server check it as the person types
// (debounced), shows each finding beside its field and a summary by section, counts 字 against
// each limit, and keeps the draft in the browser so nothing typed is lost. Every word shown
// comes from the page (data-* attributes), which the server writes from the message catalogue.
(function () {
  "use strict";
  var form = document.getElementById("draft-form");
  var formID = form.dataset.form;
  var storageKey = "shenbao-draft:" + formID;
  var problems = document.getElementById("problems");
  var statusLine = document.getElementById("status");
  var completeness = document.getElementById("completeness");
  var saved = document.getElementById("saved");
  var timer = null;
  var sequence = 0;
  var lastResult = null;
  // A blank field is said to be missing only once the person has been in it, or asked to see
  // everything (a link of the summary, or a loaded draft): an empty page is not a wall of red.
  var touched = new Set();
  var showAll = false;

  // ---- Paths: "unit.name", "members[2].idNumber" ----
  function tokens(path) {
    var out = [];
    path.replace(/([^.\[\]]+)|\[(\d+)\]/g, function (_, key, index) {
      out.push(index !== undefined ? Number(index) : key);
      return "";
    });
    return out;
  }
  function setPath(target, path, value) {
    var keys = tokens(path), node = target;
    for (var i = 0; i < keys.length - 1; i++) {
      if (node[keys[i]] === undefined) node[keys[i]] = typeof keys[i + 1] === "number" ? [] : {};
      node = node[keys[i]];
    }
    node[keys[keys.length - 1]] = value;
  }
  function getPath(source, path) {
    var keys = tokens(path), node = source;
    for (var i = 0; i < keys.length; i++) {
      if (node === null || node === undefined || typeof node !== "object") return undefined;
      node = node[keys[i]];
    }
    return node;
  }

  // ---- Lists: rows added and removed, numbered in order ----
  function listOf(fieldset) { return fieldset.dataset.list; }
  function renumber(fieldset) {
    var rows = fieldset.querySelector(".rows").children;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      row.querySelector(".row-label").textContent = (fieldset.dataset.itemLabel || "{n}").replace("{n}", i + 1);
      row.querySelectorAll("[data-template-path]").forEach(function (element) {
        element.dataset.path = element.dataset.templatePath.replace(listOf(fieldset) + "[#]", listOf(fieldset) + "[" + i + "]");
      });
      row.querySelectorAll("[data-template-for]").forEach(function (element) {
        element.dataset.for = element.dataset.templateFor.replace(listOf(fieldset) + "[#]", listOf(fieldset) + "[" + i + "]");
      });
      row.querySelectorAll("[data-template-id]").forEach(function (element) {
        element.id = element.dataset.templateId.replace(/#/g, String(i));
      });
      row.querySelectorAll("label[data-template-label]").forEach(function (element) {
        element.htmlFor = element.dataset.templateLabel.replace(/#/g, String(i));
      });
    }
  }
  function addRow(fieldset) {
    var template = fieldset.querySelector(":scope > template");
    var row = template.content.firstElementChild.cloneNode(true);
    row.querySelectorAll("[data-path]").forEach(function (element) {
      element.dataset.templatePath = element.dataset.path;
    });
    row.querySelectorAll(".findings[data-for]").forEach(function (element) {
      element.dataset.templateFor = element.dataset.for;
    });
    row.querySelectorAll("[id]").forEach(function (element) { element.dataset.templateId = element.id; });
    row.querySelectorAll("label[for]").forEach(function (element) { element.dataset.templateLabel = element.htmlFor; });
    row.querySelectorAll("fieldset.list").forEach(wireList);
    fieldset.querySelector(".rows").appendChild(row);
    renumber(fieldset);
    row.querySelectorAll("[data-limit]").forEach(function (counter) { count(counter); });
    return row;
  }
  function wireList(fieldset) {
    fieldset.querySelector(":scope > .add-row").addEventListener("click", function () {
      var row = addRow(fieldset);
      var first = row.querySelector("[data-path]");
      if (first) first.focus();
      changed();
    });
  }
  form.addEventListener("click", function (event) {
    var button = event.target.closest(".remove-row");
    if (!button) return;
    var filled = Array.prototype.some.call(button.closest(".row").querySelectorAll("[data-path]"),
      function (element) { return element.value !== ""; });
    if (filled && !window.confirm(button.dataset.confirm)) return;
    var fieldset = button.closest("fieldset.list");
    button.closest(".row").remove();
    renumber(fieldset);
    changed();
  });

  // ---- The draft ----
  function collect() {
    var draft = { form: formID };
    form.querySelectorAll("[data-path]").forEach(function (element) {
      if (element.closest("template")) return;
      var value = element.value;
      if (value !== "") setPath(draft, element.dataset.path, value);
    });
    var attachments = window.shenbaoAttachments;
    if (attachments) {
      var listed = attachments.entries();
      if (listed.length > 0) setPath(draft, attachments.list, listed);
      draft._attachments = attachments.facts();
    }
    // Rows left empty still count as rows: the server says what they lack.
    form.querySelectorAll("fieldset.list").forEach(function (fieldset) {
      if (fieldset.closest("template")) return;
      var path = fieldset.dataset.list.indexOf("[#]") >= 0 ? null : fieldset.dataset.list;
      if (!path) return;
      var rows = fieldset.querySelector(".rows").children.length;
      var list = getPath(draft, path);
      if (rows > 0) {
        if (!Array.isArray(list)) { list = []; setPath(draft, path, list); }
        for (var i = 0; i < rows; i++) if (!list[i]) list[i] = {};
      }
    });
    return draft;
  }
  function restore(draft) {
    form.querySelectorAll("fieldset.list").forEach(function (fieldset) {
      if (fieldset.closest("template")) return;
      fieldset.querySelector(".rows").innerHTML = "";
      var list = getPath(draft, fieldset.dataset.list);
      var rows = Array.isArray(list) ? list.length : 0;
      for (var i = 0; i < rows; i++) addRow(fieldset);
    });
    form.querySelectorAll("[data-path]").forEach(function (element) {
      var value = getPath(draft, element.dataset.path);
      element.value = value === undefined || value === null || typeof value === "object" ? "" : String(value);
    });
    form.querySelectorAll("[data-limit]").forEach(function (counter) { count(counter); });
    sums();
  }

  // ---- 字 counts: characters without white space (the limit), and Word's 字数 ----
  function isWide(code) {
    return code === 0xB7 || (code >= 0x2014 && code <= 0x2027) || (code >= 0x2E80 && code <= 0x2FDF) ||
      (code >= 0x3000 && code <= 0x303F) || (code >= 0x3040 && code <= 0x30FF) || (code >= 0x3100 && code <= 0x31FF) ||
      (code >= 0x3200 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xA960 && code <= 0xA97F) ||
      (code >= 0xAC00 && code <= 0xD7AF) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) ||
      (code >= 0xFF00 && code <= 0xFFEF) || (code >= 0x20000 && code <= 0x3FFFF);
  }
  function counts(text) {
    var strict = 0, words = 0, inRun = false;
    for (var character of text) {
      if (/\s/u.test(character)) { inRun = false; continue; }
      strict += 1;
      if (isWide(character.codePointAt(0))) { words += 1; inRun = false; }
      else if (!inRun) { words += 1; inRun = true; }
    }
    return { strict: strict, words: words };
  }
  function count(counter) {
    var input = counter.parentElement.querySelector("[data-path]");
    var limit = Number(counter.dataset.limit);
    var found = counts(input.value);
    counter.textContent = form.dataset.counter.replace("{strict}", found.strict).replace("{limit}", limit)
      .replace("{words}", found.words);
    counter.classList.toggle("over", found.strict > limit);
  }

  // ---- Table totals: the lines it adds up, summed as they are typed ----
  // Only a plain number counts ("2万" is not one; the check says why): the sum never differs
  // from what the server adds up.
  function plainNumber(text) {
    var compact = text.replace(/[,，\s]/g, "");
    return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : NaN;
  }
  function sums() {
    form.querySelectorAll("[data-sum-of]").forEach(function (total) {
      var sum = 0;
      total.dataset.sumOf.split(" ").forEach(function (path) {
        var line = form.querySelector("[data-path='" + CSS.escape(path) + "']");
        var value = line ? plainNumber(line.value) : NaN;
        if (!isNaN(value)) sum += value;
      });
      var shown = total.parentElement.querySelector(".sum");
      var rounded = Math.round(sum * 10000) / 10000;
      shown.textContent = shown.dataset.template.replace("{sum}", rounded);
      var typed = plainNumber(total.value);
      shown.classList.toggle("over", total.value !== "" && !isNaN(typed) && Math.abs(typed - rounded) > 1e-9);
    });
  }

  // ---- Findings beside their fields, and by section ----
  function sectionOf(path) {
    var top = tokens(path)[0];
    var key = CSS.escape(String(top));
    var element = form.querySelector("[data-path^='" + key + "'], [data-list='" + key + "'], [data-group='" + key +
      "'], [data-attachments='" + key + "']");
    return element ? element.closest("section") : null;
  }
  function show(result, everything) {
    if (everything) showAll = true;
    form.querySelectorAll(".findings").forEach(function (box) { box.innerHTML = ""; });
    form.querySelectorAll(".field.has-error, .field.has-warning").forEach(function (field) {
      field.classList.remove("has-error", "has-warning");
    });
    var bySection = {};
    lastResult = result;
    // The place a finding on `path` is shown: its field's, else (a row, a whole list) the nearest.
    function placeOf(path) {
      var target = form.querySelector(".findings[data-for='" + CSS.escape(path) + "']");
      var parent = path;
      while (!target && /(\.[^.\[\]]+|\[\d+\])$/.test(parent)) {
        parent = parent.replace(/(\.[^.\[\]]+|\[\d+\])$/, "");
        target = form.querySelector(".findings[data-for='" + CSS.escape(parent) + "']");
      }
      return target;
    }
    result.findings.forEach(function (finding) {
      // A finding that stands for the same problem in many rows is shown at each of the first.
      var paths = finding.paths && finding.paths.length ? finding.paths : [finding.path];
      var target = placeOf(paths[0]);
      paths.forEach(function (path, index) {
        var place = index === 0 ? target : placeOf(path);
        var quiet = finding.code === "required" && !showAll && !touched.has(path);
        if (!place || quiet) return;
        var line = document.createElement("p");
        line.className = "finding " + finding.severity;
        line.textContent = finding.message;
        place.appendChild(line);
        var field = place.closest(".field");
        if (field) field.classList.add(finding.severity === "error" ? "has-error" : "has-warning");
      });
      var section = sectionOf(finding.path);
      var key = section ? section.id : "";
      if (!bySection[key]) bySection[key] = { section: section, errors: 0, warnings: 0, first: target, listed: [] };
      bySection[key][finding.severity === "error" ? "errors" : "warnings"] += finding.count || 1;
      // Every error shown is listed in the overview too, a link to its field.
      var quietHere = finding.code === "required" && !showAll && !touched.has(paths[0]);
      if (finding.severity === "error" && !quietHere) {
        var at = target ? (target.closest("[id]") || section) : section;
        bySection[key].listed.push({ message: finding.message, anchor: at ? at.id : "" });
      }
    });
    problems.innerHTML = "";
    var keys = Object.keys(bySection);
    if (keys.length === 0) {
      var clean = document.createElement("li");
      clean.className = "clean";
      clean.textContent = problems.dataset.clean;
      problems.appendChild(clean);
    }
    form.querySelectorAll("section").forEach(function (section) {
      var entry = bySection[section.id];
      if (!entry) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      var anchor = entry.first ? (entry.first.closest("[id]") || section) : section;
      link.href = "#" + anchor.id;
      link.textContent = section.dataset.title;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" " + problems.dataset.count.replace("{errors}", entry.errors)
        .replace("{warnings}", entry.warnings)));
      item.className = entry.errors > 0 ? "error" : "warning";
      if (entry.listed.length > 0) {
        var list = document.createElement("ol");
        entry.listed.forEach(function (listed) {
          var line = document.createElement("li");
          var to = document.createElement("a");
          to.href = "#" + listed.anchor;
          to.textContent = listed.message;
          line.appendChild(to);
          list.appendChild(line);
        });
        item.appendChild(list);
      }
      problems.appendChild(item);
    });
    completeness.textContent = completeness.dataset.template.replace("{filled}", result.filled)
      .replace("{total}", result.total).replace("{errors}", result.errors).replace("{warnings}", result.warnings);
    statusLine.textContent = "";
  }
  function check() {
    var mine = ++sequence;
    statusLine.textContent = statusLine.dataset.checking;
    fetch("/api/forms/" + encodeURIComponent(formID) + "/validate", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(collect()), credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
      return response.json();
    }).then(function (result) {
      if (mine === sequence) show(result);
    }).catch(function (error) {
      if (mine === sequence) statusLine.textContent = statusLine.dataset.offline + " " + error.message;
    });
  }

  // ---- Saving: every change, in this browser ----
  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(collect()));
      var now = new Date();
      saved.textContent = saved.dataset.template.replace("{time}", now.toLocaleTimeString("zh-CN", { hour12: false }));
    } catch (error) { saved.textContent = error.message; }
  }
  function changed() {
    save();
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }
  form.addEventListener("input", function (event) {
    var counter = event.target.parentElement && event.target.parentElement.querySelector("[data-limit]");
    if (counter) count(counter);
    sums();
    changed();
  });
  form.addEventListener("change", changed);
  form.addEventListener("focusout", function (event) {
    var path = event.target.dataset && event.target.dataset.path;
    if (!path || touched.has(path)) return;
    touched.add(path);
    if (lastResult) show(lastResult);
  });
  problems.addEventListener("click", function (event) {
    if (!event.target.closest("a") || showAll) return;
    showAll = true;
    if (lastResult) show(lastResult);
  });

  // ---- Download and load the draft as YAML ----
  // A file the server makes from the draft, downloaded under the name it gives.
  function download(path, fallback) {
    return fetch("/api/forms/" + encodeURIComponent(formID) + path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(collect()),
      credentials: "same-origin"
    }).then(function (response) {
      return window.shenbaoSave(response, fallback);
    }).catch(function (error) { statusLine.textContent = error.message; });
  }
  document.getElementById("download-yaml").addEventListener("click", function () { download("/yaml", "draft.yaml"); });
  ["download-docx", "download-pdf"].forEach(function (id) {
    var button = document.getElementById(id);
    button.addEventListener("click", function () {
      if (button.dataset.working) statusLine.textContent = button.dataset.working;
      download("/document?format=" + button.dataset.format, "document." + button.dataset.format).then(function () {
        if (statusLine.textContent === button.dataset.working) statusLine.textContent = "";
      });
    });
  });
  document.getElementById("load-yaml").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) return;
    // The bytes as they are: the server reads GBK and UTF-16 drafts as the command line does.
    fetch("/api/forms/" + encodeURIComponent(formID) + "/draft", {
      method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file, credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
      return response.json();
    }).then(function (draft) {
      restore(draft);
      showAll = true;
      changed();
      expectAttachments(draft);
    }).catch(function (error) {
      statusLine.textContent = form.dataset.loadError + " " + error.message;
    });
    event.target.value = "";
  });
  document.getElementById("clear-draft").addEventListener("click", function (event) {
    if (!window.confirm(event.target.dataset.confirm)) return;
    restore({});
    if (window.shenbaoAttachments) window.shenbaoAttachments.clear();
    changed();
  });

  // The files a draft lists that this browser does not hold: listed under their categories with
  // their titles, to be added again, and said so in the overview.
  function expectAttachments(draft) {
    var attachments = window.shenbaoAttachments;
    var listed = attachments ? getPath(draft, attachments.list) : null;
    if (Array.isArray(listed)) attachments.expect(listed);
  }

  // ---- Start: the saved draft, or an empty one ----
  form.querySelectorAll("fieldset.list").forEach(function (fieldset) {
    if (!fieldset.closest("template")) wireList(fieldset);
  });
  // Another tab of the same form saved: take its draft, so neither overwrites the other.
  window.addEventListener("storage", function (event) {
    if (event.key !== storageKey || event.newValue === null) return;
    try { restore(JSON.parse(event.newValue)); } catch (error) { return; }
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  });
  window.shenbaoChanged = changed;
  window.shenbaoDraft = collect;
  window.shenbaoShow = show;
  var start = {};
  try { start = JSON.parse(localStorage.getItem(storageKey) || "{}") || {}; } catch (error) { start = {}; }
  restore(start);
  (window.shenbaoAttachmentsReady || Promise.resolve()).then(function () {
    expectAttachments(start);
    check();
  });
})();
