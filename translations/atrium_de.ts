<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRunPage</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+←)</translation>
    </message>
    <message>
        <source>On %1 · started %2 · %3</source>
        <translation>Auf %1 · gestartet %2 · %3</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run of %1</source>
        <translation>Ausführung von %1 abbrechen</translation>
    </message>
    <message>
        <source>Run again…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <source>Run %1 again with these values</source>
        <translation>%1 mit diesen Werten erneut ausführen</translation>
    </message>
    <message>
        <source>This action is not offered any more: its connection was removed, or its list could not be read. See Actions.</source>
        <translation>Diese Aktion wird nicht mehr angeboten: Die zugehörige Verbindung wurde entfernt oder die Aktionsliste konnte nicht gelesen werden. Siehe „Aktionen“.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Open in Backstage</source>
        <translation>In Backstage öffnen</translation>
    </message>
    <message>
        <source>Open the task in Backstage</source>
        <translation>Task in Backstage öffnen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Scroll the log to its end as lines arrive</source>
        <translation>Bei neuen Zeilen ans Ende des Protokolls scrollen</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the log as plain text</source>
        <translation>Protokoll als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Log of the run</source>
        <translation>Protokoll der Ausführung</translation>
    </message>
</context>
<context>
    <name>ActionTile</name>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>The connection was removed or changed while the run was going on; it may still be running on the server.</source>
        <translation>Die Verbindung wurde während der Ausführung entfernt oder geändert; auf dem Server läuft die Ausführung möglicherweise noch.</translation>
    </message>
    <message>
        <source>The plugin of this connection was unloaded while the run was going on; it may still be running on the server.</source>
        <translation>Das Plugin dieser Verbindung wurde während der Ausführung entladen; auf dem Server läuft die Ausführung möglicherweise noch.</translation>
    </message>
    <message>
        <source>The action %1 is not offered by any connection (any more).</source>
        <translation>Die Aktion %1 wird von keiner Verbindung (mehr) angeboten.</translation>
    </message>
    <message>
        <source>The values are not valid: %1</source>
        <translation>Die Werte sind ungültig: %1</translation>
    </message>
    <message>
        <source>%1 is already running. Wait for it to end, or cancel it.</source>
        <translation>%1 läuft bereits. Warten Sie das Ende ab oder brechen Sie die Ausführung ab.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>The run on %1 succeeded.</source>
        <translation>Die Ausführung auf %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The history of runs could not be read</source>
        <translation>Der Verlauf der Ausführungen konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a history of runs (%2); it was moved to %3.</source>
        <translation>%1 ist kein Ausführungsverlauf (%2); die Datei wurde nach %3 verschoben.</translation>
    </message>
    <message>
        <source>Atrium was closed while this run was starting.</source>
        <translation>Atrium wurde beendet, während diese Ausführung gestartet wurde.</translation>
    </message>
    <message>
        <source>Atrium was closed while this run was going on; task %1 may have finished on the server.</source>
        <translation>Atrium wurde während dieser Ausführung beendet; Task %1 wurde auf dem Server möglicherweise abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Self-service actions arrive with a connection</source>
        <translation>Self-Service-Aktionen kommen über eine Verbindung</translation>
    </message>
    <message>
        <source>Golden-path templates and actions offered by the platform&apos;s producer teams run from here, with their progress and results. Add a Backstage connection in Settings, or install an action plugin.</source>
        <translation>Golden-Path-Vorlagen und Aktionen, die die Plattformteams anbieten, werden hier ausgeführt, mit Fortschritt und Ergebnissen. Fügen Sie unter „Einstellungen“ eine Backstage-Verbindung hinzu oder installieren Sie ein Aktions-Plugin.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>The actions of %1 could not be read: %2</source>
        <translation>Die Aktionen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Templates (loading…)</source>
        <translation>Vorlagen (werden geladen…)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The connections offer no templates yet.</source>
        <translation>Die Verbindungen bieten noch keine Vorlagen an.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Forget the finished runs</source>
        <translation>Abgeschlossene Ausführungen aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <source>Run of %1, %2</source>
        <translation>Ausführung von %1, %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Other templates in the catalog</source>
        <translation>Weitere Vorlagen im Katalog</translation>
    </message>
    <message>
        <source>Templates from the workspace&apos;s files or from a connection that does not run them: their page shows what they do.</source>
        <translation>Vorlagen aus den Dateien des Arbeitsbereichs oder von einer Verbindung, die sie nicht ausführt: Auf ihrer Seite steht, was sie tun.</translation>
    </message>
    <message>
        <source>Page only</source>
        <translation>Nur Seite</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all facet filters</source>
        <translation>Alle Facettenfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Filter ausblenden</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter einblenden</translation>
    </message>
    <message>
        <source>Filter by name, title, owner or tag</source>
        <translation>Nach Name, Titel, Besitzer oder Tag filtern</translation>
    </message>
    <message>
        <source>Filter the catalog</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Show only the entities you starred</source>
        <translation>Nur Entitäten aus den Favoriten anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 of %2 entities</source>
        <translation>%1 von %2 Entitäten</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>Query took %1 ms</source>
        <translation>Abfrage dauerte %1 ms</translation>
    </message>
    <message>
        <source>Remove filter %1: %2</source>
        <translation>Filter %1: %2 entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Catalog entities</source>
        <translation>Entitäten im Katalog</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No entities match</source>
        <translation>Keine passenden Entitäten</translation>
    </message>
    <message>
        <source>Reading descriptor files from the workspace.</source>
        <translation>Deskriptordateien werden aus dem Arbeitsbereich gelesen.</translation>
    </message>
    <message>
        <source>Add catalog-info.yaml files to a catalog source listed in atrium.yaml, or check the Problems page.</source>
        <translation>catalog-info.yaml-Dateien zu einer in atrium.yaml aufgeführten Katalogquelle hinzufügen oder die Seite „Probleme“ prüfen.</translation>
    </message>
    <message>
        <source>Nothing in the catalog matches the filter text and the selected facets.</source>
        <translation>Nichts im Katalog passt zum Filtertext und zu den ausgewählten Facetten.</translation>
    </message>
    <message>
        <source>Open Problems</source>
        <translation>Probleme öffnen</translation>
    </message>
    <message>
        <source>%1, sorted descending</source>
        <translation>%1, absteigend sortiert</translation>
    </message>
    <message>
        <source>%1, sorted ascending</source>
        <translation>%1, aufsteigend sortiert</translation>
    </message>
    <message>
        <source>%1, %2, owned by %3</source>
        <translation>%1, %2, im Besitz von %3</translation>
    </message>
    <message>
        <source>Unstar (Ctrl+D)</source>
        <translation>Aus Favoriten entfernen (Strg+D)</translation>
    </message>
    <message>
        <source>Star (Ctrl+D)</source>
        <translation>Zu Favoriten hinzufügen (Strg+D)</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be refreshed: %2 Showing its data from %3.</source>
        <translation>Der Katalog von %1 konnte nicht aktualisiert werden: %2 Angezeigt werden seine Daten vom %3.</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be fetched: %2</source>
        <translation>Der Katalog von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The server of %1 refused its credential: %2 Enter a new one in Settings, Connections.</source>
        <translation>Der Server von %1 hat die Zugangsdaten abgelehnt: %2 Geben Sie unter Einstellungen, Verbindungen neue ein.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole text</source>
        <translation>Gesamten Text kopieren</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Saved. Storing the secret in the keychain…</source>
        <translation>Gespeichert. Das Secret wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Connection “%1” saved</source>
        <translation>Verbindung „%1“ gespeichert</translation>
    </message>
    <message>
        <source>The secret is stored.</source>
        <translation>Das Secret ist gespeichert.</translation>
    </message>
    <message>
        <source>The connection is saved, but its secret was not stored: %1</source>
        <translation>Die Verbindung ist gespeichert, ihr Secret aber nicht: %1</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Saved in the workspace&apos;s atrium.yaml; the secret goes to the system keychain.</source>
        <translation>Wird in der atrium.yaml des Arbeitsbereichs gespeichert; das Secret kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Kept on this device (the workspace is read-only); the secret goes to the system keychain.</source>
        <translation>Wird auf diesem Gerät gespeichert (der Arbeitsbereich ist schreibgeschützt); das Secret kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Choose a plugin…</source>
        <translation>Plugin wählen…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; unique in the workspace.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; eindeutig im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the connection is called in Atrium.</source>
        <translation>Name der Verbindung in Atrium.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Where the service answers; the plugin may call this host.</source>
        <translation>Adresse, unter der der Dienst antwortet; das Plugin darf diesen Host aufrufen.</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret.</source>
        <translation>Leer lassen, um das aktuelle Secret zu behalten.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Kept for this session; type to replace it</source>
        <translation>Für diese Sitzung gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (in memory, forgotten when Atrium quits)</source>
        <translation>Secret nur für diese Sitzung behalten (im Arbeitsspeicher, wird beim Beenden von Atrium verworfen)</translation>
    </message>
    <message>
        <source>Correct the marked fields to save.</source>
        <translation>Zum Speichern die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ConnectionField</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>A whole number, at least %1</source>
        <translation>Eine ganze Zahl, mindestens %1</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation>Eine Zahl, mindestens %1</translation>
    </message>
    <message>
        <source>A whole number, at most %1</source>
        <translation>Eine ganze Zahl, höchstens %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation>Eine Zahl, höchstens %1</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Eine ganze Zahl</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Minimum length: %1</source>
        <translation>Mindestlänge: %1</translation>
    </message>
    <message>
        <source>Maximum length: %1</source>
        <translation>Höchstlänge: %1</translation>
    </message>
    <message>
        <source>A URL</source>
        <translation>Eine URL</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Matching %1</source>
        <translation>Passend zu %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>The connection &quot;%1&quot; needs the plugin %2, which is not installed.</source>
        <translation>Die Verbindung &quot;%1&quot; benötigt das Plugin %2, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>No keychain answered (no Secret Service on the session bus). Secrets cannot be saved on this computer.</source>
        <translation>Kein Schlüsselbund hat geantwortet (kein Secret Service auf dem Sitzungsbus). Auf diesem Computer können keine Secrets gespeichert werden.</translation>
    </message>
    <message>
        <source>Give the connection an id.</source>
        <translation>Eine ID für die Verbindung angeben.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and dashes.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche verwenden.</translation>
    </message>
    <message>
        <source>Another connection already has this id.</source>
        <translation>Eine andere Verbindung hat bereits diese ID.</translation>
    </message>
    <message>
        <source>Choose the plugin that serves this connection.</source>
        <translation>Das Plugin wählen, das diese Verbindung bedient.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://api.example.com/</source>
        <translation>Eine URL wie https://api.example.com/ eingeben</translation>
    </message>
    <message>
        <source>No user name or password in the URL: secrets belong in the keychain.</source>
        <translation>Kein Benutzername und kein Passwort in der URL: Secrets gehören in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation>Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>Connection added.</source>
        <translation>Verbindung hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connection removed; its secret is deleted from the keychain.</source>
        <translation>Verbindung entfernt; ihr Secret wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The secret is stored in the keychain.</source>
        <translation>Das Secret ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The secret is kept in memory until Atrium quits.</source>
        <translation>Das Secret bleibt bis zum Beenden von Atrium im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The plugin %1 is not loaded.</source>
        <translation>Das Plugin %1 ist nicht geladen.</translation>
    </message>
    <message>
        <source>No HTTP client for &quot;%1&quot;.</source>
        <translation>Kein HTTP-Client für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server refused the credential (HTTP %1).</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1).</source>
        <translation>Der Server hat geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ConnectionsSection</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 in the keychain</source>
        <translation>%1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>%1 fehlt noch</translation>
    </message>
    <message>
        <source>%1 for this session only</source>
        <translation>%1 nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Fehler im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 not checked yet</source>
        <translation>%1 noch nicht geprüft</translation>
    </message>
    <message>
        <source>Plugins reach their services through connections: a base URL, the plugin&apos;s settings and a secret kept in the system keychain.</source>
        <translation>Plugins erreichen ihre Dienste über Verbindungen: eine Basis-URL, die Einstellungen des Plugins und ein Secret, das im Schlüsselbund des Systems liegt.</translation>
    </message>
    <message>
        <source>The workspace is read-only, so connections are kept on this device instead of in its atrium.yaml.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt, daher werden Verbindungen auf diesem Gerät statt in seiner atrium.yaml gespeichert.</translation>
    </message>
    <message>
        <source>No keychain answered, so secrets cannot be stored.</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher können keine Secrets gespeichert werden.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Noch keine Verbindungen.</translation>
    </message>
    <message>
        <source>No connections yet. Install a plugin that needs one first.</source>
        <translation>Noch keine Verbindungen. Zuerst ein Plugin installieren, das eine Verbindung benötigt.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not loaded) · %2</source>
        <translation>%1 (nicht geladen) · %2</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test connection %1</source>
        <translation>Verbindung %1 testen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove connection %1</source>
        <translation>Verbindung %1 entfernen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>No installed plugin takes connections.</source>
        <translation>Kein installiertes Plugin verwendet Verbindungen.</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>It is removed from the workspace&apos;s atrium.yaml.</source>
        <translation>Sie wird aus der atrium.yaml des Arbeitsbereichs entfernt.</translation>
    </message>
    <message>
        <source>It is removed from this device&apos;s settings.</source>
        <translation>Sie wird aus den Einstellungen dieses Geräts entfernt.</translation>
    </message>
    <message>
        <source>Its secret (%1) is deleted from the keychain.</source>
        <translation>Ihr Secret (%1) wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The connection was not removed</source>
        <translation>Die Verbindung wurde nicht entfernt</translation>
    </message>
    <message>
        <source>Syncing the catalog: %L1 of %L2 entities</source>
        <translation>Katalog wird synchronisiert: %L1 von %L2 Entitäten</translation>
    </message>
    <message>
        <source>Syncing the catalog: %L1 entities</source>
        <translation>Katalog wird synchronisiert: %L1 Entitäten</translation>
    </message>
    <message>
        <source>Last sync failed (showing data from %1): %2</source>
        <translation>Letzte Synchronisierung fehlgeschlagen (Daten von %1 werden angezeigt): %2</translation>
    </message>
    <message>
        <source>The catalog could not be fetched: %1</source>
        <translation>Der Katalog konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%L1 entities · synced %2</source>
        <translation>%L1 Entitäten · synchronisiert %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Catalog sync progress</source>
        <translation>Fortschritt der Katalogsynchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel the catalog sync of %1</source>
        <translation>Katalogsynchronisierung von %1 abbrechen</translation>
    </message>
    <message>
        <source>Sync the catalog of %1 now</source>
        <translation>Katalog von %1 jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Enter %1…</source>
        <translation>%1 eingeben…</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Enter a new %1 for %2</source>
        <translation>Neues %1 für %2 eingeben</translation>
    </message>
