# Messages about files that cannot be read or saved, maps that break the format's rules,
# edits that cannot apply and exports that fail. They name the place and say what to do.
# Ids, field names and type names from the file (stage "awareness", "votes", Channel) are the
# format's own words and stay as they are in every language.

## The line a compiler would print

diagnostic-line = { $place }: error: { $message }

## Reading a file

read-cannot = cannot read the file: { $reason }
read-too-big = the file is { $size } MiB; the limit is { $limit } MiB (is it really a Percorso map?)
read-not-utf8 = the file is not UTF-8 text; save it as UTF-8 (Percorso maps are UTF-8 RON)
read-empty = the file is empty; a map starts with (version: 1, title: "...")
read-ends-early = the text ends too early: a bracket or a quote is not closed
read-cannot-be = "{ $field }" cannot be { $found }: { $range }
read-out-of-range = "{ $field }" is out of range: { $range }
range-votes = votes are a whole number, 0 or more
range-severity = severity is 1 (minor), 2 (major) or 3 (critical)
range-version = the version of this format is 1
range-scale = the emotion scale's ends are whole numbers from -10 to 10
range-value = the value is a number (a whole number within the scale for emotions)
read-unknown-field = unknown field "{ $found }" (fields: { $fields }); check its spelling
read-unknown-field-in = unknown field "{ $found }" in { $outer } (fields: { $fields }); check its spelling
read-missing-field = missing field "{ $field }"; it is required
read-missing-field-in = missing field "{ $field }" in { $outer }; it is required
read-duplicate-field = field "{ $field }" appears twice
read-duplicate-field-in = field "{ $field }" appears twice in { $outer }
read-unknown-value = unknown value "{ $found }" (one of: { $values })
read-unknown-value-for = unknown value "{ $found }" for { $outer } (one of: { $values })
read-expected-found = expected { $expected } but found { $found }
read-wrong-struct-name = expected { $expected } here but found the name { $found }
read-too-deep = the text nests deeper than the limit of 128 levels
read-string-not-closed = the string that starts here is not closed: a " is missing
read-expected-number = expected a number here
read-expected-whole-number = expected a whole number here
read-expected-string = expected a string in double quotes here
read-expected-comma = a comma is missing before this
read-not-ron = { $detail }
type-whole-number-to = a whole number from 0 to { $max }
type-whole-number = a whole number
type-string = a string
type-number = a number
expected-list-of = a list of { $noun }
found-boolean = boolean
found-integer = integer
found-float = floating point
found-character = character
found-string = string
found-bytes = byte array
found-unit = unit value
found-option = Option value
found-newtype = newtype struct
found-sequence = sequence
found-map = map
found-enum = enum
found-unit-variant = unit variant

## A PNG that should carry a map

png-unreadable = this PNG cannot be read ({ $detail }); it may be damaged
png-no-map = this PNG carries no Percorso map: only PNGs exported by Percorso can be opened; open the map's .ron file instead
png-map-too-big = the map inside this PNG unpacks to more than { $limit } MiB of text, the limit (is it really an image exported by Percorso?)
png-map-damaged = the map inside this PNG cannot be unpacked ({ $detail }); the image may be damaged
png-map-not-text = the map inside this PNG is not readable text ({ $detail })
pdf-unreadable = this PDF cannot be read; it may be damaged or not a PDF at all
pdf-encrypted = this PDF is locked with a password; Percorso reads only the PDFs it exports, which are never locked
pdf-no-map = this PDF carries no Percorso map: only PDFs exported by Percorso can be opened; open the map's .ron file instead
pdf-map-too-big = the map attached to this PDF unpacks to more than { $limit } MiB of text, the limit (is it really a PDF exported by Percorso?)
pdf-map-damaged = the map attached to this PDF cannot be unpacked; the file may be damaged
pdf-map-not-text = the map attached to this PDF is not readable text
pdf-map-encoding = the map attached to this PDF is packed in a way Percorso does not read; export the PDF again from Percorso
svg-no-map = this SVG carries no Percorso map: only SVGs exported by Percorso can be opened; open the map's .ron file instead
svg-map-damaged = the map inside this SVG is damaged (its metadata was changed); export the SVG again from Percorso
pdf-failed = the PDF could not be made: { $detail }

