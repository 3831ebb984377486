#include "entitycontroller.h"

#include "appcontroller.h"
#include "highlighter.h"
#include "pluginhostservices.h"
#include "cache/remotecatalogsync.h"
#include "catalog/remoteentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace atrium::catalog;

namespace {

const QString kTechdocsRef = QStringLiteral("backstage.io/techdocs-ref");

struct RelationKind {
    const char *type;
    const char *label;
};

// Backstage's relation names in the order the entity page lists them.
constexpr RelationKind kRelationOrder[] = {
    {"ownedBy", QT_TRANSLATE_NOOP("EntityController", "Owned by")},
    {"ownerOf", QT_TRANSLATE_NOOP("EntityController", "Owner of")},
    {"partOf", QT_TRANSLATE_NOOP("EntityController", "Part of")},
    {"hasPart", QT_TRANSLATE_NOOP("EntityController", "Has part")},
    {"providesApi", QT_TRANSLATE_NOOP("EntityController", "Provides API")},
    {"apiProvidedBy", QT_TRANSLATE_NOOP("EntityController", "API provided by")},
    {"consumesApi", QT_TRANSLATE_NOOP("EntityController", "Consumes API")},
    {"apiConsumedBy", QT_TRANSLATE_NOOP("EntityController", "API consumed by")},
    {"dependsOn", QT_TRANSLATE_NOOP("EntityController", "Depends on")},
    {"dependencyOf", QT_TRANSLATE_NOOP("EntityController", "Dependency of")},
    {"memberOf", QT_TRANSLATE_NOOP("EntityController", "Member of")},
    {"hasMember", QT_TRANSLATE_NOOP("EntityController", "Has member")},
    {"childOf", QT_TRANSLATE_NOOP("EntityController", "Child of")},
    {"parentOf", QT_TRANSLATE_NOOP("EntityController", "Parent of")},
};

QString kindFromKey(const QString &key)
{
    const int colon = key.indexOf(QLatin1Char(':'));
    return colon > 0 ? key.left(colon) : QString();
}

QVariantList pairsToList(const QList<QPair<QString, QString>> &pairs)
{
    QVariantList list;
    list.reserve(pairs.size());
    for (const auto &p : pairs)
        list.append(QVariantMap{{QStringLiteral("key"), p.first}, {QStringLiteral("value"), p.second}});
    return list;
}

QVariantList objectToList(const QJsonObject &object)
{
    QVariantList list;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        list.append(QVariantMap{{QStringLiteral("key"), it.key()},
                                {QStringLiteral("value"), v.isString() ? v.toString() : v.toVariant().toString()}});
    }
    return list;
}

QJsonObject metadata(const QJsonObject &descriptor)
{
    return descriptor.value(QLatin1String("metadata")).toObject();
}

QString annotation(const Entity &e, const QString &key)
{
    for (const auto &a : e.annotations) {
        if (a.first == key)
            return a.second;
    }
    return {};
}

bool appIsDark()
{
    const AppController *app = AppController::instance();
    return app && app->dark();
}

PluginHostServices *pluginHost()
{
    const AppController *app = AppController::instance();
    return app ? app->pluginHost() : nullptr;
}

// The connection an entity from a remote catalog came from ("backstage:acme" → "acme").
QString connectionOf(const Entity &e)
{
    return isRemoteSource(e.source) ? e.source.file.section(QLatin1Char(':'), 1) : QString();
}

} // namespace

EntityController::EntityController(QObject *parent)
    : QObject(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::catalogChanged, this, [this] {
            const AppController *app = AppController::instance();
            if (app && app->snapshot() != m_snapshot)
                refresh();
        });
        // Highlighting follows the theme.
        connect(app, &AppController::themeChanged, this, [this] {
            if (!m_detailsLoading && found())
                loadDetails();
        });
    }
    // Where a remote entity comes from: the connection's title, its last sync, its frontend URL.
    if (PluginHostServices *host = pluginHost()) {
        const auto originMayHaveChanged = [this] {
            if (remote())
                Q_EMIT originChanged();
        };
        connect(host, &PluginHostServices::catalogSyncChanged, this, originMayHaveChanged);
        connect(host, &PluginHostServices::connectionsChanged, this, originMayHaveChanged);
        connect(host, &PluginHostServices::pluginsChanged, this, originMayHaveChanged);
    }
}

