#include "breadcrumbs.h"

#include <QJsonObject>

namespace tpn::telemetry {

void Breadcrumbs::add(QLatin1StringView category, const QString &message) {
    if (m_crumbs.size() >= kCapacity)
        m_crumbs.removeFirst();
    m_crumbs.append({QDateTime::currentDateTimeUtc(), category.toString(), message.left(kMaxMessageLength)});
    emit changed();
}

QJsonArray Breadcrumbs::toJson() const {
    QJsonArray array;
    for (const Crumb &crumb : m_crumbs)
        array.append(QJsonObject{{QStringLiteral("at"), crumb.at.toString(Qt::ISODate)},
                                 {QStringLiteral("category"), crumb.category},
                                 {QStringLiteral("message"), crumb.message}});
    return array;
}

} // namespace tpn::telemetry
