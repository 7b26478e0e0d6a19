// The pre-entry page in a real browser: headless Chromium from Debian, driven over the DevTools protocol by
// puppeteer-core, at phone size (390×844). For a 住民票 request (in Japanese, やさしい日本語 and English) and a 転入
// life event (in Japanese and English):
// fills every page with the fixed test persona, checks that conditions show and hide the questions the kiosk's
// self-service review asks, screenshots every page (into the build folder), takes the QR image from the page,
// decodes it with zbarimg and reads the text with kakanai-preentry (the kiosk's decoder), which must give back the
// persona's answers. On every page: axe-core finds no serious or critical violation; at 200 % text nothing is cut
// off sideways; every control is reachable by keyboard. No request may go to another host, and the page may set
// no cookie and keep nothing in storage. Then every form the page offers (the kiosk's self-service forms) is answered
// from what its pages show, its code decoded and written with the answers given (form-<id>.txt, form-<id>.json), and
// what each option of each option group shows is recorded (form-plans.json), for test_app_preentry_gui.
//
// Environment (set by ctest, tests/web/CMakeLists.txt): KAKANAI_WEB_DIR (the built page), KAKANAI_NODE_MODULES,
// KAKANAI_SCREENSHOTS (output folder), KAKANAI_PREENTRY_CLI, KAKANAI_CHROMIUM (default /usr/bin/chromium).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { execFileSync } = require('child_process');

const webDir = process.env.KAKANAI_WEB_DIR;
const nodeModules = process.env.KAKANAI_NODE_MODULES;
const shots = process.env.KAKANAI_SCREENSHOTS;
const cli = process.env.KAKANAI_PREENTRY_CLI;
const chromium = process.env.KAKANAI_CHROMIUM || '/usr/bin/chromium';
const puppeteer = require(path.join(nodeModules, 'puppeteer-core'));
const axeSource = fs.readFileSync(path.join(nodeModules, 'axe-core/axe.min.js'), 'utf8');

// The fixed test persona: what a resident answers, by generic field path (no card data: the page never asks it).
const persona = {
    juminhyo: {
        relation: 'self', 'counter_person.phone': '03-1234-5678', scope: 'all_household', kind: 'juminhyo',
        items: ['setainushi_zokugara'], purpose: '就職・転職', submit_to: '勤務先', copies: 2,
    },
    tennyu: {
        path: 'ordinary', moved_on: 'TODAY-3', 'new_address.postal_code': '1050011', 'new_address.address': '東京都港区芝公園四丁目2番8号',
        moving_out_certificate: true, 'movers.relation': 'head', 'movers.is_foreign': false,
        'movers.juminhyo_code': '12345678901', phone: '090-1234-5678',
    },
};
const navigatorAnswers = { kokuho: true, has_children: false };
// Answers equal to a field's default are not the resident's: the kiosk derives them itself (juminhyo kind).
const defaults = { juminhyo: ['kind'], tennyu: [] };

function isoDay(offset) {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}
const resolveValue = (v) => (typeof v === 'string' && v.startsWith('TODAY-') ? isoDay(-Number(v.slice(6))) : v);
const idOf = (p) => 'f-' + p.replace(/[^a-zA-Z0-9]/g, '-');
const generic = (p) => p.replace(/\[[0-9]+\]/g, '');
// "movers.kana" → "movers[0].kana": the persona answers for the first (and in self-service only) item.
const firstItem = (k) => k.replace(/^(movers|persons)\./, '$1[0].');

let server;
let origin;
const requests = [];

function serve() {
    const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
    server = http.createServer((req, res) => {
        requests.push(req.url);
        const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        const file = path.join(webDir, rel === '/' ? 'index.html' : rel);
        if (!file.startsWith(webDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
            res.writeHead(404);
            res.end();
            return;
        }
        res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
        res.end(fs.readFileSync(file));
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
        origin = 'http://127.0.0.1:' + server.address().port;
        resolve();
    }));
}

async function newPage(browser, foreign) {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin + '/') && !url.startsWith('data:')) foreign.push(url);
    });
    page.on('pageerror', (e) => foreign.push('page error: ' + e.message));
    return page;
}