void EntityController::setEntityRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    m_id = InvalidEntity;   // another entity: details must be read again
    Q_EMIT entityRefChanged();
    refresh();
}

void EntityController::refresh()
{
    const AppController *app = AppController::instance();
    const QString previousKey = m_entity ? m_entity->key() : QString();

    m_snapshot = app ? app->snapshot() : SnapshotPtr();
    m_id = (m_snapshot && !m_ref.isEmpty()) ? m_snapshot->find(m_ref) : InvalidEntity;
    if (m_id != InvalidEntity)
        m_entity = m_snapshot->entity(m_id);
    else
        m_entity.reset();

    // Another entity (or none): what was read for the previous one must not show meanwhile.
    const bool otherEntity = !m_entity || m_entity->key() != previousKey;
    const bool hadDetails = m_detailsLoading || !m_details.sourceText.isEmpty() || !m_details.error.isEmpty()
        || !m_details.descriptor.isEmpty() || !m_sourceHtml.isEmpty();
    if (otherEntity) {
        ++m_generation;   // drop whatever is still loading
        m_details = EntityDetails();
        m_sourceHtml.clear();
        m_definitionHtml.clear();
        m_detailsLoading = false;
    }
    Q_EMIT changed();
    Q_EMIT originChanged();
    if (otherEntity && hadDetails)
        Q_EMIT detailsChanged();

    // A new snapshot may come from an edit of this very document: reading one file again is
    // cheap, and the highlighter's cache makes an unchanged text cost nothing.
    if (m_entity)
        loadDetails();
}

const Entity *EntityController::entity() const
{
    return m_entity ? &*m_entity : nullptr;
}

void EntityController::loadDetails()
{
    const Entity *e = entity();
    if (!e)
        return;
    const int generation = ++m_generation;
    m_detailsLoading = true;
    Q_EMIT detailsChanged();
    if (isRemoteSource(e->source)) {
        loadRemoteDetails(generation);
        return;
    }

    // A watcher rather than QFuture::then(context): Qt 6.4's then() creates its helper object on
    // the pool thread with a parent in the GUI thread.
    auto *watcher = new QFutureWatcher<EntityDetails>(this);
    connect(watcher, &QFutureWatcher<EntityDetails>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)   // else another entity (or a newer catalog) asked since
            applyDetails(watcher->result(), generation);
    });
    watcher->setFuture(QtConcurrent::run([copy = *e] {
        EntityDetails details = loadEntityDetails(copy);
        return details;
    }));
}

void EntityController::applyDetails(EntityDetails details, int generation)
{
    m_details = std::move(details);
    m_sourceHtml.clear();
    m_definitionHtml.clear();
    m_detailsLoading = false;
    Q_EMIT detailsChanged();
    Q_EMIT changed();   // links, labels and annotations come from the descriptor

    if (!m_details.sourceText.isEmpty())
        highlightInto(&EntityController::m_sourceHtml, m_details.sourceText, m_details.sourceLanguage, generation);
    if (!m_details.definition.isEmpty())
        highlightInto(&EntityController::m_definitionHtml, m_details.definition, m_details.definitionLanguage,
                      generation);
}

void EntityController::highlightInto(QString EntityController::*html, const QString &text, const QString &syntax,
                                     int generation)
{
    QPointer<EntityController> self(this);
    Highlighter::instance()->highlight(text, syntax, appIsDark(), this, [self, html, generation](const QString &result) {
        if (!self || generation != self->m_generation)
            return;
        (*self).*html = result;
        Q_EMIT self->detailsChanged();
    });
}

QString EntityController::kind() const
{
    const Entity *e = entity();
    return e ? e->kind : QString();
}

QString EntityController::name() const
{
    const Entity *e = entity();
    return e ? e->name : QString();
}

