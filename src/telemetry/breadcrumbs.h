#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QLatin1StringView>
#include <QList>
#include <QObject>

namespace tpn::telemetry {

// The last 50 things the app said it did (screen changes, sync and download events, network state),
// carried by every crash and error report. A breadcrumb is the app's own short text, never a learner's
// words or a record id. GUI thread only.
class Breadcrumbs : public QObject {
    Q_OBJECT
public:
    static constexpr int kCapacity = 50;
    static constexpr int kMaxMessageLength = 200; // the server's limit

    using QObject::QObject;

    void add(QLatin1StringView category,
             const QString &message); // category: screen|sync|download|network|app
    QJsonArray toJson() const;        // oldest first, {at, category, message}

signals:
    // A crash handler keeps a copy ready, since it cannot build one while the process is dying.
    void changed();

private:
    struct Crumb {
        QDateTime at;
        QString category;
        QString message;
    };
    QList<Crumb> m_crumbs;
};

} // namespace tpn::telemetry
