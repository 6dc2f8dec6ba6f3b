/**
 * Scenario files: a YAML file becomes validated, immutable spec records ({@link org.sinus.engine.scenario.Scenario}
 * and its parts), or one {@link org.sinus.engine.scenario.ScenarioException} whose message is a single line naming
 * the file, the line, the field, the value and what is allowed.
 *
 * <p>The records validate themselves in their compact constructors (STYLE.md, principle 3), so a scenario built in
 * code obeys the same rules as one read from a file; the parser only adds locations. The file format is documented
 * in {@code docs/scenarios.md}.
 *
 * <p>May depend on: snakeyaml-engine (composing only), the JDK. Must not depend on other Sinus packages: the
 * physiology, devices and trial packages read these records, not the other way round.
 */
package org.sinus.engine.scenario;