QString EntityController::title() const
{
    const Entity *e = entity();
    if (!e)
        return {};
    if (!e->title.isEmpty())
        return e->title;
    return e->displayName.isEmpty() ? e->name : e->displayName;
}

QString EntityController::namespaceName() const
{
    const Entity *e = entity();
    return e ? e->ns : QString();
}

QString EntityController::description() const
{
    const Entity *e = entity();
    return e ? e->description : QString();
}

QString EntityController::ownerRef() const
{
    const Entity *e = entity();
    return e ? e->ownerKey : QString();
}

QString EntityController::ownerTitle() const
{
    const Entity *e = entity();
    return (e && !e->ownerKey.isEmpty()) ? m_snapshot->displayTitle(e->ownerKey) : QString();
}

QString EntityController::systemRef() const
{
    const Entity *e = entity();
    return e ? e->systemKey : QString();
}

QString EntityController::systemTitle() const
{
    const Entity *e = entity();
    return (e && !e->systemKey.isEmpty()) ? m_snapshot->displayTitle(e->systemKey) : QString();
}

QString EntityController::specType() const
{
    const Entity *e = entity();
    return e ? e->specType : QString();
}

QString EntityController::lifecycle() const
{
    const Entity *e = entity();
    return e ? e->lifecycle : QString();
}

QString EntityController::email() const
{
    const Entity *e = entity();
    return e ? e->email : QString();
}

QStringList EntityController::tags() const
{
    const Entity *e = entity();
    return e ? e->tags : QStringList();
}

bool EntityController::customKind() const
{
    const Entity *e = entity();
    return e && e->customKind;
}

QVariantList EntityController::links() const
{
    QVariantList list;
    const Entity *e = entity();
    if (!e)
        return list;
    auto add = [&list](const QString &url, const QString &title, const QString &icon, const QString &type) {
        list.append(QVariantMap{
            {QStringLiteral("url"), url},
            {QStringLiteral("title"), title.isEmpty() ? url : title},
            {QStringLiteral("icon"), icon},
            {QStringLiteral("type"), type},
        });
    };
    // The index does not keep links; the descriptor read for the page has them.
    QList<QPair<QString, QString>> annotations = e->annotations;
    if (!m_details.descriptor.isEmpty()) {
        const QJsonArray links = metadata(m_details.descriptor).value(QLatin1String("links")).toArray();
        for (const QJsonValue &v : links) {
            const QJsonObject l = v.toObject();
            const QString url = l.value(QLatin1String("url")).toString();
            if (!url.isEmpty())
                add(url, l.value(QLatin1String("title")).toString(), l.value(QLatin1String("icon")).toString(),
                    l.value(QLatin1String("type")).toString());
        }
        annotations.clear();
        const QJsonObject object = metadata(m_details.descriptor).value(QLatin1String("annotations")).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isString())
                annotations.append({it.key(), it.value().toString()});
        }
    } else {
        for (const EntityLink &l : e->links)
            add(l.url, l.title, l.icon, l.type);
    }
    // Backstage's "View source" and "Edit" annotations, unless a link already goes there.
    const auto annotationLink = [&](const char *key, const QString &title) {
        for (const auto &a : std::as_const(annotations)) {
            if (a.first != QLatin1String(key))
                continue;
            const QString url = a.second.trimmed();
            const bool listed = std::any_of(list.cbegin(), list.cend(), [&url](const QVariant &v) {
                return v.toMap().value(QStringLiteral("url")).toString() == url;
            });
            if (!url.isEmpty() && !listed)
                add(url, title, QStringLiteral("code"), QLatin1String(key));
        }
    };
    annotationLink("backstage.io/view-url", tr("View source"));
    annotationLink("backstage.io/edit-url", tr("Edit source"));
    return list;
}

