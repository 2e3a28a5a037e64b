#pragma once

#include "core/sync/syncengine.h"

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Hubstate::Core {
class SyncScheduler;
}

namespace Hubstate::Ui {

// The conflicts that wait for the user (and, with "Show resolved", those resolved or settled
// by last write wins, whose losing value can be put back): a list, and for the one selected
// this device's value, the common base and the other device's side by side, the fields changed
// on both sides marked. "Keep mine" (Alt+M) and "Take theirs" (Alt+T) resolve it; Enter in the
// list goes to them. The engine is asked on the scheduler's worker, never on the GUI thread.
class SyncConflictsView : public QGroupBox
{
    Q_OBJECT

public:
    using Conflict = Core::SyncEngine::Conflict;

    explicit SyncConflictsView(Core::SyncScheduler &scheduler, QWidget *parent = nullptr);

    const QList<Conflict> &conflicts() const { return m_conflicts; }
    const Conflict *selected() const;

public Q_SLOTS:
    // Asks the engine for the conflicts again.
    void reload();
    void keepMine();
    void takeTheirs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showConflicts(const QList<Conflict> &conflicts);
    void showSelected();
    void resolve(Core::SyncEngine::Resolution resolution);
    void updateActions();
    void setMessage(const QString &text);

    Core::SyncScheduler &m_scheduler;
    QList<Conflict> m_conflicts;
    bool m_reloading = false;
    bool m_reloadAgain = false;
    bool m_resolving = false;
    QCheckBox *m_showResolved = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QWidget *m_sides = nullptr; // the three values, shown while one is selected
    QLabel *m_mineLabel = nullptr;
    QLabel *m_baseLabel = nullptr;
    QLabel *m_theirsLabel = nullptr;
    QPlainTextEdit *m_mine = nullptr;
    QPlainTextEdit *m_base = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Hubstate::Ui
