// The rule language of the form definitions (resources/forms/README.md, forms/Expression.h) for the pre-entry page:
// compile, three-valued evaluation over a form's values, applies_when/required_when, derivations and validation,
// as forms::Expr, forms::FormScope and forms::FormInstance decide them. It passes the same conformance table
// (resources/forms/rules-conformance.json) as the kiosk: web/tests/rules-conformance.js runs it with node.
(function (root) {
    'use strict';

    const MaxInteger = 1e12;
    const MaxDepth = 32;
    const UNKNOWN = Object.freeze({ kind: 'unknown' });
    const bool = (b) => ({ kind: 'bool', value: b });
    const num = (n) => ({ kind: 'number', value: n });
    const str = (s) => ({ kind: 'string', value: s });
    const date = (d) => (d === null || d === undefined ? UNKNOWN : { kind: 'date', value: d });
    const isTrue = (v) => v.kind === 'bool' && v.value === true;
    const isFalse = (v) => v.kind === 'bool' && v.value === false;

    // ---- dates: a day number (days since 1970-01-01, UTC), as QDate decides which days exist ----
    function dayOf(y, m, d) {
        if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
        if (d > daysInMonth(y, m)) return null;
        const t = new Date(0);
        t.setUTCFullYear(y, m - 1, d);
        t.setUTCHours(0, 0, 0, 0);
        return Math.round(t.getTime() / 86400000);
    }
    function daysInMonth(y, m) {
        return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    }
    function ymd(day) {
        const t = new Date(day * 86400000);
        return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
    }
    // Exactly "YYYY-MM-DD" of a day that exists; null otherwise (forms::parseIsoDate).
    function parseIsoDate(text) {
        if (typeof text !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return null;
        return dayOf(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10));
    }
    function isoDate(day) {
        const p = ymd(day);
        return String(p.y).padStart(4, '0') + '-' + String(p.m).padStart(2, '0') + '-' + String(p.d).padStart(2, '0');
    }
    // QDate::addMonths/addYears: the day clamps to the month's end.
    function addMonths(day, n) {
        const p = ymd(day);
        let total = p.y * 12 + (p.m - 1) + n;
        const y = Math.floor(total / 12);
        const m = total - y * 12 + 1;
        return dayOf(y, m, Math.min(p.d, daysInMonth(y, m)));
    }
    // 年齢計算ニ関スル法律: one is N on the birthday; a 29 February birthday completes on 1 March in common years.
    function ageOn(birth, on) {
        const b = ymd(birth);
        const o = ymd(on);
        let age = o.y - b.y;
        let birthday = dayOf(o.y, b.m, b.d);
        if (birthday === null) birthday = dayOf(o.y, 3, 1);
        if (on < birthday) age -= 1;
        return age;
    }

    function integerFromJson(v) {
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.floor(v) !== v || Math.abs(v) > MaxInteger) return null;
        return v;
    }

    // ---- Japanese text: width folding and address keys (forms/JapaneseText.cpp, forms/Address.cpp) ----
    const HalfwidthKatakana = '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';
    const code = (c) => c.charCodeAt(0);
    function takesVoicedMark(k) {
        return (k >= code('カ') && k <= code('チ') && (k - code('カ')) % 2 === 0) || k === code('ツ') ||
            k === code('テ') || k === code('ト') || (k >= code('ハ') && k <= code('ホ') && (k - code('ハ')) % 3 === 0);
    }
    function takesSemiVoicedMark(k) {
        return k >= code('ハ') && k <= code('ホ') && (k - code('ハ')) % 3 === 0;
    }
    function foldWidth(text) {
        let out = '';
        for (let i = 0; i < text.length; ++i) {
            const c = text.charCodeAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out += String.fromCharCode(c - 0xFF01 + 0x21);
            } else if (c === 0x3000) {
                out += ' ';
            } else if (c >= 0xFF61 && c <= 0xFF9F) {
                const full = code(HalfwidthKatakana[c - 0xFF61]);
                const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
                if (next === 0xFF9E && full === code('ウ')) { out += 'ヴ'; ++i; continue; }
                if (next === 0xFF9E && takesVoicedMark(full)) { out += String.fromCharCode(full + 1); ++i; continue; }
                if (next === 0xFF9F && takesSemiVoicedMark(full)) { out += String.fromCharCode(full + 2); ++i; continue; }
                out += String.fromCharCode(full);
            } else {
                out += text[i];
            }
        }
        return out;
    }
    const Hyphens = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFF0D', '\uFE63']);
    const isDigit = (c) => c >= '0' && c <= '9';
    function foldName(text) {
        const t = foldWidth(text).split('');
        for (let i = 0; i < t.length; ++i) {
            if (t[i] === 'ヶ' || t[i] === 'ヵ') t[i] = 'ケ';
            else if (Hyphens.has(t[i])) t[i] = '-';
            else if (t[i] === 'ー' && i > 0 && i + 1 < t.length && isDigit(t[i - 1]) && isDigit(t[i + 1])) t[i] = '-';
        }
        return t.join('');
    }
    const KanjiDigits = { '〇': 0, '零': 0, '一': 1, '壱': 1, '二': 2, '弐': 2, '三': 3, '参': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
    const KanjiUnits = { '十': 10, '拾': 10, '百': 100, '千': 1000 };
    function kanjiNumeralValue(numeral) {
        if (!numeral) return null;
        let hasUnit = false;
        for (const c of numeral) {
            if (KanjiUnits[c]) hasUnit = true;
            else if (!(c in KanjiDigits)) return null;
        }
        if (!hasUnit) {
            if (numeral.length > 6) return null;
            let v = 0;
            for (const c of numeral) v = v * 10 + KanjiDigits[c];
            return v;
        }
        let total = 0;
        let pending = -1;
        let lastUnit = 10000;
        for (const c of numeral) {
            const unit = KanjiUnits[c] || 0;
            if (unit === 0) {
                if (pending >= 0) return null;
                pending = KanjiDigits[c];
                continue;
            }
            if (unit >= lastUnit || pending === 0) return null;
            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            lastUnit = unit;
        }
        if (pending > 0) total += pending;
        return total;
    }
    function addressComparisonKey(address) {
        let key = foldName(address).replace(/\s+/g, '');
        key = key.replace(/([〇一二三四五六七八九十百千壱弐参拾]+)(?=丁目|番地|番(?=[0-9号の-]|$)|号)/g, (m, n) => {
            const v = kanjiNumeralValue(n);
            return v === null ? n : String(v);
        });
        key = key.replace(/(?<=[0-9])(?:丁目|番地|番|号|の|-)+(?=[0-9])/g, '-');
        key = key.replace(/(?<=[0-9])(?:丁目|番地|番|号)(?![0-9])/g, '');
        return key;
    }
    const Prefectures = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県',
        '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県',
        '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県',
        '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県',
        '沖縄県'];
    // forms::text::toNarrow: full-width ASCII and the ideographic space to ASCII (what patterns see).
    function toNarrow(text) {
        return foldWidth(text);
    }

    // ---- the compiler (forms::ExprCompiler) ----
    const Ops = ['field', 'today', 'context', 'add_days', 'add_months', 'add_years', 'date', 'year', 'age', 'add', 'sub',
        'count', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'contains', 'present', 'absent', 'all', 'any', 'not',
        'any_item', 'all_items', 'count_items', 'in_municipality', 'same_address'];

    class CompileError extends Error {}
    const fail = (where, detail) => { throw new CompileError(where + ': ' + detail); };
    const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

    // A resolver over field definitions ({id, type, fields}); an item resolver sees its list's item fields first,
    // then the root's (forms/FormDefinition.cpp DefinitionResolver).
    function resolver(fields, outer) {
        const find = (path) => fields.find((f) => f.id === path) || (outer ? outer.find(path) : null);
        const self = {
            find,
            hasField: (path) => !!find(path),
            isList: (path) => { const f = find(path); return !!f && f.type === 'list'; },
            itemResolver: (path) => resolver(find(path).fields || [], self),
        };
        return self;
    }

    function compile(json, fields, where, depth) {
        where = where || 'expression';
        depth = depth || 0;
        if (depth > MaxDepth) fail(where, 'expression nested too deeply');
        if (typeof json === 'boolean' || typeof json === 'string') return { op: 'literal', literal: json };
        if (typeof json === 'number') {
            if (integerFromJson(json) === null) fail(where, 'numbers in rules are integers');
            return { op: 'literal', literal: json };
        }
        if (!isObject(json) || Object.keys(json).length !== 1) fail(where, 'an expression is a literal or an object with one operator');
        const key = Object.keys(json)[0];
        const arg = json[key];
        const at = where + '.' + key;
        if (!Ops.includes(key)) fail(where, "unknown operator '" + key + "'");
        const e = { op: key, args: [] };
        const sub = (v, w, r) => compile(v, r || fields, w, depth + 1);
        const args = (count) => {
            if (!Array.isArray(arg) || arg.length !== count) fail(at, 'expects an array of ' + count);
            arg.forEach((a, i) => e.args.push(sub(a, at + '[' + i + ']')));
        };
        switch (key) {
        case 'field': case 'present': case 'absent': case 'count':
            if (typeof arg !== 'string') fail(at, 'expects a field path');
            e.path = arg;
            if (key === 'count' ? !fields.isList(arg) : !(fields.hasField(arg) || fields.isList(arg))) fail(at, "unknown field '" + arg + "'");
            break;
        case 'today':
            if (arg !== true) fail(at, 'write {"today": true}');
            break;
        case 'context':
            if (!['mode', 'municipality', 'municipality_code'].includes(arg)) fail(at, 'unknown context key');
            e.path = arg;
            break;
        case 'add_days': case 'add_months': case 'add_years': {
            const n = Array.isArray(arg) && arg.length === 2 ? integerFromJson(arg[1]) : null;
            if (n === null) fail(at, 'expects [expression, integer]');
            e.args.push(sub(arg[0], at + '[0]'));
            e.n = n;
            break;
        }
        case 'date': {
            const ok = Array.isArray(arg) && arg.length === 3;
            const month = ok ? integerFromJson(arg[1]) || 0 : 0;
            const day = ok ? integerFromJson(arg[2]) || 0 : 0;
            if (month < 1 || month > 12 || day < 1 || day > 31) fail(at, 'expects [year expression, month, day]');
            e.args.push(sub(arg[0], at + '[0]'));
            e.month = month;
            e.day = day;
            break;
        }
        case 'year': case 'not': case 'in_municipality':
            e.args.push(sub(arg, at));
            break;
        case 'age': case 'add': case 'sub': case 'eq': case 'ne': case 'lt': case 'le': case 'gt': case 'ge': case 'same_address':
            args(2);
            break;
        case 'in': case 'contains':
            if (!Array.isArray(arg) || arg.length !== 2) fail(at, 'expects [expression, value]');
            e.args.push(sub(arg[0], at + '[0]'));
            if (key === 'in') {
                if (!Array.isArray(arg[1]) || arg[1].length === 0) fail(at + '[1]', 'expects a list of values');
                for (const v of arg[1]) {
                    if (typeof v !== 'string' && typeof v !== 'boolean' && integerFromJson(v) === null) fail(at + '[1]', 'values are literals');
                }
                e.set = arg[1];
            } else {
                if (typeof arg[1] !== 'string') fail(at + '[1]', 'expects an option value');
                e.set = [arg[1]];
            }
            break;
        case 'all': case 'any':
            if (!Array.isArray(arg) || arg.length === 0) fail(at, 'expects a non-empty array');
            arg.forEach((a, i) => e.args.push(sub(a, at + '[' + i + ']')));
            break;
        case 'any_item': case 'all_items': case 'count_items':
            if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !fields.isList(arg[0])) fail(at, 'expects [list field, condition]');
            e.path = arg[0];
            e.args.push(sub(arg[1], at + '[1]', fields.itemResolver(arg[0])));
            break;
        }
        return e;
    }

    // ---- evaluation (forms::Expr::evaluate) ----
    function literalValue(v) {
        if (typeof v === 'boolean') return bool(v);
        if (typeof v === 'number') return num(Math.trunc(v));
        if (typeof v === 'string') return str(v);
        return UNKNOWN;
    }
    const asDate = (v) => (v.kind === 'string' ? date(parseIsoDate(v.value)) : v);
    function parseLongLong(s) {
        if (!/^\s*[+-]?[0-9]+\s*$/.test(s)) return null;
        const n = Number(s.trim());
        return Number.isSafeInteger(n) ? n : null;
    }
    function coerce(a, b) {
        if (a.kind === b.kind) return [a, b];
        if (a.kind === 'date' && b.kind === 'string') { const d = parseIsoDate(b.value); return d === null ? null : [a, date(d)]; }
        if (a.kind === 'string' && b.kind === 'date') { const d = parseIsoDate(a.value); return d === null ? null : [date(d), b]; }
        if (a.kind === 'number' && b.kind === 'string') { const n = parseLongLong(b.value); return n === null ? null : [a, num(n)]; }
        if (a.kind === 'string' && b.kind === 'number') { const n = parseLongLong(a.value); return n === null ? null : [num(n), b]; }
        return null;
    }
    // -1, 0, 1, or null when not comparable.
    function compare(a, b) {
        if (a.kind === 'unknown' || b.kind === 'unknown') return null;
        const c = coerce(a, b);
        if (!c) return null;
        [a, b] = c;
        switch (a.kind) {
        case 'bool': return a.value === b.value ? 0 : (a.value ? 1 : -1);
        case 'number': case 'date': case 'string': return a.value === b.value ? 0 : (a.value < b.value ? -1 : 1);
        case 'list': return a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]) ? 0 : null;
        }
        return null;
    }

    function evaluate(e, scope) {
        const arg = (i) => evaluate(e.args[i], scope);
        switch (e.op) {
        case 'literal': return literalValue(e.literal);
        case 'field': return scope.field(e.path);
        case 'today': return date(scope.today());
        case 'context': { const v = scope.context(e.path); return v ? str(v) : UNKNOWN; }
        case 'add_days': case 'add_months': case 'add_years': {
            const d = asDate(arg(0));
            if (d.kind !== 'date') return UNKNOWN;
            if (e.op === 'add_days') return date(d.value + e.n);
            return date(addMonths(d.value, e.op === 'add_months' ? e.n : e.n * 12));
        }
        case 'date': {
            const y = arg(0);
            if (y.kind !== 'number' || y.value < 1 || y.value > 9999) return UNKNOWN;
            return date(dayOf(y.value, e.month, e.day));
        }
        case 'year': {
            const d = asDate(arg(0));
            if (d.kind === 'date') return num(ymd(d.value).y);
            return d.kind === 'number' ? d : UNKNOWN;
        }
        case 'age': {
            const b = asDate(arg(0));
            const on = asDate(arg(1));
            if (b.kind !== 'date' || on.kind !== 'date') return UNKNOWN;
            return num(ageOn(b.value, on.value));
        }
        case 'add': case 'sub': {
            const a = arg(0);
            const b = arg(1);
            if (a.kind !== 'number' || b.kind !== 'number') return UNKNOWN;
            return num(e.op === 'add' ? a.value + b.value : a.value - b.value);
        }
        case 'count': return num(scope.itemCount(e.path));
        case 'eq': case 'ne': case 'lt': case 'le': case 'gt': case 'ge': {
            const c = compare(arg(0), arg(1));
            if (c === null) return UNKNOWN;
            return bool({ eq: c === 0, ne: c !== 0, lt: c < 0, le: c <= 0, gt: c > 0, ge: c >= 0 }[e.op]);
        }
        case 'in': {
            const v = arg(0);
            if (v.kind === 'unknown') return v;
            return bool(e.set.some((candidate) => compare(v, literalValue(candidate)) === 0));
        }
        case 'contains': {
            const v = arg(0);
            if (v.kind !== 'list') return UNKNOWN;
            return bool(v.value.includes(e.set[0]));
        }
        case 'present': return bool(scope.present(e.path));
        case 'absent': return bool(!scope.present(e.path));
        case 'all': {
            let unknown = false;
            for (const a of e.args) {
                const v = evaluate(a, scope);
                if (isFalse(v)) return v;
                unknown = unknown || !isTrue(v);
            }
            return unknown ? UNKNOWN : bool(true);
        }
        case 'any': {
            let unknown = false;
            for (const a of e.args) {
                const v = evaluate(a, scope);
                if (isTrue(v)) return v;
                unknown = unknown || !isFalse(v);
            }
            return unknown ? UNKNOWN : bool(false);
        }
        case 'not': { const v = arg(0); return v.kind === 'bool' ? bool(!v.value) : UNKNOWN; }
        case 'any_item': case 'all_items': case 'count_items': {
            const n = scope.itemCount(e.path);
            let t = 0;
            let f = 0;
            for (let i = 0; i < n; ++i) {
                const v = evaluate(e.args[0], scope.item(e.path, i));
                if (isTrue(v)) ++t; else if (isFalse(v)) ++f;
            }
            const unknown = t + f < n;
            if (e.op === 'count_items') return num(t);
            if (e.op === 'any_item') return t > 0 ? bool(true) : (unknown ? UNKNOWN : bool(false));
            return f > 0 ? bool(false) : (unknown ? UNKNOWN : bool(true));
        }
        case 'in_municipality': {
            const a = arg(0);
            const municipality = scope.context('municipality');
            if (a.kind !== 'string' || !municipality) return UNKNOWN;
            const key = addressComparisonKey(a.value);
            const full = addressComparisonKey(municipality);
            if (key.startsWith(full)) return bool(true);
            for (const pref of Prefectures) {
                if (full.startsWith(pref) && !key.startsWith(pref)) return bool(key.startsWith(full.slice(pref.length)));
            }
            return bool(false);
        }
        case 'same_address': {
            const a = arg(0);
            const b = arg(1);
            if (a.kind !== 'string' || b.kind !== 'string') return UNKNOWN;
            return bool(addressComparisonKey(a.value) === addressComparisonKey(b.value));
        }
        }
        return UNKNOWN;
    }

    // ---- a form being filled (forms::FormInstance) and its one scope (forms::FormScope) ----
    function parseItemPath(path) {
        const m = /^([a-z0-9_.]+)\[([0-9]+)\]\.([a-z0-9_]+)$/.exec(path);
        return m ? { list: m[1], index: +m[2], local: m[3] } : null;
    }
    const itemPath = (list, index, local) => list + '[' + index + '].' + local;

    function isEmptyValue(v) {
        return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    }
    function evalValueOf(type, v) {
        if (isEmptyValue(v)) return UNKNOWN;
        switch (type) {
        case 'date': return typeof v === 'string' ? date(parseIsoDate(v)) : UNKNOWN;
        case 'integer': { const n = integerFromJson(v); return n === null ? UNKNOWN : num(n); }
        case 'boolean': return typeof v === 'boolean' ? bool(v) : UNKNOWN;
        case 'multi_choice': return Array.isArray(v) ? { kind: 'list', value: v.map((x) => String(x)) } : UNKNOWN;
        case 'list': return UNKNOWN;
        default: return typeof v === 'string' ? str(v) : UNKNOWN;
        }
    }

    // A compiled definition: {id, version, fields, rules, derive} with every expression compiled once.
    class Definition {
        constructor(json) {
            this.json = json;
            this.id = json.id;
            this.fields = json.fields || [];
            const r = resolver(this.fields, null);
            const compileField = (f, res, where) => {
                f.appliesWhenExpr = f.applies_when !== undefined ? compile(f.applies_when, res, where + '.applies_when') : null;
                f.requiredWhenExpr = f.required_when !== undefined ? compile(f.required_when, res, where + '.required_when') : null;
                if (f.type === 'list') (f.fields || []).forEach((x, i) => compileField(x, r.itemResolver(f.id), where + '.fields[' + i + ']'));
            };
            this.fields.forEach((f, i) => compileField(f, r, 'fields[' + i + ']'));
            this.rules = (json.rules || []).map((rule, i) => {
                const res = rule.each ? r.itemResolver(rule.each) : r;
                return Object.assign({}, rule, {
                    whenExpr: rule.when !== undefined ? compile(rule.when, res, 'rules[' + i + '].when') : null,
                    checkExpr: compile(rule.check, res, 'rules[' + i + '].check'),
                });
            });
            this.derive = (json.derive || []).map((d, i) => {
                const res = d.each ? r.itemResolver(d.each) : r;
                const c = (k) => (d[k] !== undefined ? compile(d[k], res, 'derive[' + i + '].' + k) : null);
                return Object.assign({}, d, { whenExpr: c('when'), valueExpr: c('value'), otherwiseExpr: c('otherwise') });
            });
        }
        // A field by path: "a.b", "movers", "movers.name" or "movers[2].name" (FormDefinition::field).
        field(path) {
            const item = parseItemPath(path);
            if (item) path = item.list + '.' + item.local;
            const direct = this.fields.find((f) => f.id === path);
            if (direct) return direct;
            for (const f of this.fields) {
                if (f.type === 'list' && path.startsWith(f.id + '.')) {
                    return (f.fields || []).find((x) => x.id === path.slice(f.id.length + 1)) || null;
                }
            }
            return null;
        }
    }

    class FormState {
        constructor(definition) {
            this.definition = definition;
            this.values = new Map(); // path -> {value, provenance, copiedFrom}
            this.itemCounts = new Map();
        }
        value(path) { return this.values.get(path) || null; }
        itemCount(list) { return this.itemCounts.get(list) || 0; }
        set(path, value, provenance) {
            const item = parseItemPath(path);
            if (item) this.itemCounts.set(item.list, Math.max(this.itemCount(item.list), item.index + 1));
            this.values.set(path, { value, provenance: provenance || 'resident', copiedFrom: '' });
        }
        remove(path) { this.values.delete(path); }
        setItemCount(list, n) {
            this.itemCounts.set(list, n);
            for (const p of [...this.values.keys()]) {
                const item = parseItemPath(p);
                if (item && item.list === list && item.index >= n) this.values.delete(p);
            }
        }
        // Values with one of the provenances, as an answers document ({"a": 1, "movers": [{"kana": "…"}]}).
        answers(provenances) {
            const out = {};
            for (const [path, v] of this.values) {
                if (!provenances.includes(v.provenance) || v.copiedFrom || isEmptyValue(v.value)) continue;
                const item = parseItemPath(path);
                if (item) {
                    out[item.list] = out[item.list] || [];
                    while (out[item.list].length <= item.index) out[item.list].push({});
                    out[item.list][item.index][item.local] = v.value;
                } else {
                    out[path] = v.value;
                }
            }
            return out;
        }
    }

    class FormScope {
        constructor(state, context, list, index) {
            this.state = state;
            this.ctx = context;
            this.list = list || '';
            this.index = index === undefined ? -1 : index;
        }
        static forPath(state, context, path) {
            const item = parseItemPath(path);
            return item ? new FormScope(state, context, item.list, item.index) : new FormScope(state, context);
        }
        resolve(path) {
            if (this.list) {
                const list = this.state.definition.field(this.list);
                if (list && (list.fields || []).some((f) => f.id === path)) return itemPath(this.list, this.index, path);
            }
            return path;
        }
        field(path) {
            const full = this.resolve(path);
            const def = this.state.definition.field(full);
            const v = this.state.value(full);
            if (!def || !v) return UNKNOWN;
            return evalValueOf(def.type, v.value);
        }
        present(path) {
            const full = this.resolve(path);
            const def = this.state.definition.field(full);
            if (def && def.type === 'list') return this.state.itemCount(full) > 0;
            const v = this.state.value(full);
            return !!v && !isEmptyValue(v.value);
        }
        itemCount(list) { return this.state.itemCount(list); }
        item(list, index) { return new FormScope(this.state, this.ctx, list, index); }
        today() { return parseIsoDate(this.ctx.today); }
        context(key) { return this.ctx[key] || ''; }
    }

    function evaluateAt(expr, state, context, path) {
        if (!expr) return bool(true);
        return evaluate(expr, FormScope.forPath(state, context, path));
    }

    // FormInstance::isApplicable: false when the field's (or its list's) applies_when is definitely false.
    function isApplicable(state, context, path) {
        const def = state.definition.field(path);
        if (!def) return false;
        const item = parseItemPath(path);
        if (item) {
            const list = state.definition.field(item.list);
            if (list && list.appliesWhenExpr && isFalse(evaluate(list.appliesWhenExpr, new FormScope(state, context)))) return false;
        }
        if (!def.appliesWhenExpr) return true;
        return !isFalse(evaluateAt(def.appliesWhenExpr, state, context, path));
    }

    function toJson(v) {
        switch (v.kind) {
        case 'bool': case 'number': case 'string': return v.value;
        case 'date': return isoDate(v.value);
        case 'list': return v.value.slice();
        }
        return null;
    }

    // FormInstance::derive: defaults, then the derivations in order.
    function derive(state, context) {
        const def = state.definition;
        for (const f of def.fields) {
            if (f.default !== undefined && !state.value(f.id)) state.values.set(f.id, { value: f.default, provenance: 'derived', copiedFrom: '' });
            for (const x of f.fields || []) {
                if (x.default === undefined) continue;
                for (let i = 0; i < state.itemCount(f.id); ++i) {
                    const p = itemPath(f.id, i, x.id);
                    if (!state.value(p)) state.values.set(p, { value: x.default, provenance: 'derived', copiedFrom: '' });
                }
            }
        }
        for (const d of def.derive) {
            const scopes = d.each ? state.itemCount(d.each) : 1;
            for (let i = 0; i < scopes; ++i) {
                const scope = d.each ? new FormScope(state, context, d.each, i) : new FormScope(state, context);
                const when = d.whenExpr ? evaluate(d.whenExpr, scope) : bool(true);
                const source = isTrue(when) ? d.valueExpr : (isFalse(when) ? d.otherwiseExpr : null);
                if (!isTrue(when) && !source) continue;
                const canSet = (target) => {
                    const f = def.field(target);
                    const existing = state.value(target);
                    return !!f && (!existing || existing.provenance === 'derived' || !!existing.copiedFrom || !!d.override || f.input === false);
                };
                if (d.copy && isTrue(when)) {
                    const pairs = [];
                    if (d.field.endsWith('.')) {
                        for (const f of def.fields) if (f.id.startsWith(d.field)) pairs.push([f.id, d.copy + f.id.slice(d.field.length)]);
                    } else {
                        pairs.push([scope.resolve(d.field), scope.resolve(d.copy)]);
                    }
                    for (const [target, from] of pairs) {
                        const src = state.value(from);
                        if (!src || !canSet(target)) continue;
                        state.values.set(target, Object.assign({}, src, { copiedFrom: from }));
                    }
                    continue;
                }
                if (!source) continue;
                const target = scope.resolve(d.field);
                const v = evaluate(source, scope);
                if (v.kind === 'unknown' || !canSet(target)) continue;
                state.values.set(target, { value: toJson(v), provenance: 'derived', copiedFrom: '' });
            }
        }
    }

    function codePoints(s) { return [...s].length; }

    // FormInstance::validate: required fields, types, ranges and the definition's rules; [{field, code, message,
    // severity}] with message the message code ("forms.required", "forms.rule.…").
    function validate(state, context) {
        const issues = [];
        const builtIn = (field, c) => issues.push({ field, code: c, message: 'forms.' + c, severity: 'error' });
        const mode = context.mode || 'self_service';
        const check = (f, path, scope) => {
            const applies = f.appliesWhenExpr ? evaluate(f.appliesWhenExpr, scope) : bool(true);
            if (isFalse(applies)) return;
            const required = isTrue(applies) && (f.required === true || (!!f.requiredWhenExpr && isTrue(evaluate(f.requiredWhenExpr, scope))));
            if (f.type === 'list') {
                const n = state.itemCount(path);
                if (required && n === 0) builtIn(path, 'required');
                else if (n > 0 && f.min_items > 0 && n < f.min_items) builtIn(path, 'too_few_items');
                if (f.max_items > 0 && n > f.max_items) builtIn(path, 'too_many_items');
                return;
            }
            const v = state.value(path);
            if (!v || isEmptyValue(v.value)) {
                if (required) builtIn(path, 'required');
                return;
            }
            if (f.modes && !f.modes.includes(mode) && (v.provenance === 'resident' || v.provenance === 'pre_entry')) {
                builtIn(path, 'not_in_mode');
                return;
            }
            const x = v.value;
            switch (f.type) {
            case 'text':
                if (typeof x !== 'string') builtIn(path, 'invalid_value');
                else if (f.max_length > 0 && codePoints(x) > f.max_length) builtIn(path, 'too_long');
                else if (f.pattern && !new RegExp(f.pattern, 'u').test(toNarrow(x).trim())) builtIn(path, 'invalid_format');
                break;
            case 'date':
                if (parseIsoDate(x) === null) builtIn(path, 'invalid_date');
                break;
            case 'choice':
                if (typeof x !== 'string' || !(f.options || []).some((o) => o.value === x)) builtIn(path, 'invalid_choice');
                break;
            case 'multi_choice': {
                const ok = Array.isArray(x) && x.every((item, i) => typeof item === 'string' &&
                    (f.options || []).some((o) => o.value === item) && x.indexOf(item) === i);
                if (!ok) builtIn(path, 'invalid_choice');
                break;
            }
            case 'boolean':
                if (typeof x !== 'boolean') builtIn(path, 'invalid_value');
                break;
            case 'integer':
                if (integerFromJson(x) === null) builtIn(path, 'invalid_value');
                else if ((f.min !== undefined && x < f.min) || (f.max !== undefined && x > f.max)) builtIn(path, 'out_of_range');
                break;
            case 'postal_code':
                if (typeof x !== 'string' || !/^[0-9]{3}-?[0-9]{4}$/.test(toNarrow(x).trim())) builtIn(path, 'invalid_postal_code');
                break;
            }
        };
        const rootScope = new FormScope(state, context);
        for (const f of state.definition.fields) {
            check(f, f.id, rootScope);
            if (f.type !== 'list' || (f.appliesWhenExpr && isFalse(evaluate(f.appliesWhenExpr, rootScope)))) continue;
            for (let i = 0; i < state.itemCount(f.id); ++i) {
                const s = new FormScope(state, context, f.id, i);
                for (const x of f.fields || []) check(x, itemPath(f.id, i, x.id), s);
            }
        }
        for (const r of state.definition.rules) {
            const scopes = r.each ? state.itemCount(r.each) : 1;
            for (let i = 0; i < scopes; ++i) {
                const scope = r.each ? new FormScope(state, context, r.each, i) : new FormScope(state, context);
                if (r.whenExpr && !isTrue(evaluate(r.whenExpr, scope))) continue;
                if (!isFalse(evaluate(r.checkExpr, scope))) continue;
                issues.push({ field: scope.resolve(r.field), code: r.code, message: r.message, severity: r.severity || 'error', rule: r.id });
            }
        }
        return issues;
    }

    const api = {
        compile, evaluate, resolver, Definition, FormState, FormScope, CompileError, evaluateAt, isApplicable,
        derive, validate, parseIsoDate, isoDate, parseItemPath, itemPath, isEmptyValue, addressComparisonKey,
        isTrue, isFalse, UNKNOWN,
    };
    root.KakanaiRules = api;
    if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
