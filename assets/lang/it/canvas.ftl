# Che cosa dice la tela: ai lettori di schermo (i suoi elementi per nome), accanto al puntatore
# mentre si trascina, e dove andrebbe a finire un trascinamento. Corrispondenti in ../en/canvas.ftl.

canvas-name = Mappa del percorso
in-place-field = Testo della carta
access-lane = { $lane } ({ $persona })
access-goals = Obiettivi:
    { $goals }
access-empty-card = (carta vuota)
access-expand-persona = Apri { $persona }
access-collapse-persona = Chiudi { $persona }
access-expand-lane = Apri la corsia { $lane } di { $persona }
access-collapse-lane = Chiudi la corsia { $lane } di { $persona }

## Trascinamento

drag-cards = { $count ->
    [one] Sposta la carta
   *[other] Sposta { $count } carte
}
drag-stage = Sposta la fase
drag-persona = Sposta la persona
drag-lane = Sposta la corsia
drag-point = Imposta l'emozione
drop-nowhere = { $what }: qui non si può rilasciare
drop-where = { $what }: rilascia { $place }
drop-lane-of = { $lane } di { $persona }
drop-cell = in { $lane } nella fase { $stage }, al posto { $position }
drop-first-stage = prima della prima fase
drop-after-stage = dopo la fase { $stage }
drop-first-persona = prima della prima persona
drop-after-persona = dopo la persona { $persona }
drop-lane-gap = nella fascia di { $persona }, come corsia { $position }
drop-emotion = in { $lane } nella fase { $stage }, valore { $value }

# PDF pages
pdf-page-number = { $page } / { $pages }
pdf-attachment-description = La mappa del percorso, per Percorso: apri questo PDF in Percorso per modificare la mappa

# La riga del funnel
funnel-gap = nessun dato "{ $metric }" qui
funnel-loss = -{ $share }
funnel-gain = +{ $share }
funnel-largest-loss = perdita maggiore { $change }
moment-of-truth = momento della verità
heat-mark = criticità { $weight }

# La riga delle evidenze
evidence-mostly-assumed = per lo più ipotesi ({ $share })
evidence-observed-share = { $share } osservato
evidence-unmarked = evidenze non indicate
