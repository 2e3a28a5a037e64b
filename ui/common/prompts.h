#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace Hubstate::Ui {

// Every question a dialog puts to the user, every message box and every file chooser of the
// dialogs goes through here: one seam for tests, which script the answers (setNextAnswer,
// setNextFile) instead of reaching into dialogs through public members. Scripted, nothing is
// shown; what would have been shown is recorded, in order (shown()).
class Prompts
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString detail; // a second paragraph, smaller
        QString acceptText; // the button that goes ahead ("&Roll back")
        QString rejectText; // the one that leaves things as they are ("&Keep the restore")
        QMessageBox::Icon icon = QMessageBox::Question;
        // Enter answers "reject" unless this says otherwise: nothing that cannot be undone
        // happens by a stray Enter.
        bool acceptIsDefault = false;
    };

    // True when the user chose acceptText.
    static bool ask(QWidget *parent, const Question &question);
    // A question with more than two answers (Save, Discard, Cancel); Escape gives `escape`.
    static QMessageBox::StandardButton choose(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton,
                                              QMessageBox::StandardButton escape);
    static void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                     const QString &text);
    // Empty: cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &folder,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filter);
    // A folder; scripted by setNextFile too.
    static QString chooseFolder(QWidget *parent, const QString &title, const QString &folder);

    // For tests. Either call makes the prompts scripted.
    static void setNextAnswer(bool accept);
    static void setNextAnswer(QMessageBox::StandardButton button); // for choose()
    static void setNextFile(const QString &file);
    // Scripted: nothing is shown; tell() is only recorded, and a question or file chooser
    // without a scripted answer is refused or cancelled (and a warning names it).
    static void setScripted(bool scripted);
    static bool isScripted();
    // Each question and message as "title: text", each file chooser as "title: the folder or
    // file it proposed", in the order they came.
    static QStringList shown();
    static int unusedAnswers(); // answers and files scripted but not asked for
    static void reset(); // not scripted, nothing recorded or pending
};

} // namespace Hubstate::Ui
