// atrium-bench: measures Atrium against the budgets in DESIGN.md.
//
//   atrium-bench [--entities 10000,100000] [--workdir DIR] [--keep] [--rounds 3]
//                [--atrium PATH] [--startup-timeout 60]
//
// For each size it generates a catalog with atrium-gencatalog (cached in the workdir, recognised by
// the generator's stamp), then measures it in a fresh child process (`--measure N`, so that the peak
// RSS of one size does not leak into the next): ingest, memory, type-ahead search, facet recount,
// the GUI-thread cost of CatalogModel::applyResult() and palette ranking. The parent then starts the
// real `atrium` executable with ATRIUM_STARTUP_PROBE=1 for the start-up figures, and prints a summary
// against the budgets.

#include "catalogmodel.h"

#include "catalog/catalogsnapshot.h"
#include "catalog/localcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace atrium::catalog;

namespace {

constexpr int GeneratorVersion = 1;   // must match atrium-gencatalog's stamp
constexpr int Seed = 1;
constexpr int PerFile = 1000;

// --- small helpers --------------------------------------------------------------------------

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of this thread / this process: unlike wall time, not inflated when other processes
// compete for the cores, so a busy machine can still be read.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
double threadCpuMs() { return cpuMs(CLOCK_THREAD_CPUTIME_ID); }
double processCpuMs() { return cpuMs(CLOCK_PROCESS_CPUTIME_ID); }

long involuntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_nivcsw;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return NAN;
    return f.readAll().split(' ').value(0).toDouble();
}

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString grouped(qint64 n)
{
    QString s = QString::number(n);
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, u',');
    return s;
}

QString ms(double v)
{
    if (std::isnan(v))
        return QStringLiteral("n/a");
    return QString::number(v, 'f', v < 10 ? 3 : v < 100 ? 2 : 1) + QStringLiteral(" ms");
}

struct Stats {
    double p50 = NAN, p95 = NAN, max = NAN;
    int n = 0;
};

// Nearest-rank percentiles.
Stats percentiles(std::vector<double> v)
{
    Stats s;
    s.n = int(v.size());
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto rank = [&](double p) { return v[size_t(std::max(0.0, std::ceil(p * double(v.size())) - 1))]; };
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    s.max = v.back();
    return s;
}

QString statsLine(const Stats &s)
{
    return QStringLiteral("p50 %1  p95 %2  max %3  (%4 calls)").arg(ms(s.p50), ms(s.p95), ms(s.max)).arg(s.n);
}

// Wall-clock figures, then the same calls in thread CPU time.
struct Timings {
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(double w, double c)
    {
        wall.push_back(w);
        cpu.push_back(c);
    }
    void append(const Timings &other)
    {
        wall.insert(wall.end(), other.wall.begin(), other.wall.end());
        cpu.insert(cpu.end(), other.cpu.begin(), other.cpu.end());
    }
};

QString timingsLine(const Timings &t)
{
    const Stats cpu = percentiles(t.cpu);
    return statsLine(percentiles(t.wall)) + QStringLiteral("; cpu p95 %1 max %2").arg(ms(cpu.p95), ms(cpu.max));
}

// VmHWM / VmRSS from /proc/self/status, in MB.
double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return NAN;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return NAN;
}

// key=value lines of the generator's stamp.
QMap<QString, QString> readStamp(const QString &catalogDir)
{
    QMap<QString, QString> stamp;
    QFile f(catalogDir + QStringLiteral("/.atrium-gencatalog"));
    if (!f.open(QIODevice::ReadOnly))
        return stamp;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = int(line.indexOf('='));
        if (eq > 0)
            stamp.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return stamp;
}

QString workspaceDir(const QString &workdir, qint64 entities)
{
    return workdir + QStringLiteral("/catalog-") + QString::number(entities);
}

// The environment of the processes the benchmark starts. A headless session often has no
// XDG_RUNTIME_DIR, and Qt warns about that on every start: give them a private one.
QProcessEnvironment childEnvironment(const QString &workdir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
        const QString runtime = workdir + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    return env;
}

// --- the measurement, in the child process ------------------------------------------------

// Results go to the parent as `RESULT key value` lines; everything else is printed as it is.
void result(const char *key, double value)
{
    out(QStringLiteral("RESULT %1 %2").arg(QLatin1String(key)).arg(value, 0, 'g', 10));
}

using Selection = std::array<QStringList, FacetCount>;

struct Step {
    QString text;
    Selection selected;
    int category;   // Search, SearchFacets, Recount
};
enum Category { Search, SearchFacets, Recount, CategoryCount };

QString describe(const Step &step)
{
    QStringList parts;
    parts << (QLatin1Char('"') + step.text + QLatin1Char('"'));
    for (int f = 0; f < FacetCount; ++f) {
        if (!step.selected[size_t(f)].isEmpty())
            parts << facetId(Facet(f)) + QLatin1Char('=') + step.selected[size_t(f)].join(QLatin1Char('|'));
    }
    return parts.join(QLatin1Char(' '));
}

Selection select(std::initializer_list<std::pair<Facet, QStringList>> values)
{
    Selection s;
    for (const auto &[facet, keys] : values)
        s[size_t(facet)] = keys;
    return s;
}

// What a person types into the search field, one keystroke per query.
const QStringList TypedQueries = {
    QStringLiteral("pay"), QStringLiteral("payments"), QStringLiteral("payments api"), QStringLiteral("order"),
    QStringLiteral("team-"), QStringLiteral("kafka"), QStringLiteral("svc-12"), QStringLiteral("prod"),
    QStringLiteral("postgres"), QStringLiteral("paymnets gatewy"),
};

