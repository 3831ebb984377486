// The one-pass reader of by-query pages (plugins/backstage/src/pagescanner.cpp) against Qt's JSON
// parser: on the recorded Backstage pages it must find the same items, fields and cursor, and keep
// each item's text exactly; on broken and hostile input it must say what is wrong, never crash.

#include "pagescanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using atrium::backstage::ScannedPage;
using atrium::backstage::scanPage;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BACKSTAGE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString field(const QJsonObject &entity, const char *name)
{
    return entity.value(QLatin1String("metadata")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

class TestPageScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedPagesReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("page 1") << QStringLiteral("catalog-by-query-page1.json");
        QTest::newRow("page 2") << QStringLiteral("catalog-by-query-page2.json");
        QTest::newRow("page 3, the last") << QStringLiteral("catalog-by-query-page3-last.json");
        QTest::newRow("the previous page of page 3") << QStringLiteral("catalog-by-query-prev-of-page3.json");
    }
    void recordedPagesReadAsQtReadsThem()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        const QJsonArray items = root.value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());

        const ScannedPage page = scanPage(body);
        QVERIFY2(page.ok(), qPrintable(page.errorText));
        QCOMPARE(page.totalItems, qint64(root.value(QLatin1String("totalItems")).toDouble(-1)));
        QCOMPARE(page.nextCursor, root.value(QLatin1String("pageInfo")).toObject().value(QLatin1String("nextCursor")).toString());
        QCOMPARE(page.items.size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject expected = items.at(i).toObject();
            const auto &item = page.items.at(i);
            QVERIFY(item.isObject);
            // The slice is the item's own text: it parses to the same object.
            QCOMPARE(QJsonDocument::fromJson(item.json).object(), expected);
            QVERIFY(item.json.startsWith('{') && item.json.endsWith('}'));
            QCOMPARE(item.kind, expected.value(QLatin1String("kind")).toString());
            QCOMPARE(item.name, field(expected, "name"));
            QCOMPARE(item.nameSpace, field(expected, "namespace"));
            QCOMPARE(item.uid, field(expected, "uid"));
            QCOMPARE(item.etag, field(expected, "etag"));
            QVERIFY(!item.etag.isEmpty());
            QCOMPARE(item.ref(), (item.kind + QLatin1Char(':') + item.nameSpace + QLatin1Char('/') + item.name).toLower());
        }
    }

    // Whitespace anywhere, escapes in keys and values, non-ASCII text: the slices stay exact.
    void prettyPrintedAndEscapedText()
    {
        const QByteArray body = "\n{ \"totalItems\" : 2 ,\r\n  \"items\" : [\n"
                                "    { \"kind\" : \"Component\", \"metadata\" : { \"na\\u006de\" : \"caf\\u00e9\\\"s\","
                                " \"annotations\": {\"name\": \"not this one\", \"namespace\": \"nor this\"},"
                                " \"namespace\": \"Prod\", \"uid\": \"u-1\", \"etag\": \"e1\" } } ,\n"
                                "    {\"kind\":\"API\",\"metadata\":{\"name\":\"\xc3\xbc" "ber-api\",\"uid\":\"u-2\",\"etag\":\"e2\"},"
                                "\"spec\":{\"metadata\":{\"name\":\"nested, ignored\"}}}\n"
                                "  ],\n  \"pageInfo\" : { \"nextCursor\" : \"abc=\" }\n}\n";
        const ScannedPage page = scanPage(body);
        QVERIFY2(page.ok(), qPrintable(page.errorText));
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].name, QString::fromUtf8("caf\xc3\xa9\"s"));
        QCOMPARE(page.items[0].nameSpace, QStringLiteral("Prod"));
        QCOMPARE(page.items[0].ref(), QString::fromUtf8("component:prod/caf\xc3\xa9\"s"));
        QCOMPARE(page.items[1].name, QString::fromUtf8("\xc3\xbc" "ber-api"));
        QCOMPARE(page.items[1].nameSpace, QStringLiteral("default")); // absent: Backstage's default
        QCOMPARE(page.nextCursor, QStringLiteral("abc="));
        QCOMPARE(page.totalItems, 2);
        const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(QJsonDocument::fromJson(page.items[i].json).object(), items.at(i).toObject());
        QVERIFY(page.items[0].json.startsWith("{ \"kind\""));
    }

    void fieldsOfTheWrongTypeAreNotTaken()
    {
        // A namespace that is no string counts as absent (as QJsonValue::toString("default") does);
        // a kind or name that is no string is empty, which the client refuses.
        const ScannedPage page = scanPage("{\"items\":[{\"kind\":\"Group\",\"metadata\":{\"name\":\"a\",\"namespace\":7}},"
                                          "{\"kind\":{\"x\":1},\"metadata\":{\"name\":\"b\"}},"
                                          "{\"kind\":\"Group\",\"metadata\":{\"name\":[\"c\"]}},"
                                          "{\"kind\":\"Group\",\"metadata\":\"d\"},"
                                          "{\"kind\":\"Group\",\"metadata\":{\"name\":\"e\",\"namespace\":\"x\",\"namespace\":null}},"
                                          "3, null, [1]]}");
        QVERIFY2(page.ok(), qPrintable(page.errorText));
        QCOMPARE(page.items.size(), 8);
        QCOMPARE(page.items[0].nameSpace, QStringLiteral("default"));
        QCOMPARE(page.items[0].name, QStringLiteral("a"));
        QVERIFY(page.items[1].kind.isEmpty());
        QVERIFY(page.items[2].name.isEmpty());
        QVERIFY(page.items[3].name.isEmpty());
        QCOMPARE(page.items[4].nameSpace, QStringLiteral("default")); // the last member counts
        for (int i = 5; i < 8; ++i)
            QVERIFY(!page.items[i].isObject);
        for (int i = 0; i < 5; ++i)
            QVERIFY(page.items[i].isObject);
        QCOMPARE(page.totalItems, -1);
        QVERIFY(page.nextCursor.isEmpty());
    }

    void brokenPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("text"); // part of errorText, for invalid JSON

        const auto invalid = int(ScannedPage::Problem::InvalidJson);
        QTest::newRow("recorded truncated page") << fixture(QStringLiteral("broken-page-truncated.json")) << invalid << QString();
        QTest::newRow("recorded items not an array")
            << fixture(QStringLiteral("broken-page-items-not-array.json")) << int(ScannedPage::Problem::NoItems) << QString();
        QTest::newRow("empty body") << QByteArray() << invalid << QStringLiteral("empty");
        QTest::newRow("garbage after the page") << QByteArray("{\"items\":[]} x") << invalid << QStringLiteral("root");
        QTest::newRow("NUL byte") << QByteArray("{\"items\":[]}\0{}", 15) << invalid << QStringLiteral("nul");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"items\":[{\"kind\":\"\xff\xfe\"}]}") << invalid << QStringLiteral("encoding");
        QTest::newRow("deep nesting") << QByteArray("{\"items\":") + QByteArray(200000, '[') << invalid << QStringLiteral("nested");
        QTest::newRow("deep objects")
            << (QByteArray("{\"items\":[") + QByteArray("{\"a\":").repeated(100000)) << invalid << QStringLiteral("nested");
        QTest::newRow("root array") << QByteArray("[{\"items\":[]}]") << int(ScannedPage::Problem::NotAnObject) << QString();
        QTest::newRow("root string") << QByteArray("\"items\"") << int(ScannedPage::Problem::NotAnObject) << QString();
        QTest::newRow("no items") << QByteArray("{\"totalItems\":0}") << int(ScannedPage::Problem::NoItems) << QString();
        QTest::newRow("items null") << QByteArray("{\"items\":null}") << int(ScannedPage::Problem::NoItems) << QString();
        QTest::newRow("items an object") << QByteArray("{\"items\":{}}") << int(ScannedPage::Problem::NoItems) << QString();
        QTest::newRow("total a string") << QByteArray("{\"items\":[],\"totalItems\":\"3\"}") << int(ScannedPage::Problem::BadTotal) << QString();
        QTest::newRow("total negative") << QByteArray("{\"items\":[],\"totalItems\":-1}") << int(ScannedPage::Problem::BadTotal) << QString();
        QTest::newRow("total an array") << QByteArray("{\"items\":[],\"totalItems\":[3]}") << int(ScannedPage::Problem::BadTotal) << QString();
        QTest::newRow("pageInfo a string") << QByteArray("{\"items\":[],\"pageInfo\":\"x\"}") << int(ScannedPage::Problem::BadPageInfo) << QString();
        QTest::newRow("pageInfo an array") << QByteArray("{\"items\":[],\"pageInfo\":[]}") << int(ScannedPage::Problem::BadPageInfo) << QString();
        QTest::newRow("cursor a number")
            << QByteArray("{\"items\":[],\"pageInfo\":{\"nextCursor\":5}}") << int(ScannedPage::Problem::BadNextCursor) << QString();
        QTest::newRow("cursor an object")
            << QByteArray("{\"items\":[],\"pageInfo\":{\"nextCursor\":{}}}") << int(ScannedPage::Problem::BadNextCursor) << QString();
        // The first problem in the client's order wins, wherever it is in the text.
        QTest::newRow("bad cursor before missing items")
            << QByteArray("{\"pageInfo\":{\"nextCursor\":5},\"items\":3}") << int(ScannedPage::Problem::NoItems) << QString();
    }
    void brokenPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, problem);
        QFETCH(QString, text);
        const ScannedPage page = scanPage(body);
        QCOMPARE(int(page.problem), problem);
        if (problem == int(ScannedPage::Problem::InvalidJson)) {
            QVERIFY(page.items.isEmpty());
            QVERIFY(!page.errorText.isEmpty());
            QVERIFY2(page.errorText.contains(text, Qt::CaseInsensitive), qPrintable(page.errorText));
            QVERIFY(page.errorOffset >= 0 && page.errorOffset <= body.size());
        }
    }

    void nullAndEmptyCursorsMeanNone()
    {
        QCOMPARE(scanPage("{\"items\":[],\"pageInfo\":{\"nextCursor\":null}}").nextCursor, QString());
        QVERIFY(scanPage("{\"items\":[],\"pageInfo\":{\"nextCursor\":null}}").ok());
        QVERIFY(scanPage("{\"items\":[],\"pageInfo\":null}").ok());
        QVERIFY(scanPage("{\"items\":[],\"pageInfo\":{}}").ok());
        QCOMPARE(scanPage("{\"items\":[],\"pageInfo\":{\"nextCursor\":\"\"}}").nextCursor, QString());
        QCOMPARE(scanPage("{\"items\":[],\"pageInfo\":{\"prevCursor\":\"p\",\"nextCursor\":\"n\"}}").nextCursor, QStringLiteral("n"));
        // A repeated items key: the last one counts, as in a parsed object.
        QCOMPARE(scanPage("{\"items\":[{\"kind\":\"A\",\"metadata\":{\"name\":\"a\"}}],\"items\":[]}").items.size(), 0);
    }

    // Every prefix of a recorded page, and pages with random bytes changed: the reader agrees with
    // Qt on whether the text is JSON (except where Qt is laxer than JSON), and never crashes.
    void cutAndDamagedPagesAgreeWithQt()
    {
        const QByteArray body = fixture(QStringLiteral("catalog-by-query-page1.json"));
        for (qsizetype cut = 0; cut < body.size(); cut += 7) {
            const QByteArray part = body.left(cut);
            const bool qtValid = !QJsonDocument::fromJson(part).isNull();
            const ScannedPage page = scanPage(part);
            QVERIFY2((page.problem != ScannedPage::Problem::InvalidJson) == qtValid,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(page.errorText)));
        }
        QRandomGenerator random(20261203);
        const char replacements[] = {'{', '}', '[', ']', '"', ',', ':', '\\', 'x', ' ', '0'};
        int lenient = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = body;
            const int changes = 1 + random.bounded(3);
            for (int c = 0; c < changes; ++c)
                damaged[random.bounded(int(damaged.size()))] = replacements[random.bounded(int(sizeof replacements))];
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(damaged, &error);
            const ScannedPage page = scanPage(damaged);
            const bool qtValid = error.error == QJsonParseError::NoError;
            if ((page.problem != ScannedPage::Problem::InvalidJson) != qtValid) {
                // Qt accepts an unknown escape such as "\l" in a string, which JSON forbids; that
                // is the one difference allowed, and only in that direction.
                QVERIFY2(qtValid && page.errorText.contains(QLatin1String("invalid escape")),
                         qPrintable(QStringLiteral("Qt: %1, the reader: %2 at byte %3")
                                        .arg(error.errorString(), page.errorText)
                                        .arg(page.errorOffset)));
                ++lenient;
                continue;
            }
            if (qtValid && page.ok()) {
                const QJsonArray items = document.object().value(QLatin1String("items")).toArray();
                QCOMPARE(page.items.size(), items.size());
            }
        }
        QVERIFY(lenient < 2000 / 10); // most damaged pages are judged alike
    }
};

QTEST_GUILESS_MAIN(TestPageScanner)
#include "tst_pagescanner.moc"
