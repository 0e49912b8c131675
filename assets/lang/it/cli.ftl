# La riga di comando: aiuto, resoconti ed errori d'uso. Corrispondenti inglesi in ../en/cli.ftl.
# I nomi dei comandi e delle opzioni (check, --scale, white) sono gli stessi in ogni lingua.

cli-about = Percorso: progetta mappe del percorso del cliente (customer journey map).
cli-after-help = Codice d'uscita: 0 se è tutto a posto, 1 se un file ha problemi, 2 per un errore d'uso.
    Lingua: --lang it|en, oppure PERCORSO_LANG=it|en; altrimenti quella del sistema.
cli-usage-heading = Uso:
cli-usage =
    percorso [OPZIONI] [FILE]
    {"     "}percorso <COMANDO> [OPZIONI]
cli-heading-commands = Comandi
cli-heading-arguments = Argomenti
cli-heading-options = Opzioni
cli-value-lang = LINGUA
cli-value-draft = BOZZA
cli-value-command = COMANDO
cli-value-out = OUT
cli-value-scale = SCALA
cli-value-renderer = MOTORE
cli-value-background = SFONDO
cli-value-template = MODELLO
cli-flag-help = Mostra l'aiuto
cli-flag-version = Mostra la versione
cli-flag-lang = La lingua dell'interfaccia e di ogni messaggio: it o en
cli-arg-file = La mappa da aprire nell'editor (.ron, o un PNG esportato da Percorso)
cli-arg-recover = Apri l'editor su questa bozza di modifiche non salvate, lasciata da una finestra chiusa senza salvare (l'editor le propone da sé all'avvio; così se ne apre una direttamente)

