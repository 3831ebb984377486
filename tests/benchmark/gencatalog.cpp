// atrium-gencatalog: writes a synthetic, cross-referenced and valid Backstage catalog for the benchmark.
//
//   atrium-gencatalog --entities N --out DIR [--seed S] [--per-file 1000]
//
// Layout (every file a multi-document YAML of at most --per-file entities):
//   DIR/catalog-info.yaml                 Location whose targets reach everything below
//   DIR/groups/groups-NNNN.yaml           Groups (a tree, ~1 per 50 entities) and their Users
//   DIR/domains/domains-NNNN.yaml         Domains
//   DIR/systems/systems-NNNN.yaml         Systems (each in a domain)
//   DIR/systems/part-NNN/components-NNNNN.yaml   Components (most of the catalog)
//   DIR/apis/apis-NNNN.yaml               APIs (inline definitions), provided by components
//   DIR/resources/resources-NNNN.yaml     Resources that components depend on
//   DIR/.atrium-gencatalog                stamp: "state=writing" while the files are written (so an
//                                         interrupted run is recognised and cleared by the next), then
//                                         the parameters and per-kind counts with "state=complete"
//
// Every attribute of entity i of a kind is a function of (seed, kind, i), so references to other
// entities are computed, not looked up, and the output is identical for a seed.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view StampName = ".atrium-gencatalog";
constexpr int GeneratorVersion = 1;

// --- vocabularies ---------------------------------------------------------------------------

constexpr std::array<std::string_view, 120> BusinessWords = {
    "payments", "orders", "billing", "checkout", "inventory", "shipping", "ledger", "invoicing",
    "refunds", "pricing", "catalog", "search", "recommendations", "identity", "auth", "accounts",
    "customers", "loyalty", "rewards", "notifications", "email", "sms", "messaging", "chat",
    "fraud", "risk", "compliance", "audit", "reporting", "analytics", "metrics", "telemetry",
    "logging", "tracing", "alerts", "scheduling", "booking", "reservations", "fleet", "routing",
    "dispatch", "tracking", "warehouse", "fulfilment", "returns", "subscriptions", "plans", "quotes",
    "tax", "currency", "settlements", "payouts", "merchants", "partners", "vendors", "suppliers",
    "procurement", "contracts", "documents", "storage", "media", "images", "video", "uploads",
    "content", "pages", "marketing", "campaigns", "ads", "coupons", "promotions", "cart",
    "wishlist", "reviews", "ratings", "feedback", "support", "tickets", "helpdesk", "onboarding",
    "kyc", "profiles", "preferences", "settings", "sessions", "tokens", "permissions", "roles",
    "policies", "gateway", "edge", "proxy", "config", "experiments", "forecasting", "planning",
    "capacity", "pipelines", "ingestion", "lakehouse", "streaming", "events", "webhooks", "integrations",
    "connectors", "export", "backup", "archive", "maps", "addresses", "calendar", "payroll",
    "expenses", "budgets", "quotas", "metering", "licensing", "entitlements", "devices", "telematics",
};

constexpr std::array<std::string_view, 36> ComponentWords = {
    "service", "worker", "gateway", "portal", "engine", "processor", "scheduler", "consumer",
    "publisher", "adapter", "connector", "sync", "exporter", "importer", "store", "cache",
    "cli", "sdk", "bff", "web", "app", "job", "batch", "stream", "indexer", "resolver",
    "validator", "router", "aggregator", "collector", "manager", "orchestrator", "core", "hub",
    "ledger", "tracker",
};

constexpr std::array<std::string_view, 6> SystemWords = {"platform", "system", "suite", "hub", "core", "services"};

constexpr std::array<std::string_view, 64> Tags = {
    "java", "kotlin", "go", "python", "typescript", "javascript", "rust", "scala",
    "csharp", "c++", "ruby", "php", "react", "angular", "vue", "spring",
    "spring-boot", "django", "flask", "fastapi", "express", "nestjs", "grpc", "rest",
    "graphql", "kafka", "rabbitmq", "sqs", "postgres", "mysql", "mongodb", "redis",
    "elasticsearch", "cassandra", "dynamodb", "s3", "kubernetes", "helm", "terraform", "aws",
    "gcp", "azure", "lambda", "docker", "pci", "gdpr", "sox", "hipaa",
    "tier-1", "tier-2", "tier-3", "public", "internal", "legacy", "critical", "customer-facing",
    "batch", "streaming", "ml", "data", "frontend", "backend", "mobile", "android",
};

