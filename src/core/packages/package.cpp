#include "packages/package.h"

#include "packages/signing.h"
#include "packages/truststore.h"

#include <atrium/sdk/version.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace atrium::packages {

namespace {

// lupdate files Tr::tr() under the macro's context, which is also the one looked up at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium::packages::PackageCheck)
};

const QString ManifestName = QStringLiteral("manifest.json");
const QString SignatureName = QStringLiteral("signature.json");

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};

// The reason a path inside the package is unsafe, or "" when it is fine.
QString unsafePathReason(const QByteArray &raw)
{
    if (raw.isEmpty())
        return Tr::tr("an entry has an empty name");
    const QString name = QString::fromUtf8(raw);
    if (raw.contains('\0'))
        return Tr::tr("the entry \"%1\" has a NUL character in its name").arg(name);
    if (raw.startsWith('/'))
        return Tr::tr("the entry \"%1\" has an absolute path").arg(name);
    // libarchive already reads a ZIP's backslashes as "/"; this catches names from anywhere else.
    if (raw.contains('\\'))
        return Tr::tr("the entry \"%1\" has a backslash in its path").arg(name);
    if (raw.contains(".."))
        return Tr::tr("the entry \"%1\" contains \"..\"").arg(name);
    QByteArray trimmed = raw;
    if (trimmed.endsWith('/'))
        trimmed.chop(1);
    for (const QByteArray &part : trimmed.split('/')) {
        if (part.isEmpty() || part == ".")
            return Tr::tr("the entry \"%1\" has an empty or \".\" path component").arg(name);
    }
    return {};
}

// One entry as the walker hands it out.
struct Entry {
    QString name;      // without a trailing "/" for folders
    bool isDirectory = false;
};

// Walks the ZIP, checking limits and entry types. For each regular file `sink` is called with the
// entry and returns a consumer for its data (or nullptr to skip the data). Returns false and
// refuses `check` on the first problem.
using Consumer = std::function<bool(const char *data, size_t size)>;
bool walkArchive(PackageCheck &check, const std::function<Consumer(const Entry &)> &sink)
{
    const QFileInfo info(check.file);
    if (!info.isFile()) {
        check.refuse(Refusal::IoError, Tr::tr("The package %1 does not exist or is not a file.").arg(check.file));
        return false;
    }
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    const QByteArray path = QFile::encodeName(check.file);
    if (archive_read_open_filename(a.get(), path.constData(), 64 * 1024) != ARCHIVE_OK) {
        check.refuse(Refusal::NotAnArchive, Tr::tr("%1 is not a readable ZIP archive: %2")
                                                .arg(check.file, QString::fromLocal8Bit(archive_error_string(a.get()))));
        return false;
    }

    int entries = 0;
    qint64 unpacked = 0;
    QSet<QString> seen;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN || !entry) {
            const QString why = QString::fromLocal8Bit(archive_error_string(a.get()));
            check.refuse(Refusal::NotAnArchive, entries == 0 ? Tr::tr("%1 is not a readable ZIP archive: %2").arg(check.file, why)
                                                             : Tr::tr("%1 is not a readable ZIP archive after entry %2: %3")
                                                                   .arg(check.file).arg(entries).arg(why));
            return false;
        }
        if (++entries > PackageLimits::MaxEntries) {
            check.refuse(Refusal::Oversize, Tr::tr("The package %1 has more than %2 entries.")
                                                .arg(check.file).arg(PackageLimits::MaxEntries));
            return false;
        }
        const char *rawName = archive_entry_pathname(entry);
        const QByteArray raw = rawName ? QByteArray(rawName) : QByteArray();
        if (const QString unsafe = unsafePathReason(raw); !unsafe.isEmpty()) {
            check.refuse(Refusal::UnsafePath, Tr::tr("The package %1 is refused: %2.").arg(check.file, unsafe));
            return false;
        }
        Entry e;
        e.name = QString::fromUtf8(raw);
        if (archive_entry_hardlink(entry)) {
            check.refuse(Refusal::UnsafePath, Tr::tr("The package %1 is refused: the entry \"%2\" is a hard link.")
                                                  .arg(check.file, e.name));
            return false;
        }
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFLNK || archive_entry_symlink(entry)) {
            check.refuse(Refusal::UnsafePath, Tr::tr("The package %1 is refused: the entry \"%2\" is a symbolic link.")
                                                  .arg(check.file, e.name));
            return false;
        }
        if (type == AE_IFDIR) {
            e.isDirectory = true;
            if (e.name.endsWith(QLatin1Char('/')))
                e.name.chop(1);
        } else if (type != AE_IFREG) {
            check.refuse(Refusal::UnsafePath, Tr::tr("The package %1 is refused: the entry \"%2\" is a device or "
                                                     "another special file.")
                                                  .arg(check.file, e.name));
            return false;
        }
        if (seen.contains(e.name)) {
            check.refuse(Refusal::UnsafePath, Tr::tr("The package %1 is refused: the entry \"%2\" appears twice.")
                                                  .arg(check.file, e.name));
            return false;
        }
        seen.insert(e.name);
        if (e.isDirectory)
            continue;

        const Consumer consume = sink(e);
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0) {
                check.refuse(Refusal::NotAnArchive, Tr::tr("The entry \"%1\" of %2 cannot be read: %3")
                                                        .arg(e.name, check.file,
                                                             QString::fromLocal8Bit(archive_error_string(a.get()))));
                return false;
            }
            unpacked += n;
            if (unpacked > PackageLimits::MaxUnpackedSize) {
                check.refuse(Refusal::Oversize, Tr::tr("The package %1 is larger than 256 MiB unpacked (at entry \"%2\").")
                                                    .arg(check.file, e.name));
                return false;
            }
            if (consume && !consume(buffer.data(), size_t(n)))
                return false; // the consumer refused
        }
    }
    return true;
}

