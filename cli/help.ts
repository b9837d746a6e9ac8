/** The general usage text. */
export const USAGE = `svarsplikt – Swedish working-day reply clock, closed days and absence referrals

Usage:
  svarsplikt due --policy <preset|org.json> [--now <instant>] <instant>...
  svarsplikt due --policy <preset|org.json> --stdin          (one instant per line)
  svarsplikt clock --policy <preset|org.json> --received <instant> --now <instant>
                   [--acknowledged <instant> --promised YYYY-MM-DD] [--status <instant> --promised YYYY-MM-DD]...
                   [--answered <instant>] [--forwarded <instant> | --not-ours]
  svarsplikt report --policy <preset|org.json> --now <instant> [--by month|week] < messages.jsonl
  svarsplikt days <year> [--policy <preset|org.json>]
  svarsplikt referral --policy <preset|org.json> --from YYYY-MM-DD --to YYYY-MM-DD --contact "Name <address> phone" [--json]
  svarsplikt policies [--policy org.json]          (checks a configuration before the hosts get it)
  svarsplikt admin audit|order|orders|run|watch …   (for IT: see svarsplikt admin --help)
  svarsplikt <command> --help

Presets: vaxjo (3 working days), vaxholm (2, forward within 2), ale (3, target 1), vimmerby (2).
Instants are ISO 8601 with an offset, e.g. 2026-04-02T12:00:00+02:00 or 2026-04-02T10:00:00Z,
or epoch milliseconds (1775124000000).
All day logic is in Europe/Stockholm, whatever this machine's time zone.`;

