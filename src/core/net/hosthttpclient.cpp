#include "hosthttpclient.h"

#include "logging.h"
#include "net/redactor.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

namespace atrium::net {

using atrium::sdk::HttpRequest;
using atrium::sdk::HttpResponse;
using Error = HttpResponse::Error;

namespace {

bool isDefaultIdempotent(const QByteArray &method)
{
    static const QByteArray methods[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return std::find(std::begin(methods), std::end(methods), method) != std::end(methods);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// Errors below the HTTP layer: no (complete) response was received.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ConnectionRefusedError && error <= QNetworkReply::UnknownProxyError)
        || error == QNetworkReply::ProtocolFailure;
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString hostPort(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(effectivePort(url));
}

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

bool isHttpScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

struct HostHttpClient::Pending
{
    enum class Abort { None, ConnectTimeout, TooLarge };

    quint64 id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    Done done;
    Chunk chunk;
    QMetaObject::Connection contextWatch;
    std::shared_ptr<bool> active = std::make_shared<bool>(true); // false once cancelled

    QUrl url;
    QByteArray method;
    QByteArray body;
    bool idempotent = false;
    bool sendCredential = false;
    bool waitingForCredential = false;
    int attempts = 0;
    int redirects = 0;

    QNetworkReply *reply = nullptr;
    QTimer connectTimer;
    QTimer retryTimer;
    QElapsedTimer clock;
    QByteArray received;
    bool passThrough = false; // stream: the status is final, deliver chunks
    bool deliveredChunks = false;
    Abort abort = Abort::None;
    QList<QSslError> sslErrors;
};

HostHttpClient::HostHttpClient(const sdk::ConnectionInfo &connection, const QStringList &declaredHosts,
                               const CredentialSpec &credential, CredentialFetcher fetchCredential,
                               QObject *parent)
    : HostHttpClient(connection, declaredHosts, credential, std::move(fetchCredential), Options{}, parent)
{
}

HostHttpClient::HostHttpClient(const sdk::ConnectionInfo &connection, const QStringList &declaredHosts,
                               const CredentialSpec &credential, CredentialFetcher fetchCredential,
                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_declaredHosts(declaredHosts)
    , m_credential(credential)
    , m_fetchCredential(std::move(fetchCredential))
    , m_options(options)
{
    if (m_credential.kind == CredentialSpec::Kind::Basic && m_credential.username.isEmpty())
        m_credential.username = m_connection.settings.value(QStringLiteral("username")).toString();

    // http_proxy, https_proxy and no_proxy on Linux (through libproxy), the desktop's settings elsewhere.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.caBundlePath.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_options.caBundlePath, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcNet) << "no certificate in the CA bundle" << m_options.caBundlePath;
        m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
}

HostHttpClient::~HostHttpClient()
{
    QList<quint64> ids;
    for (const auto &entry : m_pending)
        ids.append(entry.first);
    for (quint64 id : ids)
        fail(id, Error::Cancelled, tr("The request was cancelled because its connection was closed."));
    for (const QByteArray &secret : std::as_const(m_registered))
        SecretRedactor::instance().remove(secret);
}

QString HostHttpClient::connectionId() const
{
    return m_connection.id;
}

QUrl HostHttpClient::baseUrl() const
{
    return m_connection.baseUrl;
}

void HostHttpClient::clearCredential()
{
    m_secret.clear();
    m_haveSecret = false;
}

bool HostHttpClient::hostMatches(const QStringList &patterns, const QString &host, int port)
{
    for (const QString &raw : patterns) {
        QString pattern = raw.trimmed();
        QString portText;
        if (pattern.startsWith(QLatin1Char('['))) { // "[::1]" or "[::1]:8080"
            const qsizetype close = pattern.indexOf(QLatin1Char(']'));
            if (close < 0)
                continue;
            portText = pattern.mid(close + 1);
            pattern = pattern.mid(1, close - 1);
            if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
                continue;
            portText = portText.mid(1);
        } else if (pattern.count(QLatin1Char(':')) == 1) {
            const qsizetype colon = pattern.indexOf(QLatin1Char(':'));
            portText = pattern.mid(colon + 1);
            pattern.truncate(colon);
        }
        int patternPort = -1;
        if (!portText.isEmpty()) {
            bool ok = false;
            patternPort = portText.toInt(&ok);
            if (!ok)
                continue;
        }
        if (patternPort != -1 && port != -1 && patternPort != port)
            continue;
        if (pattern.startsWith(QLatin1String("*."))) {
            const QStringView suffix = QStringView(pattern).mid(1); // ".example.com"
            if (host.size() > suffix.size() && host.endsWith(suffix, Qt::CaseInsensitive))
                return true;
        } else if (host.compare(pattern, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool HostHttpClient::isHostAllowed(const QUrl &url) const
{
    if (!isHttpScheme(url) || url.host().isEmpty())
        return false;
    if (url.host().compare(m_connection.baseUrl.host(), Qt::CaseInsensitive) == 0)
        return true;
    return hostMatches(m_declaredHosts, url.host(), effectivePort(url));
}

QUrl HostHttpClient::resolve(const HttpRequest &request) const
{
    QUrl url;
    const QUrl given(request.path);
    if (!given.isRelative()) {
        url = given;
    } else {
        QUrl base = m_connection.baseUrl;
        QString basePath = base.path();
        if (!basePath.endsWith(QLatin1Char('/')))
            basePath += QLatin1Char('/');
        base.setPath(basePath);
        base.setQuery(QString());
        base.setFragment(QString());
        QString relative = request.path;
        while (relative.startsWith(QLatin1Char('/'))) // keep the base path, never a network-path reference
            relative.remove(0, 1);
        url = base.resolved(QUrl(relative));
    }
    if (!request.query.isEmpty()) {
        QString query = url.query(QUrl::FullyEncoded);
        for (const auto &[key, value] : request.query) {
            if (!query.isEmpty())
                query += QLatin1Char('&');
            query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        url.setQuery(query, QUrl::StrictMode);
    }
    return url;
}

qint64 HostHttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = text.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : std::min<qint64>(secs, 365ll * 24 * 3600) * 1000;
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid()) {
        QString trimmed = QString::fromLatin1(text);
        trimmed.remove(QLatin1String(" GMT"));
        when = QLocale::c().toDateTime(trimmed, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

quint64 HostHttpClient::send(const HttpRequest &request, QObject *context, Done done, Chunk chunk)
{
    const quint64 id = m_nextId++;
    auto owned = std::make_unique<Pending>();
    Pending &p = *owned;
    p.id = id;
    p.request = request;
    p.context = context ? context : this;
    p.done = std::move(done);
    p.chunk = std::move(chunk);
    p.method = request.method.trimmed().toUpper();
    if (p.method.isEmpty())
        p.method = "GET";
    p.body = request.body;
    p.idempotent = request.idempotent.value_or(isDefaultIdempotent(p.method));
    p.url = resolve(request);
    p.connectTimer.setSingleShot(true);
    p.retryTimer.setSingleShot(true);
    connect(&p.connectTimer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->second->reply)
            return;
        it->second->abort = Pending::Abort::ConnectTimeout;
        it->second->reply->abort();
    });
    connect(&p.retryTimer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end())
            startAttempt(*it->second);
    });
    if (context) // nothing runs for a destroyed context: forget the request
        p.contextWatch = connect(context, &QObject::destroyed, this, [this, id] {
            auto it = m_pending.find(id);
            if (it == m_pending.end())
                return;
            it->second->context = nullptr;
            fail(id, Error::Cancelled, QString());
        });
    m_pending.emplace(id, std::move(owned));

    const bool sameHostAsBase = p.url.host().compare(m_connection.baseUrl.host(), Qt::CaseInsensitive) == 0
        && effectivePort(p.url) == effectivePort(m_connection.baseUrl);
    p.sendCredential = needsCredential() && (sameHostAsBase || m_options.credentialForDeclaredHosts);

    if (!isHttpScheme(p.url) || !p.url.isValid()) {
        fail(id, Error::HostNotAllowed, tr("%1 is not an http or https URL.").arg(p.url.toDisplayString()));
    } else if (!isHostAllowed(p.url)) {
        fail(id, Error::HostNotAllowed, tr("%1 is not one of the hosts this plugin declared.").arg(p.url.host()));
    } else if (p.sendCredential && !m_haveSecret) {
        p.waitingForCredential = true;
        m_waitingForCredential.append(id);
        fetchCredential();
    } else {
        p.attempts = 1;
        startAttempt(p);
    }
    return id;
}

void HostHttpClient::cancel(quint64 requestId)
{
    auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    logAttempt(*it->second, QStringLiteral("cancelled"));
    fail(requestId, Error::Cancelled, tr("The request was cancelled."));
}

void HostHttpClient::fetchCredential()
{
    if (m_fetching)
        return;
    m_fetching = true;
    if (!m_fetchCredential) {
        credentialArrived(false, {}, tr("no secret store is configured"));
        return;
    }
    QPointer<HostHttpClient> self(this);
    m_fetchCredential(this, [self](bool ok, QByteArray secret, QString error) {
        if (self)
            self->credentialArrived(ok, secret, error);
    });
}

void HostHttpClient::credentialArrived(bool ok, const QByteArray &secret, const QString &error)
{
    m_fetching = false;
    const QList<quint64> waiting = std::exchange(m_waitingForCredential, {});
    if (ok && !secret.isEmpty()) {
        m_secret = secret;
        m_haveSecret = true;
        QList<QByteArray> toRegister{secret};
        if (m_credential.kind == CredentialSpec::Kind::Basic)
            toRegister.append((m_credential.username.toUtf8() + ':' + secret).toBase64());
        for (const QByteArray &value : toRegister) {
            SecretRedactor::instance().add(value);
            m_registered.append(value);
        }
    }
    for (quint64 id : waiting) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        Pending &p = *it->second;
        p.waitingForCredential = false;
        if (m_haveSecret) {
            p.attempts = 1;
            startAttempt(p);
        } else {
            const QString reason = error.isEmpty() ? tr("no secret is stored") : error;
            fail(id, Error::NoCredential,
                 tr("No secret is available for the connection %1: %2").arg(m_connection.id, reason));
        }
    }
}

void HostHttpClient::applyCredential(QNetworkRequest &request) const
{
    switch (m_credential.kind) {
    case CredentialSpec::Kind::None:
        break;
    case CredentialSpec::Kind::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_secret);
        break;
    case CredentialSpec::Kind::Header:
        request.setRawHeader(m_credential.headerName, m_secret);
        break;
    case CredentialSpec::Kind::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_credential.username.toUtf8() + ':' + m_secret).toBase64());
        break;
    }
}

void HostHttpClient::startAttempt(Pending &p)
{
    p.received.clear();
    p.passThrough = false;
    p.abort = Pending::Abort::None;
    p.sslErrors.clear();
    p.clock.start();

    QNetworkRequest request(p.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(p.request.transferTimeoutMs > 0 ? p.request.transferTimeoutMs
                                                               : m_options.transferTimeoutMs);
    for (const auto &[name, value] : std::as_const(p.request.headers)) {
        // The host alone authenticates: a plugin's own credential headers are dropped.
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0
            || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0
            || (m_credential.kind == CredentialSpec::Kind::Header
                && name.compare(m_credential.headerName, Qt::CaseInsensitive) == 0))
            continue;
        request.setRawHeader(name, value);
    }
    if (p.sendCredential && m_haveSecret)
        applyCredential(request);

    QNetworkReply *reply = nullptr;
    if (p.method == "GET" && p.body.isEmpty())
        reply = m_nam->get(request);
    else if (p.method == "HEAD")
        reply = m_nam->head(request);
    else
        reply = m_nam->sendCustomRequest(request, p.method, p.body);
    p.reply = reply;

    const quint64 id = p.id;
    QTimer *connectTimer = &p.connectTimer;
    const int connectTimeout = m_options.connectTimeoutMs;
    // The connect timeout covers TCP and TLS set-up; a request waiting for a free connection or
    // reusing one is covered by the transfer timeout alone.
    connect(reply, &QNetworkReply::socketStartedConnecting, connectTimer,
            [connectTimer, connectTimeout] { connectTimer->start(connectTimeout); });
    connect(reply, &QNetworkReply::requestSent, connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::encrypted, connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_pending.find(id);
        if (it != m_pending.end())
            it->second->sslErrors = errors; // recorded for the message; never ignored
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end())
            onMetaData(*it->second);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end())
            onReadyRead(*it->second);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HostHttpClient::onMetaData(Pending &p)
{
    p.connectTimer.stop();
    const QVariant statusAttribute = p.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    const int status = statusAttribute.toInt();
    const bool willRetry = isRetryableStatus(status) && p.idempotent && p.attempts <= m_options.maxRetries;
    p.passThrough = !isRedirect(status) && !willRetry;
    if (!p.request.stream || !p.passThrough) {
        const QVariant length = p.reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
            p.abort = Pending::Abort::TooLarge;
            p.reply->abort();
        }
    }
}

void HostHttpClient::onReadyRead(Pending &p)
{
    if (!p.reply || p.abort != Pending::Abort::None)
        return;
    const QByteArray data = p.reply->readAll();
    if (data.isEmpty())
        return;
    if (p.request.stream && p.passThrough) {
        p.deliveredChunks = true;
        if (p.chunk && p.context)
            QMetaObject::invokeMethod(
                p.context,
                [chunk = p.chunk, active = p.active, data] {
                    if (*active)
                        chunk(data);
                },
                Qt::QueuedConnection);
        return;
    }
    if (p.received.size() + data.size() > m_options.maxBodyBytes) {
        p.abort = Pending::Abort::TooLarge;
        p.reply->abort(); // finished() follows synchronously
        return;
    }
    p.received += data;
}

void HostHttpClient::onFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    QNetworkReply *reply = p.reply;
    if (!reply)
        return;
    if (p.abort == Pending::Abort::None && reply->bytesAvailable() > 0)
        onReadyRead(p);
    p.reply = nullptr;
    p.connectTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QString where = hostPort(p.url);

