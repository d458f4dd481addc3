// The local Neo4j launcher, Node side: builds graph/launcher (a small Maven project running Neo4j
// 5.26 community embedded) when its sources changed, starts it with Bolt on 127.0.0.1 attached to
// this process or detached from it, and stops it. Used by `npm start` (attached), the integration
// tests' global setup (attached, a temporary dataDir) and `khabar neo4j start|stop|status` (detached).
//
// API
//   startLocalNeo4j({ port: 7687, dataDir, attached: true })  → { uri, pid, reused, logFile, stop() }
//     EXAMPLE: const neo = await startLocalNeo4j({ port: 7687, dataDir: '.khabar', attached: true });
//              // neo.uri === 'bolt://127.0.0.1:7687'; RETURN 1 has already succeeded; await neo.stop();
//     A launcher already running on the same dataDir is reused (`reused: true`; stop() leaves it up).
//   stopLocalNeo4j(dataDir)    → { stopped, pid, forced }   SIGTERM, wait, SIGKILL after the timeout
//   localNeo4jStatus(dataDir)  → { running, pid, uri, answering, … }
//   ensureLauncherBuilt()      → { built, classpath }        Maven only when pom/sources changed
//   assertPortFree(port)       throws AppError('LAUNCHER_FAILED') naming the port and what to do
//
// Layout under dataDir (KHABAR_DATA_DIR, default <project>/.khabar, git-ignored):
//   neo4j/             Neo4j's home: data/, logs/debug.log
//   neo4j/launcher.log the JVM's stdout and stderr, appended on every start
//   neo4j.pid          JSON { pid, port, uri, attached, ownerPid, startedAt } while a launcher runs
//
// Authentication is off (Neo4j embedded's default): any user and password are accepted. That is
// safe only because Bolt listens on 127.0.0.1; the Java side refuses a non-loopback address.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.ts';
import { AppError } from '../errors.ts';
import { scoped, type Logger } from '../logger.ts';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'graph', 'launcher');
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.khabar');
/** The Java main class; `pgrep -f khabar.launcher.LocalNeo4j` finds the JVMs. */
export const MAIN_CLASS = 'khabar.launcher.LocalNeo4j';
const STAMP_FILE = 'khabar-build.stamp';
const LAUNCHER_JAR = 'khabar-neo4j-launcher.jar';
/** Class-data-sharing archive of the classes Neo4j loads while starting (see createClassArchive). */
const CLASS_ARCHIVE = 'neo4j.jsa';
const HOST = '127.0.0.1';

/**
 * JVM flags. The --add-opens and -D flags are those Neo4j 5's own neo4j.conf passes
 * (server.jvm.additional); Java 17 refuses Neo4j's reflective access to NIO without them.
 * Memory for a 2-core/24 GiB machine shared with Node, vitest and the API: heap 1 GiB
 * (Xms = Xmx as Neo4j recommends; pages are committed only when touched) plus a 512 MiB page
 * cache and at most 512 MiB of transaction state (set on the Java side) — a store of tens of
 * thousands of articles fits in the page cache.
 */
export const JVM_OPTIONS = [
  '-Xms1g',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
] as const;

export interface LauncherPaths {
  dataDir: string;
  home: string;
  logFile: string;
  pidFile: string;
}

export function launcherPaths(dataDir: string = DEFAULT_DATA_DIR): LauncherPaths {
  const dir = path.resolve(dataDir);
  const home = path.join(dir, 'neo4j');
  return { dataDir: dir, home, logFile: path.join(home, 'launcher.log'), pidFile: path.join(dir, 'neo4j.pid') };
}

// ---------------------------------------------------------------------------------------------
// Build

export interface BuildOptions {
  /** The Maven project. @default <project>/graph/launcher */
  launcherDir?: string;
  /** Maven's command. @default mvn */
  mvn?: string;
  /** The `java` command, for the class-data archive. @default $JAVA_HOME/bin/java, else java */
  java?: string;
  log?: Logger;
}

