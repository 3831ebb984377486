#include "cli/catalogcommand.h"

#include "appcontroller.h"
#include "cache/catalogcache.h"
#include "cache/remotecatalogsync.h"
#include "catalog/entitydetails.h"
#include "catalog/entityref.h"
#include "catalog/localcatalog.h"
#include "catalog/remoteentity.h"
#include "credentials/credentialstore.h"
#include "packages/installer.h"
#include "pluginhostservices.h"
#include "plugins/pluginmanager.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>

#include <sys/socket.h>
#include <unistd.h>

using namespace atrium::catalog;
using atrium::Workspace;
using atrium::WorkspaceConnection;
using atrium::cache::CatalogCache;
using atrium::cache::RemoteCatalogSync;
using atrium::cache::SourceInfo;

namespace atrium::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium::catalogcli)
};

enum Exit : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitCredential = 3,
    ExitInterrupted = 130, // 128 + SIGINT, as shells report it
};

const QLatin1String CatalogCapability("catalogProvider");

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printLine(std::FILE *stream, const QString &text)
{
    print(stream, text + QLatin1Char('\n'));
}

// Separate sentences per count keep the English right without a translation file.
QString countText(qint64 n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("atrium::catalogcli", one)
                  : QCoreApplication::translate("atrium::catalogcli", many).arg(n);
}

QString entitiesText(qint64 n)
{
    return countText(n, QT_TRANSLATE_NOOP("atrium::catalogcli", "1 entity"),
                     QT_TRANSLATE_NOOP("atrium::catalogcli", "%1 entities"));
}

QString usageLines()
{
    return Tr::tr("Usage: atrium catalog sync [--connection ID] [--format text|json] [--workspace PATH]\n"
                  "       atrium catalog list [--kind KIND] [--owner OWNER] [--source local|ID] [--search TEXT]\n"
                  "                           [--format text|json] [--offline] [--workspace PATH]\n"
                  "       atrium catalog show REF [--format text|json] [--workspace PATH]\n");
}

int usageError(const QString &command, const QString &message)
{
    print(stderr, QStringLiteral("atrium catalog%1: ").arg(command.isEmpty() ? QString() : QLatin1Char(' ') + command)
                     + message + QLatin1Char('\n') + usageLines()
                     + Tr::tr("Run `atrium catalog --help` for details.") + QLatin1Char('\n'));
    return ExitUsage;
}

int failure(const QString &command, const QString &message)
{
    printLine(stderr, QStringLiteral("atrium catalog %1: ").arg(command) + message);
    return ExitFailed;
}

