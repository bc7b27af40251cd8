#include "router.h"

#include <QMetaEnum>

namespace tpn::server {

namespace {

bool isParameter(const QString &segment) {
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void Router::addRoute(QHttpServerRequest::Method method, const QString &pattern, RouteHandler handler,
                      RouteOptions options) {
    Q_ASSERT(pattern.startsWith(u'/'));
    m_routes.append({method, pattern.mid(1).split(u'/'), std::move(handler), {}, {}, options});
}

void Router::addRawRoute(QHttpServerRequest::Method method, const QString &pattern, RawRouteHandler handler) {
    Q_ASSERT(pattern.startsWith(u'/'));
    m_routes.append({method, pattern.mid(1).split(u'/'), {}, std::move(handler), {}, {}});
}

void Router::addAsyncRoute(QHttpServerRequest::Method method, const QString &pattern,
                           AsyncRouteHandler handler, RouteOptions options) {
    Q_ASSERT(pattern.startsWith(u'/'));
    m_routes.append({method, pattern.mid(1).split(u'/'), {}, {}, std::move(handler), options});
}

bool Router::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *parameters) {
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isParameter(expected)) {
            if (segments.at(i).isEmpty())
                return false;
            found.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    *parameters = std::move(found);
    return true;
}

Router::Match Router::match(QHttpServerRequest::Method method, const QStringList &segments) const {
    using Method = QHttpServerRequest::Method;
    const Method wanted = method == Method::Head ? Method::Get : method;
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> parameters;
        if (!matches(route, segments, &parameters))
            continue;
        result.allowedMethods |= route.method;
        if (route.method == Method::Get)
            result.allowedMethods |= Method::Head;
        if (route.method == wanted && !result.found()) {
            if (route.rawHandler)
                result.rawHandler = &route.rawHandler;
            else if (route.asyncHandler)
                result.asyncHandler = &route.asyncHandler;
            else
                result.handler = &route.handler;
            result.options = route.options;
            result.pathParameters = std::move(parameters);
            result.pattern = u'/' + route.segments.join(u'/');
        }
    }
    return result;
}

qsizetype Router::maximumBodySize(const QStringList &segments) const {
    qsizetype largest = 0;
    QHash<QString, QString> parameters;
    for (const Route &route : m_routes) {
        if (matches(route, segments, &parameters))
            largest = qMax(largest, route.options.maximumBodySize);
    }
    return largest;
}

QStringList pathSegments(const QUrl &url) {
    // Split the encoded path first so that an encoded slash stays inside its segment.
    QStringList segments;
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &segment : path.mid(path.startsWith('/') ? 1 : 0).split('/'))
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    return segments;
}

QByteArray allowHeader(QHttpServerRequest::Methods methods) {
    const QMetaEnum names = QMetaEnum::fromType<QHttpServerRequest::Method>();
    QByteArrayList allowed;
    for (int i = 0; i < names.keyCount(); ++i) {
        const auto method = QHttpServerRequest::Method(names.value(i));
        if (method != QHttpServerRequest::Method::AnyKnown && methods.testFlag(method) &&
            method != QHttpServerRequest::Method::Unknown)
            allowed.append(QByteArray(names.key(i)).toUpper());
    }
    return allowed.join(", ");
}

} // namespace tpn::server
