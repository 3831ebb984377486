#pragma once

#include <atrium/sdk/httpclient.h>
#include <atrium/sdk/types.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkRequest;

namespace atrium::net {

// How the host authenticates a connection's requests (FORMATS.md §1 `credentials`).
struct CredentialSpec
{
    enum class Kind { None, Bearer, Header, Basic };
    Kind kind = Kind::None;
    QByteArray headerName; // Kind::Header: e.g. "X-Api-Key"
    QString username;      // Kind::Basic: empty = the connection's settings["username"]
};

// Fetches the connection's secret asynchronously (from the CredentialStore) and calls `reply` on
// `context`'s thread; called at most once at a time and only when a request needs the secret.
using CredentialFetcher = std::function<void(
    QObject *context, std::function<void(bool ok, QByteArray secret, QString error)> reply)>;

// The host-owned HTTP client of one connection (sdk::HttpClient). Lives on one thread: call send()
// and cancel() there; `done` and `chunk` run on each request's context thread.
class HostHttpClient : public QObject, public atrium::sdk::HttpClient
{
    Q_OBJECT

public:
    struct Options
    {
        int connectTimeoutMs = 10000;
        int transferTimeoutMs = 30000;      // default when HttpRequest::transferTimeoutMs is 0
        int maxRetries = 3;
        int backoffBaseMs = 500;
        int backoffCapMs = 8000;
        int maxRetryAfterMs = 60000;        // a longer Retry-After returns the response instead
        qint64 maxBodyBytes = 64ll * 1024 * 1024;
        int maxRedirects = 5;
        QString caBundlePath;               // PEM file of extra CAs, added to the system ones
        bool credentialForDeclaredHosts = false; // send the secret to declared hosts, not only the base URL's
    };

    HostHttpClient(const atrium::sdk::ConnectionInfo &connection, const QStringList &declaredHosts,
                   const CredentialSpec &credential, CredentialFetcher fetchCredential,
                   const Options &options, QObject *parent = nullptr);
    HostHttpClient(const atrium::sdk::ConnectionInfo &connection, const QStringList &declaredHosts,
                   const CredentialSpec &credential = {}, CredentialFetcher fetchCredential = {},
                   QObject *parent = nullptr);
    ~HostHttpClient() override;

    QString connectionId() const override;
    QUrl baseUrl() const override;
    quint64 send(const atrium::sdk::HttpRequest &request, QObject *context, Done done,
                 Chunk chunk = {}) override;
    void cancel(quint64 requestId) override;

    const Options &options() const { return m_options; }
    // Forgets the cached secret (e.g. after the user edited it); the next request fetches it again.
    void clearCredential();

    // Whether `host` (and `port`, -1 = any) matches one of `patterns` ("api.example.com",
    // "*.example.com", optionally ":port").
    static bool hostMatches(const QStringList &patterns, const QString &host, int port);
    bool isHostAllowed(const QUrl &url) const;
    // The URL a request goes to: relative paths below the base URL's path, plus the query items.
    QUrl resolve(const atrium::sdk::HttpRequest &request) const;
    // Milliseconds from a Retry-After value (seconds or HTTP-date); -1 when absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Pending;

    void startAttempt(Pending &p);
    void onMetaData(Pending &p);
    void onReadyRead(Pending &p);
    void onFinished(quint64 id);
    bool handleRedirect(Pending &p, int status, const QByteArray &location);
    bool scheduleRetry(Pending &p, const QByteArray &retryAfter);
    void finish(quint64 id, atrium::sdk::HttpResponse response);
    void fail(quint64 id, atrium::sdk::HttpResponse::Error error, const QString &message);
    void fetchCredential();
    void credentialArrived(bool ok, const QByteArray &secret, const QString &error);
    bool needsCredential() const { return m_credential.kind != CredentialSpec::Kind::None; }
    void applyCredential(QNetworkRequest &request) const;
    QString describe(const Pending &p) const;
    void logAttempt(const Pending &p, const QString &outcome) const;

    atrium::sdk::ConnectionInfo m_connection;
    QStringList m_declaredHosts;
    CredentialSpec m_credential;
    CredentialFetcher m_fetchCredential;
    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_ssl;

    QByteArray m_secret;            // cached for the client's lifetime
    QList<QByteArray> m_registered; // what this client added to the redactor
    bool m_haveSecret = false;
    bool m_fetching = false;
    QList<quint64> m_waitingForCredential;

    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
};

} // namespace atrium::net