constexpr std::array<std::string_view, 48> FirstNames = {
    "maria", "james", "aisha", "chen", "olga", "pedro", "fatima", "lars", "yuki", "amara",
    "noah", "priya", "lucas", "sofia", "ivan", "mei", "omar", "emma", "kofi", "ingrid",
    "diego", "hana", "tomas", "zara", "felix", "leila", "arjun", "nina", "mateo", "ava",
    "kenji", "freya", "samir", "lena", "bruno", "ines", "ravi", "clara", "jonas", "elif",
    "marco", "sara", "tariq", "julia", "andrei", "rosa", "hugo", "mila",
};

constexpr std::array<std::string_view, 48> LastNames = {
    "garcia", "smith", "okafor", "wang", "petrova", "silva", "haddad", "nilsson", "tanaka", "diallo",
    "muller", "sharma", "martin", "rossi", "ivanov", "li", "farouk", "jones", "mensah", "berg",
    "lopez", "sato", "novak", "ahmed", "schmidt", "karimi", "patel", "kowalski", "fernandez", "brown",
    "suzuki", "larsen", "nasser", "fischer", "costa", "moreau", "iyer", "dubois", "eriksson", "yilmaz",
    "bianchi", "cohen", "aziz", "weber", "popescu", "santos", "leroy", "horvat",
};

constexpr std::array<std::string_view, 12> JobTitles = {
    "Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager",
    "Backend Engineer", "Frontend Engineer", "Site Reliability Engineer", "Data Engineer",
    "Product Manager", "Platform Engineer", "Security Engineer", "Mobile Engineer",
};

constexpr std::array<std::string_view, 24> Verbs = {
    "Handles", "Provides", "Reconciles", "Stores", "Exposes", "Computes", "Validates", "Publishes",
    "Aggregates", "Schedules", "Routes", "Tracks", "Indexes", "Serves", "Manages", "Synchronises",
    "Collects", "Transforms", "Enriches", "Streams", "Caches", "Audits", "Exports", "Imports",
};

constexpr std::array<std::string_view, 32> Objects = {
    "records", "batches", "requests", "events", "balances", "snapshots", "reports", "updates",
    "documents", "messages", "schedules", "quotes", "identifiers", "entries", "transactions", "states",
    "sessions", "manifests", "rules", "limits", "profiles", "settings", "totals", "jobs",
    "changes", "notifications", "metrics", "files", "bookings", "labels", "tokens", "claims",
};

constexpr std::array<std::string_view, 16> Audiences = {
    "the web shop", "mobile clients", "internal tools", "partner integrations", "the data platform",
    "customer support", "finance teams", "the operations dashboard", "downstream services",
    "nightly batch jobs", "the public API", "regional hubs", "merchant onboarding", "the ML platform",
    "auditors", "the checkout flow",
};

struct Weighted { std::string_view value; std::string_view code; int weight; };

constexpr std::array<Weighted, 5> ComponentTypes = {{
    {"service", "svc", 60}, {"website", "web", 12}, {"library", "lib", 15},
    {"data-pipeline", "job", 8}, {"mobile-app", "app", 5},
}};
constexpr std::array<Weighted, 3> Lifecycles = {{{"production", "", 60}, {"experimental", "", 25}, {"deprecated", "", 15}}};
constexpr std::array<Weighted, 4> ApiTypes = {{{"openapi", "", 60}, {"grpc", "", 20}, {"asyncapi", "", 15}, {"graphql", "", 5}}};
// Resource type, name code, and the tag that comes with it.
constexpr std::array<std::array<std::string_view, 3>, 5> ResourceTypes = {{
    {"database", "db", "postgres"}, {"kafka-topic", "events", "kafka"}, {"s3-bucket", "bucket", "s3"},
    {"redis-cache", "cache", "redis"}, {"sqs-queue", "queue", "sqs"},
}};

// --- deterministic randomness -------------------------------------------------------------

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

enum class Kind : std::uint64_t { Group = 1, User, Domain, System, Component, Api, Resource };

