#pragma once

#include "backstageclient.h"

#include <atrium/sdk/httpclient.h>
#include <atrium/sdk/types.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace atrium::backstage {

// The Backstage scaffolder over the connection's sdk::HttpClient: the catalog's Template entities,
// their parameter forms, and tasks (create, event stream, cancel). Results arrive queued on the
// context given, never from inside the call.
class ScaffolderClient : public QObject
{
    Q_OBJECT

public:
    using Error = BackstageClient::Error;
    using ErrorKind = BackstageClient::ErrorKind;

    struct Options
    {
        int pageSize = 500;               // Templates per by-query page
        int requestTimeoutMs = 0;         // per request (0: the host's default)
        int streamIdleTimeoutMs = 300000; // event stream: time without data before reconnecting
        int maxReconnects = 5;            // event stream: attempts in a row without a new event
        int reconnectDelayMs = 1000;      // before the first reconnect; doubled per attempt
        int maxReconnectDelayMs = 30000;
        QUrl frontendUrl;                 // Backstage's web app, for links to a task ("" for none)
    };

    using TemplatesDone = std::function<void(const QList<QJsonObject> &templates, const Error &error)>;
    using TaskDone = std::function<void(const QString &taskId, const Error &error)>;
    using ErrorDone = std::function<void(const Error &error)>;
    using EventsDone = std::function<void(const QJsonArray &events, const Error &error)>;

    ScaffolderClient(atrium::sdk::HttpClient *http, const Options &options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }

    // Every Template entity of the catalog (by-query, filter=kind=template, following nextCursor).
    void listTemplates(QObject *context, TemplatesDone done);
    // POST api/scaffolder/v2/tasks {"templateRef","values"} (not retried): the new task's id.
    void createTask(const QString &templateRef, const QJsonObject &values, QObject *context, TaskDone done);
    // GET api/scaffolder/v2/tasks/{id}/eventstream[?after=N] as a stream; returns the request id.
    quint64 openEventStream(const QString &taskId, qint64 after, QObject *context,
                            atrium::sdk::HttpClient::Done done, atrium::sdk::HttpClient::Chunk chunk);
    // GET api/scaffolder/v2/tasks/{id}/events?after=N: the events the stream would replay, as one
    // JSON array (an ordinary response, read whole).
    void fetchEvents(const QString &taskId, qint64 after, QObject *context, EventsDone done);
    // POST api/scaffolder/v2/tasks/{id}/cancel.
    void cancelTask(const QString &taskId, QObject *context, ErrorDone done);
    void cancelRequest(quint64 requestId);

    // The web page of a task (<frontendUrl>/create/tasks/<id>); empty without a frontendUrl.
    QUrl taskPage(const QString &taskId) const;
    // "METHOD <full URL without query>" of a path below the base URL, for messages.
    QString describe(const QByteArray &method, const QString &path) const;

    // An action for a Template entity: id "template:<namespace>/<name>" (lower case), its title,
    // description, and the form of parameterSchema().
    static atrium::sdk::ActionInfo actionFromTemplate(const QJsonObject &entity);
    // What Backstage's GET v2/templates/{ns}/template/{name}/parameter-schema answers (title,
    // description, steps [{title, description?, schema}]), plus templateRef, tags and owner.
    static QJsonObject parameterSchema(const QJsonObject &entity);
    // The error of a scaffolder response that is not a 2xx, or of a transport failure; `what`
    // names the request. 400 {"errors":[jsonschema errors]} lists each error as "field: message".
    static Error errorFromResponse(const atrium::sdk::HttpResponse &response, const QString &what,
                                   const QByteArray &body);

private:
    void requestTemplatePage(const QString &cursor, QObject *context, TemplatesDone done,
                             QList<QJsonObject> collected, QStringList cursors);
    atrium::sdk::HttpRequest jsonRequest(const QByteArray &method, const QString &path) const;

    atrium::sdk::HttpClient *m_http = nullptr;
    Options m_options;
};

} // namespace atrium::backstage
