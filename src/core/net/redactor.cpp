#include "redactor.h"

#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace atrium::net {

namespace {

constexpr qsizetype MinimumSecretBytes = 4;

struct Registry
{
    mutable QReadWriteLock lock;
    QHash<QByteArray, int> counts;
    QList<QString> patterns; // longest first, so a secret containing another is replaced whole
};

Registry &registry()
{
    static Registry r;
    return r;
}

void rebuildPatterns(Registry &r)
{
    r.patterns.clear();
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
        r.patterns.append(QString::fromUtf8(it.key()));
        // The same secret as it appears in a percent-encoded URL or form body.
        const QString encoded = QString::fromLatin1(it.key().toPercentEncoding());
        if (encoded != r.patterns.last())
            r.patterns.append(encoded);
    }
    std::sort(r.patterns.begin(), r.patterns.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

const QRegularExpression &authorizationPattern()
{
    // "Authorization: Basic abc", "authorization=xyz", "Proxy-Authorization: ..."
    static const QRegularExpression re(
        QStringLiteral(R"((authorization\s*[:=]\s*)(?:(bearer|basic|token|digest|negotiate)\s+)?(?!(?:bearer|basic|token|digest|negotiate)\s)[^\s,;"'\]\[]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bearerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\b(bearer\s+)()[A-Za-z0-9\-._~+/]+=*)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Keeps group 1 (the name) and group 2 (the scheme, if any) of each match and replaces the rest.
QString replaceValues(const QString &text, const QRegularExpression &re)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m.captured(1);
        if (m.capturedLength(2) > 0)
            out += m.captured(2) + QLatin1Char(' ');
        out += SecretRedactor::placeholder();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

std::atomic<QtMessageHandler> previousHandler{nullptr};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::instance().redact(message);
    if (const QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, clean);
        return;
    }
    const QString line = qFormatLogMessage(type, context, clean);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::add(const QByteArray &secret)
{
    if (secret.size() < MinimumSecretBytes)
        return;
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    if (r.counts[secret]++ == 0)
        rebuildPatterns(r);
}

void SecretRedactor::remove(const QByteArray &secret)
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    auto it = r.counts.find(secret);
    if (it == r.counts.end())
        return;
    if (--it.value() <= 0) {
        r.counts.erase(it);
        rebuildPatterns(r);
    }
}

QString SecretRedactor::redact(const QString &text) const
{
    QString result = text;
    {
        Registry &r = registry();
        QReadLocker locker(&r.lock);
        for (const QString &secret : r.patterns)
            result.replace(secret, placeholder());
    }
    result = replaceValues(result, authorizationPattern());
    result = replaceValues(result, bearerPattern());
    return result;
}

void SecretRedactor::installMessageHandler()
{
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler.store(previous);
}

} // namespace atrium::net
