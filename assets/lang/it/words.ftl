# Le parole di Percorso per le cose di una mappa: tipi, canali, fonti, gravità, conteggi.
# Ogni messaggio ha il suo corrispondente inglese in ../en/words.ftl, con gli stessi argomenti.

## Numeri

# Una percentuale; $value è scritto con la virgola decimale. Lo spazio è indivisibile.
percent = { $value } %

## Tipi di corsia (al plurale), anche titolo predefinito di una corsia

lane-kind-touchpoints = Punti di contatto
lane-kind-actions = Azioni
lane-kind-thoughts = Pensieri
lane-kind-emotions = Emozioni
lane-kind-pain-points = Criticità
lane-kind-opportunities = Opportunità
lane-kind-goals = Obiettivi
lane-kind-backstage = Dietro le quinte
lane-kind-notes = Note

## Tipi di carta (al singolare)

card-kind-touchpoint = Punto di contatto
card-kind-action = Azione
card-kind-thought = Pensiero
card-kind-pain-point = Criticità
card-kind-opportunity = Opportunità
card-kind-goal = Obiettivo
card-kind-backstage = Dietro le quinte
card-kind-note = Nota

## Canali

channel-website = Sito web
channel-mobile-app = App
channel-social = Social
channel-email = Email
channel-search = Motori di ricerca
channel-ads = Pubblicità
channel-reviews = Recensioni
channel-marketplace = Marketplace
channel-store = Negozio
channel-phone = Telefono
channel-chat = Chat
channel-messaging = Messaggistica
channel-delivery = Consegna
channel-word-of-mouth = Passaparola
channel-event = Evento
channel-online = online
channel-offline = offline
# Un canale con il suo segno online / offline, sulle carte e nella legenda.
channel-with-mark = { $channel } · { $mark }

## Fonte

evidence-observed = Osservazione
evidence-assumed = Ipotesi
evidence-badge-observed = osservazione
evidence-badge-assumed = ipotesi
evidence-badge-proposed = proposta
evidence-proposed = Proposta

## Gravità di una criticità

severity-minor = lieve
severity-major = grave
severity-critical = critica

## Conteggi

count-stages = { $count ->
    [one] { $count } fase
   *[other] { $count } fasi
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
count-lanes = { $count ->
    [one] { $count } corsia
   *[other] { $count } corsie
}
count-cards = { $count ->
    [one] { $count } carta
   *[other] { $count } carte
}
count-points = { $count ->
    [one] { $count } punto emotivo
   *[other] { $count } punti emotivi
}
# Che cosa contiene una mappa, come lo dicono `percorso check` e l'ispettore della mappa.
map-summary = { $stages }, { $personas }, { $lanes }, { $cards }, { $points }
map-summary-funnel = { $contents }; funnel per "{ $funnel }" (formato versione 2)

## Il riquadro del titolo e la legenda dell'immagine esportata

untitled-journey = Mappa senza titolo
legend-cards = Carte
legend-channels = Canali
legend-emotions = Emozioni
legend-severity = Gravità delle criticità

## I nomi che Percorso dà alle cose nuove (l'utente li cambia)

new-stage-name = Nuova fase
new-persona-name = Persona { $number }

# Parole dei formati condivisi (Markdown, CSV, Mermaid)
mermaid-first-stage = Inizio
mermaid-no-actor = Nessun attore
md-metrics-heading = Metriche delle fasi
md-stage-column = Fase
md-stage-heading = { $number }. { $name }
md-duration = Durata: { $duration }
md-emotion = { $feeling } ({ $value } su una scala da { $min } a { $max })
md-nothing = niente in questa fase
md-severity = { $name } ({ $level }/3)
md-votes = { $votes ->
    [one] 1 voto
   *[other] { $votes } voti
}
md-empty-card = (carta vuota)
feeling-very-negative = molto negativa
feeling-negative = negativa
feeling-neutral = neutra
feeling-positive = positiva
feeling-very-positive = molto positiva
csv-stage = Fase
csv-persona = Persona
csv-lane = Corsia
csv-kind = Tipo
csv-text = Testo
csv-detail = Dettaglio
csv-channel = Canale
csv-online = Online/offline
csv-online-value = online
csv-offline-value = offline
csv-severity = Gravità
csv-evidence = Fonte
csv-votes = Voti
csv-id = Id
csv-value = Valore
csv-feeling = Emozione
csv-note = Nota
csv-metric = Metrica
csv-unit = Unità

## Le analisi in frasi (il pannello Analisi e percorso report)

insight-unnamed-stage = Fase { $number }
insight-funnel-headline = Il percorso perde più clienti all'ingresso in { $stage }: { $metric } da { $before } a { $here } ({ $change }).
insight-funnel-gap = { $stage }: nessun dato «{ $metric }»
insight-funnel-stage = { $stage }: { $count }
insight-funnel-stage-loss = { $stage }: { $count }, { $change }
insight-hurts-headline = Il punto più critico è { $stage } (criticità { $weight }); la criticità più pesante è «{ $card }».
insight-stage-pain = { $stage }: criticità { $weight }
insight-pain-point = «{ $card }»: { $severity }, { $votes ->
    [0] nessun voto
    [one] 1 voto
   *[other] { $votes } voti
} (peso { $weight })
insight-opportunity = «{ $card }», { $votes ->
    [0] nessun voto
    [one] 1 voto
   *[other] { $votes } voti
}
insight-moment = { $persona } in { $stage }: { $value } su una scala da { $min } a { $max }
insight-moment-note = , «{ $note }»
insight-evidence-no-cards = { $stage }: nessuna carta
insight-evidence-stage = { $stage }: { $observed } osservazioni, { $assumed } ipotesi, { $proposed } proposte, { $unmarked } senza indicazione
insight-evidence-flagged = { $line }: costruita per lo più su ipotesi
insight-evidence-headline = Il { $observed } delle carte si basa su osservazioni.
insight-evidence-headline-assumed = Il { $observed } delle carte si basa su osservazioni; fasi costruite per lo più su ipotesi: { $stages }.
insight-happiness = { $persona }: emozione positiva in { $positive } { $felt ->
    [one] fase su 1
   *[other] fasi su { $felt }
} ({ $score }), media { $mean } su una scala da { $min } a { $max }
insight-happiness-none = { $persona }: nessuna curva delle emozioni
insights-funnel = Dove si perdono i clienti
insights-no-funnel = Ancora nessun funnel: nell'ispettore della mappa, scegli sotto Funnel la metrica di fase che conta i clienti.
insights-hurts = Dove fa male
insights-no-pain = Ancora nessuna criticità.
insights-opportunities-here = Opportunità in { $stage }, per voti
insights-moments = Momenti della verità
insights-no-moments = Nessuna curva delle emozioni ha ancora punti.
insights-evidence = Quanto sappiamo
insights-happiness = Felicità
report-title = Analisi: { $title }
