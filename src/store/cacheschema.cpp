#include "cacheschema.h"

// Rows are keyed by the language the learner asked for (`language`), since the same course reads
// differently in ht, fr and en; `served_language` records what the server actually sent.
const QList<Migration> &cacheMigrations() {
    static const QList<Migration> migrations = {
        {1,
         {QStringLiteral("CREATE TABLE courses ("
                         " id TEXT NOT NULL, language TEXT NOT NULL, category TEXT NOT NULL,"
                         " title TEXT NOT NULL, summary TEXT NOT NULL, served_language TEXT NOT NULL,"
                         " languages TEXT NOT NULL, icon TEXT NOT NULL, color TEXT NOT NULL,"
                         " lesson_count INTEGER NOT NULL, duration_minutes INTEGER NOT NULL,"
                         " updated_at TEXT NOT NULL, search_key TEXT NOT NULL,"
                         " PRIMARY KEY (id, language))")}},
        {2,
         {QStringLiteral("ALTER TABLE courses ADD COLUMN description TEXT"),
          QStringLiteral("CREATE TABLE lessons ("
                         " course_id TEXT NOT NULL, language TEXT NOT NULL, id TEXT NOT NULL,"
                         " position INTEGER NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,"
                         " duration_minutes INTEGER NOT NULL, body TEXT, served_language TEXT,"
                         " updated_at TEXT, PRIMARY KEY (course_id, language, id))")}},
        {3,
         {QStringLiteral("ALTER TABLE courses ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE TABLE categories ("
                         " id TEXT NOT NULL, language TEXT NOT NULL, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL, icon TEXT NOT NULL, color TEXT NOT NULL,"
                         " course_count INTEGER NOT NULL, PRIMARY KEY (id, language))"),
          // The catalog screen's queries: one language, in order, optionally one category.
          QStringLiteral("CREATE INDEX courses_by_language ON courses (language, position, id)"),
          QStringLiteral("CREATE INDEX courses_by_category ON courses (language, category, position, id)"),
          QStringLiteral("CREATE INDEX lessons_by_course ON lessons (course_id, language, position)")}},
        // The course picture's content hash (docs/api.md, "image"); empty when it has none.
        {4, {QStringLiteral("ALTER TABLE courses ADD COLUMN image TEXT NOT NULL DEFAULT ''")}},
    };
    return migrations;
}
