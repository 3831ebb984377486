#include "catalog/catalogsnapshot.h"

#include "catalog/entityref.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <bit>
#include <thread>
#include <unordered_map>

namespace atrium::catalog {

namespace {

constexpr std::uint32_t NoValue = 0xffffffffu;
constexpr size_t kMaxFacetValues = 500;

const char *const kFacetIds[FacetCount] = {"kind", "type", "owner", "lifecycle", "system", "tag", "namespace"};
const char *const kSortIds[int(SortKey::Count_)] = {"name", "kind", "owner", "type", "lifecycle", "system"};

// Appends the lower-case words of `text` (split at anything that is not a letter or digit).
template<typename Fn>
void forEachWord(const QString &text, Fn &&fn)
{
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            fn(word);
            word.clear();
        }
    };
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    for (; p < end; ++p) {
        const char16_t c = p->unicode();
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                word.push_back(char(c));
            else if (c >= 'A' && c <= 'Z')
                word.push_back(char(c + 32));
            else
                flush();
        } else if (p->isLetterOrNumber() || p->isHighSurrogate() || p->isLowSurrogate()) {
            const QByteArray utf8 = QString(*p).toLower().toUtf8();
            word.append(utf8.constData(), size_t(utf8.size()));
        } else {
            flush();
        }
    }
    flush();
}

std::vector<std::string> queryTerms(const QString &text)
{
    std::vector<std::string> terms;
    forEachWord(text, [&](const std::string &w) { terms.push_back(w); });
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

QString lastSegment(const QString &key)
{
    const int slash = int(key.lastIndexOf(u'/'));
    return slash < 0 ? key : key.mid(slash + 1);
}

} // namespace

QString facetId(Facet f)
{
    return QString::fromLatin1(kFacetIds[int(f)]);
}

bool facetFromId(const QString &id, Facet *out)
{
    for (int i = 0; i < FacetCount; ++i) {
        if (id == QLatin1String(kFacetIds[i]) || (i == int(Facet::Tag) && id == QLatin1String("tags"))) {
            *out = Facet(i);
            return true;
        }
    }
    return false;
}

QString sortKeyId(SortKey k)
{
    return QString::fromLatin1(kSortIds[int(k)]);
}

bool sortKeyFromId(const QString &id, SortKey *out)
{
    for (int i = 0; i < int(SortKey::Count_); ++i) {
        if (id == QLatin1String(kSortIds[i])) {
            *out = SortKey(i);
            return true;
        }
    }
    return false;
}

namespace {

std::uint64_t hashKey(std::string_view key)
{
    return fnv1a(key);
}

struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordMap = std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>>;

// Calls fn(word) for the lower-case words of UTF-8 text (letters and digits; anything else splits).
template<typename Fn>
void forEachUtf8Word(std::string_view text, std::string &word, Fn &&fn)
{
    word.clear();
    bool nonAscii = false;
    const auto flush = [&] {
        if (word.empty())
            return;
        if (nonAscii) {
            const QByteArray lower = QString::fromUtf8(word.data(), qsizetype(word.size())).toLower().toUtf8();
            word.assign(lower.constData(), size_t(lower.size()));
        }
        fn(std::string_view(word));
        word.clear();
        nonAscii = false;
    };
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word.push_back(char(c));
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(char(c + 32));
        } else if (c >= 0x80) {
            word.push_back(char(c));
            nonAscii = true;
        } else {
            flush();
        }
    }
    flush();
}

} // namespace

std::shared_ptr<const CatalogSnapshot> CatalogSnapshot::build(std::vector<Entity> entities, ProblemList problems)
{
    // Keep the given order: group runs of the same file into one block each.
    std::vector<BlockPtr> blocks;
    size_t begin = 0;
    while (begin < entities.size()) {
        size_t end = begin + 1;
        while (end < entities.size() && entities[end].source.file == entities[begin].source.file
               && entities[end].source.rootDir == entities[begin].source.rootDir)
            ++end;
        const std::vector<Entity> run(std::make_move_iterator(entities.begin() + qsizetype(begin)),
                                      std::make_move_iterator(entities.begin() + qsizetype(end)));
        blocks.push_back(EntityBlock::build(run, run.front().source.file, run.front().source.rootDir));
        begin = end;
    }
    return build(std::move(blocks), std::move(problems));
}

