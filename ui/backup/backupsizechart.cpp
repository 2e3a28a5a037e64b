#include "backupsizechart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Hubstate::Ui {

BackupSizeChart::BackupSizeChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("backupSizeChart"));
    setAccessibleName(tr("Backup sizes over time"));
    // Reachable by Tab so that a screen reader user hears the summary.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(summary());
}

void BackupSizeChart::setRecords(const QList<Core::BackupRecord> &records)
{
    m_shown = records;
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const Core::BackupRecord &a, const Core::BackupRecord &b) {
                         return a.createdAt < b.createdAt;
                     });
    if (m_shown.size() > maxBars)
        m_shown = m_shown.mid(m_shown.size() - maxBars);
    const QString text = summary();
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

QString BackupSizeChart::summary() const
{
    if (m_shown.isEmpty())
        return tr("No backups yet.");
    const QLocale locale;
    qint64 smallest = m_shown.first().size;
    qint64 largest = smallest;
    for (const Core::BackupRecord &record : m_shown) {
        smallest = std::min(smallest, record.size);
        largest = std::max(largest, record.size);
    }
    const auto date = [&locale](const QDateTime &when) -> QString {
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    };
    return tr("Backups: %1, from %2 to %3; smallest %4, largest %5, newest %6.")
        .arg(locale.toString(m_shown.size()), date(m_shown.first().createdAt),
             date(m_shown.last().createdAt), locale.formattedDataSize(smallest),
             locale.formattedDataSize(largest), locale.formattedDataSize(m_shown.last().size));
}

QSize BackupSizeChart::sizeHint() const
{
    return {480, 140};
}

QSize BackupSizeChart::minimumSizeHint() const
{
    return {160, 110};
}

void BackupSizeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.base());
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRect plot = rect().adjusted(8, line + 6, -8, -(line + 6));
    painter.setPen(colours.color(QPalette::Text));
    if (m_shown.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter, summary());
        return;
    }
    qint64 largest = 1;
    for (const Core::BackupRecord &record : std::as_const(m_shown))
        largest = std::max(largest, record.size);
    const QLocale locale;
    painter.drawText(QRect(8, 2, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                     locale.formattedDataSize(largest));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const qreal slot = qreal(plot.width()) / m_shown.size();
    const qreal barWidth = std::max<qreal>(1.0, slot * 0.7);
    QPainterPath trend;
    for (int i = 0; i < m_shown.size(); ++i) {
        const Core::BackupRecord &record = m_shown.at(i);
        const qreal height = qreal(plot.height()) * qreal(record.size) / qreal(largest);
        const QRectF bar(plot.left() + i * slot + (slot - barWidth) / 2, plot.bottom() - height,
                         barWidth, height);
        QColor fill = colours.color(QPalette::Highlight);
        if (record.state == Core::BackupRecord::State::Unverified)
            fill = colours.color(QPalette::Mid);
        else if (record.state == Core::BackupRecord::State::Quarantined)
            fill = QColor(0xc0, 0x39, 0x2b);
        painter.fillRect(bar, fill);
        const QPointF top(bar.center().x(), bar.top());
        if (i == 0)
            trend.moveTo(top);
        else
            trend.lineTo(top);
    }
    painter.setPen(QPen(colours.color(QPalette::Text), 1.5));
    painter.drawPath(trend);

    const QRect dates(8, plot.bottom() + 4, width() - 16, line);
    const auto date = [&locale](const QDateTime &when) -> QString {
        return locale.toString(when.toLocalTime().date(), QLocale::ShortFormat);
    };
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignVCenter, date(m_shown.first().createdAt));
    if (m_shown.size() > 1)
        painter.drawText(dates, Qt::AlignRight | Qt::AlignVCenter, date(m_shown.last().createdAt));
}

} // namespace Hubstate::Ui
