#pragma once

// Runs the real `atrium` binary of the build tree as a user or a CI job would, without a display.

#include <QProcess>
#include <QStringList>

struct CliRun {
    int exitCode = -1;   // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// The CLI must not need a display: no platform plugin can be loaded by accident. The XDG folders
// and the D-Bus session come from the calling process.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

inline CliRun runAtriumBinary(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(ATRIUM_BINARY_DIR "/bin/atrium"), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
