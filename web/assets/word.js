// The Word route: the filled 申报书.docx and its attachments folder sent to the server, the
// findings listed where the document prints each field, and the annotated copy to download.
(function () {
  "use strict";
  var form = document.getElementById("word-form");
  var status = document.getElementById("word-status");
  var result = document.getElementById("word-result");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var documentFile = document.getElementById("document").files[0];
    if (!documentFile) { status.textContent = form.dataset.chooseFirst; return; }
    var body = new FormData();
    body.append("document", documentFile, documentFile.name);
    Array.prototype.forEach.call(document.getElementById("attachments").files, function (file) {
      body.append("attachments", file, file.webkitRelativePath || file.name);
    });
    status.textContent = form.dataset.checking;
    fetch("/api/forms/" + encodeURIComponent(form.dataset.form) + "/word", { method: "POST", body: body,
      credentials: "same-origin" }).then(function (response) {
      if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
      return response.json();
    }).then(function (answer) {
      status.textContent = "";
      document.getElementById("word-summary").textContent = form.dataset.summary
        .replace("{filled}", answer.filled).replace("{total}", answer.total)
        .replace("{errors}", answer.errors).replace("{warnings}", answer.warnings);
      var list = document.getElementById("word-findings");
      list.innerHTML = "";
      if (answer.findings.length === 0) {
        var clean = document.createElement("li");
        clean.textContent = form.dataset.clean;
        list.appendChild(clean);
      }
      answer.findings.forEach(function (finding) {
        var item = document.createElement("li");
        item.className = finding.severity;
        // Where the field is printed, unless the message says so itself: each place named once.
        // A field's key is never shown: a finding without a printed place stands alone.
        var where = finding.place;
        var message = document.createElement("span");
        message.textContent = finding.message;
        if (where && finding.message.indexOf(where) < 0) {
          var place = document.createElement("span");
          place.className = "place";
          place.textContent = where;
          item.append(place, " ");
        }
        item.append(message);
        list.appendChild(item);
      });
      var bytes = Uint8Array.from(atob(answer.annotated), function (c) { return c.charCodeAt(0); });
      var link = document.getElementById("annotated");
      link.href = URL.createObjectURL(new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      link.download = answer.annotatedName;
      result.hidden = false;
    }).catch(function (error) { status.textContent = error.message; });
  });
})();
