#pragma once

#include <QStringList>

namespace tpn::server {

// `tekpounou-server export-pack --data DIR --signing-key FILE --language LANG --out PACKDIR
// [--course ID...]`: writes the offline content of the catalog in DIR as a pack folder (docs/api.md,
// "Content packs") for a USB stick or SD card. Every course (or the ones named) in LANG, or in its default
// language when it lacks LANG. The pack is written beside PACKDIR under a temporary name and renamed
// when complete, so a failure leaves no half pack. Exit 0 with a one-line summary on stdout; 2 for bad
// options, an unknown course or language, or an unusable key; 1 when the pack cannot be written.
bool isExportPackCommand(const QStringList &arguments);
int runExportPackCommand(const QStringList &arguments);

} // namespace tpn::server
