pragma Singleton
import QtQuick

// Where any view asks to go somewhere; Main.qml owns the pages and answers these requests.
QtObject {
    id: root

    // Page ids: "home", "catalog", "actions", "plugins", "settings", "problems".
    signal pageRequested(string page)
    signal entityRequested(string ref)
    signal docsRequested(string ref)
    signal identityRequested()
    signal backRequested()
    // A plugin page (an entry of App.plugins.pagePanels) shown full-page.
    signal pluginPageRequested(var panel)
    // An action's form (key from App.actions.actions), or one run of an action (its run view).
    signal actionRequested(string key)
    signal runRequested(string runId)
    // A short message in the window's corner; level is "info", "success", "warning" or "error".
    signal toastRequested(string level, string title, string body)

    function openPage(page: string) {
        root.pageRequested(page);
    }
    function openEntity(ref: string) {
        if (ref.length > 0)
            root.entityRequested(ref);
    }
    function openDocs(ref: string) {
        if (ref.length > 0)
            root.docsRequested(ref);
    }
    function askIdentity() {
        root.identityRequested();
    }
    function back() {
        root.backRequested();
    }
    function openPluginPage(panel: var) {
        if (panel)
            root.pluginPageRequested(panel);
    }
    function openAction(key: string) {
        if (key.length > 0)
            root.actionRequested(key);
    }
    function openRun(runId: string) {
        if (runId.length > 0)
            root.runRequested(runId);
    }
    function toast(level: string, title: string, body: string) {
        root.toastRequested(level, title, body);
    }
}
