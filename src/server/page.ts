// The page served at GET /: one self-contained HTML document (no CDN, no external font or script, so it works
// offline inside a council network). It reads /openapi.json from the same server and builds, for each
// endpoint, a form from the endpoint's JSON Schema (labels from schema titles, falling back to the field
// name), shows the result with the trace's reasons, and has a parameters view for a chosen date.
// The script avoids template literals so it can live inside this one.

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #8a8a8a; --accent: #0b4f8a; --bad: #a4001d; --ok: #0b6b2f; --bg: #ffffff; --soft: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 2px #ffbf47; }
h2:focus { outline: none; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 2; }
header { background: var(--accent); color: #fff; padding: 12px 20px; } header h1 { margin: 0; font-size: 1.3rem; } header p { margin: 2px 0 0; }
.layout { display: flex; align-items: flex-start; }
nav { flex: 0 0 300px; padding: 12px 16px; border-right: 1px solid var(--line); max-height: 100vh; overflow: auto; position: sticky; top: 0; }
nav h2 { font-size: 1rem; margin: 14px 0 4px; } nav ul { list-style: none; margin: 0; padding: 0; } nav li { margin: 3px 0; }
nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
main { flex: 1; padding: 12px 24px 40px; min-width: 0; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 6px 12px 10px; } legend { font-weight: 600; padding: 0 4px; }
.field { margin: 8px 0; } .field > label { display: block; font-weight: 600; }
.hint { color: var(--muted); font-size: 0.9rem; margin: 0 0 2px; }
input[type=text], input[type=number], input[type=date], select, textarea { font: inherit; padding: 4px 6px; border: 1px solid #505050; border-radius: 3px; max-width: 100%; }
textarea { width: 100%; min-height: 6em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
.checks label { display: inline-block; margin: 2px 14px 2px 0; font-weight: 400; }
button { font: inherit; padding: 6px 14px; border: 2px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; margin: 6px 8px 6px 0; }
button.secondary { background: #fff; color: var(--accent); }
.result { margin-top: 16px; border-top: 2px solid var(--line); padding-top: 8px; }
.status-line { font-size: 1.15rem; } .status-line strong { padding: 1px 8px; border-radius: 3px; background: var(--soft); }
.bad { color: var(--bad); } .ok { color: var(--ok); }
ol.reasons li { margin: 4px 0; } .outcome { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; padding: 0 4px; border: 1px solid var(--line); border-radius: 3px; }
.cite { color: var(--muted); }
pre { background: var(--soft); padding: 8px; overflow: auto; max-height: 28em; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 20px; font-size: 0.92rem; } caption { text-align: left; font-weight: 700; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; } th { background: var(--soft); }
td code { white-space: pre-wrap; word-break: break-word; }
th .hint { font-weight: 400; } td.period { white-space: nowrap; }
.kind-law { font-weight: 700; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var doc = null;
  var nav = document.getElementById('endpoints');
  var view = document.getElementById('view');

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function resolve(schema) {
    var seen = 0;
    while (schema && schema.$ref && seen < 20) {
      var parts = schema.$ref.replace(/^#\\//, '').split('/');
      var s = doc; parts.forEach(function (p) { s = s && s[p]; }); schema = s; seen += 1;
    }
    return schema || {};
  }
  function labelOf(schema, name) { return schema.title || name; }
  function idOf(path) { return 'f-' + path.join('-').replace(/[^A-Za-z0-9_-]/g, '_'); }
  function primitiveUnion(schema) {
    var alts = schema.anyOf || schema.oneOf;
    return alts && alts.every(function (a) { a = resolve(a); return ['string', 'number', 'integer', 'null'].indexOf(a.type) >= 0 && !a.properties; });
  }
  // A closed list: an enum, a const, or a oneOf of consts with titles (the labels); [{ value, title }] or null.
  function choicesOf(schema) {
    var alternatives = (schema.anyOf || schema.oneOf || []).map(resolve);
    var list = schema.enum ? schema.enum.map(function (v) { return { value: v, title: String(v) }; })
      : schema.const !== undefined ? [{ value: schema.const, title: String(schema.const) }]
      : alternatives.length > 0 && alternatives.every(function (a) { return a.const !== undefined; }) ? alternatives.map(function (a) { return { value: a.const, title: a.title && a.title !== String(a.const) ? a.title + ' (' + a.const + ')' : String(a.const) }; })
      : null;
    return list && list.every(function (c) { return typeof c.value === 'string' || typeof c.value === 'number'; }) ? list : null;
  }
  function hintFor(schema, id) { return schema.description ? el('p', { 'class': 'hint', id: id + '-hint' }, [schema.description]) : null; }

  // Each field returns { node, get(), set(value) }; get() gives undefined when the field is left empty.
  function field(schema, name, path, required) {
    schema = resolve(schema);
    var id = idOf(path);
    var label = labelOf(schema, name) + (required ? ' (required)' : '');
    var hint = hintFor(schema, id);
    var described = hint ? id + '-hint' : undefined;
    function wrap(control) { var w = el('div', { 'class': 'field' }, [el('label', { 'for': id }, [label])]); if (hint) w.appendChild(hint); w.appendChild(control); return w; }
    var choices = choicesOf(schema);
    if (choices) {
      var sel = el('select', { id: id, name: path.join('.'), 'aria-describedby': described }, [el('option', { value: '' }, ['(not given)'])]);
      choices.forEach(function (c) { sel.appendChild(el('option', { value: String(c.value) }, [c.title])); });
      return { node: wrap(sel), get: function () { if (sel.value === '') return undefined; var v = choices.filter(function (c) { return String(c.value) === sel.value; })[0]; return v && v.value; }, set: function (v) { sel.value = v === undefined ? '' : String(v); } };
    }
    if (schema.type === 'boolean') {
      var b = el('select', { id: id, name: path.join('.'), 'aria-describedby': described }, [el('option', { value: '' }, ['(not answered)']), el('option', { value: 'true' }, ['yes']), el('option', { value: 'false' }, ['no'])]);
      return { node: wrap(b), get: function () { return b.value === '' ? undefined : b.value === 'true'; }, set: function (v) { b.value = v === undefined ? '' : String(v); } };
    }
    if (schema.type === 'string' || schema.type === 'number' || schema.type === 'integer' || primitiveUnion(schema)) {
      var type = schema.format === 'date' ? 'date' : (schema.type === 'number' || schema.type === 'integer') ? 'number' : 'text';
      var input = el('input', { id: id, name: path.join('.'), type: type, step: type === 'number' ? 'any' : undefined, 'aria-describedby': described,
        placeholder: schema.format === 'date-time' ? '2026-03-28T09:00:00Z' : undefined });
      // A required field that may be null (a date "not yet", say) sends null when left empty.
      var nullable = required && (schema.anyOf || schema.oneOf || []).some(function (a) { return resolve(a).type === 'null'; });
      return { node: wrap(input), get: function () { if (input.value === '') return nullable ? null : undefined; return type === 'number' ? Number(input.value) : input.value; }, set: function (v) { input.value = v === undefined || v === null ? '' : String(v); } };
    }
    var itemChoices = schema.type === 'array' && schema.items ? choicesOf(resolve(schema.items)) : null;
    if (itemChoices) {
      var box = el('fieldset', { id: id, 'class': 'checks', 'aria-describedby': described }, [el('legend', null, [label])]);
      if (hint) box.appendChild(hint);
      var checks = itemChoices.map(function (c) { var cid = idOf(path.concat([String(c.value)])); var x = el('input', { type: 'checkbox', id: cid, value: String(c.value) }); box.appendChild(el('label', { 'for': cid }, [x, ' ' + c.title])); return x; });
      return { node: box, get: function () { var v = checks.filter(function (c) { return c.checked; }).map(function (c) { return c.value; }); return v.length ? v : undefined; },
        set: function (v) { checks.forEach(function (c) { c.checked = Array.isArray(v) && v.indexOf(c.value) >= 0; }); }, emptyArray: true };
    }
    if (schema.type === 'object' && schema.properties) return objectFields(schema, name, path, label, hint);
    // Anything else (lists of records, unions of objects, free maps): JSON typed in a text area.
    var ta = el('textarea', { id: id, name: path.join('.'), 'aria-describedby': described, spellcheck: 'false' });
    var w2 = wrap(ta); w2.insertBefore(el('p', { 'class': 'hint' }, ['JSON']), ta);
    return { node: w2, get: function () { if (ta.value.trim() === '') return undefined; try { return JSON.parse(ta.value); } catch (e) { throw new Error(label + ': not valid JSON'); } },
      set: function (v) { ta.value = v === undefined ? '' : JSON.stringify(v, null, 2); } };
  }
  function objectFields(schema, name, path, label, hint) {
    var required = schema.required || [];
    var box = path.length === 0 ? el('div') : el('fieldset', null, [el('legend', null, [label])]);
    if (hint && path.length > 0) box.appendChild(hint);
    var kids = Object.keys(schema.properties).map(function (k) { var f = field(schema.properties[k], k, path.concat([k]), required.indexOf(k) >= 0); box.appendChild(f.node); return { key: k, f: f }; });
    // An object that takes more than the fields it lists (a result sent back as it is, such as a projection or
    // a recommendation) gets a visible JSON box for the other fields, so that nothing is dropped unseen.
    var other = null;
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      var oid = idOf(path.concat(['other-fields'])); var ota = el('textarea', { id: oid, spellcheck: 'false' });
      box.appendChild(el('div', { 'class': 'field' }, [el('label', { 'for': oid }, ['Other fields' + (name ? ' of ' + name : '')]), el('p', { 'class': 'hint' }, ['JSON: an object with any further fields.']), ota]));
      other = { get: function () { if (ota.value.trim() === '') return undefined; var o; try { o = JSON.parse(ota.value); } catch (e) { throw new Error('Other fields' + (name ? ' of ' + name : '') + ': not valid JSON'); }
          if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new Error('Other fields' + (name ? ' of ' + name : '') + ': not a JSON object'); return o; },
        set: function (v) { var o = {}; var n = 0; if (v && typeof v === 'object') Object.keys(v).forEach(function (k) { if (!schema.properties[k]) { o[k] = v[k]; n += 1; } }); ota.value = n ? JSON.stringify(o, null, 2) : ''; } };
    }
    return { node: box,
      get: function () { var out = {}; var any = false; kids.forEach(function (c) { var v = c.f.get(); if (v !== undefined) { out[c.key] = v; any = true; } });
        var more = other ? other.get() : undefined; if (more) Object.keys(more).forEach(function (k) { if (!(k in out)) { out[k] = more[k]; any = true; } });
        if (!any) return undefined;
        kids.forEach(function (c) { if (out[c.key] === undefined && c.f.emptyArray && required.indexOf(c.key) >= 0) out[c.key] = []; });
        return out; },
      set: function (v) { kids.forEach(function (c) { c.f.set(v && typeof v === 'object' ? v[c.key] : undefined); }); if (other) other.set(v); } };
  }

  function showResult(box, status, body) {
    box.textContent = '';
    box.appendChild(el('h3', null, ['Result']));
    if (status !== 200) {
      box.appendChild(el('p', { 'class': 'status-line bad' }, ['HTTP ' + status + ': ' + (body && body.message ? body.message : 'refused')]));
      if (body && body.issues) { var ul = el('ul'); body.issues.forEach(function (i) { ul.appendChild(el('li', null, [(i.path.length ? i.path.join('.') + ': ' : '') + i.message + ' [' + i.code + ']'])); }); box.appendChild(ul); }
      return;
    }
    var line = el('p', { 'class': 'status-line ok' }, ['HTTP 200']);
    box.appendChild(line);
    if (body && typeof body === 'object') {
      ['status', 'level', 'action', 'engaged', 'basis', 'approach', 'rag', 'respondBy'].forEach(function (k) {
        if (body[k] !== undefined && typeof body[k] !== 'object') { line.appendChild(document.createTextNode(' · ' + k + ': ')); line.appendChild(el('strong', { 'data-field': k }, [String(body[k])])); }
      });
      var trace = body.trace;
      if (trace && trace.steps) {
        box.appendChild(el('h4', null, ['Reasons (' + trace.entry + ', rules as of ' + trace.asOf + ', pack ' + trace.pack.id + ' ' + trace.pack.version + ')']));
        var ol = el('ol', { 'class': 'reasons' });
        trace.steps.forEach(function (s) { ol.appendChild(el('li', null, [el('span', { 'class': 'outcome' }, [s.outcome]), ' ', s.because, ' ', el('span', { 'class': 'cite' }, ['(' + s.citation + ')'])])); });
        box.appendChild(ol);
      }
    }
    var det = el('details', null, [el('summary', null, ['The whole answer as JSON']), el('pre', null, [JSON.stringify(body, null, 2)])]);
    box.appendChild(det);
  }
  function send(path, body, box) {
    box.textContent = 'Running…';
    fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { showResult(box, r.status, j); }); })
      .catch(function () { box.textContent = 'The request failed (is the server still running?).'; });
  }

  function endpointView(path) {
    var op = doc.paths[path] && doc.paths[path].post;
    if (!op) return notFound();
    var media = op.requestBody.content['application/json'];
    var schema = resolve(media.schema);
    view.appendChild(el('h2', { tabindex: '-1' }, [op.summary]));
    view.appendChild(el('p', null, [el('code', null, ['POST ' + path]), ' runs ', el('code', null, [op.operationId]), '.']));
    var form = el('form', { novalidate: 'novalidate', 'aria-label': op.summary });
    var fields = schema.type === 'object' && schema.properties ? objectFields(schema, '', [], '', null) : field(schema, 'body', ['body'], true);
    form.appendChild(fields.node);
    var errors = el('p', { 'class': 'bad', role: 'alert' });
    form.appendChild(errors);
    form.appendChild(el('button', { type: 'submit' }, ['Run']));
    var fill = el('button', { type: 'button', 'class': 'secondary' }, ['Fill in the example']);
    form.appendChild(fill);
    var raw = el('textarea', { id: 'raw-body', spellcheck: 'false' });
    raw.value = JSON.stringify(media.example, null, 2);
    var rawButton = el('button', { type: 'button', 'class': 'secondary' }, ['Run this JSON']);
    var rawBox = el('details', null, [el('summary', null, ['Or send a JSON body']), el('label', { 'for': 'raw-body' }, ['Request body (JSON)']), raw, rawButton]);
    var result = el('section', { 'class': 'result', 'aria-live': 'polite', id: 'result' });
    view.appendChild(form); view.appendChild(rawBox); view.appendChild(result);
    fill.addEventListener('click', function () { fields.set(media.example); });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault(); errors.textContent = '';
      var body;
      try { body = fields.get(); } catch (e) { errors.textContent = e.message; return; }
      send(path, body === undefined ? {} : body, result);
    });
    rawButton.addEventListener('click', function () {
      var body; try { body = JSON.parse(raw.value); } catch (e) { result.textContent = 'The request body is not valid JSON.'; return; }
      send(path, body, result);
    });
  }

  function parametersView() {
    var areas = doc.paths['/parameters/{area}'].get.parameters[0].schema.enum;
    view.appendChild(el('h2', { tabindex: '-1' }, ['Parameters in force on a date']));
    view.appendChild(el('p', null, ['Every threshold, limit, deadline and rate the rules read, with its kind (law: national, a council cannot change it; policy: a council choice), its period and its citation.']));
    var form = el('form', { 'aria-label': 'Parameters in force' });
    var area = el('select', { id: 'param-area' }); areas.forEach(function (a) { area.appendChild(el('option', { value: a }, [a])); });
    var today = new Date(); var iso = today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0') + '-' + String(today.getDate()).padStart(2, '0');
    var on = el('input', { id: 'param-on', type: 'date', value: iso, required: 'required' });
    form.appendChild(el('div', { 'class': 'field' }, [el('label', { 'for': 'param-area' }, ['Area']), area]));
    form.appendChild(el('div', { 'class': 'field' }, [el('label', { 'for': 'param-on' }, ['In force on']), on]));
    form.appendChild(el('button', { type: 'submit' }, ['Show the parameters']));
    var out = el('section', { 'class': 'result', 'aria-live': 'polite', id: 'parameters' });
    view.appendChild(form); view.appendChild(out);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault(); out.textContent = 'Loading…';
      fetch('/parameters/' + encodeURIComponent(area.value) + '?on=' + encodeURIComponent(on.value)).then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); }).then(function (a) {
        out.textContent = '';
        if (a[0] !== 200) { showResult(out, a[0], a[1]); return; }
        a[1].packs.forEach(function (p) {
          var t = el('table', null, [el('caption', null, ['Pack ' + p.name + ': ' + p.pack.id + ' ' + p.pack.version + ' (layers: ' + p.pack.layers.map(function (l) { return l.id + '@' + l.version; }).join(', ') + '), in force on ' + a[1].on])]);
          t.appendChild(el('thead', null, [el('tr', null, ['Parameter', 'Kind', 'Value', 'Period', 'Citation', 'Warning'].map(function (h) { return el('th', { scope: 'col' }, [h]); }))]));
          var tb = el('tbody');
          p.parameters.forEach(function (q) {
            tb.appendChild(el('tr', null, [
              el('th', { scope: 'row' }, [el('span', null, [q.key]), el('div', { 'class': 'hint' }, [q.description])]),
              el('td', { 'class': 'kind-' + q.kind }, [q.kind]),
              el('td', null, [el('code', null, [JSON.stringify(q.value)])]),
              el('td', { 'class': 'period' }, ['from ' + q.validFrom, el('br'), q.validTo ? 'to ' + q.validTo + ' (exclusive)' : 'open-ended']),
              el('td', null, [q.citation, el('div', { 'class': 'hint' }, ['layer ' + q.layer])]),
              el('td', null, [q.warning || ''])]));
          });
          t.appendChild(tb); out.appendChild(t);
        });
      }).catch(function () { out.textContent = 'The request failed (is the server still running?).'; });
    });
  }

  function home() {
    view.appendChild(el('h2', { tabindex: '-1' }, ['Try the rules']));
    view.appendChild(el('p', null, ['Choose an entry point on the left: each has a form built from its JSON Schema. The answer is exactly what the library function returns, with the reasons from its trace. The machine-readable description is at ', el('a', { href: '/openapi.json' }, ['/openapi.json']), '.']));
  }
  function notFound() { view.appendChild(el('h2', { tabindex: '-1' }, ['Not found'])); view.appendChild(el('p', null, ['No such page: choose one on the left.'])); }

  function render() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ''));
    // Only "#/…" is a view; another fragment (the skip link's "#view") is a jump within the page.
    if (!doc || (h !== '' && h.charAt(0) !== '/')) return;
    view.textContent = '';
    Array.prototype.forEach.call(nav.querySelectorAll('a'), function (a) { if (a.getAttribute('href') === location.hash) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
    if (h === '/parameters') parametersView();
    else if (h.indexOf('/post') === 0) endpointView(h.slice('/post'.length));
    else home();
    var heading = view.querySelector('h2'); if (heading && location.hash) heading.focus();
  }

  function buildNav() {
    var byTag = {};
    Object.keys(doc.paths).forEach(function (p) { var op = doc.paths[p].post; if (op) (byTag[op.tags[0]] = byTag[op.tags[0]] || []).push([p, op]); });
    var list = el('ul', null, [el('li', null, [el('a', { href: '#/parameters' }, ['Parameters in force on a date'])])]);
    nav.appendChild(list);
    Object.keys(byTag).forEach(function (tag) {
      var title = tag === 'ascof' ? 'ASCOF' : tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, ' ');
      nav.appendChild(el('h2', null, [title]));
      var ul = el('ul');
      byTag[tag].forEach(function (x) { ul.appendChild(el('li', null, [el('a', { href: '#/post' + x[0], title: x[1].summary }, ['POST ' + x[0]])])); });
      nav.appendChild(ul);
    });
  }

  fetch('/openapi.json').then(function (r) { return r.json(); }).then(function (d) { doc = d; buildNav(); render(); })
    .catch(function () { view.textContent = 'Could not read /openapi.json from the server.'; });
  window.addEventListener('hashchange', render);
})();
`;

/** The HTML of the page served at `GET /`. */
export function _pageHtml(version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>adult-social-care-rules ${version}: try the rules</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the content</a>
<header><h1>adult-social-care-rules ${version}</h1><p>The rules of English adult social care: try each entry point, browse the parameters in force.</p></header>
<div class="layout">
<nav id="endpoints" aria-label="Entry points"></nav>
<main id="view" tabindex="-1"><p>Loading the endpoints…</p></main>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
