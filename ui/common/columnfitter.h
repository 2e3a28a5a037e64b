#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;
class QHeaderView;

namespace Hubstate::Ui {

// Keeps the main column of a table or a tree readable at any text size: the view is never
// made narrower than that column needs (its title whole, and some characters of its cells),
// and the other columns, most wanted first, are shown only while the main column keeps that
// room beside them. Hidden columns come back when the view is widened or the text made
// smaller; what they hold should be in the main column's tooltip too.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // The main column stretches and keeps at least `mainCharacters` characters of room.
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, int mainColumn, int mainCharacters);

    // The next column to show while there is room, as wide as its title and contents; no
    // wider than `widest` takes when one is given (the cells elide beyond it).
    void addColumn(int column, const QString &widest = {});

    // Places the columns for the view's present width, font and contents.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        int column;
        QString widest;
    };

    int mainMinimum() const;
    int width(const Column &column) const;
    int textMargins() const;
    void fitLater();

    QPointer<QAbstractItemView> m_view;
    QPointer<QHeaderView> m_header;
    int m_main;
    int m_mainCharacters;
    QList<Column> m_columns;
    bool m_pending = false;
};

} // namespace Hubstate::Ui
