// Calendars for the extractor: Gregorian day numbers and ISO strings, Solar Hijri conversion.
export * from './gregorian.ts';
export * from './solar-hijri.ts';
