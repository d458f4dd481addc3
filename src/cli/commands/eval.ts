// `khabar eval [--gold FILE] [--seeds DIR] [--json]` (`npm run eval`): extracts the gold's
// articles and scores them by the gold file's `scoring` rules (src/eval/score.ts).
// Gold: --gold, else $KHABAR_GOLD, else ../shared/gold/seeds.gold.json, else test/fixtures/gold/seeds.gold.json.
import path from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT } from '../../config.ts';
import { formatReport, meetsTargets, TARGETS } from '../../eval/report.ts';
import { defaultGoldPath, readGold, runEval } from '../../eval/run.ts';

interface EvalFlags {
  gold?: string;
  seeds?: string;
  json?: boolean;
}

export default function register(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor against a gold annotation (precision, recall, F1, dates, participants, traps)')
    .option('--gold <file>', 'gold file (default: $KHABAR_GOLD, ../shared/gold/seeds.gold.json, test/fixtures/gold/seeds.gold.json)')
    .option('--seeds <dir>', 'folder holding the articles the gold names (default: seeds/)')
    .option('--json', 'print the figures and per-article results as JSON')
    .action(async (flags: EvalFlags) => {
      const goldPath = flags.gold ? path.resolve(flags.gold) : defaultGoldPath(PROJECT_ROOT);
      const dir = path.resolve(flags.seeds ?? path.join(PROJECT_ROOT, 'seeds'));
      const gold = await readGold(goldPath);
      const { score, extractMs } = await runEval(gold, dir);
      if (flags.json) {
        const articles = score.articles.map((a) => ({
          file: a.file,
          gold: a.gold,
          extracted: a.extracted,
          matched: a.matched.map((m) => ({ gold: m.gold.id, event: m.extracted.id, dateExact: m.dateExact, participants: m.participants })),
          misses: a.misses.map((g) => g.id),
          falseEvents: a.falseEvents.map((e) => ({ id: e.id, type: e.type, date: e.date?.value ?? null, participants: e.participants.map((p) => p.actorId), evidence: e.evidence[0]?.text ?? '' })),
          trapHits: a.trapHits.map((e) => e.id),
          duplicates: a.duplicates.map((e) => e.id),
        }));
        const { articles: _omit, ...figures } = score;
        process.stdout.write(`${JSON.stringify({ gold: goldPath, articlesDir: dir, figures, targets: TARGETS, meetsTargets: meetsTargets(score), articles }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`Gold ${goldPath}\nArticles ${dir} (${gold.articles.length}, extracted in ${extractMs.toFixed(0)} ms)\n\n`);
      process.stdout.write(formatReport(score));
      process.stdout.write(meetsTargets(score) ? 'All targets met.\n' : 'Some targets are not met.\n');
    });
}
