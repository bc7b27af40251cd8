pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// The Courses destination: catalog → course → lesson on a stack. Each page is created
// when it is pushed and destroyed when it is popped; Escape and the system back key step back.
FeatureStack {
    id: stack

    // Opens a course's page on top of the catalog: "<course id>", or a lesson: "<course id>/<lesson id>".
    function openCourse(path: string) {
        const [courseId, lessonId] = path.split("/")
        stack.popToFirst()
        stack.push(coursePage, { courseId: courseId }, StackView.Immediate)
        if (lessonId)
            stack.push(lessonPage, { courseId: courseId, lessonId: lessonId }, StackView.Immediate)
    }

    objectName: "coursesStack"
    initialItem: catalogPage

    DownloadPlanDialog {}

    Component {
        id: catalogPage

        CatalogPage {
            onCourseChosen: courseId => stack.push(coursePage, { courseId: courseId })
        }
    }

    Component {
        id: coursePage

        CourseDetailPage {
            id: detailPage

            onBackRequested: stack.pop()
            onLessonChosen: lessonId => stack.push(lessonPage, {
                courseId: detailPage.courseId,
                lessonId: lessonId
            })
        }
    }

    Component {
        id: lessonPage

        LessonPage {
            onBackRequested: stack.pop()
        }
    }
}
