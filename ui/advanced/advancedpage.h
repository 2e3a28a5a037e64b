#pragma once

#include <QMap>
#include <QVariant>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;
class QTimer;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// The whole configuration as JSON (the configuration document of `hubstate-cli config
// export`), highlighted, checked as one types: problems are underlined where they are and
// listed (Enter or a click jumps to line:column). Apply is possible only when the document is
// valid and asks the window for one undoable change; import loads a file into the editor for
// review, export writes the applied configuration.
class AdvancedPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdvancedPage(Core::PreferencesStore &store, QWidget *parent = nullptr);

    // Which highlighter the editor uses: "built-in" or "KF6 SyntaxHighlighting <version>".
    static QString highlighterName();

    QPlainTextEdit *editor() const { return m_editor; }
    void reload(); // the store's configuration, dropping unapplied edits
    void validateNow();
    [[nodiscard]] bool importFile(const QString &path); // into the editor; false if unreadable
    [[nodiscard]] bool exportFile(const QString &path); // the applied configuration
    bool isValid() const { return m_valid; }

Q_SIGNALS:
    // Only the keys whose value differs from the store's.
    void applyRequested(const QMap<QString, QVariant> &changes);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A fixed-width font at the size of the page's text (200% text makes it larger too).
    void fitEditorFont();
    void buildHighlighter();
    void jumpTo(int line, int column);
    void apply();
    void showMessage(const QString &message, bool problem);
    QPair<int, int> locate(const QString &path) const; // line, column of a document path

    Core::PreferencesStore &m_store;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_validateTimer = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QMap<QString, QVariant> m_pending; // valid values of the editor's document
    bool m_valid = true;
    bool m_loading = false;
};

} // namespace Hubstate::Ui
