#include "application.h"
#include <memory>
#include <unistd.h>
#include <time.h>
#include <QFile>
#include <QTimer>

#include "appcontroller.h"
#include "cli/catalogcommand.h"
#include "actionscontroller.h"
#include "cli/plugincommand.h"
#include "cli/validatecommand.h"
#include "connectionscontroller.h"
#include "logging.h"
#include "net/redactor.h"
#include "pluginhostservices.h"
#include "pluginscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>

#include <cstdio>

// Both QML modules are static libraries: their plugins must be imported by name.
Q_IMPORT_QML_PLUGIN(Atrium_CorePlugin)
Q_IMPORT_QML_PLUGIN(AtriumPlugin)

namespace atrium::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium)
};

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

struct GuiCommandLine {
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 Tr::tr("Open the workspace at PATH (atrium.yaml or its folder)."), Tr::tr("PATH")};
    QCommandLineOption lang{QStringLiteral("lang"), Tr::tr("Use the language LANG (e.g. de, en)."), Tr::tr("LANG")};
    QCommandLineOption theme{QStringLiteral("theme"), Tr::tr("Use the theme system, light or dark."), Tr::tr("THEME")};
    QCommandLineOption safeMode{QStringLiteral("safe-mode"), Tr::tr("Start without third-party plugins.")};
    QCommandLineOption developerMode{QStringLiteral("developer-mode"),
                                     Tr::tr("Allow unsigned plugin packages for this run (when the policy allows it).")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, Tr::tr("Show the version.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(Tr::tr("Atrium, a native desktop developer portal."));
        parser.addOptions({workspace, lang, theme, safeMode, developerMode, help, version});
        // Options QGuiApplication takes for itself (-platform offscreen, -style, ...): accepted
        // here so they do not count as unknown, and left for QApplication to consume.
        const QStringList valued{QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
                                 QStringLiteral("platformtheme"), QStringLiteral("plugin"),
                                 QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                 QStringLiteral("qwindowtitle"), QStringLiteral("display"),
                                 QStringLiteral("geometry"), QStringLiteral("style"),
                                 QStringLiteral("stylesheet"), QStringLiteral("session"),
                                 QStringLiteral("qmljsdebugger")};
        for (const QString &name : valued) {
            QCommandLineOption o(name, QString(), QStringLiteral("value"));
            o.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(o);
        }
        for (const QString &name : {QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                    QStringLiteral("dograb"), QStringLiteral("sync")}) {
            QCommandLineOption o(name, QString());
            o.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(o);
        }
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    }
};

