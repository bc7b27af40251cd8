#pragma once

#include "coursedownloader.h"

#include <QList>
#include <QString>
#include <functional>

class ContentKey;
class ContentStore;

// A pack: downloaded courses in a folder that travels by USB stick or SD card, with no network
// (docs/offline.md):
//   tekpounou-pack.json, courses/<course id>/<language>/{manifest.json,signature}, files/<sha256>
// Reading and writing one is file work only, safe on a worker thread; nothing here touches SQLite.
namespace ContentPack {

// Why one course of a pack was refused; the UI words it in the learner's language.
struct Refusal {
    enum class Kind {
        None,
        Unsigned,  // no signature, or not by the trusted key
        Malformed, // the manifest breaks a rule, or the folders do not match it
        Missing,   // a file the manifest lists is not in the pack
        Mismatch,  // a file's bytes do not match the manifest (tampered or damaged)
        NoRoom,    // the device is full
    };
    Kind kind = Kind::None;
    QString path;         // the manifest's path of the file concerned, when there is one
    int lessonNumber = 0; // its position among the lessons (from 1), for "lesson 3 of …"
};

struct CourseResult {
    QString courseId;
    QString language;
    QString title; // from the course's own (checked) course.json, else empty
    SignedManifest signedManifest;
    Refusal refusal;
    bool ok() const { return refusal.kind == Refusal::Kind::None; }
};

struct ImportResult {
    bool isPack = false; // the folder (or its only sub-folder) holds tekpounou-pack.json
    QString packDir;
    QList<CourseResult> courses;
};

using Progress = std::function<void(int done, int total)>;

// Checks every course of the pack against `key` and every file against its hash, and copies the
// files of the courses that pass into `store`, where they stay invisible until the library lists
// the course. A refused course copies nothing anyone can see.
ImportResult read(const QString &folder, const ContentKey &key, ContentStore &store,
                  const Progress &progress);

struct ExportResult {
    QString packDir; // the folder written, inside the chosen one
    int courses = 0;
    QString error; // technical, for logs; empty on success
};

// Writes `packages` (complete ones) into a new folder inside `folder`, through a temporary name, so a
// failure never leaves a half pack that looks whole.
ExportResult write(const QString &folder, const QList<OfflinePackage> &packages, ContentStore &store,
                   const Progress &progress);

} // namespace ContentPack
