// The department's page: while the bundles are sent and verified, the button waits and says so.
(function () {
  "use strict";
  var form = document.getElementById("department-form");
  form.addEventListener("submit", function () {
    form.querySelector("button[type=submit]").disabled = true;
    document.getElementById("department-status").textContent = form.dataset.working;
  });
})();
