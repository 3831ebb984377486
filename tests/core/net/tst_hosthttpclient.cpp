#include "testhttpserver.h"

#include "logging.h"
#include "net/hosthttpclient.h"
#include "net/redactor.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::net::CredentialSpec;
using atrium::net::HostHttpClient;
using atrium::sdk::HttpRequest;
using atrium::sdk::HttpResponse;

namespace {

// Never printed: tests compare it without QCOMPARE so a failure shows no secret.
const QByteArray Secret = "s3cr3t-T0ken-value";

HostHttpClient::Options fastOptions()
{
    HostHttpClient::Options o;
    o.connectTimeoutMs = 2000;
    o.transferTimeoutMs = 5000;
    o.backoffBaseMs = 10;
    o.backoffCapMs = 40;
    return o;
}

net::CredentialFetcher fetcherOf(const QByteArray &secret, int *calls = nullptr)
{
    return [secret, calls](QObject *, std::function<void(bool, QByteArray, QString)> reply) {
        if (calls)
            ++*calls;
        reply(true, secret, QString());
    };
}

sdk::ConnectionInfo connectionTo(const QString &url, const QVariantMap &settings = {})
{
    sdk::ConnectionInfo info;
    info.id = QStringLiteral("test");
    info.pluginId = QStringLiteral("dev.atrium.test");
    info.baseUrl = QUrl(url);
    info.settings = settings;
    info.hasCredential = true;
    return info;
}

HttpRequest get(const QString &path)
{
    HttpRequest r;
    r.path = path;
    return r;
}

// Sends and waits for `done`; fails the test if done runs more than once or inside send().
struct Call
{
    HttpResponse response;
    int doneCalls = 0;
    bool doneInsideSend = false;
    QList<QByteArray> chunks;
    qint64 elapsedMs = 0;
};

Call run(HostHttpClient &client, const HttpRequest &request, int waitMs = 10000)
{
    Call call;
    QObject context;
    bool inSend = true;
    QElapsedTimer clock;
    clock.start();
    client.send(
        request, &context,
        [&](const HttpResponse &r) {
            ++call.doneCalls;
            call.doneInsideSend = inSend;
            call.response = r;
        },
        [&](const QByteArray &chunk) { call.chunks.append(chunk); });
    inSend = false;
    (void)QTest::qWaitFor([&] { return call.doneCalls > 0; }, waitMs);
    call.elapsedMs = clock.elapsed();
    QTest::qWait(20); // a second `done` would arrive here
    return call;
}

QStringList capturedLines;
QMutex capturedMutex;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    capturedLines.append(message);
}

} // namespace

class TestHostHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void resolvesAgainstBaseUrl();
    void hostPatterns();
    void retryAfterParsing();

    void bearerCredentialInjected();
    void headerCredentialInjected();
    void basicCredentialInjected();
    void missingCredential();
    void undeclaredHostNotContacted();
    void retriesOn503();
    void retriesExhausted();
    void retryAfterHonoured();
    void retryAfterTooLongGivesUp();
    void postNotRetried();
    void droppedConnectionRetried();
    void connectTimeout();
    void transferTimeout();
    void crossHostRedirectDropsCredential();
    void sameHostRedirectKeepsCredential();
    void redirectToUndeclaredHostRefused();
    void seeOtherBecomesGet();
    void tooManyRedirects();
    void untrustedCertificate();
    void trustedThroughCaBundle();
    void bodyTooLarge();
    void streamChunksInOrder();
    void streamClosedRightAfterItsLastChunkLosesNothing();
    void cancel();
    void noDoneAfterContextDestroyed();
    void redactorCleansLogLines();
    void systemProxyHonoured(); // last: it sets http_proxy

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    QString m_certPath;
};

void TestHostHttpClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certPath = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), m_certPath});
    QVERIFY2(openssl.waitForFinished(30000), "openssl did not finish");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_certPath, QSsl::Pem);
    QCOMPARE(certs.size(), 1);
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!key.isNull());
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certs.first());
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
    qunsetenv("https_proxy");
    qunsetenv("all_proxy");
}