std::vector<Step> buildSteps(const QString &topOwner)
{
    std::vector<Step> steps;
    auto typed = [&](const QString &text, const Selection &selected, int category) {
        for (int i = 1; i <= text.size(); ++i)
            steps.push_back({text.left(i), selected, category});
    };
    for (const QString &q : TypedQueries)
        typed(q, {}, Search);

    typed(QStringLiteral("payments"), select({{Facet::Kind, {QStringLiteral("component")}}}), SearchFacets);
    typed(QStringLiteral("order"), select({{Facet::Lifecycle, {QStringLiteral("production")}}}), SearchFacets);
    typed(QStringLiteral("team-"), select({{Facet::Kind, {QStringLiteral("group")}}}), SearchFacets);
    typed(QStringLiteral("kafka"), select({{Facet::Tag, {QStringLiteral("kafka")}}}), SearchFacets);
    typed(QStringLiteral("svc-12"), select({{Facet::Kind, {QStringLiteral("component")}},
                                            {Facet::Lifecycle, {QStringLiteral("production")}},
                                            {Facet::Tag, {QStringLiteral("java")}}}), SearchFacets);

    // Clicking through the facet panel: the text stays, only selections change.
    for (const QString &text : {QString(), QStringLiteral("payments")}) {
        const QStringList component = {QStringLiteral("component")};
        const QStringList production = {QStringLiteral("production")};
        const QStringList java = {QStringLiteral("java")};
        const QStringList javaGo = {QStringLiteral("java"), QStringLiteral("go")};
        const QStringList componentApi = {QStringLiteral("component"), QStringLiteral("api")};
        steps.push_back({text, select({{Facet::Kind, component}}), Recount});
        steps.push_back({text, select({{Facet::Kind, component}, {Facet::Lifecycle, production}}), Recount});
        steps.push_back({text, select({{Facet::Kind, component}, {Facet::Lifecycle, production}, {Facet::Tag, java}}), Recount});
        steps.push_back({text, select({{Facet::Kind, component}, {Facet::Lifecycle, production}, {Facet::Tag, javaGo}}), Recount});
        steps.push_back({text, select({{Facet::Kind, componentApi}, {Facet::Lifecycle, production}, {Facet::Tag, javaGo}}), Recount});
        steps.push_back({text, select({{Facet::Kind, componentApi}, {Facet::Tag, javaGo}}), Recount});
        if (!topOwner.isEmpty())
            steps.push_back({text, select({{Facet::Owner, {topOwner}}}), Recount});
        steps.push_back({text, select({{Facet::Type, {QStringLiteral("service")}}}), Recount});
        steps.push_back({text, {}, Recount});
    }
    return steps;
}

struct Slow {
    double cpu;
    QString what;
    size_t rows;
};

// The most expensive calls by CPU time, which (unlike wall time) points at the code, not at the
// machine's other load. Repeated rounds of the same call are listed once.
void printSlowest(std::vector<Slow> slow, const char *label)
{
    std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) { return a.cpu > b.cpu; });
    QStringList parts;
    QSet<QString> seen;
    for (const Slow &s : slow) {
        if (parts.size() == 3)
            break;
        if (seen.contains(s.what))
            continue;
        seen.insert(s.what);
        parts << QStringLiteral("%1 %2 (%3 rows)").arg(s.what, ms(s.cpu), grouped(qint64(s.rows)));
    }
    out(QStringLiteral("    slowest in cpu %1: %2").arg(QLatin1String(label), parts.join(QStringLiteral("; "))));
}