</context>
<context>
    <name>CostOverviewCard</name>
    <message>
        <source>Cost overview</source>
        <translation>Kostenübersicht</translation>
    </message>
    <message>
        <source>No cost data</source>
        <translation>Keine Kostendaten</translation>
    </message>
    <message>
        <source>Cost comes from FinOps FOCUS exports or OpenCost through a cost plugin. Install one from Plugins.</source>
        <translation>Kostendaten kommen über ein Kosten-Plugin aus FinOps-FOCUS-Exporten oder OpenCost. Installation unter „Plugins“.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
</context>
<context>
    <name>DocsController</name>
    <message>
        <source>No documentation pages in %1.</source>
        <translation>Keine Dokumentationsseiten in %1.</translation>
    </message>
    <message>
        <source>The page %1 is outside the documentation folder.</source>
        <translation>Die Seite %1 liegt außerhalb des Dokumentationsordners.</translation>
    </message>
    <message>
        <source>The page %1 does not exist.</source>
        <translation>Die Seite %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The page %1 is larger than 2 MiB and is not shown.</source>
        <translation>Die Seite %1 ist größer als 2 MiB und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Links of type %1 are not opened.</source>
        <translation>Links vom Typ %1 werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>The link %1 leads outside the documentation folder and was not opened.</source>
        <translation>Der Link %1 führt aus dem Dokumentationsordner hinaus und wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>DocsPage</name>
    <message>
        <source>%1 docs</source>
        <translation>Dokumentation zu %1</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Im Besitz von</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>This entity is no longer in the catalog</source>
        <translation>Diese Entität ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <source>Documentation pages</source>
        <translation>Dokumentationsseiten</translation>
    </message>
    <message>
        <source>Documentation page</source>
        <translation>Dokumentationsseite</translation>
    </message>
    <message>
        <source>These docs could not be shown</source>
        <translation>Diese Dokumentation kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Finding the docs…</source>
        <translation>Dokumentation wird gesucht…</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <source>The docs folder has no markdown pages.</source>
        <translation>Der Dokumentationsordner enthält keine Markdown-Seiten.</translation>
    </message>
</context>
<context>
    <name>DocumentationCard</name>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>No documentation yet</source>
        <translation>Noch keine Dokumentation</translation>
    </message>
    <message>
        <source>Entities with a backstage.io/techdocs-ref annotation show their docs here.</source>
        <translation>Entitäten mit der Annotation backstage.io/techdocs-ref zeigen hier ihre Dokumentation.</translation>
    </message>
</context>
<context>
    <name>EntityController</name>
    <message>
        <source>Owned by</source>
        <translation>Im Besitz von</translation>
    </message>
    <message>
        <source>Owner of</source>
        <translation>Besitzer von</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Has part</source>
        <translation>Hat Teil</translation>
    </message>
    <message>
        <source>Provides API</source>
        <translation>Stellt API bereit</translation>
    </message>
    <message>
        <source>API provided by</source>
        <translation>API bereitgestellt von</translation>
    </message>
    <message>
        <source>Consumes API</source>
        <translation>Nutzt API</translation>
    </message>
    <message>
        <source>API consumed by</source>
        <translation>API genutzt von</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Dependency of</source>
        <translation>Abhängigkeit von</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Has member</source>
        <translation>Hat Mitglied</translation>
    </message>
    <message>
        <source>Child of</source>
        <translation>Untergruppe von</translation>
    </message>
    <message>
        <source>Parent of</source>
        <translation>Übergeordnet zu</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>Quelltext ansehen</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelltext bearbeiten</translation>
    </message>
    <message>
        <source>The catalog of connection %1 is not served now (its plugin is not loaded), so only the summary kept in the index can be shown.</source>
        <translation>Der Katalog der Verbindung %1 wird zurzeit nicht bereitgestellt (ihr Plugin ist nicht geladen), daher kann nur die im Index gespeicherte Zusammenfassung angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>This entity is no longer in the catalog</source>
        <translation>Diese Entität ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed since this page was opened.</source>
        <translation>„%1“ wurde entfernt oder umbenannt, seit diese Seite geöffnet wurde.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open the catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Star or unstar (Ctrl+D)</source>
        <translation>Favorit setzen oder entfernen (Strg+D)</translation>
    </message>
    <message>
        <source>Copy ref</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy %1 (Ctrl+Shift+C)</source>
        <translation>%1 kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Open link %1</source>
        <translation>Link %1 öffnen</translation>
    </message>
    <message>
        <source>Entity sections</source>
        <translation>Bereiche der Entität</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No relations to other entities.</source>
        <translation>Keine Beziehungen zu anderen Entitäten.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>No definition</source>
        <translation>Keine Definition</translation>
    </message>
    <message>
        <source>This API&apos;s descriptor has no spec.definition.</source>
        <translation>Der Deskriptor dieser API hat keine spec.definition.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>This entity&apos;s descriptor is valid.</source>
        <translation>Der Deskriptor dieser Entität ist gültig.</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>%1 is not in the catalog</source>
        <translation>%1 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 — not in the catalog</source>
        <translation>%1 – nicht im Katalog</translation>
    </message>
    <message>
        <source>Open in Backstage</source>
        <translation>In Backstage öffnen</translation>
    </message>
    <message>
        <source>Open %1 (Ctrl+Shift+O)</source>
        <translation>%1 öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>From %1 connection %2, synced %3</source>
        <translation>Aus der %1-Verbindung %2, synchronisiert %3</translation>
    </message>
    <message>
        <source>From %1 connection %2, not synced yet</source>
        <translation>Aus der %1-Verbindung %2, noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>As received from %1 · %2</source>
        <translation>Wie von %1 empfangen · %2</translation>
    </message>
    <message>
        <source>This API has no spec.definition in %1.</source>
        <translation>Diese API hat in %1 keine spec.definition.</translation>
    </message>
</context>
<context>
    <name>EntityPickerField</name>
    <message>
        <source>Search %1…</source>
        <translation>%1 suchen…</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Search the catalog…</source>
        <translation>Katalog durchsuchen…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Matches for %1</source>
        <translation>Treffer für %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not in the catalog; %1 will be used</source>
        <translation>Nicht im Katalog; %1 wird verwendet</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <source>Collapse %1</source>
        <translation>%1 einklappen</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 ausklappen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>%1, %2 entities</source>
        <translation>%1, %2 Entitäten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Welcome to Atrium</source>
        <translation>Willkommen bei Atrium</translation>
    </message>
    <message>
        <source>loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>%1 starred</source>
        <translation>%1 Favoriten</translation>
    </message>
    <message>
        <source>Unknown widget</source>
        <translation>Unbekanntes Widget</translation>
    </message>
    <message>
        <source>“%1” is not a dashboard widget</source>
        <translation>„%1“ ist kein Dashboard-Widget</translation>
    </message>
    <message>
        <source>Check dashboard.widgets in atrium.yaml, or install the plugin that provides it.</source>
        <translation>dashboard.widgets in atrium.yaml prüfen oder das Plugin installieren, das dieses Widget bereitstellt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>IdentityChip</name>
    <message>
        <source>Signed in as %1. Change identity</source>
        <translation>Angemeldet als %1. Identität ändern</translation>
    </message>
    <message>
        <source>Choose who you are</source>
        <translation>Identität wählen</translation>
    </message>
    <message>
        <source>%1
%2
Click to change</source>
        <translation>%1
%2
Zum Ändern klicken</translation>
    </message>
    <message>
        <source>Tell Atrium who you are</source>
        <translation>Atrium mitteilen, wer Sie sind</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Pick yourself from the catalog&apos;s users. Atrium then shows the services you and your teams own.</source>
        <translation>Wählen Sie sich aus den Benutzern im Katalog aus. Atrium zeigt dann die Services, die Ihnen und Ihren Teams gehören.</translation>
    </message>
    <message>
        <source>Filter by name, email or team</source>
        <translation>Nach Name, E-Mail oder Team filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>No user matches “%1”</source>
        <translation>Kein Benutzer passt zu „%1“</translation>
    </message>
    <message>
        <source>The catalog has no User entities yet.</source>
        <translation>Der Katalog enthält noch keine Benutzer-Entitäten.</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Das lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <source>Approve key and install</source>
        <translation>Schlüssel freigeben und installieren</translation>
    </message>
    <message>
        <source>Upgrade from %1</source>
        <translation>Von %1 aktualisieren</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 ist installiert</translation>
    </message>
    <message>
        <source>%1 was not installed</source>
        <translation>%1 wurde nicht installiert</translation>
    </message>
    <message>
        <source>Approve the producer&apos;s key?</source>
        <translation>Schlüssel des Herausgebers freigeben?</translation>
    </message>
    <message>
        <source>Upgrade %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
    <message>
        <source>Install %1?</source>
        <translation>%1 installieren?</translation>
    </message>
    <message>
        <source>This package cannot be installed</source>
        <translation>Dieses Paket kann nicht installiert werden</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1, replacing %2</source>
        <translation>%1, ersetzt %2</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signed with a key you have not approved</source>
        <translation>Mit einem Schlüssel signiert, den Sie nicht freigegeben haben</translation>
    </message>
    <message>
        <source>Signed with a trusted key</source>
        <translation>Mit einem vertrauenswürdigen Schlüssel signiert</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>This package is not signed. It can be installed because developer mode is on; install it only if you built it yourself or trust where it came from.</source>
        <translation>Dieses Paket ist nicht signiert. Es lässt sich installieren, weil der Entwicklermodus eingeschaltet ist; installieren Sie es nur, wenn Sie es selbst gebaut haben oder seiner Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>The package is signed with a key that is not trusted yet. Approve it only if %1 published this fingerprint (ask them if unsure). Plugins signed with this key then install without asking.</source>
        <translation>Das Paket ist mit einem Schlüssel signiert, der noch nicht als vertrauenswürdig gilt. Geben Sie ihn nur frei, wenn %1 diesen Fingerabdruck veröffentlicht hat (fragen Sie im Zweifel nach). Mit diesem Schlüssel signierte Plugins werden danach ohne Rückfrage installiert.</translation>
    </message>
    <message>
        <source>The package is signed with a key that is not trusted, and your administrator&apos;s policy does not allow approving keys here. Ask your administrator to add it. %1</source>
        <translation>Das Paket ist mit einem nicht vertrauenswürdigen Schlüssel signiert, und die Richtlinie Ihres Administrators erlaubt hier keine Freigabe von Schlüsseln. Bitten Sie Ihren Administrator, den Schlüssel hinzuzufügen. %1</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Schlüssels (SHA-256)</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Fingerabdruck des Schlüssels: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>KindChip</name>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleChip</name>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Lebenszyklus: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Atrium — %1</source>
        <translation>Atrium – %1</translation>
    </message>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Strg+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Strg+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Strg+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Strg+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Strg+5</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+←)</translation>
    </message>
    <message>
        <source>This workspace could not be opened, so the catalog is empty: %1</source>
        <translation>Dieser Arbeitsbereich ließ sich nicht öffnen, der Katalog ist daher leer: %1</translation>
    </message>
    <message>
        <source>Atrium closed while loading %1. Disable it?</source>
        <translation>Atrium wurde beim Laden von %1 beendet. Plugin deaktivieren?</translation>
    </message>
    <message>
        <source>The plugin has not been loaded this time. Disable it to start without it, or try loading it again. You can enable or remove it later on the Plugins page.</source>
        <translation>Das Plugin wurde diesmal nicht geladen. Deaktivieren Sie es, um ohne das Plugin zu starten, oder versuchen Sie erneut, es zu laden. Aktivieren oder entfernen lässt es sich später auf der Seite „Plugins“.</translation>
    </message>
    <message>
        <source>Disable plugin</source>
        <translation>Plugin deaktivieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MyServicesCard</name>
    <message>
        <source>My services</source>
        <translation>Meine Services</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Open the catalog (Ctrl+2)</source>
        <translation>Katalog öffnen (Strg+2)</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Nothing owned yet</source>
        <translation>Noch keine eigenen Services</translation>
    </message>
    <message>
        <source>Tell Atrium who you are to see the services you and your teams own.</source>
        <translation>Teilen Sie Atrium mit, wer Sie sind, um die Services zu sehen, die Ihnen und Ihren Teams gehören.</translation>
    </message>
    <message>
        <source>No component, API, system or resource in the catalog names you or your teams as owner.</source>
        <translation>Keine Komponente, API, kein System und keine Ressource im Katalog nennt Sie oder Ihre Teams als Besitzer.</translation>
    </message>
    <message>
        <source>Choose identity…</source>
        <translation>Identität wählen…</translation>
    </message>
    <message>
        <source>Browse the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