void TestHostHttpClient::resolvesAgainstBaseUrl()
{
    HostHttpClient client(connectionTo(QStringLiteral("https://api.example.com/base/v1")), {});
    QCOMPARE(client.resolve(get(QStringLiteral("entities"))).toString(),
             QStringLiteral("https://api.example.com/base/v1/entities"));
    QCOMPARE(client.resolve(get(QStringLiteral("/entities"))).toString(),
             QStringLiteral("https://api.example.com/base/v1/entities"));
    QCOMPARE(client.resolve(get(QStringLiteral("//evil.com/x"))).host(), QStringLiteral("api.example.com"));
    HttpRequest withQuery = get(QStringLiteral("search?x=1"));
    withQuery.query = {{QStringLiteral("q"), QStringLiteral("a b&c+d")}};
    QCOMPARE(client.resolve(withQuery).toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.example.com/base/v1/search?x=1&q=a%20b%26c%2Bd"));
    QCOMPARE(client.resolve(get(QStringLiteral("https://other.example.com/x"))).toString(),
             QStringLiteral("https://other.example.com/x"));
}

void TestHostHttpClient::hostPatterns()
{
    const QStringList patterns{QStringLiteral("api.example.com"), QStringLiteral("*.example.org"),
                               QStringLiteral("ports.example.net:8443")};
    QVERIFY(HostHttpClient::hostMatches(patterns, QStringLiteral("API.example.com"), 443));
    QVERIFY(HostHttpClient::hostMatches(patterns, QStringLiteral("a.example.org"), 443));
    QVERIFY(HostHttpClient::hostMatches(patterns, QStringLiteral("a.b.example.org"), 80));
    QVERIFY(!HostHttpClient::hostMatches(patterns, QStringLiteral("example.org"), 443));
    QVERIFY(!HostHttpClient::hostMatches(patterns, QStringLiteral("evilexample.org"), 443));
    QVERIFY(HostHttpClient::hostMatches(patterns, QStringLiteral("ports.example.net"), 8443));
    QVERIFY(!HostHttpClient::hostMatches(patterns, QStringLiteral("ports.example.net"), 443));
    QVERIFY(!HostHttpClient::hostMatches(patterns, QStringLiteral("api.example.com.evil.com"), 443));
}

void TestHostHttpClient::retryAfterParsing()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    QCOMPARE(HostHttpClient::parseRetryAfter("2", now), 2000);
    QCOMPARE(HostHttpClient::parseRetryAfter("", now), -1);
    QCOMPARE(HostHttpClient::parseRetryAfter("Mon, 01 Jan 2024 00:00:30 GMT", now), 30000);
    QCOMPARE(HostHttpClient::parseRetryAfter("soon", now), -1);
}

void TestHostHttpClient::bearerCredentialInjected()
{
    TestHttpServer server;
    server.route("/me", ScriptedReply{200, {}, "hello"});
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    HttpRequest request = get(QStringLiteral("me"));
    request.headers = {{"Authorization", "Basic cGx1Z2luOnBhc3M="}, {"X-Plugin", "yes"}};
    const Call call = run(client, request);
    QVERIFY(call.response.ok());
    QCOMPARE(call.response.body, QByteArray("hello"));
    QCOMPARE(call.doneCalls, 1);
    QVERIFY(!call.doneInsideSend);
    const SeenRequest *seen = server.last("/me");
    QVERIFY(seen);
    QVERIFY(seen->header("Authorization") == "Bearer " + Secret); // not QCOMPARE: no secret in output
    QCOMPARE(seen->header("X-Plugin"), QByteArray("yes"));
    int authorizationHeaders = 0;
    for (const auto &h : seen->headers)
        authorizationHeaders += h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    QCOMPARE(authorizationHeaders, 1);
}

