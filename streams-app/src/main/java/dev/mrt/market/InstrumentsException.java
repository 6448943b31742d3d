package dev.mrt.market;

/** The instruments file is wrong; the message names the file, line, column and key. */
public final class InstrumentsException extends IllegalArgumentException {
    public InstrumentsException(String message) {
        super(message);
    }

    public InstrumentsException(String message, Throwable cause) {
        super(message, cause);
    }
}
