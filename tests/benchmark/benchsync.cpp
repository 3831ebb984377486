// atrium-bench-sync: a Backstage catalog sync against the budgets in DESIGN.md and issue 4.
//
//   atrium-bench-sync [--entities 10000,100000] [--rounds 3] [--page-size 500] [--server-ms 0]
//                     [--workdir DIR] [--atrium PATH] [--plugins DIR]
//
// A child process (`--serve N`) serves a synthetic catalog of N entities (~1 KB of JSON each, with
// relations, like the recorded ones) in Backstage's format on loopback: by-query with cursors (and
// the `fields` projection an incremental refresh reads), by-refs, and POST /bench/mutate to change
// entities. For each size the parent measures:
//   - curl: fetching the same pages, one keep-alive connection, the cursors known in advance;
//   - a full sync in a fresh child (`--sync`): the real Backstage plugin code over the host's HTTP
//     client into the real offline cache and index, until the data is committed and in the index,
//     with the child's peak RSS;
//   - an incremental refresh with nothing changed, and with 1 % of the entities changed;
//   - a warm start of the real `atrium` binary on a workspace whose cache holds the catalog:
//     the first frame, and when the cached entities are in the index (ATRIUM_STARTUP_PROBE).

#include "backstagecatalogprovider.h"

#include "cache/catalogcache.h"
#include "cache/remotecatalogsync.h"
#include "catalog/catalogsnapshot.h"
#include "catalog/localcatalog.h"
#include "credentials/credentialstore.h"
#include "net/hosthttpclient.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace atrium;

