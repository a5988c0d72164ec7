// Saves a response from the server as a file, under the name it gives (RFC 5987 filename*) or
// `fallback`; resolves to that name. The form page's and the attachments' downloads share it.
window.shenbaoSave = function (response, fallback) {
  "use strict";
  if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
  var match = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("Content-Disposition") || "");
  var name = match ? decodeURIComponent(match[1]) : fallback;
  return response.blob().then(function (blob) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    return name;
  });
};
