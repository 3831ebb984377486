#include "plugins/pluginmanager.h"

#include <atrium/sdk/plugin.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace atrium;
using namespace atrium::plugins;
using State = PluginRecord::State;

Q_LOGGING_CATEGORY(lcTestPlugin, "atrium.plugin.test")

namespace {

// The smallest real host context: in-memory settings, no connections, no catalog.
class TestContext : public sdk::PluginContext
{
public:
    explicit TestContext(QString id) : m_id(std::move(id)) {}
    QString pluginId() const override { return m_id; }
    QList<sdk::ConnectionInfo> connections() const override { return {}; }
    sdk::HttpClient *httpClient(const QString &) override { return nullptr; }
    void onConnectionsChanged(QObject *, std::function<void()>) override {}
    sdk::CatalogReader *catalog() override { return nullptr; }
    void notify(const sdk::Notification &) override {}
    QVariant setting(const QString &key, const QVariant &defaultValue) const override
    {
        return m_settings.value(key, defaultValue);
    }
    void setSetting(const QString &key, const QVariant &value) override { m_settings.insert(key, value); }
    const QLoggingCategory &logging() const override { return lcTestPlugin(); }
    QString dataDirectory() const override { return {}; }

private:
    QString m_id;
    QVariantMap m_settings;
};

QStringList initialized() { return qApp->property("atriumTestInitialized").toStringList(); }
QStringList shutDown() { return qApp->property("atriumTestShutDown").toStringList(); }

std::unique_ptr<PluginManager> makeManager(PluginManager::Options options)
{
    auto manager = std::make_unique<PluginManager>(std::move(options));
    manager->setContextFactory([](const PluginRecord &record) { return std::make_unique<TestContext>(record.id); });
    return manager;
}

std::unique_ptr<PluginManager> makeManager(const QStringList &paths, const QString &marker)
{
    PluginManager::Options options;
    options.searchPaths = paths;
    options.crashMarkerPath = marker;
    return makeManager(options);
}

State stateOf(const PluginManager &manager, const QString &id)
{
    const PluginRecord *record = manager.plugin(id);
    return record ? record->state : State::Invalid;
}

QString errorOf(const PluginManager &manager, const QString &id)
{
    const PluginRecord *record = manager.plugin(id);
    return record ? record->error : QStringLiteral("<no record %1>").arg(id);
}

// In the child process: loads the plugins of one folder, optionally retrying a held-back plugin.
int crashChild(const QStringList &args)
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    auto manager = makeManager(QStringList{args.value(0)}, args.value(1));
    manager->loadAll();
    QTextStream out(stdout);
    out << manager->crashedPluginId() << ' ' << stateName(stateOf(*manager, "fixture.abort")) << Qt::endl;
    if (args.value(2) == QLatin1String("retry"))
        manager->resolveCrash(false);
    return 0;
}

} // namespace

class TestPluginManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;

    QString folder(const QString &name) const { return m_root->filePath(name); }
    QString marker() const { return m_root->filePath("state/loading-plugin"); }

    // Copies a fixture library to <root>/<relative> (e.g. "dev/fixture.good/lib/libgood.so").
    QString install(const QString &fixture, const QString &relative) const
    {
        const QString target = m_root->filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(fixture, target))
            qFatal("cannot copy %s to %s", qPrintable(fixture), qPrintable(target));
        return target;
    }

    std::unique_ptr<PluginManager> loaded(const QStringList &folders)
    {
        QStringList paths;
        for (const QString &f : folders)
            paths.append(folder(f));
        auto manager = makeManager(paths, marker());
        manager->loadAll();
        return manager;
    }

    QProcess *runChild(const QString &pluginFolder, const QString &mode)
    {
        auto *process = new QProcess(this);
        process->start(QCoreApplication::applicationFilePath(),
                       {"--crash-child", pluginFolder, marker(), mode});
        process->waitForFinished(30000);
        return process;
    }

