package io.github.crossfoot.testing;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import java.nio.file.Path;

/**
 * Run by {@code CoreOnlyClassPathTest} in a JVM whose class path holds only the library and
 * commons-lang3: reads and checks a text report, checks numbers built in code, and tries a Word
 * document. Prints what it saw, one fact a line.
 */
public final class CoreOnlyMain {

    private CoreOnlyMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String optional : new String[] {"org.jsoup.Jsoup", "org.apache.poi.xwpf.usermodel.XWPFDocument",
                "org.apache.pdfbox.Loader", "com.fasterxml.jackson.databind.ObjectMapper", "picocli.CommandLine"}) {
            boolean present;
            try {
                Class.forName(optional);
                present = true;
            } catch (ClassNotFoundException e) {
                present = false;
            }
            System.out.println("present " + optional + " " + present);
        }
        Crossfoot crossfoot = Crossfoot.standardRules();
        CheckResult text = crossfoot.check(Path.of(args[0]));
        System.out.println("text passed " + text.passed() + " errors " + text.errors().size()
                + " cells " + text.report().table("applications").map(t -> t.cells().size()).orElse(0));
        Report inCode = crossfoot.newReport("in-code", "gov-2021")
                .table("applications", t -> t.value("new", "natural_person", 3).value("new", "total", 4))
                .build();
        CheckResult code = crossfoot.check(inCode);
        System.out.println("code rules " + code.errors().stream().map(v -> v.rule()).distinct().sorted().toList());
        CheckResult docx = crossfoot.check(Path.of(args[1]));
        docx.errors().forEach(v -> System.out.println("docx " + v.rule() + " " + v.messageEn()));
    }
}
