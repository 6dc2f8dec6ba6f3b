package org.sinus.engine.scenario;

/**
 * A spec record rejected a value. Carries the field (as the scenario file spells it, relative to the record), the
 * offending value and what would have been allowed, so the parser can add the file, the line and the full field path.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    /**
     * Creates the exception.
     *
     * @param field the field, kebab-case as in the file, e.g. {@code release-s} or {@code arms[1].name}
     * @param value the rejected value as text
     * @param allowed what is allowed, e.g. {@code a number in [0.5, 60]}
     */
    public SpecException(String field, String value, String allowed) {
        super("field '" + field + "': value '" + value + "' is not allowed; allowed: " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    /** @return the field, relative to the record that threw */
    public String field() {
        return field;
    }

    /** @return the rejected value as text */
    public String value() {
        return value;
    }

    /** @return what is allowed */
    public String allowed() {
        return allowed;
    }
}
