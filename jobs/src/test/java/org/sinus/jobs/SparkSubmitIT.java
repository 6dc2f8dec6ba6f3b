package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar runs under Spark's own launcher, {@code org.apache.spark.deploy.SparkSubmit} (what the
 * {@code spark-submit} script calls), in a fresh JVM whose class path holds Spark and its dependencies but none of
 * our modules nor the libraries the job jar must bring itself: so a missing entry in the shade include list fails
 * here.
 */
class SparkSubmitIT {
    /** Class path entries the job jar must supply on a cluster. */
    private static final Pattern OURS = Pattern.compile(
            "sinus-|/jobs/target/|commons-rng|commons-statistics|commons-numbers|snakeyaml-engine|picocli|/io/vertx/");

    @Test
    void jobJarRunsUnderSparkSubmit(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("sinus.jobJar"));
        assertTrue(Files.isRegularFile(jar), "no job jar at " + jar);
        String sparkOnly = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !OURS.matcher(e).find()).collect(Collectors.joining(File.pathSeparator));
        Path scenario = dir.resolve("submit.yaml");
        Files.writeString(scenario, """
                name: spark-submit check
                seed: 5
                cohort: {type: anterior-stemi, size: 48}
                arms:
                  - {name: control, device: none}
                  - {name: picso, device: picso}
                dashboard: {enabled: false}
                """);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("sinus.jvmFlags").trim().split("\\s+")));
        command.addAll(List.of("-cp", sparkOnly, "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                "--class", "org.sinus.jobs.SinusMain", jar.toString(), "run", scenario.toString(), "--output",
                dir.resolve("out").toString()));
        Path log = dir.resolve("submit.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "spark-submit did not finish in 180 s");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Paired difference"), output);
        assertTrue(Files.size(dir.resolve("out").resolve("patients.arrow")) > 0);
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("summary.json")));
    }
}