## A persona's photo

photo-cannot-read = cannot read { $path }: { $reason }
photo-not-readable = { $path } is not a PNG or JPEG photo Percorso can read: { $detail }
photo-cannot-encode = cannot encode the photo: { $detail }
photo-too-big = { $path } cannot be made small enough for a persona photo
avatar-wrong-character = character { $at } is wrong
avatar-wrong-length = its length or padding is wrong
avatar-not-base64 = is not valid standard base64 with padding: { $why }
avatar-not-png = is not a PNG image
avatar-too-big = is { $width } x { $height } pixels; the limit is { $limit } x { $limit }

## The format's rules

check-version-newer = this map was made by a newer Percorso (format version { $version }); this Percorso reads versions 1 to { $supported }: update Percorso to open it
check-version-unsupported = unsupported format version { $version }; Percorso maps are versions 1 to { $supported }
check-funnel-needs-version-2 = the funnel is new in format version 2: write version: 2 at the top of the map (older Percorso versions cannot read it)
check-funnel-unknown = the funnel names the metric "{ $name }", which no stage has; the stages' metrics are: { $names }
check-funnel-no-metrics = the funnel names the metric "{ $name }", but no stage has any metric; give the stages a metric "{ $name }" with the customers reaching them
check-funnel-negative = the funnel's metric "{ $name }" on the stage "{ $stage }" is below 0; it counts customers
check-scale = emotion scale { $min }..{ $max } is invalid: min must be below max, both within { $lowest }..{ $highest }
check-text = { $what }: { $why }
check-text-too-long = text of { $count } characters is longer than the limit of { $limit } characters
check-limit = { $count } { $what }; the limit is { $limit }
check-more-than = more than { $limit } { $what }; the limit is { $limit }
check-metric-not-finite = metric "{ $metric }" on { $owner } has the value { $value }; use a finite number
check-avatar = avatar of { $owner } { $why }
check-cards-in-emotions-lane = { $owner } is an Emotions lane but holds { $count ->
    [one] a card
   *[other] { $count } cards
}; cards belong in other lanes, emotions are points
check-points-outside-emotions-lane = { $owner } is a { $kind } lane but holds emotion points; points belong in Emotions lanes
check-severity = severity { $severity } on { $owner } is outside 1..3 (1 minor, 2 major, 3 critical)
check-two-points = two emotion points for stage "{ $stage }" in { $owner }; a lane has at most one point per stage
check-point-outside-scale = emotion value { $value } on stage "{ $stage }" in { $owner } is outside the scale { $min }..{ $max }
check-id-invalid = { $kind } id "{ $id }" is invalid: an id is 1 to 64 characters from A-Z a-z 0-9 _ -
check-id-duplicate = duplicate id "{ $id }" on a { $kind }: already used by a { $first }; ids are unique across stages, personas, lanes and cards
check-no-stages = the map has no stages
check-stages-are = stages: { $stages }
check-unknown-stage = unknown stage "{ $stage }" on { $owner } ({ $listed })
check-unknown-stage-of-point = unknown stage "{ $stage }" on emotion point in { $owner } ({ $listed })
check-color = invalid colour "{ $color }" on { $owner }: use "#RRGGBB" or "#RRGGBBAA"

# The elements a message is about, by id.
owner-stage = stage "{ $id }"
owner-persona = persona "{ $id }"
owner-lane = lane "{ $id }"
owner-card = card "{ $id }"
noun-stage = stage
noun-persona = persona
noun-lane = lane
noun-card = card
noun-stages = stages
noun-personas = personas
noun-lanes = lanes
noun-cards = cards

