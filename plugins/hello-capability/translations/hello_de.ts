<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelloPlugin</name>
    <message>
        <location filename="../src/helloplugin.cpp" line="40"/>
        <location filename="../src/helloplugin.cpp" line="47"/>
        <location filename="../src/helloplugin.cpp" line="66"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../src/helloplugin.cpp" line="75"/>
        <source>The server refused the token (HTTP %1).</source>
        <translation>Der Server hat das Token abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/helloplugin.cpp" line="79"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/helloplugin.cpp" line="85"/>
        <source>The server&apos;s answer has no message.</source>
        <translation>Die Antwort des Servers enthält keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../src/helloplugin.cpp" line="88"/>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
</context>
<context>
    <name>HelloStatus</name>
    <message>
        <location filename="../qml/HelloStatus.qml" line="15"/>
        <location filename="../qml/HelloStatus.qml" line="57"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/HelloStatus.qml" line="24"/>
        <source>No Hello connection is configured. Add one in Settings, Connections.</source>
        <translation>Es ist keine Hallo-Verbindung eingerichtet. Legen Sie eine unter Einstellungen, Verbindungen an.</translation>
    </message>
    <message>
        <location filename="../qml/HelloStatus.qml" line="37"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../qml/HelloStatus.qml" line="40"/>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <location filename="../qml/HelloStatus.qml" line="52"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>HelloTab</name>
    <message>
        <location filename="../qml/HelloTab.qml" line="21"/>
        <source>Hello tab</source>
        <translation>Hallo-Reiter</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="38"/>
        <source>The server knows nothing about %1.</source>
        <translation>Der Server kennt %1 nicht.</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="40"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="60"/>
        <source>Hello for %1</source>
        <translation>Hallo für %1</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="60"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="72"/>
        <source>Retry loading the entity</source>
        <translation>Entität erneut laden</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="83"/>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelloTab.qml" line="94"/>
        <source>The server&apos;s answer</source>
        <translation>Die Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>HelloWidget</name>
    <message>
        <location filename="../qml/HelloWidget.qml" line="24"/>
        <source>Hello widget</source>
        <translation>Hallo-Widget</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="41"/>
        <source>The server&apos;s answer is not what the widget expects.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was das Widget erwartet.</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="43"/>
        <source>The server refused the token. Store a valid token for this connection in Settings.</source>
        <translation>Der Server hat das Token abgelehnt. Hinterlegen Sie in den Einstellungen ein gültiges Token für diese Verbindung.</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="45"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="68"/>
        <source>Retry loading the greeting</source>
        <translation>Gruß erneut laden</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="79"/>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="83"/>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="88"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/HelloWidget.qml" line="91"/>
        <source>Refresh the greeting</source>
        <translation>Gruß aktualisieren</translation>
    </message>
</context>
</TS>
