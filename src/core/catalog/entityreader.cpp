#include "catalog/entityreader.h"

#include "catalog/entityref.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>
#include <vector>

namespace atrium::catalog {

namespace {

using yaml::Document;
using NodeId = Document::NodeId;
using Severity = Problem::Severity;
constexpr NodeId NoNode = Document::InvalidNode;

// Qt's translate() with this file's context, so lupdate finds every message.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium::catalog)
};

constexpr qint64 MaxPlaceholderBytes = 8 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Backstage's field validators (KubernetesValidatorFunctions, CommonValidatorFunctions,
// makeValidator), written as byte loops: they run for every entity of an ingest. Every accepted
// character is ASCII, so UTF-8 length equals the JavaScript length whenever a value is valid.
// ---------------------------------------------------------------------------------------------

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isAlpha(char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }
constexpr bool isAlnum(char c) { return isAlpha(c) || isDigit(c); }
constexpr bool isLowerAlnum(char c) { return isLower(c) || isDigit(c); }
constexpr char toLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$, 1–63 characters.
bool isValidObjectName(std::string_view s)
{
    if (s.empty() || s.size() > 63 || !isAlnum(s.front()) || !isAlnum(s.back()))
        return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return isAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

// Groups of `groupChar` characters separated by single dashes, 1–63 characters.
template<typename GroupChar>
bool isDashSeparated(std::string_view s, GroupChar groupChar)
{
    if (s.empty() || s.size() > 63 || s.front() == '-' || s.back() == '-')
        return false;
    char previous = 0;
    for (char c : s) {
        if (c == '-') {
            if (previous == '-')
                return false;
        } else if (!groupChar(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

// ^[a-z0-9]+(\-[a-z0-9]+)*$, 1–63 characters (RFC 1123 label).
bool isValidDnsLabel(std::string_view s)
{
    return isDashSeparated(s, isLowerAlnum);
}

// Dot-separated DNS labels, 1–253 characters.
bool isValidDnsSubdomain(std::string_view s)
{
    if (s.empty() || s.size() > 253)
        return false;
    size_t start = 0;
    while (true) {
        const size_t dot = s.find('.', start);
        if (!isValidDnsLabel(s.substr(start, dot == std::string_view::npos ? dot : dot - start)))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

// ^[a-z0-9:+#]+(\-[a-z0-9:+#]+)*$, 1–63 characters.
bool isValidTag(std::string_view s)
{
    return isDashSeparated(s, [](char c) { return isLowerAlnum(c) || c == ':' || c == '+' || c == '#'; });
}

// ^[a-zA-Z][a-z0-9A-Z]*$, 1–63 characters.
bool isValidKind(std::string_view s)
{
    if (s.empty() || s.size() > 63 || !isAlpha(s.front()))
        return false;
    return std::all_of(s.begin(), s.end(), isAlnum);
}

// `<suffix>` or `<prefix>/<suffix>` (isValidPrefixAndOrSuffix): exactly one optional '/'.
template<typename Prefix, typename Suffix>
bool isValidPrefixAndOrSuffix(std::string_view s, Prefix prefix, Suffix suffix)
{
    const size_t slash = s.find('/');
    if (slash == std::string_view::npos)
        return suffix(s);
    if (s.find('/', slash + 1) != std::string_view::npos)
        return false;
    return prefix(s.substr(0, slash)) && suffix(s.substr(slash + 1));
}

bool isValidApiVersion(std::string_view s)
{
    return isValidPrefixAndOrSuffix(s, isValidDnsSubdomain, [](std::string_view v) {
        return !v.empty() && v.size() <= 63 && std::all_of(v.begin(), v.end(), isAlnum);
    });
}

// Label and annotation keys share the format.
bool isValidMetadataKey(std::string_view s)
{
    return isValidPrefixAndOrSuffix(s, isValidDnsSubdomain, isValidObjectName);
}

bool isValidLabelValue(std::string_view s)
{
    return s.empty() || isValidObjectName(s);
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return toLowerAscii(x) == toLowerAscii(y); });
}

// Backstage accepts whatever `new URL()` parses. This keeps the part that catches real mistakes:
// a scheme is required, and the web schemes need a host.
bool isValidUrl(std::string_view s)
{
    if (s.empty() || !isAlpha(s.front()))
        return false;
    size_t i = 1;
    while (i < s.size() && (isAlnum(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        ++i;
    if (i >= s.size() || s[i] != ':')
        return false;
    const std::string_view scheme = s.substr(0, i);
    const bool special = equalsNoCase(scheme, "http") || equalsNoCase(scheme, "https") || equalsNoCase(scheme, "ws")
        || equalsNoCase(scheme, "wss") || equalsNoCase(scheme, "ftp");
    if (!special)
        return true;
    std::string_view rest = s.substr(i + 1);
    while (!rest.empty() && (rest.front() == '/' || rest.front() == '\\'))
        rest.remove_prefix(1);
    const size_t hostEnd = rest.find_first_of("/\\?#");
    const std::string_view host = rest.substr(0, hostEnd);
    return !host.empty() && host.find_first_of(" \t\n<>^|") == std::string_view::npos;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

bool isWebUrl(std::string_view s)
{
    return startsWithNoCase(s, "http://") || startsWithNoCase(s, "https://");
}

// `scheme://...` of any scheme.
bool hasUrlScheme(std::string_view s)
{
    const size_t sep = s.find("://");
    if (sep == std::string_view::npos || sep == 0 || !isAlpha(s.front()))
        return false;
    return std::all_of(s.begin(), s.begin() + sep,
                       [](char c) { return isAlnum(c) || c == '+' || c == '-' || c == '.'; });
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Values that thousands of entities repeat (kinds, apiVersions, lifecycles, well-known annotation
// keys) are handed out as shared strings: an ingest of 100k entities then allocates and keeps
// each of them once.
class SharedStrings
{
public:
    SharedStrings(std::initializer_list<const char *> values)
    {
        m_entries.reserve(values.size());
        for (const char *v : values)
            m_entries.push_back({std::string_view(v), QString::fromLatin1(v)});
    }

    QString operator()(std::string_view s) const
    {
        for (const auto &entry : m_entries) {
            if (entry.first == s)
                return entry.second;
        }
        return fromView(s);
    }

private:
    std::vector<std::pair<std::string_view, QString>> m_entries;
};

const SharedStrings &sharedKinds()
{
    static const SharedStrings s{"Component", "API", "Resource", "System", "Domain", "Group", "User", "Location",
                                 "Template"};
    return s;
}

const SharedStrings &sharedApiVersions()
{
    static const SharedStrings s{"backstage.io/v1alpha1", "backstage.io/v1beta1", "scaffolder.backstage.io/v1beta3"};
    return s;
}

const SharedStrings &sharedSpecValues()
{
    static const SharedStrings s{"service", "website", "library", "production", "experimental", "deprecated",
                                 "openapi", "asyncapi", "graphql", "grpc", "database", "team", "default"};
    return s;
}

const SharedStrings &sharedMetadataKeys()
{
    static const SharedStrings s{"backstage.io/techdocs-ref", "backstage.io/source-location",
                                 "backstage.io/managed-by-location", "backstage.io/managed-by-origin-location",
                                 "backstage.io/view-url", "backstage.io/edit-url", "backstage.io/kubernetes-id",
                                 "backstage.io/orphan", "github.com/project-slug", "github.com/team-slug",
                                 "gitlab.com/project-slug", "pagerduty.com/service-id", "sonarqube.org/project-key",
                                 "jenkins.io/job-full-name"};
    return s;
}

constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The lower-case key of a reference written in plain ASCII, built with one allocation; a null
// string when parseEntityRef must look at it (a malformed reference to describe, or non-ASCII).
// Same grammar as parseEntityRef: [kind:][namespace/]name, one of each separator at most.
QString fastRefKey(std::string_view text, std::string_view defaultKind, std::string_view defaultNamespace)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    size_t colon = std::string_view::npos;
    size_t slash = std::string_view::npos;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x80)
            return {};
        if (c == ':') {
            if (colon != std::string_view::npos || slash != std::string_view::npos)
                return {};
            colon = i;
        } else if (c == '/') {
            if (slash != std::string_view::npos)
                return {};
            slash = i;
        }
    }
    constexpr size_t none = std::string_view::npos;
    const size_t nsStart = colon != none ? colon + 1 : 0;
    const std::string_view kind = colon != none ? text.substr(0, colon) : defaultKind;
    const std::string_view ns = slash != none ? text.substr(nsStart, slash - nsStart) : defaultNamespace;
    const std::string_view name = text.substr(slash != none ? slash + 1 : nsStart);
    if (kind.empty() || ns.empty() || name.empty())
        return {};
    for (char c : ns) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return {};
    }

    QString key(qsizetype(kind.size() + ns.size() + name.size() + 2), Qt::Uninitialized);
    QChar *out = key.data();
    const auto put = [&out](std::string_view part) {
        for (char c : part)
            *out++ = QLatin1Char(toLowerAscii(c));
    };
    put(kind);
    *out++ = QLatin1Char(':');
    put(ns);
    *out++ = QLatin1Char('/');
    put(name);
    return key;
}

// ---------------------------------------------------------------------------------------------
// Paths that placeholders and the entity page may read.
// ---------------------------------------------------------------------------------------------

enum class PathCheck { Ok, Empty, Absolute, Escape, Missing, SymlinkEscape, NotFile };

bool isInside(const QString &path, const QString &root)
{
    if (root == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == root
        || (path.size() > root.size() && path.startsWith(root) && path.at(root.size()) == QLatin1Char('/'));
}

PathCheck checkInsideRoot(const QString &target, const QString &baseDir, const QString &rootDir,
                          QString *absolute)
{
    if (target.trimmed().isEmpty())
        return PathCheck::Empty;
    if (QDir::isAbsolutePath(target))
        return PathCheck::Absolute;

    // Lexical check first: `..` that climbs out of the root is refused whether or not the file exists.
    // Without a root, the descriptor's own folder is the boundary.
    const QString root = QDir::cleanPath(rootDir.isEmpty() ? baseDir : rootDir);
    const QString joined = QDir::cleanPath(baseDir + QLatin1Char('/') + target);
    if (!isInside(joined, root))
        return PathCheck::Escape;

    const QFileInfo info(joined);
    if (!info.exists())
        return PathCheck::Missing;

    // Then the real location: a symlink inside the tree may point anywhere.
    const QString canonical = info.canonicalFilePath();
    QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        canonicalRoot = root;
    if (canonical.isEmpty() || !isInside(canonical, canonicalRoot))
        return PathCheck::SymlinkEscape;
    if (!QFileInfo(canonical).isFile())
        return PathCheck::NotFile;

    if (absolute)
        *absolute = canonical;
    return PathCheck::Ok;
}

QString pathCheckMessage(PathCheck check, const QString &target)
{
    switch (check) {
    case PathCheck::Ok:
        return {};
    case PathCheck::Empty:
        return Tr::tr("the path is empty");
    case PathCheck::Absolute:
        return Tr::tr("\"%1\" is an absolute path: use a path relative to the descriptor file").arg(target);
    case PathCheck::Escape:
        return Tr::tr("\"%1\" leaves the catalog source folder").arg(target);
    case PathCheck::Missing:
        return Tr::tr("\"%1\" does not exist").arg(target);
    case PathCheck::SymlinkEscape:
        return Tr::tr("\"%1\" is a symbolic link to a file outside the catalog source folder").arg(target);
    case PathCheck::NotFile:
        return Tr::tr("\"%1\" is not a file").arg(target);
    }
    return {};
}

const char *pathCheckRule(PathCheck check)
{
    switch (check) {
    case PathCheck::Ok:
        return "";
    case PathCheck::Empty:
        return "placeholder.empty";
    case PathCheck::Absolute:
        return "placeholder.absolute";
    case PathCheck::Escape:
        return "placeholder.escape";
    case PathCheck::Missing:
        return "placeholder.missing";
    case PathCheck::SymlinkEscape:
        return "placeholder.symlinkEscape";
    case PathCheck::NotFile:
        return "placeholder.notFile";
    }
    return "";
}

// ---------------------------------------------------------------------------------------------
// The built-in kinds: their spec fields, which of them are entity references, and the relation
// each states (BuiltinKindsEntityProcessor; for Template, the scaffolder's processor).
// ---------------------------------------------------------------------------------------------

enum class FieldType : std::uint8_t {
    String,       // a non-empty string
    StringList,   // a list of non-empty strings
    Definition,   // API definition: a string or a $text/$json/$yaml placeholder
    Profile,      // mapping of optional non-empty strings (User and Group)
    Parameters,   // Template: a mapping or a list of mappings
    Steps,        // Template: a list of mappings, each with an action
    Mapping,      // any mapping
    Presence,     // Location: "required" or "optional"
};

enum class Relation : std::uint8_t {
    None, OwnedBy, PartOf, ProvidesApi, ConsumesApi, DependsOn, DependencyOf, MemberOf, ChildOf, ParentOf, HasMember
};

const QString &relationName(Relation r)
{
    // Shared strings, so a relation costs no allocation for its type.
    static const QString names[] = {
        QString(),
        QStringLiteral("ownedBy"),
        QStringLiteral("partOf"),
        QStringLiteral("providesApi"),
        QStringLiteral("consumesApi"),
        QStringLiteral("dependsOn"),
        QStringLiteral("dependencyOf"),
        QStringLiteral("memberOf"),
        QStringLiteral("childOf"),
        QStringLiteral("parentOf"),
        QStringLiteral("hasMember"),
    };
    return names[size_t(r)];
}

struct SpecField {
    std::string_view name;
    FieldType type;
    bool required;
    bool isRef;
    std::string_view defaultKind;   // for refs: the kind a reference without one gets; empty = kind required
    Relation relation;              // outgoing relation this field states
};

struct KindRules {
    std::string_view kind;
    bool scaffolder;   // apiVersion scaffolder.backstage.io/v1beta3 instead of backstage.io/v1alpha1|v1beta1
    const SpecField *fields;
    size_t fieldCount;
};

using FT = FieldType;
using R = Relation;

constexpr SpecField componentFields[] = {
    {"type", FT::String, true, false, {}, R::None},
    {"lifecycle", FT::String, true, false, {}, R::None},
    {"owner", FT::String, true, true, "Group", R::OwnedBy},
    {"subcomponentOf", FT::String, false, true, "Component", R::PartOf},
    {"providesApis", FT::StringList, false, true, "API", R::ProvidesApi},
    {"consumesApis", FT::StringList, false, true, "API", R::ConsumesApi},
    {"dependsOn", FT::StringList, false, true, {}, R::DependsOn},
    {"dependencyOf", FT::StringList, false, true, {}, R::DependencyOf},
    {"system", FT::String, false, true, "System", R::PartOf},
};
constexpr SpecField apiFields[] = {
    {"type", FT::String, true, false, {}, R::None},
    {"lifecycle", FT::String, true, false, {}, R::None},
    {"owner", FT::String, true, true, "Group", R::OwnedBy},
    {"definition", FT::Definition, true, false, {}, R::None},
    {"system", FT::String, false, true, "System", R::PartOf},
};
constexpr SpecField resourceFields[] = {
    {"type", FT::String, true, false, {}, R::None},
    {"owner", FT::String, true, true, "Group", R::OwnedBy},
    {"dependsOn", FT::StringList, false, true, {}, R::DependsOn},
    {"dependencyOf", FT::StringList, false, true, {}, R::DependencyOf},
    {"system", FT::String, false, true, "System", R::PartOf},
};
constexpr SpecField systemFields[] = {
    {"owner", FT::String, true, true, "Group", R::OwnedBy},
    {"domain", FT::String, false, true, "Domain", R::PartOf},
    {"type", FT::String, false, false, {}, R::None},
};
constexpr SpecField domainFields[] = {
    {"owner", FT::String, true, true, "Group", R::OwnedBy},
    {"subdomainOf", FT::String, false, true, "Domain", R::PartOf},
    {"type", FT::String, false, false, {}, R::None},
};
constexpr SpecField groupFields[] = {
    {"type", FT::String, true, false, {}, R::None},
    {"profile", FT::Profile, false, false, {}, R::None},
    {"parent", FT::String, false, true, "Group", R::ChildOf},
    {"children", FT::StringList, true, true, "Group", R::ParentOf},
    {"members", FT::StringList, false, true, "User", R::HasMember},
};
constexpr SpecField userFields[] = {
    {"profile", FT::Profile, false, false, {}, R::None},
    {"memberOf", FT::StringList, true, true, "Group", R::MemberOf},
};
constexpr SpecField locationFields[] = {
    {"type", FT::String, false, false, {}, R::None},
    {"target", FT::String, false, false, {}, R::None},
    {"targets", FT::StringList, false, false, {}, R::None},
    {"presence", FT::Presence, false, false, {}, R::None},
};
constexpr SpecField templateFields[] = {
    {"type", FT::String, true, false, {}, R::None},
    {"owner", FT::String, false, true, "Group", R::OwnedBy},
    {"lifecycle", FT::String, false, false, {}, R::None},
    {"parameters", FT::Parameters, false, false, {}, R::None},
    {"steps", FT::Steps, true, false, {}, R::None},
    {"output", FT::Mapping, false, false, {}, R::None},
};

constexpr KindRules builtinKinds[] = {
    {"Component", false, componentFields, std::size(componentFields)},
    {"API", false, apiFields, std::size(apiFields)},
    {"Resource", false, resourceFields, std::size(resourceFields)},
    {"System", false, systemFields, std::size(systemFields)},
    {"Domain", false, domainFields, std::size(domainFields)},
    {"Group", false, groupFields, std::size(groupFields)},
    {"User", false, userFields, std::size(userFields)},
    {"Location", false, locationFields, std::size(locationFields)},
    {"Template", true, templateFields, std::size(templateFields)},
};

// A field's path for messages and rule ids ("spec.owner", "metadata.tags[2]"), built only when a
// problem is reported so that valid entities cost no string formatting.
struct Path {
    std::string_view parent;   // "spec", "metadata", ... or empty
    std::string_view name;
    int index = -1;

    QString field() const
    {
        QString s = parent.empty() ? fromView(name) : fromView(parent) + QLatin1Char('.') + fromView(name);
        if (index >= 0)
            s += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return s;
    }
    QString rule(const char *suffix) const
    {
        QString s = parent.empty() ? fromView(name) : fromView(parent) + QLatin1Char('.') + fromView(name);
        return s + QLatin1Char('.') + QLatin1String(suffix);
    }
};

// ---------------------------------------------------------------------------------------------

class Reader
{
public:
    Reader(const Document &doc, const ReadContext &context)
        : m_doc(doc)
        , m_context(context)
    {
    }

    ReadResult run();

private:
    enum class Value { Absent, String, Placeholder, Other };

    void add(Severity severity, NodeId at, QString rule, QString message)
    {
        Problem p;
        p.severity = severity;
        p.file = m_context.file;
        if (at != NoNode) {
            p.line = int(m_doc.node(at).line);
            p.column = int(m_doc.node(at).column);
        }
        p.message = std::move(message);
        p.rule = std::move(rule);
        m_result.problems.append(std::move(p));
        if (severity == Severity::Error)
            m_failed = true;
    }
    void error(NodeId at, QString rule, QString message)
    {
        add(Severity::Error, at, std::move(rule), std::move(message));
    }
    void error(NodeId at, const char *rule, QString message)
    {
        add(Severity::Error, at, QString::fromLatin1(rule), std::move(message));
    }

    std::string_view text(NodeId id) const { return m_doc.text(id); }
    bool isMapping(NodeId id) const { return m_doc.type(id) == Document::Type::Mapping && !placeholderAt(id); }
    QString describe(NodeId id) const;
    bool placeholderAt(NodeId id, std::string_view *kind = nullptr, NodeId *target = nullptr) const;
    Value classify(NodeId id) const
    {
        if (id == NoNode)
            return Value::Absent;
        if (m_doc.isString(id))
            return Value::String;
        return placeholderAt(id) ? Value::Placeholder : Value::Other;
    }
    void typeError(NodeId at, const Path &path, const char *ruleSuffix, const QString &expected)
    {
        error(at, path.rule(ruleSuffix), Tr::tr("%1 must be %2, not %3").arg(path.field(), expected, describe(at)));
    }

    void walkPlaceholders(NodeId id);
    void checkPlaceholder(NodeId map, std::string_view kind, NodeId target);
    void checkRootFields(NodeId root);
    NodeId identityField(NodeId parent, const Path &path);
    NodeId optionalString(NodeId parent, const Path &path, QString *out, bool nonEmpty);
    void readMetadata(NodeId metadata);
    void readKeyValues(NodeId map, bool annotations);
    void readTags(NodeId tags);
    void readLinks(NodeId links);
    void readSpec(NodeId root, NodeId spec, const KindRules &rules);
    void readSpecField(NodeId spec, const SpecField &field, const KindRules &rules);
    void readRef(NodeId node, const Path &path, const SpecField &field);
    void readProfile(NodeId profile);
    void readTemplateParameters(NodeId parameters);
    void readTemplateSteps(NodeId steps);
    void readLocation(NodeId spec);
    void checkApiVersionForKind(NodeId apiVersion, const KindRules &rules);

    const Document &m_doc;
    const ReadContext &m_context;
    ReadResult m_result;
    Entity m_entity;
    std::string_view m_nsUtf8 = "default";   // the entity's namespace, for references without one
    // Collected here and stored with one exact allocation at the end.
    QVarLengthArray<EntityRelation, 16> m_relations;
    bool m_failed = false;
};

QString Reader::describe(NodeId id) const
{
    switch (m_doc.type(id)) {
    case Document::Type::Null:
        return Tr::tr("empty");
    case Document::Type::Sequence:
        return Tr::tr("a list");
    case Document::Type::Mapping:
        return placeholderAt(id) ? Tr::tr("a placeholder") : Tr::tr("a mapping");
    case Document::Type::Scalar:
        break;
    }
    if (m_doc.isString(id))
        return Tr::tr("a string");
    // Only reached on the error path, so valid input never pays for the JSON conversion.
    const QJsonValue v = m_doc.toJson(id);
    if (v.isBool())
        return Tr::tr("%1 (a boolean)").arg(fromView(text(id)));
    if (v.isDouble())
        return Tr::tr("%1 (a number)").arg(fromView(text(id)));
    if (v.isNull())
        return Tr::tr("empty");
    return Tr::tr("a string");
}

bool Reader::placeholderAt(NodeId id, std::string_view *kind, NodeId *target) const
{
    // Backstage's PlaceholderProcessor: a mapping with exactly one key, `$text`, `$json` or `$yaml`,
    // whose value is a string. Anything else (JSON Schema's `$ref`, say) is left alone.
    if (id == NoNode || m_doc.type(id) != Document::Type::Mapping || m_doc.size(id) != 1)
        return false;
    const NodeId key = m_doc.key(id, 0);
    if (m_doc.type(key) != Document::Type::Scalar)
        return false;
    const std::string_view k = text(key);
    if (k != "$text" && k != "$json" && k != "$yaml")
        return false;
    const NodeId value = m_doc.value(id, 0);
    if (!m_doc.isString(value))
        return false;
    if (kind)
        *kind = k;
    if (target)
        *target = value;
    return true;
}

void Reader::walkPlaceholders(NodeId id)
{
    switch (m_doc.type(id)) {
    case Document::Type::Mapping: {
        std::string_view kind;
        NodeId target = NoNode;
        if (placeholderAt(id, &kind, &target)) {
            checkPlaceholder(id, kind, target);
            return;
        }
        const std::uint32_t n = m_doc.size(id);
        for (std::uint32_t i = 0; i < n; ++i)
            walkPlaceholders(m_doc.value(id, i));
        break;
    }
    case Document::Type::Sequence: {
        const std::uint32_t n = m_doc.size(id);
        for (std::uint32_t i = 0; i < n; ++i)
            walkPlaceholders(m_doc.item(id, i));
        break;
    }
    default:
        break;
    }
}

void Reader::checkPlaceholder(NodeId map, std::string_view kind, NodeId target)
{
    const std::string_view t = text(target);
    if (isWebUrl(t))
        return; // Remote content is Backstage's to fetch; validation does not follow it.
    const QString targetText = fromView(t);
    if (hasUrlScheme(t)) {
        error(map, "placeholder.url",
              Tr::tr("%1 placeholder target \"%2\" uses an unsupported URL scheme: use http(s) or a relative path")
                  .arg(fromView(kind), targetText));
        return;
    }
    const QString baseDir = QFileInfo(m_context.file).absolutePath();
    const PathCheck check = checkInsideRoot(targetText, baseDir, m_context.rootDir, nullptr);
    if (check == PathCheck::Ok)
        return;
    error(map, pathCheckRule(check),
          Tr::tr("%1 placeholder cannot be read: %2").arg(fromView(kind), pathCheckMessage(check, targetText)));
}

void Reader::checkRootFields(NodeId root)
{
    // NoForeignRootFieldsEntityPolicy.
    const std::uint32_t n = m_doc.size(root);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId key = m_doc.key(root, i);
        const std::string_view k = text(key);
        if (k == "apiVersion" || k == "kind" || k == "metadata" || k == "spec" || k == "relations" || k == "status")
            continue;
        error(key, "root.unknownField",
              Tr::tr("\"%1\" is not allowed at the top level of an entity: only apiVersion, kind, metadata, spec, "
                     "relations and status are (should it be under metadata or spec?)")
                  .arg(fromView(k)));
    }
}

// apiVersion, kind, metadata.name and metadata.namespace identify the entity, so they must be
// plain strings in the descriptor.
NodeId Reader::identityField(NodeId parent, const Path &path)
{
    const NodeId node = m_doc.get(parent, path.name);
    switch (classify(node)) {
    case Value::Absent:
        error(parent, path.rule("required"), Tr::tr("%1 is required").arg(path.field()));
        return NoNode;
    case Value::String:
        return node;
    case Value::Placeholder:
        error(node, "placeholder.unsupportedField",
              Tr::tr("%1 must be written in the descriptor, not read from a placeholder").arg(path.field()));
        return NoNode;
    case Value::Other:
        typeError(node, path, "type", Tr::tr("a string"));
        return NoNode;
    }
    return NoNode;
}

NodeId Reader::optionalString(NodeId parent, const Path &path, QString *out, bool nonEmpty)
{
    const NodeId node = m_doc.get(parent, path.name);
    switch (classify(node)) {
    case Value::Absent:
    case Value::Placeholder:
        return NoNode;
    case Value::String:
        if (nonEmpty && text(node).empty()) {
            error(node, path.rule("empty"), Tr::tr("%1 must not be empty").arg(path.field()));
            return NoNode;
        }
        if (out)
            *out = m_doc.string(node);
        return node;
    case Value::Other:
        typeError(node, path, "type", Tr::tr("a string"));
        return NoNode;
    }
    return NoNode;
}

void Reader::readMetadata(NodeId metadata)
{
    if (const NodeId name = identityField(metadata, {"metadata", "name"}); name != NoNode) {
        m_entity.name = m_doc.string(name);
        if (!isValidObjectName(text(name))) {
            error(name, "metadata.name.format",
                  Tr::tr("metadata.name \"%1\" is not a valid name: use letters, digits and - _ . between them, "
                         "at most 63 characters")
                      .arg(m_entity.name));
        }
    }

    // DefaultNamespaceEntityPolicy fills in "default" only when the field is absent; an empty or
    // null namespace fails the schema first.
    m_entity.ns = QStringLiteral("default");
    if (m_doc.get(metadata, "namespace") != NoNode) {
        if (const NodeId ns = identityField(metadata, {"metadata", "namespace"}); ns != NoNode) {
            m_entity.ns = sharedSpecValues()(text(ns));
            m_nsUtf8 = text(ns);
            if (!isValidDnsLabel(text(ns))) {
                error(ns, "metadata.namespace.format",
                      Tr::tr("metadata.namespace \"%1\" is not valid: use lower-case letters and digits separated "
                             "by single dashes, at most 63 characters")
                          .arg(m_entity.ns));
            }
        }
    }

    optionalString(metadata, {"metadata", "title"}, &m_entity.title, true);
    optionalString(metadata, {"metadata", "description"}, &m_entity.description, false);

    if (const NodeId labels = m_doc.get(metadata, "labels"); labels != NoNode)
        readKeyValues(labels, false);
    if (const NodeId annotations = m_doc.get(metadata, "annotations"); annotations != NoNode)
        readKeyValues(annotations, true);
    if (const NodeId tags = m_doc.get(metadata, "tags"); tags != NoNode)
        readTags(tags);
    if (const NodeId links = m_doc.get(metadata, "links"); links != NoNode)
        readLinks(links);
}

void Reader::readKeyValues(NodeId map, bool annotations)
{
    const Path path{"metadata", annotations ? "annotations" : "labels"};
    if (!isMapping(map)) {
        typeError(map, path, "type", Tr::tr("a mapping of keys to strings"));
        return;
    }
    auto &out = annotations ? m_entity.annotations : m_entity.labels;
    const std::uint32_t n = m_doc.size(map);
    out.reserve(out.size() + n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId key = m_doc.key(map, i);
        const NodeId value = m_doc.value(map, i);
        const std::string_view k = text(key);
        if (m_doc.type(key) != Document::Type::Scalar || !isValidMetadataKey(k)) {
            error(key, path.rule("key"),
                  Tr::tr("%1 key \"%2\" is not valid: use an optional DNS-style prefix and a slash, then letters, "
                         "digits and - _ . between them, at most 63 characters")
                      .arg(path.field(), fromView(k)));
        }
        const Value v = classify(value);
        if (v == Value::Placeholder)
            continue;
        if (v != Value::String) {
            error(value, path.rule("value"),
                  Tr::tr("%1.%2 must be a string, not %3: put the value in quotes")
                      .arg(path.field(), fromView(k), describe(value)));
            continue;
        }
        if (!annotations && !isValidLabelValue(text(value))) {
            error(value, path.rule("value"),
                  Tr::tr("%1.%2 value \"%3\" is not valid: use an empty string or letters, digits and - _ . between "
                         "them, at most 63 characters")
                      .arg(path.field(), fromView(k), m_doc.string(value)));
            continue;
        }
        out.append({sharedMetadataKeys()(k), m_doc.string(value)});
    }
}

void Reader::readTags(NodeId tags)
{
    if (m_doc.type(tags) != Document::Type::Sequence) {
        typeError(tags, {"metadata", "tags"}, "type", Tr::tr("a list of strings"));
        return;
    }
    const std::uint32_t n = m_doc.size(tags);
    m_entity.tags.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId tag = m_doc.item(tags, i);
        const Path path{"metadata", "tags", int(i)};
        const Value v = classify(tag);
        if (v == Value::Placeholder)
            continue;
        if (v != Value::String) {
            typeError(tag, path, "itemType", Tr::tr("a string"));
            continue;
        }
        if (!isValidTag(text(tag))) {
            error(tag, "metadata.tags.format",
                  Tr::tr("%1 \"%2\" is not a valid tag: use lower-case letters, digits and : + # in groups separated "
                         "by single dashes, at most 63 characters")
                      .arg(path.field(), m_doc.string(tag)));
            continue;
        }
        m_entity.tags.append(m_doc.string(tag));
    }
}

void Reader::readLinks(NodeId links)
{
    if (m_doc.type(links) != Document::Type::Sequence) {
        typeError(links, {"metadata", "links"}, "type", Tr::tr("a list of mappings"));
        return;
    }
    const std::uint32_t n = m_doc.size(links);
    m_entity.links.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId link = m_doc.item(links, i);
        const Path path{"metadata", "links", int(i)};
        if (!isMapping(link)) {
            typeError(link, path, "itemType", Tr::tr("a mapping with a url"));
            continue;
        }
        const auto fieldOf = [&](const char *name) { return path.field() + QLatin1Char('.') + QLatin1String(name); };
        const auto stringTypeError = [&](NodeId node, const char *name, const char *rule) {
            error(node, rule, Tr::tr("%1 must be a string, not %2").arg(fieldOf(name), describe(node)));
        };

        EntityLink out;
        const NodeId url = m_doc.get(link, "url");
        switch (classify(url)) {
        case Value::Absent:
            error(link, "metadata.links.url.required", Tr::tr("%1 has no url").arg(path.field()));
            break;
        case Value::Placeholder:
            break;
        case Value::Other:
            stringTypeError(url, "url", "metadata.links.url.type");
            break;
        case Value::String:
            out.url = m_doc.string(url);
            if (!isValidUrl(text(url))) {
                error(url, "metadata.links.url.format",
                      Tr::tr("%1 \"%2\" is not a valid URL: write it with a scheme, e.g. https://")
                          .arg(fieldOf("url"), out.url));
            }
            break;
        }

        const NodeId title = m_doc.get(link, "title");
        switch (classify(title)) {
        case Value::Other:
            stringTypeError(title, "title", "metadata.links.title.type");
            break;
        case Value::String:
            out.title = m_doc.string(title);
            if (out.title.trimmed().isEmpty())
                error(title, "metadata.links.title.empty", Tr::tr("%1 must not be empty").arg(fieldOf("title")));
            break;
        default:
            break;
        }

        const NodeId icon = m_doc.get(link, "icon");
        switch (classify(icon)) {
        case Value::Other:
            stringTypeError(icon, "icon", "metadata.links.icon.type");
            break;
        case Value::String:
            out.icon = m_doc.string(icon);
            if (!isValidObjectName(text(icon))) {
                error(icon, "metadata.links.icon.format",
                      Tr::tr("%1 \"%2\" is not valid: use letters, digits and - _ . between them, at most 63 "
                             "characters")
                          .arg(fieldOf("icon"), out.icon));
            }
            break;
        default:
            break;
        }

        const NodeId type = m_doc.get(link, "type");
        switch (classify(type)) {
        case Value::Other:
            stringTypeError(type, "type", "metadata.links.type.type");
            break;
        case Value::String:
            out.type = m_doc.string(type);
            if (out.type.isEmpty())
                error(type, "metadata.links.type.empty", Tr::tr("%1 must not be empty").arg(fieldOf("type")));
            break;
        default:
            break;
        }
        m_entity.links.append(std::move(out));
    }
}

void Reader::readRef(NodeId node, const Path &path, const SpecField &field)
{
    QString key = fastRefKey(text(node), field.defaultKind, m_nsUtf8);
    if (key.isNull()) {
        const RefParseResult parsed = parseEntityRef(m_doc.string(node), fromView(field.defaultKind), m_entity.ns);
        if (!parsed.ref) {
            error(node, path.rule("ref"),
                  Tr::tr("%1 \"%2\" is not a valid entity reference: %3")
                      .arg(path.field(), m_doc.string(node), parsed.error));
            return;
        }
        key = parsed.ref->key();
    }
    if (field.name == "owner")
        m_entity.ownerKey = key;
    else if (field.name == "system")
        m_entity.systemKey = key;
    if (field.relation == Relation::None)
        return;
    const QString &type = relationName(field.relation);
    for (const EntityRelation &r : std::as_const(m_relations)) {
        if (r.targetKey == key && r.type == type)
            return; // Backstage stores each {type, target} once.
    }
    m_relations.append({type, std::move(key)});
}

void Reader::readSpecField(NodeId spec, const SpecField &field, const KindRules &rules)
{
    const NodeId node = m_doc.get(spec, field.name);
    const Path path{"spec", field.name};

    if (node == NoNode) {
        if (field.required) {
            error(spec, path.rule("required"),
                  Tr::tr("%1 is required for a %2").arg(path.field(), fromView(rules.kind)));
        }
        return;
    }

    switch (field.type) {
    case FieldType::String:
    case FieldType::Presence: {
        const Value v = classify(node);
        if (v == Value::Placeholder) {
            if (field.isRef) {
                error(node, "placeholder.unsupportedField",
                      Tr::tr("%1 must be written in the descriptor, not read from a placeholder").arg(path.field()));
            }
            return;
        }
        if (v != Value::String) {
            typeError(node, path, "type", Tr::tr("a string"));
            return;
        }
        const std::string_view value = text(node);
        if (value.empty()) {
            error(node, path.rule("empty"), Tr::tr("%1 must not be empty").arg(path.field()));
            return;
        }
        if (field.type == FieldType::Presence && value != "required" && value != "optional") {
            error(node, path.rule("value"),
                  Tr::tr("%1 \"%2\" is not valid: use required or optional").arg(path.field(), m_doc.string(node)));
            return;
        }
        if (field.isRef)
            readRef(node, path, field);
        else if (field.name == "type")
            m_entity.specType = sharedSpecValues()(value);
        else if (field.name == "lifecycle")
            m_entity.lifecycle = sharedSpecValues()(value);
        return;
    }
    case FieldType::StringList: {
        if (m_doc.type(node) != Document::Type::Sequence) {
            typeError(node, path, "type", Tr::tr("a list of strings"));
            return;
        }
        const std::uint32_t n = m_doc.size(node);
        for (std::uint32_t i = 0; i < n; ++i) {
            const NodeId item = m_doc.item(node, i);
            const Path itemPath{"spec", field.name, int(i)};
            const Value v = classify(item);
            if (v == Value::Placeholder && field.isRef) {
                error(item, "placeholder.unsupportedField",
                      Tr::tr("%1 must be written in the descriptor, not read from a placeholder")
                          .arg(itemPath.field()));
                continue;
            }
            if (v == Value::Placeholder)
                continue;
            if (v != Value::String) {
                typeError(item, itemPath, "itemType", Tr::tr("a string"));
                continue;
            }
            if (text(item).empty()) {
                error(item, itemPath.rule("empty"), Tr::tr("%1 must not be empty").arg(itemPath.field()));
                continue;
            }
            if (field.isRef)
                readRef(item, itemPath, field);
        }
        return;
    }
    case FieldType::Definition: {
        std::string_view placeholderKind;
        if (placeholderAt(node, &placeholderKind)) {
            if (placeholderKind != "$text") {
                add(Severity::Warning, node, QStringLiteral("spec.definition.placeholderType"),
                    Tr::tr("spec.definition uses %1: Backstage puts the parsed data there, but an API definition "
                           "must be a string; use $text to keep the file's text")
                        .arg(fromView(placeholderKind)));
            }
            return;
        }
        if (!m_doc.isString(node)) {
            typeError(node, path, "type", Tr::tr("a string or a $text placeholder"));
            return;
        }
        if (text(node).empty())
            error(node, path.rule("empty"), Tr::tr("%1 must not be empty").arg(path.field()));
        return;
    }
    case FieldType::Profile:
        readProfile(node);
        return;
    case FieldType::Parameters:
        readTemplateParameters(node);
        return;
    case FieldType::Steps:
        readTemplateSteps(node);
        return;
    case FieldType::Mapping:
        if (!isMapping(node))
            typeError(node, path, "type", Tr::tr("a mapping"));
        return;
    }
}

void Reader::readProfile(NodeId profile)
{
    if (!isMapping(profile)) {
        typeError(profile, {"spec", "profile"}, "type", Tr::tr("a mapping"));
        return;
    }
    // Every profile field the User and Group schemas define is an optional non-empty string.
    optionalString(profile, {"spec.profile", "displayName"}, &m_entity.displayName, true);
    optionalString(profile, {"spec.profile", "email"}, &m_entity.email, true);
    for (const std::string_view name : {"picture", "pronouns", "jobTitle", "startDateISO", "manager", "timezoneISO",
                                        "location", "directMessageURL"}) {
        if (m_doc.get(profile, name) != NoNode)
            optionalString(profile, {"spec.profile", name}, nullptr, true);
    }
    if (const NodeId handles = m_doc.get(profile, "externalHandles"); handles != NoNode && !isMapping(handles))
        typeError(handles, {"spec.profile", "externalHandles"}, "type", Tr::tr("a mapping"));
}

void Reader::readTemplateParameters(NodeId parameters)
{
    if (isMapping(parameters))
        return;
    if (m_doc.type(parameters) != Document::Type::Sequence) {
        typeError(parameters, {"spec", "parameters"}, "type", Tr::tr("a mapping or a list of mappings"));
        return;
    }
    const std::uint32_t n = m_doc.size(parameters);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId page = m_doc.item(parameters, i);
        if (!isMapping(page))
            typeError(page, {"spec", "parameters", int(i)}, "itemType", Tr::tr("a mapping"));
    }
}

void Reader::readTemplateSteps(NodeId steps)
{
    if (m_doc.type(steps) != Document::Type::Sequence) {
        typeError(steps, {"spec", "steps"}, "type", Tr::tr("a list of mappings"));
        return;
    }
    const std::uint32_t n = m_doc.size(steps);
    for (std::uint32_t i = 0; i < n; ++i) {
        const NodeId step = m_doc.item(steps, i);
        const Path path{"spec", "steps", int(i)};
        if (!isMapping(step)) {
            typeError(step, path, "itemType", Tr::tr("a mapping"));
            continue;
        }
        const NodeId action = m_doc.get(step, "action");
        if (action == NoNode) {
            error(step, "spec.steps.action.required", Tr::tr("%1 has no action").arg(path.field()));
        } else if (!m_doc.isString(action)) {
            error(action, "spec.steps.action.type",
                  Tr::tr("%1.action must be a string, not %2").arg(path.field(), describe(action)));
        }
        for (const char *key : {"id", "name"}) {
            const NodeId v = m_doc.get(step, key);
            if (v != NoNode && !m_doc.isString(v)) {
                error(v, QStringLiteral("spec.steps.%1.type").arg(QLatin1String(key)),
                      Tr::tr("%1.%2 must be a string, not %3").arg(path.field(), QLatin1String(key), describe(v)));
            }
        }
        if (const NodeId input = m_doc.get(step, "input"); input != NoNode && !isMapping(input)) {
            error(input, "spec.steps.input.type",
                  Tr::tr("%1.input must be a mapping, not %2").arg(path.field(), describe(input)));
        }
    }
}

void Reader::readLocation(NodeId spec)
{
    // Targets are handed to the caller to follow; remote ones are only reported.
    const NodeId typeNode = m_doc.get(spec, "type");
    const std::string_view type = (typeNode != NoNode && m_doc.isString(typeNode)) ? text(typeNode) : "";
    const bool urlType = type == "url";
    const bool otherType = !type.empty() && !urlType && type != "file";

    const NodeId target = m_doc.get(spec, "target");
    const NodeId list = m_doc.get(spec, "targets");
    if (target == NoNode && list == NoNode) {
        add(Severity::Warning, spec, QStringLiteral("location.targets.missing"),
            Tr::tr("this Location has neither spec.target nor spec.targets, so it points nowhere"));
        return;
    }

    const auto take = [&](NodeId t) {
        if (t == NoNode || !m_doc.isString(t) || text(t).empty())
            return;
        const QString value = m_doc.string(t);
        if (otherType) {
            add(Severity::Notice, t, QStringLiteral("location.type"),
                Tr::tr("Location target \"%1\" has type \"%2\", which Atrium does not read, so it is not followed")
                    .arg(value, fromView(type)));
        } else if (urlType || hasUrlScheme(text(t))) {
            add(Severity::Notice, t, QStringLiteral("location.remote"),
                Tr::tr("Location target \"%1\" is remote; Atrium reads local files only, so it is not followed")
                    .arg(value));
        } else {
            m_result.locationTargets.append(value);
        }
    };
    take(target);
    if (list != NoNode && m_doc.type(list) == Document::Type::Sequence) {
        const std::uint32_t n = m_doc.size(list);
        for (std::uint32_t i = 0; i < n; ++i)
            take(m_doc.item(list, i));
    }
}

void Reader::readSpec(NodeId root, NodeId spec, const KindRules &rules)
{
    if (spec == NoNode) {
        error(root, "spec.required", Tr::tr("spec is required for a %1").arg(fromView(rules.kind)));
        return;
    }
    for (size_t i = 0; i < rules.fieldCount; ++i)
        readSpecField(spec, rules.fields[i], rules);
    if (rules.kind == "Location")
        readLocation(spec);
}

void Reader::checkApiVersionForKind(NodeId apiVersion, const KindRules &rules)
{
    // The kind schemas pin apiVersion; another version of a built-in kind is not recognised.
    const std::string_view v = text(apiVersion);
    const bool supported = rules.scaffolder ? v == "scaffolder.backstage.io/v1beta3"
                                            : (v == "backstage.io/v1alpha1" || v == "backstage.io/v1beta1");
    if (supported)
        return;
    error(apiVersion, "apiVersion.unsupported",
          Tr::tr("apiVersion \"%1\" is not supported for kind %2: use %3")
              .arg(m_entity.apiVersion, m_entity.kind,
                   rules.scaffolder ? QStringLiteral("scaffolder.backstage.io/v1beta3")
                                    : QStringLiteral("backstage.io/v1alpha1")));
}

ReadResult Reader::run()
{
    const NodeId root = m_doc.root();
    // An empty document (a trailing `---`, say) is skipped, as Backstage's parseEntityYaml does.
    if (m_doc.isEmpty() || m_doc.type(root) == Document::Type::Null)
        return {};
    if (m_doc.type(root) != Document::Type::Mapping) {
        error(root, "document.notMapping",
              Tr::tr("a catalog document must be a mapping with apiVersion, kind and metadata, not %1")
                  .arg(describe(root)));
        return std::move(m_result);
    }

    walkPlaceholders(root);
    checkRootFields(root);

    const NodeId apiVersion = identityField(root, {{}, "apiVersion"});
    if (apiVersion != NoNode) {
        m_entity.apiVersion = sharedApiVersions()(text(apiVersion));
        if (!isValidApiVersion(text(apiVersion))) {
            error(apiVersion, "apiVersion.format",
                  Tr::tr("apiVersion \"%1\" is not valid: use an optional DNS-style prefix, a slash and a version, "
                         "e.g. backstage.io/v1alpha1")
                      .arg(m_entity.apiVersion));
        }
    }

    const NodeId kind = identityField(root, {{}, "kind"});
    if (kind != NoNode) {
        m_entity.kind = sharedKinds()(text(kind));
        if (!isValidKind(text(kind))) {
            error(kind, "kind.format",
                  Tr::tr("kind \"%1\" is not valid: use a letter followed by letters and digits, at most 63 characters")
                      .arg(m_entity.kind));
        }
    }

    const NodeId metadata = m_doc.get(root, "metadata");
    if (metadata == NoNode)
        error(root, "metadata.required", Tr::tr("metadata is required, with at least a name"));
    else if (!isMapping(metadata))
        typeError(metadata, {{}, "metadata"}, "type", Tr::tr("a mapping"));
    else
        readMetadata(metadata);

    const NodeId spec = m_doc.get(root, "spec");
    const bool specOk = spec == NoNode || isMapping(spec);
    if (!specOk)
        typeError(spec, {{}, "spec"}, "notMapping", Tr::tr("a mapping"));

    if (kind != NoNode) {
        const std::string_view k = text(kind);
        const KindRules *rules = nullptr;
        const KindRules *caseOnly = nullptr;
        for (const KindRules &r : builtinKinds) {
            if (r.kind == k)
                rules = &r;
            else if (equalsNoCase(r.kind, k))
                caseOnly = &r;
        }

        if (rules) {
            if (apiVersion != NoNode)
                checkApiVersionForKind(apiVersion, *rules);
            if (specOk)
                readSpec(root, spec, *rules);
        } else if (caseOnly) {
            // The kind schemas match exactly, so Backstage does not take `component` for a Component.
            error(kind, "kind.case",
                  Tr::tr("kind \"%1\" must be written \"%2\": kinds are case-sensitive")
                      .arg(m_entity.kind, fromView(caseOnly->kind)));
        } else {
            m_entity.customKind = true;
            add(Severity::Notice, kind, QStringLiteral("kind.custom"),
                Tr::tr("kind \"%1\" is not a built-in Backstage kind, so only the envelope (apiVersion, kind, "
                       "metadata) was checked")
                    .arg(m_entity.kind));
            // Shown in lists when present; what the spec means is up to the organisation.
            if (spec != NoNode && specOk) {
                if (const NodeId type = m_doc.get(spec, "type"); m_doc.isString(type))
                    m_entity.specType = sharedSpecValues()(text(type));
                if (const NodeId lifecycle = m_doc.get(spec, "lifecycle"); m_doc.isString(lifecycle))
                    m_entity.lifecycle = sharedSpecValues()(text(lifecycle));
            }
        }
    }

    // Problems name the entity once kind and name are known, valid or not, as Backstage's do.
    if (!m_result.problems.isEmpty() && !m_entity.kind.isEmpty() && !m_entity.name.isEmpty()) {
        const QString key = m_entity.key();
        for (Problem &p : m_result.problems)
            p.entityRef = key;
    }

    if (!m_failed) {
        EntitySource &source = m_entity.source;
        source.file = m_context.file;
        source.rootDir = m_context.rootDir;
        source.documentIndex = m_context.documentIndex;
        source.line = int(m_doc.node(root).line);
        source.column = int(m_doc.node(root).column);
        source.firstLine = m_doc.firstLine();
        source.endLine = m_doc.endLine();
        if (!m_relations.isEmpty())
            m_entity.relations = QList<EntityRelation>(m_relations.begin(), m_relations.end());
        m_result.entity = std::move(m_entity);
    }
    return std::move(m_result);
}

} // namespace

ReadResult readEntity(const yaml::Document &doc, const ReadContext &context)
{
    return Reader(doc, context).run();
}

QString resolveInsideRoot(const QString &target, const QString &baseDir, const QString &rootDir, QString *error)
{
    QString absolute;
    const PathCheck check = checkInsideRoot(target, baseDir, rootDir, &absolute);
    if (check != PathCheck::Ok) {
        if (error)
            *error = pathCheckMessage(check, target);
        return {};
    }
    if (error)
        error->clear();
    return absolute;
}

PlaceholderResult resolvePlaceholder(const QString &kind, const QString &target, const QString &baseDir,
                                     const QString &rootDir)
{
    PlaceholderResult result;
    const QString k = kind.startsWith(QLatin1Char('$')) ? kind.mid(1) : kind;
    if (k != QLatin1String("text") && k != QLatin1String("json") && k != QLatin1String("yaml")) {
        result.error = Tr::tr("\"%1\" is not a placeholder: use $text, $json or $yaml").arg(kind);
        return result;
    }
    const QByteArray targetUtf8 = target.toUtf8();
    const std::string_view t(targetUtf8.constData(), size_t(targetUtf8.size()));
    if (isWebUrl(t)) {
        result.remote = true;
        return result;
    }
    if (hasUrlScheme(t)) {
        result.error = Tr::tr("\"%1\" uses an unsupported URL scheme: use http(s) or a relative path").arg(target);
        return result;
    }

    QString error;
    const QString path = resolveInsideRoot(target, baseDir, rootDir, &error);
    if (path.isEmpty()) {
        result.error = error;
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("\"%1\" cannot be read: %2").arg(target, file.errorString());
        return result;
    }
    const QByteArray data = file.read(MaxPlaceholderBytes + 1);
    if (data.size() > MaxPlaceholderBytes) {
        result.error = Tr::tr("\"%1\" is larger than %2 MiB")
                           .arg(target, QString::number(MaxPlaceholderBytes / (1024 * 1024)));
        return result;
    }

    if (k == QLatin1String("text")) {
        result.value = QString::fromUtf8(data);
    } else if (k == QLatin1String("json")) {
        // QJsonDocument holds only arrays and objects; wrapping lets a top-level scalar through too.
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson("[" + data + "\n]", &parseError);
        if (parseError.error != QJsonParseError::NoError || json.array().size() != 1) {
            result.error = Tr::tr("\"%1\" is not valid JSON: %2")
                               .arg(target, parseError.error != QJsonParseError::NoError
                                                ? parseError.errorString()
                                                : Tr::tr("expected exactly one value"));
            return result;
        }
        result.value = json.array().at(0);
    } else {
        const yaml::ParseResult parsed = yaml::parse(data);
        if (!parsed.ok) {
            result.error = Tr::tr("\"%1\" is not valid YAML at %2:%3: %4")
                               .arg(target, QString::number(parsed.error.line), QString::number(parsed.error.column),
                                    parsed.error.message);
            return result;
        }
        // Backstage's $yaml resolver wants exactly one document.
        if (parsed.documents.size() != 1) {
            result.error = Tr::tr("\"%1\" must hold exactly one YAML document, not %2")
                               .arg(target, QString::number(parsed.documents.size()));
            return result;
        }
        const yaml::Document &doc = parsed.documents.front();
        result.value = doc.isEmpty() ? QJsonValue(QJsonValue::Null) : doc.toJson(doc.root());
    }
    return result;
}

} // namespace atrium::catalog