// A small generator seeded by (seed, kind, index): the same entity always draws the same values.
class Rng
{
public:
    Rng(std::uint64_t seed, Kind kind, std::uint64_t index)
        : m_state(mix(seed ^ mix(std::uint64_t(kind) * 0x100000001b3ull ^ mix(index)))) {}
    std::uint64_t next() { return m_state = mix(m_state); }
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    bool chance(int percent) { return int(below(100)) < percent; }
    template<typename A> auto pick(const A &a) { return a[below(a.size())]; }
    template<typename A> const Weighted &weighted(const A &a)
    {
        int total = 0;
        for (const Weighted &w : a)
            total += w.weight;
        int r = int(below(std::uint64_t(total)));
        for (const Weighted &w : a) {
            if (r < w.weight)
                return w;
            r -= w.weight;
        }
        return a[0];
    }

private:
    std::uint64_t m_state;
};

// --- output buffer --------------------------------------------------------------------------

class Out
{
public:
    Out &operator<<(std::string_view s) { m_buf.append(s); return *this; }
    Out &operator<<(char c) { m_buf.push_back(c); return *this; }
    Out &operator<<(std::uint64_t n)
    {
        char tmp[24];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, n);
        m_buf.append(tmp, size_t(r.ptr - tmp));
        return *this;
    }
    Out &operator<<(int n) { return *this << std::uint64_t(n); }
    Out &capitalised(std::string_view s)
    {
        if (s.empty())
            return *this;
        char first = s[0];
        if (first >= 'a' && first <= 'z')
            first = char(first - 'a' + 'A');
        m_buf.push_back(first);
        m_buf.append(s.substr(1));
        return *this;
    }
    // A kebab-case word list as a title: "spring-boot" -> "Spring Boot".
    Out &titled(std::string_view s)
    {
        bool start = true;
        for (char c : s) {
            if (c == '-') {
                m_buf.push_back(' ');
                start = true;
                continue;
            }
            m_buf.push_back(start && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c);
            start = false;
        }
        return *this;
    }
    std::string &buffer() { return m_buf; }
    size_t size() const { return m_buf.size(); }

private:
    std::string m_buf;
};

// --- the catalog's shape --------------------------------------------------------------------

struct Counts {
    std::uint64_t groups = 0, users = 0, domains = 0, systems = 0, apis = 0, resources = 0, components = 0;
    std::uint64_t total() const { return 1 + groups + users + domains + systems + apis + resources + components; }
};

Counts countsFor(std::uint64_t entities)
{
    Counts c;
    c.groups = std::max<std::uint64_t>(1, entities / 50);
    c.users = std::max<std::uint64_t>(1, entities / 10);
    c.domains = std::max<std::uint64_t>(1, entities / 2500);
    c.systems = std::max<std::uint64_t>(1, entities / 40);
    c.apis = std::max<std::uint64_t>(1, entities / 10);
    c.resources = std::max<std::uint64_t>(1, entities / 10);
    const std::uint64_t others = 1 + c.groups + c.users + c.domains + c.systems + c.apis + c.resources;
    c.components = entities > others + 1 ? entities - others : 1;
    return c;
}

class Generator
{
public:
    Generator(std::uint64_t seed, const Counts &counts) : m_seed(seed), m_n(counts) {}

    // Names: every reference is computed from the target's index.
    std::string_view groupWord(std::uint64_t g) const { return BusinessWords[Rng(m_seed, Kind::Group, g).below(BusinessWords.size())]; }
    void groupName(Out &o, std::uint64_t g) const { o << "team-" << groupWord(g) << '-' << g; }
    void userName(Out &o, std::uint64_t u) const
    {
        Rng r(m_seed, Kind::User, u);
        o << r.pick(FirstNames) << '.' << r.pick(LastNames) << u;
    }
    std::string_view domainWord(std::uint64_t d) const { return BusinessWords[Rng(m_seed, Kind::Domain, d).below(BusinessWords.size())]; }
    void domainName(Out &o, std::uint64_t d) const { o << domainWord(d) << "-domain-" << d; }
    std::string_view systemWord(std::uint64_t s) const { return BusinessWords[Rng(m_seed, Kind::System, s).below(BusinessWords.size())]; }
    std::string_view systemSuffix(std::uint64_t s) const
    {
        Rng r(m_seed, Kind::System, s);
        r.next();
        return r.pick(SystemWords);
    }
    void systemName(Out &o, std::uint64_t s) const { o << systemWord(s) << '-' << systemSuffix(s) << '-' << s; }
    std::uint64_t systemOwner(std::uint64_t s) const { return mix(m_seed ^ 0x5157u ^ mix(s)) % m_n.groups; }
    std::uint64_t systemDomain(std::uint64_t s) const { return s % m_n.domains; }

