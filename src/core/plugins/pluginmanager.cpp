#include "plugins/pluginmanager.h"

#include "logging.h"

#include <atrium/sdk/plugin.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPluginLoader>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <set>

namespace atrium::plugins {

namespace {

const QString DisabledKey = QStringLiteral("plugins/disabled");

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::plugins", text);
}

QString cleanPath(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The state's reason as a dependent sees it: "needs x, which <reason>".
QString dependencyStateReason(PluginRecord::State state)
{
    using State = PluginRecord::State;
    switch (state) {
    case State::Invalid: return tr("has invalid metadata");
    case State::Disabled: return tr("is disabled");
    case State::SafeMode: return tr("is not loaded in safe mode");
    case State::HeldBack: return tr("is held back after a crash");
    case State::DependencyFailed: return tr("has a dependency problem");
    case State::Failed: return tr("failed to load");
    case State::Removed: return tr("was removed");
    case State::Loaded:
    case State::Ready: break;
    }
    return {};
}

// Plugin library candidates of one folder (FORMATS.md §5), sorted for a deterministic result.
QStringList candidatesIn(const QString &folder)
{
    const QStringList soFilter{QStringLiteral("*.so")};
    QStringList result;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(soFilter, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name))
        result.append(dir.filePath(name));
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir subDir(dir.filePath(sub));
        for (const QString &name : subDir.entryList(soFilter, QDir::Files | QDir::Hidden, QDir::Name))
            result.append(subDir.filePath(name));
        const QDir libDir(subDir.filePath(QStringLiteral("lib")));
        for (const QString &name : libDir.entryList(soFilter, QDir::Files | QDir::Hidden, QDir::Name))
            result.append(libDir.filePath(name));
    }
    return result;
}

} // namespace

QString stateName(PluginRecord::State state)
{
    using State = PluginRecord::State;
    switch (state) {
    case State::Invalid: return QStringLiteral("invalid");
    case State::Disabled: return QStringLiteral("disabled");
    case State::SafeMode: return QStringLiteral("safeMode");
    case State::HeldBack: return QStringLiteral("heldBack");
    case State::DependencyFailed: return QStringLiteral("dependencyFailed");
    case State::Failed: return QStringLiteral("failed");
    case State::Loaded: return QStringLiteral("loaded");
    case State::Removed: return QStringLiteral("removed");
    case State::Ready: return QStringLiteral("ready");
    }
    return {};
}

struct PluginManager::Private
{
    struct Entry
    {
        PluginRecord record;
        std::unique_ptr<QPluginLoader> loader; // set once the library was loaded (never unloaded)
        sdk::Plugin *instance = nullptr;
        std::unique_ptr<sdk::PluginContext> context;
        std::unique_ptr<QTranslator> translator;
        bool initialized = false; // initialize() succeeded and shutdown() has not run since
        bool failed = false;      // the library or initialize() failed in this process: not retried
        bool removed = false;
        QString failure;
    };

    Options options;
    ContextFactory contextFactory;
    std::map<QString, std::unique_ptr<Entry>> entries; // by id
    QStringList order;       // dependency order of the last computeStates() (cycle members excluded)
    QStringList loadedOrder; // ids in the order their initialize() succeeded
    bool discovered = false;

    Entry *entry(const QString &id) const
    {
        const auto it = entries.find(id);
        return it == entries.end() ? nullptr : it->second.get();
    }

    PluginRecord::Origin originOf(const QString &folder) const
    {
        if (!options.systemPath.isEmpty() && cleanPath(folder) == cleanPath(options.systemPath))
            return PluginRecord::Origin::System;
        if (cleanPath(folder) == cleanPath(PluginManager::userPluginDirectory()))
            return PluginRecord::Origin::User;
        return PluginRecord::Origin::Development;
    }

    QList<PluginRecord> scan() const;
    void merge(const QList<PluginRecord> &found);
    void computeStates(const QString &heldBackId);
    QHash<QString, QString> findCycles() const;
};