async function checkPage(page, name, state) {
    state.n += 1;
    const file = path.join(shots, `${name}-${String(state.n).padStart(2, '0')}-${await page.evaluate(() => document.body.dataset.page)}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // axe-core: evaluated through the DevTools protocol, which the page's CSP does not govern.
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
    });
    assert.deepStrictEqual(violations, [], name + ' page ' + state.n + ': axe');
    // Keyboard: every control is reached by Tab (a radio group is one stop).
    const expected = await page.evaluate(() => {
        const seen = new Set();
        const out = [];
        for (const e of document.querySelectorAll('main button, main input, main select, main a[href], #language')) {
            if (e.disabled || e.offsetParent === null) continue;
            const key = e.type === 'radio' ? 'radio:' + e.name : '#' + (e.id || e.textContent);
            if (!seen.has(key)) { seen.add(key); out.push(key); }
        }
        return out;
    });
    await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
    const reached = new Set();
    for (let i = 0; i < expected.length * 2 + 5; ++i) {
        await page.keyboard.press('Tab');
        const key = await page.evaluate(() => {
            const e = document.activeElement;
            if (!e || e === document.body) return '';
            return e.type === 'radio' ? 'radio:' + e.name : '#' + (e.id || e.textContent);
        });
        if (key) reached.add(key);
    }
    assert.deepStrictEqual(expected.filter((k) => !reached.has(k)), [], name + ' page ' + state.n + ': not reachable by Tab');
    // 200 % text: nothing is cut off sideways.
    const overflow = await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
        const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        return wide;
    });
    await page.screenshot({ path: file.replace(/\.png$/, '-200.png'), fullPage: true });
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    assert.ok(overflow <= 1, name + ' page ' + state.n + ': ' + overflow + ' px wider than the screen at 200 %');
}

// The visible question fields of the current page, by path (data from the ids).
async function visibleFields(page) {
    return page.evaluate(() => [...document.querySelectorAll('main form#section [id^="f-"]')]
        .filter((e) => e.matches('fieldset, input:not([type=radio]):not([type=checkbox]), select'))
        .map((e) => e.id));
}

async function setField(page, p, value) {
    const id = idOf(p);
    const kind = await page.evaluate((id) => {
        const e = document.getElementById(id);
        if (!e) return null;
        if (e.tagName === 'FIELDSET') return e.querySelector('input[type=checkbox]') ? 'checkbox' : 'radio';
        return e.tagName.toLowerCase();
    }, id);
    if (!kind) return false;
    if (kind === 'radio') {
        await page.click('#' + id + '-' + String(value));
    } else if (kind === 'checkbox') {
        for (const v of value) await page.click('#' + id + '-' + v);
    } else if (kind === 'select') {
        await page.select('#' + id, String(value));
    } else {
        await page.$eval('#' + id, (e, v) => { e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); }, String(value));
    }
    return true;
}

// Fills what the current form page shows from the persona; returns the paths it set.
async function fillPage(page, formId) {
    const answers = persona[formId];
    const set = [];
    for (let round = 0; round < 4; ++round) {
        let changed = false;
        const ids = await visibleFields(page);
        const paths = await page.evaluate((ids) => ids.map((id) => {
            const e = document.getElementById(id);
            const input = e.tagName === 'FIELDSET' ? e.querySelector('input') : e;
            return input ? (input.name || input.id) : id;
        }), ids);
        for (const [i, id] of ids.entries()) {
            const p = paths[i].startsWith('f-') ? null : paths[i];
            const key = p ? generic(p) : Object.keys(answers).find((k) => idOf(k) === id || idOf(firstItem(k)) === id);
            const full = p || (key && (idOf(key) === id ? key : firstItem(key)));
            if (!key || !(key in answers) || set.includes(full)) continue;
            if (await setField(page, full, resolveValue(answers[key]))) { set.push(full); changed = true; }
        }
        if (!changed) break;
    }
    return set;
}

async function walk(page, name, lang, start, formId, hooks) {
    const state = { n: 0 };
    await page.goto(origin + '/?lang=' + lang, { waitUntil: 'load' });
    assert.strictEqual(await page.evaluate(() => document.documentElement.lang), lang === 'en' ? 'en' : 'ja');
    await checkPage(page, name, state);
    await page.click(start);
    const filled = [];
    for (let guard = 0; guard < 20; ++guard) {
        const current = await page.evaluate(() => document.body.dataset.page);
        if (current === 'qr') break;
        if (current === 'questions') {
            for (const [q, v] of Object.entries(navigatorAnswers)) await page.click('#' + idOf('q-' + q) + '-' + v);
        } else if (current === 'guide') {
            if (hooks && hooks.onGuide) await hooks.onGuide(page);
        } else if (current === 'form') {
            if (hooks && hooks.onForm) await hooks.onForm(page);
            filled.push(...await fillPage(page, formId));
        }
        await checkPage(page, name, state);
        await page.click('#next');
        assert.ok(!(await page.$('#issues')), name + ': the page refused the persona: ' +
            (await page.evaluate(() => (document.getElementById('issues') || {}).textContent)));
    }
    await page.waitForSelector('body[data-qr-ready="true"]');
    await checkPage(page, name, state);
    // The image as the page offers it for saving, decoded by zbarimg.
    const href = await page.$eval('#save', (a) => a.href);
    assert.ok(href.startsWith('data:image/png;base64,'));
    const png = path.join(shots, name + '-qr.png');
    fs.writeFileSync(png, Buffer.from(href.slice('data:image/png;base64,'.length), 'base64'));
    const text = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
    fs.unlinkSync(png); // the text below is what the kiosk test needs
    assert.match(text, /^KKP1[A-Z2-7]+$/);
    // For test_app_preentry_gui (fixture preentry_codes): the fixed persona's answers only, never card data.
    fs.writeFileSync(path.join(shots, name + '.txt'), text + '\n');
    const decoded = JSON.parse(execFileSync(cli, ['decode', text], { encoding: 'utf8' }));
    return { decoded, filled, text, pages: state.n };
}

function expectAnswers(decoded, formId, expected) {
    const form = decoded.forms.find((f) => f.form === formId);
    assert.ok(form, 'no ' + formId + ' in the code');
    for (const [key, value] of Object.entries(expected)) {
        if (defaults[formId].includes(key)) {
            assert.ok(!(key in form.answers), formId + ' ' + key + ' is a default, not an answer');
            continue;
        }
        const [list, local] = key.includes('.') && key.split('.')[0] === 'movers' ? key.split('.') : [null, null];
        const got = list ? (form.answers[list] || [{}])[0][local] : form.answers[key];
        assert.deepStrictEqual(got, resolveValue(value), formId + ' ' + key);
    }
    // Never a card field: name, address, birth date, sex. Nor 広域交付, which the kiosk decides from the card's address.
    assert.ok(!('wide_area' in form.answers), formId + ' carries wide_area');
    const flat = JSON.stringify(form.answers);
    for (const forbidden of ['counter_person.name', 'counter_person.address', 'counter_person.birth_date', 'previous_address', '"name"', '"birth_date"', '"sex"', 'individual_number']) {
        assert.ok(!flat.includes(forbidden), formId + ' carries ' + forbidden);
    }
}

let browser;
const foreign = [];

test.before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    await serve();
    browser = await puppeteer.launch({ executablePath: chromium, headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--lang=ja'] });
});

test.after(async () => {
    if (browser) await browser.close();
    if (server) server.close();
});

for (const lang of ['ja', 'ja_easy', 'en']) {
    test(`住民票 request in ${lang}`, async () => {
        const page = await newPage(browser, foreign);
        const { decoded } = await walk(page, `juminhyo-${lang}`, lang, '#proc-juminhyo', 'juminhyo');
        assert.strictEqual(decoded.procedure, 'juminhyo');
        expectAnswers(decoded, 'juminhyo', persona.juminhyo);
        // No cookie, nothing kept in storage.
        assert.deepStrictEqual(await page.cookies(), []);
        assert.deepStrictEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
        await page.close();
    });

    if (lang === 'ja_easy') continue; // the 住民票 walk and the ruby test below cover やさしい日本語
    test(`転入 life event in ${lang}: conditions show and hide the kiosk's questions`, async () => {
        const page = await newPage(browser, foreign);
        const seen = {};
        const onForm = async (p) => {
            const ids = await visibleFields(p);
            // 転出証明書 only on the ordinary path, the 特例転入's planned move-out date only on the special one.
            if (ids.includes(idOf('path'))) {
                await setField(p, 'path', 'special');
                seen.special = await visibleFields(p);
                await setField(p, 'path', 'ordinary');
                seen.ordinary = await visibleFields(p);
            }
            // A foreign resident's questions only for a foreign mover.
            if (ids.includes(idOf('movers[0].is_foreign'))) {
                await setField(p, 'movers[0].is_foreign', true);
                seen.foreign = await visibleFields(p);
                await setField(p, 'movers[0].is_foreign', false);
                seen.notForeign = await visibleFields(p);
            }
        };
        // The guide: 国保 (answered yes) with the example city's counter and its deadline, a date counted from the
        // day of moving in the resident gave (TODAY-3 + 14 days), as the kiosk's done screen and slip show it.
        const onGuide = async (p) => {
            seen.guide = await p.$eval('#guide li[data-procedure="kokuho_join"]', (li) => li.textContent);
        };
        const { decoded } = await walk(page, `tennyu-${lang}`, lang, '#event-moving_in', 'tennyu', { onForm, onGuide });
        assert.ok(seen.guide, 'the guide did not list 国保');
        const due = new Date(isoDay(11) + 'T00:00:00Z');
        if (lang === 'ja') {
            assert.ok(seen.guide.includes('本庁舎1階 5番窓口'), seen.guide);
            assert.match(seen.guide, /令和\d+年\d+月\d+日まで（転入した日から14日以内）/);
        } else {
            assert.ok(seen.guide.includes('Main building, 1st floor, counter 5'), seen.guide);
            const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(due);
            assert.ok(seen.guide.includes(date + ' (within 14 days of moving in)'), seen.guide + ' / ' + date);
        }
        assert.ok(seen.special && seen.ordinary, 'the path question was not asked');
        assert.ok(seen.special.includes(idOf('planned_move_out_on')) && !seen.special.includes(idOf('moving_out_certificate')));
        assert.ok(seen.ordinary.includes(idOf('moving_out_certificate')) && !seen.ordinary.includes(idOf('planned_move_out_on')));
        assert.ok(seen.foreign && seen.notForeign, 'the foreign-resident question was not asked');
        assert.ok(seen.foreign.includes(idOf('movers[0].nationality')), 'nationality not asked for a foreign mover');
        assert.ok(!seen.notForeign.includes(idOf('movers[0].nationality')), 'nationality asked for a Japanese mover');
        assert.strictEqual(decoded.procedure, 'moving_in');
        assert.deepStrictEqual(decoded.navigator, navigatorAnswers);
        expectAnswers(decoded, 'tennyu', persona.tennyu);
        await page.close();
    });
}