int measure(qint64 entities, const QString &workdir, int rounds)
{
    const QString catalogDir = workspaceDir(workdir, entities) + QStringLiteral("/catalog");
    const QMap<QString, QString> stamp = readStamp(catalogDir);
    if (stamp.isEmpty()) {
        std::fprintf(stderr, "atrium-bench: no generated catalog in %s\n", qPrintable(catalogDir));
        return 1;
    }
    const int expected = stamp.value(QStringLiteral("total")).toInt();
    CatalogSource source;
    source.path = catalogDir;
    source.include = {QStringLiteral("catalog-info.yaml")};
    const QList<CatalogSource> sources = {source};
    const double loadBefore = loadAverage();
    const long switchesBefore = involuntarySwitches();
    const double cores = QThread::idealThreadCount();

    // --- ingest: three full loads; memory is read after the first, before anything is freed ---
    std::vector<double> loads;
    LoadStats best;
    double bestMs = 1e300, bestCpuMs = NAN;
    double peakMb = NAN, heldMb = NAN, snapshotOnlyMb = NAN;
    SnapshotPtr snapshot;
    QHash<QString, FileResult> lastFiles;
    for (int i = 0; i < 3; ++i) {
        snapshot.reset();
        lastFiles.clear();
        const double c0 = processCpuMs();
        const double t0 = nowMs();
        LoadOutput loaded = loadCatalog(sources);
        const double t = nowMs() - t0;
        const double c = processCpuMs() - c0;
        loads.push_back(t);
        if (t < bestMs) {
            bestMs = t;
            bestCpuMs = c;
            best = loaded.stats;
        }
        if (i == 0) {
            peakMb = procStatusMb("VmHWM");
            heldMb = procStatusMb("VmRSS");
            const SnapshotPtr s = loaded.snapshot;
            int errors = 0, warnings = 0, notices = 0;
            QStringList firstProblems;
            for (const Problem &p : s->problems()) {
                (p.severity == Problem::Severity::Error ? errors : p.severity == Problem::Severity::Warning ? warnings : notices)++;
                if (firstProblems.size() < 5 && p.severity != Problem::Severity::Notice)
                    firstProblems << QStringLiteral("%1:%2:%3: %4 [%5]").arg(p.file).arg(p.line).arg(p.column).arg(p.message, p.rule);
            }
            out(QStringLiteral("  catalog      %1 of %2 entities loaded, %3 errors, %4 warnings, %5 notices")
                    .arg(grouped(s->size()), grouped(expected)).arg(errors).arg(warnings).arg(notices));
            for (const QString &p : std::as_const(firstProblems))
                out(QStringLiteral("    problem: ") + p);
            result("entities.loaded", s->size());
            result("problems.errors", errors);
            result("problems.warnings", warnings);
            // Once loading is done the app needs the snapshot; LocalCatalog also keeps the per-file
            // results to rebuild after an edit: that is the "held" figure.
            loaded = {};
            snapshot = s;
            malloc_trim(0);
            snapshotOnlyMb = procStatusMb("VmRSS");
        } else {
            snapshot = loaded.snapshot;
            lastFiles = std::move(loaded.files);
        }
    }
    std::vector<double> sortedLoads = loads;
    std::sort(sortedLoads.begin(), sortedLoads.end());
    const double medianMs = sortedLoads[1];
    const double mbPerS = double(best.bytes) / 1e6 / (bestMs / 1000.0);
    out(QStringLiteral("  ingest       best %1  median %2  %3 MB/s  (%4 MB, %5 files; parse %6 ms, index %7 ms, total %8 ms)")
            .arg(ms(bestMs), ms(medianMs)).arg(mbPerS, 0, 'f', 1).arg(double(best.bytes) / 1e6, 0, 'f', 1)
            .arg(best.files).arg(best.parseMs).arg(best.indexMs).arg(best.totalMs));
    out(QStringLiteral("               cpu %1 for the best load = %2 per core on %3 cores (%4 MB/s per core)")
            .arg(ms(bestCpuMs), ms(bestCpuMs / cores)).arg(cores)
            .arg(double(best.bytes) / 1e6 / (bestCpuMs / 1000.0), 0, 'f', 1));
    result("ingest.best", bestMs);
    result("ingest.median", medianMs);
    result("ingest.mbps", mbPerS);
    result("ingest.cpu", bestCpuMs);
    result("ingest.cpuPerCore", bestCpuMs / cores);

    // The index build alone, from the packed blocks of the last load: the serial part of ingest.
    // With it, the ingest time of an idle machine can be estimated even on a busy one:
    // serial CPU + (the rest of the CPU) / cores.
    {
        QStringList paths = lastFiles.keys();
        paths.sort();
        std::vector<BlockPtr> blocks;
        ProblemList problems;
        for (const QString &path : std::as_const(paths)) {
            const FileResult &f = lastFiles[path];
            problems.append(f.problems);
            if (f.block && f.block->size() > 0)
                blocks.push_back(f.block);
        }
        const double c0 = threadCpuMs();
        const double p0 = processCpuMs();
        const double w0 = nowMs();
        SnapshotPtr rebuilt = CatalogSnapshot::build(std::move(blocks), std::move(problems));
        const double wall = nowMs() - w0;
        const double serial = threadCpuMs() - c0;
        const double cpu = processCpuMs() - p0;
        rebuilt.reset();
        lastFiles.clear();
        const double estimate = serial + std::max(0.0, bestCpuMs - serial) / cores;
        out(QStringLiteral("               index build alone %1 (cpu %2 on this thread, %3 in all threads); "
                           "estimated ingest on an idle machine %4")
                .arg(ms(wall), ms(serial), ms(cpu), ms(estimate)));
        result("index.serialCpu", serial);
        result("ingest.idleEstimate", estimate);
    }
    out(QStringLiteral("  memory       peak RSS %1 MB during the first ingest; %2 MB holding the load output, %3 MB holding the snapshot only")
            .arg(peakMb, 0, 'f', 1).arg(heldMb, 0, 'f', 1).arg(snapshotOnlyMb, 0, 'f', 1));
    result("rss.peak", peakMb);
    result("rss.held", heldMb);
    result("rss.snapshot", snapshotOnlyMb);
    out(QStringLiteral("               the snapshot reports %1 MB for the index and its blocks (memoryBytes)")
            .arg(double(snapshot->memoryBytes()) / 1e6, 0, 'f', 1));

    // --- queries ---
    CatalogQuery all;
    double t0 = nowMs();
    const QueryResult first = snapshot->query(all);
    const double firstQueryMs = nowMs() - t0;
    t0 = nowMs();
    snapshot->query(all);
    const double secondQueryMs = nowMs() - t0;
    out(QStringLiteral("  first query  %1 after the load (cold caches), then %2 for the same query")
            .arg(ms(firstQueryMs), ms(secondQueryMs)));
    result("query.first", firstQueryMs);

    const auto &owners = first.facets[size_t(Facet::Owner)];
    const QString topOwner = owners.empty()
        ? QString()
        : std::max_element(owners.begin(), owners.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
              return a.count < b.count;
          })->value;
    const std::vector<Step> steps = buildSteps(topOwner);

    CatalogModel model;
    t0 = nowMs();
    model.applyResult(snapshot, std::make_shared<const QueryResult>(first));
    const double fillMs = nowMs() - t0;
    QCoreApplication::processEvents();

    std::array<Timings, CategoryCount> queries;
    std::array<std::vector<Slow>, CategoryCount> slow;
    Timings apply;
    Timings refresh;
    std::vector<Slow> slowApply;
    // What a table view then asks for: every role of the rows on screen.
    constexpr int VisibleRows = 40;
    const QList<int> roles = model.roleNames().keys();
    const auto readVisibleRows = [&] {
        int cells = 0;
        for (int row = 0; row < std::min(VisibleRows, model.rowCount()); ++row) {
            const QModelIndex index = model.index(row);
            for (int role : roles)
                cells += model.data(index, role).isValid() ? 1 : 0;
        }
        return cells;
    };
    for (int round = 0; round < rounds; ++round) {
        for (const Step &step : steps) {
            CatalogQuery q;
            q.text = step.text;
            q.selected = step.selected;
            double c0 = threadCpuMs();
            t0 = nowMs();
            QueryResult r = snapshot->query(q);
            double t = nowMs() - t0;
            double c = threadCpuMs() - c0;
            queries[size_t(step.category)].add(t, c);
            slow[size_t(step.category)].push_back({c, describe(step), r.rows.size()});

            // The model is fed the results in order, so its diffs are those of a real session.
            auto shared = std::make_shared<const QueryResult>(std::move(r));
            const size_t rows = shared->rows.size();
            c0 = threadCpuMs();
            t0 = nowMs();
            model.applyResult(snapshot, std::move(shared));
            t = nowMs() - t0;
            c = threadCpuMs() - c0;
            apply.add(t, c);
            slowApply.push_back({c, describe(step), rows});
            c0 = threadCpuMs();
            t0 = nowMs();
            readVisibleRows();
            refresh.add(nowMs() - t0, threadCpuMs() - c0);
            QCoreApplication::processEvents();
        }
    }

    Timings searchAll = queries[Search];
    searchAll.append(queries[SearchFacets]);
    const Stats search = percentiles(searchAll.wall);
    const Stats recount = percentiles(queries[Recount].wall);
    const Stats applied = percentiles(apply.wall);
    out(QStringLiteral("  search       %1").arg(timingsLine(searchAll)));
    out(QStringLiteral("    text only    %1").arg(timingsLine(queries[Search])));
    out(QStringLiteral("    with facets  %1").arg(timingsLine(queries[SearchFacets])));
    std::vector<Slow> slowSearch = slow[Search];
    slowSearch.insert(slowSearch.end(), slow[SearchFacets].begin(), slow[SearchFacets].end());
    printSlowest(slowSearch, "search");
    out(QStringLiteral("  facet recount %1").arg(timingsLine(queries[Recount])));
    printSlowest(slow[Recount], "recount");
    out(QStringLiteral("  GUI thread   applyResult %1").arg(timingsLine(apply)));
    out(QStringLiteral("               first fill of %1 rows into the empty model %2").arg(grouped(qint64(first.rows.size())), ms(fillMs)));
    printSlowest(slowApply, "applyResult");
    out(QStringLiteral("               then data() for every role of %1 visible rows %2").arg(VisibleRows).arg(timingsLine(refresh)));
    result("search.p50", search.p50);
    result("search.p95", search.p95);
    result("search.max", search.max);
    result("search.cpuP95", percentiles(searchAll.cpu).p95);
    result("recount.p50", recount.p50);
    result("recount.p95", recount.p95);
    result("recount.max", recount.max);
    result("recount.cpuP95", percentiles(queries[Recount].cpu).p95);
    result("apply.p50", applied.p50);
    result("apply.p95", applied.p95);
    result("apply.max", applied.max);
    result("apply.cpuMax", percentiles(apply.cpu).max);
    result("apply.fill", fillMs);
    result("refresh.p95", percentiles(refresh.wall).p95);
    result("refresh.max", percentiles(refresh.wall).max);
    result("refresh.cpuMax", percentiles(refresh.cpu).max);

    // --- palette: the same keystrokes through rank() ---
    Timings ranks;
    std::vector<Slow> slowRank;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : TypedQueries) {
            for (int i = 1; i <= text.size(); ++i) {
                const QString prefix = text.left(i);
                const double c0 = threadCpuMs();
                t0 = nowMs();
                const std::vector<EntityId> ranked = snapshot->rank(prefix, 50);
                const double t = nowMs() - t0;
                const double c = threadCpuMs() - c0;
                ranks.add(t, c);
                slowRank.push_back({c, QLatin1Char('"') + prefix + QLatin1Char('"'), ranked.size()});
            }
        }
    }
    const Stats rank = percentiles(ranks.wall);
    out(QStringLiteral("  palette rank %1").arg(timingsLine(ranks)));
    printSlowest(slowRank, "rank");
    result("rank.p50", rank.p50);
    result("rank.p95", rank.p95);
    result("rank.max", rank.max);
    result("rank.cpuP95", percentiles(ranks.cpu).p95);

    const double loadAfter = loadAverage();
    const long switches = involuntarySwitches() - switchesBefore;
    out(QStringLiteral("  machine      load average %1 -> %2 on %3 cores; %4 involuntary context switches during the measurement%5")
            .arg(loadBefore, 0, 'f', 1).arg(loadAfter, 0, 'f', 1).arg(cores).arg(switches)
            .arg(std::max(loadBefore, loadAfter) > cores * 0.75
                     ? QStringLiteral(" -- BUSY: wall times include waiting for the CPU; read the cpu figures")
                     : QString()));
    result("machine.load", std::max(loadBefore, loadAfter));
    return 0;
}

