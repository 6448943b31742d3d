package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * Binds {@link Located}: notes where the value starts (Jackson's {@link JsonLocation}), then
 * binds the value itself with the deserializer of its type. Strings are read as the scalar's
 * text whatever YAML makes of it ({@code no} is the word, not false), as phrases must be.
 */
final class LocatedDeserializer extends JsonDeserializer<Located<?>> implements ContextualDeserializer {
    /** Deserialization attribute: the name of the file being read. */
    static final String FILE = "mrt.taxonomy.file";

    private final JavaType valueType;
    private final JsonDeserializer<Object> valueDeserializer;

    LocatedDeserializer() {
        this(null, null);
    }

    private LocatedDeserializer(JavaType valueType, JsonDeserializer<Object> valueDeserializer) {
        this.valueType = valueType;
        this.valueDeserializer = valueDeserializer;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType located = ctxt.getContextualType();
        if (located == null && property != null) {
            located = property.getType();
        }
        while (located != null && located.getRawClass() != Located.class && located.getContentType() != null) {
            // An element of List<Located<X>> or Map<String, Located<X>> may come with the container's type.
            located = located.getContentType();
        }
        JavaType type = located == null || located.containedTypeCount() == 0
                ? ctxt.constructType(Object.class)
                : located.containedType(0);
        return new LocatedDeserializer(type, ctxt.findContextualValueDeserializer(type, property));
    }

    @Override
    public Located<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Place place = place(p, ctxt);
        if (valueType.getRawClass() == String.class) {
            if (!p.currentToken().isScalarValue()) {
                return (Located<?>) ctxt.handleUnexpectedToken(valueType, p);
            }
            return new Located<>(p.getText(), place);
        }
        return new Located<>(valueDeserializer.deserialize(p, ctxt), place);
    }

    /** An explicit null ({@code key:} with nothing after it) keeps its place. */
    @Override
    public Located<?> getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        return p == null || p.currentToken() != JsonToken.VALUE_NULL ? null : new Located<>(null, place(p, ctxt));
    }

    /** A key that is not there at all is null, not a located null. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }

    private static Place place(JsonParser p, DeserializationContext ctxt) {
        JsonLocation at = p.currentTokenLocation();
        return new Place(String.valueOf(ctxt.getAttribute(FILE)), at.getLineNr(), at.getColumnNr());
    }
}
