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
  var zoom = null; // part of the leg in view; the viewBox changes, not the drawing
  var lastShown = null; // the condition whose pathway was last traced
  var applied = {}; // "id prop" -> the value the page shows now
  var dashReady = false; // Dash has rendered its stores and runs callbacks

  // The page's ids, named once in viz/ids.py and handed over with the labels.
  var ID = {};

  /* The page state's defaults, as the server's PageState has them. */
  function dflt(key) {
    return labels && labels.defaults ? labels.defaults[key] : null;
  }

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function inputs(group) {
    return all('input[name="' + group + '"]');
  }

  function checkedValues(group) {
    return inputs(group).filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
  }

  /* Root or nerve: the value of one of the two drop-down lists, or none. */
  function chosen(name) {
    var select = document.querySelector('select[name="' + name + '"]');
    return select && select.value ? select.value : null;
  }

  function collect() {
    return {
      areas: ((current && current.areas) || []).slice(),
      symptoms: checkedValues("symptom"),
      view: checkedValues("view")[0] || dflt("view"),
      side: checkedValues("side")[0] || dflt("side"),
      layers: checkedValues("layers"),
      condition: current ? current.condition : null,
      voice: checkedValues("voice")[0] || dflt("voice"),
      zoom: zoom || dflt("zoom"),
      present: document.documentElement.hasAttribute("data-presenting"),
      panel: current ? current.panel : null,
      root: chosen("root"),
      nerve: chosen("nerve"),
      dermatome_map: checkedValues("dermatome_map")[0] || null,
      lang: current ? current.lang : null // the page's language: a link changes it
    };
  }

  function push(changes) {
    var next = collect();
    Object.keys(changes || {}).forEach(function (k) { next[k] = changes[k]; });
    send(ID.SELECTION, next); // the server starts on its answer while
    if (next.panel === "matrix") send(ID.MATRIX_REQUEST, next); // redrawn for it
    applySelection(next); // the page paints what it already knows
  }

  /* A store's new data for Dash; a tap before Dash is up is sent once it is. */
  var waiting = {};
  function send(store, data) {
    var props = {};
    if (store === ID.SHARE_REQUEST) props["data-query"] = data;
    else props["data-state"] = JSON.stringify(data); // the selection, the matrix
    if (dashReady) window.dash_clientside.set_props(store, props);
    else waiting[store] = data;
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

  /* The file that draws a view with the state's dermatome map (the server names
     them in the page data: front, front-keegan...). */
  function drawingOf(view, state) {
    var maps = (labels && labels.drawings) || {};
    var map = (state && state.dermatome_map) || Object.keys(maps)[0];
    return (maps[map] && maps[map][view]) || view;
  }

  function loadSvg(name) {
    if (!svgCache[name]) {
      svgCache[name] = fetch("/assets/svg/" + name + ".svg").then(function (r) {
        if (!r.ok) throw new Error("drawing " + name + ": HTTP " + r.status);
        return r.text();
      }).then(function (text) {
        svgText[name] = text;
        return text;
      }).catch(function (error) {
        delete svgCache[name]; // the next paint asks again
        throw error;
      });
    }
    return svgCache[name];
  }

  function draw(map, view, text) {
    map.innerHTML = text;
    map.setAttribute("data-drawn", view);
    var svg = map.querySelector("svg");
    if (svg) {
      svg.setAttribute("role", "group");
      if (labels && labels.map) svg.setAttribute("aria-label", labels.map);
      // the drawing's own title is English; the page's name for it replaces it
      var title = svg.querySelector("title");
      if (title && labels && labels.map) title.textContent = labels.map;
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      labelKeyPoints(svg);
      labelBands(svg);
      colourBandKey(svg);
    }
    applyZoom(zoom || dflt("zoom"), true); // fit() sizes the labels once the map has its height
    fit();
  }

  function showView(view, state) {
    var map = document.getElementById(ID.MAP);
    var name = drawingOf(view, state || current);
    if (!map) return Promise.resolve();
    if (map.getAttribute("data-drawn") === name) return Promise.resolve();
    return loadSvg(name).then(function (text) { draw(map, name, text); });
  }

  /* Printing shows the view that holds most of the selected areas, then goes back. */
  var svgText = {};
  var printedFrom = null;

  function drawnAreas(view) {
    return ((current && current.areas) || []).filter(function (id) {
      return (svgText[drawingOf(view, current)] || "").indexOf('data-region="' + id + '"') >= 0;
    }).length;
  }

  function swapForPrint(to) {
    var map = document.getElementById(ID.MAP);
    var cue = document.getElementById(ID.SIDE_CUE);
    var name = drawingOf(to, current);
    if (!map || !svgText[name]) return;
    draw(map, name, svgText[name]);
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

  function applyZoom(name, unsized) {
    zoom = name;
    var svg = document.querySelector("#" + ID.MAP + " svg");
    if (svg) {
      if (!svg.hasAttribute("data-zoom-whole")) {
        svg.setAttribute("data-zoom-whole", svg.getAttribute("viewBox"));
      }
      svg.setAttribute("viewBox", svg.getAttribute("data-zoom-" + name) ||
                                  svg.getAttribute("data-zoom-whole"));
    }
    inputs("zoom").forEach(function (i) { i.checked = i.value === name; });
    if (!unsized) sizeLabels();
  }

  /* The zoom box that best shows a region: the tightest one holding its middle. */
  function zoomFor(region) {
    var svg = region.ownerSVGElement;
    var box = region.getBBox();
    var cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    var best = null, bestArea = Infinity;
    Object.keys((labels && labels.zooms) || {}).forEach(function (name) {
      var z = (svg.getAttribute("data-zoom-" + name) || "").split(" ").map(Number);
      if (name === dflt("zoom") || z.length !== 4) return;
      var holds = cx >= z[0] && cx <= z[0] + z[2] && cy >= z[1] && cy <= z[1] + z[3];
      if (holds && z[2] * z[3] < bestArea) { best = name; bestArea = z[2] * z[3]; }
    });
    return best;
  }

  /* On a touch screen a tap on an area too small for a fingertip enlarges its
     part of the leg first; the next tap marks it. */
  var lastPointer = "mouse";
  // Narrower than this, a fingertip (7-10 mm) may land on the neighbour instead.
  var RELIABLE_TAP = 32;
  function tooSmallForFinger(region) {
    if (zoom !== dflt("zoom")) return false;
    var coarse = lastPointer === "touch" ||
      (window.matchMedia && window.matchMedia("(pointer: coarse)").matches);
    if (!coarse) return false;
    var r = region.getBoundingClientRect();
    return Math.min(r.width, r.height) < RELIABLE_TAP;
  }

  function say(text) {
    var status = document.getElementById(ID.MAP_STATUS);
    if (status) status.textContent = text || "";
  }

  function zoomTo(name) {
    applyZoom(name);
    push({ zoom: name });
  }

  /* An attribute written only when it changes: no mutation, no restyle. */
  function attr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  function paintSelection(data) {
    var map = document.getElementById(ID.MAP);
    attr(map, "data-view", data.view);
    attr(map, "data-side", data.side);
    attr(map, "data-layers", data.layers.join(" "));
    all("#" + ID.MAP + " [data-region]").forEach(function (el) {
      var id = el.getAttribute("data-region");
      attr(el, "tabindex", "0");
      attr(el, "role", "button");
      attr(el, "aria-label", regionLabel(id, data.side, data.voice));
      attr(el, "aria-pressed", data.areas.indexOf(id) >= 0 ? "true" : "false");
    });
    inputs("pick").forEach(function (i) { i.checked = data.areas.indexOf(i.value) >= 0; });
    inputs("symptom").forEach(function (i) { i.checked = data.symptoms.indexOf(i.value) >= 0; });
    inputs("layers").forEach(function (i) { i.checked = data.layers.indexOf(i.value) >= 0; });
    inputs("view").forEach(function (i) { i.checked = i.value === data.view; });
    inputs("side").forEach(function (i) { i.checked = i.value === data.side; });
    inputs("voice").forEach(function (i) { i.checked = data.voice === "clinician"; });
    var maps = Object.keys((labels && labels.drawings) || {});
    inputs("dermatome_map").forEach(function (i) {
      i.checked = i.value === (data.dermatome_map || maps[0]);
    });
    attr(document.documentElement, "data-voice", data.voice || dflt("voice"));
    ["root", "nerve"].forEach(function (name) {
      var select = document.querySelector('select[name="' + name + '"]');
      if (select && select.value !== (data[name] || "")) select.value = data[name] || "";
    });
    var compare = document.getElementById(ID.COMPARE);
    if (compare && (data.root || data.nerve)) compare.open = true;
    var panel = document.querySelector(".map-panel");
    if (panel) {
      attr(panel, "data-layers", data.layers.join(" "));
      attr(panel, "data-view", data.view);
      panel.toggleAttribute("data-has-areas", data.areas.length > 0);
    }
  }

  var SVG_NS = "http://www.w3.org/2000/svg";

  /* Each dermatome band named inside itself, at the point the drawing gives. */
  function labelBands(svg) {
    var names = document.createElementNS(SVG_NS, "g");
    names.setAttribute("class", "band-labels");
    names.setAttribute("aria-hidden", "true");
    svg.appendChild(names); // last: above the nerves, the chain and the pathway
    all("[data-dermatome][data-label]", svg).forEach(function (band) {
      var at = band.getAttribute("data-label").split(" ");
      var text = document.createElementNS(SVG_NS, "text");
      text.setAttribute("x", at[0]);
      text.setAttribute("y", at[1]);
      text.setAttribute("class", "band-label");
      text.setAttribute("aria-hidden", "true");
      text.textContent = band.getAttribute("data-dermatome");
      names.appendChild(text);
    });
  }

  /* Labels keep one size on screen, whatever the zoom: 14 px, more when presenting. */
  function sizeLabels() {
    var svg = document.querySelector("#" + ID.MAP + " svg");
    if (!svg || !svg.getScreenCTM) return;
    var m = svg.getScreenCTM();
    var scale = m ? Math.abs(m.a) || Math.abs(m.d) : 0;
    if (!scale) return;
    svg.style.fontSize = (14 / scale).toFixed(2) + "px";
  }

  /* The key's dermatome chips take the drawing's own colours; absent bands hide. */
  function colourBandKey(svg) {
    all(".band-chip[data-band]").forEach(function (chip) {
      var band = svg.querySelector('[data-dermatome="' + chip.getAttribute("data-band") + '"]');
      chip.hidden = !band;
      if (band) {
        // the band's colour as the map shows it: translucent over the skin
        var opacity = Number(band.getAttribute("fill-opacity") || 1);
        chip.style.borderColor = band.getAttribute("fill");
        chip.style.backgroundColor = band.getAttribute("fill") +
          ("0" + Math.round(opacity * 255).toString(16)).slice(-2);
      }
    });
  }

  /* The map and the panel beside it fill the first screen, under the header
     and any warning banner; measured, because the banner's height varies. */
  function fit() {
    var root = document.documentElement;
    var flags = document.getElementById(ID.RED_FLAGS);
    var main = document.querySelector(".page-main");
    var panel = document.querySelector(".map-panel");
    var svg = document.querySelector("#" + ID.MAP + " svg");
    if (!main || !panel) return;
    // Every measure first, then every write: one layout, not one per line.
    var flagsH = flags && !flags.hidden ? flags.offsetHeight : 0;
    var top = root.hasAttribute("data-presenting") ? 0 : main.getBoundingClientRect().top + window.scrollY;
    var extra = panel.getBoundingClientRect().height - (svg ? svg.getBoundingClientRect().height : 0);
    var avail = window.innerHeight - top - 8;
    var sheet = window.innerWidth < 600 ? window.innerHeight * 0.26 : 0; // the phone's list
    root.style.setProperty("--flags-h", flagsH + "px");
    root.style.setProperty("--fit-h", Math.max(avail, 320) + "px");
    root.style.setProperty("--map-h", Math.max(avail - extra - sheet, 300) + "px");
    sizeLabels();
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

  /* Root labels beside the ISNCSCI key points, shown in the clinician voice.
     Each point is a named button, with a target a fingertip can hit. */
  function labelKeyPoints(svg) {
    all("circle[data-key-point]", svg).forEach(function (dot) {
      var root = dot.getAttribute("data-key-point");
      addText(dot.parentNode, Number(dot.getAttribute("cx")) + 9,
              Number(dot.getAttribute("cy")) + 5, "map-label", root);
      var hit = document.createElementNS(SVG_NS, "circle");
      hit.setAttribute("cx", dot.getAttribute("cx"));
      hit.setAttribute("cy", dot.getAttribute("cy"));
      hit.setAttribute("r", "16");
      hit.setAttribute("class", "key-point-hit");
      hit.setAttribute("data-key-hit", root);
      hit.setAttribute("aria-hidden", "true");
      svg.appendChild(hit); // above the areas, so a tap on it reaches it
      dot.setAttribute("tabindex", "0");
      dot.setAttribute("role", "button");
      dot.setAttribute("aria-label", (labels && labels.keyPoints && labels.keyPoints[root]) || root);
    });
  }

  /* A key point chosen: its root, where it lies and how it is tested. */
  function sayKeyPoint(root) {
    var name = (labels.keyPoints && labels.keyPoints[root]) || root;
    say(name + ". " + (labels.keyPointTest || ""));
  }

  /* The lit pathway drawn once from its source to the painful areas, in about
     half a second: roots and traps first, then nerves, bands and chain links. */
  var TRACE_MS = 500;
  function trace(map) {
    if (!map.animate && !(Element.prototype.animate)) return;
    if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    var lines = all("[data-root].is-highlighted, [data-nerve].is-highlighted, [data-chain-link].is-highlighted", map);
    lines.forEach(function (el) {
      var early = el.hasAttribute("data-root");
      el.setAttribute("pathLength", "100");
      el.animate([
        { strokeDasharray: "100 100", strokeDashoffset: 100 },
        { strokeDasharray: "100 100", strokeDashoffset: 0 }
      ], { duration: early ? TRACE_MS * 0.5 : TRACE_MS * 0.7, delay: early ? 0 : TRACE_MS * 0.3,
           easing: "ease-out", fill: "backwards" }).onfinish = function () {
        el.removeAttribute("pathLength");
      };
    });
    all("[data-dermatome].is-highlighted, [data-site].is-highlighted", map).forEach(function (el) {
      el.animate([{ opacity: 0 }, { opacity: 1 }],
                 { duration: TRACE_MS * 0.6, delay: TRACE_MS * 0.4, easing: "ease-in", fill: "backwards" });
    });
  }

  function present(on, fromUser) {
    var root = document.documentElement;
    if (root.hasAttribute("data-presenting") === on) return;
    root.toggleAttribute("data-presenting", on);
    var button = document.getElementById(ID.PRESENT);
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
    if (fromUser && on && root.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().catch(function () { /* large type still applies */ });
    } else if (!on && document.fullscreenElement) {
      document.exitFullscreen();
    }
    fit();
  }

  /* Presentation shows one candidate at a time: step to the one before or after. */
  function step(by) {
    var items = all("#" + ID.CANDIDATES + " [data-condition]");
    var at = items.findIndex(function (li) { return li.classList.contains("is-shown"); });
    var next = items[Math.min(Math.max(at + by, 0), items.length - 1)];
    if (next) push({ condition: next.getAttribute("data-condition") });
  }

  function share() {
    var status = document.getElementById(ID.SHARE_STATUS);
    var say = function (text) { if (status) status.textContent = text; };
    var button = document.getElementById(ID.SHARE);
    if (button) button.setAttribute("aria-expanded", "true");
    if (!navigator.clipboard) { say(labels && labels.copyFailed); return; }
    navigator.clipboard.writeText(window.location.href).then(
      function () { say(labels && labels.copied); },
      function () { say(labels && labels.copyFailed); });
  }

  /* The map carries the query of the state it shows once the drawing, the state
     and Dash (which takes the next change to the server) are all in place. */
  function markReady() {
    var map = document.getElementById(ID.MAP);
    if (dashReady && lastView && map && map.querySelector("svg")) {
      attr(map, "data-query", lastView.query || "");
    }
  }

  var painted = null; // the view state and drawing last painted together

  function paintView(vs) {
    var drawing = document.querySelector("#" + ID.MAP + " svg");
    if (painted && painted.vs === vs && painted.drawing === drawing) return markReady();
    painted = { vs: vs, drawing: drawing };
    // The server sends every overlay it knows, each as the data-<key> attribute
    // of the map's structures and the ids to light: nothing is listed here.
    Object.keys(vs.highlight || {}).forEach(function (key) {
      var attr = "data-" + key;
      var on = vs.highlight[key] || [];
      all("[" + attr + "]").forEach(function (el) {
        el.classList.toggle("is-highlighted", on.indexOf(el.getAttribute(attr)) >= 0);
      });
    });
    // A root is lit with the skin band it supplies.
    var bands = (vs.highlight && vs.highlight.dermatome) || [];
    all("[data-root]").forEach(function (el) {
      el.classList.toggle("is-highlighted", bands.indexOf(el.getAttribute("data-root")) >= 0);
    });
    var root = (vs.compare && vs.compare.root) || [], nerve = (vs.compare && vs.compare.nerve) || [];
    all("[data-region]").forEach(function (el) {
      var id = el.getAttribute("data-region");
      el.classList.toggle("is-typical", (vs.typical || []).indexOf(id) >= 0);
      var inRoot = root.indexOf(id) >= 0, inNerve = nerve.indexOf(id) >= 0;
      var side = inRoot && inNerve ? "both" : inRoot ? "root" : inNerve ? "nerve" : null;
      if (side) attr(el, "data-compare", side); else el.removeAttribute("data-compare");
    });
    var map = document.getElementById(ID.MAP);
    var panel = document.querySelector(".map-panel");
    if (map) map.toggleAttribute("data-shown", !!vs.shown);
    if (panel) panel.toggleAttribute("data-shown", !!vs.shown);
    if (panel) { // which of the two territories the key explains
      var comparing = (root.length ? ["root"] : []).concat(nerve.length ? ["nerve"] : []);
      if (comparing.length) attr(panel, "data-comparing", comparing.join(" "));
      else panel.removeAttribute("data-comparing");
    }
    if (panel) panel.toggleAttribute("data-differing", ((vs.highlight || {}).differs || []).length > 0);
    if (vs.shown !== lastShown && map && map.querySelector("svg")) {
      lastShown = vs.shown;
      // The list and the lit pathway show in this frame; the tracing starts in the next.
      if (vs.shown) requestAnimationFrame(function () { trace(map); });
    }
    markReady();
    var url = window.location.pathname + (vs.query || "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, "", url);
    }
  }

  function applySelection(data) {
    current = data;
    present(!!data.present, false);
    if (data.zoom && data.zoom !== zoom) applyZoom(data.zoom);
    var paint = function () {
      paintSelection(current);
      if (lastView) paintView(lastView);
    };
    showView(data.view, data).then(paint, function () { showView(current.view).then(paint); });
  }

  /* The server's answer for a state: per element id, each property's new value
     (element content comes as HTML the server escaped), then what the map shows.
     Swapping each container in one piece is much cheaper than React rebuilding
     a tree of components on every tap. */
  function applyAnswer(answer) {
    if (!answer) return;
    Object.keys(answer.set || {}).forEach(function (id) {
      var el = document.getElementById(id), props = answer.set[id];
      if (!el) return;
      // Only what changed is written: no mutation, no restyle, no re-fit.
      Object.keys(props).forEach(function (prop) {
        var value = props[prop], key = id + " " + prop;
        if (prop === "children") {
          var now = key in applied ? applied[key] : el.innerHTML; // as sent with the page
          applied[key] = value;
          if (now !== value) el.innerHTML = value;
        } else if (prop === "hidden") {
          if (el.hidden !== !!value) el.hidden = !!value;
        } else {
          attr(el, prop, String(value));
        }
      });
    });
    if (answer.view) {
      lastView = answer.view;
      paintView(answer.view);
    }
  }

  function onActivate(event) {
    var key = event.target.closest && event.target.closest("#" + ID.MAP + " [data-key-point], #" + ID.MAP + " [data-key-hit]");
    if (key) {
      sayKeyPoint(key.getAttribute("data-key-point") || key.getAttribute("data-key-hit"));
      return;
    }
    var region = event.target.closest && event.target.closest("#" + ID.MAP + " [data-region]" + ", " + "#" + ID.MAP + " [data-hit]");
    if (region) {
      var id = region.getAttribute("data-region") || region.getAttribute("data-hit");
      var shape = document.querySelector('#map [data-region="' + id + '"]') || region;
      var part = event.detail > 0 && tooSmallForFinger(shape) ? zoomFor(shape) : null;
      if (part) {
        zoomTo(part);
        say(labels.zoomedTo.replace("{part}", labels.zooms[part]));
      } else {
        toggleRegion(id);
      }
      return;
    }
    var fold = event.target.closest && event.target.closest(".flags-toggle");
    if (fold) {
      foldFlags(fold.getAttribute("aria-expanded") === "true");
      return;
    }
    var ask = event.target.closest && event.target.closest("#" + ID.VERDICT + " [data-ask]");
    if (ask) { // a one-tap answer: tick the symptom the question asks about
      var symptom = ask.getAttribute("data-ask");
      inputs("symptom").forEach(function (i) { if (i.value === symptom) i.checked = true; });
      push();
      return;
    }
    var choose = event.target.closest && event.target.closest("#" + ID.CANDIDATES + " [data-condition]");
    if (choose) {
      push({ condition: choose.getAttribute("data-condition") });
      return;
    }
    var button = event.target.closest && event.target.closest("button[id]");
    var id = button ? button.id : event.target.id;
    if (id === ID.PRESENT) {
      present(!document.documentElement.hasAttribute("data-presenting"), true);
      push();
    }
    if (id === ID.MATRIX_OPEN) openMatrix(true, true);
    if (id === ID.MATRIX_CLOSE) openMatrix(false, true);
    if (id === ID.PREVIOUS) step(-1);
    if (id === ID.NEXT) step(1);
    if (id === ID.PRINT) window.print();
    if (id === ID.SHARE) {
      share();
      send(ID.SHARE_REQUEST, (lastView && lastView.query) || "");
    }
    if (id === ID.CLEAR) {
      all("#" + ID.MAP + " [data-region]").forEach(function (el) { el.setAttribute("aria-pressed", "false"); });
      inputs("symptom").concat(inputs("pick")).forEach(function (i) { i.checked = false; });
      push({ areas: [], symptoms: [], condition: null });
    }
  }

  function onKey(event) {
    if (event.key === "Escape" && current && current.panel === "matrix") {
      openMatrix(false, true);
      return;
    }
    if (event.key === "Escape" && document.documentElement.hasAttribute("data-presenting")) {
      present(false);
      push();
      return;
    }
    if (event.key !== "Enter" && event.key !== " " && event.key !== "Spacebar") return;
    var key = event.target.closest && event.target.closest("#" + ID.MAP + " [data-key-point]");
    if (key) {
      event.preventDefault();
      sayKeyPoint(key.getAttribute("data-key-point"));
      return;
    }
    var region = event.target.closest && event.target.closest("#" + ID.MAP + " [data-region]");
    if (!region) return;
    event.preventDefault();
    toggleRegion(region.getAttribute("data-region"));
  }

  function onChange(event) {
    var input = event.target;
    if (input.matches && input.matches('select[name="root"], select[name="nerve"]')) {
      push();
      return;
    }
    if (!input.name || !input.matches("label[data-control] > input")) return;
    if (input.name === "pick") {
      toggleRegion(input.value);
    } else if (input.name === "zoom") {
      say("");
      zoomTo(input.value);
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
    if (!document.fullscreenElement && document.documentElement.hasAttribute("data-presenting")) {
      present(false);
      push();
    }
  });
  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; }, true);
  window.addEventListener("resize", fit);

  /* The warning banner folds to one line once read; a new warning unfolds it. */
  function foldFlags(folded) {
    var flags = document.getElementById(ID.RED_FLAGS);
    var toggle = flags && flags.querySelector(".flags-toggle");
    if (!flags || !toggle) return;
    flags.toggleAttribute("data-folded", folded);
    toggle.setAttribute("aria-expanded", folded ? "false" : "true");
    toggle.textContent = toggle.getAttribute(folded ? "data-more" : "data-less");
    fit();
  }

  /* The key grows past its fixed height only when many things are drawn at once
     (a root compared, a pathway, the bands): the map then gives it room, so the
     key never falls below the first screen. */
  function watchKey() {
    var key = document.querySelector(".map-panel .legend");
    if (!key || !window.ResizeObserver) return;
    var height = null;
    new ResizeObserver(function (entries) {
      var now = Math.round(entries[0].contentRect.height);
      // presenting, the leg keeps the whole height: the key may run below it
      var presenting = document.documentElement.hasAttribute("data-presenting");
      if (height !== null && now !== height && !presenting) fit();
      height = now;
    }).observe(key);
  }

  var flagsSeen = "";
  function flagIds(flags) {
    return all("[data-flag]", flags).map(function (li) { return li.getAttribute("data-flag"); }).join(" ");
  }
  function watchFlags() {
    var flags = document.getElementById(ID.RED_FLAGS);
    if (!flags || !window.MutationObserver) return false;
    flagsSeen = flagIds(flags);
    new MutationObserver(function () {
      var now = flagIds(flags);
      if (now !== flagsSeen) {
        var grew = now.split(" ").some(function (f) { return f && flagsSeen.split(" ").indexOf(f) < 0; });
        flagsSeen = now;
        if (grew) foldFlags(false);
      }
      fit();
    }).observe(flags, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
    return true;
  }

  /* The referral matrix, over the page. Dash draws it when it is opened (so
     plotly.js is fetched then); a tap on a cell shows that source and area. */
  function openMatrix(on, fromUser) {
    var panel = document.getElementById(ID.MATRIX);
    var button = document.getElementById(ID.MATRIX_OPEN);
    if (!panel) return;
    panel.hidden = !on;
    if (button) button.setAttribute("aria-expanded", on ? "true" : "false");
    if (fromUser) push({ panel: on ? "matrix" : null });
    else if (on) send(ID.MATRIX_REQUEST, current);
    if (on) watchMatrix(panel);
    else if (fromUser && button) button.focus();
  }

  var matrixWatched = false;
  function watchMatrix(panel) {
    if (matrixWatched) return;
    matrixWatched = true;
    var focused = false;
    new MutationObserver(function () {
      var title = document.getElementById(ID.MATRIX_TITLE);
      if (title && !focused && !panel.hidden) { focused = true; title.focus(); }
      var plot = panel.querySelector(".js-plotly-plot");
      if (plot && plot.on && !plot.hasAttribute("data-bound")) {
        plot.setAttribute("data-bound", "");
        plot.on("plotly_click", function (data) {
          var cell = data && data.points && data.points[0] && data.points[0].customdata;
          if (!cell) return;
          var parts = String(cell).split(" "), view = current.view;
          if (!document.querySelector("#" + ID.MAP + ' [data-region="' + parts[0] + '"]')) {
            view = view === "front" ? "back" : "front"; // drawn in the other view only
          }
          openMatrix(false, false);
          push({ panel: null, condition: parts[1], view: view });
          showView(view).then(function () { pointAt(parts[0]); });
        });
      }
    }).observe(panel, { childList: true, subtree: true });
  }

  /* Briefly marks an area on the map, as a matrix cell points at it. */
  function pointAt(region) {
    all('#' + ID.MAP + ' [data-region="' + region + '"]').forEach(function (el) {
      el.classList.add("is-pointed");
      setTimeout(function () { el.classList.remove("is-pointed"); }, 2500);
    });
  }

  /* Dash is up: its one start-up callback has run, so taps reach the server. */
  function start() {
    dashReady = true;
    // Each answer arrives as the data-answer attribute of a hidden element.
    [ID.ANSWER, ID.SHARE_ANSWER].forEach(function (id) {
      var holder = document.getElementById(id);
      if (holder) new MutationObserver(function () {
        applyAnswer(JSON.parse(holder.getAttribute("data-answer") || "null"));
      }).observe(holder, { attributes: true, attributeFilter: ["data-answer"] });
    });
    // The other view's drawing, for printing and switching, once the page is up.
    loadSvg(drawingOf("front", current)).catch(function () {});
    loadSvg(drawingOf("back", current)).catch(function () {});
    Object.keys(waiting).forEach(function (store) { send(store, waiting[store]); });
    waiting = {};
    if (current && current.panel === "matrix") openMatrix(true, false);
    markReady();
    return window.dash_clientside.no_update;
  }

  // The page arrives with its state shown; its data (the state, what the map
  // shows, names and ids) is in the JSON element viz/ids.py calls PAGE_DATA.
  var pageData = document.getElementById("page-data");
  if (pageData) {
    labels = JSON.parse(pageData.textContent);
    ID = labels.ids;
    lastView = labels.start.view;
    watchFlags();
    watchKey();
    applySelection(labels.start.selection);
  }

  // The page's clientside callbacks (viz/callbacks.py wires them by name).
  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.radiate = { start: start };
})();
