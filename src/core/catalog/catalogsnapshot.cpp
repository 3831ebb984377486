#include "catalog/catalogsnapshot.h"

#include "catalog/entityref.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <unordered_map>

namespace atrium::catalog {

namespace {

constexpr std::uint32_t NoValue = 0xffffffffu;

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::catalog", text);
}

const char *const kFacetIds[FacetCount] = {"kind", "type", "owner", "lifecycle", "system", "tag", "namespace"};
const char *const kSortIds[int(SortKey::Count_)] = {"name", "kind", "owner", "type", "lifecycle", "system"};

QString inverseRelation(const QString &type)
{
    static const QHash<QString, QString> inverse = {
        {QStringLiteral("ownedBy"), QStringLiteral("ownerOf")},
        {QStringLiteral("ownerOf"), QStringLiteral("ownedBy")},
        {QStringLiteral("partOf"), QStringLiteral("hasPart")},
        {QStringLiteral("hasPart"), QStringLiteral("partOf")},
        {QStringLiteral("providesApi"), QStringLiteral("apiProvidedBy")},
        {QStringLiteral("apiProvidedBy"), QStringLiteral("providesApi")},
        {QStringLiteral("consumesApi"), QStringLiteral("apiConsumedBy")},
        {QStringLiteral("apiConsumedBy"), QStringLiteral("consumesApi")},
        {QStringLiteral("dependsOn"), QStringLiteral("dependencyOf")},
        {QStringLiteral("dependencyOf"), QStringLiteral("dependsOn")},
        {QStringLiteral("memberOf"), QStringLiteral("hasMember")},
        {QStringLiteral("hasMember"), QStringLiteral("memberOf")},
        {QStringLiteral("childOf"), QStringLiteral("parentOf")},
        {QStringLiteral("parentOf"), QStringLiteral("childOf")},
    };
    return inverse.value(type);
}

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

std::shared_ptr<const CatalogSnapshot> CatalogSnapshot::build(std::vector<Entity> entities, ProblemList problems)
{
    auto snap = std::make_shared<CatalogSnapshot>();
    CatalogSnapshot &s = *snap;
    s.m_problems = std::move(problems);

    // Duplicates: the first definition wins, every later one is an error where it stands.
    s.m_entities.reserve(entities.size());
    s.m_byKey.reserve(qsizetype(entities.size()));
    for (Entity &e : entities) {
        const QString key = e.key();
        const auto it = s.m_byKey.constFind(key);
        if (it != s.m_byKey.constEnd()) {
            const Entity &first = s.m_entities[*it];
            Problem p;
            p.severity = Problem::Severity::Error;
            p.file = e.source.file;
            p.line = e.source.line;
            p.column = e.source.column;
            p.entityRef = key;
            p.rule = QStringLiteral("entity.duplicate");
            p.message = tr("%1 is defined twice; the first definition at %2:%3 is kept and this one is ignored")
                            .arg(e.refString(), first.source.file).arg(first.source.line);
            s.m_problems.append(p);
            continue;
        }
        s.m_byKey.insert(key, EntityId(s.m_entities.size()));
        s.m_entities.push_back(std::move(e));
    }
    entities.clear();
    entities.shrink_to_fit();
    const size_t n = s.m_entities.size();
    // One shared copy of each entity's key, for the reverse edges.
    std::vector<QString> keys(n);
    for (auto it = s.m_byKey.cbegin(); it != s.m_byKey.cend(); ++it)
        keys[*it] = it.key();

    // Relations in both directions, as Backstage stores them; unknown targets are warnings because
    // the target may be defined in another repository.
    s.m_relations.resize(n);
    for (EntityId i = 0; i < n; ++i) {
        const Entity &e = s.m_entities[i];
        for (const EntityRelation &r : e.relations) {
            const auto target = s.m_byKey.constFind(r.targetKey);
            const EntityId t = target == s.m_byKey.constEnd() ? InvalidEntity : *target;
            s.m_relations[i].push_back({r.type, r.targetKey, t});
            if (t == InvalidEntity) {
                Problem p;
                p.severity = Problem::Severity::Warning;
                p.file = e.source.file;
                p.line = e.source.line;
                p.column = e.source.column;
                p.entityRef = e.key();
                p.rule = QStringLiteral("relation.dangling");
                p.message = tr("%1 %2 %3, which is not in this catalog (it may be defined in another repository)")
                                .arg(e.refString(), r.type, r.targetKey);
                s.m_problems.append(p);
                continue;
            }
            const QString inverse = inverseRelation(r.type);
            if (!inverse.isEmpty())
                s.m_relations[t].push_back({inverse, keys[i], i});
        }
    }
    for (auto &rels : s.m_relations) {
        if (rels.size() < 2) {
            rels.shrink_to_fit();
            continue;
        }
        std::sort(rels.begin(), rels.end(), [](const ResolvedRelation &a, const ResolvedRelation &b) {
            return a.type != b.type ? a.type < b.type : a.targetKey < b.targetKey;
        });
        rels.erase(std::unique(rels.begin(), rels.end(), [](const ResolvedRelation &a, const ResolvedRelation &b) {
                       return a.type == b.type && a.targetKey == b.targetKey;
                   }), rels.end());
        rels.shrink_to_fit();
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

    // Facet values.
    for (int f = 0; f < FacetCount; ++f)
        if (Facet(f) != Facet::Tag)
            s.m_facetOf[f].assign(n, NoValue);
    const auto valueId = [&s](Facet f, const QString &key, const QString &label) -> std::uint32_t {
        if (key.isEmpty())
            return NoValue;
        auto &index = s.m_facetIndex[int(f)];
        const auto it = index.constFind(key);
        if (it != index.constEnd())
            return *it;
        const auto id = std::uint32_t(s.m_facetKeys[int(f)].size());
        index.insert(key, id);
        s.m_facetKeys[int(f)].push_back(key);
        s.m_facetLabels[int(f)].push_back(label);
        return id;
    };
    s.m_tagBegin.reserve(n + 1);
    for (EntityId i = 0; i < n; ++i) {
        const Entity &e = s.m_entities[i];
        s.m_facetOf[int(Facet::Kind)][i] = valueId(Facet::Kind, e.kind.toLower(), e.kind);
        s.m_facetOf[int(Facet::Type)][i] = valueId(Facet::Type, e.specType.toLower(), e.specType);
        s.m_facetOf[int(Facet::Owner)][i] = valueId(Facet::Owner, e.ownerKey, e.ownerKey);
        s.m_facetOf[int(Facet::Lifecycle)][i] = valueId(Facet::Lifecycle, e.lifecycle.toLower(), e.lifecycle);
        s.m_facetOf[int(Facet::System)][i] = valueId(Facet::System, e.systemKey, e.systemKey);
        s.m_facetOf[int(Facet::Namespace)][i] = valueId(Facet::Namespace, e.ns.toLower(), e.ns);
        s.m_tagBegin.push_back(std::uint32_t(s.m_tagIds.size()));
        for (const QString &tag : e.tags)
            s.m_tagIds.push_back(valueId(Facet::Tag, tag.toLower(), tag));
    }
    s.m_tagBegin.push_back(std::uint32_t(s.m_tagIds.size()));
    // Owners and systems are shown by their titles.
    for (Facet f : {Facet::Owner, Facet::System}) {
        auto &labels = s.m_facetLabels[int(f)];
        for (size_t v = 0; v < labels.size(); ++v)
            labels[v] = s.displayTitle(s.m_facetKeys[int(f)][v]);
    }

    // Words: every entity's name, title, kind, type, lifecycle, tags, owner, system and description.
    std::unordered_map<std::string, std::vector<EntityId>> words;
    words.reserve(n * 4 + 64);
    for (EntityId i = 0; i < n; ++i) {
        const Entity &e = s.m_entities[i];
        const auto add = [&](const std::string &w) {
            auto &postings = words[w];
            if (postings.empty() || postings.back() != i)
                postings.push_back(i);
        };
        forEachWord(e.name, add);
        forEachWord(e.title, add);
        forEachWord(e.displayName, add);
        forEachWord(e.kind, add);
        forEachWord(e.specType, add);
        forEachWord(e.lifecycle, add);
        for (const QString &tag : e.tags)
            forEachWord(tag, add);
        if (!e.ownerKey.isEmpty())
            forEachWord(lastSegment(e.ownerKey), add);
        if (!e.systemKey.isEmpty())
            forEachWord(lastSegment(e.systemKey), add);
        forEachWord(e.description, add);
    }
    s.m_words.reserve(words.size());
    for (auto &w : words)
        s.m_words.push_back(w.first);
    std::sort(s.m_words.begin(), s.m_words.end());
    s.m_postings.resize(s.m_words.size());
    for (size_t w = 0; w < s.m_words.size(); ++w) {
        auto &postings = words[s.m_words[w]];
        postings.shrink_to_fit();
        s.m_postings[w] = std::move(postings);
    }

    // The default order is needed by the first query: build it now, on the loading thread.
    s.sortOrder(SortKey::Name);
    return snap;
}

EntityId CatalogSnapshot::find(const QString &refOrKey) const
{
    const QString lower = refOrKey.trimmed().toLower();
    const auto it = m_byKey.constFind(lower);
    if (it != m_byKey.constEnd())
        return *it;
    const RefParseResult parsed = parseEntityRef(lower, QStringLiteral("component"), QStringLiteral("default"));
    if (!parsed.ref)
        return InvalidEntity;
    return m_byKey.value(parsed.ref->key(), InvalidEntity);
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
    const auto it = m_byKey.constFind(key.toLower());
    if (it == m_byKey.constEnd())
        return key;
    const Entity &e = m_entities[*it];
    if (!e.title.isEmpty())
        return e.title;
    if (!e.displayName.isEmpty())
        return e.displayName;
    return e.name;
}

QString CatalogSnapshot::facetLabel(Facet f, const QString &valueKey) const
{
    const auto &index = m_facetIndex[int(f)];
    const auto it = index.constFind(valueKey);
    return it == index.constEnd() ? valueKey : m_facetLabels[int(f)][*it];
}

std::vector<EntityId> CatalogSnapshot::buildSortOrder(SortKey key) const
{
    const size_t n = m_entities.size();
    std::vector<EntityId> order(n);
    for (EntityId i = 0; i < n; ++i)
        order[i] = i;
    if (key == SortKey::Name) {
        // Sort by the lower-cased name (then kind), compared as UTF-8 bytes: fast and stable.
        std::vector<std::string> keys(n);
        for (EntityId i = 0; i < n; ++i) {
            const Entity &e = m_entities[i];
            keys[i] = (e.name.toLower() + QChar(0) + e.kind.toLower() + QChar(0) + e.ns.toLower()).toStdString();
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
    const size_t blocks = (m_entities.size() + 63) / 64;
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
    const size_t n = m_entities.size();
    const size_t blocks = (n + 63) / 64;

    std::vector<std::uint64_t> textBits(blocks, 0);
    bool allText = true;
    matchText(q.text, textBits, &allText);

    // Selected values per facet as a membership table over value ids.
    std::array<std::vector<std::uint8_t>, FacetCount> selected;
    std::array<bool, FacetCount> active{};
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
    }

    std::array<std::vector<int>, FacetCount> counts;
    for (int f = 0; f < FacetCount; ++f)
        counts[f].assign(m_facetKeys[f].size(), 0);

    std::vector<std::uint64_t> pass(blocks, 0);
    const auto countFacet = [&](int f, EntityId i) {
        if (f == int(Facet::Tag)) {
            for (std::uint32_t t = m_tagBegin[i]; t < m_tagBegin[i + 1]; ++t)
                ++counts[f][m_tagIds[t]];
        } else if (m_facetOf[f][i] != NoValue) {
            ++counts[f][m_facetOf[f][i]];
        }
    };
    for (EntityId i = 0; i < n; ++i) {
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

    const std::vector<EntityId> &order = sortOrder(q.sort);
    result.rows.reserve(std::min<size_t>(n, 4096));
    const auto take = [&](EntityId id) {
        if (pass[id >> 6] & (std::uint64_t(1) << (id & 63)))
            result.rows.push_back(id);
    };
    if (q.descending)
        std::for_each(order.rbegin(), order.rend(), take);
    else
        std::for_each(order.begin(), order.end(), take);

    for (int f = 0; f < FacetCount; ++f) {
        auto &out = result.facets[f];
        for (size_t v = 0; v < counts[f].size(); ++v) {
            if (counts[f][v] > 0 || (active[f] && selected[f][v]))
                out.push_back({m_facetKeys[f][v], m_facetLabels[f][v], counts[f][v]});
        }
        std::sort(out.begin(), out.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
            return a.count != b.count ? a.count > b.count : QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
        });
    }
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

std::vector<EntityId> CatalogSnapshot::rank(const QString &text, int limit) const
{
    std::vector<EntityId> out;
    if (limit <= 0 || m_entities.empty())
        return out;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return out;
    std::vector<std::uint8_t> taken(m_entities.size(), 0);
    const auto push = [&](EntityId id) {
        if (!taken[id] && int(out.size()) < limit) {
            taken[id] = 1;
            out.push_back(id);
        }
    };

    // 1. Names starting with the text, found by binary search in the name order (exact first,
    //    because a shorter name sorts before its extensions).
    const std::vector<EntityId> &byName = sortOrder(SortKey::Name);
    const auto lessName = [this](EntityId id, const QString &s) {
        return QStringView(m_entities[id].name).compare(s, Qt::CaseInsensitive) < 0;
    };
    auto it = std::lower_bound(byName.begin(), byName.end(), needle, lessName);
    std::vector<EntityId> prefix;
    for (; it != byName.end() && m_entities[*it].name.startsWith(needle, Qt::CaseInsensitive) && prefix.size() < size_t(limit) * 4; ++it)
        prefix.push_back(*it);
    std::stable_sort(prefix.begin(), prefix.end(), [this](EntityId a, EntityId b) {
        return m_entities[a].name.size() < m_entities[b].name.size();
    });
    for (EntityId id : prefix)
        push(id);

    // 2. Titles starting with the text, then any entity whose words match, in name order.
    if (int(out.size()) < limit) {
        const size_t blocks = (m_entities.size() + 63) / 64;
        std::vector<std::uint64_t> bits(blocks, 0);
        bool all = false;
        matchText(text, bits, &all);
        if (!all) {
            std::vector<EntityId> words;
            for (EntityId id : byName) {
                if (!(bits[id >> 6] & (std::uint64_t(1) << (id & 63))) || taken[id])
                    continue;
                if (m_entities[id].title.startsWith(needle, Qt::CaseInsensitive))
                    push(id);
                else if (words.size() < size_t(limit))
                    words.push_back(id);
                if (int(out.size()) >= limit)
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

QStringList CatalogSnapshot::groupsOf(const QString &userKey) const
{
    QStringList out;
    const EntityId id = find(userKey);
    if (id == InvalidEntity)
        return out;
    for (const ResolvedRelation &r : m_relations[id]) {
        if (r.type == QLatin1String("memberOf"))
            out.append(r.targetKey);
    }
    return out;
}

} // namespace atrium::catalog