</context>
<context>
    <name>NavRailButton</name>
    <message>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PaletteField</name>
    <message>
        <source>Search entities, pages and commands</source>
        <translation>Entitäten, Seiten und Befehle suchen</translation>
    </message>
    <message>
        <source>Search and command palette</source>
        <translation>Such- und Befehlspalette</translation>
    </message>
    <message>
        <source>Type to find entities and pages; Enter opens the selected one</source>
        <translation>Tippen, um Entitäten und Seiten zu finden; die Eingabetaste öffnet den ausgewählten Treffer</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <source>Palette results</source>
        <translation>Ergebnisse der Palette</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Type to search the catalog</source>
        <translation>Tippen, um den Katalog zu durchsuchen</translation>
    </message>
    <message>
        <source>↑↓ move · Enter open · Esc close</source>
        <translation>↑↓ bewegen · Eingabe öffnen · Esc schließen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Enter ↵</source>
        <translation>Eingabe ↵</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your services, quick actions and platform status</source>
        <translation>Eigene Services, Schnellaktionen und Plattformstatus</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search and filter every component, API, system and team</source>
        <translation>Alle Komponenten, APIs, Systeme und Teams suchen und filtern</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Self-service templates and their runs</source>
        <translation>Self-Service-Vorlagen und ihre Ausführungen</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Installed capability plugins and their state</source>
        <translation>Installierte Funktions-Plugins und ihr Status</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Identity, theme and workspace</source>
        <translation>Identität, Design und Arbeitsbereich</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Errors and warnings found in the catalog descriptors</source>
        <translation>Fehler und Warnungen in den Katalog-Deskriptoren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PlatformStatusCard</name>
    <message>
        <source>Platform status</source>
        <translation>Plattformstatus</translation>
    </message>
    <message>
        <source>No status source</source>
        <translation>Keine Statusquelle</translation>
    </message>
    <message>
        <source>Status comes from Prometheus and Alertmanager through a status plugin. Install one from Plugins.</source>
        <translation>Der Status kommt über ein Status-Plugin aus Prometheus und Alertmanager. Installation unter „Plugins“.</translation>
    </message>
</context>
<context>
    <name>PluginDelegate</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the page %1 of %2</source>
        <translation>Seite %1 von %2 öffnen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>%1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Not a package (%1)</source>
        <translation>Kein Paket (%1)</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Darf aufrufen</translation>
    </message>
    <message>
        <source>Only its connections&apos; hosts</source>
        <translation>Nur die Hosts seiner Verbindungen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>Entwicklungs-Build</translation>
    </message>
    <message>
        <source>installed by you</source>
        <translation>von Ihnen installiert</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>PluginEmptyCard</name>
    <message>
        <source>Open Plugins</source>
        <translation>Plugins öffnen</translation>
    </message>
</context>
<context>
    <name>PluginHostServices</name>
    <message>
        <source>%1 %2 is installed. Restart Atrium to use it; %3 keeps running until then.</source>
        <translation>%1 %2 ist installiert. Starten Sie Atrium neu, um die neue Version zu verwenden; bis dahin läuft Version %3 weiter.</translation>
    </message>
    <message>
        <source>%1 %2 is installed and running.</source>
        <translation>%1 %2 ist installiert und läuft.</translation>
    </message>
    <message>
        <source>%1 %2 is installed but did not start: %3</source>
        <translation>%1 %2 ist installiert, wurde aber nicht gestartet: %3</translation>
    </message>
    <message>
        <source>it was not found after installing</source>
        <translation>es wurde nach der Installation nicht gefunden</translation>
    </message>
    <message>
        <source>Plugin installed</source>
        <translation>Plugin installiert</translation>
    </message>
    <message>
        <source>%1 was not installed from a package here, so it cannot be removed here.</source>
        <translation>%1 wurde nicht hier aus einem Paket installiert und kann daher hier nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Plugin removed</source>
        <translation>Plugin entfernt</translation>
    </message>
    <message>
        <source>Untrusted key %1</source>
        <translation>Nicht vertrauenswürdiger Schlüssel %1</translation>
    </message>
    <message>
        <source>Remote catalogs are not cached</source>
        <translation>Entfernte Kataloge werden nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>The catalog cache was reset</source>
        <translation>Der Katalog-Cache wurde zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>PluginPanel</name>
    <message>
        <source>The panel&apos;s root item could not be created. The application log has the details.</source>
        <translation>Das Wurzelelement des Panels konnte nicht erstellt werden. Details stehen im Anwendungsprotokoll.</translation>
    </message>
    <message>
        <source>%1 could not show “%2”</source>
        <translation>%1 konnte „%2“ nicht anzeigen</translation>
    </message>
    <message>
        <source>Tell the plugin&apos;s producer, or disable the plugin on the Plugins page.</source>
        <translation>Informieren Sie den Herausgeber des Plugins oder deaktivieren Sie das Plugin auf der Seite „Plugins“.</translation>
    </message>
    <message>
        <source>Open Plugins</source>
        <translation>Plugins öffnen</translation>
    </message>
    <message>
        <source>Open the Plugins page</source>
        <translation>Seite „Plugins“ öffnen</translation>
    </message>
