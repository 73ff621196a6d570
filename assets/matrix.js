/* The referral matrix's two helpers in the browser.
 * The heatmap needs Dash's graph code and plotly.js, which the first screen
 * never loads. Both are fetched and run (their addresses in the page's
 * plotly-scripts meta) once the page is drawn and left alone a moment, at once
 * when a pointer or the keyboard reaches the button that opens the matrix, and
 * from the start when the address opens a panel: the heatmap draws as soon as
 * the panel opens. With the browser asked to save data, only the button or the
 * address fetches them. On a screen narrower than the heatmap, it scrolls
 * sideways with its row names held at the left edge. */
(function () {
  "use strict";

  var NS = "http://www.w3.org/2000/svg";
  var BUTTON = "[data-fetch-plotly]";

  /* A script run once: not if the page (or Dash) already asked for it. */
  function run(src) {
    var href = new URL(src, document.baseURI).href;
    var asked = Array.prototype.some.call(document.scripts, function (s) {
      return s.src === href;
    });
    if (asked) return null;
    var script = document.createElement("script");
    script.src = href;
    script.async = true;
    script.setAttribute("data-matrix-prefetch", "");
    document.head.appendChild(script);
    return script;
  }

  /* Dash's graph code, then plotly.js (the meta's last address). Dash's graph
     loads plotly.js itself unless window.Plotly exists, and waits on whatever
     window.Plotly holds: until the real one replaces it (the bundle's last
     line), it holds the promise of the script on its way, so that a graph
     drawn meanwhile waits for it instead of running plotly.js twice. */
  function fetchPlotly() {
    var meta = document.querySelector('meta[name="plotly-scripts"]');
    if (!meta || window.Plotly) return;
    var sources = meta.getAttribute("content").split(" ");
    sources.slice(0, -1).forEach(run);
    var script = run(sources[sources.length - 1]);
    if (!script) return;
    var loaded = new Promise(function (resolve, reject) {
      script.addEventListener("load", resolve);
      script.addEventListener("error", function (error) {
        if (window.Plotly === waiting) delete window.Plotly;  // Dash may try again
        reject(error);
      });
    });
    var waiting = { then: function (done, failed) { return loaded.then(done, failed); } };
    window.Plotly = waiting;
  }

  function reached(event) {
    var t = event.target;
    if (t.closest && t.closest(BUTTON)) fetchPlotly();
  }

  /* Once the page is drawn (the map has marked the state it painted, its
     data-query), QUIET ms have passed since then and since the last tap or
     key, and the browser is idle: running plotly.js holds the page for a
     moment, which should not fall on a tap's answer. */
  var QUIET = 800, lastInput = 0, drawnAt = 0;
  function whenIdle() {
    var later = window.requestIdleCallback || function (f) { return setTimeout(f, 200); };
    later(function () {
      var now = performance.now();
      if (!drawnAt && document.querySelector(BUTTON) && document.querySelector("[data-query]")) drawnAt = now;
      if (drawnAt && now - Math.max(drawnAt, lastInput) >= QUIET) fetchPlotly();
      else setTimeout(whenIdle, 200);
    }, { timeout: 2000 });
  }
  ["pointerdown", "click", "keydown"].forEach(function (type) {
    document.addEventListener(type, function () { lastInput = performance.now(); }, { passive: true, capture: true });
  });

  /* The row names' layer follows the sideways scroll over a paper backdrop. */
  function hold(event) {
    var box = event.target;
    if (!box.hasAttribute || !box.hasAttribute("data-holds-labels")) return;
    var plot = box.querySelector(".js-plotly-plot");
    var layer = plot && plot.querySelector(".yaxislayer-above");
    var size = plot && plot._fullLayout && plot._fullLayout._size;
    if (!layer || !size) return;
    var backdrop = layer.querySelector(".matrix-labels-backdrop");
    if (!backdrop) {
      backdrop = document.createElementNS(NS, "rect");
      backdrop.setAttribute("class", "matrix-labels-backdrop");
      layer.insertBefore(backdrop, layer.firstChild);
    }
    backdrop.setAttribute("width", size.l);
    backdrop.setAttribute("height", plot._fullLayout.height);
    layer.style.transform = "translateX(" + box.scrollLeft + "px)";
  }

  ["pointerover", "focusin", "touchstart"].forEach(function (type) {
    document.addEventListener(type, reached, { passive: true, capture: true });
  });
  document.addEventListener("scroll", hold, { passive: true, capture: true });
  if (new URLSearchParams(window.location.search).has("panel")) fetchPlotly();
  else if (!(navigator.connection && navigator.connection.saveData)) {
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle);
  }
})();
