pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// A list of catalog problems (all of them, or one entity's) with its empty state.
Item {
    id: root

    property alias severityFilter: problems.severityFilter
    property alias entityRef: problems.entityRef
    property alias count: problems.count
    property bool showEntity: true
    property string emptyTitle: qsTr("No problems — every descriptor is valid")
    property string emptyText: qsTr("Atrium checks every descriptor file when the catalog loads.")

    ProblemModel {
        id: problems
    }

    ListView {
        id: list
        anchors.fill: parent
        model: problems
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Problems")
        ScrollBar.vertical: ScrollBar {}
        Keys.onReturnPressed: list.currentItem?.openLocation()
        Keys.onEnterPressed: list.currentItem?.openLocation()

        delegate: ProblemDelegate {
            showEntity: root.showEntity
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: problems.count === 0
        iconName: "check"
        tone: Theme.success
        title: root.emptyTitle
        text: root.emptyText
    }
}