# What a text is, for "TEXT: text of 2,001 characters is longer than...".
what-map-title = title of the map
what-map-description = description of the map
what-name-of = name of { $owner }
what-description-of = description of { $owner }
what-duration-of = duration of { $owner }
what-metric-name-on = metric name on { $owner }
what-metric-unit-on = metric unit on { $owner }
what-quote-of = quote of { $owner }
what-goal-of = goal of { $owner }
what-avatar-of = avatar of { $owner }
what-title-of = title of { $owner }
what-text-of = text of { $owner }
what-detail-of = detail of { $owner }
what-channel-of = channel of { $owner }
what-note-on = note on stage "{ $stage }" in { $owner }
what-stages-in-map = stages in the map
what-personas-in-map = personas in the map
what-cards-in-map = cards in the map
what-lanes-in = lanes in { $owner }
what-lanes-in-persona = lanes in one persona
what-cards-in-lane = cards in one lane

## Saving

save-failed = could not save { $path }: { $step } failed ({ $reason }); the file on disk was not changed
save-failed-after-replace = { $path } was written, but { $step } failed ({ $reason }): if the machine loses power now, the old version may come back; save again
save-step-create-folder = creating the folder
save-step-create-temporary = creating a temporary file in the folder
save-step-write = writing the temporary file
save-step-sync-file = flushing the temporary file to disk
save-step-permissions = copying the file's permissions
save-step-rename = replacing the file
save-step-sync-folder = flushing the folder to disk
draft-no-header = the first line is not a Percorso draft header

## The operating system's reasons

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = the file already exists
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of the path is not a folder
io-disk-full = the disk is full
io-read-only = the disk is read-only
io-too-large = the file is too large for the disk
io-invalid-name = the name is not valid here
io-folder-not-empty = the folder is not empty
io-crosses-devices = the file would move to another disk
io-interrupted = the operation was interrupted; try again
io-other = { $reason }

## Edits

edit-failed = the change could not be made: { $why }
edit-gone-stage = the stage is no longer there
edit-gone-persona = the persona is no longer there
edit-gone-lane = the lane is no longer there
edit-gone-card = the card is no longer there
edit-gone-point = the emotion point is no longer there
edit-gone-place-stage = the place for the stage is no longer there
edit-gone-place-persona = the place for the persona is no longer there
edit-gone-place-lane = the place for the lane is no longer there
edit-gone-place-card = the place for the card is no longer there
edit-gone-place-point = the place for the point is no longer there

## Exports

export-no-adapter = no graphics adapter was found, not even a software one: install Mesa's software Vulkan driver (Debian/Ubuntu: apt install mesa-vulkan-drivers; Fedora: dnf install mesa-vulkan-drivers)
export-unknown-persona = the map has no persona "{ $id }" (personas: { $known })
export-scale = the scale { $scale } is outside 1 to 4
export-png-failed = the PNG could not be written: { $detail }
export-write-failed = the image could not be written: { $reason }
export-cpu-failed = drawing the image stopped unexpectedly; nothing was written. Try again, or export with --renderer gpu
export-device-failed = the graphics device could not be opened: { $detail }
export-device-unfinished = the graphics device did not finish: { $detail }
export-read-back-failed = the image could not be read back: { $detail }
export-read-back-lost = the image could not be read back

# Mermaid journeys
mermaid-not-journey = this is not a Mermaid journey: its first line must be "journey"
mermaid-bad-line = Mermaid cannot read "{ $text }": a task is written "name: score: actor, actor", a section "section name"
mermaid-bad-score = the score "{ $score }" of the task "{ $task }" must be a whole number from 1 to 5
mermaid-unclosed-description = the description "accDescr {"{"}" is never closed with "{"}"}"
mermaid-too-many = this journey has more cards (a task makes one for each of its actors) than a map can hold
mermaid-too-many-actors = this journey has more actors than a map can hold personas ({ $limit })
