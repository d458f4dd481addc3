// Export options from the edges (CLI flags, HTTP query strings), validated once with zod into
// ExportOptions. Every problem is reported in one AppError('BAD_INPUT') line.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { EVENT_TYPES, type EventType } from '../extract/types.ts';
import { CSV_PARTS, type CsvPart } from './csv.ts';
import { EXPORT_FORMATS, JSON_FLAVORS, type ExportFormat, type JsonFlavor } from './schema.ts';

export interface ExportFilter {
  /** Inclusive `YYYY-MM-DD`: events whose dates overlap [from, to]. */
  from: string | null;
  to: string | null;
  /** Events any of these actors took part in (and all their participants). */
  actors: string[] | null;
  types: EventType[] | null;
}

export interface ExportOptions extends ExportFilter {
  format: ExportFormat;
  /** Include :Article nodes and REPORTED_IN edges. @default false */
  withArticles: boolean;
  /** @default 'cytoscape' */
  jsonFlavor: JsonFlavor;
  /** Which CSV file this export writes (format csv only). @default 'nodes' */
  csvPart: CsvPart;
}

/** What the CLI and the HTTP handler hand over: strings as typed, or nothing. */
export interface RawExportOptions {
  format?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  actors?: string | undefined;
  types?: string | undefined;
  withArticles?: boolean | string | undefined;
  jsonFlavor?: string | undefined;
  csvPart?: string | undefined;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A day, month or year; a month or year means its first day as `from` and its last as `to`.
 * EXAMPLE: ("2025-07", 'start') → "2025-07-01"; ("2025-02", 'end') → "2025-02-28"; ("2025-02-30") → null
 */
export function boundOf(text: string, side: 'start' | 'end'): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : side === 'start' ? 1 : 12;
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : side === 'start' ? 1 : lastDay;
  if (day < 1 || day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function list(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  const items = [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
  return items.length ? items : null;
}

const dateField = (name: string, side: 'start' | 'end') =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return null;
      const bound = boundOf(v, side);
      if (!bound) {
        ctx.addIssue({ code: 'custom', message: `${name} "${v}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)` });
        return z.NEVER;
      }
      return bound;
    });

const schema = z
  .object({
    format: z
      .string({ error: `format is required (one of ${EXPORT_FORMATS.join(', ')})` })
      .refine((v): v is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(v), {
        error: (i) => `unknown format "${String(i.input)}" (expected one of ${EXPORT_FORMATS.join(', ')})`,
      }),
    from: dateField('from', 'start'),
    to: dateField('to', 'end'),
    actors: z.string().optional().transform(list),
    types: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const items = list(v)?.map((t) => t.toUpperCase()) ?? null;
        const unknown = items?.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t)) ?? [];
        if (unknown.length) {
          ctx.addIssue({ code: 'custom', message: `unknown event type ${unknown.map((t) => `"${t}"`).join(', ')} (expected some of ${EVENT_TYPES.join(', ')})` });
          return z.NEVER;
        }
        return items as EventType[] | null;
      }),
    withArticles: z
      .union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])])
      .optional()
      .transform((v) => v === true || v === '1' || v === 'true' || v === 'yes'),
    jsonFlavor: z
      .enum(JSON_FLAVORS, { error: (i) => `unknown JSON flavor "${String(i.input)}" (expected ${JSON_FLAVORS.join(' or ')})` })
      .default('cytoscape'),
    csvPart: z.enum(CSV_PARTS).default('nodes'),
  })
  // Runs on the parsed values, so a month shows as its first or last day.
  .refine((o) => !o.from || !o.to || o.from <= o.to, {
    error: (i) => {
      const o = i.input as { from: string; to: string };
      return `from (${o.from}) is after to (${o.to})`;
    },
  });

/** Validates raw options; throws AppError('BAD_INPUT') naming every problem. */
export function parseExportOptions(raw: RawExportOptions): ExportOptions {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', `bad export options: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data as ExportOptions;
}
