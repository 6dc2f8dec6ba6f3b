package org.sinus.jobs;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a run on stderr: a bar redrawn in place with patients done, percent, rate and ETA on a terminal;
 * otherwise (a log file, a pipe) one line about every 10%. Owned by the driver thread.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final long startNs = System.nanoTime();
    private int lastDecile;
    private long lastDrawNs;

    ProgressBar(PrintStream err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = Math.max(1, total);
    }

    double elapsedS() {
        return (System.nanoTime() - startNs) / 1e9;
    }

    /** Seconds to go at the rate so far; NaN before any progress. */
    double etaS(long done) {
        return done <= 0 ? Double.NaN : elapsedS() * (total - done) / done;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDrawNs > 200_000_000L || done >= total) {
                err.print("\r" + line(done));
                err.flush();
                lastDrawNs = now;
            }
        } else {
            int decile = (int) (10 * done / total);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(line(done));
            }
        }
    }

    /** Ends the bar's line on a terminal. */
    void finish(long done) {
        if (terminal) {
            err.println("\r" + line(done));
        } else if (lastDecile < 10) {
            err.println(line(done));
        }
    }

    String line(long done) {
        double fraction = Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = elapsedS();
        double rate = elapsed > 0 ? done / elapsed : 0;
        String bar = terminal ? "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " : "";
        return String.format(Locale.ROOT, "%s%,d/%,d patients %3.0f%%  %.1f patients/s  elapsed %s  ETA %s", bar,
                done, total, 100 * fraction, rate, duration(elapsed), duration(etaS(done)));
    }

    static String duration(double s) {
        if (!Double.isFinite(s)) {
            return "--";
        }
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm%02ds", t / 3600, t / 60 % 60, t % 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
