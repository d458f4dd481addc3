// The launcher's logic that needs no Neo4j: build stamps, Maven and Java failures, the port check,
// pid files. Maven and Java are replaced by small shell scripts; the real start is covered by the
// integration run, whose global setup starts Neo4j through this module.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import {
  assertPortFree,
  boltHandshake,
  ensureLauncherBuilt,
  freePort,
  isLauncherBuildCurrent,
  javaArgs,
  launcherPaths,
  launcherSourceHash,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../src/graph/launcher.ts';
import { logger } from '../../src/logger.ts';

const log = logger.child({ test: 'launcher' });
log.level = 'silent';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'khabar-launcher-test-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A launcher project with a pom and one source file. */
async function fakeProject(): Promise<string> {
  const dir = path.join(tmp, 'launcher');
  await mkdir(path.join(dir, 'src', 'main', 'java', 'khabar', 'launcher'), { recursive: true });
  await writeFile(path.join(dir, 'pom.xml'), '<project/>');
  await writeFile(path.join(dir, 'src', 'main', 'java', 'khabar', 'launcher', 'LocalNeo4j.java'), 'class LocalNeo4j {}');
  return dir;
}

/** What a successful `mvn package` leaves behind. */
async function fakeBuildOutput(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'target', 'lib'), { recursive: true });
  await writeFile(path.join(dir, 'target', 'khabar-neo4j-launcher.jar'), '');
  await writeFile(path.join(dir, 'target', 'lib', 'neo4j-5.26.0.jar'), '');
}

async function script(name: string, body: string): Promise<string> {
  const file = path.join(tmp, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

async function markBuilt(dir: string): Promise<void> {
  await fakeBuildOutput(dir);
  await writeFile(path.join(dir, 'target', 'khabar-build.stamp'), `${await launcherSourceHash(dir)}\n`);
}

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const srv = createServer((socket) => socket.destroy());
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });
}

