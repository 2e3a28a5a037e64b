#pragma once

#include "core/backup/backupcatalog.h"

#include <QWidget>

namespace Hubstate::Ui {

// A small bar chart of backup sizes over time, oldest left, the newest backups only when there
// are many. Painted by hand (QtCharts is not a dependency); its accessible description says in
// words what the bars show.
class BackupSizeChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxBars = 60;

    explicit BackupSizeChart(QWidget *parent = nullptr);

    // Any order; quarantined backups are drawn but marked.
    void setRecords(const QList<Core::BackupRecord> &records);
    // What the chart shows, oldest first.
    const QList<Core::BackupRecord> &shown() const { return m_shown; }
    // The data in words (also the accessible description).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Core::BackupRecord> m_shown;
};

} // namespace Hubstate::Ui
