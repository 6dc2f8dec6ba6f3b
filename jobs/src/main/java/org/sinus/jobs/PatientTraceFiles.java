package org.sinus.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.sinus.engine.trial.PatientTraceView;

/**
 * Writes one patient's traces as {@code patient-<id>.arrow} (Arrow IPC file, one record batch per arm) and
 * {@code patient-<id>.csv} (the same columns and rows, for spreadsheets), each through an {@link AtomicFile}. Columns:
 * {@code arm}, then {@link PatientTraces#COLUMNS}; the Arrow schema carries the run's metadata and each field its
 * unit and description, as in {@code patients.arrow}. The CSV's numbers are Java's shortest round-trip decimal form,
 * so both files hold the same values bit for bit.
 */
final class PatientTraceFiles {
    private PatientTraceFiles() {
    }

    /** Writes the Arrow file: {@code traces} in order, each an arm's rows. */
    static void writeArrow(Path target, List<PatientTraceView.Arm> traces, Map<String, String> metadata)
            throws IOException {
        List<Field> fields = new ArrayList<>();
        fields.add(field("arm", ArrowType.Utf8.INSTANCE, "", "the arm's name as in the scenario; warm-up for the"
                + " shared open warm-up before any device starts"));
        for (PatientTraces.Column c : PatientTraces.COLUMNS) {
            fields.add(field(c.name(), new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), c.unit(),
                    c.description()));
        }
        try (AtomicFile file = AtomicFile.open(target);
                BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields, metadata), allocator);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, file.channel())) {
            writer.start();
            for (PatientTraceView.Arm arm : traces) {
                int n = arm.samples();
                root.allocateNew();
                VarCharVector name = (VarCharVector) root.getVector(0);
                byte[] bytes = arm.arm().getBytes(StandardCharsets.UTF_8);
                for (int r = 0; r < n; r++) {
                    name.setSafe(r, bytes);
                }
                for (int c = 0; c < PatientTraces.COLUMNS.size(); c++) {
                    Float8Vector v = (Float8Vector) root.getVector(c + 1);
                    PatientTraceView.Series s = arm.series(PatientTraces.COLUMNS.get(c).name());
                    for (int r = 0; r < n; r++) {
                        v.setSafe(r, s.get(r));
                    }
                }
                root.setRowCount(n);
                writer.writeBatch();
            }
            writer.end();
            file.commit();
        }
    }

    /** Writes the CSV file: a header line, then {@code traces}' rows in order. */
    static void writeCsv(Path target, List<PatientTraceView.Arm> traces) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("arm");
        for (PatientTraces.Column c : PatientTraces.COLUMNS) {
            sb.append(',').append(c.name());
        }
        sb.append('\n');
        for (PatientTraceView.Arm arm : traces) {
            List<PatientTraceView.Series> cols = new ArrayList<>();
            for (PatientTraces.Column c : PatientTraces.COLUMNS) {
                cols.add(arm.series(c.name()));
            }
            for (int r = 0; r < arm.samples(); r++) {
                sb.append(arm.arm()); // arm names are slugs ([a-z0-9-]): nothing to quote
                for (PatientTraceView.Series s : cols) {
                    sb.append(',').append(s.get(r));
                }
                sb.append('\n');
            }
        }
        AtomicFile.write(target, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Field field(String name, ArrowType type, String unit, String description) {
        return new Field(name, new FieldType(false, type, null, Map.of(ArrowResults.UNIT, unit,
                ArrowResults.DESCRIPTION, description)), null);
    }
}