QString jsonError(const QJsonParseError &error)
{
    return Tr::tr("not valid JSON at offset %1 (%2)").arg(error.offset).arg(error.errorString());
}

// Reads a small JSON entry (manifest.json, signature.json) completely, within the size limit.
Consumer collectJson(PackageCheck &check, const QString &name, QByteArray *into)
{
    return [&check, name, into](const char *data, size_t size) {
        if (into->size() + qint64(size) > PackageLimits::MaxJsonSize) {
            check.refuse(Refusal::Oversize, Tr::tr("%1 in %2 is larger than 1 MiB.").arg(name, check.file));
            return false;
        }
        into->append(data, qsizetype(size));
        return true;
    };
}

bool checkSignature(PackageCheck &check)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(check.signatureBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        check.refuse(Refusal::BadSignature, Tr::tr("signature.json in %1 is %2.")
                                                .arg(check.file, parseError.error != QJsonParseError::NoError
                                                                     ? jsonError(parseError)
                                                                     : Tr::tr("not a JSON object")));
        return false;
    }
    const QJsonObject signature = document.object();
    const QString algorithm = signature.value(QLatin1String("algorithm")).toString();
    if (algorithm != QLatin1String("ed25519")) {
        check.refuse(Refusal::BadSignature, Tr::tr("signature.json in %1: \"algorithm\" is \"%2\"; only \"ed25519\" "
                                                   "is supported.")
                                                .arg(check.file, algorithm));
        return false;
    }
    check.publicKey = signature.value(QLatin1String("publicKey")).toString().toUtf8();
    check.fingerprint = fingerprint(check.publicKey);
    if (check.fingerprint.isEmpty()) {
        check.refuse(Refusal::BadSignature, Tr::tr("signature.json in %1: \"publicKey\" is not an Ed25519 public key "
                                                   "in PEM form.")
                                                .arg(check.file));
        return false;
    }
    const QString encoded = signature.value(QLatin1String("signature")).toString();
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64) {
        check.refuse(Refusal::BadSignature, Tr::tr("signature.json in %1: \"signature\" is not the base64 of a "
                                                   "64-byte Ed25519 signature.")
                                                .arg(check.file));
        return false;
    }
    if (!ed25519Verify(check.publicKey, check.manifestBytes, decoded.decoded)) {
        check.refuse(Refusal::BadSignature, Tr::tr("The signature in %1 does not match its manifest.json (key %2): "
                                                   "the package was changed after signing or is corrupt.")
                                                .arg(check.file, check.fingerprint));
        return false;
    }
    check.signatureValid = true;
    return true;
}

