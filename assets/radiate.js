/* Radiate's map behaviour: selection, keyboard, highlighting, URL sync.
 * Python decides what is highlighted; this file applies it. The DOM holds the
 * selection (aria-pressed, checked boxes); every change is sent to the
 * `selection` store, which the server reads. The drawing is never re-rendered
 * on selection: attributes are toggled in place. */
(function () {
  "use strict";

  var svgCache = {};
  var current = null; // last selection applied
  var lastView = null; // last view state from the server
  var labels = null;
  var zoom = "whole"; // part of the leg in view; the viewBox changes, not the drawing
  var OVERLAYS = { nerve: "data-nerve", dermatome: "data-dermatome", "chain-link": "data-chain-link" };

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  /* Real <input>s inside the labelled controls the layout renders. */
  function enhanceControls() {
    all("label[data-control]:not([data-ready])").forEach(function (label) {
      var input = document.createElement("input");
      input.type = label.getAttribute("data-control");
      input.name = label.getAttribute("data-group");
      input.value = label.getAttribute("data-value");
      if (input.name === "symptom") input.setAttribute("data-symptom", input.value);
      label.insertBefore(input, label.firstChild);
      label.setAttribute("data-ready", "");
    });
  }

  function inputs(group) {
    return all('input[name="' + group + '"]');
  }

  function checkedValues(group) {
    return inputs(group).filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
  }

  function collect() {
    return {
      areas: ((current && current.areas) || []).slice(),
      symptoms: checkedValues("symptom"),
      view: checkedValues("view")[0] || "front",
      side: checkedValues("side")[0] || "right",
      layers: checkedValues("layers"),
      condition: current ? current.condition : null,
      voice: checkedValues("voice").length ? "clinician" : "patient"
    };
  }

  function push(changes) {
    var next = collect();
    Object.keys(changes || {}).forEach(function (k) { next[k] = changes[k]; });
    current = next;
    window.dash_clientside.set_props("selection", { data: next });
  }

  function setRegion(id, on) {
    all('[data-region="' + id + '"]').forEach(function (el) {
      el.setAttribute("aria-pressed", on ? "true" : "false");
    });
    inputs("pick").forEach(function (i) { if (i.value === id) i.checked = on; });
  }

  function toggleRegion(id) {
    var areas = ((current && current.areas) || []).slice();
    var at = areas.indexOf(id);
    if (at >= 0) areas.splice(at, 1); else areas.push(id);
    setRegion(id, at < 0); // painted now, before the server answers
    push({ areas: areas });
  }

  function regionLabel(id, side, voice) {
    if (!labels) return id;
    var names = voice === "clinician" ? labels.anatomical : labels.regions;
    var name = names[id] || id;
    return labels.pattern.replace("{side}", labels.sides[side] || "").replace("{name}", name);
  }

  function loadSvg(view) {
    if (!svgCache[view]) {
      svgCache[view] = fetch("/assets/svg/" + view + ".svg").then(function (r) {
        if (!r.ok) throw new Error("drawing " + view + ": HTTP " + r.status);
        return r.text();
      }).then(function (text) {
        svgText[view] = text;
        return text;
      }).catch(function (error) {
        delete svgCache[view]; // the next paint asks again
        throw error;
      });
    }
    return svgCache[view];
  }

  function draw(map, view, text) {
    map.innerHTML = text;
    map.setAttribute("data-drawn", view);
    var svg = map.querySelector("svg");
    if (svg) {
      svg.setAttribute("role", "group");
      if (labels && labels.map) svg.setAttribute("aria-label", labels.map);
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      labelKeyPoints(svg);
      captionInsets(svg);
    }
    applyZoom(zoom);
  }

  function showView(view) {
    var map = document.getElementById("map");
    if (!map) return Promise.resolve();
    if (map.getAttribute("data-drawn") === view) return Promise.resolve();
    return loadSvg(view).then(function (text) { draw(map, view, text); });
  }

  /* Printing shows the view that holds most of the selected areas, then goes back. */
  var svgText = {};
  var printedFrom = null;

  function drawnAreas(view) {
    return ((current && current.areas) || []).filter(function (id) {
      return (svgText[view] || "").indexOf('data-region="' + id + '"') >= 0;
    }).length;
  }

  function swapForPrint(to) {
    var map = document.getElementById("map");
    var cue = document.getElementById("side-cue");
    if (!map || !svgText[to]) return;
    draw(map, to, svgText[to]);
    if (cue && labels && labels.cues) {
      cue.textContent = labels.cues[to].replace(
        "{side}", (labels.sides[current.side] || "").toLowerCase());
    }
    paintSelection(current);
    if (lastView) paintView(lastView);
  }

  window.addEventListener("beforeprint", function () {
    var shown = current && current.view;
    var other = shown === "back" ? "front" : "back";
    if (shown && drawnAreas(other) > drawnAreas(shown)) {
      printedFrom = shown;
      swapForPrint(other);
    }
  });
  window.addEventListener("afterprint", function () {
    if (printedFrom) swapForPrint(printedFrom);
    printedFrom = null;
  });

  function applyZoom(name) {
    zoom = name;
    var svg = document.querySelector("#map svg");
    if (svg) {
      if (!svg.hasAttribute("data-zoom-whole")) {
        svg.setAttribute("data-zoom-whole", svg.getAttribute("viewBox"));
      }
      svg.setAttribute("viewBox", svg.getAttribute("data-zoom-" + name) ||
                                  svg.getAttribute("data-zoom-whole"));
    }
    inputs("zoom").forEach(function (i) { i.checked = i.value === name; });
  }

  function paintSelection(data) {
    var map = document.getElementById("map");
    map.setAttribute("data-view", data.view);
    map.setAttribute("data-side", data.side);
    map.setAttribute("data-layers", data.layers.join(" "));
    all("#map [data-region]").forEach(function (el) {
      var id = el.getAttribute("data-region");
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "button");
      el.setAttribute("aria-label", regionLabel(id, data.side, data.voice));
      el.setAttribute("aria-pressed", data.areas.indexOf(id) >= 0 ? "true" : "false");
    });
    inputs("pick").forEach(function (i) { i.checked = data.areas.indexOf(i.value) >= 0; });
    inputs("symptom").forEach(function (i) { i.checked = data.symptoms.indexOf(i.value) >= 0; });
    inputs("layers").forEach(function (i) { i.checked = data.layers.indexOf(i.value) >= 0; });
    inputs("view").forEach(function (i) { i.checked = i.value === data.view; });
    inputs("side").forEach(function (i) { i.checked = i.value === data.side; });
    inputs("voice").forEach(function (i) { i.checked = data.voice === "clinician"; });
    document.documentElement.setAttribute("data-voice", data.voice || "patient");
  }

  function addText(svg, x, y, cls, text) {
    var el = document.createElementNS("http://www.w3.org/2000/svg", "text");
    el.setAttribute("x", x);
    el.setAttribute("y", y);
    el.setAttribute("class", cls);
    el.setAttribute("aria-hidden", "true");
    el.textContent = text;
    svg.appendChild(el);
  }

  /* A caption under each inset drawn apart from the leg (the sole). */
  function captionInsets(svg) {
    all("[data-inset]", svg).forEach(function (inset) {
      var box = inset.getBBox();
      var name = (labels && labels.regions[inset.getAttribute("data-region")]) || "";
      addText(svg, box.x + box.width / 2, box.y + box.height + 26, "map-caption", name);
    });
  }

  /* Root labels beside the ISNCSCI key points, shown in the clinician voice. */
  function labelKeyPoints(svg) {
    all("circle[data-key-point]", svg).forEach(function (dot) {
      addText(dot.parentNode, Number(dot.getAttribute("cx")) + 9,
              Number(dot.getAttribute("cy")) + 5, "map-label", dot.getAttribute("data-key-point"));
    });
  }

  function present(on) {
    var root = document.documentElement;
    root.toggleAttribute("data-presenting", on);
    var button = document.getElementById("present");
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
    if (on && root.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().catch(function () { /* large type still applies */ });
    } else if (!on && document.fullscreenElement) {
      document.exitFullscreen();
    }
  }

  function share() {
    var status = document.getElementById("share-status");
    var say = function (text) { if (status) status.textContent = text; };
    var button = document.getElementById("share");
    if (button) button.setAttribute("aria-expanded", "true");
    if (!navigator.clipboard) { say(labels && labels.copyFailed); return; }
    navigator.clipboard.writeText(window.location.href).then(
      function () { say(labels && labels.copied); },
      function () { say(labels && labels.copyFailed); });
  }

  function paintView(vs) {
    Object.keys(OVERLAYS).forEach(function (key) {
      var attr = OVERLAYS[key];
      var on = (vs.highlight && vs.highlight[key]) || [];
      all("[" + attr + "]").forEach(function (el) {
        el.classList.toggle("is-highlighted", on.indexOf(el.getAttribute(attr)) >= 0);
      });
    });
    all("[data-region]").forEach(function (el) {
      el.classList.toggle("is-typical", (vs.typical || []).indexOf(el.getAttribute("data-region")) >= 0);
    });
    var map = document.getElementById("map");
    if (map && map.querySelector("svg")) map.setAttribute("data-query", vs.query || "");
    var url = window.location.pathname + (vs.query || "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, "", url);
    }
  }

  function applySelection(data, labelData) {
    if (!data) return window.dash_clientside.no_update;
    labels = labelData || labels;
    current = data;
    enhanceControls();
    var paint = function () {
      paintSelection(current);
      if (lastView) paintView(lastView);
    };
    showView(data.view).then(paint, function () { showView(current.view).then(paint); });
    return data.view + ":" + data.side;
  }

  function applyViewState(vs) {
    if (!vs) return window.dash_clientside.no_update;
    lastView = vs;
    paintView(vs);
    return vs.shown || "";
  }

  function onActivate(event) {
    var region = event.target.closest && event.target.closest("#map [data-region], #map [data-hit]");
    if (region) {
      toggleRegion(region.getAttribute("data-region") || region.getAttribute("data-hit"));
      return;
    }
    var choose = event.target.closest && event.target.closest("#candidates [data-condition]");
    if (choose) {
      push({ condition: choose.getAttribute("data-condition") });
      return;
    }
    var id = event.target.id;
    if (id === "present") present(!document.documentElement.hasAttribute("data-presenting"));
    if (id === "print") window.print();
    if (id === "share") share();
    if (id === "clear") {
      all("#map [data-region]").forEach(function (el) { el.setAttribute("aria-pressed", "false"); });
      inputs("symptom").concat(inputs("pick")).forEach(function (i) { i.checked = false; });
      push({ areas: [], symptoms: [], condition: null });
    }
  }

  function onKey(event) {
    if (event.key === "Escape" && document.documentElement.hasAttribute("data-presenting")) {
      present(false);
      return;
    }
    if (event.key !== "Enter" && event.key !== " " && event.key !== "Spacebar") return;
    var region = event.target.closest && event.target.closest("#map [data-region]");
    if (!region) return;
    event.preventDefault();
    toggleRegion(region.getAttribute("data-region"));
  }

  function onChange(event) {
    var input = event.target;
    if (!input.name || !input.matches("label[data-control] > input")) return;
    if (input.name === "pick") {
      toggleRegion(input.value);
    } else if (input.name === "zoom") {
      applyZoom(input.value);
    } else if (input.name === "view") {
      showView(input.value).then(function () { push(); });
    } else {
      push();
    }
  }

  document.addEventListener("click", onActivate);
  document.addEventListener("keydown", onKey);
  document.addEventListener("change", onChange);
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement) present(false);
  });

  // Start fetching the drawings now, while Dash is still starting.
  loadSvg("front").catch(function () {});
  loadSvg("back").catch(function () {});

  window.radiate = { applySelection: applySelection, applyViewState: applyViewState };
})();
