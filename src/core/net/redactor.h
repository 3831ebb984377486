#pragma once

#include <QByteArray>
#include <QString>

namespace atrium::net {

// Process-wide list of secrets that must never appear in a log line. Every secret the host reads
// from or writes to the keychain is added here; redact() replaces each of them (and any
// "Authorization: ..." or "Bearer ..." value) with "[redacted]". Thread-safe.
class SecretRedactor
{
public:
    static SecretRedactor &instance();

    // Secrets shorter than 4 bytes are ignored (they would redact ordinary words). Reference
    // counted: a secret added twice stays until removed twice.
    void add(const QByteArray &secret);
    void remove(const QByteArray &secret);

    QString redact(const QString &text) const;

    // Wraps the current Qt message handler so that every qDebug/qInfo/qWarning/qCritical and
    // category line goes through redact() first. Calling it again re-wraps whatever handler was
    // installed in between (and does nothing when ours is still the current one).
    static void installMessageHandler();

    static QString placeholder() { return QStringLiteral("[redacted]"); }

private:
    SecretRedactor() = default;
};

} // namespace atrium::net
