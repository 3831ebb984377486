#pragma once

#include <QByteArray>
#include <QString>

// Ed25519 with OpenSSL 3 (EVP), for package signatures and key fingerprints (FORMATS.md §3).
namespace atrium::packages {

// The raw 32-byte public key of a PEM SubjectPublicKeyInfo; empty when it is not an Ed25519 key.
QByteArray ed25519RawPublicKey(const QByteArray &pem);

// True when `signature` (64 bytes) is `publicKeyPem`'s Ed25519 signature over `message`.
bool ed25519Verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature);

// SHA-256 of the raw key, upper-case hex in 16 groups of four separated by spaces; empty when the
// PEM is not an Ed25519 public key.
QString fingerprint(const QByteArray &publicKeyPem);

// A fingerprint without spaces, upper case ("AB12CD34..."): the user key's file name.
QString compactFingerprint(const QString &fingerprint);

} // namespace atrium::packages