function javaCommand(java?: string): string {
  return java ?? (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
}

/** sha256 over pom.xml and src/** (relative path and content, in path order); target/ is ignored. */
export async function launcherSourceHash(launcherDir: string = LAUNCHER_DIR): Promise<string> {
  const files = ['pom.xml'];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(launcherDir, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  if (existsSync(path.join(launcherDir, 'src'))) await walk('src');
  const hash = createHash('sha256');
  for (const rel of files.sort()) {
    hash.update(`${rel}\0`).update(await readFile(path.join(launcherDir, rel))).update('\0');
  }
  return hash.digest('hex');
}

/** Jars only: class-data sharing refuses a class path with a non-empty directory (target/classes). */
export function launcherClasspath(launcherDir: string = LAUNCHER_DIR): string {
  const target = path.join(launcherDir, 'target');
  return [path.join(target, LAUNCHER_JAR), path.join(target, 'lib', '*')].join(path.delimiter);
}

/** True when target/ holds a build of exactly these sources (stamp matches, launcher jar and libraries present). */
export async function isLauncherBuildCurrent(launcherDir: string = LAUNCHER_DIR): Promise<boolean> {
  const target = path.join(launcherDir, 'target');
  const stamp = await readFile(path.join(target, STAMP_FILE), 'utf8').catch(() => '');
  if (stamp.trim() !== (await launcherSourceHash(launcherDir))) return false;
  if (!existsSync(path.join(target, LAUNCHER_JAR))) return false;
  const jars = await readdir(path.join(target, 'lib')).catch(() => [] as string[]);
  return jars.some((f) => f.endsWith('.jar'));
}

/**
 * Runs `mvn -B -q -ntp package` when the build is missing or stale, then records a class-data
 * archive (best effort); a no-op when the build is current.
 */
export async function ensureLauncherBuilt(opts: BuildOptions = {}): Promise<{ built: boolean; classpath: string }> {
  const launcherDir = opts.launcherDir ?? LAUNCHER_DIR;
  const log = opts.log ?? scoped({ component: 'neo4j-launcher' });
  const classpath = launcherClasspath(launcherDir);
  if (await isLauncherBuildCurrent(launcherDir)) return { built: false, classpath };
  const release = await buildLock(launcherDir, log);
  try {
    // Another process may have built it while this one waited for the lock.
    if (await isLauncherBuildCurrent(launcherDir)) return { built: false, classpath };
    await build(launcherDir, opts, log);
    return { built: true, classpath };
  } finally {
    await release();
  }
}

/**
 * One build at a time per launcher directory (say `npm start` and `npm test` on a fresh clone):
 * mkdir is atomic; the lock holds the builder's pid so a lock left by a killed build is taken over.
 */
async function buildLock(launcherDir: string, log: Logger): Promise<() => Promise<void>> {
  const lock = path.join(launcherDir, 'target', '.khabar-build.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  let waiting = false;
  const giveUp = Date.now() + 20 * 60_000; // a build takes minutes; a lock older than this is stale
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(path.join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => ''));
    if ((owner && !isAlive(owner)) || Date.now() > giveUp) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (!waiting) log.info(`Waiting for another process (pid ${owner || '?'}) that is building the local Neo4j launcher`);
    waiting = true;
    await delay(1_000);
  }
}

async function build(launcherDir: string, opts: BuildOptions, log: Logger): Promise<void> {
  const mvn = opts.mvn ?? 'mvn';
  const started = performance.now();
  log.info(`Building the local Neo4j launcher in ${launcherDir} with Maven (the first build downloads ~140 MB from Maven Central and may take a few minutes)`);
  const target = path.join(launcherDir, 'target');
  // Jars of an older Neo4j version would stay on the classpath next to the new ones.
  await rm(path.join(target, 'lib'), { recursive: true, force: true });
  await rm(path.join(target, STAMP_FILE), { force: true });
  await rm(path.join(target, CLASS_ARCHIVE), { force: true });
  const hash = await launcherSourceHash(launcherDir);
  const { code, output, spawnError } = await runCaptured(mvn, ['-B', '-q', '-ntp', 'package'], launcherDir);
  if (spawnError) {
    throw new AppError('LAUNCHER_FAILED', `cannot build the local Neo4j launcher: Maven (${mvn}) was not found`, {
      cause: spawnError,
      hint: 'Install Maven 3.8+ and Java 17 (Debian: apt-get install maven openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j.',
    });
  }
  if (code !== 0) {
    throw new AppError('LAUNCHER_FAILED', `Maven failed to build the local Neo4j launcher (exit ${code}); the end of its output:\n${tail(output, 25)}`, {
      hint: `Run \`mvn -B package\` in ${launcherDir} to see the whole output, or set NEO4J_URI to an existing Neo4j.`,
    });
  }
  log.info(`Built the local Neo4j launcher with Maven (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  try {
    await createClassArchive(launcherDir, javaCommand(opts.java), log);
  } catch (err) {
    log.warn(`No class-data archive for the local Neo4j (it will start more slowly): ${(err as Error).message}`);
  }
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, `${STAMP_FILE}.tmp`), `${hash}\n`);
  await rename(path.join(target, `${STAMP_FILE}.tmp`), path.join(target, STAMP_FILE));
}

/**
 * Starts Neo4j once on a throw-away store with -XX:ArchiveClassesAtExit, so later JVMs map the
 * ~12,600 classes Neo4j loads while starting instead of loading them from 210 jars. Measured on
 * this 2-core machine (busy with other work): the JVM's CPU time to "Started." drops from 20.4 s
 * to 11.9 s, wall-clock from 78–109 s to 39–59 s. The price is one extra start (and ~10–30 s to
 * write the 100 MB archive) right after a Maven build: 128 s in all on the busy machine.
 * The archive is written to a temporary name and renamed, so a concurrent start never maps a
 * half-written file; a JVM that cannot use it (another Java, changed jars) warns and goes on.
 */
async function createClassArchive(launcherDir: string, java: string, log: Logger): Promise<void> {
  const started = performance.now();
  const archive = path.join(launcherDir, 'target', CLASS_ARCHIVE);
  const part = `${archive}.${process.pid}.part`;
  const home = await mkdtemp(path.join(os.tmpdir(), 'khabar-neo4j-cds-'));
  log.info('Recording a class-data archive so that Neo4j starts faster (once per build, about a minute)');
  let output = '';
  const args = javaArgs({ classpath: launcherClasspath(launcherDir), home, port: await freePort(), attached: true });
  const child = spawn(java, [`-XX:ArchiveClassesAtExit=${part}`, ...args], { cwd: home, stdio: ['pipe', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.stdin.on('error', () => undefined);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, sig) => resolve(`exit ${sig ?? code}`));
  });
  try {
    const deadline = Date.now() + 300_000;
    let gone: string | null = null;
    void exited.then((r) => (gone = r));
    while (!/^Started\. /m.test(output)) {
      if (gone !== null) throw new Error(`the JVM ended before "Started." (${gone}): ${tail(output, 3)}`);
      if (Date.now() > deadline) throw new Error('Neo4j did not start within 300 s');
      await delay(200);
    }
    child.kill('SIGTERM'); // the archive is written at exit, after Neo4j's clean shutdown
    let timer: NodeJS.Timeout | undefined;
    const how = await Promise.race([exited, new Promise<string>((resolve) => (timer = setTimeout(resolve, 300_000, 'timeout')))]);
    clearTimeout(timer);
    if (!existsSync(part)) throw new Error(`the JVM wrote no archive (${how}): ${tail(output, 3)}`);
    await rename(part, archive);
    log.info(`Recorded ${archive} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(part, { force: true });
    await rm(home, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

function runCaptured(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string; spawnError?: Error }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') resolve({ code: null, output, spawnError: err });
      else resolve({ code: null, output: `${output}\n${err.message}` });
    });
    child.once('close', (code) => resolve({ code, output }));
  });
}

