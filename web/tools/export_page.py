#!/usr/bin/env python3
"""Builds the residents' pre-entry page (web/README.md) into a folder a city copies to any web server.

    export_page.py --source <repository root> --node-modules <folder with qrcode-generator> --out <folder>

One source, no hand copy: the questions, choices, conditions, rules and validation messages come from
resources/forms/*.json and messages.json, the life-event guide (with the deadlines) from
resources/lifeevents/lifeevents.json and the city's counters from resources/lifeevents/counters.json (EXAMPLE
values; a city passes its own with --counters), what self-service asks and offers from app/data/kiosk-fields.json, and the texts in every language other than Japanese
and English from the kiosk's Qt Linguist catalogues (resources/translations/kakanai_<lang>.ts, context "FormData",
keyed by the Japanese text) with the kiosk's fallbacks (kakanai::kiosk::datatext: plain Japanese falls back to
Japanese, the others to English). They are written to data.js; web/src/ is copied beside it, and the QR encoder
(qrcode-generator, MIT) is vendored from npm into vendor/ with its licence.
"""
import argparse
import glob
import json
import os
import shutil
import sys
import xml.etree.ElementTree as ET

LANGUAGES = ['ja', 'ja_easy', 'en', 'zh_CN', 'ko', 'vi', 'pt']
# The catalog's display order (forms/FormCatalog.cpp DisplayOrder); other forms follow alphabetically.
DISPLAY_ORDER = ['juminhyo', 'inkan', 'koseki', 'zeishomei', 'tennyu', 'tenkyo', 'tenshutsu', 'setai_henko']


def load_catalogues(root):
    """{language: {japanese: translation}} from the FormData context of each .ts file."""
    out = {}
    for lang in LANGUAGES:
        path = os.path.join(root, 'resources/translations/kakanai_%s.ts' % lang)
        table = {}
        if os.path.exists(path):
            for context in ET.parse(path).getroot().iter('context'):
                if context.findtext('name') != 'FormData':
                    continue
                for message in context.iter('message'):
                    translation = message.find('translation')
                    if translation is None or translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
                        continue
                    if translation.text:
                        table[message.findtext('source')] = translation.text
        out[lang] = table
    return out


class Texts:
    def __init__(self, catalogues):
        self.catalogues = catalogues

    def text(self, t):
        """A LocalisedText in every language, as kakanai::kiosk::datatext::text decides it."""
        if not t:
            return None
        ja = t.get('ja', '')
        out = {}
        for lang in LANGUAGES:
            if lang == 'ja' or not ja:
                out[lang] = ja
            elif lang == 'en':
                out[lang] = t.get('en') or ja
            elif t.get(lang):
                out[lang] = t[lang]
            elif self.catalogues[lang].get(ja):
                out[lang] = self.catalogues[lang][ja]
            elif lang == 'ja_easy':
                out[lang] = ja
            else:
                out[lang] = t.get('en') or ja
        return out

    def preset(self, ja):
        """datatext::preset: the catalogue's translation, else the Japanese as stored."""
        return {lang: (ja if lang == 'ja' else self.catalogues[lang].get(ja) or ja) for lang in LANGUAGES}


def export_field(f, texts):
    out = {'id': f['id'], 'type': f['type'], 'label': texts.text(f['label'])}
    if f.get('help'):
        out['help'] = texts.text(f['help'])
    for key in ('prefill', 'required', 'required_when', 'applies_when', 'input', 'modes', 'min', 'max',
                'max_length', 'pattern', 'default', 'min_items', 'max_items'):
        if key in f:
            out[key] = f[key]
    if 'options' in f:
        out['options'] = [{'value': o['value'], 'label': texts.text(o['label'])} for o in f['options']]
    if 'fields' in f:
        out['fields'] = [export_field(x, texts) for x in f['fields']]
    return out


