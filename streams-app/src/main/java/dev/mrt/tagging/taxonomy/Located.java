package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A value bound from the taxonomy files with the place it was read from, so that validation
 * after binding can still name file, line and key.
 *
 * @param value the bound value; null for an explicit YAML null
 */
@JsonDeserialize(using = LocatedDeserializer.class)
record Located<T>(T value, Place place) {}