function tail(text: string, lines: number): string {
  return text
    .replace(/\x1b\[[0-9;]*m/g, '') // Maven's colour codes
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Start, stop, status

export interface StartLocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. @default 7687 */
  port?: number;
  /** khabar's data directory (KHABAR_DATA_DIR); Neo4j's home is `<dataDir>/neo4j`. @default <project>/.khabar */
  dataDir?: string;
  /** true: the JVM dies with this process (npm start, tests); false: it outlives it (`khabar neo4j start`). */
  attached: boolean;
  /** How long to wait for `RETURN 1` to succeed once the JVM is launched (a Maven build comes on top). @default 180_000 */
  timeoutMs?: number;
  /** The `java` command. @default $JAVA_HOME/bin/java, else java */
  java?: string;
  /** Passed to ensureLauncherBuilt. */
  launcherDir?: string;
  mvn?: string;
  log?: Logger;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** True when a launcher already running on this dataDir was reused; stop() then leaves it running. */
  reused: boolean;
  logFile: string;
  /** Stops the JVM this call started (SIGTERM, SIGKILL after 60 s); safe to call twice. */
  stop(): Promise<void>;
}

interface PidFile {
  pid: number;
  port: number;
  uri: string;
  attached: boolean;
  ownerPid: number;
  startedAt: string;
}

export interface LocalNeo4jStatus extends LauncherPaths {
  running: boolean;
  pid?: number;
  uri?: string;
  port?: number;
  attached?: boolean;
  /** The khabar process an attached launcher dies with. */
  ownerPid?: number;
  startedAt?: string;
  /** Whether `RETURN 1` succeeded within a couple of seconds. */
  answering?: boolean;
}

export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? scoped({ component: 'neo4j-launcher' });
  const port = opts.port ?? 7687;
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const paths = launcherPaths(opts.dataDir);
  const started = performance.now();
  let deadline = Date.now() + timeoutMs;

  const current = await localNeo4jStatus(paths.dataDir, { probe: false });
  if (current.running && current.pid !== undefined && current.uri) {
    if (current.port !== port) log.warn(`A local Neo4j already runs on ${paths.dataDir} at ${current.uri}; using it instead of port ${port}`);
    await waitForBolt(current.uri, deadline, () => null).catch((err: unknown) => {
      throw new AppError('LAUNCHER_FAILED', `a local Neo4j (pid ${current.pid}) holds ${paths.home} but does not answer at ${current.uri}`, {
        cause: err,
        hint: `Run \`khabar neo4j stop --data-dir ${paths.dataDir}\` and start again; its log is ${paths.logFile}.`,
      });
    });
    log.info(`Reusing the local Neo4j at ${current.uri} (pid ${current.pid})`);
    return { uri: current.uri, pid: current.pid, reused: true, logFile: paths.logFile, stop: async () => undefined };
  }
  await rm(paths.pidFile, { force: true }); // stale: its process is gone

  const java = javaCommand(opts.java);
  const { classpath } = await ensureLauncherBuilt({ launcherDir: opts.launcherDir, mvn: opts.mvn, java, log });
  deadline = Date.now() + timeoutMs; // the timeout is for Neo4j, not for a first Maven build
  await assertPortFree(port);
  await mkdir(paths.home, { recursive: true });
  // One generation of history is enough: the log is for "why did it not start".
  if (((await stat(paths.logFile).catch(() => null))?.size ?? 0) > 5_000_000) await rename(paths.logFile, `${paths.logFile}.1`);
  await appendFile(paths.logFile, `--- khabar: starting Neo4j on ${HOST}:${port} at ${new Date().toISOString()}\n`);
  const logOffset = (await stat(paths.logFile)).size;
  const archive = path.join(opts.launcherDir ?? LAUNCHER_DIR, 'target', CLASS_ARCHIVE);
  const args = javaArgs({ classpath, home: paths.home, port, attached: opts.attached, classArchive: existsSync(archive) ? archive : undefined });
  log.info(`Starting Neo4j 5.26 embedded on ${HOST}:${port} (${opts.attached ? 'attached' : 'detached'}; home ${paths.home})`);

  const logHandle = await open(paths.logFile, 'a');
  // Always its own session: Ctrl-C in the terminal reaches only this process, which stops the
  // server and the worker first and Neo4j last. Attached, stdin is a pipe whose end (even on
  // SIGKILL of this process) stops the JVM (--die-with-parent); detached, stdin is /dev/null.
  const child = spawn(java, args, { cwd: paths.home, detached: true, stdio: [opts.attached ? 'pipe' : 'ignore', logHandle.fd, logHandle.fd] });
  // Why the JVM is gone, once it is: 'ENOENT' when `java` is missing.
  const state: { exit: string | null } = { exit: null };
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ENOENT' ? 'ENOENT' : `could not run ${java}: ${err.message}`));
    child.once('exit', (code, sig) => resolve(`the JVM exited (${sig ?? `code ${code}`})`));
  });
  void exited.then((reason) => (state.exit = reason));
  await logHandle.close(); // the child has its own copy; listeners first, as spawn errors come on the next tick
  const killOnExit = () => child.kill('SIGTERM');
  if (opts.attached) {
    process.once('exit', killOnExit);
    child.stdin?.on('error', () => undefined); // EPIPE once the JVM is gone
  }
  // Neither the JVM nor its stdin pipe keeps this process alive; stop() or the exit hook ends it.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const fail = async (message: string, hint: string, cause?: unknown): Promise<never> => {
    if (state.exit === null) await stopPid(child.pid, 10_000);
    process.removeListener('exit', killOnExit);
    await rm(paths.pidFile, { force: true });
    throw new AppError('LAUNCHER_FAILED', message, { cause, hint });
  };

  if (child.pid === undefined) {
    const reason = await exited;
    if (reason === 'ENOENT') {
      return fail(`cannot start the local Neo4j: Java (${java}) was not found`, 'Install Java 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME, or set NEO4J_URI to an existing Neo4j.');
    }
    return fail(`cannot start the local Neo4j: ${reason}`, `See ${paths.logFile}.`);
  }
  const pid = child.pid;
  const uri = `bolt://${HOST}:${port}`;
  const record: PidFile = { pid, port, uri, attached: opts.attached, ownerPid: process.pid, startedAt: new Date().toISOString() };
  await writeFile(paths.pidFile, `${JSON.stringify(record)}\n`);

  try {
    // 1. The launcher prints "Started. bolt://…" once the database is available and Bolt answers.
    while (!/^Started\. bolt:\/\//m.test(await readFrom(paths.logFile, logOffset))) {
      if (state.exit !== null) throw new Error(state.exit);
      if (Date.now() > deadline) throw new Error(`no "Started." line within ${timeoutMs / 1000} s`);
      await delay(200);
    }
    // 2. Then a real query through the driver, as every caller will do next.
    await waitForBolt(uri, deadline, () => state.exit);
  } catch (err) {
    const output = tail(await readFrom(paths.logFile, logOffset), 30);
    return fail(`the local Neo4j did not start: ${(err as Error).message}; its last output:\n${output}`, startHint(output, paths), err);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(`Local Neo4j is up at ${uri} (pid ${pid}, ${seconds} s; log ${paths.logFile})`);

  let stopping: Promise<void> | null = null;
  return {
    uri,
    pid,
    reused: false,
    logFile: paths.logFile,
    stop: () =>
      (stopping ??= (async () => {
        await stopPid(pid, 60_000, log);
        process.removeListener('exit', killOnExit);
        await removePidFileOf(paths.pidFile, pid);
      })()),
  };
}

