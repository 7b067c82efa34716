package com.frameworkfork.site;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: the web infrastructure knows no feature, and no two packages depend on each
 * other, directly or around a cycle. Features reach each other through services and events.
 */
class ArchitectureTest {

    private static final String ROOT = "com.frameworkfork";

    private static JavaClasses site;

    @BeforeAll
    static void importTheSite() {
        // The rules are about the code people write: the build's ahead-of-time step adds generated classes
        // (named with "__") to the same folder, and a second build would otherwise judge them too.
        site = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("__"))
                .importPackages(ROOT);
    }

    @Test
    void theWebInfrastructureImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".web..")))
                .check(site);
    }

    @Test
    void theContentImporterImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".content..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(resideOutsideOfPackage(ROOT + ".content.."))
                        .and(resideOutsideOfPackage(ROOT + ".web..")))
                .check(site);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(site);
    }

    @Test
    void repositoriesAreUsedOnlyByTheirOwnFeature() {
        // Library supertypes are not resolved (archunit.properties), so Spring Data repositories are
        // recognised by name as well as by type.
        classes().that().areAssignableTo(Repository.class).or().haveSimpleNameEndingWith("Repository")
                .or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().notBePublic().check(site);
    }
}
