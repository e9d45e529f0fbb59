package org.sdl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.sdl.lang.SourceLine;
import org.sdl.lang.SourceSpan;

/**
 * The package direction of docs/architecture.md: data <- stats <- output <- interp <- repl,
 * lang <- interp; the data core and lang.ast use only the JDK, lang only the JDK and the ANTLR runtime.
 */
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

    @Test
    void dataCoreAndAstUseOnlyTheJdk() {
        classes().that().resideInAPackage("org.sdl.data").should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.sdl.data").check(CLASSES);
        // the AST records carry positions: SourceSpan and SourceLine, plain JDK-only records of org.sdl.lang
        classes().that().resideInAPackage("org.sdl.lang.ast..").should().onlyDependOnClassesThat(
            resideInAnyPackage("java..", "org.sdl.lang.ast..").or(belongToAnyOf(SourceSpan.class, SourceLine.class)))
            .check(CLASSES);
        classes().that().belongToAnyOf(SourceSpan.class, SourceLine.class).should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.sdl.lang").check(CLASSES);
    }

    @Test
    void languageFrontEndUsesOnlyTheJdkAndTheAntlrRuntime() {
        classes().that().resideInAPackage("org.sdl.lang..").should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.sdl.lang..", "org.antlr.v4.runtime..").check(CLASSES);
    }

    @Test
    void interpreterDoesNotDependOnTheRepl() {
        noClasses().that().resideInAPackage("org.sdl.interp..").should().dependOnClassesThat()
            .resideInAPackage("org.sdl.repl..").check(CLASSES);
    }
}