// Reads every candidate of every search path; the first library holding an id wins.
QList<PluginRecord> PluginManager::Private::scan() const
{
    QList<PluginRecord> found;
    QHash<QString, qsizetype> byId;
    QStringList folders;
    for (const QString &path : options.searchPaths) {
        const QString folder = cleanPath(path);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders.append(folder);
    }
    for (const QString &folder : std::as_const(folders)) {
        for (const QString &library : candidatesIn(folder)) {
            PluginRecord record;
            record.libraryPath = library;
            record.directory = folder;
            record.origin = originOf(folder);
            record.metadata = PluginMetadata::fromLibrary(library, &record.problems);
            // Without a usable id the record is known by its library path.
            record.id = record.metadata.id.isEmpty() ? library : record.metadata.id;
            if (const auto it = byId.constFind(record.id); it != byId.constEnd()) {
                PluginRecord &kept = found[*it];
                kept.duplicates.append(library);
                kept.problems.append({MetadataProblem::Severity::Warning, QStringLiteral("id"),
                                      tr("%1 is also provided by %2, which is ignored").arg(record.id, library)});
                qCInfo(lcPlugins) << "duplicate plugin" << record.id << "ignored at" << library;
                continue;
            }
            byId.insert(record.id, found.size());
            found.append(record);
        }
    }
    return found;
}

// Takes the newly scanned records, keeping every plugin whose library is already in the process.
void PluginManager::Private::merge(const QList<PluginRecord> &found)
{
    std::map<QString, std::unique_ptr<Entry>> next;
    for (const PluginRecord &record : found) {
        auto it = entries.find(record.id);
        if (it != entries.end() && it->second->loader) {
            next.emplace(record.id, std::move(it->second));
            continue;
        }
        auto fresh = std::make_unique<Entry>();
        fresh->record = record;
        next.emplace(record.id, std::move(fresh));
    }
    for (auto &[id, old] : entries) {
        if (old && old->loader) // still in the process even if its files are gone
            next.emplace(id, std::move(old));
    }
    entries = std::move(next);
}

// Members of dependency cycles among plugins with usable metadata, with "a → b → a" per member.
QHash<QString, QString> PluginManager::Private::findCycles() const
{
    // Tarjan's strongly connected components, over ids in sorted order for stable results.
    struct Node { int index = -1; int low = 0; bool onStack = false; };
    std::map<QString, Node> nodes;
    QStringList stack;
    QList<QStringList> components;
    int counter = 0;
    auto depsOf = [this](const QString &id) {
        QStringList deps;
        if (const Entry *e = entry(id))
            for (const auto &dep : e->record.metadata.dependencies)
                if (entry(dep.id) && !hasErrors(entry(dep.id)->record.problems))
                    deps.append(dep.id);
        return deps;
    };
    std::function<void(const QString &)> visit = [&](const QString &id) {
        Node &node = nodes[id];
        node.index = node.low = counter++;
        node.onStack = true;
        stack.append(id);
        for (const QString &dep : depsOf(id)) {
            if (nodes[dep].index < 0) {
                visit(dep);
                nodes[id].low = std::min(nodes[id].low, nodes[dep].low);
            } else if (nodes[dep].onStack) {
                nodes[id].low = std::min(nodes[id].low, nodes[dep].index);
            }
        }
        if (nodes[id].low == nodes[id].index) {
            QStringList component;
            QString member;
            do {
                member = stack.takeLast();
                nodes[member].onStack = false;
                component.append(member);
            } while (member != id);
            if (component.size() > 1)
                components.append(component);
        }
    };
    for (const auto &[id, e] : entries)
        if (!hasErrors(e->record.problems) && nodes[id].index < 0)
            visit(id);

    QHash<QString, QString> cycles;
    for (const QStringList &component : std::as_const(components)) {
        const QSet<QString> members(component.begin(), component.end());
        for (const QString &start : component) {
            // Shortest way back to `start` inside the component (breadth first, ids sorted).
            QHash<QString, QString> previous;
            QStringList queue{start};
            QString last;
            while (!queue.isEmpty() && last.isEmpty()) {
                const QString current = queue.takeFirst();
                QStringList deps = depsOf(current);
                deps.sort();
                for (const QString &dep : std::as_const(deps)) {
                    if (!members.contains(dep))
                        continue;
                    if (dep == start) {
                        last = current;
                        break;
                    }
                    if (!previous.contains(dep)) {
                        previous.insert(dep, current);
                        queue.append(dep);
                    }
                }
            }
            QStringList path{start};
            for (QString at = last; at != start; at = previous.value(at))
                path.insert(1, at);
            path.append(start);
            cycles.insert(start, tr("dependency cycle: %1").arg(path.join(QStringLiteral(" → "))));
        }
    }
    return cycles;
}

