# La finestra dell'editor: menu, barra degli strumenti, comandi, tavolozza e ispettore.
# Ogni messaggio ha il suo corrispondente inglese in ../en/app.ftl, con gli stessi argomenti.
# I comandi sono all'imperativo (Salva, Annulla), come nelle app italiane.

## Menu e barra degli strumenti

menu-file = File
menu-edit = Modifica
menu-view = Vista
menu-language = Lingua
menu-new-from-template = Nuova da modello
menu-open-recent = Apri recenti
menu-no-recent = Nessuna mappa recente
# Un modello offerto in una lingua diversa da quella dell'interfaccia: "Comprare una chitarra online (inglese)".
template-in-language = { $title } ({ $language })
toolbar-undo = Annulla
toolbar-redo = Ripeti
toolbar-add-stage = + Fase
toolbar-add-persona = + Persona
toolbar-fit = Adatta
toolbar-commands = Comandi…
# Un suggerimento seguito dai tasti che fanno lo stesso.
tooltip-with-keys = { $tooltip } ({ $keys })
title-untitled = Senza titolo
title-from-export = { $name } (aperto come nuova mappa)

## Tasti, come li nominano le scorciatoie

key-ctrl = Ctrl
key-alt = Alt
key-shift = Maiusc
key-escape = Esc
key-delete = Canc
key-backspace = Backspace
key-tab = Tab
key-enter = Invio
key-space = Spazio

## Comandi: l'etichetta (menu, tavolozza dei comandi) e il suggerimento di ciascuno

command-new-map = Nuova mappa
command-new-map-tooltip = Inizia una nuova mappa dal modello vuoto
command-open = Apri…
command-open-tooltip = Apri una mappa (.ron) o un'immagine esportata da Percorso
command-save = Salva
command-save-tooltip = Salva la mappa nel suo file
command-save-as = Salva con nome…
command-save-as-tooltip = Salva la mappa in un nuovo file
command-export-png = Esporta…
command-export-png-tooltip = Scrivi la mappa come PNG, PDF o SVG che si riapre come mappa, oppure come Markdown, CSV o Mermaid
command-copy-image = Copia immagine
command-copy-image-tooltip = Copia negli appunti un'immagine della mappa
command-backups = Versioni precedenti…
command-backups-tooltip = Apri una versione che il file aveva prima di un salvataggio
command-quit = Esci
command-quit-tooltip = Chiudi la finestra
command-undo = Annulla
command-undo-tooltip = Annulla l'ultima modifica
command-redo = Ripeti
command-redo-tooltip = Rifai l'ultima modifica annullata
command-cut = Taglia
command-cut-tooltip = Sposta negli appunti le carte selezionate
command-copy = Copia
command-copy-tooltip = Copia negli appunti le carte selezionate
command-paste = Incolla
command-paste-tooltip = Incolla le carte nella cella selezionata
command-duplicate = Duplica
command-duplicate-tooltip = Copia le carte selezionate nella loro cella
command-delete = Elimina
command-delete-tooltip = Elimina ciò che è selezionato
command-select-all = Seleziona tutte le carte
command-select-all-tooltip = Seleziona ogni carta della mappa
command-clear-selection = Deseleziona
command-clear-selection-tooltip = Non selezionare niente
command-new-card = Nuova carta nella cella selezionata
command-new-card-tooltip = Aggiungi una carta dove c'è la selezione e scrivine il testo
command-rename = Modifica testo / rinomina
command-rename-tooltip = Scrivi il testo della carta selezionata o il nome dell'elemento selezionato (il titolo della mappa, se non c'è selezione)
command-next-card = Carta successiva
command-next-card-tooltip = Seleziona la carta successiva
command-previous-card = Carta precedente
command-previous-card-tooltip = Seleziona la carta precedente
command-add-stage = Aggiungi fase
command-add-stage-tooltip = Aggiungi una fase alla fine del percorso
command-add-persona = Aggiungi persona
command-add-persona-tooltip = Aggiungi una persona con le corsie di sempre
command-zoom-in = Ingrandisci
command-zoom-in-tooltip = Mostra la mappa più grande
command-zoom-out = Riduci
command-zoom-out-tooltip = Mostra una parte più ampia della mappa
command-zoom-fit = Adatta alla finestra
command-zoom-fit-tooltip = Mostra tutta la mappa
command-toggle-insights = Analisi
command-toggle-insights-tooltip = Mostra dove il percorso perde clienti, dove fa male, i momenti della verità, quanto sappiamo e quanto è felice ogni persona; ogni riga seleziona ciò di cui parla
command-toggle-dark = Tema scuro
command-toggle-dark-tooltip = Passa dal tema chiaro a quello scuro e viceversa
command-toggle-overlay = Sovrapponi le curve emotive di tutte le personas
command-toggle-overlay-tooltip = Disegna in ogni corsia Emozioni la curva di ciascuna persona
command-command-palette = Tavolozza dei comandi…
command-command-palette-tooltip = Trova un comando per nome
command-present = Presenta
command-present-tooltip = Mostra la mappa a tutto schermo per la sala, fase per fase, nel tema per proiettore (Esc o F5 per uscire)
command-timer = Timer…
command-timer-tooltip = Tieni il tempo: un conto alla rovescia ben visibile in presentazione (durate pronte o minuti a scelta; pausa, proroga, stop)
command-start-vote = Avvia una votazione…
command-start-vote-tooltip = Fai votare alla sala criticità e opportunità con i bollini, entro un numero di voti
command-end-vote = Chiudi la votazione
command-end-vote-tooltip = Mostra i risultati: le carte votate in classifica, da leggere o copiare
command-vote-up = Vota la carta selezionata
command-vote-up-tooltip = Dai uno dei voti della sala alla carta selezionata (+)
command-vote-down = Ritira un voto
command-vote-down-tooltip = Ritira dalla carta selezionata uno dei voti di questo giro (-)
command-use-english = Lingua: English
command-use-english-tooltip = Mostra in inglese menu, messaggi ed esportazioni
command-use-italian = Lingua: Italiano
command-use-italian-tooltip = Mostra in italiano menu, messaggi ed esportazioni