// "files": [{path, size, sha256}]
bool readFileList(PackageCheck &check)
{
    const QJsonValue value = check.manifest.value(QLatin1String("files"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1: \"files\" must be a non-empty array.").arg(check.file));
        return false;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QJsonArray files = value.toArray();
    QSet<QString> paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject o = files.at(i).toObject();
        const QString key = QStringLiteral("files[%1]").arg(i);
        PackageFile f;
        f.path = o.value(QLatin1String("path")).toString();
        const QJsonValue size = o.value(QLatin1String("size"));
        f.sha256 = o.value(QLatin1String("sha256")).toString().toLower().toLatin1();
        QString problem;
        if (!files.at(i).isObject())
            problem = Tr::tr("must be an object with \"path\", \"size\" and \"sha256\"");
        else if (const QString unsafe = unsafePathReason(f.path.toUtf8()); !unsafe.isEmpty())
            problem = Tr::tr("\"path\" is unsafe: %1").arg(unsafe);
        else if (f.path == ManifestName || f.path == SignatureName)
            problem = Tr::tr("\"path\" may not name %1").arg(f.path);
        else if (paths.contains(f.path))
            problem = Tr::tr("\"%1\" is listed twice").arg(f.path);
        else if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(qint64(size.toDouble())))
            problem = Tr::tr("\"size\" must be a whole number of bytes");
        else if (!hex.match(QString::fromLatin1(f.sha256)).hasMatch())
            problem = Tr::tr("\"sha256\" must be 64 hex digits");
        if (!problem.isEmpty()) {
            check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1: %2 %3.").arg(check.file, key, problem));
            return false;
        }
        f.size = qint64(size.toDouble());
        paths.insert(f.path);
        check.files.append(f);
    }
    check.library = check.manifest.value(QLatin1String("library")).toString();
    if (!paths.contains(check.library) || !check.library.startsWith(QLatin1String("lib/"))
        || !check.library.endsWith(QLatin1String(".so"))) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1: \"library\" (\"%2\") must be a lib/*.so file "
                                                  "listed in \"files\".")
                                               .arg(check.file, check.library));
        return false;
    }
    return true;
}

bool checkManifest(PackageCheck &check)
{
    const QJsonObject &m = check.manifest;
    const QJsonValue format = m.value(QLatin1String("format"));
    if (format.toInt(-1) != 1) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1: \"format\" is %2; this Atrium reads format 1.")
                                               .arg(check.file, format.isDouble() ? QString::number(format.toDouble()) : Tr::tr("missing")));
        return false;
    }
    check.id = m.value(QLatin1String("id")).toString();
    check.version = m.value(QLatin1String("version")).toString();
    check.platform = m.value(QLatin1String("platform")).toString();
    const QJsonObject plugin = m.value(QLatin1String("plugin")).toObject();
    check.producer = plugin.value(QLatin1String("producer")).toObject().value(QLatin1String("team")).toString();

    const QJsonValue api = m.value(QLatin1String("apiVersion"));
    if (!api.isDouble() || api.toInt(-1) != ATRIUM_PLUGIN_API_VERSION) {
        check.refuse(Refusal::WrongApiVersion,
                     Tr::tr("The package %1 (%2) is built for plugin API version %3; this Atrium runs API version %4 "
                            "(manifest.json \"apiVersion\").")
                         .arg(check.file, check.id, api.isDouble() ? QString::number(api.toDouble()) : Tr::tr("(none)"))
                         .arg(ATRIUM_PLUGIN_API_VERSION));
        return false;
    }
    const QString host = plugins::hostPlatform();
    if (check.platform != host) {
        check.refuse(Refusal::WrongPlatform,
                     Tr::tr("The package %1 (%2) is built for the platform \"%3\"; this computer is \"%4\" "
                            "(manifest.json \"platform\").")
                         .arg(check.file, check.id, check.platform, host));
        return false;
    }
    if (!m.value(QLatin1String("plugin")).isObject()) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1: \"plugin\" must be the plugin's metadata object.")
                                               .arg(check.file));
        return false;
    }
    QList<plugins::MetadataProblem> problems;
    check.metadata = plugins::PluginMetadata::fromJson(plugin, &problems);
    if (plugins::hasErrors(problems)) {
        QList<plugins::MetadataProblem> errors;
        for (const auto &p : std::as_const(problems)) {
            if (p.severity == plugins::MetadataProblem::Severity::Error)
                errors.append({p.severity, QStringLiteral("plugin.") + p.key, p.message});
        }
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1 has invalid plugin metadata:\n%2")
                                               .arg(check.file, plugins::describeProblems(errors)));
        return false;
    }
    check.warnings = problems;
    if (check.id != check.metadata.id || check.version != check.metadata.versionString) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1 names %2 %3, but its plugin metadata %4 %5.")
                                               .arg(check.file, check.id, check.version, check.metadata.id,
                                                    check.metadata.versionString));
        return false;
    }
    return readFileList(check);
}