void TestHostHttpClient::headerCredentialInjected()
{
    TestHttpServer server;
    server.route("/me", ScriptedReply{200, {}, "hello"});
    int fetches = 0;
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Header, "X-Api-Key", {}},
                          fetcherOf(Secret, &fetches), fastOptions());
    HttpRequest request = get(QStringLiteral("me"));
    request.headers = {{"x-api-key", "plugin-chosen"}, {"Authorization", "Bearer nope"}};
    QVERIFY(run(client, request).response.ok());
    QVERIFY(run(client, request).response.ok());
    QCOMPARE(fetches, 1); // cached for the client's lifetime
    const SeenRequest *seen = server.last("/me");
    QVERIFY(seen);
    QVERIFY(seen->header("X-Api-Key") == Secret);
    QVERIFY(!seen->hasHeader("Authorization"));
}

void TestHostHttpClient::basicCredentialInjected()
{
    TestHttpServer server;
    server.route("/me", ScriptedReply{200, {}, "hello"});
    HostHttpClient client(connectionTo(server.url(), {{QStringLiteral("username"), QStringLiteral("alice")}}), {},
                          {CredentialSpec::Kind::Basic, {}, {}}, fetcherOf(Secret), fastOptions());
    QVERIFY(run(client, get(QStringLiteral("me"))).response.ok());
    const SeenRequest *seen = server.last("/me");
    QVERIFY(seen);
    QVERIFY(seen->header("Authorization") == "Basic " + ("alice:" + Secret).toBase64());
}

void TestHostHttpClient::missingCredential()
{
    TestHttpServer server;
    HostHttpClient client(
        connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}},
        [](QObject *, std::function<void(bool, QByteArray, QString)> reply) {
            reply(false, {}, QStringLiteral("the keychain is locked"));
        },
        fastOptions());
    const Call call = run(client, get(QStringLiteral("me")));
    QCOMPARE(call.response.error, HttpResponse::Error::NoCredential);
    QVERIFY2(call.response.errorString.contains(QStringLiteral("the keychain is locked")),
             qPrintable(call.response.errorString));
    QVERIFY(!call.doneInsideSend);
    QCOMPARE(server.seen.size(), 0);
}

void TestHostHttpClient::undeclaredHostNotContacted()
{
    TestHttpServer server;
    server.route("*", ScriptedReply{200, {}, "hello"});
    HostHttpClient client(connectionTo(server.url()), {QStringLiteral("api.example.com")},
                          {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret), fastOptions());
    const Call call = run(client, get(server.url(QStringLiteral("localhost")) + QStringLiteral("x")));
    QCOMPARE(call.response.error, HttpResponse::Error::HostNotAllowed);
    QVERIFY2(call.response.errorString.contains(QStringLiteral("localhost is not one of the hosts this plugin declared")),
             qPrintable(call.response.errorString));
    QCOMPARE(call.doneCalls, 1);
    QVERIFY(!call.doneInsideSend);
    QTest::qWait(100);
    QCOMPARE(server.seen.size(), 0);

    // The same server through a declared name is fine.
    HostHttpClient declared(connectionTo(server.url()), {QStringLiteral("localhost")});
    QVERIFY(run(declared, get(server.url(QStringLiteral("localhost")) + QStringLiteral("x"))).response.ok());
    QCOMPARE(server.seen.size(), 1);
}

void TestHostHttpClient::retriesOn503()
{
    TestHttpServer server;
    server.route("/flaky", {ScriptedReply{503, {}, "busy"}, ScriptedReply{200, {}, "fine"}});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("flaky")));
    QVERIFY(call.response.ok());
    QCOMPARE(call.response.attempts, 2);
    QCOMPARE(call.response.body, QByteArray("fine"));
    QCOMPARE(server.hits("/flaky"), 2);
}

void TestHostHttpClient::retriesExhausted()
{
    TestHttpServer server;
    server.route("/down", ScriptedReply{503, {}, "down"});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("down")));
    QCOMPARE(call.response.error, HttpResponse::Error::None);
    QCOMPARE(call.response.status, 503);
    QCOMPARE(call.response.attempts, 4);
    QCOMPARE(server.hits("/down"), 4);
    QCOMPARE(call.doneCalls, 1);
}

