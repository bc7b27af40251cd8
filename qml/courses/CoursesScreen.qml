pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// The Courses destination: catalog → course → lesson on a stack. Each page is created
// when it is pushed and destroyed when it is popped.
StackView {
    id: stack

    objectName: "coursesStack"
    initialItem: catalogPage

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

    // Escape and the system back key step back through the stack.
    Shortcut {
        sequences: ["Esc", "Back", "Alt+Left"]
        enabled: stack.visible && stack.depth > 1
        onActivated: stack.pop()
    }
}
