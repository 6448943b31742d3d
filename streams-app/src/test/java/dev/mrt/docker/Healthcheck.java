package dev.mrt.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A container's healthcheck command, as Docker runs it: exec form (the words, no shell) or shell
 * form ({@code /bin/sh -c} the text).
 */
record Healthcheck(List<String> exec, String shell) {
    static final Healthcheck NONE = new Healthcheck(List.of(), null);

    /** Shell words that are not programs: builtins and keywords a POSIX shell or bash runs itself. */
    static final Set<String> SHELL_BUILTINS =
            Set.of("exit", "exec", "printf", "echo", "read", "test", "[", "[[", "true", "false", ":", "cd", "set");

    private static final Pattern COMMAND_SEPARATOR = Pattern.compile("&&|\\|\\||;|\\|");

    static Healthcheck exec(List<String> words) {
        return new Healthcheck(List.copyOf(words), null);
    }

    static Healthcheck shell(String command) {
        return new Healthcheck(List.of(), command);
    }

    boolean isNone() {
        return exec.isEmpty() && shell == null;
    }

    /** The command line as {@code ProcessBuilder} takes it. */
    List<String> commandLine() {
        return shell != null ? List.of("/bin/sh", "-c", shell) : exec;
    }

    /**
     * The programs the check starts: the first word of an exec form, the first word of each
     * command of a shell form (and of the script a {@code bash -c} / {@code sh -c} runs), builtins
     * left out.
     */
    List<String> programs() {
        List<String> out = new ArrayList<>();
        if (shell != null) {
            addProgramsOfScript(shell, out);
            return out;
        }
        if (exec.isEmpty()) {
            return out;
        }
        out.add(exec.get(0));
        String name = exec.get(0).substring(exec.get(0).lastIndexOf('/') + 1);
        if ((name.equals("bash") || name.equals("sh"))
                && exec.size() >= 3
                && exec.get(1).equals("-c")) {
            addProgramsOfScript(exec.get(2), out);
        }
        return out;
    }

    private static void addProgramsOfScript(String script, List<String> out) {
        for (String command : COMMAND_SEPARATOR.split(script)) {
            String first = command.strip().split("\\s+")[0].replaceAll("^[(!]+", "");
            if (!first.isEmpty()
                    && !SHELL_BUILTINS.contains(first)
                    && !first.startsWith(">")
                    && !first.startsWith("<")) {
                out.add(first);
            }
        }
    }

    @Override
    public String toString() {
        return shell != null ? shell : String.join(" ", exec);
    }
}