export function javaArgs(o: { classpath: string; home: string; port: number; attached: boolean; classArchive?: string | undefined }): string[] {
  const cds = o.classArchive ? [`-XX:SharedArchiveFile=${o.classArchive}`] : [];
  const args = [...JVM_OPTIONS, ...cds, '-cp', o.classpath, MAIN_CLASS, '--home', o.home, '--port', String(o.port), '--address', HOST];
  return o.attached ? [...args, '--die-with-parent'] : args;
}

function startHint(output: string, paths: LauncherPaths): string {
  if (/UnsupportedClassVersionError/.test(output)) return 'The launcher needs Java 17 or newer: install it or set JAVA_HOME.';
  if (/FileLock|already locked|StoreLocker/i.test(output)) return `Another process has the store in ${paths.home} open; stop it (\`khabar neo4j stop\`) or use another --data-dir.`;
  if (/BindException|Address already in use/i.test(output)) return 'Another process took the Bolt port; set NEO4J_BOLT_PORT or stop the other process.';
  return `See ${paths.logFile} and ${path.join(paths.home, 'logs', 'debug.log')}.`;
}

/** SIGTERM to the launcher in `dataDir`, wait until it is gone, SIGKILL after `timeoutMs`. */
export async function stopLocalNeo4j(dataDir: string = DEFAULT_DATA_DIR, opts: { timeoutMs?: number; log?: Logger } = {}): Promise<{ stopped: boolean; pid?: number; forced?: boolean }> {
  const paths = launcherPaths(dataDir);
  const record = await readPidFile(paths.pidFile);
  if (!record || !isLauncherProcess(record.pid)) {
    await rm(paths.pidFile, { force: true });
    return { stopped: false };
  }
  const forced = await stopPid(record.pid, opts.timeoutMs ?? 60_000, opts.log);
  await removePidFileOf(paths.pidFile, record.pid);
  return { stopped: true, pid: record.pid, forced };
}

