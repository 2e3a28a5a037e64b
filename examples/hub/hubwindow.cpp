#include "hubwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>
#include <cstdio>
#include <hubstate/hubstate.h>

HubWindow::HubWindow(Hubstate::Client &client, bool printChanges, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_printChanges(printChanges)
    , m_desktopPalette(QApplication::palette())
    , m_desktopFont(QApplication::font())
{
    resize(960, 600);
    applyTheme();
    rebuildPanes();

    // Follow every change, whoever made it.
    connect(&m_client, &Hubstate::Client::settingChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("preferences.theme.")))
            applyTheme();
        else if (key == QLatin1String("preferences.layout.defaultLayout"))
            rebuildPanes();
    });
    connect(&m_client, &Hubstate::Client::layoutChanged, this, [this](const QString &id) {
        if (id == m_layoutId || id == m_client.defaultLayoutId())
            rebuildPanes();
    });
    connect(&m_client, &Hubstate::Client::agentChanged, this, [this] { rebuildPanes(); });
    connect(&m_client, &Hubstate::Client::historyChanged, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Conversation %1 changed").arg(id), 3000);
    });
    connect(&m_client, &Hubstate::Client::reloaded, this, [this] {
        applyTheme();
        rebuildPanes();
    });
}

void HubWindow::print(const QString &line)
{
    if (!m_printChanges)
        return;
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void HubWindow::applyTheme()
{
    const auto text = [this](const char *key) {
        return m_client.settingText(QLatin1String("preferences.theme.") + QLatin1String(key))
            .valueOr(QString());
    };
    const QString mode = text("mode");
    const QString accentName = text("accentColor");
    const QString fontSize = text("fontSize");
    const bool highContrast = text("highContrast") == QLatin1String("true");
    const bool reducedMotion = text("reducedMotion") == QLatin1String("true");

    // "auto" follows the desktop, as far as its palette tells light from dark.
    const bool dark = mode == QLatin1String("dark")
        || (mode == QLatin1String("auto")
            && m_desktopPalette.color(QPalette::Window).lightness() < 128);
    const QColor accent(accentName);
    QPalette palette = m_desktopPalette;
    const QColor window = dark ? (highContrast ? Qt::black : QColor(0x2a, 0x2e, 0x32))
                               : (highContrast ? Qt::white : QColor(0xef, 0xf0, 0xf1));
    const QColor base = dark ? (highContrast ? Qt::black : QColor(0x1b, 0x1e, 0x20)) : Qt::white;
    const QColor foreground =
        dark ? Qt::white : (highContrast ? Qt::black : QColor(0x23, 0x26, 0x29));
    for (const auto role : {QPalette::Window, QPalette::Button})
        palette.setColor(role, window);
    palette.setColor(QPalette::Base, base);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, foreground);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::HighlightedText, accent.lightness() > 150 ? Qt::black : Qt::white);
    QApplication::setPalette(palette);

    QFont font = m_desktopFont;
    const double base10 = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(base10
                       * (fontSize == QLatin1String("small")       ? 0.875
                              : fontSize == QLatin1String("large") ? 1.25
                                                                   : 1.0));
    QApplication::setFont(font);

    // Reduced motion: no animation at all.
    for (const auto effect :
         {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
          Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QApplication::setEffectEnabled(effect, !reducedMotion);

    print(QStringLiteral("theme mode=%1 accent=%2 fontSize=%3 highContrast=%4 reducedMotion=%5")
              .arg(mode, accentName, fontSize,
                   highContrast ? QStringLiteral("true") : QStringLiteral("false"),
                   reducedMotion ? QStringLiteral("true") : QStringLiteral("false")));
}

void HubWindow::rebuildPanes()
{
    // The default layout; if it is gone, the first one there is.
    Hubstate::Result<QJsonObject> layout = m_client.layout(m_client.defaultLayoutId());
    if (!layout) {
        const QList<Hubstate::LayoutSummary> all = m_client.layouts().valueOr({});
        if (!all.isEmpty())
            layout = m_client.layout(all.first().id);
    }
    auto *central = new QWidget;
    auto *grid = new QGridLayout(central);
    QStringList shown;
    if (!layout) {
        m_layoutId.clear();
        grid->addWidget(new QLabel(layout.error().message), 0, 0);
        shown.append(QStringLiteral("none"));
    } else {
        m_layoutId = layout->value(QStringLiteral("id")).toString();
        setWindowTitle(tr("Hub: %1").arg(layout->value(QStringLiteral("name")).toString()));
        const QJsonArray panes = layout->value(QStringLiteral("panes")).toArray();
        for (qsizetype index = 0; index < panes.size(); ++index) {
            const QJsonObject pane = panes.at(index).toObject();
            const QJsonObject cell = pane.value(QStringLiteral("cell")).toObject();
            const QString agentId = pane.value(QStringLiteral("agentId")).toString();
            const Hubstate::Result<Hubstate::Agent> agent = m_client.agent(agentId);
            const QString agentName = agentId.isEmpty() ? tr("no agent")
                : agent                                 ? agent->name
                                                        : tr("%1 (not configured)").arg(agentId);
            const QString title = pane.value(QStringLiteral("title")).toString();

            auto *box = new QGroupBox(QStringLiteral("%1: %2").arg(title, agentName));
            auto *column = new QVBoxLayout(box);
            auto *log = new QPlainTextEdit;
            log->setReadOnly(true);
            auto *input = new QLineEdit;
            column->addWidget(log, 1);
            column->addWidget(input);
            if (agentId.isEmpty()) {
                input->setEnabled(false);
                input->setPlaceholderText(tr("Assign an agent to this pane in Hubstate"));
            } else {
                input->setPlaceholderText(tr("Message to %1; Enter sends").arg(agentName));
                // One conversation per pane of this layout, continued from run to run.
                const QString conversation =
                    QStringLiteral("hub-%1-pane-%2").arg(m_layoutId).arg(index + 1);
                connect(input, &QLineEdit::returnPressed, this,
                        [this, input, log, conversation, agentId] {
                            send(input, log, conversation, agentId);
                        });
            }
            grid->addWidget(box, cell.value(QStringLiteral("row")).toInt(),
                            cell.value(QStringLiteral("column")).toInt(),
                            cell.value(QStringLiteral("rowSpan")).toInt(1),
                            cell.value(QStringLiteral("columnSpan")).toInt(1));
            shown.append(QStringLiteral("%1 (%2)").arg(title, agentName));
        }
    }
    setCentralWidget(central); // the old panes go with the old widget
    print(QStringLiteral("layout %1 \"%2\": %3")
              .arg(m_layoutId,
                   layout ? layout->value(QStringLiteral("name")).toString() : QString(),
                   shown.join(QStringLiteral(" | "))));
}

void HubWindow::send(QLineEdit *input, QPlainTextEdit *log, const QString &conversationId,
                     const QString &agentId)
{
    const QString text = input->text().trimmed();
    if (text.isEmpty())
        return;
    Hubstate::HistoryMessage message;
    message.conversationId = conversationId;
    message.agentId = agentId;
    message.role = QStringLiteral("user");
    message.content = text;
    message.timestamp = QDateTime::currentDateTimeUtc();
    if (const Hubstate::Result<qint64> added = m_client.appendMessage(message); !added) {
        statusBar()->showMessage(added.error().message);
        return;
    }
    log->appendPlainText(text);
    input->clear();
}
