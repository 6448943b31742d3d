package dev.mrt.serde;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Confluent's framing of Avro records.
 *
 * <p>Payload prefix (what every Confluent serializer writes by default, and what ours writes):
 * {@code 0x00}, the schema id as 4 bytes big-endian, then the Avro binary encoding.
 *
 * <p>Header form (read only): newer Confluent serializers (Platform 8.1+, {@code
 * value.schema.id.serializer=HeaderSchemaIdSerializer}) leave the payload as bare Avro binary and put
 * the schema reference in header {@code __value_schema_id} (keys: {@code __key_schema_id}). The
 * header value is {@code 0x01} + a 16-byte GUID (most significant half first), which is what those
 * serializers write, or {@code 0x00} + a 4-byte big-endian id. When the header is present it wins
 * and the payload carries no prefix, as in Confluent's {@code DualSchemaIdDeserializer}.
 */
public final class ConfluentWireFormat {

    public static final byte MAGIC_BYTE_ID = 0x00;
    public static final byte MAGIC_BYTE_GUID = 0x01;
    public static final int ID_SIZE = 4;
    public static final int GUID_SIZE = 16;
    public static final int PREFIX_SIZE = 1 + ID_SIZE;
    public static final String KEY_SCHEMA_ID_HEADER = "__key_schema_id";
    public static final String VALUE_SCHEMA_ID_HEADER = "__value_schema_id";

    private ConfluentWireFormat() {}

    public static String headerName(boolean isKey) {
        return isKey ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER;
    }

    /** Writes {@code 0x00} and the id, big-endian, at {@code offset}. */
    public static void writePrefix(byte[] target, int offset, int schemaId) {
        target[offset] = MAGIC_BYTE_ID;
        target[offset + 1] = (byte) (schemaId >>> 24);
        target[offset + 2] = (byte) (schemaId >>> 16);
        target[offset + 3] = (byte) (schemaId >>> 8);
        target[offset + 4] = (byte) schemaId;
    }

    /** Prefix + Avro binary, for tools and tests that frame bytes themselves. */
    public static byte[] frame(int schemaId, byte[] avroBinary) {
        byte[] framed = new byte[PREFIX_SIZE + avroBinary.length];
        writePrefix(framed, 0, schemaId);
        System.arraycopy(avroBinary, 0, framed, PREFIX_SIZE, avroBinary.length);
        return framed;
    }

    /** Header value {@code 0x00 id}. */
    public static byte[] idHeaderValue(int schemaId) {
        byte[] value = new byte[PREFIX_SIZE];
        writePrefix(value, 0, schemaId);
        return value;
    }

    /** Header value {@code 0x01 guid}. */
    public static byte[] guidHeaderValue(UUID guid) {
        return ByteBuffer.allocate(1 + GUID_SIZE)
                .put(MAGIC_BYTE_GUID)
                .putLong(guid.getMostSignificantBits())
                .putLong(guid.getLeastSignificantBits())
                .array();
    }

    /**
     * Finds the writer schema reference in the header (if any) or the payload prefix.
     *
     * @param context what to name in an error; built only when there is one
     */
    public static FramedRecord read(byte[] data, Headers headers, boolean isKey, Supplier<SerdeErrorContext> context) {
        Header header = headers == null ? null : headers.lastHeader(headerName(isKey));
        if (header != null && header.value() != null) {
            return new FramedRecord(fromHeader(header.value(), isKey, context), 0);
        }
        if (data.length < 1) {
            throw new TruncatedPayloadException(
                    "Empty payload: no magic byte and no " + headerName(isKey) + " header", context.get(), null);
        }
        int magic = data[0] & 0xFF;
        if (magic != MAGIC_BYTE_ID) {
            throw new WrongMagicByteException(
                    String.format(
                            "Unknown magic byte 0x%02x at the start of the payload; "
                                    + "expected 0x00 followed by a 4-byte schema id (is this Confluent-framed Avro?)",
                            magic),
                    magic,
                    context.get());
        }
        if (data.length < PREFIX_SIZE) {
            throw new TruncatedPayloadException(
                    "Payload of " + data.length + " byte(s) ends inside the 5-byte "
                            + "Confluent prefix (magic byte + 4-byte schema id)",
                    context.get(),
                    null);
        }
        return new FramedRecord(new SchemaReference.ById(readInt(data, 1)), PREFIX_SIZE);
    }

    private static SchemaReference fromHeader(byte[] value, boolean isKey, Supplier<SerdeErrorContext> context) {
        String name = headerName(isKey);
        if (value.length < 1) {
            throw new TruncatedPayloadException("Header " + name + " is empty", context.get(), null);
        }
        int magic = value[0] & 0xFF;
        if (magic == MAGIC_BYTE_ID) {
            if (value.length < PREFIX_SIZE) {
                throw new TruncatedPayloadException(
                        "Header " + name + " holds " + value.length
                                + " byte(s); a schema id needs 5 (0x00 + 4-byte id)",
                        context.get(),
                        null);
            }
            return new SchemaReference.ById(readInt(value, 1));
        }
        if (magic == MAGIC_BYTE_GUID) {
            if (value.length < 1 + GUID_SIZE) {
                throw new TruncatedPayloadException(
                        "Header " + name + " holds " + value.length
                                + " byte(s); a schema GUID needs 17 (0x01 + 16 bytes)",
                        context.get(),
                        null);
            }
            ByteBuffer buffer = ByteBuffer.wrap(value, 1, GUID_SIZE);
            return new SchemaReference.ByGuid(new UUID(buffer.getLong(), buffer.getLong()));
        }
        throw new WrongMagicByteException(
                String.format(
                        "Unknown magic byte 0x%02x in header %s; expected 0x00 " + "(schema id) or 0x01 (schema GUID)",
                        magic, name),
                magic,
                context.get());
    }

    private static int readInt(byte[] data, int offset) {
        return ((data[offset] & 0xFF) << 24)
                | ((data[offset + 1] & 0xFF) << 16)
                | ((data[offset + 2] & 0xFF) << 8)
                | (data[offset + 3] & 0xFF);
    }
}
