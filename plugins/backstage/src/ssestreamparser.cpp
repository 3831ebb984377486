#include "ssestreamparser.h"

namespace atrium::backstage {

QList<SseEvent> SseStreamParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> out;
    qsizetype pos = 0;
    const qsizetype size = chunk.size();
    if (m_skipLf && size > 0) {
        m_skipLf = false;
        if (chunk.at(0) == '\n')
            pos = 1;
    }
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && chunk.at(end) != '\n' && chunk.at(end) != '\r')
            ++end;
        m_line.append(chunk.constData() + pos, end - pos);
        if (end == size)
            break; // the line continues in the next chunk
        if (chunk.at(end) == '\r') {
            if (end + 1 < size) {
                if (chunk.at(end + 1) == '\n')
                    ++end;
            } else {
                m_skipLf = true; // "\r" | "\n" split across chunks
            }
        }
        pos = end + 1;
        if (!m_started) {
            m_started = true;
            if (m_line.startsWith("\xEF\xBB\xBF"))
                m_line.remove(0, 3);
        }
        processLine(m_line, out);
        m_line.clear();
    }
    return out;
}

void SseStreamParser::reset()
{
    m_line.clear();
    m_skipLf = false;
    m_started = false;
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}

void SseStreamParser::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            SseEvent event;
            if (!m_type.isEmpty())
                event.type = m_type;
            event.data = m_data;
            if (event.data.endsWith(QLatin1Char('\n')))
                event.data.chop(1);
            event.lastEventId = m_lastEventId;
            out.append(event);
        }
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "data") {
        m_data += QString::fromUtf8(value);
        m_data += QLatin1Char('\n');
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    }
    // "retry" and unknown fields: ignored (reconnection is ours, with ?after=)
}

} // namespace atrium::backstage