cli-check-about = Controlla le mappe: una riga `ok` per ogni file valido, altrimenti una riga per problema
cli-check-usage = percorso check [OPZIONI] <FILE>...
cli-check-files = Le mappe da controllare (.ron, o PNG esportati da Percorso)
cli-fmt-about = Riscrivi le mappe in forma canonica (in modo atomico); i file non validi vengono segnalati e lasciati come sono
cli-fmt-usage = percorso fmt [OPZIONI] <FILE>...
cli-fmt-check = Non cambiare niente: elenca i file non in forma canonica ed esci con 1 se ce ne sono
cli-fmt-files = Le mappe .ron da formattare
cli-export-about = Esporta una mappa come PNG, PDF o SVG che contiene la mappa (si riapre come la stessa mappa), oppure come schema Markdown, tabella CSV o percorso Mermaid
cli-export-usage = percorso export [OPZIONI] <FILE>
cli-export-file = La mappa da esportare (.ron, oppure un PNG, PDF o SVG esportato da Percorso, oppure un percorso Mermaid)
cli-export-out = Dove scrivere l'esportazione; la sua estensione sceglie il formato, se non lo fa --format [predefinito: FILE con l'estensione del formato]
cli-export-scale = Pixel per punto della mappa, da 1 a 4 [predefinito: 2]
cli-export-persona = Solo questa persona, per id (ripeti l'opzione per più personas) [predefinito: tutte]
cli-export-renderer = Chi disegna un PNG: cpu (su tutti i core, senza driver grafico) o gpu (il dispositivo grafico, o quello software di Mesa) [predefinito: cpu]
cli-export-background = Lo sfondo dell'immagine: white (bianco, per documenti e stampa), transparent (trasparente, per slide con uno sfondo proprio) o dark (il tema scuro) [predefinito: white]
cli-new-about = Crea una nuova mappa da un modello incluso, nella lingua dell'interfaccia (o di --lang)
cli-new-usage = percorso new [OPZIONI] <FILE>
cli-new-template = Il modello da cui partire: { $names } (vedi --list) [predefinito: blank]
cli-new-force = Sovrascrivi FILE se esiste
cli-new-list = Elenca i modelli, uno per riga: nome, poi descrizione
cli-new-file = Dove scrivere la nuova mappa
cli-present-about = Presenta una mappa a tutto schermo, fase per fase, nel tema per proiettore (Esc o F5 per tornare a modificare)
cli-present-usage = percorso present [OPZIONI] <FILE>
cli-present-file = La mappa da presentare (.ron, o un PNG esportato da Percorso)
cli-help-about = Mostra l'aiuto di percorso o di uno dei suoi comandi
cli-help-usage = percorso help [COMANDO]
cli-help-command = Il comando da spiegare

## Resoconti

cli-check-ok = { $name }: ok ({ $summary })
cli-fmt-done = { $name }: formattato
cli-fmt-png = la mappa dentro questo PNG non è in forma canonica e fmt non può riscrivere le immagini; esporta di nuovo la mappa
cli-export-same-file = l'esportazione sovrascriverebbe la mappa da cui viene; scegli un altro nome con -o
cli-export-done = { $name }: esportato ({ $width } x { $height } pixel)
cli-template-line = { $description } (in italiano e in inglese)
cli-new-no-template = non esiste il modello "{ $template }" (vedi percorso new --list)
cli-new-exists = il file esiste già; usa --force per sovrascriverlo
cli-new-done = { $name }: nuova mappa dal modello "{ $template }"
cli-no-window = percorso: impossibile aprire la finestra dell'editor: { $detail }
cli-scale-not-a-number = "{ $text }" non è un numero
cli-scale-outside = { $scale } è fuori da 1..4

## Errori d'uso

cli-error = errore: { $message }
cli-try-help = Per saperne di più, prova '--help'.
cli-invalid-value = valore non valido '{ $value }' per '{ $arg }' (valori ammessi: { $valid })
cli-value-refused = valore non valido '{ $value }' per '{ $arg }': { $why }
cli-unknown-argument = argomento inatteso '{ $arg }'
cli-unknown-command = comando sconosciuto '{ $command }'
cli-no-such-command = non esiste il comando '{ $command }'; i comandi sono check, fmt, export, new, present e help
cli-missing-argument = mancano questi argomenti obbligatori: { $args }
cli-conflict = l'argomento '{ $arg }' non si può usare insieme a '{ $other }'
cli-wrong-count = '{ $arg }' ha un numero sbagliato di valori
cli-invalid-arguments = gli argomenti non sono validi

cli-export-format = Il formato: png (un'immagine), pdf, svg, md (uno schema Markdown), csv (una tabella) o mmd (un percorso Mermaid) [predefinito: dall'estensione di OUT, altrimenti png]
cli-export-page = Le pagine del PDF: fit (una pagina grande quanto la mappa), a4-landscape (A4 orizzontale), a4-portrait (A4 verticale), a3-landscape (A3 orizzontale) o a3-portrait (A3 verticale) [predefinito: fit]
cli-export-table = La tabella del CSV: cards (una riga per carta), emotions (una riga per punto emotivo) o metrics (una riga per metrica di fase) [predefinito: cards]
cli-export-lane = Un tipo di corsia le cui carte diventano attività Mermaid (ripetilo per indicarne più di uno): touchpoints, actions, thoughts, painpoints, opportunities, goals, backstage o notes [predefinito: touchpoints e actions]
cli-value-format = FORMATO
cli-value-page = PAGINA
cli-value-table = TABELLA
cli-value-kind = TIPO
cli-one-of = deve essere uno tra { $names }
cli-export-done-pages = { $name }: esportato ({ $pages ->
    [one] 1 pagina
   *[other] { $pages } pagine
})
cli-export-done-bytes = { $name }: esportato ({ $size } byte)
cli-import-about = Importa un percorso Mermaid come mappa: le sezioni diventano fasi, gli attori personas, le attività carte, i punteggi emozioni
cli-import-usage = percorso import [OPZIONI] <FILE>
cli-import-file = Il percorso Mermaid da importare (.mmd)
cli-import-out = Dove scrivere la mappa [predefinito: FILE con l'estensione .ron]
cli-import-force = Sovrascrivi OUT se esiste
cli-value-out-ron = OUT.ron
cli-import-same-file = la mappa sovrascriverebbe il percorso da cui viene; scegli un altro nome con -o
cli-import-done = { $name }: importato ({ $summary })
cli-export-progress = esportazione in corso… { $done }
cli-report-about = Stampa in Markdown l'analisi di una mappa: dove il percorso perde clienti, dove fa male, i momenti della verità, quanto sappiamo, la felicità
cli-report-usage = percorso report [OPZIONI] <FILE>
cli-report-file = La mappa da leggere (.ron, o un PNG, PDF o SVG esportato da Percorso)
cli-report-out = Scrivi il rapporto in questo file invece di stamparlo
cli-report-same-file = il rapporto sovrascriverebbe la mappa; scegli un altro nome con -o
cli-report-done = { $name }: rapporto scritto
