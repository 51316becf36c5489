package io.github.crossfoot.testing;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The documents of the producer corpus (issue 9): generated reports handed to real producers —
 * headless Chromium prints HTML to PDF, LibreOffice exports Word documents to PDF — in the
 * variants real reports show: wide and narrow tables (labels wrapping at different places),
 * portrait and landscape, tables split over pages, blank, {@code /} and {@code -} cells.
 *
 * LibreOffice also saves the Word documents as Word 97–2003 ({@code .doc}) and imports the HTML
 * pages into Calc to save them as {@code .xlsx} and {@code .xls}.
 *
 * <p>{@code main} writes the source documents; {@code src/test/resources/producer-corpus/make.sh}
 * runs it and the producers. A file's name says how it was made ({@code chromium-gov-2021-narrow-s3.pdf}),
 * so a test rebuilds the same report and compares every cell ({@link #build}).
 */
public final class ProducerCorpus {

    /** One document of the corpus. */
    public record Case(String producer, String format, String variant, long seed) {
        public String name() {
            return producer + "-" + format + "-" + variant + "-s" + seed;
        }
    }

    /** A case's document and the report it must read as. */
    public record Built(ReportDocument document, Report expected) {
    }

    public static final List<String> CHROMIUM_VARIANTS = List.of("wide", "narrow", "landscape", "unruled");
    /** LibreOffice: Word to PDF upright and landscape, Word to .doc, and HTML to .xlsx and .xls (variant sheet). */
    public static final List<String> LIBREOFFICE_VARIANTS = List.of("portrait", "landscape", "doc", "sheet");
    private static final List<Long> SEEDS = List.of(3L, 4L);
    private static final Pattern NAME = Pattern.compile("(chromium|libreoffice)-(gov-20\\d\\d)-([a-z]+)-s(\\d+)\\.[a-z]+");

    private ProducerCorpus() {
    }

    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String format : List.of(ReportGenerator.FORMAT, ReportGenerator.FORMAT_2019)) {
            for (long seed : SEEDS) {
                CHROMIUM_VARIANTS.forEach(v -> out.add(new Case("chromium", format, v, seed)));
                LIBREOFFICE_VARIANTS.forEach(v -> out.add(new Case("libreoffice", format, v, seed)));
            }
        }
        return out;
    }

    /** The case a corpus file name stands for. */
    public static Case of(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a corpus file name: " + fileName);
        }
        return new Case(m.group(1), m.group(2), m.group(3), Long.parseLong(m.group(4)));
    }

    /**
     * The document of a case and the report it shows: even seeds write three zero cells of table 三
     * as {@code /}, {@code -} and nothing, which read as blanks.
     */
    public static Built build(Case c) {
        Report model = ReportGenerator.generate(c.seed() * 7919 + c.format().hashCode(), c.format());
        ReportDocument doc = ReportDocument.of(model);
        if (c.seed() % 2 == 0) {
            Random random = new Random(c.seed());
            Table apps = model.table("applications").orElseThrow();
            // Zeros only, so that the report stays consistent: a blank counts as 0.
            List<Cell> cells = new ArrayList<>(apps.cells().stream()
                    .filter(x -> x.value().number().map(n -> n.signum() == 0).orElse(false)).toList());
            Table changed = apps;
            for (String mark : List.of("/", "-", "")) {
                Cell cell = cells.remove(random.nextInt(cells.size()));
                doc.valueCell(new ReportGenerator.CellPos("applications", cell.row(), cell.column())).text(mark);
                changed = changed.withCell(new Cell(cell.row(), cell.column(), CellValue.blank(mark), cell.line()));
            }
            model = model.toBuilder().table(changed).build();
        }
        return new Built(doc, model);
    }

    /** The HTML given to Chromium for a variant. */
    static String html(ReportDocument doc, String variant) {
        String page = DocumentRenderer.render(doc, Layout.HTML).text();
        String style = switch (variant) {
            case "narrow" -> "<style>body{font-size:15px} table{width:62%}</style>";
            case "landscape" -> "<style>@page{size:A4 landscape} body{font-size:13px}</style>";
            // No rulings at all: the table is read from the positions of its text (stream mode).
            case "unruled" -> "<style>body{font-size:12px} table,td,th{border:none!important}</style>";
            default -> "<style>body{font-size:12px}</style>";
        };
        return page.replace("</head>", style + "</head>");
    }

    /** The Word document given to LibreOffice for a variant. */
    static byte[] docx(ReportDocument doc, String variant) throws IOException {
        byte[] bytes = DocumentRenderer.render(doc, Layout.DOCX).bytes();
        if (!variant.equals("landscape")) {
            return bytes;
        }
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            d.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the source documents of every case into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Case c : cases()) {
            ReportDocument doc = build(c).document();
            if (c.producer().equals("chromium") || c.variant().equals("sheet")) {
                Files.writeString(dir.resolve(c.name() + ".html"), html(doc, c.variant()), StandardCharsets.UTF_8);
            } else {
                Files.write(dir.resolve(c.name() + ".docx"), docx(doc, c.variant()));
            }
        }
    }
}
