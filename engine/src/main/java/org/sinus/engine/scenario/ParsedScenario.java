package org.sinus.engine.scenario;

import java.nio.charset.StandardCharsets;

/**
 * A scenario together with the exact file it came from, for recording with the results (the SHA-256 goes into
 * {@code RunInfo.scenarioSha256}).
 *
 * @param scenario the validated scenario
 * @param fileName the file name as given by the user
 * @param text the file's text, decoded from UTF-8 without any change (a byte-order mark, if any, is kept)
 * @param sha256Hex lower-case hex SHA-256 of the file's bytes
 */
public record ParsedScenario(Scenario scenario, String fileName, String text, String sha256Hex) {

    public ParsedScenario {
        Specs.required("scenario", scenario, "a scenario");
        Specs.required("fileName", fileName, "a file name");
        Specs.required("text", text, "the file's text");
        if (sha256Hex == null || !sha256Hex.matches("[0-9a-f]{64}")) {
            throw new SpecException("sha256Hex", String.valueOf(sha256Hex), "64 lower-case hex digits");
        }
    }

    /** @return the file's bytes (UTF-8 decoding is reversible for valid input, so these are the original bytes) */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
