/* Radiate's page around the map: the first screen holds the map under the
 * header and any warning banner (measured, because the banner's height
 * varies), the banner folds to one line, and the print and share buttons.
 * Their words come with the page (data-* attributes the server writes). */
(function () {
  "use strict";

  /* The map fills the first screen under the header and any warning banner:
     measured, because the banner's height varies. Labels keep 14 px on screen. */
  function fit() {
    var root = document.documentElement, flags = document.querySelector(".red-flags");
    var svg = document.querySelector(".map svg");
    var panel = document.querySelector(".map-panel");
    if (!panel) return;
    var flagsH = flags && !flags.hidden ? flags.offsetHeight : 0;
    var presenting = root.hasAttribute("data-presenting");
    var top = presenting ? 0 : panel.getBoundingClientRect().top + window.scrollY;
    // presenting, the leg keeps the whole height: the key may run below it
    var key = presenting ? panel.querySelector(".legend") : null;
    var extra = panel.getBoundingClientRect().height - (svg ? svg.getBoundingClientRect().height : 0) -
      (key ? key.offsetHeight : 0);
    var avail = window.innerHeight - top - 8;
    // the phone's list; presenting, it holds more (root or nerve in large type)
    var sheet = window.innerWidth < 600 ? window.innerHeight * (presenting ? 0.45 : 0.26) : 0;
    root.style.setProperty("--flags-h", flagsH + "px");
    root.style.setProperty("--fit-h", Math.max(avail, 320) + "px");
    // on a phone the leg gives way rather than run under the list's sheet
    root.style.setProperty("--map-h", Math.max(avail - extra - sheet, sheet ? 160 : 300) + "px");
    var m = svg && svg.getScreenCTM && svg.getScreenCTM(), scale = m ? Math.abs(m.a) : 0;
    if (scale) svg.style.fontSize = (14 / scale).toFixed(2) + "px";
  }

  /* The warning banner folds to one line once read; a new warning unfolds it. */
  function fold(folded) {
    var flags = document.querySelector(".red-flags"), toggle = flags && flags.querySelector(".flags-toggle");
    if (!toggle) return;
    flags.toggleAttribute("data-folded", folded);
    toggle.setAttribute("aria-expanded", folded ? "false" : "true");
    toggle.textContent = toggle.getAttribute(folded ? "data-more" : "data-less");
    fit();
  }

  /* A new warning opens the banner; on a phone it shows folded, one line with
     its level and title (the rest a tap away), so the leg stays in view. */
  function raised() { fold(window.matchMedia("(max-width: 599px)").matches); }

  /* Share: the address copied, and said so in the status the button names. */
  function copy(button) {
    var status = document.getElementById(button.getAttribute("data-status"));
    var done = function (words) { return function () { status.textContent = words; }; };
    var failed = done(button.getAttribute("data-copy-failed"));
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(window.location.href).then(done(button.getAttribute("data-copied")), failed);
  }

  document.addEventListener("click", function (event) {
    var t = event.target.closest ? event.target : null, hit;
    if (!t) return;
    if ((hit = t.closest(".flags-toggle"))) return fold(hit.getAttribute("aria-expanded") === "true");
    if (t.closest("[data-print]")) return window.print();
    if ((hit = t.closest("[data-copied]"))) copy(hit);
  });
  window.addEventListener("resize", fit);
  window.radiatePage = { fit: fit, raised: raised };
})();
