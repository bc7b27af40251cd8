#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

class CourseDownloader;
class ContentStore;
class LanguageController;

// Carrying courses without a network (QML singleton `Packs`): exports the downloaded courses as a
// pack into a folder the learner picks, and imports a pack from one, with no server. Import checks
// every manifest's signature and every file's hash first (on a worker thread, with progress); a
// tampered course is refused by name and the rest still comes in.
class PackTransfer : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)

public:
    PackTransfer(CourseDownloader &downloader, ContentStore &store, LanguageController &language,
                 QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString result() const { return m_result; }
    QStringList problems() const { return m_problems; }

    // `folder` is a path or a file: URL.
    Q_INVOKABLE void exportTo(const QString &folder);
    Q_INVOKABLE void importFrom(const QString &folder);
    Q_INVOKABLE void clearResult();
    // Where a pack may go or come from: the learner's documents folder and every mounted drive
    // (a USB stick, an SD card), each as {name, path}.
    Q_INVOKABLE QVariantList places() const;

signals:
    void changed();
    void finished(); // an export or import ended (result and problems are set)

private:
    void begin();
    void end(const QString &result, const QStringList &problems = {});
    void setProgress(int done, int total);

    CourseDownloader &m_downloader;
    ContentStore &m_store;
    bool m_busy = false;
    double m_progress = 0;
    QString m_result;
    QStringList m_problems;
};
