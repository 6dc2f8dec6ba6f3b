package org.sinus.engine.scenario;

import java.nio.file.Path;

/**
 * Where a run writes its results.
 *
 * @param directory the output directory; a relative path is resolved against the working directory of the process
 *     that runs the scenario (not against the scenario file's directory), as with any command-line path
 */
public record OutputSpec(Path directory) {

    public OutputSpec {
        Specs.required("directory", directory, "a directory path");
        if (directory.toString().isBlank()) {
            throw new SpecException("directory", directory.toString(), "a non-empty directory path");
        }
    }

    /** @return the directory resolved against the current working directory */
    public Path absoluteDirectory() {
        return directory.toAbsolutePath().normalize();
    }
}
