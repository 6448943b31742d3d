/*
 * The built-in dashboard: plain browser JavaScript against this instance's API, no libraries and
 * nothing fetched from elsewhere. Data is always written with textContent, never as HTML.
 */
(function () {
  'use strict';

  var API = '/api/v1';
  var TICKER_MAX = 30;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  var state = {
    filters: {},
    cursor: null,
    knownEvents: new Set(),
    firstLoad: true,
    refreshTimer: null,
    loading: false,
    heatmapMode: 'count',
    scorecardHorizon: 'P1D',
    priceCache: {},
    synthetic: false
  };

  // ---- formatting ---------------------------------------------------------------------------

  var ASSET_NAMES = {
    UST_YIELDS: 'UST yields',
    RISK_SENTIMENT: 'Risk sentiment',
    OIL_BRENT: 'Brent crude',
    OIL_WTI: 'WTI crude',
    DXY: 'Dollar index'
  };
  var CURRENCIES = new Set(['USD', 'EUR', 'JPY', 'GBP', 'AUD', 'NZD', 'CAD', 'CHF', 'CNY', 'CNH', 'RUB', 'MXN', 'TRY',
    'INR', 'KRW', 'BRL', 'ARS', 'PEN', 'ZAR']);
  var LOWER_WORDS = new Set(['YIELDS', 'EQUITIES', 'SPREAD', 'SPREADS', 'BOND', 'FIX', 'SENTIMENT']);

  /** Taxonomy asset codes as people write them: USDCNH -> USD/CNH, UST_10Y -> UST 10Y, CN_EQUITIES -> CN equities. */
  function assetLabel(code) {
    if (!code) { return '?'; }
    if (ASSET_NAMES[code]) { return ASSET_NAMES[code]; }
    if (/^[A-Z]{6}$/.test(code) && CURRENCIES.has(code.slice(0, 3)) && CURRENCIES.has(code.slice(3))) {
      return code.slice(0, 3) + '/' + code.slice(3);
    }
    var words = code.split('_');
    if (words.length === 1) { return code; }
    return words.map(function (w) {
      if (w.length <= 3 || /\d/.test(w)) { return w; }
      if (LOWER_WORDS.has(w)) { return w.toLowerCase(); }
      return w.charAt(0) + w.slice(1).toLowerCase();
    }).join(' ');
  }

  function typeLabel(type) {
    var parts = (type || '').split('.');
    var name = parts[parts.length - 1].replace(/_/g, ' ');
    return { name: name.charAt(0).toUpperCase() + name.slice(1), category: parts.length > 1 ? parts.slice(0, -1).join(' · ') : '' };
  }

  function directionWord(asset, direction) {
    if (asset === 'RISK_SENTIMENT') {
      if (direction === 'up') { return 'risk-on'; }
      if (direction === 'down') { return 'risk-off'; }
    }
    return direction;
  }

  function fmtTime(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }

  function fmtDate(isoDate) {
    var d = new Date(isoDate + 'T00:00:00Z');
    if (isNaN(d.getTime())) { return isoDate; }
    return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function fmtLag(reaction) {
    if (reaction.scope === 'article') { return 'in the same article'; }
    var ms = reaction.lag_ms || 0;
    var sign = ms < 0 ? '−' : '+';
    var minutes = Math.round(Math.abs(ms) / 60000);
    var text;
    if (minutes < 60) {
      text = minutes + ' min';
    } else if (minutes < 48 * 60) {
      text = Math.floor(minutes / 60) + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
    } else {
      text = Math.round(minutes / 1440) + ' days';
    }
    var source = reaction.note_source_kind === 'note_feed' ? 'market-notes feed' : 'another article';
    return sign + text + ' · ' + source;
  }

  // ---- DOM ------------------------------------------------------------------------------------

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] === null || attrs[k] === undefined) { return; }
        if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'className') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  /** An arrow whose length says the magnitude: small, moderate, large; unspecified is drawn as moderate. */
  function arrow(direction, magnitude) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'arrow');
    svg.setAttribute('aria-hidden', 'true');
    var len = { small: 5, moderate: 8, large: 11 }[magnitude] || 8;
    var path = document.createElementNS(SVG_NS, 'path');
    var d;
    if (direction === 'up') {
      d = 'M12 ' + (12 - len) + ' L19 ' + (12 - len + 7) + ' L14 ' + (12 - len + 7) + ' L14 ' + (12 + len) + ' L10 ' + (12 + len) + ' L10 ' + (12 - len + 7) + ' L5 ' + (12 - len + 7) + ' Z';
    } else if (direction === 'down') {
      d = 'M12 ' + (12 + len) + ' L19 ' + (12 + len - 7) + ' L14 ' + (12 + len - 7) + ' L14 ' + (12 - len) + ' L10 ' + (12 - len) + ' L10 ' + (12 + len - 7) + ' L5 ' + (12 + len - 7) + ' Z';
    } else {
      d = 'M3 10 L21 10 L21 14 L3 14 Z';
    }
    path.setAttribute('d', d);
    svg.appendChild(path);
    return svg;
  }

  function magnitudeBars(magnitude) {
    var n = { small: 1, moderate: 2, large: 3 }[magnitude] || 0;
    var wrap = el('span', { className: 'magnitude', 'aria-hidden': 'true' });
    [6, 10, 14].forEach(function (h, i) {
      var bar = el('i', { className: i < n ? 'on' : '' });
      bar.style.height = h + 'px';
      wrap.appendChild(bar);
    });
    return wrap;
  }

  // ---- API ------------------------------------------------------------------------------------

  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (body) {
        if (!r.ok) {
          var err = new Error(body && body.message ? body.message : 'HTTP ' + r.status);
          err.status = r.status;
          throw err;
        }
        return body;
      });
    });
  }

  function queryString(extra) {
    var p = new URLSearchParams();
    var f = state.filters;
    ['from', 'to', 'type', 'country'].forEach(function (k) { if (f[k]) { p.set(k, f[k]); } });
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] === null || extra[k] === undefined) { p.delete(k); } else { p.set(k, extra[k]); }
    });
    var s = p.toString();
    return s ? '?' + s : '';
  }

  function showError(message) {
    var e = document.getElementById('filter-error');
    e.textContent = message || '';
    e.hidden = !message;
  }

  // ---- timeline -------------------------------------------------------------------------------

  function loadTimeline(append) {
    if (state.loading) { return Promise.resolve(); }
    state.loading = true;
    var list = document.getElementById('timeline');
    list.setAttribute('aria-busy', 'true');
    var tagsQuery = queryString({ limit: 500, type: null, country: null });
    return Promise.all([
      getJson(API + '/timeline' + queryString({ limit: 25, cursor: append ? state.cursor : null })),
      getJson(API + '/articles' + tagsQuery).catch(function () { return { items: [] }; })
    ]).then(function (results) {
      var page = results[0];
      var tags = {};
      results[1].items.forEach(function (a) { tags[a.id] = a.tags || []; });
      if (!append) { list.textContent = ''; }
      page.items.forEach(function (e) {
        var fresh = !state.firstLoad && !state.knownEvents.has(e.id);
        state.knownEvents.add(e.id);
        list.appendChild(renderEvent(e, tags[e.article_id] || [], fresh));
      });
      state.firstLoad = false;
      state.cursor = page.next_cursor;
      document.getElementById('more').hidden = !page.next_cursor;
      document.getElementById('timeline-empty').hidden = list.children.length > 0;
      updateTypeOptions(page.items);
      showSyntheticBanner();
      showError(page.complete === false ? 'Some instances did not answer: the lists may be incomplete.' : '');
    }).catch(function (err) {
      showError('Could not load the timeline: ' + err.message);
    }).then(function () {
      state.loading = false;
      list.setAttribute('aria-busy', 'false');
    });
  }

  function renderEvent(e, articleTags, fresh) {
    var t = typeLabel(e.type);
    var li = el('li', { className: 'event-card' + (fresh ? ' fresh' : ''), 'data-event-id': e.id, 'data-event-type': e.type });
    var when = el('div', { className: 'event-when' });
    if (e.event_date) {
      when.appendChild(el('span', null, 'Event ', el('time', { datetime: e.event_date, text: fmtDate(e.event_date) })));
    }
    when.appendChild(el('span', null, 'Reported ', el('time', { datetime: e.event_time, text: fmtTime(e.event_time) })));
    li.appendChild(when);

    var head = el('div', { className: 'event-head' },
      el('h3', { className: 'event-type', text: t.name }),
      t.category ? el('span', { className: 'badge', text: t.category }) : null,
      el('span', { className: 'badge', text: (e.countries || []).join(' · ') }));
    // The article's mood, on the events the market reacted to; its other tags are in the detail view.
    if ((e.reactions || []).length) {
      articleTags.filter(function (tag) { return tag === 'risk-on' || tag === 'risk-off'; }).forEach(function (tag) {
        head.appendChild(el('span', { className: 'badge ' + tag, text: tag }));
      });
    }
    li.appendChild(head);
    li.appendChild(el('p', { className: 'event-headline', text: e.headline || '' }));
    if (e.actors && e.actors.length) {
      li.appendChild(el('p', { className: 'event-who', text: e.actors.join(', ') }));
    }

    var reactions = e.reactions || [];
    if (reactions.length) {
      li.appendChild(summary(reactions));
      var ul = el('ul', { className: 'reactions', 'aria-label': 'Market reactions to this event' });
      reactions.forEach(function (r) { ul.appendChild(renderReaction(r)); });
      li.appendChild(ul);
    } else {
      li.appendChild(el('p', { className: 'empty', text: 'No market reaction linked yet.' }));
    }
    var show = el('button', { type: 'button', className: 'secondary', text: 'Show the evidence in the article' });
    show.addEventListener('click', function () { openDetail(e); });
    li.appendChild(el('div', { className: 'event-actions' }, show));
    return li;
  }

  /** One line that reads as the story: "Market reaction: UST yields ▲ up (small), USD/CNH ▼ down (expected), risk-on." */
  function summary(reactions) {
    var seen = {};
    var p = el('p', { className: 'event-summary' }, 'Market reaction: ');
    var first = true;
    // Markets first, the overall mood last: it reads as "call -> yields up, yuan firmer, risk-on".
    var ordered = reactions.filter(function (r) { return r.asset !== 'RISK_SENTIMENT'; })
      .concat(reactions.filter(function (r) { return r.asset === 'RISK_SENTIMENT'; }));
    ordered.forEach(function (r) {
      var key = r.asset + r.direction;
      if (seen[key]) { return; }
      seen[key] = true;
      if (!first) { p.appendChild(document.createTextNode(', ')); }
      first = false;
      var word = directionWord(r.asset, r.direction);
      var qualifiers = [r.magnitude === 'unspecified' ? null : r.magnitude, r.modality === 'realized' ? null : r.modality].filter(Boolean);
      if (r.asset === 'RISK_SENTIMENT') {
        p.appendChild(el('span', { className: 'arrow-text ' + r.direction, text: word }));
      } else {
        p.appendChild(document.createTextNode(assetLabel(r.asset) + ' '));
        p.appendChild(el('span', { className: 'arrow-text ' + r.direction, text: (r.direction === 'up' ? '▲ ' : r.direction === 'down' ? '▼ ' : '') + word }));
      }
      if (qualifiers.length) { p.appendChild(document.createTextNode(' (' + qualifiers.join(', ') + ')')); }
    });
    p.appendChild(document.createTextNode('.'));
    return p;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function renderReaction(r) {
    var word = directionWord(r.asset, r.direction);
    var label = assetLabel(r.asset) + ' ' + word + ', ' + r.magnitude + ' magnitude, ' + r.modality + ', ' + fmtLag(r);
    var li = el('li', {
      className: 'reaction ' + r.direction, 'data-asset': r.asset, 'data-direction': r.direction,
      'data-modality': r.modality, 'data-scope': r.scope, 'aria-label': label, title: 'confidence ' + Math.round(r.confidence * 100) + '%'
    });
    li.appendChild(arrow(r.direction, r.magnitude));
    li.appendChild(el('span', { className: 'asset' }, assetLabel(r.asset) + ' ', el('span', { className: 'dir-word', text: word })));
    li.appendChild(el('span', { className: 'mag' }, magnitudeBars(r.magnitude), ' ',
      r.magnitude === 'unspecified' ? el('span', { className: 'unstated', text: 'size not stated' }) : r.magnitude));
    li.appendChild(el('span', { className: 'modality ' + r.modality, text: r.modality }));
    li.appendChild(el('span', { className: 'lag', text: fmtLag(r) }));
    if (r.realized) { li.appendChild(renderRealized(r)); }
    return li;
  }

  // ---- realized moves -------------------------------------------------------------------------

  var HORIZON_LABELS = { PT15M: '15 min', PT1H: '1 h', P1D: '1 day' };
  var HORIZON_MS = { PT15M: 15 * 60000, PT1H: 3600000, P1D: 86400000 };

  function fmtMove(move, unit) {
    if (move === null || move === undefined) { return '?'; }
    var sign = move > 0 ? '+' : move < 0 ? '−' : '±';
    var abs = Math.abs(move);
    return unit === 'bp' ? sign + abs.toFixed(1) + ' bp' : sign + abs.toFixed(2) + '%';
  }

  /** The measure a verdict rests on: from publication for a forecast, from the event for a realized note. */
  function checkedMeasure(m) {
    return m.checked_from === 'publication' ? m.from_publication : m.from_event;
  }

  /** What the market did: a chart of the instrument around the event and a line per horizon. */
  function renderRealized(r) {
    var info = r.realized;
    var box = el('div', { className: 'realized-moves', 'data-status': info.status, 'data-instrument': info.instrument || '' });
    if (info.status === 'not_measured') {
      box.appendChild(el('span', { className: 'realized-note', text: 'Not measured: realized moves are measured for reactions inside articles only, so far.' }));
      return box;
    }
    if (info.status === 'no_instrument') {
      box.appendChild(el('span', { className: 'realized-note', text: 'Not measured: no price series stands for ' + assetLabel(r.asset) + '.' }));
      return box;
    }
    if (info.synthetic_prices) {
      state.synthetic = true;
      box.appendChild(el('span', { className: 'badge synthetic', text: 'synthetic prices' }));
    }
    var moves = el('ul', { className: 'horizons', 'aria-label': 'What ' + assetLabel(info.instrument) + ' did after the news' });
    (info.horizon_order || Object.keys(HORIZON_LABELS)).forEach(function (h) {
      var m = info.horizons[h];
      var label = HORIZON_LABELS[h] || h;
      if (!m) {
        moves.appendChild(el('li', { className: 'horizon pending', 'data-horizon': h, 'data-status': 'pending',
          text: label + ': pending (prices have not passed it yet)' }));
        return;
      }
      var c = checkedMeasure(m);
      if (c.status !== 'complete') {
        moves.appendChild(el('li', { className: 'horizon ' + c.status, 'data-horizon': h, 'data-status': c.status,
          title: c.reason || '', text: label + ': ' + (c.status === 'no_prices' ? 'no prices' : 'pending') }));
        return;
      }
      var verdict = c.verdict || '';
      var item = el('li', { className: 'horizon complete ' + verdict, 'data-horizon': h, 'data-status': 'complete',
        'data-verdict': verdict, 'data-move': String(c.move), 'data-z': c.z === null ? '' : String(c.z),
        title: 'from ' + (m.checked_from === 'publication' ? 'publication' : 'the event') + ': ' + fmtTime(c.start_time) + ' ' + c.start_value
          + ' → ' + fmtTime(c.end_time) + ' ' + c.end_value + (c.reason ? ' · ' + c.reason : '') });
      item.appendChild(el('span', { className: 'h', text: label }));
      item.appendChild(el('span', { className: 'move ' + (c.move > 0 ? 'up' : c.move < 0 ? 'down' : ''), text: fmtMove(c.move, m.move_unit) }));
      item.appendChild(el('span', { className: 'z', text: c.z === null ? 'z n/a' : 'z ' + c.z.toFixed(1) }));
      item.appendChild(el('span', { className: 'verdict', text: verdict.replace(/_/g, ' ') }));
      moves.appendChild(item);
    });
    var chartBox = el('div', { className: 'chart-box' });
    box.appendChild(chartBox);
    box.appendChild(moves);
    if (info.status === 'measured') { drawChart(chartBox, r, info); }
    return box;
  }

  function anyMove(info) {
    var keys = Object.keys(info.horizons);
    return keys.length ? info.horizons[keys[0]] : null;
  }

  /** Fetches the instrument's prices from before the event to a day after publication (cached by URL). */
  function drawChart(box, r, info) {
    var m = anyMove(info);
    var eventT = Date.parse(m.event_time);
    var pubT = Date.parse(m.publication_time);
    var from = Math.min(eventT, pubT) - 6 * 3600000;
    var to = pubT + HORIZON_MS.P1D + 3600000;
    var url = API + '/prices/' + encodeURIComponent(info.instrument) + '?from=' + new Date(from).toISOString()
      + '&to=' + new Date(to).toISOString() + '&limit=240';
    var p = state.priceCache[url] || (state.priceCache[url] = getJson(url));
    p.then(function (prices) {
      box.appendChild(priceChart(prices, m, info, from, to));
    }).catch(function (err) {
      box.appendChild(el('span', { className: 'realized-note', text: 'Prices unavailable: ' + err.message }));
    });
  }

  function svg(tag, attrs) {
    var n = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }

  /** A small line chart: the prices, the event and publication marked, each horizon's end, its moves' start and end. */
  function priceChart(prices, m, info, from, to) {
    var W = 320, H = 96, L = 4, R = 4, T = 14, B = 14;
    var pts = prices.points.map(function (p) { return [Date.parse(p[0]), p[1]]; });
    var chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'price-chart', role: 'img', 'data-points': String(pts.length) });
    var title = svg('title');
    title.textContent = assetLabel(info.instrument) + ' from ' + fmtTime(new Date(from).toISOString()) + ' to '
      + fmtTime(new Date(to).toISOString()) + (prices.synthetic ? ' (synthetic prices)' : '');
    chart.appendChild(title);
    if (pts.length < 2) {
      var none = svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'chart-label' });
      none.textContent = 'no prices kept around this event';
      chart.appendChild(none);
      return chart;
    }
    var lo = Math.min.apply(null, pts.map(function (p) { return p[1]; }));
    var hi = Math.max.apply(null, pts.map(function (p) { return p[1]; }));
    if (hi === lo) { hi = lo + 1; }
    function x(t) { return L + (W - L - R) * (t - from) / (to - from); }
    function y(v) { return T + (H - T - B) * (1 - (v - lo) / (hi - lo)); }
    var eventT = Date.parse(m.event_time);
    var pubT = Date.parse(m.publication_time);
    Object.keys(HORIZON_MS).forEach(function (h) {
      var hx = x(pubT + HORIZON_MS[h]);
      chart.appendChild(svg('line', { x1: hx, x2: hx, y1: T, y2: H - B, class: 'horizon-mark' }));
      if (h !== 'PT15M') {
        // The 15-minute mark sits too close to the publication for a label of its own.
        var t = svg('text', { x: h === 'P1D' ? hx - 2 : hx + 2, y: H - 3, 'text-anchor': h === 'P1D' ? 'end' : 'start', class: 'chart-label' });
        t.textContent = h === 'P1D' ? '+1 day' : '+1 h';
        chart.appendChild(t);
      }
    });
    chart.appendChild(svg('line', { x1: x(eventT), x2: x(eventT), y1: T - 4, y2: H - B, class: 'event-mark' }));
    var ev = svg('text', { x: x(eventT) + 2, y: T - 5, class: 'chart-label event' });
    ev.textContent = pubT === eventT ? 'event, publication' : 'event';
    chart.appendChild(ev);
    if (pubT !== eventT) {
      chart.appendChild(svg('line', { x1: x(pubT), x2: x(pubT), y1: T - 4, y2: H - B, class: 'pub-mark' }));
      var pub = svg('text', { x: x(pubT) + 2, y: x(pubT) - x(eventT) < 40 ? T + 4 : T - 5, class: 'chart-label pub' });
      pub.textContent = 'publication';
      chart.appendChild(pub);
    }
    var d = pts.map(function (p, i) { return (i ? 'L' : 'M') + x(p[0]).toFixed(1) + ' ' + y(p[1]).toFixed(1); }).join(' ');
    chart.appendChild(svg('path', { d: d, class: 'price-line' }));
    var start = null;
    Object.keys(info.horizons).forEach(function (h) {
      var c = checkedMeasure(info.horizons[h]);
      if (c.status !== 'complete') { return; }
      start = start || c;
      chart.appendChild(svg('circle', { cx: x(Date.parse(c.end_time)), cy: y(c.end_value), r: 2.4,
        class: 'move-end ' + (c.verdict || ''), 'data-horizon': h }));
    });
    if (start) {
      // The level the moves are measured from, to the end of the longest horizon.
      chart.appendChild(svg('line', { x1: x(Date.parse(start.start_time)), x2: x(pubT + HORIZON_MS.P1D),
        y1: y(start.start_value), y2: y(start.start_value), class: 'start-level' }));
      chart.appendChild(svg('circle', { cx: x(Date.parse(start.start_time)), cy: y(start.start_value), r: 2, class: 'move-start' }));
    }
    var scale = svg('text', { x: W - R, y: 10, 'text-anchor': 'end', class: 'chart-label' });
    scale.textContent = lo.toPrecision(5) + ' – ' + hi.toPrecision(5) + (prices.synthetic ? ' · synthetic' : '');
    chart.appendChild(scale);
    return chart;
  }

  // ---- scorecard ------------------------------------------------------------------------------

  function loadScorecard() {
    var wrap = document.getElementById('scorecard');
    var q = queryString({ type: null, country: null, horizon: state.scorecardHorizon });
    return getJson(API + '/scorecard' + q).then(function (s) {
      wrap.textContent = '';
      if (!s.overall.checked) {
        wrap.appendChild(el('p', { className: 'empty', text: 'No forecast checked at ' + (HORIZON_LABELS[s.horizon] || s.horizon) + ' in this range yet.' }));
        return;
      }
      wrap.appendChild(el('p', { className: 'scorecard-overall' },
        'All forecasts: ', el('strong', { text: pct(s.overall.hit_rate) }), ' hit (' + s.overall.hits + ' of ' + s.overall.checked
          + ', 95% CI ' + pct(s.overall.ci95_low) + '–' + pct(s.overall.ci95_high) + ')',
        s.overall.on_synthetic_prices ? el('span', { className: 'badge synthetic', text: s.overall.on_synthetic_prices + ' on synthetic prices' }) : null));
      wrap.appendChild(scoreTable('By attributed source', 'source', s.by_source));
      wrap.appendChild(scoreTable('By event type', 'event_type', s.by_event_type));
    }).catch(function (err) {
      wrap.textContent = '';
      wrap.appendChild(el('p', { className: 'empty', text: 'Could not load the scorecard: ' + err.message }));
    });
  }

  function pct(v) {
    return v === null || v === undefined ? '–' : Math.round(v * 100) + '%';
  }

  function scoreTable(caption, kind, rows) {
    var table = el('table', { className: 'scorecard', 'data-group': kind });
    table.appendChild(el('caption', { text: caption }));
    table.appendChild(el('thead', null, el('tr', null,
      el('th', { scope: 'col', text: kind === 'source' ? 'Source' : 'Event type' }),
      el('th', { scope: 'col', text: 'Checked' }),
      el('th', { scope: 'col', text: 'Hit rate' }),
      el('th', { scope: 'col', text: '95% CI (Wilson)' }))));
    var body = el('tbody');
    rows.forEach(function (row) {
      var name = kind === 'source' ? row.key : typeLabel(row.key).name;
      var tr = el('tr', { 'data-key': row.key },
        el('th', { scope: 'row', title: row.kind ? row.kind : row.key, text: name }),
        el('td', { text: String(row.checked), title: row.hits + ' confirmed, ' + row.misses + ' contradicted, ' + row.not_significant + ' not significant' }),
        el('td', { text: pct(row.hit_rate) }),
        el('td', { text: pct(row.ci95_low) + '–' + pct(row.ci95_high) }));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function showSyntheticBanner() {
    document.getElementById('synthetic-banner').hidden = !state.synthetic;
  }

  function updateTypeOptions(items) {
    var list = document.getElementById('types');
    var have = new Set(Array.prototype.map.call(list.options, function (o) { return o.value; }));
    items.forEach(function (e) {
      if (!have.has(e.type)) {
        have.add(e.type);
        list.appendChild(el('option', { value: e.type }));
      }
    });
  }

  function scheduleRefresh() {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(function () {
      loadTimeline(false);
      loadHeatmap();
      loadScorecard();
    }, 700);
  }

  // ---- heatmap --------------------------------------------------------------------------------

  function loadHeatmap() {
    if (state.heatmapMode === 'realized') { return loadRealizedHeatmap(); }
    var wrap = document.getElementById('heatmap');
    return getJson(API + '/heatmap' + queryString({ type: null, country: null })).then(function (h) {
      wrap.textContent = '';
      if (!h.cells.length) {
        wrap.appendChild(el('p', { className: 'empty', text: 'No reactions counted in this range yet.' }));
        return;
      }
      var max = Math.max.apply(null, h.cells.map(function (c) { return c.total; }));
      var caption = (h.granularity === 'daily' ? 'Daily' : 'Hourly') + ' statistics windows' + (h.complete ? '' : ' (some instances did not answer)');
      var table = heatmapTable(h.cells, 'heatmap', caption, function (c) { return c.total; }, function (c, t, a) {
        var up = c.directions.up || 0;
        var down = c.directions.down || 0;
        var other = c.total - up - down;
        var td = el('td', { 'data-event-type': t, 'data-asset': a, 'aria-label': typeLabel(t).name + ', ' + assetLabel(a) + ': ' + up + ' up, ' + down + ' down' + (other ? ', ' + other + ' flat or mixed' : '') });
        if (up) { td.appendChild(el('span', { className: 'n-up', text: '▲' + up })); }
        if (up && down) { td.appendChild(document.createTextNode(' ')); }
        if (down) { td.appendChild(el('span', { className: 'n-down', text: '▼' + down })); }
        if (other) { td.appendChild(el('span', { text: (up || down ? ' ' : '') + '■' + other })); }
        var alpha = 0.12 + 0.33 * (c.total / max);
        var hue = up >= down ? '11, 122, 117' : '180, 69, 14';
        td.style.background = 'rgba(' + hue + ', ' + alpha.toFixed(2) + ')';
        return td;
      });
      wrap.appendChild(table);
    }).catch(function (err) {
      wrap.textContent = '';
      wrap.appendChild(el('p', { className: 'empty', text: 'Could not load the heatmap: ' + err.message }));
    });
  }

  /** Event types down, assets across (the busiest first), one cell each drawn by {@code cell}. */
  function heatmapTable(cells, className, caption, weight, cell) {
    var types = Array.from(new Set(cells.map(function (c) { return c.event_type; }))).sort();
    var totals = {};
    cells.forEach(function (c) { totals[c.asset] = (totals[c.asset] || 0) + weight(c); });
    var assets = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a] || a.localeCompare(b); });
    var byKey = {};
    cells.forEach(function (c) { byKey[c.event_type + '|' + c.asset] = c; });
    var table = el('table', { className: className });
    table.appendChild(el('caption', { text: caption }));
    var headRow = el('tr', null, el('th', { scope: 'col', text: 'Event type' }));
    assets.forEach(function (a) { headRow.appendChild(el('th', { scope: 'col', title: a, text: assetLabel(a) })); });
    table.appendChild(el('thead', null, headRow));
    var body = el('tbody');
    types.forEach(function (t) {
      var row = el('tr', null, el('th', { scope: 'row', title: t, text: typeLabel(t).name }));
      assets.forEach(function (a) {
        var c = byKey[t + '|' + a];
        row.appendChild(c ? cell(c, t, a) : el('td', { className: 'none', text: '·', 'aria-label': 'none' }));
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  /** The heatmap coloured by what the market did: mean z of the moves in each cell (one hour from the event). */
  function loadRealizedHeatmap() {
    var wrap = document.getElementById('heatmap');
    return getJson(API + '/realized/heatmap' + queryString({ type: null, country: null, horizon: 'PT1H' })).then(function (h) {
      wrap.textContent = '';
      if (!h.cells.length) {
        wrap.appendChild(el('p', { className: 'empty', text: 'No realized move measured in this range yet.' }));
        return;
      }
      var synthetic = h.cells.some(function (c) { return c.synthetic_prices; });
      var caption = 'Mean move ' + (HORIZON_LABELS[h.horizon] || h.horizon) + ' after the event, coloured by mean z'
        + (synthetic ? ' · synthetic prices' : '') + (h.complete ? '' : ' (some instances did not answer)');
      var table = heatmapTable(h.cells, 'heatmap realized-heatmap', caption, function (c) { return c.n; }, function (c, t, a) {
        var z = c.mean_z;
        var td = el('td', { 'data-event-type': t, 'data-asset': a, 'data-mean-z': z === null ? '' : z.toFixed(2),
          'aria-label': typeLabel(t).name + ', ' + assetLabel(a) + ': mean move ' + fmtMove(c.mean_move, c.move_unit)
            + (z === null ? '' : ', mean z ' + z.toFixed(1)) + ' over ' + c.n });
        td.appendChild(el('span', { text: fmtMove(c.mean_move, c.move_unit) }));
        td.appendChild(el('span', { className: 'cell-n', text: (z === null ? '' : ' z ' + z.toFixed(1)) + ' ·' + c.n }));
        var strength = z === null ? 0 : Math.min(1, Math.abs(z) / 3);
        var hue = z !== null && z < 0 ? '180, 69, 14' : '11, 122, 117';
        td.style.background = 'rgba(' + hue + ', ' + (0.08 + 0.5 * strength).toFixed(2) + ')';
        return td;
      });
      wrap.appendChild(table);
    }).catch(function (err) {
      wrap.textContent = '';
      wrap.appendChild(el('p', { className: 'empty', text: 'Could not load the realized heatmap: ' + err.message }));
    });
  }

  // ---- live ticker ----------------------------------------------------------------------------

  function connectLive() {
    var pill = document.getElementById('live-status');
    if (!window.EventSource) {
      pill.textContent = 'Live feed: not supported by this browser';
      pill.className = 'pill pill-bad';
      return;
    }
    var source = new EventSource(API + '/live?backlog=15');
    source.addEventListener('open', function () {
      pill.textContent = 'Live feed: connected';
      pill.className = 'pill pill-ok';
    });
    source.addEventListener('error', function () {
      pill.textContent = 'Live feed: reconnecting…';
      pill.className = 'pill pill-wait';
    });
    source.addEventListener('ready', function () {
      state.liveReady = true;
    });
    source.addEventListener('reset', function () {
      scheduleRefresh();
    });
    source.addEventListener('article', function (msg) {
      var a = JSON.parse(msg.data);
      var counts = plural((a.political_events || []).length, 'event') + ' · ' + plural((a.market_notes || []).length, 'note')
        + ' · ' + plural((a.links || []).length, 'link');
      addTicker('article', a.id, el('span', { className: 'what' }, a.title, el('span', { className: 'when', text: fmtTime(a.published_at) + ' · ' + counts })));
      if (state.liveReady) { scheduleRefresh(); }
    });
    source.addEventListener('link', function (msg) {
      var r = JSON.parse(msg.data);
      var text = assetLabel(r.asset) + ' ' + (r.direction === 'up' ? '▲ ' : r.direction === 'down' ? '▼ ' : '') + directionWord(r.asset, r.direction)
        + ' linked to ' + typeLabel(r.event_type).name.toLowerCase();
      addTicker('link', r.id, el('span', { className: 'what' }, text, el('span', { className: 'when', text: fmtTime(r.note_time) + ' · ' + fmtLag(r) })));
      if (state.liveReady) { scheduleRefresh(); }
    });
  }

  function addTicker(kind, id, content) {
    var list = document.getElementById('ticker');
    var li = el('li', { className: state.liveReady ? 'fresh' : '', 'data-kind': kind, 'data-id': id },
      el('span', { className: 'kind ' + kind, text: kind === 'article' ? 'Article' : 'Link' }), content);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > TICKER_MAX) { list.removeChild(list.lastChild); }
    document.getElementById('ticker-empty').hidden = true;
  }

  // ---- detail ---------------------------------------------------------------------------------

  function openDetail(event) {
    var dialog = document.getElementById('detail');
    var textBox = document.getElementById('detail-text');
    var findings = document.getElementById('detail-findings');
    document.getElementById('detail-title').textContent = event.headline || event.article_id;
    document.getElementById('detail-meta').textContent = 'Loading…';
    textBox.textContent = '';
    findings.textContent = '';
    if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }

    var id = encodeURIComponent(event.article_id);
    Promise.all([
      getJson(API + '/articles/' + id),
      getJson(API + '/articles/' + id + '/text').catch(function () { return null; })
    ]).then(function (r) {
      renderDetail(r[0], r[1], event);
    }).catch(function (err) {
      document.getElementById('detail-meta').textContent = 'Could not load the article: ' + err.message;
    });
  }

  function renderDetail(article, text, event) {
    var meta = [article.source, fmtTime(article.published_at), (article.tags || []).join(', '),
      'tagger ' + article.tagger_version, 'taxonomy ' + article.taxonomy_version].filter(Boolean).join(' · ');
    document.getElementById('detail-meta').textContent = meta;
    var spans = [];
    (article.political_events || []).forEach(function (e) {
      spans.push({ kind: 'event', id: e.id, evidence: e.evidence, label: 'Political event: ' + typeLabel(e.type).name + ' (' + (e.countries || []).join(', ') + ')' });
    });
    (article.market_notes || []).forEach(function (n) {
      spans.push({
        kind: 'note', id: n.id, evidence: n.evidence,
        label: 'Market note: ' + assetLabel(n.asset) + ' ' + directionWord(n.asset, n.direction) + ', '
          + (n.magnitude === 'unspecified' ? 'size not stated' : n.magnitude) + ', ' + n.modality
          + (n.attribution ? ' (' + n.attribution + ')' : '')
      });
    });
    var full = text ? text.text : null;
    spans.forEach(function (s) {
      s.start = s.evidence.start;
      s.end = s.evidence.end;
      // Offsets are UTF-16 units, as in JavaScript; should the text differ (another revision), find the sentence.
      if (full !== null && full.slice(s.start, s.end) !== s.evidence.text) {
        var at = full.indexOf(s.evidence.text);
        s.start = at;
        s.end = at < 0 ? -1 : at + s.evidence.text.length;
      }
    });

    var findings = document.getElementById('detail-findings');
    var textBox = document.getElementById('detail-text');
    var marks = {};
    if (full !== null) {
      var placed = spans.filter(function (s) { return s.start >= 0 && s.end > s.start; }).sort(function (a, b) { return a.start - b.start; });
      var pos = 0;
      placed.forEach(function (s) {
        if (s.start < pos) { return; }
        textBox.appendChild(document.createTextNode(full.slice(pos, s.start)));
        var m = el('mark', { className: s.kind, 'data-finding': s.id, title: s.label, text: full.slice(s.start, s.end) });
        textBox.appendChild(m);
        marks[s.kind + s.id] = m;
        pos = s.end;
      });
      textBox.appendChild(document.createTextNode(full.slice(pos)));
    } else {
      textBox.appendChild(el('p', { className: 'empty', text: 'The article text is not available (older than the retention, or not on this cluster). The evidence:' }));
      spans.forEach(function (s) { textBox.appendChild(el('p', null, el('mark', { className: s.kind, text: s.evidence.text }))); });
    }
    spans.forEach(function (s) {
      var mark = marks[s.kind + s.id];
      var item = el('li', null);
      if (mark) {
        var jump = el('button', { type: 'button', text: s.label });
        jump.addEventListener('click', function () { focusMark(mark); });
        item.appendChild(jump);
      } else {
        item.appendChild(document.createTextNode(s.label));
      }
      item.appendChild(document.createTextNode(' — “' + s.evidence.text + '”'));
      findings.appendChild(item);
    });
    var first = marks['event' + event.id.slice(event.id.lastIndexOf('/') + 1)];
    if (first) { focusMark(first); }
  }

  function focusMark(mark) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.current'), function (m) { m.classList.remove('current'); });
    mark.classList.add('current');
    var box = document.getElementById('detail-text');
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 60);
  }

  // ---- status ---------------------------------------------------------------------------------

  function pollHealth() {
    var pill = document.getElementById('streams-status');
    fetch('/health/ready').then(function (r) {
      return r.json().then(function (b) {
        pill.textContent = 'Kafka Streams: ' + b.streams;
        pill.className = 'pill ' + (r.ok ? 'pill-ok' : 'pill-wait');
      });
    }).catch(function () {
      pill.textContent = 'Kafka Streams: unreachable';
      pill.className = 'pill pill-bad';
    });
  }

  function loadInstances() {
    getJson(API + '/instances').then(function (i) {
      document.getElementById('instance').textContent = 'Instance ' + i.self + ' of ' + i.instances.length;
    }).catch(function () { /* shown again on the next load */ });
  }

  // ---- filters --------------------------------------------------------------------------------

  function readFilters() {
    var f = {};
    ['from', 'to', 'type', 'country'].forEach(function (k) {
      var v = document.getElementById('f-' + k).value.trim();
      if (v) { f[k] = k === 'country' ? v.toUpperCase() : v; }
    });
    return f;
  }

  function reload() {
    state.cursor = null;
    loadTimeline(false);
    loadHeatmap();
    loadScorecard();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('filters').addEventListener('submit', function (ev) {
      ev.preventDefault();
      state.filters = readFilters();
      reload();
    });
    document.getElementById('f-reset').addEventListener('click', function () {
      document.getElementById('filters').reset();
      state.filters = {};
      reload();
    });
    document.getElementById('more').addEventListener('click', function () { loadTimeline(true); });
    Array.prototype.forEach.call(document.querySelectorAll('input[name="heatmap-mode"]'), function (input) {
      input.addEventListener('change', function () {
        state.heatmapMode = input.value;
        loadHeatmap();
      });
    });
    document.getElementById('scorecard-horizon').addEventListener('change', function (ev) {
      state.scorecardHorizon = ev.target.value;
      loadScorecard();
    });
    pollHealth();
    setInterval(pollHealth, 10000);
    loadInstances();
    reload();
    connectLive();
  });
})();