// --- the parent: generation, child runs, start-up, summary --------------------------------

struct SizeResult {
    qint64 entities = 0;
    QMap<QString, double> values;
    double firstFrameCold = NAN, readyCold = NAN, firstFrameWarm = NAN, readyWarm = NAN;
};

bool ensureCatalog(const QString &binDir, const QString &workdir, qint64 entities, bool *generated)
{
    const QString catalogDir = workspaceDir(workdir, entities) + QStringLiteral("/catalog");
    const QMap<QString, QString> stamp = readStamp(catalogDir);
    *generated = false;
    if (stamp.value(QStringLiteral("generator")).toInt() == GeneratorVersion
        && stamp.value(QStringLiteral("state")) == QLatin1String("complete")
        && stamp.value(QStringLiteral("entities")).toLongLong() == entities
        && stamp.value(QStringLiteral("seed")).toInt() == Seed
        && stamp.value(QStringLiteral("per-file")).toInt() == PerFile) {
        out(QStringLiteral("  generate     cached in %1").arg(catalogDir));
        return true;
    }
    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedChannels);
    gen.start(binDir + QStringLiteral("/atrium-gencatalog"),
              {QStringLiteral("--entities"), QString::number(entities), QStringLiteral("--out"), catalogDir,
               QStringLiteral("--seed"), QString::number(Seed), QStringLiteral("--per-file"), QString::number(PerFile)});
    if (!gen.waitForFinished(-1) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0) {
        std::fprintf(stderr, "atrium-bench: atrium-gencatalog failed (%s)\n", qPrintable(gen.errorString()));
        return false;
    }
    *generated = true;
    return true;
}