// Size and SHA-256 of one file's bytes as they stream by, optionally written into `out`.
struct Digest {
    qint64 size = 0;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    std::unique_ptr<QFile> out;
};
using Digests = QHash<QString, std::shared_ptr<Digest>>;

Consumer digestInto(PackageCheck &check, const std::shared_ptr<Digest> &digest)
{
    return [&check, digest](const char *data, size_t size) {
        digest->size += qint64(size);
        digest->hash.addData(QByteArrayView(data, qsizetype(size)));
        if (digest->out && digest->out->write(data, qint64(size)) != qint64(size)) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot write %1: %2").arg(digest->out->fileName(),
                                                                             digest->out->errorString()));
            return false;
        }
        return true;
    };
}

// Every listed file is there with its size and SHA-256, and nothing else is.
bool compareWithManifest(PackageCheck &check, const Digests &digests)
{
    for (const PackageFile &f : std::as_const(check.files)) {
        const auto it = digests.constFind(f.path);
        if (it == digests.constEnd()) {
            check.refuse(Refusal::Tampered, Tr::tr("The package %1 is tampered with or incomplete: manifest.json lists "
                                                   "\"%2\", which the archive does not hold.")
                                                .arg(check.file, f.path));
            return false;
        }
        if ((*it)->size != f.size) {
            check.refuse(Refusal::Tampered, Tr::tr("The package %1 is tampered with: \"%2\" has %3 bytes, manifest.json "
                                                   "says %4.")
                                                .arg(check.file, f.path).arg((*it)->size).arg(f.size));
            return false;
        }
        if ((*it)->hash.result().toHex() != f.sha256) {
            check.refuse(Refusal::Tampered, Tr::tr("The package %1 is tampered with: the SHA-256 of \"%2\" differs from "
                                                   "the one in manifest.json.")
                                                .arg(check.file, f.path));
            return false;
        }
    }
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it) {
        const bool listed = std::any_of(check.files.cbegin(), check.files.cend(),
                                        [&](const PackageFile &f) { return f.path == it.key(); });
        if (!listed) {
            check.refuse(Refusal::Tampered, Tr::tr("The package %1 is tampered with: it holds \"%2\", which manifest.json "
                                                   "does not list.")
                                                .arg(check.file, it.key()));
            return false;
        }
    }
    return true;
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return QStringLiteral("none");
    case Refusal::NotAnArchive: return QStringLiteral("not-an-archive");
    case Refusal::Oversize: return QStringLiteral("oversize");
    case Refusal::UnsafePath: return QStringLiteral("unsafe-path");
    case Refusal::BadManifest: return QStringLiteral("bad-manifest");
    case Refusal::Unsigned: return QStringLiteral("unsigned");
    case Refusal::BadSignature: return QStringLiteral("bad-signature");
    case Refusal::UntrustedKey: return QStringLiteral("untrusted-key");
    case Refusal::Tampered: return QStringLiteral("tampered");
    case Refusal::WrongApiVersion: return QStringLiteral("wrong-api-version");
    case Refusal::WrongPlatform: return QStringLiteral("wrong-platform");
    case Refusal::MissingDependency: return QStringLiteral("missing-dependency");
    case Refusal::AlreadyInstalled: return QStringLiteral("already-installed");
    case Refusal::Downgrade: return QStringLiteral("downgrade");
    case Refusal::PolicyForbids: return QStringLiteral("policy-forbids");
    case Refusal::PolicyBroken: return QStringLiteral("policy-broken");
    case Refusal::IoError: return QStringLiteral("io-error");
    }
    return QStringLiteral("unknown");
}

