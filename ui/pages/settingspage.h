#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class SettingRow;

// A page of settings built from the schema: every setting whose page id is `pageId`, grouped
// under headings, advanced ones last. No page is wired by hand.
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
    // keys by itself.
    void addPanel(QWidget *panel);
    // A setting a panel of the page edits in its own way (the sync set-up replaces the raw
    // server address): its row is not shown, nor found by a search.
    void hideRow(const QString &key);

    // Shows only the rows matching `text`; returns how many match.
    int filter(const QString &text);

    static QString titleFor(const QString &pageId);
    static QString groupTitle(const QString &group);

Q_SIGNALS:
    void editRequested(const QString &key, const QVariant &value);
    void resetRequested(const QString &key);

private:
    QString m_pageId;
    QList<SettingRow *> m_rows;
    QList<QWidget *> m_headings;
    QList<QWidget *> m_panels; // hidden while searching
    QSet<QString> m_hiddenKeys;
};

} // namespace Hubstate::Ui
