#include "scaffoldertaskrun.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace atrium::backstage {

using atrium::sdk::ActionEvent;
using atrium::sdk::ActionResult;
using atrium::sdk::HttpResponse;
using ErrorKind = ScaffolderClient::ErrorKind;

namespace {

// The body of an error answer on the stream arrives as chunks; this much is kept for the message.
constexpr qsizetype MaxKeptStreamBody = 16 * 1024;

// The outcome a completion event reports: body.status when present, else the message Backstage
// writes ("Run completed with status: completed|failed|cancelled").
QString completionStatus(const QJsonObject &body)
{
    const QString status = body.value(QLatin1String("status")).toString();
    if (!status.isEmpty())
        return status;
    const QString message = body.value(QLatin1String("message")).toString();
    const QLatin1String marker("status: ");
    const qsizetype at = message.lastIndexOf(marker);
    return at < 0 ? QString() : message.mid(at + marker.size()).trimmed();
}

} // namespace

ScaffolderTaskRun::ScaffolderTaskRun(ScaffolderClient *client, const QString &templateRef, const QJsonObject &values,
                                     sdk::ActionRunSink *sink, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_templateRef(templateRef)
    , m_values(values)
    , m_sink(sink)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ScaffolderTaskRun::openStream);
}

// Requests still in flight have this object as their context: the host's client aborts them.
ScaffolderTaskRun::~ScaffolderTaskRun() = default;

void ScaffolderTaskRun::start()
{
    m_creating = true;
    m_client->createTask(m_templateRef, m_values, this,
                         [this](const QString &taskId, const ScaffolderClient::Error &error) { onCreated(taskId, error); });
}

QString ScaffolderTaskRun::streamWhat() const
{
    return tr("the event stream of task %1 of %2 (%3)")
        .arg(m_taskId, m_templateRef,
             m_client->describe("GET", QStringLiteral("api/scaffolder/v2/tasks/%1/eventstream").arg(m_taskId)));
}

void ScaffolderTaskRun::onCreated(const QString &taskId, const ScaffolderClient::Error &error)
{
    m_creating = false;
    if (m_finished) {
        // Cancelled while Backstage was creating it: cancel the task it created.
        if (!error.isError()) {
            m_taskId = taskId;
            sendCancel();
        }
        releaseIfIdle();
        return;
    }
    if (error.isError()) {
        finishWithError(error);
        return;
    }
    m_taskId = taskId;
    ActionEvent event;
    event.type = ActionEvent::Type::Output;
    event.text = tr("Backstage started task %1.").arg(taskId);
    event.data.insert(QStringLiteral("taskId"), taskId);
    const QUrl page = m_client->taskPage(taskId);
    if (!page.isEmpty())
        event.data.insert(QStringLiteral("taskUrl"), page.toString());
    emitEvent(event);
    if (!m_finished)
        openStream();
}

void ScaffolderTaskRun::openStream()
{
    if (m_finished)
        return;
    const quint64 generation = ++m_generation;
    m_parser.reset(); // a partial event of a dropped connection is never completed by the next one
    m_streamBody.clear();
    m_progress = false;
    m_streamRequest = m_client->openEventStream(
        m_taskId, m_lastEventId, this,
        [this, generation](const HttpResponse &response) { onStreamDone(generation, response); },
        [this, generation](const QByteArray &chunk) { onChunk(generation, chunk); });
}

void ScaffolderTaskRun::stopStream()
{
    ++m_generation;
    m_reconnectTimer.stop();
    if (m_streamRequest)
        m_client->cancelRequest(std::exchange(m_streamRequest, 0));
}

void ScaffolderTaskRun::onChunk(quint64 generation, const QByteArray &chunk)
{
    if (generation != m_generation || m_finished)
        return;
    if (m_streamBody.size() < MaxKeptStreamBody)
        m_streamBody += chunk.left(MaxKeptStreamBody - m_streamBody.size());
    const QList<SseEvent> events = m_parser.feed(chunk);
    for (const SseEvent &event : events) {
        if (generation != m_generation || m_finished)
            return;
        handleEvent(event);
    }
}