    if (p.abort == Pending::Abort::TooLarge) {
        logAttempt(p, QStringLiteral("too large"));
        fail(id, Error::TooLarge,
             tr("The response from %1 is larger than the limit of %2.")
                 .arg(p.url.host(), QLocale().formattedDataSize(m_options.maxBodyBytes)));
        return;
    }

    const bool canRetry = p.idempotent && !p.deliveredChunks && p.attempts <= m_options.maxRetries;
    if (p.abort == Pending::Abort::ConnectTimeout) {
        logAttempt(p, QStringLiteral("connect timeout"));
        if (canRetry && scheduleRetry(p, {}))
            return;
        fail(id, Error::Timeout,
             tr("Connection to %1 timed out after %2 s.").arg(where, seconds(m_options.connectTimeoutMs)));
        return;
    }

    if (networkError != QNetworkReply::NoError && (status == 0 || isTransportError(networkError))) {
        const QString detail = reply->errorString();
        logAttempt(p, QStringLiteral("error: ") + detail);
        if (!p.sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            const QString reason = p.sslErrors.isEmpty() ? detail : p.sslErrors.constFirst().errorString();
            if (!p.sslErrors.isEmpty())
                fail(id, Error::Tls, tr("The certificate of %1 is not trusted: %2").arg(p.url.host(), reason));
            else
                fail(id, Error::Tls, tr("The secure connection to %1 failed: %2").arg(where, reason));
            return;
        }
        if (networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError) {
            const int timeout = p.request.transferTimeoutMs > 0 ? p.request.transferTimeoutMs
                                                                : m_options.transferTimeoutMs;
            fail(id, Error::Timeout, tr("%1 sent no data for %2 s.").arg(where, seconds(timeout)));
            return;
        }
        if (canRetry && scheduleRetry(p, {}))
            return;
        QString message;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            message = tr("%1 refused the connection.").arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            message = tr("The host %1 was not found.").arg(p.url.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
            message = tr("%1 closed the connection before the response was complete.").arg(where);
            break;
        default:
            if (networkError >= QNetworkReply::ProxyConnectionRefusedError
                && networkError <= QNetworkReply::UnknownProxyError)
                message = tr("The proxy failed for %1: %2").arg(where, detail);
            else
                message = tr("Could not reach %1: %2").arg(where, detail);
        }
        fail(id, Error::Network, message);
        return;
    }

