// A folder as a backup destination, and how a destination is chosen from what the admin types.
#include "backuptestfiles.h"
#include "core/backup/localfolderdestination.h"
#include "core/backup/webdavdestination.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

constexpr qint64 kBackupSize = 3 * 1024 * 1024 + 12345; // several chunks and a tail

// Root ignores mode bits, so a read-only folder is also made immutable for it.
bool setImmutable(const QString &folder, bool on)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

} // namespace

class TestLocalFolderDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripKeepsEveryByte();
    void listShowsOnlyFinishedBackups();
    void backupAlreadyInTheFolderIsOnlyVerified();
    void wrongHashStoresNothing();
    void differentBackupUnderTheSameNameIsNotReplaced();
    void cancelledStoreLeavesNothing();
    void stalePartialFilesAreSwept();
    void readOnlyFolderFailsClearlyAndLeavesNothing();
    void missingFolderAndMissingFiles();
    void namesThatAreNotBackupsAreRefused();
    void openDestinationChoosesTheKind_data();
    void openDestinationChoosesTheKind();
    void passwordSecretNames_data();
    void passwordSecretNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QByteArray m_sha;
    QString folder() const { return m_dir->filePath(QStringLiteral("backups")); }
};

void TestLocalFolderDestination::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(QStringLiteral("hubstate-20261125T120000Z.hsbk"));
    m_sha = writeBackupLikeFile(m_source, kBackupSize);
    QVERIFY(!m_sha.isEmpty());
}

void TestLocalFolderDestination::roundTripKeepsEveryByte()
{
    LocalFolderDestination destination(folder());
    QCOMPARE(destination.displayName(), folder());
    QVERIFY(destination.testConnection()); // creates the folder
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    const QString name = QStringLiteral("hubstate-20261125T120000Z.hsbk");
    const Status stored = destination.store(m_source, name, m_sha, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(stored, qPrintable(stored.error().message));
    QCOMPARE(lastDone, kBackupSize);
    QCOMPARE(lastTotal, kBackupSize);
    QCOMPARE(allNames(folder()), QStringList{name}); // no .partial, no probe left behind
    QCOMPARE(sha256OfFile(folder() + u'/' + name), m_sha);

    const Result<QList<Destination::Entry>> listed = destination.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().name, name);
    QCOMPARE(listed->first().size, kBackupSize);
    QCOMPARE(listed->first().modified.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(listed->first().modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QString fetched = m_dir->filePath(QStringLiteral("restore/fetched.hsbk"));
    QVERIFY(QDir().mkpath(QFileInfo(fetched).absolutePath()));
    QVERIFY(destination.fetch(name, fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
    QCOMPARE(allNames(QFileInfo(fetched).absolutePath()), QStringList{"fetched.hsbk"});

    QVERIFY(destination.remove(name));
    QVERIFY(allNames(folder()).isEmpty());
    QVERIFY(destination.list()->isEmpty());
}

void TestLocalFolderDestination::listShowsOnlyFinishedBackups()
{
    LocalFolderDestination destination(folder());
    QVERIFY(QDir().mkpath(folder() + QStringLiteral("/nested.hsbk")));
    for (const char *name : {"a.hsbk", "b.tar.zst", "c.hsbk.partial", ".d.hsbk", "notes.txt",
                             "e.tar.zst.partial", ".f.hsbk.partial-x1y2"})
        QVERIFY(writeFile(folder() + u'/' + QLatin1String(name), "x"));
    const Result<QList<Destination::Entry>> listed = destination.list();
    QVERIFY(listed);
    QStringList names;
    for (const Destination::Entry &entry : *listed)
        names.append(entry.name);
    QCOMPARE(names, (QStringList{"a.hsbk", "b.tar.zst"}));
}

void TestLocalFolderDestination::backupAlreadyInTheFolderIsOnlyVerified()
{
    // The engine wrote the backup straight into the destination folder.
    LocalFolderDestination destination(m_dir->path());
    const QString name = QFileInfo(m_source).fileName();
    const QDateTime before = QFileInfo(m_source).lastModified();
    QVERIFY(destination.store(m_source, name, m_sha));
    QCOMPARE(sha256OfFile(m_source), m_sha);
    QCOMPARE(QFileInfo(m_source).lastModified(), before);
    QVERIFY(!QFileInfo::exists(m_source + QStringLiteral(".partial")));

    const Status wrong = destination.store(m_source, name, Crypto::sha256("other"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Damaged);
    QVERIFY2(wrong.error().message.contains(name), qPrintable(wrong.error().message));
    QCOMPARE(sha256OfFile(m_source), m_sha); // left as it was
}

void TestLocalFolderDestination::wrongHashStoresNothing()
{
    LocalFolderDestination destination(folder());
    const Status stored =
        destination.store(m_source, QStringLiteral("x.hsbk"), Crypto::sha256("not this file"));
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, ErrorCode::Damaged);
    QVERIFY2(stored.error().message.contains(m_source), qPrintable(stored.error().message));
    QVERIFY(allNames(folder()).isEmpty());
}

void TestLocalFolderDestination::differentBackupUnderTheSameNameIsNotReplaced()
{
    LocalFolderDestination destination(folder());
    const QString name = QStringLiteral("same.hsbk");
    QVERIFY(destination.store(m_source, name, m_sha));
    QVERIFY(destination.store(m_source, name, m_sha)); // a retried store of the same bytes
    const QString other = m_dir->filePath(QStringLiteral("other.hsbk"));
    const QByteArray otherSha = writeBackupLikeFile(other, 4096, 7);
    const Status replaced = destination.store(other, name, otherSha);
    QVERIFY(!replaced);
    QVERIFY2(replaced.error().message.contains(name), qPrintable(replaced.error().message));
    QCOMPARE(sha256OfFile(folder() + u'/' + name), m_sha);
    QCOMPARE(allNames(folder()), QStringList{name});
}

void TestLocalFolderDestination::cancelledStoreLeavesNothing()
{
    LocalFolderDestination destination(folder());
    const Status stored = destination.store(m_source, QStringLiteral("c.hsbk"), m_sha,
                                            [](qint64 done, qint64) { return done < 1 << 20; });
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QLatin1String("cancelled")),
             qPrintable(stored.error().message));
    QVERIFY(allNames(folder()).isEmpty());
}

void TestLocalFolderDestination::stalePartialFilesAreSwept()
{
    LocalFolderDestination destination(folder());
    const QString stale = folder() + QStringLiteral("/old.hsbk.partial");
    const QString recent = folder() + QStringLiteral("/running.hsbk.partial");
    QVERIFY(writeFile(stale, "left by a killed store"));
    QVERIFY(writeFile(recent, "a store still running"));
    QVERIFY(writeFile(folder() + QStringLiteral("/notes.partial"), "not ours"));
    QFile old(stale);
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                            QFileDevice::FileModificationTime));
    old.close();
    QVERIFY(destination.store(m_source, QStringLiteral("new.hsbk"), m_sha));
    QCOMPARE(allNames(folder()),
             (QStringList{"new.hsbk", "notes.partial", "running.hsbk.partial"}));
}

