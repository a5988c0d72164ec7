// The attachments of the form page: files dropped (or chosen) per category, each checked by the
// server as it arrives (type and size, by the form's rules), kept in this browser (IndexedDB) so
// a reload keeps them, listed in the draft, and sent with it when the bundle is asked for.
// form.js calls window.shenbaoAttachments: entries() for the draft, facts() for the checks,
// place(findings) to show what concerns the files.
(function () {
  "use strict";
  var panel = document.querySelector("fieldset.attachments");
  if (!panel) return;
  var form = document.getElementById("draft-form");
  var formID = form.dataset.form;
  var files = [];
  var database = null;

  // ---- Keeping the files in this browser ----
  function open() {
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(null); return; }
      var request = indexedDB.open("shenbao", 1);
      request.onupgradeneeded = function () { request.result.createObjectStore("files", { keyPath: "id" }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { resolve(null); };
    });
  }
  function store(mode) { return database.transaction("files", mode).objectStore("files"); }
  function keep(entry) { if (database) store("readwrite").put(entry); }
  function forget(entry) { if (database) store("readwrite").delete(entry.id); }
  function load() {
    return new Promise(function (resolve) {
      if (!database) { resolve([]); return; }
      var request = store("readonly").getAll();
      request.onsuccess = function () {
        resolve(request.result.filter(function (entry) { return entry.form === formID; })
          .sort(function (a, b) { return a.order - b.order; }));
      };
      request.onerror = function () { resolve([]); };
    });
  }

  // ---- What the draft says of them ----
  function entries() {
    var list = [];
    panel.querySelectorAll(".category").forEach(function (category) {
      files.filter(function (entry) { return entry.category === category.dataset.category; }).forEach(function (entry) {
        var item = {};
        item[panel.dataset.categoryKey] = entry.category;
        item[panel.dataset.pathKey] = entry.path;
        if (panel.dataset.titleKey) item[panel.dataset.titleKey] = entry.title;
        list.push(item);
      });
    });
    return list;
  }
  function ordered() {
    var list = [];
    panel.querySelectorAll(".category").forEach(function (category) {
      files.forEach(function (entry) { if (entry.category === category.dataset.category) list.push(entry); });
    });
    return list;
  }
  function facts() {
    var all = {};
    files.forEach(function (entry) { if (entry.facts) all[entry.path] = entry.facts; });
    return all;
  }

  // ---- Showing them ----
  // The overview says how many files a loaded draft lists that are still to be added again.
  function sayAwaited() {
    var note = document.getElementById("attach-again");
    var count = files.filter(function (entry) { return entry.pending; }).length;
    note.hidden = count === 0;
    note.textContent = count === 0 ? "" : form.dataset.attachAgain.replace("{count}", count);
  }
  function render() {
    sayAwaited();
    var list = panel.dataset.attachments;
    ordered().forEach(function (entry, index) {
      var item = entry.element;
      if (!item) {
        item = document.createElement("li");
        item.className = "file";
        var name = document.createElement("span");
        name.className = "file-name";
        var title = document.createElement("input");
        title.type = "text";
        title.className = "file-title";
        title.setAttribute("aria-label", panel.dataset.titleLabel || "");
        title.addEventListener("input", function () {
          entry.title = title.value;
          if (!entry.pending) keep(record(entry));
          window.shenbaoChanged();
        });
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "remove-file";
        remove.textContent = panel.dataset.removeLabel || "×";
        remove.addEventListener("click", function () {
          files = files.filter(function (other) { return other !== entry; });
          forget(entry);
          item.remove();
          render();
          window.shenbaoChanged();
        });
        var findings = document.createElement("div");
        findings.className = "findings";
        item.append(name, title, remove, findings);
        entry.element = item;
        panel.querySelector(".category[data-category='" + CSS.escape(entry.category) + "'] .files").appendChild(item);
      }
      item.classList.toggle("pending", !!entry.pending);
      // An awaited file's own findings (its file is not here) say what its mark says already.
      item.querySelector(".findings").hidden = !!entry.pending;
      item.querySelector(".file-name").textContent = entry.name + "（"
        + (entry.pending ? panel.dataset.againLabel : size(entry.size)) + "）";
      item.querySelector(".file-title").value = entry.title;
      var prefix = list + "[" + index + "]";
      item.querySelector(".findings").dataset.for = prefix;
      item.dataset.prefix = prefix;
    });
  }
  function size(bytes) {
    return bytes >= 1 << 20 ? (bytes / (1 << 20)).toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1024)) + " KB";
  }
  function record(entry) {
    return { id: entry.id, form: formID, order: entry.order, category: entry.category, name: entry.name,
      title: entry.title, path: entry.path, size: entry.size, facts: entry.facts, blob: entry.blob };
  }

  // ---- Files a loaded draft lists, to be added again ----
  function expect(listed) {
    listed.forEach(function (item) {
      if (!item || typeof item !== "object") return;
      var path = String(item[panel.dataset.pathKey] || ""), category = String(item[panel.dataset.categoryKey] || "");
      if (!path || !panel.querySelector(".category[data-category='" + CSS.escape(category) + "']")) return;
      var title = panel.dataset.titleKey ? item[panel.dataset.titleKey] : null;
      var held = files.filter(function (entry) { return entry.path === path; })[0];
      if (held) {
        if (typeof title === "string" && title) held.title = title;
        return;
      }
      var leaf = path.slice(path.lastIndexOf("/") + 1);
      files.push({ id: formID + ":expected:" + path, order: Date.now(), category: category, name: leaf,
        title: typeof title === "string" ? title : leaf.replace(/\.[^.]+$/, ""), path: path, size: 0, pending: true });
    });
    render();
  }
  // A file added where one of its name is awaited takes its place and its title.
  function awaited(category, name) {
    return files.filter(function (entry) {
      return entry.pending && entry.category === category && entry.name === name;
    })[0] || null;
  }

  // ---- Adding ----
  function add(category, list) {
    Array.prototype.forEach.call(list, function (file) {
      var status = document.getElementById("bundle-status");
      if (file.size > Number(panel.dataset.maxBytes)) {
        status.textContent = panel.dataset.tooLarge.replace("{name}", file.name)
          .replace("{limit}", size(Number(panel.dataset.maxBytes)));
        return;
      }
      var url = "/api/forms/" + encodeURIComponent(formID) + "/attachment?category=" + encodeURIComponent(category)
        + "&name=" + encodeURIComponent(file.name);
      fetch(url, { method: "POST", body: file, credentials: "same-origin" }).then(function (response) {
        if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
        return response.json();
      }).then(function (answer) {
        // The same file twice gets a name of its own: 证书-2.pdf; a file awaited is not another.
        var replaced = awaited(category, file.name);
        var path = replaced ? replaced.path : answer.path, number = 1;
        var slash = answer.path.lastIndexOf("/"), dot = answer.path.lastIndexOf(".");
        var stem = dot > slash ? answer.path.slice(0, dot) : answer.path, ext = dot > slash ? answer.path.slice(dot) : "";
        while (files.some(function (entry) { return entry !== replaced && entry.path === path; })) {
          number += 1;
          path = stem + "-" + number + ext;
        }
        var leaf = path.slice(path.lastIndexOf("/") + 1);
        status.textContent = "";
        var entry = { id: formID + ":" + Date.now() + ":" + Math.random().toString(36).slice(2), order: Date.now(),
          category: category, name: leaf, title: replaced ? replaced.title : leaf.replace(/\.[^.]+$/, ""), path: path,
          size: file.size, facts: answer.facts, blob: file };
        if (replaced) {
          files[files.indexOf(replaced)] = entry;
          if (replaced.element) replaced.element.remove();
        } else {
          files.push(entry);
        }
        keep(record(entry));
        render();
        window.shenbaoChanged();
      }).catch(function (error) { status.textContent = error.message; });
    });
  }
  panel.querySelectorAll("[data-category-input]").forEach(function (input) {
    input.addEventListener("change", function () {
      add(input.dataset.categoryInput, input.files);
      input.value = "";
    });
    var drop = input.closest(".drop");
    drop.addEventListener("dragover", function (event) { event.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("over");
      add(input.dataset.categoryInput, event.dataTransfer.files);
    });
  });

  // ---- The bundle ----
  // The button and what it answers sit in the overview, in view wherever the page is scrolled.
  var button = document.getElementById("download-bundle");
  button.closest(".bundle-actions").hidden = false;
  button.addEventListener("click", function () {
    var status = document.getElementById("bundle-status");
    status.textContent = button.dataset.working;
    var body = new FormData();
    body.append("draft", JSON.stringify(window.shenbaoDraft()));
    // An awaited file is not here to send: the draft still lists it, and the check says so.
    files.forEach(function (entry) { if (!entry.pending) body.append("file", entry.blob, entry.path); });
    fetch("/api/forms/" + encodeURIComponent(formID) + "/bundle", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 422 && (response.headers.get("Content-Type") || "").indexOf("json") >= 0) {
          return response.json().then(function (result) {
            window.shenbaoShow(result, true);
            status.textContent = button.dataset.refused.replace("{errors}", result.errors);
          });
        }
        return window.shenbaoSave(response, "bundle.zip").then(function (name) {
          status.textContent = button.dataset.ready.replace("{name}", name);
        });
      }).catch(function (error) { status.textContent = error.message; });
  });

  function clear() {
    files.forEach(function (entry) {
      forget(entry);
      if (entry.element) entry.element.remove();
    });
    files = [];
    sayAwaited();
  }

  window.shenbaoAttachments = { entries: entries, facts: facts, clear: clear, expect: expect,
    list: panel.dataset.attachments };
  window.shenbaoAttachmentsReady = open().then(function (opened) {
    database = opened;
    return load();
  }).then(function (kept) {
    files = kept.map(function (entry) { return entry; });
    render();
  });
})();