/** Help per command. */
export const HELP = {
  due: `svarsplikt due --policy <preset|org.json> [--now <instant>] (<instant>... | --stdin)

Prints one JSON object per instant of receipt:
  {"received":…, "receivedLocal":…, "day0":"YYYY-MM-DD", "due":"…+01:00", "policy":…, "workingDays":N,
   "target"?:…, "state"?:…, "workingMinutesLeft"?:…, "skipped":[{"date","name"}]}
Day 0 is the day of receipt if it is a working day and the mail came before closing, else the next
working day; due is closing time on the N-th working day after day 0.
--now adds the state (on-track, due-soon, overdue) and the office minutes left.
A line that cannot be computed gives {"received":…, "error":…}; the others still come out, and the
exit code is 1.`,
  clock: `svarsplikt clock --policy <preset|org.json> --received <instant> --now <instant>
                 [--acknowledged <instant> --promised YYYY-MM-DD]
                 [--status <instant> --promised YYYY-MM-DD]... [--answered <instant>]
                 [--forwarded <instant> | --not-ours]

Prints one message's duties at --now as one JSON object:
  {"state":…, "duties":[{"kind","due","met","metAt","late","promised"?}], "received":…, "policy":…,
   "duty":<kind setting the state>|null, "promised":"YYYY-MM-DD"|null, "brokenPromises":N,
   "workingMinutesLeft":N}
Duties: acknowledge (the rule's deadline; met by a kvittens, a status update or the answer), answer
(closing time on the promised date), status-update (when a promise falls due unanswered; met by a
status update with a new date) and, for mail that is not ours, forward (the forward rule).
States: not-required, answered, forwarded, on-track, promised, due-soon, overdue, promise-broken.
Each --promised belongs to the --acknowledged or --status just before it, and must be a working
day whose closing time is still to come when promised. A refused promise gives
{"received":…, "error":…, "code":…} and exit code 1; events after --now have not happened yet.`,
  report: `svarsplikt report --policy <preset|org.json> [--now <instant>] [--by month|week] < messages.jsonl

Reads JSON lines, one per message that carries a duty:
  {"mailbox":…, "received":<instant>, "acknowledged"?:<instant>, "answered"?:<instant>, "promised"?:"YYYY-MM-DD"}
and prints one JSON line per mailbox and Stockholm month of receipt (--by week: ISO week):
  {"mailbox","period":"YYYY-MM"|"YYYY-Www","received","inTime","late","open","openOverdue",
   "shareInTime","medianResponseMinutes","brokenPromises"}
A message is met at the earlier of acknowledged and answered: in time when at or before the rule's
deadline, late after it, open when not met by --now (default: the current time). Share in time =
inTime / (received − open not yet due). Median: office minutes from receipt to first response.
A line that cannot be read gives {"line":N,"error":…}; the rest still count, and the exit code is 1.`,
  days: `svarsplikt days <year> [--policy <preset|org.json>]

Prints the closed days that fall Monday–Friday in <year>, one JSON object per line:
  {"date":"YYYY-MM-DD","name":"<Swedish name>"}
Closed: the public holidays of Lag (1989:253) plus midsommarafton, julafton and nyårsafton, and an
organisation's extra closed dates (from org.json); extra open dates are removed.`,
  referral: `svarsplikt referral --policy <preset|org.json> --from YYYY-MM-DD --to YYYY-MM-DD
                    --contact "Name <address> phone" [--contact …] [--forward address]
                    [--name "Your Name"] [--note "text"] [--lang sv,en] [--today YYYY-MM-DD] [--json]

Writes the absence referral (autoreply): subject and text, Swedish first then English, and the
compliance findings. --json prints subject, text and HTML for external and internal readers, the
back-on day and the findings. Exit code 1 when a finding is an error.`,
  policies: `svarsplikt policies [--policy <preset|org.json>]

Prints the presets, one JSON object per line, with their rule and the guideline they come from.
With --policy, checks that one configuration as every command does (its domains also against the
Public Suffix List, which the hosts do not ship) and prints it as one line with "organisation",
"domains" and "functionalMailboxes" added; a fault gives one line naming it and exit code 2.
Run it on org.json before it goes into the add-in's config/ or the Gmail add-on's ORG_CONFIG.`,
  admin: `svarsplikt admin <command> --policy org.json <credentials> [options]

For IT, over the whole organisation. Credentials (one of):
  Google Workspace:  --google-key service-account.json --google-admin it.admin@kommun.se
  Microsoft 365:     --ms-tenant <tenant id> --ms-client-id <app id> --ms-cert cert.pem [--ms-key key.pem]

  admin audit [--format json|csv|html|table] [--out report.html] [--group <group id>] [--concurrency N]
      Every mailbox's autoreply and forwarding, judged by the core's findings. json (the default when
      stdout is not a terminal): one object per line per mailbox:
        {"mailbox","autoreply":"off"|"on"|"scheduled","findings":[{"id","severity",…}],
         "forwarding":null|{"to","internal"},…}
      Exit 1 when some mailbox could not be read (its row has "error"), 2 on a usage error.
  admin order forward  --user U --to T --from YYYY-MM-DD --to-date YYYY-MM-DD [--apply] [--journal F]
  admin order delegate --user U --to T --from YYYY-MM-DD --to-date YYYY-MM-DD [--apply] [--journal F]
      Records an order in the journal (both addresses must be inside the organisation's domains).
  admin orders [--journal F]
      Lists the orders with their status (pending, starting, active, reverting, reverted, expired).
  admin run [--apply] [--journal F]
      Starts orders on their first day and undoes them at the start of the back-on day (the first
      working day after --to-date), catching up missed runs. Schedule it (see README).
  admin watch [--mailbox A]… [--owner A=person]… [--state F] [--every 5m]
              [--token-cache F | --no-token-cache]
      Marks every new duty-carrying message in the functional mailboxes (the configuration's, or
      --mailbox) with its due date: Gmail label Svarsplikt/<date>, Outlook flag + category.
      Mails the owners (--owner, default the mailbox itself) a daily digest and a warning before
      klämdagar and holiday periods. One JSON line per mailbox per cycle:
        {"mailbox","newMessages","marked","fullSync","notices","error"?}
      State (default ./svarsplikt-watch.json) survives restarts. Without --every it runs once.
      Gmail keeps its access tokens, mode 0600, in --token-cache (default <state>.tokens).
  admin report --from YYYY-MM-DD --to YYYY-MM-DD [--mailbox A]… [--format json|csv|html] [--out F]
      The follow-up per mailbox and month of receipt, collected from the mailboxes' metadata (receipt,
      triage headers, the mailbox's first reply in the thread) and counted as \`svarsplikt report\`.

Nothing changes without --apply: without it every command prints what it would do.
The journal defaults to $SVARSPLIKT_JOURNAL or ~/.svarsplikt/orders.jsonl.
HTTPS_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are honoured.`,
} as const;