// Gives every plugin that is not in the process its state, and orders them by dependencies.
void PluginManager::Private::computeStates(const QString &heldBackId)
{
    using State = PluginRecord::State;
    const QStringList disabled = QSettings().value(DisabledKey).toStringList();
    for (auto &[id, e] : entries) {
        PluginRecord &r = e->record;
        if (e->removed || e->initialized)
            continue;
        const bool wrongIid = std::any_of(r.problems.begin(), r.problems.end(), [](const MetadataProblem &p) {
            return p.key == QLatin1String("IID") && p.severity == MetadataProblem::Severity::Error;
        });
        r.error.clear();
        if (wrongIid) {
            r.state = State::Failed;
            r.error = describeProblems(r.problems);
        } else if (hasErrors(r.problems)) {
            r.state = State::Invalid;
            r.error = describeProblems(r.problems);
        } else if (disabled.contains(id)) {
            r.state = State::Disabled;
        } else if (options.safeMode && r.thirdParty()) {
            r.state = State::SafeMode;
        } else if (id == heldBackId) {
            r.state = State::HeldBack;
            r.error = tr("Atrium quit unexpectedly while this plugin was loading");
        } else if (e->failed) {
            r.state = State::Failed;
            r.error = e->failure;
        } else {
            r.state = State::Ready;
        }
    }

    const QHash<QString, QString> cycles = findCycles();
    for (auto it = cycles.begin(); it != cycles.end(); ++it) {
        PluginRecord &r = entry(it.key())->record;
        if (r.state == State::Ready) {
            r.state = State::DependencyFailed;
            r.error = it.value();
        }
    }

    // Kahn's algorithm; among the plugins whose dependencies are placed, the smallest id goes first.
    order.clear();
    std::map<QString, int> pending; // id -> unplaced dependencies
    std::map<QString, QStringList> dependents;
    for (const auto &[id, e] : entries) {
        if (hasErrors(e->record.problems) || cycles.contains(id))
            continue;
        int count = 0;
        for (const auto &dep : e->record.metadata.dependencies) {
            const Entry *d = entry(dep.id);
            if (d && !hasErrors(d->record.problems) && !cycles.contains(dep.id)) {
                ++count;
                dependents[dep.id].append(id);
            }
        }
        pending[id] = count;
    }
    std::set<QString> ready;
    for (const auto &[id, count] : pending)
        if (count == 0)
            ready.insert(id);
    while (!ready.empty()) {
        const QString id = *ready.begin();
        ready.erase(ready.begin());
        order.append(id);
        for (const QString &dependent : dependents[id])
            if (--pending[dependent] == 0)
                ready.insert(dependent);
    }

    // A plugin is only as good as its dependencies.
    for (const QString &id : std::as_const(order)) {
        PluginRecord &r = entry(id)->record;
        if (r.state != State::Ready)
            continue;
        QStringList reasons;
        for (const auto &dep : r.metadata.dependencies) {
            const Entry *d = entry(dep.id);
            if (!d) {
                reasons.append(tr("needs %1 %2, which is not installed").arg(dep.id, dep.version.toString()));
            } else if (!d->record.metadata.provides(dep.version)) {
                reasons.append(tr("needs %1 %2, but version %3 is installed (compatible from %4)")
                                   .arg(dep.id, dep.version.toString(), d->record.metadata.version.toString(),
                                        d->record.metadata.compatVersion.toString()));
            } else if (d->record.state != State::Ready && d->record.state != State::Loaded) {
                const QString cycle = cycles.value(dep.id);
                reasons.append(cycle.isEmpty()
                                   ? tr("needs %1, which %2").arg(dep.id, dependencyStateReason(d->record.state))
                                   : tr("needs %1, which is in a %2").arg(dep.id, cycle));
            }
        }
        if (!reasons.isEmpty()) {
            r.state = State::DependencyFailed;
            r.error = reasons.join(QLatin1Char('\n'));
        }
    }
}

