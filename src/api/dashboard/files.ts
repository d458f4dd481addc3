// The files the dashboard serves, and nothing else: an explicit allow-list from URL name to file on
// disk. A request for any other name is a 404, so `..`, encoded slashes or absolute paths cannot
// reach the file system.
//
// The libraries are their prebuilt browser builds, straight from node_modules (no bundler):
// vis-timeline's standalone ES module (it injects its own CSS) and Cytoscape.js's ES module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../config.ts';

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const NODE_MODULES = path.join(PROJECT_ROOT, 'node_modules');

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
} as const;
export type ContentKind = keyof typeof CONTENT_TYPES;

export interface DashboardFile {
  file: string;
  kind: ContentKind;
  /** Library builds change only with `npm install`: browsers may keep them a day. */
  vendor: boolean;
}

const own = (name: string, kind: ContentKind): DashboardFile => ({ file: path.join(PUBLIC_DIR, name), kind, vendor: false });
const vendor = (file: string, kind: ContentKind): DashboardFile => ({ file: path.join(NODE_MODULES, file), kind, vendor: true });

/** URL name under /dashboard/ → file. EXAMPLE: "" (the page itself) → public/index.html */
export const DASHBOARD_FILES: Readonly<Record<string, DashboardFile>> = {
  '': own('index.html', 'html'),
  'index.html': own('index.html', 'html'),
  'style.css': own('style.css', 'css'),
  'favicon.svg': own('favicon.svg', 'svg'),
  'app.js': own('app.js', 'js'),
  'api.js': own('api.js', 'js'),
  'state.js': own('state.js', 'js'),
  'filters.js': own('filters.js', 'js'),
  'timeline.js': own('timeline.js', 'js'),
  'network.js': own('network.js', 'js'),
  'panel.js': own('panel.js', 'js'),
  'live.js': own('live.js', 'js'),
  'format.js': own('format.js', 'js'),
  'vendor/vis-timeline-graph2d.min.js': vendor('vis-timeline/standalone/esm/vis-timeline-graph2d.min.js', 'js'),
  'vendor/vis-timeline-graph2d.min.js.map': vendor('vis-timeline/standalone/esm/vis-timeline-graph2d.min.js.map', 'map'),
  'vendor/cytoscape.esm.min.mjs': vendor('cytoscape/dist/cytoscape.esm.min.mjs', 'js'),
};