namespace {

const QByteArray Token = "bench-token";

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// --- the synthetic Backstage ---------------------------------------------------------------

class FakeBackstage : public QObject
{
public:
    FakeBackstage(int count, int delayMs)
        : m_delayMs(delayMs)
    {
        const int groups = std::max(10, count / 1000);
        const int systems = std::max(20, count / 500);
        m_entities.reserve(count);
        for (int i = 0; i < count; ++i) {
            const QString kind = i < groups ? QStringLiteral("Group") : i < groups + systems ? QStringLiteral("System") : QStringLiteral("Component");
            const QString name = kind == QLatin1String("Group") ? QStringLiteral("team-%1").arg(i)
                : kind == QLatin1String("System") ? QStringLiteral("system-%1").arg(i - groups)
                                                  : QStringLiteral("service-%1").arg(i, 6, 10, QLatin1Char('0'));
            m_entities.append(entity(i, kind, name, groups, systems, 0));
        }
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    static QJsonObject entity(int i, const QString &kind, const QString &name, int groups, int systems, int generation)
    {
        const QString uid = QStringLiteral("%1-0000-4000-8000-%2").arg(i, 8, 16, QLatin1Char('0')).arg(generation, 12, 16, QLatin1Char('0'));
        const QString etag = QString::fromLatin1(QByteArray::number(qHash(uid) ^ quint64(i) * 2654435761u, 16).rightJustified(40, '0'));
        QJsonObject metadata{
            {QStringLiteral("namespace"), QStringLiteral("default")},
            {QStringLiteral("name"), name},
            {QStringLiteral("title"), QStringLiteral("%1 %2%3").arg(kind, name, generation ? QStringLiteral(" (changed)") : QString())},
            {QStringLiteral("description"), QStringLiteral("Synthetic %1 number %2 of the benchmark catalog: it owns part of the "
                                                           "order flow and talks to a few others, like a real one.").arg(kind.toLower()).arg(i)},
            {QStringLiteral("uid"), uid},
            {QStringLiteral("etag"), etag},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("java"), QStringLiteral("tier-%1").arg(i % 3)}},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("backstage.io/managed-by-location"), QStringLiteral("url:https://git.example.com/org/%1/catalog-info.yaml").arg(name)},
                         {QStringLiteral("backstage.io/managed-by-origin-location"), QStringLiteral("url:https://git.example.com/org/catalog/all.yaml")},
                         {QStringLiteral("backstage.io/source-location"), QStringLiteral("url:https://git.example.com/org/%1/").arg(name)}}}};
        QJsonObject spec;
        QJsonArray relations;
        const QString owner = QStringLiteral("group:default/team-%1").arg(i % groups);
        if (kind != QLatin1String("Group")) {
            spec.insert(QStringLiteral("owner"), owner);
            relations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("ownedBy")}, {QStringLiteral("targetRef"), owner}});
        }
        if (kind == QLatin1String("Component")) {
            const QString system = QStringLiteral("system:default/system-%1").arg(i % systems);
            spec.insert(QStringLiteral("type"), QStringLiteral("service"));
            spec.insert(QStringLiteral("lifecycle"), QStringLiteral("production"));
            spec.insert(QStringLiteral("system"), system);
            relations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("partOf")}, {QStringLiteral("targetRef"), system}});
            relations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("dependsOn")},
                                         {QStringLiteral("targetRef"), QStringLiteral("component:default/service-%1").arg((i * 7) % 1000, 6, 10, QLatin1Char('0'))}});
        } else if (kind == QLatin1String("Group")) {
            spec.insert(QStringLiteral("type"), QStringLiteral("team"));
            spec.insert(QStringLiteral("children"), QJsonArray());
        }
        return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("metadata"), metadata},
                           {QStringLiteral("spec"), spec},
                           {QStringLiteral("relations"), relations}};
    }

    static QString refOf(const QJsonObject &e)
    {
        return (e.value(QLatin1String("kind")).toString() + QLatin1Char(':') + QStringLiteral("default/")
                + e.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString())
            .toLower();
    }

    // A page of by-query: entities [offset, offset + limit), whole or projected.
    QByteArray page(int offset, int limit, bool projected)
    {
        const QString key = QStringLiteral("%1/%2/%3/%4").arg(offset).arg(limit).arg(projected).arg(m_generation);
        if (const auto it = m_pages.constFind(key); it != m_pages.constEnd())
            return *it;
        QJsonArray items;
        for (int i = offset; i < std::min<int>(offset + limit, m_entities.size()); ++i) {
            const QJsonObject &e = m_entities.at(i);
            if (projected) {
                const QJsonObject m = e.value(QLatin1String("metadata")).toObject();
                items.append(QJsonObject{{QStringLiteral("kind"), e.value(QLatin1String("kind"))},
                                         {QStringLiteral("metadata"),
                                          QJsonObject{{QStringLiteral("namespace"), m.value(QLatin1String("namespace"))},
                                                      {QStringLiteral("name"), m.value(QLatin1String("name"))},
                                                      {QStringLiteral("uid"), m.value(QLatin1String("uid"))},
                                                      {QStringLiteral("etag"), m.value(QLatin1String("etag"))}}}});
            } else {
                items.append(e);
            }
        }
        QJsonObject pageInfo;
        if (offset + limit < m_entities.size())
            pageInfo.insert(QStringLiteral("nextCursor"),
                            QString::fromLatin1(QByteArray("{\"offset\":" + QByteArray::number(offset + limit) + ",\"fields\":"
                                                           + (projected ? "true" : "false") + "}")
                                                    .toBase64()));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                          {QStringLiteral("totalItems"), qint64(m_entities.size())},
                                                          {QStringLiteral("pageInfo"), pageInfo}})
                                    .toJson(QJsonDocument::Compact);
        m_pages.insert(key, body);
        return body;
    }

    QByteArray byRefs(const QByteArray &request)
    {
        if (m_byRef.isEmpty()) {
            for (int i = 0; i < m_entities.size(); ++i)
                m_byRef.insert(refOf(m_entities.at(i)), i);
        }
        QJsonArray items;
        for (const QJsonValue &ref : QJsonDocument::fromJson(request).object().value(QLatin1String("entityRefs")).toArray()) {
            const int i = m_byRef.value(ref.toString().toLower(), -1);
            items.append(i < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_entities.at(i)));
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
    }

    void mutate(int count)
    {
        ++m_generation;
        const int groups = std::max(10, int(m_entities.size()) / 1000);
        const int systems = std::max(20, int(m_entities.size()) / 500);
        for (int k = 0; k < count; ++k) {
            const int i = groups + systems + int((qint64(k) * 7919) % (m_entities.size() - groups - systems));
            m_entities[i] = entity(i, QStringLiteral("Component"), QStringLiteral("service-%1").arg(i, 6, 10, QLatin1Char('0')),
                                   groups, systems, m_generation);
            // The uid stays what it was: only the etag and the title change.
            QJsonObject e = m_entities[i];
            QJsonObject m = e.value(QLatin1String("metadata")).toObject();
            m[QLatin1String("uid")] = QStringLiteral("%1-0000-4000-8000-%2").arg(i, 8, 16, QLatin1Char('0')).arg(0, 12, 16, QLatin1Char('0'));
            e[QLatin1String("metadata")] = m;
            m_entities[i] = e;
        }
        // The pages served so far are built again now, not at the next request: every round of a
        // sync meets a server as warm as curl did (building a page costs the server ~8 ms).
        const QStringList served = m_pages.keys();
        m_pages.clear();
        for (const QString &key : served) {
            const QStringList parts = key.split(QLatin1Char('/'));
            page(parts.value(0).toInt(), parts.value(1).toInt(), parts.value(2) == QLatin1String("1"));
        }
    }

    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                qint64 length = 0;
                for (const QByteArray &raw : lines) {
                    const QByteArray line = raw.trimmed();
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                respond(socket, first.value(0), first.value(1), body);
            }
        });
    }

    void respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &target, const QByteArray &body)
    {
        const QUrl url(QStringLiteral("http://x") + QString::fromLatin1(target));
        const QUrlQuery query(url);
        QByteArray out;
        int status = 200;
        if (url.path() == QLatin1String("/api/catalog/entities/by-query")) {
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            int offset = 0;
            bool projected = query.hasQueryItem(QStringLiteral("fields"));
            if (query.hasQueryItem(QStringLiteral("cursor"))) {
                const QJsonObject cursor = QJsonDocument::fromJson(
                    QByteArray::fromBase64(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toLatin1())).object();
                offset = cursor.value(QLatin1String("offset")).toInt();
            }
            if (query.queryItemValue(QStringLiteral("filter")) == QLatin1String("kind=template"))
                out = R"({"items":[],"totalItems":0,"pageInfo":{}})";
            else
                out = page(offset, limit > 0 ? limit : 20, projected);
        } else if (url.path() == QLatin1String("/api/catalog/entities/by-refs") && method == "POST") {
            out = byRefs(body);
        } else if (url.path() == QLatin1String("/bench/mutate") && method == "POST") {
            mutate(query.queryItemValue(QStringLiteral("count")).toInt());
            out = "{}";
        } else {
            status = 404;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: "
            + QByteArray::number(out.size()) + "\r\n\r\n";
        if (m_delayMs > 0 && url.path().startsWith(QLatin1String("/api/catalog/")))
            QTimer::singleShot(m_delayMs, socket, [socket, data = head + out] { socket->write(data); });
        else
            socket->write(head + out);
    }

    QTcpServer m_server;
    QList<QJsonObject> m_entities;
    QHash<QString, QByteArray> m_pages;
    QHash<QString, int> m_byRef;
    int m_generation = 0;
    int m_delayMs = 0; // per catalog request, like a backend reading its database
};

