/* The referral matrix's two helpers in the browser.
 * plotly.js is fetched and run when a pointer or the keyboard reaches the button
 * that opens the matrix, so the heatmap draws as soon as the panel opens (and
 * never for a page that does not open it). On a screen narrower than the
 * heatmap, it scrolls sideways with its row names held at the left edge. */
(function () {
  "use strict";

  var NS = "http://www.w3.org/2000/svg";

  /* Dash's graph loads plotly.js from this address unless window.Plotly exists. */
  function prefetch(event) {
    var t = event.target;
    if (window.Plotly || !window._dashPlotlyJSURL || !t.closest || !t.closest("[data-fetch-plotly]")) return;
    if (document.querySelector("script[data-matrix-prefetch]")) return;
    var script = document.createElement("script");
    script.src = window._dashPlotlyJSURL;
    script.async = true;
    script.setAttribute("data-matrix-prefetch", "");
    document.head.appendChild(script);
  }

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
    document.addEventListener(type, prefetch, { passive: true, capture: true });
  });
  document.addEventListener("scroll", hold, { passive: true, capture: true });
})();
