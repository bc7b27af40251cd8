#pragma once

#include "router.h"
#include "userstore.h"

#include <QFuture>
#include <QList>
#include <QThreadPool>

namespace tpn::server {

class AuthService;
class Database;
class UserDataSource;

// /mobile-api/user/*: the profile, the export and the deletion of the account. Every handler gets the
// user its access token belongs to and reads and writes only that user's rows.
class UserRoutes {
public:
    // sources: everything else kept per user; it goes into the export and is erased with the account.
    UserRoutes(const Database &database, AuthService &auth, UserStore &users,
               QList<UserDataSource *> sources);

    // The handlers refer to this object, which must outlive the router and the server.
    void addTo(Router &router);

private:
    using UserHandler = ApiResult (UserRoutes::*)(const ApiRequest &, const UserRow &);
    RouteHandler authenticated(UserHandler handler);

    ApiResult profile(const ApiRequest &request, const UserRow &user);
    ApiResult updateProfile(const ApiRequest &request, const UserRow &user);
    // Made on m_exporting into a file that the server streams (userexport.h, StreamedBody).
    QFuture<ApiResult> exportData(const ApiRequest &request, const UserRow &user);
    QString exportDirectory() const;
    ApiResult deleteUser(const ApiRequest &request, const UserRow &user);

    const Database &m_database;
    AuthService &m_auth;
    UserStore &m_users;
    QList<UserDataSource *> m_sources;
    QThreadPool m_exporting; // declared last: destroyed (waiting for its exports) first
};

} // namespace tpn::server
