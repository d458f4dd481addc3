// The dashboard on the seed corpus: the seeds go through the real extractor and worker (as
// `npm start` does), then a real browser opens the dashboard. The page shows the graph the seeds
// produce, clicking an actor in the network filters the timeline to that actor's events, clicking
// an event shows its sources (Arabic and Persian quotes right-to-left). Leaves a screenshot in
// reports/dashboard-seeds.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/commands/ingest.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { enqueue } from '../../src/ingest/queue.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { WorkerTracker } from '../ingest/workers.ts';
import { clickActor, poll, REPORTS, timelineIds, useDashboard, VIEWPORT } from './browser.ts';

const SCREENSHOT = path.join(REPORTS, 'dashboard-seeds.png');
const SHARAA = 'ahmed-al-sharaa';
const PUTIN = 'vladimir-putin';

const tracker = new WorkerTracker();

/** Ids of dated events, optionally only those an actor took part in, straight from the graph. */
async function datedEvents(actorId?: string): Promise<string[]> {
  const { records } = await dash.graph().driver.executeQuery(
    `MATCH (e:Event) WHERE e.dateStart IS NOT NULL
       AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
     RETURN e.id AS id ORDER BY id`,
    { actor: actorId ?? null },
  );
  return records.map((r) => r.get('id') as string).sort();
}

/** Clicks an event's item on the timeline (brought into view first). */
async function clickEvent(page: Page, eventId: string): Promise<void> {
  await page.evaluate((id) => (window as any).khabarDashboard.timeline.focus(id, { animation: false, zoom: false }), eventId);
  // vis-timeline redraws on the next animation frame; measure the item after that.
  const box = await page.evaluate(
    (id) =>
      new Promise<{ x: number; y: number }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const r = ((window as any).khabarDashboard.timeline.itemSet.items[id].dom.box as HTMLElement).getBoundingClientRect();
            resolve({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
          }),
        ),
      ),
    eventId,
  );
  await page.mouse.click(box.x, box.y);
}

const dash = useDashboard(async (graph) => {
  await resetGraph(graph);
  const inputs = await readInputs([path.join(PROJECT_ROOT, 'seeds')]);
  expect(inputs.refused).toEqual([]);
  await enqueue(graph, inputs.items, { maxChars: 2_000_000 });
  const stats = await tracker.start({ graph, untilEmpty: true }).done;
  expect(stats).toMatchObject({ completed: inputs.items.length, failed: 0 });
}, openTestGraph);
const ui = { open: (query?: string) => dash.current.open(query) };

describe('dashboard on the seeds', () => {
  it('loads the seed graph: every dated event on the timeline, the actors who met in the network', async () => {
    const page = await ui.open();
    const all = await datedEvents();
    expect(all.length).toBeGreaterThan(5);
    await poll(() => timelineIds(page)).toEqual(all);
    const nodes = await page.evaluate(() => (window as any).khabarDashboard.cy.nodes().map((n: any) => n.id()));
    expect(nodes).toEqual(expect.arrayContaining([PUTIN, SHARAA, 'sergey-lavrov', 'asaad-al-shaibani']));
    await page.close();
  });

  it('clicking al-Sharaa in the network filters the timeline to his events', async () => {
    const page = await ui.open();
    await poll(async () => (await timelineIds(page)).length).toBeGreaterThan(0);
    await clickActor(page, SHARAA);
    await page.waitForURL(/actors=ahmed-al-sharaa/);
    const his = await datedEvents(SHARAA);
    expect(his.length).toBeGreaterThan(0);
    expect(his.length).toBeLessThan((await datedEvents()).length);
    await poll(() => timelineIds(page)).toEqual(his);
    await page.close();
  });

  it('clicking the 15 October 2025 Putin–al-Sharaa meeting shows its three sources, Arabic and Persian right-to-left', async () => {
    const { records } = await dash.graph().driver.executeQuery(
      `MATCH (e:Event {type: 'MEETING'}) WHERE e.dateStart = date('2025-10-15')
         AND EXISTS { (:Actor {id: $a})-[:PARTICIPATED_IN]->(e) } AND EXISTS { (:Actor {id: $b})-[:PARTICIPATED_IN]->(e) }
       RETURN e.id AS id, COLLECT { MATCH (e)-[:REPORTED_IN]->(x:Article) RETURN x.language } AS languages`,
      { a: PUTIN, b: SHARAA },
    );
    expect(records).toHaveLength(1);
    const eventId = records[0]!.get('id') as string;
    const languages = (records[0]!.get('languages') as string[]).sort();
    expect(languages).toHaveLength(3);
    const page = await ui.open(`?actors=${SHARAA}`);
    await poll(() => timelineIds(page)).toContain(eventId);
    await clickEvent(page, eventId);
    await page.waitForURL(new RegExp(`event=${eventId}`));
    const panel = page.locator('#panel');
    await poll(() => panel.locator('li.source').count()).toBe(3);
    const quoteLangs = await panel.locator('blockquote.quote').evaluateAll((els) => els.map((el) => el.getAttribute('lang')!));
    expect(quoteLangs.sort()).toEqual(languages);
    for (const lang of ['ar', 'fa'].filter((l) => languages.includes(l))) {
      const quote = panel.locator(`blockquote.quote[lang="${lang}"]`).first();
      expect(await quote.getAttribute('dir')).toBe('rtl');
      expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    }
    expect(await panel.locator('ul.participants').innerText()).toMatch(/Vladimir Putin/);
    expect(await panel.locator('ul.participants').innerText()).toMatch(/Ahmed al-Sharaa/);
    await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5); // no tooltip over the picture
    await page.screenshot({ path: SCREENSHOT });
    await page.close();
  });
});
