# Finestre di dialogo e avvisi: domande, errori, esportazione, percorsi dei file, bozze,
# versioni precedenti e la striscia degli avvisi. Corrispondenti inglesi in ../en/dialogs.ftl.

## Pulsanti usati ovunque

button-ok = OK
button-cancel = Annulla
button-close = Chiudi

## Errori e domande

error-nothing-changed = Non è cambiato niente: la mappa sullo schermo e i file sul disco sono come prima.
edit-not-made = La modifica non è stata fatta
unsaved-title = Salvare le modifiche a { $name }?
unsaved-message = Se non le salvi, le modifiche andranno perse.
unsaved-save = Salva
unsaved-discard = Non salvare
paste-nowhere-title = Non c'è dove incollare
paste-nowhere = Seleziona prima una cella o una carta: le carte vengono incollate lì.
delete-stage-title = Eliminare la fase "{ $name }"?
delete-persona-title = Eliminare la persona "{ $name }"?
delete-lane-title = Eliminare la corsia "{ $name }"?
delete-also = Verranno eliminati anche { $what }. Puoi annullare l'operazione.
delete-confirm = Elimina
# "3 carte e 1 punto emotivo"
delete-contents = { $cards } e { $points }
# "2 corsie, 3 carte e 1 punto emotivo"
delete-persona-contents = { $lanes }, { $contents }

## Tavolozza dei comandi

palette-title = Tavolozza dei comandi
palette-hint = Scrivi un comando
palette-field = Comando

## Esportazione

export-title = Esporta
export-carries-map = Il file contiene la mappa: Percorso lo apre come la stessa mappa.
export-text-only = Il file contiene le parole della mappa, da leggere altrove; Percorso non lo apre come mappa.
export-format = Formato
export-format-png = Immagine PNG
export-format-pdf = PDF
export-format-svg = SVG
export-format-md = Schema Markdown
export-format-csv = Tabella CSV
export-format-mmd = Percorso Mermaid
export-pages = Pagine
export-page-fit = Una pagina, grande quanto la mappa
export-page-a4-landscape = A4 orizzontale
export-page-a4-portrait = A4 verticale
export-page-a3-landscape = A3 orizzontale
export-page-a3-portrait = A3 verticale
export-table = Tabella
export-table-cards = Carte
export-table-emotions = Emozioni
export-table-metrics = Metriche delle fasi
export-mermaid-lanes = Ogni carta di queste corsie diventa un'attività, con il punteggio dell'emozione della sua persona in quella fase:
export-preview-pixels = { $width } x { $height } pixel
export-preview-points = { $width } x { $height } punti
export-preview-page = 1 pagina di { $width } x { $height } mm
export-preview-pages = { $pages ->
    [one] 1 pagina
   *[other] { $pages } pagine
}
export-preview-rows = { $rows ->
    [one] 1 riga
   *[other] { $rows } righe
} e una riga di intestazione
export-preview-cards = { $cards ->
    [one] 1 carta
   *[other] { $cards } carte
}
export-preview-tasks = { $tasks ->
    [one] 1 attività
   *[other] { $tasks } attività
}
export-done-pages = { $path } ({ $pages ->
    [one] 1 pagina
   *[other] { $pages } pagine
})
export-done-text = { $path }
export-scale-label = Scala
export-scale-value = { $scale }x
export-background = Sfondo
export-background-white = Bianco
export-background-transparent = Trasparente
export-background-dark = Scuro
export-personas = Personas
export-folded-note = Le personas e le corsie chiuse vengono esportate chiuse, come sullo schermo.
export-button = Esporta…
export-copy-button = Copia immagine
export-progress-title = Esportazione in corso
export-done-title = Esportazione completata
export-done-file = { $path } ({ $width } x { $height } pixel)
export-done-reopens = Percorso apre questa immagine come mappa.
export-copied-title = Immagine copiata
export-copied = { $width } x { $height } pixel negli appunti.
export-failed-title = La mappa non è stata esportata
export-stopped = l'esportazione si è interrotta inaspettatamente

## File

prompt-open = Apri una mappa
prompt-open-hint = /percorso/della/mappa.ron o un .png di Percorso
prompt-save-as = Salva la mappa come
prompt-save-as-hint = /percorso/della/mappa.ron
prompt-photo = Scegli una foto
prompt-photo-hint = /percorso/della/foto.png o .jpg
prompt-export = Esporta la mappa come
prompt-export-hint = /percorso/della/mappa.png
prompt-no-dialog = Su questo sistema non c'è una finestra di scelta dei file: scrivi il percorso del file.
prompt-field = Percorso del file
picker-map = Mappa di Percorso
picker-photo = Foto
picker-image = Immagine PNG
# Il nome proposto per un nuovo file, senza estensione.
picker-default-name = mappa
photo-not-used = La foto non è stata usata
saved-without-backup = La mappa è stata salvata, ma senza copia di sicurezza
save-failed-title = La mappa non è stata salvata