// --- the sync, in a child -------------------------------------------------------------------

struct SyncFigures
{
    double fullMs = -1;       // start → data committed to the cache (syncFinished)
    double indexMs = -1;      // start → the entities in the index
    qint64 peakRssKb = -1;
    double noChangeMs = -1;   // incremental refresh, nothing changed
    double onePercentMs = -1; // incremental refresh, 1 % of the entities changed
    double stallFullMs = -1;   // longest the receiving thread's event loop stood still: full sync
    double stallRefreshMs = -1; // ... and the refreshes
    QString error;
};

int runSyncChild(const QString &baseUrl, int count, int pageSize, const QString &cachePath)
{
    SyncFigures f;
    catalog::LocalCatalog index;
    cache::RemoteCatalogSync sync(&index);
    QString error;
    if (!sync.openCache(cachePath, &error)) {
        std::fprintf(stdout, "error=%s\n", qPrintable(error));
        return 1;
    }
    sdk::ConnectionInfo info;
    info.id = QStringLiteral("bench");
    info.pluginId = QStringLiteral("dev.atrium.backstage");
    info.baseUrl = QUrl(baseUrl);
    info.hasCredential = true;
    net::CredentialSpec credential;
    credential.kind = net::CredentialSpec::Kind::Bearer;
    net::HostHttpClient http(info, {}, credential,
                             [](QObject *, std::function<void(bool, QByteArray, QString)> done) { done(true, Token, QString()); });
    backstage::BackstageClient::Options options;
    options.pageSize = pageSize;

    // The longest the event loop (the GUI thread in the app) went without running a 1 ms timer.
    QElapsedTimer tick;
    double stall = 0;
    QTimer stallProbe;
    stallProbe.setTimerType(Qt::PreciseTimer);
    stallProbe.setInterval(1);
    QObject::connect(&stallProbe, &QTimer::timeout, &stallProbe, [&] {
        stall = std::max(stall, tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    const auto resetStall = [&] {
        stall = 0;
        tick.restart();
    };
    tick.start();
    stallProbe.start();

    QElapsedTimer clock;
    bool finished = false;
    bool ok = false;
    QString message;
    QObject::connect(&sync, &cache::RemoteCatalogSync::syncFinished, &sync, [&](const QString &, bool good, const QString &m) {
        finished = true;
        ok = good;
        message = m;
    });
    const auto waitFinished = [&] {
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        finished = false;
        return ok;
    };
    clock.start();
    sync.addSource(QStringLiteral("bench"), QStringLiteral("backstage:bench"),
                   std::make_unique<backstage::BackstageCatalogProvider>(&http, options), std::chrono::minutes(0));
    if (!waitFinished()) {
        std::fprintf(stdout, "error=%s\n", qPrintable(message));
        return 1;
    }
    f.fullMs = clock.nsecsElapsed() / 1e6;
    f.stallFullMs = stall;
    while (index.snapshot()->size() < count)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    f.indexMs = clock.nsecsElapsed() / 1e6;
    f.peakRssKb = peakRssKb();
    const double longestWait = sync.longestBackPressureWaitMs();

    clock.restart();
    resetStall();
    sync.sync(QStringLiteral("bench"));
    if (!waitFinished()) {
        std::fprintf(stdout, "error=%s\n", qPrintable(message));
        return 1;
    }
    f.noChangeMs = clock.nsecsElapsed() / 1e6;
    f.stallRefreshMs = stall;

    // 1 % changed on the server.
    QNetworkAccessManager nam;
    QNetworkRequest mutate(QUrl(baseUrl + QStringLiteral("bench/mutate?count=%1").arg(count / 100)));
    mutate.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(mutate, QByteArray("{}"));
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    reply->deleteLater();
    clock.restart();
    resetStall();
    sync.sync(QStringLiteral("bench"));
    if (!waitFinished()) {
        std::fprintf(stdout, "error=%s\n", qPrintable(message));
        return 1;
    }
    f.onePercentMs = clock.nsecsElapsed() / 1e6;
    f.stallRefreshMs = std::max(f.stallRefreshMs, stall);
    sync.waitForCache();
    std::fprintf(stdout, "full-ms=%.1f index-ms=%.1f peak-rss-kb=%lld nochange-ms=%.1f onepercent-ms=%.1f wait-ms=%.1f"
                         " stall-full-ms=%.1f stall-refresh-ms=%.1f\n",
                 f.fullMs, f.indexMs, f.peakRssKb, f.noChangeMs, f.onePercentMs, longestWait, f.stallFullMs, f.stallRefreshMs);
    return 0;
}

// --- the parent -------------------------------------------------------------------------------

QString selfPath()
{
    return QCoreApplication::applicationFilePath();
}

double runCurl(const QString &baseUrl, int count, int pageSize, const QString &workdir)
{
    // The URLs the sync asks for, cursors known in advance (curl does not parse the pages).
    QFile config(workdir + QStringLiteral("/curl.conf"));
    if (!config.open(QIODevice::WriteOnly))
        return -1;
    config.write("silent\nheader = \"Authorization: Bearer " + Token + "\"\n");
    for (int offset = 0; offset < count; offset += pageSize) {
        QString url = baseUrl + QStringLiteral("api/catalog/entities/by-query?limit=%1").arg(pageSize);
        if (offset == 0) {
            url += QStringLiteral("&orderField=metadata.uid,asc");
        } else {
            const QByteArray cursor = QByteArray("{\"offset\":" + QByteArray::number(offset) + ",\"fields\":false}").toBase64();
            url = baseUrl + QStringLiteral("api/catalog/entities/by-query?cursor=%1&limit=%2")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(cursor))))
                                .arg(pageSize);
        }
        config.write("url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    }
    config.close();
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), config.fileName()});
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
        return -1;
    return clock.nsecsElapsed() / 1e6;
}

