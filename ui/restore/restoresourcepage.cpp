#include "restoresourcepage.h"

#include "backgroundtask.h"
#include "core/backup/backupengine.h"
#include "core/backup/destination.h"
#include "core/common/privatefiles.h"
#include "restorewizard.h"
#include "ui/common/prompts.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

namespace Hubstate::Ui {

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr int kDestinationRole = Qt::UserRole + 1;
constexpr int kSafetyRole = Qt::UserRole + 2;

// A folder however it is spelt (relative, with a trailing slash), or the same URL.
bool sameDestination(const QString &a, const QString &b)
{
    const auto normal = [](const QString &spec) {
        if (Core::isRemoteSpec(spec))
            return spec.endsWith(u'/') ? spec.chopped(1) : spec;
        return QDir::cleanPath(QFileInfo(spec).absoluteFilePath());
    };
    return normal(a) == normal(b);
}
} // namespace

RestoreSourcePage::RestoreSourcePage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("Choose a backup"));
    setSubTitle(tr("Nothing changes until the confirmation page."));

    m_catalogChoice = new QRadioButton(tr("A backup from the &catalog"));
    m_catalogChoice->setObjectName(QStringLiteral("catalogChoice"));
    m_catalogChoice->setAccessibleName(tr("A backup from the catalog"));
    m_catalog = new QTreeWidget;
    m_catalog->setObjectName(QStringLiteral("catalogList"));
    m_catalog->setAccessibleName(tr("Backups in the catalog"));
    m_catalog->setRootIsDecorated(false);
    m_catalog->setHeaderLabels(
        {tr("Date"), tr("File"), tr("Size"), tr("Encrypted"), tr("State"), tr("Where")});
    m_catalog->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_fileChoice = new QRadioButton(tr("A backup &file"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_fileChoice->setAccessibleName(tr("A backup file"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("Backup file"));
    m_file->setPlaceholderText(tr("/path/to/hubstate-….hsbk"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for a backup file"));

    m_serverChoice = new QRadioButton(tr("A &WebDAV server"));
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    m_serverChoice->setAccessibleName(tr("A WebDAV server"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("WebDAV address"));
    m_url->setPlaceholderText(tr("https://user@server/backups/"));
    m_list = new QPushButton(tr("&List backups"));
    m_list->setObjectName(QStringLiteral("listButton"));
    m_list->setAccessibleName(tr("List the server's backups"));
    m_serverFiles = new QListWidget;
    m_serverFiles->setObjectName(QStringLiteral("serverList"));
    m_serverFiles->setAccessibleName(tr("Backups on the server"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("sourceProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_choice = new QButtonGroup(this);
    m_choice->addButton(m_catalogChoice);
    m_choice->addButton(m_fileChoice);
    m_choice->addButton(m_serverChoice);
    m_catalogChoice->setChecked(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_catalogChoice, 0, 0, 1, 2);
    layout->addWidget(m_catalog, 1, 0, 1, 2);
    layout->addWidget(m_fileChoice, 2, 0, 1, 2);
    layout->addWidget(m_file, 3, 0);
    layout->addWidget(m_browse, 3, 1);
    layout->addWidget(m_serverChoice, 4, 0, 1, 2);
    layout->addWidget(m_url, 5, 0);
    layout->addWidget(m_list, 5, 1);
    layout->addWidget(m_serverFiles, 6, 0, 1, 2);
    layout->addWidget(m_problem, 7, 0, 1, 2);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(6, 1);

    const auto changed = [this] {
        Q_EMIT completeChanged();
    };
    connect(m_choice, &QButtonGroup::buttonToggled, this, changed);
    connect(m_catalog, &QTreeWidget::currentItemChanged, this, [this] {
        m_catalogChoice->setChecked(true);
        Q_EMIT completeChanged();
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_fileChoice->setChecked(true);
        Q_EMIT completeChanged();
    });
    connect(m_file, &QLineEdit::textChanged, this, changed);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_serverChoice->setChecked(true); });
    connect(m_list, &QPushButton::clicked, this, &RestoreSourcePage::listServer);
    connect(m_serverFiles, &QListWidget::currentItemChanged, this, changed);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = Prompts::openFile(
            this, tr("Choose a backup file"), m_wizard->profile().backupDirectory(),
            tr("Hubstate backups (*.hsbk *.tar.zst *.tar);;All files (*)"));
        if (!chosen.isEmpty())
            selectFile(chosen);
    });
}

void RestoreSourcePage::selectFile(const QString &file)
{
    m_file->setText(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
    m_fileChoice->setChecked(true);
}

void RestoreSourcePage::selectCatalogBackup(const QString &destination, const QString &name)
{
    m_wanted = {destination, name};
    m_catalogChoice->setChecked(true);
    if (m_loaded)
        loadCatalog();
}

void RestoreSourcePage::initializePage()
{
    if (!m_loaded)
        loadCatalog();
    m_loaded = true;
}

void RestoreSourcePage::loadCatalog()
{
    // The configured destination, and the profile's own folder where the safety backups of
    // earlier restores are (when the destination is elsewhere).
    Core::BackupEngine engine(m_wizard->profile(), m_wizard->store(), m_wizard->secrets());
    QStringList destinations{engine.resolveDestination({})};
    if (QDir::cleanPath(destinations.first())
        != QDir::cleanPath(m_wizard->profile().backupDirectory()))
        destinations.append(m_wizard->profile().backupDirectory());
    QList<Core::BackupRecord> records;
    QStringList problems;
    runInBackground(
        [&] {
            for (const QString &destination : std::as_const(destinations)) {
                Core::Result<QList<Core::BackupRecord>> listed = engine.list(destination);
                if (listed)
                    records.append(*listed);
                else
                    problems.append(listed.error().message);
            }
        },
        false);
    // A safety backup is taken at a restore, after any backup of the same second it could be
    // restoring: within a second it comes first.
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.label == QLatin1String("safety") && b.label != QLatin1String("safety");
    });
    m_catalog->clear();
    if (!problems.isEmpty())
        showProblem(tr("The catalog cannot be read in full: %1").arg(problems.join(u' ')));
    const QLocale locale;
    for (const Core::BackupRecord &record : std::as_const(records)) {
        auto *item = new QTreeWidgetItem(m_catalog);
        const bool safety = record.label == QLatin1String("safety");
        const QString date = locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
        // The safety backup holds the state from before a restore: restoring it is a roll
        // back, so it says so and is never the one Enter takes.
        item->setText(0,
                      safety ? tr("%1 (safety backup, taken before a restore)").arg(date) : date);
        if (safety) {
            QFont font = item->font(0);
            font.setItalic(true);
            for (int column = 0; column < m_catalog->columnCount(); ++column)
                item->setFont(column, font);
            item->setToolTip(0,
                             tr("Taken automatically before a restore; restoring it undoes "
                                "that restore."));
        }
        item->setData(0, kSafetyRole, safety);
        item->setText(1, record.file);
        item->setText(2, locale.formattedDataSize(record.size));
        item->setText(3, record.encrypted ? tr("yes") : tr("no"));
        item->setText(4,
                      record.state == Core::BackupRecord::State::Verified ? tr("verified")
                          : record.state == Core::BackupRecord::State::Quarantined
                          ? tr("quarantined")
                          : tr("not verified"));
        item->setText(5, record.destination);
        item->setData(0, kPathRole, record.file);
        item->setData(0, kDestinationRole, record.destination);
        if (record.state == Core::BackupRecord::State::Quarantined)
            item->setDisabled(true);
    }
    // The backup asked for (Restore on a row of the Backups page), or else the newest usable
    // one that is not a safety backup: Enter takes it.
    QTreeWidgetItem *chosen = nullptr;
    for (int row = 0; row < m_catalog->topLevelItemCount() && !chosen; ++row) {
        QTreeWidgetItem *item = m_catalog->topLevelItem(row);
        if (!m_wanted.first.isEmpty()) {
            if (sameDestination(item->data(0, kDestinationRole).toString(), m_wanted.first)
                && item->data(0, kPathRole).toString() == m_wanted.second)
                chosen = item;
        } else if (!item->isDisabled() && !item->data(0, kSafetyRole).toBool()) {
            chosen = item;
        }
    }
    if (chosen) {
        const QSignalBlocker quiet(m_catalog);
        m_catalog->setCurrentItem(chosen);
    }
    if (!m_wanted.first.isEmpty())
        m_catalogChoice->setChecked(true);
    if (m_catalog->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_catalog, {tr("No backups yet")});
        item->setDisabled(true);
        if (m_catalogChoice->isChecked())
            m_fileChoice->setChecked(true);
    }
    // The choice was made with the list's signals blocked: Next follows it now.
    Q_EMIT completeChanged();
}

void RestoreSourcePage::listServer()
{
    m_serverChoice->setChecked(true);
    m_serverFiles->clear();
    m_problem->hide();
    const QString url = m_url->text().trimmed();
    std::optional<Core::Result<QList<Core::Destination::Entry>>> entries;
    runInBackground(
        [&] {
            Core::Result<std::unique_ptr<Core::Destination>> destination =
                Core::openDestination(url, m_wizard->secrets(), &m_wizard->store());
            if (!destination)
                entries = destination.error();
            else
                entries = (*destination)->list();
        },
        false);
    if (!*entries) {
        showProblem(tr("The server's backups cannot be listed: %1").arg(entries->error().message));
        return;
    }
    QList<Core::Destination::Entry> sorted = **entries;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.name > b.name; }); // newest first
    const QLocale locale;
    for (const Core::Destination::Entry &entry : sorted) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(entry.name, locale.formattedDataSize(entry.size)), m_serverFiles);
        item->setData(kPathRole, entry.name);
    }
    m_listedUrl = url;
    if (m_serverFiles->count() > 0)
        m_serverFiles->setCurrentRow(0);
    else
        showProblem(tr("%1 holds no backups.").arg(url));
    Q_EMIT completeChanged();
}

