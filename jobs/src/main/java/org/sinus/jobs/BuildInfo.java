package org.sinus.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The code version recorded in every output: the Maven version and the git commit. The commit comes from the
 * {@code sinus.commit} system property (the {@code ./sinus} launcher passes the working tree's, with {@code -dirty}
 * when it has uncommitted changes), else from the build ({@code sinus-build.properties}, written by Maven).
 *
 * @param version the Maven version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit abbreviated git commit, possibly suffixed {@code -dirty}, or {@code unknown}
 */
record BuildInfo(String version, String commit) {

    static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/sinus-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String built = clean(p.getProperty("commit"));
        if (built != null && "true".equals(p.getProperty("dirty"))) {
            built += "-dirty";
        }
        String commit = clean(System.getProperty("sinus.commit"));
        return new BuildInfo(p.getProperty("version", "unknown"), commit != null ? commit : built != null ? built
                : "unknown");
    }

    /** Null for absent or unfiltered ({@code ${...}}) values. */
    private static String clean(String s) {
        return s == null || s.isBlank() || s.contains("${") ? null : s.strip();
    }

    /** {@code 0.1.0-SNAPSHOT+abc1234}. */
    String codeVersion() {
        return version + "+" + commit;
    }
}
