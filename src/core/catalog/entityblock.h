#pragma once

#include "catalog/entity.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace atrium::catalog {

// The relation names Backstage uses, as small numbers for the compact stores.
enum class RelationType : std::uint8_t {
    OwnedBy, OwnerOf, PartOf, HasPart, ProvidesApi, ApiProvidedBy, ConsumesApi, ApiConsumedBy,
    DependsOn, DependencyOf, MemberOf, HasMember, ChildOf, ParentOf, Count_
};
const QString &relationName(RelationType t);
bool relationFromName(const QString &name, RelationType *out);
RelationType inverseOf(RelationType t);

// The entities of one descriptor file in a compact, immutable form: every string lives once in a
// UTF-8 arena (repeated values such as kinds, owners and tags are stored once per file) and each
// entity is a fixed record of offsets. About a fifth of the memory of the same Entity values.
// Annotations other than backstage.io/techdocs-ref, labels and links are not kept: the entity
// page reads them from the file again.
class EntityBlock
{
public:
    struct Text {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    struct Relation {
        RelationType type;
        Text target;          // full lower-case ref
    };
    struct Record {
        Text apiVersion, kind, ns, name, title, description, specType, lifecycle, ownerKey, systemKey,
            displayName, email, docsRef;
        std::uint32_t tagBegin = 0, tagCount = 0;
        std::uint32_t relationBegin = 0, relationCount = 0;
        std::int32_t documentIndex = 0, line = 0, column = 0, firstLine = 0, endLine = 0;
        bool customKind = false;
    };

    static std::shared_ptr<const EntityBlock> build(const std::vector<Entity> &entities, const QString &file,
                                                    const QString &rootDir);

    int size() const { return int(m_records.size()); }
    const Record &record(int i) const { return m_records[size_t(i)]; }
    std::string_view view(Text t) const { return {m_text.data() + t.offset, t.length}; }
    QString string(Text t) const { return QString::fromUtf8(m_text.data() + t.offset, qsizetype(t.length)); }
    const Text *tags(const Record &r) const { return m_tags.data() + r.tagBegin; }
    const Relation *relations(const Record &r) const { return m_relations.data() + r.relationBegin; }
    const QString &file() const { return m_file; }
    const QString &rootDir() const { return m_rootDir; }

    // The entity as a value (annotations hold only the techdocs ref, see above).
    Entity entity(int i) const;
    // "kind:namespace/name" in lower case.
    std::string key(int i) const;
    // FNV-1a of key(i), and comparison with a lower-case key, without building the key.
    std::uint64_t keyHash(int i) const;
    bool keyEquals(int i, std::string_view lowerKey) const;
    std::size_t memoryBytes() const;

private:
    std::string m_text;
    std::vector<Record> m_records;
    std::vector<Text> m_tags;
    std::vector<Relation> m_relations;
    QString m_file;
    QString m_rootDir;
};

using BlockPtr = std::shared_ptr<const EntityBlock>;

// Lower-cases ASCII letters in place (refs, kinds and facet keys are ASCII by Backstage's rules;
// anything else is left as written).
void asciiLower(std::string &s);
// FNV-1a over bytes, used for entity key lookups.
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull);

} // namespace atrium::catalog
