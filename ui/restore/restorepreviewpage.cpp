#include "restorepreviewpage.h"

#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"
#include "restorewizard.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::RestoreEngine;

namespace {

// A value as people read it: on/off, a size in MiB, a time in seconds or minutes, a key
// sequence as the keyboard names it; `raw` as the settings file holds it.
QString readable(const Core::SettingDefinition &definition, const QVariant &value)
{
    using Core::SettingType;
    switch (definition.type) {
    case SettingType::Bool:
        return value.toBool() ? RestorePreviewPage::tr("on") : RestorePreviewPage::tr("off");
    case SettingType::Integer: {
        const qint64 number = value.toLongLong();
        if (definition.unit == QLatin1String("bytes"))
            return QLocale().formattedDataSize(number, 1, QLocale::DataSizeIecFormat);
        if (definition.unit == QLatin1String("ms")) {
            if (number >= 60000 && number % 60000 == 0)
                return RestorePreviewPage::tr("%1 min").arg(number / 60000);
            if (number >= 1000 && number % 1000 == 0)
                return RestorePreviewPage::tr("%1 s").arg(number / 1000);
        }
        if (definition.unit.isEmpty())
            return QLocale().toString(number);
        return RestorePreviewPage::tr("%1 %2").arg(QLocale().toString(number), definition.unit);
    }
    case SettingType::KeySequence: {
        const QString text = value.toString();
        return text.isEmpty()
            ? RestorePreviewPage::tr("none")
            : QKeySequence(text, QKeySequence::PortableText).toString(QKeySequence::NativeText);
    }
    case SettingType::Text:
        return value.toString().isEmpty() ? RestorePreviewPage::tr("empty") : value.toString();
    case SettingType::Choice:
    case SettingType::Color: return value.toString();
    }
    return value.toString();
}

QString settingValue(const Core::SettingDefinition *definition, const QString &raw)
{
    if (!definition)
        return raw;
    if (raw.isEmpty()) // not in the file: the default applies
        return RestorePreviewPage::tr("%1 (the default)")
            .arg(readable(*definition, definition->defaultValue));
    QVariant value;
    if (Core::SettingValidator::parseText(*definition, raw, &value))
        return raw; // a value the rules refuse is shown as it is written
    return readable(*definition, value);
}

} // namespace

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

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Part"), tr("Item"), tr("Change"), tr("Now"), tr("After the restore"), tr("Key")});
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
    // The key and the id stay searchable by the filter without taking room.
    m_view->setColumnHidden(KeyColumn, true);
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
                               const QString &before, const QString &after,
                               const QString &key = {}) {
        QList<QStandardItem *> row;
        for (const QString &text : {part, item, change, before, after, key}) {
            auto *cell = new QStandardItem(text);
            cell->setEditable(false);
            row.append(cell);
        }
        if (!key.isEmpty())
            row.at(ItemColumn)->setToolTip(key);
        m_model->appendRow(row);
    };
    const Core::SettingsSchema &schema = Core::SettingsSchema::instance();
    for (const RestoreEngine::SettingChange &change : preview.settings) {
        const Core::SettingDefinition *definition = schema.find(change.key);
        const QString kind = change.before.isEmpty() ? tr("set")
            : change.after.isEmpty()                 ? tr("back to the default")
                                                     : tr("changed");
        addRow(RestoreWizard::partTitle(RestoreEngine::Part::Settings),
               definition ? definition->translatedLabel() : change.key, kind,
               settingValue(definition, change.before), settingValue(definition, change.after),
               change.key);
    }
    // Names tell layouts and agents apart; the id only when two share a name.
    const auto items = [&](RestoreEngine::Part part,
                           const QList<RestoreEngine::ItemChange> &changes) {
        QHash<QString, int> named;
        for (const RestoreEngine::ItemChange &change : changes)
            ++named[change.name];
        for (const RestoreEngine::ItemChange &change : changes) {
            const QString kind = change.kind == Kind::Added ? tr("added")
                : change.kind == Kind::Removed              ? tr("removed")
                                                            : tr("replaced");
            const QString name = change.name.isEmpty() ? change.id
                : named.value(change.name) > 1 ? tr("%1 (%2)").arg(change.name, change.id.left(8))
                                               : change.name;
            addRow(RestoreWizard::partTitle(part), name, kind,
                   change.kind == Kind::Added ? tr("absent") : tr("present"),
                   change.kind == Kind::Removed ? tr("absent") : tr("as in the backup"), change.id);
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
    for (int column = 0; column < KeyColumn; ++column)
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