## Modelli

template-blank = Mappa vuota
template-blank-description = Cinque fasi classiche e una persona con le corsie Punti di contatto, Emozioni e Criticità
template-guitar = Comprare una chitarra online
template-guitar-description = Il percorso di un principiante, dai primi annunci a una recensione orgogliosa
template-ecommerce = Percorso e-commerce
template-ecommerce-description = Dalla consapevolezza all'advocacy, con le metriche di ogni fase
template-omnichannel = Percorso omnicanale
template-omnichannel-description = Un acquirente ROPO e uno showroomer, con il click & collect
language-english = inglese
language-italian = italiano

## Tavolozza

tiles-drag-hint = Trascina sulla mappa
tiles-structure = Struttura
tiles-lanes = Corsie
tiles-cards = Carte
tiles-emotions = Emozioni
tiles-tooltip = Trascina sulla mappa, o fai clic per aggiungere
tile-stage = Fase
tile-persona = Persona
tile-lane = Corsia { $kind }
tile-card = Carta { $kind }
tile-emotion = Punto emotivo
tiles-card-where = Dove va la carta ({ $kind })?
tiles-card-how = Trascina la tessera su una cella, oppure seleziona una cella e fai clic sulla tessera.
tiles-lane-where = A quale persona va la corsia?
tiles-lane-how = Trascina la tessera sulla fascia di una persona, oppure seleziona una persona e fai clic sulla tessera.
tiles-emotion-where = Dove va l'emozione?
tiles-emotion-how = Trascina la tessera in una corsia Emozioni, all'altezza dello stato d'animo.

## Ispettore

