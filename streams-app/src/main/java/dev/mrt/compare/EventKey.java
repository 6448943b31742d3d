package dev.mrt.compare;

import java.util.List;

/** A political event as compared: its type and countries (dates, evidence and confidence are details). */
public record EventKey(String type, List<String> countries) {

    public EventKey {
        countries = countries.stream().sorted().toList();
    }

    public String label() {
        return countries.isEmpty() ? type : type + " " + String.join("-", countries);
    }
}
