#include "ansitext.h"

#include <QColor>
#include <QStringList>

namespace atrium::ansi {

namespace {

constexpr QChar Esc(0x1b);

// One escape sequence starting at text[i] (an ESC): its length, and its parameters and final
// character when it is a CSI ("ESC [ params final").
struct Sequence
{
    qsizetype length = 1;
    bool csi = false;
    QString params;
    QChar final;
};

Sequence readSequence(const QString &text, qsizetype i)
{
    Sequence s;
    const qsizetype n = text.size();
    if (i + 1 >= n)
        return s;
    const QChar kind = text.at(i + 1);
    if (kind == QLatin1Char('[')) {
        qsizetype j = i + 2;
        while (j < n && !(text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7e))
            ++j;
        s.csi = true;
        s.params = text.mid(i + 2, j - i - 2);
        s.final = j < n ? text.at(j) : QChar();
        s.length = std::min(n, j + 1) - i;
        return s;
    }
    if (kind == QLatin1Char(']')) { // OSC: up to BEL or ESC backslash
        qsizetype j = i + 2;
        while (j < n && text.at(j) != QChar(0x07) && !(text.at(j) == Esc && j + 1 < n && text.at(j + 1) == QLatin1Char('\\')))
            ++j;
        s.length = (j < n ? (text.at(j) == QChar(0x07) ? j + 1 : j + 2) : n) - i;
        return s;
    }
    s.length = 2; // ESC and one character (e.g. ESC c)
    return s;
}

bool isDroppedControl(QChar c)
{
    const ushort u = c.unicode();
    return (u < 0x20 && u != '\n' && u != '\t') || u == 0x7f;
}

// The 16 basic colours, tuned per background (xterm's defaults are unreadable on one of them).
QColor basicColour(int index, bool dark)
{
    static const QRgb light[16] = {0x1f2328, 0xc62828, 0x2e7d32, 0x8d6e00, 0x1565c0, 0x8e24aa, 0x00838f, 0x57606a,
                                   0x57606a, 0xe53935, 0x388e3c, 0x9e7c00, 0x1e88e5, 0xab47bc, 0x0097a7, 0x1f2328};
    static const QRgb darkSet[16] = {0x8b949e, 0xff7b72, 0x7ee787, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xc9d1d9,
                                     0x8b949e, 0xffa198, 0xaff5b4, 0xf2cc60, 0xa5d6ff, 0xe2c5ff, 0xb3f0ff, 0xf0f6fc};
    const int i = index < 0 ? 0 : index > 15 ? 15 : index;
    return QColor::fromRgb(dark ? darkSet[i] : light[i]);
}

QColor xtermColour(int n, bool dark)
{
    if (n < 16)
        return basicColour(n, dark);
    if (n < 232) {
        const int i = n - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (n - 232) * 10;
    return QColor(grey, grey, grey);
}

struct Style
{
    QColor fg;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool isPlain() const { return !fg.isValid() && !bold && !italic && !underline; }
    bool operator==(const Style &o) const
    {
        return fg == o.fg && bold == o.bold && italic == o.italic && underline == o.underline;
    }
};

void applySgr(const QString &params, Style &style, bool dark)
{
    const QStringList parts = params.isEmpty() ? QStringList{QStringLiteral("0")} : params.split(QLatin1Char(';'));
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const int code = parts.at(k).isEmpty() ? 0 : parts.at(k).toInt();
        if (code == 0) {
            style = Style{};
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 3) {
            style.italic = true;
        } else if (code == 4) {
            style.underline = true;
        } else if (code == 22) {
            style.bold = false;
        } else if (code == 23) {
            style.italic = false;
        } else if (code == 24) {
            style.underline = false;
        } else if (code >= 30 && code <= 37) {
            style.fg = basicColour(code - 30, dark);
        } else if (code >= 90 && code <= 97) {
            style.fg = basicColour(code - 90 + 8, dark);
        } else if (code == 39) {
            style.fg = QColor();
        } else if (code == 38 && k + 2 < parts.size() && parts.at(k + 1) == QLatin1String("5")) {
            style.fg = xtermColour(std::clamp(parts.at(k + 2).toInt(), 0, 255), dark);
            k += 2;
        } else if (code == 38 && k + 4 < parts.size() && parts.at(k + 1) == QLatin1String("2")) {
            style.fg = QColor(std::clamp(parts.at(k + 2).toInt(), 0, 255), std::clamp(parts.at(k + 3).toInt(), 0, 255),
                              std::clamp(parts.at(k + 4).toInt(), 0, 255));
            k += 4;
        } else if (code == 48 && k + 1 < parts.size()) {
            k += parts.at(k + 1) == QLatin1String("5") ? 2 : parts.at(k + 1) == QLatin1String("2") ? 4 : 0;
        }
        // Backgrounds, blink, inverse and the rest: left out (a log view keeps its own background).
    }
}

QString openSpan(const Style &style)
{
    QStringList css;
    if (style.fg.isValid())
        css << QStringLiteral("color:%1").arg(style.fg.name());
    if (style.bold)
        css << QStringLiteral("font-weight:600");
    if (style.italic)
        css << QStringLiteral("font-style:italic");
    if (style.underline)
        css << QStringLiteral("text-decoration:underline");
    return QStringLiteral("<span style=\"%1\">").arg(css.join(QLatin1Char(';')));
}

} // namespace

QString strip(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == Esc) {
            i += readSequence(text, i).length;
            continue;
        }
        if (!isDroppedControl(c))
            out.append(c);
        ++i;
    }
    return out;
}

QString toHtml(const QString &text, bool dark)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    Style style;
    Style open; // the style of the span currently open (plain: none)
    QString run;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        if (!(style == open)) {
            if (!open.isPlain())
                out += QLatin1String("</span>");
            if (!style.isPlain())
                out += openSpan(style);
            open = style;
        }
        out += run.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        run.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == Esc) {
            const Sequence s = readSequence(text, i);
            if (s.csi && s.final == QLatin1Char('m')) {
                flush();
                applySgr(s.params, style, dark);
            }
            i += s.length;
            continue;
        }
        if (!isDroppedControl(c))
            run.append(c);
        ++i;
    }
    flush();
    if (!open.isPlain())
        out += QLatin1String("</span>");
    return out;
}

} // namespace atrium::ansi
