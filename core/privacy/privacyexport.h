#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Hubstate::Core {

class PreferencesStore;
class StateDatabase;

// Something the export did not write, and why (the manifest and the summary list these).
struct ExportOmission
{
    QString item; // "settings/sync.serverUrl", "secrets/agent.scout.apiKey", "history"
    QString reason; // translated
};

struct PrivacyExportReport
{
    QString file;
    QStringList categories; // written, in order
    QMap<QString, qint64> counts; // category -> records written
    QList<ExportOmission> omissions;
};

// "Export my data": a ZIP (written atomically) with one JSON file per chosen category, a
// manifest.json listing what was written and what was left out and why, and a readable
// summary.md. Settings follow the schema's export rules (include / redact / never; keys the
// schema does not know are never exported). Secrets are never read: the secrets category lists
// the names the secret index holds. History is streamed, so memory stays bounded.
class PrivacyExport
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PrivacyExport)

public:
    // `database` may be null (no database yet): its categories are then empty.
    PrivacyExport(const PreferencesStore &store, StateDatabase *database);

    // Stable ids: settings, layouts, agents, history, connections, metrics, secrets.
    static QStringList categories();
    static QString categoryTitle(const QString &category); // translated
    // Error::invalidInput naming the unknown id.
    [[nodiscard]] static Status checkCategories(const QStringList &categories);

    [[nodiscard]] Result<PrivacyExportReport> write(const QString &file,
                                                    const QStringList &categories) const;

private:
    const PreferencesStore &m_store;
    StateDatabase *m_database;
};

} // namespace Hubstate::Core
