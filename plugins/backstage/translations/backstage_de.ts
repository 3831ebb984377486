<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackstageEntityRef</name>
    <message>
        <location filename="../src/backstageentityref.cpp" line="23"/>
        <source>&quot;%1&quot; is not an entity reference: the kind before &quot;:&quot; is empty.</source>
        <translation>&quot;%1&quot; ist keine Entitätsreferenz: Die Art vor &quot;:&quot; ist leer.</translation>
    </message>
    <message>
        <location filename="../src/backstageentityref.cpp" line="34"/>
        <source>&quot;%1&quot; is not an entity reference: the namespace before &quot;/&quot; is empty.</source>
        <translation>&quot;%1&quot; ist keine Entitätsreferenz: Der Namensraum vor &quot;/&quot; ist leer.</translation>
    </message>
    <message>
        <location filename="../src/backstageentityref.cpp" line="42"/>
        <source>&quot;%1&quot; is not an entity reference: the name is empty.</source>
        <translation>&quot;%1&quot; ist keine Entitätsreferenz: Der Name ist leer.</translation>
    </message>
    <message>
        <location filename="../src/backstageentityref.cpp" line="46"/>
        <source>&quot;%1&quot; is not an entity reference: the name contains &quot;:&quot; or &quot;/&quot;.</source>
        <translation>&quot;%1&quot; ist keine Entitätsreferenz: Der Name enthält &quot;:&quot; oder &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../src/backstageentityref.cpp" line="50"/>
        <source>&quot;%1&quot; names no kind; write it as kind:namespace/name.</source>
        <translation>&quot;%1&quot; nennt keine Art; schreiben Sie sie als kind:namespace/name.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstageCatalogProvider</name>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="48"/>
        <source>A catalog sync of this Backstage connection is already running.</source>
        <translation>Ein Katalogabgleich dieser Backstage-Verbindung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="78"/>
        <source>Read %1 of %2 entities from Backstage.</source>
        <translation>%1 von %2 Entitäten aus Backstage gelesen.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="79"/>
        <source>Read %1 entities from Backstage.</source>
        <translation>%1 Entitäten aus Backstage gelesen.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstageClient</name>
    <message>
        <location filename="../src/backstageclient.cpp" line="124"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="128"/>
        <source>%1 timed out: %2</source>
        <translation>Zeitüberschreitung bei %1: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="132"/>
        <source>%1 needs a token: %2</source>
        <translation>%1 braucht ein Token: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="136"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="143"/>
        <source>the response gives no reason</source>
        <translation>die Antwort nennt keinen Grund</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="149"/>
        <source>Backstage did not accept the token for %1 (HTTP 401): %2. Check the token of this connection.</source>
        <translation>Backstage hat das Token für %1 nicht angenommen (HTTP 401): %2. Prüfen Sie das Token dieser Verbindung.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="153"/>
        <source>The token may not read %1 (HTTP 403): %2. Check the token and its permissions.</source>
        <translation>Das Token darf %1 nicht lesen (HTTP 403): %2. Prüfen Sie das Token und seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="158"/>
        <source>%1 does not exist (HTTP 404 without a Backstage error): the base URL is wrong or is not a Backstage backend.</source>
        <translation>%1 existiert nicht (HTTP 404 ohne Backstage-Fehler): Die Basis-URL ist falsch oder kein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="162"/>
        <source>Backstage found nothing for %1: %2</source>
        <translation>Backstage hat nichts gefunden für %1: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="165"/>
        <source>Backstage failed on %1 (HTTP %2): %3</source>
        <translation>Backstage ist bei %1 gescheitert (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="168"/>
        <source>Backstage rejected %1 (HTTP %2): %3</source>
        <translation>Backstage hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="171"/>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 hat mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="199"/>
        <source>The catalog sync was cancelled.</source>
        <translation>Der Katalogabgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="229"/>
        <source>page %1 of the catalog (%2)</source>
        <translation>Seite %1 des Katalogs (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="235"/>
        <source>Backstage sent a bad %1: %2</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="247"/>
        <location filename="../src/backstageclient.cpp" line="418"/>
        <source>%1 is an HTML page, not the catalog API: the base URL points to a web page, not a Backstage backend.</source>
        <translation>%1 ist eine HTML-Seite, nicht die Katalog-API: Die Basis-URL zeigt auf eine Webseite, nicht auf ein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="256"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="261"/>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="267"/>
        <source>it has no &quot;items&quot; array</source>
        <translation>sie hat kein &quot;items&quot;-Array</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="274"/>
        <source>&quot;totalItems&quot; is not a number</source>
        <translation>&quot;totalItems&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="284"/>
        <source>&quot;pageInfo&quot; is not an object</source>
        <translation>&quot;pageInfo&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="289"/>
        <source>&quot;pageInfo.nextCursor&quot; is not a string</source>
        <translation>&quot;pageInfo.nextCursor&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="303"/>
        <source>item %1 is not an entity (it needs &quot;kind&quot; and &quot;metadata.name&quot;)</source>
        <translation>Eintrag %1 ist keine Entität (er braucht &quot;kind&quot; und &quot;metadata.name&quot;)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="318"/>
        <source>The catalog pagination stopped advancing: %1 repeats entities already received.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 wiederholt bereits empfangene Entitäten.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="325"/>
        <source>The catalog pagination stopped advancing: %1 points to a page already read.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 verweist auf eine bereits gelesene Seite.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="332"/>
        <source>The catalog pagination stopped advancing: %1 is empty but announces another page.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 ist leer, kündigt aber eine weitere Seite an.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="344"/>
        <source>The catalog changed during the sync: Backstage first counted %1 entities, then %2.</source>
        <translation>Der Katalog hat sich während des Abgleichs geändert: Backstage zählte zuerst %1 Entitäten, dann %2.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="363"/>
        <source>The catalog changed during the sync: Backstage counted %1 entities, %2 were received.</source>
        <translation>Der Katalog hat sich während des Abgleichs geändert: Backstage zählte %1 Entitäten, %2 wurden empfangen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="405"/>
        <source>the entity %1 (%2)</source>
        <translation>Entität %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="422"/>
        <source>Backstage sent a bad %1: it is not valid JSON (%2 at byte %3)</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: Sie ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="427"/>
        <source>Backstage sent a bad %1: it is not an entity (it needs &quot;kind&quot; and &quot;metadata.name&quot;)</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: Sie ist keine Entität (sie braucht &quot;kind&quot; und &quot;metadata.name&quot;)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="431"/>
        <source>Backstage sent %1 when asked for %2.</source>
        <translation>Backstage hat %1 gesendet, obwohl %2 angefragt war.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstagePlugin</name>
    <message>
        <location filename="../src/backstageplugin.cpp" line="86"/>
        <source>%1 answered, but not with Backstage&apos;s catalog: the base URL is not a Backstage backend.</source>
        <translation>%1 hat geantwortet, aber nicht mit dem Katalog von Backstage: Die Basis-URL ist kein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="92"/>
        <source>Connected to Backstage.</source>
        <translation>Mit Backstage verbunden.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="96"/>
        <source>Connected: 1 entity.</source>
        <translation>Verbunden: 1 Entität.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="96"/>
        <source>Connected: %1 entities.</source>
        <translation>Verbunden: %1 Entitäten.</translation>
    </message>
</context>
</TS>
