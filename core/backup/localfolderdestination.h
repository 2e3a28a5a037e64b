#pragma once

#include "destination.h"

#include <QCoreApplication>

namespace Hubstate::Core {

// Backups in a folder (a local disk, a mounted share). A store copies to `<name>.partial`
// beside the target, flushes it, checks the copy's SHA-256, then renames it into place and
// flushes the folder; a crash leaves at most a `.partial`, which is never listed and is swept
// by a store a day later. Storing a file that already is `<folder>/<name>` only verifies it.
class LocalFolderDestination final : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::LocalFolderDestination)

public:
    explicit LocalFolderDestination(QString folder);

    QString folder() const { return m_folder; }

    QString displayName() const override;
    [[nodiscard]] Status testConnection() override;
    [[nodiscard]] Result<QList<Entry>> list() override;
    [[nodiscard]] Status store(const QString &localFile, const QString &name,
                               const QByteArray &sha256, const Progress &progress = {}) override;
    [[nodiscard]] Status fetch(const QString &name, const QString &localFile,
                               const Progress &progress = {}) override;
    [[nodiscard]] Status remove(const QString &name) override;

private:
    [[nodiscard]] Status checkName(const QString &name) const;
    QString what() const; // "Backup folder F" or "Sync folder F", for messages
    [[nodiscard]] Status ensureFolder() const;
    void sweepStalePartials() const;
    [[nodiscard]] Result<QByteArray> hashOf(const QString &path, const Progress &progress) const;

    QString m_folder;
};

} // namespace Hubstate::Core
