#include "forms/LifeEvents.h"

#include "forms/Expression.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace kakanai::forms {

namespace {

FormsError bad(const QString &file, const QString &field, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidDefinition, file, field, detail);
}

std::optional<LocalisedText> localised(const QJsonValue &v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    LocalisedText t;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            return std::nullopt;
        }
        t.byLanguage.insert(it.key(), it.value().toString());
    }
    if (t.ja().isEmpty()) {
        return std::nullopt;
    }
    return t;
}

std::optional<QStringList> stringList(const QJsonValue &v)
{
    if (!v.isArray()) {
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            return std::nullopt;
        }
        out.append(item.toString());
    }
    return out;
}

bool onlyKeys(const QJsonObject &o, std::initializer_list<const char *> allowed, QString *unknown)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char *k : allowed) {
            ok = ok || it.key() == QLatin1String(k);
        }
        if (!ok) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

// The optional dating of a question or procedure: "since" (YYYY-MM-DD) and "law" come together, so that every
// rule that changed on a day says which law changed it (児童手当 up to 高校生年代 from 2024-10-01).
std::optional<FormsError> readDating(const QJsonObject &o, const QString &file, const QString &at, QDate *since,
                                     QString *law)
{
    const bool hasSince = o.contains(QStringLiteral("since"));
    const bool hasLaw = o.contains(QStringLiteral("law"));
    if (!hasSince && !hasLaw) {
        return std::nullopt;
    }
    *since = QDate::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    *law = o.value(QStringLiteral("law")).toString();
    if (!since->isValid()) {
        return bad(file, at + QStringLiteral(".since"), QStringLiteral("expects a date YYYY-MM-DD with \"law\""));
    }
    if (law->isEmpty()) {
        return bad(file, at + QStringLiteral(".law"), QStringLiteral("expects the source of the dated rule"));
    }
    return std::nullopt;
}

// The top level of a navigator file: a JSON object of the allowed keys, format 1.
Result<QJsonObject> readRoot(const QByteArray &json, const QString &file, std::initializer_list<const char *> keys)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, file, {}, parseError.errorString());
    }
    const QJsonObject root = doc.object();
    QString unknown;
    if (!onlyKeys(root, keys, &unknown)) {
        return bad(file, unknown, QStringLiteral("unknown key"));
    }
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        return bad(file, QStringLiteral("format"), QStringLiteral("expects format 1"));
    }
    return root;
}

// A file's bytes, or FileNotFound / FileUnreadable.
Result<QByteArray> readNavigatorFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return FormsError::make(f.exists() ? FormsErrorCode::FileUnreadable : FormsErrorCode::FileNotFound, path);
    }
    return f.readAll();
}

// A procedure's deadline in an event: {"days": N (optional), "rule": {"ja": …}, "law": "…"}.
std::optional<FormsError> readDeadline(const QJsonValue &v, const QString &file, const QString &at, Deadline *out)
{
    const QJsonObject o = v.toObject();
    QString unknown;
    if (!v.isObject() || !onlyKeys(o, {"days", "rule", "law"}, &unknown)) {
        return bad(file, unknown.isEmpty() ? at : at + QLatin1Char('.') + unknown,
                   QStringLiteral("expects {days, rule, law}"));
    }
    const auto rule = localised(o.value(QStringLiteral("rule")));
    if (!rule) {
        return bad(file, at + QStringLiteral(".rule"), QStringLiteral("expects localised text"));
    }
    out->rule = *rule;
    out->law = o.value(QStringLiteral("law")).toString();
    if (out->law.isEmpty()) {
        return bad(file, at + QStringLiteral(".law"), QStringLiteral("expects the source of the deadline"));
    }
    if (o.contains(QStringLiteral("days"))) {
        const QJsonValue days = o.value(QStringLiteral("days"));
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d != std::floor(d) || d < 0 || d > 3660) {
            return bad(file, at + QStringLiteral(".days"), QStringLiteral("expects a whole number of days"));
        }
        out->days = int(d);
    }
    return std::nullopt;
}

} // namespace

