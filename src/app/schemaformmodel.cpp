#include "schemaformmodel.h"

#include "appcontroller.h"
#include "catalog/entityref.h"

#include <QJSValue>

#include <algorithm>

using namespace atrium;
using namespace atrium::catalog;

namespace {

// JavaScript arrays and objects may arrive wrapped in a QJSValue.
QVariant plain(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant();
    return value;
}

bool isContainerList(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::QVariantList || id == QMetaType::QStringList;
}

QVariant getPath(const QVariant &root, const QStringList &segments)
{
    QVariant current = root;
    for (const QString &segment : segments) {
        if (isContainerList(current)) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            const QVariantList list = current.toList();
            current = ok && index >= 0 && index < list.size() ? list.at(index) : QVariant();
        } else if (current.metaType().id() == QMetaType::QVariantMap) {
            current = current.toMap().value(segment);
        } else {
            return {};
        }
    }
    return current;
}

QVariant setPath(const QVariant &container, const QStringList &segments, int k, const QVariant &value)
{
    const QString &segment = segments.at(k);
    const bool last = k == segments.size() - 1;
    if (isContainerList(container)) {
        bool ok = false;
        const int index = segment.toInt(&ok);
        QVariantList list = container.toList();
        if (!ok || index < 0 || index > list.size() + 1000)
            return container;
        while (list.size() <= index)
            list.append(QVariant());
        list[index] = last ? value : setPath(list.at(index), segments, k + 1, value);
        return list;
    }
    QVariantMap map = container.toMap();
    if (last) {
        if (value.isValid())
            map.insert(segment, value);
        else
            map.remove(segment);
    } else {
        map.insert(segment, setPath(map.value(segment), segments, k + 1, value));
    }
    return map;
}

QVariantMap descriptor(const forms::Field &f)
{
    QVariantMap d{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("path"), f.path},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("help"), f.help},
        {QStringLiteral("placeholder"), f.placeholder},
        {QStringLiteral("type"), f.type},
        {QStringLiteral("widget"), forms::widgetName(f.widget)},
        {QStringLiteral("required"), f.required},
        {QStringLiteral("readOnly"), f.readOnly},
        {QStringLiteral("autofocus"), f.autofocus},
        {QStringLiteral("hasDefault"), f.hasDefault},
        {QStringLiteral("enumValues"), f.enumValues},
        {QStringLiteral("enumNames"), f.enumNames},
        {QStringLiteral("allowedKinds"), f.allowedKinds},
        {QStringLiteral("defaultKind"), f.defaultKind},
        {QStringLiteral("allowArbitraryValues"), f.allowArbitraryValues},
    };
    if (f.hasDefault)
        d.insert(QStringLiteral("default"), f.defaultValue);
    // The constraints, for hints next to the field.
    for (const char *key : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                            "pattern", "format", "minItems", "maxItems"}) {
        const QJsonValue v = f.schema.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            d.insert(QLatin1String(key), v.toVariant());
    }
    const QJsonObject items = f.schema.value(QLatin1String("items")).toObject();
    d.insert(QStringLiteral("itemType"), items.value(QLatin1String("type")).toString());
    QVariantList children;
    for (const forms::Field &child : f.children)
        children.append(descriptor(child));
    d.insert(QStringLiteral("children"), children);
    return d;
}

} // namespace

SchemaFormModel::SchemaFormModel(QObject *parent)
    : QObject(parent)
{
}

void SchemaFormModel::setSchema(const QVariantMap &schema)
{
    if (schema == m_schema)
        return;
    m_schema = schema;
    m_schemaJson.clear();
    load(forms::parseForm(schema));
}

void SchemaFormModel::setSchemaJson(const QString &json)
{
    if (json == m_schemaJson)
        return;
    QString error;
    const QJsonObject parameters = forms::parseOrderedJson(json.toUtf8(), &error);
    m_schemaJson = json;
    m_schema = parameters.toVariantMap();
    forms::Form form = forms::parseForm(QJsonValue(parameters));
    if (!error.isEmpty()) {
        form = forms::Form{};
        form.error = error;
    }
    load(form);
}

