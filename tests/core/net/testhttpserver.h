#pragma once

// A scriptable HTTP/1.1 server for the HTTP client tests: per path a list of replies (consumed in
// order, the last one repeats), optionally over TLS (QSslServer). Records every request it sees.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

struct ScriptedReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;          // wait before answering
    bool stall = false;       // never answer
    bool dropMidBody = false; // announce the whole body, send half of it, close
    QList<QByteArray> chunks; // chunked transfer encoding, one chunk every chunkIntervalMs
    int chunkIntervalMs = 30;
    bool dropAfterChunks = false;  // chunked: close after the last chunk, without the final empty one
    bool stallAfterChunks = false; // chunked: keep the connection open after the last chunk

    static ScriptedReply stalled()
    {
        ScriptedReply reply;
        reply.stall = true;
        return reply;
    }
};

struct SeenRequest
{
    QByteArray method;
    QByteArray target; // as on the request line (absolute form through a proxy)
    QByteArray path;   // without the query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

class TestHttpServer : public QObject
{
public:
    // TLS when `tls` carries a local certificate.
    explicit TestHttpServer(const QSslConfiguration &tls = {}, QObject *parent = nullptr)
        : QObject(parent)
    {
        if (!tls.localCertificate().isNull()) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(tls);
            m_server = ssl;
            m_scheme = "https";
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        m_server->listen(QHostAddress::Any);
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("%1://%2:%3/").arg(QLatin1String(m_scheme), host).arg(port());
    }

    void route(const QByteArray &path, const QList<ScriptedReply> &replies) { m_routes[path] = replies; }
    // Asked first for every request; no reply: the routes answer.
    using Handler = std::function<std::optional<ScriptedReply>(const SeenRequest &)>;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void route(const QByteArray &path, const ScriptedReply &reply) { m_routes[path] = {reply}; }

    QList<SeenRequest> seen;
    int hits(const QByteArray &path) const
    {
        int n = 0;
        for (const auto &r : seen)
            n += r.path == path;
        return n;
    }
    const SeenRequest *last(const QByteArray &path) const
    {
        for (qsizetype i = seen.size() - 1; i >= 0; --i)
            if (seen[i].path == path)
                return &seen[i];
        return nullptr;
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            SeenRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            const QUrl target = request.target.startsWith('/')
                ? QUrl(QStringLiteral("http://x") + QString::fromLatin1(request.target))
                : QUrl(QString::fromLatin1(request.target));
            request.path = target.path().toLatin1();
            seen.append(request);
            respond(socket, request);
        });
    }

    ScriptedReply next(const QByteArray &path)
    {
        auto it = m_routes.find(path);
        if (it == m_routes.end())
            it = m_routes.find("*");
        if (it == m_routes.end() || it->isEmpty())
            return ScriptedReply{404, {}, "not found"};
        return it->size() > 1 ? it->takeFirst() : it->constFirst();
    }

    void respond(QTcpSocket *socket, const SeenRequest &request)
    {
        std::optional<ScriptedReply> handled = m_handler ? m_handler(request) : std::nullopt;
        const ScriptedReply reply = handled ? *handled : next(request.path);
        if (reply.stall)
            return;
        QPointer<QTcpSocket> guard(socket);
        auto send = [guard, reply] {
            if (!guard)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\nConnection: close\r\n";
            for (const auto &h : reply.headers)
                head += h.first + ": " + h.second + "\r\n";
            if (!reply.chunks.isEmpty()) {
                guard->write(head + "Transfer-Encoding: chunked\r\n\r\n");
                guard->flush();
                for (qsizetype i = 0; i <= reply.chunks.size(); ++i) {
                    QTimer::singleShot(int(i + 1) * reply.chunkIntervalMs, guard, [guard, reply, i] {
                        if (i == reply.chunks.size()) {
                            if (reply.stallAfterChunks)
                                return;
                            if (!reply.dropAfterChunks)
                                guard->write("0\r\n\r\n");
                            guard->disconnectFromHost();
                            return;
                        }
                        const QByteArray &c = reply.chunks[i];
                        guard->write(QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n");
                        guard->flush();
                    });
                }
                return;
            }
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            guard->write(head + (reply.dropMidBody ? reply.body.left(reply.body.size() / 2) : reply.body));
            guard->flush();
            guard->disconnectFromHost();
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, socket, send);
        else
            send();
    }

    QTcpServer *m_server = nullptr;
    QByteArray m_scheme = "http";
    QHash<QByteArray, QList<ScriptedReply>> m_routes;
    Handler m_handler;
};