QStringList PluginManager::defaultSearchPaths(QString *systemPath)
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("ATRIUM_PLUGIN_PATH");
    for (const QString &path : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths.append(cleanPath(path));
#ifdef ATRIUM_BUILD_PLUGIN_DIR
    {
        const QString buildPlugins = QStringLiteral(ATRIUM_BUILD_PLUGIN_DIR);
        const QString buildDir = QFileInfo(buildPlugins).absolutePath();
        const QString appDir = cleanPath(QCoreApplication::applicationDirPath());
        // An explicit ATRIUM_PLUGIN_PATH replaces the build tree's folder (tests pick exactly what loads).
        if (fromEnvironment.isEmpty() && QCoreApplication::instance()
            && (appDir == buildDir || appDir.startsWith(buildDir + QLatin1Char('/'))))
            paths.append(cleanPath(buildPlugins));
    }
#endif
    paths.append(userPluginDirectory());
    QString system;
#ifdef ATRIUM_SYSTEM_PLUGIN_DIR
    system = cleanPath(QStringLiteral(ATRIUM_SYSTEM_PLUGIN_DIR));
    paths.append(system);
#endif
    if (systemPath)
        *systemPath = system;
    paths.removeDuplicates();
    return paths;
}

QString PluginManager::userPluginDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atrium/plugins");
}

bool PluginManager::isEnabledInSettings(const QString &id)
{
    return !QSettings().value(DisabledKey).toStringList().contains(id);
}

void PluginManager::setEnabledInSettings(const QString &id, bool enabled)
{
    QSettings settings;
    QStringList disabled = settings.value(DisabledKey).toStringList();
    disabled.removeAll(id);
    if (!enabled)
        disabled.append(id);
    disabled.sort();
    if (disabled.isEmpty())
        settings.remove(DisabledKey);
    else
        settings.setValue(DisabledKey, disabled);
    settings.sync();
}

PluginManager::PluginManager(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (options.crashMarkerPath.isEmpty())
        options.crashMarkerPath = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                  + QStringLiteral("/loading-plugin");
    d->options = std::move(options);

    QFile marker(d->options.crashMarkerPath);
    if (marker.exists()) {
        if (marker.open(QIODevice::ReadOnly))
            m_crashedPluginId = QString::fromUtf8(marker.readAll()).trimmed();
        marker.close();
        marker.remove();
        if (!m_crashedPluginId.isEmpty())
            qCWarning(lcPlugins) << "Atrium quit while loading plugin" << m_crashedPluginId << "- holding it back";
    }
}

PluginManager::~PluginManager()
{
    // Dependents first: the reverse of the order in which they were initialized.
    const QStringList loaded = d->loadedOrder;
    for (auto it = loaded.crbegin(); it != loaded.crend(); ++it)
        shutdownPlugin(*it, false);
}

void PluginManager::setContextFactory(ContextFactory factory)
{
    d->contextFactory = std::move(factory);
}

