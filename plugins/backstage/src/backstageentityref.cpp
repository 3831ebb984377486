#include "backstageentityref.h"

#include <QCoreApplication>

namespace atrium::backstage {

std::optional<BackstageEntityRef> BackstageEntityRef::parse(const QString &text, const QString &defaultKind,
                                                            QString *errorString)
{
    const auto failWith = [errorString](const QString &message) -> std::optional<BackstageEntityRef> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    BackstageEntityRef ref;
    QString rest = trimmed;
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        ref.kind = rest.left(colon);
        rest = rest.mid(colon + 1);
        if (ref.kind.isEmpty())
            return failWith(QCoreApplication::translate("BackstageEntityRef",
                                                        "\"%1\" is not an entity reference: the kind before \":\" is empty.")
                                .arg(trimmed));
    } else {
        ref.kind = defaultKind;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        ref.nameSpace = rest.left(slash);
        ref.name = rest.mid(slash + 1);
        if (ref.nameSpace.isEmpty())
            return failWith(QCoreApplication::translate("BackstageEntityRef",
                                                        "\"%1\" is not an entity reference: the namespace before \"/\" is empty.")
                                .arg(trimmed));
    } else {
        ref.nameSpace = QStringLiteral("default");
        ref.name = rest;
    }
    if (ref.name.isEmpty())
        return failWith(QCoreApplication::translate("BackstageEntityRef",
                                                    "\"%1\" is not an entity reference: the name is empty.")
                            .arg(trimmed));
    if (ref.name.contains(QLatin1Char('/')) || ref.name.contains(QLatin1Char(':')))
        return failWith(QCoreApplication::translate("BackstageEntityRef",
                                                    "\"%1\" is not an entity reference: the name contains \":\" or \"/\".")
                            .arg(trimmed));
    if (ref.kind.isEmpty())
        return failWith(QCoreApplication::translate("BackstageEntityRef",
                                                    "\"%1\" names no kind; write it as kind:namespace/name.")
                            .arg(trimmed));
    return ref;
}

BackstageEntityRef BackstageEntityRef::fromEntity(const QJsonObject &entity)
{
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    BackstageEntityRef ref;
    ref.kind = entity.value(QLatin1String("kind")).toString();
    ref.nameSpace = metadata.value(QLatin1String("namespace")).toString(QStringLiteral("default"));
    ref.name = metadata.value(QLatin1String("name")).toString();
    return ref;
}

QString BackstageEntityRef::toString() const
{
    return (kind + QLatin1Char(':') + nameSpace + QLatin1Char('/') + name).toLower();
}

bool BackstageEntityRef::operator==(const BackstageEntityRef &other) const
{
    return kind.compare(other.kind, Qt::CaseInsensitive) == 0
        && nameSpace.compare(other.nameSpace, Qt::CaseInsensitive) == 0
        && name.compare(other.name, Qt::CaseInsensitive) == 0;
}

} // namespace atrium::backstage
