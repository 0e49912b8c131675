# The command line: help, reports and usage errors. Italian counterparts in ../it/cli.ftl.
# Command and option names (check, --scale, white) are the same in every language.

cli-about = Percorso: a designer for customer journey maps.
cli-after-help = Exit status: 0 when all is well, 1 when a file has problems, 2 for a usage error.
    Language: --lang it|en, or PERCORSO_LANG=it|en; otherwise the system's.
cli-usage-heading = Usage:
cli-usage =
    percorso [OPTIONS] [FILE]
    {"       "}percorso <COMMAND> [OPTIONS]
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-lang = LANG
cli-value-draft = DRAFT
cli-value-command = COMMAND
cli-value-out = OUT
cli-value-scale = SCALE
cli-value-background = BACKGROUND
cli-value-renderer = RENDERER
cli-value-template = TEMPLATE
cli-flag-help = Print help
cli-flag-version = Print version
cli-flag-lang = The language of the interface and of every message: it or en
cli-arg-file = Map to open in the editor (.ron, or a PNG exported by Percorso)
cli-arg-recover = Open the editor on this draft of unsaved changes, left behind by a window that closed without saving (the editor offers them itself at start; this opens one directly)

cli-check-about = Check maps: one `ok` line per valid file, one line per problem otherwise
cli-check-usage = percorso check [OPTIONS] <FILE>...
cli-check-files = The maps to check (.ron, or PNGs exported by Percorso)
cli-fmt-about = Rewrite maps in canonical form (atomically); invalid files are reported and left untouched
cli-fmt-usage = percorso fmt [OPTIONS] <FILE>...
cli-fmt-check = Change nothing: list the files that are not canonical and exit with 1 if any
cli-fmt-files = The .ron maps to format
cli-export-about = Export a map as a PNG, PDF or SVG that carries the map inside it (opens as the same map), or as a Markdown outline, a CSV table or a Mermaid journey
cli-export-usage = percorso export [OPTIONS] <FILE>
cli-export-file = The map to export (.ron, or a PNG, PDF or SVG exported by Percorso, or a Mermaid journey)
cli-export-out = Where to write the export; its extension chooses the format unless --format does [default: FILE with the format's extension]
cli-export-scale = Pixels per map point, from 1 to 4 [default: 2]
cli-export-persona = Only this persona, by id (repeat for several) [default: all]
cli-export-renderer = What draws a PNG: cpu (on every core, no graphics driver needed) or gpu (the graphics device, or Mesa's software one) [default: cpu]
cli-export-background = The image's background: white (for documents and print), transparent (for slides with their own background) or dark (the dark theme) [default: white]
cli-new-about = Write a new map from a built-in template, in the language of the interface (or --lang)
cli-new-usage = percorso new [OPTIONS] <FILE>
cli-new-template = The template to start from: { $names } (see --list) [default: blank]
cli-new-force = Overwrite FILE if it exists
cli-new-list = List the templates, one a line: name, then description
cli-new-file = Where to write the new map
cli-present-about = Present a map full screen, stage by stage, in the projector theme (Esc or F5 returns to editing)
cli-present-usage = percorso present [OPTIONS] <FILE>
cli-present-file = The map to present (.ron, or a PNG exported by Percorso)
cli-help-about = Print the help of percorso or of one of its commands
cli-help-usage = percorso help [COMMAND]
cli-help-command = The command to explain

## Reports

cli-check-ok = { $name }: ok ({ $summary })
cli-fmt-done = { $name }: formatted
cli-fmt-png = the map inside this PNG is not in canonical form and fmt cannot rewrite images; export the map again
cli-export-same-file = the export would overwrite the map it comes from; choose another name with -o
cli-export-done = { $name }: exported ({ $width } x { $height } pixels)
cli-template-line = { $description } (in English and Italian)
cli-new-no-template = there is no template "{ $template }" (see percorso new --list)
cli-new-exists = the file exists; use --force to overwrite it
cli-new-done = { $name }: new map from the "{ $template }" template
cli-no-window = percorso: cannot open the editor window: { $detail }
cli-scale-not-a-number = "{ $text }" is not a number
cli-scale-outside = { $scale } is outside 1 to 4

## Usage errors

cli-error = error: { $message }
cli-try-help = For more information, try '--help'.
cli-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-value-refused = invalid value '{ $value }' for '{ $arg }': { $why }
cli-unknown-argument = unexpected argument '{ $arg }' found
cli-unknown-command = unrecognized subcommand '{ $command }'
cli-no-such-command = there is no command '{ $command }'; the commands are check, fmt, export, new, present and help
cli-missing-argument = the following required arguments were not provided: { $args }
cli-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-wrong-count = '{ $arg }' has the wrong number of values
cli-invalid-arguments = the arguments are not valid

cli-export-format = The format: png (an image), pdf, svg, md (a Markdown outline), csv (a table) or mmd (a Mermaid journey) [default: from OUT's extension, else png]
cli-export-page = The PDF's pages: fit (one page the size of the map), a4-landscape, a4-portrait, a3-landscape or a3-portrait [default: fit]
cli-export-table = The CSV's table: cards (one row per card), emotions (one row per emotion point) or metrics (one row per stage metric) [default: cards]
cli-export-lane = A lane kind whose cards become Mermaid tasks (repeat for several): touchpoints, actions, thoughts, painpoints, opportunities, goals, backstage or notes [default: touchpoints and actions]
cli-value-format = FORMAT
cli-value-page = PAGE
cli-value-table = TABLE
cli-value-kind = KIND
cli-one-of = it must be one of { $names }
cli-export-done-pages = { $name }: exported ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
})
cli-export-done-bytes = { $name }: exported ({ $size } bytes)
cli-import-about = Import a Mermaid journey as a map: sections become stages, actors personas, tasks cards, scores emotions
cli-import-usage = percorso import [OPTIONS] <FILE>
cli-import-file = The Mermaid journey to import (.mmd)
cli-import-out = Where to write the map [default: FILE with the extension .ron]
cli-import-force = Overwrite OUT if it exists
cli-value-out-ron = OUT.ron
cli-import-same-file = the map would overwrite the journey it comes from; choose another name with -o
cli-import-done = { $name }: imported ({ $summary })
cli-export-progress = exporting… { $done }
cli-report-about = Print a map's insights as Markdown: where the journey loses customers, where it hurts, the moments of truth, how much is known, happiness
cli-report-usage = percorso report [OPTIONS] <FILE>
cli-report-file = The map to read (.ron, or a PNG, PDF or SVG exported by Percorso)
cli-report-out = Write the report to this file instead of printing it
cli-report-same-file = the report would overwrite the map; choose another name with -o
cli-report-done = { $name }: report written