void TestHostHttpClient::retryAfterHonoured()
{
    TestHttpServer server;
    server.route("/limited", {ScriptedReply{429, {{"Retry-After", "1"}}, "slow down"}, ScriptedReply{200, {}, "ok"}});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("limited")));
    QVERIFY(call.response.ok());
    QCOMPARE(call.response.attempts, 2);
    QVERIFY2(call.elapsedMs >= 1000, qPrintable(QString::number(call.elapsedMs)));
}

void TestHostHttpClient::retryAfterTooLongGivesUp()
{
    TestHttpServer server;
    server.route("/limited", ScriptedReply{429, {{"Retry-After", "3600"}}, "tomorrow"});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("limited")));
    QCOMPARE(call.response.status, 429);
    QCOMPARE(call.response.attempts, 1);
    QCOMPARE(call.response.header("retry-after"), QByteArray("3600"));
}

void TestHostHttpClient::postNotRetried()
{
    TestHttpServer server;
    server.route("/create", {ScriptedReply{503, {}, "busy"}, ScriptedReply{200, {}, "created"}});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    HttpRequest request = get(QStringLiteral("create"));
    request.method = "POST";
    request.body = "{\"a\":1}";
    const Call call = run(client, request);
    QCOMPARE(call.response.status, 503);
    QCOMPARE(call.response.attempts, 1);
    QCOMPARE(server.hits("/create"), 1);
    QCOMPARE(server.last("/create")->body, QByteArray("{\"a\":1}"));

    // Explicitly idempotent POST is retried.
    server.route("/create", {ScriptedReply{503, {}, "busy"}, ScriptedReply{200, {}, "created"}});
    request.idempotent = true;
    QCOMPARE(run(client, request).response.attempts, 2);
}

void TestHostHttpClient::droppedConnectionRetried()
{
    TestHttpServer server;
    ScriptedReply dropped{200, {}, QByteArray(4000, 'x')};
    dropped.dropMidBody = true;
    server.route("/drop", {dropped, ScriptedReply{200, {}, "whole"}});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("drop")));
    QVERIFY2(call.response.ok(), qPrintable(call.response.errorString));
    QCOMPARE(call.response.attempts, 2);
    QCOMPARE(call.response.body, QByteArray("whole"));

    // Without retries the error says what happened.
    server.route("/drop", dropped);
    auto options = fastOptions();
    options.maxRetries = 0;
    HostHttpClient once(connectionTo(server.url()), {}, {}, {}, options);
    const Call failed = run(once, get(QStringLiteral("drop")));
    QCOMPARE(failed.response.error, HttpResponse::Error::Network);
    QCOMPARE(failed.response.attempts, 1);
}

void TestHostHttpClient::connectTimeout()
{
    // A listening socket whose backlog is full: the kernel drops further SYNs, connect() hangs.
    QTcpServer blocker;
    blocker.setListenBacklogSize(0);
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    blocker.pauseAccepting();
    QList<std::shared_ptr<QTcpSocket>> fillers;
    bool full = false;
    for (int i = 0; i < 16 && !full; ++i) {
        auto socket = std::make_shared<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, blocker.serverPort());
        full = !socket->waitForConnected(300);
        fillers.append(socket);
    }
    if (!full)
        QSKIP("this network stack never refuses a connection on a full backlog");

    auto options = fastOptions();
    options.connectTimeoutMs = 300;
    options.maxRetries = 0;
    HostHttpClient client(connectionTo(QStringLiteral("http://127.0.0.1:%1/").arg(blocker.serverPort())), {}, {},
                          {}, options);
    const Call call = run(client, get(QStringLiteral("x")));
    QCOMPARE(call.response.error, HttpResponse::Error::Timeout);
    QVERIFY2(call.response.errorString.contains(
                 QStringLiteral("Connection to 127.0.0.1:%1 timed out after").arg(blocker.serverPort())),
             qPrintable(call.response.errorString));
    QVERIFY2(call.elapsedMs < 3000, qPrintable(QString::number(call.elapsedMs)));
}