void SchemaFormModel::load(const forms::Form &form)
{
    m_form = form;
    m_step = 0;
    m_attempted.clear();
    m_values = forms::withDefaults(m_form, {});
    m_errors.clear();
    m_errorPaths.clear();
    Q_EMIT schemaChanged();
    Q_EMIT currentStepChanged();
    Q_EMIT valuesChanged();
    Q_EMIT errorsChanged();
}

QStringList SchemaFormModel::stepTitles() const
{
    QStringList titles;
    for (const forms::Step &step : m_form.steps)
        titles.append(step.title);
    return titles;
}

void SchemaFormModel::setCurrentStep(int step)
{
    if (step == m_step || step < 0 || step >= stepCount())
        return;
    if (step < m_step) {
        m_step = step;
        refreshErrors();
        Q_EMIT currentStepChanged();
        return;
    }
    // Forward only over steps that are valid: the first invalid one stops the move.
    while (m_step < step) {
        if (!next())
            return;
    }
}

QString SchemaFormModel::stepTitle() const
{
    return m_step < stepCount() ? m_form.steps.at(m_step).title : QString();
}

QString SchemaFormModel::stepDescription() const
{
    return m_step < stepCount() ? m_form.steps.at(m_step).description : QString();
}

void SchemaFormModel::setValues(const QVariantMap &values)
{
    const QVariantMap coerced = forms::coerceValues(m_form, plain(values).toMap());
    if (coerced == m_values)
        return;
    m_values = coerced;
    Q_EMIT valuesChanged();
    refreshErrors();
}

QVariantList SchemaFormModel::fieldsOf(int step) const
{
    QVariantList out;
    if (step < 0 || step >= stepCount())
        return out;
    for (const forms::Field &f : m_form.steps.at(step).fields)
        out.append(descriptor(f));
    return out;
}

void SchemaFormModel::setValue(const QString &path, const QVariant &value)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return;
    QVariant v = plain(value);
    if (v.metaType().id() == QMetaType::Nullptr)
        v = QVariant();
    // An emptied text field is no value, as in Backstage's forms (a default then applies).
    if (v.metaType().id() == QMetaType::QString && v.toString().isEmpty())
        v = QVariant();
    const QJsonObject schema = forms::propertySchemaAt(m_form, path);
    if (v.isValid() && !schema.isEmpty())
        v = forms::coerce(schema, v);
    const QVariantMap next = setPath(m_values, segments, 0, v).toMap();
    if (next == m_values)
        return;
    m_values = next;
    Q_EMIT valuesChanged();
    refreshErrors();
}

QVariant SchemaFormModel::valueAt(const QString &path) const
{
    return getPath(m_values, path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
}

bool SchemaFormModel::next()
{
    if (stepCount() == 0)
        return false;
    m_attempted.insert(m_step);
    const QList<forms::Issue> issues = forms::validateStep(m_form, m_step, m_values);
    showIssues(issues);
    if (!issues.isEmpty() || isLastStep())
        return false;
    ++m_step;
    refreshErrors();
    Q_EMIT currentStepChanged();
    return true;
}

void SchemaFormModel::back()
{
    if (m_step <= 0)
        return;
    --m_step;
    refreshErrors();
    Q_EMIT currentStepChanged();
}

QVariantMap SchemaFormModel::submit()
{
    if (!m_form.isValid())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), m_form.error}};
    const QVariantMap complete = forms::withDefaults(m_form, forms::coerceValues(m_form, m_values));
    const QList<forms::Issue> issues = forms::validate(m_form, complete);
    if (!issues.isEmpty()) {
        QVariantMap all;
        for (const forms::Issue &issue : issues) {
            if (!all.contains(issue.path))
                all.insert(issue.path, issue.message);
        }
        const int step = std::max(0, forms::stepOf(m_form, issues.constFirst().path));
        for (int n = 0; n <= step; ++n)
            m_attempted.insert(n);
        if (step != m_step) {
            m_step = step;
            Q_EMIT currentStepChanged();
        }
        refreshErrors();
        return {{QStringLiteral("ok"), false}, {QStringLiteral("errors"), all}, {QStringLiteral("step"), step}};
    }
    Q_EMIT submitted(complete);
    return {{QStringLiteral("ok"), true}, {QStringLiteral("values"), complete}};
}