export async function localNeo4jStatus(dataDir: string = DEFAULT_DATA_DIR, opts: { probe?: boolean } = {}): Promise<LocalNeo4jStatus> {
  const paths = launcherPaths(dataDir);
  const record = await readPidFile(paths.pidFile);
  if (!record || !isLauncherProcess(record.pid)) return { ...paths, running: false };
  const status: LocalNeo4jStatus = { ...paths, running: true, pid: record.pid, uri: record.uri, port: record.port, attached: record.attached, ownerPid: record.ownerPid, startedAt: record.startedAt };
  if (opts.probe ?? true) status.answering = await boltAnswers(record.uri, 3_000);
  return status;
}

/** Throws when something listens on 127.0.0.1:port, saying whether it speaks Bolt. */
export async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const srv = createServer();
    srv.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    srv.listen({ port, host: HOST, exclusive: true }, () => srv.close(() => resolve(null)));
  });
  if (!problem) return;
  if (problem.code !== 'EADDRINUSE') {
    throw new AppError('LAUNCHER_FAILED', `cannot use port ${port} on ${HOST}: ${problem.message}`, { cause: problem, hint: 'Set NEO4J_BOLT_PORT to a free port above 1024.' });
  }
  const what = (await boltHandshake(port, 2_000))
    ? `a Bolt server (another Neo4j?) answers on ${HOST}:${port}`
    : `another process listens on ${HOST}:${port}`;
  throw new AppError('LAUNCHER_FAILED', `port ${port} is in use: ${what}; set NEO4J_BOLT_PORT or stop the other process`, {
    cause: problem,
    hint: `To use that server instead, set NEO4J_URI=bolt://${HOST}:${port} (and NEO4J_USER/NEO4J_PASSWORD).`,
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** One `RETURN 1` in an auto-commit transaction: no driver retries, bounded by `timeoutMs`. */
async function returnsOne(uri: string, timeoutMs: number): Promise<void> {
  // Auth is off on the launcher, so any credentials do; a server with auth on answers Unauthorized.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: timeoutMs, connectionAcquisitionTimeout: timeoutMs, maxConnectionPoolSize: 1 });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

async function boltAnswers(uri: string, timeoutMs: number): Promise<boolean> {
  return returnsOne(uri, timeoutMs).then(
    () => true,
    () => false,
  );
}

/**
 * True when a Bolt server accepts a handshake on 127.0.0.1:port: the magic preamble 6060B017 and
 * four proposed versions, answered by the chosen one (non-zero). Cheaper than a driver and
 * indifferent to authentication.
 * EXAMPLE: propose 5.4…5.0, 4.4, 4.3, 4.2 → Neo4j 5.26 answers 00 00 04 05
 */
export function boltHandshake(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: HOST });
    let got = Buffer.alloc(0);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('end', () => done(false));
    socket.once('connect', () => socket.write(Buffer.from('6060b017' + '00040405' + '00000404' + '00000304' + '00000204', 'hex')));
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= 4) done(got.readUInt32BE(0) !== 0);
    });
  });
}