void PluginManager::discover()
{
    d->merge(d->scan());
    d->discovered = true;
    d->computeStates(m_crashedPluginId);
    Q_EMIT pluginsChanged();
}

void PluginManager::loadAll()
{
    d->merge(d->scan());
    d->discovered = true;
    loadReady();
    Q_EMIT pluginsChanged();
}

void PluginManager::rescan()
{
    loadAll();
}

// Loads, in dependency order, every plugin that is Ready and whose dependencies are loaded.
void PluginManager::loadReady()
{
    using State = PluginRecord::State;
    d->computeStates(m_crashedPluginId);
    for (const QString &id : std::as_const(d->order)) {
        Private::Entry *e = d->entry(id);
        if (e->record.state != State::Ready)
            continue;
        // A dependency may have failed while this pass loaded it.
        QStringList reasons;
        for (const auto &dep : e->record.metadata.dependencies) {
            const Private::Entry *depEntry = d->entry(dep.id);
            if (depEntry->record.state != State::Loaded)
                reasons.append(tr("needs %1, which %2").arg(dep.id, dependencyStateReason(depEntry->record.state)));
        }
        if (!reasons.isEmpty()) {
            e->record.state = State::DependencyFailed;
            e->record.error = reasons.join(QLatin1Char('\n'));
            continue;
        }
        loadPlugin(id);
    }
}

void PluginManager::writeCrashMarker(const QString &id)
{
    const QString path = d->options.crashMarkerPath;
    if (id.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile marker(path);
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate) || marker.write(id.toUtf8()) < 0 || !marker.flush())
        qCWarning(lcPlugins) << "cannot write the crash marker" << path << marker.errorString();
    marker.close();
}

bool PluginManager::loadPlugin(const QString &id)
{
    using State = PluginRecord::State;
    Private::Entry *e = d->entry(id);
    PluginRecord &r = e->record;
    auto fail = [&](const QString &message) {
        e->failed = true;
        e->failure = message;
        e->context.reset();
        r.state = State::Failed;
        r.error = message;
        writeCrashMarker({});
        qCWarning(lcPlugins).noquote() << "plugin" << id << "failed:" << message;
        return false;
    };

    writeCrashMarker(id);
    if (!e->loader) {
        e->loader = std::make_unique<QPluginLoader>(r.libraryPath);
        QObject *root = e->loader->instance();
        if (!root)
            return fail(tr("The library did not load: %1").arg(e->loader->errorString()));
        e->instance = qobject_cast<sdk::Plugin *>(root);
        if (!e->instance)
            return fail(tr("The library's plugin object does not implement the Atrium plugin interface %1 "
                           "(Q_INTERFACES(atrium::sdk::Plugin) is missing)")
                            .arg(QLatin1String(ATRIUM_PLUGIN_IID)));
    } else if (!e->instance) {
        return fail(e->failure);
    }

    e->context = d->contextFactory ? d->contextFactory(r) : nullptr;
    if (!e->context)
        return fail(tr("The host could not create a context for the plugin"));
    QString message;
    if (!e->instance->initialize(e->context.get(), &message))
        return fail(message.isEmpty() ? tr("initialize() failed without giving a reason")
                                      : tr("initialize() failed: %1").arg(message));
    writeCrashMarker({});

    e->initialized = true;
    r.state = State::Loaded;
    r.error.clear();
    d->loadedOrder.removeAll(id);
    d->loadedOrder.append(id);

    // The plugin's own translations, compiled into its resources.
    auto translator = std::make_unique<QTranslator>();
    if (QCoreApplication::instance()
        && translator->load(QLocale(), id, QStringLiteral("_"), QStringLiteral(":/atrium/plugins/%1/i18n").arg(id))) {
        QCoreApplication::installTranslator(translator.get());
        e->translator = std::move(translator);
    }
    qCInfo(lcPlugins) << "loaded plugin" << id << r.metadata.versionString << "from" << r.libraryPath;
    Q_EMIT pluginLoaded(id);
    return true;
}

