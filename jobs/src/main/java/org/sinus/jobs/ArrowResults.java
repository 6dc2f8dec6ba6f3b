package org.sinus.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes an Arrow IPC file (the random-access "file" format, {@code .arrow}) one record batch at a time, to an
 * {@link AtomicFile}: readers never see a partial file. The run's identity goes into the schema's metadata (seed,
 * scenario name, hash and text, code version, creation time) and each column's unit into its field metadata
 * ({@code sinus.unit}). Owned by the driver thread.
 *
 * <p>Two layouts: {@link #patients} (one row per patient and arm) and {@link #failures} (the failure ledger).
 */
final class ArrowResults implements AutoCloseable {
    static final String UNIT = "sinus.unit";
    static final String DESCRIPTION = "sinus.description";

    private final BufferAllocator allocator;
    private final VectorSchemaRoot root;
    private final AtomicFile file;
    private final ArrowFileWriter writer;
    private final List<String> arms;
    private long rows;

    private ArrowResults(Schema schema, AtomicFile file, List<String> arms) throws IOException {
        this.allocator = new RootAllocator();
        this.root = VectorSchemaRoot.create(schema, allocator);
        this.file = file;
        this.arms = arms;
        this.writer = new ArrowFileWriter(root, null, file.channel());
        writer.start();
    }

    /** A per-patient results file: patient_id, arm, then the {@link ResultColumns}. */
    static ArrowResults patients(AtomicFile file, ResultColumns columns, List<String> arms,
            Map<String, String> runMetadata) throws IOException {
        List<Field> fields = new ArrayList<>();
        fields.add(field("patient_id", new ArrowType.Int(64, true), false, "1", "virtual patient id"));
        fields.add(field("arm", ArrowType.Utf8.INSTANCE, false, "", "the arm's name, as in the scenario"));
        for (ResultColumns.Column c : columns.columns()) {
            fields.add(field(c.name(), c.integer() ? new ArrowType.Int(32, true)
                    : new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), false, c.unit(), c.description()));
        }
        return new ArrowResults(new Schema(fields, runMetadata), file, arms);
    }

    /** A failure-ledger file: patient_id, arm (null when not an arm's), stage, reason, parameters. */
    static ArrowResults failures(AtomicFile file, Map<String, String> runMetadata) throws IOException {
        List<Field> fields = List.of(
                field("patient_id", new ArrowType.Int(64, true), false, "1", "virtual patient id"),
                field("arm", ArrowType.Utf8.INSTANCE, true, "", "the arm that failed; null if not an arm's"),
                field("stage", ArrowType.Utf8.INSTANCE, false, "", "cohort, kernel or outcome"),
                field("reason", ArrowType.Utf8.INSTANCE, false, "", "why"),
                field("parameters", ArrowType.Utf8.INSTANCE, true, "", "the patient's kernel parameters"));
        return new ArrowResults(new Schema(fields, runMetadata), file, List.of());
    }

    private static Field field(String name, ArrowType type, boolean nullable, String unit, String description) {
        return new Field(name, new FieldType(nullable, type, null, Map.of(UNIT, unit, DESCRIPTION, description)),
                null);
    }

    /** Appends a partition's rows as one record batch (none if it has no rows). */
    void write(PartitionResult r) throws IOException {
        int n = r.rows();
        if (n == 0) {
            return;
        }
        root.allocateNew();
        List<FieldVector> v = root.getFieldVectors();
        BigIntVector ids = (BigIntVector) v.get(0);
        VarCharVector arm = (VarCharVector) v.get(1);
        byte[][] armBytes = new byte[arms.size()][];
        for (int a = 0; a < armBytes.length; a++) {
            armBytes[a] = arms.get(a).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int i = 0; i < n; i++) {
            ids.setSafe(i, r.patientIds()[i]);
            arm.setSafe(i, armBytes[r.armIndices()[i]]);
        }
        for (int c = 0; c < r.values().length; c++) {
            double[] col = r.values()[c];
            FieldVector fv = v.get(c + 2);
            if (fv instanceof IntVector iv) {
                for (int i = 0; i < n; i++) {
                    iv.setSafe(i, (int) col[i]);
                }
            } else {
                Float8Vector dv = (Float8Vector) fv;
                for (int i = 0; i < n; i++) {
                    dv.setSafe(i, col[i]);
                }
            }
        }
        root.setRowCount(n);
        writer.writeBatch();
        rows += n;
    }

    /** Writes the failure ledger as one record batch (none if it is empty). */
    void writeFailures(List<FailureRecord> ledger) throws IOException {
        if (ledger.isEmpty()) {
            return;
        }
        root.allocateNew();
        List<FieldVector> v = root.getFieldVectors();
        for (int i = 0; i < ledger.size(); i++) {
            FailureRecord f = ledger.get(i);
            ((BigIntVector) v.get(0)).setSafe(i, f.patientId());
            setText((VarCharVector) v.get(1), i, f.arm());
            setText((VarCharVector) v.get(2), i, f.stage());
            setText((VarCharVector) v.get(3), i, f.reason());
            setText((VarCharVector) v.get(4), i, f.parameters());
        }
        root.setRowCount(ledger.size());
        writer.writeBatch();
        rows += ledger.size();
    }

    private static void setText(VarCharVector v, int i, String s) {
        if (s == null) {
            v.setNull(i);
        } else {
            v.setSafe(i, s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the file and renames it into place. */
    void commit() throws IOException {
        writer.end();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
            root.close();
            allocator.close();
        } finally {
            file.close();
        }
    }
}
