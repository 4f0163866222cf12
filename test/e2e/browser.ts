/** Chromium over the built pages: shared by the e2e tests and the pane section of `npm run bench`. */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const DIST = join(__dirname, "..", "..", "dist");
export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves the built add-in (dist/, or `root`) on a free localhost port, over plain http. */
export async function serveDist(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!executablePath) throw new Error("Chromium is not installed: apt-get install chromium (.ci/run does)");
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request the page or its workers made, in order. */
  readonly requests: string[];
  /** Requests to anywhere but the page's own origin (each was blocked). */
  readonly foreign: string[];
  readonly errors: string[];
  /** What the page logged as errors (a refused request, a Content-Security-Policy violation). */
  readonly consoleErrors: string[];
  readonly dialogs: string[];
}

export interface PageOptions {
  readonly width?: number;
  readonly height?: number;
  readonly colorScheme?: "light" | "dark";
  /** For taskpane.html: office.js is answered with this script, or refused when null (offline). */
  readonly officeJs?: string | null;
}

const openContexts = new Set<BrowserContext>();

/** Closes every page openPage opened (call after each test: a big workbook's worker would go on running). */
export async function closePages(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close()));
  openContexts.clear();
}

/**
 * Opens one of the built pages in a fresh context in which every request outside the page's own
 * origin is recorded and blocked (office.js alone may be answered, by a stand-in).
 */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<OpenedPage> {
  const { width = 420, height = 900, colorScheme = "light", officeJs } = options;
  const origin = new URL(url).origin;
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width, height }, colorScheme });
  openContexts.add(context);
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const isForeign = (address: string) => !address.startsWith(`${origin}/`) && !/^(blob|data):/.test(address);
  context.on("request", (request) => {
    requests.push(request.url());
    if (isForeign(request.url())) foreign.push(request.url());
  });
  await context.route(
    (address) => isForeign(address.href),
    (route) =>
      route.request().url() === OFFICE_JS && typeof officeJs === "string"
        ? route.fulfill({ contentType: "text/javascript", body: officeJs })
        : route.abort(),
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, context, requests, foreign, errors, consoleErrors, dialogs };
}
