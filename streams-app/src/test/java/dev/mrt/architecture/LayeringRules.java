package dev.mrt.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import picocli.CommandLine;

/**
 * The layering rules, written over package names so that {@link LayeringRulesTest} applies them
 * to the application and {@link LayeringRulesCatchViolationsTest} shows each one failing on
 * classes made to break it. Every package is named with {@code ..}: a rule holds for the
 * subpackages a package grows.
 */
final class LayeringRules {

    private LayeringRules() {}

    /**
     * The tagger is a function of the text and the taxonomy: it knows nothing of Kafka, Avro or
     * any other part of the application, so it runs the same in the stream, in {@code tag} and in
     * a replay, and can be read and tested alone.
     */
    static ArchRule standsAlone(String packages, String root) {
        return noClasses()
                .that()
                .resideInAPackage(packages)
                .should()
                .dependOnClassesThat(resideInAnyPackage("org.apache.kafka..", "org.apache.avro..")
                        .or(resideInAPackage(root).and(not(resideInAPackage(packages)))))
                .as(packages + " depends on nothing of Kafka, Avro or the rest of " + root);
    }

    /**
     * Replays must reproduce the live run: a tagger that read the clock would not. Time comes in
     * with the article (its publication time), never from the machine.
     */
    static ArchRule neverReadsTheWallClock(String packages) {
        return noClasses()
                .that()
                .resideInAPackage(packages)
                .should()
                .accessTargetWhere(readsTheWallClock())
                .as(packages + " never reads the wall clock");
    }

    /**
     * The tagger's stages use only the stages before them (see the tagging package-info): text,
     * then taxonomy, analysis, events and notes (neither knows the other), links, and the facade
     * over them all; the learned layer's seam ({@code model}) and the trained model ({@code learned})
     * use only {@code text} (and {@code learned} the seam), and only the facade uses them.
     */
    static ArchRule taggingStagesInOrder(String tagging) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("facade")
                .definedBy(tagging)
                .layer("links")
                .definedBy(tagging + ".links..")
                .layer("events")
                .definedBy(tagging + ".events..")
                .layer("notes")
                .definedBy(tagging + ".notes..")
                .layer("analysis")
                .definedBy(tagging + ".analysis..")
                .layer("taxonomy")
                .definedBy(tagging + ".taxonomy..")
                .layer("text")
                .definedBy(tagging + ".text..")
                .layer("model")
                .definedBy(tagging + ".model..")
                .layer("learned")
                .definedBy(tagging + ".learned..")
                .whereLayer("facade")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("links")
                .mayOnlyBeAccessedByLayers("facade")
                .whereLayer("events")
                .mayOnlyBeAccessedByLayers("facade", "links")
                .whereLayer("notes")
                .mayOnlyBeAccessedByLayers("facade", "links")
                .whereLayer("analysis")
                .mayOnlyBeAccessedByLayers("facade", "links", "events", "notes")
                .whereLayer("taxonomy")
                .mayOnlyBeAccessedByLayers("facade", "links", "events", "notes", "analysis")
                .whereLayer("text")
                .mayOnlyBeAccessedByLayers(
                        "facade", "links", "events", "notes", "analysis", "taxonomy", "model", "learned")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("facade", "learned")
                .whereLayer("learned")
                .mayOnlyBeAccessedByLayers("facade")
                .as(tagging + "'s stages use only the stages before them");
    }

    /** The topologies are pure builders over their configuration: they know nothing of who serves or starts them. */
    static ArchRule knowsNothingOf(String packages, String... above) {
        return noClasses()
                .that()
                .resideInAPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(above)
                .as(packages + " depends on none of " + String.join(", ", above));
    }

    /** No package, at any depth, is part of a dependency cycle. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /*
     * cli only wires, meaning: (1) it is the top, nothing else depends on it; (2) it holds only
     * picocli commands, the option mixins they share and their argument converters, never a
     * parser, writer, scorer or loop of its own; (3) it touches no Kafka, Avro, Jackson, Javalin
     * or Micrometer API: it parses the command line, builds the objects of the other packages
     * from the configuration, calls them, prints what they return and maps outcomes to exit codes.
     */

    static ArchRule isTheTop(String packages) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(packages)
                .as("nothing outside " + packages + " depends on it");
    }

    static ArchRule holdsOnlyCommandsMixinsAndConverters(String packages) {
        return classes()
                .that()
                .resideInAPackage(packages)
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should(beACommandAMixinOrAConverter())
                .as(packages + " holds only picocli commands, option mixins and converters");
    }

    static ArchRule callsNoLibraryBelowTheApplication(String packages) {
        return noClasses()
                .that()
                .resideInAPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..",
                        "org.apache.avro..",
                        "com.fasterxml.jackson..",
                        "io.javalin..",
                        "io.micrometer..")
                .as(packages + " uses no Kafka, Avro, Jackson, Javalin or Micrometer API itself");
    }

    private static final Set<String> JAVA_TIME_WITH_NOW = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.ZonedDateTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    /**
     * {@code System.currentTimeMillis/nanoTime}, any {@code java.time} {@code now(..)},
     * {@code Clock.system*}, {@code InstantSource.system()}, {@code new Date()} and
     * {@code Calendar.getInstance(..)}.
     */
    private static DescribedPredicate<JavaAccess<?>> readsTheWallClock() {
        return DescribedPredicate.describe("a read of the wall clock", access -> {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || JAVA_TIME_WITH_NOW.contains(owner) && name.equals("now")
                    || owner.equals("java.time.Clock") && name.startsWith("system")
                    || owner.equals("java.time.InstantSource") && name.equals("system")
                    || owner.equals("java.util.Date")
                            && name.equals("<init>")
                            && access.getDescription().contains("Date.<init>()")
                    || owner.equals("java.util.Calendar") && name.equals("getInstance");
        });
    }

    private static ArchCondition<JavaClass> beACommandAMixinOrAConverter() {
        return new ArchCondition<>("be a @Command, an option mixin or a converter") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean command = c.isAnnotatedWith(CommandLine.Command.class);
                boolean converter = c.isAssignableTo(CommandLine.ITypeConverter.class);
                boolean mixin = !c.getFields().isEmpty()
                        && c.getFields().stream()
                                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                                .allMatch(f -> f.isAnnotatedWith(CommandLine.Option.class)
                                        || f.isAnnotatedWith(CommandLine.Parameters.class)
                                        || f.isAnnotatedWith(CommandLine.Spec.class)
                                        || f.isAnnotatedWith(CommandLine.Mixin.class));
                if (!(command || converter || mixin)) {
                    events.add(SimpleConditionEvent.violated(
                            c, c.getName() + " is neither a @Command, an option mixin nor a converter"));
                }
            }
        };
    }
}