QVariantList EntityController::relationGroups() const
{
    QVariantList groups;
    if (!entity())
        return groups;

    const std::vector<ResolvedRelation> relations = m_snapshot->relations(m_id);
    QHash<QString, QList<const ResolvedRelation *>> byType;
    QStringList otherTypes;   // relation types a custom processor might add, after the known ones
    for (const ResolvedRelation &r : relations) {
        auto it = byType.find(r.type);
        if (it == byType.end()) {
            it = byType.insert(r.type, {});
            if (std::none_of(std::begin(kRelationOrder), std::end(kRelationOrder),
                             [&r](const RelationKind &k) { return r.type == QLatin1String(k.type); }))
                otherTypes.append(r.type);
        }
        // The same edge can be stated by both ends; list it once.
        if (std::none_of(it->cbegin(), it->cend(),
                         [&r](const ResolvedRelation *o) { return o->targetKey == r.targetKey; }))
            it->append(&r);
    }

    auto addGroup = [&](const QString &type, const QString &label) {
        const auto it = byType.constFind(type);
        if (it == byType.cend() || it->isEmpty())
            return;
        QVariantList entities;
        QList<QPair<QString, QVariantMap>> sorted;
        for (const ResolvedRelation *r : *it) {
            const bool inCatalog = r->target != InvalidEntity;
            const QString title = m_snapshot->displayTitle(r->targetKey);
            sorted.append({title.toLower(), QVariantMap{
                {QStringLiteral("ref"), r->targetKey},
                {QStringLiteral("title"), title},
                {QStringLiteral("kind"), inCatalog ? m_snapshot->kind(r->target) : kindFromKey(r->targetKey)},
                {QStringLiteral("inCatalog"), inCatalog},
            }});
        }
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &s : sorted)
            entities.append(s.second);
        groups.append(QVariantMap{
            {QStringLiteral("type"), type},
            {QStringLiteral("label"), label},
            {QStringLiteral("entities"), entities},
        });
    };
    for (const RelationKind &k : kRelationOrder)
        addGroup(QLatin1String(k.type), QCoreApplication::translate("EntityController", k.label));
    for (const QString &type : otherTypes)
        addGroup(type, type);
    return groups;
}

QVariantList EntityController::annotations() const
{
    const Entity *e = entity();
    if (!e)
        return {};
    if (!m_details.descriptor.isEmpty())
        return objectToList(metadata(m_details.descriptor).value(QLatin1String("annotations")).toObject());
    return pairsToList(e->annotations);
}

QVariantList EntityController::labels() const
{
    const Entity *e = entity();
    if (!e)
        return {};
    if (!m_details.descriptor.isEmpty())
        return objectToList(metadata(m_details.descriptor).value(QLatin1String("labels")).toObject());
    return pairsToList(e->labels);
}

int EntityController::problemCount() const
{
    const Entity *e = entity();
    return e ? int(m_snapshot->problemsFor(e->key()).size()) : 0;
}

QString EntityController::filePath() const
{
    const Entity *e = entity();
    return e ? e->source.file : QString();
}

int EntityController::line() const
{
    const Entity *e = entity();
    return e ? e->source.line : 0;
}

QString EntityController::location() const
{
    const Entity *e = entity();
    if (!e)
        return {};
    const AppController *app = AppController::instance();
    const QString file = app ? app->relativePath(e->source.file) : e->source.file;
    return e->source.line > 0 ? file + QLatin1Char(':') + QString::number(e->source.line) : file;
}

QString EntityController::refString() const
{
    const Entity *e = entity();
    return e ? e->refString() : QString();
}

bool EntityController::hasDefinition() const
{
    return !m_details.definition.isEmpty() || !m_details.definitionError.isEmpty();
}

bool EntityController::hasDocs() const
{
    // A remote entity's docs folder is on the catalog's side, not on this machine.
    const Entity *e = entity();
    return e && !isRemoteSource(e->source) && annotation(*e, kTechdocsRef).startsWith(QLatin1String("dir:"));
}

void EntityController::openInEditor()
{
    if (AppController *app = AppController::instance())
        app->openFile(filePath());
}

void EntityController::copyRef()
{
    if (AppController *app = AppController::instance())
        app->copyToClipboard(refString());
}