private slots:
    void init()
    {
        QSettings().clear();
        QSettings().sync();
        qApp->setProperty("atriumTestInitialized", QVariant());
        qApp->setProperty("atriumTestShutDown", QVariant());
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
    }

    void loadsAGoodPlugin()
    {
        install(FIXTURE_GOOD, "dev/fixture.good/lib/libfixture_good.so");
        auto manager = makeManager({folder("dev")}, marker());
        QSignalSpy loadedSpy(manager.get(), &PluginManager::pluginLoaded);
        QSignalSpy changedSpy(manager.get(), &PluginManager::pluginsChanged);
        manager->loadAll();
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Loaded);
        QCOMPARE(errorOf(*manager, "fixture.good"), QString());
        QVERIFY(manager->instance("fixture.good"));
        QCOMPARE(initialized(), QStringList{"fixture.good"});
        QCOMPARE(loadedSpy.size(), 1);
        QCOMPARE(loadedSpy.first().first().toString(), QStringLiteral("fixture.good"));
        QVERIFY(changedSpy.size() >= 1);
        const PluginRecord *record = manager->plugin("fixture.good");
        QCOMPARE(record->origin, PluginRecord::Origin::Development);
        QCOMPARE(record->directory, folder("dev"));
        QCOMPARE(record->metadata.version, QVersionNumber(1, 2, 0));
        QVERIFY(!QFile::exists(marker())); // the crash guard cleaned up
        manager.reset();
        QCOMPARE(shutDown(), QStringList{"fixture.good"});
    }

    void discoverLoadsNothing()
    {
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        auto manager = makeManager({folder("dev")}, marker());
        manager->discover();
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Ready);
        QCOMPARE(stateName(State::Ready), QStringLiteral("ready"));
        QVERIFY(!manager->instance("fixture.good"));
        QVERIFY(initialized().isEmpty());
    }

    void dependenciesLoadFirst()
    {
        // fixture.dependent sorts before fixture.good and sits in an earlier folder.
        install(FIXTURE_DEPENDENT, "a/libfixture_dependent.so");
        install(FIXTURE_GOOD, "b/fixture.good/libfixture_good.so");
        auto manager = loaded({"a", "b"});
        QCOMPARE(initialized(), QStringList({"fixture.good", "fixture.dependent"}));
        const auto list = manager->plugins();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("fixture.good"));
        QCOMPARE(list.at(1).id, QStringLiteral("fixture.dependent"));
        manager.reset();
        QCOMPARE(shutDown(), QStringList({"fixture.dependent", "fixture.good"}));
    }

    void invalidMetadata()
    {
        install(FIXTURE_BADTYPES, "dev/libfixture_badtypes.so");
        install(FIXTURE_WRONGAPI, "dev/libfixture_wrongapi.so");
        install(FIXTURE_OVERSIZE, "dev/libfixture_oversize.so");
        auto manager = loaded({"dev"});
        QVERIFY(initialized().isEmpty());

        const QString badTypes = folder("dev/libfixture_badtypes.so"); // no usable id: known by its path
        QCOMPARE(stateOf(*manager, badTypes), State::Invalid);
        for (const char *key : {"id", "name", "version", "compatVersion", "apiVersion", "producer", "description",
                                "capabilities", "hosts", "credentials", "dependencies", "connectionSchema", "platforms"})
            QVERIFY2(errorOf(*manager, badTypes).contains(QStringLiteral("\n%1: ").arg(key))
                         || errorOf(*manager, badTypes).startsWith(QStringLiteral("%1: ").arg(key)),
                     key);

        QCOMPARE(stateOf(*manager, "fixture.wrongapi"), State::Invalid);
        QVERIFY2(errorOf(*manager, "fixture.wrongapi").startsWith("apiVersion: "), qPrintable(errorOf(*manager, "fixture.wrongapi")));
        QCOMPARE(stateOf(*manager, "fixture.oversize"), State::Invalid);
        QVERIFY2(errorOf(*manager, "fixture.oversize").startsWith("MetaData: "), qPrintable(errorOf(*manager, "fixture.oversize")));
        QVERIFY(errorOf(*manager, "fixture.oversize").contains("256 KiB"));
    }

    void notALibrary()
    {
        QDir().mkpath(folder("dev/broken/lib"));
        QFile text(folder("dev/broken/lib/libbroken.so"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not an ELF file\n");
        text.close();
        QFile good(FIXTURE_GOOD);
        QVERIFY(good.open(QIODevice::ReadOnly));
        QFile truncated(folder("dev/libtruncated.so"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(good.read(4096));
        truncated.close();
        install(FIXTURE_GOOD, "dev/libfixture_good.so");

        auto manager = loaded({"dev"});
        for (const QString &path : {text.fileName(), truncated.fileName()}) {
            QCOMPARE(stateOf(*manager, path), State::Invalid);
            QVERIFY2(errorOf(*manager, path).startsWith("library: "), qPrintable(errorOf(*manager, path)));
        }
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Loaded); // the others still load
    }

    void wrongIidAndMissingInterfaceFail()
    {
        install(FIXTURE_WRONGIID, "dev/libfixture_wrongiid.so");
        install(FIXTURE_NOINTERFACE, "dev/libfixture_nointerface.so");
        auto manager = loaded({"dev"});
        QCOMPARE(stateOf(*manager, "fixture.wrongiid"), State::Failed);
        QVERIFY2(errorOf(*manager, "fixture.wrongiid").startsWith("IID: "), qPrintable(errorOf(*manager, "fixture.wrongiid")));
        QVERIFY(errorOf(*manager, "fixture.wrongiid").contains("dev.atrium.Plugin/0"));
        QCOMPARE(stateOf(*manager, "fixture.nointerface"), State::Failed);
        QVERIFY2(errorOf(*manager, "fixture.nointerface").contains("dev.atrium.Plugin/1"),
                 qPrintable(errorOf(*manager, "fixture.nointerface")));
        QVERIFY(initialized().isEmpty());
        QVERIFY(!manager->instance("fixture.nointerface"));
    }

    void libraryDoesNotLoad()
    {
        install(FIXTURE_UNRESOLVED, "dev/libfixture_unresolved.so");
        auto manager = loaded({"dev"});
        QCOMPARE(stateOf(*manager, "fixture.unresolved"), State::Failed);
        QVERIFY2(errorOf(*manager, "fixture.unresolved").startsWith("The library did not load: ")
                     && errorOf(*manager, "fixture.unresolved").contains("atriumFixtureUndefinedSymbol"),
                 qPrintable(errorOf(*manager, "fixture.unresolved")));
        QVERIFY(!QFile::exists(marker()));
    }

    void initializeFails()
    {
        install(FIXTURE_INITFAIL, "dev/libfixture_initfail.so");
        auto manager = loaded({"dev"});
        QCOMPARE(initialized(), QStringList{"fixture.initfail"});
        QCOMPARE(stateOf(*manager, "fixture.initfail"), State::Failed);
        QVERIFY2(errorOf(*manager, "fixture.initfail").contains("the fixture refuses to start"),
                 qPrintable(errorOf(*manager, "fixture.initfail")));
        QVERIFY(!manager->instance("fixture.initfail"));
        manager->rescan(); // not retried
        QCOMPARE(initialized().size(), 1);
        QCOMPARE(stateOf(*manager, "fixture.initfail"), State::Failed);
    }

    void missingAndIncompatibleDependencies()
    {
        install(FIXTURE_MISSINGDEP, "dev/libfixture_missingdep.so");
        install(FIXTURE_NEWER_DEPENDENT, "dev/libfixture_newer_dependent.so");
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        auto manager = loaded({"dev"});
        QCOMPARE(stateOf(*manager, "fixture.missingdep"), State::DependencyFailed);
        QVERIFY2(errorOf(*manager, "fixture.missingdep").contains("fixture.absent 1.0.0"),
                 qPrintable(errorOf(*manager, "fixture.missingdep")));
        QVERIFY(errorOf(*manager, "fixture.missingdep").contains("not installed"));
        QCOMPARE(stateOf(*manager, "fixture.newer"), State::DependencyFailed);
        QVERIFY2(errorOf(*manager, "fixture.newer").contains("fixture.good 2.0.0")
                     && errorOf(*manager, "fixture.newer").contains("1.2.0"),
                 qPrintable(errorOf(*manager, "fixture.newer")));
        QCOMPARE(initialized(), QStringList{"fixture.good"});
    }

    void failedDependencies()
    {
        // A dependency that is disabled, held back or failed takes its dependents down with a reason.
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        install(FIXTURE_DEPENDENT, "dev/libfixture_dependent.so");
        PluginManager::setEnabledInSettings("fixture.good", false);
        auto manager = loaded({"dev"});
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Disabled);
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::DependencyFailed);
        QVERIFY2(errorOf(*manager, "fixture.dependent").contains("fixture.good, which is disabled"),
                 qPrintable(errorOf(*manager, "fixture.dependent")));
        QVERIFY(initialized().isEmpty());
    }

    void cyclesAreReportedOnEveryMember()
    {
        install(FIXTURE_CYCLEA, "dev/libfixture_cyclea.so");
        install(FIXTURE_CYCLEB, "dev/libfixture_cycleb.so");
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        auto manager = loaded({"dev"});
        QCOMPARE(stateOf(*manager, "fixture.cycle-a"), State::DependencyFailed);
        QCOMPARE(stateOf(*manager, "fixture.cycle-b"), State::DependencyFailed);
        QCOMPARE(errorOf(*manager, "fixture.cycle-a"),
                 QStringLiteral("dependency cycle: fixture.cycle-a → fixture.cycle-b → fixture.cycle-a"));
        QCOMPARE(errorOf(*manager, "fixture.cycle-b"),
                 QStringLiteral("dependency cycle: fixture.cycle-b → fixture.cycle-a → fixture.cycle-b"));
        QCOMPARE(initialized(), QStringList{"fixture.good"});
    }

    void firstFolderWinsAndDuplicatesAreWarned()
    {
        const QString first = install(FIXTURE_GOOD, "one/libfixture_good.so");
        const QString second = install(FIXTURE_GOOD, "two/fixture.good/lib/libfixture_good.so");
        auto manager = loaded({"one", "two"});
        const PluginRecord *record = manager->plugin("fixture.good");
        QCOMPARE(record->libraryPath, first);
        QCOMPARE(record->duplicates, QStringList{second});
        QCOMPARE(record->state, State::Loaded);
        QCOMPARE(record->problems.size(), 1);
        QCOMPARE(record->problems.first().severity, MetadataProblem::Severity::Warning);
        QCOMPARE(record->problems.first().key, QStringLiteral("id"));
        QVERIFY(record->problems.first().message.contains(second));
        QCOMPARE(manager->plugins().size(), 1);
    }

    void enableAndDisablePersist()
    {
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        install(FIXTURE_DEPENDENT, "dev/libfixture_dependent.so");
        auto manager = loaded({"dev"});
        QSignalSpy unloading(manager.get(), &PluginManager::pluginUnloading);
        QString error;
        QVERIFY(manager->setEnabled("fixture.good", false, &error));
        QCOMPARE(unloading.size(), 2);
        QCOMPARE(unloading.at(0).first().toString(), QStringLiteral("fixture.dependent"));
        QCOMPARE(unloading.at(1).first().toString(), QStringLiteral("fixture.good"));
        QCOMPARE(shutDown(), QStringList({"fixture.dependent", "fixture.good"}));
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Disabled);
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::DependencyFailed);
        QVERIFY(!manager->instance("fixture.good"));
        QCOMPARE(QSettings().value("plugins/disabled").toStringList(), QStringList{"fixture.good"});
        QVERIFY(!PluginManager::isEnabledInSettings("fixture.good"));
        QVERIFY(PluginManager::isEnabledInSettings("fixture.dependent"));

        {
            auto next = makeManager({folder("dev")}, marker());
            next->discover();
            QCOMPARE(stateOf(*next, "fixture.good"), State::Disabled);
        }

        QVERIFY2(manager->setEnabled("fixture.good", true, &error), qPrintable(error));
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Loaded);
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::Loaded);
        QCOMPARE(initialized(), QStringList({"fixture.good", "fixture.dependent", "fixture.good", "fixture.dependent"}));
        QVERIFY(QSettings().value("plugins/disabled").toStringList().isEmpty());

        QVERIFY(!manager->setEnabled("fixture.unknown", false, &error));
        QVERIFY(error.contains("fixture.unknown"));
    }

    void safeModeLoadsOnlySystemPlugins()
    {
        install(FIXTURE_GOOD, "system/libfixture_good.so");
        install(FIXTURE_DEPENDENT, "user/libfixture_dependent.so");
        PluginManager::Options options;
        options.searchPaths = {folder("user"), folder("system")};
        options.systemPath = folder("system");
        options.crashMarkerPath = marker();
        options.safeMode = true;
        auto manager = makeManager(options);
        manager->loadAll();
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Loaded);
        QCOMPARE(manager->plugin("fixture.good")->origin, PluginRecord::Origin::System);
        QVERIFY(!manager->plugin("fixture.good")->thirdParty());
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::SafeMode);
        QVERIFY(manager->plugin("fixture.dependent")->thirdParty());
        QCOMPARE(initialized(), QStringList{"fixture.good"});
    }

    void rescanLoadsNewPlugins()
    {
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        auto manager = loaded({"dev"});
        QCOMPARE(initialized(), QStringList{"fixture.good"});
        QSignalSpy loadedSpy(manager.get(), &PluginManager::pluginLoaded);
        install(FIXTURE_DEPENDENT, "dev/fixture.dependent/lib/libfixture_dependent.so");
        manager->rescan();
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::Loaded);
        QCOMPARE(initialized(), QStringList({"fixture.good", "fixture.dependent"}));
        QCOMPARE(loadedSpy.size(), 1);
        QCOMPARE(loadedSpy.first().first().toString(), QStringLiteral("fixture.dependent"));
    }

    void markRemovedShutsDown()
    {
        install(FIXTURE_GOOD, "dev/libfixture_good.so");
        install(FIXTURE_DEPENDENT, "dev/libfixture_dependent.so");
        auto manager = loaded({"dev"});
        QSignalSpy unloading(manager.get(), &PluginManager::pluginUnloading);
        QVERIFY(QFile::remove(folder("dev/libfixture_good.so")));
        manager->markRemoved("fixture.good");
        QCOMPARE(unloading.size(), 2);
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Removed);
        QCOMPARE(stateOf(*manager, "fixture.dependent"), State::DependencyFailed);
        QVERIFY(errorOf(*manager, "fixture.dependent").contains("removed"));
        manager->rescan();
        QCOMPARE(stateOf(*manager, "fixture.good"), State::Removed);
        QCOMPARE(initialized(), QStringList({"fixture.good", "fixture.dependent"}));
    }

    void crashGuardHoldsBackTheCrashedPlugin()
    {
        install(FIXTURE_ABORT, "dev/libfixture_abort.so");
        install(FIXTURE_GOOD, "dev/libfixture_good.so");

        // First run: the plugin aborts the process while initializing.
        QScopedPointer<QProcess> child(runChild(folder("dev"), "load"));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        QFile markerFile(marker());
        QVERIFY(markerFile.open(QIODevice::ReadOnly));
        QCOMPARE(markerFile.readAll(), QByteArray("fixture.abort"));
        markerFile.close();

        // Next start: held back, the others load, the marker is gone.
        {
            auto manager = makeManager({folder("dev")}, marker());
            QCOMPARE(manager->crashedPluginId(), QStringLiteral("fixture.abort"));
            QVERIFY(!QFile::exists(marker()));
            manager->loadAll();
            QCOMPARE(stateOf(*manager, "fixture.abort"), State::HeldBack);
            QVERIFY(!errorOf(*manager, "fixture.abort").isEmpty());
            QCOMPARE(stateOf(*manager, "fixture.good"), State::Loaded);
            QCOMPARE(stateName(State::HeldBack), QStringLiteral("heldBack"));

            // The user disables it for good.
            manager->resolveCrash(true);
            QCOMPARE(manager->crashedPluginId(), QString());
            QCOMPARE(stateOf(*manager, "fixture.abort"), State::Disabled);
            QVERIFY(!PluginManager::isEnabledInSettings("fixture.abort"));
        }
        {
            auto manager = loaded({"dev"});
            QCOMPARE(manager->crashedPluginId(), QString());
            QCOMPARE(stateOf(*manager, "fixture.abort"), State::Disabled);
        }

        // Enabled again it crashes again; "try again" loads it at once (and crashes once more).
        PluginManager::setEnabledInSettings("fixture.abort", true);
        child.reset(runChild(folder("dev"), "load"));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        child.reset(runChild(folder("dev"), "retry"));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        QCOMPARE(child->readAllStandardOutput().trimmed(), QByteArray("fixture.abort heldBack"));
        QVERIFY(markerFile.open(QIODevice::ReadOnly));
        QCOMPARE(markerFile.readAll(), QByteArray("fixture.abort"));
    }

    void defaultSearchPaths()
    {
        qputenv("ATRIUM_PLUGIN_PATH", "/opt/one::/opt/two");
        QString system;
        const QStringList paths = PluginManager::defaultSearchPaths(&system);
        qunsetenv("ATRIUM_PLUGIN_PATH");
        // An explicit ATRIUM_PLUGIN_PATH replaces the build tree's folder: tests pick exactly what loads.
        QCOMPARE(paths.mid(0, 3), QStringList({"/opt/one", "/opt/two", PluginManager::userPluginDirectory()}));
        QVERIFY(!paths.contains(QStringLiteral(ATRIUM_BINARY_DIR "/plugins")));
        // Without it, a binary running from the build tree also finds the plugins built next to it.
        const QStringList plain = PluginManager::defaultSearchPaths();
        QCOMPARE(plain.first(), QStringLiteral(ATRIUM_BINARY_DIR "/plugins"));
        QVERIFY(paths.contains(PluginManager::userPluginDirectory()));
        QVERIFY(PluginManager::userPluginDirectory().endsWith("/atrium/plugins"));
        QVERIFY(system.endsWith("/atrium/plugins"));
        QCOMPARE(paths.last(), system);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("atrium-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pluginmanager"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc > 1 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild(app.arguments().mid(2));
    TestPluginManager test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pluginmanager.moc"
