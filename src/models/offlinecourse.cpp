#include "offlinecourse.h"

#include "downloadsbinding.h"
#include "offlinelibrary.h"
#include "offlinetext.h"

OfflineCourse::OfflineCourse(QObject *parent)
    : QObject(parent) {}

void OfflineCourse::setDownloads(DownloadCenter *downloads) {
    bindDownloads(this, m_downloads, downloads, &OfflineCourse::update);
}

void OfflineCourse::setCourseId(const QString &courseId) {
    if (m_courseId == courseId)
        return;
    m_courseId = courseId;
    emit courseIdChanged();
    update();
}

void OfflineCourse::update() {
    QString state = QStringLiteral("none");
    double progress = 0;
    QString text;
    const OfflinePackage *package = m_downloads ? m_downloads->packageFor(m_courseId) : nullptr;
    if (package) {
        const auto p = m_downloads->downloader().progress(*package);
        progress = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0;
        const QString percent = QString::number(qFloor(progress * 100));
        const QString done = m_downloads->formatBytes(double(p.bytesDone));
        const QString total = m_downloads->formatBytes(double(p.bytesTotal));
        if (!package->next) {
            const bool update = m_downloads->updateAvailable(m_courseId);
            state = update ? QStringLiteral("update") : QStringLiteral("complete");
            text = update ? tr("Available offline (%1). A newer version is on the server.").arg(total)
                          : tr("Available offline (%1)").arg(total);
        } else if (package->state == OfflinePackage::State::Downloading) {
            const bool waiting = m_downloads->waitingForNetwork();
            state = waiting ? QStringLiteral("waiting") : QStringLiteral("downloading");
            text = waiting ? tr("Waiting for the network: %1 % done").arg(percent)
                           : tr("Downloading: %1 % (%2 of %3, %4 of %5 files)")
                                 .arg(percent, done, total)
                                 .arg(p.filesDone)
                                 .arg(p.filesTotal);
        } else {
            state = package->state == OfflinePackage::State::Paused ? QStringLiteral("paused")
                                                                    : QStringLiteral("failed");
            const QString why = OfflineText::problem(package->problem);
            text = why.isEmpty() ? tr("Paused at %1 %").arg(percent) : why;
        }
    }
    if (state == m_state && progress == m_progress && text == m_statusText)
        return;
    m_state = state;
    m_progress = progress;
    m_statusText = text;
    emit changed();
}
