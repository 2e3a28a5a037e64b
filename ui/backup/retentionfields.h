#pragma once

#include "core/backup/destinationlist.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QSpinBox;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// A destination's retention of its own, as the destination dialog asks for it: "Keep backups
// here by own counts" and the four counts. Each count has the bounds of the page's setting it
// stands in for (backup.maxBackups, backup.keepDaily, ...); at its lowest, "default (N)", it is
// not given and that setting applies, so that a list written by hand or by the CLI with some
// counts only keeps its meaning when edited here.
class RetentionFields : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionFields(const Core::PreferencesStore &store, QWidget *parent = nullptr);

    // Empty: no counts of its own.
    void setRetention(const std::optional<Core::BackupDestination::Retention> &retention);
    std::optional<Core::BackupDestination::Retention> retention() const;
    // Read-only while the administrator locks the list, or while the dialog waits.
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    void updateCounts();

    QCheckBox *m_own = nullptr;
    QWidget *m_counts = nullptr;
    QSpinBox *m_keep[4] = {}; // last, daily, weekly, monthly
    bool m_editable = true;
};

} // namespace Hubstate::Ui
