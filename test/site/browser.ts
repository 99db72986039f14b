/**
 * Headless Chromium for the site's end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core with the
 * flags that work in this sandbox. Each launch gets a fresh temporary profile (playwright creates and removes it).
 */
import {existsSync} from "node:fs";

import type {Browser} from "playwright-core";
import {chromium} from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Launches Chromium, or throws a sentence saying what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install Debian's chromium (bash .ci/debian-packages) or set CHROME_PATH.`
    );
  }
  return chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true});
}
