// ANSI escape sequences in run logs (Backstage's scaffolder writes "\x1b[32minfo\x1b[39m: ...").

#include "ansitext.h"

#include <QTest>

using namespace atrium;

class TestAnsiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripRemovesEverySequence_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QChar esc(0x1b);
        QTest::newRow("recorded scaffolder line") << QStringLiteral("%1[32minfo%1[39m: Fetching template content").arg(esc)
                                                  << QStringLiteral("info: Fetching template content");
        QTest::newRow("bold and reset") << QStringLiteral("%1[1;31mERR%1[0m done").arg(esc) << QStringLiteral("ERR done");
        QTest::newRow("cursor moves") << QStringLiteral("a%1[2Kb%1[1Ac").arg(esc) << QStringLiteral("abc");
        QTest::newRow("osc title") << QStringLiteral("%1]0;title%2x").arg(esc).arg(QChar(0x07)) << QStringLiteral("x");
        QTest::newRow("two-byte escape") << QStringLiteral("%1cz").arg(esc) << QStringLiteral("z");
        QTest::newRow("cut off at the end") << QStringLiteral("ok%1[3").arg(esc) << QStringLiteral("ok");
        QTest::newRow("lone escape") << QStringLiteral("ok%1").arg(esc) << QStringLiteral("ok");
        QTest::newRow("controls but tab and newline") << QStringLiteral("a\tb\nc\rd%1e").arg(QChar(0x07))
                                                       << QStringLiteral("a\tb\ncde");
        QTest::newRow("unicode kept") << QStringLiteral("%1[33mÜber → 日本%1[0m").arg(esc) << QStringLiteral("Über → 日本");
    }

    void stripRemovesEverySequence()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ansi::strip(input), expected);
    }

    void htmlColoursPerTheme()
    {
        const QString line = QStringLiteral("\x1b[32minfo\x1b[39m: <b>a & b</b>\nnext");
        QCOMPARE(ansi::toHtml(line, false),
                 QStringLiteral("<span style=\"color:#2e7d32\">info</span>: &lt;b&gt;a &amp; b&lt;/b&gt;<br>next"));
        QCOMPARE(ansi::toHtml(line, true),
                 QStringLiteral("<span style=\"color:#7ee787\">info</span>: &lt;b&gt;a &amp; b&lt;/b&gt;<br>next"));
    }

    void htmlStylesAndPalettes()
    {
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[1;4mX\x1b[22mY\x1b[0mZ"), false),
                 QStringLiteral("<span style=\"font-weight:600;text-decoration:underline\">X</span>"
                                "<span style=\"text-decoration:underline\">Y</span>Z"));
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[38;5;196mR"), false), QStringLiteral("<span style=\"color:#ff0000\">R</span>"));
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[38;2;1;2;3mT\x1b[m"), false), QStringLiteral("<span style=\"color:#010203\">T</span>"));
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[91mbright"), false), QStringLiteral("<span style=\"color:#e53935\">bright</span>"));
        // Backgrounds are left out; the text stays.
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[41mbg\x1b[49m"), false), QStringLiteral("bg"));
        // Nonsense parameters do not crash and do not colour.
        QCOMPARE(ansi::toHtml(QStringLiteral("\x1b[38;5mX\x1b[999;;mY"), false), QStringLiteral("XY"));
    }

    void plainTextIsOnlyEscaped()
    {
        QCOMPARE(ansi::toHtml(QStringLiteral("plain"), false), QStringLiteral("plain"));
        QCOMPARE(ansi::toHtml(QString(), true), QString());
    }
};

QTEST_APPLESS_MAIN(TestAnsiText)
#include "tst_ansitext.moc"
