# The editor window: menus, toolbar, commands, tile palette and inspector.
# Every message here has an Italian counterpart in ../it/app.ftl with the same arguments.

## Menus and toolbar

menu-file = File
menu-edit = Edit
menu-view = View
menu-language = Language
menu-new-from-template = New from template
menu-open-recent = Open recent
menu-no-recent = No recent maps
# A template offered in another language than the interface's: "Buying a guitar online (Italian)".
template-in-language = { $title } ({ $language })
toolbar-undo = Undo
toolbar-redo = Redo
toolbar-add-stage = + Stage
toolbar-add-persona = + Persona
toolbar-fit = Fit
toolbar-commands = Commands…
# A tooltip followed by the keys that do the same.
tooltip-with-keys = { $tooltip } ({ $keys })
title-untitled = Untitled
title-from-export = { $name } (opened as a new map)

## Keys, as shortcuts name them

key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-escape = Esc
key-delete = Delete
key-backspace = Backspace
key-tab = Tab
key-enter = Enter
key-space = Space

## Commands: the label (menus, palette) and the tooltip of each

command-new-map = New map
command-new-map-tooltip = Start a new map from the blank template
command-open = Open…
command-open-tooltip = Open a map (.ron) or an image exported by Percorso
command-save = Save
command-save-tooltip = Save the map to its file
command-save-as = Save as…
command-save-as-tooltip = Save the map to a new file
command-export-png = Export…
command-export-png-tooltip = Write the map as a PNG, PDF or SVG that opens as the map, or as Markdown, CSV or Mermaid
command-copy-image = Copy image
command-copy-image-tooltip = Put an image of the map on the clipboard
command-backups = Previous versions…
command-backups-tooltip = Open a version this file had before a save
command-quit = Quit
command-quit-tooltip = Close the window
command-undo = Undo
command-undo-tooltip = Take back the last change
command-redo = Redo
command-redo-tooltip = Make the last undone change again
command-cut = Cut
command-cut-tooltip = Move the selected cards to the clipboard
command-copy = Copy
command-copy-tooltip = Copy the selected cards to the clipboard
command-paste = Paste
command-paste-tooltip = Paste cards into the selected cell
command-duplicate = Duplicate
command-duplicate-tooltip = Copy the selected cards into their cell
command-delete = Delete
command-delete-tooltip = Delete what is selected
command-select-all = Select all cards
command-select-all-tooltip = Select every card of the map
command-clear-selection = Clear selection
command-clear-selection-tooltip = Select nothing
command-new-card = New card in the selected cell
command-new-card-tooltip = Add a card where the selection is and type its text
command-rename = Edit text / rename
command-rename-tooltip = Type the selected card's text or the selected element's name (the map's title when nothing is selected)
command-next-card = Next card
command-next-card-tooltip = Select the next card
command-previous-card = Previous card
command-previous-card-tooltip = Select the previous card
command-add-stage = Add stage
command-add-stage-tooltip = Add a stage at the end of the journey
command-add-persona = Add persona
command-add-persona-tooltip = Add a persona with the usual lanes
command-zoom-in = Zoom in
command-zoom-in-tooltip = Show the map larger
command-zoom-out = Zoom out
command-zoom-out-tooltip = Show more of the map
command-zoom-fit = Zoom to fit
command-zoom-fit-tooltip = Show the whole map
command-toggle-insights = Insights
command-toggle-insights-tooltip = Show where the journey loses customers, where it hurts, the moments of truth, how much is known and how happy each persona is; each line selects what it talks about
command-toggle-dark = Dark theme
command-toggle-dark-tooltip = Switch between the light and the dark theme
command-toggle-overlay = Overlay all personas' emotion curves
command-toggle-overlay-tooltip = Draw every persona's curve in each emotion lane
command-command-palette = Command palette…
command-command-palette-tooltip = Find a command by its name
command-present = Present
command-present-tooltip = Show the map full screen for a room, stage by stage, in the projector theme (Esc or F5 ends it)
command-timer = Timer…
command-timer-tooltip = Keep time: a countdown shown large while presenting (presets or minutes typed; pause, extend, stop)
command-start-vote = Start a vote…
command-start-vote-tooltip = Let the room dot-vote on pain points and opportunities, within a budget of votes
command-end-vote = End the vote
command-end-vote-tooltip = Show the results: the voted cards ranked, to read out or copy
command-vote-up = Vote for the selected card
command-vote-up-tooltip = Add one of the room's votes to the selected card (+)
command-vote-down = Take a vote back
command-vote-down-tooltip = Take one of this round's votes back from the selected card (-)
command-use-english = Language: English
command-use-english-tooltip = Show every menu, message and export in English
command-use-italian = Language: Italiano
command-use-italian-tooltip = Show every menu, message and export in Italian

## Templates

template-blank = Blank map
template-blank-description = Five classic stages and one persona with touchpoint, emotion and pain point lanes
template-guitar = Buying a guitar online
template-guitar-description = A beginner's journey from first ads to a proud review
template-ecommerce = E-commerce journey
template-ecommerce-description = From awareness to advocacy, with metrics on every stage
template-omnichannel = Omnichannel journey
template-omnichannel-description = A ROPO shopper and a showroomer, with click & collect
language-english = English
language-italian = Italian

## Tile palette

tiles-drag-hint = Drag onto the map
tiles-structure = Structure
tiles-lanes = Lanes
tiles-cards = Cards
tiles-emotions = Emotions
tiles-tooltip = Drag onto the map, or click to add
tile-stage = Stage
tile-persona = Persona
tile-lane = { $kind } lane
tile-card = { $kind } card
tile-emotion = Emotion point
tiles-card-where = Where should the { $kind } go?
tiles-card-how = Drag the tile onto a cell, or select a cell and click the tile.
tiles-lane-where = Which persona gets the lane?
tiles-lane-how = Drag the tile onto a persona's band, or select a persona and click the tile.
tiles-emotion-where = Where does the emotion go?
tiles-emotion-how = Drag the tile into an emotion lane, at the height of the feeling.

## Inspector

inspector-map = Map
inspector-stage = Stage
inspector-persona = Persona
inspector-lane = Lane
inspector-cell = Cell
inspector-emotion = Emotion
inspector-selection = Selection
inspector-no-name = (no name)
selection-count = { $count ->
    [one] { $count } element selected
   *[other] { $count } elements selected
}
inspector-delete-selected = Delete selected
inspector-delete-card = Delete card
inspector-delete-stage = Delete stage…
inspector-delete-persona = Delete persona…
inspector-delete-lane = Delete lane…
inspector-remove-point = Remove point
inspector-new-card-here = New card here (N)
inspector-set-point-here = Set an emotion point here
# Where a cell is: "Touchpoints at Purchase".
cell-place = { $lane } at { $stage }
field-title = Title
field-description = Description
field-emotion-scale = Emotion scale
field-scale-lowest = Lowest emotion
field-scale-to = to
field-scale-highest = Highest emotion
field-contents = Contents
field-name = Name
field-duration = Duration
field-colour = Colour
field-metrics = Metrics
field-quote = Quote
field-goals = Goals
field-photo = Photo
field-text = Text
field-detail = Detail
field-kind = Kind
field-kind-of-lane = { $kind } (the lane's)
field-channel = Channel
field-severity = Severity
field-evidence = Evidence
field-votes = Votes
field-stage = Stage
field-lane = Lane
field-value = Value
field-note = Note
choice-none = None
choice-none-severity = None
choice-none-evidence = None
channel-other = Other
channel-other-choice = Other…
channel-name-hint = Channel name
channel-other-field = Other channel
severity-choice = { $level } { $name }
colour-custom = custom
colour-pick = Pick the colour
metric-name = Metric name
metric-value = Metric value
metric-unit = Metric unit
metric-unit-hint = unit
metric-remove = Remove this metric
metric-add = Add metric
metric-new-name = Metric
goal-field = Goal
goal-remove = Remove this goal
goal-add = Add goal
photo-choose = Choose photo…
photo-remove = Remove photo
lane-add = Add lane
lane-add-kind = kind…
lane-kind-field = Lane kind
scale-change-title = Change the scale to { $min } to { $max }?
scale-change-message = { $count ->
    [one] { $count } emotion point falls outside the new scale and will be moved to its nearest end.
   *[other] { $count } emotion points fall outside the new scale and will be moved to its nearest end.
}
scale-change-confirm = Change and clamp

## Presenting

present-strip-stage = Stage { $number } of { $count }: { $stage }

## Dot voting

vote-setup-title = Start a vote
vote-setup-pain-points = Pain points
vote-setup-opportunities = Opportunities
vote-setup-whole-map = The whole map
vote-setup-stage = Only { $stage }
vote-setup-participants = People voting
vote-setup-each = Votes each
vote-setup-budget = { $count ->
    [one] { $count } vote in all
   *[other] { $count } votes in all
}
vote-setup-clear = Clear the votes the cards hold now (you can undo it)
vote-setup-start = Start the vote
vote-bar-pain-points = Voting on pain points
vote-bar-opportunities = Voting on opportunities
vote-bar-both = Voting on pain points and opportunities
vote-bar-left = { $left } of { $count } votes left
vote-bar-keys = Select a card, then + to vote, - to take a vote back
vote-end = End the vote
vote-refused-nothing = Select a card first: the vote goes to the selected card.
vote-refused-not-voted-on = This card is not part of the vote.
vote-refused-budget = No votes left: all { $count } are cast. Take one back with - or end the vote.
vote-refused-none-to-take = This card has no vote of this round to take back.
vote-results-title = Vote results
vote-results-summary = { $cast } of { $count } votes cast.
vote-results-none = No card got a vote.
vote-results-line = { $rank }. { $card } ({ $stage }, { $persona }): { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
}
vote-results-card = Card
vote-results-copy = Copy as Markdown

## The timer

timer-name = Timer
timer-title = Timer
timer-preset = { $minutes } min
timer-minutes = Minutes
timer-start = Start
timer-pause-resume = Pause / resume
timer-more = +{ $minutes } min
timer-stop = Stop the timer
timer-paused = (paused)
timer-up = Time is up
field-funnel = Funnel
field-funnel-hint = The stage metric that counts the customers reaching each stage: the funnel under the stage headers shows where the journey loses the most. A map with a funnel is saved in format version 2.
choice-none-funnel = None
