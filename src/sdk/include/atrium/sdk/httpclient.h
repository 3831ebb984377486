#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace atrium::sdk {

struct HttpRequest
{
    QByteArray method = "GET";
    // Relative to the connection's base URL ("api/catalog/entities"), or an absolute URL whose host
    // the plugin declared in its metadata ("hosts") or that is the base URL's host.
    QString path;
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization is set by the host, never here
    QByteArray body;
    // Retried on network errors, 429 and 5xx when idempotent. Unset: GET, HEAD, PUT, DELETE and
    // OPTIONS are idempotent, POST and PATCH are not.
    std::optional<bool> idempotent;
    int transferTimeoutMs = 0;    // 0: the host default (30 s); streams: time without data
    bool stream = false;          // deliver the body in chunks to onChunk (e.g. event streams)
};

struct HttpResponse
{
    enum class Error {
        None,
        HostNotAllowed,   // the URL's host was not declared by the plugin
        Timeout,          // connect (10 s) or transfer timeout
        Network,          // connection refused, DNS, reset, ...
        Tls,              // certificate not trusted, hostname mismatch, ...
        TooManyRedirects,
        TooLarge,         // body over the host's limit
        NoCredential,     // the connection needs a secret and none is available
        Cancelled,
    };

    int status = 0;                              // HTTP status; 0 when none was received
    QList<QPair<QByteArray, QByteArray>> headers; // response headers as received
    QByteArray body;                             // empty for streams
    QUrl url;                                    // final URL after redirects
    Error error = Error::None;
    QString errorString;                         // translated, secrets redacted
    int attempts = 0;                            // 1 + retries

    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

// One per connection, owned by the host. It injects the connection's credential, enforces the
// declared hosts, timeouts, retries and TLS verification. Plugins never see the secret.
class HttpClient
{
public:
    using Done = std::function<void(const HttpResponse &)>;
    using Chunk = std::function<void(const QByteArray &)>;

    virtual ~HttpClient() = default;

    virtual QString connectionId() const = 0;
    virtual QUrl baseUrl() const = 0;

    // Sends asynchronously and returns a request id. `done` runs exactly once on `context`'s thread,
    // unless `context` is destroyed first (then nothing runs). For request.stream, `chunk` receives
    // body data as it arrives.
    virtual quint64 send(const HttpRequest &request, QObject *context, Done done, Chunk chunk = {}) = 0;
    // Cancels a request; its `done` runs with Error::Cancelled.
    virtual void cancel(quint64 requestId) = 0;
};

} // namespace atrium::sdk
