#include "scaffolderclient.h"

#include "backstageentityref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>

#include <utility>

namespace atrium::backstage {

using atrium::sdk::ActionInfo;
using atrium::sdk::HttpRequest;
using atrium::sdk::HttpResponse;

namespace {

const QString ByQueryPath = QStringLiteral("api/catalog/entities/by-query");
const QString TasksPath = QStringLiteral("api/scaffolder/v2/tasks");

QString taskPath(const QString &taskId, const QString &suffix)
{
    return TasksPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(taskId)) + suffix;
}

// The field a jsonschema error is about: "owner" for `requires property "owner"` (path [],
// argument "owner"), "name" for a pattern error at path ["name"], "items[2].name" for nested ones.
QString fieldOf(const QJsonObject &error)
{
    QString field;
    for (const QJsonValue &part : error.value(QLatin1String("path")).toArray()) {
        if (part.isDouble())
            field += QLatin1Char('[') + QString::number(part.toInteger()) + QLatin1Char(']');
        else
            field += (field.isEmpty() ? QString() : QStringLiteral(".")) + part.toString();
    }
    if (field.isEmpty()) {
        QString property = error.value(QLatin1String("property")).toString();
        if (property.startsWith(QLatin1String("instance.")))
            field = property.mid(9);
    }
    const QJsonValue argument = error.value(QLatin1String("argument"));
    if (error.value(QLatin1String("name")).toString() == QLatin1String("required") && argument.isString())
        field = field.isEmpty() ? argument.toString() : field + QLatin1Char('.') + argument.toString();
    return field;
}

} // namespace

ScaffolderClient::ScaffolderClient(sdk::HttpClient *http, const Options &options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(options)
{
    if (m_options.pageSize < 1)
        m_options.pageSize = Options{}.pageSize;
}

HttpRequest ScaffolderClient::jsonRequest(const QByteArray &method, const QString &path) const
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    request.transferTimeoutMs = m_options.requestTimeoutMs;
    return request;
}

QString ScaffolderClient::describe(const QByteArray &method, const QString &path) const
{
    QUrl base = m_http->baseUrl();
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return QString::fromLatin1(method) + QLatin1Char(' ') + BackstageClient::describeUrl(base.resolved(QUrl(path)));
}

QUrl ScaffolderClient::taskPage(const QString &taskId) const
{
    if (m_options.frontendUrl.isEmpty() || !m_options.frontendUrl.isValid())
        return {};
    QUrl url = m_options.frontendUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/create/tasks/") + taskId);
    return url;
}

// --- errors -----------------------------------------------------------------------------------

ScaffolderClient::Error ScaffolderClient::errorFromResponse(const HttpResponse &response, const QString &what,
                                                            const QByteArray &body)
{
    // The catalog's mapping (envelope, 401/403, 5xx, transport errors), with the body given here:
    // a stream's error body arrives in chunks, not in response.body.
    HttpResponse withBody = response;
    withBody.body = body;
    if (response.error != HttpResponse::Error::None)
        return BackstageClient::errorFromResponse(withBody, what);

    const int status = response.status;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const bool hasEnvelope = root.value(QLatin1String("error")).isObject();
    // Validation failures: {"errors":[{path, property, message, name, argument, ...}]}, no "error".
    QStringList problems;
    if (!hasEnvelope && root.value(QLatin1String("errors")).isArray()) {
        for (const QJsonValue &entry : root.value(QLatin1String("errors")).toArray()) {
            const QJsonObject e = entry.toObject();
            const QString message = e.value(QLatin1String("message")).toString();
            if (message.isEmpty())
                continue;
            const QString field = fieldOf(e);
            problems.append(field.isEmpty() ? message : tr("%1: %2").arg(field, message));
        }
    }
    Error error;
    error.status = status;
    if (status == 400 && !problems.isEmpty()) {
        error.kind = ErrorKind::BadRequest;
        error.message = tr("Backstage rejected the values for %1 (HTTP 400): %2").arg(what, problems.join(QLatin1String("; ")));
    } else if (status == 404 && !hasEnvelope) {
        error.kind = ErrorKind::NotBackstage;
        error.message = tr("%1 does not exist (HTTP 404 without a Backstage error): the base URL is wrong, or this Backstage has no scaffolder.")
                            .arg(what);
    } else {
        error = BackstageClient::errorFromResponse(withBody, what);
    }
    return error;
}

// --- templates --------------------------------------------------------------------------------

void ScaffolderClient::listTemplates(QObject *context, TemplatesDone done)
{
    requestTemplatePage(QString(), context ? context : this, std::move(done), {}, {});
}