PackageCheck readPackage(const QString &path)
{
    PackageCheck check;
    check.file = path;
    bool hasManifest = false;
    Digests digests;
    const bool walked = walkArchive(check, [&](const Entry &entry) -> Consumer {
        if (entry.name == ManifestName) {
            hasManifest = true;
            return collectJson(check, ManifestName, &check.manifestBytes);
        }
        if (entry.name == SignatureName) {
            check.isSigned = true;
            return collectJson(check, SignatureName, &check.signatureBytes);
        }
        auto digest = std::make_shared<Digest>();
        digests.insert(entry.name, digest);
        return digestInto(check, digest);
    });
    if (!walked)
        return check;
    if (!hasManifest) {
        check.refuse(Refusal::BadManifest, Tr::tr("The package %1 has no manifest.json at its root.").arg(path));
        return check;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(check.manifestBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        check.refuse(Refusal::BadManifest, Tr::tr("manifest.json in %1 is %2.")
                                               .arg(path, parseError.error != QJsonParseError::NoError
                                                              ? jsonError(parseError)
                                                              : Tr::tr("not a JSON object")));
        return check;
    }
    check.manifest = document.object();
    check.id = check.manifest.value(QLatin1String("id")).toString();
    check.version = check.manifest.value(QLatin1String("version")).toString();
    check.producer = check.manifest.value(QLatin1String("plugin")).toObject().value(QLatin1String("producer"))
                         .toObject().value(QLatin1String("team")).toString();
    // The signature first: nothing else in the manifest means anything before it verifies.
    if (check.isSigned && !checkSignature(check))
        return check;
    if (!checkManifest(check))
        return check;
    compareWithManifest(check, digests);
    return check;
}

void checkTrust(PackageCheck &check, const TrustStore &trust, bool developerMode)
{
    check.keyTrusted = false;
    check.trustedBy.clear();
    check.canApprove = false;
    if (!check.ok())
        return;
    if (!trust.policyError().isEmpty()) {
        check.refuse(Refusal::PolicyBroken, trust.policyError());
        return;
    }
    if (!check.isSigned) {
        if (!trust.allowDeveloperMode()) {
            check.refuse(Refusal::PolicyForbids, Tr::tr("The package %1 is not signed (it has no signature.json), and the "
                                                        "plugin policy %2 forbids unsigned packages.")
                                                     .arg(check.file, trust.policyFile()));
        } else if (!developerMode) {
            check.refuse(Refusal::Unsigned, Tr::tr("The package %1 is not signed (it has no signature.json). Unsigned "
                                                   "packages install only in developer mode.")
                                                .arg(check.file));
        }
        return;
    }
    const std::optional<TrustedKey> key = trust.find(check.fingerprint);
    if (key && key->source == TrustedKey::Source::Policy) {
        check.keyTrusted = true;
        check.trustedBy = QStringLiteral("policy");
        return;
    }
    if (key && trust.allowUserKeys()) {
        check.keyTrusted = true;
        check.trustedBy = QStringLiteral("user");
        return;
    }
    const QString producer = check.producer.isEmpty() ? Tr::tr("an unnamed producer") : check.producer;
    if (!trust.allowUserKeys()) {
        check.refuse(Refusal::PolicyForbids, Tr::tr("The package %1 is signed by %2 with the key %3, which the plugin "
                                                    "policy %4 does not trust; the policy does not allow approving "
                                                    "other keys.")
                                                 .arg(check.file, producer, check.fingerprint, trust.policyFile()));
        return;
    }
    check.canApprove = true;
    check.refuse(Refusal::UntrustedKey, Tr::tr("The package %1 is signed by %2 with the key %3, which you have not "
                                               "approved.")
                                            .arg(check.file, producer, check.fingerprint));
}

bool extractPackage(PackageCheck &check, const QString &directory)
{
    if (!check.ok())
        return false;
    const QDir root(directory);
    Digests digests;
    QSet<QString> folders{root.absolutePath()};
    const bool walked = walkArchive(check, [&](const Entry &entry) -> Consumer {
        if (entry.name == ManifestName || entry.name == SignatureName)
            return nullptr; // written from the bytes that were verified
        const bool listed = std::any_of(check.files.cbegin(), check.files.cend(),
                                        [&](const PackageFile &f) { return f.path == entry.name; });
        auto digest = std::make_shared<Digest>();
        digests.insert(entry.name, digest);
        if (!listed)
            return digestInto(check, digest); // refused below
        const QString target = root.filePath(entry.name);
        const QString folder = QFileInfo(target).absolutePath();
        if (!root.mkpath(folder)) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot create the folder %1.").arg(folder));
            return [](const char *, size_t) { return false; };
        }
        folders.insert(folder);
        digest->out = std::make_unique<QFile>(target);
        if (!digest->out->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot create %1: %2").arg(target, digest->out->errorString()));
            return [](const char *, size_t) { return false; };
        }
        return digestInto(check, digest);
    });
    if (!walked)
        return false;
    for (const auto &digest : std::as_const(digests)) {
        if (!digest->out)
            continue;
        if (!digest->out->flush() || ::fsync(digest->out->handle()) != 0) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot write %1: %2").arg(digest->out->fileName(),
                                                                             digest->out->errorString()));
            return false;
        }
        digest->out->close();
    }
    // The archive may have changed since it was read: check again what was written.
    if (!compareWithManifest(check, digests))
        return false;

    const auto writeSmall = [&](const QString &name, const QByteArray &bytes) {
        QFile file(root.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush()
            || ::fsync(file.handle()) != 0) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        return true;
    };
    if (!writeSmall(ManifestName, check.manifestBytes))
        return false;
    if (check.isSigned && !writeSmall(SignatureName, check.signatureBytes))
        return false;
    for (const QString &folder : std::as_const(folders)) {
        if (!syncPath(folder, true)) {
            check.refuse(Refusal::IoError, Tr::tr("Cannot sync the folder %1 to disk.").arg(folder));
            return false;
        }
    }
    return true;
}

