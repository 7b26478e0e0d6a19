// The rule language's conformance table (resources/forms/rules-conformance.json) through the pre-entry page's
// evaluator (web/src/rules.js), as tests/forms/TestRuleConformance runs it through forms::FormScope: every case is
// compiled against its definition fragment and evaluated on a form filled with its values.
// Run: node --test tests/web/rules-conformance.js   (ctest: web_rules_conformance)
'use strict';
const fs = require('fs');
const path = require('path');
const test = require('node:test');
const assert = require('node:assert');
const R = require(path.join(__dirname, '../../web/src/rules.js'));

const file = process.argv[2] || path.join(__dirname, '../../resources/forms/rules-conformance.json');
const table = JSON.parse(fs.readFileSync(file, 'utf8'));

function fill(definition, values) {
    const state = new R.FormState(definition);
    for (const [id, v] of Object.entries(values || {})) {
        const f = definition.field(id);
        if (f && f.type === 'list') {
            v.forEach((item, i) => {
                for (const [local, x] of Object.entries(item)) state.set(R.itemPath(id, i, local), x, 'resident');
            });
            state.setItemCount(id, v.length);
        } else {
            state.set(id, v, 'resident');
        }
    }
    return state;
}

test('the table has cases', () => {
    assert.ok(table.cases.length >= 100, 'cases: ' + table.cases.length);
});

for (const c of table.cases) {
    test(c.name, () => {
        const definition = new R.Definition({ id: 'conformance', fields: JSON.parse(JSON.stringify(c.fields || [])) });
        const context = Object.assign({}, table.defaults.context, c.context || {});
        let expr;
        try {
            expr = R.compile(c.expression, R.resolver(definition.fields, null), 'expression');
        } catch (e) {
            if (!(e instanceof R.CompileError)) throw e;
            assert.ok('error' in c, 'unexpected compile error: ' + e.message);
            return;
        }
        assert.ok(!('error' in c), 'compiled, but must be refused (' + c.error + ')');
        const v = R.evaluate(expr, new R.FormScope(fill(definition, c.values), context));
        const got = v.kind === 'bool' ? v.value : 'unknown';
        assert.strictEqual(got, c.expect, JSON.stringify(v));
    });
}