void EntityController::loadRemoteDetails(int generation)
{
    const Entity *e = entity();
    const QString connectionId = connectionOf(*e);
    const bool isApi = e->kind.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0;
    const auto fail = [this, generation, isApi](const QString &error) {
        EntityDetails details;
        details.sourceLanguage = QStringLiteral("JSON");
        details.error = error;
        if (isApi)
            details.definitionError = error;
        applyDetails(std::move(details), generation);
    };
    PluginHostServices *host = pluginHost();
    atrium::cache::RemoteCatalogSync *sync = host ? host->remoteCatalogs() : nullptr;
    if (!sync) {
        fail(tr("The catalog of connection %1 is not served now (its plugin is not loaded), so only the "
                "summary kept in the index can be shown.").arg(connectionId));
        return;
    }
    // The JSON comes from the offline cache on its own thread; reading it as a page happens on the
    // pool, as for a descriptor file.
    sync->fetchEntityJson(connectionId, e->refString(), this,
                          [this, generation, fail, copy = *e](const QByteArray &json, const QString &error) {
        if (generation != m_generation)
            return;   // another entity (or a newer catalog) asked since
        if (json.isEmpty()) {
            fail(error);
            return;
        }
        auto *watcher = new QFutureWatcher<EntityDetails>(this);
        connect(watcher, &QFutureWatcher<EntityDetails>::finished, this, [this, watcher, generation, copy] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            EntityDetails details = watcher->result();
            if (!details.error.isEmpty() && copy.kind.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0)
                details.definitionError = details.error;
            applyDetails(std::move(details), generation);
        });
        watcher->setFuture(QtConcurrent::run([json, copy] { return remoteEntityDetails(json, copy); }));
    });
}

QVariantList EntityController::specFields() const
{
    return m_details.descriptor.isEmpty() ? QVariantList() : pairsToList(atrium::catalog::specFields(m_details.descriptor));
}

bool EntityController::remote() const
{
    const Entity *e = entity();
    return e && isRemoteSource(e->source);
}

QString EntityController::remoteConnectionId() const
{
    const Entity *e = entity();
    return e ? connectionOf(*e) : QString();
}

QString EntityController::remoteConnectionTitle() const
{
    const QString id = remoteConnectionId();
    if (id.isEmpty())
        return {};
    const PluginHostServices *host = pluginHost();
    const auto connection = host ? host->connection(id) : std::nullopt;
    return connection && !connection->title.isEmpty() ? connection->title : id;
}

QString EntityController::remotePluginName() const
{
    const Entity *e = entity();
    if (!e || !isRemoteSource(e->source))
        return {};
    const PluginHostServices *host = pluginHost();
    const auto connection = host ? host->connection(connectionOf(*e)) : std::nullopt;
    const atrium::plugins::PluginRecord *record = connection ? host->plugin(connection->pluginId) : nullptr;
    if (record && !record->metadata.name.isEmpty())
        return record->metadata.name;
    // The scheme of the source label ("backstage"), as a name.
    QString scheme = e->source.file.section(QLatin1Char(':'), 0, 0);
    if (!scheme.isEmpty())
        scheme[0] = scheme[0].toUpper();
    return scheme;
}

qint64 EntityController::remoteSyncedAt() const
{
    const QString id = remoteConnectionId();
    const PluginHostServices *host = pluginHost();
    if (id.isEmpty() || !host || !host->remoteCatalogs())
        return 0;
    const QDateTime syncedAt = host->remoteCatalogs()->state(id).syncedAt;
    return syncedAt.isValid() ? syncedAt.toMSecsSinceEpoch() : 0;
}

QString EntityController::backstageUrl() const
{
    const Entity *e = entity();
    const PluginHostServices *host = pluginHost();
    if (!e || !host || !isRemoteSource(e->source))
        return {};
    const auto connection = host->connection(connectionOf(*e));
    if (!connection)
        return {};
    return backstageEntityUrl(connection->settings.value(QStringLiteral("frontendUrl")).toString(), *e);
}

void EntityController::openInBackstage()
{
    const QString url = backstageUrl();
    AppController *app = AppController::instance();
    if (app && !url.isEmpty())
        app->openUrl(url);
}
