#include "settingspage.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "settingrow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Hubstate::Ui {

SettingsPage::SettingsPage(const QString &pageId, Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_pageId(pageId)
{
    setObjectName(QStringLiteral("page:") + pageId);
    auto *layout = new QVBoxLayout(this);
    QList<const Core::SettingDefinition *> definitions;
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings()) {
        if (definition.page == pageId)
            definitions.append(&definition);
    }
    // Everyday settings first, advanced ones after, each in schema order.
    std::stable_partition(definitions.begin(), definitions.end(),
                          [](const Core::SettingDefinition *d) { return !d->isAdvanced(); });
    QString group;
    for (const Core::SettingDefinition *definition : std::as_const(definitions)) {
        if (definition->group != group) {
            group = definition->group;
            const QString title = groupTitle(group);
            auto *heading =
                new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
            heading->setAccessibleName(title);
            layout->addWidget(heading);
            m_headings.append(heading);
        }
        auto *row = new SettingRow(*definition, store, this);
        connect(row, &SettingRow::editRequested, this, &SettingsPage::editRequested);
        connect(row, &SettingRow::resetRequested, this, &SettingsPage::resetRequested);
        layout->addWidget(row);
        m_rows.append(row);
    }
    layout->addStretch(1);
}

QString SettingsPage::titleFor(const QString &pageId)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("appearance"), QT_TR_NOOP("Appearance")},
        {QStringLiteral("layout"), QT_TR_NOOP("Layout")},
        {QStringLiteral("notifications"), QT_TR_NOOP("Notifications")},
        {QStringLiteral("shortcuts"), QT_TR_NOOP("Keyboard shortcuts")},
        {QStringLiteral("accessibility"), QT_TR_NOOP("Accessibility")},
        {QStringLiteral("environment"), QT_TR_NOOP("Environment")},
        {QStringLiteral("sync"), QT_TR_NOOP("Synchronisation")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backups")},
        {QStringLiteral("privacy"), QT_TR_NOOP("Privacy")},
    };
    const char *title = titles.value(pageId);
    return title ? tr(title) : pageId;
}

QString SettingsPage::groupTitle(const QString &group)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("theme"), QT_TR_NOOP("Theme")},
        {QStringLiteral("preferences"), QT_TR_NOOP("Layouts")},
        {QStringLiteral("notifications"), QT_TR_NOOP("Notifications")},
        {QStringLiteral("shortcuts"), QT_TR_NOOP("Shortcuts")},
        {QStringLiteral("accessibility"), QT_TR_NOOP("Accessibility")},
        {QStringLiteral("environment"), QT_TR_NOOP("Environment")},
        {QStringLiteral("features"), QT_TR_NOOP("Features")},
        {QStringLiteral("limits"), QT_TR_NOOP("Resource limits")},
        {QStringLiteral("security"), QT_TR_NOOP("Security")},
        {QStringLiteral("performance"), QT_TR_NOOP("Performance (advanced)")},
        {QStringLiteral("layoutRules"), QT_TR_NOOP("Layout rules (advanced)")},
        {QStringLiteral("agentRules"), QT_TR_NOOP("Agent rules (advanced)")},
        {QStringLiteral("sync"), QT_TR_NOOP("Synchronisation")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backups")},
        {QStringLiteral("privacy"), QT_TR_NOOP("Privacy")},
    };
    const char *title = titles.value(group);
    return title ? tr(title) : group;
}

void SettingsPage::addPanel(QWidget *panel)
{
    panel->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_panels.size(), panel);
    m_panels.append(panel);
}

void SettingsPage::hideRow(const QString &key)
{
    m_hiddenKeys.insert(key);
    if (SettingRow *hidden = row(key))
        hidden->hide();
}

QString SettingsPage::title() const
{
    return titleFor(m_pageId);
}

SettingRow *SettingsPage::row(const QString &key) const
{
    for (SettingRow *row : m_rows) {
        if (row->key() == key)
            return row;
    }
    return nullptr;
}

int SettingsPage::filter(const QString &text)
{
    int matches = 0;
    for (SettingRow *row : std::as_const(m_rows)) {
        const bool match = !m_hiddenKeys.contains(row->key()) && row->matches(text);
        row->setVisible(match);
        row->setHighlighted(match && !text.isEmpty());
        matches += match ? 1 : 0;
    }
    for (QWidget *heading : std::as_const(m_headings))
        heading->setVisible(text.isEmpty());
    for (QWidget *panel : std::as_const(m_panels))
        panel->setVisible(text.isEmpty());
    return matches;
}

} // namespace Hubstate::Ui
