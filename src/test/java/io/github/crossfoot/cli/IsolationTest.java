package io.github.crossfoot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never costs a run its other results (issue 10): a directory of good reports and
 * hostile files (nested PDF arrays, a PDF claiming 2^31 pages, a form fan-out, random bytes under
 * every extension, a truncated PDF, a PNG named .pdf, deep HTML, a 20 MB attribute, a CSV of 10^6
 * columns, lines of 10^6 spaces, UTF-16 without BOM, Word files with XXE, entity expansion and a
 * zip bomb, a link loop, a pipe) gives every good report its result and each bad file its own
 * errors, in bounded time and memory.
 */
class IsolationTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aPipeNamedOnTheCommandLineIsReportedNotOpened(@TempDir Path dir) throws IOException, InterruptedException {
        Files.copy(Path.of("examples/example-2023-consistent.txt"), dir.resolve("good.txt"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start().waitFor() == 0, "mkfifo");
        // Opening a pipe would block the run for ever: it is reported, never opened.
        String[] named = run("check", dir.resolve("fifo.txt").toString(), dir.resolve("good.txt").toString());
        assertThat(named[0]).isEqualTo("1");
        assertThat(named[1]).contains("read.failed").contains("not a regular file").contains("通过 PASSED");
    }

    /**
     * The whole list in one directory, checked by the CLI in a JVM of its own with a 1.5 GB
     * heap and a 5 s limit per file: every good report gets its full result, every bad file fails
     * with errors of its own (reading errors, or the tables it lacks) and no cells, no stack trace
     * is printed, and the run ends in time.
     */
    @Test
    void theHostileDirectoryIsCheckedInBoundedMemoryAndTime(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples/example-2023-consistent.txt"), dir.resolve("good.txt"));
        Files.copy(Path.of("examples/example-2022-previous-year.txt"), dir.resolve("good-2022.txt"));
        Files.copy(Path.of("src/test/resources/producer-corpus/libreoffice-gov-2021-portrait-s3.pdf"), dir.resolve("good.pdf"));
        java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        int n = 200_000;
        bad.put("nested.pdf", ("%PDF-1.4\n1 0 obj\n<</Type/Catalog/X " + "[".repeat(n) + "]".repeat(n)
                + ">>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        bad.put("pages.pdf", ("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]"
                + "/Count 2147483647>>\nendobj\n3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>\nendobj\n"
                + "trailer\n<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        bad.put("fan-out.pdf", IsolationTestSupport.fanOutPdf());
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        for (String ext : new String[] {"pdf", "docx", "doc", "xlsx", "xls", "html", "txt", "csv"}) {
            bad.put("random." + ext, noise);
        }
        bad.put("truncated.pdf", java.util.Arrays.copyOf(Files.readAllBytes(
                Path.of("src/test/resources/producer-corpus/libreoffice-gov-2021-portrait-s3.pdf")), 3000));
        bad.put("image.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        bad.put("deep.html", utf8("<div>".repeat(100_000) + "x" + "</div>".repeat(100_000)));
        bad.put("wide.csv", utf8("二、主动公开政府信息情况\n" + "1,".repeat(1_000_000) + "1\n"));
        bad.put("attribute.html", utf8("<html><body><div title=\"" + "a".repeat(20_000_000) + "\">x</div></body></html>"));
        bad.put("spaces.txt", utf8("三、收到和处理政府信息公开申请情况\n" + " ".repeat(1_000_000) + "x\n" + "\t".repeat(1_000_000) + "\n"));
        bad.put("utf16-without-bom.txt", "某某县人民政府2023年政府信息公开工作年度报告\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        bad.put("xxe.docx", docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                + "<w:t>&e;</w:t></w:r></w:p></w:body></w:document>"));
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY l0 \"lol\">");
        for (int k = 1; k < 10; k++) {
            lol.append("<!ENTITY l").append(k).append(" \"").append(("&l" + (k - 1) + ";").repeat(10)).append("\">");
        }
        bad.put("entities.docx", docx(lol + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"));
        bad.put("zip-bomb.docx", docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + "0".repeat(200_000_000) + "</w:t></w:r></w:p></w:body></w:document>"));
        for (java.util.Map.Entry<String, byte[]> e : bad.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start().waitFor() == 0;

        Path out = dir.resolveSibling(dir.getFileName() + "-out.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--timeout", "20", "--output", "json=" + out, dir.toString())
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("the run ends").isTrue();
        assertThat(p.exitValue()).as(console).isEqualTo(1);
        // Causes are named in one line of a finding; no stack trace, no error escapes.
        assertThat(console).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("OutOfMemoryError");
        com.fasterxml.jackson.databind.JsonNode reports = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toFile()).get("reports");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> bySource = new java.util.HashMap<>();
        reports.forEach(r -> bySource.put(Path.of(r.get("source").asText()).getFileName().toString(), r));
        for (String good : new String[] {"good.txt", "good-2022.txt", "good.pdf"}) {
            assertThat(bySource).containsKey(good);
            assertThat(bySource.get(good).get("passed").asBoolean()).as(good).isTrue();
            assertThat(bySource.get(good).get("tables").get("applications").size()).as(good).isGreaterThan(20);
        }
        for (String name : bad.keySet()) {
            com.fasterxml.jackson.databind.JsonNode r = bySource.get(name);
            assertThat(r).as(name).isNotNull();
            assertThat(r.get("passed").asBoolean()).as(name).isFalse();
            List<String> errors = new java.util.ArrayList<>();
            r.get("violations").forEach(v -> {
                if (v.get("severity").asText().equals("error")) {
                    errors.add(v.get("rule").asText());
                }
            });
            assertThat(errors).as(name + ": one error per bad file").singleElement()
                    .matches(rule -> rule.startsWith("read.") || rule.equals("table.missing"), "a reading error or a missing table");
            assertThat(r.get("tables").findValues("natural_person")).as(name + ": no cells").isEmpty();
        }
        if (fifo) {
            assertThat(bySource).doesNotContainKey("fifo.txt"); // met while walking: skipped, never opened
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A minimal Word document whose body is {@code documentXml}. */
    private static byte[] docx(String documentXml) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>"));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(utf8(documentXml));
        }
        return bytes.toByteArray();
    }

    @Test
    void aRunWithNoReportAtAllFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "no report here");
        String[] r = run("check", dir.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no report to check");
    }

    @Test
    void aFileOverTheTimeLimitIsStoppedAndTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples/example-2023-consistent.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("fan-out.pdf"), IsolationTestSupport.fanOutPdf());
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
