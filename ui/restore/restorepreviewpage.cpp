#include "restorepreviewpage.h"

#include "restorewizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::RestoreEngine;

RestorePreviewPage::RestorePreviewPage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("What would change"));
    setSubTitle(tr("Everything the backup holds, compared with the current state. The next page "
                   "chooses what to restore."));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("previewFilter"));
    m_filter->setAccessibleName(tr("Filter the changes"));
    m_filter->setPlaceholderText(tr("Type to filter: a key, a name, a value…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);

    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Part"), tr("Item"), tr("Change"), tr("Now"), tr("After the restore")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("Changes the restore would make"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
}

void RestorePreviewPage::initializePage()
{
    using Kind = RestoreEngine::ItemChange::Kind;
    const RestoreEngine::Preview &preview = m_wizard->fullPreview();
    m_model->removeRows(0, m_model->rowCount());
    m_filter->clear();
    const auto addRow = [this](const QString &part, const QString &item, const QString &change,
                               const QString &before, const QString &after) {
        QList<QStandardItem *> row;
        for (const QString &text : {part, item, change, before, after}) {
            auto *cell = new QStandardItem(text);
            cell->setEditable(false);
            row.append(cell);
        }
        m_model->appendRow(row);
    };
    const QString byDefault = tr("(default)");
    for (const RestoreEngine::SettingChange &change : preview.settings) {
        const QString kind = change.before.isEmpty() ? tr("set")
            : change.after.isEmpty()                 ? tr("back to the default")
                                                     : tr("changed");
        addRow(RestoreWizard::partTitle(RestoreEngine::Part::Settings), change.key, kind,
               change.before.isEmpty() ? byDefault : change.before,
               change.after.isEmpty() ? byDefault : change.after);
    }
    const auto items = [&](RestoreEngine::Part part,
                           const QList<RestoreEngine::ItemChange> &changes) {
        for (const RestoreEngine::ItemChange &change : changes) {
            const QString kind = change.kind == Kind::Added ? tr("added")
                : change.kind == Kind::Removed              ? tr("removed")
                                                            : tr("replaced");
            addRow(RestoreWizard::partTitle(part), tr("%1 (%2)").arg(change.name, change.id), kind,
                   change.kind == Kind::Added ? tr("absent") : tr("present"),
                   change.kind == Kind::Removed ? tr("absent") : tr("as in the backup"));
        }
    };
    items(RestoreEngine::Part::Layouts, preview.layouts);
    items(RestoreEngine::Part::Agents, preview.agents);
    const QList<std::pair<QString, QString>> counts{
        {QStringLiteral("conversations"), tr("conversations")},
        {QStringLiteral("messages"), tr("messages")}};
    for (const auto &[key, label] : counts) {
        const qint64 before = preview.countsBefore.value(key);
        const qint64 after = preview.countsAfter.value(key);
        addRow(RestoreWizard::partTitle(RestoreEngine::Part::History), label,
               before == after ? tr("unchanged") : tr("replaced"), QString::number(before),
               QString::number(after));
    }
    for (const QString &name : preview.secrets) {
        addRow(RestoreWizard::partTitle(RestoreEngine::Part::Secrets), name,
               tr("written to the keychain"), QString(), tr("(value not shown)"));
    }
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->resizeColumnToContents(column);

    const QString summary = preview.isEmpty()
        ? tr("The backup matches the current state: restoring it would change nothing.")
        : tr("Settings that differ: %1; layouts: %2; agents: %3. Conversations now: %4; in the "
             "backup: %5.")
              .arg(preview.settings.size())
              .arg(preview.layouts.size())
              .arg(preview.agents.size())
              .arg(preview.countsBefore.value(QStringLiteral("conversations")))
              .arg(preview.countsAfter.value(QStringLiteral("conversations")));
    const QString made = tr("Backup made %1 by Hubstate %2.")
                             .arg(QLocale().toString(m_wizard->manifest().createdAt.toLocalTime(),
                                                     QLocale::LongFormat),
                                  m_wizard->manifest().appVersion);
    m_summary->setText(made + u' ' + summary);
    m_summary->setAccessibleName(m_summary->text());
    m_filter->setFocus();
}

} // namespace Hubstate::Ui
