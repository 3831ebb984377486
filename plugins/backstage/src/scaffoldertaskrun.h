#pragma once

#include "scaffolderclient.h"
#include "ssestreamparser.h"

#include <atrium/sdk/providers.h>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace atrium::backstage {

// One run of a template: creates the scaffolder task, follows its event stream and reports to the
// sink: ActionEvents as they come, then finished() exactly once. When the stream ends or drops
// before the completion event, the events missed are read with GET .../events?after=<last id>
// (which also covers a completion lost with the connection's last bytes), then the stream is opened
// again with ?after=<last id>; an event id already emitted is never emitted again. After
// maxReconnects attempts in a row without a new event the run finishes with an error. Deletes
// itself (deleteLater) once finished and no request whose answer matters is in flight.
class ScaffolderTaskRun : public QObject
{
    Q_OBJECT

public:
    ScaffolderTaskRun(ScaffolderClient *client, const QString &templateRef, const QJsonObject &values,
                      atrium::sdk::ActionRunSink *sink, QObject *parent = nullptr);
    ~ScaffolderTaskRun() override;

    void start();
    // POST .../cancel when the task exists (as soon as it does), stop the stream, finish cancelled.
    void cancel();

    QString templateRef() const { return m_templateRef; }
    QString taskId() const { return m_taskId; }
    bool isFinished() const { return m_finished; }
    // The sink hears nothing more (the provider goes away).
    void detach() { m_sink = nullptr; }

Q_SIGNALS:
    // Once, right after the sink's finished().
    void runFinished();

private:
    void onCreated(const QString &taskId, const ScaffolderClient::Error &error);
    void openStream();
    void onChunk(quint64 generation, const QByteArray &chunk);
    void onStreamDone(quint64 generation, const atrium::sdk::HttpResponse &response);
    void handleEvent(const SseEvent &event);
    // One Backstage task event ({id, type, body, createdAt}) from the stream or from GET events.
    void dispatch(const QString &type, const QJsonObject &data);
    void catchUp(const QString &reason);
    void scheduleReconnect(const QString &reason);
    void sendCancel();
    void stopStream();
    void emitEvent(const atrium::sdk::ActionEvent &event);
    // queued: the sink hears it from the event loop (never inside cancelRun()).
    void finish(const atrium::sdk::ActionResult &result, bool queued = false);
    void finishWithError(const ScaffolderClient::Error &error);
    void finishWithError(const QString &message);
    void releaseIfIdle();
    QString streamWhat() const;

    ScaffolderClient *m_client = nullptr; // the provider's; it deletes its runs first
    QString m_templateRef;
    QJsonObject m_values;
    atrium::sdk::ActionRunSink *m_sink = nullptr;

    QString m_taskId;
    bool m_creating = false;        // POST v2/tasks in flight
    bool m_cancelRequested = false;
    bool m_cancelling = false;      // POST .../cancel in flight
    bool m_finished = false;
    quint64 m_streamRequest = 0;
    quint64 m_generation = 0;       // replies of an older stream (or catch-up) are ignored
    SseStreamParser m_parser;
    QByteArray m_streamBody;        // the start of a stream's body, for an error message
    qint64 m_lastEventId = 0;       // the highest data.id emitted
    bool m_progress = false;        // the current connection brought a new event
    int m_failedAttempts = 0;       // reconnects in a row without a new event
    QTimer m_reconnectTimer;
};

} // namespace atrium::backstage