    struct ComponentShape {
        std::uint64_t system;
        std::uint64_t owner;
        std::string_view word1, word2;
        const Weighted *type;
    };
    ComponentShape component(std::uint64_t c) const
    {
        Rng r(m_seed, Kind::Component, c);
        ComponentShape s;
        s.system = r.below(m_n.systems);
        s.owner = r.chance(85) ? systemOwner(s.system) : r.below(m_n.groups);
        s.word1 = r.chance(70) ? systemWord(s.system) : r.pick(BusinessWords);
        s.word2 = r.pick(ComponentWords);
        s.type = &r.weighted(ComponentTypes);
        return s;
    }
    void componentName(Out &o, std::uint64_t c) const
    {
        const ComponentShape s = component(c);
        o << s.word1 << '-' << s.word2 << '-' << s.type->code << '-' << c;
    }
    // API a is provided by component apiProvider(a); the components that provide one are spread evenly.
    std::uint64_t apiProvider(std::uint64_t a) const { return a * m_n.components / m_n.apis; }
    bool providedApi(std::uint64_t c, std::uint64_t *a) const
    {
        // Smallest a with a * C / A >= c.
        const std::uint64_t candidate = (c * m_n.apis + m_n.components - 1) / m_n.components;
        if (candidate < m_n.apis && apiProvider(candidate) == c) {
            *a = candidate;
            return true;
        }
        return false;
    }
    std::string_view apiWord2(std::uint64_t a) const
    {
        Rng r(m_seed, Kind::Api, a);
        return r.pick(BusinessWords);
    }
    void apiName(Out &o, std::uint64_t a) const
    {
        o << component(apiProvider(a)).word1 << '-' << apiWord2(a) << "-api-" << a;
    }
    const std::array<std::string_view, 3> &resourceType(std::uint64_t r) const
    {
        return ResourceTypes[Rng(m_seed, Kind::Resource, r).below(ResourceTypes.size())];
    }
    std::string_view resourceWord(std::uint64_t r) const
    {
        Rng rng(m_seed, Kind::Resource, r);
        rng.next();
        return rng.pick(BusinessWords);
    }
    void resourceName(Out &o, std::uint64_t r) const { o << resourceWord(r) << '-' << resourceType(r)[1] << '-' << r; }

    // --- shared pieces ---

    void header(Out &o, std::string_view kind) const
    {
        o << "---\napiVersion: backstage.io/v1alpha1\nkind: " << kind << "\nmetadata:\n";
    }
    void description(Out &o, Rng &r, std::string_view w1, std::string_view w2) const
    {
        o << "  description: " << r.pick(Verbs) << ' ' << w1 << ' ' << r.pick(Objects) << " for " << r.pick(Audiences);
        if (r.chance(60))
            o << ", and keeps " << w2 << ' ' << r.pick(Objects) << " consistent across " << r.pick(Audiences);
        o << ".\n";
    }
    void tags(Out &o, Rng &r, int min, int max, std::string_view extra = {}) const
    {
        const int n = min + int(r.below(std::uint64_t(max - min + 1)));
        if (n == 0 && extra.empty())
            return;
        o << "  tags: [";
        std::array<std::string_view, 8> chosen{};
        int count = 0;
        if (!extra.empty())
            chosen[size_t(count++)] = extra;
        while (count < n + (extra.empty() ? 0 : 1)) {
            const std::string_view t = r.pick(Tags);
            bool dup = false;
            for (int i = 0; i < count; ++i)
                dup = dup || chosen[size_t(i)] == t;
            if (!dup)
                chosen[size_t(count++)] = t;
        }
        for (int i = 0; i < count; ++i)
            o << (i ? ", " : "") << chosen[size_t(i)];
        o << "]\n";
    }
    // Two or three annotations, as real descriptors carry them.
    void annotations(Out &o, Rng &r, const std::string &name) const
    {
        o << "  annotations:\n    github.com/project-slug: acme/" << name << '\n';
        const int pick = int(r.below(4));
        if (pick == 0 || pick == 3)
            o << "    backstage.io/techdocs-ref: dir:.\n";
        if (pick == 1 || pick == 3) {
            o << "    pagerduty.com/service-id: P";
            for (int i = 0; i < 6; ++i)
                o << "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[r.below(34)];
            o << '\n';
        }
        if (pick == 2)
            o << "    backstage.io/kubernetes-id: " << name << '\n';
    }
    void links(Out &o, Rng &r, const std::string &name) const
    {
        const int n = r.chance(10) ? 0 : 1 + int(r.below(2));
        if (n == 0)
            return;
        o << "  links:\n";
        o << "    - url: https://grafana.acme.example/d/" << name << "\n      title: Dashboard\n      icon: dashboard\n";
        if (n == 2)
            o << "    - url: https://wiki.acme.example/runbooks/" << name << "\n      title: Runbook\n      icon: docs\n";
    }
    template<typename F>
    static std::string str(F f)
    {
        Out tmp;
        f(tmp);
        return std::move(tmp.buffer());
    }