test('やさしい日本語: official terms in kanji with their reading as <ruby>, never markup', async () => {
    const page = await newPage(browser, foreign);
    await page.goto(origin + '/?lang=ja_easy', { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
        const ruby = document.querySelector('#proc-juminhyo ruby');
        return {
            base: ruby ? ruby.firstChild.textContent : null,
            reading: ruby ? ruby.querySelector('rt').textContent : null,
            rubies: document.querySelectorAll('main ruby').length,
            markup: /[{}|]/.test(document.body.innerText.replace(/\d+ \/ \d+/g, '')),
            options: [...document.querySelectorAll('option')].some((o) => /[{}|]/.test(o.textContent)),
            title: document.title,
        };
    });
    assert.strictEqual(seen.base, '住民票');
    assert.strictEqual(seen.reading, 'じゅうみんひょう');
    assert.ok(seen.rubies > 5, 'only ' + seen.rubies + ' ruby elements');
    assert.ok(!seen.markup, 'markup shown as text');
    assert.ok(!seen.options, 'markup in the language list');
    assert.ok(!/[{}|]/.test(seen.title), seen.title);
    // The control: in Japanese the same button has no ruby.
    await page.goto(origin + '/?lang=ja', { waitUntil: 'load' });
    assert.strictEqual(await page.evaluate(() => document.querySelectorAll('#proc-juminhyo ruby').length), 0);
    await page.close();
});

