// The agent view's few behaviours: times in the agent's own zone, copy buttons, the connection state.
(function () {
  "use strict";
  function localTimes(root) {
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        { dateStyle: "medium", timeStyle: "short" });
    root.querySelectorAll("time[datetime]").forEach(function (element) {
      var at = new Date(element.getAttribute("datetime"));
      if (!isNaN(at)) { element.textContent = format.format(at); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
  document.addEventListener("htmx:sseMessage", function () {
    var details = document.getElementById("details");
    localTimes(details);
    details.classList.remove("changed");
    void details.offsetWidth;
    details.classList.add("changed");
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy");
    if (button && navigator.clipboard) {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      });
    }
  });
  function status(text) {
    var element = document.querySelector("[data-connection]");
    if (element) { element.textContent = text; }
  }
  document.addEventListener("htmx:sseOpen", function () { status("Live"); });
  document.addEventListener("htmx:sseError", function () { status("Reconnecting…"); });
})();