void RestoreSourcePage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setAccessibleDescription(text);
    m_problem->show();
}

bool RestoreSourcePage::isComplete() const
{
    if (m_catalogChoice->isChecked())
        return m_catalog->currentItem() && !m_catalog->currentItem()->isDisabled();
    if (m_fileChoice->isChecked())
        return !m_file->text().trimmed().isEmpty();
    return m_serverFiles->currentItem() != nullptr && !m_listedUrl.isEmpty();
}

bool RestoreSourcePage::fetch(const QString &destination, const QString &name)
{
    const QString local = m_wizard->profile().cacheDirectory() + QStringLiteral("/restore/") + name;
    Core::PrivateFiles::makePath(QFileInfo(local).absolutePath());
    std::optional<Core::Status> fetched;
    runInBackground(
        [&] {
            Core::Result<std::unique_ptr<Core::Destination>> opened =
                Core::openDestination(destination, m_wizard->secrets(), &m_wizard->store());
            fetched = opened ? (*opened)->fetch(name, local) : Core::Status(opened.error());
        },
        false);
    if (!*fetched) {
        showProblem(tr("%1 cannot be downloaded: %2").arg(name, fetched->error().message));
        return false;
    }
    // Named as messages name it: encoded, one slash before the file.
    const QString where = Core::displaySpec(destination);
    m_wizard->setSource(
        local, where.endsWith(u'/') ? QString(where + name) : QString(where + u'/' + name));
    return true;
}

bool RestoreSourcePage::validatePage()
{
    m_problem->hide();
    if (m_fileChoice->isChecked()) {
        const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (!QFileInfo(file).isFile()) {
            showProblem(tr("%1 is not a file.").arg(file));
            return false;
        }
        m_wizard->setSource(file, file);
        return true;
    }
    if (m_serverChoice->isChecked())
        return fetch(m_listedUrl, m_serverFiles->currentItem()->data(kPathRole).toString());
    const QTreeWidgetItem *item = m_catalog->currentItem();
    const QString destination = item->data(0, kDestinationRole).toString();
    const QString name = item->data(0, kPathRole).toString();
    if (Core::isRemoteSpec(destination))
        return fetch(destination, name);
    const QString file = destination + u'/' + name;
    m_wizard->setSource(file, file);
    return true;
}

} // namespace Hubstate::Ui
