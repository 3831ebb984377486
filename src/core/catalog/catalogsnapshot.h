#pragma once

#include "catalog/entity.h"
#include "catalog/entityblock.h"
#include "catalog/problem.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace atrium::catalog {

// The facets the catalog can be filtered by.
enum class Facet : int { Kind, Type, Owner, Lifecycle, System, Tag, Namespace, Count_ };
constexpr int FacetCount = int(Facet::Count_);
QString facetId(Facet f);                   // "kind", "type", ...
bool facetFromId(const QString &id, Facet *out);

// Columns a result can be sorted by.
enum class SortKey : int { Name, Kind, Owner, Type, Lifecycle, System, Count_ };
QString sortKeyId(SortKey k);
bool sortKeyFromId(const QString &id, SortKey *out);

using EntityId = std::uint32_t;

// A search over the snapshot. Text terms match prefixes of the words of name, title, tags, kind,
// type, owner, system and description (all terms must match). Facet selections are OR within a
// facet and AND across facets.
struct CatalogQuery {
    QString text;
    std::array<QStringList, FacetCount> selected;   // facet value keys (lower case) per facet
    SortKey sort = SortKey::Name;
    bool descending = false;
    const std::vector<bool> *onlyIds = nullptr;     // optional extra filter (e.g. starred), by EntityId
};

struct FacetValueCount {
    QString value;   // key (lower case)
    QString label;   // display form
    int count = 0;
};

struct QueryResult {
    std::vector<EntityId> rows;                               // in sort order
    // Counts under all *other* selections, most frequent first; at most 500 values per facet
    // (plus any selected value beyond them).
    std::array<std::vector<FacetValueCount>, FacetCount> facets;
    double elapsedMs = 0;
};

// One relation of an entity, resolved for display.
struct ResolvedRelation {
    QString type;            // Backstage relation name
    QString targetKey;       // full lower-case ref
    EntityId target;         // InvalidEntity when the target is not in this catalog
};

constexpr EntityId InvalidEntity = 0xffffffffu;

// An immutable index over one version of the catalog: entities (kept as compact per-file blocks),
// relations, problems, the search index and facet values. Built on a worker thread, then shared
// read-only between threads.
class CatalogSnapshot
{
public:
    // Builds the index: drops duplicates (error), resolves relations both ways, reports dangling
    // refs (warning), indexes words and facets. `problems` are the loaders' findings to keep.
    static std::shared_ptr<const CatalogSnapshot> build(std::vector<BlockPtr> blocks, ProblemList problems);
    // Convenience for tests and small catalogs: groups the entities by file into blocks.
    static std::shared_ptr<const CatalogSnapshot> build(std::vector<Entity> entities, ProblemList problems);

    int size() const { return int(m_loc.size()); }
    // The entity as a value (annotations hold only backstage.io/techdocs-ref; links, labels and the
    // other annotations are on the entity page, read from the file).
    Entity entity(EntityId id) const;
    // Single fields without building the whole value, for models.
    QString name(EntityId id) const { return text(id, &EntityBlock::Record::name); }
    QString kind(EntityId id) const { return text(id, &EntityBlock::Record::kind); }
    QString title(EntityId id) const;                                // title, displayName or name
    QString key(EntityId id) const;                                  // "kind:namespace/name", lower case
    QString ownerTitle(EntityId id) const { return facetLabelOf(Facet::Owner, id); }   // empty if none
    QString systemTitle(EntityId id) const { return facetLabelOf(Facet::System, id); } // empty if none
    QString text(EntityId id, EntityBlock::Text EntityBlock::Record::*field) const;
    QStringList tags(EntityId id) const;
    const BlockPtr &blockOf(EntityId id) const { return m_blocks[m_loc[id].block]; }
    const std::vector<BlockPtr> &blocks() const { return m_blocks; }

