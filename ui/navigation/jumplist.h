#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace Hubstate::Ui {

class JumpListFilter;

// "Go to" (Ctrl+K): a field and a list of every page and every setting by name; typing a few
// words narrows the list (every word must occur in the name, the page's title or the key),
// Up and Down choose, Enter goes there. Pages come first, then settings in page order.
class JumpList : public QDialog
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole, TargetRole };
    enum class Kind { Page, Setting };

    explicit JumpList(QWidget *parent = nullptr);

    void addPage(const QString &pageId, const QString &title);
    void addSetting(const QString &key, const QString &label, const QString &pageTitle);
    void clearEntries();

    // Opens with an empty field and the first entry chosen.
    void start();
    int shownCount() const;

Q_SIGNALS:
    void pageChosen(const QString &pageId);
    void settingChosen(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void updateCount();

    QLineEdit *m_field;
    QListView *m_view;
    QLabel *m_count;
    QStandardItemModel *m_model;
    JumpListFilter *m_filter;
};

} // namespace Hubstate::Ui
