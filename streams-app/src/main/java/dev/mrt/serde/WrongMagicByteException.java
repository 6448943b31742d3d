package dev.mrt.serde;

/** The first byte (of the payload, or of the schema-id header) is not a known Confluent magic byte. */
public final class WrongMagicByteException extends AvroSerdeException {

    private final int magicByte;

    public WrongMagicByteException(String problem, int magicByte, SerdeErrorContext context) {
        super(problem, context, null);
        this.magicByte = magicByte;
    }

    /** The byte found, 0..255. */
    public int magicByte() {
        return magicByte;
    }
}