void TestHostHttpClient::transferTimeout()
{
    TestHttpServer server;
    server.route("/stall", ScriptedReply::stalled());
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    HttpRequest request = get(QStringLiteral("stall"));
    request.transferTimeoutMs = 300;
    const Call call = run(client, request);
    QCOMPARE(call.response.error, HttpResponse::Error::Timeout);
    QCOMPARE(call.response.attempts, 1);
    QVERIFY2(call.elapsedMs < 3000, qPrintable(QString::number(call.elapsedMs)));
    QVERIFY2(call.response.errorString.contains(QStringLiteral("sent no data")), qPrintable(call.response.errorString));
}

void TestHostHttpClient::crossHostRedirectDropsCredential()
{
    TestHttpServer server;
    server.route("/start", ScriptedReply{302, {{"Location", server.url(QStringLiteral("localhost")).toLatin1() + "landing"}}, {}});
    server.route("/landing", ScriptedReply{200, {}, "landed"});
    HostHttpClient client(connectionTo(server.url()), {QStringLiteral("localhost")},
                          {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret), fastOptions());
    const Call call = run(client, get(QStringLiteral("start")));
    QVERIFY2(call.response.ok(), qPrintable(call.response.errorString));
    QCOMPARE(call.response.body, QByteArray("landed"));
    QCOMPARE(call.response.url.host(), QStringLiteral("localhost"));
    QCOMPARE(call.response.attempts, 1);
    QVERIFY(server.last("/start")->header("Authorization") == "Bearer " + Secret);
    QVERIFY(!server.last("/landing")->hasHeader("Authorization"));
}

void TestHostHttpClient::sameHostRedirectKeepsCredential()
{
    TestHttpServer server;
    server.route("/start", ScriptedReply{307, {{"Location", "/landing"}}, {}});
    server.route("/landing", ScriptedReply{200, {}, "landed"});
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    const Call call = run(client, get(QStringLiteral("start")));
    QVERIFY(call.response.ok());
    QVERIFY(server.last("/landing")->header("Authorization") == "Bearer " + Secret);
}

void TestHostHttpClient::redirectToUndeclaredHostRefused()
{
    TestHttpServer server;
    server.route("/start", ScriptedReply{302, {{"Location", server.url(QStringLiteral("localhost")).toLatin1() + "landing"}}, {}});
    server.route("/landing", ScriptedReply{200, {}, "landed"});
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    const Call call = run(client, get(QStringLiteral("start")));
    QCOMPARE(call.response.error, HttpResponse::Error::HostNotAllowed);
    QVERIFY2(call.response.errorString.contains(QStringLiteral("localhost")), qPrintable(call.response.errorString));
    QCOMPARE(server.hits("/landing"), 0);
}

void TestHostHttpClient::seeOtherBecomesGet()
{
    TestHttpServer server;
    server.route("/form", ScriptedReply{303, {{"Location", "/result"}}, {}});
    server.route("/result", ScriptedReply{200, {}, "result"});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    HttpRequest request = get(QStringLiteral("form"));
    request.method = "POST";
    request.body = "a=1";
    const Call call = run(client, request);
    QVERIFY(call.response.ok());
    QCOMPARE(server.last("/form")->method, QByteArray("POST"));
    QCOMPARE(server.last("/result")->method, QByteArray("GET"));
    QVERIFY(server.last("/result")->body.isEmpty());
}

void TestHostHttpClient::tooManyRedirects()
{
    TestHttpServer server;
    server.route("/loop", ScriptedReply{302, {{"Location", "/loop"}}, {}});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    const Call call = run(client, get(QStringLiteral("loop")));
    QCOMPARE(call.response.error, HttpResponse::Error::TooManyRedirects);
    QCOMPARE(server.hits("/loop"), 6);
}