void SchemaFormModel::reset()
{
    load(m_form);
}

void SchemaFormModel::refreshErrors()
{
    if (m_attempted.contains(m_step))
        showIssues(forms::validateStep(m_form, m_step, m_values));
    else
        showIssues({});
}

void SchemaFormModel::showIssues(const QList<forms::Issue> &issues)
{
    QVariantMap errors;
    QStringList paths;
    for (const forms::Issue &issue : issues) {
        if (errors.contains(issue.path))
            continue;
        errors.insert(issue.path, issue.message);
        paths.append(issue.path);
    }
    if (errors == m_errors && paths == m_errorPaths)
        return;
    m_errors = errors;
    m_errorPaths = paths;
    Q_EMIT errorsChanged();
}

QVariantList SchemaFormModel::entityChoices(const QString &path, const QString &text, int limit) const
{
    QVariantList out;
    const forms::Field *field = forms::fieldAt(m_form, path);
    const AppController *app = AppController::instance();
    const SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr();
    if (!field || field->widget != forms::Widget::EntityPicker || !snapshot)
        return out;
    const CatalogSnapshot &snap = *snapshot;

    std::vector<EntityId> candidates;
    if (field->allowedKinds.isEmpty()) {
        candidates.reserve(std::size_t(snap.size()));
        for (int id = 0; id < snap.size(); ++id)
            candidates.push_back(EntityId(id));
    } else {
        for (const QString &kind : field->allowedKinds) {
            const std::vector<EntityId> ofKind = snap.ofKind(kind);
            candidates.insert(candidates.end(), ofKind.begin(), ofKind.end());
        }
    }

    // Name prefix first, then title prefix, then anywhere in name, title or ref.
    const QString needle = text.trimmed();
    std::vector<std::pair<int, EntityId>> ranked;
    for (EntityId id : candidates) {
        if (needle.isEmpty()) {
            ranked.emplace_back(0, id);
            continue;
        }
        const QString name = snap.name(id);
        const QString title = snap.title(id);
        int rank = -1;
        if (name.startsWith(needle, Qt::CaseInsensitive))
            rank = 0;
        else if (title.startsWith(needle, Qt::CaseInsensitive))
            rank = 1;
        else if (name.contains(needle, Qt::CaseInsensitive) || title.contains(needle, Qt::CaseInsensitive)
                 || snap.key(id).contains(needle, Qt::CaseInsensitive))
            rank = 2;
        if (rank >= 0)
            ranked.emplace_back(rank, id);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rank, id] : ranked) {
        if (out.size() >= limit)
            break;
        out.append(QVariantMap{
            {QStringLiteral("ref"), snap.key(id)},
            {QStringLiteral("title"), snap.title(id)},
            {QStringLiteral("kind"), snap.kind(id)},
            {QStringLiteral("name"), snap.name(id)},
            {QStringLiteral("description"), snap.text(id, &EntityBlock::Record::description)},
        });
    }
    return out;
}

QString SchemaFormModel::entityRefFor(const QString &path, const QString &text) const
{
    const QString typed = text.trimmed();
    const forms::Field *field = forms::fieldAt(m_form, path);
    if (typed.isEmpty() || !field)
        return {};
    const RefParseResult parsed = parseEntityRef(typed, field->defaultKind, QStringLiteral("default"));
    const AppController *app = AppController::instance();
    if (const SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr()) {
        const EntityId id = snapshot->find(parsed.ref ? parsed.ref->key() : typed);
        if (id != InvalidEntity)
            return snapshot->key(id);
    }
    if (field->allowArbitraryValues && parsed.ref)
        return parsed.ref->toString();
    return {};
}

QString SchemaFormModel::entityTitle(const QString &ref) const
{
    const AppController *app = AppController::instance();
    const SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr();
    return snapshot ? snapshot->displayTitle(ref.toLower()) : ref;
}
