<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Self-service actions arrive with action plugins</source>
        <translation>Self-Service-Aktionen kommen mit Aktions-Plugins</translation>
    </message>
    <message>
        <source>Golden-path templates and actions offered by the platform&apos;s producer teams run from here, with their progress and results. Install an action plugin to enable them.</source>
        <translation>Golden-Path-Vorlagen und Aktionen, die die Plattform-Teams anbieten, laufen hier – mit Fortschritt und Ergebnissen. Dafür muss ein Aktions-Plugin installiert sein.</translation>
    </message>
    <message>
        <source>Open Plugins</source>
        <translation>Plugins öffnen</translation>
    </message>
    <message>
        <source>Templates in the catalog</source>
        <translation>Vorlagen im Katalog</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Needs a plugin</source>
        <translation>Plugin erforderlich</translation>
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
    <name>PluginEmptyCard</name>
    <message>
        <source>Open Plugins</source>
        <translation>Plugins öffnen</translation>
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
        <source>Capabilities come as signed plugins, installed by the teams that own them. Each plugin&apos;s state and errors will be listed here, with install, upgrade, disable and remove.</source>
        <translation>Funktionen kommen als signierte Plugins, installiert von den Teams, die sie verantworten. Status und Fehler jedes Plugins werden hier aufgeführt – mit Installieren, Aktualisieren, Deaktivieren und Entfernen.</translation>
    </message>
    <message>
        <source>What plugins can add</source>
        <translation>Was Plugins hinzufügen können</translation>
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
        <source>Golden-path templates and self-service actions come from an action plugin. Install one from Plugins.</source>
        <translation>Golden-Path-Vorlagen und Self-Service-Aktionen kommen aus einem Aktions-Plugin. Installation unter „Plugins“.</translation>
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