void TestHostHttpClient::untrustedCertificate()
{
    TestHttpServer server(m_tls);
    QVERIFY(server.isListening());
    server.route("/secure", ScriptedReply{200, {}, "secure"});
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    const Call call = run(client, get(QStringLiteral("secure")));
    QCOMPARE(call.response.error, HttpResponse::Error::Tls);
    QCOMPARE(call.response.attempts, 1); // TLS errors are not retried
    QVERIFY2(call.response.errorString.startsWith(QStringLiteral("The certificate of 127.0.0.1 is not trusted: ")),
             qPrintable(call.response.errorString));
    QCOMPARE(server.seen.size(), 0);
}

void TestHostHttpClient::trustedThroughCaBundle()
{
    TestHttpServer server(m_tls);
    server.route("/secure", ScriptedReply{200, {}, "secure"});
    auto options = fastOptions();
    options.caBundlePath = m_certPath;
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          options);
    const Call call = run(client, get(QStringLiteral("secure")));
    QVERIFY2(call.response.ok(), qPrintable(call.response.errorString));
    QCOMPARE(call.response.body, QByteArray("secure"));
    QVERIFY(server.last("/secure")->header("Authorization") == "Bearer " + Secret);
}

void TestHostHttpClient::bodyTooLarge()
{
    TestHttpServer server;
    server.route("/big", ScriptedReply{200, {}, QByteArray(4096, 'b')});
    ScriptedReply chunked;
    chunked.chunks = {QByteArray(600, 'c'), QByteArray(600, 'c')};
    chunked.chunkIntervalMs = 10;
    server.route("/bigchunks", chunked);
    auto options = fastOptions();
    options.maxBodyBytes = 1024;
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, options);
    const Call announced = run(client, get(QStringLiteral("big")));
    QCOMPARE(announced.response.error, HttpResponse::Error::TooLarge);
    QVERIFY(announced.response.body.isEmpty());
    const Call streamed = run(client, get(QStringLiteral("bigchunks")));
    QCOMPARE(streamed.response.error, HttpResponse::Error::TooLarge);
}

void TestHostHttpClient::streamChunksInOrder()
{
    TestHttpServer server;
    ScriptedReply events;
    events.headers = {{"Content-Type", "text/event-stream"}};
    events.chunks = {"data: one\n\n", "data: two\n\n", "data: three\n\n"};
    events.chunkIntervalMs = 60;
    server.route("/events", events);
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    HttpRequest request = get(QStringLiteral("events"));
    request.stream = true;
    const Call call = run(client, request);
    QVERIFY(call.response.ok());
    QVERIFY(call.response.body.isEmpty());
    QCOMPARE(call.chunks.join(), QByteArray("data: one\n\ndata: two\n\ndata: three\n\n"));
    QVERIFY2(call.chunks.size() >= 2, qPrintable(QString::number(call.chunks.size())));
}

// A server that sends its last event and closes at once (Backstage's event stream after
// `completion`): every chunk still arrives, before `done`.
void TestHostHttpClient::streamClosedRightAfterItsLastChunkLosesNothing()
{
    for (const bool drop : {false, true}) {
        TestHttpServer server;
        ScriptedReply events;
        events.headers = {{"Content-Type", "text/event-stream"}};
        events.chunks = {"data: one\n\n", "data: two\n\n", "event: completion\ndata: last\n\n"};
        events.chunkIntervalMs = 0;
        events.dropAfterChunks = drop;
        server.route("/events", events);
        HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
        HttpRequest request = get(QStringLiteral("events"));
        request.stream = true;
        for (int round = 0; round < 10; ++round) {
            const Call call = run(client, request);
            QCOMPARE(call.chunks.join(), QByteArray("data: one\n\ndata: two\n\nevent: completion\ndata: last\n\n"));
            QCOMPARE(call.response.ok(), !drop);
        }
    }
}

