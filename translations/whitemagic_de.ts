<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditColumns</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>%1 yang, %2 yin: balanced</source>
        <translation>%1 Yang, %2 Yin: ausgeglichen</translation>
    </message>
    <message>
        <source>%1 yang, %2 yin: unbalanced</source>
        <translation>%1 Yang, %2 Yin: unausgeglichen</translation>
    </message>
    <message>
        <source>%1 in use · %2 recommended</source>
        <translation>%1 in Verwendung · %2 empfohlen</translation>
    </message>
    <message>
        <source>yang</source>
        <translation>Yang</translation>
    </message>
    <message>
        <source>yin</source>
        <translation>Yin</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1, near the threshold: %2</source>
        <translation>%1, nahe der Schwelle: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;value %4, yang when %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;Linie %1 — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Wert %4, Yang bei %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Measuring the running audit; no hexagram yet.</source>
        <translation>Die laufende Prüfung wird gemessen; noch kein Hexagramm.</translation>
    </message>
    <message>
        <source>No hexagram: audit a folder to cast one from its measurements.</source>
        <translation>Kein Hexagramm: einen Ordner prüfen, um aus seinen Messwerten eines zu werfen.</translation>
    </message>
    <message>
        <source>Hexagram %1, %2, %3: %4 above %5. %6.</source>
        <translation>Hexagramm %1, %2, %3: %4 über %5. %6.</translation>
    </message>
    <message>
        <source>Changing lines %1, leading to hexagram %2, %3.</source>
        <translation>Wandelnde Linien %1, führen zu Hexagramm %2, %3.</translation>
    </message>
    <message>
        <source>Threads: %1.</source>
        <translation>Threads: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>WhiteMagic: audit a folder and see where the bulk is.</source>
        <translation>WhiteMagic: einen Ordner prüfen und sehen, wo das meiste liegt.</translation>
    </message>
    <message>
        <source>Folder to audit.</source>
        <translation>Zu prüfender Ordner.</translation>
    </message>
    <message>
        <source>Audit DIR in the window twice (unsorted, then sorted), print the figures as JSON and exit.</source>
        <translation>DIR im Fenster zweimal prüfen (unsortiert, dann sortiert), die Messwerte als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Column of the benchmark&apos;s sorted pass.</source>
        <translation>Spalte für den sortierten Durchlauf des Benchmarks.</translation>
    </message>
    <message>
        <source>Save PREFIX-scanning.png and PREFIX-done.png, then exit.</source>
        <translation>PREFIX-scanning.png und PREFIX-done.png speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Do not honour ignore files (this run only).</source>
        <translation>Ignorier-Dateien nicht beachten (nur bei diesem Start).</translation>
    </message>
    <message>
        <source>Include hidden files (this run only).</source>
        <translation>Versteckte Dateien einbeziehen (nur bei diesem Start).</translation>
    </message>
    <message>
        <source>expected one folder, got %1</source>
        <translation>ein Ordner erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>--benchmark and --screenshot need a folder</source>
        <translation>--benchmark und --screenshot brauchen einen Ordner</translation>
    </message>
    <message>
        <source>unknown column for --sort: %1</source>
        <translation>unbekannte Spalte für --sort: %1</translation>
    </message>
    <message>
        <source>With DIR QUERY...: time the Search view (a fresh index of DIR, then 50 typed queries), print JSON and exit.</source>
        <translation>Mit DIR ABFRAGE...: die Suchansicht messen (ein neuer Index von DIR, dann 50 getippte Abfragen), JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With DIR QUERY: save the Search view as PREFIX-light.png and PREFIX-dark.png.</source>
        <translation>Mit DIR ABFRAGE: die Suchansicht als PREFIX-light.png und PREFIX-dark.png speichern.</translation>
    </message>
    <message>
        <source>--benchmark-search and --screenshot-search need a folder and at least one query</source>
        <translation>--benchmark-search und --screenshot-search brauchen einen Ordner und mindestens eine Abfrage</translation>
    </message>
    <message>
        <source>With a memory folder DIR (changed: give it a copy): save the Near-duplicates and Consolidation views as PREFIX-*.png.</source>
        <translation>Mit einem Gedächtnisordner DIR (wird verändert: eine Kopie angeben): die Ansichten „Beinahe-Duplikate“ und „Konsolidierung“ als PREFIX-*.png speichern.</translation>
    </message>