</context>
<context>
    <name>PluginPanelPage</name>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection used by this page</source>
        <translation>Von dieser Seite verwendete Verbindung</translation>
    </message>
    <message>
        <source>This plugin page is no longer available</source>
        <translation>Diese Plugin-Seite ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>%1 was disabled or removed.</source>
        <translation>%1 wurde deaktiviert oder entfernt.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PluginsController</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Dashboard widget</source>
        <translation>Dashboard-Widget</translation>
    </message>
    <message>
        <source>Entity tab</source>
        <translation>Entitäts-Tab</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not loaded (safe mode)</source>
        <translation>Nicht geladen (abgesicherter Modus)</translation>
    </message>
    <message>
        <source>Held back after a crash</source>
        <translation>Nach Absturz zurückgehalten</translation>
    </message>
    <message>
        <source>Dependency problem</source>
        <translation>Abhängigkeitsproblem</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Removed (gone after restart)</source>
        <translation>Entfernt (nach Neustart weg)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No connection is configured for this panel.</source>
        <translation>Für dieses Panel ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; does not exist.</source>
        <translation>Die Verbindung &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Catalog providers</source>
        <translation>Katalog-Anbieter</translation>
    </message>
    <message>
        <source>Entities from Backstage, cloud inventories or other sources, next to the local catalog.</source>
        <translation>Entitäten aus Backstage, Cloud-Inventaren oder anderen Quellen, neben dem lokalen Katalog.</translation>
    </message>
    <message>
        <source>Status providers</source>
        <translation>Status-Anbieter</translation>
    </message>
    <message>
        <source>Health from Prometheus and Alertmanager for the Platform status card and entity pages.</source>
        <translation>Zustandsdaten aus Prometheus und Alertmanager für die Karte „Plattformstatus“ und die Entitätsseiten.</translation>
    </message>
    <message>
        <source>Cost providers</source>
        <translation>Kosten-Anbieter</translation>
    </message>
    <message>
        <source>Spend from FinOps FOCUS exports or OpenCost for the Cost overview.</source>
        <translation>Ausgaben aus FinOps-FOCUS-Exporten oder OpenCost für die Kostenübersicht.</translation>
    </message>
    <message>
        <source>Action providers</source>
        <translation>Aktions-Anbieter</translation>
    </message>
    <message>
        <source>Golden-path templates and self-service actions, run from the Actions page.</source>
        <translation>Golden-Path-Vorlagen und Self-Service-Aktionen, ausgeführt über die Seite „Aktionen“.</translation>
    </message>
    <message>
        <source>Docs providers</source>
        <translation>Dokumentations-Anbieter</translation>
    </message>
    <message>
        <source>Documentation from other sites, shown in the docs reader.</source>
        <translation>Dokumentation von anderen Websites, angezeigt in der Dokumentationsansicht.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Dashboard widgets, entity tabs and whole pages carried inside a plugin.</source>
        <translation>Dashboard-Widgets, Entitäts-Tabs und ganze Seiten, die ein Plugin mitbringt.</translation>
    </message>
    <message>
        <source>No plugins installed</source>
        <translation>Keine Plugins installiert</translation>
    </message>
    <message>
        <source>What plugins can add</source>
        <translation>Was Plugins hinzufügen können</translation>
    </message>
    <message>
        <source>Drop a .atrium-plugin file here, or choose one, to install it.</source>
        <translation>Zum Installieren eine .atrium-plugin-Datei hier ablegen oder auswählen.</translation>
    </message>
    <message>
        <source>Install plugin…</source>
        <translation>Plugin installieren…</translation>
    </message>
    <message>
        <source>Install a plugin from a file</source>
        <translation>Plugin aus einer Datei installieren</translation>
    </message>
    <message>
        <source>Started in safe mode: third-party plugins are not loaded. Start Atrium without --safe-mode to load them.</source>
        <translation>Im abgesicherten Modus gestartet: Plugins von Drittanbietern werden nicht geladen. Atrium ohne --safe-mode starten, um sie zu laden.</translation>
    </message>
    <message>
        <source>The plugin policy could not be read, so no key is trusted: %1</source>
        <translation>Die Plugin-Richtlinie konnte nicht gelesen werden, daher gilt kein Schlüssel als vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Capabilities come as signed plugins, installed by the teams that own them. Install one from a .atrium-plugin file; its state and errors are then listed here, with upgrade, disable and remove.</source>
        <translation>Funktionen kommen als signierte Plugins, installiert von den Teams, denen sie gehören. Nach der Installation aus einer .atrium-plugin-Datei stehen hier Status und Fehler des Plugins, dazu Aktualisieren, Deaktivieren und Entfernen.</translation>
    </message>
    <message>
        <source>Drop to install the plugin</source>
        <translation>Ablegen, um das Plugin zu installieren</translation>
    </message>
    <message>
        <source>Atrium checks the package&apos;s signature and contents before anything is installed.</source>
        <translation>Atrium prüft Signatur und Inhalt des Pakets, bevor etwas installiert wird.</translation>
    </message>
    <message>
        <source>Install a plugin</source>
        <translation>Plugin installieren</translation>
    </message>
    <message>
        <source>Atrium plugin (*.atrium-plugin)</source>
        <translation>Atrium-Plugin (*.atrium-plugin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The plugin is unloaded and its files are deleted from this device. Its connections stay in the workspace. You can install it again from its package.</source>
        <translation>Das Plugin wird entladen und seine Dateien werden von diesem Gerät gelöscht. Seine Verbindungen bleiben im Arbeitsbereich. Aus seinem Paket lässt es sich erneut installieren.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
    </message>
    <message>
        <source>%1 installed, %2 loaded. Drop a .atrium-plugin file here to install it.</source>
        <translation>%1 installiert, %2 geladen. Legen Sie eine .atrium-plugin-Datei hier ab, um sie zu installieren.</translation>
    </message>
</context>
<context>
    <name>ProblemDelegate</name>
    <message>
        <source>%1: %2, at %3</source>
        <translation>%1: %2, in %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>No problems — every descriptor is valid</source>
        <translation>Keine Probleme – alle Deskriptoren sind gültig</translation>
    </message>
    <message>
        <source>Atrium checks every descriptor file when the catalog loads.</source>
        <translation>Atrium prüft jede Deskriptordatei beim Laden des Katalogs.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings</source>
        <translation>Probleme: %1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>No problems in the catalog</source>
        <translation>Keine Probleme im Katalog</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 — open Problems</source>
        <translation>Fehler: %1 · Warnungen: %2 – Probleme öffnen</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the workspace again (F5)</source>
        <translation>Arbeitsbereich neu einlesen (F5)</translation>
    </message>
    <message>
        <source>No problems — every descriptor is valid</source>
        <translation>Keine Probleme – alle Deskriptoren sind gültig</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Keine Hinweise</translation>
    </message>
    <message>
        <source>Atrium checks every descriptor file when the catalog loads.</source>
        <translation>Atrium prüft jede Deskriptordatei beim Laden des Katalogs.</translation>
    </message>
    <message>
        <source>Choose “All” to see the other problems.</source>
        <translation>„Alle“ wählen, um die übrigen Probleme zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QuickActionsCard</name>
    <message>
        <source>Quick actions</source>
        <translation>Schnellaktionen</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Aktionen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Open Actions (Ctrl+3)</source>
        <translation>Aktionen öffnen (Strg+3)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Last run: %1 — %2</source>
        <translation>Letzte Ausführung: %1 – %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Aktionen werden geladen…</translation>
    </message>
    <message>
        <source>The connections offer no templates, or their list could not be read. See Actions.</source>
        <translation>Die Verbindungen bieten keine Vorlagen an oder ihre Liste konnte nicht gelesen werden. Siehe „Aktionen“.</translation>
    </message>
    <message>
        <source>Golden-path templates come from a connection, such as Backstage. Add one in Settings.</source>
        <translation>Golden-Path-Vorlagen kommen über eine Verbindung, etwa zu Backstage. Fügen Sie unter „Einstellungen“ eine hinzu.</translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation>Aktionen öffnen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>A whole number, at least %1</source>
        <translation>Eine ganze Zahl, mindestens %1</translation>
    </message>
    <message>
        <source>A number, at least %1</source>
        <translation>Eine Zahl, mindestens %1</translation>
    </message>
    <message>
        <source>A whole number, at most %1</source>
        <translation>Eine ganze Zahl, höchstens %1</translation>
    </message>
    <message>
        <source>A number, at most %1</source>
        <translation>Eine Zahl, höchstens %1</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Eintrag %1 entfernen</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Eintrag zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>Run template</source>
        <translation>Vorlage ausführen</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>Parameter der Vorlage</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>This template&apos;s parameters cannot be shown as a form: %1</source>
        <translation>Die Parameter dieser Vorlage können nicht als Formular angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Correct the marked fields to continue.</source>
        <translation>Zum Fortfahren die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <source>Search and command palette</source>
        <translation>Such- und Befehlspalette</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Strg+1 … Strg+5</translation>
    </message>
    <message>
        <source>Home, Catalog, Actions, Plugins, Settings</source>
        <translation>Start, Katalog, Aktionen, Plugins, Einstellungen</translation>
    </message>
    <message>
        <source>Alt+Left, Backspace</source>
        <translation>Alt+←, Rücktaste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Filter the catalog</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End</source>
        <translation>↑ ↓ Bild↑ Bild↓ Pos1 Ende</translation>
    </message>
    <message>
        <source>Move in tables and lists</source>
        <translation>In Tabellen und Listen bewegen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected entity</source>
        <translation>Ausgewählte Entität öffnen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Favorit setzen oder entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <source>Next tab on an entity page</source>
        <translation>Nächster Tab auf einer Entitätsseite</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Reload the workspace</source>
        <translation>Arbeitsbereich neu laden</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting.</source>
        <translation>„System“ folgt der hellen oder dunklen Einstellung des Desktops.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Sie sind</translation>
    </message>
    <message>
        <source>Decides what My services shows. Saved in the workspace.</source>
        <translation>Bestimmt, was „Meine Services“ anzeigt. Wird im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change identity</source>
        <translation>Identität ändern</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Workspace path: %1</source>
        <translation>Pfad des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 entities, %2 errors, %3 warnings</source>
        <translation>%1 Entitäten, %2 Fehler, %3 Warnungen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Set with --lang or the system locale.</source>
        <translation>Festgelegt über --lang oder die Systemsprache.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Atrium %1</source>
        <translation>Atrium %1</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Open Plugins</source>
        <translation>Plugins öffnen</translation>
    </message>
    <message>
        <source>Open the Plugins page</source>
        <translation>Seite „Plugins“ öffnen</translation>
    </message>
    <message>
        <source>Developer mode</source>
        <translation>Entwicklermodus</translation>
    </message>
    <message>
        <source>Installs unsigned packages. Turn it on only to try plugins you build yourself.</source>
        <translation>Installiert unsignierte Pakete. Nur einschalten, um selbst gebaute Plugins auszuprobieren.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy turns developer mode off on this device.</source>
        <translation>Die Richtlinie Ihres Administrators schaltet den Entwicklermodus auf diesem Gerät aus.</translation>
    </message>
    <message>
        <source>%1 installed; safe mode: third-party plugins are not loaded</source>
        <translation>%1 installiert; abgesicherter Modus: Plugins von Drittanbietern werden nicht geladen</translation>
    </message>
    <message>
        <source>%1 installed, %2 loaded</source>
        <translation>%1 installiert, %2 geladen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Loading catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>Atrium %1</source>
        <translation>Atrium %1</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>atrium</name>
    <message>
        <source>Open the workspace at PATH (atrium.yaml or its folder).</source>
        <translation>Den Arbeitsbereich unter PATH öffnen (atrium.yaml oder deren Ordner).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Use the language LANG (e.g. de, en).</source>
        <translation>Die Sprache LANG verwenden (z. B. de, en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Use the theme system, light or dark.</source>
        <translation>Das Design system, light oder dark verwenden.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Atrium, a native desktop developer portal.</source>
        <translation>Atrium, ein natives Entwicklerportal für den Desktop.</translation>
    </message>
    <message>
        <source>Usage: atrium [options]</source>
        <translation>Aufruf: atrium [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Check catalog descriptor files and report problems with file:line:column.</source>
        <translation>Katalog-Deskriptordateien prüfen und Probleme mit Datei:Zeile:Spalte melden.</translation>
    </message>
    <message>
        <source>Exit code 0 when clean (warnings allowed), 1 when errors were found, 2 on usage errors.</source>
        <translation>Exit-Code 0 ohne Fehler (Warnungen erlaubt), 1 bei gefundenen Fehlern, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Run `atrium validate --help` for its options.</source>
        <translation>Die Optionen zeigt `atrium validate --help`.</translation>
    </message>
    <message>
        <source>Cannot create the main window from %1.</source>
        <translation>Das Hauptfenster kann nicht aus %1 erstellt werden.</translation>
    </message>
    <message>
        <source>Run `atrium --help` for the options.</source>
        <translation>Die Optionen zeigt `atrium --help`.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use system, light or dark.</source>
        <translation>Unbekanntes Design &quot;%1&quot;: system, light oder dark verwenden.</translation>
    </message>
    <message>
        <source>Start without third-party plugins.</source>
        <translation>Ohne Plugins von Drittanbietern starten.</translation>
    </message>
    <message>
        <source>Allow unsigned plugin packages for this run (when the policy allows it).</source>
        <translation>Unsignierte Plugin-Pakete für diesen Start zulassen (sofern die Richtlinie es erlaubt).</translation>
    </message>
    <message>
        <source>Sync the workspace&apos;s remote catalogs into the offline cache, list the local and cached entities, or show one, without the window.</source>
        <translation>Die entfernten Kataloge des Arbeitsbereichs in den Offline-Cache synchronisieren, die lokalen und zwischengespeicherten Entitäten auflisten oder eine davon anzeigen, ohne Fenster.</translation>
    </message>
    <message>
        <source>Run `atrium catalog --help` for its commands and exit codes.</source>
        <translation>Die Befehle und Exit-Codes zeigt `atrium catalog --help`.</translation>
    </message>
</context>
<context>
    <name>atrium::Workspace</name>
    <message>
        <source>%1: no workspace file here (expected atrium.yaml)</source>
        <translation>%1: hier ist keine Arbeitsbereichsdatei (erwartet: atrium.yaml)</translation>
    </message>
    <message>
        <source>%1: cannot read the workspace file: %2</source>
        <translation>%1: die Arbeitsbereichsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the workspace file is empty</source>
        <translation>%1: die Arbeitsbereichsdatei ist leer</translation>
    </message>
    <message>
        <source>%1: the workspace file must be a mapping with apiVersion, kind, metadata and spec</source>
        <translation>%1: die Arbeitsbereichsdatei muss ein Mapping mit apiVersion, kind, metadata und spec sein</translation>
    </message>
    <message>
        <source>%1: kind must be Workspace, not &quot;%2&quot;</source>
        <translation>%1: kind muss Workspace sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the workspace needs a spec mapping with catalog.sources</source>
        <translation>%1: der Arbeitsbereich braucht ein spec-Mapping mit catalog.sources</translation>
    </message>
    <message>
        <source>%1: identity must be a User entity ref such as user:default/jane.doe</source>
        <translation>%1: identity muss eine Referenz auf eine User-Entität sein, z. B. user:default/jane.doe</translation>
    </message>
    <message>
        <source>%1: spec.catalog.sources must list the catalog folders</source>
        <translation>%1: spec.catalog.sources muss die Katalogordner auflisten</translation>
    </message>
    <message>
        <source>%1: include must be a list of globs</source>
        <translation>%1: include muss eine Liste von Globs sein</translation>
    </message>
    <message>
        <source>%1: a catalog source needs a path</source>
        <translation>%1: eine Katalogquelle braucht einen path</translation>
    </message>
    <message>
        <source>%1: unknown dashboard widget &quot;%2&quot;; known widgets: %3</source>
        <translation>%1: unbekanntes Dashboard-Widget &quot;%2&quot;; bekannte Widgets: %3</translation>
    </message>
    <message>
        <source>%1: the workspace file is read-only</source>
        <translation>%1: die Arbeitsbereichsdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: no spec: section to add the identity to</source>
        <translation>%1: kein Abschnitt spec:, in den sich die Identität eintragen lässt</translation>
    </message>
    <message>
        <source>%1: cannot write the workspace file: %2</source>
        <translation>%1: die Arbeitsbereichsdatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: spec.connections must be a list</source>
        <translation>%1: spec.connections muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: a connection must be a mapping with id, plugin and baseUrl</source>
        <translation>%1: eine Verbindung muss ein Mapping mit id, plugin und baseUrl sein</translation>
    </message>
    <message>
        <source>%1: settings must be a mapping</source>
        <translation>%1: settings muss ein Mapping sein</translation>
    </message>
    <message>
        <source>the connection id &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>die Verbindungs-ID &quot;%1&quot; wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>a connection needs an id</source>
        <translation>eine Verbindung braucht eine id</translation>
    </message>
    <message>
        <source>the connection id &quot;%1&quot; may only hold lower-case letters, digits and dashes</source>
        <translation>die Verbindungs-ID &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; needs a plugin id</source>
        <translation>die Verbindung &quot;%1&quot; braucht eine Plugin-ID</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; needs a base URL such as https://api.example.com/</source>
        <translation>die Verbindung &quot;%1&quot; braucht eine Basis-URL wie https://api.example.com/</translation>
    </message>
    <message>
        <source>the base URL of &quot;%1&quot; must not hold a user name or password; secrets belong in the keychain</source>
        <translation>die Basis-URL von &quot;%1&quot; darf weder Benutzername noch Passwort enthalten; Secrets gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <source>%1: no spec: section to add the connections to</source>
        <translation>%1: kein Abschnitt spec:, in den sich die Verbindungen eintragen lassen</translation>
    </message>
</context>
<context>
    <name>atrium::cache::CatalogCache</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>sie ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>The catalog cache cannot be opened: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>Der Katalog-Cache kann nicht geöffnet werden: Der SQLite-Treiber von Qt fehlt (libqt6sql6-sqlite installieren).</translation>
    </message>
    <message>
        <source>The catalog cache cannot be created: the folder %1 cannot be created.</source>
        <translation>Der Katalog-Cache kann nicht angelegt werden: Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The catalog cache %1 cannot be opened: %2</source>
        <translation>Der Katalog-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an Atrium catalog cache</source>
        <translation>sie ist eine SQLite-Datenbank, aber kein Katalog-Cache von Atrium</translation>
    </message>
    <message>
        <source>it has no valid schema version</source>
        <translation>sie hat keine gültige Schemaversion</translation>
    </message>
    <message>
        <source>it was written by a newer version of Atrium (cache schema %1; this version reads up to %2)</source>
        <translation>sie wurde von einer neueren Atrium-Version geschrieben (Cache-Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>it could not be upgraded from cache schema %1 (%2)</source>
        <translation>sie konnte nicht von Cache-Schema %1 aktualisiert werden (%2)</translation>
    </message>
    <message>
        <source>The catalog cache %1 cannot be used (%2) and cannot be moved aside to %3. Move or delete it to let Atrium start a new cache.</source>
        <translation>Der Katalog-Cache %1 kann nicht verwendet werden (%2) und kann nicht nach %3 verschoben werden. Verschieben oder löschen Sie ihn, damit Atrium einen neuen Cache anlegen kann.</translation>
    </message>
    <message>
        <source>The catalog cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was started; remote catalogs will be downloaded again at the next sync.</source>
        <translation>Der Katalog-Cache %1 konnte nicht verwendet werden: %2. Er wurde nach %3 verschoben und ein neuer, leerer Cache angelegt; entfernte Kataloge werden bei der nächsten Synchronisierung erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The catalog cache is not open.</source>
        <translation>Der Katalog-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The catalog cache %1 cannot be read: %2</source>
        <translation>Der Katalog-Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The catalog cache %1 cannot be written: %2</source>
        <translation>In den Katalog-Cache %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>atrium::cache::CatalogCacheWriter</name>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>The catalog cache %1 cannot store the entities of %2 (%3): %4</source>
        <translation>Der Katalog-Cache %1 kann die Entitäten von %2 nicht speichern (%3): %4</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>the entities written so far were removed from the cache meanwhile</source>
        <translation>die bisher geschriebenen Entitäten wurden inzwischen aus dem Cache entfernt</translation>
    </message>
</context>
<context>
    <name>atrium::cache::RemoteCatalogSync</name>
    <message>
        <source>Atrium keeps no offline copy of %1&apos;s catalog (the cache could not be opened), so only its summary can be shown.</source>
        <translation>Atrium hat keine Offline-Kopie des Katalogs von %1 (der Cache konnte nicht geöffnet werden), daher kann nur die Zusammenfassung angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 is no longer in the offline copy of %2&apos;s catalog; it may have been removed there since the last sync.</source>
        <translation>%1 ist nicht mehr in der Offline-Kopie des Katalogs von %2; die Entität wurde dort seit der letzten Synchronisierung möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>An entity from %1 is not valid JSON (%2 at byte %3) and was left out.</source>
        <translation>Eine Entität von %1 ist kein gültiges JSON (%2 bei Byte %3) und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>An entity from %1 is not a JSON object and was left out.</source>
        <translation>Eine Entität von %1 ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>atrium::catalog</name>
    <message>
        <source>&quot;%1&quot; is not an entity reference: write [kind:][namespace/]name</source>
        <translation>&quot;%1&quot; ist keine Entitätsreferenz: erwartet wird [kind:][namespace/]name</translation>
    </message>
    <message>
        <source>an entity reference must not be empty</source>
        <translation>eine Entitätsreferenz darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no kind: write it as kind:name, e.g. component:%1</source>
        <translation>&quot;%1&quot; hat kein kind: als kind:name schreiben, z. B. component:%1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path: use a path relative to the descriptor file</source>
        <translation>&quot;%1&quot; ist ein absoluter Pfad: einen Pfad relativ zur Deskriptordatei verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leaves the catalog source folder</source>
        <translation>&quot;%1&quot; verlässt den Ordner der Katalogquelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>&quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link to a file outside the catalog source folder</source>
        <translation>&quot;%1&quot; ist ein symbolischer Link auf eine Datei außerhalb des Ordners der Katalogquelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>&quot;%1&quot; ist keine Datei</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a placeholder</source>
        <translation>ein Platzhalter</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>%1 (a boolean)</source>
        <translation>%1 (ein boolescher Wert)</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1 (eine Zahl)</translation>
    </message>
    <message>
        <source>%1 placeholder target &quot;%2&quot; uses an unsupported URL scheme: use http(s) or a relative path</source>
        <translation>das Ziel &quot;%2&quot; des %1-Platzhalters verwendet ein nicht unterstütztes URL-Schema: http(s) oder einen relativen Pfad verwenden</translation>
    </message>
    <message>
        <source>%1 placeholder cannot be read: %2</source>
        <translation>der %1-Platzhalter kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed at the top level of an entity: only apiVersion, kind, metadata, spec, relations and status are (should it be under metadata or spec?)</source>
        <translation>&quot;%1&quot; ist auf der obersten Ebene einer Entität nicht erlaubt: dort sind nur apiVersion, kind, metadata, spec, relations und status zulässig (gehört es unter metadata oder spec?)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be written in the descriptor, not read from a placeholder</source>
        <translation>%1 muss im Deskriptor stehen und darf nicht aus einem Platzhalter gelesen werden</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>metadata.name &quot;%1&quot; is not a valid name: use letters, digits and - _ . between them, at most 63 characters</source>
        <translation>metadata.name &quot;%1&quot; ist kein gültiger Name: Buchstaben und Ziffern verwenden, dazwischen auch - _ ., höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>metadata.namespace &quot;%1&quot; is not valid: use lower-case letters and digits separated by single dashes, at most 63 characters</source>
        <translation>metadata.namespace &quot;%1&quot; ist ungültig: Kleinbuchstaben und Ziffern verwenden, getrennt durch einzelne Bindestriche, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>a mapping of keys to strings</source>
        <translation>ein Mapping von Schlüsseln auf Strings</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; is not valid: use an optional DNS-style prefix and a slash, then letters, digits and - _ . between them, at most 63 characters</source>
        <translation>der Schlüssel &quot;%2&quot; in %1 ist ungültig: optional ein Präfix im DNS-Stil und einen Schrägstrich, dann Buchstaben und Ziffern verwenden, dazwischen auch - _ ., höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, not %3: put the value in quotes</source>
        <translation>%1.%2 muss ein String sein, nicht %3: den Wert in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>%1.%2 value &quot;%3&quot; is not valid: use an empty string or letters, digits and - _ . between them, at most 63 characters</source>
        <translation>der Wert &quot;%3&quot; von %1.%2 ist ungültig: einen leeren String oder Buchstaben und Ziffern verwenden, dazwischen auch - _ ., höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Strings</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid tag: use lower-case letters, digits and : + # in groups separated by single dashes, at most 63 characters</source>
        <translation>%1 &quot;%2&quot; ist kein gültiges Tag: Kleinbuchstaben, Ziffern und : + # in Gruppen verwenden, getrennt durch einzelne Bindestriche, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>a list of mappings</source>
        <translation>eine Liste von Mappings</translation>
    </message>
    <message>
        <source>a mapping with a url</source>
        <translation>ein Mapping mit url</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1 muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no url</source>
        <translation>%1 hat keine url</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid URL: write it with a scheme, e.g. https://</source>
        <translation>%1 &quot;%2&quot; ist keine gültige URL: mit Schema schreiben, z. B. https://</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use letters, digits and - _ . between them, at most 63 characters</source>
        <translation>%1 &quot;%2&quot; ist ungültig: Buchstaben und Ziffern verwenden, dazwischen auch - _ ., höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid entity reference: %3</source>
        <translation>%1 &quot;%2&quot; ist keine gültige Entitätsreferenz: %3</translation>
    </message>
    <message>
        <source>%1 is required for a %2</source>
        <translation>%1 ist für kind %2 erforderlich</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use required or optional</source>
        <translation>%1 &quot;%2&quot; ist ungültig: required oder optional verwenden</translation>
    </message>
    <message>
        <source>spec.definition uses %1: Backstage puts the parsed data there, but an API definition must be a string; use $text to keep the file&apos;s text</source>
        <translation>spec.definition verwendet %1: Backstage legt dort die geparsten Daten ab, eine API-Definition muss aber ein String sein; $text verwenden, um den Text der Datei zu übernehmen</translation>
    </message>
    <message>
        <source>a string or a $text placeholder</source>
        <translation>ein String oder ein $text-Platzhalter</translation>
    </message>
    <message>
        <source>a mapping or a list of mappings</source>
        <translation>ein Mapping oder eine Liste von Mappings</translation>
    </message>
    <message>
        <source>%1 has no action</source>
        <translation>%1 hat keine action</translation>
    </message>
    <message>
        <source>%1.action must be a string, not %2</source>
        <translation>%1.action muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, not %3</source>
        <translation>%1.%2 muss ein String sein, nicht %3</translation>
    </message>
    <message>
        <source>%1.input must be a mapping, not %2</source>
        <translation>%1.input muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>this Location has neither spec.target nor spec.targets, so it points nowhere</source>
        <translation>diese Location hat weder spec.target noch spec.targets und verweist daher nirgendwohin</translation>
    </message>
    <message>
        <source>Location target &quot;%1&quot; has type &quot;%2&quot;, which Atrium does not read, so it is not followed</source>
        <translation>das Location-Ziel &quot;%1&quot; hat den Typ &quot;%2&quot;, den Atrium nicht liest; es wird daher nicht verfolgt</translation>
    </message>
    <message>
        <source>Location target &quot;%1&quot; is remote; Atrium reads local files only, so it is not followed</source>
        <translation>das Location-Ziel &quot;%1&quot; ist remote; Atrium liest nur lokale Dateien, daher wird es nicht verfolgt</translation>
    </message>
    <message>
        <source>spec is required for a %1</source>
        <translation>spec ist für kind %1 erforderlich</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind %2: use %3</source>
        <translation>apiVersion &quot;%1&quot; wird für kind %2 nicht unterstützt: %3 verwenden</translation>
    </message>
    <message>
        <source>a catalog document must be a mapping with apiVersion, kind and metadata, not %1</source>
        <translation>ein Katalogdokument muss ein Mapping mit apiVersion, kind und metadata sein, nicht %1</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not valid: use an optional DNS-style prefix, a slash and a version, e.g. backstage.io/v1alpha1</source>
        <translation>apiVersion &quot;%1&quot; ist ungültig: optional ein Präfix im DNS-Stil, dann einen Schrägstrich und eine Version verwenden, z. B. backstage.io/v1alpha1</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not valid: use a letter followed by letters and digits, at most 63 characters</source>
        <translation>kind &quot;%1&quot; ist ungültig: einen Buchstaben, gefolgt von Buchstaben und Ziffern verwenden, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>metadata is required, with at least a name</source>
        <translation>metadata ist erforderlich, mindestens mit einem name</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be written &quot;%2&quot;: kinds are case-sensitive</source>
        <translation>kind &quot;%1&quot; muss &quot;%2&quot; geschrieben werden: bei kind wird zwischen Groß- und Kleinschreibung unterschieden</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a built-in Backstage kind, so only the envelope (apiVersion, kind, metadata) was checked</source>
        <translation>kind &quot;%1&quot; ist kein eingebauter Backstage-kind, daher wurde nur die Grundstruktur (apiVersion, kind, metadata) geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder: use $text, $json or $yaml</source>
        <translation>&quot;%1&quot; ist kein Platzhalter: $text, $json oder $yaml verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported URL scheme: use http(s) or a relative path</source>
        <translation>&quot;%1&quot; verwendet ein nicht unterstütztes URL-Schema: http(s) oder einen relativen Pfad verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB</source>
        <translation>&quot;%1&quot; ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON: %2</source>
        <translation>&quot;%1&quot; ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>expected exactly one value</source>
        <translation>genau ein Wert erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid YAML at %2:%3: %4</source>
        <translation>&quot;%1&quot; ist bei %2:%3 kein gültiges YAML: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one YAML document, not %2</source>
        <translation>&quot;%1&quot; muss genau ein YAML-Dokument enthalten, nicht %2</translation>
    </message>
    <message>
        <source>the location target is empty</source>
        <translation>das Location-Ziel ist leer</translation>
    </message>
    <message>
        <source>the location target &quot;%1&quot; is an absolute path; use a path relative to the file</source>
        <translation>das Location-Ziel &quot;%1&quot; ist ein absoluter Pfad; einen Pfad relativ zur Datei verwenden</translation>
    </message>
    <message>
        <source>the location target &quot;%1&quot; leaves the catalog root %2</source>
        <translation>das Location-Ziel &quot;%1&quot; verlässt das Katalog-Stammverzeichnis %2</translation>
    </message>
    <message>
        <source>the location target &quot;%1&quot; does not exist (looked for %2)</source>
        <translation>das Location-Ziel &quot;%1&quot; existiert nicht (gesucht: %2)</translation>
    </message>
    <message>
        <source>the location target &quot;%1&quot; is a link that leaves the catalog root %2</source>
        <translation>das Location-Ziel &quot;%1&quot; ist ein Link, der das Katalog-Stammverzeichnis %2 verlässt</translation>
    </message>
    <message>
        <source>the location target &quot;%1&quot; matches no file</source>
        <translation>auf das Location-Ziel &quot;%1&quot; passt keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes; it was not read</source>
        <translation>die Datei ist %1 Bytes groß, mehr als das Limit von %2 Bytes; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the catalog source %1 does not exist</source>
        <translation>die Katalogquelle %1 existiert nicht</translation>
    </message>
    <message>
        <source>the catalog source %1 has no descriptor files matching %2</source>
        <translation>die Katalogquelle %1 enthält keine Deskriptordateien, die auf %2 passen</translation>
    </message>
    <message>
        <source>the entities of the last good version of this file are kept until it is fixed</source>
        <translation>die Entitäten der letzten fehlerfreien Version dieser Datei bleiben erhalten, bis sie korrigiert ist</translation>
    </message>
    <message>
        <source>cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was loaded</source>
        <translation>%1 wurde seit dem Laden geändert</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>the definition is at %1, which Atrium does not fetch for a local catalog</source>
        <translation>die Definition liegt unter %1; Atrium lädt sie für einen lokalen Katalog nicht herunter</translation>
    </message>
    <message>
        <source>%1 is defined twice; the first definition at %2:%3 is kept and this one is ignored</source>
        <translation>%1 ist doppelt definiert; die erste Definition in %2:%3 bleibt erhalten, diese hier wird ignoriert</translation>
    </message>
    <message>
        <source>%1 %2 %3, which is not in this catalog (it may be defined in another repository)</source>
        <translation>%1 %2 %3 – dieses Ziel ist nicht in diesem Katalog (es ist vielleicht in einem anderen Repository definiert)</translation>
    </message>
    <message>
        <source>an entity from %1 has no kind</source>
        <translation>eine Entität aus %1 hat keinen kind</translation>
    </message>
    <message>
        <source>a %1 entity from %2 has no metadata.name</source>
        <translation>eine %1-Entität aus %2 hat keinen metadata.name</translation>
    </message>
    <message>
        <source>the stored copy of %1 cannot be read: %2 at offset %3</source>
        <translation>die gespeicherte Kopie von %1 kann nicht gelesen werden: %2 an Offset %3</translation>
    </message>
    <message>
        <source>the stored copy of %1 is not an entity</source>
        <translation>die gespeicherte Kopie von %1 ist keine Entität</translation>
    </message>
</context>
<context>
    <name>atrium::catalogcli</name>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>Usage: atrium catalog sync [--connection ID] [--format text|json] [--workspace PATH]
       atrium catalog list [--kind KIND] [--owner OWNER] [--source local|ID] [--search TEXT]
                           [--format text|json] [--offline] [--workspace PATH]
       atrium catalog show REF [--format text|json] [--workspace PATH]
</source>
        <translation>Aufruf: atrium catalog sync [--connection ID] [--format text|json] [--workspace PATH]
        atrium catalog list [--kind KIND] [--owner OWNER] [--source local|ID] [--search TEXT]
                            [--format text|json] [--offline] [--workspace PATH]
        atrium catalog show REF [--format text|json] [--workspace PATH]
</translation>
    </message>
    <message>
        <source>Run `atrium catalog --help` for details.</source>
        <translation>Details zeigt `atrium catalog --help`.</translation>
    </message>
    <message>
        <source>Reads the catalog of a workspace without the window: its local descriptor files and the remote catalogs of its connections (such as Backstage), which `sync` stores in the same offline cache the app starts from.</source>
        <translation>Liest den Katalog eines Arbeitsbereichs ohne Fenster: seine lokalen Deskriptordateien und die entfernten Kataloge seiner Verbindungen (etwa Backstage), die `sync` im selben Offline-Cache ablegt, mit dem auch die App startet.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Read every catalog connection (or only ID) from its server into the offline cache, with the connection&apos;s token from the keychain. Progress goes to stderr, one line per connection to stdout. Ctrl+C cancels and keeps the last good data.</source>
        <translation>Jede Katalogverbindung (oder nur ID) von ihrem Server in den Offline-Cache lesen, mit dem Token der Verbindung aus dem Schlüsselbund. Der Fortschritt geht nach stderr, eine Zeile pro Verbindung nach stdout. Strg+C bricht ab und behält die letzten fehlerfreien Daten.</translation>
    </message>
    <message>
        <source>List the local and cached remote entities. Never uses the network (--offline is accepted and changes nothing); stderr says how old each connection&apos;s cached data is.</source>
        <translation>Die lokalen und die zwischengespeicherten entfernten Entitäten auflisten. Nutzt nie das Netzwerk (--offline wird akzeptiert und ändert nichts); auf stderr steht, wie alt die zwischengespeicherten Daten jeder Verbindung sind.</translation>
    </message>
    <message>
        <source>Show one entity: its summary, and the full JSON as cached for a remote entity or file:line and the document for a local one. REF is compared case-insensitively; &quot;name&quot; and &quot;kind:name&quot; mean the default namespace (and a Component when the kind is left out).</source>
        <translation>Eine Entität anzeigen: ihre Zusammenfassung und dazu bei einer entfernten Entität das vollständige JSON aus dem Cache, bei einer lokalen Datei:Zeile und das Dokument. Bei REF wird Groß-/Kleinschreibung nicht unterschieden; &quot;name&quot; und &quot;kind:name&quot; stehen für den Standard-Namespace (und für eine Component, wenn kind fehlt).</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>The workspace (atrium.yaml or its folder). Default: the current folder.</source>
        <translation>Der Arbeitsbereich (atrium.yaml oder deren Ordner). Standard: der aktuelle Ordner.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Done (sync: every connection synced, or the workspace has no catalog connection).</source>
        <translation>Erledigt (sync: jede Verbindung synchronisiert oder der Arbeitsbereich hat keine Katalogverbindung).</translation>
    </message>
    <message>
        <source>Failed: a sync failed (the cache keeps the last good data), the entity is unknown, or the workspace does not load.</source>
        <translation>Fehlgeschlagen: eine Synchronisierung ist fehlgeschlagen (der Cache behält die letzten fehlerfreien Daten), die Entität ist unbekannt oder der Arbeitsbereich lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>Usage error, including an unknown connection id.</source>
        <translation>Aufruffehler, auch bei einer unbekannten Verbindungs-ID.</translation>
    </message>
    <message>
        <source>sync: a server refused a connection&apos;s token, or none is stored. Store one in Atrium: Settings → Connections.</source>
        <translation>sync: ein Server hat das Token einer Verbindung abgelehnt, oder es ist keines gespeichert. Speichern Sie eines in Atrium: Einstellungen → Verbindungen.</translation>
    </message>
    <message>
        <source>sync: cancelled with Ctrl+C; the cache keeps the last good data.</source>
        <translation>sync: mit Strg+C abgebrochen; der Cache behält die letzten fehlerfreien Daten.</translation>
    </message>
    <message>
        <source>The workspace (atrium.yaml or its folder).</source>
        <translation>Der Arbeitsbereich (atrium.yaml oder deren Ordner).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Give the entity to show, e.g. component:default/payments-service.</source>
        <translation>Die anzuzeigende Entität angeben, z. B. component:default/payments-service.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: text oder json verwenden.</translation>
    </message>
    <message>
        <source>There is no atrium.yaml in the current folder: give the workspace with --workspace PATH.</source>
        <translation>Im aktuellen Ordner gibt es keine atrium.yaml: den Arbeitsbereich mit --workspace PATH angeben.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>warning: the catalog cache %1 cannot be read: %2</source>
        <translation>Warnung: der Katalog-Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: the cached catalog of %1 cannot be read: %2</source>
        <translation>Warnung: der zwischengespeicherte Katalog von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>note: %1: never synced; run `atrium catalog sync` to read it.</source>
        <translation>Hinweis: %1: nie synchronisiert; `atrium catalog sync` ausführen, um den Katalog zu lesen.</translation>
    </message>
    <message>
        <source>note: %1: %2 cached, synced %3 (%4).</source>
        <translation>Hinweis: %1: %2 im Cache, synchronisiert %3 (%4).</translation>
    </message>
    <message>
        <source>The last sync failed (%1): %2</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Only entities of this kind.</source>
        <translation>Nur Entitäten dieser Art.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only entities this group or user owns.</source>
        <translation>Nur Entitäten, die dieser Gruppe oder diesem Benutzer gehören.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>Only local entities (local) or those of one connection (its id).</source>
        <translation>Nur lokale Entitäten (local) oder die einer Verbindung (deren ID).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Only entities whose words start with TEXT.</source>
        <translation>Nur Entitäten, deren Wörter mit TEXT beginnen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Accepted for scripts: list never uses the network.</source>
        <translation>Für Skripte akzeptiert: list nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace: use local or a connection id.</source>
        <translation>Keine Verbindung &quot;%1&quot; in diesem Arbeitsbereich: local oder eine Verbindungs-ID verwenden.</translation>
    </message>
    <message>
        <source>The catalog of this workspace is empty.</source>
        <translation>Der Katalog dieses Arbeitsbereichs ist leer.</translation>
    </message>
    <message>
        <source>No entity matches.</source>
        <translation>Keine passende Entität.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>No entity %1 in this workspace&apos;s catalog (its files and the cached remote catalogs).</source>
        <translation>Keine Entität %1 im Katalog dieses Arbeitsbereichs (seine Dateien und die zwischengespeicherten entfernten Kataloge).</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <source>Ref:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Lebenszyklus:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>%1, synced %2 (%3)</source>
        <translation>%1, synchronisiert %2 (%3)</translation>
    </message>
    <message>
        <source>Sync only this connection.</source>
        <translation>Nur diese Verbindung synchronisieren.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read every entity again instead of the changes since the last sync.</source>
        <translation>Alle Entitäten neu lesen statt nur der Änderungen seit der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot;: this workspace has no connections.</source>
        <translation>Keine Verbindung &quot;%1&quot;: Dieser Arbeitsbereich hat keine Verbindungen.</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace; it has: %2.</source>
        <translation>Keine Verbindung &quot;%1&quot; in diesem Arbeitsbereich; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>The connection %1 needs the plugin %2, which is not installed.</source>
        <translation>Die Verbindung %1 benötigt das Plugin %2, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>The connection %1 (plugin %2) provides no catalog.</source>
        <translation>Die Verbindung %1 (Plugin %2) stellt keinen Katalog bereit.</translation>
    </message>
    <message>
        <source>The plugin %1 is not loaded (%2). %3</source>
        <translation>Das Plugin %1 ist nicht geladen (%2). %3</translation>
    </message>
    <message>
        <source>This workspace has no catalog connection: nothing to sync. Add one in Atrium: Settings → Connections.</source>
        <translation>Dieser Arbeitsbereich hat keine Katalogverbindung: Es gibt nichts zu synchronisieren. Fügen Sie in Atrium eine hinzu: Einstellungen → Verbindungen.</translation>
    </message>
    <message>
        <source>The catalog cache cannot be opened: %1</source>
        <translation>Der Katalog-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1: syncing from %2…</source>
        <translation>%1: Synchronisierung von %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelling; the cache keeps the last good data…</source>
        <translation>Wird abgebrochen; der Cache behält die letzten fehlerfreien Daten…</translation>
    </message>
    <message>
        <source>The plugin %1 offers no catalog for this connection.</source>
        <translation>Das Plugin %1 bietet für diese Verbindung keinen Katalog an.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s.</source>
        <translation>%1: %2 in %3 s.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The cache keeps %1 from %2.</source>
        <translation>Der Cache behält %1 vom %2.</translation>
    </message>
    <message>
        <source>Nothing is cached for it yet.</source>
        <translation>Für sie ist noch nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>%1: the server did not accept the connection&apos;s token, or none is stored. Store a token in Atrium (Settings → Connections), then run `atrium catalog sync` again.</source>
        <translation>%1: Der Server hat das Token der Verbindung nicht akzeptiert, oder es ist keines gespeichert. Speichern Sie ein Token in Atrium (Einstellungen → Verbindungen) und führen Sie dann `atrium catalog sync` erneut aus.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Einen Befehl angeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>atrium::credentials::CredentialStore</name>
    <message>
        <source>No keychain is available to store secrets. Atrium never writes secrets to files; you can keep this secret for this session only (it is forgotten when Atrium quits).</source>
        <translation>Es ist kein Schlüsselbund zum Speichern von Secrets verfügbar. Atrium schreibt Secrets nie in Dateien; Sie können dieses Secret nur für diese Sitzung behalten (es wird beim Beenden von Atrium verworfen).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>nothing on the D-Bus session bus provides the Secret Service or KWallet</source>
        <translation>nichts auf dem D-Bus-Sitzungsbus stellt den Secret Service oder KWallet bereit</translation>
    </message>
    <message>
        <source>The credential store is gone.</source>
        <translation>Der Zugangsdatenspeicher ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>atrium::forms</name>
    <message>
        <source>The template&apos;s parameters are not an object</source>
        <translation>Die Parameter der Vorlage sind kein Objekt</translation>
    </message>
    <message>
        <source>The template&apos;s parameters have no steps</source>
        <translation>Die Parameter der Vorlage haben keine Schritte</translation>
    </message>
    <message>
        <source>The steps of the template&apos;s parameters are not a list</source>
        <translation>Die Schritte der Vorlagenparameter sind keine Liste</translation>
    </message>
    <message>
        <source>Step %1 of the template&apos;s parameters has no schema object</source>
        <translation>Schritt %1 der Vorlagenparameter hat kein Schema-Objekt</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>The template&apos;s parameters are not valid JSON: %1 at offset %2</source>
        <translation>Die Parameter der Vorlage sind kein gültiges JSON: %1 an Offset %2</translation>
    </message>
</context>
<context>
    <name>atrium::forms::Parser</name>
    <message>
        <source>The properties of %1 are not an object</source>
        <translation>Die Eigenschaften von %1 sind kein Objekt</translation>
    </message>
    <message>
        <source>The schema of “%1” is not an object; it is shown as a text field</source>
        <translation>Das Schema von „%1“ ist kein Objekt; es wird als Textfeld angezeigt</translation>
    </message>
    <message>
        <source>“%1” has the unknown type “%2”; it is shown as a text field</source>
        <translation>„%1“ hat den unbekannten Typ „%2“; es wird als Textfeld angezeigt</translation>
    </message>
</context>
<context>
    <name>atrium::forms::Validator</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be on or off</source>
        <translation>%1 muss ein- oder ausgeschaltet sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be a group of values</source>
        <translation>%1 muss eine Gruppe von Werten sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is too short (minimum length: %2)</source>
        <translation>%1 ist zu kurz (Mindestlänge: %2)</translation>
    </message>
    <message>
        <source>%1 is too long (maximum length: %2)</source>
        <translation>%1 ist zu lang (Höchstlänge: %2)</translation>
    </message>
    <message>
        <source>The template&apos;s pattern for %1 is not valid: %2</source>
        <translation>Das Muster der Vorlage für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 must match %2</source>
        <translation>%1 muss zum Muster %2 passen</translation>
    </message>
    <message>
        <source>%1 must be a URL, such as https://example.com</source>
        <translation>%1 muss eine URL sein, etwa https://example.com</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address</source>
        <translation>%1 muss eine E-Mail-Adresse sein</translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 needs more items (minimum: %2)</source>
        <translation>%1 braucht mehr Einträge (Minimum: %2)</translation>
    </message>
    <message>
        <source>%1 has too many items (maximum: %2)</source>
        <translation>%1 hat zu viele Einträge (Maximum: %2)</translation>
    </message>
    <message>
        <source>%1 must not contain the same item twice</source>
        <translation>%1 darf keinen Eintrag doppelt enthalten</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
</context>
<context>
    <name>atrium::net::HostHttpClient</name>
    <message>
        <source>The request was cancelled because its connection was closed.</source>
        <translation>Die Anfrage wurde abgebrochen, weil ihre Verbindung geschlossen wurde.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>%1 is not one of the hosts this plugin declared.</source>
        <translation>%1 gehört nicht zu den Hosts, die dieses Plugin deklariert hat.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no secret store is configured</source>
        <translation>es ist kein Secret-Speicher eingerichtet</translation>
    </message>
    <message>
        <source>no secret is stored</source>
        <translation>es ist kein Secret gespeichert</translation>
    </message>
    <message>
        <source>No secret is available for the connection %1: %2</source>
        <translation>Für die Verbindung %1 ist kein Secret verfügbar: %2</translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2.</source>
        <translation>Die Antwort von %1 überschreitet das Limit von %2.</translation>
    </message>
    <message>
        <source>Connection to %1 timed out after %2 s.</source>
        <translation>Zeitüberschreitung der Verbindung zu %1 nach %2 s.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent no data for %2 s.</source>
        <translation>%1 hat %2 s lang keine Daten gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The proxy failed for %1: %2</source>
        <translation>Der Proxy ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 redirected too many times (the limit is %2).</source>
        <translation>%1 hat zu oft weitergeleitet (das Limit ist %2).</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not one of the hosts this plugin declared.</source>
        <translation>%1 hat zu %2 weitergeleitet, das nicht zu den Hosts gehört, die dieses Plugin deklariert hat.</translation>
    </message>
</context>
<context>
    <name>atrium::packages::Installer</name>
    <message>
        <source>%1 %2 (installed: %3, which serves %4 to %3)</source>
        <translation>%1 %2 (installiert: %3, kompatibel mit %4 bis %3)</translation>
    </message>
    <message>
        <source>%1 %2 (not installed)</source>
        <translation>%1 %2 (nicht installiert)</translation>
    </message>
    <message>
        <source>%1 %2 needs plugins that are not installed in a compatible version: %3.</source>
        <translation>%1 %2 benötigt Plugins, die nicht in einer kompatiblen Version installiert sind: %3.</translation>
    </message>
    <message>
        <source>%1 %2 is already installed in %3.</source>
        <translation>%1 %2 ist bereits in %3 installiert.</translation>
    </message>
    <message>
        <source>%1 %2 is installed in %3; the package holds the older version %4. Remove the plugin first to go back to it.</source>
        <translation>%1 %2 ist in %3 installiert; das Paket enthält die ältere Version %4. Um zu ihr zurückzukehren, zuerst das Plugin entfernen.</translation>
    </message>
    <message>
        <source>Cannot create the plugin folder %1.</source>
        <translation>Der Plugin-Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the installed %1 aside (%2): %3</source>
        <translation>Die installierte Version in %1 kann nicht beiseitegeschoben werden (%2): %3</translation>
    </message>
    <message>
        <source>Cannot move the unpacked plugin into %1: %2</source>
        <translation>Das entpackte Plugin kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plugin id.</source>
        <translation>&quot;%1&quot; ist keine Plugin-ID.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 was not installed from a package (it is in %2); only plugins in %3 can be removed.</source>
        <translation>%1 wurde nicht aus einem Paket installiert (es liegt in %2); nur Plugins in %3 können entfernt werden.</translation>
    </message>
    <message>
        <source>No plugin %1 is installed in %2.</source>
        <translation>In %2 ist kein Plugin %1 installiert.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed %1, but some of its files are left in %2.</source>
        <translation>%1 wurde entfernt, aber einige seiner Dateien sind in %2 verblieben.</translation>
    </message>
</context>
<context>
    <name>atrium::packages::PackageCheck</name>
    <message>
        <source>an entry has an empty name</source>
        <translation>ein Eintrag hat einen leeren Namen</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a NUL character in its name</source>
        <translation>der Eintrag &quot;%1&quot; enthält ein NUL-Zeichen im Namen</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>der Eintrag &quot;%1&quot; hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a backslash in its path</source>
        <translation>der Eintrag &quot;%1&quot; enthält einen Backslash im Pfad</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; contains &quot;..&quot;</source>
        <translation>der Eintrag &quot;%1&quot; enthält &quot;..&quot;</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an empty or &quot;.&quot; path component</source>
        <translation>der Eintrag &quot;%1&quot; hat einen Pfadbestandteil, der leer oder &quot;.&quot; ist</translation>
    </message>
    <message>
        <source>The package %1 does not exist or is not a file.</source>
        <translation>Das Paket %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive: %2</source>
        <translation>%1 ist kein lesbares ZIP-Archiv: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive after entry %2: %3</source>
        <translation>%1 ist nach Eintrag %2 kein lesbares ZIP-Archiv mehr: %3</translation>
    </message>
    <message>
        <source>The package %1 has more than %2 entries.</source>
        <translation>Das Paket %1 hat mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>The package %1 is refused: %2.</source>
        <translation>Das Paket %1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the entry &quot;%2&quot; is a hard link.</source>
        <translation>Das Paket %1 wird abgelehnt: der Eintrag &quot;%2&quot; ist ein Hardlink.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the entry &quot;%2&quot; is a symbolic link.</source>
        <translation>Das Paket %1 wird abgelehnt: der Eintrag &quot;%2&quot; ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the entry &quot;%2&quot; is a device or another special file.</source>
        <translation>Das Paket %1 wird abgelehnt: der Eintrag &quot;%2&quot; ist ein Gerät oder eine andere Spezialdatei.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the entry &quot;%2&quot; appears twice.</source>
        <translation>Das Paket %1 wird abgelehnt: der Eintrag &quot;%2&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of %2 cannot be read: %3</source>
        <translation>Der Eintrag &quot;%1&quot; in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The package %1 is larger than 256 MiB unpacked (at entry &quot;%2&quot;).</source>
        <translation>Das Paket %1 ist entpackt größer als 256 MiB (bei Eintrag &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>kein gültiges JSON an Offset %1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than 1 MiB.</source>
        <translation>%1 in %2 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>signature.json in %1 is %2.</source>
        <translation>signature.json in %1 ist %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>signature.json in %1: &quot;algorithm&quot; is &quot;%2&quot;; only &quot;ed25519&quot; is supported.</source>
        <translation>signature.json in %1: &quot;algorithm&quot; ist &quot;%2&quot;; unterstützt wird nur &quot;ed25519&quot;.</translation>
    </message>
    <message>
        <source>signature.json in %1: &quot;publicKey&quot; is not an Ed25519 public key in PEM form.</source>
        <translation>signature.json in %1: &quot;publicKey&quot; ist kein öffentlicher Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>signature.json in %1: &quot;signature&quot; is not the base64 of a 64-byte Ed25519 signature.</source>
        <translation>signature.json in %1: &quot;signature&quot; ist keine Base64-kodierte 64-Byte-Ed25519-Signatur.</translation>
    </message>
    <message>
        <source>The signature in %1 does not match its manifest.json (key %2): the package was changed after signing or is corrupt.</source>
        <translation>Die Signatur in %1 passt nicht zur manifest.json des Pakets (Schlüssel %2): das Paket wurde nach dem Signieren verändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>manifest.json in %1: &quot;files&quot; must be a non-empty array.</source>
        <translation>manifest.json in %1: &quot;files&quot; muss ein nicht leeres Array sein.</translation>
    </message>
    <message>
        <source>must be an object with &quot;path&quot;, &quot;size&quot; and &quot;sha256&quot;</source>
        <translation>muss ein Objekt mit &quot;path&quot;, &quot;size&quot; und &quot;sha256&quot; sein</translation>
    </message>
    <message>
        <source>&quot;path&quot; is unsafe: %1</source>
        <translation>&quot;path&quot; ist unsicher: %1</translation>
    </message>
    <message>
        <source>&quot;path&quot; may not name %1</source>
        <translation>&quot;path&quot; darf nicht auf %1 verweisen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number of bytes</source>
        <translation>&quot;size&quot; muss eine ganzzahlige Anzahl von Bytes sein</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 hex digits</source>
        <translation>&quot;sha256&quot; muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>manifest.json in %1: %2 %3.</source>
        <translation>manifest.json in %1: %2 %3.</translation>
    </message>
    <message>
        <source>manifest.json in %1: &quot;library&quot; (&quot;%2&quot;) must be a lib/*.so file listed in &quot;files&quot;.</source>
        <translation>manifest.json in %1: &quot;library&quot; (&quot;%2&quot;) muss eine in &quot;files&quot; aufgeführte lib/*.so-Datei sein.</translation>
    </message>
    <message>
        <source>manifest.json in %1: &quot;format&quot; is %2; this Atrium reads format 1.</source>
        <translation>manifest.json in %1: &quot;format&quot; ist %2; diese Atrium-Version liest Format 1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>The package %1 (%2) is built for plugin API version %3; this Atrium runs API version %4 (manifest.json &quot;apiVersion&quot;).</source>
        <translation>Das Paket %1 (%2) ist für die Plugin-API-Version %3 gebaut; diese Atrium-Version verwendet API-Version %4 (manifest.json &quot;apiVersion&quot;).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The package %1 (%2) is built for the platform &quot;%3&quot;; this computer is &quot;%4&quot; (manifest.json &quot;platform&quot;).</source>
        <translation>Das Paket %1 (%2) ist für die Plattform &quot;%3&quot; gebaut; dieser Computer ist &quot;%4&quot; (manifest.json &quot;platform&quot;).</translation>
    </message>
    <message>
        <source>manifest.json in %1: &quot;plugin&quot; must be the plugin&apos;s metadata object.</source>
        <translation>manifest.json in %1: &quot;plugin&quot; muss das Metadatenobjekt des Plugins sein.</translation>
    </message>
    <message>
        <source>manifest.json in %1 has invalid plugin metadata:
%2</source>
        <translation>manifest.json in %1 enthält ungültige Plugin-Metadaten:
%2</translation>
    </message>
    <message>
        <source>manifest.json in %1 names %2 %3, but its plugin metadata %4 %5.</source>
        <translation>manifest.json in %1 nennt %2 %3, die Plugin-Metadaten dagegen %4 %5.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The package %1 is tampered with or incomplete: manifest.json lists &quot;%2&quot;, which the archive does not hold.</source>
        <translation>Das Paket %1 wurde manipuliert oder ist unvollständig: manifest.json führt &quot;%2&quot; auf, das im Archiv fehlt.</translation>
    </message>
    <message>
        <source>The package %1 is tampered with: &quot;%2&quot; has %3 bytes, manifest.json says %4.</source>
        <translation>Das Paket %1 wurde manipuliert: &quot;%2&quot; hat %3 Bytes, laut manifest.json sind es %4.</translation>
    </message>
    <message>
        <source>The package %1 is tampered with: the SHA-256 of &quot;%2&quot; differs from the one in manifest.json.</source>
        <translation>Das Paket %1 wurde manipuliert: der SHA-256-Hash von &quot;%2&quot; weicht von dem in manifest.json ab.</translation>
    </message>
    <message>
        <source>The package %1 is tampered with: it holds &quot;%2&quot;, which manifest.json does not list.</source>
        <translation>Das Paket %1 wurde manipuliert: es enthält &quot;%2&quot;, das in manifest.json nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>The package %1 has no manifest.json at its root.</source>
        <translation>Das Paket %1 hat keine manifest.json auf oberster Ebene.</translation>
    </message>
    <message>
        <source>manifest.json in %1 is %2.</source>
        <translation>manifest.json in %1 ist %2.</translation>
    </message>
    <message>
        <source>The package %1 is not signed (it has no signature.json), and the plugin policy %2 forbids unsigned packages.</source>
        <translation>Das Paket %1 ist nicht signiert (es hat keine signature.json), und die Plugin-Richtlinie %2 verbietet unsignierte Pakete.</translation>
    </message>
    <message>
        <source>The package %1 is not signed (it has no signature.json). Unsigned packages install only in developer mode.</source>
        <translation>Das Paket %1 ist nicht signiert (es hat keine signature.json). Unsignierte Pakete lassen sich nur im Entwicklermodus installieren.</translation>
    </message>
    <message>
        <source>an unnamed producer</source>
        <translation>einem unbenannten Herausgeber</translation>
    </message>
    <message>
        <source>The package %1 is signed by %2 with the key %3, which the plugin policy %4 does not trust; the policy does not allow approving other keys.</source>
        <translation>Das Paket %1 ist von %2 mit dem Schlüssel %3 signiert, dem die Plugin-Richtlinie %4 nicht vertraut; die Richtlinie erlaubt keine Freigabe weiterer Schlüssel.</translation>
    </message>
    <message>
        <source>The package %1 is signed by %2 with the key %3, which you have not approved.</source>
        <translation>Das Paket %1 ist von %2 mit dem Schlüssel %3 signiert, den Sie nicht freigegeben haben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot sync the folder %1 to disk.</source>
        <translation>Der Ordner %1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>atrium::packages::TrustStore</name>
    <message>
        <source>The plugin policy %1 is invalid: %2. No plugin package is trusted until it is fixed.</source>
        <translation>Die Plugin-Richtlinie %1 ist ungültig: %2. Bis sie korrigiert ist, gilt kein Plugin-Paket als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The plugin policy %1 cannot be read (%2). No plugin package is trusted until it is fixed.</source>
        <translation>Die Plugin-Richtlinie %1 kann nicht gelesen werden (%2). Bis sie korrigiert ist, gilt kein Plugin-Paket als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>sie ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>kein gültiges JSON an Offset %1 (%2)</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;trustedKeys&quot; must be an array</source>
        <translation>&quot;trustedKeys&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;producer&quot; and &quot;publicKey&quot;</source>
        <translation>&quot;%1&quot; muss ein Objekt mit &quot;producer&quot; und &quot;publicKey&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1.producer&quot; must be a non-empty string</source>
        <translation>&quot;%1.producer&quot; muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <source>&quot;%1.publicKey&quot; is not an Ed25519 public key in PEM form</source>
        <translation>&quot;%1.publicKey&quot; ist kein öffentlicher Ed25519-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>Skipped the trusted key %1: it cannot be read.</source>
        <translation>Vertrauenswürdiger Schlüssel %1 übersprungen: er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Skipped the trusted key %1: it holds no Ed25519 public key.</source>
        <translation>Vertrauenswürdiger Schlüssel %1 übersprungen: er enthält keinen öffentlichen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Skipped the trusted key %1: its name does not match its key&apos;s fingerprint %2.</source>
        <translation>Vertrauenswürdiger Schlüssel %1 übersprungen: sein Name passt nicht zum Fingerabdruck %2 seines Schlüssels.</translation>
    </message>
    <message>
        <source>The plugin policy %1 does not allow approving keys; ask your administrator to add the key to the policy.</source>
        <translation>Die Plugin-Richtlinie %1 erlaubt keine Freigabe von Schlüsseln; bitten Sie Ihren Administrator, den Schlüssel in die Richtlinie aufzunehmen.</translation>
    </message>
    <message>
        <source>The key to approve is not an Ed25519 public key in PEM form.</source>
        <translation>Der freizugebende Schlüssel ist kein öffentlicher Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for trusted keys.</source>
        <translation>Der Ordner %1 für vertrauenswürdige Schlüssel kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the trusted key %1: %2</source>
        <translation>Der vertrauenswürdige Schlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete the trusted key %1.</source>
        <translation>Der vertrauenswürdige Schlüssel %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The key %1 is trusted by the plugin policy %2; only your administrator can remove it.</source>
        <translation>Der Schlüssel %1 ist durch die Plugin-Richtlinie %2 als vertrauenswürdig festgelegt; nur Ihr Administrator kann ihn entfernen.</translation>
    </message>
    <message>
        <source>No approved key has the fingerprint %1.</source>
        <translation>Kein freigegebener Schlüssel hat den Fingerabdruck %1.</translation>
    </message>
</context>
<context>
    <name>atrium::plugin</name>
    <message>
        <source>Usage: atrium plugin install FILE [--trust] [--developer-mode]
       atrium plugin list [--format human|json]
       atrium plugin enable ID
       atrium plugin disable ID
       atrium plugin remove ID
       atrium plugin trust FILE
</source>
        <translation>Aufruf: atrium plugin install FILE [--trust] [--developer-mode]
        atrium plugin list [--format human|json]
        atrium plugin enable ID
        atrium plugin disable ID
        atrium plugin remove ID
        atrium plugin trust FILE
</translation>
    </message>
    <message>
        <source>Run `atrium plugin --help` for details.</source>
        <translation>Details zeigt `atrium plugin --help`.</translation>
    </message>
    <message>
        <source>Installs, lists, enables, disables and removes Atrium plugins in your plugin folder (%1), and approves the keys plugin packages are signed with.</source>
        <translation>Installiert, listet, aktiviert, deaktiviert und entfernt Atrium-Plugins in Ihrem Plugin-Ordner (%1) und gibt die Schlüssel frei, mit denen Plugin-Pakete signiert sind.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Check and install a .atrium-plugin package (a newer version replaces the installed one). --trust approves the package&apos;s key first; --developer-mode accepts an unsigned package for this command when the policy allows it.</source>
        <translation>Ein .atrium-plugin-Paket prüfen und installieren (eine neuere Version ersetzt die installierte). --trust gibt zuerst den Schlüssel des Pakets frei; --developer-mode akzeptiert für diesen Befehl ein unsigniertes Paket, sofern die Richtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>Show every plugin Atrium finds, with its state.</source>
        <translation>Alle Plugins, die Atrium findet, mit ihrem Status anzeigen.</translation>
    </message>
    <message>
        <source>Load the plugin from the next start on.</source>
        <translation>Das Plugin ab dem nächsten Start laden.</translation>
    </message>
    <message>
        <source>Do not load the plugin any more.</source>
        <translation>Das Plugin nicht mehr laden.</translation>
    </message>
    <message>
        <source>Delete a plugin installed from a package.</source>
        <translation>Ein aus einem Paket installiertes Plugin löschen.</translation>
    </message>
    <message>
        <source>Show who signed a package and the key&apos;s fingerprint, and approve the key.</source>
        <translation>Anzeigen, wer ein Paket signiert hat und welchen Fingerabdruck der Schlüssel hat, und den Schlüssel freigeben.</translation>
    </message>
    <message>
        <source>Exit code 0 when done, 1 when a package is refused or a command fails (the reason is on stderr), 2 on usage errors.</source>
        <translation>Exit-Code 0 bei Erfolg, 1 wenn ein Paket abgelehnt wird oder ein Befehl fehlschlägt (der Grund steht auf stderr), 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Give the package file to install.</source>
        <translation>Die zu installierende Paketdatei angeben.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Producer:    %1</source>
        <translation>Herausgeber:   %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Approve the package&apos;s key first.</source>
        <translation>Zuerst den Schlüssel des Pakets freigeben.</translation>
    </message>
    <message>
        <source>Accept an unsigned package.</source>
        <translation>Ein unsigniertes Paket akzeptieren.</translation>
    </message>
    <message>
        <source>Approved the key of %1 (%2).</source>
        <translation>Schlüssel von %1 (%2) freigegeben.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one %1 publishes. If they match, approve the key and install with:</source>
        <translation>Den Fingerabdruck mit dem von %1 veröffentlichten vergleichen. Wenn beide übereinstimmen, den Schlüssel freigeben und installieren mit:</translation>
    </message>
    <message>
        <source>To install it anyway, add --developer-mode.</source>
        <translation>Um es trotzdem zu installieren, --developer-mode angeben.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2 (%3) into %4.</source>
        <translation>%1 %2 (%3) in %4 installiert.</translation>
    </message>
    <message>
        <source>Upgraded %1 from %2 to %3 in %4.</source>
        <translation>%1 in %4 von %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Atrium loads it the next time it starts.</source>
        <translation>Atrium lädt es beim nächsten Start.</translation>
    </message>
    <message>
        <source>The package %1 is not signed: there is no key to approve.</source>
        <translation>Das Paket %1 ist nicht signiert: es gibt keinen Schlüssel zum Freigeben.</translation>
    </message>
    <message>
        <source>The package %1 has no valid signature.</source>
        <translation>Das Paket %1 hat keine gültige Signatur.</translation>
    </message>
    <message>
        <source>%1 is signed by:</source>
        <translation>%1 ist signiert von:</translation>
    </message>
    <message>
        <source>The key is already trusted by the plugin policy %1.</source>
        <translation>Der Schlüssel ist bereits durch die Plugin-Richtlinie %1 als vertrauenswürdig festgelegt.</translation>
    </message>
    <message>
        <source>You have already approved this key.</source>
        <translation>Sie haben diesen Schlüssel bereits freigegeben.</translation>
    </message>
    <message>
        <source>Approved. Packages signed with this key can now be installed.</source>
        <translation>Freigegeben. Mit diesem Schlüssel signierte Pakete können jetzt installiert werden.</translation>
    </message>
    <message>
        <source>Note: this package itself is still refused: %1</source>
        <translation>Hinweis: Dieses Paket selbst wird weiterhin abgelehnt: %1</translation>
    </message>
    <message>
        <source>Output format: human (default) or json.</source>
        <translation>Ausgabeformat: human (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use human or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: human oder json verwenden.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No plugins found. Install one with `atrium plugin install FILE`.</source>
        <translation>Keine Plugins gefunden. Mit `atrium plugin install FILE` lässt sich eines installieren.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No plugin %1 is installed. `atrium plugin list` shows the plugins there are.</source>
        <translation>Es ist kein Plugin %1 installiert. `atrium plugin list` zeigt die vorhandenen Plugins.</translation>
    </message>
    <message>
        <source>Enabled %1; Atrium loads it the next time it starts.</source>
        <translation>%1 aktiviert; Atrium lädt es beim nächsten Start.</translation>
    </message>
    <message>
        <source>Disabled %1; Atrium no longer loads it from the next start on.</source>
        <translation>%1 deaktiviert; Atrium lädt es ab dem nächsten Start nicht mehr.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Einen Befehl angeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>atrium::plugins</name>
    <message>
        <source>must be one of %1 (is &quot;%2&quot;)</source>
        <translation>muss einer der Werte %1 sein (ist &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>must be &quot;uri&quot; or &quot;email&quot; (is &quot;%1&quot;)</source>
        <translation>muss &quot;uri&quot; oder &quot;email&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be &quot;object&quot; (is &quot;%1&quot;)</source>
        <translation>muss &quot;object&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not in properties</source>
        <translation>nennt &quot;%1&quot;, das nicht in properties steht</translation>
    </message>
    <message>
        <source>must be an e-mail address, a mailto: or an https:// URL (is &quot;%1&quot;)</source>
        <translation>muss eine E-Mail-Adresse, eine mailto:- oder eine https://-URL sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability; use one of %2</source>
        <translation>&quot;%1&quot; ist keine Funktion; zulässig sind %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must name at least one capability</source>
        <translation>muss mindestens eine Funktion nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name like api.example.com or *.example.com, with an optional :port</source>
        <translation>&quot;%1&quot; ist kein Hostname wie api.example.com oder *.example.com mit optionalem :port</translation>
    </message>
    <message>
        <source>must be &quot;bearer&quot;, &quot;header&quot; or &quot;basic&quot; (is &quot;%1&quot;)</source>
        <translation>muss &quot;bearer&quot;, &quot;header&quot; oder &quot;basic&quot; sein (ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name</source>
        <translation>&quot;%1&quot; ist kein HTTP-Header-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plugin id</source>
        <translation>&quot;%1&quot; ist keine Plugin-ID</translation>
    </message>
    <message>
        <source>a plugin cannot depend on itself</source>
        <translation>ein Plugin kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform like linux-x86_64</source>
        <translation>&quot;%1&quot; ist keine Plattform wie linux-x86_64</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation>passt nicht zum Muster %1</translation>
    </message>
    <message>
        <source>must be a URL</source>
        <translation>muss eine URL sein</translation>
    </message>
    <message>
        <source>must be an e-mail address</source>
        <translation>muss eine E-Mail-Adresse sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a setting of this plugin and is ignored</source>
        <translation>ist keine Einstellung dieses Plugins und wird ignoriert</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>has invalid metadata</source>
        <translation>hat ungültige Metadaten</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>ist deaktiviert</translation>
    </message>
    <message>
        <source>is not loaded in safe mode</source>
        <translation>wird im abgesicherten Modus nicht geladen</translation>
    </message>
    <message>
        <source>is held back after a crash</source>
        <translation>wird nach einem Absturz zurückgehalten</translation>
    </message>
    <message>
        <source>has a dependency problem</source>
        <translation>hat ein Abhängigkeitsproblem</translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation>konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>was removed</source>
        <translation>wurde entfernt</translation>
    </message>
</context>
<context>
    <name>atrium::plugins::Checker</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>must have at most %1 characters (has %2)</source>
        <translation>darf höchstens %1 Zeichen haben (hat %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is not a known key and is ignored</source>
        <translation>ist kein bekannter Schlüssel und wird ignoriert</translation>
    </message>
    <message>
        <source>must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0 (is &quot;%1&quot;)</source>
        <translation>muss eine semantische Version MAJOR.MINOR.PATCH sein, z. B. 1.0.0 (ist &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>atrium::plugins::PluginManager</name>
    <message>
        <source>%1 is also provided by %2, which is ignored</source>
        <translation>%1 wird auch von %2 bereitgestellt; diese Bibliothek wird ignoriert</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <source>Atrium quit unexpectedly while this plugin was loading</source>
        <translation>Atrium wurde beim Laden dieses Plugins unerwartet beendet</translation>
    </message>
    <message>
        <source>needs %1 %2, which is not installed</source>
        <translation>benötigt %1 %2, das nicht installiert ist</translation>
    </message>
    <message>
        <source>needs %1 %2, but version %3 is installed (compatible from %4)</source>
        <translation>benötigt %1 %2, installiert ist aber Version %3 (kompatibel ab %4)</translation>
    </message>
    <message>
        <source>needs %1, which %2</source>
        <translation>benötigt %1, aber %1 %2</translation>
    </message>
    <message>
        <source>needs %1, which is in a %2</source>
        <translation>benötigt %1, aber %1 ist Teil eines %2</translation>
    </message>
    <message>
        <source>The library did not load: %1</source>
        <translation>Die Bibliothek wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>The library&apos;s plugin object does not implement the Atrium plugin interface %1 (Q_INTERFACES(atrium::sdk::Plugin) is missing)</source>
        <translation>Das Plugin-Objekt der Bibliothek implementiert die Atrium-Plugin-Schnittstelle %1 nicht (Q_INTERFACES(atrium::sdk::Plugin) fehlt)</translation>
    </message>
    <message>
        <source>The host could not create a context for the plugin</source>
        <translation>Der Host konnte keinen Kontext für das Plugin erstellen</translation>
    </message>
    <message>
        <source>initialize() failed without giving a reason</source>
        <translation>initialize() ist ohne Angabe von Gründen fehlgeschlagen</translation>
    </message>
    <message>
        <source>initialize() failed: %1</source>
        <translation>initialize() ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no plugin %1</source>
        <translation>Es gibt kein Plugin %1</translation>
    </message>
</context>
<context>
    <name>atrium::plugins::PluginMetadata</name>
    <message>
        <source>&quot;%1&quot; must be lower-case reverse-DNS words separated by dots or dashes, e.g. dev.atrium.hello</source>
        <translation>&quot;%1&quot; muss aus kleingeschriebenen Wörtern in umgekehrter DNS-Schreibweise bestehen, getrennt durch Punkte oder Bindestriche, z. B. dev.atrium.hello</translation>
    </message>
    <message>
        <source>%1 must not be newer than version %2</source>
        <translation>%1 darf nicht neuer als Version %2 sein</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>is %1, but this Atrium supports plugin API version %2</source>
        <translation>ist %1, diese Atrium-Version unterstützt aber Plugin-API-Version %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>is not a Qt plugin: %1</source>
        <translation>ist kein Qt-Plugin: %1</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but this Atrium loads plugins with IID &quot;%2&quot;</source>
        <translation>ist &quot;%1&quot;, diese Atrium-Version lädt aber Plugins mit der IID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is missing: the library embeds no plugin.json (Q_PLUGIN_METADATA needs FILE &quot;plugin.json&quot;)</source>
        <translation>fehlt: die Bibliothek bettet keine plugin.json ein (Q_PLUGIN_METADATA braucht FILE &quot;plugin.json&quot;)</translation>
    </message>
    <message>
        <source>is %1 KiB of JSON; at most %2 KiB are allowed</source>
        <translation>umfasst %1 KiB JSON; erlaubt sind höchstens %2 KiB</translation>
    </message>
</context>
<context>
    <name>atrium::validate</name>
    <message>
        <source>Usage: atrium validate [--format human|json|sarif] [--root DIR] [--include GLOB]... PATH...</source>
        <translation>Aufruf: atrium validate [--format human|json|sarif] [--root DIR] [--include GLOB]... PATH...</translation>
    </message>
    <message>
        <source>Run `atrium validate --help` for details.</source>
        <translation>Details zeigt `atrium validate --help`.</translation>
    </message>
    <message>
        <source>Check Backstage catalog descriptor files with Atrium&apos;s catalog engine: YAML syntax, the descriptor format, entity references, duplicates and relations to missing entities.</source>
        <translation>Backstage-Katalog-Deskriptordateien mit der Katalog-Engine von Atrium prüfen: YAML-Syntax, Deskriptorformat, Entitätsreferenzen, Duplikate und Beziehungen zu fehlenden Entitäten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Output format: human (default), json or sarif.</source>
        <translation>Ausgabeformat: human (Standard), json oder sarif.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Folder that placeholders and Location targets may not leave. Default: the current folder when PATH is inside it, else PATH&apos;s folder.</source>
        <translation>Ordner, den Platzhalter und Location-Ziele nicht verlassen dürfen. Standard: der aktuelle Ordner, wenn PATH darin liegt, sonst der Ordner von PATH.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Glob of descriptor files to read in a folder PATH (repeatable). Default: %1.</source>
        <translation>Glob der Deskriptordateien, die in einem Ordner PATH gelesen werden (wiederholbar). Standard: %1.</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>GLOB</translation>
    </message>
    <message>
        <source>Descriptor files or folders to check.</source>
        <translation>Zu prüfende Deskriptordateien oder Ordner.</translation>
    </message>
    <message>
        <source>Usage: atrium validate [options] PATH...</source>
        <translation>Aufruf: atrium validate [Optionen] PATH...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use human, json or sarif.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: human, json oder sarif verwenden.</translation>
    </message>
    <message>
        <source>Give at least one file or folder to check.</source>
        <translation>Mindestens eine Datei oder einen Ordner zum Prüfen angeben.</translation>
    </message>
    <message>
        <source>The root %1 is not a folder.</source>
        <translation>Das Stammverzeichnis %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is outside the root %2.</source>
        <translation>%1 liegt außerhalb des Stammverzeichnisses %2.</translation>
    </message>
    <message>
        <source>%1, %2 in %3 (%4)</source>
        <translation>%1, %2 in %3 (%4)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
</context>
<context>
    <name>atrium::yaml</name>
    <message>
        <source>file is %1 bytes, larger than the limit of %2 bytes</source>
        <translation>die Datei ist %1 Bytes groß, mehr als das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
    <message>
        <source>more than %1 documents in one file</source>
        <translation>mehr als %1 Dokumente in einer Datei</translation>
    </message>
    <message>
        <source>scalar of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>ein Skalar mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>alias *%1 refers to an unknown anchor</source>
        <translation>Alias *%1 verweist auf einen unbekannten Anker</translation>
    </message>
    <message>
        <source>alias *%1 refers to a node that contains it</source>
        <translation>Alias *%1 verweist auf einen Knoten, der ihn selbst enthält</translation>
    </message>
    <message>
        <source>alias *%1 nests deeper than %2 levels</source>
        <translation>Alias *%1 ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>document has more than %1 nodes once aliases are expanded</source>
        <translation>das Dokument hat nach dem Auflösen der Aliase mehr als %1 Knoten</translation>
    </message>
    <message>
        <source>%1 (#x%2)</source>
        <translation>%1 (#x%2)</translation>
    </message>
    <message>
        <source>%1 %2 that began at line %3, column %4</source>
        <translation>%1 %2 (begonnen in Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
</TS>