    logAttempt(p, QString::number(status));
    if (isRedirect(status) && handleRedirect(p, status, reply->rawHeader("Location")))
        return;
    if (isRetryableStatus(status) && canRetry && scheduleRetry(p, reply->rawHeader("Retry-After")))
        return;

    HttpResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    if (!p.request.stream)
        response.body = std::exchange(p.received, {});
    finish(id, std::move(response));
}

bool HostHttpClient::handleRedirect(Pending &p, int status, const QByteArray &location)
{
    if (location.isEmpty())
        return false;
    const QUrl target = p.url.resolved(QUrl::fromEncoded(location.trimmed()));
    if (++p.redirects > m_options.maxRedirects) {
        fail(p.id, Error::TooManyRedirects,
             tr("%1 redirected too many times (the limit is %2).").arg(p.url.host()).arg(m_options.maxRedirects));
        return true;
    }
    if (!isHostAllowed(target)) {
        fail(p.id, Error::HostNotAllowed,
             tr("%1 redirected to %2, which is not one of the hosts this plugin declared.")
                 .arg(p.url.host(), target.host().isEmpty() ? target.toDisplayString() : target.host()));
        return true;
    }
    const bool otherHost = target.host().compare(p.url.host(), Qt::CaseInsensitive) != 0
        || effectivePort(target) != effectivePort(p.url);
    const bool downgrade = p.url.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http");
    if (otherHost || downgrade)
        p.sendCredential = false; // and it stays dropped for the rest of the chain
    if (status == 303 && p.method != "HEAD") {
        p.method = "GET";
        p.body.clear();
    }
    p.url = target;
    startAttempt(p);
    return true;
}

bool HostHttpClient::scheduleRetry(Pending &p, const QByteArray &retryAfter)
{
    const qint64 wait = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    if (wait > m_options.maxRetryAfterMs)
        return false;
    const int exponent = std::min(p.attempts - 1, 20);
    const qint64 ceiling = std::min<qint64>(m_options.backoffCapMs, qint64(m_options.backoffBaseMs) << exponent);
    const qint64 jitter = ceiling > 0 ? QRandomGenerator::global()->bounded(ceiling + 1) : 0;
    const qint64 delay = std::max(wait, jitter);
    qCDebug(lcNet).noquote() << SecretRedactor::instance().redact(
        QStringLiteral("%1 %2: retrying in %3 ms").arg(QString::fromLatin1(p.method), p.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)).arg(delay));
    ++p.attempts;
    p.retryTimer.start(int(delay));
    return true;
}