</context>
<context>
    <name>ConsolidateText</name>
    <message>
        <source>Check notes</source>
        <translation>Notizen prüfen</translation>
    </message>
    <message>
        <source>Archive originals</source>
        <translation>Originale archivieren</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Archiv prüfen</translation>
    </message>
    <message>
        <source>Write new notes</source>
        <translation>Neue Notizen schreiben</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Punkt ohne Wiederkehr</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Remove originals</source>
        <translation>Originale entfernen</translation>
    </message>
    <message>
        <source>Update index</source>
        <translation>Index aktualisieren</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <source>Write back originals</source>
        <translation>Originale zurückschreiben</translation>
    </message>
    <message>
        <source>Move notes back</source>
        <translation>Notizen zurückverschieben</translation>
    </message>
    <message>
        <source>Remove the run&apos;s files</source>
        <translation>Dateien des Laufs entfernen</translation>
    </message>
    <message>
        <source>Read notes</source>
        <translation>Notizen lesen</translation>
    </message>
    <message>
        <source>Find near-duplicates</source>
        <translation>Beinahe-Duplikate finden</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Cancel is possible until the point of no return (step 5): the folder is then left exactly as it was. After it, the run finishes.</source>
        <translation>Abbrechen ist bis zum Punkt ohne Wiederkehr (Schritt 5) möglich: Der Ordner bleibt dann genau so, wie er war. Danach wird der Lauf zu Ende geführt.</translation>
    </message>
    <message>
        <source>Cancel is possible while the run&apos;s files are checked; once originals are written back, the restore finishes.</source>
        <translation>Abbrechen ist möglich, solange die Dateien des Laufs geprüft werden; sobald Originale zurückgeschrieben werden, wird die Wiederherstellung zu Ende geführt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to archive</source>
        <translation>
            <numerusform>%Ln zu archivieren</numerusform>
            <numerusform>%Ln zu archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to promote</source>
        <translation>
            <numerusform>%Ln hochzustufen</numerusform>
            <numerusform>%Ln hochzustufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) in %1 merge(s)</source>
        <translation>
            <numerusform>%Ln Notiz in %1 Zusammenführung(en)</numerusform>
            <numerusform>%Ln Notizen in %1 Zusammenführung(en)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln bleibt</numerusform>
            <numerusform>%Ln bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln malformed (left untouched)</source>
        <translation>
            <numerusform>%Ln fehlerhaft (unverändert gelassen)</numerusform>
            <numerusform>%Ln fehlerhaft (unverändert gelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes until you apply the plan; the originals go into %1 and the run can be restored.</source>
        <translation>Nichts ändert sich, bevor Sie den Plan anwenden; die Originale kommen in %1, und der Lauf kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Run %1 applied: %2 archived, %3 promoted, %4 merged, %5 created. Press F5 to plan again.</source>
        <translation>Lauf %1 angewendet: %2 archiviert, %3 hochgestuft, %4 zusammengeführt, %5 erstellt. F5 plant erneut.</translation>
    </message>
    <message>
        <source>Cancelled: the folder is unchanged.</source>
        <translation>Abgebrochen: Der Ordner ist unverändert.</translation>
    </message>
    <message>
        <source>Apply stopped.</source>
        <translation>Anwenden abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln run(s) undone, %1 file(s) written back. Press F5 to plan again.</source>
        <translation>
            <numerusform>Wiederhergestellt: %Ln Lauf rückgängig gemacht, %1 Datei(en) zurückgeschrieben. F5 plant erneut.</numerusform>
            <numerusform>Wiederhergestellt: %Ln Läufe rückgängig gemacht, %1 Datei(en) zurückgeschrieben. F5 plant erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restore stopped.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProgressRate</name>
    <message>
        <source>under a second left</source>
        <translation>weniger als eine Sekunde verbleibend</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyIndex</name>
    <message>
        <source>This folder has no search index yet.</source>
        <translation>Dieser Ordner hat noch keinen Suchindex.</translation>
    </message>
    <message>
        <source>%1 is not a WhiteMagic search index.</source>
        <translation>%1 ist kein WhiteMagic-Suchindex.</translation>
    </message>
    <message>
        <source>The index %1 was made by another version of WhiteMagic.</source>
        <translation>Der Index %1 wurde von einer anderen Version von WhiteMagic erstellt.</translation>
    </message>
    <message>
        <source>The index %1 belongs to %2.</source>
        <translation>Der Index %1 gehört zu %2.</translation>
    </message>
    <message>
        <source>Cannot read the index %1: %2</source>
        <translation>Der Index %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>wm::ui::AuditTableModel</name>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
</context>
<context>
    <name>wm::ui::AuditView</name>
    <message>
        <source>Filter by path or language…</source>
        <translation>Nach Pfad oder Sprache filtern …</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>wm::ui::BalancePanel</name>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Balance: —</source>
        <translation>Balance: —</translation>
    </message>
    <message>
        <source>Threads: —</source>
        <translation>Threads: —</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hexagram of this audit&lt;/b&gt; (stopped, partial figures): %1</source>
        <translation>&lt;b&gt;Hexagramm dieser Prüfung&lt;/b&gt; (angehalten, unvollständige Werte): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hexagram of this audit:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hexagramm dieser Prüfung:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>wm::ui::ClusterTreeModel</name>
    <message numerus="yes">
        <source>Cluster %1 · %Ln file(s)</source>
        <translation>
            <numerusform>Gruppe %1 · %Ln Datei</numerusform>
            <numerusform>Gruppe %1 · %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>near + identical</source>
        <translation>ähnlich + identisch</translation>
    </message>
    <message>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>Byte-identical to another file of the cluster</source>
        <translation>Byte-identisch mit einer anderen Datei der Gruppe</translation>
    </message>
    <message>
        <source>Best verified score with another file of the cluster</source>
        <translation>Bester geprüfter Wert mit einer anderen Datei der Gruppe</translation>
    </message>
    <message>
        <source>identical copy</source>
        <translation>identische Kopie</translation>
    </message>
    <message>
        <source>Cluster / file</source>
        <translation>Gruppe / Datei</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>wm::ui::ConsolidateToolbar</name>
    <message>
        <source>Memory folder (short_term/, long_term/, archive/): type, choose or drop one here</source>
        <translation>Gedächtnisordner (short_term/, long_term/, archive/): eintippen, auswählen oder hier ablegen</translation>
    </message>
    <message>
        <source>Memory folder</source>
        <translation>Gedächtnisordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose a memory folder</source>
        <translation>Einen Gedächtnisordner auswählen</translation>
    </message>
    <message>
        <source>Archive after </source>
        <translation>Archivieren nach </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Short-term notes older than this are archived (unless tagged to keep)</source>
        <translation>Kurzzeitnotizen, die älter sind, werden archiviert (außer sie sind zum Behalten markiert)</translation>
    </message>
    <message>
        <source>Merge at ≥ </source>
        <translation>Zusammenführen ab ≥ </translation>
    </message>
    <message>
        <source>Notes whose similarity is at least this are merged</source>
        <translation>Notizen mit mindestens dieser Ähnlichkeit werden zusammengeführt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Show what consolidation would do; changes nothing (F5)</source>
        <translation>Zeigen, was die Konsolidierung tun würde; ändert nichts (F5)</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden …</translation>
    </message>
    <message>
        <source>Carry out the plan; the originals are archived and every run can be restored</source>
        <translation>Den Plan ausführen; die Originale werden archiviert, und jeder Lauf kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Choose a Memory Folder</source>
        <translation>Gedächtnisordner auswählen</translation>
    </message>
</context>
<context>
    <name>wm::ui::ConsolidateView</name>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Recover Interrupted Run</source>
        <translation>Unterbrochenen Lauf wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a memory folder, or drop one here, to see what consolidation would do. Nothing changes until you apply the plan.</source>
        <translation>Wählen Sie einen Gedächtnisordner oder legen Sie einen hier ab, um zu sehen, was die Konsolidierung tun würde. Nichts ändert sich, bevor Sie den Plan anwenden.</translation>
    </message>
    <message>
        <source>Consolidation plan</source>
        <translation>Konsolidierungsplan</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Kein Ordner: %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <source>Planning cancelled; press F5 to plan again.</source>
        <translation>Planung abgebrochen; F5 plant erneut.</translation>
    </message>
    <message>
        <source>Cannot read the memory folder: %1</source>
        <translation>Der Gedächtnisordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run %1 was interrupted: recover it (roll it back or finish it) before applying a new plan.</source>
        <translation>Lauf %1 wurde unterbrochen: Stellen Sie ihn wieder her (zurückrollen oder abschließen), bevor Sie einen neuen Plan anwenden.</translation>
    </message>
    <message>
        <source>Apply is not possible: %1</source>
        <translation>Anwenden ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Apply Consolidation</source>
        <translation>Konsolidierung anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln note(s), promote %1 and merge %2 into %3 new note(s) in %4?

The originals are kept in %5; Restore brings the folder back byte for byte.</source>
        <translation>
            <numerusform>%Ln Notiz archivieren, %1 hochstufen und %2 zu %3 neuen Notiz(en) zusammenführen in %4?

Die Originale bleiben in %5 erhalten; Wiederherstellen bringt den Ordner Byte für Byte zurück.</numerusform>
            <numerusform>%Ln Notizen archivieren, %1 hochstufen und %2 zu %3 neuen Notiz(en) zusammenführen in %4?

Die Originale bleiben in %5 erhalten; Wiederherstellen bringt den Ordner Byte für Byte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply failed: %1</source>
        <translation>Anwenden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring %1 back to its state before run %2? Later runs are undone too.</source>
        <translation>%1 in den Zustand vor Lauf %2 zurückversetzen? Spätere Läufe werden ebenfalls rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Changed since the run: %1</source>
        <translation>Seit dem Lauf geändert: %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>Reparatur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The interrupted run was recovered. Press F5 to plan again.</source>
        <translation>Der unterbrochene Lauf wurde wiederhergestellt. F5 plant erneut.</translation>
    </message>
</context>
<context>
    <name>wm::ui::ErrorListModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>wm::ui::FilePreview</name>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Eine Datei auswählen, um sie in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Binary file (%1): no preview.</source>
        <translation>Binärdatei (%1): keine Vorschau.</translation>
    </message>
    <message>
        <source>[… the first %1 of %2 shown]</source>
        <translation>[… die ersten %1 von %2 angezeigt]</translation>
    </message>
</context>
<context>
    <name>wm::ui::FolderTreeModel</name>
    <message>
        <source>%1 of the parent folder</source>
        <translation>%1 des übergeordneten Ordners</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>wm::ui::HexagramWidget</name>
    <message>
        <source>Balance hexagram</source>
        <translation>Balance-Hexagramm</translation>
    </message>
    <message>
        <source>Measuring the running audit…</source>
        <translation>Die laufende Prüfung wird gemessen …</translation>
    </message>
    <message>
        <source>Audit a folder to cast its hexagram from the engine&apos;s measurements.</source>
        <translation>Einen Ordner prüfen, um aus den Messwerten der Engine sein Hexagramm zu werfen.</translation>
    </message>
    <message>
        <source>above: %1</source>
        <translation>oben: %1</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>unten: %1</translation>
    </message>
    <message>
        <source>becomes %1 %2</source>
        <translation>wird zu %1 %2</translation>
    </message>
</context>
<context>
    <name>wm::ui::IndexJob</name>
    <message>
        <source>Another indexer (process %1) is updating this index; searching what it has committed so far.</source>
        <translation>Ein anderer Indexer (Prozess %1) aktualisiert diesen Index; durchsucht wird, was er bisher gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>wm::ui::IndexStatus</name>
    <message>
        <source>Search index: checking for changes…</source>
        <translation>Suchindex: Änderungen werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>Search index: building the substring index, %Ln file(s)</source>
        <translation>
            <numerusform>Suchindex: Teilwortindex wird erstellt, %Ln Datei</numerusform>
            <numerusform>Suchindex: Teilwortindex wird erstellt, %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %Ln file(s) checked, %1 read (%2, %3 files/s)</source>
        <translation>
            <numerusform>Suchindex: %Ln Datei geprüft, %1 gelesen (%2, %3 Dateien/s)</numerusform>
            <numerusform>Suchindex: %Ln Dateien geprüft, %1 gelesen (%2, %3 Dateien/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::MainWindow</name>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Open a folder, or drop one on the window, to audit it.</source>
        <translation>Einen Ordner öffnen oder auf das Fenster ziehen, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Kein Ordner: %1</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cannot audit: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot audit</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>No files found: ignore files, hidden files or the include/exclude globs in Settings may hide them.</source>
        <translation>Keine Dateien gefunden: Ignorier-Dateien, versteckte Dateien oder die Ein-/Ausschlussmuster in den Einstellungen verbergen sie womöglich.</translation>
    </message>
    <message>
        <source>Stopped: the figures are partial.</source>
        <translation>Angehalten: die Werte sind unvollständig.</translation>
    </message>
    <message numerus="yes">
        <source>Audited %Ln file(s).</source>
        <translation>
            <numerusform>%Ln Datei geprüft.</numerusform>
            <numerusform>%Ln Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no finished audit to export.</source>
        <translation>Es gibt keine abgeschlossene Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Report copied to the clipboard.</source>
        <translation>Bericht in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Settings saved; the language changes when WhiteMagic is restarted, the rest applies from the next scan.</source>
        <translation>Einstellungen gespeichert; die Sprache wechselt beim nächsten Start von WhiteMagic, alles andere gilt ab der nächsten Prüfung.</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next scan.</source>
        <translation>Einstellungen gespeichert; sie gelten ab der nächsten Prüfung.</translation>
    </message>
    <message>
        <source>About WhiteMagic</source>
        <translation>Über WhiteMagic</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhiteMagic %1&lt;/h3&gt;&lt;p&gt;Understand a folder in seconds, at native speed.&lt;/p&gt;&lt;p&gt;The same engine as the &lt;code&gt;wm&lt;/code&gt; command.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhiteMagic %1&lt;/h3&gt;&lt;p&gt;Einen Ordner in Sekunden verstehen, mit nativer Geschwindigkeit.&lt;/p&gt;&lt;p&gt;Dieselbe Engine wie der Befehl &lt;code&gt;wm&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit Folder</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <source>WhiteMagic</source>
        <translation>WhiteMagic</translation>
    </message>
    <message>
        <source>%1 — WhiteMagic</source>
        <translation>%1 — WhiteMagic</translation>
    </message>
    <message numerus="yes">
        <source>Drop one folder at a time (got %n item(s)).</source>
        <translation>
            <numerusform>Bitte nur einen Ordner auf einmal ablegen (%n Element erhalten).</numerusform>
            <numerusform>Bitte nur einen Ordner auf einmal ablegen (%n Elemente erhalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only local folders can be audited, not %1.</source>
        <translation>Nur lokale Ordner können geprüft werden, nicht %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file: drop a folder to audit it.</source>
        <translation>%1 ist eine Datei: einen Ordner ablegen, um ihn zu prüfen.</translation>
    </message>
</context>
<context>
    <name>wm::ui::MainWindowActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Audit a folder (or drop one on the window)</source>
        <translation>Einen Ordner prüfen (oder ihn auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Resca&amp;n</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the Markdown report, as `wm audit --format md` writes it</source>
        <translation>Den Markdown-Bericht speichern, wie ihn `wm audit --format md` schreibt</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the Markdown report to the clipboard</source>
        <translation>Den Markdown-Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>CS&amp;V exportieren …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>Dateien &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About WhiteMagic</source>
        <translation>Ü&amp;ber WhiteMagic</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>wm::ui::MergeDiffPanel</name>
    <message>
        <source>Input note</source>
        <translation>Eingangsnotiz</translation>
    </message>
    <message>
        <source>The input note shown on the left</source>
        <translation>Die links angezeigte Eingangsnotiz</translation>
    </message>
    <message>
        <source>Select a merge to compare its notes with the merged note.</source>
        <translation>Wählen Sie eine Zusammenführung, um ihre Notizen mit der zusammengeführten Notiz zu vergleichen.</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Zusammengeführt: %1</translation>
    </message>
    <message>
        <source>The digest this run writes:</source>
        <translation>Die Übersicht, die dieser Lauf schreibt:</translation>
    </message>
</context>
<context>
    <name>wm::ui::NearDuplicatesView</name>
    <message>
        <source>Near-duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <source>Audit a folder to find its near-duplicate files.</source>
        <translation>Prüfen Sie einen Ordner, um seine beinahe doppelten Dateien zu finden.</translation>
    </message>
    <message>
        <source>Threshold: </source>
        <translation>Schwelle: </translation>
    </message>
    <message>
        <source>Two files are near-duplicates when the Jaccard similarity of their word shingles is at least this</source>
        <translation>Zwei Dateien sind Beinahe-Duplikate, wenn die Jaccard-Ähnlichkeit ihrer Wort-Schindeln mindestens diesen Wert erreicht</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Ähnlichkeitsschwelle</translation>
    </message>
    <message>
        <source>Ignore front matter</source>
        <translation>Front Matter ignorieren</translation>
    </message>
    <message>
        <source>Compare only the text after YAML or TOML front matter</source>
        <translation>Nur den Text nach YAML- oder TOML-Front-Matter vergleichen</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Scan the folder again (F5)</source>
        <translation>Den Ordner erneut durchsuchen (F5)</translation>
    </message>
    <message>
        <source>Near-duplicate clusters</source>
        <translation>Gruppen von Beinahe-Duplikaten</translation>
    </message>
    <message>
        <source>Select a file of a cluster to compare it with the first one, or select two files to compare them.</source>
        <translation>Wählen Sie eine Datei einer Gruppe, um sie mit der ersten zu vergleichen, oder wählen Sie zwei Dateien, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Kein Ordner: %1</translation>
    </message>
    <message>
        <source>A scan is still stopping; try again in a moment.</source>
        <translation>Ein Suchlauf wird noch beendet; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation>%1 kann nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Scan failed.</source>
        <translation>Suchlauf fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete; press F5 to scan again.</source>
        <translation>Abgebrochen: Die Ergebnisse sind unvollständig; F5 sucht erneut.</translation>
    </message>
    <message>
        <source>Not compared:</source>
        <translation>Nicht verglichen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in clusters</source>
        <translation>
            <numerusform>%Ln Datei in Gruppen</numerusform>
            <numerusform>%Ln Dateien in Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) compared</source>
        <translation>
            <numerusform>%Ln Datei verglichen</numerusform>
            <numerusform>%Ln Dateien verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>wm::ui::PlanTreeModel</name>
    <message numerus="yes">
        <source>%Ln note(s) into one</source>
        <translation>
            <numerusform>%Ln Notiz zu einer</numerusform>
            <numerusform>%Ln Notizen zu einer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates: %Ln distinct paragraph(s) kept, %1 repeated dropped</source>
        <translation>
            <numerusform>Beinahe-Duplikate: %Ln eigener Absatz behalten, %1 wiederholte entfallen</numerusform>
            <numerusform>Beinahe-Duplikate: %Ln eigene Absätze behalten, %1 wiederholte entfallen</numerusform>
        </translation>
    </message>
    <message>
        <source>The merged note: tags %1; sources in merged_from</source>
        <translation>Die zusammengeführte Notiz: Tags %1; Quellen in merged_from</translation>
    </message>
    <message>
        <source>A dated note listing what this run does</source>
        <translation>Eine datierte Notiz, die auflistet, was dieser Lauf tut</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Malformed (left untouched)</source>
        <translation>Fehlerhaft (unverändert gelassen)</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Short-term notes older than %Ln day(s) go into the run&apos;s .tar.lz4 archive</source>
        <translation>
            <numerusform>Kurzzeitnotizen, die älter als %Ln Tag sind, kommen in das .tar.lz4-Archiv des Laufs</numerusform>
            <numerusform>Kurzzeitnotizen, die älter als %Ln Tage sind, kommen in das .tar.lz4-Archiv des Laufs</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes tagged %1 move to long_term/</source>
        <translation>Notizen mit den Tags %1 wandern nach long_term/</translation>
    </message>
    <message>
        <source>Each cluster of near-duplicates becomes one note; the originals are archived</source>
        <translation>Jede Gruppe von Beinahe-Duplikaten wird zu einer Notiz; die Originale werden archiviert</translation>
    </message>
    <message>
        <source>A dated note of what happened</source>
        <translation>Eine datierte Notiz über das Geschehene</translation>
    </message>
    <message>
        <source>Nothing to do: no digest</source>
        <translation>Nichts zu tun: keine Übersicht</translation>
    </message>
    <message>
        <source>Left where they are</source>
        <translation>Bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Action / note</source>
        <translation>Aktion / Notiz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>wm::ui::RecentFolders</name>
    <message>
        <source>No recent folders</source>
        <translation>Keine zuletzt geöffneten Ordner</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>wm::ui::RunHistoryPanel</name>
    <message>
        <source>Previous runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Bring the folder back to its state before the selected run (later runs are undone too)</source>
        <translation>Den Ordner in den Zustand vor dem gewählten Lauf zurückversetzen (spätere Läufe werden ebenfalls rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No consolidation has run in this folder yet.</source>
        <translation>In diesem Ordner wurde noch keine Konsolidierung ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::RunListModel</name>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>interrupted (rolled back at the next start)</source>
        <translation>unterbrochen (wird beim nächsten Start zurückgerollt)</translation>
    </message>
    <message>
        <source>interrupted (finished at the next start)</source>
        <translation>unterbrochen (wird beim nächsten Start abgeschlossen)</translation>
    </message>
    <message>
        <source>restore interrupted</source>
        <translation>Wiederherstellung unterbrochen</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 archived · %2 promoted · %3 merged · %4 created</source>
        <translation>%1 archiviert · %2 hochgestuft · %3 zusammengeführt · %4 erstellt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>wm::ui::ScanStatus</name>
    <message>
        <source>under a second left</source>
        <translation>weniger als eine Sekunde verbleibend</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the scan (Esc)</source>
        <translation>Prüfung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>%1 files/s · %2 MB/s</source>
        <translation>%1 Dateien/s · %2 MB/s</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1 s · %2 files/s</source>
        <translation>
            <numerusform>%Ln Datei in %1 s · %2 Dateien/s</numerusform>
            <numerusform>%Ln Dateien in %1 s · %2 Dateien/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchHitDelegate</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchPreview</name>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>no hits in the text</source>
        <translation>keine Treffer im Text</translation>
    </message>
    <message>
        <source>hit %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Select a result to preview it.</source>
        <translation>Ein Ergebnis auswählen, um es in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Cannot preview this file.</source>
        <translation>Für diese Datei ist keine Vorschau möglich.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indexed; hits further on are not shown.</source>
        <translation>Die ersten %1 von %2 indizierten werden angezeigt; Treffer weiter hinten fehlen.</translation>
    </message>
    <message>
        <source>Only the first %1 of this %2 file is indexed.</source>
        <translation>Nur die ersten %1 dieser Datei (%2) sind indiziert.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: this is the indexed text; the index is brought up to date in the background.</source>
        <translation>Die Datei hat sich seit der Indizierung geändert: dies ist der indizierte Text; der Index wird im Hintergrund aktualisiert.</translation>
    </message>
    <message>
        <source>Colouring…</source>
        <translation>Wird eingefärbt …</translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchView</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search in Files</source>
        <translation>In Dateien suchen</translation>
    </message>
    <message>
        <source>Search file contents: words, &quot;phrases&quot;, prefix*, AND OR NOT, NEAR(a b), name: path: ext: title: tag:</source>
        <translation>Dateiinhalte durchsuchen: Wörter, &quot;Phrasen&quot;, Präfix*, AND OR NOT, NEAR(a b), name: path: ext: title: tag:</translation>
    </message>
    <message>
        <source>word: files containing it · &quot;two words&quot;: the phrase · sched*: words starting so
a b, a AND b: both · a OR b: either · a NOT b · ( … ) grouping · NEAR(a b, 5)
name: path: ext: title: tag: content: restrict the next term or group to a field</source>
        <translation>wort: Dateien, die es enthalten · &quot;zwei wörter&quot;: die Phrase · sched*: Wörter mit diesem Anfang
a b, a AND b: beide · a OR b: eines davon · a NOT b · ( … ) Gruppierung · NEAR(a b, 5)
name: path: ext: title: tag: content: beschränken den nächsten Begriff oder die nächste Gruppe auf ein Feld</translation>
    </message>
    <message>
        <source>Inside words</source>
        <translation>Innerhalb von Wörtern</translation>
    </message>
    <message>
        <source>Match terms anywhere inside words (at least 3 characters; builds the substring index on first use).</source>
        <translation>Begriffe an beliebiger Stelle in Wörtern finden (mindestens 3 Zeichen; erstellt beim ersten Gebrauch den Teilwortindex).</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>The index is being built; results appear as it grows.</source>
        <translation>Der Index wird erstellt; Ergebnisse erscheinen, während er wächst.</translation>
    </message>
    <message>
        <source>The index was made by another version of WhiteMagic and is being rebuilt; results appear when it is ready.</source>
        <translation>Der Index wurde von einer anderen Version von WhiteMagic erstellt und wird neu aufgebaut; Ergebnisse erscheinen, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Building the substring index; results follow when it is ready.</source>
        <translation>Der Teilwortindex wird erstellt; Ergebnisse folgen, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No files match (%1 ms).</source>
        <translation>Keine passenden Dateien (%1 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match · %1 ms</source>
        <translation>
            <numerusform>%n passende Datei · %1 ms</numerusform>
            <numerusform>%n passende Dateien · %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: update stopped.</source>
        <translation>Suchindex: Aktualisierung angehalten.</translation>
    </message>
    <message>
        <source>Search index up to date: %1 added, %2 updated, %3 removed (%4 s).</source>
        <translation>Suchindex aktuell: %1 hinzugefügt, %2 aktualisiert, %3 entfernt (%4 s).</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung kann %1 öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>&amp;Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Cannot open the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>wm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (%n core(s))</source>
        <translation>
            <numerusform>Automatisch (%n Kern)</numerusform>
            <numerusform>Automatisch (%n Kerne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>Versteckte Dateien und Ordner einbeziehen</translation>
    </message>
    <message>
        <source>Honour .gitignore, .ignore and .git/info/exclude</source>
        <translation>.gitignore, .ignore und .git/info/exclude beachten</translation>
    </message>
    <message>
        <source>Follow symbolic links</source>
        <translation>Symbolischen Verknüpfungen folgen</translation>
    </message>
    <message>
        <source>e.g. *.cpp *.h (empty: every file)</source>
        <translation>z. B. *.cpp *.h (leer: alle Dateien)</translation>
    </message>
    <message>
        <source>e.g. build/ *.min.js</source>
        <translation>z. B. build/ *.min.js</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>A&amp;usschließen:</translation>
    </message>
    <message>
        <source>&amp;Largest file read:</source>
        <translation>&amp;Größte gelesene Datei:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>Token-&amp;Budget:</translation>
    </message>
    <message>
        <source>A new language applies when WhiteMagic is restarted.</source>
        <translation>Eine geänderte Sprache gilt nach einem Neustart von WhiteMagic.</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>wm::ui::SideBySideDiff</name>
    <message>
        <source>Left text</source>
        <translation>Linker Text</translation>
    </message>
    <message>
        <source>Right text</source>
        <translation>Rechter Text</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The files could not be compared.</source>
        <translation>Die Dateien konnten nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Identical.</source>
        <translation>Identisch.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) only on the left</source>
        <translation>
            <numerusform>%Ln Wort nur links</numerusform>
            <numerusform>%Ln Wörter nur links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) only on the right</source>
        <translation>
            <numerusform>%Ln Wort nur rechts</numerusform>
            <numerusform>%Ln Wörter nur rechts</numerusform>
        </translation>
    </message>
    <message>
        <source>compared line by line (large change)</source>
        <translation>zeilenweise verglichen (große Änderung)</translation>
    </message>
    <message>
        <source>shown up to the first %1 KiB</source>
        <translation>bis zu den ersten %1 KiB angezeigt</translation>
    </message>
</context>
<context>
    <name>wm::ui::SignalTable</name>
    <message>
        <source>Balance signals</source>
        <translation>Balance-Signale</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Yang when</source>
        <translation>Yang bei</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
</context>
<context>
    <name>wm::ui::SimilarityStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the search for near-duplicates (Esc)</source>
        <translation>Die Suche nach Beinahe-Duplikaten beenden (Esc)</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Computing signatures</source>
        <translation>Signaturen werden berechnet</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>Kandidatenpaare werden gesucht</translation>
    </message>
    <message>
        <source>Verifying pairs</source>
        <translation>Paare werden geprüft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>files/s</source>
        <translation>Dateien/s</translation>
    </message>
    <message>
        <source>pairs/s</source>
        <translation>Paare/s</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>Einträge/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) verified</source>
        <translation>
            <numerusform>%Ln Paar geprüft</numerusform>
            <numerusform>%Ln Paare geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>wm::ui::StepProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop and undo what was done so far (Esc)</source>
        <translation>Anhalten und das bisher Getane rückgängig machen (Esc)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Past the point of no return: the run finishes</source>
        <translation>Punkt ohne Wiederkehr überschritten: Der Lauf wird abgeschlossen</translation>
    </message>
    <message>
        <source>Past the point of no return: the run now finishes (if it is interrupted, the next start completes it).</source>
        <translation>Punkt ohne Wiederkehr überschritten: Der Lauf wird jetzt abgeschlossen (wird er unterbrochen, schließt ihn der nächste Start ab).</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>pro s</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done…</source>
        <translation>Wird abgebrochen: das Getane wird rückgängig gemacht …</translation>
    </message>
</context>
<context>
    <name>wm::ui::TotalsStrip</name>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(code %1, comments %2, blank %3)</source>
        <translation>(Code %1, Kommentare %2, leer %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln token(s)</source>
        <translation>
            <numerusform>≈ %Ln Token</numerusform>
            <numerusform>≈ %Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln binary file(s)</source>
        <translation>
            <numerusform>%Ln Binärdatei</numerusform>
            <numerusform>%Ln Binärdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable file(s)</source>
        <translation>
            <numerusform>%Ln unlesbare Datei</numerusform>
            <numerusform>%Ln unlesbare Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
</context>
</TS>
