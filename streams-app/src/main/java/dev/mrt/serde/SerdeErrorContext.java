package dev.mrt.serde;

import java.util.UUID;

/**
 * What a serde error message names: the topic, key or value, the subject and the schema id, as far
 * as they are known when the error happens.
 *
 * @param subject    null when it cannot be known yet (record-name strategies before the writer schema is)
 * @param schemaId   null when not known
 * @param schemaGuid null unless the record named its schema by GUID
 */
public record SerdeErrorContext(String topic, boolean isKey, String subject, Integer schemaId, UUID schemaGuid) {

    public static SerdeErrorContext of(String topic, boolean isKey, String subject) {
        return new SerdeErrorContext(topic, isKey, subject, null, null);
    }

    public SerdeErrorContext withSchemaId(int id) {
        return new SerdeErrorContext(topic, isKey, subject, id, schemaGuid);
    }

    public SerdeErrorContext withSchemaGuid(UUID guid) {
        return new SerdeErrorContext(topic, isKey, subject, schemaId, guid);
    }

    public SerdeErrorContext withSubject(String newSubject) {
        return new SerdeErrorContext(topic, isKey, newSubject, schemaId, schemaGuid);
    }

    /** E.g. {@code topic 'news.articles.v1' (value), subject 'news.articles.v1-value', schema id 3}. */
    public String describe() {
        StringBuilder text = new StringBuilder("topic '")
                .append(topic)
                .append("' (")
                .append(isKey ? "key" : "value")
                .append(')');
        text.append(", subject ").append(subject == null ? "unknown" : "'" + subject + "'");
        if (schemaId != null) {
            text.append(", schema id ").append(schemaId);
        }
        if (schemaGuid != null) {
            text.append(", schema GUID ").append(schemaGuid);
        }
        return text.toString();
    }
}
