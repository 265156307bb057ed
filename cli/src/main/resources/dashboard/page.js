// Blocwatch analyst page: one chart per scenario and bloc pair (uPlot), the alert list with its
// filters, and the evidence of the selected alert. The same code runs in the live dashboard (data
// from /events, server-sent) and in a report file (data embedded in the page).
// Every text that comes from news items or records is put into the page with textContent or as an
// attribute value, never as HTML; links are kept only when they are http or https.
(function () {
  'use strict';

  var SEVERITIES = ['low', 'medium', 'high', 'critical'];
  var TYPES = ['COUNTER_ALIGNMENT', 'POLARIZATION_RISE', 'POLARIZATION_JUMP', 'CROSS_BLOC_HOSTILITY', 'REALIGNMENT'];
  var COMPONENTS = [
    { key: 'cohesion_a', label: function (b) { return 'cohesion ' + b[0]; }, stroke: '#2e6fd8' },
    { key: 'cohesion_b', label: function (b) { return 'cohesion ' + b[1]; }, stroke: '#8a4fd1' },
    { key: 'cross_cooperation', label: function () { return 'cooperation across'; }, stroke: '#1e9e5a' },
    { key: 'cross_hostility', label: function () { return 'hostility across'; }, stroke: '#e08a00' }
  ];

  var state = { scores: {}, alerts: {}, items: {}, selected: null };
  var charts = [];
  var mode = document.body.getAttribute('data-mode');
  var renderPending = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function safeUrl(u) {
    if (typeof u !== 'string') { return null; }
    try {
      var x = new URL(u);
      return (x.protocol === 'http:' || x.protocol === 'https:') ? x.href : null;
    } catch (e) { return null; }
  }

  function link(url, text) {
    var href = safeUrl(url);
    if (!href) { return el('span', null, text); }
    var a = el('a', null, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer nofollow';
    return a;
  }

  function pairKey(scenario, blocs) { return scenario + '|' + (blocs || []).join('|'); }
  function seconds(iso) { var t = Date.parse(iso); return isNaN(t) ? null : t / 1000; }
  function day(iso) { return typeof iso === 'string' ? iso.replace('T', ' ').replace(/:00Z$|Z$/, ' UTC') : ''; }
  function fixed(x, n) { return typeof x === 'number' ? x.toFixed(n) : ''; }
  function sevRank(s) { return SEVERITIES.indexOf(s); }

  // ---- data in ----

  function addScore(s) {
    if (!s || typeof s.scenario !== 'string' || !Array.isArray(s.blocs)) { return; }
    var k = pairKey(s.scenario, s.blocs);
    (state.scores[k] = state.scores[k] || []).push(s);
  }
  function addAlert(a) {
    if (a && typeof a.alert_id === 'string') { state.alerts[a.alert_id] = a; }
  }
  function addItems(items) {
    if (!items) { return; }
    Object.keys(items).forEach(function (id) { state.items[id] = items[id]; });
  }
  function load(snapshot) {
    state.scores = {}; state.alerts = {}; state.items = {};
    (snapshot.scores || []).forEach(addScore);
    (snapshot.alerts || []).forEach(addAlert);
    addItems(snapshot.items);
  }

  // Alerts in event-time order, numbered from 1: the number is on the marker and in the list.
  function orderedAlerts() {
    var list = Object.keys(state.alerts).map(function (k) { return state.alerts[k]; });
    list.sort(function (a, b) {
      return (a.event_time < b.event_time ? -1 : a.event_time > b.event_time ? 1 : 0) ||
        (a.alert_id < b.alert_id ? -1 : 1);
    });
    list.forEach(function (a, i) { a._n = i + 1; });
    return list;
  }

  function filters() {
    return {
      scenario: document.getElementById('filter-scenario').value,
      type: document.getElementById('filter-type').value,
      severity: document.getElementById('filter-severity').value
    };
  }
  function passes(a, f) {
    return (!f.scenario || a.scenario === f.scenario) && (!f.type || a.type === f.type) &&
      (!f.severity || sevRank(a.severity) >= sevRank(f.severity));
  }

  // ---- render ----

  function scheduleRender() {
    if (renderPending) { return; }
    renderPending = true;
    setTimeout(function () { renderPending = false; render(); }, 150);
  }

  function render() {
    var alerts = orderedAlerts();
    fillSelect('filter-scenario', unique(Object.keys(state.scores).map(function (k) { return k.split('|')[0]; })
      .concat(alerts.map(function (a) { return a.scenario; }))));
    fillSelect('filter-type', TYPES.filter(function (t) { return alerts.some(function (a) { return a.type === t; }); }));
    var f = filters();
    var shown = alerts.filter(function (a) { return passes(a, f); });
    renderCharts(alerts, shown, f);
    renderAlertList(alerts, shown);
    renderEvidence();
  }

  function unique(xs) { return xs.filter(function (x, i) { return x && xs.indexOf(x) === i; }).sort(); }

  function fillSelect(id, values) {
    var sel = document.getElementById(id);
    var keep = sel.value;
    while (sel.options.length > 1) { sel.remove(1); }
    values.forEach(function (v) { var o = el('option', null, v); o.value = v; sel.appendChild(o); });
    sel.value = values.indexOf(keep) >= 0 ? keep : '';
  }

  function renderCharts(all, shown, f) {
    charts.forEach(function (u) { u.destroy(); });
    charts = [];
    var box = document.getElementById('charts');
    box.textContent = '';
    var keys = unique(Object.keys(state.scores).concat(all.map(function (a) { return pairKey(a.scenario, a.blocs); })));
    keys = keys.filter(function (k) { return !f.scenario || k.split('|')[0] === f.scenario; });
    // Pairs with alerts first, then by scenario and pair.
    keys.sort(function (a, b) {
      var na = all.filter(function (x) { return pairKey(x.scenario, x.blocs) === a; }).length;
      var nb = all.filter(function (x) { return pairKey(x.scenario, x.blocs) === b; }).length;
      return (nb > 0) - (na > 0) || (a < b ? -1 : 1);
    });
    if (keys.length === 0) { box.appendChild(el('p', 'empty', 'No scores yet.')); return; }
    // One time axis for every chart, so that pairs compare at a glance.
    var latest = 0, earliest = Infinity;
    function span(iso) { var t = seconds(iso); if (t !== null) { latest = Math.max(latest, t); earliest = Math.min(earliest, t); } }
    Object.keys(state.scores).forEach(function (k) { state.scores[k].forEach(function (s) { span(s.event_time); }); });
    all.forEach(function (a) { span(a.event_time); });
    keys.forEach(function (k) {
      var parts = k.split('|');
      var blocs = parts.slice(1);
      var pairAlerts = shown.filter(function (a) { return pairKey(a.scenario, a.blocs) === k; });
      box.appendChild(chartCard(k, parts[0], blocs, (state.scores[k] || []).slice(), pairAlerts, earliest, latest));
    });
  }

  function chartCard(key, scenario, blocs, scores, pairAlerts, earliest, latest) {
    scores.sort(function (a, b) { return a.event_time < b.event_time ? -1 : a.event_time > b.event_time ? 1 : 0; });
    var card = el('div', 'pair');
    card.setAttribute('data-pair', key);
    var h = el('h2');
    h.appendChild(el('span', 'scenario', scenario));
    h.appendChild(document.createTextNode(blocs.join(' \u00d7 ')));
    card.appendChild(h);
    var last = scores[scores.length - 1];
    var facts = el('div', 'facts');
    if (last) {
      facts.appendChild(document.createTextNode('\u03c0 now '));
      facts.appendChild(el('b', null, fixed(last.polarization, 3)));
      facts.appendChild(document.createTextNode(' at ' + day(last.event_time) + ' \u00b7 ' + scores.length +
        ' score update(s) \u00b7 ' + pairAlerts.length + ' alert(s)'));
    } else {
      facts.textContent = 'no score yet \u00b7 ' + pairAlerts.length + ' alert(s)';
    }
    card.appendChild(facts);
    var chartBox = el('div', 'chart');
    card.appendChild(chartBox);

    // x: every score time and every alert time; series: pi and the components, stepped (a score holds until the next one).
    var xs = unique(scores.map(function (s) { return seconds(s.event_time); })
      .concat(pairAlerts.map(function (a) { return seconds(a.event_time); }))
      .filter(function (x) { return x !== null; }).map(String)).map(Number).sort(function (a, b) { return a - b; });
    // A score holds until the next one: the line goes on to the latest moment the page knows of.
    if (scores.length && latest > xs[xs.length - 1]) { xs.push(latest); }
    var byTime = {};
    scores.forEach(function (s) { byTime[seconds(s.event_time)] = s; });
    var pi = [], comp = COMPONENTS.map(function () { return []; });
    xs.forEach(function (x, i) {
      var s = byTime[x] || (i === xs.length - 1 && x === latest && scores.length ? scores[scores.length - 1] : null);
      pi.push(s ? s.polarization : null);
      COMPONENTS.forEach(function (c, i) { comp[i].push(s && s.components ? s.components[c.key] : null); });
    });
    function valueAt(t) {
      var v = null;
      for (var i = 0; i < scores.length; i++) {
        var st = seconds(scores[i].event_time);
        if (st <= t) { v = scores[i].polarization; } else { if (v === null) { v = scores[i].polarization; } break; }
      }
      return v === null ? 0 : v;
    }
    var stepped = uPlot.paths.stepped({ align: 1 });
    var series = [{}, { label: '\u03c0 polarization', stroke: '#c0392b', width: 2.5, paths: stepped, spanGaps: true,
      points: { show: false }, value: function (u, v) { return v === null ? '' : v.toFixed(3); } }];
    COMPONENTS.forEach(function (c) {
      series.push({ label: c.label(blocs), stroke: c.stroke, width: 1.2, dash: [5, 4], paths: stepped, spanGaps: true,
        points: { show: false }, value: function (u, v) { return v === null ? '' : v.toFixed(3); } });
    });
    var width = Math.max(320, (document.getElementById('charts').clientWidth || 800) - 26);
    var markers = [];
    // Markers that would overlap (the same moment, or days apart on a chart of years) stack upward.
    function place(u) {
      var placed = [];
      markers.forEach(function (mk) {
        var x = u.valToPos(mk.t, 'x'), y = u.valToPos(mk.y, 'y');
        var moved = true;
        while (moved) {
          moved = false;
          for (var i = 0; i < placed.length; i++) {
            if (Math.abs(placed[i].x - x) < 22 && Math.abs(placed[i].y - y) < 22) { y = placed[i].y - 24; moved = true; }
          }
        }
        placed.push({ x: x, y: y });
        mk.node.style.left = x + 'px';
        mk.node.style.top = y + 'px';
        mk.node.classList.toggle('selected', mk.node.getAttribute('data-alert-id') === state.selected);
      });
    }
    var opts = {
      width: width,
      // Event times are UTC everywhere in Blocwatch; the axis says so whatever the reader's time zone.
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); },
      height: 240,
      series: series,
      scales: {
        x: { time: true, range: function (u, min, max) {
          // The data's own extent means "show everything": the common axis. Anything else is a zoom.
          if (min !== null && max !== null && (min !== xs[0] || max !== xs[xs.length - 1]) && max > min) { return [min, max]; }
          var pad = Math.max(86400, (latest - earliest) * 0.03);
          return [earliest - pad, latest + pad];
        } },
        y: { range: function (u, min, max) {
          return [Math.min(-0.1, Math.floor((min - 0.05) * 10) / 10), Math.max(0.5, Math.ceil((max + 0.05) * 10) / 10)];
        } }
      },
      axes: [{}, { label: 'index', size: 50 }],
      cursor: { drag: { x: true, y: false } },
      hooks: {
        ready: [function (u) {
          // A marker per alert, on the line at the alert's event time.
          pairAlerts.forEach(function (a) {
            var m = el('button', 'alert-marker sev-' + (SEVERITIES.indexOf(a.severity) >= 0 ? a.severity : 'low'), a._n);
            m.type = 'button';
            m.setAttribute('data-alert-id', a.alert_id);
            m.title = '#' + a._n + ' ' + a.type + ' (' + a.severity + ') ' + day(a.event_time) + '\n' + (a.summary || '');
            m.addEventListener('click', function (ev) { ev.stopPropagation(); select(a.alert_id); });
            var t = seconds(a.event_time);
            markers.push({ node: m, t: t, y: valueAt(t) });
            u.over.appendChild(m);
          });
          place(u);
        }],
        draw: [place]
      }
    };
    charts.push(new uPlot(opts, [xs, pi].concat(comp), chartBox));
    return card;
  }

  function pairLabel(a) { return (a.blocs || []).join(' \u00d7 '); }

  function renderAlertList(all, shown) {
    document.getElementById('alert-count').textContent = shown.length === all.length
      ? '(' + all.length + ')' : '(' + shown.length + ' of ' + all.length + ')';
    var body = document.querySelector('#alerts tbody');
    body.textContent = '';
    shown.slice().reverse().forEach(function (a) {
      var tr = el('tr', 'alert-row' + (a.alert_id === state.selected ? ' selected' : ''));
      tr.setAttribute('data-alert-id', a.alert_id);
      tr.appendChild(el('td', 'num', a._n));
      tr.appendChild(el('td', null, day(a.event_time)));
      tr.appendChild(el('td', null, a.type));
      var sev = el('td');
      sev.appendChild(el('span', 'badge sev-' + a.severity, a.severity));
      tr.appendChild(sev);
      var pair = el('td', null, pairLabel(a));
      pair.title = a.scenario;
      tr.appendChild(pair);
      tr.appendChild(el('td', null, fixed(a.score, 2)));
      tr.addEventListener('click', function () { select(a.alert_id); });
      body.appendChild(tr);
    });
    document.getElementById('no-alerts').style.display = all.length ? 'none' : '';
  }

  function select(id) {
    state.selected = id;
    document.querySelectorAll('.alert-row').forEach(function (r) {
      r.classList.toggle('selected', r.getAttribute('data-alert-id') === id);
    });
    document.querySelectorAll('.alert-marker').forEach(function (m) {
      m.classList.toggle('selected', m.getAttribute('data-alert-id') === id);
    });
    renderEvidence();
  }

  function renderEvidence() {
    var box = document.getElementById('evidence');
    box.textContent = '';
    var a = state.selected && state.alerts[state.selected];
    if (!a) {
      box.appendChild(el('p', 'empty', 'Select an alert to see the sentences, articles and tags behind it.'));
      return;
    }
    box.setAttribute('data-alert-id', a.alert_id);
    var h = el('h2', null, '#' + a._n + ' ' + a.type + ' ');
    h.appendChild(el('span', 'badge sev-' + a.severity, a.severity));
    box.appendChild(h);
    box.appendChild(el('div', 'meta', a.scenario + ' \u00b7 ' + pairLabel(a) + ' \u00b7 score ' + fixed(a.score, 3) +
      ' \u00b7 ' + day(a.event_time)));
    box.appendChild(el('p', 'summary', a.summary || ''));
    // Evidence grouped by item, in the alert's order.
    var order = [], sentences = {};
    (a.evidence || []).forEach(function (e) {
      var id = e.item_id || '?';
      if (!sentences[id]) { sentences[id] = []; order.push(id); }
      sentences[id].push(e);
    });
    order.forEach(function (id) {
      var item = state.items[id] || {};
      var ev = sentences[id];
      var div = el('div', 'item');
      div.setAttribute('data-item-id', id);
      var title = el('div', 'item-title');
      title.appendChild(link(item.url || ev[0].url, item.title || ('item ' + id)));
      div.appendChild(title);
      div.appendChild(el('div', 'source', [item.source, item.published_at ? day(item.published_at) : null, id]
        .filter(Boolean).join(' \u00b7 ')));
      ev.forEach(function (e) { if (e.sentence) { div.appendChild(el('blockquote', 'sentence', e.sentence)); } });
      if (item.body) { div.appendChild(el('div', 'body', item.body)); }
      div.appendChild(tags(item));
      box.appendChild(div);
    });
  }

  function tags(item) {
    var t = el('div', 'tags');
    if (!item.tagged) { t.appendChild(el('span', 'empty', 'tags not received yet')); return t; }
    (item.actors || []).forEach(function (c) { t.appendChild(el('span', 'tag actor', c)); });
    (item.persons || []).forEach(function (p) {
      t.appendChild(el('span', 'tag person', p.name + (p.role ? ', ' + p.role : '') + (p.country ? ' (' + p.country + ')' : '')));
    });
    (item.interactions || []).forEach(function (i) {
      t.appendChild(el('span', 'tag interaction ' + (i.polarity || ''),
        i.source + ' \u2192 ' + i.target + ' ' + i.kind + ' (' + fixed(i.weight, 1) + ')'));
    });
    (item.agreements || []).forEach(function (g) {
      t.appendChild(el('span', 'tag agreement', [g.domain, g.form, (g.parties || []).join('-'), g.status, g.date, g.place]
        .filter(Boolean).join(' ')));
    });
    return t;
  }

  function setStatus(text, cls) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.className = 'status ' + (cls || '');
  }

  function counts() {
    var n = 0;
    Object.keys(state.scores).forEach(function (k) { n += state.scores[k].length; });
    return Object.keys(state.alerts).length + ' alert(s), ' + n + ' score update(s), ' + Object.keys(state.scores).length + ' pair(s)';
  }

  // ---- start ----

  ['filter-scenario', 'filter-type', 'filter-severity'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', render);
  });
  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(render, 200); });

  if (mode === 'live') {
    var es = new EventSource('events');
    es.addEventListener('snapshot', function (m) {
      load(JSON.parse(m.data));
      render();
      setStatus('live \u00b7 ' + counts(), 'live');
    });
    es.addEventListener('score', function (m) { addScore(JSON.parse(m.data)); setStatus('live \u00b7 ' + counts(), 'live'); scheduleRender(); });
    es.addEventListener('alert', function (m) {
      var d = JSON.parse(m.data);
      addItems(d.items);
      addAlert(d.alert);
      setStatus('live \u00b7 ' + counts(), 'live');
      scheduleRender();
    });
    es.addEventListener('item', function (m) {
      var it = JSON.parse(m.data);
      if (it && typeof it.id === 'string') { state.items[it.id] = it; scheduleRender(); }
    });
    es.onerror = function () { setStatus('connection lost, reconnecting\u2026', 'down'); };
  } else {
    var data = JSON.parse(document.getElementById('blocwatch-data').textContent || '{}');
    load(data);
    render();
    setStatus('report \u00b7 ' + counts() + (data.generated_from ? ' \u00b7 from ' + data.generated_from : ''), '');
  }
})();
