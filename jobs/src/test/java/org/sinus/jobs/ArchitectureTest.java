package org.sinus.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward (STYLE.md, "Layout"): Spark only in jobs, Vert.x only in the dashboard. */
class ArchitectureTest {
    private static final JavaClasses SINUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sinus");

    @Test
    void jobsReachVertxOnlyThroughTheDashboard() {
        noClasses().that().resideInAPackage("org.sinus.jobs..").should().dependOnClassesThat()
                .resideInAPackage("io.vertx..").check(SINUS);
    }

    @Test
    void engineAndCohortsUseNeitherSparkNorArrowNorVertx() {
        noClasses().that().resideInAnyPackage("org.sinus.engine..", "org.sinus.cohorts..").should()
                .dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.arrow..", "io.vertx..",
                        "scala..", "org.sinus.jobs..", "org.sinus.dashboard..")
                .check(SINUS);
    }
}
