package io.github.crossfoot.testing;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.writers.Language;
import io.github.crossfoot.writers.Summary;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@code ThirdLanguageTest} in a JVM where the library is the named module on the module path:
 * which languages it finds, a finding's message from its catalogue, and the summary's last line in the
 * language named. Prints one fact a line.
 */
public final class ModulePathLanguagesMain {

    private ModulePathLanguagesMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("module " + Language.class.getModule().getName());
        System.out.println("languages " + Language.available());
        CheckResult r = Crossfoot.standardRules().check(Path.of(args[0]));
        System.out.println("message " + r.violations().get(0).message(Language.EN.tag()));
        List<String> summary = Summary.of(List.of(r)).lines(Language.of(args[1]));
        System.out.println("by rule " + summary.get(summary.size() - 1));
    }
}
