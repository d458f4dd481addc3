import pkg from '../package.json' with { type: 'json' };

/** The package version, shown by `khabar --version` and the `health` query. */
export const VERSION: string = pkg.version;