inspector-map = Mappa
inspector-stage = Fase
inspector-persona = Persona
inspector-lane = Corsia
inspector-cell = Cella
inspector-emotion = Emozione
inspector-selection = Selezione
inspector-no-name = (senza nome)
selection-count = { $count ->
    [one] { $count } elemento selezionato
   *[other] { $count } elementi selezionati
}
inspector-delete-selected = Elimina la selezione
inspector-delete-card = Elimina carta
inspector-delete-stage = Elimina fase…
inspector-delete-persona = Elimina persona…
inspector-delete-lane = Elimina corsia…
inspector-remove-point = Togli il punto
inspector-new-card-here = Nuova carta qui (N)
inspector-set-point-here = Metti qui un punto emotivo
# Dove si trova una cella: "Punti di contatto in Acquisto".
cell-place = { $lane } in { $stage }
field-title = Titolo
field-description = Descrizione
field-emotion-scale = Scala emotiva
field-scale-lowest = Emozione più bassa
field-scale-to = a
field-scale-highest = Emozione più alta
field-contents = Contenuto
field-name = Nome
field-duration = Durata
field-colour = Colore
field-metrics = Metriche
field-quote = Citazione
field-goals = Obiettivi
field-photo = Foto
field-text = Testo
field-detail = Dettaglio
field-kind = Tipo
field-kind-of-lane = { $kind } (della corsia)
field-channel = Canale
field-severity = Gravità
field-evidence = Fonte
field-votes = Voti
field-stage = Fase
field-lane = Corsia
field-value = Valore
field-note = Nota
choice-none = Nessuno
choice-none-severity = Nessuna
choice-none-evidence = Nessuna
channel-other = Altro
channel-other-choice = Altro…
channel-name-hint = Nome del canale
channel-other-field = Altro canale
severity-choice = { $level } { $name }
colour-custom = personalizzato
colour-pick = Scegli il colore
metric-name = Nome della metrica
metric-value = Valore della metrica
metric-unit = Unità della metrica
metric-unit-hint = unità
metric-remove = Togli questa metrica
metric-add = Aggiungi metrica
metric-new-name = Metrica
goal-field = Obiettivo
goal-remove = Togli questo obiettivo
goal-add = Aggiungi obiettivo
photo-choose = Scegli foto…
photo-remove = Togli foto
lane-add = Aggiungi corsia
lane-add-kind = tipo…
lane-kind-field = Tipo di corsia
scale-change-title = Cambiare la scala da { $min } a { $max }?
scale-change-message = { $count ->
    [one] { $count } punto emotivo cade fuori dalla nuova scala e verrà spostato all'estremo più vicino.
   *[other] { $count } punti emotivi cadono fuori dalla nuova scala e verranno spostati all'estremo più vicino.
}
scale-change-confirm = Cambia e adatta

## Presentazione

present-strip-stage = Fase { $number } di { $count }: { $stage }

## Votazione con i bollini

vote-setup-title = Avvia una votazione
vote-setup-pain-points = Criticità
vote-setup-opportunities = Opportunità
vote-setup-whole-map = Tutta la mappa
vote-setup-stage = Solo { $stage }
vote-setup-participants = Persone che votano
vote-setup-each = Voti a testa
vote-setup-budget = { $count ->
    [one] { $count } voto in tutto
   *[other] { $count } voti in tutto
}
vote-setup-clear = Azzera i voti che le carte hanno ora (puoi annullare)
vote-setup-start = Avvia la votazione
vote-bar-pain-points = Si votano le criticità
vote-bar-opportunities = Si votano le opportunità
vote-bar-both = Si votano criticità e opportunità
vote-bar-left = { $left ->
    [one] resta { $left } voto su { $count }
   *[other] restano { $left } voti su { $count }
}
vote-bar-keys = Seleziona una carta, poi + per votare, - per ritirare un voto
vote-end = Chiudi la votazione
vote-refused-nothing = Seleziona prima una carta: il voto va alla carta selezionata.
vote-refused-not-voted-on = Questa carta non fa parte della votazione.
vote-refused-budget = Non restano voti: sono stati dati tutti e { $count }. Ritirane uno con - o chiudi la votazione.
vote-refused-none-to-take = Questa carta non ha voti di questo giro da ritirare.
vote-results-title = Risultati della votazione
vote-results-summary = { $cast ->
    [one] { $cast } voto dato su { $count }.
   *[other] { $cast } voti dati su { $count }.
}
vote-results-none = Nessuna carta ha ricevuto voti.
vote-results-line = { $rank }. { $card } ({ $stage }, { $persona }): { $votes ->
    [one] { $votes } voto
   *[other] { $votes } voti
}
vote-results-card = Carta
vote-results-copy = Copia in Markdown

## Il timer

timer-name = Timer
timer-title = Timer
timer-preset = { $minutes } min
timer-minutes = Minuti
timer-start = Avvia
timer-pause-resume = Pausa / riprendi
timer-more = +{ $minutes } min
timer-stop = Ferma il timer
timer-paused = (in pausa)
timer-up = Tempo scaduto
field-funnel = Funnel
field-funnel-hint = La metrica di fase che conta i clienti che arrivano a ciascuna fase: il funnel sotto le intestazioni delle fasi mostra dove il percorso perde più clienti. Una mappa con un funnel viene salvata nella versione 2 del formato.
choice-none-funnel = Nessuno