std::shared_ptr<const CatalogSnapshot> CatalogSnapshot::build(std::vector<BlockPtr> blocks, ProblemList problems)
{
    auto snap = std::make_shared<CatalogSnapshot>();
    CatalogSnapshot &s = *snap;
    s.m_problems = std::move(problems);
    s.m_blocks = std::move(blocks);

    // Every record with its key hash, in load order.
    struct Candidate {
        std::uint64_t hash;
        std::uint32_t order;
        Location loc;
    };
    std::vector<Candidate> candidates;
    size_t total = 0;
    for (const BlockPtr &b : s.m_blocks)
        total += size_t(b->size());
    candidates.reserve(total);
    for (std::uint32_t bi = 0; bi < s.m_blocks.size(); ++bi) {
        const EntityBlock &b = *s.m_blocks[bi];
        for (int r = 0; r < b.size(); ++r)
            candidates.push_back({b.keyHash(r), std::uint32_t(candidates.size()), {bi, std::uint32_t(r)}});
    }

    // Duplicates: the first definition wins, every later one is an error where it stands.
    std::vector<std::uint32_t> byHash(candidates.size());
    for (std::uint32_t i = 0; i < byHash.size(); ++i)
        byHash[i] = i;
    std::sort(byHash.begin(), byHash.end(), [&](std::uint32_t a, std::uint32_t b) {
        return candidates[a].hash != candidates[b].hash ? candidates[a].hash < candidates[b].hash : a < b;
    });
    std::vector<std::uint8_t> dropped(candidates.size(), 0);
    for (size_t i = 0; i < byHash.size();) {
        size_t j = i + 1;
        while (j < byHash.size() && candidates[byHash[j]].hash == candidates[byHash[i]].hash)
            ++j;
        for (size_t a = i; a < j; ++a) {
            if (dropped[byHash[a]])
                continue;
            const Candidate &first = candidates[byHash[a]];
            const EntityBlock &fb = *s.m_blocks[first.loc.block];
            const std::string firstKey = fb.key(int(first.loc.record));
            for (size_t b = a + 1; b < j; ++b) {
                const Candidate &later = candidates[byHash[b]];
                const EntityBlock &lb = *s.m_blocks[later.loc.block];
                if (dropped[byHash[b]] || lb.key(int(later.loc.record)) != firstKey)
                    continue;
                dropped[byHash[b]] = 1;
                const EntityBlock::Record &lr = lb.record(int(later.loc.record));
                Problem p;
                p.severity = Problem::Severity::Error;
                p.file = lb.file();
                p.line = lr.line;
                p.column = lr.column;
                p.entityRef = QString::fromStdString(firstKey);
                p.rule = QStringLiteral("entity.duplicate");
                p.message = QCoreApplication::translate("atrium::catalog", "%1 is defined twice; the first definition at %2:%3 is kept and this one is ignored")
                                .arg(p.entityRef, fb.file()).arg(fb.record(int(first.loc.record)).line);
                s.m_problems.append(p);
            }
        }
        i = j;
    }
    std::vector<EntityId> idOf(candidates.size(), InvalidEntity);
    s.m_loc.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        if (dropped[c.order])
            continue;
        idOf[c.order] = EntityId(s.m_loc.size());
        s.m_loc.push_back(c.loc);
    }
    s.m_lookup.reserve(s.m_loc.size());
    for (std::uint32_t i : byHash)
        if (!dropped[i])
            s.m_lookup.push_back({candidates[i].hash, idOf[i]});
    const size_t n = s.m_loc.size();
    candidates.clear();
    candidates.shrink_to_fit();
    std::vector<std::uint32_t>().swap(byHash);

    // Facet values: one id per distinct value. Strings repeat within a block at the same offset,
    // so each block remembers which offset gave which id and hashes every distinct text once.
    for (int f = 0; f < FacetCount; ++f)
        if (Facet(f) != Facet::Tag)
            s.m_facetOf[f].assign(n, NoValue);
    std::array<std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>>, FacetCount> valueIds;
    std::array<std::unordered_map<std::uint32_t, std::uint32_t>, FacetCount> blockCache;
    std::uint32_t cachedBlock = std::uint32_t(-1);
    std::string lower;
    const auto valueId = [&](Facet f, const EntityBlock &b, EntityBlock::Text t) -> std::uint32_t {
        if (!t.length)
            return NoValue;
        auto &cache = blockCache[int(f)];
        const auto hit = cache.find(t.offset);
        if (hit != cache.end())
            return hit->second;
        lower.assign(b.view(t));
        asciiLower(lower);
        auto &ids = valueIds[int(f)];
        auto it = ids.find(std::string_view(lower));
        if (it == ids.end()) {
            it = ids.emplace(lower, std::uint32_t(s.m_facetKeys[int(f)].size())).first;
            s.m_facetKeys[int(f)].push_back(QString::fromStdString(lower));
            s.m_facetLabels[int(f)].push_back(b.string(t));
        }
        cache.emplace(t.offset, it->second);
        return it->second;
    };
    s.m_tagBegin.reserve(n + 1);
    for (EntityId i = 0; i < n; ++i) {
        const Location loc = s.m_loc[i];
        if (loc.block != cachedBlock) {
            for (auto &c : blockCache)
                c.clear();
            cachedBlock = loc.block;
        }
        const EntityBlock &b = *s.m_blocks[loc.block];
        const EntityBlock::Record &r = b.record(int(loc.record));
        s.m_facetOf[int(Facet::Kind)][i] = valueId(Facet::Kind, b, r.kind);
        s.m_facetOf[int(Facet::Type)][i] = valueId(Facet::Type, b, r.specType);
        s.m_facetOf[int(Facet::Owner)][i] = valueId(Facet::Owner, b, r.ownerKey);
        s.m_facetOf[int(Facet::Lifecycle)][i] = valueId(Facet::Lifecycle, b, r.lifecycle);
        s.m_facetOf[int(Facet::System)][i] = valueId(Facet::System, b, r.systemKey);
        s.m_facetOf[int(Facet::Namespace)][i] = valueId(Facet::Namespace, b, r.ns);
        s.m_tagBegin.push_back(std::uint32_t(s.m_tagIds.size()));
        const EntityBlock::Text *tags = b.tags(r);
        for (std::uint32_t t = 0; t < r.tagCount; ++t)
            s.m_tagIds.push_back(valueId(Facet::Tag, b, tags[t]));
    }
    s.m_tagBegin.push_back(std::uint32_t(s.m_tagIds.size()));
    for (int f = 0; f < FacetCount; ++f) {
        for (std::uint32_t v = 0; v < s.m_facetKeys[f].size(); ++v)
            s.m_facetIndex[f].insert(s.m_facetKeys[f][v], v);
    }
    // Owners and systems are shown by their titles.
    for (Facet f : {Facet::Owner, Facet::System}) {
        auto &labels = s.m_facetLabels[int(f)];
        for (size_t v = 0; v < labels.size(); ++v)
            labels[v] = s.displayTitle(s.m_facetKeys[int(f)][v]);
    }

    // Per facet: how many entities have each value, and each value's place in label order.
    for (int f = 0; f < FacetCount; ++f) {
        auto &totals = s.m_facetTotals[f];
        totals.assign(s.m_facetKeys[f].size(), 0);
        if (Facet(f) == Facet::Tag) {
            for (std::uint32_t t : s.m_tagIds)
                ++totals[t];
        } else {
            for (std::uint32_t v : s.m_facetOf[f])
                if (v != NoValue)
                    ++totals[v];
        }
        const auto &labels = s.m_facetLabels[f];
        std::vector<std::uint32_t> byLabel(labels.size());
        for (std::uint32_t v = 0; v < byLabel.size(); ++v)
            byLabel[v] = v;
        std::sort(byLabel.begin(), byLabel.end(), [&labels](std::uint32_t a, std::uint32_t b) {
            return QString::compare(labels[a], labels[b], Qt::CaseInsensitive) < 0;
        });
        s.m_labelRank[f].assign(labels.size(), 0);
        for (std::uint32_t r = 0; r < byLabel.size(); ++r)
            s.m_labelRank[f][byLabel[r]] = r;
    }

    // Relations (with their problems) and the word index do not depend on each other: build them
    // on both cores, the name order alongside the words.
    const auto resolveRelations = [&] {
        // Relations in both directions, as Backstage stores them; unknown targets are warnings because
        // the target may be defined in another repository.
        struct PendingEdge {
            EntityId from;
            Edge edge;
        };
        std::vector<PendingEdge> pending;
        pending.reserve(n * 6);
        std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> danglingIndex;
        for (EntityId i = 0; i < n; ++i) {
            const EntityBlock &b = *s.m_blocks[s.m_loc[i].block];
            const EntityBlock::Record &r = b.record(int(s.m_loc[i].record));
            const EntityBlock::Relation *rels = b.relations(r);
            for (std::uint32_t k = 0; k < r.relationCount; ++k) {
                const std::string_view target = b.view(rels[k].target);
                const EntityId t = s.findKey(target);
                if (t == InvalidEntity) {
                    auto it = danglingIndex.find(target);
                    if (it == danglingIndex.end()) {
                        it = danglingIndex.emplace(std::string(target), std::uint32_t(s.m_dangling.size())).first;
                        s.m_dangling.push_back(QString::fromUtf8(target.data(), qsizetype(target.size())));
                    }
                    pending.push_back({i, {it->second, rels[k].type, true}});
                    Problem p;
                    p.severity = Problem::Severity::Warning;
                    p.file = b.file();
                    p.line = r.line;
                    p.column = r.column;
                    p.entityRef = QString::fromStdString(b.key(int(s.m_loc[i].record)));
                    p.rule = QStringLiteral("relation.dangling");
                    p.message = QCoreApplication::translate("atrium::catalog", "%1 %2 %3, which is not in this catalog (it may be defined in another repository)")
                                    .arg(p.entityRef, relationName(rels[k].type), s.m_dangling[it->second]);
                    s.m_problems.append(p);
                    continue;
                }
                pending.push_back({i, {t, rels[k].type, false}});
                pending.push_back({t, {i, inverseOf(rels[k].type), false}});
            }
        }
        s.m_edgeBegin.assign(n + 1, 0);
        for (const PendingEdge &p : pending)
            ++s.m_edgeBegin[p.from + 1];
        for (size_t i = 0; i < n; ++i)
            s.m_edgeBegin[i + 1] += s.m_edgeBegin[i];
        s.m_edges.resize(pending.size());
        {
            std::vector<std::uint32_t> fill(s.m_edgeBegin.begin(), s.m_edgeBegin.end() - 1);
            for (const PendingEdge &p : pending)
                s.m_edges[fill[p.from]++] = p.edge;
        }
        std::vector<PendingEdge>().swap(pending);
        // Sort and de-duplicate each entity's edges (both sides may state the same relation).
        {
            std::vector<Edge> compact;
            compact.reserve(s.m_edges.size());
            std::vector<std::uint32_t> begins(n + 1, 0);
            for (size_t i = 0; i < n; ++i) {
                auto first = s.m_edges.begin() + s.m_edgeBegin[i];
                auto last = s.m_edges.begin() + s.m_edgeBegin[i + 1];
                const auto less = [](const Edge &a, const Edge &b) {
                    return std::tie(a.type, a.dangling, a.target) < std::tie(b.type, b.dangling, b.target);
                };
                std::sort(first, last, less);
                begins[i] = std::uint32_t(compact.size());
                for (auto it = first; it != last; ++it) {
                    if (it != first && !less(*(it - 1), *it))
                        continue;
                    compact.push_back(*it);
                }
            }
            begins[n] = std::uint32_t(compact.size());
            compact.shrink_to_fit();
            s.m_edges = std::move(compact);
            s.m_edgeBegin = std::move(begins);
        }

        for (int i = 0; i < s.m_problems.size(); ++i) {
            const Problem &p = s.m_problems.at(i);
            if (p.severity == Problem::Severity::Error)
                ++s.m_errorCount;
            else if (p.severity == Problem::Severity::Warning)
                ++s.m_warningCount;
            if (!p.entityRef.isEmpty())
                s.m_problemsByEntity[p.entityRef.toLower()].append(i);
        }
    };
    const auto indexWords = [&] {
        // Words: every entity's name, title, display name and description, plus the words of its kind,
        // type, lifecycle, tags, owner and system (computed once per facet value).
        WordMap wordIds;
        std::vector<std::vector<EntityId>> postings;
        std::string scratch;
        const auto wordId = [&](std::string_view w) -> std::uint32_t {
            auto it = wordIds.find(w);
            if (it == wordIds.end()) {
                it = wordIds.emplace(std::string(w), std::uint32_t(postings.size())).first;
                postings.emplace_back();
            }
            return it->second;
        };
        std::array<std::vector<std::vector<std::uint32_t>>, FacetCount> valueWords;
        for (int f = 0; f < FacetCount; ++f) {
            valueWords[f].resize(s.m_facetKeys[f].size());
            for (size_t v = 0; v < s.m_facetKeys[f].size(); ++v) {
                QString source = s.m_facetKeys[f][v];
                if (Facet(f) == Facet::Owner || Facet(f) == Facet::System)
                    source = lastSegment(source);
                const QByteArray utf8 = source.toUtf8();
                forEachUtf8Word(std::string_view(utf8.constData(), size_t(utf8.size())), scratch,
                                [&](std::string_view w) { valueWords[f][v].push_back(wordId(w)); });
            }
        }
        const auto post = [&](std::uint32_t w, EntityId i) {
            auto &list = postings[w];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        };
        for (EntityId i = 0; i < n; ++i) {
            const EntityBlock &b = *s.m_blocks[s.m_loc[i].block];
            const EntityBlock::Record &r = b.record(int(s.m_loc[i].record));
            for (EntityBlock::Text EntityBlock::Record::*field : {&EntityBlock::Record::name, &EntityBlock::Record::title,
                                                                 &EntityBlock::Record::displayName, &EntityBlock::Record::description})
                forEachUtf8Word(b.view(r.*field), scratch, [&](std::string_view w) { post(wordId(w), i); });
            for (int f = 0; f < FacetCount; ++f) {
                if (Facet(f) == Facet::Tag || Facet(f) == Facet::Namespace)
                    continue;
                const std::uint32_t v = s.m_facetOf[f][i];
                if (v != NoValue)
                    for (std::uint32_t w : valueWords[f][v])
                        post(w, i);
            }
            for (std::uint32_t t = s.m_tagBegin[i]; t < s.m_tagBegin[i + 1]; ++t)
                for (std::uint32_t w : valueWords[int(Facet::Tag)][s.m_tagIds[t]])
                    post(w, i);
        }
        // Postings were appended per word in entity order but entities visit words out of order: sort.
        std::vector<std::pair<std::string_view, std::uint32_t>> sorted;
        sorted.reserve(wordIds.size());
        for (const auto &w : wordIds)
            sorted.emplace_back(w.first, w.second);
        std::sort(sorted.begin(), sorted.end());
        s.m_words.reserve(sorted.size());
        s.m_postings.reserve(sorted.size());
        for (const auto &w : sorted) {
            s.m_words.emplace_back(w.first);
            auto &list = postings[w.second];
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            list.shrink_to_fit();
            s.m_postings.push_back(std::move(list));
        }
        s.sortOrder(SortKey::Name);
    };
    std::thread wordsThread(indexWords);
    resolveRelations();
    wordsThread.join();
    return snap;
}