void ScaffolderClient::requestTemplatePage(const QString &cursor, QObject *context, TemplatesDone done,
                                           QList<QJsonObject> collected, QStringList cursors)
{
    HttpRequest request = jsonRequest("GET", ByQueryPath);
    if (cursor.isEmpty()) {
        request.query = {{QStringLiteral("filter"), QStringLiteral("kind=template")},
                         {QStringLiteral("limit"), QString::number(m_options.pageSize)},
                         {QStringLiteral("orderField"), QStringLiteral("metadata.name,asc")}};
    } else {
        // limit is not part of the cursor; the filter is (anything else sent along is ignored).
        request.query = {{QStringLiteral("cursor"), cursor},
                         {QStringLiteral("limit"), QString::number(m_options.pageSize)}};
        cursors.append(cursor);
    }
    QPointer<QObject> target(context);
    const QString what = tr("the templates of the catalog (%1)").arg(describe("GET", ByQueryPath));
    m_http->send(request, this, [this, target, done, collected, cursors, what](const HttpResponse &response) mutable {
        if (!target)
            return;
        const auto fail = [&](const QString &message) {
            Error error;
            error.kind = ErrorKind::InvalidResponse;
            error.status = response.status;
            error.message = message;
            done({}, error);
        };
        if (!response.ok()) {
            done({}, errorFromResponse(response, what, response.body));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(tr("Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3).")
                     .arg(what, parseError.errorString())
                     .arg(parseError.offset));
            return;
        }
        const QJsonValue items = document.object().value(QLatin1String("items"));
        if (!document.isObject() || !items.isArray()) {
            fail(tr("Backstage sent a bad answer for %1: it has no \"items\" array.").arg(what));
            return;
        }
        for (const QJsonValue &item : items.toArray()) {
            const QJsonObject entity = item.toObject();
            if (entity.value(QLatin1String("kind")).toString().compare(QLatin1String("template"), Qt::CaseInsensitive) != 0
                || BackstageEntityRef::fromEntity(entity).name.isEmpty())
                continue; // not a Template: nothing to run
            collected.append(entity);
        }
        const QString next = document.object()
                                 .value(QLatin1String("pageInfo"))
                                 .toObject()
                                 .value(QLatin1String("nextCursor"))
                                 .toString();
        if (next.isEmpty()) {
            done(collected, Error{});
            return;
        }
        if (cursors.contains(next)) {
            Error error;
            error.kind = ErrorKind::CursorStalled;
            error.message = tr("The pagination of %1 stopped advancing: a page points to a page already read.").arg(what);
            done({}, error);
            return;
        }
        requestTemplatePage(next, target, std::move(done), std::move(collected), std::move(cursors));
    });
}

QJsonObject ScaffolderClient::parameterSchema(const QJsonObject &entity)
{
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = entity.value(QLatin1String("spec")).toObject();
    const BackstageEntityRef ref = BackstageEntityRef::fromEntity(entity);

    QJsonObject schema;
    // Backstage: title = metadata.title ?? metadata.name; description and presentation as they are.
    const QString title = metadata.value(QLatin1String("title")).toString();
    schema.insert(QStringLiteral("title"), title.isEmpty() ? ref.name : title);
    if (metadata.contains(QLatin1String("description")))
        schema.insert(QStringLiteral("description"), metadata.value(QLatin1String("description")));
    if (metadata.contains(QLatin1String("ui:options")))
        schema.insert(QStringLiteral("ui:options"), metadata.value(QLatin1String("ui:options")));
    if (spec.contains(QLatin1String("presentation")))
        schema.insert(QStringLiteral("presentation"), spec.value(QLatin1String("presentation")));

    // [spec.parameters ?? []].flat(): one object is one step; each step's schema is kept whole.
    const QJsonValue parameters = spec.value(QLatin1String("parameters"));
    QJsonArray stepSchemas;
    if (parameters.isArray())
        stepSchemas = parameters.toArray();
    else if (!parameters.isUndefined() && !parameters.isNull())
        stepSchemas.append(parameters);
    QJsonArray steps;
    for (const QJsonValue &value : std::as_const(stepSchemas)) {
        if (!value.isObject())
            continue;
        const QJsonObject stepSchema = value.toObject();
        QJsonObject step;
        const QJsonValue stepTitle = stepSchema.value(QLatin1String("title"));
        step.insert(QStringLiteral("title"), stepTitle.isUndefined() || stepTitle.isNull()
                                                 ? QJsonValue(tr("Please enter the following information"))
                                                 : stepTitle);
        if (stepSchema.contains(QLatin1String("description")))
            step.insert(QStringLiteral("description"), stepSchema.value(QLatin1String("description")));
        step.insert(QStringLiteral("schema"), stepSchema);
        steps.append(step);
    }
    schema.insert(QStringLiteral("steps"), steps);

    schema.insert(QStringLiteral("templateRef"), ref.toString());
    schema.insert(QStringLiteral("tags"), metadata.value(QLatin1String("tags")).isArray()
                                              ? metadata.value(QLatin1String("tags"))
                                              : QJsonValue(QJsonArray()));
    // The owner as Backstage resolved it (relations are full, lower-case refs); spec.owner as
    // written when the relation is not stitched yet.
    QString owner;
    for (const QJsonValue &relation : entity.value(QLatin1String("relations")).toArray()) {
        const QJsonObject r = relation.toObject();
        if (r.value(QLatin1String("type")).toString() == QLatin1String("ownedBy")) {
            owner = r.value(QLatin1String("targetRef")).toString();
            break;
        }
    }
    if (owner.isEmpty())
        owner = spec.value(QLatin1String("owner")).toString();
    schema.insert(QStringLiteral("owner"), owner);
    return schema;
}

