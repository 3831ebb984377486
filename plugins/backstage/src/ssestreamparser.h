#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace atrium::backstage {

// One dispatched server-sent event.
struct SseEvent
{
    QString type = QStringLiteral("message"); // the "event:" field, "message" when absent
    QString data;                              // "data:" lines joined with "\n"
    QString lastEventId;                       // the "id:" field in effect (Backstage sends none)
};

// Incremental parser of a text/event-stream (WHATWG HTML, "event stream interpretation"). Chunks
// may split the stream anywhere: inside a line, between "\r" and "\n", inside a UTF-8 sequence
// (lines are decoded only once complete). Comments (":...") and unknown fields are skipped; an
// event is dispatched at a blank line, and an event still open when the stream ends is dropped.
class SseStreamParser
{
public:
    // The events completed by `chunk`, in order.
    QList<SseEvent> feed(const QByteArray &chunk);
    // Forgets any partial line or event (a new connection starts clean); keeps lastEventId.
    void reset();
    // Bytes received but not yet part of a complete line.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);

    QByteArray m_line;          // the incomplete line so far
    bool m_skipLf = false;      // the last chunk ended in "\r": a leading "\n" belongs to it
    bool m_started = false;     // the BOM check is done
    QString m_type;
    QString m_data;
    bool m_hasData = false;
    QString m_lastEventId;
};

} // namespace atrium::backstage