// ---- Every form of the catalogue, filled from what its pages show ----
// The answers are chosen from the page itself, not from a persona per form: every option group answers its first
// option, every other control takes the first value of a list kept per kind of control (a date, a phone number, an
// address in the city...); when the page refuses an answer (its own validation, the kiosk's rules), the next value
// of that control's list is tried. What it gave is written with the code (form-<id>.json) for test_app_preentry_gui,
// which compares the kiosk's review with it field by field. On every form page, every option of every option group is
// also tried once and the fields the page then shows are recorded (form-plans.json): the kiosk's review plan must
// show exactly those for the same answers.
const candidatesByControl = {
    date: () => [isoDay(-3), isoDay(10), isoDay(-30)],
    tel: () => ['090-1234-5678'],
    postal: () => ['1050011'],
    digits: () => ['12345678901'],
    card_number: () => ['AB12345678CD'],
    address: () => ['東京都港区芝公園四丁目2番8号', '大阪府大阪市北区中之島一丁目3番20号'],
    count: (min, max) => [2, new Date().getFullYear(), new Date().getFullYear() - 1]
        .filter((n) => (min === '' || n >= Number(min)) && (max === '' || n <= Number(max))),
};

// Every path a definition can show (list items 0..9), by the page's element id.
function pathsById(definition) {
    const out = {};
    const walkFields = (fields, prefix) => {
        for (const f of fields) {
            if (f.type === 'list') {
                for (let i = 0; i < 10; ++i) walkFields(f.fields || [], f.id + '[' + i + '].');
            } else {
                out[idOf(prefix + f.id)] = { path: prefix + f.id, type: f.type };
            }
        }
    };
    walkFields(definition.fields, '');
    return out;
}

