package io.github.crossfoot.readers;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a document the readers take before refusing it: bounds that no year's report comes
 * near, so that one hostile or broken file costs a run seconds and megabytes, not the run. A
 * document over a limit is not read; it gets one {@code read.limit} error that names the limit and
 * where it was hit (a time limit gives {@code read.failed}). Immutable; change a limit with its
 * {@code with…} method.
 *
 * <pre>{@code
 * Crossfoot crossfoot = Crossfoot.standardRules()
 *         .withLimits(Limits.defaults().withTimeLimit(Duration.ofSeconds(10)).withMaxPdfPages(60));
 * }</pre>
 *
 * @param maxFileBytes     largest file read, in bytes (default 50 MB); a larger one is not read into memory
 * @param maxPdfPages      most pages a PDF may have (default 200)
 * @param maxCellsPerTable most cells one table of a document may have (default 20,000; table 三 has 175)
 * @param maxColumnsPerRow most cells one row of a document table may have (default 200)
 * @param maxCellChars     most characters one cell may hold (default 10,000)
 * @param timeLimit        longest time one document is read (default 30 s); the reading is stopped, not only
 *                         the waiting for it
 */
public record Limits(long maxFileBytes, int maxPdfPages, int maxCellsPerTable, int maxColumnsPerRow, int maxCellChars,
                     Duration timeLimit) {

    private static final Limits DEFAULTS = new Limits(50L * 1024 * 1024, 200, 20_000, 200, 10_000, Duration.ofSeconds(30));

    public Limits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and about 2 GB, was " + maxFileBytes);
        }
        positive("maxPdfPages", maxPdfPages);
        positive("maxCellsPerTable", maxCellsPerTable);
        positive("maxColumnsPerRow", maxColumnsPerRow);
        positive("maxCellChars", maxCellChars);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** The default limits. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxPdfPages, maxCellsPerTable, maxColumnsPerRow, maxCellChars, timeLimit);
    }

    public Limits withMaxPdfPages(int pages) {
        return new Limits(maxFileBytes, pages, maxCellsPerTable, maxColumnsPerRow, maxCellChars, timeLimit);
    }

    public Limits withMaxCellsPerTable(int cells) {
        return new Limits(maxFileBytes, maxPdfPages, cells, maxColumnsPerRow, maxCellChars, timeLimit);
    }

    public Limits withMaxColumnsPerRow(int columns) {
        return new Limits(maxFileBytes, maxPdfPages, maxCellsPerTable, columns, maxCellChars, timeLimit);
    }

    public Limits withMaxCellChars(int chars) {
        return new Limits(maxFileBytes, maxPdfPages, maxCellsPerTable, maxColumnsPerRow, chars, timeLimit);
    }

    public Limits withTimeLimit(Duration limit) {
        return new Limits(maxFileBytes, maxPdfPages, maxCellsPerTable, maxColumnsPerRow, maxCellChars, limit);
    }
}
