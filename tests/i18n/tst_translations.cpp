#include "application.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include "packages/package.h"
#include "plugins/pluginmetadata.h"

#include <QJsonObject>
#include <QtTest>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;
    bool plural = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                out.append(current);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression rx(QStringLiteral("%L?\\d|%n"));
    QStringList out;
    for (auto it = rx.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(u'L'));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyShippedStringHasAGermanTranslation()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(ATRIUM_SOURCE_DIR "/translations/atrium_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 200, "the .ts file looks empty: run the update_translations target");
        QStringList missing;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                continue;
            if (m.type == QLatin1String("unfinished") || m.translation.trimmed().isEmpty())
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, first: %2").arg(missing.size()).arg(missing.value(0))));
    }

    void translationsKeepTheirPlaceholders()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(ATRIUM_SOURCE_DIR "/translations/atrium_de.ts"), &error);
        QStringList broken;
        for (const Message &m : messages) {
            if (m.plural || m.translation.isEmpty())
                continue;
            if (placeholders(m.source) != placeholders(m.translation))
                broken.append(m.source + QStringLiteral(" → ") + m.translation);
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String("\n"))));
    }

    void germanIsLoadedFromTheEmbeddedCatalog()
    {
        atrium::app::installTranslators(QStringLiteral("de"));
        const QString text = QCoreApplication::translate("atrium::catalog", "the location target is empty");
        QVERIFY2(text != QLatin1String("the location target is empty"), qPrintable(text));
        QVERIFY(!text.isEmpty());
    }

    // Messages made outside a class (free tr() helpers) are looked up under the context lupdate
    // files them in: here the plugin host's metadata checks, read in German.
    void pluginMessagesAreTranslatedAtRunTime()
    {
        atrium::app::installTranslators(QStringLiteral("de"));
        QList<atrium::plugins::MetadataProblem> problems;
        atrium::plugins::PluginMetadata::fromJson(QJsonObject(), &problems);
        QVERIFY(!problems.isEmpty());
        const auto required = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
            return p.key == QLatin1String("id");
        });
        QVERIFY(required != problems.cend());
        QVERIFY2(required->message != QLatin1String("is required"), qPrintable(required->message));
        QCOMPARE(required->message, QCoreApplication::translate("atrium::plugins", "is required"));

        // A wrong type is reported by the metadata checker's own context.
        problems.clear();
        atrium::plugins::PluginMetadata::fromJson(QJsonObject{{QStringLiteral("id"), 7}}, &problems);
        const auto wrongType = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
            return p.key == QLatin1String("id");
        });
        QVERIFY(wrongType != problems.cend());
        QVERIFY2(wrongType->message.startsWith(QLatin1String("muss ")), qPrintable(wrongType->message));
    }

    void packageRefusalsAreTranslatedAtRunTime()
    {
        atrium::app::installTranslators(QStringLiteral("de"));
        const atrium::packages::PackageCheck check =
            atrium::packages::readPackage(QStringLiteral("/nonexistent/x.atrium-plugin"));
        QVERIFY(!check.ok());
        QVERIFY2(check.reason.contains(QLatin1String("/nonexistent/x.atrium-plugin")), qPrintable(check.reason));
        QVERIFY2(!check.reason.contains(QLatin1String("does not exist")), qPrintable(check.reason));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
