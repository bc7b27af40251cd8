#pragma once

#include "offlinelibrary.h"

class ContentStore;
class CourseCache;

// Puts a downloaded course into the catalog cache, in the language it was downloaded in: its
// record, its lesson list and every lesson, read from the checked files, so every screen reads it
// offline as it reads anything seen. False (and the cache as it was) when a file is missing or does
// not decode.
bool installIntoCatalog(const OfflinePackage &package, ContentStore &store, CourseCache &cache,
                        const QString &languageTag, QString *problem = nullptr);
