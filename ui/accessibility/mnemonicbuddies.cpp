#include "mnemonicbuddies.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QTextDocument>

namespace Hubstate::Ui {

namespace {

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal '&'
            continue;
        }
        return !text.at(i + 1).isSpace();
    }
    return false;
}

QWidget *firstControl(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *widget = item->widget())
        return (widget->focusPolicy() & Qt::TabFocus) ? widget : nullptr;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *found = firstControl(layout->itemAt(i)))
                return found;
        }
    }
    return nullptr;
}

} // namespace

bool MnemonicBuddies::showsAmpersand(const QLabel *label)
{
    return !label->buddy() && label->textFormat() != Qt::RichText
        && !(label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))
        && hasMnemonic(label->text());
}

int MnemonicBuddies::assign(QWidget *root)
{
    int assigned = 0;
    const auto give = [&assigned](QLabel *label, QWidget *control) {
        if (label && control && showsAmpersand(label)) {
            label->setBuddy(control);
            ++assigned;
        }
    };
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            give(labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr,
                 firstControl(form->itemAt(row, QFormLayout::FieldRole)));
        }
    }
    for (QBoxLayout *box : root->findChildren<QBoxLayout *>()) {
        for (int i = 0; i + 1 < box->count(); ++i) {
            auto *label = qobject_cast<QLabel *>(box->itemAt(i)->widget());
            if (label)
                give(label, firstControl(box->itemAt(i + 1)));
        }
    }
    return assigned;
}

} // namespace Hubstate::Ui
