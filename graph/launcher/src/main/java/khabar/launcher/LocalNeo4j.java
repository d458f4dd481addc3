package khabar.launcher;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j 5.26 community embedded with Bolt on a loopback address, for khabar's local mode.
 *
 * <pre>
 * EXAMPLE: java --add-opens=... -cp "target/classes:target/lib/*" khabar.launcher.LocalNeo4j \
 *            --home .khabar/neo4j --port 7687 --die-with-parent
 * stdout:  Started. bolt://127.0.0.1:7687
 * </pre>
 *
 * Options (each also read from the environment variable in brackets; arguments win):
 * --home DIR [KHABAR_NEO4J_HOME] (required; data in DIR/data, Neo4j's own logs in DIR/logs),
 * --port N [NEO4J_BOLT_PORT] (7687), --address HOST [KHABAR_NEO4J_ADDRESS] (127.0.0.1),
 * --pagecache SIZE [KHABAR_NEO4J_PAGECACHE] (512m), --tx-total SIZE [KHABAR_NEO4J_TX_TOTAL] (512m),
 * --tx-max SIZE [KHABAR_NEO4J_TX_MAX] (256m), --die-with-parent (exit when stdin closes).
 *
 * Authentication is off: Neo4j embedded starts with auth disabled, which is safe only because
 * Bolt listens on loopback. A non-loopback --address is refused for that reason.
 *
 * Order matters: the "Started." line is printed only after the default database is available,
 * a Bolt handshake on the port succeeds and a first query has run, so a reader of stdout can
 * connect at once. Anything else this program says goes to stderr.
 */
public final class LocalNeo4j {
    private static final String DATABASE = "neo4j";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private LocalNeo4j() {}

    public static void main(String[] argv) {
        Options options;
        try {
            options = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("khabar-neo4j: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (Throwable t) {
            System.err.println("khabar-neo4j: failed to start Neo4j: " + t);
            t.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(Options options) throws Exception {
        Files.createDirectories(options.home);
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.address, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.address, options.port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txTotal)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMax)
                // A query that runs away should fail, not hold the store for ever (the worker retries).
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Bolt waits 5 s twice on shutdown for idle connections and worker threads (measured: 10 of
                // 12 s of a stop); by the time we stop, our clients have closed their sessions.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // No usage reports from a developer's or CI's machine.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Keep transaction logs small: this is a developer's store, not a backup source.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
                // Neo4j's user log (what the server prints as neo4j.log) to stderr; stdout stays ours.
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("khabar-neo4j: shutting down");
                dbms.shutdown();
                System.err.println("khabar-neo4j: stopped");
            }
        };
        // SIGTERM and SIGINT run the shutdown hooks; dbms.shutdown() flushes and releases the store lock.
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "khabar-neo4j-shutdown"));

        if (options.dieWithParent) watchStdin();

        GraphDatabaseService db = dbms.database(DATABASE);
        if (!db.isAvailable(START_TIMEOUT.toMillis())) {
            throw new IllegalStateException("database '" + DATABASE + "' did not become available within " + START_TIMEOUT);
        }
        // The first query pays for the Cypher runtime's warm-up here rather than in the caller's timeout.
        db.executeTransactionally("RETURN 1");
        awaitBoltHandshake(options.address, options.port, START_TIMEOUT);

        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("khabar-neo4j: database '%s' available after %.1f s (home %s)%n", DATABASE, seconds, options.home);
        PrintStream out = System.out;
        out.println("Started. bolt://" + options.address + ":" + options.port);
        out.flush();
    }

    /** With --die-with-parent: stdin is a pipe from the parent; EOF means the parent is gone. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // The parent writes nothing; keep reading until it closes the pipe.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.err.println("khabar-neo4j: parent process gone (stdin closed)");
            System.exit(0); // runs the shutdown hook
        }, "khabar-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Bolt can be bound before it accepts sessions; a handshake proves it answers. The client sends
     * the magic preamble 0x6060B017 and four proposed versions; the server replies with the chosen one.
     * EXAMPLE: propose 5.x (range 0..4 below 5.4), 4.4, 4.3, 4.2 → the server answers 00 00 04 05.
     */
    private static void awaitBoltHandshake(String host, int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2_000);
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write(new byte[] {
                        (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17,
                        0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 2, 4});
                out.flush();
                int version = new DataInputStream(socket.getInputStream()).readInt();
                if (version != 0) return;
                last = new IOException("server accepted none of the proposed Bolt versions");
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Bolt on " + host + ":" + port + " did not answer within " + timeout, last);
    }

    /** Command-line options with environment fallbacks. */
    static final class Options {
        Path home;
        int port = 7687;
        String address = "127.0.0.1";
        long pagecache;
        long txTotal;
        long txMax;
        boolean dieWithParent;

        static Options parse(String[] argv) {
            Map<String, String> values = new HashMap<>();
            putEnv(values, "home", "KHABAR_NEO4J_HOME");
            putEnv(values, "port", "NEO4J_BOLT_PORT");
            putEnv(values, "address", "KHABAR_NEO4J_ADDRESS");
            putEnv(values, "pagecache", "KHABAR_NEO4J_PAGECACHE");
            putEnv(values, "tx-total", "KHABAR_NEO4J_TX_TOTAL");
            putEnv(values, "tx-max", "KHABAR_NEO4J_TX_MAX");
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                if (arg.equals("--die-with-parent")) {
                    o.dieWithParent = true;
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (arg.startsWith("--") && i + 1 < argv.length) {
                    values.put(arg.substring(2), argv[++i]);
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
            }
            for (String key : values.keySet()) {
                if (!Set.of("home", "port", "address", "pagecache", "tx-total", "tx-max").contains(key)) {
                    throw new IllegalArgumentException("unknown option --" + key);
                }
            }
            String home = values.get("home");
            if (home == null || home.isBlank()) throw new IllegalArgumentException("--home DIR is required");
            o.home = Path.of(home).toAbsolutePath().normalize();
            if (values.containsKey("port")) {
                try {
                    o.port = Integer.parseInt(values.get("port"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--port expects a number, got '" + values.get("port") + "'");
                }
                if (o.port < 1 || o.port > 65535) throw new IllegalArgumentException("--port out of range: " + o.port);
            }
            o.address = values.getOrDefault("address", o.address);
            if (!isLoopback(o.address)) {
                throw new IllegalArgumentException("--address must be a loopback address (authentication is off), got '" + o.address + "'");
            }
            o.pagecache = bytes(values.getOrDefault("pagecache", "512m"), "pagecache");
            o.txTotal = bytes(values.getOrDefault("tx-total", "512m"), "tx-total");
            o.txMax = bytes(values.getOrDefault("tx-max", "256m"), "tx-max");
            if (o.txMax > o.txTotal) throw new IllegalArgumentException("--tx-max must not exceed --tx-total");
            return o;
        }

        private static void putEnv(Map<String, String> values, String key, String env) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) values.put(key, v.trim());
        }

        private static long bytes(String value, String name) {
            try {
                return SettingValueParsers.BYTES.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--" + name + " expects a size such as 512m or 1g, got '" + value + "'");
            }
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        }
    }

    static {
        // Neo4j and its libraries print UTF-8 (Persian and Arabic in errors, too).
        System.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
    }
}
