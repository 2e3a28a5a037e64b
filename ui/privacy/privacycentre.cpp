#include "privacycentre.h"

#include "core/backup/destinationlist.h"
#include "core/privacy/privacydelete.h"
#include "core/privacy/privacyexport.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"
#include "ui/common/flowlayout.h"
#include "ui/common/prompts.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hubstate::Ui {

PrivacyCentre::PrivacyCentre(const Core::Profile &profile, Core::PreferencesStore &store,
                             Core::StateDatabase &database, const Core::SecretStore &secrets,
                             QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_store(store)
    , m_database(database)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("privacyCentre"));
    auto *statement = new QLabel(
        tr("Hubstate sends nothing anywhere, whatever the switches below say: no telemetry, "
           "analytics, crash reports or usage data leave this computer, and nothing is shared "
           "with anyone. The switches only record your choice for the orchestrator hub."),
        this);
    statement->setObjectName(QStringLiteral("privacyStatement"));
    statement->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(statement);
    layout->addWidget(buildExport());
    layout->addWidget(buildDelete());
}

PrivacyCentre::~PrivacyCentre() = default;

QString PrivacyCentre::confirmationWord()
{
    //: The word a user types to confirm deleting all their data; keep it short, in capitals.
    return tr("DELETE");
}

QWidget *PrivacyCentre::buildExport()
{
    auto *box = new QGroupBox(tr("Export my data"), this);
    auto *layout = new QVBoxLayout(box);
    auto *explanation = new QLabel(
        tr("Writes a ZIP file with one JSON file per category, a manifest of what was left out "
           "and why, and a readable summary. Secret values (API keys, passwords) are never "
           "included; only the names of stored secrets are listed."),
        box);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    // The categories wrap as the page narrows (200% text): no column of them may widen it.
    auto *categories = new FlowLayout;
    for (const QString &category : Core::PrivacyExport::categories()) {
        auto *check = new QCheckBox(Core::PrivacyExport::categoryTitle(category), box);
        check->setObjectName(QStringLiteral("exportCategory_") + category);
        check->setChecked(true);
        categories->addWidget(check);
        m_categories.insert(category, check);
        connect(check, &QCheckBox::toggled, this, [this] {
            bool any = false;
            for (const QCheckBox *other : std::as_const(m_categories))
                any = any || other->isChecked();
            m_exportButton->setEnabled(any);
        });
    }
    layout->addLayout(categories);
    m_exportButton = new QPushButton(tr("E&xport my data…"), box);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    m_exportResult = new QLabel(box);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextFormat(Qt::PlainText);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_exportResult);
    connect(m_exportButton, &QPushButton::clicked, this, &PrivacyCentre::exportData);
    return box;
}

QWidget *PrivacyCentre::buildDelete()
{
    auto *box = new QGroupBox(tr("Delete my data"), this);
    auto *layout = new QVBoxLayout(box);
    auto *explanation = new QLabel(
        tr("Deletes everything listed below for good: settings, the database with its side "
           "files, caches, logs, and this profile's keychain entries. Hubstate then checks that "
           "nothing is left and closes."),
        box);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_includeBackups = new QCheckBox(tr("Also delete local &backups and their catalog"), box);
    m_includeBackups->setObjectName(QStringLiteral("includeBackups"));
    layout->addWidget(m_includeBackups);
    m_stores = new QTreeWidget(box);
    m_stores->setObjectName(QStringLiteral("deleteStores"));
    m_stores->setAccessibleName(tr("What will be deleted"));
    m_stores->setHeaderLabels({tr("What"), tr("Where"), tr("Size")});
    m_stores->setRootIsDecorated(false);
    m_stores->setMinimumHeight(160);
    m_stores->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stores->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_stores->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_stores->header()->setStretchLastSection(false);
    layout->addWidget(m_stores);
    m_kept = new QLabel(box);
    m_kept->setObjectName(QStringLiteral("keptStores"));
    m_kept->setWordWrap(true);
    m_kept->setTextFormat(Qt::PlainText);
    m_kept->hide();
    layout->addWidget(m_kept);
    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(confirmationWord()), box);
    m_confirmation = new QLineEdit(box);
    m_confirmation->setObjectName(QStringLiteral("deleteConfirmation"));
    m_confirmation->setAccessibleName(prompt->text());
    prompt->setBuddy(m_confirmation);
    // The prompt above the field: beside it, the row would widen the page at 200% text.
    layout->addWidget(prompt);
    auto *row = new QHBoxLayout;
    row->addWidget(m_confirmation, 1);
    m_deleteButton = new QPushButton(tr("&Delete my data"), box);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setEnabled(false);
    row->addWidget(m_deleteButton);
    layout->addLayout(row);
    m_deleteResult = new QLabel(box);
    m_deleteResult->setObjectName(QStringLiteral("deleteResult"));
    m_deleteResult->setWordWrap(true);
    m_deleteResult->setTextFormat(Qt::PlainText);
    m_deleteResult->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_deleteResult);

    connect(m_includeBackups, &QCheckBox::toggled, this, &PrivacyCentre::refreshStores);
    connect(m_confirmation, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_deleteButton->setEnabled(!m_deleted && text.trimmed() == confirmationWord());
    });
    connect(m_confirmation, &QLineEdit::returnPressed, this, [this] {
        if (m_deleteButton->isEnabled())
            deleteData();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &PrivacyCentre::deleteData);
    return box;
}

void PrivacyCentre::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_deleted)
        refreshStores();
}

QStringList PrivacyCentre::keychainEntries(QString *problem) const
{
    Core::StateDatabase *database = m_database.connection().isOpen() ? &m_database : nullptr;
    Core::Result<QStringList> names = Core::PrivacyDelete::keychainEntries(
        database, Core::BackupDestinations::locations(m_store));
    if (!names) {
        *problem = names.error().message;
        return {};
    }
    return *names;
}

