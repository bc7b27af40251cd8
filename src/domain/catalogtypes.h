#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The course catalog as the client knows it. Plain values: they cross from the API client to the
// cache and on to the view-models, and none of those layers needs more than data.

struct Category {
    QString id;
    QString name;
    QString icon;
    QString color; // #RRGGBB
    int courseCount = 0;
};

struct CourseSummary {
    QString id;
    QString category;
    QString title;
    QString summary;
    QString language; // the language the server actually served (may be a fallback)
    QStringList languages;
    QString icon;
    QString color; // #RRGGBB
    int position = 0;
    int lessonCount = 0;
    int durationMinutes = 0;
    QDateTime updatedAt;
    // Set by the cache: this copy was saved when another language was asked for, because the
    // device has no copy for the one asked for now.
    bool otherLanguage = false;
    QString image; // the course picture's content hash (64 lower-case hex), or empty: none
};

struct LessonSummary {
    QString id;
    int position = 0;
    QString title;
    QString summary;
    int durationMinutes = 0;
};

struct CourseDetail {
    CourseSummary course;
    QString description;
    QList<LessonSummary> lessons;
    // Set by the cache: only the course as the catalog listed it is saved, its description and
    // lessons not yet.
    bool summaryOnly = false;
};

struct Lesson {
    QString id;
    QString courseId;
    int position = 0;
    QString title;
    QString summary;
    QString body;
    QString language;
    int durationMinutes = 0;
    QDateTime updatedAt;
    bool otherLanguage = false; // as for CourseSummary
};

// What the learner asked the catalog for. Empty fields do not filter.
struct CourseQuery {
    QString category;
    QString search;
    friend bool operator==(const CourseQuery &, const CourseQuery &) = default;
};
