#include "settingspage.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "settingeditorpanel.h"
#include "settingrow.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

// The page's title with its controls beside it, or below it where the two do not fit side
// by side (a long title at 200% text): the header never makes the page scroll sideways.
class PageHeader : public QWidget
{
public:
    PageHeader(QLabel *title, QWidget *controls, QWidget *parent)
        : QWidget(parent)
        , m_title(title)
        , m_controls(controls)
        , m_grid(new QGridLayout(this))
    {
        m_grid->setContentsMargins(0, 0, 0, 0);
        m_grid->setColumnStretch(0, 1);
        m_title->setParent(this);
        m_controls->setParent(this);
        // The title never holds the header wide: the controls go below it first.
        m_title->setMinimumWidth(1);
        arrange(true);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        const int sideBySide = m_title->sizeHint().width() + m_grid->horizontalSpacing()
            + m_controls->sizeHint().width();
        if ((width() >= sideBySide) != m_sideBySide)
            arrange(!m_sideBySide);
    }

private:
    void arrange(bool sideBySide)
    {
        m_sideBySide = sideBySide;
        m_grid->removeWidget(m_title);
        m_grid->removeWidget(m_controls);
        m_grid->addWidget(m_title, 0, 0);
        if (sideBySide)
            m_grid->addWidget(m_controls, 0, 1, Qt::AlignRight);
        else
            m_grid->addWidget(m_controls, 1, 0, Qt::AlignLeft);
    }

    QLabel *m_title;
    QWidget *m_controls;
    QGridLayout *m_grid;
    bool m_sideBySide = true;
};

// The search's text without the "@modified" token, and whether the token was there.
QString searchTerm(const QString &search, bool *modifiedToken)
{
    QString term = search;
    *modifiedToken = term.contains(SettingsPage::modifiedToken, Qt::CaseInsensitive);
    term.remove(SettingsPage::modifiedToken, Qt::CaseInsensitive);
    return term.trimmed();
}

} // namespace

SettingsPage::SettingsPage(const QString &pageId, Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_pageId(pageId)
{
    setObjectName(QStringLiteral("page:") + pageId);
    auto *layout = new QVBoxLayout(this);
    buildHeader();
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
        if (m_groups.isEmpty() || definition->group != group) {
            group = definition->group;
            const QString title = groupTitle(group);
            auto *heading =
                new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
            heading->setObjectName(QStringLiteral("heading:") + group);
            heading->setAccessibleName(title);
            layout->addWidget(heading);
            m_groups.append(Group{heading, {}});
        }
        auto *row = new SettingRow(*definition, store, this);
        connect(row, &SettingRow::editRequested, this, &SettingsPage::editRequested);
        connect(row, &SettingRow::resetRequested, this, &SettingsPage::resetRequested);
        layout->addWidget(row);
        m_rows.append(row);
        m_groups.last().rows.append(row);
    }
    layout->addStretch(1);
    connect(&store, &Core::PreferencesStore::valueChanged, this, [this] {
        updateHeader();
        if (m_modifiedOnly || m_search.contains(modifiedToken, Qt::CaseInsensitive))
            applyFilter(); // a setting reset here or elsewhere leaves the filtered view
    });
    updateHeader();
}

