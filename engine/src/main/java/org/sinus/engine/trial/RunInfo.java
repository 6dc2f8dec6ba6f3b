package org.sinus.engine.trial;

/**
 * Identity of a run, recorded in every output.
 *
 * @param scenarioName the scenario's name
 * @param scenarioTitle one-line description of the scenario
 * @param scenarioSha256 hex SHA-256 of the scenario file's bytes
 * @param seed the run seed
 * @param codeVersion Sinus version and git commit
 */
public record RunInfo(String scenarioName, String scenarioTitle, String scenarioSha256, long seed,
        String codeVersion) {
}