void HostHttpClient::fail(quint64 id, Error error, const QString &message)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    HttpResponse response;
    response.error = error;
    response.errorString = message;
    finish(id, std::move(response));
}

void HostHttpClient::finish(quint64 id, HttpResponse response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> p = std::move(it->second);
    m_pending.erase(it);
    m_waitingForCredential.removeAll(id);
    // Chunks already queued still reach the caller before `done` (same context, in order): a stream
    // that ends right after its last event must not lose it. A cancelled request delivers no more.
    if (response.error == Error::Cancelled)
        *p->active = false;
    p->connectTimer.stop();
    p->retryTimer.stop();
    disconnect(p->contextWatch);
    if (p->reply) {
        p->reply->disconnect(this);
        p->reply->abort();
        p->reply->deleteLater();
        p->reply = nullptr;
    }
    response.url = p->url;
    response.attempts = p->attempts;
    response.errorString = SecretRedactor::instance().redact(response.errorString);
    if (response.error != Error::None && response.error != Error::Cancelled)
        qCDebug(lcNet).noquote() << response.errorString;
    if (!p->context || !p->done)
        return;
    // Always queued: never inside send() or cancel(), and dropped if the context goes away first.
    QMetaObject::invokeMethod(
        p->context, [done = std::move(p->done), response = std::move(response)] { done(response); },
        Qt::QueuedConnection);
}

QString HostHttpClient::describe(const Pending &p) const
{
    return QString::fromLatin1(p.method) + QLatin1Char(' ')
        + p.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

void HostHttpClient::logAttempt(const Pending &p, const QString &outcome) const
{
    if (!lcNet().isDebugEnabled())
        return;
    const QString line = QStringLiteral("%1 → %2 in %3 ms (attempt %4)")
                             .arg(describe(p), outcome)
                             .arg(p.clock.isValid() ? p.clock.elapsed() : 0)
                             .arg(p.attempts);
    qCDebug(lcNet).noquote() << SecretRedactor::instance().redact(line);
}

} // namespace atrium::net
