package org.sinus.engine.physiology;

/** Range checks for parameter records: the message names the field, the value and the allowed range. */
final class Checks {
    private Checks() {
    }

    static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + " = " + value + " is outside the allowed range [" + min + ", " + max + "]");
        }
    }
}
