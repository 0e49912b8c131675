# Percorso's words for the things on a map: kinds, channels, evidence, severities, counts.
# Every message here has an Italian counterpart in ../it/words.ftl with the same arguments.

## Numbers

# A percentage; $value is written with the language's decimal mark.
percent = { $value }%

## Lane kinds (plural: a lane holds many), also a lane's default title

lane-kind-touchpoints = Touchpoints
lane-kind-actions = Actions
lane-kind-thoughts = Thoughts
lane-kind-emotions = Emotions
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-goals = Goals
lane-kind-backstage = Backstage
lane-kind-notes = Notes

## Card kinds (singular)

card-kind-touchpoint = Touchpoint
card-kind-action = Action
card-kind-thought = Thought
card-kind-pain-point = Pain point
card-kind-opportunity = Opportunity
card-kind-goal = Goal
card-kind-backstage = Backstage
card-kind-note = Note

## Channels

channel-website = Website
channel-mobile-app = Mobile app
channel-social = Social media
channel-email = Email
channel-search = Search
channel-ads = Ads
channel-reviews = Reviews
channel-marketplace = Marketplace
channel-store = Store
channel-phone = Phone
channel-chat = Chat
channel-messaging = Messaging
channel-delivery = Delivery
channel-word-of-mouth = Word of mouth
channel-event = Event
channel-online = online
channel-offline = offline
# A channel with its online / offline mark, on cards and in the legend.
channel-with-mark = { $channel } · { $mark }

## Evidence

evidence-observed = Observed
evidence-assumed = Assumed
evidence-badge-observed = observed
evidence-badge-assumed = assumed
evidence-badge-proposed = proposed
evidence-proposed = Proposed

## Severity of a pain point

severity-minor = minor
severity-major = major
severity-critical = critical

## Counts

count-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
count-lanes = { $count ->
    [one] { $count } lane
   *[other] { $count } lanes
}
count-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
count-points = { $count ->
    [one] { $count } emotion point
   *[other] { $count } emotion points
}
# What a map holds, as `percorso check` and the map's inspector say it.
map-summary = { $stages }, { $personas }, { $lanes }, { $cards }, { $points }
map-summary-funnel = { $contents }; funnel by "{ $funnel }" (format version 2)

## The exported image's title block and legend

untitled-journey = Untitled journey
legend-cards = Cards
legend-channels = Channels
legend-emotions = Emotions
legend-severity = Pain point severity

## Names Percorso gives new things (the user renames them)

new-stage-name = New stage
new-persona-name = Persona { $number }

# Words of the shared formats (Markdown, CSV, Mermaid)
mermaid-first-stage = Start
mermaid-no-actor = No actor
md-metrics-heading = Stage metrics
md-stage-column = Stage
md-stage-heading = { $number }. { $name }
md-duration = Duration: { $duration }
md-emotion = { $feeling } ({ $value } on { $min } to { $max })
md-nothing = nothing at this stage
md-severity = { $name } ({ $level }/3)
md-votes = { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
md-empty-card = (empty card)
feeling-very-negative = very negative
feeling-negative = negative
feeling-neutral = neutral
feeling-positive = positive
feeling-very-positive = very positive
csv-stage = Stage
csv-persona = Persona
csv-lane = Lane
csv-kind = Kind
csv-text = Text
csv-detail = Detail
csv-channel = Channel
csv-online = Online/offline
csv-online-value = online
csv-offline-value = offline
csv-severity = Severity
csv-evidence = Evidence
csv-votes = Votes
csv-id = Id
csv-value = Value
csv-feeling = Feeling
csv-note = Note
csv-metric = Metric
csv-unit = Unit

## The insights in sentences (the insights panel and percorso report)

insight-unnamed-stage = Stage { $number }
insight-funnel-headline = The journey loses the most customers on the way into { $stage }: { $metric } from { $before } to { $here } ({ $change }).
insight-funnel-gap = { $stage }: no “{ $metric }”
insight-funnel-stage = { $stage }: { $count }
insight-funnel-stage-loss = { $stage }: { $count }, { $change }
insight-hurts-headline = It hurts most at { $stage } (pain { $weight }); the heaviest pain point is “{ $card }”.
insight-stage-pain = { $stage }: pain { $weight }
insight-pain-point = “{ $card }”: { $severity }, { $votes ->
    [0] no votes
    [one] 1 vote
   *[other] { $votes } votes
} (weight { $weight })
insight-opportunity = “{ $card }”, { $votes ->
    [0] no votes
    [one] 1 vote
   *[other] { $votes } votes
}
insight-moment = { $persona } at { $stage }: { $value } on { $min } to { $max }
insight-moment-note = , “{ $note }”
insight-evidence-no-cards = { $stage }: no cards
insight-evidence-stage = { $stage }: { $observed } observed, { $assumed } assumed, { $proposed } proposed, { $unmarked } not marked
insight-evidence-flagged = { $line }: built mostly on assumptions
insight-evidence-headline = { $observed } of the cards are observed in research.
insight-evidence-headline-assumed = { $observed } of the cards are observed in research; built mostly on assumptions: { $stages }.
insight-happiness = { $persona }: positive at { $positive } of { $felt ->
    [one] 1 stage
   *[other] { $felt } stages
} ({ $score }), mean { $mean } on { $min } to { $max }
insight-happiness-none = { $persona }: no emotion curve
insights-funnel = Where customers are lost
insights-no-funnel = No funnel yet: in the map's inspector, choose under Funnel the stage metric that counts the customers.
insights-hurts = Where it hurts
insights-no-pain = No pain points yet.
insights-opportunities-here = Opportunities at { $stage }, by votes
insights-moments = Moments of truth
insights-no-moments = No emotion curve has points yet.
insights-evidence = How much is known
insights-happiness = Happiness
report-title = Insights: { $title }
