#pragma once

#include <QStyledItemDelegate>

namespace Hubstate::Ui {

// Paints an item's rich text (a role holding HTML, such as a search hit's highlighted
// snippet), so the matching words stand out as they do on a search engine's result page.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SnippetDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace Hubstate::Ui
