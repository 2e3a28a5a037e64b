#include "prompts.h"

#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

namespace Hubstate::Ui {

namespace {

struct Script
{
    bool scripted = false;
    QQueue<QMessageBox::StandardButton> answers; // ask(): Yes or No
    QQueue<QString> files;
    QStringList shown;
};

Script &script()
{
    static Script instance;
    return instance;
}

void record(const QString &title, const QString &text)
{
    script().shown.append(title.isEmpty() ? text : title + QStringLiteral(": ") + text);
}

std::optional<QString> scriptedFile(const QString &title, const QString &proposed)
{
    Script &s = script();
    if (!s.scripted)
        return std::nullopt;
    record(title, proposed);
    if (s.files.isEmpty()) {
        qWarning("Prompts: no file scripted for \"%s\"; cancelled", qPrintable(title));
        return QString();
    }
    return s.files.dequeue();
}

} // namespace

bool Prompts::ask(QWidget *parent, const Question &question)
{
    Script &s = script();
    if (s.scripted) {
        record(question.title, question.text);
        if (s.answers.isEmpty()) {
            qWarning("Prompts: no answer scripted for \"%s\"; refused", qPrintable(question.text));
            return false;
        }
        return s.answers.dequeue() == QMessageBox::Yes;
    }
    QMessageBox box(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box.setInformativeText(question.detail);
    QPushButton *accept = box.addButton(question.acceptText, QMessageBox::AcceptRole);
    QPushButton *reject = box.addButton(question.rejectText, QMessageBox::RejectRole);
    accept->setAccessibleName(QString(question.acceptText).remove(u'&'));
    reject->setAccessibleName(QString(question.rejectText).remove(u'&'));
    box.setDefaultButton(question.acceptIsDefault ? accept : reject);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept;
}

QMessageBox::StandardButton Prompts::choose(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            QMessageBox::StandardButton escape)
{
    Script &s = script();
    if (s.scripted) {
        record(title, text);
        if (s.answers.isEmpty()) {
            qWarning("Prompts: no answer scripted for \"%s\"; refused", qPrintable(text));
            return escape;
        }
        return s.answers.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(escape);
    const int answer = box.exec();
    return buttons.testFlag(QMessageBox::StandardButton(answer))
        ? QMessageBox::StandardButton(answer)
        : escape;
}

void Prompts::tell(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                   const QString &text)
{
    if (script().scripted) {
        record(title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

QString Prompts::openFile(QWidget *parent, const QString &title, const QString &folder,
                          const QString &filter)
{
    if (std::optional<QString> file = scriptedFile(title, folder))
        return *file;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter)
{
    if (std::optional<QString> file = scriptedFile(title, suggested))
        return *file;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Prompts::chooseFolder(QWidget *parent, const QString &title, const QString &folder)
{
    if (std::optional<QString> chosen = scriptedFile(title, folder))
        return *chosen;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

void Prompts::setNextAnswer(bool accept)
{
    script().scripted = true;
    script().answers.enqueue(accept ? QMessageBox::Yes : QMessageBox::No);
}

void Prompts::setNextAnswer(QMessageBox::StandardButton button)
{
    script().scripted = true;
    script().answers.enqueue(button);
}

void Prompts::setNextFile(const QString &file)
{
    script().scripted = true;
    script().files.enqueue(file);
}

void Prompts::setScripted(bool scripted)
{
    script().scripted = scripted;
}

bool Prompts::isScripted()
{
    return script().scripted;
}

QStringList Prompts::shown()
{
    return script().shown;
}

int Prompts::unusedAnswers()
{
    return int(script().answers.size() + script().files.size());
}

void Prompts::reset()
{
    script() = Script();
}

} // namespace Hubstate::Ui
