# What the canvas says: to screen readers (its elements by name), next to the pointer while
# dragging, and where a drag would land. Italian counterparts in ../it/canvas.ftl.

canvas-name = Journey map
in-place-field = Card text
access-lane = { $lane } ({ $persona })
access-goals = Goals:
    { $goals }
access-empty-card = (empty card)
access-expand-persona = Expand { $persona }
access-collapse-persona = Collapse { $persona }
access-expand-lane = Expand lane { $lane } of { $persona }
access-collapse-lane = Collapse lane { $lane } of { $persona }

## Dragging

drag-cards = { $count ->
    [one] Move card
   *[other] Move { $count } cards
}
drag-stage = Move stage
drag-persona = Move persona
drag-lane = Move lane
drag-point = Set emotion
drop-nowhere = { $what }: cannot be dropped here
drop-where = { $what }: drop { $place }
drop-lane-of = { $lane } of { $persona }
drop-cell = into { $lane } at { $stage }, place { $position }
drop-first-stage = before the first stage
drop-after-stage = after the stage { $stage }
drop-first-persona = before the first persona
drop-after-persona = after the persona { $persona }
drop-lane-gap = into the band of { $persona }, as lane { $position }
drop-emotion = in { $lane } at { $stage }, value { $value }

# PDF pages
pdf-page-number = { $page } / { $pages }
pdf-attachment-description = The journey map, for Percorso: open this PDF in Percorso to edit the map

# The funnel row
funnel-gap = no "{ $metric }" here
funnel-loss = -{ $share }
funnel-gain = +{ $share }
funnel-largest-loss = largest loss { $change }
moment-of-truth = moment of truth
heat-mark = pain { $weight }

# The evidence line
evidence-mostly-assumed = mostly assumed ({ $share })
evidence-observed-share = { $share } observed
evidence-unmarked = evidence not marked
