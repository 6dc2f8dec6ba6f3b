package org.sinus.engine.scenario;

/**
 * A scenario file cannot be used. {@link #getMessage()} is one line, meant to be shown to the user as it is:
 * <pre>
 *   FILE:LINE: field 'PATH': PROBLEM; allowed: ALLOWED
 *   scenarios/x.yaml:12: field 'arms[1].picso.release-s': value '-2' is not allowed; allowed: a number in [0.5, 60]
 * </pre>
 * Lines count from 1. {@code PATH} is the field in the file, or a pseudo-field in parentheses for problems of the
 * file as a whole: {@code (file)} (cannot be read, not UTF-8 text, not YAML) and {@code (top level)}.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PART = 200;

    private final String file;
    private final int line;
    private final String field;

    /**
     * Creates the exception; each part is flattened to one line and shortened if very long.
     *
     * @param file the file name as the user gave it
     * @param line the line, from 1
     * @param field the field path, e.g. {@code arms[1].name}, or {@code (file)}
     * @param problem what is wrong, e.g. {@code value '-2' is not allowed}
     * @param allowed what is allowed
     */
    public ScenarioException(String file, int line, String field, String problem, String allowed) {
        super(oneLine(file) + ":" + Math.max(1, line) + ": field '" + oneLine(field) + "': " + oneLine(problem)
            + "; allowed: " + oneLine(allowed));
        this.file = file;
        this.line = Math.max(1, line);
        this.field = field;
    }

    /** @return the file name as given */
    public String file() {
        return file;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the field path, or a pseudo-field such as {@code (file)} */
    public String field() {
        return field;
    }

    /** Returns the message only, so that printing the exception never shows a class name. */
    @Override
    public String toString() {
        return getMessage();
    }

    /** Replaces control characters (line breaks, tabs, NUL...) by escapes and shortens to a bounded length. */
    static String oneLine(String s) {
        if (s == null) {
            return "null";
        }
        final StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_PART) + 8);
        for (int i = 0; i < s.length() && b.length() < MAX_PART; i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (b.length() >= MAX_PART) {
            b.setLength(MAX_PART);
            b.append("...");
        }
        return b.toString();
    }
}
