package io.github.crossfoot.readers.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma-separated text (a spreadsheet saved as CSV) with Apache Commons CSV. Every field is
 * exactly one cell of its record, so an empty field in a row is a blank cell.
 */
public final class CsvText {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvText() {
    }

    /**
     * A file named .csv, or text without tabs or pipes in which at least ten lines are table rows
     * written with commas (three or more comma-separated fields that are numbers).
     */
    public static boolean accepts(String name, String text) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return true;
        }
        int rowLines = 0;
        for (String line : text.split("\n")) {
            if (line.contains("\t") || line.contains("|")) {
                return false;
            }
            if (line.indexOf(',') < 0) {
                continue; // one field: no row written with commas
            }
            long numbers = java.util.Arrays.stream(line.split(",")).filter(f -> NUMBER.matcher(f.strip()).matches())
                    .count();
            if (numbers >= 3) {
                rowLines++;
            }
        }
        return rowLines >= 10;
    }

    /**
     * Reads CSV text. Every field becomes a cell token on the line its record starts on; the
     * line is found from the record's character position, so empty lines between records and
     * quoted fields spanning lines do not shift the lines of the records after them.
     */
    public static SourceText read(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        String joined = String.join("\n", lines);
        int[] lineStarts = new int[lines.size()];
        for (int i = 1, at = 0; i < lines.size(); i++) {
            at += lines.get(i - 1).length() + 1;
            lineStarts[i] = at;
        }
        List<Token> tokens = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(joined), format)) {
            for (CSVRecord record : parser) {
                // The position is where the parser started looking, before any skipped empty lines.
                int pos = (int) record.getCharacterPosition();
                while (pos < joined.length() && joined.charAt(pos) == '\n') {
                    pos++;
                }
                int line = lineOf(lineStarts, pos);
                // A spreadsheet saved as CSV keeps one field per column (merged cells as empty
                // fields): the field's index is its grid column.
                int column = 0;
                for (String f : record) {
                    tokens.add(Token.cell(f.strip(), line, (int) record.getRecordNumber(), 0, column++));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceText("csv", lines, lines, tokens);
    }

    /** The 1-based line holding character {@code pos}. */
    private static int lineOf(int[] lineStarts, int pos) {
        int i = java.util.Arrays.binarySearch(lineStarts, pos);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