void ScaffolderTaskRun::handleEvent(const SseEvent &event)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        stopStream();
        const QString reason = parseError.error != QJsonParseError::NoError
            ? tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
            : tr("it is not a JSON object");
        finishWithError(tr("Backstage sent a bad \"%1\" event on %2: %3. The task %4 may still be running on the server.")
                            .arg(event.type, streamWhat(), reason, m_taskId));
        return;
    }
    const QString type = event.type != QLatin1String("message")
        ? event.type
        : document.object().value(QLatin1String("type")).toString();
    dispatch(type, document.object());
}

void ScaffolderTaskRun::dispatch(const QString &type, const QJsonObject &data)
{
    const QJsonValue id = data.value(QLatin1String("id"));
    if (id.isDouble()) {
        const qint64 number = id.toInteger();
        if (number <= m_lastEventId)
            return; // replayed after a reconnect: already emitted
        m_lastEventId = number;
        m_progress = true;
        m_failedAttempts = 0;
    }
    const QJsonObject body = data.value(QLatin1String("body")).toObject();
    const QString message = body.value(QLatin1String("message")).toString();

    if (type == QLatin1String("completion") || type == QLatin1String("cancelled")) {
        stopStream(); // Backstage closes it after the completion anyway
        ActionResult result;
        result.output = body.value(QLatin1String("output")).toObject();
        const QString status = completionStatus(body);
        if (type == QLatin1String("cancelled") || status == QLatin1String("cancelled")) {
            result.cancelled = true;
        } else if (status == QLatin1String("failed") || body.value(QLatin1String("error")).isObject()) {
            const QString reason = body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            result.errorString = tr("The template %1 failed in Backstage (task %2): %3")
                                     .arg(m_templateRef, m_taskId, reason.isEmpty() ? message : reason);
        } else {
            result.ok = true;
        }
        finish(result);
        return;
    }

    ActionEvent out;
    out.stepId = body.value(QLatin1String("stepId")).toString();
    out.text = message; // ANSI colour codes kept: the host renders them
    if (data.contains(QLatin1String("id")))
        out.data.insert(QStringLiteral("id"), id);
    if (data.contains(QLatin1String("createdAt")))
        out.data.insert(QStringLiteral("createdAt"), data.value(QLatin1String("createdAt")));
    const QString status = body.value(QLatin1String("status")).toString();
    if (type == QLatin1String("log") && !out.stepId.isEmpty() && status == QLatin1String("processing")) {
        out.type = ActionEvent::Type::StepStarted;
    } else if (type == QLatin1String("log") && !out.stepId.isEmpty()
               && (status == QLatin1String("completed") || status == QLatin1String("failed")
                   || status == QLatin1String("skipped") || status == QLatin1String("cancelled"))) {
        out.type = ActionEvent::Type::StepFinished;
        out.data.insert(QStringLiteral("status"), status);
    } else {
        out.type = ActionEvent::Type::Log;
        if (type != QLatin1String("log"))
            out.data.insert(QStringLiteral("type"), type); // e.g. "recovered"
    }
    emitEvent(out);
}

void ScaffolderTaskRun::onStreamDone(quint64 generation, const HttpResponse &response)
{
    if (generation != m_generation || m_finished)
        return;
    m_streamRequest = 0;
    if (response.error == HttpResponse::Error::NoCredential
        || (response.error == HttpResponse::Error::None && response.status >= 400 && response.status != 408
            && response.status != 429 && response.status < 500)) {
        ScaffolderClient::Error error = ScaffolderClient::errorFromResponse(response, streamWhat(), m_streamBody);
        if (error.kind != ErrorKind::NotFound && error.kind != ErrorKind::NotBackstage)
            error.message += QLatin1Char(' ') + tr("The task %1 may still be running on the server.").arg(m_taskId);
        finishWithError(error);
        return;
    }
    QString reason;
    if (response.error != HttpResponse::Error::None)
        reason = response.errorString;
    else if (response.status >= 300 || response.status < 200)
        reason = ScaffolderClient::errorFromResponse(response, streamWhat(), m_streamBody).message;
    else
        reason = tr("the stream ended before the task finished");
    catchUp(reason);
}

void ScaffolderTaskRun::catchUp(const QString &reason)
{
    const quint64 generation = ++m_generation;
    m_client->fetchEvents(m_taskId, m_lastEventId, this,
                          [this, generation, reason](const QJsonArray &events, const ScaffolderClient::Error &error) {
                              if (generation != m_generation || m_finished)
                                  return;
                              if (error.isError())
                                  qCDebug(lcBackstage).noquote() << error.message;
                              for (const QJsonValue &event : events) {
                                  const QJsonObject data = event.toObject();
                                  dispatch(data.value(QLatin1String("type")).toString(), data);
                                  if (generation != m_generation || m_finished)
                                      return;
                              }
                              scheduleReconnect(reason);
                          });
}