void PrivacyCentre::refreshStores()
{
    QString problem;
    const QStringList names = keychainEntries(&problem);
    const Core::PrivacyDelete deletion(m_profile, m_secrets, names);
    m_stores->clear();
    for (const Core::DataStore &item : deletion.stores(m_includeBackups->isChecked())) {
        auto *entry = new QTreeWidgetItem(m_stores);
        entry->setText(0, item.kindTitle());
        entry->setText(1, item.location);
        entry->setText(2, item.bytes < 0 ? QString() : QLocale().formattedDataSize(item.bytes));
    }
    const QString kept = keptText(deletion.keptStores(m_includeBackups->isChecked()));
    const QString keptNote = kept.isEmpty()
        ? QString()
        : tr("Kept unless you tick \"Also delete local backups\": %1").arg(kept);
    m_kept->setText(keptNote);
    m_kept->setAccessibleName(keptNote);
    m_kept->setVisible(!keptNote.isEmpty());
    if (!problem.isEmpty())
        m_deleteResult->setText(problem);
}

// "the local backups (3 backups, 156 KiB, in /p/backups) and the backup catalog (/p/…)".
QString PrivacyCentre::keptText(const QList<Core::DataStore> &kept)
{
    QStringList parts;
    for (const Core::DataStore &item : kept) {
        const QString size = QLocale().formattedDataSize(std::max<qint64>(item.bytes, 0));
        if (item.kind == QLatin1String("catalog"))
            parts.append(tr("the backup catalog (%1)").arg(item.location));
        else if (item.backups >= 0)
            parts.append(
                tr("the local backups (%1, %2, in %3)")
                    .arg(item.backups == 1 ? tr("1 backup") : tr("%1 backups").arg(item.backups),
                         size, item.location));
        else
            parts.append(tr("the backup %1 (%2)").arg(item.location, size));
    }
    if (parts.size() > 1) {
        const QString last = parts.takeLast();
        return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    }
    return parts.value(0);
}

void PrivacyCentre::exportData()
{
    QStringList chosen;
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        if (it.value()->isChecked())
            chosen.append(it.key());
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("hubstate-data-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file =
        Prompts::saveFile(this, tr("Export my data"), suggested, tr("ZIP archives (*.zip)"));
    if (file.isEmpty())
        return;
    Core::StateDatabase *database = m_database.connection().isOpen() ? &m_database : nullptr;
    // A large history takes a while to write; the wait cursor says the program is busy.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::PrivacyExportReport> report =
        Core::PrivacyExport(m_store, database).write(file, chosen);
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        m_exportResult->setText(report.error().message);
        return;
    }
    QStringList lines{tr("Exported to %1:").arg(report->file)};
    for (const QString &category : std::as_const(report->categories)) {
        lines.append(tr("• %1: %n record(s)", nullptr, int(report->counts.value(category)))
                         .arg(Core::PrivacyExport::categoryTitle(category)));
    }
    lines.append(tr("Left out: %n item(s), listed with the reason in manifest.json. No secret "
                    "value is in the file.",
                    nullptr, int(report->omissions.size())));
    m_exportResult->setText(lines.join(u'\n'));
}

void PrivacyCentre::deleteData()
{
    if (m_confirmation->text().trimmed() != confirmationWord())
        return;
    QString problem;
    const QStringList names = keychainEntries(&problem);
    if (!problem.isEmpty()) {
        m_deleteResult->setText(problem);
        return;
    }
    const Core::PrivacyDelete deletion(m_profile, m_secrets, names);
    // The keychain is asked before the database closes, so a refusal leaves Hubstate working.
    if (const Core::SecretStore::HealthReport health = m_secrets.probe();
        health.health != Core::SecretStore::Health::Healthy) {
        QStringList remaining;
        for (const Core::DataStore &item : deletion.stores(m_includeBackups->isChecked()))
            remaining.append(item.location);
        m_deleteResult->setText(
            tr("Nothing was deleted: the keychain cannot remove or check this profile's "
               "secrets: %1. Everything remains:\n%2")
                .arg(health.message, remaining.join(u'\n')));
        return;
    }
    m_database.close();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::PrivacyDeleteReport> report = deletion.run(m_includeBackups->isChecked());
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        QString message = report.error().message;
        if (Core::Status reopened = m_database.open(m_profile.databaseFile()); !reopened)
            message += u'\n' + reopened.error().message;
        m_deleteResult->setText(message);
        return;
    }
    // Exactly what went and what stayed: "nothing is left" only when nothing is.
    QStringList lines;
    if (report->nothingLeft())
        lines.append(tr("Deleted and checked: nothing of yours is left on this computer."));
    else if (report->complete())
        lines.append(
            tr("Deleted and checked. Kept, as you chose: %1.").arg(keptText(report->kept)));
    else
        lines.append(tr("Not everything could be deleted. Still present:"));
    for (const Core::DataStore &item : std::as_const(report->remaining))
        lines.append(QStringLiteral("• ") + item.location);
    lines.append(tr("Removed:"));
    for (const Core::DataStore &item : std::as_const(report->removed))
        lines.append(QStringLiteral("• %1: %2").arg(item.kindTitle(), item.location));
    const QString summary = lines.join(u'\n');
    m_deleteResult->setText(summary);
    m_deleteResult->setAccessibleName(lines.first());
    m_stores->clear();
    m_kept->hide();
    if (report->complete()) {
        m_deleted = true;
        m_confirmation->clear();
        m_deleteButton->setEnabled(false);
        Q_EMIT dataDeleted(lines.first());
    }
}

} // namespace Hubstate::Ui
