// communique web page: search, dyad timeline, contact network and event cards,
// drawn with plain DOM and SVG from the JSON API. No framework, no build step:
// the file is embedded in the server binary as it is.
//
// Document text is only ever inserted as text nodes, never parsed as HTML, so a
// scraped page cannot inject markup.
'use strict';

(() => {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  // Event type colours: PLOVER types grouped by tone (consult blue, agree
  // green, support amber, conflict reds). Unknown types get a stable hue.
  const TYPE_COLOURS = {
    CONSULT: '#2563eb', AGREE: '#16a34a', SUPPORT: '#d97706', COOPERATE: '#0d9488',
    AID: '#65a30d', REQUEST: '#7c3aed', DEMAND: '#c026d3', ACCUSE: '#dc2626',
    DISAPPROVE: '#e11d48', REJECT: '#9f1239', THREATEN: '#7f1d1d', SANCTION: '#111827',
  };
  const typeColour = (t) => {
    if (TYPE_COLOURS[t]) return TYPE_COLOURS[t];
    let h = 0;
    for (const c of t) h = (h * 31 + c.charCodeAt(0)) % 360;
    return `hsl(${h} 60% 45%)`;
  };

  /** Actor id (`AZE`, `person:...`) → display name, filled from API responses. */
  const names = new Map();
  const nameOf = (id) => names.get(id) || names.get(id.replace(/^country:/, '')) || id;
  const remember = (obj) => {
    for (const [id, name] of Object.entries(obj || {})) names.set(id, name);
  };

  // ---------------------------------------------------------------- DOM helpers

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    return fill(document.createElement(tag), attrs, children);
  }

  function svgEl(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG_NS, tag), attrs, children);
  }

  /** Sets attributes and appends children, skipping null/false (conditional parts). */
  function fill(node, attrs, children) {
    setAttrs(node, attrs);
    node.append(...present(children));
    return node;
  }

  const present = (children) => children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false);

  /** `node.replaceChildren` without turning a skipped part into the text "null". */
  const replace = (node, ...children) => node.replaceChildren(...present(children));

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }

  function status(message, isError) {
    const s = $('status');
    s.hidden = !message;
    s.textContent = message || '';
    s.classList.toggle('error', Boolean(isError));
  }

  /** GET a JSON API path; a non-2xx answer throws with the server's message. */
  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== '') query.set(k, v);
    }
    const url = query.toString() ? `${path}?${query}` : path;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
    return body;
  }

  /** Runs an async action, showing its error in the status line. */
  const guarded = (fn) => async (...args) => {
    try {
      status('');
      return await fn(...args);
    } catch (e) {
      status(e.message, true);
    }
  };

  /**
   * The view's state in the URL fragment (`#a=AZE&b=KAZ&event=ev-...`), so that
   * a timeline or an event card can be bookmarked and shared.
   */
  function setHash(updates) {
    const hash = new URLSearchParams(location.hash.slice(1));
    for (const [k, v] of Object.entries(updates)) {
      if (v) hash.set(k, v);
      else hash.delete(k);
    }
    history.replaceState(null, '', `#${hash}`);
  }

  // ---------------------------------------------------------------- dates

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 86400000;

  /**
   * Where an event sits on a time axis: its date when the year is known (a
   * month or year alone sits at its start), else the earliest report's
   * publication day, as the store's date filters do. `approx` marks both cases.
   */
  function placeEvent(e) {
    const m = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(e.date || '');
    if (m) {
      const month = m[2] && m[2] !== 'XX' ? Number(m[2]) : null;
      const day = month && m[3] && m[3] !== 'XX' ? Number(m[3]) : null;
      return { t: Date.UTC(Number(m[1]), (month || 1) - 1, day || 1), approx: day === null };
    }
    const published = (e.sources || []).map((s) => s.published).find(Boolean);
    const p = /^(\d{4})-(\d{2})-(\d{2})/.exec(published || '');
    if (p) return { t: Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3])), approx: true };
    return null;
  }

  const dateLabel = (e) => e.date || 'undated';

  /** Axis ticks: days, months or years depending on the span. */
  function ticks(t0, t1) {
    const out = [];
    const span = (t1 - t0) / DAY_MS;
    const d = new Date(t0);
    if (span <= 75) {
      const step = span <= 15 ? 1 : span <= 40 ? 5 : 10;
      let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      for (; t <= t1; t += step * DAY_MS) {
        const x = new Date(t);
        if (t >= t0) out.push({ t, label: `${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]}` });
      }
    } else if (span <= 900) {
      const step = span <= 200 ? 1 : span <= 450 ? 2 : 3;
      for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m += step) {
        const t = Date.UTC(y, m, 1);
        if (t > t1) break;
        const x = new Date(t);
        if (t >= t0) out.push({ t, label: `${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()}` });
      }
    } else {
      const step = Math.max(1, Math.ceil(span / 365 / 8));
      for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += step) {
        const t = Date.UTC(y, 0, 1);
        if (t >= t0) out.push({ t, label: String(y) });
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- labels

  function sideLabel(side) {
    const parts = [];
    const countries = side.countries.map(nameOf);
    const others = [...side.persons, ...side.organizations].map(nameOf);
    if (countries.length) parts.push(countries.join(', '));
    if (others.length) parts.push(countries.length ? `(${others.join(', ')})` : others.join(', '));
    return parts.join(' ') || '—';
  }

  const actorsLabel = (e) => `${sideLabel(e.source)} → ${sideLabel(e.target)}`;

  const typeBadge = (e) =>
    el('span', { class: 'badge type', 'data-type': e.type }, `${e.type} · ${e.mode}`);

  /** Badges get their colour through the CSSOM (inline style attributes are blocked by CSP). */
  function colourBadges(root) {
    for (const b of root.querySelectorAll('.badge.type')) {
      b.style.background = typeColour(b.dataset.type);
    }
  }

  // ---------------------------------------------------------------- search

  let searchSeq = 0;
  const search = guarded(async () => {
    const q = $('search').value.trim();
    const kind = $('search-kind').value;
    const seq = ++searchSeq;
    const list = $('results');
    if (!q) {
      replace(list);
      return;
    }
    const page = await api('/api/entities', { q, kind, limit: 20 });
    if (seq !== searchSeq) return; // a later keystroke already answered
    replace(list,
      ...page.items.map((e) =>
        el('li', null,
          el('button', { type: 'button', class: 'result', 'data-entity': e.id, onclick: () => openEntity(e.id) },
            el('span', { class: 'name' }, e.name, el('span', { class: 'badge' }, e.kind),
              e.unconfirmed ? el('span', { class: 'badge warn' }, 'unconfirmed') : null),
            el('span', { class: 'meta' },
              `${e.num_events} events · ${e.num_documents} documents`,
              e.country ? ` · ${e.country}` : ''),
            e.matched_names.length
              ? el('span', { class: 'meta' }, `matched: ${e.matched_names.slice(0, 6).join(', ')}`)
              : null))),
    );
    if (!page.items.length) list.append(el('li', { class: 'muted' }, `Nothing named like “${q}”.`));
  });

  // ---------------------------------------------------------------- profile

  /** Timeline side value for an entity id: countries by their bare code. */
  const sideValue = (id) => id.replace(/^country:/, '');

  const openEntity = guarded(async (id) => {
    const p = await api(`/api/entities/${encodeURIComponent(id)}`);
    const e = p.entity;
    names.set(sideValue(e.id), e.name);
    const distinctNames = [...new Set(p.names.map((n) => n.name))];
    const panel = $('profile');
    panel.hidden = false;
    replace(panel,
      el('h2', null, e.name, el('span', { class: 'badge' }, e.kind),
        e.unconfirmed ? el('span', { class: 'badge warn' }, 'unconfirmed') : null),
      el('dl', null,
        el('dt', null, 'id'), el('dd', null, e.id),
        e.country ? [el('dt', null, 'country'), el('dd', null, e.country)] : null,
        el('dt', null, 'seen in'), el('dd', null, `${e.num_documents} documents, ${e.num_events} events`)),
      el('div', { class: 'actions' },
        el('button', { type: 'button', onclick: () => setSide('dyad-a', e.id, e.name) }, 'Timeline side A'),
        el('button', { type: 'button', onclick: () => setSide('dyad-b', e.id, e.name) }, 'Timeline side B')),
      p.counterparts.length ? el('h3', null, 'Counterparts') : null,
      el('ul', { class: 'linklist counterparts' },
        p.counterparts.slice(0, 25).map((c) =>
          el('li', null,
            el('button', {
              type: 'button', 'data-counterpart': c.id,
              title: `Timeline ${e.name} and ${c.name}`,
              onclick: () => { names.set(sideValue(c.id), c.name); openTimeline(e.id, c.id); },
            }, el('span', null, c.name, el('span', { class: 'badge' }, `${c.events} events`)))))),
      p.roles.length ? el('h3', null, 'Roles') : null,
      el('ul', { class: 'linklist small' },
        p.roles.map((r) => el('li', null, `${r.role} (${r.first_seen || '?'} – ${r.last_seen || '?'})`))),
      p.event_counts.length ? el('h3', null, 'Events by type and year') : null,
      el('ul', { class: 'linklist small' },
        p.event_counts.map((c) => el('li', null, `${c.year ?? 'undated'} · ${c.type}: ${c.events}`))),
      el('h3', null, 'Names'),
      el('p', { class: 'names' },
        distinctNames.slice(0, 40).flatMap((n, i) => [i ? ' · ' : null, el('span', null, n)])),
    );
  });

  // ---------------------------------------------------------------- timeline

  /** Adds the option if missing and selects it. */
  function setSide(selectId, id, label) {
    const select = $(selectId);
    const value = sideValue(id);
    if (![...select.options].some((o) => o.value === value)) {
      select.append(el('option', { value }, label || nameOf(value)));
    }
    select.value = value;
  }

  let timelineEvents = [];

  const openTimeline = guarded(async (a, b) => {
    setSide('dyad-a', a);
    setSide('dyad-b', b);
    const av = sideValue(a);
    const bv = sideValue(b);
    if (av === bv) throw new Error('Pick two different sides for a timeline.');
    setHash({ a: av, b: bv });
    const t = await api('/api/timeline', { a: av, b: bv, limit: 1000 });
    remember(t.names);
    timelineEvents = t.items;
    const more = t.total > t.items.length ? ` (first ${t.items.length} shown)` : '';
    const unplaced = t.items.filter((e) => !placeEvent(e)).length;
    const offChart = unplaced ? `; ${unplaced} without a known year are listed, not drawn` : '';
    $('timeline-title').textContent =
      `${nameOf(av)} and ${nameOf(bv)}: ${t.total} event${t.total === 1 ? '' : 's'}${more}${offChart}`;
    drawTimeline(t.items);
    listEvents(t.items);
  });

  function drawTimeline(events) {
    const svg = $('timeline');
    const width = svg.clientWidth || 800;
    const pad = 28;
    const placed = events
      .map((e) => ({ e, at: placeEvent(e) }))
      .filter((p) => p.at)
      .sort((x, y) => x.at.t - y.at.t);
    if (!placed.length) {
      svg.setAttribute('viewBox', `0 0 ${width} 80`);
      svg.style.height = '80px';
      replace(svg, svgEl('text', { x: width / 2, y: 44, 'text-anchor': 'middle' },
        events.length ? 'No event of this dyad can be placed on a calendar.' : 'No events between these two.'));
      drawLegend([]);
      return;
    }
    let t0 = placed[0].at.t;
    let t1 = placed[placed.length - 1].at.t;
    const margin = Math.max((t1 - t0) * 0.06, 10 * DAY_MS);
    t0 -= margin;
    t1 += margin;
    const x = (t) => pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);
    // Events closer than a dot's width stack upwards instead of hiding each
    // other; the chart grows to fit the highest stack.
    const tops = [];
    const dots = placed.map(({ e, at }) => {
      const cx = x(at.t);
      let level = 0;
      while (tops[level] !== undefined && cx - tops[level] < 16) level += 1;
      tops[level] = cx;
      return { e, at, cx, level };
    });
    const axisY = Math.max(90, 30 + tops.length * 17);
    const height = axisY + 30;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.style.height = `${height}px`;
    const children = [svgEl('line', { class: 'axis', x1: pad, x2: width - pad, y1: axisY, y2: axisY })];
    for (const tick of ticks(t0, t1)) {
      const tx = x(tick.t);
      children.push(svgEl('line', { class: 'tick', x1: tx, x2: tx, y1: axisY, y2: axisY + 5 }));
      children.push(svgEl('text', { x: tx, y: axisY + 18, 'text-anchor': 'middle' }, tick.label));
    }
    for (const { e, at, cx, level } of dots) {
      const colour = typeColour(e.type);
      children.push(svgEl('g', {
        class: 'ev', tabindex: 0, role: 'button', 'data-id': e.id,
        onclick: () => openEvent(e.id),
        onkeydown: (k) => { if (k.key === 'Enter' || k.key === ' ') openEvent(e.id); },
      },
      svgEl('title', null, `${dateLabel(e)} · ${e.type} · ${e.mode}\n${actorsLabel(e)}`),
      svgEl('circle', {
        cx, cy: axisY - 14 - level * 17, r: 7,
        fill: at.approx ? '#fff' : colour, stroke: colour, 'stroke-width': at.approx ? 2.5 : 1,
      })));
    }
    replace(svg, ...children);
    drawLegend([...new Set(events.map((e) => e.type))]);
  }

  function drawLegend(types) {
    const legend = $('legend');
    replace(legend,
      ...types.sort().map((t) => {
        const dot = el('i');
        dot.style.background = typeColour(t);
        return el('span', null, dot, t);
      }),
      types.length ? el('span', null, '○ date approximate or from publication') : null,
    );
  }

  function listEvents(events) {
    const list = $('timeline-list');
    replace(list,
      ...events.map((e) => {
        const evidence = e.sources.flatMap((s) => s.evidence)[0];
        const snippet = evidence ? evidence.text : '';
        return el('li', null,
          el('button', { type: 'button', class: 'event-row', 'data-id': e.id, onclick: () => openEvent(e.id) },
            el('span', { class: 'date' }, dateLabel(e)),
            el('span', null, typeBadge(e), ' ', actorsLabel(e),
              e.status !== 'occurred' ? el('span', { class: 'badge warn' }, e.status) : null),
            el('span', { class: 'snippet' },
              snippet.length > 180 ? `${snippet.slice(0, 180)}…` : snippet,
              ` — ${e.num_documents} source${e.num_documents === 1 ? '' : 's'}`)));
      }),
    );
    colourBadges(list);
  }

  // ---------------------------------------------------------------- event card

  /**
   * Document text with evidence passages in <mark> and entity mentions
   * underlined. Offsets are Unicode scalar (character) offsets, while JS
   * strings index UTF-16 units, so the text is split with Array.from first.
   */
  function renderDocument(box, text, evidence, mentions) {
    const chars = Array.from(text);
    const ranges = [];
    let mismatched = 0;
    for (const ev of evidence) {
      let s = ev.start;
      let e = ev.end;
      if (!(s >= 0 && s < e && e <= chars.length && chars.slice(s, e).join('') === ev.text)) {
        // Offsets that do not fit this text (a re-cleaned document): find the sentence instead.
        mismatched += 1;
        const u16 = text.indexOf(ev.text);
        if (u16 < 0) continue;
        s = Array.from(text.slice(0, u16)).length;
        e = s + Array.from(ev.text).length;
      }
      ranges.push([s, e]);
    }
    ranges.sort((p, q) => p[0] - q[0]);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([...r]);
    }
    let pos = 0;
    for (const [s, e] of merged) {
      appendText(box, chars, pos, s, mentions);
      const mark = el('mark', { class: 'evidence' });
      appendText(mark, chars, s, e, mentions);
      box.append(mark);
      pos = e;
    }
    appendText(box, chars, pos, chars.length, mentions);
    return mismatched;
  }

  /** chars[from, to) as text, mention spans wrapped (clipped to the range). */
  function appendText(parent, chars, from, to, mentions) {
    let pos = from;
    for (const m of mentions) {
      if (m.end <= pos || m.start >= to) continue;
      const s = Math.max(m.start, pos);
      const e = Math.min(m.end, to);
      if (s > pos) parent.append(chars.slice(pos, s).join(''));
      parent.append(el('span', { class: 'mention', title: `${m.entity_name} (${m.entity_id})` },
        chars.slice(s, e).join('')));
      pos = e;
    }
    if (pos < to) parent.append(chars.slice(pos, to).join(''));
  }

  const openEvent = guarded(async (id) => {
    const card = $('card');
    const body = $('card-body');
    replace(body, el('p', { class: 'muted' }, 'Loading…'));
    if (!card.open) card.showModal();
    setHash({ event: id });
    const e = await api(`/api/events/${encodeURIComponent(id)}`);
    remember(e.names);
    const docs = await Promise.all(
      e.sources.map((s) => api(`/api/documents/${encodeURIComponent(s.document)}`).catch((err) => ({ error: err.message }))),
    );
    const list = (xs) => (xs.length ? xs.join(', ') : '—');
    replace(body,
      el('h2', { id: 'card-title' }, typeBadge(e), ' ', actorsLabel(e)),
      el('dl', { class: 'facts' },
        el('dt', null, 'date'), el('dd', null, dateLabel(e)),
        el('dt', null, 'status'), el('dd', null, e.status),
        el('dt', null, 'source'), el('dd', null, sideLabel(e.source)),
        el('dt', null, 'target'), el('dd', null, sideLabel(e.target)),
        el('dt', null, 'location'),
        el('dd', null, [e.location.place, e.location.country && nameOf(e.location.country)].filter(Boolean).join(', ') || '—'),
        el('dt', null, 'topics'), el('dd', null, list(e.topics)),
        e.documents.length ? [el('dt', null, 'documents signed'), el('dd', null, list(e.documents))] : null,
        el('dt', null, 'CAMEO'), el('dd', null, e.cameo),
        el('dt', null, 'confidence'), el('dd', null, e.confidence.toFixed(2)),
        el('dt', null, 'reported by'), el('dd', null, `${e.num_documents} document${e.num_documents === 1 ? '' : 's'}`)),
      e.sources.map((s, i) => sourceSection(s, docs[i])),
    );
    colourBadges(body);
    // Bring each highlighted sentence into view inside its own scroll box.
    for (const box of body.querySelectorAll('.doctext')) {
      const mark = box.querySelector('mark');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    }
  });

  function sourceSection(source, doc) {
    const meta = doc && doc.document;
    const title = (meta && meta.title) || source.document;
    const box = el('div', { class: 'doctext', 'data-document': source.document });
    let note = null;
    if (doc && typeof doc.text === 'string') {
      const mismatched = renderDocument(box, doc.text, source.evidence, doc.mentions || []);
      if (mismatched) note = el('p', { class: 'small' }, `${mismatched} evidence offset(s) did not match the stored text; located by the sentence instead.`);
    } else {
      // No stored text (ingested without it): show the evidence sentences alone.
      for (const ev of source.evidence) box.append(el('mark', { class: 'evidence' }, ev.text), '\n');
      note = el('p', { class: 'small' }, doc && doc.error ? doc.error : 'The store has no text for this document.');
    }
    return el('section', { class: 'source' },
      el('h3', null, title),
      el('p', { class: 'small' },
        [source.outlet, source.published, source.language, `${source.mode}, ${source.status}`].filter(Boolean).join(' · '),
        source.url ? [' · ', el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : null,
        ` · ${source.document}`),
      note,
      box);
  }

  // ---------------------------------------------------------------- network

  /** Most connected nodes drawn; more is unreadable in one SVG anyway. */
  const MAX_NODES = 120;

  const loadNetwork = guarded(async () => {
    const level = $('net-level').value;
    const n = await api('/api/network', { from: $('net-from').value.trim(), to: $('net-to').value.trim(), level });
    for (const node of n.nodes) names.set(node.id, node.name);
    const nodes = n.nodes.slice(0, MAX_NODES);
    const keep = new Set(nodes.map((x) => x.id));
    const edges = n.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const range = n.from || n.to ? ` from ${n.from || 'the start'} to ${n.to || 'the end'}` : '';
    $('network-note').textContent =
      `${n.nodes.length} ${level === 'person' ? 'persons' : 'countries'}, ${n.edges.length} contacts, ${n.events} events${range}` +
      (n.nodes.length > MAX_NODES ? ` (the ${MAX_NODES} most connected drawn)` : '') +
      (n.edges.length ? '. Click a line for the pair’s timeline, a circle for a profile.' : '.');
    drawNetwork(nodes, edges, level);
    return n;
  });

  /**
   * Force-directed layout (Fruchterman–Reingold) from a circle, so it is
   * deterministic, in unbounded space with a pull towards the centre (which
   * keeps disconnected groups near each other); the result is then scaled
   * into the drawing, leaving room on the right for labels.
   */
  function layout(nodes, edges, width, height) {
    const pos = new Map();
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      pos.set(n.id, { x: Math.cos(a), y: Math.sin(a), dx: 0, dy: 0 });
    });
    const ps = [...pos.values()];
    const k = 1 / Math.sqrt(nodes.length);
    // Strong enough that separate groups sit about one edge length apart.
    const GRAVITY = 1;
    const iterations = 300;
    for (let it = 0; it < iterations && ps.length > 1; it += 1) {
      for (const p of ps) {
        p.dx = -p.x * GRAVITY;
        p.dy = -p.y * GRAVITY;
      }
      for (let i = 0; i < ps.length; i += 1) {
        for (let j = i + 1; j < ps.length; j += 1) {
          const a = ps[i];
          const b = ps[j];
          const dx = a.x - b.x;
          const dy = a.y - b.y;
          const d = Math.max(Math.hypot(dx, dy), 1e-3);
          const f = (k * k) / d;
          a.dx += (dx / d) * f; a.dy += (dy / d) * f;
          b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
        }
      }
      for (const e of edges) {
        const a = pos.get(e.source);
        const b = pos.get(e.target);
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 1e-3);
        const f = (d * d) / k;
        a.dx -= (dx / d) * f; a.dy -= (dy / d) * f;
        b.dx += (dx / d) * f; b.dy += (dy / d) * f;
      }
      const temp = 0.1 * (1 - it / iterations) + 0.002;
      for (const p of ps) {
        const d = Math.max(Math.hypot(p.dx, p.dy), 1e-9);
        p.x += (p.dx / d) * Math.min(d, temp);
        p.y += (p.dy / d) * Math.min(d, temp);
      }
    }
    // Fit into the drawing: one scale for both axes, so distances stay honest.
    const left = 40;
    const right = width - 150;
    const top = 30;
    const bottom = height - 30;
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((right - left) / Math.max(x1 - x0, 1e-9), (bottom - top) / Math.max(y1 - y0, 1e-9));
    const ox = left + (right - left - (x1 - x0) * scale) / 2;
    const oy = top + (bottom - top - (y1 - y0) * scale) / 2;
    for (const p of ps) {
      p.x = ox + (p.x - x0) * scale;
      p.y = oy + (p.y - y0) * scale;
    }
    return pos;
  }

  function drawNetwork(nodes, edges, level) {
    const svg = $('network');
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 440;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (!nodes.length) {
      replace(svg, svgEl('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, 'No contacts in this range.'));
      return;
    }
    const pos = layout(nodes, edges, width, height);
    const maxWeight = Math.max(...edges.map((e) => e.weight), 1);
    const lines = edges.map((e) => {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      const types = Object.entries(e.types).map(([t, c]) => `${t} ${c}`).join(', ');
      return svgEl('line', {
        class: 'edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        'stroke-width': 1.5 + 6 * Math.sqrt(e.weight / maxWeight),
        'data-source': e.source, 'data-target': e.target,
        onclick: () => openTimeline(e.source, e.target).then(() => $('timeline-panel').scrollIntoView({ behavior: 'smooth' })),
      }, svgEl('title', null, `${nameOf(e.source)} – ${nameOf(e.target)}: ${e.weight} event${e.weight === 1 ? '' : 's'} (${types})`));
    });
    const fill = level === 'person' ? '#7c3aed' : '#2563eb';
    const circles = nodes.map((n) => {
      const p = pos.get(n.id);
      const r = 5 + 3 * Math.sqrt(n.events);
      return svgEl('g', {
        class: 'node', 'data-id': n.id, transform: `translate(${p.x},${p.y})`,
        onclick: () => openEntity(level === 'person' ? n.id : `country:${n.id}`),
      },
      svgEl('title', null, `${n.name}: ${n.events} event${n.events === 1 ? '' : 's'}`),
      svgEl('circle', { r, fill }),
      svgEl('text', { x: r + 4, y: 4 }, n.name));
    });
    replace(svg, ...lines, ...circles);
  }

  // ---------------------------------------------------------------- start

  async function loadCountries() {
    const page = await api('/api/entities', { kind: 'country', limit: 1000 });
    const countries = page.items.slice().sort((a, b) => a.name.localeCompare(b.name));
    for (const id of ['dyad-a', 'dyad-b']) {
      replace($(id), el('option', { value: '' }, '— choose —'),
        ...countries.map((c) => el('option', { value: sideValue(c.id) }, c.name)));
    }
    for (const c of countries) names.set(sideValue(c.id), c.name);
  }

  async function loadStats() {
    const s = await api('/api/stats');
    $('stats').textContent =
      `${s.documents} documents · ${s.events} events (${s.event_sources} reports) · ${s.entities} entities`;
  }

  function wire() {
    let timer = null;
    $('search').addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    $('search-kind').addEventListener('change', search);
    $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); clearTimeout(timer); search(); });
    $('dyad-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const a = $('dyad-a').value;
      const b = $('dyad-b').value;
      if (a && b) openTimeline(a, b);
      else status('Choose both sides of the dyad.', true);
    });
    $('network-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadNetwork(); });
    $('card-close').addEventListener('click', () => $('card').close());
    $('card').addEventListener('close', () => setHash({ event: null }));
    // A click on the backdrop (outside the dialog's box) closes the card.
    $('card').addEventListener('click', (ev) => { if (ev.target === $('card')) $('card').close(); });
  }

  const start = guarded(async () => {
    wire();
    await Promise.all([loadStats(), loadCountries()]);
    const hash = new URLSearchParams(location.hash.slice(1));
    const network = await loadNetwork();
    if (hash.get('a') && hash.get('b')) {
      await openTimeline(hash.get('a'), hash.get('b'));
    } else if (network && network.edges.length) {
      // Open on the busiest pair rather than an empty chart.
      await openTimeline(network.edges[0].source, network.edges[0].target);
    }
    if (hash.get('event')) await openEvent(hash.get('event'));
  });

  document.addEventListener('DOMContentLoaded', () => {
    // `data-ready` tells tests (and the curious) that the first load is done.
    start().finally(() => { document.body.dataset.ready = 'true'; });
  });
})();