QDate Deadline::dueFrom(const QDate &happenedOn) const
{
    if (days < 0 || !happenedOn.isValid()) {
        return {};
    }
    return happenedOn.addDays(days);
}

QString LifeEventNavigator::embeddedFile()
{
    return QStringLiteral(":/kakanai/lifeevents/lifeevents.json");
}

QString LifeEventNavigator::embeddedCountersFile()
{
    return QStringLiteral(":/kakanai/lifeevents/counters.json");
}

Result<LifeEventNavigator> LifeEventNavigator::load(const QByteArray &json, const QString &file,
                                                    const QStringList &formIds)
{
    auto parsed = readRoot(json, file, {"format", "questions", "procedures", "events"});
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject root = *parsed;
    QString unknown;
    LifeEventNavigator nav;

    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString at = QStringLiteral("questions[%1]").arg(i);
        const QJsonObject o = questions.at(i).toObject();
        const auto label = localised(o.value(QStringLiteral("label")));
        if (!onlyKeys(o, {"id", "label", "since", "law"}, &unknown)) {
            return bad(file, at + QLatin1Char('.') + unknown, QStringLiteral("unknown key"));
        }
        if (o.value(QStringLiteral("id")).toString().isEmpty() || !label) {
            return bad(file, at, QStringLiteral("expects {id, label}"));
        }
        NavigatorQuestion q{o.value(QStringLiteral("id")).toString(), *label, {}, {}};
        if (auto error = readDating(o, file, at, &q.since, &q.law)) {
            return *error;
        }
        nav.m_questions.append(q);
    }

    const QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QString at = QStringLiteral("procedures[%1]").arg(i);
        const QJsonObject o = procedures.at(i).toObject();
        if (!onlyKeys(o, {"id", "title", "desk", "bring", "if", "since", "law"}, &unknown)) {
            return bad(file, at + QLatin1Char('.') + unknown, QStringLiteral("unknown key"));
        }
        RelatedProcedure p;
        p.id = o.value(QStringLiteral("id")).toString();
        const auto title = localised(o.value(QStringLiteral("title")));
        const auto desk = localised(o.value(QStringLiteral("desk")));
        if (p.id.isEmpty() || !title || !desk) {
            return bad(file, at, QStringLiteral("expects {id, title, desk}"));
        }
        p.title = *title;
        p.desk = *desk;
        if (o.contains(QStringLiteral("bring"))) {
            const auto bring = localised(o.value(QStringLiteral("bring")));
            if (!bring) {
                return bad(file, at + QStringLiteral(".bring"), QStringLiteral("expects localised text"));
            }
            p.bring = *bring;
        }
        p.condition = o.value(QStringLiteral("if")).toString();
        if (auto error = readDating(o, file, at, &p.since, &p.law)) {
            return *error;
        }
        if (!p.condition.isEmpty() && !nav.question(p.condition)) {
            return bad(file, at + QStringLiteral(".if"), QStringLiteral("unknown question '%1'").arg(p.condition));
        }
        nav.m_procedures.append(p);
    }

    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    if (events.isEmpty()) {
        return bad(file, QStringLiteral("events"), QStringLiteral("expects a non-empty list"));
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString at = QStringLiteral("events[%1]").arg(i);
        const QJsonObject o = events.at(i).toObject();
        if (!onlyKeys(
                o, {"id", "title", "forms", "questions", "procedures", "happened_on", "deadlines", "implied_by_form"},
                &unknown)) {
            return bad(file, at + QLatin1Char('.') + unknown, QStringLiteral("unknown key"));
        }
        LifeEvent e;
        e.id = o.value(QStringLiteral("id")).toString();
        const auto title = localised(o.value(QStringLiteral("title")));
        const auto forms = stringList(o.value(QStringLiteral("forms")));
        const auto qs = stringList(
            o.value(QStringLiteral("questions")).isUndefined() ? QJsonArray() : o.value(QStringLiteral("questions")));
        const auto ps = stringList(
            o.value(QStringLiteral("procedures")).isUndefined() ? QJsonArray() : o.value(QStringLiteral("procedures")));
        if (e.id.isEmpty() || !title || !forms || forms->isEmpty() || !qs || !ps) {
            return bad(file, at, QStringLiteral("expects {id, title, forms, questions, procedures}"));
        }
        if (nav.event(e.id)) {
            return bad(file, at + QStringLiteral(".id"), QStringLiteral("duplicate event"));
        }
        for (const QString &form : *forms) {
            if (!formIds.isEmpty() && !formIds.contains(form)) {
                return bad(file, at + QStringLiteral(".forms"), QStringLiteral("unknown form '%1'").arg(form));
            }
        }
        for (const QString &q : *qs) {
            if (!nav.question(q)) {
                return bad(file, at + QStringLiteral(".questions"), QStringLiteral("unknown question '%1'").arg(q));
            }
        }
        for (const QString &p : *ps) {
            bool found = false;
            for (const RelatedProcedure &known : nav.m_procedures) {
                found = found || known.id == p;
            }
            if (!found) {
                return bad(file, at + QStringLiteral(".procedures"), QStringLiteral("unknown procedure '%1'").arg(p));
            }
        }
        if (o.contains(QStringLiteral("happened_on"))) {
            const QStringList parts = o.value(QStringLiteral("happened_on")).toString().split(QLatin1Char('/'));
            if (parts.size() != 2 || parts.at(1).isEmpty() || !forms->contains(parts.at(0))) {
                return bad(file, at + QStringLiteral(".happened_on"),
                           QStringLiteral("expects \"form/field\" of one of the event's forms"));
            }
            e.happenedOnForm = parts.at(0);
            e.happenedOnField = parts.at(1);
        }
        const QJsonObject deadlines = o.value(QStringLiteral("deadlines")).toObject();
        for (auto it = deadlines.begin(); it != deadlines.end(); ++it) {
            const QString dat = at + QStringLiteral(".deadlines.") + it.key();
            if (!ps->contains(it.key())) {
                return bad(file, dat, QStringLiteral("not a procedure of the event"));
            }
            Deadline d;
            if (auto error = readDeadline(it.value(), file, dat, &d)) {
                return *error;
            }
            e.deadlines.insert(it.key(), d);
        }
        if (o.contains(QStringLiteral("implied_by_form"))) {
            if (!o.value(QStringLiteral("implied_by_form")).isBool()) {
                return bad(file, at + QStringLiteral(".implied_by_form"), QStringLiteral("expects true or false"));
            }
            e.impliedByForm = o.value(QStringLiteral("implied_by_form")).toBool();
        }
        e.title = *title;
        e.forms = *forms;
        e.questions = *qs;
        e.procedures = *ps;
        nav.m_events.append(e);
    }
    return nav;
}

