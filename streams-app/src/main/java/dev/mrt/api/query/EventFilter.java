package dev.mrt.api.query;

import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.QueryString;
import dev.mrt.avro.PoliticalEvent;
import java.util.Locale;

/**
 * Which political events a query wants. {@code type} matches the code or a dotted prefix of it
 * ({@code diplomacy} matches {@code diplomacy.leader_call}); {@code country} is an ISO code the
 * event involves.
 */
public record EventFilter(String type, String country) {
    static final String TYPE = "type";
    static final String COUNTRY = "country";

    static EventFilter from(QueryParameters p) {
        String country = p.text(COUNTRY);
        return new EventFilter(p.text(TYPE), country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    public boolean matches(PoliticalEvent e) {
        String t = e.getEvent().getType();
        boolean typeOk = type == null || t.equals(type) || t.startsWith(type + ".");
        return typeOk && (country == null || e.getEvent().getCountries().contains(country));
    }

    QueryString addTo(QueryString q) {
        return q.with(TYPE, type).with(COUNTRY, country);
    }
}