    // --- entities ---

    void location(Out &o) const
    {
        o << "# Root of the generated benchmark catalog (atrium-gencatalog).\n";
        header(o, "Location");
        o << "  name: benchmark-catalog\n  title: Benchmark Catalog\n"
             "  description: Synthetic catalog generated for the Atrium benchmark.\n"
             "spec:\n  targets:\n"
             "    - ./groups/*.yaml\n    - ./domains/*.yaml\n    - ./systems/**/*.yaml\n"
             "    - ./apis/*.yaml\n    - ./resources/*.yaml\n";
    }

    void group(Out &o, std::uint64_t g) const
    {
        Rng r(m_seed, Kind::Group, g);
        const std::string_view word = r.pick(BusinessWords);
        const std::string name = str([&](Out &t) { groupName(t, g); });
        header(o, "Group");
        o << "  name: " << name << "\n  title: ";
        o.capitalised(word) << " Team " << g << '\n';
        description(o, r, word, r.pick(BusinessWords));
        o << "  links:\n    - url: https://chat.acme.example/channels/" << name << "\n      title: Team channel\n      icon: chat\n";
        o << "spec:\n  type: " << (g == 0 ? "organization" : g <= 8 ? "department" : "team") << '\n';
        o << "  profile:\n    displayName: ";
        o.capitalised(word) << ' ' << g << "\n    email: " << name << "@acme.example\n";
        if (g > 0) {
            o << "  parent: ";
            groupName(o, (g - 1) / 8);
            o << '\n';
        }
        o << "  children: [";
        for (std::uint64_t child = 8 * g + 1, i = 0; child < m_n.groups && i < 8; ++child, ++i) {
            o << (i ? ", " : "");
            groupName(o, child);
        }
        o << "]\n";
    }

    void user(Out &o, std::uint64_t u) const
    {
        Rng r(m_seed, Kind::User, u);
        const std::string_view first = r.pick(FirstNames);
        const std::string_view last = r.pick(LastNames);
        header(o, "User");
        o << "  name: " << first << '.' << last << u << "\n  description: " << r.pick(JobTitles) << '\n';
        o << "spec:\n  profile:\n    displayName: ";
        o.capitalised(first) << ' ';
        o.capitalised(last) << "\n    email: " << first << '.' << last << u << "@acme.example\n  memberOf: [";
        groupName(o, (u / 5) % m_n.groups);
        o << "]\n";
    }

    void domain(Out &o, std::uint64_t d) const
    {
        Rng r(m_seed, Kind::Domain, d);
        const std::string_view word = r.pick(BusinessWords);
        header(o, "Domain");
        o << "  name: ";
        domainName(o, d);
        o << "\n  title: ";
        o.capitalised(word) << " Domain " << d << '\n';
        description(o, r, word, r.pick(BusinessWords));
        tags(o, r, 0, 2);
        o << "spec:\n  owner: group:";
        groupName(o, r.below(m_n.groups));
        o << '\n';
    }

    void system(Out &o, std::uint64_t s) const
    {
        Rng r(m_seed, Kind::System, s);
        const std::string_view word = r.pick(BusinessWords);
        const std::string_view suffix = r.pick(SystemWords);
        const std::string name = str([&](Out &t) { systemName(t, s); });
        header(o, "System");
        o << "  name: " << name << "\n  title: ";
        o.capitalised(word) << ' ';
        o.capitalised(suffix) << ' ' << s << '\n';
        description(o, r, word, r.pick(BusinessWords));
        annotations(o, r, name);
        tags(o, r, 1, 3);
        o << "spec:\n  owner: ";
        groupName(o, systemOwner(s));
        o << "\n  domain: ";
        domainName(o, systemDomain(s));
        o << '\n';
    }

