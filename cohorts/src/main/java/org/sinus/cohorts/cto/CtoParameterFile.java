package org.sinus.cohorts.cto;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.sinus.engine.outcome.ParameterFiles;

/**
 * Reads and flattens the CTO parameter records ({@link CtoProcedureParameters}, {@link CtoOutcomeParameters}) as
 * properties: every {@code double} component of a record is one key, its path of component names joined by dots
 * ({@code crossing.awe.medianMin}). The files are resources beside this class; {@code ./sinus calibrate --write}
 * rewrites their fitted keys ({@code CalibrateCommand.store}). Stateless.
 */
public final class CtoParameterFile {
    private CtoParameterFile() {
    }

    /**
     * Loads a resource beside this class.
     *
     * @param resource the file name, e.g. {@code cto-procedure.properties}
     * @return its properties
     * @throws IllegalStateException if the resource is missing
     */
    static Properties load(String resource) {
        return ParameterFiles.load(CtoParameterFile.class, resource);
    }

    /**
     * Builds a record of doubles and nested such records from properties, every component by its key.
     *
     * @param type the record type
     * @param p the properties
     * @param file the file name, for messages
     * @param <T> the record type
     * @return the record, validated by its own constructor
     * @throws IllegalArgumentException naming the key that is missing or not a number, or the value the record
     *     rejects
     */
    public static <T extends Record> T read(Class<T> type, Properties p, String file) {
        return type.cast(build(type, "", p, file));
    }

    private static Object build(Class<?> type, String prefix, Properties p, String file) {
        final RecordComponent[] components = type.getRecordComponents();
        final Class<?>[] types = new Class<?>[components.length];
        final Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            final RecordComponent c = components[i];
            types[i] = c.getType();
            final String key = prefix + c.getName();
            if (c.getType() == double.class) {
                values[i] = number(p, key, file);
            } else if (c.getType().isRecord()) {
                values[i] = build(c.getType(), key + ".", p, file);
            } else {
                throw new IllegalStateException(type + "." + c.getName() + " is neither a double nor a record");
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw new IllegalArgumentException(file + ": " + bad.getMessage(), bad);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private static double number(Properties p, String key, String file) {
        return ParameterFiles.number(p, key, file);
    }

    /**
     * Every {@code double} of a record tree by its key, in component order: the inverse of
     * {@link #read(Class, Properties, String)}.
     *
     * @param record the record
     * @return key to value
     */
    public static Map<String, Double> flatten(Record record) {
        final Map<String, Double> out = new LinkedHashMap<>();
        flatten(record, "", out);
        return out;
    }

    private static void flatten(Object record, String prefix, Map<String, Double> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            final Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
            if (value instanceof Double d) {
                out.put(prefix + c.getName(), d);
            } else {
                flatten(value, prefix + c.getName() + ".", out);
            }
        }
    }
}
