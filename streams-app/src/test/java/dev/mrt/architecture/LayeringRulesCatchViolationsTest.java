package dev.mrt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each layering rule fails on classes written to break it, and names what broke it. */
class LayeringRulesCatchViolationsTest {
    private static final String ROOT = "dev.mrt.architecture.fixtures";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        return result.getFailureReport().getDetails();
    }

    @Test
    void wallClockReadsAreCaught() {
        assertThat(String.join("\n", violations(LayeringRules.neverReadsTheWallClock(ROOT + ".tagging.."))))
                .contains("Instant.now()", "LocalDate.now()", "System.currentTimeMillis()", "Date.<init>()");
    }

    @Test
    void kafkaAndOtherPackagesInTaggingAreCaught() {
        assertThat(String.join("\n", violations(LayeringRules.standsAlone(ROOT + ".tagging..", ROOT + ".."))))
                .contains("org.apache.kafka.common.serialization.Serdes", "fixtures.api.Endpoint");
    }

    @Test
    void aTaggingStageThatUsesAStageAfterItIsCaught() {
        assertThat(String.join("\n", violations(LayeringRules.taggingStagesInOrder(ROOT + ".tagging"))))
                .contains("NoteReadingDetector", "fixtures.tagging.notes.Move");
    }

    @Test
    void aTopologyThatKnowsTheApiIsCaught() {
        assertThat(violations(LayeringRules.knowsNothingOf(ROOT + ".topology..", ROOT + ".api..", ROOT + ".cli..")))
                .anySatisfy(v -> assertThat(v).contains("ServingTopology", "Endpoint"));
    }

    @Test
    void aPackageCycleIsCaught() {
        assertThat(String.join("\n", violations(LayeringRules.noPackageCycles(ROOT))))
                .contains("cycle.a", "cycle.b");
    }

    @Test
    void cliThatDoesMoreThanWireIsCaught() {
        String cli = ROOT + ".cli..";
        assertThat(violations(LayeringRules.holdsOnlyCommandsMixinsAndConverters(cli)))
                .singleElement()
                .asString()
                .contains("LineParser");
        assertThat(violations(LayeringRules.callsNoLibraryBelowTheApplication(cli)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("LineParser", "com.fasterxml.jackson"));
        assertThat(violations(LayeringRules.isTheTop(cli)))
                .singleElement()
                .asString()
                .contains("UsesCli");
    }
}