struct Startup
{
    double firstFrame = -1;
    double ready = -1;
    QString note;
};

Startup runStartup(const QString &atrium, const QString &workspace, const QString &home, const QString &plugins, int minEntities)
{
    Startup s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ATRIUM_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("ATRIUM_STARTUP_PROBE_MIN_ENTITIES"), QString::number(minEntities));
    env.insert(QStringLiteral("ATRIUM_PLUGIN_PATH"), plugins);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(atrium, {QStringLiteral("--workspace"), workspace});
    if (!app.waitForFinished(120000)) {
        app.kill();
        app.waitForFinished();
        s.note = QStringLiteral("no probe line within 120 s");
        return s;
    }
    const QString err = QString::fromUtf8(app.readAllStandardError());
    static const QRegularExpression frame(QStringLiteral("first-frame-ms=([0-9.]+)"));
    static const QRegularExpression ready(QStringLiteral("catalog-ready-ms=([0-9.]+)"));
    if (const auto m = frame.match(err); m.hasMatch())
        s.firstFrame = m.captured(1).toDouble();
    if (const auto m = ready.match(err); m.hasMatch())
        s.ready = m.captured(1).toDouble();
    if (s.firstFrame < 0)
        s.note = err.trimmed().split(QLatin1Char('\n')).value(0).left(200);
    return s;
}

