## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Choose a staff PIN
staff-pin-choose-hint = The PIN protects the feedback on this device. Only a salted hash is stored. Use 6 to 12 digits and keep it with the team.
staff-pin-new = New PIN
staff-pin-repeat = The same PIN again
staff-pin-save = Save PIN
staff-pin-enter = Staff PIN
staff-pin-wrong = That PIN is not right.
staff-pin-wait = Too many wrong PINs. Wait { $seconds } s, then try again.
staff-pin-not-saved = The PIN could not be saved on this device.
staff-pin-problem-too-short = Use 6 to 12 digits.
staff-pin-problem-not-digits = Use digits 0–9 only.
staff-pin-problem-mismatch = The two PINs are not the same.
staff-setup-code = The network's setup code
staff-setup-hint = A new device can only be set up with the setup code the network's coordinator gives you. Then you choose this device's PIN.
staff-setup-wrong = That setup code is not right.
staff-setup-missing = This device cannot be set up yet: no setup code of the network was found. Connect to the internet, or ask the network's coordinator.
staff-setup-sample = This is the sample setup code from the documentation. Publish your own setup code before real use.
staff-unlock = Open
staff-lock = Lock

staff-outbox = Feedback on this device
staff-waiting = { $count ->
    [one] 1 record waiting to be sent or exported
   *[other] { $count } records waiting to be sent or exported
}
staff-outbox-unreadable = The feedback on this device cannot be read right now. Nothing was deleted.
staff-set-aside = { $count ->
    [one] 1 record was refused by the server or could not be read. It was set aside so the others keep going, and is not sent again.
   *[other] { $count } records were refused by the server or could not be read. They were set aside so the others keep going, and are not sent again.
}
staff-set-aside-download = Download the set-aside records
staff-set-aside-delete = Delete the set-aside records
staff-set-aside-confirm = Yes, delete them for good
staff-period = Period
staff-from = From
staff-to = To
staff-kind-rating = ratings
staff-kind-signal = signals
staff-kind-missing = searches without result
staff-kind-check = neighbourhood checks
staff-ratings = Ratings per offer
staff-offer = Offer
staff-count = Number
staff-average-3 = Average (1–3)
staff-average-7 = Average (1–7)
staff-checks = Neighbourhood checks
staff-check-count = { $count ->
    [one] 1 check
   *[other] { $count } checks
}
staff-compass-label = Compass of all checks in the period: further out is better. The table below has the same values.
staff-themes-caption = Average per theme (children's answers converted to 1–7)
staff-messages = Signals and words
staff-nothing-yet = Nothing yet in this period.
staff-more-in-export = { $count } more in the export.
staff-export = Export
staff-export-hint = All records of the period. CSV opens in spreadsheet programs (Arabic included); JSON is for other systems.
staff-export-csv = Download CSV
staff-export-json = Download JSON

sync-title = Send to a server
sync-hint = Optional. Records are sent in batches and leave this device only after the server confirms them.
sync-endpoint = Server address
sync-endpoint-not-https = The address must start with https:// (http only for this device itself).
sync-endpoint-spaces = The address cannot contain spaces.
sync-pin = Staff PIN (needed to change the address)
sync-save = Save address
sync-send-now = Send now
sync-sending = Sending…
sync-last-sent = Last sent: { $time } ({ $count } records)
sync-failed-network = Could not reach the server. Trying again later.
sync-failed-status = The server answered with an error. Trying again later.
sync-failed-garbage = The server's answer was not understood. Nothing was removed. Trying again later.
sync-failed-device = This device could not update its outbox. Nothing was removed. Trying again later.
sync-retry-in = Next try in { $seconds } seconds.

kiosk-title = Kiosk mode (shared tablet)
kiosk-hint = For a tablet in a waiting room. After a while without touch, a 10-second countdown, then everything of the last family is cleared (language, favourites, searches, unsent text) and a "touch to start" screen appears. Sent feedback stays. Leaving kiosk mode needs this PIN.
kiosk-on = Kiosk mode on
kiosk-idle = Seconds without touch before the countdown (5–3600)
kiosk-language = Start language for each family
kiosk-save = Save kiosk settings
kiosk-saved = Kiosk settings saved.
kiosk-not-saved = The kiosk settings could not be saved on this device.

## Importing and exporting the offer
import-title = Import the offer
import-hint = A CSV file following the template, an HSDS 3 file (JSON) or an earlier export. Nothing changes while there are errors.
import-file = Choose a file
import-reading = Reading the file…
import-errors = { $count ->
    [one] 1 error. Nothing was changed.
   *[other] { $count } errors. Nothing was changed.
}
import-in-file = File
import-row = Row { $row }
import-where = Where
import-column = Column
import-what = Problem
import-value = Value
import-problem = { $code ->
    [empty] Empty file
    [too-large] File too large (max. 8 MB)
    [binary] Not a text file (UTF-8)
    [unbalanced-quotes] Quote not closed
    [column-count] Wrong number of columns
    [unknown-column] Unknown column
    [missing-column] Column or field missing
    [wrong-type] Wrong kind of value
    [unsupported-version] Unknown version
    [wrong-language] Third column is not a language code (or is Dutch)
    [unknown-key] Unknown key: this text does not exist (any more)
    [duplicate-key] The same key twice
    [source-changed] The Dutch has changed since: download a new translation sheet
   *[unreadable] File not readable
}
import-ok = { $offers } offers from { $organizations } organisations, no errors.
import-preview = View in the app
import-apply = Apply
import-apply-sure = Replace the offer on this device with this file?
import-apply-confirm = Yes, replace
import-cancel = Cancel
import-applied = The new offer is in use on this device. Publish the JSON export to get it on every device.
import-failed = Saving failed. Nothing was changed.
export-title = Export the offer
export-json = JSON for the app
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = CSV template

## Every device's feedback, from the network's receiver
staff-source = Which messages
staff-source-device = This device
staff-source-network = All devices
staff-network-no-endpoint = This neighbourhood has no receiver. Set one below, or export per device.
staff-token = Receiver key
staff-network-fetch = Fetch
staff-network-failed = { $code ->
    [unauthorized] The receiver does not accept this key.
   *[failed] Fetching failed. Try again later.
}
staff-network-from = Figures of all devices, fetched on { $time }.
staff-network-offline = No connection: these are the last figures fetched.

## Translations of the offer and the questions
translations-title = Translations
translations-hint = How much of the offer and the questions is written in each language. Download a translation sheet (CSV) for a translator: one row per text, the Dutch beside it. Then read the filled-in sheet back here.
translations-language = Language
translations-offer = Offer
translations-questions = Questions
translations-sheet = Translation sheet
translations-percent = { $percent } %
translations-loading = Loading every language…
translations-import = Read a filled-in translation sheet
translations-ok = { $count } texts in { $language }, no problems.
translations-apply = Put into the offer on this device
translations-applied = The translation is in the offer on this device. Put the two files beside catalogue.json on the website to get them on every device.
translations-publish = Files to publish
