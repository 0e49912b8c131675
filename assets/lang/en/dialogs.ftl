# Dialogs and notices: questions, errors, the export dialog, file prompts, drafts, previous
# versions and the strip of notices. Italian counterparts in ../it/dialogs.ftl.

## Buttons used everywhere

button-ok = OK
button-cancel = Cancel
button-close = Close

## Errors and questions

error-nothing-changed = Nothing was changed: the map on screen and the files on disk are as they were.
edit-not-made = The change was not made
unsaved-title = Save changes to { $name }?
unsaved-message = Your changes will be lost if you don't save them.
unsaved-save = Save
unsaved-discard = Don't save
paste-nowhere-title = Nowhere to paste
paste-nowhere = Select a cell or a card first: the cards are pasted there.
delete-stage-title = Delete the stage "{ $name }"?
delete-persona-title = Delete the persona "{ $name }"?
delete-lane-title = Delete the lane "{ $name }"?
delete-also = This also deletes { $what }. You can undo it.
delete-confirm = Delete
# "3 cards and 1 emotion point"
delete-contents = { $cards } and { $points }
# "2 lanes and 3 cards and 1 emotion point"
delete-persona-contents = { $lanes } and { $contents }

## Command palette

palette-title = Command palette
palette-hint = Type a command
palette-field = Command

## Export

export-title = Export
export-carries-map = The file carries the map: Percorso opens it as the same map.
export-text-only = The file holds the map's words for reading elsewhere; Percorso does not open it as a map.
export-format = Format
export-format-png = PNG image
export-format-pdf = PDF
export-format-svg = SVG
export-format-md = Markdown outline
export-format-csv = CSV table
export-format-mmd = Mermaid journey
export-pages = Pages
export-page-fit = One page, the size of the map
export-page-a4-landscape = A4 landscape
export-page-a4-portrait = A4 portrait
export-page-a3-landscape = A3 landscape
export-page-a3-portrait = A3 portrait
export-table = Table
export-table-cards = Cards
export-table-emotions = Emotions
export-table-metrics = Stage metrics
export-mermaid-lanes = Each card of these lanes becomes a task, scored with its persona's emotion at that stage:
export-preview-pixels = { $width } x { $height } pixels
export-preview-points = { $width } x { $height } points
export-preview-page = 1 page of { $width } x { $height } mm
export-preview-pages = { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
export-preview-rows = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} and a header row
export-preview-cards = { $cards ->
    [one] 1 card
   *[other] { $cards } cards
}
export-preview-tasks = { $tasks ->
    [one] 1 task
   *[other] { $tasks } tasks
}
export-done-pages = { $path } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
})
export-done-text = { $path }
export-scale-label = Scale
export-scale-value = { $scale }x
export-background = Background
export-background-white = White
export-background-transparent = Transparent
export-background-dark = Dark
export-personas = Personas
export-folded-note = Folded personas and lanes are exported folded, as on screen.
export-button = Export…
export-copy-button = Copy image
export-progress-title = Exporting
export-done-title = Exported
export-done-file = { $path } ({ $width } x { $height } pixels)
export-done-reopens = Percorso opens this image as the map.
export-copied-title = Image copied
export-copied = { $width } x { $height } pixels on the clipboard.
export-failed-title = The map was not exported
export-stopped = the export stopped unexpectedly

## Files

prompt-open = Open a map
prompt-open-hint = /path/to/map.ron or a Percorso .png
prompt-save-as = Save the map as
prompt-save-as-hint = /path/to/map.ron
prompt-photo = Choose a photo
prompt-photo-hint = /path/to/photo.png or .jpg
prompt-export = Export the map as
prompt-export-hint = /path/to/map.png
prompt-no-dialog = No file dialog is available on this system; type the file's path.
prompt-field = File path
picker-map = Percorso map
picker-photo = Photo
picker-image = PNG image
# The name a new file is offered under, without its extension.
picker-default-name = journey
photo-not-used = The photo was not used
saved-without-backup = The map was saved, without a backup
save-failed-title = The map was not saved

## Drafts, backups and the file on disk

keeping-off-title = Drafts and backups are off
keeping-off-no-folder = This system has no folder for application data; set { $variable } to one.
keeping-off-folder = Drafts and backups cannot be kept in { $path }: { $reason }
draft-not-adopted = the draft { $path } could not be taken over: { $reason }
draft-not-restored = The draft cannot be restored
draft-in-use = { $path } belongs to a window that is still open.
panic-draft-kept = your unsaved changes were kept as a draft; start Percorso again to recover them
draft-not-deleted = The draft was not deleted
draft-unreadable-kept = A draft could not be read and was kept at { $path }:
draft-not-recovered = A draft could not be recovered
drafts-title = Recover unsaved changes
drafts-why = Percorso closed without saving these changes (a crash, a kill or a power cut).
drafts-how = Restore opens the draft as unsaved changes; Compare also opens the file as it is on disk in another window.
drafts-later = Decide later
draft-untitled-map = an untitled map
draft-item = “{ $title }” ({ $name })
draft-changes-from = Changes from { $when }.
draft-restore = Restore
draft-restore-new-window = Restore in a new window
draft-restore-named = Restore { $name }
draft-compare = Compare
draft-compare-named = Compare { $name }
draft-compare-unavailable = The original file is not on disk
draft-discard = Discard
draft-discard-named = Discard { $name }
window-not-opened = Another Percorso window could not be opened
window-not-opened-drafts = The drafts left are offered at the next start.
reload-title = Reload { $name } from disk?
reload-message = Your unsaved changes will be lost.
reload-confirm = Discard my changes and reload
changed-title = { $name } changed on disk
changed-message = Another program changed { $path } after you opened or saved it.
changed-overwrite-note = Overwrite replaces it with your map (its version is kept under File > Previous versions).
changed-overwrite = Overwrite
changed-reload = Reload theirs
notice-changed = { $name } was changed by another program.
notice-reload = Reload from disk
notice-keep-mine = Keep my version
notice-gone = { $name } was moved or deleted; saving writes it again.
notice-peers = { $count ->
    [one] { $name } is also open in another Percorso window (process { $processes }): saving in both replaces each other's changes.
   *[other] { $name } is also open in other Percorso windows (processes { $processes }): saving in both replaces each other's changes.
}
notice-drafts-failing = Drafts cannot be written ({ $reason }): save your work.
notice-dismiss = Dismiss

## When something happened

when-today = today at { $time } ({ $ago })
when-yesterday = yesterday at { $time } ({ $ago })
when-day = { $day } at { $time } ({ $ago })
ago-now = less than a minute ago
ago-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
ago-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Previous versions

versions-title = Previous versions of { $name }
versions-kept = Each save keeps the version it replaces, the last { $count } of them.
versions-folder = They are kept in { $path }.
versions-no-folder = No data folder is available: no versions are kept.
versions-none = { $name } has no previous versions yet.
version-not-opened = The previous version cannot be opened
version-open = Open
version-open-named = Open version { $number }
version-item = { $number }. “{ $title }”: { $summary }
version-unreadable = { $number }. This version cannot be read: { $reason }
version-unreadable-short = It cannot be read
version-replaced = Replaced by a save { $when } ({ $size } bytes).

## Opening and backing up

open-failed-title = Cannot open { $name }
backup-failed = No backup of the previous version could be made: { $reason }
drafts-off = drafts are off: { $reason }
