#include "jumplist.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Hubstate::Ui {

// Every word typed must occur somewhere in the entry's words (name, page, key).
class JumpListFilter : public QSortFilterProxyModel
{
public:
    static constexpr int searchRole = JumpList::TargetRole + 1;

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString haystack = sourceModel()
                                     ->index(sourceRow, 0, sourceParent)
                                     .data(searchRole)
                                     .toString();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
    }

private:
    QStringList m_words;
};

JumpList::JumpList(QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new JumpListFilter(this))
{
    setObjectName(QStringLiteral("jumpList"));
    setWindowTitle(tr("Go to a page or setting"));
    m_field->setObjectName(QStringLiteral("jumpField"));
    m_field->setPlaceholderText(tr("Type a page or setting; Enter goes there"));
    m_field->setAccessibleName(tr("Go to"));
    m_field->setAccessibleDescription(
        tr("Type words of a page's or setting's name; Up and Down choose; Enter goes there"));
    m_field->installEventFilter(this);
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("jumpResults"));
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Pages and settings"));
    m_view->setAccessibleDescription(tr("Enter or a double click goes to the one chosen"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_count->setObjectName(QStringLiteral("jumpCount"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    resize(560, 420);

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setWords(text);
        if (m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
        updateCount();
    });
    connect(m_view, &QListView::activated, this, &JumpList::choose);
}

void JumpList::addPage(const QString &pageId, const QString &title)
{
    auto *item = new QStandardItem(tr("%1 (page)").arg(title));
    item->setData(int(Kind::Page), KindRole);
    item->setData(pageId, TargetRole);
    item->setData(QStringList{item->text(), pageId}.join(u' '), JumpListFilter::searchRole);
    // Pages before settings, whenever they are added.
    int row = 0;
    while (row < m_model->rowCount()
           && m_model->item(row)->data(KindRole).toInt() == int(Kind::Page))
        ++row;
    m_model->insertRow(row, item);
}

void JumpList::addSetting(const QString &key, const QString &label, const QString &pageTitle)
{
    auto *item = new QStandardItem(tr("%1 — %2").arg(label, pageTitle));
    item->setData(int(Kind::Setting), KindRole);
    item->setData(key, TargetRole);
    item->setToolTip(key);
    item->setData(QStringList{item->text(), key}.join(u' '), JumpListFilter::searchRole);
    m_model->appendRow(item);
}

void JumpList::clearEntries()
{
    m_model->clear();
}

void JumpList::start()
{
    m_field->clear();
    m_filter->setWords({});
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateCount();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

int JumpList::shownCount() const
{
    return m_filter->rowCount();
}

void JumpList::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(shown == 0 ? tr("Nothing is called \"%1\"").arg(m_field->text())
                                : tr("%n match(es)", nullptr, shown));
}

void JumpList::choose()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString target = current.data(TargetRole).toString();
    const bool page = current.data(KindRole).toInt() == int(Kind::Page);
    accept();
    if (page)
        Q_EMIT pageChosen(target);
    else
        Q_EMIT settingChosen(target);
}

bool JumpList::eventFilter(QObject *watched, QEvent *event)
{
    // The field keeps the focus; Up, Down, Page Up and Page Down move through the list.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_view, &forwarded);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter: choose(); return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Hubstate::Ui
