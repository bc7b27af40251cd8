#pragma once

#include "envelope.h"
#include "queryparameters.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace tpn::server {

// One request as a handler sees it: the HTTP request plus the decoded path and query parameters.
struct ApiRequest {
    const QHttpServerRequest &http;
    QHash<QString, QString> pathParameters;
    QueryParameters query;

    QString pathParameter(const QString &name) const { return pathParameters.value(name); }
};

// Handlers return the data on success and throw ApiError otherwise.
using RouteHandler = std::function<ApiResult(const ApiRequest &)>;

// A handler whose work runs elsewhere (Argon2 on a worker thread, authservice.h): it throws ApiError for
// what it refuses at once; otherwise the server answers the future's result or exception, on its own
// thread, once the future finishes.
using AsyncRouteHandler = std::function<QFuture<ApiResult>(const ApiRequest &)>;

// What a route answers that sends bytes of its own instead of an envelope (the offline content's
// files). Its errors are still ApiErrors, answered with the envelope.
struct RawReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type, ETag, Cache-Control… as the route means
    bool compressible = false;                    // gzip it when the client accepts gzip and it is worth it
};
using RawRouteHandler = std::function<RawReply(const ApiRequest &)>;

// How ApiServer answers a route's successful requests.
struct RouteOptions {
    int successStatus = 200; // 201 for a route that creates
    // The answer holds one user's data: sent with Cache-Control: no-store and without an ETag, so that
    // no HTTP cache — the app's own included — keeps a copy.
    bool personal = false;
    // Fault injection (--fault-rate) may hit the route's requests: only the sync routes, whose clients
    // must cope with lost answers anyway; the rest of the API stays reliable for the tests that use it.
    bool faultInjection = false;
    // The largest request body the route takes; 0: the server's MaximumBodySize. Larger: 413.
    qsizetype maximumBodySize = 0;
};

// Dispatches by method and path pattern ("/mobile-api/courses/{id}"). Each feature registers its own
// routes (see catalogroutes.h), so adding one does not touch the others or the server.
class Router {
public:
    void addRoute(QHttpServerRequest::Method method, const QString &pattern, RouteHandler handler,
                  RouteOptions options = {});
    void addRawRoute(QHttpServerRequest::Method method, const QString &pattern, RawRouteHandler handler);
    void addAsyncRoute(QHttpServerRequest::Method method, const QString &pattern, AsyncRouteHandler handler,
                       RouteOptions options = {});

    struct Match {
        const RouteHandler *handler = nullptr;           // an envelope route, or
        const RawRouteHandler *rawHandler = nullptr;     // a raw one, or
        const AsyncRouteHandler *asyncHandler = nullptr; // an asynchronous one; all null: none for the method
        RouteOptions options;
        QHash<QString, QString> pathParameters;
        QHttpServerRequest::Methods allowedMethods; // empty: no route for this path at all
        QString pattern; // the matched route's, "/mobile-api/courses/{id}"; empty when none matched
        bool found() const { return handler || rawHandler || asyncHandler; }
    };
    // HEAD is answered by the GET route, without the body.
    Match match(QHttpServerRequest::Method method, const QStringList &segments) const;
    // The largest maximumBodySize of the routes of this path, whatever their method; 0: none sets one.
    qsizetype maximumBodySize(const QStringList &segments) const;

private:
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        RouteHandler handler;
        RawRouteHandler rawHandler;
        AsyncRouteHandler asyncHandler;
        RouteOptions options;
    };
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *parameters);

    QList<Route> m_routes;
};

// The percent-decoded segments of a URL path; "/a/b%2Fc" gives ["a", "b/c"].
QStringList pathSegments(const QUrl &url);

// "GET, HEAD" — the value of an Allow header.
QByteArray allowHeader(QHttpServerRequest::Methods methods);

} // namespace tpn::server