QString helpText()
{
    QString text = usageLines() + QLatin1Char('\n');
    text += Tr::tr("Reads the catalog of a workspace without the window: its local descriptor files and the remote "
                   "catalogs of its connections (such as Backstage), which `sync` stores in the same offline cache "
                   "the app starts from.")
        + QStringLiteral("\n\n");
    text += Tr::tr("Commands:") + QLatin1Char('\n');
    const auto command = [&text](const QString &synopsis, const QString &what) {
        text += QStringLiteral("  ") + synopsis + QLatin1Char('\n') + QStringLiteral("      ") + what + QLatin1Char('\n');
    };
    command(QStringLiteral("sync [--connection ID] [--format text|json]"),
            Tr::tr("Read every catalog connection (or only ID) from its server into the offline cache, with the "
                   "connection's token from the keychain. Progress goes to stderr, one line per connection to "
                   "stdout. Ctrl+C cancels and keeps the last good data."));
    command(QStringLiteral("list [--kind KIND] [--owner OWNER] [--source local|ID] [--search TEXT] [--format text|json]"),
            Tr::tr("List the local and cached remote entities. Never uses the network (--offline is accepted "
                   "and changes nothing); stderr says how old each connection's cached data is."));
    command(QStringLiteral("show REF [--format text|json]"),
            Tr::tr("Show one entity: its summary, and the full JSON as cached for a remote entity or file:line "
                   "and the document for a local one. REF is compared case-insensitively; \"name\" and "
                   "\"kind:name\" mean the default namespace (and a Component when the kind is left out)."));
    text += QLatin1Char('\n') + Tr::tr("Options of every command:") + QLatin1Char('\n');
    text += QStringLiteral("  --workspace PATH  ")
        + Tr::tr("The workspace (atrium.yaml or its folder). Default: the current folder.") + QLatin1Char('\n');
    text += QStringLiteral("  --format FORMAT   ") + Tr::tr("text (default) or json.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + Tr::tr("Exit codes:") + QLatin1Char('\n');
    text += QStringLiteral("  0    ") + Tr::tr("Done (sync: every connection synced, or the workspace has no catalog connection).")
        + QLatin1Char('\n');
    text += QStringLiteral("  1    ") + Tr::tr("Failed: a sync failed (the cache keeps the last good data), the entity is "
                                         "unknown, or the workspace does not load.")
        + QLatin1Char('\n');
    text += QStringLiteral("  2    ") + Tr::tr("Usage error, including an unknown connection id.") + QLatin1Char('\n');
    text += QStringLiteral("  3    ") + Tr::tr("sync: a server refused a connection's token, or none is stored. Store "
                                         "one in Atrium: Settings → Connections.")
        + QLatin1Char('\n');
    text += QStringLiteral("  130  ") + Tr::tr("sync: cancelled with Ctrl+C; the cache keeps the last good data.")
        + QLatin1Char('\n');
    return text;
}

// --- shared options ----------------------------------------------------------------------------

struct CommonOptions {
    QCommandLineOption workspace{QStringLiteral("workspace"), Tr::tr("The workspace (atrium.yaml or its folder)."),
                                 Tr::tr("PATH")};
    QCommandLineOption format{QStringLiteral("format"), Tr::tr("Output format: text (default) or json."),
                              Tr::tr("FORMAT"), QStringLiteral("text")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")};
};

// Parses one command's options; returns -1 to go on, or the exit code.
int parseCommand(const QString &command, const QStringList &arguments, const CommonOptions &common,
                 const QList<QCommandLineOption> &options, int positionals, QCommandLineParser &parser, bool *json)
{
    parser.addOptions(options);
    parser.addOptions({common.workspace, common.format, common.help});
    if (!parser.parse(QStringList{QStringLiteral("atrium")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(common.help)) {
        print(stdout, helpText());
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.size() < positionals)
        return usageError(command, command == QLatin1String("show") ? Tr::tr("Give the entity to show, e.g. "
                                                                               "component:default/payments-service.")
                                                                    : Tr::tr("Missing argument."));
    if (rest.size() > positionals)
        return usageError(command, Tr::tr("Unexpected argument: %1").arg(rest.at(positionals)));
    const QString format = parser.value(common.format).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("human") && format != QLatin1String("json"))
        return usageError(command, Tr::tr("Unknown format \"%1\": use text or json.").arg(format));
    *json = format == QLatin1String("json");
    return -1;
}

// Loads the workspace named by --workspace (default: the current folder); -1 to go on, or the exit code.
int loadWorkspace(const QString &command, const QString &given, Workspace *workspace)
{
    QString path = given;
    if (path.isEmpty()) {
        path = QDir::currentPath();
        if (!QFileInfo::exists(path + QStringLiteral("/atrium.yaml")))
            return usageError(command, Tr::tr("There is no atrium.yaml in the current folder: give the workspace "
                                              "with --workspace PATH."));
    }
    QString error;
    if (!workspace->load(path, &error))
        return failure(command, error.isEmpty() ? Tr::tr("Cannot open the workspace %1.").arg(path) : error);
    return -1;
}

// The same key the app uses for the workspace's keychain entries and its catalog cache file.
QString workspaceKeyOf(const Workspace &workspace)
{
    return credentials::CredentialStore::workspaceKey(workspace.name(), workspace.filePath());
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString ageText(const SourceInfo &info)
{
    const qint64 seconds = info.ageSeconds();
    if (seconds < 60)
        return Tr::tr("just now");
    if (seconds < 3600)
        return countText(seconds / 60, QT_TRANSLATE_NOOP("atrium::catalogcli", "1 minute ago"),
                         QT_TRANSLATE_NOOP("atrium::catalogcli", "%1 minutes ago"));
    if (seconds < 2 * 86400)
        return countText(seconds / 3600, QT_TRANSLATE_NOOP("atrium::catalogcli", "1 hour ago"),
                         QT_TRANSLATE_NOOP("atrium::catalogcli", "%1 hours ago"));
    return countText(seconds / 86400, QT_TRANSLATE_NOOP("atrium::catalogcli", "1 day ago"),
                     QT_TRANSLATE_NOOP("atrium::catalogcli", "%1 days ago"));
}

// "group:default/web-team" → "group:web-team": the default namespace adds nothing in a table.
QString compactRef(const QString &key)
{
    QString out = key;
    out.replace(QLatin1String(":default/"), QLatin1String(":"));
    return out;
}

QString printable(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// --- the combined index, from files and the cache -----------------------------------------------

struct CatalogView {
    Workspace workspace;
    QString cachePath;
    QMap<QString, SourceInfo> cached;         // by connection id, for every source in the cache
    QHash<QString, QByteArray> rawJson;       // by entity key (lower case), when asked for
    QStringList catalogConnections;           // of the workspace, whose plugin provides a catalog
    SnapshotPtr snapshot;
};

// Reads the cache (never the network) and the workspace's files into one snapshot, as the app's
// index composes them. A cache that cannot be read leaves the local entities, with a warning.
void buildView(CatalogView &view, bool keepRawJson)
{
    QHash<QString, QString> schemeOf;
    for (const WorkspaceConnection &c : view.workspace.connections())
        schemeOf.insert(c.id, c.pluginId.section(QLatin1Char('.'), -1));

    // Which connections serve a catalog, from the plugins' metadata (nothing is loaded).
    QSet<QString> catalogPlugins;
    for (const plugins::PluginRecord &r : packages::Installer::discoverPlugins()) {
        if (r.metadata.capabilities.contains(CatalogCapability))
            catalogPlugins.insert(r.id);
    }
    for (const WorkspaceConnection &c : view.workspace.connections()) {
        if (catalogPlugins.contains(c.pluginId))
            view.catalogConnections.append(c.id);
    }

    ExternalSources external;
    view.cachePath = CatalogCache::defaultPath(workspaceKeyOf(view.workspace));
    // No file: nothing was ever synced; do not create one just to read it.
    if (QFileInfo::exists(view.cachePath)) {
        CatalogCache cache;
        QString error;
        if (!cache.open(view.cachePath, &error)) {
            printLine(stderr, Tr::tr("warning: the catalog cache %1 cannot be read: %2").arg(view.cachePath, error));
        } else {
            if (!cache.recoveryMessage().isEmpty())
                printLine(stderr, Tr::tr("warning: %1").arg(cache.recoveryMessage()));
            for (const QString &id : cache.sources()) {
                view.cached.insert(id, cache.sourceInfo(id));
                const QString label = remoteSourceLabel(schemeOf.value(id, QStringLiteral("remote")), id);
                QList<QJsonObject> objects;
                const bool read = cache.load(id, [&](const QList<cache::CachedEntity> &batch) {
                    for (const cache::CachedEntity &e : batch) {
                        objects.append(QJsonDocument::fromJson(e.json).object());
                        if (keepRawJson)
                            view.rawJson.insert(e.ref.toLower(), e.json);
                    }
                    return true;
                }, 2000, &error);
                if (!read)
                    printLine(stderr, Tr::tr("warning: the cached catalog of %1 cannot be read: %2").arg(id, error));
                // The same source id as the app's RemoteCatalogSync, so duplicates resolve alike.
                external.insert(QStringLiteral("connection:") + id, externalSourceFromJson(objects, label));
            }
        }
    }
    view.snapshot = loadCatalog(view.workspace.sources(), {}, external).snapshot;
    if (!view.snapshot)
        view.snapshot = CatalogSnapshot::build(std::vector<Entity>(), ProblemList());
}

QString connectionOf(const Entity &e)
{
    return isRemoteSource(e.source) ? e.source.file.section(QLatin1Char(':'), 1) : QString();
}

QJsonObject entityJson(const CatalogView &view, EntityId id)
{
    const Entity e = view.snapshot->entity(id);
    QJsonObject o{
        {QStringLiteral("ref"), e.refString()},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("namespace"), e.ns},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("owner"), e.ownerKey},
        {QStringLiteral("system"), e.systemKey},
        {QStringLiteral("lifecycle"), e.lifecycle},
        {QStringLiteral("type"), e.specType},
    };
    const QString connection = connectionOf(e);
    if (connection.isEmpty()) {
        o.insert(QStringLiteral("source"), QStringLiteral("local"));
        o.insert(QStringLiteral("file"), e.source.file);
        o.insert(QStringLiteral("line"), e.source.line);
    } else {
        o.insert(QStringLiteral("source"), connection);
        o.insert(QStringLiteral("connection"), connection);
        const QDateTime syncedAt = view.cached.value(connection).syncedAt;
        o.insert(QStringLiteral("syncedAt"), syncedAt.isValid() ? QJsonValue(isoTime(syncedAt)) : QJsonValue());
    }
    return o;
}

// "web-team", "default/web-team" or a full ref such as "user:default/carol".
bool ownerMatches(const QString &ownerKey, const QString &wanted)
{
    if (ownerKey.isEmpty())
        return false;
    const QString w = wanted.trimmed().toLower();
    if (w.contains(QLatin1Char(':'))) {
        const RefParseResult parsed = parseEntityRef(w, QString(), QStringLiteral("default"));
        return parsed.ref && parsed.ref->key() == ownerKey;
    }
    const QString rest = ownerKey.section(QLatin1Char(':'), 1);
    return rest == (w.contains(QLatin1Char('/')) ? w : QStringLiteral("default/") + w);
}

// Notes on stderr about how old each connection's cached data is.
void printCacheNotes(const CatalogView &view)
{
    QStringList ids = view.catalogConnections;
    for (auto it = view.cached.cbegin(); it != view.cached.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids.append(it.key());
    }
    for (const QString &id : std::as_const(ids)) {
        const SourceInfo info = view.cached.value(id);
        QString note;
        if (!info.syncedAt.isValid()) {
            note = Tr::tr("note: %1: never synced; run `atrium catalog sync` to read it.").arg(id);
        } else {
            note = Tr::tr("note: %1: %2 cached, synced %3 (%4).")
                       .arg(id, entitiesText(info.entityCount), ageText(info), isoTime(info.syncedAt));
        }
        if (!info.lastError.isEmpty() && info.lastAttempt.isValid())
            note += QLatin1Char(' ') + Tr::tr("The last sync failed (%1): %2").arg(isoTime(info.lastAttempt), info.lastError);
        printLine(stderr, note);
    }
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

// --- list ---------------------------------------------------------------------------------------

int runList(const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    const CommonOptions common;
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("Only entities of this kind."), Tr::tr("KIND"));
    const QCommandLineOption owner(QStringLiteral("owner"), Tr::tr("Only entities this group or user owns."),
                                   Tr::tr("OWNER"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Tr::tr("Only local entities (local) or those of one connection (its id)."),
                                    Tr::tr("SOURCE"));
    const QCommandLineOption search(QStringLiteral("search"), Tr::tr("Only entities whose words start with TEXT."),
                                    Tr::tr("TEXT"));
    const QCommandLineOption offline(QStringLiteral("offline"), Tr::tr("Accepted for scripts: list never uses the network."));
    QCommandLineParser parser;
    bool json = false;
    if (const int exit = parseCommand(command, arguments, common, {kind, owner, source, search, offline}, 0, parser, &json);
        exit >= 0)
        return exit;

    CatalogView view;
    if (const int exit = loadWorkspace(command, parser.value(common.workspace), &view.workspace); exit >= 0)
        return exit;
    buildView(view, false);

    const QString wantedSource = parser.value(source).trimmed().toLower();
    if (parser.isSet(source) && wantedSource != QLatin1String("local")) {
        bool known = view.cached.contains(wantedSource);
        for (const WorkspaceConnection &c : view.workspace.connections())
            known = known || c.id == wantedSource;
        if (!known)
            return usageError(command, Tr::tr("No connection \"%1\" in this workspace: use local or a connection id.")
                                           .arg(wantedSource));
    }

    CatalogQuery query;
    query.text = parser.value(search);
    const QueryResult result = view.snapshot->query(query);
    const QString wantedKind = parser.value(kind).trimmed().toLower();
    QList<EntityId> rows;
    for (const EntityId id : result.rows) {
        const Entity e = view.snapshot->entity(id);
        if (!wantedKind.isEmpty() && e.kind.toLower() != wantedKind)
            continue;
        if (parser.isSet(owner) && !ownerMatches(e.ownerKey, parser.value(owner)))
            continue;
        if (parser.isSet(source)) {
            const QString from = connectionOf(e);
            if (wantedSource == QLatin1String("local") ? !from.isEmpty() : from != wantedSource)
                continue;
        }
        rows.append(id);
    }

    printCacheNotes(view);
    if (json) {
        QJsonArray array;
        for (const EntityId id : std::as_const(rows))
            array.append(entityJson(view, id));
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson()));
        return ExitOk;
    }
    if (rows.isEmpty()) {
        printLine(stdout, view.snapshot->size() == 0 ? Tr::tr("The catalog of this workspace is empty.")
                                                     : Tr::tr("No entity matches."));
        return ExitOk;
    }
    QList<QStringList> lines{{Tr::tr("REF"), Tr::tr("TITLE"), Tr::tr("OWNER"), Tr::tr("SOURCE")}};
    for (const EntityId id : std::as_const(rows)) {
        const Entity e = view.snapshot->entity(id);
        const QString from = connectionOf(e);
        lines.append({e.refString(), view.snapshot->title(id), compactRef(e.ownerKey),
                      from.isEmpty() ? QStringLiteral("local") : from});
    }
    print(stdout, table(lines));
    printLine(stderr, entitiesText(rows.size()));
    return ExitOk;
}

// --- show ---------------------------------------------------------------------------------------

int runShow(const QStringList &arguments)
{
    const QString command = QStringLiteral("show");
    const CommonOptions common;
    QCommandLineParser parser;
    bool json = false;
    if (const int exit = parseCommand(command, arguments, common, {}, 1, parser, &json); exit >= 0)
        return exit;
    const QString ref = parser.positionalArguments().constFirst();

    CatalogView view;
    if (const int exit = loadWorkspace(command, parser.value(common.workspace), &view.workspace); exit >= 0)
        return exit;
    buildView(view, true);

    const EntityId id = view.snapshot->find(ref);
    if (id == InvalidEntity) {
        QString message = Tr::tr("No entity %1 in this workspace's catalog (its files and the cached remote catalogs).")
                              .arg(ref);
        // Suggestions by name: "component:default/checkout" → checkout-web.
        const RefParseResult parsed = parseEntityRef(ref.trimmed(), QStringLiteral("component"), QStringLiteral("default"));
        QStringList similar;
        for (const EntityId other : view.snapshot->rank(parsed.ref ? parsed.ref->name : ref, 3))
            similar.append(view.snapshot->entity(other).refString());
        if (!similar.isEmpty())
            message += QLatin1Char('\n') + Tr::tr("Did you mean: %1?").arg(similar.join(QStringLiteral(", ")));
        return failure(command, message);
    }

    const Entity e = view.snapshot->entity(id);
    const QString connection = connectionOf(e);
    QJsonObject object = entityJson(view, id);
    object.insert(QStringLiteral("description"), e.description);
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(view.snapshot->tags(id)));
    QJsonObject document;
    QString documentText;
    if (!connection.isEmpty()) {
        document = QJsonDocument::fromJson(view.rawJson.value(e.key())).object();
        object.insert(QStringLiteral("entity"), document);
    } else {
        const EntityDetails details = loadEntityDetails(e);
        if (!details.error.isEmpty())
            printLine(stderr, Tr::tr("warning: %1").arg(details.error));
        object.insert(QStringLiteral("descriptor"), details.descriptor);
        documentText = details.sourceText;
    }

    if (json) {
        print(stdout, QString::fromUtf8(QJsonDocument(object).toJson()));
        return ExitOk;
    }
    QList<QStringList> rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({label, value});
    };
    row(Tr::tr("Ref:"), e.refString());
    row(Tr::tr("Kind:"), e.kind);
    row(Tr::tr("Title:"), e.title);
    row(Tr::tr("Description:"), e.description);
    row(Tr::tr("Owner:"), e.ownerKey);
    row(Tr::tr("System:"), e.systemKey);
    row(Tr::tr("Lifecycle:"), e.lifecycle);
    row(Tr::tr("Type:"), e.specType);
    row(Tr::tr("Tags:"), view.snapshot->tags(id).join(QStringLiteral(", ")));
    if (connection.isEmpty()) {
        row(Tr::tr("Source:"), QStringLiteral("%1:%2").arg(e.source.file).arg(e.source.line));
    } else {
        const SourceInfo info = view.cached.value(connection);
        row(Tr::tr("Source:"), info.syncedAt.isValid()
                                   ? Tr::tr("%1, synced %2 (%3)").arg(connection, ageText(info), isoTime(info.syncedAt))
                                   : connection);
    }
    QString out = table(rows) + QLatin1Char('\n');
    if (!connection.isEmpty())
        out += QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    else if (!documentText.isEmpty())
        out += documentText.endsWith(QLatin1Char('\n')) ? documentText : documentText + QLatin1Char('\n');
    print(stdout, out);
    return ExitOk;
}

