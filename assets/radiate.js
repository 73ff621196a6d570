/* Radiate's map script. Taps and keys become the page state in the selection
 * store (set_props); painters, run by clientside callbacks, show three stores:
 * the state, what the map shows (the server's answer) and the map's texts.
 * Names, zoom parts, drawings and highlights all come from the server. */
(function () {
  "use strict";
  var text = null; // the map-text store: names, texts, drawings, ids
  var state = null; // the selection store: the page state
  var view = null; // the view store: what the map shows, and its address
  var ID = {};
  var svgs = {}; // drawing name -> promise of its text
  var drawn = {}; // drawing name -> its text, once loaded (printing swaps)
  var lastPointer = "mouse";
  var lastShown = null;
  var flagsSeen = [];
  var printing = null; // the view drawn for printing, when not the state's
  var pointing = null; // an area to mark briefly once drawn
  var enlarged = null; // the part a tap enlarged so that the next could mark
  var RELIABLE_TAP = 32; // narrower than this, a fingertip may hit the neighbour

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }
  function attr(el, name, value) { // written only when it changes
    if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function byId(id) { return document.getElementById(id); }
  function say(words) { var s = byId(ID.MAP_STATUS); if (s) s.textContent = words || ""; }
  function mapSvg() { return document.querySelector("#" + ID.MAP + " svg"); }
  function inMaps(selector) { // in the map, and in the other view drawn beside it
    return "#" + ID.MAP + " " + selector + ", #" + ID.MAP_TWIN + " " + selector;
  }

  /* A change of state: shown at once, then sent to the store (and the server). */
  function send(changes) {
    state = Object.assign({}, state, changes);
    paintState();
    window.dash_clientside.set_props(ID.SELECTION, { data: state });
  }

  /* A control pressed: its value toggles in a list, or becomes the choice (a
     switch goes back to its data-off value). */
  function press(group, value, off) {
    var now = state[group], change = {};
    if (Array.isArray(now)) {
      change[group] = now.indexOf(value) >= 0
        ? now.filter(function (v) { return v !== value; }) : now.concat([value]);
    } else {
      change[group] = off && now === value ? off : value;
    }
    send(change);
  }

  /* On a touch screen, a tap on an area too small for a fingertip enlarges the
     part of the leg the server names for it; the next tap marks it. */
  function tapRegion(id, pointed) {
    var shape = document.querySelector("#" + ID.MAP + ' [data-region="' + id + '"]');
    var part = text.zoomOf[id];
    var coarse = lastPointer === "touch" || window.matchMedia("(pointer: coarse)").matches;
    if (pointed && coarse && part && shape && state.zoom === text.whole) {
      var r = shape.getBoundingClientRect();
      if (Math.min(r.width, r.height) < RELIABLE_TAP) {
        say(text.zoomedTo[part]);
        enlarged = part;
        return send({ zoom: part });
      }
    }
    say(""); // marked: the message goes, and an enlargement made for it too
    if (enlarged && state.zoom === enlarged) state.zoom = text.whole;
    enlarged = null;
    press("areas", id);
  }

  function drawingOf(s) {
    var maps = text.drawings;
    return maps[s.dermatome_map || Object.keys(maps)[0]][s.view];
  }

  function load(name) {
    if (!svgs[name]) {
      svgs[name] = fetch("/assets/svg/" + name + ".svg").then(function (r) {
        if (!r.ok) throw new Error("drawing " + name + ": HTTP " + r.status);
        return r.text();
      }).then(function (t) { drawn[name] = t; return t; }, function (error) {
        delete svgs[name]; // the next paint asks again
        throw error;
      });
    }
    return svgs[name];
  }

  /* The drawing put in the map, named in the reader's language. */
  function draw(name, svgText) {
    var map = byId(ID.MAP);
    map.innerHTML = svgText;
    map.setAttribute("data-drawn", name);
    var svg = mapSvg();
    svg.setAttribute("aria-label", text.map);
    all("circle[data-key-point]", svg).forEach(function (dot) {
      var root = dot.getAttribute("data-key-point");
      attr(dot, "aria-label", text.keyPoints[root] || root);
    });
    all(".band-chip[data-band]").forEach(function (chip) {
      chip.hidden = !svg.querySelector('[data-dermatome="' + chip.getAttribute("data-band") + '"]');
    });
  }

  /* The other view, beside the map where the screen is wide enough (the
     stylesheet shows it): for the eye and the finger, not the keyboard. */
  function drawTwin() {
    var twin = byId(ID.MAP_TWIN), views = Object.keys(text.drawings[Object.keys(text.drawings)[0]]);
    var other = { view: views.filter(function (v) { return v !== state.view; })[0] };
    other.dermatome_map = state.dermatome_map;
    var name = drawingOf(other);
    if (!twin || !twin.offsetParent || twin.getAttribute("data-drawn") === name) return;
    if (!drawn[name]) return load(name).then(paint);
    twin.innerHTML = drawn[name];
    twin.setAttribute("data-drawn", name);
    twin.setAttribute("data-view", other.view);
    all("[tabindex]", twin).forEach(function (el) { el.setAttribute("tabindex", "-1"); });
    paintState(); // the copy's areas and zoom, as the map's
  }

  /* The state shown: the drawing of its view, its zoom, every control checked
     as the state says, every area pressed or not. */
  function paintState() {
    var map = byId(ID.MAP), root = document.documentElement, s = state;
    var svg = mapSvg();
    if (!svg) return;
    all(inMaps("svg")).forEach(function (drawing) {
      drawing.setAttribute("viewBox", drawing.getAttribute("data-zoom-" + s.zoom) || drawing.getAttribute("data-zoom-whole"));
    });
    root.toggleAttribute("data-presenting", !!s.present);
    if (!s.present && document.fullscreenElement) document.exitFullscreen();
    attr(root, "data-voice", s.voice);
    [map, document.querySelector(".map-panel"), byId(ID.MAP_TWIN)].forEach(function (el, i) {
      if (i < 2) attr(el, "data-view", printing || s.view);
      attr(el, "data-zoom", s.zoom);
      attr(el, "data-side", s.side);
      attr(el, "data-layers", s.layers.join(" "));
      el.toggleAttribute("data-has-areas", s.areas.length > 0);
    });
    all("[data-group][data-value][role]").forEach(function (b) {
      var v = s[b.getAttribute("data-group")], value = b.getAttribute("data-value");
      if (v === null || v === undefined) v = text.unset[b.getAttribute("data-group")];
      attr(b, "aria-checked", (Array.isArray(v) ? v.indexOf(value) >= 0 : v === value) ? "true" : "false");
    });
    all("select[name]").forEach(function (select) {
      if (select.value !== (s[select.name] || "")) select.value = s[select.name] || "";
    });
    all(inMaps("[data-region]")).forEach(function (el) {
      var id = el.getAttribute("data-region");
      attr(el, "aria-label", text.regions[s.voice][s.side][id] || id);
      attr(el, "aria-pressed", s.areas.indexOf(id) >= 0 ? "true" : "false");
    });
    all(inMaps('[data-region="' + pointing + '"]')).forEach(function (el) {
      pointing = null; // marked briefly, once drawn
      el.classList.add("is-pointed");
      setTimeout(function () { el.classList.remove("is-pointed"); }, 2500);
    });
  }

  /* What the server says the map shows: lit structures, typical areas, the two
     territories compared. The map then carries the address it shows. */
  function paintView() {
    var v = view, map = byId(ID.MAP);
    Object.keys(v.highlight).forEach(function (key) {
      all("[data-" + key + "]").forEach(function (el) {
        el.classList.toggle("is-highlighted", v.highlight[key].indexOf(el.getAttribute("data-" + key)) >= 0);
      });
    });
    all(inMaps("[data-region]")).forEach(function (el) {
      var id = el.getAttribute("data-region");
      el.classList.toggle("is-typical", v.typical.indexOf(id) >= 0);
      var side = v.regions[id];
      if (side) attr(el, "data-compare", side); else el.removeAttribute("data-compare");
    });
    if (v.shown !== lastShown) {
      lastShown = v.shown;
      if (v.shown) requestAnimationFrame(function () { trace(map); });
    }
    if (v.flags.some(function (f) { return flagsSeen.indexOf(f) < 0; })) window.radiatePage.raised();
    flagsSeen = v.flags;
    document.documentElement.lang = text.lang;
    if (window.location.search !== v.query) {
      window.history.replaceState(null, "", window.location.pathname + v.query + window.location.hash);
    }
  }

  function paint() {
    if (!text || !state) return;
    paintState();
    drawTwin();
    if (view && mapSvg()) paintView();
    window.radiatePage.fit();
  }

  /* The lit pathway drawn once from its source to the painful areas. */
  function trace(map) {
    if (!Element.prototype.animate || window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    all("[data-root].is-highlighted, [data-nerve].is-highlighted, [data-chain-link].is-highlighted", map).forEach(function (el) {
      var early = el.hasAttribute("data-root");
      el.setAttribute("pathLength", "100");
      el.animate([{ strokeDasharray: "100 100", strokeDashoffset: 100 }, { strokeDasharray: "100 100", strokeDashoffset: 0 }],
        { duration: early ? 250 : 350, delay: early ? 0 : 150, easing: "ease-out", fill: "backwards" })
        .onfinish = function () { el.removeAttribute("pathLength"); };
    });
    all("[data-dermatome].is-highlighted, [data-site].is-highlighted", map).forEach(function (el) {
      el.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 300, delay: 200, easing: "ease-in", fill: "backwards" });
    });
  }

  /* Printing shows the view the server says holds most of the selected areas. */
  function printView(view) {
    var name = drawingOf({ view: view, dermatome_map: state.dermatome_map });
    if (!drawn[name]) return;
    printing = view === state.view ? null : view;
    draw(name, drawn[name]);
    paint();
  }

  document.addEventListener("click", function (event) {
    var t = event.target.closest ? event.target : null, hit;
    if (!t || !state || !text) return;
    if ((hit = t.closest(inMaps("[data-key-point]") + ", " + inMaps("[data-key-hit]")))) {
      var root = hit.getAttribute("data-key-point") || hit.getAttribute("data-key-hit");
      return say(text.keyPointSaid[root]);
    }
    if ((hit = t.closest(inMaps("[data-region]") + ", " + inMaps("[data-hit]")))) {
      return tapRegion(hit.getAttribute("data-region") || hit.getAttribute("data-hit"), event.detail > 0);
    }
    if ((hit = t.closest("[data-set]"))) {
      var changes = JSON.parse(hit.getAttribute("data-set"));
      if (changes.present && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(function () { /* large type still applies */ });
      }
      return send(changes);
    }
    if ((hit = t.closest("[data-group][data-value]"))) {
      if (hit.getAttribute("data-group") === "zoom") say("");
      return press(hit.getAttribute("data-group"), hit.getAttribute("data-value"), hit.getAttribute("data-off"));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (!state) return;
    if (event.key === "Escape" && (state.panel || state.present)) return send(state.panel ? { panel: null } : { present: false });
    /* presenting, the arrow and page keys (and a presenter's clicker) press
       Previous and Next, unless a field has the keyboard */
    var stepKey = { ArrowRight: ID.NEXT, PageDown: ID.NEXT, ArrowLeft: ID.PREVIOUS, PageUp: ID.PREVIOUS }[event.key];
    var typing = event.target.closest && event.target.closest("input, select, textarea");
    if (state.present && stepKey && !typing && byId(stepKey) && byId(stepKey).offsetParent) {
      event.preventDefault();
      return byId(stepKey).click();
    }
    var hit = event.target.closest && event.target.closest("#" + ID.MAP + " [role=button]");
    if (!hit || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault(); // a key press on the map is a tap, without a pointer (detail 0)
    hit.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  });
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (state && select.matches && select.matches("select[name]")) {
      var change = {};
      change[select.name] = select.value || null;
      send(change);
    }
  });
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && state && state.present) send({ present: false });
  });
  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; }, true);
  window.addEventListener("beforeprint", function () {
    if (view && state && view.print !== state.view) printView(view.print);
  });
  window.addEventListener("afterprint", function () {
    if (printing) printView(state.view);
  });

  /* The painter: a clientside callback of the three stores (and of an area a
     matrix cell points at). Its answer, the address the map shows, becomes
     the map's data-query once the drawing is in place. */
  var lastPointed = null;
  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.radiate = {
    paint: function (textData, stateData, viewData, pointed) {
      if (textData && textData !== text) {
        text = textData;
        ID = text.ids;
        Object.keys(text.drawings[Object.keys(text.drawings)[0]]).forEach(function (v) {
          load(drawingOf({ view: v })).catch(function () {});
        });
      }
      if (pointed && pointed !== lastPointed) pointing = pointed;
      lastPointed = pointed;
      state = stateData || state;
      view = viewData || view;
      if (!text || !state) return window.dash_clientside.no_update;
      return load(drawingOf(state)).then(function (t) {
        if (byId(ID.MAP).getAttribute("data-drawn") !== drawingOf(state)) draw(drawingOf(state), t);
        paint();
        return view ? view.query : window.dash_clientside.no_update;
      });
    }
  };
})();