int runParent(const QList<int> &sizes, int rounds, int pageSize, int delayMs, const QString &workdir, const QString &atrium,
              const QString &plugins)
{
    std::printf("atrium-bench-sync: page size %d, server answers after %d ms per catalog request, %d rounds each, median; %d cores\n",
                pageSize, delayMs, rounds, QThread::idealThreadCount());
    bool allOk = true;
    for (const int count : sizes) {
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(selfPath(), {QStringLiteral("--serve"), QString::number(count), QString::number(delayMs)});
        if (!server.waitForReadyRead(120000)) {
            std::printf("the server for %d entities did not start\n", count);
            return 1;
        }
        const QString baseUrl = QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(server.readLine().trimmed()));

        // The workspace the warm start opens, and where its cache lives.
        const QString workspace = QStringLiteral("%1/ws-%2").arg(workdir).arg(count);
        QDir().mkpath(workspace);
        QFile yaml(workspace + QStringLiteral("/atrium.yaml"));
        yaml.open(QIODevice::WriteOnly);
        QDir().mkpath(workspace + QStringLiteral("/catalog"));
        yaml.write(QStringLiteral("apiVersion: atrium.dev/v1\nkind: Workspace\nmetadata:\n  name: bench-%1\nspec:\n"
                                  "  catalog:\n    sources:\n      - path: catalog\n  connections:\n"
                                  "    - id: bench\n      plugin: dev.atrium.backstage\n      title: Bench\n      baseUrl: %2\n")
                       .arg(count)
                       .arg(baseUrl)
                       .toUtf8());
        yaml.close();
        Workspace ws;
        QString error;
        if (!ws.load(workspace, &error)) {
            std::printf("workspace: %s\n", qPrintable(error));
            return 1;
        }
        const QString home = QStringLiteral("%1/home-%2").arg(workdir).arg(count);
        const QString cachePath = home + QStringLiteral("/cache/atrium/catalog/")
            + credentials::CredentialStore::workspaceKey(ws.name(), ws.filePath()) + QStringLiteral(".sqlite");

        // Warm the server's page cache (not timed), then time curl.
        runCurl(baseUrl, count, pageSize, workdir);
        std::vector<double> curl, full, index, rss, noChange, onePercent, wait, stallFull, stallRefresh;
        for (int r = 0; r < rounds; ++r)
            curl.push_back(runCurl(baseUrl, count, pageSize, workdir));
        for (int r = 0; r < rounds; ++r) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(cachePath + QLatin1String(suffix));
            QDir().mkpath(QFileInfo(cachePath).absolutePath());
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("atrium.*.info=false"));
            child.setProcessEnvironment(env);
            child.start(selfPath(), {QStringLiteral("--sync"), baseUrl, QString::number(count), QString::number(pageSize), cachePath});
            child.waitForFinished(1800000);
            const QString out = QString::fromUtf8(child.readAllStandardOutput());
            const auto figure = [&out](const char *name) {
                const QRegularExpression re(QStringLiteral("%1=([0-9.]+)").arg(QLatin1String(name)));
                const auto m = re.match(out);
                return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
            };
            if (figure("full-ms") < 0) {
                std::printf("%d entities: the sync failed: %s\n", count, qPrintable(out.trimmed()));
                allOk = false;
                break;
            }
            full.push_back(figure("full-ms"));
            index.push_back(figure("index-ms"));
            rss.push_back(figure("peak-rss-kb") / 1024.0);
            noChange.push_back(figure("nochange-ms"));
            onePercent.push_back(figure("onepercent-ms"));
            wait.push_back(figure("wait-ms"));
            stallFull.push_back(figure("stall-full-ms"));
            stallRefresh.push_back(figure("stall-refresh-ms"));
        }
        std::vector<double> frames, readies;
        QString note;
        if (!atrium.isEmpty() && QFile::exists(cachePath)) {
            for (int r = 0; r < std::max(rounds, 5); ++r) {
                const Startup s = runStartup(atrium, workspace, home, plugins, count);
                if (s.firstFrame < 0) {
                    note = s.note;
                    break;
                }
                frames.push_back(s.firstFrame);
                readies.push_back(s.ready);
            }
        }
        server.kill();
        server.waitForFinished();

        if (full.empty())
            continue; // said above
        const double c = median(curl);
        const double f = median(full);
        std::printf("\n%d entities (%d pages)\n", count, (count + pageSize - 1) / pageSize);
        std::printf("  curl, same pages              %8.0f ms\n", c);
        std::printf("  full sync (committed)         %8.0f ms   %.2f x curl   budget <= 1.2 x  %s\n", f, f / c, f <= 1.2 * c ? "OK" : "OVER");
        std::printf("  full sync (in the index)      %8.0f ms\n", median(index));
        std::printf("  peak RSS of the sync          %8.0f MB   budget <= 250 MB  %s\n", median(rss), median(rss) <= 250 ? "OK" : "OVER");
        std::printf("  longest wait for the cache    %8.0f ms   (the thread that receives pages, back-pressure)\n", median(wait));
        std::printf("  event loop stood still, max   %8.0f ms   full sync (the GUI thread in the app)\n", median(stallFull));
        std::printf("                                %8.0f ms   refreshes\n", median(stallRefresh));
        std::printf("  refresh, nothing changed      %8.0f ms\n", median(noChange));
        std::printf("  refresh, 1 %% changed          %8.0f ms\n", median(onePercent));
        if (!frames.empty()) {
            std::printf("  warm start: first frame       %8.0f ms   budget <= 400 ms  %s\n", median(frames), median(frames) <= 400 ? "OK" : "OVER");
            std::printf("  warm start: cache in index    %8.0f ms\n", median(readies));
        } else {
            std::printf("  warm start: not measured %s\n", qPrintable(note));
        }
        std::fflush(stdout);
    }
    return allOk ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--serve")) {
        FakeBackstage server(args.value(2).toInt(), args.value(3).toInt());
        std::printf("%d\n", server.port());
        std::fflush(stdout);
        return app.exec();
    }
    if (args.value(1) == QLatin1String("--sync"))
        return runSyncChild(args.value(2), args.value(3).toInt(), args.value(4).toInt(), args.value(5));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entities(QStringLiteral("entities"), QStringLiteral("Catalog sizes."), QStringLiteral("N,..."),
                                      QStringLiteral("10000,100000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Entities per page (the plugin's default)."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption workdir(QStringLiteral("workdir"), QStringLiteral("Scratch folder."), QStringLiteral("DIR"));
    const QCommandLineOption atrium(QStringLiteral("atrium"), QStringLiteral("The atrium binary for the warm start."),
                                    QStringLiteral("PATH"), QCoreApplication::applicationDirPath() + QStringLiteral("/atrium"));
    const QCommandLineOption plugins(QStringLiteral("plugins"), QStringLiteral("Plugin folder (with dev.atrium.backstage)."),
                                     QStringLiteral("DIR"), QStringLiteral(ATRIUM_BENCH_BUILD_PLUGINS));
    const QCommandLineOption delay(QStringLiteral("server-ms"),
                                   QStringLiteral("How long the server takes per catalog request (0: answers from memory at once)."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({entities, rounds, pageSize, workdir, atrium, plugins, delay});
    parser.process(app);
    QList<int> sizes;
    for (const QString &s : parser.value(entities).split(QLatin1Char(',')))
        sizes.append(s.toInt());
    QTemporaryDir scratch;
    const QString dir = parser.isSet(workdir) ? parser.value(workdir) : scratch.path();
    QDir().mkpath(dir);
    return runParent(sizes, std::max(1, parser.value(rounds).toInt()), std::max(20, parser.value(pageSize).toInt()),
                     std::max(0, parser.value(delay).toInt()), dir, parser.value(atrium), parser.value(plugins));
}
