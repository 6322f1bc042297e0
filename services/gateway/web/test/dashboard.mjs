// Headless-browser test of the gateway's dashboard, driven by tests/tests/gateway.rs:
//   node dashboard.mjs <dashboard url> <expected.json> <screenshot dir>
// 1. Loads the page in Debian's Chromium and checks that every country's figures in the table
//    (and the map's colouring) are the expected ones; prints READY.
// 2. Waits for a line on stdin (the Rust side has ingested a new bulletin), then checks that the
//    page updated without a reload, switches to Russian, and saves screenshots.
// Exits non-zero with a message on the first failed check.
import { readFileSync, mkdirSync } from "node:fs";
import { createInterface } from "node:readline";
import { failer, launch } from "./browser.mjs";

const [url, expectedPath, shots] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
const fail = failer("dashboard test");

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  if (errors.length) fail(`page errors: ${errors.join("; ")}`);

  const cell = (cc, measure) =>
    page.locator(`#countries tr[data-country='${cc}'] td[data-measure='${measure}']`).getAttribute("data-value", { timeout: 2000 });
  for (const [cc, figures] of Object.entries(expected.countries)) {
    for (const [measure, want] of Object.entries(figures)) {
      const got = Number(await cell(cc, measure).catch(() => fail(`no ${measure} cell for ${cc}`)));
      if (Math.abs(got - want) > 1e-6) fail(`${cc} ${measure}: table shows ${got}, statistics say ${want}`);
    }
  }
  const rows = await page.locator("#countries tbody tr").count();
  if (rows !== Object.keys(expected.countries).length) fail(`table has ${rows} rows, expected ${Object.keys(expected.countries).length}`);
  const coloured = await page.locator("#map path[data-country]").count();
  if (coloured < 3) fail(`the map colours ${coloured} countries`);
  if ((await page.locator("#drugs-chart").boundingBox()).height < 100) fail("no drug chart");
  if ((await page.locator("#months-chart").boundingBox()).height < 100) fail("no monthly chart");
  const events = await page.locator("#events li[data-event-id]").count();
  if (events < 5) fail(`only ${events} latest events listed`);
  const evidence = await page.locator("#events blockquote").allTextContents();
  if (!evidence.some((e) => e.includes(expected.evidence))) fail(`no event quotes "${expected.evidence}"`);
  await page.waitForSelector("#live.on", { timeout: 10000 }).catch(() => fail("the live stream never connected"));
  const updatesBefore = Number(await page.locator("body").getAttribute("data-updates"));
  console.log("READY");

  // Phase 2: a new bulletin arrives.
  const stdin = createInterface({ input: process.stdin });
  await new Promise((resolve) => stdin.once("line", resolve));
  stdin.close();
  const { country, measure, value } = expected.after;
  await page.waitForFunction(
    ([cc, m, v]) => {
      const td = document.querySelector(`#countries tr[data-country='${cc}'] td[data-measure='${m}']`);
      return td && Math.abs(Number(td.dataset.value) - v) < 1e-6;
    },
    [country, measure, value],
    { timeout: 30000 },
  ).catch(() => fail(`the table never showed ${country} ${measure} = ${value} without a reload`));
  const updatesAfter = Number(await page.locator("body").getAttribute("data-updates"));
  if (!(updatesAfter > updatesBefore)) fail("no live update was applied");
  const mapValue = Number(await page.locator(`#map path[data-country='${country}']`).first().getAttribute("data-value"));
  if (Math.abs(mapValue - value) > 1e-6) fail(`map shows ${mapValue} for ${country}`);
  await page.waitForFunction((text) => [...document.querySelectorAll("#events blockquote")].some((q) => q.textContent.includes(text)), expected.after.evidence, { timeout: 10000 })
    .catch(() => fail("the new event is not among the latest events"));
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/dashboard.png`, fullPage: true });

  await page.click(".lang button[data-lang='ru']");
  const title = await page.locator("h1").textContent();
  if (!/Изъятия/.test(title)) fail(`Russian title is "${title}"`);
  const header = await page.locator("#countries th").first().textContent();
  if (header !== "Страна") fail(`Russian table header is "${header}"`);
  await page.screenshot({ path: `${shots}/dashboard-ru.png`, fullPage: true });
  if (errors.length) fail(`page errors: ${errors.join("; ")}`);
  console.log("DONE");
} finally {
  await browser.close();
}