function portOf(srv: Server): number {
  const addr = srv.address();
  if (typeof addr !== 'object' || !addr) throw new Error('no address');
  return addr.port;
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('launcherSourceHash', () => {
  it('changes with the pom and the sources, and ignores target/', async () => {
    const dir = await fakeProject();
    const first = await launcherSourceHash(dir);
    expect(await launcherSourceHash(dir)).toBe(first);

    await fakeBuildOutput(dir);
    expect(await launcherSourceHash(dir)).toBe(first);

    await writeFile(path.join(dir, 'src', 'main', 'java', 'khabar', 'launcher', 'LocalNeo4j.java'), 'class LocalNeo4j { int x; }');
    const edited = await launcherSourceHash(dir);
    expect(edited).not.toBe(first);

    await writeFile(path.join(dir, 'src', 'main', 'java', 'khabar', 'launcher', 'Other.java'), '');
    const added = await launcherSourceHash(dir);
    expect(added).not.toBe(edited);

    await writeFile(path.join(dir, 'pom.xml'), '<project><version>2</version></project>');
    expect(await launcherSourceHash(dir)).not.toBe(added);
  });
});

describe('isLauncherBuildCurrent', () => {
  it('needs the stamp of these sources, the launcher jar and the libraries', async () => {
    const dir = await fakeProject();
    expect(await isLauncherBuildCurrent(dir)).toBe(false);
    await markBuilt(dir);
    expect(await isLauncherBuildCurrent(dir)).toBe(true);

    await rm(path.join(dir, 'target', 'lib'), { recursive: true });
    expect(await isLauncherBuildCurrent(dir)).toBe(false);

    await markBuilt(dir);
    await writeFile(path.join(dir, 'pom.xml'), '<project><!-- new Neo4j --></project>');
    expect(await isLauncherBuildCurrent(dir)).toBe(false);
  });
});

describe('ensureLauncherBuilt', () => {
  it('does not run Maven when the build is current', async () => {
    const dir = await fakeProject();
    await markBuilt(dir);
    const result = await ensureLauncherBuilt({ launcherDir: dir, mvn: path.join(tmp, 'no-such-mvn'), log });
    expect(result.built).toBe(false);
    expect(result.classpath.split(path.delimiter)).toEqual([path.join(dir, 'target', 'khabar-neo4j-launcher.jar'), path.join(dir, 'target', 'lib', '*')]);
  });

  it('builds when sources changed, drops stale jars, and stamps the result', async () => {
    const dir = await fakeProject();
    await mkdir(path.join(dir, 'target', 'lib'), { recursive: true });
    await writeFile(path.join(dir, 'target', 'lib', 'neo4j-5.25.0.jar'), '');
    const calls = path.join(tmp, 'mvn-calls');
    const mvn = await script(
      'mvn',
      `echo "$@" >> ${calls}\nmkdir -p target/lib\ntouch target/khabar-neo4j-launcher.jar target/lib/neo4j-5.26.30.jar`,
    );
    // Without Java the class-data archive is skipped with a warning; the build still counts.
    const java = path.join(tmp, 'no-such-java');
    expect((await ensureLauncherBuilt({ launcherDir: dir, mvn, java, log })).built).toBe(true);
    expect(existsSync(path.join(dir, 'target', 'lib', 'neo4j-5.25.0.jar'))).toBe(false);
    expect(await readFile(calls, 'utf8')).toBe('-B -q -ntp package\n');
    expect(await isLauncherBuildCurrent(dir)).toBe(true);

    expect((await ensureLauncherBuilt({ launcherDir: dir, mvn, java, log })).built).toBe(false);
    expect((await readFile(calls, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('runs one Maven at a time; a second caller waits and uses its build', async () => {
    const dir = await fakeProject();
    const calls = path.join(tmp, 'mvn-calls');
    const mvn = await script('mvn', `echo run >> ${calls}\nsleep 1\nmkdir -p target/lib\ntouch target/khabar-neo4j-launcher.jar target/lib/a.jar`);
    const java = path.join(tmp, 'no-such-java');
    const results = await Promise.all([ensureLauncherBuilt({ launcherDir: dir, mvn, java, log }), ensureLauncherBuilt({ launcherDir: dir, mvn, java, log })]);
    expect(results.map((r) => r.built).sort()).toEqual([false, true]);
    expect(await readFile(calls, 'utf8')).toBe('run\n');
    expect(existsSync(path.join(dir, 'target', '.khabar-build.lock'))).toBe(false);
  });

  it('takes over a build lock left by a process that is gone', async () => {
    const dir = await fakeProject();
    const gone = spawn('true');
    await new Promise((r) => gone.once('exit', r));
    await mkdir(path.join(dir, 'target', '.khabar-build.lock'), { recursive: true });
    await writeFile(path.join(dir, 'target', '.khabar-build.lock', 'pid'), String(gone.pid));
    const mvn = await script('mvn', 'mkdir -p target/lib\ntouch target/khabar-neo4j-launcher.jar target/lib/a.jar');
    expect((await ensureLauncherBuilt({ launcherDir: dir, mvn, java: path.join(tmp, 'no-such-java'), log })).built).toBe(true);
  });

  it('says Maven is missing, with a hint', async () => {
    const dir = await fakeProject();
    const err = await rejection(ensureLauncherBuilt({ launcherDir: dir, mvn: path.join(tmp, 'no-such-mvn'), log }));
    expect(err.code).toBe('LAUNCHER_FAILED');
    expect(err.message).toMatch(/Maven \(.*no-such-mvn\) was not found/);
    expect(err.hint).toMatch(/Install Maven/);
  });

  it('shows the tail of Maven output when the build fails', async () => {
    const dir = await fakeProject();
    const mvn = await script('mvn', 'for i in $(seq 1 40); do echo "[ERROR] line $i"; done\nexit 1');
    const err = await rejection(ensureLauncherBuilt({ launcherDir: dir, mvn, log }));
    expect(err.code).toBe('LAUNCHER_FAILED');
    expect(err.message).toMatch(/Maven failed .*\(exit 1\)/);
    expect(err.message).toContain('[ERROR] line 40');
    expect(err.message).not.toContain('[ERROR] line 1\n');
    expect(await isLauncherBuildCurrent(dir)).toBe(false);
  });
});

describe('assertPortFree', () => {
  it('passes for a free port', async () => {
    await expect(assertPortFree(await freePort())).resolves.toBeUndefined();
  });

  it('names the port and what to do when it is taken', async () => {
    const srv = await listen();
    try {
      const port = portOf(srv);
      const err = await rejection(assertPortFree(port));
      expect(err.code).toBe('LAUNCHER_FAILED');
      expect(err.message).toContain(`port ${port} is in use: another process listens on 127.0.0.1:${port}`);
      expect(err.message).toContain('set NEO4J_BOLT_PORT or stop the other process');
    } finally {
      await new Promise((r) => srv.close(r));
    }
  });

  it('recognises a Bolt server on the port (another Neo4j)', async () => {
    // A fake server that answers the Bolt handshake as Neo4j 5 does: the chosen version, 5.4.
    const srv = createServer((socket) => {
      socket.once('data', (chunk: Buffer) => {
        if (chunk.subarray(0, 4).toString('hex') === '6060b017') socket.end(Buffer.from('00000405', 'hex'));
        else socket.destroy();
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    try {
      const port = portOf(srv);
      expect(await boltHandshake(port, 2_000)).toBe(true);
      const err = await rejection(assertPortFree(port));
      expect(err.message).toContain(`port ${port} is in use: a Bolt server (another Neo4j?) answers on 127.0.0.1:${port}`);
      expect(err.hint).toContain(`NEO4J_URI=bolt://127.0.0.1:${port}`);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  });

  it('does not take a silent listener for Bolt', async () => {
    const srv = await listen();
    try {
      expect(await boltHandshake(portOf(srv), 2_000)).toBe(false);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  });
});

describe('startLocalNeo4j failures', () => {
  it('says Java is missing and leaves no pid file', async () => {
    const dir = await fakeProject();
    await markBuilt(dir);
    const dataDir = path.join(tmp, 'data');
    const err = await rejection(
      startLocalNeo4j({ port: await freePort(), dataDir, attached: true, launcherDir: dir, java: path.join(tmp, 'no-such-java'), log }),
    );
    expect(err.message).toMatch(/Java \(.*no-such-java\) was not found/);
    expect(err.hint).toMatch(/Install Java 17/);
    expect(existsSync(launcherPaths(dataDir).pidFile)).toBe(false);
  });

  it('reports the JVM output when it dies before "Started."', async () => {
    const dir = await fakeProject();
    await markBuilt(dir);
    const dataDir = path.join(tmp, 'data');
    const java = await script('java', 'echo "Error: LinkageError occurred while loading main class"\necho "java.lang.UnsupportedClassVersionError: compiled by a more recent version" >&2\nexit 1');
    const err = await rejection(startLocalNeo4j({ port: await freePort(), dataDir, attached: true, launcherDir: dir, java, log, timeoutMs: 20_000 }));
    expect(err.message).toMatch(/did not start: the JVM exited \(code 1\)/);
    expect(err.message).toContain('UnsupportedClassVersionError');
    expect(err.hint).toMatch(/Java 17/);
    expect(existsSync(launcherPaths(dataDir).pidFile)).toBe(false);
  });

  it('passes the home, port, loopback address and --die-with-parent to the JVM', async () => {
    const dir = await fakeProject();
    await markBuilt(dir);
    const dataDir = path.join(tmp, 'data');
    const port = await freePort();
    const java = await script('java', 'echo "ARGS $@"\nexit 3');
    const err = await rejection(startLocalNeo4j({ port, dataDir, attached: true, launcherDir: dir, java, log }));
    const home = launcherPaths(dataDir).home;
    expect(err.message).toContain(`khabar.launcher.LocalNeo4j --home ${home} --port ${port} --address 127.0.0.1 --die-with-parent`);
    expect(err.message).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(err.message).toMatch(/the JVM exited \(code 3\)/);
  });

  it('checks the port before starting Java', async () => {
    const dir = await fakeProject();
    await markBuilt(dir);
    const srv = await listen();
    try {
      const err = await rejection(
        startLocalNeo4j({ port: portOf(srv), dataDir: path.join(tmp, 'data'), attached: false, launcherDir: dir, java: path.join(tmp, 'no-such-java'), log }),
      );
      expect(err.message).toMatch(/^port \d+ is in use/);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  });
});

describe('javaArgs', () => {
  it('ties the JVM to its parent only when attached', () => {
    const base = { classpath: 'cp', home: '/h', port: 7687 };
    expect(javaArgs({ ...base, attached: true })).toContain('--die-with-parent');
    expect(javaArgs({ ...base, attached: false })).not.toContain('--die-with-parent');
    for (const open of ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch']) {
      expect(javaArgs({ ...base, attached: false })).toContain(`--add-opens=${open}=ALL-UNNAMED`);
    }
  });
});

describe('pid files', () => {
  it('reports stopped and stops nothing without a pid file', async () => {
    const dataDir = path.join(tmp, 'data');
    expect((await localNeo4jStatus(dataDir)).running).toBe(false);
    expect(await stopLocalNeo4j(dataDir)).toEqual({ stopped: false });
  });

  it('never signals a live process that is not the launcher (a recycled pid)', async () => {
    const paths = launcherPaths(path.join(tmp, 'data'));
    await mkdir(paths.dataDir, { recursive: true });
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const record = { pid: other.pid, port: 7687, uri: 'bolt://127.0.0.1:7687', attached: false, ownerPid: 1, startedAt: new Date().toISOString() };
      await writeFile(paths.pidFile, JSON.stringify(record));
      expect((await localNeo4jStatus(paths.dataDir)).running).toBe(false);
      expect(await stopLocalNeo4j(paths.dataDir)).toEqual({ stopped: false });
      expect(existsSync(paths.pidFile)).toBe(false);
      expect(other.exitCode).toBeNull();
      expect(other.signalCode).toBeNull();
    } finally {
      other.kill('SIGKILL');
    }
  });
});
