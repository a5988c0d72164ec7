// Every place to drop or choose files: the zone is the control (the browser's own button, in the
// system's language, is hidden), so it says itself what was chosen.
(function () {
  "use strict";
  document.querySelectorAll("label.drop input[type=file]").forEach(function (input) {
    if (input.dataset.categoryInput) return;  // The attachments list their files themselves.
    var chosen = document.createElement("span");
    chosen.className = "chosen";
    input.closest("label").appendChild(chosen);
    var template = document.body.dataset.chosen || "{count}";
    input.addEventListener("change", function () {
      var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
      chosen.textContent = names.length === 0 ? "" : names.length === 1 ? names[0]
        : template.replace("{count}", names.length).replace("{first}", names[0]);
    });
  });
})();