void TestHostHttpClient::cancel()
{
    TestHttpServer server;
    server.route("/stall", ScriptedReply::stalled());
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    QObject context;
    int calls = 0;
    HttpResponse response;
    const quint64 id = client.send(get(QStringLiteral("stall")), &context, [&](const HttpResponse &r) {
        ++calls;
        response = r;
    });
    QTRY_COMPARE(server.hits("/stall"), 1);
    client.cancel(id);
    QCOMPARE(calls, 0); // queued, not inside cancel()
    QTRY_COMPARE(calls, 1);
    QCOMPARE(response.error, HttpResponse::Error::Cancelled);
    client.cancel(id); // unknown by now: nothing happens
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestHostHttpClient::noDoneAfterContextDestroyed()
{
    TestHttpServer server;
    server.route("/slow", ScriptedReply{200, {}, "late", 200});
    HostHttpClient client(connectionTo(server.url()), {}, {}, {}, fastOptions());
    int calls = 0;
    auto *context = new QObject;
    client.send(get(QStringLiteral("slow")), context, [&](const HttpResponse &) { ++calls; });
    QTRY_COMPARE(server.hits("/slow"), 1);
    delete context;
    QTest::qWait(400);
    QCOMPARE(calls, 0);

    // Destroyed while `done` is already queued.
    auto *second = new QObject;
    client.send(get(QStringLiteral("https://not-declared.example.com/")), second, [&](const HttpResponse &) { ++calls; });
    delete second;
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestHostHttpClient::redactorCleansLogLines()
{
    QLoggingCategory::setFilterRules(QStringLiteral("atrium.net.debug=true"));
    capturedLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    net::SecretRedactor::installMessageHandler();

    TestHttpServer server;
    server.route("/me", ScriptedReply{200, {}, "hello"});
    HostHttpClient client(connectionTo(server.url()), {}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    QVERIFY(run(client, get(QStringLiteral("me"))).response.ok()); // registers the secret

    qWarning() << "the token is" << Secret;
    qCDebug(lcNet) << "sending with" << ("Authorization: Bearer " + Secret);
    qCDebug(lcNet) << "Authorization: Bearer other-unregistered-token";

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker locker(&capturedMutex);
    const QString all = capturedLines.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("[redacted]")));
    QVERIFY2(!all.contains(QString::fromLatin1(Secret)), "the secret reached a log line");
    QVERIFY(!all.contains(QStringLiteral("other-unregistered-token")));
    const QString requestLine = QStringLiteral("GET %1me → 200 in ").arg(server.url());
    QVERIFY2(all.contains(requestLine), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("(attempt 1)")));

    const QString redacted = net::SecretRedactor::instance().redact(QStringLiteral("Authorization: Basic YWxpY2U6cHc= and more"));
    QCOMPARE(redacted, QStringLiteral("Authorization: Basic [redacted] and more"));
}

void TestHostHttpClient::systemProxyHonoured()
{
    TestHttpServer proxy;
    proxy.route("*", ScriptedReply{200, {}, "via proxy"});
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()).toLatin1());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");

    HostHttpClient client(connectionTo(QStringLiteral("http://base.example.test/api/")),
                          {QStringLiteral("*.example.test")}, {CredentialSpec::Kind::Bearer, {}, {}}, fetcherOf(Secret),
                          fastOptions());
    const Call call = run(client, get(QStringLiteral("items")));
    const Call wildcard = run(client, get(QStringLiteral("http://a.b.example.test/other")));
    qunsetenv("http_proxy");

    QVERIFY2(call.response.ok(), qPrintable(call.response.errorString));
    QCOMPARE(call.response.body, QByteArray("via proxy"));
    QVERIFY(!proxy.seen.isEmpty());
    QCOMPARE(proxy.seen.first().target, QByteArray("http://base.example.test/api/items"));
    QVERIFY2(wildcard.response.ok(), qPrintable(wildcard.response.errorString));
    QCOMPARE(proxy.seen.last().target, QByteArray("http://a.b.example.test/other"));
    QVERIFY(!proxy.seen.last().hasHeader("Authorization")); // a declared host, not the base URL's
}

QTEST_GUILESS_MAIN(TestHostHttpClient)
#include "tst_hosthttpclient.moc"