// The controls the current page shows, each with its path and the values it can take, in page order.
async function controls(page, byId) {
    const found = await page.evaluate(() => [...document.querySelectorAll('main form#section [id^="f-"]')]
        .filter((e) => e.matches('fieldset:not([id$="-group"]), input:not([type=radio]):not([type=checkbox]), select'))
        .map((e) => {
            if (e.tagName === 'FIELDSET') {
                const inputs = [...e.querySelectorAll('input')];
                return { id: e.id, control: inputs.length && inputs[0].type === 'checkbox' ? 'checkbox' : 'radio',
                    options: inputs.map((i) => i.value) };
            }
            if (e.tagName === 'SELECT') return { id: e.id, control: 'select', options: [...e.options].map((o) => o.value).filter(Boolean) };
            return { id: e.id, control: e.type === 'number' ? 'count' : e.type === 'date' ? 'date' : 'text',
                inputmode: e.getAttribute('inputmode') || '', autocomplete: e.getAttribute('autocomplete') || '',
                min: e.getAttribute('min') || '', max: e.getAttribute('max') || '' };
        }));
    return found.map((c) => {
        const known = byId[c.id];
        assert.ok(known, 'the page shows ' + c.id + ', which is no field of the form');
        let candidates;
        if (c.control === 'radio') candidates = c.options.map((v) => (known.type === 'boolean' ? v === 'true' : v));
        else if (c.control === 'checkbox') candidates = c.options.map((v) => [v]);
        else if (c.control === 'select') candidates = c.options;
        else if (c.control === 'count') candidates = candidatesByControl.count(c.min, c.max);
        else if (c.control === 'date') candidates = candidatesByControl.date();
        else if (c.autocomplete === 'postal-code') candidates = candidatesByControl.postal();
        else if (c.autocomplete === 'street-address') candidates = candidatesByControl.address();
        else if (c.inputmode === 'tel') candidates = candidatesByControl.tel();
        else if (c.inputmode === 'text') candidates = candidatesByControl.card_number();
        else candidates = candidatesByControl.digits();
        return { ...c, path: known.path, candidates };
    });
}

const sectionTitle = (page) => page.evaluate(() => document.querySelector('main h2').textContent);
const visibleIds = async (page) => (await visibleFields(page)).filter((id) => !id.endsWith('-group')).sort();