    void componentEntity(Out &o, std::uint64_t c) const
    {
        const ComponentShape s = component(c);
        Rng r(m_seed, Kind::Component, c ^ 0xc0ffee0000000000ull);
        const std::string name = str([&](Out &t) { componentName(t, c); });
        header(o, "Component");
        o << "  name: " << name << "\n  title: ";
        o.capitalised(s.word1) << ' ';
        o.capitalised(s.word2) << ' ' << c << '\n';
        description(o, r, s.word1, s.word2);
        annotations(o, r, name);
        if (r.chance(50))
            o << "  labels:\n    tier: tier-" << 1 + r.below(3) << "\n    cost-center: cc-" << 1000 + r.below(9000) << '\n';
        tags(o, r, 1, 3);
        links(o, r, name);
        o << "spec:\n  type: " << s.type->value << "\n  lifecycle: " << r.weighted(Lifecycles).value << "\n  owner: group:";
        groupName(o, s.owner);
        o << "\n  system: ";
        systemName(o, s.system);
        o << '\n';
        std::uint64_t provided = 0;
        if (providedApi(c, &provided)) {
            o << "  providesApis: [";
            apiName(o, provided);
            o << "]\n";
        }
        const int consumed = int(r.below(4));
        if (consumed > 0) {
            o << "  consumesApis: [";
            for (int i = 0; i < consumed; ++i) {
                o << (i ? ", " : "");
                apiName(o, r.below(m_n.apis));
            }
            o << "]\n";
        }
        o << "  dependsOn: [resource:";
        resourceName(o, r.below(m_n.resources));
        if (r.chance(40)) {
            o << ", resource:";
            resourceName(o, r.below(m_n.resources));
        }
        if (r.chance(30) && m_n.components > 1) {
            const std::uint64_t other = (c + 1 + r.below(m_n.components - 1)) % m_n.components;
            o << ", component:";
            componentName(o, other);
        }
        o << "]\n";
    }

    void api(Out &o, std::uint64_t a) const
    {
        const std::uint64_t provider = apiProvider(a);
        const ComponentShape p = component(provider);
        const std::string_view word2 = apiWord2(a);
        Rng r(m_seed, Kind::Api, a ^ 0xa91000000000000ull);
        const std::string name = str([&](Out &t) { apiName(t, a); });
        const Weighted &type = r.weighted(ApiTypes);
        header(o, "API");
        o << "  name: " << name << "\n  title: ";
        o.capitalised(p.word1) << ' ';
        o.capitalised(word2) << " API " << a << '\n';
        description(o, r, p.word1, word2);
        annotations(o, r, name);
        tags(o, r, 1, 2, type.value == "openapi" ? "rest" : type.value == "asyncapi" ? "kafka" : type.value);
        o << "spec:\n  type: " << type.value << "\n  lifecycle: " << r.weighted(Lifecycles).value << "\n  owner: group:";
        groupName(o, p.owner);
        o << "\n  system: ";
        systemName(o, p.system);
        o << "\n  definition: |\n";
        if (type.value == "openapi" || type.value == "asyncapi") {
            o << "    " << type.value << (type.value == "openapi" ? ": 3.0.3\n" : ": 2.6.0\n");
            o << "    info:\n      title: ";
            o.capitalised(p.word1) << ' ';
            o.capitalised(word2) << " API\n      version: 1." << r.below(20) << ".0\n";
            if (type.value == "openapi")
                o << "    paths:\n      /" << word2 << ":\n        get:\n          summary: List " << word2 << '\n';
            else
                o << "    channels:\n      " << word2 << ".updated: {}\n";
        } else if (type.value == "grpc") {
            o << "    syntax = \"proto3\";\n    service ";
            o.capitalised(word2) << "Service {\n      rpc Get";
            o.capitalised(word2) << "(Get";
            o.capitalised(word2) << "Request) returns (";
            o.capitalised(word2) << ");\n    }\n";
        } else {
            o << "    type Query {\n      " << word2 << ": [String]\n    }\n";
        }
    }

