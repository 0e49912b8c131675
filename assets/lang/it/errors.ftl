# Messaggi su file che non si leggono o non si salvano, mappe che violano le regole del formato,
# modifiche che non si applicano ed esportazioni che non riescono. Dicono dove e che cosa fare.
# Gli id, i nomi dei campi e dei tipi del file (fase "awareness", "votes", Channel) sono parole
# del formato e restano come sono in ogni lingua.
# Nota: gli elementi di cui parlano i messaggi (fase, persona, corsia, carta) sono tutti
# femminili, e i messaggi lo danno per scontato ("della { $owner }").

## La riga come la stamperebbe un compilatore

diagnostic-line = { $place }: errore: { $message }

## Leggere un file

read-cannot = impossibile leggere il file: { $reason }
read-too-big = il file pesa { $size } MiB; il limite è { $limit } MiB (è davvero una mappa di Percorso?)
read-not-utf8 = il file non è testo UTF-8; salvalo in UTF-8 (le mappe di Percorso sono RON in UTF-8)
read-empty = il file è vuoto; una mappa inizia con (version: 1, title: "...")
read-ends-early = il testo finisce troppo presto: manca una parentesi o una virgoletta di chiusura
read-cannot-be = "{ $field }" non può essere { $found }: { $range }
read-out-of-range = "{ $field }" è fuori dall'intervallo: { $range }
range-votes = i voti sono un numero intero, da 0 in su
range-severity = la gravità è 1 (lieve), 2 (grave) o 3 (critica)
range-version = la versione di questo formato è 1
range-scale = gli estremi della scala emotiva sono numeri interi da -10 a 10
range-value = il valore è un numero (un intero entro la scala, per le emozioni)
read-unknown-field = campo sconosciuto "{ $found }" (campi: { $fields }); controlla come è scritto
read-unknown-field-in = campo sconosciuto "{ $found }" in { $outer } (campi: { $fields }); controlla come è scritto
read-missing-field = manca il campo "{ $field }", che è obbligatorio
read-missing-field-in = manca il campo "{ $field }" in { $outer }, che è obbligatorio
read-duplicate-field = il campo "{ $field }" compare due volte
read-duplicate-field-in = il campo "{ $field }" compare due volte in { $outer }
read-unknown-value = valore sconosciuto "{ $found }" (valori ammessi: { $values })
read-unknown-value-for = valore sconosciuto "{ $found }" per { $outer } (valori ammessi: { $values })
read-expected-found = qui serve { $expected }, ma c'è { $found }
read-wrong-struct-name = qui serve { $expected }, ma c'è il nome { $found }
read-too-deep = il testo ha più di 128 livelli annidati, il limite
read-string-not-closed = la stringa che inizia qui non è chiusa: manca una "
read-expected-number = qui serve un numero
read-expected-whole-number = qui serve un numero intero
read-expected-string = qui serve una stringa tra virgolette doppie
read-expected-comma = manca una virgola prima di questo punto
read-not-ron = il testo non è RON valido: { $detail }
type-whole-number-to = un numero intero da 0 a { $max }
type-whole-number = un numero intero
type-string = una stringa
type-number = un numero
expected-list-of = un elenco di { $noun }
found-boolean = il valore logico
found-integer = il numero intero
found-float = il numero decimale
found-character = il carattere
found-string = la stringa
found-bytes = una sequenza di byte
found-unit = un valore vuoto
found-option = un valore opzionale
found-newtype = una struttura
found-sequence = un elenco
found-map = una mappa chiave-valore
found-enum = un valore a scelta
found-unit-variant = una variante senza dati

## Un PNG che dovrebbe contenere una mappa