int compareVersions(const QString &a, const QString &b)
{
    const auto split = [](const QString &v) {
        const qsizetype dash = v.indexOf(QLatin1Char('-'));
        return std::pair{QVersionNumber::fromString(dash < 0 ? v : v.left(dash)), dash < 0 ? QString() : v.mid(dash + 1)};
    };
    const auto [numbersA, preA] = split(a);
    const auto [numbersB, preB] = split(b);
    if (const int c = QVersionNumber::compare(numbersA, numbersB); c != 0)
        return c;
    if (preA == preB)
        return 0;
    if (preA.isEmpty())
        return 1; // a release is newer than its prereleases
    if (preB.isEmpty())
        return -1;
    // Dot-separated identifiers: numbers numerically and below words, words by ASCII.
    const QStringList partsA = preA.split(QLatin1Char('.'));
    const QStringList partsB = preB.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(partsA.size(), partsB.size()); ++i) {
        bool numA = false;
        bool numB = false;
        const qulonglong na = partsA.at(i).toULongLong(&numA);
        const qulonglong nb = partsB.at(i).toULongLong(&numB);
        if (numA && numB && na != nb)
            return na < nb ? -1 : 1;
        if (numA != numB)
            return numA ? -1 : 1;
        if (const int c = QString::compare(partsA.at(i), partsB.at(i)); !numA && c != 0)
            return c < 0 ? -1 : 1;
    }
    return partsA.size() == partsB.size() ? 0 : (partsA.size() < partsB.size() ? -1 : 1);
}

} // namespace atrium::packages