std::string_view CatalogSnapshot::view(EntityId id, EntityBlock::Text EntityBlock::Record::*field) const
{
    const EntityBlock &b = *m_blocks[m_loc[id].block];
    return b.view(b.record(int(m_loc[id].record)).*field);
}

QString CatalogSnapshot::text(EntityId id, EntityBlock::Text EntityBlock::Record::*field) const
{
    const EntityBlock &b = *m_blocks[m_loc[id].block];
    return b.string(b.record(int(m_loc[id].record)).*field);
}

Entity CatalogSnapshot::entity(EntityId id) const
{
    return m_blocks[m_loc[id].block]->entity(int(m_loc[id].record));
}

QString CatalogSnapshot::title(EntityId id) const
{
    const EntityBlock::Record &r = rec(id);
    const EntityBlock &b = *m_blocks[m_loc[id].block];
    if (r.title.length)
        return b.string(r.title);
    if (r.displayName.length)
        return b.string(r.displayName);
    return b.string(r.name);
}

QString CatalogSnapshot::key(EntityId id) const
{
    return QString::fromStdString(m_blocks[m_loc[id].block]->key(int(m_loc[id].record)));
}

QStringList CatalogSnapshot::tags(EntityId id) const
{
    QStringList out;
    const EntityBlock &b = *m_blocks[m_loc[id].block];
    const EntityBlock::Record &r = b.record(int(m_loc[id].record));
    const EntityBlock::Text *tags = b.tags(r);
    for (std::uint32_t t = 0; t < r.tagCount; ++t)
        out.append(b.string(tags[t]));
    return out;
}