void TestLocalFolderDestination::readOnlyFolderFailsClearlyAndLeavesNothing()
{
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(QFile::setPermissions(
        folder(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    const bool root = ::geteuid() == 0;
    if (root && !setImmutable(folder(), true))
        QSKIP("running as root on a file system without the immutable flag: no read-only folder");
    auto restore = qScopeGuard([&] {
        if (root)
            setImmutable(folder(), false);
        QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    LocalFolderDestination destination(folder());
    const Status probe = destination.testConnection();
    QVERIFY(!probe);
    QCOMPARE(probe.error().code, ErrorCode::OperationFailed);
    QVERIFY2(probe.error().message.contains(folder()), qPrintable(probe.error().message));

    const Status stored = destination.store(m_source, QStringLiteral("ro.hsbk"), m_sha);
    QVERIFY(!stored);
    const QString message = stored.error().message;
    QVERIFY2(message.contains(folder()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Permission denied"))
                 || message.contains(QLatin1String("Operation not permitted")),
             qPrintable(message));
    QVERIFY(allNames(folder()).isEmpty());
}

void TestLocalFolderDestination::missingFolderAndMissingFiles()
{
    LocalFolderDestination destination(folder());
    const Result<QList<Destination::Entry>> listed = destination.list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(folder()), qPrintable(listed.error().message));

    QVERIFY(destination.store(m_source, QStringLiteral("first.hsbk"), m_sha)); // creates it
    const Status fetched =
        destination.fetch(QStringLiteral("absent.hsbk"), m_dir->filePath(QStringLiteral("f")));
    QVERIFY(!fetched);
    QVERIFY(fetched.error().message.contains(QLatin1String("absent.hsbk")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("f"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("f.partial"))));
    QVERIFY(destination.remove(QStringLiteral("absent.hsbk"))); // gone is gone
    const Status inMissingFolder =
        LocalFolderDestination(m_dir->filePath(QStringLiteral("nowhere"))).remove("x.hsbk");
    QVERIFY(!inMissingFolder);
    QVERIFY(inMissingFolder.error().message.contains(m_dir->filePath(QStringLiteral("nowhere"))));
}

void TestLocalFolderDestination::namesThatAreNotBackupsAreRefused()
{
    LocalFolderDestination destination(folder());
    for (const char *name : {"../escape.hsbk", "a/b.hsbk", ".hidden.hsbk", "x.hsbk.partial",
                             "notes.txt", ".hsbk", ""}) {
        const Status stored = destination.store(m_source, QLatin1String(name), m_sha);
        QVERIFY2(!stored, name);
        QCOMPARE(stored.error().code, ErrorCode::InvalidInput);
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.hsbk"))));
    QVERIFY(isBackupFileName(QStringLiteral("hubstate-20261125T120000Z.hsbk")));
    QVERIFY(isBackupFileName(QStringLiteral("hubstate-20261125T120000Z.tar.zst")));
}

void TestLocalFolderDestination::openDestinationChoosesTheKind_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("shown"); // displayName, or a part of the error message

    QTest::newRow("folder") << "/srv/backups" << true << "/srv/backups";
    QTest::newRow("folder cleaned") << "/srv//backups/" << true << "/srv/backups";
    QTest::newRow("file url") << "file:///srv/backups" << true << "/srv/backups";
    QTest::newRow("webdav") << "https://dav.example.org/backups" << true
                            << "https://dav.example.org/backups/";
    QTest::newRow("webdav http") << "http://127.0.0.1:8080/dav/" << true
                                 << "http://127.0.0.1:8080/dav/";
    QTest::newRow("ftp") << "ftp://example.org/backups" << false << "\"ftp\"";
    QTest::newRow("s3 without key id") << "s3://bucket/backups" << false
                                       << "names no access key id";
    QTest::newRow("s3 secret in url")
        << "s3://AKIAEXAMPLE:Sup3rSecretPw@s3.amazonaws.com/bucket/" << false << "carries a secret";
    QTest::newRow("s3 without keychain") << "s3://AKIAEXAMPLE@s3.eu-west-3.amazonaws.com/bucket/"
                                         << false << "keychain";
    QTest::newRow("empty") << "" << false << "No backup destination";
    QTest::newRow("password in url") << "https://alice:Sup3rSecretPw@dav.example.org/b/" << false
                                     << "backup.webdav.alice_40dav.example.org_3A443";
    QTest::newRow("user without keychain")
        << "https://alice@dav.example.org/b/" << false << "https://alice@dav.example.org/b/";
}

void TestLocalFolderDestination::openDestinationChoosesTheKind()
{
    QFETCH(QString, spec);
    QFETCH(bool, opens);
    QFETCH(QString, shown);
    const Result<std::unique_ptr<Destination>> opened = openDestination(spec, nullptr);
    QCOMPARE(opened.ok(), opens);
    if (opens) {
        QCOMPARE((*opened)->displayName(), shown);
        return;
    }
    QVERIFY2(opened.error().message.contains(shown), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("Sup3rSecretPw")));
    QVERIFY(!opened.error().detail.contains(QLatin1String("Sup3rSecretPw")));
}

void TestLocalFolderDestination::passwordSecretNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::newRow("https default port") << "https://alice@dav.example.org/x/"
                                        << "backup.webdav.alice_40dav.example.org_3A443";
    QTest::newRow("http with port") << "http://bob@127.0.0.1:8080/"
                                    << "backup.webdav.bob_40127.0.0.1_3A8080";
    QTest::newRow("host case folded") << "https://bob@DAV.Example.ORG/"
                                      << "backup.webdav.bob_40dav.example.org_3A443";
    QTest::newRow("e-mail as user") << "https://carol%40example.com@host/"
                                    << "backup.webdav.carol_40example.com_40host_3A443";
    QTest::newRow("underscore escaped") << "https://d_e@host/"
                                        << "backup.webdav.d_5Fe_40host_3A443";
    QTest::newRow("path does not matter") << "https://alice@dav.example.org/other/"
                                          << "backup.webdav.alice_40dav.example.org_3A443";
}

void TestLocalFolderDestination::passwordSecretNames()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    QCOMPARE(WebDavDestination::passwordSecretName(QUrl(url)), secret);
}

QTEST_GUILESS_MAIN(TestLocalFolderDestination)
#include "tst_localfolderdestination.moc"