// --- sync ---------------------------------------------------------------------------------------

// Ctrl+C (and SIGTERM) during a sync: the handler only writes a byte to a socket pair, the event
// loop reads it and cancels the syncs. After the first signal the default handlers are back, so
// a second Ctrl+C ends the process at once.
int g_interruptWriteFd = -1;

extern "C" void onInterruptSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptWriteFd, &byte, 1);
}

class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> interrupted)
        : m_interrupted(std::move(interrupted))
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
            return;
        g_interruptWriteFd = m_fds[0];
        m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(m_fds[1], &byte, 1);
            restore();
            if (m_interrupted)
                m_interrupted();
        });
        struct sigaction action {};
        action.sa_handler = onInterruptSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }

    ~InterruptWatch()
    {
        restore();
        m_notifier.reset();
        g_interruptWriteFd = -1;
        if (m_fds[0] >= 0) {
            ::close(m_fds[0]);
            ::close(m_fds[1]);
        }
    }

    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

private:
    void restore()
    {
        if (!m_installed)
            return;
        m_installed = false;
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }

    std::function<void()> m_interrupted;
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
    bool m_installed = false;
};

struct SyncRun {
    QString id;
    QString pluginId;
    bool started = false;
    bool finished = false;
    bool ok = false;
    bool cancelled = false;
    bool credentialRefused = false;
    QString error;
    QString lastMessage;
    QElapsedTimer timer;
    bool requested = false;   // sync() was asked for
    qint64 durationMs = 0;
    qint64 entities = 0;      // in the cache after the run
    QDateTime syncedAt;       // of the data in the cache
};

