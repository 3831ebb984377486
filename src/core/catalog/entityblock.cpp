#include "catalog/entityblock.h"

#include <QHash>

#include <unordered_map>

namespace atrium::catalog {

namespace {

const QString kTechdocsRef = QStringLiteral("backstage.io/techdocs-ref");

const std::array<QString, int(RelationType::Count_)> &relationNames()
{
    static const std::array<QString, int(RelationType::Count_)> names = {
        QStringLiteral("ownedBy"), QStringLiteral("ownerOf"), QStringLiteral("partOf"), QStringLiteral("hasPart"),
        QStringLiteral("providesApi"), QStringLiteral("apiProvidedBy"), QStringLiteral("consumesApi"),
        QStringLiteral("apiConsumedBy"), QStringLiteral("dependsOn"), QStringLiteral("dependencyOf"),
        QStringLiteral("memberOf"), QStringLiteral("hasMember"), QStringLiteral("childOf"), QStringLiteral("parentOf")};
    return names;
}

struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Appends strings to the arena once each.
class ArenaWriter
{
public:
    explicit ArenaWriter(std::string &text) : m_text(text) {}
    EntityBlock::Text add(const QString &s)
    {
        if (s.isEmpty())
            return {};
        m_buffer = s.toUtf8();
        return add(std::string_view(m_buffer.constData(), size_t(m_buffer.size())));
    }
    EntityBlock::Text add(std::string_view s)
    {
        if (s.empty())
            return {};
        const auto it = m_seen.find(s);
        if (it != m_seen.end())
            return it->second;
        const EntityBlock::Text t{std::uint32_t(m_text.size()), std::uint32_t(s.size())};
        m_text.append(s);
        m_seen.emplace(std::string(s), t);
        return t;
    }

private:
    std::string &m_text;
    QByteArray m_buffer;
    std::unordered_map<std::string, EntityBlock::Text, TransparentHash, std::equal_to<>> m_seen;
};

} // namespace

const QString &relationName(RelationType t)
{
    return relationNames()[size_t(t)];
}

bool relationFromName(const QString &name, RelationType *out)
{
    const auto &names = relationNames();
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            *out = RelationType(i);
            return true;
        }
    }
    return false;
}

RelationType inverseOf(RelationType t)
{
    // Pairs are adjacent in the enum: ownedBy/ownerOf, partOf/hasPart, ...
    const int i = int(t);
    return RelationType(i % 2 == 0 ? i + 1 : i - 1);
}

void asciiLower(std::string &s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
}

BlockPtr EntityBlock::build(const std::vector<Entity> &entities, const QString &file, const QString &rootDir)
{
    auto block = std::make_shared<EntityBlock>();
    EntityBlock &b = *block;
    b.m_file = file;
    b.m_rootDir = rootDir;
    b.m_records.reserve(entities.size());
    b.m_text.reserve(entities.size() * 256);
    ArenaWriter w(b.m_text);
    for (const Entity &e : entities) {
        Record r;
        r.apiVersion = w.add(e.apiVersion);
        r.kind = w.add(e.kind);
        r.ns = w.add(e.ns);
        r.name = w.add(e.name);
        r.title = w.add(e.title);
        r.description = w.add(e.description);
        r.specType = w.add(e.specType);
        r.lifecycle = w.add(e.lifecycle);
        r.ownerKey = w.add(e.ownerKey);
        r.systemKey = w.add(e.systemKey);
        r.displayName = w.add(e.displayName);
        r.email = w.add(e.email);
        for (const auto &a : e.annotations) {
            if (a.first == kTechdocsRef) {
                r.docsRef = w.add(a.second);
                break;
            }
        }
        r.tagBegin = std::uint32_t(b.m_tags.size());
        for (const QString &tag : e.tags)
            b.m_tags.push_back(w.add(tag));
        r.tagCount = std::uint32_t(b.m_tags.size()) - r.tagBegin;
        r.relationBegin = std::uint32_t(b.m_relations.size());
        for (const EntityRelation &rel : e.relations) {
            RelationType type;
            if (relationFromName(rel.type, &type))
                b.m_relations.push_back({type, w.add(rel.targetKey)});
        }
        r.relationCount = std::uint32_t(b.m_relations.size()) - r.relationBegin;
        r.documentIndex = e.source.documentIndex;
        r.line = e.source.line;
        r.column = e.source.column;
        r.firstLine = e.source.firstLine;
        r.endLine = e.source.endLine;
        r.customKind = e.customKind;
        b.m_records.push_back(r);
    }
    b.m_text.shrink_to_fit();
    b.m_tags.shrink_to_fit();
    b.m_relations.shrink_to_fit();
    return block;
}

