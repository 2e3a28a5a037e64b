#pragma once

#include <QMainWindow>
#include <QPalette>

namespace Hubstate {
class Client;
}
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;

// The hub's window: the default layout's panes with their agents, in Hubstate's theme. Typing in
// a pane and pressing Enter adds the text to the pane's conversation in the history. Whatever
// changes in Hubstate (its window, the CLI, a restore, another hub) shows at once.
class HubWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `printChanges`: one line on stdout for every theme or layout applied (for scripts and tests).
    HubWindow(Hubstate::Client &client, bool printChanges, QWidget *parent = nullptr);

private:
    void applyTheme();
    void rebuildPanes();
    void send(QLineEdit *input, QPlainTextEdit *log, const QString &conversationId,
              const QString &agentId);
    void print(const QString &line);

    Hubstate::Client &m_client;
    bool m_printChanges = false;
    QPalette m_desktopPalette;
    QFont m_desktopFont;
    QString m_layoutId; // the layout shown
};
