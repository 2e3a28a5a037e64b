// The backup manifest (MANIFEST.json) as `backup verify` and `backup restore` read it from an
// archive; an accepted manifest must write and read back the same.
#include "core/backup/manifest.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const Result<BackupManifest> manifest =
        BackupManifest::fromJson(input, QStringLiteral("fuzz.hsbk"));
    if (!manifest) {
        (void)manifest.error().message;
        return;
    }
    for (const BackupManifest::Entry &entry : manifest->entries)
        Hubstate::Fuzz::check(manifest->entry(entry.name) != nullptr, "every entry is found");
    const QByteArray written = manifest->toJson();
    const Result<BackupManifest> reread =
        BackupManifest::fromJson(written, QStringLiteral("rewritten.hsbk"));
    Hubstate::Fuzz::check(reread.ok() && reread->toJson() == written,
                          "an accepted manifest writes and reads back the same");
}