    void resource(Out &o, std::uint64_t res) const
    {
        const auto &type = resourceType(res);
        const std::string_view word = resourceWord(res);
        Rng r(m_seed, Kind::Resource, res ^ 0x7e5000000000000ull);
        const std::uint64_t system = r.below(m_n.systems);
        const std::string name = str([&](Out &t) { resourceName(t, res); });
        header(o, "Resource");
        o << "  name: " << name << "\n  title: ";
        o.capitalised(word) << ' ';
        o.titled(type[0]) << ' ' << res << '\n';
        description(o, r, word, r.pick(BusinessWords));
        annotations(o, r, name);
        tags(o, r, 0, 1, type[2]);
        o << "spec:\n  type: " << type[0] << "\n  owner: group:";
        groupName(o, systemOwner(system));
        o << "\n  system: ";
        systemName(o, system);
        o << '\n';
    }

private:
    std::uint64_t m_seed;
    Counts m_n;
};

// --- files ----------------------------------------------------------------------------------

class Writer
{
public:
    Writer(const QString &root, std::uint64_t perFile) : m_root(root), m_perFile(perFile) {}

    // Writes one file; `counted` files are the catalog's (the stamp is not).
    bool write(const QString &relative, const std::string &data, bool counted = true)
    {
        const QString path = m_root + u'/' + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
        if (!f) {
            std::fprintf(stderr, "atrium-gencatalog: cannot write %s\n", qPrintable(path));
            return false;
        }
        const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
        if (std::fclose(f) != 0 || !ok) {
            std::fprintf(stderr, "atrium-gencatalog: cannot write %s\n", qPrintable(path));
            return false;
        }
        if (counted) {
            m_bytes += data.size();
            ++m_files;
        }
        return true;
    }

    // Writes `count` entities in files of at most perFile documents; `pathFor(fileIndex)` names them.
    template<typename WriteEntity, typename PathFor>
    bool writeAll(std::uint64_t count, WriteEntity writeEntity, PathFor pathFor)
    {
        Out out;
        out.buffer().reserve(size_t(std::min<std::uint64_t>(count, m_perFile)) * 1024 + 4096);
        std::uint64_t file = 0;
        for (std::uint64_t first = 0; first < count; first += m_perFile, ++file) {
            out.buffer().clear();
            const std::uint64_t end = std::min(count, first + m_perFile);
            for (std::uint64_t i = first; i < end; ++i)
                writeEntity(out, i);
            if (!write(pathFor(file), out.buffer()))
                return false;
        }
        return true;
    }

    std::uint64_t bytes() const { return m_bytes; }
    std::uint64_t files() const { return m_files; }

private:
    QString m_root;
    std::uint64_t m_perFile;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_files = 0;
};

QString numbered(const char *pattern, std::uint64_t n)
{
    return QString::asprintf(pattern, static_cast<unsigned long long>(n));
}

