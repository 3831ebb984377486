#pragma once

// Builds real .atrium-plugin packages for the tests: keys from `openssl genpkey`, packages from the
// producers' script (AtriumPluginPackage.cmake run with `cmake -P`), and ZIP surgery with libarchive
// for packages no producer would make (flipped signatures, tampered libraries, unsafe entries).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

namespace packagetest {

struct ZipEntry
{
    enum class Kind { File, Directory, Symlink };
    QByteArray name;
    QByteArray data;
    Kind kind = Kind::File;
    QByteArray linkTarget;
};

inline QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> entries;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK) {
        archive_read_free(a);
        return entries;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        ZipEntry e;
        e.name = archive_entry_pathname(entry);
        if (archive_entry_filetype(entry) == AE_IFDIR)
            e.kind = ZipEntry::Kind::Directory;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            e.data.append(buffer, n);
        entries.append(e);
    }
    archive_read_free(a);
    return entries;
}

inline bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile::remove(path);
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const ZipEntry &e : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_mtime(entry, 946684800, 0);
        switch (e.kind) {
        case ZipEntry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, e.data.size());
            break;
        case ZipEntry::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case ZipEntry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink(entry, e.linkTarget.constData());
            break;
        }
        ok = archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && e.kind == ZipEntry::Kind::File && !e.data.isEmpty())
            ok = archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

inline ZipEntry *findEntry(QList<ZipEntry> &entries, const QByteArray &name)
{
    for (ZipEntry &e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runProcess(const QString &program, const QStringList &arguments, const QString &workingDirectory = QString(),
                      const QByteArray &input = QByteArray())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Makes keys and packages inside `directory` (a QTemporaryDir of the test).
class PackageKit
{
public:
    explicit PackageKit(const QString &directory)
        : m_dir(directory)
    {
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An Ed25519 private key (PEM), made with `openssl genpkey`.
    QString makeKey(const QString &name) const
    {
        const QString file = path(name + QStringLiteral(".pem"));
        const Run run = runProcess(QStringLiteral(PACKAGE_OPENSSL),
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                                    QStringLiteral("-out"), file});
        if (run.exitCode != 0)
            qWarning("openssl genpkey failed: %s", run.err.constData());
        return run.exitCode == 0 ? file : QString();
    }

    static QByteArray publicKeyPem(const QString &key)
    {
        return runProcess(QStringLiteral(PACKAGE_OPENSSL), {QStringLiteral("pkey"), QStringLiteral("-in"), key,
                                                            QStringLiteral("-pubout")})
            .out;
    }

    // The raw 32-byte public key, from the DER SubjectPublicKeyInfo (its last 32 bytes).
    static QByteArray rawPublicKey(const QString &key)
    {
        return runProcess(QStringLiteral(PACKAGE_OPENSSL), {QStringLiteral("pkey"), QStringLiteral("-in"), key,
                                                            QStringLiteral("-pubout"), QStringLiteral("-outform"),
                                                            QStringLiteral("DER")})
            .out.right(32);
    }

    // The fixture's plugin.json, to vary per package.
    static QJsonObject metadata()
    {
        QFile file(QStringLiteral(PACKAGE_FIXTURE_METADATA));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject metadata(const QString &version)
    {
        QJsonObject m = metadata();
        m.insert(QStringLiteral("version"), version);
        return m;
    }

    // Runs the producers' script. `key` empty: unsigned. Returns the package's path ("" on failure).
    QString build(const QString &name, const QJsonObject &metadata, const QString &key,
                  const QString &platform = QStringLiteral("linux-x86_64")) const
    {
        const QString metadataFile = path(name + QStringLiteral(".plugin.json"));
        QFile file(metadataFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(metadata).toJson());
        file.close();
        const QString output = path(name + QStringLiteral(".atrium-plugin"));
        const Run run = runProcess(QStringLiteral(PACKAGE_CMAKE),
                                   {QStringLiteral("-DLIBRARY=" PACKAGE_FIXTURE_LIBRARY),
                                    QStringLiteral("-DMETADATA=") + metadataFile, QStringLiteral("-DKEY=") + key,
                                    QStringLiteral("-DOUTPUT=") + output, QStringLiteral("-DPLATFORM=") + platform,
                                    QStringLiteral("-DOPENSSL=" PACKAGE_OPENSSL), QStringLiteral("-P"),
                                    QStringLiteral(PACKAGE_SCRIPT)});
        if (run.exitCode != 0) {
            qWarning("AtriumPluginPackage.cmake failed: %s%s", run.out.constData(), run.err.constData());
            return {};
        }
        return output;
    }

    // signature.json over `manifest`, signed with `key` the way the script does.
    QByteArray signatureJson(const QString &key, const QByteArray &manifest) const
    {
        const QString in = path(QStringLiteral("resign-manifest.json"));
        const QString out = path(QStringLiteral("resign.sig"));
        QFile file(in);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(manifest);
        file.close();
        runProcess(QStringLiteral(PACKAGE_OPENSSL), {QStringLiteral("pkeyutl"), QStringLiteral("-sign"),
                                                     QStringLiteral("-inkey"), key, QStringLiteral("-rawin"),
                                                     QStringLiteral("-in"), in, QStringLiteral("-out"), out});
        QFile sig(out);
        if (!sig.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject object{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                                 {QStringLiteral("publicKey"), QString::fromLatin1(publicKeyPem(key))},
                                 {QStringLiteral("signature"), QString::fromLatin1(sig.readAll().toBase64())}};
        return QJsonDocument(object).toJson();
    }

    // A copy of `package` with its entries changed by `edit`.
    template<typename Edit>
    QString rewrite(const QString &package, const QString &name, Edit edit) const
    {
        QList<ZipEntry> entries = readZip(package);
        edit(entries);
        const QString output = path(name + QStringLiteral(".atrium-plugin"));
        return writeZip(output, entries) ? output : QString();
    }

private:
    QDir m_dir;
};

inline QString libraryEntryName()
{
    return QStringLiteral("lib/") + QFileInfo(QStringLiteral(PACKAGE_FIXTURE_LIBRARY)).fileName();
}

} // namespace packagetest
