package org.sinus.engine.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The outcome models' parameter files: {@code key=value} properties beside the model's class, each value with its
 * source in a comment and the fitted ones rewritten by {@code ./sinus calibrate --write}. One reader for every model,
 * so that every file fails the same way: a missing file is a build error, a missing or malformed key names the file,
 * the key, the value and what is allowed. Stateless.
 */
public final class ParameterFiles {
    private ParameterFiles() {
    }

    /**
     * Loads a resource beside a class, as UTF-8.
     *
     * @param owner the class the file lies beside
     * @param resource the file name, e.g. {@code infarct-size.properties}
     * @return its properties
     * @throws IllegalStateException if the resource is missing from the class path
     * @throws UncheckedIOException if it cannot be read
     */
    public static Properties load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * One number of a parameter file.
     *
     * @param p the file's properties
     * @param key the key
     * @param file the file's name, for messages
     * @return the value
     * @throws IllegalArgumentException naming the file and the key if the key is missing or not a number
     */
    public static double number(Properties p, String key, String file) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(file + ": key '" + key + "' is missing; allowed: a number");
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": key '" + key + "' is '" + v + "'; allowed: a number", e);
        }
    }
}
