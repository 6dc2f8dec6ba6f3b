package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit statuses and one-line messages for bad input. */
class SinusMainTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result sinus(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SinusMain.execute(args, new PrintStream(out, true), new PrintStream(err, true), false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path good() throws IOException {
        Path f = dir.resolve("good.yaml");
        Files.writeString(f, """
                name: Good
                description: ok
                seed: 1
                cohort: {type: anterior-stemi, size: 10}
                arms: [{name: control, device: none}, {name: picso, device: picso}]
                endpoints: [infarct-size]
                output: {directory: out}
                """);
        return f;
    }

    private Path bad() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, Files.readString(good()).replace("size: 10", "size: -3"));
        return f;
    }

    private static void assertOneLineNoStackTrace(String text) {
        assertEquals(1, text.lines().count(), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    }

    @Test
    void validateReportsOneLinePerFile() throws IOException {
        Result ok = sinus("validate", good().toString(), good().toString());
        assertEquals(0, ok.status());
        assertEquals(2, ok.out().lines().count());
        assertTrue(ok.out().startsWith("OK  "), ok.out());

        Result mixed = sinus("validate", good().toString(), bad().toString(), dir.resolve("missing.yaml").toString());
        assertEquals(2, mixed.status());
        String[] lines = mixed.out().split("\n");
        assertEquals(3, lines.length, mixed.out());
        assertTrue(lines[0].startsWith("OK  "));
        assertTrue(lines[1].contains("bad.yaml:4: field 'cohort.size'"), lines[1]);
        assertTrue(lines[2].contains("missing.yaml:1: field '(file)': the file does not exist"), lines[2]);
    }

    @Test
    void runWithABadScenarioExitsTwoWithOneLine() throws IOException {
        Result r = sinus("run", bad().toString(), "--no-dashboard");
        assertEquals(2, r.status());
        assertOneLineNoStackTrace(r.err());
        assertTrue(r.err().contains("field 'cohort.size'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void runWithAMissingScenarioOrUnwritableOutputExitsTwo() throws IOException {
        Result missing = sinus("run", dir.resolve("nope.yaml").toString());
        assertEquals(2, missing.status());
        assertOneLineNoStackTrace(missing.err());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result unwritable = sinus("run", good().toString(), "--output", file.resolve("sub").toString());
        assertEquals(2, unwritable.status());
        assertOneLineNoStackTrace(unwritable.err());
        assertTrue(unwritable.err().contains("output directory"), unwritable.err());
    }

    @Test
    void badOptionsExitTwoWithOneLine() throws IOException {
        Result r = sinus("run", good().toString(), "--partitions", "many");
        assertEquals(2, r.status());
        assertOneLineNoStackTrace(r.err());
        Result zero = sinus("run", good().toString(), "--partitions", "0");
        assertEquals(2, zero.status());
        assertOneLineNoStackTrace(zero.err());
        Result none = sinus();
        assertEquals(2, none.status());
    }

    @Test
    void versionAndHelp() {
        Result v = sinus("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("sinus 0.1.0-SNAPSHOT+"), v.out());
        Result h = sinus("run", "--help");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("--partitions"), h.out());
    }
}
