#include "packages/signing.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace atrium::packages {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

PkeyPtr readEd25519(const QByteArray &pem)
{
    if (pem.isEmpty() || pem.size() > 64 * 1024)
        return nullptr;
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    PkeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return nullptr;
    return key;
}

} // namespace

QByteArray ed25519RawPublicKey(const QByteArray &pem)
{
    const PkeyPtr key = readEd25519(pem);
    if (!key)
        return {};
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != 32)
        return {};
    return raw;
}

bool ed25519Verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature)
{
    if (signature.size() != 64)
        return false;
    const PkeyPtr key = readEd25519(publicKeyPem);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    // Ed25519 is one-shot: the whole message at once, no digest of our own.
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

QString fingerprint(const QByteArray &publicKeyPem)
{
    const QByteArray raw = ed25519RawPublicKey(publicKeyPem);
    if (raw.isEmpty())
        return {};
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString compactFingerprint(const QString &fingerprint)
{
    QString compact = fingerprint.toUpper();
    compact.remove(QLatin1Char(' '));
    return compact;
}

} // namespace atrium::packages
