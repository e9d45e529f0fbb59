package org.sdl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package direction of docs/architecture.md: data <- stats <- output <- interp <- repl, lang <- interp. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sdl");

    @Test
    void dataDependsOnNothingElse() {
        noClasses().that().resideInAPackage("org.sdl.data..").should().dependOnClassesThat()
            .resideInAnyPackage("org.sdl.stats..", "org.sdl.output..", "org.sdl.interp..", "org.sdl.repl..", "org.sdl.lang..")
            .check(CLASSES);
    }

    @Test
    void statsNeverSeeTheInterpreterOrOutput() {
        noClasses().that().resideInAPackage("org.sdl.stats..").should().dependOnClassesThat()
            .resideInAnyPackage("org.sdl.output..", "org.sdl.interp..", "org.sdl.repl..", "org.sdl.lang..")
            .check(CLASSES);
    }

    @Test
    void outputDoesNotDependOnTheInterpreter() {
        noClasses().that().resideInAPackage("org.sdl.output..").should().dependOnClassesThat()
            .resideInAnyPackage("org.sdl.interp..", "org.sdl.repl..", "org.sdl.lang..")
            .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheRepl() {
        noClasses().that().resideOutsideOfPackage("org.sdl.repl..").should().dependOnClassesThat()
            .resideInAPackage("org.sdl.repl..").check(CLASSES);
    }

    @Test
    void languageFrontEndDoesNotKnowTheInterpreter() {
        noClasses().that().resideInAPackage("org.sdl.lang..").should().dependOnClassesThat()
            .resideInAnyPackage("org.sdl.interp..", "org.sdl.repl..", "org.sdl.stats..", "org.sdl.output..")
            .check(CLASSES);
    }
}