// The workspace the real app opens: atrium.yaml next to the generated catalog.
bool writeWorkspace(const QString &dir, qint64 entities, const QString &identity)
{
    QFile f(dir + QStringLiteral("/atrium.yaml"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QString yaml = QStringLiteral(
        "# Written by atrium-bench.\n"
        "apiVersion: atrium.dev/v1alpha1\n"
        "kind: Workspace\n"
        "metadata:\n"
        "  name: bench-%1\n"
        "  title: Benchmark %2 entities\n"
        "spec:\n").arg(entities).arg(grouped(entities));
    if (!identity.isEmpty())
        yaml += QStringLiteral("  identity: %1\n").arg(identity);
    yaml += QStringLiteral(
        "  catalog:\n"
        "    sources:\n"
        "      - path: catalog\n"
        "        include: [catalog-info.yaml]\n");
    return f.write(yaml.toUtf8()) > 0;
}

bool runChild(qint64 entities, const QString &workdir, int rounds, SizeResult *res)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setReadChannel(QProcess::StandardOutput);
    child.setProcessEnvironment(childEnvironment(workdir));
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure"), QString::number(entities), QStringLiteral("--workdir"), workdir,
                 QStringLiteral("--rounds"), QString::number(rounds)});
    if (!child.waitForStarted(-1))
        return false;
    auto drain = [&] {
        std::fputs(child.readAllStandardError().constData(), stderr);
        while (child.canReadLine()) {
            QString line = QString::fromUtf8(child.readLine());
            while (line.endsWith(u'\n') || line.endsWith(u'\r'))
                line.chop(1);
            if (line.startsWith(QLatin1String("RESULT "))) {
                const QStringList parts = line.split(u' ');
                if (parts.size() == 3)
                    res->values.insert(parts[1], parts[2].toDouble());
            } else {
                out(line);
            }
        }
    };
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(200);
        drain();
    }
    drain();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        out(QStringLiteral("  measurement process failed (%1, exit code %2)")
                .arg(child.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed") : QStringLiteral("error"))
                .arg(child.exitCode()));
        return false;
    }
    return true;
}

struct Startup {
    double firstFrame = NAN, ready = NAN, wall = NAN, plugins = NAN;
    int pluginCount = -1;
    QString note;
};

