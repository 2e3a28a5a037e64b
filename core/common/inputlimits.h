#pragma once

#include <QtGlobal>

namespace Hubstate::Core::InputLimits {

// How much Hubstate reads from a file it did not write this minute. Beyond a limit the input is
// refused with a message naming the file and the limit; nothing is cut or dropped silently.
// Each is many times what a real file of its kind needs (docs/security.md lists them).

constexpr qsizetype kibibyte = 1024;
constexpr qsizetype mebibyte = 1024 * kibibyte;

// Configuration document (config validate / import, the Advanced page): about 20 KiB in full.
constexpr qsizetype configDocumentBytes = 1 * mebibyte;
// Inside it: a member name, and what is kept of keys Hubstate does not know.
constexpr qsizetype configKeyCharacters = 128;
constexpr qsizetype unknownKeyPathCharacters = 256;
constexpr qsizetype unknownValueCharacters = 4096;
constexpr int unknownKeysKept = 100;

// Layout document (layout validate / import): at most 9 panes, about 2 KiB.
constexpr qsizetype layoutDocumentBytes = 256 * kibibyte;

// One line of a history file (JSON Lines): one message with its text.
constexpr qsizetype historyLineBytes = 1 * mebibyte;

// Backup manifest, secrets list and restore journal, and the backup catalog.
constexpr qsizetype manifestBytes = 16 * mebibyte;
constexpr qsizetype secretsBytes = 4 * mebibyte;
constexpr qsizetype restoreJournalBytes = 1 * mebibyte;
constexpr qsizetype catalogBytes = 16 * mebibyte;

} // namespace Hubstate::Core::InputLimits
