#pragma once

#include "contentmanifest.h"
#include "sqlitedatabase.h"

#include <QObject>
#include <QSet>
#include <optional>

// One course in one language that the learner asked to keep on the device.
struct OfflinePackage {
    enum class State { Downloading, Paused, Complete, Failed };

    QString courseId;
    QString language; // the manifest's language (ht, fr, en)
    QString title;
    State state = State::Downloading;
    QString problem; // why it stopped (Failed, or Paused by a rule): a code the UI words
    // The version on the device (none until the first download completes) and the one being fetched.
    std::optional<ContentManifest> current;
    QByteArray currentText, currentSignature;
    std::optional<ContentManifest> next;
    QByteArray nextText, nextSignature;

    const ContentManifest *target() const { return next ? &*next : current ? &*current : nullptr; }
    void dropNext() {
        next.reset();
        nextText.clear();
        nextSignature.clear();
    }
};

// What the learner downloaded, and the download queue, in `offline.sqlite` (device-wide, like the
// content files): it survives a restart or a kill, and the files in ContentStore become part of a
// course only when its row says so. Also counts the bytes downloaded per month for the data budget.
class OfflineLibrary : public QObject {
    Q_OBJECT
public:
    explicit OfflineLibrary(const QString &path, QObject *parent = nullptr);

    bool open();
    QString errorString() const { return m_database.errorString(); }

    QList<OfflinePackage> packages() const { return m_packages; }
    const OfflinePackage *package(const QString &courseId, const QString &language) const;
    // The course's package in `language`, else in any language the device has.
    const OfflinePackage *bestPackage(const QString &courseId, const QString &language) const;
    // The first package still to fetch, in the order they were asked for.
    const OfflinePackage *nextInQueue() const;

    // Queues a verified manifest: a new package, or an update of one already on the device.
    bool enqueue(const QString &title, const ContentManifest &manifest, const QByteArray &text,
                 const QByteArray &signature);
    bool setState(const QString &courseId, const QString &language, OfflinePackage::State state,
                  const QString &problem = {});
    // The fetched version becomes the one on the device.
    bool complete(const QString &courseId, const QString &language);
    // Fetches the version on the device again (some of its files were found damaged).
    bool repair(const QString &courseId, const QString &language);
    // Cancel: forgets the version being fetched (an earlier one stays). Remove: forgets the package.
    bool cancel(const QString &courseId, const QString &language);
    bool remove(const QString &courseId, const QString &language);

    // Every file any package lists (current or being fetched): nothing else may be cleared away.
    QSet<QString> referencedHashes() const;

    qint64 bytesThisMonth() const;
    void countBytes(qint64 bytes);

signals:
    void changed(const QString &courseId);

private:
    bool load();
    bool write(const OfflinePackage &package);
    OfflinePackage *find(const QString &courseId, const QString &language);

    SqliteDatabase m_database;
    QList<OfflinePackage> m_packages;
};
