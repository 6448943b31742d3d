package dev.mrt.tagging;

import java.util.List;

/**
 * A matched phrase: token range [from, to) and what it means. {@code kinds} has one bit per
 * concept class present, so that the many "is this a direction word?" questions the
 * extractors ask cost a mask test.
 */
public record Mention(int from, int to, List<Concept> concepts, long kinds) {
    private static final ClassValue<Long> BIT = new ClassValue<>() {
        private int next;

        @Override
        protected synchronized Long computeValue(Class<?> type) {
            return next < 63 ? 1L << next++ : -1L;
        }
    };

    public Mention(int from, int to, List<Concept> concepts) {
        this(from, to, concepts, kindsOf(concepts));
    }

    private static long kindsOf(List<Concept> concepts) {
        long k = 0;
        for (Concept c : concepts) {
            k |= BIT.get(c.getClass());
        }
        return k;
    }

    public <T extends Concept> T get(Class<T> type) {
        if ((kinds & BIT.get(type)) == 0) {
            return null;
        }
        for (Concept c : concepts) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public boolean has(Class<? extends Concept> type) {
        return get(type) != null;
    }
}