png-unreadable = questo PNG non si può leggere ({ $detail }); potrebbe essere danneggiato
png-no-map = questo PNG non contiene una mappa di Percorso: si aprono solo i PNG esportati da Percorso; apri invece il file .ron della mappa
png-map-too-big = la mappa dentro questo PNG, decompressa, supera { $limit } MiB di testo, il limite (è davvero un'immagine esportata da Percorso?)
png-map-damaged = la mappa dentro questo PNG non si può decomprimere ({ $detail }); l'immagine potrebbe essere danneggiata
png-map-not-text = la mappa dentro questo PNG non è testo leggibile ({ $detail })
pdf-unreadable = questo PDF non si può leggere; potrebbe essere danneggiato o non essere affatto un PDF
pdf-encrypted = questo PDF è protetto da una password; Percorso legge solo i PDF che esporta, che non sono mai protetti
pdf-no-map = questo PDF non contiene una mappa di Percorso: si aprono solo i PDF esportati da Percorso; apri invece il file .ron della mappa
pdf-map-too-big = la mappa allegata a questo PDF, decompressa, supera { $limit } MiB di testo, il limite (è davvero un PDF esportato da Percorso?)
pdf-map-damaged = la mappa allegata a questo PDF non si può decomprimere; il file potrebbe essere danneggiato
pdf-map-not-text = la mappa allegata a questo PDF non è testo leggibile
pdf-map-encoding = la mappa allegata a questo PDF è compressa in un modo che Percorso non legge; esporta di nuovo il PDF da Percorso
svg-no-map = questo SVG non contiene una mappa di Percorso: si aprono solo gli SVG esportati da Percorso; apri invece il file .ron della mappa
svg-map-damaged = la mappa dentro questo SVG è danneggiata (i suoi metadati sono stati modificati); esporta di nuovo l'SVG da Percorso
pdf-failed = impossibile creare il PDF: { $detail }

## La foto di una persona

photo-cannot-read = impossibile leggere { $path }: { $reason }
photo-not-readable = { $path } non è una foto PNG o JPEG che Percorso sa leggere: { $detail }
photo-cannot-encode = impossibile codificare la foto: { $detail }
photo-too-big = { $path } non si può ridurre abbastanza per la foto di una persona
avatar-wrong-character = il carattere { $at } è sbagliato
avatar-wrong-length = la lunghezza o il riempimento sono sbagliati
avatar-not-base64 = non è base64 standard con riempimento valido: { $why }
avatar-not-png = non è un'immagine PNG
avatar-too-big = misura { $width } x { $height } pixel; il limite è { $limit } x { $limit }

## Le regole del formato

check-version-newer = questa mappa è stata creata da un Percorso più recente (formato versione { $version }); questo Percorso legge le versioni da 1 a { $supported }: aggiorna Percorso per aprirla
check-version-unsupported = versione del formato { $version } non supportata; le mappe di Percorso sono alle versioni da 1 a { $supported }
check-funnel-needs-version-2 = il funnel è una novità della versione 2 del formato: scrivi version: 2 all'inizio della mappa (le versioni precedenti di Percorso non la leggono)
check-funnel-unknown = il funnel indica la metrica "{ $name }", che nessuna fase ha; le metriche delle fasi sono: { $names }
check-funnel-no-metrics = il funnel indica la metrica "{ $name }", ma nessuna fase ha metriche; dai alle fasi una metrica "{ $name }" con i clienti che vi arrivano
check-funnel-negative = la metrica "{ $name }" del funnel nella fase "{ $stage }" è sotto zero; conta dei clienti
check-scale = la scala emotiva { $min }..{ $max } non è valida: il minimo deve stare sotto il massimo, entrambi entro { $lowest }..{ $highest }
check-text = { $what }: { $why }
check-text-too-long = il testo ha { $count } caratteri e supera il limite di { $limit }
check-limit = { $what }: { $count }; il limite è { $limit }
check-more-than = { $what }: più di { $limit }; il limite è { $limit }
check-metric-not-finite = la metrica "{ $metric }" della { $owner } vale { $value }; usa un numero finito
check-avatar = la foto della { $owner } { $why }
check-cards-in-emotions-lane = la { $owner } è una corsia Emozioni ma contiene { $count ->
    [one] una carta
   *[other] { $count } carte
}; le carte vanno nelle altre corsie, le emozioni sono punti
check-points-outside-emotions-lane = la { $owner } è una corsia { $kind } ma contiene punti emotivi; i punti vanno nelle corsie Emozioni
check-severity = la gravità { $severity } della { $owner } è fuori da 1..3 (1 lieve, 2 grave, 3 critica)
check-two-points = due punti emotivi per la fase "{ $stage }" nella { $owner }; una corsia ha al massimo un punto per fase
check-point-outside-scale = il valore emotivo { $value } sulla fase "{ $stage }" nella { $owner } è fuori dalla scala { $min }..{ $max }
check-id-invalid = l'id "{ $id }" della { $kind } non è valido: un id ha da 1 a 64 caratteri tra A-Z a-z 0-9 _ -
check-id-duplicate = id "{ $id }" ripetuto su una { $kind }: lo usa già una { $first }; gli id sono unici tra fasi, personas, corsie e carte
check-no-stages = la mappa non ha fasi
check-stages-are = fasi: { $stages }
check-unknown-stage = fase sconosciuta "{ $stage }" nella { $owner } ({ $listed })
check-unknown-stage-of-point = fase sconosciuta "{ $stage }" per un punto emotivo della { $owner } ({ $listed })
check-color = colore non valido "{ $color }" sulla { $owner }: usa "#RRGGBB" o "#RRGGBBAA"

# Gli elementi di cui parla un messaggio, per id (tutti femminili).
owner-stage = fase "{ $id }"
owner-persona = persona "{ $id }"
owner-lane = corsia "{ $id }"
owner-card = carta "{ $id }"
noun-stage = fase
noun-persona = persona
noun-lane = corsia
noun-card = carta
noun-stages = fasi
noun-personas = personas
noun-lanes = corsie
noun-cards = carte

# Che cos'è un testo, per "TESTO: il testo ha 2.001 caratteri e supera...".
what-map-title = titolo della mappa
what-map-description = descrizione della mappa
what-name-of = nome della { $owner }
what-description-of = descrizione della { $owner }
what-duration-of = durata della { $owner }
what-metric-name-on = nome di una metrica della { $owner }
what-metric-unit-on = unità di una metrica della { $owner }
what-quote-of = citazione della { $owner }
what-goal-of = obiettivo della { $owner }
what-avatar-of = foto della { $owner }
what-title-of = titolo della { $owner }
what-text-of = testo della { $owner }
what-detail-of = dettaglio della { $owner }
what-channel-of = canale della { $owner }
what-note-on = nota sulla fase "{ $stage }" nella { $owner }
what-stages-in-map = fasi nella mappa
what-personas-in-map = personas nella mappa
what-cards-in-map = carte nella mappa
what-lanes-in = corsie nella { $owner }
what-lanes-in-persona = corsie in una persona
what-cards-in-lane = carte in una corsia

## Salvare

save-failed = impossibile salvare { $path }: { $step } non è riuscito ({ $reason }); il file su disco non è cambiato
save-failed-after-replace = { $path } è stato scritto, ma { $step } non è riuscito ({ $reason }): se ora manca la corrente, potrebbe tornare la versione precedente; salva di nuovo
save-step-create-folder = creare la cartella
save-step-create-temporary = creare un file temporaneo nella cartella
save-step-write = scrivere il file temporaneo
save-step-sync-file = scrivere su disco il file temporaneo
save-step-permissions = copiare i permessi del file
save-step-rename = sostituire il file
save-step-sync-folder = scrivere su disco la cartella
draft-no-header = la prima riga non è l'intestazione di una bozza di Percorso

## I motivi del sistema operativo

io-not-found = il file o la cartella non esiste
io-permission-denied = permesso negato
io-already-exists = il file esiste già
io-is-a-folder = è una cartella, non un file
io-not-a-folder = una parte del percorso non è una cartella
io-disk-full = il disco è pieno
io-read-only = il disco è di sola lettura
io-too-large = il file è troppo grande per il disco
io-invalid-name = il nome non è valido qui
io-folder-not-empty = la cartella non è vuota
io-crosses-devices = il file passerebbe su un altro disco
io-interrupted = l'operazione è stata interrotta; riprova
io-other = errore di sistema: { $reason }

## Modifiche

edit-failed = impossibile applicare la modifica: { $why }
edit-gone-stage = la fase non c'è più
edit-gone-persona = la persona non c'è più
edit-gone-lane = la corsia non c'è più
edit-gone-card = la carta non c'è più
edit-gone-point = il punto emotivo non c'è più
edit-gone-place-stage = il posto per la fase non c'è più
edit-gone-place-persona = il posto per la persona non c'è più
edit-gone-place-lane = il posto per la corsia non c'è più
edit-gone-place-card = il posto per la carta non c'è più
edit-gone-place-point = il posto per il punto non c'è più

## Esportazioni

export-no-adapter = non c'è nessun adattatore grafico, nemmeno software: installa il driver Vulkan software di Mesa (Debian/Ubuntu: apt install mesa-vulkan-drivers; Fedora: dnf install mesa-vulkan-drivers)
export-unknown-persona = la mappa non ha la persona "{ $id }" (personas: { $known })
export-scale = la scala { $scale } è fuori da 1..4
export-png-failed = impossibile scrivere il PNG: { $detail }
export-write-failed = impossibile scrivere l'immagine: { $reason }
export-cpu-failed = il disegno dell'immagine si è interrotto all'improvviso; non è stato scritto nulla. Riprova, o esporta con --renderer gpu
export-device-failed = impossibile aprire il dispositivo grafico: { $detail }
export-device-unfinished = il dispositivo grafico non ha finito: { $detail }
export-read-back-failed = impossibile rileggere l'immagine: { $detail }
export-read-back-lost = impossibile rileggere l'immagine

# Percorsi Mermaid
mermaid-not-journey = questo non è un percorso Mermaid: la prima riga deve essere "journey"
mermaid-bad-line = Mermaid non sa leggere "{ $text }": un'attività si scrive "nome: punteggio: attore, attore", una sezione "section nome"
mermaid-bad-score = il punteggio "{ $score }" dell'attività "{ $task }" deve essere un numero intero da 1 a 5
mermaid-unclosed-description = la descrizione "accDescr {"{"}" non viene mai chiusa con "{"}"}"
mermaid-too-many = questo percorso ha più carte (ogni attività ne crea una per ciascun attore) di quante una mappa ne possa contenere
mermaid-too-many-actors = questo percorso ha più attori di quante personas una mappa possa contenere ({ $limit })