void SettingsPage::buildHeader()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(titleFor(m_pageId), this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    sizeTitle();
    m_modifiedSwitch = new QCheckBox(tr("Modified only"), controls);
    m_modifiedSwitch->setObjectName(QStringLiteral("modifiedOnly"));
    m_modifiedSwitch->setAccessibleName(tr("Show only modified settings"));
    m_modifiedSwitch->setAccessibleDescription(
        tr("Hides the settings of this page that have the value below yours"));
    m_modifiedSwitch->setToolTip(m_modifiedSwitch->accessibleDescription());
    connect(m_modifiedSwitch, &QCheckBox::toggled, this, &SettingsPage::setModifiedOnly);
    row->addWidget(m_modifiedSwitch);
    m_resetPage = new QPushButton(tr("Reset this page"), controls);
    m_resetPage->setObjectName(QStringLiteral("resetPage"));
    m_resetPage->setAutoDefault(false);
    m_resetPage->setAccessibleName(tr("Reset every setting of %1").arg(titleFor(m_pageId)));
    m_resetPage->setAccessibleDescription(
        tr("Returns every changed setting of this page to the value below yours; Undo brings "
           "them back"));
    m_resetPage->setToolTip(m_resetPage->accessibleDescription());
    connect(m_resetPage, &QPushButton::clicked, this, &SettingsPage::resetPage);
    row->addWidget(m_resetPage);
    auto *header = new PageHeader(m_title, controls, this);
    header->setObjectName(QStringLiteral("pageHeader"));
    layout->addWidget(header);

    // A search hides the page's panels (not settings): said here, with a way back.
    m_searchNote = new QLabel(this);
    m_searchNote->setObjectName(QStringLiteral("searchNote"));
    m_searchNote->setWordWrap(true);
    m_searchNote->setTextFormat(Qt::RichText);
    m_searchNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_searchNote->setAccessibleDescription(tr("Parts of this page hidden by the search"));
    connect(m_searchNote, &QLabel::linkActivated, this, [this] {
        if (auto *search = window()->findChild<QLineEdit *>(QStringLiteral("searchField")))
            search->clear();
    });
    m_searchNote->hide();
    layout->addWidget(m_searchNote);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();
    layout->addWidget(m_emptyNote);
    m_fixedWidgets = layout->count();
}

// A third larger than the page's text, and larger again when the text grows (200% text).
void SettingsPage::sizeTitle()
{
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && m_title)
        sizeTitle();
    QWidget::changeEvent(event);
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
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_fixedWidgets + m_panels.size(), panel);
    m_panels.append(panel);
    if (const auto *editing = dynamic_cast<const SettingEditorPanel *>(panel)) {
        for (const QString &key : editing->editedKeys()) {
            m_hiddenKeys.insert(key);
            m_editedBy.insert(key, panel);
        }
        updateHeader();
    }
    applyFilter();
}

QWidget *SettingsPage::editorFor(const QString &key) const
{
    const auto *editing = dynamic_cast<const SettingEditorPanel *>(m_editedBy.value(key));
    return editing ? editing->editorFor(key) : nullptr;
}

void SettingsPage::hideRow(const QString &key)
{
    m_hiddenKeys.insert(key);
    applyFilter();
    updateHeader();
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
    m_search = text;
    return int(applyFilterCount());
}

void SettingsPage::setModifiedOnly(bool modifiedOnly)
{
    m_modifiedOnly = modifiedOnly;
    if (m_modifiedSwitch->isChecked() != modifiedOnly)
        m_modifiedSwitch->setChecked(modifiedOnly);
    applyFilter();
}

QStringList SettingsPage::resettableKeys() const
{
    QStringList keys;
    if (m_store.isReadOnly())
        return keys;
    for (const SettingRow *row : m_rows) {
        if (!m_hiddenKeys.contains(row->key()) && m_store.isModified(row->key())
            && !m_store.isLocked(row->key()))
            keys.append(row->key());
    }
    return keys;
}