// Shuts one plugin down (it must not have loaded dependents left).
void PluginManager::shutdownPlugin(const QString &id, bool notify)
{
    Private::Entry *e = d->entry(id);
    if (!e || !e->initialized)
        return;
    if (notify)
        Q_EMIT pluginUnloading(id);
    e->instance->shutdown();
    e->initialized = false;
    if (e->translator) {
        QCoreApplication::removeTranslator(e->translator.get());
        e->translator.reset();
    }
    e->context.reset();
    d->loadedOrder.removeAll(id);
    qCInfo(lcPlugins) << "shut down plugin" << id;
}

// Shuts down `id` and every loaded plugin that depends on it, dependents first.
void PluginManager::shutdownWithDependents(const QString &id)
{
    QSet<QString> affected{id};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const QString &loaded : std::as_const(d->loadedOrder)) {
            if (affected.contains(loaded))
                continue;
            const auto &deps = d->entry(loaded)->record.metadata.dependencies;
            if (std::any_of(deps.begin(), deps.end(), [&](const PluginDependency &dep) { return affected.contains(dep.id); })) {
                affected.insert(loaded);
                grew = true;
            }
        }
    }
    const QStringList loaded = d->loadedOrder;
    for (auto it = loaded.crbegin(); it != loaded.crend(); ++it)
        if (affected.contains(*it))
            shutdownPlugin(*it, true);
}

QList<PluginRecord> PluginManager::plugins() const
{
    QList<PluginRecord> result;
    QSet<QString> listed;
    for (const QString &id : std::as_const(d->loadedOrder)) {
        result.append(d->entry(id)->record);
        listed.insert(id);
    }
    for (const auto &[id, e] : d->entries)
        if (!listed.contains(id))
            result.append(e->record);
    return result;
}

const PluginRecord *PluginManager::plugin(const QString &id) const
{
    const Private::Entry *e = d->entry(id);
    return e ? &e->record : nullptr;
}

sdk::Plugin *PluginManager::instance(const QString &id) const
{
    const Private::Entry *e = d->entry(id);
    return e && e->initialized ? e->instance : nullptr;
}

bool PluginManager::setEnabled(const QString &id, bool enabled, QString *error)
{
    Private::Entry *e = d->entry(id);
    if (!e) {
        if (error)
            *error = tr("There is no plugin %1").arg(id);
        return false;
    }
    setEnabledInSettings(id, enabled);
    if (!enabled)
        shutdownWithDependents(id);
    if (e->removed) {
        Q_EMIT pluginsChanged();
        return true;
    }
    loadReady();
    Q_EMIT pluginsChanged();
    if (enabled && e->record.state != PluginRecord::State::Loaded && d->discovered) {
        if (error)
            *error = e->record.error;
        return e->record.state == PluginRecord::State::Ready || e->record.state == PluginRecord::State::SafeMode;
    }
    return true;
}

void PluginManager::markRemoved(const QString &id)
{
    Private::Entry *e = d->entry(id);
    if (!e)
        return;
    shutdownWithDependents(id);
    if (e->loader) {
        e->removed = true;
        e->record.state = PluginRecord::State::Removed;
        e->record.error.clear();
    } else {
        d->entries.erase(id);
    }
    if (m_crashedPluginId == id)
        m_crashedPluginId.clear();
    loadReady(); // its dependents now report the missing dependency
    Q_EMIT pluginsChanged();
}

void PluginManager::resolveCrash(bool disable)
{
    const QString id = m_crashedPluginId;
    if (id.isEmpty())
        return;
    if (disable)
        setEnabledInSettings(id, false);
    m_crashedPluginId.clear();
    if (d->discovered)
        loadReady();
    Q_EMIT pluginsChanged();
}

} // namespace atrium::plugins
