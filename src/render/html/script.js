// corpus-report HTML page: small conveniences only; the page reads fully without this script.
(function () {
  "use strict";
  var articles = function () { return document.querySelectorAll("details"); };
  // "Expand all" / "Collapse all" buttons, hidden until the script can make them work.
  document.querySelectorAll("button[data-details]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("data-details") === "open";
      document.querySelectorAll("details.article").forEach(function (d) { d.open = open; });
    });
  });
  // Print everything, even the parts a reader folded away.
  window.addEventListener("beforeprint", function () {
    articles().forEach(function (d) { d.open = true; });
  });
  // A link into a folded article unfolds it first.
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var folded = target ? target.closest("details:not([open])") : null;
    if (folded) {
      folded.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  document.body.setAttribute("data-script", "ran");
})();
