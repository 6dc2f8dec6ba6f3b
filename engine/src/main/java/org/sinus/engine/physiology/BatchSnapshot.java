package org.sinus.engine.physiology;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a fixed set of per-patient columns of a batch, saved once and restored as often as needed: how the
 * {@link Kernel} branches every device off one shared warm-up. The columns are the live arrays themselves, named
 * once at construction; {@link #save} and {@link #restore} copy the first {@code n} patients of each. Mutable, owned
 * by the kernel's thread.
 */
final class BatchSnapshot {
    private final List<double[]> live = new ArrayList<>();
    private final List<double[]> saved = new ArrayList<>();
    private final List<Object> liveOther = new ArrayList<>();
    private final List<Object> savedOther = new ArrayList<>();

    /** Adds columns of doubles (each a live array of the batch's capacity). */
    BatchSnapshot doubles(double[]... columns) {
        for (double[] c : columns) {
            live.add(c);
            saved.add(new double[c.length]);
        }
        return this;
    }

    /** Adds a column of bytes. */
    BatchSnapshot bytes(byte[] column) {
        liveOther.add(column);
        savedOther.add(new byte[column.length]);
        return this;
    }

    /** Adds a column of strings. */
    BatchSnapshot strings(String[] column) {
        liveOther.add(column);
        savedOther.add(new String[column.length]);
        return this;
    }

    /** Copies patients {@code [0, n)} of every column aside. */
    void save(int n) {
        copy(live, saved, liveOther, savedOther, n);
    }

    /** Copies patients {@code [0, n)} of every column back. */
    void restore(int n) {
        copy(saved, live, savedOther, liveOther, n);
    }

    private static void copy(List<double[]> from, List<double[]> to, List<Object> fromOther, List<Object> toOther,
            int n) {
        for (int c = 0; c < from.size(); c++) {
            System.arraycopy(from.get(c), 0, to.get(c), 0, n);
        }
        for (int c = 0; c < fromOther.size(); c++) {
            System.arraycopy(fromOther.get(c), 0, toOther.get(c), 0, n);
        }
    }
}
