#pragma once

#include "contentstore.h"

namespace tpn::server {

class CatalogStore;
class SigningKey;

// Prepares the offline content of the whole catalog: for every course and each language it is complete
// in, course.json and lessons/<id>.json — the compact JSON of the `data` the course and lesson endpoints
// answer, byte for byte, made by the same code — plus the images they show, and the manifest listing
// them, signed with key (unsigned when key is null). Throws DatabaseError.
ContentStore publishContent(CatalogStore &catalog, const SigningKey *key);

} // namespace tpn::server