QString helpText(QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // The parser names the binary by its full path; the command name reads better.
    text.replace(0, text.indexOf(QLatin1Char('\n')), Tr::tr("Usage: atrium [options]"));
    text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
    text += QStringLiteral("  validate [--format human|json|sarif] [--root DIR] [--include GLOB]... PATH...\n");
    text += QStringLiteral("      ") + Tr::tr("Check catalog descriptor files and report problems with file:line:column.")
        + QLatin1Char('\n');
    text += QStringLiteral("      ") + Tr::tr("Exit code 0 when clean (warnings allowed), 1 when errors were found, 2 on usage errors.")
        + QLatin1Char('\n');
    text += QStringLiteral("      ") + Tr::tr("Run `atrium validate --help` for its options.") + QLatin1Char('\n');
    text += QStringLiteral("  catalog sync|list|show [--workspace PATH] [--format text|json] ...\n");
    text += QStringLiteral("      ") + Tr::tr("Sync the workspace's remote catalogs into the offline cache, list the local and "
                                             "cached entities, or show one, without the window.")
        + QLatin1Char('\n');
    text += QStringLiteral("      ") + Tr::tr("Run `atrium catalog --help` for its commands and exit codes.") + QLatin1Char('\n');
    return text;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Atrium"));
    QCoreApplication::setApplicationName(QStringLiteral("atrium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
}

} // namespace

// --- GuiSession --------------------------------------------------------------------------------

struct GuiSession::Private {
    // Declared before the engine: members are destroyed in reverse, so the engine (and every QML
    // object that uses App) goes first.
    std::unique_ptr<AppController> app;
    std::unique_ptr<PluginHostServices> plugins;
    std::unique_ptr<QQmlApplicationEngine> engine;
    double pluginLoadMs = 0;
};

double GuiSession::pluginLoadMs() const
{
    return d->pluginLoadMs;
}

int GuiSession::pluginsLoaded() const
{
    return d->app && d->app->plugins() ? d->app->plugins()->loadedCount() : 0;
}

GuiSession::GuiSession()
    : d(std::make_unique<Private>())
{
}

GuiSession::~GuiSession()
{
    d->engine.reset();
    // Plugins shut down before the App they read from.
    d->plugins.reset();
    if (AppController::instance() == d->app.get())
        AppController::setInstance(nullptr);
    d->app.reset();
}

bool GuiSession::start(const GuiOptions &options, QString *error)
{
    // Here rather than in run(): the end-to-end test starts the GUI through this class as well.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Atrium"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.atrium.Atrium"));
    installTranslators(options.language);

    if (QFileInfo::exists(QStringLiteral(":/icons/dev.atrium.Atrium.svg")))
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dev.atrium.Atrium.svg")));

    d->app = std::make_unique<AppController>(nullptr);
    AppController::setInstance(d->app.get());
    d->app->setLanguage(options.language.isEmpty() ? QLocale().name() : options.language);
    if (!options.theme.isEmpty())
        d->app->setThemeOverride(options.theme);

    QString workspace = options.workspace;
    if (workspace.isEmpty()) {
        workspace = demoWorkspacePath();
        d->app->setBundledDemo(true);
    }
    // A workspace that does not load still opens the window: App.workspaceError says why.
    d->app->openWorkspace(workspace);

    // Plugins load before the window so their panels are there in the first frame.
    PluginHostServices::Options pluginOptions;
    pluginOptions.safeMode = options.safeMode;
    pluginOptions.developerModeOverride = options.developerMode;
    d->plugins = std::make_unique<PluginHostServices>(d->app.get(), pluginOptions);
    d->app->setPluginControllers(new PluginsController(d->plugins.get(), d->app.get()),
                                 new ConnectionsController(d->plugins.get(), d->app.get()));
    d->app->setActionsController(new ActionsController(d->plugins.get(), d->app.get()));
    QObject::connect(d->plugins.get(), &PluginHostServices::entityRequested, d->app.get(), &AppController::entityRequested);
    QElapsedTimer pluginTimer;
    pluginTimer.start();
    d->plugins->start();
    d->pluginLoadMs = double(pluginTimer.nsecsElapsed()) / 1e6;

    d->engine = std::make_unique<QQmlApplicationEngine>();
    d->engine->addImportPath(QStringLiteral("qrc:/"));
    QString creationError;
    QObject::connect(d->engine.get(), &QQmlApplicationEngine::objectCreationFailed, d->engine.get(),
                     [&creationError](const QUrl &url) {
                         creationError = Tr::tr("Cannot create the main window from %1.")
                                             .arg(url.toString());
                     });
    // QML warnings go through the app's logging category (once, not also to stderr directly).
    d->engine->setOutputWarningsToStandardError(false);
    QObject::connect(d->engine.get(), &QQmlEngine::warnings, d->engine.get(), [](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            qCWarning(lcApp).noquote() << w.toString();
    });
    const QUrl mainUrl(QStringLiteral("qrc:/Atrium/Main.qml"));
    d->engine->load(mainUrl);
    if (d->engine->rootObjects().isEmpty()) {
        if (error)
            *error = creationError.isEmpty()
                ? Tr::tr("Cannot create the main window from %1.").arg(mainUrl.toString())
                : creationError;
        return false;
    }
    return true;
}

QQuickWindow *GuiSession::window() const
{
    if (!d->engine || d->engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(d->engine->rootObjects().constFirst());
}

QQmlApplicationEngine *GuiSession::engine() const
{
    return d->engine.get();
}

AppController *GuiSession::app() const
{
    return d->app.get();
}

// --- helpers -------------------------------------------------------------------------------------

QString demoWorkspacePath()
{
    // An installed binary finds share/atrium/demo next to bin/ (whatever the prefix); a binary in
    // the build tree uses the source tree's copy.
    const QString relocated = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/atrium/demo"));
    if (QFileInfo(relocated).isDir())
        return relocated;
    const QString build = QStringLiteral(ATRIUM_DEMO_BUILD_DIR);
    if (QFileInfo(build).isDir())
        return build;
    return QStringLiteral(ATRIUM_DEMO_INSTALL_DIR);
}

namespace {

// Milliseconds since this process started (from /proc, 10 ms resolution), so the figure includes
// loading the binary and its libraries.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0;
}

// ATRIUM_STARTUP_PROBE=1: print when the first frame was shown and when the catalog was ready, then
// quit. The benchmark runs the real binary this way.
void installStartupProbe(GuiSession &session)
{
    QQuickWindow *window = session.window();
    AppController *app = session.app();
    if (!window || !app)
        return;
    struct Probe {
        double firstFrame = -1;
        double ready = -1;
    };
    auto probe = std::make_shared<Probe>();
    const double pluginsMs = session.pluginLoadMs();
    const int pluginsLoaded = session.pluginsLoaded();
    const auto report = [probe, pluginsMs, pluginsLoaded] {
        if (probe->firstFrame < 0 || probe->ready < 0)
            return;
        fprintf(stderr, "atrium-startup first-frame-ms=%.0f catalog-ready-ms=%.0f plugins-ms=%.1f plugins-loaded=%d\n",
                probe->firstFrame, probe->ready, pluginsMs, pluginsLoaded);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [probe, report] {
        if (probe->firstFrame < 0) {
            probe->firstFrame = msSinceProcessStart();
            report();
        }
    });
    // ATRIUM_STARTUP_PROBE_MIN_ENTITIES=N: ready once N entities are in the index (a remote
    // catalog's offline cache joins it after the local files).
    const int minEntities = qEnvironmentVariableIntValue("ATRIUM_STARTUP_PROBE_MIN_ENTITIES");
    const auto checkReady = [probe, report, app, minEntities] {
        if (probe->ready < 0 && !app->loading() && app->catalogRevision() > 0 && app->entityCount() >= minEntities) {
            probe->ready = msSinceProcessStart();
            report();
        }
    };
    QObject::connect(app, &AppController::catalogChanged, window, checkReady);
    checkReady();
}

} // namespace

void installTranslators(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

// --- run -----------------------------------------------------------------------------------------

int run(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Decide what to start before any application object exists: the CLI must not need a display.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("validate")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(QString());
        return runValidate(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("catalog")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(QString());
        // Log lines (plugins, HTTP) have the connections' secrets redacted, as in the window.
        atrium::net::SecretRedactor::installMessageHandler();
        return runCatalog(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("plugin")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(QString());
        return runPlugin(arguments.mid(2));
    }

    GuiCommandLine options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        printErr(QStringLiteral("atrium: ") + parser.errorText() + QLatin1Char('\n')
                 + Tr::tr("Run `atrium --help` for the options.") + QLatin1Char('\n'));
        return 2;
    }
    if (parser.isSet(options.help) || parser.isSet(options.version)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(parser.value(options.lang));
        if (parser.isSet(options.version)) {
            printOut(QStringLiteral("atrium %1\n").arg(QStringLiteral(ATRIUM_VERSION)));
        } else {
            // Built again now that the translators are installed.
            GuiCommandLine translated;
            QCommandLineParser helpParser;
            translated.addTo(helpParser);
            helpParser.parse(arguments);
            printOut(helpText(helpParser));
        }
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QCoreApplication app(argc, argv);
        printErr(QStringLiteral("atrium: ") + Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
                 + QLatin1Char('\n') + Tr::tr("Run `atrium --help` for the options.") + QLatin1Char('\n'));
        return 2;
    }
    const QString theme = parser.value(options.theme).toLower();
    if (parser.isSet(options.theme) && theme != QLatin1String("system") && theme != QLatin1String("light")
        && theme != QLatin1String("dark")) {
        QCoreApplication app(argc, argv);
        printErr(QStringLiteral("atrium: ") + Tr::tr("Unknown theme \"%1\": use system, light or dark.").arg(theme)
                 + QLatin1Char('\n'));
        return 2;
    }

    // Qt Charts in QML needs a QApplication.
    QApplication app(argc, argv);
    // Every log line from here on has known secrets redacted.
    atrium::net::SecretRedactor::installMessageHandler();

    GuiOptions gui;
    gui.workspace = parser.value(options.workspace);
    gui.language = parser.value(options.lang);
    gui.theme = theme;
    gui.safeMode = parser.isSet(options.safeMode);
    gui.developerMode = parser.isSet(options.developerMode);
    GuiSession session;
    QString error;
    if (!session.start(gui, &error)) {
        printErr(QStringLiteral("atrium: ") + error + QLatin1Char('\n'));
        return 1;
    }
    if (qEnvironmentVariableIsSet("ATRIUM_STARTUP_PROBE"))
        installStartupProbe(session);
    return app.exec();
}

} // namespace atrium::app
