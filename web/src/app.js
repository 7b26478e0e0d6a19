// The pre-entry page: asks what the kiosk asks in self-service (app/core/ReviewPlan.cpp's planner over the same
// definitions and field policy), decides with the same rules (rules.js), and ends in the QR code the kiosk reads
// (preentry.js). Keeps nothing: the answers live in this page's memory until it is closed; no storage, no cookies,
// no request after loading (the Content-Security-Policy of index.html forbids any).
(function () {
    'use strict';
    const R = window.KakanaiRules;
    const DATA = window.KAKANAI_DATA;
    const CITY = window.KAKANAI_CITY || {};
    const STRINGS = window.KAKANAI_STRINGS;
    const main = document.getElementById('main');

    const app = {
        lang: 'ja',
        page: 'start',
        eventId: '',
        navigator: {},
        forms: [], // [{definition, state}]
        formIndex: 0,
        sectionIndex: 0,
        showIssues: false,
        qrText: '',
    };
    const definitions = {};
    for (const id of DATA.order) definitions[id] = new R.Definition(JSON.parse(JSON.stringify(DATA.forms[id])));

    // ---- texts ----
    const t = (key, vars) => {
        let s = (STRINGS[app.lang] && STRINGS[app.lang][key]) || STRINGS.en[key] || key;
        for (const [k, v] of Object.entries(vars || {})) s = s.replace('{' + k + '}', v);
        return s;
    };
    const L = (text) => (text ? text[app.lang] || text.ja || '' : '');
    const message = (code) => L(DATA.messages[code]) || code;
    const bcp47 = { ja: 'ja', ja_easy: 'ja', en: 'en', zh_CN: 'zh-Hans', ko: 'ko', vi: 'vi', pt: 'pt-BR' };

    function context() {
        const now = new Date();
        const iso = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-' + String(now.getDate()).padStart(2, '0');
        return { today: iso, mode: 'self_service', municipality: CITY.municipality || '', municipality_code: CITY.municipality_code || '' };
    }

    // ---- the field policy (app/core/FieldPolicy.cpp) ----
    const generic = (path) => path.replace(/\[[0-9]+\]/g, '');
    function lookup(map, formId, path) {
        const g = generic(path);
        if (Object.prototype.hasOwnProperty.call(map, formId + '/' + g)) return map[formId + '/' + g];
        return map[g];
    }
    const policy = DATA.policy;
    const selfServiceOptions = (formId, path) => lookup(policy.self_service_options, formId, path) || [];
    const selfServiceMaxItems = (formId, list) => lookup(policy.self_service_max_items, formId, list) || 0;
    const cardHolderItem = (formId, list) => lookup(policy.card_holder_items, formId, list) || {};
    function presets(formId, path) {
        const name = lookup(policy.presets_for, formId, path);
        return name ? policy.presets[name] || [] : [];
    }
    const keypad = (formId, path) => lookup(policy.keypads, formId, path) || '';
    function addressField(formId, path) {
        const paired = lookup(policy.address_fields, formId, path);
        return paired === undefined ? null : { pairedPostal: paired };
    }

    // A field the page may ask and put in the QR code: the resident's, never one the card fills.
    function isPreEntryField(f) {
        return f.input !== false && !f.prefill && f.type !== 'individual_number' && (!f.modes || f.modes.includes('self_service'));
    }

    // ---- the planner: ReviewPlan's self-service decisions without a card ----
    function plan(entry) {
        const def = entry.definition;
        const state = entry.state;
        const ctx = context();
        const formId = def.id;
        const definitelyTrue = (expr, path) => !expr || R.isTrue(R.evaluateAt(expr, state, ctx, path));
        const planField = (f, path) => {
            if (f.modes && !f.modes.includes('self_service')) return null;
            if (!R.isApplicable(state, ctx, path) || !definitelyTrue(f.appliesWhenExpr, path)) return null;
            const item = R.parseItemPath(path);
            if (item) {
                const list = def.field(item.list);
                if (list && !definitelyTrue(list.appliesWhenExpr, item.list)) return null;
                if (item.index === 0 && cardHolderItem(formId, item.list)[item.local]) return null; // the card holder's
            }
            const v = state.value(path);
            if (v && v.copiedFrom) return null;
            if (f.type === 'individual_number' || f.prefill) return null; // read from the card at the counter
            if (f.input === false) return null;
            const required = f.required === true || (!!f.requiredWhenExpr && definitelyTrue(f.requiredWhenExpr, path));
            if (f.requiredWhenExpr && f.required !== true && !required) return null;
            if (v && v.provenance === 'derived' && f.default === undefined) return null;
            const p = { path, def: f, required };
            switch (f.type) {
            case 'choice': {
                const allowed = selfServiceOptions(formId, path);
                p.kind = 'choice';
                p.options = f.options.filter((o) => !allowed.length || allowed.includes(o.value));
                if (p.options.length === 1 && (!v || v.value !== p.options[0].value)) p.onlyValue = p.options[0].value;
                break;
            }
            case 'multi_choice':
                p.kind = 'multi_choice';
                p.options = f.options;
                break;
            case 'boolean': {
                const allowed = selfServiceOptions(formId, path);
                p.kind = 'yes_no';
                p.booleans = allowed.length ? allowed : [true, false];
                if (p.booleans.length === 1 && !(v && v.value === p.booleans[0])) p.onlyValue = p.booleans[0];
                break;
            }
            case 'integer': p.kind = 'count'; break;
            case 'date': p.kind = 'date'; break;
            case 'postal_code': p.kind = 'postal_code'; break;
            case 'list': p.kind = 'list'; break;
            default: {
                const address = addressField(formId, path);
                if (address) {
                    p.kind = 'address';
                    p.pairedPostal = address.pairedPostal;
                } else if (presets(formId, path).length) {
                    p.kind = 'presets';
                    p.presets = presets(formId, path);
                } else if (keypad(formId, path)) {
                    p.kind = 'keypad';
                    p.keypad = keypad(formId, path);
                } else {
                    return null; // self-service never asks a resident to type free text: the counter does
                }
            }
            }
            return p;
        };
        const planList = (f, p) => {
            let max = f.max_items || 0;
            const cap = selfServiceMaxItems(formId, f.id);
            if (cap > 0 && (max === 0 || cap < max)) max = cap;
            p.items = [];
            for (let i = 0; i < state.itemCount(f.id) && (max === 0 || i < max); ++i) {
                p.items.push((f.fields || []).map((x) => planField(x, R.itemPath(f.id, i, x.id))).filter(Boolean));
            }
        };
        const sections = [];
        const laidOut = new Set();
        const planRoot = (id, into) => {
            const f = def.field(id);
            if (!f) return;
            laidOut.add(id);
            let p = planField(f, id);
            if (!p) {
                if (f.type === 'list' && R.isApplicable(state, ctx, id) && definitelyTrue(f.appliesWhenExpr, id)) p = { path: id, def: f, kind: 'list' };
                else return;
            }
            if (p.kind === 'list') {
                planList(f, p);
                if (!p.items.some((item) => item.length)) return;
            }
            into.push(p);
        };
        for (const section of def.json.sections) {
            const fields = [];
            for (const row of section.rows) for (const id of row) planRoot(id, fields);
            sections.push({ title: section.title, fields });
        }
        const rest = { title: null, fields: [] };
        for (const f of def.fields) if (!laidOut.has(f.id)) planRoot(f.id, rest.fields);
        sections.push(rest);
        const paired = [];
        for (const s of sections) for (const f of s.fields) if (f.kind === 'address' && f.pairedPostal) paired.push(f.pairedPostal);
        return sections.map((s) => ({ title: s.title, fields: s.fields.filter((f) => !paired.includes(f.path)) }))
            .filter((s) => s.fields.length);
    }

    // Lists whose first item is the card holder start with that item (FormInstance::prefill), as on the kiosk.
    function newEntry(id) {
        const definition = definitions[id];
        const state = new R.FormState(definition);
        for (const f of definition.fields) {
            if (f.type === 'list' && ((f.fields || []).some((x) => x.prefill) || Object.keys(cardHolderItem(id, f.id)).length)) {
                state.setItemCount(f.id, 1);
            }
        }
        return { definition, state };
    }

    // Derivations and the answers the kiosk sets by itself (one allowed option), until nothing changes.
    function settle(entry) {
        for (let round = 0; round < 5; ++round) {
            R.derive(entry.state, context());
            let changed = false;
            for (const s of plan(entry)) {
                const walk = (fields) => {
                    for (const p of fields) {
                        if (p.onlyValue !== undefined) { entry.state.set(p.path, p.onlyValue, 'resident'); changed = true; }
                        for (const item of p.items || []) walk(item);
                    }
                };
                walk(s.fields);
            }
            if (!changed) return;
        }
    }

    function setAnswer(entry, path, value) {
        if (value === '' || value === null || value === undefined || (Array.isArray(value) && !value.length)) entry.state.remove(path);
        else entry.state.set(path, value, 'resident');
        // Derived values are recomputed from the answers: drop them first.
        for (const [p, v] of [...entry.state.values]) if (v.provenance === 'derived' || v.copiedFrom) entry.state.remove(p);
        settle(entry);
    }

    // ---- ruby (furigana) ----
    // やさしい日本語 writes official terms in kanji with their reading: 「{住民票|じゅうみんひょう}」. The kiosk's rule
    // (forms/RubyText.h): {base|reading} with neither part empty nor holding { } |; any other brace is literal text,
    // so a malformed entry is shown, never lost (and the page's own '{n} / {m}' placeholders are left alone).
    function rubyRuns(text) {
        const runs = [];
        const s = String(text);
        let plain = '';
        for (let i = 0; i < s.length;) {
            if (s[i] === '{') {
                const m = /^\{([^{}|]+)\|([^{}|]+)\}/.exec(s.slice(i));
                if (m) {
                    if (plain) { runs.push({ base: plain }); plain = ''; }
                    runs.push({ base: m[1], reading: m[2] });
                    i += m[0].length;
                    continue;
                }
            }
            plain += s[i++];
        }
        if (plain) runs.push({ base: plain });
        return runs;
    }
    const stripRuby = (text) => rubyRuns(text).map((r) => r.base).join('');
    // Text nodes and <ruby>base<rt>reading</rt></ruby>: the reading is shown above the kanji, and copying or a
    // screen reader gets the base text (<rp> for browsers without ruby).
    function rubyNodes(text) {
        return rubyRuns(text).map((r) => r.reading === undefined ? document.createTextNode(r.base)
            : el('ruby', {}, r.base, el('rp', {}, '('), el('rt', {}, r.reading), el('rp', {}, ')')));
    }
    // Attributes that hold text for people (no markup: a tooltip or a screen reader reads them as they are).
    const textAttributes = new Set(['aria-label', 'alt', 'title', 'placeholder']);

    // ---- DOM helpers ----
    function el(tag, attrs, ...children) {
        const e = document.createElement(tag);
        // An <option> (and the document title) can only hold plain text.
        const plainOnly = tag === 'option';
        for (const [k, v] of Object.entries(attrs || {})) {
            if (v === undefined || v === null || v === false) continue;
            if (k === 'text') {
                if (plainOnly) e.textContent = stripRuby(v);
                else e.replaceChildren(...rubyNodes(v));
            } else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
            else e.setAttribute(k, v === true ? '' : (textAttributes.has(k) ? stripRuby(v) : v));
        }
        for (const c of children.flat(Infinity)) {
            if (typeof c === 'string') e.append(...(plainOnly ? [stripRuby(c)] : rubyNodes(c)));
            else if (c) e.append(c);
        }
        return e;
    }
    // Appends to the page; null children (optional parts) are left out and arrays are flattened.
    const put = (...children) => main.append(...children.flat(2).filter(Boolean));
    const idOf = (path) => 'f-' + path.replace(/[^a-zA-Z0-9]/g, '-');

    function show(page) {
        app.page = page;
        render();
        const h = main.querySelector('h1, h2');
        if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
        window.scrollTo(0, 0);
    }

    function header() {
        const select = el('select', { id: 'language', onchange: (e) => { app.lang = e.target.value; render(); document.getElementById('language').focus(); } },
            DATA.languages.map((code) => el('option', { value: code, selected: code === app.lang, lang: bcp47[code], text: STRINGS[code].language_name })));
        return el('div', { class: 'toolbar' }, el('label', { for: 'language', text: t('lang_label') }), select);
    }

    function nav(buttons) {
        return el('div', { class: 'nav' }, buttons);
    }

    // ---- pages ----
    function renderStart() {
        put(el('h1', { text: t('title') }), header(),
            el('p', { text: t('intro') }), el('p', { class: 'note', text: t('card_note') }),
            el('p', { class: 'privacy', text: t('privacy') }),
            el('h2', { text: t('procedures') }),
            el('ul', { class: 'choices', id: 'procedures' }, DATA.order.map((id) => el('li', {},
                el('button', { type: 'button', id: 'proc-' + id, onclick: () => startForms('', [id]), text: L(DATA.forms[id].title) })))),
            el('h2', { text: t('life_events') }),
            el('ul', { class: 'choices', id: 'events' }, DATA.life_events.events.map((e) => el('li', {},
                el('button', { type: 'button', id: 'event-' + e.id, onclick: () => startEvent(e.id), text: L(e.title) })))));
    }

    function startForms(eventId, formIds) {
        app.eventId = eventId;
        app.forms = formIds.map(newEntry);
        app.forms.forEach(settle);
        app.formIndex = 0;
        app.sectionIndex = 0;
        app.showIssues = false;
        show(app.forms.length && plan(app.forms[0]).length ? 'form' : (eventId ? 'guide' : 'qr'));
    }

    function startEvent(id) {
        app.eventId = id;
        app.navigator = {};
        show('questions');
    }

    const event = () => DATA.life_events.events.find((e) => e.id === app.eventId);
    const question = (id) => DATA.life_events.questions.find((q) => q.id === id);

    function yesNo(name, legend, value, onchange, booleans) {
        return el('fieldset', { class: 'field', id: idOf(name) }, el('legend', { text: legend }),
            el('div', { class: 'options' }, (booleans || [true, false]).map((b) => {
                const id = idOf(name) + '-' + b;
                return el('div', { class: 'option' },
                    el('input', { type: 'radio', name, id, value: String(b), checked: value === b, onchange: () => onchange(b) }),
                    el('label', { for: id, text: b ? t('yes') : t('no') }));
            })));
    }

    function renderQuestions() {
        const e = event();
        put(el('h1', { text: L(e.title) }), header(), el('h2', { text: t('questions_title') }),
            el('form', { id: 'questions', onsubmit: (ev) => { ev.preventDefault(); startForms(app.eventId, e.forms); } },
                e.questions.map((q) => yesNo('q-' + q, L(question(q).label), app.navigator[q], (b) => { app.navigator[q] = b; })),
                nav([el('button', { type: 'button', class: 'secondary', onclick: () => show('start'), text: t('back') }),
                    el('button', { type: 'submit', id: 'next', text: t('next') })])));
    }

    function fieldLabel(p) {
        const item = R.parseItemPath(p.path);
        return L(p.def.label) + (item && item.index > 0 ? ' (' + (item.index + 1) + ')' : '');
    }

    function renderField(entry, p, issues) {
        const id = idOf(p.path);
        const value = entry.state.value(p.path) ? entry.state.value(p.path).value : undefined;
        const mine = issues.filter((i) => i.field === p.path);
        const errorId = id + '-error';
        const described = [p.def.help ? id + '-help' : null, mine.length ? errorId : null].filter(Boolean).join(' ') || null;
        const help = p.def.help ? el('p', { class: 'help', id: id + '-help', text: L(p.def.help) }) : null;
        const errors = mine.length ? el('p', { class: 'error', id: errorId }, mine.map((i) => el('span', {
            class: i.severity === 'warning' ? 'warning' : '', text: (i.severity === 'warning' ? t('warning') + ': ' : '') + message(i.message) }))) : null;
        const set = (v) => { setAnswer(entry, p.path, v); render(); const again = document.getElementById(focusId); if (again) again.focus(); };
        let focusId = id;
        const requiredMark = p.required ? el('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null;
        switch (p.kind) {
        case 'choice':
        case 'multi_choice': {
            const multi = p.kind === 'multi_choice';
            return el('fieldset', { class: 'field', id, 'aria-describedby': described },
                el('legend', {}, fieldLabel(p), requiredMark), help,
                el('div', { class: 'options' }, p.options.map((o) => {
                    const oid = id + '-' + o.value;
                    const checked = multi ? Array.isArray(value) && value.includes(o.value) : value === o.value;
                    return el('div', { class: 'option' },
                        el('input', { type: multi ? 'checkbox' : 'radio', name: p.path, id: oid, value: o.value, checked,
                            onchange: (ev) => {
                                focusId = oid;
                                if (!multi) return set(o.value);
                                const now = new Set(Array.isArray(value) ? value : []);
                                if (ev.target.checked) now.add(o.value); else now.delete(o.value);
                                set(p.options.map((x) => x.value).filter((x) => now.has(x)));
                            } }),
                        el('label', { for: oid, text: L(o.label) }));
                })), errors);
        }
        case 'yes_no': {
            const f = yesNo(p.path, fieldLabel(p), value, (b) => { focusId = id + '-' + b; set(b); }, p.booleans);
            f.setAttribute('id', id);
            if (described) f.setAttribute('aria-describedby', described);
            if (help) f.insertBefore(help, f.children[1]);
            if (errors) f.append(errors);
            return f;
        }
        case 'count': {
            const input = el('input', { type: 'number', id, inputmode: 'numeric', min: p.def.min, max: p.def.max, value: value === undefined ? '' : value,
                'aria-describedby': described, onchange: (ev) => set(ev.target.value === '' ? '' : Number(ev.target.value)) });
            const step = (d) => { const n = (typeof value === 'number' ? value : 0) + d; if ((p.def.min === undefined || n >= p.def.min) && (p.def.max === undefined || n <= p.def.max)) { focusId = id; set(n); } };
            return el('div', { class: 'field' }, el('label', { for: id }, fieldLabel(p), requiredMark), help,
                el('div', { class: 'count' },
                    el('button', { type: 'button', class: 'step', 'aria-label': t('count_less') + ': ' + L(p.def.label), onclick: () => step(-1), text: '−' }),
                    input,
                    el('button', { type: 'button', class: 'step', 'aria-label': t('count_more') + ': ' + L(p.def.label), onclick: () => step(1), text: '+' })), errors);
        }
        case 'date':
        case 'postal_code':
        case 'keypad': {
            const attrs = { id, 'aria-describedby': described, value: value === undefined ? '' : value, autocomplete: 'off' };
            if (p.kind === 'date') attrs.type = 'date';
            else { attrs.type = 'text'; attrs.inputmode = p.keypad === 'card_number' ? 'text' : (p.keypad === 'phone' ? 'tel' : 'numeric'); }
            if (p.kind === 'postal_code') attrs.autocomplete = 'postal-code';
            attrs.onchange = (ev) => set(ev.target.value.trim());
            return el('div', { class: 'field' }, el('label', { for: id }, fieldLabel(p), requiredMark), help, el('input', attrs), errors);
        }
        case 'address': {
            const postalId = p.pairedPostal ? idOf(p.pairedPostal) : null;
            const postalValue = p.pairedPostal && entry.state.value(p.pairedPostal) ? entry.state.value(p.pairedPostal).value : '';
            return el('fieldset', { class: 'field', id: id + '-group' }, el('legend', {}, fieldLabel(p), requiredMark), help,
                postalId ? el('div', {}, el('label', { for: postalId, text: t('postal_code') }),
                    el('input', { type: 'text', id: postalId, inputmode: 'numeric', autocomplete: 'postal-code', value: postalValue,
                        onchange: (ev) => { setAnswer(entry, p.pairedPostal, ev.target.value.trim()); render(); const again = document.getElementById(postalId); if (again) again.focus(); } })) : null,
                el('label', { for: id, text: t('address') }),
                el('input', { type: 'text', id, autocomplete: 'street-address', 'aria-describedby': described, value: value || '',
                    onchange: (ev) => set(ev.target.value.trim()) }), errors);
        }
        case 'presets':
            return el('div', { class: 'field' }, el('label', { for: id }, fieldLabel(p), requiredMark), help,
                el('select', { id, 'aria-describedby': described, onchange: (ev) => set(ev.target.value) },
                    el('option', { value: '', text: t('choose_one') }),
                    p.presets.map((x) => el('option', { value: x.value, selected: value === x.value, text: L(x.label) }))), errors);
        case 'list':
            return el('div', { class: 'list', id }, p.items.map((item, i) => el('fieldset', { class: 'item' },
                el('legend', { text: L(p.def.label) + (p.items.length > 1 ? ' ' + (i + 1) : '') }),
                item.map((x) => renderField(entry, x, issues)))));
        }
        return null;
    }

    // Every path a planned section shows (list items included).
    function pathsOf(fields) {
        const out = [];
        for (const p of fields) {
            out.push(p.path);
            if (p.pairedPostal) out.push(p.pairedPostal);
            for (const item of p.items || []) out.push(...pathsOf(item));
        }
        return out;
    }

    function renderForm() {
        const entry = app.forms[app.formIndex];
        const sections = plan(entry);
        if (app.sectionIndex >= sections.length) app.sectionIndex = Math.max(0, sections.length - 1);
        const section = sections[app.sectionIndex];
        const shown = pathsOf(section.fields);
        const issues = app.showIssues ? R.validate(entry.state, context()).filter((i) => shown.includes(i.field)) : [];
        const total = app.forms.reduce((n, e) => n + plan(e).length, 0);
        const before = app.forms.slice(0, app.formIndex).reduce((n, e) => n + plan(e).length, 0);
        const errors = issues.filter((i) => i.severity !== 'warning');
        put(el('h1', { text: L(entry.definition.json.title) }), header(),
            el('p', { class: 'step', text: t('step', { n: before + app.sectionIndex + 1, m: total }) }),
            el('h2', { text: L(section.title) }),
            errors.length ? el('div', { class: 'issues', role: 'alert', id: 'issues' }, el('p', { text: t('check_title') }),
                el('ul', {}, errors.map((i) => el('li', {}, el('a', { href: '#' + idOf(i.field),
                    text: (entry.definition.field(i.field) ? L(entry.definition.field(i.field).label) + ': ' : '') + message(i.message) }))))) : null,
            el('form', { id: 'section', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); next(entry, sections, shown); } },
                section.fields.map((p) => renderField(entry, p, issues)),
                nav([el('button', { type: 'button', class: 'secondary', onclick: back, text: t('back') }),
                    el('button', { type: 'submit', id: 'next', text: t('next') })])));
    }

    function next(entry, sections, shown) {
        const blocking = R.validate(entry.state, context()).filter((i) => i.severity !== 'warning' && shown.includes(i.field));
        if (blocking.length) {
            app.showIssues = true;
            render();
            const box = document.getElementById('issues');
            if (box) { box.setAttribute('tabindex', '-1'); box.focus(); }
            return;
        }
        app.showIssues = false;
        if (app.sectionIndex + 1 < sections.length) { app.sectionIndex += 1; show('form'); return; }
        // The form's last page: a rule may tie an answer of an earlier page to a later one (特例転出 is not for a
        // move abroad). Back to the first page whose answers the rules refuse, as the kiosk's review would refuse
        // them, before the next form or the code.
        const refused = R.validate(entry.state, context()).filter((i) => i.severity !== 'warning');
        const back = sections.findIndex((s) => refused.some((i) => pathsOf(s.fields).includes(i.field)));
        if (back >= 0) {
            app.sectionIndex = back;
            app.showIssues = true;
            show('form');
            const box = document.getElementById('issues');
            if (box) { box.setAttribute('tabindex', '-1'); box.focus(); }
            return;
        }
        if (app.formIndex + 1 < app.forms.length) { app.formIndex += 1; app.sectionIndex = 0; show('form'); return; }
        show(app.eventId ? 'guide' : 'qr');
    }

    function back() {
        app.showIssues = false;
        if (app.page === 'form' && app.sectionIndex > 0) { app.sectionIndex -= 1; show('form'); return; }
        if (app.page === 'form' && app.formIndex > 0) { app.formIndex -= 1; app.sectionIndex = plan(app.forms[app.formIndex]).length - 1; show('form'); return; }
        if (app.page === 'form') { show(app.eventId ? 'questions' : 'start'); return; }
        if (app.page === 'guide' || app.page === 'qr') {
            if (app.page === 'qr' && app.eventId) { show('guide'); return; }
            const last = app.forms.length - 1;
            if (last >= 0 && plan(app.forms[last]).length) { app.formIndex = last; app.sectionIndex = plan(app.forms[last]).length - 1; show('form'); return; }
            show(app.eventId ? 'questions' : 'start');
        }
    }

    // LifeEventNavigator::decide: applies, left out (answered no) or undecided (not answered).
    function decide() {
        const e = event();
        const out = [];
        for (const id of e.procedures) {
            const p = DATA.life_events.procedures.find((x) => x.id === id);
            if (!p) continue;
            if (!p.if || app.navigator[p.if] === true) out.push({ p, undecided: false });
            else if (app.navigator[p.if] === undefined) out.push({ p, undecided: true, question: question(p.if) });
        }
        return out;
    }

    // The day the event happened (the event's happened_on field, e.g. tennyu/moved_on) as the resident answered it:
    // LifeEventNavigator::happenedOn. A Date at UTC midnight, or null.
    function happenedOn() {
        const [formId, field] = (event().happened_on || '').split('/');
        const entry = app.forms.find((e) => e.definition.id === formId);
        const v = entry && entry.state.value(field);
        const m = v && typeof v.value === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.value);
        if (!m) return null;
        const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
        return d.getUTCDate() === +m[3] ? d : null;
    }

    // A procedure's deadline in this event (Deadline::dueFrom): the day it happened + days, shown as a date (和暦 in
    // Japanese, as on the kiosk) with its rule; the rule alone when there is no date.
    function deadlineText(procedureId) {
        const d = (event().deadlines || {})[procedureId];
        if (!d) return null;
        const from = happenedOn();
        if (d.days < 0 || !from) return L(d.rule);
        const due = new Date(from.getTime() + d.days * 86400000);
        const japanese = app.lang === 'ja' || app.lang === 'ja_easy';
        const date = new Intl.DateTimeFormat(japanese ? 'ja-JP-u-ca-japanese' : bcp47[app.lang],
            japanese ? { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
                : { dateStyle: 'long', timeZone: 'UTC' }).format(due);
        return t('deadline_date').replace('{date}', date).replace('{rule}', L(d.rule));
    }

    // The department and where it is in this city hall (the city's counters), as the kiosk writes them.
    function deskText(p) {
        if (!p.counter) return L(p.desk);
        const wide = ['ja', 'ja_easy', 'zh_CN'].includes(app.lang);
        return L(p.desk) + (wide ? '（' + L(p.counter) + '）' : ' (' + L(p.counter) + ')');
    }

    function renderGuide() {
        put(el('h1', { text: L(event().title) }), header(), el('h2', { text: t('guide_title') }),
            el('ul', { class: 'guide', id: 'guide' }, decide().map((d) => el('li', { 'data-procedure': d.p.id },
                el('h3', { text: L(d.p.title) }),
                d.undecided ? el('p', { class: 'note', text: t('if_applies') + ': ' + L(d.question.label) }) : null,
                el('dl', {}, el('dt', { text: t('desk') }),
                    el('dd', { class: 'desk', text: deskText(d.p) }),
                    d.p.bring ? [el('dt', { text: t('bring') }), el('dd', { text: L(d.p.bring) })] : null,
                    deadlineText(d.p.id) ? [el('dt', { text: t('deadline') }),
                        el('dd', { class: 'deadline', text: deadlineText(d.p.id) })] : null)))),
            nav([el('button', { type: 'button', class: 'secondary', onclick: back, text: t('back') }),
                el('button', { type: 'button', id: 'next', onclick: () => show('qr'), text: t('next') })]));
    }

    function displayValue(entry, path, value) {
        const f = entry.definition.field(path);
        if (typeof value === 'boolean') return value ? t('yes') : t('no');
        if (f && f.options) {
            const label = (v) => { const o = f.options.find((x) => x.value === v); return o ? L(o.label) : v; };
            return Array.isArray(value) ? value.map(label).join('、') : label(value);
        }
        const preset = f && presets(entry.definition.id, path).find((x) => x.value === value);
        return preset ? L(preset.label) : String(value);
    }

    // The answers for the QR code: the resident's own, only fields the page may carry.
    function payloadAnswers(entry) {
        const out = {};
        for (const [path, v] of entry.state.values) {
            if (v.provenance !== 'resident' || v.copiedFrom || R.isEmptyValue(v.value)) continue;
            const f = entry.definition.field(path);
            if (!f || !isPreEntryField(f)) continue;
            const item = R.parseItemPath(path);
            if (item) {
                if (item.index === 0 && cardHolderItem(entry.definition.id, item.list)[item.local]) continue;
                out[item.list] = out[item.list] || [];
                while (out[item.list].length <= item.index) out[item.list].push({});
                out[item.list][item.index][item.local] = v.value;
            } else {
                out[path] = v.value;
            }
        }
        return out;
    }

    async function makeQr() {
        const navigator = {};
        if (app.eventId) for (const q of event().questions) if (app.navigator[q] !== undefined) navigator[q] = app.navigator[q];
        app.qrText = await window.KakanaiPreEntry.encode({
            eventId: app.eventId,
            navigator,
            forms: app.forms.map((e) => ({ id: e.definition.id, version: e.definition.json.version, answers: payloadAnswers(e) })),
        }, new Date());
        const qr = window.qrcode(0, 'M');
        qr.addData(app.qrText, 'Alphanumeric');
        qr.make();
        const n = qr.getModuleCount();
        const cell = Math.max(3, Math.floor(300 / (n + 8)));
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = (n + 8) * cell;
        const g = canvas.getContext('2d');
        g.fillStyle = '#fff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.fillStyle = '#000';
        for (let r = 0; r < n; ++r) for (let c = 0; c < n; ++c) if (qr.isDark(r, c)) g.fillRect((c + 4) * cell, (r + 4) * cell, cell, cell);
        return canvas.toDataURL('image/png');
    }

    function renderQr() {
        const summary = app.forms.map((entry) => {
            const answers = [...entry.state.values].filter(([path, v]) => v.provenance === 'resident' && !R.isEmptyValue(v.value) && isPreEntryField(entry.definition.field(path) || {}));
            return el('section', {}, el('h3', { text: L(entry.definition.json.title) }),
                answers.length ? el('dl', { class: 'summary' }, answers.map(([path, v]) => [
                    el('dt', { text: L(entry.definition.field(path).label) }), el('dd', { text: displayValue(entry, path, v.value) })]))
                    : el('p', { text: t('nothing_to_ask') }));
        });
        const img = el('img', { id: 'qr', alt: t('qr_alt'), width: 300, height: 300 });
        const save = el('a', { id: 'save', class: 'button', download: 'kakanai-preentry.png', href: '#', text: t('save_image') });
        put(el('h1', { text: t('qr_title') }), header(), el('p', { text: t('qr_help') }),
            el('div', { class: 'qr' }, img), el('p', { class: 'note', text: t('qr_valid') }), save,
            el('h2', { text: t('summary_title') }), summary,
            el('p', { class: 'note', text: t('card_note') }),
            nav([el('button', { type: 'button', class: 'secondary', onclick: back, text: t('back') }),
                el('button', { type: 'button', id: 'restart', onclick: restart, text: t('restart') })]));
        makeQr().then((url) => {
            img.src = url;
            save.href = url;
            document.body.dataset.qrReady = 'true';
        });
    }

    function restart() {
        // Forget everything: the answers exist only here.
        app.eventId = '';
        app.navigator = {};
        app.forms = [];
        app.qrText = '';
        show('start');
    }

    function render() {
        document.documentElement.lang = bcp47[app.lang];
        document.title = stripRuby(t('title'));
        document.body.dataset.page = app.page;
        delete document.body.dataset.qrReady;
        main.replaceChildren();
        ({ start: renderStart, questions: renderQuestions, form: renderForm, guide: renderGuide, qr: renderQr })[app.page]();
    }

    // A language from the address (?lang=en) or the browser, else Japanese.
    const asked = new URLSearchParams(location.search).get('lang');
    const browser = (navigator.language || '').replace('-', '_');
    app.lang = DATA.languages.includes(asked) ? asked : (DATA.languages.find((l) => browser.startsWith(l.split('_')[0]) && l !== 'ja_easy') || 'ja');
    render();
})();
