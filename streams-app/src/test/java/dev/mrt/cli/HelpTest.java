package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} reads as a reference and wraps to the width it is given. */
class HelpTest {

    /** Our commands; picocli's own {@code help} is not ours to word. */
    private static Map<String, CommandLine> commands(int width) {
        Map<String, CommandLine> ours =
                new java.util.LinkedHashMap<>(MrtCommand.commandLine(width).getSubcommands());
        ours.remove("help");
        return ours;
    }

    @Test
    void everyLineFitsTheWidthAndAWiderTerminalGetsFewerLines() {
        for (String name : commands(80).keySet()) {
            String narrow =
                    MrtCommand.commandLine(60).getSubcommands().get(name).getUsageMessage();
            String wide = MrtCommand.commandLine(140).getSubcommands().get(name).getUsageMessage();
            assertThat(narrow.lines())
                    .as(name + " at 60")
                    .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
            assertThat(wide.lines())
                    .as(name + " at 140")
                    .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(140));
            if (!name.equals("help")) {
                assertThat(wide.lines().count())
                        .as(name)
                        .isLessThan(narrow.lines().count());
            }
        }
    }

    @Test
    void descriptionsHaveNoLineBreaksOfTheirOwn() {
        for (CommandLine c : commands(160).values()) {
            String wide = c.getUsageMessage();
            for (String paragraph : c.getCommandSpec().usageMessage().description()) {
                assertThat(paragraph)
                        .as("%s: a paragraph is whole sentences, not a line cut short", c.getCommandName())
                        .doesNotContain("\n", "%n")
                        .endsWith(".");
                if (paragraph.length() <= 150) {
                    assertThat(wide.lines().toList())
                            .as("%s: a short paragraph is one line at width 160", c.getCommandName())
                            .contains(paragraph);
                }
            }
        }
    }

    @Test
    void theCommandListGivesEachCommandItsWholeOneLineSummary() {
        String top = MrtCommand.commandLine(160).getUsageMessage();
        for (CommandLine c : commands(160).values()) {
            String[] header = c.getCommandSpec().usageMessage().header();
            assertThat(header).as(c.getCommandName()).hasSize(1);
            assertThat(header[0]).endsWith(".").hasSizeLessThan(120);
            assertThat(top.lines().toList()).as(c.getCommandName()).anySatisfy(line -> {
                assertThat(line.strip()).startsWith(c.getCommandName() + " ");
                assertThat(line.strip().substring(c.getCommandName().length()).strip())
                        .isEqualTo(header[0]);
            });
        }
    }

    @Test
    void everyOptionWithAValueSaysItsDefault() {
        List<String> silent = new ArrayList<>();
        for (CommandLine c : commands(80).values()) {
            CommandSpec spec = c.getCommandSpec();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) {
                boolean flag = a.type() == boolean.class || a.type() == Boolean.class;
                boolean repeatable = a.isMultiValue();
                boolean help = a.isOption()
                        && (((CommandLine.Model.OptionSpec) a).usageHelp()
                                || ((CommandLine.Model.OptionSpec) a).versionHelp());
                if (flag || repeatable || help || a.required()) {
                    continue;
                }
                String text = String.join(" ", a.renderedDescription());
                if (!text.contains("Default:")) {
                    silent.add(c.getCommandName() + " " + a.paramLabel() + " "
                            + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : ""));
                }
            }
        }
        assertThat(silent).isEmpty();
    }

    @Test
    void theFallbackWidthComesFromColumnsWithinWhatPicocliTakes() {
        assertThat(MrtCommand.usageWidth("100")).isEqualTo(100);
        assertThat(MrtCommand.usageWidth(" 72 ")).isEqualTo(72);
        assertThat(MrtCommand.usageWidth(null)).isEqualTo(80);
        assertThat(MrtCommand.usageWidth("wide")).isEqualTo(80);
        assertThat(MrtCommand.usageWidth("20")).isEqualTo(MrtCommand.MIN_WIDTH);
        assertThat(MrtCommand.usageWidth("1000")).isEqualTo(MrtCommand.MAX_WIDTH);
        assertThat(MrtCommand.commandLine(100).getUsageHelpWidth()).isEqualTo(100);
        assertThat(MrtCommand.commandLine(100).isUsageHelpAutoWidth()).isTrue();
    }
}
