package org.sinus.cohorts;

import org.sinus.engine.scenario.Endpoint;

/**
 * A per-patient, per-arm result column an {@link OutcomeModel} writes.
 *
 * @param name column name, snake case with its unit ({@code infarct_size_pct_lv})
 * @param unit unit, {@code 1} for a ratio, {@code 0/1} for an indicator
 * @param description what it is
 * @param endpoint the scenario endpoint this column is, or null for an auxiliary column (a dose, say)
 */
public record OutcomeColumn(String name, String unit, String description, Endpoint endpoint) {
}