## Bozze, copie di sicurezza e il file sul disco

keeping-off-title = Bozze e copie di sicurezza disattivate
keeping-off-no-folder = Questo sistema non ha una cartella per i dati delle applicazioni; impostane una con { $variable }.
keeping-off-folder = Impossibile tenere bozze e copie di sicurezza in { $path }: { $reason }
draft-not-adopted = impossibile prendere in carico la bozza { $path }: { $reason }
draft-not-restored = La bozza non si può ripristinare
draft-in-use = { $path } appartiene a una finestra ancora aperta.
panic-draft-kept = le modifiche non salvate sono state conservate in una bozza; riavvia Percorso per recuperarle
draft-not-deleted = La bozza non è stata eliminata
draft-unreadable-kept = Una bozza non si è potuta leggere ed è stata conservata in { $path }:
draft-not-recovered = Una bozza non si è potuta recuperare
drafts-title = Recupera le modifiche non salvate
drafts-why = Percorso si è chiuso senza salvare queste modifiche (un arresto anomalo, una chiusura forzata o un calo di corrente).
drafts-how = Ripristina apre la bozza come modifiche non salvate; Confronta apre anche, in un'altra finestra, il file com'è sul disco.
drafts-later = Decidi dopo
draft-untitled-map = una mappa senza titolo
draft-item = “{ $title }” ({ $name })
draft-changes-from = Modifiche di { $when }.
draft-restore = Ripristina
draft-restore-new-window = Ripristina in una nuova finestra
draft-restore-named = Ripristina { $name }
draft-compare = Confronta
draft-compare-named = Confronta { $name }
draft-compare-unavailable = Il file originale non è sul disco
draft-discard = Scarta
draft-discard-named = Scarta { $name }
window-not-opened = Impossibile aprire un'altra finestra di Percorso
window-not-opened-drafts = Le bozze rimaste verranno proposte al prossimo avvio.
reload-title = Ricaricare { $name } dal disco?
reload-message = Le modifiche non salvate andranno perse.
reload-confirm = Scarta le mie modifiche e ricarica
changed-title = { $name } è cambiato sul disco
changed-message = Un altro programma ha modificato { $path } dopo che l'hai aperto o salvato.
changed-overwrite-note = Sovrascrivi lo sostituisce con la tua mappa (la sua versione resta in File > Versioni precedenti).
changed-overwrite = Sovrascrivi
changed-reload = Ricarica la loro versione
notice-changed = { $name } è stato modificato da un altro programma.
notice-reload = Ricarica dal disco
notice-keep-mine = Tieni la mia versione
notice-gone = { $name } è stato spostato o eliminato; salvando lo riscrivi.
notice-peers = { $count ->
    [one] { $name } è aperto anche in un'altra finestra di Percorso (processo { $processes }): salvando in entrambe, ognuna sovrascrive le modifiche dell'altra.
   *[other] { $name } è aperto anche in altre finestre di Percorso (processi { $processes }): salvando in più finestre, ognuna sovrascrive le modifiche delle altre.
}
notice-drafts-failing = Impossibile scrivere le bozze ({ $reason }): salva il tuo lavoro.
notice-dismiss = Chiudi l'avviso

## Quando è successo

when-today = oggi alle { $time } ({ $ago })
when-yesterday = ieri alle { $time } ({ $ago })
when-day = { $day } alle { $time } ({ $ago })
ago-now = meno di un minuto fa
ago-minutes = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
}
ago-hours = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
}
ago-days = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}

## Versioni precedenti

versions-title = Versioni precedenti di { $name }
versions-kept = Ogni salvataggio conserva la versione che sostituisce, fino alle ultime { $count }.
versions-folder = Sono conservate in { $path }.
versions-no-folder = Non c'è una cartella per i dati: nessuna versione viene conservata.
versions-none = { $name } non ha ancora versioni precedenti.
version-not-opened = La versione precedente non si può aprire
version-open = Apri
version-open-named = Apri la versione { $number }
version-item = { $number }. “{ $title }”: { $summary }
version-unreadable = { $number }. Questa versione non si può leggere: { $reason }
version-unreadable-short = Non si può leggere
version-replaced = Sostituita da un salvataggio { $when } ({ $size } byte).

## Aprire e fare copie di sicurezza

open-failed-title = Impossibile aprire { $name }
backup-failed = Non è stato possibile fare una copia di sicurezza della versione precedente: { $reason }
drafts-off = bozze disattivate: { $reason }
