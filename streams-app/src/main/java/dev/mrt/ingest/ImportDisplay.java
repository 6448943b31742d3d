package dev.mrt.ingest;

/**
 * Shows an import to the user on standard error. Messages (a rejected record) come from the
 * reading thread and from producer callbacks, so implementations are thread-safe.
 */
public interface ImportDisplay {
    ImportDisplay NONE = new ImportDisplay() {
        @Override
        public void update(ImportProgress p) {}

        @Override
        public void message(String line) {}

        @Override
        public void finish(ImportProgress p) {}
    };

    /** Called often; shows the progress when it is time to. */
    void update(ImportProgress p);

    /** A line that must be seen, such as a rejected record. */
    void message(String line);

    void finish(ImportProgress p);
}
