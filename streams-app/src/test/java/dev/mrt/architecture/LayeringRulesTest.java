package dev.mrt.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application's layering ({@link LayeringRules}), checked on its compiled classes, tests excluded. */
@AnalyzeClasses(packages = "dev.mrt", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringRulesTest {
    private static final String TAGGING = "dev.mrt.tagging..";
    private static final String CLI = "dev.mrt.cli..";

    @ArchTest
    static final ArchRule taggingStandsAlone = LayeringRules.standsAlone(TAGGING, "dev.mrt..");

    @ArchTest
    static final ArchRule taggingNeverReadsTheWallClock = LayeringRules.neverReadsTheWallClock(TAGGING);

    @ArchTest
    static final ArchRule taggingStagesInOrder = LayeringRules.taggingStagesInOrder("dev.mrt.tagging");

    @ArchTest
    static final ArchRule topologyKnowsNothingOfApiOrCli =
            LayeringRules.knowsNothingOf("dev.mrt.topology..", "dev.mrt.api..", CLI);

    @ArchTest
    static final ArchRule noPackageCycles = LayeringRules.noPackageCycles("dev.mrt");

    @ArchTest
    static final ArchRule cliIsTheTop = LayeringRules.isTheTop(CLI);

    @ArchTest
    static final ArchRule cliHoldsOnlyCommandsMixinsAndConverters =
            LayeringRules.holdsOnlyCommandsMixinsAndConverters(CLI);

    @ArchTest
    static final ArchRule cliCallsNoLibraryBelowTheApplication = LayeringRules.callsNoLibraryBelowTheApplication(CLI);
}
