package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A line-based Dockerfile reader: enough of the syntax for the instructions this project uses. */
final class Dockerfile {
    final List<Stage> stages;

    private Dockerfile(List<Stage> stages) {
        this.stages = stages;
    }

    static Dockerfile parse(String text) {
        List<String> logical = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            if (!current.toString().isBlank()) {
                logical.add(current.toString().strip());
            }
            current.setLength(0);
        }
        List<Stage> stages = new ArrayList<>();
        for (String line : logical) {
            String[] split = line.split("\\s+", 2);
            Instruction instruction =
                    new Instruction(split[0].toUpperCase(Locale.ROOT), split.length > 1 ? split[1] : "");
            if (instruction.keyword.equals("FROM")) {
                List<String> words = instruction.words();
                String name = words.size() >= 3 && words.get(words.size() - 2).equalsIgnoreCase("AS")
                        ? words.get(words.size() - 1)
                        : String.valueOf(stages.size());
                stages.add(new Stage(name, words.get(0)));
            } else {
                assertThat(stages).as("%s before any FROM", line).isNotEmpty();
                stages.get(stages.size() - 1).instructions.add(instruction);
            }
        }
        assertThat(stages)
                .as("a multi-stage build: a build stage and a runtime stage")
                .hasSizeGreaterThanOrEqualTo(2);
        return new Dockerfile(stages);
    }

    Stage build() {
        return stages.get(0);
    }

    Stage runtime() {
        return stages.get(stages.size() - 1);
    }

    static final class Stage {
        final String name;
        final String image;
        final List<Instruction> instructions = new ArrayList<>();

        Stage(String name, String image) {
            this.name = name;
            this.image = image;
        }

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword.equals(keyword)).toList();
        }

        Instruction only(String keyword) {
            List<Instruction> found = all(keyword);
            assertThat(found).as("stage %s has one %s", name, keyword).hasSize(1);
            return found.get(0);
        }

        String workdir() {
            List<Instruction> workdirs = all("WORKDIR");
            assertThat(workdirs).as("stage %s sets a WORKDIR", name).isNotEmpty();
            return workdirs.get(workdirs.size() - 1).args.trim().replaceAll("/$", "");
        }

        /** A path as the stage sees it: relative paths are under the WORKDIR, a directory gets the file's name. */
        String resolve(String destination, String fileName) {
            String absolute =
                    destination.startsWith("/") ? destination : workdir() + "/" + destination.replaceFirst("^\\./", "");
            return absolute.endsWith("/") ? absolute + fileName : absolute;
        }

        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            for (Instruction i : all("ENV")) {
                List<String> words = i.words();
                if (!words.isEmpty() && !words.get(0).contains("=")) {
                    env.put(
                            words.get(0),
                            i.args.substring(i.args.indexOf(words.get(0))
                                            + words.get(0).length())
                                    .strip());
                    continue;
                }
                for (String word : words) {
                    int eq = word.indexOf('=');
                    env.put(word.substring(0, eq), word.substring(eq + 1));
                }
            }
            return env;
        }

        /** Whether a COPY from the build context takes {@code source} (to {@code destination}, when given). */
        boolean copiesFromContext(String source, String destination) {
            for (Instruction copy : all("COPY")) {
                if (copy.flag("from") != null) {
                    continue;
                }
                List<String> words = copy.words();
                List<String> sources = words.subList(0, words.size() - 1);
                String target = words.get(words.size() - 1);
                String resolvedTarget = resolve(target, "").replaceAll("/$", "");
                boolean sourceMatches = sources.stream()
                        .anyMatch(
                                w -> w.equals(source) || w.replaceAll("/$", "").equals(source.replaceAll("/$", "")));
                if (sourceMatches && (destination == null || resolvedTarget.equals(destination))) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Instruction {
        final String keyword;
        final String args;

        Instruction(String keyword, String args) {
            this.keyword = keyword;
            this.args = args;
        }

        /** Shell-like words without flags (--x=y); quotes removed. */
        List<String> words() {
            return tokens().stream().filter(t -> !t.startsWith("--")).toList();
        }

        String flag(String name) {
            return tokens().stream()
                    .filter(t -> t.startsWith("--" + name + "="))
                    .map(t -> t.substring(name.length() + 3))
                    .findFirst()
                    .orElse(null);
        }

        List<String> json() {
            try {
                List<String> out = new ArrayList<>();
                new ObjectMapper().readTree(args).forEach(n -> out.add(n.asText()));
                return out;
            } catch (IOException e) {
                throw new AssertionError(keyword + " is not in exec (JSON) form: " + args, e);
            }
        }

        private List<String> tokens() {
            List<String> out = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            char quote = 0;
            boolean inWord = false;
            for (char c : args.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        out.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                out.add(word.toString());
            }
            return out;
        }

        @Override
        public String toString() {
            return keyword + " " + args;
        }
    }
}
