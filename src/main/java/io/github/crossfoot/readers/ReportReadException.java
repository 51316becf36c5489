package io.github.crossfoot.readers;

import java.io.IOException;

/** A report file could not be opened or read at all (it does not exist, or cannot be accessed). */
public final class ReportReadException extends IOException {

    private static final long serialVersionUID = 1L;

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
