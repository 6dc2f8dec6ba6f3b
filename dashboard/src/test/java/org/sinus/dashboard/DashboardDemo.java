package org.sinus.dashboard;

import org.sinus.engine.trial.RunSnapshot;

/**
 * Serves an animated made-up run for looking at the page by hand:
 * {@code mvn -pl dashboard test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sinus.dashboard.DashboardDemo}
 * and open the printed address. Arguments: optional port (default any free port). The run takes about a minute,
 * then stays on its final snapshot until the process is stopped.
 */
public final class DashboardDemo {

    private DashboardDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args optional port
     * @throws InterruptedException if interrupted while pacing the fake run
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (DashboardServer server = DashboardServer.start(new DashboardOptions(null, port, null))) {
            System.out.println("Sinus dashboard demo: " + server.address());
            FakeRun run = new FakeRun(20_000, 42);
            long startNs = System.nanoTime();
            RunSnapshot s;
            do {
                Thread.sleep(600);
                s = run.advance(200, (System.nanoTime() - startNs) / 1e9);
                server.publish(s);
            } while (!s.finished());
            System.out.println("Final snapshot published; Ctrl-C to stop.");
            Thread.currentThread().join();
        }
    }
}