EntityId CatalogSnapshot::findKey(std::string_view lowerKey) const
{
    const std::uint64_t h = hashKey(lowerKey);
    auto it = std::lower_bound(m_lookup.begin(), m_lookup.end(), std::make_pair(h, EntityId(0)));
    for (; it != m_lookup.end() && it->first == h; ++it) {
        const Location loc = m_loc[it->second];
        if (m_blocks[loc.block]->keyEquals(int(loc.record), lowerKey))
            return it->second;
    }
    return InvalidEntity;
}

EntityId CatalogSnapshot::find(const QString &refOrKey) const
{
    const QString lower = refOrKey.trimmed().toLower();
    const QByteArray utf8 = lower.toUtf8();
    const EntityId direct = findKey(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (direct != InvalidEntity)
        return direct;
    const RefParseResult parsed = parseEntityRef(lower, QStringLiteral("component"), QStringLiteral("default"));
    if (!parsed.ref)
        return InvalidEntity;
    const QByteArray key = parsed.ref->key().toUtf8();
    return findKey(std::string_view(key.constData(), size_t(key.size())));
}

std::vector<ResolvedRelation> CatalogSnapshot::relations(EntityId id) const
{
    std::vector<ResolvedRelation> out;
    out.reserve(m_edgeBegin[id + 1] - m_edgeBegin[id]);
    for (std::uint32_t e = m_edgeBegin[id]; e < m_edgeBegin[id + 1]; ++e) {
        const Edge &edge = m_edges[e];
        if (edge.dangling)
            out.push_back({relationName(edge.type), m_dangling[edge.target], InvalidEntity});
        else
            out.push_back({relationName(edge.type), key(edge.target), edge.target});
    }
    std::sort(out.begin(), out.end(), [](const ResolvedRelation &a, const ResolvedRelation &b) {
        return a.type != b.type ? a.type < b.type : a.targetKey < b.targetKey;
    });
    return out;
}

std::size_t CatalogSnapshot::memoryBytes() const
{
    std::size_t bytes = sizeof(CatalogSnapshot);
    for (const BlockPtr &b : m_blocks)
        bytes += b->memoryBytes();
    bytes += m_loc.capacity() * sizeof(Location) + m_lookup.capacity() * sizeof(m_lookup[0])
        + m_edgeBegin.capacity() * 4 + m_edges.capacity() * sizeof(Edge) + m_tagBegin.capacity() * 4
        + m_tagIds.capacity() * 4;
    for (const auto &w : m_words)
        bytes += sizeof(w) + (w.size() > 15 ? w.capacity() : 0);
    for (const auto &p : m_postings)
        bytes += sizeof(p) + p.capacity() * sizeof(EntityId);
    for (const auto &f : m_facetOf)
        bytes += f.capacity() * 4;
    return bytes;
}

ProblemList CatalogSnapshot::problemsFor(const QString &entityKey) const
{
    ProblemList out;
    const auto it = m_problemsByEntity.constFind(entityKey.toLower());
    if (it == m_problemsByEntity.constEnd())
        return out;
    for (int i : *it)
        out.append(m_problems.at(i));
    return out;
}

QString CatalogSnapshot::displayTitle(const QString &key) const
{
    const EntityId id = find(key);
    return id == InvalidEntity ? key : title(id);
}

QString CatalogSnapshot::facetLabel(Facet f, const QString &valueKey) const
{
    const auto &index = m_facetIndex[int(f)];
    const auto it = index.constFind(valueKey);
    return it == index.constEnd() ? valueKey : m_facetLabels[int(f)][*it];
}

std::vector<EntityId> CatalogSnapshot::buildSortOrder(SortKey key) const
{
    const size_t n = m_loc.size();
    std::vector<EntityId> order(n);
    for (EntityId i = 0; i < n; ++i)
        order[i] = i;
    if (key == SortKey::Name) {
        // Sort by the lower-cased name (then kind and namespace), compared as UTF-8 bytes.
        std::vector<std::string> keys(n);
        for (EntityId i = 0; i < n; ++i) {
            std::string &k = keys[i];
            k.assign(view(i, &EntityBlock::Record::name));
            k.push_back('\0');
            k.append(view(i, &EntityBlock::Record::kind));
            k.push_back('\0');
            k.append(view(i, &EntityBlock::Record::ns));
            asciiLower(k);
        }
        std::sort(order.begin(), order.end(), [&keys](EntityId a, EntityId b) { return keys[a] < keys[b]; });
        return order;
    }
    Facet facet = Facet::Kind;
    switch (key) {
    case SortKey::Kind: facet = Facet::Kind; break;
    case SortKey::Owner: facet = Facet::Owner; break;
    case SortKey::Type: facet = Facet::Type; break;
    case SortKey::Lifecycle: facet = Facet::Lifecycle; break;
    case SortKey::System: facet = Facet::System; break;
    default: break;
    }
    // Rank each facet value by its label, then order by (rank, name) with a stable sort of the name order.
    const auto &labels = m_facetLabels[int(facet)];
    std::vector<std::uint32_t> byLabel(labels.size());
    for (std::uint32_t v = 0; v < byLabel.size(); ++v)
        byLabel[v] = v;
    std::sort(byLabel.begin(), byLabel.end(), [&labels](std::uint32_t a, std::uint32_t b) {
        return QString::compare(labels[a], labels[b], Qt::CaseInsensitive) < 0;
    });
    std::vector<std::uint32_t> rank(labels.size());
    for (std::uint32_t r = 0; r < byLabel.size(); ++r)
        rank[byLabel[r]] = r;
    const auto &values = m_facetOf[int(facet)];
    order = sortOrder(SortKey::Name);
    std::stable_sort(order.begin(), order.end(), [&](EntityId a, EntityId b) {
        // Entities without a value go last.
        const std::uint32_t ra = values[a] == NoValue ? NoValue : rank[values[a]];
        const std::uint32_t rb = values[b] == NoValue ? NoValue : rank[values[b]];
        return ra < rb;
    });
    return order;
}

const std::vector<EntityId> &CatalogSnapshot::sortOrder(SortKey key) const
{
    std::call_once(m_sortOnce[int(key)], [this, key] { m_sortOrders[int(key)] = buildSortOrder(key); });
    return m_sortOrders[int(key)];
}

// Sets the bits of entities whose words match every term of `text` by prefix. *all is set when
// the text has no terms (everything matches and bits are left untouched).
void CatalogSnapshot::matchText(const QString &text, std::vector<std::uint64_t> &bits, bool *all) const
{
    const std::vector<std::string> terms = queryTerms(text);
    *all = terms.empty();
    if (terms.empty())
        return;
    const size_t blocks = (m_loc.size() + 63) / 64;
    std::vector<std::uint64_t> termBits(blocks);
    bool first = true;
    for (const std::string &term : terms) {
        std::uint64_t *target = first ? bits.data() : termBits.data();
        if (!first)
            std::fill(termBits.begin(), termBits.end(), 0);
        auto it = std::lower_bound(m_words.begin(), m_words.end(), term);
        for (; it != m_words.end() && it->compare(0, term.size(), term) == 0; ++it) {
            for (EntityId id : m_postings[size_t(it - m_words.begin())])
                target[id >> 6] |= std::uint64_t(1) << (id & 63);
        }
        if (!first) {
            for (size_t b = 0; b < blocks; ++b)
                bits[b] &= termBits[b];
        }
        first = false;
    }
}

QueryResult CatalogSnapshot::query(const CatalogQuery &q) const
{
    QElapsedTimer timer;
    timer.start();
    QueryResult result;
    const size_t n = m_loc.size();
    const size_t blocks = (n + 63) / 64;

    std::vector<std::uint64_t> textBits(blocks, 0);
    bool allText = true;
    matchText(q.text, textBits, &allText);

    // Selected values per facet as a membership table over value ids.
    std::array<std::vector<std::uint8_t>, FacetCount> selected;
    std::array<bool, FacetCount> active{};
    bool anyActive = false;
    for (int f = 0; f < FacetCount; ++f) {
        if (q.selected[f].isEmpty())
            continue;
        selected[f].assign(m_facetKeys[f].size(), 0);
        for (const QString &value : q.selected[f]) {
            const auto it = m_facetIndex[f].constFind(value.toLower());
            if (it != m_facetIndex[f].constEnd())
                selected[f][*it] = 1;
        }
        active[f] = true;
        anyActive = true;
    }

    // Without facet selections the counts are those of the matching entities; when most entities
    // match it is cheaper to count the others and subtract them from the catalog's totals.
    bool complement = false;
    if (!anyActive && !q.onlyIds) {
        if (allText) {
            complement = true;   // nothing to subtract: every entity passes
        } else {
            size_t matched = 0;
            for (std::uint64_t word : textBits)
                matched += size_t(std::popcount(word));
            complement = matched * 2 > n;
        }
    }

    using Counts = std::array<std::vector<int>, FacetCount>;
    std::vector<std::uint64_t> pass(blocks, 0);
    const auto scan = [&](size_t beginBlock, size_t endBlock, Counts &counts) {
        for (int f = 0; f < FacetCount; ++f)
            counts[f].assign(m_facetKeys[f].size(), 0);
        const auto countFacet = [&](int f, EntityId i) {
            if (f == int(Facet::Tag)) {
                for (std::uint32_t t = m_tagBegin[i]; t < m_tagBegin[i + 1]; ++t)
                    ++counts[f][m_tagIds[t]];
            } else if (m_facetOf[f][i] != NoValue) {
                ++counts[f][m_facetOf[f][i]];
            }
        };
        const EntityId first = EntityId(beginBlock * 64);
        const EntityId last = EntityId(std::min(n, endBlock * 64));
        if (complement) {
            for (EntityId i = first; i < last; ++i) {
                if (allText || (textBits[i >> 6] & (std::uint64_t(1) << (i & 63)))) {
                    pass[i >> 6] |= std::uint64_t(1) << (i & 63);
                } else {
                    for (int f = 0; f < FacetCount; ++f)
                        countFacet(f, i);
                }
            }
            return;
        }
        for (EntityId i = first; i < last; ++i) {
            if (!allText && !(textBits[i >> 6] & (std::uint64_t(1) << (i & 63))))
                continue;
            if (q.onlyIds && (i >= q.onlyIds->size() || !(*q.onlyIds)[i]))
                continue;
            int failed = -1;
            int failures = 0;
            for (int f = 0; f < FacetCount && failures < 2; ++f) {
                if (!active[f])
                    continue;
                bool ok = false;
                if (f == int(Facet::Tag)) {
                    for (std::uint32_t t = m_tagBegin[i]; t < m_tagBegin[i + 1] && !ok; ++t)
                        ok = selected[f][m_tagIds[t]];
                } else {
                    const std::uint32_t v = m_facetOf[f][i];
                    ok = v != NoValue && selected[f][v];
                }
                if (!ok) {
                    failed = f;
                    ++failures;
                }
            }
            if (failures == 0) {
                pass[i >> 6] |= std::uint64_t(1) << (i & 63);
                for (int f = 0; f < FacetCount; ++f)
                    countFacet(f, i);
            } else if (failures == 1) {
                // Counts of a facet ignore that facet's own selection, so its other values stay visible.
                countFacet(failed, i);
            }
        }
    };

    // Large catalogs scan in two halves on two cores; each half writes whole 64-entity words.
    Counts counts;
    if (n >= 200000) {
        Counts second;
        const size_t middle = blocks / 2;
        std::thread helper([&] { scan(middle, blocks, second); });
        scan(0, middle, counts);
        helper.join();
        for (int f = 0; f < FacetCount; ++f)
            for (size_t v = 0; v < counts[f].size(); ++v)
                counts[f][v] += second[f][v];
    } else {
        scan(0, blocks, counts);
    }
    if (complement) {
        for (int f = 0; f < FacetCount; ++f)
            for (size_t v = 0; v < counts[f].size(); ++v)
                counts[f][v] = m_facetTotals[f][v] - counts[f][v];
    }

    const std::vector<EntityId> &order = sortOrder(q.sort);
    size_t passing = 0;
    for (std::uint64_t word : pass)
        passing += size_t(std::popcount(word));
    result.rows.reserve(passing);
    const auto take = [&](EntityId id) {
        if (pass[id >> 6] & (std::uint64_t(1) << (id & 63)))
            result.rows.push_back(id);
    };
    if (q.descending)
        std::for_each(order.rbegin(), order.rend(), take);
    else
        std::for_each(order.begin(), order.end(), take);

    for (int f = 0; f < FacetCount; ++f) {
        std::vector<std::uint32_t> values;
        for (std::uint32_t v = 0; v < counts[f].size(); ++v) {
            if (counts[f][v] > 0 || (active[f] && selected[f][v]))
                values.push_back(v);
        }
        const auto &rank = m_labelRank[f];
        const auto byCount = [&](std::uint32_t a, std::uint32_t b) {
            return counts[f][a] != counts[f][b] ? counts[f][a] > counts[f][b] : rank[a] < rank[b];
        };
        // A facet lists its most frequent values (selected ones always): thousands of owners in
        // a side panel help nobody, and sorting them all would cost every keystroke.
        if (values.size() > kMaxFacetValues) {
            std::partial_sort(values.begin(), values.begin() + kMaxFacetValues, values.end(), byCount);
            std::vector<std::uint32_t> kept(values.begin(), values.begin() + kMaxFacetValues);
            if (active[f])
                for (auto it = values.begin() + kMaxFacetValues; it != values.end(); ++it)
                    if (selected[f][*it])
                        kept.push_back(*it);
            values = std::move(kept);
        }
        std::sort(values.begin(), values.end(), byCount);
        auto &out = result.facets[f];
        out.reserve(values.size());
        for (std::uint32_t v : values)
            out.push_back({m_facetKeys[f][v], m_facetLabels[f][v], counts[f][v]});
    }
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

std::vector<EntityId> CatalogSnapshot::rank(const QString &text, int limit) const
{
    std::vector<EntityId> out;
    if (limit <= 0 || m_loc.empty())
        return out;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return out;
    std::vector<std::uint8_t> taken(m_loc.size(), 0);
    const auto push = [&](EntityId id) {
        if (!taken[id] && int(out.size()) < limit) {
            taken[id] = 1;
            out.push_back(id);
        }
    };

    // 1. Names starting with the text, found by binary search in the name order (exact first,
    //    because a shorter name sorts before its extensions).
    const std::vector<EntityId> &byName = sortOrder(SortKey::Name);
    // The name order compares lower-cased UTF-8 bytes; so does this search.
    std::string lowerNeedle = needle.toStdString();
    asciiLower(lowerNeedle);
    std::string scratch;
    const auto lowerName = [&](EntityId id) -> const std::string & {
        scratch.assign(view(id, &EntityBlock::Record::name));
        asciiLower(scratch);
        return scratch;
    };
    auto it = std::lower_bound(byName.begin(), byName.end(), lowerNeedle,
                               [&](EntityId id, const std::string &n) { return lowerName(id) < n; });
    std::vector<EntityId> prefix;
    for (; it != byName.end() && lowerName(*it).compare(0, lowerNeedle.size(), lowerNeedle) == 0
           && prefix.size() < size_t(limit) * 4; ++it)
        prefix.push_back(*it);
    std::stable_sort(prefix.begin(), prefix.end(), [this](EntityId a, EntityId b) {
        return view(a, &EntityBlock::Record::name).size() < view(b, &EntityBlock::Record::name).size();
    });
    for (EntityId id : prefix)
        push(id);

    // 2. Titles starting with the text, then any entity whose words match, in name order. The scan
    //    stops once it holds enough word matches: a one-letter query matches most of a large catalog.
    if (int(out.size()) < limit) {
        const size_t blocks = (m_loc.size() + 63) / 64;
        std::vector<std::uint64_t> bits(blocks, 0);
        bool all = false;
        matchText(text, bits, &all);
        if (!all) {
            const auto titleStarts = [&](EntityId id) {
                const std::string_view title = view(id, &EntityBlock::Record::title);
                if (title.size() < lowerNeedle.size())
                    return false;
                for (size_t k = 0; k < lowerNeedle.size(); ++k) {
                    unsigned char c = static_cast<unsigned char>(title[k]);
                    if (c >= 'A' && c <= 'Z')
                        c = static_cast<unsigned char>(c + 32);
                    if (c != static_cast<unsigned char>(lowerNeedle[k]))
                        return false;
                }
                return true;
            };
            std::vector<EntityId> words;
            for (EntityId id : byName) {
                if (!(bits[id >> 6] & (std::uint64_t(1) << (id & 63))) || taken[id])
                    continue;
                if (titleStarts(id))
                    push(id);
                else
                    words.push_back(id);
                if (int(out.size()) >= limit || words.size() >= size_t(limit))
                    break;
            }
            for (EntityId id : words)
                push(id);
        }
    }
    return out;
}

std::vector<EntityId> CatalogSnapshot::ownedBy(const QStringList &ownerKeys) const
{
    std::vector<EntityId> out;
    const auto &index = m_facetIndex[int(Facet::Owner)];
    std::vector<std::uint8_t> wanted(m_facetKeys[int(Facet::Owner)].size(), 0);
    bool any = false;
    for (const QString &key : ownerKeys) {
        const auto it = index.constFind(key.toLower());
        if (it != index.constEnd()) {
            wanted[*it] = 1;
            any = true;
        }
    }
    if (!any)
        return out;
    const auto &owners = m_facetOf[int(Facet::Owner)];
    for (EntityId id : sortOrder(SortKey::Name)) {
        if (owners[id] != NoValue && wanted[owners[id]])
            out.push_back(id);
    }
    return out;
}

std::vector<EntityId> CatalogSnapshot::ofKind(const QString &kind) const
{
    std::vector<EntityId> out;
    const auto it = m_facetIndex[int(Facet::Kind)].constFind(kind.toLower());
    if (it == m_facetIndex[int(Facet::Kind)].constEnd())
        return out;
    const auto &kinds = m_facetOf[int(Facet::Kind)];
    for (EntityId id : sortOrder(SortKey::Name))
        if (kinds[id] == *it)
            out.push_back(id);
    return out;
}

std::vector<EntityId> CatalogSnapshot::documented() const
{
    std::vector<EntityId> out;
    for (EntityId id : sortOrder(SortKey::Name))
        if (rec(id).docsRef.length)
            out.push_back(id);
    return out;
}

QStringList CatalogSnapshot::groupsOf(const QString &userKey) const
{
    QStringList out;
    const EntityId id = find(userKey);
    if (id == InvalidEntity)
        return out;
    for (std::uint32_t e = m_edgeBegin[id]; e < m_edgeBegin[id + 1]; ++e) {
        const Edge &edge = m_edges[e];
        if (edge.type == RelationType::MemberOf)
            out.append(edge.dangling ? m_dangling[edge.target] : key(edge.target));
    }
    return out;
}

} // namespace atrium::catalog
