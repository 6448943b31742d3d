package dev.mrt.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values read out of a Prometheus text exposition, for tests. */
public final class PrometheusText {

    private PrometheusText() {}

    /** Sum of the samples of {@code name} whose labels contain {@code labelFragment} (e.g. {@code reason="late"}); 0 if none. */
    public static double value(String exposition, String name, String labelFragment) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+|NaN)$")
                .matcher(exposition);
        double sum = 0;
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (labels.contains(labelFragment)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    public static double value(String exposition, String name) {
        return value(exposition, name, "");
    }
}
