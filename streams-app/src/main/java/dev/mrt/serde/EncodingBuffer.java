package dev.mrt.serde;

import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A growable byte buffer plus the Avro encoder writing into it, reused per thread so that
 * serializing a record allocates only the returned array. Unsynchronized on purpose: each thread
 * has its own (see {@link #forCurrentThread()}).
 */
final class EncodingBuffer extends OutputStream {

    private static final ThreadLocal<EncodingBuffer> PER_THREAD = ThreadLocal.withInitial(EncodingBuffer::new);
    /** Buffers grown beyond this by an unusually large record are not kept for the next one. */
    private static final int RETAINED_CAPACITY = 1 << 20;

    private byte[] bytes = new byte[4096];
    private int count;
    private BinaryEncoder encoder;

    static EncodingBuffer forCurrentThread() {
        EncodingBuffer buffer = PER_THREAD.get();
        if (buffer.bytes.length > RETAINED_CAPACITY) {
            buffer.bytes = new byte[4096];
        }
        buffer.count = 0;
        return buffer;
    }

    /**
     * Forgets the encoder after a record failed half-way: its own buffer may hold bytes of that
     * record, which reusing it would write in front of the next record.
     */
    void discardEncoder() {
        encoder = null;
    }

    /** The encoder for this buffer; its own small buffer must be flushed before {@link #toByteArray()}. */
    BinaryEncoder encoder() {
        encoder = EncoderFactory.get().binaryEncoder(this, encoder);
        return encoder;
    }

    void writeSchemaIdPrefix(int schemaId) {
        ensureCapacity(ConfluentWireFormat.PREFIX_SIZE);
        ConfluentWireFormat.writePrefix(bytes, count, schemaId);
        count += ConfluentWireFormat.PREFIX_SIZE;
    }

    int size() {
        return count;
    }

    /** The bytes written so far, from {@code from} on. */
    byte[] toByteArray(int from) {
        return Arrays.copyOfRange(bytes, from, count);
    }

    byte[] toByteArray() {
        return toByteArray(0);
    }

    @Override
    public void write(int b) {
        ensureCapacity(1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensureCapacity(length);
        System.arraycopy(source, offset, bytes, count, length);
        count += length;
    }

    private void ensureCapacity(int extra) {
        if (count + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + extra));
        }
    }
}