void SettingsPage::resetPage()
{
    const QStringList keys = resettableKeys();
    if (keys.isEmpty())
        return;
    const bool hadFocus = m_resetPage->hasFocus();
    if (isSignalConnected(QMetaMethod::fromSignal(&SettingsPage::resetPageRequested))) {
        Q_EMIT resetPageRequested(keys);
    } else {
        for (const QString &key : keys)
            Q_EMIT resetRequested(key);
    }
    // The button is disabled now that nothing is left to reset: the focus stays on the page
    // rather than jumping to whatever comes next in the window.
    if (hadFocus && !m_resetPage->isEnabled())
        m_modifiedSwitch->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::updateHeader()
{
    const qsizetype resettable = resettableKeys().size();
    m_resetPage->setEnabled(resettable > 0);
    m_resetPage->setAccessibleDescription(
        resettable == 0 ? tr("No setting of this page differs from the value below yours")
                        : tr("Returns %1 changed setting(s) of this page to the value below "
                             "yours; Undo brings them back")
                              .arg(resettable));
}

void SettingsPage::applyFilter()
{
    (void)applyFilterCount();
}

qsizetype SettingsPage::applyFilterCount()
{
    bool onlyModified = false;
    const QString term = searchTerm(m_search, &onlyModified);
    const bool searching = !m_search.trimmed().isEmpty();
    qsizetype matches = 0;
    qsizetype shown = 0;
    QHash<QWidget *, QStringList> found; // panel -> the settings it edits that the search found
    for (SettingRow *row : std::as_const(m_rows)) {
        const bool modified = m_store.isModified(row->key());
        // A setting a panel edits is found as its row would be, and shown by that panel.
        if (QWidget *panel = m_editedBy.value(row->key());
            panel && searching && row->matches(term) && (!onlyModified || modified)) {
            found[panel].append(row->key());
            ++matches;
            shown += !m_modifiedOnly || modified ? 1 : 0;
        }
        const bool match =
            !m_hiddenKeys.contains(row->key()) && row->matches(term) && (!onlyModified || modified);
        const bool visible = match && (!m_modifiedOnly || modified);
        row->setVisible(visible);
        row->highlight(match ? term : QString());
        matches += match ? 1 : 0;
        shown += visible ? 1 : 0;
    }
    for (const Group &group : std::as_const(m_groups)) {
        const bool any = std::any_of(group.rows.cbegin(), group.rows.cend(),
                                     [this](SettingRow *row) { return row->isVisibleTo(this); });
        group.heading->setVisible(any);
    }
    for (QWidget *panel : std::as_const(m_panels)) {
        panel->setVisible(!searching || found.contains(panel));
        if (auto *editing = dynamic_cast<SettingEditorPanel *>(panel))
            editing->showOnlyEditorsOf(found.value(panel));
    }
    const QString hidden = panelNames();
    m_searchNote->setVisible(searching && !hidden.isEmpty());
    m_searchNote->setText(
        tr("While you search, this page also hides: %1. <a href=\"#clear\">Clear the search</a> "
           "to see them.")
            .arg(hidden.toHtmlEscaped()));
    m_searchNote->setAccessibleName(
        m_searchNote->isVisibleTo(this) ? tr("Hidden while searching: %1").arg(hidden) : QString());
    m_emptyNote->setVisible(shown == 0 && !m_rows.isEmpty());
    m_emptyNote->setText(m_modifiedOnly && !searching
                             ? tr("No setting on this page differs from the value below yours.")
                             : tr("No setting on this page matches."));
    return matches;
}

// What the panels are called, as their group boxes title them ("Back up, Backups").
QString SettingsPage::panelNames() const
{
    QStringList names;
    for (QWidget *panel : m_panels) {
        if (auto *box = qobject_cast<QGroupBox *>(panel)) {
            names.append(box->title().remove(u'&'));
            continue;
        }
        // A panel the search shows in part hides the rest.
        const bool partly = panel->isVisibleTo(this);
        if (partly && dynamic_cast<SettingEditorPanel *>(panel) == nullptr)
            continue;
        QStringList boxes;
        for (QGroupBox *box : panel->findChildren<QGroupBox *>()) {
            if (partly && box->isVisibleTo(this))
                continue;
            bool nested = false;
            for (QWidget *up = box->parentWidget(); up && up != panel; up = up->parentWidget())
                nested = nested || qobject_cast<QGroupBox *>(up);
            if (!nested && !box->title().isEmpty())
                boxes.append(box->title().remove(u'&'));
        }
        if (!boxes.isEmpty())
            names += boxes;
        else if (partly)
            continue;
        else if (!panel->accessibleName().isEmpty())
            names.append(panel->accessibleName());
        else
            names.append(tr("a panel"));
    }
    for (QString &name : names)
        name = tr("\"%1\"").arg(name);
    return names.join(QStringLiteral(", "));
}

} // namespace Hubstate::Ui
