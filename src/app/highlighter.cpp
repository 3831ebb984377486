#include "highlighter.h"

#include "logging.h"

#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr qint64 kMaxHighlightBytes = 512 * 1024;   // beyond this, plain text is the better trade
constexpr int kTimeoutMs = 5000;
constexpr int kCacheKiB = 8 * 1024;

QString toolPath()
{
    return QStringLiteral(ATRIUM_KATE_SYNTAX_HIGHLIGHTER);
}

QString plainHtml(const QString &text)
{
    return QStringLiteral("<pre>") + text.toHtmlEscaped() + QStringLiteral("</pre>");
}

// kate-syntax-highlighter writes a whole page; keep the <pre> and carry the theme's text colour
// (set on <body>) over to it, so unstyled tokens stay readable on the theme's background.
QString extractPre(const QString &page)
{
    const int begin = page.indexOf(QLatin1String("<pre>"));
    const int end = page.lastIndexOf(QLatin1String("</pre>"));
    if (begin < 0 || end < begin)
        return {};
    QString inner = page.mid(begin + 5, end - begin - 5);
    if (inner.startsWith(QLatin1Char('\n')))
        inner.remove(0, 1);   // the tool starts the block with a newline that rich text would show
    static const QRegularExpression bodyColor(QStringLiteral("<body[^>]*[\";]color:(#[0-9a-fA-F]{3,8})"));
    const QRegularExpressionMatch m = bodyColor.match(page.left(begin));
    const QString open = m.hasMatch() ? QStringLiteral("<pre style=\"color:%1\">").arg(m.captured(1))
                                      : QStringLiteral("<pre>");
    return open + inner + QStringLiteral("</pre>");
}

struct Waiter {
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(const QString &)> done;
};

struct State {
    QCache<QByteArray, QString> cache{kCacheKiB};
    QHash<QByteArray, QList<Waiter>> inFlight;   // one process per distinct request
};

State &state()
{
    static State s;
    return s;
}

void deliver(const QByteArray &key, const QString &html)
{
    const QList<Waiter> waiters = state().inFlight.take(key);
    for (const Waiter &w : waiters) {
        if (w.hadContext && !w.context)
            continue;   // the page that asked is gone
        w.done(html);
    }
}

} // namespace

Highlighter::Highlighter(QObject *parent)
    : QObject(parent)
{
}

Highlighter *Highlighter::instance()
{
    // Parented to the application so that running processes are ended with it.
    static QPointer<Highlighter> s_instance;
    if (!s_instance)
        s_instance = new Highlighter(QCoreApplication::instance());
    return s_instance;
}

bool Highlighter::available()
{
    const QString path = toolPath();
    return !path.isEmpty() && QFileInfo(path).isExecutable();
}

void Highlighter::highlight(const QString &text, const QString &syntax, bool dark, QObject *context,
                            std::function<void(const QString &html)> done)
{
    if (!done)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (!available() || syntax.isEmpty() || utf8.size() > kMaxHighlightBytes || text.isEmpty()) {
        done(plainHtml(text));
        return;
    }

    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(syntax.toUtf8());
    hash.addData(QByteArrayView(dark ? "d" : "l", 1));
    hash.addData(utf8);
    const QByteArray key = hash.result();

    State &s = state();
    if (const QString *cached = s.cache.object(key)) {
        done(*cached);
        return;
    }
    const bool running = s.inFlight.contains(key);
    s.inFlight[key].append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (running)
        return;

    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] {
        qCWarning(lcApp) << "kate-syntax-highlighter took too long; showing plain text";
        process->kill();
    });

    auto finish = [key, text, process](bool ok) {
        if (process->property("atriumDone").toBool())
            return;
        process->setProperty("atriumDone", true);
        QString html;
        if (ok)
            html = extractPre(QString::fromUtf8(process->readAllStandardOutput()));
        if (html.isEmpty()) {
            qCDebug(lcApp) << "highlighting failed:" << process->readAllStandardError();
            html = plainHtml(text);
        } else {
            state().cache.insert(key, new QString(html), int(qMax<qsizetype>(1, html.size() / 512)));
        }
        process->deleteLater();
        deliver(key, html);
    };
    connect(process, &QProcess::finished, this, [finish](int code, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit && code == 0);
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        // A crash or kill is followed by finished(); only a failed start ends here.
        if (error == QProcess::FailedToStart)
            finish(false);
    });

    const QStringList args{
        QStringLiteral("--stdin"),
        QStringLiteral("-f"), QStringLiteral("html"),
        QStringLiteral("-s"), syntax,
        QStringLiteral("-t"), dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light"),
    };
    process->start(toolPath(), args);
    process->write(utf8);
    process->closeWriteChannel();
    timer->start(kTimeoutMs);
}
