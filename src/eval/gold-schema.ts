// The gold annotation file (`gold/v1`, ../shared/gold/seeds.gold.json), validated with zod at the edge.
import { z } from 'zod';
import { EVENT_TYPES } from '../extract/types.ts';

const goldDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a YYYY, YYYY-MM or YYYY-MM-DD date');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

export const GoldEventSchema = z.object({
  id: z.string().min(1),
  cluster: z.string().optional(),
  type: z.enum(EVENT_TYPES),
  date: goldDate.nullable(),
  /** Inclusive Gregorian bounds where the text names a Solar Hijri month. */
  range: z.tuple([isoDay, isoDay]).optional(),
  status: z.enum(['OCCURRED', 'PLANNED']).optional(),
  participants: z.array(z.string().min(1)),
  keyParticipants: z.array(z.string().min(1)).optional(),
  location: z.string().nullable().optional(),
  core: z.boolean(),
  evidence: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldArticleSchema = z.object({
  file: z.string().min(1),
  language: z.enum(['fa', 'ar', 'en']).optional(),
  publishedAt: isoDay.nullable().optional(),
  events: z.array(GoldEventSchema),
  traps: z.array(z.string()).optional(),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export const GoldFileSchema = z.object({
  schema: z.string().optional(),
  about: z.string().optional(),
  articles: z.array(GoldArticleSchema),
  scoring: z.record(z.string(), z.string()).optional(),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