// Starts the app on the workspace with the start-up probe, and reads its report from stderr.
Startup runStartup(const QString &atrium, const QString &workdir, const QString &workspace, const QString &home,
                   int timeoutMs, const QHash<QString, QString> &extraEnv = {})
{
    Startup s;
    QProcessEnvironment env = childEnvironment(workdir);
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ATRIUM_STARTUP_PROBE"), QStringLiteral("1"));
    // Settings and caches in a folder of the benchmark's own: never the user's, and cold on demand.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    const double t0 = nowMs();
    app.start(atrium, {QStringLiteral("--workspace"), workspace});
    if (!app.waitForStarted(10000)) {
        s.note = QStringLiteral("could not start %1: %2").arg(atrium, app.errorString());
        return s;
    }
    static const QRegularExpression probe(QStringLiteral("atrium-startup\\b(.*)"));
    static const QRegularExpression frame(QStringLiteral("first-frame-ms=([0-9.]+)"));
    static const QRegularExpression ready(QStringLiteral("catalog-ready-ms=([0-9.]+)"));
    QByteArray err;
    bool seen = false;
    QElapsedTimer timer;
    timer.start();
    while (!seen && timer.elapsed() < timeoutMs) {
        if (app.state() == QProcess::NotRunning)
            break;
        app.waitForReadyRead(100);
        app.readAllStandardOutput();
        err += app.readAllStandardError();
        for (const QByteArray &line : err.split('\n')) {
            const QRegularExpressionMatch m = probe.match(QString::fromUtf8(line));
            if (!m.hasMatch())
                continue;
            seen = true;
            s.wall = nowMs() - t0;
            if (const auto f = frame.match(m.captured(1)); f.hasMatch())
                s.firstFrame = f.captured(1).toDouble();
            if (const auto r = ready.match(m.captured(1)); r.hasMatch())
                s.ready = r.captured(1).toDouble();
            static const QRegularExpression pluginsMs(QStringLiteral("plugins-ms=([0-9.]+)"));
            static const QRegularExpression pluginsN(QStringLiteral("plugins-loaded=([0-9]+)"));
            if (const auto r = pluginsMs.match(m.captured(1)); r.hasMatch())
                s.plugins = r.captured(1).toDouble();
            if (const auto r = pluginsN.match(m.captured(1)); r.hasMatch())
                s.pluginCount = r.captured(1).toInt();
        }
    }
    if (seen) {
        app.waitForFinished(5000);
    } else {
        err += app.readAllStandardError();
        for (const QByteArray &line : err.split('\n')) {
            if (probe.match(QString::fromUtf8(line)).hasMatch())
                seen = true;
        }
        s.note = app.state() == QProcess::NotRunning
            ? QStringLiteral("the app exited (code %1) without printing the probe line").arg(app.exitCode())
            : QStringLiteral("no probe line within %1 s").arg(timeoutMs / 1000);
        if (!seen && !err.trimmed().isEmpty())
            s.note += QStringLiteral("; last stderr: ") + QString::fromUtf8(err.trimmed().split('\n').last()).left(200);
    }
    if (app.state() != QProcess::NotRunning) {
        app.kill();
        app.waitForFinished(5000);
    }
    return s;
}

struct Budget {
    QString figure;
    QString measured;
    QString budget;
    QString verdict;
};

QString verdict(double value, double limit)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    return value <= limit ? QStringLiteral("PASS") : QStringLiteral("OVER");
}

void printSummary(const std::vector<SizeResult> &results)
{
    out(QString());
    out(QStringLiteral("Summary against the budgets (DESIGN.md). Above 100k entities latency is held to the 1M budget, and "
                       "ingest and memory to the 100k budget scaled linearly. \"idle est.\" is the figure an idle machine "
                       "would show, from CPU time, which a busy machine inflates far less than wall time: the call's thread CPU time; for "
                       "ingest the serial index build's CPU time plus the rest of the CPU time divided by the cores."));
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7");
    out(header.arg(QStringLiteral("figure"), -31).arg(QStringLiteral("entities"), 10).arg(QStringLiteral("measured"), 11)
            .arg(QStringLiteral("budget"), -19).arg(QStringLiteral("verdict"), -7).arg(QStringLiteral("idle est."), 11)
            .arg(QStringLiteral("verdict")));
    bool busy = false;
    for (const SizeResult &r : results) {
        const double scale = std::max(1.0, double(r.entities) / 100000.0);
        const double latency = r.entities > 100000 ? 16.0 : 8.0;
        const QString scaled = scale > 1 ? QStringLiteral(" (scaled)") : QString();
        auto v = [&](const char *key) { return r.values.value(QLatin1String(key), NAN); };
        busy = busy || v("machine.load") > QThread::idealThreadCount() * 0.75;
        auto row = [&](const QString &figure, const QString &measured, const QString &budget, double value, double limit,
                       const QString &cpuText = QString(), double cpu = NAN) {
            out(header.arg(figure, -31).arg(grouped(r.entities), 10).arg(measured, 11).arg(budget, -19)
                    .arg(verdict(value, limit), -7).arg(cpuText.isEmpty() ? QStringLiteral("-") : cpuText, 11)
                    .arg(cpuText.isEmpty() ? QStringLiteral("-") : verdict(cpu, limit)));
        };
        auto seconds = [](double msValue) { return QString::number(msValue / 1000.0, 'f', 3) + QStringLiteral(" s"); };
        row(QStringLiteral("ingest, best of 3"), seconds(v("ingest.best")), QStringLiteral("<= %1 s").arg(2.0 * scale) + scaled,
            v("ingest.best"), 2000.0 * scale, seconds(v("ingest.idleEstimate")), v("ingest.idleEstimate"));
        row(QStringLiteral("peak RSS after ingest"), QString::number(v("rss.peak"), 'f', 1) + QStringLiteral(" MB"),
            QStringLiteral("<= %1 MB").arg(150.0 * scale) + scaled, v("rss.peak"), 150.0 * scale);
        row(QStringLiteral("search p95"), ms(v("search.p95")), QStringLiteral("<= %1 ms").arg(latency), v("search.p95"), latency,
            ms(v("search.cpuP95")), v("search.cpuP95"));
        row(QStringLiteral("facet recount p95"), ms(v("recount.p95")), QStringLiteral("<= %1 ms").arg(latency), v("recount.p95"),
            latency, ms(v("recount.cpuP95")), v("recount.cpuP95"));
        row(QStringLiteral("palette rank p95"), ms(v("rank.p95")), QStringLiteral("<= %1 ms").arg(latency), v("rank.p95"), latency,
            ms(v("rank.cpuP95")), v("rank.cpuP95"));
        row(QStringLiteral("GUI thread applyResult max"), ms(v("apply.max")), QStringLiteral("<= 4 ms"), v("apply.max"), 4.0,
            ms(v("apply.cpuMax")), v("apply.cpuMax"));
        row(QStringLiteral("GUI thread first fill"), ms(v("apply.fill")), QStringLiteral("<= 4 ms"), v("apply.fill"), 4.0);
        row(QStringLiteral("GUI thread 40 visible rows max"), ms(v("refresh.max")), QStringLiteral("<= 4 ms"), v("refresh.max"), 4.0,
            ms(v("refresh.cpuMax")), v("refresh.cpuMax"));
        row(QStringLiteral("first interactive frame, cold"), ms(r.firstFrameCold), QStringLiteral("<= 400 ms"), r.firstFrameCold, 400.0);
        row(QStringLiteral("first interactive frame, warm"), ms(r.firstFrameWarm), QStringLiteral("<= 250 ms"), r.firstFrameWarm, 250.0);
        out(header.arg(QStringLiteral("catalog ready, cold (info)"), -31).arg(grouped(r.entities), 10).arg(ms(r.readyCold), 11)
                .arg(QStringLiteral("-"), -19).arg(QStringLiteral("-"), -7).arg(QStringLiteral("-"), 11).arg(QStringLiteral("-")));
    }
    if (busy)
        out(QStringLiteral("NOTE: the machine was busy during the run (load average above 0.75 x the cores): wall-clock "
                           "figures include time spent waiting for a core, and even CPU time grows when other processes "
                           "share the caches. Rerun on an idle machine for numbers that count."));
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QStringLiteral("unknown CPU");
}

