package org.sinus.cohorts;

/**
 * One covariate of a cohort: what it is, its unit and where its distribution comes from.
 *
 * @param name short machine name, for example {@code "ageYears"}
 * @param unit unit, for example {@code "years"}; {@code "0/1"} for an indicator
 * @param description the distribution and its truncation, in words
 * @param source the publication, registry or stated assumption behind the distribution
 */
public record Covariate(String name, String unit, String description, String source) {

    public Covariate {
        if (name == null || name.isBlank() || unit == null || description == null || source == null) {
            throw new IllegalArgumentException("covariate: name, unit, description and source are all required");
        }
    }
}
