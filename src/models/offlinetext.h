#pragma once

#include "contentpack.h"

#include <QString>

// The offline features' words in the learner's language (context "OfflineText"): sizes, why a
// download stopped, why a pack's course was refused.
namespace OfflineText {

// "1.2 MB" / "1,2 Mo" / "1,2 MB": decimal units, as phones show storage.
QString bytes(qint64 bytes, const QString &languageCode);
QString problem(const QString &code);
QString refusal(const ContentPack::CourseResult &course);

} // namespace OfflineText
