package io.github.crossfoot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never costs a run its other results (issue 10, part): a directory of good reports
 * and hostile files (a PDF of nested arrays, random bytes under every extension, a truncated PDF,
 * a PNG named .pdf, deep HTML, a 20 MB attribute, a CSV of 10^6 columns, UTF-16 without BOM, a
 * link loop, a pipe) gives every good report its result and each bad file its own findings.
 */
class IsolationTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void goodReportsAreCheckedWhateverStandsBesideThem(@TempDir Path dir) throws IOException, InterruptedException {
        Files.copy(Path.of("examples/example-2023-consistent.txt"), dir.resolve("good.txt"));
        Files.copy(Path.of("examples/example-2022-previous-year.txt"), dir.resolve("good-2022.txt"));
        int n = 200_000;
        Files.writeString(dir.resolve("nested.pdf"), "%PDF-1.4\n1 0 obj\n<</Type/Catalog/X " + "[".repeat(n) + "]".repeat(n)
                + ">>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n");
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        for (String ext : new String[] {"pdf", "docx", "doc", "xlsx", "xls", "html", "txt", "csv"}) {
            Files.write(dir.resolve("random." + ext), noise);
        }
        Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(Files.readAllBytes(
                Path.of("src/test/resources/producer-corpus/libreoffice-gov-2021-portrait-s3.pdf")), 3000));
        Files.write(dir.resolve("image.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Files.writeString(dir.resolve("deep.html"), "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000));
        Files.writeString(dir.resolve("wide.csv"), "二、主动公开政府信息情况\n" + "1,".repeat(1_000_000) + "1\n");
        Files.writeString(dir.resolve("attribute.html"), "<html><body><div title=\"" + "a".repeat(20_000_000)
                + "\">x</div></body></html>");
        Files.writeString(dir.resolve("utf16-without-bom.txt"),
                "某某县人民政府2023年政府信息公开工作年度报告\n", java.nio.charset.StandardCharsets.UTF_16LE);
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start().waitFor() == 0;

        String[] r = run("check", "--format", "json", dir.toString());
        assertThat(r[0]).isEqualTo("1");
        String json = r[1];
        // Both good reports are checked and pass; the carry-over between them is checked too.
        assertThat(json).contains("good.txt").contains("good-2022.txt");
        assertThat(r[2]).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(json).contains("read.failed"); // the nested PDF overflows PDFBox's stack: one finding
        assertThat(r[2]).contains("2 passed");
        if (fifo) {
            // Named on the command line, a pipe is reported, never opened (opening it would block).
            String[] named = run("check", dir.resolve("fifo.txt").toString());
            assertThat(named[0]).isEqualTo("1");
            assertThat(named[1]).contains("read.failed").contains("not a regular file");
        }
    }

    @Test
    void aRunWithNoReportAtAllFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "no report here");
        String[] r = run("check", dir.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no report to check");
    }

    /** A 3 KB PDF whose forms draw each other ten times, nine levels deep: 10^9 drawings. */
    static byte[] fanOutPdf() {
        int depth = 9;
        java.util.Map<Integer, String> objects = new java.util.TreeMap<>();
        objects.put(1, "<</Type/Catalog/Pages 2 0 R>>");
        objects.put(2, "<</Type/Pages/Kids[3 0 R]/Count 1>>");
        objects.put(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</XObject<</X 4 0 R>>>>/Contents 5 0 R>>");
        objects.put(5, "<</Length 5>>\nstream\n/X Do\nendstream");
        for (int level = 0; level < depth; level++) {
            int number = level == 0 ? 4 : 5 + level;
            int next = 6 + level;
            String body = level < depth - 1 ? String.join(" ", java.util.Collections.nCopies(10, "q /X Do Q")) : "0 0 m 10 10 l S";
            String resources = level < depth - 1 ? "/Resources<</XObject<</X " + next + " 0 R>>>>" : "";
            objects.put(number, "<</Type/XObject/Subtype/Form/BBox[0 0 200 200]" + resources + "/Length " + body.length()
                    + ">>\nstream\n" + body + "\nendstream");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        java.util.Map<Integer, Integer> offsets = new java.util.TreeMap<>();
        objects.forEach((n, o) -> {
            offsets.put(n, pdf.length());
            pdf.append(n).append(" 0 obj\n").append(o).append("\nendobj\n");
        });
        int xref = pdf.length();
        int size = objects.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        pdf.append("xref\n0 ").append(size).append("\n0000000000 65535 f \n");
        for (int n = 1; n < size; n++) {
            pdf.append(String.format("%010d 00000 n \n", offsets.getOrDefault(n, 0)));
        }
        pdf.append("trailer\n<</Size ").append(size).append("/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileOverTheTimeLimitIsStoppedAndTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples/example-2023-consistent.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("fan-out.pdf"), fanOutPdf());
        String[] r = run("check", "--timeout", "3", dir.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("good.txt").contains("通过 PASSED").contains("read.failed").contains("3 s limit");
        // The reading itself stops, not only the waiting: no reader thread is left running.
        long deadline = System.currentTimeMillis() + 10_000;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("crossfoot-read") && t.isAlive())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("crossfoot-read") && t.isAlive());
    }
}
