/**
 * `tsx docker/notify.ts --env preprod --release <sha> --result live|rolled-back|refused|failed|success|failure
 *  [--detail TEXT] [--url RUN-URL]`: posts one message to the webhook in $NOTIFY_WEBHOOK (Discord, Slack and
 * most chat webhooks accept {content, text}). Without the variable it does nothing; a failed post is reported but
 * never fails the workflow (exit 0), since the deploy itself already succeeded or failed.
 */
import {pathToFileURL} from "node:url";
import {parseArgs} from "node:util";

export interface Notice {
  env: string;
  release: string;
  result: string;
  detail?: string;
  url?: string;
}

const ICONS: Record<string, string> = {
  live: "✅",
  success: "✅",
  "rolled-back": "⏪",
  refused: "⛔",
  failed: "❌",
  failure: "❌",
  cancelled: "🚫"
};

/** The message text: one line, with the run's URL when given. */
export function noticeText(n: Notice): string {
  const icon = ICONS[n.result] ?? "ℹ️";
  const parts = [`${icon} Back to the Kitchen ${n.env}: ${n.result} — release ${n.release.slice(0, 12)}`];
  if (n.detail) parts.push(n.detail);
  if (n.url) parts.push(n.url);
  return parts.join(" · ");
}

/** Posts the notice; returns a line describing what happened. */
export async function notify(
  webhook: string | undefined,
  notice: Notice,
  fetchFn: typeof fetch = fetch
): Promise<string> {
  if (!webhook) return "notify: no NOTIFY_WEBHOOK set, nothing sent";
  const text = noticeText(notice);
  try {
    const res = await fetchFn(webhook, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({content: text, text}),
      signal: AbortSignal.timeout(10_000)
    });
    await res.arrayBuffer();
    return res.ok ? `notify: sent (${res.status})` : `notify: the webhook answered ${res.status}`;
  } catch (error) {
    return `notify: could not reach the webhook (${(error as Error).message})`;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {values} = parseArgs({
    args: process.argv.slice(2),
    options: {
      env: {type: "string", default: "?"},
      release: {type: "string", default: "?"},
      result: {type: "string", default: "unknown"},
      detail: {type: "string"},
      url: {type: "string"}
    }
  });
  notify(process.env.NOTIFY_WEBHOOK, {
    env: values.env,
    release: values.release,
    result: values.result,
    detail: values.detail,
    url: values.url
  }).then((line) => process.stdout.write(`${line}\n`));
}