Entity EntityBlock::entity(int i) const
{
    const Record &r = m_records[size_t(i)];
    Entity e;
    e.apiVersion = string(r.apiVersion);
    e.kind = string(r.kind);
    e.ns = string(r.ns);
    e.name = string(r.name);
    e.title = string(r.title);
    e.description = string(r.description);
    e.specType = string(r.specType);
    e.lifecycle = string(r.lifecycle);
    e.ownerKey = string(r.ownerKey);
    e.systemKey = string(r.systemKey);
    e.displayName = string(r.displayName);
    e.email = string(r.email);
    if (r.docsRef.length)
        e.annotations.append({kTechdocsRef, string(r.docsRef)});
    for (std::uint32_t t = 0; t < r.tagCount; ++t)
        e.tags.append(string(m_tags[r.tagBegin + t]));
    for (std::uint32_t t = 0; t < r.relationCount; ++t) {
        const Relation &rel = m_relations[r.relationBegin + t];
        e.relations.append({relationName(rel.type), string(rel.target)});
    }
    e.customKind = r.customKind;
    e.source.file = m_file;
    e.source.rootDir = m_rootDir;
    e.source.documentIndex = r.documentIndex;
    e.source.line = r.line;
    e.source.column = r.column;
    e.source.firstLine = r.firstLine;
    e.source.endLine = r.endLine;
    return e;
}

std::string EntityBlock::key(int i) const
{
    const Record &r = m_records[size_t(i)];
    std::string k;
    k.reserve(r.kind.length + r.ns.length + r.name.length + 2);
    k.append(view(r.kind));
    k.push_back(':');
    k.append(view(r.ns));
    k.push_back('/');
    k.append(view(r.name));
    asciiLower(k);
    return k;
}

namespace {

inline unsigned char lowerAscii(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

} // namespace

std::uint64_t fnv1a(std::string_view s, std::uint64_t h)
{
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t EntityBlock::keyHash(int i) const
{
    const Record &r = m_records[size_t(i)];
    std::uint64_t h = 1469598103934665603ull;
    const auto mix = [&h](std::string_view part) {
        for (unsigned char c : part) {
            h ^= lowerAscii(c);
            h *= 1099511628211ull;
        }
    };
    mix(view(r.kind));
    mix(":");
    mix(view(r.ns));
    mix("/");
    mix(view(r.name));
    return h;
}

bool EntityBlock::keyEquals(int i, std::string_view lowerKey) const
{
    const Record &r = m_records[size_t(i)];
    if (lowerKey.size() != size_t(r.kind.length) + r.ns.length + r.name.length + 2)
        return false;
    size_t pos = 0;
    const auto match = [&](std::string_view part) {
        for (unsigned char c : part)
            if (lowerAscii(c) != static_cast<unsigned char>(lowerKey[pos++]))
                return false;
        return true;
    };
    return match(view(r.kind)) && match(":") && match(view(r.ns)) && match("/") && match(view(r.name));
}

std::size_t EntityBlock::memoryBytes() const
{
    return sizeof(EntityBlock) + m_text.capacity() + m_records.capacity() * sizeof(Record)
        + m_tags.capacity() * sizeof(Text) + m_relations.capacity() * sizeof(Relation);
}

} // namespace atrium::catalog
