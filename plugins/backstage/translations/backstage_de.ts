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
    <name>atrium::backstage::BackstageActionProvider</name>
    <message>
        <location filename="../src/backstageactionprovider.cpp" line="65"/>
        <source>The template %1 is already running on this Backstage connection; wait for it to finish or cancel it.</source>
        <translation>Die Vorlage %1 läuft bereits auf dieser Backstage-Verbindung; warten Sie, bis sie beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../src/backstageactionprovider.cpp" line="70"/>
        <source>%1 is not a Backstage template: actions of this connection are &quot;template:&lt;namespace&gt;/&lt;name&gt;&quot;.</source>
        <translation>%1 ist keine Backstage-Vorlage: Aktionen dieser Verbindung haben die Form &quot;template:&lt;namespace&gt;/&lt;name&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstageCatalogProvider</name>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="128"/>
        <source>A catalog sync of this Backstage connection is already running.</source>
        <translation>Ein Katalogabgleich dieser Backstage-Verbindung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="173"/>
        <source>The catalog sync was cancelled.</source>
        <translation>Der Katalogabgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="202"/>
        <source>Checked %1 of %2 entities for changes.</source>
        <translation>%1 von %2 Entitäten auf Änderungen geprüft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/backstagecatalogprovider.cpp" line="203"/>
        <source>Checked %n entities for changes.</source>
        <translation>
            <numerusform>%n Entität auf Änderungen geprüft.</numerusform>
            <numerusform>%n Entitäten auf Änderungen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="269"/>
        <source>To match the catalog as it is now, entities read again: %1, removed: %2.</source>
        <translation>Um dem aktuellen Stand des Katalogs zu entsprechen, erneut gelesene Entitäten: %1, entfernt: %2.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="275"/>
        <source>Changed or new entities read: %1; removed: %2.</source>
        <translation>Geänderte oder neue Entitäten gelesen: %1; entfernt: %2.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="205"/>
        <source>Read %1 of %2 entities from Backstage.</source>
        <translation>%1 von %2 Entitäten aus Backstage gelesen.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="206"/>
        <source>Read %1 entities from Backstage.</source>
        <translation>%1 Entitäten aus Backstage gelesen.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="277"/>
        <source>No entity changed.</source>
        <translation>Keine Entität hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../src/backstagecatalogprovider.cpp" line="323"/>
        <source>Read %1 of %2 changed entities from Backstage.</source>
        <translation>%1 von %2 geänderten Entitäten aus Backstage gelesen.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstageClient</name>
    <message>
        <location filename="../src/backstageclient.cpp" line="152"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="156"/>
        <source>%1 timed out: %2</source>
        <translation>Zeitüberschreitung bei %1: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="160"/>
        <source>%1 needs a token: %2</source>
        <translation>%1 braucht ein Token: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="164"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="171"/>
        <source>the response gives no reason</source>
        <translation>die Antwort nennt keinen Grund</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="177"/>
        <source>Backstage did not accept the token for %1 (HTTP 401): %2. Enter the token of this connection again.</source>
        <translation>Backstage hat das Token für %1 nicht akzeptiert (HTTP 401): %2. Geben Sie das Token dieser Verbindung erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="181"/>
        <source>Backstage does not allow %1 with this token (HTTP 403): %2. Enter a token that has the permission.</source>
        <translation>Backstage erlaubt %1 mit diesem Token nicht (HTTP 403): %2. Geben Sie ein Token ein, das die Berechtigung dafür hat.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="186"/>
        <source>%1 does not exist (HTTP 404 without a Backstage error): the base URL is wrong or is not a Backstage backend.</source>
        <translation>%1 existiert nicht (HTTP 404 ohne Backstage-Fehler): Die Basis-URL ist falsch oder kein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="190"/>
        <source>Backstage found nothing for %1: %2</source>
        <translation>Backstage hat nichts gefunden für %1: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="193"/>
        <source>Backstage failed on %1 (HTTP %2): %3</source>
        <translation>Backstage ist bei %1 gescheitert (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="196"/>
        <source>Backstage rejected %1 (HTTP %2): %3</source>
        <translation>Backstage hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="199"/>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 hat mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="238"/>
        <source>The catalog sync was cancelled.</source>
        <translation>Der Katalogabgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="272"/>
        <source>page %1 of the catalog index (%2)</source>
        <translation>Seite %1 des Katalogindex (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="273"/>
        <source>page %1 of the catalog (%2)</source>
        <translation>Seite %1 des Katalogs (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="279"/>
        <source>Backstage sent a bad %1: %2</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="291"/>
        <location filename="../src/backstageclient.cpp" line="472"/>
        <source>%1 is an HTML page, not the catalog API: the base URL points to a web page, not a Backstage backend.</source>
        <translation>%1 ist eine HTML-Seite, nicht die Katalog-API: Die Basis-URL zeigt auf eine Webseite, nicht auf ein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="309"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="312"/>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="315"/>
        <source>it has no &quot;items&quot; array</source>
        <translation>sie hat kein &quot;items&quot;-Array</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="318"/>
        <source>&quot;totalItems&quot; is not a number</source>
        <translation>&quot;totalItems&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="321"/>
        <source>&quot;pageInfo&quot; is not an object</source>
        <translation>&quot;pageInfo&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="324"/>
        <source>&quot;pageInfo.nextCursor&quot; is not a string</source>
        <translation>&quot;pageInfo.nextCursor&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="338"/>
        <source>item %1 is not an entity (it needs &quot;kind&quot; and &quot;metadata.name&quot;)</source>
        <translation>Eintrag %1 ist keine Entität (er braucht &quot;kind&quot; und &quot;metadata.name&quot;)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="356"/>
        <source>The catalog pagination stopped advancing: %1 repeats entities already received.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 wiederholt bereits empfangene Entitäten.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="363"/>
        <source>The catalog pagination stopped advancing: %1 points to a page already read.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 verweist auf eine bereits gelesene Seite.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="370"/>
        <source>The catalog pagination stopped advancing: %1 is empty but announces another page.</source>
        <translation>Die Seitenabfrage des Katalogs kommt nicht voran: %1 ist leer, kündigt aber eine weitere Seite an.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="382"/>
        <source>The catalog changed during the sync: Backstage first counted %1 entities, then %2.</source>
        <translation>Der Katalog hat sich während des Abgleichs geändert: Backstage zählte zuerst %1 Entitäten, dann %2.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="405"/>
        <source>The catalog changed during the sync: Backstage counted %1 entities, %2 were received.</source>
        <translation>Der Katalog hat sich während des Abgleichs geändert: Backstage zählte %1 Entitäten, %2 wurden empfangen.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="459"/>
        <source>the entity %1 (%2)</source>
        <translation>Entität %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="476"/>
        <source>Backstage sent a bad %1: it is not valid JSON (%2 at byte %3)</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: Sie ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="481"/>
        <source>Backstage sent a bad %1: it is not an entity (it needs &quot;kind&quot; and &quot;metadata.name&quot;)</source>
        <translation>Backstage hat eine fehlerhafte %1 gesendet: Sie ist keine Entität (sie braucht &quot;kind&quot; und &quot;metadata.name&quot;)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="485"/>
        <source>Backstage sent %1 when asked for %2.</source>
        <translation>Backstage hat %1 gesendet, obwohl %2 angefragt war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/backstageclient.cpp" line="511"/>
        <source>%n entities by reference (%1)</source>
        <translation>
            <numerusform>%n Entität nach Referenz (%1)</numerusform>
            <numerusform>%n Entitäten nach Referenz (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="523"/>
        <source>Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3)</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="527"/>
        <source>Backstage sent a bad answer for %1: it needs an &quot;items&quot; array with one entry per reference.</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie braucht ein &quot;items&quot;-Array mit einem Eintrag pro Referenz.</translation>
    </message>
    <message>
        <location filename="../src/backstageclient.cpp" line="547"/>
        <source>Backstage sent a bad answer for %1: item %2 is not an entity (it needs &quot;kind&quot; and &quot;metadata.name&quot;)</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Eintrag %2 ist keine Entität (er braucht &quot;kind&quot; und &quot;metadata.name&quot;)</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::BackstagePlugin</name>
    <message>
        <location filename="../src/backstageplugin.cpp" line="101"/>
        <source>%1 answered, but not with Backstage&apos;s catalog: the base URL is not a Backstage backend.</source>
        <translation>%1 hat geantwortet, aber nicht mit dem Katalog von Backstage: Die Basis-URL ist kein Backstage-Backend.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="107"/>
        <source>Connected to Backstage.</source>
        <translation>Mit Backstage verbunden.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="111"/>
        <source>Connected: 1 entity.</source>
        <translation>Verbunden: 1 Entität.</translation>
    </message>
    <message>
        <location filename="../src/backstageplugin.cpp" line="111"/>
        <source>Connected: %1 entities.</source>
        <translation>Verbunden: %1 Entitäten.</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::ScaffolderClient</name>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="115"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="122"/>
        <source>Backstage rejected the values for %1 (HTTP 400): %2</source>
        <translation>Backstage hat die Werte für %1 abgelehnt (HTTP 400): %2</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="125"/>
        <source>%1 does not exist (HTTP 404 without a Backstage error): the base URL is wrong, or this Backstage has no scaffolder.</source>
        <translation>%1 existiert nicht (HTTP 404 ohne Backstage-Fehler): Die Basis-URL ist falsch oder dieses Backstage hat keinen Scaffolder.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="155"/>
        <source>the templates of the catalog (%1)</source>
        <translation>Vorlagen des Katalogs (%1)</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="173"/>
        <source>Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3).</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="180"/>
        <source>Backstage sent a bad answer for %1: it has no &quot;items&quot; array.</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie hat kein &quot;items&quot;-Array.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="202"/>
        <source>The pagination of %1 stopped advancing: a page points to a page already read.</source>
        <translation>Die Seitenabfrage von %1 kommt nicht voran: Eine Seite verweist auf eine bereits gelesene Seite.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="242"/>
        <source>Please enter the following information</source>
        <translation>Bitte geben Sie die folgenden Informationen ein</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="296"/>
        <source>%1 (starting %2)</source>
        <translation>%1 (Start von %2)</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="302"/>
        <source>Backstage may have started the task anyway: look at its task list before starting it again.</source>
        <translation>Backstage hat den Task möglicherweise trotzdem gestartet: Prüfen Sie die Task-Liste in Backstage, bevor Sie ihn erneut starten.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="313"/>
        <source>Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3). The task may have been created.</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie ist kein gültiges JSON (%2 bei Byte %3). Der Task wurde möglicherweise trotzdem angelegt.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="318"/>
        <source>Backstage sent a bad answer for %1: it has no task &quot;id&quot;. The task may have been created.</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie enthält keine &quot;id&quot; des Tasks. Der Task wurde möglicherweise trotzdem angelegt.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="345"/>
        <source>the events of task %1 (%2)</source>
        <translation>Ereignisse von Task %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="357"/>
        <source>Backstage sent a bad answer for %1: it is not a JSON array.</source>
        <translation>Backstage hat für %1 eine fehlerhafte Antwort gesendet: Sie ist kein JSON-Array.</translation>
    </message>
    <message>
        <location filename="../src/scaffolderclient.cpp" line="370"/>
        <source>%1 (cancelling task %2)</source>
        <translation>%1 (Abbruch von Task %2)</translation>
    </message>
</context>
<context>
    <name>atrium::backstage::ScaffolderTaskRun</name>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="62"/>
        <source>the event stream of task %1 of %2 (%3)</source>
        <translation>Ereignisstrom von Task %1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="86"/>
        <source>Backstage started task %1.</source>
        <translation>Backstage hat Task %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="139"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>es ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="140"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="141"/>
        <source>Backstage sent a bad &quot;%1&quot; event on %2: %3. The task %4 may still be running on the server.</source>
        <translation>Backstage hat ein fehlerhaftes &quot;%1&quot;-Ereignis gesendet (%2): %3. Der Task %4 läuft möglicherweise noch auf dem Server.</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="174"/>
        <source>The template %1 failed in Backstage (task %2): %3</source>
        <translation>Die Vorlage %1 ist in Backstage fehlgeschlagen (Task %2): %3</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="216"/>
        <source>The task %1 may still be running on the server.</source>
        <translation>Der Task %1 läuft möglicherweise noch auf dem Server.</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="226"/>
        <source>the stream ended before the task finished</source>
        <translation>der Ereignisstrom endete, bevor der Task abgeschlossen war</translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="257"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/scaffoldertaskrun.cpp" line="261"/>
        <source>Lost the event stream of task %1 of %2 after %n attempt(s). The last one: %3 The task may still be running on the server%4.</source>
        <translation>
            <numerusform>Der Ereignisstrom von Task %1 von %2 ist nach %n Versuch abgerissen. Grund: %3 Der Task läuft möglicherweise noch auf dem Server%4.</numerusform>
            <numerusform>Der Ereignisstrom von Task %1 von %2 ist nach %n Versuchen abgerissen. Letzter Grund: %3 Der Task läuft möglicherweise noch auf dem Server%4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/scaffoldertaskrun.cpp" line="293"/>
        <source>Could not cancel task %1 of %2: %3 It may still be running on the server.</source>
        <translation>Task %1 von %2 konnte nicht abgebrochen werden: %3 Er läuft möglicherweise noch auf dem Server.</translation>
    </message>
</context>
</TS>