// Refuses to write over a folder that this tool did not create; clears one that it did.
bool prepareOutput(const QString &dir, QString *error)
{
    QDir d(dir);
    if (!d.exists()) {
        if (QDir().mkpath(dir))
            return true;
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    const QStringList entries = d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (entries.isEmpty())
        return true;
    if (!d.exists(QString::fromLatin1(StampName.data(), qsizetype(StampName.size())))) {
        *error = QStringLiteral("%1 is not empty and was not written by atrium-gencatalog; choose an empty folder").arg(dir);
        return false;
    }
    d.remove(QString::fromLatin1(StampName.data(), qsizetype(StampName.size())));
    d.remove(QStringLiteral("catalog-info.yaml"));
    for (const char *sub : {"groups", "domains", "systems", "apis", "resources"})
        QDir(d.filePath(QLatin1String(sub))).removeRecursively();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-gencatalog"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic, valid Backstage catalog for the Atrium benchmark."));
    parser.addHelpOption();
    const QCommandLineOption entitiesOption(QStringLiteral("entities"), QStringLiteral("Number of entities."), QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder (created; must be empty or an earlier output)."), QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption perFileOption(QStringLiteral("per-file"), QStringLiteral("Entities per file (default 1000)."), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({entitiesOption, outOption, seedOption, perFileOption});
    parser.process(app);

    bool ok1 = false, ok2 = false, ok3 = false;
    const std::uint64_t entities = parser.value(entitiesOption).toULongLong(&ok1);
    const std::uint64_t seed = parser.value(seedOption).toULongLong(&ok2);
    const std::uint64_t perFile = parser.value(perFileOption).toULongLong(&ok3);
    if (!parser.isSet(entitiesOption) || !parser.isSet(outOption) || !ok1 || !ok2 || !ok3 || entities < 20 || perFile == 0) {
        std::fprintf(stderr, "usage: atrium-gencatalog --entities N (>= 20) --out DIR [--seed S] [--per-file N]\n");
        return 2;
    }
    const QString out = QFileInfo(parser.value(outOption)).absoluteFilePath();
    QString error;
    if (!prepareOutput(out, &error)) {
        std::fprintf(stderr, "atrium-gencatalog: %s\n", qPrintable(error));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const Counts n = countsFor(entities);
    const Generator gen(seed, n);
    Writer w(out, perFile);
    const QString stampName = QString::fromLatin1(StampName.data(), qsizetype(StampName.size()));
    if (!w.write(stampName, "generator=" + std::to_string(GeneratorVersion) + "\nstate=writing\n", false))
        return 1;

    Out root;
    gen.location(root);
    bool ok = w.write(QStringLiteral("catalog-info.yaml"), root.buffer());

    // Groups and their users share the groups/ files: users follow in files of their own.
    ok = ok && w.writeAll(n.groups, [&](Out &o, std::uint64_t i) { gen.group(o, i); },
                          [](std::uint64_t f) { return numbered("groups/groups-%04llu.yaml", f); });
    ok = ok && w.writeAll(n.users, [&](Out &o, std::uint64_t i) { gen.user(o, i); },
                          [](std::uint64_t f) { return numbered("groups/users-%04llu.yaml", f); });
    ok = ok && w.writeAll(n.domains, [&](Out &o, std::uint64_t i) { gen.domain(o, i); },
                          [](std::uint64_t f) { return numbered("domains/domains-%04llu.yaml", f); });
    ok = ok && w.writeAll(n.systems, [&](Out &o, std::uint64_t i) { gen.system(o, i); },
                          [](std::uint64_t f) { return numbered("systems/systems-%04llu.yaml", f); });
    ok = ok && w.writeAll(n.components, [&](Out &o, std::uint64_t i) { gen.componentEntity(o, i); },
                          [](std::uint64_t f) {
                              return QString::asprintf("systems/part-%03llu/components-%05llu.yaml",
                                                       static_cast<unsigned long long>(f / 50),
                                                       static_cast<unsigned long long>(f));
                          });
    ok = ok && w.writeAll(n.apis, [&](Out &o, std::uint64_t i) { gen.api(o, i); },
                          [](std::uint64_t f) { return numbered("apis/apis-%04llu.yaml", f); });
    ok = ok && w.writeAll(n.resources, [&](Out &o, std::uint64_t i) { gen.resource(o, i); },
                          [](std::uint64_t f) { return numbered("resources/resources-%04llu.yaml", f); });
    if (!ok)
        return 1;

    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    Out user;
    gen.userName(user, 0);
    Out stamp;
    stamp << "generator=" << GeneratorVersion << "\nstate=complete\nentities=" << entities << "\nseed=" << seed
          << "\nper-file=" << perFile << "\ntotal=" << n.total() << "\nbytes=" << w.bytes()
          << "\nfiles=" << w.files() << "\nlocations=1\ngroups=" << n.groups << "\nusers=" << n.users
          << "\ndomains=" << n.domains << "\nsystems=" << n.systems << "\ncomponents=" << n.components
          << "\napis=" << n.apis << "\nresources=" << n.resources << "\nsample-user=user:default/"
          << user.buffer() << '\n';
    if (!w.write(stampName, stamp.buffer(), false))
        return 1;

    std::printf("atrium-gencatalog: %llu entities (%llu components, %llu apis, %llu resources, %llu systems, "
                "%llu domains, %llu groups, %llu users, 1 location) in %llu files, %.1f MB (%.0f bytes/entity), "
                "%.2f s, %.0f MB/s -> %s\n",
                static_cast<unsigned long long>(n.total()), static_cast<unsigned long long>(n.components),
                static_cast<unsigned long long>(n.apis), static_cast<unsigned long long>(n.resources),
                static_cast<unsigned long long>(n.systems), static_cast<unsigned long long>(n.domains),
                static_cast<unsigned long long>(n.groups), static_cast<unsigned long long>(n.users),
                static_cast<unsigned long long>(w.files()), w.bytes() / 1e6,
                double(w.bytes()) / double(n.total()), seconds, w.bytes() / 1e6 / seconds, qPrintable(out));
    return 0;
}