/** Retries `RETURN 1` until it succeeds, `deadline` passes or `dead()` reports why the JVM is gone. */
async function waitForBolt(uri: string, deadline: number, dead: () => string | null): Promise<void> {
  for (;;) {
    try {
      await returnsOne(uri, 5_000);
      return;
    } catch (err) {
      const reason = dead();
      if (reason !== null) throw new Error(reason);
      if (Date.now() > deadline) throw new Error(`RETURN 1 did not succeed in time: ${(err as Error).message.split('\n')[0]}`);
      await delay(500);
    }
  }
}

/** SIGTERM, poll until gone, SIGKILL after `timeoutMs`; true when it had to be killed. */
async function stopPid(pid: number | undefined, timeoutMs: number, log?: Logger): Promise<boolean> {
  if (pid === undefined || !isAlive(pid)) return false;
  signal(pid, 'SIGTERM');
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) {
      log?.warn(`Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000} s; killing it`);
      signal(pid, 'SIGKILL');
      for (let i = 0; i < 50 && isAlive(pid); i++) await delay(100);
      return true;
    }
    await delay(200);
  }
  return false;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Alive and not a zombie (a zombie's /proc cmdline is empty). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`).length > 0;
  } catch {
    return false;
  }
}

/** Alive and running our main class, so a recycled pid is never signalled (Linux checks /proc). */
function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return false;
  }
}

async function readPidFile(file: string): Promise<PidFile | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<PidFile>;
    if (typeof data.pid !== 'number' || typeof data.uri !== 'string' || typeof data.port !== 'number') return null;
    return data as PidFile;
  } catch {
    return null;
  }
}

async function removePidFileOf(file: string, pid: number): Promise<void> {
  if ((await readPidFile(file))?.pid === pid) await rm(file, { force: true });
}

/** The text of `file` from byte `offset` on. */
async function readFrom(file: string, offset: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buf = Buffer.alloc(Math.max(0, size - offset));
    await handle.read(buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    await handle.close();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