async function walkEveryForm(page, formId, plans) {
    await page.goto(origin + '/?lang=ja', { waitUntil: 'load' });
    const definition = await page.evaluate((id) => window.KAKANAI_DATA.forms[id], formId);
    const byId = pathsById(definition);
    await page.click('#proc-' + formId);
    const given = {};
    const tries = {};
    let pages = 0;
    for (let guard = 0; guard < 40; ++guard) {
        const current = await page.evaluate(() => document.body.dataset.page);
        if (current === 'qr') break;
        assert.strictEqual(current, 'form', formId + ': unexpected page ' + current);
        // Answer every control the page shows, one at a time: an answer may show or hide others.
        for (let step = 0; ; ++step) {
            assert.ok(step < 60, formId + ': the page keeps asking');
            const pending = (await controls(page, byId)).find((c) => !(c.path in given) ||
                JSON.stringify(given[c.path]) !== JSON.stringify(c.candidates[tries[c.path] || 0]));
            if (!pending) break;
            const value = pending.candidates[tries[pending.path] || 0];
            assert.ok(value !== undefined, formId + ': the page refused every value for ' + pending.path);
            if (pending.control === 'checkbox' && pending.path in given) {
                for (const v of given[pending.path]) await page.click('#' + pending.id + '-' + v); // untick the last try
            }
            assert.ok(await setField(page, pending.path, value), formId + ': cannot set ' + pending.path);
            given[pending.path] = value;
        }
        // Conditions: every option of every option group, and the fields the page then shows.
        const title = await sectionTitle(page);
        for (const c of (await controls(page, byId)).filter((x) => x.control === 'radio')) {
            for (const value of c.candidates) {
                await setField(page, c.path, value);
                plans.push({ form: formId, section: title, answers: { ...given, [c.path]: value }, shown: await visibleIds(page) });
            }
            await setField(page, c.path, given[c.path]);
        }
        plans.push({ form: formId, section: title, answers: { ...given }, shown: await visibleIds(page) });
        ++pages;
        await page.click('#next');
        const refused = await page.evaluate(() => [...document.querySelectorAll('#issues a')].map((a) => a.getAttribute('href').slice(1)));
        for (const id of refused) {
            assert.ok(byId[id], formId + ': an issue on ' + id);
            tries[byId[id].path] = (tries[byId[id].path] || 0) + 1;
        }
    }
    assert.ok(pages > 0, formId + ': the page asked nothing');
    await page.waitForSelector('body[data-qr-ready="true"]');
    const href = await page.$eval('#save', (a) => a.href);
    const png = path.join(shots, 'form-' + formId + '-qr.png');
    fs.writeFileSync(png, Buffer.from(href.slice('data:image/png;base64,'.length), 'base64'));
    const text = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
    fs.unlinkSync(png);
    assert.match(text, /^KKP1[A-Z2-7]+$/);
    const decoded = JSON.parse(execFileSync(cli, ['decode', text], { encoding: 'utf8' }));
    assert.strictEqual(decoded.procedure, formId);
    fs.writeFileSync(path.join(shots, 'form-' + formId + '.txt'), text + '\n');
    fs.writeFileSync(path.join(shots, 'form-' + formId + '.json'), JSON.stringify({ form: formId, answers: given }, null, 1) + '\n');
    return given;
}

test('every form of the catalogue: the code made from generic answers, and what each condition shows', async () => {
    const page = await newPage(browser, foreign);
    await page.goto(origin + '/?lang=ja', { waitUntil: 'load' });
    // The page offers exactly the forms the kiosk offers in self-service (koseki, say, is counter-only).
    const policy = JSON.parse(fs.readFileSync(path.join(__dirname, '../../app/data/kiosk-fields.json'), 'utf8'));
    const order = await page.evaluate(() => window.KAKANAI_DATA.order);
    assert.deepStrictEqual([...order].sort(), [...policy.self_service_forms].sort());
    const plans = [];
    for (const formId of order) {
        const given = await walkEveryForm(page, formId, plans);
        assert.ok(Object.keys(given).length >= 3, formId + ': too few answers given: ' + JSON.stringify(given));
    }
    fs.writeFileSync(path.join(shots, 'form-plans.json'), JSON.stringify(plans, null, 1) + '\n');
    await page.close();
});

test('no request to another host, none after loading', () => {
    assert.deepStrictEqual(foreign, []);
    // Only the page's own files were fetched (no API, no analytics, no fonts from elsewhere).
    for (const url of requests) assert.match(url, /^\/(\?lang=[a-z_A-Z]+|index\.html|[a-z]+\.(js|css)|vendor\/qrcode\.js)?$/, url);
});