def export_form(form, texts):
    return {
        'id': form['id'],
        'version': form['version'],
        'title': texts.text(form['title']),
        'category': form['category'],
        'fields': [export_field(f, texts) for f in form['fields']],
        'rules': form.get('rules', []),
        'derive': form.get('derive', []),
        'sections': [{'title': texts.text(s['title']), 'rows': s['rows']} for s in form['layout']['sections']],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--source', required=True)
    parser.add_argument('--node-modules', required=True)
    parser.add_argument('--out', required=True)
    parser.add_argument('--counters', help='the city\'s counters of the related procedures (the kiosk\'s '
                        '[forms] counters); default: resources/lifeevents/counters.json, the EXAMPLE city')
    args = parser.parse_args()
    root = args.source
    texts = Texts(load_catalogues(root))

    forms = {}
    for path in sorted(glob.glob(os.path.join(root, 'resources/forms/*.json'))):
        name = os.path.basename(path)
        if name in ('messages.json', 'rules-conformance.json', 'fees.json'):
            continue
        with open(path, encoding='utf-8') as f:
            form = json.load(f)
        forms[form['id']] = export_form(form, texts)
    with open(os.path.join(root, 'resources/forms/messages.json'), encoding='utf-8') as f:
        messages = {code: texts.text(t) for code, t in json.load(f).items() if isinstance(t, dict)}
    with open(os.path.join(root, 'resources/lifeevents/lifeevents.json'), encoding='utf-8') as f:
        events = json.load(f)
    with open(os.path.join(root, 'app/data/kiosk-fields.json'), encoding='utf-8') as f:
        policy = json.load(f)
    with open(args.counters or os.path.join(root, 'resources/lifeevents/counters.json'), encoding='utf-8') as f:
        counters = json.load(f)['counters']

    self_service = policy.get('self_service_forms', list(forms))
    order = [i for i in DISPLAY_ORDER if i in forms] + sorted(i for i in forms if i not in DISPLAY_ORDER)
    data = {
        'format': 1,
        'languages': LANGUAGES,
        'forms': {i: forms[i] for i in order if i in self_service},
        'order': [i for i in order if i in self_service],
        'messages': messages,
        'policy': {
            'self_service_options': policy.get('self_service_options', {}),
            'self_service_max_items': policy.get('self_service_max_items', {}),
            'card_holder_items': policy.get('card_holder_items', {}),
            'presets_for': policy.get('presets_for', {}),
            'presets': {name: [{'value': v, 'label': texts.preset(v)} for v in values]
                        for name, values in policy.get('presets', {}).items()},
            'keypads': policy.get('keypads', {}),
            'address_fields': policy.get('address_fields', {}),
        },
        'life_events': {
            'questions': [{'id': q['id'], 'label': texts.text(q['label'])} for q in events['questions']],
            'procedures': [{'id': p['id'], 'title': texts.text(p['title']), 'desk': texts.text(p.get('desk')),
                            'counter': texts.text(counters.get(p['id'])),
                            'bring': texts.text(p.get('bring')), 'if': p.get('if', '')}
                           for p in events['procedures']],
            # Only the events whose forms self-service offers: the page asks what the kiosk asks. A deadline is
            # counted from the event's happened_on field as LifeEventNavigator counts it (Deadline::dueFrom).
            'events': [{'id': e['id'], 'title': texts.text(e['title']), 'forms': e['forms'],
                        'questions': e['questions'], 'procedures': e['procedures'],
                        'happened_on': e.get('happened_on', ''),
                        'deadlines': {pid: {'days': d.get('days', -1), 'rule': texts.text(d['rule']), 'law': d['law']}
                                      for pid, d in e.get('deadlines', {}).items()}}
                       for e in events['events'] if e['forms'] and all(f in self_service for f in e['forms'])],
        },
    }

    out = args.out
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, 'vendor'))
    for path in glob.glob(os.path.join(root, 'web/src/*')):
        shutil.copy(path, out)
    with open(os.path.join(out, 'data.js'), 'w', encoding='utf-8') as f:
        f.write('// Generated by web/tools/export_page.py from the form definitions, the life events, the kiosk\'s\n'
                '// field policy and translation catalogues: do not edit.\n')
        f.write('window.KAKANAI_DATA = ')
        json.dump(data, f, ensure_ascii=False, separators=(',', ':'), sort_keys=True)
        f.write(';\n')
    qr = os.path.join(args.node_modules, 'qrcode-generator')
    with open(os.path.join(qr, 'package.json'), encoding='utf-8') as f:
        meta = json.load(f)
    shutil.copy(os.path.join(qr, 'dist/qrcode.js'), os.path.join(out, 'vendor/qrcode.js'))
    with open(os.path.join(out, 'vendor/THIRD-PARTY.txt'), 'w', encoding='utf-8') as f:
        f.write('vendor/qrcode.js: %s %s (npm), %s licence, Copyright (c) 2009 Kazuhiko Arase.\n'
                'The licence text is the header of qrcode.js; "QR Code" is a registered trademark of DENSO WAVE.\n'
                % (meta['name'], meta['version'], meta.get('license', '?')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
