// What the headless-browser tests share: Debian's Chromium launched through playwright-core
// with the flags that keep it quiet and offline, and a failure that ends the test with a
// message (tests/tests read it from stderr).
import { chromium } from "playwright-core";

/** A failure function for the test named `name`: prints why and exits non-zero. */
export const failer = (name) => (msg) => {
  console.error(`${name} failed: ${msg}`);
  process.exit(1);
};

/** Chromium, headless ($CHROMIUM, else /usr/bin/chromium). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
