#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class SettingRow;

// A page of settings built from the schema: every setting whose page id is `pageId`, grouped
// under headings, advanced ones last. No page is wired by hand. Above them: the page's title,
// a "modified only" switch and "reset this page"; hand-made panels (addPanel) come next.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString &pageId, Core::PreferencesStore &store, QWidget *parent = nullptr);

    QString pageId() const { return m_pageId; }
    QString title() const;
    const QList<SettingRow *> &rows() const { return m_rows; }
    SettingRow *row(const QString &key) const;

    // A hand-made panel at the top of the page (the appearance preview), bound to the schema's
    // keys by itself. A panel that is a SettingEditorPanel takes the place of the rows of the
    // settings it edits.
    void addPanel(QWidget *panel);
    // The widget of a panel that edits `key` in place of its row; null when the row does.
    QWidget *editorFor(const QString &key) const;
    // A setting a panel of the page edits in its own way (the sync set-up replaces the raw
    // server address): its row is not shown, nor found by a search, nor reset with the page.
    void hideRow(const QString &key);

    // Shows only the rows matching `text` and marks the match in them; returns how many match.
    // "@modified" in the text keeps only the settings the user changed. While a search is on,
    // the page's panels are hidden and a line at the top says which.
    int filter(const QString &text);
    // Shows only the settings the user changed (the page's own switch).
    void setModifiedOnly(bool modifiedOnly);
    bool isModifiedOnly() const { return m_modifiedOnly; }
    // The keys "reset this page" would reset: changed by the user, shown, not locked.
    QStringList resettableKeys() const;

    static QString titleFor(const QString &pageId);
    static QString groupTitle(const QString &group);
    static inline const QString modifiedToken = QStringLiteral("@modified");

Q_SIGNALS:
    void editRequested(const QString &key, const QVariant &value);
    void resetRequested(const QString &key);
    // "Reset this page": one step to undo. When nothing is connected to it, the page asks for
    // each key by resetRequested() instead.
    void resetPageRequested(const QStringList &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Group
    {
        QWidget *heading = nullptr;
        QList<SettingRow *> rows;
    };
    void buildHeader();
    void sizeTitle();
    void applyFilter();
    qsizetype applyFilterCount(); // returns the rows matching the search
    void updateHeader();
    void resetPage();
    QString panelNames() const;

    Core::PreferencesStore &m_store;
    QString m_pageId;
    QList<SettingRow *> m_rows;
    QList<Group> m_groups;
    QList<QWidget *> m_panels; // hidden while searching
    QSet<QString> m_hiddenKeys;
    QHash<QString, QWidget *> m_editedBy; // key -> the SettingEditorPanel that edits it
    QString m_search;
    bool m_modifiedOnly = false;
    QLabel *m_title = nullptr;
    QCheckBox *m_modifiedSwitch = nullptr;
    QPushButton *m_resetPage = nullptr;
    QLabel *m_searchNote = nullptr; // "While you search, this page also hides: ..."
    QLabel *m_emptyNote = nullptr; // nothing to show under the current filter
    int m_fixedWidgets = 0; // header and notes, above the panels
};

} // namespace Hubstate::Ui
