package org.sinus.engine.scenario;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks shared by the spec records; each failure names the field, the value and the allowed range. */
final class Specs {
    /** Lower-case words joined by hyphens; used for arm names, so they are safe in file names and URLs. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Specs() {
    }

    static <T> T required(String field, T value, String allowed) {
        if (value == null) {
            throw new SpecException(field, "null", allowed);
        }
        return value;
    }

    /** Checks {@code lo <= value <= hi}, or {@code lo < value} when {@code loOpen}. NaN is always rejected. */
    static void range(String field, double value, double lo, boolean loOpen, double hi) {
        final boolean aboveLo = loOpen ? value > lo : value >= lo;
        if (!(aboveLo && value <= hi)) {
            throw new SpecException(field, number(value), rangeText(lo, loOpen, hi));
        }
    }

    static void range(String field, long value, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new SpecException(field, Long.toString(value), integerRangeText(lo, hi));
        }
    }

    static String rangeText(double lo, boolean loOpen, double hi) {
        return "a number in " + (loOpen ? "(" : "[") + number(lo) + ", " + number(hi) + "]";
    }

    static String integerRangeText(long lo, long hi) {
        return "an integer in [" + lo + ", " + hi + "]";
    }

    /** Shows a double without a spurious ".0": 3.0 as "3", 0.5 as "0.5". */
    static String number(double value) {
        if (Double.isFinite(value) && Math.abs(value) < 1e15) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }

    /** A single-line text of printable characters, at most {@code maxLength} long. */
    static void line(String field, String value, int maxLength, String allowed) {
        required(field, value, allowed);
        boolean ok = !value.isBlank() && value.length() <= maxLength;
        for (int i = 0; ok && i < value.length(); i++) {
            ok = !Character.isISOControl(value.charAt(i));
        }
        if (!ok) {
            throw new SpecException(field, value, allowed);
        }
    }
}