ActionInfo ScaffolderClient::actionFromTemplate(const QJsonObject &entity)
{
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    BackstageEntityRef ref = BackstageEntityRef::fromEntity(entity);
    ref.kind = QStringLiteral("template");
    ActionInfo action;
    action.id = ref.toString();
    action.parametersSchema = parameterSchema(entity);
    action.title = action.parametersSchema.value(QLatin1String("title")).toString();
    action.description = metadata.value(QLatin1String("description")).toString();
    action.iconName = QStringLiteral("template");
    return action;
}

// --- tasks ------------------------------------------------------------------------------------

void ScaffolderClient::createTask(const QString &templateRef, const QJsonObject &values, QObject *context, TaskDone done)
{
    HttpRequest request = jsonRequest("POST", TasksPath);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.idempotent = false; // a retry could start the template twice
    QJsonObject body;
    body.insert(QStringLiteral("templateRef"), templateRef);
    body.insert(QStringLiteral("values"), values);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString what = tr("%1 (starting %2)").arg(describe("POST", TasksPath), templateRef);
    m_http->send(request, context ? context : this, [done, what](const HttpResponse &response) {
        if (!response.ok()) {
            Error error = errorFromResponse(response, what, response.body);
            // The request may have reached Backstage before the answer was lost.
            if (error.kind == ErrorKind::Timeout || error.kind == ErrorKind::Network)
                error.message += QLatin1Char(' ') + tr("Backstage may have started the task anyway: look at its task list before starting it again.");
            done({}, error);
            return;
        }
        Error error;
        error.status = response.status;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QString id = document.object().value(QLatin1String("id")).toString();
        if (parseError.error != QJsonParseError::NoError) {
            error.kind = ErrorKind::InvalidResponse;
            error.message = tr("Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3). The task may have been created.")
                                .arg(what, parseError.errorString())
                                .arg(parseError.offset);
        } else if (id.isEmpty()) {
            error.kind = ErrorKind::InvalidResponse;
            error.message = tr("Backstage sent a bad answer for %1: it has no task \"id\". The task may have been created.")
                                .arg(what);
        }
        done(error.isError() ? QString() : id, error);
    });
}

quint64 ScaffolderClient::openEventStream(const QString &taskId, qint64 after, QObject *context,
                                          sdk::HttpClient::Done done, sdk::HttpClient::Chunk chunk)
{
    HttpRequest request;
    request.method = "GET";
    request.path = taskPath(taskId, QStringLiteral("/eventstream"));
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    if (after > 0)
        request.query = {{QStringLiteral("after"), QString::number(after)}};
    request.stream = true;
    request.transferTimeoutMs = m_options.streamIdleTimeoutMs;
    return m_http->send(request, context ? context : this, std::move(done), std::move(chunk));
}

void ScaffolderClient::fetchEvents(const QString &taskId, qint64 after, QObject *context, EventsDone done)
{
    const QString path = taskPath(taskId, QStringLiteral("/events"));
    HttpRequest request = jsonRequest("GET", path);
    if (after > 0)
        request.query = {{QStringLiteral("after"), QString::number(after)}};
    const QString what = tr("the events of task %1 (%2)").arg(taskId, describe("GET", path));
    m_http->send(request, context ? context : this, [done, what](const HttpResponse &response) {
        if (!response.ok()) {
            done({}, errorFromResponse(response, what, response.body));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            Error error;
            error.kind = ErrorKind::InvalidResponse;
            error.status = response.status;
            error.message = tr("Backstage sent a bad answer for %1: it is not a JSON array.").arg(what);
            done({}, error);
            return;
        }
        done(document.array(), Error{});
    });
}

void ScaffolderClient::cancelTask(const QString &taskId, QObject *context, ErrorDone done)
{
    const QString path = taskPath(taskId, QStringLiteral("/cancel"));
    HttpRequest request = jsonRequest("POST", path);
    request.idempotent = true; // cancelling twice is harmless
    const QString what = tr("%1 (cancelling task %2)").arg(describe("POST", path), taskId);
    m_http->send(request, context ? context : this, [done, what](const HttpResponse &response) {
        done(response.ok() ? Error{} : errorFromResponse(response, what, response.body));
    });
}

void ScaffolderClient::cancelRequest(quint64 requestId)
{
    if (requestId)
        m_http->cancel(requestId);
}

} // namespace atrium::backstage
