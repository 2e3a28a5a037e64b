#include "environmenttemplate.h"

namespace Hubstate::Core {

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

QStringList EnvironmentTemplate::names()
{
    return {QStringLiteral("development"), QStringLiteral("production")};
}

const QMap<QString, QVariant> *EnvironmentTemplate::values(const QString &name)
{
    // Exactly the plan's templates; its performance.syncInterval is sync.interval here.
    static const QMap<QString, QVariant> development{
        {QStringLiteral("features.multiAgent"), true},
        {QStringLiteral("features.customLayouts"), true},
        {QStringLiteral("features.agentMarketplace"), true},
        {QStringLiteral("features.collaboration"), true},
        {QStringLiteral("features.advancedAnalytics"), true},
        {QStringLiteral("limits.maxAgents"), qint64(100)},
        {QStringLiteral("limits.maxLayouts"), qint64(50)},
        {QStringLiteral("limits.maxPaneCount"), qint64(9)},
        {QStringLiteral("limits.memoryLimit"), 1 * GiB},
        {QStringLiteral("limits.storageLimit"), 5 * GiB},
        {QStringLiteral("performance.cacheSize"), 100 * MiB},
        {QStringLiteral("sync.interval"), qint64(5000)},
    };
    static const QMap<QString, QVariant> production{
        {QStringLiteral("features.multiAgent"), true},
        {QStringLiteral("features.customLayouts"), true},
        {QStringLiteral("features.agentMarketplace"), false},
        {QStringLiteral("features.collaboration"), false},
        {QStringLiteral("features.advancedAnalytics"), true},
        {QStringLiteral("limits.maxAgents"), qint64(50)},
        {QStringLiteral("limits.maxLayouts"), qint64(25)},
        {QStringLiteral("limits.maxPaneCount"), qint64(9)},
        {QStringLiteral("limits.memoryLimit"), 512 * MiB},
        {QStringLiteral("limits.storageLimit"), 2 * GiB},
        {QStringLiteral("performance.cacheSize"), 50 * MiB},
        {QStringLiteral("sync.interval"), qint64(30000)},
    };
    if (name == QLatin1String("development"))
        return &development;
    if (name == QLatin1String("production"))
        return &production;
    return nullptr;
}

} // namespace Hubstate::Core
