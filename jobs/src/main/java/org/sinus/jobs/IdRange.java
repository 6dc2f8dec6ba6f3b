package org.sinus.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Patient ids {@code [from, to)} of one partition.
 *
 * @param index the partition's index
 * @param from first id
 * @param to end id (exclusive), {@code >= from}
 */
record IdRange(int index, long from, long to) implements Serializable {
    private static final long serialVersionUID = 1L;

    IdRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("id range [" + from + ", " + to + ") is not a range of patient ids");
        }
    }

    long size() {
        return to - from;
    }

    /** {@code [0, patients)} cut into {@code partitions} contiguous ranges whose sizes differ by at most one. */
    static List<IdRange> split(long patients, int partitions) {
        List<IdRange> out = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            out.add(new IdRange(p, patients * p / partitions, patients * (p + 1) / partitions));
        }
        return out;
    }
}
