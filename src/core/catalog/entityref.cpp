#include "catalog/entityref.h"

#include <QCoreApplication>

namespace atrium::catalog {

namespace {

QString invalidForm(const QString &text)
{
    return QCoreApplication::translate("atrium::catalog",
                                       "\"%1\" is not an entity reference: write [kind:][namespace/]name")
        .arg(text);
}

} // namespace

QString EntityRef::toString() const
{
    // Backstage's stringifyEntityRef lower-cases kind and namespace; the name keeps its spelling here
    // so that messages show what the author wrote. key() is the form to compare with.
    QString s;
    s.reserve(kind.size() + ns.size() + name.size() + 2);
    s += kind.toLower();
    s += QLatin1Char(':');
    s += ns.toLower();
    s += QLatin1Char('/');
    s += name;
    return s;
}

QString EntityRef::key() const
{
    return entityKey(kind, ns, name);
}

QString entityKey(const QString &kind, const QString &ns, const QString &name)
{
    QString s;
    s.reserve(kind.size() + ns.size() + name.size() + 2);
    s += kind;
    s += QLatin1Char(':');
    s += ns;
    s += QLatin1Char('/');
    s += name;
    return s.toLower();
}

RefParseResult parseEntityRef(const QString &text, const QString &defaultKind, const QString &defaultNamespace)
{
    RefParseResult result;
    const QString ref = text.trimmed();
    if (ref.isEmpty()) {
        result.error = QCoreApplication::translate("atrium::catalog", "an entity reference must not be empty");
        return result;
    }

    // The grammar is ^([^:/]+:)?([^:/]+/)?([^:/]+)$: at most one ':' (ending the kind) and one '/'
    // (ending the namespace), in that order, with no empty part. Current Backstage splits at the first
    // ':' and '/' and would read `a:b:c` as the name "b:c", but no entity can carry such a name, so a
    // second separator is reported here instead of producing a reference that can never resolve.
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    if ((colon >= 0 && ref.indexOf(QLatin1Char(':'), colon + 1) >= 0)
        || (slash >= 0 && ref.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        || (colon >= 0 && slash >= 0 && slash < colon)) {
        result.error = invalidForm(text);
        return result;
    }

    const qsizetype nameStart = slash >= 0 ? slash + 1 : colon + 1;
    EntityRef out;
    if (colon >= 0)
        out.kind = ref.left(colon);
    if (slash >= 0)
        out.ns = ref.mid(colon + 1, slash - colon - 1);
    out.name = ref.mid(nameStart);
    if ((colon >= 0 && out.kind.isEmpty()) || (slash >= 0 && out.ns.isEmpty()) || out.name.isEmpty()) {
        result.error = invalidForm(text);
        return result;
    }

    if (colon < 0) {
        if (defaultKind.isEmpty()) {
            result.error = QCoreApplication::translate(
                                "atrium::catalog",
                                "\"%1\" has no kind: write it as kind:name, e.g. component:%1")
                                .arg(text);
            return result;
        }
        out.kind = defaultKind;
    }
    if (slash < 0)
        out.ns = defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;

    result.ref = std::move(out);
    return result;
}

} // namespace atrium::catalog
