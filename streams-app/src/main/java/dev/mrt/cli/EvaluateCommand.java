package dev.mrt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "evaluate")
public final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