int runAll(const QList<qint64> &sizes, const QString &workdir, bool keep, int rounds, const QString &atrium,
           int startupTimeoutMs)
{
    const QString binDir = QCoreApplication::applicationDirPath();
    out(QStringLiteral("atrium-bench: %1 build, Qt %2, %3 cores (%4), %5")
            .arg(QLatin1String(ATRIUM_BENCH_BUILD_TYPE), QLatin1String(qVersion()))
            .arg(QThread::idealThreadCount()).arg(cpuModel(), QSysInfo::prettyProductName()));
    if (QLatin1String(ATRIUM_BENCH_BUILD_TYPE) != QLatin1String("Release"))
        out(QStringLiteral("WARNING: not a Release build: the numbers do not count against the budgets"));
    out(QStringLiteral("workdir %1; %2 round(s) of each query sequence").arg(workdir).arg(rounds));

    std::vector<SizeResult> results;
    QStringList generatedDirs;
    bool ok = true;
    for (const qint64 entities : sizes) {
        out(QString());
        out(QStringLiteral("== %1 entities ==").arg(grouped(entities)));
        bool generated = false;
        if (!ensureCatalog(binDir, workdir, entities, &generated)) {
            ok = false;
            continue;
        }
        const QString dir = workspaceDir(workdir, entities);
        if (generated)
            generatedDirs << dir;
        const QMap<QString, QString> stamp = readStamp(dir + QStringLiteral("/catalog"));
        out(QStringLiteral("  data         %1 MB of YAML in %2 files (%3 components, %4 APIs, %5 resources, %6 systems, %7 groups, %8 users)")
                .arg(stamp.value(QStringLiteral("bytes")).toDouble() / 1e6, 0, 'f', 1)
                .arg(stamp.value(QStringLiteral("files")), stamp.value(QStringLiteral("components")),
                     stamp.value(QStringLiteral("apis")), stamp.value(QStringLiteral("resources")),
                     stamp.value(QStringLiteral("systems")), stamp.value(QStringLiteral("groups")),
                     stamp.value(QStringLiteral("users"))));

        SizeResult res;
        res.entities = entities;
        if (!runChild(entities, workdir, rounds, &res))
            ok = false;

        if (!writeWorkspace(dir, entities, stamp.value(QStringLiteral("sample-user")))) {
            out(QStringLiteral("  start-up     cannot write %1/atrium.yaml").arg(dir));
        } else if (!QFileInfo(atrium).isExecutable()) {
            out(QStringLiteral("  start-up     n/a: %1 is not built").arg(atrium));
        } else {
            // Cold: no settings or cache from an earlier start (the files are in the page cache
            // either way). Warm: the same home again, twice; the better of the two counts.
            const QString home = workdir + QStringLiteral("/home-") + QString::number(entities);
            QDir(home).removeRecursively();
            const Startup cold = runStartup(atrium, workdir, dir, home, startupTimeoutMs);
            // Without a probe line on the cold start there is nothing to wait for twice more.
            const bool probed = !std::isnan(cold.firstFrame) || !std::isnan(cold.ready);
            const Startup warm1 = probed ? runStartup(atrium, workdir, dir, home, startupTimeoutMs) : cold;
            const Startup warm2 = probed ? runStartup(atrium, workdir, dir, home, startupTimeoutMs) : cold;
            const Startup &warm = (std::isnan(warm1.firstFrame) || warm2.firstFrame < warm1.firstFrame) ? warm2 : warm1;
            res.firstFrameCold = cold.firstFrame;
            res.readyCold = cold.ready;
            res.firstFrameWarm = warm.firstFrame;
            res.readyWarm = warm.ready;
            auto line = [](const char *label, const Startup &s) {
                if (std::isnan(s.firstFrame) && std::isnan(s.ready))
                    return QStringLiteral("  start-up     %1: first-frame n/a, catalog-ready n/a (%2)").arg(QLatin1String(label), s.note);
                return QStringLiteral("  start-up     %1: first interactive frame %2, catalog ready %3 (probe line after %4 wall)")
                    .arg(QLatin1String(label), ms(s.firstFrame), ms(s.ready), ms(s.wall));
            };
            out(line("cold", cold));
            if (probed)
                out(line("warm", warm));
            QDir(home).removeRecursively();
        }
        results.push_back(res);
    }

    printSummary(results);
    if (!keep) {
        for (const QString &dir : std::as_const(generatedDirs))
            QDir(dir).removeRecursively();
    }
    return ok ? 0 : 1;
}

