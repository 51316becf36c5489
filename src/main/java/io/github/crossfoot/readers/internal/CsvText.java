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
            long numbers = java.util.Arrays.stream(line.split(",")).filter(f -> f.strip().matches("-?\\d+(\\.\\d+)?"))
                    .count();
            if (numbers >= 3) {
                rowLines++;
            }
        }
        return rowLines >= 10;
    }

    public static SourceText read(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<Token> tokens = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(String.join("\n", lines)), format)) {
            long startLine = 1;
            for (CSVRecord record : parser) {
                int line = (int) startLine;
                List<String> fields = new ArrayList<>();
                record.forEach(fields::add);
                for (String f : fields) {
                    tokens.add(Token.cell(f.strip(), line, (int) record.getRecordNumber()));
                }
                startLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceText("csv", lines, lines, tokens);
    }
}
