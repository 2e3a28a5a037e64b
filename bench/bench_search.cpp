// Full-text search latency over a profile's history: runs a fixed set of queries (single
// words of every frequency, word pairs, prefixes) and prints p50, p95 and max in ms.
//   hubstate-bench-search DATABASE [ROUNDS]
#include "core/state/historyrepository.h"
#include "core/state/statedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>
#include <algorithm>

using namespace Hubstate::Core;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() < 2) {
        out << "usage: hubstate-bench-search DATABASE [ROUNDS]\n";
        return 2;
    }
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    StateDatabase database;
    if (Status opened = database.open(arguments.at(1)); !opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    HistoryRepository history(database);
    // What people look for: distinctive words, pairs, prefixes; a few common words too.
    const QStringList queries = {
        QStringLiteral("zeppelin"), QStringLiteral("quokka"), QStringLiteral("fjord nebula"),
        QStringLiteral("keychain"), QStringLiteral("migration schema"),
        QStringLiteral("rollback snapshot"), QStringLiteral("webdav upload"),
        QStringLiteral("benchmark"), QStringLiteral("regression"), QStringLiteral("deploy*"),
        QStringLiteral("cipher password"), QStringLiteral("orchestrator"),
        QStringLiteral("timeout retry"), QStringLiteral("latency"), QStringLiteral("marmalade"),
        QStringLiteral("xylophone tundra"), QStringLiteral("agent"), QStringLiteral("layout pane"),
        QStringLiteral("scheduler worker"), QStringLiteral("journal"),
        // rare words of the synthetic vocabulary's long tail
        QStringLiteral("sulvexmi"), QStringLiteral("jexpolbra"), QStringLiteral("rukulmi zesulti"),
        QStringLiteral("vozebra"), QStringLiteral("cor*"), QStringLiteral("the network")};
    QList<double> timings;
    QMap<QString, double> slowest; // per query, for finding what to improve
    qint64 hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            Result<QList<SearchHit>> result = history.search(query, 20);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            timings.append(ms);
            slowest[query] = std::max(slowest.value(query), ms);
            if (!result) {
                out << result.error().message << '\n';
                return 1;
            }
            hits += result->size();
        }
    }
    std::sort(timings.begin(), timings.end());
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
            out << QStringLiteral("%1 ms  %2\n").arg(it.value(), 8, 'f', 2).arg(it.key());
    }
    const auto percentile = [&timings](double p) {
        return timings.at(std::min<qsizetype>(timings.size() - 1, qsizetype(p * timings.size())));
    };
    out << QStringLiteral("queries %1 hits %2 p50 %3 ms p95 %4 ms max %5 ms\n")
               .arg(timings.size())
               .arg(hits)
               .arg(percentile(0.50), 0, 'f', 2)
               .arg(percentile(0.95), 0, 'f', 2)
               .arg(timings.last(), 0, 'f', 2);
    return 0;
}
