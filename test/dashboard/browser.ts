// The dashboard in a real browser, for the dashboard's integration tests: Debian's headless
// Chromium driven by playwright-core (which never downloads a browser; scripts/ensure-browser.sh
// installs Chromium and the Arabic-script fonts from Debian's packages when they are missing),
// against the real server on a real Neo4j.
//
//   const ui = useDashboard(async () => { …fill the graph… });   // hooks: server + browser for the file
//   const ui = await openDashboard(graph);    // server + browser
//   const page = await ui.open('?actors=vladimir-putin');
//   await poll(() => drawn(page)).toBe(3);
//   ui.takeProblems();                        // console errors and uncaught exceptions so far
//   await ui.close();
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type App, type RunningServer } from '../../src/api/server.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp } from '../helpers/api.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VIEWPORT = { width: 1366, height: 768 };
/** Screenshots go to reports/ (git-ignored), kept by CI as test artifacts. */
export const REPORTS = path.join(PROJECT_ROOT, 'reports');

export interface Dashboard {
  app: App;
  base: string;
  /** A new page at /dashboard/<query>, once the dashboard says it is ready. */
  open(query?: string, setup?: (page: Page) => Promise<unknown>): Promise<Page>;
  /** Console errors and uncaught exceptions of every page since the last call. */
  takeProblems(): string[];
  close(): Promise<void>;
}

export async function openDashboard(graph: GraphConnection): Promise<Dashboard> {
  // A fresh machine: apt-get may need minutes for Chromium and the fonts.
  await promisify(execFile)('bash', [path.join(PROJECT_ROOT, 'scripts', 'ensure-browser.sh')], { timeout: 900_000 });
  const app = createTestApp(graph);
  const server: RunningServer = await startServer(app, '127.0.0.1', 0);
  const base = server.url.replace(/\/graphql$/, '');
  await mkdir(REPORTS, { recursive: true });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    await server.close();
    throw err;
  }
  // One context for every page, so the libraries come from the browser's cache after the first.
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  let problems: string[] = [];
  return {
    app,
    base,
    async open(query = '', setup) {
      const page = await context.newPage();
      await setup?.(page);
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
      await page.goto(`${base}/dashboard/${query}`);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
      return page;
    },
    takeProblems() {
      const seen = problems;
      problems = [];
      return seen;
    },
    async close() {
      await browser?.close();
      await server.close();
    },
  };
}

/** Waits for a value: the page answers after its GraphQL requests, slower on a busy machine. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** The ids of the events on the timeline, from vis-timeline's data set. */
export const timelineIds = (page: Page) =>
  page.evaluate(() => ((window as any).khabarDashboard.timeline.itemsData.getIds() as string[]).slice().sort());

/** Event items drawn on the timeline (a box item also draws a line and a dot with its classes). */
export const EVENT_ITEMS = '.vis-item.event:not(.vis-line):not(.vis-dot)';
export const drawn = (page: Page) => page.locator(EVENT_ITEMS).count();

/** The label of a timeline item is who took part, short. */
export const item = (page: Page, text: string) => page.locator(EVENT_ITEMS, { hasText: text });

/** Clicks an actor's node in the network view. */
export async function clickActor(page: Page, actorId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const { cy } = (window as any).khabarDashboard;
    const p = cy.getElementById(id).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, actorId);
  await page.mouse.click(point.x, point.y);
}

/**
 * The hooks of a dashboard test file: a graph filled by `fill` and the dashboard on it before the
 * tests, no console error after each, everything closed after them. Read `ui.current` in tests.
 */
export function useDashboard(fill: (graph: GraphConnection) => Promise<void>, open: () => Promise<GraphConnection>): { current: Dashboard; graph: () => GraphConnection } {
  const state = {} as { ui: Dashboard; graph: GraphConnection };
  beforeAll(async () => {
    state.graph = await open();
    await fill(state.graph);
    state.ui = await openDashboard(state.graph);
  }, 1_000_000);
  afterAll(async () => {
    await state.ui?.close();
    await state.graph?.driver.close();
  });
  afterEach(() => {
    expect(state.ui.takeProblems()).toEqual([]);
  });
  return {
    get current() {
      return state.ui;
    },
    graph: () => state.graph,
  };
}