void ScaffolderTaskRun::scheduleReconnect(const QString &reason)
{
    const ScaffolderClient::Options &options = m_client->options();
    if (m_progress)
        m_failedAttempts = 0;
    ++m_failedAttempts;
    if (m_failedAttempts > options.maxReconnects) {
        const QUrl page = m_client->taskPage(m_taskId);
        const QString where = page.isEmpty() ? QString() : tr(" (%1)").arg(page.toString());
        QString last = reason;
        if (!last.endsWith(QLatin1Char('.')))
            last += QLatin1Char('.');
        finishWithError(tr("Lost the event stream of task %1 of %2 after %n attempt(s). The last one: %3 "
                           "The task may still be running on the server%4.",
                           nullptr, m_failedAttempts)
                            .arg(m_taskId, m_templateRef, last, where));
        return;
    }
    const int shift = std::min(m_failedAttempts - 1, 16);
    const int delay = std::min<qint64>(qint64(std::max(options.reconnectDelayMs, 0)) << shift,
                                       std::max(options.maxReconnectDelayMs, 0));
    qCDebug(lcBackstage).noquote() << "task" << m_taskId << "stream interrupted (" << reason << "), reconnect"
                                   << m_failedAttempts << "in" << delay << "ms after event" << m_lastEventId;
    m_reconnectTimer.start(delay);
}

void ScaffolderTaskRun::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    stopStream();
    ActionResult result;
    result.cancelled = true;
    if (m_taskId.isEmpty()) {
        // The task is being created: finish now; onCreated() cancels it once it has an id.
        finish(result, true);
        return;
    }
    result.output.insert(QStringLiteral("taskId"), m_taskId);
    m_cancelling = true;
    m_client->cancelTask(m_taskId, this, [this, result](const ScaffolderClient::Error &error) mutable {
        m_cancelling = false;
        if (error.isError())
            result.errorString = tr("Could not cancel task %1 of %2: %3 It may still be running on the server.")
                                     .arg(m_taskId, m_templateRef, error.message);
        finish(result);
    });
}

void ScaffolderTaskRun::sendCancel()
{
    m_cancelling = true;
    m_client->cancelTask(m_taskId, this, [this](const ScaffolderClient::Error &error) {
        m_cancelling = false;
        if (error.isError())
            qCWarning(lcBackstage).noquote() << error.message;
        releaseIfIdle();
    });
}

void ScaffolderTaskRun::emitEvent(const ActionEvent &event)
{
    if (m_sink && !m_finished)
        m_sink->event(event);
}

void ScaffolderTaskRun::finishWithError(const ScaffolderClient::Error &error)
{
    ActionResult result;
    result.errorString = error.message;
    if (!m_taskId.isEmpty())
        result.output.insert(QStringLiteral("taskId"), m_taskId);
    if (error.kind == ErrorKind::Authentication)
        result.output.insert(QStringLiteral("credentialRefused"), true);
    stopStream();
    finish(result);
}

void ScaffolderTaskRun::finishWithError(const QString &message)
{
    ScaffolderClient::Error error;
    error.kind = ErrorKind::InvalidResponse;
    error.message = message;
    finishWithError(error);
}

void ScaffolderTaskRun::finish(const ActionResult &result, bool queued)
{
    if (m_finished)
        return;
    m_finished = true;
    m_reconnectTimer.stop();
    if (!result.ok && !result.cancelled)
        qCDebug(lcBackstage).noquote() << result.errorString;
    // The provider forgets the run first, so the sink may start the action again.
    Q_EMIT runFinished();
    const auto deliver = [this, result] {
        QPointer<ScaffolderTaskRun> self(this);
        if (m_sink)
            std::exchange(m_sink, nullptr)->finished(result);
        if (self)
            releaseIfIdle();
    };
    if (queued)
        QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
    else
        deliver();
}

void ScaffolderTaskRun::releaseIfIdle()
{
    // The stream and a catch-up are aborted with this object (their context); only the answers
    // to creating and cancelling the task still matter.
    if (m_finished && !m_creating && !m_cancelling)
        deleteLater();
}

} // namespace atrium::backstage