// What loading plugins adds to start-up: the demo workspace started alternately with no plugins
// and with the twenty bench plugins (tests/benchmark/plugins), medians of `runs` starts each.
int runPluginStartup(const QString &atrium, const QString &workdir, int runs, int timeoutMs)
{
    const QString demo = QStringLiteral(ATRIUM_DEMO_DIR);
    const QString empty = workdir + QStringLiteral("/no-plugins");
    QDir().mkpath(empty);
    const QString home = workdir + QStringLiteral("/plugin-home");
    QDir(home).removeRecursively();
    std::vector<double> frameWithout, frameWith, loadWith;
    int loaded = -1;
    for (int i = 0; i < runs + 1; ++i) {
        const Startup without = runStartup(atrium, workdir, demo, home, timeoutMs,
                                           {{QStringLiteral("ATRIUM_PLUGIN_PATH"), empty}});
        const Startup with = runStartup(atrium, workdir, demo, home, timeoutMs,
                                        {{QStringLiteral("ATRIUM_PLUGIN_PATH"), QStringLiteral(ATRIUM_BENCH_PLUGIN_DIR)}});
        if (i == 0)
            continue; // the first pair warms the page cache
        if (std::isnan(without.firstFrame) || std::isnan(with.firstFrame)) {
            out(QStringLiteral("  start-up probe missing: %1 %2").arg(without.note, with.note));
            return 1;
        }
        frameWithout.push_back(without.firstFrame);
        frameWith.push_back(with.firstFrame);
        loadWith.push_back(with.plugins);
        loaded = with.pluginCount;
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? NAN : v[v.size() / 2];
    };
    const double added = median(frameWith) - median(frameWithout);
    out(QStringLiteral("plugins: %1 loaded; discover+load+initialize median %2 ms; first frame median %3 ms without, %4 ms with "
                       "(adds %5 ms; budget 50 ms) over %6 starts each")
            .arg(loaded)
            .arg(median(loadWith), 0, 'f', 1)
            .arg(median(frameWithout), 0, 'f', 0)
            .arg(median(frameWith), 0, 'f', 0)
            .arg(added, 0, 'f', 0)
            .arg(runs));
    return loaded == 20 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The child measures CatalogModel, which needs a QGuiApplication: no display is wanted.
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || qstrcmp(argv[i], "--measure") == 0;
    if (child)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = child ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Atrium against the budgets in DESIGN.md."));
    parser.addHelpOption();
    const QCommandLineOption entitiesOption(QStringLiteral("entities"), QStringLiteral("Comma-separated catalog sizes (default 10000,100000)."),
                                            QStringLiteral("N,..."), QStringLiteral("10000,100000"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where the generated catalogs go (default: a folder in the temp dir)."),
                                           QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/atrium-bench"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the catalogs generated by this run for the next one."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds of each query sequence (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption atriumOption(QStringLiteral("atrium"), QStringLiteral("The atrium executable (default: next to this one)."),
                                          QStringLiteral("PATH"), QCoreApplication::applicationDirPath() + QStringLiteral("/atrium"));
    const QCommandLineOption startupTimeoutOption(QStringLiteral("startup-timeout"), QStringLiteral("Seconds to wait for the start-up probe (default 60)."),
                                                  QStringLiteral("S"), QStringLiteral("60"));
    QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("Internal: measure one size in this process."), QStringLiteral("N"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption pluginsOption(QStringLiteral("plugins"),
                                           QStringLiteral("Measure what loading 20 plugins adds to start-up, over N starts."),
                                           QStringLiteral("N"));
    parser.addOptions({entitiesOption, workdirOption, keepOption, roundsOption, atriumOption, startupTimeoutOption, measureOption,
                       pluginsOption});
    parser.process(*app);

    const QString workdir = QFileInfo(parser.value(workdirOption)).absoluteFilePath();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    if (parser.isSet(measureOption))
        return measure(parser.value(measureOption).toLongLong(), workdir, rounds);

    if (parser.isSet(pluginsOption)) {
        QDir().mkpath(workdir);
        return runPluginStartup(parser.value(atriumOption), workdir, std::max(3, parser.value(pluginsOption).toInt()),
                                parser.value(startupTimeoutOption).toInt() * 1000);
    }

    QList<qint64> sizes;
    for (const QString &s : parser.value(entitiesOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = s.trimmed().toLongLong(&ok);
        if (!ok || n < 20) {
            std::fprintf(stderr, "atrium-bench: --entities takes sizes of at least 20, separated by commas\n");
            return 2;
        }
        sizes << n;
    }
    if (!QDir().mkpath(workdir)) {
        std::fprintf(stderr, "atrium-bench: cannot create %s\n", qPrintable(workdir));
        return 1;
    }
    return runAll(sizes, workdir, parser.isSet(keepOption), rounds, parser.value(atriumOption),
                  parser.value(startupTimeoutOption).toInt() * 1000);
}
