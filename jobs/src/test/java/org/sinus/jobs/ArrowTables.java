package org.sinus.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads an Arrow IPC file back with Arrow's own reader, for tests: the schema and every row as exact values. */
record ArrowTables(Schema schema, List<List<Object>> rows) {

    Map<String, String> metadata() {
        return schema.getCustomMetadata();
    }

    int column(String name) {
        for (int i = 0; i < schema.getFields().size(); i++) {
            if (schema.getFields().get(i).getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Doubles are read as their raw bits, so that equal rows are equal bit for bit (NaN included). */
    static ArrowTables read(Path file) throws IOException {
        try (RootAllocator allocator = new RootAllocator();
                FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(ch, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            Schema schema = root.getSchema();
            List<List<Object>> rows = new ArrayList<>();
            while (reader.loadNextBatch()) {
                for (int r = 0; r < root.getRowCount(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (FieldVector v : root.getFieldVectors()) {
                        if (v instanceof Float8Vector f) {
                            row.add(Double.doubleToRawLongBits(f.get(r)));
                        } else {
                            Object o = v.getObject(r);
                            row.add(o == null ? null : o.toString());
                        }
                    }
                    rows.add(row);
                }
            }
            return new ArrowTables(schema, rows);
        }
    }
}