Result<LifeEventNavigator> LifeEventNavigator::loadFile(const QString &path, const QStringList &formIds)
{
    auto bytes = readNavigatorFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return load(*bytes, path, formIds);
}

const LifeEvent *LifeEventNavigator::event(const QString &id) const
{
    for (const LifeEvent &e : m_events) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

const RelatedProcedure *LifeEventNavigator::procedure(const QString &id) const
{
    for (const RelatedProcedure &p : m_procedures) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

Status LifeEventNavigator::loadCounters(const QByteArray &json, const QString &file)
{
    auto parsed = readRoot(json, file, {"format", "example", "description", "counters"});
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject root = *parsed;
    if (root.contains(QStringLiteral("example")) && !root.value(QStringLiteral("example")).isBool()) {
        return bad(file, QStringLiteral("example"), QStringLiteral("expects true or false"));
    }
    // Checked whole before anything is set: a broken file changes nothing.
    QHash<QString, LocalisedText> counters;
    const QJsonObject entries = root.value(QStringLiteral("counters")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString at = QStringLiteral("counters.") + it.key();
        if (!procedure(it.key())) {
            return bad(file, at, QStringLiteral("unknown procedure"));
        }
        const auto text = localised(it.value());
        if (!text) {
            return bad(file, at, QStringLiteral("expects {\"ja\": …, \"en\": …}"));
        }
        counters.insert(it.key(), *text);
    }
    for (RelatedProcedure &p : m_procedures) {
        p.counter = counters.value(p.id);
    }
    m_countersExample = root.value(QStringLiteral("example")).toBool();
    return Done{};
}

Status LifeEventNavigator::loadCountersFile(const QString &path)
{
    auto bytes = readNavigatorFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return loadCounters(*bytes, path);
}

QDate LifeEventNavigator::happenedOn(const LifeEvent &event, const QList<const FormInstance *> &forms)
{
    if (event.happenedOnForm.isEmpty()) {
        return {};
    }
    for (const FormInstance *f : forms) {
        if (f && f->definition().id == event.happenedOnForm) {
            if (const FieldValue *v = f->value(event.happenedOnField)) {
                return parseIsoDate(v->value.toJson().toString());
            }
        }
    }
    return {};
}

const NavigatorQuestion *LifeEventNavigator::question(const QString &id) const
{
    for (const NavigatorQuestion &q : m_questions) {
        if (q.id == id) {
            return &q;
        }
    }
    return nullptr;
}

Result<QList<ProcedureDecision>> LifeEventNavigator::decide(const QString &eventId,
                                                            const NavigatorAnswers &answers) const
{
    const LifeEvent *e = event(eventId);
    if (!e) {
        return FormsError::make(FormsErrorCode::UnknownLifeEvent, {}, {}, eventId);
    }
    QList<ProcedureDecision> out;
    for (const QString &id : e->procedures) {
        for (const RelatedProcedure &p : m_procedures) {
            if (p.id != id) {
                continue;
            }
            ProcedureDecision d;
            d.procedure = p;
            if (const auto deadline = e->deadlines.constFind(id); deadline != e->deadlines.constEnd()) {
                d.procedure.deadline = *deadline;
            }
            if (!p.condition.isEmpty()) {
                const auto answer = answers.constFind(p.condition);
                if (answer != answers.constEnd() && !*answer) {
                    continue; // answered no
                }
                if (answer == answers.constEnd()) {
                    d.undecided = true;
                    if (const NavigatorQuestion *q = question(p.condition)) {
                        d.question = q->label;
                    }
                }
            }
            out.append(d);
        }
    }
    return out;
}

NavigatorAnswers LifeEventNavigator::answersOf(const QString &eventId, const QSet<QString> &yes) const
{
    NavigatorAnswers answers;
    if (const LifeEvent *e = event(eventId)) {
        for (const QString &q : e->questions) {
            answers.insert(q, yes.contains(q));
        }
    }
    return answers;
}

Result<Guidance> LifeEventNavigator::guide(const QString &eventId, const QSet<QString> &yes) const
{
    // Every condition counts as asked here: a question the event does not ask is "no" unless it is in `yes`.
    NavigatorAnswers answers = answersOf(eventId, yes);
    for (const RelatedProcedure &p : m_procedures) {
        if (!p.condition.isEmpty() && !answers.contains(p.condition)) {
            answers.insert(p.condition, yes.contains(p.condition));
        }
    }
    auto decisions = decide(eventId, answers);
    if (!decisions) {
        return decisions.error();
    }
    Guidance g;
    g.eventId = eventId;
    g.forms = event(eventId)->forms;
    for (const ProcedureDecision &d : *decisions) {
        g.procedures.append(d.procedure);
    }
    return g;
}

} // namespace kakanai::forms
