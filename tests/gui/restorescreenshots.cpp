// Renders the restore wizard and the recovery dialog page by page into PNG files for
// docs/admin-backup.md (Restoring through the wizard), on a demonstration profile of its own:
//   xvfb-run -a -s '-screen 0 1400x900x24' build/tests/gui/restore-screenshots docs/images
#include "restorefixture.h"
#include "ui/common/prompts.h"
#include "ui/restore/recoverydialog.h"
#include "ui/restore/restorewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTextStream>

using namespace Hubstate;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    const QString file = folder + QStringLiteral("/restore-") + name + QStringLiteral(".png");
    const bool saved = widget->grab().save(file);
    QTextStream(stderr) << (saved ? "wrote " : "cannot write ") << file << '\n';
    return saved;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: restore-screenshots FOLDER\n";
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);

    // Yesterday's backup, and today's state that differs from it.
    Tests::RestoreFixture demo;
    if (!demo.setUp() || !demo.setTheme(QStringLiteral("dark"))
        || !demo.store->setValue(QStringLiteral("preferences.accessibility.textScale"), 125))
        return 1;
    const QString backup = demo.backUp(kPassword);
    if (backup.isEmpty() || !demo.setTheme(QStringLiteral("light"))
        || !demo.store->reset(QStringLiteral("preferences.accessibility.textScale"))
        || !demo.removeLayout())
        return 1;

    Ui::RestoreWizard wizard(demo.profile, *demo.store, nullptr);
    bool ok = true;
    wizard.setSwapHooks(
        [&] {
            // The worker waits here, on the progress page's last step (the restore's, not
            // the roll back's).
            if (wizard.currentId() == Ui::RestoreWizard::ProgressPage)
                ok = save(&wizard, folder, QStringLiteral("6-progress")) && ok;
            demo.database->close();
        },
        [&] {
            ok = demo.database->open(demo.profile.databaseFile()).ok() && ok;
            ok = Ui::RestoreWizard::reopenStore(*demo.store).ok() && ok;
        });
    wizard.show();
    ok = save(&wizard, folder, QStringLiteral("1-source")) && ok;

    wizard.next();
    auto *password = child<QLineEdit>(&wizard, "passwordEdit");
    password->setText(QStringLiteral("not the password"));
    wizard.next(); // refused: stays
    ok = save(&wizard, folder, QStringLiteral("2-unlock-wrong-password")) && ok;
    password->setText(kPassword);
    wizard.next();
    ok = save(&wizard, folder, QStringLiteral("3-preview")) && ok;
    child<QLineEdit>(&wizard, "previewFilter")->setText(QStringLiteral("theme"));
    ok = save(&wizard, folder, QStringLiteral("3-preview-filtered")) && ok;

    wizard.next();
    child<QRadioButton>(&wizard, "someChoice")->setChecked(true);
    child<QCheckBox>(&wizard, "agentsPart")->setChecked(false);
    child<QCheckBox>(&wizard, "historyPart")->setChecked(false);
    ok = save(&wizard, folder, QStringLiteral("4-scope")) && ok;
    wizard.next();
    ok = save(&wizard, folder, QStringLiteral("5-confirm")) && ok;
    wizard.next();
    while (wizard.currentId() != Ui::RestoreWizard::ResultPage)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    ok = save(&wizard, folder, QStringLiteral("7-result")) && ok;
    Ui::Prompts::setNextAnswer(true); // "Roll back" asks first
    child<QAbstractButton>(&wizard, "rollBackButton")->click();
    ok = save(&wizard, folder, QStringLiteral("8-rolled-back")) && ok;
    wizard.hide();

    // The start-up check finds a damaged database.
    demo.database->close();
    QByteArray bytes = Tests::readFile(demo.profile.databaseFile());
    for (qsizetype i = 2 * 4096; i < 6 * 4096 && i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    if (!Tests::writeFile(demo.profile.databaseFile(), bytes))
        return 1;
    const Core::Result<Core::Recovery::Finding> finding =
        Core::Recovery::inspect(demo.profile, true);
    if (!finding || !finding->isDamaged())
        return 1;
    Ui::RecoveryDialog recovery(demo.profile, nullptr, *finding);
    recovery.show();
    ok = save(&recovery, folder, QStringLiteral("9-recovery")) && ok;
    child<QAbstractButton>(&recovery, "recoverButton")->click();
    ok = save(&recovery, folder, QStringLiteral("9-recovery-done")) && ok;
    return ok ? 0 : 1;
}
