#include "destinationdialog.h"

#include "backupjob.h"
#include "core/backup/destination.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "destinationlistmodel.h"
#include "retentionfields.h"
#include "ui/common/messagelook.h"
#include "ui/common/prompts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace Hubstate::Ui {

using Core::BackupDestination;
using Kind = Core::BackupDestination::Kind;

namespace {

const QString listKey = QStringLiteral("backup.destinations");
const QString secretTask = QStringLiteral("storeDestinationSecret");

QLabel *problemLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    MessageLook::markProblem(label);
    label->hide();
    return label;
}

void say(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

// Records a secret in the profile's index as `secret set` does, on the job's own connection,
// so that privacy delete and `secret list` know of it after the destination has changed.
Core::Status recordInIndex(const Core::Profile &profile, const QString &name,
                           const QString &purpose)
{
    Core::StateDatabase database;
    if (Core::Status opened = database.open(profile.databaseFile()); !opened)
        return opened;
    return Core::SecretIndex(database).record(name, purpose);
}

} // namespace

DestinationDialog::DestinationDialog(Core::PreferencesStore &store, BackupJob &job,
                                     const QString &editedName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_job(job)
    , m_editedName(editedName)
    , m_locked(!lockExplanation(store).isEmpty())
{
    setObjectName(QStringLiteral("destinationDialog"));
    setWindowTitle(editedName.isEmpty() ? tr("Add a backup destination")
                                        : tr("Backup destination %1").arg(editedName));
    setMinimumWidth(qMax(560, fontMetrics().averageCharWidth() * 80));
    auto *layout = new QVBoxLayout(this);

    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("destinationDialogLock"));
    m_lock->setWordWrap(true);
    m_lock->setTextFormat(Qt::PlainText);
    m_lock->setVisible(m_locked);
    if (m_locked) {
        const QString text =
            tr("%1\nOnly the password or secret key, which is kept in your keychain, can be "
               "stored here.")
                .arg(lockExplanation(store));
        m_lock->setText(text);
        m_lock->setAccessibleName(text);
    }
    layout->addWidget(m_lock);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Room between the longest label and its field, also with larger text.
    m_form->setHorizontalSpacing(
        qMax(m_form->horizontalSpacing(), fontMetrics().averageCharWidth()));
    layout->addLayout(m_form);

    m_folderKind = new QRadioButton(tr("&Folder"), this);
    m_folderKind->setObjectName(QStringLiteral("destinationKindFolder"));
    m_folderKind->setAccessibleName(tr("A folder"));
    m_folderKind->setAccessibleDescription(tr("A folder on this machine, a disk or a share"));
    m_webDavKind = new QRadioButton(tr("&WebDAV server"), this);
    m_webDavKind->setObjectName(QStringLiteral("destinationKindWebDav"));
    m_webDavKind->setAccessibleName(tr("A WebDAV server"));
    m_webDavKind->setAccessibleDescription(tr("Nextcloud, Apache, nginx or rclone"));
    m_s3Kind = new QRadioButton(tr("&S3-compatible storage"), this);
    m_s3Kind->setObjectName(QStringLiteral("destinationKindS3"));
    m_s3Kind->setAccessibleName(tr("S3-compatible storage"));
    m_s3Kind->setAccessibleDescription(
        tr("A bucket of AWS S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO, Ceph or Garage"));
    m_kinds = new QButtonGroup(this);
    m_kinds->addButton(m_folderKind, int(Kind::Folder));
    m_kinds->addButton(m_webDavKind, int(Kind::WebDav));
    m_kinds->addButton(m_s3Kind, int(Kind::S3));
    m_folderKind->setChecked(true);
    auto *kindField = new QWidget(this);
    auto *kindRow = new QHBoxLayout(kindField);
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindRow->addWidget(m_folderKind);
    kindRow->addWidget(m_webDavKind);
    kindRow->addWidget(m_s3Kind);
    kindRow->addStretch(1);
    m_form->addRow(tr("Kind:"), kindField);

    m_name = addLine(QStringLiteral("destinationName"), tr("Name"),
                     tr("How the destination is called in the list, in messages and by "
                        "hubstate-cli; unique, whatever the case"));
    m_nameProblem = problemLine(this);
    {
        auto *field = new QWidget(this);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        m_name->setParent(field);
        column->addWidget(m_name);
        m_nameProblem->setParent(field);
        column->addWidget(m_nameProblem);
        auto *label = new QLabel(tr("&Name:"), this);
        label->setBuddy(m_name);
        m_form->addRow(label, field);
    }

    m_folder = addLine(QStringLiteral("destinationFolder"), tr("Folder"),
                       tr("The folder backups go to, as a full path"));
    m_folder->setPlaceholderText(QDir::homePath() + QStringLiteral("/Backups"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseDestinationFolder"));
    m_browse->setAccessibleName(tr("Choose the backup folder"));
    m_browse->setAccessibleDescription(tr("Opens a folder chooser"));
    m_browse->setAutoDefault(false);
    {
        auto *field = new QWidget(this);
        auto *row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        m_folder->setParent(field);
        m_browse->setParent(field);
        row->addWidget(m_folder, 1);
        row->addWidget(m_browse);
        addRow(tr("Fol&der:"), m_folder, field, Field::Folder);
    }

    m_webDavUrl = addLine(QStringLiteral("destinationWebDavUrl"), tr("WebDAV address"),
                          tr("The address of the WebDAV folder backups go to, e.g. "
                             "https://cloud.example.org/remote.php/dav/files/alice/backups/"));
    m_webDavUrl->setPlaceholderText(QStringLiteral("https://dav.example.org/backups/"));
    addRow(tr("&Address:"), m_webDavUrl, m_webDavUrl, Field::WebDavUrl);
    m_webDavUser = addLine(QStringLiteral("destinationWebDavUser"), tr("User name"),
                           tr("The user the server knows; empty for a server without log-in"));
    addRow(tr("&User name:"), m_webDavUser, m_webDavUser, Field::WebDavUser);
    m_webDavPassword = addLine(QStringLiteral("destinationWebDavPassword"), tr("WebDAV password"),
                               tr("The user's password; kept in the keychain only"));
    m_webDavPassword->setEchoMode(QLineEdit::Password);
    {
        auto *label = new QLabel(tr("&Password:"), this);
        label->setBuddy(m_webDavPassword);
        m_form->addRow(label, m_webDavPassword);
    }

    m_s3Endpoint = addLine(QStringLiteral("destinationS3Endpoint"), tr("S3 endpoint"),
                           tr("The server's address: https://s3.example.com, or "
                              "http://127.0.0.1:9000 for a server on this machine"));
    m_s3Endpoint->setPlaceholderText(QStringLiteral("https://s3.eu-central-1.amazonaws.com"));
    addRow(tr("&Endpoint:"), m_s3Endpoint, m_s3Endpoint, Field::S3Endpoint);
    m_s3Region = addLine(QStringLiteral("destinationS3Region"), tr("Region"),
                         tr("The bucket's region; empty for the one an AWS endpoint names, or "
                            "us-east-1"));
    m_s3Region->setPlaceholderText(QStringLiteral("us-east-1"));
    addRow(tr("&Region:"), m_s3Region, m_s3Region, Field::S3Region);
    m_s3Bucket = addLine(QStringLiteral("destinationS3Bucket"), tr("Bucket"),
                         tr("The bucket's name: 3 to 63 lower-case letters, digits, '.' and '-'"));
    addRow(tr("B&ucket:"), m_s3Bucket, m_s3Bucket, Field::S3Bucket);
    m_s3Prefix = addLine(QStringLiteral("destinationS3Prefix"), tr("Prefix"),
                         tr("A folder in the bucket for the backups; empty for the bucket's top"));
    m_s3Prefix->setPlaceholderText(tr("optional, e.g. hubstate/laptop"));
    addRow(tr("&Prefix:"), m_s3Prefix, m_s3Prefix, Field::S3Prefix);
    m_s3Style = new QComboBox(this);
    m_s3Style->setObjectName(QStringLiteral("destinationS3Style"));
    m_s3Style->setAccessibleName(tr("Addressing"));
    m_s3Style->setAccessibleDescription(
        tr("How the bucket is named in requests: in the path (most servers) or in the host "
           "name (AWS). Automatic takes the host name on AWS and the path elsewhere"));
    m_s3Style->addItem(tr("Automatic (virtual-hosted on AWS)"),
                       int(DestinationAddress::Style::Automatic));
    m_s3Style->addItem(tr("Path style: endpoint/bucket"), int(DestinationAddress::Style::Path));
    m_s3Style->addItem(tr("Virtual-hosted: bucket.endpoint"),
                       int(DestinationAddress::Style::Virtual));
    addRow(tr("Addressin&g:"), m_s3Style, m_s3Style, Field::S3Style);
    m_s3KeyId = addLine(QStringLiteral("destinationS3KeyId"), tr("Access key id"),
                        tr("The id of the access key; it is part of the location"));
    addRow(tr("Access &key id:"), m_s3KeyId, m_s3KeyId, Field::S3KeyId);
    m_s3Secret = addLine(QStringLiteral("destinationS3Secret"), tr("Secret access key"),
                         tr("The access key's secret; kept in the keychain only"));
    m_s3Secret->setEchoMode(QLineEdit::Password);
    {
        auto *label = new QLabel(tr("Secret access ke&y:"), this);
        label->setBuddy(m_s3Secret);
        m_form->addRow(label, m_s3Secret);
    }

    m_enabled = new QCheckBox(tr("Back up &to this destination"), this);
    m_enabled->setObjectName(QStringLiteral("destinationEnabled"));
    m_enabled->setAccessibleName(tr("Enabled"));
    m_enabled->setAccessibleDescription(
        tr("Off: the destination stays in the list, but backups do not go there for now"));
    m_enabled->setChecked(true);
    m_form->addRow(QString(), m_enabled);
    {
        auto *field = new QWidget(this);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        m_retention = new RetentionFields(store, field);
        column->addWidget(m_retention);
        m_retentionProblem = problemLine(field);
        column->addWidget(m_retentionProblem);
        m_form->addRow(tr("Retention:"), field);
    }

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("destinationDialogWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    layout->addWidget(m_warning);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("destinationDialogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("saveDestination"));
    m_ok->setText(m_locked ? tr("Store in keychain") : editedName.isEmpty() ? tr("Add") : tr("OK"));
    m_ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelDestination"));
    layout->addWidget(m_buttons);

    // The fields of the destination edited, from the list as it is now.
    if (!editedName.isEmpty()) {
        const Core::Result<QList<BackupDestination>> list =
            Core::BackupDestinations::parse(m_store.text(listKey));
        if (list) {
            for (const BackupDestination &destination : *list) {
                if (destination.name == editedName)
                    fill(destination);
            }
        }
        m_nameTouched = true;
        const QString keep = m_locked ? tr("Type it to store it in your keychain")
                                      : tr("Leave empty to keep the one in the keychain");
        m_webDavPassword->setPlaceholderText(keep);
        m_s3Secret->setPlaceholderText(keep);
    } else {
        m_name->setText(uniqueName(Core::BackupDestinations::defaultName(QString())));
        m_webDavPassword->setPlaceholderText(tr("Kept in the keychain only"));
        m_s3Secret->setPlaceholderText(tr("Kept in the keychain only"));
    }

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        // A new destination's name follows its kind until the user types one.
        if (!m_nameTouched) {
            const QString base = kind() == Kind::Folder
                ? QStringLiteral("local")
                : Core::BackupDestinations::kindName(kind());
            m_name->setText(uniqueName(base));
        }
        m_fitHeight = true;
        updateFields();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    for (QLineEdit *line : findChildren<QLineEdit *>()) {
        if (qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
            continue;
        connect(line, &QLineEdit::textEdited, this, [this, line] { m_touched.insert(line); });
        connect(line, &QLineEdit::textChanged, this, &DestinationDialog::updateFields);
    }
    connect(m_s3Style, &QComboBox::currentIndexChanged, this, &DestinationDialog::updateFields);
    connect(m_enabled, &QCheckBox::toggled, this, &DestinationDialog::updateFields);
    connect(m_retention, &RetentionFields::changed, this, &DestinationDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString typed = m_folder->text().trimmed();
        const QString folder = Prompts::chooseFolder(
            this, tr("Backup folder"),
            typed.isEmpty() || !QDir::isAbsolutePath(typed) ? QDir::homePath() : typed);
        if (!folder.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(folder));
            m_touched.insert(m_folder);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DestinationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DestinationDialog::reject);
    connect(&m_job, &BackupJob::finished, this,
            [this](const QString &kind, const BackupJob::Outcome &outcome) {
                if (kind != secretTask || !m_running)
                    return;
                m_running = false;
                if (!outcome.succeeded) {
                    m_error = outcome.message;
                    updateFields();
                    secretField()->setFocus(Qt::OtherFocusReason);
                    return;
                }
                if (m_locked) {
                    m_outcome = outcome.message;
                    accept();
                    return;
                }
                if (commit(destination())) {
                    m_outcome += u' ' + outcome.message;
                    accept();
                }
            });
    updateFields();
    (m_locked ? static_cast<QWidget *>(secretField()) : m_kinds->checkedButton())->setFocus();
}

QString DestinationDialog::lockExplanation(const Core::PreferencesStore &store)
{
    if (store.isReadOnly())
        return store.readOnlyReason();
    if (!store.isLocked(listKey))
        return {};
    const Core::PreferencesStore::Explanation why = store.explain(listKey);
    return why.policyExplanation.isEmpty()
        ? tr("The administrator's policy fixes the backup destinations (%1).").arg(why.policyFile)
        : tr("The administrator's policy fixes the backup destinations (%1): %2")
              .arg(why.policyFile, why.policyExplanation);
}

QLineEdit *DestinationDialog::addLine(const QString &name, const QString &accessibleName,
                                      const QString &description)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    line->setAccessibleName(accessibleName);
    line->setAccessibleDescription(description);
    return line;
}

void DestinationDialog::addRow(const QString &label, QWidget *editor, QWidget *field,
                               Field problemOf)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->setParent(box);
    column->addWidget(field);
    QLabel *problem = problemLine(box);
    column->addWidget(problem);
    auto *text = new QLabel(label, this);
    text->setBuddy(editor);
    m_form->addRow(text, box);
    m_problems.insert(int(problemOf), problem);
    m_editors.insert(int(problemOf), editor);
}

void DestinationDialog::fill(const BackupDestination &destination)
{
    m_kinds->button(int(destination.kind))->setChecked(true);
    m_name->setText(destination.name);
    const DestinationAddress address = DestinationAddress::fromLocation(destination.location);
    m_folder->setText(address.folder);
    m_webDavUrl->setText(address.webDavUrl);
    m_webDavUser->setText(address.webDavUser);
    m_s3Endpoint->setText(address.s3Endpoint);
    m_s3Region->setText(address.s3Region);
    m_s3Bucket->setText(address.s3Bucket);
    m_s3Prefix->setText(address.s3Prefix);
    m_s3Style->setCurrentIndex(m_s3Style->findData(int(address.s3Style)));
    m_s3KeyId->setText(address.s3KeyId);
    m_enabled->setChecked(destination.enabled);
    m_retention->setRetention(destination.retention);
}

Kind DestinationDialog::kind() const
{
    return Kind(m_kinds->checkedId());
}

DestinationAddress DestinationDialog::address() const
{
    DestinationAddress address;
    address.kind = kind();
    address.folder = m_folder->text();
    address.webDavUrl = m_webDavUrl->text();
    address.webDavUser = m_webDavUser->text();
    address.s3Endpoint = m_s3Endpoint->text();
    address.s3Region = m_s3Region->text();
    address.s3Bucket = m_s3Bucket->text();
    address.s3Prefix = m_s3Prefix->text();
    address.s3Style = DestinationAddress::Style(m_s3Style->currentData().toInt());
    address.s3KeyId = m_s3KeyId->text();
    return address;
}

BackupDestination DestinationDialog::destination() const
{
    BackupDestination destination;
    destination.name = m_name->text();
    destination.kind = kind();
    destination.location = address().location();
    destination.enabled = m_enabled->isChecked();
    destination.retention = m_retention->retention();
    return destination;
}

QLineEdit *DestinationDialog::secretField() const
{
    return kind() == Kind::S3 ? m_s3Secret : m_webDavPassword;
}

QString DestinationDialog::uniqueName(const QString &base) const
{
    const Core::Result<QList<BackupDestination>> list =
        Core::BackupDestinations::parse(m_store.text(listKey));
    const auto taken = [&](const QString &name) {
        if (!list)
            return false;
        for (const BackupDestination &other : *list) {
            if (other.name != m_editedName && other.name.toCaseFolded() == name.toCaseFolded())
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QList<BackupDestination> DestinationDialog::listWith(const BackupDestination &destination,
                                                     QString *problem, QString *member) const
{
    const Core::Result<QList<BackupDestination>> stored =
        Core::BackupDestinations::parse(m_store.text(listKey));
    QList<BackupDestination> list = stored ? *stored : QList<BackupDestination>();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!m_editedName.isEmpty() && list.at(i).name == m_editedName)
            at = i;
    }
    if (!m_editedName.isEmpty() && at < 0) {
        *problem = tr("%1 is no longer in the list (another program changed it): cancel, and "
                      "add it again if it is still wanted.")
                       .arg(m_editedName);
        member->clear();
        return {};
    }
    // Checked last among the others, so that a rule two entries break together (a name or a
    // location used twice) is said of this one.
    QList<BackupDestination> others = list;
    if (at >= 0)
        others.removeAt(at);
    others.append(destination);
    const Core::Result<QList<BackupDestination>> checked =
        Core::BackupDestinations::parse(Core::BackupDestinations::toJson(others));
    if (!checked) {
        *problem = DestinationAddress::ruleOf(checked.error().message, member);
        return {};
    }
    problem->clear();
    if (at >= 0)
        list[at] = destination;
    else
        list.append(destination);
    return list;
}

void DestinationDialog::updateFields()
{
    const Kind shown = kind();
    const auto showRow = [this](QWidget *field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    showRow(m_folder->parentWidget()->parentWidget(), shown == Kind::Folder);
    for (QWidget *field :
         {static_cast<QWidget *>(m_webDavUrl), static_cast<QWidget *>(m_webDavUser)})
        showRow(field->parentWidget(), shown == Kind::WebDav);
    showRow(m_webDavPassword, shown == Kind::WebDav);
    for (QWidget *field : {static_cast<QWidget *>(m_s3Endpoint), static_cast<QWidget *>(m_s3Region),
                           static_cast<QWidget *>(m_s3Bucket), static_cast<QWidget *>(m_s3Prefix),
                           static_cast<QWidget *>(m_s3Style), static_cast<QWidget *>(m_s3KeyId)})
        showRow(field->parentWidget(), shown == Kind::S3);
    showRow(m_s3Secret, shown == Kind::S3);

    const bool editable = !m_locked && !m_running;
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue; // a spin box's own line
        if ((qobject_cast<QLineEdit *>(widget) || qobject_cast<QRadioButton *>(widget)
             || qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget)
             || widget == m_browse)
            && widget != m_webDavPassword && widget != m_s3Secret)
            widget->setEnabled(editable);
    }
    m_webDavPassword->setEnabled(!m_running);
    m_s3Secret->setEnabled(!m_running);
    m_retention->setEditable(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_running);

    QHash<int, QString> problems;
    QString pending; // a required field not reached yet
    QString general;
    QString nameProblem;
    QString retentionProblem;
    bool valid = true;
    const DestinationAddress typed = address();
    if (m_locked) {
        valid = !secretField()->text().isEmpty() && !typed.secretName().isEmpty();
    } else {
        for (const DestinationAddress::Problem &problem : typed.problems()) {
            valid = false;
            if (problem.missing && !m_touched.contains(m_editors.value(int(problem.field)))) {
                if (pending.isEmpty())
                    pending = problem.message;
                continue;
            }
            if (!problems.contains(int(problem.field)))
                problems.insert(int(problem.field), problem.message);
        }
        if (const QString rule = Core::BackupDestinations::nameProblem(m_name->text());
            !rule.isEmpty()) {
            valid = false;
            nameProblem = rule.at(0).toUpper() + rule.mid(1);
        }
        if (valid && shown == Kind::WebDav && !m_webDavPassword->text().isEmpty()
            && typed.secretName().isEmpty()) {
            valid = false;
            problems.insert(int(Field::WebDavUser), tr("Type the user name the password is for."));
        }
        if (valid) {
            QString problem;
            QString member;
            (void)listWith(destination(), &problem, &member);
            if (!problem.isEmpty()) {
                valid = false;
                if (member == u"name")
                    nameProblem = problem;
                else if (member == u"retention")
                    retentionProblem = problem;
                else if (member == u"location")
                    problems.insert(int(shown == Kind::Folder       ? Field::Folder
                                            : shown == Kind::WebDav ? Field::WebDavUrl
                                                                    : Field::S3Endpoint),
                                    problem);
                else
                    general = problem;
            }
        }
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        say(it.value(), problems.value(it.key()));
    say(m_nameProblem, nameProblem);
    say(m_retentionProblem, retentionProblem);
    say(m_warning,
        m_locked ? QString()
                 : typed.insecureWarning(
                     m_store.value(QStringLiteral("backup.allowInsecureHttp")).toBool()));
    m_ok->setEnabled(valid && !m_running);

    QStringList message;
    if (m_running)
        message.append(tr("Storing the secret in the keychain…"));
    else if (!m_error.isEmpty())
        message.append(m_error);
    if (!general.isEmpty())
        message.append(general);
    else if (!pending.isEmpty() && !m_running)
        message.append(pending);
    say(m_message, message.join(u'\n'));

    // More rows or a longer message: the dialog grows rather than squeeze its rows; another
    // kind's rows: it takes their height.
    const bool fit = std::exchange(m_fitHeight, false);
    QTimer::singleShot(0, this, [this, fit] {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height() || (fit && needed != height()))
            resize(width(), needed);
    });
}

void DestinationDialog::save()
{
    updateFields();
    if (m_running || !m_ok->isEnabled())
        return;
    if (m_job.isRunning()) {
        m_error = tr("Another task of the Backups page is running: try again when it has "
                     "ended.");
        updateFields();
        return;
    }
    m_error.clear();
    const BackupDestination destination = this->destination();
    const DestinationAddress typed = address();
    const QString secretName = typed.secretName();
    // The work holds the only copy of the secret, and wipes it once it is stored.
    QByteArray secret = secretField()->text().toUtf8();
    m_webDavPassword->clear();
    m_s3Secret->clear();
    if (secret.isEmpty() || secretName.isEmpty()) {
        Core::Crypto::wipe(secret);
        if (!m_locked && commit(destination))
            accept();
        return;
    }
    const QString shown = Core::displaySpec(destination.location);
    const bool s3 = destination.kind == Kind::S3;
    m_running = true;
    updateFields();
    m_job.start(
        secretTask,
        [secretName, shown, s3, secret = std::move(secret)](BackupJob::Context &context) mutable {
            const Core::Status written = context.secrets.write(secretName, secret);
            Core::Crypto::wipe(secret);
            if (!written) {
                return BackupJob::Outcome{
                    false,
                    tr("The keychain did not take the secret, so nothing was changed: %1")
                        .arg(written.error().message),
                    {}};
            }
            const QString purpose = s3 ? tr("S3 secret access key for %1").arg(shown)
                                       : tr("WebDAV password for %1").arg(shown);
            if (Core::Status indexed = recordInIndex(context.profile, secretName, purpose);
                !indexed) {
                return BackupJob::Outcome{
                    false,
                    tr("The secret for %1 is in the keychain (as %2), but it could not "
                       "be recorded in the list of secrets: %3")
                        .arg(shown, secretName, indexed.error().message),
                    {}};
            }
            return BackupJob::Outcome{
                true,
                s3 ? tr("The secret access key is in the keychain (as %1).").arg(secretName)
                   : tr("The password is in the keychain (as %1).").arg(secretName),
                {}};
        });
}

bool DestinationDialog::commit(const BackupDestination &destination)
{
    QString problem;
    QString member;
    const QList<BackupDestination> list = listWith(destination, &problem, &member);
    if (problem.isEmpty()) {
        const Core::Status written =
            m_store.setText(listKey, Core::BackupDestinations::toJson(list));
        if (written) {
            const QString kindText = DestinationListModel::kindText(destination.kind);
            const QString shown = Core::displaySpec(destination.location);
            m_outcome = m_editedName.isEmpty()
                ? tr("Added %1 (%2): %3.").arg(destination.name, kindText, shown)
                : tr("Changed %1 (%2): %3.").arg(destination.name, kindText, shown);
            return true;
        }
        problem = written.error().message;
    }
    m_error = tr("Not saved: %1").arg(problem);
    updateFields();
    return false;
}

void DestinationDialog::reject()
{
    if (m_running)
        return;
    m_webDavPassword->clear();
    m_s3Secret->clear();
    QDialog::reject();
}

} // namespace Hubstate::Ui