    EntityId find(const QString &refOrKey) const;                 // case-insensitive, InvalidEntity if absent
    std::vector<ResolvedRelation> relations(EntityId id) const;
    const ProblemList &problems() const { return m_problems; }
    ProblemList problemsFor(const QString &entityKey) const;
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }

    // Display title for an entity key: title, else profile displayName, else name; the key itself
    // when the entity is not in the catalog.
    QString displayTitle(const QString &key) const;
    QString facetLabel(Facet f, const QString &valueKey) const;

    QueryResult query(const CatalogQuery &q) const;
    // Ranked matches for the command palette: exact name, name prefix, word prefix; at most `limit`.
    std::vector<EntityId> rank(const QString &text, int limit) const;
    // Entities owned by any of the given owner keys (the user and the user's groups).
    std::vector<EntityId> ownedBy(const QStringList &ownerKeys) const;
    // Entities of one kind ("user", case-insensitive) and entities with TechDocs, in name order.
    std::vector<EntityId> ofKind(const QString &kind) const;
    std::vector<EntityId> documented() const;
    // Groups a user belongs to (memberOf), as keys.
    QStringList groupsOf(const QString &userKey) const;
    // Bytes held by the index and its blocks (for the benchmark).
    std::size_t memoryBytes() const;

private:
    struct Location {
        std::uint32_t block;
        std::uint32_t record;
    };
    struct Edge {
        std::uint32_t target;   // EntityId, or an index into m_dangling
        RelationType type;
        bool dangling;
    };

    QString facetLabelOf(Facet f, EntityId id) const
    {
        const std::uint32_t v = m_facetOf[int(f)][id];
        return v == 0xffffffffu ? QString() : m_facetLabels[int(f)][v];
    }
    const EntityBlock::Record &rec(EntityId id) const { return m_blocks[m_loc[id].block]->record(int(m_loc[id].record)); }
    std::string_view view(EntityId id, EntityBlock::Text EntityBlock::Record::*field) const;
    EntityId findKey(std::string_view lowerKey) const;
    std::vector<EntityId> buildSortOrder(SortKey key) const;
    const std::vector<EntityId> &sortOrder(SortKey key) const;
    void matchText(const QString &text, std::vector<std::uint64_t> &bits, bool *all) const;

    std::vector<BlockPtr> m_blocks;
    std::vector<Location> m_loc;
    std::vector<std::pair<std::uint64_t, EntityId>> m_lookup;     // key hash → id, sorted
    std::vector<std::uint32_t> m_edgeBegin;                       // CSR: edges of i are [m_edgeBegin[i], m_edgeBegin[i+1])
    std::vector<Edge> m_edges;
    std::vector<QString> m_dangling;
    ProblemList m_problems;
    QHash<QString, QList<int>> m_problemsByEntity;
    int m_errorCount = 0;
    int m_warningCount = 0;

    // Search: sorted unique lower-case words with their postings.
    std::vector<std::string> m_words;
    std::vector<std::vector<EntityId>> m_postings;

    // Facets: value ids per entity (tags: several), value tables per facet.
    std::array<std::vector<std::uint32_t>, FacetCount> m_facetOf;  // single-valued facets, tag unused
    std::vector<std::uint32_t> m_tagBegin;                          // tags of entity i: m_tagIds[m_tagBegin[i] .. m_tagBegin[i+1])
    std::vector<std::uint32_t> m_tagIds;
    std::array<std::vector<QString>, FacetCount> m_facetKeys;
    std::array<std::vector<QString>, FacetCount> m_facetLabels;
    std::array<QHash<QString, std::uint32_t>, FacetCount> m_facetIndex;
    std::array<std::vector<int>, FacetCount> m_facetTotals;          // entities per value
    std::array<std::vector<std::uint32_t>, FacetCount> m_labelRank;  // value's place in label order

    // Sort orders are built on first use (sorting 1M strings is not free) and then kept.
    mutable std::array<std::vector<EntityId>, int(SortKey::Count_)> m_sortOrders;
    mutable std::array<std::once_flag, int(SortKey::Count_)> m_sortOnce;
};

using SnapshotPtr = std::shared_ptr<const CatalogSnapshot>;

} // namespace atrium::catalog
