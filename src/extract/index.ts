// The extraction engine's public face: `extract(text, options)` and the contract types.
// Pure, deterministic, no I/O (see ../shared/DESIGN.md, "Extraction output").
export { extract, EXTRACTOR_VERSION, DEFAULT_MAX_INPUT_LENGTH, InputTooLargeError } from './pipeline.ts';
export { clean, type CleanBlock, type CleanResult } from './clean.ts';
export { detectLanguage } from './language.ts';
export * from './types.ts';
