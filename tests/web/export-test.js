// The pre-entry page's export (web/tools/export_page.py): the life-event guide carries the same counters (the city's
// data, resources/lifeevents/counters.json or the file given with --counters) and the same deadlines (the events'
// `deadlines`, counted from their `happened_on` field) as the kiosk's done screen and slip, and the catalogue's
// forms, the 世帯変更届 included.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '../..');
const nodeModules = process.env.KAKANAI_NODE_MODULES;
const python = process.env.KAKANAI_PYTHON || 'python3';
const LANGUAGES = ['ja', 'ja_easy', 'en', 'zh_CN', 'ko', 'vi', 'pt'];

function exportPage(extra) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kakanai-web-export-'));
    execFileSync(python, [path.join(root, 'web/tools/export_page.py'), '--source', root, '--node-modules', nodeModules,
        '--out', path.join(out, 'page'), ...(extra || [])]);
    const context = { window: {} };
    vm.runInNewContext(fs.readFileSync(path.join(out, 'page/data.js'), 'utf8'), context);
    fs.rmSync(out, { recursive: true, force: true });
    return context.window.KAKANAI_DATA;
}

const data = exportPage();
const procedure = (id) => data.life_events.procedures.find((p) => p.id === id);
const event = (id) => data.life_events.events.find((e) => e.id === id);

test('every procedure of every event has its counter in the seven languages', () => {
    const counters = JSON.parse(fs.readFileSync(path.join(root, 'resources/lifeevents/counters.json'), 'utf8'));
    assert.strictEqual(counters.example, true); // the repository's counters are the example city's
    for (const e of data.life_events.events) {
        for (const id of e.procedures) {
            const p = procedure(id);
            for (const lang of LANGUAGES) assert.ok(p.counter && p.counter[lang], id + ' ' + lang);
            assert.strictEqual(p.counter.ja, counters.counters[id].ja);
        }
    }
    assert.strictEqual(procedure('kokuho_join').counter.ja, '本庁舎1階 5番窓口');
    assert.strictEqual(procedure('kokuho_join').counter.en, 'Main building, 1st floor, counter 5');
});

test('deadlines per event, with days, rule and law', () => {
    const movingIn = event('moving_in');
    assert.strictEqual(movingIn.happened_on, 'tennyu/moved_on');
    assert.strictEqual(movingIn.deadlines.kokuho_join.days, 14);
    assert.strictEqual(movingIn.deadlines.jidou_teate.days, 15); // 15日特例: from the day after
    assert.match(movingIn.deadlines.jidou_teate.law, /児童手当法第8条第3項/);
    assert.strictEqual(movingIn.deadlines.card_address.days, -1); // a rule only
    assert.strictEqual(event('moving_within').deadlines.kokuho_address.rule.ja, '転居した日から14日以内');
    for (const e of data.life_events.events) {
        for (const [id, d] of Object.entries(e.deadlines)) {
            assert.ok(e.procedures.includes(id), e.id + ' ' + id);
            assert.ok(d.law, e.id + ' ' + id + ' law');
            for (const lang of LANGUAGES) assert.ok(d.rule[lang], e.id + ' ' + id + ' ' + lang);
        }
    }
    // No deadline where the law gives none the kiosk could count: 国保 on moving out is done with the 転出届.
    assert.ok(!('kokuho_leave' in event('moving_out').deadlines));
});

test('the 世帯変更届 and its おくやみ event are counter-only: not on the page', () => {
    // The form's 世帯主 names are free text, which self-service and so the page never ask; an event is exported
    // only when the page offers its forms.
    assert.ok(!data.order.includes('setai_henko'));
    assert.ok(!event('bereavement'));
    assert.ok(data.order.includes('juminhyo')); // the control: a self-service form and its event are there
    assert.ok(event('moving_in'));
});

test('a city exports its own counters', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakanai-counters-'));
    const file = path.join(dir, 'counters.json');
    fs.writeFileSync(file, JSON.stringify({ format: 1, example: false, counters: { kokuho_join: { ja: '西庁舎2階 21番', en: 'West building, 2F, 21' } } }));
    const own = exportPage(['--counters', file]);
    fs.rmSync(dir, { recursive: true, force: true });
    const p = own.life_events.procedures.find((x) => x.id === 'kokuho_join');
    assert.strictEqual(p.counter.ja, '西庁舎2階 21番');
    assert.strictEqual(p.counter.en, 'West building, 2F, 21');
    assert.strictEqual(p.counter.zh_CN, 'West building, 2F, 21'); // the data-text fallback: English
    assert.strictEqual(p.counter.ja_easy, '西庁舎2階 21番'); // plain Japanese falls back to Japanese
    assert.strictEqual(own.life_events.procedures.find((x) => x.id === 'senkyo').counter, null);
});