int runSync(const QStringList &arguments)
{
    const QString command = QStringLiteral("sync");
    const CommonOptions common;
    const QCommandLineOption connectionOption(QStringLiteral("connection"), Tr::tr("Sync only this connection."),
                                              Tr::tr("ID"));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        Tr::tr("Read every entity again instead of the changes since the last sync."));
    QCommandLineParser parser;
    bool json = false;
    if (const int exit = parseCommand(command, arguments, common, {connectionOption, fullOption}, 0, parser, &json); exit >= 0)
        return exit;
    const bool full = parser.isSet(fullOption);
    Workspace workspace;
    if (const int exit = loadWorkspace(command, parser.value(common.workspace), &workspace); exit >= 0)
        return exit;

    // The app's own services: the same connections (atrium.yaml, or device settings for a read-only
    // workspace), plugins, keychain secrets, HTTP clients and cache file as the window.
    AppController app(nullptr);
    app.openWorkspace(workspace.filePath());
    PluginHostServices host(&app, PluginHostServices::Options{});
    QObject::connect(&host, &PluginHostServices::notification, &host,
                     [](const QString &level, const QString &title, const QString &body) {
                         if (level == QLatin1String("warning") || level == QLatin1String("error"))
                             printLine(stderr, Tr::tr("warning: %1: %2").arg(title, body));
                     });

    const QString only = parser.value(connectionOption).trimmed();
    if (!only.isEmpty() && !host.connection(only)) {
        QStringList ids;
        for (const WorkspaceConnection &c : host.connections())
            ids.append(c.id);
        return usageError(command, ids.isEmpty()
                                       ? Tr::tr("No connection \"%1\": this workspace has no connections.").arg(only)
                                       : Tr::tr("No connection \"%1\" in this workspace; it has: %2.")
                                             .arg(only, ids.join(QStringLiteral(", "))));
    }

    // Plugins load as in the window; the remote catalogs are served by this command's own
    // RemoteCatalogSync (the host's would also schedule syncs by itself), on the app's cache file.
    host.manager()->loadAll();

    std::map<QString, SyncRun> runs;   // by connection id, in id order
    QList<WorkspaceConnection> wanted;
    for (const WorkspaceConnection &c : host.connections()) {
        if (!only.isEmpty() && c.id != only)
            continue;
        const plugins::PluginRecord *record = host.plugin(c.pluginId);
        if (!record) {
            const QString message = Tr::tr("The connection %1 needs the plugin %2, which is not installed.").arg(c.id, c.pluginId);
            if (!only.isEmpty())
                return failure(command, message);
            printLine(stderr, Tr::tr("warning: %1").arg(message));
            continue;
        }
        if (!record->metadata.capabilities.contains(CatalogCapability)) {
            if (!only.isEmpty())
                return failure(command, Tr::tr("The connection %1 (plugin %2) provides no catalog.").arg(c.id, c.pluginId));
            continue;
        }
        SyncRun run;
        run.id = c.id;
        run.pluginId = c.pluginId;
        if (record->state != plugins::PluginRecord::State::Loaded) {
            run.finished = true;
            run.error = Tr::tr("The plugin %1 is not loaded (%2). %3")
                            .arg(c.pluginId, plugins::stateName(record->state), record->error)
                            .trimmed();
        } else {
            wanted.append(c);
        }
        runs.emplace(c.id, run);
    }

    if (runs.empty()) {
        if (json)
            print(stdout, QStringLiteral("[]\n"));
        printLine(stderr, Tr::tr("This workspace has no catalog connection: nothing to sync. Add one in Atrium: "
                                 "Settings → Connections."));
        return ExitOk;
    }

    catalog::LocalCatalog index; // RemoteCatalogSync puts what it reads there; nothing else uses it
    std::unique_ptr<RemoteCatalogSync> remote;
    if (!wanted.isEmpty()) {
        remote = std::make_unique<RemoteCatalogSync>(&index);
        QString error;
        if (!remote->openCache(CatalogCache::defaultPath(workspaceKeyOf(app.workspace())), &error)) {
            // Syncing into memory only would be lost at exit.
            return failure(command, Tr::tr("The catalog cache cannot be opened: %1").arg(error));
        }
        if (!remote->recoveryMessage().isEmpty())
            printLine(stderr, Tr::tr("warning: %1").arg(remote->recoveryMessage()));
    }
    QEventLoop loop;
    bool interrupted = false;
    const auto allFinished = [&runs] {
        return std::all_of(runs.cbegin(), runs.cend(), [](const auto &entry) { return entry.second.finished; });
    };
    if (remote) {
        QObject::connect(remote.get(), &RemoteCatalogSync::stateChanged, &loop, [&](const QString &id) {
            const auto it = runs.find(id);
            if (it == runs.end() || it->second.finished)
                return;
            SyncRun &run = it->second;
            const RemoteCatalogSync::SourceState state = remote->state(id);
            // The cached entities are loaded: changes can now be applied to them (a source never
            // synced starts its own full sync from addSource()).
            if (!state.syncing && !run.started && !run.requested && state.cacheLoaded && !interrupted) {
                run.requested = true;
                remote->sync(id, full);
                return;
            }
            if (!state.syncing)
                return;
            if (!run.started) {
                run.started = true;
                run.timer.start();
                if (!json) {
                    const auto c = host.connection(id);
                    printLine(stderr, Tr::tr("%1: syncing from %2…").arg(id, c ? printable(c->baseUrl) : QString()));
                }
            }
            if (!json && !state.message.isEmpty() && state.message != run.lastMessage) {
                run.lastMessage = state.message;
                printLine(stderr, QStringLiteral("%1: %2").arg(id, state.message));
            }
        });
        QObject::connect(remote.get(), &RemoteCatalogSync::syncFinished, &loop,
                         [&](const QString &id, bool ok, const QString &message) {
                             const auto it = runs.find(id);
                             if (it == runs.end() || it->second.finished)
                                 return;
                             SyncRun &run = it->second;
                             const RemoteCatalogSync::SourceState state = remote->state(id);
                             run.finished = true;
                             run.ok = ok;
                             run.durationMs = run.started ? run.timer.elapsed() : 0;
                             run.cancelled = !ok && interrupted;
                             run.credentialRefused = !ok && !run.cancelled && state.credentialRefused;
                             run.error = ok ? QString() : run.cancelled ? Tr::tr("Cancelled.") : message;
                             run.entities = state.entityCount;
                             run.syncedAt = state.syncedAt;
                             // Done with it: no other sync of this run may follow (the cache stays).
                             remote->removeSource(id, false);
                             if (allFinished())
                                 loop.quit();
                         });
    }

    InterruptWatch watch([&] {
        if (interrupted)
            return;
        interrupted = true;
        printLine(stderr, Tr::tr("Cancelling; the cache keeps the last good data…"));
        for (auto &[id, run] : runs) {
            if (run.finished)
                continue;
            if (run.started) {
                remote->cancel(id);
            } else {
                run.finished = true;
                run.cancelled = true;
                run.error = Tr::tr("Cancelled.");
            }
        }
        if (allFinished())
            loop.quit();
    });

    for (const WorkspaceConnection &c : std::as_const(wanted)) {
        sdk::Plugin *instance = host.manager()->instance(c.pluginId);
        std::unique_ptr<sdk::CatalogProvider> provider(instance ? instance->createCatalogProvider(host.connectionInfo(c))
                                                                : nullptr);
        SyncRun &run = runs.at(c.id);
        if (!provider) {
            run.finished = true;
            run.error = Tr::tr("The plugin %1 offers no catalog for this connection.").arg(c.pluginId);
            continue;
        }
        // No interval: the sync starts once the cached entities are loaded (see stateChanged above),
        // or at once from addSource() for a source never synced; the source goes when it ends.
        const QString scheme = c.pluginId.section(QLatin1Char('.'), -1);
        remote->addSource(c.id, catalog::remoteSourceLabel(scheme, c.id), std::move(provider), std::chrono::minutes(0));
    }
    if (!allFinished())
        loop.exec();

    int exit = ExitOk;
    QJsonArray array;
    for (auto &[id, run] : runs) {
        if (!run.ok) {
            const int code = run.cancelled ? ExitInterrupted : run.credentialRefused ? ExitCredential : ExitFailed;
            // Cancelled beats a refused token, which beats any other failure.
            if (exit == ExitOk || code == ExitInterrupted || (code == ExitCredential && exit == ExitFailed))
                exit = code;
        }
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("connection"), id},
                {QStringLiteral("plugin"), run.pluginId},
                {QStringLiteral("ok"), run.ok},
                {QStringLiteral("cancelled"), run.cancelled},
                {QStringLiteral("credentialRefused"), run.credentialRefused},
                {QStringLiteral("entities"), run.entities},
                {QStringLiteral("durationMs"), run.durationMs},
                {QStringLiteral("syncedAt"), run.syncedAt.isValid() ? QJsonValue(isoTime(run.syncedAt)) : QJsonValue()},
                {QStringLiteral("error"), run.error},
            });
            continue;
        }
        const QString seconds = QString::number(double(run.durationMs) / 1000.0, 'f', 1);
        if (run.ok) {
            printLine(stdout, Tr::tr("%1: %2 in %3 s.").arg(id, entitiesText(run.entities), seconds));
            continue;
        }
        QString line = run.cancelled ? Tr::tr("%1: cancelled.").arg(id) : Tr::tr("%1: failed: %2").arg(id, run.error);
        if (!line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1Char('?')) && !line.endsWith(QLatin1Char('!')))
            line += QLatin1Char('.');
        line += QLatin1Char(' ')
            + (run.syncedAt.isValid() ? Tr::tr("The cache keeps %1 from %2.").arg(entitiesText(run.entities), isoTime(run.syncedAt))
                                      : Tr::tr("Nothing is cached for it yet."));
        printLine(stdout, line);
    }
    if (json)
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson()));
    for (const auto &[id, run] : runs) {
        if (run.credentialRefused)
            printLine(stderr, Tr::tr("%1: the server did not accept the connection's token, or none is stored. Store "
                                     "a token in Atrium (Settings → Connections), then run `atrium catalog sync` again.")
                                  .arg(id));
    }
    return exit;
}

} // namespace

int runCatalog(const QStringList &arguments)
{
    // The engine's progress logging is for the window's log; here stderr carries our own lines.
    // QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("atrium.*.debug=false\natrium.*.info=false"));
    if (arguments.isEmpty())
        return usageError(QString(), Tr::tr("Give a command."));
    const QString command = arguments.constFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        print(stdout, helpText());
        return ExitOk;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("list"), runList},
        {QStringLiteral("show"), runShow},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(QString(), Tr::tr("Unknown command \"%1\".").arg(command));
    return it->second(arguments.mid(1));
}

} // namespace atrium::app
