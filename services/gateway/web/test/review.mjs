// Headless-browser test of reviewing in the dashboard, driven by tests/tests/corrections.rs:
//   node review.mjs <dashboard url> <reviewer token> <expected.json> <screenshot dir>
// 1. Loads the page, checks the review list ranks events with their risks, signs in with the
//    reviewer's token, corrects one event's amount through its form (a redraw, as a live update
//    makes, while typing either keeps what was typed), and waits until the table
//    and the map show the new figure without a reload and the event is marked with its original
//    value on hover; prints CORRECTED.
// 2. Waits for a line on stdin (the Rust side has checked the API), undoes the correction from
//    the same form, and waits until table and map show the extracted figure again; prints DONE.
// Exits non-zero with a message on the first failed check.
import { readFileSync, mkdirSync } from "node:fs";
import { createInterface } from "node:readline";
import { failer, launch } from "./browser.mjs";

const [url, token, expectedPath, shots] = process.argv.slice(2);
const x = JSON.parse(readFileSync(expectedPath, "utf8"));
const fail = failer("review test");

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  if (errors.length) fail(`page errors: ${errors.join("; ")}`);

  const shows = (value) => page.waitForFunction(
    ([cc, m, v]) => {
      const td = document.querySelector(`#countries tr[data-country='${cc}'] td[data-measure='${m}']`);
      const path = document.querySelector(`#map path[data-country='${cc}']`);
      return td && path && Math.abs(Number(td.dataset.value) - v) < 1e-6 && Math.abs(Number(path.dataset.value) - v) < 1e-6;
    },
    [x.country, x.measure, value],
    { timeout: 30000 },
  );
  await shows(x.before).catch(() => fail(`table and map never showed ${x.country} ${x.measure} = ${x.before}`));

  // The review list: riskiest first, each with its reasons.
  await page.waitForSelector("#review li[data-event-id]", { timeout: 10000 }).catch(() => fail("no review list"));
  const risks = await page.locator("#review .risks").allTextContents();
  if (!risks[0]) fail(`the first event in the review list has no risk: ${risks}`);

  // No token, no action; then sign in.
  if (await page.locator("#events button.correct").count()) fail("a correct action without a token");
  await page.fill("#reviewer-token", token);
  // A live update redraws the page while the reviewer types (on a slow machine the stream's
  // first message comes about now): what was typed stays.
  await page.evaluate(() => renderAll());
  await page.click("#reviewer-use");
  await page.waitForSelector("#reviewer-token", { state: "detached", timeout: 10000 })
    .catch(() => fail("the reviewer's token was not taken"));
  const item = page.locator(`#events li[data-event-id='${x.event_id}']`);
  await item.locator("button.correct").click({ timeout: 30000 }).catch(async () => {
    const listed = await page.locator("#events li").evaluateAll((lis) => lis.map((li) => `${li.dataset.eventId}:${li.querySelectorAll("button.correct").length}`));
    fail(`no correct action on event ${x.event_id}; listed (id:actions): ${listed.join(" ")}`);
  });
  await item.locator("form.correction input[name=amount]").fill(String(x.new_amount));
  await item.locator("form.correction input[name=reason]").fill("the release says 343 kg 900 g");
  await page.evaluate(() => renderAll());
  if (Number(await item.locator("form.correction input[name=amount]").inputValue()) !== x.new_amount) fail("a redraw wiped the open correction form");
  await item.locator("form.correction button.save").click();
  await shows(x.after).catch(() => fail(`table and map never showed the corrected ${x.after}`));
  const corrected = page.locator(`#events li.corrected[data-event-id='${x.event_id}']`);
  await corrected.waitFor({ timeout: 10000 }).catch(() => fail("the event is not marked corrected"));
  const hover = await corrected.locator(".badge").getAttribute("title");
  if (!hover || !hover.includes(String(x.original_amount).replace(".", "."))) fail(`hover shows "${hover}", not the original ${x.original_amount}`);
  const amount = Number(await corrected.locator(".what").getAttribute("data-amount"));
  if (Math.abs(amount - x.new_amount) > 1e-9) fail(`the event shows ${amount}`);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/review-corrected.png`, fullPage: true });
  console.log("CORRECTED");

  // Phase 2: undo.
  const stdin = createInterface({ input: process.stdin });
  await new Promise((resolve) => stdin.once("line", resolve));
  stdin.close();
  await corrected.locator("button.correct").click();
  await corrected.locator("form.correction input[name=reason]").fill("checked the release again");
  await corrected.locator("form.correction button.undo").click();
  await shows(x.before).catch(() => fail(`table and map never returned to ${x.before}`));
  await page.waitForSelector(`#events li[data-event-id='${x.event_id}']:not(.corrected)`, { timeout: 10000 })
    .catch(() => fail("the event is still marked corrected"));
  if (errors.length) fail(`page errors: ${errors.join("; ")}`);
  await page.screenshot({ path: `${shots}/review-undone.png`, fullPage: true });
  console.log("DONE");
} finally {
  await browser.close();
}
