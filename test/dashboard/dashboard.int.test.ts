// The dashboard in a real browser: Debian's headless Chromium driven by playwright-core (which
// never downloads a browser; scripts/ensure-browser.sh installs Chromium and the Arabic-script
// fonts from Debian's packages when they are missing), against the real server and Neo4j.
// Leaves a screenshot in reports/dashboard.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishEventAdded } from '../../src/api/pubsub.ts';
import { gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { clickActor, drawn, EVENT_ITEMS, item, poll, REPORTS, timelineIds, useDashboard, VIEWPORT } from './browser.ts';
import { ACTORS, ARTICLES, FA_QUOTE, LIVE, idOf, loadArticles } from './fixture.ts';

const SCREENSHOT = path.join(REPORTS, 'dashboard.png');

const dash = useDashboard(async (graph) => {
  await resetGraph(graph);
  await loadArticles(graph, ARTICLES);
}, openTestGraph);

const open = (query = '', setup?: (page: Page) => Promise<unknown>) => dash.current.open(query, setup);

describe('dashboard', () => {
  it('is served at / and /dashboard, with the libraries from node_modules', async () => {
    const root = await fetch(`${dash.current.base}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/dashboard/');
    for (const file of ['vendor/vis-timeline-graph2d.min.js', 'vendor/cytoscape.esm.min.mjs', 'app.js']) {
      const res = await fetch(`${dash.current.base}/dashboard/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
  });

  it('loads the graph: timeline items by type and precision, network nodes and meeting edges', async () => {
    const page = await open();
    // 7 dated events (the fa and en accounts of the Ankara meeting are one event).
    await poll(() => drawn(page)).toBe(7);
    expect(await page.locator('.vis-item.event.vis-range.p-MONTH').count()).toBe(2); // month-precision: spans
    expect(await page.locator('.vis-item.event.vis-box.p-DAY').count()).toBe(5);
    // Planned events are hollow and dashed; occurred ones filled with the type's colour.
    const planned = await page.locator('.vis-item.t-VISIT.s-PLANNED').evaluate((el) => getComputedStyle(el).borderStyle);
    expect(planned).toBe('dashed');
    const meeting = await item(page, 'Lavrov – al-Shaibani').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(meeting).toBe('rgb(78, 121, 167)');
    // Network: the meeting-like events' participants; the phone call is an edge too.
    const net = await page.evaluate(() => {
      const cy = (window as any).khabarDashboard.cy;
      return { nodes: cy.nodes().map((n: any) => n.id()).sort(), edges: cy.edges().length };
    });
    expect(net.nodes).toEqual([ACTORS.ARAGHCHI, ACTORS.FIDAN, ACTORS.LAVROV, ACTORS.SHAIBANI, ACTORS.PUTIN, ACTORS.SHARAA, ACTORS.ERDOGAN].map((a) => a.id).sort());
    // Meetings Araghchi–Fidan, Lavrov–al-Shaibani, Putin–al-Sharaa, the call Erdoğan–Putin, the planned visit.
    expect(net.edges).toBe(5);
    await page.close();
  });

  it('filters the timeline by the actor clicked in the network, and keeps it in the link', async () => {
    const page = await open();
    await clickActor(page, ACTORS.PUTIN.id);
    await page.waitForURL(/actors=vladimir-putin/);
    await page.waitForSelector('body[data-state="ready"]');
    // Putin's events: the meeting with al-Sharaa, the invitation, the call with Erdoğan.
    await poll(() => drawn(page)).toBe(3);
    expect(await page.locator(EVENT_ITEMS, { hasText: 'Araghchi' }).count()).toBe(0);
    expect(await page.locator('.actor-chip').innerText()).toContain('Vladimir Putin');
    // The network is now Putin's neighbourhood.
    const nodes = await page.evaluate(() => (window as any).khabarDashboard.cy.nodes().map((n: any) => n.id()).sort());
    expect(nodes).toEqual([ACTORS.SHARAA.id, ACTORS.ERDOGAN.id, ACTORS.PUTIN.id].sort());
    // Clicking the same actor again clears the filter.
    const ids = await timelineIds(page);
    expect(ids).toHaveLength(3);
    await page.locator('.actor-chip button').click();
    await poll(() => drawn(page)).toBe(7);
    expect(page.url()).not.toContain('actors=');
    await page.close();
  });

  it('shows an event’s participants, place and sources, Persian quotes right-to-left', async () => {
    const page = await open();
    await item(page, 'Fidan – Araghchi').click(); // the meeting Fidan hosted
    await page.waitForURL(/event=/);
    const panel = page.locator('#panel');
    await poll(() => panel.locator('li.source').count()).toBe(2);
    const fa = panel.locator('blockquote.quote[lang="fa"]');
    expect(await fa.getAttribute('dir')).toBe('rtl');
    expect(await fa.innerText()).toBe(FA_QUOTE);
    expect(await fa.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await panel.locator('blockquote.quote[lang="en"]').getAttribute('dir')).toBe('ltr');
    expect(await panel.locator('dl.facts').innerText()).toContain('Ankara');
    expect(await panel.locator('ul.participants').innerText()).toMatch(/Abbas Araghchi[\s\S]*Hakan Fidan/);
    // The Persian text is set in an Arabic-script font from Debian's packages, not a fallback box font.
    const fonts = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عراقچی'));
    expect(fonts).toBe(true);
    await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5); // no tooltip over the picture
    await page.screenshot({ path: SCREENSHOT });
    // The participant buttons filter too.
    await panel.locator('button.actor', { hasText: 'Hakan Fidan' }).click();
    await page.waitForURL(/actors=hakan-fidan/);
    await poll(() => drawn(page)).toBe(2);
    await page.close();
  });

  it('opens a shared link in the same state', async () => {
    const { data } = await gql<{ timeline: { nodes: { id: string }[] } }>(dash.current.app, `{ timeline(actorIds: ["${ACTORS.SHAIBANI.id}"]) { nodes { id } } }`);
    const eventId = data!.timeline.nodes[0]!.id;
    const page = await open(`?actors=${ACTORS.SHAIBANI.id}&types=MEETING,VISIT&from=2024-01-01&to=2024-12-31&event=${eventId}`);
    await poll(() => page.locator('li.source').count()).toBe(1);
    expect(await page.locator('blockquote.quote[lang="ar"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.actor-chip').innerText()).toContain('Asaad al-Shaibani');
    expect(await page.locator('.type-chip[aria-pressed="true"]').allInnerTexts()).toEqual(['Meeting', 'Visit']);
    expect(await page.inputValue('#from')).toBe('2024-01-01');
    expect(await timelineIds(page)).toEqual([eventId]);
    // Narrowing the range in the form: the meeting (5 March) and its network edge drop out.
    await page.fill('#to', '2024-02-29');
    await page.waitForURL(/to=2024-02-29/);
    await poll(() => drawn(page)).toBe(0);
    expect(await page.evaluate(() => (window as any).khabarDashboard.cy.edges().length)).toBe(0);
    await page.close();
  });

  it('searches Persian text and shows the hits right-to-left', async () => {
    const page = await open();
    await page.fill('#search', 'فیدان');
    await page.press('#search', 'Enter');
    await page.waitForURL(/q=/);
    const hits = page.locator('li.hit');
    await poll(() => hits.count()).toBeGreaterThan(0);
    const quote = hits.first().locator('blockquote');
    expect(await quote.getAttribute('dir')).toBe('rtl');
    expect(await quote.locator('mark').first().innerText()).toContain('فیدان');
    await page.close();
  });

  it('updates live when the worker writes an article', async () => {
    const page = await open();
    await page.waitForSelector('#live[data-mode="live"]');
    expect(await drawn(page)).toBe(7);
    await loadArticles(dash.graph(), [LIVE]);
    // The worker announces after its commit; again every 500 ms in case the page's stream was
    // registered a moment after its response started (yoga's SSE).
    const announce = setInterval(() => publishEventAdded({ articleId: idOf(LIVE) }), 500);
    try {
      await poll(async () => (await timelineIds(page)).length).toBe(8);
    } finally {
      clearInterval(announce);
    }
    // The window stays where the reader left it; the new meeting is in the data and the network.
    const edge = await page.evaluate(
      ([a, b]) => (window as any).khabarDashboard.cy.edges().filter((e: any) => [e.source().id(), e.target().id()].sort().join() === [a, b].sort().join()).length,
      [ACTORS.ERDOGAN.id, ACTORS.SHARAA.id],
    );
    expect(edge).toBe(1);
    await page.close();
  });

  it('polls every 30 s when the server has no eventAdded subscription', async () => {
    // A server without the subscription answers the SSE request with a GraphQL error.
    const page = await open('', (p) =>
      p.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('subscription')) return route.continue();
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Cannot query field "eventAdded" on type "Subscription".' }] }) });
      }),
    );
    await page.waitForSelector('#live[data-mode="polling"]');
    expect(await page.locator('#live').innerText()).toContain('30 s');
    await page.close();
  });
});
